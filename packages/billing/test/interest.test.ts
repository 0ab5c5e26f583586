import { date, euros, explainToText, toDecimalString } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import {
  commercialInterestRates,
  decodeInterestClaim,
  decodeInterestTable,
  statutoryInterest,
  statutoryInterestRates,
} from "../src/index.js";

const amounts = (r: ReturnType<typeof statutoryInterest>) =>
  r.value.periods.map(
    (p) =>
      `${p.from}..${p.through} ${p.days}d ${toDecimalString(p.base)} @${p.percent} = ${toDecimalString(p.interest)}`,
  );

// Every expectation below was computed by hand: interest = base × rate × days / 365, exact, then
// rounded half-up to the cent. Under the default "carried" rounding period k gets
// round(S_k) − round(S_(k−1)) of the running exact sum S within a year of default.

describe("worked cases of statutory commercial interest (art. 6:119a BW)", () => {
  test("inside one rate period: € 10.000 from 16 May through 15 Jun 2026 at 10.15 % is € 86,21", () => {
    // 16 May – 15 Jun 2026 = 16 + 15 = 31 days; 10 000 × 0.1015 × 31/365 = 31 465/365 = 86.2055 → 86.21
    const r = statutoryInterest(
      { principal: euros("10000.00"), defaultFrom: date("2026-05-16"), through: date("2026-06-15") },
      commercialInterestRates,
    );
    expect(amounts(r)).toEqual(["2026-05-16..2026-06-15 31d 10000.00 @10.15 = 86.21"]);
    expect(r.value.total).toBe(euros("86.21"));
    expect(r.value.outstanding.total).toBe(euros("10086.21"));
  });

  test("across the 1 July 2024 change from 12.5 % to 12.25 %: two periods, € 50,86 (each-period rounding: € 50,85)", () => {
    // 16–30 Jun 2024: 15 days, 5 000 × 0.125 × 15/365 = 9 375/365 = 25.684932
    // 1–15 Jul 2024: 15 days, 5 000 × 0.1225 × 15/365 = 9 187.5/365 = 25.171233
    // carried: round(25.684932) = 25.68; round(50.856165) = 50.86 → second period 50.86 − 25.68 = 25.18
    const claim = {
      principal: euros("5000.00"),
      defaultFrom: date("2024-06-16"),
      through: date("2024-07-15"),
    };
    const r = statutoryInterest(claim, commercialInterestRates);
    expect(amounts(r)).toEqual([
      "2024-06-16..2024-06-30 15d 5000.00 @12.5 = 25.68",
      "2024-07-01..2024-07-15 15d 5000.00 @12.25 = 25.18",
    ]);
    expect(r.value.total).toBe(euros("50.86"));
    // each period on its own: 25.68 + 25.17 = 50.85
    const each = statutoryInterest(claim, commercialInterestRates, { rounding: "each-period" });
    expect(each.value.periods.map((p) => p.interest)).toEqual([euros("25.68"), euros("25.17")]);
    expect(each.value.total).toBe(euros("50.85"));
  });

  test("across the first anniversary of the default: the first year's € 123,53 is added to the base on 16 Jan 2025", () => {
    // Default from 16 Jan 2024 (a leap year: the first year of default has 366 days; each day is 1/365).
    // 16 Jan – 30 Jun 2024: 16 + 29 + 31 + 30 + 31 + 30 = 167 days × 12.5 %: 1 000 × 0.125 × 167/365 = 57.191781
    // 1 Jul – 31 Dec 2024: 184 days × 12.25 %: 1 000 × 0.1225 × 184/365 = 61.753425
    // 1 – 15 Jan 2025: 15 days × 11.15 %: 1 000 × 0.1115 × 15/365 = 4.582192
    // carried: 57.19; round(118.945206) = 118.95 → 61.76; round(123.527398) = 123.53 → 4.58; year 1 = 123.53
    // 16 Jan 2025: base 1 000 + 123.53 = 1 123.53
    // 16 Jan – 15 Feb 2025: 31 days × 11.15 %: 1 123.53 × 0.1115 × 31/365 = 10.639675 → 10.64
    // total 123.53 + 10.64 = 134.17
    const r = statutoryInterest(
      { principal: euros("1000.00"), defaultFrom: date("2024-01-16"), through: date("2025-02-15") },
      commercialInterestRates,
    );
    expect(amounts(r)).toEqual([
      "2024-01-16..2024-06-30 167d 1000.00 @12.5 = 57.19",
      "2024-07-01..2024-12-31 184d 1000.00 @12.25 = 61.76",
      "2025-01-01..2025-01-15 15d 1000.00 @11.15 = 4.58",
      "2025-01-16..2025-02-15 31d 1123.53 @11.15 = 10.64",
    ]);
    expect(r.value.periods.map((p) => p.year)).toEqual([1, 1, 1, 2]);
    expect(r.value.capitalized).toBe(euros("123.53"));
    expect(r.value.total).toBe(euros("134.17"));
    expect(explainToText(r, "en")).toContain(
      "After year 1 of default, its unpaid interest of € 123,53 is added",
    );
    // each-period rounding: 57.19 + 61.75 + 4.58 = 123.52 in the first year
    const each = statutoryInterest(
      { principal: euros("1000.00"), defaultFrom: date("2024-01-16"), through: date("2025-02-15") },
      commercialInterestRates,
      { rounding: "each-period" },
    );
    expect(each.value.capitalized).toBe(euros("123.52"));
  });

  test("with a partial payment: € 500 on 14 Feb 2025 pays the € 18,33 interest first, then € 481,67 principal (art. 6:44 BW)", () => {
    // 16 Jan – 14 Feb 2025 (the payment day still bears interest): 30 days,
    //   2 000 × 0.1115 × 30/365 = 6 690/365 = 18.328767 → 18.33
    // payment 500: costs 0, interest 18.33, principal 481.67 → principal 1 518.33
    // 15 Feb – 15 Mar 2025: 14 + 15 = 29 days, 1 518.33 × 0.1115 × 29/365 = 13.450740
    //   carried: round(18.328767 + 13.450740) = round(31.779507) = 31.78 → 31.78 − 18.33 = 13.45
    const r = statutoryInterest(
      {
        principal: euros("2000.00"),
        defaultFrom: date("2025-01-16"),
        through: date("2025-03-15"),
        payments: [{ on: date("2025-02-14"), amount: euros("500.00") }],
      },
      commercialInterestRates,
    );
    expect(amounts(r)).toEqual([
      "2025-01-16..2025-02-14 30d 2000.00 @11.15 = 18.33",
      "2025-02-15..2025-03-15 29d 1518.33 @11.15 = 13.45",
    ]);
    expect(r.value.payments).toEqual([
      {
        on: "2025-02-14",
        amount: euros("500.00"),
        toCosts: 0,
        toInterest: euros("18.33"),
        toPrincipal: euros("481.67"),
        overpaid: 0,
      },
    ]);
    expect(r.value.total).toBe(euros("31.78"));
    expect(r.value.outstanding).toEqual({
      costs: 0,
      interest: euros("13.45"),
      principal: euros("1518.33"),
      total: euros("1531.78"),
    });
  });

  test("a payment pays costs incurred by then before interest and principal, and an overpayment is reported", () => {
    // 2 000 in default from 16 Jan 2025; costs € 100 from 1 Feb; € 3 000 paid on 14 Feb:
    // costs 100, interest 18.33 (as above), principal 2 000, overpaid 3 000 − 2 118.33 = 881.67
    const r = statutoryInterest(
      {
        principal: euros("2000.00"),
        defaultFrom: date("2025-01-16"),
        through: date("2025-03-15"),
        payments: [{ on: date("2025-02-14"), amount: euros("3000.00") }],
        costs: [{ on: date("2025-02-01"), amount: euros("100.00") }],
      },
      commercialInterestRates,
    );
    expect(r.value.payments[0]).toMatchObject({
      toCosts: euros("100.00"),
      toInterest: euros("18.33"),
      toPrincipal: euros("2000.00"),
      overpaid: euros("881.67"),
    });
    expect(r.value.overpaid).toBe(euros("881.67"));
    expect(r.value.total).toBe(euros("18.33"));
    expect(explainToText(r, "en")).toContain("€ 881,67 exceeds what was owed");
  });

  test("paid on the due date: no day of default, no interest", () => {
    const r = statutoryInterest(
      {
        principal: euros("2000.00"),
        defaultFrom: date("2025-01-16"),
        through: date("2025-03-15"),
        payments: [{ on: date("2025-01-15"), amount: euros("2000.00") }],
      },
      commercialInterestRates,
    );
    expect(r.value.total).toBe(0);
    expect(r.value.periods).toEqual([]);
  });

  test("a default starting on 29 Feb 2024 compounds on 1 Mar 2025 (no 29 Feb in 2025)", () => {
    const r = statutoryInterest(
      { principal: euros("1000.00"), defaultFrom: date("2024-02-29"), through: date("2025-03-10") },
      commercialInterestRates,
    );
    const year2 = r.value.periods.filter((p) => p.year === 2);
    expect(year2[0]?.from).toBe("2025-03-01");
  });

  test("the ordinary rate (art. 6:119 BW): € 1.000 over all of 2024 at 7 % is € 70,19 (366 days / 365)", () => {
    // 1 000 × 0.07 × 366/365 = 70.191781 → 70.19
    const r = statutoryInterest(
      { principal: euros("1000.00"), defaultFrom: date("2024-01-01"), through: date("2024-12-31") },
      statutoryInterestRates,
    );
    expect(r.value.total).toBe(euros("70.19"));
    expect(explainToText(r, "en")).toContain("BW art. 6:119");
  });

  test("days after the table's last known day are computed at the last rate and flagged provisional", () => {
    const r = statutoryInterest(
      { principal: euros("1000.00"), defaultFrom: date("2026-06-01"), through: date("2026-07-31") },
      commercialInterestRates,
    );
    expect(r.value.provisionalFrom).toBe("2026-07-01");
    expect(r.value.periods[0]?.provisional).toBe(true);
    expect(explainToText(r, "en")).toContain("provisional");
  });

  test("days before the table's first row bear no interest and are reported, not silently zero", () => {
    const r = statutoryInterest(
      { principal: euros("1000.00"), defaultFrom: date("2014-12-01"), through: date("2015-01-31") },
      commercialInterestRates,
    );
    expect(r.value.rateUnknown).toEqual({ from: "2014-12-01", through: "2014-12-31" });
    expect(r.value.periods[0]?.from).toBe("2015-01-01");
  });

  test("a user's own table: 1 % per year from 2020, 365 days of € 365 give € 3,65", () => {
    const own = decodeInterestTable({
      name: "contract rate",
      rows: [{ from: "2020-01-01", value: "1", citations: [{ source: "ACME-2027", article: "4.2" }] }],
      through: "2030-12-31",
      citations: [{ source: "ACME-2027", article: "4.2" }],
      compounding: { citations: [{ source: "ACME-2027", article: "4.3" }] },
      imputation: { citations: [{ source: "BW", article: "6:44" }] },
    });
    expect(own.ok).toBe(true);
    if (!own.ok) return;
    const r = statutoryInterest(
      { principal: euros("365.00"), defaultFrom: date("2021-01-01"), through: date("2021-12-31") },
      own.value,
    );
    expect(r.value.total).toBe(euros("3.65"));
    expect(explainToText(r, "en")).toContain("ACME-2027 art. 4.2");
  });
});

