/**
 * The report as one self-contained HTML page: inline CSS, inline SVG charts, no scripts to run,
 * nothing fetched from the network. The report's JSON is embedded as a data block too.
 *
 * @module
 */
import { availabilityChart, complianceChart } from "./charts.js";
import type { ReportData, TargetRow } from "./report.js";

const escapeHtml = (s: string): string =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** `2026-04-14T15:00:00+02:00` → `2026-04-14 15:00 +02:00` (the instant as the package formatted it, spaced for reading). */
export function displayInstant(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(.*)$/.exec(iso);
  if (m === null) return iso;
  const seconds = m[3] === undefined || m[3] === ":00" ? "" : m[3];
  return `${m[1]} ${m[2]}${seconds} ${m[4]}`;
}

const yesNo = (b: boolean | undefined, yes: string, no: string, none = "—"): string =>
  b === undefined ? none : b ? `<span class="ok">${yes}</span>` : `<span class="bad">${no}</span>`;

const cell = (figure: string, text: string, cls = ""): string =>
  `<td data-figure="${escapeHtml(figure)}"${cls === "" ? "" : ` class="${cls}"`}>${text}</td>`;

function complianceRows(report: ReportData): string {
  return Object.entries(report.compliance.byPriority)
    .flatMap(([p, row]) =>
      (["response", "resolution"] as const).map((t) => {
        const x: TargetRow = row[t];
        const key = `compliance-${p}-${t}`;
        return `<tr data-row="${key}"><th scope="row">${p} ${t}</th>${cell(`${key}-count`, String(x.count))}${cell(`${key}-met`, String(x.met))}${cell(`${key}-breached`, String(x.breached))}${cell(`${key}-running`, String(x.running))}${cell(`${key}-no-target`, String(x.noTarget))}${cell(`${key}-percent`, x.percentMet === undefined ? "—" : `${x.percentMet} %`)}<td>${x.normApplies ? `${row.normPercent} %` : "not applied"}</td>${cell(`${key}-holds`, yesNo(x.normHolds, "holds", "missed"))}</tr>`;
      }),
    )
    .join("\n");
}

function availabilityRows(report: ReportData): string {
  return report.availability.months
    .map((m) => {
      const key = `availability-${m.month}`;
      return `<tr data-row="${key}"><th scope="row">${m.month}</th>${cell(`${key}-percent`, `${m.percent} %`)}${cell(`${key}-met`, yesNo(m.targetMet, "met", "missed"))}${cell(`${key}-downtime`, String(m.downtimeMinutes))}${cell(`${key}-excluded`, String(m.excludedMinutes))}${cell(`${key}-measured`, String(m.measuredMinutes))}${cell(`${key}-allowed`, String(m.allowedDowntimeMinutes))}${cell(`${key}-budget-left`, String(m.remainingDowntimeMinutes), m.remainingDowntimeMinutes < 0 ? "bad" : "ok")}</tr>`;
    })
    .join("\n");
}

function downtimeRows(report: ReportData): string {
  const rows = report.availability.months.flatMap((m) =>
    m.downtime.map(
      (d) =>
        `<tr data-row="downtime"><td>${displayInstant(d.start)}</td><td>${displayInstant(d.end)}</td><td>${d.minutes}</td><td>${d.causes.map(escapeHtml).join(", ")}</td><td>${d.outages.map(escapeHtml).join(", ")}</td></tr>`,
    ),
  );
  if (rows.length === 0) return "<p>No counted downtime.</p>";
  return `<table><thead><tr><th>from</th><th>until</th><th>minutes</th><th>causes</th><th>outages</th></tr></thead><tbody>
${rows.join("\n")}
</tbody></table>
<p class="note">Whole minutes: a minute is unavailable when any part of it is; overlapping outages are merged; excluded causes (maintenance announced in time or in a published window, attacks, the customer's ICT, force majeure …) are not counted (MDO-SLA §7.2, §2.18).</p>`;
}

