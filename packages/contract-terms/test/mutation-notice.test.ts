// Tests that kill surviving mutants of src/notice.ts (issue #17, docs/quality.md): each pins down a
// rule of the notice clauses (MDO-BV 6.3, 10.2, 10.3) or what its explanation must name — the
// inputs and the clause it rests on — not the wording of a sentence.
import { type Citation, date, type Explained, type Step } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import type { Contract } from "../src/contract.js";
import { lastNoticeDay, noticeCanEndTerm, noticeDeadline, terminationDate } from "../src/notice.js";
import { mdoContract, switchToPaid } from "../src/presets/mdo-2025.js";
import { findTerm } from "../src/terms.js";
import { oneOff } from "./mutation-fixtures.js";

const signed = mdoContract({ signedOn: date("2026-03-01") });
// Signed 1 Sep 2025; the service becomes paid on 1 Jul 2028, cutting the 2028 funded term short.
const early = switchToPaid(mdoContract({ signedOn: date("2025-09-01") }), date("2028-07-01"));

const stepOf = (e: Explained<unknown>, rule: string): Step => {
  const s = e.because.find((x) => x.rule === rule);
  if (s === undefined) throw new Error(`no step ${rule} in ${e.because.map((x) => x.rule).join(", ")}`);
  return s;
};
const articles = (cs: ReadonlyArray<Citation>): Array<string> => cs.map((c) => `${c.source} ${c.article}`);

describe("the notice-deadline rule explains its inputs and clause (MDO-BV 10.2)", () => {
  it("the deadline step names the term end and the party's period, gives the deadline and cites 10.2 with the day-of-receipt note", () => {
    const r = noticeDeadline({ contract: signed, party: "customer" }, date("2026-06-01"));
    const s = stepOf(r, "notice-deadline");
    expect(s.inputs).toEqual({ termEnd: "2026-12-31", period: "2 months" });
    expect(s.output).toBe("2026-10-31");
    expect(articles(s.citations)).toEqual(["MDO-BV 10.2"]);
    expect(s.citations[0]?.note).toContain("day of receipt does not count");
  });
  it("the notice-period step names the party, the duration and the period, citing 10.2", () => {
    const s = stepOf(
      noticeDeadline({ contract: signed, party: "supplier" }, date("2026-06-01")),
      "notice-period",
    );
    expect(s.inputs).toEqual({ party: "supplier", duration: "funded MDO", period: "24 months" });
    expect(articles(s.citations)).toEqual(["MDO-BV 10.2"]);
  });
  it("a deadline already passed on the query day is named with the term it missed before the next term counts", () => {
    const r = noticeDeadline({ contract: signed, party: "customer" }, date("2026-11-15"));
    expect(r.value).toMatchObject({ deadline: "2027-10-31", endDate: "2027-12-31" });
    const s = stepOf(r, "notice-deadline-passed");
    expect(s.inputs).toEqual({ on: "2026-11-15", termEnd: "2026-12-31", deadline: "2026-10-31" });
    expect(articles(s.citations)).toEqual(["MDO-BV 10.2"]);
  });
  it("a query before the contract starts counts from the start day (MDO-MS 4 row 2)", () => {
    const r = noticeDeadline({ contract: signed, party: "customer" }, date("2025-01-01"));
    expect(r.value).toMatchObject({ deadline: "2026-10-31", endDate: "2026-12-31" });
    expect(r.because.some((s) => s.rule === "notice-deadline-passed")).toBe(false);
  });
});

