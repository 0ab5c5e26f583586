/**
 * The reference for deadlines and elapsed working time, built on core's minute-stepping oracle
 * (`@zorgkit/core/testing`: it walks the clock minute by minute over the calendar's raw data, no
 * compiled intervals). Only the SLA's own rules are composed here: which clock a target runs on,
 * and "N Werkdagen" = the close of office hours on the N-th working day after day 0.
 */
import { type BusinessCalendar, localDateOf, zonedInstant } from "@zorgkit/core";
import {
  refAddWorkingDays,
  refAddWorkingTime,
  refIsOpen,
  refOpeningHours,
  refWorkingTimeBetween,
} from "@zorgkit/core/testing";
import type { SlaDefinition, TimeTarget } from "../../src/sla.js";

const MINUTE = 60_000;
const MAX_MINUTES = 60 * 24 * 120;

/** Open minutes in [a, b). */
export function referenceWorkingMinutes(cal: BusinessCalendar, a: number, b: number): number {
  return refWorkingTimeBetween(cal, a, b) / MINUTE;
}

/** "N working days": the close of the N-th working day after the day the clock starts. */
export function referenceWorkingDayDeadline(cal: BusinessCalendar, start: number, days: number): number {
  let t = start;
  while (!refIsOpen(cal, t)) t += MINUTE;
  const dayZero = localDateOf(t, cal.timeZone);
  const dueDay = refAddWorkingDays(cal, dayZero, days);
  const close = Math.max(...refOpeningHours(cal, dueDay).map((i) => i.end));
  return zonedInstant(dueDay, close, cal.timeZone);
}

/** The reference deadline of a target, on the clock the definition (or a reading option) gives. */
export function referenceDue(
  def: SlaDefinition,
  target: TimeTarget,
  start: number,
  hourClock: "contract" | "support" | "24x7",
): number | undefined {
  switch (target.kind) {
    case "working-time": {
      const clock =
        hourClock === "24x7"
          ? "24x7"
          : hourClock === "support"
            ? (target.supportClock ?? target.clock)
            : target.clock;
      return refAddWorkingTime(def.calendars[clock], start, target.hours * 3_600_000, MAX_MINUTES);
    }
    case "working-days":
      return referenceWorkingDayDeadline(def.calendars.officeHours, start, target.days);
    case "by-agreement":
      return undefined;
  }
}
