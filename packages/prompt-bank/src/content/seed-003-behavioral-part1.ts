import type { PromptDefinition, RubricTemplateDefinition } from "../schema";

// Behavioural prompts from seed 003, section "8. Behavior Interview" (table of questions by signal).
// Part 1: table rows 1-23 (problem solving, teamwork). Row 4 repeats row 2 word for word.

type Phases = PromptDefinition["phases"];
type Guide = PromptDefinition["guide"];

/** Phase goals for a story question told as situation, action, impact, learning. */
export interface SailGoals {
  story: string;
  actions: string;
  impact: string;
  reflection: string;
  followUps: string;
}

/** Phase goals for an approach question ("how do you ...") backed by an example. */
export interface ApproachGoals {
  approach: string;
  example: string;
  outcome: string;
  reflection: string;
  followUps: string;
}

const SAIL_SPLIT: Record<10 | 15, [number, number, number, number, number]> = {
  10: [2, 3, 2, 1, 2],
  15: [3, 4, 3, 2, 3],
};

/** Story phases: situation/task, own actions, impact, reflection, follow-up probes. */
export function sail(minutes: 10 | 15, g: SailGoals): Phases {
  const [s, a, i, r, f] = SAIL_SPLIT[minutes];
  return [
    { key: "story", title: "Situation and task", minutes: s, goal: g.story },
    { key: "actions", title: "Own actions", minutes: a, goal: g.actions },
    { key: "impact", title: "Impact", minutes: i, goal: g.impact },
    { key: "reflection", title: "Learning and reflection", minutes: r, goal: g.reflection },
    { key: "follow-ups", title: "Follow-up probes", minutes: f, goal: g.followUps },
  ];
}

/** Approach phases: state the approach, prove it with an example, outcome, reflection, probes. */
export function approach(minutes: 10 | 15, g: ApproachGoals): Phases {
  const [s, a, i, r, f] = SAIL_SPLIT[minutes];
  return [
    { key: "approach", title: "Approach in brief", minutes: s, goal: g.approach },
    { key: "example", title: "Concrete example", minutes: a, goal: g.example },
    { key: "outcome", title: "Outcome", minutes: i, goal: g.outcome },
    { key: "reflection", title: "Learning and reflection", minutes: r, goal: g.reflection },
    { key: "follow-ups", title: "Follow-up probes", minutes: f, goal: g.followUps },
  ];
}

export interface BehavioralSpec {
  /** Row number in the seed's behavioural table (1-80). */
  row: number;
  /** Overrides the default source ref "Behavioral row <row>". */
  ref?: string;
  slug: string;
  title: string;
  signal: string;
  difficulty: PromptDefinition["difficulty"];
  minutes: 10 | 15;
  tags: string[];
  brief: {
    summary: string;
    context: string;
    requirements: string[];
    constraints?: string[];
    deliverable?: string;
  };
  guide: Guide;
  phases: Phases;
}

const kebab = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Builds a BEHAVIORAL prompt with the shared round type, rubric, source and signal tag. */
export function behavioral(spec: BehavioralSpec): PromptDefinition {
  const talk = spec.minutes === 15 ? "two to three minutes" : "one to two minutes";
  const constraints = spec.brief.constraints ?? [
    "Use one specific experience from your own work rather than a hypothetical",
    `Keep the core answer to roughly ${talk} spoken; the rest of the slot is follow-up questions`,
  ];
  const tags = Array.from(new Set(["behavioral", `signal-${kebab(spec.signal)}`, ...spec.tags]));
  return {
    slug: spec.slug,
    title: spec.title,
    kind: "BEHAVIORAL",
    roundType: "behavioral",
    difficulty: spec.difficulty,
    minutes: spec.minutes,
    tags,
    signal: spec.signal,
    source: { seed: "003_9a4b8795634bde49", ref: spec.ref ?? `Behavioral row ${spec.row}` },
    brief: {
      summary: spec.brief.summary,
      context: spec.brief.context,
      requirements: spec.brief.requirements,
      constraints,
      deliverable:
        spec.brief.deliverable ??
        `A spoken answer of about ${talk} built around one real example, followed by the interviewer's probing questions.`,
    },
    guide: spec.guide,
    phases: spec.phases,
    rubric: "behavioral",
  };
}

const PS = "problem solving";
const TW = "teamwork";

