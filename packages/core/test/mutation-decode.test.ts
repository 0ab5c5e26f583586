// Tests that pin down rules of decode.ts that surviving mutants showed were not asserted
// (issue #17). The rules are ADR 0006 §4: decoding never throws, every issue has a path, a
// stable code and the shape found (never the value), a union of structs names its tag, at most
// `maxIssues` issues are returned and `totalIssues` counts all. Every result is computed inside
// its `it` (per-test coverage credits no test for work done in a `describe` body).
import * as Schema from "effect/Schema";
import * as SchemaGetter from "effect/SchemaGetter";
import * as SchemaIssue from "effect/SchemaIssue";
import { describe, expect, it } from "vitest";
import { ISSUE_CODE } from "../src/bounded.js";
import { type DecodeIssue, decode, decodeFailure, describeShape, formatPath } from "../src/decode.js";

/** The issues of a failed decode, or a failing assertion when it succeeded. */
function issuesOf(r: ReturnType<ReturnType<typeof decode>>): ReadonlyArray<DecodeIssue> {
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.issues;
}

/** A filter that reports one issue at `path` below the value it checks (a cross-field check). */
function reportsAt(path: ReadonlyArray<PropertyKey>) {
  return Schema.makeFilter(() => ({ path: [...path], issue: "bad" }));
}

describe("the shape found, never the value (ADR 0006 §4)", () => {
  it("a value whose own checks throw (a revoked proxy) is described as unreadable, not an exception", () => {
    const { proxy, revoke } = Proxy.revocable<Array<unknown>>([], {});
    revoke();
    expect(describeShape(proxy)).toBe("unreadable value");
  });

  it("a property that can be read once and throws when read again is reported as an unreadable value", () => {
    let reads = 0;
    const once = {
      get a(): number {
        reads++;
        if (reads > 1) throw new Error("read twice");
        return 5;
      },
    };
    expect(issuesOf(decode(Schema.Struct({ a: Schema.String }))(once))).toEqual([
      { path: "$.a", code: "wrong-type", message: "Expected string", actual: "unreadable value" },
    ]);
  });

  it("a check's path below a string, below null, or into a function's property finds missing, missing, number", () => {
    const belowString = decode(Schema.String.check(reportsAt(["x", "y"])))("abc");
    expect(issuesOf(belowString)).toEqual([
      { path: "$.x.y", code: "invalid", message: "bad", actual: "missing" },
    ]);
    const belowNull = decode(Schema.Unknown.check(reportsAt(["a", "b"])))({ a: null });
    expect(issuesOf(belowNull)).toEqual([
      { path: "$.a.b", code: "invalid", message: "bad", actual: "missing" },
    ]);
    const intoFunction = decode(Schema.Unknown.check(reportsAt(["x"])))(Object.assign(() => 0, { x: 5 }));
    expect(issuesOf(intoFunction)).toEqual([
      { path: "$.x", code: "invalid", message: "bad", actual: "number" },
    ]);
  });
});

describe("paths (ADR 0006 §4)", () => {
  it("a symbol key is written with its description, or as [symbol] without one", () => {
    expect(formatPath([Symbol("x")])).toBe("$[x]");
    expect(formatPath([Symbol()])).toBe("$[symbol]");
  });

  it("a numeric key is written as the number in brackets, also when it is not finite", () => {
    expect(formatPath(["lines", 0])).toBe("$.lines[0]");
    expect(formatPath([Number.NaN, Number.POSITIVE_INFINITY])).toBe("$[NaN][Infinity]");
  });

  it("a key of 65 characters is shortened to 64 and an ellipsis; a key of 64 is kept whole", () => {
    expect(formatPath(["a".repeat(65)])).toBe(`$[${JSON.stringify(`${"a".repeat(64)}…`)}]`);
    expect(formatPath(["b".repeat(64)])).toBe(`$.${"b".repeat(64)}`);
  });
});

