import type { ConnectionStatus } from "@mockboard/board";

const COPY: Record<ConnectionStatus, { label: string; className: string; hint: string }> = {
  connecting: { label: "Connecting…", className: "badge badge-scheduled", hint: "Opening the board" },
  live: { label: "Live", className: "badge badge-live", hint: "Changes sync as you draw" },
  offline: {
    label: "Offline",
    className: "badge badge-warn",
    hint: "Your edits are kept here and will sync when the connection returns",
  },
  refused: { label: "No access", className: "badge badge-warn", hint: "The board refused this connection" },
};

export function ConnectionBadge({ status, detail }: { status: ConnectionStatus; detail?: string }) {
  const copy = COPY[status];
  return (
    <span
      className={copy.className}
      role="status"
      aria-live="polite"
      title={detail ?? copy.hint}
      data-status={status}
    >
      {copy.label}
    </span>
  );
}
