/**
 * `@zorgkit/sla-calculator`: what an SLA promises and whether it was kept — incident priorities,
 * response and resolution deadlines on business calendars, compliance with the norm, monthly
 * availability, structural failure, and the smaller promises. The MDO SLA (MDO-SLA 1.0, 4 June
 * 2025) is the first preset.
 *
 * @module
 */
export { assess, type ItemAssessment, type TargetAssessment, type TargetStatus } from "./assess.js";
export {
  AvailabilityInput,
  type AvailabilityOptions,
  type AvailabilityResult,
  availability,
  type DowntimeInterval,
  type ExcludedMinutesIn,
  mergeIntervals,
  Outage,
} from "./availability.js";
export {
  BreachNotice,
  type BreachNoticeDue,
  type BreachNoticeStatus,
  breachNoticeDue,
  breachNoticeStatus,
} from "./breach-notice.js";
export {
  changeRequestDeadlines,
  type Filer,
  mayFile,
  problemIdentification,
  supportOwed,
} from "./changes.js";
export { type CompiledSla, compileSla, DEFAULT_SLA_YEARS, type SlaOptions } from "./compile.js";
export { type Compliance, ComplianceInput, compliance, type TargetTally } from "./compliance.js";
export {
  clockOf,
  closeOfDay,
  type Deadline,
  type DeadlineInput,
  type Deadlines,
  type DueAtQuery,
  deadlines,
  dueAt,
  type ElapsedQuery,
  elapsedWorkingTime,
  type SupplierNotice,
  type TargetName,
  type WorkingDayDeadline,
  workingDayDeadline,
} from "./deadlines.js";
export {
  decodeAvailabilityInput,
  decodeBackupTimes,
  decodeBreachNotice,
  decodeComplianceInput,
  decodeFiler,
  decodeIncident,
  decodeIncidents,
  decodeMaintenanceAnnouncement,
  decodeMaintenanceOverview,
  decodeMonthlyReportRequest,
  decodeOutage,
  decodeOutages,
  decodePerformanceMeasurement,
  decodePriorityInput,
  decodeQuarter,
  decodeQuarterData,
  decodeQuarterHistory,
  decodeRecovery,
  decodeRelease,
  decodeReportingPeriod,
  decodeSlaDefinition,
  decodeVendorUpdate,
  decodeYearMonth,
} from "./decode.js";
export {
  Recovery,
  type RecoveryTestDue,
  type RpoResult,
  type RtoStatus,
  recoveryPoint,
  recoveryTestDue,
  recoveryTime,
} from "./disaster-recovery.js";
export {
  Incident,
  IncidentReport,
  IncidentResolution,
  type MeasuredItem,
  measuredItems,
  PriorityChange,
  ReportChannel,
  resolvedAt,
} from "./incident.js";
export {
  MaintenanceAnnouncement,
  type MaintenanceKind,
  type MaintenanceNotice,
  MaintenanceOverview,
  MaintenanceWindow,
  maintenanceNotice,
  type RegularMaintenanceFinding,
  regularMaintenanceCheck,
} from "./maintenance.js";
export { type PerformanceAlert, PerformanceMeasurement, performanceAlerts } from "./performance.js";
export {
  firstDayOf,
  monthInterval,
  monthsOfQuarter,
  nextMonth,
  nextQuarter,
  Quarter,
  quarter,
  quarterInterval,
  quarterOfMonth,
  ReportingPeriod,
  YearMonth,
  yearMonth,
} from "./period.js";
export { mdoSla2025 } from "./presets/mdo-sla-2025.js";
export { handlingOrder, PriorityInput, priority, priorityRank } from "./priority.js";
export {
  type MajorVersionSupport,
  majorVersionEndOfLife,
  mayUseRelease,
  Release,
  type ReleaseInUse,
  supportedMajorVersions,
  VendorUpdate,
  type VendorUpdateDue,
  vendorUpdateDue,
} from "./releases.js";
export {
  type ActionMeasurement,
  type MonthlyReport,
  MonthlyReportRequest,
  monthlyReport,
  type ReportRelease,
} from "./report.js";
export {
  ClockName,
  Level,
  OutageCause,
  outageCauses,
  Priority,
  PriorityTargets,
  priorities,
  SlaDefinition,
  TimeTarget,
} from "./sla.js";
export {
  QuarterData,
  QuarterHistory,
  QuarterP1Incident,
  quarterData,
  type StructuralFailure,
  type StructuralFailureConsequence,
  type StructuralFailureTrigger,
  structuralFailure,
} from "./structural-failure.js";
