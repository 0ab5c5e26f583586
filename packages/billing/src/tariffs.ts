/**
 * Tariffs: free while centrally funded, cost price plus a capped margin, the cost-allocation key
 * chosen by majority vote, the allocation itself exact to the cent, the yearly indexation, and
 * interim increases as events. Figures and clauses come from the {@link BillingRules} passed.
 *
 * @module
 */
import {
  allocate,
  BoundedArray,
  BoundedString,
  compareDates,
  type DatedTable,
  divideRounded,
  type Explained,
  explained,
  formatEuro,
  LocalDate,
  Money,
  parsePercentage,
  type Step,
  step,
  toDecimalString,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { MAX_SUM_CENTS, MAX_SUM_TEXT } from "./internal/limits.js";
import { AllocationKey, type BillingRules, Percent } from "./rulebook.js";

const eur = formatEuro;
const nonNegative = Money.check(
  Schema.makeFilter((m: number) => m >= 0 || "expected an amount of € 0,00 or more"),
);

/** Whether the service is centrally funded, and the tariff charged once it is not. */
export const Funding = Schema.Struct({ funded: Schema.Boolean, tariff: Schema.optionalKey(nonNegative) });
/** See {@link Funding}. */
export type Funding = typeof Funding.Type;

/**
 * The tariff: zero while the service is centrally funded (MDO-BV 6.1), otherwise the tariff
 * given (a reasonable tariff, 6.2); `undefined` when not funded and no tariff is given.
 *
 * @example
 * ```ts
 * import { euros } from "@zorgkit/core";
 * import { mdoBilling, tariffFor } from "@zorgkit/billing";
 *
 * tariffFor({ funded: true }, mdoBilling).value; // => 0
 * tariffFor({ funded: false, tariff: euros("12.50") }, mdoBilling).value; // => 1250
 * tariffFor({ funded: false }, mdoBilling).value; // => undefined
 * ```
 */
export function tariffFor(funding: Funding, rules: BillingRules): Explained<Money | undefined> {
  if (funding.funded)
    return explained(0 as Money, [
      step({
        rule: "tariff-funded",
        inputs: { funded: true },
        output: "0.00",
        citations: rules.funded.citations,
        en: "While the service is centrally funded it is free of charge: € 0,00.",
        nl: "Zolang de dienst centraal gefinancierd wordt, is hij kosteloos: € 0,00.",
      }),
    ]);
  return explained(funding.tariff, [
    step({
      rule: "tariff-charged",
      inputs: { funded: false },
      ...(funding.tariff === undefined ? {} : { output: toDecimalString(funding.tariff) }),
      citations: rules.funded.citations,
      en:
        funding.tariff === undefined
          ? "The service is no longer centrally funded and no tariff is given."
          : `The service is no longer centrally funded: the tariff is ${eur(funding.tariff)}.`,
      nl:
        funding.tariff === undefined
          ? "De dienst wordt niet meer centraal gefinancierd en er is geen tarief opgegeven."
          : `De dienst wordt niet meer centraal gefinancierd: het tarief is ${eur(funding.tariff)}.`,
    }),
  ]);
}

const bounded = nonNegative.check(
  Schema.makeFilter((m: number) => m <= MAX_SUM_CENTS || `expected an amount of at most ${MAX_SUM_TEXT}`),
);

const CostPlusShape = Schema.Struct({ costPrice: bounded, marginPercent: Percent });
/** The input of {@link costPlusTariff}. */
export type CostPlusInput = typeof CostPlusShape.Type;

function percentAbove(a: string, b: string): boolean {
  const x = parsePercentage(a);
  const y = parsePercentage(b);
  return x.numerator * y.denominator > y.numerator * x.denominator;
}

/**
 * The schema of a cost-plus input under a rulebook: a margin above `rules.maxMarginPercent`
 * (MDO: 5 %) is rejected at decoding.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { euros } from "@zorgkit/core";
 * import { CostPlusInputFor, mdoBilling } from "@zorgkit/billing";
 *
 * Schema.is(CostPlusInputFor(mdoBilling))({ costPrice: euros("100.00"), marginPercent: "5.5" }); // => false
 * ```
 */
export const CostPlusInputFor = (rules: Pick<BillingRules, "maxMarginPercent">) =>
  CostPlusShape.check(
    Schema.makeFilter((i: CostPlusInput) =>
      percentAbove(i.marginPercent, rules.maxMarginPercent.value)
        ? { path: ["marginPercent"], issue: `the margin may be at most ${rules.maxMarginPercent.value} %` }
        : undefined,
    ),
  );

/**
 * A tariff of cost price plus a margin (MDO-BV 6.3: at most 5 %), half-up to the cent; a margin
 * above the maximum gives `undefined` and says why.
 *
 * @example
 * ```ts
 * import { euros } from "@zorgkit/core";
 * import { costPlusTariff, mdoBilling } from "@zorgkit/billing";
 *
 * costPlusTariff({ costPrice: euros("10.01"), marginPercent: "5" }, mdoBilling).value; // => 1051
 * costPlusTariff({ costPrice: euros("10.00"), marginPercent: "6" }, mdoBilling).value; // => undefined
 * ```
 */
export function costPlusTariff(input: CostPlusInput, rules: BillingRules): Explained<Money | undefined> {
  const max = rules.maxMarginPercent.value;
  if (percentAbove(input.marginPercent, max))
    return explained(undefined, [
      step({
        rule: "cost-plus-margin-too-high",
        inputs: { marginPercent: input.marginPercent, max },
        citations: rules.maxMarginPercent.citations,
        en: `A margin of ${input.marginPercent} % is above the maximum of ${max} %: no tariff.`,
        nl: `Een marge van ${input.marginPercent} % is hoger dan het maximum van ${max} %: geen tarief.`,
      }),
    ]);
  const p = parsePercentage(input.marginPercent);
  const tariff = Number(
    divideRounded(BigInt(input.costPrice) * (p.denominator + p.numerator), p.denominator, "half-up"),
  ) as Money;
  return explained(tariff, [
    step({
      rule: "cost-plus-tariff",
      inputs: { costPrice: toDecimalString(input.costPrice), marginPercent: input.marginPercent, max },
      output: toDecimalString(tariff),
      citations: rules.maxMarginPercent.citations,
      en: `Cost price ${eur(input.costPrice)} plus a margin of ${input.marginPercent} % (at most ${max} %): ${eur(tariff)}, half-up to the cent.`,
      nl: `Kostprijs ${eur(input.costPrice)} plus een marge van ${input.marginPercent} % (maximaal ${max} %): ${eur(tariff)}, half-up afgerond.`,
    }),
  ]);
}

/** One provider's vote on the allocation key. */
export const AllocationVote = Schema.Struct({ voter: BoundedString(64), key: AllocationKey });
/** See {@link AllocationVote}. */
export type AllocationVote = typeof AllocationVote.Type;

/** Votes, one per voter (a voter twice is rejected), at most 100 000. */
export const AllocationVotes = BoundedArray(AllocationVote, 100_000).check(
  Schema.makeFilter((votes: ReadonlyArray<AllocationVote>) => {
    const seen = new Set<string>();
    for (let i = 0; i < votes.length; i++) {
      const v = (votes[i] as AllocationVote).voter;
      if (seen.has(v)) return { path: [i, "voter"], issue: "this voter already voted" };
      seen.add(v);
    }
    return undefined;
  }),
);

/**
 * The cost-allocation key chosen by majority of the votes cast (MDO-BV 6.4): the key with more
 * than half of the votes, or `"no-majority"` on a tie or when nobody voted — never a silent pick.
 * A voter counted twice counts once (the decoder rejects it).
 *
 * @example
 * ```ts
 * import { mdoBilling, tallyAllocationVote } from "@zorgkit/billing";
 *
 * tallyAllocationVote([{ voter: "a", key: "per-mdo" }, { voter: "b", key: "per-mdo" }, { voter: "c", key: "per-provider" }], mdoBilling).value; // => "per-mdo"
 * tallyAllocationVote([{ voter: "a", key: "per-mdo" }, { voter: "b", key: "per-provider" }], mdoBilling).value; // => "no-majority"
 * ```
 */
export function tallyAllocationVote(
  votes: ReadonlyArray<AllocationVote>,
  rules: BillingRules,
): Explained<AllocationKey | "no-majority"> {
  const byVoter = new Map<string, AllocationKey>();
  for (const v of votes) if (!byVoter.has(v.voter)) byVoter.set(v.voter, v.key);
  let perProvider = 0;
  let perMdo = 0;
  for (const k of byVoter.values())
    if (k === "per-provider") perProvider += 1;
    else perMdo += 1;
  const cast = perProvider + perMdo;
  const winner: AllocationKey | "no-majority" =
    perProvider * 2 > cast ? "per-provider" : perMdo * 2 > cast ? "per-mdo" : "no-majority";
  return explained(winner, [
    step({
      rule: "allocation-vote",
      inputs: { perProvider, perMdo, cast },
      output: winner,
      citations: rules.allocationKeys.citations,
      en:
        winner === "no-majority"
          ? `${perProvider} vote(s) per provider, ${perMdo} per unique MDO: no key has a majority of the ${cast} vote(s) cast.`
          : `${perProvider} vote(s) per provider, ${perMdo} per unique MDO: "${winner}" has a majority of the ${cast} votes cast.`,
      nl:
        winner === "no-majority"
          ? `${perProvider} stem(men) per zorgaanbieder, ${perMdo} per uniek MDO: geen verdeelsleutel heeft een meerderheid van de ${cast} uitgebrachte stem(men).`
          : `${perProvider} stem(men) per zorgaanbieder, ${perMdo} per uniek MDO: "${winner}" heeft een meerderheid van de ${cast} uitgebrachte stemmen.`,
    }),
  ]);
}

/** The subject of {@link allocateCosts}: the total, the key, and each provider's unique MDOs. */
export const CostAllocation = Schema.Struct({
  total: nonNegative,
  key: AllocationKey,
  providers: BoundedArray(
    Schema.Struct({
      provider: BoundedString(64),
      uniqueMdos: Schema.Number.check(
        Schema.makeFilter(
          (n: number) => (Number.isSafeInteger(n) && n >= 0) || "expected a whole number 0 or more",
        ),
      ),
    }),
    100_000,
  ).check(
    Schema.makeFilter((ps: ReadonlyArray<{ provider: string }>) => {
      const seen = new Set<string>();
      for (let i = 0; i < ps.length; i++) {
        const p = (ps[i] as { provider: string }).provider;
        if (seen.has(p)) return { path: [i, "provider"], issue: "this provider is listed twice" };
        seen.add(p);
      }
      return ps.length > 0 || "at least one provider";
    }),
  ),
});
/** See {@link CostAllocation}. */
export type CostAllocation = typeof CostAllocation.Type;

/**
 * Split a total over the providers by the chosen key (MDO-BV 6.4): equally per connected
 * provider, or in proportion to each provider's unique MDOs. Exact to the cent (core's
 * largest-remainder `allocate`); a cent left over goes to the largest remainder, ties to the
 * provider whose id sorts first — so the answer does not depend on the order of the list.
 * `undefined` when every weight is zero (nobody had an MDO).
 *
 * @example
 * ```ts
 * import { euros } from "@zorgkit/core";
 * import { allocateCosts, mdoBilling } from "@zorgkit/billing";
 *
 * const providers = [{ provider: "b", uniqueMdos: 1 }, { provider: "a", uniqueMdos: 1 }, { provider: "c", uniqueMdos: 1 }];
 * allocateCosts({ total: euros("100.00"), key: "per-provider", providers }, mdoBilling).value?.map((s) => s.amount); // => [3333, 3334, 3333]
 * ```
 */
export function allocateCosts(
  subject: CostAllocation,
  rules: BillingRules,
): Explained<ReadonlyArray<{ readonly provider: string; readonly amount: Money }> | undefined> {
  const order = subject.providers
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.provider < b.p.provider ? -1 : a.p.provider > b.p.provider ? 1 : 0));
  const weights = order.map(({ p }) => (subject.key === "per-provider" ? 1 : p.uniqueMdos));
  if (weights.every((w) => w === 0))
    return explained(undefined, [
      step({
        rule: "allocation-no-weights",
        inputs: { key: subject.key },
        citations: rules.allocationKeys.citations,
        en: "No provider had a unique MDO, so there is no proportional split per MDO.",
        nl: "Geen enkele zorgaanbieder had een uniek MDO, dus er is geen verdeling per MDO.",
      }),
    ]);
  const parts = allocate(subject.total, weights);
  const out: Array<{ provider: string; amount: Money }> = new Array(subject.providers.length);
  order.forEach(({ p, i }, k) => {
    out[i] = { provider: p.provider, amount: parts[k] as Money };
  });
  return explained(out, [
    step({
      rule: "allocation",
      inputs: {
        total: toDecimalString(subject.total),
        key: subject.key,
        providers: subject.providers.length,
      },
      output: out.map((s) => toDecimalString(s.amount)),
      citations: rules.allocationKeys.citations,
      en: `${eur(subject.total)} split ${subject.key === "per-provider" ? "equally per provider" : "by unique MDOs"} over ${subject.providers.length} provider(s), exact to the cent (left-over cents to the largest remainders, ties by provider id).`,
      nl: `${eur(subject.total)} verdeeld ${subject.key === "per-provider" ? "gelijk per zorgaanbieder" : "naar unieke MDO's"} over ${subject.providers.length} zorgaanbieder(s), exact op de cent (resterende centen naar de grootste resten, bij gelijkheid op id).`,
    }),
  ]);
}

