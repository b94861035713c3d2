import type { PromptDefinition, RubricTemplateDefinition } from "../schema";
import { prompts as part1 } from "./seed-003-behavioral-part1";
import { prompts as part2 } from "./seed-003-behavioral-part2";
import { prompts as part3 } from "./seed-003-behavioral-part3";
import { prompts as part4 } from "./seed-003-behavioral-part4";

// Seed 003, section "8. Behavior Interview": behavioural questions by signal.
// The seed's HTML table has 80 rows for its "79 behavioral question[s]": row 4 repeats row 2 word for
// word. `prompts` holds the 79 distinct questions in table order (row 2 stands for rows 2 and 4).

export const prompts: PromptDefinition[] = [...part1, ...part2, ...part3, ...part4];

export const rubrics: RubricTemplateDefinition[] = [
  {
    slug: "behavioral",
    title: "Behavioural story by signal (SAIL)",
    description:
      "Scores one behavioural answer as a real story from the candidate's own work: the situation, what they personally did, the measurable impact, what they learned, how well the story shows the probed signal (problem solving, teamwork, communication, time management, decision making, initiative, achievement, growth, leadership, adaptability) and how clearly it was told.",
    whatToShow: [
      "A real, specific story from the candidate's own work that answers the question asked and demonstrates the probed signal",
      "SAIL structure: brief situation and stakes, the candidate's own actions, a concrete impact, and a learning or changed behaviour",
      "Numbers that make the impact checkable: metric movement, time or cost saved, dates, scale, team size",
      "Ownership, technical or architecture choices, incidents handled and trade-offs made: past work translated into senior-level signal",
      "Judgment, communication and trade-offs inside the actions, not a list of tasks",
      "Scope beyond the current level: for Senior+ roles, Staff-like behaviour such as supporting junior engineers and peers and leading a team through hard moments",
      "Honest reflection: mistakes owned, room to grow acknowledged, feedback sought from mentors and peers",
      "Concrete links between specific actions and the values the company cares about (e.g. ownership, integrity, collaboration, comfort with ambiguity, bias for action, emotional intelligence)",
      "Concise delivery: the core story fits in about 60 to 120 seconds spoken, leaving depth for follow-ups",
      "Fit: why this person, rather than anyone else, matches what the team needs",
    ],
    redFlags: [
      "'We' throughout with no clear personal contribution",
      "No measurable or observable impact; the outcome is 'it went well'",
      "Invented or inflated facts, or numbers that fall apart under follow-up",
      "Blaming or badmouthing teammates, managers, partner teams or former employers",
      "Claims to have handled everything perfectly with nothing to learn",
      "Long-winded, unstructured answer that runs out of time before impact and learning",
      "Filler and buzzwords such as 'I learned a lot' in place of a concrete lesson",
      "Story answers a different question or shows a different signal from the one probed",
      "Rehearsed-sounding story that cannot go deeper when probed",
      "Claims technical or framework depth the candidate cannot back up",
    ],
    dimensions: [
      {
        key: "situation",
        title: "Situation and task",
        description:
          "Sets up the context, the stakes, the goal and the candidate's own role quickly and concretely, so the interviewer understands why the situation was hard.",
        weight: 1,
        levels: [
          "Context is missing or confusing; the interviewer cannot tell what the problem was or what the candidate's role was.",
          "Context is given but long or generic; stakes and the candidate's role are only implied.",
          "Clear context, goal and role within about a minute, with the stakes stated.",
          "Crisp, scoped setup with concrete stakes (users, revenue, deadline, team size) and why it was hard, leaving most of the time for actions.",
        ],
      },
      {
        key: "action",
        title: "Own actions and judgment",
        description:
          "Describes what the candidate personally did and why: decisions, options weighed, trade-offs, communication and how obstacles were handled.",
        weight: 2,
        levels: [
          "Actions are the team's ('we did') or so vague that no personal contribution can be identified.",
          "Some personal actions are listed, but as tasks without reasoning, options or trade-offs.",
          "Clear personal actions with reasons, at least one decision with alternatives considered, and how others were involved.",
          "Specific, well-sequenced actions showing judgment under constraints, explicit trade-offs, communication with stakeholders and handling of a real obstacle, at a scope at or above the target level.",
        ],
      },
      {
        key: "impact",
        title: "Measurable impact",
        description:
          "States the outcome concretely, ideally with numbers and how they were measured, including effects beyond the immediate task.",
        weight: 1.5,
        levels: [
          "No outcome stated, or only 'it went well' or 'it launched'.",
          "Outcome described qualitatively, without numbers or any way to check it.",
          "Outcome quantified (e.g. metric lift, time saved, incidents avoided) with a plausible measurement method.",
          "Quantified outcome with measurement method and context (baseline, guardrails, cost), plus wider effects such as adoption by other teams or a changed process, and honest about what did not work.",
        ],
      },
      {
        key: "learning",
        title: "Learning and reflection",
        description:
          "Shows honest reflection: what the candidate learned, what they would do differently and evidence that the lesson changed later behaviour.",
        weight: 1,
        levels: [
          "No learning offered, or a platitude such as 'I learned a lot'.",
          "A generic lesson that could apply to any story, with no evidence it was applied.",
          "A specific lesson tied to this story and something they would do differently.",
          "A specific, self-critical lesson with evidence it changed later behaviour, including owning their own part in what went wrong.",
        ],
      },
      {
        key: "signal-fit",
        title: "Signal fit",
        description:
          "How well the story demonstrates the signal the question probes (e.g. ownership for initiative, empathy and resolution for teamwork, structured trade-offs for decision making) at the level being hired for.",
        weight: 1.5,
        levels: [
          "The story does not answer the question or shows a different signal from the one probed.",
          "The story touches the signal, but the relevant behaviour is incidental or thin.",
          "The story clearly demonstrates the probed signal through the candidate's actions.",
          "The story is a strong, level-appropriate example of the signal, holds up under follow-up probing and connects to what the team or company values.",
        ],
      },
      {
        key: "communication",
        title: "Communication",
        description:
          "Tells the story clearly, concisely and in a logical order, stays on the question, and answers follow-ups directly and honestly.",
        weight: 1,
        levels: [
          "Rambling or disorganised; the interviewer has to pull the story out piece by piece, or follow-ups are evaded.",
          "Understandable but long-winded or out of order; follow-up answers drift.",
          "Structured and concise core story in roughly one to two minutes; follow-ups answered directly.",
          "Crisp, well-paced story that anticipates the interviewer's questions, adjusts depth on request and stays candid under probing.",
        ],
      },
    ],
  },
];
