/**
 * Structural failure to meet the service levels (structureel niet behalen), MDO-BV art. 2.12.
 *
 * @module
 */
import { BoundedArray, type Explained, explained, type Instant, step } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { assessIn } from "./assess.js";
import { type CompiledSla, definitionOf } from "./compile.js";
import type { Incident } from "./incident.js";
import { layoutOf } from "./internal/compiled.js";
import { MAX_QUARTER_P1, MAX_QUARTERS } from "./internal/limits.js";
import { monthsOfQuarter, nextQuarter, Quarter, quarterInterval, YearMonth } from "./period.js";
import type { SlaDefinition } from "./sla.js";

/** One P1 incident of a quarter, as structural failure needs it. */
export const QuarterP1Incident = Schema.Struct({
  id: Schema.String.check(Schema.isMaxLength(1000)),
  /** New or stand-alone ("nieuw of op zichzelf staand"): not a repeat of an earlier incident. */
  standAlone: Schema.Boolean,
  /** Whether it exceeded the P1 maximum resolution time (solved late, or still open past due). */
  resolutionExceeded: Schema.Boolean,
});
/** A P1 incident of a quarter. */
export type QuarterP1Incident = typeof QuarterP1Incident.Type;

/** What happened in a calendar quarter: its P1 incidents and its months' availability. */
export const QuarterData = Schema.Struct({
  quarter: Quarter,
  /** The P1 incidents that occurred (were received) in the quarter. */
  p1Incidents: BoundedArray(QuarterP1Incident, MAX_QUARTER_P1),
  /** Availability per month of the quarter (months not given are unknown, not missed). */
  months: BoundedArray(Schema.Struct({ month: YearMonth, targetMet: Schema.Boolean }), 3),
}).check(
  Schema.makeFilter(
    (q: { readonly quarter: Quarter; readonly months: ReadonlyArray<{ readonly month: string }> }) => {
      // A month of another quarter would count as a missed month of this one (MDO-BV 2.12: three
      // quarters in a row): one missed month given under three quarters is not a structural failure.
      const own = new Set<string>(monthsOfQuarter(q.quarter));
      const issues: Array<{ path: ReadonlyArray<PropertyKey>; issue: string }> = [];
      q.months.forEach((m, k) => {
        if (!own.has(m.month))
          issues.push({ path: ["months", k, "month"], issue: `${m.month} is not a month of ${q.quarter}` });
      });
      return issues.length === 0 ? true : issues;
    },
    { expected: "months of the quarter" },
  ),
);
/** A quarter's data. */
export type QuarterData = typeof QuarterData.Type;

/**
 * The quarters {@link structuralFailure} judges, in any order, each quarter at most once: a
 * quarter given twice is rejected at decoding (its second entry's `quarter` is named), because
 * two partial entries for one quarter could otherwise hide three late P1 incidents or a missed
 * month. (Values built in code with a repeated quarter are merged by `structuralFailure`.)
 */
export const QuarterHistory = BoundedArray(QuarterData, MAX_QUARTERS).check(
  Schema.makeFilter(
    (qs: ReadonlyArray<{ readonly quarter: string }>) => {
      const seen = new Set<string>();
      const issues: Array<{ path: ReadonlyArray<PropertyKey>; issue: string }> = [];
      qs.forEach((q, k) => {
        if (seen.has(q.quarter))
          issues.push({ path: [k, "quarter"], issue: `quarter ${q.quarter} appears more than once` });
        seen.add(q.quarter);
      });
      return issues.length === 0 ? true : issues;
    },
    { expected: "each quarter at most once" },
  ),
);
/** Quarters, each at most once. */
export type QuarterHistory = typeof QuarterHistory.Type;

/** A new or stand-alone P1 incident solved late counts toward a structural failure (MDO-BV art. 2.12). */
const countsTowardFailure = (i: QuarterP1Incident) => i.standAlone && i.resolutionExceeded;

/**
 * One entry per quarter: repeated quarters merged — an incident by id counts when one entry shows
 * it as both new or stand-alone and solved late, a month is missed if any entry says so — so a
 * second entry can never hide a failure the other one shows, nor make one of two halves that no
 * entry shows (a new incident solved in time in one entry, a late repeat in the other, does not
 * count; MDO-BV art. 2.12).
 */
