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
import { cite, type Explained, explained, type Instant, Instant as InstantSchema, step } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import type { CompiledSla } from "./compile.js";
import { workingDayDue } from "./deadlines.js";
import { monthInterval, type YearMonth } from "./period.js";
import { formatPercent, formatStatedPercent } from "./ratio.js";
import { citationsOf, type OutageCauseName, type Ratio, type SlaDefinition } from "./sla.js";

const MS_PER_MINUTE = 60_000;

/**
 * Cause of an outage (oorzaak van niet-beschikbaarheid), MDO-SLA §7.2 item 2:
 * - `supplier` — the supplier's own service or infrastructure (counts);
 * - `subcontractor` — a subcontractor's or platform supplier's service: part of the
 *   Infrastructure (§2.12, §2.33), so it counts;
 * - `maintenance` — agreed maintenance in the maintenance window or other announced maintenance
 *   (a): excluded only when announced in time (§7.2 item 1), else it counts;
 * - `customer-ict` — incidents in the customer's ICT environment (b);
 * - `no-technical-influence` — services the supplier has no technical influence on (c);
 * - `attack` — (D)DoS or malware attack, including ransomware (d);
 * - `incorrect-use` — incorrect use by the customer (e);
 * - `breach-of-agreement` — acting against the agreement (f);
 * - `attributable-to-customer` — otherwise attributable to the customer (g);
 * - `force-majeure` — force majeure (h).
 */
export const OutageCause = Schema.Literals([
  "supplier",
  "subcontractor",
  "maintenance",
  "customer-ict",
  "no-technical-influence",
  "attack",
  "incorrect-use",
  "breach-of-agreement",
  "attributable-to-customer",
  "force-majeure",
]);
/** Cause of an outage. */
export type OutageCause = typeof OutageCause.Type;

/**
 * An interval `[start, end)` in which the service was not or only partly available.
 * `announcedAt` is when maintenance was announced to the customer (needed to exclude it).
 */
