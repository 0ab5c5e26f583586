// The statutory scale (BIK art. 2) at its exact bracket boundaries, and against an independent
// piecewise reference: 15 % of the first € 2 500, 10 % of the next € 2 500, 5 % of the next € 5 000,
// 1 % of the next € 190 000, 0.5 % above; at least € 40, at most € 6 775; half-up to the cent.
import { cents, euros } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { collectionCosts, statutoryCollectionCosts } from "../src/index.js";

/** Independent reference: per-mille of a cent (× 1000), then half-up, then min/max. */
function bik(owedCents: bigint): bigint {
  const slices: Array<[bigint, bigint]> = [
    [250_000n, 150n],
    [250_000n, 100n],
    [500_000n, 50n],
    [19_000_000n, 10n],
  ];
  let left = owedCents;
  let scaled = 0n; // in 1/1000 cent
  for (const [size, perMille] of slices) {
    // biome-ignore lint/complexity/useMathMinMax: bigint operands (Math.min takes numbers)
    const part = left < size ? left : size;
    scaled += part * perMille;
    left -= part;
  }
  scaled += left * 5n;
  let c = scaled / 1000n + ((scaled % 1000n) * 2n >= 1000n ? 1n : 0n);
  if (c < 4000n) c = 4000n;
  if (c > 677_500n) c = 677_500n;
  return c;
}

describe("BIK art. 2: the scale at its bracket boundaries", () => {
  test.each([
    ["266.63", 4000], // 39.9945 → 39.99, below the minimum
    ["266.67", 4000], // 40.0005 → 40.00
    ["266.70", 4001], // 40.005 → 40.01 (half-up)
    ["2500.00", 37_500],
    ["2500.01", 37_500], // 375 + 0.001
    ["2500.05", 37_501], // 375 + 0.005 → half-up
    ["5000.00", 62_500],
    ["5000.10", 62_501], // 625 + 0.005 (5 %) → 625.01
    ["10000.00", 87_500],
    ["10000.50", 87_501], // 875 + 0.005 (1 %) → 875.01
    ["200000.00", 277_500],
    ["200001.00", 277_501], // 2 775 + 0.005 (0.5 %) → 2 775.01
    ["999999.99", 677_500], // 2 775 + 3 999.99995 → 6 775.00 (half-up), the maximum
    ["1000000.00", 677_500],
    ["5000000.00", 677_500],
  ])("%s owed bears %i cents", (owed, expected) => {
    expect(collectionCosts(euros(owed), statutoryCollectionCosts).value).toBe(expected);
  });

  test("agrees with a piecewise BigInt reference around every boundary and at random", () => {
    const near = fc
      .tuple(
        fc.constantFrom(26_667, 250_000, 500_000, 1_000_000, 20_000_000, 100_000_000),
        fc.integer({ min: -200, max: 200 }),
      )
      .map(([b, d]) => b + d);
    fc.assert(
      fc.property(fc.oneof(near, fc.integer({ min: 1, max: 2_000_000_000 })), (owed) => {
        expect(BigInt(collectionCosts(cents(owed), statutoryCollectionCosts).value)).toBe(bik(BigInt(owed)));
      }),
      { numRuns: 500 },
    );
  });
});
