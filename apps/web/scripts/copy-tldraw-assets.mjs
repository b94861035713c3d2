// Copies tldraw's fonts, icons and translations into public/ so the board never
// fetches them from tldraw's CDN (unreachable behind firewalls and offline).
import { cpSync, existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const source = dirname(require.resolve("@tldraw/assets/package.json"));
const target = join(import.meta.dirname, "../public/tldraw-assets");
mkdirSync(target, { recursive: true });
for (const folder of ["fonts", "icons", "translations", "embed-icons"]) {
  if (existsSync(join(source, folder)))
    cpSync(join(source, folder), join(target, folder), { recursive: true });
}
