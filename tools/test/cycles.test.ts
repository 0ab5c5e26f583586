// The cycle check of `npm run lint` (tools/check-cycles.mjs) finds type-only cycles too, and
// reports none for a tree without cycles.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs script without declarations
import { cyclesOf } from "../check-cycles.mjs";

function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "zk-cycles-"));
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, "src", name);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, text);
  }
  return dir;
}

describe("the import-cycle check (ADR 0006 §6)", () => {
  it("reports a cycle made only of type imports", () => {
    const dir = fixture({
      "sla.ts": 'import type { Priority } from "./priority.js";\nexport type Sla = { p: Priority };\n',
      "priority.ts":
        'import { type Sla } from "./sla.js";\nexport type Priority = "P1";\nexport const f = (s: Sla) => s;\n',
      "leaf.ts": "export const x = 1;\n",
    });
    const cycles = cyclesOf(dir) as Array<{ files: Array<string>; example: Array<string> }>;
    expect(cycles.map((c) => c.files)).toEqual([["src/priority.ts", "src/sla.ts"]]);
    expect(cycles[0]?.example).toEqual(["src/priority.ts", "src/sla.ts", "src/priority.ts"]);
  });

  it("follows re-exports and folders, and reports nothing for a tree without cycles", () => {
    const acyclic = fixture({
      "index.ts": 'export { a } from "./a.js";\nexport type { P } from "./presets/index.js";\n',
      "a.ts": 'import type { P } from "./presets/index.js";\nexport const a = (p: P) => p;\n',
      "presets/index.ts": 'export type P = "x";\n',
    });
    expect(cyclesOf(acyclic)).toEqual([]);
    const cyclic = fixture({
      "a.ts": 'export * from "./presets/index.js";\n',
      "presets/index.ts": 'import type { X } from "../a.js";\nexport type P = X;\n',
    });
    expect((cyclesOf(cyclic) as Array<{ files: Array<string> }>).map((c) => c.files)).toEqual([
      ["src/a.ts", "src/presets/index.ts"],
    ]);
  });
});