function mergeQuarters(quarters: ReadonlyArray<QuarterData>): Array<QuarterData> {
  const byQuarter = new Map<
    string,
    { quarter: Quarter; incidents: Map<string, QuarterP1Incident>; months: Map<string, boolean> }
  >();
  for (const q of quarters) {
    let entry = byQuarter.get(q.quarter);
    if (entry === undefined) {
      entry = { quarter: q.quarter, incidents: new Map(), months: new Map() };
      byQuarter.set(q.quarter, entry);
    }
    for (const i of q.p1Incidents) {
      const seen = entry.incidents.get(i.id);
      // the entry that counts the incident wins; fields are never combined across entries
      if (seen === undefined || (countsTowardFailure(i) && !countsTowardFailure(seen)))
        entry.incidents.set(i.id, i);
    }
    for (const m of q.months) entry.months.set(m.month, (entry.months.get(m.month) ?? true) && m.targetMet);
  }
  return [...byQuarter.values()]
    .sort((a, b) => (a.quarter < b.quarter ? -1 : a.quarter > b.quarter ? 1 : 0))
    .map((e) => ({
      quarter: e.quarter,
      p1Incidents: [...e.incidents.values()],
      months: [...e.months.entries()].map(([month, targetMet]) => ({ month: month as YearMonth, targetMet })),
    }));
}

/** Why the service levels were structurally not met. */
export type StructuralFailureTrigger =
  | {
      readonly kind: "late-p1-incidents";
      readonly quarter: Quarter;
      /** The new or stand-alone P1 incidents that exceeded the maximum resolution time. */
      readonly incidents: ReadonlyArray<string>;
    }
  | {
      readonly kind: "availability-missed";
      /** The consecutive quarters in which availability was not met. */
      readonly quarters: ReadonlyArray<Quarter>;
    };

/** The consequence of structural failure, as data (MDO-BV art. 2.12). */
export interface StructuralFailureConsequence {
  /** Only on the customer's written request. */
  readonly onWrittenRequestOf: "customer";
  /** A meeting with a member of the supplier's board, aiming at a structural solution. */
  readonly action: "meeting-with-board-member";
  /** When this many or more customers make a comparable request: consult the umbrella organisation(s) instead and keep the customer informed. */
  readonly umbrellaConsultationFromRequests: number;
}

/** Result of {@link structuralFailure}. */
export interface StructuralFailure {
  readonly failing: boolean;
  readonly triggers: ReadonlyArray<StructuralFailureTrigger>;
  readonly quarters: ReadonlyArray<{
    readonly quarter: Quarter;
    readonly lateStandAloneP1: ReadonlyArray<string>;
    readonly availabilityMissed: boolean;
    readonly monthsMissed: ReadonlyArray<YearMonth>;
  }>;
  /** Absent when the service levels were not structurally missed. */
  readonly consequence?: StructuralFailureConsequence;
}

/**
 * Whether the service levels are structurally not met (MDO-BV art. 2.12): in a calendar quarter
 * at least three new or stand-alone P1 incidents were each not solved within the P1 maximum
 * resolution time, or availability was not met in three consecutive quarters. "The norm" of
 * art. 2.12 is read as the per-incident maximum, not the 90 % column: 30 P1 incidents of which
 * 3 late is a structural failure. A quarter misses availability when any of its months misses
 * the monthly target (this library's reading). Quarters are taken in calendar order; a gap
 * between the quarters given breaks a run. A quarter given twice (possible only for values built
 * in code; decoding rejects it) is merged — a P1 incident counts when one entry shows it both new
 * or stand-alone and solved late, a month is missed when one entry says so — so it can never hide
 * a failure an entry shows, nor make one that no entry shows.
 *
 * @example
 * ```ts
 * import { mdoSla2025, quarter, structuralFailure } from "@zorgkit/sla-calculator";
 *
 * const late = (id: string) => ({ id, standAlone: true, resolutionExceeded: true });
 * const r = structuralFailure([{ quarter: quarter("2026-Q1"), p1Incidents: [late("A"), late("B"), late("C")], months: [] }], mdoSla2025);
 * r.value.failing; // => true
 * ```
 */
