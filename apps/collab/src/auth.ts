// Admission of a websocket upgrade: protocol version, document id and board token are
// all checked before the connection can see a single byte of the document. The version
// and the token travel in the websocket subprotocol list (see @mockboard/protocol's
// subprotocol.ts); a token in the URL is refused, since URLs end up in logs.
import {
  BOARD_SUBPROTOCOL,
  type BoardRole,
  CloseCode,
  DocId,
  PROTOCOL_VERSION,
  parseSubprotocolHeader,
  tokenFromSubprotocols,
  verifyBoardToken,
} from "@mockboard/protocol";
import type { RefusalReason } from "./metrics";

export interface ConnectionIdentity {
  docId: DocId;
  userId: string;
  role: BoardRole;
  name: string;
  color: string;
  /** When the board token was issued and when it expires, epoch ms. */
  issuedAt: number;
  expiresAt: number;
}

export type Admission =
  | { ok: true; identity: ConnectionIdentity }
  | { ok: false; code: CloseCode; reason: string; refusal: RefusalReason };

const refuse = (code: CloseCode, reason: string, refusal: RefusalReason): Admission => ({
  ok: false,
  code,
  reason,
  refusal,
});

export interface UpgradeRequest {
  /** Path and query of the upgrade request. */
  url: string | undefined;
  /** Its Sec-WebSocket-Protocol header. */
  subprotocols: string | string[] | undefined;
}

/** Decides whether an upgrade request may join its document. */
export async function admitConnection(request: UpgradeRequest, secret: string): Promise<Admission> {
  let url: URL;
  try {
    url = new URL(request.url ?? "/", "http://collab.invalid");
  } catch {
    return refuse(CloseCode.Malformed, "invalid request URL", "invalid-document");
  }
  const offered = parseSubprotocolHeader(request.subprotocols);
  if (!offered.includes(BOARD_SUBPROTOCOL)) {
    return refuse(
      CloseCode.VersionMismatch,
      `protocol version ${PROTOCOL_VERSION} required (subprotocol ${BOARD_SUBPROTOCOL})`,
      "version-mismatch",
    );
  }
  if (url.searchParams.has("token")) {
    return refuse(CloseCode.Unauthorized, "token must not be sent in the URL", "token-in-url");
  }
  // Doc ids are URL-safe by definition, so the raw path needs no decoding.
  const docId = DocId.safeParse(url.pathname.slice(1));
  if (!docId.success) return refuse(CloseCode.Malformed, "invalid document id", "invalid-document");

  const verified = await verifyBoardToken(secret, tokenFromSubprotocols(offered));
  if (!verified.ok)
    return refuse(CloseCode.Unauthorized, `token ${verified.reason}`, `token-${verified.reason}`);
  if (verified.claims.doc !== docId.data) {
    return refuse(CloseCode.WrongDocument, "token is for another document", "wrong-document");
  }
  return {
    ok: true,
    identity: {
      docId: docId.data,
      userId: verified.claims.sub,
      role: verified.claims.role,
      name: verified.claims.name,
      color: verified.claims.color,
      issuedAt: verified.issuedAt,
      expiresAt: verified.expiresAt,
    },
  };
}
