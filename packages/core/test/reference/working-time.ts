/**
 * A slow, obviously correct reference for working time: it steps minute by minute through time,
 * asks instant.ts for the local date and wall-clock time of each minute, and looks the minute
 * up in the day's opening hours (weekly hours unless the date is a holiday from the holiday
 * list or a closing date, plus extra openings). No compiled tables, no binary searches.
 *
 * Valid for whole-minute instants, whole-minute durations and zones whose offsets are whole
 * minutes (every zone since 1970).
 */
import { type BusinessCalendar, weekdayKeys } from "../../src/business-calendar.js";
import { addDays, isoWeekday, type LocalDate } from "../../src/dates.js";
import { holidaysOf } from "../../src/holidays.js";
import { type Instant, localDateOf, offsetAt, zonedInstant } from "../../src/instant.js";

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

/** Opening intervals (local minutes) of a date, before any merging. */
export function refOpeningHours(cal: BusinessCalendar, d: LocalDate): Array<{ start: number; end: number }> {
  const isHoliday = holidayDates(cal, Number(d.slice(0, 4))).has(d);
  const isClosed = isHoliday || cal.closedDates.includes(d);
  const weekly = isClosed ? [] : cal.weekly[weekdayKeys[isoWeekday(d) - 1] as (typeof weekdayKeys)[number]];
  return [...weekly, ...cal.extraOpenings.filter((x) => x.date === d)];
}

/** Whether the minute starting at `t` is open: its local time lies in an opening interval of its local date. */
export function refIsOpen(cal: BusinessCalendar, t: number): boolean {
  const d = localDateOf(t, cal.timeZone);
  const wall = t + offsetAt(t, cal.timeZone);
  const minuteOfDay = Math.floor((((wall % DAY) + DAY) % DAY) / MINUTE);
  return refOpeningHours(cal, d).some((i) => i.start <= minuteOfDay && minuteOfDay < i.end);
}

/** Open ms in [a, b) (negative when b < a), counted minute by minute. */
export function refWorkingTimeBetween(cal: BusinessCalendar, a: number, b: number): number {
  if (b < a) return 0 - refWorkingTimeBetween(cal, b, a);
  let open = 0;
  for (let t = a; t < b; t += MINUTE) if (refIsOpen(cal, t)) open += MINUTE;
  return open;
}

/**
 * The instant at which `d` ms of open time has elapsed after `a` (or, for d < 0, the latest
 * instant with |d| ms of open time up to `a`), stepping minute by minute; `undefined` when more
 * than `maxMinutes` minutes would have to be walked.
 */
export function refAddWorkingTime(
  cal: BusinessCalendar,
  a: number,
  d: number,
  maxMinutes: number,
): number | undefined {
  let acc = 0;
  let t = a;
  const want = Math.abs(d);
  for (let steps = 0; acc < want; steps++) {
    if (steps >= maxMinutes) return undefined;
    if (d > 0) {
      if (refIsOpen(cal, t)) acc += MINUTE;
      t += MINUTE;
    } else {
      t -= MINUTE;
      if (refIsOpen(cal, t)) acc += MINUTE;
    }
  }
  return t;
}

/** Whether some minute of the local date is open. */
export function refIsWorkingDay(cal: BusinessCalendar, d: LocalDate): boolean {
  const from = zonedInstant(d, 0, cal.timeZone) - 3 * 3_600_000;
  const to = zonedInstant(addDays(d, 1), 0, cal.timeZone) + 3 * 3_600_000;
  for (let t = from; t < to; t += MINUTE) {
    if (localDateOf(t, cal.timeZone) === d && refIsOpen(cal, t)) return true;
  }
  return false;
}

/** n working days from d, walking day by day (n = 0 → d). */
export function refAddWorkingDays(cal: BusinessCalendar, d: LocalDate, n: number): LocalDate {
  let day = d;
  let left = Math.abs(n);
  while (left > 0) {
    day = addDays(day, n > 0 ? 1 : -1);
    if (refIsWorkingDay(cal, day)) left--;
  }
  return day;
}

/** Working days in (a, b] for b ≥ a, minus those in [b, a) for b < a, walking day by day. */
export function refWorkingDaysBetween(cal: BusinessCalendar, a: LocalDate, b: LocalDate): number {
  let count = 0;
  if (b >= a) {
    for (let day = addDays(a, 1); day <= b; day = addDays(day, 1)) if (refIsWorkingDay(cal, day)) count++;
    return count;
  }
  for (let day = b; day < a; day = addDays(day, 1)) if (refIsWorkingDay(cal, day)) count--;
  return count;
}

export type { Instant };
