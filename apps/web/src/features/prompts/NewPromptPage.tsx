import "server-only";
import { listEditableCohorts, listRubricTemplates } from "@mockboard/db";
import { requireUser } from "@/features/auth";
import { db } from "@/server/db";
import { PromptEditor } from "./components/PromptEditor";
import type { PromptFormFields } from "./prompt-form";
import "./prompts.css";

const BLANK: PromptFormFields = {
  title: "",
  kind: "SYSTEM_DESIGN",
  roundType: "ml-system-design",
  difficulty: "MEDIUM",
  rubric: "ml-system-design",
  tags: "",
  summary: "",
  context: "",
  requirements: "",
  constraints: "",
  deliverable: "",
  overview: "",
  keyPoints: "",
  followUps: "",
  signals: "",
  redFlags: "",
  metrics: "",
  phases:
    "Clarify | 5 | Ask about users, scale and success | Sizes the problem before designing\nDesign | 25 | Walk through the design | A complete path from data to serving\nDeep dive | 15 | Go deep on one part | Trade-offs with numbers",
};

export async function NewPromptPage() {
  const user = await requireUser("/prompts/new");
  const [cohorts, rubrics] = await Promise.all([
    listEditableCohorts(db(), user.id),
    listRubricTemplates(db()),
  ]);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Write a cohort prompt</h1>
          <p>Only members of the cohort see it. Owners and coaches can edit; every save is a new version.</p>
        </div>
      </div>
      {cohorts.length ? (
        <PromptEditor
          target={{ method: "POST", url: "/api/cohorts/:cohortId/prompts" }}
          cohorts={cohorts}
          rubrics={rubrics}
          initial={BLANK}
        />
      ) : (
        <div className="card empty">
          <strong>Only cohort owners and coaches write prompts</strong>
          Ask your cohort owner to make you a coach, or use the built-in bank.
        </div>
      )}
    </>
  );
}
