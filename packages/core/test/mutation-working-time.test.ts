// Tests that pin down rules of working-time.ts that surviving mutants showed were not asserted
// (issue #17): the edges of the compiled range (ADR 0006 §4: a question outside it throws a
// RangeError saying how to fix the call, never a silent answer) and the compilable years.
// Every calendar and result is computed inside its `it` (per-test coverage).
import { describe, expect, it } from "vitest";
import { date } from "../src/dates.js";
import { instant } from "../src/instant.js";
import { mdoOfficeHours } from "../src/presets/calendars.js";
import {
  addWorkingDays,
  addWorkingTime,
  COMPILABLE_YEARS,
  compileCalendar,
  isWorkingDay,
  nextOpening,
  nextWorkingDay,
  previousWorkingDay,
} from "../src/working-time.js";

const HOUR = 3_600_000;
/** VECOZO's office hours (MDO-SLA §4.1, §2.14) compiled for 2026 only. */
const office2026 = () => compileCalendar(mdoOfficeHours, { from: 2026, to: 2026 });

describe("the years a calendar compiles for: 1970–2199 (COMPILABLE_YEARS)", () => {
  it("2199, the last year the holiday rules are checked for, compiles; 2200 is refused and named", () => {
    expect(COMPILABLE_YEARS.to).toBe(2199);
    const cal = compileCalendar(mdoOfficeHours, { from: 2199, to: 2199 });
    expect(cal.range.to).toBe(2199);
    // 2 January 2199 is a Friday: a Werkdag (MDO-SLA §2.35)
    expect(isWorkingDay(cal, date("2199-01-02"))).toBe(true);
    expect(() => compileCalendar(mdoOfficeHours, { from: 2199, to: 2200 })).toThrow(
      /to must be a year 1970–2199, got 2200$/,
    );
  });

  it("a year before 1970 is refused with the reason (the zone data is not the zone's own history)", () => {
    expect(() => compileCalendar(mdoOfficeHours, { from: 1969, to: 2000 })).toThrow(
      /from must be a year 1970–2199, got 1969: before 1970 the runtime's time-zone data/,
    );
  });

  it("a fractional year gets no before-1970 reason", () => {
    expect(() => compileCalendar(mdoOfficeHours, { from: 1969.5, to: 2000 })).toThrow(
      /from must be a year 1970–2199, got 1969\.5$/,
    );
  });

  it("from after to is refused and named", () => {
    expect(() => compileCalendar(mdoOfficeHours, { from: 2030, to: 2020 })).toThrow(
      /compileCalendar: from \(2030\) is after to \(2020\)/,
    );
  });
});

describe("working days at the edges of the compiled range (MDO-SLA §2.35, §2.8)", () => {
  it("the first and the last day of the range are answered; the days just outside throw", () => {
    const cal = office2026();
    // New Year's Day is a holiday (MDO-SLA §2.8), 31 December 2026 a Thursday with office hours
    expect(isWorkingDay(cal, date("2026-01-01"))).toBe(false);
    expect(isWorkingDay(cal, date("2026-12-31"))).toBe(true);
    expect(() => isWorkingDay(cal, date("2025-12-31"))).toThrow(
      /Date 2025-12-31 is outside the compiled range/,
    );
    expect(() => isWorkingDay(cal, date("2027-01-01"))).toThrow(
      /Date 2027-01-01 is outside the compiled range/,
    );
  });

  it("the first working day of the range is found going back; one further back is outside", () => {
    const cal = office2026();
    // Friday 2 January 2026 is the first Werkdag of 2026 (1 January is New Year's Day)
    expect(addWorkingDays(cal, date("2026-01-05"), -1)).toBe("2026-01-02");
    expect(() => previousWorkingDay(cal, date("2026-01-02"))).toThrow(
      /^1 working day\(s\) before 2026-01-02 falls outside the compiled range/,
    );
    expect(() => addWorkingDays(cal, date("2026-01-05"), -2)).toThrow(
      /^2 working day\(s\) before 2026-01-05 falls outside the compiled range/,
    );
  });

  it("the working day after the last one of the range is outside", () => {
    const cal = office2026();
    expect(addWorkingDays(cal, date("2026-12-30"), 1)).toBe("2026-12-31");
    expect(() => nextWorkingDay(cal, date("2026-12-31"))).toThrow(
      /^1 working day\(s\) after 2026-12-31 falls outside the compiled range/,
    );
  });

  it("a fractional or NaN number of working days is refused and named", () => {
    const cal = office2026();
    expect(() => addWorkingDays(cal, date("2026-06-01"), 1.5)).toThrow(/n must be an integer, got 1.5/);
    expect(() => addWorkingDays(cal, date("2026-06-01"), Number.NaN)).toThrow(
      /n must be an integer, got NaN/,
    );
  });
});

describe("working time at the edges of the compiled range (MDO-SLA §4.1)", () => {
  it("after the last opening of the range there is no next opening in it", () => {
    const cal = office2026();
    // Thursday 31 December 2026 closes at 17:00
    expect(nextOpening(cal, instant("2026-12-31T16:00:00+01:00"))).toBe(instant("2026-12-31T16:00:00+01:00"));
    expect(() => nextOpening(cal, instant("2026-12-31T18:00:00+01:00"))).toThrow(
      /^The next opening after 2026-12-31T18:00:00\+01:00 falls outside the compiled range/,
    );
  });

  it("working time that runs past the range end, or back before its start, is refused with the duration and direction", () => {
    const cal = office2026();
    expect(() => addWorkingTime(cal, instant("2026-12-31T16:00:00+01:00"), 2 * HOUR)).toThrow(
      /^7200000 ms of working time after 2026-12-31T16:00:00\+01:00 falls outside/,
    );
    // Friday 2 January 2026 opens at 09:00: one office hour before 10:00
    expect(addWorkingTime(cal, instant("2026-01-02T10:00:00+01:00"), -HOUR)).toBe(
      instant("2026-01-02T09:00:00+01:00"),
    );
    expect(() => addWorkingTime(cal, instant("2026-01-02T10:00:00+01:00"), -2 * HOUR)).toThrow(
      /^7200000 ms of working time before 2026-01-02T10:00:00\+01:00 falls outside/,
    );
  });
});
