/**
 * Monthly availability (beschikbaarheid), MDO-SLA §7.2, §2.3, §2.18:
 * `((B − D) / B) × 100 %` per calendar month in Europe/Amsterdam, 24 × 7.
 *
 * Minutes: the month is cut into whole minutes from local midnight on its first day. A minute is
 * unavailable when any part of it is (§2.18 counts minutes "niet of slechts gedeeltelijk
 * beschikbaar"), so an outage from 10:00:30 to 10:01:10 costs two minutes. Overlapping or
 * touching outages are merged, and outages are clipped to the month.
 *
 * @module
 */
import {
  BoundedArray,
  type Explained,
  explained,
  formatPercent,
  formatStatedPercent,
  type Instant,
  Instant as InstantSchema,
  type Ratio,
  ratioAtLeast,
  type Step,
  step,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import type { CompiledSla } from "./compile.js";
import { layoutOf, type SlaLayout } from "./internal/compiled.js";
import { MAX_OUTAGES, MAX_OVERVIEWS } from "./internal/limits.js";
import { workingDayDue } from "./internal/working-days.js";
import { MaintenanceOverview, windowFindings } from "./maintenance.js";
import { monthInterval, YearMonth } from "./period.js";
import { OutageCause, type SlaDefinition } from "./sla.js";

const MS_PER_MINUTE = 60_000;

/**
 * An interval `[start, end)` in which the service was not or only partly available.
 * `announcedAt` is when maintenance was announced to the customer on its own; maintenance inside
 * a valid window of the published yearly overview needs none.
 */
export const Outage = Schema.Struct({
  id: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(200))),
  start: InstantSchema,
  end: InstantSchema,
  cause: OutageCause,
  announcedAt: Schema.optionalKey(InstantSchema),
  description: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(2000))),
}).check(
  Schema.makeFilter(
    (o) =>
      o.end < o.start
        ? "end is before start"
        : o.announcedAt !== undefined && o.cause !== "maintenance"
          ? "announcedAt is only meaningful for cause maintenance"
          : true,
    { expected: "an outage with start ≤ end" },
  ),
);
/** An outage (decoded). */
export type Outage = typeof Outage.Type;

/**
 * What {@link availability} measures: a month, its outages (a batch; cost O(n log n) in their number)
 * and the published yearly overviews of regular maintenance whose windows may exclude maintenance
 * (MDO-SLA §7.1, §7.2 item 2 a).
 */
export const AvailabilityInput = Schema.Struct({
  month: YearMonth,
  outages: BoundedArray(Outage, MAX_OUTAGES),
  maintenanceOverviews: Schema.optionalKey(BoundedArray(MaintenanceOverview, MAX_OVERVIEWS)),
});
/** A month's outages and the maintenance overviews. */
export type AvailabilityInput = typeof AvailabilityInput.Type;

const causeBit: ReadonlyMap<OutageCause, number> = new Map(OutageCause.literals.map((c, i) => [c, 1 << i]));
/**
 * Bit of a counted part's `countedBit` (above the cause bits): the part is maintenance that counts
 * because it was announced late and lies outside every valid regular window — not maintenance that
 * counts because the agreement does not exclude maintenance at all.
 */
const LATE_MAINTENANCE_BIT = 1 << 30;

/** The two readings of B when minutes are excluded. */
export type ExcludedMinutesIn = "removed-from-b" | "kept-in-b";

/** Options of {@link availability}. */
export interface AvailabilityOptions {
  /**
   * `removed-from-b` (default): excluded minutes are not "maximaal mogelijk beschikbare
   * minuten", so availability = (B − E − D) / (B − E). `kept-in-b`: availability = (B − D) / B.
   */
  readonly excludedMinutes?: ExcludedMinutesIn;
  /** Time zone of the month (default Europe/Amsterdam). */
  readonly timeZone?: string;
}

