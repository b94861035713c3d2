import type { PromptDefinition, RubricTemplateDefinition } from "../schema";

// Seed 003, section 7 (ML infra design): feature store, training data generation,
// distributed training, ads ranking system (following the seed's table of contents).

const SEED = "003_9a4b8795634bde49" as const;

export const prompts: PromptDefinition[] = [
  // ---------------------------------------------------------------- feature store
  {
    slug: "ml-infra-feature-store",
    title: "Design a feature store for ranking models",
    kind: "SYSTEM_DESIGN",
    roundType: "ml-infra-design",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      "infra-design",
      "feature-store",
      "lambda-architecture",
      "streaming",
      "online-serving",
      "training-serving-skew",
    ],
    source: { seed: SEED, ref: "Section 7: ML Infra Design - data infra (feature stores)" },
    brief: {
      summary:
        "Design the feature store that the recommendation and ads teams use to define features, compute them, serve them to online ranking services, and produce training data.",
      context:
        "Today each team writes its own pipelines: some features are computed in daily batch jobs, some in ad-hoc streaming jobs, and serving code re-implements transformations, which has caused training-serving skew incidents. Ranking services score thousands of candidate items per request.",
      requirements: [
        "Let engineers define a feature once (source, transformation, entity, freshness) and use it for both training and serving.",
        "Serve user, item and context features to ranking services for thousands of items per request.",
        "Support both batch-computed and streaming (near-real-time) features.",
        "Produce point-in-time correct training datasets.",
        "Support backfilling a newly defined feature over historical data.",
        "Provide monitoring of freshness and quality.",
      ],
      constraints: [
        "Assume hundreds of thousands of ranking requests per second at peak, each needing features for up to a few thousand items.",
        "Feature fetch must fit in roughly 10 to 20 milliseconds at p99 within the ranking latency budget.",
        "Streaming features should be at most a minute or two stale.",
        "Focus on the ML infra; generic distributed-systems topics only as they apply here.",
      ],
      deliverable:
        "Core entities and APIs, a high-level architecture of offline and online paths, and a deep dive into consistency, freshness and scaling.",
    },
    guide: {
      overview:
        "A feature store has a registry (definitions, owners, versions), compute (batch plus streaming, i.e. lambda architecture), an offline store for training (historical values, time-travel queries) and an online store for serving (low-latency key-value reads), with materialization between them and a serving API that batches lookups. The hard problems are training-serving consistency, point-in-time correctness, freshness, and read fan-out at ranking scale.",
      whyAsked:
        "Companies that run a dedicated ML infra round want candidates who understand the lifecycle of a feature (definition, computation in batch or streaming, storage, refresh) and why the serving and training views must agree; modelling knowledge alone does not pass.",
      referenceSteps: [
        {
          title: "Requirements and scale",
          detail:
            "Feature types: request features (user and context), document or item features, cross features (user-item or user-category). Freshness tiers: static (daily batch), near-real-time (streaming counters such as last-hour clicks), request-time (computed in the service). Read pattern: one user lookup plus thousands of item lookups per request, so batched multi-get and caching dominate.",
        },
        {
          title: "Core entities and APIs",
          detail:
            "Entity (user, item, advertiser) with join key; FeatureView or feature group (entity, source, transformation, schedule, TTL, owner, version); FeatureService (the set of features a model consumes). APIs: register(feature_view), get_online_features(entity_type, ids, feature_refs), get_historical_features(entity rows with event timestamps, feature_refs), push(entity, values, event_time) for streams, backfill(feature_view, start, end).",
        },
        {
          title: "High-level architecture",
          detail:
            "Registry service and metadata DB. Batch path: data lake tables to Spark jobs to offline store (columnar, partitioned by date, keyed by entity and event time) and materialization into the online store. Streaming path: engagement events on a message queue (Kafka) to stream processors (Flink windows) writing to the online store and appending to the offline log. Online store: sharded, replicated key-value store keyed by entity id with a row of feature values. Serving layer: stateless feature servers near ranking services with local caches.",
        },
        {
          title: "Consistency and point-in-time correctness",
          detail:
            "Training rows must use feature values as they were at the event timestamp (as-of joins), otherwise labels leak into features. Same transformation definitions generate offline and online values; alternatively log the exact features used at serving (forward logging) and train on the logs, which removes skew but only works for features that existed at serving time; backfill with point-in-time joins for new features.",
        },
        {
          title: "Scaling and operations",
          detail:
            "Shard online store by entity id, replicate for read throughput, cache hot items (popular items are read by every request) in the feature server, pack features per entity into one value to reduce round trips, TTLs to expire stale values. Monitor freshness lag per feature, null and default rates, distribution drift, read latency; alert and fall back to defaults on timeouts.",
        },
      ],
      keyDecisions: [
        {
          decision: "How to guarantee training-serving consistency",
          options: [
            "shared transformation code for both paths",
            "forward logging of served features",
            "both",
          ],
          tradeOff:
            "Shared definitions allow backfilling new features but subtle differences between batch and streaming engines still creep in; forward logging is exact but new features need backfill anyway; most mature stacks log features for training and use point-in-time backfill for experiments.",
        },
        {
          decision: "Lambda vs streaming-only (kappa)",
          options: ["batch plus streaming", "streaming only with replay"],
          tradeOff:
            "Lambda gives cheap, correct batch recomputation plus fresh streaming values but two code paths; kappa has one path but long replays for backfills and heavier state.",
        },
        {
          decision: "Online storage layout",
          options: ["one row per entity with all features", "one key per feature", "per feature-view rows"],
          tradeOff:
            "Entity-wide rows minimize round trips but rewrite large values on updates; per-feature keys are flexible but multiply reads; per-view rows balance ownership and fan-out.",
        },
        {
          decision: "Cross features",
          options: [
            "precompute all user-item pairs",
            "precompute sparse pairs with history (user-category affinity)",
            "compute at request time",
          ],
          tradeOff:
            "All pairs is infeasible; sparse precomputed affinities cover most value; request-time computation costs latency.",
        },
      ],
      keyPoints: [
        "Separates registry, compute, offline store, online store and serving.",
        "Explains point-in-time joins and why they prevent leakage.",
        "Names training-serving skew and offers forward logging and shared definitions as remedies.",
        "Uses lambda architecture with batch and streaming compute.",
        "Designs reads for thousands of items per request: batching, caching, sharding, replication.",
        "Covers backfills, TTLs and monitoring of freshness and drift.",
      ],
      followUps: [
        {
          question: "A new feature is defined today. How do you train a model with a year of history?",
          goodAnswer:
            "Backfill by running the batch transformation over historical sources and writing time-stamped values to the offline store, then generate training data with point-in-time joins; validate against recently logged online values for parity.",
        },
        {
          question: "A streaming job falls behind by 30 minutes. What happens to ranking?",
          goodAnswer:
            "Freshness monitors alert; features carry event timestamps so serving can detect staleness and fall back to batch values or defaults; the model should have been trained with realistic staleness; catch up by scaling consumers.",
        },
        {
          question: "How do you keep p99 latency low when a request needs 3,000 item rows?",
          goodAnswer:
            "Batched multi-get split by shard and issued in parallel, hot-item caches in the feature server, compact serialized rows, co-locating feature servers with rankers, and timeouts with default values.",
        },
      ],
      signals: [
        "Speaks in concrete data flows and APIs rather than buzzwords.",
        "Relates each infra choice to model quality (skew, leakage, staleness).",
        "Keeps the focus on ML-specific infra rather than generic system-design topics.",
      ],
      redFlags: [
        "Joins latest feature values onto historical labels (leakage).",
        "Re-implements transformations in serving code with no parity checks.",
        "One giant database for both analytics and online reads.",
        "Ignores hot keys and fan-out per request.",
        "Spends the hour on rate limiters or generic CRUD.",
      ],
      metrics: [
        "Online read latency p50 and p99, availability, cache hit rate.",
        "Freshness lag per feature, null or default rate.",
        "Online-offline parity (skew rate) and distribution drift.",
        "Backfill time and cost per feature.",
      ],
      takeaway:
        "A feature store is about one definition, two consistent views: point-in-time correct history for training and fresh, fast reads for serving.",
    },
    phases: [
      {
        key: "requirements-and-scale",
        title: "Requirements and scale",
        minutes: 8,
        goal: "Feature types, freshness tiers, read fan-out and latency budget.",
      },
      {
        key: "entities-and-apis",
        title: "Core entities and APIs",
        minutes: 7,
        goal: "Entities, feature views, and the online, historical, push and backfill APIs.",
      },
      {
        key: "architecture",
        title: "High-level architecture",
        minutes: 12,
        goal: "Registry, batch and streaming compute, offline and online stores, serving layer.",
      },
      {
        key: "consistency-deep-dive",
        title: "Consistency and correctness",
        minutes: 15,
        goal: "Point-in-time joins, training-serving skew, forward logging vs backfill.",
      },
      {
        key: "scaling-and-operations",
        title: "Scaling and operations",
        minutes: 13,
        goal: "Sharding, caching hot items, TTLs, monitoring freshness and drift.",
      },
      { key: "wrap-up", title: "Wrap-up", minutes: 5, goal: "Summarize trade-offs and what to build first." },
    ],
    rubric: "ml-system-design",
  },

  // ---------------------------------------------------------------- training data generation
  {
    slug: "ml-infra-training-data-generation",
    title: "Design the training data generation pipeline for a recommender",
    kind: "SYSTEM_DESIGN",
    roundType: "ml-infra-design",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      "infra-design",
      "training-data",
      "event-logging",
      "forward-logging",
      "stream-processing",
      "data-quality",
    ],
    source: {
      seed: SEED,
      ref: "Section 7: ML Infra Design - data infra (engagement logging, training data generation)",
    },
    brief: {
      summary:
        "Design the pipeline that turns serving logs and user engagement events into training datasets (features plus labels) for a multi-stage recommender's retrieval, L1 and L2 models.",
      context:
        "The feed ranks candidates in several stages. Clients report engagement (clicks, likes, watch time, hides) and some outcomes arrive much later (purchases, follows). Models are retrained daily today and the team wants hourly incremental training.",
      requirements: [
        "Log what was served: requests, candidates, positions, model versions and features.",
        "Collect engagement events and attach labels to the right impressions.",
        "Produce datasets for L2 (impressions with labels) and for early stages (including candidates never shown).",
        "Support hourly incremental datasets and reproducible historical datasets.",
        "Validate data quality before it reaches training.",
        "Respect user data deletion and retention policies.",
      ],
      constraints: [
        "Assume billions of impressions and tens of billions of logged candidates per day.",
        "Some labels arrive up to days after the impression.",
        "Storage cost matters: not every candidate can be logged.",
      ],
      deliverable:
        "A design of logging, joining, sampling, storage and validation, with the trade-offs behind each.",
    },
    guide: {
      overview:
        "Training data comes from joining what the system served (impressions, with the exact features used) with what users did afterwards, over a label window. Key choices: forward logging vs backfill, streaming vs batch joins, label windows and late events, sampling of negatives and early-funnel candidates, and data validation gates.",
      whyAsked:
        "Data infra is the most commonly probed part of ML infra rounds: how engagement events are logged and how features and labels are joined into training data via forward logging or backfill.",
      referenceSteps: [
        {
          title: "Requirements and scale",
          detail:
            "Datasets: L2 (shown items with multi-task labels), L1 and retrieval (shown items plus sampled unshown candidates, labels from engagement or teacher scores). Volume dominated by candidate logs. Freshness target: hourly partitions for incremental training.",
        },
        {
          title: "Serving-side logging",
          detail:
            "Each request gets a request_id; the ranking service logs request context, candidate ids per stage, scores, positions, model versions and the feature vectors actually used (forward logging) to a message queue. Sample early-funnel candidates (e.g. a small fraction of unshown L1 candidates per request) to cap storage.",
        },
        {
          title: "Engagement events and label join",
          detail:
            "Client events carry request_id and item_id, flow through the queue, get deduplicated and bot-filtered. A stream processor joins impressions with events within a label window (e.g. minutes for clicks and watch time, days for purchases), keyed by request_id and item_id with watermarks; emit an impression row when the window closes, with negatives where no event arrived. Late labels are appended as corrections or handled by delayed-feedback methods.",
        },
        {
          title: "Storage and consumption",
          detail:
            "Write to columnar tables partitioned by date and hour, with schema versions; datasets are defined declaratively (source partitions, joins, sampling rates, label definitions) so they can be regenerated. Trainers stream hourly partitions for incremental training; negative downsampling rates are recorded for later correction of predicted probabilities.",
        },
        {
          title: "Quality and governance",
          detail:
            "Validation gates: schema checks, row counts vs expectations, label rates, feature null rates and distributions compared with previous partitions; block training on failure. Lineage from dataset to logs; deletion requests propagated to raw logs and derived datasets; retention limits.",
        },
      ],
      keyDecisions: [
        {
          decision: "Forward logging vs backfill",
          options: [
            "log served features and join labels",
            "recompute features as of event time (point-in-time backfill)",
            "hybrid",
          ],
          tradeOff:
            "Forward logging guarantees training sees what serving saw and is cheap to join, but new features need a waiting period; backfill allows experiments with new features immediately but risks skew and needs point-in-time correct sources.",
        },
        {
          decision: "Label window length",
          options: ["short window", "long window", "short window plus later corrections"],
          tradeOff:
            "Short windows give fresh data but miss delayed positives (fake negatives); long windows are accurate but stale; corrections or delayed-feedback models get both at extra complexity.",
        },
        {
          decision: "Streaming vs batch joins",
          options: ["hourly batch join", "streaming join with watermarks"],
          tradeOff:
            "Batch joins are simple and easy to reprocess; streaming gives fresher data for continuous training but needs state management and late-event handling.",
        },
        {
          decision: "Sampling",
          options: [
            "log all candidates",
            "sample unshown candidates",
            "negative downsampling of impressions",
          ],
          tradeOff:
            "Logging everything is unaffordable; sampling cuts cost but must be recorded so models can reweight and recalibrate.",
        },
      ],
      keyPoints: [
        "Uses a request_id to join serving logs and engagement events.",
        "Logs features at serving time and explains why.",
        "Defines label windows per task and handles late events.",
        "Produces early-funnel datasets from sampled unshown candidates.",
        "Records sampling rates for calibration correction.",
        "Gates training on data validation and supports regeneration and deletion.",
      ],
      followUps: [
        {
          question:
            "Purchases arrive up to seven days later. How do you train hourly without treating all recent impressions as negatives?",
          goodAnswer:
            "Emit impressions with a short window and update labels when conversions arrive (duplicate positive rows or corrections), and model delay explicitly or importance-weight so the learner is not biased by fake negatives; or train the conversion head on a lagged window while other heads stay fresh.",
        },
        {
          question: "An upstream client bug doubles click events for an hour. How is it caught?",
          goodAnswer:
            "Dedup by event id at ingestion, plus validation comparing label rates and counts with previous partitions; anomalous partitions are quarantined and excluded from training.",
        },
        {
          question: "How do you make a dataset reproducible six months later?",
          goodAnswer:
            "Immutable raw logs within retention, versioned dataset definitions, recorded sampling seeds and rates, snapshotted feature definitions, and lineage metadata stored with the model.",
        },
      ],
      signals: [
        "Thinks in keys, windows, watermarks and partitions.",
        "Connects data choices to model bias (selection bias, fake negatives, sampling).",
        "Treats validation and deletion as part of the pipeline.",
      ],
      redFlags: [
        "Joins on user_id and timestamp proximity instead of a request or impression id.",
        "Uses current feature values for historical labels.",
        "Trains early-stage models only on shown impressions without noting the bias.",
        "Downsamples negatives without recording the rate.",
      ],
      metrics: [
        "Data freshness (event to trainable partition), join completeness (share of impressions with matched events), late-event rate.",
        "Validation failure rate, dataset generation cost, storage per day.",
        "Model-side: offline metric stability across partitions.",
      ],
      takeaway:
        "Good training data is a join problem done carefully: log what you served, attach labels over the right window, sample deliberately, and validate before training.",
    },
    phases: [
      {
        key: "requirements-and-scale",
        title: "Requirements and scale",
        minutes: 8,
        goal: "Which datasets for which stages, volumes, freshness targets.",
      },
      {
        key: "serving-logging",
        title: "Serving-side logging",
        minutes: 10,
        goal: "Request ids, candidate and feature logging, sampling of unshown candidates.",
      },
      {
        key: "label-join",
        title: "Events and label join",
        minutes: 15,
        goal: "Event ingestion, dedup, windows, watermarks, late and delayed labels.",
      },
      {
        key: "storage-and-consumption",
        title: "Storage and consumption",
        minutes: 10,
        goal: "Partitioned columnar storage, dataset definitions, incremental training reads.",
      },
      {
        key: "quality-and-governance",
        title: "Quality and governance",
        minutes: 12,
        goal: "Validation gates, lineage, reproducibility, deletion and retention.",
      },
      { key: "wrap-up", title: "Wrap-up", minutes: 5, goal: "Summarize trade-offs and rollout order." },
    ],
    rubric: "ml-system-design",
  },

  // ---------------------------------------------------------------- distributed training
  {
    slug: "ml-infra-distributed-training",
    title: "Design distributed training infrastructure for large ranking models",
    kind: "SYSTEM_DESIGN",
    roundType: "ml-infra-design",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      "infra-design",
      "distributed-training",
      "embedding-sharding",
      "checkpointing",
      "continuous-training",
      "model-rollout",
    ],
    source: { seed: SEED, ref: "Section 7: ML Infra Design - training infra (distributed training)" },
    brief: {
      summary:
        "Design the training infrastructure for a large deep learning ranking model that is retrained continuously and published to online serving.",
      context:
        "The model has huge sparse embedding tables for user and item ids plus dense layers (feature interaction, a Transformer over user sequences, multi-task heads). It trains on billions of examples per day. Teams want fast experiments, hourly incremental updates in production and safe releases.",
      requirements: [
        "Distribute training across many GPUs and hosts, including embedding tables too large for one device.",
        "Keep GPUs fed with data.",
        "Checkpoint and recover from worker failures without losing much progress.",
        "Support continuous (incremental) retraining with validation before publishing.",
        "Publish models to serving and support rollout and rollback.",
      ],
      constraints: [
        "Assume embedding tables totalling several terabytes and dense parameters in the hundreds of millions to billions.",
        "Hardware failures happen daily at this scale.",
        "A full retrain takes days; production models must reflect data that is at most a few hours old.",
      ],
      deliverable:
        "A parallelism plan, data pipeline, fault-tolerance design and release process, with trade-offs.",
    },
    guide: {
      overview:
        "Recommendation models mix terabyte-scale sparse embeddings with compute-heavy dense layers, so training uses hybrid parallelism: model-parallel sharded embedding tables (exchanging lookups with all-to-all) and data-parallel dense layers (all-reduce of gradients). Around it: an input pipeline that keeps GPUs busy, sharded asynchronous checkpoints with elastic recovery, incremental training from the last checkpoint, validation gates, and a model registry with canary rollout and rollback.",
      whyAsked:
        "Training infra is one of the three pillars of ML infra rounds (with data and serving infra): spreading a job over many GPUs, surviving failures through checkpoints, retraining continuously behind validation, and publishing models with safe rollout and rollback.",
      referenceSteps: [
        {
          title: "Requirements and sizing",
          detail:
            "Estimate memory: embedding rows times dimension times bytes plus optimizer state (e.g. Adagrad doubles it) exceeds any single GPU, so embeddings must be sharded; dense parameters fit per GPU or need sharding if very large. Throughput target from examples per day and freshness goal.",
        },
        {
          title: "Parallelism",
          detail:
            "Embeddings: shard table-wise (whole small tables per device), row-wise (huge tables split by id range or hash), or column-wise (split dimensions) using a planner that balances memory and lookup cost; all-to-all exchanges pooled embeddings between devices each step. Dense: data parallel with gradient all-reduce; if dense layers grow too large, sharded data parallelism (FSDP or ZeRO) or tensor and pipeline parallelism. Alternative: parameter servers on CPU for embeddings with async updates, trading staleness for capacity.",
        },
        {
          title: "Input pipeline",
          detail:
            "Separate CPU data-loading workers read columnar partitions, decode and preprocess features, and prefetch batches; shuffle within buffers; avoid GPU starvation by profiling input throughput; cache hot partitions.",
        },
        {
          title: "Fault tolerance",
          detail:
            "Periodic sharded checkpoints (each rank writes its shard) written asynchronously to distributed storage, including optimizer state and data-loader position; frequency chosen by failure rate vs write cost. Elastic job controller detects failed nodes, replaces them from a spare pool, restarts from the latest checkpoint; handle stragglers with timeouts and health checks.",
        },
        {
          title: "Continuous training and release",
          detail:
            "Incremental jobs warm-start from the latest production checkpoint and train on new hourly partitions; validation gates (offline AUC or NCE on a fresh holdout, calibration, prediction distribution, feature coverage) block bad models; publish to a model registry with lineage; convert and load into serving (embedding tables may be pushed as deltas); roll out via shadow and canary with automatic rollback on online metric or calibration regressions.",
        },
      ],
      keyDecisions: [
        {
          decision: "Embedding placement",
          options: [
            "GPU-sharded model parallel",
            "CPU parameter servers",
            "GPU with host-memory or SSD caching of cold rows",
          ],
          tradeOff:
            "GPU sharding is fastest but costly in memory; parameter servers scale capacity cheaply but add network latency and staleness; tiered caching exploits the skew of id popularity.",
        },
        {
          decision: "Synchronous vs asynchronous updates",
          options: ["synchronous all-reduce", "asynchronous parameter server"],
          tradeOff:
            "Synchronous training is reproducible and converges predictably but waits for the slowest worker; asynchronous is robust to stragglers but gradients go stale.",
        },
        {
          decision: "Checkpoint frequency",
          options: ["frequent", "infrequent", "asynchronous with incremental embedding deltas"],
          tradeOff:
            "Frequent checkpoints lose less work but cost I/O and stall training; asynchronous and incremental checkpoints reduce overhead at the cost of complexity.",
        },
        {
          decision: "Retraining mode",
          options: [
            "full retrain from scratch",
            "incremental warm start",
            "periodic full retrain plus hourly incremental",
          ],
          tradeOff:
            "Incremental keeps models fresh cheaply but can drift or accumulate errors; periodic full retrains reset and allow architecture changes.",
        },
      ],
      keyPoints: [
        "Sizes memory and shows why embeddings need model parallelism while dense layers use data parallelism.",
        "Names the collective operations (all-to-all for embeddings, all-reduce for dense gradients).",
        "Keeps GPUs fed with a separate input pipeline.",
        "Checkpoints sharded state including optimizer and data position; elastic recovery.",
        "Incremental training with validation gates before publishing.",
        "Registry, canary rollout and rollback.",
      ],
      followUps: [
        {
          question: "You also need to fine-tune an LLM that does not fit in one GPU's memory. What changes?",
          goodAnswer:
            "Shard parameters, gradients and optimizer state with FSDP or ZeRO, add tensor parallelism within a node and pipeline parallelism across nodes if needed, use mixed precision and activation checkpointing, or reduce trainable parameters with LoRA.",
        },
        {
          question: "Training throughput is half of what you expected. How do you debug?",
          goodAnswer:
            "Profile: GPU utilization and step time breakdown; check input pipeline starvation, all-to-all imbalance from hot embedding shards, communication vs compute overlap, stragglers; fix with better sharding plans, prefetching, larger batches or gradient accumulation.",
        },
        {
          question: "A newly published model hurts revenue. What happens?",
          goodAnswer:
            "Canary metrics and calibration monitors trigger automatic rollback to the previous registry version; keep previous checkpoints and embedding snapshots warm; investigate data or validation gaps.",
        },
      ],
      signals: [
        "Does back-of-the-envelope memory and throughput math.",
        "Understands recommendation-specific training (sparse plus dense), not just LLM training.",
        "Treats release and rollback as part of training infra.",
      ],
      redFlags: [
        "Plain data parallelism with full embedding replicas on every GPU.",
        "No checkpoint strategy or checkpoints without optimizer state.",
        "Publishing models without validation gates.",
        "Confuses model parallelism and data parallelism.",
      ],
      metrics: [
        "Training throughput (examples per second), GPU utilization, scaling efficiency.",
        "Checkpoint overhead, mean time to recovery, lost work per failure.",
        "Model freshness (data to serving lag), validation gate pass rate, rollback count.",
      ],
      takeaway:
        "Train recommenders with hybrid parallelism, keep GPUs fed, make failures cheap with sharded checkpoints, and gate every continuously trained model before it reaches users.",
    },
    phases: [
      {
        key: "requirements-and-sizing",
        title: "Requirements and sizing",
        minutes: 8,
        goal: "Model size, memory math, throughput and freshness targets.",
      },
      {
        key: "parallelism",
        title: "Parallelism strategy",
        minutes: 15,
        goal: "Embedding sharding, dense data parallelism, collectives, alternatives.",
      },
      {
        key: "input-pipeline",
        title: "Input pipeline",
        minutes: 7,
        goal: "Loading, preprocessing and prefetching to keep GPUs busy.",
      },
      {
        key: "fault-tolerance",
        title: "Fault tolerance",
        minutes: 12,
        goal: "Sharded asynchronous checkpoints, elastic recovery, stragglers.",
      },
      {
        key: "continuous-training-release",
        title: "Continuous training and release",
        minutes: 13,
        goal: "Incremental training, validation gates, registry, rollout and rollback.",
      },
      { key: "wrap-up", title: "Wrap-up", minutes: 5, goal: "Summarize the plan and biggest risks." },
    ],
    rubric: "ml-system-design",
  },

  // ---------------------------------------------------------------- ads ranking system
  {
    slug: "ml-infra-ads-ranking-system",
    title: "Design an ads ranking system end to end",
    kind: "SYSTEM_DESIGN",
    roundType: "ml-infra-design",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      "infra-design",
      "ads-ranking",
      "ctr-prediction",
      "cvr-prediction",
      "auction",
      "calibration",
      "delayed-feedback",
    ],
    source: {
      seed: SEED,
      ref: "Section 7: ML Infra Design - toy ads ranking system design (table of contents)",
    },
    brief: {
      summary:
        "Design the system that selects and ranks ads for a social app's feed: from ad request to auction, plus the offline pipelines that train and index.",
      context:
        "Advertisers create campaigns with targeting, budgets and bids and may pay per impression, per click or per conversion (e.g. an app install or purchase reported by the advertiser). Ad slots appear between organic posts. The team expects you to go deep on both serving infrastructure and models.",
      requirements: [
        "Clarify what to build: charging events, attribution, candidate size and scale.",
        "State business and ML objectives.",
        "Define the core entities, the serving API and the online services with their data flow.",
        "Design the offline path: features, training data, training, ad indexing.",
        "Specify candidate generation, L1 and L2 models (objectives, data, features, architectures).",
        "Explain monitoring, experimentation, rollout and rollback.",
      ],
      constraints: [
        "Assume millions of active ads and hundreds of thousands of ad requests per second at peak.",
        "The ads path gets around 100 milliseconds end to end.",
        "Conversions can be reported days after the click.",
        "Advertisers pay based on predicted probabilities, so predictions must be accurate in absolute terms, not just in order.",
      ],
      deliverable:
        "A design that follows problem framing, high-level design, online path, offline path, step-by-step model design, production, and deep dives.",
    },
    guide: {
      overview:
        "An ads system ranks by expected value to the platform and advertiser, e.g. eCPM = bid times pCTR (times pCVR for conversion-optimized campaigns), so predictions must be calibrated. Online: Ads Serving API to CandidateGenerationService (targeting, budget, other checks) to L1RankingService to L2RankingService to AuctionPolicyService to logging. Offline: features, training data joining impressions with clicks and delayed conversions under an attribution policy, training, and ad indexing. Deep dives: delayed conversions and CVR calibration.",
      whyAsked:
        "The seed recommends practising retrieval and ranking for organic and ads as an ML infra design; ads adds money flows (charging events, auctions, budgets) and makes calibration and delayed feedback central, which separates practitioners from template-followers.",
      referenceSteps: [
        {
          title: "Problem framing",
          detail:
            "Charging events: CPM (impression), CPC (click), CPA or optimized CPM (conversion); this decides which probabilities must be predicted. Attribution: which impression or click gets credit for a conversion, within what windows (e.g. click-through and view-through windows), last-touch or otherwise; this defines labels. Candidate size: millions of active ads narrowed to thousands after targeting. Scalability: peak QPS and the latency budget. Business objectives: platform revenue, advertiser ROI (conversions at target cost), user experience (ad load, hides, reports). ML objectives: calibrated pCTR and pCVR (and a quality or negative-feedback term).",
        },
        {
          title: "High-level design",
          detail:
            "Online path: request to gateway to candidate generation to L1 to L2 to auction and policy to response and logging. Offline path: feature engineering (batch and streaming, e.g. campaign spend and recent CTR), training data generation, model training, and indexing of ads (targeting inverted index, ad embeddings).",
        },
        {
          title: "Online path",
          detail:
            "Core entities: Advertiser, Campaign (objective, budget, schedule), AdGroup (targeting, bid, bid strategy), Ad or Creative, User, AdRequest, Impression, Click, Conversion. Ads Serving API: POST ads fetch with user id, context and slots. CandidateGenerationService: match targeting via inverted index, check budget and pacing, frequency caps, policy and brand safety. L1RankingService: lightweight pCTR over thousands. L2RankingService: multi-task pCTR, pCVR over hundreds. AuctionPolicyService: compute eCPM with bids, reserve prices, pricing rule (e.g. second-price style), ad load and spacing relative to organic posts. Logging: impression, click and conversion events keyed by impression id for billing and training.",
        },
        {
          title: "Offline path",
          detail:
            "Feature engineering: user features, ad and advertiser features, context, cross features (user-advertiser history), streaming counters. Data generation: impressions joined with clicks (minutes) and conversions (days) per the attribution policy; negative downsampling with recorded rates. Model training: continuous incremental training. Item indexing: rebuild targeting indexes as campaigns change; ad embeddings for retrieval.",
        },
        {
          title: "Step-by-step design",
          detail:
            "Candidate generation: targeting (demographics, interests, lookalikes, retargeting lists), budget checks (remaining daily budget, pacing throttle), other checks (frequency caps, policy, creative approval), optional embedding-based retrieval for auto-targeted campaigns. L1: objective is recall of L2's top; training data from impressions plus sampled unshown candidates labelled by L2; light features; two-tower or small DNN with BCE plus distillation. L2: objective pCTR and pCVR; training data from impressions; rich features including user engagement sequences; DLRM-style architecture with feature interaction and multi-task experts; pointwise BCE because calibration matters for pricing.",
        },
        {
          title: "Production",
          detail:
            "Monitoring: calibration (predicted vs observed) per campaign and objective, revenue, spend pacing, latency, feature freshness. Experimentation: A/B tests where advertiser budgets can leak between arms, so use budget-split or campaign-level designs. Rollout: shadow scoring, canary traffic. Rollback: automatic on calibration or revenue regressions.",
        },
        {
          title: "Deep dives",
          detail:
            "Delayed conversions: recent clicks look like negatives because conversions have not arrived; options are waiting windows (stale), delayed-feedback models that predict conversion and delay jointly, or importance weighting and label corrections as conversions land. CVR calibration: pointwise loss, correcting for negative downsampling, post-hoc calibration (isotonic or Platt) per segment, and monitoring calibration because auctions and billing use absolute values.",
        },
      ],
      keyDecisions: [
        {
          decision: "Ranking score",
          options: ["pCTR only", "bid times pCTR", "bid times pCTR times pCVR plus quality terms"],
          tradeOff:
            "The score must match how the advertiser pays and what they optimize; adding quality or negative-feedback terms protects user experience at some short-term revenue cost.",
        },
        {
          decision: "Loss for L2",
          options: ["pointwise BCE", "pairwise or listwise"],
          tradeOff:
            "Ads need calibrated probabilities for auctions and billing, so pointwise is standard; ranking losses improve order but break calibration.",
        },
        {
          decision: "Handling conversion delay",
          options: [
            "wait for full attribution window",
            "delayed-feedback model",
            "train now and correct labels later",
          ],
          tradeOff:
            "Waiting is simple but models lag campaigns by days; modelling delay keeps freshness but is complex; corrections are practical but need careful weighting.",
        },
        {
          decision: "Where budget checks run",
          options: ["candidate generation", "auction"],
          tradeOff:
            "Early checks save compute on ads that cannot serve; final checks in the auction avoid overspend with stale budget data; usually both.",
        },
      ],
      keyPoints: [
        "Starts from charging events and attribution because they define labels and the ranking score.",
        "Names the online services and what each does, including auction and logging.",
        "Separates offline feature, data, training and indexing pipelines.",
        "Specifies L1 and L2 objectives, data, features and architectures.",
        "Uses pointwise losses and calibration because predictions set prices.",
        "Handles delayed conversions explicitly.",
        "Covers monitoring, experimentation pitfalls, rollout and rollback.",
      ],
      followUps: [
        {
          question: "You downsample negatives 10 to 1 for pCTR training. What happens at serving?",
          goodAnswer:
            "Predicted probabilities are inflated; correct with p / (p + (1 - p) / w) where w is the negative sampling rate, then verify calibration on unsampled holdout data.",
        },
        {
          question:
            "An advertiser complains their cost per conversion doubled after a launch. How do you investigate?",
          goodAnswer:
            "Check pCVR calibration for their campaign segment before and after, delayed-conversion effects on recent data, auction changes (reserve prices, competition), and attribution pipeline health; roll back if calibration regressed.",
        },
        {
          question: "Why can ads A/B tests mislead?",
          goodAnswer:
            "Advertisers' budgets are shared across arms, so one arm can exhaust budget and starve the other; use budget-split experiments or campaign-level randomization and measure advertiser outcomes, not just revenue.",
        },
      ],
      signals: [
        "Covers both infra (services, data flow, logging, indexing) and models in depth.",
        "Shows ads-specific knowledge: auctions, pacing, attribution, calibration.",
        "Structures the hour so production and deep dives are reached.",
      ],
      redFlags: [
        "Ranks ads like organic content by engagement only.",
        "Ignores calibration or uses ranking losses for pricing models.",
        "No attribution or conversion delay discussion.",
        "Forgets budgets and pacing.",
        "Runs out of time before production concerns.",
      ],
      metrics: [
        "Offline: AUC, normalized cross entropy, calibration (predicted over observed) for pCTR and pCVR, by segment.",
        "Online: revenue per thousand requests, advertiser cost per conversion and conversion volume, CTR, ad hide and report rates.",
        "System: latency p99, budget overspend, pacing accuracy, feature freshness.",
      ],
      takeaway:
        "Ads ranking is organic ranking plus money: charging events and attribution define the labels, calibration defines correctness, and delayed conversions define the data pipeline.",
    },
    phases: [
      {
        key: "problem-framing",
        title: "Problem framing",
        minutes: 8,
        goal: "Charging events, attribution, candidate size, scale; business and ML objectives.",
      },
      {
        key: "high-level-design",
        title: "High-level design",
        minutes: 5,
        goal: "Sketch online and offline paths.",
      },
      {
        key: "online-path",
        title: "Online path",
        minutes: 10,
        goal: "Core entities, serving API, candidate generation, L1, L2, auction, logging.",
      },
      {
        key: "offline-path",
        title: "Offline path",
        minutes: 8,
        goal: "Feature engineering, data generation, training, ad indexing.",
      },
      {
        key: "step-by-step-design",
        title: "Step-by-step design",
        minutes: 13,
        goal: "Targeting and checks, L1 and L2 objectives, data, features, architectures.",
      },
      {
        key: "production",
        title: "Production",
        minutes: 7,
        goal: "Monitoring, experimentation, rollout, rollback.",
      },
      {
        key: "deep-dives",
        title: "Deep dives",
        minutes: 9,
        goal: "Delayed conversions and CVR calibration.",
      },
    ],
    rubric: "ml-system-design",
  },
];

export const rubrics: RubricTemplateDefinition[] = [];
