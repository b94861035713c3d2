"use client";

import { BoardAccessDenied, type BoardUser } from "@mockboard/board";
import { useBoard } from "@mockboard/board/react";
import { getAssetUrls } from "@tldraw/assets/selfHosted";
import { useCallback, useEffect, useMemo, useState } from "react";
import { type Editor, Tldraw } from "tldraw";
import "tldraw/tldraw.css";
import { ConnectionBadge } from "./ConnectionBadge";

const assetUrls = getAssetUrls({ baseUrl: "/tldraw-assets" });

interface Props {
  sessionId: string;
  docId: string;
  collabUrl: string;
  /** tldraw's licence key, from the server's env module (a build-time setting). */
  licenseKey: string | undefined;
  me: BoardUser;
}

async function fetchToken(sessionId: string): Promise<string> {
  const response = await fetch(`/api/sessions/${sessionId}/board-token`, { method: "POST" });
  if (!response.ok) {
    const message = (await response.json().catch(() => ({}))).error ?? `HTTP ${response.status}`;
    // Refused for good (signed out, removed, no such session): stop reconnecting.
    if ([401, 403, 404].includes(response.status)) throw new BoardAccessDenied(message);
    throw new Error(message);
  }
  return (await response.json()).token;
}

export default function BoardCanvas({ sessionId, docId, collabUrl, licenseKey, me }: Props) {
  const getToken = useCallback(() => fetchToken(sessionId), [sessionId]);
  const board = useBoard({ serverUrl: collabUrl, docId, me, getToken });
  const [editor, setEditor] = useState<Editor | null>(null);
  const [following, setFollowing] = useState<string | null>(null);

  // The role the collab server granted (it changes when a session ends), not the one at render.
  const role = board.role;
  const onMount = useCallback((mounted: Editor) => setEditor(mounted), []);
  useEffect(() => {
    editor?.updateInstanceState({ isReadonly: role === "viewer" });
  }, [editor, role]);
  const peers = useMemo(() => board.peers.filter((peer) => peer.id !== me.id), [board.peers, me.id]);

  function toggleFollow(peerId: string, tldrawUserId: Parameters<Editor["startFollowingUser"]>[0]) {
    if (!editor) return;
    if (following === peerId) {
      editor.stopFollowingUser();
      setFollowing(null);
    } else {
      editor.startFollowingUser(tldrawUserId);
      setFollowing(peerId);
    }
  }

  return (
    <div className="board">
      <div className="board-bar">
        <ConnectionBadge status={board.status} detail={board.statusDetail} />
        {role === "viewer" ? <span className="badge badge-warn">View only</span> : null}
        <ul className="peers" aria-label="People on this board">
          <li>
            <span className="dot" style={{ background: me.color }} /> {me.name} (you)
          </li>
          {peers.map((peer) => (
            <li key={peer.clientId} data-testid="peer">
              <span className="dot" style={{ background: peer.color }} /> {peer.name}
              {peer.role === "viewer" ? <span className="muted small"> · viewing</span> : null}
              <button
                type="button"
                className="btn btn-small"
                aria-pressed={following === peer.id}
                onClick={() => toggleFollow(peer.id, peer.tldrawUserId)}
              >
                {following === peer.id ? "Stop following" : "Follow"}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="board-canvas" data-testid="board-canvas" data-ready={board.ready ? "true" : "false"}>
        {board.error ? (
          <div className="board-message alert alert-error" role="alert">
            {board.error}
          </div>
        ) : board.ready ? (
          <Tldraw store={board.store} assetUrls={assetUrls} licenseKey={licenseKey} onMount={onMount} />
        ) : (
          <div className="board-message" role="status">
            <span className="spinner" aria-hidden="true" /> Loading the board…
          </div>
        )}
      </div>
    </div>
  );
}
