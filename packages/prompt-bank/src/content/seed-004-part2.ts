// Seed 004 (AI engineer interview rounds): take-home prompts, one per take-home pattern.
// Each prompt is the 60-minute review of a 4-6 hour submission.
import type { PromptDefinition, RubricTemplateDefinition } from "../schema";

type Phases = PromptDefinition["phases"];
type Brief = PromptDefinition["brief"];

const SEED = "004_8c9f95bab91d7fff" as const;

/** Deliverables shared by every take-home, following the seed's README and EVAL templates. */
const DELIVERABLE =
  "A repository (link or zip) with runnable code and two documents. README.md with the sections: What this does (1-2 bullets); Architecture (a diagram or about five bullets); How to run (exact commands); Decisions and trade-offs (one line per decision in the form: chose X because Y, trade-off Z); What I'd add for production (5-7 bullets); Eval results (link to EVAL.md); Time spent. EVAL.md with the sections: Methodology (how the eval was set up); Gold queries (a table of 10-20 rows: query, expected, actual, pass/fail); Metrics (a table of metric and score); Failure modes identified (grouped into clusters); Hypothesized fixes; What I'd do differently with more time.";

const TIME_BOX = "Time box: 4-6 hours of focused work. Report the real time spent in the README.";
const REVIEW_NOTE =
  "You will present the submission in a 60-minute review: you start by running it from your own README, then walk through the design, your evals and your decisions.";

/** Default phases for the 60-minute review of a greenfield take-home. */
const REVIEW_PHASES: Phases = [
  {
    key: "run-it",
    title: "Run it from the README",
    minutes: 8,
    goal: "Candidate runs the submission using only the README's How to run commands; note whether the core path works first time.",
  },
  {
    key: "walkthrough",
    title: "What it does and architecture",
    minutes: 10,
    goal: "Candidate explains what the system does and walks the architecture, naming the explicit architecture choice.",
  },
  {
    key: "decisions",
    title: "Decisions and trade-offs",
    minutes: 10,
    goal: "Probe each written decision: why X, what was rejected, what it costs, what would change it.",
  },
  {
    key: "evals",
    title: "Eval results",
    minutes: 12,
    goal: "Go through EVAL.md: how gold queries were chosen, pass/fail, metrics, failure clusters and hypothesized fixes.",
  },
  {
    key: "production-gap",
    title: "Production gap and honesty",
    minutes: 8,
    goal: "Discuss the What I'd add for production list and check the candidate does not oversell a 6-hour build.",
  },
  {
    key: "extension",
    title: "Live extension",
    minutes: 12,
    goal: "Ask for a small change or a new failing gold query and watch how the candidate reasons about the impact.",
  },
];

/** Take-home anti-patterns from the seed, reworded for the guide. */
const TAKE_HOME_RED_FLAGS = [
  "Over-engineering for a 4-6 hour build: extra services, vector databases, queues or abstraction layers the task did not need",
  "README missing or unusable: the reviewer cannot run the project from it",
  "Calls a roughly 6-hour project production-ready",
  "Spent time on features outside the brief while the core path or the evals are unfinished",
  "Used a framework they did not know under time pressure and fought it (unexplained boilerplate, half-working glue)",
];

/** Signals shared by every take-home (what hiring managers look for). */
const TAKE_HOME_SIGNALS = [
  "Something works end to end, first time, from the README",
  "EVAL.md exists with 10-20 gold queries, expected vs actual output and pass/fail, plus failure clusters and hypothesized fixes",
  "Each trade-off written as a decision with a reason and a cost",
  "Readable code whose structure mirrors the README's architecture section",
  "Commit history shows a plan: skeleton early, core feature end to end, then evals, then docs",
];

const TIMELINE_FOLLOW_UP = {
  question: "Walk me through how you spent the time, hour by hour.",
  goodAnswer:
    "Something close to: first half hour reading the prompt several times, choosing the architecture and sketching it; next half hour project setup and skeleton commits; about two hours building the core feature end to end; a real break; an hour adding evals, running them and capturing results; an hour polishing README, EVAL.md and comments; the last half hour on a final review and submission. Strong candidates also say what they would have cut, and that if the architecture had still been wrong around hour four they would have switched to a simpler version they could ship.",
};

const HONESTY_FOLLOW_UP = {
  question: "Is this ready for production?",
  goodAnswer:
    "No, and says why: it is a few hours of work. Points to the 5-7 item production list (logging of prompts, responses, tokens and latency; retries with exponential backoff; rate limiting; monitoring and alerting; a larger eval set and regression gate; auth and secret handling; guardrails) and says which item they would do first.",
};

const SHARED_TAKE_HOME_TAGS = ["take-home", "evals", "readme", "trade-offs"];

function brief(b: Brief): Brief {
  return b;
}

