/**
 * Request envelopes: a JSON object whose fields are each decoded by a package's own decoder (a
 * record by `decodeRetentionRecord`, an instant by core's `Instant` schema …), with the issues'
 * paths moved under the field (`$.record.events.received`). Unknown and missing keys are issues
 * too; values are never echoed (the decoders' rule), keys with digit runs are masked.
 *
 * @module
 */
import { maskBsnRuns } from "@zorgkit/consent";
import { AgbCode, type DecodeIssue, type DecodeResult, decode, Instant, LocalDate } from "@zorgkit/core";

/** Decodes one field; `decoded` holds the fields before it that decoded (for dependent fields). */
export type FieldDecoder<A> = (input: unknown, decoded: Readonly<Record<string, unknown>>) => DecodeResult<A>;

type Decoded<F> = { [K in keyof F]: F[K] extends FieldDecoder<infer A> ? A : never };

export function kindOf(u: unknown): string {
  return u === null ? "null" : Array.isArray(u) ? "array" : typeof u;
}

export function issue(path: string, code: DecodeIssue["code"], message: string, actual: string): DecodeIssue {
  return { path, code, message, actual } as DecodeIssue;
}

const under = (field: string, issues: ReadonlyArray<DecodeIssue>): DecodeIssue[] =>
  issues.map((i) => ({ ...i, path: `$.${field}${i.path.slice(1)}` }));

/**
 * Decode an object with exactly the keys of `fields` (those in `optional` may be absent), in the
 * order given. Never throws.
 */
export function decodeFields<
  F extends Record<string, FieldDecoder<unknown>>,
  O extends keyof F & string = never,
>(
  input: unknown,
  fields: F,
  optional: ReadonlyArray<O> = [],
): DecodeResult<Omit<Decoded<F>, O> & Partial<Pick<Decoded<F>, O>>> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    const keys = Object.keys(fields).join(", ");
    return {
      ok: false,
      issues: [issue("$", "wrong-type", `expected an object { ${keys} }`, kindOf(input))],
      totalIssues: 1,
    };
  }
  const body = input as Record<string, unknown>;
  const issues: DecodeIssue[] = [];
  let total = 0;
  for (const k of Object.keys(body))
    if (!Object.hasOwn(fields, k)) {
      issues.push(
        issue(`$.${maskBsnRuns(k).slice(0, 40)}`, "unexpected-key", "unexpected key", kindOf(body[k])),
      );
      total++;
    }
  const decoded: Record<string, unknown> = {};
  for (const [k, dec] of Object.entries(fields)) {
    if (!Object.hasOwn(body, k) || body[k] === undefined) {
      if (!(optional as ReadonlyArray<string>).includes(k)) {
        issues.push(issue(`$.${k}`, "missing", `${k} is required`, "missing"));
        total++;
      }
      continue;
    }
    const r = dec(body[k], decoded);
    if (r.ok) decoded[k] = r.value;
    else {
      issues.push(...under(k, r.issues));
      total += r.totalIssues;
    }
  }
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, 100), totalIssues: total };
  return { ok: true, value: decoded as never };
}

/** One of a few names (a rulebook or preset chosen by name). */
export function oneOf<const T extends string>(names: ReadonlyArray<T>): FieldDecoder<T> {
  return (u) =>
    typeof u === "string" && (names as ReadonlyArray<string>).includes(u)
      ? { ok: true, value: u as T }
      : {
          ok: false,
          issues: [issue("$", "invalid", `one of ${names.join(", ")}`, kindOf(u))],
          totalIssues: 1,
        };
}

/** An instant with an offset (`2026-03-07T10:00:00+01:00`), core's `Instant`. */
export const instantField: FieldDecoder<Instant> = decode(Instant);
/** A calendar date (`2026-03-07`), core's `LocalDate`. */
export const dateField: FieldDecoder<LocalDate> = decode(LocalDate);
/** An AGB code (8 digits), core's `AgbCode`. */
export const decodeAgb = decode(AgbCode);

/** A field that is only decoded once the fields it depends on decoded (otherwise it is skipped). */
export function after<A>(
  deps: ReadonlyArray<string>,
  dec: (input: unknown, decoded: Readonly<Record<string, unknown>>) => DecodeResult<A>,
): FieldDecoder<A> {
  return (u, decoded) =>
    deps.every((d) => Object.hasOwn(decoded, d)) ? dec(u, decoded) : { ok: true, value: undefined as A };
}
