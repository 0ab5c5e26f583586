import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type DefaultTheme, defineConfig } from "vitepress";

const docsDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoUrl = "https://github.com/zorgkit/zorgkit";

const isFolder = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

/** The first `# heading` of a page, without its back-ticks: the sidebar label. */
const titleOf = (file: string): string => {
  const line =
    readFileSync(join(docsDir, file), "utf8")
      .split("\n")
      .find((l) => l.startsWith("# ")) ?? file;
  return line.replace(/^# /, "").replaceAll("`", "");
};
const pages = (dir: string): DefaultTheme.SidebarItem[] =>
  readdirSync(join(docsDir, dir))
    .filter((f) => f.endsWith(".md") && f !== "index.md")
    .sort()
    .map((f) => ({ text: titleOf(`${dir}/${f}`), link: `/${dir}/${f.replace(/\.md$/, "")}` }));

/** The guides, grouped by the package they document (docs/guide/*.md; the guides' owners write them). */
const guideGroups: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ["@zorgkit/core", ["calendar", "money", "identifiers"]],
  ["@zorgkit/sla-calculator", ["sla-calculator", "sla-report"]],
  ["@zorgkit/contract-terms", ["contract-terms"]],
  ["@zorgkit/consent", ["consent"]],
  ["@zorgkit/authorization-roles", ["authorization-roles"]],
  ["@zorgkit/retention-policy", ["retention-policy"]],
  ["@zorgkit/billing", ["billing"]],
];
const guideFiles = readdirSync(join(docsDir, "guide"))
  .filter((f) => f.endsWith(".md"))
  .map((f) => f.slice(0, -3));
const grouped = new Set(guideGroups.flatMap(([, g]) => g));
const guideSidebar: DefaultTheme.SidebarItem[] = [
  ...guideGroups.map(([pkg, names]) => ({
    text: pkg,
    collapsed: false,
    items: names
      .filter((n) => guideFiles.includes(n))
      .map((n) => ({ text: titleOf(`guide/${n}.md`), link: `/guide/${n}` })),
  })),
  // A guide added later appears even before it is grouped here.
  ...guideFiles
    .filter((n) => !grouped.has(n))
    .map((n) => ({ text: titleOf(`guide/${n}.md`), link: `/guide/${n}` })),
];

/** The API reference TypeDoc writes into docs/api (gitignored; `docs:api`, part of `docs:build`). */
const apiPages: DefaultTheme.SidebarItem[] = (
  [
    ["@zorgkit/core", "core/src"],
    ["@zorgkit/core/presets", "core/src/presets"],
    ["@zorgkit/sla-calculator", "sla-calculator/src"],
    ["@zorgkit/contract-terms", "contract-terms/src"],
    ["@zorgkit/consent", "consent/src"],
    ["@zorgkit/authorization-roles", "authorization-roles/src"],
    ["@zorgkit/retention-policy", "retention-policy/src"],
    ["@zorgkit/billing", "billing/src"],
  ] as const
)
  .filter(([, page]) => existsSync(join(docsDir, "api", `${page}.md`)))
  .map(([text, page]) => ({ text, link: `/api/${page}` }));

export default defineConfig({
  title: "zorgkit",
  description: "Dutch healthcare administration rules as correct, explainable, fast TypeScript computations.",
  lang: "en-GB",
  cleanUrls: false,
  lastUpdated: false,
  // docs/README.md is the repository's plain-markdown index; on the site the home page replaces it.
  srcExclude: ["node_modules/**", "scripts/**", "test/**", "test-results/**", "package.json"],
  markdown: {
    config: (md) => {
      // Guides link files outside docs/ (test fixtures, package sources) by a relative path that
      // works on GitHub; on the site such a link points at the file in the repository instead.
      const base = md.renderer.rules.link_open;
      md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
        const href = tokens[idx]?.attrGet("href");
        const page: string | undefined = env?.relativePath;
        if (href && page && !/^[a-z]+:|^#|^\//i.test(href)) {
          const target = resolve(docsDir, dirname(page), href.split("#")[0] ?? "");
          const inRepo = relative(resolve(docsDir, ".."), target);
          if (
            relative(docsDir, target).startsWith("..") ||
            /^(docs\/)?assets\//.test(relative(docsDir, target))
          ) {
            tokens[idx]?.attrSet("href", `${repoUrl}/blob/main/${inRepo}`);
          } else if (isFolder(target) && !existsSync(join(target, "index.md"))) {
            // A folder without an index page (docs/README.md links `adr`): its listing on GitHub.
            tokens[idx]?.attrSet("href", `${repoUrl}/tree/main/${inRepo}`);
          }
        }
        return base ? base(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
      };
    },
  },
  themeConfig: {
    nav: [
      { text: "Getting started", link: "/getting-started" },
      { text: "Guides", link: "/guide/calendar" },
      { text: "Clause index", link: "/clauses/" },
      { text: "Glossary", link: "/glossary" },
      { text: "ADRs", link: "/adr/0001-toolchain" },
      { text: "Performance", link: "/performance" },
      ...(apiPages.length > 0 ? [{ text: "API", link: "/api/" }] : []),
    ],
    sidebar: [
      { text: "Start", items: [{ text: "Getting started", link: "/getting-started" }] },
      { text: "Guides", items: guideSidebar },
      {
        text: "Reference",
        items: [
          { text: "Clause index", link: "/clauses/" },
          { text: "Glossary", link: "/glossary" },
          { text: "Performance", link: "/performance" },
          // docs/quality.md (issue #17, the mutation scores) once it exists.
          ...(existsSync(join(docsDir, "quality.md"))
            ? [{ text: "Quality: mutation scores", link: "/quality" }]
            : []),
        ],
      },
      { text: "Decisions (ADRs)", collapsed: true, items: pages("adr") },
      ...(apiPages.length > 0 ? [{ text: "API reference (TypeDoc)", collapsed: true, items: apiPages }] : []),
    ],
    search: { provider: "local" },
    outline: [2, 3],
    socialLinks: [{ icon: "github", link: repoUrl }],
  },
});
