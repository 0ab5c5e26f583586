import { describe, expect, it } from "vitest";
import type { BusinessCalendar } from "../src/business-calendar.js";
import { date, type LocalDate } from "../src/dates.js";
import { formatInstant, instant, zonedInstant } from "../src/instant.js";
import { alwaysOpen, mdoOfficeHours, mdoP1Support, mdoStandby } from "../src/presets/calendars.js";
import { mdoHolidays } from "../src/presets/holidays.js";
import {
  addWorkingDays,
  addWorkingTime,
  compileCalendar,
  holidayOn,
  isOpen,
  isWorkingDay,
  nextOpening,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
  workingTimeBetween,
} from "../src/working-time.js";

const HOUR = 3_600_000;
const MINUTE = 60_000;
const office = compileCalendar(mdoOfficeHours, { from: 2024, to: 2036 });
const p1 = compileCalendar(mdoP1Support, { from: 2024, to: 2036 });
const standby = compileCalendar(mdoStandby, { from: 2024, to: 2036 });
const always = compileCalendar(alwaysOpen, { from: 2024, to: 2036 });
const local = (t: number) => formatInstant(t);

describe("office hours (MDO-SLA §4.1, §2.14)", () => {
  it("Friday 15:00 + 1 office hour is Monday 09:30 (Friday closes at 15:30)", () => {
    expect(local(addWorkingTime(office, instant("2026-11-27T15:00:00+01:00"), HOUR))).toBe(
      "2026-11-30T09:30:00+01:00",
    );
  });

  it("the Friday before Whit Monday: Fri 22 May 2026 15:00 + 1 h is Tue 26 May 09:30", () => {
    expect(local(addWorkingTime(office, instant("2026-05-22T15:00:00+02:00"), HOUR))).toBe(
      "2026-05-26T09:30:00+02:00",
    );
  });

  it("a duration that runs out exactly at closing time ends at the closing time, not at the next opening", () => {
    expect(local(addWorkingTime(office, instant("2026-11-27T15:00:00+01:00"), 30 * MINUTE))).toBe(
      "2026-11-27T15:30:00+01:00",
    );
  });

  it("time before the next opening does not count: Saturday 12:00 + 1 h is Monday 10:00", () => {
    expect(local(addWorkingTime(office, instant("2026-11-28T12:00:00+01:00"), HOUR))).toBe(
      "2026-11-30T10:00:00+01:00",
    );
  });

  it("adding zero working time returns the instant itself, even when closed", () => {
    const sat = instant("2026-11-28T12:00:00+01:00");
    expect(addWorkingTime(office, sat, 0)).toBe(sat);
  });

  it("subtracting working time: Monday 09:30 − 1 h is Friday 15:00; Monday 10:00 − 1 h is Monday 09:00", () => {
    expect(local(addWorkingTime(office, instant("2026-11-30T09:30:00+01:00"), -HOUR))).toBe(
      "2026-11-27T15:00:00+01:00",
    );
    expect(local(addWorkingTime(office, instant("2026-11-30T10:00:00+01:00"), -HOUR))).toBe(
      "2026-11-30T09:00:00+01:00",
    );
  });

  it("a full office week has 38.5 hours (4 × 8 + 6.5)", () => {
    const mon = instant("2026-11-23T00:00:00+01:00");
    const nextMon = instant("2026-11-30T00:00:00+01:00");
    expect(workingTimeBetween(office, mon, nextMon)).toBe(38.5 * HOUR);
    expect(workingTimeBetween(office, nextMon, mon)).toBe(-38.5 * HOUR);
  });

  it("is open on Friday at 15:29:59.999 and closed at 15:30; the next opening is Monday 09:00", () => {
    expect(isOpen(office, instant("2026-11-27T15:29:59.999+01:00"))).toBe(true);
    expect(isOpen(office, instant("2026-11-27T15:30:00+01:00"))).toBe(false);
    expect(local(nextOpening(office, instant("2026-11-27T15:30:00+01:00")))).toBe(
      "2026-11-30T09:00:00+01:00",
    );
    const open = instant("2026-11-27T10:00:00+01:00");
    expect(nextOpening(office, open)).toBe(open);
  });
});

