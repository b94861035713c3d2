-- Three more built-in concept prompts whose slug named what the candidate is meant to work
-- out (token budgeting, the escalation ladder, the counterfactual baseline). As in the first
-- renaming, every version is renamed in place, so sessions keep their prompt and the next
-- seed finds it under its new name. Cohort prompts are left alone.
UPDATE "Prompt" SET "slug" = 'context-window-in-production' WHERE "slug" = 'context-window-production-budgeting' AND "cohortId" IS NULL;
UPDATE "Prompt" SET "slug" = 'llm-judge-calibration-drift' WHERE "slug" = 'llm-judge-calibration-drift-recalibration-ladder' AND "cohortId" IS NULL;
UPDATE "Prompt" SET "slug" = 'quantifying-ml-driven-savings' WHERE "slug" = 'quantifying-ml-driven-savings-counterfactual' AND "cohortId" IS NULL;
