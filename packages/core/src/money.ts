/**
 * Exact euros. An amount is a {@link Money}: a whole number of euro cents, branded once checked,
 * held in a JavaScript safe integer (±90 trillion euros — see docs/adr/0004-money.md).
 *
 * There is no floating-point arithmetic on amounts in this module: sums are checked with
 * `Number.isSafeInteger`, and products with fractions (percentages, shares, tariffs) are computed
 * in `BigInt` and rounded once, with an explicit {@link RoundingMode}.
 *
 * Wire format: a decimal string with at most two decimals and an optional leading `-`
 * (`"1000.00"`, `"-12.5"`, `"0.05"`), the integer part written without superfluous leading zeros
 * as in JSON numbers. Strings, not JSON numbers, so no amount ever passes through a float.
 *
 * @module
 */
import * as Schema from "effect/Schema";
import * as SchemaTransformation from "effect/SchemaTransformation";
import { isBoundedLength } from "./bounded.js";

const MAX_CENTS = BigInt(Number.MAX_SAFE_INTEGER);
/**
 * The longest amount string accepted, on the wire or written the Dutch way (checked before any
 * pattern or parse): the largest amount, −90 071 992 547 409,91, takes 18 characters plainly and
 * 24 with `€ ` and thousands separators.
 */
const MAX_AMOUNT_CHARS = 32;
const WIRE_PATTERN = /^-?(0|[1-9]\d*)(\.\d{1,2})?$/;
const EXPECTED_WIRE =
  'an amount in euros as a decimal string with at most two decimals, e.g. "1000.00" or "-12.5"';

/**
 * Schema of an amount already in cents: a safe integer, branded `Money`. Use it where amounts
 * are stored as integer cents (a database column); decode wire input with {@link Money}.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { MoneyCents } from "@zorgkit/core";
 *
 * Schema.is(MoneyCents)(1250); // => true
 * Schema.is(MoneyCents)(12.5); // => false
 * ```
 */
export const MoneyCents = Schema.Number.check(
  Schema.makeFilter(
    (n: number) => Number.isSafeInteger(n) || "expected a whole number of cents (a safe integer)",
    {
      expected: "a whole number of cents (a safe integer)",
    },
  ),
).pipe(Schema.brand("Money"));

/** An amount of euros as a whole number of cents (a safe integer). Build with {@link euros} or {@link cents}. */
export type Money = typeof MoneyCents.Type;

/**
 * Why a string is not an amount in the wire format, or `undefined` when it is one. The reason
 * never contains the input.
 *
 * @example
 * ```ts
 * import { moneyStringProblem } from "@zorgkit/core";
 *
 * moneyStringProblem("12.50"); // => undefined
 * moneyStringProblem("12,50"); // => "Expected an amount in euros as a decimal string with at most two decimals, e.g. \"1000.00\" or \"-12.5\""
 * ```
 */
export function moneyStringProblem(s: string): string | undefined {
  if (s.length > MAX_AMOUNT_CHARS) return "The amount is too long (more than ±90 trillion euros)";
  if (!WIRE_PATTERN.test(s)) return `Expected ${EXPECTED_WIRE}`;
  if (parseCents(s) === undefined) return "The amount is too large (more than ±90 trillion euros)";
  return undefined;
}

/** Cents of a string that matches the wire pattern, or `undefined` when out of the safe range. */
function parseCents(s: string): number | undefined {
  const negative = s.startsWith("-");
  const body = negative ? s.slice(1) : s;
  const [whole = "0", fraction = ""] = body.split(".");
  if (whole.length > 16) return undefined; // beyond ±90 trillion euros: skip the BigInt
  const abs = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
  if (abs > MAX_CENTS) return undefined;
  const n = Number(abs);
  return negative && n !== 0 ? -n : n;
}

