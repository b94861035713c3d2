// Copies the tldraw assets the board uses into public/ so the board never fetches them
// from tldraw's CDN (unreachable behind firewalls and offline): the fonts (each loaded only
// when a shape on the board uses it), the icon sprite every icon URL points into, and the
// translations (the board asks for English). Not the embed icons: the page's
// Content-Security-Policy refuses frames, so the board shows no embeds and never asks for them.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const source = dirname(require.resolve("@tldraw/assets/package.json"));
const target = join(import.meta.dirname, "../public/tldraw-assets");
// Start clean, so nothing an older version of this script copied is still served.
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const path of ["fonts", "icons/icon/0_merged.svg", "translations"]) {
  cpSync(join(source, path), join(target, path), { recursive: true });
}
