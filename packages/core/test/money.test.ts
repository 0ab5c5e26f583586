import * as Schema from "effect/Schema";
import { describe, expect, it } from "vitest";
import { decode } from "../src/decode.js";
import {
  addMoney,
  allocate,
  cents,
  compareMoney,
  euros,
  formatEuro,
  Money,
  MoneyCents,
  maxMoney,
  minMoney,
  moneyStringProblem,
  multiplyMoney,
  negateMoney,
  parsePercentage,
  percentageOf,
  type RoundingMode,
  subtractMoney,
  sumMoney,
  toDecimalString,
  zeroMoney,
} from "../src/money.js";

const MAX = cents(Number.MAX_SAFE_INTEGER);

describe("the wire format of an amount", () => {
  it.each([
    ["1000.00", 100000],
    ["-12.5", -1250],
    ["0.05", 5],
    ["12", 1200],
    ["0", 0],
    ["-0.00", 0],
    ["90071992547409.91", Number.MAX_SAFE_INTEGER],
  ])('"%s" decodes to %i cents', (wire, expected) => {
    expect(decode(Money)(wire)).toEqual({ ok: true, value: expected });
  });

  it.each([
    "1,00",
    "1.005",
    "",
    "1e3",
    " 1",
    "1 ",
    "01.00",
    "+1",
    "1.",
    ".5",
    "€ 1,00",
    "1.000,00",
    "90071992547409.92",
  ])('"%s" is rejected', (wire) => {
    const r = decode(Money)(wire);
    expect(r.ok).toBe(false);
  });

  it("a JSON number is rejected: amounts travel as strings so they never pass through a float", () => {
    const r = decode(Money)(12.5);
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          path: "$",
          code: "wrong-type",
          message: expect.stringContaining("decimal string"),
          actual: "number",
        },
      ],
      totalIssues: 1,
    });
  });

  it("the rejection message says what was expected and does not repeat the input", () => {
    const r = decode(Money)("123456789,00");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.message).toMatch(/at most two decimals/);
      expect(JSON.stringify(r.issues)).not.toContain("123456789");
    }
  });

  it("an amount beyond ±90 trillion euros is rejected as too large", () => {
    expect(moneyStringProblem("100000000000000.00")).toMatch(/too large/);
  });

  it("encoding writes exactly two decimals", () => {
    expect(Schema.encodeSync(Money)(cents(1250))).toBe("12.50");
    expect(Schema.encodeSync(Money)(cents(-5))).toBe("-0.05");
  });

  it("the cents schema accepts safe integers only", () => {
    expect(Schema.is(MoneyCents)(1250)).toBe(true);
    expect(Schema.is(MoneyCents)(12.5)).toBe(false);
    expect(Schema.is(MoneyCents)(2 ** 53)).toBe(false);
  });
});

describe("building amounts in code", () => {
  it('euros("12.50") is 1250 cents and cents(1250) is the same amount', () => {
    expect(euros("12.50")).toBe(1250);
    expect(cents(1250)).toBe(euros("12.50"));
  });

  it("a malformed literal throws a RangeError naming the problem", () => {
    expect(() => euros("12,50")).toThrow(RangeError);
    expect(() => cents(12.5)).toThrow(RangeError);
    expect(() => cents(Number.NaN)).toThrow(RangeError);
  });

  it("minus zero is normalised to zero", () => {
    expect(Object.is(euros("-0.00"), 0)).toBe(true);
    expect(Object.is(negateMoney(zeroMoney), 0)).toBe(true);
  });
});

describe("formatting", () => {
  it.each([
    ["1000", "€ 1.000,00", "1000.00"],
    ["0.05", "€ 0,05", "0.05"],
    ["999.99", "€ 999,99", "999.99"],
    ["-1000", "€ -1.000,00", "-1000.00"],
    ["-1234567.8", "€ -1.234.567,80", "-1234567.80"],
    ["0", "€ 0,00", "0.00"],
  ])("%s euros is written %s in Dutch and %s plain", (wire, dutch, plain) => {
    expect(formatEuro(euros(wire))).toBe(dutch);
    expect(toDecimalString(euros(wire))).toBe(plain);
  });

  it("the largest amount is formatted exactly", () => {
    expect(formatEuro(MAX)).toBe("€ 90.071.992.547.409,91");
  });
});

describe("adding, subtracting and comparing", () => {
  it("€ 12,50 + € 0,75 = € 13,25 and € 10,00 − € 12,50 = € −2,50", () => {
    expect(addMoney(euros("12.50"), euros("0.75"))).toBe(euros("13.25"));
    expect(subtractMoney(euros("10"), euros("12.50"))).toBe(euros("-2.50"));
  });

  it("0.10 + 0.20 is exactly 0.30 (no floating-point drift)", () => {
    expect(addMoney(euros("0.10"), euros("0.20"))).toBe(euros("0.30"));
  });

  it("a sum beyond the safe range throws a RangeError instead of losing cents", () => {
    expect(() => addMoney(MAX, cents(1))).toThrow(RangeError);
    expect(() => subtractMoney(negateMoney(MAX), cents(1))).toThrow(RangeError);
    expect(() => sumMoney([MAX, MAX])).toThrow(RangeError);
  });

  it("the sum of no amounts is € 0,00", () => {
    expect(sumMoney([])).toBe(0);
  });

  it("compareMoney sorts amounts ascending", () => {
    const sorted = [euros("3"), euros("-1"), euros("2")].sort(compareMoney);
    expect(sorted).toEqual([euros("-1"), euros("2"), euros("3")]);
    expect(compareMoney(euros("1"), euros("1.00"))).toBe(0);
  });

  it("minMoney and maxMoney pick the smaller and the larger amount", () => {
    expect(minMoney(euros("3"), euros("2"))).toBe(euros("2"));
    expect(maxMoney(euros("3"), euros("2"))).toBe(euros("3"));
  });
});

