// Tests that kill surviving mutants of src/timeline-svg.ts (issue #17, docs/quality.md): what a
// reader of the picture sees — the year ticks on the axis, the labels of narrow term bars, the
// Dutch tooltips, each event drawn in its own style and colour (the legend's), and where the
// labels go: "right of its marker, else left, else one line lower — the first place that no other
// vertical line, label or picture edge gets in the way of" (the module's stated rule), checked
// against the lines and labels as drawn. Results are computed inside each `it`.
import { addDays, date, type LocalDate } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Contract } from "../src/contract.js";
import { mdoContract, switchToPaid } from "../src/presets/mdo-2025.js";
import { arbMdoContract } from "../src/testing.js";
import { timeline } from "../src/timeline.js";
import { type TimelineSvgOptions, timelineToSvg } from "../src/timeline-svg.js";
import { monthlyContract } from "./mutation-fixtures.js";

const svgOf = (contract: Contract, from: string, to: string, options: TimelineSvgOptions = {}): string =>
  timelineToSvg(timeline({ contract, from: date(from), to: date(to) }), options);
const mdo = (signedOn: string, paidFrom?: string): Contract => {
  const c = mdoContract({ signedOn: date(signedOn) });
  return paidFrom === undefined ? c : switchToPaid(c, date(paidFrom));
};
const yearTicks = (svg: string): Array<string> =>
  [...svg.matchAll(/<text x="[\d.]+" y="248" text-anchor="middle">(\d+)<\/text>/g)].map((m) => m[1]!);

interface Drawn {
  readonly kind: string;
  readonly party: string | undefined;
  readonly x: number;
  readonly y1: number;
  readonly y2: number;
  readonly stroke: string;
}
interface Box {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}
/** Each event's line as drawn (in event order). */
const drawnEvents = (svg: string): Array<Drawn> =>
  [
    ...svg.matchAll(
      /<g class="event ([a-z-]+)(?: (customer|supplier))?"><title>[^<]*<\/title>\s*<line x1="([\d.]+)" y1="([\d.]+)" x2="[\d.]+" y2="([\d.]+)" stroke="(#[0-9A-Fa-f]+)"/g,
    ),
  ].map((m) => ({
    kind: m[1]!,
    party: m[2],
    x: Number(m[3]),
    y1: Math.min(Number(m[4]), Number(m[5])),
    y2: Math.max(Number(m[4]), Number(m[5])),
    stroke: m[6]!,
  }));
/** Each label's white box and text position (in the order they were placed). */
const drawnLabels = (svg: string): Array<{ box: Box; x: number; y: number }> =>
  [
    ...svg.matchAll(
      /<rect class="label-box" x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"[^>]*\/>\n<text class="label [a-z -]+" x="([\d.-]+)" y="([\d.-]+)"/g,
    ),
  ].map((m) => ({
    box: {
      x0: Number(m[1]),
      y0: Number(m[2]),
      x1: Number(m[1]) + Number(m[3]),
      y1: Number(m[2]) + Number(m[4]),
    },
    x: Number(m[5]),
    y: Number(m[6]),
  }));
const overlaps = (a: Box, b: Box) => !(a.x1 < b.x0 || a.x0 > b.x1 || a.y1 < b.y0 || a.y0 > b.y1);
const crosses = (v: Drawn, b: Box) => !(v.x < b.x0 || v.x > b.x1 || v.y2 < b.y0 || v.y1 > b.y1);

/**
 * Where each label should be, worked out from what is drawn: the candidates in the stated order
 * (right of the marker, left, then one and two lines lower, 8 px from the marker), the first inside
 * the picture that no other event's line and no earlier label gets in the way of; else the first
 * that no earlier label gets in the way of (its white box hides a line); else beside the marker.
 */
