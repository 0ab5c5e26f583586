/**
 * `@zorgkit/retention-policy`: retention rules as data. This release holds the rule vocabulary
 * and the MDO-B1 and statutory tables; evaluation (`evaluate`, sweeps, backup pruning) follows.
 *
 * @module
 */
export { mdoB1Retention, statutoryRetention } from "./presets/mdo-b1.js";
export { Bound, ClassRule, Duration, RetentionPolicy, RetentionRule, unagreedRules } from "./rules.js";
