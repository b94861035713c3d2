import type { PromptDefinition, RubricTemplateDefinition } from "../schema";

// Seed 000: ML system design guide, systems 4-7 (LangChain agent patterns, Gemini MoE, Gemini Storybook, Nano Banana).

export const prompts: PromptDefinition[] = [
  {
    slug: "langchain-long-running-agent-context-engineering",
    title: "Design context engineering for a long-running autonomous agent (LangChain agent design patterns)",
    kind: "SYSTEM_DESIGN",
    roundType: "ml-system-design",
    company: "LangChain",
    difficulty: "HARD",
    minutes: 45,
    tags: [
      "llm-agents",
      "context-engineering",
      "long-running-agents",
      "agent-design-patterns",
      "multi-layer-action-space",
      "codeact",
      "progressive-disclosure",
      "context-offloading",
      "prompt-caching",
      "cache-hit-rate",
      "sub-agents",
      "context-isolation",
      "ralph-wiggum-loop",
      "continual-learning",
      "file-backed-memory",
      "multi-agent",
    ],
    source: { seed: "000_cfee5a25a5ad6b79", ref: "System 4: LangChain agent design patterns" },
    brief: {
      summary:
        "Design the agent architecture for an autonomous coding and research agent that works on a single task for minutes to hours, calling many tools, without its quality or cost falling apart as the session grows.",
      context:
        "Production agents in this category (Claude Code, Manus) run long, tool-heavy sessions. Your team's prototype works for short tasks, but on long tasks its answers get worse as the transcript grows, it loses track of the original goal, and per-task inference cost is too high to sell. It has access to dozens of tools plus internal APIs.",
      requirements: [
        "Sustain good decisions over sessions of hundreds of steps and hours of wall-clock time",
        "Give the agent access to a large and growing set of capabilities (tools, APIs, procedures)",
        "Make per-task cost economically viable with a high-capability model",
        "Support tasks that can be split and worked on in parallel or as a long sequence of plan items",
        "Let the agent get better across sessions without retraining model weights",
      ],
      constraints: [
        "Model quality degrades as the context window fills up; the window is finite",
        "Tool responses can be very verbose (large API payloads, logs)",
        "Several agent instances may need to coordinate on the same codebase",
      ],
      deliverable:
        "Describe what goes into the context window at each step and how everything else is stored, retrieved, cached and shared; define the production metrics you would track and the failure modes.",
    },
    guide: {
      overview:
        "Reference is Lance Martin's (LangChain, Jan 2026) seven agent design patterns, drawn from Claude Code and Manus, all built on one principle: context is a finite resource with diminishing marginal returns, so the window should hold only what the next step needs. Patterns: (1) give agents a computer (filesystem + shell); (2) multi-layer action space: 6-20 atomic tools on top, complex workflows as code at the computer layer (CodeAct); (3) progressive disclosure: tool indexing, skill folders, --help on demand; (4) offload context: write tool results, trajectories and plans to files, summarise selectively; (5) cache context: prompt caching, with cache hit rate as the key production metric (Manus); (6) isolate context: sub-agents with their own windows, or sequential Ralph Wiggum loops coordinated through git; (7) evolve context: reflect on trajectories, update docs and extract skills (e.g. GEPA). Context engineering is not prompt engineering.",
      whyAsked:
        "Long-horizon agents are the current frontier. The question checks whether the candidate treats the context window as a budget, knows concrete patterns for keeping it lean, and understands that caching and context structure, not model choice alone, drive agent economics.",
      referenceSteps: [
        {
          title: "Problem formulation",
          detail:
            "Goal: populate the window with exactly the information needed for the next step. Adding information beyond a threshold actively hurts. Track task success on long tasks, cost per task and cache hit rate.",
        },
        {
          title: "Environment: give the agent a computer",
          detail:
            "OS-layer access (filesystem and shell) gives persistent storage and the ability to write and run code, as in Claude Code and Manus, instead of a fixed list of API tools.",
        },
        {
          title: "Action space and progressive disclosure",
          detail:
            "Keep 6-20 atomic tools in the prompt; run complex workflows as scripts at the computer layer (CodeAct) so only final outputs return to context. Index tool definitions and retrieve them on demand; keep detailed docs in skill folders; let the agent call --help. Cursor Agent syncs MCP tool descriptions into folders with abbreviated lists in context.",
        },
        {
          title: "Memory: offload and isolate",
          detail:
            "Write tool results, trajectories and plans to files; re-read the plan periodically to reinforce the objective. Summarise only when keeping full detail costs more than the information lost; keep plans and key decisions verbatim. Delegate parallelisable work to sub-agents with independent context, tools and instructions; for long sequential work use the Ralph Wiggum loop (one agent per plan item, progress recorded in git).",
        },
        {
          title: "Serving economics: cache context",
          detail:
            "Structure prompts so a stable prefix is reused and resume from cached prefixes rather than replaying history. Manus treats prompt cache hit rate as the most important production metric; a stronger model that mostly hits the cache may be cheaper than a weaker, uncached one.",
        },
        {
          title: "Evaluation and monitoring",
          detail:
            "Cache hit rate as north star for economics; long-horizon task success; tokens per step and per task; observability into trajectories; human-review hooks and graceful degradation (still immature in the ecosystem).",
        },
        {
          title: "Iteration: evolve context",
          detail:
            "Continual learning in token space: analyse past sessions, distil diary entries, update master documentation and save reusable procedures as skills; GEPA collects trajectories, scores outcomes and refines prompt variants. Frontiers: learned context management (Recursive Language Models, sleep-time compute) and swarm coordination (Gas Town: Mayor agent, git tracking, merge queues).",
        },
      ],
      keyDecisions: [
        {
          decision: "Agent-computer interface",
          options: ["OS-level access (filesystem + shell)", "Sandboxed, tool-only access"],
          tradeOff:
            "OS access gives persistence and arbitrary workflows; tool-only is easier to control but limits the agent to predefined actions.",
        },
        {
          decision: "Action space",
          options: [
            "Multi-layer: small atomic tool set + code at the computer layer",
            "Flat list of every tool",
          ],
          tradeOff:
            "Dozens of tool schemas pollute context; a hierarchy keeps the prompt lean, at the cost of relying on the model to write correct code.",
        },
        {
          decision: "Information loading",
          options: ["Progressive disclosure (retrieve on demand)", "Load everything upfront"],
          tradeOff:
            "Upfront loading spends context on things never used; on-demand retrieval keeps focus but adds lookup steps and can miss relevant tools.",
        },
        {
          decision: "Memory",
          options: ["File-backed offloading with selective recall", "Keep everything in the window"],
          tradeOff:
            "Files give effectively unlimited capacity and decouple memory from window size; recall must be selective or the agent forgets what it stored.",
        },
        {
          decision: "Cost optimisation",
          options: ["Design for prompt caching and track cache hit rate", "Switch to a cheaper model"],
          tradeOff:
            "Caching keeps quality and can beat a cheaper uncached model on cost, but constrains prompt design: stable prefixes, append-only history.",
        },
        {
          decision: "Multi-agent coordination",
          options: ["Isolated contexts coordinated through git", "Shared context across agents"],
          tradeOff:
            "Isolation prevents cross-contamination and enables parallelism with a durable, auditable record; sharing avoids handoffs but mixes noise and conflicts.",
        },
      ],
      keyPoints: [
        "States the principle: context is finite with diminishing marginal returns, and more can be worse",
        "Gives the agent a computer (filesystem + shell) rather than only API tools",
        "Uses a multi-layer action space and CodeAct to keep intermediate tool output out of context",
        "Applies progressive disclosure for tools and documentation",
        "Offloads results, trajectories and plans to files; summarises selectively, keeps plans verbatim",
        "Designs for prompt caching and names cache hit rate as the key production metric",
        "Isolates context in sub-agents or Ralph Wiggum loops coordinated via git",
        "Improves the agent in token space by evolving context (reflection, skills, GEPA)",
      ],
      followUps: [
        {
          question: "Why could a larger model be cheaper per task than a smaller one?",
          goodAnswer:
            "Agent cost is dominated by repeatedly re-sending long prefixes. With a high prompt cache hit rate, cached input tokens are far cheaper, so a stronger model that mostly hits the cache can undercut a weaker model that keeps missing it, and it may need fewer steps.",
        },
        {
          question: "What breaks cache hit rate, and how do you design against it?",
          goodAnswer:
            "Anything that changes the prefix: timestamps in the system prompt, reordering tools, editing earlier history. Keep the prefix stable, append rather than rewrite, and load tools on demand without mutating the cached region.",
        },
        {
          question: "When should the agent summarise instead of offloading to files?",
          goodAnswer:
            "Only when the value of the offloaded detail has dropped enough that compression loses less than it saves; plans and critical decisions stay verbatim. Offloading is lossless and recoverable, summarisation is not.",
        },
        {
          question: "Explain the Ralph Wiggum loop.",
          goodAnswer:
            "Long work is broken into plan items; a fresh agent with a clean context handles one item at a time and records progress in git, which the next agent reads. This avoids one ever-growing context while keeping a durable record.",
        },
        {
          question: "What is still unsolved when scaling to many concurrent agents?",
          goodAnswer:
            "Shared context and conflict resolution; Gas Town uses git-backed tracking, a Mayor agent holding workspace context and merge queues. Observability, human-review hooks and graceful degradation for long-running agents remain immature.",
        },
      ],
      signals: [
        "Reasons about each token's value in the window",
        "Connects prompt structure to cost through caching",
        "Uses filesystem and git as agent infrastructure",
        "Flags open problems honestly (swarm coordination, learned context management)",
      ],
      redFlags: [
        "Solves long tasks by asking for a bigger context window",
        "Puts every tool schema and full tool outputs in the prompt",
        "Reduces cost only by downgrading the model",
        "Summarises everything, including plans and key decisions",
        "Uses one shared context for all agents",
      ],
      metrics: [
        "Prompt cache hit rate (Manus's most critical production metric)",
        "Long-horizon task success rate",
        "Cost and tokens per completed task",
        "Context size per step and share of it that is tool output",
        "Human review interventions per task",
      ],
      takeaway:
        "For long-running agents the work is in context engineering: give the agent a computer, keep the action space small and layered, disclose progressively, offload and isolate context, design for the cache, and let the context evolve.",
    },
    phases: [
      {
        key: "problem-formulation",
        title: "Problem formulation",
        minutes: 5,
        goal: "Frame the degradation and cost problem; define success for long-horizon tasks.",
      },
      {
        key: "data",
        title: "Environment and information sources",
        minutes: 5,
        goal: "What the agent can access: tools, filesystem, shell, docs.",
      },
      {
        key: "feature-engineering",
        title: "What goes into context",
        minutes: 8,
        goal: "Action space layout, on-demand disclosure, and what stays in the window each step.",
      },
      {
        key: "model-architecture",
        title: "Memory and agent structure",
        minutes: 8,
        goal: "Offloading, summarisation policy, sub-agents and sequential loops.",
      },
      {
        key: "serving-and-inference",
        title: "Serving economics",
        minutes: 7,
        goal: "Caching strategy, prompt structure, cost per task.",
      },
      {
        key: "evaluation-and-monitoring",
        title: "Production metrics and observability",
        minutes: 6,
        goal: "North-star metric, task-level metrics, trajectory observability and human review.",
      },
      {
        key: "iteration-and-improvement",
        title: "Evolving the agent",
        minutes: 6,
        goal: "Improvement without retraining, multi-agent coordination limits.",
      },
    ],
    rubric: "ml-system-design",
  },
  {
    slug: "gemini-sparse-mixture-of-experts",
    title: "Design a sparse mixture-of-experts LLM for trillion-parameter scale (Gemini MoE)",
    kind: "SYSTEM_DESIGN",
    roundType: "ml-system-design",
    company: "Google DeepMind",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      "mixture-of-experts",
      "moe",
      "sparse-models",
      "expert-routing",
      "top-k-gating",
      "load-balancing-loss",
      "expert-collapse",
      "expert-parallelism",
      "distributed-training",
      "tpu",
      "jax",
      "llm-serving",
      "speculative-decoding",
      "memory-bandwidth",
      "llm",
    ],
    source: { seed: "000_cfee5a25a5ad6b79", ref: "System 5: Gemini MoE architecture" },
    brief: {
      summary:
        "Design the architecture, training setup and serving strategy for a language model with trillions of parameters whose per-token inference cost is close to that of a much smaller dense model.",
      context:
        "Your organisation trains frontier models on its own accelerator pods (TPU v5p / Ironwood class) with a JAX/XLA stack. Dense models are hitting a wall: doubling capacity doubles the cost of every token served. Leadership wants a step change in model capacity without a matching increase in serving cost.",
      requirements: [
        "Reach trillion-plus total parameters",
        "Keep compute (FLOPs) per token at a small fraction of what a dense model of the same size would need",
        "Train stably and efficiently across many accelerator hosts",
        "Serve with competitive tokens-per-second throughput and latency",
        "Maintain or improve quality on held-out perplexity and downstream benchmarks",
      ],
      constraints: [
        "Accelerator memory bandwidth (HBM), not only FLOPs, limits inference",
        "Interconnect between devices is fast but finite",
        "The model must be servable across multiple hosts",
      ],
      deliverable:
        "Describe the layer design, how compute is allocated per token, training parallelism and stability measures, the serving stack and its bottlenecks, and how you evaluate both quality and efficiency.",
    },
    guide: {
      overview:
        "Reference is the Gemini sparse mixture of experts (MoE) design. Dense FFN blocks in the transformer are replaced by many expert FFNs; a learned router computes a softmax over expert logits and selects top-K (typically K=2 of 64) experts per token, whose outputs are combined with the gating weights. Only about 2-10% of parameters are active per token (e.g. 1T total, ~100B active), giving 10-100x capacity at the same per-token FLOPs, but all experts stay in memory. An auxiliary load balancing loss prevents expert collapse. Training on TPU v5p / Ironwood pods over the Jupiter network fabric uses data parallelism plus expert parallelism (whole experts on different devices, all-to-all routing of tokens), compiled with XLA/JAX, mixed precision; AlphaChip helps design the TPU layout. Serving uses the Pathways runtime for multi-host inference and vLLM on TPU. Speculative decoding interacts badly with MoE: draft tokens activate more experts, verification cost rises 2-3x, and speculation can slow decoding by up to 1.5x; mitigations include adaptive grouped speculation, context-aware scheduling, divided rollout, confidence-based deferral and blockwise parallel decoding.",
      whyAsked:
        "Tests depth on LLM architecture and systems: conditional computation, routing and its failure modes, parallelism strategies, the memory-bound nature of inference, and how a standard serving trick (speculative decoding) breaks under sparsity.",
      referenceSteps: [
        {
          title: "Problem formulation",
          detail:
            "Goal: scale capacity without proportionally scaling per-token compute. Insight: not every parameter is needed for every token; different tokens need different expertise. Success: quality (perplexity, benchmarks) per unit of serving cost.",
        },
        {
          title: "Data and training infrastructure",
          detail:
            "TPU v5p / Ironwood pods linked by the Jupiter fabric; data parallelism across replicas plus expert parallelism placing experts on different devices; XLA/JAX compilation; mixed-precision training. Hardware co-design chain: AlphaChip-designed TPU, Jupiter, XLA/JAX, Pathways.",
        },
        {
          title: "Representation: routing",
          detail:
            "Router network produces logits over experts from each token's hidden state; softmax and top-K selection (K=2 of 64); weighted combination of selected expert outputs. Router trained end to end with the model.",
        },
        {
          title: "Model architecture",
          detail:
            "Transformer with sparse MoE layers replacing dense FFNs. FLOPs scale with K x expert size rather than total parameters. Auxiliary load balancing loss keeps tokens spread across experts so no expert dominates (expert collapse). Design axis: more smaller experts give finer specialisation but more routing overhead; fewer larger experts are simpler but coarser.",
        },
        {
          title: "Serving and inference",
          detail:
            "All expert weights must be resident even though few are active, so inference is memory-bound: data movement, not FLOPs, is the bottleneck. Pathways for multi-host serving, vLLM on TPU. Speculative decoding: draft tokens jointly touch more experts, verification costs 2-3x more, net slowdown up to 1.5x; use adaptive grouped speculation, context-aware scheduling, divided rollout for load balance, confidence-based deferral, blockwise parallel decoding.",
        },
        {
          title: "Evaluation and monitoring",
          detail:
            "Quality: held-out perplexity and downstream benchmarks (MMLU, HumanEval). Efficiency: FLOPs per token vs total params, tokens per second across batch sizes, HBM bandwidth utilisation. Health: expert utilisation uniformity (variance of tokens per expert).",
        },
        {
          title: "Iteration and failure modes",
          detail:
            "Watch for expert collapse and router instability, load imbalance across devices, all-to-all communication bottlenecks, and speculation regressions. Tune expert count, K and the balancing loss weight.",
        },
      ],
      keyDecisions: [
        {
          decision: "Scaling approach",
          options: ["Sparse MoE", "Bigger dense transformer"],
          tradeOff:
            "Dense cost grows linearly with size; MoE grows capacity at roughly constant per-token compute but brings routing, balancing and memory/communication complexity.",
        },
        {
          decision: "Expert granularity",
          options: ["Many small experts (e.g. 64, K=2)", "Few large experts"],
          tradeOff:
            "More experts specialise more finely but raise routing overhead and communication; fewer experts simplify routing but specialise coarsely.",
        },
        {
          decision: "Keeping experts balanced",
          options: ["Auxiliary load balancing loss", "No balancing term"],
          tradeOff:
            "The auxiliary loss prevents the router from sending everything to a few experts, at a small cost to the main objective if weighted too heavily.",
        },
        {
          decision: "Parallelism",
          options: [
            "Expert parallelism (whole experts per device) plus data parallelism",
            "Tensor parallelism splitting each layer",
          ],
          tradeOff:
            "Expert parallelism fits MoE naturally but needs all-to-all token exchange; tensor parallelism splits matrices across devices with different communication patterns. They are not the same thing.",
        },
        {
          decision: "Speculative decoding on MoE",
          options: [
            "Adapted speculation (grouped, scheduled, confidence-deferred)",
            "Standard draft-and-verify",
            "No speculation",
          ],
          tradeOff:
            "Plain speculation can cost more than it saves because verification of draft tokens loads more experts (2-3x); adaptive variants recover gains only when acceptance and expert overlap justify it.",
        },
      ],
      keyPoints: [
        "Explains capacity vs compute: e.g. 1T total parameters with ~100B active per token",
        "Describes the learned router with top-K gating (K=2 of 64) and weighted combination",
        "Introduces a load balancing auxiliary loss to prevent expert collapse",
        "Distinguishes expert parallelism (with all-to-all routing) from tensor parallelism",
        "Recognises inference is memory-bandwidth bound because all experts stay loaded",
        "Explains why speculative decoding degrades on MoE (2-3x verification overhead, up to 1.5x slowdown) and names mitigations",
        "Mentions hardware/software co-design (TPU, Jupiter, XLA/JAX, Pathways)",
      ],
      followUps: [
        {
          question: "What is expert collapse and how do you detect and prevent it?",
          goodAnswer:
            "The router learns to send most tokens to a few experts, which then get more training and attract even more tokens, leaving others unused. Detect with per-expert token counts / utilisation variance; prevent with an auxiliary load balancing loss (and capacity limits).",
        },
        {
          question: "Why is MoE inference memory-bound even though it uses fewer FLOPs?",
          goodAnswer:
            "Every expert must be resident in HBM and each decoding step may touch different experts, so weights are streamed for relatively little compute; throughput is limited by data movement and interconnect, not arithmetic.",
        },
        {
          question: "Your team turns on speculative decoding and the MoE model gets slower. Why?",
          goodAnswer:
            "The draft tokens in a verification batch route to different experts, so verification activates many more experts and moves 2-3x more data; if acceptance gains do not offset this, decoding slows (up to 1.5x). Use adaptive grouped speculation, context-aware scheduling, confidence-based deferral or blockwise parallel decoding.",
        },
        {
          question: "Why not just train a bigger dense model?",
          goodAnswer:
            "Dense cost rises linearly with parameters for every token; MoE scales capacity sublinearly in compute, accepting system complexity (routing, balancing, all-to-all) as the price.",
        },
        {
          question: "How would you choose the number of experts?",
          goodAnswer:
            "Trade specialisation against routing overhead and communication; typical is 64 experts with K=2. Evaluate perplexity per FLOP, utilisation uniformity and throughput for a few configurations.",
        },
      ],
      signals: [
        "Separates total parameters, active parameters, FLOPs and memory footprint clearly",
        "Understands routing failure modes and the role of auxiliary losses",
        "Thinks about communication patterns in parallelism",
        "Reasons from bottlenecks (memory bandwidth) rather than FLOP counts alone",
      ],
      redFlags: [
        "Claims MoE reduces memory requirements because fewer parameters are active",
        "Treats the router as fixed or hand-designed, or ignores load balancing",
        "Conflates expert parallelism with tensor parallelism",
        "Assumes dense-model serving tricks (speculative decoding) transfer unchanged",
        "Evaluates only quality, not efficiency or expert utilisation",
      ],
      metrics: [
        "Perplexity on held-out data",
        "Downstream task accuracy (MMLU, HumanEval and similar)",
        "Expert utilisation uniformity: variance of tokens routed per expert (lower is better)",
        "FLOPs per token relative to total parameters",
        "Throughput in tokens per second across batch sizes",
        "HBM memory bandwidth utilisation during inference",
      ],
      takeaway:
        "MoE buys capacity without per-token compute by routing each token to a few experts; the costs move to routing stability, load balancing, all-to-all communication and memory-bound serving, and even speculative decoding must be rethought.",
    },
    phases: [
      {
        key: "problem-formulation",
        title: "Problem formulation",
        minutes: 6,
        goal: "Frame capacity vs per-token cost and define quality and efficiency targets.",
      },
      {
        key: "data",
        title: "Training data and infrastructure",
        minutes: 7,
        goal: "Accelerator pods, interconnect, compilation stack and parallelism across hosts.",
      },
      {
        key: "feature-engineering",
        title: "Token routing",
        minutes: 7,
        goal: "How each token is assigned to computation and how the assignment is learned.",
      },
      {
        key: "model-architecture",
        title: "Layer design and stability",
        minutes: 13,
        goal: "Sparse layer design, expert count and K, balancing, parallelism strategy.",
      },
      {
        key: "serving-and-inference",
        title: "Serving and decoding",
        minutes: 12,
        goal: "Memory-bound inference, multi-host serving, speculative decoding under sparsity.",
      },
      {
        key: "evaluation-and-monitoring",
        title: "Evaluation",
        minutes: 8,
        goal: "Quality, efficiency and routing-health metrics.",
      },
      {
        key: "iteration-and-improvement",
        title: "Failure modes and iteration",
        minutes: 7,
        goal: "Collapse, imbalance, communication bottlenecks, configuration tuning.",
      },
    ],
    rubric: "ml-system-design",
  },
  {
    slug: "gemini-storybook-multimodal-generation",
    title:
      "Design a multimodal illustrated storybook generator: text, images and narration (Gemini Storybook)",
    kind: "SYSTEM_DESIGN",
    roundType: "ml-system-design",
    company: "Google DeepMind",
    difficulty: "HARD",
    minutes: 45,
    tags: [
      "multimodal-generation",
      "generative-ai",
      "image-generation",
      "text-to-speech",
      "character-consistency",
      "cross-modal-attention",
      "style-conditioning",
      "photo-conditioning",
      "mixture-of-experts",
      "content-safety",
      "child-safety",
      "multilingual",
      "discrete-image-tokens",
    ],
    source: { seed: "000_cfee5a25a5ad6b79", ref: "System 6: Gemini Storybook" },
    brief: {
      summary:
        "Design a consumer feature that turns a short prompt into a 10-page illustrated children's storybook with read-aloud narration, generated in seconds.",
      context:
        "Parents and children type an idea (and can optionally upload photos, e.g. of the child, and pick a visual style such as pixel art or comics). The product returns a complete book: a coherent story across 10 pages, an illustration per page and audio narration. Audience includes young children worldwide.",
      requirements: [
        "Generate a coherent narrative arc across 10 pages",
        "Keep characters, settings and art style visually consistent from page 1 to page 10",
        "Support optional photo uploads so a real person can appear as a character in any art style",
        "Offer many visual styles (dozens) and narration in 45+ languages",
        "Deliver the whole book in seconds",
        "Content must be safe for children in every modality",
      ],
      constraints: [
        "Latency budget covers text, 10 images and audio for the whole book",
        "Serving cost per book must be viable for a free consumer feature",
        "The team must be able to debug quality problems in any modality",
      ],
      deliverable:
        "Design the generation pipeline end to end (inputs, planning, generation per modality, consistency, safety, assembly), justify model choices, and define how you evaluate quality, consistency and safety.",
    },
    guide: {
      overview:
        "Reference architecture (inferred from Gemini's published capabilities; Google has not published Storybook's internals): text and photo encoders map into a unified embedding space; a story planning module produces a 10-page narrative arc, a character consistency registry and a style conditioning vector; a sparse MoE backbone routes to text, image and style experts linked by cross-modal attention; a per-page loop generates text, image (as discrete image tokens, autoregressively) and audio narration (USM, 45+ languages), with a cross-page consistency check feeding back; text, image and audio safety filters; a layout engine and text-image-audio sync assemble the book. Photo features condition the image decoder to preserve identity across styles.",
      whyAsked:
        "Tests multimodal generation design under a latency budget: unified vs pipeline-of-specialists, long-range consistency, conditioning, parallelism, and safety for a vulnerable audience.",
      referenceSteps: [
        {
          title: "Problem formulation",
          detail:
            "Conditional multimodal generation: prompt (+ optional photos + style) to 10 pages of text, image and audio. Hard requirements: narrative coherence, cross-page visual consistency, seconds-level latency, 45+ languages, child safety.",
        },
        {
          title: "Data and inputs",
          detail:
            "Inputs: user prompt, optional photos, style choice. Text encoder and photo encoder project into a unified embedding space; photos become dense identity features.",
        },
        {
          title: "Conditioning and planning",
          detail:
            "Narrative planner produces the 10-page arc first. Character consistency registry stores each character's appearance. Style conditioning vector selects among 45+ styles in one model. Photo conditioning feeds the image decoder.",
        },
        {
          title: "Model architecture",
          detail:
            "Single unified multimodal model with a sparse MoE backbone (expert router; text, image, style experts; cross-modal attention). Images as discrete tokens generated autoregressively so they integrate natively with text. Narration via USM speech. Only ~10-20% of parameters active per token.",
        },
        {
          title: "Serving and inference",
          detail:
            "Planning is sequential; once the arc and registry exist, per-page generation runs in parallel. Sparse activation keeps seconds-level generation feasible. Audio generated from page text. Layout and sync at the end.",
        },
        {
          title: "Evaluation and safety",
          detail:
            "Safety filters per modality (text, image, audio) plus adversarial testing. Cross-page consistency checks feed back into generation. Human and model-based evaluation of coherence, consistency, style fidelity and narration.",
        },
        {
          title: "Iteration",
          detail:
            "Track consistency failures (character drift), style quality against dedicated models, safety filter misses and latency; improve registry, conditioning and filters.",
        },
      ],
      keyDecisions: [
        {
          decision: "Multimodal strategy",
          options: [
            "Single unified model with cross-modal attention",
            "Separate models chained (LLM + image model + TTS)",
          ],
          tradeOff:
            "Unified enables tight text-image coherence through cross-modal attention; separate models are easier to debug but need brittle prompt handoffs between them.",
        },
        {
          decision: "Image generation method",
          options: ["Discrete image tokens, autoregressive", "Latent diffusion"],
          tradeOff:
            "Tokens integrate natively with the language model; diffusion may give higher fidelity on a single image.",
        },
        {
          decision: "Consistency across pages",
          options: [
            "Character registry + cross-page attention",
            "Independent pages with post-hoc correction",
          ],
          tradeOff:
            "Registry keeps characters coherent; post-hoc correction is simpler to build but leaves inconsistencies.",
        },
        {
          decision: "Style support",
          options: ["Style conditioning vector in one model", "One fine-tuned model per style"],
          tradeOff:
            "One model serves 45+ styles cheaply; per-style fine-tunes give higher per-style quality but multiply models to maintain and serve.",
        },
      ],
      keyPoints: [
        "Plans the whole arc and a character registry before generating pages",
        "Identifies cross-page consistency (visual drift) as the hardest problem",
        "Parallelises per-page generation after sequential planning",
        "Uses conditioning vectors for style and photo identity rather than per-style models",
        "Uses sparse MoE (~10-20% active parameters) to make seconds-level latency feasible",
        "Applies safety filtering in every modality plus adversarial testing",
        "Acknowledges that the reference internals are inferred, not published",
      ],
      followUps: [
        {
          question: "How do you stop a character's appearance from drifting between page 2 and page 9?",
          goodAnswer:
            "Create a character registry during planning (appearance attributes and embeddings, photo features if supplied), condition every page's image generation on it, use cross-page attention, and run a consistency check that feeds back and regenerates outliers.",
        },
        {
          question: "How does the uploaded photo survive a switch to pixel-art style?",
          goodAnswer:
            "Encode the photo into dense identity features and condition the image decoder on both the identity features and the style vector, so identity and style are separate conditioning signals.",
        },
        {
          question: "Where can you parallelise to hit a seconds-level budget?",
          goodAnswer:
            "Story planning is sequential, but with the arc and registry fixed the 10 pages can generate concurrently; narration follows each page's text; sparse activation reduces per-token cost.",
        },
        {
          question: "Would you ever choose separate specialist models instead?",
          goodAnswer:
            "Yes if debuggability or best-in-class single-modality quality dominates, or a modality must be swapped independently; the price is weaker cross-modal coherence and prompt-engineered handoffs.",
        },
      ],
      signals: [
        "Treats consistency as a first-class design problem with explicit state",
        "Finds the sequential vs parallel boundary in the pipeline",
        "Weighs unified vs modular with debuggability in mind",
        "Puts safety in every modality, not only on text",
      ],
      redFlags: [
        "Generates each page independently with no shared character state",
        "Trains or serves a separate model per style without considering cost",
        "Filters only the text prompt for safety",
        "Fully sequential generation that cannot meet the latency target",
        "Presents the reference internals as Google's confirmed design",
      ],
      metrics: [
        "End-to-end latency to deliver a complete 10-page book",
        "Cross-page character and style consistency (consistency-check pass rate, human ratings)",
        "Narrative coherence and text-image alignment (human or model-based rating)",
        "Safety filter recall on adversarial test sets per modality",
        "Narration quality across the 45+ supported languages",
      ],
      takeaway:
        "Plan globally, generate locally in parallel: a story arc, character registry and style vector condition a unified multimodal model so 10 pages stay consistent, with safety checks on every modality.",
    },
    phases: [
      {
        key: "problem-formulation",
        title: "Problem formulation",
        minutes: 5,
        goal: "Inputs, outputs, latency budget, languages, styles and safety requirements.",
      },
      {
        key: "data",
        title: "Inputs and encoding",
        minutes: 5,
        goal: "How prompt, photos and style choices are represented.",
      },
      {
        key: "feature-engineering",
        title: "Planning and conditioning",
        minutes: 7,
        goal: "Story arc, shared character and style state, identity conditioning.",
      },
      {
        key: "model-architecture",
        title: "Generation models",
        minutes: 9,
        goal: "Unified vs separate models, image generation method, narration.",
      },
      {
        key: "serving-and-inference",
        title: "Latency and parallelism",
        minutes: 7,
        goal: "Meet the seconds-level budget for a full book.",
      },
      {
        key: "evaluation-and-monitoring",
        title: "Evaluation and safety",
        minutes: 7,
        goal: "Quality, consistency and child-safety evaluation in every modality.",
      },
      {
        key: "iteration-and-improvement",
        title: "Iteration",
        minutes: 5,
        goal: "Failure modes (drift, safety misses) and how to improve.",
      },
    ],
    rubric: "ml-system-design",
  },
  {
    slug: "nano-banana-reasoning-first-image-generation",
    title:
      "Design a reasoning-first image generation model with accurate text and conversational editing (Nano Banana / Gemini Image)",
    kind: "SYSTEM_DESIGN",
    roundType: "ml-system-design",
    company: "Google DeepMind",
    difficulty: "HARD",
    minutes: 45,
    tags: [
      "image-generation",
      "generative-ai",
      "autoregressive-models",
      "diffusion-models",
      "hybrid-autoregressive-diffusion",
      "scene-planning",
      "text-rendering",
      "conversational-editing",
      "multimodal-llm",
      "high-resolution",
      "blind-evaluation",
      "chatbot-arena",
    ],
    source: { seed: "000_cfee5a25a5ad6b79", ref: "System 7: Nano Banana (Gemini Image)" },
    brief: {
      summary:
        "Design an image generator whose outputs look like photographs and obey physical common sense, renders text inside images correctly, and lets users refine an image over several conversational turns.",
      context:
        "Existing text-to-image systems built on pure diffusion produce attractive images but often misspell signage, break physics (shadows, reflections, gravity) and need bolt-on tools for editing. The product targets both consumers and professional use, including native high-resolution output.",
      requirements: [
        "Generate images whose content respects physics, spatial relationships and world knowledge (e.g. what a 1960s diner at golden hour looks like)",
        "Render requested text in images legibly and correctly spelled",
        "Support multi-turn editing such as making the sky more dramatic or adding a reflection",
        "Output native 2K and 4K images without a separate upscaling step",
        "Return a high-resolution image in under 10 seconds",
      ],
      constraints: [
        "Compute per image rises sharply with resolution",
        "The organisation already has a strong multimodal LLM family",
        "Evaluation of image quality must be credible to the public and resistant to brand bias",
      ],
      deliverable:
        "Propose the model architecture and generation process, the serving path to meet the latency target, and an evaluation and launch strategy; explain the trade-offs versus a standard diffusion pipeline.",
    },
    guide: {
      overview:
        "Reference is Nano Banana, the nickname under which Google DeepMind's Gemini Image models became known after appearing unnamed on Chatbot Arena in August 2025. A Gemini LLM backbone receives the prompt and runs a mandatory think phase of scene planning (physics and gravity, spatial layout, text rendering plan, world knowledge) producing a unified scene plan. Image tokens are then generated autoregressively, each aware of the previous ones, and a diffusion head decodes them into high-fidelity pixels (iterative denoising conditioned on the token plan). Output is native 2K/4K with no post-hoc upscaling. Because the backbone is a multimodal LLM, multi-turn conversational editing is native. Versions: Nano Banana (Gemini 2.5 Flash Image, Aug 2025, native 2K), Nano Banana Pro (Gemini 3 Pro Image, Nov 2025, 4K, better text, mandatory thinking, under 10 s), Nano Banana 2 (Gemini 3.1 Flash Image, Feb 2026, Pro quality at Flash speed). Contrast: classic diffusion (CLIP text encoder, noise, U-Net denoising, VAE decoder) has no scene planning and struggles with text.",
      whyAsked:
        "Tests understanding of generative model families (autoregressive vs diffusion), why they fail in specific ways, how to combine them, and how product decisions (mandatory reasoning, native resolution, arena launch) show up as architecture.",
      referenceSteps: [
        {
          title: "Problem formulation",
          detail:
            "Goal: images that are semantically correct (physics, layout, text) as well as pretty, with conversational editing, native 2K/4K, under 10 s. Core tasks: scene planning and image token generation.",
        },
        {
          title: "Data and knowledge",
          detail:
            "Build on the Gemini transformer trained multimodally so the model inherits world knowledge (e.g. how light scatters in jade) and reasoning.",
        },
        {
          title: "Representation: scene plan and image tokens",
          detail:
            "Think phase produces a unified scene plan covering physics, spatial layout, text placement and world knowledge. Image represented as a sequence of tokens generated autoregressively, each conditioned on all prior tokens for global coherence.",
        },
        {
          title: "Model architecture",
          detail:
            "Hybrid: autoregressive token generation for composition plus a diffusion head (decoder) for textures, lighting and sharp edges, conditioned on the tokens, far more directed than unconditional denoising. LLM backbone enables native multi-turn editing.",
        },
        {
          title: "Serving and inference",
          detail:
            "Mandatory reasoning adds latency even for simple prompts; AR decoding is sequential; native 4K costs much more compute. Pro targets under 10 s; Nano Banana 2 moves Pro quality to Flash speed.",
        },
        {
          title: "Evaluation and launch",
          detail:
            "Anonymous blind evaluation on Chatbot Arena before the reveal removes brand bias and gives a genuine preference signal; also measure text rendering accuracy, physical plausibility, edit fidelity and latency.",
        },
        {
          title: "Iteration",
          detail:
            "Product line evolution: 2.5 Flash Image, then 3 Pro Image (4K, better text, mandatory thinking), then 3.1 Flash Image distilling Pro quality into a faster model.",
        },
      ],
      keyDecisions: [
        {
          decision: "Generation paradigm",
          options: [
            "Autoregressive planning + diffusion head hybrid",
            "Pure diffusion",
            "Pure autoregressive tokens",
          ],
          tradeOff:
            "AR gives global coherence and lets layout and text be planned; diffusion gives pixel fidelity. AR is sequential and adds latency; the quality gain justifies it.",
        },
        {
          decision: "Reasoning before rendering",
          options: ["Mandatory think phase", "Optional/skippable reasoning", "No planning"],
          tradeOff:
            "Planning prevents errors that cannot be fixed during denoising (misspelled text, impossible physics) but adds latency even for trivial prompts; a quality-over-speed product choice.",
        },
        {
          decision: "Backbone",
          options: ["Image generation inside the LLM backbone", "Standalone diffusion model"],
          tradeOff:
            "Inherits world knowledge and gives conversational editing natively, but is tightly coupled and larger/more expensive than a standalone diffusion model.",
        },
        {
          decision: "Resolution strategy",
          options: ["Native 2K/4K generation", "Generate low-res then upscale"],
          tradeOff:
            "Native avoids upscaling hallucinations since every detail is planned, at much higher compute per image; justified for professional use.",
        },
      ],
      keyPoints: [
        "Explains why pure diffusion fails at text: all pixels are denoised together with no character-level plan",
        "Proposes planning the scene (physics, layout, text) before rendering pixels",
        "Combines autoregressive image tokens for composition with a diffusion head for fidelity",
        "Uses the LLM backbone for world knowledge and native conversational editing",
        "Weighs native high resolution against compute and the latency target",
        "Chooses blind, anonymous evaluation (Chatbot Arena) to remove brand bias",
      ],
      followUps: [
        {
          question: "Why do diffusion models misspell text in images?",
          goodAnswer:
            "They denoise the whole image in parallel from noise with only a global text embedding (e.g. CLIP) as guidance; nothing plans individual characters, so glyphs emerge as texture. Planning the text layout first and generating tokens sequentially fixes this.",
        },
        {
          question: "How would you support editing without ControlNet or InstructPix2Pix add-ons?",
          goodAnswer:
            "Keep the image and conversation in the multimodal LLM's context; an edit instruction is just another turn, so the model replans and regenerates with the prior image as conditioning.",
        },
        {
          question: "Thinking is mandatory even for trivial prompts. Is that a good decision?",
          goodAnswer:
            "It is a product decision expressed as architecture: removing the skip option guarantees consistent quality at the cost of latency on easy prompts, like always-on chain-of-thought for images. A faster variant (Nano Banana 2 on Flash) addresses the cost.",
        },
        {
          question: "Why launch anonymously on Chatbot Arena?",
          goodAnswer:
            "Blind pairwise preference from real users gives an unbiased quality signal before brand affects judgement, and validates the model against competitors.",
        },
      ],
      signals: [
        "Knows the failure modes of each model family and chooses components accordingly",
        "Connects architecture choices to product requirements (text, editing, resolution)",
        "Accepts latency costs explicitly and explains why",
        "Proposes an evaluation that resists bias",
      ],
      redFlags: [
        "Proposes a standard diffusion pipeline and treats text rendering as a prompt problem",
        "Relies on post-hoc upscaling for high resolution without discussing hallucinations",
        "Bolts on separate editing models without considering a shared backbone",
        "Evaluates only with automatic image metrics, no human preference",
        "Ignores the latency cost of sequential generation",
      ],
      metrics: [
        "Blind human preference (Chatbot Arena style pairwise ranking)",
        "Text rendering accuracy: share of requested strings rendered correctly",
        "Physical and spatial plausibility ratings",
        "Edit fidelity over multi-turn conversations (requested change applied, rest preserved)",
        "Latency to a native 2K/4K image (target under 10 s)",
      ],
      takeaway:
        "Reason first, then render: an LLM backbone plans the scene and generates image tokens autoregressively, a diffusion head renders fidelity, and the shared backbone makes accurate text and conversational editing native, paid for in latency and compute.",
    },
    phases: [
      {
        key: "problem-formulation",
        title: "Problem formulation",
        minutes: 5,
        goal: "Quality requirements (physics, text, editing), resolution and latency targets.",
      },
      {
        key: "data",
        title: "Data and knowledge sources",
        minutes: 4,
        goal: "Where world knowledge and multimodal understanding come from.",
      },
      {
        key: "feature-engineering",
        title: "Scene and image representation",
        minutes: 7,
        goal: "How the scene is planned and how the image is represented before pixels.",
      },
      {
        key: "model-architecture",
        title: "Generation architecture",
        minutes: 10,
        goal: "Choose and combine generation paradigms; backbone choice; editing.",
      },
      {
        key: "serving-and-inference",
        title: "Serving and latency",
        minutes: 7,
        goal: "Meet under-10 s at native 2K/4K; cost of reasoning and sequential decoding.",
      },
      {
        key: "evaluation-and-monitoring",
        title: "Evaluation and launch",
        minutes: 7,
        goal: "Human preference, text accuracy, plausibility, edit fidelity, bias-free launch.",
      },
      {
        key: "iteration-and-improvement",
        title: "Iteration",
        minutes: 5,
        goal: "Model line evolution and speed-quality improvements.",
      },
    ],
    rubric: "ml-system-design",
  },
];

export const rubrics: RubricTemplateDefinition[] = [];
