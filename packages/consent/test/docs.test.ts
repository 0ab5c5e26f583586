import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { quickStart } from "./examples/quick-start.js";

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), "utf8");

describe("the README's quick start", () => {
  it("runs: a named hospital's 'no' to medication overrides the 'yes' to all hospitals", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const r = quickStart();
    log.mockRestore();
    expect(r.value).toBe("Deny");
    expect(r.choice).toBe("x-no-medication");
    expect(r.text).toContain("MITZ §2f");
    expect(r.text).not.toContain("111222333");
  });

  it("is shown in the README and in the guide exactly as it runs", () => {
    const source = read("./examples/quick-start.ts");
    const shown = source
      .slice(
        source.indexOf("// --- README start") + "// --- README start".length,
        source.indexOf("    // --- README end"),
      )
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "");
    const readme = read("../README.md");
    const guide = read("../../../docs/guide/consent.md");
    for (const line of shown) {
      expect(readme).toContain(line);
      expect(guide).toContain(line);
    }
  });
});
