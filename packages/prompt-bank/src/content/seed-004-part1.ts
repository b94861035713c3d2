// Seed 004 (AI engineer interview rounds): rubric templates for the take-home review,
// AI system design, framework deep-dive and live coding rounds.
import type { PromptDefinition, RubricTemplateDefinition } from "../schema";

export const prompts: PromptDefinition[] = [];

export const rubrics: RubricTemplateDefinition[] = [
  {
    slug: "take-home-review",
    title: "Take-home project review",
    description:
      "Scores a 4-6 hour AI take-home (agent, RAG system, eval harness or production-shaped workflow) and the review conversation about it. Hiring managers look first for something that runs, evals that exist, a README a stranger can follow, trade-offs stated out loud, readable code and architecture choices the candidate can defend.",
    whatToShow: [
      "Code that runs end to end from the README instructions on a fresh checkout",
      "A clear README: what it does, architecture, how to run, decisions and trade-offs, production additions, eval results, time spent",
      "At least one explicit, named architecture choice with the reason it was made",
      "At least one eval; senior submissions add an EVAL.md with 10-20 gold queries, expected vs actual output and pass/fail",
      "Trade-offs written down explicitly (chose X because Y; cost Z) rather than implied",
      "Readable code with decisions the candidate can defend under questioning",
      "On an existing codebase: ran it first, measured a baseline, found about 3 issues, fixed the 1-2 with the most impact and showed before/after numbers",
      "On an oversized brief: a design doc first, then only the most judgment-heavy component built, not the whole system",
    ],
    redFlags: [
      "Over-engineering: abstractions, services or infrastructure the time box did not call for",
      "Missing or thin README; the reviewer cannot run or understand the submission without help",
      "Describes a roughly 6-hour build as production-ready",
      "Spent time on features nobody asked for while the core path or evals are missing",
      "Picked a framework they had not used before and fought it under time pressure",
    ],
    dimensions: [
      {
        key: "working-solution",
        title: "Something working",
        description:
          "The core feature runs end to end, from the documented commands, on the data provided; rough edges are acceptable, a broken happy path is not.",
        weight: 3,
        levels: [
          "Does not run from the README, or the core path fails on the provided data and the candidate cannot get it working during the review.",
          "Runs only after undocumented fixes (missing dependency, hard-coded path, unstated env var); core path works on some inputs.",
          "Runs from the documented commands; the core path works on the provided data with a few rough edges the candidate already knows about.",
          "Runs first time on a fresh checkout, handles the obvious error paths (bad input, API failure) and the candidate demos it confidently, including a case that fails gracefully.",
        ],
      },
      {
        key: "architecture-decision",
        title: "Defensible architecture",
        description:
          "At least one explicit architecture choice (framework vs plain SDK, retrieval method, tool loop design, schema) is named, justified against an alternative, and sized to the time box.",
        weight: 2,
        levels: [
          "No stated architecture; structure is accidental or copied from a tutorial and the candidate cannot say why it is shaped this way.",
          "Architecture is described but choices are justified only by familiarity or popularity; no alternative was considered.",
          "One or more choices are named with a concrete reason and a rejected alternative; the design fits a 4-6 hour build.",
          "Choices are justified with evidence from the task (data size, latency, eval results), the candidate says what would change the decision, and nothing is heavier than the problem needs.",
        ],
      },
      {
        key: "evals",
        title: "Evals included",
        description:
          "Quality is measured, not asserted: a gold set with expected and actual outputs, pass/fail, a metric, failure modes grouped into clusters and hypothesized fixes.",
        weight: 3,
        levels: [
          "No eval of any kind; quality is claimed from a few manual tries.",
          "A handful of ad-hoc test queries with no expected outputs or pass criteria written down.",
          "An EVAL.md or script with 10-20 gold queries, expected vs actual, pass/fail and an overall score that the candidate can rerun.",
          "Gold set covers normal, edge and out-of-scope cases; failures are clustered with hypothesized fixes, the metric matches the task (e.g. retrieval hit rate plus answer correctness) and before/after numbers back any change.",
        ],
      },
      {
        key: "documentation",
        title: "Clear README",
        description:
          "The README follows a predictable shape: what it does, architecture, how to run, decisions and trade-offs, production additions, eval results, time spent.",
        weight: 2,
        levels: [
          "No README, or a single line with no run instructions.",
          "Run instructions exist but architecture, decisions or eval results are missing; the reviewer has to read code to understand the submission.",
          "All core sections are present and accurate; a reviewer understands the design and can run it in a few minutes.",
          "README is concise and honest: a diagram or five-bullet architecture, per-decision trade-off lines, 5-7 concrete production additions, a link to EVAL.md and the real time spent.",
        ],
      },
      {
        key: "trade-offs",
        title: "Explicit trade-offs",
        description:
          "Each significant decision is written and spoken as a choice with a reason and a cost, and the candidate is candid about what the build does not do.",
        weight: 2,
        levels: [
          "No trade-offs stated; when asked, the candidate defends every choice as simply best.",
          'Trade-offs surface only when prompted and stay generic ("it is faster", "it is simpler").',
          "Written trade-offs for the main decisions in the form chose X because Y, at the cost of Z.",
          "Trade-offs are quantified where possible (latency, cost per query, eval delta) and tied to what would change the decision at production scale.",
        ],
      },
      {
        key: "code-quality",
        title: "Readable code",
        description:
          "Code is organised, named and commented so a reviewer can follow the main path quickly; prompts, config and secrets are handled sensibly.",
        weight: 1,
        levels: [
          "One long script with dead code, hard-coded keys or copy-pasted blocks nobody explains.",
          "Works but hard to follow: unclear names, prompts buried in logic, no separation of ingestion, core logic and evaluation.",
          "Clear modules for the main stages, sensible names, config and keys outside the code, comments where a decision is non-obvious.",
          "Code reads like the architecture section of the README; a reviewer can point to where each decision lives, and error handling and retries sit in one obvious place.",
        ],
      },
      {
        key: "scope-and-honesty",
        title: "Scope discipline and honesty",
        description:
          "The candidate scoped to the time box, built the judgment-heavy part first, pivoted to a simpler shippable version if needed, and describes the result honestly.",
        weight: 2,
        levels: [
          "Built out-of-scope extras while the core is unfinished, or presents the project as production-ready.",
          "Scope roughly matches the brief but time went to polish or plumbing before the core worked; limits are acknowledged only when pushed.",
          "Core scope delivered within the time box; the production-additions list is realistic and the candidate volunteers known limitations.",
          "Clear evidence of prioritisation (design first, most judgment-heavy component first, a pivot when the first plan failed), real time spent reported, and limitations framed as a concrete next-steps plan.",
        ],
      },
    ],
  },
  {
    slug: "ai-system-design",
    title: "AI system design",
    description:
      "Scores an out-loud design of an LLM-powered product (support agent, doc Q&A, code-review agent, scheduling workflow, moderation system). AI loops weigh this round, eval thinking, failure modes and reliability, and judgment on tools, retrieval, prompting and cost more than a classic SWE loop does.",
    whatToShow: [
      "Problem framing: users, the job to be done, what success and failure look like, explicit assumptions",
      "Retrieval, prompt and routing choices, each with a reason",
      "An eval plan: offline gold set, metrics, and how quality is watched after launch",
      "Failure modes and how the system detects and contains each one",
      "A latency and cost budget, and where the design spends it",
      "Production additions beyond the happy path (observability, retries, guardrails, human fallback)",
      "For Lead-tier roles: leadership signal such as rollout plan, team ownership and what to build first",
    ],
    redFlags: [
      "No eval plan, or evaluation left as an afterthought at the end",
      "Over-engineered design: multi-agent or custom infrastructure where a single call with retrieval would do",
      "Chases a perfect end state before describing a version that works",
      "Premature optimization (fine-tuning, custom serving) before a baseline exists",
      "Calls the design production-ready without failure modes, monitoring or fallbacks",
      "Claims depth on frameworks or tools that collapses under a follow-up question",
    ],
    dimensions: [
      {
        key: "problem-framing",
        title: "Problem framing",
        description:
          "Clarifies users, scope, volume and success criteria before drawing boxes; states assumptions and what is out of scope.",
        weight: 2,
        levels: [
          "Jumps straight to components or a framework without asking who uses the system or what good looks like.",
          "Asks a few clarifying questions but does not turn them into success criteria or scope.",
          "States users, key tasks, assumptions on volume and a measurable definition of success before designing.",
          "Frames the problem in terms of risk and value (what must never go wrong, what a good answer saves), sets scope for a first version and names what to defer.",
        ],
      },
      {
        key: "retrieval-prompt-routing",
        title: "Retrieval, prompt and routing choices",
        description:
          "Makes deliberate choices about what context the model sees, how prompts are structured, which model or path handles which request, and which tools the model may call.",
        weight: 3,
        levels: [
          "A single prompt to a large model with no plan for context, tools or routing.",
          "Mentions RAG or tools generically without chunking, ranking, prompt structure or routing detail.",
          "Concrete choices for retrieval (chunking, hybrid or dense search, top-k), prompt structure and routing between paths or models, each with a reason.",
          "Choices are tied to the framing and budget (e.g. a small model for classification and a large one for hard cases), alternatives are weighed and the candidate says which choice they would test first.",
        ],
      },
      {
        key: "eval-plan",
        title: "Eval plan",
        description:
          "Defines how quality is measured before and after launch: gold sets, component-level and end-to-end metrics, judges and their calibration, online signals.",
        weight: 3,
        levels: [
          "No evaluation beyond trying it out or waiting for user complaints.",
          "Names one metric or LLM-as-judge without saying what data it runs on or how it is trusted.",
          "Offline gold set, separate retrieval and answer metrics, and at least one online metric tied to the success criteria.",
          "A full loop: gold set built from real traffic, judges calibrated against human labels, regression gate before release, online monitoring that feeds failures back into the gold set.",
        ],
      },
      {
        key: "failure-modes",
        title: "Failure modes and reliability",
        description:
          "Anticipates how an LLM system fails (hallucination, retrieval miss, wrong tool action, loops, prompt injection, provider outage) and designs detection and containment.",
        weight: 2,
        levels: [
          "Does not discuss failures, or treats the model as always correct.",
          'Lists generic failures ("it might hallucinate") with no mitigation.',
          "Names the main failure modes for this product with a concrete mitigation for each (refusal when context is missing, iteration caps, retries, human handoff).",
          "Ranks failures by impact, designs detection for each (logging, judges, alerts) and explains the graceful-degradation path when the model or a tool is down.",
        ],
      },
      {
        key: "latency-cost",
        title: "Latency and cost budget",
        description:
          "Puts numbers on response time and cost per request and shows where the design spends them.",
        weight: 2,
        levels: [
          "No mention of latency or cost.",
          "Acknowledges latency and cost matter but gives no budget or levers.",
          "Sets a latency target and a per-request cost estimate and names levers (streaming, caching, smaller models for easy paths, fewer calls).",
          "Breaks the budget down per stage, trades quality against cost explicitly and says which metric would trigger changing the model or route.",
        ],
      },
      {
        key: "production-additions",
        title: "Production additions",
        description:
          "Goes past the happy path: observability, retries and backoff, rate limits, guardrails, versioned prompts, staged rollout, human fallback.",
        weight: 2,
        levels: [
          "Stops at the demo path.",
          "Lists one or two additions (e.g. logging) without detail.",
          "Covers logging of prompts, responses, tokens and latency, retries with backoff, guardrails and a human fallback.",
          "Presents a prioritized production plan (what ships first, what is staged behind flags, who owns alerts) that a team could execute.",
        ],
      },
    ],
  },
  {
    slug: "framework-deep-dive",
    title: "Framework deep dive",
    description:
      "Scores a probe into a framework the candidate lists on their resume (LangGraph, the Anthropic SDK, or another framework's internals). The round rewards honest, real depth on claimed tools and punishes claims that do not survive two follow-up questions.",
    whatToShow: [
      "Depth that matches what the resume claims, and a plain 'I have not used that part' where it does not",
      "Understanding of the framework's core abstractions from its own docs and source, not just tutorials",
      "Ability to explain what the framework does under the hood, down to the raw model API calls",
      "Judgment about when the framework helps and when plain SDK code is simpler",
      "Practical debugging knowledge: loops, limits, tracing, streaming, state",
    ],
    redFlags: [
      "Claims framework depth they do not have; answers fall apart at the first 'why' or 'what happens when'",
      "Recites memorized snippets or doc phrases without being able to explain them",
      "Answers sound rehearsed from reading rather than from building; no concrete incident or bug to point to",
      "Cannot describe what the framework does without the framework (no picture of the underlying API calls)",
    ],
    dimensions: [
      {
        key: "honest-calibration",
        title: "Honest calibration",
        description:
          "Self-assessed depth matches demonstrated depth; the candidate marks the edge of their knowledge clearly and reasons from first principles beyond it.",
        weight: 3,
        levels: [
          "Resume claim is contradicted within a couple of questions and the candidate bluffs instead of admitting it.",
          "Admits gaps only when cornered; confidence is uniform whether or not the answer is right.",
          "States up front which parts they have used in anger and which only read about; answers match that calibration.",
          "Calibrated and precise: separates used, read and guessed, and when past their depth reasons aloud to a plausible answer while labelling it as such.",
        ],
      },
      {
        key: "core-abstractions",
        title: "Core abstractions",
        description:
          "Explains the framework's building blocks and how they compose (for LangGraph: state, nodes, edges, conditional routing, compile, prebuilt agents, tools).",
        weight: 2,
        levels: [
          "Cannot name the core building blocks or mixes them up with another framework's.",
          "Names the building blocks but cannot say how data flows between them.",
          "Explains each abstraction and how a request flows through them, with a correct small example.",
          "Explains the design intent behind the abstractions (why state is explicit, why routing is a function) and their limits.",
        ],
      },
      {
        key: "internals",
        title: "Under the hood",
        description:
          "Knows what the framework turns into at the model API level and could rebuild the core loop with the plain SDK.",
        weight: 2,
        levels: [
          "Treats the framework as magic; no idea what calls reach the model.",
          "Vaguely describes a loop but cannot say how tool calls and results travel between model and code.",
          "Describes the underlying message/tool-call cycle and termination condition and could sketch it in plain SDK code.",
          "Traces a full run step by step, including where state is stored, how limits are enforced and what the framework adds over the raw loop.",
        ],
      },
      {
        key: "practical-judgment",
        title: "When to use it",
        description:
          "Weighs the framework against plain SDK code and alternatives for a given problem, including cost of lock-in and debugging overhead.",
        weight: 2,
        levels: [
          "Would use the framework for everything, or dismisses it without reasons.",
          "Gives generic pros and cons not tied to any project.",
          "Names concrete cases where the framework pays off and where a plain SDK loop is simpler, with reasons.",
          "Backs the judgment with a real project decision, including what they would migrate away from or toward and why.",
        ],
      },
      {
        key: "debugging",
        title: "Debugging and operations",
        description:
          "Knows how the framework fails in practice and how to diagnose it: runaway loops, iteration limits, tool errors, tracing, streaming, persistence.",
        weight: 1,
        levels: [
          "Has no debugging approach beyond rerunning.",
          "Mentions print statements or logs but nothing framework-specific.",
          "Uses the framework's limits, tracing and streaming to diagnose issues such as loops or bad tool returns.",
          "Describes a real incident, the root cause (not just the cap that hid it) and the guard they added afterwards.",
        ],
      },
    ],
  },
  {
    slug: "coding",
    title: "Live coding (AI feature)",
    description:
      "Scores a live coding round in which the candidate builds a small AI feature or robust API-calling code (streaming chat, structured output, tool agent, eval harness, agent debugging, RAG hardening) in roughly 37 minutes: restate, agree the approach, code while narrating, then run it and discuss what comes next.",
    whatToShow: [
      "Restates the problem and confirms understanding in the first couple of minutes",
      "Explains the approach out loud and gets the interviewer's agreement before coding",
      "Practical, idiomatic Python that reaches a working version fast",
      "Error handling around model and tool calls (rate limits, timeouts, malformed output)",
      "Structured output validated against a schema rather than parsed from free text",
      "Fast iteration: run early, fix, run again, narrating decisions throughout",
      "Ends by running the code and naming what they would add with more time",
    ],
    redFlags: [
      "Codes in silence; the interviewer cannot follow the reasoning",
      "Goes for the perfect solution before anything works",
      "Optimizes prematurely (async, caching, abstractions) before the basic path runs",
      "Ignores evaluation: never checks whether the output is actually right",
      "Pastes memorized snippets and cannot explain what they do",
    ],
    dimensions: [
      {
        key: "restate",
        title: "Restate and confirm",
        description:
          "In about two minutes, restates the task in their own words, confirms inputs, outputs and constraints, and asks only questions that change the solution.",
        weight: 1,
        levels: [
          "Starts typing immediately; misunderstands the task and discovers it late.",
          "Restates the task but misses a key constraint (e.g. output schema, iteration cap) or asks many questions that do not matter.",
          "Restates inputs, outputs and constraints accurately and confirms them within about two minutes.",
          "Restates crisply, surfaces the one or two ambiguities that matter (error behaviour, what counts as correct) and agrees a definition of done.",
        ],
      },
      {
        key: "approach",
        title: "Approach agreed out loud",
        description:
          "Within about five minutes, lays out the plan (structure, libraries, order of steps, what gets built first) and gets a nod before coding.",
        weight: 2,
        levels: [
          "No plan is shared; the approach only becomes visible through the code.",
          "Shares a plan that is vague or over-ambitious and does not say what gets built first.",
          "Clear step-by-step plan with a working-first ordering and agreement from the interviewer.",
          "Plan names the risky part, the minimal working version, the extensions in priority order and how each step will be checked.",
        ],
      },
      {
        key: "code",
        title: "Working code, narrated",
        description:
          "In about 25 minutes produces practical Python that works, handles errors around API and tool calls, uses structured output where relevant, and narrates decisions while typing.",
        weight: 3,
        levels: [
          "Code does not run or stays incomplete; long silent stretches; snippets pasted without explanation.",
          "Basic path mostly works but lacks error handling; narration is sparse; time lost polishing before it runs.",
          "Working basic path plus the main extensions, with retries or try/except where calls can fail and validated structured output, narrated as they go.",
          "Working, idiomatic and robust: specific exception types, bounded retries with backoff, schema validation, iteration caps; the candidate explains each choice and its alternative as they write it.",
        ],
      },
      {
        key: "test",
        title: "Run and check",
        description:
          "Runs the code early and often, checks outputs against expectations (including a failure or edge case), and treats correctness as something to evaluate.",
        weight: 2,
        levels: [
          "Never runs the code, or runs it once at the end and it fails.",
          "Runs it only at the end; checks the happy path by eye.",
          "Runs incrementally, tests at least one edge or failure case and fixes what it shows.",
          "Builds a tiny check or gold example into the loop (expected vs actual), exercises the error path on purpose and uses the results to decide what to fix next.",
        ],
      },
      {
        key: "discuss",
        title: "Wrap-up and next steps",
        description:
          "In the last five minutes, demonstrates the result and explains what they would add with more time: evals, observability, scaling, safety.",
        weight: 1,
        levels: [
          "No wrap-up; the round ends mid-edit with no summary.",
          'Lists generic improvements ("add tests") without priority.',
          "Demos the result and gives a prioritized list of next steps tied to what they built.",
          "Gives a concise production plan (evals, logging of prompts, tokens and latency, retries, limits) and names the known weaknesses of their own code.",
        ],
      },
    ],
  },
];
