/**
 * Decoders for every input of the calculator: `unknown` in, the decoded value or every issue
 * (path, message, shape of what was found) out — never an exception (core's `decode`).
 *
 * @module
 */
import { decode, Instant as InstantSchema } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { Outage } from "./availability.js";
import { Incident } from "./incident.js";
import { MaintenanceAnnouncement } from "./maintenance.js";
import { PerformanceMeasurement } from "./performance.js";
import { Period, Quarter, YearMonth } from "./period.js";
import { PriorityInput } from "./priority.js";
import { Release, VendorUpdate } from "./releases.js";
import { MonthlyReportRequest } from "./report.js";
import { QuarterData } from "./structural-failure.js";

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
export const decodeIncidents = decode(Schema.Array(Incident));
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
export const decodeOutages = decode(Schema.Array(Outage));
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
 * decodeQuarterData({ quarter: "2026-Q1", p1Incidents: [], months: [{ month: "2026-01", targetMet: true }] }).ok; // true
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
 * decodePeriod({ start: "2026-05-01T00:00:00+02:00", end: "2026-04-01T00:00:00+02:00" });
 * // { ok: false, issues: [{ path: "$", message: "end is before start", actual: "object" }] }
 * ```
 */
export const decodePeriod = decode(Period);
/**
 * Decode a monthly report request (month, incidents, outages, measurements, releases, at).
 *
 * @example
 * ```ts
 * decodeMonthlyReportRequest({ month: "2026-04", incidents: [], outages: [], at: "2026-05-01T00:00:00+02:00" }).ok; // true
 * ```
 */
export const decodeMonthlyReportRequest = decode(MonthlyReportRequest);
/**
 * Decode a list of backup instants (for `rpoMet`).
 *
 * @example
 * ```ts
 * decodeBackupTimes(["2026-05-01T02:00:00+02:00", "2026-05-02T02:00:00"]);
 * // { ok: false, issues: [{ path: "$[1]", message: "a local date-time without an offset is ambiguous …", … }] }
 * ```
 */
export const decodeBackupTimes = decode(Schema.Array(InstantSchema));