describe("decoding interest inputs (spec §7)", () => {
  test("a table with two rows starting on the same day (an overlap) is rejected", () => {
    const r = decodeInterestTable({
      name: "t",
      rows: [
        { from: "2024-01-01", value: "8", citations: [] },
        { from: "2024-01-01", value: "9", citations: [] },
      ],
      through: "2024-12-31",
      citations: [],
      compounding: { citations: [] },
      imputation: { citations: [] },
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({
        path: "$.rows[1].from",
        message: expect.stringContaining("sorted"),
      });
  });

  test("unsorted rows, a rate without an effective date and a rate with five decimals are rejected", () => {
    const base = {
      name: "t",
      through: "2024-12-31",
      citations: [],
      compounding: { citations: [] },
      imputation: { citations: [] },
    };
    expect(
      decodeInterestTable({
        ...base,
        rows: [
          { from: "2024-07-01", value: "8", citations: [] },
          { from: "2024-01-01", value: "9", citations: [] },
        ],
      }).ok,
    ).toBe(false);
    expect(decodeInterestTable({ ...base, rows: [{ value: "8", citations: [] }] }).ok).toBe(false);
    expect(
      decodeInterestTable({ ...base, rows: [{ from: "2024-01-01", value: "8.12345", citations: [] }] }).ok,
    ).toBe(false);
  });

  test("amounts with three decimals, a negative principal and a payment after the last day are rejected with readable messages", () => {
    const ok = { principal: "100.00", defaultFrom: "2025-01-01", through: "2025-02-01" };
    expect(decodeInterestClaim(ok).ok).toBe(true);
    const three = decodeInterestClaim({ ...ok, principal: "100.005" });
    expect(three.ok).toBe(false);
    if (!three.ok) expect(three.issues[0]?.path).toBe("$.principal");
    expect(decodeInterestClaim({ ...ok, principal: "-1.00" }).ok).toBe(false);
    const late = decodeInterestClaim({ ...ok, payments: [{ on: "2025-03-01", amount: "10.00" }] });
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.issues[0]?.message).toContain("after the last day computed");
  });
});
