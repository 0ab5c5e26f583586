/**
 * `@zorgkit/billing/testing`: fast-check arbitraries of billing values.
 * Requires `fast-check` (optional peer).
 *
 * @module
 */
import { cents, type Money } from "@zorgkit/core";
import fc from "fast-check";

/**
 * Amounts owed at hand-over, from € 0,00 to € 10.000.000,00.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbAmountOwed(), (m) => collectionCosts(m, mdoCollectionCosts).value >= 100000));
 * ```
 */
export function arbAmountOwed(): fc.Arbitrary<Money> {
  return fc.integer({ min: 0, max: 1_000_000_000 }).map(cents);
}