/** A merged interval of counted downtime. */
export interface DowntimeInterval {
  readonly start: Instant;
  readonly end: Instant;
  readonly minutes: number;
  /** The causes of the outages merged into it. */
  readonly causes: ReadonlyArray<OutageCause>;
  /** The outages merged into it: their `id`, or `#index` in the input when they have none. */
  readonly outages: ReadonlyArray<string>;
  /** Maintenance merged into it that counts because it was neither in a valid window nor announced in time. */
  readonly lateMaintenance: boolean;
}

/** Availability of one month. */
export interface AvailabilityResult {
  readonly month: YearMonth;
  /** B: minutes in the month's 24 × 7 window (from `effectiveFrom` when it falls inside). */
  readonly monthMinutes: number;
  /** Minutes excluded (§7.2 item 2) and not already counted as downtime. */
  readonly excludedMinutes: number;
  /** Excluded minutes per cause (each cause's outages merged; causes may overlap). */
  readonly excludedByCause: Partial<Record<OutageCause, number>>;
  /** The B the percentage is computed against (B − E by default, B with `kept-in-b`). */
  readonly measuredMinutes: number;
  /** D: counted unavailable minutes. */
  readonly downtimeMinutes: number;
  /** Availability as an exact fraction ((measured − D) / measured); 1/1 when nothing is measured. */
  readonly availability: Ratio;
  /** Availability in percent, truncated to 3 decimals (display only). */
  readonly percent: string;
  readonly target: Ratio;
  readonly targetMet: boolean;
  /** The most downtime the month allows: ⌊measured × (1 − target)⌋ minutes. */
  readonly allowedDowntimeMinutes: number;
  /** allowed − D: what is left of the budget (negative when the target is missed). */
  readonly remainingDowntimeMinutes: number;
  /** The intervals that make up D. */
  readonly downtime: ReadonlyArray<DowntimeInterval>;
  /** Maintenance outages (some of) whose minutes count: outside a valid window and not announced in time. */
  readonly maintenanceAnnouncedLate: ReadonlyArray<string>;
}

/**
 * Merge overlapping or touching half-open intervals `[start, end)`: the result is sorted,
 * disjoint and non-touching. Empty intervals disappear. Idempotent and order-independent.
 *
 * @example
 * ```ts
 * import { mergeIntervals } from "@zorgkit/sla-calculator";
 *
 * mergeIntervals([{ start: 5, end: 8 }, { start: 0, end: 5 }, { start: 10, end: 12 }]); // => [{ "start": 0, "end": 8 }, { "start": 10, "end": 12 }]
 * ```
 */
export function mergeIntervals(
  intervals: ReadonlyArray<{ readonly start: number; readonly end: number }>,
): Array<{ start: number; end: number }> {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Array<{ start: number; end: number }> = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && i.start <= last.end) {
      if (i.end > last.end) last.end = i.end;
    } else out.push({ start: i.start, end: i.end });
  }
  return out;
}

/**
 * The minutes of the union of [from, to) pairs laid out flat (`[from0, to0, from1, to1, …]`) that
 * are not downtime: the merged downtime intervals `dStart`/`dEnd` (sorted, disjoint, same minute
 * base) are taken out, as E takes D out of the excluded minutes.
 */
function excludedUnionMinutes(
  flat: ReadonlyArray<number>,
  dStart: ReadonlyArray<number>,
  dEnd: ReadonlyArray<number>,
): number {
  const pairs: Array<readonly [number, number]> = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i] as number, flat[i + 1] as number]);
  pairs.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  let j = 0; // the first downtime interval that may still overlap (both lists run forward)
  for (const [from, to] of pairs) {
    if (to <= end) continue;
    const xs = Math.max(from, end);
    total += to - xs;
    while (j < dStart.length && (dEnd[j] as number) <= xs) j++;
    for (let c = j; c < dStart.length && (dStart[c] as number) < to; c++)
      total -= Math.min(dEnd[c] as number, to) - Math.max(dStart[c] as number, xs);
    end = to;
  }
  return total;
}

