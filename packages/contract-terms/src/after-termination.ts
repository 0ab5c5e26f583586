/**
 * After termination: continuation on request (MDO-BV 10.8), data made available (10.9), payments
 * settled (6.14), surviving clauses (13.5), and assignment of the contract (13.2, 13.4).
 *
 * @module
 */
import {
  addDays,
  addLength,
  type Citation,
  compareDates,
  type Explained,
  explained,
  formatLength,
  LocalDate,
  periodAfter,
  type Step,
  step,
  termEnd,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import type { Length, Party } from "./contract.js";
import { lastNoticeDay } from "./notice.js";
import { mdoAfterTermination } from "./presets/mdo-2025.js";

/** Clauses that survive termination. */
export type SurvivingClause =
  | "liability"
  | "applicable-law"
  | "personal-data-protection"
  | "confidentiality"
  | "intellectual-property"
  | "indemnities";

/** The figures of the after-termination clauses, each with its citation. */
export interface AfterTerminationFigures {
  readonly continuation: {
    readonly first: Length;
    readonly extension: Length;
    readonly requestExtensionAtLeast: Length;
    readonly source?: Citation;
  };
  readonly dataAvailable: Length & { readonly source?: Citation };
  readonly paymentsSettled: Length & { readonly source?: Citation };
  readonly survivingClauses: {
    readonly clauses: ReadonlyArray<SurvivingClause>;
    /** `false`: the source says "onder meer" (among others). */
    readonly exhaustive: boolean;
    readonly source?: Citation;
  };
  readonly assignment: {
    readonly supplierInformsAtLeast: Length;
    readonly supplierSource?: Citation;
    readonly customerMayAssign: boolean;
    readonly customerSource?: Citation;
  };
}

const cites = (c: Citation | undefined): ReadonlyArray<Citation> => (c === undefined ? [] : [c]);

/** Input of {@link continuation}. */
export const ContinuationInput = Schema.Struct({
  /** The contract's last day. */
  endDate: LocalDate,
  /** Whether the termination is a case of Aansluitovereenkomst 1.4 a or c iii (an input fact). */
  eligibleCase: Schema.Boolean,
  /** When the customer's written request to continue was received, if any. */
  requestedOn: Schema.optionalKey(LocalDate),
  /** When the customer's written request for the extension was received, if any. */
  extensionRequestedOn: Schema.optionalKey(LocalDate),
});
/** Input of {@link continuation}. */
export type ContinuationInput = typeof ContinuationInput.Type;

/** A period `[start, end]`, both days included. */
export interface DateRange {
  readonly start: LocalDate;
  readonly end: LocalDate;
}

/** The outcome of {@link continuation}. */
export interface Continuation {
  readonly eligible: boolean;
  /** The first continuation (12 months for MDO), when requested in an eligible case. */
  readonly first?: DateRange;
  /** The last day the extension request must be received. */
  readonly extensionRequestDeadline?: LocalDate;
  /** The extension (6 months for MDO), when requested on time. */
  readonly extension?: DateRange;
  /** What follows: the contract ends, or further continuation is by consultation (not an end date). */
  readonly afterwards: "ends" | "by-consultation";
  /** The last day of access, when one is fixed. */
  readonly accessUntil: LocalDate;
}

/**
 * Continuation on request after termination (MDO-BV 10.8): in the cases of
 * Aansluitovereenkomst 1.4 a and c iii the customer may ask to continue for 12 months, with one
 * extension of 6 months requested at least 1 month before the first continuation ends (the notice
 * rule: the day of receipt does not count); after that, further continuation is "by consultation".
 * Both periods are counted from the day after `endDate`, so month ends never drift. The source sets
 * no deadline for the first request.
 *
 * @example
 * ```ts
 * continuation({ endDate: date("2027-12-31"), eligibleCase: true, requestedOn: date("2027-11-01"),
 *   extensionRequestedOn: date("2028-11-30") }).value;
 * // { first: { start: "2028-01-01", end: "2028-12-31" }, extensionRequestDeadline: "2028-11-30",
 * //   extension: { start: "2029-01-01", end: "2029-06-30" }, afterwards: "by-consultation", … }
 * ```
 */
export function continuation(
  input: ContinuationInput,
  figures: AfterTerminationFigures["continuation"] = mdoAfterTermination.continuation,
): Explained<Continuation> {
  const src = cites(figures.source);
  const { endDate } = input;
  if (!input.eligibleCase || input.requestedOn === undefined) {
    return explained<Continuation>(
      { eligible: input.eligibleCase, afterwards: "ends", accessUntil: endDate },
      [
        step({
          rule: "no-continuation",
          inputs: { eligibleCase: input.eligibleCase, requested: input.requestedOn !== undefined },
          citations: src,
          en: input.eligibleCase
            ? `No continuation was requested: access ends with the contract on ${endDate}.`
            : `Continuation applies only in the cases of Aansluitovereenkomst 1.4 a and c iii: access ends with the contract on ${endDate}.`,
          nl: input.eligibleCase
            ? `Er is geen voortzetting gevraagd: de toegang eindigt met de overeenkomst op ${endDate}.`
            : `Voortzetting geldt alleen in de gevallen van artikel 1.4 a en c iii Aansluitovereenkomst: de toegang eindigt met de overeenkomst op ${endDate}.`,
        }),
      ],
    );
  }
  const start = addDays(endDate, 1);
  const first = { start, end: termEnd(start, figures.first) };
  const deadline = lastNoticeDay(first.end, figures.requestExtensionAtLeast);
  const steps: Array<Step> = [
    step({
      rule: "continuation-first-period",
      inputs: { endDate, requestedOn: input.requestedOn, length: formatLength(figures.first) },
      output: { start: first.start, end: first.end },
      citations: src,
      en: `On the customer's written request the contract and access continue for ${formatLength(figures.first)}: ${first.start} to ${first.end}.`,
      nl: `Op schriftelijk verzoek van de klant worden de overeenkomst en de toegang ${formatLength(figures.first, "nl")} voortgezet: ${first.start} tot en met ${first.end}.`,
    }),
    step({
      rule: "continuation-extension-deadline",
      inputs: { firstEnd: first.end, atLeast: formatLength(figures.requestExtensionAtLeast) },
      output: deadline,
      citations: src,
      en: `The extension must be requested in writing at least ${formatLength(figures.requestExtensionAtLeast)} before ${first.end}: received on or before ${deadline}.`,
      nl: `De verlenging moet uiterlijk ${formatLength(figures.requestExtensionAtLeast, "nl")} vóór ${first.end} schriftelijk zijn gevraagd: uiterlijk ontvangen op ${deadline}.`,
    }),
  ];
  const ext = input.extensionRequestedOn;
  if (ext === undefined || compareDates(ext, deadline) > 0) {
    steps.push(
      step({
        rule: "no-extension",
        inputs: { extensionRequestedOn: ext ?? null, deadline },
        citations: src,
        en:
          ext === undefined
            ? `No extension was requested: access ends on ${first.end}.`
            : `The extension request of ${ext} is after ${deadline}: access ends on ${first.end}.`,
        nl:
          ext === undefined
            ? `Er is geen verlenging gevraagd: de toegang eindigt op ${first.end}.`
            : `Het verzoek om verlenging van ${ext} is na ${deadline}: de toegang eindigt op ${first.end}.`,
      }),
    );
    return explained<Continuation>(
      {
        eligible: true,
        first,
        extensionRequestDeadline: deadline,
        afterwards: "ends",
        accessUntil: first.end,
      },
      steps,
    );
  }
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
  const extension = { start: addDays(first.end, 1), end: addDays(addLength(start, total), -1) };
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
 * Periods start the day after the end.
 *
 * @example
 * ```ts
 * afterTermination(date("2026-12-31")).value.obligations;
 * // [{ party: "supplier", action: "make-data-available", from: "2027-01-01", dueBy: "2027-03-31", … },
 * //  { party: "customer", action: "settle-all-payments", dueBy: "2027-01-30", … }]
 * ```
 */
export function afterTermination(
  endDate: LocalDate,
  figures: AfterTerminationFigures = mdoAfterTermination,
): Explained<AfterTermination> {
  const data = periodAfter(endDate, figures.dataAvailable);
  const pay = periodAfter(endDate, figures.paymentsSettled);
  const survive = figures.survivingClauses;
  return explained<AfterTermination>(
    {
      obligations: [
        {
          party: "supplier",
          action: "make-data-available",
          from: data.start,
          dueBy: data.lastDay,
          citations: cites(figures.dataAvailable.source),
        },
        {
          party: "customer",
          action: "settle-all-payments",
          dueBy: pay.lastDay,
          citations: cites(figures.paymentsSettled.source),
        },
      ],
      survivingClauses: survive.clauses,
      survivingClausesExhaustive: survive.exhaustive,
    },
    [
      step({
        rule: "data-available-after-end",
        inputs: { endDate, length: formatLength(figures.dataAvailable) },
        output: data.lastDay,
        citations: cites(figures.dataAvailable.source),
        en: `The supplier makes the customer's data available for ${formatLength(figures.dataAvailable)} after the end: ${data.start} to ${data.lastDay}.`,
        nl: `De leverancier stelt de Data ${formatLength(figures.dataAvailable, "nl")} na beëindiging ter beschikking: ${data.start} tot en met ${data.lastDay}.`,
      }),
      step({
        rule: "payments-after-end",
        inputs: { endDate, length: formatLength(figures.paymentsSettled) },
        output: pay.lastDay,
        citations: cites(figures.paymentsSettled.source),
        en: `The customer meets all payment obligations within ${formatLength(figures.paymentsSettled)} after the end: by ${pay.lastDay}.`,
        nl: `De klant voldoet binnen ${formatLength(figures.paymentsSettled, "nl")} na beëindiging aan al zijn betalingsverplichtingen: uiterlijk ${pay.lastDay}.`,
      }),
      step({
        rule: "surviving-clauses",
        inputs: { clauses: [...survive.clauses], exhaustive: survive.exhaustive },
        citations: cites(survive.source),
        en: `Clauses that by their nature survive stay in force${survive.exhaustive ? "" : ", among others"}: ${survive.clauses.join(", ")}.`,
        nl: `Bepalingen die naar hun aard blijven gelden blijven van kracht${survive.exhaustive ? "" : ", onder meer"}: ${survive.clauses.join(", ")}.`,
      }),
    ],
  );
}

/** The outcome of {@link assignment}. */
export interface Assignment {
  readonly allowed: boolean;
  /** The last day the supplier must have informed the customer in writing. */
  readonly informBy?: LocalDate;
}

/**
 * May `party` assign the contract to a third party on `transferDate`? The supplier may, after
 * informing the customer in writing at least 6 months ahead (MDO-BV 13.2; the day of informing does
 * not count, so for a transfer on 1 Jul 2027 the customer must be informed by 31 Dec 2026); the
 * customer may not (13.4).
 *
 * @example
 * ```ts
 * assignment("supplier", date("2027-07-01")).value; // { allowed: true, informBy: "2026-12-31" }
 * ```
 */
export function assignment(
  party: Party,
  transferDate: LocalDate,
  figures: AfterTerminationFigures["assignment"] = mdoAfterTermination.assignment,
): Explained<Assignment> {
  if (party === "customer") {
    return explained<Assignment>({ allowed: figures.customerMayAssign }, [
      step({
        rule: "customer-assignment",
        inputs: { party },
        output: figures.customerMayAssign,
        citations: cites(figures.customerSource),
        en: figures.customerMayAssign
          ? "The customer may assign the contract."
          : "The customer may not transfer its rights and obligations under the contract to a third party.",
        nl: figures.customerMayAssign
          ? "De klant mag de overeenkomst overdragen."
          : "Het is de klant niet toegestaan de rechten en plichten uit de overeenkomst aan een derde over te dragen.",
      }),
    ]);
  }
  const informBy = lastNoticeDay(addDays(transferDate, -1), figures.supplierInformsAtLeast);
  return explained<Assignment>({ allowed: true, informBy }, [
    step({
      rule: "supplier-assignment-notice",
      inputs: { transferDate, atLeast: formatLength(figures.supplierInformsAtLeast) },
      output: informBy,
      citations: cites(figures.supplierSource),
      en: `The supplier may assign the contract if it informs the customer in writing at least ${formatLength(figures.supplierInformsAtLeast)} before the transfer on ${transferDate}: by ${informBy}.`,
      nl: `De leverancier mag de overeenkomst overdragen als hij de klant minimaal ${formatLength(figures.supplierInformsAtLeast, "nl")} vóór de overdracht op ${transferDate} schriftelijk informeert: uiterlijk ${informBy}.`,
    }),
  ]);
}
