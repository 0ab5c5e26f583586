import { date, euros, explainToText } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  allocateCosts,
  costPlusTariff,
  decodeAllocationVotes,
  decodeCostAllocation,
  decodeCostPlusInput,
  indexTariff,
  mdoBilling,
  tallyAllocationVote,
  tariffFor,
  tariffSchedule,
} from "../src/index.js";

describe("tariffs (MDO-BV 6.1–6.7)", () => {
  test("free while centrally funded (6.1)", () => {
    const r = tariffFor({ funded: true }, mdoBilling);
    expect(r.value).toBe(0);
    expect(explainToText(r, "en")).toContain("MDO-BV art. 6.1");
  });

  test("cost price plus at most 5 %: € 10,01 + 5 % = 10.5105 → € 10,51; 5.01 % gives no tariff (6.3)", () => {
    expect(costPlusTariff({ costPrice: euros("10.01"), marginPercent: "5" }, mdoBilling).value).toBe(
      euros("10.51"),
    );
    expect(costPlusTariff({ costPrice: euros("10.00"), marginPercent: "0" }, mdoBilling).value).toBe(
      euros("10.00"),
    );
    const over = costPlusTariff({ costPrice: euros("10.00"), marginPercent: "5.01" }, mdoBilling);
    expect(over.value).toBeUndefined();
    expect(over.because[0]?.en).toContain("above the maximum of 5 %");
    expect(decodeCostPlusInput({ costPrice: "10.00", marginPercent: "5.01" }, mdoBilling).ok).toBe(false);
    expect(decodeCostPlusInput({ costPrice: "10.00", marginPercent: "5.00" }, mdoBilling).ok).toBe(true);
  });

  test("the allocation key by majority of votes; a tie or no votes is no-majority (6.4)", () => {
    const v = (voter: string, key: "per-provider" | "per-mdo") => ({ voter, key });
    expect(
      tallyAllocationVote([v("a", "per-mdo"), v("b", "per-mdo"), v("c", "per-provider")], mdoBilling).value,
    ).toBe("per-mdo");
    expect(tallyAllocationVote([v("a", "per-mdo"), v("b", "per-provider")], mdoBilling).value).toBe(
      "no-majority",
    );
    expect(tallyAllocationVote([], mdoBilling).value).toBe("no-majority");
    expect(decodeAllocationVotes([v("a", "per-mdo"), v("a", "per-provider")]).ok).toBe(false);
  });

  test("allocation per unique MDO: € 100 over 1, 1, 1 MDOs is 33,34 / 33,33 / 33,33 whatever the list order", () => {
    const ps = [
      { provider: "c", uniqueMdos: 1 },
      { provider: "a", uniqueMdos: 1 },
      { provider: "b", uniqueMdos: 1 },
    ];
    const r = allocateCosts({ total: euros("100.00"), key: "per-mdo", providers: ps }, mdoBilling).value;
    expect(r).toEqual([
      { provider: "c", amount: euros("33.33") },
      { provider: "a", amount: euros("33.34") },
      { provider: "b", amount: euros("33.33") },
    ]);
    expect(
      allocateCosts(
        { total: euros("100.00"), key: "per-mdo", providers: [{ provider: "a", uniqueMdos: 0 }] },
        mdoBilling,
      ).value,
    ).toBeUndefined();
    expect(decodeCostAllocation({ total: "1.00", key: "per-mdo", providers: [] }).ok).toBe(false);
  });

  test("indexation once per calendar year, by DPI section J or inflation, half-up (6.6)", () => {
    const change = {
      tariff: euros("12.34"),
      effectiveDate: date("2027-01-01"),
      basis: "CBS DPI section J",
      indexBefore: "100",
      indexNow: "102.5",
      earlierIndexations: [date("2026-01-01")],
    };
    // 12.34 × 102.5/100 = 12.6485 → 12.65
    expect(indexTariff(change, mdoBilling).value).toEqual({ tariff: euros("12.65"), applied: true });
    // a decrease is allowed too: 12.34 × 98/100 = 12.0932 → 12.09
    expect(indexTariff({ ...change, indexNow: "98" }, mdoBilling).value.tariff).toBe(euros("12.09"));
    expect(indexTariff({ ...change, earlierIndexations: [date("2027-03-01")] }, mdoBilling).value).toEqual({
      tariff: euros("12.34"),
      applied: false,
    });
    expect(indexTariff({ ...change, basis: "gut feeling" }, mdoBilling).value.applied).toBe(false);
  });

  test("interim increases are events: only an increase, capped at the cost-covering tariff, and they do not use up the yearly indexation (6.7)", () => {
    const s = tariffSchedule(
      [
        { kind: "set", effectiveDate: date("2027-01-01"), tariff: euros("10.00") },
        {
          kind: "interim-increase",
          effectiveDate: date("2027-03-01"),
          tariff: euros("10.50"),
          costCoveringTariff: euros("10.50"),
        },
        { kind: "indexation", effectiveDate: date("2027-07-01"), tariff: euros("10.80") },
        {
          kind: "interim-increase",
          effectiveDate: date("2027-09-01"),
          tariff: euros("10.70"),
          costCoveringTariff: euros("12.00"),
        },
        {
          kind: "interim-increase",
          effectiveDate: date("2027-10-01"),
          tariff: euros("12.50"),
          costCoveringTariff: euros("12.00"),
        },
      ],
      mdoBilling,
    ).value;
    expect(s.table.map((r) => [r.from, r.value])).toEqual([
      ["2027-01-01", euros("10.00")],
      ["2027-03-01", euros("10.50")],
      ["2027-07-01", euros("10.80")],
    ]);
    expect(s.rejected).toEqual([
      { index: 3, reason: "an interim change may only be an increase." },
      {
        index: 4,
        reason: "the increase to € 12,50 is above the € 12,00 needed to cover the necessary costs.",
      },
    ]);
  });
});

describe("allocation invariants (spec §8)", () => {
  test("allocations add up to the total exactly and are never negative", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.uniqueArray(
          fc.record({
            provider: fc.string({ minLength: 1, maxLength: 8 }),
            uniqueMdos: fc.integer({ min: 0, max: 10_000 }),
          }),
          {
            minLength: 1,
            maxLength: 30,
            selector: (p) => p.provider,
          },
        ),
        fc.constantFrom("per-provider" as const, "per-mdo" as const),
        (total, providers, key) => {
          const r = allocateCosts(
            { total: euros((total / 100).toFixed(2)), key, providers },
            mdoBilling,
          ).value;
          if (r === undefined) {
            expect(key).toBe("per-mdo");
            expect(providers.every((p) => p.uniqueMdos === 0)).toBe(true);
            return;
          }
          expect(r.reduce((s, x) => s + x.amount, 0)).toBe(total);
          expect(r.every((x) => x.amount >= 0)).toBe(true);
          expect(r.map((x) => x.provider)).toEqual(providers.map((p) => p.provider));
        },
      ),
    );
  });
});
