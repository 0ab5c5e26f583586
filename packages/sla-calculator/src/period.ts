/**
 * Calendar months and quarters in Europe/Amsterdam, the periods the SLA measures over.
 *
 * @module
 */
import {
  AMSTERDAM,
  dateFromParts,
  type Instant,
  Instant as InstantSchema,
  type LocalDate,
  zonedInstant,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
// Core refuses instants before 1970 in Europe/Amsterdam (the runtime's zone data is not
// Amsterdam's own history before then), so an earlier month or quarter would decode and then throw
// in availability or quarterData.
const MIN_YEAR = 1970;

/** A calendar month `YYYY-MM` (e.g. `2026-03`). */
export const YearMonth = Schema.String.check(
  Schema.makeFilter(
    (s: string) => {
      const m = MONTH.exec(s);
      if (m === null) return "expected a month YYYY-MM, e.g. 2026-03";
      const year = Number(m[1]);
      const month = Number(m[2]);
      if (year < MIN_YEAR || year > 9998) return `year ${m[1]} is out of range (${MIN_YEAR}–9998)`;
      if (month < 1 || month > 12) return `month ${m[2]} does not exist`;
      return true;
    },
    { expected: "a month YYYY-MM" },
  ),
).pipe(Schema.brand("YearMonth"));
/** A calendar month `YYYY-MM`. */
export type YearMonth = typeof YearMonth.Type;

/** A calendar quarter `YYYY-Qn` (e.g. `2026-Q1`). */
export const Quarter = Schema.String.check(
  Schema.makeFilter(
    (s: string) => {
      const m = QUARTER.exec(s);
      if (m === null) return "expected a quarter YYYY-Qn, e.g. 2026-Q1";
      const year = Number(m[1]);
      if (year < MIN_YEAR || year > 9998) return `year ${m[1]} is out of range (${MIN_YEAR}–9998)`;
      return true;
    },
    { expected: "a quarter YYYY-Qn" },
  ),
).pipe(Schema.brand("Quarter"));
/** A calendar quarter `YYYY-Qn`. */
export type Quarter = typeof Quarter.Type;

/**
 * Build a {@link YearMonth} from a literal you know is valid; throws `TypeError` otherwise (ADR 0006 §2).
 *
 * @example
 * ```ts
 * yearMonth("2026-03"); // => "2026-03"
 * ```
 */
export function yearMonth(s: string): YearMonth {
  if (!Schema.is(YearMonth)(s)) throw new TypeError(`Not a month "${s}": expected YYYY-MM`);
  return s;
}

/**
 * Build a {@link Quarter} from a literal you know is valid; throws `TypeError` otherwise (ADR 0006 §2).
 *
 * @example
 * ```ts
 * quarter("2026-Q2"); // => "2026-Q2"
 * ```
 */
export function quarter(s: string): Quarter {
  if (!Schema.is(Quarter)(s)) throw new TypeError(`Not a quarter "${s}": expected YYYY-Qn`);
  return s;
}

/**
 * Year and month (1–12) of a {@link YearMonth}.
 *
 * @example
 * ```ts
 * monthParts(yearMonth("2026-03")); // => { "year": 2026, "month": 3 }
 * ```
 */
export function monthParts(m: YearMonth): { year: number; month: number } {
  return { year: Number(m.slice(0, 4)), month: Number(m.slice(5, 7)) };
}

/**
 * The month after `m`.
 *
 * @example
 * ```ts
 * nextMonth(yearMonth("2026-12")); // => "2027-01"
 * ```
 */
export function nextMonth(m: YearMonth): YearMonth {
  const { year, month } = monthParts(m);
  return (month === 12 ? `${pad4(year + 1)}-01` : `${pad4(year)}-${pad2(month + 1)}`) as YearMonth;
}

/**
 * First day of a month.
 *
 * @example
 * ```ts
 * firstDayOf(yearMonth("2026-03")); // => "2026-03-01"
 * ```
 */
export function firstDayOf(m: YearMonth): LocalDate {
  const { year, month } = monthParts(m);
  return dateFromParts(year, month, 1);
}

/**
 * A month as the half-open interval of instants `[start, end)` from local midnight on its first
 * day to local midnight on the first day of the next month (DST-aware).
 *
 * @example
 * ```ts
 * const { start, end } = monthInterval(yearMonth("2026-03"));
 * (end - start) / 60_000; // => 44580
 * ```
 */
export function monthInterval(m: YearMonth, timeZone: string = AMSTERDAM): { start: Instant; end: Instant } {
  return {
    start: zonedInstant(firstDayOf(m), 0, timeZone),
    end: zonedInstant(firstDayOf(nextMonth(m)), 0, timeZone),
  };
}

/**
 * The quarter a month belongs to.
 *
 * @example
 * ```ts
 * quarterOfMonth(yearMonth("2026-05")); // => "2026-Q2"
 * ```
 */
export function quarterOfMonth(m: YearMonth): Quarter {
  const { year, month } = monthParts(m);
  return `${pad4(year)}-Q${Math.floor((month - 1) / 3) + 1}` as Quarter;
}

/**
 * The three months of a quarter.
 *
 * @example
 * ```ts
 * monthsOfQuarter(quarter("2026-Q4")); // => ["2026-10", "2026-11", "2026-12"]
 * ```
 */
export function monthsOfQuarter(q: Quarter): [YearMonth, YearMonth, YearMonth] {
  const year = Number(q.slice(0, 4));
  const first = (Number(q.slice(6)) - 1) * 3 + 1;
  return [0, 1, 2].map((k) => `${pad4(year)}-${pad2(first + k)}`) as [YearMonth, YearMonth, YearMonth];
}

/**
 * The quarter after `q`.
 *
 * @example
 * ```ts
 * nextQuarter(quarter("2026-Q4")); // => "2027-Q1"
 * ```
 */
export function nextQuarter(q: Quarter): Quarter {
  const year = Number(q.slice(0, 4));
  const n = Number(q.slice(6));
  return (n === 4 ? `${pad4(year + 1)}-Q1` : `${pad4(year)}-Q${n + 1}`) as Quarter;
}

/**
 * A quarter as the half-open interval of instants `[start, end)` (local midnights).
 *
 * @example
 * ```ts
 * const { start, end } = quarterInterval(quarter("2026-Q1"));
 * formatInstant(start); // => "2026-01-01T00:00:00+01:00"
 * formatInstant(end); // => "2026-04-01T00:00:00+02:00"
 * ```
 */
export function quarterInterval(q: Quarter, timeZone: string = AMSTERDAM): { start: Instant; end: Instant } {
  const [first, , last] = monthsOfQuarter(q);
  return { start: monthInterval(first, timeZone).start, end: monthInterval(last, timeZone).end };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const pad4 = (n: number) => `${n}`.padStart(4, "0");

/** A period of time `[start, end)` (e.g. for {@link compliance}); the end may not be before the start. */
export const ReportingPeriod = Schema.Struct({ start: InstantSchema, end: InstantSchema }).check(
  Schema.makeFilter((p) => (p.end < p.start ? "end is before start" : true), {
    expected: "a period with start ≤ end",
  }),
);
/** A reporting period `[start, end)` of instants. */
export type ReportingPeriod = typeof ReportingPeriod.Type;