describe("working days (werkdag, MDO-SLA §2.35) and holidays (MDO-SLA §2.8)", () => {
  it("Whit Monday 25 May 2026 is a holiday and not a working day", () => {
    expect(isWorkingDay(office, date("2026-05-25"))).toBe(false);
    expect(holidayOn(office, date("2026-05-25"))).toMatchObject({
      key: "whitMonday",
      nameNl: "Tweede Pinksterdag",
    });
    expect(nextWorkingDay(office, date("2026-05-22"))).toBe("2026-05-26");
    expect(previousWorkingDay(office, date("2026-05-26"))).toBe("2026-05-22");
  });

  it("King's Day on a Sunday: Saturday 26 April 2025 is the holiday; Monday 28 April 2025 is a working day", () => {
    expect(holidayOn(office, date("2025-04-26"))?.key).toBe("kingsDay");
    expect(holidayOn(office, date("2025-04-27"))).toBeUndefined();
    expect(isWorkingDay(office, date("2025-04-28"))).toBe(true);
  });

  it("Easter 2026: Good Friday 3 April is a working day in the MDO reading, Easter Monday 6 April is not", () => {
    expect(isWorkingDay(office, date("2026-04-03"))).toBe(true);
    expect(isWorkingDay(office, date("2026-04-06"))).toBe(false);
    expect(nextWorkingDay(office, date("2026-04-03"))).toBe("2026-04-07");
  });

  it("with Good Friday as a holiday, Thursday 2 April 2026 + 1 working day is Tuesday 7 April", () => {
    const withGoodFriday: BusinessCalendar = {
      ...mdoOfficeHours,
      holidays: { ...mdoHolidays, goodFriday: true },
    };
    const c = compileCalendar(withGoodFriday, { from: 2026, to: 2026 });
    expect(addWorkingDays(c, date("2026-04-02"), 1)).toBe("2026-04-07");
    expect(addWorkingDays(office, date("2026-04-02"), 1)).toBe("2026-04-03");
  });

  it("Liberation Day 5 May is closed every year in the MDO preset (Tuesday 5 May 2026)", () => {
    expect(isWorkingDay(office, date("2026-05-05"))).toBe(false);
    expect(isWorkingDay(office, date("2027-05-05"))).toBe(false);
  });

  it("addWorkingDays with n = 0 returns the date itself, also on a Sunday", () => {
    expect(addWorkingDays(office, date("2026-11-29"), 0)).toBe("2026-11-29");
  });

  it("workingDaysBetween counts (a, b] forwards and [b, a) backwards", () => {
    // Fri 22 May → Tue 26 May 2026: only Tue 26 in (a, b].
    expect(workingDaysBetween(office, date("2026-05-22"), date("2026-05-26"))).toBe(1);
    // Backwards: [Fri 22, Tue 26) holds Fri 22 only.
    expect(workingDaysBetween(office, date("2026-05-26"), date("2026-05-22"))).toBe(-1);
    // 261 weekdays in 2026 minus 7 holidays on weekdays (1 Jan, 6 Apr, 27 Apr, 5 May, 14 May, 25 May, 25 Dec).
    expect(workingDaysBetween(office, date("2026-01-01"), date("2027-01-01"))).toBe(254);
  });

  it("ten working days after Monday 2 March 2026 is Monday 16 March (maintenance notice example)", () => {
    expect(addWorkingDays(office, date("2026-03-02"), 10)).toBe("2026-03-16");
  });

  it("closing dates and extra openings are honoured", () => {
    const cal: BusinessCalendar = {
      ...mdoOfficeHours,
      closedDates: [date("2026-12-24")],
      extraOpenings: [{ date: date("2026-12-26"), start: 600, end: 720 }],
    };
    const c = compileCalendar(cal, { from: 2026, to: 2027 });
    expect(isWorkingDay(c, date("2026-12-24"))).toBe(false);
    expect(isWorkingDay(c, date("2026-12-26"))).toBe(true); // Boxing Day, but extra opening hours
    expect(
      workingTimeBetween(c, instant("2026-12-26T00:00:00+01:00"), instant("2026-12-27T00:00:00+01:00")),
    ).toBe(2 * HOUR);
  });
});

