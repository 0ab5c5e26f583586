/**
 * After termination: continuation on request (MDO-BV 10.8), data made available (10.9), payments
 * settled (6.14), surviving clauses (13.5), and assignment of the contract (13.2, 13.4).
 *
 * @module
 */
import {
  type Citation,
  compareDates,
  type Explained,
  explained,
  formatLength,
  LocalDate,
  type Step,
  step,
  tryAddDays,
  tryCorrespondingDate,
  tryTermEnd,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { Party } from "./contract.js";
import type { Agreement, SurvivingClause } from "./figures.js";
import { lastNoticeDay } from "./notice.js";

/**
 * A request to continue after termination (MDO-BV 10.8): the contract's last day, whether the
 * termination is an eligible case (an input fact), and when the requests were received. Decode
 * with `decodeContinuationRequest`.
 */
export const ContinuationRequest = Schema.Struct({
  /** The contract's last day. */
  endDate: LocalDate,
  /** Whether the termination is a case of Aansluitovereenkomst 1.4 a or c iii (an input fact). */
  eligibleCase: Schema.Boolean,
  /** When the customer's written request to continue was received, if any. */
  requestedOn: Schema.optionalKey(LocalDate),
  /** When the customer's written request for the extension was received, if any. */
  extensionRequestedOn: Schema.optionalKey(LocalDate),
});
/** A request to continue after termination. */
export type ContinuationRequest = typeof ContinuationRequest.Type;

/** A period `[start, end]`, both days included. */
export interface ContinuationPeriod {
  readonly start: LocalDate;
  readonly end: LocalDate;
}

/** The outcome of {@link continuation}. */
export interface Continuation {
  readonly eligible: boolean;
  /**
   * What became of the first request: none was made, it is refused because it was received after
   * the contract had ended (there is nothing left to continue), or it is granted.
   */
  readonly request: "not-eligible" | "not-requested" | "received-after-end" | "granted";
  /** The first continuation (12 months for MDO), when requested in an eligible case. */
  readonly first?: ContinuationPeriod;
  /** The last day the extension request must be received. */
  readonly extensionRequestDeadline?: LocalDate;
  /** The extension (6 months for MDO), when requested on time. */
  readonly extension?: ContinuationPeriod;
  /** What follows: the contract ends, or further continuation is by consultation (not an end date). */
  readonly afterwards: "ends" | "by-consultation";
  /** The last day of access, when one is fixed. */
  readonly accessUntil: LocalDate;
}

/**
 * Continuation on request after termination (MDO-BV 10.8): in the eligible cases (MDO:
 * Aansluitovereenkomst 1.4 a and c iii, an input fact) the customer may ask to continue for
 * 12 months, with one extension of 6 months requested at least 1 month before the first
 * continuation ends (the notice rule: the day of receipt does not count); after that, further
 * continuation is "by consultation". Both periods are terms starting the day after `endDate`
 * (core's `termEnd`), so month ends never drift. A first request received after the contract has
 * ended is refused: "gecontinueerd" presupposes a running contract (this library's reading).
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { continuation, mdo2025 } from "@zorgkit/contract-terms";
 * const r = continuation(
 *   { endDate: date("2027-12-31"), eligibleCase: true, requestedOn: date("2027-11-01"),
 *     extensionRequestedOn: date("2028-11-30") },
 *   mdo2025,
 * ).value;
 * r.first; // => { "start": "2028-01-01", "end": "2028-12-31" }
 * r.extension; // => { "start": "2029-01-01", "end": "2029-06-30" }
 * r.afterwards; // => "by-consultation"
 * ```
 */
export function continuation(
  request: ContinuationRequest,
  agreement: Pick<Agreement, "afterTermination">,
): Explained<Continuation> {
  const figures = agreement.afterTermination.continuation;
  const src = figures.citations;
  const { endDate } = request;
  if (!request.eligibleCase || request.requestedOn === undefined) {
    return explained<Continuation>(
      {
        eligible: request.eligibleCase,
        request: request.eligibleCase ? "not-requested" : "not-eligible",
        afterwards: "ends",
        accessUntil: endDate,
      },
      [
        step({
          rule: "no-continuation",
          inputs: { eligibleCase: request.eligibleCase, requested: request.requestedOn !== undefined },
          citations: src,
          en: request.eligibleCase
            ? `No continuation was requested: access ends with the contract on ${endDate}.`
            : `Continuation applies only in the cases the agreement names: access ends with the contract on ${endDate}.`,
          nl: request.eligibleCase
            ? `Er is geen voortzetting gevraagd: de toegang eindigt met de overeenkomst op ${endDate}.`
            : `Voortzetting geldt alleen in de gevallen die de overeenkomst noemt: de toegang eindigt met de overeenkomst op ${endDate}.`,
        }),
      ],
    );
  }
  if (compareDates(request.requestedOn, endDate) > 0) {
    return explained<Continuation>(
      { eligible: true, request: "received-after-end", afterwards: "ends", accessUntil: endDate },
      [
        step({
          rule: "continuation-request-after-end",
          inputs: { endDate, requestedOn: request.requestedOn },
          citations: src,
          en: `The request received on ${request.requestedOn} came after the contract ended on ${endDate}: there is no running contract left to continue, so it is refused (this library's reading).`,
          nl: `Het verzoek ontvangen op ${request.requestedOn} kwam nadat de overeenkomst op ${endDate} was geëindigd: er is geen lopende overeenkomst meer om voort te zetten, dus het wordt afgewezen (lezing van deze bibliotheek).`,
        }),
      ],
    );
  }
  const start = tryAddDays(endDate, 1);
  const firstEnd = start === undefined ? undefined : tryTermEnd(start, figures.first);
  if (start === undefined || firstEnd === undefined) {
    return explained<Continuation>(
      { eligible: true, request: "granted", afterwards: "ends", accessUntil: endDate },
      [
        step({
          rule: "continuation-outside-calendar",
          inputs: { endDate },
          citations: src,
          en: "The continuation would run past the year 9999.",
          nl: "De voortzetting zou na het jaar 9999 doorlopen.",
        }),
      ],
    );
  }
  const first = { start, end: firstEnd };
  const deadline = lastNoticeDay(first.end, figures.requestExtensionAtLeast);
  const steps: Array<Step> = [
    step({
      rule: "continuation-first-period",
      inputs: { endDate, requestedOn: request.requestedOn, length: formatLength(figures.first) },
      output: { start: first.start, end: first.end },
      citations: src,
      en: `On the customer's written request, received by the last day of the contract, the contract and access continue for ${formatLength(figures.first)}: ${first.start} to ${first.end}.`,
      nl: `Op schriftelijk verzoek van de klant, ontvangen uiterlijk op de laatste dag van de overeenkomst, worden de overeenkomst en de toegang ${formatLength(figures.first, "nl")} voortgezet: ${first.start} tot en met ${first.end}.`,
    }),
    step({
      rule: "continuation-extension-deadline",
      inputs: { firstEnd: first.end, atLeast: formatLength(figures.requestExtensionAtLeast) },
      output: deadline ?? null,
      citations: src,
      en: `The extension must be requested in writing at least ${formatLength(figures.requestExtensionAtLeast)} before ${first.end}: received on or before ${deadline ?? "—"}.`,
      nl: `De verlenging moet uiterlijk ${formatLength(figures.requestExtensionAtLeast, "nl")} vóór ${first.end} schriftelijk zijn gevraagd: uiterlijk ontvangen op ${deadline ?? "—"}.`,
    }),
  ];
  const ext = request.extensionRequestedOn;
  const total = {
    months:
      (figures.first.years ?? 0) * 12 +
      (figures.first.months ?? 0) +
      (figures.extension.years ?? 0) * 12 +
      (figures.extension.months ?? 0),
    days:
      (figures.first.weeks ?? 0) * 7 +
      (figures.first.days ?? 0) +
      (figures.extension.weeks ?? 0) * 7 +
      (figures.extension.days ?? 0),
  };
  const extensionEnd = tryTermEnd(start, total);
  const extensionStart = tryAddDays(first.end, 1);
  if (
    ext === undefined ||
    deadline === undefined ||
    compareDates(ext, deadline) > 0 ||
    extensionEnd === undefined ||
    extensionStart === undefined
  ) {
    steps.push(
      step({
        rule: "no-extension",
        inputs: { extensionRequestedOn: ext ?? null, deadline: deadline ?? null },
        citations: src,
        en:
          ext === undefined
            ? `No extension was requested: access ends on ${first.end}.`
            : `The extension request of ${ext} is after ${deadline ?? "the deadline"}: access ends on ${first.end}.`,
        nl:
          ext === undefined
            ? `Er is geen verlenging gevraagd: de toegang eindigt op ${first.end}.`
            : `Het verzoek om verlenging van ${ext} is na ${deadline ?? "de termijn"}: de toegang eindigt op ${first.end}.`,
      }),
    );
    return explained<Continuation>(
      {
        eligible: true,
        request: "granted",
        first,
        ...(deadline === undefined ? {} : { extensionRequestDeadline: deadline }),
        afterwards: "ends",
        accessUntil: first.end,
      },
      steps,
    );
  }
  const extension = { start: extensionStart, end: extensionEnd };
  steps.push(
    step({
      rule: "continuation-extension",
      inputs: { extensionRequestedOn: ext, length: formatLength(figures.extension) },
      output: { start: extension.start, end: extension.end },
      citations: src,
      en: `The extension of ${formatLength(figures.extension)} runs from ${extension.start} to ${extension.end}; if that is not enough, further continuation is by consultation — no end date follows from the text.`,
      nl: `De verlenging van ${formatLength(figures.extension, "nl")} loopt van ${extension.start} tot en met ${extension.end}; is dat ontoereikend, dan volgt overleg over verdere verlenging — de tekst geeft geen einddatum.`,
    }),
  );
  return explained<Continuation>(
    {
      eligible: true,
      request: "granted",
      first,
      extensionRequestDeadline: deadline,
      extension,
      afterwards: "by-consultation",
      accessUntil: extension.end,
    },
    steps,
  );
}

/** An obligation that follows from termination (Accord-style: who, what, by when, why). */
export interface Obligation {
  readonly party: Party;
  readonly action: "make-data-available" | "settle-all-payments";
  /** For a lasting duty: the first day. */
  readonly from?: LocalDate;
  /** The last day (inclusive) by which, or until which, the action is due. */
  readonly dueBy: LocalDate;
  readonly citations: ReadonlyArray<Citation>;
}

/** What follows from the end of the contract. */
export interface AfterTermination {
  readonly obligations: ReadonlyArray<Obligation>;
  readonly survivingClauses: ReadonlyArray<SurvivingClause>;
  /** `false`: other clauses that by their nature survive also stay in force ("onder meer"). */
  readonly survivingClausesExhaustive: boolean;
}

/**
 * What follows from the contract ending on `endDate` (its last day): the supplier makes the
 * customer's data available for 90 days (MDO-BV 10.9), the customer meets all payment obligations
 * within 30 days (6.14), and clauses that survive stay in force (13.5, not an exhaustive list).
 * Periods run from the day after the end (periods after an event); an obligation whose last day
 * would be after the year 9999 is left out.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { afterTermination, mdo2025 } from "@zorgkit/contract-terms";
 * const [data, pay] = afterTermination(date("2026-12-31"), mdo2025).value.obligations;
 * data?.dueBy; // => "2027-03-31"
 * pay?.dueBy; // => "2027-01-30"
 * ```
 */
export function afterTermination(
  endDate: LocalDate,
  agreement: Pick<Agreement, "afterTermination">,
): Explained<AfterTermination> {
  const figures = agreement.afterTermination;
  const from = tryAddDays(endDate, 1);
  const dataLast = tryCorrespondingDate(endDate, figures.dataAvailable.value);
  const payLast = tryCorrespondingDate(endDate, figures.paymentsSettled.value);
  const survive = figures.survivingClauses;
  const obligations: Array<Obligation> = [];
  if (from !== undefined && dataLast !== undefined) {
    obligations.push({
      party: "supplier",
      action: "make-data-available",
      from,
      dueBy: dataLast,
      citations: figures.dataAvailable.citations,
    });
  }
  if (payLast !== undefined) {
    obligations.push({
      party: "customer",
      action: "settle-all-payments",
      dueBy: payLast,
      citations: figures.paymentsSettled.citations,
    });
  }
  return explained<AfterTermination>(
    { obligations, survivingClauses: survive.clauses, survivingClausesExhaustive: survive.exhaustive },
    [
      step({
        rule: "data-available-after-end",
        inputs: { endDate, length: formatLength(figures.dataAvailable.value) },
        output: dataLast ?? null,
        citations: figures.dataAvailable.citations,
        en: `The supplier makes the customer's data available for ${formatLength(figures.dataAvailable.value)} after the end: ${from ?? "—"} to ${dataLast ?? "—"}.`,
        nl: `De leverancier stelt de Data ${formatLength(figures.dataAvailable.value, "nl")} na beëindiging ter beschikking: ${from ?? "—"} tot en met ${dataLast ?? "—"}.`,
      }),
      step({
        rule: "payments-after-end",
        inputs: { endDate, length: formatLength(figures.paymentsSettled.value) },
        output: payLast ?? null,
        citations: figures.paymentsSettled.citations,
        en: `The customer meets all payment obligations within ${formatLength(figures.paymentsSettled.value)} after the end: by ${payLast ?? "—"}.`,
        nl: `De klant voldoet binnen ${formatLength(figures.paymentsSettled.value, "nl")} na beëindiging aan al zijn betalingsverplichtingen: uiterlijk ${payLast ?? "—"}.`,
      }),
      step({
        rule: "surviving-clauses",
        inputs: { clauses: [...survive.clauses], exhaustive: survive.exhaustive },
        citations: survive.citations,
        en: `Clauses that by their nature survive stay in force${survive.exhaustive ? "" : ", among others"}: ${survive.clauses.join(", ")}.`,
        nl: `Bepalingen die naar hun aard blijven gelden blijven van kracht${survive.exhaustive ? "" : ", onder meer"}: ${survive.clauses.join(", ")}.`,
      }),
    ],
  );
}

/** A party's wish to assign the contract to a third party on a date. Decode with `decodeAssignmentRequest`. */
export const AssignmentRequest = Schema.Struct({ party: Party, transferDate: LocalDate });
/** A party's wish to assign the contract to a third party on a date. */
export type AssignmentRequest = typeof AssignmentRequest.Type;

/** The outcome of {@link assignment}. */
export interface Assignment {
  readonly allowed: boolean;
  /** The last day the supplier must have informed the customer in writing. */
  readonly informBy?: LocalDate;
}

/**
 * May the request's party assign the contract to a third party on `transferDate`? The supplier
 * may, after informing the customer in writing at least 6 months ahead (MDO-BV 13.2; the day of
 * informing does not count, so for a transfer on 1 Jul 2027 the customer must be informed by
 * 31 Dec 2026); the customer may not (13.4).
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { assignment, mdo2025 } from "@zorgkit/contract-terms";
 * assignment({ party: "supplier", transferDate: date("2027-07-01") }, mdo2025).value;
 * // => { "allowed": true, "informBy": "2026-12-31" }
 * ```
 */
export function assignment(
  request: AssignmentRequest,
  agreement: Pick<Agreement, "afterTermination">,
): Explained<Assignment> {
  const figures = agreement.afterTermination.assignment;
  const { party, transferDate } = request;
  if (party === "customer") {
    const may = figures.customerMayAssign.value;
    return explained<Assignment>({ allowed: may }, [
      step({
        rule: "customer-assignment",
        inputs: { party },
        output: may,
        citations: figures.customerMayAssign.citations,
        en: may
          ? "The customer may assign the contract."
          : "The customer may not transfer its rights and obligations under the contract to a third party.",
        nl: may
          ? "De klant mag de overeenkomst overdragen."
          : "Het is de klant niet toegestaan de rechten en plichten uit de overeenkomst aan een derde over te dragen.",
      }),
    ]);
  }
  const atLeast = figures.supplierInformsAtLeast;
  const dayBefore = tryAddDays(transferDate, -1);
  const informBy = dayBefore === undefined ? undefined : lastNoticeDay(dayBefore, atLeast.value);
  return explained<Assignment>(informBy === undefined ? { allowed: false } : { allowed: true, informBy }, [
    step({
      rule: "supplier-assignment-notice",
      inputs: { transferDate, atLeast: formatLength(atLeast.value) },
      output: informBy ?? null,
      citations: atLeast.citations,
      en: `The supplier may assign the contract if it informs the customer in writing at least ${formatLength(atLeast.value)} before the transfer on ${transferDate}: by ${informBy ?? "— (no such day)"}.`,
      nl: `De leverancier mag de overeenkomst overdragen als hij de klant minimaal ${formatLength(atLeast.value, "nl")} vóór de overdracht op ${transferDate} schriftelijk informeert: uiterlijk ${informBy ?? "— (geen zo'n dag)"}.`,
    }),
  ]);
}