function breachRows(report: ReportData): string {
  if (report.breached.length === 0) return `<p data-figure="breached-count">No target was breached (0).</p>`;
  const rows = report.breached
    .map(
      (b) =>
        `<tr data-row="breach-${escapeHtml(b.id)}-${b.target}"><td>${escapeHtml(b.id)}</td><td>${b.priority}</td><td>${b.target}</td><td>${displayInstant(b.receivedAt)}</td><td data-figure="due">${displayInstant(b.due)}</td><td>${b.end === undefined ? "still open" : displayInstant(b.end)}</td></tr>`,
    )
    .join("\n");
  return `<p><span data-figure="breached-count">${report.breached.length}</span> target(s) breached.</p>
<table><thead><tr><th>item</th><th>priority</th><th>target</th><th>received</th><th>deadline</th><th>ended</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}

function structuralSection(report: ReportData): string {
  const sf = report.structuralFailure;
  const triggers = sf.triggers
    .map((t) =>
      t.kind === "late-p1-incidents"
        ? `<li>${t.quarter}: ${t.incidents.length} new or stand-alone P1 incidents not solved within the maximum resolution time (${t.incidents.map(escapeHtml).join(", ")})</li>`
        : `<li>availability missed in three consecutive quarters: ${t.quarters.join(", ")}</li>`,
    )
    .join("");
  const quarters = sf.quarters
    .map(
      (q) =>
        `<tr data-row="quarter-${q.quarter}"><th scope="row">${q.quarter}</th>${cell(`quarter-${q.quarter}-late-p1`, String(q.lateStandAloneP1.length))}<td>${q.lateStandAloneP1.map(escapeHtml).join(", ") || "—"}</td>${cell(`quarter-${q.quarter}-availability`, yesNo(!q.availabilityMissed, "met", "missed"))}<td>${q.monthsMissed.join(", ") || "—"}</td></tr>`,
    )
    .join("\n");
  const consequence =
    sf.consequence === undefined
      ? ""
      : `<p>Consequence: on the customer's written request, a meeting with a member of the supplier's board aiming at a structural solution; from ${sf.consequence.umbrellaConsultationFromRequests} customers making a comparable request, a consultation with the umbrella organisation(s) instead.</p>`;
  return `<p>Status: <strong data-figure="structural-failure">${sf.failing ? '<span class="bad">structural failure</span>' : '<span class="ok">no structural failure</span>'}</strong></p>
${triggers === "" ? "" : `<ul>${triggers}</ul>`}
<table><thead><tr><th>quarter</th><th>late stand-alone P1</th><th>incidents</th><th>availability</th><th>months missed</th></tr></thead><tbody>
${quarters}
</tbody></table>
${consequence}
<p class="note">${sf.historyGiven ? "Earlier quarters were given (--history)." : "Earlier quarters were not given (--history): three missed quarters in a row can only show within the data given."} At least three new or stand-alone P1 incidents in a quarter not solved within the maximum resolution time, or availability missed in three consecutive quarters, is a structural failure (MDO-BV art. 2.12).</p>`;
}

const STYLE = `
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2327; margin: 2rem auto; max-width: 62rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #dde; padding-bottom: .2rem; }
table { border-collapse: collapse; margin: .6rem 0; } th, td { padding: .25rem .6rem; border-bottom: 1px solid #e4e6ea; text-align: right; }
td, th[scope="row"] { white-space: nowrap; }
th:first-child, td:first-child { text-align: left; } thead th { font-weight: 600; background: #f4f6f8; }
.ok { color: #2f7d32; font-weight: 600; } .bad { color: #c62828; font-weight: 600; } .note, .meta { color: #5a646e; font-size: .9rem; }
.status { display: inline-block; padding: .3rem .8rem; border-radius: 4px; font-weight: 600; }
.status.ok { background: #e8f5e9; } .status.bad { background: #ffebee; }
.cards { display: flex; gap: 1rem; flex-wrap: wrap; } .card { border: 1px solid #dde; border-radius: 6px; padding: .6rem 1rem; min-width: 11rem; }
.card .big { font-size: 1.5rem; font-weight: 700; display: block; }
svg { max-width: 100%; height: auto; overflow: visible; }
`;

/** The HTML page of a report. */
export function renderHtml(report: ReportData): string {
  const json = JSON.stringify(report).replaceAll("<", "\\u003c");
  const budget = report.availability.months
    .map(
      (m) =>
        `<div class="card"><span>${m.month}: downtime budget left</span><span class="big ${m.remainingDowntimeMinutes < 0 ? "bad" : "ok"}" data-figure="budget-left-${m.month}">${m.remainingDowntimeMinutes} min</span><span class="meta">of ${m.allowedDowntimeMinutes} allowed, ${m.downtimeMinutes} used</span></div>`,
    )
    .join("");
  const missed =
    report.missed.length === 0
      ? ""
      : `<ul data-figure="missed">${report.missed.map((m) => `<li>${escapeHtml(m)}</li>`).join("")}</ul>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SLA report ${report.period.label} — ${escapeHtml(report.sla.id)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>SLA report <span data-figure="period">${report.period.label}</span></h1>
<p class="meta">${escapeHtml(report.sla.id)} version ${escapeHtml(report.sla.version)} (${report.sla.versionDate}) · period ${displayInstant(report.period.start)} up to ${displayInstant(report.period.end)} · open incidents judged at ${displayInstant(report.at)} · ${report.input.incidents} incidents, ${report.input.outages} outages read</p>
<p><span class="status ${report.normsMet ? "ok" : "bad"}" data-figure="norms">${report.normsMet ? "All norms met" : "Norms missed"}</span></p>
${missed}

<h2>Availability per month</h2>
<figure data-chart="availability">${availabilityChart(report)}</figure>
<table><thead><tr><th>month</th><th>availability</th><th>target ${report.availability.targetPercent} %</th><th>downtime (min)</th><th>excluded (min)</th><th>measured (min)</th><th>allowed (min)</th><th>budget left (min)</th></tr></thead><tbody>
${availabilityRows(report)}
</tbody></table>

<h2>Downtime budget left</h2>
<div class="cards">${budget}</div>

<h2>Counted downtime</h2>
${downtimeRows(report)}

<h2>Compliance per priority</h2>
<figure data-chart="compliance">${complianceChart(report)}</figure>
<table><thead><tr><th>target</th><th>count</th><th>met</th><th>breached</th><th>running</th><th>no target</th><th>met (%)</th><th>norm</th><th>verdict</th></tr></thead><tbody>
${complianceRows(report)}
</tbody></table>
<p class="note">Running incidents stay out of the share; incidents count in the period they were received in${report.compliance.notMeasured > 0 ? `; ${report.compliance.notMeasured} received before the SLA took effect are not measured` : ""}.</p>

<h2>Breached targets</h2>
${breachRows(report)}

<h2>Structural failure (MDO-BV 2.12)</h2>
${structuralSection(report)}

<script type="application/json" id="report-data">${json}</script>
</body>
</html>
`;
}