const INDEX = /^(0|[1-9]\d{0,6})(\.\d{1,6})?$/;
/** An index figure (CBS DPI or a price index): a positive decimal string, at most six decimals. */
export const IndexFigure = Schema.String.check(
  Schema.makeFilter(
    (s: string) =>
      (s.length <= 14 && INDEX.test(s) && Number(s) > 0) ||
      'expected a positive index figure such as "112.4"',
  ),
);

/** The subject of {@link indexTariff}. */
export const TariffIndexation = Schema.Struct({
  tariff: bounded,
  effectiveDate: LocalDate,
  basis: BoundedString(64),
  indexBefore: IndexFigure,
  indexNow: IndexFigure,
  /** Effective dates of earlier indexations (changes under the yearly clause, not interim increases). */
  earlierIndexations: BoundedArray(LocalDate, 1000),
}).check(
  // the indexed tariff must stay exact in cents
  Schema.makeFilter((c: { tariff: number; indexBefore: string; indexNow: string }) => {
    const a = indexFraction(c.indexNow);
    const b = indexFraction(c.indexBefore);
    return BigInt(c.tariff) * a.n * b.d <= BigInt(MAX_SUM_CENTS) * b.n * a.d
      ? undefined
      : { path: ["indexNow"], issue: `the indexed tariff would exceed ${MAX_SUM_TEXT}` };
  }),
);
/** See {@link TariffIndexation}. */
export type TariffIndexation = typeof TariffIndexation.Type;

