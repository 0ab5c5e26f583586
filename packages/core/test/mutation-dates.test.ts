// Tests that pin down rules of dates.ts that surviving mutants showed were not asserted
// (issue #17): the Gregorian calendar (ADR 0003), the edges of years 0001–9999 (ADR 0006 §4:
// outside them the `tryX` variants give undefined and the others throw a RangeError), the
// period rule at the end of the calendar, and the rendering of lengths. Every result is
// computed inside its `it` (per-test coverage).
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  civilFromDays,
  compareDates,
  correspondingDate,
  date,
  daysInMonth,
  formatLength,
  fromEpochDay,
  isLeapYear,
  isLocalDate,
  localDateProblem,
  toEpochDay,
  tryAddMonths,
  tryCorrespondingDate,
  tryDate,
  tryDateFromParts,
  tryFromEpochDay,
  tryPeriodAfter,
} from "../src/dates.js";

/** Epoch days of 0001-01-01 and 9999-12-31 (proleptic Gregorian; 1970-01-01 is day 0). */
const FIRST_DAY = -719_162;
const LAST_DAY = 2_932_896;

describe("the Gregorian calendar (ADR 0003)", () => {
  it("a century is a leap year only when divisible by 400: 1900 and 2100 are not, 2000 and 2400 are", () => {
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2400)).toBe(true);
    expect(isLeapYear(2028)).toBe(true);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it("April, June, September and November have 30 days; the others 31 (February aside)", () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });

  it("29 February 2000, the last day of a 400-year cycle, is epoch day 11 016 both ways", () => {
    expect(civilFromDays(11_016)).toEqual({ year: 2000, month: 2, day: 29 });
    expect(fromEpochDay(11_016)).toBe("2000-02-29");
    expect(toEpochDay(date("2000-02-29"))).toBe(11_016);
    // 29 February 2400 closes the next cycle
    expect(fromEpochDay(toEpochDay(date("2400-02-29")))).toBe("2400-02-29");
    expect(fromEpochDay(toEpochDay(date("2400-03-01")))).toBe("2400-03-01");
  });
});

describe("what a LocalDate is: YYYY-MM-DD in years 0001–9999", () => {
  it("0001-01-01 and 9999-12-31 are dates; month 00 or 13 and day 30 February are not", () => {
    expect(localDateProblem("0001-01-01")).toBeUndefined();
    expect(localDateProblem("9999-12-31")).toBeUndefined();
    expect(localDateProblem("0000-01-01")).toBe("year 0000 is not a calendar year");
    expect(localDateProblem("2026-13-01")).toBe("month 13 does not exist");
    expect(localDateProblem("2026-00-10")).toBe("month 00 does not exist");
    expect(localDateProblem("2026-02-30")).toBe("day 30 does not exist in 2026-02");
    expect(localDateProblem("2026-04-31")).toBe("day 31 does not exist in 2026-04");
    expect(localDateProblem("2026-04-00")).toBe("day 00 does not exist in 2026-04");
  });

  it("isLocalDate: valid strings only — not an impossible date, not a number, not a String object", () => {
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate(20_260_101)).toBe(false);
    expect(isLocalDate(undefined)).toBe(false);
    expect(isLocalDate(Object("2026-01-01"))).toBe(false);
    expect(isLocalDate({ length: 10, toString: () => "2026-01-01" })).toBe(false);
  });

  it("tryDate gives undefined for a String object (a total variant checks the type itself)", () => {
    expect(tryDate(Object("2026-01-01") as string)).toBeUndefined();
    expect(tryDate("2026-01-01")).toBe("2026-01-01");
  });

  it("tryDateFromParts: the first and the last day of the calendar exist", () => {
    expect(tryDateFromParts(1, 1, 1)).toBe("0001-01-01");
    expect(tryDateFromParts(9999, 12, 31)).toBe("9999-12-31");
    expect(tryDateFromParts(10_000, 1, 1)).toBeUndefined();
    expect(tryDateFromParts(0, 12, 31)).toBeUndefined();
  });
});

describe("epoch days at the ends of years 0001–9999", () => {
  it("the first and the last day convert; one day beyond either end is undefined, and fromEpochDay throws", () => {
    expect(tryFromEpochDay(FIRST_DAY)).toBe("0001-01-01");
    expect(tryFromEpochDay(LAST_DAY)).toBe("9999-12-31");
    expect(tryFromEpochDay(FIRST_DAY - 1)).toBeUndefined();
    expect(tryFromEpochDay(LAST_DAY + 1)).toBeUndefined();
    expect(() => fromEpochDay(LAST_DAY + 1)).toThrow(RangeError);
    expect(() => fromEpochDay(3_000_000)).toThrow(/Epoch day 3000000 is outside the years 0001–9999/);
  });
});

