/**
 * Every decoder of the package (ADR 0006 §2): `unknown` in, core's `DecodeResult` out — the
 * value, or every issue with its path, a message that never repeats the input, and the shape
 * found. Never throws.
 *
 * @module
 */
import { BoundedArray, type DecodeResult, decode } from "@zorgkit/core";
import { ClaimRules, MaternityClaim } from "./claims.js";
import { InterestClaim } from "./interest.js";
import { Invoice } from "./invoices.js";
import { type Account, AccountFor } from "./payment-state.js";
import { BillingRules, CollectionCostRule, InterestTable } from "./rulebook.js";
import {
  AllocationVotes,
  CostAllocation,
  type CostPlusInput,
  CostPlusInputFor,
  Funding,
  TariffEvent,
  TariffIndexation,
} from "./tariffs.js";

/**
 * Decode the subject of `statutoryInterest`: rejects amounts with more than two decimals or
 * non-numeric, a negative principal, a payment after `through`.
 *
 * @example
 * ```ts
 * import { decodeInterestClaim } from "@zorgkit/billing";
 *
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
 * import { decodeInterestTable } from "@zorgkit/billing";
 *
 * const noRows = { name: "t", rows: [], through: "2026-06-30", citations: [], compounding: { citations: [] }, imputation: { citations: [] } };
 * decodeInterestTable(noRows).ok; // => false
 * ```
 */
export const decodeInterestTable = decode(InterestTable);

/**
 * Decode a collection-cost rule (a contract's own scale).
 *
 * @example
 * ```ts
 * import { decodeCollectionCostRule } from "@zorgkit/billing";
 *
 * decodeCollectionCostRule({ id: "own", bands: [{ percent: "10" }], minimum: "50.00", citations: [] }).ok; // => true
 * ```
 */
export const decodeCollectionCostRule = decode(CollectionCostRule);

/**
 * Decode a billing rulebook (a team's own contract figures kept in a JSON file).
 *
 * @example
 * ```ts
 * import { decodeBillingRules } from "@zorgkit/billing";
 *
 * // every figure is required
 * decodeBillingRules({ name: "mine" }).ok; // => false
 * ```
 */
export const decodeBillingRules = decode(BillingRules);

/**
 * Decode an invoice: rejects amounts with more than two decimals, negative quantities, an
 * invoice date before the month it bills or after 9990-01-02 (a due date under any rulebook's
 * payment term, at most 3 650 days, must still be a date), a VAT category other than
 * standard/reduced/zero.
 *
 * @example
 * ```ts
 * import { decodeInvoice } from "@zorgkit/billing";
 *
 * decodeInvoice({ number: "1", month: "2026-03", invoiceDate: "2026-02-28", lines: [] }).ok; // => false
 * ```
 */
export const decodeInvoice = decode(Invoice);

const accountDecoders = new WeakMap<BillingRules, (u: unknown) => DecodeResult<Account>>();

/**
 * Decode an account (invoices and dated payment events) under a rulebook: rejects a reminder
 * beyond `rules.maxReminders` for one invoice (a third MDO reminder), duplicate invoice numbers,
 * events naming unknown invoices, non-positive payments, terms ending before they start, a date
 * after the last one the rulebook allows (`mdoBilling`: 9999-11-30; the limits guide).
 *
 * @example
 * ```ts
 * import { decodeAccount, mdoBilling } from "@zorgkit/billing";
 *
 * const reminder = (on: string) => ({ type: "reminderSent", on, invoice: "A-1", termEnds: on });
 * const account = { invoices: [{ number: "A-1", invoiceDate: "2026-04-15", amount: "100.00" }], events: [reminder("2026-05-20"), reminder("2026-06-05"), reminder("2026-06-20")] };
 * // a third reminder
 * decodeAccount(account, mdoBilling).ok; // => false
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

/**
 * Decode votes on the cost-allocation key: rejects a voter who votes twice, an unknown key.
 *
 * @example
 * ```ts
 * import { decodeAllocationVotes } from "@zorgkit/billing";
 *
 * decodeAllocationVotes([{ voter: "a", key: "per-mdo" }, { voter: "a", key: "per-provider" }]).ok; // => false
 * ```
 */
