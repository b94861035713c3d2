import type { PromptDefinition, RubricTemplateDefinition } from "../schema";

// Seed 001, sections 3-6: rule-based to LLM-agent migration (Q9-Q10), LLM-as-a-judge and
// golden sets (Q11-Q14), annotation pipelines and vendor management (Q15-Q16),
// production ML monitoring (Q17-Q18).

const seed = "001_a680b2ce5531a892" as const;

const context =
  "Senior ML evaluation engineer interview for a team that evaluates safety-critical ML (autonomous driving). The question is asked as if about work on your resume: answer out loud, then the interviewer probes with follow-ups.";

export const prompts: PromptDefinition[] = [
  // Q9
  {
    slug: "rule-based-to-llm-agent-rollout",
    title: "Migrating a rule-based system to an LLM agent at millions of messages a day",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "HARD",
    minutes: 12,
    tags: [
      "llm-agent-migration",
      "rule-based-systems",
      "llm-agents",
      "traffic-ramp",
      "experimentation",
      "fallback",
      "tool-use",
      "tool-hallucination",
      "golden-set",
      "rollout-gating",
    ],
    source: { seed, ref: "Q9" },
    brief: {
      summary:
        "A production assistant handling millions of messages per day is moving from hand-written rules to an LLM agent that calls tools. Which user-facing failure is most dangerous while the switch happens, and how should traffic be shifted over without hurting users?",
      context,
      requirements: [
        "Identify the riskiest user-facing failure mode",
        "Describe the traffic ramp and what gates each step",
        "Explain what happens to the rule-based system during the transition",
      ],
      constraints: [
        "Millions of messages per day",
        "The existing rule-based system works well on common intents",
      ],
      deliverable: "A spoken rollout plan of about six minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference: ramp traffic gradually through the experimentation framework, keep the rule-based path as fallback for high-confidence intents during the transition, and treat tool-use hallucination (the wrong tool called with confident, wrong arguments) as the riskiest failure, with every ramp step blocked until tool-use accuracy on a golden set clears its threshold.",
      whyAsked:
        "Mirrors the rule-to-learned migrations evaluation teams run; tests whether the candidate ties rollout steps to measured gates.",
      referenceSteps: [
        {
          title: "Riskiest failure",
          detail:
            "Tool-use hallucination: the agent confidently calls the wrong tool or passes wrong arguments, and the user sees a real action taken incorrectly.",
        },
        {
          title: "Gate",
          detail:
            "Before each ramp step, the agent must clear a tool-use accuracy threshold on a golden set.",
        },
        {
          title: "Ramp",
          detail:
            "Increase traffic share step by step through the experimentation framework, comparing against the rule-based control.",
        },
        {
          title: "Fallback",
          detail:
            "Keep rules serving the high-confidence intents they already handle well while the agent proves itself.",
        },
      ],
      keyDecisions: [
        {
          decision: "What the rules keep doing during migration",
          options: ["Switch everything to the agent", "Rules keep high-confidence intents as fallback"],
          tradeOff:
            "A hard switch is simpler but gives up a known-good floor; retaining rules adds routing complexity but bounds the blast radius.",
        },
      ],
      keyPoints: [
        "Ramp traffic gradually through the experimentation framework",
        "Retain the rule-based fallback for high-confidence intents during the transition",
        "The riskiest user-facing failure is tool-use hallucination: wrong tool, confident wrong arguments",
        "Each ramp step is gated on golden-set tool-use accuracy thresholds",
      ],
      followUps: [
        {
          question: "Why is tool-use hallucination worse than a bad text reply?",
          goodAnswer:
            "A wrong tool call takes an action with side effects and is delivered confidently, so users and downstream systems trust it; a poor text reply is visible and easy to ignore.",
        },
        {
          question: "What would make you roll back a ramp step?",
          goodAnswer:
            "Tool-use accuracy falling below the gate on the golden set or on sampled live traffic, or user-facing guardrail metrics regressing against the rule-based control in the experiment.",
        },
      ],
      signals: [
        "Names a specific failure mode rather than 'hallucination' in general",
        "Every ramp step has a measurable gate",
        "Keeps a safety floor",
      ],
      redFlags: ["Big-bang cutover", "Ramp decisions made on anecdotes", "No fallback path"],
      metrics: [
        "Tool-use accuracy on the golden set",
        "Experiment guardrail metrics vs rule-based control",
        "Fallback rate",
      ],
      takeaway:
        "Ramp in steps, gate every step on golden-set tool-use accuracy, and let the rules hold the floor until the agent earns it.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify",
        minutes: 2,
        goal: "Understand intents, tools and what the rules currently cover.",
      },
      {
        key: "answer",
        title: "Rollout plan",
        minutes: 6,
        goal: "Riskiest failure, gates, ramp and fallback.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 4,
        goal: "Probe failure severity and rollback criteria.",
      },
    ],
    rubric: "concept-question",
  },
  // Q10
  {
    slug: "implicit-feedback-sft-selection-bias-ips",
    title: "SFT on accepted suggestions: selection bias and counterfactual correction with IPS",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "HARD",
    minutes: 10,
    tags: [
      "llm-agent-migration",
      "implicit-feedback",
      "sft",
      "selection-bias",
      "counterfactual-logging",
      "inverse-propensity-scoring",
      "ips",
      "exploration",
      "feedback-loops",
    ],
    source: { seed, ref: "Q10" },
    brief: {
      summary:
        "You fine-tune an assistant with supervised fine-tuning on suggestions that users accepted. What bias does training only on accepted suggestions introduce, and how would you correct for it, including with counterfactual logging and inverse propensity scoring (IPS)?",
      context,
      requirements: [
        "Explain the bias",
        "Propose practical mitigations",
        "Explain the stronger counterfactual correction",
      ],
      deliverable: "A spoken answer of about five minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference: if only accepted suggestions become training data, the model is pushed further toward what it already suggests. Mitigations: log every suggestion, accepted and rejected, use rejections as negatives, and inject exploration periodically; the stronger fix is counterfactual logging with IPS reweighting.",
      referenceSteps: [
        {
          title: "The bias",
          detail:
            "Users can only accept what the model showed them, so accepted data reflects the current policy and SFT on it reinforces that policy.",
        },
        {
          title: "Log everything",
          detail: "Record all shown suggestions with outcome so rejections can be used as negative signal.",
        },
        {
          title: "Explore",
          detail:
            "Periodically show suggestions outside the current policy's top choice so the data covers alternatives.",
        },
        {
          title: "Counterfactual correction",
          detail:
            "Log the probability with which each suggestion was shown and reweight examples by inverse propensity so over-shown options do not dominate.",
        },
      ],
      keyPoints: [
        "Accepted-only training data reinforces the current output distribution, a self-reinforcing feedback loop",
        "Log all suggestions, accepted and rejected",
        "Use the rejection signal as negatives",
        "Inject exploration periodically",
        "The stronger correction is counterfactual logging with IPS reweighting, which requires logging propensities at serve time",
      ],
      followUps: [
        {
          question: "What has to be logged for IPS to work?",
          goodAnswer:
            "The probability (propensity) with which the logging policy showed each suggestion, plus context and outcome; without propensities recorded at serve time you cannot reweight later.",
        },
        {
          question: "What is the practical risk of IPS?",
          goodAnswer:
            "High variance when propensities are tiny; weights are typically clipped or self-normalised, trading some bias for stability.",
        },
      ],
      signals: [
        "Explains why the bias arises from what was shown",
        "Knows propensities must be logged up front",
      ],
      redFlags: [
        "Treats acceptance as unbiased ground truth",
        "Mentions IPS without knowing what it reweights",
      ],
      metrics: ["Acceptance rate on exploration traffic", "Offline counterfactual estimates with IPS"],
      takeaway:
        "Accepted-only data teaches the model to agree with itself; log rejections, explore, and reweight by propensity.",
    },
    phases: [
      { key: "answer", title: "Answer", minutes: 6, goal: "Explain the bias, mitigations and IPS." },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 4,
        goal: "Probe logging requirements and IPS variance.",
      },
    ],
    rubric: "concept-question",
  },
  // Q11
  {
    slug: "tool-use-accuracy-metric-decomposition",
    title: "Decomposing tool-use accuracy: selection, arguments and end-to-end task success",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 10,
    tags: [
      "llm-as-a-judge",
      "tool-use",
      "agent-evaluation",
      "precision-recall",
      "argument-correctness",
      "task-success",
      "metric-decomposition",
      "multi-step-agents",
    ],
    source: { seed, ref: "Q11" },
    brief: {
      summary:
        "How would you break down a 'tool-use accuracy' metric for an LLM agent? Consider per-tool precision and recall on which tool gets selected, whether its arguments are right, and whether the whole task succeeds. When do these numbers tell different stories, and what does that mean?",
      context,
      requirements: [
        "Propose a metric decomposition",
        "Explain what each component measures",
        "Interpret a disagreement between component and end-to-end metrics",
      ],
      deliverable: "A spoken answer of about five minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference decomposition: per-tool precision/recall on selection, per-tool argument correctness, and end-to-end task success. The telling pattern is high per-tool precision with low end-to-end success, which points at planning/orchestration rather than individual tools. The same model transfers to any multi-step agent.",
      keyPoints: [
        "Per-tool precision and recall on tool selection",
        "Per-tool argument correctness, measured separately from selection",
        "End-to-end task success as the outcome metric",
        "If tools are chosen precisely but tasks still fail end to end, the weakness is planning and orchestration rather than any single tool",
        "The same breakdown applies to any agent that chains many steps",
      ],
      followUps: [
        {
          question:
            "End-to-end success is high but argument correctness on one tool is poor. How can that be?",
          goodAnswer:
            "The tool may be rarely on the critical path, downstream steps may tolerate or repair bad arguments, or the task-success check is too lenient; inspect whether the success criterion actually depends on that tool's output.",
        },
        {
          question: "How do you label argument correctness for free-form arguments?",
          goodAnswer:
            "Normalise and compare structured fields exactly where possible, and use a validated judge or equivalence rules for free-text fields, with the judge checked against a golden set.",
        },
      ],
      signals: ["Separates selection from arguments from outcome", "Uses metric disagreement diagnostically"],
      redFlags: ["One blended accuracy number", "Assumes good per-tool metrics imply task success"],
      metrics: [
        "Per-tool selection precision/recall",
        "Per-tool argument correctness",
        "End-to-end task success rate",
      ],
      takeaway:
        "Decompose into selection, arguments and outcome; when they disagree, the gap tells you which layer of the agent is broken.",
    },
    phases: [
      {
        key: "answer",
        title: "Decompose the metric",
        minutes: 6,
        goal: "Define the components and explain disagreements.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 4,
        goal: "Probe inconsistent metric patterns and labeling of arguments.",
      },
    ],
    rubric: "concept-question",
  },
  // Q12
  {
    slug: "llm-judge-validation-against-golden-set",
    title: "Validating LLM judges against a golden set: deployment gates and drift recalibration",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 10,
    tags: [
      "llm-as-a-judge",
      "golden-set",
      "judge-validation",
      "precision-recall",
      "deployment-gate",
      "judge-drift",
      "recalibration",
      "rolling-holdout",
    ],
    source: { seed, ref: "Q12" },
    brief: {
      summary:
        "You run several LLM judges that score production outputs. Before a judge ships, how is it checked against a golden set and what precision/recall bar must it clear? Afterwards, how often do judges drift, and when do you recalibrate?",
      context,
      requirements: [
        "Describe pre-deployment validation",
        "Explain how the gating threshold is set",
        "Describe drift detection and the recalibration cadence",
      ],
      deliverable: "A spoken answer of about five minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference: no judge ships until its precision and recall have been measured on a golden set. Recalibrate once the judge's precision, tracked on a rolling holdout slice, slips under the threshold; cadence is event-driven on production data drift plus scheduled audits.",
      keyPoints: [
        "No judge is deployed before its precision and recall are measured on a golden set",
        "Thresholds are set per judge from the cost of its errors, not one global number",
        "Measured over a rolling holdout slice, the judge's precision dropping below threshold triggers recalibration",
        "Cadence is event-driven on production data drift, plus scheduled audits",
      ],
      followUps: [
        {
          question: "Should the gate be on precision or recall?",
          goodAnswer:
            "Depends on what the judge blocks: a judge that flags failures for release decisions needs high recall on real failures; one that filters training data needs high precision; state the error cost, then set the gate.",
        },
        {
          question: "How do you avoid overfitting a judge prompt to the golden set?",
          goodAnswer:
            "Keep a holdout slice of the golden set that is never used while iterating on the judge, and report the gate metric on that slice only.",
        },
      ],
      signals: ["Ties thresholds to error costs", "Describes both event-driven and scheduled recalibration"],
      redFlags: [
        "Deploys judges validated only by spot-reading outputs",
        "Assumes a fixed prompt and model version means no drift",
      ],
      metrics: ["Judge precision and recall vs golden set", "Rolling-holdout precision over time"],
      takeaway:
        "A judge is a model: validate it on a golden set before launch and monitor it on a rolling holdout after.",
    },
    phases: [
      {
        key: "answer",
        title: "Answer",
        minutes: 6,
        goal: "Validation, gating threshold, drift and recalibration cadence.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 4,
        goal: "Probe threshold choice and golden-set overfitting.",
      },
    ],
    rubric: "concept-question",
  },
  // Q13
  {
    slug: "golden-set-construction-labeling-refresh",
    title: "Building a golden set: who labels, how big, disagreement handling and refresh",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 10,
    tags: [
      "llm-as-a-judge",
      "golden-set",
      "eval-set-construction",
      "sme-adjudication",
      "label-disagreement",
      "inter-rater-agreement",
      "sample-size",
      "refresh-policy",
    ],
    source: { seed, ref: "Q13" },
    brief: {
      summary:
        "You need a golden set to validate evaluators for a tool-using agent. Who labels it, how big should it be, how do you handle labelers who disagree, and how often do you refresh it?",
      context,
      requirements: [
        "Say who labels and why",
        "Give a sizing principle",
        "Describe disagreement handling",
        "Define the refresh trigger",
      ],
      deliverable: "A spoken answer of about five minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference: size it small enough to stay high quality yet large enough that precision/recall are stable to about two decimal places; refresh when the capability set or tool catalog changes; resolve disagreement by subject-matter-expert adjudication and use the rate of inter-rater agreement as a health signal for the set.",
      keyPoints: [
        "Labeled by subject-matter experts, with expert adjudication for disagreements",
        "Rule of thumb for size: small enough that every label is high quality, big enough that precision and recall no longer move in the second decimal",
        "Rebuild or extend it whenever the capabilities or the tool catalog it covers change, not only on a calendar",
        "Track inter-rater agreement as a quality signal for the golden set itself",
      ],
      followUps: [
        {
          question: "Roughly how many examples does 'stable to two decimals' imply?",
          goodAnswer:
            "It is a confidence-interval argument: the standard error of a proportion shrinks with the square root of n, so stabilising the second decimal needs on the order of thousands of relevant examples per metric, or you accept wider intervals and state them.",
        },
        {
          question: "Labelers disagree on 30% of items. What do you do?",
          goodAnswer:
            "Treat it as a guideline problem first: measure agreement formally, find the ambiguous categories, rewrite the labeling rules, then adjudicate; do not just majority-vote away a broken definition.",
        },
      ],
      signals: [
        "Sizes the set by statistical stability",
        "Treats disagreement as information",
        "Links refresh to product changes",
      ],
      redFlags: [
        "'As big as possible' with no quality argument",
        "Silently majority-votes disagreements",
        "Golden set never refreshed",
      ],
      metrics: ["Confidence-interval width on judge precision/recall", "Inter-rater agreement rate"],
      takeaway:
        "A golden set is small, expert, statistically sized, adjudicated and refreshed when what it measures changes.",
    },
    phases: [
      { key: "answer", title: "Answer", minutes: 6, goal: "Labelers, size, disagreement and refresh." },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 4,
        goal: "Probe sizing maths and high disagreement.",
      },
    ],
    rubric: "concept-question",
  },
  // Q14
  {
    slug: "offline-judge-scores-vs-ab-test-adoption",
    title: "When offline judge scores and A/B adoption metrics disagree, which do you trust?",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 10,
    tags: [
      "llm-as-a-judge",
      "offline-evaluation",
      "ab-testing",
      "online-metrics",
      "adoption-metrics",
      "offline-online-gap",
      "trust-hierarchy",
    ],
    source: { seed, ref: "Q14" },
    brief: {
      summary:
        "Your offline LLM judge says a new model version is better, but the A/B test on adoption metrics says it is not (or the reverse). How do you reconcile them, and which signal do you trust?",
      context,
      requirements: [
        "Explain why the two signals can disagree",
        "State which signal you trust for what",
        "Describe how both fit into the iteration loop",
      ],
      deliverable: "A spoken answer of about five minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference: disagreement is the interesting case. The offline judge can be too strict (it misses how tolerant users are) or too loose (it misses friction users feel). For user impact the adoption A/B result is what counts, while the offline judge exists for fast iteration. Use offline scores to filter candidates and A/B tests to confirm.",
      keyPoints: [
        "Disagreement between offline and online is informative, not noise to ignore",
        "The judge may be stricter than users (penalising what they tolerate) or looser (missing friction they feel)",
        "For real user impact, the adoption A/B result is the reference",
        "Use the offline judge to screen candidates quickly, then confirm winners in an A/B test",
        "Disagreements should feed back into the judge's rubric and golden set",
      ],
      followUps: [
        {
          question: "How would you use the disagreement to improve the judge?",
          goodAnswer:
            "Sample cases where the judge and user behaviour diverge, have humans label them, and add them to the judge's golden set or rubric so the judge learns what users actually tolerate or reject.",
        },
        {
          question: "When might you not trust the A/B result?",
          goodAnswer:
            "Underpowered tests, novelty effects, metric definitions that miss the quality dimension, or segments where adoption is not the goal; check power and segment effects before overriding the offline signal.",
        },
      ],
      signals: ["Clear trust hierarchy with reasons", "Uses disagreement to recalibrate the judge"],
      redFlags: [
        "Trusts the offline judge over user behaviour",
        "Ignores the disagreement or averages the two",
      ],
      metrics: [
        "Offline judge score",
        "A/B adoption metric",
        "Offline-online rank correlation across candidates",
      ],
      takeaway:
        "Offline judges are for speed, A/B tests are for truth about users; when they disagree, fix the judge.",
    },
    phases: [
      {
        key: "answer",
        title: "Answer",
        minutes: 6,
        goal: "Explain disagreement, trust hierarchy and the loop.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 4,
        goal: "Probe judge recalibration and A/B validity.",
      },
    ],
    rubric: "concept-question",
  },
  // Q15
  {
    slug: "attributing-f1-jump-data-vs-model",
    title: "Explaining an F1 jump from 0.65 to 0.9: data, labels, architecture or label space?",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 8,
    tags: [
      "annotation-pipelines",
      "data-centric-ai",
      "label-quality",
      "label-space",
      "taxonomy",
      "f1",
      "attribution",
      "noisy-labels",
    ],
    source: { seed, ref: "Q15" },
    brief: {
      summary:
        "F1 on one domain rose from roughly 0.65 to 0.9. What drove it: better data, better labels, a new architecture, or a redefined label space? How would you tell?",
      context,
      requirements: [
        "Give your prior on where such jumps usually come from",
        "Describe how you would attribute the gain",
        "Say what to check before trusting the number",
      ],
      deliverable: "A spoken answer of about four minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference: such jumps usually come from data-centric work and label-space cleanup, not architecture. An annotation pipeline that screens noisy public data through the company's own product taxonomy can lift the metric a lot with the model untouched.",
      keyPoints: [
        "Most large jumps come from data-centric improvements and label-space cleanup, not architecture changes",
        "Screening noisy public data using the internal product taxonomy can raise F1 sharply without any model change",
        "A redefined label space can make the task easier, so the before/after numbers may not be comparable",
        "Attribution needs controlled comparisons: same model on old vs new data, same data on old vs new model, both scored on a fixed eval set",
      ],
      followUps: [
        {
          question: "How do you make sure the 0.9 is not an artifact of relabeling the eval set too?",
          goodAnswer:
            "Score both the old and new systems on the same eval set under the same label definitions, or re-map the old eval set to the new taxonomy and report both views.",
        },
      ],
      signals: ["Suspects data and label-space changes first", "Asks whether the eval set itself changed"],
      redFlags: [
        "Credits the architecture by default",
        "Compares numbers measured on different label spaces",
      ],
      metrics: ["F1 on a fixed eval set", "Per-class F1 before and after taxonomy changes"],
      takeaway:
        "Big F1 jumps are usually data and taxonomy work; prove it with controlled comparisons on a fixed eval set.",
    },
    phases: [
      { key: "answer", title: "Answer", minutes: 5, goal: "Prior, attribution method, sanity checks." },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 3,
        goal: "Probe comparability of before and after numbers.",
      },
    ],
    rubric: "concept-question",
  },
  // Q16
  {
    slug: "vendor-annotation-quality-inter-rater-agreement",
    title: "Vendor annotation QA: annotator quality and inter-rater agreement (kappa, alpha)",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 10,
    tags: [
      "kappa",
      "inter-rater-agreement",
      "inter-rater-reliability",
      "cohens-kappa",
      "fleiss-kappa",
      "krippendorffs-alpha",
      "weighted-kappa",
      "annotation-pipelines",
      "vendor-management",
      "annotation-qa",
    ],
    source: { seed, ref: "Q16" },
    brief: {
      summary:
        "Labels come from an external annotation vendor. How would you judge the quality of individual annotators and how much they agree with each other, and what does the QA loop look like?",
      context,
      requirements: [
        "Describe batch-level acceptance and auditing",
        "Choose agreement statistics for different rater and label setups",
        "Explain what changes for subjective labels",
      ],
      constraints: ["Some label types are subjective, e.g. whether a driving manoeuvre felt comfortable"],
      deliverable: "A spoken answer of about five minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference: per-batch acceptance criteria and sampled audits for the vendor; inter-rater reliability measured with Cohen's kappa when there are two raters; with three or more, Fleiss' kappa or Krippendorff's alpha; with ordinal labels, weighted kappa. For subjective domains such as driving comfort, formal kappa is mandatory; spot-checking agreement is not enough.",
      whyAsked:
        "Label quality caps every downstream metric; the candidate must know the standard agreement statistics and when each applies.",
      referenceSteps: [
        {
          title: "Vendor QA loop",
          detail:
            "Define acceptance criteria per batch, audit a sample of each batch, reject or rework batches that fail.",
        },
        {
          title: "Agreement statistics",
          detail:
            "Two raters, categorical labels: Cohen's kappa. Three or more raters: Fleiss' kappa or Krippendorff's alpha. Ordinal labels: weighted kappa.",
        },
        {
          title: "Interpretation",
          detail:
            "Kappa corrects for chance agreement. Common reading (Landis & Koch): above 0.6 substantial, above 0.8 strong; below 0.6 points at the labeling guideline.",
        },
        {
          title: "Subjective labels",
          detail:
            "For labels like comfort, formal kappa is non-negotiable; informal spot checks hide systematic disagreement.",
        },
      ],
      keyDecisions: [
        {
          decision: "Which agreement statistic",
          options: ["Cohen's kappa", "Fleiss' kappa", "Krippendorff's alpha", "Weighted kappa"],
          tradeOff:
            "Cohen's is for exactly two raters; Fleiss' generalises to more raters on nominal labels; Krippendorff's alpha also handles ordinal/interval data and missing ratings; weighted kappa credits near-misses on ordinal scales.",
        },
      ],
      keyPoints: [
        "Vendor management: per-batch acceptance criteria plus sampled audits",
        "Cohen's kappa for two raters",
        "Three or more raters: Fleiss' kappa or Krippendorff's alpha",
        "Weighted kappa for ordinal labels",
        "Raw percent agreement is inflated by chance; kappa-family statistics correct for it",
        "For subjective labels (e.g. driving comfort) formal kappa is required; spot-check agreement is insufficient",
      ],
      followUps: [
        {
          question: "Why not just report percent agreement?",
          goodAnswer:
            "With skewed classes, raters agree often by chance; kappa subtracts expected chance agreement, kappa = (observed - expected) / (1 - expected), so it reflects real consensus.",
        },
        {
          question: "Agreement on one label comes in at 0.45. Do you replace the vendor?",
          goodAnswer:
            "First suspect the rubric: below 0.6 usually means the definition is ambiguous; refine the guideline with examples and edge cases, re-measure, and only then look at individual annotator quality.",
        },
        {
          question: "Not every item is labeled by every rater. Which statistic?",
          goodAnswer: "Krippendorff's alpha, because it handles missing ratings and any number of raters.",
        },
      ],
      signals: [
        "Matches the statistic to rater count and label type",
        "Knows the 0.6 / 0.8 reading",
        "Blames the rubric before the raters on low agreement",
      ],
      redFlags: [
        "Uses percent agreement only",
        "Uses Cohen's kappa with many raters",
        "Relies on informal spot checks for subjective labels",
      ],
      metrics: [
        "Cohen's kappa",
        "Fleiss' kappa",
        "Krippendorff's alpha",
        "Weighted kappa",
        "Batch audit pass rate",
      ],
      takeaway:
        "Accept vendor batches on audited criteria, and measure agreement with the kappa-family statistic that fits the raters and the label type.",
    },
    phases: [
      {
        key: "answer",
        title: "QA loop and agreement",
        minutes: 6,
        goal: "Vendor QA, agreement statistics, subjective labels.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 4,
        goal: "Probe chance correction, low agreement and missing ratings.",
      },
    ],
    rubric: "concept-question",
  },
  // Q17
  {
    slug: "quantifying-ml-driven-savings-counterfactual",
    title: "How to compute an ML-driven savings number: counterfactual, holdout or before/after",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 10,
    tags: [
      "ml-monitoring",
      "business-impact",
      "counterfactual",
      "ab-holdout",
      "pre-post-comparison",
      "fraud-detection",
      "causal-inference",
      "selection-bias",
    ],
    source: { seed, ref: "Q17" },
    brief: {
      summary:
        "A fraud model is credited with a dollar savings figure. How is such a number computed, and which method do you trust: a counterfactual baseline, an A/B holdout, or a pre/post comparison?",
      context,
      requirements: [
        "Give the default computation",
        "Name its limitations",
        "Rank the methods by strength and explain why",
      ],
      deliverable: "A spoken answer of about five minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference: the usual computation is a counterfactual: baseline rate x volume x intervention rate. Its limits are selection bias in the pre-period and drift in the baseline. An A/B holdout is strongest when business risk allows; pre/post is weakest because its confounders are unbounded.",
      keyPoints: [
        "Default framing: counterfactual savings = baseline rate x volume x intervention rate",
        "Limitations: selection bias in the pre-period and drift in the baseline",
        "Strongest method: an A/B holdout, if the business can tolerate leaving some traffic unprotected",
        "Pre/post comparison is weakest because confounders are unbounded",
      ],
      followUps: [
        {
          question: "Leadership will not accept an unprotected holdout. What now?",
          goodAnswer:
            "Use a very small holdout or a time-limited one, or fall back to the counterfactual estimate while stating its assumptions and bounding the uncertainty from baseline drift.",
        },
      ],
      signals: ["Ranks methods by causal strength", "States assumptions of the estimate"],
      redFlags: ["Presents a pre/post difference as causal savings", "Gives a single number with no caveats"],
      metrics: ["Savings estimate with confidence interval", "Holdout vs treated fraud loss rate"],
      takeaway:
        "Savings are a causal claim: holdouts are best, counterfactual baselines need stated assumptions, and pre/post is weakest.",
    },
    phases: [
      { key: "answer", title: "Answer", minutes: 6, goal: "Computation, limitations, ranking of methods." },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 4,
        goal: "Probe alternatives when a holdout is not allowed.",
      },
    ],
    rubric: "concept-question",
  },
  // Q18
  {
    slug: "time-sensitive-model-monitoring-drift-alerts",
    title: "Monitoring a time-sensitive model: drift, label delay and alert thresholds",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 10,
    tags: [
      "ml-monitoring",
      "data-drift",
      "input-drift",
      "output-drift",
      "label-delay",
      "alerting",
      "alert-fatigue",
      "false-alarm-rate",
    ],
    source: { seed, ref: "Q18" },
    brief: {
      summary:
        "You monitor a time-sensitive model in production (for example, transaction fraud where labels are confirmed days later). What exactly do you monitor, what fires an alert, and what false-alarm rate is reasonable?",
      context,
      requirements: [
        "List what you monitor and why",
        "Explain how alerts are triggered",
        "Explain how you choose thresholds",
      ],
      deliverable: "A spoken answer of about five minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference: a time-sensitive model suffers temporal drift: input features shift (transaction patterns change) and labels arrive late (confirmed days afterwards). Thresholds too tight cause alert fatigue, too loose miss events; calibrate them against historical drift events.",
      keyPoints: [
        "Monitor input feature drift, e.g. changing transaction patterns",
        "Monitor output/score distribution drift as an early proxy while labels are pending",
        "Account for label arrival delay: ground truth arrives days later, so label-based metrics lag",
        "Too-tight thresholds cause alert fatigue; too-loose thresholds miss events",
        "Calibrate thresholds against historical drift events",
      ],
      followUps: [
        {
          question: "How do you pick a false-alarm rate?",
          goodAnswer:
            "Replay historical data with known incidents, choose thresholds that would have caught them, and size the resulting false-alarm rate to what the on-call team can actually triage.",
        },
      ],
      signals: ["Treats label delay explicitly", "Calibrates alerts on history rather than guessing"],
      redFlags: ["Monitors only accuracy, which arrives days late", "Arbitrary static thresholds"],
      metrics: [
        "Feature drift statistics (e.g. PSI/KS)",
        "Score distribution drift",
        "Delayed precision/recall",
        "Alert precision",
      ],
      takeaway:
        "Watch inputs and outputs while labels lag, and set thresholds by replaying past drift events.",
    },
    phases: [
      { key: "answer", title: "Answer", minutes: 6, goal: "What to monitor, alert logic, threshold choice." },
      { key: "follow-ups", title: "Follow-ups", minutes: 4, goal: "Probe false-alarm calibration." },
    ],
    rubric: "concept-question",
  },
];

export const rubrics: RubricTemplateDefinition[] = [];
