import type { PromptDefinition, RubricTemplateDefinition } from "../schema";

const seed = "002_fabfef5979dcd334" as const;

const context =
  "Senior LLM / AI engineering interview for an enterprise team that ships LLM-backed products. The round is a conversation: you answer, then the interviewer probes with follow-up questions.";

export const prompts: PromptDefinition[] = [
  // Question 1
  {
    slug: "transformer-sequence-processing-attention",
    title: "How a transformer processes a sequence, and why attention matters",
    kind: "CONCEPT",
    roundType: "llm-engineering",
    difficulty: "MEDIUM",
    minutes: 12,
    tags: [
      "transformer",
      "self-attention",
      "positional-encoding",
      "query-key-value",
      "causal-masking",
      "decoder-only",
      "quadratic-attention",
      "flash-attention",
      "sparse-attention",
      "llm-fundamentals",
    ],
    source: { seed, ref: "Question 1" },
    brief: {
      summary:
        "Describe what a transformer does with a sequence of input tokens, and why attention is the mechanism the whole design hinges on.",
      context,
      requirements: [
        "Walk through the path an input sequence takes through the model, from input text to the representations the model works with",
        "Explain what the attention mechanism actually computes",
        "Explain why attention matters compared with what came before it",
      ],
      constraints: [
        "Spoken answer; no code or formal derivation is required",
        "Assume the listener is an engineer who has used LLM APIs but never studied the architecture",
      ],
      deliverable: "A spoken explanation of about five minutes, then follow-up questions.",
    },
    guide: {
      overview:
        "Fundamentals filter. A strong answer goes token embeddings plus positional information, self-attention via query/key/value projections, stacked attention and feed-forward layers, causal masking in decoder-only models, and lands on the practical fact that attention's cost scales quadratically with input length.",
      whyAsked:
        "It distinguishes candidates with a real mental model of the architecture from those who learned the picture by heart. The interviewer wants intuition and reasoning about behaviour, not a list of terms.",
      referenceSteps: [
        {
          title: "Tokens become vectors",
          detail:
            "Each input token is mapped to an embedding vector. Positional information is added because attention by itself has no sense of order.",
        },
        {
          title: "Self-attention",
          detail:
            "Every token is projected into a query, a key and a value. Query-key scores say how much each token should draw on every other token; those scores become weights over the values, producing a context-aware representation for each token.",
        },
        {
          title: "Why attention matters",
          detail:
            "Any two positions can interact directly, however far apart they are. Recurrent architectures struggled with exactly these long-range relationships.",
        },
        {
          title: "Depth",
          detail:
            "Many attention layers, with feed-forward networks between them, are stacked so the model composes progressively more abstract representations.",
        },
        {
          title: "Decoder-only and causal masking",
          detail:
            "Most production LLMs are decoder-only. A causal mask stops each token from looking at later positions, which is what makes token-by-token autoregressive generation work.",
        },
        {
          title: "Production consequence",
          detail:
            "All-pairs attention makes compute quadratic in input length. This single property sets the cost, the latency and the ceiling on context size, which is why long inputs remain an open engineering problem.",
        },
      ],
      keyDecisions: [
        {
          decision: "Which transformer family fits the task",
          options: [
            "Encoder-only (e.g. BERT): bidirectional reading for understanding tasks",
            "Decoder-only (e.g. GPT): autoregressive generation",
            "Encoder-decoder: maps an input sequence to an output sequence",
          ],
          tradeOff:
            "Bidirectional context helps understanding but cannot generate left to right; decoder-only is the default for production LLMs because generation is the core workload.",
        },
        {
          decision: "How to make long sequences affordable",
          options: ["Full attention", "Sparse attention", "Flash attention"],
          tradeOff:
            "Sparse attention skips some token pairs, so it changes what the model computes; flash attention reorganises the computation for memory efficiency and gives the same result as full attention.",
        },
      ],
      keyPoints: [
        "Attention is order-agnostic, so positional information has to be added to the token embeddings",
        "Self-attention uses query, key and value projections; query-key scores become weights over the values, giving each token a context-aware representation",
        "Attention links any two tokens directly regardless of distance, which recurrent models did poorly",
        "Stacked attention and feed-forward layers build increasingly abstract representations",
        "Decoder-only models, the family most production LLMs belong to, use a causal mask so generation is autoregressive",
        "Attention is quadratic in sequence length, which drives cost, latency and context-window limits",
      ],
      followUps: [
        {
          question: "Why is attention quadratic, and how do sparse attention and flash attention help?",
          goodAnswer:
            "Every token is scored against every other token, so doubling the input roughly quadruples the attention work. Sparse attention computes only a subset of the pairs; flash attention keeps the full computation but restructures it to use memory efficiently, so the output is unchanged.",
        },
        {
          question: "Compare encoder-only, decoder-only and encoder-decoder architectures.",
          goodAnswer:
            "Encoder-only models such as BERT read in both directions and suit understanding tasks. Decoder-only models such as GPT generate autoregressively. Encoder-decoder models transform one sequence into another. Most production LLMs today are decoder-only.",
        },
        {
          question: "How does masking make autoregressive generation possible?",
          goodAnswer:
            "A causal mask prevents each token from attending to positions after it, so every prediction depends only on earlier context. That matches inference, where the model produces one token at a time.",
        },
      ],
      signals: [
        "Explains attention as tokens weighing their relationships to other tokens, with an intuition rather than recited vocabulary",
        "Reasons about the model's behaviour from the architecture instead of reproducing a diagram",
        "Explains, unprompted or with a light nudge, why long inputs get expensive",
        "Handles follow-ups (masking, quadratic cost, model families) by reasoning, not by reaching for more jargon",
      ],
      redFlags: [
        "Quotes 'attention is all you need' without saying what attention computes",
        "Leaves out positional encoding entirely",
        "Never connects the architecture to a real-world consequence such as cost, latency or context limits",
      ],
      metrics: [],
      takeaway:
        "Describe attention through the relationships it builds and the consequences it has, not through vocabulary.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify",
        minutes: 1,
        goal: "Agree on the level of detail and which model family to describe.",
      },
      {
        key: "core-answer",
        title: "Core answer",
        minutes: 5,
        goal: "Embeddings, positions, self-attention, stacking, causal masking.",
      },
      {
        key: "deep-dive",
        title: "Deep dive",
        minutes: 3,
        goal: "Push on what attention computes and why sequence length drives cost.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 3,
        goal: "Quadratic cost and its mitigations, model families, masking.",
      },
    ],
    rubric: "concept-question",
  },

  // Question 2
  {
    slug: "context-window-production-budgeting",
    title: "The context window and why it matters in production",
    kind: "CONCEPT",
    roundType: "llm-engineering",
    difficulty: "MEDIUM",
    minutes: 12,
    tags: [
      "context-window",
      "context-management",
      "token-budget",
      "lost-in-the-middle",
      "conversation-history",
      "summarization",
      "long-context",
      "prompt-assembly",
    ],
    source: { seed, ref: "Question 2" },
    brief: {
      summary:
        "Define the context window of an LLM and explain what it means for the engineering of a product built on one.",
      context,
      requirements: [
        "Define the context window precisely",
        "Explain what it forces you to do as an engineer building on the model",
        "Describe how you would design a system around it",
      ],
      constraints: ["Spoken answer; draw on products you have built or operated where you can"],
      deliverable: "A spoken explanation of about five minutes, then follow-up questions.",
    },
    guide: {
      overview:
        "The context window is a hard token budget shared by the system prompt, history, retrieved context, user input and the reserved output. A strong answer names the three production consequences (competition for space, uneven attention across position, cost/latency growth) and treats context management as budgeting a scarce resource.",
      whyAsked:
        "This is where theory hits product constraints; a large share of serious LLM bugs can be traced to it one way or another. Knowing how to budget it is a reliable sign of hands-on shipping experience.",
      referenceSteps: [
        {
          title: "Definition",
          detail:
            "The maximum number of tokens the model can take into account in one call: system prompt, conversation history, retrieved context, user input and the room left for the response. It is a hard limit, not a guideline.",
        },
        {
          title: "One shared pool",
          detail:
            "Long histories and large retrieved documents can squeeze out the room the model needs to write its answer.",
        },
        {
          title: "Attention is not uniform",
          detail:
            "Content in the middle of a long context tends to be used less well than content at the start or end, so placement of critical material matters.",
        },
        {
          title: "Bigger contexts cost more",
          detail: "Longer inputs are slower and more expensive because attention is quadratic in length.",
        },
        {
          title: "Deliberate context management",
          detail:
            "Summarise or truncate old history, rank and trim retrieved chunks, put the most important instructions where attention is strongest, and always reserve an output budget. Budget it the way you would budget memory on an embedded device.",
        },
      ],
      keyDecisions: [
        {
          decision: "What to do when a conversation outgrows the window",
          options: [
            "Truncate the oldest turns",
            "Keep a running summary of older turns plus recent turns verbatim",
            "Retrieve earlier details on demand instead of resending the whole history",
          ],
          tradeOff:
            "Truncation is cheap but loses facts; summaries keep the gist at the cost of precision and an extra call; on-demand retrieval keeps each request small but depends on retrieval quality.",
        },
        {
          decision: "Keep verbatim versus compress",
          options: ["Verbatim: recent turns, exact instructions, key facts", "Summarised: everything else"],
          tradeOff: "Preserve precision wherever it changes the answer; compress the rest to free budget.",
        },
      ],
      keyPoints: [
        "The window covers system prompt, history, retrieved context, user input and the response: one hard budget",
        "The response consumes budget too, so output space must be reserved",
        "Models use the middle of a long context less effectively than the beginning and end (lost in the middle)",
        "Larger contexts are slower and more expensive because of quadratic attention",
        "Mature answers describe active context management: summarising, trimming, ranking and placing content deliberately",
      ],
      followUps: [
        {
          question: "How would you handle a conversation that no longer fits in the context window?",
          goodAnswer:
            "Compress older turns into a short running summary, keep only the latest messages word for word, and pull earlier details back in through retrieval when they are needed rather than resending the full history every time.",
        },
        {
          question: "What does 'lost in the middle' refer to, and what do you do about it?",
          goodAnswer:
            "Material sitting mid-way through a long prompt is used less well than material near its start or end. Put critical instructions and the best-ranked retrieved chunks at the start or end, and cut filler so less sits in the middle.",
        },
        {
          question: "How do you decide what to keep verbatim and what to summarise?",
          goodAnswer:
            "Keep word for word whatever the model needs exactly: recent turns, precise instructions, key facts. Summarise everything else. Precision where it affects the answer, compression everywhere else.",
        },
      ],
      signals: [
        "Counts the response as part of the budget without being prompted",
        "Describes concrete context-management tactics from systems they have shipped",
        "Talks about placement of content within the window, not just its size",
        "Frames the window as a scarce resource with trade-offs rather than as a number on a spec sheet",
      ],
      redFlags: [
        "Treats a bigger context window as strictly better",
        "Forgets that the response itself uses up the budget",
        "Assumes the model attends to all context equally",
      ],
      metrics: [
        "Tokens used per request by component (system prompt, history, retrieved context, input, reserved output)",
        "Truncation or overflow rate",
      ],
      takeaway: "The context window is a finite budget that every part of the request has to share.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify",
        minutes: 1,
        goal: "Confirm the kind of product (chat, RAG, agent) the candidate will reason about.",
      },
      {
        key: "core-answer",
        title: "Core answer",
        minutes: 5,
        goal: "Definition and the production implications.",
      },
      {
        key: "deep-dive",
        title: "Deep dive",
        minutes: 3,
        goal: "Concrete context-management strategy and where they would place content.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 3,
        goal: "Overflowing conversations, lost in the middle, keep versus summarise.",
      },
    ],
    rubric: "concept-question",
  },

  // Question 3
  {
    slug: "tokenization-cost-latency-correctness",
    title: "How tokenization affects cost, latency and correctness",
    kind: "CONCEPT",
    roundType: "llm-engineering",
    difficulty: "EASY",
    minutes: 10,
    tags: [
      "tokenization",
      "subword-tokens",
      "token-counting",
      "cost-estimation",
      "latency",
      "multilingual",
      "token-economics",
    ],
    source: { seed, ref: "Question 3" },
    brief: {
      summary:
        "Explain tokenization and why it matters for a production LLM system, beyond a textbook definition.",
      context,
      requirements: [
        "Explain what tokenization is and what a token is",
        "Explain how it affects cost, latency and the correctness of model outputs",
        "Say what you do about it in practice",
      ],
      constraints: ["Spoken answer; examples from real systems are welcome"],
      deliverable: "A spoken explanation of about four minutes, then follow-up questions.",
    },
    guide: {
      overview:
        "Billing, latency and context limits are all denominated in tokens, and token boundaries cause subtle correctness bugs. A strong answer explains subword tokenization, how code/JSON/non-English text tokenizes differently, the three consequences (cost and latency, correctness, capacity), and the practice of counting tokens with the provider's tokenizer.",
      whyAsked:
        "Engineers who ignore tokenization build systems that cost too much and are sometimes wrong. Token awareness reveals whether the candidate has actually paid an LLM invoice or studied a latency dashboard.",
      referenceSteps: [
        {
          title: "What a token is",
          detail:
            "Text is split into subword units by the model's tokenizer before processing. A token is neither a word nor a character: common words may be one token, rarer words split into several.",
        },
        {
          title: "Not all text is equal",
          detail:
            "For English prose a token averages a handful of characters; source code, JSON, other languages and odd strings break up quite differently, usually into more pieces.",
        },
        {
          title: "Cost and latency",
          detail:
            "Spend and response time grow with the number of tokens, so wordy prompts and oversized contexts show up directly on the bill and in latency.",
        },
        {
          title: "Correctness",
          detail:
            "Because the model sees tokens rather than raw characters, tasks that look trivial to people (counting letters, reversing a word, exact digit arithmetic) can go wrong.",
        },
        {
          title: "Capacity",
          detail: "Context limits are in tokens, so capacity planning needs token counts, not word counts.",
        },
        {
          title: "Practice",
          detail:
            "Measure with the tokenizer the provider publishes, cut prompts down to what the task needs, and design around known tokenizer blind spots up front.",
        },
      ],
      keyDecisions: [
        {
          decision: "How to size prompts and budgets",
          options: ["Estimate from word or character counts", "Count with the provider's tokenizer"],
          tradeOff:
            "Word-based estimates are quick but badly wrong for code, JSON and non-English text; explicit counting is a small amount of work that makes cost and capacity predictable.",
        },
      ],
      keyPoints: [
        "Tokens are subword chunks defined by the model's tokenizer, not words or characters",
        "Source code, JSON, non-English text and odd strings need more tokens than the same amount of English prose",
        "Spend and latency grow with the number of tokens",
        "Character-level tasks can fail because the model never sees individual characters",
        "Context limits are expressed in tokens, so measure rather than estimate",
      ],
      followUps: [
        {
          question: "A model gets the number of letters in a word wrong. Why?",
          goodAnswer:
            "It never sees the letters; it sees multi-character tokens. Counting or reversing characters means reasoning about units the model does not directly perceive.",
        },
        {
          question: "How do you work out what a particular prompt will cost?",
          goodAnswer:
            "Use the provider's tokenizer to count the input, estimate the likely output length in tokens, and multiply each by that model's per-token price. Word counts mislead, because code and other languages produce many more tokens per word.",
        },
        {
          question: "How does tokenization differ across languages?",
          goodAnswer:
            "Tokenizers are trained heavily on English, so English is comparatively token-efficient; many other languages break into far more tokens per word, making the same content slower and more expensive.",
        },
      ],
      signals: [
        "Connects tokens to money and latency with concrete reasoning, as someone who has read a real bill or latency graph",
        "Mentions measuring with the actual tokenizer rather than rules of thumb",
        "Recognises tokenization artifacts as the cause of certain failures instead of blaming the model",
      ],
      redFlags: [
        "Treats tokens as words",
        "Overlooks the extra tokens that code or non-English text produces",
        "Attributes tokenization artifacts to the model being weak",
      ],
      metrics: ["Input and output tokens per request", "Cost per request", "Latency per request"],
      takeaway:
        "Everything in an LLM system is paid for in tokens, so count them precisely instead of guessing.",
    },
    phases: [
      { key: "clarify", title: "Clarify", minutes: 1, goal: "Agree the depth expected." },
      {
        key: "core-answer",
        title: "Core answer",
        minutes: 4,
        goal: "What tokens are and their effect on cost, latency, correctness and capacity.",
      },
      {
        key: "deep-dive",
        title: "Deep dive",
        minutes: 2,
        goal: "How they measure and control tokens in practice.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 3,
        goal: "Letter counting, cost estimation, languages.",
      },
    ],
    rubric: "concept-question",
  },

  // Question 4
  {
    slug: "embeddings-at-scale",
    title: "Embeddings and how to use them at scale",
    kind: "CONCEPT",
    roundType: "llm-engineering",
    difficulty: "MEDIUM",
    minutes: 15,
    tags: [
      "embeddings",
      "semantic-search",
      "vector-database",
      "cosine-similarity",
      "chunking",
      "hybrid-search",
      "metadata-filtering",
      "re-embedding",
      "index-freshness",
    ],
    source: { seed, ref: "Question 4" },
    brief: {
      summary: "Explain what embeddings are and how you would apply them in a production system.",
      context,
      requirements: [
        "Explain what an embedding is and what it lets you do",
        "Describe how you would use embeddings in a production system end to end",
        "Discuss what changes when the corpus and traffic get large",
      ],
      constraints: ["Spoken answer; you may sketch a simple pipeline if it helps"],
      deliverable: "A spoken explanation of about six minutes, then follow-up questions.",
    },
    guide: {
      overview:
        "Embeddings are dense vectors in which similar meanings sit close together, enabling similarity search by proximity (usually cosine). A strong answer covers the chunk-embed-store-query workflow, the nuances that decide quality (chunking, domain fit, same model for index and query), the at-scale concerns, and when hybrid search wins.",
      whyAsked:
        "Retrieval, search, clustering and RAG all sit on embeddings; if this answer wobbles, the candidate cannot reason about the base layer of most enterprise LLM products.",
      referenceSteps: [
        {
          title: "Definition",
          detail:
            "A dense vector capturing the meaning of a piece of text, so that semantically similar texts land near each other. Comparing by proximity, typically cosine similarity, replaces exact keyword matching and enables semantic search.",
        },
        {
          title: "Indexing workflow",
          detail:
            "Split documents into sensible chunks, run each through an embedding model, and write the vectors plus metadata to a vector database.",
        },
        {
          title: "Query workflow",
          detail: "Embed the query with the same model and retrieve the nearest chunks.",
        },
        {
          title: "Where quality is decided",
          detail:
            "Chunk size and overlap strongly affect retrieval quality; the embedding model must suit the domain and language; the same model must be used for indexing and querying or the vectors cannot be compared.",
        },
        {
          title: "At scale",
          detail:
            "Re-embedding after a model switch, keeping the index in step with changing content, combining metadata filters with vector queries, and keeping the bill for embedding a big corpus under control.",
        },
        {
          title: "Hybrid retrieval",
          detail:
            "Combining semantic similarity with keyword search often beats pure vector search on enterprise content.",
        },
      ],
      keyDecisions: [
        {
          decision: "Retrieval style",
          options: ["Pure vector search", "Keyword search", "Hybrid (keyword plus vector)"],
          tradeOff:
            "Vectors capture meaning but handle exact identifiers, acronyms, codes and rare terms poorly; keyword search is precise on those but misses paraphrase; hybrid captures both at the cost of extra complexity.",
        },
        {
          decision: "Chunk size and overlap",
          options: ["Smaller chunks", "Larger chunks", "More or less overlap"],
          tradeOff:
            "Chunks should follow the natural unit of meaning in the content, with enough overlap not to cut ideas in half; tune against a retrieval evaluation set rather than by intuition.",
        },
        {
          decision: "Switching embedding models",
          options: ["Stay on the current model", "Re-embed the whole corpus with the new model"],
          tradeOff:
            "A better model can improve retrieval, but vectors from different models are incomparable, so switching means paying to re-embed everything.",
        },
      ],
      keyPoints: [
        "Embeddings map meaning to geometry: similar texts are close, compared with cosine similarity",
        "Production workflow: chunk, embed, store with metadata in a vector database; embed the query and fetch nearest neighbours",
        "Chunking strategy (size and overlap) is often the real driver of retrieval quality",
        "The embedding model must fit the domain and language, and indexing and querying must use the same model",
        "At scale: re-embedding on model change, index freshness, metadata filtering, embedding cost",
        "Hybrid keyword plus vector search often outperforms pure vector search on enterprise content",
      ],
      followUps: [
        {
          question: "How would you pick chunk size and overlap?",
          goodAnswer:
            "Size chunks around the content's natural unit of meaning (a section, a procedure, an FAQ entry) with enough overlap that no idea is cut in half, then settle the numbers by measuring on a retrieval evaluation set.",
        },
        {
          question: "In what situations does hybrid search outperform vector-only search?",
          goodAnswer:
            "When the corpus is dense with product codes, ticket IDs, acronyms and rare terms, which semantic similarity matches poorly. Keyword matching finds the exact strings while vectors find paraphrases.",
        },
        {
          question: "What does moving to a different embedding model involve?",
          goodAnswer:
            "Vectors produced by different models live in different spaces, so the whole corpus must be re-embedded; queries and the index always have to come from one model.",
        },
      ],
      signals: [
        "Brings up chunking as a primary quality lever without prompting",
        "Insists on embedding-model consistency between indexing and querying",
        "Talks about operating the index over time (freshness, re-embedding, cost), not just building it once",
        "Tunes choices against a retrieval evaluation set rather than intuition",
      ],
      redFlags: [
        "Describes embeddings as just a way of storing text",
        "Ignores chunking strategy",
        "Mixes embedding models between indexing and querying",
      ],
      metrics: [
        "Retrieval precision and recall on a labelled evaluation set",
        "Embedding cost for the corpus",
        "Index freshness (lag between content change and re-index)",
      ],
      takeaway:
        "Embeddings make meaning measurable as distance; whether retrieval is actually good comes down to chunking, model consistency and similar details.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify",
        minutes: 2,
        goal: "Pin down the use case (search, RAG, clustering) and corpus type.",
      },
      {
        key: "core-answer",
        title: "Core answer",
        minutes: 6,
        goal: "Definition and end-to-end production workflow.",
      },
      {
        key: "deep-dive",
        title: "Deep dive",
        minutes: 4,
        goal: "Chunking, model consistency, scale concerns, hybrid retrieval.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 3,
        goal: "Chunk sizing, hybrid versus vector, changing models.",
      },
    ],
    rubric: "concept-question",
  },

  // Question 5
  {
    slug: "production-rag-system-design",
    title: "Design a production RAG system for an enterprise knowledge base",
    kind: "CONCEPT",
    roundType: "llm-engineering",
    difficulty: "HARD",
    minutes: 20,
    tags: [
      "rag",
      "retrieval-augmented-generation",
      "chunking",
      "vector-database",
      "re-ranking",
      "hybrid-search",
      "context-budgeting",
      "source-attribution",
      "faithfulness",
      "rag-evaluation",
      "fine-tuning",
    ],
    source: { seed, ref: "Question 5" },
    brief: {
      summary:
        "Design a Retrieval-Augmented Generation system that answers employee questions over an enterprise knowledge base, and explain the key decisions you make.",
      context,
      requirements: [
        "Describe the components of the system and how data flows through them",
        "Explain and defend your key design decisions",
        "Explain how you would know whether the system is working",
      ],
      constraints: [
        "Spoken walkthrough; a rough sketch is fine",
        "The knowledge base is enterprise content: internal documents that change over time",
      ],
      deliverable: "A walkthrough of about eight minutes, then deep-dive and follow-up questions.",
    },
    guide: {
      overview:
        "RAG grounds answers in authoritative data retrieved at query time instead of relying on parametric knowledge alone. A strong answer splits the system into ingestion and retrieval-plus-generation, defends re-ranking, hybrid retrieval, context budgeting, source attribution and day-one evaluation, and above all separates retrieval failures from generation failures.",
      whyAsked:
        "RAG is the pattern enterprises deploy most often; the question exposes system-design maturity rather than buzzword familiarity. Seniors talk about failure modes, not just the happy path.",
      referenceSteps: [
        {
          title: "Purpose of RAG",
          detail:
            "Retrieve relevant context at query time and inject it into the prompt, so answers rest on external authoritative data: fewer hallucinations, current answers, citable sources.",
        },
        {
          title: "Ingestion phase",
          detail:
            "Parse and clean source documents, split them using a chunking approach that fits each content type, embed the pieces and store them, with metadata, in a vector store.",
        },
        {
          title: "Retrieval and generation phase",
          detail:
            "Embed the user query, retrieve candidate chunks, optionally re-rank for precision, assemble a prompt within the context budget, and generate with instructions to rely on the supplied context and to say when it does not know.",
        },
        {
          title: "Defended decisions",
          detail:
            "A re-ranker, since vector similarity alone is a noisy ranking signal; hybrid retrieval, since enterprise documents are dense with acronyms and IDs; a hard context budget so retrieved text leaves room for the answer; and cited sources so users can check the answer themselves.",
        },
        {
          title: "Evaluation from day one",
          detail:
            "Measure retrieval quality and answer faithfulness separately: a system can retrieve perfectly and still answer wrongly, or answer fluently from irrelevant chunks.",
        },
      ],
      keyDecisions: [
        {
          decision: "Add a re-ranking stage",
          options: ["Use vector-similarity order directly", "Retrieve broadly, then re-rank"],
          tradeOff:
            "Re-ranking costs latency and compute but fixes the noise in raw vector similarity, improving precision of what enters the prompt.",
        },
        {
          decision: "Retrieval method",
          options: ["Vector only", "Hybrid keyword plus vector"],
          tradeOff:
            "Hybrid adds complexity but catches acronyms, identifiers and exact terms that enterprise content is full of.",
        },
        {
          decision: "How much retrieved context to include",
          options: ["Many chunks", "A strictly budgeted, ranked set"],
          tradeOff:
            "More chunks raise recall but can crowd out the answer and dilute attention; a budget keeps room for the response.",
        },
        {
          decision: "RAG versus fine-tuning",
          options: ["RAG", "Fine-tuning"],
          tradeOff:
            "Fine-tuning suits teaching style, format or a fixed skill; RAG suits knowledge that changes often or must be cited.",
        },
      ],
      keyPoints: [
        "RAG grounds responses in retrieved authoritative data, reducing hallucination, keeping answers current and enabling citations",
        "Two phases: ingestion (parse, clean, chunk, embed, store with metadata) and query-time retrieval plus generation",
        "A re-ranking stage to correct noisy vector-similarity ordering",
        "Hybrid retrieval for acronym- and identifier-heavy enterprise content",
        "Context budgeting and instructions to answer from context and admit when the answer is not there",
        "Source attribution so users can check answers",
        "Retrieval quality and answer faithfulness evaluated separately, from the start",
      ],
      followUps: [
        {
          question: "The system returns wrong answers. How do you debug it?",
          goodAnswer:
            "Start by inspecting what was retrieved. If the relevant chunks are missing, the fault is in retrieval; if they were there and the answer is still wrong, the fault is in generation. Isolating the failing half tells you what to fix.",
        },
        {
          question: "How would you measure retrieval separately from the quality of the final answer?",
          goodAnswer:
            "Use precision and recall against chunks known to be relevant for the retriever, and a separate faithfulness score for whether the answer stays true to the retrieved text, so neither component can mask problems in the other.",
        },
        {
          question: "When would you fine-tune instead of using RAG?",
          goodAnswer:
            "When the goal is a style, an output format or a stable skill, not supplying facts that change. Knowledge that updates often or must carry citations belongs in RAG.",
        },
      ],
      signals: [
        "Decomposes the system into clear stages and names where each one fails",
        "Talks about failure modes, not only the happy path",
        "Separates retrieval failures from generation failures when debugging and evaluating",
        "Justifies each added component (re-ranker, hybrid search, budgeting) with the problem it solves",
      ],
      redFlags: [
        "Presents RAG as 'just search plus a prompt'",
        "Skips re-ranking and evaluation",
        "Cannot tell retrieval failures apart from generation failures when debugging",
      ],
      metrics: [
        "Retrieval precision and recall against known-relevant chunks",
        "Answer faithfulness to the retrieved context",
        "Rate of correct 'I don't know' answers when the context lacks the answer",
        "Citation coverage (answers with verifiable sources)",
      ],
      takeaway:
        "Strong RAG answers treat retrieval quality and generation quality as separate things and evaluate both.",
    },
    phases: [
      {
        key: "clarify",
        title: "Clarify",
        minutes: 3,
        goal: "Users, content types, freshness and accuracy expectations.",
      },
      {
        key: "core-answer",
        title: "Core design",
        minutes: 8,
        goal: "Ingestion and retrieval-plus-generation pipeline with defended decisions.",
      },
      {
        key: "deep-dive",
        title: "Deep dive",
        minutes: 5,
        goal: "Re-ranking, hybrid retrieval, context budgeting, evaluation and failure modes.",
      },
      {
        key: "follow-ups",
        title: "Follow-ups",
        minutes: 4,
        goal: "Debugging wrong answers, separate retrieval evaluation, RAG versus fine-tuning.",
      },
    ],
    rubric: "concept-question",
  },
];

export const rubrics: RubricTemplateDefinition[] = [];