export const Outage = Schema.Struct({
  id: Schema.optionalKey(Schema.String),
  start: InstantSchema,
  end: InstantSchema,
  cause: OutageCause,
  announcedAt: Schema.optionalKey(InstantSchema),
  description: Schema.optionalKey(Schema.String),
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

const causeBit: ReadonlyMap<OutageCause, number> = new Map(OutageCause.literals.map((c, i) => [c, 1 << i]));

/** The two readings of B when minutes are excluded. */
export type ExcludedMinutesIn = "removed-from-b" | "kept-in-b";

/** Options of {@link availability}. */
export interface AvailabilityOptions {
  /**
   * `removed-from-b` (default): excluded minutes are not "maximaal mogelijk beschikbare
   * minuten", so availability = (B − E − D) / (B − E). `kept-in-b`: availability = (B − D) / B.
   */
  readonly excludedMinutes?: ExcludedMinutesIn;
  /** Nothing before this instant is measured (the SLA applies from the first MDO in production, MDO-BV 4.5). */
  readonly effectiveFrom?: Instant;
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
  /** Maintenance merged into it that counts because it was not announced in time. */
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
  /** Maintenance outages that count as downtime because they were not announced in time. */
  readonly maintenanceAnnouncedLate: ReadonlyArray<string>;
}

/**
 * Merge overlapping or touching half-open intervals `[start, end)`: the result is sorted,
 * disjoint and non-touching. Empty intervals disappear. Idempotent and order-independent.
 *
 * @example
 * ```ts
 * mergeIntervals([{ start: 5, end: 8 }, { start: 0, end: 5 }, { start: 10, end: 12 }]);
 * // [{ start: 0, end: 8 }, { start: 10, end: 12 }]
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
 * A decision whether a maintenance outage was announced in time; see
 * `maintenanceNoticeOk`. Availability takes it as a function so that the month can be
 * computed with any calendar.
 */
export type AnnouncedInTime = (announcedAt: Instant, startsAt: Instant) => boolean;

/**
 * Availability of a month from outage intervals (MDO-SLA §7.2).
 *
 * Counted: every outage whose cause is not excluded by the SLA, and maintenance that was not
 * announced in time (or not announced). D is the number of whole minutes covered by the
 * counted outages after merging and clipping to the month. Excluded outages never change D; the
 * excluded minutes E that are not already in D are removed from B by default.
 *
 * Most callers use {@link monthlyAvailability}, which takes a compiled SLA; this form takes the
 * notice rule as a function.
 *
 * @example
 * ```ts
 * const r = availabilityOf(outages, yearMonth("2026-04"), mdoSla2025, announcedInTime);
 * r.value.percent; // "99.697"
 * ```
 */
export function availabilityOf(
  outages: ReadonlyArray<Outage>,
  month: YearMonth,
  sla: SlaDefinition,
  announcedInTime: AnnouncedInTime,
  options: AvailabilityOptions = {},
): Explained<AvailabilityResult> {
  const mode = options.excludedMinutes ?? "removed-from-b";
  const { start: monthStart, end: monthEnd } = monthInterval(month, options.timeZone);
  let windowStart: number = monthStart;
  if (options.effectiveFrom !== undefined && options.effectiveFrom > windowStart) {
    windowStart = Math.min(options.effectiveFrom, monthEnd);
  }
  const firstMinute = Math.floor((windowStart - monthStart) / MS_PER_MINUTE);
  const totalMinutes = Math.round((monthEnd - monthStart) / MS_PER_MINUTE);
  const b = totalMinutes - firstMinute;
  const excludedSet = new Set<OutageCauseName>(sla.availability.excludedCauses.value);
  const noticeRequired = sla.availability.maintenanceNoticeRequired.value;

  // One sweep over the minutes of the month instead of sorting the outages: for every minute, the
  // furthest end (exclusive, in minutes) of the outages that start in it — counted, excluded, and
  // excluded per cause. O(outages + minutes of the month).
  const n = outages.length;
  const countedEnd = new Int32Array(totalMinutes);
  const excludedEnd = new Int32Array(totalMinutes);
  const causeEnd = new Map<OutageCause, Int32Array>();
  const startMinute = new Int32Array(n).fill(-1);
  const isCounted = new Uint8Array(n);
  const lateMaintenance: Array<string> = [];
  for (let k = 0; k < n; k++) {
    const o = outages[k] as Outage;
    const s = Math.max(o.start, windowStart);
    const e = Math.min(o.end, monthEnd);
    if (e <= s) continue;
    const sm = Math.floor((s - monthStart) / MS_PER_MINUTE);
    const em = Math.ceil((e - monthStart) / MS_PER_MINUTE);
    startMinute[k] = sm;
    let excluded = excludedSet.has(o.cause);
    if (excluded && o.cause === "maintenance" && noticeRequired) {
      const inTime = o.announcedAt !== undefined && announcedInTime(o.announcedAt, o.start);
      if (!inTime) {
        excluded = false;
        lateMaintenance.push(o.id ?? `#${k}`);
      }
    }
    if (excluded) {
      if (em > (excludedEnd[sm] as number)) excludedEnd[sm] = em;
      let ends = causeEnd.get(o.cause);
      if (ends === undefined) {
        ends = new Int32Array(totalMinutes);
        causeEnd.set(o.cause, ends);
      }
      if (em > (ends[sm] as number)) ends[sm] = em;
    } else {
      isCounted[k] = 1;
      if (em > (countedEnd[sm] as number)) countedEnd[sm] = em;
    }
  }

  // Sweep: merged counted intervals (touching ones merge), D, and E = excluded minutes not in D.
  const mergedStart: Array<number> = [];
  const mergedEnd: Array<number> = [];
  const intervalAt = new Int32Array(totalMinutes).fill(-1);
  let ce = 0;
  let xe = 0;
  let d = 0;
  let e = 0;
  let current = -1;
  for (let m = firstMinute; m < totalMinutes; m++) {
    const c = countedEnd[m] as number;
    if (c > 0) {
      // An outage starts in minute m: a new interval, or it extends the one that reaches m.
      if (current < 0 || m > ce) {
        current = mergedStart.length;
        mergedStart.push(m);
        mergedEnd.push(c);
        ce = c;
      } else if (c > ce) {
        ce = c;
        mergedEnd[current] = c;
      }
    }
    const x = excludedEnd[m] as number;
    if (x > xe) xe = x;
    if (m < ce) {
      d++;
      intervalAt[m] = current;
    } else if (m < xe) e++;
  }
  const excludedByCause: Partial<Record<OutageCause, number>> = {};
  for (const [cause, ends] of causeEnd) {
    let end = 0;
    let minutes = 0;
    for (let m = firstMinute; m < totalMinutes; m++) {
      const x = ends[m] as number;
      if (x > end) end = x;
      if (m < end) minutes++;
    }
    excludedByCause[cause] = minutes;
  }

  const measured = mode === "removed-from-b" ? b - e : b;
  const target = sla.availability.target.value;
  const availability: Ratio =
    measured === 0 ? { numerator: 1, denominator: 1 } : { numerator: measured - d, denominator: measured };
  const targetMet =
    BigInt(availability.numerator) * BigInt(target.denominator) >=
    BigInt(target.numerator) * BigInt(availability.denominator);
  const allowed = Math.floor((measured * (target.denominator - target.numerator)) / target.denominator);
  // The outages behind each merged interval, in input order (a counting sort by interval).
  const intervals = mergedStart.length;
  const offsets = new Int32Array(intervals + 1);
  const intervalOf = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    if (isCounted[k] !== 1) continue;
    const j = intervalAt[startMinute[k] as number] as number;
    intervalOf[k] = j;
    offsets[j + 1] = (offsets[j + 1] as number) + 1;
  }
  for (let j = 0; j < intervals; j++) offsets[j + 1] = (offsets[j + 1] as number) + (offsets[j] as number);
  const fill = offsets.slice(0, intervals);
  const byInterval = new Int32Array(offsets[intervals] as number);
  for (let k = 0; k < n; k++) {
    const j = intervalOf[k] as number;
    if (j < 0) continue;
    byInterval[fill[j] as number] = k;
    fill[j] = (fill[j] as number) + 1;
  }
  const downtime: Array<DowntimeInterval> = [];
  for (let j = 0; j < intervals; j++) {
    let mask = 0;
    const ids: Array<string> = [];
    for (let q = offsets[j] as number; q < (offsets[j + 1] as number); q++) {
      const index = byInterval[q] as number;
      const o = outages[index] as Outage;
      mask |= causeBit.get(o.cause) ?? 0;
      ids.push(o.id ?? `#${index}`);
    }
    downtime.push({
      start: (monthStart + (mergedStart[j] as number) * MS_PER_MINUTE) as Instant,
      end: (monthStart + (mergedEnd[j] as number) * MS_PER_MINUTE) as Instant,
      minutes: (mergedEnd[j] as number) - (mergedStart[j] as number),
      causes: OutageCause.literals.filter((c) => (mask & (causeBit.get(c) ?? 0)) !== 0),
      outages: ids,
      lateMaintenance: (mask & (causeBit.get("maintenance") ?? 0)) !== 0,
    });
  }
  const percent = formatPercent(availability, 3);
  const targetPercent = formatStatedPercent(target);
  const value: AvailabilityResult = {
    month,
    monthMinutes: b,
    excludedMinutes: e,
    excludedByCause,
    measuredMinutes: measured,
    downtimeMinutes: d,
    availability,
    percent,
    target,
    targetMet,
    allowedDowntimeMinutes: allowed,
    remainingDowntimeMinutes: allowed - d,
    downtime,
    maintenanceAnnouncedLate: lateMaintenance,
  };
  const src = citationsOf(sla.availability.target.source);
  const because = [
    step({
      rule: "availability-month-minutes",
      inputs: { month },
      output: b,
      citations: [...src, cite(sla.id, "2.3")],
      en: `${month} has ${b} minutes in the 24 × 7 availability window (B).`,
      nl: `${month} telt ${b} minuten in het beschikbaarheidsvenster 24 x 7 (B).`,
    }),
    step({
      rule: "availability-excluded",
      inputs: { excludedByCause: excludedByCause as { [k: string]: number } },
      output: e,
      citations: citationsOf(sla.availability.excludedCauses.source),
      en: `${e} minutes of unavailability are not attributable to the supplier and fall outside the availability${mode === "removed-from-b" ? " (removed from B)" : " (kept in B)"}.`,
      nl: `${e} minuten niet-beschikbaarheid kunnen niet aan de leverancier worden toegerekend en vallen buiten de beschikbaarheid${mode === "removed-from-b" ? " (niet in B)" : " (wel in B)"}.`,
    }),
    ...(lateMaintenance.length === 0
      ? []
      : [
          step({
            rule: "availability-maintenance-announced-late",
            inputs: { outages: lateMaintenance },
            citations: citationsOf(sla.availability.maintenanceNoticeRequired.source),
            en: `${lateMaintenance.length} maintenance outage(s) were not announced in time and count as unavailability.`,
            nl: `${lateMaintenance.length} onderhoud(en) niet tijdig aangekondigd: telt als niet-beschikbaarheid.`,
          }),
        ]),
    step({
      rule: "availability-downtime",
      inputs: { intervals: downtime.length },
      output: d,
      citations: [cite(sla.id, "2.18")],
      en: `The service was not or only partly available for ${d} minutes (D); every minute with any unavailability counts whole.`,
      nl: `De dienst was ${d} minuten niet of slechts gedeeltelijk beschikbaar (D); elke geraakte minuut telt volledig.`,
    }),
    step({
      rule: "availability-percentage",
      inputs: { measuredMinutes: measured, downtimeMinutes: d, target: targetPercent },
      output: percent,
      citations: src,
      en: `Availability ((${measured} − ${d}) / ${measured}) × 100 % = ${percent} %: the ${targetPercent} % target is ${targetMet ? "met" : "missed"}; ${allowed - d >= 0 ? `${allowed - d} minutes of the downtime budget of ${allowed} remain` : `the downtime budget of ${allowed} minutes is exceeded by ${d - allowed}`}.`,
      nl: `Beschikbaarheid ((${measured} − ${d}) / ${measured}) x 100 % = ${percent} %: de norm van ${targetPercent} % is ${targetMet ? "gehaald" : "niet gehaald"}.`,
    }),
  ];
  return explained(value, because);
}

/**
 * Availability of a month on a compiled SLA (MDO-SLA §7.2): {@link availabilityOf} with the
 * SLA's maintenance-notice rule (`maintenanceNoticeOk`, kind `affects-availability`) and
 * its `effectiveFrom`.
 *
 * @example
 * ```ts
 * const r = availability(outages, yearMonth("2026-04"), compileSla(mdoSla2025));
 * r.value.targetMet; // false
 * ```
 */
export function availability(
  outages: ReadonlyArray<Outage>,
  month: YearMonth,
  sla: CompiledSla,
  options: Omit<AvailabilityOptions, "effectiveFrom"> = {},
): Explained<AvailabilityResult> {
  const days = sla.definition.maintenanceNotice.value.workingDays;
  // The rule of maintenanceNoticeOk (kind "affects-availability"), without building explanations.
  const inTime: AnnouncedInTime = (announcedAt, startsAt) =>
    startsAt >= workingDayDue(sla, announcedAt, days);
  const opts: AvailabilityOptions =
    sla.effectiveFrom === undefined ? options : { ...options, effectiveFrom: sla.effectiveFrom };
  return availabilityOf(outages, month, sla.definition, inTime, opts);
}
