import { date, euros, explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { decodeConfidentialityBreach, decodeLiabilities, decodeLiabilityCapInput } from "../src/decode.js";
import { confidentialityPenalty, distributeLiabilityCap } from "../src/money-clauses.js";
import { mdo2025 } from "../src/presets/mdo-2025.js";

describe("confidentiality penalty (MDO-BV 12.5)", () => {
  it("three breaches by the supplier cost € 30 000, owed to the customer at once, on top of damages (MDO-BV 12.5)", () => {
    const r = confidentialityPenalty({ breachingParty: "supplier", events: 3 }, mdo2025);
    expect(r.value).toEqual({
      payer: "supplier",
      payee: "customer",
      amount: euros("30000.00"),
      dueImmediately: true,
      inAdditionToDamages: true,
    });
    expect(explainToText(r, "en")).toContain("MDO-BV art. 12.5");
  });
  it("a negative or fractional number of events is rejected at decoding", () => {
    expect(decodeConfidentialityBreach({ breachingParty: "customer", events: -1 }).ok).toBe(false);
    expect(decodeConfidentialityBreach({ breachingParty: "customer", events: 1.5 }).ok).toBe(false);
  });
});

describe("liability cap (MDO-BV 13.1)", () => {
  const l = (customer: string, amount: string, on: string) => ({
    customer,
    amount: euros(amount),
    damageEventOn: date(on),
  });
  it("€ 3 000 000 and € 1 000 000 of liabilities in 2027 share the € 2 500 000 cap pro rata: € 1 875 000 and € 625 000 (MDO-BV 13.1)", () => {
    const r = distributeLiabilityCap(
      { liabilities: [l("A", "3000000.00", "2027-03-01"), l("B", "1000000.00", "2027-06-01")], year: 2027 },
      mdo2025,
    ).value;
    expect(r.capped).toBe(true);
    expect(r.allocations.map((a) => a.allocated)).toEqual([euros("1875000.00"), euros("625000.00")]);
  });
  it("liabilities within the cap are paid in full (MDO-BV 13.1)", () => {
    const r = distributeLiabilityCap(
      { liabilities: [l("A", "100000.00", "2027-03-01"), l("B", "200000.00", "2027-06-01")], year: 2027 },
      mdo2025,
    ).value;
    expect(r.capped).toBe(false);
    expect(r.allocations.map((a) => a.allocated)).toEqual([euros("100000.00"), euros("200000.00")]);
  });
  it("only damage events of the calendar year count towards that year's cap (MDO-BV 13.1)", () => {
    const r = distributeLiabilityCap(
      {
        liabilities: [
          l("A", "3000000.00", "2026-12-31"),
          l("B", "3000000.00", "2027-01-01"),
          l("C", "1000000.00", "2027-06-01"),
        ],
        year: 2027,
      },
      mdo2025,
    ).value;
    expect(r.allocations).toEqual([
      { customer: "B", liability: euros("3000000.00"), allocated: euros("1875000.00") },
      { customer: "C", liability: euros("1000000.00"), allocated: euros("625000.00") },
    ]);
  });
  it("three equal liabilities split the cap to the cent, the remainder cent going to the first (largest remainder)", () => {
    const r = distributeLiabilityCap(
      {
        liabilities: [
          l("A", "1000000.00", "2027-01-01"),
          l("B", "1000000.00", "2027-01-01"),
          l("C", "1000000.00", "2027-01-01"),
        ],
        year: 2027,
      },
      mdo2025,
    ).value;
    expect(r.allocations.map((a) => a.allocated)).toEqual([
      euros("833333.34"),
      euros("833333.33"),
      euros("833333.33"),
    ]);
  });
  it("caps of different services do not add up: the highest bounds the total (MDO-BV 13.1)", () => {
    const r = distributeLiabilityCap(
      {
        liabilities: [l("A", "5000000.00", "2027-01-01"), l("B", "1000000.00", "2027-01-01")],
        year: 2027,
        otherCaps: [{ service: "other", perCalendarYear: euros("4000000.00"), citations: [] }],
      },
      mdo2025,
    );
    expect(r.value.cap).toBe(euros("4000000.00"));
    expect(r.value.allocations.map((a) => a.allocated)).toEqual([euros("3333333.33"), euros("666666.67")]);
    expect(explainToText(r, "en")).toContain("do not add up");
  });
  it("the decoder reads amounts as euro strings and rejects negative liabilities and impossible dates", () => {
    expect(decodeLiabilities([{ customer: "A", amount: "1000.00", damageEventOn: "2027-01-01" }]).ok).toBe(
      true,
    );
    expect(decodeLiabilities([{ customer: "A", amount: "-1.00", damageEventOn: "2027-01-01" }]).ok).toBe(
      false,
    );
    expect(decodeLiabilities([{ customer: "A", amount: 1000, damageEventOn: "2027-01-01" }]).ok).toBe(false);
    expect(decodeLiabilities([{ customer: "A", amount: "1000.00", damageEventOn: "2027-02-29" }]).ok).toBe(
      false,
    );
  });
  it("the cap input needs a calendar year and the penalty input a whole number of events", () => {
    expect(decodeLiabilityCapInput({ liabilities: [], year: 2027 }).ok).toBe(true);
    expect(decodeLiabilityCapInput({ liabilities: [], year: 2027.5 }).ok).toBe(false);
    expect(decodeConfidentialityBreach({ breachingParty: "supplier", events: 2 }).ok).toBe(true);
    expect(decodeConfidentialityBreach({ breachingParty: "vecozo", events: -1 }).ok).toBe(false);
  });
});
