// Tests that kill surviving mutants of src/maintenance.ts (issue #17, docs/quality.md): each pins
// down a rule of the maintenance clauses (MDO-SLA §7.1 regular and unplanned maintenance, §7.2
// item 1 the 10-working-day notice, on the office hours of §4.1, §2.14, §2.35) or what its
// explanation step records — the inputs, the output, the clauses and the figures it states. Dates
// are worked out by hand on the MDO office hours (Monday–Thursday 09:00–17:00, Friday 09:00–15:30).
// Every result is computed inside its `it` (perTest coverage).
import type { Citation, Explained, Step } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { decodeMaintenanceAnnouncement } from "../src/decode.js";
import { layoutOf } from "../src/internal/compiled.js";
import {
  type MaintenanceOverview,
  maintenanceNotice,
  regularMaintenanceCheck,
  windowFindings,
} from "../src/maintenance.js";
import { at, local, sla } from "./helpers.js";

const window = (start: string, end: string) => ({ start: at(start), end: at(end) });
const overview = (publishedAt: string, ...windows: Array<ReturnType<typeof window>>): MaintenanceOverview =>
  ({ publishedAt: at(publishedAt), windows }) as MaintenanceOverview;
/** The finding for the one window of an overview. */
const onlyWindow = (publishedAt: string, start: string, end: string) =>
  regularMaintenanceCheck(overview(publishedAt, window(start, end)), sla).value[0];
const stepOf = (e: Explained<unknown>, rule: string): Step => {
  const s = e.because.find((x) => x.rule === rule);
  if (s === undefined) throw new Error(`no step ${rule} in ${e.because.map((x) => x.rule).join(", ")}`);
  return s;
};
const articles = (cs: ReadonlyArray<Citation>): Array<string> => cs.map((c) => `${c.source} ${c.article}`);
const noticeClauses = ["MDO-SLA 7.1", "MDO-SLA 7.2 item 1"];
/** Published Monday 2 March 2026 10:00: 10 working days later is Monday 16 March 2026, close 17:00. */
const march2 = "2026-03-02T10:00:00+01:00";

describe("an announcement of maintenance is decoded (MDO-SLA §7.1, §7.2 item 1)", () => {
  it("work affecting availability, announced Monday 2 March 2026 for Monday 16 March 17:00 without an exception, is a valid announcement (§7.2 item 1)", () => {
    const r = decodeMaintenanceAnnouncement({
      announcedAt: march2,
      startsAt: "2026-03-16T17:00:00+01:00",
      kind: "affects-availability",
    });
    expect(r.ok).toBe(true);
  });
  it("unplanned maintenance for a security incident may start the moment it is announced: the exception applies to unplanned maintenance (§7.1)", () => {
    const r = decodeMaintenanceAnnouncement({
      announcedAt: "2026-03-02T10:00:00+01:00",
      startsAt: "2026-03-02T10:00:00+01:00",
      kind: "unplanned",
      exception: "security-incident",
    });
    expect(r.ok).toBe(true);
  });
  it("an exception on work affecting availability is refused: §7.2 item 1 has none ('In beide situaties')", () => {
    const r = decodeMaintenanceAnnouncement({
      announcedAt: march2,
      startsAt: "2026-03-16T17:00:00+01:00",
      kind: "affects-availability",
      exception: "urgent-change",
    });
    expect(r.ok).toBe(false);
  });
});