/** The explanation of a month's availability, one step per rule. */
function availabilitySteps(
  def: SlaDefinition,
  v: AvailabilityResult,
  mode: ExcludedMinutesIn,
  inWindows: { readonly minutes: number; readonly valid: number; readonly invalid: number } | undefined,
): Array<Step> {
  const { month, monthMinutes: b, excludedMinutes: e, measuredMinutes: measured, downtimeMinutes: d } = v;
  const allowed = v.allowedDowntimeMinutes;
  const targetPercent = formatStatedPercent(v.target);
  const late = v.maintenanceAnnouncedLate;
  return [
    step({
      rule: "availability-month-minutes",
      inputs: { month },
      output: b,
      citations: [...def.availability.target.citations, ...def.availability.window.citations],
      en: `${month} has ${b} minutes in the 24 × 7 availability window (B).`,
      nl: `${month} telt ${b} minuten in het beschikbaarheidsvenster 24 x 7 (B).`,
    }),
    ...(inWindows === undefined
      ? []
      : [
          step({
            rule: "availability-regular-maintenance-windows",
            inputs: { validWindows: inWindows.valid, invalidWindows: inWindows.invalid },
            output: inWindows.minutes,
            citations: [
              ...def.availability.regularWindowsExcluded.citations,
              ...def.regularMaintenance.citations,
            ],
            en: `Maintenance inside a valid regular maintenance window of the published yearly overview is excluded without its own notice (${inWindows.valid} valid window(s); ${inWindows.invalid} window(s) break the rules for regular maintenance and exclude nothing).`,
            nl: `Onderhoud binnen een geldig venster uit het gepubliceerde jaaroverzicht regulier onderhoud valt buiten de beschikbaarheid zonder eigen aankondiging (${inWindows.valid} geldig(e) venster(s); ${inWindows.invalid} venster(s) voldoen niet en sluiten niets uit).`,
          }),
        ]),
    step({
      rule: "availability-excluded",
      inputs: { excludedByCause: v.excludedByCause as { [k: string]: number } },
      output: e,
      citations: def.availability.excludedCauses.citations,
      en: `${e} minutes of unavailability are not attributable to the supplier and fall outside the availability${mode === "removed-from-b" ? " (removed from B)" : " (kept in B)"}.`,
      nl: `${e} minuten niet-beschikbaarheid kunnen niet aan de leverancier worden toegerekend en vallen buiten de beschikbaarheid${mode === "removed-from-b" ? " (niet in B)" : " (wel in B)"}.`,
    }),
    ...(late.length === 0
      ? []
      : [
          step({
            rule: "availability-maintenance-announced-late",
            inputs: { outages: [...late] },
            citations: def.availability.maintenanceNoticeRequired.citations,
            en: `${late.length} maintenance outage(s) were not announced in time (nor inside a valid maintenance window) and count as unavailability.`,
            nl: `${late.length} onderhoud(en) niet tijdig aangekondigd (en niet binnen een geldig onderhoudsvenster): telt als niet-beschikbaarheid.`,
          }),
        ]),
    step({
      rule: "availability-downtime",
      inputs: { intervals: v.downtime.length },
      output: d,
      citations: def.availability.unavailableMinutes.citations,
      en: `The service was not or only partly available for ${d} minutes (D); every minute with any unavailability counts whole.`,
      nl: `De dienst was ${d} minuten niet of slechts gedeeltelijk beschikbaar (D); elke geraakte minuut telt volledig.`,
    }),
    step({
      rule: "availability-percentage",
      inputs: { measuredMinutes: measured, downtimeMinutes: d, target: targetPercent },
      output: v.percent,
      citations: def.availability.target.citations,
      en: `Availability ((${measured} − ${d}) / ${measured}) × 100 % = ${v.percent} %: the ${targetPercent} % target is ${v.targetMet ? "met" : "missed"}; ${allowed - d >= 0 ? `${allowed - d} minutes of the downtime budget of ${allowed} remain` : `the downtime budget of ${allowed} minutes is exceeded by ${d - allowed}`}.`,
      nl: `Beschikbaarheid ((${measured} − ${d}) / ${measured}) x 100 % = ${v.percent} %: de norm van ${targetPercent} % is ${v.targetMet ? "gehaald" : "niet gehaald"}.`,
    }),
  ];
}

