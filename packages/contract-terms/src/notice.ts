/**
 * Notice (opzegging): the last day on which a party's notice must be received to end the
 * contract at the end of a term, and the date a notice received on a given day takes effect.
 *
 * The notice-period rule (core's date rule; this library's reading, see the guide): the day of
 * receipt does not count, so a notice received on day `d` with period `P` can end a term whose
 * last day is `E` iff `addLength(d + 1 day, P) ≤ E + 1 day`.
 *
 * @module
 */
import {
  addDays,
  addLength,
  addMonths,
  type Citation,
  compareDates,
  type Explained,
  explained,
  formatLength,
  type LocalDate,
  type Step,
  step,
} from "@zorgkit/core";
import type { Contract, NoticeForm, NoticePeriod, Party } from "./contract.js";
import { explainTerm, findTerm, firstTerm, nextTerm, regimesOf, type Term } from "./terms.js";

const partyName = {
  customer: { en: "the customer", nl: "de klant" },
  supplier: { en: "the supplier", nl: "de leverancier" },
};

/** The rule's citation note, shared by every notice step. @internal */
export const noticeRuleNote =
  "day of receipt does not count; addLength(receipt + 1 day, period) ≤ term end + 1 day (this library's reading)";

/**
 * Whether a notice received on `receivedOn` with notice period `period` can end a term whose last
 * day is `termEnd`: `addLength(receivedOn + 1 day, period) ≤ termEnd + 1 day`.
 *
 * @example
 * ```ts
 * noticeIsInTime(date("2026-10-31"), { months: 2 }, date("2026-12-31")); // true
 * noticeIsInTime(date("2026-11-01"), { months: 2 }, date("2026-12-31")); // false
 * ```
 */
export function noticeIsInTime(receivedOn: LocalDate, period: NoticePeriod, termEnd: LocalDate): boolean {
  return compareDates(addLength(addDays(receivedOn, 1), period), addDays(termEnd, 1)) <= 0;
}

/**
 * The last day on which a notice with period `period` can be received to end a term whose last
 * day is `termEnd` (the largest `d` with {@link noticeIsInTime}).
 *
 * @example
 * ```ts
 * lastNoticeDay(date("2026-12-31"), { months: 24 }); // "2024-12-31"
 * lastNoticeDay(date("2027-02-28"), { months: 1 }); // "2027-01-31"
 * lastNoticeDay(date("2028-08-31"), { months: 6 }); // "2028-02-29"
 * ```
 */
export function lastNoticeDay(termEnd: LocalDate, period: NoticePeriod): LocalDate {
  const months = (period.years ?? 0) * 12 + (period.months ?? 0);
  const days = (period.weeks ?? 0) * 7 + (period.days ?? 0);
  // Undo the period (days first, then months), then correct for the date rule's month ends:
  // addLength is non-decreasing in its start date, so stepping finds the exact boundary.
  let d = addDays(addMonths(addDays(addDays(termEnd, 1), -days), -months), -1);
  while (!noticeIsInTime(d, period, termEnd)) d = addDays(d, -1);
  while (noticeIsInTime(addDays(d, 1), period, termEnd)) d = addDays(d, 1);
  return d;
}

/**
 * The notice period of a party for a term: the one of the duration the term belongs to.
 *
 * @example
 * ```ts
 * const c = mdoContract({ signedOn: date("2026-03-01") });
 * noticePeriodFor(c, firstTerm(c)!, "supplier"); // { months: 24, source: MDO-BV 10.2 }
 * ```
 */
export function noticePeriodFor(contract: Contract, term: Term, party: Party): NoticePeriod {
  return regimesOf(contract)[term.regime]!.duration.notice[party];
}

/**
 * The form a regular notice must take for a term, with its citation.
 *
 * @example
 * ```ts
 * noticeFormFor(switchToPaid(c, date("2027-01-01")), term2028).form; // "written" (MDO-BV 10.3)
 * ```
 */
export function noticeFormFor(
  contract: Contract,
  term: Term,
): { readonly form: NoticeForm; readonly source?: Citation } {
  return regimesOf(contract)[term.regime]!.duration.noticeForm;
}

function cites(c: Citation | undefined): ReadonlyArray<Citation> {
  return c === undefined ? [] : [c];
}

