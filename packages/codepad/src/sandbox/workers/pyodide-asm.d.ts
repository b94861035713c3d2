// Pyodide's Emscripten module factory ships without types; loadPyodide takes it as createPyodideModule.
declare module "pyodide/pyodide.asm.mjs" {
  const createPyodideModule: (settings: unknown) => Promise<unknown>;
  export default createPyodideModule;
}
