/**
 * Notice (opzegging): the last day on which a party's notice must be received to end the
 * contract at the end of a term, and the date a notice received on a given day takes effect.
 *
 * The notice-period rule (this library's reading, see the guide): the day of receipt does not
 * count, and the period ends on the corresponding day — for months and years the day with the
 * receipt's day number in the target month, or that month's last day when it lacks one (HR
 * 1 September 2017, ECLI:NL:HR:2017:2225). A notice received on day `d` with period `P` can end a
 * term whose last day is `E` iff that corresponding day is on or before `E`.
 *
 * A notice received before a switch to a new duration is judged by the duration in force when it
 * was received: it keeps the end date that duration gives it, even when that date falls after the
 * switch (for the parties the switch's `cutShortTermEndableBy` names; absent: both). The others'
 * notices reach a term of the new duration at the earliest (MDO: the supplier, MDO-BV 6.3).
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
  tryAddLength,
  tryCorrespondingDate,
  type Verdict,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { Contract, type NoticeForm, type NoticePeriod, Party } from "./contract.js";
import {
  contractAsOf,
  explainTerm,
  findTerm,
  nextTerm,
  regimeIndexAt,
  regimesOf,
  type Term,
} from "./terms.js";

const partyName = {
  customer: { en: "the customer", nl: "de klant" },
  supplier: { en: "the supplier", nl: "de leverancier" },
};

/** The rule's citation note, shared by every notice step. @internal */
export const noticeRuleNote =
  "day of receipt does not count; the period ends on the corresponding day (HR 2017:2225), which must be on or before the term end (this library's reading)";

/**
 * Whether a notice received on `receivedOn` with notice period `period` can end a term whose last
 * day is `termEnd`: the period, counted from the day after receipt, ends on the corresponding day
 * (HR 2017:2225) on or before `termEnd`. `false` when the period would run past the year 9999.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { noticeIsInTime } from "@zorgkit/contract-terms";
 * noticeIsInTime(date("2026-10-31"), { months: 2 }, date("2026-12-31")); // => true
 * noticeIsInTime(date("2026-11-01"), { months: 2 }, date("2026-12-31")); // => false
 * noticeIsInTime(date("2027-04-30"), { months: 1 }, date("2027-05-30")); // => true
 * ```
 */
export function noticeIsInTime(receivedOn: LocalDate, period: NoticePeriod, termEnd: LocalDate): boolean {
  const end = tryCorrespondingDate(receivedOn, period);
  return end !== undefined && compareDates(end, termEnd) <= 0;
}

/**
 * The last day on which a notice with period `period` can be received to end a term whose last
 * day is `termEnd` (the largest `d` with {@link noticeIsInTime}); `undefined` when that day would
 * be before the year 0001.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { lastNoticeDay } from "@zorgkit/contract-terms";
 * lastNoticeDay(date("2026-12-31"), { months: 24 }); // => "2024-12-31"
 * lastNoticeDay(date("2027-02-28"), { months: 1 }); // => "2027-01-31"
 * lastNoticeDay(date("2028-08-31"), { months: 6 }); // => "2028-02-29"
 * ```
 */
export function lastNoticeDay(termEnd: LocalDate, period: NoticePeriod): LocalDate | undefined {
  const months = (period.years ?? 0) * 12 + (period.months ?? 0);
  const days = (period.weeks ?? 0) * 7 + (period.days ?? 0);
  // Undo the period, then step to the exact boundary: noticeIsInTime is monotone in the day.
  let d = tryAddLength(termEnd, { months: -months, days: -days }) ?? ("0001-01-01" as LocalDate);
  while (!noticeIsInTime(d, period, termEnd)) {
    const before = tryAddDays(d, -1);
    if (before === undefined) return undefined;
    d = before;
  }
  for (;;) {
    const after = tryAddDays(d, 1);
    if (after === undefined || !noticeIsInTime(after, period, termEnd)) return d;
    d = after;
  }
}

/**
 * The notice period of a party for a term: the one of the duration the term belongs to, with its
 * citations.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { firstTerm, mdoContract, noticePeriodFor } from "@zorgkit/contract-terms";
 * const c = mdoContract({ signedOn: date("2026-03-01") });
 * noticePeriodFor(c, firstTerm(c)!, "supplier").value; // => { "months": 24 }
 * ```
 */
