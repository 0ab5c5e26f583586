// The samples runner itself can fail: a wrong stated result, a type error, an undefined name and
// a throw are each reported; a correct sample passes.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { problemsOf } from "../testkit/sample-verdicts.js";
import { repoRoot, runSamples, type Sample } from "../testkit/samples.js";

const sample = (code: string, line = 10): Sample => ({
  source: "docs/guide/x.md",
  line,
  code,
  kind: "markdown",
});

const results = await runSamples(
  [
    sample('import { maskBsn } from "@zorgkit/core";\n\nmaskBsn("111222333" as never); // => "*****2333"'),
    sample('import { maskBsn } from "@zorgkit/core";\nmaskBsn("111222333" as never); // => "111222333"', 10),
    sample("const n: number = 'x';", 20),
    sample("frobnicate(1);", 30),
    sample('throw new RangeError("boom");', 40),
    sample("1 + 1; // => not json", 50),
  ],
  join(repoRoot, "tools", ".samples", "self-test"),
);

describe("the samples runner", () => {
  it("passes a correct sample and checks its stated result", () => {
    expect(problemsOf(results[0]!, expect)).toEqual([]);
    expect(results[0]?.checks).toEqual([
      { line: 12, expr: 'maskBsn("111222333" as never)', expected: "*****2333", actual: "*****2333" },
    ]);
  });
  it("reports a stated result that does not hold, with its line", () => {
    expect(problemsOf(results[1]!, expect)).toEqual([
      'docs/guide/x.md:11: maskBsn("111222333" as never) gave "*****2333", the sample states "111222333"',
    ]);
  });
  it("reports type errors and undefined names with their lines, and does not run such samples", () => {
    expect(problemsOf(results[2]!, expect)).toEqual([
      "docs/guide/x.md:20: TS2322 Type 'string' is not assignable to type 'number'.",
    ]);
    expect(problemsOf(results[3]!, expect)).toEqual([
      "docs/guide/x.md:30: TS2304 Cannot find name 'frobnicate'.",
    ]);
  });
  it("reports a sample that throws, and a stated result that is not JSON", () => {
    expect(problemsOf(results[4]!, expect)).toEqual(["docs/guide/x.md:40: threw RangeError: boom"]);
    expect(problemsOf(results[5]!, expect)).toEqual([
      'docs/guide/x.md:50: the value after "// =>" is not JSON: not json',
    ]);
  });
});
