// Tests that kill the surviving mutants of src/interest.ts (issue #17, docs/quality.md).
// The statutory interest of MDO-BV 6.10 read as art. 6:119a BW: base × rate × days/365, half-up
// to the cent, compounded after each year of default (6:119 lid 2), payments to costs, then
// interest, then principal (6:44). Expected values follow from that rule, computed by hand or in
// BigInt below, never copied from a run.
import { cite, date, euros, type LocalDate, type Money } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import {
  type Account,
  commercialInterestRates,
  decodeInterestClaim,
  type InterestTable,
  mdoBilling,
  type PaymentEvent,
  statusAt,
  statutoryInterest,
  statutoryInterestBatch,
} from "../src/index.js";

const table = (rows: ReadonlyArray<readonly [string, string]>, through: string): InterestTable => ({
  name: "test table",
  rows: rows.map(([from, value]) => ({
    from: date(from),
    value,
    citations: [cite("BW", "6:119a", `from ${from}`)],
  })),
  through: date(through),
  citations: [cite("BW", "6:119a")],
  compounding: { citations: [cite("BW", "6:119 lid 2")] },
  imputation: { citations: [cite("BW", "6:44")] },
});
const tenPercent = table([["1970-01-01", "10"]], "2099-12-31");
const claim = (principal: string, defaultFrom: string, through: string) => ({
  principal: euros(principal),
  defaultFrom: date(defaultFrom),
  through: date(through),
});
/** Events of invoice A-1 of an account (for the interest that statusAt computes). */
const reminder = (on: string, termEnds: string): PaymentEvent => ({
  type: "reminderSent",
  on: date(on),
  invoice: "A-1",
  termEnds: date(termEnds),
});
const paid = (on: string, amount: string): PaymentEvent => ({
  type: "paid",
  on: date(on),
  invoice: "A-1",
  amount: euros(amount),
});
/**
 * A-1 (€ 1 000, due 15 May 2026) after its two reminders (MDO-BV 6.10): € 100 paid on 20 Jun, then
 * handed over that day (6.11), then `later`.
 */
const handedOverAfterAPayment = (...later: ReadonlyArray<PaymentEvent>): Account => ({
  invoices: [{ number: "A-1", invoiceDate: date("2026-04-15"), amount: euros("1000.00") }],
  events: [
    reminder("2026-05-20", "2026-06-03"),
    reminder("2026-06-05", "2026-06-19"),
    paid("2026-06-20", "100.00"),
    { type: "handedOver", on: date("2026-06-20"), invoices: ["A-1"] },
    ...later,
  ],
});
/** base × percent/100 × days/365 in cents, half-up: the rule, in exact integers. */
const halfUp = (baseCents: bigint, percentTimes100: bigint, days: bigint) => {
  const p = baseCents * percentTimes100 * days;
  const q = 10_000n * 365n;
  return Number((2n * p + q) / (2n * q));
};

describe("decoding an interest claim", () => {
  const raw = { principal: "1000.00", defaultFrom: "2026-05-16", through: "2026-06-15" };
  const paths = (r: ReturnType<typeof decodeInterestClaim>) => (r.ok ? [] : r.issues.map((i) => i.path));

  test("a principal plus costs above € 1.000.000.000.000,00 is refused at the principal; payments above it at the payments", () => {
    expect(
      paths(
        decodeInterestClaim({
          ...raw,
          principal: "999999999999.00",
          costs: [{ on: "2026-05-20", amount: "2.00" }],
        }),
      ),
    ).toEqual(["$.principal"]);
    const pay = { on: "2026-05-20", amount: "600000000000.00" };
    expect(paths(decodeInterestClaim({ ...raw, payments: [pay, pay] }))).toEqual(["$.payments"]);
  });

  test("through may be the day before defaultFrom (no day computed), not two days before", () => {
    expect(decodeInterestClaim({ ...raw, through: "2026-05-15" }).ok).toBe(true);
    expect(paths(decodeInterestClaim({ ...raw, through: "2026-05-14" }))).toEqual(["$.through"]);
  });

  test("a payment on the last day computed is accepted; one after it is refused at its date", () => {
    expect(decodeInterestClaim({ ...raw, payments: [{ on: "2026-06-15", amount: "10.00" }] }).ok).toBe(true);
    expect(
      paths(
        decodeInterestClaim({
          ...raw,
          payments: [
            { on: "2026-06-01", amount: "10.00" },
            { on: "2026-06-16", amount: "10.00" },
          ],
        }),
      ),
    ).toEqual(["$.payments[1].on"]);
  });
});

