/**
 * The rulebook of this package: an {@link Agreement} holds every figure and every clause id the
 * logic uses — the durations with their notice periods, the termination grounds, the tariff-notice,
 * money-clause, after-termination and precedence figures — each with its citations (ADR 0007).
 * Plain data: decode your own agreement from JSON with `decodeAgreement`, or spread the `mdo2025`
 * preset and replace a figure with its citation.
 *
 * A leaf module: it imports only `contract.ts`, core and effect, so the logic modules and the
 * presets both import it without an import cycle.
 *
 * @module
 */
import { BoundedArray, Citations, Figure, Money, WholeNumber } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import {
  ContractDuration,
  ContractLength,
  Party,
  Sentence,
  ShortText,
  SwitchNoticeRule,
} from "./contract.js";

/** Ids of the termination grounds this library implements. */
export const groundIds = [
  "regular-notice",
  "mutual-consent",
  "undue-advantage",
  "business-transfer",
  "tariff-not-accepted",
  "indexation-increase-not-accepted",
  "non-payment",
  "dissolution-non-payment",
  "ip-claim-no-alternative",
  "force-majeure",
  "insolvency",
  "change-of-law",
  "supervisor-claim",
  "all-agb-codes-ended",
] as const;

/** A termination ground id; an unknown ground is rejected at decoding. */
export const GroundId = Schema.Literals(groundIds);
/** A termination ground id. */
export type GroundId = typeof GroundId.Type;

/**
 * When a termination on a ground takes effect — `mayTerminate` computes the last day from this:
 * at the end of a term the notice reaches (`end-of-term`); the regular notice period counted from
 * receipt (`notice-period-from-receipt`); on the day of receipt (`immediate`); the day before the
 * tariff date the claim names (`as-of-tariff-date`); not stated by the source, so no date
 * (`not-stated`); in a document that is not among the sources (`see-connection-agreement`: the
 * verdict is `undetermined`).
 */
export const GroundEffect = Schema.Literals([
  "end-of-term",
  "notice-period-from-receipt",
  "immediate",
  "as-of-tariff-date",
  "not-stated",
  "see-connection-agreement",
]);
/** When a termination on a ground takes effect. */
export type GroundEffect = typeof GroundEffect.Type;

/** A termination ground as data: who may invoke it, its effect, form, scope, citations and label. */
export const GroundDefinition = Schema.Struct({
  id: GroundId,
  invokedBy: BoundedArray(Party, 2),
  effect: GroundEffect,
  /** Required form; `per-duration` = the notice form of the duration in force. */
  form: Schema.Literals(["any", "written", "registered-letter", "per-duration", "see-connection-agreement"]),
  /** Whether the contract can be ended wholly or partly ("geheel of gedeeltelijk"). */
  scope: Schema.Literals(["whole", "whole-or-part"]),
  citations: Citations,
  en: Sentence,
  nl: Sentence,
});
/** A termination ground as data. */
export type GroundDefinition = typeof GroundDefinition.Type;

/** The figures the termination rules need, each with its citations. */
export const TerminationFigures = Schema.Struct({
  /** The grounds are a closed list (MDO-BV 10.1: "uitsluitend … zoals omschreven in de Overeenkomst"). */
  closedList: Schema.Struct({ citations: Citations }),
  forceMajeure: Schema.Struct({
    /** The force majeure must have lasted longer than this (MDO-BV 11.3: 30 calendar days). */
    longerThan: Figure(ContractLength),
    /** Whose force majeure counts (MDO-BV 11.1: "Wij zijn gerechtigd om ons op overmacht te beroepen": the supplier's). */
    of: Figure(BoundedArray(Party, 2)),
  }),
  /** Written demands needed before dissolution (MDO-BV 6.13 "herhaaldelijke": at least 2). */
  dissolutionMinimumWrittenDemands: Figure(WholeNumber),
});
/** The figures the termination rules need. */
export type TerminationFigures = typeof TerminationFigures.Type;

/** The figures of the tariff-notice rule with their citations (MDO: 25 and 25 days, MDO-BV 6.8). */
export const TariffNoticeFigures = Schema.Struct({
  /** A yearly change must be announced at least this long ahead. */
  advanceNotice: Figure(ContractLength),
  /** The customer's termination letter must be received within this after the notice's date. */
  terminationWindow: Figure(ContractLength),
  /** The clause on interim increases, which give no termination right (MDO-BV 6.7). */
  interimIncrease: Schema.Struct({ citations: Citations }),
});
/** The figures of the tariff-notice rule. */
export type TariffNoticeFigures = typeof TariffNoticeFigures.Type;

