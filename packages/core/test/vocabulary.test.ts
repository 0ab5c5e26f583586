import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BoundedArray, BoundedString, WholeNumber } from "../src/bounded.js";
import { Citation, Citations } from "../src/citation.js";
import { DateLength, date } from "../src/dates.js";
import { decode } from "../src/decode.js";
import { cite, explainToText, formatCitation, step } from "../src/explain.js";
import { DatedTable, entryOn, Figure, valueOn } from "../src/figure.js";
import { sourceStyles } from "../src/presets/sources.js";
import {
  formatPercent,
  formatStatedPercent,
  percentNumber,
  Ratio,
  ratio,
  ratioAtLeast,
} from "../src/ratio.js";
import { allowed, outcomes, refused, undetermined, Verdict } from "../src/verdict.js";

describe("Citation: one schema for every package (ADR 0006 §2)", () => {
  it("a citation has a source and an article, optionally a note and a style", () => {
    expect(Schema.is(Citation)({ source: "MDO-BV", article: "10.2" })).toBe(true);
    expect(
      Schema.is(Citation)({ source: "MDO-BV", article: "10.2", note: "reading", style: "section" }),
    ).toBe(true);
  });

  it("an empty source or article, an unknown style and an oversized note are rejected", () => {
    expect(Schema.is(Citation)({ source: "", article: "10.2" })).toBe(false);
    expect(Schema.is(Citation)({ source: "MDO-BV", article: "" })).toBe(false);
    expect(Schema.is(Citation)({ source: "MDO-BV", article: "1", style: "chapter" })).toBe(false);
    expect(Schema.is(Citation)({ source: "MDO-BV", article: "1", note: "x".repeat(2001) })).toBe(false);
  });

  it("a citation with a typo in a key is rejected when decoded", () => {
    const r = decode(Citation)({ source: "MDO-BV", artikel: "10.2" });
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code]).sort()).toEqual([
      ["$.article", "missing"],
      ["$.artikel", "unexpected-key"],
    ]);
  });

  it("cite builds the same shape the schema accepts", () => {
    expect(Schema.is(Citation)(cite("MDO-SLA", "9.3", "a reading"))).toBe(true);
    expect(cite("ACME", "4", { style: "section" })).toEqual({
      source: "ACME",
      article: "4",
      style: "section",
    });
    expect(Schema.is(Citations)(Array.from({ length: 101 }, () => cite("A", "1")))).toBe(false);
  });
});

describe("citation style is data (ADR 0007 §3)", () => {
  it("the MDO SLA numbers in sections, the MDO-BV in articles: MDO-SLA §9.3, MDO-BV art. 10.2", () => {
    expect(formatCitation(cite("MDO-SLA", "9.3"))).toBe("MDO-SLA §9.3");
    expect(formatCitation(cite("MDO-MS", "4"))).toBe("MDO-MS §4");
    expect(formatCitation(cite("MDO-BV", "10.2"))).toBe("MDO-BV art. 10.2");
    expect(sourceStyles["MDO-SLA"]).toBe("section");
  });

  it("a user's own source defaults to art.; a style table or the citation's own style changes it", () => {
    expect(formatCitation(cite("ACME-2027", "4.1"))).toBe("ACME-2027 art. 4.1");
    expect(formatCitation(cite("ACME-2027", "4.1"), { "ACME-2027": "section" })).toBe("ACME-2027 §4.1");
    expect(formatCitation(cite("MDO-SLA", "9.3", { style: "article" }))).toBe("MDO-SLA art. 9.3");
    expect(formatCitation(cite("ACME", "Bijlage 2", { style: "plain" }))).toBe("ACME Bijlage 2");
  });

  it("an article that starts with § or a word is written as given", () => {
    expect(formatCitation(cite("MITZ", "§2d"))).toBe("MITZ §2d");
    expect(formatCitation(cite("VJZ", "Bewaartermijnen"))).toBe("VJZ Bewaartermijnen");
    expect(formatCitation(cite("MDO-SLA", "§9.3", { style: "section" }))).toBe("MDO-SLA §9.3");
  });

  it("explainToText takes a style table for the user's own sources", () => {
    const s = step({ rule: "r", citations: [cite("ACME", "4.1")], en: "Rule.", nl: "Regel." });
    expect(explainToText({ because: [s] }, "en", { styles: { ACME: "section" } })).toBe(
      "1. Rule. (ACME §4.1)",
    );
  });
});