/**
 * Whether `party`'s regular notice can end the contract at the end of `term`. Always, except for a
 * term cut short by a switch whose `cutShortTermEndableBy` does not name the party (MDO: the
 * supplier, MDO-BV 6.3). Returns the switch's citation when it cannot.
 *
 * @example
 * ```ts
 * const c = switchToPaid(mdoContract({ signedOn: date("2025-09-01") }), date("2028-07-01"));
 * noticeCanEndTerm(c, findTerm(c, date("2028-06-30"))!, "supplier"); // { ok: false, source: MDO-BV 6.3 }
 * ```
 */
export function noticeCanEndTerm(
  contract: Contract,
  term: Term,
  party: Party,
): { readonly ok: boolean; readonly source?: Citation } {
  if (!term.cutShortBySwitch) return { ok: true };
  const rule = contract.switches[term.regime]?.cutShortTermEndableBy;
  if (rule === undefined || rule.parties.includes(party)) return { ok: true };
  return rule.source === undefined ? { ok: false } : { ok: false, source: rule.source };
}

function cutShortStep(contract: Contract, term: Term, party: Party, source: Citation | undefined): Step {
  const on = contract.switches[term.regime]?.on ?? null;
  return step({
    rule: "notice-cannot-end-cut-short-term",
    inputs: { party, termEnd: term.end, switchOn: on },
    citations: cites(source),
    en: `The switch on ${on} cuts the term short on ${term.end}, but ${partyName[party].en}'s regular notice cannot end the contract on that day; the next term counts.`,
    nl: `Door de wijziging per ${on} eindigt de termijn op ${term.end}, maar een reguliere opzegging door ${partyName[party].nl} kan de overeenkomst niet op die dag beëindigen; de volgende termijn telt.`,
  });
}

function noticePeriodStep(contract: Contract, term: Term, party: Party): Step {
  const p = noticePeriodFor(contract, term, party);
  return step({
    rule: "notice-period",
    inputs: { party, duration: term.durationName, period: formatLength(p) },
    citations: cites(p.source),
    en: `Under the ${term.durationName} duration ${partyName[party].en} gives ${formatLength(p)}' notice.`,
    nl: `Onder de looptijd '${term.durationName}' geldt voor ${partyName[party].nl} een opzegtermijn van ${formatLength(p, "nl")}.`,
  });
}

function deadlineStep(term: Term, period: NoticePeriod, deadline: LocalDate): Step {
  return step({
    rule: "notice-deadline",
    inputs: { termEnd: term.end, period: formatLength(period) },
    output: deadline,
    citations: [...cites(period.source).map((c) => ({ ...c, note: noticeRuleNote }))],
    en: `The day of receipt does not count: to end the term on ${term.end} a notice of ${formatLength(period)} must be received on or before ${deadline}.`,
    nl: `De dag van ontvangst telt niet mee: om de termijn op ${term.end} te beëindigen moet een opzegging met een termijn van ${formatLength(period, "nl")} uiterlijk op ${deadline} zijn ontvangen.`,
  });
}

/** The last day for a notice, and the term end it reaches. */
export interface NoticeDeadline {
  /** The last day on which the notice must be received. */
  readonly deadline: LocalDate;
  /** The last day of the contract if notice is received by `deadline` (the end of `term`). */
  readonly endDate: LocalDate;
  /** The term the notice ends. */
  readonly term: Term;
  /** The party's notice period for that term. */
  readonly noticePeriod: NoticePeriod;
  /** The form the notice must take. */
  readonly form: NoticeForm;
}

/**
 * The last day on which `party`'s notice must be received to end the contract at the end of the
 * current term (the term containing `on`), and that end date. If `on` is past that deadline, the
 * deadline for the next term (and so on). `undefined` when the contract does not renew and no
 * term can still be ended by notice.
 *
 * Implements the notice periods of the duration (MDO-BV 10.2: customer 2 months, supplier 24
 * months; MDO-BV 10.3: 6 and 12 months) with the notice-period rule of this module.
 *
 * @example
 * ```ts
 * noticeDeadline(mdoContract({ signedOn: date("2026-03-01") }), "customer", date("2026-06-01")).value;
 * // { deadline: "2026-10-31", endDate: "2026-12-31", … }
 * ```
 */
