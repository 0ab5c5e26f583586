/**
 * Business calendars as data: a time zone, weekly opening hours, a holiday rule set, extra
 * closing dates and extra opening hours. Compile one with `compileCalendar` (working-time.ts)
 * before asking working-time questions.
 *
 * @module
 */
import * as Schema from "effect/Schema";
import { BoundedArray, BoundedString } from "./bounded.js";
import { Citations } from "./citation.js";
import { LocalDate } from "./dates.js";
import { HolidayRules } from "./holidays.js";
import { isTimeZone } from "./instant.js";

/** Minutes in a day: opening intervals are minutes of the local day, 0–1440. */
export const MINUTES_PER_DAY = 1440;

/** A minute of the local day, an integer 0–1440 (1440 = the end of the day, midnight). */
export const MinuteOfDay = Schema.Number.check(
  Schema.isInt(),
  Schema.isBetween({ minimum: 0, maximum: 1440 }),
);

/** See {@link MinuteOfDay}. */
export type MinuteOfDay = typeof MinuteOfDay.Type;

/**
 * An opening interval of a day in local wall-clock minutes, `[start, end)`: open from `start`
 * up to (not including) `end`. 09:00–17:00 is `{ start: 540, end: 1020 }`.
 */
export const OpeningInterval = Schema.Struct({ start: MinuteOfDay, end: MinuteOfDay }).check(
  Schema.makeFilter((i: { start: number; end: number }) =>
    i.start < i.end ? true : `an opening interval must end after it starts (got ${i.start}–${i.end})`,
  ),
);

/** See {@link OpeningInterval}. */
export type OpeningInterval = typeof OpeningInterval.Type;

function overlapProblem(intervals: ReadonlyArray<{ start: number; end: number }>): string | undefined {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as { start: number; end: number };
    const cur = sorted[i] as { start: number; end: number };
    if (cur.start < prev.end) {
      return `opening intervals overlap: ${formatMinute(prev.start)}–${formatMinute(prev.end)} and ${formatMinute(cur.start)}–${formatMinute(cur.end)}`;
    }
  }
  return undefined;
}

/** The most opening intervals one day may have: 96 (one per quarter of an hour). */
export const MAX_INTERVALS_PER_DAY = 96;

/** The opening intervals of one weekday; they must not overlap (touching is fine). */
export const DayHours = BoundedArray(OpeningInterval, MAX_INTERVALS_PER_DAY).check(
  Schema.makeFilter((xs: ReadonlyArray<{ start: number; end: number }>) => overlapProblem(xs) ?? true),
);

/** See {@link DayHours}. */
export type DayHours = typeof DayHours.Type;

/** Opening hours per ISO weekday. */
export const WeeklyHours = Schema.Struct({
  monday: DayHours,
  tuesday: DayHours,
  wednesday: DayHours,
  thursday: DayHours,
  friday: DayHours,
  saturday: DayHours,
  sunday: DayHours,
});

/** See {@link WeeklyHours}. */
export type WeeklyHours = typeof WeeklyHours.Type;

/** The weekday keys of {@link WeeklyHours}, index 0 = ISO weekday 1 (Monday). */
export const weekdayKeys = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;

/** Extra opening hours on one date (on top of the weekly hours; they also open a holiday). */
export const ExtraOpening = Schema.Struct({ date: LocalDate, start: MinuteOfDay, end: MinuteOfDay }).check(
  Schema.makeFilter((i: { start: number; end: number }) =>
    i.start < i.end ? true : `an opening interval must end after it starts (got ${i.start}–${i.end})`,
  ),
);

/** See {@link ExtraOpening}. */
export type ExtraOpening = typeof ExtraOpening.Type;

/** An IANA time zone name the runtime knows (`Europe/Amsterdam`). */
export const TimeZone = BoundedString(64).check(
  Schema.makeFilter((s: string) => (isTimeZone(s) ? true : `unknown time zone "${s}"`), {
    expected: "an IANA time zone name such as Europe/Amsterdam",
  }),
);

/** The most closing dates, and the most extra openings, a calendar may list: 100 000. */
export const MAX_CALENDAR_DATES = 100_000;

/**
 * A business calendar as data.
 *
 * - `timeZone`: the zone the opening hours are stated in (`Europe/Amsterdam` in every preset).
 * - `weekly`: opening intervals per weekday, in local minutes of the day, several per day allowed.
 * - `holidays`: the holiday rule set; on a holiday the weekly hours do not apply.
 * - `closedDates`: extra closing dates (e.g. days VECOZO announced it is closed, MDO-SLA §2.8).
 * - `extraOpenings`: extra opening hours on a date; they apply even on a holiday or closing date.
 * - `sources`: the clauses the calendar implements.
 *
 * A working day (werkdag, MDO-SLA §2.35) of the calendar is a local date with opening time:
 * weekly hours on a date that is neither a holiday nor a closing date, or extra opening hours.
 */
export const BusinessCalendar = Schema.Struct({
  name: BoundedString(200),
  timeZone: TimeZone,
  weekly: WeeklyHours,
  holidays: HolidayRules,
  closedDates: BoundedArray(LocalDate, MAX_CALENDAR_DATES),
  extraOpenings: BoundedArray(ExtraOpening, MAX_CALENDAR_DATES),
  sources: Citations,
});

/** See {@link BusinessCalendar}. */
export type BusinessCalendar = typeof BusinessCalendar.Type;

/**
 * Minute of the day of a `"HH:MM"` wall-clock time (`"24:00"` = 1440). Throws `RangeError` for
 * anything else — use it for literals in code.
 *
 * @example
 * ```ts
 * import { hm } from "@zorgkit/core";
 *
 * hm("15:30"); // => 930
 * ```
 */
export function hm(time: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  const h = m === null ? Number.NaN : Number(m[1]);
  const mi = m === null ? Number.NaN : Number(m[2]);
  if (!(h >= 0 && mi >= 0 && mi < 60 && h * 60 + mi <= 1440)) {
    throw new RangeError(`Not a wall-clock time HH:MM between 00:00 and 24:00: "${time}"`);
  }
  return h * 60 + mi;
}

/**
 * An {@link OpeningInterval} from two `"HH:MM"` times.
 *
 * @example
 * ```ts
 * import { opening } from "@zorgkit/core";
 *
 * opening("09:00", "17:00"); // => {"start":540,"end":1020}
 * ```
 */
export function opening(start: string, end: string): OpeningInterval {
  const s = hm(start);
  const e = hm(end);
  if (s >= e) throw new RangeError(`An opening interval must end after it starts: ${start}–${end}`);
  return { start: s, end: e };
}

/**
 * `"HH:MM"` of a minute of the day.
 *
 * @example
 * ```ts
 * import { formatMinute } from "@zorgkit/core";
 *
 * formatMinute(930); // => "15:30"
 * ```
 */
export function formatMinute(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${h < 10 ? "0" : ""}${h}:${m < 10 ? "0" : ""}${m}`;
}
