"use client";

import type { Surface } from "@mockboard/interview";
import { useRouter } from "next/navigation";
import { useState } from "react";

/**
 * The surface the room shows: the session's (as the server last rendered it), or the one the
 * interviewer just chose until the server agrees. The choice is stored with the session (and on
 * its timeline); the feed makes the other person's room follow.
 */
export function useSurfaceChoice(sessionId: string, surface: Surface) {
  const router = useRouter();
  // The choice holds while the server still shows what it showed when the choice was made.
  const [chosen, setChosen] = useState<{ surface: Surface; over: Surface } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function choose(next: Surface) {
    setChosen({ surface: next, over: surface });
    setError(null);
    const response = await fetch(`/api/sessions/${sessionId}/surface`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ surface: next }),
    }).catch(() => null);
    if (!response?.ok) {
      const body = (await response?.json().catch(() => ({}))) as { error?: string } | undefined;
      setError(body?.error ?? "Could not change what the room shows");
      setChosen(null);
      return;
    }
    router.refresh();
  }

  return { surface: chosen?.over === surface ? chosen.surface : surface, choose, error };
}
