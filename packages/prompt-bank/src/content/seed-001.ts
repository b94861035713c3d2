import type { PromptDefinition, RubricTemplateDefinition } from "../schema";
import { prompts as part1 } from "./seed-001-part1";
import { prompts as part2 } from "./seed-001-part2";
import { prompts as part3 } from "./seed-001-part3";
import { prompts as part4 } from "./seed-001-part4";
import { prompts as part5 } from "./seed-001-part5";

// Seed 001: ML evaluation engineer question bank. 42 prompts, one per question Q1-Q42
// (CASE questions: Q33, Q35, Q39), plus the two rubric templates this seed owns.

export const prompts: PromptDefinition[] = [...part1, ...part2, ...part3, ...part4, ...part5];

const interviewerCalibration =
  "Interviewer calibration: when two or more interviewers score the same session, check their agreement per dimension. Levels are ordinal, so use weighted kappa for two interviewers and Krippendorff's alpha (ordinal) for more; below 0.6 the level descriptors need rewording, above 0.8 the rubric is reliable.";

export const rubrics: RubricTemplateDefinition[] = [
  {
    slug: "case-walkthrough",
    title: "Evaluation case walkthrough (6 stages)",
    description:
      "For 10-15 minute evaluation CASE questions answered as a structured walkthrough: problem framing, ground-truth source, method, eval-of-eval, production loop, failure modes. Explicit structure, stage by stage inside the timebox, earns more than deep but unstructured detail on a single stage. " +
      interviewerCalibration,
    whatToShow: [
      "Names each stage out loud and covers all six within the timebox",
      "Defines what 'correct' means before choosing a metric, and asks for the team's existing taxonomy",
      "States where labels come from, what they cost, and how human agreement is measured before labels are trusted",
      "Measures per category or criterion, sized by confidence intervals, instead of one aggregate",
      "Validates the evaluator itself against a frozen human-labeled set and anchors the regress on humans",
      "Describes the production loop: refresh triggers, drift monitoring, logging for debugging, human review before gating",
      "Names concrete failure modes with a mitigation for each",
    ],
    redFlags: [
      "Free-form depth on one stage, leaving no time for eval-of-eval, production or failure modes",
      "A single aggregate score that hides tail failures",
      "Treats human or rule labels as ground truth without measuring agreement",
      "Validates the evaluator against the model under test instead of a frozen human set",
      "Static golden sets or evaluators with no refresh or drift plan",
      "Invents a taxonomy or release-blocking categories without asking",
      "Self-reinforcing loops (judge and generator sharing a backbone, retrieval over the model's own outputs) go unnoticed",
    ],
    dimensions: [
      {
        key: "problem-framing",
        title: "Problem framing",
        description:
          "Defines what is being judged and for which decision: decomposes correctness into criteria or behaviour categories, separates discrete events from continuous quality, and grounds the taxonomy in the team's existing definitions.",
        weight: 1,
        levels: [
          "Jumps straight to a model or metric without saying what is being judged or what decision the evaluation supports.",
          "States a goal but treats correctness as one undifferentiated score and assumes a taxonomy without checking.",
          "Breaks the problem into explicit criteria or categories and names the decision (e.g. release gating) the evaluation feeds.",
          "Separates kinds of behaviour (events vs continuous quality), asks for the team's taxonomy and release-blocking subtypes, and explains why per-criterion output matters to the decision-maker.",
        ],
      },
      {
        key: "ground-truth",
        title: "Ground-truth source",
        description:
          "Identifies where labels come from (rules, human raters, mined long tail, synthetic), what each source costs and covers, and checks label quality with inter-rater agreement before trusting it.",
        weight: 1,
        levels: [
          "Does not say where labels come from, or assumes they already exist and are correct.",
          "Names a single label source (e.g. 'humans label it') with no view of cost, coverage or quality.",
          "Combines label sources by cost and coverage and mentions checking label quality.",
          "Tiers sources (cheap rule-flagged positives, targeted human long tail, synthetic ultra-rare), and measures agreement with the right statistic (Cohen's kappa, Fleiss' kappa or Krippendorff's alpha; trusted above ~0.6, strong above 0.8) before calling labels ground truth.",
        ],
      },
      {
        key: "method",
        title: "Method",
        description:
          "Lays out a concrete, step-by-step method (pipeline, model chain or training plan) and measures results per category with sample sizes justified statistically.",
        weight: 1.5,
        levels: [
          "Method is vague ('use an LLM to score it') with no steps or outputs.",
          "Describes the main steps but measures only an aggregate and gives no sizing argument.",
          "Gives concrete steps with their outputs and measures per category or criterion.",
          "Gives concrete steps, per-category measurement, and sizes each slice from confidence intervals (e.g. enough to detect a 2 pp regression), with explicit weights for any aggregate.",
        ],
      },
      {
        key: "eval-of-eval",
        title: "Eval-of-eval",
        description:
          "Shows how the evaluator itself is validated: a frozen, permanently held-out human-labeled set, per-category precision/recall, explicit trust thresholds, and checks that the evaluator's structure carries real signal.",
        weight: 1.5,
        levels: [
          "Does not validate the evaluator, or validates it against the model under test.",
          "Mentions comparing the evaluator with humans once, without a frozen set or thresholds.",
          "Validates against a held-out human-labeled set with precision/recall and a trust threshold.",
          "Keeps a permanent human calibration holdout (~5% of labels), reports per-category precision/recall with thresholds justified by human agreement ceilings, and checks for degenerate structure (e.g. criteria correlating above 0.95).",
        ],
      },
      {
        key: "production-loop",
        title: "Production loop",
        description:
          "Explains how the evaluation runs and stays trustworthy over time: refresh triggers, drift monitoring, logging for debuggability, phased rollout, and human review before verdicts gate releases.",
        weight: 1,
        levels: [
          "Treats the evaluation as a one-off build with no operation over time.",
          "Mentions periodic refresh or monitoring without triggers or owners.",
          "Defines refresh triggers and monitors evaluator-vs-human agreement over time.",
          "Ties refresh to drift signals and model versions, control-charts agreement, logs reasoning traces for debugging, and keeps human review or parallel safeguards before verdicts gate a release.",
        ],
      },
      {
        key: "failure-modes",
        title: "Failure modes",
        description:
          "Anticipates specific ways the evaluation can fail (labeler bias, synthetic drift, staleness, self-reinforcing loops, tail failures hidden by aggregates, perception misses) and pairs each with a mitigation.",
        weight: 1,
        levels: [
          "Names no failure modes, or only generic ones ('the model might be wrong').",
          "Names one or two plausible failure modes without mitigations.",
          "Names several specific failure modes, each with a mitigation.",
          "Names specific failure modes including non-obvious ones (self-reinforcing judges or retrieval, aggregate agreement hiding tail failures), ranks them by safety impact, and gives concrete mitigations.",
        ],
      },
    ],
  },
  {
    slug: "concept-question",
    title: "Technical concept question",
    description:
      "For short technical questions answered in a few minutes and then probed with follow-ups (evaluation methodology, LLM judges, annotation, monitoring, fine-tuning and project deep dives). Scores whether the answer is right, explains the mechanism, weighs trade-offs, is grounded in practice, is honest about its limits, and is delivered clearly. " +
      interviewerCalibration,
    whatToShow: [
      "Correct core facts stated early and precisely",
      "The mechanism behind the answer, not a memorised list",
      "When the answer changes: trade-offs, conditions and alternatives",
      "Concrete numbers, metrics and production experience",
      "Honest scoping: says what the evidence does not support and what experiment would settle it",
      "A structured answer that holds up under follow-up questions",
    ],
    redFlags: [
      "Confidently wrong facts; one or two can be enough to fail the round",
      "Memorised answers that collapse under a 'why' follow-up",
      "Overclaiming: a global optimum from a small search, production readiness from a prototype, causality from pre/post",
      "Claiming depth on tools or frameworks the candidate cannot explain",
      "Single-metric thinking that ignores slices, error costs or uncertainty",
      "Rambling with no structure or never reaching the actual question",
    ],
    dimensions: [
      {
        key: "correctness",
        title: "Technical correctness",
        description:
          "The core facts, definitions and recommendations match the reference answer, with no material errors.",
        weight: 2,
        levels: [
          "Contains material errors or misses the core of the reference answer.",
          "Gets the main idea right but with notable gaps or a wrong detail.",
          "Covers the reference key points correctly with minor omissions.",
          "Covers all key points precisely, including specific figures and conditions, with no errors.",
        ],
      },
      {
        key: "depth",
        title: "Depth of understanding",
        description:
          "Explains why, not just what: the mechanism behind the answer, and can go one level deeper when probed.",
        weight: 1.5,
        levels: [
          "Recites terms without explaining how or why they work.",
          "Explains the mechanism partially; struggles when asked to go one level deeper.",
          "Explains the mechanism clearly and handles the first follow-up well.",
          "Explains the mechanism from first principles, connects it to related concepts, and stays solid through several follow-ups.",
        ],
      },
      {
        key: "trade-offs",
        title: "Trade-offs and judgment",
        description:
          "Identifies alternatives, the conditions under which each wins, and the costs of each choice.",
        weight: 1,
        levels: [
          "Presents one option as always right.",
          "Mentions alternatives but cannot say when each is preferable.",
          "Compares options with clear conditions and costs.",
          "Frames the choice as a frontier or decision rule tied to the use case, and says what evidence would change the decision.",
        ],
      },
      {
        key: "practical-grounding",
        title: "Practical grounding",
        description:
          "Connects the answer to real systems: numbers, metrics, production constraints, cost, and how it would be measured.",
        weight: 1,
        levels: [
          "Purely abstract; no metrics, numbers or production considerations.",
          "Mentions a metric or constraint generically without using it.",
          "Uses concrete metrics and production constraints to support the answer.",
          "Quantifies (e.g. sample sizes, latency budgets, thresholds), names how to measure the claim, and draws on realistic production experience.",
        ],
      },
      {
        key: "calibrated-honesty",
        title: "Calibrated honesty",
        description:
          "States what the evidence supports and what it does not; admits skipped ablations, small samples or known weaknesses and proposes how to close them.",
        weight: 1,
        levels: [
          "Overclaims or defends weak evidence as conclusive.",
          "Concedes limitations only when pushed.",
          "Volunteers the main limitation of the answer or result.",
          "Scopes claims precisely, volunteers weaknesses (e.g. validation overfitting, missing ablation, tiny trial counts) and names the experiment that would settle them.",
        ],
      },
      {
        key: "communication",
        title: "Communication",
        description:
          "Answers the question asked, in a clear structure, within the timebox, and adapts to the interviewer's follow-ups.",
        weight: 1,
        levels: [
          "Unstructured or off-topic; does not reach an answer in time.",
          "Reaches an answer but with digressions or unclear structure.",
          "Clear structure that leads with the answer and supports it.",
          "Leads with the answer, structures support crisply, fits the timebox, and adjusts depth to the listener's follow-ups.",
        ],
      },
    ],
  },
];