describe("compareDates orders dates chronologically", () => {
  it("is -1, 1 or 0", () => {
    expect(compareDates(date("2026-08-31"), date("2027-03-01"))).toBe(-1);
    expect(compareDates(date("2027-03-01"), date("2026-08-31"))).toBe(1);
    expect(compareDates(date("2026-08-31"), date("2026-08-31"))).toBe(0);
    expect([date("2027-03-01"), date("2026-08-31"), date("2026-09-01")].sort(compareDates)).toEqual([
      "2026-08-31",
      "2026-09-01",
      "2027-03-01",
    ]);
  });
});

describe("adding days and months: integers only, named in the error", () => {
  it("a fractional number of days or months is refused as such", () => {
    expect(() => addDays(date("2026-01-01"), 1.5)).toThrow(/days must be an integer, got 1.5/);
    expect(() => addMonths(date("2026-01-01"), 1.5)).toThrow(/months must be an integer, got 1.5/);
  });

  it("tryAddMonths reaches 0001-01-01 and 9999-12 but not the months beyond", () => {
    expect(tryAddMonths(date("0001-02-01"), -1)).toBe("0001-01-01");
    expect(tryAddMonths(date("0001-01-15"), -1)).toBeUndefined();
    expect(tryAddMonths(date("9999-11-30"), 1)).toBe("9999-12-30");
    expect(tryAddMonths(date("9999-12-01"), 1)).toBeUndefined();
  });
});

describe("corresponding dates and periods at the end of the calendar (HR 1 September 2017, ECLI:NL:HR:2017:2225)", () => {
  it("a month after 31 January 9999 is 28 February 9999; a month after 15 January 0001 is 15 February 0001", () => {
    expect(tryCorrespondingDate(date("9999-01-31"), { months: 1 })).toBe("9999-02-28");
    expect(tryCorrespondingDate(date("0001-01-15"), { months: 1 })).toBe("0001-02-15");
    expect(tryCorrespondingDate(date("0001-02-15"), { months: -1 })).toBe("0001-01-15");
  });

  it("going back (negative counts, as the DateLength TSDoc allows) a month before January 0001 is outside", () => {
    expect(tryCorrespondingDate(date("0001-01-15"), { months: -1 })).toBeUndefined();
  });

  it("a month after 31 December 9999 is outside: undefined, and correspondingDate throws", () => {
    expect(tryCorrespondingDate(date("9999-12-31"), { months: 1 })).toBeUndefined();
    expect(() => correspondingDate(date("9999-12-31"), { months: 1 })).toThrow(
      /9999-12-31 \+ 1 month is outside the years 0001–9999/,
    );
  });

  it("a period whose last day is 31 December 9999 has no first day after it, so it is outside the calendar", () => {
    // the event on 30 December 9999, one day: the period is 31 December 9999, endExclusive would be 10000-01-01
    expect(tryPeriodAfter(date("9999-12-30"), { days: 1 })).toBeUndefined();
    expect(tryPeriodAfter(date("9999-12-29"), { days: 1 })).toEqual({
      start: "9999-12-30",
      endExclusive: "9999-12-31",
      lastDay: "9999-12-30",
    });
  });
});

describe("formatLength renders a length in English or Dutch", () => {
  it("English: units in order, singular for one, joined with 'and'; zero parts left out", () => {
    expect(formatLength({ years: 1, months: 6 })).toBe("1 year and 6 months");
    expect(formatLength({ years: 2, months: 1, weeks: 1, days: 3 })).toBe(
      "2 years and 1 month and 1 week and 3 days",
    );
    expect(formatLength({ months: 18 })).toBe("18 months");
    expect(formatLength({ weeks: 2, days: 1 })).toBe("2 weeks and 1 day");
    expect(formatLength({ months: 0, days: 2 })).toBe("2 days");
    expect(formatLength({ years: 0, months: 0 })).toBe("0 days");
    expect(formatLength({})).toBe("0 days");
  });

  it("Dutch: jaar, maand(en), week/weken, dag(en), joined with 'en'", () => {
    expect(formatLength({ months: 18 }, "nl")).toBe("18 maanden");
    expect(formatLength({ years: 1, months: 1, weeks: 2, days: 1 }, "nl")).toBe(
      "1 jaar en 1 maand en 2 weken en 1 dag",
    );
    expect(formatLength({ years: 3, weeks: 1, days: 5 }, "nl")).toBe("3 jaar en 1 week en 5 dagen");
    expect(formatLength({}, "nl")).toBe("0 dagen");
  });
});
