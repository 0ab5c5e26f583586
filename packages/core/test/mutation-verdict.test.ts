// Tests that pin down rules of verdict.ts that surviving mutants showed were not asserted
// (issue #17): the schema of a verdict (ADR 0006 §3). Every result is computed inside its `it`.
import * as Schema from "effect/Schema";
import { describe, expect, it } from "vitest";
import { cite, step } from "../src/explain.js";
import { allowed, Verdict } from "../src/verdict.js";

describe("the Verdict schema (ADR 0006 §3)", () => {
  it("accepts a verdict and refuses an unknown outcome, missing reasons and wrong details", () => {
    const s = step({ rule: "in-time", citations: [cite("MDO-BV", "10.2")], en: "In time.", nl: "Op tijd." });
    const ok = allowed({ reasons: [s], details: { endsOn: "2026-12-31" } });
    const WithEnd = Verdict(Schema.Struct({ endsOn: Schema.String }));
    expect(Schema.is(WithEnd)(ok)).toBe(true);
    expect(Schema.is(WithEnd)({ ...ok, value: "maybe" })).toBe(false);
    expect(Schema.is(WithEnd)({ value: "allowed", because: [s], details: ok.details })).toBe(false);
    expect(Schema.is(WithEnd)({ ...ok, details: { endsOn: 31 } })).toBe(false);
  });
});
