import type { PromptDefinition, RubricTemplateDefinition } from "../schema";

const seed = "002_fabfef5979dcd334" as const;

const context =
  "Senior LLM / AI engineering interview for an enterprise team that ships LLM-backed products. The round is a conversation: you answer, then the interviewer probes with follow-up questions.";

export const prompts: PromptDefinition[] = [
  // Question 6
  {
    slug: "llm-hallucination-causes-mitigation",
    title: "Why LLMs hallucinate and how to reduce it in production",
    kind: "CONCEPT",
    roundType: "llm-engineering",
    difficulty: "MEDIUM",
    minutes: 15,
    tags: [
      "hallucination",
      "grounding",
      "rag",
      "schema-validation",
      "structured-output",
      "faithfulness",
      "human-in-the-loop",
      "llm-as-judge",
      "monitoring",
      "guardrails",
    ],
    source: { seed, ref: "Question 6" },
    brief: {
      summary:
        "Explain why large language models hallucinate and what you would do about it in a production system.",
      context,
      requirements: [
        "Explain the cause of hallucination",
        "Describe the measures you would put in place in a production system",
        "Say how you would know those measures are working",
      ],
      constraints: ["Spoken answer; assume a customer-facing enterprise product"],
      deliverable: "A spoken explanation of about six minutes, then follow-up questions.",
    },
    guide: {
      overview:
        "Hallucination follows from what an LLM is: it produces likely-sounding text rather than checked facts, and fluency is independent of correctness. A strong answer says it cannot be eliminated, only engineered down, and lays out layered controls: grounding via RAG, prompt design, schema validation, evaluation and monitoring, and human approval where the stakes are high.",
      whyAsked:
        "Hallucination is the biggest barrier to enterprise trust, and how the candidate frames it shows whether they grasp what kind of system an LLM really is.",
      referenceSteps: [
        {
          title: "Root cause",
          detail:
            "The model predicts likely tokens given its context and training; nothing inside it tracks whether a statement is true. When it lacks the knowledge or the context is ambiguous it still writes something that sounds sure of itself: sounding right and being right are independent.",
        },
        {
          title: "Grounding",
          detail:
            "RAG is the strongest lever: supply authoritative context and instruct the model to answer only from it and to admit uncertainty.",
        },
        {
          title: "Prompt design",
          detail:
            "Ask for citations, explicitly allow 'I don't know', and narrow the scope of what the model should answer.",
        },
        {
          title: "Validation",
          detail: "For structured outputs, validate against a schema to catch malformed or invented fields.",
        },
        {
          title: "Evaluation, monitoring and review",
          detail:
            "Use offline evaluation before launch and monitoring after it to spot hallucination patterns, and put a person in the approval path where decisions carry high stakes.",
        },
        {
          title: "Framing",
          detail:
            "Treat hallucination as a risk to manage with layered controls, not a bug to patch; a system that shows model output as fact with no grounding, checks or review carries risk that nobody is managing.",
        },
      ],
      keyDecisions: [
        {
          decision: "Where to require human approval",
          options: ["Fully automated output", "Model drafts, human approves"],
          tradeOff:
            "Automation scales, but in legal, medical or financial work and for irreversible actions a wrong-but-confident output is costly, so a person signs off there.",
        },
        {
          decision: "How to detect hallucination automatically",
          options: [
            "Model-graded faithfulness check against sources",
            "Validation of structured claims against ground truth",
            "Both",
          ],
          tradeOff:
            "Model-graded checks cover free text but have their own biases; ground-truth validation is reliable but only works for checkable claims.",
        },
      ],
      keyPoints: [
        "LLMs generate likely text, not checked facts; nothing in the model represents truth",
        "Fluency and correctness are separate, so missing knowledge still yields a confident answer",
        "Hallucination cannot be eliminated, only reduced and managed",
        "Grounding through RAG, with instructions to answer only from context and admit uncertainty, is the most effective lever",
        "Citations, permission to say 'I don't know', scope constraints and schema validation add further layers",
        "Evaluation and monitoring before and after deployment, plus human review for high-stakes decisions",
      ],
      followUps: [
        {
          question: "In what way does RAG cut hallucination, and where does it stop helping?",
          goodAnswer:
            "It gives the model real, authoritative facts to draw on instead of inventing them. It stops helping when retrieval surfaces off-topic chunks, or when the model disregards the supplied context and falls back on what it learned in training.",
        },
        {
          question: "How would you detect hallucination automatically?",
          goodAnswer:
            "Check whether the answer is faithful to the retrieved sources, often with a model-graded evaluator, validate structured claims against ground truth, and route low-confidence or unsupported statements to review.",
        },
        {
          question: "Which decisions would you never let the model make without a person signing off?",
          goodAnswer:
            "Anything where a confidently wrong output causes real harm: legal, medical and financial calls, and actions that cannot be undone. The model may draft or assist, but a person approves.",
        },
      ],
      signals: [
        "Explains hallucination from how generation works, not as a defect to be patched",
        "Proposes layered risk controls rather than a single fix",
        "Is explicit that hallucination can be reduced but not eliminated",
        "Ties the level of control (e.g. human approval) to the stakes of the decision",
      ],
      redFlags: [
        "Claims hallucination can be fully eliminated",
        "Frames hallucination as a bug in a particular model instead of a property of how LLMs generate text",
        "Offers 'better prompts' as the whole mitigation",
      ],
      metrics: [
        "Faithfulness rate of answers to retrieved sources",
        "Share of unsupported claims flagged in sampled production traffic",
        "Schema validation failure rate for structured outputs",
      ],
      takeaway: "Hallucination is inherent to LLMs; manage it with grounding, validation and monitoring.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify",
        minutes: 2,
        goal: "Establish the product and the stakes of wrong answers.",
      },
      {
        key: "core-answer",
        title: "Core answer",
        minutes: 6,
        goal: "Root cause and the layered mitigation strategy.",
      },
      {
        key: "deep-dive",
        title: "Deep dive",
        minutes: 4,
        goal: "Limits of RAG, detection, and how controls scale with risk.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 3,
        goal: "RAG shortfalls, automatic detection, human in the loop.",
      },
    ],
    rubric: "concept-question",
  },

  // Question 7
  {
    slug: "model-context-protocol-mcp",
    title: "The Model Context Protocol (MCP): what it solves and when to use it",
    kind: "CONCEPT",
    roundType: "llm-engineering",
    difficulty: "MEDIUM",
    minutes: 12,
    tags: [
      "mcp",
      "model-context-protocol",
      "tool-calling",
      "function-calling",
      "agents",
      "tool-integration",
      "least-privilege",
      "sandboxing",
      "auditability",
    ],
    source: { seed, ref: "Question 7" },
    brief: {
      summary: "Explain the Model Context Protocol (MCP), the problem it solves, and when you would use it.",
      context,
      requirements: [
        "Explain what MCP is",
        "Explain the problem it addresses",
        "Say when you would and would not use it",
      ],
      constraints: ["Spoken answer; assume the system needs access to internal enterprise systems"],
      deliverable: "A spoken explanation of about five minutes, then follow-up questions.",
    },
    guide: {
      overview:
        "MCP is an open protocol that gives LLM applications one uniform way to reach external tools, data and systems. Servers expose capabilities (resources, tools, prompts) and any compatible client can use them, replacing bespoke model-to-tool glue. A strong answer frames the value as architectural decoupling plus security and auditability, and is honest that a single simple integration does not need it.",
      whyAsked:
        "MCP matters more and more for agentic and tool-using systems. Knowing it shows the candidate tracks the ecosystem; knowing why it exists shows architectural maturity.",
      referenceSteps: [
        {
          title: "Definition",
          detail:
            "An open protocol defining how LLM applications talk to outside tools, data sources and systems.",
        },
        {
          title: "Problem solved",
          detail:
            "Integration sprawl: absent a shared standard, each pairing of model app and tool gets its own hand-written connector, and every new data source or client adds more glue.",
        },
        {
          title: "How it works",
          detail:
            "MCP servers expose capabilities such as resources, tools and prompts; any compatible client can discover and consume them.",
        },
        {
          title: "Enterprise use",
          detail:
            "Agents and assistants needing controlled access to databases, ticketing, file stores and internal APIs: expose each as an MCP server with clear boundaries instead of hardwiring it, improving reuse, security review and maintainability.",
        },
        {
          title: "Architectural value",
          detail:
            "A common contract separates the model side from the tool side, the same way a well-defined interface separates modules in any big codebase.",
        },
        {
          title: "Honest trade-off",
          detail:
            "It pays off with many tools and many clients, or when clean separation and auditability matter; a single simple integration is easier as a direct call.",
        },
      ],
      keyDecisions: [
        {
          decision: "MCP server versus direct integration",
          options: ["Direct API call from the application", "Expose the system as an MCP server"],
          tradeOff:
            "Direct calls are simpler for one tool and one client; MCP adds a layer but gives reuse across clients, clearer boundaries, easier security review and auditability as integrations multiply.",
        },
      ],
      keyPoints: [
        "MCP is an open protocol giving LLM applications a uniform way to reach tools, data sources and systems",
        "It addresses integration sprawl: bespoke glue for every model-tool pair",
        "Servers expose resources, tools and prompts; any compatible client can consume them",
        "The benefit is architectural: models and tools evolve independently behind a common contract",
        "Clear boundaries help security review, auditability, reuse and maintainability",
        "Overkill for a single, simple integration",
      ],
      followUps: [
        {
          question: "How does MCP relate to tool or function calling?",
          goodAnswer:
            "Function calling is the mechanism by which the model invokes a capability; MCP standardises how servers publish capabilities and how clients find and use them: it is the plumbing underneath function calling.",
        },
        {
          question: "What security considerations come up when you expose internal systems to a model?",
          goodAnswer:
            "Least-privilege access, validating and sandboxing actions, and auditing everything the model can call. Handle model-initiated calls as untrusted, and require extra approval before destructive or sensitive operations.",
        },
        {
          question: "When would you not use MCP?",
          goodAnswer:
            "When there is only one straightforward integration, calling the API directly is less to build and less to maintain; standardisation pays off once there are several tools or several clients.",
        },
      ],
      signals: [
        "Knows what MCP is (keeping current with the ecosystem)",
        "Explains why it exists in terms of decoupling and integration sprawl (architectural maturity)",
        "Raises security boundaries and auditing as a main enterprise benefit",
        "Gives an honest case where MCP is not worth it",
      ],
      redFlags: [
        "Conflates MCP with generic function calling and misses the standardisation point",
        "Oversells it for trivial single-integration cases",
        "Ignores the security and boundary benefits, often the real enterprise draw",
      ],
      metrics: [],
      takeaway:
        "MCP gives models and tools a common contract; it earns its keep with many integrations and is excess machinery for a trivial one.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify",
        minutes: 1,
        goal: "Establish what systems the assistant or agent needs to reach.",
      },
      {
        key: "core-answer",
        title: "Core answer",
        minutes: 5,
        goal: "What MCP is, the problem it solves, how servers and clients fit together.",
      },
      {
        key: "deep-dive",
        title: "Deep dive",
        minutes: 3,
        goal: "When it is worth it, and security boundaries.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 3,
        goal: "Relation to function calling, security, when not to use it.",
      },
    ],
    rubric: "concept-question",
  },

  // Question 8
  {
    slug: "evaluating-llm-apps-in-production",
    title: "Evaluating an LLM application in production and catching regressions",
    kind: "CONCEPT",
    roundType: "llm-engineering",
    difficulty: "HARD",
    minutes: 18,
    tags: [
      "llm-evaluation",
      "eval-dataset",
      "llm-as-judge",
      "regression-testing",
      "online-monitoring",
      "drift",
      "rag-evaluation",
      "faithfulness",
      "human-review",
      "non-determinism",
    ],
    source: { seed, ref: "Question 8" },
    brief: {
      summary:
        "You have shipped an LLM-powered feature. Explain how you know it is working and how you catch regressions over time.",
      context,
      requirements: [
        "Describe how you would evaluate the feature before and after release",
        "Explain how you would detect regressions when something changes",
        "Explain how evaluation differs for a multi-component system such as RAG or an agent",
      ],
      constraints: [
        "Spoken answer; assume live user traffic and a team that changes prompts and models regularly",
      ],
      deliverable: "A spoken explanation of about seven minutes, then follow-up questions.",
    },
    guide: {
      overview:
        "Generative outputs are non-deterministic and have many valid forms, so exact-match tests do not work. A strong answer builds layered evaluation: a curated dataset scored on properties (faithfulness, relevance, format), deterministic checks plus carefully validated LLM-as-judge, component-level evaluation for RAG and agents, online monitoring with human sampling and drift watching, and a regression baseline that gates every prompt or model change.",
      whyAsked:
        "Evaluation is the hardest and least practised part of LLM engineering, and classic test suites assume deterministic outputs. Demo-builders and people who operate real systems answer this completely differently.",
      referenceSteps: [
        {
          title: "Why exact match fails",
          detail:
            "Outputs vary run to run and can be correct in many forms, so string assertions are the wrong tool.",
        },
        {
          title: "Curated evaluation dataset",
          detail:
            "Representative inputs paired with expected properties rather than exact strings: faithfulness, relevance, format compliance.",
        },
        {
          title: "Automated scoring",
          detail:
            "Combine rule-based checks such as schema validation and required keywords with rubric-based grading by an LLM, which needs care because judge models carry biases.",
        },
        {
          title: "Component-level evaluation",
          detail:
            "For RAG and agents, measure retrieval precision and recall apart from answer faithfulness, so each failure can be traced to its stage.",
        },
        {
          title: "Online monitoring",
          detail:
            "Record every input and output, chart latency and spend, route a sample of real traffic to human reviewers, and look for drift whenever the model, prompt or underlying data shifts.",
        },
        {
          title: "Regression suite",
          detail: "Measure every prompt or model change against a baseline before it ships.",
        },
        {
          title: "Mindset",
          detail:
            "Evaluation never finishes and is probabilistic rather than a pass/fail gate; scores give a degree of confidence, never a guarantee.",
        },
      ],
      keyDecisions: [
        {
          decision: "How to score generative outputs",
          options: [
            "Deterministic checks (schema, rules, keywords)",
            "LLM-as-judge against a rubric",
            "Human review of sampled traffic",
          ],
          tradeOff:
            "Deterministic checks are cheap and reliable but shallow; judges scale to fuzzy qualities but are biased and inconsistent and must be validated against human labels; human review is the most trustworthy and the most expensive, so it is sampled.",
        },
        {
          decision: "Release gating",
          options: [
            "Ship after eyeballing examples",
            "Compare against a fixed baseline on the evaluation set",
          ],
          tradeOff:
            "Baseline comparison costs time per change but stops quality, faithfulness or format regressions from shipping blind.",
        },
      ],
      keyPoints: [
        "Exact-match assertions do not work for non-deterministic generative output",
        "A curated evaluation dataset scored on properties (faithfulness, relevance, format compliance), not exact strings",
        "Combine deterministic checks with LLM-as-judge, and validate the judge",
        "Evaluate retrieval and generation separately in RAG and agentic systems",
        "Online monitoring: logging, latency and cost tracking, human review of sampled traffic, drift detection",
        "A regression baseline that every prompt or model change is measured against before release",
        "Evaluation is ongoing and probabilistic; scores convey confidence rather than guarantees",
      ],
      followUps: [
        {
          question: "What can go wrong when an LLM grades outputs?",
          goodAnswer:
            "A judge model brings its own biases, is not always consistent, and can reward answers that read well but are wrong. Check it against human-labelled examples and pair it with rule-based checks instead of taking its scores at face value.",
        },
        {
          question: "How do you keep retrieval scores separate from generation scores?",
          goodAnswer:
            "Retrieval is judged on whether the correct chunks were returned; generation is judged on whether the answer sticks to what those chunks say. Separate scores show which stage broke.",
        },
        {
          question:
            "A teammate edits the prompt or upgrades the model version. How do you catch a regression?",
          goodAnswer:
            "Re-run the fixed evaluation set with the change and compare with the last baseline; if quality, faithfulness or format compliance falls, the change does not ship.",
        },
      ],
      signals: [
        "Answers like someone who has operated a live system: monitoring, sampling, drift, baselines",
        "Rejects exact-match testing and explains property-based evaluation",
        "Validates the LLM judge rather than treating it as ground truth",
        "Localises failures by evaluating components separately",
        "Talks about evaluation as continuous and expressed as confidence",
      ],
      redFlags: [
        "Uses exact-match assertions on generative output",
        "Relies entirely on LLM-as-judge without validating it",
        "Keeps no baseline to compare against, so prompt edits go out unmeasured",
      ],
      metrics: [
        "Faithfulness, relevance and format-compliance scores on the evaluation set",
        "Retrieval precision and recall (for RAG)",
        "Judge agreement with human labels",
        "Latency and cost per request in production",
        "Score deltas against the baseline for each prompt or model change",
      ],
      takeaway:
        "Evaluating an LLM system means layered, ongoing measurement that yields confidence levels, not one deterministic pass or fail.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify",
        minutes: 2,
        goal: "What the feature does and what 'working' means for it.",
      },
      {
        key: "core-answer",
        title: "Core answer",
        minutes: 7,
        goal: "Layered offline and online evaluation strategy.",
      },
      {
        key: "deep-dive",
        title: "Deep dive",
        minutes: 5,
        goal: "Judge validation, component evaluation, regression gating.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 4,
        goal: "LLM-as-judge risks, retrieval versus generation, catching regressions.",
      },
    ],
    rubric: "concept-question",
  },

  // Question 9
  {
    slug: "prompt-engineering-as-discipline",
    title: "Prompt engineering as an engineering discipline",
    kind: "CONCEPT",
    roundType: "llm-engineering",
    difficulty: "MEDIUM",
    minutes: 14,
    tags: [
      "prompt-engineering",
      "prompt-versioning",
      "few-shot",
      "chain-of-thought",
      "structured-output",
      "schema-validation",
      "system-prompt",
      "regression-testing",
    ],
    source: { seed, ref: "Question 9" },
    brief: {
      summary: "Describe how you engineer prompts for a production system that has to behave reliably.",
      context,
      requirements: [
        "Describe how you write prompts for a production task",
        "Explain how you manage prompts over the life of the system",
        "Explain how you decide a prompt change is an improvement",
      ],
      constraints: ["Spoken answer; the system serves thousands of requests a day"],
      deliverable: "A spoken explanation of about five minutes, then follow-up questions.",
    },
    guide: {
      overview:
        "In production, prompts are judged on reliability and clarity rather than cleverness. A strong answer covers the foundations (role, task, explicit output format, relevant context, examples, structured reasoning at a token cost) and, more importantly, the engineering around prompts: version control, testing against an evaluation set, keeping the fixed system prompt apart from per-request content, designing for failure, and validating structured output.",
      whyAsked:
        "Every candidate lists prompt engineering; the question tells the interviewer whether they work on prompts methodically or by guess-and-check spell-casting.",
      referenceSteps: [
        {
          title: "Foundations",
          detail:
            "Give a clear role and task, state the output format explicitly, supply the relevant context, and add examples where demonstration helps.",
        },
        {
          title: "Structuring reasoning",
          detail:
            "For complex tasks, break the work into steps or have the model reason before answering; it improves reliability but costs tokens and latency.",
        },
        {
          title: "Prompts as code",
          detail:
            "Version prompts, review changes, and keep the stable system prompt separate from dynamic content.",
        },
        {
          title: "Design for failure",
          detail:
            "Tell the model how to handle missing information, constrain scope to reduce hallucination, and request structured output that can be validated programmatically.",
        },
        {
          title: "Measure, don't eyeball",
          detail:
            "Rewording one sentence can change behaviour on thousands of requests, so test changes across a representative evaluation set and regression-test before shipping.",
        },
      ],
      keyDecisions: [
        {
          decision: "Ask for step-by-step reasoning or a direct answer",
          options: ["Direct answer", "Reason through intermediate steps first"],
          tradeOff:
            "Stepwise reasoning makes multi-step or logic-heavy tasks more reliable but adds output tokens and latency, so reserve it for tasks that need it.",
        },
        {
          decision: "How to obtain structured output",
          options: [
            "Describe the format in prose",
            "Request a schema and use provider structured-output or tool-calling features",
          ],
          tradeOff:
            "Provider features and schemas are far more reliable; either way, validate programmatically and reject or retry malformed output.",
        },
      ],
      keyPoints: [
        "Clear role and task, explicit output format, relevant context, examples where useful",
        "Step-by-step reasoning improves complex tasks at a token and latency cost",
        "Prompts are versioned in source control, reviewed and regression-tested like code",
        "Stable system prompt kept separate from dynamic content",
        "Design for failure: handling missing information, scope constraints, validatable structured output",
        "Judge changes across a representative evaluation set, never a single example",
      ],
      followUps: [
        {
          question: "How do you version and test prompts?",
          goodAnswer:
            "Keep prompts in source control, make each change a reviewable commit, and measure it against an evaluation set. That gives history, rollback, and evidence that the change really improved behaviour.",
        },
        {
          question: "Where does asking for step-by-step reasoning pay off, and what is the price?",
          goodAnswer:
            "It pays off when a task needs several dependent steps or careful logic, because the model produces intermediate results before committing to an answer. The price is more output tokens and more latency, so keep it for tasks that need it.",
        },
        {
          question: "How do you enforce structured output reliably?",
          goodAnswer:
            "Specify the schema, lean on the provider's native structured-output or tool-calling support when it exists, check the result in code, and retry or reject anything malformed.",
        },
      ],
      signals: [
        "Treats prompts like code: versioned, reviewed, tested",
        "Describes measuring prompt changes on a dataset rather than anecdotes",
        "Plans for failure cases (missing information, malformed output) in the prompt and in code",
        "Weighs the token and latency cost of reasoning techniques",
      ],
      redFlags: [
        "Treats prompts as throwaway strings that work by luck",
        "Does not version or test prompt changes",
        "Tunes against a single example instead of a dataset, tweaking until one case works and declaring victory",
      ],
      metrics: [
        "Evaluation-set scores before and after each prompt change",
        "Structured-output validation failure and retry rate",
      ],
      takeaway: "Prompt engineering is a versioned, measured, disciplined practice, not trial and error.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify",
        minutes: 1,
        goal: "Pick a concrete production task to anchor the discussion.",
      },
      {
        key: "core-answer",
        title: "Core answer",
        minutes: 6,
        goal: "Prompt foundations and the engineering practice around them.",
      },
      {
        key: "deep-dive",
        title: "Deep dive",
        minutes: 4,
        goal: "How changes are tested, reviewed and rolled out; failure design.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 3,
        goal: "Versioning, stepwise reasoning cost, structured output.",
      },
    ],
    rubric: "concept-question",
  },

  // Question 10
  {
    slug: "llm-cost-latency-optimization",
    title: "Bringing down cost and latency of an LLM system without hurting quality",
    kind: "CONCEPT",
    roundType: "llm-engineering",
    difficulty: "HARD",
    minutes: 15,
    tags: [
      "cost-optimization",
      "latency",
      "token-economics",
      "model-routing",
      "prompt-caching",
      "semantic-caching",
      "streaming",
      "batching",
      "context-budgeting",
      "observability",
    ],
    source: { seed, ref: "Question 10" },
    brief: {
      summary:
        "Your LLM feature works, but it is slow and expensive. Explain how you would bring both down without damaging quality.",
      context,
      requirements: [
        "Explain where cost and latency come from in this kind of system",
        "Propose concrete ways to reduce them",
        "Explain how you make sure quality does not suffer",
      ],
      constraints: ["Spoken answer; the feature is already in production with real traffic"],
      deliverable: "A spoken explanation of about six minutes, then follow-up questions.",
    },
    guide: {
      overview:
        "Cost and latency come mostly from tokens and model choice. A strong answer cuts input tokens (tight prompts, context budgeting), routes simpler requests to smaller models, caches (identical or semantically similar requests, prompt caching of stable prefixes), streams for perceived latency, batches or goes async for heavy workloads, instruments everything, and validates every optimisation against the evaluation suite because cost, latency and quality are one trade-off.",
      whyAsked:
        "Unit economics decide whether an enterprise LLM feature survives; the question shows whether the candidate balances quality against spend the way a budget owner would.",
      referenceSteps: [
        {
          title: "Start with tokens",
          detail:
            "Tighter prompts and disciplined context budgeting reduce input tokens, cutting both cost and latency directly.",
        },
        {
          title: "Match model to task",
          detail:
            "Many requests do not need the largest model; routing simple tasks to smaller, faster models cuts spend sharply while keeping quality where it matters.",
        },
        {
          title: "Caching",
          detail:
            "Cache identical or semantically similar requests, and use prompt caching for stable prefixes such as long system prompts to avoid repeated work.",
        },
        {
          title: "Streaming, batching, async",
          detail:
            "Streaming makes the response feel faster though total generation time stays the same; batching and asynchronous processing raise throughput for heavy workloads.",
        },
        {
          title: "Instrument everything",
          detail: "Track tokens, cost and latency per request; you cannot optimise what you do not measure.",
        },
        {
          title: "Protect quality",
          detail:
            "Run each optimisation through the evaluation suite; a cheaper model or shorter prompt must not quietly lower correctness. State the cost-latency-quality trade-off openly.",
        },
      ],
      keyDecisions: [
        {
          decision: "Which requests go to a smaller model",
          options: ["Everything on the largest model", "Route by task complexity"],
          tradeOff:
            "Simple classification, extraction and formatting usually hold up on a small model, while subtle reasoning keeps the large one; the split has to be confirmed on the evaluation set.",
        },
        {
          decision: "Caching strategy",
          options: [
            "Exact-match response cache",
            "Semantic cache for similar requests",
            "Provider prompt caching of stable prefixes",
          ],
          tradeOff:
            "Prompt caching helps stable repeated prefixes but not unique, highly variable inputs; response caches avoid whole calls but only pay off when requests repeat.",
        },
        {
          decision: "Improve real or perceived latency",
          options: ["Streaming", "Smaller model / fewer tokens", "Batching and async for heavy jobs"],
          tradeOff:
            "Streaming changes how fast it feels, not total time; fewer tokens and smaller models cut actual time; batching improves throughput rather than single-request latency.",
        },
      ],
      keyPoints: [
        "Cost and latency are driven mainly by token count and model choice",
        "Cut input tokens with tighter prompts and context budgeting",
        "Route simpler tasks to smaller, faster models; do not default to the biggest model",
        "Cache identical or semantically similar requests; use prompt caching for stable prefixes",
        "Streaming for perceived latency; batching and async for throughput",
        "Instrument per-request tokens, cost and latency",
        "Validate every optimisation against the evaluation suite: cost, latency and quality are one connected trade-off",
      ],
      followUps: [
        {
          question: "How do you choose which requests go to a smaller model?",
          goodAnswer:
            "Split traffic by how hard the task is. Classification, extraction and reformatting usually do well on a small model; requests needing subtle reasoning go to the big one. Verify the split on the evaluation set before relying on it.",
        },
        {
          question: "What can prompt caching help with, and what can't it?",
          goodAnswer:
            "It cuts cost and latency for stable, repeated prefixes such as long system prompts. It does nothing for unique, highly variable inputs because there is no consistent prefix to reuse.",
        },
        {
          question: "How do you stop cost cuts from eroding quality?",
          goodAnswer:
            "Gate every cost change on the same evaluation suite used for quality; if a downsized model or shortened prompt lowers scores, it does not ship. Cost, latency and quality are traded off together, on purpose.",
        },
      ],
      signals: [
        "Reasons about tokens, model choice and quality together, as one system that has to fit a budget",
        "Starts from measurement (per-request tokens, cost, latency) before proposing fixes",
        "States each trade-off and backs it with measurements instead of letting it happen by accident",
        "Distinguishes perceived latency from actual latency and throughput",
      ],
      redFlags: [
        "Reaches for the biggest model by default",
        "Cuts cost without measuring the quality impact",
        "Ignores caching and model routing entirely",
      ],
      metrics: [
        "Tokens per request (input and output)",
        "Cost per request and total spend",
        "End-to-end latency and time to first token",
        "Cache hit rate",
        "Evaluation-suite quality scores before and after each optimisation",
      ],
      takeaway: "Optimise cost and latency deliberately, and measure the quality impact of every trade-off.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify",
        minutes: 2,
        goal: "Current cost, latency, traffic shape and quality bar.",
      },
      {
        key: "core-answer",
        title: "Core answer",
        minutes: 6,
        goal: "Sources of cost and latency and the levers to pull.",
      },
      {
        key: "deep-dive",
        title: "Deep dive",
        minutes: 4,
        goal: "Routing, caching and how quality is protected.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 3,
        goal: "Smaller-model routing, prompt-caching limits, holding quality.",
      },
    ],
    rubric: "concept-question",
  },
];

export const rubrics: RubricTemplateDefinition[] = [];
