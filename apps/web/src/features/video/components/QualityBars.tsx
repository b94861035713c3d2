import { ConnectionQuality } from "livekit-client";

export const QUALITY_LABEL: Record<ConnectionQuality, string> = {
  [ConnectionQuality.Excellent]: "excellent",
  [ConnectionQuality.Good]: "good",
  [ConnectionQuality.Poor]: "poor",
  [ConnectionQuality.Lost]: "lost",
  [ConnectionQuality.Unknown]: "unknown",
};

export function QualityBars({ quality }: { quality: ConnectionQuality }) {
  const level = { excellent: 3, good: 2, poor: 1, lost: 0, unknown: 0 }[QUALITY_LABEL[quality]] ?? 0;
  const label = `Connection ${QUALITY_LABEL[quality]}`;
  return (
    <span
      className={`vd-quality vd-quality-${QUALITY_LABEL[quality]}`}
      title={label}
      role="img"
      aria-label={label}
    >
      {[1, 2, 3].map((bar) => (
        <span key={bar} className={bar <= level ? "on" : undefined} style={{ height: `${bar * 3 + 2}px` }} />
      ))}
    </span>
  );
}