describe("standby and P1 support (MDO-SLA §4.2)", () => {
  it("P1 support is the union of office hours and standby", () => {
    const from = instant("2026-01-01T00:00:00+01:00");
    const to = instant("2027-01-01T00:00:00+01:00");
    expect(workingTimeBetween(p1, from, to)).toBe(
      workingTimeBetween(office, from, to) + workingTimeBetween(standby, from, to),
    );
    for (let t = from; t < to; t = (t + 7 * MINUTE * 61) as typeof t) {
      expect(isOpen(p1, t)).toBe(isOpen(office, t) || isOpen(standby, t));
    }
  });

  it("a P1 reported Friday 6 March 2026 17:00 is due 24 h later on Wednesday 11 March 08:00 (P1 support)", () => {
    expect(local(addWorkingTime(p1, instant("2026-03-06T17:00:00+01:00"), 24 * HOUR))).toBe(
      "2026-03-11T08:00:00+01:00",
    );
  });

  it("…and Saturday 7 March 17:00 on the 24 × 7 clock (MDO-SLA §7.2)", () => {
    expect(local(addWorkingTime(always, instant("2026-03-06T17:00:00+01:00"), 24 * HOUR))).toBe(
      "2026-03-07T17:00:00+01:00",
    );
  });

  it("standby is not reachable on weekends and holidays", () => {
    expect(isOpen(standby, instant("2026-11-28T08:00:00+01:00"))).toBe(false);
    expect(isOpen(standby, instant("2026-12-25T08:00:00+01:00"))).toBe(false);
    expect(isOpen(standby, instant("2026-11-27T16:00:00+01:00"))).toBe(true);
  });
});

