/**
 * The MDO agreement (VECOZO, Dienst Multidisciplinair Overleg): the figures of the Bijzondere
 * voorwaarden 1.0 of 4 June 2025 (`MDO-BV`) and the management summary (`MDO-MS`) as data. Every
 * figure is a typed value with its citation; the logic elsewhere never contains these numbers.
 *
 * @module
 */
import { cite, date, euros, type LocalDate } from "@zorgkit/core";
import type { AfterTerminationFigures } from "../after-termination.js";
import type { Contract, Duration } from "../contract.js";
import type { GroundDefinition, TerminationFigures } from "../grounds.js";
import type { MoneyClauseFigures } from "../money-clauses.js";
import type { PrecedenceRanking } from "../precedence.js";
import type { TariffNoticeFigures } from "../tariffs.js";

/**
 * Funded MDO (MDO-BV 10.2, MDO-MS §4 row 2): while Zorgverzekeraars Nederland fully funds the
 * service. Runs until 31 December 2026, then renews tacitly per calendar year. Notice: customer
 * 2 months, supplier (VECOZO) 24 months. 10.2 names no form for the notice.
 */
export const mdoFunded = {
  name: "funded MDO",
  initialTerm: {
    _tag: "UntilDate",
    end: date("2026-12-31"),
    source: cite(
      "MDO-BV",
      "10.2",
      "'looptijd tot 31 december 2026' read as up to and including 31 December 2026",
    ),
  },
  renewal: { _tag: "CalendarYear", source: cite("MDO-BV", "10.2") },
  notice: {
    customer: { months: 2, source: cite("MDO-BV", "10.2") },
    supplier: { months: 24, source: cite("MDO-BV", "10.2") },
  },
  noticeForm: { form: "any", source: cite("MDO-BV", "10.2", "10.2 names no form; 10.3 requires writing") },
} as const satisfies Duration;

/**
 * Paid MDO (MDO-BV 10.3, 6.3): when the service becomes paid and the customer accepts the
 * tariffs. Initial term 18 months from the date the tariffs apply, then tacit yearly renewal,
 * each renewal counted from that date. Notice in writing: customer 6 months, supplier 12 months.
 */
export const mdoPaid = {
  name: "paid MDO",
  initialTerm: { _tag: "Length", length: { months: 18 }, source: cite("MDO-BV", "10.3") },
  renewal: {
    _tag: "Months",
    months: 12,
    source: cite("MDO-BV", "10.3", "'jaarlijks' = per 12 months from the tariff date"),
  },
  notice: {
    customer: { months: 6, source: cite("MDO-BV", "10.3") },
    supplier: { months: 12, source: cite("MDO-BV", "10.3") },
  },
  noticeForm: { form: "written", source: cite("MDO-BV", "10.3") },
} as const satisfies Duration;

/** Where the MDO agreement says the contract starts: when the customer signs it. */
export const mdoStartsOnSigning = cite(
  "MDO-MS",
  "4 row 2",
  "'treedt de Overeenkomst in werking zodra deze door u is ondertekend'; not repeated in MDO-BV 10.2",
);

/** Citation of the switch from funded to paid (MDO-BV 10.3, 6.2, 6.3). */
export const mdoSwitchToPaidSource = cite(
  "MDO-BV",
  "10.3",
  "the paid duration replaces 10.2 from the tariff date",
);

/**
 * Who can end the contract by regular notice on the day before the switch to paid: the customer
 * (it may also refuse the tariff and terminate as of that date, MDO-BV 6.5), not the supplier —
 * a supplier that starts charging continues the contract for at least 18 months (MDO-BV 6.3), and
 * 10.2 lets it end the funded contract only at the end of a calendar year.
 */
export const mdoCutShortTermEndableBy = {
  parties: ["customer"],
  source: cite(
    "MDO-BV",
    "6.3",
    "'zullen wij de Overeenkomst … minimaal achttien (18) maanden continueren': the supplier's notice cannot end the funded term the switch cuts short",
  ),
} as const;

/**
 * A funded MDO contract signed on `signedOn` (MDO-MS §4 row 2, MDO-BV 10.2). Throws a
 * `RangeError` for a signing date after 31 December 2026: 10.2 does not say how long a contract
 * signed later runs (see the guide); model it with your own duration.
 *
 * @example
 * ```ts
 * const contract = mdoContract({ signedOn: date("2026-03-01") });
 * ```
 */
