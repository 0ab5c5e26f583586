/**
 * `@zorgkit/sla-calculator`: what an SLA promises and whether it was kept — incident priorities,
 * response and resolution deadlines on business calendars, compliance with the norm, monthly
 * availability, structural failure, and the smaller promises. The MDO SLA (MDO-SLA 1.0, 4 June
 * 2025) is the first preset.
 *
 * @module
 */
export {
  type AnnouncedInTime,
  type AvailabilityOptions,
  type AvailabilityResult,
  availability,
  availabilityOf,
  type DowntimeInterval,
  type ExcludedMinutesIn,
  mergeIntervals,
  Outage,
  OutageCause,
} from "./availability.js";
export {
  type BreachNoticeDue,
  type BreachNoticeStatus,
  breachNoticeDue,
  breachNoticeStatus,
} from "./breach-notice.js";
export { changeRequestDeadlines, isProblem, mayFile, supportOwed } from "./changes.js";
export { type CompiledSla, compileSla, DEFAULT_SLA_YEARS, type SlaOptions } from "./compile.js";
export { type Compliance, compliance, type TargetTally } from "./compliance.js";
export {
  assess,
  clockOf,
  closeOfDay,
  type Deadline,
  type DeadlineInput,
  type Deadlines,
  deadlines,
  dueAt,
  elapsedWorkingTime,
  type ItemAssessment,
  type TargetAssessment,
  type TargetName,
  type TargetStatus,
  type WorkingDayDeadline,
  workingDayDeadline,
  workingDayDue,
} from "./deadlines.js";
export {
  decodeBackupTimes,
  decodeIncident,
  decodeIncidents,
  decodeMaintenanceAnnouncement,
  decodeMonthlyReportRequest,
  decodeOutage,
  decodeOutages,
  decodePerformanceMeasurement,
  decodePeriod,
  decodePriorityInput,
  decodeQuarter,
  decodeQuarterData,
  decodeRelease,
  decodeVendorUpdate,
  decodeYearMonth,
} from "./decode.js";
export {
  type RecoveryTestDue,
  type RpoResult,
  type RtoStatus,
  recoveryTestDue,
  rpoMet,
  rtoMet,
} from "./disaster-recovery.js";
export {
  Incident,
  IncidentReport,
  type MeasuredItem,
  measuredItems,
  PriorityChange,
  Resolution,
  resolvedAt,
} from "./incident.js";
export {
  MaintenanceAnnouncement,
  type MaintenanceKind,
  type MaintenanceNotice,
  maintenanceNoticeOk,
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
  Period,
  Quarter,
  quarter,
  quarterInterval,
  quarterOfMonth,
  YearMonth,
  yearMonth,
} from "./period.js";
export { mdoSla2025 } from "./presets/mdo-sla-2025.js";
export {
  handlingOrder,
  Level,
  Priority,
  PriorityInput,
  priorities,
  priority,
  priorityRank,
} from "./priority.js";
export { formatPercent } from "./ratio.js";
export {
  type MajorVersionSupport,
  majorVersionEndOfLife,
  Release,
  type ReleaseInUse,
  releaseInUseOk,
  supportedMajorVersions,
  VendorUpdate,
  type VendorUpdateDue,
  vendorUpdateDue,
} from "./releases.js";
export {
  type ActionMeasurement,
  type MonthlyReport,
  type MonthlyReportInput,
  MonthlyReportRequest,
  monthlyReport,
  type ReportRelease,
} from "./report.js";
export type {
  CalendarLength,
  Cited,
  ClockName,
  Hours,
  OutageCauseName,
  PriorityTargets,
  Ratio,
  SlaDefinition,
  TimeTarget,
} from "./sla.js";
export {
  QuarterData,
  QuarterP1Incident,
  quarterData,
  type StructuralFailure,
  type StructuralFailureConsequence,
  type StructuralFailureTrigger,
  structuralFailure,
} from "./structural-failure.js";
