/**
 * Terms (looptijden) of a contract: the initial term, the tacit renewals, and the switch to a new
 * duration. Terms are calendar-date ranges `[start, end]` that include both days and tile time
 * from the contract's start: consecutive, non-overlapping, without gaps.
 *
 * @module
 */
import {
  addDays,
  type Citation,
  compareDates,
  dateFromParts,
  dateParts,
  type Explained,
  explained,
  formatLength,
  type LocalDate,
  type Step,
  step,
  tryAddDays,
  tryAddLength,
} from "@zorgkit/core";
import { type Contract, type ContractDuration, initialTermEnd } from "./contract.js";

/** One term of a contract. */
export interface Term {
  /** 0-based position among all terms of the contract. */
  readonly index: number;
  /** First day of the term. */
  readonly start: LocalDate;
  /** Last day of the term (inclusive). */
  readonly end: LocalDate;
  /** The initial term of a duration, or a tacit renewal of it. */
  readonly kind: "initial" | "renewal";
  /** 0 for the contract's first duration, n for the duration of the n-th switch. */
  readonly regime: number;
  /** 0 for the initial term of its duration, k for the k-th renewal. */
  readonly indexInRegime: number;
  /** Name of the duration the term belongs to ("funded MDO"). */
  readonly durationName: string;
  /** The term would have run longer, but a switch to a new duration ends it the day before. */
  readonly cutShortBySwitch: boolean;
}

/** A duration in force from a start date until the next switch. @internal */
export interface Regime {
  readonly index: number;
  readonly start: LocalDate;
  readonly duration: ContractDuration;
  /** First day of the next duration, if any. */
  readonly nextStart: LocalDate | undefined;
  readonly switchCitations: ReadonlyArray<Citation>;
}

/**
 * The contract as it stood while the duration `regime` was in force: the switches after it
 * removed, so its terms run on uncut (the view a notice received in that duration is judged by).
 *
 * @internal
 */
export function contractAsOf(contract: Contract, regime: number): Contract {
  return regime >= contract.switches.length
    ? contract
    : { ...contract, switches: contract.switches.slice(0, regime) };
}

/** Index of the duration in force on `d` (0 before the start). @internal */
export function regimeIndexAt(contract: Contract, d: LocalDate): number {
  let i = 0;
  contract.switches.forEach((s, j) => {
    if (compareDates(s.on, d) <= 0) i = j + 1;
  });
  return i;
}

/** The durations of a contract in order. @internal */
export function regimesOf(contract: Contract): ReadonlyArray<Regime> {
  const starts = [
    { on: contract.start, duration: contract.duration, citations: [] as ReadonlyArray<Citation> },
    ...contract.switches.map((s) => ({ on: s.on, duration: s.duration, citations: s.citations ?? [] })),
  ];
  return starts.map((s, i) => ({
    index: i,
    start: s.on,
    duration: s.duration,
    nextStart: starts[i + 1]?.on,
    switchCitations: s.citations,
  }));
}

/** Last day of the k-th term (k = 0 initial) of a duration, ignoring switches. */
function rawTermEnd(regime: Regime, k: number): LocalDate | undefined {
  const d = regime.duration;
  const initialEnd = initialTermEnd(d, regime.start);
  if (initialEnd === undefined) return undefined;
  if (k === 0) return initialEnd;
  const r = d.renewal;
  switch (r._tag) {
    case "None":
      return undefined;
    case "CalendarYear": {
      const firstRenewalYear =
        dateParts(initialEnd).year +
        (dateParts(initialEnd).month === 12 && dateParts(initialEnd).day === 31 ? 1 : 0);
      const year = firstRenewalYear + k - 1;
      return year > 9999 ? undefined : dateFromParts(year, 12, 31);
    }
    case "Months": {
      const it = d.initialTerm;
      // Renewals are counted from the duration's anchor so month ends never drift
      // (an 18-month term from 31 Aug ends on 28/29 Feb; each renewal too).
      if (it._tag === "Length") {
        const l = it.length;
        const end = tryAddLength(regime.start, {
          months: (l.years ?? 0) * 12 + (l.months ?? 0) + k * r.months,
          weeks: l.weeks ?? 0,
          days: l.days ?? 0,
        });
        return end === undefined ? undefined : tryAddDays(end, -1);
      }
      const after = tryAddDays(initialEnd, 1);
      const end = after === undefined ? undefined : tryAddLength(after, { months: k * r.months });
      return end === undefined ? undefined : tryAddDays(end, -1);
    }
  }
}

