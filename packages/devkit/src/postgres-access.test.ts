import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { untraversableAncestors } from "./postgres-access";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("untraversableAncestors", () => {
  it("names the private directory that stands between other users and a path", () => {
    const root = mkdtempSync(join(tmpdir(), "devkit-access-"));
    made.push(root);
    chmodSync(root, 0o700);
    mkdirSync(join(root, "repo/node_modules/bin"), { recursive: true });
    expect(untraversableAncestors([join(root, "repo/node_modules/bin/initdb")])).toEqual([root]);
  });

  it("finds nothing when every directory on the way is open to others", () => {
    const root = mkdtempSync(join(tmpdir(), "devkit-access-"));
    made.push(root);
    chmodSync(root, 0o755);
    expect(untraversableAncestors([join(root, "data/postgres")])).toEqual([]);
  });
});
