/**
 * The monthly service-level report (MDO-SLA §13) as one JSON document: performance, availability,
 * incidents (with the P1 and major incidents that need a root-cause analysis) and releases.
 *
 * @module
 */
import {
  BoundedArray,
  type Explained,
  explained,
  explainToText,
  formatInstant,
  formatStatedPercent,
  type Instant,
  Instant as InstantSchema,
  type LocalDate,
  LocalDate as LocalDateSchema,
  step,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { type AvailabilityOptions, availability, Outage } from "./availability.js";
import type { CompiledSla } from "./compile.js";
import { compliance } from "./compliance.js";
import { Incident } from "./incident.js";
import { layoutOf } from "./internal/compiled.js";
import {
  MAX_INCIDENTS,
  MAX_MEASUREMENTS,
  MAX_OUTAGES,
  MAX_OVERVIEWS,
  MAX_REPORT_ITEMS,
} from "./internal/limits.js";
import { MaintenanceOverview } from "./maintenance.js";
import { type PerformanceAlert, performanceAlerts } from "./performance.js";
import { monthInterval, YearMonth } from "./period.js";
import { type Priority, priorities } from "./sla.js";

/** One measured user action for the performance section. */
export interface ActionMeasurement {
  readonly action: string;
  readonly at: Instant;
  readonly durationMs: number;
  readonly baselineMs?: number;
}

/** A release shipped in the month, with its documentation. */
export interface ReportRelease {
  readonly version: string;
  readonly releasedOn: LocalDate;
  readonly notes?: string;
}

const NonNegative = Schema.Number.check(Schema.isFinite(), Schema.isGreaterThanOrEqualTo(0));

const Label = Schema.String.check(Schema.isMaxLength(1000));

/**
 * What the monthly report is made of: the month, its incidents and outages, the published
 * maintenance overviews, measured actions, releases, and the incidents classified as major or
 * with a root-cause analysis done. Decode it at the boundary with `decodeMonthlyReportRequest`.
 */
export const MonthlyReportRequest = Schema.Struct({
  month: YearMonth,
  incidents: BoundedArray(Incident, MAX_INCIDENTS),
  outages: BoundedArray(Outage, MAX_OUTAGES),
  maintenanceOverviews: Schema.optionalKey(BoundedArray(MaintenanceOverview, MAX_OVERVIEWS)),
  measurements: Schema.optionalKey(
    BoundedArray(
      Schema.Struct({
        action: Label,
        at: InstantSchema,
        durationMs: NonNegative,
        baselineMs: Schema.optionalKey(NonNegative.check(Schema.isGreaterThan(0))),
      }),
      MAX_MEASUREMENTS,
    ),
  ),
  releases: Schema.optionalKey(
    BoundedArray(
      Schema.Struct({
        version: Label,
        releasedOn: LocalDateSchema,
        notes: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(10_000))),
      }),
      MAX_REPORT_ITEMS,
    ),
  ),
  majorIncidents: Schema.optionalKey(BoundedArray(Label, MAX_REPORT_ITEMS)),
  rootCauseAnalysesDone: Schema.optionalKey(BoundedArray(Label, MAX_REPORT_ITEMS)),
});
/** A decoded report request. */
export type MonthlyReportRequest = typeof MonthlyReportRequest.Type;

