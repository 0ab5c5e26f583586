/**
 * Incident priority (prioriteit): the impact × urgency matrix, the confidentiality override and
 * the handling order.
 *
 * @module
 */
import { type Explained, explained, step } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { citationsOf, type SlaDefinition } from "./sla.js";

/** Priority (prioriteit) of an incident or change: P1 is the most urgent (MDO-SLA §2.23, §9.2). */
export const Priority = Schema.Literals(["P1", "P2", "P3", "P4"]);
/** Priority (prioriteit), `P1`–`P4`. */
export type Priority = typeof Priority.Type;

/** The priorities from most to least urgent. */
export const priorities: ReadonlyArray<Priority> = ["P1", "P2", "P3", "P4"];

/**
 * Impact or urgency level (impact / urgentie), MDO-SLA §9.2.
 * Impact: `high` = very large (several departments, business-critical), `medium` = one
 * department, several users, `low` = a few users, not business-critical.
 * Urgency: `high` = cannot work, `medium` = temporarily not working is acceptable, `low` = a
 * workaround is possibly available.
 */
export const Level = Schema.Literals(["high", "medium", "low"]);
/** Impact or urgency level. */
export type Level = typeof Level.Type;

/** Input of {@link priority}. */
export const PriorityInput = Schema.Struct({
  impact: Level,
  urgency: Level,
  /** A deviation in confidentiality (afwijking op de Vertrouwelijkheid) was found. */
  confidentialityDeviation: Schema.optionalKey(Schema.Boolean),
});
/** Impact, urgency and whether confidentiality is affected. */
export type PriorityInput = typeof PriorityInput.Type;

/** Rank of a priority: 1 for P1 … 4 for P4 (lower is more urgent). *
 * @example
 * ```ts
 * priorityRank("P3"); // 3
 * ```
 */
export function priorityRank(p: Priority): number {
  return p === "P1" ? 1 : p === "P2" ? 2 : p === "P3" ? 3 : 4;
}

/**
 * The priority of an incident from its impact and urgency (MDO-SLA §9.2); a deviation in
 * confidentiality is always the SLA's confidentiality priority, P1 in the MDO SLA (§7.4),
 * whatever the matrix says.
 *
 * @example
 * ```ts
 * priority({ impact: "medium", urgency: "high" }, mdoSla2025).value; // "P2"
 * priority({ impact: "low", urgency: "low", confidentialityDeviation: true }, mdoSla2025).value; // "P1"
 * ```
 */
export function priority(input: PriorityInput, sla: SlaDefinition): Explained<Priority> {
  const fromMatrix = sla.priorityMatrix.value[input.impact][input.urgency];
  const matrixStep = step({
    rule: "priority-matrix",
    inputs: { impact: input.impact, urgency: input.urgency },
    output: fromMatrix,
    citations: citationsOf(sla.priorityMatrix.source),
    en: `Impact ${input.impact} and urgency ${input.urgency} give ${fromMatrix} in the priority matrix.`,
    nl: `Impact ${dutchLevel(input.impact)} en urgentie ${dutchLevel(input.urgency)} geven ${fromMatrix} in de prioriteitstabel.`,
  });
  if (input.confidentialityDeviation !== true) return explained(fromMatrix, [matrixStep]);
  const forced = sla.confidentialityPriority.value;
  return explained(forced, [
    matrixStep,
    step({
      rule: "confidentiality-override",
      inputs: { confidentialityDeviation: true },
      output: forced,
      citations: citationsOf(sla.confidentialityPriority.source),
      en: `A deviation in confidentiality is always handled as a ${forced} incident.`,
      nl: `Een afwijking op de vertrouwelijkheid wordt altijd opgepakt als incident met ${forced}.`,
    }),
  ]);
}

function dutchLevel(l: Level): string {
  return l === "high" ? "hoog" : l === "medium" ? "gemiddeld" : "laag";
}

/**
 * Sort items in the order in which they are handled: priority first, then date of receipt
 * (MDO-SLA §9.3). Stable for equal priority and receipt; does not modify its input.
 *
 * @example
 * ```ts
 * handlingOrder([p3Monday, p1Tuesday, p3Sunday]); // [p1Tuesday, p3Sunday, p3Monday]
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