describe("a notice's effect explains the term it ends or misses (MDO-BV 10.2)", () => {
  it("a notice one day late names the missed term end, then ends the next term with the next deadline", () => {
    const r = terminationDate({ contract: signed, party: "customer", receivedOn: date("2026-11-01") });
    expect(r.value).toMatchObject({ endDate: "2027-12-31", expiresWithoutNotice: false });
    const late = stepOf(r, "notice-too-late-for-term");
    expect(late.inputs).toEqual({ receivedOn: "2026-11-01", termEnd: "2026-12-31", period: "2 months" });
    expect(articles(late.citations)).toEqual(["MDO-BV 10.2"]);
    const ends = stepOf(r, "notice-ends-term");
    expect(ends.inputs).toEqual({
      receivedOn: "2026-11-01",
      period: "2 months",
      termEnd: "2027-12-31",
      deadline: "2027-10-31",
    });
    expect(ends.output).toBe("2027-12-31");
    expect(ends.citations[0]?.note).toContain("day of receipt does not count");
  });
  it("a notice received before the contract exists has no effect and cites the start clause (MDO-MS 4 row 2)", () => {
    const r = terminationDate({ contract: signed, party: "customer", receivedOn: date("2026-02-01") });
    expect(r.value).toBeUndefined();
    const s = stepOf(r, "notice-before-contract");
    expect(s.inputs).toEqual({ receivedOn: "2026-02-01", start: "2026-03-01" });
    expect(articles(s.citations)).toEqual(["MDO-MS 4 row 2"]);
  });
  it("a contract without start citations explains an early notice without citing anything", () => {
    const { startCitations: _, ...bare } = signed;
    const r = terminationDate({ contract: bare, party: "customer", receivedOn: date("2026-02-01") });
    expect(stepOf(r, "notice-before-contract").citations).toEqual([]);
  });
});

describe("notices around the switch to paid (MDO-BV 6.3, 10.2, 10.3)", () => {
  it("a customer notice before the switch keeps its 10.2 end date, and the step cites the switch rule (10.2 and 6.3)", () => {
    const r = terminationDate({ contract: early, party: "customer", receivedOn: date("2028-04-30") });
    const s = stepOf(r, "notice-before-switch-keeps-end-date");
    expect(s.inputs).toEqual({ party: "customer", switchOn: "2028-07-01", endDate: "2028-12-31" });
    expect(s.output).toBe("2028-12-31");
    expect(articles(s.citations)).toEqual(["MDO-BV 10.2", "MDO-BV 6.3"]);
  });
  it("from 1 May 2028 the customer's last day to end the contract on 31 Dec 2028 is 30 Jun 2028, the day before the switch", () => {
    const r = noticeDeadline({ contract: early, party: "customer" }, date("2028-05-01"));
    expect(r.value).toMatchObject({
      deadline: "2028-06-30",
      endDate: "2028-12-31",
      keptAcrossSwitchOn: "2028-07-01",
    });
    const s = stepOf(r, "notice-deadline-before-switch");
    expect(s.inputs).toEqual({ switchOn: "2028-07-01", deadline: "2028-06-30", endDate: "2028-12-31" });
    expect(s.output).toBe("2028-06-30");
    expect(articles(s.citations)).toEqual(["MDO-BV 10.2", "MDO-BV 6.3"]);
    // The capped deadline is a real one: a notice received on it ends the contract that day's way.
    expect(
      terminationDate({ contract: early, party: "customer", receivedOn: date("2028-06-30") }).value?.endDate,
    ).toBe("2028-12-31");
  });
  it("a customer deadline before the switch whose end is before the switch is not marked as kept across it", () => {
    const r = noticeDeadline({ contract: early, party: "customer" }, date("2026-06-01"));
    expect(r.value).toMatchObject({ deadline: "2026-10-31", endDate: "2026-12-31" });
    expect(r.value?.keptAcrossSwitchOn).toBeUndefined();
    const t = terminationDate({ contract: early, party: "customer", receivedOn: date("2026-06-01") });
    expect(t.value?.endDate).toBe("2026-12-31");
    expect(t.value?.keptAcrossSwitchOn).toBeUndefined();
  });
  it("no regular notice ends the contract on the last day of the term the switch cuts short, for either party; the step says whose notice keeps its end date", () => {
    const t = findTerm(early, date("2028-06-30"))!;
    expect(t.cutShortBySwitch).toBe(true);
    for (const party of ["customer", "supplier"] as const) {
      const v = noticeCanEndTerm({ contract: early, term: t, party });
      expect(v.value).toBe("refused");
      const s = stepOf(v, "notice-cannot-end-cut-short-term");
      expect(s.inputs).toEqual({
        party,
        termEnd: "2028-06-30",
        switchOn: "2028-07-01",
        keepsEndDate: party === "customer",
      });
      expect(articles(s.citations)).toEqual(["MDO-BV 10.2", "MDO-BV 6.3"]);
    }
  });
  it("a term not cut short can be ended by notice; the step names the party, the term end and the party's notice clause", () => {
    const t = findTerm(early, date("2027-06-30"))!;
    const v = noticeCanEndTerm({ contract: early, term: t, party: "supplier" });
    expect(v.value).toBe("allowed");
    const s = stepOf(v, "term-end-endable-by-notice");
    expect(s.inputs).toEqual({ party: "supplier", termEnd: "2027-12-31" });
    expect(articles(s.citations)).toEqual(["MDO-BV 10.2"]);
  });
});

