/**
 * Exact fractions for percentages and norms: comparisons in integers, rounding only for display.
 *
 * @module
 */
import type { SlaRatio as Ratio } from "./sla.js";

/**
 * `a ≥ b` for two fractions with positive denominators, exactly.
 *
 * @internal until core's `ratioAtLeast` replaces it
 */
export function ratioAtLeast(a: Ratio, b: Ratio): boolean {
  return BigInt(a.numerator) * BigInt(b.denominator) >= BigInt(b.numerator) * BigInt(a.denominator);
}

/**
 * A fraction as a percentage string with `decimals` decimals, truncated toward zero (never
 * rounded up, so a display never shows a missed target as met): 42471/42600 → `"99.697"`.
 *
 * @example
 * ```ts
 * import { formatPercent } from "@zorgkit/sla-calculator";
 *
 * console.log(formatPercent({ numerator: 42471, denominator: 42600 }, 3)); // => 99.697
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
 *
 * @internal
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
 * A fraction as a JavaScript number in percent (for charts; use the ratio for decisions).
 *
 * @internal
 */
export function percentNumber(r: Ratio): number {
  return r.denominator === 0 ? 100 : (r.numerator * 100) / r.denominator;
}
