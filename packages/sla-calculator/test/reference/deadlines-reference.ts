/**
 * A slow, obviously-correct reference for deadlines and elapsed working time: it walks the clock
 * one minute at a time and asks, for each minute, "is the calendar open now?" from the calendar's
 * raw data (weekly hours, holiday rules, closing dates) and the local wall-clock time. No compiled
 * intervals, no binary search, no working-day tables. The fast path must agree with it.
 *
 * Assumes instants on whole minutes and calendars whose intervals are on whole minutes.
 */
import {
  type BusinessCalendar,
  epochDayWeekday,
  fromEpochDay,
  holidaysOf,
  type LocalDate,
  offsetAt,
  toEpochDay,
  weekdayKeys,
} from "@zorgkit/core";
import type { SlaDefinition, TimeTarget } from "../../src/sla.js";

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Local date and minute of the day of an instant. */
function wallClock(cal: BusinessCalendar, t: number): { day: number; minute: number } {
  const local = t + offsetAt(t, cal.timeZone);
  const day = Math.floor(local / DAY);
  return { day, minute: Math.floor((local - day * DAY) / MINUTE) };
}

const holidayCache = new Map<BusinessCalendar, Map<number, Set<number>>>();

function isClosedDay(cal: BusinessCalendar, day: number): boolean {
  let byYear = holidayCache.get(cal);
  if (byYear === undefined) {
    byYear = new Map();
    holidayCache.set(cal, byYear);
  }
  const date = fromEpochDay(day);
  const year = Number(date.slice(0, 4));
  let set = byYear.get(year);
  if (set === undefined) {
    set = new Set(holidaysOf(cal.holidays, year).map((h) => toEpochDay(h.date)));
    for (const d of cal.closedDates) set.add(toEpochDay(d));
    byYear.set(year, set);
  }
  return set.has(day);
}

/** Whether the calendar is open during the minute starting at `t`. */
export function openAt(cal: BusinessCalendar, t: number): boolean {
  const { day, minute } = wallClock(cal, t);
  if (isClosedDay(cal, day)) return false;
  const key = weekdayKeys[epochDayWeekday(day) - 1] as (typeof weekdayKeys)[number];
  return cal.weekly[key].some((i) => minute >= i.start && minute < i.end);
}

/** Whether a local date is a working day: some minute of it is open. */
export function workingDay(cal: BusinessCalendar, day: number): boolean {
  if (isClosedDay(cal, day)) return false;
  const key = weekdayKeys[epochDayWeekday(day) - 1] as (typeof weekdayKeys)[number];
  return cal.weekly[key].length > 0;
}

/** Open minutes in [a, b), stepping minute by minute. */
export function referenceWorkingMinutes(cal: BusinessCalendar, a: number, b: number): number {
  let n = 0;
  for (let t = a; t < b; t += MINUTE) if (openAt(cal, t)) n++;
  return n;
}

/** The instant at which `minutes` open minutes have elapsed after `start`. */
export function referenceAddWorkingMinutes(cal: BusinessCalendar, start: number, minutes: number): number {
  let t = start;
  let left = minutes;
  while (left > 0) {
    if (openAt(cal, t)) left--;
    t += MINUTE;
  }
  return t;
}

/** "N working days": the close of the N-th working day after the day the clock starts. */
export function referenceWorkingDayDeadline(cal: BusinessCalendar, start: number, days: number): number {
  let t = start;
  while (!openAt(cal, t)) t += MINUTE;
  let day = wallClock(cal, t).day;
  let counted = 0;
  while (counted < days) {
    day++;
    if (workingDay(cal, day)) counted++;
  }
  // Walk the due day's minutes (local midnight to midnight) and keep the end of the last open one.
  let m = t;
  while (wallClock(cal, m).day < day) m += MINUTE;
  let close = m;
  while (wallClock(cal, m).day === day) {
    if (openAt(cal, m)) close = m + MINUTE;
    m += MINUTE;
  }
  return close;
}

/** The reference deadline of a target, on the calendar the definition (or the 24x7 option) gives. */
export function referenceDue(
  def: SlaDefinition,
  target: TimeTarget,
  start: number,
  hourClock: "contract" | "support" | "24x7",
): number | undefined {
  switch (target.kind) {
    case "working-time": {
      const clock =
        hourClock === "24x7" ? "24x7" : hourClock === "support" ? (target.supportClock ?? target.clock) : target.clock;
      const cal = def.calendars[clock];
      return referenceAddWorkingMinutes(cal, start, target.hours * 60);
    }
    case "working-days":
      return referenceWorkingDayDeadline(def.calendars.officeHours, start, target.days);
    case "by-agreement":
      return undefined;
  }
}

export type { LocalDate };
