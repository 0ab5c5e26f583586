/**
 * Working days and working time on a compiled business calendar.
 *
 * {@link compileCalendar} turns a {@link BusinessCalendar} into sorted open intervals (UTC epoch
 * milliseconds, in typed arrays, with prefix sums of open time) and per-day working flags (with
 * prefix counts) for a range of years. Every query is then a binary search or an array read:
 * O(log n) or O(1), never a loop over days or minutes.
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
import { weekdayKeys } from "./business-calendar.js";
import { daysFromCivil, epochDayWeekday, fromEpochDay, type LocalDate, toEpochDay } from "./dates.js";
import { HOLIDAY_YEARS, type Holiday, holidaysOf } from "./holidays.js";
import { formatInstant, type Instant, offsetAt, zonedInstant } from "./instant.js";
import { transitionsBetween } from "./zone-offsets.js";

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** Years a calendar can be compiled for: the years the holiday rules are checked for, 1900–2199. */
export const COMPILABLE_YEARS = HOLIDAY_YEARS;

/** Default compiled range of {@link compileCalendar}: 1970–2100. */
export const DEFAULT_COMPILED_YEARS = { from: 1970, to: 2100 } as const;

/** Options of {@link compileCalendar}. */
export interface CompileOptions {
  /** First year covered (default 1970). */
  readonly from?: number;
  /** Last year covered, inclusive (default 2100). */
  readonly to?: number;
}

/**
 * A business calendar compiled for a range of years. Build it with {@link compileCalendar};
 * the typed arrays are internal and must not be modified.
 */
export interface CompiledCalendar {
  /** The calendar this was compiled from. */
  readonly calendar: BusinessCalendar;
  /** First year covered. */
  readonly from: number;
  /** Last year covered (inclusive). */
  readonly to: number;
  /** First instant covered: the start of `from`-01-01 in the calendar's zone. */
  readonly rangeStart: Instant;
  /** Last instant covered: the start of (`to` + 1)-01-01 in the calendar's zone. */
  readonly rangeEnd: Instant;
  /** @internal Start of each open interval (UTC epoch ms), ascending, disjoint, not touching. */
  readonly starts: Float64Array;
  /** @internal End (exclusive) of each open interval. */
  readonly ends: Float64Array;
  /** @internal `cum[i]` = open ms before interval i; `cum[n]` = total open ms. */
  readonly cum: Float64Array;
  /** @internal Epoch day of `from`-01-01. */
  readonly firstDay: number;
  /** @internal Number of days covered. */
  readonly dayCount: number;
  /** @internal `working[k]` = 1 when day `firstDay + k` is a working day. */
  readonly working: Uint8Array;
  /** @internal `workingBefore[k]` = working days among days `[0, k)`; length dayCount + 1. */
  readonly workingBefore: Int32Array;
  /** @internal Day indices of the working days, ascending. */
  readonly workingDays: Int32Array;
  /** @internal Holidays by epoch day. */
  readonly holidays: ReadonlyMap<number, Holiday>;
}

function checkYear(name: string, y: number): void {
  if (!Number.isInteger(y) || y < COMPILABLE_YEARS.from || y > COMPILABLE_YEARS.to) {
    throw new RangeError(
      `compileCalendar: ${name} must be a year ${COMPILABLE_YEARS.from}–${COMPILABLE_YEARS.to}, got ${y}`,
    );
  }
}

/** Union of local intervals `[s, e)` (minutes), sorted and merged. */
function mergeLocal(xs: Array<[number, number]>): Array<[number, number]> {
  if (xs.length <= 1) return xs;
  xs.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const x of xs) {
    const last = out[out.length - 1];
    if (last !== undefined && x[0] <= last[1]) last[1] = Math.max(last[1], x[1]);
    else out.push([x[0], x[1]]);
  }
  return out;
}

/**
 * The first instant at which the wall clock of `timeZone` shows `wallMs` (a local date-time as
 * epoch ms read as if UTC) or later. In a DST gap that is the moment the clock jumps past it; in a
 * fold the first of the two instants (as `zonedInstant(…, "earlier")`).
 */