describe("a switch that names no parties: every notice before it keeps its end date", () => {
  it("a notice in time for the replaced duration keeps its end date after the switch", () => {
    const r = terminationDate({ contract: oneOff, party: "supplier", receivedOn: date("2027-09-30") });
    expect(r.value).toMatchObject({ endDate: "2027-12-31", keptAcrossSwitchOn: "2027-11-01" });
    expect(stepOf(r, "notice-before-switch-keeps-end-date").citations).toEqual([]);
  });
  it("a notice too late for a duration that would expire by itself, which the switch replaces, ends nothing", () => {
    const r = terminationDate({ contract: oneOff, party: "customer", receivedOn: date("2027-10-15") });
    expect(r.value).toBeUndefined();
    const s = stepOf(r, "notice-before-switch-ends-nothing");
    expect(s.inputs).toEqual({
      party: "customer",
      receivedOn: "2027-10-15",
      switchOn: "2027-11-01",
      expiresOn: "2027-12-31",
    });
  });
  it("after the replaced duration's last deadline, the next deadline is one of the new duration, counted from the switch", () => {
    const r = noticeDeadline({ contract: oneOff, party: "customer" }, date("2027-10-15"));
    // The new duration's first term: 12 months from 1 Nov 2027, to 31 Oct 2028; 1 month's notice.
    expect(r.value).toMatchObject({ deadline: "2028-09-30", endDate: "2028-10-31" });
    expect(r.because.some((s) => s.rule === "no-notice-deadline")).toBe(true);
  });
  it("a duration that never renews has no notice deadline once its last one has passed", () => {
    const once: Contract = { ...oneOff, switches: [] };
    const r = noticeDeadline({ contract: once, party: "customer" }, date("2027-10-15"));
    expect(r.value).toBeUndefined();
    const s = stepOf(r, "no-notice-deadline");
    expect(s.inputs).toEqual({ on: "2027-10-15" });
    const t = terminationDate({ contract: once, party: "customer", receivedOn: date("2027-10-15") });
    expect(t.value).toMatchObject({ endDate: "2027-12-31", expiresWithoutNotice: true });
    expect(stepOf(t, "expires-without-renewal").inputs).toEqual({
      receivedOn: "2027-10-15",
      termEnd: "2027-12-31",
    });
  });
});

describe("lastNoticeDay at the edges of the calendar", () => {
  it("a term ending in year 1 leaves no day on which a longer notice could be received", () => {
    expect(lastNoticeDay(date("0001-01-15"), { months: 1 })).toBeUndefined();
    expect(lastNoticeDay(date("0001-02-15"), { months: 1 })).toBe("0001-01-15");
  });
  it("weeks and days count in the period: 2 weeks and 3 days before 31 Dec 2026 is 14 Dec 2026", () => {
    expect(lastNoticeDay(date("2026-12-31"), { weeks: 2, days: 3 })).toBe("2026-12-14");
    expect(lastNoticeDay(date("2026-12-31"), { years: 1, months: 1 })).toBe("2025-11-30");
  });
});