export function noticePeriodFor(
  contract: Contract,
  term: Term,
  party: Party,
): { readonly value: NoticePeriod; readonly citations: ReadonlyArray<Citation> } {
  return regimesOf(contract)[term.regime]!.duration.notice[party];
}

/**
 * The form a regular notice must take for a term, with its citations.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { findTerm, mdoContract, noticeFormFor, switchToPaid } from "@zorgkit/contract-terms";
 * const c = switchToPaid(mdoContract({ signedOn: date("2026-03-01") }), date("2027-01-01"));
 * noticeFormFor(c, findTerm(c, date("2028-01-01"))!).value; // => "written"
 * ```
 */
export function noticeFormFor(
  contract: Contract,
  term: Term,
): { readonly value: NoticeForm; readonly citations: ReadonlyArray<Citation> } {
  return regimesOf(contract)[term.regime]!.duration.noticeForm;
}

function keepsEndDate(contract: Contract, regime: number, party: Party): boolean {
  const s = contract.switches[regime];
  if (s === undefined) return false;
  const rule = s.cutShortTermEndableBy;
  return rule === undefined || rule.parties.includes(party);
}

function switchRuleCitations(contract: Contract, regime: number): ReadonlyArray<Citation> {
  const s = contract.switches[regime];
  return s?.cutShortTermEndableBy?.citations ?? s?.citations ?? [];
}

/**
 * The subject of {@link noticeCanEndTerm}: a contract (which carries its own durations and notice
 * periods, so there is no rulebook argument, ADR 0006 §1), one of its terms and the party.
 */
export interface NoticeTermQuery {
  readonly contract: Contract;
  readonly term: Term;
  readonly party: Party;
}

/**
 * Whether `party`'s regular notice can end the contract on the last day of `term`. Always,
 * except on the last day of a term cut short by a switch: no regular notice ends the contract
 * there — a notice received before the switch keeps the end date the replaced duration gives it
 * (for the parties the switch names; absent: both), the others' notices reach a term of the new
 * duration (MDO: the supplier, MDO-BV 6.3). Leaving on that day is a ground of its own (MDO-BV 6.5).
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { findTerm, mdoContract, noticeCanEndTerm, switchToPaid } from "@zorgkit/contract-terms";
 * const c = switchToPaid(mdoContract({ signedOn: date("2025-09-01") }), date("2028-07-01"));
 * noticeCanEndTerm({ contract: c, term: findTerm(c, date("2028-06-30"))!, party: "supplier" }).value; // => "refused"
 * noticeCanEndTerm({ contract: c, term: findTerm(c, date("2027-06-30"))!, party: "supplier" }).value; // => "allowed"
 * ```
 */
export function noticeCanEndTerm(query: NoticeTermQuery): Verdict<undefined> {
  const { contract, term, party } = query;
  if (!term.cutShortBySwitch) {
    const s = step({
      rule: "term-end-endable-by-notice",
      inputs: { party, termEnd: term.end },
      citations: noticePeriodFor(contract, term, party).citations,
      en: `A regular notice by ${partyName[party].en} can end the contract on ${term.end}, the end of the term.`,
      nl: `Een reguliere opzegging door ${partyName[party].nl} kan de overeenkomst beëindigen per ${term.end}, het einde van de termijn.`,
    });
    return allowed({ reasons: [s] });
  }
  const s = cutShortStep(contract, term, party);
  return refused({ reasons: [s] });
}

function cutShortStep(contract: Contract, term: Term, party: Party): Step {
  const on = contract.switches[term.regime]?.on ?? null;
  const keeps = keepsEndDate(contract, term.regime, party);
  return step({
    rule: "notice-cannot-end-cut-short-term",
    inputs: { party, termEnd: term.end, switchOn: on, keepsEndDate: keeps },
    citations: switchRuleCitations(contract, term.regime),
    en: keeps
      ? `The switch on ${on} cuts the term short on ${term.end}, but a regular notice does not end the contract on that day: one received before the switch keeps the end date the ${term.durationName} duration gives it.`
      : `The switch on ${on} cuts the term short on ${term.end}, but ${partyName[party].en}'s regular notice cannot end the contract on that day; a term of the new duration counts.`,
    nl: keeps
      ? `Door de wijziging per ${on} eindigt de termijn op ${term.end}, maar een reguliere opzegging beëindigt de overeenkomst niet op die dag: een opzegging ontvangen vóór de wijziging behoudt de einddatum die de looptijd '${term.durationName}' haar geeft.`
      : `Door de wijziging per ${on} eindigt de termijn op ${term.end}, maar een reguliere opzegging door ${partyName[party].nl} kan de overeenkomst niet op die dag beëindigen; een termijn van de nieuwe looptijd telt.`,
  });
}

