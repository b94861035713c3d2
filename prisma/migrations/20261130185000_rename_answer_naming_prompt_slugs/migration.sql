-- Built-in prompts whose slug named what the candidate is meant to work out (the slug is in
-- every link to the prompt). Every version is renamed, so sessions keep their prompt and
-- the next seed finds the prompt under its new name. Cohort prompts are left alone.
UPDATE "Prompt" SET "slug" = 'implicit-feedback-sft-accepted-suggestions' WHERE "slug" = 'implicit-feedback-sft-selection-bias-ips' AND "cohortId" IS NULL;
UPDATE "Prompt" SET "slug" = 'inter-rater-agreement-subjective-driving-labels' WHERE "slug" = 'inter-rater-agreement-kappa-subjective-driving-labels' AND "cohortId" IS NULL;
UPDATE "Prompt" SET "slug" = 'llm-coding-faster-decoder-generation' WHERE "slug" = 'llm-coding-kv-cache-generation' AND "cohortId" IS NULL;
UPDATE "Prompt" SET "slug" = 'vla-policy-fails-when-instruction-changes' WHERE "slug" = 'vla-language-grounding-failure-spatial-priors' AND "cohortId" IS NULL;
UPDATE "Prompt" SET "slug" = 'vlm-judge-in-self-supervised-captioning' WHERE "slug" = 'vlm-judge-captioner-correlation-self-supervised-expansion' AND "cohortId" IS NULL;
