/**
 * A contract's timeline: every dated event in a range (start, switches, renewals, term ends,
 * notice deadlines per party), sorted, each with its citation — the data for a timeline picture
 * (see {@link timelineToSvg}).
 *
 * @module
 */
import { type Citation, compareDates, type LocalDate, tryAddDays, tryAddLength } from "@zorgkit/core";
import type { Contract, Party } from "./contract.js";
import { lastNoticeDay, noticePeriodFor, noticeRuleNote, terminationDate } from "./notice.js";
import { contractAsOf, findTerm, firstTerm, nextTerm, regimesOf, type Term } from "./terms.js";

/** Kinds of timeline events, in the order they are listed on the same day. */
export const timelineEventKinds = [
  "contract-start",
  "switch",
  "renewal",
  "notice-deadline",
  "term-end",
] as const;
/** A kind of timeline event. */
export type TimelineEventKind = (typeof timelineEventKinds)[number];

/** One dated event on a contract's timeline. */
export interface TimelineEvent {
  readonly date: LocalDate;
  readonly kind: TimelineEventKind;
  /** The party a notice deadline is for. */
  readonly party?: Party;
  /** The term the event belongs to (a notice deadline: the term it can end). */
  readonly termIndex: number;
  /** For a notice deadline: the term end it reaches. */
  readonly endDate?: LocalDate;
  readonly citations: ReadonlyArray<Citation>;
  readonly en: string;
  readonly nl: string;
}

/** The terms and events of a contract between two dates (inclusive). */
export interface Timeline {
  readonly from: LocalDate;
  readonly to: LocalDate;
  /** Terms that overlap `[from, to]`. */
  readonly terms: ReadonlyArray<Term>;
  /** Events in `[from, to]`, sorted by date, then by kind, then customer before supplier. */
  readonly events: ReadonlyArray<TimelineEvent>;
}

const partyName = {
  customer: { en: "customer", nl: "klant" },
  supplier: { en: "supplier", nl: "leverancier" },
};

/**
 * The notice deadlines a term gives `party`: for a term that runs its course, the last day to end
 * it; for a term cut short by a switch, none on its last day — for a party whose notice received
 * before the switch keeps its end date, the last days (at most the day before the switch) to end
 * the contract at the ends the replaced duration would have given.
 */
function deadlinesFor(
  contract: Contract,
  term: Term,
  party: Party,
): ReadonlyArray<{ deadline: LocalDate; endDate: LocalDate; citations: ReadonlyArray<Citation> }> {
  const period = noticePeriodFor(contract, term, party);
  const cited = period.citations.map((c) => ({ ...c, note: noticeRuleNote }));
  if (!term.cutShortBySwitch) {
    const deadline = lastNoticeDay(term.end, period.value);
    return deadline === undefined ? [] : [{ deadline, endDate: term.end, citations: cited }];
  }
  const s = contract.switches[term.regime]!;
  if (s.cutShortTermEndableBy !== undefined && !s.cutShortTermEndableBy.parties.includes(party)) return [];
  const dayBefore = tryAddDays(s.on, -1)!;
  const view = contractAsOf(contract, term.regime);
  const out: Array<{ deadline: LocalDate; endDate: LocalDate; citations: ReadonlyArray<Citation> }> = [];
  let t = findTerm(view, term.start);
  const regimeStart = regimesOf(contract)[term.regime]!.start;
  while (t !== undefined) {
    const deadline = lastNoticeDay(t.end, period.value);
    // Only notices received while this duration is in force are judged by it.
    if (deadline !== undefined && compareDates(deadline, regimeStart) >= 0) {
      const capped = compareDates(deadline, dayBefore) < 0 ? deadline : dayBefore;
      out.push({
        deadline: capped,
        endDate: t.end,
        citations: [...cited, ...(s.cutShortTermEndableBy?.citations ?? [])],
      });
      if (compareDates(deadline, dayBefore) >= 0) break;
    }
    t = nextTerm(view, t);
  }
  return out;
}

/**
 * The subject of {@link timeline}: a contract (which carries its own durations and notice
 * periods, so there is no rulebook argument, ADR 0006 §1) and the inclusive range `[from, to]`.
 */
