import { cents, euros, explainToText, formatEuro, type Money, maxMoney, percentageOf } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { collectionCosts, mdoCollectionCosts, statutoryCollectionCosts } from "../src/index.js";
import { arbAmountOwed } from "../src/testing.js";

const costs = (owed: string, rule = mdoCollectionCosts) =>
  formatEuro(collectionCosts(euros(owed), rule).value);

describe("extrajudicial collection costs under MDO-BV 6.11", () => {
  test("three invoices of € 2.000 handed over together bear € 1.000 once, not € 3.000", () => {
    expect(costs("6000.00")).toBe("€ 1.000,00");
  });

  test("€ 30.000 owed at hand-over bears 5 %: € 1.500", () => {
    expect(costs("30000.00")).toBe("€ 1.500,00");
  });

  test("the minimum of € 1.000 applies up to € 20.000 owed; above, 5 % rounded half-up to the cent", () => {
    expect(costs("20000.00")).toBe("€ 1.000,00");
    expect(costs("20000.10")).toBe("€ 1.000,01"); // 1000.005 rounds up
    expect(costs("20000.30")).toBe("€ 1.000,02"); // 1000.015 rounds up
  });

  test("the explanation cites MDO-BV art. 6.11 and names the minimum", () => {
    const text = explainToText(collectionCosts(euros("6000.00"), mdoCollectionCosts), "en");
    expect(text).toContain("MDO-BV art. 6.11");
    expect(text).toContain("minimum of € 1.000,00");
  });
});

describe("the statutory scale (BIK art. 2)", () => {
  test("€ 100 owed bears the minimum of € 40", () => {
    expect(costs("100.00", statutoryCollectionCosts)).toBe("€ 40,00");
  });

  test("€ 2.500 owed bears 15 %: € 375", () => {
    expect(costs("2500.00", statutoryCollectionCosts)).toBe("€ 375,00");
  });

  test("€ 10.000 owed bears € 375 + € 250 + € 250 = € 875", () => {
    expect(costs("10000.00", statutoryCollectionCosts)).toBe("€ 875,00");
  });

  test("€ 1.000.000 owed is capped at the maximum of € 6.775", () => {
    expect(costs("1000000.00", statutoryCollectionCosts)).toBe("€ 6.775,00");
  });
});

describe("nothing owed bears no collection costs (issue #11 item 13)", () => {
  test.each([
    ["MDO-BV 6.11", mdoCollectionCosts],
    ["the statutory scale", statutoryCollectionCosts],
  ] as const)(
    "under %s, € 0,00 or a credit owed gives € 0,00 with the reason, never the minimum",
    (_name, rule) => {
      for (const owed of ["0.00", "-0.01", "-2500.00"]) {
        const r = collectionCosts(euros(owed), rule);
        expect(r.value).toBe(0);
        expect(r.because[0]?.rule).toBe("collection-costs-nothing-owed");
        expect(explainToText(r, "en")).toContain("Nothing is owed at hand-over");
      }
      // one cent owed is an amount owed: the minimum applies
      expect(collectionCosts(cents(1), rule).value).toBe(rule.minimum);
    },
  );
});

describe("properties", () => {
  test("the MDO costs are the larger of 5 % (half-up) and € 1.000, for every amount", () => {
    fc.assert(
      fc.property(
        arbAmountOwed().filter((m) => m > 0),
        (owed) => {
          const five = percentageOf(owed, "5");
          const expected = maxMoney(five, euros("1000.00"));
          expect(collectionCosts(owed, mdoCollectionCosts).value).toBe(expected);
        },
      ),
    );
  });

  test("statutory costs never fall with the amount owed and stay within € 40 and € 6.775 (spec §8)", () => {
    fc.assert(
      fc.property(
        arbAmountOwed().filter((m) => m > 0),
        fc.integer({ min: 0, max: 100_000_00 }),
        (owed, extra) => {
          const a = collectionCosts(owed, statutoryCollectionCosts).value;
          const b = collectionCosts(cents(owed + extra) as Money, statutoryCollectionCosts).value;
          expect(b).toBeGreaterThanOrEqual(a);
          expect(a).toBeGreaterThanOrEqual(euros("40.00"));
          expect(a).toBeLessThanOrEqual(euros("6775.00"));
        },
      ),
    );
  });
});
