// Every TSDoc `@example` of packages/*/src is run, as Effect runs its JSDoc examples
// (review §3.6): type-checked with the repository's strict settings, executed, and each
// `expr; // => json` line checked. Names an example uses without importing them come from the
// package's public entries (see tools/testkit/samples.ts).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { knownFailing, sampleVerdicts } from "../testkit/sample-verdicts.js";
import { filesUnder, repoRoot, runSamples, type Sample, tsdocSamples } from "../testkit/samples.js";

const packages = readdirSync(join(repoRoot, "packages")).map((p) => join(repoRoot, "packages", p));

/**
 * Packages (path prefixes) whose examples are still being turned from pseudo-code into programs
 * (issue #9; the sources belong to the package owners, who rewrite them today). A failing
 * example under a listed prefix is reported as a todo with its first problem, never skipped
 * silently; examples elsewhere must pass. Narrow a prefix to files, and remove it once it passes.
 */
const KNOWN: Record<string, string> = {};

const samples: Array<Sample> = packages.flatMap((pkg) =>
  filesUnder(join(pkg, "src"), (n) => n.endsWith(".ts") && !n.endsWith(".d.ts")).flatMap((f) =>
    tsdocSamples(f, pkg),
  ),
);
// `SAMPLES=packages/sla-calculator/ pnpm exec vitest run …` runs only the samples whose path contains it.
// Examples that import `@zorgkit/core` read core's dist/, which a concurrent core build empties for a
// few seconds: in the shared tree run under `flock /tmp/zk-core-build.lock …`.
const only = process.env.SAMPLES;
const results = await runSamples(
  only ? samples.filter((s) => s.source.includes(only)) : samples,
  join(repoRoot, "tools", ".samples", "tsdoc"),
);

describe("the TSDoc examples type-check, run and give the stated results", () => {
  it("the packages have TSDoc examples", () => {
    expect(samples.length).toBeGreaterThan(100);
  });
  sampleVerdicts(
    results,
    knownFailing(KNOWN),
    it,
    expect,
    join(repoRoot, "tools", "test-results", "samples-tsdoc.json"),
  );
});