function indexFraction(s: string): { n: bigint; d: bigint } {
  const [w, dec = ""] = s.split(".");
  return { n: BigInt(`${w}${dec}`), d: 10n ** BigInt(dec.length) };
}

/**
 * The yearly indexation (MDO-BV 6.6): new = old × index now / index before, half-up to the cent,
 * up or down, on one of the rulebook's bases (MDO: CBS DPI section J, or inflation). Refused —
 * the tariff stays — when the calendar year of the effective date already had the allowed number
 * of indexations (MDO: one), or the basis is not one the rulebook names.
 *
 * @example
 * ```ts
 * import { date, euros } from "@zorgkit/core";
 * import { indexTariff, mdoBilling } from "@zorgkit/billing";
 *
 * const change = { tariff: euros("10.00"), effectiveDate: date("2027-01-01"), basis: "CBS DPI section J",
 *   indexBefore: "104.0", indexNow: "107.12", earlierIndexations: [date("2026-01-01")] };
 * indexTariff(change, mdoBilling).value; // => { "tariff": 1030, "applied": true }
 * indexTariff({ ...change, earlierIndexations: [date("2027-01-01")] }, mdoBilling).value; // => { "tariff": 1000, "applied": false }
 * ```
 */
export function indexTariff(
  change: TariffIndexation,
  rules: BillingRules,
): Explained<{ readonly tariff: Money; readonly applied: boolean }> {
  const fig = rules.indexation;
  const year = change.effectiveDate.slice(0, 4);
  const sameYear = change.earlierIndexations.filter((d) => d.slice(0, 4) === year).length;
  const refuse = (rule: string, en: string, nl: string) =>
    explained({ tariff: change.tariff, applied: false }, [
      step({ rule, inputs: { year, basis: change.basis }, citations: fig.citations, en, nl }),
    ]);
  if (sameYear >= fig.value.perCalendarYear)
    return refuse(
      "indexation-once-a-year",
      `${year} already had ${sameYear} indexation(s); at most ${fig.value.perCalendarYear} per calendar year: the tariff stays ${eur(change.tariff)}.`,
      `${year} had al ${sameYear} indexatie(s); maximaal ${fig.value.perCalendarYear} per kalenderjaar: het tarief blijft ${eur(change.tariff)}.`,
    );
  if (!fig.value.bases.includes(change.basis))
    return refuse(
      "indexation-basis",
      `An indexation must be based on ${fig.value.bases.join(" or ")}, not "${change.basis}": the tariff stays ${eur(change.tariff)}.`,
      `Een indexatie moet gebaseerd zijn op ${fig.value.bases.join(" of ")}, niet op "${change.basis}": het tarief blijft ${eur(change.tariff)}.`,
    );
  const a = indexFraction(change.indexNow);
  const b = indexFraction(change.indexBefore);
  const tariff = Number(divideRounded(BigInt(change.tariff) * a.n * b.d, b.n * a.d, "half-up")) as Money;
  return explained({ tariff, applied: true }, [
    step({
      rule: "indexation",
      inputs: {
        tariff: toDecimalString(change.tariff),
        indexBefore: change.indexBefore,
        indexNow: change.indexNow,
        basis: change.basis,
      },
      output: toDecimalString(tariff),
      citations: fig.citations,
      en: `${eur(change.tariff)} × ${change.indexNow} / ${change.indexBefore} (${change.basis}) = ${eur(tariff)} from ${change.effectiveDate}, half-up to the cent.`,
      nl: `${eur(change.tariff)} × ${change.indexNow} / ${change.indexBefore} (${change.basis}) = ${eur(tariff)} vanaf ${change.effectiveDate}, half-up afgerond.`,
    }),
  ]);
}

