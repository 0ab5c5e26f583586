// Tests that pin down rules of money.ts that surviving mutants showed were not asserted
// (issue #17). Every result is computed inside its `it` (per-test coverage credits no test
// for work done in a `describe` body).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allocate,
  cents,
  compareMoney,
  divideRounded,
  dutchMoneyProblem,
  euros,
  type Money,
  minMoney,
  moneyStringProblem,
  multiplyMoney,
  parsePercentage,
  percentageOf,
  zeroMoney,
} from "../src/money.js";

const TOO_LONG = /too long/;
const TOO_LARGE = /too large/;

describe("the length bound is checked before the pattern and the parse (ADR 0006 §4, ADR 0004)", () => {
  it("a 33-character wire amount is refused as too long, whatever its characters", () => {
    expect(moneyStringProblem("1".repeat(33))).toMatch(TOO_LONG);
    expect(moneyStringProblem("x".repeat(33))).toMatch(TOO_LONG);
  });

  it("a 32-character wire amount of digits is too large, not too long (the limit is 32 characters)", () => {
    const problem = moneyStringProblem(`1${"0".repeat(31)}`);
    expect(problem).toMatch(TOO_LARGE);
    expect(problem).not.toMatch(TOO_LONG);
  });

  it("a 33-character Dutch amount is refused as too long; a 32-character one that reads as digits is too large", () => {
    expect(dutchMoneyProblem(`€ ${"1".repeat(31)}`)).toMatch(TOO_LONG);
    const problem = dutchMoneyProblem(`€ 1${"0".repeat(29)}`);
    expect(problem).toMatch(TOO_LARGE);
    expect(problem).not.toMatch(TOO_LONG);
  });
});

describe("building amounts (ADR 0004)", () => {
  it("cents() of a fraction names the problem: not a whole number of cents", () => {
    expect(() => cents(1.5)).toThrow(RangeError);
    expect(() => cents(1.5)).toThrow(/Not a whole number of cents/);
  });
});

describe("comparing amounts", () => {
  it("compareMoney is 1 when the first amount is the larger (a sort comparator)", () => {
    expect(compareMoney(euros("2"), euros("1"))).toBe(1);
    expect(compareMoney(euros("-1"), euros("-2"))).toBe(1);
    expect(compareMoney(euros("1"), euros("1"))).toBe(0);
    expect([euros("3"), euros("1"), euros("2")].sort(compareMoney)).toEqual([100, 200, 300]);
  });

  it("minMoney is the smaller amount whichever argument it is", () => {
    expect(minMoney(euros("2"), euros("3"))).toBe(200);
    expect(minMoney(euros("3"), euros("2"))).toBe(200);
    expect(minMoney(euros("-5"), euros("0"))).toBe(-500);
  });
});

describe("fractions of amounts: whole numbers only, rounded once (ADR 0004)", () => {
  it("multiplyMoney refuses an integer factor beyond the safe range (2^53) instead of computing with it", () => {
    expect(() => multiplyMoney(zeroMoney, 2 ** 53)).toThrow(/numerator must be a whole number/);
    expect(() => multiplyMoney(zeroMoney, 1, 2 ** 53)).toThrow(/denominator must be a whole number/);
  });

  it("multiplyMoney keeps the most negative amount (−90 071 992 547 409,91): it is inside the safe range", () => {
    const min = cents(-Number.MAX_SAFE_INTEGER);
    expect(multiplyMoney(min, 1)).toBe(-Number.MAX_SAFE_INTEGER);
    expect(multiplyMoney(cents(Number.MAX_SAFE_INTEGER), -1)).toBe(-Number.MAX_SAFE_INTEGER);
    expect(() => multiplyMoney(min, 2)).toThrow(/outside the safe range/);
  });

  it("divideRounded by zero throws its own RangeError, 'division by zero'", () => {
    expect(() => divideRounded(1n, 0n, "half-up")).toThrow(RangeError);
    expect(() => divideRounded(1n, 0n, "half-up")).toThrow(/^division by zero$/);
  });

  it("a zero denominator is named as such by multiplyMoney and percentageOf", () => {
    expect(() => multiplyMoney(euros("1"), 1, 0)).toThrow(/multiplyMoney: the denominator is zero/);
    expect(() => percentageOf(euros("1"), { numerator: 1, denominator: 0 })).toThrow(
      /percentageOf: the denominator is zero/,
    );
  });

  it("a negative percentage is a negative fraction: -2.5 % is -25/1000, and -5 % of € 100 is € -5 (MDO-BV 6.11 style percentages)", () => {
    const p = parsePercentage("-2.5");
    expect(p.numerator).toBe(-25n);
    expect(p.denominator).toBe(1000n);
    expect(parsePercentage("-0.5").numerator).toBe(-5n);
    expect(percentageOf(euros("100"), "-5")).toBe(-500);
  });
});

/** Largest remainder (Hamilton), written the slow obvious way: hand out the leftover cents one at a time. */
function hamilton(total: bigint, weights: ReadonlyArray<bigint>): Array<bigint> {
  const negative = total < 0n;
  const abs = negative ? -total : total;
  const sum = weights.reduce((a, b) => a + b, 0n);
  const parts = weights.map((w) => (abs * w) / sum);
  const rem = weights.map((w) => (abs * w) % sum);
  const given = weights.map(() => false);
  let left = abs - parts.reduce((a, b) => a + b, 0n);
  while (left > 0n) {
    let best = -1;
    for (let i = 0; i < weights.length; i++) {
      if (given[i]) continue;
      const r = rem[i] as bigint;
      if (best === -1 || r > (rem[best] as bigint)) best = i; // strict: a tie keeps the lower index
    }
    given[best] = true;
    parts[best] = (parts[best] as bigint) + 1n;
    left -= 1n;
  }
  return parts.map((p) => (negative ? -p : p));
}

describe("allocate: largest remainder, ties to the lower index (spec core: allocate)", () => {
  it("a weight may not be negative", () => {
    expect(() => allocate(euros("1"), [-1, 2])).toThrow(/weight 0 is negative/);
  });

  it("no weights is named as such (not as all weights zero)", () => {
    expect(() => allocate(euros("1"), [])).toThrow(/no weights given/);
  });

  it("2 cents over weights 1 and 3: shares 0.5 and 1.5, equal remainders, the leftover cent to the lower index", () => {
    expect(allocate(cents(2), [1, 3])).toEqual([1, 1]);
  });

  it("the leftover cents go to the largest remainders, not to the largest weights", () => {
    // 10 cents over 3, 3, 1: shares 4.29, 4.29, 1.43 → 4, 4, 1 and one cent left; remainders 2, 2, 3
    expect(allocate(cents(10), [3, 3, 1])).toEqual([4, 4, 2]);
    // 7 cents over 1, 2, 4: shares 1, 2, 4 exactly
    expect(allocate(cents(7), [1, 2, 4])).toEqual([1, 2, 4]);
    // 5 cents over 2, 1, 1, 2: shares 1.67, 0.83, 0.83, 1.67 → 1, 0, 0, 1; remainders 4, 5, 5, 4
    expect(allocate(cents(5), [2, 1, 1, 2])).toEqual([2, 1, 1, 1]);
  });

  it("agrees with the one-cent-at-a-time reference on generated totals and weights", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 9 }),
        (total, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const got = allocate(cents(total), weights).map((m: Money) => BigInt(m));
          const want = hamilton(BigInt(total), weights.map(BigInt));
          expect(got).toEqual(want);
        },
      ),
      { seed: 17 },
    );
  });
});
