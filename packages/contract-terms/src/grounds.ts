/**
 * Termination grounds and {@link mayTerminate}: may this party end the contract on this ground
 * with these facts, from when, in which form — a `Verdict` explained with the clauses. The grounds
 * and their figures are data in the agreement (`agreement.grounds`, `agreement.termination`);
 * which facts a claim carries is fixed per ground id, and when the termination takes effect is
 * computed from the ground's `effect`.
 *
 * @module
 */
import {
  allowed,
  type Citation,
  compareDates,
  type Explained,
  explained,
  formatLength,
  LocalDate,
  refused,
  type Step,
  step,
  tryAddDays,
  tryCorrespondingDate,
  undetermined,
  type Verdict,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { Contract, type NoticeForm, Party } from "./contract.js";
import type { Agreement, GroundDefinition, GroundId } from "./figures.js";
import { groundIds } from "./figures.js";
import { terminationDate } from "./notice.js";
import { effectiveNotBeforeNotice, TariffChange, tariffNotice } from "./tariffs.js";
import { findTerm, regimesOf } from "./terms.js";

const common = { contract: Contract, party: Party, receivedOn: LocalDate };

const claimOf = <const G extends GroundId, const F extends Schema.Struct.Fields>(ground: G, facts: F) =>
  Schema.Struct({ ground: Schema.Literal(ground), ...common, ...facts });

/**
 * A termination claim: the contract, the party terminating, the day its termination is received
 * (`receivedOn`), the ground, and the facts the ground depends on (input facts, not judged here).
 * Decode untrusted input with `decodeTerminationClaim`.
 */
export const TerminationClaim = Schema.Union([
  claimOf("regular-notice", {}),
  claimOf("mutual-consent", { bothPartiesAgree: Schema.Boolean }),
  claimOf("undue-advantage", { advantageOfferedWithoutWrittenPermission: Schema.Boolean }),
  claimOf("business-transfer", {
    transferredOutsideGroup: Schema.Boolean,
    goalsChangedSoContinuationCannotBeRequired: Schema.Boolean,
  }),
  claimOf("tariff-not-accepted", { tariffAppliesFrom: LocalDate }),
  claimOf("indexation-increase-not-accepted", {
    notificationDate: LocalDate,
    effectiveDate: LocalDate,
    change: TariffChange,
  }).check(effectiveNotBeforeNotice((c) => c.notificationDate)),
  claimOf("non-payment", { tariffCharged: Schema.Boolean, unpaidAfterReasonableTerm: Schema.Boolean }),
  claimOf("dissolution-non-payment", {
    writtenDemands: Schema.Number.check(
      Schema.makeFilter((n: number) => (Number.isSafeInteger(n) && n >= 0) || "expected a whole number ≥ 0"),
    ),
    stillUnpaid: Schema.Boolean,
    customerHasSuspensionRight: Schema.Boolean,
  }),
  claimOf("ip-claim-no-alternative", {
    /** The product is, or in the supplier's opinion will likely be, the subject of a third party's IP claim. */
    productSubjectOfIpClaim: Schema.Boolean,
    /** In the supplier's opinion none of the alternatives (acquire the right, replace, modify) is commercially feasible. */
    noAlternativeCommerciallyFeasible: Schema.Boolean,
  }),
  claimOf("force-majeure", {
    /** Whose force majeure it is. */
    forceMajeureOf: Party,
    since: LocalDate,
    /** The last day of the force majeure, when it has ended (the right exists while it lasts). */
    endedOn: Schema.optionalKey(LocalDate),
    agreedSolution: Schema.Boolean,
  }).check(
    Schema.makeFilter((c) =>
      c.endedOn === undefined || compareDates(c.endedOn, c.since) >= 0
        ? undefined
        : { path: ["endedOn"], issue: `the force majeure ends (${c.endedOn}) before it starts (${c.since})` },
    ),
  ),
  claimOf("insolvency", {}),
  claimOf("change-of-law", {}),
  claimOf("supervisor-claim", {}),
  claimOf("all-agb-codes-ended", {}),
]).annotate({
  message: `Expected a termination claim: { ground: ${groundIds.map((g) => `"${g}"`).join(" | ")}, contract, party, receivedOn, …facts }`,
});
/** A termination claim: the ground and its facts. */
export type TerminationClaim = typeof TerminationClaim.Type;

/** Consequences a clause attaches to a termination. */
export type TerminationConsequence = "all-claims-due-at-once" | "no-damages-for-terminating-party";

/** The details of a {@link mayTerminate} verdict. */
export interface TerminationDetails {
  readonly ground: GroundId;
  /**
   * Last day of the contract (inclusive) when allowed and the agreement fixes it. Immediate
   * grounds: the day the termination is received. Absent when the source states no date.
   */
  readonly lastDay?: LocalDate;
  readonly form?: NoticeForm;
  readonly scope: "whole" | "whole-or-part";
  /** Consequences the clause attaches (all claims due at once, no damages for the terminating party). */
  readonly consequences: ReadonlyArray<TerminationConsequence>;
}

const partyName = {
  customer: { en: "the customer", nl: "de klant" },
  supplier: { en: "the supplier", nl: "de leverancier" },
};
const capital = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

/**
 * The day from which force majeure that started on `start` has lasted longer than the agreement's
 * figure (MDO: 30 calendar days, counted from the day after the start, so termination is possible
 * from `start + 31 days`).
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { forceMajeureTerminationFrom, mdo2025 } from "@zorgkit/contract-terms";
 * forceMajeureTerminationFrom(date("2026-03-01"), mdo2025).value; // => "2026-04-01"
 * ```
 */
export function forceMajeureTerminationFrom(
  start: LocalDate,
  agreement: Pick<Agreement, "termination">,
): Explained<LocalDate | undefined> {
  const longer = agreement.termination.forceMajeure.longerThan;
  const last = tryCorrespondingDate(start, longer.value);
  const from = last === undefined ? undefined : tryAddDays(last, 1);
  return explained(from, [
    step({
      rule: "force-majeure-duration",
      inputs: { start, longerThan: formatLength(longer.value) },
      output: from ?? null,
      citations: longer.citations,
      en: `Force majeure that started on ${start} has lasted longer than ${formatLength(longer.value)} (counted from the next day) from ${from ?? "after the year 9999"}.`,
      nl: `Overmacht die op ${start} begon, duurt vanaf ${from ?? "na het jaar 9999"} langer dan ${formatLength(longer.value, "nl")} (geteld vanaf de volgende dag).`,
    }),
  ]);
}

function groundStep(ground: GroundDefinition, claim: TerminationClaim): Step {
  return step({
    rule: `ground-${ground.id}`,
    inputs: { ground: ground.id, party: claim.party, receivedOn: claim.receivedOn },
    citations: ground.citations,
    en: `${ground.en}.`,
    nl: `${ground.nl}.`,
  });
}

type Check =
  | {
      readonly ok: true;
      readonly steps: ReadonlyArray<Step>;
      readonly consequences?: ReadonlyArray<TerminationConsequence>;
    }
  | {
      readonly ok: false;
      readonly steps: ReadonlyArray<Step>;
      readonly reason: Step;
      readonly lastDay?: undefined;
    };

const condition = (
  claim: TerminationClaim,
  citations: ReadonlyArray<Citation>,
  en: string,
  nl: string,
): Check => {
  const reason = step({
    rule: "condition-not-met",
    inputs: { receivedOn: claim.receivedOn },
    citations,
    en,
    nl,
  });
  return { ok: false, steps: [reason], reason };
};

/** The conditions of each ground, on the claim's facts and the agreement's figures. */
function conditions(
  claim: TerminationClaim,
  ground: GroundDefinition,
  agreement: Pick<Agreement, "termination" | "tariffNotice">,
): Check {
  const cs = ground.citations;
  switch (claim.ground) {
    case "regular-notice":
    case "insolvency":
    case "change-of-law":
    case "supervisor-claim":
    case "all-agb-codes-ended":
      return { ok: true, steps: [] };
    case "mutual-consent":
      return claim.bothPartiesAgree
        ? { ok: true, steps: [] }
        : condition(claim, cs, "Both parties must agree.", "Beide partijen moeten akkoord zijn.");
    case "undue-advantage":
      return claim.advantageOfferedWithoutWrittenPermission
        ? { ok: true, steps: [] }
        : condition(
            claim,
            cs,
            "No advantage was offered or given without prior written permission.",
            "Er is geen voordeel aangeboden of verschaft zonder voorafgaande schriftelijke toestemming.",
          );
    case "business-transfer":
      return claim.transferredOutsideGroup && claim.goalsChangedSoContinuationCannotBeRequired
        ? { ok: true, steps: [] }
        : condition(
            claim,
            cs,
            "Both conditions are needed: a transfer to a third party outside the supplier's group, and goals changed so much that continuing cannot reasonably be required.",
            "Beide voorwaarden zijn nodig: overdracht aan een derde buiten de groep, en zo gewijzigde doelstellingen dat voortzetting redelijkerwijs niet kan worden verlangd.",
          );
    case "tariff-not-accepted":
      return compareDates(claim.receivedOn, claim.tariffAppliesFrom) < 0
        ? { ok: true, steps: [] }
        : condition(
            claim,
            cs,
            `The tariff already applies from ${claim.tariffAppliesFrom}; a termination 'tegen de datum waarop het tarief van toepassing wordt' must be received before that date (this library's reading).`,
            `Het tarief geldt al vanaf ${claim.tariffAppliesFrom}; opzeggen tegen die datum moet vóór die datum zijn ontvangen (lezing van deze bibliotheek).`,
          );
    case "indexation-increase-not-accepted": {
      if (compareDates(claim.effectiveDate, claim.notificationDate) < 0) {
        return condition(
          claim,
          cs,
          `The effective date (${claim.effectiveDate}) is before the date of the notification (${claim.notificationDate}).`,
          `De ingangsdatum (${claim.effectiveDate}) ligt vóór de dagtekening van de mededeling (${claim.notificationDate}).`,
        );
      }
      const t = tariffNotice(
        { noticeDate: claim.notificationDate, effectiveDate: claim.effectiveDate, change: claim.change },
        agreement,
      );
      const v = t.value;
      if (!v.customerMayTerminate || v.letterDeadline === undefined) {
        const reason = t.because.at(-1)!;
        return { ok: false, steps: t.because, reason };
      }
      if (compareDates(claim.receivedOn, v.letterDeadline) > 0) {
        const reason = step({
          rule: "termination-letter-late",
          inputs: { receivedOn: claim.receivedOn, letterDeadline: v.letterDeadline },
          citations: agreement.tariffNotice.terminationWindow.citations,
          en: `The registered letter received on ${claim.receivedOn} is after ${v.letterDeadline}: too late.`,
          nl: `De aangetekende brief ontvangen op ${claim.receivedOn} is na ${v.letterDeadline}: te laat.`,
        });
        return { ok: false, steps: [...t.because, reason], reason };
      }
      return { ok: true, steps: t.because };
    }
    case "non-payment":
      if (!claim.tariffCharged) {
        return condition(
          claim,
          cs,
          "This ground applies only while the supplier charges a tariff (a paid service).",
          "Deze grond geldt alleen zolang de leverancier een tarief in rekening brengt (betaalde dienst).",
        );
      }
      return claim.unpaidAfterReasonableTerm
        ? { ok: true, steps: [] }
        : condition(
            claim,
            cs,
            "The customer must have been given a reasonable term to pay, and not have paid.",
            "De klant moet een redelijke termijn gegund zijn en niet betaald hebben.",
          );
    case "dissolution-non-payment": {
      const minimum = agreement.termination.dissolutionMinimumWrittenDemands;
      if (!claim.stillUnpaid)
        return condition(claim, cs, "The customer has paid.", "De klant heeft betaald.");
      if (claim.writtenDemands < minimum.value) {
        return condition(
          claim,
          [...cs, ...minimum.citations],
          `Repeated written demands are required (at least ${minimum.value}); there were ${claim.writtenDemands}.`,
          `Herhaaldelijke schriftelijke aanmaning is vereist (ten minste ${minimum.value}); er waren er ${claim.writtenDemands}.`,
        );
      }
      if (claim.customerHasSuspensionRight) {
        return condition(
          claim,
          cs,
          "The customer has a right of suspension.",
          "De klant komt een opschortingsrecht toe.",
        );
      }
      return {
        ok: true,
        consequences: ["all-claims-due-at-once"],
        steps: [
          step({
            rule: "all-claims-due",
            inputs: {},
            citations: cs,
            en: "All claims become due and payable at once.",
            nl: "Alle vorderingen worden onmiddellijk volledig opeisbaar.",
          }),
        ],
      };
    }
    case "ip-claim-no-alternative":
      if (!claim.productSubjectOfIpClaim) {
        return condition(
          claim,
          cs,
          "The product is not (and is not likely to become) the subject of a third party's IP claim.",
          "Het Product is geen (en wordt waarschijnlijk geen) onderwerp van een inbreukclaim van een derde.",
        );
      }
      return claim.noAlternativeCommerciallyFeasible
        ? { ok: true, steps: [] }
        : condition(
            claim,
            cs,
            "An alternative (acquiring the right, replacing or modifying the product) is commercially feasible: the supplier must choose it.",
            "Een alternatief (het recht verwerven, het Product vervangen of aanpassen) is commercieel haalbaar: de leverancier moet daarvoor kiezen.",
          );
    case "force-majeure": {
      const fm = agreement.termination.forceMajeure;
      if (!fm.of.value.includes(claim.forceMajeureOf)) {
        return condition(
          claim,
          [...fm.of.citations, ...cs],
          `Only force majeure of ${fm.of.value.map((p) => partyName[p].en).join(" or ")} counts; this is ${partyName[claim.forceMajeureOf].en}'s.`,
          `Alleen overmacht van ${fm.of.value.map((p) => partyName[p].nl).join(" of ")} telt; deze is van ${partyName[claim.forceMajeureOf].nl}.`,
        );
      }
      if (claim.agreedSolution) {
        return condition(
          claim,
          cs,
          "The parties agreed on a suitable solution.",
          "Partijen zijn een passende oplossing overeengekomen.",
        );
      }
      const from = forceMajeureTerminationFrom(claim.since, agreement);
      if (from.value === undefined || compareDates(claim.receivedOn, from.value) < 0) {
        const reason = step({
          rule: "force-majeure-too-short",
          inputs: { receivedOn: claim.receivedOn, from: from.value ?? null },
          citations: fm.longerThan.citations,
          en: `On ${claim.receivedOn} the force majeure has not yet lasted long enough; termination is possible from ${from.value ?? "—"}.`,
          nl: `Op ${claim.receivedOn} duurt de overmacht nog niet lang genoeg; beëindigen kan vanaf ${from.value ?? "—"}.`,
        });
        return { ok: false, steps: [...from.because, reason], reason };
      }
      if (claim.endedOn !== undefined && compareDates(claim.receivedOn, claim.endedOn) > 0) {
        const reason = step({
          rule: "force-majeure-ended",
          inputs: { receivedOn: claim.receivedOn, endedOn: claim.endedOn, from: from.value },
          citations: cs.map((c) => ({
            ...c,
            note: "'indien de overmachtssituatie … duurt': only while it lasts (this library's reading)",
          })),
          en:
            compareDates(claim.endedOn, from.value) < 0
              ? `The force majeure ended on ${claim.endedOn}, before it had lasted long enough (from ${from.value}): no termination right.`
              : `The force majeure ended on ${claim.endedOn}; the right to terminate exists only while it lasts.`,
          nl:
            compareDates(claim.endedOn, from.value) < 0
              ? `De overmacht eindigde op ${claim.endedOn}, voordat die lang genoeg duurde (vanaf ${from.value}): geen recht op beëindiging.`
              : `De overmacht eindigde op ${claim.endedOn}; het recht op beëindiging bestaat alleen zolang die duurt.`,
        });
        return { ok: false, steps: [...from.because, reason], reason };
      }
      return {
        ok: true,
        consequences: ["no-damages-for-terminating-party"],
        steps: [
          ...from.because,
          step({
            rule: "no-damages",
            inputs: {},
            citations: cs,
            en: "The terminating party has no right to damages.",
            nl: "De beëindigende partij heeft geen recht op schadevergoeding.",
          }),
        ],
      };
    }
  }
}

function tariffDateOf(claim: TerminationClaim): LocalDate | undefined {
  if (claim.ground === "tariff-not-accepted") return claim.tariffAppliesFrom;
  if (claim.ground === "indexation-increase-not-accepted") return claim.effectiveDate;
  return undefined;
}

/**
 * May the claim's party terminate the contract on the claim's ground, by a termination received
 * on `claim.receivedOn`? Returns core's `Verdict`: `allowed` with the contract's last day (when the
 * agreement fixes one), the required form, whether it may be partial and the consequences;
 * `refused` with the condition that failed; `undetermined` when the ground's conditions are in a
 * document that is not among the sources (MDO: the connection-agreement grounds of MDO-MS §4
 * row 3). The grounds are a closed list (MDO-BV 10.1): a ground the agreement does not have is
 * refused. A termination received before the contract starts, or after it ended, is refused.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mayTerminate, mdo2025, mdoContract } from "@zorgkit/contract-terms";
 * const contract = mdoContract({ signedOn: date("2026-03-01") });
 * const v = mayTerminate(
 *   { ground: "force-majeure", contract, party: "customer", receivedOn: date("2026-04-01"),
 *     forceMajeureOf: "supplier", since: date("2026-03-01"), agreedSolution: false },
 *   mdo2025,
 * );
 * v.value; // => "allowed"
 * v.details.lastDay; // => "2026-04-01"
 * ```
 */
export function mayTerminate(
  claim: TerminationClaim,
  agreement: Pick<Agreement, "grounds" | "termination" | "tariffNotice">,
): Verdict<TerminationDetails> {
  const { contract, party, receivedOn } = claim;
  const ground = agreement.grounds.find((g) => g.id === claim.ground);
  if (ground === undefined) {
    const reason = step({
      rule: "ground-not-in-agreement",
      inputs: { ground: claim.ground },
      citations: agreement.termination.closedList.citations,
      en: `The agreement can be ended only as it describes, and it has no ground '${claim.ground}'.`,
      nl: `De overeenkomst kan alleen worden beëindigd zoals zij omschrijft, en zij kent geen grond '${claim.ground}'.`,
    });
    return refused({
      details: { ground: claim.ground, scope: "whole", consequences: [] },
      reasons: [reason],
    });
  }
  const gs = groundStep(ground, claim);
  const term = findTerm(contract, receivedOn);
  const form: NoticeForm | undefined =
    ground.form === "per-duration"
      ? term === undefined
        ? undefined
        : regimesOf(contract)[term.regime]!.duration.noticeForm.value
      : ground.form === "see-connection-agreement"
        ? undefined
        : ground.form;
  const base = { ground: ground.id, scope: ground.scope, ...(form === undefined ? {} : { form }) };
  const refuse = (reason: Step, steps: ReadonlyArray<Step> = [reason]) =>
    refused<TerminationDetails>({
      details: { ...base, consequences: [] },
      because: [gs, ...steps],
      reasons: [reason],
    });

  if (!ground.invokedBy.includes(party)) {
    return refuse(
      step({
        rule: "party-may-not-invoke",
        inputs: { party, ground: ground.id },
        citations: ground.citations,
        en: `${capital(partyName[party].en)} may not invoke this ground.`,
        nl: `${capital(partyName[party].nl)} kan zich niet op deze grond beroepen.`,
      }),
    );
  }
  if (compareDates(receivedOn, contract.start) < 0) {
    return refuse(
      step({
        rule: "termination-before-contract",
        inputs: { receivedOn, start: contract.start },
        citations: contract.startCitations ?? [],
        en: `A termination received on ${receivedOn} is before the contract exists (it starts on ${contract.start}).`,
        nl: `Een beëindiging ontvangen op ${receivedOn} ligt vóór het ontstaan van de overeenkomst (die begint op ${contract.start}).`,
      }),
    );
  }
  if (term === undefined) {
    return refuse(
      step({
        rule: "no-contract-in-force",
        inputs: { receivedOn },
        citations: [],
        en: `On ${receivedOn} the contract has already ended: there is nothing to terminate.`,
        nl: `Op ${receivedOn} is de overeenkomst al geëindigd: er is niets te beëindigen.`,
      }),
    );
  }
  const check = conditions(claim, ground, agreement);
  if (!check.ok) return refuse(check.reason, check.steps);
  const consequences = check.ok ? (check.consequences ?? []) : [];
  const allow = (lastDay: LocalDate | undefined, effect: Step, extra: Partial<TerminationDetails> = {}) =>
    allowed<TerminationDetails>({
      details: { ...base, ...extra, ...(lastDay === undefined ? {} : { lastDay }), consequences },
      because: [gs, ...check.steps, effect],
      reasons: [effect],
    });

  switch (ground.effect) {
    case "see-connection-agreement": {
      const reason = step({
        rule: "ground-conditions-not-in-sources",
        inputs: { ground: ground.id },
        citations: ground.citations,
        en: "The conditions and effect of this ground are in a document that is not among the sources; the facts given do not settle it.",
        nl: "De voorwaarden en het gevolg van deze grond staan in een document dat niet tot de bronnen behoort; de gegeven feiten beslissen het niet.",
      });
      return undetermined<TerminationDetails>({
        details: { ...base, consequences: [] },
        because: [gs, reason],
        reasons: [reason],
      });
    }
    case "end-of-term": {
      const r = terminationDate({ contract, party, receivedOn });
      if (r.value === undefined) {
        return refuse(r.because.at(-1)!, r.because);
      }
      const effect = r.because.at(-1)!;
      return allowed<TerminationDetails>({
        details: { ...base, form: r.value.form, lastDay: r.value.endDate, consequences },
        because: [gs, ...check.steps, ...r.because],
        reasons: [effect],
      });
    }
    case "notice-period-from-receipt": {
      const period = regimesOf(contract)[term.regime]!.duration.notice[party];
      const lastDay = tryCorrespondingDate(receivedOn, period.value);
      const effect = step({
        rule: "notice-period-from-receipt",
        inputs: { receivedOn, period: formatLength(period.value) },
        output: lastDay ?? null,
        citations: [...ground.citations, ...period.citations],
        en: `The regular notice period (${formatLength(period.value)}) runs from the day after receipt, not to a term end: the contract's last day is ${lastDay ?? "after the year 9999"}.`,
        nl: `De reguliere opzegtermijn (${formatLength(period.value, "nl")}) loopt vanaf de dag na ontvangst, niet tot het einde van een termijn: de laatste dag van de overeenkomst is ${lastDay ?? "na het jaar 9999"}.`,
      });
      return allow(lastDay, effect);
    }
    case "immediate":
      return allow(
        receivedOn,
        step({
          rule: "immediate-effect",
          inputs: { receivedOn },
          output: receivedOn,
          citations: ground.citations,
          en: `With immediate effect, without a notice period: the contract's last day is ${receivedOn}, the day the termination is received.`,
          nl: `Met onmiddellijke ingang, zonder opzegtermijn: de laatste dag van de overeenkomst is ${receivedOn}, de dag van ontvangst.`,
        }),
      );
    case "as-of-tariff-date": {
      const tariffDate = tariffDateOf(claim);
      if (tariffDate === undefined) {
        const reason = step({
          rule: "no-tariff-date",
          inputs: { ground: ground.id },
          citations: ground.citations,
          en: "This ground takes effect as of a tariff date, but the claim names none.",
          nl: "Deze grond werkt per de datum van een tarief, maar de claim noemt die niet.",
        });
        return undetermined<TerminationDetails>({
          details: { ...base, consequences: [] },
          because: [gs, reason],
          reasons: [reason],
        });
      }
      const lastDay = tryAddDays(tariffDate, -1);
      return allow(
        lastDay,
        step({
          rule: "as-of-tariff-date",
          inputs: { tariffAppliesFrom: tariffDate },
          output: lastDay ?? null,
          citations: ground.citations,
          en: `The contract ends as of ${tariffDate}, when the tariff would apply: its last day is ${lastDay ?? "—"}.`,
          nl: `De overeenkomst eindigt per ${tariffDate}, de datum waarop het tarief van toepassing wordt: de laatste dag is ${lastDay ?? "—"}.`,
        }),
      );
    }
    case "not-stated":
      return allow(
        undefined,
        step({
          rule: "effective-date-not-stated",
          inputs: { receivedOn },
          citations: ground.citations,
          en: "The clause allows termination but states neither a notice period nor an effective date; this library does not compute one.",
          nl: "De bepaling staat beëindiging toe maar noemt geen opzegtermijn of ingangsdatum; deze bibliotheek berekent die niet.",
        }),
      );
  }
}
