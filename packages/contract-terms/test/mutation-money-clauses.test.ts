// Tests that kill surviving mutants of src/money-clauses.ts (issue #17, docs/quality.md): the
// confidentiality penalty (MDO-BV 12.5) and the yearly liability cap divided
// over customers (MDO-BV 13.1), their decoders' ranges and what each step names.
import { date, euros, type Money } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { decodeConfidentialityBreach, decodeLiabilityCapInput } from "../src/decode.js";
import { confidentialityPenalty, distributeLiabilityCap } from "../src/money-clauses.js";
import { mdo2025 } from "../src/presets/mdo-2025.js";

const liability = (customer: string, amount: Money, on = "2027-03-01") => ({
  customer,
  amount,
  damageEventOn: date(on),
});

describe("the decoders' ranges", () => {
  it.each([
    [0, true],
    [1_000_000, true],
    [1_000_001, false],
    [-1, false],
  ])("%s breach events decodes: %s", (events, ok) => {
    expect(decodeConfidentialityBreach({ breachingParty: "supplier", events }).ok).toBe(ok);
  });
  it.each([
    [1, true],
    [9999, true],
    [0, false],
    [10000, false],
  ])("the calendar year %s decodes: %s", (year, ok) => {
    expect(decodeLiabilityCapInput({ liabilities: [], year }).ok).toBe(ok);
  });
  it("a liability of € 0,00 decodes (it is not negative)", () => {
    const r = decodeLiabilityCapInput({
      liabilities: [{ customer: "A", amount: "0.00", damageEventOn: "2027-03-01" }],
      year: 2027,
    });
    expect(r.ok).toBe(true);
  });
});

describe("the confidentiality penalty step names its inputs (MDO-BV 12.5)", () => {
  it("3 events by the supplier: the step names the party, the events and the per-event amount", () => {
    const r = confidentialityPenalty({ breachingParty: "supplier", events: 3 }, mdo2025);
    expect(r.because[0]!.inputs).toEqual({ breachingParty: "supplier", events: 3, perEvent: "€ 10.000,00" });
  });
});

describe("the yearly liability cap over several customers (MDO-BV 13.1)", () => {
  it("one customer: the cap does not apply, and the step names the year, the customers and the minimum of two", () => {
    const r = distributeLiabilityCap({ liabilities: [liability("A", euros("100.00"))], year: 2027 }, mdo2025);
    expect(r.value.capApplies).toBe(false);
    expect(r.because[0]!.inputs).toEqual({ year: 2027, customers: 1, minimumCustomers: 2 });
  });
  it("liabilities of exactly € 2 500 000 in total stay within 'at most' the cap: not capped, each paid in full (MDO-BV 13.1)", () => {
    const r = distributeLiabilityCap(
      { liabilities: [liability("A", euros("1500000.00")), liability("B", euros("1000000.00"))], year: 2027 },
      mdo2025,
    );
    expect(r.value.capped).toBe(false);
    expect(r.value.allocations.map((a) => a.allocated)).toEqual([euros("1500000.00"), euros("1000000.00")]);
    expect(r.because.map((s) => s.rule)).toEqual(["liability-cap", "liability-cap-not-reached"]);
  });
  it("the steps name the year, the customers, each cap and each liability, and give the parts (MDO-BV 13.1)", () => {
    const r = distributeLiabilityCap(
      {
        liabilities: [liability("A", euros("3000000.00")), liability("B", euros("1000000.00"), "2027-06-01")],
        year: 2027,
        otherCaps: [{ service: "LSP", perCalendarYear: euros("1000000.00"), citations: [] }],
      },
      mdo2025,
    );
    const [cap, split] = r.because;
    expect(cap!.inputs).toEqual({
      year: 2027,
      customers: 2,
      caps: [
        { service: "MDO", cap: "€ 2.500.000,00" },
        { service: "LSP", cap: "€ 1.000.000,00" },
      ],
    });
    expect(cap!.citations).toEqual([
      ...mdo2025.money.liabilityCap.minimumCustomers.citations,
      ...mdo2025.money.liabilityCap.citations,
    ]);
    expect(split!.rule).toBe("liability-cap-pro-rata");
    expect(split!.inputs).toEqual({
      year: 2027,
      liabilities: [
        { customer: "A", amount: "€ 3.000.000,00" },
        { customer: "B", amount: "€ 1.000.000,00" },
      ],
      total: "400000000",
    });
    expect(split!.output).toEqual(["€ 1.875.000,00", "€ 625.000,00"]);
  });
  it("a total up to the largest exact amount is reported; above it, it is not a number", () => {
    const max = Number.MAX_SAFE_INTEGER as Money;
    const exact = distributeLiabilityCap(
      { liabilities: [liability("A", (max - 1) as Money), liability("B", 1 as Money)], year: 2027 },
      mdo2025,
    );
    expect(exact.value.totalLiabilities).toBe(max);
    const over = distributeLiabilityCap(
      { liabilities: [liability("A", max), liability("B", max)], year: 2027 },
      mdo2025,
    );
    expect(over.value.totalLiabilities).toBeUndefined();
    const small = distributeLiabilityCap(
      { liabilities: [liability("A", euros("1.00"))], year: 2027 },
      mdo2025,
    );
    expect(small.value.totalLiabilities).toBe(euros("1.00"));
  });
});
