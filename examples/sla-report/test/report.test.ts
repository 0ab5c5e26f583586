import { readFileSync } from "node:fs";
import { join } from "node:path";
import { instant } from "@zorgkit/core";
import {
  availability,
  compileSla,
  compliance,
  decodeIncidents,
  decodeMaintenanceOverview,
  decodeOutages,
  decodeQuarterHistory,
  type Incident,
  type MaintenanceOverview,
  mdoSla2025,
  monthInterval,
  monthlyReport,
  type Outage,
  priorities,
  quarter,
  quarterData,
  quarterInterval,
  structuralFailure,
  yearMonth,
} from "@zorgkit/sla-calculator";
import { describe, expect, it } from "vitest";
import { EXIT } from "../src/cli.js";
import type { ReportData } from "../src/report.js";
import { cli, readJson, sample, tempDir } from "./helpers.js";

const sla = compileSla(mdoSla2025);

function decoded<A>(r: { ok: true; value: A } | { ok: false; issues: ReadonlyArray<unknown> }): A {
  if (!r.ok) throw new Error(`sample does not decode: ${JSON.stringify(r.issues)}`);
  return r.value;
}
// The same samples decoded in one go with the package's list decoders (the CLI decodes row by row).
const incidents: ReadonlyArray<Incident> = decoded(decodeIncidents(readJson(sample("incidents.json"))));
const outages: ReadonlyArray<Outage> = decoded(decodeOutages(readJson(sample("outages.json"))));
const overviews: ReadonlyArray<MaintenanceOverview> = (
  readJson(sample("maintenance.json")) as Array<unknown>
).map((o) => decoded(decodeMaintenanceOverview(o)));
const history = decoded(decodeQuarterHistory(readJson(sample("history.json"))));

function report(args: ReadonlyArray<string>): {
  code: number;
  data: ReportData;
  html: string;
  stdout: string;
} {
  const dir = tempDir();
  const r = cli([...args, "--html", join(dir, "r.html"), "--json", join(dir, "r.json")]);
  if (r.code === EXIT.badInput) throw new Error(r.stderr);
  return {
    code: r.code,
    data: JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as ReportData,
    html: readFileSync(join(dir, "r.html"), "utf8"),
    stdout: r.stdout,
  };
}

