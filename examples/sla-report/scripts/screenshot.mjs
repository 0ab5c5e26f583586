#!/usr/bin/env node
// The screenshot in the README and the docs (docs/guide/sla-report.md): the sample quarter's
// report rendered by Debian's Chromium. Run after `pnpm build`: `pnpm screenshot`.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { run } from "../dist/cli.js";

const here = fileURLToPath(new URL("..", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "sla-report-shot-"));
const html = join(out, "report.html");
run(
  [
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
    join(out, "report.json"),
  ],
  { stdout: process.stdout, stderr: process.stderr, cwd: join(here, "examples"), now: () => Date.now() },
);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-dev-shm-usage"],
});
const page = await browser.newPage({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 });
await page.goto(pathToFileURL(html).href);
const file = join(here, "docs", "sla-report-2026-Q2.png");
await page.screenshot({ path: file, fullPage: true });
await browser.close();
console.log(`wrote ${file}`);
