import { date } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { mdoContract, switchToPaid } from "../src/presets/mdo-2025.js";
import { timeline } from "../src/timeline.js";
import { timelineToSvg } from "../src/timeline-svg.js";

const funded = mdoContract({ signedOn: date("2026-03-01") });

describe("timeline", () => {
  it("lists the start, the customer's and supplier's notice deadlines, the term end and the renewal of 2026–2027, sorted (MDO-BV 10.2)", () => {
    const tl = timeline({ contract: funded, from: date("2026-01-01"), to: date("2027-01-31") });
    expect(tl.events.map((e) => [e.date, e.kind, e.party ?? null])).toEqual([
      ["2026-03-01", "contract-start", null],
      ["2026-10-31", "notice-deadline", "customer"],
      ["2026-12-31", "notice-deadline", "supplier"],
      ["2026-12-31", "term-end", null],
      ["2027-01-01", "renewal", null],
    ]);
    expect(tl.events.find((e) => e.party === "supplier")?.endDate).toBe("2028-12-31");
  });
  it("every event cites its clause", () => {
    const tl = timeline({
      contract: switchToPaid(funded, date("2027-08-31")),
      from: date("2026-01-01"),
      to: date("2030-12-31"),
    });
    for (const e of tl.events) expect(e.citations.length).toBeGreaterThan(0);
    expect(tl.events.filter((e) => e.kind === "switch").map((e) => e.date)).toEqual(["2027-08-31"]);
  });
  it("notice deadlines before the contract started are left out (the 24-month deadline for 31 Dec 2026 is in 2024)", () => {
    const tl = timeline({ contract: funded, from: date("2024-01-01"), to: date("2026-12-31") });
    expect(tl.events.some((e) => e.date < "2026-03-01")).toBe(false);
  });
});

describe("timeline and the switch to paid (MDO-BV 10.2, 6.3)", () => {
  // Changed reading (issue #11 item 8): the timeline used to show the customer's deadline of
  // 30 Apr 2028 for an end on 30 Jun 2028, the day before the switch. A notice before the switch
  // now keeps its 10.2 end date, so no regular notice ends the contract on 30 Jun 2028.
  const c = switchToPaid(mdoContract({ signedOn: date("2025-09-01") }), date("2028-07-01"));
  const deadlines = timeline({ contract: c, from: date("2025-09-01"), to: date("2029-12-31") }).events.filter(
    (e) => e.kind === "notice-deadline",
  );
  it("shows no deadline for either party to end the contract on 30 Jun 2028, the day before the switch to paid", () => {
    expect(deadlines.filter((e) => e.endDate === "2028-06-30")).toEqual([]);
  });
  it("the customer's last day to end the contract on 31 Dec 2028 under 10.2 is 30 Jun 2028, the day before the switch (MDO-BV 10.2)", () => {
    expect(deadlines.filter((e) => e.endDate === "2028-12-31").map((e) => [e.party, e.date])).toEqual([
      ["customer", "2028-06-30"],
    ]);
  });
  it("the supplier's next deadline after the switch is for the end of the 18-month paid term (MDO-BV 6.3, 10.3)", () => {
    expect(
      deadlines
        .filter((e) => e.party === "supplier" && e.date > "2027-01-01")
        .map((e) => [e.date, e.endDate]),
    ).toEqual([
      ["2028-12-31", "2029-12-31"],
      ["2029-12-31", "2030-12-31"],
    ]);
  });
});

describe("timelineToSvg", () => {
  const tl = timeline({
    contract: switchToPaid(funded, date("2027-08-31")),
    from: date("2026-01-01"),
    to: date("2029-12-31"),
  });
  const svg = timelineToSvg(tl);
  it("draws one bar per term and one marker per notice deadline", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trim().endsWith("</svg>")).toBe(true);
    expect(svg.match(/<g class="term"/g)?.length).toBe(tl.terms.length);
    expect(svg.match(/class="event notice-deadline/g)?.length).toBe(
      tl.events.filter((e) => e.kind === "notice-deadline").length,
    );
    expect(svg).toContain("2027-08-31 – 2029-02-28");
  });
  it("is pure: the same timeline gives the same picture", () => {
    expect(timelineToSvg(tl)).toBe(svg);
  });
  it("escapes text so a title cannot break the XML", () => {
    const out = timelineToSvg(tl, { title: '<script>&"' });
    expect(out).not.toContain("<script>");
    expect(out).toContain("&lt;script&gt;&amp;&quot;");
  });
  it("a term label never runs past its bar: it is clipped to the bar, and shortened when too long for it", () => {
    const wide = timelineToSvg(
      timeline({
        contract: switchToPaid(funded, date("2027-08-31")),
        from: date("2026-01-01"),
        to: date("2030-06-30"),
      }),
    );
    const groups = wide.match(/<g class="term"[\s\S]*?<\/g>/g) ?? [];
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      const texts = g.match(/<text [^>]*>/g) ?? [];
      for (const t of texts) expect(t).toMatch(/clip-path="url\(#term-clip-\d+\)"/);
    }
    // The funded 2027 term, cut short on 30 Aug 2027, is too narrow for "renewal 1 (funded MDO)".
    expect(wide).not.toContain("renewal 1 (funded MDO)");
    expect(wide).toContain(">renewal 1</text>");
    expect(wide).toContain(">initial term (paid MDO)</text>");
  });
  it("deadline and event labels are drawn after every line, on a white halo, so no line crosses them", () => {
    const lastLine = svg.lastIndexOf("<line");
    const firstLabel = svg.indexOf('class="label');
    expect(firstLabel).toBeGreaterThan(lastLine);
    const labels = svg.match(/<text class="label[^>]*>/g) ?? [];
    expect(labels.length).toBe(
      tl.events.filter((e) => e.kind === "notice-deadline").length +
        tl.events.filter((e) => e.kind === "switch" || e.kind === "contract-start").length,
    );
    for (const l of labels) expect(l).toContain('paint-order="stroke"');
  });
  it("no two labels overlap, even on a crowded narrow picture (a 2025 contract switched to paid in 2028, 700 px)", () => {
    const c = switchToPaid(mdoContract({ signedOn: date("2025-09-01") }), date("2028-07-01"));
    const out = timelineToSvg(timeline({ contract: c, from: date("2025-06-01"), to: date("2031-12-31") }), {
      width: 700,
      language: "nl",
    });
    const boxes = [
      ...out.matchAll(
        /<rect class="label-box" x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g,
      ),
    ].map((m) => ({
      x0: Number(m[1]),
      y0: Number(m[2]),
      x1: Number(m[1]) + Number(m[3]),
      y1: Number(m[2]) + Number(m[4]),
    }));
    expect(boxes.length).toBeGreaterThan(10);
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(false);
      }
      expect(a.x0).toBeGreaterThanOrEqual(0);
      expect(a.x1).toBeLessThanOrEqual(700);
    });
  });
  it("labels in Dutch on request", () => {
    expect(timelineToSvg(tl, { language: "nl" })).toContain("uiterste opzegdatum klant");
  });
});
