/**
 * Money clauses of the agreement: the confidentiality penalty (MDO-BV 12.5) and the division of
 * the yearly liability cap over several customers (MDO-BV 13.1).
 *
 * @module
 */
import {
  allocate,
  type Citation,
  type Explained,
  explained,
  formatEuro,
  LocalDate,
  Money,
  type Money as MoneyType,
  maxMoney,
  multiplyMoney,
  step,
  zeroMoney,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { otherParty, Party } from "./contract.js";
import { mdoMoneyClauses } from "./presets/mdo-2025.js";

/** The figures of the money clauses, each with its citation. */
export interface MoneyClauseFigures {
  readonly confidentialityPenalty: { readonly perEvent: MoneyType; readonly source?: Citation };
  readonly liabilityCap: {
    readonly perCalendarYear: MoneyType;
    readonly service: string;
    readonly source?: Citation;
  };
}

const cites = (c: Citation | undefined): ReadonlyArray<Citation> => (c === undefined ? [] : [c]);

/** Input of {@link confidentialityPenalty}: the breaching party and the number of breach events. */
export const ConfidentialityBreachInput = Schema.Struct({
  breachingParty: Party,
  events: Schema.Number.check(
    Schema.makeFilter(
      (n: number) => (Number.isSafeInteger(n) && n >= 0) || "expected a whole number of events ≥ 0",
    ),
  ),
});
/** Input of {@link confidentialityPenalty}. */
export type ConfidentialityBreachInput = typeof ConfidentialityBreachInput.Type;

/** The outcome of {@link confidentialityPenalty}. */
export interface ConfidentialityPenalty {
  readonly payer: Party;
  readonly payee: Party;
  readonly amount: MoneyType;
  /** Due at once (onmiddellijk opeisbaar). */
  readonly dueImmediately: true;
  /** The penalty does not affect the duty to pay damages. */
  readonly inAdditionToDamages: true;
}

/**
 * The confidentiality penalty (MDO-BV 12.5): € 10 000 per breach event, due at once, owed by the
 * breaching party to the other party, on top of any damages.
 *
 * @example
 * ```ts
 * confidentialityPenalty("supplier", 3).value.amount; // 3000000 (€ 30.000,00)
 * ```
 */
export function confidentialityPenalty(
  breachingParty: Party,
  events: number,
  figures: MoneyClauseFigures["confidentialityPenalty"] = mdoMoneyClauses.confidentialityPenalty,
): Explained<ConfidentialityPenalty> {
  if (!Number.isSafeInteger(events) || events < 0) {
    throw new RangeError(`events must be a whole number ≥ 0, got ${events}`);
  }
  const amount = multiplyMoney(figures.perEvent, events, 1, "half-up");
  return explained<ConfidentialityPenalty>(
    {
      payer: breachingParty,
      payee: otherParty(breachingParty),
      amount,
      dueImmediately: true,
      inAdditionToDamages: true,
    },
    [
      step({
        rule: "confidentiality-penalty",
        inputs: { breachingParty, events, perEvent: formatEuro(figures.perEvent) },
        output: formatEuro(amount),
        citations: cites(figures.source),
        en: `${events} breach event(s) × ${formatEuro(figures.perEvent)} = ${formatEuro(amount)}, due at once, on top of damages.`,
        nl: `${events} overtreding(en) × ${formatEuro(figures.perEvent)} = ${formatEuro(amount)}, onmiddellijk opeisbaar, naast eventuele schadevergoeding.`,
      }),
    ],
  );
}

/** An established liability of the supplier towards one customer, with the date of the damage event. */
export const Liability = Schema.Struct({
  customer: Schema.String,
  amount: Money.check(Schema.makeFilter((m: number) => m >= 0 || "a liability cannot be negative")),
  damageEventOn: LocalDate,
});
/** An established liability. */
export type Liability = typeof Liability.Type;

/** Input of {@link distributeLiabilityCap}: the liabilities and the calendar year (0001–9999). */
export const LiabilityCapInput = Schema.Struct({
  liabilities: Schema.Array(Liability),
  year: Schema.Number.check(
    Schema.makeFilter(
      (n: number) => (Number.isSafeInteger(n) && n >= 1 && n <= 9999) || "expected a calendar year 1–9999",
    ),
  ),
});
/** Input of {@link distributeLiabilityCap}. */
export type LiabilityCapInput = typeof LiabilityCapInput.Type;

/** Another service's liability cap that applies to the same damage event. */
export interface ApplicableCap {
  readonly service: string;
  readonly perCalendarYear: MoneyType;
  readonly source?: Citation;
}

/** The outcome of {@link distributeLiabilityCap}. */
export interface CapDistribution {
  readonly year: number;
  /** The cap that bounds the total: the highest applicable cap (caps do not add up). */
  readonly cap: MoneyType;
  /** Sum of the liabilities in the year. */
  readonly totalLiabilities: MoneyType | undefined;
  /** Whether the cap was reached, so amounts were reduced pro rata. */
  readonly capped: boolean;
  readonly allocations: ReadonlyArray<{
    readonly customer: string;
    readonly liability: MoneyType;
    readonly allocated: MoneyType;
  }>;
}

/**
 * Divide the supplier's yearly liability cap over several customers (MDO-BV 13.1: at most
 * € 2 500 000 per calendar year, divided "in redelijkheid"). This library's reading of
 * "reasonably": pro rata to the established liabilities whose damage event falls in `year`,
 * largest remainder to the cent (core's `allocate`), never more than a liability. The parts sum to
 * exactly min(cap, total). When a damage event touches several services with different caps, the
 * highest cap bounds the total; caps do not add up (pass the others as `otherCaps`).
 *
 * @example
 * ```ts
 * distributeLiabilityCap(
 *   [{ customer: "A", amount: euros("3000000"), damageEventOn: date("2027-03-01") },
 *    { customer: "B", amount: euros("1000000"), damageEventOn: date("2027-06-01") }],
 *   2027,
 * ).value.allocations.map((a) => a.allocated); // [€ 1.875.000,00, € 625.000,00]
 * ```
 */
export function distributeLiabilityCap(
  liabilities: ReadonlyArray<Liability>,
  year: number,
  options: {
    readonly otherCaps?: ReadonlyArray<ApplicableCap>;
    readonly cap?: MoneyClauseFigures["liabilityCap"];
  } = {},
): Explained<CapDistribution> {
  const own = options.cap ?? mdoMoneyClauses.liabilityCap;
  const caps: ReadonlyArray<ApplicableCap> = [own, ...(options.otherCaps ?? [])];
  const cap = caps.map((c) => c.perCalendarYear).reduce(maxMoney);
  const inYear = liabilities.filter((l) => Number(l.damageEventOn.slice(0, 4)) === year);
  const total = inYear.reduce((s, l) => s + BigInt(l.amount), 0n);
  const capped = total > BigInt(cap);
  const parts: ReadonlyArray<MoneyType> = capped
    ? allocate(
        cap,
        inYear.map((l) => BigInt(l.amount)),
      )
    : inYear.map((l) => l.amount);
  const totalMoney = Number.isSafeInteger(Number(total)) ? (Number(total) as MoneyType) : undefined;
  const steps = [
    step({
      rule: "liability-cap",
      inputs: { year, caps: caps.map((c) => ({ service: c.service, cap: formatEuro(c.perCalendarYear) })) },
      output: formatEuro(cap),
      citations: caps.flatMap((c) => cites(c.source)),
      en:
        caps.length > 1
          ? `Caps of different services do not add up: the highest, ${formatEuro(cap)}, bounds the total for ${year}.`
          : `The supplier's liability towards all customers together is at most ${formatEuro(cap)} for ${year}.`,
      nl:
        caps.length > 1
          ? `Aansprakelijkheidscaps worden niet gecumuleerd: de hoogste, ${formatEuro(cap)}, begrenst het totaal over ${year}.`
          : `De aansprakelijkheid jegens alle contractanten samen is maximaal ${formatEuro(cap)} over ${year}.`,
    }),
    step({
      rule: capped ? "liability-cap-pro-rata" : "liability-cap-not-reached",
      inputs: {
        year,
        liabilities: inYear.map((l) => ({ customer: l.customer, amount: formatEuro(l.amount) })),
        total: total.toString(),
      },
      output: parts.map((p) => formatEuro(p)),
      citations: cites(own.source),
      en: capped
        ? `The liabilities of ${year} exceed the cap: it is divided pro rata to the liabilities, largest remainder to the cent (this library's reading of 'in redelijkheid').`
        : `The liabilities of ${year} stay within the cap: each is paid in full.`,
      nl: capped
        ? `De aansprakelijkheden over ${year} overschrijden de cap: die wordt naar rato verdeeld, restcenten volgens de grootste rest (lezing van 'in redelijkheid' door deze bibliotheek).`
        : `De aansprakelijkheden over ${year} blijven binnen de cap: elk wordt volledig vergoed.`,
    }),
  ];
  return explained<CapDistribution>(
    {
      year,
      cap,
      totalLiabilities: totalMoney,
      capped,
      allocations: inYear.map((l, i) => ({
        customer: l.customer,
        liability: l.amount,
        allocated: parts[i] ?? zeroMoney,
      })),
    },
    steps,
  );
}
