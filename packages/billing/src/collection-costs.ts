/**
 * Extrajudicial collection costs (buitengerechtelijke incassokosten): what a creditor may charge
 * when an unpaid claim is handed over for collection.
 *
 * @module
 */
import {
  type Citation,
  compareMoney,
  divideRounded,
  type Explained,
  explained,
  formatEuro,
  type Money,
  parsePercentage,
  type RoundingMode,
  step,
  toDecimalString,
} from "@zorgkit/core";

/** A band of a staggered scale: `percent` % of the part of the amount up to `upTo` (none: no limit). */
export interface CollectionCostBand {
  readonly upTo?: Money;
  readonly percent: string;
}

/**
 * A rule for collection costs: a scale of bands (one band for a flat percentage), a minimum and
 * an optional maximum, the rounding of the result, and the clause it comes from.
 */
export interface CollectionCostRule {
  readonly id: string;
  readonly bands: ReadonlyArray<CollectionCostBand>;
  readonly minimum: Money;
  readonly maximum?: Money;
  readonly rounding: RoundingMode;
  readonly source: Citation;
}

/**
 * The collection costs for a total amount owed at hand-over (principal plus the interest accrued
 * by then, over all invoices handed over together: the minimum applies once per hand-over).
 * The scale is applied exactly and rounded once to whole cents, then the minimum and maximum.
 *
 * @example
 * ```ts
 * // MDO-BV art. 6.11: 5 % of the total owed, at least € 1.000
 * collectionCosts(euros("6000.00"), mdoCollectionCosts).value; // € 1.000,00
 * collectionCosts(euros("30000.00"), mdoCollectionCosts).value; // € 1.500,00
 * ```
 */
export function collectionCosts(totalOwed: Money, rule: CollectionCostRule): Explained<Money> {
  // Σ portion × percent / 100, as one exact fraction over the product-free common denominator.
  let numerator = 0n;
  let denominator = 1n;
  let lower = 0n;
  const owed = BigInt(totalOwed < 0 ? 0 : totalOwed);
  for (const band of rule.bands) {
    const upper = band.upTo === undefined ? owed : BigInt(band.upTo);
    const portion = (upper < owed ? upper : owed) - lower;
    if (portion > 0n) {
      const p = parsePercentage(band.percent);
      const common = lcm(denominator, p.denominator);
      numerator = numerator * (common / denominator) + portion * p.numerator * (common / p.denominator);
      denominator = common;
    }
    if (upper >= owed) break;
    lower = upper;
  }
  const scaled = Number(divideRounded(numerator, denominator, rule.rounding)) as Money;
  let value = scaled;
  let bound: "minimum" | "maximum" | undefined;
  if (compareMoney(value, rule.minimum) < 0) {
    value = rule.minimum;
    bound = "minimum";
  } else if (rule.maximum !== undefined && compareMoney(value, rule.maximum) > 0) {
    value = rule.maximum;
    bound = "maximum";
  }
  const scale = rule.bands
    .map((b) => `${b.percent} %${b.upTo === undefined ? "" : ` up to ${formatEuro(b.upTo)}`}`)
    .join(", ");
  const steps = [
    step({
      rule: "collection-costs-scale",
      inputs: { totalOwed: toDecimalString(totalOwed), scale },
      output: toDecimalString(scaled),
      citations: [rule.source],
      en: `The scale (${scale}) applied to ${formatEuro(totalOwed)} gives ${formatEuro(scaled)}.`,
      nl: `De staffel (${scale}) over ${formatEuro(totalOwed)} geeft ${formatEuro(scaled)}.`,
    }),
  ];
  if (bound !== undefined) {
    const en = bound === "minimum" ? "minimum" : "maximum";
    const nl = bound === "minimum" ? "minimum" : "maximum";
    steps.push(
      step({
        rule: `collection-costs-${bound}`,
        inputs: { [bound]: toDecimalString(value) },
        output: toDecimalString(value),
        citations: [rule.source],
        en: `That is ${bound === "minimum" ? "below" : "above"} the ${en} of ${formatEuro(value)}, so the costs are ${formatEuro(value)}.`,
        nl: `Dat is ${bound === "minimum" ? "minder" : "meer"} dan het ${nl} van ${formatEuro(value)}, dus de kosten zijn ${formatEuro(value)}.`,
      }),
    );
  }
  return explained(value, steps);
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}
