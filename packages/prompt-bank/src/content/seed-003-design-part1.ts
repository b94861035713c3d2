import type { PromptDefinition, RubricTemplateDefinition } from "../schema";

// Seed 003, section 6 (ML model design): feed families, trust & safety, {user, content, query} understanding.

type Phases = PromptDefinition["phases"];

/** The seed's 4-step model-design approach as timeboxed phases (45 or 60 minutes). */
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
  // ---------------------------------------------------------------- feed: content
  {
    slug: "model-design-short-video-feed",
    title: "Design the recommendation models for a short-video feed",
    kind: "MODEL_DESIGN",
    roundType: "ml-model-design",
    company: "TikTok",
    difficulty: "MEDIUM",
    minutes: 60,
    tags: [
      "family-feed-content",
      "recommendation",
      "ranking-funnel",
      "multi-task-learning",
      "short-video",
      "value-model",
    ],
    source: { seed: SEED, ref: "Section 6: ML Model Design - Feed (content: short videos)" },
    brief: {
      summary:
        "Design the ML behind the main feed of a short-video app: when a user opens the app, the feed serves an endless, personalized sequence of full-screen videos.",
      context:
        "Videos autoplay one at a time and are mostly under a minute long. Users swipe to skip, and can like, comment, share, follow the creator, or simply keep watching and rewatch. Millions of creators upload new videos every day, so the corpus changes constantly.",
      requirements: [
        "Clarify what you are building: entry point, how users interact with each video, corpus size, latency budget.",
        "State the business objectives (short-term and long-term, positive and negative) and turn them into ML objectives.",
        "Lay out the online path for a feed request and the offline path that feeds it.",
        "For each model stage, specify the objective, training data, features, architecture and loss.",
        "Explain how you would measure success offline and online.",
      ],
      constraints: [
        "Assume a corpus of billions of videos and a feed response in the low hundreds of milliseconds.",
        "Hundreds of millions of daily users; many are new or logged out.",
        "Fresh uploads should be able to reach an audience within hours.",
      ],
      deliverable:
        "A diagram of the online and offline paths plus a stage-by-stage model spec. Expect the interviewer to pick one or two areas for a deeper discussion.",
    },
    guide: {
      overview:
        "Classic content-feed problem run through the full ranking funnel: retrieval (billions to thousands), L1 (thousands to hundreds), L2 (hundreds to dozens), then a re-ranking or value-model layer. The interesting parts are the implicit-feedback labels (watch time, skips), multi-task L2 with a value model on top, and freshness/cold start for new videos.",
      whyAsked:
        "Everyone can draw L0 to L1 to L2 to L3; the round checks whether the candidate uses the funnel as scaffolding and then shows RecSys judgement: how labels are defined, how stages are trained consistently, and how practical issues (cold start, drift, position and exposure bias) are handled.",
      referenceSteps: [
        {
          title: "Problem framing",
          detail:
            "Entry point is the app home feed (POST /v1/feed:fetch returning a page of video ids). Engagement is mostly implicit: watch time, completion, rewatch, skip; explicit likes/shares/comments/follows are sparse. Business goals: short-term engagement (watch time, likes, shares), long-term retention and DAU, creator-side health (new creators get views); negatives to avoid: skips, 'not interested', reports, low-quality or repetitive content. ML objective: a multi-task model predicting pAction for several outcomes, combined by a value model.",
        },
        {
          title: "High-level design",
          detail:
            "Online: request to API gateway (load balancing, auth, rate limiting) to retrieval (several candidate sources) to L1 to L2 to re-ranking (diversity, business rules) to response, with impressions and engagements logged. Offline: features computed with a lambda architecture (batch plus streaming counters such as a video's last-hour completion rate), training data generation joining impressions with labels, model training, and indexing of video embeddings in an ANN index.",
        },
        {
          title: "Retrieval",
          detail:
            "Optimize recall. Model-based: two-tower user-to-item embedding retrieval and item-to-item from recently watched videos; optionally semantic-ID matching. Heuristic: trending videos with time-decayed counts, videos from followed creators and topics, and a fresh-upload pool to guarantee exploration. Merge and dedupe sources with per-source quotas.",
        },
        {
          title: "L1 ranking",
          detail:
            "Goal is recall of what L2 would put in its top k. Training data mixes impressions (L2 results shown, with engagement labels) and sampled early-funnel logs labelled by an L2 teacher or an LLM. Use a lighter feature set and avoid high-cardinality crosses. Two-tower trained with contrastive loss on sampled negatives or BCE, or a small DNN trained with BCE plus a distillation loss from L2.",
        },
        {
          title: "L2 ranking",
          detail:
            "Predict several pActions (pComplete or expected watch time, pLike, pShare, pComment, pFollow, pSkip). DLRM-style model: numeric features normalized through an MLP, id and categorical features through embedding lookups and projections, the user's watch history through a Transformer sequence module; a feature-interaction layer (DCNv2, DHEN-style mix, attention); MMoE or PLE experts with per-task gates. Pointwise BCE per task; watch-time targets normalized by video duration to avoid favouring long videos.",
        },
        {
          title: "Re-ranking and value model",
          detail:
            "Combine task predictions with a weighted value model; weights are the knob that trades engagement types against each other and are tuned with online experiments. Apply diversity (dedupe and spread by creator and topic) and business rules before returning the page.",
        },
        {
          title: "Deep dives",
          detail:
            "Cold start for new videos (content embeddings at upload, exploration traffic, boosting with guardrails) and new users (onboarding interests, popularity fallbacks). Exposure and position bias. Data drift from trends. Scaling: caching user embeddings, sharding the ANN index, replication and load balancing of ranking services.",
        },
      ],
      keyDecisions: [
        {
          decision: "Primary label for watch behaviour",
          options: [
            "raw watch time",
            "completion or watch ratio",
            "skip within a few seconds as a negative",
            "multi-task with all of them",
          ],
          tradeOff:
            "Raw watch time favours long videos; completion favours very short ones. Normalizing by duration or predicting several heads and combining them in the value model removes the length bias while keeping the signal dense.",
        },
        {
          decision: "How to train L1 when most candidates were never shown",
          options: [
            "impressions only",
            "impressions plus early-funnel logs labelled by L2 teacher",
            "LLM-labelled synthetic data",
          ],
          tradeOff:
            "Impressions only trains on L2's survivors, so L1 never sees the candidates it actually has to reject. Distilling from L2 covers them but assumes L2 is accurate on items it never ranked highly; logs must be sampled to control storage cost.",
        },
        {
          decision: "Single objective or value model",
          options: ["optimize one label", "multi-task heads combined with tuned weights"],
          tradeOff:
            "One label is simple but optimizes only that behaviour; a value model serves several goals but its weights become the thing you tune via experiments.",
        },
        {
          decision: "How to guarantee freshness",
          options: [
            "rely on model scores",
            "dedicated fresh-upload retrieval source with exploration budget",
            "boosting new items in re-ranking",
          ],
          tradeOff:
            "Model scores alone starve new videos that have no engagement features; explicit exploration costs some short-term engagement but feeds the data loop and creator retention.",
        },
      ],
      keyPoints: [
        "Frames clarifying questions around things that change the design: full-screen one-at-a-time UI, implicit feedback, corpus churn, latency.",
        "Separates short-term and long-term, positive and negative metrics, and maps them to a multi-task ML objective.",
        "States the funnel sizes and what each stage optimizes: recall for retrieval and L1, ranking quality for L2.",
        "Explains L1 training data beyond impressions (early-funnel logs with teacher labels) and why.",
        "Describes a DLRM-style L2 concretely: feature processing, interaction, multi-task transformation with experts and gates.",
        "Uses user watch sequences as a key feature and knows they need a sequence module (Transformer) rather than pooled averages.",
        "Handles duration bias in watch-time labels and freshness for new uploads.",
      ],
      followUps: [
        {
          question:
            "Your L1 is distilled from L2. What happens to candidates L2 would never have scored highly?",
          goodAnswer:
            "L2's predictions on out-of-distribution candidates can be poorly calibrated because its own training data only contains shown items; mitigate with sampled early-funnel logging, occasional random exploration slots to collect real labels, and monitoring L1-to-L2 recall (share of L2 top k that L1 passes).",
        },
        {
          question: "How do you choose the weights in the value model?",
          goodAnswer:
            "Start from business priorities, then tune with online experiments or a constrained search (e.g. maximize watch time subject to guardrails on shares, reports, retention); be aware that weights interact with calibration of each head, so keep heads calibrated.",
        },
        {
          question: "A trend explodes overnight. How does the system pick it up?",
          goodAnswer:
            "Streaming features (last-hour counters) and a trending retrieval source with time decay react in minutes; embeddings and models retrain on a daily or continuous cadence; monitor feature and prediction drift.",
        },
        {
          question: "How would you scale feed serving to peak traffic?",
          goodAnswer:
            "Cache user embeddings and features per session, shard the ANN index and feature stores, replicate ranking services behind load balancers, batch candidate scoring on GPUs, and degrade gracefully (smaller candidate sets) under load.",
        },
      ],
      signals: [
        "Uses the funnel as scaffolding and spends time on the parts that are hard for short video (labels, freshness, value model).",
        "Brings in practice-based or frontier ideas (lifelong sequence models, generative recommendation such as Kuaishou's One series) only where they solve a stated problem.",
        "Keeps objectives, training data and losses consistent across stages.",
        "Manages time so that all four steps are covered.",
      ],
      redFlags: [
        "Recites a generic funnel without tying any stage to this product's signals.",
        "Uses clicks as the label in a feed with no clicks.",
        "Trains L1 only on impressions without noticing the selection bias.",
        "Ignores new videos and new users.",
        "Name-drops architectures (HSTU, RankMixer) without saying what problem they solve here.",
        "Spends most of the hour on framing and never reaches ranking details.",
      ],
      metrics: [
        "Offline retrieval and L1: recall@k against L2 top k or against engaged items.",
        "Offline L2: AUC and normalized cross entropy per task, calibration per head.",
        "Online: watch time per user, likes and shares per session, skip rate, 'not interested' and report rates.",
        "Long-term: retention and DAU; creator-side share of new creators getting views.",
      ],
      takeaway:
        "A strong answer treats the funnel as a skeleton and makes the short-video specifics explicit: duration-normalized watch labels, multi-task L2 plus value model, L1 trained beyond impressions, and a deliberate freshness mechanism.",
    },
    phases: modelDesignPhases(60, {
      framing: "Clarify UI, implicit feedback, corpus and latency; set business and ML objectives.",
      highLevel:
        "Draw the online path (gateway, retrieval, L1, L2, re-ranking, logging) and the offline path.",
      stepByStep: "Specify objectives, data, features, architecture and loss for retrieval, L1 and L2.",
      deepDives: "Cold start for new videos and users, exposure bias, trends and drift, scaling.",
    }),
    rubric: "ml-model-design",
  },

  // ---------------------------------------------------------------- feed: people
  {
    slug: "model-design-people-you-may-know",
    title: "Design 'People You May Know' recommendations for a professional network",
    kind: "MODEL_DESIGN",
    roundType: "ml-model-design",
    company: "LinkedIn",
    difficulty: "MEDIUM",
    minutes: 60,
    tags: [
      "family-feed-people",
      "recommendation",
      "graph",
      "link-prediction",
      "two-sided-marketplace",
      "ranking-funnel",
    ],
    source: { seed: SEED, ref: "Section 6: ML Model Design - Feed (people: people you may know)" },
    brief: {
      summary:
        "Design the models behind a 'People You May Know' module that suggests members a user could connect with on a professional social network.",
      context:
        "Suggestions appear as a card carousel on the network tab and occasionally in the home feed. A user can send a connection invitation or dismiss a card; the recipient can accept, ignore or decline. Members have profiles (company, school, skills, location) and an existing connection graph.",
      requirements: [
        "Clarify the surfaces, the actions on both sides, corpus size and freshness needs.",
        "Define business objectives and the ML objective(s), including what a good connection is.",
        "Describe the online and offline paths.",
        "Design candidate generation and ranking: objectives, training data, features, architecture, loss.",
        "Explain how to evaluate the system offline and online.",
      ],
      constraints: [
        "Assume around a billion members and a graph with tens of billions of edges.",
        "The module must render within a few hundred milliseconds.",
        "New members with no connections are a large share of traffic.",
      ],
      deliverable:
        "A diagram of both paths and a stage-by-stage model spec, then deep dives chosen by the interviewer.",
    },
    guide: {
      overview:
        "People recommendation is link prediction with a two-sided outcome: the viewer must send and the recipient must accept. Candidate generation leans heavily on the graph (friends of friends, shared organizations, contact imports) plus embeddings; ranking predicts pInvite and pAccept and combines them.",
      whyAsked:
        "Tests whether the candidate adapts the standard funnel to a graph-shaped corpus and to a two-sided objective, and whether they think about negative outcomes (spammy invites, unwanted suggestions, privacy) rather than only engagement.",
      referenceSteps: [
        {
          title: "Problem framing",
          detail:
            "Surfaces: network tab carousel, feed module, post-signup onboarding. Viewer actions: invite, dismiss, view profile; recipient actions: accept, ignore, decline, report. Business goals: network growth and density, which drive long-term engagement and retention; avoid invitation spam, declines and creepy suggestions. ML objective: maximize expected accepted connections, i.e. pInvite times pAccept, with guardrails on declines and reports.",
        },
        {
          title: "High-level design",
          detail:
            "Online: request through API gateway to candidate generation (mostly precomputed per user and refreshed on graph events) to L1 to L2 to re-ranking (dedupe already-pending invites, diversity of sources) to response with impression logging. Offline: graph processing jobs (friends-of-friends counts, shared-org joins), batch plus streaming features (new connections update candidates quickly), training data from impressions joined with invite and accept outcomes, embedding training and ANN indexing.",
        },
        {
          title: "Candidate generation",
          detail:
            "Heuristic graph sources: second-degree connections ranked by mutual-connection count, same company or school with overlapping time, imported address-book contacts (with consent), people who viewed your profile. Model-based: graph or two-tower member embeddings for member-to-member retrieval. Friends-of-friends for high-degree members is expensive, so precompute offline and cap fan-out.",
        },
        {
          title: "L1 ranking",
          detail:
            "Thousands to hundreds, optimize recall of L2's top k. Lightweight features (mutual count, source type, org overlap) with GBDT or a two-tower model; training data from impressions plus sampled unshown candidates labelled by the L2 teacher.",
        },
        {
          title: "L2 ranking",
          detail:
            "Multi-task DLRM-style model with heads for pInvite (viewer side), pAccept (recipient side, conditioned on invite), and negative heads (dismiss, decline). Features: viewer and candidate profiles, graph features (mutual connections, Adamic-Adar style weighted common neighbours, path counts), interaction history (profile views, messages), org and location overlap, candidate's recent acceptance rate. Pointwise BCE per head; rank by pInvite times pAccept with penalties for negatives.",
        },
        {
          title: "Deep dives",
          detail:
            "Cold start for new members (contact import, onboarding fields, org-based candidates, popularity within company). Privacy: never reveal sensitive signals implicitly (e.g. suggesting someone only because of an uploaded contact book). Fairness of exposure so highly connected members do not absorb all invites. Scaling graph jobs and caching per-user candidate lists.",
        },
      ],
      keyDecisions: [
        {
          decision: "Label definition",
          options: ["invite sent", "invite accepted", "accepted and followed by interaction"],
          tradeOff:
            "Invite-only optimization encourages spammy suggestions; acceptance captures both sides; downstream interaction captures real value but is sparse and delayed.",
        },
        {
          decision: "Candidate computation",
          options: ["online graph traversal", "offline precompute refreshed on events", "embedding ANN"],
          tradeOff:
            "Online friends-of-friends is too expensive for high-degree nodes; offline precompute is cheap to serve but stale, so refresh on new-connection events; ANN adds reach beyond two hops.",
        },
        {
          decision: "Symmetric vs asymmetric modelling",
          options: ["one score per pair", "separate viewer-side and recipient-side heads"],
          tradeOff:
            "A single score hides the fact that the recipient decides acceptance; separate heads let you control invite quality and protect recipients.",
        },
      ],
      keyPoints: [
        "Recognizes the two-sided outcome and ranks by expected accepted connections, not invites.",
        "Uses graph structure for retrieval (second-degree, shared orgs, contacts) and knows the fan-out cost.",
        "Includes negative outcomes (dismiss, decline, report) as heads or guardrails.",
        "Keeps candidate lists fresh by reacting to graph events through streaming updates.",
        "Addresses new members with no graph and privacy-sensitive signals.",
        "Chooses pointwise losses so that the product of heads stays calibrated.",
      ],
      followUps: [
        {
          question: "Why is pInvite times pAccept sensible, and what breaks if one head is miscalibrated?",
          goodAnswer:
            "It estimates the probability of an accepted connection; if either head is miscalibrated the product misranks candidates, so heads are trained pointwise and calibrated (e.g. isotonic or Platt on holdout) and monitored per segment.",
        },
        {
          question: "A celebrity-like member receives thousands of invites a day. What do you do?",
          goodAnswer:
            "Penalize candidates with low acceptance rates or high inbound load in re-ranking, cap exposure per candidate, and model pAccept with the candidate's recent acceptance behaviour.",
        },
        {
          question: "How do you evaluate offline when labels depend on what was shown?",
          goodAnswer:
            "Evaluate on logged impressions with recall and ranking metrics per source, correct for position in the carousel, and confirm with online A/B tests on accepted connections per viewer and downstream engagement.",
        },
      ],
      signals: [
        "Talks about network health and recipient experience, not just clicks.",
        "Handles graph compute cost with precompute and event-driven refresh.",
        "Calls out privacy risks in candidate sources.",
      ],
      redFlags: [
        "Treats it as a generic item recommender with users as items.",
        "Optimizes invites sent only.",
        "Plans an online multi-hop traversal for every request.",
        "No plan for members without connections.",
      ],
      metrics: [
        "Offline: recall@k of eventual connections, AUC and calibration for pInvite and pAccept.",
        "Online: invites per viewer, acceptance rate, accepted connections per viewer, decline and report rates.",
        "Long-term: network density for new members, retention and engagement of members who gained connections.",
      ],
      takeaway:
        "People recommendation is graph-shaped and two-sided: retrieve with graph proximity, rank by expected accepted connections, and protect recipients and privacy.",
    },
    phases: modelDesignPhases(60, {
      framing:
        "Clarify surfaces and both sides' actions; define network-growth objectives and the accepted-connection ML objective.",
      highLevel:
        "Online path with precomputed graph candidates; offline graph jobs, features, data and indexing.",
      stepByStep: "Candidate sources, L1, and a multi-task L2 with invite, accept and negative heads.",
      deepDives: "New-member cold start, privacy, exposure fairness, graph-compute scaling.",
    }),
    rubric: "ml-model-design",
  },

  // ---------------------------------------------------------------- feed: product
  {
    slug: "model-design-marketplace-product-feed",
    title: "Design product recommendations for a marketplace home feed",
    kind: "MODEL_DESIGN",
    roundType: "ml-model-design",
    difficulty: "MEDIUM",
    minutes: 60,
    tags: [
      "family-feed-product",
      "recommendation",
      "e-commerce",
      "multi-task-learning",
      "conversion",
      "cold-start",
    ],
    source: {
      seed: SEED,
      ref: "Section 6: ML Model Design - Feed (product sold by the platform or sellers)",
    },
    brief: {
      summary:
        "Design the models that fill the 'recommended for you' home feed of an online marketplace where the platform and third-party sellers list products.",
      context:
        "Buyers scroll a grid of product tiles showing image, title, price and rating. They can click into a product, save it, add it to cart and purchase; some purchases are later returned. Listings appear and disappear constantly, prices change, and items go out of stock.",
      requirements: [
        "Clarify the surface, the actions available, corpus size and latency.",
        "State business objectives for buyers, sellers and the platform, and the ML objectives.",
        "Lay out the online and offline paths.",
        "Design retrieval, L1 and L2: objectives, training data, features, architecture, loss.",
        "Explain offline and online evaluation.",
      ],
      constraints: [
        "Assume hundreds of millions of active listings and tens of millions of daily buyers.",
        "The feed page must render in a few hundred milliseconds.",
        "Purchases are rare compared with clicks; inventory and price change during the day.",
      ],
      deliverable:
        "A diagram of the online and offline paths and a stage-by-stage model spec, followed by deep dives.",
    },
    guide: {
      overview:
        "Product feed where the valuable outcome (purchase) is sparse and funnel-shaped (impression, click, add-to-cart, purchase). Retrieval mixes user-to-item embeddings with item-to-item co-view and co-purchase signals; L2 is a multi-task model over the engagement funnel; real-time inventory and price features and cold start for new listings matter.",
      whyAsked:
        "Checks whether the candidate can define objectives in a multi-stakeholder marketplace, handle sparse and delayed conversion labels, and keep recommendations valid (in stock, shippable) at serving time.",
      referenceSteps: [
        {
          title: "Problem framing",
          detail:
            "Home feed grid, entry on app open. Actions: click, save, add to cart, purchase, return, hide. Business goals: buyer purchases and GMV short term, buyer retention and seller health (sales spread beyond top sellers) long term; avoid returns, out-of-stock clicks and low-quality listings. ML objective: multi-task pClick, pAddToCart, pPurchase, combined into an expected-value score (e.g. pPurchase times price or margin, tempered by engagement heads).",
        },
        {
          title: "High-level design",
          detail:
            "Online: POST /v1/feed:fetch through API gateway to retrieval, L1, L2, re-ranking (diversity by category and seller, blending of sponsored listings), response and logging. Offline: batch features (item popularity, seller ratings) and streaming features (price, stock, last-hour views) in a lambda architecture; training data joining impressions with downstream outcomes over an attribution window; model training; ANN index of item embeddings plus forward index for item metadata.",
        },
        {
          title: "Retrieval",
          detail:
            "User-to-item two-tower retrieval; item-to-item from recently viewed or purchased items (co-view, co-purchase, complementary products); heuristics such as trending in the buyer's categories and items from followed shops. Filter out-of-stock and non-shippable items before ranking.",
        },
        {
          title: "L1 ranking",
          detail:
            "Select what L2 would rank in its top k. Lighter features, two-tower or GBDT or small DNN; impressions plus sampled early-funnel logs labelled by an L2 teacher, BCE plus distillation loss.",
        },
        {
          title: "L2 ranking",
          detail:
            "DLRM-style multi-task model: heads for click, add-to-cart, purchase (and return as a negative). Model the conversion chain over the entire impression space (predict pClick and pPurchase given click, then multiply) so purchase is learned on all impressions rather than only clicked ones. Features: user history sequences (viewed and bought items), item attributes, price relative to category and to the user's usual price band, seller quality, real-time stock and price, cross features such as user-category affinity. MMoE or PLE for shared representations.",
        },
        {
          title: "Deep dives",
          detail:
            "Cold start for new listings using content embeddings from images and titles plus exploration; position bias in the grid; delayed purchase labels; seller fairness and diversity; scaling with caching and sharded feature stores.",
        },
      ],
      keyDecisions: [
        {
          decision: "What to rank by",
          options: ["pClick", "pPurchase", "expected GMV or margin", "weighted value model with guardrails"],
          tradeOff:
            "Clicks are dense but reward clickbait listings; purchase aligns with value but is sparse; expected GMV biases toward expensive items; a value model balances them but its weights need online tuning.",
        },
        {
          decision: "Training the purchase head",
          options: [
            "only on clicked impressions",
            "entire-space multi-task (click times purchase-given-click)",
          ],
          tradeOff:
            "Training only on clicks creates sample selection bias at serving, where the model scores unclicked candidates; entire-space modelling fixes that and shares data from the dense click task.",
        },
        {
          decision: "Freshness of inventory and price",
          options: ["batch daily features", "streaming updates plus serving-time filters"],
          tradeOff:
            "Daily batch is cheap but recommends sold-out items; streaming adds infra but keeps the feed valid.",
        },
      ],
      keyPoints: [
        "Identifies buyers, sellers and the platform as stakeholders with separate goals.",
        "Models the impression-click-cart-purchase chain and addresses sparse and delayed purchase labels.",
        "Uses item-to-item signals (co-view, co-purchase) as retrieval sources.",
        "Filters by availability and uses real-time price and stock features.",
        "Handles new listings through content embeddings and exploration.",
        "Mentions returns or hides as negative feedback.",
      ],
      followUps: [
        {
          question: "Purchases happen days after the click. How do you build training data?",
          goodAnswer:
            "Join impressions to purchases within an attribution window; either wait for the window before training (stale) or train early and correct for delayed positives (delayed-feedback modelling or importance weighting), keeping attribution rules consistent with reporting.",
        },
        {
          question: "How do you keep large sellers from dominating the feed?",
          goodAnswer:
            "Diversity constraints in re-ranking (caps per seller and category), exposure guardrails for new sellers, and a value-model term for long-term seller health validated by experiments.",
        },
        {
          question: "How do sponsored listings fit in?",
          goodAnswer:
            "Ads run their own auction with calibrated pCTR and pCVR; blending into the organic feed is a re-ranking decision with slot rules and a trade-off between ad revenue and organic engagement.",
        },
      ],
      signals: [
        "Reasons from marketplace economics, not only engagement.",
        "Knows why selection bias in conversion training matters.",
        "Considers validity of items at serving time.",
      ],
      redFlags: [
        "Ranks only by clicks.",
        "Stores price and stock inside static item embeddings and never refreshes them.",
        "No plan for new listings or for delayed purchases.",
        "Ignores sellers as stakeholders.",
      ],
      metrics: [
        "Offline: recall@k for retrieval, AUC and normalized cross entropy per head, NDCG on purchases.",
        "Online: CTR, add-to-cart rate, purchase conversion, GMV per session, return rate.",
        "Marketplace health: share of sales to new or small sellers, out-of-stock click rate.",
      ],
      takeaway:
        "Product feeds are judged on purchases, so the design must model the conversion chain without selection bias, keep inventory fresh, and balance buyers, sellers and the platform.",
    },
    phases: modelDesignPhases(60, {
      framing:
        "Clarify the grid surface and actions; define buyer, seller and platform objectives and multi-task ML objectives.",
      highLevel:
        "Online path with availability filters and blending; offline features, data, training and indexing.",
      stepByStep: "Retrieval sources, L1, and the multi-task L2 over the conversion chain.",
      deepDives: "New listings, delayed purchases, position bias, seller diversity, scaling.",
    }),
    rubric: "ml-model-design",
  },

  // ---------------------------------------------------------------- trust & safety
  {
    slug: "model-design-harmful-content-detection",
    title: "Design a harmful content detection system for a social platform",
    kind: "MODEL_DESIGN",
    roundType: "ml-model-design",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      "family-trust-safety",
      "classification",
      "multimodal",
      "multi-label",
      "content-moderation",
      "human-in-the-loop",
    ],
    source: {
      seed: SEED,
      ref: "Section 6: ML Model Design - Other common topics (harmful content detection)",
    },
    brief: {
      summary:
        "Design the ML system that detects harmful posts (text, images, video) on a large social platform and decides what happens to them.",
      context:
        "The platform's policies cover several harm types, for example hate speech, harassment, violence, adult content, self-harm and spam. Users can report posts; a team of human reviewers can review a limited number of items per day. Actions include removing, reducing distribution, adding a warning screen, or sending to review.",
      requirements: [
        "Clarify what content, which harm types, when detection must happen, and which actions are available.",
        "Define business objectives and the ML formulation.",
        "Lay out the online and offline paths, including where humans are involved.",
        "Specify training data and label sources, features, model architecture and losses.",
        "Explain how you decide on actions from model outputs and how you measure success.",
      ],
      constraints: [
        "Assume hundreds of millions of new posts a day across many languages.",
        "Reviewer capacity is a small fraction of daily volume.",
        "Policies change and adversaries adapt quickly.",
      ],
      deliverable:
        "An end-to-end design with model spec and decision policy, then deep dives chosen by the interviewer.",
    },
    guide: {
      overview:
        "Multimodal, multi-task, multi-label classifier that outputs a probability per harm type, trained on a mix of user reports, annotator labels and LLM-generated labels; probabilities feed a decision layer that takes automatic actions at high confidence and routes uncertain or high-severity items to human review, prioritized by severity and expected reach.",
      whyAsked:
        "Tests whether the candidate can move from a ranking-centric template to a classification system with extreme class imbalance, noisy and costly labels, asymmetric error costs, human-in-the-loop capacity and adversarial drift.",
      referenceSteps: [
        {
          title: "Problem framing",
          detail:
            "Content types: text, images, video, links, comments. Timing: synchronous check at upload for the most severe harms, asynchronous scoring after upload, re-scoring when a post's views grow or it gets reported. Business goals: reduce users' exposure to harm (prevalence), act before content spreads (proactive rate), minimize wrongful takedowns (appeals, creator trust), make efficient use of reviewers. ML objective: per-harm-type probabilities, calibrated so thresholds mean something.",
        },
        {
          title: "High-level design",
          detail:
            "Online: upload event to a cheap first pass (hash matching against known violating media, lightweight text and image classifiers) to the full multimodal model for items that pass or are borderline, to a decision service (thresholds per harm type and severity) to actions or the review queue; logging of scores, actions and reviewer decisions. Offline: label collection from reports, reviewers and LLM labelling; training data generation; model training and calibration; threshold tuning; embedding index for near-duplicate detection.",
        },
        {
          title: "Labels and training data",
          detail:
            "User reports are plentiful but noisy and biased (brigading, disagreement); annotator labels are accurate but expensive and need clear policy guidelines and agreement checks; LLM labels scale, prompted with the policy text, but must be validated against a gold set. Combine them with per-source weights or as separate noisy heads; sample to counter the tiny base rate, focusing annotation on uncertain and high-reach items (active learning).",
        },
        {
          title: "Model",
          detail:
            "Modality encoders (text Transformer, image and video encoders, optionally audio) whose embeddings are fused with context features (author history and prior strikes, account age, engagement velocity, comments). Shared trunk with one sigmoid head per harm type (multi-label: a post can be both hateful and violent), trained with per-head BCE, class weighting or focal loss for imbalance. Distill into a lighter model for the synchronous path.",
        },
        {
          title: "Decision layer",
          detail:
            "Thresholds set per harm type from precision targets: above a high-precision threshold take automatic action, in an uncertainty band send to review, below do nothing or reduce distribution. Review queue priority is roughly probability times severity times predicted reach. Reviewer decisions flow back as labels.",
        },
        {
          title: "Deep dives",
          detail:
            "Adversarial and policy drift (new slang, image perturbations; frequent retraining; LLM labels to bootstrap new policies quickly), calibration when thresholds depend on probabilities, multilingual coverage, fairness across dialects and groups, scaling video inference cost by sampling frames and cascading.",
        },
      ],
      keyDecisions: [
        {
          decision: "Label sources",
          options: [
            "user reports",
            "human annotators",
            "LLM-generated labels",
            "combination with source weighting",
          ],
          tradeOff:
            "Reports are cheap and noisy; annotators are accurate and scarce; LLM labels scale and adapt to new policies fast but inherit model biases, so validate against gold sets and keep humans for ambiguous cases.",
        },
        {
          decision: "One model per harm vs multi-task",
          options: ["separate classifiers", "shared multimodal trunk with per-harm heads"],
          tradeOff:
            "Separate models are easy to own and update independently; a shared trunk transfers signal to rare harm types and is cheaper to serve, but changes risk regressions across heads.",
        },
        {
          decision: "Synchronous vs asynchronous detection",
          options: ["block at upload", "score after publish", "cascade"],
          tradeOff:
            "Blocking prevents any exposure but adds upload latency and requires a cheap model; async allows heavy models but content is briefly live; a cascade uses both, reserving synchronous checks for the worst harms.",
        },
      ],
      keyPoints: [
        "Frames it as multimodal, multi-task, multi-label classification with one probability per harm type.",
        "Combines user, annotator and LLM labels and discusses their noise and cost.",
        "Separates the model from the decision policy: thresholds per harm type, automatic vs human-reviewed actions.",
        "Prioritizes human review by severity and reach within fixed capacity.",
        "Handles extreme class imbalance in sampling, loss and metrics.",
        "Plans for adversarial drift and policy changes.",
      ],
      followUps: [
        {
          question: "How do you set the auto-remove threshold for hate speech?",
          goodAnswer:
            "Pick the threshold on a recent, representative labelled set to meet a precision target agreed with policy (e.g. wrongful removal rate), check recall at that point, and re-tune after each retrain because calibration shifts.",
        },
        {
          question: "A new policy (e.g. a new scam pattern) launches next week. How do you get a model?",
          goodAnswer:
            "Use an LLM prompted with the policy to label candidate items retrieved by embedding similarity to seed examples, validate a sample with annotators, train a new head on the shared trunk, start in review-only mode before enabling automatic action.",
        },
        {
          question: "What does precision mean when only a tiny share of posts are harmful?",
          goodAnswer:
            "Evaluate on stratified samples and reweight to the real base rate; report precision and recall per harm type and PR-AUC rather than accuracy or ROC-AUC alone; measure prevalence in production via sampled human labelling.",
        },
      ],
      signals: [
        "Thinks in terms of harm exposure and error costs, not accuracy.",
        "Designs the human-review loop as part of the system.",
        "Realistic about label noise and adversaries.",
      ],
      redFlags: [
        "Single multiclass softmax (a post can only have one harm).",
        "Reports accuracy on an imbalanced problem.",
        "Fully automated removals with no review path or appeals.",
        "Treats user reports as ground truth.",
        "No plan for drift or new policies.",
      ],
      metrics: [
        "Offline: precision and recall per harm type at the operating threshold, PR-AUC, calibration.",
        "Online: prevalence (share of views on violating content), proactive detection rate, time to action, views before action.",
        "Quality of enforcement: appeal overturn rate, reviewer agreement, reviewer throughput.",
      ],
      takeaway:
        "Harmful content detection is a calibrated multi-label classifier plus a decision policy and a human loop; success is less harm exposure with few wrongful actions.",
    },
    phases: modelDesignPhases(60, {
      framing:
        "Clarify content types, harm taxonomy, timing and actions; set exposure and precision objectives.",
      highLevel:
        "Upload-time cascade, async scoring, decision service, review queue, and offline label and training loop.",
      stepByStep:
        "Label sources, multimodal multi-label model, losses, thresholds and review prioritization.",
      deepDives: "Adversarial drift, new policies, imbalance and evaluation, fairness, inference cost.",
    }),
    rubric: "ml-model-design",
  },

  // ---------------------------------------------------------------- user understanding
  {
    slug: "model-design-user-embedding-model",
    title: "Design a general-purpose user embedding model shared across products",
    kind: "MODEL_DESIGN",
    roundType: "ml-model-design",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      "family-user-understanding",
      "representation-learning",
      "contrastive-learning",
      "embeddings",
      "sequence-modeling",
      "embedding-versioning",
    ],
    source: {
      seed: SEED,
      ref: "Section 6: ML Model Design - Other common topics ({user, content, query} understanding: user)",
    },
    brief: {
      summary:
        "Design a user understanding model that produces a user embedding consumed by several downstream teams: feed ranking, ads, search personalization and notifications.",
      context:
        "Users generate engagement events across surfaces (views, clicks, likes, searches, purchases). Today every downstream team builds its own user features. Leadership wants one shared user representation that improves downstream models and is cheap to adopt.",
      requirements: [
        "Clarify consumers, freshness needs, and how the embedding will be used (retrieval, ranking feature, clustering).",
        "Define the business and ML objectives, including how you know the embedding is good.",
        "Describe the training data and the learning objective.",
        "Describe the model architecture and how embeddings are computed and served.",
        "Explain how embeddings are stored, versioned and rolled out to consumers.",
      ],
      constraints: [
        "Assume hundreds of millions of users, each with up to years of event history.",
        "Some consumers need embeddings fresh within minutes of a user's activity; others are fine with daily updates.",
        "Downstream models are retrained on their own schedules.",
      ],
      deliverable: "A design covering model, training, serving, storage and versioning, then deep dives.",
    },
    guide: {
      overview:
        "A deep representation model trained with a contrastive objective: encode a user's engagement sequence and pull it toward items they engage with next (and away from sampled negatives). The system-side interest is in distributed training over long sequences, computing and storing embeddings cheaply without metric loss, and versioning and rolling back an embedding space that many consumers depend on.",
      whyAsked:
        "Understanding problems look simple on the model side; the round checks whether the candidate sees the platform problems: shared consumers, embedding compatibility across versions, freshness vs cost, and evaluating an embedding by downstream impact.",
      referenceSteps: [
        {
          title: "Problem framing",
          detail:
            "Consumers: two-tower retrieval (as the user tower), feature in L2 rankers, audience clustering for ads. Freshness: real-time for feed retrieval, daily for ads lookalikes. Business goal: downstream metric lifts (engagement, ad revenue) and lower cost of building user features per team. ML objective: an embedding where users are close to items (or users) they will engage with; quality measured by retrieval recall and downstream lifts.",
        },
        {
          title: "High-level design",
          detail:
            "Offline: event logs to sequence builder (per-user, time-ordered, with event type and surface), contrastive training, batch inference for all users, embedding store plus ANN index; registry tracking model versions. Online: a serving path that updates the embedding for active users from streaming events (recompute the encoder on the latest sequence, or cache sequence state), exposed through a feature-store API that consumers call by user id and version.",
        },
        {
          title: "Training data and objective",
          detail:
            "Positives: (user history up to time t, item engaged at t+1) pairs across surfaces, optionally (user, user) pairs from co-engagement. Negatives: in-batch negatives plus sampled hard negatives, with logQ correction for popularity. Loss: InfoNCE or sampled softmax; auxiliary multi-task heads per event type can keep the embedding useful for several consumers. Strict time-based splits to avoid leakage.",
        },
        {
          title: "Architecture",
          detail:
            "Event embeddings (item id or content embedding, action type, surface, time gap) fed into a Transformer encoder over the recent sequence, with a compressed summary of the long-term history (pooled or clustered interests) for lifelong behaviour; profile and context features concatenated; projection to a fixed dimension (e.g. 128 to 256) with L2 normalization.",
        },
        {
          title: "System concerns",
          detail:
            "Distributed training with data parallelism and sharded id-embedding tables; batch inference for hundreds of millions of users; compression (int8 or product quantization) measured against recall loss; versioning so consumers pin a version, dual-publishing old and new versions during migration, backfilling, and rollback by repointing consumers.",
        },
      ],
      keyDecisions: [
        {
          decision: "Training objective",
          options: ["next-item contrastive", "multi-task supervised heads", "masked event modelling"],
          tradeOff:
            "Contrastive next-item aligns with retrieval; supervised heads tie to specific consumers and may overfit to one; masked modelling is general but further from any business outcome.",
        },
        {
          decision: "Freshness",
          options: [
            "daily batch",
            "streaming recompute for active users",
            "consumers run the encoder themselves",
          ],
          tradeOff:
            "Batch is cheapest but misses in-session intent; streaming recompute costs inference for active users only; letting consumers run the encoder gives freshness but duplicates compute and complicates versioning.",
        },
        {
          decision: "Version migration",
          options: [
            "overwrite in place",
            "versioned embeddings with dual publishing",
            "learned mapping between versions",
          ],
          tradeOff:
            "Overwriting silently breaks consumers trained on the old space; dual publishing doubles storage during migration but allows each consumer to retrain and switch; learned alignment reduces churn but is approximate.",
        },
      ],
      keyPoints: [
        "Names the consumers and lets their needs drive freshness and dimension choices.",
        "Uses a contrastive objective with sensible positives, in-batch and hard negatives and popularity correction.",
        "Encodes long engagement sequences and addresses lifelong history cost.",
        "Evaluates by intrinsic metrics and by downstream A/B lifts.",
        "Treats embedding versioning and rollback as first-class.",
        "Compresses storage while measuring metric loss.",
      ],
      followUps: [
        {
          question: "You retrain the encoder. Why can't you just overwrite the stored embeddings?",
          goodAnswer:
            "A retrained model produces a different space; downstream rankers and ANN indexes built on the old space would get meaningless inputs. Publish a new version, keep the old one until consumers retrain and validate, and allow rollback by switching the pointer.",
        },
        {
          question: "How do you fit training on years of history per user?",
          goodAnswer:
            "Truncate or sample the recent window for the Transformer and summarize older history offline (clustered interests or pooled embeddings), use data-parallel training with sharded embedding tables, mixed precision and activation checkpointing.",
        },
        {
          question: "How would you reduce storage for hundreds of millions of embeddings?",
          goodAnswer:
            "Lower dimension, int8 or product quantization, only storing active users at full freshness; validate with recall@k and downstream offline metrics that quality loss is negligible.",
        },
      ],
      signals: [
        "Thinks like a platform owner serving several teams.",
        "Connects model choices to serving cost and freshness.",
        "Has a rollout and rollback story for embeddings.",
      ],
      redFlags: [
        "Evaluates only with training loss.",
        "Random train/test split across time (leakage).",
        "No plan for version compatibility with consumers.",
        "Embeds raw user ids only, which cannot generalize to new users.",
      ],
      metrics: [
        "Intrinsic: recall@k and MRR for next-engagement retrieval, alignment and uniformity of the embedding space.",
        "Downstream: offline AUC or NDCG lift in consumer models, online A/B lifts in engagement or revenue.",
        "System: embedding freshness, inference cost, storage per user, adoption by consumers.",
      ],
      takeaway:
        "A shared user embedding is a product with consumers: learn it contrastively from engagement sequences, and invest equally in freshness, compression and versioned rollout.",
    },
    phases: modelDesignPhases(60, {
      framing: "Identify consumers and freshness needs; define the embedding's business and ML objectives.",
      highLevel: "Offline sequence building, training and batch inference; online refresh and serving API.",
      stepByStep: "Positives and negatives, contrastive loss, sequence encoder architecture, evaluation.",
      deepDives: "Distributed training on long histories, compression, versioning and rollback.",
    }),
    rubric: "ml-model-design",
  },

  // ---------------------------------------------------------------- content understanding
  {
    slug: "model-design-content-embedding-model",
    title: "Design a multimodal content understanding model for posts",
    kind: "MODEL_DESIGN",
    roundType: "ml-model-design",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      "family-content-understanding",
      "representation-learning",
      "contrastive-learning",
      "multimodal",
      "ann-index",
      "llm-fine-tuning",
    ],
    source: {
      seed: SEED,
      ref: "Section 6: ML Model Design - Other common topics ({user, content, query} understanding: content)",
    },
    brief: {
      summary:
        "Design a content understanding model that turns every post on a content platform (images, video thumbnails, captions, hashtags) into an embedding used for retrieval, ranking, cold start and moderation.",
      context:
        "Posts are created continuously. Several teams want a shared representation: item-to-item retrieval, a feature in rankers, topic clustering, duplicate detection, and bootstrapping new posts that have no engagement yet. The team is considering fine-tuning a large multimodal foundation model.",
      requirements: [
        "Clarify consumers, latency from upload to embedding, and what similarity should mean.",
        "Define business and ML objectives and how to evaluate the embedding.",
        "Describe training data, contrastive objective and architecture.",
        "Explain how you train a model too large for a single GPU.",
        "Explain indexing, storage cost, versioning and rollback of embeddings.",
      ],
      constraints: [
        "Assume billions of existing posts and tens of millions of new posts per day.",
        "New posts need an embedding within minutes of upload.",
        "The candidate foundation model does not fit in one worker's memory for full fine-tuning.",
      ],
      deliverable: "An end-to-end design from training to indexed embeddings in production, then deep dives.",
    },
    guide: {
      overview:
        "Contrastive representation learning over content: align modalities (image with caption) and align items that users co-engage with, starting from a pretrained multimodal backbone. System focus: distributed fine-tuning of a large model, embedding every post at upload, ANN indexing with low storage cost and no metric loss, and versioned rollout with backfills.",
      whyAsked:
        "The model part is standard; what separates candidates is the system thinking the seed highlights: distributed training when the model does not fit, cheap indexing without quality loss, and versioning and rollback of an embedding used by many teams.",
      referenceSteps: [
        {
          title: "Problem framing",
          detail:
            "Consumers: i2i retrieval and cold-start retrieval, ranker features, clustering, near-duplicate detection, moderation. Similarity definition matters: semantic (same topic) vs engagement (same audience). Business goal: better recommendations for new posts and higher downstream engagement; ML objective: embeddings where co-engaged or semantically matching items are close.",
        },
        {
          title: "High-level design",
          detail:
            "Offline: training pairs from captions and from co-engagement logs, distributed fine-tuning, evaluation gates, batch backfill of the corpus, ANN index build. Online: upload event queue to inference workers (GPU, batched) to embedding store and incremental ANN insert; consumers read by item id and version.",
        },
        {
          title: "Training data and objective",
          detail:
            "Cross-modal pairs (image, caption) with CLIP-style InfoNCE; behavioural pairs (items engaged by the same user in a session) for engagement similarity; in-batch negatives plus mined hard negatives; optionally triplet loss. Multi-task mix so both semantic and engagement similarity are captured; dedupe near-identical pairs.",
        },
        {
          title: "Architecture and training",
          detail:
            "Pretrained image or video encoder and text encoder (or a single multimodal LLM), fusion layer, projection head. If full fine-tuning does not fit: sharded data parallelism (FSDP or ZeRO) to shard parameters, gradients and optimizer state; or parameter-efficient tuning (LoRA) with a frozen backbone; mixed precision and activation checkpointing. Large contrastive batches matter, so gather embeddings across workers for in-batch negatives.",
        },
        {
          title: "Indexing, versioning",
          detail:
            "Reduce dimension, quantize (int8, product quantization) and pick an ANN index (HNSW or IVF-PQ) validated by recall@k against exact search. Version every embedding; a new model requires re-embedding billions of posts, so backfill in batch, dual-serve versions, migrate consumers, keep old index for rollback.",
        },
      ],
      keyDecisions: [
        {
          decision: "Fine-tuning strategy for a model that does not fit in memory",
          options: [
            "full fine-tuning with FSDP or ZeRO",
            "LoRA or adapters on a frozen backbone",
            "distill into a smaller encoder",
          ],
          tradeOff:
            "Full sharded fine-tuning gives the best quality but the highest cost; LoRA is cheap and fast to iterate; distillation makes upload-time inference affordable at some quality cost.",
        },
        {
          decision: "What similarity to learn",
          options: ["semantic (cross-modal)", "engagement (co-engagement)", "both via multi-task"],
          tradeOff:
            "Semantic similarity works for brand-new items and moderation; engagement similarity matches audiences but needs interactions; multi-task covers both consumers.",
        },
        {
          decision: "Index compression",
          options: [
            "full float32",
            "int8 scalar quantization",
            "product quantization with re-ranking on full vectors",
          ],
          tradeOff:
            "Compression cuts memory many times over but loses recall; re-ranking a shortlist with full vectors recovers most of the loss.",
        },
      ],
      keyPoints: [
        "Defines similarity per consumer before choosing data.",
        "Uses contrastive objectives with cross-modal and co-engagement positives and hard negatives.",
        "Explains sharded or parameter-efficient training for a model too large for one worker.",
        "Embeds new posts at upload for cold start and moderation.",
        "Quantifies the recall cost of compressing embeddings.",
        "Plans versioning, backfill, dual-serving and rollback.",
      ],
      followUps: [
        {
          question:
            "Why does batch size matter for contrastive training and how do you get large batches across GPUs?",
          goodAnswer:
            "More in-batch negatives give a tighter bound and better embeddings; all-gather embeddings across data-parallel workers so each positive is contrasted with the global batch, using gradient caching if memory is short.",
        },
        {
          question: "How do you roll out a new embedding version without breaking consumers?",
          goodAnswer:
            "Backfill all items with the new version, build a parallel index, let consumers retrain against it and A/B test, switch traffic per consumer, keep the old version until no consumer depends on it, and roll back by switching the pointer.",
        },
        {
          question: "Embedding inference at upload is too expensive. Options?",
          goodAnswer:
            "Distill to a smaller student, batch on GPUs, embed lower-resolution inputs or few video frames, defer heavy embedding until a post gets traction while using a cheap embedding first.",
        },
      ],
      signals: [
        "Moves beyond the model to training infra, indexing and lifecycle.",
        "Quantifies trade-offs (storage vs recall, cost vs freshness).",
        "Connects content embeddings to cold start.",
      ],
      redFlags: [
        "Assumes a model that does not fit can simply be trained with more data parallel workers.",
        "Overwrites embeddings in place on retrain.",
        "Evaluates only by eyeballing nearest neighbours.",
        "Ignores the cost of re-embedding billions of items.",
      ],
      metrics: [
        "Intrinsic: recall@k on held-out co-engagement and image-text retrieval, duplicate-detection precision.",
        "Index: recall@k of ANN vs exact search, memory per item, query latency.",
        "Downstream: cold-start engagement of new posts, ranker AUC lift, online engagement lifts.",
      ],
      takeaway:
        "Content understanding is contrastive representation learning plus an embedding platform: train it at scale, embed at upload, compress without losing recall, and version everything.",
    },
    phases: modelDesignPhases(60, {
      framing: "Identify consumers, define similarity, set upload-to-embedding latency and objectives.",
      highLevel: "Offline training, backfill and indexing; online upload-time embedding path.",
      stepByStep: "Training pairs, contrastive losses, backbone and distributed fine-tuning.",
      deepDives: "Compression vs recall, versioning and rollback, inference cost at upload.",
    }),
    rubric: "ml-model-design",
  },

  // ---------------------------------------------------------------- query understanding
  {
    slug: "model-design-query-understanding",
    title: "Design query understanding for a food delivery search engine",
    kind: "MODEL_DESIGN",
    roundType: "ml-model-design",
    difficulty: "MEDIUM",
    minutes: 45,
    tags: [
      "family-query-understanding",
      "search",
      "query-embedding",
      "two-tower",
      "distillation",
      "embedding-versioning",
    ],
    source: {
      seed: SEED,
      ref: "Section 6: ML Model Design - Other common topics ({user, content, query} understanding: query)",
    },
    brief: {
      summary:
        "Design the query understanding layer of a food delivery app's search: turning a raw query into signals (embedding, intent, cuisine or dish, corrections) that retrieval and ranking use.",
      context:
        "Users type short, messy queries: restaurant names, dishes, cuisines, dietary needs, often misspelled or in mixed languages ('spicy ramen', 'mcdonlds', 'vegan bowl near me'). Search must return stores and dishes that can deliver to the user now.",
      requirements: [
        "Clarify query types, downstream consumers and latency.",
        "Define business and ML objectives for query understanding.",
        "Design the training data, models and losses for the query representation and any classifiers.",
        "Explain serving: caching, online inference, and how query and item embeddings stay compatible.",
        "Describe evaluation offline and online.",
      ],
      constraints: [
        "Assume thousands of search queries per second at peak with a long tail of rare queries.",
        "Query understanding gets a budget of a few tens of milliseconds.",
        "Catalog of stores and dishes differs by city.",
      ],
      deliverable:
        "A design for the query understanding models and their serving and lifecycle, then deep dives.",
    },
    guide: {
      overview:
        "Query understanding combines a query embedding trained contrastively against the items users order (two-tower, query tower shared with retrieval), light classifiers (intent: store vs dish vs cuisine; dietary attributes), and spell correction or rewriting. Large models (LLMs) can produce labels and rewrites offline, distilled into small online models; head queries are cached.",
      whyAsked:
        "Checks whether the candidate can design representation learning for short queries, respect a tight latency budget, and handle embedding compatibility between query and item towers over versions.",
      referenceSteps: [
        {
          title: "Problem framing",
          detail:
            "Query types: navigational (store name), dish, cuisine, attribute (vegan, cheap), mixed. Consumers: embedding retrieval, lexical retrieval (rewritten query), ranking features (intent, matched attributes). Business goal: more searches ending in an order, fewer null or low-result searches. ML objective: query representation that ranks orderable items high; intent classification accuracy.",
        },
        {
          title: "High-level design",
          detail:
            "Online: query to normalization and spell correction to cache lookup (head queries) to small query encoder and classifiers on miss to retrieval (lexical plus ANN over items in deliverable range). Offline: search logs (query, impressions, clicks, orders), LLM labelling of intents and rewrites, training of the two-tower model and classifiers, item embedding backfill and index build per city.",
        },
        {
          title: "Models and losses",
          detail:
            "Two-tower: query tower (character n-gram or subword Transformer, robust to typos) and item tower (store or dish text, cuisine, menu). Positives from (query, ordered or clicked item) pairs, in-batch negatives; contrastive loss. Intent and attribute classifiers as multi-label heads on the query tower. A large LLM teacher labels rare queries and generates rewrites; distill into the small student with a distillation loss plus BCE.",
        },
        {
          title: "Serving and versioning",
          detail:
            "Query frequency is heavy-tailed, so precompute embeddings and intents for head queries and cache them; compute tail queries online. Query and item towers must share a version: rebuild the item index with the new item tower before switching the query tower, and keep the old pair for rollback.",
        },
      ],
      keyDecisions: [
        {
          decision: "Online model size",
          options: ["large LLM online", "distilled small encoder", "cache plus small encoder"],
          tradeOff:
            "An LLM online blows the latency budget and cost; a distilled encoder keeps most quality; caching head queries covers most traffic with zero model latency.",
        },
        {
          decision: "Label source for training",
          options: ["clicks", "orders", "LLM labels", "human relevance ratings"],
          tradeOff:
            "Clicks are plentiful but noisy; orders are cleaner but sparse and affected by price and ETA; LLM labels cover the tail; human labels are small but needed for evaluation.",
        },
      ],
      keyPoints: [
        "Distinguishes query types and downstream consumers.",
        "Trains the query tower contrastively against items that satisfied the query.",
        "Handles typos and multilingual queries in the tokenizer or with correction.",
        "Uses an LLM teacher offline and distils for latency.",
        "Caches head queries and keeps query and item towers version-compatible.",
      ],
      followUps: [
        {
          question: "How do you handle 'near me' or 'open now' in the query?",
          goodAnswer:
            "Treat them as attribute intents parsed into filters (delivery radius, open hours) applied at retrieval rather than embedded semantically.",
        },
        {
          question: "What breaks if you deploy a new query tower without re-embedding items?",
          goodAnswer:
            "Query and item vectors live in different spaces, recall collapses; deploy the new item index first, switch atomically, and keep the old pair for rollback.",
        },
      ],
      signals: [
        "Keeps the latency budget in view throughout.",
        "Connects query understanding outputs to specific retrieval and ranking uses.",
      ],
      redFlags: [
        "Runs a large LLM per keystroke online.",
        "Word-level tokenizer with no typo handling.",
        "Ignores location constraints.",
      ],
      metrics: [
        "Offline: recall@k of ordered items, intent classifier precision and recall, spell-correction accuracy.",
        "Online: search conversion (orders per search), null and low-result rate, reformulation rate, query understanding latency.",
      ],
      takeaway:
        "Query understanding is a small, fast, well-versioned model distilled from big ones, trained on what users actually ordered.",
    },
    phases: modelDesignPhases(45, {
      framing: "Clarify query types, consumers, latency; define conversion and quality objectives.",
      highLevel:
        "Online normalization, cache and encoder path; offline logs, LLM labels, training and indexing.",
      stepByStep: "Two-tower query model, classifiers, distillation, losses.",
      deepDives: "Caching and latency, version compatibility of towers, tail and multilingual queries.",
    }),
    rubric: "ml-model-design",
  },
];

export const rubrics: RubricTemplateDefinition[] = [];
