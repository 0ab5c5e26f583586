import { fileURLToPath } from "node:url";
import { sourceIds } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { codeWithoutComments, logicModules } from "../../../tools/testkit/logic-modules.js";
import {
  compileProfile,
  decide,
  decodeConsentRules,
  foldProfile,
  MEDICATION,
  mitzRules,
} from "../src/index.js";
import { request } from "./fixtures.js";

const src = fileURLToPath(new URL("../src", import.meta.url));
const code = codeWithoutComments;
const logic = logicModules(src);

describe("logic names no contract: every citation comes from the rulebook (ADR 0007 §1)", () => {
  it("the package has logic modules to check", () => {
    expect(logic.length).toBeGreaterThan(15);
  });

  it.each(logic.map((f) => [f.slice(src.length + 1), f]))(
    "%s calls no cite( and writes no built-in source id",
    (_, f) => {
      const text = code(f);
      expect(text).not.toMatch(/\bcite\(/);
      expect(text).not.toContain("nl-generic-functions");
      for (const id of sourceIds) {
        expect(text).not.toContain(`"${id}"`);
        expect(text).not.toContain(`${id} §`);
      }
    },
  );

  it("a team's rulebook with its own clauses is cited instead of MITZ", () => {
    const own = { source: "ACME", article: "4.1" };
    const rules = decodeConsentRules(
      JSON.parse(JSON.stringify({ ...mitzRules, clauses: { ...mitzRules.clauses, treatmentOnly: own } })),
    );
    expect(rules.ok).toBe(true);
    expect(rules.ok && rules.value.clauses.treatmentOnly).toEqual(own);
    if (!rules.ok) return;
    const cp = compileProfile(foldProfile([], rules.value), rules.value);
    const d = decide(
      request("2026-12-01T10:00:00+01:00", { dataCategory: MEDICATION, purpose: "RESEARCH" }),
      cp,
    );
    expect(d.value).toBe("Deny");
    expect(d.because.flatMap((s) => s.citations)).toEqual([own]);
  });

  it("a rulebook without clauses does not decode", () => {
    const { clauses: _, ...rest } = mitzRules;
    expect(decodeConsentRules(JSON.parse(JSON.stringify(rest))).ok).toBe(false);
  });
});
