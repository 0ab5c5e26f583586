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

const MIN_EPOCH_DAY = -719162; // 0001-01-01
const MAX_EPOCH_DAY = 2932896; // 9999-12-31

/**
 * Days since 1970-01-01 of a Gregorian (year, month 1–12, day). Exact for all years.
 *
 * @example
 * ```ts
 * daysFromCivil(1970, 1, 1); // 0
 * daysFromCivil(2026, 11, 23); // 20780
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
 * civilFromDays(20780); // { year: 2026, month: 11, day: 23 }
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
 * isLeapYear(2028); // true
 * isLeapYear(2100); // false (a century not divisible by 400)
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
 * daysInMonth(2028, 2); // 29
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
 * localDateProblem("2026-02-28"); // undefined
 * localDateProblem("2026-02-29"); // "day 29 does not exist in 2026-02"
 * ```
 */
export function localDateProblem(s: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return "expected an ISO date YYYY-MM-DD";
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
 * isLocalDate("2028-02-29"); // true
 * isLocalDate("2026-2-28"); // false
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
  return Schema.String.check(
    Schema.makeFilter((s: string) => localDateProblem(s) ?? true, { expected: "an ISO date YYYY-MM-DD" }),
  ).pipe(Schema.brand("LocalDate"));
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
 * const d = date("2026-08-31");
 * ```
 */
export function date(s: string): LocalDate {
  const problem = localDateProblem(s);
  if (problem !== undefined) throw new RangeError(`Not a calendar date "${s}": ${problem}`);
  return s as LocalDate;
}

/**
 * The {@link LocalDate} of (year, month 1–12, day); throws `RangeError` if it does not exist.
 *
 * @example
 * ```ts
 * dateFromParts(2026, 8, 31); // "2026-08-31"
 * ```
 */
export function dateFromParts(year: number, month: number, day: number): LocalDate {
  return date(format(year, month, day));
}

/**
 * Days since 1970-01-01 of a date.
 *
 * @example
 * ```ts
 * toEpochDay(date("2026-11-23")); // 20780
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
 * fromEpochDay(20780); // "2026-11-23"
 * ```
 */
export function fromEpochDay(epochDay: number): LocalDate {
  if (!Number.isSafeInteger(epochDay) || epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
    throw new RangeError(`Epoch day ${epochDay} is outside the years 0001–9999`);
  }
  const { year, month, day } = civilFromDays(epochDay);
  return format(year, month, day);
}

/**
 * The parts of a date.
 *
 * @example
 * ```ts
 * dateParts(date("2026-08-31")); // { year: 2026, month: 8, day: 31 }
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
 * isoWeekday(date("2026-11-23")); // 1 (Monday)
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
 * epochDayWeekday(0); // 4 (Thursday 1 January 1970)
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
 * [date("2027-03-01"), date("2026-08-31")].sort(compareDates); // ["2026-08-31", "2027-03-01"]
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
 * addDays(date("2028-02-28"), 1); // "2028-02-29"
 * ```
 */
export function addDays(d: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(d) + days);
}

/**
 * Calendar days from `a` to `b` (`b − a`; negative when b is earlier).
 *
 * @example
 * ```ts
 * daysBetween(date("2028-02-28"), date("2028-03-01")); // 2
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
 * addMonths(date("2026-08-31"), 6); // "2027-03-01"
 * addMonths(date("2026-01-30"), 1); // "2026-03-01"
 * addMonths(date("2026-01-31"), 2); // "2026-03-31"
 * ```
 */
export function addMonths(d: LocalDate, months: number): LocalDate {
  if (!Number.isSafeInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  const { year, month, day } = dateParts(d);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (y < 1 || y > 9999) throw new RangeError(`${d} + ${months} months is outside the years 0001–9999`);
  if (day <= daysInMonth(y, m)) return format(y, m, day);
  return m === 12 ? format(y + 1, 1, 1) : format(y, m + 1, 1);
}

/**
 * Add (or subtract) years by the date rule (29 Feb + 1 year = 1 Mar).
 *
 * @example
 * ```ts
 * addYears(date("2028-02-29"), 1); // "2029-03-01"
 * ```
 */
export function addYears(d: LocalDate, years: number): LocalDate {
  return addMonths(d, years * 12);
}

/**
 * A calendar length as contracts state it: "18 maanden", "90 dagen", "2 jaar".
 * Years and months are applied together (as months) by the date rule, then weeks and days.
 */
export interface DateLength {
  readonly years?: number;
  readonly months?: number;
  readonly weeks?: number;
  readonly days?: number;
}

/**
 * Add a {@link DateLength} to a date.
 *
 * @example
 * ```ts
 * addLength(date("2026-08-31"), { months: 18 }); // "2028-03-01"
 * ```
 */
export function addLength(d: LocalDate, length: DateLength): LocalDate {
  const months = (length.years ?? 0) * 12 + (length.months ?? 0);
  const days = (length.weeks ?? 0) * 7 + (length.days ?? 0);
  const afterMonths = months === 0 ? d : addMonths(d, months);
  return days === 0 ? afterMonths : addDays(afterMonths, days);
}

/**
 * Renders a length in English (default) or Dutch ("18 months", "1 year and 6 months").
 *
 * @example
 * ```ts
 * formatLength({ years: 1, months: 6 }); // "1 year and 6 months"
 * formatLength({ months: 18 }, "nl"); // "18 maanden"
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
  /** First day no longer in the period. */
  readonly endExclusive: LocalDate;
  /** Last day of the period (`endExclusive − 1 day`). */
  readonly lastDay: LocalDate;
}

/**
 * The period of `length` after an event: the day of the event does not count, the period
 * starts the next day and ends at the start of `start + length`.
 *
 * @example
 * ```ts
 * periodAfter(date("2026-08-31"), { months: 6 });
 * // { start: "2026-09-01", endExclusive: "2027-03-01", lastDay: "2027-02-28" }
 * ```
 */
export function periodAfter(eventDate: LocalDate, length: DateLength): Period {
  const start = addDays(eventDate, 1);
  const endExclusive = addLength(start, length);
  return { start, endExclusive, lastDay: addDays(endExclusive, -1) };
}

/**
 * Last day of a term of `length` that starts on `start`: `[start, start + length − 1 day]`.
 *
 * @example
 * ```ts
 * termEnd(date("2026-01-01"), { years: 1 }); // "2026-12-31"
 * termEnd(date("2026-08-31"), { months: 18 }); // "2028-02-29"
 * ```
 */
export function termEnd(start: LocalDate, length: DateLength): LocalDate {
  return addDays(addLength(start, length), -1);
}

/**
 * Age in whole years on a date: a person reaches age n on `addYears(birthDate, n)` (born on
 * 29 February: on 1 March in common years). Negative before birth is reported as -1.
 *
 * @example
 * ```ts
 * ageOn(date("2012-02-29"), date("2024-02-29")); // 12
 * ageOn(date("2012-02-29"), date("2025-02-28")); // 12
 * ageOn(date("2012-02-29"), date("2025-03-01")); // 13
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