function noticePeriodStep(contract: Contract, term: Term, party: Party): Step {
  const p = noticePeriodFor(contract, term, party);
  return step({
    rule: "notice-period",
    inputs: { party, duration: term.durationName, period: formatLength(p.value) },
    citations: p.citations,
    en: `Under the ${term.durationName} duration ${partyName[party].en} gives ${formatLength(p.value)}' notice.`,
    nl: `Onder de looptijd '${term.durationName}' geldt voor ${partyName[party].nl} een opzegtermijn van ${formatLength(p.value, "nl")}.`,
  });
}

const withNote = (cs: ReadonlyArray<Citation>): ReadonlyArray<Citation> =>
  cs.map((c) => ({ ...c, note: noticeRuleNote }));

function deadlineStep(term: Term, period: NoticeDeadline["noticePeriod"], deadline: LocalDate): Step {
  return step({
    rule: "notice-deadline",
    inputs: { termEnd: term.end, period: formatLength(period.value) },
    output: deadline,
    citations: withNote(period.citations),
    en: `The day of receipt does not count: to end the term on ${term.end} a notice of ${formatLength(period.value)} must be received on or before ${deadline}.`,
    nl: `De dag van ontvangst telt niet mee: om de termijn op ${term.end} te beëindigen moet een opzegging met een termijn van ${formatLength(period.value, "nl")} uiterlijk op ${deadline} zijn ontvangen.`,
  });
}

function keptStep(contract: Contract, regime: number, party: Party, endDate: LocalDate): Step {
  const on = contract.switches[regime]?.on ?? null;
  return step({
    rule: "notice-before-switch-keeps-end-date",
    inputs: { party, switchOn: on, endDate },
    output: endDate,
    citations: switchRuleCitations(contract, regime),
    en: `A notice by ${partyName[party].en} received before the switch on ${on} keeps the end date the duration then in force gives it: ${endDate}. Leaving as of the switch is a ground of its own.`,
    nl: `Een opzegging door ${partyName[party].nl} ontvangen vóór de wijziging per ${on} behoudt de einddatum die de dan geldende looptijd haar geeft: ${endDate}. Opzeggen tegen de datum van de wijziging is een aparte grond.`,
  });
}

function beforeStartStep(contract: Contract, d: LocalDate): Step {
  return step({
    rule: "notice-before-contract",
    inputs: { receivedOn: d, start: contract.start },
    citations: contract.startCitations ?? [],
    en: `A notice received on ${d} is before the contract exists (it starts on ${contract.start}): it has no effect.`,
    nl: `Een opzegging ontvangen op ${d} ligt vóór het ontstaan van de overeenkomst (die begint op ${contract.start}): die heeft geen gevolg.`,
  });
}

/** The last day for a notice, and the term end it reaches. */
export interface NoticeDeadline {
  /** The last day on which the notice must be received (never before the contract starts). */
  readonly deadline: LocalDate;
  /** The last day of the contract if notice is received by `deadline` (the end of `term`). */
  readonly endDate: LocalDate;
  /** The term the notice ends (of the duration in force on the deadline, run on uncut). */
  readonly term: Term;
  /** The party's notice period for that term, with its citations. */
  readonly noticePeriod: { readonly value: NoticePeriod; readonly citations: ReadonlyArray<Citation> };
  /** The form the notice must take. */
  readonly form: NoticeForm;
  /** Set when `endDate` is after a switch that the notice (received before it) outlasts. */
  readonly keptAcrossSwitchOn?: LocalDate;
}

