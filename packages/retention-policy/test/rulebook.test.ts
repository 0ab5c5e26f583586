import { fileURLToPath } from "node:url";
import { sourceIds } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { describe, expect, it } from "vitest";
import { codeWithoutComments, logicModules } from "../../../tools/testkit/logic-modules.js";
import { BackupScheme } from "../src/backups.js";
import { decodeBackupScheme, decodeRetentionPolicy } from "../src/decode.js";
import * as api from "../src/index.js";
import { RetentionPolicy } from "../src/rulebook.js";

const src = fileURLToPath(new URL("../src", import.meta.url));
const code = codeWithoutComments;
const logic = logicModules(src, (f) => f.includes("/testing"));

describe("logic names no contract (ADR 0007 §1)", () => {
  it("the package has logic modules to check", () => {
    expect(logic.length).toBeGreaterThanOrEqual(8);
  });
  it.each(logic.map((f) => [f.slice(src.length + 1), f]))(
    "%s cites nothing and names no source, article or figure",
    (_, f) => {
      const text = code(f);
      expect(text).not.toMatch(/\bcite\(/);
      for (const id of [...sourceIds, "NEN 7513", "BW"]) expect(text).not.toContain(`"${id}"`);
      expect(text).not.toMatch(/§\s?\d/);
      expect(text).not.toMatch(/\bart\.\s?\d/);
      expect(text).not.toMatch(/\{\s*(months|years|days|weeks):\s*\d/); // no period figure
    },
  );
});

describe("the presets are rulebooks: they decode, and survive JSON", () => {
  const presets = [api.vjzRetention, api.mdoB1Retention, api.mitzRetention, api.statutoryRetention];
  it.each(presets.map((p) => [p.id, p]))(
    "%s decodes from its JSON to the same value; every rule cites its source",
    (_, p) => {
      const r = decodeRetentionPolicy(JSON.parse(JSON.stringify(p)));
      expect(r.ok && r.value).toEqual(p);
      expect(Schema.is(RetentionPolicy)(p)).toBe(true);
      for (const rule of p.rules) expect(rule.citations.length).toBeGreaterThan(0);
    },
  );
  it("every record class of a preset has at least one rule (no class is left to a default)", () => {
    for (const p of presets)
      for (const c of Object.keys(p.classes)) expect(p.rules.some((r) => r.recordClass === c)).toBe(true);
  });
  it("the MDO-SLA backup scheme decodes from its JSON", () => {
    const r = decodeBackupScheme(JSON.parse(JSON.stringify(api.mdoSlaBackupScheme)));
    expect(r.ok && r.value).toEqual(api.mdoSlaBackupScheme);
    expect(Schema.is(BackupScheme)(api.mdoSlaBackupScheme)).toBe(true);
  });
  it("the constructors reject bad literals with a TypeError", () => {
    expect(() => api.afterEvent("written", { months: 0 }, "max")).toThrow(TypeError);
    expect(() => api.whileActive("Un Subscribed")).toThrow(TypeError);
    expect(() => api.byAgreement({ event: "x", duration: { days: -1 }, bound: "min" })).toThrow(TypeError);
  });
});
