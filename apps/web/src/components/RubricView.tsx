import type { RubricTemplate } from "@mockboard/prompt-bank";

export function RubricView({ rubric }: { rubric: RubricTemplate }) {
  return (
    <div>
      <p className="muted small">{rubric.description}</p>
      {rubric.dimensions.map((dimension) => (
        <div className="rubric-dim" key={dimension.key}>
          <strong>{dimension.title}</strong>{" "}
          {dimension.weight !== 1 ? <span className="badge">×{dimension.weight}</span> : null}
          <div className="small muted">{dimension.description}</div>
          <div className="levels">
            {dimension.levels.map((level, index) => (
              <div key={level}>
                <b>{index + 1}</b>
                {level}
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
