// Every TSDoc @example of src/ is a complete program: it runs, and each `expr; // => json` line
// gives the stated result (imports of the package are pointed at src/).
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const src = fileURLToPath(new URL("../src", import.meta.url));
const out = fileURLToPath(new URL("./.examples", import.meta.url));

function files(dir: string): Array<string> {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : n.endsWith(".ts") ? [p] : [];
  });
}

interface Example {
  name: string;
  code: string;
  checks: number;
}

function examples(): Array<Example> {
  const list: Array<Example> = [];
  for (const f of files(src)) {
    const text = readFileSync(f, "utf8");
    let k = 0;
    for (const m of text.matchAll(/@example\s*\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g)) {
      const body = (m[1] ?? "").split("\n").map((l) => l.replace(/^\s*\* ?/, ""));
      let checks = 0;
      const code = body
        .map((l) => {
          const c = /^(.*);\s*\/\/ => (.*)$/.exec(l);
          if (c === null) return l;
          checks++;
          return `__check(${c[1]}, ${JSON.stringify(c[2])});`;
        })
        .join("\n")
        .replaceAll('"@zorgkit/retention-policy/testing"', JSON.stringify(join(src, "testing.ts")))
        .replaceAll('"@zorgkit/retention-policy"', JSON.stringify(join(src, "index.ts")));
      list.push({ name: `${relative(src, f)} #${++k}`, code, checks });
    }
  }
  return list;
}

const all = examples();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

describe("TSDoc examples run and give the results they state", () => {
  test("there are examples with checked results", () => {
    expect(all.filter((e) => e.checks > 0).length).toBeGreaterThan(30);
  });
  test.each(all.map((e, i) => [e.name, i] as const))("%s", async (_name, i) => {
    const e = all[i]!;
    const results: Array<[unknown, string]> = [];
    (globalThis as Record<string, unknown>).__check = (actual: unknown, expected: string) =>
      results.push([actual, expected]);
    const file = join(out, `ex${i}.ts`);
    writeFileSync(file, `declare function __check(a: unknown, e: string): void;\n${e.code}\nexport {};\n`);
    await import(file);
    for (const [actual, expected] of results)
      expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(expected));
    expect(results.length).toBe(e.checks);
  });
});
