/**
 * Working days and working time on a compiled business calendar.
 *
 * {@link compileCalendar} turns a {@link BusinessCalendar} into sorted open intervals (UTC epoch
 * milliseconds, in typed arrays, with prefix sums of open time, each with a bucket index) and
 * per-day working flags (with prefix counts) for a range of years. Every query is then a few array
 * reads and a comparison (a binary search within one bucket at worst), never a loop over days or
 * minutes.
 *
 * Meaning of "open": an opening interval `[s, e)` of a date is open from the moment the wall
 * clock (in the calendar's time zone) first shows s on that date until the moment it first shows
 * e. So a 24-hour day is 23 or 25 hours long on the DST switch days; on the spring switch an
 * interval 02:30–04:00 opens when the clock jumps from 02:00 to 03:00 (60 minutes open); on the
 * autumn switch it opens at the first 02:30 and stays open through the repeated hour until 04:00
 * (150 minutes), and an interval 00:00–02:30 closes at the first 02:30.
 *
 * Compiled range: a compiled calendar answers for local dates `from`-01-01 … `to`-12-31 and for
 * instants from the start of the first to the start of the day after the last. Questions outside
 * it — or whose answer falls outside it — throw a `RangeError` naming the range; they are never
 * silently clipped. Widen it with `compileCalendar(cal, { from, to })`.
 *
 * @module
 */
import type { BusinessCalendar } from "./business-calendar.js";
import { fromEpochDay, type LocalDate, toEpochDay } from "./dates.js";
import { HOLIDAY_YEARS, type Holiday } from "./holidays.js";
import { formatInstant, formatUnchecked, type Instant } from "./instant.js";
import { buildLayout, type CalendarLayout } from "./internal/calendar-layout.js";

/**
 * Years a calendar can be compiled for: 1970–2199. Before 1970 the time-zone data the runtime
 * ships is not each zone's own history (for Europe/Amsterdam it is Brussels' before 1970, with
 * offsets in fractions of a minute before 1892), so no working time is computed on it; after
 * 2199 the holiday rules are not checked.
 */
export const COMPILABLE_YEARS = { from: 1970, to: HOLIDAY_YEARS.to } as const;

/** Default compiled range of {@link compileCalendar}: 1970–2100. */
export const DEFAULT_COMPILED_YEARS = { from: 1970, to: 2100 } as const;

/** Options of {@link compileCalendar}. */
export interface CompileOptions {
  /** First year covered (default 1970, the earliest). */
  readonly from?: number;
  /** Last year covered, inclusive (default 2100, at most 2199). */
  readonly to?: number;
}

/** The years and instants a {@link CompiledCalendar} answers for. */
export interface CompiledRange {
  /** First year covered. */
  readonly from: number;
  /** Last year covered (inclusive). */
  readonly to: number;
  /** First instant covered: the start of `from`-01-01 in the calendar's zone. */
  readonly start: Instant;
  /** Last instant covered: the start of (`to` + 1)-01-01 in the calendar's zone. */
  readonly end: Instant;
}

declare const compiledCalendarBrand: unique symbol;

/**
 * A business calendar compiled for a range of years: opaque (ADR 0006 §5). Build it with
 * {@link compileCalendar}; read its `definition` and `range`. The layout (typed arrays of open
 * intervals, working-day counts) is internal.
 */
export interface CompiledCalendar {
  readonly [compiledCalendarBrand]: "CompiledCalendar";
  /** The calendar this was compiled from. */
  readonly definition: BusinessCalendar;
  /** The years and instants it answers for. */
  readonly range: CompiledRange;
}

function checkYear(name: string, y: number): void {
  if (!Number.isInteger(y) || y < COMPILABLE_YEARS.from || y > COMPILABLE_YEARS.to) {
    const why =
      Number.isInteger(y) && y < COMPILABLE_YEARS.from
        ? ": before 1970 the runtime's time-zone data is not the zone's own history (for Europe/Amsterdam it is Brussels' offsets, and before 1892 offsets in fractions of a minute), so calendars are not compiled for those years"
        : "";
    throw new RangeError(
      `compileCalendar: ${name} must be a year ${COMPILABLE_YEARS.from}–${COMPILABLE_YEARS.to}, got ${y}${why}`,
    );
  }
}