export interface TimelineQuery {
  readonly contract: Contract;
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/**
 * Every dated event of a contract in `[from, to]`: contract start, switches, renewals, term ends
 * and each party's last notice day for each term end (left out: deadlines before the contract
 * starts; no regular notice ends a term cut short by a switch — a customer's notice received
 * before the MDO switch to paid keeps its funded end date, so its last day is at most the day
 * before the switch, and the supplier's reaches a paid term, MDO-BV 10.2, 6.3), sorted, each with
 * its citation.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mdoContract, timeline } from "@zorgkit/contract-terms";
 * const c = mdoContract({ signedOn: date("2026-03-01") });
 * const e = timeline({ contract: c, from: date("2026-01-01"), to: date("2027-12-31") }).events[0];
 * [e?.date, e?.kind]; // => ["2026-03-01", "contract-start"]
 * ```
 */
export function timeline(query: TimelineQuery): Timeline {
  const { contract, from, to } = query;
  const regimes = regimesOf(contract);
  const inRange = (d: LocalDate) => compareDates(from, d) <= 0 && compareDates(d, to) <= 0;
  // Deadlines of terms ending up to the longest notice period after `to` can fall in the range.
  let longest = 0;
  for (const r of regimes) {
    for (const { value: p } of [r.duration.notice.customer, r.duration.notice.supplier]) {
      longest = Math.max(
        longest,
        (p.years ?? 0) * 12 + (p.months ?? 0) + Math.ceil(((p.weeks ?? 0) * 7 + (p.days ?? 0)) / 28),
      );
    }
  }
  const horizon = tryAddLength(to, { months: longest + 1 }) ?? ("9999-12-31" as LocalDate);
  const events: Array<TimelineEvent> = [];
  const terms: Array<Term> = [];
  if (inRange(contract.start)) {
    events.push({
      date: contract.start,
      kind: "contract-start",
      termIndex: 0,
      citations: contract.startCitations ?? [],
      en: "The contract starts.",
      nl: "De overeenkomst gaat in.",
    });
  }
  let term = compareDates(from, contract.start) < 0 ? firstTerm(contract) : findTerm(contract, from);
  while (term !== undefined && compareDates(term.start, horizon) <= 0) {
    const regime = regimes[term.regime]!;
    if (compareDates(term.start, to) <= 0 && compareDates(term.end, from) >= 0) terms.push(term);
    if (term.indexInRegime === 0 && term.regime > 0 && inRange(term.start)) {
      events.push({
        date: term.start,
        kind: "switch",
        termIndex: term.index,
        citations: regime.switchCitations,
        en: `The ${term.durationName} duration starts.`,
        nl: `De looptijd '${term.durationName}' begint.`,
      });
    }
    if (term.kind === "renewal" && inRange(term.start)) {
      events.push({
        date: term.start,
        kind: "renewal",
        termIndex: term.index,
        citations: regime.duration.renewal.citations,
        en: `The contract renews tacitly until ${term.end}.`,
        nl: `De overeenkomst wordt stilzwijgend verlengd tot en met ${term.end}.`,
      });
    }
    if (inRange(term.end)) {
      events.push({
        date: term.end,
        kind: "term-end",
        termIndex: term.index,
        citations:
          term.kind === "initial" ? regime.duration.initialTerm.citations : regime.duration.renewal.citations,
        en: term.cutShortBySwitch ? "Last day of the term (the duration switches)." : "Last day of the term.",
        nl: term.cutShortBySwitch
          ? "Laatste dag van de termijn (de looptijd wijzigt)."
          : "Laatste dag van de termijn.",
      });
    }
    for (const party of ["customer", "supplier"] as const) {
      for (const d of deadlinesFor(contract, term, party)) {
        if (
          inRange(d.deadline) &&
          compareDates(d.deadline, contract.start) >= 0 &&
          // A deadline before the start of the term's duration is shown only when a notice
          // received that day does end the contract then (an earlier duration may judge it).
          (compareDates(d.deadline, regime.start) >= 0 ||
            terminationDate({ contract, party, receivedOn: d.deadline }).value?.endDate === d.endDate)
        ) {
          events.push({
            date: d.deadline,
            kind: "notice-deadline",
            party,
            termIndex: term.index,
            endDate: d.endDate,
            citations: d.citations,
            en: `Last day for the ${partyName[party].en}'s notice to end the contract on ${d.endDate}.`,
            nl: `Laatste dag waarop de opzegging van de ${partyName[party].nl} binnen moet zijn om de overeenkomst per ${d.endDate} te beëindigen.`,
          });
        }
      }
    }
    term = nextTerm(contract, term);
  }
  const kindOrder = (k: TimelineEventKind) => timelineEventKinds.indexOf(k);
  events.sort(
    (a, b) =>
      compareDates(a.date, b.date) ||
      kindOrder(a.kind) - kindOrder(b.kind) ||
      (a.party ?? "").localeCompare(b.party ?? "") ||
      a.termIndex - b.termIndex,
  );
  return { from, to, terms, events };
}