function deadlineWalk(
  contract: Contract,
  party: Party,
  from: LocalDate,
): Explained<NoticeDeadline | undefined> {
  let term = findTerm(contract, from);
  const skipped: Array<Step> = [];
  while (term !== undefined) {
    if (term.cutShortBySwitch) {
      skipped.push(cutShortStep(contract, term, party));
      term = nextTerm(contract, term);
      continue;
    }
    const period = noticePeriodFor(contract, term, party);
    const deadline = lastNoticeDay(term.end, period.value);
    if (
      deadline !== undefined &&
      compareDates(from, deadline) <= 0 &&
      // A deadline in a later duration than `from`'s is judged by that duration's own rule (a
      // notice before its next switch may keep another end): keep it only when it holds.
      (regimeIndexAt(contract, deadline) === regimeIndexAt(contract, from) ||
        terminationDate({ contract, party, receivedOn: deadline }).value?.endDate === term.end)
    ) {
      const form = noticeFormFor(contract, term).value;
      return explained({ deadline, endDate: term.end, term, noticePeriod: period, form }, [
        ...explainTerm(contract, term),
        ...skipped,
        noticePeriodStep(contract, term, party),
        deadlineStep(term, period, deadline),
      ]);
    }
    skipped.push(
      step({
        rule: "notice-deadline-passed",
        inputs: { on: from, termEnd: term.end, deadline: deadline ?? null },
        citations: period.citations,
        en: `On ${from} the last day to end the term on ${term.end}${deadline === undefined ? "" : ` (${deadline})`} has passed; the next term counts.`,
        nl: `Op ${from} is de laatste dag${deadline === undefined ? "" : ` (${deadline})`} om de termijn per ${term.end} te beëindigen verstreken; de volgende termijn telt.`,
      }),
    );
    term = nextTerm(contract, term);
  }
  return explained(undefined, [
    ...skipped,
    step({
      rule: "no-notice-deadline",
      inputs: { on: from },
      citations: [],
      en: "The contract does not renew: no notice can still end a term before it expires by itself.",
      nl: "De overeenkomst wordt niet verlengd: geen opzegging kan nog een termijn beëindigen voordat die vanzelf afloopt.",
    }),
  ]);
}

/**
 * The subject of {@link noticeDeadline}: a contract (which carries its own durations and notice
 * periods, so there is no rulebook argument, ADR 0006 §1) and the party giving notice.
 */
export interface NoticeDeadlineQuery {
  readonly contract: Contract;
  readonly party: Party;
}

/**
 * The last day on which `party`'s notice must be received to end the contract at the end of the
 * current term (the term containing `on`), and that end date. If `on` is past that deadline, the
 * deadline for the next term (and so on). Never a day before the contract starts (a notice before
 * then has no effect). Before a switch, a keeping party's deadline is at most the day before the
 * switch; the end date is the one the duration then in force gives. `undefined` when the contract
 * does not renew and no term can still be ended by notice.
 *
 * Implements the notice periods of the duration (MDO-BV 10.2: customer 2 months, supplier 24
 * months; MDO-BV 10.3: 6 and 12 months) with the notice-period rule of this module.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mdoContract, noticeDeadline } from "@zorgkit/contract-terms";
 * const r = noticeDeadline({ contract: mdoContract({ signedOn: date("2026-03-01") }), party: "customer" }, date("2026-06-01")).value;
 * r?.deadline; // => "2026-10-31"
 * r?.endDate; // => "2026-12-31"
 * ```
 */