export function structuralFailure(
  quarters: QuarterHistory,
  sla: CompiledSla | SlaDefinition,
): Explained<StructuralFailure> {
  const def: SlaDefinition = definitionOf(sla);
  const rule = def.structuralFailure.value;
  const citations = def.structuralFailure.citations;
  const sorted = mergeQuarters(quarters);
  const triggers: Array<StructuralFailureTrigger> = [];
  const rows: Array<StructuralFailure["quarters"][number]> = [];
  const because = [];
  let run: Array<Quarter> = [];
  let previous: Quarter | undefined;
  for (const q of sorted) {
    const late = q.p1Incidents.filter(countsTowardFailure).map((i) => i.id);
    const monthsMissed = q.months.filter((m) => !m.targetMet).map((m) => m.month);
    const availabilityMissed = monthsMissed.length > 0;
    rows.push({ quarter: q.quarter, lateStandAloneP1: late, availabilityMissed, monthsMissed });
    if (late.length >= rule.lateP1PerQuarter) {
      triggers.push({ kind: "late-p1-incidents", quarter: q.quarter, incidents: late });
      because.push(
        step({
          rule: "structural-failure-late-p1",
          inputs: { quarter: q.quarter, incidents: late },
          output: true,
          citations,
          en: `In ${q.quarter}, ${late.length} new or stand-alone P1 incidents were not solved within the maximum resolution time (at least ${rule.lateP1PerQuarter} make a structural failure).`,
          nl: `In ${q.quarter} zijn ${late.length} nieuwe of op zichzelf staande P1-incidenten niet binnen de maximale oplostijd opgelost (vanaf ${rule.lateP1PerQuarter} is sprake van structureel niet behalen).`,
        }),
      );
    }
    const consecutive = previous !== undefined && nextQuarter(previous) === q.quarter;
    run = availabilityMissed ? (consecutive ? [...run, q.quarter] : [q.quarter]) : [];
    if (run.length >= rule.consecutiveQuartersMissingAvailability) {
      const window = run.slice(-rule.consecutiveQuartersMissingAvailability);
      triggers.push({ kind: "availability-missed", quarters: window });
      because.push(
        step({
          rule: "structural-failure-availability",
          inputs: { quarters: window },
          output: true,
          citations,
          en: `Availability was not met in ${window.length} consecutive quarters (${window.join(", ")}).`,
          nl: `De beschikbaarheid is ${window.length} kwartalen achter elkaar niet behaald (${window.join(", ")}).`,
        }),
      );
    }
    previous = q.quarter;
  }
  const failing = triggers.length > 0;
  if (!failing) {
    because.push(
      step({
        rule: "structural-failure-none",
        inputs: { quarters: sorted.map((q) => q.quarter) },
        output: false,
        citations,
        en: `No quarter had ${rule.lateP1PerQuarter} late new or stand-alone P1 incidents, and availability was not missed in ${rule.consecutiveQuartersMissingAvailability} consecutive quarters.`,
        nl: `Geen kwartaal met ${rule.lateP1PerQuarter} te laat opgeloste nieuwe P1-incidenten, en de beschikbaarheid is niet ${rule.consecutiveQuartersMissingAvailability} kwartalen achter elkaar gemist.`,
      }),
    );
  }
  return explained(
    {
      failing,
      triggers,
      quarters: rows,
      ...(failing
        ? {
            consequence: {
              onWrittenRequestOf: "customer",
              action: "meeting-with-board-member",
              umbrellaConsultationFromRequests: rule.umbrellaConsultationFromRequests,
            } as const,
          }
        : {}),
    },
    because,
  );
}

/**
 * Build a quarter's {@link QuarterData} from incidents and monthly availability results: the P1
 * items received in the quarter (after splitting at partial solutions, MDO-SLA §9.3), each judged
 * at `at` against the P1 maximum resolution time; an item with `relatedTo` is not new or
 * stand-alone. Months of other quarters are ignored.
 *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 * import { compileSla, mdoSla2025, quarter, quarterData, structuralFailure } from "@zorgkit/sla-calculator";
 *
 * const sla = compileSla(mdoSla2025);
 * const q = quarterData({ quarter: quarter("2026-Q2"), incidents: [], months: [] }, sla, instant("2026-07-01T00:00:00+02:00"));
 * structuralFailure([q], sla).value.failing; // => false
 * ```
 */
export function quarterData(
  subject: {
    readonly quarter: Quarter;
    readonly incidents: ReadonlyArray<Incident>;
    readonly months: ReadonlyArray<{ readonly month: YearMonth; readonly targetMet: boolean }>;
  },
  sla: CompiledSla,
  at: Instant,
): QuarterData {
  const layout = layoutOf(sla);
  const { quarter: q, incidents, months } = subject;
  const { start, end } = quarterInterval(q);
  const p1Incidents: Array<QuarterP1Incident> = [];
  for (const incident of incidents) {
    for (const a of assessIn(layout, incident, at).value) {
      if (a.item.priority !== "P1" || a.item.receivedAt < start || a.item.receivedAt >= end) continue;
      if (layout.effectiveFrom !== undefined && a.item.receivedAt < layout.effectiveFrom) continue;
      p1Incidents.push({
        id: a.item.id,
        standAlone: a.item.relatedTo === undefined,
        resolutionExceeded: a.resolution.status === "breached",
      });
    }
  }
  const inQuarter = new Set<string>(monthsOfQuarter(q));
  return {
    quarter: q,
    p1Incidents,
    months: months
      .filter((m) => inQuarter.has(m.month))
      .map((m) => ({ month: m.month, targetMet: m.targetMet })),
  };
}
