import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { monthlyReport } from "../src/report.js";
import { madeAt, workedMonth } from "./fixtures/worked-month.js";
import { sla } from "./helpers.js";

const asset = fileURLToPath(
  new URL("../../../docs/assets/sla-calculator-worked-month.json", import.meta.url),
);

describe("the monthly service-level report (MDO-SLA §13) for the worked month April 2026", () => {
  // computed inside each `it`, so that mutation testing (perTest coverage) credits the test that reads it
  const worked = () => monthlyReport(workedMonth, sla, madeAt).value;

  it("reports availability 99.697 %: 600 minutes of announced maintenance excluded and 129 minutes down miss 99,7 %", () => {
    const report = worked();
    expect(report.availability).toMatchObject({
      monthMinutes: 43_200,
      excludedMinutes: 600,
      downtimeMinutes: 129,
      percent: "99.697",
      targetMet: false,
      remainingDowntimeMinutes: -2,
    });
  });

  it("reports each incident against its targets, with the P1 part of a partly solved incident measured apart", () => {
    const report = worked();
    const status = Object.fromEntries(
      report.incidents.items.map((i) => [i.id, [i.priority, i.response.status, i.resolution.status]]),
    );
    expect(status).toEqual({
      "INC-101": ["P1", "met", "met"],
      "INC-102": ["P2", "met", "met"],
      "INC-103": ["P2", "breached", "met"],
      "INC-104": ["P3", "met", "running"],
      "INC-105": ["P4", "met", "no-target"],
      "INC-106": ["P1", "met", "met"],
      "INC-106/remaining-1": ["P3", "met", "running"],
    });
    expect(report.incidents.byPriority.P2.response.normHolds).toBe(false);
    expect(report.incidents.byPriority.P2.resolution.normHolds).toBe(true);
  });

  it("lists a root-cause analysis for every P1 incident and says whether it is done", () => {
    const report = worked();
    expect(report.incidents.rootCauseAnalyses).toEqual([
      { incident: "INC-101", reason: "P1", done: true },
      { incident: "INC-106", reason: "P1", done: false },
    ]);
  });

  it("counts performance alerts: over 10 seconds, and over 10 × the baseline", () => {
    const report = worked();
    expect(report.performance.alerts).toEqual({
      "slower-than-absolute-limit": 1,
      "slower-than-baseline-factor": 2,
    });
  });

  it("is plain JSON and matches docs/assets/sla-calculator-worked-month.json (UPDATE_DOCS_ASSETS=1 rewrites it)", () => {
    const report = worked();
    const json = `${JSON.stringify(report, null, 2)}\n`;
    expect(JSON.parse(json)).toEqual(report);
    if (process.env.UPDATE_DOCS_ASSETS === "1") writeFileSync(asset, json);
    expect(readFileSync(asset, "utf8")).toBe(json);
  });
});
