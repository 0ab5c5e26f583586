/**
 * Money clauses of the agreement: the confidentiality penalty (MDO-BV 12.5) and the division of
 * the yearly liability cap over several customers (MDO-BV 13.1). Every figure comes from
 * `agreement.money`.
 *
 * @module
 */
import {
  allocate,
  BoundedArray,
  type Citation,
  Citations,
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
import { otherParty, Party, ShortText } from "./contract.js";
import type { Agreement } from "./figures.js";

/**
 * A confidentiality breach: the breaching party and the number of breach events (a whole number,
 * at most 1 000 000). Decode with `decodeConfidentialityBreach`.
 */
export const ConfidentialityBreach = Schema.Struct({
  breachingParty: Party,
  events: Schema.Number.check(
    Schema.makeFilter(
      (n: number) =>
        (Number.isSafeInteger(n) && n >= 0 && n <= 1_000_000) ||
        "expected a whole number of events from 0 to 1000000",
    ),
  ),
});
/** A confidentiality breach. */
export type ConfidentialityBreach = typeof ConfidentialityBreach.Type;

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
 * The confidentiality penalty (MDO-BV 12.5: € 10 000 per breach event), due at once, owed by the
 * breaching party to the other party, on top of any damages.
 *
 * @example
 * ```ts
 * import { mdo2025, confidentialityPenalty } from "@zorgkit/contract-terms";
 * confidentialityPenalty({ breachingParty: "supplier", events: 3 }, mdo2025).value.amount; // => 3000000
 * ```
 */
export function confidentialityPenalty(
  breach: ConfidentialityBreach,
  agreement: Pick<Agreement, "money">,
): Explained<ConfidentialityPenalty> {
  const { breachingParty, events } = breach;
  const perEvent = agreement.money.confidentialityPenalty;
  const amount = multiplyMoney(perEvent.value, events, 1, "half-up");
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
        inputs: { breachingParty, events, perEvent: formatEuro(perEvent.value) },
        output: formatEuro(amount),
        citations: perEvent.citations,
        en: `${events} breach event(s) × ${formatEuro(perEvent.value)} = ${formatEuro(amount)}, due at once, on top of damages.`,
        nl: `${events} overtreding(en) × ${formatEuro(perEvent.value)} = ${formatEuro(amount)}, onmiddellijk opeisbaar, naast eventuele schadevergoeding.`,
      }),
    ],
  );
}

/** An established liability of the supplier towards one customer, with the date of the damage event. */
export const Liability = Schema.Struct({
  customer: ShortText,
  amount: Money.check(Schema.makeFilter((m: number) => m >= 0 || "a liability cannot be negative")),
  damageEventOn: LocalDate,
});
/** An established liability. */
export type Liability = typeof Liability.Type;

/** Another service's liability cap that applies to the same damage event. */
export const ApplicableCap = Schema.Struct({
  service: ShortText,
  perCalendarYear: Money,
  citations: Citations,
});
/** Another service's liability cap that applies to the same damage event. */
export type ApplicableCap = typeof ApplicableCap.Type;

/**
 * The liabilities of a calendar year (0001–9999) to divide under the cap, at most 100 000, and the
 * caps of other services the same damage events touch (caps do not add up: the highest bounds the
 * total). Decode with `decodeLiabilityCapInput`.
 */
export const LiabilityCapInput = Schema.Struct({
  liabilities: BoundedArray(Liability, 100_000),
  year: Schema.Number.check(
    Schema.makeFilter(
      (n: number) => (Number.isSafeInteger(n) && n >= 1 && n <= 9999) || "expected a calendar year 1–9999",
    ),
  ),
  otherCaps: Schema.optionalKey(BoundedArray(ApplicableCap, 100)),
});
/** The liabilities of a calendar year and the other caps that apply. */
export type LiabilityCapInput = typeof LiabilityCapInput.Type;

/** The outcome of {@link distributeLiabilityCap}. */
export interface CapDistribution {
  readonly year: number;
  /**
   * Whether the agreement's cap applies: the supplier is liable to at least the agreement's
   * minimum number of distinct customers in the year (MDO: two). When it does not, nothing is
   * allocated here: another clause governs (MDO: the connection agreement's own cap, art. 8.2).
   */
  readonly capApplies: boolean;
  /** The number of distinct customers the supplier is liable to in the year for a positive amount. */
  readonly customers: number;
  /** The cap that bounds the total: the highest applicable cap (caps do not add up). */
  readonly cap: MoneyType;
  /** Sum of the liabilities in the year; `undefined` when it exceeds the largest exact amount. */
  readonly totalLiabilities: MoneyType | undefined;
  /** Whether the cap was reached, so amounts were reduced pro rata. */
  readonly capped: boolean;
  /** One per liability of the year when the cap applies; empty when it does not. */
  readonly allocations: ReadonlyArray<{
    readonly customer: string;
    readonly liability: MoneyType;
    readonly allocated: MoneyType;
  }>;
}

const fromCents = (n: bigint): MoneyType | undefined =>
  n <= BigInt(Number.MAX_SAFE_INTEGER) ? (Number(n) as MoneyType) : undefined;

