import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode } from "../src/decode.js";
import {
  addMoney,
  allocate,
  compareMoney,
  euros,
  formatEuro,
  type Money,
  Money as MoneySchema,
  multiplyMoney,
  negateMoney,
  percentageOf,
  type RoundingMode,
  roundingModes,
  subtractMoney,
  sumMoney,
  toDecimalString,
} from "../src/money.js";
import { arbInvalidMoneyString, arbMoney, arbMoneyString } from "../src/testing/money.js";

/**
 * Reference rounding, written differently from the implementation: find the two integers
 * around p/q by floor division, then choose by comparing the distances to each.
 */
function referenceRound(p: bigint, q: bigint, mode: RoundingMode): bigint {
  if (q < 0n) return referenceRound(-p, -q, mode);
  const lo = p >= 0n ? p / q : -((-p + q - 1n) / q); // floor(p / q)
  if (lo * q === p) return lo;
  const hi = lo + 1n;
  const dLo = p - lo * q; // distance to lo, times q
  const dHi = hi * q - p; // distance to hi, times q
  const towardZero = p >= 0n ? lo : hi;
  const awayFromZero = p >= 0n ? hi : lo;
  switch (mode) {
    case "floor":
      return lo;
    case "ceiling":
      return hi;
    case "down":
      return towardZero;
    case "up":
      return awayFromZero;
    case "half-up":
      return dLo < dHi ? lo : dHi < dLo ? hi : awayFromZero;
    case "half-even":
      return dLo < dHi ? lo : dHi < dLo ? hi : lo % 2n === 0n ? lo : hi;
  }
}

const smallMoney = arbMoney({ min: -10_000_000 as Money, max: 10_000_000 as Money });
const weights = fc
  .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 })
  .filter((ws) => ws.some((w) => w > 0));
const mode = fc.constantFrom(...roundingModes);

describe("allocation properties (largest remainder)", () => {
  it("the parts always add up to the total exactly", () => {
    fc.assert(fc.property(arbMoney(), weights, (total, ws) => sumMoney(allocate(total, ws)) === total));
  });

  it("each part is within one cent of its exact share |total| × w / Σw", () => {
    fc.assert(
      fc.property(arbMoney(), weights, (total, ws) => {
        const sum = BigInt(ws.reduce((a, b) => a + b, 0));
        return allocate(total, ws).every((part, i) => {
          const diff = BigInt(part) * sum - BigInt(total) * BigInt(ws[i] ?? 0); // (part − exact) × Σw
          return (diff < 0n ? -diff : diff) < sum;
        });
      }),
    );
  });

  it("a zero weight always gets € 0,00", () => {
    fc.assert(
      fc.property(arbMoney(), weights, (total, ws) =>
        allocate(total, ws).every((part, i) => ws[i] !== 0 || part === 0),
      ),
    );
  });

  it("allocating a negative total gives the negated parts of the positive total", () => {
    fc.assert(
      fc.property(arbMoney(), weights, (total, ws) => {
        expect(allocate(negateMoney(total), ws)).toEqual(allocate(total, ws).map(negateMoney));
      }),
    );
  });

  it("equal weights give parts that differ by at most one cent, larger parts first", () => {
    fc.assert(
      fc.property(arbMoney(), fc.integer({ min: 1, max: 12 }), (total, n) => {
        const parts = allocate(
          total,
          Array.from({ length: n }, () => 1),
        );
        const sorted = [...parts].sort((a, b) => (total >= 0 ? compareMoney(b, a) : compareMoney(a, b)));
        expect(parts).toEqual(sorted);
        return Math.max(...parts) - Math.min(...parts) <= 1;
      }),
    );
  });
});

describe("parse and format round trips", () => {
  it("decoding the plain format of an amount gives the amount back", () => {
    fc.assert(
      fc.property(arbMoney(), (m) => {
        const r = decode(MoneySchema)(toDecimalString(m));
        return r.ok && r.value === m;
      }),
    );
  });

  it("every wire string decodes, and its plain format decodes to the same amount", () => {
    fc.assert(
      fc.property(arbMoneyString(), (s) => {
        const r = decode(MoneySchema)(s);
        if (!r.ok) return false;
        return euros(toDecimalString(r.value)) === r.value;
      }),
    );
  });

  it("reading the Dutch format back (drop '€ ' and '.', ',' → '.') gives the amount", () => {
    fc.assert(
      fc.property(arbMoney(), (m) => {
        const dutch = formatEuro(m);
        expect(dutch.startsWith("€ ")).toBe(true);
        return euros(dutch.slice(2).replaceAll(".", "").replace(",", ".")) === m;
      }),
    );
  });

  it("every near-miss wire string is rejected", () => {
    fc.assert(fc.property(arbInvalidMoneyString(), (s) => !decode(MoneySchema)(s).ok));
  });
});

describe("arithmetic properties", () => {
  it.each(roundingModes)("multiplying by n/d and rounding %s agrees with a BigInt reference", (rounding) => {
    fc.assert(
      fc.property(
        fc.oneof(
          arbMoney(),
          fc.integer({ min: -1000, max: 1000 }).map((n) => n as Money),
        ),
        fc.integer({ min: -1000, max: 1000 }),
        fc.oneof(
          fc.integer({ min: -1000, max: 1000 }).filter((d) => d !== 0),
          fc.constantFrom(2, -2, 4, 8, 10, 100, 200), // even denominators make exact half-cent ties common
        ),
        (m, n, d) =>
          BigInt(multiplyMoney(m, n, d, rounding)) ===
          referenceRound(BigInt(m) * BigInt(n), BigInt(d), rounding),
      ),
    );
  });

  it("ties are decided as documented: half-up away from zero, half-even to the even cent", () => {
    fc.assert(
      fc.property(smallMoney, (m) => {
        // m + ½ cent: (2m + 1) / 2
        const tie = BigInt(2 * m + 1);
        const halfUp = multiplyMoney((2 * m + 1) as Money, 1, 2, "half-up");
        const halfEven = multiplyMoney((2 * m + 1) as Money, 1, 2, "half-even");
        expect(BigInt(halfUp)).toBe(tie > 0n ? BigInt(m + 1) : BigInt(m));
        return halfEven % 2 === 0;
      }),
    );
  });

  it("a percentage given as a string equals the same fraction given as a rational", () => {
    fc.assert(
      fc.property(smallMoney, fc.integer({ min: 0, max: 10000 }), mode, (m, tenths, rounding) => {
        const asString = `${Math.trunc(tenths / 10)}.${tenths % 10}`;
        return (
          percentageOf(m, asString, rounding) ===
          percentageOf(m, { numerator: tenths, denominator: 10 }, rounding)
        );
      }),
    );
  });

  it("adding then subtracting an amount gives the original, and sums agree with BigInt sums", () => {
    fc.assert(fc.property(arbMoney(), arbMoney(), (a, b) => subtractMoney(addMoney(a, b), b) === a));
    fc.assert(
      fc.property(
        fc.array(arbMoney()),
        (ms) => BigInt(sumMoney(ms)) === ms.reduce((acc, m) => acc + BigInt(m), 0n),
      ),
    );
  });
});
