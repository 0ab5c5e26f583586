/**
 * Decoders for every input of the calculator: `unknown` in, the decoded value or every issue
 * (path, message, shape of what was found) out — never an exception (core's `decode`).
 *
 * @module
 */
import { BoundedArray, decode, Instant as InstantSchema } from "@zorgkit/core";
import { AvailabilityInput, Outage } from "./availability.js";
import { BreachNotice } from "./breach-notice.js";
import { Filer } from "./changes.js";
import { ComplianceInput } from "./compliance.js";
import { Recovery } from "./disaster-recovery.js";
import { Incident } from "./incident.js";
import { MAX_BACKUP_TIMES, MAX_INCIDENTS, MAX_OUTAGES } from "./internal/limits.js";
import { MaintenanceAnnouncement, MaintenanceOverview } from "./maintenance.js";
import { PerformanceMeasurement } from "./performance.js";
import { Quarter, ReportingPeriod, YearMonth } from "./period.js";
import { PriorityInput } from "./priority.js";
import { Release, VendorUpdate } from "./releases.js";
import { MonthlyReportRequest } from "./report.js";
import { SlaDefinition } from "./sla.js";
import { QuarterData, QuarterHistory } from "./structural-failure.js";

/**
 * Decode an incident.
 *
 * @example
 * ```ts
 * const r = decodeIncident({ id: "INC-1", receivedAt: "2026-11-24T10:00:00", priority: "P2" });
 * // { ok: false, issues: [{ path: "$.receivedAt", message: "a local date-time without an offset is ambiguous …", … }] }
 * ```
 */
export const decodeIncident = decode(Incident);
/**
 * Decode a list of incidents; issues name the index (`$[0].priority`).
 *
 * @example
 * ```ts
 * decodeIncidents([{ id: "INC-1", receivedAt: "2026-11-24T10:00:00+01:00", priority: "P5" }]);
 * // { ok: false, issues: [{ path: "$[0].priority", message: 'Expected "P1" | "P2" | "P3" | "P4"', actual: "string of 2 characters" }] }
 * ```
 */
export const decodeIncidents = decode(BoundedArray(Incident, MAX_INCIDENTS));
/**
 * Decode an outage interval with its cause.
 *
 * @example
 * ```ts
 * decodeOutage({ start: "2026-04-12T00:00:00+02:00", end: "2026-04-11T23:00:00+02:00", cause: "supplier" });
 * // { ok: false, issues: [{ path: "$", message: "end is before start", actual: "object" }] }
 * ```
 */
export const decodeOutage = decode(Outage);
/**
 * Decode a list of outages.
 *
 * @example
 * ```ts
 * decodeOutages([{ start: "2026-04-12T00:00:00+02:00", end: "2026-04-12T02:09:00+02:00", cause: "solar-flare" }]);
 * // { ok: false, issues: [{ path: "$[0].cause", message: 'Expected "supplier" | "subcontractor" | …', … }] }
 * ```
 */
export const decodeOutages = decode(BoundedArray(Outage, MAX_OUTAGES));
/**
 * Decode impact, urgency and the confidentiality flag.
 *
 * @example
 * ```ts
 * decodePriorityInput({ impact: "high", urgency: "medium" });
 * // { ok: true, value: { impact: "high", urgency: "medium" } }
 * ```
 */
export const decodePriorityInput = decode(PriorityInput);
/**
 * Decode a month `YYYY-MM`.
 *
 * @example
 * ```ts
 * decodeYearMonth("2026-13");
 * // { ok: false, issues: [{ path: "$", message: "month 13 does not exist", actual: "string of 7 characters" }] }
 * ```
 */
export const decodeYearMonth = decode(YearMonth);
/**
 * Decode a quarter `YYYY-Qn`.
 *
 * @example
 * ```ts
 * decodeQuarter("2026-Q5");
 * // { ok: false, issues: [{ path: "$", message: "expected a quarter YYYY-Qn, e.g. 2026-Q1", … }] }
 * ```
 */
export const decodeQuarter = decode(Quarter);
/**
 * Decode a quarter's data for structural failure.
 *
 * @example
 * ```ts
 * decodeQuarterData({ quarter: "2026-Q1", p1Incidents: [], months: [{ month: "2026-01", targetMet: true }] }).ok; // => true
 * ```
 */
export const decodeQuarterData = decode(QuarterData);
/**
 * Decode a maintenance announcement.
 *
 * @example
 * ```ts
 * decodeMaintenanceAnnouncement({
 *   announcedAt: "2026-03-02T10:00:00+01:00",
 *   startsAt: "2026-03-01T22:00:00+01:00",
 *   kind: "unplanned",
 * });
 * // { ok: false, issues: [{ path: "$", message: "startsAt is before announcedAt", actual: "object" }] }
 * ```
 */
export const decodeMaintenanceAnnouncement = decode(MaintenanceAnnouncement);
/**
 * Decode a performance measurement.
 *
 * @example
 * ```ts
 * decodePerformanceMeasurement({ durationMs: -1 });
 * // { ok: false, issues: [{ path: "$.durationMs", message: "Expected a value greater than or equal to 0", actual: "number" }] }
 * ```
 */
export const decodePerformanceMeasurement = decode(PerformanceMeasurement);
/**
 * Decode a release.
 *
 * @example
 * ```ts
 * decodeRelease({ version: "2026.1", major: 3, releasedOn: "2026-02-30" });
 * // { ok: false, issues: [{ path: "$.releasedOn", message: "day 30 does not exist in 2026-02", … }] }
 * ```
 */
