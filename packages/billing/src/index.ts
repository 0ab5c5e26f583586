/**
 * `@zorgkit/billing`: tariffs, invoices, reminders, statutory interest and claims. This release
 * holds the extrajudicial collection costs (MDO-BV 6.11 and the statutory scale).
 *
 * @module
 */
export { type CollectionCostBand, type CollectionCostRule, collectionCosts } from "./collection-costs.js";
export { mdoCollectionCosts, statutoryCollectionCosts } from "./presets/collection-costs.js";
