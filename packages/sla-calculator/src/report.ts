/**
 * The monthly service-level report (MDO-SLA §13) as one JSON document: performance, availability,
 * incidents (with the P1 and major incidents that need a root-cause analysis) and releases.
 *
 * @module
 */
import {
  type Explained,
  explained,
  explainToText,
  formatInstant,
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
import { type PerformanceAlert, performanceAlerts } from "./performance.js";
import { monthInterval, YearMonth } from "./period.js";
import { type Priority, priorities } from "./priority.js";
import { formatStatedPercent } from "./ratio.js";
import { citationsOf } from "./sla.js";

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

/**
 * Schema of the report request a service receives (everything of {@link MonthlyReportInput}
 * except the availability options), for decoding at the boundary.
 */
export const MonthlyReportRequest = Schema.Struct({
  month: YearMonth,
  incidents: Schema.Array(Incident),
  outages: Schema.Array(Outage),
  measurements: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        action: Schema.String,
        at: InstantSchema,
        durationMs: NonNegative,
        baselineMs: Schema.optionalKey(NonNegative.check(Schema.isGreaterThan(0))),
      }),
    ),
  ),
  releases: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        version: Schema.String,
        releasedOn: LocalDateSchema,
        notes: Schema.optionalKey(Schema.String),
      }),
    ),
  ),
  majorIncidents: Schema.optionalKey(Schema.Array(Schema.String)),
  rootCauseAnalysesDone: Schema.optionalKey(Schema.Array(Schema.String)),
  at: InstantSchema,
});
/** A decoded report request. */
export type MonthlyReportRequest = typeof MonthlyReportRequest.Type;

/** Input of {@link monthlyReport}. */
export interface MonthlyReportInput {
  readonly month: YearMonth;
  readonly incidents: ReadonlyArray<Incident>;
  readonly outages: ReadonlyArray<Outage>;
  readonly measurements?: ReadonlyArray<ActionMeasurement>;
  readonly releases?: ReadonlyArray<ReportRelease>;
  /** Incidents the supplier classified as major (besides P1): they need a root-cause analysis too. */
  readonly majorIncidents?: ReadonlyArray<string>;
  /** Incidents whose root-cause analysis is available. */
  readonly rootCauseAnalysesDone?: ReadonlyArray<string>;
  /** The moment the report is made (open incidents are judged at it). */
  readonly at: Instant;
  readonly availabilityOptions?: Omit<AvailabilityOptions, "effectiveFrom">;
}

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
          readonly percentMet: string | null;
          readonly normHolds: boolean | null;
        };
      };
    };
    readonly items: ReadonlyArray<{
      readonly id: string;
      readonly priority: Priority;
      readonly receivedAt: string;
      readonly response: {
        readonly status: string;
        readonly due: string | null;
        readonly end: string | null;
      };
      readonly resolution: {
        readonly status: string;
        readonly due: string | null;
        readonly end: string | null;
      };
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

const iso = (t: Instant | null): string | null => (t === null ? null : formatInstant(t));

/**
 * The monthly service-level report (MDO-SLA §13): per month, the performance of the service, its
 * availability, its incidents — including the P1 and major incidents that need a root-cause
 * analysis (RCA) — and the releases with their documentation, as one JSON document.
 *
 * @example
 * ```ts
 * const report = monthlyReport({ month: yearMonth("2026-04"), incidents, outages, at }, sla).value;
 * JSON.stringify(report);
 * ```
 */
export function monthlyReport(input: MonthlyReportInput, sla: CompiledSla): Explained<MonthlyReport> {
  const def = sla.definition;
  const period = monthInterval(input.month);
  const avail = availability(input.outages, input.month, sla, input.availabilityOptions ?? {});
  const comp = compliance(input.incidents, sla, period, input.at);
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
    const summarise = (t: "response" | "resolution") => ({
      count: row[t].count,
      met: row[t].met,
      breached: row[t].breached,
      running: row[t].running,
      noTarget: row[t].noTarget,
      percentMet: row[t].percent,
      normHolds: row[t].normHolds,
    });
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
    madeAt: formatInstant(input.at),
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
        response: { status: x.response.status, due: iso(x.response.due), end: iso(x.response.end) },
        resolution: { status: x.resolution.status, due: iso(x.resolution.due), end: iso(x.resolution.end) },
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
      citations: [...citationsOf(def.availability.target.source), { source: def.id, article: "13" }],
      en: `Service-level report for ${input.month}: performance, availability, incidents (with P1 and major root-cause analyses) and releases.`,
      nl: `Service Level rapportage over ${input.month}: performance, beschikbaarheid, incidenten (inclusief Major en Prio 1 RCA) en releases.`,
    }),
    ...avail.because,
    ...comp.because,
  ]);
}