function firstReach(wallMs: number, timeZone: string): number {
  // Instants showing wallMs lie within [wallMs − 14 h, wallMs + 12 h] for any UTC offset; walk the
  // constant-offset segments of a slightly wider span in time order.
  const lo = wallMs - 15 * MS_PER_HOUR;
  const hi = wallMs + 13 * MS_PER_HOUR;
  const ts = transitionsBetween(lo, hi, timeZone);
  let segStart = lo;
  let off = offsetAt(lo, timeZone);
  for (const t of ts) {
    if (t.at + off > wallMs) return Math.max(segStart, wallMs - off);
    segStart = t.at;
    off = t.offset;
  }
  return Math.max(segStart, wallMs - off);
}

/**
 * Compile a {@link BusinessCalendar} for the years `from`…`to` (default 1970–2100; each
 * within 1900–2199). Costs a few milliseconds per decade; compile once and reuse the result.
 *
 * @example
 * ```ts
 * const office = compileCalendar(mdoOfficeHours, { from: 2024, to: 2036 });
 * addWorkingTime(office, instant("2026-05-22T15:00:00+02:00"), 3_600_000);
 * // Tue 26 May 2026 09:30 (Whit Monday is a holiday)
 * ```
 */
export function compileCalendar(cal: BusinessCalendar, options: CompileOptions = {}): CompiledCalendar {
  const from = options.from ?? DEFAULT_COMPILED_YEARS.from;
  const to = options.to ?? DEFAULT_COMPILED_YEARS.to;
  checkYear("from", from);
  checkYear("to", to);
  if (from > to) throw new RangeError(`compileCalendar: from (${from}) is after to (${to})`);
  const tz = cal.timeZone;
  const firstDay = daysFromCivil(from, 1, 1);
  const endDay = daysFromCivil(to + 1, 1, 1);
  const dayCount = endDay - firstDay;

  const holidays = new Map<number, Holiday>();
  for (let y = from; y <= to; y++) {
    for (const h of holidaysOf(cal.holidays, y)) {
      const day = toEpochDay(h.date);
      if (!holidays.has(day)) holidays.set(day, h);
    }
  }
  const closed = new Set<number>(holidays.keys());
  for (const d of cal.closedDates) closed.add(toEpochDay(d));
  const extra = new Map<number, Array<[number, number]>>();
  for (const x of cal.extraOpenings) {
    const d = toEpochDay(x.date);
    const list = extra.get(d);
    if (list === undefined) extra.set(d, [[x.start, x.end]]);
    else list.push([x.start, x.end]);
  }
  const weekly = weekdayKeys.map((k) =>
    mergeLocal(cal.weekly[k].map((i): [number, number] => [i.start, i.end])),
  );

  const rangeStart = zonedInstant(fromEpochDay(firstDay), 0, tz) as number;
  const rangeEnd = zonedInstant(fromEpochDay(endDay), 0, tz) as number;

  const starts: Array<number> = [];
  const ends: Array<number> = [];
  const working = new Uint8Array(dayCount);
  let sorted = true;
  const push = (s: number, e: number) => {
    const a = Math.max(s, rangeStart);
    const b = Math.min(e, rangeEnd);
    if (a >= b) return false;
    const prevStart = starts[starts.length - 1];
    if (prevStart !== undefined && a < prevStart) sorted = false;
    starts.push(a);
    ends.push(b);
    return true;
  };

  for (let k = 0; k < dayCount; k++) {
    const day = firstDay + k;
    const base = closed.has(day) ? [] : (weekly[epochDayWeekday(day) - 1] as Array<[number, number]>);
    const more = extra.get(day);
    const local =
      more === undefined ? base : mergeLocal([...base.map((x): [number, number] => [x[0], x[1]]), ...more]);
    let open = false;
    for (const [s, e] of local) {
      const ws = day * MS_PER_DAY + s * MS_PER_MINUTE;
      const we = day * MS_PER_DAY + e * MS_PER_MINUTE;
      if (push(firstReach(ws, tz), firstReach(we, tz))) open = true;
    }
    working[k] = open ? 1 : 0;
  }

  // Sort (only needed for zones whose clock goes back across midnight), then merge touching.
  let order: Array<number> | undefined;
  if (!sorted) {
    order = starts.map((_, i) => i).sort((i, j) => (starts[i] as number) - (starts[j] as number));
  }
  const ms: Array<number> = [];
  const me: Array<number> = [];
  for (let i = 0; i < starts.length; i++) {
    const idx = order === undefined ? i : (order[i] as number);
    const s = starts[idx] as number;
    const e = ends[idx] as number;
    const last = me.length - 1;
    if (last >= 0 && s <= (me[last] as number)) me[last] = Math.max(me[last] as number, e);
    else {
      ms.push(s);
      me.push(e);
    }
  }
  const n = ms.length;
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cum[i + 1] = (cum[i] as number) + ((me[i] as number) - (ms[i] as number));

  const workingBefore = new Int32Array(dayCount + 1);
  let count = 0;
  for (let k = 0; k < dayCount; k++) {
    workingBefore[k] = count;
    count += working[k] as number;
  }
  workingBefore[dayCount] = count;
  const workingDays = new Int32Array(count);
  for (let k = 0, w = 0; k < dayCount; k++) if (working[k] === 1) workingDays[w++] = k;

  return {
    calendar: cal,
    from,
    to,
    rangeStart: rangeStart as Instant,
    rangeEnd: rangeEnd as Instant,
    starts: Float64Array.from(ms),
    ends: Float64Array.from(me),
    cum,
    firstDay,
    dayCount,
    working,
    workingBefore,
    workingDays,
    holidays,
  };
}

