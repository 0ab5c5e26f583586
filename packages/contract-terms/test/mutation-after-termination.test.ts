// Tests that kill surviving mutants of src/after-termination.ts (issue #17, docs/quality.md): each
// pins down a rule of MDO-BV 10.8 (continuation), 10.9 (data), 6.14 (payments), 13.2 and 13.4
// (assignment) or what its explanation must name — the inputs, the output and the clause. Every
// result is computed inside its `it`: a value computed in a `describe` body is invisible to
// Stryker's per-test coverage (that is why the older after-termination tests killed so little).
import { type Citation, date, type Explained, type Step } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { afterTermination, assignment, continuation } from "../src/after-termination.js";
import type { Agreement } from "../src/figures.js";
import { mdo2025 } from "../src/presets/mdo-2025.js";

const stepOf = (e: Explained<unknown>, rule: string): Step => {
  const s = e.because.find((x) => x.rule === rule);
  if (s === undefined) throw new Error(`no step ${rule} in ${e.because.map((x) => x.rule).join(", ")}`);
  return s;
};
const articles = (cs: ReadonlyArray<Citation>): Array<string> => cs.map((c) => `${c.source} ${c.article}`);
type Figures = Agreement["afterTermination"]["continuation"];
const withContinuation = (c: Partial<Figures>): Pick<Agreement, "afterTermination"> => ({
  afterTermination: {
    ...mdo2025.afterTermination,
    continuation: { ...mdo2025.afterTermination.continuation, ...c },
  },
});

describe("continuation on request (MDO-BV 10.8): no request, or one too late", () => {
  it("an eligible case without a written request does not continue: access ends with the contract (MDO-BV 10.8)", () => {
    const r = continuation({ endDate: date("2027-12-31"), eligibleCase: true }, mdo2025);
    expect(r.value).toEqual({
      eligible: true,
      request: "not-requested",
      afterwards: "ends",
      accessUntil: "2027-12-31",
    });
    expect(r.because).toHaveLength(1);
    const s = stepOf(r, "no-continuation");
    expect(s.inputs).toEqual({ eligibleCase: true, requested: false });
    expect(articles(s.citations)).toEqual(["MDO-BV 10.8"]);
  });
  it("a request outside the cases of Aansluitovereenkomst 1.4 a and c iii is named as made but gives no continuation (MDO-BV 10.8)", () => {
    const r = continuation(
      { endDate: date("2027-12-31"), eligibleCase: false, requestedOn: date("2027-11-01") },
      mdo2025,
    );
    expect(r.value).toEqual({
      eligible: false,
      request: "not-eligible",
      afterwards: "ends",
      accessUntil: "2027-12-31",
    });
    expect(stepOf(r, "no-continuation").inputs).toEqual({ eligibleCase: false, requested: true });
  });
  it("a request received the day after the end is refused in an eligible case, and the step names both days (MDO-BV 10.8, this library's reading)", () => {
    const r = continuation(
      { endDate: date("2027-12-31"), eligibleCase: true, requestedOn: date("2028-01-01") },
      mdo2025,
    );
    expect(r.value).toEqual({
      eligible: true,
      request: "received-after-end",
      afterwards: "ends",
      accessUntil: "2027-12-31",
    });
    const s = stepOf(r, "continuation-request-after-end");
    expect(s.inputs).toEqual({ endDate: "2027-12-31", requestedOn: "2028-01-01" });
    expect(articles(s.citations)).toEqual(["MDO-BV 10.8"]);
  });
});

