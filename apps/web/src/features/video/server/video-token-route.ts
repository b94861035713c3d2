import "server-only";
import { ForbiddenError, getVideoRoom, loadSessionAccess, SessionId } from "@mockboard/db";
import { z } from "zod";
import { displayName, requireApiUser } from "@/features/auth";
import { db } from "@/server/db";
import { livekitEnv } from "@/server/env";
import { HttpError } from "@/server/http/http-error";
import { respond } from "@/server/http/respond";
import { route } from "@/server/http/route";
import { VideoTokenResponse } from "../video-contract";
import { guardVideoRooms } from "./room-guard";
import { openVideoRoom, roomService } from "./room-service";
import { videoOffBecause } from "./video-availability";
import { mintVideoToken, VIDEO_TOKEN_TTL_SECONDS } from "./video-token";

/**
 * Mints a LiveKit token for this session's current room, for someone the interview rules
 * give video: interviewer and candidate publish while the session is open, observers watch
 * a live one. Strangers and removed people hear 404 (the session's existence does not
 * leak), people with no video right now 403, and a server without LiveKit 503 with how to
 * turn it on. The browser asks here before every join: tokens live two minutes.
 */
export const videoTokenPOST = route(
  { authenticate: requireApiUser, params: z.object({ id: SessionId }) },
  async ({ user, params }) => {
    const access = await loadSessionAccess(db(), params.id, user.id);
    const video = access.can.video;
    if (video === "none")
      throw new ForbiddenError(
        access.status === "SCHEDULED"
          ? "Video opens for observers when the interview starts"
          : `Video is closed: the session is ${access.status.toLowerCase()}`,
      );
    const livekit = livekitEnv();
    const off = videoOffBecause(livekit);
    if (!livekit.configured || off) throw new HttpError(503, `${off?.reason} ${off?.howToEnable}`);
    guardVideoRooms();
    // The session's current room (it moves when someone is removed), opened for this token.
    const room = (await getVideoRoom(db(), access.sessionId))?.room;
    const service = roomService();
    if (!room || !service) throw new HttpError(503, "Video is off: this server has no LiveKit configured");
    try {
      await openVideoRoom(service, room);
    } catch {
      throw new HttpError(502, "The video server did not answer; retrying.");
    }
    const { token, expiresAt } = await mintVideoToken(livekit, {
      identity: user.id,
      name: displayName(user),
      role: access.role,
      room,
      video,
    });
    return respond(
      VideoTokenResponse,
      {
        token,
        url: livekit.url,
        room,
        identity: user.id,
        role: access.role,
        canPublish: video === "publish",
        expiresAt,
        expiresIn: VIDEO_TOKEN_TTL_SECONDS,
      },
      { headers: { "cache-control": "no-store" } },
    );
  },
);
