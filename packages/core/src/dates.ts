/**
 * Calendar dates and the one date rule every package uses for contract periods, notice
 * periods, retention periods, payment terms and ages.
 *
 * A {@link LocalDate} is an ISO `YYYY-MM-DD` string (years 0001–9999), branded once it has been
 * checked. Internally dates are counted as epoch days (days since 1970-01-01), which makes every
 * operation O(1).
 *
 * The date rule (this library's reading; the sources do not define it — see docs/adr/0003):
 * adding months keeps the day of the month; when that day does not exist in the target month the
 * result is the first day of the following month (31 Aug + 6 months = 1 Mar).
 *
 * @module
 */
import * as Schema from "effect/Schema";
import { BoundedString, WholeNumberBetween } from "./bounded.js";

const MIN_EPOCH_DAY = -719162; // 0001-01-01
const MAX_EPOCH_DAY = 2932896; // 9999-12-31

/**
 * Days since 1970-01-01 of a Gregorian (year, month 1–12, day). Exact for all years.
 *
 * @example
 * ```ts
 * import { daysFromCivil } from "@zorgkit/core";
 *
 * daysFromCivil(1970, 1, 1); // => 0
 * daysFromCivil(2026, 11, 23); // => 20780
 * ```
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The Gregorian (year, month, day) of an epoch day.
 *
 * @example
 * ```ts
 * import { civilFromDays } from "@zorgkit/core";
 *
 * civilFromDays(20780); // => {"year":2026,"month":11,"day":23}
 * ```
 */
