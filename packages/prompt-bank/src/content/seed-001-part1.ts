import type { PromptDefinition, RubricTemplateDefinition } from "../schema";

// Seed 001, sections 1-2: production inference optimization (Q1-Q5),
// VLM evaluation and self-supervised data pipelines (Q6-Q8).

const seed = "001_a680b2ce5531a892" as const;

const context =
  "Senior ML evaluation engineer interview for a team that evaluates safety-critical ML (autonomous driving). The question is asked as if about work on your resume: answer out loud, then the interviewer probes with follow-ups.";

export const prompts: PromptDefinition[] = [
  // Q1
  {
    slug: "p50-latency-reduction-aoti-fp8-profiling",
    title: "Attributing a P50 latency win across AOT compilation, FP8 and profiling-driven fixes",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 10,
    tags: [
      "inference-optimization",
      "latency",
      "aot-compilation",
      "aoti",
      "fp8",
      "quantization",
      "gpu-profiling",
      "batching",
      "autoscaling",
      "gpu-cost",
    ],
    source: { seed, ref: "Q1" },
    brief: {
      summary:
        "A model-serving effort cut median (P50) inference latency by combining three levers: ahead-of-time graph compilation (PyTorch AOTInductor), FP8 quantization, and kernel and batching fixes found by profiling the GPUs. Which lever usually contributes most, which one tends to be a dead end, and how would you tell?",
      context,
      requirements: [
        "Explain how you would split the overall latency improvement between the three levers",
        "Describe how the levers relate to each other rather than treating them as independent",
        "Say when a latency improvement actually turns into a lower GPU bill",
      ],
      constraints: [
        "The fleet serves several model families: segmentation models, large vision-language models and diffusion transformers",
        "Request volume (RPS) stays the same before and after the work",
      ],
      deliverable: "A spoken answer of about five minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Tests whether the candidate can reason about where latency comes from rather than reciting optimisation buzzwords. The reference answer: the headline number is normally cumulative across all three levers, the split is workload-dependent, profiling is the enabler that tells you where compilation and FP8 should be applied, and a latency win only saves money if autoscaling can harvest it.",
      whyAsked:
        "Evaluation at scale has the same economics as serving: the candidate will own GPU-heavy eval pipelines, so they need to attribute speedups honestly and connect them to cost.",
      referenceSteps: [
        {
          title: "Reject a universal ranking",
          detail:
            "State that the reported gain is usually the sum of all three levers and that the per-lever share depends on the workload, since a segmentation model, a large VLM and a diffusion transformer each react in their own way.",
        },
        {
          title: "Place profiling correctly",
          detail:
            "Profiling makes nothing faster by itself; it locates the hot spots. AOTI compilation and FP8 quantization are the tools that act on what profiling finds.",
        },
        {
          title: "Attribute with ablations",
          detail:
            "Apply the levers incrementally (or leave one out) on the same workload and replayed traffic, and report per model family, since the levers interact.",
        },
        {
          title: "Translate latency into cost",
          detail:
            "A 40% P50 reduction at unchanged RPS only means fewer replicas if autoscaling can capture it and cold-start and tail-latency constraints allow the replica count to drop.",
        },
      ],
      keyDecisions: [
        {
          decision: "Where to spend optimisation effort first",
          options: [
            "Profile first, then compile / quantize the hot paths",
            "Apply compilation and FP8 everywhere up front",
          ],
          tradeOff:
            "Profiling first costs time but avoids applying expensive changes to parts of the model that are not the bottleneck; blanket application is where dead ends come from.",
        },
      ],
      keyPoints: [
        "The headline latency number is typically cumulative across compilation, quantization and profiling-driven fixes; attributing it to one lever needs evidence",
        "Per-lever contribution depends heavily on the workload: segmentation, large VLM and diffusion-transformer endpoints behave differently",
        "Profiling is the enabler, AOTI and FP8 are the executors: profiling decides where the other two are worth applying",
        "A lever applied without profiling evidence (e.g. quantizing a model that is bound by Python or preprocessing overhead) is the typical dead end",
        "GPU spend falls only if the autoscaler actually removes replicas: cutting P50 by 40% with RPS unchanged shrinks the fleet only when cold-start and tail-latency limits leave room",
      ],
      followUps: [
        {
          question: "How would you measure each lever's share in practice?",
          goodAnswer:
            "Incremental or leave-one-out ablation on a fixed workload with replayed production traffic, reporting P50 and P99 per model family; acknowledges that order matters because the levers interact.",
        },
        {
          question: "P50 fell by 40% but the GPU bill barely moved. What happened?",
          goodAnswer:
            "Autoscaling did not capture the win: minimum replicas held for cold starts, a binding tail-latency SLO, or unchanged RPS with the same replica floor. Latency and cost are linked only through the scaling policy.",
        },
        {
          question:
            "Why might the split look different for a diffusion transformer than for a segmentation model?",
          goodAnswer:
            "Different bottlenecks: iterative denoising steps and large matmuls versus lighter convolutional compute where overhead and pre/post-processing can dominate, so compilation, quantization and batching pay off differently.",
        },
      ],
      signals: [
        "Asks which workload before ranking levers",
        "Frames profiling as measurement that directs the other two levers",
        "Connects latency to replicas, autoscaling and cost without being prompted",
      ],
      redFlags: [
        "Names a single lever as always the winner",
        "Claims per-lever attribution without any ablation",
        "Assumes lower latency automatically means lower GPU spend",
      ],
      metrics: [
        "P50 and P99 latency per endpoint",
        "Throughput at fixed RPS",
        "Replica count / GPU-hours",
        "Cold-start time",
      ],
      takeaway:
        "Profiling tells you where to act, compilation and FP8 do the acting, and autoscaling decides whether the win shows up on the bill.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify the workload",
        minutes: 2,
        goal: "Establish which model families and traffic pattern the latency number refers to.",
      },
      {
        key: "answer",
        title: "Attribute the win",
        minutes: 5,
        goal: "Explain the roles of the three levers, how to attribute gains, and the cost link.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 3,
        goal: "Probe ablation design and the latency-to-cost translation.",
      },
    ],
    rubric: "concept-question",
  },
  // Q2
  {
    slug: "fp8-quantization-large-vlm-calibration",
    title: "Choosing FP8 over INT8 or INT4 for a large VLM, and proving accuracy held",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 10,
    tags: [
      "inference-optimization",
      "quantization",
      "fp8",
      "int8",
      "int4",
      "calibration-set",
      "mixed-precision",
      "vlm",
      "regression-testing",
      "visual-grounding",
    ],
    source: { seed, ref: "Q2" },
    brief: {
      summary:
        "You quantized a large vision-language model to FP8 for serving. Why FP8 rather than INT8 or INT4, what did you calibrate on, how did you confirm accuracy did not regress, and what is the first thing to break when FP8 is switched on?",
      context,
      requirements: [
        "Justify the number format choice",
        "Describe the calibration data",
        "Describe how you verify there is no accuracy regression",
        "Name the likely first failure and what you would do about it",
      ],
      constraints: [
        "Multi-billion-parameter VLM serving production traffic",
        "Accuracy on visual grounding must not regress",
      ],
      deliverable: "A spoken answer of about five minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "A quantization question that is really an evaluation question: the candidate should justify FP8 on dynamic range, calibrate on production-like prompts, re-run the task's own eval suite to prove no regression, and have a mixed-precision fallback ready.",
      whyAsked:
        "Shows whether the candidate treats a performance change as something that must be gated by evaluation, and whether they understand numerics well enough to predict what fails.",
      referenceSteps: [
        {
          title: "Format choice",
          detail:
            "FP8 keeps more dynamic range than INT8, which matters for attention activations; INT8 post-training quantization clips the outlier activations that rare, long-tail tokens produce. INT4 is more aggressive still.",
        },
        {
          title: "Calibration",
          detail:
            "Calibrate on a representative sample of real production prompts rather than a generic benchmark.",
        },
        {
          title: "Verification",
          detail:
            "Re-run the visual-grounding evaluation suite on the quantized model and compare with the full-precision baseline before shipping.",
        },
        {
          title: "Escape hatch",
          detail:
            "If attention is where accuracy drops, go mixed precision: attention stays in FP16 while the FFN runs in FP8.",
        },
      ],
      keyDecisions: [
        {
          decision: "Precision per block",
          options: ["FP8 everywhere", "FP16 attention + FP8 FFN", "INT8 post-training quantization"],
          tradeOff:
            "Full FP8 gives the most speed; keeping attention in FP16 protects the most range-sensitive activations at some cost; INT8 PTQ is cheaper but clips long-tail activations.",
        },
      ],
      keyPoints: [
        "FP8 preserves dynamic range better than INT8 for attention activations",
        "INT8 post-training quantization clips outlier activations from rare, long-tail tokens",
        "Calibration data should be a representative sample of production prompts",
        "Regression is checked by re-running the visual-grounding eval suite, not by eyeballing outputs or relying on perplexity",
        "Mixed precision is the escape hatch: attention in FP16, FFN in FP8",
      ],
      followUps: [
        {
          question: "What makes a calibration set representative?",
          goodAnswer:
            "Sampled from real production traffic, covering the spread of prompt lengths, image types and rare tokens that produce outlier activations, and kept separate from the eval set used to check regression.",
        },
        {
          question:
            "The aggregate grounding score is unchanged, but one customer reports worse results. What do you check?",
          goodAnswer:
            "Slice-level results: aggregate scores can hide a regression on a scene type or prompt style; compare per-slice metrics between FP16 and FP8 and look at the long-tail inputs where activations clip.",
        },
      ],
      signals: [
        "Explains the choice in terms of dynamic range and outliers",
        "Treats the eval suite as the gate for the change",
        "Has a concrete fallback rather than abandoning quantization",
      ],
      redFlags: [
        "Calibrates on random or synthetic data unrelated to production",
        "Declares success from latency numbers alone",
        "Cannot say which part of the network is most sensitive",
      ],
      metrics: [
        "Visual-grounding eval score, FP16 vs FP8, overall and per slice",
        "Latency and memory per request",
      ],
      takeaway:
        "Pick the format for dynamic range, calibrate on real traffic, and let the task's eval suite decide whether quantization ships.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify",
        minutes: 1,
        goal: "Confirm model size, serving target and which quality metric matters.",
      },
      {
        key: "answer",
        title: "Answer",
        minutes: 6,
        goal: "Cover format choice, calibration, regression check and first failure.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 3,
        goal: "Probe calibration representativeness and slice-level regressions.",
      },
    ],
    rubric: "concept-question",
  },
  // Q3
  {
    slug: "aoti-vs-tensorrt-vs-torch-compile",
    title: "Choosing between AOTInductor, TensorRT and torch.compile, and what stays in eager mode",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 10,
    tags: [
      "inference-optimization",
      "aoti",
      "aot-compilation",
      "tensorrt",
      "torch-compile",
      "pytorch",
      "eager-mode",
      "dynamic-shapes",
      "model-serving",
    ],
    source: { seed, ref: "Q3" },
    brief: {
      summary:
        "Compare PyTorch AOTInductor (AOTI), TensorRT and torch.compile for serving. When would you pick AOTI, which workloads does it not help, and which endpoints would you leave running in eager mode?",
      context,
      requirements: [
        "Explain what AOTI does differently from the alternatives",
        "Give the conditions under which AOTI is the right tool",
        "Name workloads and endpoints where compilation is not worth it",
      ],
      constraints: [
        "A serving stack with many endpoints of very different traffic volume and input shape variability",
      ],
      deliverable: "A spoken comparison of about five minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Checks practical judgment on compilation: AOTI compiles ahead of time and removes Python overhead at serve time, which pays off for stable shapes and predictable latency; TensorRT fits where vendor kernels dominate; some endpoints should stay eager.",
      whyAsked:
        "Candidates who have run production inference can say when compilation is not worth it; those who have not tend to compile everything.",
      referenceSteps: [
        {
          title: "AOTI",
          detail:
            "Compiles the model ahead of time so no Python runs on the hot path at serving time; strongest with stable input shapes and when predictable latency matters.",
        },
        {
          title: "TensorRT",
          detail:
            "Reach for it when vendor-optimised kernels dominate the runtime; AOTI is preferable when you want to keep flexibility in the PyTorch model code.",
        },
        {
          title: "torch.compile",
          detail:
            "Compiles just in time inside the Python process, so it still pays warm-up and can recompile when shapes change; convenient during development.",
        },
        {
          title: "What stays eager",
          detail:
            "Endpoints with highly dynamic input shapes, preprocessing heavy on control flow, and low-volume endpoints where compile time never pays back.",
        },
      ],
      keyDecisions: [
        {
          decision: "Compile or stay eager per endpoint",
          options: ["AOTI", "TensorRT", "torch.compile", "Eager"],
          tradeOff:
            "Compilation buys lower, more predictable latency at the cost of build time, shape constraints and debuggability; it only pays off for high-volume endpoints with stable shapes.",
        },
      ],
      keyPoints: [
        "AOTI removes Python overhead at serve time by compiling ahead of time",
        "AOTI wins with stable input shapes and a need for predictable latency",
        "TensorRT is the choice where vendor kernels dominate; AOTI where model-code flexibility matters",
        "Highly dynamic shapes, control-flow-heavy preprocessing and low-volume endpoints stay eager",
      ],
      followUps: [
        {
          question: "An endpoint takes variable-resolution images. What do you do?",
          goodAnswer:
            "Either bucket inputs into a small set of fixed shapes and compile per bucket, or leave it eager if the shape distribution is too wide; measure whether recompilation or padding costs eat the gain.",
        },
        {
          question: "How do you know compilation did not change model outputs?",
          goodAnswer:
            "Run the same eval suite and a numerical parity check on golden inputs for eager vs compiled artifacts before switching traffic.",
        },
      ],
      signals: [
        "Frames the choice per endpoint",
        "Mentions shape stability and traffic volume as the deciding factors",
        "Verifies compiled outputs against eager",
      ],
      redFlags: [
        "Compiles everything by default",
        "Cannot articulate the difference between ahead-of-time and just-in-time compilation",
      ],
      metrics: [
        "Latency distribution per endpoint",
        "Compile/build time vs traffic volume",
        "Output parity between eager and compiled models",
      ],
      takeaway:
        "Compile where shapes are stable and volume is high; leave dynamic, control-flow-heavy or rarely used endpoints in eager mode.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify",
        minutes: 1,
        goal: "Understand the endpoint mix: volume, shapes, preprocessing.",
      },
      {
        key: "answer",
        title: "Compare the options",
        minutes: 6,
        goal: "Position AOTI, TensorRT and torch.compile and name the eager cases.",
      },
      { key: "follow-ups", title: "Follow-ups", minutes: 3, goal: "Probe dynamic shapes and output parity." },
    ],
    rubric: "concept-question",
  },
  // Q4
  {
    slug: "multi-endpoint-vlm-serving-autoscaling-cold-start",
    title:
      "Autoscaling policy, cold-start handling and tail-latency SLOs for a serving stack hosting a multi-billion-parameter VLM",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "HARD",
    minutes: 12,
    tags: [
      "inference-optimization",
      "autoscaling",
      "cold-start",
      "tail-latency",
      "slo",
      "kubernetes",
      "argocd",
      "helm",
      "terraform",
      "vlm",
      "model-serving",
    ],
    source: { seed, ref: "Q4" },
    brief: {
      summary:
        "You run a serving stack with many model endpoints, including a multi-billion-parameter VLM. Describe the autoscaling policy, how you deal with cold starts on the large VLM, and what tail-latency SLO you would consider reasonable.",
      context,
      requirements: [
        "Describe the serving and deployment stack",
        "Give an autoscaling policy and what it scales on",
        "Explain how you handle cold starts for the largest model",
        "Propose how you would set the tail-latency SLO",
      ],
      constraints: [
        "Loading the large VLM onto a GPU takes long enough to matter",
        "GPU cost is a first-class concern",
      ],
      deliverable: "A spoken design of about seven minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Infra judgment question. Reference: a Kubernetes + ArgoCD + Helm + Terraform stack; for the large VLM the cold start is the hard part, handled by keeping a non-zero replica floor and pre-warming behind readiness probes; tail latency is a throughput-versus-idle-GPU trade-off, which is the same shape as running evaluation at scale.",
      whyAsked:
        "Large-scale evaluation jobs face the same problem: maximise throughput without buying GPU time that sits idle.",
      referenceSteps: [
        {
          title: "Stack",
          detail:
            "Kubernetes for orchestration, ArgoCD for GitOps deploys, Helm charts per endpoint, Terraform for the underlying infrastructure.",
        },
        {
          title: "Cold starts",
          detail:
            "For the multi-billion-parameter VLM, keep min replicas above zero and pre-warm: a replica only reports ready once weights are loaded and a warm-up request has run.",
        },
        {
          title: "Scaling policy",
          detail:
            "Scale on a signal that tracks GPU saturation (queue depth, concurrency, latency) rather than CPU, with scale-down slower than scale-up because restarting the big model is expensive.",
        },
        {
          title: "Tail SLO",
          detail:
            "Set per endpoint from the product use, expressed as a P99 target; it is the constraint that decides how much idle headroom you pay for.",
        },
      ],
      keyDecisions: [
        {
          decision: "Replica floor for the large VLM",
          options: ["Scale to zero", "Min replicas > 0 with pre-warming"],
          tradeOff:
            "Scale to zero saves idle GPU cost but exposes users to multi-minute cold starts; a warm floor costs money but keeps the tail SLO achievable.",
        },
      ],
      keyPoints: [
        "A typical stack is Kubernetes + ArgoCD + Helm + Terraform",
        "Cold start on a multi-billion-parameter VLM is the hard problem",
        "Keep min replicas > 0 and pre-warm via readiness probes so traffic never hits an unloaded model",
        "Tail latency is a throughput vs idle-GPU trade-off; large-scale eval has the same shape",
        "Latency wins only turn into savings if the scaling policy can shed replicas",
      ],
      followUps: [
        {
          question: "What metric would you autoscale the VLM endpoint on?",
          goodAnswer:
            "A GPU-relevant load signal such as in-flight requests per replica, queue depth or observed latency, not CPU utilisation, which says little about a GPU-bound model.",
        },
        {
          question: "How does KV-cache memory affect how many requests a replica can take?",
          goodAnswer:
            "Concurrency is bounded by KV-cache memory; paged KV-cache management (as in vLLM's PagedAttention) raises the number of concurrent sequences per GPU and changes the replica maths.",
        },
      ],
      signals: [
        "Identifies cold start as the central difficulty",
        "Ties the SLO to product use",
        "Draws the parallel with eval throughput",
      ],
      redFlags: [
        "Scale-to-zero for a multi-billion-parameter model without discussing cold start",
        "Autoscaling on CPU for GPU-bound inference",
        "Quotes an SLO number with no reasoning",
      ],
      metrics: [
        "P99 latency per endpoint",
        "GPU utilisation and idle GPU-hours",
        "Cold-start duration",
        "Queue depth",
      ],
      takeaway:
        "For big VLMs the policy is shaped by cold starts: keep a warm floor, gate readiness on a loaded model, and size headroom from the tail SLO.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify",
        minutes: 2,
        goal: "Establish endpoints, traffic shape and latency expectations.",
      },
      {
        key: "design",
        title: "Describe the policy",
        minutes: 6,
        goal: "Stack, autoscaling signal, cold-start handling, SLO.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 4,
        goal: "Probe scaling signals and GPU memory economics.",
      },
    ],
    rubric: "concept-question",
  },
  // Q5
  {
    slug: "research-to-production-parity-infra-as-code",
    title: "Research-to-production parity: the bug class infrastructure-as-code prevents",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 8,
    tags: [
      "inference-optimization",
      "research-to-production",
      "parity",
      "infrastructure-as-code",
      "terraform",
      "containers",
      "preprocessing-skew",
      "reproducibility",
      "safety-critical",
    ],
    source: { seed, ref: "Q5" },
    brief: {
      summary:
        "Research results and production behaviour often disagree. What is the canonical class of bugs that Terraform-managed infrastructure and container-pinned environments prevent, and what goes wrong before that parity is enforced?",
      context,
      requirements: [
        "Name the bug class and its typical causes",
        "Explain how infrastructure-as-code and pinned environments close the gap",
        "Relate it to safety-critical deployment",
      ],
      deliverable: "A spoken answer of three to four minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference: the notebook works but the production endpoint diverges, because pre- or post-processing has drifted, the deployed model artifact is a different version, or library versions do not match. Terraform-managed infra plus container-pinned environments closes the loop; the same problem appears as research-to-eval-to-vehicle parity in safety-critical systems.",
      whyAsked:
        "An evaluation engineer's numbers are only meaningful if the evaluated artifact is the deployed artifact.",
      keyPoints: [
        "Canonical bug: a result reproduces in the research notebook but the production endpoint behaves differently",
        "Causes: preprocessing/postprocessing drift, model-artifact version skew, library version mismatch",
        "Terraform-managed infrastructure and container-pinned environments are what enforce parity",
        "In safety-critical deployments the same class appears as research vs eval vs on-vehicle parity",
        "Parity should be tested, e.g. golden inputs run through both paths with outputs compared",
      ],
      followUps: [
        {
          question: "How would you detect a parity break automatically?",
          goodAnswer:
            "Keep a small set of golden inputs with expected outputs, run them through the research path and the deployed endpoint on every release, and fail the deploy on divergence beyond tolerance; also log artifact hashes and library versions with every eval result.",
        },
        {
          question: "Why does this matter more for an evaluation team than for a product team?",
          goodAnswer:
            "Release decisions are made on eval numbers; if the evaluated stack differs from the deployed one, a green eval can greenlight a regression.",
        },
      ],
      signals: [
        "Lists concrete divergence sources rather than 'environment issues'",
        "Extends the idea to eval and on-vehicle parity",
      ],
      redFlags: [
        "Treats infrastructure-as-code as only a provisioning convenience",
        "No mechanism to verify parity",
      ],
      metrics: ["Output agreement on golden inputs between research, eval and production paths"],
      takeaway:
        "Pin everything that can drift, and test that the thing you evaluated is the thing you deployed.",
    },
    phases: [
      {
        key: "answer",
        title: "Answer",
        minutes: 5,
        goal: "Name the bug class, its causes and how pinning and IaC prevent it.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 3,
        goal: "Probe parity testing and the link to eval validity.",
      },
    ],
    rubric: "concept-question",
  },
  // Q6
  {
    slug: "vlm-visual-grounding-eval-methodology",
    title: "Evaluating VLM visual grounding: metric, ambiguous prompts and eval-set construction",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "HARD",
    minutes: 12,
    tags: [
      "vlm-evaluation",
      "visual-grounding",
      "eval-set-construction",
      "iou",
      "pointing-accuracy",
      "ambiguous-prompts",
      "weighted-scoring",
      "slice-metrics",
    ],
    source: { seed, ref: "Q6" },
    brief: {
      summary:
        "Walk through how you would evaluate a vision-language model's visual grounding (pointing at or boxing the region a prompt refers to). Which metric, how do you treat ambiguous prompts, how large is the eval set and how is it built, and what failure mode is acceptable?",
      context,
      requirements: [
        "Choose and justify a grounding metric",
        "Handle prompts that legitimately refer to more than one region",
        "Describe how the eval set is built and sized",
        "State what kind of failure you would accept",
      ],
      deliverable: "A spoken methodology of about six minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "The real skill tested is structured eval-set construction and defining correctness before measuring. Reference: build the set across scene types so failures are not averaged away, allow multiple acceptable regions with weighted scoring for ambiguous prompts, and pick IoU, pointing accuracy or top-1 region selection according to the use case.",
      whyAsked:
        "Grounding has no single obvious metric and ambiguous ground truth; the answer shows whether the candidate designs the measurement or just reaches for IoU.",
      referenceSteps: [
        {
          title: "Define correct first",
          detail: "Decide what counts as a correct grounding for the product use before choosing a number.",
        },
        {
          title: "Pick the metric for the use case",
          detail:
            "IoU on bounding boxes when extent matters, pointing accuracy when a point inside the object suffices, top-1 region selection when choosing among candidates.",
        },
        {
          title: "Ambiguity",
          detail:
            "Store several acceptable regions per ambiguous prompt and score with weights instead of forcing one answer.",
        },
        {
          title: "Structured eval set",
          detail:
            "Stratify across scene types and report per slice; diversity is what stops an aggregate score from hiding a failing scene type. Size each slice so its confidence interval is tight enough to act on.",
        },
      ],
      keyDecisions: [
        {
          decision: "Grounding metric",
          options: ["IoU on bounding boxes", "Pointing accuracy", "Top-1 region selection"],
          tradeOff:
            "IoU rewards precise extent but penalises reasonable box conventions; pointing is lenient and cheap to label; top-1 selection needs candidate regions but matches selection-style products.",
        },
      ],
      keyPoints: [
        "Most of the difficulty is agreeing on what counts as correct, before any number is computed",
        "Stratify the eval set by scene type so that a failing scene cannot be averaged away by easy ones",
        "Handle ambiguous prompts with multiple acceptable regions and weighted scoring",
        "Metric choice (IoU, pointing accuracy, top-1 region) depends on the use case",
        "Report per-slice results, not only the aggregate",
      ],
      followUps: [
        {
          question: "Two annotators draw different but reasonable boxes for the same prompt. What do you do?",
          goodAnswer:
            "Keep both as acceptable answers (or a tolerance band), measure how often annotators disagree, and tighten the labeling guideline if disagreement is high rather than picking one arbitrarily.",
        },
        {
          question: "What failure mode is acceptable?",
          goodAnswer:
            "Depends on the use: small localisation errors on unambiguous large objects may be tolerable, while systematic misses on a scene type or on small safety-relevant objects are not; the acceptable failure is defined per slice.",
        },
      ],
      signals: [
        "Starts from the definition of correctness",
        "Stratifies by scene type",
        "Treats ambiguity as part of the ground truth",
      ],
      redFlags: [
        "Defaults to IoU with no discussion of use case",
        "Single aggregate score on an unstructured sample",
        "Forces a single label on inherently ambiguous prompts",
      ],
      metrics: [
        "IoU on boxes",
        "Pointing accuracy",
        "Top-1 region selection accuracy",
        "Per-scene-type breakdowns with confidence intervals",
      ],
      takeaway:
        "Grounding evaluation is mostly eval-set design: define correctness, stratify by scene, and let ambiguity have more than one right answer.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify the use case",
        minutes: 2,
        goal: "Find out what grounding is used for downstream.",
      },
      {
        key: "answer",
        title: "Methodology",
        minutes: 6,
        goal: "Metric, ambiguity handling, eval-set construction, acceptable failure.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 4,
        goal: "Probe annotator disagreement and acceptable failure modes.",
      },
    ],
    rubric: "concept-question",
  },
  // Q7
  {
    slug: "vlm-judge-captioner-correlation-self-supervised-expansion",
    title: "VLM-as-a-judge in a self-supervised captioning pipeline: judge/generator correlation",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "HARD",
    minutes: 12,
    tags: [
      "vlm-evaluation",
      "self-supervised-data",
      "vlm-as-a-judge",
      "llm-as-a-judge",
      "judge-generator-correlation",
      "self-enhancement-bias",
      "data-expansion",
      "frozen-eval-set",
      "data-diversity",
    ],
    source: { seed, ref: "Q7" },
    brief: {
      summary:
        "A captioning model labels unlabeled images and a VLM judge decides which captions are good enough to add to the training data. How do you keep the judge from simply approving the captioner's errors, and how do you show that the expanded data improved the model rather than just making the dataset bigger?",
      context,
      requirements: [
        "Explain the risk in this loop",
        "Propose concrete mitigations",
        "Design the measurement that proves the expansion helped",
      ],
      deliverable: "A spoken answer of about six minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference: the judge and captioner can share blind spots, so the loop confirms its own bias. Mitigate with a judge built on a different base model, periodic human spot-checks of judge agreement, and diversity metrics rather than volume. Measure with an eval set frozen before expansion, comparing models trained on original vs expanded data.",
      whyAsked:
        "Self-enhancement bias in model-judged pipelines is a core evaluation failure (documented in the MT-Bench / Chatbot Arena judge study); the candidate must anticipate it.",
      referenceSteps: [
        {
          title: "Name the risk",
          detail:
            "Correlated errors: when judge and captioner share blind spots, wrong captions pass and the dataset drifts toward the shared bias.",
        },
        {
          title: "Break the correlation",
          detail:
            "Use a different base model for the judge than for the captioner; have humans spot-check a sample of judge decisions on a schedule and track agreement.",
        },
        {
          title: "Watch the right data metric",
          detail: "Track diversity and coverage of the added data, not just the count of new samples.",
        },
        {
          title: "Prove the gain",
          detail:
            "Freeze a held-out eval set before the expansion runs, train on original vs expanded data, and compare on that frozen set.",
        },
      ],
      keyPoints: [
        "Judge and captioner sharing blind spots makes the loop confirm its own bias",
        "Use a judge with a different base model from the captioner",
        "Periodic human spot-checks of judge agreement are required",
        "Measure how diverse the added data is, not only how much was added",
        "Measure on an eval set frozen before the expansion, comparing models trained on original vs expanded data",
      ],
      followUps: [
        {
          question: "Why must the eval set be frozen before the expansion?",
          goodAnswer:
            "Otherwise pipeline-generated or pipeline-filtered samples can leak into it, and the comparison measures agreement with the pipeline's own bias rather than real improvement.",
        },
        {
          question: "Human spot-checks show the judge agrees with humans 95% of the time. Are you done?",
          goodAnswer:
            "Not necessarily: check agreement per slice and on the judge's accepts specifically; high overall agreement can hide systematic acceptance of one error type.",
        },
      ],
      signals: [
        "Names correlated errors before being asked",
        "Separates 'more data' from 'better model'",
        "Uses humans as the loop-breaker",
      ],
      redFlags: [
        "Uses the same model as captioner and judge without concern",
        "Reports dataset size growth as success",
        "Evaluates on data produced by the same pipeline",
      ],
      metrics: [
        "Judge-vs-human agreement on spot-checks",
        "Diversity/coverage of added data",
        "Frozen held-out eval score: original vs expanded training data",
      ],
      takeaway:
        "A judge that shares the generator's blind spots is a mirror, not a filter: decorrelate it, audit it with humans, and measure on a frozen set.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify",
        minutes: 2,
        goal: "Understand which models play captioner and judge.",
      },
      {
        key: "answer",
        title: "Risk, mitigations, measurement",
        minutes: 6,
        goal: "Explain the correlation risk and how to prove value.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 4,
        goal: "Probe eval-set freezing and the depth of human auditing.",
      },
    ],
    rubric: "concept-question",
  },
  // Q8
  {
    slug: "self-supervised-vs-human-annotation-crossover",
    title: "Self-supervised data expansion vs human annotation: where humans are still worth paying for",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 8,
    tags: [
      "self-supervised-data",
      "human-annotation",
      "annotation-budget",
      "judge-precision",
      "long-tail",
      "calibration-set",
      "data-strategy",
    ],
    source: { seed, ref: "Q8" },
    brief: {
      summary:
        "You have a self-supervised pipeline that can generate labels cheaply and a budget for human annotation. Where is the cost/quality crossover at which you would still pay humans?",
      context,
      requirements: [
        "State when the automated pipeline is good enough",
        "State where humans remain necessary",
        "Propose how to split the budget",
      ],
      deliverable: "A spoken answer of three to four minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference: self-supervised labeling wins when the judge's precision is high and the failure modes fall in data slices already covered; humans are still needed for novel scene types, edge cases and the judge's own calibration set. Frame it as budget allocation: humans on calibration and long tail, the pipeline on the bulk.",
      keyPoints: [
        "Automated labeling is the better buy when the judge is precise and the cases it gets wrong sit in slices that already have plenty of data",
        "Humans remain necessary for novel scene types and edge cases",
        "The judge's calibration set must itself be human-labeled",
        "Frame it as budget allocation: humans on the calibration set and long tail, the pipeline on the bulk",
      ],
      followUps: [
        {
          question: "How would you know the judge's precision is high enough?",
          goodAnswer:
            "Measure it against a human-labeled calibration set, per slice, and re-measure periodically; only slices where it clears the bar get automated labeling.",
        },
        {
          question: "A new city launch brings unfamiliar scenes. What changes?",
          goodAnswer:
            "Those are novel scene types: route them to humans first, then re-validate the judge on the new slice before letting the pipeline scale there.",
        },
      ],
      signals: [
        "Uses judge precision per slice as the decision variable",
        "Keeps humans on the calibration set",
      ],
      redFlags: [
        "All-human or all-automatic answers with no crossover logic",
        "Lets the pipeline label the data used to calibrate its own judge",
      ],
      metrics: [
        "Judge precision per slice against human labels",
        "Cost per accepted label",
        "Coverage of long-tail slices",
      ],
      takeaway:
        "Automate the bulk where the judge is proven, and spend human money on calibration and the long tail.",
    },
    phases: [
      { key: "answer", title: "Answer", minutes: 5, goal: "Describe the crossover and the budget split." },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 3,
        goal: "Probe how judge precision is established and new-domain handling.",
      },
    ],
    rubric: "concept-question",
  },
];

export const rubrics: RubricTemplateDefinition[] = [];