describe("the rate table (art. 6:119a BW)", () => {
  // a fresh object: the compiled form of a table is cached per table object
  const fresh = (): InterestTable => ({ ...commercialInterestRates });

  test("a period in 2026 is computed at that half-year's 10.15 %", () => {
    const r = statutoryInterest(claim("1000.00", "2026-05-16", "2026-06-15"), fresh()).value;
    expect(r.periods.map((p) => p.percent)).toEqual(["10.15"]);
    // 1 000 × 10.15 % × 31/365 = 8.6205 → € 8,62
    expect(r.total).toBe(euros("8.62"));
  });

  test("two consecutive rows with the same rate (10.15 % from 1 Jul 2025 and from 1 Jan 2026) make one period citing both rows", () => {
    const r = statutoryInterest(claim("1000.00", "2025-12-01", "2026-01-31"), fresh());
    expect(r.value.periods.map((p) => [p.from, p.through, p.percent])).toEqual([
      ["2025-12-01", "2026-01-31", "10.15"],
    ]);
    const step = r.because.find((s) => s.rule === "interest-period");
    expect(step?.citations).toEqual([
      ...(commercialInterestRates.rows[7]?.citations ?? []),
      ...(commercialInterestRates.rows[8]?.citations ?? []),
    ]);
    expect(step?.citations).toHaveLength(2);
  });

  test("rates written with different numbers of decimals are each exact: 10.15 % then 8 %", () => {
    const t = table(
      [
        ["2026-01-01", "10.15"],
        ["2026-07-01", "8"],
      ],
      "2026-12-31",
    );
    const r = statutoryInterest(claim("1000.00", "2026-06-01", "2026-07-31"), t).value;
    // June: 1 000 × 10.15 % × 30/365 = 8.3425; July: 1 000 × 8 % × 31/365 = 6.7945 (carried within the year: 15.1370 → € 15,14)
    expect(r.periods.map((p) => p.percent)).toEqual(["10.15", "8"]);
    expect(r.total).toBe(euros("15.14"));
  });

  test("half a cent is rounded up: € 0,25 at 10 % for 73 days is 0.5 cent → € 0,01", () => {
    expect(statutoryInterest(claim("0.25", "2026-01-01", "2026-03-14"), tenPercent).value.total).toBe(1);
    expect(
      statutoryInterest(claim("0.25", "2026-01-01", "2026-03-14"), tenPercent, { rounding: "each-period" })
        .value.total,
    ).toBe(1);
  });

  test("a principal near the € 1 000 000 000 000 cap is computed exactly in cents (each-period rounding)", () => {
    const principal = 99_999_999_997_367n; // cents
    const r = statutoryInterest(
      { principal: Number(principal) as Money, defaultFrom: date("2026-05-01"), through: date("2026-05-30") },
      commercialInterestRates,
      { rounding: "each-period" },
    ).value;
    expect(r.total).toBe(halfUp(principal, 1015n, 30n));
  });

  test("a claim from 1 Jan 1970 under a table starting that day has no days without a rate", () => {
    const r = statutoryInterest(claim("1000.00", "1970-01-01", "1970-01-10"), tenPercent).value;
    expect(r).not.toHaveProperty("rateUnknown");
    // 1 000 × 10 % × 10/365 = 2.7397 → € 2,74
    expect(r.total).toBe(euros("2.74"));
  });

  test("a single day before the table's first row has no rate and is reported as such", () => {
    const t = table([["2026-01-02", "10"]], "2026-12-31");
    const r = statutoryInterest(claim("1000.00", "2026-01-01", "2026-01-10"), t);
    expect(r.value.rateUnknown).toEqual({ from: "2026-01-01", through: "2026-01-01" });
    expect(r.because[0]?.rule).toBe("interest-rate-unknown");
    expect(r.because[0]?.citations).toEqual(t.citations);
  });
});

describe("provisional interest past the end of the table", () => {
  test("a period ending on the table's last day (30 Jun 2026) is not provisional, the next one is", () => {
    const r = statutoryInterest(
      {
        ...claim("1000.00", "2026-06-01", "2026-07-10"),
        payments: [{ on: date("2026-06-30"), amount: euros("0.01") }],
      },
      commercialInterestRates,
    ).value;
    expect(r.periods.map((p) => [p.through, p.provisional ?? false])).toEqual([
      ["2026-06-30", false],
      ["2026-07-10", true],
    ]);
    expect(r.periods[0]).not.toHaveProperty("provisional");
  });

  test("within the table: no provisional date, no unknown rate, no provisional step", () => {
    const r = statutoryInterest(claim("1000.00", "2026-05-16", "2026-06-30"), commercialInterestRates);
    expect(r.value).not.toHaveProperty("provisionalFrom");
    expect(r.value).not.toHaveProperty("rateUnknown");
    expect(r.because.map((s) => s.rule)).not.toContain("interest-rate-provisional");
    expect(r.because.map((s) => s.rule)).toContain("interest-total");
  });

  test("one day past the table (1 Jul 2026 only) is provisional from that day, with its step", () => {
    const r = statutoryInterest(claim("1000.00", "2026-07-01", "2026-07-01"), commercialInterestRates);
    expect(r.value.provisionalFrom).toBe("2026-07-01");
    const s = r.because.find((x) => x.rule === "interest-rate-provisional");
    expect(s?.citations).toEqual(commercialInterestRates.citations);
  });
});