describe("the report's figures are the sla-calculator's on the same input", () => {
  it("a month: availability, budget, compliance, breaches equal availability()/compliance() and monthlyReport()", () => {
    const month = yearMonth("2026-04");
    const at = instant("2026-05-01T00:00:00+02:00"); // the end of the period (the default --at)
    const { code, data } = report([
      "--month",
      "2026-04",
      "--incidents",
      "incidents.csv",
      "--outages",
      "outages.csv",
    ]);

    const a = availability({ month, outages }, sla).value;
    const [m] = data.availability.months;
    expect(data.availability.months).toHaveLength(1);
    expect(m).toMatchObject({
      month: a.month,
      percent: a.percent,
      targetMet: a.targetMet,
      monthMinutes: a.monthMinutes,
      excludedMinutes: a.excludedMinutes,
      measuredMinutes: a.measuredMinutes,
      downtimeMinutes: a.downtimeMinutes,
      allowedDowntimeMinutes: a.allowedDowntimeMinutes,
      remainingDowntimeMinutes: a.remainingDowntimeMinutes,
    });
    // The guide's worked month has the same outages: 99.697 %, two minutes over the budget.
    expect([m?.percent, m?.remainingDowntimeMinutes, m?.targetMet]).toEqual(["99.697", -2, false]);

    const c = compliance({ incidents, period: monthInterval(month) }, sla, at).value;
    const mr = monthlyReport({ month, incidents, outages }, sla, at).value;
    for (const p of priorities) {
      for (const t of ["response", "resolution"] as const) {
        const ours = data.compliance.byPriority[p][t];
        const theirs = c.byPriority[p][t];
        expect(ours, `${p} ${t}`).toEqual({
          count: theirs.count,
          met: theirs.met,
          breached: theirs.breached,
          running: theirs.running,
          noTarget: theirs.noTarget,
          ...(theirs.percent === undefined ? {} : { percentMet: theirs.percent }),
          normApplies: theirs.normApplies,
          ...(theirs.normHolds === undefined ? {} : { normHolds: theirs.normHolds }),
        });
        // monthlyReport (MDO-SLA §13) counts the same.
        const { normApplies: _, ...counted } = ours;
        expect(counted, `${p} ${t} (monthlyReport)`).toEqual(mr.incidents.byPriority[p][t]);
      }
    }
    // The month's availability is monthlyReport's availability section, field for field.
    const { month: shown, ...section } = m ?? { month: undefined };
    expect(shown).toBe("2026-04");
    expect(section).toEqual(mr.availability);

    const breached = mr.incidents.items.flatMap((i) =>
      (["response", "resolution"] as const)
        .filter((t) => i[t].status === "breached")
        .map((t) => ({ id: i.id, target: t, due: i[t].due, end: i[t].end })),
    );
    expect(data.breached.map((b) => ({ id: b.id, target: b.target, due: b.due, end: b.end }))).toEqual(
      breached,
    );
    expect(breached.map((b) => `${b.id} ${b.target}`)).toEqual(["INC-103 response"]);

    expect(data.normsMet).toBe(false);
    expect(code).toBe(EXIT.missed);
  });

  it("a quarter with maintenance windows and history: every month, the quarter's compliance and MDO-BV 2.12", () => {
    const q = quarter("2026-Q2");
    const at = instant("2026-07-01T00:00:00+02:00");
    const { code, data } = report([
      "--quarter",
      "2026-Q2",
      "--incidents",
      "incidents.json",
      "--outages",
      "outages.json",
      "--maintenance",
      "maintenance.json",
      "--history",
      "history.json",
    ]);
    const months = (["2026-04", "2026-05", "2026-06"] as const).map(
      (s) => availability({ month: yearMonth(s), outages, maintenanceOverviews: overviews }, sla).value,
    );
    expect(
      data.availability.months.map((m) => [m.month, m.percent, m.remainingDowntimeMinutes, m.targetMet]),
    ).toEqual(months.map((a) => [a.month, a.percent, a.remainingDowntimeMinutes, a.targetMet]));
    const c = compliance({ incidents, period: quarterInterval(q) }, sla, at).value;
    for (const p of priorities) {
      for (const t of ["response", "resolution"] as const) {
        expect(data.compliance.byPriority[p][t].met).toBe(c.byPriority[p][t].met);
        expect(data.compliance.byPriority[p][t].breached).toBe(c.byPriority[p][t].breached);
        expect(data.compliance.byPriority[p][t].percentMet).toBe(c.byPriority[p][t].percent);
        expect(data.compliance.byPriority[p][t].normHolds).toBe(c.byPriority[p][t].normHolds);
      }
    }
    const sf = structuralFailure(
      [
        ...history,
        quarterData(
          { quarter: q, incidents, months: months.map((a) => ({ month: a.month, targetMet: a.targetMet })) },
          sla,
          at,
        ),
      ],
      sla,
    ).value;
    expect(data.structuralFailure.failing).toBe(sf.failing);
    expect(data.structuralFailure.triggers).toEqual(sf.triggers);
    expect(data.structuralFailure.quarters).toEqual(sf.quarters);
    expect(data.structuralFailure.consequence).toEqual(sf.consequence);
    // April missed, and so did 2025-Q4 and 2026-Q1 (history.json): three quarters in a row.
    expect(sf.triggers.map((t) => t.kind)).toEqual(["availability-missed"]);
    expect(code).toBe(EXIT.missed);
  });

  it("CSV and JSON inputs give the same report", () => {
    const args = [
      "--quarter",
      "2026-Q2",
      "--maintenance",
      "maintenance.json",
      "--at",
      "2026-06-20T12:00:00+02:00",
    ];
    const fromCsv = report([...args, "--incidents", "incidents.csv", "--outages", "outages.csv"]).data;
    const fromJson = report([...args, "--incidents", "incidents.json", "--outages", "outages.json"]).data;
    expect(fromCsv).toEqual(fromJson);
    expect(fromCsv.at).toBe("2026-06-20T12:00:00+02:00");
  });

  it("without --at, open incidents are judged at the end of the period, or now when that is earlier", () => {
    const dir = tempDir();
    const base = [
      "--month",
      "2026-06",
      "--incidents",
      "incidents.csv",
      "--outages",
      "outages.csv",
      "--json",
      "-",
      "--html",
      join(dir, "r.html"),
    ];
    const later = JSON.parse(cli(base, { now: Date.parse("2026-12-01T12:00:00Z") }).stdout) as ReportData;
    expect(later.at).toBe("2026-07-01T00:00:00+02:00");
    const during = JSON.parse(cli(base, { now: Date.parse("2026-06-15T10:00:00Z") }).stdout) as ReportData;
    expect(during.at).toBe("2026-06-15T12:00:00+02:00");
  });
});

