import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cite, explained, explainToText, formatCitation, sourceIds, step } from "../src/index.js";

describe("citations", () => {
  test("MDO-BV clauses render as articles, MDO-SLA and MDO-MS clauses as sections", () => {
    expect(formatCitation(cite("MDO-BV", "10.2"))).toBe("MDO-BV art. 10.2");
    expect(formatCitation(cite("MDO-SLA", "9.3"))).toBe("MDO-SLA §9.3");
    expect(formatCitation(cite("MDO-MS", "3.1"))).toBe("MDO-MS §3.1");
    expect(formatCitation(cite("MITZ", "§2d"))).toBe("MITZ §2d");
    expect(formatCitation(cite("MDO-B1", "Bewaartermijnen"))).toBe("MDO-B1 Bewaartermijnen");
  });

  test("the built-in source ids are the eight documents of the seeds README", () => {
    expect([...sourceIds]).toEqual([
      "MOZA",
      "MDO-MS",
      "MDO-BV",
      "MDO-B1",
      "MDO-SLA",
      "MITZ",
      "VJZ",
      "VGZ-GBZ",
    ]);
  });

  test("a note is kept only when given", () => {
    expect(cite("MDO-BV", "6.11")).toEqual({ source: "MDO-BV", article: "6.11" });
    expect(cite("MDO-BV", "6.11", "half-up")).toEqual({ source: "MDO-BV", article: "6.11", note: "half-up" });
  });
});

describe("explanations", () => {
  const result = explained("2026-12-31", [
    step({
      rule: "notice-period",
      inputs: { months: 2 },
      citations: [cite("MDO-BV", "10.2")],
      en: "The customer gives 2 months' notice.",
      nl: "De klant zegt op met een opzegtermijn van 2 maanden.",
    }),
    step({
      rule: "no-citation",
      citations: [],
      en: "A step without a clause.",
      nl: "Een stap zonder artikel.",
    }),
  ]);

  test("explainToText numbers the steps and appends their citations, in English and in Dutch", () => {
    expect(explainToText(result, "en")).toBe(
      "1. The customer gives 2 months' notice. (MDO-BV art. 10.2)\n2. A step without a clause.",
    );
    expect(explainToText(result, "nl")).toBe(
      "1. De klant zegt op met een opzegtermijn van 2 maanden. (MDO-BV art. 10.2)\n2. Een stap zonder artikel.",
    );
  });

  test("explanations are plain JSON: they survive a JSON round trip unchanged", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            rule: fc.string(),
            inputs: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean())),
            citations: fc.array(
              fc.record({ source: fc.constantFrom(...sourceIds), article: fc.string({ minLength: 1 }) }),
            ),
            en: fc.string(),
            nl: fc.string(),
          }),
        ),
        (steps) => {
          const e = explained(1, steps.map(step));
          expect(JSON.parse(JSON.stringify(e))).toEqual(e);
        },
      ),
    );
  });
});
