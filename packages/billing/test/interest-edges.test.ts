// Statutory interest on the edge days (review, December 2026): the first day of default, the
// payment day, the anniversary day itself, a rate change on 1 January / 1 July, a payment on the
// same day as a rate change and an anniversary, a payment exceeding the debt. Worked by hand, and
// against the day-by-day reference on defaults and payments placed exactly on those days.
import { addDays, cents, date, euros, fromEpochDay, type LocalDate, toEpochDay } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  commercialInterestRates,
  type InterestClaim,
  statutoryInterest,
  statutoryInterestRates,
} from "../src/index.js";
import { referenceInterest } from "./reference/interest-day-by-day.js";

describe("art. 6:119a BW: the anniversary of the default falling on the 1 July rate change, with a payment that day", () => {
  // € 10 000 in default from 1 Jul 2024. Year 1 (1 Jul 2024 – 30 Jun 2025, 365 days):
  //   184 days at 12.25 %: 10 000 × 0.1225 × 184/365 = 617.5342 → 617.53
  //   181 days at 11.15 %: 10 000 × 0.1115 × 181/365 = 552.9178; carried: 1 170.4520 → 1 170.45, so 552.92
  // 1 Jul 2025: year 2 and 10.15 % begin; the base is 10 000 + 1 170.45 = 11 170.45.
  //   1 Jul (the payment day bears interest): 11 170.45 × 0.1015 / 365 = 3.10627 → 3.11
  // A payment of € 1 000 on 1 Jul goes to the capitalised interest first (6:44: the oldest):
  //   1 170.45 − 1 000 = 170.45 left; base from 2 Jul: 10 170.45
  //   2 Jul: 10 170.45 × 0.1015 / 365 = 2.82820; carried in year 2: 5.93447 → 5.93, so 2.82
  // Total 1 170.45 + 5.93 = 1 176.38; still owed: interest 170.45 + 5.93 = 176.38, principal 10 000.
  const claim = (amount: string) => ({
    principal: euros("10000.00"),
    defaultFrom: date("2024-07-01"),
    through: date("2025-07-02"),
    payments: [{ on: date("2025-07-01"), amount: euros(amount) }],
  });

  test("the payment day bears interest on the compounded base, the next day on what is left", () => {
    const r = statutoryInterest(claim("1000.00"), commercialInterestRates).value;
    expect(r.periods.map((p) => [p.from, p.through, p.base, p.percent, p.interest, p.year])).toEqual([
      ["2024-07-01", "2024-12-31", 1_000_000, "12.25", 61_753, 1],
      ["2025-01-01", "2025-06-30", 1_000_000, "11.15", 55_292, 1],
      ["2025-07-01", "2025-07-01", 1_117_045, "10.15", 311, 2],
      ["2025-07-02", "2025-07-02", 1_017_045, "10.15", 282, 2],
    ]);
    expect(r.capitalized).toBe(117_045);
    expect(r.total).toBe(117_638);
    expect(r.outstanding).toEqual({ costs: 0, interest: 17_638, principal: 1_000_000, total: 1_017_638 });
  });

  test("a payment exceeding the debt pays the day's interest, the principal, and reports the rest as overpaid", () => {
    // owed on 1 Jul: 1 170.45 + 3.11 interest + 10 000 principal = 11 173.56; 20 000 − 11 173.56 = 8 826.44
    const r = statutoryInterest(claim("20000.00"), commercialInterestRates).value;
    expect(r.payments[0]).toMatchObject({ toInterest: 117_356, toPrincipal: 1_000_000, overpaid: 882_644 });
    expect(r.total).toBe(117_356);
    expect(r.periods.at(-1)?.through).toBe("2025-07-01");
    expect(r.outstanding.total).toBe(0);
  });

  test("computed through the eve of an anniversary, the year's interest is not yet added to the base (art. 6:119a lid 3)", () => {
    // through 30 Jun 2025, the last day of year 1: the anniversary (1 Jul) is not computed, so nothing is
    // capitalised and no step says it was; the year's 1 170.45 is still owed as interest
    const r = statutoryInterest(
      { ...claim("1000.00"), through: date("2025-06-30"), payments: [] },
      commercialInterestRates,
    );
    expect(r.value.capitalized).toBe(0);
    expect(r.value.total).toBe(117_045);
    expect(r.value.outstanding.interest).toBe(117_045);
    expect(r.because.some((x) => x.rule === "interest-compounding")).toBe(false);
  });

  test("a payment on the last day of a year of default is imputed before that year's interest is added", () => {
    // 30 Jun 2025: year 1's interest (1 170.45) is still current interest; € 1 000 pays it down to 170.45,
    // which is what is added to the base on 1 Jul: base 10 170.45 from 1 Jul.
    const r = statutoryInterest(
      { ...claim("1000.00"), payments: [{ on: date("2025-06-30"), amount: euros("1000.00") }] },
      commercialInterestRates,
    ).value;
    expect(r.capitalized).toBe(17_045);
    expect(r.periods.filter((p) => p.year === 2).map((p) => p.base)).toEqual([1_017_045]);
  });
});

// Defaults and payments exactly on the days where the computation changes.
const edgeDays = [
  "2022-12-31",
  "2023-01-01",
  "2023-06-30",
  "2023-07-01",
  "2023-12-31",
  "2024-01-01",
  "2024-02-28",
  "2024-02-29",
  "2024-03-01",
  "2024-06-30",
  "2024-07-01",
  "2025-02-28",
  "2025-03-01",
].map((d) => toEpochDay(date(d)));