/** The report document: plain JSON (ISO strings with offset, numbers, booleans). */
export interface MonthlyReport {
  readonly document: "service-level-report";
  readonly sla: { readonly id: string; readonly version: string; readonly versionDate: string };
  readonly month: YearMonth;
  readonly madeAt: string;
  readonly performance: {
    readonly measurements: number;
    readonly alerts: { readonly [a in PerformanceAlert]: number };
    readonly slowest: ReadonlyArray<{
      readonly action: string;
      readonly at: string;
      readonly durationMs: number;
      readonly alerts: ReadonlyArray<PerformanceAlert>;
    }>;
  };
  readonly availability: {
    readonly monthMinutes: number;
    readonly excludedMinutes: number;
    readonly excludedByCause: { readonly [cause: string]: number };
    readonly measuredMinutes: number;
    readonly downtimeMinutes: number;
    readonly percent: string;
    readonly targetPercent: string;
    readonly targetMet: boolean;
    readonly allowedDowntimeMinutes: number;
    readonly remainingDowntimeMinutes: number;
    readonly maintenanceAnnouncedLate: ReadonlyArray<string>;
    readonly downtime: ReadonlyArray<{
      readonly start: string;
      readonly end: string;
      readonly minutes: number;
      readonly causes: ReadonlyArray<string>;
      readonly outages: ReadonlyArray<string>;
    }>;
  };
  readonly incidents: {
    readonly received: number;
    readonly byPriority: {
      readonly [p in Priority]: {
        readonly [t in "response" | "resolution"]: {
          readonly count: number;
          readonly met: number;
          readonly breached: number;
          readonly running: number;
          readonly noTarget: number;
          readonly percentMet?: string;
          readonly normHolds?: boolean;
        };
      };
    };
    readonly items: ReadonlyArray<{
      readonly id: string;
      readonly priority: Priority;
      readonly receivedAt: string;
      readonly response: { readonly status: string; readonly due?: string; readonly end?: string };
      readonly resolution: { readonly status: string; readonly due?: string; readonly end?: string };
    }>;
    readonly rootCauseAnalyses: ReadonlyArray<{
      readonly incident: string;
      readonly reason: "P1" | "major";
      readonly done: boolean;
    }>;
  };
  readonly releases: ReadonlyArray<ReportRelease>;
  /** The explanation of the availability figure, as text (English). */
  readonly availabilityExplanation: string;
}

const target = (a: { readonly status: string; readonly due?: Instant; readonly end?: Instant }) => ({
  status: a.status,
  ...(a.due === undefined ? {} : { due: formatInstant(a.due) }),
  ...(a.end === undefined ? {} : { end: formatInstant(a.end) }),
});

/**
 * The monthly service-level report (MDO-SLA §13): per month, the performance of the service, its
 * availability, its incidents — including the P1 and major incidents that need a root-cause
 * analysis (RCA) — and the releases with their documentation, as one JSON document.
 *
 * Open incidents are judged at `at`, the moment the report is made.
 *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 * import { compileSla, decodeMonthlyReportRequest, mdoSla2025, monthlyReport } from "@zorgkit/sla-calculator";
 *
 * const sla = compileSla(mdoSla2025);
 * const request = decodeMonthlyReportRequest({ month: "2026-04", incidents: [], outages: [] });
 * if (request.ok) {
 *   const report = monthlyReport(request.value, sla, instant("2026-05-01T00:00:00+02:00")).value;
 *   report.availability.percent; // => "100.000"
 * }
 * ```
 */
