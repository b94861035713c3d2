import type { Phase, PromptDefinition, RubricTemplateDefinition } from "../schema";

// Seed 001, section 9: evaluation methodology deep dives (Q33-Q39, including the three
// CASE questions Q33, Q35, Q39) and section 10: domain curveballs (Q40-Q42).

const seed = "001_a680b2ce5531a892" as const;

const context =
  "Senior ML evaluation engineer interview for a team that builds learned evaluators and release gates for an autonomous-driving stack. Answer out loud, then the interviewer probes with follow-ups.";

const caseContext =
  "Senior ML evaluation engineer interview, autonomous driving. This is a 15-minute structured case: talk it through stage by stage while the timer moves through the phases, and state assumptions out loud.";

/** The 6-stage case walkthrough, 15 minutes in total; goals are specialised per case. */
function casePhases(goals: {
  framing: string;
  groundTruth: string;
  method: string;
  evalOfEval: string;
  productionLoop: string;
  failureModes: string;
}): Phase[] {
  return [
    { key: "problem-framing", title: "Problem framing", minutes: 2, goal: goals.framing },
    { key: "ground-truth", title: "Ground-truth source", minutes: 3, goal: goals.groundTruth },
    { key: "method", title: "Method", minutes: 3, goal: goals.method },
    { key: "eval-of-eval", title: "Eval-of-eval", minutes: 3, goal: goals.evalOfEval },
    { key: "production-loop", title: "Production loop", minutes: 2, goal: goals.productionLoop },
    { key: "failure-modes", title: "Failure modes", minutes: 2, goal: goals.failureModes },
  ];
}

