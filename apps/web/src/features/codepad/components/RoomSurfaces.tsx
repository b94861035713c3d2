"use client";

import type { Surface } from "@mockboard/interview";
import type { ReactNode } from "react";
import { SurfaceLayout } from "@/ui/surfaces/SurfaceLayout";
import { SurfaceSwitch } from "@/ui/surfaces/SurfaceSwitch";
import { useSurfaceChoice } from "./use-surface-choice";

/** The room's surfaces as the session shows them (board, code or both), with the interviewer's switch above them. */
export function RoomSurfaces(props: {
  sessionId: string;
  surface: Surface;
  canSwitch: boolean;
  board: ReactNode;
  code: ReactNode;
}) {
  const choice = useSurfaceChoice(props.sessionId, props.surface);
  return (
    <SurfaceLayout
      surface={choice.surface}
      bar={
        props.canSwitch ? (
          <SurfaceSwitch
            surface={choice.surface}
            onChoose={choice.choose}
            caption="Everyone sees"
            legend="What the room shows"
            error={choice.error}
          />
        ) : null
      }
      board={props.board}
      code={props.code}
    />
  );
}
