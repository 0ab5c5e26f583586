// Tests that pin down rules of bounded.ts that surviving mutants showed were not asserted
// (issue #17): ADR 0006 §4 "every string schema has a maximum length checked before any pattern
// or parse; arrays … have a documented maximum". Every result is computed inside its `it`.
import * as Schema from "effect/Schema";
import { describe, expect, it } from "vitest";
import { BoundedArray, BoundedString, isBoundedLength, WholeNumberBetween } from "../src/bounded.js";
import { decode } from "../src/decode.js";

const alwaysFails = () => Schema.makeFilter(() => "a later check ran");

describe("the maximum is a whole number ≥ 0 (a programming error otherwise, ADR 0006 §4)", () => {
  it("isBoundedLength refuses -1 and 1.5 and accepts 0 (only the empty string)", () => {
    expect(() => isBoundedLength(-1)).toThrow(TypeError);
    expect(() => isBoundedLength(1.5)).toThrow(TypeError);
    const none = Schema.String.check(isBoundedLength(0));
    expect(Schema.is(none)("")).toBe(true);
    expect(Schema.is(none)("a")).toBe(false);
  });

  it("BoundedArray refuses -1 and 1.5 and accepts 0 (only the empty array)", () => {
    expect(() => BoundedArray(Schema.Number, -1)).toThrow(TypeError);
    expect(() => BoundedArray(Schema.Number, 1.5)).toThrow(TypeError);
    const none = BoundedArray(Schema.Number, 0);
    expect(Schema.is(none)([])).toBe(true);
    expect(Schema.is(none)([1])).toBe(false);
  });
});

describe("the maximum is inclusive (ADR 0006 §4)", () => {
  it("a string of exactly max characters is accepted; one more is too-long", () => {
    expect(decode(BoundedString(5))("abcde")).toEqual({ ok: true, value: "abcde" });
    const r = decode(BoundedString(5))("abcdef");
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(["too-long"]);
  });

  it("an array of exactly max items is accepted; one more is too-many", () => {
    expect(decode(BoundedArray(Schema.Number, 2))([1, 2])).toEqual({ ok: true, value: [1, 2] });
    const r = decode(BoundedArray(Schema.Number, 2))([1, 2, 3]);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(["too-many"]);
  });

  it("WholeNumberBetween(1, 12) accepts 1 and 12 and refuses 0 and 13", () => {
    const month = WholeNumberBetween(1, 12);
    expect([0, 1, 12, 13].map((n) => Schema.is(month)(n))).toEqual([false, true, true, false]);
  });
});

describe("no later check runs when the length fails (ADR 0006 §4)", () => {
  it("a too-long string gives only too-long, not the pattern's issue after it", () => {
    const r = decode(Schema.String.check(isBoundedLength(3), alwaysFails()))("abcdef");
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(["too-long"]);
  });

  it("validating a decoded array that is too long gives only too-many, not a later check's issue", () => {
    const checked = Schema.toType(BoundedArray(Schema.Number, 1).check(alwaysFails()));
    const r = decode(checked)([1, 2]);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(["too-many"]);
  });
});