export function noticeDeadline(
  contract: Contract,
  party: Party,
  on: LocalDate,
): Explained<NoticeDeadline | undefined> {
  let term = compareDates(on, contract.start) < 0 ? firstTerm(contract) : findTerm(contract, on);
  const skipped: Array<Step> = [];
  while (term !== undefined) {
    const endable = noticeCanEndTerm(contract, term, party);
    if (!endable.ok) {
      skipped.push(cutShortStep(contract, term, party, endable.source));
      term = nextTerm(contract, term);
      continue;
    }
    const period = noticePeriodFor(contract, term, party);
    const deadline = lastNoticeDay(term.end, period);
    if (compareDates(on, deadline) <= 0) {
      const form = noticeFormFor(contract, term);
      return explained({ deadline, endDate: term.end, term, noticePeriod: period, form: form.form }, [
        ...explainTerm(contract, term),
        ...skipped,
        noticePeriodStep(contract, term, party),
        deadlineStep(term, period, deadline),
      ]);
    }
    skipped.push(
      step({
        rule: "notice-deadline-passed",
        inputs: { on, termEnd: term.end, deadline },
        citations: cites(period.source),
        en: `On ${on} the last day to end the term on ${term.end} (${deadline}) has passed; the next term counts.`,
        nl: `Op ${on} is de laatste dag (${deadline}) om de termijn per ${term.end} te beëindigen verstreken; de volgende termijn telt.`,
      }),
    );
    term = nextTerm(contract, term);
  }
  return explained(undefined, [
    ...skipped,
    step({
      rule: "no-notice-deadline",
      inputs: { on },
      citations: [],
      en: "The contract does not renew: no notice can still end a term before it expires by itself.",
      nl: "De overeenkomst wordt niet verlengd: geen opzegging kan nog een termijn beëindigen voordat die vanzelf afloopt.",
    }),
  ]);
}

/** When a regular notice ends the contract. */
export interface NoticeEffect {
  /** Last day of the contract: the end of the first term the notice reaches. */
  readonly endDate: LocalDate;
  /** The term that ends. */
  readonly term: Term;
  /** The party's notice period for that term. */
  readonly noticePeriod: NoticePeriod;
  /** The form the notice must take. */
  readonly form: NoticeForm;
  /** `true` when the contract does not renew and expires by itself at `endDate` (no notice needed). */
  readonly expiresWithoutNotice: boolean;
}

/**
 * The date a regular notice by `party`, received on `receivedOn`, ends the contract: the end of
 * the first term whose end is at least one full notice period after receipt (the day of receipt
 * does not count) and that the party's notice can end ({@link noticeCanEndTerm}). Non-decreasing in `receivedOn`, never earlier for a longer notice period,
 * always a term end. `undefined` after a non-renewing contract has ended.
 *
 * @example
 * ```ts
 * terminationDate(mdoContract({ signedOn: date("2026-03-01") }), "customer", date("2026-10-31")).value?.endDate;
 * // "2026-12-31"  (MDO-BV 10.2: 2 months)
 * terminationDate(mdoContract({ signedOn: date("2026-03-01") }), "customer", date("2026-11-01")).value?.endDate;
 * // "2027-12-31"
 * ```
 */
export function terminationDate(
  contract: Contract,
  party: Party,
  receivedOn: LocalDate,
): Explained<NoticeEffect | undefined> {
  let term =
    compareDates(receivedOn, contract.start) < 0 ? firstTerm(contract) : findTerm(contract, receivedOn);
  const skipped: Array<Step> = [];
  while (term !== undefined) {
    const period = noticePeriodFor(contract, term, party);
    const form = noticeFormFor(contract, term).form;
    const endable = noticeCanEndTerm(contract, term, party);
    if (!endable.ok) {
      skipped.push(cutShortStep(contract, term, party, endable.source));
      const after = nextTerm(contract, term);
      if (after !== undefined) {
        term = after;
        continue;
      }
    }
    if (endable.ok && noticeIsInTime(receivedOn, period, term.end)) {
      const deadline = lastNoticeDay(term.end, period);
      return explained({ endDate: term.end, term, noticePeriod: period, form, expiresWithoutNotice: false }, [
        ...explainTerm(contract, term),
        ...skipped,
        noticePeriodStep(contract, term, party),
        step({
          rule: "notice-ends-term",
          inputs: { receivedOn, period: formatLength(period), termEnd: term.end, deadline },
          output: term.end,
          citations: cites(period.source).map((c) => ({ ...c, note: noticeRuleNote })),
          en: `A notice received on ${receivedOn} (on or before ${deadline}) ends the contract on ${term.end}, the end of the term.`,
          nl: `Een opzegging ontvangen op ${receivedOn} (uiterlijk ${deadline}) beëindigt de overeenkomst per ${term.end}, het einde van de termijn.`,
        }),
      ]);
    }
    const next = nextTerm(contract, term);
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
        inputs: { receivedOn, termEnd: term.end, period: formatLength(period) },
        citations: cites(period.source).map((c) => ({ ...c, note: noticeRuleNote })),
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