describe("Figure, DateLength, WholeNumber, Ratio as schemas (ADR 0007 §2)", () => {
  it("a figure is a value with its citations; a figure without citations is rejected", () => {
    const F = Figure(DateLength);
    expect(Schema.is(F)({ value: { months: 2 }, citations: [cite("MDO-BV", "10.2")] })).toBe(true);
    expect(Schema.is(F)({ value: { months: 2 } })).toBe(false);
    expect(decode(F)({ value: { months: 2 }, citations: [], source: cite("MDO-BV", "10.2") }).ok).toBe(false);
  });

  it("a date length is whole numbers of years, months, weeks and days, bounded so it can be applied", () => {
    expect(Schema.is(DateLength)({ years: 1, months: 6 })).toBe(true);
    expect(Schema.is(DateLength)({})).toBe(true);
    expect(Schema.is(DateLength)({ months: -1 })).toBe(false);
    expect(Schema.is(DateLength)({ days: 0.5 })).toBe(false);
    expect(Schema.is(DateLength)({ months: 120_000 })).toBe(false);
    expect(decode(DateLength)({ month: 6 }).ok).toBe(false);
  });

  it("a whole number is a safe integer ≥ 0", () => {
    expect([0, 1, Number.MAX_SAFE_INTEGER].map(Schema.is(WholeNumber))).toEqual([true, true, true]);
    expect([-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53].map(Schema.is(WholeNumber))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("a ratio has a positive denominator; 90 % = 9/10 exactly, 89.9 % is less", () => {
    expect(Schema.is(Ratio)({ numerator: 90, denominator: 100 })).toBe(true);
    expect(Schema.is(Ratio)({ numerator: 1, denominator: 0 })).toBe(false);
    expect(ratioAtLeast(ratio(9, 10), ratio(90, 100))).toBe(true);
    expect(ratioAtLeast(ratio(899, 1000), ratio(90, 100))).toBe(false);
    expect(() => ratio(1, 0)).toThrow(TypeError);
  });

  it("ratioAtLeast is exact where floating point is not", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 1, max: 2 ** 40 }),
        fc.integer({ min: 1, max: 2 ** 12 }),
        (n, d, k) => {
          // a scaled copy of a ratio is exactly as large: at least each other both ways
          expect(ratioAtLeast(ratio(n, d), ratio(n * k, d * k))).toBe(true);
          expect(ratioAtLeast(ratio(n * k, d * k), ratio(n, d))).toBe(true);
          // one more in the numerator is strictly more
          expect(ratioAtLeast(ratio(n, d), ratio(n + 1, d))).toBe(false);
        },
      ),
    );
  });

  it("percentages are truncated for display, never rounded up to a target", () => {
    expect(formatPercent(ratio(42471, 42600))).toBe("99.697");
    expect(formatPercent({ numerator: 0, denominator: 0 })).toBe("n/a");
    expect(formatPercent(ratio(8999, 10000), 1)).toBe("89.9");
    expect(formatStatedPercent(ratio(9995, 10000))).toBe("99.95");
    expect(percentNumber(ratio(997, 1000))).toBe(99.7);
  });
});

