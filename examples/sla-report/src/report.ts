/**
 * The report's data for a month or a quarter. Every figure is a value of
 * `@zorgkit/sla-calculator`'s public API — `availability` per month, `compliance` over the
 * period, `quarterData` + `structuralFailure` (MDO-BV 2.12) — only formatted here (instants as
 * local ISO text, fractions as the package's percent strings), never computed a second time.
 *
 * @module
 */
import { formatInstant, formatStatedPercent, type Instant } from "@zorgkit/core";
import {
  type AvailabilityResult,
  availability,
  type CompiledSla,
  type Compliance,
  compliance,
  type Incident,
  type MaintenanceOverview,
  type MonthlyReport,
  monthInterval,
  monthsOfQuarter,
  type Outage,
  type Priority,
  priorities,
  type Quarter,
  type QuarterData,
  type QuarterHistory,
  quarterData,
  quarterInterval,
  quarterOfMonth,
  type StructuralFailure,
  structuralFailure,
  type YearMonth,
} from "@zorgkit/sla-calculator";
import type { Progress } from "./progress.js";

/** The period of a report: one month, or a calendar quarter. */
export type ReportPeriod =
  | { readonly kind: "month"; readonly month: YearMonth }
  | { readonly kind: "quarter"; readonly quarter: Quarter };

/** What a report is made of (decoded). */
export interface ReportInput {
  readonly period: ReportPeriod;
  readonly incidents: ReadonlyArray<Incident>;
  readonly outages: ReadonlyArray<Outage>;
  readonly maintenanceOverviews?: ReadonlyArray<MaintenanceOverview>;
  /** Earlier quarters for MDO-BV 2.12 (availability missed three quarters in a row). */
  readonly history?: QuarterHistory;
}

/** One target of one priority, as the report shows it (from `compliance(...).byPriority`). */
export interface TargetRow {
  readonly count: number;
  readonly met: number;
  readonly breached: number;
  readonly running: number;
  readonly noTarget: number;
  /** Share met in percent, truncated to one decimal (the package's `percent`); absent when nothing was decided. */
  readonly percentMet?: string;
  readonly normApplies: boolean;
  /** Absent when the norm does not apply or nothing was decided. */
  readonly normHolds?: boolean;
}

/** One month's availability (from `availability(...)`), in the shape of the package's `monthlyReport`. */
export type MonthRow = MonthlyReport["availability"] & { readonly month: YearMonth };

/** A target that was breached: the measured item, which target, its deadline and its end (absent while open). */
export interface BreachRow {
  readonly id: string;
  readonly incident: string;
  readonly priority: Priority;
  readonly receivedAt: string;
  readonly target: "response" | "resolution";
  readonly due: string;
  readonly end?: string;
}

/** The report document (plain JSON): what the HTML shows, and what `--json` writes. */
export interface ReportData {
  readonly document: "zorgkit-sla-report";
  readonly sla: { readonly id: string; readonly version: string; readonly versionDate: string };
  readonly period: {
    readonly kind: "month" | "quarter";
    readonly label: string;
    readonly start: string;
    readonly end: string;
  };
  /** The moment open incidents are judged at. */
  readonly at: string;
  readonly input: { readonly incidents: number; readonly outages: number };
  readonly availability: { readonly targetPercent: string; readonly months: ReadonlyArray<MonthRow> };
  readonly compliance: {
    readonly byPriority: {
      readonly [p in Priority]: {
        readonly normPercent: string;
        readonly response: TargetRow;
        readonly resolution: TargetRow;
      };
    };
    readonly notMeasured: number;
  };
  readonly breached: ReadonlyArray<BreachRow>;
  readonly structuralFailure: {
    readonly failing: boolean;
    readonly triggers: StructuralFailure["triggers"];
    readonly quarters: StructuralFailure["quarters"];
    readonly consequence?: StructuralFailure["consequence"];
    /** Whether earlier quarters were given (`--history`); without them a run of three missed quarters can only be seen within the period. */
    readonly historyGiven: boolean;
  };
  /** Whether every norm was met: each month's availability, each applicable compliance norm, no structural failure. */
  readonly normsMet: boolean;
  /** The norms missed, in words. */
  readonly missed: ReadonlyArray<string>;
}

/** The label, months and interval of a period. */
export function periodParts(period: ReportPeriod): {
  label: string;
  months: ReadonlyArray<YearMonth>;
  start: Instant;
  end: Instant;
} {
  if (period.kind === "month")
    return { label: period.month, months: [period.month], ...monthInterval(period.month) };
  return {
    label: period.quarter,
    months: monthsOfQuarter(period.quarter),
    ...quarterInterval(period.quarter),
  };
}