// ---------------------------------------------------------------------------------------------
// Range errors

function rangeText(cal: CompiledCalendar): string {
  return `calendar "${cal.calendar.name}" is compiled for ${cal.from}–${cal.to} (${formatInstant(cal.rangeStart, cal.calendar.timeZone)} to ${formatInstant(cal.rangeEnd, cal.calendar.timeZone)}); compile it for a wider range with compileCalendar(calendar, { from, to }) (years ${COMPILABLE_YEARS.from}–${COMPILABLE_YEARS.to})`;
}

function instantOutside(cal: CompiledCalendar, what: string, at: number): never {
  const shown = Number.isFinite(at) ? formatInstant(at, cal.calendar.timeZone) : String(at);
  throw new RangeError(`${what} ${shown} is outside the compiled range: ${rangeText(cal)}`);
}

function checkInstant(cal: CompiledCalendar, at: number): void {
  if (!(at >= cal.rangeStart && at <= cal.rangeEnd)) instantOutside(cal, "Instant", at);
}

function dayIndex(cal: CompiledCalendar, d: LocalDate): number {
  const k = toEpochDay(d) - cal.firstDay;
  if (!(k >= 0 && k < cal.dayCount)) {
    throw new RangeError(`Date ${d} is outside the compiled range: ${rangeText(cal)}`);
  }
  return k;
}

function dayOutside(cal: CompiledCalendar, what: string): never {
  throw new RangeError(`${what} falls outside the compiled range: ${rangeText(cal)}`);
}

// ---------------------------------------------------------------------------------------------
// Binary searches over Float64Array