/**
 * Compile a {@link BusinessCalendar} for the years `from`…`to` (default 1970–2100; each
 * within 1970–2199 — years before 1970 are refused, see {@link COMPILABLE_YEARS}). Costs a few
 * milliseconds per decade; compile once and reuse the result.
 *
 * @example
 * ```ts
 * import { addWorkingTime, compileCalendar, formatInstant, instant } from "@zorgkit/core";
 * import { mdoOfficeHours } from "@zorgkit/core/presets";
 *
 * const office = compileCalendar(mdoOfficeHours, { from: 2024, to: 2036 });
 * office.range.from; // => 2024
 * formatInstant(addWorkingTime(office, instant("2026-05-22T15:00:00+02:00"), 3_600_000)); // => "2026-05-26T09:30:00+02:00"
 * ```
 */
export function compileCalendar(cal: BusinessCalendar, options: CompileOptions = {}): CompiledCalendar {
  const from = options.from ?? DEFAULT_COMPILED_YEARS.from;
  const to = options.to ?? DEFAULT_COMPILED_YEARS.to;
  checkYear("from", from);
  checkYear("to", to);
  if (from > to) throw new RangeError(`compileCalendar: from (${from}) is after to (${to})`);
  const layout = buildLayout(cal, from, to);
  const start = layout.rangeStart as Instant;
  const end = layout.rangeEnd as Instant;
  const compiled = { definition: cal, range: { from, to, start, end }, ...layout };
  return compiled as unknown as CompiledCalendar;
}

// ---------------------------------------------------------------------------------------------
// Range errors

function rangeText(L: CalendarLayout): string {
  return `calendar "${L.calendar.name}" is compiled for ${L.from}–${L.to} (${formatInstant(L.rangeStart, L.calendar.timeZone)} to ${formatInstant(L.rangeEnd, L.calendar.timeZone)}); compile it for a wider range with compileCalendar(calendar, { from, to }) (years ${COMPILABLE_YEARS.from}–${COMPILABLE_YEARS.to})`;
}

function instantOutside(L: CalendarLayout, what: string, at: number): never {
  const shown = formatUnchecked(at, L.calendar.timeZone);
  throw new RangeError(`${what} ${shown} is outside the compiled range: ${rangeText(L)}`);
}

function checkInstant(L: CalendarLayout, at: number): void {
  if (!(at >= L.rangeStart && at <= L.rangeEnd)) instantOutside(L, "Instant", at);
}

function dayIndex(L: CalendarLayout, d: LocalDate): number {
  const k = toEpochDay(d) - L.firstDay;
  if (!(k >= 0 && k < L.dayCount)) {
    throw new RangeError(`Date ${d} is outside the compiled range: ${rangeText(L)}`);
  }
  return k;
}

function dayOutside(L: CalendarLayout, what: string): never {
  throw new RangeError(`${what} falls outside the compiled range: ${rangeText(L)}`);
}

// ---------------------------------------------------------------------------------------------
// Searches over Float64Array, narrowed by the layout's bucket indexes

