/**
 * Decoding untrusted input at a package's boundary (ADR 0006 §4): a schema turns `unknown`
 * into a valid, branded value, or into a list of issues — never an exception.
 *
 * An issue says where (`$.patient.bsn`), a stable machine-readable `code`, what was expected (the
 * message), and what was found as a *shape* (`"string of 8 characters"`), never the value itself,
 * so a BSN in bad input cannot leak into a log through an error. As a safety net, any run of nine
 * or more digits in a message or path is masked like a BSN (`*****2333`).
 *
 * Unknown keys are rejected by default (`unknown-keys: "error"`): a typo such as `validUntill`
 * must not silently fall back to a default. At most `maxIssues` (default 100) issues are
 * returned; `totalIssues` counts all of them.
 *
 * @module
 */
import * as Data from "effect/Data";
import * as Result from "effect/Result";
import * as Schema from "effect/Schema";
import type * as SchemaAST from "effect/SchemaAST";
import * as SchemaIssue from "effect/SchemaIssue";
import { ISSUE_CODE } from "./bounded.js";
import { isValidBsn } from "./identifiers.js";

/**
 * The stable codes of a {@link DecodeIssue} (ADR 0006 §4). A domain check may use its own code
 * (`bsn-checksum`) through the `issueCode` annotation of its filter.
 */
export const issueCodes = [
  "missing",
  "unexpected-key",
  "wrong-type",
  "wrong-tag",
  "invalid",
  "too-long",
  "too-many",
  "undecodable",
] as const;

/** One of {@link issueCodes}, or a domain check's own code. */
export type DecodeIssueCode = (typeof issueCodes)[number] | (string & {});

/** One problem found while decoding: where, which kind, what was expected, and the shape found. */
export interface DecodeIssue {
  /** Where in the input, JSONPath-style: `"$"`, `"$.patient.bsn"`, `"$.lines[0].amount"`. */
  readonly path: string;
  /** What kind of problem, stable and machine-readable: `missing`, `wrong-type`, `too-long` … */
  readonly code: DecodeIssueCode;
  /** What was expected or what is wrong, in English; never contains the input value. */
  readonly message: string;
  /** The shape of the value found: `"string of 8 characters"`, `"number"`, `"missing"`, `"array of 3"`, `"object"`. */
  readonly actual: string;
}

/**
 * The outcome of {@link decode}: the decoded value, or the issues found — at most
 * `maxIssues` of them, with `totalIssues` counting all.
 */
export type DecodeResult<A> = { readonly ok: true; readonly value: A } | DecodeFailure;

/** The failed branch of a {@link DecodeResult}. */
export interface DecodeFailure {
  readonly ok: false;
  /** At most `maxIssues` issues (default 100), in the order found. */
  readonly issues: ReadonlyArray<DecodeIssue>;
  /** How many issues were found in all. */
  readonly totalIssues: number;
}

/** Options of {@link decode}. */
export interface DecodeOptions {
  /**
   * Keys the schema does not declare: `"error"` (default) reports each as `unexpected-key`;
   * `"ignore"` drops them (for forward-compatible stored data such as an event log).
   */
  readonly unknownKeys?: "error" | "ignore";
  /** At most this many issues are returned (default {@link DEFAULT_MAX_ISSUES}); `totalIssues` counts all. */
  readonly maxIssues?: number;
}

/** The default of {@link DecodeOptions.maxIssues}: 100. */
export const DEFAULT_MAX_ISSUES = 100;

const MISSING: unique symbol = Symbol("missing");
const UNREADABLE: unique symbol = Symbol("unreadable");

/**
 * A description of a value's shape that never contains the value: `"string of 8 characters"`,
 * `"empty string"`, `"number"`, `"NaN"`, `"array of 3"`, `"object"`, `"null"`, `"undefined"`.
 *
 * @example
 * ```ts
 * import { describeShape } from "@zorgkit/core";
 *
 * describeShape("111222333"); // => "string of 9 characters"
 * describeShape([1, 2, 3]); // => "array of 3"
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

/**
 * Mask every maximal run of nine or more digits like a BSN (all but the last four become `*`),
 * and every maximal run of exactly eight digits that is a BSN once zero-padded (a BSN stored as
 * a number loses its leading zero; `BsnFromEightDigits` reads it back).
 */