describe("years of default: the anniversary (art. 6:119 lid 2 BW)", () => {
  const yearStarts = (defaultFrom: string, through: string) =>
    statutoryInterest(claim("1000.00", defaultFrom, through), tenPercent)
      .value.periods.filter((p, i, all) => i === 0 || p.year !== all[i - 1]?.year)
      .map((p) => [p.year, p.from]);

  test("a default from 29 Feb 2024 has its anniversaries on 1 Mar in common years and on 29 Feb 2028", () => {
    expect(yearStarts("2024-02-29", "2028-03-31")).toEqual([
      [1, "2024-02-29"],
      [2, "2025-03-01"],
      [3, "2026-03-01"],
      [4, "2027-03-01"],
      [5, "2028-02-29"],
    ]);
  });

  test("a default from 29 Jan 2024 has its anniversary on 29 Jan 2025", () => {
    expect(yearStarts("2024-01-29", "2025-02-28")).toEqual([
      [1, "2024-01-29"],
      [2, "2025-01-29"],
    ]);
  });
});

describe("payments and costs (art. 6:44 BW)", () => {
  test("costs listed out of date order: a payment pays the costs incurred by its date first", () => {
    const r = statutoryInterest(
      {
        ...claim("1000.00", "2026-05-16", "2026-06-30"),
        costs: [
          { on: date("2026-06-20"), amount: euros("100.00") },
          { on: date("2026-06-01"), amount: euros("50.00") },
        ],
        payments: [{ on: date("2026-06-10"), amount: euros("50.00") }],
      },
      commercialInterestRates,
    ).value;
    expect(r.payments[0]).toMatchObject({ toCosts: euros("50.00"), toInterest: 0, toPrincipal: 0 });
    expect(r.outstanding.costs).toBe(euros("100.00"));
  });

  test("of two payments on the day of a hand-over, the one recorded after it pays the collection costs (MDO-BV 6.11)", () => {
    const account = handedOverAfterAPayment(paid("2026-06-20", "200.00"));
    const s = statusAt(account, mdoBilling, date("2026-06-20") as LocalDate).value;
    expect(s.handOvers[0]?.costs).toBe(euros("1000.00"));
    expect(s.invoices[0]?.costs).toBe(euros("800.00"));
  });
});

describe("a dunning run (statutoryInterestBatch)", () => {
  test("the run reports which claims are provisional and which have days without a rate, and its total", () => {
    const t = table([["2026-01-02", "10"]], "2026-06-30");
    const claims = [
      claim("1000.00", "2026-02-01", "2026-02-28"),
      claim("1000.00", "2026-06-20", "2026-07-10"),
      claim("1000.00", "2026-01-01", "2026-01-31"),
    ];
    const r = statutoryInterestBatch(claims, t);
    expect(r.value.provisional).toEqual([1]);
    expect(r.value.rateUnknown).toEqual([2]);
    // 28, 21 and 30 days at 10 % on € 1 000: 7.6712 → 7.67, 5.7534 → 5.75, 8.2192 → 8.22
    expect(r.value.totals).toEqual([767, 575, 822]);
    expect(r.because.map((s) => [s.rule, s.output])).toEqual([["interest-batch", "21.64"]]);
    expect(r.because[0]?.citations).toEqual(t.citations);
  });

  test("a run within the table has no provisional and no rate-unknown claims", () => {
    const r = statutoryInterestBatch([claim("1000.00", "2026-02-01", "2026-02-28")], commercialInterestRates);
    expect(r.value.provisional).toEqual([]);
    expect(r.value.rateUnknown).toEqual([]);
  });
});

