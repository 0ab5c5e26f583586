// Resource bounds (issue #17, docs/guide/limits.md): every list a decoder reads has a maximum
// length, checked before any item is decoded, so a hostile list is refused with one `too-many`
// issue instead of being decoded item by item (tools/bench/resource-bounds.mjs measures the cost).
import type { DecodeIssue } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
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
/** n items that would each fail to decode: refused by length alone means one issue, not n. */
const junk = (n: number) => new Array(n).fill({ not: "an item" });

describe("list bounds are checked before the items", () => {
  type Result = {
    readonly ok: boolean;
    readonly issues?: ReadonlyArray<DecodeIssue>;
    readonly totalIssues?: number;
  };
  const cases: ReadonlyArray<readonly [string, number, (xs: unknown[]) => Result, string]> = [
    ["decodeIncidents", 10_000, (xs) => decodeIncidents(xs), "$"],
    ["decodeOutages", 10_000, (xs) => decodeOutages(xs), "$"],
    ["decodeBackupTimes", 100_000, (xs) => decodeBackupTimes(xs), "$"],
    [
      "decodeComplianceInput",
      10_000,
      (xs) => decodeComplianceInput({ incidents: xs, period }),
      "$.incidents",
    ],
    [
      "decodeAvailabilityInput",
      10_000,
      (xs) => decodeAvailabilityInput({ month: "2026-04", outages: xs }),
      "$.outages",
    ],
    [
      "decodeMonthlyReportRequest (incidents)",
      10_000,
      (xs) => decodeMonthlyReportRequest({ month: "2026-04", incidents: xs, outages: [] }),
      "$.incidents",
    ],
    [
      "decodeMonthlyReportRequest (measurements)",
      100_000,
      (xs) => decodeMonthlyReportRequest({ month: "2026-04", incidents: [], outages: [], measurements: xs }),
      "$.measurements",
    ],
    [
      "decodeMaintenanceOverview (windows)",
      400,
      (xs) => decodeMaintenanceOverview({ publishedAt: "2025-12-01T10:00:00+01:00", windows: xs }),
      "$.windows",
    ],
    [
      "decodeQuarterData (P1 incidents)",
      10_000,
      (xs) => decodeQuarterData({ quarter: "2026-Q1", p1Incidents: xs, months: [] }),
      "$.p1Incidents",
    ],
    ["decodeQuarterHistory", 400, (xs) => decodeQuarterHistory(xs), "$"],
  ];
  it.each(cases)("%s: %d + 1 items are refused with one too-many issue", (_, max, call, path) => {
    const r = call(junk(max + 1));
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([expect.objectContaining({ path, code: "too-many" })]);
    expect(r.totalIssues).toBe(1);
  });
  it.each(cases)(
    "%s: %d items are decoded item by item (the bound itself is allowed)",
    (_, max, call, path) => {
      const r = call(junk(max));
      expect(r.ok).toBe(false);
      expect(r.issues?.some((i) => i.code === "too-many")).toBe(false);
      expect(r.issues?.[0]?.path.startsWith(`${path === "$" ? "$" : path}[0]`)).toBe(true);
    },
  );
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
