/**
 * Decoders for every input of the calculator: `unknown` in, the decoded value or every issue
 * (path, message, shape of what was found) out — never an exception (core's `decode`).
 *
 * @module
 */
import { decode, Instant as InstantSchema } from "@zorgkit/core";
import { Schema } from "effect";
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
/** Decode a list of incidents. */
export const decodeIncidents = decode(Schema.Array(Incident));
/** Decode an outage interval with its cause. */
export const decodeOutage = decode(Outage);
/** Decode a list of outages. */
export const decodeOutages = decode(Schema.Array(Outage));
/** Decode impact, urgency and the confidentiality flag. */
export const decodePriorityInput = decode(PriorityInput);
/** Decode a month `YYYY-MM`. */
export const decodeYearMonth = decode(YearMonth);
/** Decode a quarter `YYYY-Qn`. */
export const decodeQuarter = decode(Quarter);
/** Decode a quarter's data for structural failure. */
export const decodeQuarterData = decode(QuarterData);
/** Decode a maintenance announcement. */
export const decodeMaintenanceAnnouncement = decode(MaintenanceAnnouncement);
/** Decode a performance measurement. */
export const decodePerformanceMeasurement = decode(PerformanceMeasurement);
/** Decode a release. */
export const decodeRelease = decode(Release);
/** Decode a subcontractor's update. */
export const decodeVendorUpdate = decode(VendorUpdate);
/** Decode a period `{ start, end }`. */
export const decodePeriod = decode(Period);
/** Decode a monthly report request (month, incidents, outages, measurements, releases, at). */
export const decodeMonthlyReportRequest = decode(MonthlyReportRequest);
/** Decode a list of backup instants (for `rpoMet`). */
export const decodeBackupTimes = decode(Schema.Array(InstantSchema));
