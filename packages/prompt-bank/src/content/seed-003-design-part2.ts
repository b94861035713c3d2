import type { PromptDefinition, RubricTemplateDefinition } from "../schema";

// Seed 003, section 6 (ML model design): the search family,
// {consumer, enterprise} x {open-domain, closed-domain} x {conversational, one-off}.

type Phases = PromptDefinition["phases"];

function modelDesignPhases(
  minutes: 45 | 60,
  goals: { framing: string; highLevel: string; stepByStep: string; deepDives: string },
): Phases {
  const m: [number, number, number, number] = minutes === 60 ? [10, 10, 25, 15] : [7, 8, 18, 12];
  return [
    { key: "problem-framing", title: "Problem framing", minutes: m[0], goal: goals.framing },
    { key: "high-level-design", title: "High-level design", minutes: m[1], goal: goals.highLevel },
    { key: "step-by-step-design", title: "Step-by-step design", minutes: m[2], goal: goals.stepByStep },
    { key: "deep-dives", title: "Deep dives", minutes: m[3], goal: goals.deepDives },
  ];
}

const SEED = "003_9a4b8795634bde49" as const;

export const prompts: PromptDefinition[] = [
  // ---------------------------------------------------------------- consumer x open x conversational
  {
    slug: "model-design-conversational-answer-engine",
    title: "Design a conversational AI answer engine over the web",
    kind: "MODEL_DESIGN",
    roundType: "ml-model-design",
    company: "Perplexity",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      "family-search-consumer-open-conversational",
      "search",
      "conversational-search",
      "rag",
      "web-search",
      "reranking",
      "llm",
    ],
    source: {
      seed: SEED,
      ref: "Section 6: ML Model Design - Search (consumer x open-domain x conversational)",
    },
    brief: {
      summary:
        "Design an answer engine where consumers ask anything in natural language, get a synthesized answer with cited web sources, and can keep asking follow-up questions in the same thread.",
      context:
        "Users ask factual, how-to, comparison and news questions; follow-ups often depend on earlier turns ('what about for kids?'). Answers must cite the pages they rely on. The product competes on answer quality and speed.",
      requirements: [
        "Clarify the UI, the types of questions, freshness expectations and latency targets.",
        "Define business objectives and the ML objectives for each component.",
        "Lay out the online path for one conversational turn and the offline path.",
        "Design query handling across turns, retrieval, ranking of sources and answer generation: objectives, data, features, models, losses.",
        "Explain how you evaluate answer quality offline and online.",
      ],
      constraints: [
        "Consumer scale: millions of questions a day with sharp traffic peaks around news.",
        "The first tokens of the answer should appear within a couple of seconds.",
        "Open domain: any topic on the web, including events from the last hour.",
      ],
      deliverable:
        "A design for one turn end to end plus the offline loops, then deep dives chosen by the interviewer.",
    },
    guide: {
      overview:
        "Search is question answering: the system must find relevant evidence for an information need, then a conversational layer rewrites each turn in context, retrieves from a web index (lexical plus dense), re-ranks passages with a cross-encoder, and asks an LLM to answer with citations. Consumer traffic makes cost and caching central; open domain makes freshness and source quality central.",
      whyAsked:
        "Probes whether the candidate understands how search differs from feed (relevance to an information need is mandatory), how conversational search changes query formulation, and how to evaluate generated answers, not just ranked lists.",
      referenceSteps: [
        {
          title: "Problem framing",
          detail:
            "Chat UI with streamed answer and numbered citations, suggested follow-ups. Question types: factual, navigational, how-to, comparison, fresh news. Business goals: answer satisfaction, return usage, low cost per query; avoid hallucinated or unsupported claims, unsafe answers, stale facts. ML objectives: per-stage relevance (recall of useful pages, precision of top passages) and a generation objective of grounded, helpful answers.",
        },
        {
          title: "High-level design",
          detail:
            "Online: request to API gateway (auth, rate limiting) to conversation state to query rewriter (standalone query plus sub-queries) to retrieval (inverted index plus ANN over passages, and a fresh news index) to L1 (cheap scoring, dedupe by domain) to L2 (cross-encoder reranker) to LLM answer generation with citations to safety filter, with logging of turns, clicks on citations and feedback. Offline: crawling and indexing with freshness tiers, passage chunking and embedding, training data from logs and raters, model training, evaluation sets.",
        },
        {
          title: "Turn rewriting and planning",
          detail:
            "A small LLM rewrites the latest turn into a self-contained query using history, decides whether retrieval is needed, and decomposes comparisons into sub-queries. Train on logged conversations with rewrites labelled by a large LLM teacher; evaluate by downstream retrieval recall.",
        },
        {
          title: "Retrieval and L1",
          detail:
            "Billions of pages to thousands of passages, optimize recall: BM25 for exact terms and entities, dense two-tower retrieval for paraphrases, freshness-boosted news source. L1 combines lexical score, dense score, page quality and freshness with a light model (GBDT) trained to keep passages the reranker would rank top.",
        },
        {
          title: "L2 reranking",
          detail:
            "Cross-encoder scoring (query, passage) relevance, trained with pairwise or listwise loss on graded relevance labels from human raters and LLM judges, plus signals like citation clicks. Select top passages with diversity across sources.",
        },
        {
          title: "Answer generation",
          detail:
            "LLM prompted with ranked passages, instructed to cite and to say when evidence is insufficient; fine-tune for citation faithfulness with preference data; post-check that each claim maps to a cited passage. Stream tokens to hit latency.",
        },
        {
          title: "Deep dives",
          detail:
            "Freshness (tiered crawl, news index), position bias in the context window and in citation clicks, hallucination detection, caching popular questions, cost per query, evaluation with LLM judges calibrated against human raters.",
        },
      ],
      keyDecisions: [
        {
          decision: "Own index vs third-party search API",
          options: ["own crawl and index", "call a web search API", "hybrid with own index for head domains"],
          tradeOff:
            "Own index gives control over ranking, chunking and latency but is a massive investment; an API is fast to build but limits relevance tuning and adds cost per call.",
        },
        {
          decision: "Reranker loss",
          options: ["pointwise", "pairwise", "listwise"],
          tradeOff:
            "Search cares about order, so pairwise or listwise losses usually beat pointwise; pointwise is simpler and easier to calibrate when thresholds (e.g. 'not enough evidence') are needed.",
        },
        {
          decision: "Clarify vs answer",
          options: ["always answer with best guess", "ask a clarifying question when ambiguous"],
          tradeOff:
            "Clarifying improves precision for ambiguous queries but adds a turn; answering immediately with a note on interpretation is usually better for consumer UX unless ambiguity is high.",
        },
      ],
      keyPoints: [
        "Treats the problem as question answering where relevance is a hard requirement, unlike feed.",
        "Rewrites follow-up turns into standalone queries before retrieval.",
        "Uses hybrid lexical plus dense retrieval and a cross-encoder reranker with pairwise or listwise loss.",
        "Grounds generation in retrieved passages with citations and an abstain path.",
        "Addresses freshness with a separate index tier.",
        "Evaluates both ranking quality and answer quality.",
      ],
      followUps: [
        {
          question: "How do you get training labels for the reranker?",
          goodAnswer:
            "Graded human relevance labels for a core set, LLM-judge labels at scale calibrated against the human set, and weak signals such as citation clicks corrected for position; train with pairwise or listwise loss.",
        },
        {
          question: "How do you know answers are improving?",
          goodAnswer:
            "Offline: held-out question sets scored for correctness, citation precision (claims supported by cited text) and completeness by calibrated LLM judges and humans; online: thumbs up or down, follow-up reformulations, copy and share rates, return usage, A/B tests.",
        },
        {
          question: "Cost per query is too high. What do you change?",
          goodAnswer:
            "Cache answers for popular and recent questions, route easy questions to smaller models, reduce passages in context with better reranking, and skip retrieval when the rewriter decides it is unnecessary.",
        },
      ],
      signals: [
        "Talks about the information need and evidence, not engagement.",
        "Designs each stage with an explicit objective and label source.",
        "Considers cost and latency under consumer traffic.",
      ],
      redFlags: [
        "Sends the raw follow-up turn to retrieval.",
        "Relies on the LLM's own knowledge with no grounding for fresh facts.",
        "Only pointwise relevance with no thought about order.",
        "No evaluation plan for generated answers.",
      ],
      metrics: [
        "Retrieval and ranking: recall@k, NDCG@k, MRR on rated sets.",
        "Answer: correctness, citation precision and recall, unsupported-claim rate, abstention quality.",
        "Online: satisfaction votes, reformulation rate, session success, time to first token, cost per query.",
      ],
      takeaway:
        "Conversational open-domain search is retrieval and ranking done right, wrapped by turn rewriting and grounded generation; evaluation must cover both evidence and answer.",
    },
    phases: modelDesignPhases(60, {
      framing: "Clarify question types, freshness and latency; define answer-quality and cost objectives.",
      highLevel:
        "One turn end to end: rewrite, retrieve, rank, generate, log; offline crawl, index and training.",
      stepByStep: "Turn rewriting, hybrid retrieval, L1, cross-encoder L2 and grounded generation.",
      deepDives: "Freshness, hallucination, position bias, evaluation with judges, cost and caching.",
    }),
    rubric: "ml-model-design",
  },

  // ---------------------------------------------------------------- consumer x open x one-off
  {
    slug: "model-design-web-search-ranking",
    title: "Design ranking for a general web search engine",
    kind: "MODEL_DESIGN",
    roundType: "ml-model-design",
    company: "Google",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      "family-search-consumer-open-oneoff",
      "search",
      "web-search",
      "learning-to-rank",
      "position-bias",
      "query-understanding",
    ],
    source: { seed: SEED, ref: "Section 6: ML Model Design - Search (consumer x open-domain x one-off)" },
    brief: {
      summary:
        "Design the retrieval and ranking models of a general web search engine that returns a ranked list of pages for any query.",
      context:
        "Users type a query and get a page of ten results; if unhappy they reformulate and search again. Queries range from navigational ('bank login') to informational ('why is the sky blue') to fresh ('election results'). Crawling infrastructure exists; focus on the ML.",
      requirements: [
        "Clarify query types, result page, corpus size and latency.",
        "Define business and ML objectives.",
        "Describe the online and offline paths.",
        "Design retrieval, L1 and L2 ranking: objectives, training data and labels, features, models, losses.",
        "Explain offline and online evaluation.",
      ],
      constraints: [
        "Assume tens of billions of indexed pages and very high query volume.",
        "Results must return in a few hundred milliseconds.",
        "Spam and low-quality pages are common.",
      ],
      deliverable: "A design for the ranking stack with a stage-by-stage model spec, then deep dives.",
    },
    guide: {
      overview:
        "Web search returns ranked documents for an information need. Query understanding feeds a sharded inverted index plus dense retrieval; L1 scores thousands of candidates with cheap features; L2 applies a learning-to-rank model (and cross-encoders on the top) trained on graded human relevance ratings and debiased click logs with pairwise or listwise losses.",
      whyAsked:
        "The canonical search problem: tests relevance labelling, position bias in clicks, learning-to-rank losses and the difference between feed-style engagement optimization and search relevance.",
      referenceSteps: [
        {
          title: "Problem framing",
          detail:
            "One-off interaction: query in, ten ranked results out, reformulation if unsatisfied. Business goals: users find what they need quickly (satisfied sessions), trust and return usage; negatives: abandonment, pogo-sticking (click then immediate return), spam in results. ML objective: rank documents by relevance and quality for the query, measured with graded labels.",
        },
        {
          title: "High-level design",
          detail:
            "Online: gateway to query understanding (spell correction, intent, entities, freshness need) to retrieval over sharded inverted index and ANN index to L1 to L2 to result blending (news, images) to logging of impressions, clicks and dwell. Offline: crawl and indexing (inverted index, forward index with document features, embeddings), static quality scores (link-based authority, spam classifiers), rater programs, click-log processing, model training.",
        },
        {
          title: "Retrieval",
          detail:
            "Billions to thousands, optimize recall: term matching with BM25 on title, body, anchor text; dense two-tower retrieval for semantic matches; restrict to documents passing spam and quality thresholds.",
        },
        {
          title: "L1 ranking",
          detail:
            "Thousands to hundreds: a light GBDT or small DNN on cheap features (BM25 scores per field, static quality, freshness, URL features) trained to keep what L2 ranks top (distillation from L2 plus rated data).",
        },
        {
          title: "L2 ranking",
          detail:
            "Hundreds to dozens: learning-to-rank model with rich features (query-document match across fields, dense similarity, cross-encoder score for the top candidates, document quality, freshness, click-derived aggregates, user locale) trained with pairwise or listwise loss (LambdaRank-style) to optimize NDCG. Labels: graded human relevance ratings as ground truth plus debiased clicks for scale.",
        },
        {
          title: "Deep dives",
          detail:
            "Position bias in click labels (estimate propensities with result randomization or intervention harvesting, use inverse propensity weighting), freshness-seeking queries, spam and adversarial SEO, scaling via index sharding, caching for head queries, and replication.",
        },
      ],
      keyDecisions: [
        {
          decision: "Label source",
          options: ["human graded ratings", "raw clicks", "debiased clicks", "LLM relevance judgements"],
          tradeOff:
            "Ratings are reliable but expensive and slow; raw clicks are abundant but biased by position and presentation; debiasing recovers relevance signal; LLM judges scale ratings but need calibration to humans.",
        },
        {
          decision: "Ranking loss",
          options: ["pointwise regression on grades", "pairwise", "listwise (NDCG-aware)"],
          tradeOff:
            "Search optimizes order, so pairwise or listwise usually wins on NDCG; pointwise is simpler and gives calibrated scores when blending with other verticals.",
        },
        {
          decision: "Where to spend expensive models",
          options: ["cross-encoder on all candidates", "cross-encoder only on L2 top"],
          tradeOff:
            "Cross-encoders are most accurate but cost grows linearly with candidates; restricting to the top few dozen keeps latency.",
        },
      ],
      keyPoints: [
        "States that search is relevance to an information need, not a guess about what users might like.",
        "Uses hybrid lexical and dense retrieval with quality and spam filtering.",
        "Uses pairwise or listwise losses and NDCG-style metrics.",
        "Knows clicks are position-biased and how to debias.",
        "Uses human ratings as the ground truth for evaluation.",
        "Handles freshness-seeking queries differently.",
      ],
      followUps: [
        {
          question: "How do you estimate position bias?",
          goodAnswer:
            "Randomize or swap results for a small slice of traffic (or harvest natural swaps across rankers) to estimate click propensity per position, then weight clicks by inverse propensity in the loss; validate on rated data.",
        },
        {
          question: "How would you handle 'election results' vs 'photosynthesis'?",
          goodAnswer:
            "Query understanding predicts freshness need; fresh queries boost recency features, pull from a frequently updated news index and use real-time signals; evergreen queries weight authority and quality.",
        },
        {
          question: "What online metrics tell you a ranking change is better?",
          goodAnswer:
            "Interleaving for sensitive comparison, then A/B tests on session success, long clicks, abandonment and reformulation rate, time to success, with guardrails on latency.",
        },
      ],
      signals: [
        "Clear separation of relevance labels vs engagement signals.",
        "Fluent in learning-to-rank and bias correction.",
        "Thinks about spam and quality as part of ranking.",
      ],
      redFlags: [
        "Optimizes CTR as if this were a feed.",
        "Trains on raw clicks without addressing position bias.",
        "Runs a cross-encoder over billions of documents.",
        "No human evaluation program.",
      ],
      metrics: [
        "Offline: NDCG@10, MRR, precision@k on graded rated sets; recall@k for retrieval.",
        "Online: session success rate, long-click rate, abandonment, reformulation rate, time to first satisfied click, latency.",
      ],
      takeaway:
        "Web search ranking is learning-to-rank on graded relevance with debiased clicks, built on a recall-oriented hybrid retrieval and evaluated on NDCG and session success.",
    },
    phases: modelDesignPhases(60, {
      framing: "Clarify query types and result page; define relevance and satisfaction objectives.",
      highLevel:
        "Query understanding, sharded retrieval, L1, L2, blending and logging; offline indexing and labels.",
      stepByStep: "Hybrid retrieval, L1 distillation, L2 learning-to-rank with labels, features and losses.",
      deepDives: "Position bias, freshness, spam, scaling and caching.",
    }),
    rubric: "ml-model-design",
  },

  // ---------------------------------------------------------------- consumer x closed x conversational
  {
    slug: "model-design-conversational-shopping-assistant",
    title: "Design a conversational shopping assistant for an e-commerce catalog",
    kind: "MODEL_DESIGN",
    roundType: "ml-model-design",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      "family-search-consumer-closed-conversational",
      "search",
      "conversational-search",
      "e-commerce",
      "product-search",
      "slot-filling",
      "rag",
    ],
    source: {
      seed: SEED,
      ref: "Section 6: ML Model Design - Search (consumer x closed-domain x conversational)",
    },
    brief: {
      summary:
        "Design a chat-based shopping assistant inside an e-commerce app that helps shoppers find products from the platform's own catalog through back-and-forth conversation.",
      context:
        "Shoppers write things like 'running shoes for flat feet under 120 dollars', then refine ('only waterproof', 'compare the top two'). The assistant can only recommend products sold on the platform and must show real prices, availability and attributes.",
      requirements: [
        "Clarify the conversation flows, what the assistant can do, catalog size and latency.",
        "Define business and ML objectives.",
        "Lay out the online path for a turn and the offline path.",
        "Design constraint extraction, retrieval, ranking and response generation: objectives, data, features, models, losses.",
        "Explain how you evaluate the assistant offline and online.",
      ],
      constraints: [
        "Assume hundreds of millions of products with structured attributes and reviews.",
        "Consumer-scale traffic; each turn should start responding within a couple of seconds.",
        "Prices and stock change throughout the day; stating a wrong price is unacceptable.",
      ],
      deliverable: "An end-to-end design for one turn plus offline loops, then deep dives.",
    },
    guide: {
      overview:
        "Closed-domain conversational search: the assistant maintains a structured state of the shopper's needs across turns (category, attributes, budget), retrieves from the catalog with structured filters plus semantic retrieval, ranks by relevance and purchase likelihood, and generates replies grounded in catalog data and reviews, asking clarifying questions when the need is under-specified.",
      whyAsked:
        "Contrasts with open-domain: everything must exist in the catalog, so the emphasis is on mapping language to structured constraints, grounding facts (price, stock) in live data, and optimizing conversion without hallucination.",
      referenceSteps: [
        {
          title: "Problem framing",
          detail:
            "Flows: discovery, refinement, comparison, question about a product. Business goals: conversion and basket value, shopper satisfaction and return usage; negatives: wrong attributes or prices, irrelevant suggestions, returns. ML objectives: correct constraint extraction, relevant and purchasable products ranked high, grounded replies, good clarifying-question policy.",
        },
        {
          title: "High-level design",
          detail:
            "Online: gateway to dialogue state tracker (LLM extracts and updates slots: category, attributes, budget, exclusions) to retrieval (structured filter over attribute index plus ANN on product embeddings) to L1 to L2 to response generator (LLM with product cards, live price and stock fetched from catalog services) to logging. Offline: attribute extraction from listings and reviews, product embeddings, training data from conversations and downstream purchases, model training.",
        },
        {
          title: "State tracking and clarification",
          detail:
            "LLM-based slot filling conditioned on history, mapped to the catalog's attribute schema (e.g. 'flat feet' to stability or motion-control shoes). A policy decides to clarify when the candidate set is too broad or slots conflict. Labels from annotated conversations and a large LLM teacher; measure slot accuracy.",
        },
        {
          title: "Retrieval, L1 and L2",
          detail:
            "Hard constraints (price, size, in stock) as filters; soft needs via two-tower semantic retrieval. L1: light model keeps what L2 would rank top. L2: multi-task model predicting relevance to the stated need (trained on human or LLM graded labels with pairwise or listwise loss) and pClick or pPurchase from logs; combine with business rules.",
        },
        {
          title: "Response generation",
          detail:
            "LLM writes the reply using only structured fields and review snippets passed in; prices and stock are rendered from live data rather than generated text; comparison tables built from attributes. Post-check factual fields against the catalog.",
        },
        {
          title: "Deep dives",
          detail:
            "Grounding and hallucination control, multi-turn evaluation, position bias in product cards, cold start for new products (content embeddings), latency of LLM calls, sponsored products in conversational results.",
        },
      ],
      keyDecisions: [
        {
          decision: "Representing the shopper's need",
          options: [
            "concatenate chat history as query",
            "structured dialogue state plus free-text remainder",
          ],
          tradeOff:
            "Raw history is simple but retrieval drifts and constraints get lost; structured state enables exact filters and clarification logic at the cost of schema mapping work.",
        },
        {
          decision: "Ranking objective",
          options: ["relevance to stated need", "pPurchase", "blend"],
          tradeOff:
            "Pure pPurchase may ignore explicit constraints; pure relevance ignores what actually sells; blending with constraint satisfaction as a hard filter works best.",
        },
        {
          decision: "Where facts come from",
          options: ["LLM generates product facts", "facts rendered from catalog data"],
          tradeOff:
            "Generated facts read naturally but can be wrong; rendering price and stock from live data removes the most harmful errors.",
        },
      ],
      keyPoints: [
        "Maps natural language to the catalog's structured attributes and keeps state across turns.",
        "Uses hard filters for constraints and semantic retrieval for soft needs.",
        "Ranks by relevance to the stated need plus conversion likelihood.",
        "Grounds every product fact in live catalog data.",
        "Has a clarifying-question policy.",
      ],
      followUps: [
        {
          question: "The shopper says 'cheaper' three turns later. What happens?",
          goodAnswer:
            "The state tracker updates the budget slot relative to the current result set's price range, re-runs retrieval with the new filter, and confirms the new range in the reply.",
        },
        {
          question: "How do you evaluate a multi-turn assistant offline?",
          goodAnswer:
            "Replay logged or simulated conversations, measure slot accuracy, constraint satisfaction of returned products, NDCG against graded labels, and grounding errors; calibrate LLM judges against human raters; then A/B on conversion and satisfaction.",
        },
      ],
      signals: [
        "Understands closed-domain means 'only what exists here' and designs for it.",
        "Separates hard constraints from soft preferences.",
        "Treats factual correctness as a hard requirement.",
      ],
      redFlags: [
        "Lets the LLM invent products or prices.",
        "Ignores stock and price freshness.",
        "No plan to evaluate multi-turn behaviour.",
      ],
      metrics: [
        "Offline: slot extraction accuracy, constraint satisfaction rate, NDCG@k, grounding error rate.",
        "Online: conversion per conversation, turns to purchase, add-to-cart rate, return rate, satisfaction votes.",
      ],
      takeaway:
        "A closed-domain assistant wins by turning conversation into precise structured constraints, ranking purchasable products well, and never inventing catalog facts.",
    },
    phases: modelDesignPhases(60, {
      framing: "Clarify flows and catalog; define conversion and correctness objectives.",
      highLevel:
        "State tracking, retrieval with filters, ranking, grounded response; offline catalog and training loops.",
      stepByStep: "Slot filling and clarification, retrieval, L1 and L2, response generation.",
      deepDives: "Grounding, multi-turn evaluation, cold start, latency, sponsored results.",
    }),
    rubric: "ml-model-design",
  },

  // ---------------------------------------------------------------- consumer x closed x one-off
  {
    slug: "model-design-food-delivery-search",
    title: "Design search ranking for a food delivery app",
    kind: "MODEL_DESIGN",
    roundType: "ml-model-design",
    company: "Uber Eats",
    difficulty: "MEDIUM",
    minutes: 45,
    tags: [
      "family-search-consumer-closed-oneoff",
      "search",
      "e-commerce",
      "local-search",
      "learning-to-rank",
      "hybrid-retrieval",
    ],
    source: { seed: SEED, ref: "Section 6: ML Model Design - Search (consumer x closed-domain x one-off)" },
    brief: {
      summary:
        "Design the search ranking for a food delivery app: a user types a query and gets a ranked list of restaurants and dishes that can deliver to them now.",
      context:
        "Queries include restaurant names, dishes, cuisines and attributes ('pho', 'sushi', 'halal', 'mcdonalds'). Results are limited to stores within delivery range that are currently open. Users then browse a store menu and may place an order.",
      requirements: [
        "Clarify query types, result layout, corpus per location and latency.",
        "Define business and ML objectives.",
        "Describe online and offline paths.",
        "Design retrieval, L1 and L2: objectives, training data, features, models, losses.",
        "Explain evaluation offline and online.",
      ],
      constraints: [
        "Assume millions of stores globally but only hundreds to a few thousand deliverable per user.",
        "High traffic around meal times; results within a couple of hundred milliseconds.",
        "Store availability and delivery time change minute by minute.",
      ],
      deliverable: "A stage-by-stage design with model specs, then deep dives.",
    },
    guide: {
      overview:
        "Closed-domain, one-off search with a strong geo constraint. Retrieval combines lexical matching on store, menu and cuisine fields with embedding retrieval, restricted to deliverable and open stores; ranking blends relevance with pOrder and delivery experience (ETA, fee), trained on search logs with order labels.",
      whyAsked:
        "Tests adapting search to a local marketplace: geo filtering, real-time availability, relevance vs conversion, and typo-heavy short queries.",
      referenceSteps: [
        {
          title: "Problem framing",
          detail:
            "Query types: store name (navigational), dish, cuisine, attribute. Business goals: orders from search, user satisfaction with delivery; merchant fairness; negatives: null results, irrelevant or closed stores, long ETAs. ML objective: rank deliverable stores and dishes by relevance and pOrder.",
        },
        {
          title: "High-level design",
          detail:
            "Online: gateway to query understanding (spell correction, intent) to retrieval over a geo-sharded index (inverted index on names, menus, cuisines plus ANN over store and dish embeddings) with filters for delivery range and open status to L1 to L2 to logging. Offline: menu and store feature processing, real-time features (ETA, prep time, busyness) via streaming, training data from search sessions, training, index builds per region.",
        },
        {
          title: "Retrieval and L1",
          detail:
            "Hybrid lexical plus dense retrieval for recall (dense catches 'noodle soup' for pho), geo and availability filters first to shrink the corpus. L1: light model on text match, distance, popularity, keeping L2's likely top results.",
        },
        {
          title: "L2",
          detail:
            "Multi-task model: relevance (graded labels from raters or an LLM judge), pClick and pOrder (from logs), optionally predicted satisfaction (no cancellation, good rating). Features: query-store and query-dish text match, embedding similarity, intent match, ETA and fee, store rating and popularity, user's past orders and cuisine affinity, time of day. Pairwise or listwise loss for the relevance-ordered part; pointwise for calibrated pOrder used in blending.",
        },
        {
          title: "Deep dives",
          detail:
            "Navigational queries must put the exact store first; position bias in click logs; new restaurants with no orders; peak-hour scaling with caching of head query results per region; embedding versioning across query and item towers.",
        },
      ],
      keyDecisions: [
        {
          decision: "Relevance vs conversion",
          options: ["rank by pOrder", "rank by relevance", "relevance gate then pOrder"],
          tradeOff:
            "pOrder alone surfaces popular but off-query stores (the burger place for 'sushi'); relevance alone ignores ETA and quality; gating by relevance then ordering by conversion and delivery experience keeps search honest.",
        },
        {
          decision: "Index partitioning",
          options: ["global index with geo filter", "geo-sharded indexes"],
          tradeOff:
            "Global is simpler but wastes work filtering; geo sharding cuts latency and fits locality but needs handling at shard borders.",
        },
      ],
      keyPoints: [
        "Applies delivery-range and open-now filters at retrieval.",
        "Uses hybrid retrieval over stores and dishes.",
        "Separates relevance from conversion and combines them deliberately.",
        "Uses real-time features such as ETA and busyness.",
        "Handles navigational queries and typos.",
      ],
      followUps: [
        {
          question: "A user searches 'pizza' at 2am. Few stores are open. What do you show?",
          goodAnswer:
            "Only open, deliverable stores; if few, relax distance or show scheduled-order options clearly labelled; never show closed stores as orderable; track null and low-result rates by hour.",
        },
        {
          question: "How do you handle a brand-new restaurant?",
          goodAnswer:
            "Content features from menu and cuisine embeddings, priors from similar stores, an exploration boost with guardrails on ratings, and fast streaming updates once orders arrive.",
        },
      ],
      signals: [
        "Designs for locality and real-time constraints.",
        "Distinguishes search relevance from feed-style engagement.",
      ],
      redFlags: [
        "Ignores delivery range or opening hours.",
        "Ranks purely by popularity.",
        "No typo handling for short queries.",
      ],
      metrics: [
        "Offline: NDCG@k on graded labels, recall@k of ordered stores, MRR for navigational queries.",
        "Online: search conversion rate, null-result rate, reformulation rate, time to order, ETA of ordered results.",
      ],
      takeaway:
        "Food delivery search is relevance first, then conversion and delivery experience, all within strict geo and availability constraints.",
    },
    phases: modelDesignPhases(45, {
      framing: "Clarify query types and locality; define conversion and relevance objectives.",
      highLevel:
        "Query understanding, geo-filtered hybrid retrieval, L1, L2, logging; offline features and indexes.",
      stepByStep: "Retrieval, L1 and multi-task L2 with features and losses.",
      deepDives: "Navigational queries, position bias, new restaurants, peak-hour scaling.",
    }),
    rubric: "ml-model-design",
  },

  // ---------------------------------------------------------------- enterprise x open x conversational
  {
    slug: "model-design-workplace-ai-assistant",
    title: "Design a permission-aware workplace AI assistant over all company knowledge",
    kind: "MODEL_DESIGN",
    roundType: "ml-model-design",
    company: "Glean",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      "family-search-enterprise-open-conversational",
      "search",
      "enterprise-search",
      "conversational-search",
      "rag",
      "permissions",
      "multi-tenant",
    ],
    source: {
      seed: SEED,
      ref: "Section 6: ML Model Design - Search (enterprise x open-domain x conversational)",
    },
    brief: {
      summary:
        "Design a chat assistant for employees that answers any work question by searching across all of their company's connected apps (docs, wiki, chat, email, tickets, code) and general knowledge, with citations.",
      context:
        "The product is sold to many companies. Each customer connects dozens of SaaS apps. Employees ask questions like 'what did we decide about the Q3 launch date?' or 'who owns the billing service?' and follow up in the same thread. Each document has its own access permissions.",
      requirements: [
        "Clarify sources, question types, permission model and latency.",
        "Define business and ML objectives.",
        "Lay out the online path for a turn and the offline indexing and training paths.",
        "Design query handling, retrieval, ranking and answer generation: objectives, data, features, models, losses.",
        "Explain evaluation when customers' data cannot be freely inspected.",
      ],
      constraints: [
        "A user must never see content they are not permitted to access, including inside generated answers.",
        "Per-customer corpora range from thousands to hundreds of millions of documents.",
        "Customer data cannot be pooled to train cross-customer content models without agreement.",
      ],
      deliverable: "An end-to-end design of a turn and the offline loops, then deep dives.",
    },
    guide: {
      overview:
        "Enterprise search has far less traffic than consumer search but must be strictly permission-aware. The assistant rewrites turns, retrieves from a per-tenant hybrid index with ACL filtering, ranks with signals unique to the workplace (recency, authorship, collaboration graph, document activity), and generates cited answers only from passages the user may read; evaluation leans on LLM judges and small per-tenant labelled sets.",
      whyAsked:
        "Tests the seed's key distinction: who is asking. Enterprise search changes the hard constraints (permissions, tenant isolation, privacy of training data) and the available signals (little click data per tenant, rich org graph).",
      referenceSteps: [
        {
          title: "Problem framing",
          detail:
            "Sources: docs, wiki, chat, email, tickets, code, people directory. Question types: fact lookup in internal docs, decisions and status, ownership and expertise ('who knows X'), general knowledge. Business goals: time saved, weekly active usage, answer trust; never leak restricted content. ML objectives: retrieval recall and ranking precision per tenant, grounded answers with citations, correct abstention.",
        },
        {
          title: "High-level design",
          detail:
            "Offline: connectors crawl each app and sync permissions (ACLs, group memberships) incrementally; chunk, embed and index per tenant (inverted index, ANN, forward index with metadata and ACLs); build an org knowledge graph (people, teams, documents, interactions). Online: gateway (auth, tenant routing) to turn rewriter to retrieval with ACL filter to L1 to L2 to LLM answer with citations, optional web or general-knowledge path, logging.",
        },
        {
          title: "Retrieval with permissions",
          detail:
            "Hybrid lexical plus dense retrieval per tenant; enforce ACLs early by filtering on the user's principal set inside the index (early binding) so top k is not emptied by later removal, and re-check at fetch time against the source (late binding) for freshly revoked access.",
        },
        {
          title: "Ranking",
          detail:
            "L1: light model on text scores, recency and document popularity. L2: cross-encoder relevance plus workplace features (author is a close collaborator, doc recently viewed or edited by the user's team, authoritative source type, freshness), trained with pairwise or listwise loss on tenant-agnostic features so one model can learn across customers without exchanging content; optional per-tenant calibration.",
        },
        {
          title: "Answer generation",
          detail:
            "LLM answers only from passages the user is allowed to read, cites them, and says when internal sources are insufficient; separate clearly between company knowledge and general knowledge. Conflicting documents resolved by recency and authority, surfaced to the user.",
        },
        {
          title: "Deep dives",
          detail:
            "Permission sync lag, evaluation without inspecting data (synthetic questions generated from documents, LLM judges, customer feedback), cold start for new tenants, freshness of fast-moving sources like chat, tenant isolation in caches and logs.",
        },
      ],
      keyDecisions: [
        {
          decision: "Where to enforce permissions",
          options: ["post-filter after ranking", "filter inside retrieval", "both with a fetch-time check"],
          tradeOff:
            "Post-filtering is simple but can remove most results and risks leaks through caching or generation; in-index filtering is safe and efficient but needs ACL sync; a final source check covers revocations.",
        },
        {
          decision: "Cross-tenant learning",
          options: [
            "one model per tenant",
            "global model on tenant-agnostic features",
            "global model plus per-tenant adaptation",
          ],
          tradeOff:
            "Per-tenant models lack data; a global model on features like recency and collaboration proximity learns across customers without content sharing; per-tenant adaptation helps large tenants.",
        },
      ],
      keyPoints: [
        "Makes permission-awareness a hard constraint at retrieval and in generation.",
        "Uses enterprise-specific signals: org graph, authorship, activity, recency.",
        "Rewrites conversational turns before retrieval.",
        "Addresses sparse per-tenant feedback and data-privacy constraints on training.",
        "Grounded, cited answers with abstention.",
      ],
      followUps: [
        {
          question: "Access to a document is revoked. How fast does the assistant respect it?",
          goodAnswer:
            "Incremental permission sync from connectors updates the index ACLs; a fetch-time check against the source closes the gap; caches keyed by user or principal set, never shared across users with different access.",
        },
        {
          question: "How do you evaluate quality for a customer you cannot inspect?",
          goodAnswer:
            "Generate synthetic question-answer pairs from their documents inside their environment, score with LLM judges validated on internal data, track feedback, citation clicks and reformulations, and run per-tenant A/B tests.",
        },
      ],
      signals: [
        "Treats security as design, not an afterthought.",
        "Knows enterprise traffic is small and adapts learning strategy.",
        "Uses the workplace graph creatively.",
      ],
      redFlags: [
        "Post-filters permissions after generation.",
        "Trains one shared model on all customers' raw content without consent.",
        "Assumes consumer-scale click data per tenant.",
        "Caches answers across users.",
      ],
      metrics: [
        "Offline: recall@k and NDCG@k on per-tenant synthetic and labelled sets, citation precision, abstention accuracy.",
        "Online: answer helpfulness votes, questions per active user, time saved, reformulation rate, zero permission violations.",
      ],
      takeaway:
        "Enterprise conversational search is RAG where permissions are non-negotiable and learning must work with sparse, private, per-tenant data.",
    },
    phases: modelDesignPhases(60, {
      framing:
        "Clarify sources, question types and permission model; define trust and productivity objectives.",
      highLevel:
        "Connectors and per-tenant indexing; online turn with ACL-aware retrieval, ranking and cited generation.",
      stepByStep:
        "Turn rewriting, permission-aware hybrid retrieval, L1 and L2 with workplace features, answer generation.",
      deepDives: "Permission sync, evaluation without data access, cross-tenant learning, freshness.",
    }),
    rubric: "ml-model-design",
  },

  // ---------------------------------------------------------------- enterprise x open x one-off
  {
    slug: "model-design-workplace-unified-search",
    title: "Design unified workplace search across a company's connected apps",
    kind: "MODEL_DESIGN",
    roundType: "ml-model-design",
    difficulty: "MEDIUM",
    minutes: 45,
    tags: [
      "family-search-enterprise-open-oneoff",
      "search",
      "enterprise-search",
      "permissions",
      "learning-to-rank",
      "federated-sources",
    ],
    source: { seed: SEED, ref: "Section 6: ML Model Design - Search (enterprise x open-domain x one-off)" },
    brief: {
      summary:
        "Design a single search box for employees that returns a ranked list of results from every connected workplace app: documents, wiki pages, tickets, chat threads, code and people.",
      context:
        "Each customer company connects its own set of apps. Queries are short and often navigational ('Q3 planning doc', 'oncall runbook payments') or about people and projects. Results must respect each source's permissions.",
      requirements: [
        "Clarify sources, result types, permission model and latency.",
        "Define business and ML objectives.",
        "Describe online and offline paths.",
        "Design retrieval, L1 and L2 ranking across heterogeneous result types: data, features, models, losses.",
        "Explain evaluation.",
      ],
      constraints: [
        "Users must never see results they cannot access.",
        "Small per-customer traffic; customers range from 50 to 100,000 employees.",
        "Sources have different schemas and update frequencies.",
      ],
      deliverable: "A stage-by-stage design, then deep dives.",
    },
    guide: {
      overview:
        "One-off enterprise search over heterogeneous sources: normalize documents into a common schema per tenant, retrieve with ACL-filtered hybrid retrieval, rank with a learning-to-rank model whose strongest features are workplace context (the user's collaborators, recency of activity, document authority), trained globally on tenant-agnostic features because per-tenant clicks are sparse.",
      whyAsked:
        "Checks enterprise-specific constraints (permissions, sparse data, heterogeneity) in a classic ranked-list setting.",
      referenceSteps: [
        {
          title: "Problem framing",
          detail:
            "Result types: documents, tickets, messages, code, people. Queries: navigational, known-item, exploratory. Business goals: time to find, weekly usage, adoption; negative: leaked content, stale results. ML objective: rank accessible items by relevance to the query and user context.",
        },
        {
          title: "High-level design",
          detail:
            "Offline: connectors with incremental sync of content and ACLs, normalization to a common schema (title, body, author, timestamps, type, ACL), per-tenant inverted and ANN indexes, activity and collaboration graph features. Online: gateway with tenant routing to query understanding to ACL-filtered retrieval to L1 to L2 to blending by result type to logging.",
        },
        {
          title: "Retrieval and L1",
          detail:
            "Lexical retrieval on titles strongly weighted for navigational queries; dense retrieval for paraphrases; people and entity matching. L1 with cheap features (title match, recency, popularity within tenant).",
        },
        {
          title: "L2",
          detail:
            "LTR model (GBDT or DNN) with pairwise or listwise loss; features: field-level text match, dense similarity, author proximity in collaboration graph, user's own past interaction with the item, team-level activity, freshness, source type prior. Labels: clicks with dwell (debiased for position) pooled across tenants, human or LLM relevance labels on synthetic queries.",
        },
        {
          title: "Deep dives",
          detail:
            "Blending heterogeneous types with calibrated scores, cold start for a new tenant (global model works from day one), ACL sync lag, freshness of chat and tickets.",
        },
      ],
      keyDecisions: [
        {
          decision: "Blending result types",
          options: ["one unified ranker", "per-type rankers then blend", "grouped sections"],
          tradeOff:
            "A unified ranker needs comparable features across types; per-type rankers fit each source but need calibrated scores to blend; sections are simple but push work to the user.",
        },
        {
          decision: "Training data across tenants",
          options: ["per-tenant models", "global model on tenant-agnostic features"],
          tradeOff:
            "Per-tenant models are private but data-starved; a global model learns general behaviour without sharing content.",
        },
      ],
      keyPoints: [
        "ACL filtering in retrieval, not after ranking.",
        "Normalizes heterogeneous sources into a common schema.",
        "Uses collaboration and activity signals as key ranking features.",
        "Pools learning across tenants via tenant-agnostic features.",
        "Recognizes navigational queries dominate.",
      ],
      followUps: [
        {
          question: "Why can't you just use BM25 like in web search?",
          goodAnswer:
            "Enterprise docs share vocabulary, titles are short and navigational, and link-based authority barely exists; context about who wrote and uses the doc matters more, so personalized workplace features carry most of the ranking signal.",
        },
        {
          question: "A new customer signs up today. How good is search on day one?",
          goodAnswer:
            "The global tenant-agnostic model and lexical retrieval work immediately after indexing; collaboration features improve as activity is ingested; calibrate per tenant once enough feedback exists.",
        },
      ],
      signals: [
        "Understands enterprise constraints end to end.",
        "Chooses features that exist in enterprises.",
      ],
      redFlags: [
        "Filters permissions after ranking or in the UI.",
        "Assumes web-style link authority and click volumes.",
        "Ignores heterogeneous result types.",
      ],
      metrics: [
        "Offline: MRR and success@1 for navigational queries, NDCG@k on labelled sets.",
        "Online: click-through with dwell, time to success, reformulation rate, weekly active searchers, zero permission violations.",
      ],
      takeaway:
        "Enterprise one-off search is relevance plus workplace context under strict permissions, with learning pooled across tenants through tenant-agnostic features.",
    },
    phases: modelDesignPhases(45, {
      framing: "Clarify sources, result types and permissions; define time-to-find objectives.",
      highLevel: "Connectors, schema normalization, per-tenant indexes; ACL-filtered online path.",
      stepByStep: "Retrieval, L1 and L2 learning-to-rank with workplace features and labels.",
      deepDives: "Blending result types, new tenants, ACL lag, freshness.",
    }),
    rubric: "ml-model-design",
  },

  // ---------------------------------------------------------------- enterprise x closed x conversational
  {
    slug: "model-design-hr-it-helpdesk-assistant",
    title: "Design an HR and IT helpdesk assistant grounded in company policies",
    kind: "MODEL_DESIGN",
    roundType: "ml-model-design",
    difficulty: "MEDIUM",
    minutes: 45,
    tags: [
      "family-search-enterprise-closed-conversational",
      "search",
      "enterprise-search",
      "conversational-search",
      "rag",
      "permissions",
      "deflection",
    ],
    source: {
      seed: SEED,
      ref: "Section 6: ML Model Design - Search (enterprise x closed-domain x conversational)",
    },
    brief: {
      summary:
        "Design a chat assistant that answers employees' HR and IT questions using only the company's policy handbook, benefits documents and IT knowledge base, and hands off to a human agent when needed.",
      context:
        "Employees ask things like 'how many days of parental leave do I get?' or 'my VPN keeps disconnecting'. Answers depend on the employee's country, role and employment type. The helpdesk team currently answers these tickets manually.",
      requirements: [
        "Clarify the knowledge sources, user attributes, actions and latency.",
        "Define business and ML objectives.",
        "Describe the online path for a turn and the offline path.",
        "Design retrieval, ranking and answer generation, plus the escalation decision.",
        "Explain evaluation.",
      ],
      constraints: [
        "Answers must come only from approved internal content; wrong policy answers have legal risk.",
        "Some documents are restricted (e.g. manager-only or region-specific).",
        "Tens of thousands of employees; a few thousand knowledge articles.",
      ],
      deliverable: "An end-to-end design for a turn and offline loops, then deep dives.",
    },
    guide: {
      overview:
        "Closed-domain, permission- and context-aware RAG over a small, curated corpus. The difficulty is not scale but precision: retrieve the policy that applies to this employee's attributes, answer only when grounded, ask clarifying questions, and escalate to humans with context when confidence is low.",
      whyAsked:
        "Shows whether the candidate adapts to a small-corpus, high-stakes setting: precision, abstention, personalization by employee attributes and human handoff matter more than recall at scale.",
      referenceSteps: [
        {
          title: "Problem framing",
          detail:
            "Sources: HR handbook per region, benefits docs, IT knowledge base and runbooks, past resolved tickets (curated). Business goals: ticket deflection (questions resolved without an agent), employee satisfaction, lower time to resolution; avoid wrong policy answers and exposing restricted docs. ML objectives: applicable-passage retrieval precision, grounded answers, calibrated escalation decisions.",
        },
        {
          title: "High-level design",
          detail:
            "Offline: ingest and chunk approved content with metadata (region, employment type, audience, effective date, ACL), embed and index; curate ticket history into Q and A pairs. Online: SSO-authenticated request with employee attributes to turn rewriter to retrieval filtered by attributes and ACL to reranker to LLM answer with citations or clarifying question to escalation classifier to ticket creation with conversation summary.",
        },
        {
          title: "Retrieval and ranking",
          detail:
            "Small corpus, so retrieve broadly (hybrid lexical plus dense) and filter by applicability metadata; cross-encoder reranker fine-tuned on helpdesk questions with graded labels from HR and IT experts and resolved tickets; pairwise loss.",
        },
        {
          title: "Answer and escalation",
          detail:
            "LLM answers only from top passages and cites the policy; if passages conflict or are missing, ask a clarifying question (e.g. country) or abstain. Escalation model predicts pResolved from reranker scores, answer confidence and topic sensitivity (e.g. harassment goes straight to a human).",
        },
        {
          title: "Deep dives",
          detail:
            "Policy versioning and effective dates, evaluation with expert-labelled question sets, feedback loop from agent resolutions into the knowledge base, sensitive topics, multilingual employees.",
        },
      ],
      keyDecisions: [
        {
          decision: "Answer or escalate",
          options: ["always answer", "threshold on confidence", "topic-based rules plus confidence"],
          tradeOff:
            "Always answering maximizes deflection but risks wrong policy advice; confidence thresholds trade deflection for accuracy; sensitive topics should route to humans regardless.",
        },
        {
          decision: "Personalization by employee attributes",
          options: ["ignore", "filter documents by metadata", "pass attributes into generation only"],
          tradeOff:
            "Filtering by applicability metadata prevents citing the wrong region's policy; relying on the LLM to pick the right section is fragile.",
        },
      ],
      keyPoints: [
        "Grounds answers only in approved content with citations.",
        "Filters by employee attributes and ACLs before ranking.",
        "Has an explicit abstain, clarify and escalate policy.",
        "Measures deflection with quality guardrails.",
        "Handles policy versions and effective dates.",
      ],
      followUps: [
        {
          question: "How do you measure deflection without rewarding wrong answers?",
          goodAnswer:
            "Count a conversation as deflected only if no ticket is filed within a window and feedback is not negative; audit samples with experts for correctness; track reopen rates.",
        },
        {
          question: "The parental leave policy changes next month. What happens?",
          goodAnswer:
            "Ingest the new version with its effective date, retrieve by date, keep both until the switch, and re-run the evaluation set for affected questions.",
        },
      ],
      signals: [
        "Prioritizes precision and safety in a high-stakes domain.",
        "Designs the human handoff as part of the product.",
      ],
      redFlags: [
        "Lets the LLM answer from general knowledge about HR law.",
        "Ignores employee region or role.",
        "No escalation path.",
      ],
      metrics: [
        "Offline: retrieval precision@k of applicable passages, answer correctness judged by experts, escalation precision and recall.",
        "Online: deflection rate, ticket reopen rate, satisfaction, time to resolution, policy violations or restricted-doc exposures.",
      ],
      takeaway:
        "Closed enterprise assistants win on precision: applicable policy, grounded answer, and fast handoff when unsure.",
    },
    phases: modelDesignPhases(45, {
      framing:
        "Clarify sources, employee attributes and actions; define deflection and correctness objectives.",
      highLevel:
        "Ingestion with metadata and ACLs; online rewrite, filtered retrieval, rerank, answer, escalate.",
      stepByStep: "Retrieval and reranking, grounded generation, escalation model.",
      deepDives: "Policy versions, evaluation with experts, sensitive topics, feedback loop.",
    }),
    rubric: "ml-model-design",
  },

  // ---------------------------------------------------------------- enterprise x closed x one-off
  {
    slug: "model-design-crm-record-search",
    title: "Design record search for a multi-tenant CRM product",
    kind: "MODEL_DESIGN",
    roundType: "ml-model-design",
    difficulty: "MEDIUM",
    minutes: 45,
    tags: [
      "family-search-enterprise-closed-oneoff",
      "search",
      "enterprise-search",
      "entity-search",
      "permissions",
      "multi-tenant",
      "learning-to-rank",
    ],
    source: { seed: SEED, ref: "Section 6: ML Model Design - Search (enterprise x closed-domain x one-off)" },
    brief: {
      summary:
        "Design the global search bar of a B2B CRM product that lets sales and support staff find records (accounts, contacts, opportunities, cases) in their company's CRM.",
      context:
        "Users type partial names, email fragments, abbreviations or IDs ('acme corp renewal', 'j.smith@', 'case 48213'). The product serves thousands of customer companies (tenants), each with its own records, custom fields and record-level sharing rules.",
      requirements: [
        "Clarify entity types, query types, permission model and latency.",
        "Define business and ML objectives.",
        "Describe online and offline paths.",
        "Design retrieval and ranking: data, features, models, losses.",
        "Explain evaluation and how new tenants get good results.",
      ],
      constraints: [
        "Tenants range from a few thousand to hundreds of millions of records.",
        "Record-level sharing rules must be enforced.",
        "Results should appear as the user types (tens of milliseconds per keystroke).",
      ],
      deliverable: "A stage-by-stage design, then deep dives.",
    },
    guide: {
      overview:
        "Closed-domain entity search: retrieval over structured records with prefix, fuzzy and exact-field matching, filtered by sharing rules; ranking dominated by personal context (records the user owns or recently touched, team records, recency of activity) and entity type priors; a global learning-to-rank model on tenant-agnostic features handles sparse per-tenant data.",
      whyAsked:
        "Highlights how closed-domain enterprise search differs from web search: mostly navigational queries over structured entities, strict permissions, multi-tenancy and typeahead latency.",
      referenceSteps: [
        {
          title: "Problem framing",
          detail:
            "Entities: accounts, contacts, leads, opportunities, cases, plus custom objects. Queries: name prefixes, emails, phone numbers, IDs, short phrases. Business goals: users find the record in one search, product stickiness; negatives: wrong or inaccessible records, slow typeahead. ML objective: put the intended record at rank 1 (success@1).",
        },
        {
          title: "High-level design",
          detail:
            "Offline: change-data-capture from the CRM database into per-tenant search indexes (edge n-grams for prefixes, fuzzy tokens, exact fields), sharing-rule materialization (record to principal groups), activity features (views, edits, ownership). Online: typeahead request with tenant and user context to retrieval with sharing filter to ranking to grouped results by entity type; logging of selections.",
        },
        {
          title: "Retrieval",
          detail:
            "Field-aware lexical retrieval: exact ID and email match, prefix match on names, fuzzy match for typos; optional dense retrieval for descriptive queries on cases. Sharing filter applied inside the index via principal groups.",
        },
        {
          title: "Ranking",
          detail:
            "GBDT or small DNN LTR with pairwise loss; features: match type and field, edit distance, user owns or recently viewed the record, team ownership, last activity date, record status (open opportunity vs closed), entity-type prior for the user's role. Labels: selected result in typeahead logs, debiased for position; trained globally across tenants on tenant-agnostic features.",
        },
        {
          title: "Deep dives",
          detail:
            "New tenants (global model plus lexical works from day one), very large tenants (index sharding, caching of hot records per user), sharing-rule changes propagation, custom fields indexing.",
        },
      ],
      keyDecisions: [
        {
          decision: "Permission enforcement",
          options: ["query-time check per record", "materialized principal groups in the index"],
          tradeOff:
            "Per-record checks are always current but too slow for typeahead; materialized groups are fast but need timely propagation of sharing changes.",
        },
        {
          decision: "Learning with sparse tenant data",
          options: [
            "per-tenant model",
            "global tenant-agnostic model",
            "global model plus per-tenant priors",
          ],
          tradeOff:
            "Per-tenant models starve; global models generalize behaviour like 'recently touched records win'; per-tenant priors adapt entity-type mix.",
        },
      ],
      keyPoints: [
        "Recognizes queries are mostly navigational and optimizes success@1 and MRR.",
        "Uses field-aware prefix, exact and fuzzy matching.",
        "Personal and activity features drive ranking.",
        "Enforces sharing rules inside retrieval.",
        "Global model over tenant-agnostic features for new and small tenants.",
      ],
      followUps: [
        {
          question: "Two accounts are both named 'Acme'. How do you pick the first?",
          goodAnswer:
            "Personal context: the one the user owns, viewed recently, or has open opportunities on; show disambiguating fields (owner, city) in the result.",
        },
        {
          question:
            "How do you keep typeahead within budget for a tenant with hundreds of millions of records?",
          goodAnswer:
            "Shard the tenant's index, use prefix-optimized structures, cap candidates per shard, cache the user's recent records client-side, and debounce keystrokes.",
        },
      ],
      signals: [
        "Adapts search to structured entities and typeahead.",
        "Keeps multi-tenancy and permissions explicit.",
      ],
      redFlags: [
        "Designs a semantic-only retriever for ID and email lookups.",
        "Ignores sharing rules.",
        "Trains separate deep models for tiny tenants.",
      ],
      metrics: [
        "Offline: success@1, MRR, recall@k on logged selections.",
        "Online: searches with a selection, keystrokes to selection, time to record, abandonment, latency p99.",
      ],
      takeaway:
        "CRM search is navigational entity lookup: precise field matching, personal context in ranking, permissions in the index, and global learning for sparse tenants.",
    },
    phases: modelDesignPhases(45, {
      framing:
        "Clarify entities, query types, permissions and typeahead latency; define success@1 objectives.",
      highLevel: "Change-data-capture indexing, sharing materialization, online typeahead path.",
      stepByStep: "Field-aware retrieval and learning-to-rank with personal and activity features.",
      deepDives: "New and huge tenants, sharing-rule propagation, custom fields.",
    }),
    rubric: "ml-model-design",
  },
];

export const rubrics: RubricTemplateDefinition[] = [];
