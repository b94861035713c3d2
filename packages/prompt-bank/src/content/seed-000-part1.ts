import type { PromptDefinition, RubricTemplateDefinition } from "../schema";

// Seed 000: ML system design guide, systems 1-3 (Cursor, Anthropic contextual RAG, Anthropic multi-agent).

export const prompts: PromptDefinition[] = [
  {
    slug: "cursor-real-time-code-completion",
    title: "Design a real-time, codebase-aware code completion service (Cursor)",
    kind: "SYSTEM_DESIGN",
    roundType: "ml-system-design",
    company: "Cursor",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      "code-completion",
      "llm-serving",
      "speculative-decoding",
      "speculative-edits",
      "model-routing",
      "codebase-indexing",
      "merkle-tree",
      "embeddings",
      "vector-database",
      "semantic-code-search",
      "client-side-encryption",
      "privacy",
      "reinforcement-learning",
      "custom-benchmark",
      "shadow-workspace",
      "high-qps",
      "low-latency",
    ],
    source: { seed: "000_cfee5a25a5ad6b79", ref: "System 1: Cursor real-time code completion" },
    brief: {
      summary:
        "Design the ML system behind an AI code editor: inline completions as the user types, plus chat, reasoning and multi-line code edits, all grounded in the user's whole repository rather than only the open file.",
      context:
        "The editor is a fork of VS Code used by individual developers and large enterprises. Completions appear as ghost text while the developer types, so a slow suggestion is a useless suggestion. Enterprise customers will not adopt a tool that keeps their source code on a vendor's servers. The same product also offers chat about the code, longer reasoning tasks and AI-applied edits across files.",
      requirements: [
        "Serve inline completions at a peak of more than 1 million queries per second",
        "Keep completion latency sub-second end to end (the typing experience targets roughly 100 ms)",
        "Use context from the entire codebase (other files, imports, project structure), not just the surrounding lines",
        "Support several task types with very different profiles: autocomplete, chat, multi-step reasoning and code edits",
        "Verify AI-applied edits (for example that they compile or lint) before showing them to the user",
        "Improve suggestion quality continuously from how developers actually use the product",
      ],
      constraints: [
        "Privacy: code context must be protected in transit and the service must not retain users' raw source code",
        "Codebases change constantly while the developer works; keeping repository context fresh must not require re-processing the whole repository",
        "Small engineering team: operational complexity is a real cost",
        "GPU capacity is large (tens of thousands of accelerators) but not free; wasted inference compute matters at this QPS",
      ],
      deliverable:
        "Walk through the 7 steps: frame the ML tasks and metrics, the data and repository-indexing pipeline, context/feature construction, model choices per task, the serving path that meets the latency and QPS targets, offline and online evaluation, and the improvement loop. Call out your main trade-offs.",
    },
    guide: {
      overview:
        "Reference is Cursor's production architecture: a VS Code fork collects and locally encrypts context; Cloudflare fronts a monolithic TypeScript + Rust backend (AWS for CPU work, Azure H100 fleet for inference, PostgreSQL as primary store, Datadog for observability). A model router sends autocomplete to fine-tuned models on Fireworks, chat to OpenAI GPT, reasoning to Anthropic Claude and multimodal to Gemini on Vertex AI. Speculative edits (a code-specific variant of speculative decoding) on a fine-tuned Llama-3-70b gives about 13x speedup over vanilla decoding and 9x over GPT-4. Repositories are indexed via Merkle-tree hashing synced every 3 minutes, chunked, embedded and stored in Turbopuffer; only embeddings live server-side. A hidden Shadow Workspace applies edits and lints them. The Composer model is trained with RL on real user data (PyTorch + Ray) and judged on Cursor Bench.",
      whyAsked:
        "Combines extreme-throughput LLM serving, retrieval over private code, multi-model routing and an RL feedback loop. It tests whether the candidate separates workloads by latency profile, reasons quantitatively about QPS and latency, and lets a privacy requirement shape the architecture.",
      referenceSteps: [
        {
          title: "Problem formulation",
          detail:
            "Three ML tasks: next-token code prediction at extreme throughput; semantic code retrieval via embeddings to augment context; RL from real user interactions to improve suggestions. Separate the workloads: autocomplete at 1M+ QPS and ~100 ms versus chat/reasoning at roughly 1 QPS per user with multi-second tolerance. Primary online metric is suggestion acceptance rate.",
        },
        {
          title: "Data and indexing",
          detail:
            "Client computes a Merkle tree of file hashes and syncs every 3 minutes; only changed subtrees are re-chunked and re-embedded. Chunks are embedded and stored in Turbopuffer (vector DB); raw code is not persisted server-side. Product interaction logs (accepted, rejected, edited suggestions, agent requests) feed training and the Cursor Bench benchmark.",
        },
        {
          title: "Context / feature construction",
          detail:
            "Context collector gathers surrounding code, imports and the file tree in the editor, then adds semantically retrieved chunks from the vector index. Active file gets real-time context, so 3-minute index staleness is tolerable. Context is encrypted on the client and decrypted server-side only for the request.",
        },
        {
          title: "Model architecture",
          detail:
            "Multi-provider routing by task: fine-tuned low-latency models on Fireworks for autocomplete (the owned critical path), GPT for chat/summarisation, Claude for reasoning, Gemini for multimodal. Composer model trained with RL on real usage. For edits, speculative edits: the existing code is a strong prior for the output, so long speculation windows are accepted cheaply.",
        },
        {
          title: "Serving and inference",
          detail:
            "Cloudflare handles TLS and DDoS; monolithic backend decrypts, routes and builds the response; Azure H100s serve inference. Speculative edits on fine-tuned Llama-3-70b: ~13x over vanilla, ~9x over GPT-4. Shadow Workspace: a hidden VS Code window applies AI edits, runs the linter and returns diagnostics without touching the user's session. Latency tracked per provider.",
        },
        {
          title: "Evaluation and monitoring",
          detail:
            "Online: acceptance rate, characters saved per session, P50/P95/P99 latency per provider, edit distance between suggestion and final code. Offline: Cursor Bench built from real agent requests, scoring correctness plus adherence to the codebase's abstractions and conventions. Index freshness via the share of requests served with up-to-date embeddings. Datadog for observability.",
        },
        {
          title: "Iteration and improvement",
          detail:
            "RL on real user data (PyTorch + Ray on thousands of GPUs) produces the Composer model, gated by Cursor Bench before rollout. Infrastructure pragmatism: migrated Yugabyte to PostgreSQL, chose a monolith for velocity. Watch for wasted speculation compute, stale index, provider outages and regressions per provider.",
        },
      ],
      keyDecisions: [
        {
          decision: "Backend shape",
          options: ["Monolithic TypeScript + Rust backend", "Microservices per capability"],
          tradeOff:
            "Monolith maximises developer velocity for a small team but gives up independent scaling of components; acceptable because engineering speed, not scaling granularity, is the bottleneck.",
        },
        {
          decision: "Model sourcing",
          options: [
            "Route each task type to the provider best at it",
            "Single in-house or single-vendor model",
          ],
          tradeOff:
            "Routing gets best-in-class quality per task but adds vendor dependency; mitigated by owning the latency-critical autocomplete path (fine-tuned models on Fireworks).",
        },
        {
          decision: "Decoding strategy for edits",
          options: [
            "Speculative edits with long speculation windows",
            "Standard autoregressive decoding",
            "Draft-model speculative decoding",
          ],
          tradeOff:
            "Existing code predicts most of the output, so long windows are usually accepted (13x speedup); when speculation is wrong the verification compute is wasted, but the hit rate on code is high enough to pay for it.",
        },
        {
          decision: "Keeping the repository index fresh",
          options: ["Merkle tree hashing with a 3-minute sync", "Full re-index", "Per-keystroke sync"],
          tradeOff:
            "Merkle trees find changed files without diffing the whole repo; cost is up to 3 minutes of staleness, which is fine because the active file is sent in real time.",
        },
        {
          decision: "Privacy model",
          options: ["Client-side encryption, store embeddings only", "Store raw code server-side"],
          tradeOff:
            "Meets enterprise requirements and unlocks adoption, but limits server-side debugging and inspection of failures.",
        },
        {
          decision: "Training signal and benchmark",
          options: [
            "RL on real user data judged by a custom benchmark (Cursor Bench)",
            "Public benchmarks and synthetic tasks",
          ],
          tradeOff:
            "Real editing data is expensive to collect and curate but far more representative than public benchmarks, which miss real editing patterns and codebase conventions.",
        },
      ],
      keyPoints: [
        "Separates autocomplete (1M+ QPS, ~100 ms) from chat/reasoning (low QPS, seconds) and serves them with different models and providers",
        "Explains speculative decoding and why code edits suit it: the current code is a strong prior, enabling long speculation windows (13x speedup)",
        "Uses a Merkle tree of file hashes to detect changed files cheaply and re-embed only those, with a bounded staleness window",
        "Lets the privacy requirement shape the design: local encryption, embeddings-only storage in the vector DB, no raw code retained",
        "Verifies edits before showing them (Shadow Workspace: hidden editor window plus existing lint engine) instead of building a verifier from scratch",
        "Builds a custom benchmark from real requests that scores both correctness and adherence to codebase conventions",
        "Chooses the simplest workable infrastructure (monolith, PostgreSQL) given team size",
      ],
      followUps: [
        {
          question:
            "Why does speculative decoding work so well for code edits, and when does it waste compute?",
          goodAnswer:
            "An edit rewrites mostly existing code, so the unchanged code is an excellent guess for the next tokens; the model verifies long spans in one forward pass and only decodes token by token where the edit diverges. Compute is wasted when the guess is rejected early, e.g. large rewrites; the 13x speedup shows acceptance is high for typical edits.",
        },
        {
          question: "How do you keep embeddings fresh for a 100k-file monorepo without re-indexing it?",
          goodAnswer:
            "Hash files into a Merkle tree on the client and compare root and subtree hashes with the server every few minutes (Cursor uses 3); descend only into mismatched subtrees, re-chunk and re-embed changed files. Staleness is bounded by the sync interval and the open file is sent live.",
        },
        {
          question: "Only embeddings are stored server-side. What does that cost you and how do you cope?",
          goodAnswer:
            "You cannot inspect raw code to debug bad retrievals or build training sets from it without consent; chunk text must come from the client at request time. Cope with client-side context assembly, privacy-safe telemetry and opt-in data for training. It is the price of enterprise adoption.",
        },
        {
          question: "A single provider behind the router goes down or gets slow. What happens?",
          goodAnswer:
            "Per-provider latency and error monitoring, fallback routes to another provider for chat/reasoning, and keep the autocomplete path on infrastructure you control (fine-tuned models on Fireworks) so the highest-QPS feature does not depend on a general vendor.",
        },
        {
          question: "Why would you build Cursor Bench instead of using HumanEval-style benchmarks?",
          goodAnswer:
            "Public benchmarks test isolated functions; real usage is editing inside large codebases with existing abstractions. A benchmark from real agent requests checks correctness and whether the change follows the repo's conventions, which is what users accept or reject.",
        },
      ],
      signals: [
        "Does back-of-envelope maths for 1M+ QPS and a ~100 ms budget and derives routing and model size from it",
        "Names speculative decoding or an equivalent latency technique and ties it to the structure of code edits",
        "Treats the privacy constraint as architectural, not a checkbox",
        "Picks acceptance rate and characters saved as online metrics and explains edit distance as a softer signal",
        "Reuses existing tooling (editor lint engine) as verification infrastructure",
      ],
      redFlags: [
        "Sends every request type to one large model with no latency segmentation",
        "Re-indexes the entire repository on each change or ignores index staleness",
        "Stores raw customer code server-side without addressing enterprise privacy",
        "Evaluates only with public offline benchmarks and never mentions acceptance rate",
        "Proposes microservices and custom infra everywhere without weighing team size",
      ],
      metrics: [
        "Acceptance rate: share of suggestions users accept (primary online metric)",
        "Characters saved per session",
        "Latency P50/P95/P99 per model provider, sub-second target for autocomplete",
        "Edit distance between the suggestion and the code the user finally kept",
        "Cursor Bench accuracy: correctness plus codebase-abstraction adherence on real user tasks",
        "Index freshness / cache hit rate: share of requests served with up-to-date embeddings after Merkle sync",
      ],
      takeaway:
        "Segment workloads by latency, exploit the structure of code (speculative edits) to hit the QPS/latency budget, let privacy dictate what is stored (embeddings only), and close the loop with RL on real usage measured by a benchmark built from real requests.",
    },
    phases: [
      {
        key: "problem-formulation",
        title: "Problem formulation",
        minutes: 7,
        goal: "Clarify task types, QPS and latency targets, privacy needs; frame next-token prediction, code retrieval and RL; pick acceptance rate as north star.",
      },
      {
        key: "data",
        title: "Data and codebase indexing",
        minutes: 7,
        goal: "Design repository sync, chunking and embedding storage under the no-raw-code constraint; identify interaction logs as training data.",
      },
      {
        key: "feature-engineering",
        title: "Context construction",
        minutes: 6,
        goal: "Decide what context goes into a completion: local code, imports, file tree, retrieved chunks; handle freshness.",
      },
      {
        key: "model-architecture",
        title: "Model choice and routing",
        minutes: 10,
        goal: "Choose models per task, the routing layer, and a decoding strategy for edits.",
      },
      {
        key: "serving-and-inference",
        title: "Serving at 1M+ QPS",
        minutes: 12,
        goal: "Meet the latency budget at peak QPS: request path, GPU fleet, speculation, edit verification, provider fallbacks.",
      },
      {
        key: "evaluation-and-monitoring",
        title: "Evaluation and monitoring",
        minutes: 10,
        goal: "Online metrics, per-provider latency percentiles, a realistic offline benchmark, index freshness.",
      },
      {
        key: "iteration-and-improvement",
        title: "Iteration and improvement",
        minutes: 8,
        goal: "RL from real usage, benchmark gating, failure modes and infrastructure simplifications.",
      },
    ],
    rubric: "ml-system-design",
  },
  {
    slug: "anthropic-contextual-retrieval-rag",
    title: "Design a RAG retrieval pipeline that stops losing chunk context (Anthropic Contextual Retrieval)",
    kind: "SYSTEM_DESIGN",
    roundType: "ml-system-design",
    company: "Anthropic",
    difficulty: "MEDIUM",
    minutes: 45,
    tags: [
      "rag",
      "retrieval",
      "contextual-retrieval",
      "contextual-embeddings",
      "contextual-bm25",
      "bm25",
      "hybrid-search",
      "reranking",
      "cross-encoder",
      "chunking",
      "prompt-caching",
      "embeddings",
      "ablation",
      "llm",
    ],
    source: { seed: "000_cfee5a25a5ad6b79", ref: "System 2: Anthropic contextual retrieval (RAG)" },
    brief: {
      summary:
        "Design the retrieval side of a retrieval-augmented generation (RAG) system over a large document collection (filings, reports, technical docs) where answers are often wrong because the right passage is never retrieved.",
      context:
        "The current system splits documents into chunks, embeds them and retrieves by vector similarity. Analysis of bad answers shows the generator usually behaves sensibly; the dominant failure is that the passage containing the answer exists in the corpus but is not returned. A typical example: a chunk that says revenue rose 3% versus the prior quarter, with neither the company nor the quarter named in the chunk itself.",
      requirements: [
        "Reduce the rate of failed retrievals (the answer-bearing chunk exists but is not in the top-K) as the primary goal",
        "Handle both paraphrased questions and questions that hinge on exact identifiers: company names, acronyms, error codes, domain terms",
        "Keep query-time latency suitable for interactive question answering",
        "Work with whichever embedding model the team uses today, without fine-tuning it",
        "Show how you would prove each change helped",
      ],
      constraints: [
        "Corpus is large: any per-chunk LLM processing multiplies by millions of chunks, so ingestion cost matters",
        "Query-time budget does not allow running an expensive model over the entire corpus",
        "Documents are long; a chunk is much smaller than its source document",
      ],
      deliverable:
        "Design the ingestion and query pipelines, justify each stage with the failure it fixes, estimate ingestion cost, and define the offline and end-to-end evaluation.",
    },
    guide: {
      overview:
        "Reference is Anthropic's Contextual Retrieval. At ingestion, an LLM reads the full document plus one chunk and writes a short context snippet situating the chunk; the snippet is prepended to the chunk (contextual chunk). The contextual chunk is indexed twice: embedded into a vector index (contextual embeddings) and tokenised into a BM25 index (contextual BM25). At query time semantic and BM25 results are merged, a cross-encoder reranker (e.g. Cohere) re-scores the candidates and the top-K go to the LLM with the query. Prompt caching keeps the document as a cached prefix so only the chunk varies, cutting enrichment cost by about 90%. Ablation: contextual embeddings alone cut failed retrievals 35%, adding BM25 49%, adding reranking 67%.",
      whyAsked:
        "Tests whether the candidate diagnoses the root cause of RAG failures (retrieval, not generation), knows the complementary strengths of dense and lexical retrieval, places expensive models where they are affordable, and validates with an ablation.",
      referenceSteps: [
        {
          title: "Problem formulation",
          detail:
            "Frame as a retrieval problem: failed retrieval (right chunk exists but not retrieved) is the dominant and most damaging production error. Primary metric: failed retrieval rate at top-K; secondary: recall@K, MRR, answer correctness.",
        },
        {
          title: "Data: ingestion and chunking",
          detail:
            "Split documents into chunks c1..cN. Chunk size is a core trade-off: small chunks are precise but lose surrounding context, large chunks keep context but dilute precision. Enrichment happens once per chunk at ingestion, never per query.",
        },
        {
          title: "Representation: contextual chunks",
          detail:
            "For each chunk an LLM gets the whole document plus the chunk and generates a brief situating snippet (which company, which period, which section). Snippet + chunk is the unit that is embedded and BM25-indexed. Model-agnostic: no embedding retraining.",
        },
        {
          title: "Model architecture: hybrid retrieval + reranking",
          detail:
            "First stage: dense bi-encoder search over contextual embeddings plus BM25 keyword search over contextual chunks; merge candidate lists. Second stage: cross-encoder reranker attends jointly to query and chunk, applied only to the merged top candidates. Top-K contextual chunks go to the generator.",
        },
        {
          title: "Serving and cost",
          detail:
            "Query path: embed query and tokenize it, search both indexes in parallel, merge, rerank, generate. Ingestion cost: prompt caching holds the full document in the KV cache and only the per-chunk suffix varies (~90% cheaper per chunk), which requires processing a document's chunks sequentially in a batch.",
        },
        {
          title: "Evaluation and monitoring",
          detail:
            "Labelled query-to-chunk set; measure failed retrieval rate, recall@K, precision@K, MRR; end-to-end answer correctness with human eval or LLM-as-judge; track ingestion cost per chunk. Report as a layered ablation: 35% then 49% then 67% fewer failed retrievals.",
        },
        {
          title: "Iteration and improvement",
          detail:
            "Tune chunk size and K, inspect residual failures (about a third of failures remaining after contextual embeddings were exact keyword matches, hence BM25), swap embedding or reranker models freely since the approach is model-agnostic, re-enrich when documents change.",
        },
      ],
      keyDecisions: [
        {
          decision: "How to restore lost context",
          options: [
            "Prepend an LLM-generated context snippet to each chunk before indexing",
            "Bigger chunks",
            "Fine-tune the embedding model",
            "Query-time expansion",
          ],
          tradeOff:
            "Prepending fixes the root cause (the chunk text lacks context), works with any embedding model and needs no retraining; the cost is one LLM call per chunk at ingestion, mitigated by prompt caching.",
        },
        {
          decision: "Retrieval method",
          options: ["Hybrid: embeddings + BM25, merged", "Embeddings only", "BM25 only"],
          tradeOff:
            "Embeddings catch paraphrase but miss exact entities and acronyms; BM25 catches exact terms but misses paraphrase. Hybrid covers both (14 percentage points more reduction: 35% to 49%) at the cost of two indexes and a merge step.",
        },
        {
          decision: "Precision layer",
          options: [
            "Cross-encoder reranker on top candidates",
            "No reranker",
            "Cross-encoder over full corpus",
          ],
          tradeOff:
            "Cross-encoders are much more accurate than bi-encoders because they attend to query and chunk together, but too expensive for the corpus; applying them to the first-stage shortlist adds latency and cost per query and lifts reduction to 67%.",
        },
        {
          decision: "Enrichment cost control",
          options: [
            "Prompt caching with the document as cached prefix",
            "Uncached per-chunk calls",
            "Cheaper summary model",
          ],
          tradeOff:
            "Caching cuts per-chunk enrichment cost by ~90% but forces sequential batch processing of each document's chunks.",
        },
        {
          decision: "Chunk size",
          options: ["Smaller chunks", "Larger chunks"],
          tradeOff:
            "Smaller improves retrieval precision but strips context; larger keeps context but lowers precision. Contextual snippets relax this tension.",
        },
      ],
      keyPoints: [
        "Identifies failed retrieval, not generation, as the dominant production failure",
        "Puts enrichment at ingestion time: a one-off cost per chunk rather than a per-query cost",
        "Explains why dense and BM25 retrieval are complementary and merges them",
        "Uses a cross-encoder reranker only on the shortlist as a precision layer",
        "Uses prompt caching / KV-cache reuse to make per-chunk LLM calls affordable (~90% saving)",
        "Validates with a layered ablation: 35% to 49% to 67% fewer failed retrievals",
        "Discusses the chunk size trade-off explicitly",
      ],
      followUps: [
        {
          question: "Why not just make chunks bigger?",
          goodAnswer:
            "Bigger chunks carry more context but each embedding averages over more content, so precision drops and the generator gets more noise. Contextual snippets add the missing who/when/where while keeping chunks small.",
        },
        {
          question: "Why is a cross-encoder better than the bi-encoder, and why not use it everywhere?",
          goodAnswer:
            "A cross-encoder runs attention over the query and chunk jointly, so it scores relevance directly instead of comparing two independently computed vectors. It needs one forward pass per query-chunk pair, so it only fits on a shortlist from fast first-stage retrieval.",
        },
        {
          question: "What does prompt caching actually save here, and what does it constrain?",
          goodAnswer:
            "The long document is the shared prefix for all of its chunks; caching its KV state means each enrichment call only pays for the chunk suffix and the short output, about 90% less. The constraint is processing a document's chunks sequentially while its prefix is cached.",
        },
        {
          question: "How would you attribute the gain to each component?",
          goodAnswer:
            "Ablation on a fixed labelled query set: baseline embeddings, then contextual embeddings, then plus BM25, then plus reranking, measuring failed retrieval rate at the same K each time. The seed's numbers are 35%, 49%, 67% reduction.",
        },
        {
          question: "Documents are updated. What happens to the indexes?",
          goodAnswer:
            "Changed documents must have their chunks re-enriched, because context snippets depend on the whole document; re-embed and re-index those chunks in both the vector and BM25 indexes, reusing the cached document prefix.",
        },
      ],
      signals: [
        "Diagnoses before prescribing: asks what kind of failure dominates",
        "Quantifies ingestion cost (chunks x LLM calls) and proposes caching",
        "Knows two-stage retrieval: cheap high-recall first stage, expensive precise second stage",
        "Frames the design as a compounding ablation with a single primary metric",
      ],
      redFlags: [
        "Blames the generator and tunes prompts without measuring retrieval",
        "Runs LLM enrichment at query time for every query",
        "Assumes embeddings alone handle exact identifiers and acronyms",
        "Proposes a cross-encoder over the whole corpus or skips cost analysis",
        "Evaluates only end-to-end answers, with no retrieval-level metric",
      ],
      metrics: [
        "Failed retrieval rate: queries where the correct chunk exists but is not retrieved (Anthropic's primary metric)",
        "Recall@K: share of relevant chunks in the top-K",
        "Precision@K: share of the top-K that is relevant",
        "MRR (mean reciprocal rank): rank position of the first relevant chunk, averaged as 1/rank",
        "Answer correctness end to end, by human eval or LLM-as-judge",
        "Ingestion cost per chunk for the enrichment call (reduced by prompt caching)",
      ],
      takeaway:
        "Fix the chunk, not the model: add document context at ingestion, search with both embeddings and BM25, rerank the shortlist with a cross-encoder, pay for it with prompt caching, and prove it with a layered ablation on failed retrievals.",
    },
    phases: [
      {
        key: "problem-formulation",
        title: "Problem formulation",
        minutes: 5,
        goal: "Establish failed retrieval as the core failure and pick the primary metric.",
      },
      {
        key: "data",
        title: "Data and chunking",
        minutes: 5,
        goal: "Ingestion pipeline, chunking strategy and the chunk size trade-off.",
      },
      {
        key: "feature-engineering",
        title: "Chunk representation",
        minutes: 7,
        goal: "How each chunk regains its document context before indexing; which indexes to build.",
      },
      {
        key: "model-architecture",
        title: "Retrieval and ranking models",
        minutes: 8,
        goal: "First-stage retrieval design, merging, and a precision layer.",
      },
      {
        key: "serving-and-inference",
        title: "Query path and ingestion cost",
        minutes: 7,
        goal: "Query-time latency budget and the cost of per-chunk LLM processing at corpus scale.",
      },
      {
        key: "evaluation-and-monitoring",
        title: "Evaluation",
        minutes: 7,
        goal: "Retrieval metrics, end-to-end correctness, and an ablation that attributes gains.",
      },
      {
        key: "iteration-and-improvement",
        title: "Iteration",
        minutes: 6,
        goal: "Residual failure analysis, tuning K and chunk size, handling document updates.",
      },
    ],
    rubric: "ml-system-design",
  },
  {
    slug: "anthropic-multi-agent-research-system",
    title: "Design a multi-agent research system with parallel workers and context engineering (Anthropic)",
    kind: "SYSTEM_DESIGN",
    roundType: "ml-system-design",
    company: "Anthropic",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      "multi-agent",
      "llm-agents",
      "orchestrator-workers",
      "parallelization",
      "prompt-chaining",
      "routing",
      "evaluator-optimizer",
      "context-engineering",
      "tool-use",
      "mcp",
      "code-execution",
      "think-tool",
      "agent-harness",
      "checkpointing",
      "llm-as-judge",
    ],
    source: { seed: "000_cfee5a25a5ad6b79", ref: "System 3: Anthropic multi-agent system" },
    brief: {
      summary:
        "Design an LLM-based system that answers complex, open-ended research questions by breaking them into subtasks, gathering information with tools and producing one comprehensive, well-sourced answer.",
      context:
        "Users ask questions that need several lines of investigation (for example comparing vendors, surveying a technical field, or investigating an incident). A single LLM call with search is too shallow and too slow when done sequentially. Runs can last from seconds to many minutes.",
      requirements: [
        "Handle queries of different types, some simple and some needing deep multi-angle research",
        "Use many external tools (search, retrieval, code execution, internal APIs); the tool catalogue may exceed 100 endpoints",
        "Minimise wall-clock latency for deep queries",
        "Produce answers whose quality can be checked before they reach the user",
        "Survive crashes and tasks that exceed a single model context window without losing progress",
      ],
      constraints: [
        "LLM outputs are stochastic; individual steps will sometimes be wrong",
        "Each agent's context window is finite",
        "The team wants the system to be debuggable and testable",
      ],
      deliverable:
        "Propose the agent topology, tool-use approach, context management, durability mechanism and quality control; define how you would measure success and where the system breaks.",
    },
    guide: {
      overview:
        "Reference is Anthropic's composition of simple agent patterns. A router agent classifies the query; an orchestrator decomposes it into subtasks; worker agents explore different angles in parallel (fan-out); workers use a think tool, direct tool calls and MCP code execution (agents write code that invokes tools); a context engineering layer summarises prior turns, retrieves relevant context and curates what stays in the finite window; a fusion agent aggregates results; an evaluator-optimizer loop scores and refines until a threshold is met. An outer agent harness checkpoints and serialises state so runs can resume after failures and span multiple context windows.",
      whyAsked:
        "Tests agent design judgement: composing simple patterns instead of reaching for a framework, parallelism for latency, scalable tool use, context as a scarce resource, treating agents as long-running processes, and handling error propagation between agents.",
      referenceSteps: [
        {
          title: "Problem formulation",
          detail:
            "An agent is an LLM plus tools plus a loop plus a stopping condition. Define success (task completion rate, answer quality), latency expectations (seconds to minutes) and route by query type so simple queries skip the heavy path.",
        },
        {
          title: "Data and tools",
          detail:
            "Tool layer: direct calls for search, retrieval and execution; MCP-based code execution where the agent writes code to call tools, which scales past 100 endpoints; a think tool that forces an explicit reasoning pause before acting.",
        },
        {
          title: "Context engineering",
          detail:
            "The same model performs very differently depending on its context. Summarise old turns, retrieve only what is relevant and curate what each agent sees so the window keeps a high signal-to-noise ratio and room to reason.",
        },
        {
          title: "Agent architecture",
          detail:
            "Compose patterns: routing (classify then specialised handler), orchestrator-workers (dynamic decomposition), parallelization (fan-out to workers on separate angles, then fusion), prompt chaining where steps are fixed, evaluator-optimizer for quality. Start simple; add a pattern only when measurement shows it pays.",
        },
        {
          title: "Serving and durability",
          detail:
            "Parallel workers cut wall-clock latency roughly linearly in the number of independent angles. The agent harness treats runs like long-running distributed processes: state serialisation, checkpoints at each stage, resume and retry on failure, persistence across multiple context windows.",
        },
        {
          title: "Evaluation and monitoring",
          detail:
            "Task completion rate, answer quality (LLM-as-judge or human), wall-clock latency, tool call success rate, context utilisation, checkpoint recovery rate. The evaluator agent scores outputs against explicit criteria before release.",
        },
        {
          title: "Iteration and failure modes",
          detail:
            "Error propagation: a wrong worker result can flow through fusion into the final answer; the evaluator-optimizer loop is the safety net, plus cross-checking between workers. Measure before adding complexity.",
        },
      ],
      keyDecisions: [
        {
          decision: "Framework vs primitives",
          options: ["Compose simple patterns directly", "Adopt a heavy agent framework"],
          tradeOff:
            "Hand-composed primitives stay transparent and testable; frameworks speed up prototypes but hide prompts and control flow. Add complexity only when a measured improvement justifies it.",
        },
        {
          decision: "Exploration strategy",
          options: [
            "Parallel workers on different angles plus a fusion step",
            "One agent researching sequentially",
          ],
          tradeOff:
            "Parallel exploration reduces wall-clock latency roughly linearly and avoids anchoring on the first line of inquiry, at the cost of more total tokens and a fusion step that must reconcile conflicts.",
        },
        {
          decision: "Tool invocation",
          options: ["Code execution via MCP (agent writes code that calls tools)", "Direct function calling"],
          tradeOff:
            "Direct calls are simple and fine for 5-10 tools but break down past 100; code lets the agent compose, loop and branch over tools, at the cost of needing a sandboxed execution environment.",
        },
        {
          decision: "Durability",
          options: [
            "Harness with checkpoint/resume and multi-context-window persistence",
            "Stateless single run",
          ],
          tradeOff:
            "Checkpointing adds engineering and storage overhead but preserves progress through crashes and context limits on long tasks.",
        },
        {
          decision: "Quality control",
          options: ["Separate evaluator-optimizer loop", "Trust the fused output"],
          tradeOff:
            "The loop costs extra calls and latency but catches stochastic errors; it needs clear quality criteria to be effective.",
        },
      ],
      keyPoints: [
        "Defines an agent as LLM + tools + loop + stopping condition and builds up from there",
        "Uses routing so simple queries avoid the expensive multi-agent path",
        "Fans out to parallel workers for independent angles and fuses their results",
        "Scales tool use with code execution (MCP) rather than listing 100+ function schemas",
        "Treats context engineering (summarise, retrieve, curate) as the main quality lever",
        "Wraps the pipeline in a harness with checkpointing and resume",
        "Adds an evaluator-optimizer loop and addresses error propagation through fusion",
      ],
      followUps: [
        {
          question:
            "One worker returns a confident but wrong finding. How do you stop it reaching the final answer?",
          goodAnswer:
            "Require sources from workers, have the fusion agent flag conflicts between workers, and run the evaluator agent against explicit criteria with a refine loop when below threshold; optionally re-dispatch a worker to verify disputed claims.",
        },
        {
          question: "Why does direct function calling stop working at 100+ tools?",
          goodAnswer:
            "Every tool schema consumes context and the model's selection accuracy drops; chained calls also push every intermediate result through the context. Writing code lets the agent call tools programmatically, loop and branch, and return only final results.",
        },
        {
          question: "What is the think tool and why does it help?",
          goodAnswer:
            "A no-op tool that gives the agent an explicit place to stop and reason, e.g. after tool results and before the next action. It prevents acting before thinking and is cheap but measurably effective.",
        },
        {
          question: "A research run takes 40 minutes and crashes at minute 35. What happens?",
          goodAnswer:
            "The harness has serialised state at each stage (plan, worker results, fused draft); it resumes from the last checkpoint and retries the failed step instead of restarting, the same pattern as long-running distributed jobs.",
        },
        {
          question: "When would you not use multiple agents?",
          goodAnswer:
            "When subtasks are not independent, when a fixed sequence suffices (prompt chaining) or when a single agent with good context meets the bar; multi-agent adds tokens, cost and coordination failure modes, so justify it by measurement.",
        },
      ],
      signals: [
        "Names the composable patterns and picks each for a reason",
        "Thinks about context windows as a budget",
        "Borrows reliability ideas from distributed systems (checkpoints, retries)",
        "Defines measurable success and starts simple",
      ],
      redFlags: [
        "Starts with a complex framework and many agents without a baseline",
        "Loads every tool definition and all raw tool output into one context",
        "No plan for crashes or context overflow on long tasks",
        "No quality gate; assumes agent output is correct",
        "Ignores cost and latency of extra agents",
      ],
      metrics: [
        "Task completion rate: share of queries whose final answer fully satisfies the request",
        "Answer quality score: LLM-as-judge or human rating of comprehensiveness and accuracy",
        "Wall-clock latency from query to final answer",
        "Tool call success rate: share of tool invocations returning valid results",
        "Context utilisation: effective vs wasted use of the context window",
        "Checkpoint recovery rate: share of failures recovered by the harness",
      ],
      takeaway:
        "Build research agents from simple, composable patterns (routing, orchestrator-workers, parallel fan-out, evaluator-optimizer), treat context as a curated budget, scale tools through code, and run the whole thing inside a checkpointing harness.",
    },
    phases: [
      {
        key: "problem-formulation",
        title: "Problem formulation",
        minutes: 7,
        goal: "Define query types, success criteria, latency expectations and when an agent loop stops.",
      },
      {
        key: "data",
        title: "Tools and information sources",
        minutes: 7,
        goal: "Inventory tools, decide how agents invoke them at 100+ endpoints, and where information comes from.",
      },
      {
        key: "feature-engineering",
        title: "Context engineering",
        minutes: 8,
        goal: "Decide what each agent sees: summarisation, retrieval and curation of a finite window.",
      },
      {
        key: "model-architecture",
        title: "Agent topology",
        minutes: 12,
        goal: "Compose routing, orchestration, parallel workers, fusion and quality loops.",
      },
      {
        key: "serving-and-inference",
        title: "Execution and durability",
        minutes: 10,
        goal: "Latency via parallelism, long-running execution, checkpointing and resume.",
      },
      {
        key: "evaluation-and-monitoring",
        title: "Evaluation and monitoring",
        minutes: 9,
        goal: "Completion, quality, latency, tool and recovery metrics; judge design.",
      },
      {
        key: "iteration-and-improvement",
        title: "Failure modes and iteration",
        minutes: 7,
        goal: "Error propagation, when to add or remove complexity, improvement loop.",
      },
    ],
    rubric: "ml-system-design",
  },
];

export const rubrics: RubricTemplateDefinition[] = [];
