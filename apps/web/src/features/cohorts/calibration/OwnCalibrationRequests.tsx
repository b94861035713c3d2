import type { OwnCalibrationRequest } from "@mockboard/db";
import Link from "next/link";
import { LocalTime } from "@/ui/LocalTime";

/**
 * The calibrations the viewer was asked to score in this cohort: the ones still to score
 * first. Each links to its page, which keeps the others' scores hidden until they submit.
 */
export function OwnCalibrationRequests({
  cohortId,
  requests,
}: {
  cohortId: string;
  requests: OwnCalibrationRequest[];
}) {
  return (
    <section className="card" aria-labelledby="own-calibrations-title">
      <h2 id="own-calibrations-title">Your calibration requests</h2>
      {requests.length === 0 ? (
        <p className="empty">
          No one has asked you to score a session blind yet. When a coach does, it is listed here and in your
          notifications.
        </p>
      ) : (
        <ul className="plain-list own-calibrations">
          {requests.map((request) => (
            <li key={request.id}>
              <Link href={`/cohorts/${cohortId}/calibration/${request.id}`}>
                {request.submitted ? "Read the scores" : "Score blind"}: {request.sessionTitle}
              </Link>{" "}
              <span className={request.submitted ? "badge" : "badge badge-new"}>
                {request.submitted ? "Submitted" : "To score"}
              </span>
              <span className="small muted">
                {" "}
                Asked {request.requestedBy ? `by ${request.requestedBy} ` : ""}on{" "}
                <LocalTime iso={request.requestedAt.toISOString()} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
