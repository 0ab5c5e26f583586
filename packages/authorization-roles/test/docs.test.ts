import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { quickStart } from "./examples/quick-start.js";

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), "utf8");

describe("the README's quick start", () => {
  it("runs: bob reads the cost ceiling until the certificates are revoked 6 months after the AGB code ended (MOZA 4.1)", () => {
    const r = quickStart();
    expect(r.before).toEqual({ decision: "allow", grantingRoles: ["cost-ceiling"] });
    expect(r.after.failedCheck).toBe("agb-revocation");
    expect(r.text.split("\n").at(-1)).toBe(
      "4. The AGB code ended on 2026-08-31; the certificates were revoked automatically on 2027-03-01, 6 months later. (MOZA art. 4.1)",
    );
    expect(r.audit).toMatchObject({
      type: "access-check",
      actor: { kind: "user", id: "bob" },
      decision: "deny",
      failedCheck: "agb-revocation",
    });
  });

  it("is shown in the README and in the guide exactly as it runs", () => {
    const source = read("./examples/quick-start.ts");
    const program = source
      .slice(
        source.indexOf("// --- README start") + "// --- README start".length,
        source.indexOf("// --- README end"),
      )
      .replace('"../../src/index.js"', '"@zorgkit/authorization-roles"')
      .trim();
    expect(program.split("\n").length).toBeGreaterThanOrEqual(20);
    expect(read("../README.md")).toContain(program);
    expect(read("../../../docs/guide/authorization-roles.md")).toContain(program);
  });
});
