import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { brokenLinks } from "../scripts/check-links.mjs";

const site = (pages: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), "zk-docs-links-"));
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(
      join(dir, path),
      `<html><body><nav><a href="/nowhere">theme</a></nav><main>${body}</main></body></html>`,
    );
  }
  return dir;
};

test("the built site's internal links: pages and #fragments resolve; external links and theme navigation are not checked", () => {
  const dist = site({
    "index.html":
      '<a href="/guide/sla">x</a><a href="./clauses/#mdo-bv">y</a><a href="https://example.org/x">z</a><a href="#top">t</a><h1 id="top">T</h1>',
    "guide/sla.html":
      '<h2 id="p1-&amp;-p2">P1</h2><a href="../index.html">home</a><a href="#p1-&amp;-p2">self</a>',
    "clauses/index.html":
      '<h2 id="mdo-bv">MDO-BV</h2><a href="/guide/sla.html#missing">bad anchor</a><a href="/guide/gone">bad page</a>',
  });
  expect(brokenLinks(dist)).toEqual([
    { page: "clauses/index.html", href: "/guide/sla.html#missing", problem: "no #missing on guide/sla.html" },
    { page: "clauses/index.html", href: "/guide/gone", problem: "no such page" },
  ]);
});
