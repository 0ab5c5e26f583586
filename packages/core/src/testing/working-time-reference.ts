/**
 * `@zorgkit/core/testing`: a slow, obviously correct reference for working time — the oracle
 * that core's compiled calendars are differential-tested against, exported so that packages
 * built on core (and your own services) test against the same rule. It it steps minute by minute through time,
 * asks instant.ts for the wall-clock time of each minute, and looks the clock reading up in the
 * opening hours of its date (weekly hours unless the date is a holiday from the holiday list or
 * a closing date, plus extra openings). No compiled tables, no binary searches.
 *
 * The rule it implements: an opening interval `[s, e)` of date D is open from the moment the
 * clock first reaches D s until the moment it first reaches D e. So the "clock reading" of a
 * minute is the latest wall-clock time shown so far (over the preceding 3 hours): when the clock
 * is set back in October, the repeated hour reads as the time already reached, and an office open
 * 02:30–04:00 stays open through it instead of closing and reopening.
 *
 * Valid for whole-minute instants, whole-minute durations and zones whose offsets are whole
 * minutes (every zone since 1970). Cost: one `offsetAt` per minute walked — use it on short
 * spans in tests, never in production.
 *
 * @module
 */
import { type BusinessCalendar, weekdayKeys } from "../business-calendar.js";
import { addDays, fromEpochDay, isoWeekday, type LocalDate } from "../dates.js";
import { holidaysOf } from "../holidays.js";
import { zonedInstant } from "../instant.js";
import { tableOffsetAt } from "../zone-offsets.js";

const MINUTE = 60_000;
const DAY = 86_400_000;

const holidayCache = new WeakMap<BusinessCalendar, Map<number, Set<string>>>();

/** The holiday dates of the calendar's rule set in a year (memoised: the reference is slow enough). */
function holidayDates(cal: BusinessCalendar, year: number): Set<string> {
  let byYear = holidayCache.get(cal);
  if (byYear === undefined) {
    byYear = new Map();
    holidayCache.set(cal, byYear);
  }
  let set = byYear.get(year);
  if (set === undefined) {
    set = new Set(holidaysOf(cal.holidays, year).map((h) => h.date));
    byYear.set(year, set);
  }
  return set;
}

/** Opening intervals (local minutes) of a date, before any merging. *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mdoOfficeHours } from "@zorgkit/core/presets";
 * import { refOpeningHours } from "@zorgkit/core/testing";
 *
 * refOpeningHours(mdoOfficeHours, date("2026-11-27")); // => [{ "start": 540, "end": 930 }]
 * ```
 */
export function refOpeningHours(cal: BusinessCalendar, d: LocalDate): Array<{ start: number; end: number }> {
  const isHoliday = holidayDates(cal, Number(d.slice(0, 4))).has(d);
  const isClosed = isHoliday || cal.closedDates.includes(d);
  const weekly = isClosed ? [] : cal.weekly[weekdayKeys[isoWeekday(d) - 1] as (typeof weekdayKeys)[number]];
  return [...weekly, ...cal.extraOpenings.filter((x) => x.date === d)];
}

/** Wall-clock time of an instant, as epoch ms of the local date-time read as if it were UTC. */
function wall(cal: BusinessCalendar, t: number): number {
  return t + tableOffsetAt(t, cal.timeZone);
}

/**
 * The clock readings of the minutes `from`, `from + 1 min`, … before `to`: for each, the latest
 * wall-clock time shown at any minute in the 3 hours up to and including it.
 */
function readings(cal: BusinessCalendar, from: number, to: number): Array<number> {
  let reached = Number.NEGATIVE_INFINITY;
  for (let t = from - 180 * MINUTE; t < from; t += MINUTE) reached = Math.max(reached, wall(cal, t));
  const out: Array<number> = [];
  for (let t = from; t < to; t += MINUTE) {
    reached = Math.max(reached, wall(cal, t));
    out.push(reached);
  }
  return out;
}

/** Whether a clock reading lies in an opening interval of its date. */
function openAtReading(cal: BusinessCalendar, reading: number): boolean {
  const day = Math.floor(reading / DAY);
  const minuteOfDay = Math.floor((reading - day * DAY) / MINUTE);
  return refOpeningHours(cal, fromEpochDay(day)).some((i) => i.start <= minuteOfDay && minuteOfDay < i.end);
}

/** Whether the minute starting at `t` is open. *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 * import { mdoOfficeHours } from "@zorgkit/core/presets";
 * import { refIsOpen } from "@zorgkit/core/testing";
 *
 * refIsOpen(mdoOfficeHours, instant("2026-11-27T15:29:00+01:00")); // => true
 * refIsOpen(mdoOfficeHours, instant("2026-11-27T15:30:00+01:00")); // => false
 * ```
 */