/**
 * A month's outages cut into whole-minute parts, before merging: what counts (D) and what is
 * excluded (E), in minutes from local midnight on the month's first day, clipped to the measured
 * window. Parts are in input order (an outage's parts in time order); the arrays may be longer
 * than the counts.
 *
 * @internal
 */
export interface OutageParts {
  readonly layout: SlaLayout;
  readonly mode: ExcludedMinutesIn;
  readonly monthStart: number;
  /** The measured window's first minute (0, or where `effectiveFrom` falls) and the month's minutes. */
  readonly firstMinute: number;
  readonly totalMinutes: number;
  /** B: minutes in the measured window. */
  readonly b: number;
  /**
   * Counted parts: the outage's index in the input, its label (`id`, or `#index`) and cause bit
   * (with {@link LATE_MAINTENANCE_BIT} for late-announced maintenance outside the valid windows;
   * read here in input order, so the result is assembled without revisiting the outages), first
   * minute, end minute (exclusive).
   */
  readonly counted: number;
  readonly countedOutage: Int32Array;
  readonly countedLabel: ReadonlyArray<string>;
  readonly countedBit: Int32Array;
  readonly countedStart: Int32Array;
  readonly countedEnd: Int32Array;
  /** Excluded parts: the cause (its index in `OutageCause.literals`), first minute, end minute (exclusive). */
  readonly excluded: number;
  readonly excludedCause: Uint8Array;
  readonly excludedStart: Int32Array;
  readonly excludedEnd: Int32Array;
  readonly lateMaintenance: ReadonlyArray<string>;
  /** Late-announced maintenance minutes inside valid regular windows, `[from, to)` pairs laid out flat. */
  readonly inWindow: ReadonlyArray<number>;
  readonly findings: ReadonlyArray<{ readonly valid: boolean }>;
}

/**
 * What the merge of {@link OutageParts} yields: D, E, the excluded minutes per cause (keys in the
 * order the causes first occur among the excluded parts), and the merged counted intervals with
 * the interval of each counted part.
 *
 * @internal
 */
export interface MinuteTally {
  readonly downtime: number;
  readonly excluded: number;
  readonly excludedByCause: Partial<Record<OutageCause, number>>;
  readonly mergedStart: ReadonlyArray<number>;
  readonly mergedEnd: ReadonlyArray<number>;
  /** For each counted part, the index of the merged interval it lies in. */
  readonly intervalOfPart: ArrayLike<number>;
}

const causeIndex: ReadonlyMap<OutageCause, number> = new Map(OutageCause.literals.map((c, i) => [c, i]));

const grown = <A extends Int32Array | Uint8Array>(a: A, length: number): A => {
  const b = new (a.constructor as new (n: number) => A)(length);
  b.set(a);
  return b;
};

/**
 * Cut a month's outages into counted and excluded minute parts (MDO-SLA §7.1, §7.2, §2.18):
 * clipped to the measured window, rounded out to whole minutes; maintenance neither announced in
 * time nor inside a valid window of a published overview counts outside those windows.
 *
 * @internal
 */
