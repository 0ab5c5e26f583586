import { date, explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import type { Contract } from "../src/contract.js";
import { mdo2025, mdoContract, switchToPaid } from "../src/presets/mdo-2025.js";

const mdoFunded = mdo2025.durations.funded;
const mdoPaid = mdo2025.durations.paid;

import { termAt, termsBetween } from "../src/terms.js";

const funded = mdoContract({ signedOn: date("2026-03-01") });

describe("funded MDO terms (MDO-BV 10.2, MDO-MS §4 row 2)", () => {
  it("the contract signed on 1 Mar 2026 runs in its initial term until 31 Dec 2026 (MDO-BV 10.2)", () => {
    expect(termAt(funded, date("2026-03-01")).value).toMatchObject({
      index: 0,
      start: "2026-03-01",
      end: "2026-12-31",
      kind: "initial",
    });
  });
  it("there is no term before the contract is signed (MDO-MS §4 row 2)", () => {
    expect(termAt(funded, date("2026-02-28")).value).toBeUndefined();
  });
  it("the explanation of 'before the start' cites the clause that makes the contract start on signing (MDO-MS §4 row 2)", () => {
    const r = termAt(funded, date("2026-02-28"));
    expect(r.because.flatMap((s) => s.citations).map((c) => `${c.source} ${c.article}`)).toContain(
      "MDO-MS 4 row 2",
    );
  });
  it("after 31 Dec 2026 the contract renews from calendar year to calendar year (MDO-BV 10.2)", () => {
    expect(termAt(funded, date("2027-01-01")).value).toMatchObject({
      index: 1,
      start: "2027-01-01",
      end: "2027-12-31",
      kind: "renewal",
    });
    expect(termAt(funded, date("2028-02-29")).value).toMatchObject({
      index: 2,
      start: "2028-01-01",
      end: "2028-12-31",
    });
  });
  it("the explanation of a renewal cites MDO-BV 10.2 for the initial term and the renewal", () => {
    const text = explainToText(termAt(funded, date("2027-06-01")), "en");
    expect(text).toContain("until 2026-12-31");
    expect(text).toContain("renews tacitly per calendar year");
    expect(text).toContain("MDO-BV art. 10.2");
  });
  it("termsBetween lists the terms overlapping a range in order", () => {
    expect(termsBetween(funded, date("2026-01-01"), date("2028-06-30")).map((t) => t.end)).toEqual([
      "2026-12-31",
      "2027-12-31",
      "2028-12-31",
    ]);
  });
  it("a contract signed after 31 Dec 2026 is not covered by MDO-BV 10.2 and is refused", () => {
    expect(() => mdoContract({ signedOn: date("2027-01-01") })).toThrow(RangeError);
  });
});

describe("paid MDO terms (MDO-BV 10.3, 6.3)", () => {
  it("an 18-month paid term starting on 31 Aug 2027 runs until 28 Feb 2029 (MDO-BV 10.3; 31 Aug + 18 months = 1 Mar)", () => {
    const c = switchToPaid(funded, date("2027-08-31"));
    expect(termAt(c, date("2027-08-31")).value).toMatchObject({
      start: "2027-08-31",
      end: "2029-02-28",
      kind: "initial",
      regime: 1,
    });
  });
  it("an 18-month paid term starting on 31 Aug 2026 runs until 29 Feb 2028, a leap day (MDO-BV 10.3)", () => {
    const c = switchToPaid(funded, date("2026-08-31"));
    expect(termAt(c, date("2027-01-01")).value).toMatchObject({ start: "2026-08-31", end: "2028-02-29" });
    expect(termAt(c, date("2028-03-01")).value).toMatchObject({
      start: "2028-03-01",
      end: "2029-02-28",
      kind: "renewal",
    });
  });
  it("the yearly renewals are counted from the tariff date, so the end of February does not drift (MDO-BV 10.3)", () => {
    const c = switchToPaid(funded, date("2026-08-31"));
    const ends = termsBetween(c, date("2028-01-01"), date("2033-01-01")).map((t) => t.end);
    expect(ends).toEqual([
      "2028-02-29",
      "2029-02-28",
      "2030-02-28",
      "2031-02-28",
      "2032-02-29",
      "2033-02-28",
    ]);
  });
  it("the switch on 1 Jul 2027, in the middle of the 2027 renewal year, ends the funded term on 30 Jun 2027 (MDO-BV 10.3)", () => {
    const c = switchToPaid(funded, date("2027-07-01"));
    const terms = termsBetween(c, date("2027-01-01"), date("2029-12-31"));
    expect(terms.map((t) => [t.start, t.end, t.kind, t.durationName, t.cutShortBySwitch])).toEqual([
      ["2027-01-01", "2027-06-30", "renewal", "funded MDO", true],
      ["2027-07-01", "2028-12-31", "initial", "paid MDO", false],
      ["2029-01-01", "2029-12-31", "renewal", "paid MDO", false],
    ]);
    const text = explainToText(termAt(c, date("2027-03-01")), "en");
    expect(text).toContain("MDO-BV art. 10.3");
  });
  it("a switch must come after the start of the contract", () => {
    expect(() => switchToPaid(funded, date("2026-03-01"))).toThrow(RangeError);
  });
});

describe("other durations", () => {
  it("a contract that does not renew has no term after its end", () => {
    const c: Contract = {
      start: date("2026-01-01"),
      duration: { ...mdoPaid, renewal: { _tag: "None", citations: [] } },
      switches: [],
    };
    expect(termAt(c, date("2027-06-30")).value?.end).toBe("2027-06-30");
    expect(termAt(c, date("2027-07-01")).value).toBeUndefined();
  });
  it("a calendar-year renewal after an initial term ending mid-year first runs to 31 December", () => {
    const c: Contract = {
      start: date("2026-01-01"),
      duration: { ...mdoFunded, initialTerm: { _tag: "UntilDate", end: date("2026-06-30"), citations: [] } },
      switches: [],
    };
    expect(termAt(c, date("2026-07-01")).value).toMatchObject({
      start: "2026-07-01",
      end: "2026-12-31",
      kind: "renewal",
    });
    expect(termAt(c, date("2027-07-01")).value).toMatchObject({ start: "2027-01-01", end: "2027-12-31" });
  });
});
