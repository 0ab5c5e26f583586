/**
 * The report rendered in headless Chromium (Debian's `chromium`, driven by playwright-core): the
 * page shows the sla-calculator's figures, draws its charts, loads nothing from the network, and
 * a screenshot is kept in test-artifacts/ (gitignored). Skipped only where Chromium is absent and
 * not in CI; in CI (`CI=true`, `.ci/run` installs Chromium) a missing Chromium fails.
 */
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { instant } from "@zorgkit/core";
import {
  availability,
  compileSla,
  compliance,
  decodeIncidents,
  decodeOutages,
  mdoSla2025,
  priorities,
  quarter,
  quarterInterval,
  yearMonth,
} from "@zorgkit/sla-calculator";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumForTests } from "../../../tools/testkit/chromium.js";
import { cli, readJson, sample } from "./helpers.js";

const { executablePath, present } = chromiumForTests("browser tests");
const artifacts = fileURLToPath(new URL("../test-artifacts/", import.meta.url));

describe.skipIf(!present)(`the report in headless Chromium (${executablePath})`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ["--no-sandbox", "--disable-dev-shm-usage"],
    });
  }, 120_000); // launching Chromium on a loaded machine can take longer than the 10 s default
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the package's figures, draws the charts, loads nothing from the network; screenshot kept", async () => {
    mkdirSync(artifacts, { recursive: true });
    const html = join(artifacts, "sla-report-2026-Q2.html");
    const r = cli([
      "--quarter",
      "2026-Q2",
      "--incidents",
      "incidents.csv",
      "--outages",
      "outages.csv",
      "--history",
      "history.json",
      "--html",
      html,
      "--json",
      join(artifacts, "sla-report-2026-Q2.json"),
    ]);
    expect(r.code).toBe(1);

    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems: Array<string> = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    const requests: Array<string> = [];
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:")) return route.continue();
      requests.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(html).href);
    // The text as the reader sees it (rendered), not the DOM's raw text.
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text, on purpose
    const figure = (name: string) => page.locator(`[data-figure="${name}"]`).innerText();

    // The same input, computed with the package directly.
    const sla = compileSla(mdoSla2025);
    const incidents = decodeIncidents(readJson(sample("incidents.json")));
    const outages = decodeOutages(readJson(sample("outages.json")));
    if (!incidents.ok || !outages.ok) throw new Error("samples do not decode");
    const months = (["2026-04", "2026-05", "2026-06"] as const).map(
      (m) => availability({ month: yearMonth(m), outages: outages.value }, sla).value,
    );
    for (const a of months) {
      expect(await figure(`availability-${a.month}-percent`)).toBe(`${a.percent} %`);
      expect(await figure(`availability-${a.month}-met`)).toBe(a.targetMet ? "met" : "missed");
      expect(await figure(`availability-${a.month}-budget-left`)).toBe(String(a.remainingDowntimeMinutes));
      expect(await figure(`budget-left-${a.month}`)).toBe(`${a.remainingDowntimeMinutes} min`);
    }
    const c = compliance(
      { incidents: incidents.value, period: quarterInterval(quarter("2026-Q2")) },
      sla,
      instant("2026-07-01T00:00:00+02:00"),
    ).value;
    let breached = 0;
    for (const p of priorities) {
      for (const t of ["response", "resolution"] as const) {
        const x = c.byPriority[p][t];
        breached += x.breached;
        expect(await figure(`compliance-${p}-${t}-met`)).toBe(String(x.met));
        expect(await figure(`compliance-${p}-${t}-breached`)).toBe(String(x.breached));
        expect(await figure(`compliance-${p}-${t}-percent`)).toBe(
          x.percent === undefined ? "—" : `${x.percent} %`,
        );
        expect(await figure(`compliance-${p}-${t}-holds`)).toBe(
          x.normHolds === undefined ? "—" : x.normHolds ? "holds" : "missed",
        );
      }
    }
    expect(await figure("breached-count")).toBe(String(breached));
    expect(await page.locator('tr[data-row="downtime"]').count()).toBe(
      months.reduce((n, a) => n + a.downtime.length, 0),
    );
    expect(await page.locator('[data-figure="due"]').allInnerTexts()).toEqual([
      "2026-04-14 14:00 +02:00",
      "2026-05-13 08:30 +02:00",
    ]);
    expect(await figure("structural-failure")).toBe("structural failure");
    expect(await figure("norms")).toBe("Norms missed");

    // The availability chart: one bar per month, taller for a higher figure, red where missed.
    const bars = page.locator('figure[data-chart="availability"] g[aria-label="bar"] rect');
    expect(await bars.count()).toBe(3);
    const heights = await bars.evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect().height));
    const byPercent = months
      .map((a, k) => [Number(a.percent), heights[k] ?? 0] as const)
      .sort((x, y) => x[0] - y[0]);
    expect(byPercent.map(([, h]) => h)).toEqual([...byPercent.map(([, h]) => h)].sort((x, y) => x - y));
    const fills = await bars.evaluateAll((rs) => rs.map((r) => r.getAttribute("fill")));
    expect(fills.map((f) => f === "#c62828")).toEqual(months.map((a) => !a.targetMet));
    expect(await page.locator('figure[data-chart="availability"] g[aria-label="rule"]').count()).toBe(1);
    expect(
      await page.locator('figure[data-chart="compliance"] g[aria-label="bar"] rect').count(),
    ).toBeGreaterThan(0);

    const shot = join(artifacts, "sla-report-2026-Q2.png");
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(20_000);
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe("PNG");
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
