import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DecodeError,
  decode,
  decodeOrThrow,
  describeShape,
  formatIssues,
  formatPath,
} from "../src/decode.js";
import { AgbCode, Bsn, BsnFromEightDigits, UraNumber, UziNumber } from "../src/identifiers.js";
import { Money, MoneyCents } from "../src/money.js";

const Claim = Schema.Struct({
  patient: Schema.Struct({ bsn: Bsn }),
  provider: AgbCode,
  lines: Schema.Array(Schema.Struct({ amount: Money })),
});

describe("decode", () => {
  it("a valid claim decodes to branded values", () => {
    const r = decode(Claim)({
      patient: { bsn: "111222333" },
      provider: "01123456",
      lines: [{ amount: "12.50" }],
    });
    expect(r).toEqual({
      ok: true,
      value: { patient: { bsn: "111222333" }, provider: "01123456", lines: [{ amount: 1250 }] },
    });
  });

  it("every issue of a bad claim is reported with its path and the shape found", () => {
    const r = decode(Claim)({ patient: { bsn: 111222333 }, lines: [{ amount: "1,00" }, {}] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path, i.actual])).toEqual([
      ["$.patient.bsn", "number"],
      ["$.provider", "missing"],
      ["$.lines[0].amount", "string of 4 characters"],
      ["$.lines[1].amount", "missing"],
    ]);
  });

  it("a BSN that fails the 11-check never appears in the issues", () => {
    const r = decode(Claim)({ patient: { bsn: "123456789" }, provider: "01123456", lines: [] });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain("123456789");
  });

  it("a schema whose message repeats the input still cannot leak a BSN: nine-digit runs are masked", () => {
    const Echo = Schema.String.check(Schema.makeFilter((s: string) => `${s} is not allowed`));
    const r = decode(Echo)("111222333");
    expect(r).toEqual({
      ok: false,
      issues: [
        { path: "$", code: "invalid", message: "*****2333 is not allowed", actual: "string of 9 characters" },
      ],
      totalIssues: 1,
    });
  });

  it("a BSN stored as a number (eight digits, the leading zero lost) is masked too; other eight-digit runs stay", () => {
    const Echo = Schema.String.check(Schema.makeFilter((s: string) => `${s} is not allowed`));
    // 088474690 passes the 11-check; stored as a number it is 88474690.
    const r = decode(Echo)("88474690");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toBe("****4690 is not allowed");
    // 012345678 fails the 11-check, so the eight-digit code 12345678 (an AGB code, say) is kept.
    const kept = decode(Echo)("12345678");
    expect(kept.ok).toBe(false);
    if (!kept.ok) expect(kept.issues[0]?.message).toBe("12345678 is not allowed");
  });

  it("a BSN used as a key is masked in the path", () => {
    const ByBsn = Schema.Record(Schema.String, Schema.Number);
    const r = decode(ByBsn)({ "111222333": "x" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toBe('$["*****2333"]');
  });

  it("an input whose getters throw is reported as an issue, not thrown", () => {
    const hostile = {
      get patient(): never {
        throw new Error("boom 111222333");
      },
    };
    const r = decode(Claim)(hostile);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain("111222333");
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
        has() {
          throw new Error("no");
        },
        ownKeys() {
          throw new Error("no");
        },
      },
    );
    expect(decode(Claim)(proxy).ok).toBe(false);
  });

  it("the top-level shape is described when the input is not an object", () => {
    expect(decode(Claim)([1, 2, 3])).toEqual({
      ok: false,
      issues: [{ path: "$", code: "wrong-type", message: "Expected object", actual: "array of 3" }],
      totalIssues: 1,
    });
  });
});

describe("describing shapes and paths", () => {
  it.each([
    ["12345678", "string of 8 characters"],
    ["", "empty string"],
    ["x", "string of 1 character"],
    [12, "number"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "infinite number"],
    [undefined, "undefined"],
    [null, "null"],
    [true, "boolean"],
    [[1, 2, 3], "array of 3"],
    [[], "empty array"],
    [{ a: 1 }, "object"],
    [new Date(0), "Date"],
  ])("%j is described as %s", (value, shape) => {
    expect(describeShape(value)).toBe(shape);
  });

  it("a bigint is described as bigint", () => {
    expect(describeShape(12n)).toBe("bigint");
  });

  it("paths are written JSONPath-style and odd keys are quoted", () => {
    expect(formatPath([])).toBe("$");
    expect(formatPath(["lines", 0, "amount"])).toBe("$.lines[0].amount");
    expect(formatPath(["first name"])).toBe('$["first name"]');
  });
});

describe("formatIssues, DecodeError and decodeOrThrow", () => {
  it("formatIssues writes one line per issue", () => {
    const text = formatIssues([
      { path: "$.a", code: "wrong-type", message: "Expected string", actual: "number" },
      { path: "$.b", code: "missing", message: "Missing key", actual: "missing" },
    ]);
    expect(text).toBe("$.a: Expected string (found: number)\n$.b: Missing key (found: missing)");
  });

  it("decodeOrThrow returns the value of valid input", () => {
    expect(decodeOrThrow(Money)("12.50")).toBe(1250);
  });

  it("decodeOrThrow throws a DecodeError carrying the issues, with a message that hides the BSN", () => {
    let caught: unknown;
    try {
      decodeOrThrow(Bsn)("123456789");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DecodeError);
    const err = caught as DecodeError;
    expect(err._tag).toBe("DecodeError");
    expect(err.issues).toHaveLength(1);
    expect(err.message).toBe(
      "Invalid input:\n$: The BSN fails the 11-check (elfproef) (found: string of 9 characters)",
    );
    expect(String(err)).not.toContain("123456789");
  });
});

describe("fuzzing: no decoder throws and no issue contains a 9-digit run", () => {
  const decoders = {
    Bsn: decode(Bsn),
    BsnFromEightDigits: decode(BsnFromEightDigits),
    AgbCode: decode(AgbCode),
    UraNumber: decode(UraNumber),
    UziNumber: decode(UziNumber),
    Money: decode(Money),
    MoneyCents: decode(MoneyCents),
    Claim: decode(Claim),
  };
  const digitStrings = fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: 0, maxLength: 20 })
    .map((ds) => ds.join(""));
  const inputs = fc.oneof(
    fc.anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true,
    }),
    digitStrings,
    fc.record({
      patient: fc.record({ bsn: digitStrings }),
      provider: digitStrings,
      lines: fc.array(fc.record({ amount: fc.oneof(digitStrings, fc.string()) })),
    }),
  );

  for (const [name, run] of Object.entries(decoders)) {
    it(`${name}: any input gives a result and never throws`, () => {
      fc.assert(
        fc.property(inputs, (input) => {
          const r = run(input);
          if (r.ok) return true;
          return r.issues.length > 0 && !/\d{9}/.test(JSON.stringify(r.issues));
        }),
      );
    });
  }
});
