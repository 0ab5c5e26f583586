/**
 * The built site in headless Chromium (Debian's `chromium`, driven by playwright-core): every page
 * of docs/.vitepress/dist, served on loopback, loads without console errors, page errors or failed
 * requests, loads nothing from outside, and every internal link in the rendered page resolves — the
 * page exists and its #fragment names an element on it. Run after `pnpm docs:build`
 * (`pnpm --filter @zorgkit/docs test:browser`; `.ci/run` does). Skipped only where Chromium is
 * absent and not in CI; in CI a missing Chromium or a missing build fails.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumForTests } from "../../tools/testkit/chromium.js";
import { fileFor, serveStatic } from "./static-server.js";

const { executablePath, present } = chromiumForTests("docs browser test");
const dist = fileURLToPath(new URL("../.vitepress/dist", import.meta.url));

const htmlPages = (dir: string): Array<string> =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlPages(p) : n.endsWith(".html") && n !== "404.html" ? [p] : [];
  });

describe.skipIf(!present)(`the built docs site in headless Chromium (${executablePath})`, () => {
  let browser: Browser;
  let site: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    if (!existsSync(join(dist, "index.html"))) {
      throw new Error(`no built site in ${dist}: run \`pnpm docs:build\` first`);
    }
    site = await serveStatic(dist);
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ["--no-sandbox", "--disable-dev-shm-usage"],
    });
  }, 120_000); // launching Chromium on a loaded machine can take longer than the 10 s default
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  // About 35 pages, each loaded and hydrated: minutes on a busy machine.
  it("every page loads without console errors and every internal link resolves", {
    timeout: 600_000,
  }, async () => {
    const pages = htmlPages(dist).map((f) => `/${relative(dist, f).split(sep).join("/")}`);
    expect(pages.length).toBeGreaterThan(10);
    expect(pages).toContain("/guide/sla-report.html");
    const context = await browser.newContext();
    const problems: Array<string> = [];
    const outside: Array<string> = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(site.url)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    /** Links seen on rendered pages: target path → fragments asked for, and the page that linked it. */
    const links = new Map<string, { from: string; fragments: Set<string> }>();
    /** The ids of each rendered page. */
    const ids = new Map<string, Set<string>>();
    const page = await context.newPage();
    let current = "";
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`${current}: console error: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`${current}: page error: ${e.message}`));
    page.on("requestfailed", (r) => {
      // Leaving a page cancels the page chunks VitePress was prefetching for its links (ERR_ABORTED).
      const error = r.failure()?.errorText ?? "";
      if (r.url().startsWith(site.url) && error !== "net::ERR_ABORTED") {
        problems.push(`${current}: request failed (${error}): ${r.url()}`);
      }
    });
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`${current}: ${r.status()} for ${r.url()}`);
    });
    for (const path of pages) {
      current = path;
      const response = await page.goto(`${site.url}${path}`, { waitUntil: "load" });
      expect(response?.status(), path).toBe(200);
      // VitePress hydrates the page: wait until the app has mounted its content.
      await page.locator(".VPContent").first().waitFor({ state: "attached" });
      const found = await page.locator("a[href]").evaluateAll(
        (as, base) =>
          as.flatMap((a) => {
            const url = new URL((a as unknown as { href: string }).href);
            return url.origin === new URL(base).origin
              ? [{ path: url.pathname, fragment: decodeURIComponent(url.hash.slice(1)) }]
              : [];
          }),
        site.url,
      );
      for (const l of found) {
        const entry = links.get(l.path) ?? { from: path, fragments: new Set<string>() };
        if (l.fragment !== "") entry.fragments.add(l.fragment);
        links.set(l.path, entry);
      }
      ids.set(path, new Set(await page.locator("[id]").evaluateAll((es) => es.map((e) => e.id))));
    }
    await context.close();

    const unresolved: Array<string> = [];
    for (const [path, { from, fragments }] of links) {
      const file = fileFor(dist, path) ?? fileFor(dist, `${path}.html`);
      if (file === undefined) {
        unresolved.push(`${from} → ${path}: no such page`);
        continue;
      }
      const pageIds = ids.get(`/${relative(dist, file).split(sep).join("/")}`);
      for (const f of fragments) {
        if (pageIds !== undefined && !pageIds.has(f))
          unresolved.push(`${from} → ${path}#${f}: no element with that id`);
      }
    }
    expect(links.size).toBeGreaterThan(pages.length / 2);
    expect(unresolved).toEqual([]);
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
  });
});
