import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { buildIndex, coverage, docsDir, loadClauses, repoRoot } from "../scripts/clause-index.mjs";
import { citationsInTitle, scanSourceFile, scanTestFile } from "../scripts/scan.mjs";

type Index = ReturnType<typeof buildIndex>;
let index: Index;
// scanning every source and test file takes seconds, more on a loaded machine: the hook's own budget
beforeAll(() => {
  index = buildIndex();
}, 120_000);

const id = (e: { source: string; ref: string }) => `${e.source} ${e.ref}`;

describe("the scanner reads the code's citation forms", () => {
  test("cite calls, forwarding helpers (with templates) and { source, article } objects, attributed to their declaration", () => {
    const found = scanSourceFile(
      "x.ts",
      [
        'import { cite } from "@zorgkit/core";',
        'const sla = (article: string, note?: string) => cite("MDO-SLA", article, note);',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the fixture is source text holding a template literal
        'const row = (n: number) => cite("VJZ", `§2 table, row ${n}`);',
        'export const terms = { notice: cite("MDO-BV", "10.2"), p1: sla("9.3"), kept: row(3) };',
        'export function grounds() { return [{ source: "MITZ", article: "§2d" }, cite("BW", "6:44")]; }',
        "/** Applies from the first MDO in production (MDO-BV art. 4.5). */",
        "export const start = 1;",
      ].join("\n"),
    );
    const seen = found.map((c) => `${c.source} ${c.article} @${c.symbol}${c.exported ? "" : " (local)"}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        "MDO-BV 10.2 @terms",
        "MDO-SLA 9.3 @terms",
        "VJZ §2 table, row 3 @terms",
        "MITZ §2d @grounds",
        "MDO-BV 4.5 @start",
      ]),
    );
    // BW is not one of the five sources; the helpers themselves cite no fixed article.
    expect(seen.some((s) => s.startsWith("BW"))).toBe(false);
    expect(found.filter((c) => c.symbol === "sla" || c.symbol === "row")).toEqual([]);
  });

  test("test titles: lists, ranges, 'art.', '§' and VGZ-GBZ's named sections", () => {
    expect(citationsInTitle("breach (MDO-BV art. 6.11, 6.10–6.12) and MDO-SLA §9.1 / §9.2")).toEqual([
      { source: "MDO-BV", article: "6.11" },
      { source: "MDO-BV", article: "6.10" },
      { source: "MDO-BV", article: "6.11" },
      { source: "MDO-BV", article: "6.12" },
      { source: "MDO-SLA", article: "§9.1" },
      { source: "MDO-SLA", article: "§9.2" },
    ]);
    expect(citationsInTitle("MOZA 1.5 / 2.4 b — each employee sees only what the roles grant")).toEqual([
      { source: "MOZA", article: "1.5" },
      { source: "MOZA", article: "2.4 b" },
    ]);
    expect(citationsInTitle("VGZ-GBZ partial payment: unqualified lines are not paid")).toEqual([
      { source: "VGZ-GBZ", article: "partial payment" },
    ]);
    expect(citationsInTitle("no clause here, nor MITZ without an article")).toEqual([]);
    const tests = scanTestFile(
      "t.ts",
      'describe("MDO-BV 10.9 — window", () => { it.each([1])("case %s (MITZ §6a)", () => {}); });',
    );
    expect(tests.map((t) => [t.kind, t.clauses.map((c) => `${c.source} ${c.article}`)])).toEqual([
      ["describe", ["MDO-BV 10.9"]],
      ["it", ["MITZ §6a"]],
    ]);
  });

  test("a citation covers a clause exactly, at article level, or not at all", () => {
    const e = (source: string, ref: string, cites?: string[]) => ({
      source,
      ref,
      rule: "",
      actionable: true,
      ...(cites ? { cites } : {}),
    });
    expect(coverage(e("MDO-SLA", "§9.1 order"), { source: "MDO-SLA", article: "9.1" })).toBe("article");
    expect(coverage(e("MDO-BV", "10.5 a"), { source: "MDO-BV", article: "10.5 a" })).toBe("exact");
    expect(coverage(e("MDO-BV", "10.5 a"), { source: "MDO-BV", article: "10.5" })).toBe("article");
    expect(coverage(e("MDO-BV", "10.5 a"), { source: "MDO-BV", article: "10.50" })).toBeUndefined();
    expect(coverage(e("MDO-BV", "1.1–1.10, 1.12–1.16"), { source: "MDO-BV", article: "1.13" })).toBe(
      "article",
    );
    expect(
      coverage(e("MDO-BV", "1.1–1.10, 1.12–1.16"), { source: "MDO-BV", article: "1.11" }),
    ).toBeUndefined();
    expect(coverage(e("VJZ", "§2 table row 3"), { source: "VJZ", article: "§2 table, row 3" })).toBe("exact");
    expect(coverage(e("MDO-SLA", "§10.1 filers"), { source: "MDO-SLA", article: "§10" })).toBe("article");
    expect(coverage(e("MDO-SLA", "§9.1 order"), { source: "MDO-BV", article: "9.1" })).toBeUndefined();
    expect(
      coverage(e("MDO-B1", "retention: logging", ["Bewaartermijnen, Logging"]), {
        source: "MDO-B1",
        article: "Bewaartermijnen, MDO-verslag",
      }),
    ).toBeUndefined();
  });
});

describe("the clause data (docs/clauses/clauses.json)", () => {
  const clauses = loadClauses();
  test("one entry per clause, each with a reason when not actionable; the inventory's 151 actionable clauses", () => {
    const ids = clauses.map(id);
    expect(ids.filter((x, i) => ids.indexOf(x) !== i)).toEqual([]);
    expect(clauses.filter((e) => !e.actionable && !e.reason).map(id)).toEqual([]);
    expect(clauses.filter((e) => e.actionable)).toHaveLength(151);
  });
});

describe("the clause index", () => {
  test("every actionable clause has an implementation, or a reason it has none (declined, or pending with its package)", () => {
    const bare = index.entries.filter((e) => e.status === "missing").map(id);
    expect(bare, "actionable clauses with neither an implementation nor a reason").toEqual([]);
  });

  test("a reason is dropped once the clause is implemented (declined or pending but cited by code)", () => {
    const stale = index.entries
      .filter((e) => e.actionable && (e.declined || e.pending) && e.implementations.length > 0)
      .map((e) => `${id(e)} is cited by ${e.implementations.map((c) => c.symbol).join(", ")}`);
    expect(stale).toEqual([]);
  });

  test("every citation of the five sources in the code names a clause of the data", () => {
    const unknown = index.uncovered
      .filter((u) => u.from === "code" && !/^§?\d+$/.test(u.article) && !/^\d+\.0$/.test(u.article))
      .filter((u) => u.source !== "MDO-B1" || u.article !== "Bewaartermijnen")
      .map((u) => `${u.source} ${u.article} (${u.file}:${u.line})`);
    expect(unknown).toEqual([]);
  });

  test("every function and test the published index names still exists (regenerate with `pnpm -C docs clauses`)", () => {
    const page = readFileSync(join(docsDir, "clauses", "index.md"), "utf8");
    const refs = [...page.matchAll(/`([A-Za-z_$][\w$]*)` \(\[([^\]:]+):\d+\]/g)].map((m) => ({
      symbol: m[1] ?? "",
      file: `packages/${m[2]}`,
    }));
    const testFiles = [...page.matchAll(/\[([^\]:]+\/test\/[^\]:]+):\d+\]/g)].map((m) => `packages/${m[1]}`);
    expect(refs.length).toBeGreaterThan(100);
    const gone = refs.filter(({ symbol, file }) => {
      const path = join(repoRoot, file);
      return (
        !existsSync(path) ||
        !new RegExp(
          `(?:function\\*?|const|let|class|interface|type)\\s+${symbol.replace("$", "\\$")}\\b`,
        ).test(readFileSync(path, "utf8"))
      );
    });
    expect(gone.map((g) => `${g.symbol} in ${g.file}`)).toEqual([]);
    expect(testFiles.filter((f) => !existsSync(join(repoRoot, f)))).toEqual([]);
  });
});
