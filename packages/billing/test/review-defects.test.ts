// Defects found in the adversarial review (December 2026): each test is named as the rule it
// checks and failed before its fix.
import { cents, date, euros } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  type Account,
  BillingRules,
  billingMonth,
  commercialInterestRates,
  costPlusTariff,
  decodeAccount,
  decodeBillingRules,
  decodeCollectionCostRule,
  decodeCostPlusInput,
  decodeInterestClaim,
  decodeInvoice,
  decodeMaternityClaim,
  decodeTariffIndexation,
  indexTariff,
  invoiceDeadline,
  invoiceTotals,
  type MaternityClaim,
  mdoBilling,
  settleClaim,
  statusAt,
  statutoryInterest,
  tariffSchedule,
  vgzMaternityClaims,
} from "../src/index.js";

const MAX = Number.MAX_SAFE_INTEGER;

describe("MDO-BV 6.11: collection costs once per hand-over, on the total owed", () => {
  const reminders = [
    { type: "reminderSent", on: "2026-02-20", invoice: "A", termEnds: "2026-03-01" },
    { type: "reminderSent", on: "2026-03-05", invoice: "A", termEnds: "2026-03-15" },
  ];
  const raw = (invoices: ReadonlyArray<string>) => ({
    invoices: [{ number: "A", invoiceDate: "2026-01-15", amount: "30000.00" }],
    events: [...reminders, { type: "handedOver", on: "2026-03-20", invoices }],
  });

  test("an invoice listed twice in one hand-over is rejected at decoding", () => {
    const r = decodeAccount(raw(["A", "A"]), mdoBilling);
    expect(r.ok).toBe(false);
  });

  test("an invoice listed twice does not double the total owed or the costs (statusAt refuses the event)", () => {
    const once = decodeAccount(raw(["A"]), mdoBilling);
    if (!once.ok) throw new Error("decode");
    const account: Account = {
      ...once.value,
      events: [
        ...once.value.events.slice(0, 2),
        { type: "handedOver", on: date("2026-03-20"), invoices: ["A", "A"] },
      ],
    };
    const s = statusAt(account, mdoBilling, date("2026-03-20")).value;
    // owed once: 30 000 + interest 15 Feb – 20 Mar 2026 (34 days at 10.15 %: 30 000 × 0.1015 × 34/365 = 283.64)
    // = 30 283.64, costs 5 % = 1 514.18; never 5 % of twice that (3 028.36)
    expect(s.handOvers).toEqual([]);
    expect(s.totals.costs).toBe(0);
    expect(s.rejected.map((x) => x.type)).toEqual(["handedOver"]);
    const good = statusAt(once.value, mdoBilling, date("2026-03-20")).value;
    expect(good.handOvers[0]?.totalOwed).toBe(3_028_364);
    expect(good.handOvers[0]?.costs).toBe(151_418);
  });
});

describe("VGZ-GBZ partial payment: a line is paid only when its caregiver is registered as qualified", () => {
  const line = { id: "1", caregiver: "vk-1", code: "A", amount: "100.00", date: "2026-03-01" };
  const twice = {
    careType: "midwifery",
    contracted: true,
    lines: [line],
    registrations: [
      { caregiver: "vk-1", qualifiedFor: [], reported: true },
      { caregiver: "vk-1", qualifiedFor: ["midwifery"], reported: true },
    ],
  };

  test("a caregiver registered twice is rejected at decoding", () => {
    expect(decodeMaternityClaim(twice).ok).toBe(false);
  });

  test("given two registrations, one unqualified, the line is not paid (the strictest holds)", () => {
    const claim = twice as unknown as MaternityClaim;
    const r = settleClaim(
      { ...claim, lines: [{ ...claim.lines[0], amount: euros("100.00") } as never] },
      vgzMaternityClaims,
    );
    expect(r.value.paid).toBe(0);
    expect(r.value.lines[0]?.reason).toContain("not qualified");
    const reported = settleClaim(
      {
        ...claim,
        lines: [{ ...line, amount: euros("100.00"), date: date("2026-03-01") }] as never,
        registrations: [
          { caregiver: "vk-1", qualifiedFor: ["midwifery"], reported: false },
          { caregiver: "vk-1", qualifiedFor: ["midwifery"], reported: true },
        ],
      },
      vgzMaternityClaims,
    );
    expect(reported.value.paid).toBe(0);
  });

  test("non-contracted care: a code with two maximum tariffs is rejected, and capped at the lower one if given", () => {
    const raw = {
      careType: "midwifery",
      contracted: false,
      lines: [line],
      registrations: [],
      maxTariffs: [
        { code: "A", max: "50.00" },
        { code: "A", max: "90.00" },
      ],
    };
    expect(decodeMaternityClaim(raw).ok).toBe(false);
    const claim = {
      careType: "midwifery",
      contracted: false,
      lines: [{ ...line, amount: euros("100.00"), date: date("2026-03-01") }],
      registrations: [],
      maxTariffs: [
        { code: "A", max: euros("50.00") },
        { code: "A", max: euros("90.00") },
      ],
    } as unknown as MaternityClaim;
    expect(settleClaim(claim, vgzMaternityClaims).value.paid).toBe(5000);
  });

  test("non-contracted care: a negative maximum tariff is rejected at decoding", () => {
    const raw = {
      careType: "midwifery",
      contracted: false,
      lines: [line],
      registrations: [],
      maxTariffs: [{ code: "A", max: "-5.00" }],
    };
    expect(decodeMaternityClaim(raw).ok).toBe(false);
  });
});