describe("deadlines on the boundary days (MDO-BV 10.2, 10.3)", () => {
  it("on the deadline day itself that day is still the deadline, and the explanation is the term, the period and the deadline", () => {
    const r = noticeDeadline({ contract: signed, party: "customer" }, date("2026-10-31"));
    expect(r.value).toMatchObject({ deadline: "2026-10-31", endDate: "2026-12-31" });
    expect(r.because.map((s) => s.rule)).toEqual([
      "initial-term-until-date",
      "notice-period",
      "notice-deadline",
    ]);
  });
  it("a switch on the last day of a term: a notice before it that ends the term on that day is kept across the switch", () => {
    const c = switchToPaid(signed, date("2027-12-31"));
    const d = noticeDeadline({ contract: c, party: "customer" }, date("2027-06-01"));
    expect(d.value).toMatchObject({
      deadline: "2027-10-31",
      endDate: "2027-12-31",
      keptAcrossSwitchOn: "2027-12-31",
    });
    const t = terminationDate({ contract: c, party: "customer", receivedOn: date("2027-06-01") });
    expect(t.value).toMatchObject({ endDate: "2027-12-31", keptAcrossSwitchOn: "2027-12-31" });
  });
  it("a deadline before the switch with an end after it is kept, and the explanation says so", () => {
    const c = switchToPaid(signed, date("2027-12-01"));
    const d = noticeDeadline({ contract: c, party: "customer" }, date("2027-06-01"));
    expect(d.value).toMatchObject({
      deadline: "2027-10-31",
      endDate: "2027-12-31",
      keptAcrossSwitchOn: "2027-12-01",
    });
    expect(d.because.map((s) => s.rule)).toEqual([
      "initial-term-until-date",
      "tacit-renewal",
      "notice-period",
      "notice-deadline",
      "notice-before-switch-keeps-end-date",
    ]);
  });
  it("a deadline that falls on the switch day is judged by the new duration: the last day for the old end is the day before", () => {
    const c = switchToPaid(signed, date("2026-10-31"));
    const d = noticeDeadline({ contract: c, party: "customer" }, date("2026-06-01"));
    expect(d.value).toMatchObject({
      deadline: "2026-10-30",
      endDate: "2026-12-31",
      keptAcrossSwitchOn: "2026-10-31",
    });
    // Received on the switch day, the notice runs under the paid duration (18 months, 6 months' notice).
    expect(
      terminationDate({ contract: c, party: "customer", receivedOn: date("2026-10-31") }).value?.endDate,
    ).toBe("2028-04-30");
  });
  it("when the new duration's own deadline reaches the same end, that later deadline counts", () => {
    const dur = (name: string, months: number) => ({
      name,
      initialTerm: { _tag: "UntilDate" as const, end: date("2026-12-31"), citations: [] },
      renewal: { _tag: "CalendarYear" as const, citations: [] },
      notice: {
        customer: { value: { months }, citations: [] },
        supplier: { value: { months }, citations: [] },
      },
      noticeForm: { value: "any" as const, citations: [] },
    });
    const c: Contract = {
      start: date("2026-03-01"),
      duration: dur("two months", 2),
      switches: [
        {
          on: date("2028-10-15"),
          duration: {
            ...dur("one month", 1),
            initialTerm: { _tag: "UntilDate", end: date("2028-12-31"), citations: [] },
          },
        },
      ],
    };
    const d = noticeDeadline({ contract: c, party: "customer" }, date("2028-09-01"));
    expect(d.value).toMatchObject({ deadline: "2028-11-30", endDate: "2028-12-31" });
    expect(d.value?.keptAcrossSwitchOn).toBeUndefined();
  });
  it("a first term whose deadline would be before the year 1 is passed over without a deadline; the next term counts", () => {
    const c: Contract = {
      start: date("0001-01-01"),
      duration: {
        name: "early",
        initialTerm: { _tag: "UntilDate", end: date("0001-03-31"), citations: [] },
        renewal: { _tag: "CalendarYear", citations: [] },
        notice: {
          customer: { value: { months: 6 }, citations: [] },
          supplier: { value: { months: 6 }, citations: [] },
        },
        noticeForm: { value: "any", citations: [] },
      },
      switches: [],
    };
    const d = noticeDeadline({ contract: c, party: "customer" }, date("0001-01-01"));
    expect(d.value).toMatchObject({ deadline: "0001-06-30", endDate: "0001-12-31" });
    expect(stepOf(d, "notice-deadline-passed").inputs).toEqual({
      on: "0001-01-01",
      termEnd: "0001-03-31",
      deadline: null,
    });
  });
  it("a notice after a non-renewing contract has ended has no effect; the step names the day and cites nothing", () => {
    const once = {
      ...signed,
      duration: { ...signed.duration, renewal: { _tag: "None" as const, citations: [] } },
    };
    const r = terminationDate({ contract: once, party: "customer", receivedOn: date("2027-03-01") });
    expect(r.value).toBeUndefined();
    expect(r.because).toHaveLength(1);
    expect(stepOf(r, "contract-already-ended")).toMatchObject({
      inputs: { receivedOn: "2027-03-01" },
      citations: [],
    });
    const n = noticeDeadline({ contract: once, party: "customer" }, date("2026-11-15"));
    expect(stepOf(n, "no-notice-deadline").citations).toEqual([]);
    expect(
      stepOf(
        terminationDate({ contract: once, party: "customer", receivedOn: date("2026-11-15") }),
        "expires-without-renewal",
      ).citations,
    ).toEqual([]);
  });
});