export function monthlyReport(
  input: MonthlyReportRequest,
  sla: CompiledSla,
  at: Instant,
  options: { readonly availability?: AvailabilityOptions } = {},
): Explained<MonthlyReport> {
  const def = layoutOf(sla).definition;
  const period = monthInterval(input.month);
  const avail = availability(
    input.maintenanceOverviews === undefined
      ? { month: input.month, outages: input.outages }
      : { month: input.month, outages: input.outages, maintenanceOverviews: input.maintenanceOverviews },
    sla,
    options.availability ?? {},
  );
  const comp = compliance({ incidents: input.incidents, period }, sla, at);
  const measurements = (input.measurements ?? []).filter((m) => m.at >= period.start && m.at < period.end);
  const alertCount = { "slower-than-absolute-limit": 0, "slower-than-baseline-factor": 0 };
  const judged = measurements.map((m) => {
    const alerts = performanceAlerts(
      m.baselineMs === undefined
        ? { durationMs: m.durationMs }
        : { durationMs: m.durationMs, baselineMs: m.baselineMs },
      def,
    ).value;
    for (const a of alerts) alertCount[a]++;
    return { action: m.action, at: formatInstant(m.at), durationMs: m.durationMs, alerts };
  });
  const slowest = [...judged].sort((a, b) => b.durationMs - a.durationMs).slice(0, 5);
  const a = avail.value;
  const byPriority = {} as Record<Priority, MonthlyReport["incidents"]["byPriority"][Priority]>;
  for (const p of priorities) {
    const row = comp.value.byPriority[p];
    const summarise = (t: "response" | "resolution") => {
      const x = row[t];
      return {
        count: x.count,
        met: x.met,
        breached: x.breached,
        running: x.running,
        noTarget: x.noTarget,
        ...(x.percent === undefined ? {} : { percentMet: x.percent }),
        ...(x.normHolds === undefined ? {} : { normHolds: x.normHolds }),
      };
    };
    byPriority[p] = { response: summarise("response"), resolution: summarise("resolution") };
  }
  const done = new Set(input.rootCauseAnalysesDone ?? []);
  const major = new Set(input.majorIncidents ?? []);
  const rca: Array<{ incident: string; reason: "P1" | "major"; done: boolean }> = [];
  const seen = new Set<string>();
  for (const x of comp.value.items) {
    const id = x.item.incidentId;
    if (seen.has(id)) continue;
    const reason = x.item.priority === "P1" ? "P1" : major.has(id) ? "major" : undefined;
    if (reason === undefined) continue;
    seen.add(id);
    rca.push({ incident: id, reason, done: done.has(id) });
  }
  const report: MonthlyReport = {
    document: "service-level-report",
    sla: { id: def.id, version: def.version, versionDate: def.versionDate },
    month: input.month,
    madeAt: formatInstant(at),
    performance: { measurements: measurements.length, alerts: alertCount, slowest },
    availability: {
      monthMinutes: a.monthMinutes,
      excludedMinutes: a.excludedMinutes,
      excludedByCause: a.excludedByCause as { [cause: string]: number },
      measuredMinutes: a.measuredMinutes,
      downtimeMinutes: a.downtimeMinutes,
      percent: a.percent,
      targetPercent: formatStatedPercent(a.target),
      targetMet: a.targetMet,
      allowedDowntimeMinutes: a.allowedDowntimeMinutes,
      remainingDowntimeMinutes: a.remainingDowntimeMinutes,
      maintenanceAnnouncedLate: a.maintenanceAnnouncedLate,
      downtime: a.downtime.map((d) => ({
        start: formatInstant(d.start),
        end: formatInstant(d.end),
        minutes: d.minutes,
        causes: d.causes,
        outages: d.outages,
      })),
    },
    incidents: {
      received: new Set(comp.value.items.map((x) => x.item.incidentId)).size,
      byPriority,
      items: comp.value.items.map((x) => ({
        id: x.item.id,
        priority: x.item.priority,
        receivedAt: formatInstant(x.item.receivedAt),
        response: target(x.response),
        resolution: target(x.resolution),
      })),
      rootCauseAnalyses: rca,
    },
    releases: (input.releases ?? []).filter(
      (r) => r.releasedOn >= `${input.month}-01` && r.releasedOn <= `${input.month}-31`,
    ),
    availabilityExplanation: explainToText(avail, "en"),
  };
  return explained(report, [
    step({
      rule: "monthly-report",
      inputs: { month: input.month, incidents: report.incidents.received, outages: input.outages.length },
      citations: def.monthlyReport.citations,
      en: `Service-level report for ${input.month}: performance, availability, incidents (with P1 and major root-cause analyses) and releases.`,
      nl: `Service Level rapportage over ${input.month}: performance, beschikbaarheid, incidenten (inclusief Major en Prio 1 RCA) en releases.`,
    }),
    ...avail.because,
    ...comp.because,
  ]);
}
