/**
 * Bounded input (ADR 0006 §4): strings whose length is checked before any pattern or parse,
 * arrays with a documented maximum, and whole numbers — the building blocks every zorgkit
 * schema uses so that a decoder's cost is bounded by the size of the input.
 *
 * A check annotated `{ issueCode: "…" }` reports that code in {@link DecodeIssue.code}
 * (`decode.ts`); {@link BoundedString} reports `too-long`, {@link BoundedArray} `too-many`.
 *
 * @module
 */
import * as Schema from "effect/Schema";

/**
 * The annotation key that gives a check's issue its stable code in `DecodeIssue.code`:
 * `Schema.makeFilter(pred, { issueCode: "bsn-checksum", expected: "…" })`.
 */
export const ISSUE_CODE = "issueCode";

/**
 * Schema of a string of at most `max` characters. The length is checked first and, when it
 * fails, no later check of the schema runs (so a 10 MB string is never matched against a
 * pattern or parsed). Reports the issue code `too-long`. Add further checks with `.check(…)`.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { BoundedString } from "@zorgkit/core";
 *
 * Schema.is(BoundedString(5))("abcde"); // => true
 * Schema.is(BoundedString(5))("abcdef"); // => false
 * ```
 */
export function BoundedString(max: number) {
  return Schema.String.check(isBoundedLength(max));
}

/**
 * The check of {@link BoundedString}, for string schemas that need their own annotations first
 * (`Schema.String.annotate({ message }).check(isBoundedLength(32), …)`): at most `max`
 * characters, code `too-long`, and no later check runs when it fails.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { isBoundedLength } from "@zorgkit/core";
 *
 * Schema.is(Schema.String.check(isBoundedLength(3)))("abcd"); // => false
 * ```
 */
export function isBoundedLength(max: number) {
  if (!Number.isSafeInteger(max) || max < 0) {
    throw new TypeError(`isBoundedLength: max must be a whole number, got ${String(max)}`);
  }
  return Schema.makeFilter(
    (s: string) => s.length <= max || `Expected at most ${max} characters`,
    { expected: `a string of at most ${max} characters`, [ISSUE_CODE]: "too-long" },
    true,
  );
}

/**
 * Schema of an array of at most `max` items of `item`. The length is checked before the items
 * are decoded; reports the issue code `too-many`.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { BoundedArray } from "@zorgkit/core";
 *
 * Schema.is(BoundedArray(Schema.Number, 2))([1, 2]); // => true
 * Schema.is(BoundedArray(Schema.Number, 2))([1, 2, 3]); // => false
 * ```
 */
export function BoundedArray<S extends Schema.Top>(item: S, max: number) {
  if (!Number.isSafeInteger(max) || max < 0) {
    throw new TypeError(`BoundedArray: max must be a whole number, got ${String(max)}`);
  }
  const tooMany = () =>
    Schema.makeFilter(
      (xs: ReadonlyArray<unknown>) => xs.length <= max || `Expected at most ${max} items`,
      { expected: `at most ${max} items`, [ISSUE_CODE]: "too-many" },
      true,
    );
  // The length is checked on the still-undecoded array before any item is decoded, and again on
  // the decoded type so that `Schema.is` agrees with decoding.
  return Schema.Array(Schema.Unknown)
    .check(tooMany())
    .pipe(Schema.decodeTo(Schema.Array(item).check(tooMany())));
}

/** Whether a number is a whole number ≥ 0 within the safe-integer range. */
function isWhole(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/**
 * Schema of a whole number ≥ 0 (a safe integer): counts, days, months, minutes.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { WholeNumber } from "@zorgkit/core";
 *
 * Schema.is(WholeNumber)(12); // => true
 * Schema.is(WholeNumber)(1.5); // => false
 * Schema.is(WholeNumber)(-1); // => false
 * ```
 */
export const WholeNumber = Schema.Number.check(
  Schema.makeFilter((n: number) => isWhole(n) || "Expected a whole number ≥ 0", {
    expected: "a whole number ≥ 0",
  }),
);

/** A whole number ≥ 0 (see {@link WholeNumber}). */
export type WholeNumber = typeof WholeNumber.Type;

/**
 * Schema of a whole number from `min` to `max` (inclusive).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { WholeNumberBetween } from "@zorgkit/core";
 *
 * Schema.is(WholeNumberBetween(1, 12))(12); // => true
 * Schema.is(WholeNumberBetween(1, 12))(13); // => false
 * ```
 */
export function WholeNumberBetween(min: number, max: number) {
  return Schema.Number.check(
    Schema.makeFilter(
      (n: number) => (isWhole(n) && n >= min && n <= max) || `Expected a whole number from ${min} to ${max}`,
      { expected: `a whole number from ${min} to ${max}` },
    ),
  );
}
