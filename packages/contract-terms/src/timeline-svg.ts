/**
 * Draw a {@link Timeline} as a small, self-contained SVG picture: the terms as bars, switches and
 * renewals as lines, each party's notice deadlines as markers on their own lane. Pure: the same
 * timeline always gives the same string; no fonts, scripts or external references.
 *
 * @module
 */
import { compareDates, dateFromParts, dateParts, type LocalDate, toEpochDay } from "@zorgkit/core";
import type { Timeline } from "./timeline.js";

/** Options of {@link timelineToSvg}. */
export interface TimelineSvgOptions {
  /** Width of the picture in pixels (default 960). */
  readonly width?: number;
  /** Title drawn at the top (default: "Contract timeline <from> – <to>"). */
  readonly title?: string;
  /** Language of the labels (default English). */
  readonly language?: "en" | "nl";
}

function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const palette = ["#4C78A8", "#F58518", "#54A24B", "#B279A2", "#9D755D"];
const words = {
  en: {
    title: "Contract timeline",
    initial: "initial term",
    renewal: "renewal",
    customer: "customer notice deadline",
    supplier: "supplier notice deadline",
    switch: "duration switch",
    start: "start",
  },
  nl: {
    title: "Tijdlijn overeenkomst",
    initial: "initiële looptijd",
    renewal: "verlenging",
    customer: "uiterste opzegdatum klant",
    supplier: "uiterste opzegdatum leverancier",
    switch: "wijziging looptijd",
    start: "ingang",
  },
};

/**
 * Render a timeline (from {@link timeline}) as an SVG string.
 *
 * @example
 * ```ts
 * const svg = timelineToSvg(timeline(contract, date("2026-01-01"), date("2029-12-31")));
 * // "<svg xmlns=\"http://www.w3.org/2000/svg\" …"
 * ```
 */
export function timelineToSvg(tl: Timeline, options: TimelineSvgOptions = {}): string {
  const width = Math.max(320, Math.round(options.width ?? 960));
  const w = words[options.language ?? "en"];
  const height = 300;
  const left = 20;
  const right = width - 20;
  const fromDay = toEpochDay(tl.from);
  const toDay = Math.max(toEpochDay(tl.to), fromDay) + 1; // the last day is drawn in full
  const x = (d: LocalDate, endOfDay = false) => {
    const day = Math.min(Math.max(toEpochDay(d) + (endOfDay ? 1 : 0), fromDay), toDay);
    return Math.round((left + ((day - fromDay) / (toDay - fromDay)) * (right - left)) * 10) / 10;
  };
  const out: Array<string> = [];
  const title = options.title ?? `${w.title} ${tl.from} – ${tl.to}`;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}" font-family="sans-serif" font-size="11">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${left}" y="22" font-size="14" font-weight="bold">${escapeXml(title)}</text>`,
  );
  // Terms as bars.
  for (const t of tl.terms) {
    const x0 = x(compareDates(t.start, tl.from) < 0 ? tl.from : t.start);
    const x1 = x(compareDates(t.end, tl.to) > 0 ? tl.to : t.end, true);
    const color = palette[t.regime % palette.length]!;
    const label = `${t.kind === "initial" ? w.initial : `${w.renewal} ${t.indexInRegime}`} (${t.durationName})`;
    out.push(
      `<g class="term" data-index="${t.index}"><rect x="${x0}" y="60" width="${Math.max(0, Math.round((x1 - x0) * 10) / 10)}" height="34" fill="${color}" fill-opacity="${t.kind === "initial" ? 0.9 : 0.55}" stroke="#ffffff" stroke-width="1"/>`,
      `<text x="${x0 + 4}" y="74" fill="#000000">${escapeXml(label)}</text>`,
      `<text x="${x0 + 4}" y="88" fill="#000000" font-size="10">${t.start} – ${t.end}</text></g>`,
    );
  }
  // Axis with a tick on 1 January of each year in range.
  out.push(`<line x1="${left}" y1="230" x2="${right}" y2="230" stroke="#333333"/>`);
  const first = dateParts(tl.from).year;
  const last = dateParts(tl.to).year;
  for (let y = first; y <= last + 1 && y <= 9999; y++) {
    const jan1 = dateFromParts(y, 1, 1);
    if (compareDates(jan1, tl.from) < 0 || toEpochDay(jan1) > toDay) continue;
    const xx = x(jan1);
    out.push(
      `<line x1="${xx}" y1="226" x2="${xx}" y2="234" stroke="#333333"/>`,
      `<text x="${xx}" y="248" text-anchor="middle">${y}</text>`,
    );
  }
  // Events.
  const lane = { customer: 130, supplier: 175 };
  for (const e of tl.events) {
    const xx = x(e.date, e.kind === "term-end");
    const tip = `${e.date}: ${options.language === "nl" ? e.nl : e.en}`;
    if (e.kind === "notice-deadline" && e.party !== undefined) {
      const yy = lane[e.party];
      const color = e.party === "customer" ? "#C0392B" : "#7D3C98";
      out.push(
        `<g class="event notice-deadline ${e.party}"><title>${escapeXml(tip)}</title>`,
        `<line x1="${xx}" y1="${yy}" x2="${xx}" y2="94" stroke="${color}" stroke-dasharray="3 2"/>`,
        `<path d="M ${xx} ${yy - 6} L ${xx + 6} ${yy} L ${xx} ${yy + 6} L ${xx - 6} ${yy} Z" fill="${color}"/>`,
        `<text x="${xx + 8}" y="${yy + 4}" fill="${color}">${e.date}</text></g>`,
      );
    } else if (e.kind === "switch" || e.kind === "contract-start") {
      out.push(
        `<g class="event ${e.kind}"><title>${escapeXml(tip)}</title>`,
        `<line x1="${xx}" y1="44" x2="${xx}" y2="230" stroke="#111111" stroke-width="2"/>`,
        `<text x="${xx + 4}" y="54" font-weight="bold">${escapeXml(e.kind === "switch" ? w.switch : w.start)} ${e.date}</text></g>`,
      );
    } else {
      out.push(
        `<g class="event ${e.kind}"><title>${escapeXml(tip)}</title><line x1="${xx}" y1="60" x2="${xx}" y2="230" stroke="#999999" stroke-width="1"/></g>`,
      );
    }
  }
  // Legend.
  const legend = [
    { color: "#C0392B", text: w.customer },
    { color: "#7D3C98", text: w.supplier },
    { color: "#111111", text: w.switch },
  ];
  legend.forEach((l, i) => {
    const lx = left + i * 240;
    out.push(
      `<rect x="${lx}" y="268" width="10" height="10" fill="${l.color}"/>`,
      `<text x="${lx + 14}" y="277">${escapeXml(l.text)}</text>`,
    );
  });
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
