import fc from "fast-check";
import type { BusinessCalendar, DayHours, ExtraOpening } from "../business-calendar.js";
import { daysFromCivil, epochDayWeekday, fromEpochDay, type LocalDate, toEpochDay } from "../dates.js";
import { type HolidayKey, holidayKeys } from "../holidays.js";
import { type Instant, instant, zonedInstant } from "../instant.js";

const MS_PER_MINUTE = 60_000;

/** Minutes of the day that matter on DST switch days and in office hours, drawn more often. */
const interestingMinutes = [0, 60, 120, 150, 180, 210, 420, 540, 930, 1020, 1080, 1380, 1439, 1440];

function arbMinuteOfDay(): fc.Arbitrary<number> {
  return fc.oneof(fc.constantFrom(...interestingMinutes), fc.integer({ min: 0, max: 1440 }));
}

/**
 * The opening hours of one day: 0–3 non-overlapping intervals, boundaries drawn often from
 * the DST switch hours (02:00, 02:30, 03:00) and office-hour times.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbDayHours } from "@zorgkit/core/testing";
 *
 * fc.sample(arbDayHours(), 3).length; // => 3
 * ```
 */
export function arbDayHours(): fc.Arbitrary<DayHours> {
  return fc.uniqueArray(arbMinuteOfDay(), { minLength: 0, maxLength: 6 }).map((ms) => {
    const sorted = [...ms].sort((a, b) => a - b);
    const out: Array<{ start: number; end: number }> = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      out.push({ start: sorted[i] as number, end: sorted[i + 1] as number });
    }
    return out;
  });
}

/** Options of {@link arbBusinessCalendar}. */
export interface ArbBusinessCalendarOptions {
  /** Time zones to draw from (default: mostly Europe/Amsterdam, sometimes UTC or America/New_York). */
  readonly timeZones?: ReadonlyArray<string>;
  /** Closing dates and extra openings are drawn between these dates (default 2024-01-01 … 2031-12-31). */
  readonly from?: LocalDate;
  readonly to?: LocalDate;
}

/**
 * Valid {@link BusinessCalendar}s: random weekly hours (several intervals per day, often on DST
 * switch hours), a random holiday rule set, closing dates and extra openings.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import fc from "fast-check";
 * import { BusinessCalendar } from "@zorgkit/core";
 * import { arbBusinessCalendar } from "@zorgkit/core/testing";
 *
 * fc.sample(arbBusinessCalendar(), 50).every((cal) => Schema.is(BusinessCalendar)(cal)); // => true
 * ```
 */
export function arbBusinessCalendar(
  options: ArbBusinessCalendarOptions = {},
): fc.Arbitrary<BusinessCalendar> {
  const from = toEpochDay(options.from ?? ("2024-01-01" as LocalDate));
  const to = toEpochDay(options.to ?? ("2031-12-31" as LocalDate));
  const arbDate = fc.integer({ min: from, max: to }).map(fromEpochDay);
  const zone =
    options.timeZones === undefined
      ? fc.oneof(
          { weight: 4, arbitrary: fc.constant("Europe/Amsterdam") },
          { weight: 1, arbitrary: fc.constantFrom("UTC", "America/New_York") },
        )
      : fc.constantFrom(...options.timeZones);
  const extra: fc.Arbitrary<ExtraOpening> = fc
    .tuple(arbDate, fc.uniqueArray(arbMinuteOfDay(), { minLength: 2, maxLength: 2 }))
    .map(([date, [a, b]]) => ({
      date,
      start: Math.min(a as number, b as number),
      end: Math.max(a as number, b as number),
    }));
  return fc.record({
    name: fc.constant("generated"),
    timeZone: zone,
    weekly: fc.record({
      monday: arbDayHours(),
      tuesday: arbDayHours(),
      wednesday: arbDayHours(),
      thursday: arbDayHours(),
      friday: arbDayHours(),
      saturday: arbDayHours(),
      sunday: arbDayHours(),
    }),
    holidays: fc.record({
      days: fc.subarray<HolidayKey>([...holidayKeys]),
      liberationDay: fc.constantFrom("yearly" as const, "lustrum" as const, "never" as const),
      goodFriday: fc.boolean(),
      sources: fc.constant([]),
    }),
    closedDates: fc.array(arbDate, { maxLength: 20 }),
    extraOpenings: fc.array(extra, { maxLength: 8 }),
    sources: fc.constant([]),
  });
}

/** Options of {@link arbInstant}. */
export interface ArbInstantOptions {
  /** Earliest instant (ISO string with offset, or an Instant). Default 2024-01-01T00:00:00Z. */
  readonly from?: string | Instant;
  /** Latest instant. Default 2031-12-31T00:00:00Z. */
  readonly to?: string | Instant;
  /** Granularity (default `"minute"`: whole minutes, as a reference stepping by minutes needs). */
  readonly unit?: "minute" | "millisecond";
}

const toMs = (x: string | Instant): number => (typeof x === "string" ? instant(x) : x);

/**
 * Instants between `from` and `to` (inclusive), whole minutes by default.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbInstant } from "@zorgkit/core/testing";
 *
 * fc.sample(arbInstant({ from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z" }), 3).length; // => 3
 * ```
 */
export function arbInstant(options: ArbInstantOptions = {}): fc.Arbitrary<Instant> {
  const lo = toMs(options.from ?? "2024-01-01T00:00:00Z");
  const hi = toMs(options.to ?? "2031-12-31T00:00:00Z");
  if (options.unit === "millisecond") return fc.integer({ min: lo, max: hi }).map((n) => n as Instant);
  return fc
    .integer({ min: Math.ceil(lo / MS_PER_MINUTE), max: Math.floor(hi / MS_PER_MINUTE) })
    .map((m) => (m * MS_PER_MINUTE) as Instant);
}

/** The last Sunday of a month (epoch day). */
function lastSunday(year: number, month: number): number {
  const last = daysFromCivil(year, month + 1, 1) - 1;
  return last - (epochDayWeekday(last) % 7);
}

/**
 * Whole-minute instants on the European DST weekends (Friday 00:00 to Tuesday 00:00 in
 * Europe/Amsterdam around the last Sunday of March and of October) of the given years
 * (default 2025–2030), with extra weight on the switch night itself.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbDstWeekendInstant } from "@zorgkit/core/testing";
 *
 * fc.sample(arbDstWeekendInstant(), 3).length; // => 3
 * ```
 */
export function arbDstWeekendInstant(options: { from?: number; to?: number } = {}): fc.Arbitrary<Instant> {
  const years = fc.integer({ min: options.from ?? 2025, max: options.to ?? 2030 });
  return fc.tuple(years, fc.constantFrom(3, 10), fc.boolean(), fc.nat()).map(([year, month, night, r]) => {
    const sunday = lastSunday(year, month);
    const lo = zonedInstant(fromEpochDay(night ? sunday : sunday - 2), 0);
    const hi = night ? zonedInstant(fromEpochDay(sunday), 360) : zonedInstant(fromEpochDay(sunday + 2), 0);
    const minutes = (hi - lo) / MS_PER_MINUTE;
    return (lo + (r % (minutes + 1)) * MS_PER_MINUTE) as Instant;
  });
}