export function mdoContract(options: { readonly signedOn: LocalDate }): Contract {
  if (options.signedOn > mdoFunded.initialTerm.end) {
    throw new RangeError(
      `MDO-BV 10.2 fixes the first term until ${mdoFunded.initialTerm.end}; a contract signed on ${options.signedOn} is not covered`,
    );
  }
  return { start: options.signedOn, startSource: mdoStartsOnSigning, duration: mdoFunded, switches: [] };
}

/**
 * The contract with the funded → paid switch on `tariffsApplyFrom` (MDO-BV 10.3): the funded term
 * in progress ends the day before, the paid initial term of 18 months starts that day. Only the
 * customer's regular notice can end the contract on that day before (MDO-BV 6.3, 6.5). Throws a
 * `RangeError` when the date is not after the start (or the previous switch).
 *
 * @example
 * ```ts
 * const paid = switchToPaid(mdoContract({ signedOn: date("2026-03-01") }), date("2027-08-31"));
 * termAt(paid, date("2028-01-01")).value; // { start: "2027-08-31", end: "2029-02-28", kind: "initial", … }
 * ```
 */
export function switchToPaid(contract: Contract, tariffsApplyFrom: LocalDate): Contract {
  const previous = contract.switches.at(-1)?.on ?? contract.start;
  if (tariffsApplyFrom <= previous) {
    throw new RangeError(`the switch (${tariffsApplyFrom}) must come after ${previous}`);
  }
  return {
    ...contract,
    switches: [
      ...contract.switches,
      {
        on: tariffsApplyFrom,
        duration: mdoPaid,
        source: mdoSwitchToPaidSource,
        cutShortTermEndableBy: mdoCutShortTermEndableBy,
      },
    ],
  };
}

/**
 * Termination grounds of the MDO agreement as data (MDO-BV art. 6, 10, 11; MDO-MS §4 row 3):
 * who may invoke each, when it takes effect, the form, whole or part, and the source.
 */
