/**
 * `@zorgkit/retention-policy`: how long each record must be kept, by when it must be gone, and
 * why — retention rules as data (a `RetentionPolicy` rulebook), evaluation with holds and
 * conflicts, batch sweeps and deletion calendars, and backup pruning for a grandfather-father-son
 * scheme. Presets: `vjzRetention`, `mdoB1Retention`, `mitzRetention`, `statutoryRetention`,
 * `mdoSlaBackupScheme`.
 *
 * @module
 */
export {
  Backup,
  type BackupDecision,
  BackupKind,
  type BackupPruning,
  BackupRule,
  BackupScheme,
  BackupSelection,
  type PruneOptions,
  pruneBackups,
} from "./backups.js";
export {
  type DeletionSchedule,
  NO_DATE,
  type RetentionColumns,
  type RetentionRecords,
  type ScheduleRange,
  type SweepResult,
  schedule,
  sweep,
} from "./batch.js";
export {
  decodeBackupScheme,
  decodeBackups,
  decodeRetentionPolicy,
  decodeRetentionRecord,
  decodeRetentionRecords,
} from "./decode.js";
export {
  describeRule,
  type EvaluateOptions,
  evaluate,
  mayDelete,
  type RetentionEvaluation,
  type RetentionStatus,
} from "./evaluate.js";
export { mdoB1Retention } from "./presets/mdo-b1.js";
export { mdoSlaBackupScheme } from "./presets/mdo-sla-backups.js";
export { mitzRetention } from "./presets/mitz.js";
export { statutoryRetention } from "./presets/statutory.js";
export { vjzRetention } from "./presets/vjz.js";
export {
  Hold,
  holdId,
  holdIsOn,
  type RecordCheckOptions,
  RetentionRecord,
  RetentionRecordFor,
  recordIssues,
} from "./record.js";
export {
  afterEvent,
  Bound,
  byAgreement,
  ClassRule,
  combinePolicies,
  immediately,
  notStored,
  RecordClass,
  RetentionName,
  RetentionPolicy,
  RetentionRule,
  RuleReading,
  ruleEvents,
  unagreedRules,
  untilProcessed,
  whileActive,
} from "./rulebook.js";