describe("continuation on request (MDO-BV 10.8): the first period and the extension", () => {
  it("the first period and the extension deadline steps name their inputs and dates and cite 10.8", () => {
    const r = continuation(
      { endDate: date("2027-12-31"), eligibleCase: true, requestedOn: date("2027-11-01") },
      mdo2025,
    );
    expect(r.value).toEqual({
      eligible: true,
      request: "granted",
      first: { start: "2028-01-01", end: "2028-12-31" },
      extensionRequestDeadline: "2028-11-30",
      afterwards: "ends",
      accessUntil: "2028-12-31",
    });
    const first = stepOf(r, "continuation-first-period");
    expect(first.inputs).toEqual({ endDate: "2027-12-31", requestedOn: "2027-11-01", length: "12 months" });
    expect(first.output).toEqual({ start: "2028-01-01", end: "2028-12-31" });
    expect(articles(first.citations)).toEqual(["MDO-BV 10.8"]);
    const deadline = stepOf(r, "continuation-extension-deadline");
    expect(deadline.inputs).toEqual({ firstEnd: "2028-12-31", atLeast: "1 month" });
    expect(deadline.output).toBe("2028-11-30");
    expect(deadline.en).toContain("2028-11-30");
    expect(deadline.nl).toContain("2028-11-30");
    const none = stepOf(r, "no-extension");
    expect(none.inputs).toEqual({ extensionRequestedOn: null, deadline: "2028-11-30" });
    expect(articles(none.citations)).toEqual(["MDO-BV 10.8"]);
  });
  it("an extension request one day after the deadline (1 Dec 2028) is refused and named with the deadline (MDO-BV 10.8: at least one month before)", () => {
    const r = continuation(
      {
        endDate: date("2027-12-31"),
        eligibleCase: true,
        requestedOn: date("2027-11-01"),
        extensionRequestedOn: date("2028-12-01"),
      },
      mdo2025,
    );
    expect(r.value).toMatchObject({ eligible: true, afterwards: "ends", accessUntil: "2028-12-31" });
    expect(r.value.extension).toBeUndefined();
    expect(stepOf(r, "no-extension").inputs).toEqual({
      extensionRequestedOn: "2028-12-01",
      deadline: "2028-11-30",
    });
  });
  it("an extension requested on time: eligible, 6 months to 30 Jun 2029, and the step names the request and length (MDO-BV 10.8)", () => {
    const r = continuation(
      {
        endDate: date("2027-12-31"),
        eligibleCase: true,
        requestedOn: date("2027-11-01"),
        extensionRequestedOn: date("2028-11-30"),
      },
      mdo2025,
    );
    expect(r.value.eligible).toBe(true);
    expect(r.value.accessUntil).toBe("2029-06-30");
    const s = stepOf(r, "continuation-extension");
    expect(s.inputs).toEqual({ extensionRequestedOn: "2028-11-30", length: "6 months" });
    expect(s.output).toEqual({ start: "2029-01-01", end: "2029-06-30" });
    expect(articles(s.citations)).toEqual(["MDO-BV 10.8"]);
  });
  it("an agreement counting in years: 1 year plus 1 year of extension ends 2 years after the end (the 10.8 rule with other figures)", () => {
    const r = continuation(
      {
        endDate: date("2027-12-31"),
        eligibleCase: true,
        requestedOn: date("2027-11-01"),
        extensionRequestedOn: date("2028-11-01"),
      },
      withContinuation({ first: { years: 1 }, extension: { years: 1 } }),
    );
    expect(r.value.first).toEqual({ start: "2028-01-01", end: "2028-12-31" });
    expect(r.value.extension).toEqual({ start: "2029-01-01", end: "2029-12-31" });
  });
  it("an agreement counting in weeks and days: 1 week 2 days, then 3 weeks 4 days, end 34 days after the end (the 10.8 rule with other figures)", () => {
    const r = continuation(
      {
        endDate: date("2027-12-31"),
        eligibleCase: true,
        requestedOn: date("2027-12-01"),
        extensionRequestedOn: date("2027-12-01"),
      },
      withContinuation({
        first: { weeks: 1, days: 2 },
        extension: { weeks: 3, days: 4 },
        requestExtensionAtLeast: { days: 1 },
      }),
    );
    expect(r.value.first).toEqual({ start: "2028-01-01", end: "2028-01-09" });
    expect(r.value.extension).toEqual({ start: "2028-01-10", end: "2028-02-03" });
  });
  it("when the extension deadline would fall before the year 1 there is no deadline and no extension", () => {
    const r = continuation(
      {
        endDate: date("0001-01-01"),
        eligibleCase: true,
        requestedOn: date("0001-01-01"),
        extensionRequestedOn: date("0001-01-01"),
      },
      withContinuation({ requestExtensionAtLeast: { years: 2 } }),
    );
    expect(r.value.first).toEqual({ start: "0001-01-02", end: "0002-01-01" });
    expect(Object.keys(r.value)).not.toContain("extensionRequestDeadline");
    expect(r.value.extension).toBeUndefined();
    expect(r.value.accessUntil).toBe("0002-01-01");
  });
  it("a first period that fits the calendar but an extension that would pass 9999 gives the first period only", () => {
    const r = continuation(
      {
        endDate: date("9998-08-31"),
        eligibleCase: true,
        requestedOn: date("9998-08-01"),
        extensionRequestedOn: date("9999-07-01"),
      },
      mdo2025,
    );
    expect(r.value.first).toEqual({ start: "9998-09-01", end: "9999-08-31" });
    expect(r.value.extension).toBeUndefined();
    expect(r.value.afterwards).toBe("ends");
  });
  it.each([
    ["9999-12-31", "9999-12-01"],
    ["9999-06-30", "9999-06-01"],
  ])(
    "a continuation after an end on %s would run past 9999: no first period, access ends with the contract",
    (end, on) => {
      const r = continuation({ endDate: date(end), eligibleCase: true, requestedOn: date(on) }, mdo2025);
      expect(r.value).toEqual({ eligible: true, request: "granted", afterwards: "ends", accessUntil: end });
      const s = stepOf(r, "continuation-outside-calendar");
      expect(s.inputs).toEqual({ endDate: end });
      expect(articles(s.citations)).toEqual(["MDO-BV 10.8"]);
    },
  );
});

