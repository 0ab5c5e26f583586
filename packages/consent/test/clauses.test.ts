import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sourceIds } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
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
const files = (dir: string): Array<string> =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? name === "presets"
        ? []
        : files(path)
      : path.endsWith(".ts")
        ? [path]
        : [];
  });
/** The code of a module without its comments (TSDoc may name the clauses it implements). */
const code = (path: string) =>
  readFileSync(path, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
const logic = files(src);

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