describe("exit codes: 0 norms met, 1 norms missed, 2 bad input or usage", () => {
  it("0 when every norm is met (June 2026)", () => {
    const { code, data, stdout } = report([
      "--month",
      "2026-06",
      "--incidents",
      "incidents.csv",
      "--outages",
      "outages.csv",
    ]);
    expect(data.normsMet).toBe(true);
    expect(data.missed).toEqual([]);
    expect(code).toBe(EXIT.met);
    expect(stdout).toContain("SLA report 2026-06: all norms met");
  });

  it("1 when a norm is missed, naming it", () => {
    const { code, data, stdout } = report([
      "--month",
      "2026-04",
      "--incidents",
      "incidents.csv",
      "--outages",
      "outages.csv",
    ]);
    expect(code).toBe(1);
    expect(data.missed).toEqual([
      "availability 2026-04: 99.697 % < 99.7 %",
      "P2 response: 50.0 % met < 90 %",
    ]);
    expect(stdout).toContain("missed: P2 response: 50.0 % met < 90 %");
  });

  it("2 on usage errors, with the usage text", () => {
    for (const args of [
      [],
      ["--month", "2026-13", "--incidents", "incidents.csv", "--outages", "outages.csv"],
      [
        "--month",
        "2026-04",
        "--quarter",
        "2026-Q2",
        "--incidents",
        "incidents.csv",
        "--outages",
        "outages.csv",
      ],
      ["--month", "2026-04", "--outages", "outages.csv"],
      [
        "--month",
        "2026-04",
        "--incidents",
        "incidents.csv",
        "--outages",
        "outages.csv",
        "--at",
        "2026-05-01 09:00",
      ],
      ["--month", "2026-04", "--incidents", "incidents.csv", "--outages", "outages.csv", "--colour"],
    ]) {
      const r = cli(args);
      expect(r.code, args.join(" ")).toBe(EXIT.badInput);
      expect(r.stderr).toContain("Usage:");
    }
    expect(cli(["--month", "2026-13", "--incidents", "a.csv", "--outages", "b.csv"]).stderr).toContain(
      "--month: month 13 does not exist",
    );
  });

  it("--help prints the usage and exits 0", () => {
    const r = cli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Exit code: 0 every norm met, 1 a norm missed");
  });
});

describe("bad rows: every one listed with row, field and reason; no report", () => {
  it("lists all bad rows of a CSV file, not only the first", () => {
    const r = cli(["--month", "2026-04", "--incidents", "bad-incidents.csv", "--outages", "outages.csv"]);
    expect(r.code).toBe(EXIT.badInput);
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toBe("✖ 5 problems in the input; no report written:");
    expect(lines.slice(1).map((l) => l.trim())).toEqual([
      'bad-incidents.csv row 1 (line 2), field priority: Expected "P1" | "P2" | "P3" | "P4"',
      "bad-incidents.csv row 2 (line 3), field receivedAt: a local date-time without an offset is ambiguous across DST: add Z or an offset such as +01:00",
      "bad-incidents.csv row 3 (line 4): respondedAt is before receivedAt",
      "bad-incidents.csv row 5 (line 6): columns length is 8, got 6",
      "bad-incidents.csv row 6 (line 7), field id: Missing key",
    ]);
    expect(r.stdout).toBe("");
  });

  it("collects the problems of every input file", () => {
    const dir = tempDir();
    const r = cli(
      [
        "--month",
        "2026-04",
        "--incidents",
        "bad-incidents.csv",
        "--outages",
        join(dir, "missing.csv"),
        "--history",
        "incidents.json",
      ],
      { cwd: sample("") },
    );
    expect(r.code).toBe(EXIT.badInput);
    expect(r.stderr).toContain("missing.csv: file not found");
    expect(r.stderr).toMatch(/incidents\.json row 1, field quarter: /);
  });
});

it("the default output files are named after the period", () => {
  const dir = tempDir();
  const r = cli(
    ["--month", "2026-06", "--incidents", sample("incidents.csv"), "--outages", sample("outages.csv")],
    { cwd: dir },
  );
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(join(dir, "sla-report-2026-06.html"));
  expect(
    (JSON.parse(readFileSync(join(dir, "sla-report-2026-06.json"), "utf8")) as ReportData).period.label,
  ).toBe("2026-06");
});
