import type { Phase } from "@mockboard/prompt-bank";

export function PhasePlan({ phases }: { phases: Phase[] }) {
  const total = phases.reduce((sum, phase) => sum + phase.minutes, 0);
  return (
    <>
      <div className="phase-bar" role="img" aria-label={`${phases.length} phases over ${total} minutes`}>
        {phases.map((phase) => (
          <span key={phase.key} style={{ width: `${(phase.minutes / total) * 100}%` }} title={phase.title} />
        ))}
      </div>
      <ol className="phases">
        {phases.map((phase) => (
          <li key={phase.key}>
            <strong>{phase.title}</strong>
            <span className="muted small">{phase.minutes} min</span>
            <span className="goal">{phase.goal}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