/**
 * Schema of an amount on the wire: decodes `"1000.00"`, `"-12.5"`, `"0.05"` to {@link Money}
 * (cents) and encodes back to a string with exactly two decimals (`"1000.00"`). Rejects
 * `"1,00"`, `"1.005"`, `""`, `"1e3"`, `" 1"`, `"01.00"` and numbers, with a readable message
 * that never repeats the input.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { cents, Money } from "@zorgkit/core";
 *
 * Schema.decodeUnknownSync(Money)("12.5"); // => 1250
 * Schema.encodeSync(Money)(cents(1250)); // => "12.50"
 * ```
 */
export const Money = Schema.String.annotate({ message: `Expected ${EXPECTED_WIRE}` })
  .check(
    isBoundedLength(MAX_AMOUNT_CHARS),
    Schema.makeFilter((s: string) => moneyStringProblem(s) ?? true, {
      expected: EXPECTED_WIRE,
    }),
  )
  .pipe(
    Schema.decodeTo(
      MoneyCents,
      SchemaTransformation.transform({
        decode: (s: string): number => parseCents(s) ?? Number.NaN,
        encode: (n: number): string => toDecimalString(n as Money),
      }),
    ),
  );

function checked(n: number, what: string): Money {
  if (!Number.isSafeInteger(n))
    throw new RangeError(`${what}: the result is outside the safe range of ±90 trillion euros`);
  return (n === 0 ? 0 : n) as Money; // no negative zero
}

/**
 * Build an amount from a decimal string you know is valid (literals in code, tests). Throws a
 * `RangeError` naming the problem otherwise; decode untrusted input with the {@link Money} schema.
 *
 * @example
 * ```ts
 * import { euros } from "@zorgkit/core";
 *
 * euros("12.50"); // => 1250
 * euros("-0.05"); // => -5
 * ```
 */
export function euros(s: string): Money {
  const problem = moneyStringProblem(s);
  if (problem !== undefined) throw new RangeError(`Not an amount "${s}": ${problem}`);
  return checked(parseCents(s) ?? Number.NaN, "euros");
}

/**
 * Build an amount from a whole number of cents. Throws a `RangeError` for fractions, `NaN` and
 * numbers outside the safe-integer range.
 *
 * @example
 * ```ts
 * import { cents, formatEuro } from "@zorgkit/core";
 *
 * formatEuro(cents(1250)); // => "€ 12,50"
 * ```
 */
