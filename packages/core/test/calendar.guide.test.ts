import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as calendarApi from "../src/calendar.js";

/**
 * The ```ts blocks of docs/guide/calendar.md run as one program (import lines dropped, the
 * `@zorgkit/core/calendar` API in scope); every line `expr; // => json` is checked.
 */
const page = readFileSync(new URL("../../../docs/guide/calendar.md", import.meta.url), "utf8");
const lines: Array<string> = [];
const checks: Array<{ expr: string; expected: unknown }> = [];
for (const block of page.matchAll(/```ts\n([\s\S]*?)```/g)) {
  for (const line of (block[1] ?? "").split("\n")) {
    if (/^import /.test(line)) continue;
    const m = /^(.*);\s*\/\/ => (.*)$/.exec(line);
    if (m?.[1] !== undefined && m[2] !== undefined) {
      checks.push({ expr: m[1], expected: JSON.parse(m[2]) });
      lines.push(`__results.push(${m[1]});`);
    } else lines.push(line);
  }
}
const api = calendarApi as Record<string, unknown>;
const program = new Function("__results", ...Object.keys(api), lines.join("\n")) as (
  ...args: unknown[]
) => void;
const results: Array<unknown> = [];
program(results, ...Object.values(api));

describe("the examples in docs/guide/calendar.md give the results the page states", () => {
  it("the page has its examples", () => {
    expect(checks.length).toBeGreaterThanOrEqual(29);
    expect(results.length).toBe(checks.length);
  });

  it.each(checks.map((c, i) => ({ ...c, actual: results[i] })))("$expr", ({ expected, actual }) => {
    expect(actual).toEqual(expected);
  });
});
