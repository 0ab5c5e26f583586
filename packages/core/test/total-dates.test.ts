import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addLength,
  addMonths,
  addYears,
  date,
  dateFromParts,
  fromEpochDay,
  periodAfter,
  termEnd,
  tryAddDays,
  tryAddLength,
  tryAddMonths,
  tryAddYears,
  tryDate,
  tryDateFromParts,
  tryFromEpochDay,
  tryPeriodAfter,
  tryTermEnd,
} from "../src/dates.js";
import { fromEpochMillis, instant, tryFromEpochMillis, tryInstant } from "../src/instant.js";
import { arbLocalDate } from "../src/testing/dates.js";

/** The value of a throwing call, or undefined when it throws. */
function orUndefined<A>(f: () => A): A | undefined {
  try {
    return f();
  } catch (e) {
    expect(e).toBeInstanceOf(RangeError);
    return undefined;
  }
}

describe("total variants return undefined exactly where the throwing ones throw (ADR 0006 §2, §4)", () => {
  const anyDate = arbLocalDate(date("0001-01-01"), date("9999-12-31"));
  const edgeDate = fc.oneof(
    anyDate,
    fc.constantFrom(date("0001-01-01"), date("9999-12-31"), date("9999-12-15")),
  );
  const n = fc.oneof(fc.integer({ min: -20_000, max: 20_000 }), fc.integer(), fc.double());
  const len = fc.record(
    {
      years: fc.integer({ min: 0, max: 9999 }),
      months: fc.integer({ min: 0, max: 200 }),
      weeks: fc.integer({ min: 0, max: 100 }),
      days: fc.integer({ min: 0, max: 4000 }),
    },
    { requiredKeys: [] },
  );

  it("tryAddDays, tryAddMonths, tryAddYears", () => {
    fc.assert(
      fc.property(edgeDate, n, (d, k) => {
        expect(tryAddDays(d, k)).toBe(orUndefined(() => addDays(d, k)));
        expect(tryAddMonths(d, k)).toBe(orUndefined(() => addMonths(d, k)));
        expect(tryAddYears(d, k)).toBe(orUndefined(() => addYears(d, k)));
      }),
    );
  });

  it("tryAddLength, tryTermEnd, tryPeriodAfter", () => {
    fc.assert(
      fc.property(edgeDate, len, (d, l) => {
        expect(tryAddLength(d, l)).toBe(orUndefined(() => addLength(d, l)));
        expect(tryTermEnd(d, l)).toBe(orUndefined(() => termEnd(d, l)));
        expect(tryPeriodAfter(d, l)).toEqual(orUndefined(() => periodAfter(d, l)));
      }),
    );
  });

  it("tryDate, tryDateFromParts, tryFromEpochDay", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: -1, max: 10001 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (s, y, m, d) => {
          expect(tryDate(s)).toBe(orUndefined(() => date(s)));
          expect(tryDateFromParts(y, m, d)).toBe(orUndefined(() => dateFromParts(y, m, d)));
        },
      ),
    );
    fc.assert(
      fc.property(n, (k) => {
        expect(tryFromEpochDay(k)).toBe(orUndefined(() => fromEpochDay(k)));
      }),
    );
  });

  it("the edges: 9999-12-31 + 1 day, 9999-12-15 + 1 month, 0001-01-01 − 1 day are undefined", () => {
    expect(tryAddDays(date("9999-12-31"), 1)).toBeUndefined();
    expect(tryAddMonths(date("9999-12-15"), 1)).toBeUndefined();
    expect(tryAddMonths(date("9999-12-31"), 0)).toBe("9999-12-31");
    expect(tryAddDays(date("0001-01-01"), -1)).toBeUndefined();
    expect(tryAddMonths(date("2026-01-31"), 1.5)).toBeUndefined();
  });

  it("tryInstant and tryFromEpochMillis", () => {
    fc.assert(
      fc.property(fc.string(), fc.oneof(fc.integer(), fc.double(), fc.maxSafeInteger()), (s, ms) => {
        expect(tryInstant(s)).toBe(orUndefined(() => instant(s)));
        expect(tryFromEpochMillis(ms)).toBe(orUndefined(() => fromEpochMillis(ms)));
      }),
    );
    expect(tryInstant("2026-03-29T01:30:00+01:00")).toBe(1774744200000);
    expect(tryInstant("2026-03-29T01:30:00")).toBeUndefined();
  });
});
