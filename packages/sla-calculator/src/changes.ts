/**
 * Change requests (MDO-SLA §10), reports (§4.3), problems (§12.1) and the payment condition on
 * support (MDO-BV art. 2.10 b).
 *
 * @module
 */
import { cite, type Explained, explained, type Instant, step } from "@zorgkit/core";
import type { CompiledSla } from "./compile.js";
import { type Deadlines, deadlines } from "./deadlines.js";
import { citationsOf } from "./sla.js";

/**
 * Who may file what (MDO-SLA §10.1, §4.3): a change request only a contact person registered with
 * the supplier; a report (melding: question or incident) any employee of the customer.
 *
 * @example
 * ```ts
 * mayFile({ kind: "change-request", registeredContact: false }, sla).value; // false
 * ```
 */
export function mayFile(
  filer: { readonly kind: "change-request" | "report"; readonly registeredContact: boolean },
  sla: CompiledSla,
): Explained<boolean> {
  const id = sla.definition.id;
  if (filer.kind === "report") {
    return explained(true, [
      step({
        rule: "report-by-employee",
        inputs: { registeredContact: filer.registeredContact },
        output: true,
        citations: [cite(id, "4.3")],
        en: "Any employee of the customer may file a report.",
        nl: "Meldingen kunnen worden ingediend door medewerkers van Contractant.",
      }),
    ]);
  }
  return explained(filer.registeredContact, [
    step({
      rule: "change-request-by-contact",
      inputs: { registeredContact: filer.registeredContact },
      output: filer.registeredContact,
      citations: [cite(id, "10.1")],
      en: filer.registeredContact
        ? "A registered contact person may file a change request."
        : "Only contact persons registered with the supplier may file a change request.",
      nl: filer.registeredContact
        ? "Een geregistreerde contactpersoon mag een Wijziging indienen."
        : "Wijzigingen mogen alleen door bij VECOZO geregistreerde contactpersonen worden ingediend.",
    }),
  ]);
}

/**
 * The deadlines of a change request (MDO-SLA §10.3): handled at the change-request priority (P4):
 * response within 3 working days, resolution by agreement.
 *
 * @example
 * ```ts
 * changeRequestDeadlines(instant("2026-11-23T11:00:00+01:00"), sla).value.responseDue.due; // Thu 26 Nov 17:00
 * ```
 */
export function changeRequestDeadlines(receivedAt: Instant, sla: CompiledSla): Explained<Deadlines> {
  const p = sla.definition.changeRequestPriority.value;
  const d = deadlines({ receivedAt, priority: p }, sla);
  return explained(d.value, [
    step({
      rule: "change-request-priority",
      inputs: {},
      output: p,
      citations: citationsOf(sla.definition.changeRequestPriority.source),
      en: `A change request is handled as ${p}.`,
      nl: `Een Wijziging wordt afgehandeld als ${p}.`,
    }),
    ...d.because,
  ]);
}

/**
 * Whether a report about an incident is classified as a problem (MDO-SLA §12.1 item 1): it could
 * not be solved directly, but a workaround is available.
 *
 * @example
 * ```ts
 * isProblem({ solvedDirectly: false, workaroundAvailable: true }, sla).value; // true
 * ```
 */
export function isProblem(
  incident: { readonly solvedDirectly: boolean; readonly workaroundAvailable: boolean },
  sla: CompiledSla,
): Explained<boolean> {
  const problem = !incident.solvedDirectly && incident.workaroundAvailable;
  return explained(problem, [
    step({
      rule: "problem-identification",
      inputs: { ...incident },
      output: problem,
      citations: [cite(sla.definition.id, "12.1")],
      en: problem
        ? "Not solved directly but with a workaround available: classified as a problem."
        : "Not a problem under §12.1 item 1 (solved directly, or no workaround).",
      nl: problem
        ? "Niet direct opgelost, wel een workaround: gekwalificeerd als Probleem."
        : "Geen Probleem volgens §12.1 punt 1.",
    }),
  ]);
}

/**
 * Whether support is owed (MDO-BV art. 2.10 b): not while the customer has not met a payment
 * obligation under the agreement.
 *
 * @example
 * ```ts
 * supportOwed({ paymentObligationsMet: false }).value; // false
 * ```
 */
export function supportOwed(customer: { readonly paymentObligationsMet: boolean }): Explained<boolean> {
  const owed = customer.paymentObligationsMet;
  return explained(owed, [
    step({
      rule: "support-payment-condition",
      inputs: { paymentObligationsMet: owed },
      output: owed,
      citations: [cite("MDO-BV", "2.10 b")],
      en: owed
        ? "Payment obligations are met: support is owed."
        : "A payment obligation is unmet: no support is owed.",
      nl: owed
        ? "Aan de betalingsverplichtingen is voldaan: ondersteuning is verschuldigd."
        : "Niet aan een betalingsverplichting voldaan: geen ondersteuning verschuldigd.",
    }),
  ]);
}