describe("the notice of maintenance: 10 working days, or none for a security incident or urgent change (MDO-SLA §7.1, §7.2 item 1)", () => {
  it("unplanned maintenance for a security incident is exempt; its step records the exception, the output true and cites §7.1 and §7.2 item 1", () => {
    const r = maintenanceNotice(
      { announcedAt: at(march2), startsAt: at(march2), kind: "unplanned", exception: "security-incident" },
      sla,
    );
    expect(r.value).toStrictEqual({ inTime: true, exempt: true });
    expect(r.because).toHaveLength(1);
    const s = stepOf(r, "maintenance-notice-exempt");
    expect(s.inputs).toStrictEqual({ exception: "security-incident" });
    expect(s.output).toBe(true);
    expect(articles(s.citations)).toEqual(noticeClauses);
  });
  it("unplanned maintenance without an exception needs the 10 working days: announced Monday 2 March 2026, a start on Saturday 14 March is late (§7.1)", () => {
    const r = maintenanceNotice(
      { announcedAt: at(march2), startsAt: at("2026-03-14T22:00:00+01:00"), kind: "unplanned" },
      sla,
    );
    expect(r.value.exempt).toBe(false);
    expect(r.value.inTime).toBe(false);
    expect(local(r.value.earliestStart)).toBe("2026-03-16T17:00:00+01:00");
  });
  it("work affecting availability announced Monday 2 March 2026 10:00 may start Monday 16 March 17:00; a start on Saturday 14 March 22:00 is late, not exempt, and the step records its inputs and clauses (§7.2 item 1)", () => {
    const r = maintenanceNotice(
      { announcedAt: at(march2), startsAt: at("2026-03-14T22:00:00+01:00"), kind: "affects-availability" },
      sla,
    );
    expect(r.value).toStrictEqual({
      inTime: false,
      earliestStart: at("2026-03-16T17:00:00+01:00"),
      exempt: false,
    });
    expect(r.because).toHaveLength(1);
    const s = stepOf(r, "maintenance-notice");
    expect(s.inputs).toStrictEqual({
      announcedAt: "2026-03-02T10:00:00+01:00",
      startsAt: "2026-03-14T22:00:00+01:00",
      workingDays: 10,
      kind: "affects-availability",
    });
    expect(s.output).toBe(false);
    expect(articles(s.citations)).toEqual(noticeClauses);
  });
});

