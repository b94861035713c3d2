-- Ten built-in ML system design prompts whose slug named the company whose public write-up
-- the guide follows (and, for some, the answer: contextual retrieval, multi-agent, reasoning
-- first, context engineering, local first). The company stays in its own field. As in the
-- earlier renamings, every version is renamed in place, so sessions keep their prompt and the
-- next seed finds it under its new name. Cohort prompts are left alone.
UPDATE "Prompt" SET "slug" = 'rag-retrieval-over-long-documents' WHERE "slug" = 'anthropic-contextual-retrieval-rag' AND "cohortId" IS NULL;
UPDATE "Prompt" SET "slug" = 'open-ended-research-agent' WHERE "slug" = 'anthropic-multi-agent-research-system' AND "cohortId" IS NULL;
UPDATE "Prompt" SET "slug" = 'ai-agent-evaluation-system' WHERE "slug" = 'anthropic-ai-agent-evaluation-pipeline' AND "cohortId" IS NULL;
UPDATE "Prompt" SET "slug" = 'codebase-aware-code-completion' WHERE "slug" = 'cursor-real-time-code-completion' AND "cohortId" IS NULL;
UPDATE "Prompt" SET "slug" = 'sparse-mixture-of-experts-llm' WHERE "slug" = 'gemini-sparse-mixture-of-experts' AND "cohortId" IS NULL;
UPDATE "Prompt" SET "slug" = 'illustrated-storybook-generator' WHERE "slug" = 'gemini-storybook-multimodal-generation' AND "cohortId" IS NULL;
UPDATE "Prompt" SET "slug" = 'long-running-coding-agent' WHERE "slug" = 'langchain-long-running-agent-context-engineering' AND "cohortId" IS NULL;
UPDATE "Prompt" SET "slug" = 'image-generation-and-editing-model' WHERE "slug" = 'nano-banana-reasoning-first-image-generation' AND "cohortId" IS NULL;
UPDATE "Prompt" SET "slug" = 'always-on-personal-ai-agent' WHERE "slug" = 'openclaw-local-first-autonomous-agent' AND "cohortId" IS NULL;
UPDATE "Prompt" SET "slug" = 'robotaxi-driving-stack' WHERE "slug" = 'waymo-autonomous-driving-stack' AND "cohortId" IS NULL;
