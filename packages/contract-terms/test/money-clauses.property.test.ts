import { cents, date, type LocalDate } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distributeLiabilityCap } from "../src/money-clauses.js";
import { mdo2025 } from "../src/presets/mdo-2025.js";

const arbLiabilities = fc.array(
  fc.record({
    customer: fc.string({ maxLength: 4 }),
    amount: fc.oneof(fc.integer({ min: 0, max: 500_000_000 }), fc.integer({ min: 0, max: 100 })).map(cents),
    damageEventOn: fc.constantFrom<LocalDate>(
      date("2026-12-31"),
      date("2027-01-01"),
      date("2027-07-15"),
      date("2028-01-01"),
    ),
  }),
  { maxLength: 12 },
);

describe("distributeLiabilityCap (spec §8)", () => {
  it("with two or more customers liable in the year the allocations sum to exactly min(cap, total claims of the year), never exceed a liability, never go negative; with fewer nothing is allocated (MDO-BV 13.1)", () => {
    fc.assert(
      fc.property(arbLiabilities, (liabilities) => {
        const r = distributeLiabilityCap({ liabilities, year: 2027 }, mdo2025).value;
        const inYear = liabilities.filter((l) => l.damageEventOn.startsWith("2027"));
        const total = inYear.reduce((s, l) => s + l.amount, 0);
        const sum = r.allocations.reduce((s, a) => s + a.allocated, 0);
        const customers = new Set(inYear.filter((l) => l.amount > 0).map((l) => l.customer)).size;
        expect(r.capApplies).toBe(customers >= 2);
        if (customers < 2) {
          // MDO-BV 13.1 applies only to liability towards several customers: nothing is allocated.
          expect(r.allocations).toEqual([]);
          return;
        }
        expect(sum).toBe(Math.min(mdo2025.money.liabilityCap.perCalendarYear, total));
        expect(r.allocations.length).toBe(inYear.length);
        for (const a of r.allocations) {
          expect(a.allocated).toBeGreaterThanOrEqual(0);
          expect(a.allocated).toBeLessThanOrEqual(a.liability);
        }
      }),
    );
  });
  it("each allocation is within one cent of its exact pro-rata share", () => {
    fc.assert(
      fc.property(arbLiabilities, (liabilities) => {
        const r = distributeLiabilityCap({ liabilities, year: 2027 }, mdo2025).value;
        const total = r.allocations.reduce((s, a) => s + a.liability, 0);
        if (!r.capped) return;
        for (const a of r.allocations) {
          const exact = (r.cap * a.liability) / total;
          expect(Math.abs(a.allocated - exact)).toBeLessThan(1 + 1e-6);
        }
      }),
    );
  });
});
