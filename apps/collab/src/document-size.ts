// Document-size accounting for one room. Encoding the whole document to measure it is
// costly, so the room keeps a cheap upper estimate (the last exact size plus every byte
// accepted since) and measures exactly only when that estimate crosses the limit, at
// most once a second.
import { CloseCode } from "@mockboard/protocol";
import * as Y from "yjs";
import { ProtocolError } from "./messages";

/** How often the exact encoded size may be recomputed near the document limit. */
const EXACT_SIZE_INTERVAL_MS = 1000;

export class DocumentSize {
  /** Upper estimate of the encoded document size (last exact size + bytes since). */
  private estimate = 0;
  /** Bytes of accepted updates not yet committed (so not yet in the document). */
  private pending = 0;
  private lastExactSizeAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly doc: Y.Doc,
    private readonly maxBytes: number,
  ) {}

  /** The upper estimate of the encoded document, pending updates included. */
  get bytes(): number {
    return this.estimate;
  }

  /** The document was loaded from `bytes` of stored snapshot and updates. */
  loaded(bytes: number): void {
    this.estimate = bytes;
  }

  /** Refuses an update that would push the document past its limit; otherwise counts it as pending. */
  reserve(size: number): void {
    if (this.estimate + size > this.maxBytes) {
      const now = performance.now();
      if (now - this.lastExactSizeAt >= EXACT_SIZE_INTERVAL_MS) {
        this.lastExactSizeAt = now;
        this.estimate = Y.encodeStateAsUpdate(this.doc).length + this.pending;
      }
      if (this.estimate + size > this.maxBytes) {
        throw new ProtocolError(CloseCode.DocumentTooLarge, "the document would exceed its size limit");
      }
    }
    this.estimate += size;
    this.pending += size;
  }

  /** A reserved update of `size` bytes is now in the document. */
  committed(size: number): void {
    this.pending -= size;
  }

  /** Pending updates were dropped unwritten (the room failed). */
  dropPending(): void {
    this.pending = 0;
  }

  /** The document was just encoded whole (a snapshot): its exact size is known for free. */
  measured(encodedBytes: number): void {
    this.estimate = encodedBytes + this.pending;
  }
}