/**
 * Divide the supplier's yearly liability cap over several customers (MDO-BV 13.1: when several
 * claims make the supplier liable towards several customers, at most € 2 500 000 per calendar
 * year, divided "in redelijkheid"). The cap applies only when the liabilities of `year` are owed
 * to at least the agreement's minimum number of distinct customers (MDO: two); with fewer, nothing
 * is allocated and the result says which clause governs instead (MDO: the connection agreement's
 * own cap, art. 8.2, not among the sources). This library's reading of "reasonably": pro rata to
 * the established liabilities whose damage event falls in `year`, largest remainder to the cent
 * (core's `allocate`), never more than a liability; the parts sum to exactly min(cap, total).
 * When a damage event touches several services with different caps, the highest cap bounds the
 * total; caps do not add up (`otherCaps`).
 *
 * @example
 * ```ts
 * import { date, euros } from "@zorgkit/core";
 * import { distributeLiabilityCap, mdo2025 } from "@zorgkit/contract-terms";
 * const r = distributeLiabilityCap(
 *   {
 *     liabilities: [
 *       { customer: "A", amount: euros("3000000.00"), damageEventOn: date("2027-03-01") },
 *       { customer: "B", amount: euros("1000000.00"), damageEventOn: date("2027-06-01") },
 *     ],
 *     year: 2027,
 *   },
 *   mdo2025,
 * ).value;
 * r.allocations.map((a) => a.allocated); // => [187500000, 62500000]
 * ```
 */
export function distributeLiabilityCap(
  input: LiabilityCapInput,
  agreement: Pick<Agreement, "money">,
): Explained<CapDistribution> {
  const { year } = input;
  const own = agreement.money.liabilityCap;
  const caps: ReadonlyArray<{
    service: string;
    perCalendarYear: MoneyType;
    citations: ReadonlyArray<Citation>;
  }> = [own, ...(input.otherCaps ?? [])];
  const cap = caps.map((c) => c.perCalendarYear).reduce(maxMoney);
  const inYear = input.liabilities.filter((l) => Number(l.damageEventOn.slice(0, 4)) === year);
  // A customer is liable only for a positive amount: a zero liability does not make 13.1's
  // "meerdere contractanten".
  const customers = new Set(inYear.filter((l) => l.amount > 0).map((l) => l.customer)).size;
  const total = inYear.reduce((s, l) => s + BigInt(l.amount), 0n);
  const totalMoney = fromCents(total);
  const minimum = own.minimumCustomers;
  if (customers < minimum.value) {
    return explained<CapDistribution>(
      {
        year,
        capApplies: false,
        customers,
        cap,
        totalLiabilities: totalMoney,
        capped: false,
        allocations: [],
      },
      [
        step({
          rule: "liability-cap-not-applicable",
          inputs: { year, customers, minimumCustomers: minimum.value },
          citations: [...minimum.citations, ...own.otherwise.citations],
          en: `In ${year} the supplier is liable to ${customers} customer(s); the yearly cap of ${formatEuro(own.perCalendarYear)} applies only when it is liable to at least ${minimum.value}. It does not apply: ${own.otherwise.en}. Nothing is allocated here.`,
          nl: `In ${year} is de leverancier aansprakelijk jegens ${customers} contractant(en); de jaarlijkse limiet van ${formatEuro(own.perCalendarYear)} geldt alleen bij aansprakelijkheid jegens ten minste ${minimum.value}. Die geldt niet: ${own.otherwise.nl}. Hier wordt niets verdeeld.`,
        }),
      ],
    );
  }
  const capped = total > BigInt(cap);
  const parts: ReadonlyArray<MoneyType> = capped
    ? allocate(
        cap,
        inYear.map((l) => BigInt(l.amount)),
      )
    : inYear.map((l) => l.amount);
  const steps = [
    step({
      rule: "liability-cap",
      inputs: {
        year,
        customers,
        caps: caps.map((c) => ({ service: c.service, cap: formatEuro(c.perCalendarYear) })),
      },
      output: formatEuro(cap),
      citations: [...minimum.citations, ...caps.flatMap((c) => c.citations)],
      en:
        caps.length > 1
          ? `The supplier is liable to ${customers} customers in ${year}. Caps of different services do not add up: the highest, ${formatEuro(cap)}, bounds the total.`
          : `The supplier is liable to ${customers} customers in ${year}: its liability towards all of them together is at most ${formatEuro(cap)}.`,
      nl:
        caps.length > 1
          ? `De leverancier is in ${year} aansprakelijk jegens ${customers} contractanten. Aansprakelijkheidscaps worden niet gecumuleerd: de hoogste, ${formatEuro(cap)}, begrenst het totaal.`
          : `De leverancier is in ${year} aansprakelijk jegens ${customers} contractanten: jegens hen samen maximaal ${formatEuro(cap)}.`,
    }),
    step({
      rule: capped ? "liability-cap-pro-rata" : "liability-cap-not-reached",
      inputs: {
        year,
        liabilities: inYear.map((l) => ({ customer: l.customer, amount: formatEuro(l.amount) })),
        total: total.toString(),
      },
      output: parts.map((p) => formatEuro(p)),
      citations: own.citations,
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
      capApplies: true,
      customers,
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
