"use client";

import { RoomAudioRenderer, RoomContext } from "@livekit/components-react";
import type { MediaChoices } from "../live/preferences";
import type { CallEnd } from "../live/rejoin";
import { type CallConnectionOptions, useCallConnection } from "../live/use-call-connection";
import { CallView } from "./CallView";

export interface VideoCallProps extends CallConnectionOptions {
  choices: MediaChoices;
  onChoicesChange: (choices: MediaChoices) => void;
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  onLeave: () => void;
  onEnd: (end: CallEnd) => void;
}

export function VideoCall(props: VideoCallProps) {
  const { room, phase, notice, setNotice, rejoin } = useCallConnection(props);
  if (!room) return null;
  return (
    <RoomContext.Provider value={room}>
      <CallView {...props} room={room} phase={phase} notice={notice} setNotice={setNotice} rejoin={rejoin} />
      {/* Everyone's voice, collapsed or not. */}
      <RoomAudioRenderer />
    </RoomContext.Provider>
  );
}
