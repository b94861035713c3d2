-- A built-in live-coding prompt whose slug named the kind of agent the candidate is meant to
-- choose (the prebuilt ReAct loop is one of the two answers the guide weighs). As in the
-- earlier renamings, every version is renamed in place, so sessions keep their prompt and the
-- next seed finds it under its new name. Cohort prompts are left alone.
UPDATE "Prompt" SET "slug" = 'live-coding-langgraph-tool-agent' WHERE "slug" = 'live-coding-langgraph-react-tool-agent' AND "cohortId" IS NULL;
