// Tests that pin down rules of ratio.ts that surviving mutants showed were not asserted (issue
// #17): a ratio is whole numbers with a non-negative numerator and a positive denominator (money
// and SLA shares are exact, core spec §2 "no floating-point amounts"), a percentage with 0
// decimals has no decimal point, and an empty measurement (denominator 0) is shown as "n/a" and
// charted as 100 %. Every result is computed inside its `it`.
import { describe, expect, it } from "vitest";
import { formatPercent, formatStatedPercent, percentNumber, ratio } from "../src/ratio.js";

describe("what a ratio is: whole numbers, numerator ≥ 0, denominator > 0", () => {
  it("0/5 is a ratio (nothing met out of five); -1/2 and 1.5/2 are not", () => {
    expect(ratio(0, 5)).toEqual({ numerator: 0, denominator: 5 });
    expect(() => ratio(-1, 2)).toThrow(TypeError);
    expect(() => ratio(1.5, 2)).toThrow(TypeError);
    expect(() => ratio(Number.NaN, 2)).toThrow(TypeError);
  });
});

describe("showing a ratio as a percentage", () => {
  it("with 0 decimals 90/100 is written 90, without a decimal point; 2/3 is 66 (truncated)", () => {
    expect(formatPercent({ numerator: 90, denominator: 100 }, 0)).toBe("90");
    expect(formatPercent({ numerator: 2, denominator: 3 }, 0)).toBe("66");
    expect(formatStatedPercent({ numerator: 90, denominator: 100 })).toBe("90");
  });

  it("a stated target over nothing (0/0) is shown as n/a, not an error", () => {
    expect(formatStatedPercent({ numerator: 0, denominator: 0 })).toBe("n/a");
  });

  it("a share of nothing (0/0) is charted as 100 %: no request, none missed", () => {
    expect(percentNumber({ numerator: 0, denominator: 0 })).toBe(100);
    expect(percentNumber({ numerator: 997, denominator: 1000 })).toBe(99.7);
  });
});
