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

/** Estimated advance of one character, in em (measured ≈ 0.51–0.56 em for DejaVu Sans). */
const charWidth = 0.58;
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

/** Push every item of `xs` onto `out` (a spread would overflow the stack for a long timeline). */
function append(out: Array<string>, xs: ReadonlyArray<string>): void {
  for (const x of xs) out.push(x);
}

/**
 * Render a timeline (from {@link timeline}) as an SVG string.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mdoContract, switchToPaid, timeline, timelineToSvg } from "@zorgkit/contract-terms";
 * const contract = switchToPaid(mdoContract({ signedOn: date("2026-03-01") }), date("2027-08-31"));
 * const svg = timelineToSvg(timeline({ contract, from: date("2026-01-01"), to: date("2029-12-31") }));
 * svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""); // => true
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
  // Terms as bars. Labels are clipped to their bar and shortened when they would not fit
  // (estimated width: `charWidth` em per character).
  const fits = (text: string, fontSize: number, room: number) => text.length * fontSize * charWidth <= room;
  const defs: Array<string> = [];
  const bars: Array<string> = [];
  for (const t of tl.terms) {
    const x0 = x(compareDates(t.start, tl.from) < 0 ? tl.from : t.start);
    const x1 = x(compareDates(t.end, tl.to) > 0 ? tl.to : t.end, true);
    const barWidth = Math.max(0, Math.round((x1 - x0) * 10) / 10);
    const room = barWidth - 8;
    const color = palette[t.regime % palette.length]!;
    const short = t.kind === "initial" ? w.initial : `${w.renewal} ${t.indexInRegime}`;
    const label = [
      `${short} (${t.durationName})`,
      short,
      t.kind === "initial" ? "" : String(t.indexInRegime),
    ].find((l) => fits(l, 11, room));
    const dates = [`${t.start} – ${t.end}`, `– ${t.end}`].find((l) => fits(l, 10, room));
    const clip = `term-clip-${t.index}`;
    defs.push(`<clipPath id="${clip}"><rect x="${x0}" y="60" width="${barWidth}" height="34"/></clipPath>`);
    bars.push(
      `<g class="term" data-index="${t.index}"><rect x="${x0}" y="60" width="${barWidth}" height="34" fill="${color}" fill-opacity="${t.kind === "initial" ? 0.9 : 0.55}" stroke="#ffffff" stroke-width="1"/>`,
      `<text x="${x0 + 4}" y="74" fill="#000000" clip-path="url(#${clip})">${escapeXml(label ?? "")}</text>`,
      `<text x="${x0 + 4}" y="88" fill="#000000" font-size="10" clip-path="url(#${clip})">${escapeXml(dates ?? "")}</text></g>`,
    );
  }
  if (defs.length > 0) {
    out.push("<defs>");
    append(out, defs);
    out.push("</defs>");
  }
  append(out, bars);
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
  // Events: lines and markers first, labels last, each on a white box with a halo, so no line
  // crosses a label. A label goes right of its marker, else left, else one line lower — the first
  // place that no other vertical line, label or picture edge gets in the way of.
  const lane = { customer: 130, supplier: 175 };
  const verticals = tl.events.map((e) => {
    const xx = x(e.date, e.kind === "term-end");
    if (e.kind === "notice-deadline" && e.party !== undefined) return { x: xx, y1: 94, y2: lane[e.party] };
    if (e.kind === "switch" || e.kind === "contract-start") return { x: xx, y1: 44, y2: 230 };
    return { x: xx, y1: 60, y2: 230 };
  });
  const labels: Array<string> = [];
  const placed: Array<{ x0: number; x1: number; y0: number; y1: number }> = [];
  const halo = 'stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"';
  const placeLabel = (xx: number, baseline: number, text: string, attrs: string, cls: string) => {
    const textWidth = Math.ceil(text.length * 11 * charWidth);
    const boxAt = (x0: number, y: number) => ({ x0: x0 - 2, x1: x0 + textWidth + 2, y0: y - 10, y1: y + 3 });
    type Box = { x0: number; x1: number; y0: number; y1: number };
    const inside = (b: Box) => b.x0 >= 0 && b.x1 <= right + 16;
    const clearOfLabels = (b: Box) =>
      placed.every((p) => p.x1 < b.x0 || p.x0 > b.x1 || p.y1 < b.y0 || p.y0 > b.y1);
    const clearOfLines = (b: Box) =>
      verticals.every((v) => v.x === xx || v.x < b.x0 || v.x > b.x1 || v.y2 < b.y0 || v.y1 > b.y1);
    const candidates = [
      { x0: xx + 8, y: baseline },
      { x0: xx - 8 - textWidth, y: baseline },
      { x0: xx + 8, y: baseline + 14 },
      { x0: xx - 8 - textWidth, y: baseline + 14 },
      { x0: xx + 8, y: baseline + 28 },
      { x0: xx - 8 - textWidth, y: baseline + 28 },
    ];
    // Best: nothing in the way. Else: no other label in the way (its white box hides a line).
    const c =
      candidates.find((k) => {
        const b = boxAt(k.x0, k.y);
        return inside(b) && clearOfLabels(b) && clearOfLines(b);
      }) ??
      candidates.find((k) => {
        const b = boxAt(k.x0, k.y);
        return inside(b) && clearOfLabels(b);
      }) ??
      candidates[xx + 8 + textWidth > right ? 1 : 0]!;
    const box = boxAt(c.x0, c.y);
    placed.push(box);
    labels.push(
      `<rect class="label-box" x="${box.x0}" y="${box.y0}" width="${box.x1 - box.x0}" height="${box.y1 - box.y0}" fill="#ffffff" fill-opacity="0.85"/>`,
      `<text class="label ${cls}" x="${c.x0}" y="${c.y}" ${halo} ${attrs}>${escapeXml(text)}</text>`,
    );
  };
  for (const e of tl.events) {
    const xx = x(e.date, e.kind === "term-end");
    const tip = `${e.date}: ${options.language === "nl" ? e.nl : e.en}`;
    if (e.kind === "notice-deadline" && e.party !== undefined) {
      const yy = lane[e.party];
      const color = e.party === "customer" ? "#C0392B" : "#7D3C98";
      out.push(
        `<g class="event notice-deadline ${e.party}"><title>${escapeXml(tip)}</title>`,
        `<line x1="${xx}" y1="${yy}" x2="${xx}" y2="94" stroke="${color}" stroke-dasharray="3 2"/>`,
        `<path d="M ${xx} ${yy - 6} L ${xx + 6} ${yy} L ${xx} ${yy + 6} L ${xx - 6} ${yy} Z" fill="${color}"/></g>`,
      );
      placeLabel(xx, yy + 4, e.date, `fill="${color}"`, e.party);
    } else if (e.kind === "switch" || e.kind === "contract-start") {
      out.push(
        `<g class="event ${e.kind}"><title>${escapeXml(tip)}</title>`,
        `<line x1="${xx}" y1="44" x2="${xx}" y2="230" stroke="#111111" stroke-width="2"/></g>`,
      );
      placeLabel(
        xx,
        54,
        `${e.kind === "switch" ? w.switch : w.start} ${e.date}`,
        'font-weight="bold"',
        e.kind,
      );
    } else {
      out.push(
        `<g class="event ${e.kind}"><title>${escapeXml(tip)}</title><line x1="${xx}" y1="60" x2="${xx}" y2="230" stroke="#999999" stroke-width="1"/></g>`,
      );
    }
  }
  append(out, labels);
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