describe("dated tables: the value in force on a day (ADR 0007 §2)", () => {
  const c = [cite("BW", "6:120")];
  const table = [
    { from: date("2024-01-01"), value: "7", citations: c },
    { from: date("2026-01-01"), value: "8", citations: c },
    { from: date("2026-07-01"), value: "7.5", citations: c },
  ];

  it("the row in force is the last one that started on or before the day", () => {
    expect(valueOn(table, date("2025-12-31"))).toBe("7");
    expect(valueOn(table, date("2026-01-01"))).toBe("8");
    expect(valueOn(table, date("2026-06-30"))).toBe("8");
    expect(valueOn(table, date("2026-07-01"))).toBe("7.5");
    expect(valueOn(table, date("2099-01-01"))).toBe("7.5");
    expect(entryOn(table, date("2026-07-01"))?.citations).toEqual(c);
  });

  it("before the first row there is no value", () => {
    expect(valueOn(table, date("2023-12-31"))).toBeUndefined();
    expect(valueOn([], date("2026-01-01"))).toBeUndefined();
  });

  it("valueOn agrees with a linear scan", () => {
    const arbTable = fc
      .uniqueArray(fc.integer({ min: 0, max: 3000 }), { maxLength: 30 })
      .map((days) => [...days].sort((a, b) => a - b))
      .map((days) => days.map((d, i) => ({ from: date(addDaysIso(d)), value: i, citations: [] })));
    fc.assert(
      fc.property(arbTable, fc.integer({ min: -10, max: 3010 }), (t, d) => {
        const day = date(addDaysIso(d));
        const linear = t.filter((row) => row.from <= day).at(-1)?.value;
        expect(valueOn(t, day)).toBe(linear);
      }),
    );
  });

  it("the schema rejects unsorted rows and a date twice, and names the row", () => {
    const Rates = DatedTable(Schema.String);
    expect(Schema.is(Rates)(table)).toBe(true);
    const r = decode(Rates)([table[1], table[0]]);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([["$[1].from", "invalid"]]);
    expect(Schema.is(Rates)([table[0], table[0]])).toBe(false);
  });
});

function addDaysIso(d: number): string {
  return new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
}

describe("Verdict: allowed, refused, undetermined (ADR 0006 §3)", () => {
  const s1 = step({
    rule: "notice-received",
    citations: [cite("MDO-BV", "10.2")],
    en: "Received.",
    nl: "Ontvangen.",
  });
  const s2 = step({ rule: "in-time", citations: [cite("MDO-BV", "10.2")], en: "In time.", nl: "Op tijd." });

  it("a verdict is an explained outcome with the deciding steps and package details", () => {
    const v = allowed({ because: [s1, s2], reasons: [s2], details: { endsOn: "2026-12-31" } });
    expect(v).toEqual({
      value: "allowed",
      because: [s1, s2],
      reasons: [s2],
      details: { endsOn: "2026-12-31" },
    });
    expect(refused({ reasons: [s2] })).toEqual({
      value: "refused",
      because: [s2],
      reasons: [s2],
      details: undefined,
    });
    expect(undetermined({ reasons: [s1] }).value).toBe("undetermined");
    expect(outcomes).toEqual(["allowed", "refused", "undetermined"]);
  });

  it("reasons are always among the steps: a reason missing from because is appended", () => {
    expect(refused({ because: [s1], reasons: [s2] }).because).toEqual([s1, s2]);
  });

  it("a verdict serialises as plain JSON and decodes with the Verdict schema", () => {
    const v = allowed({ because: [s1, s2], reasons: [s2], details: { endsOn: "2026-12-31" } });
    const V = Verdict(Schema.Struct({ endsOn: Schema.String }));
    expect(decode(V)(JSON.parse(JSON.stringify(v)))).toEqual({ ok: true, value: v });
  });
});

describe("bounded input helpers", () => {
  it("BoundedString and BoundedArray report too-long and too-many", () => {
    const r1 = decode(BoundedString(3))("abcd");
    expect(r1.ok ? [] : r1.issues.map((i) => i.code)).toEqual(["too-long"]);
    const r2 = decode(BoundedArray(Schema.String, 2))(["a", "b", "c"]);
    expect(r2.ok ? [] : r2.issues.map((i) => i.code)).toEqual(["too-many"]);
    expect(Schema.is(BoundedArray(Schema.String, 2))(["a", "b", "c"])).toBe(false);
  });
});
