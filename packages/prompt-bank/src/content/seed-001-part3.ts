import type { PromptDefinition, RubricTemplateDefinition } from "../schema";

// Seed 001, section 7: VLM fine-tuning for video hazard detection (Q19-Q26),
// a project deep dive on the SafetyGuardian prototype.

const seed = "001_a680b2ce5531a892" as const;

const project =
  "Project deep dive. Treat this as your own project: SafetyGuardian, a hackathon prototype that fine-tunes a Cosmos-Reason vision-language model with LoRA to spot hazards in short videos (ice, pedestrians, obstacles) and speak a warning to elderly pedestrians through text-to-speech. Training data is a few hundred clips, part of them synthetic videos from Cosmos-Predict; the model emits a structured line 'HAZARD: <type> | SEVERITY: <level> | ACTION: <instruction>'. The interviewer challenges your choices; defend them honestly.";

export const prompts: PromptDefinition[] = [
  // Q19
  {
    slug: "optuna-lora-hyperparameter-search-small-data",
    title: "Defending a 20-trial Optuna search for LoRA fine-tuning on a few hundred samples",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 10,
    tags: [
      "vlm-fine-tuning",
      "video-hazard-detection",
      "lora",
      "hyperparameter-search",
      "optuna",
      "learning-rate",
      "small-data",
      "seed-variance",
    ],
    source: { seed, ref: "Q19" },
    brief: {
      summary:
        "You ran a 20-trial Optuna search over batch size, gradient accumulation, LoRA rank and a learning rate between 1e-5 and 5e-4. Why is a relatively high learning rate acceptable for LoRA, and how much confidence do 20 trials on a few hundred samples give you that this is the global optimum?",
      context: project,
      requirements: [
        "Justify the learning-rate range for LoRA",
        "Assess what 20 trials can and cannot establish",
        "Say what you would add to strengthen the claim",
      ],
      deliverable: "A spoken defence of about five minutes, followed by challenges.",
    },
    guide: {
      overview:
        "Reference: a large learning rate is safe with LoRA since the adapters are initialised at zero and the base weights never move, so the effective update is far smaller than in full fine-tuning. Honestly, 20 trials on a small dataset finds a working configuration, not a global optimum; to estimate variance, rerun the top-3 configurations with several seeds. The search structure (learning rate sampled on a log scale, batch size and gradient accumulation searched together) is sound even with a tight budget.",
      whyAsked:
        "Tests whether the candidate can defend a result without overclaiming, which is central to evaluation work.",
      keyPoints: [
        "LoRA tolerates a high LR because adapters start at zero and the base is frozen, so the effective gradient magnitude is far smaller than in full fine-tuning",
        "Twenty trials on a few hundred samples can locate a configuration that works; they cannot establish a global optimum",
        "Run multiple seeds at the top-3 trial configurations to estimate variance before claiming a winner",
        "The search structure is right: log-scale LR and a joint search over batch size and gradient accumulation",
      ],
      followUps: [
        {
          question: "Two trials differ by a small margin in validation loss. Which do you pick?",
          goodAnswer:
            "Neither claim holds without seed variance: re-run both across several seeds; if intervals overlap, pick the simpler or cheaper config.",
        },
        {
          question: "Why search batch size and gradient accumulation jointly?",
          goodAnswer:
            "Together they set the effective batch size, which interacts with the learning rate; searching them independently wastes trials on equivalent settings.",
        },
      ],
      signals: [
        "Says 'working config, not global optimum' unprompted",
        "Proposes multi-seed variance estimates",
      ],
      redFlags: [
        "Claims the search found the optimum",
        "Cannot explain why LoRA tolerates a higher learning rate",
      ],
      metrics: ["Validation loss per trial", "Seed-to-seed variance at top configs"],
      takeaway:
        "A small search finds something that works; only seed-variance estimates let you say more than that.",
    },
    phases: [
      {
        key: "answer",
        title: "Defend the search",
        minutes: 6,
        goal: "Justify LR range and bound the optimality claim.",
      },
      {
        key: "follow-ups",
        title: "Challenges",
        minutes: 4,
        goal: "Probe variance and effective batch size.",
      },
    ],
    rubric: "concept-question",
  },
  // Q20
  {
    slug: "lora-all-modules-high-rank-no-dropout",
    title: "LoRA on all seven projection modules, high rank, zero dropout: justify each choice",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "HARD",
    minutes: 10,
    tags: [
      "vlm-fine-tuning",
      "video-hazard-detection",
      "lora",
      "lora-rank",
      "target-modules",
      "dropout",
      "regularization",
      "multimodal",
    ],
    source: { seed, ref: "Q20" },
    brief: {
      summary:
        "Your LoRA config targets all seven projection modules (q, k, v, o plus gate, up, down), uses a high rank, and sets dropout to zero, on a few hundred training samples. Why all modules instead of attention only, why such a large rank for so little data, and why no dropout?",
      context: project,
      requirements: [
        "Justify the target modules",
        "Justify the rank and alpha",
        "Justify zero dropout and say where regularisation comes from",
      ],
      deliverable: "A spoken defence of about five minutes, followed by challenges.",
    },
    guide: {
      overview:
        "Reference: visual-reasoning fine-tuning must adapt both the attention layers (which decide where the model looks) and the FFN layers (which encode the concepts it represents); adapting attention alone underfits multimodal tasks. The rank was chosen by the hyperparameter search with the conventional 1:1 alpha-to-rank ratio. With little data, regularisation comes from the low effective rank and early stopping; extra dropout hurt validation loss in trials.",
      keyPoints: [
        "All seven modules: attention adapts where the model attends, the gate/up/down FFN adapts what concepts it represents",
        "Attention-only LoRA tends to underfit multimodal tasks",
        "The large rank was selected by the hyperparameter search, with a conventional 1:1 alpha/rank ratio",
        "Zero dropout: at this data size the small effective rank plus early stopping regularise; adding dropout hurt validation loss in trials",
        "Evidence for these choices is the search, so it inherits the search's limits (small validation set)",
      ],
      followUps: [
        {
          question: "Doesn't a high rank on a few hundred samples invite overfitting?",
          goodAnswer:
            "It can; the defence is that rank is still tiny relative to the full weights, early stopping is in place, and the search preferred it on validation loss, but the small validation set means this should be confirmed with a frozen test set.",
        },
      ],
      signals: [
        "Explains attention vs FFN roles",
        "Grounds choices in experiments, not convention alone",
        "Acknowledges the evidence limits",
      ],
      redFlags: ["'Everyone targets all modules'", "No answer for where regularisation comes from"],
      metrics: ["Validation loss across LoRA configs", "Task-level slot F1 on held-out data"],
      takeaway:
        "Adapt attention and FFN for multimodal reasoning, let the search pick rank, and be explicit that low rank plus early stopping is the regulariser.",
    },
    phases: [
      { key: "answer", title: "Defend the config", minutes: 6, goal: "Modules, rank/alpha, dropout." },
      {
        key: "follow-ups",
        title: "Challenges",
        minutes: 4,
        goal: "Probe overfitting risk and evidence quality.",
      },
    ],
    rubric: "concept-question",
  },
  // Q21
  {
    slug: "token-accuracy-vs-hazard-classification-correctness",
    title: "Mean token accuracy stuck near 0.52: defending it for a safety-warning system",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 10,
    tags: [
      "vlm-fine-tuning",
      "video-hazard-detection",
      "token-accuracy",
      "structured-output",
      "slot-f1",
      "metric-selection",
      "safety-critical",
      "human-ground-truth",
    ],
    source: { seed, ref: "Q21" },
    brief: {
      summary:
        "After convergence, mean token accuracy levelled off near 0.52, which looks low. Can you argue it is acceptable for a safety-warning product, and how does token accuracy relate to getting the hazard classification right end to end?",
      context: project,
      requirements: [
        "Explain what token accuracy does and does not measure here",
        "Propose the metric that should decide deployment",
        "Say what you would report for a production safety system",
      ],
      deliverable: "A spoken defence of about five minutes, followed by challenges.",
    },
    guide: {
      overview:
        "Reference: token accuracy misleads on structured output. In 'HAZARD: <type> | SEVERITY: <level> | ACTION: <instruction>', literal tokens like 'HAZARD:' do not matter and the slot values do; so a 0.52 token score is compatible with extracting every slot correctly. Deployment should be decided by F1 computed per slot, for hazard type and for severity; token accuracy only diagnoses training, and a production system should report whole-output correctness judged against human ratings.",
      keyPoints: [
        "On structured outputs, token accuracy weighs scaffold tokens ('HAZARD:') and free-text action words the same as the slots that matter",
        "0.52 token accuracy can coexist with correct extraction of hazard type and severity",
        "Deploy on per-slot F1 for hazard type and for severity",
        "Token accuracy is a training-loop diagnostic, not a deployment metric",
        "A safety product should report whether the whole output is right, judged against human-rated labels",
      ],
      followUps: [
        {
          question: "Which slot errors matter most for this product?",
          goodAnswer:
            "Missed hazards and under-stated severity (false negatives) are costlier than a slightly wrong action phrasing; report per-slot and per-class recall, not just an average F1.",
        },
      ],
      signals: [
        "Distinguishes training diagnostics from deployment metrics",
        "Proposes slot-level metrics with human ground truth",
      ],
      redFlags: ["Defends 0.52 as 'fine for a small dataset'", "Treats token accuracy as the product metric"],
      metrics: [
        "Per-slot F1 (hazard type, severity)",
        "Per-class recall",
        "End-to-end correctness vs human-rated ground truth",
      ],
      takeaway:
        "Measure the slots the user depends on, against human ground truth; token accuracy only tells you training is moving.",
    },
    phases: [
      {
        key: "answer",
        title: "Defend the metric",
        minutes: 6,
        goal: "Explain token accuracy limits and the right metric.",
      },
      { key: "follow-ups", title: "Challenges", minutes: 4, goal: "Probe error costs per slot." },
    ],
    rubric: "concept-question",
  },
  // Q22
  {
    slug: "same-family-judge-synthetic-video-filtering",
    title: "Same model family as judge and generator: filtering Cosmos-Predict videos with Cosmos-Reason",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "HARD",
    minutes: 10,
    tags: [
      "vlm-fine-tuning",
      "video-hazard-detection",
      "synthetic-data",
      "vlm-as-a-judge",
      "judge-generator-correlation",
      "cosmos",
      "data-filtering",
      "human-review",
    ],
    source: { seed, ref: "Q22" },
    brief: {
      summary:
        "Synthetic training videos generated by Cosmos-Predict were filtered by zero-shot Cosmos-Reason acting as an automatic reviewer, plus human ratings. When one model family both generates and judges, isn't the loop just confirming itself? How does it compare with the correlated judge and captioner in a self-supervised captioning pipeline?",
      context: project,
      requirements: [
        "Acknowledge or refute the risk",
        "Explain the role of each filter stage",
        "Compare with the self-supervised captioning case",
        "Propose an improvement",
      ],
      deliverable: "A spoken defence of about five minutes, followed by challenges.",
    },
    guide: {
      overview:
        "Reference: admit the risk: one family means shared inductive biases, and only human review breaks the loop. The automatic reviewer is a coarse first screen that drops gross failures (blank frames, wrong scene); people provide the precision. It is the same principle as the captioner/judge case: humans must spot-check how often they agree with the judge whenever judge and generator are built on one backbone. Better still, screen with a VLM from another family, such as Qwen-VL or LLaVA.",
      keyPoints: [
        "Acknowledge directly that a same-family judge shares inductive biases with the generator",
        "The automatic reviewer only screens out gross failures such as blank frames or the wrong scene",
        "Human review is the precision filter and the loop-breaker",
        "Same principle as judge/generator correlation in self-supervised expansion: human agreement checks are non-optional with a shared backbone",
        "Better: run the automatic screen with a VLM from another family, such as Qwen-VL or LLaVA, so its biases differ from the generator's",
      ],
      followUps: [
        {
          question: "How would you measure whether the auto-filter adds value?",
          goodAnswer:
            "Have humans rate a sample of both accepted and rejected videos and compute the filter's precision and recall against them; check whether its rejections are only trivial cases.",
        },
      ],
      signals: [
        "Concedes the weakness instead of defending it",
        "Assigns clear roles to coarse and fine filters",
        "Proposes decorrelation",
      ],
      redFlags: ["Denies any correlation risk", "Treats the zero-shot judge as sufficient on its own"],
      metrics: [
        "Auto-filter precision/recall vs human ratings",
        "Human acceptance rate of auto-accepted videos",
      ],
      takeaway:
        "A same-family judge is a cheap coarse filter; humans or a different model family must do the real judging.",
    },
    phases: [
      {
        key: "answer",
        title: "Address the loop",
        minutes: 6,
        goal: "Risk, filter roles, comparison, improvement.",
      },
      {
        key: "follow-ups",
        title: "Challenges",
        minutes: 4,
        goal: "Probe how the filter's value is measured.",
      },
    ],
    rubric: "concept-question",
  },
  // Q23
  {
    slug: "frame-downscaling-fine-grained-hazard-detection",
    title: "Downscaling frames from 1280x720 to 400x400 for token efficiency: what fine detail is lost?",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 10,
    tags: [
      "vlm-fine-tuning",
      "video-hazard-detection",
      "image-resolution",
      "token-efficiency",
      "ablation",
      "small-objects",
      "max-pixels",
      "temporal-redundancy",
    ],
    source: { seed, ref: "Q23" },
    brief: {
      summary:
        "Frames were resized from 1280x720 to 400x400 with max_pixels=160000, for roughly 3x better token efficiency. What visual fidelity is lost, and how do you check that smaller frames do not destroy fine-grained hazard detection such as small ice patches or distant pedestrians?",
      context: project,
      requirements: [
        "Quantify and describe the loss",
        "Explain what mitigates it",
        "Describe the validation you would run",
      ],
      deliverable: "A spoken answer of about five minutes, followed by challenges.",
    },
    guide: {
      overview:
        "Reference: pixels drop about 5.8x (921,600 to 160,000). Lost: distant pedestrians (small boxes), thin ice patches (texture detail), readable text such as licence plates. Mitigations: hazard categories are coarse (pedestrian present or not, not exact pose) and five frames per video give temporal redundancy. The right validation is an explicit resolution ablation; if it was skipped, say so.",
      keyPoints: [
        "Pixel count falls about 5.8x while token use improves about 3x",
        "At risk: distant pedestrians with small bounding boxes, thin texture-level ice patches, license-plate-readable text",
        "Mitigation: hazard classes are coarse-grained (presence, not exact pose)",
        "Mitigation: each video contributes five frames, so a hazard missed in one frame can still show up in another",
        "The proper check is an explicit resolution ablation, ideally sliced by object size; admit it if it was not done",
      ],
      followUps: [
        {
          question: "Design the ablation.",
          goodAnswer:
            "Evaluate the same model at several resolutions on a held-out set enriched with small and distant hazards, report per-class recall by object size, and compare against the token/latency cost of each setting.",
        },
      ],
      signals: [
        "Does the pixel arithmetic",
        "Names specific hazard types at risk",
        "Admits missing ablations honestly",
      ],
      redFlags: ["Claims no loss without evidence", "Validates only on aggregate accuracy"],
      metrics: [
        "Recall on small/distant hazards by resolution",
        "Tokens per clip and latency per resolution",
      ],
      takeaway:
        "Downscaling trades fine detail for tokens; only a resolution ablation on small-object slices tells you whether the trade was safe.",
    },
    phases: [
      { key: "answer", title: "Answer", minutes: 6, goal: "Loss, mitigations, validation plan." },
      { key: "follow-ups", title: "Challenges", minutes: 4, goal: "Probe ablation design." },
    ],
    rubric: "concept-question",
  },
  // Q24
  {
    slug: "hazard-warning-latency-budget-sub-500ms",
    title: "Is ~1 s end-to-end latency acceptable for a pedestrian hazard warning? Redesign for sub-500 ms",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 10,
    tags: [
      "vlm-fine-tuning",
      "video-hazard-detection",
      "latency-budget",
      "real-time",
      "tts",
      "streaming",
      "distillation",
      "fail-safe",
      "vllm",
    ],
    source: { seed, ref: "Q24" },
    brief: {
      summary:
        "End-to-end latency is about 1 second: roughly 0.65 s of VLM inference plus text-to-speech. For warning elderly pedestrians, is 1 s acceptable? What does a warning at 1.5 s cost compared with 0.5 s? And what would a design under 500 ms look like?",
      context: project,
      requirements: [
        "Judge whether 1 s is acceptable and for what use",
        "Reason about the cost of slower warnings",
        "Propose a sub-500 ms design",
      ],
      deliverable: "A spoken answer of about five minutes, followed by challenges.",
    },
    guide: {
      overview:
        "Reference: 1 s is fine for advisory warnings (a hazard coming up in the next 5-20 s) and not fine for reactive obstacle avoidance, which needs under 200 ms. The product is a look-ahead heads-up display, not an emergency brake. For sub-500 ms: a smaller (1B or distilled) VLM, TTS streamed in overlap with inference, and a tiny detector on the edge running alongside as a hard fail-safe. Most of the time goes to VLM inference, so the main levers are batching with vLLM, a smaller max_pixels, or distillation.",
      keyPoints: [
        "1 s is acceptable for advisory warnings about hazards 5-20 s ahead; not for reactive obstacle avoidance (<200 ms)",
        "Frame the product as a look-ahead heads-up, not an emergency brake",
        "Most of the budget is VLM inference, so start there: batch it with vLLM, shrink max_pixels, or distil",
        "Under 500 ms: a 1B or distilled VLM, TTS that streams while inference is still running, and a tiny on-edge detector alongside as the hard fail-safe",
      ],
      followUps: [
        {
          question: "What is the failure cost of 1.5 s vs 0.5 s?",
          goodAnswer:
            "For look-ahead hazards it mostly reduces reaction margin within a 5-20 s window; for hazards that appear suddenly close by, an extra second can make the warning useless, which is why a fast fail-safe path is separate.",
        },
      ],
      signals: ["Ties the latency target to the use case", "Decomposes the budget before optimising"],
      redFlags: ["Quotes a target with no use-case reasoning", "Optimises TTS while VLM inference dominates"],
      metrics: [
        "End-to-end latency P50/P99",
        "Per-stage latency breakdown",
        "Warning lead time before the hazard",
      ],
      takeaway:
        "Latency targets come from the use case: advisory warnings tolerate a second, reactive safety needs a separate fast path.",
    },
    phases: [
      { key: "answer", title: "Answer", minutes: 6, goal: "Acceptability, failure cost, redesign." },
      { key: "follow-ups", title: "Challenges", minutes: 4, goal: "Probe failure cost reasoning." },
    ],
    rubric: "concept-question",
  },
  // Q25
  {
    slug: "network-spof-safety-warning-availability",
    title: "When the network is a single point of failure for a safety-warning product",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 8,
    tags: [
      "vlm-fine-tuning",
      "video-hazard-detection",
      "availability",
      "single-point-of-failure",
      "graceful-degradation",
      "on-device-inference",
      "hybrid-architecture",
      "safety-critical",
    ],
    source: { seed, ref: "Q25" },
    brief: {
      summary:
        "On-device inference is impractical (about 56 s per frame on a phone), so a real product would depend on the network. How do you reason about availability and safety when the network is a single point of failure?",
      context: project,
      requirements: [
        "Describe behaviour when the network is down or slow",
        "Explain what the user must be told",
        "Contrast the prototype with a production architecture",
      ],
      deliverable: "A spoken answer of about four minutes, followed by challenges.",
    },
    guide: {
      overview:
        "Reference: a real product needs graceful degradation: a compact classifier on the phone that still covers the most critical hazards when the cloud is gone, a buffered last-good warning, and a visible 'system unavailable' state, so silence is never mistaken for 'no hazard'. Honestly scoped, hackathon prototypes are cloud-only by design; production would be hybrid.",
      keyPoints: [
        "Graceful degradation: a small on-device classifier covers the most critical hazards when the cloud is unreachable",
        "Keep a buffered last-good warning",
        "Show an explicit 'system unavailable' state so the user does not assume no warning means no hazard",
        "Be honest that the prototype is cloud-only by design; the production architecture is hybrid",
      ],
      followUps: [
        {
          question: "Why is the 'unavailable' indicator a safety feature rather than a UX detail?",
          goodAnswer:
            "In a warning system silence carries meaning; if outages are silent, users learn to trust silence as safety, which turns an availability failure into a safety failure.",
        },
      ],
      signals: ["Treats silent failure as the main hazard", "Scopes the prototype honestly"],
      redFlags: ["Assumes the network is always available", "Fails silently"],
      metrics: [
        "Availability of the warning path",
        "Fallback coverage of critical hazard classes",
        "Time in degraded mode",
      ],
      takeaway:
        "If the network can fail, the product must fail loudly and keep a local floor for the most critical hazards.",
    },
    phases: [
      {
        key: "answer",
        title: "Answer",
        minutes: 5,
        goal: "Degradation, user signalling, prototype vs production.",
      },
      { key: "follow-ups", title: "Challenges", minutes: 3, goal: "Probe silent-failure reasoning." },
    ],
    rubric: "concept-question",
  },
  // Q26
  {
    slug: "early-stopping-small-val-set-no-test-set",
    title: "Stopping at epoch 20 with ~27 validation samples and no held-out test set",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 10,
    tags: [
      "vlm-fine-tuning",
      "video-hazard-detection",
      "early-stopping",
      "validation-set",
      "test-set",
      "overfitting-to-validation",
      "experiment-tracking",
      "small-data",
    ],
    source: { seed, ref: "Q26" },
    brief: {
      summary:
        "Training ran 20 epochs with linear warmup on a 90/10 train/validation split and no held-out test set. With about 27 validation samples the validation loss is noisy. Why stop at epoch 20 instead of epoch 8 or 30? And what justifies shipping without a test set?",
      context: project,
      requirements: [
        "Explain the stopping decision",
        "Explain how you read a noisy validation signal",
        "Defend or concede the missing test set",
      ],
      deliverable: "A spoken defence of about five minutes, followed by challenges.",
    },
    guide: {
      overview:
        "Reference: stop when train and validation loss curves plateau (tracked in W&B), backed by generation samples logged every 2 epochs that show format compliance. With a tiny validation set, trust the trend over several epochs rather than any single checkpoint. Having no test set is a genuine gap: a production model needs a test set frozen before, and never touched by, any hyperparameter search, and because Optuna selected on validation loss, the chosen config is overfit to the validation set by construction.",
      keyPoints: [
        "Stopping criterion: train/val loss plateau in experiment tracking (W&B), plus generation samples every 2 epochs showing format compliance",
        "With ~27 validation samples, read the directional trend across epochs, not a single checkpoint",
        "The missing test set is a weakness to concede, not a decision to defend",
        "Production needs a test set frozen before any hyperparameter search and never used by it",
        "Selecting trials on validation loss makes the 'best' config validation-overfit by definition",
      ],
      followUps: [
        {
          question: "With only a few hundred samples, how would you get a trustworthy estimate anyway?",
          goodAnswer:
            "Carve out a small frozen test set before any search, or use k-fold or repeated splits for model selection and report variance; accept wide intervals and state them.",
        },
      ],
      signals: [
        "Concedes the validation-overfitting point unprompted",
        "Uses qualitative generation checks alongside loss",
      ],
      redFlags: [
        "Reports validation numbers as if they were test results",
        "Picks the stopping epoch from one noisy point",
      ],
      metrics: [
        "Train/validation loss curves",
        "Format compliance of generated samples",
        "Frozen test-set score",
      ],
      takeaway:
        "A tiny validation set used for search cannot also certify the result; freeze a test set before searching.",
    },
    phases: [
      {
        key: "answer",
        title: "Defend the choices",
        minutes: 6,
        goal: "Stopping rule, noisy signal, test-set gap.",
      },
      {
        key: "follow-ups",
        title: "Challenges",
        minutes: 4,
        goal: "Probe trustworthy estimation on small data.",
      },
    ],
    rubric: "concept-question",
  },
];

export const rubrics: RubricTemplateDefinition[] = [];
