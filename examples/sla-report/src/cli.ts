/**
 * The command line: arguments in, files out, an exit code that tells a script whether the norms
 * were met — 0 met, 1 norms missed, 2 bad input or usage.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { type Instant, tryInstant } from "@zorgkit/core";
import {
  compileSla,
  decodeQuarter,
  decodeYearMonth,
  type Incident,
  type MaintenanceOverview,
  mdoSla2025,
  type Outage,
  type QuarterHistory,
} from "@zorgkit/sla-calculator";
import { renderHtml } from "./html.js";
import {
  formatRowError,
  type RowError,
  readHistory,
  readIncidents,
  readMaintenanceOverviews,
  readOutages,
} from "./input.js";
import { type Progress, progressBar, silent } from "./progress.js";
import { buildReport, periodParts, type ReportData, type ReportPeriod } from "./report.js";

/** Exit codes. */
export const EXIT = { met: 0, missed: 1, badInput: 2 } as const;

export const USAGE = `zorgkit-sla-report — the SLA report for a month or a quarter (MDO SLA 1.0)

Usage:
  zorgkit-sla-report (--month YYYY-MM | --quarter YYYY-Qn) --incidents FILE --outages FILE [options]

Input (JSON array or CSV with a header row; see examples/):
  --incidents FILE     incidents: id, receivedAt, priority, respondedAt, resolution.reportedAt,
                       resolution.serviceRestoredAt, resolution.attemptedReportAt, relatedTo, …
  --outages FILE       outages: id, start, end, cause, announcedAt, description
  --maintenance FILE   the published yearly maintenance overviews (JSON array of { publishedAt, windows })
  --history FILE       earlier quarters for MDO-BV 2.12 (JSON array of { quarter, p1Incidents, months })

Output:
  --html FILE          the HTML report (default sla-report-<period>.html)
  --json FILE          the same data as JSON (default sla-report-<period>.json; "-" for stdout)
  --at INSTANT         judge open incidents at this instant (ISO with offset; default the end of
                       the period, or now when that is later than now)
  --progress           show the progress bar also when stderr is not a terminal
  --no-progress        never show it
  -h, --help           this text

Exit code: 0 every norm met, 1 a norm missed (availability, a 90 % compliance norm, or
structural failure), 2 bad input or usage (every bad row is listed: file, row, field, reason).
`;

/** Where the CLI writes and what time it is (tests give their own). */
export interface Io {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
  readonly cwd: string;
  readonly now: () => number;
}