export const prompts: PromptDefinition[] = [
  // Q33 (CASE)
  {
    slug: "case-golden-set-framework-av-behavior-eval",
    title: "Case: bootstrapping a golden-set framework for AV behaviour evaluation",
    kind: "CASE",
    roundType: "ml-evaluation",
    difficulty: "HARD",
    minutes: 15,
    tags: [
      "evaluation-methodology",
      "case-study",
      "golden-set",
      "autonomous-driving",
      "behavior-taxonomy",
      "long-tail",
      "stratified-sampling",
      "synthetic-scenarios",
      "eval-of-eval",
      "inter-rater-agreement",
    ],
    source: { seed, ref: "Q33" },
    brief: {
      summary:
        "You are asked to bootstrap a golden-set framework for evaluating autonomous-vehicle driving behaviour. How would you build it: who labels, what is the taxonomy, and what do you do about long-tail scenarios that rarely appear in the data yet block a release when they go wrong?",
      context: caseContext,
      requirements: [
        "Frame what kinds of behaviour the golden set must cover",
        "Say where ground-truth labels come from and who produces them",
        "Explain how the set is structured and sized",
        "Explain how you would know the evaluators scored against it are trustworthy",
        "Describe how it is kept current in production",
        "Name the ways this framework could fail",
      ],
      constraints: [
        "Fleet logs are plentiful; human labels are expensive",
        "Some release-blocking scenarios occur very rarely in logged data",
      ],
      deliverable: "A structured 15-minute spoken walkthrough, one stage per phase.",
    },
    guide: {
      overview:
        "A 6-stage case. Strong answers separate discrete events from continuous quality, take the taxonomy from the team, source labels in tiers (rule-flagged events, human-labeled mined long tail, synthetic ultra-rare), measure per behaviour category with sub-golden-sets sized to detect a 2 pp regression, keep a permanent ~5% human holdout for evaluator calibration, refresh on model versions and drift triggers, and name labeler bias, synthetic drift and staleness as failure modes.",
      whyAsked:
        "Golden sets are the foundation of every release decision an AV evaluation team makes; the case checks structured thinking across the full lifecycle.",
      referenceSteps: [
        {
          title: "1. Problem framing",
          detail:
            "Split the space into discrete behavioural events (cut-ins, hard braking, lane changes with no signal) and continuous quality (comfort, lane-keeping deviation). Take the taxonomy and the list of release-blocking subtypes from the team instead of assuming them.",
        },
        {
          title: "2. Ground-truth source",
          detail:
            "Stratified sampling in tiers: any event the rules flagged in fleet logs counts as a cheap golden positive; humans label long-tail cases pulled from fleet replay (costly but targeted); the rarest scenarios are generated synthetically.",
        },
        {
          title: "3. Method",
          detail:
            "Build a sub-golden-set per scenario type so precision/recall is measured per behaviour category, never only in aggregate, because aggregates hide tail failures. Size each sub-set so its confidence interval can detect a 2 percentage-point regression.",
        },
        {
          title: "4. Eval-of-eval",
          detail:
            "Permanently hold out about 5% of human labels for evaluator calibration, kept out of evaluator training; score the evaluator's precision/recall on that frozen set, not on the model under test.",
        },
        {
          title: "5. Production loop",
          detail:
            "Refresh every quarter, or sooner when drift fires (the fleet's distribution shifts, a new ODD region opens); plot agreement between evaluator and humans on a control chart over time.",
        },
        {
          title: "6. Failure modes",
          detail:
            "(a) Labeler bias when one team owns the set: rotate labelers and measure inter-rater agreement. (b) Synthetic edge cases that wander away from what the real world looks like: recalibrate periodically against real fleet data. (c) Staleness as behaviour changes across model versions: tie refresh to model versions, not only the calendar.",
        },
      ],
      keyDecisions: [
        {
          decision: "Where golden labels come from",
          options: [
            "Rule-flagged fleet events",
            "Long-tail cases mined from fleet replay and labeled by humans",
            "Synthetic generation for ultra-rare scenarios",
          ],
          tradeOff:
            "Rule-flagged positives are cheap but only cover what rules know; human labels are expensive but reach the long tail; synthetic covers the rarest cases but can drift from reality.",
        },
        {
          decision: "Aggregate vs per-category measurement",
          options: ["One aggregate precision/recall", "Per-scenario-type sub-golden-sets"],
          tradeOff:
            "Aggregates need fewer labels but hide tail failures; per-category sets cost more labels but are what release decisions need.",
        },
        {
          decision: "Refresh trigger",
          options: ["Calendar (quarterly)", "Drift trigger (fleet shift, new ODD)", "Model version change"],
          tradeOff:
            "Calendar refresh is predictable but can be stale exactly when behaviour changes; version- and drift-tied refresh tracks reality at the cost of planning overhead.",
        },
      ],
      keyPoints: [
        "Separate discrete events (cut-ins, hard braking, unsignalled lane changes) from continuous quality (comfort, lane-keeping deviation)",
        "Get the taxonomy and release-blocking subtypes from the team; do not invent them",
        "Tiered ground truth: rule-flagged events as cheap positives, human-labeled mined long tail, synthetic ultra-rare scenarios",
        "Per-scenario-type sub-golden-sets, each sized so its CI can detect a 2 pp regression; aggregates hide tail failures",
        "Permanent ~5% human holdout for evaluator calibration, measured against the frozen set and not the model under test",
        "Refresh quarterly or on drift triggers (fleet shift, new ODD region) and tie refresh to model versions; control-chart evaluator-vs-human agreement",
        "Failure modes: labeler bias (rotate and measure inter-rater agreement), synthetic drift (real-fleet recalibration), staleness",
      ],
      followUps: [
        {
          question:
            "A release-blocking scenario appears five times a year in fleet logs. How does it get into the golden set with enough examples?",
          goodAnswer:
            "Mine every real occurrence from fleet replay for human labeling, then add synthetic variants to reach the size its sub-set needs, and periodically check synthetic examples against the real ones so they do not drift.",
        },
        {
          question: "How many labels does detecting a 2 pp regression need?",
          goodAnswer:
            "It is a power calculation on a proportion: the standard error shrinks with the square root of n, so a 2 pp detectable change needs on the order of thousands of examples per sub-set at typical rates; state the calculation instead of a guess.",
        },
        {
          question: "Why not measure evaluator accuracy on the model under test's outputs?",
          goodAnswer:
            "That conflates evaluator error with model change; a frozen human-labeled calibration set isolates the evaluator's own precision and recall.",
        },
      ],
      signals: [
        "Walks the six stages explicitly and keeps to time",
        "Asks for the team's taxonomy before proposing one",
        "Insists on per-category metrics sized by statistics",
        "Treats humans as the calibration anchor and measures their agreement",
      ],
      redFlags: [
        "One aggregate metric for all behaviours",
        "Golden set built once and never refreshed",
        "Evaluator validated against the model under test",
        "Invents a release-blocking taxonomy without asking",
        "Relies only on rule-flagged positives, so the set only knows what the rules know",
      ],
      metrics: [
        "Per-category evaluator precision/recall with confidence intervals",
        "Minimum detectable regression per sub-set (target 2 pp)",
        "Evaluator-vs-human agreement control chart",
        "Inter-rater agreement among labelers",
      ],
      takeaway:
        "A golden set is a living, per-category, statistically sized asset anchored on calibrated humans and refreshed when the model or the world changes.",
    },
    phases: casePhases({
      framing:
        "Separate discrete events from continuous quality and ask for the team's taxonomy and release-blocking subtypes.",
      groundTruth:
        "Tiered label sources: rule-flagged positives, human-labeled mined long tail, synthetic ultra-rare.",
      method: "Per-scenario-type sub-golden-sets sized to detect a 2 pp regression.",
      evalOfEval: "Permanent ~5% human holdout for evaluator calibration, measured against the frozen set.",
      productionLoop: "Refresh cadence and drift triggers; evaluator-vs-human agreement on a control chart.",
      failureModes: "Labeler bias, synthetic drift, staleness, each with a mitigation.",
    }),
    rubric: "case-walkthrough",
  },
  // Q34
  {
    slug: "llm-judge-calibration-drift-recalibration-ladder",
    title: "LLM-as-a-judge calibration drift: monitoring cadence and when to re-prompt, retrain or replace",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "HARD",
    minutes: 10,
    tags: [
      "evaluation-methodology",
      "llm-as-a-judge",
      "judge-drift",
      "calibration-set",
      "recalibration",
      "few-shot",
      "fine-tuning",
      "monitoring",
    ],
    source: { seed, ref: "Q34" },
    brief: {
      summary:
        "Your LLM judges drift even though prompts and the model version have not changed. How do you monitor them, how often do you recalibrate, and what signal tells you to re-prompt, re-train or replace a judge?",
      context,
      requirements: [
        "Explain why judges drift with nothing changed on your side",
        "Describe monitoring and its cadence",
        "Give an escalation path with triggers",
      ],
      deliverable: "A spoken answer of about five minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference: drift comes from provider model updates, prompt-template changes and input distribution shift. Track precision on a fixed calibration set every day, over a rolling window. Escalate along a ladder: re-prompt (cheap), refresh few-shot examples (medium), fine-tune the judge (expensive), replace the judge architecture (rare). Trigger: calibration-slice precision drops more than 3 pp week over week.",
      keyPoints: [
        "Judges drift because of upstream model updates, edits to prompt templates, and shifting input distributions",
        "'Same prompt and version' on your side does not rule out input distribution shift or upstream changes",
        "Compute the judge's precision on a fixed calibration set each day, over a rolling window",
        "Recalibration ladder: re-prompt -> refresh few-shot examples -> fine-tune the judge -> replace the judge architecture",
        "Trigger: judge precision on the calibration slice falls by more than 3 pp week over week",
      ],
      followUps: [
        {
          question: "How do you decide which rung of the ladder to use?",
          goodAnswer:
            "Start with the cheapest fix that restores calibration-set precision; move up only if the drop persists or is structural (e.g. a new input type the prompt cannot handle), and replace only when repeated fine-tunes fail.",
        },
        {
          question: "How do you tell distribution shift from judge degradation?",
          goodAnswer:
            "The fixed calibration set holds inputs constant: a drop there is the judge; stable calibration precision with changing production scores points at shifted inputs.",
        },
      ],
      signals: ["Fixed calibration set as the control", "Cost-ordered escalation with a numeric trigger"],
      redFlags: ["Assumes pinned prompts mean no drift", "Jumps to fine-tuning or replacement first"],
      metrics: [
        "Daily rolling precision on the calibration set",
        "Week-over-week precision change (3 pp trigger)",
      ],
      takeaway:
        "Hold inputs fixed to see judge drift, and climb a cost-ordered recalibration ladder only as far as needed.",
    },
    phases: [
      { key: "answer", title: "Answer", minutes: 6, goal: "Drift sources, monitoring, ladder and trigger." },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 4,
        goal: "Probe ladder choice and isolating drift.",
      },
    ],
    rubric: "concept-question",
  },
  // Q35 (CASE)
  {
    slug: "case-agentic-eval-unprotected-left-turn",
    title: "Case: an agentic workflow to evaluate an unprotected left turn, with the human in the loop",
    kind: "CASE",
    roundType: "ml-evaluation",
    difficulty: "HARD",
    minutes: 15,
    tags: [
      "evaluation-methodology",
      "case-study",
      "agentic-evaluation",
      "autonomous-driving",
      "vlm",
      "retrieval",
      "chain-of-thought",
      "per-criterion-scoring",
      "human-in-the-loop",
      "eval-of-eval",
      "inter-rater-agreement",
    ],
    source: { seed, ref: "Q35" },
    brief: {
      summary:
        "Design an agentic workflow that evaluates a complex driving scenario such as an unprotected left turn by chaining VLM perception, retrieval, structured reasoning and a final metric. Where does the human sit in the loop?",
      context: caseContext,
      requirements: [
        "Define what 'correct' means for this scenario",
        "Say where ground truth comes from",
        "Describe each step of the agentic chain and what it outputs",
        "Explain how you validate the workflow's judgments",
        "Describe how it runs in production and where humans intervene",
        "Name the ways it could fail",
      ],
      constraints: [
        "Its verdicts may eventually block a software release",
        "Input is logged driving clips with sensor video",
      ],
      deliverable: "A structured 15-minute spoken walkthrough, one stage per phase.",
    },
    guide: {
      overview:
        "A 6-stage case. Strong answers define several correctness criteria and keep them separate, calibrate on human per-criterion ratings with measured inter-rater agreement, chain VLM perception -> retrieval of similar clips -> per-criterion structured CoT -> weighted per-criterion and scenario scores, validate each criterion against humans and watch for criteria collapsing into one, log CoT traces and human-review blocking verdicts, and anticipate perception misses, criterion disagreement and self-referential retrieval.",
      whyAsked:
        "Agentic, VLM-based evaluators are where AV evaluation is heading; the case tests whether the candidate can make one trustworthy enough to gate a release.",
      referenceSteps: [
        {
          title: "1. Problem framing",
          detail:
            "Several correctness criteria: yielded correctly, accepted a safe gap, comfortable acceleration, kept its lane, finished within a reasonable time. A single score throws away what the release manager needs; report per-criterion scores plus an aggregate.",
        },
        {
          title: "2. Ground-truth source",
          detail:
            "Human raters score each criterion on a sampled set, which becomes the calibration set. Check how well the raters agree, with Cohen's kappa or Krippendorff's alpha, before treating those ratings as ground truth.",
        },
        {
          title: "3. Method (the agentic chain)",
          detail:
            "(a) A VLM perception step pulls out agents, lanes and traffic signals. (b) Similar past clips are retrieved to give a behavioural baseline. (c) Structured chain-of-thought with a prompt template per criterion. (d) Per-criterion scores plus an aggregated scenario score with explicit weights.",
        },
        {
          title: "4. Eval-of-eval",
          detail:
            "Per-criterion judge precision/recall against the human calibration labels. Watch correlation between criteria: if all criteria correlate above 0.95 the judge has collapsed to one dimension, the per-criterion structure adds nothing, and the design should be simplified.",
        },
        {
          title: "5. Production loop",
          detail:
            "Store the CoT trace with every score so 'why did this clip block the release' can be answered. Before the metric gates deployments, humans review a sample of release-blocking verdicts.",
        },
        {
          title: "6. Failure modes",
          detail:
            "(a) Perception misses a subtle agent (motorcyclist in the blind spot) and produces a false greenlight: use multiple frames, higher-resolution clips, redundant perception. (b) Criteria disagree on the overall verdict: treat the disagreement itself as an escalation signal. (c) The retrieval pool contains the AV's own past behaviour, making the judge self-reinforcing: exclude clips from the same model.",
        },
      ],
      keyDecisions: [
        {
          decision: "Score shape",
          options: ["Single scenario score", "Per-criterion scores plus weighted aggregate"],
          tradeOff:
            "A single score is easy to gate on but hides which behaviour failed; per-criterion scores keep the information release managers need, at the cost of more calibration work.",
        },
        {
          decision: "What the retrieval pool contains",
          options: ["All past clips", "Past clips excluding the model under test"],
          tradeOff:
            "A bigger pool gives better baselines, but including the AV's own behaviour makes the judge grade the model against itself.",
        },
      ],
      keyPoints: [
        "Multiple correctness criteria (yield, gap acceptance, comfort, lane keeping, completion time); per-criterion plus aggregate scoring",
        "Human per-criterion ratings on a sample form the calibration set, trusted only once rater agreement has been measured with Cohen's kappa or Krippendorff's alpha",
        "Chain: VLM perception -> retrieval of similar clips -> per-criterion structured CoT -> per-criterion and weighted aggregate scores",
        "Validate per-criterion precision/recall against humans; if criteria correlate above 0.95, the structure has collapsed and should be simplified",
        "Store the CoT trace next to each score; people check a sample of verdicts that would block a release before the metric is allowed to gate",
        "Failure modes: missed subtle agents (false greenlight), criterion disagreement (escalate), retrieval contaminated by the AV's own behaviour (exclude same-model clips)",
      ],
      followUps: [
        {
          question: "Where exactly is the human in the loop?",
          goodAnswer:
            "Three places: producing the per-criterion calibration labels (with agreement measured), reviewing sampled release-blocking verdicts before the metric gates, and handling escalations when criteria disagree.",
        },
        {
          question: "How do you set the aggregate weights?",
          goodAnswer:
            "Make them explicit and owned by the safety/release stakeholders, check their effect against human overall judgments on the calibration set, and report per-criterion scores alongside so weights cannot hide a failing criterion.",
        },
        {
          question: "Why is a false greenlight from perception worse than a false block?",
          goodAnswer:
            "A false block costs a review; a false greenlight lets a safety regression ship, so perception redundancy and higher resolution are worth their cost on release-gating clips.",
        },
      ],
      signals: [
        "Keeps criteria separate and checks they carry distinct signal",
        "Measures human agreement before calling labels ground truth",
        "Makes the chain debuggable with logged reasoning traces",
        "Names retrieval self-contamination without prompting",
      ],
      redFlags: [
        "Single opaque score from one prompt",
        "Treats human ratings as truth without agreement statistics",
        "No human review before the metric gates a release",
        "Retrieval pool includes the model under test",
      ],
      metrics: [
        "Judge precision/recall per criterion against human labels",
        "Inter-criterion correlation (collapse check at 0.95)",
        "Human inter-rater agreement (Cohen's kappa / Krippendorff's alpha)",
        "Human-review overturn rate of release-blocking verdicts",
      ],
      takeaway:
        "Make every link in the chain inspectable, keep criteria genuinely separate, and put calibrated humans at calibration, gating and escalation.",
    },
    phases: casePhases({
      framing: "Define multiple correctness criteria and why per-criterion plus aggregate scoring is needed.",
      groundTruth:
        "Human per-criterion ratings on a sample as calibration set, with inter-rater agreement measured first.",
      method: "Walk the chain: VLM perception, retrieval, per-criterion structured CoT, weighted scoring.",
      evalOfEval: "Per-criterion precision/recall vs humans and the criterion-collapse check.",
      productionLoop: "CoT trace logging and human review of release-blocking verdicts.",
      failureModes:
        "Perception misses, criterion disagreement, retrieval self-contamination, with mitigations.",
    }),
    rubric: "case-walkthrough",
  },
  // Q36
  {
    slug: "inter-rater-agreement-kappa-subjective-driving-labels",
    title:
      "Inter-rater agreement for subjective driving labels: Cohen's kappa, Fleiss' kappa, Krippendorff's alpha and the 0.6 / 0.8 thresholds",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 8,
    tags: [
      "kappa",
      "inter-rater-agreement",
      "inter-rater-reliability",
      "cohens-kappa",
      "fleiss-kappa",
      "krippendorffs-alpha",
      "weighted-kappa",
      "icc",
      "label-quality",
      "subjective-labels",
      "evaluation-methodology",
      "autonomous-driving",
    ],
    source: { seed, ref: "Q36" },
    brief: {
      summary:
        "Raters label subjective driving events, for instance whether a lane change felt uncomfortable. Which agreement statistic fits, and above what value would you trust the labels?",
      context,
      requirements: [
        "Choose a metric for categorical labels with two raters and with more than two",
        "Choose a metric for ordinal ratings such as comfort on a 1-5 scale",
        "Give thresholds and what you do below them",
      ],
      deliverable: "A spoken answer of about four minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Core inter-rater agreement reference. For categorical labels with two raters use Cohen's kappa; with three or more, Fleiss' kappa or Krippendorff's alpha. For ordinal comfort scores on a 1-5 scale, use weighted kappa or the intraclass correlation (ICC). Thresholds: kappa above 0.6 is substantial, above 0.8 is strong (the Landis & Koch reading). Below 0.6, fix the labeling guideline before blaming the raters. The same statistics and thresholds are useful for calibrating interviewers who score the same session.",
      whyAsked:
        "Subjective labels are everywhere in driving evaluation (comfort, assertiveness); every evaluator built on them is capped by how much humans agree.",
      referenceSteps: [
        {
          title: "Categorical, two raters",
          detail:
            "Cohen's kappa: agreement corrected for chance, kappa = (p_observed - p_expected) / (1 - p_expected).",
        },
        {
          title: "Categorical, more than two raters",
          detail:
            "Fleiss' kappa, or Krippendorff's alpha, which also copes with missing ratings and any number of raters.",
        },
        {
          title: "Ordinal scales",
          detail:
            "Weighted kappa (near-misses count partially) or ICC for comfort-style 1-5 ratings; Krippendorff's alpha with an ordinal distance also works.",
        },
        {
          title: "Thresholds",
          detail:
            "Above 0.6 substantial, above 0.8 strong. Under 0.6, fix the rubric: clearer definitions, examples and edge cases, then re-measure.",
        },
      ],
      keyDecisions: [
        {
          decision: "Agreement statistic",
          options: [
            "Cohen's kappa (2 raters)",
            "Fleiss' kappa (>2 raters)",
            "Krippendorff's alpha (>2 raters, missing data, ordinal)",
            "Weighted kappa / ICC (ordinal)",
          ],
          tradeOff:
            "Cohen's is simplest but limited to two raters; Fleiss' handles more raters on nominal labels; Krippendorff's alpha is the most general; weighted kappa and ICC respect the ordering of comfort scores instead of treating 4 vs 5 as a total disagreement.",
        },
      ],
      keyPoints: [
        "Categorical, two raters: Cohen's kappa. Categorical, three or more raters: Fleiss' kappa or Krippendorff's alpha",
        "Ordinal scales such as a 1-5 comfort score: weighted kappa or intraclass correlation (ICC)",
        "Kappa corrects for chance agreement; raw percent agreement overstates reliability on skewed labels",
        "Reading the value (Landis & Koch): above 0.6 is substantial agreement, above 0.8 strong",
        "Under 0.6, the fix is a clearer labeling rubric, not different raters",
        "Krippendorff's alpha is preferred with missing ratings, ordinal data or more than two raters",
        "Human agreement caps how well any learned evaluator can agree with humans",
      ],
      followUps: [
        {
          question: "Agreement on 'uncomfortable lane change' comes back at 0.5. What do you do?",
          goodAnswer:
            "Treat it as a definition problem: inspect disagreements, add concrete criteria (e.g. lateral acceleration or jerk ranges, examples of borderline cases), retrain raters on the revised rubric and re-measure before using the labels.",
        },
        {
          question: "Two raters agree 95% of the time but kappa is low. How?",
          goodAnswer:
            "The label is heavily skewed (most lane changes are comfortable), so chance agreement is already high; kappa shows the raters rarely agree on the rare positive class, which is the one that matters.",
        },
        {
          question: "Why might you choose alpha over Fleiss' kappa?",
          goodAnswer:
            "Not every rater labels every item, the labels are ordinal, or you want one statistic that works across label types; Krippendorff's alpha handles all three.",
        },
      ],
      signals: [
        "Picks the statistic by rater count and label scale",
        "Quotes 0.6 / 0.8 and what to do below 0.6",
        "Explains chance correction",
      ],
      redFlags: [
        "Uses percent agreement",
        "Uses Cohen's kappa for many raters or unweighted kappa for ordinal comfort scores",
        "Blames raters before the rubric",
      ],
      metrics: ["Cohen's kappa", "Fleiss' kappa", "Krippendorff's alpha", "Weighted kappa", "ICC"],
      takeaway:
        "Match the agreement statistic to raters and scale, trust labels above 0.6 (strongly above 0.8), and fix the rubric when agreement is lower.",
    },
    phases: [
      {
        key: "answer",
        title: "Choose metric and threshold",
        minutes: 5,
        goal: "Statistics by label type and rater count; thresholds and remedy.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 3,
        goal: "Probe low agreement, chance correction and alpha vs kappa.",
      },
    ],
    rubric: "concept-question",
  },
  // Q37
  {
    slug: "release-gating-learned-metric-statistical-guarantees",
    title: "Block or greenlight: statistical guarantees before a learned metric gates a release",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "HARD",
    minutes: 12,
    tags: [
      "evaluation-methodology",
      "release-gating",
      "learned-metrics",
      "bootstrap",
      "confidence-intervals",
      "false-positive-rate",
      "false-negative-rate",
      "stakeholder-communication",
      "safety-case",
    ],
    source: { seed, ref: "Q37" },
    brief: {
      summary:
        "A learned metric is proposed as a block-or-greenlight gate for software releases. Before it may block or pass a release, what must it guarantee statistically, and how would you present a probabilistic result to release managers who are accustomed to a deterministic pass or fail?",
      context,
      requirements: [
        "Name the error rates that matter",
        "Describe the statistical procedure for the gate",
        "Explain how you would communicate the result",
      ],
      deliverable: "A spoken answer of about six minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference: estimate the false-positive rate (greenlighting a regression) and false-negative rate (blocking a good release). Put bootstrap confidence intervals on the metric and require the lower bound to clear the threshold before greenlighting. Communicate in release-manager terms, e.g. 'at this confidence interval, we are 95% confident the regression is below X%'. Waymo's published safety-case methodology (Case Credibility Assessment) is relevant reading.",
      keyPoints: [
        "Know both error rates: false positives (a regression gets greenlit) and false negatives (a good release gets blocked)",
        "Use bootstrap confidence intervals on the metric",
        "Greenlight only when the CI lower bound is above the threshold",
        "Translate into release-manager language: '95% confident the regression is below X%'",
        "The two error types have asymmetric costs in a safety-critical release",
      ],
      followUps: [
        {
          question: "The CI straddles the threshold. What happens?",
          goodAnswer:
            "Not a greenlight: either gather more evaluation data to narrow the interval, or escalate to human review; a conservative default protects against shipping a regression.",
        },
        {
          question: "How do you estimate the gate's false-positive rate in the first place?",
          goodAnswer:
            "Replay historical releases with known outcomes or inject known regressions, and measure how often the gate would have passed them.",
        },
      ],
      signals: [
        "Names both error types with costs",
        "Uses lower-bound logic rather than point estimates",
        "Speaks the stakeholder's language",
      ],
      redFlags: ["Gates on a point estimate", "Cannot translate uncertainty for non-ML stakeholders"],
      metrics: ["Gate false-positive and false-negative rates", "Bootstrap CI of the release metric"],
      takeaway:
        "Gate on the lower confidence bound, know both error rates, and state the result as a confidence statement a release manager can act on.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify",
        minutes: 2,
        goal: "Understand what the metric measures and who decides releases.",
      },
      {
        key: "answer",
        title: "Guarantees and communication",
        minutes: 6,
        goal: "Error rates, bootstrap CI gate, communication.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 4,
        goal: "Probe borderline CIs and error-rate estimation.",
      },
    ],
    rubric: "concept-question",
  },
  // Q38
  {
    slug: "frozen-large-vlm-vs-fine-tuned-small-model-video-eval",
    title: "Frozen large VLM vs fine-tuned small model for scoring video clips at scale",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 10,
    tags: [
      "evaluation-methodology",
      "video-understanding",
      "vlm",
      "fine-tuning",
      "cost-latency-accuracy",
      "hybrid-architecture",
      "model-selection",
      "auditing",
    ],
    source: { seed, ref: "Q38" },
    brief: {
      summary:
        "For evaluating driving video at scale, compare scoring each clip with a large frozen VLM against a smaller fine-tuned model. What does the cost/latency/accuracy frontier look like, and what would you deploy?",
      context,
      requirements: [
        "Compare the two options on cost, latency, capability and maintenance",
        "Describe the frontier",
        "Recommend an architecture",
      ],
      deliverable: "A spoken answer of about five minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference: a frozen large VLM costs nothing to train, has broad capability and is robust to prompt changes, but inference is expensive. A fine-tuned small model is cheap to run but narrow and needs labeled data and a retraining cadence. The frontier is a hybrid: the small model scores the high-volume bulk, the frozen large model audits a sample and handles edge cases.",
      keyPoints: [
        "Large frozen VLM: nothing to train and wide capability, but every clip is expensive to score; it copes well with prompt changes",
        "Fine-tuned small model: cheap inference, narrow capability, needs labeled data and a retraining cadence",
        "Hybrid frontier: small model for bulk volume, frozen large model for sampling-based audits and edge-case scoring",
        "Agreement between the two on the audit sample doubles as a drift monitor for the small model",
      ],
      followUps: [
        {
          question: "How do you decide which clips go to the large model?",
          goodAnswer:
            "A random audit sample for unbiased agreement estimates, plus targeted routing of clips where the small model is uncertain or the scenario is rare or release-critical.",
        },
      ],
      signals: ["Thinks in a frontier, not a single winner", "Uses the big model to watch the small one"],
      redFlags: [
        "Picks one option for everything",
        "Ignores the retraining and labeling cost of the small model",
      ],
      metrics: [
        "Cost per scored clip",
        "Latency/throughput",
        "Agreement with human labels",
        "Small-vs-large agreement on the audit sample",
      ],
      takeaway:
        "Run the cheap model on volume and the big model on audits and edge cases; their agreement tells you when to retrain.",
    },
    phases: [
      {
        key: "answer",
        title: "Compare and recommend",
        minutes: 6,
        goal: "Trade-offs, frontier, architecture.",
      },
      { key: "follow-ups", title: "Follow-ups", minutes: 4, goal: "Probe routing between models." },
    ],
    rubric: "concept-question",
  },
  // Q39 (CASE)
  {
    slug: "case-rule-based-to-learned-eval-migration",
    title: "Case: migrating from rule-based to learned evaluation without losing the safety floor",
    kind: "CASE",
    roundType: "ml-evaluation",
    difficulty: "HARD",
    minutes: 15,
    tags: [
      "evaluation-methodology",
      "case-study",
      "rule-based-systems",
      "learned-evaluator",
      "migration",
      "safety-floor",
      "phased-rollout",
      "autonomous-driving",
      "eval-of-eval",
      "release-gating",
    ],
    source: { seed, ref: "Q39" },
    brief: {
      summary:
        "Driving behaviour is currently evaluated by hand-written rules, and the team wants to move to a learned evaluator. How do you retire the rules while keeping the safety floor they guarantee? Lay out the migration playbook.",
      context: caseContext,
      requirements: [
        "Frame what rules and a learned evaluator each give you",
        "Say where ground truth comes from, inside and outside what the rules cover",
        "Describe how the learned evaluator is trained and extended",
        "Set the trust thresholds it must meet",
        "Describe the rollout and how rules are retired",
        "Name the ways the migration could fail",
      ],
      constraints: [
        "Years of fleet logs already scored by the rules",
        "The evaluator's verdicts gate software releases",
      ],
      deliverable: "A structured 15-minute spoken walkthrough, one stage per phase.",
    },
    guide: {
      overview:
        "A 6-stage case. Strong answers treat rules as cheap, deterministic and known-incomplete, and the learned evaluator as expensive, probabilistic and broader; use rule verdicts as ground truth inside rule coverage and humans outside it; first match rules, then extend; require ~99% agreement inside coverage and ~90% human agreement outside; run both in parallel, block on agreement or on out-of-coverage flags, escalate disagreements, sunset per category; and guard against rule overfitting, premature sunsetting and drift.",
      whyAsked:
        "Every evaluation team inherits rules; the case checks whether the candidate can extend coverage while provably keeping the floor.",
      referenceSteps: [
        {
          title: "1. Problem framing",
          detail:
            "Rules are cheap, deterministic and known to be incomplete: they miss behaviours nobody wrote a rule for. A learned evaluator is expensive and probabilistic but broader. The migration must extend coverage without giving up the safety floor.",
        },
        {
          title: "2. Ground-truth source",
          detail:
            "Inside rule coverage, rule verdicts on historical fleet data are the initial ground truth: events the rules flagged count as positives and in-scope events they left unflagged count as negatives. Outside rule coverage, human review provides ground truth.",
        },
        {
          title: "3. Method",
          detail:
            "(a) Train the learned evaluator to reproduce rule verdicts on rule-covered scenarios, as a consistency check. (b) Extend it to scenarios the rules do not cover, which is where the value is. (c) Check those extensions with human reviewers on a stratified sample.",
        },
        {
          title: "4. Eval-of-eval",
          detail:
            "Trust thresholds: agreement with rules above X (target around 99%) before the learned evaluator is trusted in covered scenarios; agreement with humans above Y (around 90%) outside coverage, a lower bar because human inter-rater reliability caps the achievable ceiling.",
        },
        {
          title: "5. Production loop",
          detail:
            "Roll out in phases and keep the rules running alongside as a cross-check during the first N months. The learned evaluator blocks a release only when rules and learned evaluator both see a regression, or when it flags one outside rule coverage. Disagreements go to human review. Retire rules category by category as trust builds, never all at once.",
        },
        {
          title: "6. Failure modes",
          detail:
            "(a) The learned evaluator overfits the rule pattern and does not generalise: measure on held-out scenarios outside rule coverage rather than on how well it reproduces rules. (b) Safety-critical rules switched off too soon, since the overall agreement number looked fine while rare tail cases were failing: retire by category, each with its own explicit trust threshold. (c) Rules and learned evaluator drift apart: schedule agreement audits tied to model versions.",
        },
      ],
      keyDecisions: [
        {
          decision: "When the learned evaluator may block a release",
          options: [
            "Whenever it flags a regression",
            "Only when rules agree, or when the flag is outside rule coverage",
          ],
          tradeOff:
            "Blocking on every learned flag extends coverage fastest but exposes releases to learned false positives; requiring agreement in covered scope keeps the floor while trust is built.",
        },
        {
          decision: "How rules are retired",
          options: [
            "All at once after aggregate agreement looks good",
            "Per category with per-category thresholds",
          ],
          tradeOff:
            "Bulk sunsetting is simpler but lets a good aggregate hide failing safety-critical tails; per-category retirement is slower and safer.",
        },
      ],
      keyPoints: [
        "Rules: cheap, deterministic, known-incomplete; learned evaluation: expensive, probabilistic, broader; keep the floor while extending coverage",
        "Inside rule coverage, rule verdicts on historical fleet data are initial ground truth; outside it, human review",
        "Train to match rules first (consistency), then extend to uncovered scenarios (value), validated against humans on a stratified sample",
        "Trust thresholds: ~99% agreement with rules in coverage; ~90% agreement with humans outside, capped by human inter-rater reliability",
        "Run rules in parallel for the first N months; block only on joint agreement or out-of-coverage flags; escalate disagreements to humans",
        "Retire rules one category at a time as trust is earned, never in one sweep",
        "Failure modes: overfitting to rules, premature sunsetting of safety-critical rules, rule/learned drift; audits tied to model versions",
      ],
      followUps: [
        {
          question: "Why is the bar outside rule coverage lower (~90%) than inside (~99%)?",
          goodAnswer:
            "Inside coverage the reference is deterministic rule output, so near-perfect agreement is achievable; outside, the reference is human judgment whose own inter-rater reliability caps achievable agreement.",
        },
        {
          question: "Aggregate agreement with rules is 99.5%. Can you retire all rules?",
          goodAnswer:
            "No: check per category; a rare safety-critical category can fail badly while the aggregate looks excellent. Retire only categories that individually meet their thresholds.",
        },
        {
          question: "How do you show the learned evaluator did not just memorise the rules?",
          goodAnswer:
            "Measure it on held-out scenarios outside rule coverage, validated by humans; matching rules only proves consistency, not generalisation.",
        },
      ],
      signals: [
        "Separates consistency (matching rules) from value (new coverage)",
        "Sets numeric trust thresholds and explains why they differ",
        "Keeps rules in parallel and retires them per category",
        "Ties agreement audits to model versions",
      ],
      redFlags: [
        "Big-bang replacement of rules",
        "Uses rule agreement alone as proof of quality",
        "Retires rules on aggregate agreement",
        "No escalation path for rule/learned disagreements",
      ],
      metrics: [
        "Agreement with rules inside coverage (target ~99%) per category",
        "Agreement with humans outside coverage (target ~90%)",
        "Human inter-rater reliability on the out-of-coverage sample",
        "Disagreement/escalation rate over time",
      ],
      takeaway:
        "Match the rules first, earn new coverage against humans, run both in parallel, and retire rules one category at a time.",
    },
    phases: casePhases({
      framing: "Contrast rules and learned evaluation and state the goal: extend coverage, keep the floor.",
      groundTruth: "Rule verdicts as ground truth inside coverage, human review outside.",
      method: "Match rules, extend beyond them, validate extensions on a stratified human sample.",
      evalOfEval: "Trust thresholds inside and outside rule coverage and why they differ.",
      productionLoop: "Parallel running, blocking logic, escalation and per-category sunsetting.",
      failureModes: "Rule overfitting, premature sunsetting, drift, each with a mitigation.",
    }),
    rubric: "case-walkthrough",
  },
  // Q40
  {
    slug: "av-scenario-based-evaluation-landmarks",
    title: "AV scenario-based evaluation: the public landmarks worth knowing",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "EASY",
    minutes: 6,
    tags: [
      "domain-curveballs",
      "autonomous-driving",
      "scenario-based-evaluation",
      "safety-case",
      "behavioral-taxonomy",
      "motion-forecasting",
      "public-datasets",
    ],
    source: { seed, ref: "Q40" },
    brief: {
      summary:
        "For scenario-based evaluation of autonomous vehicles, what are the public landmarks: methodologies, taxonomies, models and datasets? What would you read to get up to speed?",
      context,
      requirements: [
        "Name safety-case and taxonomy references",
        "Name recent learned-planner work",
        "Name public datasets",
      ],
      deliverable: "A spoken answer of about three minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Domain-awareness check. Reference list: Waymo's safety-case methodology and behavioural catalog, NHTSA behavioural taxonomies, learned-planner work such as MotionLM, Wayformer and VAD, and public datasets nuScenes and the Waymo Open Motion Dataset.",
      keyPoints: [
        "Waymo's safety-case methodology and behavioural catalog (including the Case Credibility Assessment write-up)",
        "NHTSA behavioural taxonomies",
        "Learned-planner literature: MotionLM (motion forecasting as language modeling), Wayformer, VAD (vectorized end-to-end planning)",
        "Public datasets: nuScenes and the Waymo Open Motion Dataset",
      ],
      followUps: [
        {
          question: "Why should an evaluation engineer read planner papers?",
          goodAnswer:
            "The evaluator has to understand what the planner optimises and how it fails, e.g. multi-agent forecasting in MotionLM or vectorized planning in VAD, to design scenarios and metrics that catch those failures.",
        },
      ],
      signals: [
        "Names concrete sources across methodology, taxonomy, models and data",
        "Connects reading to evaluation work",
      ],
      redFlags: ["Only generic ML references", "No awareness of safety-case methodology"],
      metrics: [],
      takeaway:
        "Know the safety-case, taxonomy, planner and dataset landmarks so evaluation scenarios are grounded in the field's shared vocabulary.",
    },
    phases: [
      { key: "answer", title: "Answer", minutes: 4, goal: "Name the landmarks across categories." },
      { key: "follow-ups", title: "Follow-ups", minutes: 2, goal: "Probe why each matters for evaluation." },
    ],
    rubric: "concept-question",
  },
  // Q41
  {
    slug: "defining-cut-in-for-annotator-agreement",
    title: "Writing an annotator-proof definition of a 'cut-in', with its edge cases",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 8,
    tags: [
      "domain-curveballs",
      "autonomous-driving",
      "cut-in",
      "labeling-guidelines",
      "behavior-taxonomy",
      "time-to-collision",
      "edge-cases",
      "inter-rater-agreement",
    ],
    source: { seed, ref: "Q41" },
    brief: {
      summary:
        "Give a definition of a 'cut-in' tight enough that two annotators labeling the same drive reach the same verdicts. Which edge cases strain it?",
      context,
      requirements: [
        "Give an operational definition with measurable terms",
        "List edge cases and how you would treat them",
        "Say how this fits with existing team definitions",
      ],
      deliverable: "A spoken answer of about four minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference working definition: a vehicle from an adjacent lane enters the ego lane ahead of ego within a time-to-collision threshold (e.g. under 3 s) without leaving enough gap. Hard cases: zipper merges, which are deliberate and follow the merging convention (arguably not cut-ins); slow urban traffic, where the TTC threshold must change; and cyclists or scooters, which form a separate hazard class. Production taxonomies have five or more subtypes, so build on definitions the team already uses.",
      keyPoints: [
        "Working definition: a vehicle from the neighbouring lane moves into the ego lane in front of ego with time-to-collision under a threshold (say 3 s) and an insufficient gap",
        "Measurable terms (TTC, gap) are what make annotators agree",
        "Edge case: zipper merges are intentional and follow protocol, so arguably not a cut-in",
        "Edge case: slow-speed urban driving needs an adjusted TTC threshold",
        "Edge case: cyclist or scooter cut-ins belong to a different hazard class",
        "Production taxonomies split cut-ins into five or more subtypes, so build on the team's existing definitions instead of inventing new ones",
      ],
      followUps: [
        {
          question: "How would you check that your definition actually produces agreement?",
          goodAnswer:
            "Have several annotators label the same set of clips with the written definition, measure kappa, review disagreements, and tighten the definition until agreement is above about 0.6, ideally 0.8.",
        },
      ],
      signals: [
        "Uses measurable quantities",
        "Raises edge cases unprompted",
        "Defers to existing taxonomies",
      ],
      redFlags: [
        "Vague definition ('cuts in front aggressively')",
        "Invents a taxonomy without asking for the existing one",
      ],
      metrics: ["Inter-annotator agreement on cut-in labels", "TTC and gap at lane entry"],
      takeaway:
        "A label is only as good as its operational definition: measurable thresholds, enumerated edge cases, and the team's existing subtypes.",
    },
    phases: [
      {
        key: "answer",
        title: "Define and stress-test",
        minutes: 5,
        goal: "Definition, edge cases, alignment with team taxonomy.",
      },
      { key: "follow-ups", title: "Follow-ups", minutes: 3, goal: "Probe how agreement is verified." },
    ],
    rubric: "concept-question",
  },
  // Q42
  {
    slug: "eval-of-eval-framework-custom-vs-dspy-langchain-crewai",
    title: "Framework choice for an eval-of-eval workflow: custom code, DSPy, LangChain or CrewAI",
    kind: "CONCEPT",
    roundType: "ml-evaluation",
    difficulty: "MEDIUM",
    minutes: 8,
    tags: [
      "domain-curveballs",
      "eval-of-eval",
      "dspy",
      "langchain",
      "crewai",
      "agent-frameworks",
      "prompt-optimization",
      "llm-as-a-judge",
    ],
    source: { seed, ref: "Q42" },
    brief: {
      summary:
        "You are building an eval-of-eval workflow (LLM judges whose quality is itself measured). Would you write a custom agent or use DSPy, LangChain or CrewAI? What would you pick and why?",
      context,
      requirements: [
        "Compare the options",
        "Make a recommendation",
        "Explain what about the workflow drives the choice",
      ],
      deliverable: "A spoken answer of about four minutes, followed by interviewer questions.",
    },
    guide: {
      overview:
        "Reference: writing it yourself means you own the prompt templates, the tool registry and retry/fallback behaviour. DSPy treats prompts as parameters optimised against an eval metric, which maps directly onto learned-evaluation workflows. LangChain offers an ecosystem at the cost of abstraction overhead. CrewAI is built for orchestrating several agents, more than needed unless the workflow really has cooperating agents. DSPy is where an eval-of-eval pipeline should start.",
      keyPoints: [
        "Custom: full control of prompt templates, tool registry and retry/fallback logic",
        "DSPy: prompts are optimised against an eval metric, a direct fit when eval metrics drive the optimisation",
        "LangChain: large ecosystem, but abstraction overhead",
        "CrewAI: built for orchestrating several agents, which is more than needed unless the workflow truly has cooperating agents",
        "DSPy is the sensible place to start an eval-of-eval pipeline",
      ],
      followUps: [
        {
          question: "What does DSPy need from you to be useful here?",
          goodAnswer:
            "A metric and labeled examples: the human-labeled calibration set becomes the training signal for optimising the judge's prompts, with a separate holdout to avoid overfitting the judge to it.",
        },
        {
          question: "Is there a published example of this pattern?",
          goodAnswer:
            "In the Databricks write-up, JetBlue swapped hand-tuned prompts in its multi-stage RAG chatbot for DSPy optimised against LLM-as-a-judge metrics, and deployed twice as fast as with its previous LangChain pipeline.",
        },
      ],
      signals: [
        "Chooses based on workflow shape, not popularity",
        "Links DSPy's optimisation to a labeled metric",
      ],
      redFlags: [
        "Framework choice with no reasoning",
        "Multi-agent orchestration for a single-judge pipeline",
      ],
      metrics: ["Judge agreement with the human calibration set before and after optimisation"],
      takeaway:
        "When the workflow is 'optimise prompts against an eval metric', a framework built for exactly that (DSPy) is the natural start.",
    },
    phases: [
      { key: "answer", title: "Compare and pick", minutes: 5, goal: "Trade-offs and recommendation." },
      { key: "follow-ups", title: "Follow-ups", minutes: 3, goal: "Probe DSPy requirements and evidence." },
    ],
    rubric: "concept-question",
  },
];

export const rubrics: RubricTemplateDefinition[] = [];