describe("multiplying by a fraction", () => {
  const cases: ReadonlyArray<[RoundingMode, number, number]> = [
    ["half-up", 3, -3],
    ["half-even", 2, -2],
    ["down", 2, -2],
    ["up", 3, -3],
    ["floor", 2, -3],
    ["ceiling", 3, -2],
  ];
  it.each(cases)(
    "half of 5 cents rounds %s to %i cents, and half of −5 cents to %i cents",
    (mode, pos, neg) => {
      expect(multiplyMoney(cents(5), 1, 2, mode)).toBe(pos);
      expect(multiplyMoney(cents(-5), 1, 2, mode)).toBe(neg);
    },
  );

  it("half-even rounds 1.5 cents up to 2 and 2.5 cents down to 2", () => {
    expect(multiplyMoney(cents(3), 1, 2, "half-even")).toBe(2);
    expect(multiplyMoney(cents(5), 1, 2, "half-even")).toBe(2);
  });

  it("the default is half-up: € 10,00 × 2/3 = € 6,67", () => {
    expect(multiplyMoney(euros("10"), 2, 3)).toBe(euros("6.67"));
  });

  it("a negative denominator is the same fraction", () => {
    expect(multiplyMoney(euros("10"), -2, -3)).toBe(euros("6.67"));
  });

  it("bigint factors are exact beyond 2^53 in the intermediate product", () => {
    expect(multiplyMoney(MAX, 3n, 3n)).toBe(MAX);
  });

  it("a zero denominator, a fractional factor or an overflowing product throws a RangeError", () => {
    expect(() => multiplyMoney(euros("1"), 1, 0)).toThrow(RangeError);
    expect(() => multiplyMoney(euros("1"), 0.5, 1)).toThrow(RangeError);
    expect(() => multiplyMoney(MAX, 2, 1)).toThrow(RangeError);
  });
});

describe("percentages", () => {
  it("collection costs are 5 % of € 30.000 = € 1.500,00, above the € 1.000 minimum (MDO-BV art. 6.11)", () => {
    expect(maxMoney(percentageOf(euros("30000"), "5"), euros("1000"))).toBe(euros("1500"));
  });

  it("collection costs on € 12.000 owed are the € 1.000 minimum, not 5 % = € 600 (MDO-BV art. 6.11)", () => {
    expect(percentageOf(euros("12000"), "5")).toBe(euros("600"));
    expect(maxMoney(percentageOf(euros("12000"), "5"), euros("1000"))).toBe(euros("1000"));
  });

  it("2.5 % of € 0,10 is a quarter cent, which rounds to € 0,00", () => {
    expect(percentageOf(euros("0.10"), "2.5")).toBe(0);
  });

  it("2.5 % of € 0,20 is half a cent: half-up gives € 0,01, half-even € 0,00", () => {
    expect(percentageOf(euros("0.20"), "2.5")).toBe(1);
    expect(percentageOf(euros("0.20"), "2.5", "half-even")).toBe(0);
  });

  it("a fraction of a percent: ⅓ % of € 100,00 is € 0,33", () => {
    expect(percentageOf(euros("100"), { numerator: 1, denominator: 3 })).toBe(euros("0.33"));
  });

  it('"8" and "2.5" are read as the exact fractions 8/100 and 25/1000', () => {
    expect(parsePercentage("8")).toEqual({ numerator: 8n, denominator: 100n });
    expect(parsePercentage("2.5")).toEqual({ numerator: 25n, denominator: 1000n });
  });

  it("a malformed percentage throws a RangeError", () => {
    expect(() => percentageOf(euros("1"), "5%")).toThrow(RangeError);
    expect(() => percentageOf(euros("1"), "2,5")).toThrow(RangeError);
    expect(() => percentageOf(euros("1"), { numerator: 1, denominator: 0 })).toThrow(RangeError);
  });
});

describe("allocating a total over weights (largest remainder)", () => {
  it("€ 100,00 over 1:1:1 is € 33,34 + € 33,33 + € 33,33 — the leftover cent goes to the first", () => {
    expect(allocate(euros("100"), [1, 1, 1]).map(formatEuro)).toEqual(["€ 33,34", "€ 33,33", "€ 33,33"]);
  });

  it("the leftover cents go to the largest remainders, not simply the first parts", () => {
    // exact shares 1.4, 3.6 cents of 5: floors 1 and 3, the remainder 0.6 wins
    expect(allocate(cents(5), [7, 18])).toEqual([1, 4]);
  });

  it("a negative total is split like its absolute value and negated", () => {
    expect(allocate(euros("-0.05"), [1, 1])).toEqual([-3, -2]);
    expect(allocate(euros("-100"), [1, 1, 1])).toEqual([-3334, -3333, -3333]);
  });

  it("a zero weight gets € 0,00", () => {
    expect(allocate(euros("1"), [0, 1, 1])).toEqual([0, 50, 50]);
    expect(allocate(cents(1), [1, 0, 1])).toEqual([1, 0, 0]);
  });

  it("bigint weights are accepted", () => {
    expect(allocate(euros("1"), [1n, 3n])).toEqual([25, 75]);
  });

  it("no weights, all-zero weights, negative or fractional weights throw a RangeError", () => {
    expect(() => allocate(euros("1"), [])).toThrow(RangeError);
    expect(() => allocate(euros("1"), [0, 0])).toThrow(/all weights are zero/);
    expect(() => allocate(euros("1"), [1, -1])).toThrow(RangeError);
    expect(() => allocate(euros("1"), [0.5, 1])).toThrow(RangeError);
  });
});