function maskDigitRuns(s: string): string {
  return s.replace(/\d{8,}/g, (run) =>
    run.length === 8 && !isValidBsn(`0${run}`) ? run : `${"*".repeat(run.length - 4)}${run.slice(-4)}`,
  );
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Render a path as `$.a.b[0]`; keys that are not identifiers are quoted (`$["first name"]`).
 * Runs of nine or more digits in keys are masked; very long keys are shortened.
 *
 * @example
 * ```ts
 * import { formatPath } from "@zorgkit/core";
 *
 * formatPath(["lines", 0, "amount"]); // => "$.lines[0].amount"
 * formatPath(["first name"]); // => "$[\"first name\"]"
 * ```
 */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "$";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "symbol") out += `[${String(key.description ?? "symbol")}]`;
    else {
      const k = key.length > 64 ? `${key.slice(0, 64)}…` : key;
      out += IDENTIFIER.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`;
    }
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

function segmentsOf(path: ReadonlyArray<unknown> | undefined): Array<PropertyKey> {
  return (path ?? []).map((p) =>
    typeof p === "object" && p !== null
      ? ((p as { key: PropertyKey }).key as PropertyKey)
      : (p as PropertyKey),
  );
}

/** Collects issues, keeping the first `max` and counting all. */
interface Sink {
  readonly input: unknown;
  readonly max: number;
  readonly issues: Array<DecodeIssue>;
  total: number;
}

function emit(
  sink: Sink,
  path: ReadonlyArray<PropertyKey>,
  code: string,
  message: string,
  actual?: string,
): void {
  sink.total++;
  if (sink.issues.length >= sink.max) return;
  sink.issues.push({
    path: formatPath(path),
    code,
    message: maskDigitRuns(message),
    actual: actual ?? shapeOf(valueAt(sink.input, path)),
  });
}

function leafCode(issue: SchemaIssue.Issue): string {
  switch (issue._tag) {
    case "MissingKey":
      return "missing";
    case "UnexpectedKey":
      return "unexpected-key";
    case "InvalidType":
      return "wrong-type";
    case "Forbidden":
      return "undecodable";
    default:
      return "invalid";
  }
}

/** The discriminating key of a union of structs (`_tag` first) and the literals it accepts. */
function discriminator(ast: SchemaAST.Union): { key: string; tags: Array<string> } | undefined {
  const members = ast.types.map((t) =>
    t._tag === "Objects" ? new Map(t.propertySignatures.map((p) => [p.name, p.type] as const)) : undefined,
  );
  const first = members[0];
  if (first === undefined || members.some((m) => m === undefined)) return undefined;
  const keys = [...first.keys()].filter((k): k is string => typeof k === "string");
  keys.sort((a, b) => (a === "_tag" ? -1 : b === "_tag" ? 1 : 0));
  for (const key of keys) {
    const tags: Array<string> = [];
    let ok = true;
    for (const m of members) {
      const t = m?.get(key);
      if (t?._tag === "Literal" && typeof t.literal === "string") tags.push(t.literal);
      else if (
        t?._tag === "Union" &&
        t.types.every((x) => x._tag === "Literal" && typeof x.literal === "string")
      ) {
        for (const x of t.types) tags.push((x as SchemaAST.Literal).literal as string);
      } else {
        ok = false;
        break;
      }
    }
    if (ok) return { key, tags };
  }
  return undefined;
}

const quote = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

function emitUnion(sink: Sink, path: ReadonlyArray<PropertyKey>, issue: SchemaIssue.AnyOf): void {
  const d = discriminator(issue.ast);
  const value = valueAt(sink.input, path);
  if (d !== undefined && typeof value === "object" && value !== null && !Array.isArray(value)) {
    const accepted = d.tags.map(quote).join(", ");
    const tag = valueAt(sink.input, [...path, d.key]);
    if (tag === MISSING) {
      emit(sink, [...path, d.key], "missing", `Missing ${d.key}; expected one of ${accepted}`);
    } else if (typeof tag === "string") {
      emit(
        sink,
        [...path, d.key],
        "wrong-tag",
        `Unknown ${d.key} ${quote(tag)}; expected one of ${accepted}`,
      );
    } else {
      emit(sink, [...path, d.key], "wrong-tag", `Expected ${d.key} to be one of ${accepted}`);
    }
    return;
  }
  const message = formatter(issue).issues[0]?.message ?? "Expected one of the accepted shapes";
  emit(sink, path, "wrong-type", d === undefined ? message : "Expected object");
}

function walk(sink: Sink, issue: SchemaIssue.Issue, path: ReadonlyArray<PropertyKey>): void {
  switch (issue._tag) {
    case "Pointer":
      walk(sink, issue.issue, [...path, ...issue.path]);
      return;
    case "Encoding":
      walk(sink, issue.issue, path);
      return;
    case "Composite":
      for (const i of issue.issues) walk(sink, i, path);
      return;
    case "AnyOf":
      if (issue.issues.length > 0) for (const i of issue.issues) walk(sink, i, path);
      else emitUnion(sink, path, issue);
      return;
    case "Filter": {
      const annotated = issue.filter.annotations?.[ISSUE_CODE];
      const code = typeof annotated === "string" ? annotated : undefined;
      for (const f of formatter(issue).issues) {
        emit(sink, [...path, ...segmentsOf(f.path)], code ?? "invalid", f.message);
      }
      return;
    }
    default:
      emit(sink, path, leafCode(issue), formatter(issue).issues[0]?.message ?? "Invalid value");
  }
}

function failure(sink: Sink): DecodeFailure {
  return { ok: false, issues: sink.issues, totalIssues: sink.total };
}

/**
 * Make a decoder for a schema: `unknown` in, a {@link DecodeResult} out, with every issue found
 * (at most `maxIssues` returned, `totalIssues` counting all). Unknown keys are rejected unless
 * `unknownKeys: "ignore"`. Options given to the decoder call override those given here. Never
 * throws, for any input — not even for inputs whose getters throw (code `undecodable`).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { Bsn, decode } from "@zorgkit/core";
 *
 * const r = decode(Bsn)("123456789");
 * r.ok ? "valid" : r.issues[0]?.code; // => "bsn-checksum"
 * decode(Schema.Struct({ a: Schema.Number }))({ a: 1, b: 2 }).ok; // => false
 * decode(Schema.Struct({ a: Schema.Number }), { unknownKeys: "ignore" })({ a: 1, b: 2 }); // => { "ok": true, "value": { "a": 1 } }
 * ```
 */
export function decode<S extends Schema.ConstraintDecoder<unknown>>(
  schema: S,
  options: DecodeOptions = {},
): (input: unknown, options?: DecodeOptions) => DecodeResult<S["Type"]> {
  const run = Schema.decodeUnknownResult(schema);
  return (input, callOptions) => {
    const unknownKeys = callOptions?.unknownKeys ?? options.unknownKeys ?? "error";
    const max = callOptions?.maxIssues ?? options.maxIssues ?? DEFAULT_MAX_ISSUES;
    const sink: Sink = {
      input,
      max: Number.isSafeInteger(max) && max > 0 ? max : DEFAULT_MAX_ISSUES,
      issues: [],
      total: 0,
    };
    try {
      const result = run(input, { errors: "all", onExcessProperty: unknownKeys });
      if (Result.isSuccess(result)) return { ok: true, value: result.success };
      walk(sink, result.failure.issue, []);
      if (sink.total === 0) emit(sink, [], "invalid", "The input is not valid");
      return failure(sink);
    } catch (e) {
      const kind = e instanceof Error ? e.name : "exception";
      const shape = describeShape(input);
      const issues = [
        {
          path: "$",
          code: "undecodable",
          message: `The input could not be decoded (${kind})`,
          actual: shape,
        },
      ];
      return { ok: false, issues, totalIssues: 1 };
    }
  };
}

/**
 * A failed {@link DecodeResult} from issues found by hand (a cross-field check written outside a
 * schema): the first `maxIssues` (default 100) issues, and their total.
 *
 * @example
 * ```ts
 * import { decodeFailure } from "@zorgkit/core";
 *
 * const r = decodeFailure([{ path: "$.end", code: "invalid", message: "Expected the end after the start", actual: "string of 10 characters" }]);
 * r.ok ? 0 : r.totalIssues; // => 1
 * ```
 */
export function decodeFailure(
  issues: ReadonlyArray<DecodeIssue>,
  options: { readonly maxIssues?: number } = {},
): DecodeResult<never> {
  const max = options.maxIssues ?? DEFAULT_MAX_ISSUES;
  const cap = Number.isSafeInteger(max) && max > 0 ? max : DEFAULT_MAX_ISSUES;
  return {
    ok: false,
    issues: issues.length > cap ? issues.slice(0, cap) : issues,
    totalIssues: issues.length,
  };
}

/**
 * Issues as text, one line per issue: `$.lines[0].amount: Expected … (found: empty string)`.
 *
 * @example
 * ```ts
 * import { formatIssues } from "@zorgkit/core";
 *
 * formatIssues([{ path: "$", code: "bsn-checksum", message: "The BSN fails the 11-check (elfproef)", actual: "string of 9 characters" }]); // => "$: The BSN fails the 11-check (elfproef) (found: string of 9 characters)"
 * ```
 */
export function formatIssues(
  issues: ReadonlyArray<DecodeIssue>,
  totalIssues: number = issues.length,
): string {
  const lines = issues.map((i) => `${i.path}: ${i.message} (found: ${i.actual})`);
  if (totalIssues > issues.length) lines.push(`… and ${totalIssues - issues.length} more issues`);
  return lines.join("\n");
}

/**
 * The error {@link decodeOrThrow} throws: carries the issues (and their total); its message is
 * {@link formatIssues} of them (no input values, BSNs masked).
 */
export class DecodeError extends Data.TaggedError("DecodeError")<{
  readonly issues: ReadonlyArray<DecodeIssue>;
  readonly totalIssues: number;
}> {
  override get message(): string {
    return `Invalid input:\n${formatIssues(this.issues, this.totalIssues)}`;
  }
}

/**
 * Like {@link decode}, for trusted input and callers that prefer exceptions: returns the value or
 * throws a {@link DecodeError}.
 *
 * @example
 * ```ts
 * import { decodeOrThrow, Money } from "@zorgkit/core";
 *
 * decodeOrThrow(Money)("12.50"); // => 1250
 * ```
 */
export function decodeOrThrow<S extends Schema.ConstraintDecoder<unknown>>(
  schema: S,
  options: DecodeOptions = {},
): (input: unknown, options?: DecodeOptions) => S["Type"] {
  const d = decode(schema, options);
  return (input, callOptions) => {
    const r = d(input, callOptions);
    if (r.ok) return r.value;
    throw new DecodeError({ issues: r.issues, totalIssues: r.totalIssues });
  };
}
