/**
 * Performance alerts (MDO-SLA §7.7): measured from the user's action to the response to the user.
 *
 * @module
 */
import { type Explained, explained, step } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { type CompiledSla, definitionOf } from "./compile.js";
import type { SlaDefinition } from "./sla.js";

/** One measured action: its duration and, when agreed, the baseline (both in ms). */
export const PerformanceMeasurement = Schema.Struct({
  durationMs: Schema.Number.check(Schema.isFinite(), Schema.isGreaterThanOrEqualTo(0)),
  baselineMs: Schema.optionalKey(Schema.Number.check(Schema.isFinite(), Schema.isGreaterThan(0))),
});
/** A measured action. */
export type PerformanceMeasurement = typeof PerformanceMeasurement.Type;

/** An alert raised for one measured action. */
export type PerformanceAlert = "slower-than-absolute-limit" | "slower-than-baseline-factor";

/**
 * The alerts a measured action raises (MDO-SLA §7.7): when it takes longer than 10 seconds, and
 * when it takes longer than 10 × the baseline that the parties set by a benchmark. "Longer
 * than" is strict: exactly 10 s raises no alert. Without a baseline only the first alert applies.
 *
 * @example
 * ```ts
 * import { mdoSla2025, performanceAlerts } from "@zorgkit/sla-calculator";
 *
 * performanceAlerts({ durationMs: 2_500, baselineMs: 200 }, mdoSla2025).value; // => ["slower-than-baseline-factor"]
 * ```
 */
export function performanceAlerts(
  measurement: PerformanceMeasurement,
  rulebook: CompiledSla | SlaDefinition,
): Explained<ReadonlyArray<PerformanceAlert>> {
  const sla: SlaDefinition = definitionOf(rulebook);
  const { absoluteMs, baselineFactor } = sla.performanceAlerts.value;
  const alerts: Array<PerformanceAlert> = [];
  if (measurement.durationMs > absoluteMs) alerts.push("slower-than-absolute-limit");
  const baseline = measurement.baselineMs;
  if (baseline !== undefined && measurement.durationMs > baselineFactor * baseline) {
    alerts.push("slower-than-baseline-factor");
  }
  return explained(alerts, [
    step({
      rule: "performance-alerts",
      inputs: { durationMs: measurement.durationMs, baselineMs: baseline ?? null },
      output: alerts,
      citations: sla.performanceAlerts.citations,
      en: `An action of ${measurement.durationMs} ms raises ${alerts.length === 0 ? "no alert" : alerts.join(" and ")} (limits: ${absoluteMs} ms; ${baselineFactor} × the baseline${baseline === undefined ? ", none agreed" : ` of ${baseline} ms`}).`,
      nl: `Een actie van ${measurement.durationMs} ms geeft ${alerts.length === 0 ? "geen alert" : alerts.join(" en ")} (grenzen: ${absoluteMs} ms; ${baselineFactor} x de baseline).`,
    }),
  ]);
}
