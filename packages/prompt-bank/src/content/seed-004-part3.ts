// Seed 004 (AI engineer interview rounds): live-coding prompts, one per coding drill.
// Phases follow the seed's live-coding time plan: 2 + 5 + 25 + 5 = 37 minutes.
import type { PromptDefinition, RubricTemplateDefinition } from "../schema";

type Phases = PromptDefinition["phases"];

const SEED = "004_8c9f95bab91d7fff" as const;

const LIVE_CODING_PHASES: Phases = [
  {
    key: "restate",
    title: "Restate and confirm",
    minutes: 2,
    goal: "Candidate restates the task in their own words and confirms inputs, outputs and constraints.",
  },
  {
    key: "approach",
    title: "Approach out loud",
    minutes: 5,
    goal: "Candidate talks through the plan and the order of steps, and gets the interviewer's agreement before typing.",
  },
  {
    key: "code",
    title: "Code and narrate",
    minutes: 25,
    goal: "Candidate gets a working version first, then adds the extensions, narrating decisions and running the code as they go.",
  },
  {
    key: "run-and-discuss",
    title: "Run it and next steps",
    minutes: 5,
    goal: "Candidate runs the final code and explains what they would add with more time.",
  },
];

/** Live-coding anti-patterns from the seed, reworded for the guide. */
const LIVE_CODING_RED_FLAGS = [
  "Codes silently; the interviewer has to ask what is happening",
  "Goes for a perfect design before a working version exists",
  "Optimizes prematurely (async, caching, class hierarchies) before the basic path runs",
  "Never checks whether outputs are correct; no eval or expected-vs-actual check at all",
  "Pastes a memorized snippet and cannot explain a line of it when asked",
];

const ENV_CONSTRAINT =
  "Python 3.10+; the anthropic (or openai) client, pydantic, langgraph and langchain are installed; an API key may be available if the interviewer allows live calls, otherwise mock the model call.";

const SHARED_CODING_TAGS = ["live-coding", "python"];