describe("after the end (MDO-BV 10.9, 6.14, 13.5)", () => {
  it("an end on 31 Dec 2026: data from 1 Jan to 31 Mar 2027 (10.9), payments by 30 Jan 2027 (6.14), each step naming its inputs and clause", () => {
    const r = afterTermination(date("2026-12-31"), mdo2025);
    expect(r.value.obligations).toEqual([
      {
        party: "supplier",
        action: "make-data-available",
        from: "2027-01-01",
        dueBy: "2027-03-31",
        citations: mdo2025.afterTermination.dataAvailable.citations,
      },
      {
        party: "customer",
        action: "settle-all-payments",
        dueBy: "2027-01-30",
        citations: mdo2025.afterTermination.paymentsSettled.citations,
      },
    ]);
    expect(r.value.survivingClausesExhaustive).toBe(false);
    expect(r.value.survivingClauses).toContain("liability");
    const data = stepOf(r, "data-available-after-end");
    expect(data.inputs).toEqual({ endDate: "2026-12-31", length: "90 days" });
    expect(data.output).toBe("2027-03-31");
    expect(articles(data.citations)).toEqual(["MDO-BV 10.9"]);
    expect(data.en).toContain("2027-01-01 to 2027-03-31");
    expect(data.nl).toContain("2027-01-01 tot en met 2027-03-31");
    const pay = stepOf(r, "payments-after-end");
    expect(pay.inputs).toEqual({ endDate: "2026-12-31", length: "30 days" });
    expect(pay.output).toBe("2027-01-30");
    expect(articles(pay.citations)).toEqual(["MDO-BV 6.14"]);
    expect(pay.en).toContain("2027-01-30");
    expect(pay.nl).toContain("2027-01-30");
    const survive = stepOf(r, "surviving-clauses");
    expect(survive.inputs).toEqual({
      clauses: [...mdo2025.afterTermination.survivingClauses.clauses],
      exhaustive: false,
    });
    expect(articles(survive.citations)).toEqual(["MDO-BV 13.5"]);
  });
  it("an end on 15 Nov 9999: the 90 days of data would pass 9999 and are left out, the 30 days of payment are not (10.9, 6.14)", () => {
    const r = afterTermination(date("9999-11-15"), mdo2025);
    expect(r.value.obligations.map((o) => [o.action, o.dueBy])).toEqual([
      ["settle-all-payments", "9999-12-15"],
    ]);
    expect(stepOf(r, "data-available-after-end").output).toBeNull();
  });
  it("an end on 20 Dec 9999: both periods would pass 9999, so no obligation is listed", () => {
    const r = afterTermination(date("9999-12-20"), mdo2025);
    expect(r.value.obligations).toEqual([]);
    expect(stepOf(r, "payments-after-end").output).toBeNull();
  });
});

describe("assignment (MDO-BV 13.2, 13.4)", () => {
  it("the supplier's step names the transfer date and the 6 months and gives the last day to inform (MDO-BV 13.2)", () => {
    const r = assignment({ party: "supplier", transferDate: date("2027-07-01") }, mdo2025);
    expect(r.value).toEqual({ allowed: true, informBy: "2026-12-31" });
    const s = stepOf(r, "supplier-assignment-notice");
    expect(s.inputs).toEqual({ transferDate: "2027-07-01", atLeast: "6 months" });
    expect(s.output).toBe("2026-12-31");
    expect(articles(s.citations)).toEqual(["MDO-BV 13.2"]);
    expect(s.en).toContain("by 2026-12-31");
    expect(s.nl).toContain("uiterlijk 2026-12-31");
  });
  it.each(["0001-01-01", "0001-03-01"])(
    "a transfer on %s leaves no day to inform 6 months ahead: not allowed (MDO-BV 13.2)",
    (transfer) => {
      const r = assignment({ party: "supplier", transferDate: date(transfer) }, mdo2025);
      expect(r.value).toEqual({ allowed: false });
      expect(stepOf(r, "supplier-assignment-notice").output).toBeNull();
    },
  );
  it("the customer's step names the party and cites 13.4", () => {
    const r = assignment({ party: "customer", transferDate: date("2027-07-01") }, mdo2025);
    expect(r.value).toEqual({ allowed: false });
    const s = stepOf(r, "customer-assignment");
    expect(s.inputs).toEqual({ party: "customer" });
    expect(s.output).toBe(false);
    expect(articles(s.citations)).toEqual(["MDO-BV 13.4"]);
  });
});
