/**
 * Incident priority (prioriteit): the impact × urgency matrix, the confidentiality override and
 * the handling order.
 *
 * @module
 */
import { type Explained, explained, type Step, step } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { type CompiledSla, definitionOf } from "./compile.js";
import { Level, type Priority, type SlaDefinition } from "./sla.js";

/** Input of {@link priority}. */
export const PriorityInput = Schema.Struct({
  impact: Level,
  urgency: Level,
  /** A deviation in confidentiality (afwijking op de Vertrouwelijkheid) was found. */
  confidentialityDeviation: Schema.optionalKey(Schema.Boolean),
});
/** Impact, urgency and whether confidentiality is affected. */
export type PriorityInput = typeof PriorityInput.Type;

/**
 * Rank of a priority: 1 for P1 … 4 for P4 (lower is more urgent).
 *
 * @example
 * ```ts
 * import { priorityRank } from "@zorgkit/sla-calculator";
 *
 * priorityRank("P3"); // => 3
 * ```
 */
export function priorityRank(p: Priority): number {
  return p === "P1" ? 1 : p === "P2" ? 2 : p === "P3" ? 3 : 4;
}

function dutchLevel(l: PriorityInput["impact"]): string {
  return l === "high" ? "hoog" : l === "medium" ? "gemiddeld" : "laag";
}

/** The matrix rule (§9.2): one step. */
function matrixStep(def: SlaDefinition, input: PriorityInput, fromMatrix: Priority): Step {
  return step({
    rule: "priority-matrix",
    inputs: { impact: input.impact, urgency: input.urgency },
    output: fromMatrix,
    citations: def.priorityMatrix.citations,
    en: `Impact ${input.impact} and urgency ${input.urgency} give ${fromMatrix} in the priority matrix.`,
    nl: `Impact ${dutchLevel(input.impact)} en urgentie ${dutchLevel(input.urgency)} geven ${fromMatrix} in de prioriteitstabel.`,
  });
}

/**
 * The confidentiality override (§7.4 in the MDO SLA) as one step.
 *
 * @internal
 */
export function confidentialityStep(def: SlaDefinition, assigned: Priority): Step {
  const forced = def.confidentialityPriority.value;
  return step({
    rule: "confidentiality-override",
    inputs: { assigned },
    output: forced,
    citations: def.confidentialityPriority.citations,
    en: `A deviation in confidentiality is always handled as a ${forced} incident (assigned: ${assigned}).`,
    nl: `Een afwijking op de vertrouwelijkheid wordt altijd opgepakt als incident met ${forced} (toegekend: ${assigned}).`,
  });
}

/**
 * The priority of an incident from its impact and urgency (MDO-SLA §9.2); a deviation in
 * confidentiality is always the SLA's confidentiality priority, P1 in the MDO SLA (§7.4),
 * whatever the matrix says. Reads figures only: accepts a compiled SLA or a definition.
 *
 * @example
 * ```ts
 * import { mdoSla2025, priority } from "@zorgkit/sla-calculator";
 *
 * priority({ impact: "medium", urgency: "high" }, mdoSla2025).value; // => "P2"
 * priority({ impact: "low", urgency: "low", confidentialityDeviation: true }, mdoSla2025).value; // => "P1"
 * ```
 */
export function priority(input: PriorityInput, sla: CompiledSla | SlaDefinition): Explained<Priority> {
  const def = definitionOf(sla);
  const fromMatrix = def.priorityMatrix.value[input.impact][input.urgency];
  const matrix = matrixStep(def, input, fromMatrix);
  if (input.confidentialityDeviation !== true) return explained(fromMatrix, [matrix]);
  return explained(def.confidentialityPriority.value, [matrix, confidentialityStep(def, fromMatrix)]);
}

/**
 * Sort items in the order in which they are handled: priority first, then date of receipt
 * (MDO-SLA §9.3). Stable for equal priority and receipt; does not modify its input.
 *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 * import { handlingOrder } from "@zorgkit/sla-calculator";
 *
 * const sorted = handlingOrder([
 *   { id: "p3-monday", priority: "P3", receivedAt: instant("2026-11-23T09:00:00+01:00") },
 *   { id: "p1-tuesday", priority: "P1", receivedAt: instant("2026-11-24T09:00:00+01:00") },
 *   { id: "p3-sunday", priority: "P3", receivedAt: instant("2026-11-22T09:00:00+01:00") },
 * ] as const);
 * sorted.map((x) => x.id); // => ["p1-tuesday", "p3-sunday", "p3-monday"]
 * ```
 */
export function handlingOrder<T extends { readonly priority: Priority; readonly receivedAt: number }>(
  items: ReadonlyArray<T>,
): Array<T> {
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        priorityRank(a.item.priority) - priorityRank(b.item.priority) ||
        a.item.receivedAt - b.item.receivedAt ||
        a.index - b.index,
    )
    .map((x) => x.item);
}
