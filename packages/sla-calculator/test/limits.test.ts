// Resource bounds (issue #17, docs/guide/limits.md): every list a decoder reads has a maximum
// length, checked before any item is decoded, so a hostile list is refused with one `too-many`
// issue instead of being decoded item by item (a million incidents took about a minute).
import { describe, expect, it } from "vitest";
import { type BoundCase, itChecksListBounds, junk } from "../../../tools/testkit/limits.js";
import {
  decodeAvailabilityInput,
  decodeBackupTimes,
  decodeComplianceInput,
  decodeIncidents,
  decodeMaintenanceOverview,
  decodeMonthlyReportRequest,
  decodeOutages,
  decodeQuarterData,
  decodeQuarterHistory,
} from "../src/index.js";

const period = { start: "2026-05-01T00:00:00+02:00", end: "2026-06-01T00:00:00+02:00" };
const report = { month: "2026-04", incidents: [], outages: [] };

const cases: ReadonlyArray<BoundCase> = [
  ["decodeIncidents", 10_000, (n) => decodeIncidents(junk(n)), "$"],
  ["decodeOutages", 10_000, (n) => decodeOutages(junk(n)), "$"],
  ["decodeBackupTimes", 100_000, (n) => decodeBackupTimes(junk(n)), "$"],
  [
    "decodeComplianceInput",
    10_000,
    (n) => decodeComplianceInput({ incidents: junk(n), period }),
    "$.incidents",
  ],
  [
    "decodeAvailabilityInput",
    10_000,
    (n) => decodeAvailabilityInput({ month: "2026-04", outages: junk(n) }),
    "$.outages",
  ],
  [
    "decodeMonthlyReportRequest (incidents)",
    10_000,
    (n) => decodeMonthlyReportRequest({ ...report, incidents: junk(n) }),
    "$.incidents",
  ],
  [
    "decodeMonthlyReportRequest (measurements)",
    100_000,
    (n) => decodeMonthlyReportRequest({ ...report, measurements: junk(n) }),
    "$.measurements",
  ],
  [
    "decodeMaintenanceOverview (windows)",
    400,
    (n) => decodeMaintenanceOverview({ publishedAt: "2025-12-01T10:00:00+01:00", windows: junk(n) }),
    "$.windows",
  ],
  [
    "decodeQuarterData (P1 incidents)",
    10_000,
    (n) => decodeQuarterData({ quarter: "2026-Q1", p1Incidents: junk(n), months: [] }),
    "$.p1Incidents",
  ],
  ["decodeQuarterHistory", 400, (n) => decodeQuarterHistory(junk(n)), "$"],
];

describe("list bounds are checked before the items", () => {
  itChecksListBounds(cases);
  it("a million outages are refused the same way", () => {
    const r = decodeOutages(junk(1_000_000));
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(["too-many"]);
  });
  it("a quarter gives at most its three months", () => {
    const months = ["2026-01", "2026-02", "2026-03", "2026-03"].map((month) => ({ month, targetMet: true }));
    const r = decodeQuarterData({ quarter: "2026-Q1", p1Incidents: [], months });
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(["$.months too-many"]);
    expect(decodeQuarterData({ quarter: "2026-Q1", p1Incidents: [], months: months.slice(0, 3) }).ok).toBe(
      true,
    );
  });
});
