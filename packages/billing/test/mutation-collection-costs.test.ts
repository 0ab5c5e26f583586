// Tests that kill the surviving mutants of src/collection-costs.ts (issue #17, docs/quality.md).
// MDO-BV 6.11: 5 % of the total owed at hand-over, at least € 1.000; the statutory scale (BIK
// art. 2): 15 % of the first € 2 500, 10 % of the next € 2 500, 5 % of the next € 5 000, 1 % of the
// next € 190 000, 0.5 % above, at least € 40, at most € 6 775; each result half-up to the cent.
// Expected values are worked out from those scales by hand, never copied from a run.
import { euros } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import {
  type CollectionCostRule,
  collectionCosts,
  decodeCollectionCostRule,
  mdoCollectionCosts,
  statutoryCollectionCosts,
} from "../src/index.js";

/** A contract's own scale (accepted by the public decoder): 0.5 % up to € 10 000, 1 % above, at least € 40. */
function halfThenOnePercent(): CollectionCostRule {
  const r = decodeCollectionCostRule({
    id: "own",
    bands: [{ upTo: "10000.00", percent: "0.5" }, { percent: "1" }],
    minimum: "40.00",
    citations: [],
  });
  if (!r.ok) throw new Error("the test rule must decode");
  return r.value;
}

const rulesOf = (r: { because: ReadonlyArray<{ rule: string }> }) => r.because.map((s) => s.rule);

describe("a scale whose percentages have different decimals (a contract's own, decoded)", () => {
  test("0.5 % of the first € 10 000 and 1 % of the next € 10 000: € 50 + € 100 = € 150 on € 20 000", () => {
    // the 1 % band's fraction (1/100) is brought onto the 0.5 % band's denominator (5/1000)
    expect(collectionCosts(euros("20000.00"), halfThenOnePercent()).value).toBe(euros("150.00"));
  });

  test("0.5 % of € 10 000 and 1 % of € 0,01: € 50,0001 → € 50,00 half-up", () => {
    expect(collectionCosts(euros("10000.01"), halfThenOnePercent()).value).toBe(euros("50.00"));
    // € 50 + 1 % of € 0,50 = € 50,005 → € 50,01
    expect(collectionCosts(euros("10000.50"), halfThenOnePercent()).value).toBe(euros("50.01"));
  });
});

describe("what each step records (MDO-BV 6.11, BIK art. 2)", () => {
  test("nothing owed: the step records the amount owed (MDO-BV 6.11)", () => {
    const r = collectionCosts(euros("-12.50"), mdoCollectionCosts);
    expect(r.because).toHaveLength(1);
    expect(r.because[0]?.inputs).toEqual({ totalOwed: "-12.50" });
    expect(r.because[0]?.output).toBe("0.00");
  });

  test("€ 30 000 under MDO-BV 6.11: one scale step, 5 % = € 1 500, no minimum step", () => {
    const r = collectionCosts(euros("30000.00"), mdoCollectionCosts);
    expect(r.value).toBe(euros("1500.00"));
    expect(rulesOf(r)).toEqual(["collection-costs-scale"]);
    expect(r.because[0]?.inputs).toEqual({ totalOwed: "30000.00", scale: "5 %" });
    expect(r.because[0]?.output).toBe("1500.00");
    expect(r.because[0]?.citations).toEqual(mdoCollectionCosts.citations);
    expect(r.because[0]?.nl).toContain("De staffel (5 %) over € 30.000,00 geeft € 1.500,00");
  });

  test("€ 20 000 under MDO-BV 6.11: 5 % is exactly the € 1 000 minimum, which then raises nothing", () => {
    const r = collectionCosts(euros("20000.00"), mdoCollectionCosts);
    expect(r.value).toBe(euros("1000.00"));
    expect(rulesOf(r)).toEqual(["collection-costs-scale"]);
  });

  test("€ 6 000 under MDO-BV 6.11: 5 % = € 300 is below the minimum, so € 1 000, said so", () => {
    const r = collectionCosts(euros("6000.00"), mdoCollectionCosts);
    expect(r.value).toBe(euros("1000.00"));
    expect(rulesOf(r)).toEqual(["collection-costs-scale", "collection-costs-minimum"]);
    expect(r.because[0]?.output).toBe("300.00");
    expect(r.because[1]?.inputs).toEqual({ minimum: "1000.00" });
    expect(r.because[1]?.output).toBe("1000.00");
    expect(r.because[1]?.en).toContain("That is below the minimum");
    expect(r.because[1]?.nl).toContain("Dat is minder dan het minimum");
  });

  test("€ 1 000 000 under BIK art. 2: the scale gives exactly the € 6 775 maximum, which then lowers nothing", () => {
    // € 2 775 for the first € 200 000, then 0.5 % of € 800 000 = € 4 000
    const r = collectionCosts(euros("1000000.00"), statutoryCollectionCosts);
    expect(r.value).toBe(euros("6775.00"));
    expect(rulesOf(r)).toEqual(["collection-costs-scale"]);
  });

  test("€ 5 000 000 under BIK art. 2: above the € 6 775 maximum, so € 6 775, said so", () => {
    // € 2 775 + 0.5 % of € 4 800 000 = € 26 775
    const r = collectionCosts(euros("5000000.00"), statutoryCollectionCosts);
    expect(r.value).toBe(euros("6775.00"));
    expect(rulesOf(r)).toEqual(["collection-costs-scale", "collection-costs-maximum"]);
    expect(r.because[0]?.output).toBe("26775.00");
    expect(r.because[1]?.inputs).toEqual({ maximum: "6775.00" });
    expect(r.because[1]?.en).toContain("That is above the maximum");
    expect(r.because[1]?.nl).toContain("Dat is meer dan het maximum");
  });

  test("the statutory scale is recorded band by band, each with its upper bound (BIK art. 2)", () => {
    const r = collectionCosts(euros("10000.00"), statutoryCollectionCosts);
    expect(r.because[0]?.inputs).toEqual({
      totalOwed: "10000.00",
      scale:
        "15 % up to € 2.500,00, 10 % up to € 5.000,00, 5 % up to € 10.000,00, 1 % up to € 200.000,00, 0.5 %",
    });
    expect(r.because[0]?.nl).toContain(
      "De staffel (15 % tot € 2.500,00, 10 % tot € 5.000,00, 5 % tot € 10.000,00, 1 % tot € 200.000,00, 0.5 %) over € 10.000,00 geeft € 875,00",
    );
  });
});
