import type { RubricTemplate } from "@mockboard/prompt-bank";

/** A rubric for a narrow column: each dimension opens to its four level descriptors. */
export function RubricView({ rubric }: { rubric: RubricTemplate }) {
  return (
    <div>
      <p className="muted small">{rubric.description}</p>
      {rubric.dimensions.map((dimension) => (
        <details className="rubric-dim" key={dimension.key}>
          <summary>
            <strong>{dimension.title}</strong>{" "}
            {dimension.weight !== 1 ? <span className="badge">×{dimension.weight}</span> : null}
            <div className="small muted">{dimension.description}</div>
          </summary>
          <ol className="levels">
            {dimension.levels.map((level, index) => (
              <li key={level}>
                <b>
                  <span className="sr-only">Level </span>
                  {index + 1}
                </b>
                <span>{level}</span>
              </li>
            ))}
          </ol>
        </details>
      ))}
    </div>
  );
}