describe("the windows of the yearly overview of regular maintenance (MDO-SLA §7.1, §7.2 item 1)", () => {
  it("a window starting exactly 10 working days after the overview's publication (Monday 16 March 2026 17:00, published Monday 2 March 10:00) was published in time (§7.2 item 1 'uiterlijk 10 Werkdagen')", () => {
    const f = onlyWindow(march2, "2026-03-16T17:00:00+01:00", "2026-03-16T23:00:00+01:00");
    expect(f?.publishedInTime).toBe(true);
    expect(f?.valid).toBe(true);
  });
  it("a window from Monday 06:00 to 10:00 overlaps office hours (09:00–10:00) although it starts before they open: not a regular window (§7.1 'buiten Kantoortijden')", () => {
    const f = onlyWindow(
      "2025-12-01T10:00:00+01:00",
      "2026-03-23T06:00:00+01:00",
      "2026-03-23T10:00:00+01:00",
    );
    expect(f?.duringOfficeHours).toBe(true);
    expect(f?.valid).toBe(false);
  });
  it.each([
    ["02:00–06:00 is finished before 08:00", "02:00", "06:00"],
    [
      "02:00–08:00 ([start, end), its last minute 07:59) is finished by 08:00 (this library's reading of 'gereed vóór 08:00')",
      "02:00",
      "08:00",
    ],
    ["18:00–23:00 runs from 18:00 on (this library's reading of 'uitvoeren ná 18:00')", "18:00", "23:00"],
  ])("a window Saturday 4 April 2026 %s: within the preferred times (§7.1, footnote 1)", (_, from, to) => {
    const f = onlyWindow(
      "2025-12-01T10:00:00+01:00",
      `2026-04-04T${from}:00+02:00`,
      `2026-04-04T${to}:00+02:00`,
    );
    expect(f?.outsidePreferredTimes).toBe(false);
  });
  it("a window from Saturday 4 April 2026 16:00 to Sunday 07:00 is outside the preferred times: it starts before 18:00 and 'gereed vóór 08:00' is read as work in the early hours of one day, not any window ending before 08:00 (§7.1, footnote 1; this library's reading, the guide)", () => {
    const f = onlyWindow(
      "2025-12-01T10:00:00+01:00",
      "2026-04-04T16:00:00+02:00",
      "2026-04-05T07:00:00+02:00",
    );
    expect(f?.outsidePreferredTimes).toBe(true);
    const sameNight = onlyWindow(
      "2025-12-01T10:00:00+01:00",
      "2026-04-05T01:00:00+02:00",
      "2026-04-05T07:00:00+02:00",
    );
    expect(sameNight?.outsidePreferredTimes).toBe(false);
  });
  it("windows on the local dates Saturday 4 and Saturday 18 April 2026 (22:00 and 00:30, less than 14 × 24 hours apart) are two weeks apart: the second is not too frequent (§7.1 '1 x per 2 weken')", () => {
    const r = regularMaintenanceCheck(
      overview(
        "2025-12-01T10:00:00+01:00",
        window("2026-04-04T22:00:00+02:00", "2026-04-04T23:30:00+02:00"),
        window("2026-04-18T00:30:00+02:00", "2026-04-18T05:00:00+02:00"),
      ),
      sla,
    ).value;
    expect(r.map((f) => f.tooFrequent)).toEqual([false, false]);
    expect(r.map((f) => f.valid)).toEqual([true, true]);
  });
  it("a window wholly inside office hours (Tuesday 7 April 2026 10:00–12:00, §7.1 variant 1) three days after a night window is not too frequent: it is no moment outside office hours (§7.1 '1 x per 2 weken')", () => {
    const r = regularMaintenanceCheck(
      overview(
        "2025-12-01T10:00:00+01:00",
        window("2026-04-04T22:00:00+02:00", "2026-04-05T06:00:00+02:00"),
        window("2026-04-07T10:00:00+02:00", "2026-04-07T12:00:00+02:00"),
      ),
      sla,
    ).value;
    expect(r.map((f) => [f.duringOfficeHours, f.tooFrequent])).toEqual([
      [false, false],
      [true, false],
    ]);
  });
  it("touching windows from two overviews are one window known from the later publication: Saturday 4 April 2026 22:00–24:00 published Thursday 2 April is late, so the whole night to Sunday 06:00 is not published in time (§7.2 item 1; this library's reading)", () => {
    const early = overview(march2, window("2026-04-05T00:00:00+02:00", "2026-04-05T06:00:00+02:00"));
    const late = overview(
      "2026-04-02T10:00:00+02:00",
      window("2026-04-04T22:00:00+02:00", "2026-04-05T00:00:00+02:00"),
    );
    const r = windowFindings(layoutOf(sla), [early, late]);
    expect(r).toHaveLength(1);
    expect(local(r[0]?.window.start)).toBe("2026-04-04T22:00:00+02:00");
    expect(local(r[0]?.window.end)).toBe("2026-04-05T06:00:00+02:00");
    expect(r[0]?.publishedInTime).toBe(false);
    expect(r[0]?.valid).toBe(false);
  });
  it("the overview's step counts the windows during office hours, too frequent and published late, the valid ones, cites §7.1 and §7.2 item 1, and its sentences state 1 of 4", () => {
    // Published Monday 2 March 2026 10:00, so windows from Monday 16 March 17:00 are in time.
    const r = regularMaintenanceCheck(
      overview(
        march2,
        window("2026-03-14T22:00:00+01:00", "2026-03-15T06:00:00+01:00"), // published late
        window("2026-03-21T22:00:00+01:00", "2026-03-22T06:00:00+01:00"), // 7 days after the last: too frequent
        window("2026-03-24T10:00:00+01:00", "2026-03-24T11:00:00+01:00"), // during office hours
        window("2026-04-11T22:00:00+02:00", "2026-04-12T06:00:00+02:00"), // valid: 21 days after 21 March
      ),
      sla,
    );
    expect(r.value.map((f) => f.valid)).toEqual([false, false, false, true]);
    expect(r.because).toHaveLength(1);
    const s = stepOf(r, "regular-maintenance");
    expect(s.inputs).toStrictEqual({ windows: 4, duringOfficeHours: 1, tooFrequent: 1, publishedLate: 1 });
    expect(s.output).toBe(1);
    expect(articles(s.citations)).toEqual(["MDO-SLA 7.1", ...noticeClauses]);
    expect(s.en).toContain(": 1 of 4 windows qualify.");
    expect(s.nl).toContain(": 1 van 4 vensters voldoen.");
  });
});