export function outageParts(
  input: AvailabilityInput,
  sla: CompiledSla,
  options: AvailabilityOptions,
): OutageParts {
  const layout = layoutOf(sla);
  const def = layout.definition;
  const outages = input.outages;
  const n = outages.length;
  const mode = options.excludedMinutes ?? "removed-from-b";
  const { start: monthStart, end: monthEnd } = monthInterval(input.month, options.timeZone);
  let windowStart: number = monthStart;
  if (layout.effectiveFrom !== undefined && layout.effectiveFrom > windowStart) {
    windowStart = Math.min(layout.effectiveFrom, monthEnd);
  }
  const firstMinute = Math.floor((windowStart - monthStart) / MS_PER_MINUTE);
  const totalMinutes = Math.round((monthEnd - monthStart) / MS_PER_MINUTE);
  const excludedSet = new Set<OutageCause>(def.availability.excludedCauses.value);
  const noticeRequired = def.availability.maintenanceNoticeRequired.value;
  const days = def.maintenanceNotice.value.workingDays;
  const overviews = input.maintenanceOverviews ?? [];
  const findings = overviews.length === 0 ? [] : windowFindings(layout, overviews);
  // Valid windows that reach into the month: sorted by start, disjoint (windowFindings merges them).
  const validWindows =
    def.availability.regularWindowsExcluded.value && excludedSet.has("maintenance")
      ? findings
          .filter((f) => f.valid && f.window.end > windowStart && f.window.start < monthEnd)
          .map((f) => f.window)
      : [];
  // One part per outage, unless maintenance is split by valid windows (then the arrays grow).
  let countedOutage = new Int32Array(n);
  let countedBit = new Int32Array(n);
  const countedLabel: Array<string> = [];
  let countedStart = new Int32Array(n);
  let countedEnd = new Int32Array(n);
  let counted = 0;
  let excludedCause = new Uint8Array(n);
  let excludedStart = new Int32Array(n);
  let excludedEnd = new Int32Array(n);
  let excluded = 0;
  const lateMaintenance: Array<string> = [];
  // The whole minutes of late-announced maintenance excluded by a valid window, as [from, to)
  // pairs: two such outages over the same minutes exclude them once, so the figure is their union.
  const inWindow: Array<number> = [];
  const count = (k: number, o: Outage, s: number, e: number, late = false) => {
    if (counted === countedStart.length) {
      const length = 2 * counted + 8;
      countedOutage = grown(countedOutage, length);
      countedBit = grown(countedBit, length);
      countedStart = grown(countedStart, length);
      countedEnd = grown(countedEnd, length);
    }
    countedOutage[counted] = k;
    countedBit[counted] = (causeBit.get(o.cause) ?? 0) | (late ? LATE_MAINTENANCE_BIT : 0);
    countedLabel.push(o.id ?? `#${k}`);
    countedStart[counted] = Math.floor((s - monthStart) / MS_PER_MINUTE);
    countedEnd[counted] = Math.ceil((e - monthStart) / MS_PER_MINUTE);
    counted++;
  };
  const exclude = (cause: OutageCause, s: number, e: number) => {
    if (excluded === excludedStart.length) {
      const length = 2 * excluded + 8;
      excludedCause = grown(excludedCause, length);
      excludedStart = grown(excludedStart, length);
      excludedEnd = grown(excludedEnd, length);
    }
    excludedCause[excluded] = causeIndex.get(cause) as number;
    excludedStart[excluded] = Math.floor((s - monthStart) / MS_PER_MINUTE);
    excludedEnd[excluded] = Math.ceil((e - monthStart) / MS_PER_MINUTE);
    excluded++;
  };
  for (let k = 0; k < n; k++) {
    const o = outages[k] as Outage;
    const s = Math.max(o.start, windowStart);
    const e = Math.min(o.end, monthEnd);
    if (e <= s) continue;
    if (!excludedSet.has(o.cause)) {
      count(k, o, s, e);
      continue;
    }
    if (
      o.cause !== "maintenance" ||
      !noticeRequired ||
      (o.announcedAt !== undefined && o.start >= workingDayDue(layout, o.announcedAt, days))
    ) {
      exclude(o.cause, s, e);
      continue;
    }
    // Not announced in time: the parts inside valid regular windows are excluded, the rest counts.
    let cursor = s;
    let late = false;
    for (const w of validWindows) {
      if (w.end <= cursor || w.start >= e) continue;
      if (w.start > cursor) {
        count(k, o, cursor, w.start, true);
        late = true;
      }
      const inEnd = Math.min(w.end, e);
      const inStart = Math.max(w.start, cursor);
      exclude(o.cause, inStart, inEnd);
      inWindow.push(
        Math.floor((inStart - monthStart) / MS_PER_MINUTE),
        Math.ceil((inEnd - monthStart) / MS_PER_MINUTE),
      );
      cursor = inEnd;
      if (cursor >= e) break;
    }
    if (cursor < e) {
      count(k, o, cursor, e, true);
      late = true;
    }
    if (late) lateMaintenance.push(o.id ?? `#${k}`);
  }
  return {
    layout,
    mode,
    monthStart,
    firstMinute,
    totalMinutes,
    b: totalMinutes - firstMinute,
    counted,
    countedOutage,
    countedLabel,
    countedBit,
    countedStart,
    countedEnd,
    excluded,
    excludedCause,
    excludedStart,
    excludedEnd,
    lateMaintenance,
    inWindow,
    findings,
  };
}

