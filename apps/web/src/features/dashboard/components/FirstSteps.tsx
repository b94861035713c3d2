import Link from "next/link";

/** A new account's dashboard: the three things to do, in order, each with its way in. */
export function FirstSteps({ promptCount }: { promptCount: number }) {
  return (
    <>
      <ol className="first-steps" aria-label="Getting started">
        <li className="card">
          <span className="step-number" aria-hidden="true">
            1
          </span>
          <div>
            <h2>Choose a prompt</h2>
            <p className="muted">
              {promptCount} prompts: coding, system design, ML, behavioural and more. As the interviewer, read
              its guide first: key points, follow-ups, signals and red flags.
            </p>
            <Link className="btn btn-primary" href="/prompts">
              Browse prompts
            </Link>
          </div>
        </li>
        <li className="card">
          <span className="step-number" aria-hidden="true">
            2
          </span>
          <div>
            <h2>Start a session and invite a peer</h2>
            <p className="muted">
              On the prompt's page, choose "Start a session with this prompt". In the room, copy the invite
              link and send it to the person you are interviewing: they join as the candidate.
            </p>
          </div>
        </li>
        <li className="card">
          <span className="step-number" aria-hidden="true">
            3
          </span>
          <div>
            <h2>Interview, then score</h2>
            <p className="muted">
              Work through the prompt's phases on the shared board while the timer runs, keep private notes,
              then fill in the scorecard and release your feedback.
            </p>
          </div>
        </li>
      </ol>
      <p className="first-steps-note small muted">
        Were you sent an invite link? Open it to join that session as the candidate.
      </p>
    </>
  );
}
