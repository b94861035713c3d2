import type { PromptDefinition, RubricTemplateDefinition } from "../schema";

// Seed 001, section 8: sim-to-real robot manipulation with VLA models (Q27-Q31),
// and the first evaluation-methodology question, evaluation of evaluation (Q32).

const seed = "001_a680b2ce5531a892" as const;

const project =
  "Project deep dive. Treat this as your own project: a sim-to-real robot manipulation policy built on NVIDIA GR00T N1.6, a vision-language-action (VLA) model with a Cosmos-Reason-2B vision backbone and a 32-layer diffusion-transformer (DiT) action head that predicts 16-step action chunks. The robot places lab vials in a rack. Training mixed simulation episodes (with domain randomization), Cosmos-augmented synthetic episodes and small numbers of real teleoperated episodes. The interviewer challenges your choices; defend them honestly.";

const context =
  "Senior ML evaluation engineer interview for a team that evaluates safety-critical ML (autonomous driving). Answer out loud, then the interviewer probes with follow-ups.";

export const prompts: PromptDefinition[] = [
  // Q27
  {
    slug: "action-chunking-vs-autoregressive-vla-policy",
    title: "Action chunking vs autoregressive action prediction in a DiT-based VLA policy",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "HARD",
    minutes: 10,
    tags: [
      "sim-to-real",
      "vla-models",
      "robot-manipulation",
      "action-chunking",
      "diffusion-transformer",
      "gr00t",
      "receding-horizon",
      "inference-latency",
    ],
    source: { seed, ref: "Q27" },
    brief: {
      summary:
        "The policy (GR00T N1.6) pairs a Cosmos-Reason-2B vision backbone with a 32-layer DiT action head that emits 16-timestep action chunks. Why predict action chunks instead of actions autoregressively, and what goes wrong when the chunk horizon does not line up with task phases such as the moment of grasping?",
      context: project,
      requirements: [
        "Justify chunking over autoregressive prediction",
        "Describe the failure mode at phase boundaries",
        "Give the standard mitigation",
      ],
      constraints: ["Control runs at 30 Hz"],
      deliverable: "A spoken answer of about five minutes, followed by challenges.",
    },
    guide: {
      overview:
        "Reference: autoregressive prediction in action space at 30 Hz means 30 sequential calls per second of motion, which is latency-prohibitive for a 2B+ model with a DiT head; chunking amortises inference. When a chunk spans a phase boundary (approach to grasp), the predicted chunk can be internally inconsistent, e.g. open gripper at step 8 and close at step 12 when uncertainty spikes mid-chunk. Standard fix: receding horizon, predict 16, execute the first 8, replan.",
      keyPoints: [
        "Predicting actions one at a time at 30 Hz means thirty back-to-back forward passes for every second the arm moves, too slow for a 2B+ DiT policy",
        "Chunking amortises inference cost over many control steps",
        "Failure mode: a chunk that crosses a phase boundary (approach to grasp) can be inconsistent when uncertainty spikes mid-chunk",
        "Mitigation: receding horizon, predict 16 steps, execute the first 8, then replan",
        "This mirrors ACT and Diffusion Policy, which GR00T's chunked DiT head inherits",
      ],
      followUps: [
        {
          question: "How would you choose how many steps of each chunk to execute?",
          goodAnswer:
            "Trade reactivity against compute: execute fewer steps around contact-rich phases or when uncertainty is high, more during free-space motion; evaluate success rate and latency for several execution horizons.",
        },
      ],
      signals: ["Does the 30 Hz arithmetic", "Explains the phase-boundary failure concretely"],
      redFlags: ["Says chunking is 'just faster' with no mechanism", "Unaware of receding-horizon execution"],
      metrics: [
        "Task success rate by execution horizon",
        "Control-loop latency",
        "Failures localised to grasp transitions",
      ],
      takeaway:
        "Chunking buys latency at the cost of reactivity; receding-horizon execution buys some reactivity back.",
    },
    phases: [
      { key: "answer", title: "Answer", minutes: 6, goal: "Why chunking, failure mode, mitigation." },
      { key: "follow-ups", title: "Challenges", minutes: 4, goal: "Probe execution-horizon choice." },
    ],
    rubric: "concept-question",
  },
  // Q28
  {
    slug: "synthetic-augmentation-vs-real-co-training-sim-to-real",
    title: "Why did Cosmos-augmented synthetic data beat real co-training in a sim-to-real policy?",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "HARD",
    minutes: 10,
    tags: [
      "sim-to-real",
      "vla-models",
      "robot-manipulation",
      "synthetic-data",
      "co-training",
      "data-diversity",
      "cosmos",
      "scenario-coverage",
    ],
    source: { seed, ref: "Q28" },
    brief: {
      summary:
        "A counterintuitive result: simulation plus 70 Cosmos-augmented episodes placed 2 of 3 vials, while simulation plus real co-training (5 to 50 real episodes) placed 1 of 3. Why would synthetic augmentation beat real co-training, and does this contradict the rule that real data beats synthetic?",
      context: project,
      requirements: [
        "Offer an explanation",
        "Qualify the 'real beats synthetic' rule",
        "Say what this means beyond robotics",
      ],
      deliverable: "A spoken answer of about five minutes, followed by challenges.",
    },
    guide: {
      overview:
        "Reference: 5 to 50 real episodes bring noise but little coverage, whereas 70 Cosmos-augmented episodes bring diversity at a scale the policy needs more than fidelity. 'Real beats synthetic' holds at parity of quantity; with little real data, high-quality synthetic wins, and where the two curves cross is what is worth measuring. The lesson transfers to scenario coverage: generated rare scenarios can beat sparse real captures.",
      keyPoints: [
        "5-50 real episodes add noise without coverage; 70 Cosmos-augmented episodes add diversity at scale",
        "At this scale the policy needs diversity more than fidelity",
        "'Real beats synthetic' is a statement about equal quantities; at low real-data volume, good synthetic can win",
        "The crossover point between synthetic and real is the question worth measuring",
        "General lesson: for rare scenarios, generated examples can outperform a handful of real recordings",
        "Caveat: 2/3 vs 1/3 is a tiny trial count, so the result is directional, not significant",
      ],
      followUps: [
        {
          question: "How confident are you in 2/3 vs 1/3?",
          goodAnswer:
            "Not very: three trials cannot separate the two; it motivates a larger evaluation with more trials and confidence intervals before drawing conclusions.",
        },
        {
          question: "How would you find the crossover point?",
          goodAnswer:
            "Sweep the number of real episodes at a fixed synthetic budget (and vice versa) and plot real-world success with intervals to see where extra real data starts to beat extra synthetic.",
        },
      ],
      signals: ["Frames the rule as conditional on quantity", "Flags the small sample honestly"],
      redFlags: ["Generalises from 3 trials", "Dismisses the result without an explanation"],
      metrics: [
        "Real-world placement success rate with confidence intervals",
        "Success vs number of real and synthetic episodes",
      ],
      takeaway:
        "Real beats synthetic at equal quantity; with scarce real data, diverse synthetic data can win, and the crossover is what to measure.",
    },
    phases: [
      { key: "answer", title: "Answer", minutes: 6, goal: "Explanation, qualified rule, transfer." },
      {
        key: "follow-ups",
        title: "Challenges",
        minutes: 4,
        goal: "Probe statistical confidence and crossover design.",
      },
    ],
    rubric: "concept-question",
  },
  // Q29
  {
    slug: "domain-randomization-axes-sim-to-real-transfer",
    title: "Which domain randomization axes drive sim-to-real transfer, and which are placebo?",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 10,
    tags: [
      "sim-to-real",
      "vla-models",
      "robot-manipulation",
      "domain-randomization",
      "ablation",
      "leave-one-out",
      "sim-to-real-gap",
    ],
    source: { seed, ref: "Q29" },
    brief: {
      summary:
        "Domain randomization covered lighting, HDRI backgrounds, camera pose, object positions and pre-placement probability. The simulation-only policy did well in sim but poorly on the real robot, so transfer, not simulation performance, was the limit. Which randomization axis most likely improves real-robot transfer, which is a placebo, and how would you know?",
      context: project,
      requirements: [
        "Say what you can and cannot conclude from the current runs",
        "Give your best qualitative read per axis",
        "Design the experiment that settles it",
      ],
      deliverable: "A spoken answer of about five minutes, followed by challenges.",
    },
    guide: {
      overview:
        "Reference: with no leave-one-out ablations, any per-axis credit is a qualitative impression. Lighting/HDRI randomization is the strongest qualitative signal (robustness to lighting change). Extreme camera-pose offsets are a likely placebo or worse: too wide a range makes the policy learn invariances and lose accuracy at the nominal pose. The right experiment is leave-one-out per axis.",
      keyPoints: [
        "Without leave-one-out ablations, per-axis attribution is only qualitative",
        "Lighting/HDRI randomization gives the strongest qualitative signal, via robustness to lighting variation",
        "Extreme camera-pose offsets are a probable placebo: too large a range forces invariances and costs accuracy at the nominal pose",
        "The settling experiment is leave-one-out per DR axis, evaluated on the real robot",
      ],
      followUps: [
        {
          question: "Why evaluate the ablation on the real robot rather than in sim?",
          goodAnswer:
            "The gap is the bottleneck: removing an axis may barely change sim success while changing real success a lot, so only real-world trials measure transfer.",
        },
      ],
      signals: [
        "Separates qualitative impressions from evidence",
        "Knows that randomization ranges can hurt",
      ],
      redFlags: ["Asserts a ranking as fact with no ablation", "Measures transfer in simulation"],
      metrics: ["Real-world success per leave-one-out variant", "Sim vs real success gap"],
      takeaway:
        "Only leave-one-out ablations on the real robot tell you which randomization axis matters; until then, say it is qualitative.",
    },
    phases: [
      { key: "answer", title: "Answer", minutes: 6, goal: "Limits of evidence, per-axis read, experiment." },
      { key: "follow-ups", title: "Challenges", minutes: 4, goal: "Probe where transfer is measured." },
    ],
    rubric: "concept-question",
  },
  // Q30
  {
    slug: "vla-language-grounding-failure-spatial-priors",
    title: "Diagnosing a VLA policy that memorised spatial priors instead of using language",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "HARD",
    minutes: 12,
    tags: [
      "sim-to-real",
      "vla-models",
      "robot-manipulation",
      "generalization",
      "language-grounding",
      "behavior-cloning",
      "ood-evaluation",
      "contrastive-learning",
    ],
    source: { seed, ref: "Q30" },
    brief: {
      summary:
        "Generalization tests went badly: an out-of-distribution instruction produced jerky motion, and when the target object was swapped (yellow rack replaced by a blue cup) the robot still went to the original location. The policy was not using the language instruction to ground the object. How do you diagnose this, and what would you change in the architecture next time?",
      context: project,
      requirements: [
        "Describe the diagnostic evidence",
        "Explain the root cause",
        "Propose architectural changes",
        "Connect it to what an evaluator should catch",
      ],
      constraints: ["Training used 75 to 145 episodes"],
      deliverable: "A spoken answer of about six minutes, followed by challenges.",
    },
    guide: {
      overview:
        "Reference: the novel-object swap is the diagnosis: the robot returned to the original location and ignored the new visual. Behaviour cloning on 75-145 episodes cannot separate language from object identity without explicit grounding supervision, so the model leans on spatial priors, which are more reliable than language at that scale. Fix: a contrastive vision-language objective during training, or a pretrained VLM grounding head with the action decoder fine-tuned on top. This is precisely what a learned evaluator should detect: whether a policy responds to its inputs or just replays the training distribution.",
      keyPoints: [
        "Diagnosis: with the object swapped, the robot still targets the original location, ignoring the new visual and the instruction",
        "Root cause: behaviour cloning on 75-145 episodes cannot disentangle language from object identity without grounding supervision",
        "At that data scale, object location is a more dependable cue than the instruction, so the policy learns location",
        "Architectural fix: contrastive vision-language objective in training, or a pretrained VLM grounding head with a fine-tuned action decoder",
        "Evaluation lesson: test whether the policy uses its inputs (counterfactual swaps), not just success on the training distribution",
      ],
      followUps: [
        {
          question: "Design an eval that would have caught this before the demo.",
          goodAnswer:
            "Counterfactual input tests: swap objects and positions, vary instructions while holding the scene fixed, and check that behaviour changes when and only when it should; report success on these probes separately from in-distribution success.",
        },
      ],
      signals: [
        "Treats the swap test as a controlled probe",
        "Explains why priors win at small scale",
        "Links to evaluator design",
      ],
      redFlags: ["Blames the robot or sim gap without evidence", "Proposes only 'more data'"],
      metrics: ["Success on counterfactual object/instruction swaps", "In-distribution vs OOD success"],
      takeaway:
        "If swapping the object does not change the behaviour, the policy is not grounded; evaluators must probe input use, not just success.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify",
        minutes: 2,
        goal: "Establish what the generalization tests varied.",
      },
      {
        key: "answer",
        title: "Diagnose and fix",
        minutes: 6,
        goal: "Evidence, root cause, architecture, eval lesson.",
      },
      { key: "follow-ups", title: "Challenges", minutes: 4, goal: "Probe eval design for grounding." },
    ],
    rubric: "concept-question",
  },
  // Q31
  {
    slug: "uncertainty-estimation-chunked-diffusion-policy",
    title: "Adding uncertainty estimation to a chunked DiT policy and feeding it into evaluation",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "HARD",
    minutes: 10,
    tags: [
      "sim-to-real",
      "vla-models",
      "uncertainty-estimation",
      "aleatoric-uncertainty",
      "epistemic-uncertainty",
      "diffusion-policy",
      "ensembles",
      "ood-detection",
      "human-escalation",
    ],
    source: { seed, ref: "Q31" },
    brief: {
      summary:
        "For a real deployment of the chunked DiT policy, how would you add uncertainty estimation, and how would that uncertainty feed an evaluation signal?",
      context: project,
      requirements: [
        "Distinguish the kinds of uncertainty involved",
        "Propose a method that fits a diffusion chunked policy",
        "Explain how it becomes an evaluation signal",
      ],
      deliverable: "A spoken answer of about five minutes, followed by challenges.",
    },
    guide: {
      overview:
        "Reference: aleatoric uncertainty (action noise from inconsistent teleoperators) vs epistemic uncertainty (out-of-distribution observations). For a DiT chunked policy, sample several action chunks with different diffusion seeds and measure their variance; high variance signals epistemic uncertainty. The learned evaluator can take this variance as an input feature: an uncertain policy on a scenario is a reason to escalate it to a person.",
      keyPoints: [
        "Aleatoric uncertainty: action noise from teleoperator inconsistency in demonstrations",
        "Epistemic uncertainty: observations outside the training distribution",
        "Chunk-level ensemble: sample multiple chunks with different diffusion seeds and measure variance (as in Diff-DAgger)",
        "High chunk variance signals epistemic uncertainty",
        "Feed the variance to the learned evaluator as a feature and escalate uncertain scenarios to human review",
      ],
      followUps: [
        {
          question:
            "Teleoperators disagree a lot on one task. Won't sample variance be high there even in-distribution?",
          goodAnswer:
            "Yes, multimodal demonstrations inflate variance; calibrate per task or per phase on in-distribution data and flag variance above that baseline, or separate multimodality from true spread.",
        },
      ],
      signals: [
        "Separates aleatoric from epistemic",
        "Uses the generative nature of diffusion for sampling-based uncertainty",
        "Closes the loop to evaluation",
      ],
      redFlags: [
        "Uses softmax-style confidence that does not exist for a diffusion head",
        "Uncertainty computed but not used",
      ],
      metrics: ["Chunk variance vs OOD label AUROC", "Escalation rate and human-confirmed failure rate"],
      takeaway:
        "Sample the diffusion head several times; disagreement between chunks is a cheap epistemic signal that should route cases to humans.",
    },
    phases: [
      { key: "answer", title: "Answer", minutes: 6, goal: "Uncertainty types, method, eval signal." },
      { key: "follow-ups", title: "Challenges", minutes: 4, goal: "Probe multimodal demonstrations." },
    ],
    rubric: "concept-question",
  },
  // Q32
  {
    slug: "evaluation-of-evaluation-meta-eval-loop",
    title: "Evaluation of evaluation: knowing when your learned evaluator is right",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "HARD",
    minutes: 12,
    tags: [
      "evaluation-methodology",
      "eval-of-eval",
      "meta-evaluation",
      "learned-evaluator",
      "human-gold-set",
      "held-out-calibration",
      "infinite-regress",
    ],
    source: { seed, ref: "Q32" },
    brief: {
      summary:
        "You have a learned evaluator that scores driving behaviour. How would you build a way to tell whether the evaluator itself is right? Describe the meta-evaluation loop and where it stops, so that checking the checker does not go on forever.",
      context,
      requirements: [
        "Describe the meta-evaluation loop",
        "Explain where the regress stops",
        "Describe how it is run operationally",
      ],
      deliverable: "A spoken design of about six minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference: keep a human-labeled gold subset completely hidden from evaluator development and score the evaluator's precision/recall on it. The regress stops at humans: humans evaluate the evaluator, the evaluator evaluates the model. Operationally, set aside roughly 5% of the human labeling budget, permanently, to calibrate the evaluator rather than doing it once.",
      referenceSteps: [
        {
          title: "Gold subset",
          detail: "Human-labeled data kept out of every stage of evaluator development.",
        },
        {
          title: "Measure the evaluator",
          detail: "Evaluator precision and recall against the gold subset, ideally per behaviour category.",
        },
        {
          title: "Stop the regress",
          detail:
            "Humans sit at the bottom of the stack; the quality of human labels is checked with inter-rater agreement rather than another model.",
        },
        {
          title: "Run it permanently",
          detail: "Reserve about 5% of the labeling budget for calibration as an ongoing line item.",
        },
      ],
      keyPoints: [
        "A gold subset labeled by humans is kept completely hidden from evaluator development",
        "Measure evaluator precision/recall against that subset",
        "The regress ends with people: humans judge the evaluator, and the evaluator judges the model",
        "Reserve ~5% of human labels for evaluator calibration as a standing budget line, not a one-off project",
      ],
      followUps: [
        {
          question: "How do you know the humans are right?",
          goodAnswer:
            "You do not assume it: measure inter-rater agreement on the gold set, adjudicate disagreements with experts, and improve the labeling rubric where agreement is low; the ceiling on evaluator agreement is human agreement.",
        },
        {
          question: "Why must the 5% be permanent?",
          goodAnswer:
            "The evaluator, the model under test and the data distribution all change; a one-time calibration goes stale, and drift can only be detected against fresh human labels.",
        },
      ],
      signals: ["Anchors the stack on humans explicitly", "Treats calibration as a recurring budget"],
      redFlags: [
        "Uses another model to evaluate the evaluator, recursively",
        "Calibrates once and never again",
        "Lets gold data leak into evaluator development",
      ],
      metrics: [
        "Evaluator precision/recall vs human gold subset",
        "Human inter-rater agreement on the gold subset",
      ],
      takeaway:
        "Humans evaluate the evaluator, the evaluator evaluates the model, and the human calibration budget never goes to zero.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify",
        minutes: 2,
        goal: "Understand what the evaluator scores and how it is used.",
      },
      { key: "answer", title: "Meta-eval design", minutes: 6, goal: "Loop, regress anchor, operations." },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 4,
        goal: "Probe human label quality and permanence.",
      },
    ],
    rubric: "concept-question",
  },
];

export const rubrics: RubricTemplateDefinition[] = [];
