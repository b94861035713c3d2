import type { CandidateBrief } from "@mockboard/prompt-bank";
import { TitledList } from "./TitledList";

/** The candidate brief: everything here is safe for the candidate to see. */
export function PromptBriefView({ brief }: { brief: CandidateBrief }) {
  return (
    <div className="prose" data-testid="candidate-brief">
      <p>{brief.summary}</p>
      {brief.context ? <p className="muted">{brief.context}</p> : null}
      <TitledList title="Requirements" items={brief.requirements} />
      <TitledList title="Constraints" items={brief.constraints} />
      {brief.deliverable ? (
        <>
          <h3>What to produce</h3>
          <p>{brief.deliverable}</p>
        </>
      ) : null}
    </div>
  );
}
