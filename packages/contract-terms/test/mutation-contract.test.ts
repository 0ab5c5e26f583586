// Tests that kill surviving mutants of src/contract.ts, decode.ts and figures.ts (issue #17,
// docs/quality.md): the decoders' checks on a contract's durations and switches (MDO-BV 10.2,
// 10.3), on an agreement's size, and that a decoder never throws on input that is not an object.
import * as Schema from "effect/Schema";
import { describe, expect, it } from "vitest";
import { type Contract, otherParty } from "../src/contract.js";
import { decodeAgreement, decodeContract, decodeTerminationClaim } from "../src/decode.js";
import { Agreement } from "../src/figures.js";
import { mdo2025 } from "../src/presets/mdo-2025.js";

// A 12-month term from 1 Jan 2027 that does not renew (last day 31 Dec 2027).
const yearly = {
  name: "yearly",
  initialTerm: { _tag: "Length", length: { months: 12 }, citations: [] },
  renewal: { _tag: "None", citations: [] },
  notice: {
    customer: { value: { months: 1 }, citations: [] },
    supplier: { value: { months: 1 }, citations: [] },
  },
  noticeForm: { value: "any", citations: [] },
} as const;
const contract = (over: Partial<Record<keyof Contract, unknown>> = {}) => ({
  start: "2027-01-01",
  duration: yearly,
  switches: [],
  ...over,
});
const switchOn = (on: string, duration: unknown = yearly) => ({ switches: [{ on, duration }] });
const firstIssue = (r: ReturnType<typeof decodeContract>) => (r.ok ? undefined : r.issues[0]);

describe("the other party", () => {
  it("the other party of the customer is the supplier, and the other way round", () => {
    expect(otherParty("customer")).toBe("supplier");
    expect(otherParty("supplier")).toBe("customer");
  });
});

describe("decoding a contract", () => {
  it("a non-renewing 12-month term decodes", () => {
    expect(decodeContract(contract()).ok).toBe(true);
  });
  it("a term of 5 218 weeks (36 526 days) is more than 100 years and is rejected; 5 217 weeks is not", () => {
    const weeks = (n: number) =>
      contract({ duration: { ...yearly, initialTerm: { ...yearly.initialTerm, length: { weeks: n } } } });
    expect(decodeContract(weeks(5218)).ok).toBe(false);
    expect(decodeContract(weeks(5217)).ok).toBe(true);
  });
  it.each([
    [1, true],
    [1200, true],
    [0, false],
    [1201, false],
    [1.5, false],
  ])("a renewal every %s months decodes: %s", (months, ok) => {
    expect(
      decodeContract(
        contract({ duration: { ...yearly, renewal: { _tag: "Months", months, citations: [] } } }),
      ).ok,
    ).toBe(ok);
  });
  it("a term of 12 months from 1 Jan 9999 ends after the year 9999: rejected at the initial term", () => {
    expect(firstIssue(decodeContract(contract({ start: "9999-01-01" })))?.path).toBe(
      "$.duration.initialTerm",
    );
  });
  it("a switch on the contract's start day does not come after it: rejected at the switch's date", () => {
    expect(firstIssue(decodeContract(contract(switchOn("2027-01-01"))))?.path).toBe("$.switches[0].on");
    expect(decodeContract(contract(switchOn("2027-01-02"))).ok).toBe(true);
  });
  it("a switch on the last day of a non-renewing term decodes; one the day after, when the contract has ended, does not", () => {
    expect(decodeContract(contract(switchOn("2027-12-31"))).ok).toBe(true);
    const r = decodeContract(contract(switchOn("2028-01-01")));
    expect(firstIssue(r)?.path).toBe("$.switches[0].on");
    expect(firstIssue(r)?.message).toContain("already ended on 2027-12-31");
  });
  it("a switch's own term that ends before the switch is rejected at that switch's duration", () => {
    const until = { ...yearly, initialTerm: { _tag: "UntilDate", end: "2027-05-31", citations: [] } };
    const r = decodeContract(contract(switchOn("2027-06-01", until)));
    expect(firstIssue(r)?.path).toBe("$.switches[0].duration.initialTerm.end");
  });
});

describe("decoding untrusted input", () => {
  it.each([null, "regular-notice", 42])("a termination claim %o is rejected, not thrown", (input) => {
    expect(decodeTerminationClaim(input).ok).toBe(false);
  });
  it("an agreement may define 20 durations and 20 switches, not 21", () => {
    const base = JSON.parse(JSON.stringify(Schema.encodeSync(Agreement)(mdo2025)));
    const many = (n: number, value: unknown) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, value]));
    const duration = base.durations.funded;
    const sw = Object.values(base.switches)[0];
    expect(decodeAgreement({ ...base, durations: many(20, duration) }).ok).toBe(true);
    expect(decodeAgreement({ ...base, durations: many(21, duration) }).ok).toBe(false);
    expect(decodeAgreement({ ...base, switches: many(20, sw) }).ok).toBe(true);
    expect(decodeAgreement({ ...base, switches: many(21, sw) }).ok).toBe(false);
  });
});