describe("codes (ADR 0006 §4)", () => {
  it("a step that may not decode gives the code undecodable; a transformation's own failure gives invalid", () => {
    const forbidden = Schema.String.pipe(
      Schema.decodeTo(Schema.String, {
        decode: SchemaGetter.forbidden(() => "not decodable"),
        encode: SchemaGetter.passthrough(),
      }),
    );
    expect(issuesOf(decode(forbidden)("x")).map((i) => [i.path, i.code])).toEqual([["$", "undecodable"]]);
    const failing = Schema.String.pipe(
      Schema.decodeTo(Schema.String, {
        decode: SchemaGetter.fail(() => new SchemaIssue.InvalidValue({ message: "not a code" })),
        encode: SchemaGetter.passthrough(),
      }),
    );
    expect(issuesOf(decode(failing)("x")).map((i) => [i.path, i.code])).toEqual([["$", "invalid"]]);
  });

  it("an issueCode annotation that is not a string is ignored: the code is invalid", () => {
    const annotated = Schema.String.check(Schema.makeFilter(() => false, { [ISSUE_CODE]: 5 }));
    expect(issuesOf(decode(annotated)("x")).map((i) => i.code)).toEqual(["invalid"]);
  });

  it("an input whose getter throws gives exactly one undecodable issue at $ with the input's shape", () => {
    const hostile = {
      get a(): never {
        throw new Error("boom");
      },
    };
    expect(decode(Schema.Struct({ a: Schema.String }))(hostile)).toEqual({
      ok: false,
      issues: [
        {
          path: "$",
          code: "undecodable",
          message: "The input could not be decoded (Error)",
          actual: "object",
        },
      ],
      totalIssues: 1,
    });
  });
});

describe("a union that is not of structs is reported as a whole (ADR 0006 §4)", () => {
  it("true and {} against string | number are wrong-type at $, with the union's expectation", () => {
    const StringOrNumber = Schema.Union([Schema.String, Schema.Number]);
    expect(issuesOf(decode(StringOrNumber)(true))).toEqual([
      { path: "$", code: "wrong-type", message: "Expected string | number", actual: "boolean" },
    ]);
    expect(issuesOf(decode(StringOrNumber)({}))).toEqual([
      { path: "$", code: "wrong-type", message: "Expected string | number", actual: "object" },
    ]);
  });

  it("structs told apart only by a symbol key have no tag to name: wrong-type at $", () => {
    const s = Symbol("s");
    const BySymbol = Schema.Union([
      Schema.Struct({ [s]: Schema.Literal("x"), n: Schema.Number }),
      Schema.Struct({ [s]: Schema.Literal("y"), n: Schema.String }),
    ]);
    expect(issuesOf(decode(BySymbol)({ n: true })).map((i) => [i.path, i.code])).toEqual([
      ["$", "wrong-type"],
    ]);
  });
});

