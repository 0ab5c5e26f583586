import fc from "fast-check";
import { type Money, toDecimalString } from "../money.js";

/**
 * Amounts ({@link Money}) between `min` and `max` inclusive (default € -1.000.000.000,00 to
 * € 1.000.000.000,00), biased by fast-check towards small amounts and the bounds.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { cents } from "@zorgkit/core";
 * import { arbMoney } from "@zorgkit/core/testing";
 *
 * fc.sample(arbMoney({ min: cents(0) }), 50).every((m) => m >= 0); // => true
 * ```
 */
export function arbMoney(options: { readonly min?: Money; readonly max?: Money } = {}): fc.Arbitrary<Money> {
  const min = options.min ?? -100_000_000_000;
  const max = options.max ?? 100_000_000_000;
  return fc.integer({ min, max }).map((n) => (n === 0 ? 0 : n) as Money);
}

/**
 * Valid wire-format amounts: `"12"`, `"12.5"`, `"12.50"`, `"-0.05"`, `"-0.00"` — every way the
 * format allows to write an amount, not only the canonical two-decimal form.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { decode, Money } from "@zorgkit/core";
 * import { arbMoneyString } from "@zorgkit/core/testing";
 *
 * fc.sample(arbMoneyString(), 50).every((s) => decode(Money)(s).ok); // => true
 * ```
 */
export function arbMoneyString(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.tuple(arbMoney(), fc.constantFrom(0, 1, 2)).map(([m, drop]) => {
      let s = toDecimalString(m);
      for (let i = 0; i < drop && s.endsWith("0"); i++) s = s.slice(0, -1);
      return s.endsWith(".") ? s.slice(0, -1) : s;
    }),
    fc.constantFrom(
      "0",
      "0.00",
      "-0.00",
      "-0",
      "0.05",
      "1000.00",
      "-12.5",
      "90071992547409.91",
      "-90071992547409.91",
    ),
  );
}

/**
 * Strings that look like amounts but are not in the wire format: decimal commas, three
 * decimals, exponents, signs and whitespace, thousands separators, leading zeros, a euro sign,
 * and amounts beyond ±90 trillion euros.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { decode, Money } from "@zorgkit/core";
 * import { arbInvalidMoneyString } from "@zorgkit/core/testing";
 *
 * fc.sample(arbInvalidMoneyString(), 50).every((s) => !decode(Money)(s).ok); // => true
 * ```
 */
export function arbInvalidMoneyString(): fc.Arbitrary<string> {
  const valid = arbMoney().map(toDecimalString);
  return fc.oneof(
    fc.constantFrom(
      "1,00",
      "1.005",
      "",
      "1e3",
      " 1",
      "1 ",
      "01.00",
      "+1.00",
      "1.",
      ".5",
      "-",
      "--1",
      "€ 1,00",
      "1.000,00",
      "NaN",
      "Infinity",
      "0x10",
      "1_000",
      "90071992547409.92",
      "-99999999999999999999.00",
    ),
    valid.map((s) => s.replace(".", ",")),
    fc.tuple(valid, fc.integer({ min: 0, max: 9 })).map(([s, d]) => `${s}${d}`), // three decimals
    valid.map((s) => ` ${s}`),
    valid.map((s) => `€ ${s}`),
    fc.integer({ min: 1, max: 999 }).map((n) => `${n}e2`),
  );
}