/** A tariff event: the first tariff, an indexation (yearly clause) or an interim increase. */
export const TariffEvent = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("set"), effectiveDate: LocalDate, tariff: nonNegative }),
  Schema.Struct({ kind: Schema.Literal("indexation"), effectiveDate: LocalDate, tariff: nonNegative }),
  Schema.Struct({
    kind: Schema.Literal("interim-increase"),
    effectiveDate: LocalDate,
    tariff: nonNegative,
    /** The tariff reasonably needed to cover the necessary costs (an input: the library cannot compute it). */
    costCoveringTariff: nonNegative,
  }),
]);
/** See {@link TariffEvent}. */
export type TariffEvent = typeof TariffEvent.Type;

/** The result of {@link tariffSchedule}: the tariff in force by date, and the events refused. */
export interface TariffSchedule {
  readonly table: DatedTable<Money>;
  readonly rejected: ReadonlyArray<{ readonly index: number; readonly reason: string }>;
}

/**
 * The tariff over time from dated events: a first tariff, indexations (at most the rulebook's
 * number per calendar year, MDO-BV 6.6) and interim increases (6.7: only an increase, and not
 * above the tariff needed to cover the necessary costs — an input). Events are taken in date
 * order; a refused event has no effect and is listed with the reason. Interim increases do not
 * count towards the yearly indexation.
 *
 * @example
 * ```ts
 * import { date, euros } from "@zorgkit/core";
 * import { mdoBilling, tariffSchedule } from "@zorgkit/billing";
 *
 * const s = tariffSchedule([
 *   { kind: "set", effectiveDate: date("2027-01-01"), tariff: euros("10.00") },
 *   { kind: "indexation", effectiveDate: date("2027-07-01"), tariff: euros("10.30") },
 *   { kind: "indexation", effectiveDate: date("2027-10-01"), tariff: euros("10.60") },
 *   { kind: "interim-increase", effectiveDate: date("2027-11-01"), tariff: euros("11.00"), costCoveringTariff: euros("10.80") },
 * ], mdoBilling);
 * s.value.table.map((r) => r.value); // => [1000, 1030]
 * s.value.rejected.map((r) => r.index); // => [2, 3]
 * ```
 */