// Below this many parts per minute of the month, parts are ordered by a comparison sort of keys
// (a start minute, < 2^16, above a part number, < 2^32: exact in a double), O(p log p); from it,
// by a counting sort over the month's start minutes, O(p + minutes) = O(p). Both give the parts
// by start, ties in input order.
const COUNTING_SORT_FROM = 1 / 16;
const PART_SHIFT = 2 ** 32;

/** The indices of the first `count` parts ordered by start minute, ties in input order. */
function byStart(starts: Int32Array, count: number, totalMinutes: number): Int32Array {
  const order = new Int32Array(count);
  if (count < totalMinutes * COUNTING_SORT_FROM) {
    const keys = new Float64Array(count);
    for (let q = 0; q < count; q++) keys[q] = (starts[q] as number) * PART_SHIFT + q;
    keys.sort();
    for (let i = 0; i < count; i++) order[i] = (keys[i] as number) % PART_SHIFT;
    return order;
  }
  // A start is at most `totalMinutes` (a month of a zone whose offset changed by seconds is not a
  // whole number of minutes, and B rounds it), so the counts have totalMinutes + 2 slots.
  const next = new Int32Array(totalMinutes + 2);
  for (let q = 0; q < count; q++)
    next[(starts[q] as number) + 1] = (next[(starts[q] as number) + 1] as number) + 1;
  for (let m = 0; m <= totalMinutes; m++) next[m + 1] = (next[m + 1] as number) + (next[m] as number);
  for (let q = 0; q < count; q++) {
    const m = starts[q] as number;
    order[next[m] as number] = q;
    next[m] = (next[m] as number) + 1;
  }
  return order;
}

/**
 * Merge the parts of a month: order the counted parts by start and merge overlapping or touching
 * ones (D and the downtime intervals), order the excluded parts and take their union (overall and
 * per cause), and count the excluded minutes outside the counted intervals (E). O(p log p) in the
 * number of parts p, and O(p) once there are more than a sixteenth as many parts as minutes.
 *
 * @internal
 */
