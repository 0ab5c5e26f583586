import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { quickStart } from "./examples/quick-start.js";

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), "utf8");

describe("the README's quick start", () => {
  it("runs: bob reads the cost ceiling until the certificates are revoked 6 months after the AGB code ended (MOZA 4.1)", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const r = quickStart();
    log.mockRestore();
    expect(r.before).toEqual({ decision: "allow", grantingRoles: ["cost-ceiling"] });
    expect(r.after.failedCheck).toBe("agb-revocation");
    expect(r.text).toContain("revoked automatically on 2027-03-01");
    expect(r.text).toContain("MOZA art. 4.1");
    expect(r.audit).toMatchObject({
      type: "access-check",
      actor: { kind: "user", id: "bob" },
      decision: "deny",
      failedCheck: "agb-revocation",
    });
  });

  it("is shown in the README and in the guide exactly as it runs", () => {
    const source = read("./examples/quick-start.ts");
    const shown = source
      .slice(
        source.indexOf("// --- README start") + "// --- README start".length,
        source.indexOf("// --- README end"),
      )
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "");
    expect(shown.length).toBeGreaterThanOrEqual(9);
    const readme = read("../README.md");
    const guide = read("../../../docs/guide/authorization-roles.md");
    for (const line of shown) {
      expect(readme).toContain(line);
      expect(guide).toContain(line);
    }
  });
});