/** Index k of the term of a duration (ignoring switches) containing `d ≥ regime.start`. */
function rawTermIndex(regime: Regime, d: LocalDate): number | undefined {
  const initialEnd = rawTermEnd(regime, 0);
  if (initialEnd === undefined) return undefined;
  if (compareDates(d, initialEnd) <= 0) return 0;
  const r = regime.duration.renewal;
  if (r._tag === "None") return undefined;
  // Estimate from the calendar, then correct: term ends strictly increase with k.
  const a = dateParts(initialEnd);
  const b = dateParts(d);
  const monthsApart = (b.year - a.year) * 12 + (b.month - a.month);
  let k = Math.max(
    1,
    r._tag === "CalendarYear" ? Math.floor(monthsApart / 12) : Math.floor(monthsApart / r.months),
  );
  for (;;) {
    const end = rawTermEnd(regime, k);
    if (end === undefined) return undefined;
    if (compareDates(end, d) >= 0) break;
    k += 1;
  }
  while (k > 1) {
    const previous = rawTermEnd(regime, k - 1);
    if (previous === undefined || compareDates(previous, d) < 0) break;
    k -= 1;
  }
  return k;
}

function termCount(regime: Regime): number {
  if (regime.nextStart === undefined) return Number.POSITIVE_INFINITY;
  const k = rawTermIndex(regime, addDays(regime.nextStart, -1));
  return k === undefined ? 0 : k + 1;
}

function makeTerm(regimes: ReadonlyArray<Regime>, regime: Regime, k: number): Term | undefined {
  const rawEnd = rawTermEnd(regime, k);
  if (rawEnd === undefined) return undefined;
  const start = k === 0 ? regime.start : rawTermEnd(regime, k - 1);
  if (start === undefined) return undefined;
  const termStart = k === 0 ? start : addDays(start, 1);
  const lastBeforeSwitch = regime.nextStart === undefined ? undefined : addDays(regime.nextStart, -1);
  const cut = lastBeforeSwitch !== undefined && compareDates(rawEnd, lastBeforeSwitch) > 0;
  let index = k;
  for (let j = 0; j < regime.index; j++) index += termCount(regimes[j]!);
  return {
    index,
    start: termStart,
    end: cut ? lastBeforeSwitch! : rawEnd,
    kind: k === 0 ? "initial" : "renewal",
    regime: regime.index,
    indexInRegime: k,
    durationName: regime.duration.name,
    cutShortBySwitch: cut,
  };
}

/**
 * The term containing a date, without explanation (the fast path behind {@link termAt}).
 * `undefined` before the start and after the end of a contract that does not renew.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { findTerm, mdoContract } from "@zorgkit/contract-terms";
 * findTerm(mdoContract({ signedOn: date("2026-03-01") }), date("2027-05-01"))?.end; // => "2027-12-31"
 * ```
 */
export function findTerm(contract: Contract, d: LocalDate): Term | undefined {
  if (compareDates(d, contract.start) < 0) return undefined;
  const regimes = regimesOf(contract);
  let regime = regimes[0]!;
  for (const r of regimes) if (compareDates(r.start, d) <= 0) regime = r;
  const k = rawTermIndex(regime, d);
  return k === undefined ? undefined : makeTerm(regimes, regime, k);
}

/**
 * The first term of a contract.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { firstTerm, mdoContract } from "@zorgkit/contract-terms";
 * firstTerm(mdoContract({ signedOn: date("2026-03-01") }))?.end; // => "2026-12-31"
 * ```
 */
export function firstTerm(contract: Contract): Term | undefined {
  return findTerm(contract, contract.start);
}

/**
 * The term after `term`, or `undefined` when the contract does not renew (or past the year 9999).
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { firstTerm, mdoContract, nextTerm } from "@zorgkit/contract-terms";
 * const c = mdoContract({ signedOn: date("2026-03-01") });
 * nextTerm(c, firstTerm(c)!)?.start; // => "2027-01-01"
 * ```
 */
export function nextTerm(contract: Contract, term: Term): Term | undefined {
  const next = tryAddDays(term.end, 1);
  return next === undefined ? undefined : findTerm(contract, next);
}

/**
 * Every term that overlaps `[from, to]`, in order.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mdoContract, termsBetween } from "@zorgkit/contract-terms";
 * termsBetween(mdoContract({ signedOn: date("2026-03-01") }), date("2026-01-01"), date("2028-12-31")).map((t) => t.end);
 * // => ["2026-12-31", "2027-12-31", "2028-12-31"]
 * ```
 */
export function termsBetween(contract: Contract, from: LocalDate, to: LocalDate): ReadonlyArray<Term> {
  const terms: Array<Term> = [];
  let t = compareDates(from, contract.start) < 0 ? firstTerm(contract) : findTerm(contract, from);
  while (t !== undefined && compareDates(t.start, to) <= 0) {
    terms.push(t);
    t = nextTerm(contract, t);
  }
  return terms;
}

function durationOf(contract: Contract, term: Term): Regime {
  return regimesOf(contract)[term.regime]!;
}