/** The report's summary for the terminal: one line per finding. */
export function summary(report: ReportData): string {
  const lines = [
    `SLA report ${report.period.label}: ${report.normsMet ? "all norms met" : "norms missed"}`,
    ...report.availability.months.map(
      (m) =>
        `  availability ${m.month}: ${m.percent} % (target ${report.availability.targetPercent} %, ${m.targetMet ? "met" : "missed"}), downtime budget left ${m.remainingDowntimeMinutes} min`,
    ),
    ...report.missed
      .filter((m) => !m.startsWith("availability") && !m.startsWith("structural"))
      .map((m) => `  missed: ${m}`),
    `  breached targets: ${report.breached.length}`,
    `  structural failure (MDO-BV 2.12): ${report.structuralFailure.failing ? "yes" : "no"}`,
  ];
  return `${lines.join("\n")}\n`;
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export function run(argv: ReadonlyArray<string>, io: Io): number {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    io.stderr.write(`✖ ${(e as Error).message}\n\n${USAGE}`);
    return EXIT.badInput;
  }
  const v = args.values;
  if (v.help === true) {
    io.stdout.write(USAGE);
    return EXIT.met;
  }
  const usage: Array<string> = [];
  let period: ReportPeriod | undefined;
  if ((v.month === undefined) === (v.quarter === undefined))
    usage.push("give either --month YYYY-MM or --quarter YYYY-Qn");
  else if (v.month !== undefined) {
    const m = decodeYearMonth(v.month);
    if (m.ok) period = { kind: "month", month: m.value };
    else usage.push(`--month: ${m.issues[0]?.message}`);
  } else if (v.quarter !== undefined) {
    const q = decodeQuarter(v.quarter);
    if (q.ok) period = { kind: "quarter", quarter: q.value };
    else usage.push(`--quarter: ${q.issues[0]?.message}`);
  }
  if (v.incidents === undefined) usage.push("--incidents FILE is required");
  if (v.outages === undefined) usage.push("--outages FILE is required");
  let at: Instant | undefined;
  if (v.at !== undefined) {
    at = tryInstant(v.at);
    if (at === undefined)
      usage.push("--at: expected an ISO instant with an offset, e.g. 2026-05-01T09:00:00+02:00");
  }
  if (args.positionals.length > 0) usage.push(`unexpected argument ${args.positionals[0]}`);
  if (usage.length > 0 || period === undefined || v.incidents === undefined || v.outages === undefined) {
    io.stderr.write(`${usage.map((u) => `✖ ${u}`).join("\n")}\n\n${USAGE}`);
    return EXIT.badInput;
  }

  const showProgress = v["no-progress"] !== true && (v.progress === true || io.stderr.isTTY === true);
  const progress: Progress = showProgress ? progressBar(io.stderr) : silent;
  const path = (p: string) => resolve(io.cwd, p);
  const errors: Array<RowError> = [];
  const incidents = readIncidents(path(v.incidents), progress);
  errors.push(...incidents.errors);
  const outages = readOutages(path(v.outages), progress);
  errors.push(...outages.errors);
  let overviews: ReadonlyArray<MaintenanceOverview> | undefined;
  if (v.maintenance !== undefined) {
    const m = readMaintenanceOverviews(path(v.maintenance));
    errors.push(...m.errors);
    overviews = m.values;
  }
  let history: QuarterHistory | undefined;
  if (v.history !== undefined) {
    const h = readHistory(path(v.history));
    errors.push(...h.errors);
    history = h.value;
  }
  if (errors.length > 0) {
    io.stderr.write(
      `✖ ${errors.length} problem${errors.length === 1 ? "" : "s"} in the input; no report written:\n${errors.map((e) => `  ${formatRowError(e)}`).join("\n")}\n`,
    );
    return EXIT.badInput;
  }

  const sla = compileSla(mdoSla2025);
  const { end, label } = periodParts(period);
  const judgedAt = at ?? (Math.min(end, io.now()) as Instant);
  const report = buildReport(
    {
      period,
      incidents: incidents.values as ReadonlyArray<Incident>,
      outages: outages.values as ReadonlyArray<Outage>,
      ...(overviews === undefined ? {} : { maintenanceOverviews: overviews }),
      ...(history === undefined ? {} : { history }),
    },
    sla,
    judgedAt,
    progress,
  );

  const write = (file: string, text: string) => {
    const target = path(file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    return target;
  };
  const htmlFile = write(v.html ?? `sla-report-${label}.html`, renderHtml(report));
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (v.json === "-") io.stdout.write(json);
  else {
    const jsonFile = write(v.json ?? `sla-report-${label}.json`, json);
    io.stdout.write(summary(report));
    io.stdout.write(`wrote ${htmlFile}\nwrote ${jsonFile}\n`);
  }
  if (v.json === "-") io.stderr.write(`wrote ${htmlFile}\n`);
  return report.normsMet ? EXIT.met : EXIT.missed;
}

function parse(argv: ReadonlyArray<string>) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      month: { type: "string" },
      quarter: { type: "string" },
      incidents: { type: "string" },
      outages: { type: "string" },
      maintenance: { type: "string" },
      history: { type: "string" },
      html: { type: "string" },
      json: { type: "string" },
      at: { type: "string" },
      progress: { type: "boolean" },
      "no-progress": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}
