import "server-only";
import { listCohortMembers, listOwnCalibrationRequests } from "@mockboard/db";
import { InviteLink } from "@/features/invites";
import { db } from "@/server/db";
import { LocalTime } from "@/ui/LocalTime";
import { OwnCalibrationRequests } from "./calibration/OwnCalibrationRequests";
import { ROLE_LABELS } from "./cohort-labels";
import { CohortSettingsForm } from "./components/CohortSettingsForm";
import { LeaveCohortButton } from "./components/LeaveCohortButton";
import { MemberActions } from "./components/MemberActions";
import { loadCohort } from "./server/load-cohort";
import { settingsChoices } from "./server/settings-choices";

/**
 * The members tab: who is in, their role, what they did, when they were last active, and
 * the calibrations the viewer was asked to score.
 */
export async function MembersPage({ params }: { params: unknown }) {
  const { user, cohort } = await loadCohort(params);
  const [members, requests] = await Promise.all([
    listCohortMembers(db(), cohort.id, user.id),
    listOwnCalibrationRequests(db(), cohort.id, user.id),
  ]);
  const manage = cohort.rights.manageMembers;
  // Blind scores still owed come first: they are what the rater has to do here.
  const owed = requests.some((request) => !request.submitted);
  const calibrations = <OwnCalibrationRequests cohortId={cohort.id} requests={requests} />;
  return (
    <>
      {owed ? calibrations : null}
      {cohort.invite ? (
        <section className="card" aria-labelledby="invite-title">
          <h2 id="invite-title">Invite people</h2>
          <p className="small muted">
            Anyone with the link can join as a member after confirming. It works for 14 days; a new link stops
            the old one at once.
          </p>
          <InviteLink
            endpoint={`/api/cohorts/${cohort.id}/invite`}
            label="Invite link"
            path={cohort.invite.code ? `/join/${cohort.invite.code}` : null}
            expiresAt={cohort.invite.expiresAt?.toISOString() ?? null}
          />
          {cohort.invite.expired ? (
            <p className="small alert alert-error">
              This link has expired: make a new one to invite more people.
            </p>
          ) : null}
        </section>
      ) : null}
      <section className="card" aria-labelledby="members-title">
        <h2 id="members-title">Members</h2>
        <table className="data-table stack">
          <caption className="sr-only">Members, their role and their sessions in this cohort</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col" className="num">
                Interviewed others
              </th>
              <th scope="col" className="num">
                Was interviewed
              </th>
              <th scope="col">Last active</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const name = member.name ?? "A member";
              return (
                <tr key={member.userId}>
                  <th scope="row">
                    {name}
                    {member.userId === user.id ? <span className="muted"> (you)</span> : null}
                  </th>
                  <td data-label="Role">
                    {manage && member.userId !== user.id ? (
                      <MemberActions
                        cohortId={cohort.id}
                        userId={member.userId}
                        name={name}
                        role={member.role}
                      />
                    ) : (
                      ROLE_LABELS[member.role]
                    )}
                  </td>
                  <td className="num" data-label="Interviewed others">
                    {member.interviewed}
                  </td>
                  <td className="num" data-label="Was interviewed">
                    {member.interviewedAs}
                  </td>
                  <td data-label="Last active">
                    <LocalTime iso={member.lastActiveAt.toISOString()} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <LeaveCohortButton cohortId={cohort.id} cohortName={cohort.name} />
      </section>
      {owed ? null : calibrations}
      {cohort.rights.editSettings ? (
        <section className="card" aria-labelledby="settings-title">
          <h2 id="settings-title">Settings</h2>
          <CohortSettingsForm
            mode="edit"
            cohortId={cohort.id}
            initial={{
              name: cohort.name,
              description: cohort.description,
              timeZone: cohort.timeZone,
              kinds: cohort.kinds,
              rounds: cohort.rounds,
            }}
            {...settingsChoices()}
          />
        </section>
      ) : null}
    </>
  );
}