function expectedLabelPlaces(svg: string, width: number): Array<{ x: number; y: number }> {
  const events = drawnEvents(svg);
  const labels = drawnLabels(svg);
  const marked = events.filter(
    (e) => e.kind === "notice-deadline" || e.kind === "switch" || e.kind === "contract-start",
  );
  expect(labels.length).toBe(marked.length);
  const placed: Array<Box> = [];
  return marked.map((e, i) => {
    const textWidth = labels[i]!.box.x1 - labels[i]!.box.x0 - 4;
    // A deadline's label sits on its lane (the diamond's centre, + 4 for the baseline); others at the top.
    const baseline = e.kind === "notice-deadline" ? e.y2 + 4 : 54;
    const candidates = [0, 14, 28].flatMap((dy) => [
      { x: e.x + 8, y: baseline + dy },
      { x: e.x - 8 - textWidth, y: baseline + dy },
    ]);
    const boxOf = (k: { x: number; y: number }): Box => ({
      x0: k.x - 2,
      x1: k.x + textWidth + 2,
      y0: k.y - 10,
      y1: k.y + 3,
    });
    const inside = (b: Box) => b.x0 >= 0 && b.x1 <= width - 4;
    const clearOfLabels = (b: Box) => placed.every((p) => !overlaps(p, b));
    const clearOfLines = (b: Box) => events.every((v) => v.x === e.x || !crosses(v, b));
    const c =
      candidates.find((k) => inside(boxOf(k)) && clearOfLabels(boxOf(k)) && clearOfLines(boxOf(k))) ??
      candidates.find((k) => inside(boxOf(k)) && clearOfLabels(boxOf(k))) ??
      candidates[e.x + 8 + textWidth > width - 20 ? 1 : 0]!;
    placed.push(boxOf(c));
    return c;
  });
}

describe("the year axis of the picture", () => {
  it("ticks only on the 1 Januaries in the range: 1 Mar 2026 – 30 Jun 2027 has one tick, 2027", () => {
    expect(yearTicks(svgOf(mdo("2026-03-01"), "2026-03-01", "2027-06-30"))).toEqual(["2027"]);
  });
  it("a range of whole years ends with the tick of the next year at the end of its last day: 2026 – 2027 has 2026, 2027, 2028", () => {
    expect(yearTicks(svgOf(mdo("2026-03-01"), "2026-01-01", "2027-12-31"))).toEqual(["2026", "2027", "2028"]);
  });
  it("a range up to 31 Dec 9999 is drawn, with a tick for 9999 and none after it (the last calendar year)", () => {
    const c: Contract = { ...mdo("2026-03-01"), start: date("9998-03-01") };
    const late: Contract = {
      ...c,
      duration: {
        ...c.duration,
        initialTerm: { _tag: "UntilDate", end: date("9998-12-31"), citations: [] },
      },
    };
    expect(yearTicks(svgOf(late, "9998-06-01", "9999-12-31"))).toEqual(["9999"]);
  });
});

describe("term bars: a label shortened to fit its bar", () => {
  it("monthly terms over two years: each renewal bar shows its number, the initial term's bar no label", () => {
    const c = monthlyContract({ months: 1 });
    const svg = svgOf(c, "2027-01-01", "2028-12-31");
    const labels = [
      ...svg.matchAll(/<g class="term" data-index="(\d+)">[^\n]*\n<text [^>]*>([^<]*)<\/text>/g),
    ].map((m) => [Number(m[1]), m[2]]);
    expect(labels.length).toBe(24);
    expect(labels).toEqual(labels.map(([i]) => [i, i === 0 ? "" : String(i)]));
  });
});

