import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BoundedArray, BoundedString } from "../src/bounded.js";
import { BusinessCalendar } from "../src/business-calendar.js";
import { Citation } from "../src/citation.js";
import { DateLength, LocalDate } from "../src/dates.js";
import {
  DecodeError,
  decode,
  decodeFailure,
  decodeOrThrow,
  formatIssues,
  issueCodes,
} from "../src/decode.js";
import { Step } from "../src/explain.js";
import { DatedTable, Figure } from "../src/figure.js";
import { HolidayRules } from "../src/holidays.js";
import { Bsn } from "../src/identifiers.js";
import { Instant } from "../src/instant.js";
import { Money, MoneyNl } from "../src/money.js";
import { mdoOfficeHours } from "../src/presets/calendars.js";
import { Ratio } from "../src/ratio.js";
import { Verdict } from "../src/verdict.js";

const Consent = Schema.Struct({
  patient: Schema.Struct({ bsn: Bsn }),
  validUntil: Schema.optionalKey(Instant),
});

describe("unknown keys are rejected by default (ADR 0006 §4)", () => {
  it("a typo such as validUntill is an unexpected-key issue, not a silently dropped field", () => {
    const r = decode(Consent)({ patient: { bsn: "111222333" }, validUntill: "2026-01-01T02:00:00Z" });
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          path: "$.validUntill",
          code: "unexpected-key",
          message: expect.any(String),
          actual: "string of 20 characters",
        },
      ],
      totalIssues: 1,
    });
  });

  it("{ unknownKeys: 'ignore' } drops them, for forward-compatible stored data", () => {
    const input = { patient: { bsn: "111222333", extra: 1 }, later: true };
    expect(decode(Consent, { unknownKeys: "ignore" })(input)).toEqual({
      ok: true,
      value: { patient: { bsn: "111222333" } },
    });
    expect(decode(Consent)(input, { unknownKeys: "ignore" }).ok).toBe(true);
  });

  it("a calendar preset decodes as a BusinessCalendar with unknown keys rejected", () => {
    expect(decode(BusinessCalendar)(mdoOfficeHours).ok).toBe(true);
    expect(decode(BusinessCalendar)({ ...mdoOfficeHours, timezone: "Europe/Amsterdam" }).ok).toBe(false);
  });
});

describe("every issue has a stable code", () => {
  const Claim = Schema.Struct({
    kind: Schema.Literal("claim"),
    amount: Money,
    on: LocalDate,
    note: Schema.optionalKey(BoundedString(10)),
    lines: BoundedArray(Schema.Number, 2),
  });

  it("missing, wrong-type, invalid, too-long, too-many, unexpected-key", () => {
    const r = decode(Claim)({
      kind: "claim",
      amount: 12.5,
      on: "2026-02-30",
      note: "x".repeat(11),
      lines: [1, 2, 3],
      x: 1,
    });
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code]).sort()).toEqual([
      ["$.amount", "wrong-type"],
      ["$.lines", "too-many"],
      ["$.note", "too-long"],
      ["$.on", "invalid"],
      ["$.x", "unexpected-key"],
    ]);
    const m = decode(Claim)({ amount: "1.00", on: "2026-01-01", lines: [] });
    expect(m.ok ? [] : m.issues.map((i) => [i.path, i.code, i.actual])).toEqual([
      ["$.kind", "missing", "missing"],
    ]);
  });

  it("every code the decoder emits is one of the documented codes or a domain code", () => {
    const inputs = fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true });
    fc.assert(
      fc.property(inputs, (u) => {
        const r = decode(Claim)(u);
        if (r.ok) return;
        for (const i of r.issues) expect(issueCodes as ReadonlyArray<string>).toContain(i.code);
      }),
    );
  });
});

describe("a wrong _tag names the tag found and the tags accepted", () => {
  const Event = Schema.Union([
    Schema.TaggedStruct("ChoiceRecorded", { id: Schema.String }),
    Schema.TaggedStruct("ChoiceWithdrawn", { id: Schema.String }),
  ]);

  it("an unknown tag", () => {
    const r = decode(Event)({ _tag: "ChoiceDeleted", id: "c1" });
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          path: "$._tag",
          code: "wrong-tag",
          message: 'Unknown _tag "ChoiceDeleted"; expected one of "ChoiceRecorded", "ChoiceWithdrawn"',
          actual: "string of 13 characters",
        },
      ],
      totalIssues: 1,
    });
  });

  it("a missing tag, and a known tag with a bad field", () => {
    const missing = decode(Event)({ id: "c1" });
    expect(missing.ok ? [] : missing.issues.map((i) => [i.path, i.code])).toEqual([["$._tag", "missing"]]);
    const bad = decode(Event)({ _tag: "ChoiceRecorded", id: 1 });
    expect(bad.ok ? [] : bad.issues.map((i) => [i.path, i.code])).toEqual([["$.id", "wrong-type"]]);
  });

  it("a nine-digit tag is masked like a BSN", () => {
    const r = decode(Event)({ _tag: "111222333", id: "c1" });
    expect(JSON.stringify(r)).not.toContain("111222333");
  });
});