describe("a union of structs names its tag and the tags accepted (ADR 0006 §4: wrong-tag)", () => {
  const Tagged = () =>
    Schema.Union([
      Schema.Struct({ _tag: Schema.Literal("a"), n: Schema.Number }),
      Schema.Struct({ _tag: Schema.Literal("b") }),
    ]);

  it("a string, null or an array where the tagged object belongs is wrong-type 'Expected object' at $", () => {
    for (const [input, actual] of [
      ["x", "string of 1 character"],
      [null, "null"],
      [[], "empty array"],
    ] as const) {
      expect(issuesOf(decode(Tagged())(input))).toEqual([
        { path: "$", code: "wrong-type", message: "Expected object", actual },
      ]);
    }
  });

  it("a tag that is not a string is wrong-tag at $._tag, naming the tags accepted", () => {
    expect(issuesOf(decode(Tagged())({ _tag: 5 }))).toEqual([
      { path: "$._tag", code: "wrong-tag", message: 'Expected _tag to be one of "a", "b"', actual: "number" },
    ]);
  });

  it("an unknown tag of 41 characters is quoted shortened to 40 and an ellipsis; one of 40 whole", () => {
    const long = issuesOf(decode(Tagged())({ _tag: "z".repeat(41) }));
    expect(long.map((i) => i.message)).toEqual([
      `Unknown _tag "${"z".repeat(40)}…"; expected one of "a", "b"`,
    ]);
    const exact = issuesOf(decode(Tagged())({ _tag: "z".repeat(40) }));
    expect(exact.map((i) => i.message)).toEqual([
      `Unknown _tag "${"z".repeat(40)}"; expected one of "a", "b"`,
    ]);
  });

  it("_tag is the tag even when declared after other literal keys", () => {
    const Late = Schema.Union([
      Schema.Struct({ kind: Schema.Literal("a"), _tag: Schema.Literal("A"), sub: Schema.Literal("x") }),
      Schema.Struct({ kind: Schema.Literal("b"), _tag: Schema.Literal("B"), sub: Schema.Literal("y") }),
    ]);
    expect(issuesOf(decode(Late)({}))).toEqual([
      {
        path: "$._tag",
        code: "missing",
        message: 'Missing _tag; expected one of "A", "B"',
        actual: "missing",
      },
    ]);
  });

  it("without _tag, the first key that is a string literal in every member is the tag", () => {
    const NumberFirst = Schema.Union([
      Schema.Struct({ n: Schema.Number, kind: Schema.Literal("a") }),
      Schema.Struct({ n: Schema.String, kind: Schema.Literal("b") }),
    ]);
    expect(issuesOf(decode(NumberFirst)({ kind: "z" }))).toEqual([
      {
        path: "$.kind",
        code: "wrong-tag",
        message: 'Unknown kind "z"; expected one of "a", "b"',
        actual: "string of 1 character",
      },
    ]);
    const NotInEveryMember = Schema.Union([
      Schema.Struct({ x: Schema.Literal("p"), kind: Schema.Literal("a") }),
      Schema.Struct({ kind: Schema.Literal("b") }),
    ]);
    expect(issuesOf(decode(NotInEveryMember)({})).map((i) => [i.path, i.message])).toEqual([
      ["$.kind", 'Missing kind; expected one of "a", "b"'],
    ]);
  });

  it("a key of number literals is not the tag, as a single literal or a union of them", () => {
    const NumberLiteral = Schema.Union([
      Schema.Struct({ code: Schema.Literal(1), kind: Schema.Literal("a") }),
      Schema.Struct({ code: Schema.Literal(2), kind: Schema.Literal("b") }),
    ]);
    expect(issuesOf(decode(NumberLiteral)({})).map((i) => [i.path, i.message])).toEqual([
      ["$.kind", 'Missing kind; expected one of "a", "b"'],
    ]);
    const NumberLiterals = Schema.Union([
      Schema.Struct({ code: Schema.Literals([1, 2]), kind: Schema.Literal("a") }),
      Schema.Struct({ code: Schema.Literals([3, 4]), kind: Schema.Literal("b") }),
    ]);
    expect(issuesOf(decode(NumberLiterals)({})).map((i) => [i.path, i.message])).toEqual([
      ["$.kind", 'Missing kind; expected one of "a", "b"'],
    ]);
    const Mixed = Schema.Union([
      Schema.Struct({ code: Schema.Union([Schema.Literal("q"), Schema.Number]), kind: Schema.Literal("a") }),
      Schema.Struct({ code: Schema.Literal("r"), kind: Schema.Literal("b") }),
    ]);
    expect(issuesOf(decode(Mixed)({})).map((i) => [i.path, i.message])).toEqual([
      ["$.kind", 'Missing kind; expected one of "a", "b"'],
    ]);
  });

  it("a member whose tag is a union of string literals contributes each of them, in order", () => {
    const Several = Schema.Union([
      Schema.Struct({ kind: Schema.Literals(["a", "b"]), sort: Schema.Literal("p") }),
      Schema.Struct({ kind: Schema.Literal("c"), sort: Schema.Literal("q") }),
    ]);
    expect(issuesOf(decode(Several)({ kind: "z" }))).toEqual([
      {
        path: "$.kind",
        code: "wrong-tag",
        message: 'Unknown kind "z"; expected one of "a", "b", "c"',
        actual: "string of 1 character",
      },
    ]);
  });
});

describe("at most maxIssues issues, totalIssues counts all (ADR 0006 §4)", () => {
  const Three = () => Schema.Struct({ a: Schema.String, b: Schema.String, c: Schema.String });

  it("maxIssues 2 returns the first 2 of 3 issues; 0, -1 and 1.5 are not counts and give the default 100", () => {
    const two = decode(Three())({}, { maxIssues: 2 });
    expect(two.ok ? [] : two.issues.map((i) => i.path)).toEqual(["$.a", "$.b"]);
    expect(two.ok ? 0 : two.totalIssues).toBe(3);
    for (const maxIssues of [0, -1, 1.5]) {
      const r = decode(Three(), { maxIssues })({});
      expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(["$.a", "$.b", "$.c"]);
      expect(r.ok ? 0 : r.totalIssues).toBe(3);
    }
  });

  it("decodeFailure keeps the first maxIssues of the issues found by hand and counts all", () => {
    const found: ReadonlyArray<DecodeIssue> = ["$.a", "$.b", "$.c"].map((path) => ({
      path,
      code: "invalid",
      message: "Expected the end after the start",
      actual: "string of 10 characters",
    }));
    const two = decodeFailure(found, { maxIssues: 2 });
    expect(two).toEqual({ ok: false, issues: found.slice(0, 2), totalIssues: 3 });
    for (const maxIssues of [0, -1, 1.5]) {
      expect(decodeFailure(found, { maxIssues })).toEqual({ ok: false, issues: found, totalIssues: 3 });
    }
    expect(decodeFailure(found)).toEqual({ ok: false, issues: found, totalIssues: 3 });
  });
});