export const decodeRelease = decode(Release);
/**
 * Decode a subcontractor's update.
 *
 * @example
 * ```ts
 * decodeVendorUpdate({ availableOn: "2026-08-31", critical: true, installedOn: "2026-08-01" });
 * // { ok: false, issues: [{ path: "$", message: "installedOn is before availableOn", actual: "object" }] }
 * ```
 */
export const decodeVendorUpdate = decode(VendorUpdate);
/**
 * Decode a period `{ start, end }`.
 *
 * @example
 * ```ts
 * decodeReportingPeriod({ start: "2026-05-01T00:00:00+02:00", end: "2026-04-01T00:00:00+02:00" });
 * // { ok: false, issues: [{ path: "$", message: "end is before start", actual: "object" }] }
 * ```
 */
export const decodeReportingPeriod = decode(ReportingPeriod);
/**
 * Decode a monthly report request (month, incidents, outages, overviews, measurements, releases).
 *
 * @example
 * ```ts
 * decodeMonthlyReportRequest({ month: "2026-04", incidents: [], outages: [] }).ok; // => true
 * ```
 */
export const decodeMonthlyReportRequest = decode(MonthlyReportRequest);
/**
 * Decode a list of backup instants (for `recoveryPoint`).
 *
 * @example
 * ```ts
 * decodeBackupTimes(["2026-05-01T02:00:00+02:00", "2026-05-02T02:00:00"]);
 * // { ok: false, issues: [{ path: "$[1]", message: "a local date-time without an offset is ambiguous …", … }] }
 * ```
 */
export const decodeBackupTimes = decode(BoundedArray(InstantSchema, MAX_BACKUP_TIMES));
/**
 * Decode an SLA definition — a team's own SLA kept as JSON — with every figure and citation
 * checked by the {@link SlaDefinition} schema.
 *
 * @example
 * ```ts
 * import { decodeSlaDefinition, mdoSla2025 } from "@zorgkit/sla-calculator";
 *
 * const json = JSON.parse(JSON.stringify(mdoSla2025));
 * json.availability.target.value = { numerator: 9995, denominator: 10000 };
 * const r = decodeSlaDefinition(json);
 * r.ok; // => true
 * decodeSlaDefinition({ ...json, targets: {} }).ok; // => false
 * ```
 */
export const decodeSlaDefinition = decode(SlaDefinition);
/**
 * Decode what `availability` measures: a month, its outages and the published maintenance
 * overviews.
 *
 * @example
 * ```ts
 * import { decodeAvailabilityInput } from "@zorgkit/sla-calculator";
 *
 * decodeAvailabilityInput({ month: "2026-04", outages: [] }).ok; // => true
 * ```
 */
export const decodeAvailabilityInput = decode(AvailabilityInput);
/**
 * Decode a published yearly overview of regular maintenance (publication date and windows).
 *
 * @example
 * ```ts
 * import { decodeMaintenanceOverview } from "@zorgkit/sla-calculator";
 *
 * const r = decodeMaintenanceOverview({
 *   publishedAt: "2025-12-01T10:00:00+01:00",
 *   windows: [{ start: "2026-04-11T22:00:00+02:00", end: "2026-04-12T06:00:00+02:00" }],
 * });
 * r.ok; // => true
 * ```
 */
export const decodeMaintenanceOverview = decode(MaintenanceOverview);
/**
 * Decode the quarters for structural failure; a quarter given twice is rejected.
 *
 * @example
 * ```ts
 * import { decodeQuarterHistory } from "@zorgkit/sla-calculator";
 *
 * const q = { quarter: "2026-Q1", p1Incidents: [], months: [] };
 * decodeQuarterHistory([q, q]).ok; // => false
 * ```
 */
export const decodeQuarterHistory = decode(QuarterHistory);
/**
 * Decode what `compliance` measures: the incidents and the period.
 *
 * @example
 * ```ts
 * import { decodeComplianceInput } from "@zorgkit/sla-calculator";
 *
 * const r = decodeComplianceInput({ incidents: [], period: { start: "2026-05-01T00:00:00+02:00", end: "2026-06-01T00:00:00+02:00" } });
 * r.ok; // => true
 * ```
 */
export const decodeComplianceInput = decode(ComplianceInput);
/**
 * Decode a security incident or data breach to be notified (`awareAt`, optional `notifiedAt`).
 *
 * @example
 * ```ts
 * import { decodeBreachNotice } from "@zorgkit/sla-calculator";
 *
 * decodeBreachNotice({ awareAt: "2026-03-06T18:00:00+01:00" }).ok; // => true
 * ```
 */
export const decodeBreachNotice = decode(BreachNotice);
/**
 * Decode who files what (for `mayFile`).
 *
 * @example
 * ```ts
 * import { decodeFiler } from "@zorgkit/sla-calculator";
 *
 * decodeFiler({ kind: "change-request", registeredContact: true }).ok; // => true
 * decodeFiler({ kind: "complaint", registeredContact: true }).ok; // => false
 * ```
 */
export const decodeFiler = decode(Filer);
/**
 * Decode a disaster and its recovery (for `recoveryTime`); a recovery before the incident is rejected.
 *
 * @example
 * ```ts
 * import { decodeRecovery } from "@zorgkit/sla-calculator";
 *
 * decodeRecovery({ incidentAt: "2026-05-01T10:00:00+02:00", restoredAt: "2026-05-01T09:00:00+02:00" }).ok; // => false
 * ```
 */
export const decodeRecovery = decode(Recovery);