export const prompts: PromptDefinition[] = [
  {
    slug: "live-coding-streaming-chatbot",
    title: "Live coding: streaming chatbot with history, system prompt, token counting and rate-limit retry",
    kind: "CODING",
    roundType: "live-coding",
    difficulty: "EASY",
    minutes: 37,
    tags: [
      ...SHARED_CODING_TAGS,
      "anthropic-sdk",
      "streaming",
      "chatbot",
      "conversation-history",
      "token-counting",
      "retries",
      "rate-limits",
    ],
    source: { seed: SEED, ref: "Coding drills: Drill 1 (streaming chatbot); During live coding time plan" },
    brief: {
      summary: "Turn a minimal single-turn streaming chat script into a usable terminal chatbot.",
      context:
        "You start from a short Python script: it reads a line from the terminal, sends it as a single user message to claude-sonnet-4-6 through the Anthropic SDK's streaming messages call (max_tokens 1024), prints text chunks as they arrive, and loops until the user types quit. Each turn forgets the previous ones.",
      requirements: [
        "Keep the conversation history so the model sees previous turns",
        "Add a configurable system prompt",
        "Count tokens: show input and output tokens per turn and a running total",
        "Retry when the API rate-limits the request, without crashing the chat loop",
        "Keep streaming output working throughout",
      ],
      constraints: [
        ENV_CONSTRAINT,
        "Get a working version first, then add the requirements in the order you agree with the interviewer",
      ],
      deliverable: "A single runnable Python script, demonstrated with a short multi-turn conversation.",
    },
    guide: {
      overview:
        "Warm-up drill on the core client loop. The reference keeps a messages list, passes system as the top-level parameter, reads usage from the final streamed message, and wraps the call in a bounded retry with exponential backoff on rate-limit errors, while handling the fact that a failure mid-stream has already printed partial text.",
      whyAsked:
        "Almost every AI feature sits on this loop. It shows whether the candidate writes practical API-calling Python with correct message structure and error handling, fast.",
      referenceSteps: [
        {
          title: "History",
          detail:
            "Maintain a list of messages; append the user turn before the call and, after the stream finishes, append the assistant turn with the accumulated text (or the final message content). Roles must alternate user/assistant.",
        },
        {
          title: "System prompt",
          detail:
            "Pass it as the system parameter of the messages call, not as a message with a system role; make it a constant or CLI flag.",
        },
        {
          title: "Token counting",
          detail:
            "After the stream completes, read usage.input_tokens and usage.output_tokens from the final message (get_final_message()); keep running totals; optionally call the token-counting endpoint before sending to warn or trim history near a budget.",
        },
        {
          title: "Rate-limit retry",
          detail:
            "Catch the SDK's RateLimitError (and overloaded / 5xx / connection errors), sleep with exponential backoff plus jitter, honour a retry-after header when present, cap attempts (e.g. 3-5), then report the failure and keep the loop alive. Mention the SDK's built-in max_retries setting.",
        },
        {
          title: "Loop hygiene",
          detail:
            "Handle quit, empty input, Ctrl-C and EOF; do not append a user turn to history if the call ultimately failed, or remove it, so roles stay valid.",
        },
      ],
      keyDecisions: [
        {
          decision: "Retry placement with streaming",
          options: [
            "Retry the whole streaming call",
            "Retry only if no tokens were printed yet",
            "Rely on SDK max_retries",
          ],
          tradeOff:
            "Retrying after partial output duplicates printed text; retrying only before the first token is clean but a late failure needs a visible 'response interrupted' message. SDK retries cover connection setup but the candidate should know what they cover.",
        },
        {
          decision: "Unbounded history",
          options: ["Keep everything", "Trim oldest turns past a token budget", "Summarise older turns"],
          tradeOff:
            "Keeping everything is simplest but cost and latency grow every turn and the context limit is eventually hit; trimming is cheap but forgets; summarising keeps gist at the cost of an extra call.",
        },
      ],
      keyPoints: [
        "System prompt goes in the system parameter, history alternates user and assistant",
        "Usage numbers come from the API response, not a guessed tokenizer",
        "Bounded retries with exponential backoff and jitter on rate-limit errors, loop never crashes",
        "Streaming and history interact: the assistant text must be captured while it is printed",
      ],
      followUps: [
        {
          question: "What happens to your history after 200 turns?",
          goodAnswer:
            "Cost and latency per turn grow and eventually the context window overflows; trim or summarise older turns against a token budget measured with the counting endpoint or previous usage.",
        },
        {
          question: "The stream dies halfway through a reply. What does the user see and what is in history?",
          goodAnswer:
            "Partial text is already on screen; show an interruption notice, do not store a half answer as if complete (or mark it), and let the user retry rather than silently resending.",
        },
        {
          question: "How would you show the cost of a session?",
          goodAnswer:
            "Multiply cumulative input and output tokens by the model's per-token prices, kept in config; note that cached or system tokens may be billed differently.",
        },
      ],
      signals: [
        "Working multi-turn chat within the first 10-15 minutes of coding",
        "Uses the SDK's typed exceptions rather than a bare except",
        "Narrates why backoff, jitter and a cap are needed",
        "Demonstrates the retry path by simulating an error",
      ],
      redFlags: [
        ...LIVE_CODING_RED_FLAGS,
        "Puts the system prompt inside the messages list as a 'system' role",
        "Infinite retry loop or a fixed sleep with no cap",
        "Estimates tokens by splitting on spaces when usage is returned by the API",
      ],
      metrics: [],
      takeaway:
        "The basics done right: valid message structure, real usage numbers and retries that cannot spin forever.",
    },
    phases: LIVE_CODING_PHASES,
    rubric: "coding",
  },
  {
    slug: "live-coding-structured-output-pydantic",
    title: "Live coding: structured job-posting extraction with Pydantic, validation retry and async batch",
    kind: "CODING",
    roundType: "live-coding",
    difficulty: "MEDIUM",
    minutes: 37,
    tags: [
      ...SHARED_CODING_TAGS,
      "anthropic-sdk",
      "structured-output",
      "pydantic",
      "tool-use",
      "validation",
      "asyncio",
      "batch-processing",
    ],
    source: {
      seed: SEED,
      ref: "Coding drills: Drill 2 (structured output with Pydantic); During live coding time plan",
    },
    brief: {
      summary:
        "Write a function that turns raw job-posting text into a validated Pydantic object, then make it robust and able to process many postings.",
      context:
        "The target model is JobPosting with fields company (str), role (str), salary_min (int or None), salary_max (int or None), must_haves (list of str) and nice_to_haves (list of str). Use claude-sonnet-4-6 through the Anthropic SDK (max_tokens 1024). Your function is extract_job(text) -> JobPosting.",
      requirements: [
        "extract_job returns a validated JobPosting for a typical posting",
        "Postings that omit fields (salary in particular) are handled gracefully instead of failing or inventing values",
        "If the model's output fails validation, retry with a bounded number of attempts before giving up with a clear error",
        "Add an async function that extracts a list of postings concurrently and reports per-posting failures",
      ],
      constraints: [
        ENV_CONSTRAINT,
        "The output must be a Pydantic object, not a dict parsed out of free text",
      ],
      deliverable:
        "Runnable Python module with extract_job and an async batch function, run on two or three sample postings including one with no salary.",
    },
    guide: {
      overview:
        "Reference: expose the schema as a tool whose input_schema is JobPosting.model_json_schema(), force it with tool_choice naming that tool, pick the tool_use block from the response content and build JobPosting from its input. Then add defaults for missing fields, a validation-error feedback retry, and AsyncAnthropic with bounded concurrency.",
      whyAsked:
        "Structured output is the most common 'robust API-calling code' task. It tests whether the candidate constrains the model rather than parsing prose, and how they handle validation failures and scale.",
      referenceSteps: [
        {
          title: "Base extraction",
          detail:
            "Define a single tool (e.g. extract_job_posting) with a description and input_schema from model_json_schema(); call messages.create with tools and tool_choice {type: tool, name: ...}; find the block whose type is tool_use and construct JobPosting from its input (or model_validate).",
        },
        {
          title: "Missing fields",
          detail:
            "Make salary fields Optional with default None and list fields default to empty lists; add field descriptions or a prompt line saying to use null when the posting does not state a value; never coerce absence into 0.",
        },
        {
          title: "Validation retry",
          detail:
            "Catch pydantic ValidationError and the case where no tool_use block comes back (check stop_reason, e.g. max_tokens); resend with the error text (as a tool_result marked is_error or a follow-up user message) asking for a corrected call; cap at 2-3 attempts, then raise a custom error that carries the raw output.",
        },
        {
          title: "Async batch",
          detail:
            "AsyncAnthropic client, an async extract function, asyncio.Semaphore to limit concurrency, asyncio.gather with return_exceptions=True so one failure does not cancel the rest; return successes and failures separately; backoff on rate-limit errors.",
        },
      ],
      keyDecisions: [
        {
          decision: "How to force structure",
          options: [
            "Forced tool use with JSON schema",
            "Ask for JSON in the prompt and json.loads",
            "Provider-native structured output mode",
          ],
          tradeOff:
            "Prompted JSON breaks on extra prose or code fences; forced tool use constrains the shape reliably but the values still need validation; native modes are equivalent where available.",
        },
        {
          decision: "Concurrency model for batches",
          options: ["Sequential loop", "asyncio with a semaphore", "Provider Message Batches API"],
          tradeOff:
            "Sequential is simple and slow; async with a limit is fast but must respect rate limits; a batch API is cheaper for large offline jobs but results arrive later.",
        },
      ],
      keyPoints: [
        "tool_choice forces the extraction tool, so output is arguments, not prose",
        "Optional salary fields with None, never a hallucinated number",
        "Retry feeds the validation error back and is bounded",
        "Batch isolates per-item failures and limits concurrency",
        "The candidate checks results against the input text, not just that parsing succeeded",
      ],
      followUps: [
        {
          question: "What if response.content contains no tool_use block?",
          goodAnswer:
            "next() on the generator raises StopIteration; handle it explicitly, inspect stop_reason (max_tokens, refusal), and treat it like a validation failure that triggers a bounded retry.",
        },
        {
          question: "The model returns salary_min greater than salary_max. Where do you catch that?",
          goodAnswer:
            "A Pydantic model validator that checks the relation, which then flows into the same retry-with-error path.",
        },
        {
          question: "How would you know the extractor is accurate, not just valid?",
          goodAnswer:
            "A small labelled set of postings, field-level exact match and list precision/recall, and a null-correctness check for salary.",
        },
      ],
      signals: [
        "Reaches a validated JobPosting on a sample within the first 10 minutes of coding",
        "Explains why forcing the tool beats parsing text",
        "Tests the missing-salary posting explicitly",
        "Uses return_exceptions or per-task try/except in the batch",
      ],
      redFlags: [
        ...LIVE_CODING_RED_FLAGS,
        "Parses JSON out of free text with regex",
        "Unbounded retry loop, or retries without telling the model what was wrong",
        "Fires all batch requests at once with no concurrency limit",
      ],
      metrics: [
        "Schema-valid rate on first attempt and after retries",
        "Field-level accuracy on a few hand-labelled postings",
      ],
      takeaway:
        "Constrain, validate, retry with the error, and batch with limits: that is robust structured output.",
    },
    phases: LIVE_CODING_PHASES,
    rubric: "coding",
  },
  {
    slug: "live-coding-langgraph-react-tool-agent",
    title: "Live coding: LangGraph ReAct agent with tools, iteration cap, tracing and streaming",
    kind: "CODING",
    roundType: "live-coding",
    difficulty: "MEDIUM",
    minutes: 37,
    tags: [
      ...SHARED_CODING_TAGS,
      "langgraph",
      "langchain",
      "agents",
      "tool-use",
      "react-agent",
      "tracing",
      "streaming",
      "iteration-cap",
    ],
    source: {
      seed: SEED,
      ref: "Coding drills: Drill 3 (LangGraph create_react_agent with calculator and web search tools); During live coding time plan",
    },
    brief: {
      summary:
        "Build a small tool-using agent with LangGraph that can answer a question needing a lookup and a calculation, then make it safer and observable.",
      context:
        "Start with two tools: a calculator that evaluates an arithmetic expression and a web_search tool that may return mocked results. The model is claude-sonnet-4-6 via langchain_anthropic's ChatAnthropic. A test question: \"What's GDP of India in 2024 plus 100?\"",
      requirements: [
        "A working agent that uses the two tools and prints its final answer for the test question",
        "Add a third tool of your choice that the agent can use",
        "Cap the number of agent iterations and handle the cap being reached gracefully",
        "Add tracing so every model step and tool call can be inspected",
        "Stream the agent's progress instead of waiting for the final result",
      ],
      constraints: [ENV_CONSTRAINT, "Mocked search is fine; say what it returns"],
      deliverable:
        "Runnable script showing one traced, streamed run of the agent on the test question and on a question that needs the third tool.",
    },
    guide: {
      overview:
        'Reference: @tool-decorated Python functions with clear docstrings, ChatAnthropic(model="claude-sonnet-4-6"), create_react_agent(llm, tools=[...]), invoke with a messages list and print the last message. Extensions: a third tool, recursion_limit in the run config with GraphRecursionError handled, tracing via LangSmith env vars or step logging, and agent.stream with a stream mode.',
      whyAsked:
        "Tool-using agents are the core AI-engineering pattern. The drill checks fluency with LangGraph's prebuilt agent, awareness of loop control and observability, and judgment about unsafe tools.",
      referenceSteps: [
        {
          title: "Tools",
          detail:
            "Define calculator(expression: str) -> str and web_search(query: str) -> str with @tool; docstrings matter because they become the descriptions the model reads. Return error strings on failure rather than raising.",
        },
        {
          title: "Agent",
          detail:
            "Wrap the Claude chat model in LangChain's Anthropic integration, hand it and both tools to LangGraph's prebuilt ReAct agent builder, run it on a one-message conversation holding the question, and print the content of the final message in the returned state.",
        },
        {
          title: "Third tool",
          detail:
            "Something with a distinct purpose (current date, unit conversion, a Wikipedia or docs lookup) with a description that says when to use it.",
        },
        {
          title: "Iteration cap",
          detail:
            "Pass config={\"recursion_limit\": N} to invoke/stream; catch GraphRecursionError and return a 'could not finish within N steps' answer. Explain that each model call and tool call is a graph step.",
        },
        {
          title: "Tracing and streaming",
          detail:
            'Enable LangSmith tracing via environment variables or print each update; use agent.stream(..., stream_mode="updates" or "values") to show tool calls and results as they happen, or "messages" for token streaming.',
        },
      ],
      keyDecisions: [
        {
          decision: "Calculator safety",
          options: [
            "eval with empty __builtins__",
            "AST-based arithmetic evaluator",
            "numexpr or a math parser",
          ],
          tradeOff:
            "eval with stripped builtins is short but can still be escaped by crafted expressions; an AST walker allowing only numbers and operators is safe and only slightly longer.",
        },
        {
          decision: "Prebuilt agent vs custom graph",
          options: ["create_react_agent", "Hand-built StateGraph with agent and tool nodes"],
          tradeOff:
            "The prebuilt agent is fastest in a live round; a custom graph gives control over routing and state but costs time. Knowing what the prebuilt one builds is the point.",
        },
      ],
      keyPoints: [
        "Tool docstrings and names drive tool selection",
        "Tools return errors as strings the model can act on",
        "recursion_limit caps steps; GraphRecursionError is handled",
        "Streaming and tracing make each step visible",
        "The mocked search has no real figure, so the agent may loop or invent a number; the candidate notices and handles it",
      ],
      followUps: [
        {
          question:
            "With the mocked search, what does the agent answer for India's GDP plus 100, and is that acceptable?",
          goodAnswer:
            "The mock returns no number, so the model either searches repeatedly (hitting the cap) or invents a GDP figure; acceptable behaviour is to say the figure was not found, enforced by prompt instructions and checked with a test case.",
        },
        {
          question: "What does create_react_agent actually build?",
          goodAnswer:
            "A graph with a model node (LLM bound to the tools) and a tool-executing node, a conditional edge that goes to tools when the last AI message has tool calls and ends otherwise, and an edge from tools back to the model; state is the messages list.",
        },
        {
          question: "How would you test this agent?",
          goodAnswer:
            "Unit-test tools directly, then a small gold set of questions with expected answers and expected tools, run with deterministic mocks, checking both answer and tool path.",
        },
      ],
      signals: [
        "Working agent on the test question within about ten minutes of coding",
        "Flags the eval-based calculator as unsafe without prompting",
        "Knows recursion_limit and the exception it raises",
        "Can explain the agent loop beneath the prebuilt helper",
      ],
      redFlags: [
        ...LIVE_CODING_RED_FLAGS,
        "No iteration cap, or a cap that crashes the program instead of degrading",
        "Tools with no or vague descriptions",
      ],
      metrics: ["Steps per run and cap-hit rate", "Answer correctness on a few test questions"],
      takeaway:
        "Use the prebuilt agent for speed, but show you control it: safe tools, a hard cap, visible steps.",
    },
    phases: LIVE_CODING_PHASES,
    rubric: "coding",
  },
  {
    slug: "live-coding-quick-eval-harness",
    title:
      "Live coding: quick eval harness with semantic similarity, failure categories and a markdown report",
    kind: "CODING",
    roundType: "live-coding",
    difficulty: "MEDIUM",
    minutes: 37,
    tags: [
      ...SHARED_CODING_TAGS,
      "evals",
      "eval-harness",
      "gold-set",
      "semantic-similarity",
      "failure-analysis",
      "markdown-report",
    ],
    source: { seed: SEED, ref: "Coding drills: Drill 4 (quick eval harness); During live coding time plan" },
    brief: {
      summary:
        "Write an evaluation function that runs an agent over a small gold set and reports how it did, then make the scoring and reporting more useful.",
      context:
        'The agent exposes invoke({"messages": [...]}) and returns a dict whose messages list ends with the answer message (.content). The gold set is a list of {query, expected} items, for example the capital of France (expected Paris) and 23 * 41 (expected 943).',
      requirements: [
        "evaluate(agent, gold_set) returns per-item results (query, expected, actual, passed) and prints the pass rate",
        "Add a semantic-similarity scoring option for answers that can be phrased differently",
        "Categorize each failure",
        "Output the results as a markdown table",
      ],
      constraints: [
        ENV_CONSTRAINT,
        "A stub agent is fine for running the harness; the harness must not depend on a specific agent implementation",
      ],
      deliverable:
        "Runnable harness printing a pass rate and a markdown results table for a gold set of at least five items.",
    },
    guide: {
      overview:
        "Reference: loop over the gold set, invoke the agent, take the last message content, pass if the lowercased expected string is contained in the lowercased actual, collect records, print the pass rate as a percentage. Extensions: embedding cosine similarity with a threshold, rule-based failure categories, and a markdown table with escaped pipes.",
      whyAsked:
        "Ignoring evals is a named live-coding anti-pattern; AI loops reward candidates who measure. The drill shows whether the candidate knows the limits of naive scoring.",
      referenceSteps: [
        {
          title: "Base harness",
          detail:
            'For each item: invoke with a single user message, read response["messages"][-1].content, passed = expected.lower() in actual.lower(), append a record; pass rate = passes / total formatted as a percentage.',
        },
        {
          title: "Robustness",
          detail:
            "Wrap each invoke in try/except so one exception becomes a failed record with the error, record latency, and guard against an empty gold set.",
        },
        {
          title: "Semantic similarity",
          detail:
            "Embed expected and actual, cosine similarity, pass above a threshold calibrated on a few labelled examples; keep exact/normalised match for numbers and short facts; optionally an LLM judge for open answers.",
        },
        {
          title: "Failure categories",
          detail:
            "Rules first: exception, timeout, empty answer, refusal, numeric mismatch, wrong fact, format problem; store the category on each failed record and count per category.",
        },
        {
          title: "Markdown output",
          detail:
            "Header row query | expected | actual | pass/fail | category, escape pipes and newlines, truncate long answers, followed by a summary table of metrics.",
        },
      ],
      keyDecisions: [
        {
          decision: "Scoring rule",
          options: [
            "Case-insensitive substring",
            "Normalised exact match",
            "Embedding similarity threshold",
            "LLM-as-judge",
          ],
          tradeOff:
            "Substring is cheap but gives false passes ('not Paris', '9430' contains '943') and false fails on paraphrase; similarity handles paraphrase but blurs numbers; a judge is flexible but costly and needs calibration. Pick per case type.",
        },
      ],
      keyPoints: [
        "Substring matching has both false positives and false negatives; the candidate names them",
        "Per-item error isolation so the run always completes",
        "Different scorers for numeric facts vs free text",
        "Failure categories make the report actionable",
      ],
      followUps: [
        {
          question: "Give me an answer that passes your substring check but is wrong.",
          goodAnswer:
            "'It is not Paris, it is Lyon' contains Paris; '9430' contains '943'. Fix with normalisation, word boundaries, numeric parsing or a judge.",
        },
        {
          question: "How do you choose the similarity threshold?",
          goodAnswer:
            "Label a handful of right and wrong answers, compute their similarities, pick the threshold that separates them, and recheck when the embedding model changes.",
        },
        {
          question: "The pass rate changes between two runs with no code change. Why, and what do you do?",
          goodAnswer:
            "Model non-determinism or live tools; run each item several times, report mean and variance, pin temperature and mock tools for regression runs.",
        },
      ],
      signals: [
        "Base harness running in the first few minutes",
        "Spots substring false positives unprompted",
        "Calibrates the similarity threshold rather than picking 0.8 blindly",
        "Markdown table that renders correctly with messy outputs",
      ],
      redFlags: [
        ...LIVE_CODING_RED_FLAGS,
        "One exception aborts the whole evaluation",
        "Uses semantic similarity for numeric answers where 943 and 942 look alike",
      ],
      metrics: ["Pass rate overall and per category", "Failure-category counts", "Latency per item"],
      takeaway: "A ten-line harness is a start; knowing where its scores lie is the skill.",
    },
    phases: LIVE_CODING_PHASES,
    rubric: "coding",
  },
  {
    slug: "live-coding-debug-looping-agent",
    title: "Live coding: debug a LangGraph agent that loops forever",
    kind: "CODING",
    roundType: "live-coding",
    difficulty: "MEDIUM",
    minutes: 37,
    tags: [
      ...SHARED_CODING_TAGS,
      "langgraph",
      "agents",
      "debugging",
      "infinite-loop",
      "iteration-cap",
      "logging",
      "tool-errors",
    ],
    source: {
      seed: SEED,
      ref: "Coding drills: Drill 5 (debug an agent that loops forever); During live coding time plan",
    },
    brief: {
      summary:
        "A LangGraph agent in a small codebase sometimes never returns. Find out why, stop it from looping, and fix the underlying cause.",
      context:
        "The agent is a StateGraph with an agent node that calls the model and tools, and a conditional edge that decides whether to run the agent again or finish. On some user questions it keeps going until the process is killed or the provider errors. The interviewer will share the code and a question that reproduces the problem.",
      requirements: [
        "Reproduce the problem",
        "Make it impossible for the agent to run forever",
        "Make each iteration observable so the cause can be seen",
        "Identify and fix the root cause, not only the symptom",
        "Explain how you would catch this class of bug earlier next time",
      ],
      constraints: [ENV_CONSTRAINT],
      deliverable:
        "A fixed agent that terminates on the reproducing question, plus a short spoken explanation of the root cause.",
    },
    guide: {
      overview:
        "Three-step reference: add a hard iteration cap (an iter counter in state checked by the conditional edge, e.g. end when above 10, and/or recursion_limit), log every iteration (iteration number and last message), and print what each tool returns. Then find which of the common causes applies: no cap, the model repeating an approach that failed, a tool returning the same error every time, or a termination condition that can never be true.",
      whyAsked:
        "Runaway agents are a real production failure. The drill separates candidates who debug systematically from those who only add a cap and move on.",
      referenceSteps: [
        {
          title: "Reproduce and observe",
          detail:
            "Run the failing question with logging in the agent node showing the iteration count and the latest message; cap the run temporarily so it stops.",
        },
        {
          title: "Add the cap",
          detail:
            "Keep an iteration counter in the state that the agent node increments; the conditional edge routes to the end once it exceeds a limit (e.g. 10); also set recursion_limit in the run config as a backstop and handle GraphRecursionError.",
        },
        {
          title: "Inspect tool returns",
          detail:
            "Print each tool's result; an identical error string every time (or an exception swallowed into an empty or vague return) tells the model nothing new, so it keeps trying.",
        },
        {
          title: "Check termination",
          detail:
            "Verify the routing function's condition can become true: counter actually incremented and returned in the state update, correct state key, route names matching the edge mapping, and the normal 'no more tool calls' exit present.",
        },
        {
          title: "Fix the root cause",
          detail:
            "Make tool errors informative, detect repeated identical tool calls and stop or change strategy, fix the broken condition, and return a graceful partial answer when the cap is hit.",
        },
      ],
      keyDecisions: [
        {
          decision: "Cap only vs root-cause fix",
          options: ["Add max iterations and stop", "Cap plus diagnose and fix the cause"],
          tradeOff:
            "A cap alone stops the hang but leaves a broken agent that burns tokens to the limit on every such query; fixing the cause restores useful answers.",
        },
        {
          decision: "Where to enforce the limit",
          options: ["Counter in graph state with a conditional edge", "Framework recursion_limit", "Both"],
          tradeOff:
            "A state counter allows a graceful final answer and custom logic; recursion_limit is a blunt backstop that raises. Both together is the safe choice.",
        },
      ],
      keyPoints: [
        "Common causes: no cap, the model retrying a failed approach, the same tool error every time, a termination condition that never fires",
        "Iteration logging and tool-return logging make the cause visible",
        "The counter must be written back into the state update or it never changes",
        "The fix includes a graceful message when the cap is hit",
      ],
      followUps: [
        {
          question: "The cap is in place, but 30% of queries now end at the cap. What next?",
          goodAnswer:
            "The cap hides a systematic problem; cluster capped runs by the last tool call and error, fix tool errors or prompts, and track cap-hit rate as a monitored metric.",
        },
        {
          question: "How would you catch this before production?",
          goodAnswer:
            "Tests with failing or empty tools, an eval set including impossible questions, alerting on steps per run and cap-hit rate, and tracing in staging.",
        },
        {
          question: "How do you detect the model repeating itself?",
          goodAnswer:
            "Compare the last few tool calls (name plus arguments); on repeats, inject a message telling the model the approach failed or end with a partial answer.",
        },
      ],
      signals: [
        "Adds observability before changing logic",
        "States a hypothesis about the cause and tests it",
        "Explains all four common causes and which one applies here",
        "Keeps the cap as a safety net after fixing the cause",
      ],
      redFlags: [
        ...LIVE_CODING_RED_FLAGS,
        "Adds a cap and declares the bug fixed without looking for the cause",
        "Changes prompts at random without logging what the agent does",
      ],
      metrics: ["Steps per run", "Cap-hit rate", "Repeated-tool-call rate"],
      takeaway: "Cap it, watch it, then fix why it loops; the cap is a seatbelt, not the repair.",
    },
    phases: LIVE_CODING_PHASES,
    rubric: "coding",
  },
  {
    slug: "live-coding-rag-production-ready",
    title: "Live coding: make a naive RAG script production-ready",
    kind: "CODING",
    roundType: "live-coding",
    difficulty: "HARD",
    minutes: 37,
    tags: [
      ...SHARED_CODING_TAGS,
      "rag",
      "retries",
      "exponential-backoff",
      "streaming",
      "evals",
      "logging",
      "citations",
      "refusal",
    ],
    source: {
      seed: SEED,
      ref: "Coding drills: Drill 6 (make RAG production-ready); During live coding time plan",
    },
    brief: {
      summary:
        "Harden a working but naive retrieval-augmented Q&A script so it could sit behind a real product.",
      context:
        "The script loads a small document set, retrieves the top few chunks for a question, puts them in a prompt and prints the model's answer. It has no error handling, no logging, no evaluation, and it answers confidently even when the documents do not cover the question.",
      requirements: [
        "Retries with exponential backoff around model (and embedding) calls",
        "Streaming output of the answer",
        "An eval suite of 10 gold queries that can be run with one command",
        "Logging of the prompt, response, token counts and latency for every request",
        "Source citations in the output",
        "Refuse to answer when the retrieved context does not contain the answer",
      ],
      constraints: [
        ENV_CONSTRAINT,
        "You probably cannot finish everything in the time; agree an order with the interviewer and explain it",
      ],
      deliverable:
        "The hardened script plus the eval command, demonstrated on one answerable and one unanswerable question.",
    },
    guide: {
      overview:
        "Six hardening items: retries with exponential backoff, streaming, a 10-query eval suite, logging of prompt/response/tokens/latency, citations and refusal when context lacks the answer. In 25 minutes of coding, prioritisation is the main signal: grounding (citations and refusal) and the eval usually come before streaming.",
      whyAsked:
        "Turning a demo into something shippable is the core AI engineer job. The drill tests production instincts and the ability to prioritise under a clock.",
      referenceSteps: [
        {
          title: "Agree the order",
          detail:
            "A sensible order: retries and logging (cheap, protect everything), refusal and citations (correctness), eval suite (proves the previous two), streaming (UX).",
        },
        {
          title: "Retries and logging",
          detail:
            "A small wrapper: retry rate-limit, overload, timeout and 5xx errors with exponential backoff plus jitter and a cap; never retry 4xx validation errors. Log one structured JSON record per request with request id, prompt (or its hash), response, input/output tokens from usage, latency and retrieved chunk ids.",
        },
        {
          title: "Citations",
          detail:
            "Number the chunks in the prompt with their source ids, instruct the model to cite [n] for each claim, map numbers back to document titles or links, and drop citations that reference non-existent ids.",
        },
        {
          title: "Refusal",
          detail:
            "Instruct the model to say it cannot answer from the provided documents when they do not contain the answer; optionally gate on retrieval similarity below a threshold before calling the model at all.",
        },
        {
          title: "Eval suite",
          detail:
            "10 gold queries including 2-3 unanswerable ones; check expected fact present, correct source cited, refusal on the unanswerable ones; print pass rate.",
        },
        {
          title: "Streaming",
          detail:
            "Switch to the streaming API, print chunks as they arrive, accumulate text for logging and citation post-processing, and read usage from the final message.",
        },
      ],
      keyDecisions: [
        {
          decision: "Refusal mechanism",
          options: ["Prompt instruction only", "Retrieval-score threshold gate", "Both"],
          tradeOff:
            "The prompt alone can be ignored by the model; a threshold alone needs calibration and can over-refuse; both together with unanswerable cases in the eval is the robust choice.",
        },
        {
          decision: "Streaming vs post-processing",
          options: ["Stream raw tokens", "Buffer to validate citations, then print"],
          tradeOff:
            "Streaming improves perceived latency but citation validation and refusal checks happen after text is shown; buffering is safer but slower. A common compromise streams text and appends validated sources at the end.",
        },
      ],
      keyPoints: [
        "Backoff only on retryable errors, bounded, with jitter",
        "Logs include tokens and latency per request so cost and speed are measurable",
        "Citations map to real source ids",
        "Refusal tested by unanswerable gold queries",
        "Explicit prioritisation of the six items under time pressure",
      ],
      followUps: [
        {
          question: "What would you log differently if documents contain personal data?",
          goodAnswer:
            "Redact or hash prompts and responses, log chunk ids instead of text, restrict access and set retention limits.",
        },
        {
          question: "Your refusal threshold causes answerable questions to be refused. How do you tune it?",
          goodAnswer:
            "Plot retrieval scores for answerable vs unanswerable gold queries, pick the threshold that balances the two error types, and track refusal rate in production.",
        },
        {
          question: "What is still missing before real users?",
          goodAnswer:
            "Larger eval set from real queries, monitoring and alerts on latency, cost and refusal rate, caching, rate limiting per user, index refresh and prompt versioning.",
        },
      ],
      signals: [
        "States a priority order with reasons before coding",
        "Implements refusal and proves it with an unanswerable query",
        "Structured logs rather than scattered prints",
        "Finishes at least four of the six items with working code",
      ],
      redFlags: [
        ...LIVE_CODING_RED_FLAGS,
        "Retries every exception forever, including invalid requests",
        "Adds streaming first and never gets to grounding or evals",
      ],
      metrics: [
        "Gold-query pass rate including correct refusals",
        "Citation accuracy",
        "Tokens and latency per request from the logs",
      ],
      takeaway:
        "Production-ready RAG means it fails gracefully, shows its sources, says 'I don't know' and proves it with an eval.",
    },
    phases: LIVE_CODING_PHASES,
    rubric: "coding",
  },
];

export const rubrics: RubricTemplateDefinition[] = [];
