/**
 * Caps how far any WebAssembly memory in this realm may grow. Emscripten grows its heap from
 * JavaScript through Memory.prototype.grow and treats a refusal as a failed allocation, so
 * Python raises MemoryError instead of taking the browser's memory. Call before the
 * runtime is loaded; it applies to the whole worker.
 */
export function capWasmMemory(maxBytes: number): void {
  const grow = WebAssembly.Memory.prototype.grow;
  WebAssembly.Memory.prototype.grow = function cappedGrow(this: WebAssembly.Memory, delta: number) {
    if (this.buffer.byteLength + delta * 65_536 > maxBytes) {
      throw new RangeError(`WebAssembly memory is capped at ${Math.round(maxBytes / 1024 / 1024)} MB`);
    }
    return grow.call(this, delta);
  };
}
