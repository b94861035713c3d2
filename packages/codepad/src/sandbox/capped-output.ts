import { RUN_LIMITS } from "../run-record";
import type { OutputSink, OutputStream } from "./run-types";

/**
 * A sink that passes output on until the run has written `limit` characters in all, then
 * drops the rest and remembers that it did: a print in an endless loop fills a bounded buffer,
 * not the page's memory.
 */
export class CappedOutput {
  private written = 0;
  truncated = false;

  constructor(
    private readonly forward: OutputSink,
    private readonly limit: number = RUN_LIMITS.outputChars,
  ) {}

  readonly sink: OutputSink = (stream: OutputStream, text: string) => {
    if (!text) return;
    const room = this.limit - this.written;
    if (room <= 0) {
      this.truncated = true;
      return;
    }
    const kept = text.length > room ? text.slice(0, room) : text;
    if (kept.length < text.length) this.truncated = true;
    this.written += kept.length;
    this.forward(stream, kept);
  };
}
