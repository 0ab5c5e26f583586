// Tests that kill surviving mutants of src/terms.ts (issue #17, docs/quality.md): the term tiling
// of MDO-BV 10.2/10.3 and generic durations, and what a term's explanation must name.
import { type Citation, date, type Explained, type Step } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import type { Contract } from "../src/contract.js";
import { mdoContract, switchToPaid } from "../src/presets/mdo-2025.js";
import { findTerm, firstTerm, nextTerm, regimeIndexAt, termAt, termsBetween } from "../src/terms.js";

const signed = mdoContract({ signedOn: date("2026-03-01") });
const paid = switchToPaid(signed, date("2027-08-31"));

const stepOf = (e: Explained<unknown>, rule: string): Step => {
  const s = e.because.find((x) => x.rule === rule);
  if (s === undefined) throw new Error(`no step ${rule} in ${e.because.map((x) => x.rule).join(", ")}`);
  return s;
};
const articles = (cs: ReadonlyArray<Citation>): Array<string> => cs.map((c) => `${c.source} ${c.article}`);
const spans = (c: Contract, from: string, to: string): Array<string> =>
  termsBetween(c, date(from), date(to)).map((t) => `${t.start}..${t.end}`);

const generic = (
  initialTerm: Contract["duration"]["initialTerm"],
  renewal: Contract["duration"]["renewal"],
) =>
  ({
    start: date("2026-01-15"),
    duration: {
      name: "generic",
      initialTerm,
      renewal,
      notice: {
        customer: { value: { months: 1 }, citations: [] },
        supplier: { value: { months: 1 }, citations: [] },
      },
      noticeForm: { value: "any", citations: [] },
    },
    switches: [],
  }) satisfies Contract;

describe("a term's explanation names the clause of each step (MDO-BV 10.2, 10.3)", () => {
  it("the funded term the switch cuts short ends the day before the switch, citing the switch clause (10.3)", () => {
    const r = termAt(paid, date("2027-08-30"));
    const s = stepOf(r, "term-cut-short-by-switch");
    expect(s.inputs).toEqual({ switchOn: "2027-08-31" });
    expect(s.output).toBe("2027-08-30");
    expect(articles(s.citations)).toEqual(["MDO-BV 10.3"]);
    const renewal = stepOf(r, "tacit-renewal");
    expect(renewal.inputs).toEqual({ renewal: "CalendarYear", renewalNumber: 1 });
    expect(renewal.output).toEqual({ start: "2027-01-01", end: "2027-08-30" });
    expect(articles(renewal.citations)).toEqual(["MDO-BV 10.2"]);
  });
  it("a paid renewal names the switch, the 18-month initial term and the 12-month renewal (10.3)", () => {
    const r = termAt(paid, date("2029-03-01"));
    expect(r.value).toMatchObject({
      start: "2029-03-01",
      end: "2030-02-28",
      regime: 1,
      indexInRegime: 1,
      index: 3,
    });
    const sw = stepOf(r, "duration-switch");
    expect(sw.inputs).toEqual({ on: "2027-08-31", duration: "paid MDO" });
    expect(articles(sw.citations)).toEqual(["MDO-BV 10.3"]);
    const initial = stepOf(r, "initial-term-length");
    expect(initial.inputs).toEqual({ start: "2027-08-31", length: "18 months" });
    expect(initial.output).toBe("2029-02-28");
    expect(articles(initial.citations)).toEqual(["MDO-BV 10.3"]);
    expect(stepOf(r, "tacit-renewal").inputs).toEqual({ renewal: "Months", renewalNumber: 1 });
  });
  it("the funded initial term names its fixed end (10.2) and has no switch or renewal step", () => {
    const r = termAt(signed, date("2026-06-01"));
    const s = stepOf(r, "initial-term-until-date");
    expect(s.inputs).toEqual({ start: "2026-03-01", end: "2026-12-31" });
    expect(s.output).toBe("2026-12-31");
    expect(r.because.map((x) => x.rule)).toEqual(["initial-term-until-date"]);
  });
  it("a day before the contract starts has no term, citing the start clause; a day after a non-renewing contract has none, citing nothing", () => {
    const before = termAt(signed, date("2026-01-01"));
    expect(before.value).toBeUndefined();
    expect(stepOf(before, "no-term").inputs).toEqual({ date: "2026-01-01", start: "2026-03-01" });
    expect(articles(stepOf(before, "no-term").citations)).toEqual(["MDO-MS 4 row 2"]);
    const once = {
      ...signed,
      duration: { ...signed.duration, renewal: { _tag: "None" as const, citations: [] } },
    };
    const after = termAt(once, date("2027-01-01"));
    expect(after.value).toBeUndefined();
    expect(stepOf(after, "no-term").citations).toEqual([]);
    expect(termAt(once, date("2026-12-31")).value?.end).toBe("2026-12-31");
  });
});

