/**
 * Change requests and reports (who may file them, the change-request deadlines), problems, and
 * the payment condition on support — every clause from the SLA definition (in the MDO preset
 * MDO-SLA §10, §4.3, §12.1 and MDO-BV art. 2.10 b).
 *
 * @module
 */
import {
  allowed,
  type Explained,
  explained,
  type Instant,
  refused,
  type Step,
  step,
  type Verdict,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { type CompiledSla, definitionOf } from "./compile.js";
import { type Deadlines, deadlinesIn } from "./deadlines.js";
import { layoutOf } from "./internal/compiled.js";
import type { SlaDefinition } from "./sla.js";

/** Who files what: a report (melding: question or incident) or a change request, and whether the filer is a registered contact person. */
export const Filer = Schema.Struct({
  kind: Schema.Literals(["change-request", "report"]),
  registeredContact: Schema.Boolean,
});
/** Who files what. */
export type Filer = typeof Filer.Type;

/**
 * May this person file this (MDO-SLA §10.1, §4.3)? In the MDO SLA a change request only a contact
 * person registered with the supplier, a report any employee of the customer. A verdict:
 * `allowed` or `refused`, the deciding step in `reasons`.
 *
 * @example
 * ```ts
 * import { mayFile, mdoSla2025 } from "@zorgkit/sla-calculator";
 *
 * mayFile({ kind: "change-request", registeredContact: false }, mdoSla2025).value; // => "refused"
 * mayFile({ kind: "report", registeredContact: false }, mdoSla2025).value; // => "allowed"
 * ```
 */
export function mayFile(filer: Filer, sla: CompiledSla | SlaDefinition): Verdict {
  const def = definitionOf(sla);
  const rule = filer.kind === "report" ? def.reportsFiledBy : def.changeRequestsFiledBy;
  const permitted = rule.value === "any-employee" || filer.registeredContact;
  const what =
    filer.kind === "report"
      ? { en: "a report", nl: "een melding" }
      : { en: "a change request", nl: "een Wijziging" };
  const who =
    rule.value === "any-employee"
      ? { en: "any employee of the customer", nl: "elke medewerker van de contractant" }
      : {
          en: "contact persons registered with the supplier",
          nl: "bij de leverancier geregistreerde contactpersonen",
        };
  const s = step({
    rule: filer.kind === "report" ? "report-filed-by" : "change-request-filed-by",
    inputs: { kind: filer.kind, registeredContact: filer.registeredContact, filedBy: rule.value },
    output: permitted ? "allowed" : "refused",
    citations: rule.citations,
    en: `Only ${who.en} may file ${what.en}: ${permitted ? "allowed" : "refused, the filer is not a registered contact person"}.`,
    nl: `Alleen ${who.nl} mogen ${what.nl} indienen: ${permitted ? "toegestaan" : "geweigerd, de indiener is geen geregistreerde contactpersoon"}.`,
  });
  return permitted ? allowed({ reasons: [s] }) : refused({ reasons: [s] });
}

/**
 * The deadlines of a change request (MDO-SLA §10.3): handled at the change-request priority (P4):
 * response within 3 working days, resolution by agreement.
 *
 * @example
 * ```ts
 * import { formatInstant, instant } from "@zorgkit/core";
 * import { changeRequestDeadlines, compileSla, mdoSla2025 } from "@zorgkit/sla-calculator";
 *
 * const sla = compileSla(mdoSla2025);
 * const d = changeRequestDeadlines({ receivedAt: instant("2026-11-23T11:00:00+01:00") }, sla).value;
 * formatInstant(d.responseDue.due ?? 0); // => "2026-11-26T17:00:00+01:00"
 * ```
 */
export function changeRequestDeadlines(
  request: { readonly receivedAt: Instant },
  sla: CompiledSla,
): Explained<Deadlines> {
  const layout = layoutOf(sla);
  const rule = layout.definition.changeRequestPriority;
  const d = deadlinesIn(layout, { receivedAt: request.receivedAt, priority: rule.value });
  const first: Step = step({
    rule: "change-request-priority",
    inputs: {},
    output: rule.value,
    citations: rule.citations,
    en: `A change request is handled as ${rule.value}.`,
    nl: `Een Wijziging wordt afgehandeld als ${rule.value}.`,
  });
  return explained(d.value, [first, ...d.because]);
}

/**
 * Whether a report about an incident is classified as a problem (MDO-SLA §12.1 item 1): it could
 * not be solved directly, but a workaround is available. (Renamed from `isProblem`: `is…` names
 * are type guards, ADR 0006 §2.)
 *
 * @example
 * ```ts
 * import { mdoSla2025, problemIdentification } from "@zorgkit/sla-calculator";
 *
 * problemIdentification({ solvedDirectly: false, workaroundAvailable: true }, mdoSla2025).value; // => true
 * ```
 */
export function problemIdentification(
  report: { readonly solvedDirectly: boolean; readonly workaroundAvailable: boolean },
  sla: CompiledSla | SlaDefinition,
): Explained<boolean> {
  const def = definitionOf(sla);
  const problem = !report.solvedDirectly && report.workaroundAvailable;
  return explained(problem, [
    step({
      rule: "problem-identification",
      inputs: { solvedDirectly: report.solvedDirectly, workaroundAvailable: report.workaroundAvailable },
      output: problem,
      citations: def.problemIdentification.citations,
      en: problem
        ? "Not solved directly but with a workaround available: classified as a problem."
        : "Not a problem (solved directly, or no workaround).",
      nl: problem
        ? "Niet direct opgelost, wel een workaround: gekwalificeerd als Probleem."
        : "Geen Probleem (direct opgelost, of geen workaround).",
    }),
  ]);
}

/**
 * Whether support is owed (MDO-BV art. 2.10 b in the MDO preset): not while the customer has not
 * met a payment obligation under the agreement — when the SLA makes support conditional on
 * payment (`supportRequiresPayment`).
 *
 * @example
 * ```ts
 * import { mdoSla2025, supportOwed } from "@zorgkit/sla-calculator";
 *
 * supportOwed({ paymentObligationsMet: false }, mdoSla2025).value; // => false
 * ```
 */
export function supportOwed(
  customer: { readonly paymentObligationsMet: boolean },
  sla: CompiledSla | SlaDefinition,
): Explained<boolean> {
  const rule = definitionOf(sla).supportRequiresPayment;
  const owed = !rule.value || customer.paymentObligationsMet;
  return explained(owed, [
    step({
      rule: "support-payment-condition",
      inputs: { paymentObligationsMet: customer.paymentObligationsMet, supportRequiresPayment: rule.value },
      output: owed,
      citations: rule.citations,
      en: !rule.value
        ? "Support does not depend on payment: support is owed."
        : owed
          ? "Payment obligations are met: support is owed."
          : "A payment obligation is unmet: no support is owed.",
      nl: !rule.value
        ? "Ondersteuning hangt niet af van betaling: ondersteuning is verschuldigd."
        : owed
          ? "Aan de betalingsverplichtingen is voldaan: ondersteuning is verschuldigd."
          : "Niet aan een betalingsverplichting voldaan: geen ondersteuning verschuldigd.",
    }),
  ]);
}