export const mdoGrounds = [
  {
    id: "regular-notice",
    invokedBy: ["customer", "supplier"],
    effect: "end-of-term",
    form: "per-duration",
    scope: "whole",
    source: [cite("MDO-BV", "10.2"), cite("MDO-BV", "10.3")],
    en: "Regular notice with the notice period of the duration, to the end of a term",
    nl: "Reguliere opzegging met inachtneming van de opzegtermijn, tegen het einde van een termijn",
  },
  {
    id: "mutual-consent",
    invokedBy: ["customer", "supplier"],
    effect: "immediate",
    form: "any",
    scope: "whole-or-part",
    source: [cite("MDO-BV", "10.5 a")],
    en: "Mutual consent: immediate effect, no notice period",
    nl: "Wederzijds goedvinden: met onmiddellijke ingang, zonder opzegtermijn",
  },
  {
    id: "undue-advantage",
    invokedBy: ["customer", "supplier"],
    effect: "immediate",
    form: "any",
    scope: "whole-or-part",
    source: [cite("MDO-BV", "10.5 b")],
    en: "An advantage offered or given to someone of the other party without prior written permission: immediate effect",
    nl: "Voordeel aangeboden of verschaft zonder voorafgaande schriftelijke toestemming: met onmiddellijke ingang",
  },
  {
    id: "business-transfer",
    invokedBy: ["customer"],
    effect: "notice-period-from-receipt",
    form: "any",
    scope: "whole-or-part",
    source: [
      cite(
        "MDO-BV",
        "10.6",
        "notice period counted from receipt, not to a term end (this library's reading)",
      ),
    ],
    en: "The supplier transfers its business outside its group and its goals change so much that continuing cannot reasonably be required",
    nl: "Overdracht van de onderneming buiten de groep waardoor de doelstellingen dusdanig wijzigen dat voortzetting redelijkerwijs niet kan worden verlangd",
  },
  {
    id: "tariff-not-accepted",
    invokedBy: ["customer"],
    effect: "as-of-tariff-date",
    form: "any",
    scope: "whole-or-part",
    source: [cite("MDO-BV", "6.5")],
    en: "The customer does not accept the tariff or the additional conditions: terminate as of the date the tariff applies",
    nl: "Niet akkoord met het tarief of de aanvullende voorwaarden: opzeggen tegen de datum waarop het tarief van toepassing wordt",
  },
  {
    id: "indexation-increase-not-accepted",
    invokedBy: ["customer"],
    effect: "as-of-tariff-date",
    form: "registered-letter",
    scope: "whole",
    source: [cite("MDO-BV", "6.8"), cite("MDO-BV", "6.6")],
    en: "The customer does not accept a yearly tariff increase: registered letter received within 25 days after the date of the notification",
    nl: "Niet akkoord met een jaarlijkse tariefverhoging: aangetekende opzegbrief binnen 25 dagen na dagtekening van de mededeling ontvangen",
  },
  {
    id: "non-payment",
    invokedBy: ["supplier"],
    effect: "not-stated",
    form: "any",
    scope: "whole-or-part",
    source: [cite("MDO-BV", "10.7")],
    en: "When a tariff is charged: the customer does not pay, not even after a reasonable term",
    nl: "Bij betaalde dienst: de klant voldoet niet aan de betalingsverplichtingen, ook niet na een redelijke termijn",
  },
  {
    id: "dissolution-non-payment",
    invokedBy: ["supplier"],
    effect: "immediate",
    form: "written",
    scope: "whole",
    source: [cite("MDO-BV", "6.13")],
    en: "Still no payment after repeated written demands, unless the customer has a right of suspension: written dissolution with immediate effect",
    nl: "Geen betaling na herhaaldelijke schriftelijke aanmaning, tenzij een opschortingsrecht toekomt: schriftelijke ontbinding per direct",
  },
  {
    id: "force-majeure",
    invokedBy: ["customer", "supplier"],
    effect: "immediate",
    form: "registered-letter",
    scope: "whole-or-part",
    source: [cite("MDO-BV", "11.3")],
    en: "Force majeure lasting longer than 30 calendar days without an agreed solution",
    nl: "Overmacht die langer dan dertig kalenderdagen duurt zonder overeengekomen passende oplossing",
  },
  {
    id: "insolvency",
    invokedBy: ["customer", "supplier"],
    effect: "see-connection-agreement",
    form: "see-connection-agreement",
    scope: "whole",
    source: [cite("MDO-MS", "4 row 3", "Aansluitovereenkomst art. 1.4, which is not among the sources")],
    en: "Suspension of payments (surseance) or bankruptcy — details in the connection agreement",
    nl: "Surseance van betaling of faillissement — uitgewerkt in de aansluitovereenkomst",
  },
  {
    id: "change-of-law",
    invokedBy: ["customer", "supplier"],
    effect: "see-connection-agreement",
    form: "see-connection-agreement",
    scope: "whole",
    source: [cite("MDO-MS", "4 row 3")],
    en: "Change of laws and regulations — details in the connection agreement",
    nl: "Wijziging van wet- en regelgeving — uitgewerkt in de aansluitovereenkomst",
  },
  {
    id: "supervisor-claim",
    invokedBy: ["customer", "supplier"],
    effect: "see-connection-agreement",
    form: "see-connection-agreement",
    scope: "whole",
    source: [cite("MDO-MS", "4 row 3")],
    en: "A claim by a supervisor (aanspraak toezichthouder) — details in the connection agreement",
    nl: "Aanspraak van een toezichthouder — uitgewerkt in de aansluitovereenkomst",
  },
  {
    id: "all-agb-codes-ended",
    invokedBy: ["supplier"],
    effect: "see-connection-agreement",
    form: "see-connection-agreement",
    scope: "whole",
    source: [cite("MDO-MS", "4 row 3")],
    en: "All the customer's AGB codes have ended (via Vektis) — details in the connection agreement",
    nl: "Alle AGB-codes zijn beëindigd (via Vektis) — uitgewerkt in de aansluitovereenkomst",
  },
] as const satisfies ReadonlyArray<GroundDefinition>;

/**
 * Tariff changes (MDO-BV 6.8): a yearly indexation (6.6) is announced at least 25 days ahead; the
 * customer's registered letter must be received within 25 days after the date of the notification.
 * An interim increase (6.7) gives no termination right.
 */
export const mdoTariffFigures = {
  advanceNotice: { days: 25 },
  terminationWindow: { days: 25 },
  source: cite("MDO-BV", "6.8"),
  interimIncreaseSource: cite("MDO-BV", "6.7"),
} as const satisfies TariffNoticeFigures;