export function tariffSchedule(
  events: ReadonlyArray<TariffEvent>,
  rules: BillingRules,
): Explained<TariffSchedule> {
  const order = events
    .map((e, index) => ({ e, index }))
    .sort((a, b) => compareDates(a.e.effectiveDate, b.e.effectiveDate) || a.index - b.index);
  const table: Array<{ from: LocalDate; value: Money; citations: BillingRules["indexation"]["citations"] }> =
    [];
  const rejected: Array<{ index: number; reason: string }> = [];
  const steps: Array<Step> = [];
  const perYear = new Map<string, number>();
  for (const { e, index } of order) {
    const current = table[table.length - 1];
    let reason: string | undefined;
    if (e.kind !== "set" && current === undefined) reason = "there is no tariff yet to change.";
    // a second "set" would change the tariff without the once-a-year limit (6.6) or the cost cap (6.7)
    else if (e.kind === "set" && current !== undefined)
      reason =
        "the first tariff is already set; a later change is an indexation (6.6) or an interim increase (6.7).";
    else if (current !== undefined && current.from === e.effectiveDate)
      reason = `the tariff already changed on ${e.effectiveDate}.`;
    else if (e.kind === "indexation") {
      const y = e.effectiveDate.slice(0, 4);
      if ((perYear.get(y) ?? 0) >= rules.indexation.value.perCalendarYear)
        reason = `${y} already had ${rules.indexation.value.perCalendarYear} indexation(s).`;
      else perYear.set(y, (perYear.get(y) ?? 0) + 1);
    } else if (e.kind === "interim-increase") {
      if (current !== undefined && e.tariff <= current.value)
        reason = "an interim change may only be an increase.";
      else if (e.tariff > e.costCoveringTariff)
        reason = `the increase to ${eur(e.tariff)} is above the ${eur(e.costCoveringTariff)} needed to cover the necessary costs.`;
    }
    if (reason !== undefined) {
      rejected.push({ index, reason });
      steps.push(
        step({
          rule: "tariff-event-rejected",
          inputs: { index, kind: e.kind, effectiveDate: e.effectiveDate },
          citations:
            e.kind === "interim-increase" ? rules.interimIncrease.citations : rules.indexation.citations,
          en: `Tariff event ${index} (${e.kind}, ${e.effectiveDate}) has no effect: ${reason}`,
          nl: `Tariefwijziging ${index} (${e.kind}, ${e.effectiveDate}) heeft geen gevolg: ${reason}`,
        }),
      );
      continue;
    }
    const citations =
      e.kind === "interim-increase"
        ? rules.interimIncrease.citations
        : e.kind === "indexation"
          ? rules.indexation.citations
          : rules.funded.citations;
    table.push({ from: e.effectiveDate, value: e.tariff, citations });
    steps.push(
      step({
        rule: `tariff-${e.kind}`,
        inputs: { effectiveDate: e.effectiveDate },
        output: toDecimalString(e.tariff),
        citations,
        en: `From ${e.effectiveDate} the tariff is ${eur(e.tariff)} (${e.kind}).`,
        nl: `Vanaf ${e.effectiveDate} is het tarief ${eur(e.tariff)} (${e.kind}).`,
      }),
    );
  }
  return explained({ table, rejected }, steps);
}
