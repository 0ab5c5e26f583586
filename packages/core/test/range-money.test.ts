// Range audit: arbMoney draws amounts within ± € 1 000 000 000 (10^11 cents) and the other money
// generators stay smaller, while the Money decoders accept every safe integer of cents
// (± 2^53 - 1, about € 90 trillion). Here the round trips, the Dutch format and the BigInt
// arithmetic are run near ± 2^31, ± 2^32, 10^14 and ± (2^53 - 1) cents.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode } from "../src/decode.js";
import {
  allocate,
  euros,
  formatEuro,
  type Money,
  MoneyNl,
  Money as MoneySchema,
  multiplyMoney,
  sumMoney,
  toDecimalString,
} from "../src/money.js";

const MAX = Number.MAX_SAFE_INTEGER;
const near = (c: number, w = 1000) => fc.integer({ min: Math.max(-MAX, c - w), max: Math.min(MAX, c + w) });
const arbWide = fc
  .oneof(
    near(2 ** 31),
    near(-(2 ** 31)),
    near(2 ** 32),
    near(1e14),
    near(MAX),
    near(-MAX),
    fc.integer({ min: -MAX, max: MAX }),
  )
  .map((n) => (n === 0 ? 0 : n) as Money);

describe("range audit: money up to ± (2^53 - 1) cents (core Money)", () => {
  it("the plain and the Dutch format decode back to the amount", () => {
    fc.assert(
      fc.property(arbWide, (m) => {
        const plain = decode(MoneySchema)(toDecimalString(m));
        expect(plain.ok && plain.value).toBe(m);
        const nl = decode(MoneyNl)(formatEuro(m));
        expect(nl.ok && nl.value).toBe(m);
        expect(euros(formatEuro(m).slice(2).replaceAll(".", "").replace(",", "."))).toBe(m);
      }),
      { numRuns: 1000, examples: [[MAX as Money], [-MAX as Money]] },
    );
  });

  it("multiplyMoney equals the BigInt quotient rounded half-up, or throws a RangeError when that is not safe", () => {
    fc.assert(
      fc.property(
        arbWide,
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        (m, n, d) => {
          const p = BigInt(m) * BigInt(n);
          const q = BigInt(d);
          const lo = p >= 0n ? p / q : -((-p + q - 1n) / q);
          const r = p - lo * q;
          const want = 2n * r > q || (2n * r === q && p >= 0n) ? lo + 1n : lo;
          if (want > BigInt(MAX) || want < -BigInt(MAX))
            expect(() => multiplyMoney(m, n, d)).toThrow(RangeError);
          else expect(BigInt(multiplyMoney(m, n, d))).toBe(want);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("allocate's parts add up to the total and differ from the exact shares by less than a cent", () => {
    fc.assert(
      fc.property(
        arbWide,
        fc
          .array(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: MAX })), {
            minLength: 1,
            maxLength: 8,
          })
          .filter((ws) => ws.some((w) => w > 0)),
        (total, ws) => {
          const parts = allocate(total, ws);
          expect(sumMoney(parts)).toBe(total);
          const sum = ws.reduce((a, w) => a + BigInt(w), 0n);
          parts.forEach((p, i) => {
            const exact = BigInt(total) * BigInt(ws[i] as number); // share × sum
            const diff = BigInt(p) * sum - exact;
            expect(diff < sum && diff > -sum).toBe(true);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