export function cents(n: number): Money {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a whole number of cents: ${n}`);
  return checked(n, "cents");
}

/** The amount € 0,00. */
export const zeroMoney: Money = 0 as Money;

function digitsOf(m: Money): { sign: "" | "-"; whole: string; fraction: string } {
  const digits = `${m < 0 ? -m : m}`.padStart(3, "0"); // string slicing: no float division
  return { sign: m < 0 ? "-" : "", whole: digits.slice(0, -2), fraction: digits.slice(-2) };
}

/**
 * The wire format of an amount: a plain decimal string with exactly two decimals and no
 * thousands separators. The inverse of decoding with {@link Money}.
 *
 * @example
 * ```ts
 * import { cents, euros, toDecimalString } from "@zorgkit/core";
 *
 * toDecimalString(euros("1000")); // => "1000.00"
 * toDecimalString(cents(-5)); // => "-0.05"
 * ```
 */
export function toDecimalString(m: Money): string {
  const { sign, whole, fraction } = digitsOf(m);
  return `${sign}${whole}.${fraction}`;
}

/**
 * Format an amount the Dutch way: `€`, a space, thousands separated by `.`, decimals after `,`.
 * A negative amount puts the minus sign after the euro sign (`€ -1.000,00`), as Dutch number
 * formatting (and `Intl.NumberFormat("nl-NL")`) does; the space is a plain space, not U+00A0.
 *
 * @example
 * ```ts
 * import { euros, formatEuro } from "@zorgkit/core";
 *
 * formatEuro(euros("1000")); // => "€ 1.000,00"
 * formatEuro(euros("-1234567.8")); // => "€ -1.234.567,80"
 * ```
 */
export function formatEuro(m: Money): string {
  const { sign, whole, fraction } = digitsOf(m);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `€ ${sign}${grouped},${fraction}`;
}

const DUTCH_PATTERN =
  /^(-?)(?:€[ \u00a0\u202f]?)?(-?)(0|[1-9]\d*|[1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d{1,2}|-))?$/;
const EXPECTED_DUTCH = 'an amount in euros written the Dutch way, e.g. "€ 1.000,00", "€ -12,50" or "12,5"';

/** The wire string of a Dutch-written amount, or `undefined` when it is not one. */
function dutchToWire(s: string): string | undefined {
  const m = DUTCH_PATTERN.exec(s);
  if (m === null) return undefined;
  const [, signBefore = "", signAfter = "", whole = "", fraction] = m;
  if (signBefore !== "" && signAfter !== "") return undefined;
  const sign = signBefore === "" ? signAfter : signBefore;
  const decimals = fraction === undefined || fraction === "-" ? "" : `.${fraction}`;
  return `${sign}${whole.replaceAll(".", "")}${decimals}`;
}

/**
 * Why a string is not an amount written the Dutch way, or `undefined` when it is one. The reason
 * never contains the input.
 *
 * @example
 * ```ts
 * import { dutchMoneyProblem } from "@zorgkit/core";
 *
 * dutchMoneyProblem("€ 1.000,00"); // => undefined
 * dutchMoneyProblem("€ 1,000.00"); // => "Expected an amount in euros written the Dutch way, e.g. \"€ 1.000,00\", \"€ -12,50\" or \"12,5\""
 * ```
 */
export function dutchMoneyProblem(s: string): string | undefined {
  if (s.length > MAX_AMOUNT_CHARS) return "The amount is too long (more than ±90 trillion euros)";
  const wire = dutchToWire(s);
  return wire === undefined ? `Expected ${EXPECTED_DUTCH}` : moneyStringProblem(wire);
}

/**
 * Schema of an amount written the Dutch way, as people type and documents print it: an optional
 * `€` (with or without a space, also a no-break space), an optional minus sign before or after it,
 * thousands grouped with `.` (or not grouped), and up to two decimals after `,` (`,-` for whole
 * euros). Decodes to {@link Money} (cents) and encodes with {@link formatEuro}. Rejects English
 * separators (`"€ 1,000.00"`), a `.` that does not group thousands (`"€ 1.00"`) and three decimals,
 * with a readable message that never repeats the input.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { euros, MoneyNl } from "@zorgkit/core";
 *
 * Schema.decodeUnknownSync(MoneyNl)("€ 1.000,00"); // => 100000
 * Schema.decodeUnknownSync(MoneyNl)("€ 10,-"); // => 1000
 * Schema.encodeSync(MoneyNl)(euros("-1234.5")); // => "€ -1.234,50"
 * ```
 */
export const MoneyNl = Schema.String.annotate({ message: `Expected ${EXPECTED_DUTCH}` })
  .check(
    isBoundedLength(MAX_AMOUNT_CHARS),
    Schema.makeFilter((s: string) => dutchMoneyProblem(s) ?? true, {
      expected: EXPECTED_DUTCH,
    }),
  )
  .pipe(
    Schema.decodeTo(
      MoneyCents,
      SchemaTransformation.transform({
        decode: (s: string): number => parseCents(dutchToWire(s) ?? "") ?? Number.NaN,
        encode: (n: number): string => formatEuro(n as Money),
      }),
    ),
  );

/**
 * `a + b`. Throws a `RangeError` if the sum leaves the safe range (±90 trillion euros).
 *
 * @example
 * ```ts
 * import { addMoney, euros, formatEuro } from "@zorgkit/core";
 *
 * formatEuro(addMoney(euros("12.50"), euros("0.75"))); // => "€ 13,25"
 * ```
 */
export function addMoney(a: Money, b: Money): Money {
  return checked(a + b, "addMoney");
}

/**
 * `a − b`. Throws a `RangeError` if the difference leaves the safe range.
 *
 * @example
 * ```ts
 * import { euros, formatEuro, subtractMoney } from "@zorgkit/core";
 *
 * formatEuro(subtractMoney(euros("10"), euros("12.50"))); // => "€ -2,50"
 * ```
 */
export function subtractMoney(a: Money, b: Money): Money {
  return checked(a - b, "subtractMoney");
}

/**
 * `−m`.
 *
 * @example
 * ```ts
 * import { euros, formatEuro, negateMoney } from "@zorgkit/core";
 *
 * formatEuro(negateMoney(euros("5"))); // => "€ -5,00"
 * ```
 */
export function negateMoney(m: Money): Money {
  return checked(-m, "negateMoney");
}

/**
 * Compare two amounts: `-1` when `a < b`, `0` when equal, `1` when `a > b` (usable as an
 * `Array.prototype.sort` comparator).
 *
 * @example
 * ```ts
 * import { compareMoney, euros } from "@zorgkit/core";
 *
 * compareMoney(euros("1"), euros("2")); // => -1
 * ```
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The larger of two amounts — e.g. "5 % of the total owed, at least € 1.000" (MDO-BV art. 6.11).
 *
 * @example
 * ```ts
 * import { euros, formatEuro, maxMoney, percentageOf } from "@zorgkit/core";
 *
 * // 5 % of € 12.000 owed, at least € 1.000
 * formatEuro(maxMoney(percentageOf(euros("12000"), "5"), euros("1000"))); // => "€ 1.000,00"
 * ```
 */
export function maxMoney(a: Money, b: Money): Money {
  return a >= b ? a : b;
}

/**
 * The smaller of two amounts.
 *
 * @example
 * ```ts
 * import { euros, formatEuro, minMoney } from "@zorgkit/core";
 *
 * formatEuro(minMoney(euros("3"), euros("2"))); // => "€ 2,00"
 * ```
 */
export function minMoney(a: Money, b: Money): Money {
  return a <= b ? a : b;
}

/**
 * The sum of a list of amounts (€ 0,00 for an empty list). Throws a `RangeError` if a partial
 * sum leaves the safe range.
 *
 * @example
 * ```ts
 * import { euros, formatEuro, sumMoney } from "@zorgkit/core";
 *
 * formatEuro(sumMoney([euros("33.34"), euros("33.33"), euros("33.33")])); // => "€ 100,00"
 * ```
 */
export function sumMoney(list: Iterable<Money>): Money {
  let total = 0;
  for (const m of list) total = checked(total + m, "sumMoney");
  return total as Money;
}

const ROUNDING_MODES = ["half-up", "half-even", "down", "up", "floor", "ceiling"] as const;

/**
 * How a fraction of a cent is rounded to whole cents.
 * - `"half-up"`: to the nearest cent; exactly half a cent goes **away from zero**
 *   (0.5 → 1, −0.5 → −1). Commercial rounding, Java's `HALF_UP`. The default.
 * - `"half-even"`: to the nearest cent; exactly half a cent goes to the even cent
 *   (banker's rounding: 0.5 → 0, 1.5 → 2, −2.5 → −2).
 * - `"down"`: toward zero (truncate). `"up"`: away from zero.
 * - `"floor"`: toward −∞. `"ceiling"`: toward +∞.
 */
export const RoundingMode = Schema.Literals(ROUNDING_MODES);

/** See the {@link RoundingMode} schema. */
export type RoundingMode = typeof RoundingMode.Type;

/** The rounding modes, for iteration in tests and UIs (the one list the schema is made of). */
export const roundingModes: ReadonlyArray<RoundingMode> = ROUNDING_MODES;

/** A fraction `numerator / denominator` of whole numbers (numbers must be safe integers). */
export interface Rational {
  readonly numerator: number | bigint;
  readonly denominator: number | bigint;
}

function toBigInt(n: number | bigint, what: string): bigint {
  if (typeof n === "bigint") return n;
  if (!Number.isSafeInteger(n))
    throw new RangeError(`${what} must be a whole number (a safe integer), got ${n}`);
  return BigInt(n);
}

/**
 * `p / q` rounded to an integer with `mode`, exactly, for any bigints; throws a `RangeError` when
 * `q` is zero. The building block of {@link multiplyMoney}, for callers that combine several
 * fractions before rounding once.
 *
 * @example
 * ```ts
 * import { divideRounded } from "@zorgkit/core";
 *
 * String(divideRounded(5n, 2n, "half-up")); // => "3"
 * String(divideRounded(-5n, 2n, "half-even")); // => "-2"
 * ```
 */
export function divideRounded(p: bigint, q: bigint, mode: RoundingMode): bigint {
  if (q === 0n) throw new RangeError("division by zero");
  if (q < 0n) {
    p = -p;
    q = -q;
  }
  const trunc = p / q; // toward zero
  const rem = p % q; // same sign as p
  if (rem === 0n) return trunc;
  const away = p < 0n ? trunc - 1n : trunc + 1n;
  const twice = (rem < 0n ? -rem : rem) * 2n;
  switch (mode) {
    case "down":
      return trunc;
    case "up":
      return away;
    case "floor":
      return p < 0n ? away : trunc;
    case "ceiling":
      return p > 0n ? away : trunc;
    case "half-up":
      return twice >= q ? away : trunc;
    case "half-even":
      if (twice > q) return away;
      if (twice < q) return trunc;
      return trunc % 2n === 0n ? trunc : away;
  }
}

function fromBigInt(n: bigint, what: string): Money {
  if (n > MAX_CENTS || n < -MAX_CENTS) {
    throw new RangeError(`${what}: the result is outside the safe range of ±90 trillion euros`);
  }
  return checked(Number(n), what);
}

/**
 * `m × numerator / denominator`, rounded once to whole cents with `rounding` (default
 * `"half-up"`: half a cent away from zero). Computed exactly in `BigInt`. Throws a `RangeError`
 * for a zero denominator, non-integer numbers, or a result outside the safe range.
 *
 * @example
 * ```ts
 * import { euros, formatEuro, multiplyMoney } from "@zorgkit/core";
 *
 * formatEuro(multiplyMoney(euros("10.00"), 1, 3)); // => "€ 3,33"
 * // half-up
 * formatEuro(multiplyMoney(euros("0.05"), 1, 2)); // => "€ 0,03"
 * formatEuro(multiplyMoney(euros("0.05"), 1, 2, "half-even")); // => "€ 0,02"
 * ```
 */
export function multiplyMoney(
  m: Money,
  numerator: number | bigint,
  denominator: number | bigint = 1,
  rounding: RoundingMode = "half-up",
): Money {
  const num = toBigInt(numerator, "numerator");
  const den = toBigInt(denominator, "denominator");
  if (den === 0n) throw new RangeError("multiplyMoney: the denominator is zero");
  return fromBigInt(divideRounded(BigInt(m) * num, den, rounding), "multiplyMoney");
}

const PERCENT_PATTERN = /^-?\d+(\.\d+)?$/;

/**
 * A percentage as an exact fraction: `"8"` → 8/100, `"2.5"` → 25/1000.
 * Throws a `RangeError` for anything but a plain decimal string.
 *
 * @example
 * ```ts
 * import { parsePercentage } from "@zorgkit/core";
 *
 * const p = parsePercentage("2.5");
 * [String(p.numerator), String(p.denominator)]; // => ["25", "1000"]
 * ```
 */
export function parsePercentage(percent: string): { numerator: bigint; denominator: bigint } {
  if (!PERCENT_PATTERN.test(percent)) {
    throw new RangeError(`Not a percentage "${percent}": expected a decimal string such as "8" or "2.5"`);
  }
  const negative = percent.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? percent.slice(1) : percent).split(".");
  const numerator = BigInt(whole + fraction) * (negative ? -1n : 1n);
  return { numerator, denominator: 100n * 10n ** BigInt(fraction.length) };
}

