// Who gets a websocket: the board token (auth.ts), then the access changes that arrived
// after it was issued, then the person's connection slot and (for editors) their stored
// bytes. An admitted request holds a slot: the caller gives it back when the socket closes.
import { CloseCode } from "@mockboard/protocol";
import type { AccessRevocations } from "./access-revocations";
import { type Admission, admitConnection, type UpgradeRequest } from "./auth";
import type { CollabLimits } from "./limits";
import type { UserQuotas } from "./storage-quotas";

export interface AdmissionGateDeps {
  tokenSecret: string;
  revocations: AccessRevocations;
  users: UserQuotas;
  limits: CollabLimits;
}

export function createAdmissionGate(deps: AdmissionGateDeps) {
  const { tokenSecret, revocations, users, limits } = deps;
  return async function admit(request: UpgradeRequest): Promise<Admission> {
    const admission = await admitConnection(request, tokenSecret);
    if (!admission.ok) return admission;
    const refusal = revocations.refusalFor(admission.identity);
    if (refusal) return { ok: false, code: refusal.code, reason: refusal.reason, refusal: refusal.metric };
    const { userId, role } = admission.identity;
    if (!users.open(userId)) {
      return {
        ok: false,
        code: CloseCode.TooManyConnections,
        reason: `too many open board connections (at most ${limits.maxConnectionsPerUser}); close another tab`,
        refusal: "too-many-connections",
      };
    }
    try {
      if (role === "editor") await users.load(userId);
    } catch (error) {
      users.close(userId);
      throw error;
    }
    return admission;
  };
}
