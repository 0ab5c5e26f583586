/**
 * `@zorgkit/retention-policy/testing`: fast-check arbitraries of the package's domain values —
 * dates (month ends drawn often), instants, retention lengths, rules, whole policies, records
 * under a policy, holds, backup histories — so teams can property-test their own services with
 * realistic data. Requires `fast-check` (optional peer dependency).
 *
 * @module
 */
export {
  arbBackups,
  arbHold,
  arbRecordFor,
  arbRetentionDate,
  arbRetentionInstant,
  arbRetentionLength,
  arbRetentionPolicy,
  arbRetentionRecord,
  arbRetentionRule,
  type DayRange,
} from "./testing/arbitraries.js";
