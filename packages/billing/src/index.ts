/**
 * `@zorgkit/billing`: tariffs, invoices, reminders, statutory interest, collection costs and
 * claims for Dutch healthcare services — exact to the cent, every amount explained with the
 * clause it comes from. Rulebooks are data the caller passes (ADR 0007): `mdoBilling`,
 * `commercialInterestRates`, `statutoryInterestRates`.
 *
 * @module
 */
export {
  authorisationDecisionRecipients,
  CareType,
  ClaimLine,
  type ClaimRoute,
  ClaimRules,
  type ClaimSettlement,
  claimRoute,
  MaternityClaim,
  maternityPeriod,
  type SettledLine,
  settleClaim,
} from "./claims.js";
export { collectionCosts } from "./collection-costs.js";
export {
  decodeAccount,
  decodeAllocationVotes,
  decodeBillingRules,
  decodeClaimRules,
  decodeCollectionCostRule,
  decodeCostAllocation,
  decodeCostPlusInput,
  decodeFunding,
  decodeInterestClaim,
  decodeInterestTable,
  decodeInvoice,
  decodeMaternityClaim,
  decodeTariffEvents,
  decodeTariffIndexation,
} from "./decode.js";
export {
  type AppliedPayment,
  type InterestBatch,
  InterestClaim,
  InterestCost,
  InterestPayment,
  type InterestPeriod,
  type StatutoryInterest,
  type StatutoryInterestOptions,
  statutoryInterest,
  statutoryInterestBatch,
} from "./interest.js";
export {
  BillingMonth,
  billingMonth,
  directDebitDate,
  dueDate,
  Invoice,
  type InvoiceBatch,
  InvoiceLine,
  type InvoiceLineTotal,
  type InvoiceTotals,
  type InvoiceTotalsOptions,
  invoiceDeadline,
  invoiceTotals,
  invoiceTotalsBatch,
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
  type PaymentRejectedEvent,
  statusAt,
} from "./payment-state.js";
export { mdoCollectionCosts, statutoryCollectionCosts } from "./presets/collection-costs.js";
export { commercialInterestRates, statutoryInterestRates } from "./presets/interest-rates.js";
export { mdoBilling } from "./presets/mdo-billing.js";
export { vgzMaternityClaims } from "./presets/vgz-maternity-claims.js";
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
export {
  AllocationVote,
  AllocationVotes,
  allocateCosts,
  CostAllocation,
  type CostPlusInput,
  CostPlusInputFor,
  costPlusTariff,
  Funding,
  IndexFigure,
  indexTariff,
  TariffEvent,
  TariffIndexation,
  type TariffSchedule,
  tallyAllocationVote,
  tariffFor,
  tariffSchedule,
} from "./tariffs.js";