export function mergeParts(parts: OutageParts): MinuteTally {
  const { counted, countedStart, countedEnd, excluded, excludedCause, excludedStart, excludedEnd } = parts;
  const countedOrder = byStart(countedStart, counted, parts.totalMinutes);
  const mergedStart: Array<number> = [];
  const mergedEnd: Array<number> = [];
  const intervalOfPart = new Int32Array(counted);
  let ce = -1;
  let downtime = 0;
  for (let i = 0; i < counted; i++) {
    const q = countedOrder[i] as number;
    const sm = countedStart[q] as number;
    const em = countedEnd[q] as number;
    if (sm > ce) {
      // A new interval (an interval that ends at minute sm is extended: touching ones merge).
      if (mergedStart.length > 0) downtime += ce - (mergedStart[mergedStart.length - 1] as number);
      mergedStart.push(sm);
      mergedEnd.push(em);
      ce = em;
    } else if (em > ce) {
      ce = em;
      mergedEnd[mergedEnd.length - 1] = em;
    }
    intervalOfPart[q] = mergedStart.length - 1;
  }
  if (mergedStart.length > 0) downtime += ce - (mergedStart[mergedStart.length - 1] as number);

  // Excluded parts by start: their union, each cause's union, and the union's overlap with D.
  // Each cause's union is taken the same way, and its minutes inside D left out too: a cause's
  // figure is the minutes it actually excludes (this library's reading, guide: sla-calculator).
  const excludedOrder = byStart(excludedStart, excluded, parts.totalMinutes);
  const causeReach = new Int32Array(OutageCause.literals.length);
  const causeMinutes = new Int32Array(OutageCause.literals.length);
  let union = 0;
  let overlap = 0;
  let xs = -1;
  let xe = -1;
  let j = 0; // the first merged counted interval that may still overlap
  const closeUnion = () => {
    // [xs, xe) ends: its minutes, and those of them inside counted intervals.
    union += xe - xs;
    while (j < mergedStart.length && (mergedEnd[j] as number) <= xs) j++;
    for (let c = j; c < mergedStart.length && (mergedStart[c] as number) < xe; c++) {
      overlap += Math.min(mergedEnd[c] as number, xe) - Math.max(mergedStart[c] as number, xs);
    }
  };
  for (let i = 0; i < excluded; i++) {
    const q = excludedOrder[i] as number;
    const cause = excludedCause[q] as number;
    const sm = excludedStart[q] as number;
    const em = excludedEnd[q] as number;
    const reach = causeReach[cause] as number;
    if (em > reach) {
      causeMinutes[cause] = (causeMinutes[cause] as number) + em - Math.max(sm, reach);
      causeReach[cause] = em;
    }
    if (sm > xe) {
      if (xe >= 0) closeUnion();
      xs = sm;
      xe = em;
    } else if (em > xe) xe = em;
  }
  if (xe >= 0) closeUnion();
  const excludedByCause: Partial<Record<OutageCause, number>> = {};
  for (let q = 0; q < excluded; q++) {
    const cause = OutageCause.literals[excludedCause[q] as number] as OutageCause;
    if (excludedByCause[cause] === undefined) {
      excludedByCause[cause] = causeMinutes[excludedCause[q] as number] as number;
    }
  }
  return { downtime, excluded: union - overlap, excludedByCause, mergedStart, mergedEnd, intervalOfPart };
}

/**
 * The month's result and explanation from its parts and their merge.
 *
 * @internal
 */
