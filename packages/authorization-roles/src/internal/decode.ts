/**
 * Internal: schema decoding with the error policy of ADR 0006 §4 — never throws, unknown keys
 * rejected unless asked otherwise, stable issue codes, messages without input values, a named
 * tag for tagged unions, at most `maxIssues` issues with the total counted.
 *
 * @module
 * @internal
 */
import {
  type DecodeIssue,
  type DecodeOptions,
  type DecodeResult,
  describeShape,
  formatPath,
} from "@zorgkit/core";
import * as Result from "effect/Result";
import * as Schema from "effect/Schema";
import * as SchemaIssue from "effect/SchemaIssue";

/** The issue codes this package uses: core's, and its own domain codes. */
export type RoleIssueCode =
  | "missing"
  | "unexpected-key"
  | "wrong-type"
  | "wrong-tag"
  | "invalid"
  | "too-long"
  | "too-many"
  | "undecodable"
  | "unknown-role"
  | "unknown-organisation"
  | "end-before-start"
  | "duplicate-id"
  | "not-in-rulebook";

const formatter = SchemaIssue.makeFormatterStandardSchemaV1();

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  try {
    let current: unknown = input;
    for (const key of path) {
      if ((typeof current !== "object" && typeof current !== "function") || current === null)
        return undefined;
      if (!(key in current)) return undefined;
      current = (current as Record<PropertyKey, unknown>)[key];
    }
    return current;
  } catch {
    return undefined;
  }
}

function codeOf(message: string): RoleIssueCode {
  if (message === "Missing key") return "missing";
  if (message.includes("excess property")) return "unexpected-key";
  if (message.includes("length of at most")) return "too-long";
  // core's BoundedString / BoundedArray messages (checked before the items or the pattern)
  if (/^Expected at most \d+ characters$/.test(message)) return "too-long";
  if (/^Expected at most \d+ items$/.test(message)) return "too-many";
  if (/^Expected (string|number|boolean|an array|array|object|\{)/.test(message)) return "wrong-type";
  return "invalid";
}

const mask = (s: string) => s.replace(/\d{9,}/g, (run) => `${"*".repeat(run.length - 4)}${run.slice(-4)}`);

/** Make one issue. @internal */
export function issue(path: string, code: RoleIssueCode, message: string, actual: string): DecodeIssue {
  return { path, code, message: mask(message), actual };
}

/** Cap a list of issues (ADR 0006 §4). @internal */
export function failure<A>(issues: ReadonlyArray<DecodeIssue>, options: DecodeOptions): DecodeResult<A> {
  const max = options.maxIssues ?? 100;
  return { ok: false, issues: issues.slice(0, max), totalIssues: issues.length };
}

/**
 * Decode with a schema. For a tagged union, pass its tags: an unknown `_tag` is reported as
 * `wrong-tag` naming the tag found and the tags accepted. `prefix` re-roots paths (`$[3]`).
 * @internal
 */
export function decodeSchema<S extends Schema.ConstraintDecoder<unknown>>(
  schema: S,
  input: unknown,
  options: DecodeOptions,
  tags?: ReadonlyArray<string>,
  prefix = "$",
): { ok: true; value: S["Type"] } | { ok: false; issues: Array<DecodeIssue> } {
  try {
    if (tags !== undefined && typeof input === "object" && input !== null && !Array.isArray(input)) {
      const tag = (input as { _tag?: unknown })._tag;
      if (typeof tag === "string" && !tags.includes(tag)) {
        const shown = tag.length <= 40 && /^[A-Za-z]+$/.test(tag) ? `"${tag}"` : "an unknown tag";
        return {
          ok: false,
          issues: [
            issue(
              `${prefix}._tag`,
              "wrong-tag",
              `Unknown _tag ${shown}; expected one of ${tags.join(", ")}`,
              describeShape(tag),
            ),
          ],
        };
      }
    }
    const r = Schema.decodeUnknownResult(schema)(input, {
      errors: "all",
      onExcessProperty: options.unknownKeys === "ignore" ? "ignore" : "error",
    });
    if (Result.isSuccess(r)) return { ok: true, value: r.success };
    const issues = formatter(r.failure.issue).issues.map((i) => {
      const segments: ReadonlyArray<PropertyKey> = (i.path ?? []).map((p) =>
        typeof p === "object" && p !== null ? (p as { key: PropertyKey }).key : (p as PropertyKey),
      );
      const path = formatPath(segments).replace(/^\$/, prefix);
      const found = valueAt(input, segments);
      const unionTags = [...i.message.matchAll(/readonly "_tag": "([A-Za-z]+)"/g)].map((m) => m[1]);
      if (unionTags.length > 0 && typeof found === "object" && found !== null) {
        const tag = valueAt(found, ["_tag"]);
        const shown =
          typeof tag === "string" && tag.length <= 40 && /^[A-Za-z]+$/.test(tag)
            ? `"${tag}"`
            : describeShape(tag);
        return issue(
          `${path}._tag`,
          "wrong-tag",
          `Unknown _tag ${shown}; expected one of ${unionTags.join(", ")}`,
          describeShape(tag),
        );
      }
      const code = codeOf(i.message);
      return issue(path, code, i.message, code === "missing" ? "missing" : describeShape(found));
    });
    return { ok: false, issues };
  } catch (e) {
    const kind = e instanceof Error ? e.name : "exception";
    return {
      ok: false,
      issues: [
        issue(prefix, "undecodable", `The input could not be decoded (${kind})`, describeShape(input)),
      ],
    };
  }
}