export const prompts: PromptDefinition[] = [
  {
    slug: "take-home-docs-chatbot-awesome-llm-apps",
    title: "Take-home: chatbot over a small docs corpus (awesome-llm-apps READMEs)",
    kind: "TAKE_HOME",
    roundType: "take-home-review",
    difficulty: "MEDIUM",
    minutes: 60,
    tags: [...SHARED_TAKE_HOME_TAGS, "chatbot", "rag", "retrieval", "conversation-memory", "citations"],
    source: {
      seed: SEED,
      ref: "Take-home patterns: Examples (chatbot over a small docs corpus); Sample take-homes (chatbot over awesome-llm-apps README files); README and EVAL templates",
    },
    brief: brief({
      summary:
        "Build a chatbot that answers questions about the projects in the open-source awesome-llm-apps repository, using only the repository's README files as its knowledge.",
      context:
        "awesome-llm-apps is a public GitHub collection of LLM application examples, each in its own folder with a README. A developer wants to ask things like which projects use local models, how a particular agent example works, or which projects combine RAG with tools, and then ask follow-up questions in the same conversation. " +
        REVIEW_NOTE,
      requirements: [
        "Ingest the README files of the repository (all of them or a clearly stated subset) into whatever knowledge store you choose",
        "Support a multi-turn conversation, including follow-up questions that refer to earlier answers",
        "Ground answers in the README content and show which project README(s) each answer came from",
        "Provide a simple interface: a CLI loop or a minimal web page is enough",
        "Include an evaluation of answer quality as described in the deliverable",
      ],
      constraints: [
        TIME_BOX,
        "Any LLM provider and any libraries are allowed; keep API keys out of the repository",
        "The reviewer must be able to run it locally with the commands in your README",
      ],
      deliverable: DELIVERABLE,
    }),
    guide: {
      overview:
        "Classic small-corpus RAG chatbot. A good submission ingests the READMEs, splits them sensibly, retrieves with a simple local index, answers with project citations, handles follow-ups by rewriting them into standalone questions, and proves quality with a 10-20 query EVAL.md. The corpus is small, so anything heavier than an in-process index is a scope smell.",
      whyAsked:
        "The most common AI take-home shape. It shows whether the candidate ships something working in a few hours, makes one deliberate retrieval choice, measures quality instead of asserting it, and writes a README a reviewer can follow.",
      referenceSteps: [
        {
          title: "Read and decide (first ~30 min)",
          detail:
            "Clone the repo, count the README files and their sizes, decide between stuffing a summary into context vs retrieval, and sketch the flow: load, split, index, retrieve, answer, cite.",
        },
        {
          title: "Ingest and split",
          detail:
            "Walk the folders, keep the project path as metadata, split each README on markdown headings (falling back to fixed-size windows with overlap for long sections) so each chunk keeps its project name.",
        },
        {
          title: "Index and retrieve",
          detail:
            "Embed chunks into an in-memory or file-backed index (numpy, FAISS, Chroma local) or use BM25; hybrid is a plus for project names and library names that embeddings blur. Retrieve top-k (e.g. 5) chunks.",
        },
        {
          title: "Answer with citations",
          detail:
            "Prompt the model with numbered chunks and their project paths, ask it to answer only from them and cite the project(s); print the cited project links under the answer.",
        },
        {
          title: "Conversation handling",
          detail:
            "Keep the message history; before retrieval, rewrite the latest user turn into a standalone question using the history so that 'which of those use local models?' retrieves the right chunks.",
        },
        {
          title: "Evals, then docs",
          detail:
            "Write 10-20 gold questions (single-project facts, cross-project comparisons, follow-ups, and a few questions the READMEs cannot answer), record expected vs actual and pass/fail, add a retrieval hit check, cluster failures, then write README and EVAL.md.",
        },
      ],
      keyDecisions: [
        {
          decision: "Retrieval vs putting the corpus in context",
          options: [
            "Long-context stuffing of all READMEs",
            "Embedding retrieval",
            "BM25 keyword retrieval",
            "Hybrid BM25 + embeddings",
          ],
          tradeOff:
            "Stuffing is simplest but costs tokens and latency on every turn and degrades as the corpus grows; retrieval adds a failure point (missed chunks) but keeps cost flat. Hybrid helps with exact names of projects and libraries.",
        },
        {
          decision: "Chunking strategy",
          options: [
            "Whole README per chunk",
            "Split on markdown headings",
            "Fixed token windows with overlap",
          ],
          tradeOff:
            "Whole files keep context but dilute embeddings and waste tokens; heading splits follow document structure but produce uneven sizes; fixed windows are uniform but cut through sections. Carrying the project name into every chunk matters more than the exact size.",
        },
        {
          decision: "Follow-up handling",
          options: [
            "Send full history to the answer call only",
            "Rewrite the follow-up into a standalone query before retrieval",
            "Retrieve on the concatenated recent turns",
          ],
          tradeOff:
            "Without rewriting, retrieval runs on 'which of those...' and misses; a rewrite step costs one extra small-model call per turn but fixes most follow-up failures.",
        },
        {
          decision: "Framework vs plain SDK",
          options: ["LangChain/LlamaIndex pipeline", "Plain provider SDK plus a small index"],
          tradeOff:
            "A framework is faster if the candidate already knows it; under a time box an unfamiliar one costs more than it saves. Either is fine if the choice is stated and defended.",
        },
      ],
      keyPoints: [
        "Small corpus: an in-process index is enough; a hosted vector database is not needed for a few hundred chunks",
        "Each chunk carries its project path so answers can cite the source README",
        "Follow-up questions need a standalone rewrite (or equivalent) before retrieval",
        "The chatbot should say when the READMEs do not cover a question instead of answering from general knowledge",
        "EVAL.md separates retrieval misses from answer errors so fixes target the right stage",
      ],
      followUps: [
        {
          question:
            "A follow-up like 'which of those run fully locally?' gives a wrong answer. Where would you look first?",
          goodAnswer:
            "Check what query actually hit the retriever and which chunks came back. Most likely the raw follow-up was embedded without its referent; fix with a history-aware rewrite and add the case to the gold set.",
        },
        {
          question: "How would this change if the corpus grew to every README on a large GitHub org?",
          goodAnswer:
            "Move to a persistent index with incremental re-indexing on repo changes, add hybrid search and a reranker, cache embeddings by content hash, and track retrieval recall on a larger gold set; long-context stuffing stops being an option.",
        },
        {
          question: "How did you choose your gold questions, and what does a pass mean?",
          goodAnswer:
            "A mix of single-fact, comparison, follow-up and unanswerable questions drawn from reading the READMEs; pass means the answer contains the expected fact and cites the right project, or refuses for unanswerable ones. Acknowledges 10-20 items is a smoke test, not a benchmark.",
        },
        TIMELINE_FOLLOW_UP,
        HONESTY_FOLLOW_UP,
      ],
      signals: [
        ...TAKE_HOME_SIGNALS,
        "Handles out-of-corpus questions with an explicit 'not in the docs' answer",
        "Shows cited project paths and can trace any answer back to the chunk",
      ],
      redFlags: [
        ...TAKE_HOME_RED_FLAGS,
        "Answers from the model's general knowledge with no grounding or citation",
        "No handling of follow-up questions despite the multi-turn requirement",
      ],
      metrics: [
        "Gold-set pass rate (answer contains expected fact and correct citation)",
        "Retrieval hit rate / recall@k: the right README appears in the top-k chunks",
        "Citation accuracy: cited project actually supports the answer",
        "Correct refusal rate on out-of-corpus questions",
        "Latency per turn (p50/p95) and cost per query",
      ],
      takeaway:
        "Look for a small, working, cited chatbot with a measured quality baseline and honest limits, not for the most sophisticated retrieval stack.",
    },
    phases: REVIEW_PHASES,
    rubric: "take-home-review",
  },
  {
    slug: "take-home-rag-over-provided-data",
    title: "Take-home: RAG question answering over a provided data set",
    kind: "TAKE_HOME",
    roundType: "take-home-review",
    difficulty: "MEDIUM",
    minutes: 60,
    tags: [...SHARED_TAKE_HOME_TAGS, "rag", "retrieval", "chunking", "citations", "refusal"],
    source: {
      seed: SEED,
      ref: "Round types overview: Take-home / project (RAG system); Take-home patterns: Examples (RAG system over provided data); README and EVAL templates",
    },
    brief: brief({
      summary:
        "Build a question-answering service over a document set the hiring team gives you, returning answers with the sources they came from.",
      context:
        "The hiring team provides a folder of documents (for practice, use any 50-200 document corpus such as product documentation or internal-policy pages) and a few example questions. Users ask single, self-contained questions and need to trust the answer enough to act on it. " +
        REVIEW_NOTE,
      requirements: [
        "An ingestion step that turns the provided documents into a searchable store",
        "A query path that retrieves relevant passages and generates an answer from them",
        "Every answer lists the source documents (and section or passage) it relied on",
        "A single entry point: a CLI command or one HTTP endpoint taking a question and returning answer plus sources",
        "An evaluation of the system as described in the deliverable",
      ],
      constraints: [
        TIME_BOX,
        "Use the provided documents only; do not add outside data",
        "Any LLM and embedding provider is allowed; keep API keys out of the repository",
      ],
      deliverable: DELIVERABLE,
    }),
    guide: {
      overview:
        "Single-turn RAG with an emphasis on measurable retrieval quality. A strong submission has a clean ingest/query split, one well-argued chunking and retrieval choice, citations that map back to passages, a refusal path when the retrieved context does not contain the answer, and an EVAL.md that scores retrieval and generation separately.",
      whyAsked:
        "RAG is the default production pattern for AI engineers. The take-home shows whether the candidate understands where RAG fails (chunking, recall, grounding) and can measure it in a few hours.",
      referenceSteps: [
        {
          title: "Inspect the data and decide",
          detail:
            "Look at document formats, lengths and structure before choosing anything; write the architecture sketch and the one key decision (chunking/retrieval) in the first half hour.",
        },
        {
          title: "Ingest",
          detail:
            "Parse documents, split by structure (headings, paragraphs) with a size cap and some overlap, keep document id, title and section as metadata, embed and store in a local index.",
        },
        {
          title: "Retrieve",
          detail:
            "Dense retrieval top-k as a baseline; add BM25 (hybrid) or a reranker only if the eval shows misses on exact terms or ordering problems.",
        },
        {
          title: "Generate with grounding",
          detail:
            "Prompt with numbered passages, instruct the model to answer only from them, cite passage ids, and say it cannot answer when the passages do not contain the answer; map ids back to documents in the output.",
        },
        {
          title: "Evaluate two stages",
          detail:
            "10-20 gold questions with the expected answer and the expected source document; score retrieval hit@k separately from answer correctness; include a few unanswerable questions to test refusal.",
        },
        {
          title: "Document",
          detail:
            "README with the chunking/retrieval decision and its trade-off, production list, time spent; EVAL.md with the table, metrics, failure clusters (retrieval miss, wrong passage used, hallucinated detail, over-refusal) and fixes.",
        },
      ],
      keyDecisions: [
        {
          decision: "Chunk size and boundaries",
          options: [
            "Small chunks (~200-300 tokens)",
            "Larger chunks (~800-1000 tokens)",
            "Structure-aware chunks by heading/paragraph",
          ],
          tradeOff:
            "Small chunks give precise retrieval but lose surrounding context; large chunks keep context but dilute similarity and cost more tokens; structure-aware splitting usually wins on documentation but needs a size cap.",
        },
        {
          decision: "Retrieval method",
          options: ["Dense embeddings only", "BM25 only", "Hybrid with rank fusion", "Retrieve then rerank"],
          tradeOff:
            "Dense handles paraphrase but misses exact identifiers; BM25 is the reverse; hybrid and reranking improve quality at the cost of extra components and latency, which should be justified by eval results.",
        },
        {
          decision: "When to refuse",
          options: ["Prompt-only instruction to refuse", "Retrieval score threshold gate", "Both"],
          tradeOff:
            "Prompt-only refusal is simple but the model may still answer from prior knowledge; a score threshold is cheap but needs calibration and can over-refuse.",
        },
      ],
      keyPoints: [
        "Retrieval quality and answer quality are measured separately; otherwise failures cannot be attributed",
        "Citations point to specific documents and sections, and the candidate can show the passage behind an answer",
        "The system declines when the provided data does not contain the answer",
        "Chunking is chosen after looking at the data, and the trade-off is written down",
        "The production list names concrete additions (retries with backoff, logging prompts, tokens and latency, index refresh, monitoring)",
      ],
      followUps: [
        {
          question:
            "Your eval shows the right document is retrieved but the answer is still wrong. What next?",
          goodAnswer:
            "That is a generation or context-use failure: check whether the relevant passage made it into the prompt within top-k, its position, and whether the prompt forces grounding; try fewer, reranked passages or stronger instructions, then rerun the same gold set to compare.",
        },
        {
          question: "How would you keep answers correct when the documents change weekly?",
          goodAnswer:
            "Incremental re-ingestion keyed by document hash, deleting stale chunks, versioning the index, and rerunning the gold set after each refresh; add freshness metadata to citations.",
        },
        {
          question: "What would you measure in production that your take-home cannot?",
          goodAnswer:
            "Real query distribution, user feedback or escalation after an answer, refusal rate, latency and cost per query, and sampled human or judge review of groundedness.",
        },
        TIMELINE_FOLLOW_UP,
        HONESTY_FOLLOW_UP,
      ],
      signals: [
        ...TAKE_HOME_SIGNALS,
        "Separate retrieval and generation metrics in EVAL.md",
        "Unanswerable questions in the gold set and a working refusal path",
      ],
      redFlags: [
        ...TAKE_HOME_RED_FLAGS,
        "Default chunking from a tutorial with no look at the data and no stated reason",
        "Only end-to-end eyeballing; no way to tell retrieval misses from generation errors",
      ],
      metrics: [
        "Retrieval hit@k / recall@k against the expected source document",
        "MRR or rank of the first relevant passage",
        "Answer correctness pass rate on the gold set",
        "Groundedness / faithfulness of the answer to retrieved passages",
        "Citation accuracy and correct-refusal rate",
        "Latency per query and cost per query",
      ],
      takeaway:
        "The best RAG take-homes are modest in architecture and strong in measurement: they can say exactly which stage fails and what they would fix first.",
    },
    phases: REVIEW_PHASES,
    rubric: "take-home-review",
  },
  {
    slug: "take-home-tool-agent-web-search-calculator",
    title: "Take-home: agent with 2-3 tools (web search + calculator)",
    kind: "TAKE_HOME",
    roundType: "take-home-review",
    difficulty: "MEDIUM",
    minutes: 60,
    tags: [...SHARED_TAKE_HOME_TAGS, "agents", "tool-use", "react-agent", "web-search", "iteration-cap"],
    source: {
      seed: SEED,
      ref: "Take-home patterns: Examples (agent using 2-3 tools); Sample take-homes (agent with 2 tools: web search + calculator); README and EVAL templates",
    },
    brief: brief({
      summary:
        "Build an agent that answers questions needing both fresh facts and arithmetic, using a web search tool and a calculator tool (a third tool of your choice is optional).",
      context:
        "Typical questions combine a lookup with a computation, for example: what was a country's GDP in a given year plus some amount, how many days between two events, or a percentage change between two published figures. The agent decides which tool to call and when it has enough to answer. " +
        REVIEW_NOTE,
      requirements: [
        "Two tools at minimum: web search (a real search API or a documented mock) and a calculator",
        "The agent chooses tools itself and can chain several calls before answering",
        "Print or return a trace of the tool calls and results for each question",
        "The agent must always terminate and must cope with a tool that errors or returns nothing useful",
        "Evaluate the agent on a gold set of questions as described in the deliverable",
      ],
      constraints: [
        TIME_BOX,
        "Any framework (or none) and any LLM provider is allowed",
        "If you mock search, say so and explain how it affects your evals",
      ],
      deliverable: DELIVERABLE,
    }),
    guide: {
      overview:
        "A small ReAct-style tool agent. A good submission has clearly described tools, a safe calculator, a hard cap on iterations, readable traces, tool errors returned to the model as useful messages, and an eval that checks both the final answer and whether the right tools were used. LangGraph's create_react_agent or a plain SDK tool loop are both fine.",
      whyAsked:
        "Agents with tools are the second most common take-home. It tests tool design, loop control and reliability thinking, and whether the candidate can evaluate a non-deterministic multi-step system.",
      referenceSteps: [
        {
          title: "Decide the loop",
          detail:
            "Pick a prebuilt ReAct agent (e.g. LangGraph create_react_agent) or a plain SDK loop: call the model with tool definitions, execute requested tool calls, feed results back, stop when the model answers without tool calls.",
        },
        {
          title: "Define tools well",
          detail:
            "Each tool gets a precise name, description and typed arguments, since that is what the model reads to choose. Search returns short, source-attributed snippets; the calculator parses arithmetic safely (AST-based evaluator or a math-expression library), not a raw eval of model output.",
        },
        {
          title: "Make it terminate",
          detail:
            "Cap iterations (e.g. recursion_limit in LangGraph or a counter in a manual loop), return a graceful message when the cap is hit, and turn tool exceptions into informative error strings the model can act on.",
        },
        {
          title: "Trace",
          detail:
            "Log every step: model message, tool name, arguments, result, latency; optionally LangSmith or another tracer.",
        },
        {
          title: "Evaluate",
          detail:
            "10-20 gold questions with expected answers and expected tool sequence: lookup-only, math-only, lookup-plus-math, and questions no tool can answer. Pin or mock search results for reproducible runs; record pass/fail and steps used.",
        },
        {
          title: "Document",
          detail:
            "README explains the loop choice, tool contracts, the cap, and production additions; EVAL.md clusters failures (wrong tool, bad arguments, arithmetic done in the model's head, loop hit the cap, search returned nothing).",
        },
      ],
      keyDecisions: [
        {
          decision: "Framework vs plain SDK tool loop",
          options: ["LangGraph create_react_agent", "Plain provider SDK loop", "Other agent framework"],
          tradeOff:
            "The prebuilt agent is a few lines and gives streaming and tracing hooks; a plain loop is fully transparent and easy to cap and debug. Choosing a framework the candidate does not know is the costly option.",
        },
        {
          decision: "Calculator implementation",
          options: [
            "Python eval with stripped builtins",
            "AST-based safe evaluator",
            "Math expression library",
          ],
          tradeOff:
            "eval is quick but stripping builtins is not a real sandbox for model-generated input; an AST walker or expression library is a few more lines and safe.",
        },
        {
          decision: "Real vs mocked search",
          options: ["Live search API", "Mocked/cached search results"],
          tradeOff:
            "Live search is realistic but makes evals flaky and costs money; mocked or cached results make the gold set reproducible but hide real retrieval noise. Strong candidates cache live results for eval runs.",
        },
      ],
      keyPoints: [
        "Tool descriptions are the interface the model reasons over; vague ones cause wrong tool choices",
        "An explicit iteration cap plus a graceful message when it is hit; the agent can never spin forever",
        "Tool errors come back to the model as informative messages, not crashes or identical opaque strings",
        "Evals check the final answer and the tool path; arithmetic must come from the calculator, not the model",
        "The calculator must not execute arbitrary model-generated code",
      ],
      followUps: [
        {
          question:
            "Search returns nothing useful for a question. What does your agent do, and what should it do?",
          goodAnswer:
            "It should retry with a reformulated query a bounded number of times, then answer that it could not find the figure rather than inventing one; the eval set should include such a case.",
        },
        {
          question: "How would you add a third tool without hurting tool selection?",
          goodAnswer:
            "Give it a distinct name and a description that says when to use it and when not to, add gold questions that need it and ones that must not use it, and rerun to check tool-selection accuracy did not drop.",
        },
        {
          question: "Your calculator uses eval. Is that safe?",
          goodAnswer:
            "No: removing builtins does not make eval a sandbox against crafted expressions; replace it with an AST-based evaluator that only allows numbers and arithmetic operators, or a math library.",
        },
        TIMELINE_FOLLOW_UP,
        HONESTY_FOLLOW_UP,
      ],
      signals: [
        ...TAKE_HOME_SIGNALS,
        "Readable per-question traces that make failures easy to diagnose",
        "Iteration cap and tool-error handling demonstrated, not just claimed",
      ],
      redFlags: [
        ...TAKE_HOME_RED_FLAGS,
        "No iteration cap; a bad question can loop until the provider errors",
        "Raw eval of model-generated expressions",
        "Evals depend on live search with no caching, so results change run to run",
      ],
      metrics: [
        "Task success rate on the gold set",
        "Tool-selection accuracy (expected tools used, unnecessary tools avoided)",
        "Average steps / tool calls per question and cap-hit rate",
        "Latency and cost per question",
      ],
      takeaway:
        "A good tool agent is boring in the right ways: clear tools, a hard stop, honest errors and an eval that checks the path as well as the answer.",
    },
    phases: REVIEW_PHASES,
    rubric: "take-home-review",
  },
  {
    slug: "take-home-job-posting-structured-extractor",
    title: "Take-home: structured-output extractor for job postings",
    kind: "TAKE_HOME",
    roundType: "take-home-review",
    difficulty: "MEDIUM",
    minutes: 60,
    tags: [
      ...SHARED_TAKE_HOME_TAGS,
      "structured-output",
      "pydantic",
      "extraction",
      "validation",
      "batch-processing",
    ],
    source: {
      seed: SEED,
      ref: "Sample take-homes (structured-output extractor for job postings); Coding drills: Drill 2 schema; README and EVAL templates",
    },
    brief: brief({
      summary:
        "Build a tool that turns raw job-posting text into validated structured records and runs over a batch of postings.",
      context:
        "A job-search product needs postings normalised into a fixed schema: company, role, minimum salary, maximum salary, must-have requirements and nice-to-have requirements. Postings come from many sites, are messy, and often omit salary or blur required vs preferred skills. " +
        REVIEW_NOTE,
      requirements: [
        "Define the output schema with typed fields (company, role, salary_min, salary_max, must_haves, nice_to_haves)",
        "Extract one posting into a schema-valid record, and process a batch of postings (for practice, collect 30-50 real postings)",
        "Handle postings where a field is absent without inventing a value",
        "Never emit a record that fails schema validation; failed items must be reported, not silently dropped",
        "Write results to a machine-readable file (e.g. JSON Lines) and evaluate field-level accuracy",
      ],
      constraints: [
        TIME_BOX,
        "Any LLM provider; Python with Pydantic is recommended but not required",
        "The batch should finish in reasonable time without tripping provider rate limits",
      ],
      deliverable: DELIVERABLE,
    }),
    guide: {
      overview:
        "Structured extraction with schema enforcement. A strong submission forces the model into a schema (forced tool use with a Pydantic-generated JSON schema, or the provider's structured-output mode), uses nullable fields for salary, validates, retries with the validation error fed back, runs the batch concurrently with a limit, and evaluates per field against hand-labelled postings.",
      whyAsked:
        "Reliable structured output is a daily AI-engineering task. The take-home exposes whether the candidate trusts free-text parsing, how they handle missing data and validation failures, and whether they measure field accuracy rather than 'it looks right'.",
      referenceSteps: [
        {
          title: "Schema first",
          detail:
            "Pydantic model with str company and role, optional int salary_min and salary_max, list[str] must_haves and nice_to_haves (defaulting to empty lists); field descriptions tell the model to use null when salary is not stated.",
        },
        {
          title: "Constrained extraction",
          detail:
            "Pass the schema as a tool input_schema (model_json_schema()) and force that tool via tool_choice, or use a native structured-output mode; read the tool_use block and validate into the model.",
        },
        {
          title: "Validation and retry",
          detail:
            "Catch validation errors and missing tool_use blocks (e.g. stop_reason max_tokens), send the error text back for a corrected attempt, cap retries at 2-3, then log the raw output and mark the item failed.",
        },
        {
          title: "Batch",
          detail:
            "Async client with a semaphore for bounded concurrency, per-item error isolation, retries with exponential backoff on rate limits; mention the provider's batch API for large offline jobs.",
        },
        {
          title: "Eval",
          detail:
            "Hand-label 10-20 postings; score exact match for company and role, numeric match for salary (including null-correct), and precision/recall for requirement lists; cluster failures (hourly vs annual salary, currency, must vs nice confusion, invented salary).",
        },
      ],
      keyDecisions: [
        {
          decision: "How to get structured output",
          options: [
            "Prompt for JSON and parse text",
            "Forced tool use with a JSON schema",
            "Provider-native structured output / JSON mode",
          ],
          tradeOff:
            "Prompted JSON is easy but breaks on stray text; forced tool use or native modes constrain the shape, though the content still needs validation.",
        },
        {
          decision: "Missing and ambiguous fields",
          options: [
            "Nullable fields with explicit 'null if absent' instructions",
            "Required fields the model must fill",
            "Post-hoc heuristics",
          ],
          tradeOff:
            "Required fields push the model to hallucinate salaries; nullable fields are honest but need downstream handling. Normalisation rules (annual, currency, '120k') must be stated.",
        },
        {
          decision: "Batch execution",
          options: ["Sequential loop", "Async with bounded concurrency", "Provider batch API"],
          tradeOff:
            "Sequential is simple and slow; async is fast but needs a concurrency limit and backoff; a batch API is cheapest for offline jobs but returns results later.",
        },
      ],
      keyPoints: [
        "Schema enforcement at generation time plus validation after it",
        "Absent salary becomes null, never a guess; the eval checks this explicitly",
        "Validation failures trigger a bounded retry that includes the error, then a logged failure",
        "Field-level metrics, with list fields scored by precision and recall",
        "Batch processing is concurrent but rate-limit aware",
      ],
      followUps: [
        {
          question:
            "A posting lists salary as '$60-75/hr'. What does your system output, and what should it?",
          goodAnswer:
            "Depends on a stated normalisation rule: either convert to annual with an assumption recorded, or add a pay-period field; the key is the rule is explicit and tested in the gold set.",
        },
        {
          question: "How do you decide if a skill is must-have or nice-to-have when the posting is vague?",
          goodAnswer:
            "Define labelling guidelines (e.g. 'preferred', 'bonus', 'plus' mean nice-to-have), put them in the prompt or field descriptions, and measure confusion between the two lists in the eval.",
        },
        {
          question: "How would you run this on a million postings?",
          goodAnswer:
            "Provider batch API or a queue with workers, bounded concurrency, idempotent writes keyed by posting id, a cheaper model if the eval holds, sampling for quality checks, and cost tracking per thousand postings.",
        },
        TIMELINE_FOLLOW_UP,
        HONESTY_FOLLOW_UP,
      ],
      signals: [
        ...TAKE_HOME_SIGNALS,
        "Per-field accuracy table in EVAL.md, including null-correctness for salary",
        "Retry path demonstrated on a deliberately malformed or truncated case",
      ],
      redFlags: [
        ...TAKE_HOME_RED_FLAGS,
        "Parses free text with regex or string splitting and no schema validation",
        "Invents salaries or requirements when the posting is silent",
      ],
      metrics: [
        "Schema-valid rate (first attempt and after retries)",
        "Field exact-match for company and role; salary numeric match including null-correctness",
        "Precision and recall for must_haves and nice_to_haves",
        "Retries per posting, throughput and cost per 1,000 postings",
      ],
      takeaway:
        "Good extraction is constrained, validated and measured per field; the honest null is worth more than a confident guess.",
    },
    phases: REVIEW_PHASES,
    rubric: "take-home-review",
  },
  {
    slug: "take-home-code-review-agent",
    title: "Take-home: code-review agent over a small JS/Python repo",
    kind: "TAKE_HOME",
    roundType: "take-home-review",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      ...SHARED_TAKE_HOME_TAGS,
      "agents",
      "code-review",
      "tool-use",
      "structured-output",
      "precision-recall",
    ],
    source: {
      seed: SEED,
      ref: "Sample take-homes (code-review agent over a small JS/Python repo); Round types overview: System design (code-review agent); README and EVAL templates",
    },
    brief: brief({
      summary:
        "Build an agent that reviews a small JavaScript or Python repository and produces actionable review comments.",
      context:
        "A team wants a first-pass reviewer that reads a small codebase (a few dozen files) and points out bugs, risky patterns and maintainability problems, so human reviewers can focus on design. Developers ignore reviewers that produce noise. " +
        REVIEW_NOTE,
      requirements: [
        "Take a path to a small JS or Python repository (pick an open-source one or write your own test repo)",
        "Produce review comments, each with file, line or line range, severity, the problem and a suggested fix",
        "Output comments in a structured, machine-readable form as well as a readable report",
        "The agent may read files and use tools of your choice, but must finish within a bounded number of steps",
        "Evaluate how many real issues the agent finds and how many of its comments are valid",
      ],
      constraints: [
        TIME_BOX,
        "Any LLM provider and framework; do not send secrets from the repo to the model",
        "Keep the cost of one review run small enough to quote in the README",
      ],
      deliverable: DELIVERABLE,
    }),
    guide: {
      overview:
        "A bounded, tool-using review agent with structured output and a precision-focused eval. Strong submissions plant known bugs in a test repo to get ground truth, combine cheap static tools (ruff/eslint, tests) with the LLM, review per file or per chunk with repo context, rank by severity and filter noise, and report precision as well as recall.",
      whyAsked:
        "Code-review agents appear both as a take-home and as a system design question. The task tests agent scoping, structured output, cost control and, above all, an eval design that has real ground truth.",
      referenceSteps: [
        {
          title: "Scope the review",
          detail:
            "Decide what counts as an issue (bugs, security, error handling, maintainability) and what is out (style already covered by linters). Write the comment schema: file, line range, severity, category, message, suggestion.",
        },
        {
          title: "Gather context",
          detail:
            "List files, skip vendored and generated code, read each file with its imports or callers summary; either fit a tiny repo into context or navigate with list/read tools under a step cap.",
        },
        {
          title: "Review pass",
          detail:
            "Per-file review calls with forced structured output; optionally feed linter/test output as extra evidence; a final aggregation pass deduplicates and ranks by severity.",
        },
        {
          title: "Noise control",
          detail:
            "Require a concrete failure scenario per comment, drop low-confidence or style-only findings, cap comments per file.",
        },
        {
          title: "Eval with ground truth",
          detail:
            "Seed 10-20 known bugs (off-by-one, unhandled None, SQL built with string formatting, missing await, swallowed exception) into a clean repo; measure recall of seeded bugs, precision of all comments by manual labelling, and line-location accuracy.",
        },
      ],
      keyDecisions: [
        {
          decision: "Context strategy",
          options: [
            "Whole repo in one prompt",
            "Per-file review with repo summary",
            "Agentic navigation with read/search tools",
          ],
          tradeOff:
            "Whole-repo prompts are simple for tiny repos but costly and lose focus; per-file is cheap and parallel but misses cross-file bugs; agentic navigation finds cross-file issues but needs step caps and costs more.",
        },
        {
          decision: "LLM only vs LLM plus static tools",
          options: ["LLM only", "Linter and tests first, LLM for what they miss"],
          tradeOff:
            "Static tools are free, precise and deterministic for their class of issues; the LLM adds semantic bugs. Combining them avoids paying the model to find lint errors.",
        },
        {
          decision: "Precision vs recall",
          options: ["Report every possible issue", "Filter to high-confidence, high-severity comments"],
          tradeOff:
            "High recall floods developers and gets the tool ignored; strict filtering misses some bugs but keeps trust. The candidate should pick deliberately and show the numbers.",
        },
      ],
      keyPoints: [
        "Ground truth comes from seeded bugs or labelled past reviews; otherwise recall cannot be measured",
        "Precision matters as much as recall for a reviewer people will keep using",
        "Structured comments with file and line range enable posting to a PR and automatic scoring",
        "Bounded steps and a quoted cost per run",
        "Secrets and credentials in the repo are not sent to the model",
      ],
      followUps: [
        {
          question: "How would this run on every pull request instead of a whole repo?",
          goodAnswer:
            "Review the diff plus surrounding context and related files, post inline comments via the code host API, skip unchanged files, cache per-file context, and track how many comments developers accept or resolve as the online metric.",
        },
        {
          question: "Your agent reports many style nits. How do you fix that without losing real bugs?",
          goodAnswer:
            "Move style to linters, require a concrete failure scenario and severity, add a filtering or verification pass, and check on the seeded-bug set that recall holds while precision rises.",
        },
        {
          question: "How do you know a comment's line number is right?",
          goodAnswer:
            "Feed files with explicit line numbers, validate that the cited range exists and contains the referenced identifier, and score location accuracy in the eval.",
        },
        TIMELINE_FOLLOW_UP,
        HONESTY_FOLLOW_UP,
      ],
      signals: [
        ...TAKE_HOME_SIGNALS,
        "Seeded-bug eval with precision and recall reported",
        "Explicit noise-control strategy backed by numbers",
      ],
      redFlags: [
        ...TAKE_HOME_RED_FLAGS,
        "Eval is 'I read the comments and they looked good' with no ground truth",
        "Unbounded agent that reads files until the context or budget runs out",
      ],
      metrics: [
        "Recall on seeded bugs",
        "Precision: share of comments a reviewer labels valid",
        "Line-location accuracy",
        "Comments per file (noise), cost and latency per review run",
      ],
      takeaway:
        "A credible review agent is judged by ground-truth recall and precision, not by how clever its prompts are.",
    },
    phases: REVIEW_PHASES,
    rubric: "take-home-review",
  },
  {
    slug: "take-home-agent-eval-harness",
    title: "Take-home: eval harness for an LLM agent",
    kind: "TAKE_HOME",
    roundType: "take-home-review",
    difficulty: "MEDIUM",
    minutes: 60,
    tags: [
      ...SHARED_TAKE_HOME_TAGS,
      "eval-harness",
      "gold-set",
      "llm-as-judge",
      "semantic-similarity",
      "failure-analysis",
    ],
    source: {
      seed: SEED,
      ref: "Round types overview: Take-home / project (eval harness); Coding drills: Drill 4 (quick eval harness); EVAL template",
    },
    brief: brief({
      summary:
        "Build a reusable evaluation harness for an LLM agent and use it to produce an evaluation report on that agent.",
      context:
        "The team has an agent exposed through a single invoke-style function (for practice, use a small tool-using agent or RAG bot you build or already have). Changes to prompts and models ship without any measurement today. They want one command that runs a gold set and reports what passed, what failed and why. " +
        REVIEW_NOTE,
      requirements: [
        "A gold set of 10-20 cases (query plus expected answer or expected behaviour) stored as data, not code",
        "At least two scoring methods suitable for different kinds of answers (e.g. exact facts vs open-ended text)",
        "Failure categorization: every failed case gets a category",
        "A report with overall pass rate, per-category results and a per-case table (query, expected, actual, pass/fail)",
        "One command to run the whole evaluation reproducibly; a failing agent call must not abort the run",
      ],
      constraints: [
        TIME_BOX,
        "The harness should work against any agent that exposes the same call interface",
        "Any LLM provider for judging or embeddings",
      ],
      deliverable:
        DELIVERABLE +
        " Here EVAL.md is the report your harness generates for the agent you evaluated, plus a short section on how far the scorers themselves can be trusted.",
    }),
    guide: {
      overview:
        "Eval infrastructure as the product. A strong submission keeps gold data separate from code, pairs each case with the right scorer (normalised exact match for facts and numbers, embedding similarity or a rubric-based LLM judge for open text), isolates per-case errors, categorises failures, emits a markdown report, and checks the judge against a few hand labels.",
      whyAsked:
        "Eval thinking is what AI loops test more than classic SWE loops. Building the harness itself shows whether the candidate understands scorer choice, non-determinism and trust in the metric.",
      referenceSteps: [
        {
          title: "Data model",
          detail:
            "Cases in JSON/YAML with id, query, expected, scorer type, tags (capability or category); results as records with actual output, score, pass, latency, error and failure category.",
        },
        {
          title: "Runner",
          detail:
            "Iterate cases, call the agent with a timeout, catch exceptions per case, record latency and tokens if available; optional concurrency and repeated runs to measure variance.",
        },
        {
          title: "Scorers",
          detail:
            "Normalised exact/contains match for short facts and numbers; cosine similarity of embeddings with a calibrated threshold for paraphrasable answers; LLM-as-judge with a rubric for open-ended ones.",
        },
        {
          title: "Failure categories",
          detail:
            "Rule-based first (exception, timeout, empty answer, refusal, format error), then wrong-answer subtypes by tag; optionally an LLM classifier for free-text failures.",
        },
        {
          title: "Report",
          detail:
            "Markdown table per case plus pass rate overall and per tag/category, with long outputs truncated and pipes escaped; save run metadata (model, prompt version, date) for comparison.",
        },
        {
          title: "Trust the scorer",
          detail:
            "Hand-label the same cases, compare with automatic scores, report disagreement, and adjust thresholds or judge prompts.",
        },
      ],
      keyDecisions: [
        {
          decision: "Scoring method per case",
          options: ["Substring / exact match", "Embedding semantic similarity", "LLM-as-judge with rubric"],
          tradeOff:
            "Substring matching is cheap and deterministic but brittle (it passes 'not Paris' and fails paraphrases); similarity handles paraphrase but needs a threshold; an LLM judge is flexible but costs money, is non-deterministic and must be calibrated.",
        },
        {
          decision: "Handling non-determinism",
          options: ["Single run at temperature 0", "Multiple runs and report mean/variance"],
          tradeOff:
            "One run is cheap but hides flakiness; repeated runs cost more but show which cases are unstable.",
        },
        {
          decision: "Gold set source",
          options: ["Hand-written cases", "Cases mined from logs or real usage", "Synthetic generation"],
          tradeOff:
            "Hand-written cases are precise but few; real usage is representative but needs labelling; synthetic cases scale but may not reflect real failures.",
        },
      ],
      keyPoints: [
        "Different answer types need different scorers; one string match for everything is a smell",
        "One failing case must never abort the run",
        "Failure categories turn a pass rate into an action list",
        "The scorer itself is evaluated against human labels",
        "Run metadata is stored so results are comparable across prompt or model changes",
      ],
      followUps: [
        {
          question: "Your LLM judge says 90% pass but you disagree on several cases. What do you do?",
          goodAnswer:
            "Label a sample by hand, measure agreement, inspect disagreements, tighten the rubric or give the judge reference answers and examples, and report judge agreement alongside the pass rate.",
        },
        {
          question: "How would you wire this into CI?",
          goodAnswer:
            "Run a fast subset on every prompt or model change, fail the build on a regression beyond a tolerance, run the full set nightly, and store reports for trend comparison.",
        },
        {
          question: "Twenty cases: is that enough?",
          goodAnswer:
            "Enough to smoke-test and catch gross regressions, not to compare close variants; grow the set from production failures and report confidence intervals once it is larger.",
        },
        TIMELINE_FOLLOW_UP,
        HONESTY_FOLLOW_UP,
      ],
      signals: [
        ...TAKE_HOME_SIGNALS,
        "Scorer chosen per case type, with the weaknesses of each named",
        "Generated markdown report with per-category breakdown",
      ],
      redFlags: [
        ...TAKE_HOME_RED_FLAGS,
        "A single substring check for every case with no discussion of its failure modes",
        "Harness crashes on the first agent exception",
      ],
      metrics: [
        "Overall and per-category pass rate",
        "Failure-category distribution",
        "Scorer agreement with human labels",
        "Run-to-run variance, latency and cost per eval run",
      ],
      takeaway:
        "A useful harness is one the team trusts: the right scorer per case, failures that explain themselves and a check on the checker.",
    },
    phases: REVIEW_PHASES,
    rubric: "take-home-review",
  },
  {
    slug: "take-home-improve-existing-ai-codebase",
    title: "Take-home: improve an existing RAG/agent codebase",
    kind: "TAKE_HOME",
    roundType: "take-home-review",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      ...SHARED_TAKE_HOME_TAGS,
      "existing-codebase",
      "baseline",
      "debugging",
      "before-after-metrics",
      "prioritization",
    ],
    source: {
      seed: SEED,
      ref: "Take-home patterns: Senior move (run their code first, establish baseline, find 3 issues, fix the 1-2 highest-impact issues, show before/after metrics)",
    },
    brief: brief({
      summary:
        "You receive an existing repository with a working but underperforming LLM application. Improve it and show that your changes helped.",
      context:
        "The repository contains a document question-answering pipeline with a small agent layer (for practice, take any open-source RAG or agent example and its sample data). Users report wrong or unsupported answers, occasional crashes and slow responses. There is no evaluation in the repo. " +
        REVIEW_NOTE,
      requirements: [
        "Improve the answer quality and reliability of the application",
        "Show, with evidence, that your changes made it better",
        "Document the problems you found and what you changed",
      ],
      constraints: [
        TIME_BOX,
        "Keep the existing stack unless you can justify replacing a part of it",
        "Commits should make each change reviewable on its own",
      ],
      deliverable:
        DELIVERABLE +
        " For this task the README also describes the problems you found and the changes you made, and EVAL.md reports the results that support your changes.",
    }),
    guide: {
      overview:
        "The senior pattern for take-homes built on someone else's code: run it first, set a baseline, find about three issues, fix the one or two with the biggest impact, and show before/after metrics. The anti-pattern is a rewrite.",
      whyAsked:
        "Most real work is improving existing systems. This variant separates engineers who measure and prioritise from those who start over in their favourite framework.",
      referenceSteps: [
        {
          title: "Run their code first",
          detail:
            "Install and run exactly as delivered; note setup friction, crashes and slow paths. Do not refactor anything yet.",
        },
        {
          title: "Establish a baseline",
          detail:
            "Write a 10-20 query gold set (including unanswerable questions), run it, and record pass rate, retrieval hit rate, latency and errors.",
        },
        {
          title: "Find about three issues",
          detail:
            "Typical findings: chunking that splits answers across chunks, no refusal when context is missing, no retries on rate limits, unbounded agent loop, prompt that does not force grounding, missing citations. Attach evidence from the baseline run to each.",
        },
        {
          title: "Fix the top 1-2",
          detail:
            "Rank by impact on the baseline failures versus effort; fix in small commits; leave the rest documented as next steps.",
        },
        {
          title: "Before/after",
          detail:
            "Rerun the same gold set; EVAL.md shows before and after per metric and per failure cluster, including anything that got worse.",
        },
      ],
      keyDecisions: [
        {
          decision: "Fix vs rewrite",
          options: ["Targeted fixes in the existing stack", "Rewrite in a preferred framework"],
          tradeOff:
            "A rewrite throws away the baseline comparison and burns the time box; targeted fixes are less satisfying but measurable and reviewable.",
        },
        {
          decision: "Which issues to fix",
          options: [
            "Highest frequency in the gold-set failures",
            "Highest severity (crashes, wrong confident answers)",
            "Easiest wins",
          ],
          tradeOff:
            "Strong candidates weigh frequency times severity against effort and say why the unfixed issues can wait.",
        },
      ],
      keyPoints: [
        "Runs the original code before touching it",
        "Baseline is measured with a rerunnable gold set before any change",
        "Issues are ranked with evidence, not opinions",
        "Only 1-2 fixes, chosen by impact",
        "Before/after on the same gold set, including regressions",
      ],
      followUps: [
        {
          question: "Why did you not fix the third issue?",
          goodAnswer:
            "Lower impact on the measured failures or higher effort; explains what it would take and how they would verify it.",
        },
        {
          question: "One of your fixes improved accuracy but doubled latency. Ship it?",
          goodAnswer:
            "Depends on the product budget; quantify both, consider mitigations (smaller reranker, caching), and make the call explicit rather than hiding the regression.",
        },
        {
          question: "How do you know the improvement is not noise on 15 queries?",
          goodAnswer:
            "Run several times to see variance, look at which cases flipped and why, and treat small deltas as inconclusive until the gold set grows.",
        },
        TIMELINE_FOLLOW_UP,
        HONESTY_FOLLOW_UP,
      ],
      signals: [
        ...TAKE_HOME_SIGNALS,
        "Baseline captured before the first code change (visible in commit history)",
        "Ranked issue list with evidence and a clear cut line",
      ],
      redFlags: [
        ...TAKE_HOME_RED_FLAGS,
        "Rewrote the codebase or swapped the framework instead of improving it",
        "Changes made with no baseline, so the improvement cannot be shown",
      ],
      metrics: [
        "Before/after gold-set pass rate",
        "Before/after retrieval hit rate and refusal correctness",
        "Error/crash rate and latency before/after",
      ],
      takeaway: "Run, measure, rank, fix one or two, measure again: the numbers are the deliverable.",
    },
    phases: [
      {
        key: "starting-point",
        title: "Starting point",
        minutes: 10,
        goal: "Candidate shows the state of the delivered code and how they assessed it before changing anything.",
      },
      {
        key: "findings",
        title: "Findings",
        minutes: 12,
        goal: "Candidate walks through the problems they found and the evidence behind each.",
      },
      {
        key: "changes",
        title: "Changes",
        minutes: 12,
        goal: "Review the changes commit by commit and why they were chosen over other options.",
      },
      {
        key: "results",
        title: "Results",
        minutes: 10,
        goal: "Go through EVAL.md and the evidence that the changes helped, including anything that got worse.",
      },
      {
        key: "production-gap",
        title: "Remaining gaps",
        minutes: 8,
        goal: "Discuss unfixed issues and what a production version would still need.",
      },
      {
        key: "extension",
        title: "Live extension",
        minutes: 8,
        goal: "Give a new failing query and watch the candidate diagnose which stage fails.",
      },
    ],
    rubric: "take-home-review",
  },
  {
    slug: "take-home-email-scheduling-workflow",
    title: "Take-home: production-shaped scheduling workflow for email meeting requests",
    kind: "TAKE_HOME",
    roundType: "take-home-review",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      ...SHARED_TAKE_HOME_TAGS,
      "design-doc",
      "scheduling-workflow",
      "scoping",
      "tool-use",
      "human-in-the-loop",
    ],
    source: {
      seed: SEED,
      ref: "Take-home patterns: Senior move (first hour on the design doc, implement the most judgment-heavy component, do not build the whole system, explicit trade-offs section); Round types overview: production-shaped workflow, scheduling workflow",
    },
    brief: brief({
      summary:
        "Build a production-shaped scheduling workflow that handles meeting requests arriving by email.",
      context:
        "A small company wants an assistant that reads incoming meeting requests (free-text emails from customers and colleagues), works out who must attend, duration, time window and time zones, checks the attendees' calendars, proposes or books a slot, and replies. Some requests are ambiguous, some conflict with existing meetings, and some should not be booked at all. " +
        REVIEW_NOTE,
      requirements: [
        "A design document for the workflow: components, data flow, model and tool choices, evaluation plan, failure modes, latency and cost budget",
        "Working code for the workflow, with mocked email and calendar services where needed",
        "An evaluation of what you built",
      ],
      constraints: [
        TIME_BOX,
        "Mock the mailbox and calendar APIs as you see fit; document the mocks",
        "Any LLM provider and framework",
      ],
      deliverable:
        DELIVERABLE +
        " Add DESIGN.md for the full-workflow design; the README's architecture section summarises it and states which parts are implemented.",
    }),
    guide: {
      overview:
        "Tests scoping under an oversized brief. The senior approach: spend about the first hour on a design doc for the whole workflow, then build only the most judgment-heavy component, usually turning a messy request into structured scheduling constraints plus the decision to book, propose or ask a clarifying question. Email plumbing, OAuth and calendar sync stay mocked. An explicit trade-offs section closes it.",
      whyAsked:
        "Senior and Lead candidates are expected to scope. An oversized prompt reveals who tries to build everything thinly and who makes a deliberate cut and defends it.",
      referenceSteps: [
        {
          title: "Design doc first (~1 hour)",
          detail:
            "Components: inbox trigger, request understanding (structured extraction of attendees, duration, window, time zone, priority), availability lookup tool, slot selection (deterministic code, not the model), action policy (auto-book, propose options, ask, decline), reply drafting, audit log. Plus eval plan, failure modes, latency/cost budget, out-of-scope list.",
        },
        {
          title: "Pick the judgment-heavy component",
          detail:
            "Where a model mistake costs most: misreading constraints (wrong day, wrong time zone) or booking when it should have asked. Slot arithmetic belongs in plain code; email sending and auth are plumbing to mock.",
        },
        {
          title: "Build it well",
          detail:
            "Forced structured output for the constraint schema with nullable fields for anything unstated, explicit time-zone normalisation, and a policy that asks a clarifying question whenever a required field is missing or ambiguous; actions require confirmation for external attendees.",
        },
        {
          title: "Evaluate it",
          detail:
            "10-20 realistic requests with expected constraints and expected action (book, propose, ask, decline); field-level accuracy, action confusion matrix, and a heavy weight on must-ask cases where booking would be wrong.",
        },
        {
          title: "Trade-offs section",
          detail:
            "What was built and why, what was mocked, what the design doc assumes without proof, and what to build next.",
        },
      ],
      keyDecisions: [
        {
          decision: "Which component to implement",
          options: [
            "Request understanding plus action policy",
            "Slot-finding over calendars",
            "Reply drafting",
            "Thin end-to-end skeleton of everything",
          ],
          tradeOff:
            "A thin skeleton demos well but shows little judgment; slot-finding is mostly deterministic code; request understanding plus the act-or-ask policy is where model judgment and risk concentrate and can be evaluated properly.",
        },
        {
          decision: "Model vs code responsibilities",
          options: ["Let the model pick the slot", "Model extracts constraints, code computes free slots"],
          tradeOff:
            "Letting the model reason over raw calendars is fragile and costly; deterministic slot computation is exact and testable, leaving the model the language-understanding part.",
        },
        {
          decision: "Autonomy of actions",
          options: [
            "Auto-book everything",
            "Auto-book internal only, propose for external",
            "Always ask a human to confirm",
          ],
          tradeOff:
            "More autonomy saves time but a wrong booking with a customer is costly and visible; confirmation adds friction. The line should follow reversibility and audience.",
        },
      ],
      keyPoints: [
        "Design doc for the whole workflow before code",
        "Deliberate choice of the one component where judgment matters most, justified by risk",
        "Deterministic work (time arithmetic, calendar queries) in code, language understanding in the model",
        "Plumbing is mocked, not built",
        "The built component has its own eval with must-ask cases, plus an explicit trade-offs section",
      ],
      followUps: [
        {
          question: "Why this component and not the others?",
          goodAnswer:
            "Ties the choice to risk and uncertainty from the design doc: it is where a wrong model decision costs most (a booking at the wrong time, a meeting that should not exist) and where the design is least proven.",
        },
        {
          question:
            "A request says 'next Tuesday afternoon my time' from someone in another time zone. Walk me through what your system does.",
          goodAnswer:
            "Resolves 'next Tuesday' relative to the email's sent date, infers the sender's time zone from signature, header or contact record, marks it as an assumption if uncertain, converts the window to UTC, and asks for confirmation if the zone cannot be determined.",
        },
        {
          question: "What is the biggest unvalidated assumption in your design doc?",
          goodAnswer:
            "Names one concretely (e.g. share of requests that are unambiguous enough to auto-book, calendar API latency, reply tone acceptance) and how to test it cheaply in shadow mode.",
        },
        TIMELINE_FOLLOW_UP,
        HONESTY_FOLLOW_UP,
      ],
      signals: [
        ...TAKE_HOME_SIGNALS,
        "Design doc covers eval plan, failure modes and latency/cost budget, not only boxes",
        "Component choice is argued from risk, and its eval weights must-ask cases",
      ],
      redFlags: [
        ...TAKE_HOME_RED_FLAGS,
        "Tried to build the whole workflow and every part is shallow or broken",
        "No design doc, or one written after the code to justify it",
        "The model computes free slots or time-zone conversions in its head",
      ],
      metrics: [
        "Field-level accuracy of extracted constraints (attendees, duration, window, time zone)",
        "Action accuracy / confusion matrix across book, propose, ask, decline",
        "Recall on must-ask cases (no booking when information is missing)",
        "Latency and cost per request against the design doc's budget",
      ],
      takeaway:
        "When the brief is bigger than the time box, the deliverable is judgment: a whole-system design and one component done properly.",
    },
    phases: [
      {
        key: "design-doc",
        title: "Design doc walkthrough",
        minutes: 15,
        goal: "Candidate presents the full-workflow design: components, eval plan, failure modes, latency/cost budget.",
      },
      {
        key: "scope-choices",
        title: "Scope choices",
        minutes: 7,
        goal: "Discuss what was implemented, what was mocked or left out, and why.",
      },
      {
        key: "run-it",
        title: "Run it",
        minutes: 8,
        goal: "Candidate runs the implementation from the README with mocks and shows a few requests.",
      },
      {
        key: "implementation-deep-dive",
        title: "Implementation deep dive",
        minutes: 12,
        goal: "Walk the code and the decisions inside it, including awkward requests.",
      },
      {
        key: "evals",
        title: "Eval results",
        minutes: 10,
        goal: "Review EVAL.md: gold requests, metrics, failure clusters and fixes.",
      },
      {
        key: "trade-offs-rollout",
        title: "Trade-offs and rollout",
        minutes: 8,
        goal: "Discuss the written trade-offs, what to build next and how to roll it out.",
      },
    ],
    rubric: "take-home-review",
  },
];

export const rubrics: RubricTemplateDefinition[] = [];
