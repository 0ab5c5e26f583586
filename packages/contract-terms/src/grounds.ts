/**
 * Termination grounds as data, and {@link mayTerminate}: may this party end the contract on this
 * ground with these facts, from when, in which form — explained with the clauses.
 *
 * @module
 */
import {
  addDays,
  type Citation,
  compareDates,
  type DecodeResult,
  decode,
  type Explained,
  explained,
  formatLength,
  LocalDate,
  periodAfter,
  type Step,
  step,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import type { Contract, Length, NoticeForm, Party } from "./contract.js";
import { terminationDate } from "./notice.js";
import { mdoGrounds, mdoTerminationFigures } from "./presets/mdo-2025.js";
import { effectiveNotBeforeNotice, TariffChange, type TariffNoticeFigures, tariffNotice } from "./tariffs.js";
import { findTerm, regimesOf } from "./terms.js";

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
 * When a termination on a ground takes effect: at the end of a term after the notice period;
 * the notice period counted from receipt; immediately (no notice period); as of the date a
 * tariff applies; not stated by the source; or in the connection agreement (not among the sources).
 */
export type GroundEffect =
  | "end-of-term"
  | "notice-period-from-receipt"
  | "immediate"
  | "as-of-tariff-date"
  | "not-stated"
  | "see-connection-agreement";

/** A termination ground as data. */
export interface GroundDefinition {
  readonly id: GroundId;
  readonly invokedBy: ReadonlyArray<Party>;
  readonly effect: GroundEffect;
  /** Required form; `per-duration` = the notice form of the duration in force. */
  readonly form: NoticeForm | "per-duration" | "see-connection-agreement";
  /** Whether the contract can be ended wholly or partly ("geheel of gedeeltelijk"). */
  readonly scope: "whole" | "whole-or-part";
  readonly source: ReadonlyArray<Citation>;
  readonly en: string;
  readonly nl: string;
}

/** The figures the termination rules need, each with its citation. */
export interface TerminationFigures {
  readonly forceMajeure: { readonly longerThan: Length; readonly source?: Citation };
  readonly dissolution: { readonly minimumWrittenDemands: number; readonly source?: Citation };
  readonly tariffIndexation: TariffNoticeFigures;
}

const noFacts = <G extends GroundId>(ground: G) => Schema.Struct({ ground: Schema.Literal(ground) });

/**
 * A termination claim: the ground and the facts it depends on (input facts, not computed here).
 * Decode untrusted input with {@link decodeTerminationClaim}.
 */
export const TerminationClaim = Schema.Union([
  noFacts("regular-notice"),
  Schema.Struct({ ground: Schema.Literal("mutual-consent"), bothPartiesAgree: Schema.Boolean }),
  Schema.Struct({
    ground: Schema.Literal("undue-advantage"),
    advantageOfferedWithoutWrittenPermission: Schema.Boolean,
  }),
  Schema.Struct({
    ground: Schema.Literal("business-transfer"),
    transferredOutsideGroup: Schema.Boolean,
    goalsChangedSoContinuationCannotBeRequired: Schema.Boolean,
  }),
  Schema.Struct({ ground: Schema.Literal("tariff-not-accepted"), tariffAppliesFrom: LocalDate }),
  Schema.Struct({
    ground: Schema.Literal("indexation-increase-not-accepted"),
    notificationDate: LocalDate,
    effectiveDate: LocalDate,
    change: TariffChange,
  }).check(effectiveNotBeforeNotice((c) => c.notificationDate)),
  Schema.Struct({
    ground: Schema.Literal("non-payment"),
    tariffCharged: Schema.Boolean,
    unpaidAfterReasonableTerm: Schema.Boolean,
  }),
  Schema.Struct({
    ground: Schema.Literal("dissolution-non-payment"),
    writtenDemands: Schema.Number.check(
      Schema.makeFilter((n: number) => (Number.isSafeInteger(n) && n >= 0) || "expected a whole number ≥ 0"),
    ),
    stillUnpaid: Schema.Boolean,
    customerHasSuspensionRight: Schema.Boolean,
  }),
  Schema.Struct({
    ground: Schema.Literal("force-majeure"),
    since: LocalDate,
    /** The last day of the force majeure, when it has ended (11.3: the right exists while it lasts). */
    endedOn: Schema.optionalKey(LocalDate),
    agreedSolution: Schema.Boolean,
  }).check(
    Schema.makeFilter((c) =>
      c.endedOn === undefined || compareDates(c.endedOn, c.since) >= 0
        ? undefined
        : {
            path: ["endedOn"],
            issue: `the force majeure ends (${c.endedOn}) before it starts (${c.since})`,
          },
    ),
  ),
  noFacts("insolvency"),
  noFacts("change-of-law"),
  noFacts("supervisor-claim"),
  noFacts("all-agb-codes-ended"),
]).annotate({
  message: `Expected a termination claim: { ground: ${groundIds.map((g) => `"${g}"`).join(" | ")}, …facts }`,
});
/** A termination claim: the ground and its facts. */
export type TerminationClaim = typeof TerminationClaim.Type;

const decodeGround = decode(Schema.Struct({ ground: GroundId }));
const decodeClaim = decode(TerminationClaim);

/**
 * Decode a termination claim from untrusted input; an unknown ground gets its own message.
 * Never throws.
 *
 * @example
 * ```ts
 * decodeTerminationClaim({ ground: "force-majeure", since: "2026-03-01", agreedSolution: false });
 * // { ok: true, value: … }
 * ```
 */
export function decodeTerminationClaim(input: unknown): DecodeResult<TerminationClaim> {
  const g = decodeGround(input);
  return g.ok ? decodeClaim(input) : g;
}

/** The outcome of {@link mayTerminate}. */
export interface TerminationDecision {
  readonly ground: GroundId;
  /** `see-connection-agreement`: the ground's conditions live in a document that is not among the sources. */
  readonly verdict: "allowed" | "not-allowed" | "see-connection-agreement";
  /**
   * Last day of the contract (inclusive) when allowed and the source fixes it. Immediate grounds:
   * the day the termination is received.
   */
  readonly lastDay?: LocalDate;
  readonly form?: NoticeForm;
  readonly scope: "whole" | "whole-or-part";
  /** Consequences the clause attaches (all claims due at once, no damages for the terminating party). */
  readonly consequences: ReadonlyArray<"all-claims-due-at-once" | "no-damages-for-terminating-party">;
}

/** Options of {@link mayTerminate}: the grounds and figures of the agreement (default MDO). */
export interface MayTerminateOptions {
  readonly grounds?: ReadonlyArray<GroundDefinition>;
  readonly figures?: TerminationFigures;
}

const partyName = {
  customer: { en: "the customer", nl: "de klant" },
  supplier: { en: "the supplier", nl: "de leverancier" },
};
const cites = (c: Citation | undefined): ReadonlyArray<Citation> => (c === undefined ? [] : [c]);

/**
 * The day from which force majeure has lasted longer than `longerThan` (MDO: 30 calendar days,
 * counted from the day after the start): termination is possible from `start + 31 days`.
 *
 * @example
 * ```ts
 * forceMajeureTerminationFrom(date("2026-03-01")).value; // "2026-04-01"
 * ```
 */
export function forceMajeureTerminationFrom(
  start: LocalDate,
  figures: TerminationFigures["forceMajeure"] = mdoTerminationFigures.forceMajeure,
): Explained<LocalDate> {
  const from = periodAfter(start, figures.longerThan).endExclusive;
  return explained(from, [
    step({
      rule: "force-majeure-duration",
      inputs: { start, longerThan: formatLength(figures.longerThan) },
      output: from,
      citations: cites(figures.source),
      en: `Force majeure that started on ${start} has lasted longer than ${formatLength(figures.longerThan)} (counted from the next day) from ${from}.`,
      nl: `Overmacht die op ${start} begon, duurt vanaf ${from} langer dan ${formatLength(figures.longerThan, "nl")} (geteld vanaf de volgende dag).`,
    }),
  ]);
}

/**
 * May `party` terminate the contract on the ground of `claim`, by a termination received on
 * `on`? Returns the verdict, the contract's last day, the required form and whether it may be
 * partial, explained with the clauses (MDO-BV 6.5, 6.8, 6.13, 10.2–10.7, 11.3; MDO-MS §4 row 3).
 *
 * Grounds of the connection agreement (insolvency, change of law, supervisor's claim, all AGB
 * codes ended) are listed, but their conditions are not among the sources: the verdict is
 * `see-connection-agreement`.
 *
 * @example
 * ```ts
 * mayTerminate(contract, "customer", { ground: "force-majeure", since: date("2026-03-01"), agreedSolution: false }, date("2026-04-01")).value;
 * // { verdict: "allowed", lastDay: "2026-04-01", form: "registered-letter", … }
 * ```
 */
export function mayTerminate(
  contract: Contract,
  party: Party,
  claim: TerminationClaim,
  on: LocalDate,
  options: MayTerminateOptions = {},
): Explained<TerminationDecision> {
  const grounds = options.grounds ?? mdoGrounds;
  const figures = options.figures ?? mdoTerminationFigures;
  const ground = grounds.find((g) => g.id === claim.ground);
  if (ground === undefined) {
    return explained({ ground: claim.ground, verdict: "not-allowed", scope: "whole", consequences: [] }, [
      step({
        rule: "ground-not-in-agreement",
        inputs: { ground: claim.ground },
        citations: [],
        en: `The agreement has no ground '${claim.ground}'.`,
        nl: `De overeenkomst kent geen opzeggrond '${claim.ground}'.`,
      }),
    ]);
  }
  const groundStep = step({
    rule: `ground-${ground.id}`,
    inputs: { ground: ground.id, party, on },
    citations: ground.source,
    en: `${ground.en}.`,
    nl: `${ground.nl}.`,
  });
  const form: NoticeForm | undefined =
    ground.form === "per-duration"
      ? findTerm(contract, on) === undefined
        ? undefined
        : regimesOf(contract)[findTerm(contract, on)!.regime]!.duration.noticeForm.form
      : ground.form === "see-connection-agreement"
        ? undefined
        : ground.form;
  const base = { ground: ground.id, scope: ground.scope, ...(form === undefined ? {} : { form }) };
  const refuse = (en: string, nl: string, citations: ReadonlyArray<Citation> = ground.source) =>
    explained<TerminationDecision>({ ...base, verdict: "not-allowed", consequences: [] }, [
      groundStep,
      step({ rule: "condition-not-met", inputs: { on }, citations, en, nl }),
    ]);
  if (!ground.invokedBy.includes(party)) {
    return refuse(
      `${partyName[party].en[0]!.toUpperCase()}${partyName[party].en.slice(1)} may not invoke this ground.`,
      `${partyName[party].nl[0]!.toUpperCase()}${partyName[party].nl.slice(1)} kan zich niet op deze grond beroepen.`,
    );
  }
  if (findTerm(contract, on) === undefined) {
    return refuse(
      `On ${on} there is no contract in force to terminate.`,
      `Op ${on} is er geen lopende overeenkomst om te beëindigen.`,
      [],
    );
  }
  const immediate = (consequences: TerminationDecision["consequences"], steps: ReadonlyArray<Step> = []) =>
    explained<TerminationDecision>({ ...base, verdict: "allowed", lastDay: on, consequences }, [
      groundStep,
      ...steps,
      step({
        rule: "immediate-effect",
        inputs: { on },
        output: on,
        citations: ground.source,
        en: `With immediate effect, without a notice period: the contract's last day is ${on}, the day the termination is received.`,
        nl: `Met onmiddellijke ingang, zonder opzegtermijn: de laatste dag van de overeenkomst is ${on}, de dag van ontvangst.`,
      }),
    ]);

  switch (claim.ground) {
    case "regular-notice": {
      const r = terminationDate(contract, party, on);
      if (r.value === undefined)
        return refuse(
          `On ${on} the contract has already ended.`,
          `Op ${on} is de overeenkomst al geëindigd.`,
        );
      return explained<TerminationDecision>(
        { ...base, form: r.value.form, verdict: "allowed", lastDay: r.value.endDate, consequences: [] },
        [groundStep, ...r.because],
      );
    }
    case "mutual-consent":
      return claim.bothPartiesAgree
        ? immediate([])
        : refuse("Both parties must agree.", "Beide partijen moeten akkoord zijn.");
    case "undue-advantage":
      return claim.advantageOfferedWithoutWrittenPermission
        ? immediate([])
        : refuse(
            "No advantage was offered or given without prior written permission.",
            "Er is geen voordeel aangeboden of verschaft zonder voorafgaande schriftelijke toestemming.",
          );
    case "business-transfer": {
      if (!(claim.transferredOutsideGroup && claim.goalsChangedSoContinuationCannotBeRequired)) {
        return refuse(
          "Both conditions are needed: a transfer to a third party outside the supplier's group, and goals changed so much that continuing cannot reasonably be required.",
          "Beide voorwaarden zijn nodig: overdracht aan een derde buiten de groep, en zo gewijzigde doelstellingen dat voortzetting redelijkerwijs niet kan worden verlangd.",
        );
      }
      const term = findTerm(contract, on)!;
      const period = regimesOf(contract)[term.regime]!.duration.notice[party];
      const lastDay = periodAfter(on, period).lastDay;
      return explained<TerminationDecision>({ ...base, verdict: "allowed", lastDay, consequences: [] }, [
        groundStep,
        step({
          rule: "notice-period-from-receipt",
          inputs: { on, period: formatLength(period) },
          output: lastDay,
          citations: [...ground.source, ...cites(period.source)],
          en: `The regular notice period (${formatLength(period)}) runs from the day after receipt, not to a term end: the contract's last day is ${lastDay}.`,
          nl: `De reguliere opzegtermijn (${formatLength(period, "nl")}) loopt vanaf de dag na ontvangst, niet tot het einde van een termijn: de laatste dag van de overeenkomst is ${lastDay}.`,
        }),
      ]);
    }
    case "tariff-not-accepted": {
      if (compareDates(on, claim.tariffAppliesFrom) >= 0) {
        return refuse(
          `The tariff already applies from ${claim.tariffAppliesFrom}; a termination 'tegen de datum waarop het tarief van toepassing wordt' must come before that date (this library's reading).`,
          `Het tarief geldt al vanaf ${claim.tariffAppliesFrom}; opzeggen tegen die datum moet vóór die datum (lezing van deze bibliotheek).`,
        );
      }
      const lastDay = addDays(claim.tariffAppliesFrom, -1);
      return explained<TerminationDecision>({ ...base, verdict: "allowed", lastDay, consequences: [] }, [
        groundStep,
        step({
          rule: "as-of-tariff-date",
          inputs: { tariffAppliesFrom: claim.tariffAppliesFrom },
          output: lastDay,
          citations: ground.source,
          en: `The contract ends as of ${claim.tariffAppliesFrom}, when the tariff would apply: its last day is ${lastDay}.`,
          nl: `De overeenkomst eindigt per ${claim.tariffAppliesFrom}, de datum waarop het tarief van toepassing wordt: de laatste dag is ${lastDay}.`,
        }),
      ]);
    }
    case "indexation-increase-not-accepted": {
      if (compareDates(claim.effectiveDate, claim.notificationDate) < 0) {
        return refuse(
          `The effective date (${claim.effectiveDate}) is before the date of the notification (${claim.notificationDate}).`,
          `De ingangsdatum (${claim.effectiveDate}) ligt vóór de dagtekening van de mededeling (${claim.notificationDate}).`,
        );
      }
      const t = tariffNotice(
        claim.notificationDate,
        claim.effectiveDate,
        claim.change,
        figures.tariffIndexation,
      );
      const v = t.value;
      if (!v.customerMayTerminate || v.letterDeadline === undefined || v.lastDay === undefined) {
        return explained<TerminationDecision>({ ...base, verdict: "not-allowed", consequences: [] }, [
          groundStep,
          ...t.because,
        ]);
      }
      if (compareDates(on, v.letterDeadline) > 0) {
        return explained<TerminationDecision>({ ...base, verdict: "not-allowed", consequences: [] }, [
          groundStep,
          ...t.because,
          step({
            rule: "termination-letter-late",
            inputs: { on, letterDeadline: v.letterDeadline },
            citations: cites(figures.tariffIndexation.source),
            en: `The registered letter received on ${on} is after ${v.letterDeadline}: too late.`,
            nl: `De aangetekende brief ontvangen op ${on} is na ${v.letterDeadline}: te laat.`,
          }),
        ]);
      }
      return explained<TerminationDecision>(
        { ...base, verdict: "allowed", lastDay: v.lastDay, consequences: [] },
        [groundStep, ...t.because],
      );
    }
    case "non-payment": {
      if (!claim.tariffCharged) {
        return refuse(
          "10.7 applies only while the supplier charges a tariff (paid service).",
          "Artikel 10.7 geldt alleen als de leverancier een tarief in rekening brengt.",
        );
      }
      if (!claim.unpaidAfterReasonableTerm) {
        return refuse(
          "The customer must have been given a reasonable term to pay, and not have paid.",
          "De klant moet een redelijke termijn gegund zijn en niet betaald hebben.",
        );
      }
      return explained<TerminationDecision>({ ...base, verdict: "allowed", consequences: [] }, [
        groundStep,
        step({
          rule: "effective-date-not-stated",
          inputs: { on },
          citations: ground.source,
          en: "10.7 allows termination but states neither a notice period nor an effective date; this library does not compute one.",
          nl: "Artikel 10.7 staat opzegging toe maar noemt geen opzegtermijn of ingangsdatum; deze bibliotheek berekent die niet.",
        }),
      ]);
    }
    case "dissolution-non-payment": {
      const minimum = figures.dissolution.minimumWrittenDemands;
      if (!claim.stillUnpaid) return refuse("The customer has paid.", "De klant heeft betaald.");
      if (claim.writtenDemands < minimum) {
        return refuse(
          `Repeated written demands are required (at least ${minimum}); there were ${claim.writtenDemands}.`,
          `Herhaaldelijke schriftelijke aanmaning is vereist (ten minste ${minimum}); er waren er ${claim.writtenDemands}.`,
          [...ground.source, ...cites(figures.dissolution.source)],
        );
      }
      if (claim.customerHasSuspensionRight) {
        return refuse("The customer has a right of suspension.", "De klant komt een opschortingsrecht toe.");
      }
      return immediate(
        ["all-claims-due-at-once"],
        [
          step({
            rule: "all-claims-due",
            inputs: {},
            citations: ground.source,
            en: "All claims become due and payable at once.",
            nl: "Alle vorderingen worden onmiddellijk volledig opeisbaar.",
          }),
        ],
      );
    }
    case "force-majeure": {
      const from = forceMajeureTerminationFrom(claim.since, figures.forceMajeure);
      if (claim.agreedSolution) {
        return refuse(
          "The parties agreed on a suitable solution.",
          "Partijen zijn een passende oplossing overeengekomen.",
        );
      }
      if (compareDates(on, from.value) < 0) {
        return explained<TerminationDecision>({ ...base, verdict: "not-allowed", consequences: [] }, [
          groundStep,
          ...from.because,
          step({
            rule: "force-majeure-too-short",
            inputs: { on, from: from.value },
            citations: cites(figures.forceMajeure.source),
            en: `On ${on} the force majeure has not yet lasted long enough; termination is possible from ${from.value}.`,
            nl: `Op ${on} duurt de overmacht nog niet lang genoeg; beëindigen kan vanaf ${from.value}.`,
          }),
        ]);
      }
      if (claim.endedOn !== undefined && compareDates(on, claim.endedOn) > 0) {
        return explained<TerminationDecision>({ ...base, verdict: "not-allowed", consequences: [] }, [
          groundStep,
          ...from.because,
          step({
            rule: "force-majeure-ended",
            inputs: { on, endedOn: claim.endedOn, from: from.value },
            citations: [
              ...ground.source.map((c) => ({
                ...c,
                note: "'indien de overmachtssituatie langer dan dertig kalenderdagen duurt': only while it lasts (this library's reading)",
              })),
            ],
            en:
              compareDates(claim.endedOn, from.value) < 0
                ? `The force majeure ended on ${claim.endedOn}, before it had lasted long enough (from ${from.value}): no termination right.`
                : `The force majeure ended on ${claim.endedOn}; the right to terminate exists only while it lasts.`,
            nl:
              compareDates(claim.endedOn, from.value) < 0
                ? `De overmacht eindigde op ${claim.endedOn}, voordat die lang genoeg duurde (vanaf ${from.value}): geen recht op beëindiging.`
                : `De overmacht eindigde op ${claim.endedOn}; het recht op beëindiging bestaat alleen zolang die duurt.`,
          }),
        ]);
      }
      return immediate(
        ["no-damages-for-terminating-party"],
        [
          ...from.because,
          step({
            rule: "no-damages",
            inputs: {},
            citations: ground.source,
            en: "The terminating party has no right to damages.",
            nl: "De beëindigende partij heeft geen recht op schadevergoeding.",
          }),
        ],
      );
    }
    case "insolvency":
    case "change-of-law":
    case "supervisor-claim":
    case "all-agb-codes-ended":
      return explained<TerminationDecision>(
        { ...base, verdict: "see-connection-agreement", consequences: [] },
        [
          groundStep,
          step({
            rule: "connection-agreement-ground",
            inputs: { ground: ground.id },
            citations: ground.source,
            en: "The conditions of this ground are in the connection agreement (Aansluitovereenkomst art. 1.4), which is not among the sources.",
            nl: "De voorwaarden van deze grond staan in de aansluitovereenkomst (art. 1.4), die niet tot de bronnen behoort.",
          }),
        ],
      );
  }
}
