// Checks that every internal link of the built site (docs/.vitepress/dist) resolves: the page
// exists and, when the link has a #fragment, the page has an element with that id. VitePress's own
// dead-link check covers pages but not fragments. Run after `vitepress build` (part of docs:build).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const htmlFiles = (dir) =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith(".html") ? [p] : [];
  });

const idsCache = new Map();
const idsOf = (file) => {
  if (!idsCache.has(file)) {
    const html = readFileSync(file, "utf8");
    idsCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeHtml(m[1] ?? ""))));
  }
  return idsCache.get(file);
};

const decodeHtml = (s) =>
  s
    .replaceAll("&amp;", "&")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">");

/** The page file a site path names: /guide/x → guide/x.html, /clauses/ → clauses/index.html. */
const targetFile = (dist, path) => {
  const clean = decodeURIComponent(path.replace(/^\/+/, ""));
  const candidates =
    clean === "" || clean.endsWith("/")
      ? [`${clean}index.html`]
      : [clean, `${clean}.html`, `${clean}/index.html`];
  return candidates.map((c) => join(dist, c)).find((p) => existsSync(p) && statSync(p).isFile());
};

/**
 * Every broken internal link of the site in `dist`: `[{ page, href, problem }]`. Only the page
 * content (`<main>`) is checked: the theme's own navigation is VitePress's.
 */
export const brokenLinks = (dist) => {
  const broken = [];
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, "utf8");
    const main = /<main[\s>][\s\S]*<\/main>/.exec(html)?.[0] ?? html;
    const page = relative(dist, file);
    for (const m of main.matchAll(/<a\s[^>]*href="([^"]*)"/g)) {
      const href = decodeHtml(m[1] ?? "");
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) continue; // external, mailto:
      const [pathPart = "", fragment] = href.split("#");
      const base =
        pathPart === ""
          ? `/${page}`
          : pathPart.startsWith("/")
            ? pathPart
            : `/${relative(dist, resolve(dirname(file), pathPart))}`;
      const target = pathPart === "" ? file : targetFile(dist, base);
      if (!target) {
        broken.push({ page, href, problem: "no such page" });
        continue;
      }
      if (fragment && !idsOf(target).has(decodeURIComponent(fragment)))
        broken.push({ page, href, problem: `no #${fragment} on ${relative(dist, target)}` });
    }
  }
  return broken;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = resolve(dirname(fileURLToPath(import.meta.url)), "..", ".vitepress", "dist");
  const broken = brokenLinks(dist);
  for (const b of broken) console.error(`${b.page}: ${b.href} — ${b.problem}`);
  console.log(`internal links: ${broken.length} broken`);
  process.exitCode = broken.length === 0 ? 0 : 1;
}