export const prompts: PromptDefinition[] = [
  // Row 1
  behavioral({
    row: 1,
    slug: "most-challenging-or-successful-project-delivered",
    title: "The most challenging or most successful project you have delivered",
    signal: PS,
    difficulty: "MEDIUM",
    minutes: 15,
    tags: ["project-delivery", "technical-complexity", "end-to-end-ownership"],
    brief: {
      summary:
        "Walk me through the hardest, or the most successful, project you have shipped end to end. What made it hard, and how did you get it over the line?",
      context:
        "Behavioural round probing problem solving. This is usually the anchor story of the loop and interviewers often come back to it in later rounds.",
      requirements: [
        "What the project was for and what made it hard: technical complexity, ambiguity, cross-team complexity or all three",
        "Your role and the decisions you personally made, including options you considered and rejected",
        "The result, with numbers where you have them and how they were measured",
        "What you took away from it for later projects",
      ],
    },
    guide: {
      overview:
        "Problem solving here means breaking a hard, loosely defined project into tractable pieces, choosing approaches with explicit trade-offs and driving it to a shipped, measured result. The story should be about the candidate's judgment, not the team's roadmap.",
      whyAsked:
        "It reveals the scope the candidate works at, their technical depth and how they handle obstacles. The seed notes that deep dives into such projects often decide hiring, because they show why this person fits this team.",
      keyPoints: [
        "Situation: names concretely why it was hard, e.g. state-of-the-art model work, scarce labels, a tight serving budget, or many stakeholders with divided opinions",
        "Actions: the candidate's own decisions and the reasoning behind them, not a chronological list of team tasks",
        "Actions: at least one real obstacle or failed first attempt and how they diagnosed and got past it",
        "Impact: shipped outcome with numbers (online A/B lift, latency, cost, adoption) and how it was measured",
        "Learning: a transferable lesson that changed how they run projects",
        "Scope matches the level: for Senior+ the complexity spans systems or teams, not one isolated model",
      ],
      followUps: [
        {
          question: "What was the hardest technical obstacle, and what did you try first that did not work?",
          goodAnswer:
            "Names a specific obstacle, the failed first attempt, the evidence that made them switch, and reasons from first principles rather than luck.",
        },
        {
          question: "If you had half the time, what would you have cut?",
          goodAnswer:
            "Separates must-haves from nice-to-haves, describes the smallest shippable version and the risk it would carry.",
        },
        {
          question: "Who else was critical, and where exactly does your part end and theirs begin?",
          goodAnswer:
            "Credits named contributors specifically while drawing a clear boundary around their own work and decisions.",
        },
      ],
      signals: [
        "Turns a vague goal into measurable milestones",
        "Explains trade-offs at real technical depth without being prompted",
        "Owns the outcome through launch and post-launch follow-up",
      ],
      redFlags: [
        "Chooses a project where their role was peripheral",
        "Describes technology choices without saying why",
        "Result is only 'it launched', with no measured effect",
        "Cannot go deeper when probed on their own project",
      ],
      metrics: [
        "Online metric movement in the launch A/B test (engagement, conversion, revenue)",
        "Offline model metrics before and after (AUC, normalized entropy, recall@k)",
        "Latency, serving cost or reliability changes",
        "Delivery time against the original plan",
      ],
      takeaway:
        "A strong answer makes the difficulty concrete and makes the candidate's decisions, not the project's existence, the story.",
    },
    phases: sail(15, {
      story: "Establish the project goal, why it was hard and the candidate's role on it",
      actions:
        "Draw out the key decisions, rejected options and the main obstacle the candidate personally tackled",
      impact: "Get the shipped result with numbers and how it was measured",
      reflection: "Ask what they would repeat or change on the next project of this kind",
      followUps: "Probe technical depth, scope cuts and the boundary between own and team contribution",
    }),
  }),

  // Row 2 (the seed repeats this question as row 4)
  behavioral({
    row: 2,
    ref: "Behavioral row 2 (question repeated verbatim as row 4)",
    slug: "model-iteration-across-launches",
    title: "How you iterated on a model across several launches",
    signal: PS,
    difficulty: "MEDIUM",
    minutes: 15,
    tags: ["model-iteration", "experimentation", "ab-testing", "ml-lifecycle"],
    brief: {
      summary:
        "Tell me about a model you improved over a series of launches. How did you decide what to try in each round, and what did each launch teach you?",
      context:
        "Behavioural round probing problem solving for ML engineers. A model that went through several rounds of iteration inside one launch is also a valid story.",
      requirements: [
        "Where the model started: the baseline, the metric it was judged on and its known weaknesses",
        "How you picked and ordered the changes for each iteration",
        "How each change was evaluated offline and online, and how launch decisions were made",
        "The cumulative result and what you would try next",
      ],
    },
    guide: {
      overview:
        "For an ML engineer, problem solving shows up as a disciplined loop: hypothesis, offline evaluation, online experiment, launch decision, next hypothesis. This version of the question looks at the arc across launches and the reasoning that ordered them.",
      whyAsked:
        "Model work is iterative; the question separates engineers who run hypothesis-driven iterations from those who try ideas at random or only report offline wins.",
      keyPoints: [
        "Situation: clear baseline and target metric, and why the model needed work (stale features, new objective, scaling limits, drift)",
        "Actions: each iteration tied to a hypothesis about features, architecture, labels, loss or training data, with a reason for the order (e.g. cheap, high-leverage changes first)",
        "Actions: handled offline-online mismatch explicitly, e.g. an offline AUC gain that did not move the A/B metric, and what they changed as a result",
        "Impact: per-launch and cumulative online wins backed by experiment readouts, with costs such as latency or compute",
        "Learning: what the sequence taught them about where gains come from in this domain",
      ],
      followUps: [
        {
          question: "Which iteration failed to move online metrics, and why?",
          goodAnswer:
            "Gives a concrete negative result with a plausible root cause (objective misaligned with the online metric, train-serve skew, novelty effect, position bias in labels) and how they checked it.",
        },
        {
          question: "How did you decide a change was worth launching?",
          goodAnswer:
            "Launch criteria fixed before the test: primary metric, guardrails (latency, other surfaces, diversity), statistical significance and a cost check.",
        },
        {
          question: "If the model served several objectives, how were they weighed against each other?",
          goodAnswer:
            "Recognises that combining label sources makes the label or value-model weights themselves a tuning problem, and explains how the weights were chosen and validated rather than guessed.",
        },
      ],
      signals: [
        "Hypothesis-driven iteration rather than a list of tried ideas",
        "Distinguishes offline evidence from online evidence",
        "Tracks serving cost alongside model quality",
      ],
      redFlags: [
        "Lists model versions with no reasoning between them",
        "Only offline metrics, never validated online",
        "Claims all gains personally on a model many people worked on",
      ],
      metrics: [
        "Offline: AUC, normalized entropy, log loss, recall@k, NDCG",
        "Online: engagement, conversion or retention from A/B tests",
        "Serving cost and p99 latency per iteration",
      ],
      takeaway:
        "A strong answer is a chain of hypotheses in which each launch's result justifies the next step.",
    },
    phases: sail(15, {
      story: "Set the baseline model, its metric and why it needed iterating",
      actions: "Walk through the iterations, the hypothesis behind each and how they were ordered",
      impact: "Collect per-launch and cumulative results with the experiment evidence",
      reflection: "Ask what the sequence taught them about where gains come from",
      followUps: "Probe a failed iteration, launch criteria and multi-objective weighting",
    }),
  }),

  // Row 3
  behavioral({
    row: 3,
    slug: "working-with-ambiguous-requirements",
    title: "How you work with ambiguous requirements",
    signal: PS,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["ambiguity", "requirements", "scoping", "problem-framing"],
    brief: {
      summary:
        "Describe a time you were handed a problem with unclear or shifting requirements. How did you turn it into something you could build and ship?",
      context:
        "Behavioural round probing problem solving. ML work often starts as a vague request such as 'make the feed better' or 'use an LLM here'.",
      requirements: [
        "What was unclear and who the stakeholders were",
        "How you pinned down the goal and the success measure, and what you assumed along the way",
        "How you scoped a first version and handled requirements that changed",
        "The outcome and how you approach ambiguous work today",
      ],
    },
    guide: {
      overview:
        "Comfort with ambiguity: the candidate turns an open-ended ask into a concrete objective, a success metric and a scoped plan, and keeps stakeholders aligned as facts emerge instead of waiting to be told what to do.",
      whyAsked:
        "Senior ML work rarely arrives as a spec. Interviewers want to see the business goal translated into an ML objective and a commitment to a direction under uncertainty.",
      keyPoints: [
        "Situation: names the specific ambiguity (no agreed metric, conflicting stakeholder goals, no labels) rather than 'requirements were vague'",
        "Actions: clarified the business goal, turned it into a measurable ML objective or proxy metric, wrote assumptions down and got them confirmed",
        "Actions: shipped a small first version or prototype to reduce uncertainty and revisited the plan as new facts arrived",
        "Impact: result measured on the clarified metric, plus the alignment gained (decision made, plan agreed)",
        "Learning: a repeatable habit, e.g. a one-page problem statement before any building",
      ],
      followUps: [
        {
          question: "What did you assume that turned out to be wrong, and how did you find out?",
          goodAnswer:
            "Names a concrete wrong assumption, the early signal that exposed it (prototype, data check, stakeholder review) and the correction made.",
        },
        {
          question: "How did you decide you had enough clarity to start building?",
          goodAnswer:
            "Had an agreed objective and metric plus a reversible first step; did not wait for a perfect spec.",
        },
        {
          question: "How did you keep stakeholders aligned while the requirements moved?",
          goodAnswer:
            "Regular written updates, an explicit record of scope and metric changes, and trade-offs taken to the decision owner.",
        },
      ],
      signals: [
        "Frames a business goal as an ML objective with a metric",
        "Bias for action through cheap, reversible steps",
        "States assumptions explicitly and revisits them",
      ],
      redFlags: [
        "Waited for someone else to define the problem",
        "Built something large before checking the direction",
        "Blames stakeholders for being unclear",
      ],
      takeaway:
        "Ambiguity is handled by making assumptions explicit and testing them cheaply, not by waiting for clarity.",
    },
    phases: sail(10, {
      story: "Identify what was ambiguous and who wanted what",
      actions: "Draw out how the candidate defined the objective, metric, assumptions and first scope",
      impact: "Get the outcome on the clarified metric and the alignment reached",
      reflection: "Ask for the habit they now apply to ambiguous work",
      followUps: "Probe wrong assumptions, the start threshold and stakeholder alignment",
    }),
  }),

  // Row 5
  behavioral({
    row: 5,
    slug: "optimized-a-process-within-or-beyond-team",
    title: "A time you optimised a process within or beyond your team",
    signal: PS,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["process-improvement", "developer-productivity", "ml-tooling"],
    brief: {
      summary:
        "Tell me about a way of working, in your team or across teams, that you made faster, cheaper or less error-prone.",
      context:
        "Behavioural round probing problem solving. In ML teams this could be experiment turnaround, training pipelines, feature onboarding, launch reviews or on-call.",
      requirements: [
        "What the process was, who relied on it and what it cost before you changed it",
        "How you found the real bottleneck",
        "What you changed and how you got others to adopt it",
        "The measured effect and whether it lasted",
      ],
    },
    guide: {
      overview:
        "Problem solving applied to how work gets done: noticing a recurring cost, measuring it, fixing the root cause and getting the change adopted beyond the candidate's own use.",
      whyAsked:
        "Leverage beyond one's own tasks is a senior signal; the question shows whether the candidate improves the system others work in.",
      keyPoints: [
        "Situation: quantified pain, e.g. hours per experiment, failed launches per quarter, number of manual steps",
        "Actions: found the bottleneck with data or by watching users rather than guessing, and picked a fix on cost versus benefit",
        "Actions: drove adoption through documentation, migration help, better defaults and buy-in from the process owners",
        "Impact: before and after numbers (turnaround time, error rate, engineer-hours saved) and who benefited outside the team",
        "Learning: what made the change stick, or what they would do to scale it further",
      ],
      followUps: [
        {
          question: "How did you know this was the most valuable process to fix?",
          goodAnswer: "Compared candidates by frequency times cost, backed by data or user conversations.",
        },
        {
          question: "Who resisted the change, and how did you handle it?",
          goodAnswer:
            "Listened to concerns, piloted with willing users, showed measured results and kept the old path available during migration.",
        },
        {
          question: "Is the improvement still in use today?",
          goodAnswer:
            "Knows adoption numbers or handed ownership over with documentation; is honest if it decayed and why.",
        },
      ],
      signals: [
        "Measures before and after",
        "Thinks about adoption, not just building",
        "Creates leverage for people beyond their own team",
      ],
      redFlags: [
        "Built a tool nobody adopted and calls it a success",
        "No before and after measurement",
        "Imposed the change without consulting the people who use the process",
      ],
      metrics: [
        "Cycle time, e.g. from experiment launch to readout",
        "Engineer-hours saved per week",
        "Error or incident rate",
        "Adoption: number of users or teams",
      ],
      takeaway:
        "Process wins count when they are measured and adopted by others, not when a tool merely exists.",
    },
    phases: sail(10, {
      story: "Establish the process, its users and its measured cost",
      actions: "Draw out bottleneck diagnosis, the fix and how adoption was driven",
      impact: "Get before and after numbers and the reach beyond the team",
      reflection: "Ask what made it stick or what they would scale next",
      followUps: "Probe prioritisation, resistance and long-term adoption",
    }),
  }),

  // Row 6
  behavioral({
    row: 6,
    slug: "innovative-solution-to-a-problem",
    title: "A time you found an innovative solution to a problem",
    signal: PS,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["innovation", "first-principles", "creativity"],
    brief: {
      summary:
        "Tell me about a problem where the obvious approach was not good enough and you came up with a different one.",
      context: "Behavioural round probing problem solving.",
      requirements: [
        "Why the standard approaches fell short",
        "How you arrived at the idea and how you tested it before committing",
        "What the solution was, at a level of technical detail the interviewer can follow",
        "The result compared with the conventional approach",
      ],
    },
    guide: {
      overview:
        "Innovation that counts is problem-led: a new approach chosen because it removes a real constraint (scale, cold start, scarce labels, latency), not because it is novel. The seed's advice for design rounds applies here too: bring in a technique only if it solves a real problem.",
      whyAsked:
        "It tests whether the candidate can go beyond the playbook while staying grounded in evidence and risk.",
      keyPoints: [
        "Situation: a concrete constraint the standard approach could not meet, with evidence it failed",
        "Actions: where the idea came from (first principles, a paper, an adjacent domain) and a cheap validation (prototype, offline experiment) before full investment",
        "Actions: managed risk by keeping a baseline, a fallback path and informed stakeholders",
        "Impact: measurable improvement over the baseline and adoption by others",
        "Learning: when novelty is worth its maintenance cost",
      ],
      followUps: [
        {
          question: "What was the simplest alternative, and why did you reject it?",
          goodAnswer:
            "Names the baseline they actually tried and the numbers that showed it was insufficient.",
        },
        {
          question: "What did the new approach cost in complexity or maintenance?",
          goodAnswer: "Is candid about the added cost and explains why the benefit outweighed it.",
        },
        {
          question: "Has anyone reused the idea since?",
          goodAnswer:
            "Describes reuse, generalisation or documentation; or explains honestly why it stayed local.",
        },
      ],
      signals: [
        "Novelty justified by a real constraint",
        "Validates cheaply before committing",
        "Explains a complex idea simply",
      ],
      redFlags: [
        "Novelty for its own sake, with no baseline comparison",
        "Cannot explain the idea in plain terms",
        "Presents a well-known published technique as their own invention",
      ],
      takeaway:
        "Innovation is judged by the constraint it removed and the evidence it worked, not by how new it sounds.",
    },
    phases: sail(10, {
      story: "Establish the problem and why standard approaches fell short",
      actions: "Draw out the idea's origin, how it was validated and how risk was managed",
      impact: "Get the improvement over the baseline in numbers",
      reflection: "Ask when they think novelty is worth the cost",
      followUps: "Probe the rejected simple option, maintenance cost and reuse",
    }),
  }),

  // Row 7
  behavioral({
    row: 7,
    slug: "discovered-overlooked-issue-on-team",
    title: "A time you discovered an overlooked issue on your team",
    signal: PS,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["data-quality", "debugging", "risk-detection", "ml-pitfalls"],
    brief: {
      summary:
        "Tell me about a time you spotted a problem your team had missed. How did you find it, and what happened next?",
      context:
        "Behavioural round probing problem solving. In ML teams such issues are often silent: a broken log, leaked labels, skew between training and serving, a metric computed wrongly.",
      requirements: [
        "What the issue was and why it had gone unnoticed",
        "How you found it and how you confirmed it was real",
        "What you did about it, including who you involved",
        "The impact of catching it and what stops it happening again",
      ],
    },
    guide: {
      overview:
        "Curiosity plus rigor: noticing something off, verifying it, sizing it and getting it fixed, then closing the gap that let it through. A seed-flavoured example: an early-stage ranker distilled from a late-stage ranker that never scored the items the early stage must handle, so the teacher's labels on those items are unreliable and drift goes unseen.",
      whyAsked:
        "Silent failures are common in ML systems; the question shows whether the candidate looks beyond their own task and raises issues constructively.",
      keyPoints: [
        "Situation: the issue was silent or unowned, and the candidate explains why others missed it",
        "Actions: how it was spotted (an anomalous number, curiosity, an audit) and verified with evidence before raising the alarm",
        "Actions: sized the impact, raised it with the owners without blame, drove or contributed to the fix and added prevention (monitor, test, checklist)",
        "Impact: quantified, e.g. metric restored, bad launch avoided, cost saved, users protected",
        "Learning: a systemic change so this class of issue is caught earlier",
      ],
      followUps: [
        {
          question: "How did you convince others it was real?",
          goodAnswer: "Reproducible evidence, a small focused analysis shared openly, framed without blame.",
        },
        {
          question: "Whose job was the fix, and how did you handle that?",
          goodAnswer:
            "Respected ownership but made sure the fix happened, offering help or doing it with agreement.",
        },
        {
          question: "What stops it from recurring?",
          goodAnswer:
            "Monitoring or alerting, data validation tests, or a review checklist item that now exists.",
        },
      ],
      signals: [
        "Curiosity about numbers that look off",
        "Verifies before escalating",
        "Fixes the class of problem, not just the instance",
      ],
      redFlags: [
        "Raised the alarm without evidence",
        "Frames the story as others' incompetence",
        "Found the issue but left it for someone else with no follow-through",
      ],
      metrics: [
        "Size of the metric or revenue effect of the issue",
        "Time from detection to fix",
        "Recurrence after prevention was added",
      ],
      takeaway: "The strongest stories end with a guardrail that catches the whole class of issue next time.",
    },
    phases: sail(10, {
      story: "Establish what was overlooked and why it stayed hidden",
      actions: "Draw out detection, verification, escalation and the fix",
      impact: "Get the quantified effect of catching it",
      reflection: "Ask what systemic change followed",
      followUps: "Probe persuasion, ownership of the fix and prevention",
    }),
  }),

  // Row 8
  behavioral({
    row: 8,
    slug: "challenging-situation-at-work",
    title: "A challenging situation you faced at work",
    signal: PS,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["resilience", "incident-response", "pressure"],
    brief: {
      summary:
        "Tell me about a difficult situation at work, one that was more than just a hard technical task, and how you handled it.",
      context:
        "Behavioural round probing problem solving under pressure: a production incident, a reorganisation, losing a key person mid-project, a launch going wrong.",
      requirements: [
        "What the situation was and what was at stake",
        "How you decided what to do first",
        "The actions you took and who you worked with",
        "How it turned out and what you changed afterwards",
      ],
    },
    guide: {
      overview:
        "The emphasis is on composure and structured action when circumstances turn against the candidate: triage, prioritise, communicate, act, then learn. Incidents are a good source of such stories and are one of the things the AI-engineer guide says behavioural rounds look for.",
      whyAsked:
        "It shows how the candidate behaves when the plan breaks, which is when judgment matters most.",
      keyPoints: [
        "Situation: the stakes are concrete (users affected, revenue, deadline, team morale)",
        "Actions: a clear first move and the reasoning for it, e.g. stop the bleeding before root cause",
        "Actions: communication to the people affected and coordination with others, not a solo hero act",
        "Impact: how the situation resolved, with numbers where possible",
        "Learning: what they changed so it goes better or does not recur",
      ],
      followUps: [
        {
          question: "What was your very first move, and why that one?",
          goodAnswer: "Explains triage logic: containment or clarity first, then diagnosis.",
        },
        {
          question: "What would have happened if you had not acted?",
          goodAnswer: "Gives a realistic, not inflated, counterfactual.",
        },
        {
          question: "What did you change afterwards?",
          goodAnswer: "A concrete process, tooling or habit change, ideally from a blameless postmortem.",
        },
      ],
      signals: [
        "Stays structured under pressure",
        "Communicates early",
        "Turns the episode into a lasting fix",
      ],
      redFlags: [
        "Drama without a clear personal action",
        "Blames others for causing the situation",
        "No change made afterwards",
      ],
      takeaway: "Good answers show calm triage, clear communication and a lasting fix, not heroics.",
    },
    phases: sail(10, {
      story: "Establish the situation and what was at stake",
      actions: "Draw out the first move, the triage logic and coordination with others",
      impact: "Get the resolution and its measurable effect",
      reflection: "Ask what changed afterwards",
      followUps: "Probe the first move, the counterfactual and the lasting fix",
    }),
  }),

  // Row 9
  behavioral({
    row: 9,
    slug: "understood-and-improved-a-product",
    title: "A time you understood and improved a product",
    signal: PS,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["product-sense", "user-understanding", "product-metrics"],
    brief: {
      summary:
        "Tell me about a time you got to know a product deeply from the user's point of view and used that to make it better.",
      context: "Behavioural round probing problem solving from the product side.",
      requirements: [
        "The product and what you learned about its users that others had not acted on",
        "How you connected that insight to a change you could make",
        "Who you worked with to make the change happen",
        "The effect on users or on product metrics",
      ],
    },
    guide: {
      overview:
        "Product sense for an engineer: understanding what users actually need, connecting a technical change (model, ranking, feature) to that need and proving it helped. It separates engineers who only move model metrics from those who move the product.",
      whyAsked:
        "ML changes only matter if they improve the user experience; interviewers look for engineers who can reason from the user back to the model.",
      keyPoints: [
        "Situation: a user problem found through usage data, user research or dogfooding, not just a model metric",
        "Actions: a hypothesis linking a technical change to user value, checked with data",
        "Actions: worked with product and design partners and influenced the roadmap",
        "Impact: user-facing metrics (engagement, retention, satisfaction) with any trade-offs noted",
        "Learning: how they now build product understanding before building",
      ],
      followUps: [
        {
          question: "How did you learn what users actually needed?",
          goodAnswer:
            "Names concrete sources: segmented usage data, user sessions, support tickets, own use of the product.",
        },
        {
          question: "Which metric moved, and did another one get worse?",
          goodAnswer:
            "Reports the primary metric and the guardrails honestly, including any trade-off accepted.",
        },
        {
          question: "Who owned the product decision, and how did you influence it?",
          goodAnswer: "Respects product ownership and influences with evidence and prototypes.",
        },
      ],
      signals: [
        "Reasons from user need to technical change",
        "Partners with product",
        "Measures user outcomes",
      ],
      redFlags: [
        "Only offline model metrics, no user effect",
        "Change shipped without understanding users",
        "Dismisses product or design partners",
      ],
      metrics: [
        "Engagement or retention change",
        "Satisfaction or complaint rate",
        "Guardrail metrics on other surfaces",
      ],
      takeaway: "Product improvement stories start from a user insight and end with a user-facing metric.",
    },
    phases: sail(10, {
      story: "Establish the product and the user insight",
      actions: "Draw out the hypothesis, the change and the cross-functional work",
      impact: "Get user-facing results and trade-offs",
      reflection: "Ask how they build product understanding now",
      followUps: "Probe user research, metric trade-offs and product ownership",
    }),
  }),

  // Row 10
  behavioral({
    row: 10,
    slug: "pivoting-a-project",
    title: "A time you had to pivot, by choice or because you were asked",
    signal: PS,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["pivot", "change-management", "sunk-cost"],
    brief: {
      summary:
        "Tell me about a time you changed direction on a project, either because you decided to or because someone asked you to.",
      context: "Behavioural round probing problem solving when the plan changes.",
      requirements: [
        "The original plan and what triggered the change",
        "How you evaluated whether and where to pivot",
        "How you handled the people and the work already done",
        "The outcome of the new direction",
      ],
    },
    guide: {
      overview:
        "A good pivot story shows the candidate reading evidence, resisting sunk-cost thinking, choosing a new direction deliberately and bringing people along, whether the pivot was self-initiated or imposed.",
      whyAsked:
        "Plans change constantly in ML work; the question tests judgment and emotional maturity around change.",
      keyPoints: [
        "Situation: the concrete trigger (data showing the approach would not work, a priority change, a new constraint)",
        "Actions: compared continuing against pivoting on evidence, not on effort already spent",
        "Actions: communicated the change to team and stakeholders and salvaged reusable work",
        "Impact: what the new direction delivered compared with the old plan",
        "Learning: which earlier signal they now watch for",
      ],
      followUps: [
        {
          question: "What was the earliest signal you could have pivoted on?",
          goodAnswer: "Identifies an earlier signal honestly and what would make them notice it sooner.",
        },
        {
          question: "What did you keep from the original work?",
          goodAnswer: "Names reused components, data or learnings, showing the effort was not wasted.",
        },
        {
          question: "If the pivot was imposed and you disagreed, what did you do?",
          goodAnswer: "Raised concerns with evidence, then committed fully once decided.",
        },
      ],
      signals: ["Evidence over sunk cost", "Brings the team along", "Salvages value"],
      redFlags: [
        "Clung to the original plan despite evidence",
        "Pivot presented as someone else's fault",
        "No outcome for the new direction",
      ],
      takeaway:
        "The quality of a pivot is in when the signal was read and how well people and work were carried over.",
    },
    phases: sail(10, {
      story: "Establish the original plan and the trigger",
      actions: "Draw out the evaluation, the decision and how people and work were handled",
      impact: "Get what the new direction delivered",
      reflection: "Ask which early signal they now watch",
      followUps: "Probe earlier signals, salvaged work and disagreement with imposed pivots",
    }),
  }),

  // Row 11
  behavioral({
    row: 11,
    slug: "data-deep-dive-to-solve-or-decide",
    title: "A time you dug into data to resolve a problem or make a decision",
    signal: PS,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["data-analysis", "root-cause-analysis", "data-driven-decisions"],
    brief: {
      summary:
        "Tell me about a time you went into the data yourself to get to the bottom of a problem or to make a call.",
      context: "Behavioural round probing problem solving through data.",
      requirements: [
        "The question you were trying to answer and why it mattered",
        "How you analysed the data and checked that it could be trusted",
        "What you found, especially anything that surprised you",
        "The decision or fix that followed and its effect",
      ],
    },
    guide: {
      overview:
        "Data-driven problem solving: framing a precise question, slicing and checking the data, guarding against artefacts and turning the finding into a decision others act on.",
      whyAsked: "ML engineers are expected to debug models and products through data, not intuition.",
      keyPoints: [
        "Situation: a precise question (why did a metric drop, which segment is hurt, should we launch)",
        "Actions: analysis method (segmentation, distributions, logs, cohort comparison) and data quality checks",
        "Actions: a finding that changed or confirmed the direction, with the evidence behind it",
        "Impact: the decision made or the fix shipped, and its measured effect",
        "Learning: what they would now check first",
      ],
      followUps: [
        {
          question: "What did you expect to find, and what did you actually find?",
          goodAnswer:
            "Contrasts prior belief with the evidence and explains how the surprise changed their course.",
        },
        {
          question: "How did you make sure the finding was not an artefact?",
          goodAnswer:
            "Checked logging bugs, leakage, selection or position bias, mix shifts (Simpson's paradox) and sample sizes.",
        },
        {
          question: "How did you present it to the people who had to act on it?",
          goodAnswer: "A short written summary with one clear chart and a recommendation, not a data dump.",
        },
      ],
      signals: ["Frames precise questions", "Skeptical of their own results", "Turns analysis into action"],
      redFlags: [
        "Analysis with no decision attached",
        "Ignores data quality",
        "Cherry-picks the slice that supports a prior view",
      ],
      metrics: [
        "Segment-level metrics, e.g. by user cohort, surface or item age",
        "Data checks: feature coverage, label rates, distribution drift",
      ],
      takeaway: "The deep dive matters only if it is trustworthy and it changes what someone does.",
    },
    phases: sail(10, {
      story: "Establish the question and why it mattered",
      actions: "Draw out the analysis method and the trust checks",
      impact: "Get the finding and the decision or fix that followed",
      reflection: "Ask what they would check first next time",
      followUps: "Probe surprises, artefact checks and how the result was communicated",
    }),
  }),

  // Row 12
  behavioral({
    row: 12,
    slug: "resolving-conflict-with-teammates-or-xfn",
    title: "How you resolve conflicts with teammates or cross-functional partners",
    signal: TW,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["conflict-resolution", "cross-functional", "collaboration"],
    brief: {
      summary:
        "How do you handle a conflict with a teammate or a partner from another function such as product, design or data science? Walk me through a real example.",
      context: "Behavioural round probing teamwork.",
      requirements: [
        "What the conflict was about and what each side wanted",
        "What you did to resolve it",
        "How it was resolved and how the working relationship was afterwards",
        "What you would do the same or differently",
      ],
    },
    guide: {
      overview:
        "Teamwork in conflict: describing the disagreement fairly, understanding the other side's interests, finding a shared goal, settling factual questions with data and keeping the relationship intact.",
      whyAsked:
        "Conflict is routine between engineering, product and research; the question tests emotional intelligence and collaboration.",
      keyPoints: [
        "Situation: the conflict described neutrally, with both positions and underlying interests (e.g. launch date versus model quality)",
        "Actions: a direct, private conversation aimed at understanding before persuading",
        "Actions: found common ground or settled the factual part with data or an experiment; escalated jointly only if needed",
        "Impact: the resolution and the state of the relationship afterwards",
        "Learning: a change in how they handle disagreements",
      ],
      followUps: [
        {
          question: "What was the other person's strongest argument?",
          goodAnswer: "States it fairly and with empathy, showing they understood it.",
        },
        {
          question: "What if you could not agree?",
          goodAnswer:
            "Disagree and commit, or a joint escalation to the decision owner with both options written up.",
        },
        {
          question: "How is the relationship with that person now?",
          goodAnswer: "Describes a working relationship that held or improved, with evidence.",
        },
      ],
      signals: [
        "Empathy for the other side",
        "Separates facts from preferences",
        "Protects the relationship",
      ],
      redFlags: [
        "Casts the other party as the villain",
        "Won through authority or by going around the person",
        "Avoided the conflict rather than resolving it",
      ],
      takeaway:
        "The best conflict stories show understanding first and a resolution both sides could live with.",
    },
    phases: sail(10, {
      story: "Establish the conflict and both sides' positions",
      actions: "Draw out the conversation, the common ground and any data used",
      impact: "Get the resolution and the relationship afterwards",
      reflection: "Ask what they now do differently in conflicts",
      followUps: "Probe the other side's argument, deadlock handling and the relationship",
    }),
  }),

  // Row 13
  behavioral({
    row: 13,
    slug: "working-with-people-outside-your-team",
    title: "A time you had to work with people outside your team",
    signal: TW,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["cross-team-collaboration", "dependencies", "stakeholder-management"],
    brief: {
      summary:
        "Tell me about a project where you depended on, or had to deliver together with, people from outside your own team.",
      context:
        "Behavioural round probing teamwork across team boundaries, e.g. infra, platform, data or product teams.",
      requirements: [
        "Who the other team was and why you needed them",
        "How their goals and priorities differed from yours",
        "What you did to make the collaboration work",
        "The outcome and what you learned about cross-team work",
      ],
    },
    guide: {
      overview:
        "Cross-team collaboration: understanding another team's goals and constraints, making asks easy to say yes to and keeping a steady rhythm of communication so a dependency does not become a blocker.",
      whyAsked:
        "Senior ML projects almost always cross team boundaries (infra, data, product); success depends on influence without authority.",
      keyPoints: [
        "Situation: a real dependency with misaligned priorities or timelines",
        "Actions: learned the other team's goals and constraints and framed the ask in their terms",
        "Actions: reduced their cost, e.g. wrote the design doc, contributed code, set clear timelines and owners",
        "Impact: delivered outcome and a relationship that made the next collaboration easier",
        "Learning: what they do at the start of cross-team work now",
      ],
      followUps: [
        {
          question: "Why would the other team prioritise your request?",
          goodAnswer:
            "Ties the ask to the other team's goals or makes it cheap for them; does not rely on escalation.",
        },
        {
          question: "What happened when they slipped?",
          goodAnswer: "Adjusted plans, offered help, escalated only with facts and after talking to them.",
        },
        {
          question: "What did the other team get out of it?",
          goodAnswer: "Names a concrete benefit for them, showing a two-way relationship.",
        },
      ],
      signals: [
        "Influence without authority",
        "Thinks about the other team's incentives",
        "Clear communication cadence",
      ],
      redFlags: [
        "Treats the other team as a service desk",
        "Blames them for delays",
        "Escalates as the first tool",
      ],
      takeaway: "Cross-team work goes well when the ask fits the other team's goals and costs them little.",
    },
    phases: sail(10, {
      story: "Establish the dependency and how priorities differed",
      actions: "Draw out how the candidate aligned incentives and reduced the other team's cost",
      impact: "Get the delivered outcome and the relationship afterwards",
      reflection: "Ask how they now start cross-team work",
      followUps: "Probe incentives, slips and mutual benefit",
    }),
  }),

  // Row 14
  behavioral({
    row: 14,
    slug: "disagreed-with-manager-and-persuaded-them",
    title: "A time you disagreed with your manager and persuaded them",
    signal: TW,
    difficulty: "HARD",
    minutes: 15,
    tags: ["disagreement", "influence", "managing-up"],
    brief: {
      summary:
        "Tell me about a time you disagreed with your manager about something that mattered and ended up changing their mind.",
      context: "Behavioural round probing teamwork and influence upward.",
      requirements: [
        "What the disagreement was about and why it mattered",
        "How you understood your manager's position and constraints",
        "How you made your case, and when and where you raised it",
        "What was decided, what happened next and how it affected your relationship",
      ],
    },
    guide: {
      overview:
        "Influence upward: disagreeing on substance, understanding the manager's constraints, building evidence, choosing the right moment and forum, and staying open to being wrong.",
      whyAsked:
        "Senior engineers are expected to push back when it matters, and to do it in a way that strengthens trust.",
      keyPoints: [
        "Situation: a substantive disagreement (approach, launch timing, priorities), not a trivial preference",
        "Actions: sought the manager's reasoning and constraints first (business pressure, information the candidate lacked)",
        "Actions: built evidence such as data, a prototype or a small experiment and presented options, not ultimatums",
        "Impact: the decision taken, its outcome and the relationship afterwards",
        "Learning: how they now raise disagreement, and acknowledgement that they might have been wrong",
      ],
      followUps: [
        {
          question: "What would you have done if your manager had still said no?",
          goodAnswer:
            "Disagree and commit, with concerns written down and a trigger to revisit if new data arrives.",
        },
        {
          question: "What did your manager know that you did not?",
          goodAnswer: "Acknowledges context they lacked and how it shaped the final decision.",
        },
        {
          question: "How did this affect your relationship with your manager?",
          goodAnswer: "Trust grew because the disagreement was respectful and evidence-based.",
        },
      ],
      signals: ["Evidence over persistence", "Respects the manager's constraints", "Open to being wrong"],
      redFlags: [
        "Persuaded through persistence or by going over the manager's head",
        "Paints the manager as incompetent",
        "Never considered that the manager might be right",
      ],
      takeaway:
        "Persuading a manager well looks like a shared search for the right answer, backed by evidence.",
    },
    phases: sail(15, {
      story: "Establish what the disagreement was and the stakes",
      actions: "Draw out how the candidate understood the manager's view and built the case",
      impact: "Get the decision, its outcome and the relationship effect",
      reflection: "Ask how they raise disagreements now",
      followUps: "Probe the no-case, the manager's hidden context and trust",
    }),
  }),

  // Row 15
  behavioral({
    row: 15,
    slug: "team-disagreed-with-your-idea",
    title: "A time your team disagreed with your idea",
    signal: TW,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["disagreement", "openness-to-feedback", "influence"],
    brief: {
      summary: "Tell me about a time you proposed something and your team pushed back. What did you do?",
      context: "Behavioural round probing teamwork.",
      requirements: [
        "The idea and the objections raised",
        "How you engaged with the objections",
        "Whether and how the idea changed",
        "The outcome, whatever it was",
      ],
    },
    guide: {
      overview:
        "Receiving pushback as a proposer: separating valid concerns from resistance, adapting the idea or testing it, and accepting when the team is right. A story where the idea was dropped or changed can score as well as one where it won.",
      whyAsked: "Shows whether the candidate collaborates on ideas or just pushes them.",
      keyPoints: [
        "Situation: a concrete idea and the specific objections",
        "Actions: listened, asked questions, acknowledged the valid parts",
        "Actions: revised the idea, ran a small test, or let it go with reasons",
        "Impact: the outcome and the team's trust afterwards",
        "Learning: how they now socialise ideas before proposing them",
      ],
      followUps: [
        {
          question: "Which objection was the most valid?",
          goodAnswer: "Names it and how it changed their thinking.",
        },
        {
          question: "How did the idea change as a result?",
          goodAnswer: "Describes a concrete modification that made it better.",
        },
        {
          question: "How did you decide whether to keep pushing?",
          goodAnswer: "Weighed the evidence and cost; kept pushing only with new data or a cheap test.",
        },
      ],
      signals: [
        "Genuinely open to being wrong",
        "Uses experiments to resolve disagreement",
        "Improves ideas through critique",
      ],
      redFlags: ["Every objection dismissed", "Idea forced through anyway", "Resentment toward the team"],
      takeaway: "Strong candidates treat pushback as input that improves the idea, not as an obstacle.",
    },
    phases: sail(10, {
      story: "Establish the idea and the objections",
      actions: "Draw out how the candidate engaged with pushback",
      impact: "Get the outcome and the team's trust afterwards",
      reflection: "Ask how they socialise ideas now",
      followUps: "Probe the strongest objection, revisions and persistence",
    }),
  }),

  // Row 16
  behavioral({
    row: 16,
    slug: "difficult-or-non-collaborative-teammate",
    title: "A time you worked with a difficult or non-collaborative teammate",
    signal: TW,
    difficulty: "HARD",
    minutes: 15,
    tags: ["difficult-colleague", "conflict-resolution", "empathy"],
    brief: {
      summary:
        "Tell me about a time you had to work closely with someone who was hard to work with or unwilling to collaborate.",
      context: "Behavioural round probing teamwork.",
      requirements: [
        "What the person did that made collaboration hard",
        "What you thought was behind their behaviour",
        "What you did, in order, to improve things",
        "The result for the work and for the relationship",
      ],
    },
    guide: {
      overview:
        "Working with difficult people: describing behaviour, not character; seeking the cause; having a direct conversation; adjusting working agreements; escalating only as a last resort. The seed notes that companies now run reference checks with former teammates, so being kind as well as competent matters.",
      whyAsked:
        "Tests emotional intelligence, maturity and whether the candidate makes teams better or worse.",
      keyPoints: [
        "Situation: specific behaviours and their effect on the work, with no labels about the person",
        "Actions: empathy for causes (overload, incentives, misunderstanding) and a direct, private conversation",
        "Actions: concrete working agreements (clear ownership, written decisions, review process) and escalation only with facts after trying directly",
        "Impact: what happened to the project and the relationship",
        "Learning: how they would spot and address this earlier",
      ],
      followUps: [
        {
          question: "What might that teammate say about you?",
          goodAnswer: "Shows self-awareness of their own contribution to the friction.",
        },
        {
          question: "What did you try that did not work?",
          goodAnswer: "Names a failed approach and why it failed.",
        },
        {
          question: "When, if ever, did you involve your manager?",
          goodAnswer:
            "Only after direct attempts, with specific facts and a request for help rather than a complaint.",
        },
      ],
      signals: ["Describes behaviour, not character", "Direct and kind", "Self-aware about their own part"],
      redFlags: [
        "Badmouths the colleague",
        "Went straight to the manager",
        "No attempt to understand the other person",
      ],
      takeaway: "The best answers show empathy and directness together, and some honest self-reflection.",
    },
    phases: sail(15, {
      story: "Establish the behaviours and their effect on the work",
      actions: "Draw out empathy, the direct conversation and working agreements",
      impact: "Get the outcome for the project and relationship",
      reflection: "Ask how they would handle it earlier now",
      followUps: "Probe self-awareness, failed attempts and escalation",
    }),
  }),

  // Row 17
  behavioral({
    row: 17,
    slug: "getting-buy-in-from-peers-xfn-and-leadership",
    title: "How you get buy-in from peers, cross-functional partners and leadership",
    signal: TW,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["influence", "buy-in", "stakeholder-management"],
    brief: {
      summary:
        "How do you win support for something you want to do from peers, partners in other functions, or leadership? Use a concrete example.",
      context: "Behavioural round probing teamwork and influence.",
      requirements: [
        "What you needed support for and from whom",
        "How you made the case to each group",
        "How you handled objections",
        "What was decided and what it led to",
      ],
    },
    guide: {
      overview:
        "Buy-in is earned by tailoring the case to each audience's goals, bringing evidence, socialising early and incorporating objections, so that the final decision meeting is a formality.",
      whyAsked: "Senior ML work needs resources and agreement from people the candidate does not manage.",
      keyPoints: [
        "Situation: what needed support and which audiences mattered",
        "Actions: tailored framing: engineering cost and complexity for peers, user metrics for product, business impact for leadership",
        "Actions: met key stakeholders one-on-one before the group decision and brought evidence such as a prototype, offline results or a small A/B test",
        "Impact: decision or resources secured and what the project then delivered",
        "Learning: how they now plan influence",
      ],
      followUps: [
        {
          question: "Who was hardest to convince, and why?",
          goodAnswer: "Names the holdout, their legitimate concern and what finally addressed it.",
        },
        {
          question: "What did you give up to get agreement?",
          goodAnswer: "Names a concrete concession or scope change.",
        },
        {
          question: "What would you have done without buy-in?",
          goodAnswer: "Scaled down, ran a smaller proof, or accepted the decision.",
        },
      ],
      signals: ["Audience-aware framing", "Evidence before asks", "Pre-aligns stakeholders"],
      redFlags: ["Relies on authority or seniority", "One pitch for everyone", "Ignores objections"],
      takeaway:
        "Buy-in comes from addressing each stakeholder's goals with evidence, not from a single persuasive meeting.",
    },
    phases: sail(10, {
      story: "Establish what needed buy-in and from whom",
      actions: "Draw out audience-specific framing, evidence and one-on-one work",
      impact: "Get the decision and what it enabled",
      reflection: "Ask how they plan influence now",
      followUps: "Probe the hardest holdout, concessions and the no-case",
    }),
  }),

  // Row 18
  behavioral({
    row: 18,
    slug: "collaborating-and-earning-trust",
    title: "How you collaborate with and earn trust from teammates and cross-functional partners",
    signal: TW,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["trust", "collaboration", "cross-functional"],
    brief: {
      summary:
        "How do you build trust with new teammates and partners from other functions? Give an example where that trust made a difference.",
      context: "Behavioural round probing teamwork.",
      requirements: [
        "How you typically build working relationships",
        "A concrete case where trust was built, or rebuilt",
        "What that trust made possible",
        "What you have learned about trust at work",
      ],
    },
    guide: {
      overview:
        "Trust comes from reliability, transparency and care: doing what you said, raising bad news early, helping others succeed and understanding partners' goals.",
      whyAsked:
        "Trust determines how much autonomy and influence an engineer gets; the seed also notes that references from former teammates now matter in hiring.",
      keyPoints: [
        "Approach: reliable delivery on commitments and early warning on risks",
        "Approach: understands partners' goals and helps them succeed",
        "Example: a concrete case where trust was built or repaired",
        "Impact: what trust enabled (ownership handed over, recommendation accepted, faster decisions)",
        "Learning: a habit they keep",
      ],
      followUps: [
        {
          question: "Tell me about a time you lost someone's trust. How did you rebuild it?",
          goodAnswer:
            "Owns the breach, describes specific repair actions and how the relationship recovered.",
        },
        {
          question: "How do you build trust with someone you rarely work with?",
          goodAnswer: "Small early commitments delivered, clear communication, finding shared goals.",
        },
        {
          question: "How do you deliver bad news to a partner?",
          goodAnswer: "Early, with facts, impact and options, not at the last minute.",
        },
      ],
      signals: ["Reliability", "Transparency about risk", "Cares about others' success"],
      redFlags: [
        "Generic platitudes with no example",
        "Trust equated with being liked",
        "Hides problems until late",
      ],
      takeaway: "Trust is shown through specific reliable behaviours and what they unlocked.",
    },
    phases: approach(10, {
      approach: "Get the candidate's habits for building trust",
      example: "Walk through a concrete case where trust was built or rebuilt",
      outcome: "Establish what that trust made possible",
      reflection: "Ask what they learned about trust",
      followUps: "Probe lost trust, distant partners and bad news",
    }),
  }),

  // Row 19
  behavioral({
    row: 19,
    slug: "escalating-to-manager-or-skip-level",
    title: "A time you escalated to your manager or skip-level",
    signal: TW,
    difficulty: "HARD",
    minutes: 10,
    tags: ["escalation", "judgment", "managing-up"],
    brief: {
      summary:
        "Tell me about a time you took an issue to your manager or to their manager. Why, and how did it go?",
      context: "Behavioural round probing teamwork and judgment about escalation.",
      requirements: [
        "What the issue was and what was at stake",
        "What you tried before escalating",
        "How you escalated and who knew about it",
        "What happened and whether you would do it again",
      ],
    },
    guide: {
      overview:
        "Good escalation is a tool, not a weapon: used after direct attempts, transparent to the people involved, framed as a decision request with facts and options.",
      whyAsked:
        "Tests judgment about when and how to escalate; both never escalating and escalating too quickly are problems.",
      keyPoints: [
        "Situation: real stakes (deadline, quality, safety, blocked work, interpersonal issue)",
        "Actions: tried to resolve directly first and told the other party they planned to escalate",
        "Actions: framed the escalation with facts, impact and options, asking for a decision rather than complaining",
        "Impact: resolution and the relationship with the people involved",
        "Learning: when they would escalate earlier or later",
      ],
      followUps: [
        {
          question: "Why was escalation right rather than resolving it yourself?",
          goodAnswer: "Explains the limits of their authority or the stakes and the timing.",
        },
        {
          question: "How did the people you escalated about react?",
          goodAnswer: "No surprise for them because it was transparent; the relationship survived.",
        },
        {
          question: "Have you ever escalated too late?",
          goodAnswer: "Gives an honest example and the cost of waiting.",
        },
      ],
      signals: ["Escalates transparently", "Comes with options", "Tries directly first"],
      redFlags: [
        "Escalation behind someone's back",
        "Escalation used to win an argument",
        "Never escalates and lets work stall",
      ],
      takeaway: "A good escalation is transparent, timely and asks for a decision with options attached.",
    },
    phases: sail(10, {
      story: "Establish the issue and the stakes",
      actions: "Draw out direct attempts and how the escalation was framed",
      impact: "Get the resolution and relationship effects",
      reflection: "Ask about escalation timing in hindsight",
      followUps: "Probe why escalate, others' reactions and late escalations",
    }),
  }),

  // Row 20
  behavioral({
    row: 20,
    slug: "helping-an-underperforming-teammate",
    title: "A time you helped an underperforming teammate",
    signal: TW,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["coaching", "peer-support", "feedback"],
    brief: {
      summary:
        "Tell me about a time a teammate was struggling to deliver and you helped them turn it around.",
      context: "Behavioural round probing teamwork.",
      requirements: [
        "How you noticed and what the gap was",
        "What you understood about the cause",
        "What you did to help, and how you involved others such as your manager",
        "What changed as a result",
      ],
    },
    guide: {
      overview:
        "Peer support: noticing a gap, understanding its cause with empathy, helping in a tailored way while respecting the manager's role, and measuring whether it worked. The seed stresses supporting junior engineers and peers as part of showing leadership.",
      whyAsked: "Shows whether the candidate lifts the team or works around weak spots.",
      keyPoints: [
        "Situation: concrete evidence of the gap (missed deliverables, quality issues) without judgment",
        "Actions: understood the cause (skills, unclear scope, personal circumstances, fit)",
        "Actions: tailored help (pairing, clearer tasks, feedback, small wins) and kept the manager appropriately involved",
        "Impact: observable change in the teammate's output or confidence",
        "Learning: what they learned about coaching",
      ],
      followUps: [
        {
          question: "How did you raise it with them without damaging the relationship?",
          goodAnswer: "Private, specific, supportive framing focused on helping.",
        },
        {
          question: "What was your manager's role?",
          goodAnswer: "Kept the manager informed where appropriate without turning help into reporting.",
        },
        {
          question: "What if it had not improved?",
          goodAnswer:
            "Would have escalated to the manager with facts and respected that performance management is theirs.",
        },
      ],
      signals: ["Empathy", "Tailored help", "Respects boundaries"],
      redFlags: [
        "Condescending description of the teammate",
        "Simply did their work for them",
        "No visible change",
      ],
      takeaway:
        "Helping an underperformer means diagnosing the cause and building their ability, not covering for them.",
    },
    phases: sail(10, {
      story: "Establish the gap and how it was noticed",
      actions: "Draw out diagnosis and the tailored help",
      impact: "Get the observable change",
      reflection: "Ask what they learned about coaching",
      followUps: "Probe the conversation, the manager's role and the no-improvement case",
    }),
  }),

  // Row 21
  behavioral({
    row: 21,
    slug: "giving-and-sharing-credit",
    title: "How you give and share credit",
    signal: TW,
    difficulty: "EASY",
    minutes: 10,
    tags: ["recognition", "credit", "collaboration"],
    brief: {
      summary:
        "How do you give and share credit on work where several people contributed? Give me an example.",
      context: "Behavioural round probing teamwork.",
      requirements: [
        "How you approach credit in general",
        "A concrete example of sharing credit",
        "What effect it had on the people and the team",
        "How you handle it when credit is not shared fairly",
      ],
    },
    guide: {
      overview:
        "Sharing credit generously and specifically, making invisible work visible (infra, data, labelling, on-call), while still being accurate about one's own contribution.",
      whyAsked: "Tests generosity, integrity and awareness of team dynamics.",
      keyPoints: [
        "Approach: names people and their specific contributions in public forums (launch notes, reviews, demos)",
        "Approach: highlights less visible work such as infrastructure or data quality",
        "Example: a concrete instance with named roles",
        "Impact: effect on morale, recognition or careers",
        "Learning: handling credit that was taken unfairly, with grace",
      ],
      followUps: [
        {
          question: "Has anyone taken credit for your work? What did you do?",
          goodAnswer: "Addressed it calmly and privately, focused on accuracy rather than ego.",
        },
        {
          question: "How do you describe your own contribution on a team project?",
          goodAnswer: "Clear about own part without diminishing others.",
        },
        {
          question: "How do you make sure quiet contributors get recognised?",
          goodAnswer: "Specific mentions, nominations, feedback to their managers.",
        },
      ],
      signals: [
        "Specific, public credit",
        "Visible support for quiet contributors",
        "Accurate self-description",
      ],
      redFlags: ["Says 'I' for everything", "Credit only in vague terms", "Resentful about credit"],
      takeaway:
        "Good credit sharing is specific, public and accurate about everyone's role, including one's own.",
    },
    phases: approach(10, {
      approach: "Get the candidate's principles for credit",
      example: "Walk through a concrete example of sharing credit",
      outcome: "Establish the effect on people and team",
      reflection: "Ask how they handle unfair credit",
      followUps: "Probe taken credit, own contribution and quiet contributors",
    }),
  }),

  // Row 22
  behavioral({
    row: 22,
    slug: "team-not-bonding-well",
    title: "What to do if the team is not bonding well",
    signal: TW,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["team-health", "team-dynamics", "culture"],
    brief: {
      summary:
        "Suppose your team is not gelling: people work in silos and rarely help each other. What would you do? Tell me about a time you faced something like this.",
      context:
        "Behavioural round probing teamwork. The question starts as a hypothetical but expects a real example.",
      requirements: [
        "How you would work out why the team is not bonding",
        "What you would do within your role, and what you would leave to the manager",
        "A real situation where you did something like this and what changed",
        "How you would know it had worked",
      ],
    },
    guide: {
      overview:
        "Team health: diagnosing why a team is siloed (remote setup, new members, unclear ownership, unresolved conflict, overload), acting within one's role and involving the manager, and looking for observable change.",
      whyAsked: "Senior ICs shape team dynamics; this shows whether they notice and act.",
      keyPoints: [
        "Diagnosis: looks for causes before prescribing activities",
        "Actions: IC-level levers such as pairing, shared design reviews, recognising help, onboarding buddies, shared rituals",
        "Actions: partners with the manager for structural issues",
        "Impact: observable change (more cross-reviews, faster help, survey results)",
        "Learning: what worked and what did not",
      ],
      followUps: [
        {
          question: "How would you tell a bonding problem from a workload problem?",
          goodAnswer:
            "Looks at signals such as overtime and missed deadlines versus interaction patterns; talks to people one-on-one.",
        },
        {
          question: "What is your role as an IC compared with the manager's?",
          goodAnswer:
            "Leads by example and small initiatives; leaves structural changes and performance issues to the manager.",
        },
        {
          question: "What did you try that did not work?",
          goodAnswer: "Names a failed initiative, e.g. a forced social event, and what they learned.",
        },
      ],
      signals: ["Diagnoses before acting", "Takes initiative within role", "Measures change"],
      redFlags: ["Only suggests social events", "Says it is the manager's problem", "No real example"],
      takeaway: "Fixing team cohesion starts with diagnosis and is shown through changed working patterns.",
    },
    phases: approach(10, {
      approach: "Get the candidate's diagnosis approach",
      example: "Walk through a real situation and the actions taken",
      outcome: "Establish what changed and how it was observed",
      reflection: "Ask what did and did not work",
      followUps: "Probe diagnosis, IC versus manager roles and failed attempts",
    }),
  }),

  // Row 23
  behavioral({
    row: 23,
    slug: "disagreement-with-majority-decision",
    title: "How you handle disagreement with a majority decision",
    signal: TW,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["disagree-and-commit", "disagreement", "decision-making"],
    brief: {
      summary:
        "Tell me about a time the team decided to go a different way from the one you argued for. What did you do after the decision was made?",
      context: "Behavioural round probing teamwork.",
      requirements: [
        "The decision and your position",
        "How you made your case before the decision",
        "What you did once the decision went the other way",
        "How things turned out",
      ],
    },
    guide: {
      overview:
        "Disagree and commit: voicing dissent clearly with reasons before the decision, then committing fully, not undermining, and setting checkpoints to revisit with evidence. Standards such as safety or ethics are the exception and may justify escalation.",
      whyAsked: "Tests whether the candidate can be a good team member when they do not get their way.",
      keyPoints: [
        "Situation: a real decision where the candidate was in the minority",
        "Actions: argued with data and reasons before the decision",
        "Actions: committed fully afterwards and helped execute",
        "Actions: proposed metrics or checkpoints to revisit if evidence changed",
        "Impact and learning: the outcome, including admitting the majority may have been right",
      ],
      followUps: [
        {
          question: "Would you ever reopen the decision? When?",
          goodAnswer: "Only with new evidence, through the proper forum.",
        },
        {
          question: "Were they right in the end?",
          goodAnswer: "Answers honestly either way and draws a lesson.",
        },
        {
          question: "What if it had been a safety or ethics concern?",
          goodAnswer: "Would escalate; standards do not bend to a majority.",
        },
      ],
      signals: ["Commits after disagreeing", "Uses evidence", "Knows the exception for standards"],
      redFlags: ["Passive resistance or 'I told you so'", "Kept relitigating", "Never voiced disagreement"],
      takeaway: "Strong candidates disagree openly, commit fully and revisit only with new evidence.",
    },
    phases: sail(10, {
      story: "Establish the decision and the candidate's position",
      actions: "Draw out how they argued and how they committed afterwards",
      impact: "Get the outcome",
      reflection: "Ask what they learned, including whether the majority was right",
      followUps: "Probe reopening, hindsight and standards exceptions",
    }),
  }),
];

export const rubrics: RubricTemplateDefinition[] = [];