/**
 * `percent` % of `m`, rounded once to whole cents (default `"half-up"`). The percentage is a
 * decimal string (`"5"`, `"2.5"`) or an exact fraction of a percent (`{ numerator: 1,
 * denominator: 3 }` = ⅓ %). Throws a `RangeError` for a malformed percentage or an overflow.
 *
 * @example
 * ```ts
 * import { euros, formatEuro, maxMoney, percentageOf } from "@zorgkit/core";
 *
 * // Extrajudicial collection costs: 5 % of the total owed, at least € 1.000 (MDO-BV art. 6.11)
 * formatEuro(maxMoney(percentageOf(euros("30000"), "5"), euros("1000"))); // => "€ 1.500,00"
 * formatEuro(percentageOf(euros("0.10"), "2.5")); // => "€ 0,00"
 * ```
 */
export function percentageOf(
  m: Money,
  percent: string | Rational,
  rounding: RoundingMode = "half-up",
): Money {
  const { numerator, denominator } =
    typeof percent === "string"
      ? parsePercentage(percent)
      : {
          numerator: toBigInt(percent.numerator, "numerator"),
          denominator: toBigInt(percent.denominator, "denominator") * 100n,
        };
  if (denominator === 0n) throw new RangeError("percentageOf: the denominator is zero");
  return fromBigInt(divideRounded(BigInt(m) * numerator, denominator, rounding), "percentageOf");
}

