/**
 * Dutch healthcare identifiers as branded strings: the citizen service number ({@link Bsn}),
 * the Vektis AGB code ({@link AgbCode}), and the UZI register's organisation (URA,
 * {@link UraNumber}) and card-holder ({@link UziNumber}) numbers.
 *
 * Identifiers are strings, never numbers: leading zeros are significant (`"012345672"`).
 * Every schema's error messages describe what was expected and never repeat the input, so a
 * BSN cannot leak through a decoding error; log a BSN only through {@link maskBsn}.
 *
 * @module
 */
import * as Schema from "effect/Schema";
import * as SchemaTransformation from "effect/SchemaTransformation";
import { ISSUE_CODE, isBoundedLength } from "./bounded.js";

// ---------------------------------------------------------------------------------------------
// BSN
// ---------------------------------------------------------------------------------------------

const BSN_EXPECTED = "a BSN (burgerservicenummer): a string of exactly 9 digits that passes the 11-check";

/**
 * The 11-check (elfproef) of a BSN: Σ_{i=1..8} (10 − i)·d_i − d_9 ≡ 0 (mod 11).
 * Expects a string of 9 digits.
 */
function passesElevenCheck(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

const ELEVEN_CHECK_FAILS = "The BSN fails the 11-check (elfproef)";

/**
 * Why a string is not a {@link Bsn}, or `undefined` when it is one. The reason never contains
 * the input.
 *
 * @example
 * ```ts
 * import { bsnProblem } from "@zorgkit/core";
 *
 * bsnProblem("123456789"); // => "The BSN fails the 11-check (elfproef)"
 * ```
 */
export function bsnProblem(s: string): string | undefined {
  if (!/^\d{9}$/.test(s)) return "Expected a BSN of exactly 9 digits (burgerservicenummer)";
  if (s === "000000000") return "A BSN cannot be all zeros";
  if (!passesElevenCheck(s)) return ELEVEN_CHECK_FAILS;
  return undefined;
}

/**
 * Schema of a citizen service number (burgerservicenummer): exactly 9 digits, passing the
 * 11-check Σ_{i=1..8} (10 − i)·d_i − d_9 ≡ 0 (mod 11), not all zeros. An 8-digit number is
 * rejected; decode with {@link BsnFromEightDigits} to accept it with a leading zero added.
 * Error messages never contain the input.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { Bsn } from "@zorgkit/core";
 *
 * // ok
 * Schema.decodeUnknownSync(Bsn)("111222333"); // => "111222333"
 * Schema.is(Bsn)("123456789"); // => false
 * ```
 */
export const Bsn = Schema.String.annotate({ message: `Expected ${BSN_EXPECTED}` })
  .check(
    isBoundedLength(32),
    Schema.makeFilter(
      (s: string) => {
        const problem = bsnProblem(s);
        return problem === undefined || problem === ELEVEN_CHECK_FAILS || problem;
      },
      { expected: BSN_EXPECTED },
      true,
    ),
    Schema.makeFilter((s: string) => bsnProblem(s) ?? true, {
      expected: BSN_EXPECTED,
      [ISSUE_CODE]: "bsn-checksum",
    }),
  )
  .pipe(Schema.brand("Bsn"));

/** A citizen service number (burgerservicenummer) that passed the 11-check. */
export type Bsn = typeof Bsn.Type;

/**
 * Opt-in lenient {@link Bsn} schema: an 8-digit string is left-padded with one zero
 * (`"12345672"` → `"012345672"`, as BSNs stored as numbers lose their leading zero); 9-digit
 * strings decode as with {@link Bsn}. Encodes to the 9-digit form.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { BsnFromEightDigits } from "@zorgkit/core";
 *
 * Schema.decodeUnknownSync(BsnFromEightDigits)("12345672"); // => "012345672"
 * ```
 */
export const BsnFromEightDigits = Schema.String.annotate({
  message: "Expected a BSN (burgerservicenummer): a string of 8 or 9 digits that passes the 11-check",
})
  .check(isBoundedLength(32))
  .pipe(
    Schema.decodeTo(
      Bsn,
      SchemaTransformation.transform({
        decode: (s: string) => (/^\d{8}$/.test(s) ? `0${s}` : s),
        encode: (s: string) => s,
      }),
    ),
  );

/**
 * Whether a value is a valid {@link Bsn} (9 digits, 11-check, not all zeros).
 *
 * @example
 * ```ts
 * import { isValidBsn } from "@zorgkit/core";
 *
 * isValidBsn("111222333"); // => true
 * isValidBsn("123456789"); // => false
 * ```
 */
export function isValidBsn(u: unknown): u is Bsn {
  return typeof u === "string" && bsnProblem(u) === undefined;
}

/**
 * Build a {@link Bsn} from a string you know is valid (test fixtures). Throws a `RangeError`
 * naming the problem — but not the value — otherwise; decode untrusted input with {@link Bsn}.
 *
 * @example
 * ```ts
 * import { bsn } from "@zorgkit/core";
 *
 * bsn("111222333"); // => "111222333"
 * ```
 */
export function bsn(s: string): Bsn {
  const problem = bsnProblem(s);
  if (problem !== undefined) throw new RangeError(`Not a BSN: ${problem}`);
  return s as Bsn;
}

/**
 * A BSN for display and logs: only the last 4 digits are shown (`"*****2333"`). The library
 * never puts an unmasked BSN in an error message, a log line or an explanation.
 *
 * @example
 * ```ts
 * import { bsn, maskBsn } from "@zorgkit/core";
 *
 * maskBsn(bsn("111222333")); // => "*****2333"
 * ```
 */
export function maskBsn(bsn: Bsn): string {
  const s: string = bsn;
  return `${"*".repeat(Math.max(0, s.length - 4))}${s.slice(-4)}`;
}

// ---------------------------------------------------------------------------------------------
// AGB code
// ---------------------------------------------------------------------------------------------

const AGB_EXPECTED = "an AGB code: a string of exactly 8 digits";

/**
 * Schema of an AGB code (Vektis AGB register): exactly 8 digits; the first two are the provider
 * type (zorgverlenersoort), see {@link agbProviderType}. No check digit is validated: the
 * register publishes none.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { AgbCode } from "@zorgkit/core";
 *
 * // ok
 * Schema.decodeUnknownSync(AgbCode)("01123456"); // => "01123456"
 * ```
 */
export const AgbCode = Schema.String.annotate({ message: `Expected ${AGB_EXPECTED}` })
  .check(
    isBoundedLength(32),
    Schema.makeFilter((s: string) => /^\d{8}$/.test(s) || "Expected an AGB code of exactly 8 digits", {
      expected: AGB_EXPECTED,
    }),
  )
  .pipe(Schema.brand("AgbCode"));

/** An AGB code: 8 digits identifying a provider organisation or an individual caregiver. */
export type AgbCode = typeof AgbCode.Type;

/**
 * Build an {@link AgbCode} from a string you know is valid; throws a `RangeError` otherwise.
 *
 * @example
 * ```ts
 * import { agbCode } from "@zorgkit/core";
 *
 * agbCode("01123456"); // => "01123456"
 * ```
 */
export function agbCode(s: string): AgbCode {
  if (!/^\d{8}$/.test(s)) throw new RangeError("Not an AGB code: expected exactly 8 digits");
  return s as AgbCode;
}

/**
 * The provider type (zorgverlenersoort) of an AGB code: its first two digits, as a string
 * (`"01"` = general practitioners in the Vektis code list).
 *
 * @example
 * ```ts
 * import { agbCode, agbProviderType } from "@zorgkit/core";
 *
 * agbProviderType(agbCode("01123456")); // => "01"
 * ```
 */
export function agbProviderType(code: AgbCode): string {
  return code.slice(0, 2);
}

// ---------------------------------------------------------------------------------------------
// UZI register: URA (organisation) and UZI number (card holder / service)
// ---------------------------------------------------------------------------------------------

const URA_EXPECTED = "a URA number (UZI register subscriber number): a string of exactly 8 digits";

/**
 * Schema of a URA number (UZI-register abonneenummer): the UZI register's number of a
 * subscribing organisation or self-employed caregiver, as used by Mitz to identify a custodian
 * or requester. Validated: exactly 8 digits. The register describes the number as "at most 8
 * digits"; systems exchange it zero-padded to 8, so pad shorter numbers before decoding.
 * No check digit is published, so none is checked.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { UraNumber } from "@zorgkit/core";
 *
 * // ok
 * Schema.decodeUnknownSync(UraNumber)("00012345"); // => "00012345"
 * ```
 */
export const UraNumber = Schema.String.annotate({ message: `Expected ${URA_EXPECTED}` })
  .check(
    isBoundedLength(32),
    Schema.makeFilter((s: string) => /^\d{8}$/.test(s) || "Expected a URA number of exactly 8 digits", {
      expected: URA_EXPECTED,
    }),
  )
  .pipe(Schema.brand("UraNumber"));

/** A URA number (UZI-register abonneenummer): 8 digits. */
export type UraNumber = typeof UraNumber.Type;

/**
 * Build a {@link UraNumber} from a string you know is valid; throws a `RangeError` otherwise.
 *
 * @example
 * ```ts
 * import { uraNumber } from "@zorgkit/core";
 *
 * uraNumber("00012345"); // => "00012345"
 * ```
 */
export function uraNumber(s: string): UraNumber {
  if (!/^\d{8}$/.test(s)) throw new RangeError("Not a URA number: expected exactly 8 digits");
  return s as UraNumber;
}

const UZI_EXPECTED =
  "a UZI number (UZI-nummer of a card holder or service certificate): a string of exactly 9 digits";

/**
 * Schema of a UZI number (UZI-nummer): the 9-digit number that identifies a card holder (the
 * acting professional) or a service certificate in the UZI register — not the 8-digit pass
 * number on the card (UZI-pasnummer). Validated: exactly 9 digits. No check digit is published,
 * so none is checked (in particular not the BSN 11-check).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { UziNumber } from "@zorgkit/core";
 *
 * // ok
 * Schema.decodeUnknownSync(UziNumber)("900012345"); // => "900012345"
 * ```
 */
export const UziNumber = Schema.String.annotate({ message: `Expected ${UZI_EXPECTED}` })
  .check(
    isBoundedLength(32),
    Schema.makeFilter((s: string) => /^\d{9}$/.test(s) || "Expected a UZI number of exactly 9 digits", {
      expected: UZI_EXPECTED,
    }),
  )
  .pipe(Schema.brand("UziNumber"));

/** A UZI number (UZI-nummer): 9 digits identifying a card holder or a service certificate. */
export type UziNumber = typeof UziNumber.Type;

/**
 * Build a {@link UziNumber} from a string you know is valid; throws a `RangeError` otherwise.
 *
 * @example
 * ```ts
 * import { uziNumber } from "@zorgkit/core";
 *
 * uziNumber("900012345"); // => "900012345"
 * ```
 */
export function uziNumber(s: string): UziNumber {
  if (!/^\d{9}$/.test(s)) throw new RangeError("Not a UZI number: expected exactly 9 digits");
  return s as UziNumber;
}
