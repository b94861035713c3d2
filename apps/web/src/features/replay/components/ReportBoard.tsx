"use client";

import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { ReplayHistory } from "../live/replay-history";
import { type ReplayManifest, replayApi } from "../replay-contract";
import ReplayBoard from "./ReplayBoard";

/** The final board for the printed report: the history played to its end, fitted to the box. */
export function ReportBoard({
  sessionId,
  licenseKey,
}: {
  sessionId: string;
  licenseKey: string | undefined;
}) {
  const [doc, setDoc] = useState<Y.Doc | null>(null);
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    let cancelled = false;
    fetch(replayApi.manifest(sessionId))
      .then(async (response) => {
        if (!response.ok) throw new Error(`Could not load the board (HTTP ${response.status})`);
        const manifest = (await response.json()) as ReplayManifest;
        const history = new ReplayHistory(sessionId, manifest, () => undefined);
        await history.showMoment(manifest.durationMs);
        if (!cancelled) setDoc(history.doc);
      })
      .catch((cause: Error) => setFailure(cause.message));
    return () => {
      cancelled = true;
    };
  }, [sessionId]);
  return (
    <div
      className="report-board replay-canvas"
      data-testid="report-board"
      data-ready={doc ? "true" : "false"}
    >
      {failure ? (
        <p className="alert alert-error" role="alert">
          {failure}
        </p>
      ) : doc ? (
        <ReplayBoard doc={doc} licenseKey={licenseKey} onEditor={() => undefined} />
      ) : (
        <p className="replay-message" role="status">
          Loading the board…
        </p>
      )}
    </div>
  );
}