describe("daylight saving time", () => {
  const monthMinutes = (y: number, m: number) => {
    const first = `${y}-${String(m).padStart(2, "0")}-01` as LocalDate;
    const next = (m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`) as LocalDate;
    return workingTimeBetween(always, zonedInstant(first, 0), zonedInstant(next, 0)) / MINUTE;
  };

  it("24 × 7: March 2026 has 44 580 open minutes and October 2026 has 44 700", () => {
    expect(monthMinutes(2026, 3)).toBe(44_580);
    expect(monthMinutes(2026, 10)).toBe(44_700);
    expect(monthMinutes(2026, 11)).toBe(43_200);
  });

  it("24 × 7: the spring switch day has 23 hours, the autumn one 25", () => {
    const day = (d: string, e: string) =>
      workingTimeBetween(always, zonedInstant(date(d), 0), zonedInstant(date(e), 0)) / HOUR;
    expect(day("2026-03-29", "2026-03-30")).toBe(23);
    expect(day("2026-10-25", "2026-10-26")).toBe(25);
  });

  it("24 × 7: 1 hour after 01:30 on the spring switch night is 03:30 CEST", () => {
    expect(local(addWorkingTime(always, instant("2026-03-29T01:30:00+01:00"), HOUR))).toBe(
      "2026-03-29T03:30:00+02:00",
    );
  });

  it("office hours keep 09:00 local time across the switch (Monday 30 March 2026 opens 07:00 UTC)", () => {
    expect(nextOpening(office, instant("2026-03-28T12:00:00Z"))).toBe(instant("2026-03-30T07:00:00Z"));
    expect(nextOpening(office, instant("2026-03-27T16:00:00Z"))).toBe(instant("2026-03-30T07:00:00Z"));
  });

  it("an opening 02:30–04:00 is open 60 minutes on the spring switch day and 150 on the autumn one", () => {
    // Spring: it opens when the clock jumps from 02:00 to 03:00. Autumn: it opens at the first
    // 02:30 and stays open through the repeated hour until 04:00.
    const night: BusinessCalendar = {
      ...alwaysOpen,
      name: "night",
      weekly: { ...alwaysOpen.weekly, sunday: [{ start: 150, end: 240 }] },
    };
    const c = compileCalendar(night, { from: 2026, to: 2026 });
    const sunday = (d: string) =>
      workingTimeBetween(c, zonedInstant(date(d), 0), zonedInstant(date(d), 1440)) / MINUTE;
    expect(sunday("2026-03-29")).toBe(60);
    expect(sunday("2026-10-25")).toBe(150);
    expect(sunday("2026-11-01")).toBe(90);
    expect(isOpen(c, instant("2026-10-25T02:15:00+01:00"))).toBe(true); // the second 02:15
    expect(local(nextOpening(c, instant("2026-03-29T01:59:00+01:00")))).toBe("2026-03-29T03:00:00+02:00");
  });

  it("an opening 00:00–02:30 closes at the first 02:30 on the autumn switch day (150 minutes)", () => {
    const late: BusinessCalendar = {
      ...alwaysOpen,
      name: "late",
      weekly: { ...alwaysOpen.weekly, sunday: [{ start: 0, end: 150 }] },
    };
    const c = compileCalendar(late, { from: 2026, to: 2026 });
    expect(
      workingTimeBetween(c, zonedInstant(date("2026-10-25"), 0), zonedInstant(date("2026-10-25"), 1440)) /
        MINUTE,
    ).toBe(150);
    expect(isOpen(c, instant("2026-10-25T02:15:00+01:00"))).toBe(false);
    expect(isOpen(c, instant("2026-10-25T02:15:00+02:00"))).toBe(true);
  });
});

describe("the compiled range is never silently clipped", () => {
  it("an instant outside the range throws a RangeError naming the range and how to widen it", () => {
    expect(() => isOpen(office, instant("2037-01-01T10:00:00+01:00"))).toThrow(RangeError);
    expect(() => isOpen(office, instant("2037-01-01T10:00:00+01:00"))).toThrow(
      /compiled for 2024–2036.*compileCalendar\(calendar, \{ from, to \}\)/,
    );
    expect(() =>
      workingTimeBetween(office, instant("2023-12-31T10:00:00+01:00"), instant("2024-01-02T10:00:00+01:00")),
    ).toThrow(RangeError);
  });

  it("an answer beyond the range throws too", () => {
    expect(() => addWorkingTime(office, instant("2036-12-31T10:00:00+01:00"), 100 * HOUR)).toThrow(
      /compiled range/,
    );
    expect(() => addWorkingDays(office, date("2036-12-30"), 5)).toThrow(/compiled range/);
    expect(() => addWorkingDays(office, date("2024-01-03"), -5)).toThrow(/compiled range/);
    expect(() => isWorkingDay(office, date("2040-01-02"))).toThrow(
      /2040-01-02 is outside the compiled range/,
    );
  });

  it("a calendar can be compiled for 1900–2199 only, and from ≤ to", () => {
    expect(() => compileCalendar(mdoOfficeHours, { from: 1899 })).toThrow(RangeError);
    expect(() => compileCalendar(mdoOfficeHours, { from: 2030, to: 2020 })).toThrow(RangeError);
  });

  it("the default range is 1970–2100", () => {
    const c = compileCalendar(mdoOfficeHours);
    expect([c.range.from, c.range.to]).toEqual([1970, 2100]);
    expect(isWorkingDay(c, date("2100-12-31"))).toBe(true);
  });

  it("non-integer durations are rejected", () => {
    expect(() => addWorkingTime(office, instant("2026-01-05T10:00:00+01:00"), 0.5)).toThrow(RangeError);
  });
});
