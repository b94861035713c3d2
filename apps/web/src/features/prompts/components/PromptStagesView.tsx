import type { VisibleStage } from "@mockboard/interview";
import "../prompt-views.css";
import type { PromptStage } from "@mockboard/prompt-bank";

/**
 * A prompt's staged parts, numbered after the brief (part 1). The server passes only the parts
 * this person may see; a part the candidate has not been shown yet is marked as such.
 */
export function PromptStagesView({
  stages,
  firstPart = 2,
}: {
  stages: VisibleStage<PromptStage>[];
  firstPart?: number;
}) {
  if (!stages.length) return null;
  return (
    <div className="prompt-stages">
      {stages.map(({ stage, revealed }, index) => (
        <section key={stage.key} className={revealed ? "prompt-stage" : "prompt-stage prompt-stage-hidden"}>
          <h3>
            Part {firstPart + index}: {stage.title}
            {revealed ? null : <span className="badge">Not shown to the candidate yet</span>}
          </h3>
          <p>{stage.summary}</p>
          {stage.requirements.length ? (
            <ul>
              {stage.requirements.map((requirement) => (
                <li key={requirement}>{requirement}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </div>
  );
}