export function noticeDeadline(
  query: NoticeDeadlineQuery,
  on: LocalDate,
): Explained<NoticeDeadline | undefined> {
  const { contract, party } = query;
  const from = compareDates(on, contract.start) < 0 ? contract.start : on;
  const regime = regimeIndexAt(contract, from);
  const next = contract.switches[regime];
  if (next !== undefined && keepsEndDate(contract, regime, party)) {
    const view = deadlineWalk(contractAsOf(contract, regime), party, from);
    const r = view.value;
    if (r !== undefined) {
      const kept = compareDates(r.endDate, next.on) >= 0;
      if (compareDates(r.deadline, next.on) < 0) {
        return kept
          ? explained({ ...r, keptAcrossSwitchOn: next.on }, [
              ...view.because,
              keptStep(contract, regime, party, r.endDate),
            ])
          : view;
      }
      // The deadline falls on or after the switch: from the switch on, notices are judged by the
      // new duration. Unless it reaches the same end, the last day is the day before the switch.
      const after = noticeDeadline({ contract, party }, next.on);
      if (after.value !== undefined && after.value.endDate === r.endDate) return after;
      const capped = tryAddDays(next.on, -1)!;
      return explained({ ...r, deadline: capped, keptAcrossSwitchOn: next.on }, [
        ...view.because,
        keptStep(contract, regime, party, r.endDate),
        step({
          rule: "notice-deadline-before-switch",
          inputs: { switchOn: next.on, deadline: capped, endDate: r.endDate },
          output: capped,
          citations: switchRuleCitations(contract, regime),
          en: `From ${next.on} a notice is judged by the new duration: to end the contract on ${r.endDate} it must be received on or before ${capped}.`,
          nl: `Vanaf ${next.on} wordt een opzegging beoordeeld naar de nieuwe looptijd: om de overeenkomst per ${r.endDate} te beëindigen moet die uiterlijk op ${capped} zijn ontvangen.`,
        }),
      ]);
    }
    // Under the duration in force no notice can still end a term (it expires by itself): the
    // next notice that counts is one judged by the new duration, from the switch on.
    const later = noticeDeadline({ contract, party }, next.on);
    return explained(later.value, [...view.because, ...later.because]);
  }
  return deadlineWalk(contract, party, from);
}

/**
 * A regular notice: the contract, the party giving notice and the day it was received (the day
 * belongs to the notice, ADR 0006 §1). Decode with `decodeContractNotice`.
 */
export const ContractNotice = Schema.Struct({ contract: Contract, party: Party, receivedOn: LocalDate });
/** A regular notice. */
export type ContractNotice = typeof ContractNotice.Type;

/** When a regular notice ends the contract. */
export interface NoticeEffect {
  /** Last day of the contract: the end of the first term the notice reaches. */
  readonly endDate: LocalDate;
  /** The term that ends (of the duration in force when the notice was received, run on uncut). */
  readonly term: Term;
  /** The party's notice period for that term, with its citations. */
  readonly noticePeriod: { readonly value: NoticePeriod; readonly citations: ReadonlyArray<Citation> };
  /** The form the notice must take. */
  readonly form: NoticeForm;
  /** `true` when the contract does not renew and expires by itself at `endDate` (no notice needed). */
  readonly expiresWithoutNotice: boolean;
  /** Set when `endDate` is after a switch that the notice (received before it) outlasts. */
  readonly keptAcrossSwitchOn?: LocalDate;
}

function terminationWalk(
  contract: Contract,
  party: Party,
  receivedOn: LocalDate,
): Explained<NoticeEffect | undefined> {
  let term = findTerm(contract, receivedOn);
  const skipped: Array<Step> = [];
  while (term !== undefined) {
    const period = noticePeriodFor(contract, term, party);
    const form = noticeFormFor(contract, term).value;
    const next = nextTerm(contract, term);
    if (term.cutShortBySwitch && next !== undefined) {
      skipped.push(cutShortStep(contract, term, party));
      term = next;
      continue;
    }
    if (noticeIsInTime(receivedOn, period.value, term.end)) {
      const deadline = lastNoticeDay(term.end, period.value) ?? receivedOn;
      return explained({ endDate: term.end, term, noticePeriod: period, form, expiresWithoutNotice: false }, [
        ...explainTerm(contract, term),
        ...skipped,
        noticePeriodStep(contract, term, party),
        step({
          rule: "notice-ends-term",
          inputs: { receivedOn, period: formatLength(period.value), termEnd: term.end, deadline },
          output: term.end,
          citations: withNote(period.citations),
          en: `A notice received on ${receivedOn} (on or before ${deadline}) ends the contract on ${term.end}, the end of the term.`,
          nl: `Een opzegging ontvangen op ${receivedOn} (uiterlijk ${deadline}) beëindigt de overeenkomst per ${term.end}, het einde van de termijn.`,
        }),
      ]);
    }
    if (next === undefined) {
      return explained({ endDate: term.end, term, noticePeriod: period, form, expiresWithoutNotice: true }, [
        ...explainTerm(contract, term),
        ...skipped,
        step({
          rule: "expires-without-renewal",
          inputs: { receivedOn, termEnd: term.end },
          output: term.end,
          citations: [],
          en: `The contract does not renew: it ends on ${term.end} without notice.`,
          nl: `De overeenkomst wordt niet verlengd: die eindigt op ${term.end} zonder opzegging.`,
        }),
      ]);
    }
    skipped.push(
      step({
        rule: "notice-too-late-for-term",
        inputs: { receivedOn, termEnd: term.end, period: formatLength(period.value) },
        citations: withNote(period.citations),
        en: `Received on ${receivedOn}, the notice is too late to end the term on ${term.end}; the contract renews.`,
        nl: `Ontvangen op ${receivedOn} is de opzegging te laat voor de termijn die eindigt op ${term.end}; de overeenkomst wordt verlengd.`,
      }),
    );
    term = next;
  }
  return explained(undefined, [
    step({
      rule: "contract-already-ended",
      inputs: { receivedOn },
      citations: [],
      en: `On ${receivedOn} the contract has already ended.`,
      nl: `Op ${receivedOn} is de overeenkomst al geëindigd.`,
    }),
  ]);
}

