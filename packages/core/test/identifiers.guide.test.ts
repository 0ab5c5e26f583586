import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as decodeApi from "../src/decode.js";
import * as identifiersApi from "../src/identifiers.js";

const api: Record<string, unknown> = { ...decodeApi, ...identifiersApi };

/** Every line `expr; // => json` inside a ```ts block of the guide page. */
function examples(markdown: string): Array<{ expr: string; expected: unknown }> {
  const out: Array<{ expr: string; expected: unknown }> = [];
  for (const block of markdown.matchAll(/```ts\n([\s\S]*?)```/g)) {
    for (const line of (block[1] ?? "").split("\n")) {
      const m = /^(.*);\s*\/\/ => (.*)$/.exec(line);
      if (m?.[1] !== undefined && m[2] !== undefined) out.push({ expr: m[1], expected: JSON.parse(m[2]) });
    }
  }
  return out;
}

const page = readFileSync(new URL("../../../docs/guide/identifiers.md", import.meta.url), "utf8");
const cases = examples(page);

describe("the examples in docs/guide/identifiers.md give the results the page states", () => {
  it("the page has its examples", () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)("$expr", ({ expr, expected }) => {
    const run = new Function(...Object.keys(api), `return (${expr});`) as (...args: unknown[]) => unknown;
    expect(run(...Object.values(api))).toEqual(expected);
  });
});