export function civilFromDays(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Whether `year` is a Gregorian leap year.
 *
 * @example
 * ```ts
 * import { isLeapYear } from "@zorgkit/core";
 *
 * isLeapYear(2028); // => true
 * // a century not divisible by 400
 * isLeapYear(2100); // => false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (1–12) of a year.
 *
 * @example
 * ```ts
 * import { daysInMonth } from "@zorgkit/core";
 *
 * daysInMonth(2028, 2); // => 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const pad4 = (n: number) => `${n}`.padStart(4, "0");

function format(year: number, month: number, day: number): LocalDate {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}` as LocalDate;
}

/**
 * Why a string is not a {@link LocalDate}, or `undefined` when it is one.
 *
 * @example
 * ```ts
 * import { localDateProblem } from "@zorgkit/core";
 *
 * localDateProblem("2026-02-28"); // => undefined
 * localDateProblem("2026-02-29"); // => "day 29 does not exist in 2026-02"
 * ```
 */
export function localDateProblem(s: string): string | undefined {
  if (s.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return "expected an ISO date YYYY-MM-DD";
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  if (year < 1) return "year 0000 is not a calendar year";
  if (month < 1 || month > 12) return `month ${pad2(month)} does not exist`;
  if (day < 1 || day > daysInMonth(year, month))
    return `day ${pad2(day)} does not exist in ${pad4(year)}-${pad2(month)}`;
  return undefined;
}

/**
 * Whether a value is a valid {@link LocalDate}.
 *
 * @example
 * ```ts
 * import { isLocalDate } from "@zorgkit/core";
 *
 * isLocalDate("2028-02-29"); // => true
 * isLocalDate("2026-2-28"); // => false
 * ```
 */
export function isLocalDate(u: unknown): u is LocalDate {
  return typeof u === "string" && localDateProblem(u) === undefined;
}

/**
 * Schema of a {@link LocalDate}: decodes `"2026-02-28"`, rejects `"2026-02-29"` and
 * `"2026-2-28"` with a readable message.
 */
export const LocalDate = localDateSchema();

function localDateSchema() {
  return BoundedString(32)
    .check(
      Schema.makeFilter((s: string) => localDateProblem(s) ?? true, { expected: "an ISO date YYYY-MM-DD" }),
    )
    .pipe(Schema.brand("LocalDate"));
}

/** An ISO calendar date `YYYY-MM-DD` that exists in the proleptic Gregorian calendar. */
export type LocalDate = typeof LocalDate.Type;

/**
 * Build a {@link LocalDate} from a string you know is valid (literals in code, tests).
 * Throws a `RangeError` naming the problem otherwise; decode untrusted input with the
 * {@link LocalDate} schema instead.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 *
 * date("2026-08-31"); // => "2026-08-31"
 * // date("2026-02-29") throws a RangeError: use tryDate for input you do not control
 * ```
 */
export function date(s: string): LocalDate {
  const problem = localDateProblem(s);
  if (problem !== undefined) throw new RangeError(`Not a calendar date "${s}": ${problem}`);
  return s as LocalDate;
}

/**
 * Total variant of {@link date}: the {@link LocalDate} of a string, or `undefined` when it is
 * not one.
 *
 * @example
 * ```ts
 * import { tryDate } from "@zorgkit/core";
 *
 * tryDate("2028-02-29"); // => "2028-02-29"
 * tryDate("2026-02-29"); // => undefined
 * ```
 */
export function tryDate(s: string): LocalDate | undefined {
  return typeof s === "string" && localDateProblem(s) === undefined ? (s as LocalDate) : undefined;
}

/**
 * The {@link LocalDate} of (year, month 1–12, day); throws `RangeError` if it does not exist.
 *
 * @example
 * ```ts
 * import { dateFromParts } from "@zorgkit/core";
 *
 * dateFromParts(2026, 8, 31); // => "2026-08-31"
 * ```
 */
export function dateFromParts(year: number, month: number, day: number): LocalDate {
  return date(format(year, month, day));
}

/**
 * Total variant of {@link dateFromParts}: `undefined` when the date does not exist.
 *
 * @example
 * ```ts
 * import { tryDateFromParts } from "@zorgkit/core";
 *
 * tryDateFromParts(2026, 2, 29); // => undefined
 * ```
 */
export function tryDateFromParts(year: number, month: number, day: number): LocalDate | undefined {
  if (!(Number.isSafeInteger(year) && Number.isSafeInteger(month) && Number.isSafeInteger(day)))
    return undefined;
  if (year < 1 || year > 9999) return undefined;
  return tryDate(format(year, month, day));
}

/**
 * Days since 1970-01-01 of a date.
 *
 * @example
 * ```ts
 * import { date, toEpochDay } from "@zorgkit/core";
 *
 * toEpochDay(date("2026-11-23")); // => 20780
 * ```
 */
export function toEpochDay(d: LocalDate): number {
  return daysFromCivil(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)));
}

/**
 * The date of an epoch day; throws `RangeError` outside years 0001–9999.
 *
 * @example
 * ```ts
 * import { fromEpochDay } from "@zorgkit/core";
 *
 * fromEpochDay(20780); // => "2026-11-23"
 * ```
 */
export function fromEpochDay(epochDay: number): LocalDate {
  const d = tryFromEpochDay(epochDay);
  if (d === undefined) throw new RangeError(`Epoch day ${epochDay} is outside the years 0001–9999`);
  return d;
}

/**
 * Total variant of {@link fromEpochDay}: `undefined` outside years 0001–9999 (or for a
 * non-integer).
 *
 * @example
 * ```ts
 * import { tryFromEpochDay } from "@zorgkit/core";
 *
 * tryFromEpochDay(0); // => "1970-01-01"
 * tryFromEpochDay(3_000_000); // => undefined
 * ```
 */
export function tryFromEpochDay(epochDay: number): LocalDate | undefined {
  if (!Number.isSafeInteger(epochDay) || epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY)
    return undefined;
  const { year, month, day } = civilFromDays(epochDay);
  return format(year, month, day);
}

/**
 * The parts of a date.
 *
 * @example
 * ```ts
 * import { date, dateParts } from "@zorgkit/core";
 *
 * dateParts(date("2026-08-31")); // => {"year":2026,"month":8,"day":31}
 * ```
 */