export function availabilityFrom(
  input: AvailabilityInput,
  parts: OutageParts,
  tally: MinuteTally,
): Explained<AvailabilityResult> {
  const { layout, mode, monthStart, b, counted: partCount, countedOutage, lateMaintenance, findings } = parts;
  const { countedLabel, countedBit } = parts;
  const def = layout.definition;
  const month = input.month;
  const { downtime: d, excluded: e, mergedStart, mergedEnd, intervalOfPart } = tally;
  const measured = mode === "removed-from-b" ? b - e : b;
  const target = def.availability.target.value;
  const availabilityRatio: Ratio =
    measured === 0 ? { numerator: 1, denominator: 1 } : { numerator: measured - d, denominator: measured };
  const targetMet = ratioAtLeast(availabilityRatio, target);
  const allowed = Math.floor((measured * (target.denominator - target.numerator)) / target.denominator);
  // The outages behind each merged interval, in input order (a counting sort by interval).
  const intervals = mergedStart.length;
  const offsets = new Int32Array(intervals + 1);
  for (let q = 0; q < partCount; q++) {
    const j = intervalOfPart[q] as number;
    offsets[j + 1] = (offsets[j + 1] as number) + 1;
  }
  for (let j = 0; j < intervals; j++) offsets[j + 1] = (offsets[j + 1] as number) + (offsets[j] as number);
  const fill = offsets.slice(0, intervals);
  const byInterval = new Int32Array(partCount);
  for (let q = 0; q < partCount; q++) {
    const j = intervalOfPart[q] as number;
    byInterval[fill[j] as number] = q;
    fill[j] = (fill[j] as number) + 1;
  }
  const downtime: Array<DowntimeInterval> = [];
  for (let j = 0; j < intervals; j++) {
    let mask = 0;
    const ids: Array<string> = [];
    let previous = -1;
    for (let i = offsets[j] as number; i < (offsets[j + 1] as number); i++) {
      const q = byInterval[i] as number;
      const index = countedOutage[q] as number;
      if (index === previous) continue; // two parts of one outage in the same interval
      previous = index;
      mask |= countedBit[q] as number;
      ids.push(countedLabel[q] as string);
    }
    downtime.push({
      start: (monthStart + (mergedStart[j] as number) * MS_PER_MINUTE) as Instant,
      end: (monthStart + (mergedEnd[j] as number) * MS_PER_MINUTE) as Instant,
      minutes: (mergedEnd[j] as number) - (mergedStart[j] as number),
      causes: OutageCause.literals.filter((c) => (mask & (causeBit.get(c) ?? 0)) !== 0),
      outages: ids,
      lateMaintenance: (mask & LATE_MAINTENANCE_BIT) !== 0,
    });
  }
  const value: AvailabilityResult = {
    month,
    monthMinutes: b,
    excludedMinutes: e,
    excludedByCause: tally.excludedByCause,
    measuredMinutes: measured,
    downtimeMinutes: d,
    availability: availabilityRatio,
    percent: formatPercent(availabilityRatio, 3),
    target,
    targetMet,
    allowedDowntimeMinutes: allowed,
    remainingDowntimeMinutes: allowed - d,
    downtime,
    maintenanceAnnouncedLate: lateMaintenance,
  };
  const windowsSummary =
    findings.length === 0
      ? undefined
      : {
          minutes: excludedUnionMinutes(parts.inWindow, mergedStart, mergedEnd),
          valid: findings.filter((f) => f.valid).length,
          invalid: findings.filter((f) => !f.valid).length,
        };
  return explained(value, availabilitySteps(def, value, mode, windowsSummary));
}

/**
 * Availability of a month from outage intervals (MDO-SLA §7.2).
 *
 * Counted: every outage whose cause is not excluded by the SLA, and maintenance that is neither
 * inside a valid window of a published yearly overview (§7.1, §7.2 item 2 a; see
 * {@link regularMaintenanceCheck}) nor announced in time on its own (§7.2 item 1) — for
 * maintenance partly inside a valid window, the minutes outside it. D is the number of whole
 * minutes covered by the counted outages after merging and clipping to the month. Excluded
 * outages never change D; the excluded minutes E that are not already in D are removed from B by
 * default. The compiled SLA's `effectiveFrom` starts B inside the month. The cost grows with the
 * number of outages (sorted and merged), not with the minutes of the month.
 *
 * @example
 * ```ts
 * import { availability, compileSla, decodeAvailabilityInput, mdoSla2025 } from "@zorgkit/sla-calculator";
 *
 * const sla = compileSla(mdoSla2025);
 * const input = decodeAvailabilityInput({
 *   month: "2026-04",
 *   outages: [{ start: "2026-04-15T10:00:00+02:00", end: "2026-04-15T12:10:00+02:00", cause: "supplier" }],
 * });
 * if (input.ok) {
 *   const r = availability(input.value, sla).value;
 *   r.percent; // => "99.699"
 *   r.targetMet; // => false
 * }
 * ```
 */
export function availability(
  input: AvailabilityInput,
  sla: CompiledSla,
  options: AvailabilityOptions = {},
): Explained<AvailabilityResult> {
  const parts = outageParts(input, sla, options);
  return availabilityFrom(input, parts, mergeParts(parts));
}