describe("second pass (issue #17)", () => {
  test("a principal of € 0,00 is accepted, a negative one refused; a payment or a cost must be above € 0,00", () => {
    const raw = { principal: "0.00", defaultFrom: "2026-05-16", through: "2026-06-15" };
    expect(decodeInterestClaim(raw).ok).toBe(true);
    expect(decodeInterestClaim({ ...raw, principal: "-1.00" }).ok).toBe(false);
    for (const amount of ["0.00", "-1.00"]) {
      expect(decodeInterestClaim({ ...raw, payments: [{ on: "2026-06-01", amount }] }).ok).toBe(false);
      expect(decodeInterestClaim({ ...raw, costs: [{ on: "2026-06-01", amount }] }).ok).toBe(false);
    }
  });

  test("a claim that computes no day (through the day before defaultFrom), after the table's end, is not provisional", () => {
    const r = statutoryInterest(claim("1000.00", "2026-07-02", "2026-07-01"), commercialInterestRates).value;
    expect(r.total).toBe(0);
    expect(r).not.toHaveProperty("provisionalFrom");
  });

  test("collection costs of a hand-over are paid by a payment on a later day, though a payment came before them on their own day (6:44 BW, MDO-BV 6.11)", () => {
    const account = handedOverAfterAPayment(paid("2026-06-25", "200.00"));
    const s = statusAt(account, mdoBilling, date("2026-06-25") as LocalDate).value;
    expect(s.invoices[0]?.costs).toBe(euros("800.00"));
  });
});

describe("what each interest step records (issue #17, third pass)", () => {
  test("a payment's step records its day and amount and how it was applied: interest first, then principal (6:44 BW)", () => {
    // 16 May–1 Jun 2026 = 17 days: 1 000 × 10.15 % × 17/365 = 4.7274 → € 4,73 of the € 10 payment
    const r = statutoryInterest(
      {
        ...claim("1000.00", "2026-05-16", "2026-06-15"),
        payments: [{ on: date("2026-06-01"), amount: euros("10.00") }],
      },
      commercialInterestRates,
    );
    const pay = r.because.find((s) => s.rule === "payment-imputation");
    expect(pay?.inputs).toEqual({ on: "2026-06-01", amount: "10.00" });
    expect(pay?.output).toEqual({ costs: "0.00", interest: "4.73", principal: "5.27", overpaid: "0.00" });
    const period = r.because.find((s) => s.rule === "interest-period");
    expect(period?.inputs).toEqual({
      from: "2026-05-16",
      through: "2026-06-01",
      days: 17,
      base: "1000.00",
      percent: "10.15",
    });
    expect(r.because.find((s) => s.rule === "interest-total")?.inputs).toEqual({
      principal: "1000.00",
      defaultFrom: "2026-05-16",
      through: "2026-06-15",
    });
  });

  test("after a year of default the open interest is added to the base (6:119 lid 2 BW); nothing is added when it was paid", () => {
    // 29 Feb 2024 – 28 Feb 2025 = 366 days: 1 000 × 10 % × 366/365 = 100.2740 → € 100,27
    const open = statutoryInterest(claim("1000.00", "2024-02-29", "2025-03-31"), tenPercent).because.filter(
      (s) => s.rule === "interest-compounding",
    );
    expect(open.map((s) => [s.inputs, s.output])).toEqual([
      [{ year: 1, anniversary: "2025-03-01" }, "100.27"],
    ]);
    const paid = statutoryInterest(
      {
        ...claim("1000.00", "2024-02-29", "2025-03-31"),
        payments: [{ on: date("2025-02-28"), amount: euros("200.00") }],
      },
      tenPercent,
    ).because.filter((s) => s.rule === "interest-compounding");
    expect(paid).toEqual([]);
  });

  test("the steps for days without a rate and past the table name the days and the table", () => {
    const t = table([["2026-01-02", "10"]], "2026-01-05");
    const r = statutoryInterest(claim("1000.00", "2026-01-01", "2026-01-10"), t).because;
    expect(r.find((s) => s.rule === "interest-rate-unknown")?.inputs).toEqual({
      from: "2026-01-01",
      through: "2026-01-01",
      table: "test table",
    });
    expect(r.find((s) => s.rule === "interest-rate-provisional")?.inputs).toEqual({
      from: "2026-01-06",
      tableThrough: "2026-01-05",
    });
  });

  test("the run's step counts the claims and the flagged ones", () => {
    const t = table([["2026-01-02", "10"]], "2026-06-30");
    const r = statutoryInterestBatch(
      [claim("1000.00", "2026-06-20", "2026-07-10"), claim("1000.00", "2026-01-01", "2026-01-31")],
      t,
    );
    expect(r.because[0]?.inputs).toEqual({ claims: 2, table: "test table", provisional: 1, rateUnknown: 1 });
  });
});
