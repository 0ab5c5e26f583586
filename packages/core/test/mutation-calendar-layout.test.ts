// Tests that pin down rules of internal/calendar-layout.ts that surviving mutants showed were not
// asserted (issue #17), through the public working-time queries: extra opening hours are added to
// the weekly hours of their date (business-calendar.ts: "extra opening hours on a date, on top of
// the weekly hours"), a wall-clock opening that falls wholly in the spring DST gap gives no opening
// time, so it does not make a working day (werkdag = a day with opening time, MDO-SLA §2.35), and
// the last hours of a compiled range are looked up like any other. Every calendar and result is
// computed inside its `it`, each calendar a fresh object (compiled calendars may be cached).
import { describe, expect, it } from "vitest";
import type { BusinessCalendar, OpeningInterval } from "../src/business-calendar.js";
import { opening } from "../src/business-calendar.js";
import { date } from "../src/dates.js";
import { instant } from "../src/instant.js";
import { mdoOfficeHours } from "../src/presets/calendars.js";
import { compileCalendar, isOpen, isWorkingDay, workingTimeBetween } from "../src/working-time.js";

const HOUR = 3_600_000;

describe("extra opening hours on top of the weekly hours", () => {
  it("office hours 09:00–17:00 on Monday 5 Jan 2026 plus extra hours 10:00–12:00 stay open until 17:00 (MDO-SLA §2.14)", () => {
    const cal = compileCalendar(
      {
        ...mdoOfficeHours,
        name: "office + extra",
        extraOpenings: [{ date: date("2026-01-05"), start: 600, end: 720 }],
      },
      { from: 2026, to: 2026 },
    );
    expect(isOpen(cal, instant("2026-01-05T15:00:00+01:00"))).toBe(true);
    expect(
      workingTimeBetween(cal, instant("2026-01-05T00:00:00+01:00"), instant("2026-01-06T00:00:00+01:00")),
    ).toBe(8 * HOUR);
  });
});

describe("an opening in the spring DST gap (29 March 2026, 02:00 → 03:00 in Amsterdam)", () => {
  it("extra hours 02:00–02:30 on Sunday 29 March 2026 never occur, so that Sunday is no working day (MDO-SLA §2.35)", () => {
    const cal = compileCalendar(
      { ...mdoOfficeHours, name: "gap", extraOpenings: [{ date: date("2026-03-29"), start: 120, end: 150 }] },
      { from: 2026, to: 2026 },
    );
    expect(isWorkingDay(cal, date("2026-03-29"))).toBe(false);
    expect(isWorkingDay(cal, date("2026-03-30"))).toBe(true);
    expect(isOpen(cal, instant("2026-03-29T03:00:00+02:00"))).toBe(false);
  });
});

describe("the last hours of a compiled range", () => {
  it("a calendar open 15 minutes in every 30, compiled for 1970, counts 1 h of opening time from 22:00 to 23:59 on 31 Dec 1970", () => {
    // 48 short openings a day (17 520 in the year) make the index buckets narrow, so the last
    // hour of the range lies in buckets of its own
    const quarters: Array<OpeningInterval> = [];
    const hhmm = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
    for (let m = 0; m < 24 * 60; m += 30) quarters.push(opening(hhmm(m), hhmm(m + 15)));
    const cal: BusinessCalendar = {
      ...mdoOfficeHours,
      name: "every other quarter",
      weekly: {
        monday: quarters,
        tuesday: quarters,
        wednesday: quarters,
        thursday: quarters,
        friday: quarters,
        saturday: quarters,
        sunday: quarters,
      },
      holidays: { days: [], liberationDay: "never", goodFriday: false, sources: [] },
    };
    const compiled = compileCalendar(cal, { from: 1970, to: 1970 });
    // 1970: no DST in the Netherlands, +01:00 all year; open 22:00, 22:30, 23:00 and 23:30, 15 min each
    expect(
      workingTimeBetween(
        compiled,
        instant("1970-12-31T22:00:00+01:00"),
        instant("1970-12-31T23:59:00+01:00"),
      ),
    ).toBe(HOUR);
    expect(isOpen(compiled, instant("1970-12-31T23:40:00+01:00"))).toBe(true);
    expect(isOpen(compiled, instant("1970-12-31T23:50:00+01:00"))).toBe(false);
  });
});
