import type { PromptDefinition, RubricTemplateDefinition } from "../schema";
import { prompts as part1 } from "./seed-000-part1";
import { prompts as part2 } from "./seed-000-part2";
import { prompts as part3 } from "./seed-000-part3";

// Seed 000_cfee5a25a5ad6b79: ML system design guide (7-step framework, 10 real-world systems).

export const prompts: PromptDefinition[] = [...part1, ...part2, ...part3];

export const rubrics: RubricTemplateDefinition[] = [
  {
    slug: "ml-system-design",
    title: "ML system design (7-step framework)",
    description:
      "Scores an ML/AI system design round across the 7-step framework (problem formulation, data, feature engineering, model architecture, serving and inference, evaluation and monitoring, iteration and improvement) plus handling of trade-offs and communication.",
    whatToShow: [
      "Follows the 7 steps in order (problem, data, features, model, serving, evaluation, iteration) so no critical area is skipped",
      "Leads with trade-offs: states the choice, the alternative and what is given up",
      "Is quantitative: estimates QPS, latency budgets, data volume, model size and cost with back-of-envelope maths",
      "Designs end to end: data pipeline, serving infrastructure, monitoring and feedback loops, not only the model",
      "Names failure modes, how they are detected and how the system recovers (e.g. agents drifting, RAG chunks losing their context, MoE experts collapsing)",
      "Uses current techniques where they fit: speculative decoding and MoE for serving, hybrid search and reranking for RAG, tool use and context engineering for agents",
    ],
    redFlags: [
      "Jumps straight to a model without clarifying requirements, scale or success metrics",
      "Presents a single design as the only correct answer, with no trade-offs or alternatives",
      "Qualitative claims only ('very fast', 'scales well') with no numbers",
      "Designs the model in isolation: no data pipeline, serving path, monitoring or iteration loop",
      "No discussion of failure modes or of how problems would be detected in production",
      "Offline metrics only, with no online metric tied to user or business outcome",
    ],
    dimensions: [
      {
        key: "problem-formulation",
        title: "Problem formulation",
        description:
          "Clarifies requirements and constraints (scale, latency, privacy, safety), frames the problem as concrete ML tasks, and defines a primary success metric tied to the product.",
        weight: 1,
        levels: [
          "Starts designing without clarifying requirements; ML task and success metric are never stated.",
          "Asks a few clarifying questions and names an ML task, but scale, latency or success metric stay vague or mismatched to the product.",
          "Clarifies the key requirements with numbers, frames one or more ML tasks correctly, and picks a sensible primary metric.",
          "Separates workloads or sub-problems by their requirements (e.g. latency tiers, root-cause failure type), frames each as an ML task, and justifies a north-star metric plus guardrails.",
        ],
      },
      {
        key: "data",
        title: "Data",
        description:
          "Identifies data sources, collection and labelling, preprocessing, storage and freshness, including scarce or sensitive data, and estimates volumes.",
        weight: 1,
        levels: [
          "Data is assumed to exist; no sources, labels or storage are discussed.",
          "Names data sources but ignores labelling, freshness, volume or privacy.",
          "Describes sources, labelling or feedback signals, preprocessing and storage, with rough volumes and a plan for keeping data fresh.",
          "Also handles the hard data problems (long-tail scarcity, incremental updates, privacy constraints on what can be stored) with concrete mechanisms and quantified volumes.",
        ],
      },
      {
        key: "feature-engineering",
        title: "Feature engineering and representation",
        description:
          "Chooses how inputs are represented for the model: features, embeddings, context construction, conditioning signals, with attention to what information the model actually needs.",
        weight: 1,
        levels: [
          "No discussion of representation; raw inputs are fed to the model by assumption.",
          "Mentions embeddings or features generically without linking them to the task's failure modes.",
          "Selects representations that fit the task (embeddings, retrieved context, conditioning) and explains why they carry the needed signal.",
          "Designs representation around the root cause of errors (e.g. missing context, wasted context budget, identity and style conditioning), with clear reasoning about cost and freshness.",
        ],
      },
      {
        key: "model-architecture",
        title: "Model architecture",
        description:
          "Selects model families and training strategy appropriate to the task and constraints, explains how they work, and compares them with credible alternatives.",
        weight: 1.5,
        levels: [
          "Names a model ('use an LLM', 'use a transformer') with no training strategy or justification.",
          "Picks a reasonable model but cannot explain its mechanics, training, or why it beats alternatives.",
          "Chooses appropriate architectures and training strategy, explains the mechanism, and compares against at least one alternative.",
          "Composes architectures precisely for the constraints (e.g. routing, hybrid models, teacher-student distillation, IL plus RL), explains their failure modes, and knows where each alternative would win.",
        ],
      },
      {
        key: "serving-and-inference",
        title: "Serving and inference",
        description:
          "Meets latency, throughput and cost targets in production: request path, hardware, batching, caching, decoding optimisations, scaling and fallbacks.",
        weight: 1.5,
        levels: [
          "Serving is not discussed or is assumed to be trivial.",
          "Mentions scaling or GPUs generically without a latency budget or throughput estimate.",
          "Lays out the serving path with a latency budget and throughput estimate, and applies suitable optimisations such as caching, batching or speculative decoding.",
          "Identifies the real bottleneck (e.g. memory bandwidth, per-request cost, onboard compute), quantifies it, chooses optimisations that fit the workload, and plans fallbacks and safety checks on the critical path.",
        ],
      },
      {
        key: "evaluation-and-monitoring",
        title: "Evaluation and monitoring",
        description:
          "Defines offline and online metrics, experiment design (A/B tests, ablations, blind comparisons), and production monitoring for drift, regressions and failures.",
        weight: 1,
        levels: [
          "No evaluation plan, or only 'check accuracy'.",
          "Lists generic offline metrics without online metrics, experiment design or monitoring.",
          "Defines task-appropriate offline and online metrics, an experiment design and production monitoring.",
          "Builds a layered evaluation (offline benchmark representative of real use, online metrics, ablations or A/B tests, monitoring with alerts) and explains how each metric could mislead.",
        ],
      },
      {
        key: "iteration-and-improvement",
        title: "Iteration and improvement",
        description:
          "Closes the loop: feedback collection, retraining or context updates, failure mode analysis and a roadmap for improving the system over time.",
        weight: 1,
        levels: [
          "System is treated as finished once deployed.",
          "Mentions retraining or feedback in passing without a mechanism.",
          "Describes a feedback loop and retraining or update cadence and names the main failure modes with mitigations.",
          "Designs a flywheel that compounds (real usage to data to training or context to evaluation), anticipates failure modes with detection and recovery, and prioritises next iterations.",
        ],
      },
      {
        key: "trade-offs",
        title: "Trade-offs",
        description:
          "Makes decisions explicitly: states options, what each costs and gains, and why the chosen option fits the constraints, revisiting choices when constraints change.",
        weight: 1.5,
        levels: [
          "Presents choices as the only option; no alternatives considered.",
          "Mentions alternatives but cannot say what is gained or lost, or picks one without reasoning.",
          "States options and concrete costs and benefits for the main decisions and justifies choices against the requirements.",
          "Quantifies trade-offs where possible, ties each to a constraint (team size, latency, safety, cost), and explains under which changed conditions a different choice would win.",
        ],
      },
      {
        key: "communication",
        title: "Communication",
        description:
          "Structures the discussion, manages time across the steps, uses diagrams and numbers, checks in with the interviewer and adapts to follow-up questions.",
        weight: 1,
        levels: [
          "Disorganised; jumps between topics, runs out of time on one area, or cannot follow prompts.",
          "Some structure, but explanations are vague or skip steps; reacts to follow-ups without integrating them.",
          "Clear structure across the 7 steps, good time management, precise terminology, responds well to follow-ups.",
          "Drives the conversation: states the plan upfront, summarises decisions, uses quantitative anchors, invites pushback and folds follow-ups into an improved design.",
        ],
      },
    ],
  },
];
