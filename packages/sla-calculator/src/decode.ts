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
export const decodeIncident = /* @__PURE__ */ (() => decode(Incident))();
/** Decode a list of incidents. */
export const decodeIncidents = /* @__PURE__ */ (() => decode(Schema.Array(Incident)))();
/** Decode an outage interval with its cause. */
export const decodeOutage = /* @__PURE__ */ (() => decode(Outage))();
/** Decode a list of outages. */
export const decodeOutages = /* @__PURE__ */ (() => decode(Schema.Array(Outage)))();
/** Decode impact, urgency and the confidentiality flag. */
export const decodePriorityInput = /* @__PURE__ */ (() => decode(PriorityInput))();
/** Decode a month `YYYY-MM`. */
export const decodeYearMonth = /* @__PURE__ */ (() => decode(YearMonth))();
/** Decode a quarter `YYYY-Qn`. */
export const decodeQuarter = /* @__PURE__ */ (() => decode(Quarter))();
/** Decode a quarter's data for structural failure. */
export const decodeQuarterData = /* @__PURE__ */ (() => decode(QuarterData))();
/** Decode a maintenance announcement. */
export const decodeMaintenanceAnnouncement = /* @__PURE__ */ (() => decode(MaintenanceAnnouncement))();
/** Decode a performance measurement. */
export const decodePerformanceMeasurement = /* @__PURE__ */ (() => decode(PerformanceMeasurement))();
/** Decode a release. */
export const decodeRelease = /* @__PURE__ */ (() => decode(Release))();
/** Decode a subcontractor's update. */
export const decodeVendorUpdate = /* @__PURE__ */ (() => decode(VendorUpdate))();
/** Decode a period `{ start, end }`. */
export const decodePeriod = /* @__PURE__ */ (() => decode(Period))();
/** Decode a monthly report request (month, incidents, outages, measurements, releases, at). */
export const decodeMonthlyReportRequest = /* @__PURE__ */ (() => decode(MonthlyReportRequest))();
/** Decode a list of backup instants (for `rpoMet`). */
export const decodeBackupTimes = /* @__PURE__ */ (() => decode(Schema.Array(InstantSchema)))();
