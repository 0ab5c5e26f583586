// Tests that pin down rules of business-calendar.ts that surviving mutants showed were not
// asserted (issue #17): opening intervals are [start, end) with start < end, a weekday's
// intervals may be listed in any order but must not overlap, and "HH:MM" means 00:00–24:00.
// Every result is computed inside its `it` (per-test coverage).
import { describe, expect, it } from "vitest";
import { DayHours, ExtraOpening, formatMinute, hm, opening } from "../src/business-calendar.js";
import { decode } from "../src/decode.js";

describe("a weekday's opening intervals (MDO-SLA §4.1, §4.2: several windows a day)", () => {
  it("two windows listed afternoon first are valid: the order of the list does not matter", () => {
    const r = decode(DayHours)([
      { start: 1020, end: 1080 },
      { start: 420, end: 540 },
    ]);
    expect(r.ok).toBe(true);
  });

  it("three windows in any order, touching but not overlapping, are valid", () => {
    const r = decode(DayHours)([
      { start: 930, end: 1080 },
      { start: 420, end: 540 },
      { start: 540, end: 930 },
    ]);
    expect(r.ok).toBe(true);
  });

  it("windows that overlap are refused whatever their order", () => {
    const r = decode(DayHours)([
      { start: 1020, end: 1080 },
      { start: 420, end: 540 },
      { start: 500, end: 600 },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/opening intervals overlap: 07:00–09:00 and 08:20–10:00/);
  });
});

describe("extra opening hours on a date are [start, end) with start before end", () => {
  it("an extra opening that ends when it starts is refused; one of a minute is valid", () => {
    expect(decode(ExtraOpening)({ date: "2026-12-24", start: 540, end: 540 }).ok).toBe(false);
    expect(decode(ExtraOpening)({ date: "2026-12-24", start: 600, end: 540 }).ok).toBe(false);
    expect(decode(ExtraOpening)({ date: "2026-12-24", start: 540, end: 541 }).ok).toBe(true);
  });
});

describe('wall-clock times "HH:MM" from 00:00 to 24:00', () => {
  it("00:00, 00:30, 23:59 and 24:00 are minutes 0, 30, 1439 and 1440", () => {
    expect(hm("00:00")).toBe(0);
    expect(hm("00:30")).toBe(30);
    expect(hm("23:59")).toBe(1439);
    expect(hm("24:00")).toBe(1440);
  });

  it.each([
    ["24:01", "past the end of the day"],
    ["25:00", "hour 25"],
    ["09:60", "minute 60"],
    ["09:75", "minute 75"],
    ["109:00", "extra text before"],
    ["09:001", "extra text after"],
    ["9:00", "one-digit hour"],
  ])("%s is refused (%s)", (time) => {
    expect(() => hm(time)).toThrow(RangeError);
  });

  it("an opening must end after it starts: 09:00–09:00 is refused, 09:00–09:01 is one minute", () => {
    expect(() => opening("09:00", "09:00")).toThrow(/must end after it starts/);
    expect(opening("09:00", "09:01")).toEqual({ start: 540, end: 541 });
  });

  it("formatMinute pads hours and minutes below 10 with a zero, and only those", () => {
    expect(formatMinute(0)).toBe("00:00");
    expect(formatMinute(545)).toBe("09:05");
    expect(formatMinute(600)).toBe("10:00");
    expect(formatMinute(610)).toBe("10:10");
    expect(formatMinute(1440)).toBe("24:00");
  });
});
