"use client";

import type { BoardUser } from "@mockboard/board";
import { SessionDocProvider, useSessionDoc } from "@mockboard/board/react";
import { type ReactNode, useMemo } from "react";
import { preload } from "react-dom";
import { useReportBoardStatus } from "../live/board-status";
import { boardTokenSource } from "./board-token-source";

/** tldraw's icon sprite: every toolbar button draws from it (fetched as a CORS image, like tldraw does). */
const ICON_SPRITE = "/tldraw-assets/icons/icon/0_merged.svg";

/**
 * The session's shared document for the surfaces inside it: the board and the code pad (one
 * connection, one token, one awareness).
 */
export function BoardRoom(props: {
  sessionId: string;
  docId: string;
  collabUrl: string;
  me: BoardUser;
  initialToken?: string;
  children: ReactNode;
}) {
  preload(ICON_SPRITE, { as: "image", crossOrigin: "anonymous" });
  const { sessionId, me, initialToken } = props;
  const getToken = useMemo(
    () => boardTokenSource(sessionId, me.role, initialToken),
    [sessionId, me.role, initialToken],
  );
  const session = useSessionDoc({ serverUrl: props.collabUrl, docId: props.docId, me, getToken });
  // The room's one connection indicator shows this document's connection (board and code).
  useReportBoardStatus(session.status, session.statusDetail);
  return <SessionDocProvider value={session}>{props.children}</SessionDocProvider>;
}