const anniversaryOf = (d: LocalDate, k: number): number => {
  const t = new Date(`${d}T00:00:00Z`);
  return Math.round(Date.UTC(t.getUTCFullYear() + k, t.getUTCMonth(), t.getUTCDate()) / 86_400_000);
};

const arbEdgeClaim: fc.Arbitrary<InterestClaim> = fc
  .record({
    from: fc.constantFrom(...edgeDays),
    span: fc.integer({ min: 0, max: 1200 }),
    principal: fc.integer({ min: 1, max: 100_000_000 }),
    payments: fc.array(
      fc.record({
        at: fc.constantFrom("default", "anniversary", "eve", "rate", "rate-eve", "through", "random"),
        k: fc.integer({ min: 1, max: 3 }),
        offset: fc.integer({ min: 0, max: 1200 }),
        amount: fc.oneof(
          fc.integer({ min: 1, max: 1_000_000 }),
          fc.integer({ min: 50_000_000, max: 300_000_000 }),
        ),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ from, span, principal, payments }) => {
    const D = fromEpochDay(from);
    const T = from + span;
    const rateDays = commercialInterestRates.rows
      .map((r) => toEpochDay(r.from))
      .filter((x) => x > from && x <= T);
    const dayOf = (p: (typeof payments)[number]): number => {
      switch (p.at) {
        case "default":
          return from;
        case "anniversary":
          return anniversaryOf(D, p.k);
        case "eve":
          return anniversaryOf(D, p.k) - 1;
        case "rate":
          return rateDays[p.k % Math.max(rateDays.length, 1)] ?? from;
        case "rate-eve":
          return (rateDays[p.k % Math.max(rateDays.length, 1)] ?? from + 1) - 1;
        case "through":
          return T;
        default:
          return from + p.offset;
      }
    };
    return {
      principal: cents(principal),
      defaultFrom: D,
      through: fromEpochDay(T),
      payments: payments
        .map((p) => ({ on: fromEpochDay(Math.min(dayOf(p), T)), amount: cents(p.amount) }))
        .filter((p) => p.on <= fromEpochDay(T)),
    };
  });

describe("statutoryInterest on edge days agrees with the day-by-day reference", () => {
  for (const [name, table] of [
    ["commercial", commercialInterestRates],
    ["ordinary", statutoryInterestRates],
  ] as const) {
    test(`${name}: defaults and payments on anniversaries, their eves, rate changes and 29 February`, () => {
      fc.assert(
        fc.property(arbEdgeClaim, (claim) => {
          const fast = statutoryInterest(claim, table).value;
          const slow = referenceInterest(
            { ...claim, payments: claim.payments ?? [], costs: [] },
            { rows: table.rows },
          );
          expect({
            total: BigInt(fast.total),
            principal: BigInt(fast.outstanding.principal),
            interest: BigInt(fast.outstanding.interest),
            costs: 0n,
            overpaid: BigInt(fast.overpaid),
            capitalized: BigInt(fast.capitalized),
          }).toEqual(slow);
        }),
        { numRuns: 150 },
      );
    });
  }

  test("no period straddles an anniversary or a rate change, and the days add up to the days with a base", () => {
    fc.assert(
      fc.property(arbEdgeClaim, (claim) => {
        const r = statutoryInterest(claim, commercialInterestRates).value;
        // (a row repeating the previous rate is no change: one period runs across it)
        const changes = commercialInterestRates.rows
          .filter((x, i, rows) => i === 0 || rows[i - 1]?.value !== x.value)
          .map((x) => toEpochDay(x.from));
        for (const p of r.periods) {
          const a = toEpochDay(p.from);
          const b = toEpochDay(p.through);
          expect(b - a + 1).toBe(p.days);
          for (const c of changes) expect(c <= a || c > b).toBe(true);
          for (let k = 1; k <= 5; k++) {
            const y = anniversaryOf(claim.defaultFrom, k);
            expect(y <= a || y > b).toBe(true);
            if (a >= anniversaryOf(claim.defaultFrom, k - 1) && a < anniversaryOf(claim.defaultFrom, k))
              expect(p.year).toBe(k);
          }
        }
        for (let i = 1; i < r.periods.length; i++)
          expect(toEpochDay((r.periods[i] as { from: LocalDate }).from)).toBe(
            toEpochDay((r.periods[i - 1] as { through: LocalDate }).through) + 1,
          );
        if (r.periods.length > 0) expect(r.periods[0]?.from).toBe(claim.defaultFrom);
        expect(r.periods.reduce((s, p) => s + p.interest, 0)).toBe(r.total);
      }),
      { numRuns: 200 },
    );
  });

  test("one more day never lowers the interest (monotone in time, payments fixed)", () => {
    fc.assert(
      fc.property(arbEdgeClaim, (claim) => {
        const a = statutoryInterest(claim, commercialInterestRates).value.total;
        const b = statutoryInterest({ ...claim, through: addDays(claim.through, 1) }, commercialInterestRates)
          .value.total;
        expect(b).toBeGreaterThanOrEqual(a);
      }),
      { numRuns: 200 },
    );
  });
});
