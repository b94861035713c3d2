import type { CandidateBrief } from "@mockboard/prompt-bank";

function List({ title, items }: { title: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** The candidate brief: everything here is safe for the candidate to see. */
export function PromptBriefView({ brief }: { brief: CandidateBrief }) {
  return (
    <div className="prose" data-testid="candidate-brief">
      <p>{brief.summary}</p>
      {brief.context ? <p className="muted">{brief.context}</p> : null}
      <List title="Requirements" items={brief.requirements} />
      <List title="Constraints" items={brief.constraints} />
      {brief.deliverable ? (
        <>
          <h3>What to produce</h3>
          <p>{brief.deliverable}</p>
        </>
      ) : null}
    </div>
  );
}
