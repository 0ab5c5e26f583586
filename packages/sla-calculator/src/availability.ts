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
import { Schema } from "effect";
import type { CompiledSla } from "./compile.js";
import { workingDayDeadline } from "./deadlines.js";
import { monthInterval, type YearMonth } from "./period.js";
import { formatPercent } from "./ratio.js";
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

  // Minute indexes [sm, em) relative to the month start, packed with the outage index for a fast
  // numeric sort: key = sm * 2^21 + index (exact in a double: sm < 2^16, index < 2^21).
  const n = outages.length;
  const countedKeys: Array<number> = [];
  const countedEnd = new Float64Array(n);
  const lateMaintenance: Array<string> = [];
  const excludedByCauseIntervals = new Map<OutageCause, Array<{ start: number; end: number }>>();
  const excludedAll: Array<{ start: number; end: number }> = [];
  const useKeys = n < 2 ** 21;
  const countedFallback: Array<{ start: number; end: number; index: number }> = [];
  for (let k = 0; k < n; k++) {
    const o = outages[k] as Outage;
    const s = Math.max(o.start, windowStart);
    const e = Math.min(o.end, monthEnd);
    if (e <= s) continue;
    const sm = Math.floor((s - monthStart) / MS_PER_MINUTE);
    const em = Math.ceil((e - monthStart) / MS_PER_MINUTE);
    let excluded = excludedSet.has(o.cause);
    if (excluded && o.cause === "maintenance" && noticeRequired) {
      const inTime = o.announcedAt !== undefined && announcedInTime(o.announcedAt, o.start);
      if (!inTime) {
        excluded = false;
        lateMaintenance.push(o.id ?? `#${k}`);
      }
    }
    if (excluded) {
      let list = excludedByCauseIntervals.get(o.cause);
      if (list === undefined) {
        list = [];
        excludedByCauseIntervals.set(o.cause, list);
      }
      list.push({ start: sm, end: em });
      excludedAll.push({ start: sm, end: em });
    } else if (useKeys) {
      countedKeys.push(sm * 2 ** 21 + k);
      countedEnd[k] = em;
    } else countedFallback.push({ start: sm, end: em, index: k });
  }

  // Merge counted intervals, remembering which outages made each one.
  const order: ArrayLike<number> = useKeys
    ? Float64Array.from(countedKeys).sort()
    : countedFallback.sort((a, b) => a.start - b.start).map((c) => c.index);
  const startOf = (j: number): [number, number] => {
    if (useKeys) {
      const key = order[j] as number;
      const index = key % 2 ** 21;
      return [(key - index) / 2 ** 21, index];
    }
    const c = countedFallback[j] as { start: number; end: number; index: number };
    return [c.start, c.index];
  };
  const endOf = (j: number, index: number): number =>
    useKeys ? (countedEnd[index] as number) : (countedFallback[j] as { end: number }).end;
  const merged: Array<{ start: number; end: number; members: Array<number> }> = [];
  for (let j = 0; j < order.length; j++) {
    const [sm, index] = startOf(j);
    const em = endOf(j, index);
    const last = merged[merged.length - 1];
    if (last !== undefined && sm <= last.end) {
      if (em > last.end) last.end = em;
      last.members.push(index);
    } else merged.push({ start: sm, end: em, members: [index] });
  }
  let d = 0;
  for (const m of merged) d += m.end - m.start;

  // Excluded minutes not already counted in D.
  const excludedMerged = mergeIntervals(excludedAll);
  let e = 0;
  let p = 0;
  for (const x of excludedMerged) {
    let len = x.end - x.start;
    while (p < merged.length && (merged[p] as { end: number }).end <= x.start) p++;
    for (let q = p; q < merged.length; q++) {
      const c = merged[q] as { start: number; end: number };
      if (c.start >= x.end) break;
      len -= Math.min(c.end, x.end) - Math.max(c.start, x.start);
    }
    e += len;
  }
  const excludedByCause: Partial<Record<OutageCause, number>> = {};
  for (const [cause, list] of excludedByCauseIntervals) {
    let minutes = 0;
    for (const x of mergeIntervals(list)) minutes += x.end - x.start;
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
  const downtime: Array<DowntimeInterval> = merged.map((m) => {
    const causes = new Set<OutageCause>();
    let late = false;
    const ids: Array<string> = [];
    for (const index of m.members) {
      const o = outages[index] as Outage;
      causes.add(o.cause);
      if (o.cause === "maintenance") late = true;
      ids.push(o.id ?? `#${index}`);
    }
    return {
      start: (monthStart + m.start * MS_PER_MINUTE) as Instant,
      end: (monthStart + m.end * MS_PER_MINUTE) as Instant,
      minutes: m.end - m.start,
      causes: [...causes],
      outages: ids,
      lateMaintenance: late,
    };
  });
  const percent = formatPercent(availability, 3);
  const targetPercent = formatPercent(target, 1);
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
    startsAt >= workingDayDeadline(sla.clocks.officeHours, announcedAt, days).due;
  const opts: AvailabilityOptions =
    sla.effectiveFrom === undefined ? options : { ...options, effectiveFrom: sla.effectiveFrom };
  return availabilityOf(outages, month, sla.definition, inTime, opts);
}
