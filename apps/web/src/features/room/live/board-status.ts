"use client";

import type { ConnectionStatus } from "@mockboard/board";
import { createContext, useContext, useEffect } from "react";

/** Where the board tells the room how its connection is, for the room's one connection indicator. */
export const BoardStatusContext = createContext<((status: ConnectionStatus, detail?: string) => void) | null>(
  null,
);

/** Reports the board's connection to the room around it (if any). */
export function useReportBoardStatus(status: ConnectionStatus, detail?: string): void {
  const report = useContext(BoardStatusContext);
  useEffect(() => report?.(status, detail), [report, status, detail]);
}
