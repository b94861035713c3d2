import type { PromptDefinition, RubricTemplateDefinition } from "../schema";
import { approach, behavioral, sail } from "./seed-003-behavioral-part1";

// Behavioural prompts from seed 003, part 2: table rows 24-44 (communication, time management,
// decision making).

const CM = "communication";
const TM = "time management";
const DM = "decision making";

export const prompts: PromptDefinition[] = [
  // Row 24
  behavioral({
    row: 24,
    slug: "explaining-technical-ideas-to-non-technical-audience",
    title: "How you communicate technical ideas to a non-technical audience",
    signal: CM,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["stakeholder-communication", "explaining-ml", "storytelling"],
    brief: {
      summary:
        "Tell me about a time you had to explain a technical or ML idea to people without a technical background. How did you make it land?",
      context:
        "Behavioural round probing communication, e.g. with product, sales, legal, operations or executives.",
      requirements: [
        "Who the audience was and what they needed from you",
        "How you shaped the explanation for them",
        "How you checked they had understood",
        "What the audience did with it",
      ],
    },
    guide: {
      overview:
        "Communication to non-technical audiences means starting from what they must decide, translating model behaviour into outcomes they care about, being honest about uncertainty and confirming understanding.",
      whyAsked:
        "ML engineers must explain probabilistic systems, experiment results and trade-offs to decision makers.",
      keyPoints: [
        "Situation: a clear audience and the decision or action they needed to take",
        "Actions: framed in their terms (user impact, cost, risk) with an analogy or visual instead of model internals",
        "Actions: explained uncertainty plainly, e.g. what an error rate or a noisy A/B result means for them",
        "Impact: decision made, adoption or changed behaviour by the audience",
        "Learning: a technique they reuse",
      ],
      followUps: [
        {
          question: "How do you explain a model's error rate or uncertainty to a non-technical stakeholder?",
          goodAnswer:
            "Concrete frequencies and consequences, e.g. out of 100 flagged items about N are wrong, and what that costs.",
        },
        {
          question: "What did you leave out, and why?",
          goodAnswer: "Dropped internals that did not affect the decision while keeping caveats that did.",
        },
        {
          question: "How did you know they understood?",
          goodAnswer: "Asked them to restate or decide, watched questions, followed up in writing.",
        },
      ],
      signals: ["Audience-first framing", "Honest about uncertainty", "Checks understanding"],
      redFlags: [
        "Jargon-heavy retelling",
        "Talks down to the audience",
        "Oversimplifies away material risks",
      ],
      takeaway:
        "Good technical communication is measured by the decision the audience could make afterwards.",
    },
    phases: sail(10, {
      story: "Establish the audience and what they needed",
      actions: "Draw out how the explanation was shaped and checked",
      impact: "Get what the audience did with it",
      reflection: "Ask for the technique they reuse",
      followUps: "Probe uncertainty, omissions and checking understanding",
    }),
  }),

  // Row 25
  behavioral({
    row: 25,
    slug: "giving-constructive-feedback",
    title: "How you give constructive feedback",
    signal: CM,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["feedback", "candour", "coaching"],
    brief: {
      summary:
        "How do you give constructive feedback to a colleague? Walk me through a real time you did it.",
      context: "Behavioural round probing communication.",
      requirements: [
        "How you generally approach giving feedback",
        "A specific instance: what the feedback was and how you delivered it",
        "How the person responded and what changed",
        "What you have learned about giving feedback",
      ],
    },
    guide: {
      overview:
        "Constructive feedback is specific, timely, private, focused on behaviour and its impact, and actionable, delivered with care for the relationship and followed up. Feedback to a peer or someone more senior is a stronger example than to a junior.",
      whyAsked: "Teams improve through candid feedback; the question checks candour and empathy together.",
      keyPoints: [
        "Approach: behaviour plus impact plus a suggestion, given soon and in private",
        "Example: a real instance with the actual words or framing used",
        "Actions: considered the person's perspective and followed up later",
        "Impact: observable change in behaviour or results",
        "Learning: what they adjusted in their own style",
      ],
      followUps: [
        {
          question: "Tell me about feedback you gave that did not land.",
          goodAnswer: "Owns the delivery, describes how they repaired it and what they changed.",
        },
        {
          question: "Have you given feedback to someone more senior than you?",
          goodAnswer: "Yes, with care for timing and framing, focused on shared goals.",
        },
        {
          question: "How do you balance candour and kindness?",
          goodAnswer: "Clear about the issue and respectful of the person; withholding feedback is not kind.",
        },
      ],
      signals: ["Specific and actionable", "Empathetic", "Follows up"],
      redFlags: ["Vague or only positive feedback", "Public criticism", "Avoids giving feedback altogether"],
      takeaway: "Effective feedback is specific, kind and followed by visible change.",
    },
    phases: approach(10, {
      approach: "Get the candidate's principles for feedback",
      example: "Walk through a specific instance and its delivery",
      outcome: "Establish the response and the change",
      reflection: "Ask what they adjusted in their style",
      followUps: "Probe failed feedback, upward feedback and candour versus kindness",
    }),
  }),

  // Row 26
  behavioral({
    row: 26,
    slug: "receiving-constructive-feedback",
    title: "How you receive constructive feedback",
    signal: CM,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["feedback", "self-awareness", "growth-mindset"],
    brief: {
      summary:
        "Tell me about a piece of critical feedback you received. How did you react, and what did you do with it?",
      context: "Behavioural round probing communication and openness.",
      requirements: [
        "What the feedback was and who gave it",
        "Your honest first reaction",
        "What you did to understand it and act on it",
        "Evidence that something changed",
      ],
    },
    guide: {
      overview:
        "Receiving feedback well: hearing something genuinely critical, managing the first reaction, seeking to understand, changing behaviour and checking the change. The seed argues that seeing where you can grow takes repeated honest conversations with friends and mentors.",
      whyAsked: "Coachability predicts growth; interviewers look for real feedback and real change.",
      keyPoints: [
        "Situation: non-trivial feedback, not a disguised compliment",
        "Actions: honest about the initial reaction and how they moved past it",
        "Actions: asked for examples, reflected, made a concrete plan",
        "Impact: evidence of change, such as later feedback or results",
        "Learning: they now actively seek feedback",
      ],
      followUps: [
        {
          question: "Did you agree with the feedback at first?",
          goodAnswer: "Honest answer, with how they engaged even if they initially disagreed.",
        },
        {
          question: "How do you ask for feedback?",
          goodAnswer: "Specific, regular requests to peers and managers, e.g. after launches or reviews.",
        },
        {
          question: "What feedback did you decide not to act on, and why?",
          goodAnswer: "Shows judgment: weighed it, explained their reasoning to the giver.",
        },
      ],
      signals: ["Coachable", "Self-aware", "Evidence of change"],
      redFlags: [
        "Humble-brag feedback such as 'I work too hard'",
        "Defensive or dismissive of the giver",
        "No lasting change",
      ],
      takeaway: "The best answers feature uncomfortable feedback and proof of a changed behaviour.",
    },
    phases: sail(10, {
      story: "Establish the feedback and who gave it",
      actions: "Draw out the reaction and the actions taken",
      impact: "Get evidence of change",
      reflection: "Ask how they seek feedback now",
      followUps: "Probe disagreement, feedback-seeking and feedback not acted on",
    }),
  }),

  // Row 27
  behavioral({
    row: 27,
    slug: "getting-visibility-for-your-work",
    title: "How you get visibility for your work",
    signal: CM,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["visibility", "self-advocacy", "impact-communication"],
    brief: {
      summary: "How do you make sure the right people know about your work and its impact? Give an example.",
      context: "Behavioural round probing communication.",
      requirements: [
        "How you decide what to share, with whom and how often",
        "A concrete example of making work visible",
        "What that visibility led to",
        "How you share credit along the way",
      ],
    },
    guide: {
      overview:
        "Visibility done well is communication, not self-promotion: choosing work aligned with the organisation's priorities, reporting outcomes with numbers in regular written updates, demos and reviews, and crediting collaborators. The seed stresses owning scope tied to the company's mission and bets.",
      whyAsked:
        "Senior engineers need their impact understood to gain scope and to help the organisation learn.",
      keyPoints: [
        "Approach: work connected to organisation priorities so it matters to leadership",
        "Approach: regular channels such as written updates, design reviews, demos and launch notes with metrics",
        "Example: a case where visibility changed an outcome (adoption, resources, scope)",
        "Impact: credited collaborators as part of the same communication",
        "Learning: balancing visibility and over-claiming",
      ],
      followUps: [
        {
          question: "How do you avoid over-claiming?",
          goodAnswer: "Precise about own versus team contributions; metrics with their caveats.",
        },
        {
          question: "How would your manager know what you did last quarter?",
          goodAnswer: "Describes a specific habit: brag doc, weekly notes, quarterly summary.",
        },
        {
          question: "Tell me about valuable work that went unnoticed. What did you do?",
          goodAnswer:
            "Made it visible by tying it to outcomes, or accepted it and learned to communicate earlier.",
        },
      ],
      signals: ["Communicates outcomes with numbers", "Aligned with priorities", "Shares credit"],
      redFlags: ["Self-promotion without substance", "Relies on others to notice", "Claims others' work"],
      takeaway:
        "Visibility is earned by clearly communicating real, shared outcomes to the people who need them.",
    },
    phases: approach(10, {
      approach: "Get the candidate's habits for sharing work",
      example: "Walk through a concrete case of making work visible",
      outcome: "Establish what the visibility led to",
      reflection: "Ask how they balance visibility and credit",
      followUps: "Probe over-claiming, manager awareness and unnoticed work",
    }),
  }),

  // Row 28
  behavioral({
    row: 28,
    slug: "meeting-a-tight-deadline",
    title: "A time you met a deadline",
    signal: TM,
    difficulty: "EASY",
    minutes: 10,
    tags: ["deadlines", "planning", "execution"],
    brief: {
      summary: "Tell me about a tight deadline you met. What did you do to make it?",
      context: "Behavioural round probing time management.",
      requirements: [
        "Why the deadline mattered and why it was tight",
        "How you planned the work and spotted risks",
        "What trade-offs you made and with whom you agreed them",
        "The result, including quality",
      ],
    },
    guide: {
      overview:
        "Time management under a deadline: planning, identifying the critical path and risks early, negotiating scope rather than relying on heroics, and communicating status.",
      whyAsked: "Tests planning and execution habits, not endurance.",
      keyPoints: [
        "Situation: why the date mattered and why it was tight",
        "Actions: broke down work, found the critical path, de-risked the unknowns first",
        "Actions: negotiated scope explicitly with stakeholders and kept them updated",
        "Impact: delivered on time with quality held and measurable results",
        "Learning: a planning habit they kept",
      ],
      followUps: [
        {
          question: "What did you cut or defer to make the date?",
          goodAnswer: "Names specific scope and how the decision was agreed.",
        },
        {
          question: "What was the biggest risk, and how did you handle it early?",
          goodAnswer: "Names it and the early step that reduced it.",
        },
        {
          question: "Was the pace sustainable?",
          goodAnswer: "Honest; if not, describes what they would change.",
        },
      ],
      signals: ["Plans around risk", "Negotiates scope", "Communicates status"],
      redFlags: ["Only overtime heroics", "Quality quietly cut", "No planning described"],
      takeaway: "Deadlines are met through planning and explicit trade-offs, not only long hours.",
    },
    phases: sail(10, {
      story: "Establish the deadline and why it was tight",
      actions: "Draw out planning, risk handling and scope negotiation",
      impact: "Get the result and quality",
      reflection: "Ask what planning habit they kept",
      followUps: "Probe cuts, risks and sustainability",
    }),
  }),

  // Row 29
  behavioral({
    row: 29,
    slug: "missing-a-deadline",
    title: "A time you missed a deadline",
    signal: TM,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["deadlines", "accountability", "estimation"],
    brief: {
      summary: "Tell me about a deadline you missed. What happened, and what did you do about it?",
      context: "Behavioural round probing time management and accountability.",
      requirements: [
        "What the deadline was and why it was missed",
        "When you saw the risk and when you told people",
        "What you did to limit the damage",
        "What you changed afterwards",
      ],
    },
    guide: {
      overview:
        "Owning a miss: recognising the slip early, communicating it promptly with a new plan, mitigating the impact and improving estimation afterwards.",
      whyAsked: "Everyone misses deadlines; the question tests accountability and learning.",
      keyPoints: [
        "Situation: the miss owned without excuses",
        "Actions: flagged the risk as soon as it was visible, with options and a new date",
        "Actions: mitigated through scope reduction, help or phasing",
        "Impact: actual effect of the miss, stated honestly",
        "Learning: a concrete change in estimation or planning",
      ],
      followUps: [
        {
          question: "When did you first know you would miss it, and when did you tell people?",
          goodAnswer: "Small gap between knowing and telling; or owns a late warning and fixed that habit.",
        },
        {
          question: "What would have needed to be true to make it?",
          goodAnswer: "Identifies root causes such as unknowns underestimated or dependencies unconfirmed.",
        },
        {
          question: "How do you estimate differently now?",
          goodAnswer: "Buffers for unknowns, early spikes, explicit dependency confirmation.",
        },
      ],
      signals: ["Accountability", "Early communication", "Process improvement"],
      redFlags: ["Blames others or circumstances", "Stayed silent until the date", "No change afterwards"],
      takeaway: "A missed deadline story is judged on how early it was flagged and what changed after.",
    },
    phases: sail(10, {
      story: "Establish the deadline and why it slipped",
      actions: "Draw out when risk was flagged and how impact was mitigated",
      impact: "Get the actual effect of the miss",
      reflection: "Ask what changed in their planning",
      followUps: "Probe timing of communication, root causes and estimation",
    }),
  }),

  // Row 30
  behavioral({
    row: 30,
    slug: "feeling-overwhelmed-or-stressed",
    title: "A time you felt overwhelmed or stressed",
    signal: TM,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["stress-management", "prioritization", "sustainability"],
    brief: {
      summary:
        "Tell me about a time you felt overwhelmed at work. What was going on, and how did you handle it?",
      context: "Behavioural round probing time management.",
      requirements: [
        "What caused the overload",
        "How you recognised it",
        "What you did about it, including anything you asked of others",
        "How it resolved and what you do differently now",
      ],
    },
    guide: {
      overview:
        "Handling overload: honesty about stress, then prioritising, renegotiating commitments, asking for help and building sustainable habits. The seed frames workload openly: a heavy week can be acceptable, a sustained extreme one is not, so knowing one's limits is part of the signal.",
      whyAsked: "Tests self-awareness and whether the candidate manages workload before it damages results.",
      keyPoints: [
        "Situation: honest description of the cause (too many commitments, incident plus deadline, personal factors)",
        "Actions: triaged, dropped or delegated lower priorities, renegotiated dates",
        "Actions: asked for help and communicated with the manager",
        "Impact: outcome for the work and their well-being",
        "Learning: early warning signs they now watch",
      ],
      followUps: [
        {
          question: "What signs tell you that you are getting overloaded?",
          goodAnswer: "Specific signals such as context switching, slipping reviews, poor sleep.",
        },
        {
          question: "What did you drop or delegate?",
          goodAnswer: "Names concrete items and how the decision was agreed.",
        },
        {
          question: "What do you do differently now?",
          goodAnswer: "Concrete habits: saying no earlier, weekly prioritisation, protected time.",
        },
      ],
      signals: ["Self-aware", "Asks for help", "Sustainable habits"],
      redFlags: [
        "Claims never to feel stress",
        "Solved it only by working more hours",
        "Blames others for their load",
      ],
      takeaway: "Good answers show noticing overload early and fixing the system, not just pushing through.",
    },
    phases: sail(10, {
      story: "Establish the cause of the overload",
      actions: "Draw out triage, renegotiation and asking for help",
      impact: "Get the outcome for work and well-being",
      reflection: "Ask which early warning signs they now watch",
      followUps: "Probe warning signs, dropped work and new habits",
    }),
  }),

  // Row 31
  behavioral({
    row: 31,
    slug: "dealing-with-conflicting-priorities",
    title: "How you deal with conflicting priorities",
    signal: TM,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["prioritization", "stakeholder-management", "trade-offs"],
    brief: {
      summary:
        "Tell me about a time you had more high-priority requests than you could handle. How did you decide what to do?",
      context: "Behavioural round probing time management.",
      requirements: [
        "The competing asks and who they came from",
        "How you compared them",
        "How you communicated the decision, including what would not get done",
        "The outcome",
      ],
    },
    guide: {
      overview:
        "Prioritisation: comparing asks on impact, urgency and alignment with goals, making trade-offs explicit, getting the decision owner to break real ties and communicating what is dropped.",
      whyAsked:
        "Senior engineers constantly juggle competing asks; the question tests judgment and transparency.",
      keyPoints: [
        "Situation: concrete conflicting asks with owners",
        "Actions: a clear framework (impact versus effort, deadlines, company goals)",
        "Actions: surfaced the trade-off to stakeholders or the manager rather than silently choosing",
        "Impact: outcome and stakeholder satisfaction",
        "Learning: how they now prevent or handle such conflicts",
      ],
      followUps: [
        {
          question: "Who was unhappy with your prioritisation, and how did you handle it?",
          goodAnswer: "Explained the reasoning, offered alternatives or timelines.",
        },
        {
          question: "What do you do when two leaders both say their ask is the top priority?",
          goodAnswer: "Brings them together or to a shared manager with the trade-off written up.",
        },
        {
          question: "What did you say no to?",
          goodAnswer: "A specific no, delivered respectfully with reasons.",
        },
      ],
      signals: ["Explicit framework", "Transparent trade-offs", "Says no well"],
      redFlags: ["Tries to do everything", "Prioritises by who shouts loudest", "Silently drops work"],
      takeaway:
        "Prioritisation is judged by the clarity of the framework and the transparency of the trade-offs.",
    },
    phases: sail(10, {
      story: "Establish the competing asks and owners",
      actions: "Draw out the prioritisation framework and communication",
      impact: "Get the outcome",
      reflection: "Ask how they handle such conflicts now",
      followUps: "Probe unhappy stakeholders, competing leaders and saying no",
    }),
  }),

  // Row 32
  behavioral({
    row: 32,
    slug: "balancing-responsiveness-and-focus-time",
    title: "How you balance responsiveness with focus time",
    signal: TM,
    difficulty: "EASY",
    minutes: 10,
    tags: ["focus-time", "productivity", "communication-norms"],
    brief: {
      summary:
        "How do you balance being responsive to messages and requests with protecting time for deep work? Give an example of how this plays out.",
      context: "Behavioural round probing time management.",
      requirements: [
        "The system you use day to day",
        "How you tell urgent from important",
        "An example where your approach made a difference, or had to change",
        "How it adapts to your role, e.g. on-call or leading a project",
      ],
    },
    guide: {
      overview:
        "Responsiveness versus focus: a deliberate system (focus blocks, batching, office hours, shared on-call rotation, agreed response times) that protects deep work without leaving others blocked.",
      whyAsked: "Shows self-management and consideration for teammates.",
      keyPoints: [
        "Approach: a concrete system rather than good intentions",
        "Approach: distinguishes urgent (blocking others, incidents) from merely immediate",
        "Approach: communicates norms so the team knows how to reach them",
        "Example: a case where it improved output or needed adjusting",
        "Learning: how the balance shifts with seniority",
      ],
      followUps: [
        {
          question: "What happens when something urgent arrives during a focus block?",
          goodAnswer: "Clear escalation channel; they handle true urgencies and defer the rest.",
        },
        {
          question: "How has this changed as you became more senior?",
          goodAnswer: "More time unblocking others; uses office hours or delegation.",
        },
        {
          question: "How do you handle a teammate who needs a lot of help?",
          goodAnswer: "Scheduled pairing, documentation, guiding them to self-serve.",
        },
      ],
      signals: ["Intentional system", "Considerate of others", "Adapts to role"],
      redFlags: [
        "Always available with no deep work",
        "Unreachable and leaves others blocked",
        "No real system",
      ],
      takeaway:
        "Strong answers describe a deliberate system and how it serves both their output and the team's.",
    },
    phases: approach(10, {
      approach: "Get the candidate's system for focus and responsiveness",
      example: "Walk through an example where it mattered",
      outcome: "Establish the effect on their output and the team",
      reflection: "Ask how it has changed with their role",
      followUps: "Probe urgent interrupts, seniority and high-need teammates",
    }),
  }),

  // Row 33
  behavioral({
    row: 33,
    slug: "delivering-an-imperfect-result",
    title: "A time you had to deliver an imperfect result",
    signal: TM,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["pragmatism", "good-enough", "trade-offs"],
    brief: {
      summary:
        "Tell me about a time you shipped something you knew was not perfect. Why, and how did you handle it?",
      context: "Behavioural round probing time management.",
      requirements: [
        "What you shipped and what was imperfect about it",
        "Why shipping then was the right call",
        "How you decided what had to be right and what could wait",
        "What happened afterwards, including any follow-up work",
      ],
    },
    guide: {
      overview:
        "Pragmatism: knowing when good enough is right (deadline, diminishing returns, need for user feedback), separating acceptable gaps from non-negotiables (correctness, safety, privacy), communicating limits and following up.",
      whyAsked: "Tests judgment between perfectionism and sloppiness.",
      keyPoints: [
        "Situation: why shipping imperfect was the right call",
        "Actions: explicit line between acceptable gaps and non-negotiables",
        "Actions: limitations communicated openly to users or stakeholders",
        "Impact: what the early release achieved and what follow-up fixed",
        "Learning: how they calibrate good enough",
      ],
      followUps: [
        {
          question: "What was non-negotiable, even under pressure?",
          goodAnswer: "Names a specific quality bar such as correctness, safety, privacy or data integrity.",
        },
        {
          question: "Did you go back and close the gaps?",
          goodAnswer: "Yes, with tracking; or explains why it was later deprioritised.",
        },
        {
          question: "How did you communicate the limitations?",
          goodAnswer: "Written known issues, clear scope for users or stakeholders.",
        },
      ],
      signals: ["Pragmatic", "Transparent about limits", "Follows through"],
      redFlags: ["Hid the gaps", "Never ships until perfect", "No follow-up"],
      takeaway: "Good imperfect delivery is deliberate, transparent and followed up.",
    },
    phases: sail(10, {
      story: "Establish what was shipped and its gaps",
      actions: "Draw out the good-enough line and communication",
      impact: "Get what the release achieved and the follow-ups",
      reflection: "Ask how they calibrate good enough",
      followUps: "Probe non-negotiables, follow-through and communicating limits",
    }),
  }),

  // Row 34
  behavioral({
    row: 34,
    slug: "hardest-tech-or-business-trade-off",
    title: "The hardest technical or business trade-off you had to make",
    signal: DM,
    difficulty: "HARD",
    minutes: 15,
    tags: ["trade-offs", "decision-framework", "technical-judgment"],
    brief: {
      summary:
        "What is the hardest technical or business trade-off you have had to make? Walk me through the options and how you chose.",
      context:
        "Behavioural round probing decision making, e.g. model quality against latency or cost, short-term engagement against long-term user value, speed against quality.",
      requirements: [
        "The decision and why it was hard",
        "The options and the criteria you used to compare them",
        "Who was involved and how the decision was made",
        "How it turned out and whether you would choose the same again",
      ],
    },
    guide: {
      overview:
        "Decision making on real trade-offs: laying out options, quantifying what each gains and loses, involving the right people, deciding, and checking later whether the decision held. The AI-engineer guide lists trade-offs among the things behavioural rounds should show.",
      whyAsked: "Trade-offs are the core of senior engineering judgment.",
      keyPoints: [
        "Situation: a genuine trade-off where both options had real merit",
        "Actions: options and criteria made explicit and quantified where possible",
        "Actions: involved stakeholders and considered reversibility",
        "Impact: outcome and whether the decision held up",
        "Learning: how they frame trade-offs now",
      ],
      keyDecisions: [
        {
          decision: "What kind of trade-off the story turns on",
          options: [
            "Model quality against serving latency or compute cost",
            "Short-term engagement against long-term user value",
            "Speed to launch against engineering quality",
          ],
          tradeOff:
            "Any of these works; the story is strong when the candidate quantifies both sides and names the condition under which the other choice would have been right.",
        },
      ],
      followUps: [
        {
          question: "What would have made you choose the other option?",
          goodAnswer: "Names a tipping condition or threshold.",
        },
        {
          question: "How did you measure the cost of what you gave up?",
          goodAnswer: "Quantified or monitored the downside after the decision.",
        },
        {
          question: "Who disagreed, and how did you handle them?",
          goodAnswer: "Engaged the dissent with evidence and documented the decision.",
        },
      ],
      signals: ["Quantifies trade-offs", "Names the tipping point", "Revisits outcomes"],
      redFlags: [
        "A 'trade-off' with an obvious answer",
        "No criteria stated",
        "Decision made alone without context",
      ],
      metrics: [
        "Quality metric against latency or compute cost",
        "Short-term against long-term metrics (engagement versus retention)",
      ],
      takeaway: "The strongest trade-off stories quantify both sides and know what would flip the decision.",
    },
    phases: sail(15, {
      story: "Establish the decision and why it was hard",
      actions: "Draw out the options, criteria and how the decision was made",
      impact: "Get the outcome and whether the decision held",
      reflection: "Ask how they frame trade-offs now",
      followUps: "Probe the tipping point, cost of the loss and dissent",
    }),
  }),

  // Row 35
  behavioral({
    row: 35,
    slug: "giving-up-on-a-project",
    title: "A time you made the difficult decision to give up on a project",
    signal: DM,
    difficulty: "HARD",
    minutes: 10,
    tags: ["killing-projects", "sunk-cost", "decision-making"],
    brief: {
      summary:
        "Tell me about a time you decided to stop a project you had invested in. How did you reach that decision?",
      context: "Behavioural round probing decision making.",
      requirements: [
        "The project and what had been invested in it",
        "The evidence that led you to stop",
        "How you communicated the decision and what happened to the people and the work",
        "Whether it was the right call in hindsight",
      ],
    },
    guide: {
      overview:
        "Stopping well: recognising that a project will not pay off, resisting sunk cost, using kill criteria, communicating with care and redirecting people and reusable work.",
      whyAsked: "Shows judgment and courage; many engineers keep going too long.",
      keyPoints: [
        "Situation: real investment and real reasons to continue",
        "Actions: evidence or kill criteria behind the decision",
        "Actions: told the team and stakeholders with empathy and redirected effort",
        "Impact: what was saved or reused",
        "Learning: setting kill criteria earlier",
      ],
      followUps: [
        {
          question: "What was the kill criterion?",
          goodAnswer:
            "Specific, ideally set beforehand, e.g. no offline gain after N experiments or cost above a budget.",
        },
        {
          question: "How did the team take it?",
          goodAnswer: "Acknowledged the disappointment and recognised their work.",
        },
        {
          question: "Looking back, was it right?",
          goodAnswer: "Honest assessment with evidence.",
        },
      ],
      signals: ["Resists sunk cost", "Evidence-based", "Handles people with care"],
      redFlags: ["Dragged on long after the evidence", "Blamed the team", "No lesson about earlier criteria"],
      takeaway: "Good kill decisions are evidence-driven, timely and humane.",
    },
    phases: sail(10, {
      story: "Establish the project and the investment",
      actions: "Draw out the evidence, the decision and how it was communicated",
      impact: "Get what was saved or reused",
      reflection: "Ask about kill criteria",
      followUps: "Probe kill criteria, team reaction and hindsight",
    }),
  }),

  // Row 36
  behavioral({
    row: 36,
    slug: "calculated-risk-that-succeeded",
    title: "A time you took a calculated risk and succeeded",
    signal: DM,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["risk-taking", "risk-management", "bias-for-action"],
    brief: {
      summary: "Tell me about a risk you took at work that paid off. How did you weigh it beforehand?",
      context: "Behavioural round probing decision making.",
      requirements: [
        "What the risk was and what could have gone wrong",
        "How you assessed it and what you did to limit the downside",
        "How you got support for it",
        "The outcome, and how much of it was down to the plan",
      ],
    },
    guide: {
      overview:
        "A calculated risk means sizing the upside and downside, limiting the blast radius (staged rollout, guardrails, rollback plan) and getting buy-in, then acting.",
      whyAsked: "Tests bias for action combined with risk management.",
      keyPoints: [
        "Situation: a real risk with a meaningful downside",
        "Actions: estimated probability and impact; reduced blast radius through staging, flags and guardrails",
        "Actions: secured support and set success and abort criteria",
        "Impact: measurable success",
        "Learning: what part was skill and what part luck",
      ],
      followUps: [
        {
          question: "What was your fallback if it failed?",
          goodAnswer: "A specific rollback or mitigation plan.",
        },
        {
          question: "How much of the success was luck?",
          goodAnswer: "Honest about the role of luck.",
        },
        {
          question: "How did you size the downside?",
          goodAnswer: "Concrete numbers on users, revenue or time at risk.",
        },
      ],
      signals: ["Quantified risk", "Mitigations in place", "Honest about luck"],
      redFlags: [
        "A reckless gamble framed as calculated",
        "No fallback",
        "Takes all credit for a lucky outcome",
      ],
      takeaway: "Calculated risk is judged on the preparation, not just the success.",
    },
    phases: sail(10, {
      story: "Establish the risk and the downside",
      actions: "Draw out the risk assessment, mitigation and buy-in",
      impact: "Get the measurable outcome",
      reflection: "Ask about skill versus luck",
      followUps: "Probe fallback, luck and downside sizing",
    }),
  }),

  // Row 37
  behavioral({
    row: 37,
    slug: "calculated-risk-that-failed",
    title: "A time you took a calculated risk and failed",
    signal: DM,
    difficulty: "HARD",
    minutes: 15,
    tags: ["risk-taking", "failure", "accountability"],
    brief: {
      summary:
        "Tell me about a risk you took that did not work out. What was your reasoning, and what happened?",
      context: "Behavioural round probing decision making.",
      requirements: [
        "The risk and your reasoning at the time",
        "What you had in place to limit the damage",
        "What went wrong and how you responded",
        "What you concluded about the decision itself",
      ],
    },
    guide: {
      overview:
        "Failed risks test accountability and the ability to separate a bad decision from a good decision with a bad outcome, while showing that mitigations limited the damage.",
      whyAsked:
        "People who take no risks rarely have such stories; those who do must show ownership and learning.",
      keyPoints: [
        "Situation: the risk and sound reasoning at the time",
        "Actions: mitigations that limited the damage",
        "Actions: owned the failure, communicated quickly, recovered",
        "Impact: honest cost of the failure",
        "Learning: whether it was a bad decision or bad luck, and what changed",
      ],
      followUps: [
        {
          question: "Was it a bad decision or a good decision with a bad outcome?",
          goodAnswer: "Reasoned answer separating process from outcome.",
        },
        {
          question: "What did the failure cost, and who bore it?",
          goodAnswer: "Honest accounting, including impact on others.",
        },
        {
          question: "Would you take a similar risk again?",
          goodAnswer: "Yes with adjustments, or no with reasons.",
        },
      ],
      signals: ["Ownership", "Separates process from outcome", "Recovery"],
      redFlags: [
        "Blames external factors entirely",
        "Minimises the cost",
        "Became risk-averse with no nuance",
      ],
      takeaway: "A good failed-risk story shows sound reasoning, limited damage and an honest post-mortem.",
    },
    phases: sail(15, {
      story: "Establish the risk and the reasoning at the time",
      actions: "Draw out mitigations, response and ownership",
      impact: "Get the honest cost",
      reflection: "Ask whether it was the decision or the luck",
      followUps: "Probe decision versus outcome, cost and willingness to risk again",
    }),
  }),

  // Row 38
  behavioral({
    row: 38,
    slug: "wrong-decision-and-what-you-learned",
    title: "A time you made a wrong decision and learned from it",
    signal: DM,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["mistakes", "learning", "accountability"],
    brief: {
      summary:
        "Tell me about a decision you made that turned out to be wrong. How did you realise it, and what did you learn?",
      context: "Behavioural round probing decision making.",
      requirements: [
        "The decision and why it seemed right at the time",
        "How and when you realised it was wrong",
        "What you did to correct course",
        "What you do differently now, with an example if you have one",
      ],
    },
    guide: {
      overview:
        "Learning from a wrong decision: owning it, explaining the reasoning at the time, recognising the error quickly, correcting course and applying the lesson later.",
      whyAsked: "Self-awareness and the speed of correction matter more than never being wrong.",
      keyPoints: [
        "Situation: clearly the candidate's own decision",
        "Actions: reasoning at the time explained without excuses",
        "Actions: detected the error and reversed quickly, owning it publicly",
        "Impact: consequences and recovery",
        "Learning: a changed practice with evidence of later use",
      ],
      followUps: [
        {
          question: "What information would have changed your decision?",
          goodAnswer: "Names it and how they now seek that information.",
        },
        {
          question: "How quickly did you reverse it?",
          goodAnswer: "Fast once the evidence arrived; no ego-driven delay.",
        },
        {
          question: "Where have you applied the lesson since?",
          goodAnswer: "A concrete later situation.",
        },
      ],
      signals: ["Ownership", "Fast correction", "Applied learning"],
      redFlags: ["Decision was really someone else's", "Trivial example", "Lesson is generic"],
      takeaway: "The lesson only counts if it has visibly changed later decisions.",
    },
    phases: sail(10, {
      story: "Establish the decision and the reasoning at the time",
      actions: "Draw out detection and correction",
      impact: "Get the consequences and recovery",
      reflection: "Ask where the lesson was applied since",
      followUps: "Probe missing information, speed of reversal and later application",
    }),
  }),

  // Row 39
  behavioral({
    row: 39,
    slug: "defining-impact-and-success-of-a-project",
    title: "How you define the impact and success of a project",
    signal: DM,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["success-metrics", "impact", "goal-setting"],
    brief: {
      summary:
        "How do you define impact and success for a project? Illustrate it with a project you worked on.",
      context: "Behavioural round probing decision making.",
      requirements: [
        "How you decide what success means before starting",
        "How technical measures connect to business or user outcomes",
        "A project where this definition shaped decisions",
        "How you value work whose impact is hard to measure",
      ],
    },
    guide: {
      overview:
        "Defining success: agreeing metrics up front with stakeholders, connecting offline ML metrics to online experiments and business KPIs, setting guardrails and separating outputs from outcomes, including indirect impact such as unblocking others.",
      whyAsked: "Senior engineers choose what to optimise; a bad definition wastes a project.",
      keyPoints: [
        "Approach: success defined with stakeholders before building",
        "Approach: a chain from offline metric to online A/B metric to business KPI, with guardrails",
        "Approach: short-term versus long-term outcomes, e.g. engagement versus retention",
        "Example: a case where the definition changed a decision",
        "Learning: valuing infrastructure, tech debt and enabling work",
      ],
      followUps: [
        {
          question: "What if offline metrics improve but online metrics do not?",
          goodAnswer: "Investigates misalignment, skew or bias and treats online as the source of truth.",
        },
        {
          question: "How do you value work with no direct metric, such as infrastructure?",
          goodAnswer: "Proxy metrics: velocity, reliability, cost, number of teams enabled.",
        },
        {
          question: "Tell me about a project that hit its metric but that you still consider unsuccessful.",
          goodAnswer: "Recognises metric gaming or a wrong target and how they would redefine success.",
        },
      ],
      signals: ["Outcome over output", "Metric chain with guardrails", "Values enabling work"],
      redFlags: ["Success means shipping", "Only offline metrics", "No guardrails"],
      metrics: [
        "Offline: AUC, normalized entropy, NDCG",
        "Online: A/B lift on the primary metric",
        "Business: revenue, retention",
        "Guardrails: latency, user complaints, diversity",
      ],
      takeaway: "Impact is an agreed, measurable outcome linked to the business, not a shipped artefact.",
    },
    phases: approach(10, {
      approach: "Get the candidate's definition of success and metric chain",
      example: "Walk through a project where the definition shaped decisions",
      outcome: "Establish the impact achieved against that definition",
      reflection: "Ask how they value hard-to-measure work",
      followUps: "Probe offline-online gaps, infra impact and hollow wins",
    }),
  }),

  // Row 40
  behavioral({
    row: 40,
    slug: "decision-in-limited-time",
    title: "A time you made a decision in limited time",
    signal: DM,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["fast-decisions", "reversibility", "pressure"],
    brief: {
      summary: "Tell me about a decision you had to make quickly, with little time to think or gather input.",
      context: "Behavioural round probing decision making, e.g. during an incident or just before a launch.",
      requirements: [
        "What had to be decided and why time was short",
        "What you checked and what you skipped",
        "What you decided and how you communicated it",
        "How it turned out and whether more time would have changed it",
      ],
    },
    guide: {
      overview:
        "Fast decisions: triaging which information is essential, recognising reversible versus irreversible choices, deciding, communicating and setting a checkpoint to revisit.",
      whyAsked: "Speed with judgment is a senior trait, particularly in incidents and launches.",
      keyPoints: [
        "Situation: real time pressure and stakes",
        "Actions: gathered only the essential information",
        "Actions: weighed reversibility; chose a safe or reversible option where possible",
        "Impact: outcome and follow-up",
        "Learning: a heuristic for fast decisions",
      ],
      followUps: [
        {
          question: "What did you not have time to check, and how did you hedge?",
          goodAnswer: "Names the gap and the mitigation, such as monitoring or a rollback plan.",
        },
        {
          question: "Was the decision reversible?",
          goodAnswer: "Shows awareness of reversibility and how it shaped speed.",
        },
        {
          question: "Would more time have changed it?",
          goodAnswer: "Honest hindsight assessment.",
        },
      ],
      signals: ["Decisive", "Reversibility-aware", "Communicates clearly"],
      redFlags: ["Froze or deferred without reason", "Rash without any check", "No follow-up"],
      takeaway: "Good fast decisions rely on reversibility and a planned checkpoint.",
    },
    phases: sail(10, {
      story: "Establish the decision and the time pressure",
      actions: "Draw out triage of information, reversibility and communication",
      impact: "Get the outcome and follow-up",
      reflection: "Ask for their heuristic for fast decisions",
      followUps: "Probe unchecked risks, reversibility and hindsight",
    }),
  }),

  // Row 41
  behavioral({
    row: 41,
    slug: "decision-with-incomplete-information",
    title: "A time you made a decision with incomplete information",
    signal: DM,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["uncertainty", "assumptions", "decision-making"],
    brief: {
      summary:
        "Tell me about a decision you had to make when important information was missing or could not be obtained in time.",
      context: "Behavioural round probing decision making under uncertainty.",
      requirements: [
        "What was unknown and why it could not be known in time",
        "What evidence you gathered and what you assumed",
        "How you decided and how you limited the risk",
        "What happened once more information arrived",
      ],
    },
    guide: {
      overview:
        "Deciding under uncertainty: gathering cheap evidence, stating assumptions and risks explicitly, choosing a staged or hedged path and monitoring so the plan can adjust when more is known.",
      whyAsked: "Most real ML decisions are made before the data is complete.",
      keyPoints: [
        "Situation: a specific unknown, not general vagueness",
        "Actions: gathered cheap signals and stated assumptions explicitly",
        "Actions: chose a hedged or staged plan with monitoring",
        "Impact: outcome and adjustment as information arrived",
        "Learning: how they handle uncertainty now",
      ],
      followUps: [
        {
          question: "Which assumption was the riskiest?",
          goodAnswer: "Names it and how they tested or monitored it.",
        },
        {
          question: "What would have made you wait?",
          goodAnswer: "An irreversible decision or an unacceptable downside.",
        },
        {
          question: "How did you communicate the uncertainty?",
          goodAnswer: "Confidence levels and assumptions stated in writing.",
        },
      ],
      signals: ["Explicit assumptions", "Hedged execution", "Adapts when facts change"],
      redFlags: [
        "Paralysis waiting for certainty",
        "Pretended to have certainty",
        "Never revisited the decision",
      ],
      takeaway: "Strong candidates make uncertainty explicit and design the decision so it can be corrected.",
    },
    phases: sail(10, {
      story: "Establish what was unknown and why",
      actions: "Draw out evidence gathered, assumptions and hedging",
      impact: "Get the outcome and later adjustments",
      reflection: "Ask how they handle uncertainty now",
      followUps: "Probe risky assumptions, when to wait and communicating uncertainty",
    }),
  }),

  // Row 42
  behavioral({
    row: 42,
    slug: "decision-with-many-sources-of-information",
    title: "A time you made a decision with many sources of information",
    signal: DM,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["synthesis", "conflicting-evidence", "decision-making"],
    brief: {
      summary:
        "Tell me about a decision where you had lots of inputs, perhaps pointing in different directions, and had to pull them together.",
      context:
        "Behavioural round probing decision making, e.g. combining A/B results, offline metrics, user research and stakeholder opinions.",
      requirements: [
        "The decision and the sources you had",
        "Where the sources agreed and conflicted",
        "How you weighed them and reached a recommendation",
        "The outcome and how you explained your reasoning",
      ],
    },
    guide: {
      overview:
        "Synthesis: judging each source by reliability, relevance and bias, resolving conflicts, reaching a clear recommendation and explaining the reasoning without drowning in analysis.",
      whyAsked: "Senior roles involve integrating messy, conflicting evidence into one call.",
      keyPoints: [
        "Situation: multiple sources of different quality",
        "Actions: assessed reliability and bias of each (sample size, selection, incentives)",
        "Actions: resolved conflicts with targeted checks and reached a recommendation",
        "Impact: decision outcome and stakeholder understanding",
        "Learning: avoiding analysis paralysis",
      ],
      followUps: [
        {
          question: "Which sources conflicted, and how did you resolve it?",
          goodAnswer: "A specific conflict and the check that resolved it.",
        },
        {
          question: "Which source did you trust least, and why?",
          goodAnswer: "Reasoned critique, e.g. small sample, self-selected respondents, biased logging.",
        },
        {
          question: "How did you avoid analysis paralysis?",
          goodAnswer: "Time-boxed the analysis and focused on the decision-relevant question.",
        },
      ],
      signals: ["Weighs evidence quality", "Reaches a clear call", "Explains reasoning"],
      redFlags: ["Treats all sources equally", "Cherry-picks supporting data", "No decision reached"],
      takeaway:
        "Synthesis means weighting evidence by quality and still committing to a clear recommendation.",
    },
    phases: sail(10, {
      story: "Establish the decision and the sources",
      actions: "Draw out how sources were weighed and conflicts resolved",
      impact: "Get the outcome and how it was explained",
      reflection: "Ask how they avoid analysis paralysis",
      followUps: "Probe conflicts, least trusted source and time-boxing",
    }),
  }),

  // Row 43
  behavioral({
    row: 43,
    slug: "decision-without-consulting-manager",
    title: "A time you made a decision without consulting your manager",
    signal: DM,
    difficulty: "MEDIUM",
    minutes: 10,
    tags: ["autonomy", "ownership", "judgment"],
    brief: {
      summary: "Tell me about a decision you made on your own without checking with your manager first.",
      context: "Behavioural round probing decision making and autonomy.",
      requirements: [
        "The decision and why you made it without your manager",
        "How you judged that it was yours to make",
        "When and how your manager found out",
        "How it turned out and where you now draw the line",
      ],
    },
    guide: {
      overview:
        "Autonomy with judgment: knowing the scope of one's authority, deciding when waiting is costly, keeping decisions safe or reversible and informing the manager promptly with the rationale.",
      whyAsked: "Senior engineers are expected to act independently while staying aligned.",
      keyPoints: [
        "Situation: a good reason not to consult (urgency, clearly within ownership)",
        "Actions: judged the scope of authority and reversibility",
        "Actions: informed the manager promptly afterwards with the rationale",
        "Impact: outcome and the manager's reaction",
        "Learning: where the line sits between deciding alone and checking first",
      ],
      followUps: [
        {
          question: "How did your manager react?",
          goodAnswer: "Honest answer, including any correction received.",
        },
        {
          question: "Where is the line between what you decide alone and what you check first?",
          goodAnswer: "Clear criteria: reversibility, blast radius, cross-team impact, cost.",
        },
        {
          question: "Would you do the same again?",
          goodAnswer: "Reasoned yes or no.",
        },
      ],
      signals: ["Knows the limits of authority", "Transparent", "Reversible choices"],
      redFlags: ["Pride in going rogue", "Never decides without approval", "Hid the decision"],
      takeaway: "Autonomy is credible when it is bounded, transparent and communicated promptly.",
    },
    phases: sail(10, {
      story: "Establish the decision and why the manager was not consulted",
      actions: "Draw out how authority and reversibility were judged",
      impact: "Get the outcome and the manager's reaction",
      reflection: "Ask where they draw the line now",
      followUps: "Probe the manager's reaction, decision criteria and repeatability",
    }),
  }),

  // Row 44
  behavioral({
    row: 44,
    slug: "refusing-to-compromise-standards",
    title: "A time you refused to compromise your standards",
    signal: DM,
    difficulty: "HARD",
    minutes: 10,
    tags: ["integrity", "quality-standards", "pushback"],
    brief: {
      summary: "Tell me about a time you held firm on a standard when there was pressure to cut a corner.",
      context:
        "Behavioural round probing decision making, e.g. evaluation rigour, correctness, privacy, safety, honest reporting of metrics or code quality.",
      requirements: [
        "The standard and the pressure to compromise it",
        "Why it mattered in that situation",
        "How you held the line and what you offered instead",
        "The outcome and what it cost",
      ],
    },
    guide: {
      overview:
        "Integrity and standards: distinguishing true non-negotiables from personal preference, holding firm constructively by offering alternatives that meet the underlying need, and accepting the cost. The seed notes that companies weigh this differently: 'doing it the right way' is prized at places like Google, while scrappiness is a virtue at DoorDash and startups.",
      whyAsked: "Tests integrity and judgment about which standards truly matter.",
      keyPoints: [
        "Situation: a concrete standard and real pressure",
        "Actions: explained the consequences of compromising (user harm, invalid results, risk)",
        "Actions: offered alternatives that met the underlying deadline or goal",
        "Impact: outcome and cost borne",
        "Learning: which standards are non-negotiable versus preferences",
      ],
      followUps: [
        {
          question: "How do you tell a true standard from a personal preference?",
          goodAnswer: "Consequences for users, correctness or integrity versus style.",
        },
        {
          question: "What did holding firm cost you?",
          goodAnswer: "Honest cost in time, relationship or scope.",
        },
        {
          question: "When have you chosen to relax a standard?",
          goodAnswer: "Gives an example, showing flexibility where appropriate.",
        },
      ],
      signals: ["Integrity", "Constructive alternatives", "Calibrated rigidity"],
      redFlags: ["Rigid about trivial preferences", "Moralising tone", "Compromised, then rationalised it"],
      takeaway:
        "The strongest answers hold firm on what matters while solving the underlying need another way.",
    },
    phases: sail(10, {
      story: "Establish the standard and the pressure",
      actions: "Draw out how the line was held and the alternatives offered",
      impact: "Get the outcome and the cost",
      reflection: "Ask which standards they treat as non-negotiable",
      followUps: "Probe standards versus preferences, cost and flexibility",
    }),
  }),
];

export const rubrics: RubricTemplateDefinition[] = [];
