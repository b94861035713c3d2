-- Hand-written. The guide is interviewer-only, so its words leave the public search
-- vector (title, tags, company, signal, brief) and get a vector of their own, which the
-- catalogue searches only for people the interview rules let read that guide.
CREATE FUNCTION prompt_public_search_document(title text, tags text[], company text, signal text, brief jsonb)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, array_to_string(tags, ' ') || ' ' ||
      coalesce(company, '') || ' ' || coalesce(signal, '')), 'A') ||
    setweight(jsonb_to_tsvector('english'::regconfig, brief, '["string"]'), 'B')
$$;

CREATE FUNCTION prompt_guide_search_document(guide jsonb)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(jsonb_to_tsvector('english'::regconfig, guide, '["string"]'), 'C')
$$;

DROP INDEX "Prompt_searchVector_idx";
ALTER TABLE "Prompt" DROP COLUMN "searchVector";
ALTER TABLE "Prompt" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  prompt_public_search_document("title", "tags", "company", "signal", "brief")
) STORED;
ALTER TABLE "Prompt" ADD COLUMN "guideSearchVector" tsvector GENERATED ALWAYS AS (
  prompt_guide_search_document("guide")
) STORED;
CREATE INDEX "Prompt_searchVector_idx" ON "Prompt" USING GIN ("searchVector");
CREATE INDEX "Prompt_guideSearchVector_idx" ON "Prompt" USING GIN ("guideSearchVector");
DROP FUNCTION prompt_search_document(text, text[], text, text, jsonb, jsonb);