/** The steps explaining how a term was found. @internal */
export function explainTerm(contract: Contract, term: Term): ReadonlyArray<Step> {
  const regime = durationOf(contract, term);
  const d = regime.duration;
  const steps: Array<Step> = [];
  if (regime.index > 0) {
    steps.push(
      step({
        rule: "duration-switch",
        inputs: { on: regime.start, duration: d.name },
        citations: regime.switchCitations,
        en: `From ${regime.start} the ${d.name} duration replaces the previous one; its initial term starts that day.`,
        nl: `Vanaf ${regime.start} geldt de looptijd '${d.name}' in plaats van de vorige; de initiële looptijd begint die dag.`,
      }),
    );
  }
  const it = d.initialTerm;
  const initialEnd = initialTermEnd(d, regime.start) ?? regime.start;
  steps.push(
    it._tag === "UntilDate"
      ? step({
          rule: "initial-term-until-date",
          inputs: { start: regime.start, end: it.end },
          output: initialEnd,
          citations: it.citations,
          en: `The initial term of the ${d.name} duration runs from ${regime.start} until ${it.end}.`,
          nl: `De initiële looptijd (${d.name}) loopt van ${regime.start} tot en met ${it.end}.`,
        })
      : step({
          rule: "initial-term-length",
          inputs: { start: regime.start, length: formatLength(it.length) },
          output: initialEnd,
          citations: it.citations,
          en: `The initial term of the ${d.name} duration is ${formatLength(it.length)} from ${regime.start}: it ends on ${initialEnd}.`,
          nl: `De initiële looptijd (${d.name}) is ${formatLength(it.length, "nl")} vanaf ${regime.start}: die eindigt op ${initialEnd}.`,
        }),
  );
  if (term.kind === "renewal") {
    const r = d.renewal;
    const per =
      r._tag === "CalendarYear"
        ? { en: "per calendar year", nl: "van kalenderjaar tot kalenderjaar" }
        : r._tag === "Months"
          ? {
              en: `per ${formatLength({ months: r.months })}`,
              nl: `telkens met ${formatLength({ months: r.months }, "nl")}`,
            }
          : { en: "never", nl: "niet" };
    steps.push(
      step({
        rule: "tacit-renewal",
        inputs: { renewal: r._tag, renewalNumber: term.indexInRegime },
        output: { start: term.start, end: term.end },
        citations: r.citations,
        en: `Unless notice is given, the contract renews tacitly ${per.en}; renewal ${term.indexInRegime} runs from ${term.start} to ${term.end}.`,
        nl: `Zonder opzegging wordt de overeenkomst stilzwijgend ${per.nl} verlengd; verlenging ${term.indexInRegime} loopt van ${term.start} tot en met ${term.end}.`,
      }),
    );
  }
  if (term.cutShortBySwitch) {
    const next = regimesOf(contract)[term.regime + 1];
    steps.push(
      step({
        rule: "term-cut-short-by-switch",
        inputs: { switchOn: next?.start ?? null },
        output: term.end,
        citations: next?.switchCitations ?? [],
        en: `The switch on ${next?.start} replaces the duration, so this term ends on ${term.end}.`,
        nl: `Door de wijziging van de looptijd per ${next?.start} eindigt deze termijn op ${term.end}.`,
      }),
    );
  }
  return steps;
}

/**
 * The term containing a date: `{ index, start, end, kind: "initial" | "renewal" }`, explained.
 * `undefined` before the contract starts, and after the end of a contract that does not renew.
 *
 * Implements the duration clauses of the preset (for the MDO agreement: MDO-BV 10.2, 10.3).
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mdoContract, termAt } from "@zorgkit/contract-terms";
 * const t = termAt(mdoContract({ signedOn: date("2026-03-01") }), date("2027-05-01")).value;
 * [t?.index, t?.start, t?.end, t?.kind]; // => [1, "2027-01-01", "2027-12-31", "renewal"]
 * ```
 */
export function termAt(contract: Contract, d: LocalDate): Explained<Term | undefined> {
  const term = findTerm(contract, d);
  if (term === undefined) {
    return explained(undefined, [
      step({
        rule: "no-term",
        inputs: { date: d, start: contract.start },
        citations: compareDates(d, contract.start) < 0 ? (contract.startCitations ?? []) : [],
        en:
          compareDates(d, contract.start) < 0
            ? `${d} is before the contract starts (${contract.start}).`
            : `On ${d} the contract has ended: it does not renew.`,
        nl:
          compareDates(d, contract.start) < 0
            ? `${d} ligt vóór de ingangsdatum van de overeenkomst (${contract.start}).`
            : `Op ${d} is de overeenkomst geëindigd: die wordt niet verlengd.`,
      }),
    ]);
  }
  return explained(term, explainTerm(contract, term));
}
