/**
 * `@zorgkit/billing`: tariffs, invoices, reminders, statutory interest, collection costs and
 * claims for Dutch healthcare services — exact to the cent, every amount explained with the
 * clause it comes from. Rulebooks are data the caller passes (ADR 0007): `mdoBilling`,
 * `commercialInterestRates`, `statutoryInterestRates`.
 *
 * @module
 */
export { collectionCosts } from "./collection-costs.js";
export {
  decodeAccount,
  decodeBillingRules,
  decodeCollectionCostRule,
  decodeInterestClaim,
  decodeInterestTable,
  decodeInvoice,
} from "./decode.js";
export {
  type AppliedPayment,
  InterestClaim,
  InterestCost,
  InterestPayment,
  type InterestPeriod,
  type StatutoryInterest,
  type StatutoryInterestOptions,
  statutoryInterest,
} from "./interest.js";
export {
  BillingMonth,
  billingMonth,
  directDebitDate,
  dueDate,
  Invoice,
  InvoiceLine,
  type InvoiceLineTotal,
  type InvoiceTotals,
  type InvoiceTotalsOptions,
  invoiceDeadline,
  invoiceTotals,
  Quantity,
  type VatGroup,
  type VatRounding,
} from "./invoices.js";
export {
  type Account,
  AccountFor,
  AccountInvoice,
  type AccountStatus,
  type HandOver,
  type InvoiceState,
  type InvoiceStatus,
  PaymentEvent,
  type RejectedEvent,
  statusAt,
} from "./payment-state.js";
export { mdoCollectionCosts, statutoryCollectionCosts } from "./presets/collection-costs.js";
export { commercialInterestRates, statutoryInterestRates } from "./presets/interest-rates.js";
export { mdoBilling } from "./presets/mdo-billing.js";
export {
  AllocationKey,
  BillingRules,
  CollectionCostBand,
  CollectionCostRule,
  InterestTable,
  Percent,
  PercentTable,
  VatCategory,
} from "./rulebook.js";
