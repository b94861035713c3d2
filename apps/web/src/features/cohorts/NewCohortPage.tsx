import "server-only";
import { requireUser } from "@/features/auth";
import { CohortSettingsForm } from "./components/CohortSettingsForm";
import { settingsChoices } from "./server/settings-choices";
import "./cohorts.css";

/** Creating a cohort: the creator becomes its owner and gets an invite link to send. */
export async function NewCohortPage() {
  await requireUser("/cohorts/new");
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Create a cohort</h1>
          <p>You will be its owner. Invite people with a link, then run rounds of peer interviews.</p>
        </div>
      </div>
      <div className="card cohort-form-card">
        <CohortSettingsForm
          mode="create"
          initial={{ name: "", description: "", timeZone: "UTC", kinds: [], rounds: [] }}
          {...settingsChoices()}
        />
      </div>
    </>
  );
}