describe("decoded subjects stay in safe-integer cents (no throw, no inexact amount)", () => {
  test("art. 6:119a BW: a principal whose interest would leave the safe range is rejected at decoding", () => {
    const r = decodeInterestClaim({
      principal: "90071992547409.91",
      defaultFrom: "2024-01-01",
      through: "2026-06-30",
    });
    expect(r.ok).toBe(false);
  });

  test("art. 6:119a BW: statutoryInterest never returns an amount outside the safe range (it throws instead)", () => {
    const claim = { principal: cents(MAX - 1), defaultFrom: date("2024-01-01"), through: date("2026-06-30") };
    expect(() => statutoryInterest(claim, commercialInterestRates)).toThrow(RangeError);
  });

  test("every decoded interest claim can be computed under the MDO table (principal at the bound, 30 years)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_000_000 }),
        fc.integer({ min: 0, max: 11_000 }),
        (p, span) => {
          const r = decodeInterestClaim({
            principal: (p / 100).toFixed(2),
            defaultFrom: "1996-01-01",
            through: new Date(Date.UTC(1996, 0, 1 + span)).toISOString().slice(0, 10),
          });
          if (!r.ok) return;
          const v = statutoryInterest(r.value, {
            ...commercialInterestRates,
            rows: [{ from: date("1990-01-01"), value: "13", citations: [] }],
          }).value;
          expect(Number.isSafeInteger(v.outstanding.total)).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });

  test("MDO-BV 6.15: an invoice the decoder accepts can be totalled (lines beyond the range are rejected)", () => {
    const huge = {
      number: "1",
      month: "2026-03",
      invoiceDate: "2026-04-01",
      lines: [
        {
          description: "x",
          quantity: "999999999",
          unitPrice: "90071992547409.91",
          vat: "standard",
          supplyDate: "2026-03-01",
        },
      ],
    };
    expect(decodeInvoice(huge).ok).toBe(false);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ q: fc.integer({ min: 0, max: 999_999_999 }), p: fc.integer({ min: -MAX, max: MAX }) }),
          { minLength: 1, maxLength: 5 },
        ),
        (ls) => {
          const r = decodeInvoice({
            number: "1",
            month: "2026-03",
            invoiceDate: "2026-04-01",
            lines: ls.map(({ q, p }) => ({
              description: "x",
              quantity: String(q),
              unitPrice: `${p < 0 ? "-" : ""}${Math.floor(Math.abs(p) / 100)}.${String(Math.abs(p) % 100).padStart(2, "0")}`,
              vat: "standard",
              supplyDate: "2026-03-01",
            })),
          });
          if (r.ok) expect(Number.isSafeInteger(invoiceTotals(r.value, mdoBilling).value.total)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("MDO-BV 6.10–6.12: an account whose invoices add up beyond the range is rejected at decoding", () => {
    const inv = (n: number) => ({ number: `A-${n}`, invoiceDate: "2026-01-15", amount: "90000000000000.00" });
    expect(decodeAccount({ invoices: [inv(1), inv(2)], events: [] }, mdoBilling).ok).toBe(false);
    expect(decodeAccount({ invoices: [{ ...inv(1), amount: "1000.00" }], events: [] }, mdoBilling).ok).toBe(
      true,
    );
  });
});

describe("MDO-BV 6.6/6.7: the tariff changes only by the yearly indexation or a capped interim increase", () => {
  test("a second `set` event is refused (it would bypass once-a-year and the cost cap)", () => {
    const s = tariffSchedule(
      [
        { kind: "set", effectiveDate: date("2027-01-01"), tariff: euros("10.00") },
        { kind: "indexation", effectiveDate: date("2027-07-01"), tariff: euros("10.30") },
        { kind: "set", effectiveDate: date("2027-09-01"), tariff: euros("15.00") },
      ],
      mdoBilling,
    ).value;
    expect(s.table.map((r) => r.value)).toEqual([1000, 1030]);
    expect(s.rejected.map((r) => r.index)).toEqual([2]);
  });
});

describe("MDO-BV 6.3/6.6: decoded tariff inputs give tariffs in safe-integer cents", () => {
  test("a cost price whose tariff would leave the safe range is rejected", () => {
    expect(decodeCostPlusInput({ costPrice: "90071992547409.91", marginPercent: "5" }, mdoBilling).ok).toBe(
      false,
    );
  });

  test("an indexation whose result would leave the safe range is rejected", () => {
    const raw = {
      tariff: "1000000.00",
      effectiveDate: "2027-01-01",
      basis: "inflation",
      indexBefore: "0.000001",
      indexNow: "9999999",
      earlierIndexations: [],
    };
    expect(decodeTariffIndexation(raw).ok).toBe(false);
  });

  test("every decoded cost-plus input and indexation computes to a safe amount", () => {
    const amount = fc
      .bigInt({ min: 0n, max: BigInt(MAX) })
      .map((c) => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`);
    const index = fc.oneof(
      fc.constantFrom("0.000001", "9999999", "100", "1"),
      fc.integer({ min: 1, max: 9_999_999 }).map(String),
    );
    fc.assert(
      fc.property(amount, index, index, fc.constantFrom("0", "5", "2.5"), (a, before, now, margin) => {
        const c = decodeCostPlusInput({ costPrice: a, marginPercent: margin }, mdoBilling);
        if (c.ok) expect(Number.isSafeInteger(costPlusTariff(c.value, mdoBilling).value)).toBe(true);
        const i = decodeTariffIndexation({
          tariff: a,
          effectiveDate: "2027-01-01",
          basis: "inflation",
          indexBefore: before,
          indexNow: now,
          earlierIndexations: [],
        });
        if (i.ok) expect(Number.isSafeInteger(indexTariff(i.value, mdoBilling).value.tariff)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("collection-cost rules (MDO-BV 6.11, BIK art. 2 as a second rule): a scale the computation can read", () => {
  const rule = (bands: ReadonlyArray<object>, extra: object = {}) => ({
    id: "own",
    bands,
    minimum: "40.00",
    citations: [],
    ...extra,
  });

  test("bands whose upper bounds do not rise are rejected (the scale would skip a slice of the amount)", () => {
    // before: 10 % up to € 5 000, then "15 % up to € 2 500" was skipped, then 5 % from € 2 500 counted the slice € 2 500–5 000 a second time
    expect(
      decodeCollectionCostRule(
        rule([{ upTo: "5000.00", percent: "10" }, { upTo: "2500.00", percent: "15" }, { percent: "5" }]),
      ).ok,
    ).toBe(false);
    expect(decodeCollectionCostRule(rule([{ percent: "5" }, { upTo: "2500.00", percent: "15" }])).ok).toBe(
      false,
    );
    expect(
      decodeCollectionCostRule(
        rule([{ upTo: "2500.00", percent: "15" }, { upTo: "5000.00", percent: "10" }, { percent: "5" }]),
      ).ok,
    ).toBe(true);
  });

  test("a maximum below the minimum, or a negative minimum, is rejected", () => {
    expect(
      decodeCollectionCostRule(rule([{ percent: "5" }], { minimum: "100.00", maximum: "50.00" })).ok,
    ).toBe(false);
    expect(decodeCollectionCostRule(rule([{ percent: "5" }], { minimum: "-1.00" })).ok).toBe(false);
  });
});

describe("MDO-BV 6.9: every decoded rulebook gives an invoice deadline", () => {
  const closedWeek = {
    monday: [],
    tuesday: [],
    wednesday: [],
    thursday: [],
    friday: [],
    saturday: [],
    sunday: [],
  };
  const asJson = (x: typeof mdoBilling) => JSON.parse(JSON.stringify(Schema.encodeSync(BillingRules)(x)));

  test("an office calendar with no open weekday is rejected at decoding (every deadline would throw)", () => {
    const good = asJson(mdoBilling);
    const raw = { ...good, officeCalendar: { ...good.officeCalendar, weekly: closedWeek } };
    const r = decodeBillingRules(raw);
    expect(r.ok).toBe(false);
    expect(decodeBillingRules(good).ok).toBe(true);
  });

  test("the last billing month with the largest working-day figure on a one-day week still has a deadline", () => {
    const oneDay = {
      ...mdoBilling,
      officeCalendar: {
        ...mdoBilling.officeCalendar,
        weekly: { ...closedWeek, monday: mdoBilling.officeCalendar.weekly.monday },
      },
      invoiceWorkingDays: { value: 250, citations: [] },
    };
    const d = invoiceDeadline(billingMonth("2099-12"), oneDay).value;
    expect(d > "2104-01-01" && d < "2106-01-01").toBe(true);
  });
});

describe("art. 6:44 BW with MDO-BV 6.11: a payment made before the hand-over that day does not pay its costs", () => {
  const account = (order: "pay-first" | "hand-first") => {
    const pay = { type: "paid", on: "2026-03-20", invoice: "A", amount: "30000.00" };
    const hand = { type: "handedOver", on: "2026-03-20", invoices: ["A"] };
    const r = decodeAccount(
      {
        invoices: [{ number: "A", invoiceDate: "2026-01-15", amount: "30000.00" }],
        events: [
          { type: "reminderSent", on: "2026-02-20", invoice: "A", termEnds: "2026-03-01" },
          { type: "reminderSent", on: "2026-03-05", invoice: "A", termEnds: "2026-03-15" },
          ...(order === "pay-first" ? [pay, hand] : [hand, pay]),
        ],
      },
      mdoBilling,
    );
    if (!r.ok) throw new Error("decode");
    return r.value;
  };

  test("paid first: the payment goes to interest (283.64) and principal; the hand-over's € 1 000 stays costs", () => {
    // owed before the payment: 30 000 + 283.64 interest (15 Feb – 20 Mar, 34 days at 10.15 %)
    // the payment: 283.64 interest, 29 716.36 principal → 283.64 principal left = the total owed at hand-over
    // costs: 5 % of 283.64 is below the minimum → € 1 000
    const s = statusAt(account("pay-first"), mdoBilling, date("2026-03-20")).value;
    expect(s.handOvers.map((h) => [h.totalOwed, h.costs])).toEqual([[28_364, 100_000]]);
    expect(s.totals).toEqual({ principal: 28_364, interest: 0, costs: 100_000, outstanding: 128_364 });
    // costs bear no interest: 30 days later only the 283.64 principal has: year 1's exact sum
    // 283.6438 + 283.64 × 0.1015 × 30/365 (2.3660) = 286.0098 → 286.01, so 2.37 more
    const later = statusAt(account("pay-first"), mdoBilling, date("2026-04-19")).value;
    expect(later.totals).toEqual({ principal: 28_364, interest: 237, costs: 100_000, outstanding: 128_601 });
  });

  test("handed over first: the costs (5 % of 30 283.64 = 1 514.18) are paid first by the later payment", () => {
    const s = statusAt(account("hand-first"), mdoBilling, date("2026-03-20")).value;
    expect(s.handOvers.map((h) => [h.totalOwed, h.costs])).toEqual([[3_028_364, 151_418]]);
    expect(s.totals).toEqual({ principal: 179_782, interest: 0, costs: 0, outstanding: 179_782 });
  });
});