describe("the term tiling", () => {
  it("the switch takes effect on its own day: 31 Aug 2027 is the first day of the paid term, term number 2", () => {
    expect(regimeIndexAt(paid, date("2027-08-30"))).toBe(0);
    expect(regimeIndexAt(paid, date("2027-08-31"))).toBe(1);
    expect(findTerm(paid, date("2027-08-31"))).toMatchObject({
      start: "2027-08-31",
      end: "2029-02-28",
      kind: "initial",
      regime: 1,
      indexInRegime: 0,
      index: 2,
      durationName: "paid MDO",
      cutShortBySwitch: false,
    });
  });
  it("terms from a day before the start begin with the first term; a term starting on the last day counts", () => {
    expect(spans(paid, "2020-01-01", "2027-01-01")).toEqual([
      "2026-03-01..2026-12-31",
      "2027-01-01..2027-08-30",
    ]);
    expect(spans(paid, "2026-12-31", "2026-12-31")).toEqual(["2026-03-01..2026-12-31"]);
    expect(firstTerm(paid)?.start).toBe("2026-03-01");
  });
  it("a 3-month renewal after a fixed end date runs in whole quarters from the day after that date", () => {
    const c = generic(
      { _tag: "UntilDate", end: date("2026-03-31"), citations: [] },
      { _tag: "Months", months: 3, citations: [] },
    );
    expect(spans(c, "2026-01-01", "2027-01-01")).toEqual([
      "2026-01-15..2026-03-31",
      "2026-04-01..2026-06-30",
      "2026-07-01..2026-09-30",
      "2026-10-01..2026-12-31",
      "2027-01-01..2027-03-31",
    ]);
    // Far ahead the estimate must land on the same quarter the walk gives.
    expect(findTerm(c, date("2100-06-01"))).toMatchObject({ start: "2100-04-01", end: "2100-06-30" });
  });
  it("a calendar-year renewal after an 18-month term that ends mid-year runs to the end of that year, then per calendar year", () => {
    const c = generic(
      { _tag: "Length", length: { months: 18 }, citations: [] },
      { _tag: "CalendarYear", citations: [] },
    );
    expect(spans(c, "2026-01-01", "2029-06-01")).toEqual([
      "2026-01-15..2027-07-14",
      "2027-07-15..2027-12-31",
      "2028-01-01..2028-12-31",
      "2029-01-01..2029-12-31",
    ]);
  });
  it("renewals of a term ending on 31 Dec start on 1 Jan; the last term ends on 31 Dec 9999 and has no next one", () => {
    const c = generic(
      { _tag: "UntilDate", end: date("2026-12-31"), citations: [] },
      { _tag: "CalendarYear", citations: [] },
    );
    expect(spans(c, "2026-12-01", "2027-06-01")).toEqual([
      "2026-01-15..2026-12-31",
      "2027-01-01..2027-12-31",
    ]);
    const last = findTerm(c, date("9999-12-31"));
    expect(last).toMatchObject({ start: "9999-01-01", end: "9999-12-31", indexInRegime: 7973 });
    expect(nextTerm(c, last!)).toBeUndefined();
  });
  it("a monthly renewal after a length term is counted from the start day (31 Aug), so the ends follow 31 Aug + n months: 30 Sep, 30 Oct, 30 Nov", () => {
    const c = {
      ...generic(
        { _tag: "Length", length: { months: 1 }, citations: [] },
        { _tag: "Months", months: 1, citations: [] },
      ),
      start: date("2026-08-31"),
    };
    expect(spans(c, "2026-08-31", "2026-11-15")).toEqual([
      "2026-08-31..2026-09-30",
      "2026-10-01..2026-10-30",
      "2026-10-31..2026-11-30",
    ]);
  });
  it("a switch on 1 Jan does not cut the calendar-year term before it short, and the paid term is number 2 (MDO-BV 10.2, 10.3)", () => {
    const c = switchToPaid(signed, date("2028-01-01"));
    expect(findTerm(c, date("2027-12-31"))).toMatchObject({
      end: "2027-12-31",
      cutShortBySwitch: false,
      index: 1,
    });
    expect(findTerm(c, date("2028-06-01"))).toMatchObject({
      start: "2028-01-01",
      end: "2029-06-30",
      index: 2,
    });
  });
  it("a day after the last monthly term that ends within the year 9999 has no term", () => {
    const c = generic(
      { _tag: "Length", length: { months: 1 }, citations: [] },
      { _tag: "Months", months: 1, citations: [] },
    );
    expect(findTerm(c, date("9999-12-14"))).toMatchObject({ start: "9999-11-15", end: "9999-12-14" });
    expect(findTerm(c, date("9999-12-20"))).toBeUndefined();
  });
  it("a calendar-year renewal after an initial term ending on 14 Dec runs to 31 Dec of that same year", () => {
    const c = generic(
      { _tag: "Length", length: { months: 11 }, citations: [] },
      { _tag: "CalendarYear", citations: [] },
    );
    expect(spans(c, "2026-01-15", "2027-06-01")).toEqual([
      "2026-01-15..2026-12-14",
      "2026-12-15..2026-12-31",
      "2027-01-01..2027-12-31",
    ]);
  });
  it("renewals after a length in years or in weeks and days keep the whole length in the anchor", () => {
    const years = generic(
      { _tag: "Length", length: { years: 1 }, citations: [] },
      { _tag: "Months", months: 6, citations: [] },
    );
    expect(spans(years, "2026-01-15", "2027-08-01")).toEqual([
      "2026-01-15..2027-01-14",
      "2027-01-15..2027-07-14",
      "2027-07-15..2028-01-14",
    ]);
    const short = generic(
      { _tag: "Length", length: { weeks: 2, days: 3 }, citations: [] },
      { _tag: "Months", months: 1, citations: [] },
    );
    // Each end is the start + k months + 2 weeks + 3 days, less a day.
    expect(spans(short, "2026-01-15", "2026-03-20")).toEqual([
      "2026-01-15..2026-01-31",
      "2026-02-01..2026-03-03",
      "2026-03-04..2026-03-31",
    ]);
  });
});
