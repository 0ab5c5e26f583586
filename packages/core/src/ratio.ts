/**
 * Exact fractions for percentages and norms ("90 %", "99,7 %"): comparisons in integers,
 * rounding only for display.
 *
 * @module
 */
import * as Schema from "effect/Schema";
import { WholeNumber } from "./bounded.js";

/**
 * Schema of a ratio `numerator / denominator` of whole numbers with a positive denominator:
 * 90 % is `{ numerator: 90, denominator: 100 }`, 99,7 % is `{ numerator: 997, denominator: 1000 }`.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { Ratio } from "@zorgkit/core";
 *
 * Schema.is(Ratio)({ numerator: 997, denominator: 1000 }); // => true
 * Schema.is(Ratio)({ numerator: 1, denominator: 0 }); // => false
 * ```
 */
export const Ratio = Schema.Struct({
  numerator: WholeNumber,
  denominator: WholeNumber.check(
    Schema.makeFilter((n: number) => n > 0 || "Expected a denominator greater than 0", {
      expected: "a whole number greater than 0",
    }),
  ),
});

/**
 * A fraction of whole numbers. Decoded ratios have a positive denominator; a measured share
 * may have denominator 0 (nothing measured), which the formatting functions show as `"n/a"`.
 */
export type Ratio = typeof Ratio.Type;

/**
 * Build a {@link Ratio} from literals; throws `TypeError` unless both are whole numbers and the
 * denominator is positive.
 *
 * @example
 * ```ts
 * import { ratio } from "@zorgkit/core";
 *
 * ratio(90, 100); // => { "numerator": 90, "denominator": 100 }
 * ```
 */
export function ratio(numerator: number, denominator: number): Ratio {
  if (
    !(
      Number.isSafeInteger(numerator) &&
      numerator >= 0 &&
      Number.isSafeInteger(denominator) &&
      denominator > 0
    )
  ) {
    throw new TypeError(
      `Not a ratio of whole numbers with a positive denominator: ${numerator}/${denominator}`,
    );
  }
  return { numerator, denominator };
}

/**
 * `a ≥ b`, exactly (compared as `a.numerator × b.denominator ≥ b.numerator × a.denominator` in
 * BigInt). For ratios with positive denominators.
 *
 * @example
 * ```ts
 * import { ratioAtLeast } from "@zorgkit/core";
 *
 * ratioAtLeast({ numerator: 9, denominator: 10 }, { numerator: 90, denominator: 100 }); // => true
 * ratioAtLeast({ numerator: 899, denominator: 1000 }, { numerator: 90, denominator: 100 }); // => false
 * ```
 */
export function ratioAtLeast(a: Ratio, b: Ratio): boolean {
  return BigInt(a.numerator) * BigInt(b.denominator) >= BigInt(b.numerator) * BigInt(a.denominator);
}

/**
 * A fraction as a percentage string with `decimals` decimals, truncated toward zero (never
 * rounded up, so a display never shows a missed target as met): 42471/42600 → `"99.697"`.
 * Denominator 0 gives `"n/a"`.
 *
 * @example
 * ```ts
 * import { formatPercent } from "@zorgkit/core";
 *
 * formatPercent({ numerator: 42471, denominator: 42600 }, 3); // => "99.697"
 * formatPercent({ numerator: 0, denominator: 0 }); // => "n/a"
 * ```
 */
export function formatPercent(r: Ratio, decimals = 3): string {
  if (r.denominator === 0) return "n/a";
  const scale = 10n ** BigInt(decimals);
  const scaled = (BigInt(r.numerator) * 100n * scale) / BigInt(r.denominator);
  const whole = scaled / scale;
  const frac = scaled % scale;
  return decimals === 0 ? `${whole}` : `${whole}.${`${frac}`.padStart(decimals, "0")}`;
}

/**
 * A target or norm as a percentage string, exactly as stated: as few decimals as it needs (up to
 * 6; beyond that truncated to 6). 997/1000 → `"99.7"`, 9995/10000 → `"99.95"`, 90/100 → `"90"`.
 * Use it to show what a contract promises; use {@link formatPercent} for measured shares.
 *
 * @example
 * ```ts
 * import { formatStatedPercent } from "@zorgkit/core";
 *
 * formatStatedPercent({ numerator: 9995, denominator: 10000 }); // => "99.95"
 * formatStatedPercent({ numerator: 90, denominator: 100 }); // => "90"
 * ```
 */
export function formatStatedPercent(r: Ratio): string {
  if (r.denominator === 0) return "n/a";
  for (let decimals = 0; decimals < 6; decimals++) {
    if ((BigInt(r.numerator) * 100n * 10n ** BigInt(decimals)) % BigInt(r.denominator) === 0n) {
      return formatPercent(r, decimals);
    }
  }
  return formatPercent(r, 6);
}

/**
 * A fraction as a JavaScript number in percent, for charts (decide with {@link ratioAtLeast});
 * denominator 0 gives 100.
 *
 * @example
 * ```ts
 * import { percentNumber } from "@zorgkit/core";
 *
 * percentNumber({ numerator: 997, denominator: 1000 }); // => 99.7
 * ```
 */
export function percentNumber(r: Ratio): number {
  return r.denominator === 0 ? 100 : (r.numerator * 100) / r.denominator;
}
