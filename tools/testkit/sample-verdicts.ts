// Registers one vitest test per sample (see samples.ts): the type errors, a throw, and each
// `// =>` line that does not hold fail it. A sample in a file listed as known-failing that fails
// is reported as a todo naming its first problem (not skipped silently); once it passes, it is an
// ordinary passing test.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { expect as vitestExpect, it as vitestIt } from "vitest";
import { failuresOf, type SampleResult } from "./samples.js";

/** Files (or folder prefixes ending in `/`) listed as known-failing (issue #9), with their owner. */
export function knownFailing(list: Record<string, string>): (source: string) => string | undefined {
  return (source) =>
    list[source] ?? Object.entries(list).find(([k]) => k.endsWith("/") && source.startsWith(k))?.[1];
}

/** Everything wrong with a sample: type errors, problems, a throw, `// =>` lines that do not hold. */
export function problemsOf(r: SampleResult, expect: typeof vitestExpect): Array<string> {
  const out = failuresOf(r);
  for (const c of r.checks) {
    try {
      expect(c.actual).toEqual(c.expected);
    } catch {
      out.push(
        `${r.sample.source}:${c.line}: ${c.expr} gave ${JSON.stringify(c.actual)}, the sample states ${JSON.stringify(c.expected)}`,
      );
    }
  }
  return out;
}

export function sampleVerdicts(
  results: ReadonlyArray<SampleResult>,
  known: (source: string) => string | undefined,
  it: typeof vitestIt,
  expect: typeof vitestExpect,
  /** Where to write every sample's problems as JSON (for the owners' to-do lists). */
  reportFile?: string,
): void {
  if (reportFile !== undefined) {
    mkdirSync(dirname(reportFile), { recursive: true });
    const report = results.map((r) => ({
      sample: `${r.sample.source}:${r.sample.line}`,
      problems: problemsOf(r, expect),
    }));
    writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  }
  for (const r of results) {
    const name = `${r.sample.source}:${r.sample.line}`;
    const problems = problemsOf(r, expect);
    const owner = known(r.sample.source);
    if (problems.length > 0 && owner !== undefined) {
      it.todo(`${name} — known failure (issue #9, ${owner}): ${problems[0]}`);
      continue;
    }
    it(`${name}${r.checks.length > 0 ? ` (${r.checks.length} stated results)` : ""}`, () => {
      expect(failuresOf(r)).toEqual([]);
      for (const c of r.checks)
        expect(c.actual, `${r.sample.source}:${c.line}: ${c.expr}`).toEqual(c.expected);
    });
  }
}
