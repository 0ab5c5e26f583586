/**
 * Internal: the largest sums the decoders accept, so that every decoded subject can be computed in
 * safe-integer cents (Number.MAX_SAFE_INTEGER ≈ € 90 trillion).
 *
 * @module
 * @internal
 */

/**
 * € 1 000 000 000 000 (10^14 cents): the most a claim's principal plus costs, an account's
 * invoices or payments, or an invoice's lines may add up to. Statutory interest at 13 % compounded
 * for 30 years multiplies a sum by about 39, which stays below the safe range; a table with
 * higher rates over longer spans can still leave it, and then `statutoryInterest` throws a
 * RangeError rather than return an inexact amount.
 */
export const MAX_SUM_CENTS = 100_000_000_000_000;

/** The longest payment term a billing rulebook may hold (`paymentTermDays`, 0–3 650 days). */
export const LONGEST_PAYMENT_TERM_DAYS = 3650;

/** The longest maternity period after birth a claim rulebook may hold (`maternityWeeksAfterBirth`, 0–52 weeks). */
export const LONGEST_MATERNITY_WEEKS = 52;

/** "€ 1.000.000.000.000,00", for messages. */
export const MAX_SUM_TEXT = "€ 1.000.000.000.000,00";

/** The sum of `xs`' amounts is at most {@link MAX_SUM_CENTS} (by absolute value). */
export function sumWithin(xs: ReadonlyArray<{ readonly amount: number }>, start = 0): boolean {
  let s = Math.abs(start);
  for (const x of xs) {
    s += Math.abs(x.amount);
    if (s > MAX_SUM_CENTS) return false;
  }
  return s <= MAX_SUM_CENTS;
}