describe("at most maxIssues issues, totalIssues counts all", () => {
  const Many = Schema.Array(Schema.Number);
  const input = Array.from({ length: 1000 }, () => "x");

  it("1 000 bad items give 100 issues and totalIssues 1 000", () => {
    const r = decode(Many)(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(100);
    expect(r.totalIssues).toBe(1000);
    expect(r.issues[99]?.path).toBe("$[99]");
  });

  it("maxIssues sets the cap", () => {
    const r = decode(Many, { maxIssues: 3 })(input);
    expect(r.ok ? 0 : r.issues.length).toBe(3);
    expect(r.ok ? 0 : r.totalIssues).toBe(1000);
    expect(formatIssues(r.ok ? [] : r.issues, r.ok ? 0 : r.totalIssues)).toContain("… and 997 more issues");
  });

  it("decodeFailure caps hand-made issues the same way; DecodeError carries the total", () => {
    const issues = Array.from({ length: 150 }, (_, i) => ({
      path: `$[${i}]`,
      code: "invalid",
      message: "bad",
      actual: "number",
    }));
    const f = decodeFailure(issues);
    expect(f.ok ? 0 : [f.issues.length, f.totalIssues]).toEqual([100, 150]);
    expect(() => decodeOrThrow(Many)(input)).toThrow(DecodeError);
  });
});

describe("bounded input: oversized strings are rejected by length before they are parsed", () => {
  it("a 10 MB amount string is rejected as too-long within milliseconds (it took seconds)", () => {
    const huge = "1".repeat(10_000_000);
    for (const schema of [Money, MoneyNl]) {
      const t = performance.now();
      const r = decode(schema)(huge);
      expect(performance.now() - t).toBeLessThan(200);
      expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(["too-long"]);
    }
  });

  it("dates, instants and BSNs are length-checked too", () => {
    for (const schema of [LocalDate, Instant, Bsn]) {
      const r = decode(schema)("2".repeat(1_000_000));
      expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(["too-long"]);
    }
  });
});

describe("decoding never throws", () => {
  it("getters that throw and proxies that throw give an issue, not an exception", () => {
    const hostile = {
      get patient(): never {
        throw new Error("boom 111222333");
      },
    };
    const r = decode(Consent)(hostile);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain("111222333");
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
        ownKeys() {
          throw new Error("no");
        },
      },
    );
    const p = decode(Consent)(proxy);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.totalIssues).toBeGreaterThan(0);
  });

  it("fuzzing with unknown keys rejected: any input gives a result with at least one issue or a value", () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withMap: true, withSet: true, withNullPrototype: true }),
        (u) => {
          const r = decode(BusinessCalendar)(u);
          if (!r.ok) {
            expect(r.issues.length).toBeGreaterThan(0);
            expect(r.totalIssues).toBeGreaterThanOrEqual(r.issues.length);
          }
        },
      ),
    );
  });
});

describe("the shared vocabulary's schemas decode any input without throwing", () => {
  const schemas = {
    Citation,
    DateLength,
    Ratio,
    Figure: Figure(DateLength),
    DatedTable: DatedTable(Ratio),
    Verdict: Verdict(Schema.Undefined),
    Step,
    HolidayRules,
  };
  const inputs = fc.oneof(
    fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true }),
    fc.record({ source: fc.string(), article: fc.string(), note: fc.string(), stle: fc.string() }),
    fc.record({ years: fc.integer(), months: fc.double(), days: fc.string() }),
    fc.array(fc.record({ from: fc.string(), value: fc.anything(), citations: fc.array(fc.anything()) })),
  );
  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name}: a result for every input, issues with documented codes and no nine-digit run`, () => {
      const run = decode(schema as Schema.Codec<unknown, unknown>);
      fc.assert(
        fc.property(inputs, (u) => {
          const r = run(u);
          if (r.ok) return;
          expect(r.issues.length).toBeGreaterThan(0);
          for (const i of r.issues) expect(issueCodes as ReadonlyArray<string>).toContain(i.code);
          expect(JSON.stringify(r.issues)).not.toMatch(/\d{9}/);
        }),
        { numRuns: 200 },
      );
    });
  }
});

describe("the issue cap is an invariant", () => {
  it("for any input and any maxIssues: issues ≤ maxIssues, totalIssues ≥ issues, and a smaller cap keeps a prefix", () => {
    const List = Schema.Array(Schema.Struct({ on: LocalDate, amount: Money }));
    const input = fc.array(fc.record({ on: fc.string(), amount: fc.oneof(fc.string(), fc.integer()) }), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 150 }), (u, max) => {
        const all = decode(List, { maxIssues: 1000 })(u);
        const capped = decode(List, { maxIssues: max })(u);
        expect(capped.ok).toBe(all.ok);
        if (all.ok || capped.ok) return;
        expect(capped.issues.length).toBe(Math.min(max, all.totalIssues));
        expect(capped.totalIssues).toBe(all.totalIssues);
        expect(capped.issues).toEqual(all.issues.slice(0, capped.issues.length));
      }),
    );
  });
});