export const decodeAllocationVotes = decode(AllocationVotes);

/**
 * Decode a cost allocation: rejects a negative total, a provider listed twice, a fractional MDO count.
 *
 * @example
 * ```ts
 * import { decodeCostAllocation } from "@zorgkit/billing";
 *
 * decodeCostAllocation({ total: "100.00", key: "per-mdo", providers: [{ provider: "a", uniqueMdos: 1.5 }] }).ok; // => false
 * ```
 */
export const decodeCostAllocation = decode(CostAllocation);

/**
 * Decode the funding state (funded, or the tariff charged).
 *
 * @example
 * ```ts
 * import { decodeFunding } from "@zorgkit/billing";
 *
 * decodeFunding({ funded: false, tariff: "12.50" }).ok; // => true
 * ```
 */
export const decodeFunding = decode(Funding);

/**
 * Decode an indexation: rejects index figures that are not positive decimals.
 *
 * @example
 * ```ts
 * import { decodeTariffIndexation } from "@zorgkit/billing";
 *
 * const zeroIndex = { tariff: "10.00", effectiveDate: "2027-01-01", basis: "inflation", indexBefore: "0", indexNow: "103", earlierIndexations: [] };
 * decodeTariffIndexation(zeroIndex).ok; // => false
 * ```
 */
export const decodeTariffIndexation = decode(TariffIndexation);

/**
 * Decode tariff events (at most 10 000).
 *
 * @example
 * ```ts
 * import { decodeTariffEvents } from "@zorgkit/billing";
 *
 * decodeTariffEvents([{ kind: "set", effectiveDate: "2027-01-01", tariff: "10.00" }]).ok; // => true
 * ```
 */
export const decodeTariffEvents = decode(BoundedArray(TariffEvent, 10_000));

/**
 * Decode a maternity-care claim: rejects non-positive amounts, a birth before the pregnancy started
 * or after 9999-01-01 (the maternity period, up to 52 weeks after it under any rulebook, must end
 * in 9999), a caregiver registered twice, a code with two maximum tariffs or a negative one.
 *
 * @example
 * ```ts
 * import { decodeMaternityClaim } from "@zorgkit/billing";
 *
 * const birthFirst = { careType: "midwifery", contracted: true, lines: [], registrations: [], pregnancy: { start: "2026-03-01", birth: "2026-01-01" } };
 * decodeMaternityClaim(birthFirst).ok; // => false
 * ```
 */
export const decodeMaternityClaim = decode(MaternityClaim);

/**
 * Decode claim rules (an insurer's rulebook kept as JSON).
 *
 * @example
 * ```ts
 * import { decodeClaimRules } from "@zorgkit/billing";
 *
 * decodeClaimRules({}).ok; // => false
 * ```
 */
export const decodeClaimRules = decode(ClaimRules);

const costPlusDecoders = new WeakMap<BillingRules, (u: unknown) => DecodeResult<CostPlusInput>>();

/**
 * Decode a cost-plus input under a rulebook: a margin above `rules.maxMarginPercent` (MDO: 5 %)
 * is rejected, as are amounts with more than two decimals.
 *
 * @example
 * ```ts
 * import { decodeCostPlusInput, mdoBilling } from "@zorgkit/billing";
 *
 * decodeCostPlusInput({ costPrice: "100.00", marginPercent: "5.01" }, mdoBilling).ok; // => false
 * decodeCostPlusInput({ costPrice: "100.00", marginPercent: "5" }, mdoBilling).ok; // => true
 * ```
 */
export function decodeCostPlusInput(input: unknown, rules: BillingRules): DecodeResult<CostPlusInput> {
  let d = costPlusDecoders.get(rules);
  if (d === undefined) {
    d = decode(CostPlusInputFor(rules));
    costPlusDecoders.set(rules, d);
  }
  return d(input);
}
