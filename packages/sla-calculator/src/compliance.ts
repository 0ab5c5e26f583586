/**
 * Compliance with the norm per priority and target (MDO-SLA §9.3 "Norm", reported per §13).
 *
 * @module
 */
import {
  BoundedArray,
  type Explained,
  explained,
  formatInstant,
  formatPercent,
  formatStatedPercent,
  type Instant,
  type Ratio,
  ratioAtLeast,
  type Step,
  step,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { assessIn, type ItemAssessment } from "./assess.js";
import type { CompiledSla } from "./compile.js";
import type { TargetName } from "./deadlines.js";
import { Incident } from "./incident.js";
import { layoutOf } from "./internal/compiled.js";
import { MAX_INCIDENTS } from "./internal/limits.js";
import { ReportingPeriod } from "./period.js";
import { type Priority, priorities } from "./sla.js";

/** What {@link compliance} measures: the incidents and the period `[start, end)` they are attributed to. */
export const ComplianceInput = Schema.Struct({
  incidents: BoundedArray(Incident, MAX_INCIDENTS),
  period: ReportingPeriod,
});
/** The incidents and the period of a compliance report. */
export type ComplianceInput = typeof ComplianceInput.Type;

/** Counts for one target of one priority. */
export interface TargetTally {
  /** Items received in the period. */
  readonly count: number;
  readonly met: number;
  readonly breached: number;
  /** Still running at `at`: not in the denominator. */
  readonly running: number;
  /** Items without a target (P4 resolution "in overleg" without agreement): counted apart, not as met. */
  readonly noTarget: number;
  /** met / (met + breached), exact; absent when nothing was decided yet. */
  readonly share?: Ratio;
  /** The share in percent, truncated to one decimal (display only); absent with the share. */
  readonly percent?: string;
  readonly norm: Ratio;
  /** Whether the norm applies to this target (response: an option, on by default). */
  readonly normApplies: boolean;
  /** met / (met + breached) ≥ norm; absent when the norm does not apply or nothing was decided. */
  readonly normHolds?: boolean;
}

/** Compliance of one period. */
export interface Compliance {
  readonly period: { readonly start: Instant; readonly end: Instant };
  readonly byPriority: { readonly [p in Priority]: { readonly [t in TargetName]: TargetTally } };
  /** Items received before the SLA took effect: not measured. */
  readonly notMeasured: number;
  /** Every item assessed, for drill-down. */
  readonly items: ReadonlyArray<ItemAssessment>;
}

/**
 * Compliance per priority and per target for the incidents received in `period` (`[start, end)`),
 * judged at `at`: count, met, breached, running, no target, the share met and whether the norm
 * (90 %) holds. Items are attributed to the period in which they were received; running items stay
 * out of the denominator, so the norm holds iff met / (met + breached) ≥ 90 % (9 met, 1 breached,
 * 2 running → 90 %, holds). An item without a target is counted as "no target", not as met.
 * The norm's footnote speaks of incidents handled ("afgehandeld") in time; applying it to
 * response times too is this library's choice (`normAppliesToResponse`, on by default).
 *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 * import { compileSla, compliance, decodeComplianceInput, mdoSla2025 } from "@zorgkit/sla-calculator";
 *
 * const sla = compileSla(mdoSla2025);
 * const input = decodeComplianceInput({
 *   period: { start: "2026-05-01T00:00:00+02:00", end: "2026-06-01T00:00:00+02:00" },
 *   incidents: [{ id: "INC-1", receivedAt: "2026-05-04T10:00:00+02:00", priority: "P2", resolution: { reportedAt: "2026-05-05T12:00:00+02:00" } }],
 * });
 * if (input.ok) {
 *   const c = compliance(input.value, sla, instant("2026-06-01T00:00:00+02:00")).value;
 *   c.byPriority.P2.resolution.normHolds; // => true
 * }
 * ```
 */
export function compliance(input: ComplianceInput, sla: CompiledSla, at: Instant): Explained<Compliance> {
  const layout = layoutOf(sla);
  const def = layout.definition;
  const { incidents, period } = input;
  const tallies = new Map<
    string,
    { met: number; breached: number; running: number; noTarget: number; count: number }
  >();
  const key = (p: Priority, t: TargetName) => `${p}/${t}`;
  for (const p of priorities) {
    for (const t of ["response", "resolution"] as const) {
      tallies.set(key(p, t), { met: 0, breached: 0, running: 0, noTarget: 0, count: 0 });
    }
  }
  const items: Array<ItemAssessment> = [];
  let notMeasured = 0;
  for (const incident of incidents) {
    for (const a of assessIn(layout, incident, at).value) {
      const received = a.item.receivedAt;
      if (received < period.start || received >= period.end) continue;
      if (layout.effectiveFrom !== undefined && received < layout.effectiveFrom) {
        notMeasured++;
        continue;
      }
      items.push(a);
      for (const target of [a.response, a.resolution]) {
        const tally = tallies.get(key(a.item.priority, target.target));
        if (tally === undefined) continue;
        tally.count++;
        if (target.status === "met") tally.met++;
        else if (target.status === "breached") tally.breached++;
        else if (target.status === "running") tally.running++;
        else tally.noTarget++;
      }
    }
  }
  const steps: Array<Step> = [];
  const byPriority = {} as Record<Priority, Record<TargetName, TargetTally>>;
  for (const p of priorities) {
    const norm = def.targets[p].norm.value;
    const row = {} as Record<TargetName, TargetTally>;
    for (const t of ["response", "resolution"] as const) {
      const x = tallies.get(key(p, t)) as {
        met: number;
        breached: number;
        running: number;
        noTarget: number;
        count: number;
      };
      const decided = x.met + x.breached;
      const share: Ratio | undefined = decided === 0 ? undefined : { numerator: x.met, denominator: decided };
      const normApplies = t === "resolution" || layout.normAppliesToResponse;
      const normHolds = !normApplies || share === undefined ? undefined : ratioAtLeast(share, norm);
      row[t] = {
        count: x.count,
        met: x.met,
        breached: x.breached,
        running: x.running,
        noTarget: x.noTarget,
        ...(share === undefined ? {} : { share, percent: formatPercent(share, 1) }),
        norm,
        normApplies,
        ...(normHolds === undefined ? {} : { normHolds }),
      };
      if (x.count > 0) {
        const normText = formatStatedPercent(norm);
        const verdict =
          normHolds === undefined
            ? normApplies
              ? { en: "nothing decided yet", nl: "nog niets beslist" }
              : {
                  en: "the norm is not applied to response times",
                  nl: "de norm geldt niet voor reactietijden",
                }
            : normHolds
              ? { en: `the ${normText} % norm holds`, nl: `de norm van ${normText} % is gehaald` }
              : { en: `the ${normText} % norm is not met`, nl: `de norm van ${normText} % is niet gehaald` };
        steps.push(
          step({
            rule: `compliance-${t}`,
            inputs: {
              priority: p,
              met: x.met,
              breached: x.breached,
              running: x.running,
              noTarget: x.noTarget,
            },
            output: normHolds ?? null,
            citations: [
              ...def.targets[p].norm.citations,
              ...(t === "response" ? def.normAppliesToResponse.citations : []),
            ],
            en: `${p} ${t}: ${x.met} met, ${x.breached} breached, ${x.running} running, ${x.noTarget} without target${share === undefined ? "" : ` — ${formatPercent(share, 1)} % met`}: ${verdict.en}.`,
            nl: `${p} ${t === "response" ? "reactietijd" : "oplostijd"}: ${x.met} gehaald, ${x.breached} overschreden, ${x.running} lopend, ${x.noTarget} zonder norm: ${verdict.nl}.`,
          }),
        );
      }
    }
    byPriority[p] = row;
  }
  steps.unshift(
    step({
      rule: "compliance-period",
      inputs: { start: formatInstant(period.start), end: formatInstant(period.end), notMeasured },
      citations: def.compliancePeriod.citations,
      en: `Incidents are attributed to the period in which they were received (${formatInstant(period.start)} up to ${formatInstant(period.end)}); running ones are left out of the share.`,
      nl: `Incidenten tellen mee in de periode waarin ze zijn ontvangen; lopende incidenten tellen niet mee in het percentage.`,
    }),
  );
  return explained({ period, byPriority, notMeasured, items }, steps);
}
