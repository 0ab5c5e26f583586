/**
 * Internal: the layout of a compiled calendar — sorted open intervals (UTC epoch milliseconds,
 * in typed arrays, with prefix sums of open time), per-day working flags with prefix counts, and
 * the holidays by epoch day — and how it is built. The exports map closes
 * `./internal/*` (ADR 0006 §5); the public type is the opaque `CompiledCalendar`.
 *
 * @module
 * @internal
 */
import type { BusinessCalendar } from "../business-calendar.js";
import { weekdayKeys } from "../business-calendar.js";
import { daysFromCivil, epochDayWeekday, fromEpochDay, toEpochDay } from "../dates.js";
import { type Holiday, holidaysOf } from "../holidays.js";
import { zonedInstant } from "../instant.js";
import { tableOffsetAt, transitionsBetween } from "../zone-offsets.js";

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** The layout of a compiled calendar. */
export interface CalendarLayout {
  /** The calendar this was compiled from. */
  readonly calendar: BusinessCalendar;
  /** First year covered. */
  readonly from: number;
  /** Last year covered (inclusive). */
  readonly to: number;
  /** First instant covered: the start of `from`-01-01 in the calendar's zone. */
  readonly rangeStart: number;
  /** Last instant covered: the start of (`to` + 1)-01-01 in the calendar's zone. */
  readonly rangeEnd: number;
  /** Start of each open interval (UTC epoch ms), ascending, disjoint, not touching. */
  readonly starts: Float64Array;
  /** End (exclusive) of each open interval. */
  readonly ends: Float64Array;
  /** `cum[i]` = open ms before interval i; `cum[n]` = total open ms. */
  readonly cum: Float64Array;
  /**
   * Bucket index over `starts`: the bucket of an instant t is `⌊(t − rangeStart) × startScale⌋`
   * (`startScale` a power of two, so the product is exact), and `startIndex[b]` is the number of
   * intervals whose start lies in a bucket before b. Buckets are as wide as the range divided by
   * the number of intervals (rounded to a power of two), so a bucket holds one or two starts and the
   * search for an instant is narrowed to `[startIndex[b], startIndex[b + 1]]`.
   */
  readonly startIndex: Int32Array;
  /** Scale of {@link CalendarLayout.startIndex}'s buckets (2^−k). */
  readonly startScale: number;
  /** No bucket of {@link CalendarLayout.startIndex} holds two starts. */
  readonly startSingle: boolean;
  /**
   * `starts` followed by +∞ (`starts` is a view of its first n entries): a search may read one past
   * the last start without a bounds test.
   */
  readonly startsPadded: Float64Array;
  /** The same bucket index over `cum` (all n + 1 entries, origin 0). */
  readonly cumIndex: Int32Array;
  /** Scale of {@link CalendarLayout.cumIndex}'s buckets (2^−k). */
  readonly cumScale: number;
  /** No bucket of {@link CalendarLayout.cumIndex} holds two values. */
  readonly cumSingle: boolean;
  /** Epoch day of `from`-01-01. */
  readonly firstDay: number;
  /** Number of days covered. */
  readonly dayCount: number;
  /** `working[k]` = 1 when day `firstDay + k` is a working day. */
  readonly working: Uint8Array;
  /** `workingBefore[k]` = working days among days `[0, k)`; length dayCount + 1. */
  readonly workingBefore: Int32Array;
  /** Day indices of the working days, ascending. */
  readonly workingDays: Int32Array;
  /** Holidays by epoch day. */
  readonly holidays: ReadonlyMap<number, Holiday>;
}

/**
 * The layout of a compiled calendar (any object `compileCalendar` returned). A compiled calendar
 * carries its layout's fields itself, next to the public `definition` and `range` (the public
 * type does not show them): a query then reads a typed array with one property load, as before
 * the type was made opaque. The queries and their binary searches stay module-local in
 * `working-time.ts` (measured on the bench's queries: a separate layout object behind a symbol and
 * binary searches imported from this module cost 4–20 % per query; this layout costs nothing).
 */
export function layoutOf(compiled: object): CalendarLayout {
  return compiled as CalendarLayout;
}

/** A bucket index over ascending values (see {@link bucketIndex}). */
interface BucketIndex {
  readonly index: Int32Array;
  readonly scale: number;
  /** No bucket holds more than one value. */
  readonly single: boolean;
}

/**
 * A bucket index over the ascending values `a`, for values from `origin` to `origin + span`:
 * buckets of width 2^k, and `index[b]` = the number of values whose bucket is below b (length:
 * buckets + 2, so that `index[b + 1]` exists for every value in the span). The bucket of x is
 * `⌊(x − origin) × scale⌋` (scale = 2^−k), a non-decreasing function of x: a value in a lower
 * bucket than x is below x, a value in a higher bucket is above it — exact for any x, whatever the
 * rounding. The width starts at the largest power of two with about as many buckets as values, and
 * is halved (up to twice, so at most ≈ 8 buckets per value) until no bucket holds two values, which
 * lets a query decide with one comparison instead of a search; where that does not happen (values
 * bunched together) the index still narrows the search to one bucket.
 */
function bucketIndex(a: Float64Array, origin: number, span: number): BucketIndex {
  let width = 1;
  while (width * 2 * Math.max(1, a.length) <= span) width *= 2;
  let best: BucketIndex | undefined;
  for (let halvings = 0; halvings <= 2 && width >= 1; halvings++, width /= 2) {
    const scale = 1 / width;
    const index = new Int32Array(Math.floor(span * scale) + 3);
    let j = 0;
    let single = true;
    for (let b = 0; b < index.length; b++) {
      while (j < a.length && Math.floor(((a[j] as number) - origin) * scale) < b) j++;
      index[b] = j;
      if (b > 0 && j - (index[b - 1] as number) > 1) single = false;
    }
    if (best === undefined || single) best = { index, scale, single };
    if (single) break;
  }
  return best as BucketIndex;
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
  let off = tableOffsetAt(lo, timeZone);
  for (const t of ts) {
    if (t.at + off > wallMs) return Math.max(segStart, wallMs - off);
    segStart = t.at;
    off = t.offset;
  }
  return Math.max(segStart, wallMs - off);
}

/** Build the layout of `cal` for the years `from`…`to` (already checked). */
export function buildLayout(cal: BusinessCalendar, from: number, to: number): CalendarLayout {
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

  const startsPadded = new Float64Array(n + 1);
  startsPadded.set(ms);
  startsPadded[n] = Number.POSITIVE_INFINITY;
  const startsArray = startsPadded.subarray(0, n);
  const byStart = bucketIndex(startsArray, rangeStart, rangeEnd - rangeStart);
  const byCum = bucketIndex(cum, 0, cum[n] as number);

  return {
    calendar: cal,
    from,
    to,
    rangeStart,
    rangeEnd,
    starts: startsArray,
    ends: Float64Array.from(me),
    cum,
    startIndex: byStart.index,
    startScale: byStart.scale,
    startSingle: byStart.single,
    startsPadded,
    cumIndex: byCum.index,
    cumScale: byCum.scale,
    cumSingle: byCum.single,
    firstDay,
    dayCount,
    working,
    workingBefore,
    workingDays,
    holidays,
  };
}
