import { addDays, cents, date, fromEpochDay, type LocalDate, type Money, toEpochDay } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  commercialInterestRates,
  type InterestClaim,
  statutoryInterest,
  statutoryInterestRates,
} from "../src/index.js";
import { referenceInterest } from "./reference/interest-day-by-day.js";

const day0 = toEpochDay(date("2014-10-01"));
const day1 = toEpochDay(date("2026-12-31"));

/** Principals from a cent to 10 million euro, and now and then one near the safe-integer range (BigInt path). */
const arbPrincipal = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 1_000_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000_000_000_000, max: 4_000_000_000_000_000 }) },
);

const arbClaim: fc.Arbitrary<InterestClaim> = fc
  .record({
    principal: arbPrincipal,
    from: fc.integer({ min: day0, max: day1 - 1 }),
    span: fc.integer({ min: -1, max: 1300 }),
    payments: fc.array(
      fc.record({
        offset: fc.integer({ min: -40, max: 1300 }),
        amount: fc.integer({ min: 1, max: 2_000_000_00 }),
      }),
      {
        maxLength: 5,
      },
    ),
    costs: fc.array(
      fc.record({
        offset: fc.integer({ min: -10, max: 400 }),
        amount: fc.integer({ min: 1, max: 5_000_00 }),
      }),
      {
        maxLength: 2,
      },
    ),
  })
  .map(({ principal, from, span, payments, costs }) => {
    const through = Math.min(from + span, day1 + 400);
    return {
      principal: cents(principal),
      defaultFrom: fromEpochDay(from),
      through: fromEpochDay(through),
      payments: payments
        .map((p) => ({ on: fromEpochDay(Math.min(from + p.offset, through)), amount: cents(p.amount) }))
        .filter((p) => p.on <= fromEpochDay(through)),
      costs: costs.map((c) => ({ on: fromEpochDay(from + c.offset), amount: cents(c.amount) })),
    };
  });

const ref = (
  claim: InterestClaim,
  table = commercialInterestRates,
  rounding: "carried" | "each-period" = "carried",
) =>
  referenceInterest(
    {
      principal: claim.principal,
      defaultFrom: claim.defaultFrom,
      through: claim.through,
      payments: claim.payments ?? [],
      costs: claim.costs ?? [],
    },
    { rows: table.rows },
    rounding,
  );

describe("statutoryInterest agrees with the day-by-day BigInt reference (test/reference/interest-day-by-day.ts)", () => {
  for (const rounding of ["carried", "each-period"] as const) {
    for (const [name, table] of [
      ["commercial", commercialInterestRates],
      ["ordinary", statutoryInterestRates],
    ] as const) {
      test(`${name} rates, ${rounding} rounding: total, outstanding principal, interest, costs and overpayment`, () => {
        fc.assert(
          fc.property(arbClaim, (claim) => {
            const fast = statutoryInterest(claim, table, { rounding }).value;
            const slow = ref(claim, table, rounding);
            expect({
              total: BigInt(fast.total),
              principal: BigInt(fast.outstanding.principal),
              interest: BigInt(fast.outstanding.interest),
              costs: BigInt(fast.outstanding.costs),
              overpaid: BigInt(fast.overpaid),
              capitalized: BigInt(fast.capitalized),
            }).toEqual(slow);
            expect(fast.periods.reduce((s, p) => s + p.interest, 0)).toBe(fast.total);
          }),
          { numRuns: 150 },
        );
      });
    }
  }
});

describe("interest invariants (spec §8)", () => {
  const simple = fc.record({
    principal: fc.integer({ min: 0, max: 1_000_000_000 }).map(cents),
    from: fc.integer({ min: toEpochDay(date("2015-01-01")), max: toEpochDay(date("2026-01-01")) }),
    span: fc.integer({ min: 0, max: 1100 }),
  });

  test("interest is zero when the principal is paid by the due date (the day before default)", () => {
    fc.assert(
      fc.property(simple, ({ principal, from, span }) => {
        const defaultFrom = fromEpochDay(from);
        const payments = principal > 0 ? [{ on: addDays(defaultFrom, -1), amount: principal }] : [];
        const r = statutoryInterest(
          { principal, defaultFrom, through: fromEpochDay(from + span), payments },
          commercialInterestRates,
        );
        expect(r.value.total).toBe(0);
      }),
    );
  });

  test("interest never falls when the claim runs a day longer or the principal is a cent higher", () => {
    fc.assert(
      fc.property(
        simple,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 100_000 }),
        ({ principal, from, span }, more, extra) => {
          const claim = { principal, defaultFrom: fromEpochDay(from), through: fromEpochDay(from + span) };
          const a = statutoryInterest(claim, commercialInterestRates).value.total;
          const later = statutoryInterest(
            { ...claim, through: fromEpochDay(from + span + more) },
            commercialInterestRates,
          ).value.total;
          const bigger = statutoryInterest(
            { ...claim, principal: cents(principal + extra) },
            commercialInterestRates,
          ).value.total;
          expect(later).toBeGreaterThanOrEqual(a);
          expect(bigger).toBeGreaterThanOrEqual(a);
        },
      ),
    );
  });

  test("a payment never raises the interest (carried rounding)", () => {
    fc.assert(
      fc.property(
        simple,
        fc.integer({ min: -30, max: 1100 }),
        fc.integer({ min: 1, max: 1_000_000_000 }),
        ({ principal, from, span }, offset, amount) => {
          const through = fromEpochDay(from + span);
          const on = fromEpochDay(Math.min(from + offset, from + span)) as LocalDate;
          const claim = { principal, defaultFrom: fromEpochDay(from), through };
          const without = statutoryInterest(claim, commercialInterestRates).value.total;
          const withPayment = statutoryInterest(
            { ...claim, payments: [{ on, amount: cents(amount) as Money }] },
            commercialInterestRates,
          ).value.total;
          expect(withPayment).toBeLessThanOrEqual(without);
        },
      ),
    );
  });
});
