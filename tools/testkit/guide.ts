// Docs samples cannot rot: the ```ts blocks of a guide page run as one program with a package's
// API in scope (import lines dropped), and every line `expr; // => json` is checked against the
// result the page states.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Run the examples of a guide page; returns each checked expression with its actual value. */
export function runGuidePage(
  page: URL,
  api: Record<string, unknown>,
): Array<{ expr: string; expected: unknown; actual: unknown }> {
  const markdown = readFileSync(page, "utf8");
  const lines: Array<string> = [];
  const checks: Array<{ expr: string; expected: unknown }> = [];
  for (const block of markdown.matchAll(/```ts\n([\s\S]*?)```/g)) {
    for (const line of (block[1] ?? "").split("\n")) {
      if (/^import /.test(line)) continue;
      const m = /^(.*);\s*\/\/ => (.*)$/.exec(line);
      if (m?.[1] !== undefined && m[2] !== undefined) {
        checks.push({ expr: m[1], expected: JSON.parse(m[2]) });
        lines.push(`__results.push(${m[1]});`);
      } else lines.push(line);
    }
  }
  const program = new Function("__results", ...Object.keys(api), lines.join("\n")) as (
    ...args: unknown[]
  ) => void;
  const results: Array<unknown> = [];
  program(results, ...Object.values(api));
  return checks.map((c, i) => ({ ...c, actual: results[i] }));
}

/** Register one test per checked example of a guide page, and one that the page has at least `min`. */
export function describeGuidePage(name: string, page: URL, api: Record<string, unknown>, min: number): void {
  const cases = runGuidePage(page, api);
  describe(`the examples in ${name} give the results the page states`, () => {
    it("the page has its examples", () => {
      expect(cases.length).toBeGreaterThanOrEqual(min);
    });
    it.each(cases)("$expr", ({ expected, actual }) => {
      expect(actual).toEqual(expected);
    });
  });
}