describe("events are drawn in the style the legend explains", () => {
  it("deadlines as dashed lines from the bars to the party's lane in the party's colour, switch and start in black from the top, renewals and term ends in grey (MDO-BV 10.2, 10.3)", () => {
    const svg = svgOf(mdo("2026-03-01", "2027-08-31"), "2026-01-01", "2029-12-31");
    const drawn = drawnEvents(svg);
    const tl = timeline({
      contract: mdo("2026-03-01", "2027-08-31"),
      from: date("2026-01-01"),
      to: date("2029-12-31"),
    });
    expect(drawn.map((d) => [d.kind, d.party])).toEqual(tl.events.map((e) => [e.kind, e.party]));
    for (const d of drawn) {
      const style =
        d.kind === "notice-deadline"
          ? {
              y1: 94,
              y2: d.party === "customer" ? 130 : 175,
              stroke: d.party === "customer" ? "#C0392B" : "#7D3C98",
            }
          : d.kind === "switch" || d.kind === "contract-start"
            ? { y1: 44, y2: 230, stroke: "#111111" }
            : { y1: 60, y2: 230, stroke: "#999999" };
      expect({ y1: d.y1, y2: d.y2, stroke: d.stroke }, `${d.kind} ${d.party ?? ""}`).toEqual(style);
    }
    // The legend gives the same colours.
    expect(svg).toContain('fill="#C0392B"/>\n<text x="34" y="277">customer notice deadline</text>');
    expect(svg).toContain('fill="#7D3C98"/>\n<text x="274" y="277">supplier notice deadline</text>');
  });
  it("in Dutch, every event's tooltip is its Dutch sentence", () => {
    const tl = timeline({
      contract: mdo("2026-03-01", "2027-08-31"),
      from: date("2026-01-01"),
      to: date("2029-12-31"),
    });
    const svg = timelineToSvg(tl, { language: "nl" });
    const tips = [...svg.matchAll(/<g class="event [^"]*"><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(tips).toEqual(
      tl.events.map((e) => `${e.date}: ${e.nl}`.replace(/&/g, "&amp;").replace(/'/g, "&apos;")),
    );
  });
});

describe("labels go to the first free place beside their marker", () => {
  const cases: Array<[string, Contract, string, string, number]> = [
    [
      "MDO paid from 31 Aug 2027, 2026–2029, 960 px",
      mdo("2026-03-01", "2027-08-31"),
      "2026-01-01",
      "2029-12-31",
      960,
    ],
    ["the same on 320 px (crowded)", mdo("2026-03-01", "2027-08-31"), "2026-01-01", "2029-12-31", 320],
    [
      "a 2025 contract paid from 1 Jul 2028, 2025–2031, 700 px",
      mdo("2025-09-01", "2028-07-01"),
      "2025-06-01",
      "2031-12-31",
      700,
    ],
    [
      "paid a month after the start (two lines at the left edge)",
      mdo("2026-03-01", "2026-04-01"),
      "2026-03-01",
      "2029-12-31",
      960,
    ],
  ];
  for (const [name, contract, from, to, width] of cases) {
    it(`${name}: each label where the stated rule puts it, inside the picture, overlapping no other label`, () => {
      const svg = svgOf(contract, from, to, { width });
      const labels = drawnLabels(svg);
      expect(labels.map((l) => ({ x: l.x, y: l.y }))).toEqual(expectedLabelPlaces(svg, width));
      labels.forEach((a, i) => {
        expect(a.box.x0).toBeGreaterThanOrEqual(0);
        expect(a.box.x1).toBeLessThanOrEqual(width);
        for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
      });
    });
  }
  it("a funded contract over 12 years on 320 px: where no place is free, a label goes beside its marker on the right while it fits", () => {
    const svg = svgOf(mdo("2025-06-04"), "2025-06-04", "2037-10-06", { width: 320 });
    expect(drawnLabels(svg).map((l) => ({ x: l.x, y: l.y }))).toEqual(expectedLabelPlaces(svg, 320));
  });
  it("for generated MDO contracts, ranges and widths, each label is where the stated rule puts it", () => {
    fc.assert(
      fc.property(
        arbMdoContract(),
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: 30, max: 16 * 366 }),
        fc.oneof(fc.constant(320), fc.integer({ min: 320, max: 1400 })),
        (contract, offset, days, width) => {
          const from: LocalDate = addDays(contract.start, offset);
          const svg = timelineToSvg(timeline({ contract, from, to: addDays(from, days) }), { width });
          expect(drawnLabels(svg).map((l) => ({ x: l.x, y: l.y }))).toEqual(expectedLabelPlaces(svg, width));
        },
      ),
    );
  });
});