/**
 * The date a regular notice by `party`, received on `receivedOn`, ends the contract: the end of
 * the first term whose end is at least one full notice period after receipt (the day of receipt
 * does not count). The notice is judged by the duration in force when it was received: received
 * before a switch, it keeps the end date that duration gives it, also when that date is after the
 * switch (for the parties the switch names; MDO: the customer, MDO-BV 10.2 — leaving as of the
 * tariff date is the separate 6.5 ground); the other parties' notices reach a term of the new
 * duration (MDO: the supplier, 6.3). `undefined` for a notice received before the contract starts
 * (it has no effect) and after a non-renewing contract has ended.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mdoContract, switchToPaid, terminationDate } from "@zorgkit/contract-terms";
 * const c = switchToPaid(mdoContract({ signedOn: date("2026-03-01") }), date("2027-08-31"));
 * terminationDate({ contract: c, party: "customer", receivedOn: date("2026-10-31") }).value?.endDate; // => "2026-12-31"
 * terminationDate({ contract: c, party: "customer", receivedOn: date("2027-06-15") }).value?.endDate; // => "2027-12-31"
 * terminationDate({ contract: c, party: "customer", receivedOn: date("2026-02-01") }).value; // => undefined
 * ```
 */
export function terminationDate(notice: ContractNotice): Explained<NoticeEffect | undefined> {
  const { contract, party, receivedOn } = notice;
  if (compareDates(receivedOn, contract.start) < 0) {
    return explained(undefined, [beforeStartStep(contract, receivedOn)]);
  }
  const regime = regimeIndexAt(contract, receivedOn);
  const next = contract.switches[regime];
  if (next !== undefined && keepsEndDate(contract, regime, party)) {
    const view = terminationWalk(contractAsOf(contract, regime), party, receivedOn);
    const r = view.value;
    if (r?.expiresWithoutNotice === true) {
      // The duration in force would expire by itself, and the notice is too late for it; the
      // switch replaces that duration, so this notice ends nothing.
      return explained(undefined, [
        ...view.because,
        step({
          rule: "notice-before-switch-ends-nothing",
          inputs: { party, receivedOn, switchOn: next.on, expiresOn: r.endDate },
          citations: switchRuleCitations(contract, regime),
          en: `Received on ${receivedOn}, the notice ends no term of the duration then in force (which would expire on ${r.endDate}); the switch on ${next.on} replaces that duration, so the notice has no effect. A notice under the new duration can be given from ${next.on}.`,
          nl: `Ontvangen op ${receivedOn} beëindigt de opzegging geen termijn van de dan geldende looptijd (die op ${r.endDate} zou aflopen); de wijziging per ${next.on} vervangt die looptijd, dus de opzegging heeft geen gevolg. Vanaf ${next.on} kan worden opgezegd onder de nieuwe looptijd.`,
        }),
      ]);
    }
    if (r !== undefined) {
      return compareDates(r.endDate, next.on) >= 0
        ? explained({ ...r, keptAcrossSwitchOn: next.on }, [
            ...view.because,
            keptStep(contract, regime, party, r.endDate),
          ])
        : view;
    }
  }
  return terminationWalk(contract, party, receivedOn);
}
