import * as Result from "effect/Result";
import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BusinessCalendar, formatMinute, hm, opening } from "../src/business-calendar.js";
import * as calendarEntry from "../src/calendar.js";
import * as rootEntry from "../src/index.js";
import { offsetAt } from "../src/instant.js";
import { alwaysOpen, mdoOfficeHours, mdoP1Support, mdoStandby } from "../src/presets/calendars.js";
import * as presetsEntry from "../src/presets/index.js";
import { arbBusinessCalendar, arbDstWeekendInstant, arbInstant } from "../src/testing/calendar.js";

const decodeCalendar = Schema.decodeUnknownResult(BusinessCalendar);
const ok = (u: unknown) => Result.isSuccess(decodeCalendar(u, { errors: "all" }));
const problems = (u: unknown): string => {
  const r = decodeCalendar(u, { errors: "all" });
  return Result.isFailure(r) ? String(r.failure) : "";
};

describe("business calendars are data (BusinessCalendar schema)", () => {
  it("the presets decode, survive a JSON round trip and cite their clauses", () => {
    for (const cal of [mdoOfficeHours, mdoStandby, mdoP1Support, alwaysOpen]) {
      expect(ok(JSON.parse(JSON.stringify(cal)))).toBe(true);
      expect(cal.sources.length).toBeGreaterThan(0);
    }
    expect(mdoOfficeHours.sources.map((s) => `${s.source} ${s.article}`)).toEqual(
      expect.arrayContaining(["MDO-SLA 4.1", "MDO-SLA 2.14", "MDO-SLA 2.35", "MDO-SLA 2.8"]),
    );
    expect(mdoStandby.sources[0]).toMatchObject({ source: "MDO-SLA", article: "4.2" });
    expect(alwaysOpen.sources[0]).toMatchObject({ source: "MDO-SLA", article: "7.2" });
  });

  it("office hours are Mon–Thu 09:00–17:00 and Fri 09:00–15:30 (MDO-SLA §4.1)", () => {
    const w = mdoOfficeHours.weekly;
    expect(w.monday).toEqual([opening("09:00", "17:00")]);
    expect(w.friday).toEqual([{ start: 540, end: 930 }]);
    expect([w.saturday, w.sunday]).toEqual([[], []]);
  });

  it("rejects overlapping intervals on one day, empty intervals, minutes beyond 24:00 and unknown zones", () => {
    const withMonday = (monday: unknown) => ({
      ...mdoOfficeHours,
      weekly: { ...mdoOfficeHours.weekly, monday },
    });
    expect(problems(withMonday([opening("09:00", "12:00"), opening("11:00", "13:00")]))).toMatch(/overlap/);
    expect(ok(withMonday([opening("09:00", "12:00"), opening("12:00", "13:00")]))).toBe(true);
    expect(problems(withMonday([{ start: 600, end: 600 }]))).toMatch(/end after it starts/);
    expect(ok(withMonday([{ start: 600, end: 1441 }]))).toBe(false);
    expect(ok(withMonday([{ start: 600.5, end: 700 }]))).toBe(false);
    expect(problems({ ...mdoOfficeHours, timeZone: "Europe/Amsterdamm" })).toMatch(/unknown time zone/);
    expect(ok({ ...mdoOfficeHours, closedDates: ["2026-02-29"] })).toBe(false);
  });

  it("decoding arbitrary input never throws", () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        expect(() => decodeCalendar(u, { errors: "all" })).not.toThrow();
      }),
    );
  });
});

describe("the testing arbitraries", () => {
  it("arbBusinessCalendar generates valid calendars", () => {
    fc.assert(
      fc.property(arbBusinessCalendar(), (cal) => {
        expect(ok(cal)).toBe(true);
      }),
    );
  });

  it("arbInstant stays in its bounds on whole minutes; arbDstWeekendInstant stays on DST weekends", () => {
    const from = Date.parse("2026-01-01T00:00:00Z");
    const to = Date.parse("2026-02-01T00:00:00Z");
    fc.assert(
      fc.property(arbInstant({ from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z" }), (t) => {
        expect(t >= from && t <= to && t % 60_000 === 0).toBe(true);
      }),
    );
    fc.assert(
      fc.property(arbDstWeekendInstant(), (t) => {
        // Within three days of a DST switch (an offset change between t − 3 d and t + 3 d).
        const day = 86_400_000;
        expect(offsetAt(t - 3 * day)).not.toBe(offsetAt(t + 3 * day));
        const year = new Date(t).getUTCFullYear();
        expect(year >= 2025 && year <= 2030).toBe(true);
      }),
    );
  });
});

describe("wall-clock helpers", () => {
  it("hm and formatMinute convert HH:MM and minutes of the day", () => {
    expect(hm("15:30")).toBe(930);
    expect(hm("24:00")).toBe(1440);
    expect(formatMinute(930)).toBe("15:30");
    expect(() => hm("24:01")).toThrow(RangeError);
    expect(() => hm("9:00")).toThrow(RangeError);
    expect(() => opening("17:00", "09:00")).toThrow(RangeError);
  });
});

describe("the @zorgkit/core/calendar and /presets entries (ADR 0007 §4)", () => {
  const presetNames = [
    "mdoHolidays",
    "termijnenwetHolidays",
    "mdoOfficeHours",
    "mdoStandby",
    "mdoP1Support",
    "alwaysOpen",
  ];

  it("the calendar entry exports the holiday, calendar and working-time logic", () => {
    for (const name of [
      "dutchPublicHolidays",
      "easterSunday",
      "holidaysOf",
      "BusinessCalendar",
      "compileCalendar",
      "isWorkingDay",
      "nextWorkingDay",
      "addWorkingDays",
      "workingDaysBetween",
      "isOpen",
      "nextOpening",
      "addWorkingTime",
      "workingTimeBetween",
      "addMonths",
      "periodAfter",
      "correspondingDate",
      "zonedInstant",
    ]) {
      expect(calendarEntry, name).toHaveProperty(name);
    }
    expect(calendarEntry).not.toHaveProperty("transitionsBetween");
  });

  it("the presets are data in @zorgkit/core/presets, not in the calendar entry or the root", () => {
    for (const name of presetNames) {
      expect(presetsEntry, name).toHaveProperty(name);
      expect(calendarEntry, name).not.toHaveProperty(name);
      expect(rootEntry, name).not.toHaveProperty(name);
    }
    expect(presetsEntry).toHaveProperty("sourceStyles");
  });
});