export function refIsOpen(cal: BusinessCalendar, t: number): boolean {
  return openAtReading(cal, readings(cal, t, t + MINUTE)[0] as number);
}

/** Open ms in [a, b) (negative when b < a), counted minute by minute. *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 * import { mdoOfficeHours } from "@zorgkit/core/presets";
 * import { refWorkingTimeBetween } from "@zorgkit/core/testing";
 *
 * refWorkingTimeBetween(mdoOfficeHours, instant("2026-11-27T15:00:00+01:00"), instant("2026-11-30T09:30:00+01:00")); // => 3600000
 * ```
 */
export function refWorkingTimeBetween(cal: BusinessCalendar, a: number, b: number): number {
  if (b < a) return 0 - refWorkingTimeBetween(cal, b, a);
  let open = 0;
  for (const r of readings(cal, a, b)) if (openAtReading(cal, r)) open += MINUTE;
  return open;
}

/**
 * The instant at which `d` ms of open time has elapsed after `a` (or, for d < 0, the latest
 * instant with |d| ms of open time up to `a`), stepping minute by minute; `undefined` when more
 * than `maxMinutes` minutes would have to be walked.
 *
 * @example
 * ```ts
 * import { formatInstant, instant } from "@zorgkit/core";
 * import { mdoOfficeHours } from "@zorgkit/core/presets";
 * import { refAddWorkingTime } from "@zorgkit/core/testing";
 *
 * const due = refAddWorkingTime(mdoOfficeHours, instant("2026-11-27T15:00:00+01:00"), 3_600_000, 5 * 1440);
 * due === undefined ? undefined : formatInstant(due); // => "2026-11-30T09:30:00+01:00"
 * ```
 */
export function refAddWorkingTime(
  cal: BusinessCalendar,
  a: number,
  d: number,
  maxMinutes: number,
): number | undefined {
  const want = Math.abs(d);
  if (want === 0) return a;
  let acc = 0;
  if (d > 0) {
    const rs = readings(cal, a, a + maxMinutes * MINUTE);
    for (let k = 0; k < rs.length; k++) {
      if (openAtReading(cal, rs[k] as number)) acc += MINUTE;
      if (acc === want) return a + (k + 1) * MINUTE;
    }
    return undefined;
  }
  const from = a - maxMinutes * MINUTE;
  const rs = readings(cal, from, a);
  for (let k = rs.length - 1; k >= 0; k--) {
    if (openAtReading(cal, rs[k] as number)) acc += MINUTE;
    if (acc === want) return from + k * MINUTE;
  }
  return undefined;
}

/** Whether some minute is open with a clock reading on the date. *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mdoOfficeHours } from "@zorgkit/core/presets";
 * import { refIsWorkingDay } from "@zorgkit/core/testing";
 *
 * refIsWorkingDay(mdoOfficeHours, date("2026-05-25")); // => false
 * ```
 */
export function refIsWorkingDay(cal: BusinessCalendar, d: LocalDate): boolean {
  const from = zonedInstant(d, 0, cal.timeZone) - 3 * 3_600_000;
  const to = zonedInstant(addDays(d, 1), 0, cal.timeZone) + 3 * 3_600_000;
  return readings(cal, from, to).some(
    (r) => fromEpochDay(Math.floor(r / DAY)) === d && openAtReading(cal, r),
  );
}

/** n working days from d, walking day by day (n = 0 → d). *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mdoOfficeHours } from "@zorgkit/core/presets";
 * import { refAddWorkingDays } from "@zorgkit/core/testing";
 *
 * refAddWorkingDays(mdoOfficeHours, date("2026-05-22"), 1); // => "2026-05-26"
 * ```
 */
export function refAddWorkingDays(cal: BusinessCalendar, d: LocalDate, n: number): LocalDate {
  let day = d;
  let left = Math.abs(n);
  while (left > 0) {
    day = addDays(day, n > 0 ? 1 : -1);
    if (refIsWorkingDay(cal, day)) left--;
  }
  return day;
}

/** Working days in (a, b] for b ≥ a, minus those in [b, a) for b < a, walking day by day. *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mdoOfficeHours } from "@zorgkit/core/presets";
 * import { refWorkingDaysBetween } from "@zorgkit/core/testing";
 *
 * refWorkingDaysBetween(mdoOfficeHours, date("2026-05-22"), date("2026-05-26")); // => 1
 * ```
 */
export function refWorkingDaysBetween(cal: BusinessCalendar, a: LocalDate, b: LocalDate): number {
  let count = 0;
  if (b >= a) {
    for (let day = addDays(a, 1); day <= b; day = addDays(day, 1)) if (refIsWorkingDay(cal, day)) count++;
    return count;
  }
  for (let day = b; day < a; day = addDays(day, 1)) if (refIsWorkingDay(cal, day)) count--;
  return count;
}
