/**
 * The report's charts: Observable Plot rendered to static SVG in Node, on linkedom's light DOM
 * (Plot takes the `document` to create its elements with). The bars show the report's figures;
 * the numbers they are placed by are the package's percent strings read as numbers.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { ReportData } from "./report.js";

const MET = "#2f7d32";
const MISSED = "#c62828";
const NORM = "#37474f";

function documentForPlot(): Document {
  // linkedom's Document implements what Plot uses (createElementNS, attributes, text nodes).
  return parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
}

function svgText(chart: Element, title: string): string {
  chart.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", title);
  return chart.outerHTML;
}

/** Availability per month as bars against the target line (99.7 % under the MDO SLA). */
export function availabilityChart(report: ReportData): string {
  const target = Number(report.availability.targetPercent);
  const data = report.availability.months.map((m) => ({
    month: m.month,
    value: Number(m.percent),
    label: `${m.percent} %`,
    met: m.targetMet,
  }));
  const lowest = Math.min(target, ...data.map((d) => d.value));
  // The axis starts a little below the lowest bar or the target, on a tenth.
  const floor = Math.max(0, Math.floor((Math.min(lowest, target - 0.2) - 0.1) * 10) / 10);
  const chart = Plot.plot({
    document: documentForPlot(),
    width: 160 + 120 * data.length,
    height: 260,
    marginLeft: 56,
    marginRight: 96,
    x: { type: "band", label: "month", padding: 0.35 },
    y: {
      domain: [floor, 100],
      label: "availability (%)",
      grid: true,
      tickFormat: (v: number) => v.toFixed(1),
    },
    marks: [
      Plot.barY(data, {
        x: "month",
        y1: floor,
        y2: "value",
        fill: (d: { met: boolean }) => (d.met ? MET : MISSED),
      }),
      Plot.text(data, { x: "month", y: "value", text: "label", dy: -8, fontSize: 12 }),
      Plot.ruleY([target], { stroke: NORM, strokeWidth: 1.5, strokeDasharray: "6,4" }),
      Plot.text([target], {
        y: (d: number) => d,
        frameAnchor: "right",
        text: () => `target ${report.availability.targetPercent} %`,
        dx: 6,
        textAnchor: "start",
        fontSize: 11,
        fill: NORM,
      }),
    ],
  });
  return svgText(chart, `Availability per month against the ${report.availability.targetPercent} % target`);
}

/** Compliance per priority and target (share met) against each priority's norm (90 %). */
export function complianceChart(report: ReportData): string {
  const rows = Object.entries(report.compliance.byPriority).flatMap(([priority, row]) =>
    (["response", "resolution"] as const).flatMap((target) => {
      const t = row[target];
      return t.percentMet === undefined
        ? []
        : [
            {
              priority,
              target,
              value: Number(t.percentMet),
              label: `${t.percentMet} %`,
              norm: Number(row.normPercent),
              holds: t.normHolds,
            },
          ];
    }),
  );
  const norms = Object.entries(report.compliance.byPriority).map(([priority, row]) => ({
    priority,
    norm: Number(row.normPercent),
  }));
  const chart = Plot.plot({
    document: documentForPlot(),
    width: 640,
    height: 260,
    marginLeft: 56,
    fx: { label: "priority", domain: Object.keys(report.compliance.byPriority) },
    x: { domain: ["response", "resolution"], label: null, padding: 0.2 },
    y: { domain: [0, 100], label: "met (%)", grid: true },
    marks: [
      Plot.barY(rows, {
        fx: "priority",
        x: "target",
        y: "value",
        fill: (d: { holds?: boolean }) => (d.holds === false ? MISSED : d.holds === true ? MET : "#90a4ae"),
      }),
      Plot.text(rows, { fx: "priority", x: "target", y: "value", text: "label", dy: -8, fontSize: 11 }),
      Plot.ruleY(norms, {
        fx: "priority",
        y: "norm",
        stroke: NORM,
        strokeWidth: 1.5,
        strokeDasharray: "6,4",
      }),
      Plot.text(rows.length === 0 ? [{ text: "no targets decided in this period" }] : [], {
        frameAnchor: "middle",
        text: "text",
        fontSize: 13,
      }),
    ],
  });
  return svgText(chart, "Compliance per priority against the norm");
}
