/**
 * "N Werkdagen" on a compiled calendar, and its memoised fast path on a compiled SLA.
 *
 * @module
 * @internal
 */
import {
  addDays,
  addWorkingDays,
  addWorkingTime,
  type CompiledCalendar,
  type Instant,
  isOpen,
  type LocalDate,
  localDateOf,
  nextOpening,
  offsetAt,
  workingTimeBetween,
  zonedInstant,
} from "@zorgkit/core";
import type { SlaLayout } from "./compiled.js";

const MS_PER_DAY = 86_400_000;

/** The close of the calendar on a date: the end of its last opening interval that day. */
export function closeOfDayOn(cal: CompiledCalendar, d: LocalDate): Instant {
  const tz = cal.definition.timeZone;
  const dayStart = zonedInstant(d, 0, tz);
  const open = workingTimeBetween(cal, dayStart, zonedInstant(addDays(d, 1), 0, tz));
  return addWorkingTime(cal, dayStart, open);
}

/** How a working-day deadline was found. */
export interface WorkingDayDeadline {
  /** When the clock starts: the receipt, or the next opening when received outside office hours. */
  readonly clockStart: Instant;
  /** Day 0: the local date of the clock start. */
  readonly dayZero: LocalDate;
  /** The N-th working day after day 0. */
  readonly dueDay: LocalDate;
  /** The close of office hours on the due day. */
  readonly due: Instant;
}

/** The close of office hours on the N-th working day after the day the clock starts. */
export function workingDayDeadlineOn(
  office: CompiledCalendar,
  start: Instant,
  days: number,
): WorkingDayDeadline {
  const clockStart = isOpen(office, start) ? start : nextOpening(office, start);
  const dayZero = localDateOf(clockStart, office.definition.timeZone);
  const dueDay = addWorkingDays(office, dayZero, days);
  return { clockStart, dayZero, dueDay, due: closeOfDayOn(office, dueDay) };
}

/**
 * The due instant of "N Werkdagen" from `start` on the SLA's office hours — the fast path of
 * {@link workingDayDeadlineOn}: the answer depends only on the local day the clock starts, so it
 * is looked up in the compiled SLA's memo after two binary searches.
 */
export function workingDayDue(layout: SlaLayout, start: Instant, days: number): Instant {
  const office = layout.clocks.officeHours;
  const clockStart = isOpen(office, start) ? start : nextOpening(office, start);
  if (!Number.isSafeInteger(days) || days < 0 || days >= 4096)
    return workingDayDeadlineOn(office, start, days).due;
  const day = Math.floor((clockStart + offsetAt(clockStart, office.definition.timeZone)) / MS_PER_DAY);
  const key = day * 4096 + days;
  let due = layout.workingDayDueMemo.get(key);
  if (due === undefined) {
    due = workingDayDeadlineOn(office, clockStart, days).due;
    layout.workingDayDueMemo.set(key, due);
  }
  return due;
}
