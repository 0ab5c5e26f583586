import { instant } from "@zorgkit/core";
import { compileSla, decodeIncidents, decodeOutages, mdoSla2025, yearMonth } from "@zorgkit/sla-calculator";
import { describe, expect, it } from "vitest";
import { displayInstant, renderHtml } from "../src/html.js";
import { buildReport } from "../src/report.js";
import { readJson, sample } from "./helpers.js";

const sla = compileSla(mdoSla2025);
const incidents = decodeIncidents(readJson(sample("incidents.json")));
const outages = decodeOutages(readJson(sample("outages.json")));
if (!incidents.ok || !outages.ok) throw new Error("samples do not decode");
const report = buildReport(
  {
    period: { kind: "month", month: yearMonth("2026-04") },
    incidents: incidents.value,
    outages: outages.value,
  },
  sla,
  instant("2026-05-01T00:00:00+02:00"),
);

describe("the HTML page", () => {
  const html = renderHtml(report);

  it("is self-contained: inline SVG charts, no external resources, no script to run", () => {
    expect(html.match(/<svg/g)?.length).toBe(2);
    expect(html).not.toMatch(/<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script type="application/json" id="report-data">']);
    // The only URLs are XML namespace names, which nothing fetches.
    expect([...html.matchAll(/https?:\/\/[^"'\s)]+/g)].map((m) => m[0])).toEqual(
      expect.arrayContaining(["http://www.w3.org/2000/svg"]),
    );
    for (const m of html.matchAll(/https?:\/\/[^"'\s)]+/g)) expect(m[0]).toMatch(/^http:\/\/www\.w3\.org\//);
  });

  it("embeds the report's JSON, escaped so that it cannot close the script element", () => {
    const data = /<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html)?.[1] ?? "";
    expect(JSON.parse(data)).toEqual(report);
    const hostile = renderHtml({
      ...report,
      breached: [{ ...(report.breached[0] as (typeof report.breached)[number]), id: "</script><b>x" }],
    });
    expect(hostile).not.toContain("</script><b>");
    expect(hostile).toContain("&lt;/script&gt;&lt;b&gt;x");
  });

  it("writes instants as the package formatted them, spaced for reading", () => {
    expect(displayInstant("2026-04-14T14:00:00+02:00")).toBe("2026-04-14 14:00 +02:00");
    expect(displayInstant("2026-04-21T14:00:20+02:00")).toBe("2026-04-21 14:00:20 +02:00");
    expect(displayInstant("not an instant")).toBe("not an instant");
  });
});
