import type { Phase } from "@mockboard/prompt-bank";
import "../prompt-views.css";

/**
 * The phases with their times and what the candidate is asked to do. `lookFor` (what good
 * looks like) is interviewer-only: pass phases with it only to someone who may read the guide.
 */
export function PhasePlan({ phases }: { phases: (Omit<Phase, "lookFor"> & { lookFor?: string })[] }) {
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
            <span className="goal">{phase.instruction}</span>
            {phase.lookFor ? (
              <span className="goal look-for">
                <b>Look for:</b> {phase.lookFor}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
