// Range audit: the calendar generators draw dates in 2024–2031 and the differential tests
// compile 2024–2031, while compileCalendar accepts years 1970–2199 and the instant decoder
// instants to 9999. Here calendars compiled at the range's edges (1970–1973, 2195–2199), around
// the 32-bit second limits (2036–2040, 2104–2108) and over the whole range (1970–2199, whose
// prefix sums of open milliseconds pass 2^31 and 2^32 early) answer what the minute-by-minute
// reference answers, near the 2038/2106 instants and the compiled range's first and last days.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BusinessCalendar } from "../src/business-calendar.js";
import { addDays, fromEpochDay, type LocalDate, toEpochDay } from "../src/dates.js";
import type { Instant } from "../src/instant.js";
import { alwaysOpen, mdoOfficeHours, mdoP1Support, mdoStandby } from "../src/presets/calendars.js";
import { arbBusinessCalendar, arbInstant } from "../src/testing/calendar.js";
import {
  addWorkingDays,
  addWorkingTime,
  type CompiledCalendar,
  compileCalendar,
  isOpen,
  isWorkingDay,
  workingDaysBetween,
  workingTimeBetween,
} from "../src/working-time.js";
import {
  refAddWorkingDays,
  refAddWorkingTime,
  refIsOpen,
  refIsWorkingDay,
  refWorkingDaysBetween,
  refWorkingTimeBetween,
} from "./reference/working-time.js";

const MINUTE = 60_000;
const regions: ReadonlyArray<{ from: number; to: number; at: ReadonlyArray<string> }> = [
  { from: 1970, to: 1973, at: ["1970-01-02T00:00:00Z", "1973-12-29T00:00:00Z"] },
  { from: 2036, to: 2040, at: ["2038-01-17T00:00:00Z", "2038-01-21T00:00:00Z"] },
  { from: 2104, to: 2108, at: ["2106-02-05T00:00:00Z", "2106-02-09T00:00:00Z"] },
  { from: 2195, to: 2199, at: ["2199-12-25T00:00:00Z", "2199-12-30T12:00:00Z"] },
];
const presets = [mdoOfficeHours, mdoStandby, mdoP1Support, alwaysOpen];
const whole = new Map<BusinessCalendar, CompiledCalendar>();
const wholeOf = (cal: BusinessCalendar) => {
  let c = whole.get(cal);
  if (c === undefined) {
    c = compileCalendar(cal, { from: 1970, to: 2199 });
    whole.set(cal, c);
  }
  return c;
};

describe.each(regions)(
  "range audit: a calendar compiled for $from–$to agrees with the minute-by-minute reference",
  (region) => {
    const lo = `${region.from}-01-01` as LocalDate;
    const hi = `${region.to}-12-31` as LocalDate;
    const [nearA, nearB] = region.at as [string, string];
    const calendar = fc.oneof(
      { weight: 3, arbitrary: arbBusinessCalendar({ from: lo, to: hi }) },
      { weight: 1, arbitrary: fc.constantFrom(...presets) },
    );
    // whole minutes anywhere in the region (a day inside its edges) or in the few days named
    const at = fc.oneof(
      arbInstant({ from: nearA, to: nearB }),
      arbInstant({ from: `${region.from}-01-02T00:00:00Z`, to: `${region.to}-12-30T00:00:00Z` }),
    );
    const day = fc.integer({ min: toEpochDay(lo) + 20, max: toEpochDay(hi) - 20 }).map(fromEpochDay);
    const compiled = new WeakMap<BusinessCalendar, CompiledCalendar>();
    const compile = (cal: BusinessCalendar) => {
      let c = compiled.get(cal);
      if (c === undefined) {
        c = compileCalendar(cal, { from: region.from, to: region.to });
        compiled.set(cal, c);
      }
      return c;
    };

    it("isOpen, workingTimeBetween and addWorkingTime (also on the 1970–2199 compilation)", () => {
      fc.assert(
        fc.property(calendar, at, fc.integer({ min: -720, max: 720 }), (cal, a, minutes) => {
          const cs = presets.includes(cal) ? [compile(cal), wholeOf(cal)] : [compile(cal)];
          const b = (a + minutes * 3 * MINUTE) as Instant;
          const ref = refAddWorkingTime(cal, a, minutes * MINUTE, 6 * 1440);
          for (const c of cs) {
            expect(isOpen(c, a)).toBe(refIsOpen(cal, a));
            // the compiled range runs from local midnight in the calendar's zone, not UTC (New York:
            // 05:00Z); an end outside it is a RangeError naming the range (documented)
            if (b >= c.range.start && b <= c.range.end)
              expect(workingTimeBetween(c, a, b)).toBe(refWorkingTimeBetween(cal, a, b));
            else expect(() => workingTimeBetween(c, a, b)).toThrow(RangeError);
            if (ref === undefined) continue;
            // an answer outside the compiled range is a RangeError naming the range (documented)
            if (ref < c.range.start || ref > c.range.end)
              expect(() => addWorkingTime(c, a, minutes * MINUTE)).toThrow(RangeError);
            else expect(addWorkingTime(c, a, minutes * MINUTE)).toBe(ref);
          }
        }),
        { numRuns: 80 },
      );
    });

    it("isWorkingDay, addWorkingDays and workingDaysBetween", () => {
      fc.assert(
        fc.property(
          calendar,
          day,
          fc.integer({ min: -4, max: 4 }),
          fc.integer({ min: -6, max: 6 }),
          (cal, d, n, span) => {
            const cs = presets.includes(cal) ? [compile(cal), wholeOf(cal)] : [compile(cal)];
            const window = [...Array(15).keys()].filter((k) =>
              refIsWorkingDay(cal, addDays(d, n > 0 ? k + 1 : -k - 1)),
            );
            for (const c of cs) {
              expect(isWorkingDay(c, d)).toBe(refIsWorkingDay(cal, d));
              if (window.length >= Math.abs(n))
                expect(addWorkingDays(c, d, n)).toBe(refAddWorkingDays(cal, d, n));
              const b = addDays(d, span);
              expect(workingDaysBetween(c, d, b)).toBe(refWorkingDaysBetween(cal, d, b));
            }
          },
        ),
        { numRuns: 40 },
      );
    });
  },
);
