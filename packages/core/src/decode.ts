/**
 * Decoding untrusted input at a package's boundary (core spec §5): a schema turns `unknown`
 * into a valid, branded value, or into a list of every issue found — never an exception.
 *
 * An issue says where (`$.patient.bsn`), what was expected (the message), and what was found
 * as a *shape* (`"string of 8 characters"`), never the value itself, so a BSN in bad input cannot
 * leak into a log through an error. As a safety net, any run of nine or more digits in a message
 * or path is masked like a BSN (`*****2333`).
 *
 * @module
 */
import * as Data from "effect/Data";
import * as Result from "effect/Result";
import * as Schema from "effect/Schema";
import * as SchemaIssue from "effect/SchemaIssue";

/** One problem found while decoding: where, what was expected, and the shape of what was found. */
export interface DecodeIssue {
  /** Where in the input, JSONPath-style: `"$"`, `"$.patient.bsn"`, `"$.lines[0].amount"`. */
  readonly path: string;
  /** What was expected or what is wrong, in English; never contains the input value. */
  readonly message: string;
  /** The shape of the value found: `"string of 8 characters"`, `"number"`, `"missing"`, `"array of 3"`, `"object"`. */
  readonly actual: string;
}

/** The outcome of {@link decode}: the decoded value, or every issue found. */
export type DecodeResult<A> =
  | { readonly ok: true; readonly value: A }
  | { readonly ok: false; readonly issues: ReadonlyArray<DecodeIssue> };

const MISSING: unique symbol = Symbol("missing");
const UNREADABLE: unique symbol = Symbol("unreadable");

/**
 * A description of a value's shape that never contains the value: `"string of 8 characters"`,
 * `"empty string"`, `"number"`, `"NaN"`, `"array of 3"`, `"object"`, `"null"`, `"undefined"`.
 *
 * @example
 * ```ts
 * describeShape("111222333"); // "string of 9 characters"
 * describeShape([1, 2, 3]); // "array of 3"
 * ```
 */
export function describeShape(u: unknown): string {
  try {
    switch (typeof u) {
      case "string":
        return u.length === 0
          ? "empty string"
          : `string of ${u.length} character${u.length === 1 ? "" : "s"}`;
      case "number":
        return Number.isNaN(u) ? "NaN" : Number.isFinite(u) ? "number" : "infinite number";
      case "undefined":
        return "undefined";
      case "boolean":
      case "bigint":
      case "symbol":
      case "function":
        return typeof u;
      default:
        if (u === null) return "null";
        if (Array.isArray(u)) return u.length === 0 ? "empty array" : `array of ${u.length}`;
        if (u instanceof Date) return "Date";
        return "object";
    }
  } catch {
    return "unreadable value";
  }
}

function shapeOf(u: unknown): string {
  if (u === MISSING) return "missing";
  if (u === UNREADABLE) return "unreadable value";
  return describeShape(u);
}

/** Mask every run of nine or more digits like a BSN: all but the last four become `*`. */
function maskDigitRuns(s: string): string {
  return s.replace(/\d{9,}/g, (run) => `${"*".repeat(run.length - 4)}${run.slice(-4)}`);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Render a path as `$.a.b[0]`; keys that are not identifiers are quoted (`$["first name"]`).
 * Runs of nine or more digits in keys are masked.
 *
 * @example
 * ```ts
 * formatPath(["lines", 0, "amount"]); // "$.lines[0].amount"
 * ```
 */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "$";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "symbol") out += `[${String(key.description ?? "symbol")}]`;
    else if (IDENTIFIER.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return maskDigitRuns(out);
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  try {
    let current: unknown = input;
    for (const key of path) {
      if ((typeof current !== "object" && typeof current !== "function") || current === null) return MISSING;
      if (!(key in current)) return MISSING;
      current = (current as Record<PropertyKey, unknown>)[key];
    }
    return current;
  } catch {
    return UNREADABLE;
  }
}

const formatter = SchemaIssue.makeFormatterStandardSchemaV1();

function toIssues(issue: SchemaIssue.Issue, input: unknown): ReadonlyArray<DecodeIssue> {
  return formatter(issue).issues.map((i) => {
    const segments: ReadonlyArray<PropertyKey> = (i.path ?? []).map((p) =>
      typeof p === "object" && p !== null ? p.key : p,
    );
    return {
      path: formatPath(segments),
      message: maskDigitRuns(i.message),
      actual: shapeOf(valueAt(input, segments)),
    };
  });
}

/**
 * Make a decoder for a schema: `unknown` in, a {@link DecodeResult} out, with every issue found
 * (`errors: "all"`). Never throws, for any input — not even for inputs whose getters throw.
 *
 * @example
 * ```ts
 * const r = decode(Bsn)("123456789");
 * // { ok: false, issues: [{ path: "$", message: "The BSN fails the 11-check (elfproef)",
 * //                         actual: "string of 9 characters" }] }
 * if (r.ok) use(r.value);
 * ```
 */
export function decode<S extends Schema.ConstraintDecoder<unknown>>(
  schema: S,
): (input: unknown) => DecodeResult<S["Type"]> {
  const run = Schema.decodeUnknownResult(schema);
  return (input) => {
    try {
      const result = run(input, { errors: "all" });
      if (Result.isSuccess(result)) return { ok: true, value: result.success };
      return { ok: false, issues: toIssues(result.failure.issue, input) };
    } catch (e) {
      const kind = e instanceof Error ? e.name : "exception";
      return {
        ok: false,
        issues: [
          { path: "$", message: `The input could not be decoded (${kind})`, actual: describeShape(input) },
        ],
      };
    }
  };
}

/**
 * Issues as text, one line per issue: `$.lines[0].amount: Expected … (found: empty string)`.
 *
 * @example
 * ```ts
 * formatIssues([{ path: "$", message: "The BSN fails the 11-check (elfproef)", actual: "string of 9 characters" }]);
 * // "$: The BSN fails the 11-check (elfproef) (found: string of 9 characters)"
 * ```
 */
export function formatIssues(issues: ReadonlyArray<DecodeIssue>): string {
  return issues.map((i) => `${i.path}: ${i.message} (found: ${i.actual})`).join("\n");
}

/**
 * The error {@link decodeOrThrow} throws: carries the issues; its message is
 * {@link formatIssues} of them (no input values, BSNs masked).
 */
export class DecodeError extends Data.TaggedError("DecodeError")<{
  readonly issues: ReadonlyArray<DecodeIssue>;
}> {
  override get message(): string {
    return `Invalid input:\n${formatIssues(this.issues)}`;
  }
}

/**
 * Like {@link decode}, for callers that prefer exceptions: returns the value or throws a
 * {@link DecodeError}.
 *
 * @example
 * ```ts
 * const amount = decodeOrThrow(Money)("12.50"); // 1250 cents
 * decodeOrThrow(Money)("1,00"); // throws DecodeError
 * ```
 */
export function decodeOrThrow<S extends Schema.ConstraintDecoder<unknown>>(
  schema: S,
): (input: unknown) => S["Type"] {
  const d = decode(schema);
  return (input) => {
    const r = d(input);
    if (r.ok) return r.value;
    throw new DecodeError({ issues: r.issues });
  };
}
