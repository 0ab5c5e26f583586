// Tests that kill surviving mutants of src/audit.ts (issue #17, docs/quality.md): the NEN 7513 log
// record of a consent check (MITZ §4: the logging is kept 5 years) names the custodian that was
// asked, by URA and provider type. The result is computed inside its `it`.
import { describe, expect, it } from "vitest";
import { auditRecord, compileProfile, decide, foldProfile, mitzRules } from "../src/index.js";
import { RESULTS } from "../src/presets/mitz-codes-2026.js";
import { HOSPITALS, hospitalY, request } from "./fixtures.js";

describe("the audit record of a consent check (MITZ §4, NEN 7513)", () => {
  it("names the custodian asked, hospital Y of type RPZAC104, by its URA and type only", () => {
    const r = request("2026-12-01T10:00:00+01:00", {
      custodian: { ura: hospitalY, type: HOSPITALS },
      dataCategory: RESULTS,
    });
    const d = decide(r, compileProfile(foldProfile([], mitzRules), mitzRules));
    expect(auditRecord(r, d, mitzRules).custodian).toEqual({ ura: hospitalY, type: HOSPITALS });
  });
});