/** The MDO figures the termination rules use, each with its citation. */
export const mdoTerminationFigures = {
  forceMajeure: {
    longerThan: { days: 30 },
    source: cite("MDO-BV", "11.3", "the 30 calendar days run from the day after the start"),
  },
  dissolution: {
    minimumWrittenDemands: 2,
    source: cite("MDO-BV", "6.13", "'herhaaldelijke schriftelijke aanmaning' read as at least two"),
  },
  tariffIndexation: mdoTariffFigures,
} as const satisfies TerminationFigures;

/** The MDO clauses that apply after termination, as data (MDO-BV 6.14, 10.8, 10.9, 13.2, 13.4, 13.5). */
export const mdoAfterTermination = {
  continuation: {
    first: { months: 12 },
    extension: { months: 6 },
    requestExtensionAtLeast: { months: 1 },
    source: cite(
      "MDO-BV",
      "10.8",
      "only in the cases of Aansluitovereenkomst 1.4 a and c iii (an input fact)",
    ),
  },
  dataAvailable: { days: 90, source: cite("MDO-BV", "10.9") },
  paymentsSettled: { days: 30, source: cite("MDO-BV", "6.14") },
  survivingClauses: {
    clauses: [
      "liability",
      "applicable-law",
      "personal-data-protection",
      "confidentiality",
      "intellectual-property",
      "indemnities",
    ],
    exhaustive: false,
    source: cite("MDO-BV", "13.5", "'onder meer': the list is not exhaustive"),
  },
  assignment: {
    supplierInformsAtLeast: { months: 6 },
    supplierSource: cite("MDO-BV", "13.2"),
    customerMayAssign: false,
    customerSource: cite("MDO-BV", "13.4"),
  },
} as const satisfies AfterTerminationFigures;

/**
 * Precedence of the MDO contract documents (MDO-MS §3.1, MDO-BV 13.3): a lower rank wins.
 * Annex 4 to the connection agreement (the processing agreement) ranks first, the connection
 * agreement with its other annexes last.
 */
export const mdoPrecedence = {
  ranks: [
    {
      rank: 1,
      documents: ["processing-agreement"],
      en: "Annex 4 to the connection agreement: the generic processing agreement (verwerkersovereenkomst)",
      nl: "Bijlage 4 bij de aansluitovereenkomst: de generieke verwerkersovereenkomst",
    },
    {
      rank: 2,
      documents: ["mdo-special-terms"],
      en: "The main text of the MDO special terms (Bijzondere voorwaarden Dienst MDO)",
      nl: "De hoofdtekst van de Bijzondere voorwaarden Dienst MDO",
    },
    {
      rank: 3,
      documents: ["mdo-annex-1-processing", "mdo-annex-2-sla"],
      en: "The annexes to the MDO special terms (Annex 1 processing of personal data, Annex 2 SLA)",
      nl: "De bijlagen bij de Bijzondere voorwaarden Dienst MDO (Bijlage 1 verwerking, Bijlage 2 SLA)",
    },
    {
      rank: 4,
      documents: [
        "connection-agreement",
        "connection-agreement-annex-1",
        "connection-agreement-annex-2",
        "connection-agreement-annex-3",
      ],
      en: "The connection agreement (Aansluitovereenkomst) with its annexes, except Annex 4",
      nl: "De aansluitovereenkomst inclusief bijlagen, met uitzondering van Bijlage 4",
    },
  ],
  source: [cite("MDO-MS", "3.1"), cite("MDO-BV", "13.3")],
} as const satisfies PrecedenceRanking;

/** The MDO money clauses (MDO-BV 12.5, 13.1). */
export const mdoMoneyClauses = {
  confidentialityPenalty: {
    perEvent: euros("10000.00"),
    source: cite(
      "MDO-BV",
      "12.5",
      "the text says 'verbeurt de andere partij … van de overtredende partij'; read as: the breaching party owes the other party",
    ),
  },
  liabilityCap: {
    perCalendarYear: euros("2500000.00"),
    service: "MDO",
    source: cite(
      "MDO-BV",
      "13.1",
      "'in redelijkheid' read as pro rata to the established liabilities (this library's choice)",
    ),
  },
} as const satisfies MoneyClauseFigures;
