// Tests that pin down rules of holidays.ts that surviving mutants showed were not asserted
// (issue #17): the history of the monarch's birthday, the first Liberation Day, and the date
// order of the list. Every result is computed inside its `it` (per-test coverage).
import { describe, expect, it } from "vitest";
import { date } from "../src/dates.js";
import { dutchPublicHolidays } from "../src/holidays.js";
import { mdoOfficeHours } from "../src/presets/calendars.js";
import { compileCalendar, holidayOn } from "../src/working-time.js";

const dayOf = (year: number, key: string, options = {}) =>
  dutchPublicHolidays(year, options).find((h) => h.key === key);

describe("the monarch's birthday (MDO-SLA §2.8 national holidays; spec core: King's Day)", () => {
  it("until 1948 Queen's Day is 31 August; from 1949 it is 30 April", () => {
    expect(dayOf(1948, "kingsDay")).toEqual({
      date: "1948-08-31",
      key: "kingsDay",
      name: "Queen's Day",
      nameNl: "Koninginnedag",
    });
    // 30 April 1949 is a Saturday: not moved
    expect(dayOf(1949, "kingsDay")?.date).toBe("1949-04-30");
  });
});

describe("Liberation Day, 5 May (spec core: every year, each fifth year, or never)", () => {
  it("is first a holiday in 1945, the year of the liberation, not in 1944", () => {
    expect(dayOf(1945, "liberationDay")?.date).toBe("1945-05-05");
    expect(dayOf(1945, "liberationDay", { liberationDay: "lustrum" })?.date).toBe("1945-05-05");
    expect(dayOf(1944, "liberationDay")).toBeUndefined();
    expect(dayOf(1940, "liberationDay", { liberationDay: "lustrum" })).toBeUndefined();
  });
});

describe("the holidays of a year are listed in date order", () => {
  it("2008: Ascension Day (1 May) comes before Liberation Day (5 May)", () => {
    const dates = dutchPublicHolidays(2008).map((h) => h.date);
    expect(dates).toEqual([
      "2008-01-01",
      "2008-03-23",
      "2008-03-24",
      "2008-04-30",
      "2008-05-01",
      "2008-05-05",
      "2008-05-11",
      "2008-05-12",
      "2008-12-25",
      "2008-12-26",
    ]);
  });

  it("two holidays on one day keep the documented order, Liberation Day before Ascension Day (5 May 2016; this library's reading — no source orders them), so holidayOn names Liberation Day", () => {
    const may5 = dutchPublicHolidays(2016).filter((h) => h.date === "2016-05-05");
    expect(may5.map((h) => h.key)).toEqual(["liberationDay", "ascension"]);
    const office = compileCalendar(mdoOfficeHours, { from: 2016, to: 2016 });
    expect(holidayOn(office, date("2016-05-05"))?.key).toBe("liberationDay");
  });
});
