// Tests that pin down rules of explain.ts that surviving mutants showed were not asserted
// (issue #17): how a citation is written (ADR 0007 §3: the style is data, a citation's own
// style first) and the shape of steps and explained values. Every result is computed inside its `it`.
import * as Schema from "effect/Schema";
import { describe, expect, it } from "vitest";
import { cite, Explained, explained, formatCitation, Step, step } from "../src/explain.js";

/** A step with inputs and no output (built fresh for each test). */
function noticeStep() {
  const citations = [cite("MDO-BV", "10.2")];
  return step({
    rule: "notice-period",
    inputs: { months: 2 },
    citations,
    en: "Two months' notice.",
    nl: "Twee maanden opzegtermijn.",
  });
}

describe("citation style (ADR 0007 §3)", () => {
  it("a citation's own section style applies also to an article that starts with a letter: ACME §A.1", () => {
    expect(formatCitation(cite("ACME", "A.1", { style: "section" }))).toBe("ACME §A.1");
  });

  it("an article with a letter after its number is still an article: BW art. 6:119a, MDO-SLA §2.8a", () => {
    expect(formatCitation(cite("BW", "6:119a"))).toBe("BW art. 6:119a");
    expect(formatCitation(cite("MDO-SLA", "2.8a"))).toBe("MDO-SLA §2.8a");
  });

  it("only an article that starts with the word art is written as given; one that contains it later gets art.", () => {
    expect(formatCitation(cite("ACME", "art 4", { style: "article" }))).toBe("ACME art 4");
    expect(formatCitation(cite("ACME", "4 (part 2)"))).toBe("ACME art. 4 (part 2)");
  });
});

describe("steps and explained values", () => {
  it("a step keeps its inputs; without inputs it has an empty record", () => {
    expect(noticeStep().inputs).toEqual({ months: 2 });
    const bare = step({
      rule: "term-end",
      citations: [cite("MDO-BV", "10.1")],
      en: "The term ends.",
      nl: "De termijn eindigt.",
    });
    expect(bare.inputs).toEqual({});
  });

  it("a step keeps its output; without one it has no output key and is a valid Step", () => {
    const withOutput = step({
      rule: "term-end",
      output: "2026-12-31",
      citations: [cite("MDO-BV", "10.1")],
      en: "The term ends on 31 December 2026.",
      nl: "De termijn eindigt op 31 december 2026.",
    });
    expect(withOutput.output).toBe("2026-12-31");
    const without = noticeStep();
    expect(Object.hasOwn(without, "output")).toBe(false);
    expect(Schema.is(Step)(without)).toBe(true);
  });

  it("explained pairs the value with its steps", () => {
    const s = noticeStep();
    expect(explained("2026-12-31", [s])).toStrictEqual({ value: "2026-12-31", because: [s] });
  });

  it("the Explained schema checks the value and the steps", () => {
    const Dated = Explained(Schema.String);
    expect(Schema.is(Dated)({ value: "2026-12-31", because: [noticeStep()] })).toBe(true);
    expect(Schema.is(Dated)({ value: 31, because: [] })).toBe(false);
    expect(Schema.is(Dated)({ value: "2026-12-31" })).toBe(false);
    expect(Schema.is(Dated)({ value: "2026-12-31", because: [{ rule: "r" }] })).toBe(false);
  });
});