/**
 * Split `total` over `weights` with the largest-remainder (Hamilton) method, so that the parts
 * add up to `total` exactly:
 * 1. each part gets the whole cents of its exact share `|total| × w / Σw`, rounded toward zero;
 * 2. the cents left over go one each to the parts with the largest remainders, ties to the
 *    lower index.
 *
 * Each part is within one cent of its exact share, and a zero weight always gets € 0,00. A
 * negative total is split like its absolute value and every part negated (symmetric).
 * Weights are non-negative safe integers or bigints (use cents, counts, or scaled ratios).
 * Throws a `RangeError` for no weights, a negative or fractional weight, or weights that are all
 * zero (there is no proportional split; the caller decides what an even split would mean).
 *
 * @example
 * ```ts
 * import { allocate, euros, formatEuro } from "@zorgkit/core";
 *
 * allocate(euros("100"), [1, 1, 1]).map(formatEuro); // => ["€ 33,34","€ 33,33","€ 33,33"]
 * allocate(euros("-0.05"), [1, 1]).map(formatEuro); // => ["€ -0,03","€ -0,02"]
 * ```
 */
export function allocate(total: Money, weights: ReadonlyArray<number | bigint>): Array<Money> {
  if (weights.length === 0) throw new RangeError("allocate: no weights given");
  const ws = weights.map((w, i) => {
    const b = toBigInt(w, `allocate: weight ${i}`);
    if (b < 0n) throw new RangeError(`allocate: weight ${i} is negative`);
    return b;
  });
  const sum = ws.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new RangeError("allocate: all weights are zero, so there is no proportional split");
  const negative = total < 0;
  const abs = BigInt(negative ? -total : total);
  const floors = ws.map((w) => (abs * w) / sum);
  const remainders = ws.map((w) => (abs * w) % sum);
  let leftover = abs - floors.reduce((a, b) => a + b, 0n);
  const order = ws
    .map((_, i) => i)
    .sort((i, j) => {
      const ri = remainders[i] ?? 0n;
      const rj = remainders[j] ?? 0n;
      return ri > rj ? -1 : ri < rj ? 1 : i - j;
    });
  for (const i of order) {
    if (leftover === 0n) break;
    floors[i] = (floors[i] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return floors.map((f) => checked(Number(negative ? -f : f), "allocate"));
}
