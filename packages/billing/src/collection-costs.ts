/**
 * Extrajudicial collection costs (buitengerechtelijke incassokosten): what a creditor may charge
 * when an unpaid claim is handed over for collection. The scale, minimum, maximum and clause come
 * from the {@link CollectionCostRule} the caller passes (`mdoCollectionCosts`,
 * `statutoryCollectionCosts`, or a contract's own).
 *
 * @module
 */
import {
  compareMoney,
  divideRounded,
  type Explained,
  explained,
  formatEuro,
  type Money,
  parsePercentage,
  step,
  toDecimalString,
  zeroMoney,
} from "@zorgkit/core";
import type { CollectionCostRule } from "./rulebook.js";

/**
 * The collection costs for the total amount owed at hand-over (principal plus the interest
 * accrued by then, over all invoices handed over together: the minimum applies once per
 * hand-over). The scale is applied exactly and rounded once, half-up to the cent, then the
 * minimum and maximum. A total owed of € 0,00 or less bears no costs — never the minimum on
 * nothing — and the explanation says so.
 *
 * @example
 * ```ts
 * import { euros } from "@zorgkit/core";
 * import { collectionCosts, mdoCollectionCosts, statutoryCollectionCosts } from "@zorgkit/billing";
 *
 // € 1.000: the minimum, once
 *
 * collectionCosts(euros("6000.00"), mdoCollectionCosts).value; // => 100000
 * // 5 %
 * collectionCosts(euros("30000.00"), mdoCollectionCosts).value; // => 150000
 * collectionCosts(euros("10000.00"), statutoryCollectionCosts).value; // => 87500
 * // nothing owed
 * collectionCosts(euros("0.00"), mdoCollectionCosts).value; // => 0
 * ```
 */
export function collectionCosts(totalOwed: Money, rule: CollectionCostRule): Explained<Money> {
  if (totalOwed <= 0) {
    return explained(zeroMoney, [
      step({
        rule: "collection-costs-nothing-owed",
        inputs: { totalOwed: toDecimalString(totalOwed) },
        output: "0.00",
        citations: rule.citations,
        en: `Nothing is owed at hand-over (${formatEuro(totalOwed)}), so there are no collection costs; the minimum of ${formatEuro(rule.minimum)} applies only to an amount owed.`,
        nl: `Bij uit handen geven is niets verschuldigd (${formatEuro(totalOwed)}), dus er zijn geen incassokosten; het minimum van ${formatEuro(rule.minimum)} geldt alleen voor een verschuldigd bedrag.`,
      }),
    ]);
  }
  // Σ portion × percent / 100, as one exact fraction over a common denominator.
  let numerator = 0n;
  let denominator = 1n;
  let lower = 0n;
  const owed = BigInt(totalOwed);
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
  const scaled = Number(divideRounded(numerator, denominator, "half-up")) as Money;
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
  const schaal = rule.bands
    .map((b) => `${b.percent} %${b.upTo === undefined ? "" : ` tot ${formatEuro(b.upTo)}`}`)
    .join(", ");
  const steps = [
    step({
      rule: "collection-costs-scale",
      inputs: { totalOwed: toDecimalString(totalOwed), scale },
      output: toDecimalString(scaled),
      citations: rule.citations,
      en: `The scale (${scale}) applied to ${formatEuro(totalOwed)} gives ${formatEuro(scaled)}.`,
      nl: `De staffel (${schaal}) over ${formatEuro(totalOwed)} geeft ${formatEuro(scaled)}.`,
    }),
  ];
  if (bound !== undefined) {
    steps.push(
      step({
        rule: `collection-costs-${bound}`,
        inputs: { [bound]: toDecimalString(value) },
        output: toDecimalString(value),
        citations: rule.citations,
        en: `That is ${bound === "minimum" ? "below" : "above"} the ${bound} of ${formatEuro(value)}, so the costs are ${formatEuro(value)}.`,
        nl: `Dat is ${bound === "minimum" ? "minder" : "meer"} dan het ${bound} van ${formatEuro(value)}, dus de kosten zijn ${formatEuro(value)}.`,
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
