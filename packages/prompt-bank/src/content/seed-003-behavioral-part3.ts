import type { PromptDefinition, RubricTemplateDefinition } from "../schema";
import { approach, behavioral, sail } from "./seed-003-behavioral-part1";

// Behavioural prompts from seed 003, part 3: table rows 45-64 (initiative, achievement, growth).

const IN = "initiative";
const AC = "achievement";
const GR = "growth";

export const prompts: PromptDefinition[] = [
  // Row 45
  behavioral({
    row: 45,
    slug: "unblocking-yourself",
    title: "A time you unblocked yourself",
    signal: IN,
    difficulty: "EASY",
    minutes: 10,
    tags: ["unblocking", "resourcefulness", "dependencies"],
    brief: {
      summary:
        "Tell me about a time you were stuck waiting on something and found a way to get moving again.",
      context:
        "Behavioural round probing initiative: a blocked dependency, missing data or access, or a knowledge gap.",
      requirements: [
        "What blocked you and what it was costing",
        "What you did instead of waiting",
        "Who you kept informed along the way",
        "How much it helped and whether it left anything to clean up",
      ],
    },
    guide: {
      overview:
        "Initiative when blocked: not waiting passively, exploring workarounds, learning what is needed, asking the right person a precise question, and keeping dependency owners informed so the workaround does not create surprises.",
      whyAsked: "Resourcefulness determines how much an engineer delivers in messy real environments.",
      keyPoints: [
        "Situation: a concrete blocker and its cost in time or impact",
        "Actions: explored alternatives such as a temporary mock, self-service learning or a targeted question to the right owner",
        "Actions: kept the owners informed and avoided unsafe shortcuts",
        "Impact: time saved or delivery protected",
        "Learning: when to work around versus wait",
      ],
      followUps: [
        {
          question: "How long did you wait before acting?",
          goodAnswer: "Short and deliberate; tried the normal path first.",
        },
        {
          question: "Did your workaround create debt?",
          goodAnswer: "Acknowledges it and describes the cleanup.",
        },
        {
          question: "When is it better to wait than to work around?",
          goodAnswer: "When the workaround risks correctness, security or duplicate effort.",
        },
      ],
      signals: ["Resourceful", "Proactive", "Safe shortcuts only"],
      redFlags: ["Waited passively for weeks", "Bypassed controls or ownership", "Left a mess for others"],
      takeaway: "Good self-unblocking is proactive and safe, and it keeps the owners in the loop.",
    },
    phases: sail(10, {
      story: "Establish the blocker and its cost",
      actions: "Draw out the alternatives tried and who was informed",
      impact: "Get the time saved or delivery protected",
      reflection: "Ask when they would wait instead",
      followUps: "Probe waiting time, debt and when not to work around",
    }),
  }),

  // Row 46
  behavioral({
    row: 46,
    slug: "unblocking-others",
    title: "A time you unblocked others",
    signal: IN,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["unblocking", "leverage", "team-support"],
    brief: {
      summary: "Tell me about a time you noticed other people were stuck and you got them moving again.",
      context: "Behavioural round probing initiative beyond your own tasks.",
      requirements: [
        "Who was blocked, on what, and how you noticed",
        "What you did and whether it was part of your job",
        "How you balanced it with your own commitments",
        "The effect on them and whether the fix lasted",
      ],
    },
    guide: {
      overview:
        "Leverage through others: noticing blockers nobody owns, fixing tooling, writing documentation, making a pending decision or pairing, and turning a one-off fix into something that scales, without dropping one's own commitments.",
      whyAsked: "Multiplying others' output is a core senior and staff signal.",
      keyPoints: [
        "Situation: others blocked, with a visible cost",
        "Actions: noticed unprompted and acted (tool fix, docs, review, decision, pairing)",
        "Actions: managed own commitments transparently",
        "Impact: others' velocity restored, ideally with numbers",
        "Learning: making the fix systemic",
      ],
      followUps: [
        {
          question: "How did you balance this with your own deliverables?",
          goodAnswer: "Time-boxed it and told their manager or team.",
        },
        {
          question: "Was it your job?",
          goodAnswer: "Not strictly, but explains why it was worth it.",
        },
        {
          question: "How did you make it scale beyond one-off help?",
          goodAnswer: "Documentation, tooling or a process change.",
        },
      ],
      signals: ["Notices others' pain", "Creates leverage", "Makes fixes systemic"],
      redFlags: [
        "Only helped when asked",
        "Dropped own commitments silently",
        "Created dependency on themselves",
      ],
      takeaway: "The strongest stories turn a one-off rescue into a lasting fix.",
    },
    phases: sail(10, {
      story: "Establish who was blocked and how it was noticed",
      actions: "Draw out the actions and the balance with own work",
      impact: "Get the effect on others' velocity",
      reflection: "Ask how the fix was made systemic",
      followUps: "Probe balance, ownership and scaling",
    }),
  }),

  // Row 47
  behavioral({
    row: 47,
    slug: "project-you-initiated",
    title: "A project initiated by you",
    signal: IN,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["self-initiated", "ownership", "opportunity-spotting"],
    brief: {
      summary:
        "Tell me about a project that happened because you started it. Where did the idea come from, and how did it become real?",
      context: "Behavioural round probing initiative.",
      requirements: [
        "The opportunity you spotted and the evidence for it",
        "How you turned the idea into a funded or approved piece of work",
        "How you executed it",
        "The impact and what you learned",
      ],
    },
    guide: {
      overview:
        "Initiative from idea to impact: spotting an opportunity with evidence, writing a proposal or building a prototype, getting support and resources, then delivering. The seed suggests aiming for scope closely tied to the company's mission and bets.",
      whyAsked: "Senior engineers are expected to generate work, not only execute assigned work.",
      keyPoints: [
        "Situation: an opportunity backed by data or user pain",
        "Actions: proposal or prototype and support secured",
        "Actions: execution with clear ownership",
        "Impact: measurable result",
        "Learning: how they pick opportunities",
      ],
      followUps: [
        {
          question: "Why had no one done this before?",
          goodAnswer: "A thoughtful answer: unowned area, new data, changed constraints.",
        },
        {
          question: "How did you get time for it?",
          goodAnswer: "Negotiated with the manager or proved value with a small prototype first.",
        },
        {
          question: "What would you have done if it had been turned down?",
          goodAnswer: "Accepted it, shrank it, or came back with more evidence.",
        },
      ],
      signals: ["Spots opportunities", "Builds support", "Delivers"],
      redFlags: [
        "Idea never shipped",
        "Side project with no business link",
        "Took credit for a team-generated idea",
      ],
      takeaway:
        "An initiated project counts when it is tied to business value and carried through to impact.",
    },
    phases: sail(10, {
      story: "Establish the opportunity and the evidence",
      actions: "Draw out the proposal, support and execution",
      impact: "Get the measurable result",
      reflection: "Ask how they pick opportunities",
      followUps: "Probe why now, time and the rejection case",
    }),
  }),

  // Row 48
  behavioral({
    row: 48,
    slug: "project-you-had-to-push-hard-for",
    title: "A project you had to push hard for",
    signal: IN,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["persistence", "advocacy", "influence"],
    brief: {
      summary:
        "Tell me about a project you believed in that met resistance, and how you kept pushing for it.",
      context: "Behavioural round probing initiative and persistence.",
      requirements: [
        "The project and why people resisted it",
        "What you did to change minds, and over what period",
        "How you decided whether to keep going",
        "The outcome and whether pushing was right",
      ],
    },
    guide: {
      overview:
        "Persistence with respect: understanding resistance (priority, risk, cost, scepticism), adapting the pitch, gathering evidence through small proofs, finding allies and knowing when to stop.",
      whyAsked:
        "Important work often meets resistance; the question tests conviction balanced with judgment.",
      keyPoints: [
        "Situation: legitimate reasons for resistance",
        "Actions: evidence and small proofs rather than repetition",
        "Actions: adapted the pitch and built allies while staying respectful",
        "Impact: outcome",
        "Learning: when persistence is right and when it is stubbornness",
      ],
      followUps: [
        {
          question: "At what point would you have given up?",
          goodAnswer: "Clear criteria for stopping.",
        },
        {
          question: "What finally changed minds?",
          goodAnswer: "A specific piece of evidence or reframing.",
        },
        {
          question: "In hindsight, was pushing the right call?",
          goodAnswer: "Honest reflection with evidence.",
        },
      ],
      signals: ["Evidence-driven persistence", "Respectful of objections", "Knows when to stop"],
      redFlags: ["Pushed by repetition or authority", "Dismissed objections", "Burned relationships"],
      takeaway: "Pushing hard works when each push brings new evidence, not more volume.",
    },
    phases: sail(10, {
      story: "Establish the project and the resistance",
      actions: "Draw out how minds were changed",
      impact: "Get the outcome",
      reflection: "Ask about persistence versus stubbornness",
      followUps: "Probe stopping criteria, what changed minds and hindsight",
    }),
  }),

  // Row 49
  behavioral({
    row: 49,
    slug: "above-and-beyond-your-duty",
    title: "A time you went above and beyond your duty",
    signal: IN,
    difficulty: "EASY",
    minutes: 10,
    tags: ["ownership", "extra-mile", "initiative"],
    brief: {
      summary:
        "Tell me about a time you took on something that was clearly outside your job description because it needed doing.",
      context: "Behavioural round probing initiative.",
      requirements: [
        "What your role covered and what you took on beyond it",
        "Why it mattered enough to act",
        "How you handled your regular responsibilities meanwhile",
        "The impact",
      ],
    },
    guide: {
      overview:
        "Ownership beyond the role: stepping in where something important falls between responsibilities, for a good reason, without neglecting core duties.",
      whyAsked: "Tests ownership mindset and judgment about where extra effort matters.",
      keyPoints: [
        "Situation: a clear boundary of duty and the gap beyond it",
        "Actions: why it mattered (users, team, company) and what they did",
        "Actions: protected core responsibilities",
        "Impact: measurable benefit",
        "Learning: sustainability and when to hand the work to a proper owner",
      ],
      followUps: [
        {
          question: "Why did you take it on rather than flag it?",
          goodAnswer: "Urgency or nobody else able to; flagged it too.",
        },
        {
          question: "What did you deprioritise?",
          goodAnswer: "Specific and agreed trade-offs.",
        },
        {
          question: "Would you expect others to do the same?",
          goodAnswer: "Nuanced view about ownership without glorifying overwork.",
        },
      ],
      signals: ["Ownership", "Judgment about priorities", "Sustainable"],
      redFlags: [
        "Only about working long hours",
        "Neglected core duties",
        "Did someone else's job without telling them",
      ],
      takeaway: "Above and beyond means ownership where it matters, not simply more hours.",
    },
    phases: sail(10, {
      story: "Establish the role boundary and the gap",
      actions: "Draw out what they did and how core work was protected",
      impact: "Get the measurable benefit",
      reflection: "Ask about sustainability and hand-off",
      followUps: "Probe motivation, trade-offs and expectations of others",
    }),
  }),

  // Row 50
  behavioral({
    row: 50,
    slug: "work-before-manager-approval",
    title: "A time you worked on something before your manager approved it",
    signal: IN,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["autonomy", "prototyping", "bias-for-action"],
    brief: {
      summary: "Tell me about a time you started work on something before your manager had signed off on it.",
      context: "Behavioural round probing initiative.",
      requirements: [
        "What you started and why you did not wait",
        "How much you invested before approval",
        "When and how your manager learned about it",
        "What happened next",
      ],
    },
    guide: {
      overview:
        "Bias for action with transparency: starting a small, time-boxed effort such as a prototype to de-risk or prove value, telling the manager early, and not putting committed work at risk.",
      whyAsked: "Tests the balance between autonomy and alignment.",
      keyPoints: [
        "Situation: a good reason to start early (time-sensitive, cheap to test, needed proof)",
        "Actions: limited, time-boxed investment",
        "Actions: transparent with the manager early rather than a reveal at the end",
        "Impact: approved and scaled, or stopped cleanly",
        "Learning: how they balance autonomy and alignment",
      ],
      followUps: [
        {
          question: "How much time did you invest before telling your manager?",
          goodAnswer: "Small and bounded.",
        },
        {
          question: "What if your manager had said stop?",
          goodAnswer: "Would stop and share what was learned.",
        },
        {
          question: "How did it affect your committed work?",
          goodAnswer: "No impact, or an agreed trade-off.",
        },
      ],
      signals: ["Bias for action", "Transparency", "Bounded risk"],
      redFlags: ["Hid the work", "Large unsanctioned investment", "Committed work slipped"],
      takeaway: "Acting before approval is healthy when it is small, transparent and reversible.",
    },
    phases: sail(10, {
      story: "Establish what was started and why early",
      actions: "Draw out the size of the investment and the transparency",
      impact: "Get what happened next",
      reflection: "Ask how they balance autonomy and alignment",
      followUps: "Probe investment size, the stop case and committed work",
    }),
  }),

  // Row 51
  behavioral({
    row: 51,
    slug: "setting-and-achieving-a-goal",
    title: "A time you set a goal and achieved it",
    signal: AC,
    difficulty: "EASY",
    minutes: 10,
    tags: ["goal-setting", "execution", "self-direction"],
    brief: {
      summary: "Tell me about a goal you set for yourself at work and how you achieved it.",
      context: "Behavioural round probing achievement.",
      requirements: [
        "The goal, why you chose it and how ambitious it was",
        "Your plan and how you tracked progress",
        "The obstacles and how you adjusted",
        "The result and what comes next",
      ],
    },
    guide: {
      overview:
        "Achievement through self-direction: setting an ambitious, measurable goal, planning milestones, tracking and adjusting, and delivering.",
      whyAsked: "Shows drive and the discipline to convert intent into results.",
      keyPoints: [
        "Situation: ambitious, measurable, self-set goal",
        "Actions: a plan with milestones and tracking",
        "Actions: adjusted when obstacles arose",
        "Impact: achieved, with evidence",
        "Learning: how they set goals now",
      ],
      followUps: [
        {
          question: "How ambitious was it relative to your level?",
          goodAnswer: "A real stretch with reasoning.",
        },
        {
          question: "What almost derailed it?",
          goodAnswer: "A concrete obstacle and the response.",
        },
        {
          question: "What is your next goal?",
          goodAnswer: "Specific and connected to their growth.",
        },
      ],
      signals: ["Ambition", "Measurable goals", "Disciplined tracking"],
      redFlags: ["Trivial goal", "No measurement", "Goal set by someone else and called self-set"],
      takeaway: "A strong answer shows a real stretch goal and the discipline that delivered it.",
    },
    phases: sail(10, {
      story: "Establish the goal and its ambition",
      actions: "Draw out the plan, tracking and adjustments",
      impact: "Get the result with evidence",
      reflection: "Ask how they set goals now",
      followUps: "Probe ambition, obstacles and next goal",
    }),
  }),

  // Row 52
  behavioral({
    row: 52,
    slug: "exceeding-expectations",
    title: "A time you went above and beyond expectations",
    signal: AC,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["exceeding-expectations", "impact", "quality"],
    brief: {
      summary: "Tell me about a time your result clearly exceeded what was expected of you.",
      context: "Behavioural round probing achievement.",
      requirements: [
        "What was expected and who set the expectation",
        "How you went beyond it in scope, quality or impact",
        "Why the extra effort was worth it",
        "The result and how it was recognised",
      ],
    },
    guide: {
      overview:
        "Exceeding expectations in outcomes: an explicit baseline, a judged decision to go further (broader scope, generalised solution, better metric) and evidence the extra was valuable. This differs from going beyond one's duty: it is about exceeding the bar on assigned work.",
      whyAsked: "Shows a high bar and judgment about where extra investment pays.",
      keyPoints: [
        "Situation: an explicit expectation",
        "Actions: how they exceeded it and why",
        "Actions: judged cost against benefit",
        "Impact: measured improvement beyond the target",
        "Learning: when extra investment is worth it",
      ],
      followUps: [
        {
          question: "How did you know what the expectation was?",
          goodAnswer: "Explicit goals or a conversation with the manager.",
        },
        {
          question: "Was the extra work worth its cost?",
          goodAnswer: "Reasoned answer with numbers.",
        },
        {
          question: "Did it create anything others had to maintain?",
          goodAnswer: "Considered the maintenance burden.",
        },
      ],
      signals: ["High bar", "Judgment", "Measured impact"],
      redFlags: ["Gold-plating nobody needed", "Unclear baseline", "Scope creep presented as excellence"],
      takeaway: "Exceeding expectations counts when the extra was valuable and deliberately chosen.",
    },
    phases: sail(10, {
      story: "Establish the expectation and who set it",
      actions: "Draw out how and why they exceeded it",
      impact: "Get the measured result",
      reflection: "Ask when extra investment is worth it",
      followUps: "Probe the baseline, cost and maintenance",
    }),
  }),

  // Row 53
  behavioral({
    row: 53,
    slug: "biggest-career-accomplishment",
    title: "The biggest accomplishment in your career",
    signal: AC,
    difficulty: "MEDIUM",
    minutes: 15,
    tags: ["career-highlight", "impact", "technical-complexity"],
    brief: {
      summary:
        "What is the biggest accomplishment of your career so far, and why do you rank it above the rest?",
      context:
        "Behavioural round probing achievement. Interviewers may come back to this in a project deep dive.",
      requirements: [
        "What the accomplishment was and why it tops your list",
        "Your role and the key decisions you made",
        "The impact, with numbers",
        "What it says about the kind of work you want to do next",
      ],
    },
    guide: {
      overview:
        "The candidate's best evidence: scope, difficulty, own role and measurable impact, plus its relevance to this role. The seed suggests organising such a story by technical complexity, collaboration complexity and ambiguity, and argues that match with the team's needs now drives many hiring decisions.",
      whyAsked: "Reveals what the candidate values and the ceiling of their impact so far.",
      keyPoints: [
        "Situation: why this ranks highest (scope, difficulty, impact)",
        "Actions: own role and key decisions across technical, collaboration and ambiguity dimensions",
        "Impact: quantified outcome",
        "Learning: lessons and how they shape future work",
        "Fit: relevance to the role and team",
      ],
      followUps: [
        {
          question: "Why this one over your other achievements?",
          goodAnswer: "Clear criteria that reveal their values.",
        },
        {
          question: "What was the hardest decision in it?",
          goodAnswer: "A specific, well-reasoned decision.",
        },
        {
          question: "What would you do differently?",
          goodAnswer: "Honest improvement points.",
        },
      ],
      signals: ["Large-scope impact", "Clear ownership", "Reflection"],
      redFlags: ["Small or unclear own role", "No numbers", "Unrelated to the job"],
      metrics: [
        "Business or user metric moved",
        "Scale: users, traffic, teams affected",
        "Cost or latency effect",
      ],
      takeaway: "The biggest accomplishment should showcase ownership, scale and fit with the role.",
    },
    phases: sail(15, {
      story: "Establish the accomplishment and why it ranks first",
      actions: "Draw out own role and key decisions",
      impact: "Get the quantified outcome",
      reflection: "Ask for lessons and relevance to next steps",
      followUps: "Probe ranking criteria, hardest decision and do-overs",
    }),
  }),

  // Row 54
  behavioral({
    row: 54,
    slug: "your-biggest-strengths",
    title: "Your biggest strengths",
    signal: AC,
    difficulty: "EASY",
    minutes: 10,
    tags: ["strengths", "self-awareness", "role-fit"],
    brief: {
      summary: "What are your biggest strengths? Back each one up with evidence from your work.",
      context: "Behavioural round probing achievement and self-awareness.",
      requirements: [
        "Two or three specific strengths",
        "A concrete example with impact for each",
        "How others have recognised them",
        "How they relate to the role you are interviewing for",
      ],
    },
    guide: {
      overview:
        "Strengths stated specifically, each backed by evidence and external validation, relevant to the role and with self-awareness about overusing them. It connects to the seed's 'why you, why not anyone else' question.",
      whyAsked: "Tests self-knowledge and fit with the team's needs.",
      keyPoints: [
        "Approach: two or three specific strengths, not generic adjectives",
        "Example: evidence with impact for each",
        "Example: external validation such as peer feedback or reviews",
        "Outcome: relevance to the role",
        "Reflection: awareness of when the strength becomes a weakness",
      ],
      followUps: [
        {
          question: "When has that strength worked against you?",
          goodAnswer: "Honest overuse example.",
        },
        {
          question: "How would your last manager describe your strengths?",
          goodAnswer: "Consistent with the candidate's claims.",
        },
        {
          question: "Which strength is most relevant to this role?",
          goodAnswer: "Connects to the team's actual needs.",
        },
      ],
      signals: ["Specific", "Evidence-backed", "Self-aware"],
      redFlags: [
        "Generic traits such as 'hard-working' or 'team player'",
        "No evidence",
        "Too many strengths listed",
      ],
      takeaway: "Strengths are convincing only when they are specific, evidenced and relevant.",
    },
    phases: approach(10, {
      approach: "Get the two or three strengths named",
      example: "Walk through the evidence for each strength",
      outcome: "Establish impact and external validation",
      reflection: "Ask when a strength becomes a liability",
      followUps: "Probe overuse, manager view and role relevance",
    }),
  }),

  // Row 55
  behavioral({
    row: 55,
    slug: "biggest-career-regret",
    title: "The biggest regret in your career",
    signal: GR,
    difficulty: "HARD",
    minutes: 10,
    tags: ["regret", "self-reflection", "maturity"],
    brief: {
      summary: "What is the biggest regret of your career so far, and what did it teach you?",
      context: "Behavioural round probing growth.",
      requirements: [
        "What you regret and why it mattered",
        "Your part in it",
        "What you did at the time or afterwards",
        "How it has changed the way you work",
      ],
    },
    guide: {
      overview:
        "Mature reflection: a genuine regret with stakes, owned without blaming, with a clear change in later behaviour. The seed warns against claiming to have got everything right: nobody has.",
      whyAsked: "Tests honesty and capacity for growth.",
      keyPoints: [
        "Situation: a genuine regret with real stakes",
        "Actions: the candidate's own role stated honestly",
        "Actions: what they did to repair or mitigate",
        "Impact: consequences",
        "Learning: a changed behaviour with evidence",
      ],
      followUps: [
        {
          question: "What did you do to repair or mitigate at the time?",
          goodAnswer: "Concrete actions, or honesty that it was too late.",
        },
        {
          question: "What did it teach you about yourself?",
          goodAnswer: "Genuine self-insight.",
        },
        {
          question: "Where have you applied the lesson?",
          goodAnswer: "A specific later situation.",
        },
      ],
      signals: ["Honesty", "Ownership", "Growth"],
      redFlags: ["Humble-brag regret", "Blames others", "Claims to have no regrets"],
      takeaway: "A real regret, owned and turned into changed behaviour, beats a polished non-answer.",
    },
    phases: sail(10, {
      story: "Establish the regret and why it mattered",
      actions: "Draw out the candidate's role and response",
      impact: "Get the consequences",
      reflection: "Ask how it changed their way of working",
      followUps: "Probe repair, self-insight and application",
    }),
  }),

  // Row 56
  behavioral({
    row: 56,
    slug: "persevering-for-several-months",
    title: "A time you had to persevere for several months",
    signal: GR,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["perseverance", "long-projects", "resilience"],
    brief: {
      summary:
        "Tell me about a stretch of several months where progress was slow or setbacks kept coming, and how you kept going.",
      context:
        "Behavioural round probing growth, e.g. a model that would not improve, a long migration or a hard launch.",
      requirements: [
        "What made it a long, hard effort",
        "Why you kept going and what you changed along the way",
        "How you kept yourself, your team and stakeholders going",
        "How it ended",
      ],
    },
    guide: {
      overview:
        "Perseverance grounded in evidence: continuing because milestones showed progress, adjusting approach, maintaining morale and stakeholder patience, and knowing what would justify stopping.",
      whyAsked: "Hard ML problems often take quarters; the question tests grit with judgment.",
      keyPoints: [
        "Situation: a long effort with setbacks",
        "Actions: evidence-based reasons to continue and intermediate milestones",
        "Actions: changed approach when something was not working",
        "Actions: kept morale and stakeholder support through visible progress",
        "Impact and learning: outcome, and when to persevere versus quit",
      ],
      followUps: [
        {
          question: "Did you consider giving up? What kept you going?",
          goodAnswer: "Honest answer grounded in evidence.",
        },
        {
          question: "How did you keep stakeholders patient?",
          goodAnswer: "Milestones and regular progress updates.",
        },
        {
          question: "What would have made you stop?",
          goodAnswer: "Clear criteria.",
        },
      ],
      signals: ["Grit", "Adaptation", "Stakeholder management"],
      redFlags: ["Stubbornness without evidence", "No adaptation", "Team burned out"],
      takeaway: "Perseverance is strongest when backed by milestones and a willingness to adapt.",
    },
    phases: sail(10, {
      story: "Establish the long effort and setbacks",
      actions: "Draw out reasons to continue, adaptations and morale",
      impact: "Get how it ended",
      reflection: "Ask when to persevere versus quit",
      followUps: "Probe doubts, stakeholder patience and stop criteria",
    }),
  }),

  // Row 57
  behavioral({
    row: 57,
    slug: "project-you-would-do-differently",
    title: "A project you would do differently",
    signal: GR,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["retrospective", "self-reflection", "lessons-learned"],
    brief: {
      summary: "Tell me about a past project you would approach differently if you did it again.",
      context: "Behavioural round probing growth.",
      requirements: [
        "The project, your role and how it turned out",
        "The specific things you would change",
        "Why those changes would have made a difference",
        "Whether you have had the chance to apply them since",
      ],
    },
    guide: {
      overview:
        "Retrospective thinking: identifying specific, root-cause-level changes in scoping, evaluation design, stakeholder alignment or technical choices, rather than 'more time', and showing they were applied later.",
      whyAsked: "Tests reflective practice and learning transfer.",
      keyPoints: [
        "Situation: project context and outcome",
        "Actions: specific changes at root-cause level",
        "Actions: explains why each change would matter",
        "Impact: evidence the lessons were applied later",
        "Learning: what they would keep the same",
      ],
      followUps: [
        {
          question: "What was the root cause?",
          goodAnswer: "A precise cause, not a symptom.",
        },
        {
          question: "Have you had a chance to apply this?",
          goodAnswer: "A concrete later example.",
        },
        {
          question: "What would you keep exactly the same?",
          goodAnswer: "Balanced view of what worked.",
        },
      ],
      signals: ["Root-cause thinking", "Applied learning", "Balanced reflection"],
      redFlags: ["Only 'more time' or 'more people'", "Blames circumstances", "No ownership"],
      takeaway: "Good retrospectives name root causes and show the fixes in later work.",
    },
    phases: sail(10, {
      story: "Establish the project and outcome",
      actions: "Draw out the specific changes and why",
      impact: "Get evidence of later application",
      reflection: "Ask what they would keep the same",
      followUps: "Probe root cause, application and balance",
    }),
  }),

  // Row 58
  behavioral({
    row: 58,
    slug: "big-mistake-reflection-and-doing-better",
    title: "A time you made a big mistake, reflected and did better",
    signal: GR,
    difficulty: "HARD",
    minutes: 15,
    tags: ["mistakes", "postmortem", "accountability"],
    brief: {
      summary:
        "Tell me about a significant mistake you made at work. What happened, what did you do, and how did you do better afterwards?",
      context: "Behavioural round probing growth, e.g. a bad launch, a broken pipeline or a wrong metric.",
      requirements: [
        "The mistake and its consequences",
        "How you found out and what you did immediately",
        "How you worked out the root cause",
        "What you changed so it would not happen again, and how you know it worked",
      ],
    },
    guide: {
      overview:
        "Reflection leading to doing better: owning a real mistake quickly, mitigating and communicating, running a blameless root-cause analysis, fixing the system and changing personal practice, with evidence the change held.",
      whyAsked: "How someone handles a serious mistake predicts how they handle incidents and trust.",
      keyPoints: [
        "Situation: a real mistake with consequences",
        "Actions: owned it immediately and communicated",
        "Actions: mitigated damage and ran a blameless root-cause analysis",
        "Impact: a systemic fix plus a personal change",
        "Learning: evidence the change held over time",
      ],
      followUps: [
        {
          question: "How did you find out it was a mistake?",
          goodAnswer: "Concrete signal; ideally they caught it themselves.",
        },
        {
          question: "Who did you tell, and how fast?",
          goodAnswer: "Quickly, affected people and the manager.",
        },
        {
          question: "What process change came out of it?",
          goodAnswer: "A specific guardrail, test or review step.",
        },
      ],
      signals: ["Ownership", "Systemic fix", "Transparency"],
      redFlags: ["Trivial mistake", "Blame shifted", "No systemic change"],
      metrics: [
        "Time to detect and time to mitigate",
        "Impact of the mistake (users, revenue, data)",
        "Recurrence after the fix",
      ],
      takeaway: "The mark of growth is a systemic fix plus a changed habit, not just an apology.",
    },
    phases: sail(15, {
      story: "Establish the mistake and consequences",
      actions: "Draw out detection, ownership, mitigation and root cause",
      impact: "Get the systemic and personal changes",
      reflection: "Ask for evidence the change held",
      followUps: "Probe detection, communication and process change",
    }),
  }),

  // Row 59
  behavioral({
    row: 59,
    slug: "your-biggest-weaknesses",
    title: "Your biggest weaknesses",
    signal: GR,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["weaknesses", "self-awareness", "improvement-plan"],
    brief: {
      summary: "What are your biggest weaknesses, and what are you doing about them?",
      context: "Behavioural round probing growth.",
      requirements: [
        "A real weakness that affects your work",
        "An example of when it showed",
        "What you are doing to improve",
        "How you can tell whether it is working",
      ],
    },
    guide: {
      overview:
        "Honest self-assessment: a genuine work-relevant weakness with an example, concrete mitigation and evidence of progress. The seed stresses that nobody has everything figured out; pretending otherwise is itself a weak signal.",
      whyAsked: "Tests self-awareness and coachability.",
      keyPoints: [
        "Approach: a real weakness, not a disguised strength",
        "Example: when it showed and its impact",
        "Outcome: concrete mitigation steps",
        "Outcome: evidence of progress",
        "Reflection: openness to feedback",
      ],
      followUps: [
        {
          question: "How would it show up in this role?",
          goodAnswer: "Honest mapping to the role.",
        },
        {
          question: "What feedback made you aware of it?",
          goodAnswer: "Specific feedback source.",
        },
        {
          question: "How do you know you are improving?",
          goodAnswer: "Measurable or feedback-based evidence.",
        },
      ],
      signals: ["Honesty", "Active improvement", "Self-awareness"],
      redFlags: [
        "'I'm a perfectionist' style answers",
        "A weakness critical to the role with no mitigation",
        "No improvement plan",
      ],
      takeaway: "The best answers name a real weakness and show active, measurable improvement.",
    },
    phases: approach(10, {
      approach: "Get the weakness named",
      example: "Walk through when it showed and its impact",
      outcome: "Establish mitigation and progress",
      reflection: "Ask how they seek feedback on it",
      followUps: "Probe role impact, feedback source and evidence of progress",
    }),
  }),

  // Row 60
  behavioral({
    row: 60,
    slug: "owning-a-task-outside-your-expertise",
    title: "A time you owned a task outside your expertise",
    signal: GR,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["learning-agility", "stretch-assignment", "new-domain"],
    brief: {
      summary: "Tell me about a time you took ownership of something outside your area of expertise.",
      context:
        "Behavioural round probing growth, e.g. an ML engineer owning serving infrastructure, a backend API or a data pipeline.",
      requirements: [
        "The task and the gap between it and your expertise",
        "How you got up to speed",
        "How you managed the risk of being new to it",
        "The result and what it taught you about learning",
      ],
    },
    guide: {
      overview:
        "Learning agility: a structured ramp-up (docs, experts, small prototypes), risk management (reviews from experts, honest expectations) and delivery. The seed notes MLE candidates are increasingly expected to handle backend and infrastructure work too.",
      whyAsked:
        "Roles change quickly; the question tests the ability to learn and deliver outside a comfort zone.",
      keyPoints: [
        "Situation: a real gap",
        "Actions: a structured learning plan",
        "Actions: reviews from experts and honest expectations set",
        "Impact: delivered result",
        "Learning: a learning method they reuse",
      ],
      followUps: [
        {
          question: "How did you get up to speed so fast?",
          goodAnswer: "Specific resources and methods.",
        },
        {
          question: "How did you keep your inexperience from causing problems?",
          goodAnswer: "Expert reviews, tests, staged rollout.",
        },
        {
          question: "Would you take on something like it again?",
          goodAnswer: "Yes, with reasons.",
        },
      ],
      signals: ["Learning agility", "Risk awareness", "Delivery"],
      redFlags: ["Faked expertise", "No risk management", "Gave up and handed it off"],
      takeaway: "Ownership outside expertise is credible when learning is structured and risk is managed.",
    },
    phases: sail(10, {
      story: "Establish the task and the expertise gap",
      actions: "Draw out the ramp-up and risk management",
      impact: "Get the result",
      reflection: "Ask for their learning method",
      followUps: "Probe speed, risk and willingness to repeat",
    }),
  }),

  // Row 61
  behavioral({
    row: 61,
    slug: "finding-mentors-and-networking",
    title: "How you find mentors and network within and beyond your team",
    signal: GR,
    difficulty: "EASY",
    minutes: 10,
    tags: ["mentorship", "networking", "career-development"],
    brief: {
      summary:
        "How do you find mentors and build relationships with people inside and outside your team? Give a concrete example.",
      context: "Behavioural round probing growth.",
      requirements: [
        "How you identify what you need to learn and who can help",
        "A specific mentor or relationship and how it started",
        "What came out of it",
        "How you play that role for others",
      ],
    },
    guide: {
      overview:
        "Deliberate growth through people: identifying gaps, seeking specific mentors inside and outside the team, acting on their advice and giving back. The seed describes repeated honest conversations with friends and mentors as the way to see where one can grow, being that mentor for others, and staying in touch with former colleagues and managers.",
      whyAsked: "Shows proactivity about growth and community.",
      keyPoints: [
        "Approach: deliberate, gap-driven mentor seeking",
        "Example: a specific relationship and how it was built",
        "Outcome: advice acted upon with results",
        "Outcome: gives back by mentoring others",
        "Reflection: keeps relationships beyond current roles",
      ],
      followUps: [
        {
          question: "What is the most useful advice a mentor gave you, and what did you do with it?",
          goodAnswer: "A specific piece of advice and the action taken.",
        },
        {
          question: "How do you find mentors outside your team?",
          goodAnswer: "Communities, reading groups, conferences, cross-team projects.",
        },
        {
          question: "Who do you mentor?",
          goodAnswer: "Concrete example.",
        },
      ],
      signals: ["Proactive", "Acts on advice", "Gives back"],
      redFlags: ["No mentors and no effort to find any", "Networking only for job hunting", "No example"],
      takeaway: "Good answers show mentorship as a two-way, deliberate practice with real results.",
    },
    phases: approach(10, {
      approach: "Get the candidate's approach to finding mentors",
      example: "Walk through a specific relationship",
      outcome: "Establish what came out of it",
      reflection: "Ask how they give back",
      followUps: "Probe best advice, external mentors and mentees",
    }),
  }),

  // Row 62
  behavioral({
    row: 62,
    slug: "struggling-initially-then-turning-it-around",
    title: "A time you struggled initially and turned it around",
    signal: GR,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["turnaround", "resilience", "learning"],
    brief: {
      summary:
        "Tell me about a time you had a rough start, in a new role, team, domain or project, and then turned it around.",
      context: "Behavioural round probing growth.",
      requirements: [
        "What the struggle was and how you knew you were struggling",
        "What you worked out about why",
        "What you changed",
        "How things looked once you had turned it around",
      ],
    },
    guide: {
      overview:
        "A turnaround story: honest about an initial struggle, diagnosing its cause, taking deliberate action (asking for help, learning, changing approach) and showing measurable improvement.",
      whyAsked: "Everyone struggles sometimes; the question tests diagnosis and adaptability.",
      keyPoints: [
        "Situation: an honest struggle with signals",
        "Actions: diagnosis of the cause",
        "Actions: deliberate changes and help sought",
        "Impact: measurable turnaround",
        "Learning: early-warning signs",
      ],
      followUps: [
        {
          question: "What was the turning point?",
          goodAnswer: "A specific moment or change.",
        },
        {
          question: "Who helped you?",
          goodAnswer: "Credits specific people.",
        },
        {
          question: "What early signal would you watch for now?",
          goodAnswer: "Concrete indicator.",
        },
      ],
      signals: ["Honesty", "Diagnosis", "Turnaround"],
      redFlags: ["Struggle blamed entirely on others", "No real change", "Vague result"],
      takeaway:
        "Turnaround stories are strong when the diagnosis is sharp and the improvement is measurable.",
    },
    phases: sail(10, {
      story: "Establish the struggle and its signals",
      actions: "Draw out the diagnosis and changes",
      impact: "Get the measurable turnaround",
      reflection: "Ask for early-warning signs",
      followUps: "Probe turning point, helpers and early signals",
    }),
  }),

  // Row 63
  behavioral({
    row: 63,
    slug: "finding-time-to-learn",
    title: "How you find time to learn at and outside of work",
    signal: GR,
    difficulty: "EASY",
    minutes: 10,
    tags: ["continuous-learning", "research-reading", "habits"],
    brief: {
      summary:
        "How do you keep learning, both on the job and outside it? Give an example of something you learned that made a difference at work.",
      context: "Behavioural round probing growth.",
      requirements: [
        "The habits you use to keep learning",
        "How you decide what is worth learning",
        "A concrete example of learning that changed your work",
        "How you keep it sustainable",
      ],
    },
    guide: {
      overview:
        "Continuous learning: concrete habits (reading papers, reading groups, side projects, courses) tied to work impact, with a way to choose topics and sustain the practice. The seed's author reads recommender-system papers constantly and credits that deep, genuine domain interest for coming through in interviews even when other parts went less well.",
      whyAsked:
        "The ML field moves fast; the question tests curiosity and the ability to turn learning into impact.",
      keyPoints: [
        "Approach: concrete habits, not intentions",
        "Approach: chooses topics based on work needs and where the field is heading",
        "Example: learning that produced impact at work",
        "Outcome: sustainable routine",
        "Reflection: depth in a domain they genuinely care about",
      ],
      followUps: [
        {
          question: "What is the last thing you learned that you applied at work?",
          goodAnswer: "Recent, concrete, with impact.",
        },
        {
          question: "What paper or technique recently changed your thinking?",
          goodAnswer: "Names it and explains the insight in their own words.",
        },
        {
          question: "How do you decide what to learn?",
          goodAnswer: "Aligned with work problems and direction of the field.",
        },
      ],
      signals: ["Curiosity", "Applied learning", "Domain depth"],
      redFlags: ["Vague intentions", "Only buzzwords", "Learning disconnected from any use"],
      takeaway: "Learning habits are credible when they are concrete and visibly feed into work.",
    },
    phases: approach(10, {
      approach: "Get the candidate's learning habits",
      example: "Walk through learning that changed their work",
      outcome: "Establish the impact",
      reflection: "Ask how they sustain the habit",
      followUps: "Probe recent application, a recent paper and topic selection",
    }),
  }),

  // Row 64
  behavioral({
    row: 64,
    slug: "career-aspirations-and-motivation-to-join",
    title: "Career aspirations and motivation to join this company",
    signal: GR,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["career-goals", "motivation", "role-fit"],
    brief: {
      summary: "Where do you want your career to go, and why does this company, and this team, fit that?",
      context:
        "Behavioural round probing growth and motivation. Assume you are interviewing with a specific company and team.",
      requirements: [
        "Your career direction in concrete terms",
        "Why you are looking to move now",
        "What specifically draws you to this company and team",
        "What you would bring that the team needs",
      ],
    },
    guide: {
      overview:
        "Motivation and fit: a clear, honest aspiration (domain, scope, type of work), researched reasons for this company and team, and a convincing answer to 'why you and not someone else', which the seed names as the question hiring teams now must answer because headcount is tight. The seed's own criteria for a move include scope tied to the mission, a future-oriented domain, sustainable workload and company stability.",
      whyAsked: "With a match-oriented bar, motivation and fit often decide close calls.",
      keyPoints: [
        "Approach: a specific aspiration (domain, scope, kind of work)",
        "Approach: researched reasons tied to the company's mission, domain or technical stack",
        "Example: experience that matches what the team needs",
        "Outcome: reasons for leaving framed positively",
        "Reflection: consistency with their track record",
      ],
      followUps: [
        {
          question: "Why are you leaving your current role?",
          goodAnswer: "Positive, forward-looking reasons; no badmouthing.",
        },
        {
          question: "What would make you turn down an offer from us?",
          goodAnswer: "Honest priorities such as team fit or scope.",
        },
        {
          question: "What do you want to be doing in three years?",
          goodAnswer: "Specific and consistent with the role.",
        },
      ],
      signals: ["Clear direction", "Specific research", "Role match"],
      redFlags: [
        "Generic praise of the company",
        "Motivated only by compensation",
        "Badmouths the current employer",
      ],
      takeaway: "The best answers make 'why here' and 'why you' specific and mutually reinforcing.",
    },
    phases: approach(10, {
      approach: "Get the candidate's career direction",
      example: "Walk through why this company and team fit it",
      outcome: "Establish what they would bring",
      reflection: "Ask about consistency with their path so far",
      followUps: "Probe reasons for leaving, deal-breakers and three-year view",
    }),
  }),
];

export const rubrics: RubricTemplateDefinition[] = [];
