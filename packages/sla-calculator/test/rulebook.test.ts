import { fileURLToPath } from "node:url";
import { sourceIds } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { codeWithoutComments, logicModules } from "../../../tools/testkit/logic-modules.js";
import { decodeSlaDefinition } from "../src/decode.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";

const src = fileURLToPath(new URL("../src", import.meta.url));
const code = codeWithoutComments;
const logic = logicModules(src, (f) => f.endsWith("testing.ts"));

describe("logic names no contract (ADR 0007 §1)", () => {
  it("the package has logic modules to check", () => {
    expect(logic.length).toBeGreaterThan(10);
  });

  it.each(logic.map((f) => [f.slice(src.length + 1), f]))(
    "%s cites nothing and names no source document, article or section",
    (_, f) => {
      const text = code(f);
      expect(text).not.toMatch(/\bcite\(/);
      for (const id of sourceIds) expect(text).not.toContain(`"${id}"`);
      expect(text).not.toMatch(/§\s?\d/);
      expect(text).not.toMatch(/\bart\.\s?\d/);
    },
  );
});

describe("the SLA definition is a schema: the preset decodes, a team's own SLA decodes from JSON", () => {
  it("the MDO preset, written to JSON and read back, decodes to the same value", () => {
    const r = decodeSlaDefinition(JSON.parse(JSON.stringify(mdoSla2025)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toEqual(mdoSla2025);
  });

  it("a definition with a negative working-day target, a norm over zero and a figure without citations is rejected with the paths", () => {
    const json = JSON.parse(JSON.stringify(mdoSla2025));
    json.targets.P3.response.days = -1;
    json.targets.P2.norm.value.denominator = 0;
    delete json.breachNotice.citations;
    const r = decodeSlaDefinition(json);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).toEqual(
        expect.arrayContaining([
          "$.targets.P3.response.days",
          "$.targets.P2.norm.value.denominator",
          "$.breachNotice.citations",
        ]),
      );
    }
  });
});