function monthRow(a: AvailabilityResult): MonthRow {
  return {
    month: a.month,
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
  };
}

function targetRow(t: Compliance["byPriority"][Priority]["response"]): TargetRow {
  return {
    count: t.count,
    met: t.met,
    breached: t.breached,
    running: t.running,
    noTarget: t.noTarget,
    ...(t.percent === undefined ? {} : { percentMet: t.percent }),
    normApplies: t.normApplies,
    ...(t.normHolds === undefined ? {} : { normHolds: t.normHolds }),
  };
}

/**
 * The report for `input.period`, judged at `at`, under `sla`. `progress` is told per month.
 */
export function buildReport(
  input: ReportInput,
  sla: CompiledSla,
  at: Instant,
  progress?: Progress,
): ReportData {
  const def = sla.definition;
  const { label, months, start, end } = periodParts(input.period);
  progress?.start("months", months.length);
  const monthResults = months.map((month, k) => {
    const r = availability(
      input.maintenanceOverviews === undefined
        ? { month, outages: input.outages }
        : { month, outages: input.outages, maintenanceOverviews: input.maintenanceOverviews },
      sla,
    ).value;
    progress?.tick(k + 1);
    return r;
  });
  progress?.done();
  const comp = compliance({ incidents: input.incidents, period: { start, end } }, sla, at).value;

  // MDO-BV 2.12: the quarter(s) of the period, from the incidents received up to the period's end
  // and the months computed above, after the earlier quarters given.
  const upToEnd = input.incidents.filter((i) => i.receivedAt < end);
  const quarters = [...new Set(months.map(quarterOfMonth))];
  const current: Array<QuarterData> = quarters.map((q) =>
    quarterData(
      {
        quarter: q,
        incidents: upToEnd,
        months: monthResults
          .filter((m) => quarterOfMonth(m.month) === q)
          .map((m) => ({ month: m.month, targetMet: m.targetMet })),
      },
      sla,
      at,
    ),
  );
  const sf = structuralFailure([...(input.history ?? []), ...current], sla).value;

  const normOf = (p: Priority) => formatStatedPercent(def.targets[p].norm.value);
  const byPriority = {} as {
    [p in Priority]: { normPercent: string; response: TargetRow; resolution: TargetRow };
  };
  for (const p of priorities) {
    byPriority[p] = {
      normPercent: normOf(p),
      response: targetRow(comp.byPriority[p].response),
      resolution: targetRow(comp.byPriority[p].resolution),
    };
  }
  const breached: Array<BreachRow> = [];
  for (const a of comp.items) {
    for (const t of [a.response, a.resolution]) {
      if (t.status !== "breached" || t.due === undefined) continue;
      breached.push({
        id: a.item.id,
        incident: a.item.incidentId,
        priority: a.item.priority,
        receivedAt: formatInstant(a.item.receivedAt),
        target: t.target,
        due: formatInstant(t.due),
        ...(t.end === undefined ? {} : { end: formatInstant(t.end) }),
      });
    }
  }

  const missed: Array<string> = [];
  const targetPercent = formatStatedPercent(def.availability.target.value);
  for (const m of monthResults) {
    if (!m.targetMet) missed.push(`availability ${m.month}: ${m.percent} % < ${targetPercent} %`);
  }
  for (const p of priorities) {
    for (const t of ["response", "resolution"] as const) {
      const row = byPriority[p][t];
      if (row.normHolds === false) missed.push(`${p} ${t}: ${row.percentMet} % met < ${normOf(p)} %`);
    }
  }
  if (sf.failing) missed.push("structural failure (MDO-BV 2.12)");

  return {
    document: "zorgkit-sla-report",
    sla: { id: def.id, version: def.version, versionDate: def.versionDate },
    period: { kind: input.period.kind, label, start: formatInstant(start), end: formatInstant(end) },
    at: formatInstant(at),
    input: { incidents: input.incidents.length, outages: input.outages.length },
    availability: { targetPercent, months: monthResults.map(monthRow) },
    compliance: { byPriority, notMeasured: comp.notMeasured },
    breached,
    structuralFailure: {
      failing: sf.failing,
      triggers: sf.triggers,
      quarters: sf.quarters,
      ...(sf.consequence === undefined ? {} : { consequence: sf.consequence }),
      historyGiven: (input.history ?? []).length > 0,
    },
    normsMet: missed.length === 0,
    missed,
  };
}