/** The figures of the money clauses, each with its citations. */
export const MoneyClauseFigures = Schema.Struct({
  /** Penalty per confidentiality breach event (MDO-BV 12.5). */
  confidentialityPenalty: Figure(Money),
  /** The yearly liability cap over several customers (MDO-BV 13.1). */
  liabilityCap: Schema.Struct({
    perCalendarYear: Money,
    service: ShortText,
    citations: Citations,
    /** The cap applies only when the supplier is liable to at least this many distinct customers in the year. */
    minimumCustomers: Figure(WholeNumber),
    /** What governs otherwise (MDO: the connection agreement's own cap, art. 8.2, not among the sources). */
    otherwise: Schema.Struct({ en: Sentence, nl: Sentence, citations: Citations }),
  }),
});
/** The figures of the money clauses. */
export type MoneyClauseFigures = typeof MoneyClauseFigures.Type;

/** Clauses that survive termination. */
export const SurvivingClause = Schema.Literals([
  "liability",
  "applicable-law",
  "personal-data-protection",
  "confidentiality",
  "intellectual-property",
  "indemnities",
]);
/** A clause that survives termination. */
export type SurvivingClause = typeof SurvivingClause.Type;

/** The figures of the after-termination clauses, each with its citations. */
export const AfterTerminationFigures = Schema.Struct({
  continuation: Schema.Struct({
    first: ContractLength,
    extension: ContractLength,
    requestExtensionAtLeast: ContractLength,
    citations: Citations,
  }),
  dataAvailable: Figure(ContractLength),
  paymentsSettled: Figure(ContractLength),
  survivingClauses: Schema.Struct({
    clauses: BoundedArray(SurvivingClause, 20),
    /** `false`: the source says "onder meer" (among others). */
    exhaustive: Schema.Boolean,
    citations: Citations,
  }),
  assignment: Schema.Struct({
    supplierInformsAtLeast: Figure(ContractLength),
    customerMayAssign: Figure(Schema.Boolean),
  }),
});
/** The figures of the after-termination clauses. */
export type AfterTerminationFigures = typeof AfterTerminationFigures.Type;

/** A ranking of documents: rank 1 wins over rank 2, and so on. */
export const PrecedenceRanking = Schema.Struct({
  ranks: BoundedArray(
    Schema.Struct({
      rank: WholeNumber,
      documents: BoundedArray(ShortText, 100),
      en: Sentence,
      nl: Sentence,
    }),
    100,
  ),
  citations: Citations,
});
/** A ranking of documents. */
export type PrecedenceRanking = typeof PrecedenceRanking.Type;

/** The key of a duration in an agreement (`"funded"`, `"paid"`). */
const DurationKey = Schema.String.check(Schema.isMaxLength(40));

/**
 * An agreement's whole rulebook: its durations (by key), where it says the contract starts, the
 * switch rules between durations, the termination grounds and figures, the tariff-notice, money,
 * after-termination and precedence figures. Every figure carries its citations. Preset: `mdo2025`.
 */
export const Agreement = Schema.Struct({
  /** A short name ("MDO 2025"). */
  name: ShortText,
  /** Where the agreement says the contract starts (MDO: MDO-MS §4 row 2, on signing). */
  start: Schema.Struct({ citations: Citations }),
  /** The durations the agreement defines, by key (MDO: `funded`, `paid`). */
  durations: Schema.Record(DurationKey, ContractDuration).check(
    Schema.makeFilter((r: object) => Object.keys(r).length <= 20 || "an agreement has at most 20 durations"),
  ),
  /** Switches to a duration, by the key of the duration switched to (MDO: `paid`, MDO-BV 10.3). */
  switches: Schema.Record(
    DurationKey,
    Schema.Struct({ citations: Citations, cutShortTermEndableBy: Schema.optionalKey(SwitchNoticeRule) }),
  ).check(
    Schema.makeFilter((r: object) => Object.keys(r).length <= 20 || "an agreement has at most 20 switches"),
  ),
  grounds: BoundedArray(GroundDefinition, 50),
  termination: TerminationFigures,
  tariffNotice: TariffNoticeFigures,
  money: MoneyClauseFigures,
  afterTermination: AfterTerminationFigures,
  precedence: PrecedenceRanking,
});
/** An agreement's whole rulebook. */
export type Agreement = typeof Agreement.Type;