/** First index i in [0, n) with a[i] > x (n when none). */
function upperBound(a: Float64Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index i in [from, n) with a[i] >= x (n when none). */
function lowerBound(a: Float64Array, from: number, n: number, x: number): number {
  let lo = from;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Open ms in [rangeStart, t). */
function openBefore(cal: CompiledCalendar, t: number): number {
  const i = upperBound(cal.starts, cal.starts.length, t) - 1;
  if (i < 0) return 0;
  const e = cal.ends[i] as number;
  return (cal.cum[i] as number) + Math.min(t, e) - (cal.starts[i] as number);
}

// ---------------------------------------------------------------------------------------------
// Working days

/**
 * Whether a date is a working day (werkdag, MDO-SLA §2.35) of the calendar: a day with opening
 * time — weekly hours on a day that is not a holiday or closing date, or extra opening hours.
 *
 * @example
 * ```ts
 * const office = compileCalendar(mdoOfficeHours, { from: 2024, to: 2036 });
 * isWorkingDay(office, date("2026-05-25")); // false (Whit Monday)
 * isWorkingDay(office, date("2026-05-26")); // true
 * ```
 */
export function isWorkingDay(cal: CompiledCalendar, d: LocalDate): boolean {
  return cal.working[dayIndex(cal, d)] === 1;
}

/**
 * The working days `n` working days from a date: for n > 0 the n-th working day strictly after
 * `d`; for n < 0 the |n|-th working day strictly before `d`; for n = 0 `d` itself (working day
 * or not). Throws `RangeError` when the answer falls outside the compiled range.
 *
 * @example
 * ```ts
 * addWorkingDays(office, date("2026-05-22"), 1); // "2026-05-26" (Fri → Tue over Whit Monday)
 * addWorkingDays(office, date("2026-05-26"), -1); // "2026-05-22"
 * ```
 */
export function addWorkingDays(cal: CompiledCalendar, d: LocalDate, n: number): LocalDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
  const k = dayIndex(cal, d);
  if (n === 0) return d;
  // workingBefore[k + 1] = working days on or before d; workingBefore[k] = strictly before d.
  const idx = n > 0 ? (cal.workingBefore[k + 1] as number) + n - 1 : (cal.workingBefore[k] as number) + n;
  if (idx < 0 || idx >= cal.workingDays.length) {
    dayOutside(cal, `${n > 0 ? n : -n} working day(s) ${n > 0 ? "after" : "before"} ${d}`);
  }
  return fromEpochDay(cal.firstDay + (cal.workingDays[idx] as number));
}

/**
 * The first working day strictly after a date.
 *
 * @example
 * ```ts
 * nextWorkingDay(office, date("2025-04-25")); // "2025-04-28" (King's Day is Sat 26 April)
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
 * previousWorkingDay(office, date("2026-05-26")); // "2026-05-22"
 * ```
 */
export function previousWorkingDay(cal: CompiledCalendar, d: LocalDate): LocalDate {
  return addWorkingDays(cal, d, -1);
}

/**
 * Working days from `a` to `b`: for b ≥ a the working days in `(a, b]` (after a, up to and
 * including b); for b < a minus the working days in `[b, a)`. It is the inverse of
 * {@link addWorkingDays}: `workingDaysBetween(cal, a, addWorkingDays(cal, a, n)) === n`.
 *
 * @example
 * ```ts
 * workingDaysBetween(office, date("2026-05-22"), date("2026-05-26")); // 1
 * workingDaysBetween(office, date("2026-05-26"), date("2026-05-22")); // -1 (the working days in [Fri 22, Tue 26): Fri 22)
 * ```
 */
export function workingDaysBetween(cal: CompiledCalendar, a: LocalDate, b: LocalDate): number {
  const ka = dayIndex(cal, a);
  const kb = dayIndex(cal, b);
  const w = cal.workingBefore;
  return kb >= ka ? (w[kb + 1] as number) - (w[ka + 1] as number) : (w[kb] as number) - (w[ka] as number);
}

/**
 * The holiday of the calendar's rule set on a date, if any (closing dates are not holidays).
 *
 * @example
 * ```ts
 * holidayOn(office, date("2026-05-25"))?.nameNl; // "Tweede Pinksterdag"
 * ```
 */
export function holidayOn(cal: CompiledCalendar, d: LocalDate): Holiday | undefined {
  return cal.holidays.get(cal.firstDay + dayIndex(cal, d));
}

// ---------------------------------------------------------------------------------------------
// Working time

/**
 * Whether the calendar is open at an instant.
 *
 * @example
 * ```ts
 * isOpen(office, instant("2026-11-27T15:00:00+01:00")); // true (Friday)
 * isOpen(office, instant("2026-11-27T15:30:00+01:00")); // false (Friday closes at 15:30)
 * ```
 */
export function isOpen(cal: CompiledCalendar, at: Instant): boolean {
  checkInstant(cal, at);
  const i = upperBound(cal.starts, cal.starts.length, at) - 1;
  return i >= 0 && at < (cal.ends[i] as number);
}

/**
 * The earliest instant at or after `at` at which the calendar is open: `at` itself when open,
 * otherwise the next opening. Throws `RangeError` when there is none in the compiled range.
 *
 * @example
 * ```ts
 * nextOpening(office, instant("2026-11-27T16:00:00+01:00")); // Mon 30 Nov 09:00 +01:00
 * ```
 */
export function nextOpening(cal: CompiledCalendar, at: Instant): Instant {
  checkInstant(cal, at);
  const n = cal.starts.length;
  const i = upperBound(cal.starts, n, at);
  if (i > 0 && at < (cal.ends[i - 1] as number)) return at;
  if (i === n) dayOutside(cal, `The next opening after ${formatInstant(at, cal.calendar.timeZone)}`);
  return cal.starts[i] as Instant;
}

/**
 * Open time (ms) in `[a, b)`; negative (minus the open time in `[b, a)`) when b < a.
 *
 * @example
 * ```ts
 * workingTimeBetween(office, instant("2026-11-27T15:00:00+01:00"), instant("2026-11-30T09:30:00+01:00"));
 * // 3_600_000 (Fri 15:00–15:30 and Mon 09:00–09:30)
 * ```
 */
export function workingTimeBetween(cal: CompiledCalendar, a: Instant, b: Instant): number {
  checkInstant(cal, a);
  checkInstant(cal, b);
  return openBefore(cal, b) - openBefore(cal, a);
}

/**
 * The instant at which `durationMs` of open time has elapsed after `at`. Closed time does not
 * count, including the time before the next opening; when the duration runs out exactly at a
 * closing time the answer is that closing time (not the next opening). `durationMs = 0` gives
 * `at` itself. A negative duration goes back: the latest instant t ≤ at with |durationMs| of
 * open time in `[t, at)`. Throws `RangeError` when the answer is outside the compiled range.
 *
 * Invariant: `workingTimeBetween(cal, at, addWorkingTime(cal, at, d)) === d`.
 *
 * @example
 * ```ts
 * addWorkingTime(office, instant("2026-11-27T15:00:00+01:00"), 3_600_000);
 * // Mon 30 Nov 2026 09:30 +01:00 (Friday closes at 15:30)
 * ```
 */
export function addWorkingTime(cal: CompiledCalendar, at: Instant, durationMs: number): Instant {
  checkInstant(cal, at);
  if (!Number.isSafeInteger(durationMs)) {
    throw new RangeError(
      `addWorkingTime: durationMs must be an integer number of milliseconds, got ${durationMs}`,
    );
  }
  if (durationMs === 0) return at;
  const n = cal.starts.length;
  const cum = cal.cum;
  const target = openBefore(cal, at) + durationMs;
  if (durationMs > 0) {
    if (target > (cum[n] as number)) {
      dayOutside(cal, `${durationMs} ms of working time after ${formatInstant(at, cal.calendar.timeZone)}`);
    }
    // First interval i whose end reaches the target: cum[i + 1] >= target.
    const i = lowerBound(cum, 1, n + 1, target) - 1;
    return ((cal.starts[i] as number) + (target - (cum[i] as number))) as Instant;
  }
  if (target < 0) {
    dayOutside(cal, `${-durationMs} ms of working time before ${formatInstant(at, cal.calendar.timeZone)}`);
  }
  // Last interval i that starts at or before the target: cum[i] <= target (i < n).
  const i = upperBound(cum, n, target) - 1;
  return ((cal.starts[i] as number) + (target - (cum[i] as number))) as Instant;
}