export function dateParts(d: LocalDate): { year: number; month: number; day: number } {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

/**
 * ISO weekday of a date: 1 = Monday … 7 = Sunday.
 *
 * @example
 * ```ts
 * import { date, isoWeekday } from "@zorgkit/core";
 *
 * // Monday
 * isoWeekday(date("2026-11-23")); // => 1
 * ```
 */
export function isoWeekday(d: LocalDate): number {
  return epochDayWeekday(toEpochDay(d));
}

/**
 * ISO weekday (1 = Monday … 7 = Sunday) of an epoch day.
 *
 * @example
 * ```ts
 * import { epochDayWeekday } from "@zorgkit/core";
 *
 * // Thursday 1 January 1970
 * epochDayWeekday(0); // => 4
 * ```
 */
export function epochDayWeekday(epochDay: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/**
 * Compare two dates: negative, zero or positive (ISO strings sort chronologically).
 *
 * @example
 * ```ts
 * import { compareDates, date } from "@zorgkit/core";
 *
 * [date("2027-03-01"), date("2026-08-31")].sort(compareDates); // => ["2026-08-31","2027-03-01"]
 * ```
 */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Add (or subtract) calendar days.
 *
 * @example
 * ```ts
 * import { addDays, date } from "@zorgkit/core";
 *
 * addDays(date("2028-02-28"), 1); // => "2028-02-29"
 * ```
 */
export function addDays(d: LocalDate, days: number): LocalDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return fromEpochDay(toEpochDay(d) + days);
}

/**
 * Total variant of {@link addDays}: `undefined` when the result is outside years 0001–9999 or
 * `days` is not an integer.
 *
 * @example
 * ```ts
 * import { date, tryAddDays } from "@zorgkit/core";
 *
 * tryAddDays(date("2028-02-28"), 1); // => "2028-02-29"
 * tryAddDays(date("9999-12-31"), 1); // => undefined
 * ```
 */
export function tryAddDays(d: LocalDate, days: number): LocalDate | undefined {
  return Number.isSafeInteger(days) ? tryFromEpochDay(toEpochDay(d) + days) : undefined;
}

/**
 * Calendar days from `a` to `b` (`b − a`; negative when b is earlier).
 *
 * @example
 * ```ts
 * import { date, daysBetween } from "@zorgkit/core";
 *
 * daysBetween(date("2028-02-28"), date("2028-03-01")); // => 2
 * ```
 */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/**
 * Add (or subtract) months by the library's date rule: the same day of the month n months
 * later; when that day does not exist, the first day of the following month.
 *
 * @example
 * ```ts
 * import { addMonths, date } from "@zorgkit/core";
 *
 * addMonths(date("2026-08-31"), 6); // => "2027-03-01"
 * addMonths(date("2026-01-30"), 1); // => "2026-03-01"
 * addMonths(date("2026-01-31"), 2); // => "2026-03-31"
 * ```
 */
export function addMonths(d: LocalDate, months: number): LocalDate {
  if (!Number.isSafeInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  const r = tryAddMonths(d, months);
  if (r === undefined) throw new RangeError(`${d} + ${months} months is outside the years 0001–9999`);
  return r;
}

/**
 * Total variant of {@link addMonths}: `undefined` when the result is outside years 0001–9999 or
 * `months` is not an integer.
 *
 * @example
 * ```ts
 * import { date, tryAddMonths } from "@zorgkit/core";
 *
 * tryAddMonths(date("2026-08-31"), 6); // => "2027-03-01"
 * tryAddMonths(date("9999-12-01"), 1); // => undefined
 * ```
 */
export function tryAddMonths(d: LocalDate, months: number): LocalDate | undefined {
  if (!Number.isSafeInteger(months)) return undefined;
  const { year, month, day } = dateParts(d);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (!(y >= 1 && y <= 9999)) return undefined;
  if (day <= daysInMonth(y, m)) return format(y, m, day);
  if (m === 12) return y === 9999 ? undefined : format(y + 1, 1, 1);
  return format(y, m + 1, 1);
}

/**
 * Add (or subtract) years by the date rule (29 Feb + 1 year = 1 Mar).
 *
 * @example
 * ```ts
 * import { addYears, date } from "@zorgkit/core";
 *
 * addYears(date("2028-02-29"), 1); // => "2029-03-01"
 * ```
 */
export function addYears(d: LocalDate, years: number): LocalDate {
  return addMonths(d, years * 12);
}

/**
 * Total variant of {@link addYears}.
 *
 * @example
 * ```ts
 * import { date, tryAddYears } from "@zorgkit/core";
 *
 * tryAddYears(date("2028-02-29"), 1); // => "2029-03-01"
 * tryAddYears(date("2028-02-29"), 8000); // => undefined
 * ```
 */
export function tryAddYears(d: LocalDate, years: number): LocalDate | undefined {
  return Number.isSafeInteger(years) ? tryAddMonths(d, years * 12) : undefined;
}

/**
 * Schema of a calendar length as contracts state it: "18 maanden", "90 dagen", "2 jaar" —
 * `{ years?, months?, weeks?, days? }`, each a whole number (at most 1 000 years, 12 000 months,
 * 52 200 weeks or 366 000 days, so that a decoded length can be applied to any date of this
 * millennium). Years and months are applied together (as months) by the date rule, then weeks
 * and days. The functions also accept negative counts (to go back).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { DateLength } from "@zorgkit/core";
 *
 * Schema.is(DateLength)({ months: 18 }); // => true
 * Schema.is(DateLength)({ months: 1.5 }); // => false
 * ```
 */
export const DateLength = Schema.Struct({
  years: Schema.optionalKey(WholeNumberBetween(0, 1000)),
  months: Schema.optionalKey(WholeNumberBetween(0, 12_000)),
  weeks: Schema.optionalKey(WholeNumberBetween(0, 52_200)),
  days: Schema.optionalKey(WholeNumberBetween(0, 366_000)),
});

/** A calendar length (see the {@link DateLength} schema). */
export type DateLength = typeof DateLength.Type;

/**
 * Add a {@link DateLength} to a date.
 *
 * @example
 * ```ts
 * import { addLength, date } from "@zorgkit/core";
 *
 * addLength(date("2026-08-31"), { months: 18 }); // => "2028-03-01"
 * ```
 */
export function addLength(d: LocalDate, length: DateLength): LocalDate {
  const months = (length.years ?? 0) * 12 + (length.months ?? 0);
  const days = (length.weeks ?? 0) * 7 + (length.days ?? 0);
  const afterMonths = months === 0 ? d : addMonths(d, months);
  return days === 0 ? afterMonths : addDays(afterMonths, days);
}

/**
 * Total variant of {@link addLength}: `undefined` when the result is outside years 0001–9999.
 *
 * @example
 * ```ts
 * import { date, tryAddLength } from "@zorgkit/core";
 *
 * tryAddLength(date("2026-08-31"), { months: 18 }); // => "2028-03-01"
 * tryAddLength(date("2026-08-31"), { years: 8000 }); // => undefined
 * ```
 */
export function tryAddLength(d: LocalDate, length: DateLength): LocalDate | undefined {
  const months = (length.years ?? 0) * 12 + (length.months ?? 0);
  const days = (length.weeks ?? 0) * 7 + (length.days ?? 0);
  const afterMonths = months === 0 ? d : tryAddMonths(d, months);
  if (afterMonths === undefined) return undefined;
  return days === 0 ? afterMonths : tryAddDays(afterMonths, days);
}

/**
 * Renders a length in English (default) or Dutch ("18 months", "1 year and 6 months").
 *
 * @example
 * ```ts
 * import { formatLength } from "@zorgkit/core";
 *
 * formatLength({ years: 1, months: 6 }); // => "1 year and 6 months"
 * formatLength({ months: 18 }, "nl"); // => "18 maanden"
 * ```
 */
export function formatLength(length: DateLength, language: "en" | "nl" = "en"): string {
  const words =
    language === "nl"
      ? {
          years: ["jaar", "jaar"],
          months: ["maand", "maanden"],
          weeks: ["week", "weken"],
          days: ["dag", "dagen"],
        }
      : {
          years: ["year", "years"],
          months: ["month", "months"],
          weeks: ["week", "weeks"],
          days: ["day", "days"],
        };
  const parts: Array<string> = [];
  for (const unit of ["years", "months", "weeks", "days"] as const) {
    const n = length[unit];
    if (n !== undefined && n !== 0) parts.push(`${n} ${words[unit][Math.abs(n) === 1 ? 0 : 1]}`);
  }
  if (parts.length === 0) return language === "nl" ? "0 dagen" : "0 days";
  return parts.join(language === "nl" ? " en " : " and ");
}

/** A period that follows an event: it starts the day after and ends before `endExclusive`. */
export interface Period {
  /** First day of the period (the day after the event). */
  readonly start: LocalDate;
  /** First day no longer in the period (`lastDay + 1 day`). */
  readonly endExclusive: LocalDate;
  /** Last day of the period. */
  readonly lastDay: LocalDate;
}

function tryAddMonthsClamped(d: LocalDate, months: number): LocalDate | undefined {
  if (!Number.isSafeInteger(months)) return undefined;
  const { year, month, day } = dateParts(d);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (!(y >= 1 && y <= 9999)) return undefined;
  return format(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * Total variant of {@link correspondingDate}: `undefined` when the result is outside years
 * 0001–9999.
 *
 * @example
 * ```ts
 * import { date, tryCorrespondingDate } from "@zorgkit/core";
 *
 * tryCorrespondingDate(date("2027-02-28"), { months: 6 }); // => "2027-08-28"
 * tryCorrespondingDate(date("9999-12-31"), { months: 1 }); // => undefined
 * ```
 */
export function tryCorrespondingDate(d: LocalDate, length: DateLength): LocalDate | undefined {
  const months = (length.years ?? 0) * 12 + (length.months ?? 0);
  const days = (length.weeks ?? 0) * 7 + (length.days ?? 0);
  const afterMonths = months === 0 ? d : tryAddMonthsClamped(d, months);
  if (afterMonths === undefined) return undefined;
  return days === 0 ? afterMonths : tryAddDays(afterMonths, days);
}

/**
 * The date that corresponds to `d` after `length`, as a period counted from an event ends
 * (HR 1 September 2017, ECLI:NL:HR:2017:2225; EU Regulation 1182/71 art. 3(2)(c)): months and
 * years land on the day with the same day number in the target month, or on that month's last
 * day when it has no such day; then weeks and days are added. It is the last day of
 * {@link periodAfter}. Unlike {@link addMonths} it never moves into the next month.
 *
 * @example
 * ```ts
 * import { correspondingDate, date } from "@zorgkit/core";
 *
 * correspondingDate(date("2027-02-28"), { months: 6 }); // => "2027-08-28"
 * correspondingDate(date("2026-08-31"), { months: 6 }); // => "2027-02-28"
 * correspondingDate(date("2027-04-30"), { months: 1 }); // => "2027-05-30"
 * ```
 */
export function correspondingDate(d: LocalDate, length: DateLength): LocalDate {
  const r = tryCorrespondingDate(d, length);
  if (r === undefined) throw new RangeError(`${d} + ${formatLength(length)} is outside the years 0001–9999`);
  return r;
}

/**
 * Total variant of {@link periodAfter}: `undefined` when the period leaves years 0001–9999.
 *
 * @example
 * ```ts
 * import { date, tryPeriodAfter } from "@zorgkit/core";
 *
 * tryPeriodAfter(date("2026-04-30"), { months: 1 })?.lastDay; // => "2026-05-30"
 * tryPeriodAfter(date("9999-12-31"), { days: 1 }); // => undefined
 * ```
 */
export function tryPeriodAfter(eventDate: LocalDate, length: DateLength): Period | undefined {
  const start = tryAddDays(eventDate, 1);
  const lastDay = tryCorrespondingDate(eventDate, length);
  const endExclusive = lastDay === undefined ? undefined : tryAddDays(lastDay, 1);
  if (start === undefined || lastDay === undefined || endExclusive === undefined) return undefined;
  return { start, endExclusive, lastDay };
}

/**
 * The period of `length` after an event (this library's reading, ADR 0003): the day of the
 * event does not count, so the period starts the next day. A period of months or years ends at
 * the end of the day with the event's day number in the target month, or at the end of that
 * month when it has no such day (HR 1 September 2017, ECLI:NL:HR:2017:2225; EU Regulation
 * 1182/71 art. 3(2)(c)); weeks and days are whole days counted from the day after the event.
 * `lastDay` is {@link correspondingDate}`(eventDate, length)`. Throws `RangeError` outside years
 * 0001–9999 ({@link tryPeriodAfter} returns `undefined`).
 *
 * @example
 * ```ts
 * import { date, periodAfter } from "@zorgkit/core";
 *
 * periodAfter(date("2026-08-31"), { months: 6 }); // => { "start": "2026-09-01", "endExclusive": "2027-03-01", "lastDay": "2027-02-28" }
 * periodAfter(date("2027-02-28"), { months: 6 }).lastDay; // => "2027-08-28"
 * periodAfter(date("2027-04-30"), { months: 1 }).lastDay; // => "2027-05-30"
 * periodAfter(date("2026-12-01"), { days: 90 }).lastDay; // => "2027-03-01"
 * ```
 */
export function periodAfter(eventDate: LocalDate, length: DateLength): Period {
  const p = tryPeriodAfter(eventDate, length);
  if (p === undefined) {
    throw new RangeError(
      `The period of ${formatLength(length)} after ${eventDate} is outside the years 0001–9999`,
    );
  }
  return p;
}

/**
 * Last day of a term of `length` that starts on `start`: `[start, start + length − 1 day]`
 * (by {@link addLength}, so a term from the 31st that lands on a missing day ends on the last
 * day of the month).
 *
 * @example
 * ```ts
 * import { date, termEnd } from "@zorgkit/core";
 *
 * termEnd(date("2026-01-01"), { years: 1 }); // => "2026-12-31"
 * termEnd(date("2026-08-31"), { months: 18 }); // => "2028-02-29"
 * ```
 */
export function termEnd(start: LocalDate, length: DateLength): LocalDate {
  return addDays(addLength(start, length), -1);
}

/**
 * Total variant of {@link termEnd}: `undefined` outside years 0001–9999.
 *
 * @example
 * ```ts
 * import { date, tryTermEnd } from "@zorgkit/core";
 *
 * tryTermEnd(date("2026-01-01"), { years: 1 }); // => "2026-12-31"
 * tryTermEnd(date("2026-01-01"), { years: 9000 }); // => undefined
 * ```
 */
export function tryTermEnd(start: LocalDate, length: DateLength): LocalDate | undefined {
  const end = tryAddLength(start, length);
  return end === undefined ? undefined : tryAddDays(end, -1);
}

/**
 * Age in whole years on a date: a person reaches age n on `addYears(birthDate, n)` (born on
 * 29 February: on 1 March in common years). Negative before birth is reported as -1.
 *
 * @example
 * ```ts
 * import { ageOn, date } from "@zorgkit/core";
 *
 * ageOn(date("2012-02-29"), date("2024-02-29")); // => 12
 * ageOn(date("2012-02-29"), date("2025-02-28")); // => 12
 * ageOn(date("2012-02-29"), date("2025-03-01")); // => 13
 * ```
 */
export function ageOn(birthDate: LocalDate, on: LocalDate): number {
  if (on < birthDate) return -1;
  const b = dateParts(birthDate);
  const o = dateParts(on);
  let age = o.year - b.year;
  // candidate birthday in `on`'s year by the date rule
  if (age > 0 && addYears(birthDate, age) > on) age -= 1;
  return age;
}
