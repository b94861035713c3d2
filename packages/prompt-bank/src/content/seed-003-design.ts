import type { PromptDefinition, RubricTemplateDefinition } from "../schema";
import { prompts as modelDesignFamilies } from "./seed-003-design-part1";
import { prompts as searchFamilies } from "./seed-003-design-part2";
import { prompts as infraDesign } from "./seed-003-design-part3";
import { prompts as oopPartA } from "./seed-003-design-part4";
import { prompts as oopPartB } from "./seed-003-design-part5";

// Seed 003 (MLE interview 2.0): sections 2 (multi-level OOP), 6 (ML model design) and 7 (ML infra design).
// part1: feed, trust & safety and understanding families; part2: the 8 search families;
// part3: ML infra design; part4 + part5: multi-level OOP systems.

export const prompts: PromptDefinition[] = [
  ...modelDesignFamilies,
  ...searchFamilies,
  ...infraDesign,
  ...oopPartA,
  ...oopPartB,
];

export const rubrics: RubricTemplateDefinition[] = [
  {
    slug: "ml-model-design",
    title: "ML model design",
    description:
      "Scores an ML model design round (recommendation, search, trust and safety, user, content or query understanding) run through the 4-step approach: problem framing, high-level design, step-by-step design, deep dives. Objectives and communication are scored separately because they cut across all four steps.",
    whatToShow: [
      "Takes control of the conversation: uses the ranking funnel (retrieval, L1, L2, re-ranking) as scaffolding, then spends time where this product is hard.",
      "Clarifying questions come from intuition about what would change the design (UI and entry point, how users engage, corpus size, latency), not from a memorized checklist.",
      "Business objectives cover every party in the system and separate short-term from long-term and positive from negative outcomes; ML objectives name the outcome(s) to predict.",
      "Lays out both paths: online (request, API gateway, retrieval, L1, L2, logging and monitoring) and offline (batch plus streaming features, training data generation, training, indexing).",
      "For each stage states the funnel size, what it optimizes, training data, features, architecture and loss, and keeps them consistent across stages.",
      "Brings ideas from real practice and the industry frontier (e.g. lifelong sequence models, generative recommendation) only when they solve a stated problem such as scaling or cold start.",
      "Can discuss practical issues: position bias, cold start, data drift, diversity, value-model weights, calibration, scaling (sharding, caching, replication).",
      "Manages time so all four steps are covered, skipping routine parts when the interviewer allows.",
    ],
    redFlags: [
      "Recites a generic L0-to-L3 funnel that could describe any product; sounds like every other candidate.",
      "Over-indexes on a rigid structure and runs out of time before ranking details or deep dives.",
      "Name-drops architectures or papers without saying what problem they solve here.",
      "Optimizes feed-style engagement for search, where relevance to the information need is mandatory.",
      "Trains early-stage models only on impressions without noticing the selection bias.",
      "Uses ranking losses or uncalibrated scores where predictions are multiplied, thresholded or priced.",
      "No offline or online metrics, or metrics that do not match the stated objectives.",
    ],
    dimensions: [
      {
        key: "problem-framing",
        title: "Problem framing",
        description:
          "Clarifies what system to build: entry point and UI, how users interact, desired behaviours, corpus size, latency and scale, choosing questions that actually change the design.",
        weight: 1,
        levels: [
          "Starts designing without clarifying, or asks a long generic checklist whose answers never influence later choices.",
          "Asks some relevant questions (corpus size, latency) but misses product specifics such as how users engage or where the model is invoked.",
          "Establishes UI, engagement types, corpus, latency and scale, and states assumptions explicitly before moving on.",
          "Picks the few questions that drive the design for this product, explains why each matters, and revisits assumptions later when a choice depends on them.",
        ],
      },
      {
        key: "objectives",
        title: "Business and ML objectives",
        description:
          "Explains why the system is built (short- and long-term, positive and negative outcomes for users, the platform and other parties) and how ML serves it (single or multi-task prediction targets, metrics that match).",
        weight: 1.5,
        levels: [
          "Names a single vague goal (e.g. 'engagement') and jumps to a model with no defined label.",
          "States business goals and one ML target, but ignores negative outcomes, long-term effects or other stakeholders.",
          "Maps short-term and long-term, positive and negative business metrics to a clear ML formulation, e.g. multi-task pAction heads, with matching offline and online metrics.",
          "Also reasons about trade-offs between objectives (value-model weights, guardrails, two-sided or multi-stakeholder effects) and how label choices bias the system.",
        ],
      },
      {
        key: "high-level-design",
        title: "High-level design",
        description:
          "Lays out the key components of the online path (request, gateway, retrieval, L1, L2, re-ranking, logging) and the offline path (feature engineering with batch and streaming, training data generation, training, indexing) and how they connect.",
        weight: 1,
        levels: [
          "Draws a single model box with no serving path or data loop.",
          "Shows a ranking funnel but omits the offline path or logging, so it is unclear how models are trained or fed.",
          "Presents both online and offline paths with correct data flow between logging, features, training data, training and indexing.",
          "Adapts the architecture to the product (e.g. permission filtering, precomputed graph candidates, cascades for latency) and explains where latency and cost are spent.",
        ],
      },
      {
        key: "step-by-step-design",
        title: "Step-by-step design",
        description:
          "For retrieval, L1 and L2 (or the equivalent stages), specifies funnel sizes, what each optimizes, training data, features, architectures and losses, and keeps stages consistent.",
        weight: 2,
        levels: [
          "Names models without training data, features or losses; stages are interchangeable.",
          "Describes one stage in detail but treats others superficially, or picks architectures and losses without justification.",
          "Specifies objectives, training data, features, architecture and loss per stage (e.g. recall-oriented retrieval and L1, multi-task DLRM-style L2 with pointwise, pairwise or listwise loss as appropriate).",
          "Shows practitioner depth: how L1 is trained beyond impressions (teacher labels, sampled logs), sequence features, feature interaction and multi-task experts, loss choice tied to calibration or ordering needs.",
        ],
      },
      {
        key: "deep-dives",
        title: "Deep dives",
        description:
          "Handles the glossed-over details the interviewer probes: scaling (vertical scaling, sharding, caching, replication and load balancing), position bias, cold start, data drift, diversity, calibration, evaluation.",
        weight: 1.5,
        levels: [
          "Cannot go beyond the surface when probed; answers are buzzwords.",
          "Knows the issues exist and names a standard fix without explaining how it works or its cost.",
          "Explains concrete solutions with trade-offs for the probed topics and connects them to the design already on the board.",
          "Brings first-hand or frontier insight (what works in practice, failure modes, how to measure it) and proposes it only where it solves a real problem in this system.",
        ],
      },
      {
        key: "communication",
        title: "Communication and time management",
        description:
          "Drives the conversation with a clear structure, adapts to the interviewer's steer, manages the clock so all steps are covered, and keeps explanations concise.",
        weight: 1,
        levels: [
          "Disorganized or silent for long stretches; runs out of time in the first half of the design.",
          "Follows a structure but rigidly, over-explains routine parts, and needs the interviewer to push for progress.",
          "Signposts each step, checks in at transitions, and covers all four steps within the time.",
          "Controls the pace, skips routine parts when invited, spends time on the interesting components, and summarizes trade-offs crisply.",
        ],
      },
    ],
  },
];
