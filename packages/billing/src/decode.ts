/**
 * Every decoder of the package (ADR 0006 §2): `unknown` in, core's `DecodeResult` out — the
 * value, or every issue with its path, a message that never repeats the input, and the shape
 * found. Never throws.
 *
 * @module
 */
import { type DecodeResult, decode } from "@zorgkit/core";
import { InterestClaim } from "./interest.js";
import { Invoice } from "./invoices.js";
import { type Account, AccountFor } from "./payment-state.js";
import { BillingRules, CollectionCostRule, InterestTable } from "./rulebook.js";

/**
 * Decode the subject of `statutoryInterest`: rejects amounts with more than two decimals or
 * non-numeric, a negative principal, a payment after `through`.
 *
 * @example
 * ```ts
 * decodeInterestClaim({ principal: "100.005", defaultFrom: "2025-01-16", through: "2025-03-15" }).ok; // => false
 * ```
 */
export const decodeInterestClaim = decode(InterestClaim);

/**
 * Decode an interest-rate table: rejects rows without an effective date, unsorted or overlapping
 * rows, a rate that is not a percentage 0–100 with at most four decimals.
 *
 * @example
 * ```ts
 * decodeInterestTable({ name: "t", rows: [], through: "2026-06-30", citations: [],
 *   compounding: { citations: [] }, imputation: { citations: [] } }).ok; // => false (no rows)
 * ```
 */
export const decodeInterestTable = decode(InterestTable);

/**
 * Decode a collection-cost rule (a contract's own scale).
 *
 * @example
 * ```ts
 * decodeCollectionCostRule({ id: "own", bands: [{ percent: "10" }], minimum: "50.00", citations: [] }).ok; // => true
 * ```
 */
export const decodeCollectionCostRule = decode(CollectionCostRule);

/**
 * Decode a billing rulebook (a team's own contract figures kept in a JSON file).
 *
 * @example
 * ```ts
 * decodeBillingRules({ name: "mine" }).ok; // => false (every figure is required)
 * ```
 */
export const decodeBillingRules = decode(BillingRules);

/**
 * Decode an invoice: rejects amounts with more than two decimals, negative quantities, an
 * invoice date before the month it bills, a VAT category other than standard/reduced/zero.
 *
 * @example
 * ```ts
 * decodeInvoice({ number: "1", month: "2026-03", invoiceDate: "2026-02-28", lines: [] }).ok; // => false
 * ```
 */
export const decodeInvoice = decode(Invoice);

const accountDecoders = new WeakMap<BillingRules, (u: unknown) => DecodeResult<Account>>();

/**
 * Decode an account (invoices and dated payment events) under a rulebook: rejects a reminder
 * beyond `rules.maxReminders` for one invoice (a third MDO reminder), duplicate invoice numbers,
 * events naming unknown invoices, non-positive payments, terms ending before they start.
 *
 * @example
 * ```ts
 * import { decodeAccount, mdoBilling } from "@zorgkit/billing";
 *
 * const reminder = (on: string) => ({ type: "reminderSent", on, invoice: "A-1", termEnds: on });
 * decodeAccount(
 *   { invoices: [{ number: "A-1", invoiceDate: "2026-04-15", amount: "100.00" }],
 *     events: [reminder("2026-05-20"), reminder("2026-06-05"), reminder("2026-06-20")] },
 *   mdoBilling,
 * ).ok; // => false (a third reminder)
 * ```
 */
export function decodeAccount(input: unknown, rules: BillingRules): DecodeResult<Account> {
  let d = accountDecoders.get(rules);
  if (d === undefined) {
    d = decode(AccountFor(rules));
    accountDecoders.set(rules, d);
  }
  return d(input);
}
