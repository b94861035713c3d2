import type { PromptDefinition, RubricTemplateDefinition } from "../schema";
import { approach, behavioral, sail } from "./seed-003-behavioral-part1";

// Behavioural prompts from seed 003, part 4: table rows 65-80 (leadership, adaptability).

const LD = "leadership";
const AD = "adaptability";

export const prompts: PromptDefinition[] = [
  // Row 65
  behavioral({
    row: 65,
    slug: "mentoring-junior-engineers",
    title: "How you mentor junior engineers",
    signal: LD,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["mentorship", "coaching", "developing-others"],
    brief: {
      summary: "How do you mentor junior engineers? Tell me about someone you mentored and how they grew.",
      context: "Behavioural round probing leadership.",
      requirements: [
        "How you adapt mentoring to the person",
        "A specific mentee: where they started and what you did together",
        "How they grew, with concrete evidence",
        "What mentoring has taught you",
      ],
    },
    guide: {
      overview:
        "Developing others: tailoring help to the mentee's level and goals, teaching rather than doing (code and design reviews, pairing, stretch assignments), letting them own outcomes and pointing to measurable growth. The seed says Senior+ offers increasingly need Staff-level evidence such as supporting junior engineers and peers.",
      whyAsked: "Mentoring is a core leadership signal for senior ICs.",
      keyPoints: [
        "Approach: tailored to the mentee's level and goals",
        "Approach: teaching over doing, with stretch assignments and real ownership",
        "Example: a specific mentee with a clear starting point",
        "Outcome: concrete growth (promotion, shipped project, independence)",
        "Reflection: how their mentoring style evolved",
      ],
      followUps: [
        {
          question: "Tell me about a mentee who did not improve.",
          goodAnswer: "Honest reflection on what they tried and what they learned.",
        },
        {
          question: "How do you balance helping with letting them struggle?",
          goodAnswer:
            "Lets them struggle productively with a safety net, stepping in when stakes or time demand it.",
        },
        {
          question: "How do you mentor on a skill you are not strong at?",
          goodAnswer: "Connects them with better mentors and learns alongside.",
        },
      ],
      signals: ["Tailored coaching", "Mentee ownership", "Measurable growth"],
      redFlags: [
        "Mentoring means answering questions",
        "Takes over the mentee's work",
        "No evidence of growth",
      ],
      takeaway: "Mentoring is proven by the mentee's growth, not by hours spent.",
    },
    phases: approach(10, {
      approach: "Get the candidate's mentoring approach",
      example: "Walk through a specific mentee and what they did together",
      outcome: "Establish the mentee's growth",
      reflection: "Ask how their mentoring style evolved",
      followUps: "Probe failed mentoring, productive struggle and skill gaps",
    }),
  }),

  // Row 66
  behavioral({
    row: 66,
    slug: "delegating-a-project",
    title: "A time you delegated a project",
    signal: LD,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["delegation", "ownership", "developing-others"],
    brief: {
      summary: "Tell me about a time you handed a project, or a large part of one, to someone else.",
      context: "Behavioural round probing leadership.",
      requirements: [
        "What you delegated, to whom and why",
        "How you set them up: goals, context, checkpoints",
        "How you supported them, including when things went off track",
        "The result and who got the credit",
      ],
    },
    guide: {
      overview:
        "Delegation as leadership: choosing the right person, defining outcomes and context rather than steps, setting checkpoints without micromanaging, supporting when needed and giving them the credit.",
      whyAsked: "Leaders scale through others; the question tests trust and clarity.",
      keyPoints: [
        "Situation: reason to delegate (growth opportunity, bandwidth)",
        "Actions: matched the person to the work and defined outcomes and context",
        "Actions: checkpoints and support without micromanaging",
        "Impact: result and the person's growth",
        "Learning: what they would delegate differently",
      ],
      followUps: [
        {
          question: "How did you decide what to keep and what to delegate?",
          goodAnswer: "Kept high-risk or cross-org pieces, delegated growth opportunities.",
        },
        {
          question: "What happened when it went off track?",
          goodAnswer: "Coached rather than took over.",
        },
        {
          question: "Who got the credit?",
          goodAnswer: "The delegate.",
        },
      ],
      signals: ["Trust", "Clear outcomes", "Coaching"],
      redFlags: ["Dumped unwanted work", "Micromanaged", "Took the credit"],
      takeaway: "Good delegation transfers ownership and credit, with support rather than control.",
    },
    phases: sail(10, {
      story: "Establish what was delegated and why",
      actions: "Draw out the setup, checkpoints and support",
      impact: "Get the result and the delegate's growth",
      reflection: "Ask what they would delegate differently",
      followUps: "Probe what to keep, off-track moments and credit",
    }),
  }),

  // Row 67
  behavioral({
    row: 67,
    slug: "advocating-for-someone-on-your-team",
    title: "A time you advocated for someone on your team",
    signal: LD,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["advocacy", "sponsorship", "recognition"],
    brief: {
      summary: "Tell me about a time you stood up for, or actively championed, someone on your team.",
      context:
        "Behavioural round probing leadership, e.g. recognition, a promotion case, fair treatment or an idea that was not being heard.",
      requirements: [
        "Who it was and why they needed an advocate",
        "What you did, and in which forums",
        "How you checked this was what they wanted",
        "The outcome for them",
      ],
    },
    guide: {
      overview:
        "Sponsorship: using one's influence to get someone's contribution recognised or treated fairly, through perf feedback, public credit or opportunities, while respecting their wishes and staying objective.",
      whyAsked: "Leaders create opportunities for others; the question tests generosity and courage.",
      keyPoints: [
        "Situation: a real need (under-recognised work, promotion case, unheard idea)",
        "Actions: concrete advocacy such as perf feedback, public credit or sponsoring for an opportunity",
        "Actions: consulted the person and kept it objective",
        "Impact: the outcome for them",
        "Learning: what advocacy taught them",
      ],
      followUps: [
        {
          question: "Did it carry any risk for you?",
          goodAnswer: "Acknowledges it and why it was worth it.",
        },
        {
          question: "How did you make sure it was not favouritism?",
          goodAnswer: "Based on evidence of the person's work.",
        },
        {
          question: "What did the person think?",
          goodAnswer: "Consulted them and respected their wishes.",
        },
      ],
      signals: ["Sponsorship", "Courage", "Fairness"],
      redFlags: [
        "Advocacy that was really about themselves",
        "Acted without the person's consent",
        "Vague description",
      ],
      takeaway:
        "Advocacy is strongest when it is evidence-based, consented to and changes the person's outcome.",
    },
    phases: sail(10, {
      story: "Establish who needed advocacy and why",
      actions: "Draw out the advocacy actions and forums",
      impact: "Get the outcome for the person",
      reflection: "Ask what advocacy taught them",
      followUps: "Probe risk, fairness and the person's view",
    }),
  }),

  // Row 68
  behavioral({
    row: 68,
    slug: "improving-team-or-company-culture",
    title: "A time you improved company or team culture",
    signal: LD,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["culture", "team-practices", "influence"],
    brief: {
      summary: "Tell me about a time you changed how your team or company works together, for the better.",
      context:
        "Behavioural round probing leadership, e.g. blameless postmortems, design reviews, evaluation rigour, onboarding or knowledge sharing.",
      requirements: [
        "What about the culture needed to change and how you knew",
        "What you started or changed",
        "How others came to adopt it",
        "What changed, and whether it outlasted your involvement",
      ],
    },
    guide: {
      overview:
        "Culture change from an IC or lead: identifying a concrete gap, starting a practice, getting others to adopt it and measuring whether it changed behaviour and lasted.",
      whyAsked: "Staff-level impact includes shaping how the team works.",
      keyPoints: [
        "Situation: a concrete gap (blame in postmortems, no design reviews, poor onboarding, weak eval rigour)",
        "Actions: started a practice and modelled it personally",
        "Actions: drove adoption by others",
        "Impact: measured change and longevity",
        "Learning: how culture really changes",
      ],
      followUps: [
        {
          question: "How did you know it was working?",
          goodAnswer: "Participation, survey or outcome metrics.",
        },
        {
          question: "Who pushed back?",
          goodAnswer: "Addressed concerns and adapted.",
        },
        {
          question: "Is it still around?",
          goodAnswer: "Yes with owners, or honest about decay.",
        },
      ],
      signals: ["Leads by example", "Drives adoption", "Measures change"],
      redFlags: ["One-off event called culture change", "Imposed without buy-in", "No evidence of change"],
      takeaway: "Culture change is demonstrated by adopted practices that outlast the initiator.",
    },
    phases: sail(10, {
      story: "Establish the cultural gap and evidence for it",
      actions: "Draw out the practice started and adoption",
      impact: "Get the measured change and longevity",
      reflection: "Ask what they learned about changing culture",
      followUps: "Probe measurement, pushback and persistence",
    }),
  }),

  // Row 69
  behavioral({
    row: 69,
    slug: "taking-responsibility-for-a-failure",
    title: "A time you took responsibility for a failure",
    signal: LD,
    difficulty: "HARD",
    minutes: 10,
    tags: ["accountability", "failure", "postmortem"],
    brief: {
      summary:
        "Tell me about a failure you took responsibility for, including one that was not only your doing.",
      context: "Behavioural round probing leadership.",
      requirements: [
        "What failed and what your part in it was",
        "How you took responsibility, and in front of whom",
        "What you did to recover and prevent a repeat",
        "How people's trust in you was affected",
      ],
    },
    guide: {
      overview:
        "Leadership accountability: publicly owning a failure, including shared ones, shielding the team from blame, leading the postmortem and fixes, and rebuilding trust.",
      whyAsked: "Leaders are judged by how they behave when things go wrong.",
      keyPoints: [
        "Situation: a real failure with consequences",
        "Actions: publicly owned it, including the shared parts",
        "Actions: protected the team from blame and led the postmortem",
        "Impact: fixes and trust rebuilt",
        "Learning: what changed afterwards",
      ],
      followUps: [
        {
          question: "Which part of it was truly your fault?",
          goodAnswer: "Specific and honest.",
        },
        {
          question: "How did you protect the team?",
          goodAnswer: "Took the heat externally and ran a blameless review internally.",
        },
        {
          question: "What changed afterwards?",
          goodAnswer: "Concrete process or technical fix.",
        },
      ],
      signals: ["Accountability", "Protects the team", "Systemic fixes"],
      redFlags: ["Deflects blame", "Owns only the trivial parts", "No follow-up fixes"],
      takeaway: "Taking responsibility means owning it publicly, protecting the team and fixing the system.",
    },
    phases: sail(10, {
      story: "Establish the failure and the candidate's part",
      actions: "Draw out how responsibility was taken and the team protected",
      impact: "Get the fixes and trust outcome",
      reflection: "Ask what changed afterwards",
      followUps: "Probe own fault, team protection and changes",
    }),
  }),

  // Row 70
  behavioral({
    row: 70,
    slug: "setting-a-roadmap",
    title: "A time you set the roadmap for a project or a team",
    signal: LD,
    difficulty: "HARD",
    minutes: 15,
    tags: ["roadmap", "strategy", "prioritization"],
    brief: {
      summary:
        "Tell me about a time you set the roadmap for a project or a team. How did you decide what went on it?",
      context: "Behavioural round probing leadership and technical strategy.",
      requirements: [
        "The context: team or project goals and the company priorities they served",
        "The inputs you gathered and how you prioritised",
        "How you got agreement on the roadmap",
        "How it was carried out and how it changed over time",
      ],
    },
    guide: {
      overview:
        "Technical strategy: gathering inputs (user needs, data, stakeholder asks, tech debt, company bets), prioritising with explicit trade-offs, aligning stakeholders and adjusting as execution reveals new facts. In a ranking team this might mean sequencing work across retrieval, early-stage ranking, late-stage ranking and the value model.",
      whyAsked: "Setting direction is a Staff-level leadership signal.",
      keyPoints: [
        "Situation: roadmap tied to company goals and bets",
        "Actions: structured input gathering and a prioritisation method",
        "Actions: explicit trade-offs, including what was left out",
        "Actions: alignment and buy-in from stakeholders and leadership",
        "Impact and learning: delivery, revisions after execution and results",
      ],
      keyDecisions: [
        {
          decision: "How to sequence the roadmap",
          options: [
            "Quick wins first to build credibility and data",
            "Foundational infrastructure or data work first to unlock later gains",
            "The highest-impact bet first with a fallback",
          ],
          tradeOff:
            "Strong candidates explain their sequencing with reference to risk, dependencies and the need to show results, and say when they changed it.",
        },
      ],
      followUps: [
        {
          question: "What did you leave off the roadmap, and why?",
          goodAnswer: "Named items with clear reasoning.",
        },
        {
          question: "How did you handle a leader who wanted something different?",
          goodAnswer: "Engaged with the leader's goals and adjusted or persuaded with evidence.",
        },
        {
          question: "How did the roadmap change after the first quarter?",
          goodAnswer: "Describes concrete revisions driven by results.",
        },
      ],
      signals: ["Strategic thinking", "Explicit trade-offs", "Alignment"],
      redFlags: ["Roadmap is a list of assigned tasks", "No prioritisation logic", "Never revised"],
      takeaway:
        "A roadmap story shines through clear prioritisation logic, alignment and revision based on results.",
    },
    phases: sail(15, {
      story: "Establish the context and goals",
      actions: "Draw out inputs, prioritisation and alignment",
      impact: "Get execution results",
      reflection: "Ask how the roadmap evolved",
      followUps: "Probe omissions, leader disagreement and revisions",
    }),
  }),

  // Row 71
  behavioral({
    row: 71,
    slug: "what-you-value-in-a-leader",
    title: "What you value in a leader and the kind of leader you aspire to be",
    signal: LD,
    difficulty: "EASY",
    minutes: 10,
    tags: ["leadership-philosophy", "values", "self-awareness"],
    brief: {
      summary: "What do you value most in a leader, and what kind of leader do you want to be?",
      context: "Behavioural round probing leadership.",
      requirements: [
        "The qualities you value and why",
        "Examples of leaders who showed them",
        "The leader you aspire to be",
        "Evidence that you already practise some of it, and where you still fall short",
      ],
    },
    guide: {
      overview:
        "Leadership philosophy: specific qualities with reasons, examples from real leaders, an aspiration, and evidence the candidate already acts on it. The seed mentions that some interviews, such as Google's Googleyness round, value being emotionally intelligent, ethical, kind and curious.",
      whyAsked: "Reveals values and self-awareness about leadership.",
      keyPoints: [
        "Approach: specific qualities with reasons",
        "Example: real leaders who showed them",
        "Outcome: a concrete aspiration",
        "Outcome: evidence of practising it already",
        "Reflection: awareness of their own gaps",
      ],
      followUps: [
        {
          question: "Which of those qualities do you find hardest yourself?",
          goodAnswer: "Honest gap with a plan.",
        },
        {
          question: "Tell me about a leader whose style did not work for you.",
          goodAnswer: "Fair description and what they learned, without badmouthing.",
        },
        {
          question: "How do you lead without formal authority?",
          goodAnswer: "Influence through expertise, trust and clarity.",
        },
      ],
      signals: ["Clear values", "Lives them", "Self-aware"],
      redFlags: ["Generic buzzwords", "No examples", "Inconsistent with their own stories"],
      takeaway: "Leadership values are credible when the candidate already practises them.",
    },
    phases: approach(10, {
      approach: "Get the qualities the candidate values",
      example: "Walk through leaders who showed them",
      outcome: "Establish the candidate's aspiration and current practice",
      reflection: "Ask where they still fall short",
      followUps: "Probe hardest quality, a mismatched leader and influence without authority",
    }),
  }),

  // Row 72
  behavioral({
    row: 72,
    slug: "driving-alignment",
    title: "A time you drove alignment",
    signal: LD,
    difficulty: "HARD",
    minutes: 15,
    tags: ["alignment", "stakeholder-management", "influence"],
    brief: {
      summary:
        "Tell me about a time people or teams were pulling in different directions and you brought them onto one plan.",
      context:
        "Behavioural round probing leadership, e.g. teams optimising different metrics or holding competing roadmaps.",
      requirements: [
        "Who was misaligned and on what",
        "How you mapped their interests and found common ground",
        "How the decision was made and recorded",
        "The outcome and whether the alignment held",
      ],
    },
    guide: {
      overview:
        "Alignment: mapping stakeholders and their incentives, finding a shared goal or metric, using written proposals and a clear decision owner, and keeping the agreement alive through execution. A seed-flavoured example: teams each optimising their own engagement or revenue label, brought together through an explicit, agreed weighting of objectives in a value model.",
      whyAsked: "Staff-level work is often about aligning groups that do not report to you.",
      keyPoints: [
        "Situation: concrete misalignment (different metrics, competing roadmaps)",
        "Actions: stakeholder map with interests",
        "Actions: shared goal or metric framing and a written proposal",
        "Actions: clear decision forum and owner",
        "Impact and learning: agreed plan, execution and durability",
      ],
      followUps: [
        {
          question: "Who was the last holdout, and how did you handle them?",
          goodAnswer: "Understood their concern and addressed it directly.",
        },
        {
          question: "How did you make the alignment last?",
          goodAnswer: "Documented decisions, shared metrics, regular syncs.",
        },
        {
          question: "What did you concede?",
          goodAnswer: "A specific concession.",
        },
      ],
      signals: ["Systems view of stakeholders", "Shared goal framing", "Durable agreements"],
      redFlags: ["Alignment by mandate", "Ignored dissenters", "Agreement that collapsed"],
      takeaway: "Driving alignment means finding a shared goal and building a decision that lasts.",
    },
    phases: sail(15, {
      story: "Establish the misalignment",
      actions: "Draw out the stakeholder map, shared goal and decision process",
      impact: "Get the outcome and durability",
      reflection: "Ask what they learned about alignment",
      followUps: "Probe holdouts, durability and concessions",
    }),
  }),

  // Row 73
  behavioral({
    row: 73,
    slug: "suggestion-to-improve-team-outcomes",
    title: "A time you made a suggestion to improve the team's outcomes",
    signal: LD,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["continuous-improvement", "influence", "team-outcomes"],
    brief: {
      summary: "Tell me about a suggestion you made that improved what your team delivered.",
      context:
        "Behavioural round probing leadership, e.g. launch quality, experiment velocity or reliability.",
      requirements: [
        "What you noticed and the evidence behind it",
        "The suggestion and how you put it forward",
        "How it was tried out",
        "The measured effect on the team's results",
      ],
    },
    guide: {
      overview:
        "Improving team outcomes through a concrete suggestion: evidence-based observation, a clear proposal, a trial and measurement. Unlike the culture question, the focus here is on results such as quality, speed or reliability.",
      whyAsked: "Tests whether the candidate improves the team's results, not just their own.",
      keyPoints: [
        "Situation: an evidence-based observation",
        "Actions: a clear, concrete suggestion",
        "Actions: pitched to the team and trialled",
        "Impact: measured improvement in team outcomes",
        "Learning: credit to the team for adoption",
      ],
      followUps: [
        {
          question: "Why had the team not done this already?",
          goodAnswer: "Insightful answer about incentives or blind spots.",
        },
        {
          question: "How did you measure that it worked?",
          goodAnswer: "A before and after metric.",
        },
        {
          question: "What if it had been rejected?",
          goodAnswer: "Would accept it or gather more evidence.",
        },
      ],
      signals: ["Evidence-based", "Team-focused", "Measured"],
      redFlags: ["Suggestion without follow-through", "No measurement", "Took sole credit"],
      takeaway: "A good suggestion story ends with the team's results measurably better.",
    },
    phases: sail(10, {
      story: "Establish the observation and evidence",
      actions: "Draw out the suggestion, pitch and trial",
      impact: "Get the measured effect",
      reflection: "Ask what they learned",
      followUps: "Probe why not earlier, measurement and rejection",
    }),
  }),

  // Row 74
  behavioral({
    row: 74,
    slug: "leadership-style-that-influenced-you",
    title: "A positive leadership style you liked and how it influenced your work style",
    signal: LD,
    difficulty: "EASY",
    minutes: 10,
    tags: ["leadership-philosophy", "role-models", "work-style"],
    brief: {
      summary:
        "Tell me about a leader whose style you admired. What did they do, and how has it shaped the way you work?",
      context: "Behavioural round probing leadership.",
      requirements: [
        "Who the leader was and the specific behaviours you admired",
        "Why those behaviours worked",
        "How you have adopted them",
        "An example of you applying it, and anything you adapted",
      ],
    },
    guide: {
      overview:
        "Learning from role models: specific observed behaviours, why they were effective, how the candidate adopted and adapted them, and evidence from the candidate's own work.",
      whyAsked: "Shows reflection and the kind of leader the candidate is becoming.",
      keyPoints: [
        "Approach: a specific leader and concrete behaviours, not adjectives",
        "Approach: why it worked and its effect on the team",
        "Example: how they adopted it",
        "Outcome: an example of applying it",
        "Reflection: adaptation to their own context",
      ],
      followUps: [
        {
          question: "What did you have to adapt because it did not fit you?",
          goodAnswer: "A thoughtful adaptation.",
        },
        {
          question: "Have you seen that style fail?",
          goodAnswer: "Nuanced view of its limits.",
        },
        {
          question: "How would your team describe your style?",
          goodAnswer: "Consistent with the story.",
        },
      ],
      signals: ["Reflective", "Applies learning", "Nuanced"],
      redFlags: ["Hero worship without specifics", "No application", "Contradicted by their other stories"],
      takeaway: "Strong answers turn admiration into specific behaviours the candidate now practises.",
    },
    phases: approach(10, {
      approach: "Get the leader and the behaviours admired",
      example: "Walk through how the candidate adopted the style",
      outcome: "Establish an example of applying it",
      reflection: "Ask what they adapted",
      followUps: "Probe adaptation, limits and team perception",
    }),
  }),

  // Row 75
  behavioral({
    row: 75,
    slug: "incurring-tech-debt-to-meet-deadline",
    title: "A time you incurred tech debt to meet a deadline",
    signal: AD,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["tech-debt", "deadlines", "pragmatism"],
    brief: {
      summary:
        "Tell me about a time you knowingly took a shortcut that created technical debt in order to hit a date.",
      context: "Behavioural round probing adaptability.",
      requirements: [
        "Why the date mattered",
        "What shortcut you took and what risk it carried",
        "How you made the debt known and planned to repay it",
        "What happened to the debt afterwards",
      ],
    },
    guide: {
      overview:
        "Deliberate tech debt: a conscious, scoped shortcut with assessed risk, made visible to stakeholders and paid back on a plan. The seed points out that company values differ: moving fast and breaking things may count against you at Google, which prizes doing it the right way, but is a virtue at DoorDash or startups where scrappiness is survival; strong candidates calibrate.",
      whyAsked: "Tests pragmatism and long-term ownership together.",
      keyPoints: [
        "Situation: a deadline that genuinely mattered",
        "Actions: deliberate, scoped shortcut with the blast radius assessed",
        "Actions: documented the debt and communicated it to stakeholders",
        "Impact: met the deadline and paid the debt back on a plan",
        "Learning: which debt they would never take",
      ],
      keyDecisions: [
        {
          decision: "Take on the debt or move the date",
          options: ["Ship with a scoped, documented shortcut", "Negotiate a later date", "Cut scope instead"],
          tradeOff:
            "Strong answers weigh the cost of delay against the risk and interest of the debt and say why the chosen option fit that company's values.",
        },
      ],
      followUps: [
        {
          question: "Did you pay it back? When?",
          goodAnswer: "Yes, with timing, or an honest account of why not.",
        },
        {
          question: "What debt would you never take on?",
          goodAnswer: "Security, data integrity, privacy, correctness of metrics.",
        },
        {
          question: "How did you make sure the debt stayed visible?",
          goodAnswer: "Tickets, code comments, roadmap items.",
        },
      ],
      signals: ["Deliberate trade-off", "Transparency", "Follow-through"],
      redFlags: ["Accidental debt called deliberate", "Never repaid", "Hidden debt"],
      takeaway: "Good tech debt is a deliberate, visible loan with a repayment plan.",
    },
    phases: sail(10, {
      story: "Establish the deadline and the shortcut",
      actions: "Draw out risk assessment and visibility of the debt",
      impact: "Get the deadline outcome and repayment",
      reflection: "Ask which debt they would never take",
      followUps: "Probe repayment, red lines and visibility",
    }),
  }),

  // Row 76
  behavioral({
    row: 76,
    slug: "changing-project-scope",
    title: "A time you had to change the project scope",
    signal: AD,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["scope-management", "replanning", "stakeholder-management"],
    brief: {
      summary: "Tell me about a time you had to change the scope of a project partway through.",
      context: "Behavioural round probing adaptability.",
      requirements: [
        "What triggered the change",
        "The options you considered",
        "How you agreed the new scope with the people involved",
        "The outcome",
      ],
    },
    guide: {
      overview:
        "Scope changes: recognising the trigger (new data, fewer resources, shifted priorities, infeasibility), evaluating options (cut, extend, phase), negotiating with stakeholders and re-planning.",
      whyAsked:
        "Projects rarely survive first contact unchanged; the question tests adaptability and communication.",
      keyPoints: [
        "Situation: a concrete trigger",
        "Actions: options evaluated with trade-offs",
        "Actions: negotiated and communicated with stakeholders",
        "Impact: the re-planned outcome",
        "Learning: early signals of scope risk",
      ],
      followUps: [
        {
          question: "Who had to agree, and how did you get it?",
          goodAnswer: "Names the stakeholders and how agreement was reached.",
        },
        {
          question: "What did you cut, and how did you choose?",
          goodAnswer: "Clear prioritisation logic.",
        },
        {
          question: "Could you have seen it earlier?",
          goodAnswer: "Honest reflection.",
        },
      ],
      signals: ["Adaptable", "Transparent", "Prioritises well"],
      redFlags: [
        "Silent scope creep",
        "Scope cut without telling stakeholders",
        "Blamed the change on others",
      ],
      takeaway: "Scope changes go well when trade-offs are explicit and agreed.",
    },
    phases: sail(10, {
      story: "Establish the trigger for the change",
      actions: "Draw out options and negotiation",
      impact: "Get the outcome",
      reflection: "Ask about early signals",
      followUps: "Probe agreement, cuts and foresight",
    }),
  }),

  // Row 77
  behavioral({
    row: 77,
    slug: "making-a-last-minute-change",
    title: "A time you had to make a last-minute change",
    signal: AD,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["last-minute-change", "launch-risk", "execution-under-pressure"],
    brief: {
      summary:
        "Tell me about a change you had to make at the last minute, for example just before a launch or a deadline.",
      context: "Behavioural round probing adaptability.",
      requirements: [
        "What changed and how late it was",
        "How you judged the risk of changing versus not changing",
        "How you made the change safely",
        "The outcome and how it could have been caught earlier",
      ],
    },
    guide: {
      overview:
        "Late changes: assessing risk fast, executing safely (tests, feature flags, rollback plans), communicating to everyone affected and learning how to catch such issues earlier. Examples include a privacy or legal issue found the day before launch, or a metric regression in a final check.",
      whyAsked: "Tests calm, safe execution under pressure.",
      keyPoints: [
        "Situation: a late trigger with real stakes",
        "Actions: rapid risk assessment of changing versus not changing",
        "Actions: safe execution with testing, flags and rollback",
        "Impact: outcome and communication",
        "Learning: how to catch it earlier",
      ],
      followUps: [
        {
          question: "How did you keep quality while moving fast?",
          goodAnswer: "Targeted testing, feature flags, a second reviewer.",
        },
        {
          question: "What did you choose not to change?",
          goodAnswer: "Shows restraint and focus.",
        },
        {
          question: "How could it have been caught earlier?",
          goodAnswer: "A concrete process improvement.",
        },
      ],
      signals: ["Calm", "Safe execution", "Learns"],
      redFlags: ["Reckless change", "Poor communication", "No prevention afterwards"],
      takeaway: "Late changes are handled well with risk assessment, safety nets and prevention.",
    },
    phases: sail(10, {
      story: "Establish the late change and the stakes",
      actions: "Draw out risk assessment and safe execution",
      impact: "Get the outcome",
      reflection: "Ask how it could be caught earlier",
      followUps: "Probe quality, restraint and prevention",
    }),
  }),

  // Row 78
  behavioral({
    row: 78,
    slug: "delivering-under-time-pressure-or-limited-resources",
    title: "A time you delivered under time pressure or lack of resources",
    signal: AD,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["resource-constraints", "resourcefulness", "prioritization"],
    brief: {
      summary: "Tell me about a time you had to deliver without enough time, people, compute or budget.",
      context: "Behavioural round probing adaptability.",
      requirements: [
        "What was missing and what you still had to deliver",
        "How you made up for the shortfall",
        "What you deliberately did not do",
        "The result",
      ],
    },
    guide: {
      overview:
        "Resourcefulness under constraints: reusing existing work, choosing simpler models or approaches, prioritising ruthlessly, borrowing help and being explicit about trade-offs. It differs from the deadline question by focusing on missing resources.",
      whyAsked: "Teams are often under-resourced; the question tests creativity and prioritisation.",
      keyPoints: [
        "Situation: a concrete constraint (people, compute, budget, data)",
        "Actions: resourceful tactics such as reuse, simpler models, borrowed help",
        "Actions: explicit trade-offs communicated",
        "Impact: delivered result",
        "Learning: what they would do with more resources",
      ],
      followUps: [
        {
          question: "What did you deliberately not do?",
          goodAnswer: "Specific omissions with reasons.",
        },
        {
          question: "How did you ask for more resources?",
          goodAnswer: "A data-backed request.",
        },
        {
          question: "What would you do with twice the resources?",
          goodAnswer: "Shows a prioritised vision.",
        },
      ],
      signals: ["Resourceful", "Prioritises", "Transparent"],
      redFlags: ["Only worked longer hours", "Silent quality cuts", "Complained without acting"],
      takeaway: "Constraint stories shine with resourceful tactics and explicit trade-offs.",
    },
    phases: sail(10, {
      story: "Establish the constraint and the goal",
      actions: "Draw out resourceful tactics and trade-offs",
      impact: "Get the result",
      reflection: "Ask what they would do with more resources",
      followUps: "Probe omissions, resource requests and a bigger budget",
    }),
  }),

  // Row 79
  behavioral({
    row: 79,
    slug: "unreasonable-ask-or-requirements",
    title: "A time you received an unreasonable ask or project requirements",
    signal: AD,
    difficulty: "HARD",
    minutes: 10,
    tags: ["pushback", "requirements", "stakeholder-management"],
    brief: {
      summary:
        "Tell me about a time you were asked to do something you thought was unreasonable. What did you do?",
      context:
        "Behavioural round probing adaptability, e.g. an impossible timeline, a poorly defined metric or scope far beyond the resources.",
      requirements: [
        "What the ask was and why you considered it unreasonable",
        "What you learned about the need behind it",
        "How you responded and what you proposed",
        "The outcome and the state of the relationship afterwards",
      ],
    },
    guide: {
      overview:
        "Handling unreasonable asks: understanding the underlying need, pushing back with data and offering alternatives that meet that need, reaching a workable compromise and keeping the relationship intact.",
      whyAsked: "Tests the ability to say no well and solve the real problem.",
      keyPoints: [
        "Situation: why it was unreasonable (infeasible, ill-posed, risky or unethical)",
        "Actions: sought the underlying goal",
        "Actions: pushed back with data and offered alternatives",
        "Impact: compromise reached and relationship preserved",
        "Learning: how they handle such asks now",
      ],
      followUps: [
        {
          question: "What was the person actually trying to achieve?",
          goodAnswer: "Articulates the underlying need.",
        },
        {
          question: "How did you say no?",
          goodAnswer: "Respectfully, with data and options.",
        },
        {
          question: "What if they had insisted?",
          goodAnswer: "Escalate appropriately, or commit with the risks documented.",
        },
      ],
      signals: ["Seeks the underlying need", "Constructive pushback", "Preserves the relationship"],
      redFlags: ["Simply complied and failed", "Refused flatly", "Disparages the requester"],
      takeaway: "The best answers turn an unreasonable ask into a reasonable plan that meets the real need.",
    },
    phases: sail(10, {
      story: "Establish the ask and why it was unreasonable",
      actions: "Draw out how the need was understood and the pushback",
      impact: "Get the compromise and relationship outcome",
      reflection: "Ask how they handle such asks now",
      followUps: "Probe the underlying need, saying no and insistence",
    }),
  }),

  // Row 80
  behavioral({
    row: 80,
    slug: "project-kept-getting-deprioritized",
    title: "A time a project kept getting de-prioritised",
    signal: AD,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["deprioritization", "persistence", "morale"],
    brief: {
      summary:
        "Tell me about a project that kept getting pushed down the priority list. How did you handle it?",
      context: "Behavioural round probing adaptability.",
      requirements: [
        "The project and why it kept slipping",
        "Whether you thought the de-prioritisation was right, and why",
        "What you did about it",
        "How it ended, whether it shipped or was dropped",
      ],
    },
    guide: {
      overview:
        "Navigating repeated de-prioritisation: judging objectively whether the project deserved its place, then either tying it to current priorities, shrinking it, showing incremental value and finding a sponsor, or letting it go gracefully, while keeping the team motivated.",
      whyAsked: "Tests adaptability, judgment and persistence without stubbornness.",
      keyPoints: [
        "Situation: a project and the reasons it kept slipping",
        "Actions: objectively assessed whether de-prioritisation was right",
        "Actions: tied it to priorities, reduced scope, showed incremental value or found a sponsor",
        "Actions: kept team morale up",
        "Impact and learning: shipped or gracefully dropped, and what they learned",
      ],
      followUps: [
        {
          question: "Did you ever conclude it should be dropped?",
          goodAnswer: "An open-minded assessment.",
        },
        {
          question: "How did you keep the work from going stale?",
          goodAnswer: "Documentation, small increments, keeping the code up to date.",
        },
        {
          question: "How did you keep the team motivated?",
          goodAnswer: "Transparency and visible small wins.",
        },
      ],
      signals: ["Objective judgment", "Adaptability", "Morale care"],
      redFlags: ["Bitterness toward leadership", "Pushed regardless of priorities", "Gave up without trying"],
      takeaway:
        "Good answers show objective judgment about priorities and constructive ways to keep value alive.",
    },
    phases: sail(10, {
      story: "Establish the project and why it slipped",
      actions: "Draw out the assessment and actions",
      impact: "Get how it ended",
      reflection: "Ask what they learned",
      followUps: "Probe dropping, staleness and morale",
    }),
  }),
];

export const rubrics: RubricTemplateDefinition[] = [];
