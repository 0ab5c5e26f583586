import fc from "fast-check";
import type { AgbCode, Bsn, UraNumber, UziNumber } from "../identifiers.js";

const digit = () => fc.integer({ min: 0, max: 9 });
const digits = (n: number) => fc.array(digit(), { minLength: n, maxLength: n }).map((ds) => ds.join(""));

/**
 * Valid {@link Bsn}s, constructed so that the 11-check holds: 8 random digits, then the check
 * digit solved from Σ_{i=1..8} (10 − i)·d_i ≡ d_9 (mod 11); prefixes whose check digit would be
 * 10 are skipped, and so is `000000000`.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { isValidBsn } from "@zorgkit/core";
 * import { arbBsn } from "@zorgkit/core/testing";
 *
 * fc.sample(arbBsn(), 50).every((b) => isValidBsn(b)); // => true
 * ```
 */
export function arbBsn(): fc.Arbitrary<Bsn> {
  return fc
    .array(digit(), { minLength: 8, maxLength: 8 })
    .map((ds) => {
      const check = ds.reduce((sum, d, i) => sum + (9 - i) * d, 0) % 11;
      return { ds, check };
    })
    .filter(({ ds, check }) => check !== 10 && !(check === 0 && ds.every((d) => d === 0)))
    .map(({ ds, check }) => `${ds.join("")}${check}` as Bsn);
}

/**
 * Strings that are almost a BSN but are not one (near-misses for negative tests): a valid BSN
 * with one digit changed or two different digits swapped (both always break the 11-check),
 * 8 or 10 digits, a letter in place of a digit, separators or spaces, and all zeros.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { isValidBsn } from "@zorgkit/core";
 * import { arbInvalidBsn } from "@zorgkit/core/testing";
 *
 * fc.sample(arbInvalidBsn(), 50).every((s) => !isValidBsn(s)); // => true
 * ```
 */
export function arbInvalidBsn(): fc.Arbitrary<string> {
  const oneDigitChanged = fc
    .tuple(arbBsn(), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }))
    .map(([b, i, delta]) => {
      const d = (Number(b[i]) + delta) % 10;
      return `${b.slice(0, i)}${d}${b.slice(i + 1)}`;
    });
  const twoDigitsSwapped = fc
    .tuple(arbBsn(), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }))
    .filter(([b, i, j]) => b[i] !== b[j])
    .map(([b, i, j]) => {
      const cs = [...b];
      [cs[i], cs[j]] = [cs[j] ?? "", cs[i] ?? ""];
      return cs.join("");
    });
  return fc.oneof(
    oneDigitChanged,
    twoDigitsSwapped,
    arbBsn().map((b) => b.slice(1)), // 8 digits
    fc.tuple(arbBsn(), digit()).map(([b, d]) => `${b}${d}`), // 10 digits
    fc
      .tuple(arbBsn(), fc.integer({ min: 0, max: 8 }), fc.constantFrom("O", "l", "a", "X", " ", "-"))
      .map(([b, i, c]) => `${b.slice(0, i)}${c}${b.slice(i + 1)}`),
    arbBsn().map((b) => `${b.slice(0, 4)}.${b.slice(4, 6)}.${b.slice(6)}`),
    arbBsn().map((b) => ` ${b}`),
    fc.constantFrom("000000000", "", "123456789", "12345678"),
  );
}

/**
 * Valid {@link AgbCode}s: 8 digits; the first two (the provider type) are drawn from common
 * zorgverlenersoort codes half of the time.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { agbProviderType } from "@zorgkit/core";
 * import { arbAgbCode } from "@zorgkit/core/testing";
 *
 * fc.sample(arbAgbCode(), 50).every((c) => agbProviderType(c).length === 2); // => true
 * ```
 */
export function arbAgbCode(): fc.Arbitrary<AgbCode> {
  return fc
    .tuple(fc.oneof(fc.constantFrom("01", "02", "03", "04", "05", "22", "30", "94"), digits(2)), digits(6))
    .map(([type, rest]) => `${type}${rest}` as AgbCode);
}

function wrongDigitCount(n: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.integer({ min: 0, max: n - 1 }).chain(digits),
    fc.integer({ min: n + 1, max: n + 3 }).chain(digits),
    fc
      .tuple(digits(n), fc.integer({ min: 0, max: n - 1 }), fc.constantFrom("A", "o", " ", "-", "."))
      .map(([s, i, c]) => `${s.slice(0, i)}${c}${s.slice(i + 1)}`),
    digits(n).map((s) => ` ${s}`),
    digits(n).map((s) => `${s}\n`),
  );
}

/**
 * Strings that are not {@link AgbCode}s: 0–7 or 9–11 digits, a letter or separator inside,
 * surrounding whitespace.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import fc from "fast-check";
 * import { AgbCode } from "@zorgkit/core";
 * import { arbInvalidAgbCode } from "@zorgkit/core/testing";
 *
 * fc.sample(arbInvalidAgbCode(), 50).every((s) => !Schema.is(AgbCode)(s)); // => true
 * ```
 */
export function arbInvalidAgbCode(): fc.Arbitrary<string> {
  return wrongDigitCount(8);
}

/**
 * Valid {@link UraNumber}s: 8 digits (zero-padded).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import fc from "fast-check";
 * import { UraNumber } from "@zorgkit/core";
 * import { arbUraNumber } from "@zorgkit/core/testing";
 *
 * fc.sample(arbUraNumber(), 50).every((u) => Schema.is(UraNumber)(u)); // => true
 * ```
 */
export function arbUraNumber(): fc.Arbitrary<UraNumber> {
  return digits(8).map((s) => s as UraNumber);
}

/**
 * Strings that are not {@link UraNumber}s (wrong digit count, letters, whitespace).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import fc from "fast-check";
 * import { UraNumber } from "@zorgkit/core";
 * import { arbInvalidUraNumber } from "@zorgkit/core/testing";
 *
 * fc.sample(arbInvalidUraNumber(), 50).every((s) => !Schema.is(UraNumber)(s)); // => true
 * ```
 */
export function arbInvalidUraNumber(): fc.Arbitrary<string> {
  return wrongDigitCount(8);
}

/**
 * Valid {@link UziNumber}s: 9 digits.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import fc from "fast-check";
 * import { UziNumber } from "@zorgkit/core";
 * import { arbUziNumber } from "@zorgkit/core/testing";
 *
 * fc.sample(arbUziNumber(), 50).every((u) => Schema.is(UziNumber)(u)); // => true
 * ```
 */
export function arbUziNumber(): fc.Arbitrary<UziNumber> {
  return digits(9).map((s) => s as UziNumber);
}

/**
 * Strings that are not {@link UziNumber}s (wrong digit count, letters, whitespace).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import fc from "fast-check";
 * import { UziNumber } from "@zorgkit/core";
 * import { arbInvalidUziNumber } from "@zorgkit/core/testing";
 *
 * fc.sample(arbInvalidUziNumber(), 50).every((s) => !Schema.is(UziNumber)(s)); // => true
 * ```
 */
export function arbInvalidUziNumber(): fc.Arbitrary<string> {
  return wrongDigitCount(9);
}
