// Tests that kill surviving mutants of src/report.ts (issue #17, docs/quality.md): the monthly
// service-level report of MDO-SLA §13 ("per maand: Performance, Beschikbaarheid, Incidenten
// inclusief Major en Prio 1 RCA, Releases met releasedocumentatie"). Every figure below is worked
// out by hand from the clauses the report gathers: the month [1 Nov 2026 00:00, 1 Dec 2026 00:00)
// (B = 30 × 1 440 = 43 200 minutes, no DST change), the performance alerts of §7.7 (over 10 s; over
// 10 × the baseline), availability (B − E − D) / (B − E) truncated to 3 decimals (§7.2, §2.18),
// maintenance inside a published regular window excluded (§7.2 item 2 a, §7.1), the P2 targets
// of §9.3 on the office hours of §4.1 (Mon–Thu 9:00–17:00, Fri 9:00–15:30).
// Every report is made inside its `it` (perTest coverage credits no test with a report built in a
// `describe` body, as the worked-month tests in report.test.ts are).
import { instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { decodeMonthlyReportRequest } from "../src/decode.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { type MonthlyReportRequest, monthlyReport } from "../src/report.js";
import { sla } from "./helpers.js";

const madeAt = instant("2026-12-01T09:00:00+01:00");

function request(json: Record<string, unknown>): MonthlyReportRequest {
  const r = decodeMonthlyReportRequest(json);
  if (!r.ok) throw new Error(`request does not decode: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** November 2026 on the wire: four incidents (five measured items), two outages, one overview. */
const november = (extra: Record<string, unknown> = {}) =>
  request({
    month: "2026-11",
    incidents: [
      // P2 on Tuesday 3 Nov 10:00: response due 14:00 (4 office hours), resolution due Thursday
      // 5 Nov 17:00 (2 Werkdagen); picked up 10:30, solved Wednesday 12:00.
      {
        id: "INC-1",
        receivedAt: "2026-11-03T10:00:00+01:00",
        priority: "P2",
        respondedAt: "2026-11-03T10:30:00+01:00",
        resolution: { reportedAt: "2026-11-04T12:00:00+01:00" },
      },
      // P1 partly solved at 12:00; the rest goes on as P3 (a second item of the same incident).
      {
        id: "INC-2",
        receivedAt: "2026-11-09T10:00:00+01:00",
        priority: "P1",
        respondedAt: "2026-11-09T10:20:00+01:00",
        priorityChanges: [{ at: "2026-11-09T12:00:00+01:00", to: "P3", reason: "partly-solved" }],
      },
      {
        id: "INC-3",
        receivedAt: "2026-11-10T10:00:00+01:00",
        priority: "P3",
        respondedAt: "2026-11-10T10:30:00+01:00",
      },
      // P4: resolution "in overleg" without an agreement, no target.
      {
        id: "INC-4",
        receivedAt: "2026-11-11T10:00:00+01:00",
        priority: "P4",
        respondedAt: "2026-11-11T11:00:00+01:00",
        resolution: { reportedAt: "2026-11-20T10:00:00+01:00" },
      },
    ],
    outages: [
      // Maintenance not announced on its own, inside the published window of Saturday night 14–15 Nov.
      {
        id: "MW-1",
        start: "2026-11-14T23:00:00+01:00",
        end: "2026-11-15T01:00:00+01:00",
        cause: "maintenance",
      },
      {
        id: "OUT-1",
        start: "2026-11-17T10:00:00+01:00",
        end: "2026-11-17T11:00:00+01:00",
        cause: "supplier",
      },
    ],
    maintenanceOverviews: [
      {
        publishedAt: "2025-12-01T10:00:00+01:00",
        windows: [
          { start: "2026-11-14T22:00:00+01:00", end: "2026-11-15T06:00:00+01:00" },
          { start: "2026-11-28T22:00:00+01:00", end: "2026-11-29T06:00:00+01:00" },
        ],
      },
    ],
    measurements: [
      { action: "before the month", at: "2026-10-31T23:59:00+01:00", durationMs: 50_000 },
      { action: "first minute", at: "2026-11-01T00:00:00+01:00", durationMs: 300, baselineMs: 20 },
      { action: "b", at: "2026-11-02T10:00:00+01:00", durationMs: 900, baselineMs: 600 },
      { action: "a", at: "2026-11-05T10:00:00+01:00", durationMs: 12_000 },
      { action: "e", at: "2026-11-06T10:00:00+01:00", durationMs: 100 },
      { action: "c", at: "2026-11-10T10:00:00+01:00", durationMs: 25_000, baselineMs: 1_000 },
      { action: "f", at: "2026-11-12T10:00:00+01:00", durationMs: 7_000 },
      { action: "d", at: "2026-11-19T10:00:00+01:00", durationMs: 4_000, baselineMs: 300 },
      { action: "after the month", at: "2026-12-01T00:00:00+01:00", durationMs: 60_000 },
    ],
    releases: [
      { version: "2026.9", releasedOn: "2026-10-31" },
      { version: "2026.10", releasedOn: "2026-11-01", notes: "first day" },
      { version: "2026.11", releasedOn: "2026-11-30", notes: "last day" },
      { version: "2026.12", releasedOn: "2026-12-01" },
    ],
    majorIncidents: ["INC-2", "INC-3"],
    rootCauseAnalysesDone: ["INC-2"],
    ...extra,
  });

describe("the monthly report's performance section (MDO-SLA 13, 7.7)", () => {
  it("counts the 7 actions measured in [1 Nov 00:00, 1 Dec 00:00): 2 over 10 s, 3 over 10 × their baseline (MDO-SLA 13, 7.7)", () => {
    const p = monthlyReport(november(), sla, madeAt).value.performance;
    expect(p.measurements).toBe(7);
    expect(p.alerts).toStrictEqual({ "slower-than-absolute-limit": 2, "slower-than-baseline-factor": 3 });
  });

  it("lists the 5 slowest actions of the month, slowest first, with their moment and alerts (MDO-SLA 13, 7.7)", () => {
    const p = monthlyReport(november(), sla, madeAt).value.performance;
    expect(p.slowest).toStrictEqual([
      {
        action: "c",
        at: "2026-11-10T10:00:00+01:00",
        durationMs: 25_000,
        alerts: ["slower-than-absolute-limit", "slower-than-baseline-factor"],
      },
      {
        action: "a",
        at: "2026-11-05T10:00:00+01:00",
        durationMs: 12_000,
        alerts: ["slower-than-absolute-limit"],
      },
      { action: "f", at: "2026-11-12T10:00:00+01:00", durationMs: 7_000, alerts: [] },
      {
        action: "d",
        at: "2026-11-19T10:00:00+01:00",
        durationMs: 4_000,
        alerts: ["slower-than-baseline-factor"],
      },
      { action: "b", at: "2026-11-02T10:00:00+01:00", durationMs: 900, alerts: [] },
    ]);
  });
});

describe("the monthly report's availability section (MDO-SLA 13, 7.2)", () => {
  it("maintenance inside the published window is excluded (120 min), the supplier's hour counts: 43 020 / 43 080 = 99.860 % (MDO-SLA 7.2 item 2 a, 2.18)", () => {
    const a = monthlyReport(november(), sla, madeAt).value.availability;
    expect(a.monthMinutes).toBe(43_200);
    expect(a.excludedMinutes).toBe(120);
    expect(a.measuredMinutes).toBe(43_080);
    expect(a.downtimeMinutes).toBe(60);
    expect(a.percent).toBe("99.860");
    expect(a.targetPercent).toBe("99.7");
    expect(a.targetMet).toBe(true);
    expect(a.maintenanceAnnouncedLate).toEqual([]);
    expect(a.downtime).toStrictEqual([
      {
        start: "2026-11-17T10:00:00+01:00",
        end: "2026-11-17T11:00:00+01:00",
        minutes: 60,
        causes: ["supplier"],
        outages: ["OUT-1"],
      },
    ]);
  });

  it("the availability options reach the figure: with excluded minutes kept in B the measured minutes are all 43 200 (MDO-SLA 7.2, 2.18)", () => {
    const a = monthlyReport(november(), sla, madeAt, { availability: { excludedMinutes: "kept-in-b" } }).value
      .availability;
    expect(a.measuredMinutes).toBe(43_200);
    expect(a.excludedMinutes).toBe(120);
    expect(a.downtimeMinutes).toBe(60);
  });
});

describe("the monthly report's incidents section, with the P1 and major RCAs (MDO-SLA 13, 9.3)", () => {
  it("counts 4 incidents received, measured as 5 items (the partly solved P1 goes on as P3) (MDO-SLA 13, 9.3)", () => {
    const i = monthlyReport(november(), sla, madeAt).value.incidents;
    expect(i.received).toBe(4);
    expect(i.items.map((x) => [x.id, x.priority])).toEqual([
      ["INC-1", "P2"],
      ["INC-2", "P1"],
      ["INC-2/remaining-1", "P3"],
      ["INC-3", "P3"],
      ["INC-4", "P4"],
    ]);
  });

  it("reports the P2 of Tuesday 3 Nov 10:00 with its deadlines 14:00 and Thursday 5 Nov 17:00 and when each ended (MDO-SLA 9.3, 4.1)", () => {
    const i = monthlyReport(november(), sla, madeAt).value.incidents;
    expect(i.items[0]).toStrictEqual({
      id: "INC-1",
      priority: "P2",
      receivedAt: "2026-11-03T10:00:00+01:00",
      response: { status: "met", due: "2026-11-03T14:00:00+01:00", end: "2026-11-03T10:30:00+01:00" },
      resolution: { status: "met", due: "2026-11-05T17:00:00+01:00", end: "2026-11-04T12:00:00+01:00" },
    });
  });

  it("a P4 resolution 'in overleg' without an agreement has no deadline in the report (MDO-SLA 9.3)", () => {
    const p4 = monthlyReport(november(), sla, madeAt).value.incidents.items.find((x) => x.id === "INC-4");
    expect(p4?.resolution.status).toBe("no-target");
    expect(Object.keys(p4?.resolution ?? {})).not.toContain("due");
  });

  it("per priority and target: count, met, breached, running, no target, the share met and whether the 90 % norm holds (MDO-SLA 9.3)", () => {
    const byPriority = monthlyReport(november(), sla, madeAt).value.incidents.byPriority;
    const p2 = {
      count: 1,
      met: 1,
      breached: 0,
      running: 0,
      noTarget: 0,
      percentMet: "100.0",
      normHolds: true,
    };
    expect(byPriority.P2).toStrictEqual({ response: p2, resolution: p2 });
    expect(byPriority.P4.resolution).toStrictEqual({
      count: 1,
      met: 0,
      breached: 0,
      running: 0,
      noTarget: 1,
    });
    expect(Object.keys(byPriority)).toEqual(["P1", "P2", "P3", "P4"]);
  });

  it("lists an RCA for the P1 (done) and for the major P3 (not done), once per incident and not for the P2 or P4 (MDO-SLA 13)", () => {
    const rca = monthlyReport(november(), sla, madeAt).value.incidents.rootCauseAnalyses;
    expect(rca).toStrictEqual([
      { incident: "INC-2", reason: "P1", done: true },
      { incident: "INC-3", reason: "major", done: false },
    ]);
  });

  it("without the lists of major incidents and of RCAs done, only the P1 has an RCA, not done — whatever the incident's id (MDO-SLA 13)", () => {
    // The id is the text a mutated empty list would hold: any id shows the rule.
    const id = "Stryker was here";
    const incidents = [
      {
        id,
        receivedAt: "2026-11-09T10:00:00+01:00",
        priority: "P1",
        respondedAt: "2026-11-09T10:20:00+01:00",
      },
    ];
    const p1 = monthlyReport(request({ month: "2026-11", incidents, outages: [] }), sla, madeAt).value;
    expect(p1.incidents.rootCauseAnalyses).toStrictEqual([{ incident: id, reason: "P1", done: false }]);
    const p2 = monthlyReport(
      request({ month: "2026-11", incidents: [{ ...incidents[0], priority: "P2" }], outages: [] }),
      sla,
      madeAt,
    ).value;
    expect(p2.incidents.rootCauseAnalyses).toStrictEqual([]);
  });
});

describe("the monthly report's releases, its header and its explanation (MDO-SLA 13)", () => {
  it("lists the releases of 1 to 30 November with their notes, not those of 31 October or 1 December (MDO-SLA 13)", () => {
    const r = monthlyReport(november(), sla, madeAt).value;
    expect(r.releases).toStrictEqual([
      { version: "2026.10", releasedOn: "2026-11-01", notes: "first day" },
      { version: "2026.11", releasedOn: "2026-11-30", notes: "last day" },
    ]);
  });

  it("lists a release of 31 December in the December report, not one of 1 January (MDO-SLA 13)", () => {
    const releases = [
      { version: "2026.12", releasedOn: "2026-12-31" },
      { version: "2027.1", releasedOn: "2027-01-01" },
    ];
    const r = monthlyReport(
      request({ month: "2026-12", incidents: [], outages: [], releases }),
      sla,
      instant("2027-01-02T09:00:00+01:00"),
    ).value;
    expect(r.releases).toStrictEqual([{ version: "2026.12", releasedOn: "2026-12-31" }]);
  });

  it("names the SLA, its version and version date (MDO-SLA 1.0 of 4 June 2025) and the moment it was made (MDO-SLA 13)", () => {
    const r = monthlyReport(november(), sla, madeAt).value;
    expect(r.document).toBe("service-level-report");
    expect(r.sla).toStrictEqual({ id: "MDO-SLA", version: "1.0", versionDate: "2025-06-04" });
    expect(r.month).toBe("2026-11");
    expect(r.madeAt).toBe("2026-12-01T09:00:00+01:00");
  });

  it("the report step records the month, 4 incidents and 2 outages and cites MDO-SLA 13, followed by the availability and compliance steps", () => {
    const e = monthlyReport(november(), sla, madeAt);
    const s = e.because[0];
    expect(s?.rule).toBe("monthly-report");
    expect(s?.inputs).toStrictEqual({ month: "2026-11", incidents: 4, outages: 2 });
    expect(s?.citations).toEqual(mdoSla2025.monthlyReport.citations);
    expect(s?.citations.map((c) => `${c.source} ${c.article}`)).toEqual(["MDO-SLA 13"]);
    const rules = e.because.map((x) => x.rule);
    expect(rules).toContain("availability-regular-maintenance-windows");
    expect(rules).toContain("compliance-period");
    expect(rules.indexOf("compliance-period")).toBeGreaterThan(0);
  });
});