/** First index i in [lo, hi) with a[i] > x (hi when none). */
function upperBound(a: Float64Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index i in [lo, hi) with a[i] >= x (hi when none). */
function lowerBound(a: Float64Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The number of intervals starting at or before t (t within the compiled range): the first
 * index with `starts[i] > t` lies in t's bucket, `[startIndex[b], startIndex[b + 1]]`, since a
 * start in a lower bucket is before t and one in a higher bucket after it. When no bucket holds two
 * starts (office calendars) that is one comparison, which the compiler makes branch-free; reading
 * `startsPadded` (+∞ after the last start) needs no bounds test. `| 0` is the floor: the bucket is
 * ≥ 0 and below 2^31.
 */
function startsUpTo(L: CalendarLayout, t: number): number {
  const b = ((t - L.rangeStart) * L.startScale) | 0;
  const index = L.startIndex;
  const i = index[b] as number;
  if (L.startSingle) return (L.startsPadded[i] as number) <= t ? i + 1 : i;
  return upperBound(L.starts, i, index[b + 1] as number, t);
}

/** Open ms in [rangeStart, t) (t within the compiled range). */
function openBefore(L: CalendarLayout, t: number): number {
  const i = startsUpTo(L, t) - 1;
  if (i < 0) return 0;
  const e = L.ends[i] as number;
  return (L.cum[i] as number) + Math.min(t, e) - (L.starts[i] as number);
}

// ---------------------------------------------------------------------------------------------
// Working days

/**
 * Whether a date is a working day (werkdag, MDO-SLA §2.35) of the calendar: a day with opening
 * time — weekly hours on a day that is not a holiday or closing date, or extra opening hours.
 *
 * @example
 * ```ts
 * import { compileCalendar, date, isWorkingDay } from "@zorgkit/core";
 * import { mdoOfficeHours } from "@zorgkit/core/presets";
 *
 * const office = compileCalendar(mdoOfficeHours, { from: 2024, to: 2036 });
 * // Whit Monday
 * isWorkingDay(office, date("2026-05-25")); // => false
 * isWorkingDay(office, date("2026-05-26")); // => true
 * ```
 */
export function isWorkingDay(cal: CompiledCalendar, d: LocalDate): boolean {
  const L = cal as unknown as CalendarLayout;
  return L.working[dayIndex(L, d)] === 1;
}

/**
 * The working days `n` working days from a date: for n > 0 the n-th working day strictly after
 * `d`; for n < 0 the |n|-th working day strictly before `d`; for n = 0 `d` itself (working day
 * or not). Throws `RangeError` when the answer falls outside the compiled range.
 *
 * @example
 * ```ts
 * import { addWorkingDays, compileCalendar, date } from "@zorgkit/core";
 * import { mdoOfficeHours } from "@zorgkit/core/presets";
 *
 * const office = compileCalendar(mdoOfficeHours, { from: 2024, to: 2036 });
 * // Fri → Tue over Whit Monday
 * addWorkingDays(office, date("2026-05-22"), 1); // => "2026-05-26"
 * addWorkingDays(office, date("2026-05-26"), -1); // => "2026-05-22"
 * ```
 */
export function addWorkingDays(cal: CompiledCalendar, d: LocalDate, n: number): LocalDate {
  const L = cal as unknown as CalendarLayout;
  if (!Number.isSafeInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
  const k = dayIndex(L, d);
  if (n === 0) return d;
  // workingBefore[k + 1] = working days on or before d; workingBefore[k] = strictly before d.
  const idx = n > 0 ? (L.workingBefore[k + 1] as number) + n - 1 : (L.workingBefore[k] as number) + n;
  if (idx < 0 || idx >= L.workingDays.length) {
    dayOutside(L, `${n > 0 ? n : -n} working day(s) ${n > 0 ? "after" : "before"} ${d}`);
  }
  return fromEpochDay(L.firstDay + (L.workingDays[idx] as number));
}

/**
 * The first working day strictly after a date.
 *
 * @example
 * ```ts
 * import { compileCalendar, date, nextWorkingDay } from "@zorgkit/core";
 * import { mdoOfficeHours } from "@zorgkit/core/presets";
 *
 * const office = compileCalendar(mdoOfficeHours, { from: 2024, to: 2036 });
 * // King's Day is Sat 26 April
 * nextWorkingDay(office, date("2025-04-25")); // => "2025-04-28"
 * ```
 */
export function nextWorkingDay(cal: CompiledCalendar, d: LocalDate): LocalDate {
  return addWorkingDays(cal, d, 1);
}

/**
 * The last working day strictly before a date.
 *
 * @example
 * ```ts
 * import { compileCalendar, date, previousWorkingDay } from "@zorgkit/core";
 * import { mdoOfficeHours } from "@zorgkit/core/presets";
 *
 * const office = compileCalendar(mdoOfficeHours, { from: 2024, to: 2036 });
 * previousWorkingDay(office, date("2026-05-26")); // => "2026-05-22"
 * ```
 */
export function previousWorkingDay(cal: CompiledCalendar, d: LocalDate): LocalDate {
  return addWorkingDays(cal, d, -1);
}

/**
 * Working days from `a` to `b`: for b ≥ a the working days in `(a, b]` (after a, up to and
 * including b); for b < a minus the working days in `[b, a)`. It is the inverse of
 * {@link addWorkingDays}: `workingDaysBetween(L, a, addWorkingDays(L, a, n)) === n`.
 *
 * @example
 * ```ts
 * import { compileCalendar, date, workingDaysBetween } from "@zorgkit/core";
 * import { mdoOfficeHours } from "@zorgkit/core/presets";
 *
 * const office = compileCalendar(mdoOfficeHours, { from: 2024, to: 2036 });
 * workingDaysBetween(office, date("2026-05-22"), date("2026-05-26")); // => 1
 * workingDaysBetween(office, date("2026-05-26"), date("2026-05-22")); // => -1
 * ```
 */
export function workingDaysBetween(cal: CompiledCalendar, a: LocalDate, b: LocalDate): number {
  const L = cal as unknown as CalendarLayout;
  const ka = dayIndex(L, a);
  const kb = dayIndex(L, b);
  const w = L.workingBefore;
  return kb >= ka ? (w[kb + 1] as number) - (w[ka + 1] as number) : (w[kb] as number) - (w[ka] as number);
}

/**
 * The holiday of the calendar's rule set on a date, if any (closing dates are not holidays).
 *
 * @example
 * ```ts
 * import { compileCalendar, date, holidayOn } from "@zorgkit/core";
 * import { mdoOfficeHours } from "@zorgkit/core/presets";
 *
 * const office = compileCalendar(mdoOfficeHours, { from: 2024, to: 2036 });
 * holidayOn(office, date("2026-05-25"))?.nameNl; // => "Tweede Pinksterdag"
 * ```
 */
export function holidayOn(cal: CompiledCalendar, d: LocalDate): Holiday | undefined {
  const L = cal as unknown as CalendarLayout;
  return L.holidays.get(L.firstDay + dayIndex(L, d));
}

// ---------------------------------------------------------------------------------------------
// Working time

/**
 * Whether the calendar is open at an instant.
 *
 * @example
 * ```ts
 * import { compileCalendar, instant, isOpen } from "@zorgkit/core";
 * import { mdoOfficeHours } from "@zorgkit/core/presets";
 *
 * const office = compileCalendar(mdoOfficeHours, { from: 2024, to: 2036 });
 * // Friday
 * isOpen(office, instant("2026-11-27T15:00:00+01:00")); // => true
 * // Friday closes at 15:30
 * isOpen(office, instant("2026-11-27T15:30:00+01:00")); // => false
 * ```
 */
export function isOpen(cal: CompiledCalendar, at: Instant): boolean {
  const L = cal as unknown as CalendarLayout;
  checkInstant(L, at);
  const i = startsUpTo(L, at) - 1;
  return i >= 0 && at < (L.ends[i] as number);
}

/**
 * The earliest instant at or after `at` at which the calendar is open: `at` itself when open,
 * otherwise the next opening. Throws `RangeError` when there is none in the compiled range.
 *
 * @example
 * ```ts
 * import { compileCalendar, formatInstant, instant, nextOpening } from "@zorgkit/core";
 * import { mdoOfficeHours } from "@zorgkit/core/presets";
 *
 * const office = compileCalendar(mdoOfficeHours, { from: 2024, to: 2036 });
 * // Mon 30 Nov 09:00 +01:00
 * formatInstant(nextOpening(office, instant("2026-11-27T16:00:00+01:00"))); // => "2026-11-30T09:00:00+01:00"
 * ```
 */
export function nextOpening(cal: CompiledCalendar, at: Instant): Instant {
  const L = cal as unknown as CalendarLayout;
  checkInstant(L, at);
  const n = L.starts.length;
  const i = startsUpTo(L, at);
  if (i > 0 && at < (L.ends[i - 1] as number)) return at;
  if (i === n) dayOutside(L, `The next opening after ${formatInstant(at, L.calendar.timeZone)}`);
  return L.starts[i] as Instant;
}

/**
 * Open time (ms) in `[a, b)`; negative (minus the open time in `[b, a)`) when b < a.
 *
 * @example
 * ```ts
 * import { compileCalendar, instant, workingTimeBetween } from "@zorgkit/core";
 * import { mdoOfficeHours } from "@zorgkit/core/presets";
 *
 * const office = compileCalendar(mdoOfficeHours, { from: 2024, to: 2036 });
 * // Fri 15:00–15:30 and Mon 09:00–09:30
 * workingTimeBetween(office, instant("2026-11-27T15:00:00+01:00"), instant("2026-11-30T09:30:00+01:00")); // => 3600000
 * ```
 */
export function workingTimeBetween(cal: CompiledCalendar, a: Instant, b: Instant): number {
  const L = cal as unknown as CalendarLayout;
  checkInstant(L, a);
  checkInstant(L, b);
  return openBefore(L, b) - openBefore(L, a);
}

/**
 * The instant at which `durationMs` of open time has elapsed after `at`. Closed time does not
 * count, including the time before the next opening; when the duration runs out exactly at a
 * closing time the answer is that closing time (not the next opening). `durationMs = 0` gives
 * `at` itself. A negative duration goes back: the latest instant t ≤ at with |durationMs| of
 * open time in `[t, at)`. Throws `RangeError` when the answer is outside the compiled range.
 *
 * Invariant: `workingTimeBetween(L, at, addWorkingTime(L, at, d)) === d`.
 *
 * @example
 * ```ts
 * import { addWorkingTime, compileCalendar, formatInstant, instant } from "@zorgkit/core";
 * import { mdoOfficeHours } from "@zorgkit/core/presets";
 *
 * const office = compileCalendar(mdoOfficeHours, { from: 2024, to: 2036 });
 * // Friday closes at 15:30
 * formatInstant(addWorkingTime(office, instant("2026-11-27T15:00:00+01:00"), 3_600_000)); // => "2026-11-30T09:30:00+01:00"
 * ```
 */
export function addWorkingTime(cal: CompiledCalendar, at: Instant, durationMs: number): Instant {
  const L = cal as unknown as CalendarLayout;
  checkInstant(L, at);
  if (!Number.isSafeInteger(durationMs)) badDuration(durationMs);
  const cum = L.cum;
  const n = L.starts.length;
  const target = openBefore(L, at) + durationMs;
  // For d > 0 the target is above 0, for d < 0 below the total: one test covers both ways out.
  if (!(target >= 0 && target <= (cum[n] as number))) addOutside(L, at, durationMs);
  const index = L.cumIndex;
  const b = (target * L.cumScale) | 0;
  const lo = index[b] as number;
  if (durationMs > 0) {
    // First interval i whose end reaches the target: j = i + 1 is the first j ≥ 1 with
    // cum[j] >= target. It lies in the target's bucket of the cum index (as in startsUpTo): with
    // one value per bucket it is the bucket's value or the next (j ≤ n, as target ≤ cum[n]).
    let j: number;
    if (L.cumSingle) {
      j = Math.max(lo, 1);
      j = (cum[j] as number) < target ? j + 1 : j;
    } else {
      j = lowerBound(cum, Math.max(lo, 1), index[b + 1] as number, target);
    }
    const i = j - 1;
    return ((L.starts[i] as number) + (target - (cum[i] as number))) as Instant;
  }
  if (durationMs === 0) return at;
  // Last interval i that starts at or before the target: cum[i] <= target (i < n). As target <
  // cum[n], reading cum[lo] (lo ≤ n) is in bounds and cum[n] is never counted.
  const u = L.cumSingle
    ? (cum[lo] as number) <= target
      ? lo + 1
      : lo
    : upperBound(cum, lo, index[b + 1] as number, target);
  const i = u - 1;
  return ((L.starts[i] as number) + (target - (cum[i] as number))) as Instant;
}

// The error paths of addWorkingTime, out of line: they keep its code small enough to be inlined
// into its callers.
function badDuration(durationMs: number): never {
  throw new RangeError(
    `addWorkingTime: durationMs must be an integer number of milliseconds, got ${durationMs}`,
  );
}

function addOutside(L: CalendarLayout, at: number, durationMs: number): never {
  const shown = formatInstant(at as Instant, L.calendar.timeZone);
  dayOutside(
    L,
    durationMs > 0
      ? `${durationMs} ms of working time after ${shown}`
      : `${-durationMs} ms of working time before ${shown}`,
  );
}
