// invoiceTotalsBatch against invoiceTotals, invoice by invoice (issue #18: the batch without the
// explanation must give the same amounts). The VAT tables are generated too: rates with up to four
// decimals that change inside the billed month, rows repeating a rate, supply dates before a
// table's first row; lines with zero and negative (credit) unit prices, zero and three-decimal
// quantities, and quantities large enough to leave the exact-integer fast path.
import { cents, date, fromEpochDay, type LocalDate, toEpochDay } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  BillingRules,
  billingMonth,
  Invoice,
  type InvoiceLine,
  invoiceTotals,
  invoiceTotalsBatch,
  mdoBilling,
  type VatRounding,
} from "../src/index.js";
import { arbInvoice } from "../src/testing.js";

const day = (iso: string) => toEpochDay(iso as LocalDate);
/** The billed month is January 2026; tables start and change between 20 Dec 2025 and 31 Jan 2026. */
const arbFrom = fc.integer({ min: day("2025-12-20"), max: day("2026-01-31") });
const arbPercent = fc.oneof(
  fc.constantFrom("0", "9", "21", "100"),
  fc
    .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 4 }))
    .map(([w, d, k]) => `${w}.${`${d}`.padStart(4, "0").slice(0, k)}`),
);
/** 1–4 rows with distinct, sorted start dates; a rate may repeat (those rows share one VAT group). */
const arbTable = fc
  .uniqueArray(arbFrom, { minLength: 1, maxLength: 4 })
  .chain((froms) =>
    fc
      .tuple(...froms.map(() => arbPercent))
      .map((ps) =>
        [...froms]
          .sort((a, b) => a - b)
          .map((f, i) => ({ from: fromEpochDay(f), value: ps[i] as string, citations: [] })),
      ),
  );
const arbRules = fc
  .record({ standard: arbTable, reduced: arbTable, zero: arbTable })
  .map(
    (t): BillingRules => ({ ...mdoBilling, vatRates: { ...t, citations: mdoBilling.vatRates.citations } }),
  );

const arbQuantity = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 1000 }).map(String) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 1, max: 3 }),
      )
      .map(([w, d, k]) => `${w}.${`${d}`.padStart(3, "0").slice(0, k)}`),
  },
);
/** A quantity of 10^8–10^9 with three decimals: quantity × price above 2^53 / 2 takes the BigInt path. */
const arbBigQuantity = fc
  .tuple(fc.integer({ min: 100_000_000, max: 999_999_999 }), fc.integer({ min: 0, max: 999 }))
  .map(([w, d]) => `${w}.${`${d}`.padStart(3, "0")}`);
const arbDay = fc.integer({ min: day("2025-12-01"), max: day("2026-01-31") }).map(fromEpochDay);
const arbVat = fc.constantFrom("standard" as const, "reduced" as const, "zero" as const);
const arbBigLine: fc.Arbitrary<InvoiceLine> = fc.record({
  description: fc.constant("big line"),
  quantity: arbBigQuantity,
  unitPrice: fc.integer({ min: -10_000, max: 10_000 }).map(cents),
  vat: arbVat,
  supplyDate: arbDay,
});
const arbSmallLine: fc.Arbitrary<InvoiceLine> = fc.record({
  description: fc.constant("line"),
  quantity: arbQuantity,
  unitPrice: fc
    .oneof(fc.constantFrom(0, 1, -1, 50, -50, 105, -105), fc.integer({ min: -1_000_000, max: 1_000_000 }))
    .map(cents),
  vat: arbVat,
  // from 1 Dec 2025: some lines before a table's first row
  supplyDate: arbDay,
});
const arbLine = fc.oneof({ weight: 30, arbitrary: arbSmallLine }, { weight: 1, arbitrary: arbBigLine });
const arbInvoices = fc.array(
  fc
    .record({
      number: fc.string({ maxLength: 8 }),
      month: fc.constant(billingMonth("2026-01")),
      invoiceDate: fc.integer({ min: day("2026-01-31"), max: day("2026-02-14") }).map(fromEpochDay),
      lines: fc.array(arbLine, { maxLength: 30 }),
    })
    // what decodeInvoice admits: Σ |quantity × unit price| ≤ € 10^12 (rarely not, with several big lines)
    .filter((inv) => Schema.is(Invoice)(inv)),
  { maxLength: 12 },
);
const arbRounding = fc.constantFrom<VatRounding>("per-invoice", "per-line");

/** The batch's entry i and invoiceTotals of invoice i, field by field. */
function expectSameAsSingle(invoices: ReadonlyArray<Invoice>, rules: BillingRules, rounding: VatRounding) {
  const batch = invoiceTotalsBatch(invoices, rules, { vatRounding: rounding }).value;
  expect(batch.vatRounding).toBe(rounding);
  for (const k of ["net", "vatTotal", "total", "vat"] as const)
    expect(batch[k]).toHaveLength(invoices.length);
  const missing: Array<number> = [];
  invoices.forEach((inv, i) => {
    const one = invoiceTotals(inv, rules, { vatRounding: rounding }).value;
    expect({
      net: batch.net[i],
      vatTotal: batch.vatTotal[i],
      total: batch.total[i],
      vat: batch.vat[i],
    }).toEqual({ net: one.net, vatTotal: one.vatTotal, total: one.total, vat: one.vat });
    if (one.missingVatRate.length > 0) missing.push(i);
  });
  expect(batch.missingVatRate).toEqual(missing);
  return batch;
}

describe("invoiceTotalsBatch = invoiceTotals, invoice by invoice", () => {
  test("the generated VAT tables are ones decodeBillingRules admits", () => {
    fc.assert(
      fc.property(arbRules, (rules) => {
        expect(Schema.is(BillingRules)(rules)).toBe(true);
      }),
    );
  });

  test("net, VAT per rate, VAT and total agree under both roundings, with rates changing by supply date inside the month", () => {
    let changed = 0;
    let missing = 0;
    let credit = 0;
    let big = 0;
    fc.assert(
      fc.property(arbInvoices, arbRules, arbRounding, (invoices, rules, rounding) => {
        const b = expectSameAsSingle(invoices, rules, rounding);
        changed += b.vat.filter((gs) => new Set(gs.map((g) => g.category)).size < gs.length).length;
        missing += b.missingVatRate.length;
        credit += b.total.filter((t) => t < 0).length;
        big += invoices.filter((inv) => inv.lines.some((l) => l.description === "big line")).length;
      }),
      { numRuns: 300 },
    );
    // the generator reaches what the test is about: invoices with two rates of one category,
    // lines before a table starts, invoices that total below zero, lines on the BigInt path
    expect(big).toBeGreaterThan(0);
    expect(changed).toBeGreaterThan(0);
    expect(missing).toBeGreaterThan(0);
    expect(credit).toBeGreaterThan(0);
  });

  test("agree on the MDO preset's own rates (arbInvoice of @zorgkit/billing/testing), both roundings", () => {
    fc.assert(
      fc.property(fc.array(arbInvoice(), { maxLength: 8 }), arbRounding, (invoices, rounding) => {
        expectSameAsSingle(invoices, mdoBilling, rounding);
      }),
    );
  });
});

describe("invoiceTotalsBatch on typed input that skipped the decoder", () => {
  /** The outcome of a call: its value, or the class of what it threw. */
  const outcome = (f: () => unknown) => {
    try {
      return f();
    } catch (e) {
      return (e as Error).constructor.name;
    }
  };
  test('a quantity that is not a Quantity ("1e3", "-1", "1.2.3", ".5") is read as invoiceTotals reads it', () => {
    const arbText = fc
      .array(fc.constantFrom("0", "1", "5", "9", ".", "-", "e", "+", " "), { maxLength: 6 })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(arbText, (quantity) => {
        const inv: Invoice = {
          number: "1",
          month: billingMonth("2026-01"),
          invoiceDate: date("2026-02-01"),
          lines: [
            {
              description: "x",
              quantity,
              unitPrice: cents(1050),
              vat: "standard",
              supplyDate: date("2026-01-31"),
            },
          ],
        };
        const one = outcome(() => {
          const t = invoiceTotals(inv, mdoBilling).value;
          return [t.net, t.vatTotal, t.total];
        });
        const batch = outcome(() => {
          const b = invoiceTotalsBatch([inv], mdoBilling).value;
          return [b.net[0], b.vatTotal[0], b.total[0]];
        });
        expect(batch).toEqual(one);
      }),
    );
  });
});

describe("invoiceTotalsBatch examples", () => {
  const line = (quantity: string, unitPrice: number, supplyDate: string): InvoiceLine => ({
    description: "MDO per provider",
    quantity,
    unitPrice: cents(unitPrice),
    vat: "reduced",
    supplyDate: date(supplyDate),
  });
  const invoice = (lines: ReadonlyArray<InvoiceLine>): Invoice => ({
    number: "2018-12-1",
    month: billingMonth("2018-12"),
    invoiceDate: date("2019-01-10"),
    lines,
  });

  test("a credit line rounds its VAT half away from zero, like invoiceTotals: 6 % of −€ 0,75 = −4.5 ct → −€ 0,05", () => {
    const b = invoiceTotalsBatch([invoice([line("1", -75, "2018-12-31")])], mdoBilling).value;
    expect(b.vat[0]).toEqual([{ category: "reduced", percent: "6", net: -75, vat: -5 }]);
    expect(b.total).toEqual([-80]);
  });

  test("an empty run and an invoice without lines are zero, with a summary step", () => {
    const empty = invoiceTotalsBatch([], mdoBilling);
    expect(empty.value.total).toEqual([]);
    expect(empty.because.map((s) => s.rule)).toEqual(["invoice-batch"]);
    expect(invoiceTotalsBatch([invoice([])], mdoBilling).value).toMatchObject({ total: [0], vat: [[]] });
  });

  test("the run's total in the summary step stays exact beyond 2^53 cents (100 invoices of 999 × € 1 000 000 000,01 + 9 % VAT)", () => {
    const big = invoice([line("999", 100_000_000_001, "2019-01-01")]);
    expect(Schema.is(Invoice)(big)).toBe(true);
    const r = invoiceTotalsBatch(
      Array.from({ length: 100 }, () => big),
      mdoBilling,
    );
    // 99 900 000 000 999 ct + 9 % = 8 991 000 000 089.91 → 8 991 000 000 090 ct
    expect(r.value.total[0]).toBe(108_891_000_001_089);
    // × 100 = 10 889 100 000 108 900 ct > 2^53; summed in doubles it comes out as …108 884
    expect(r.because[0]?.output).toBe("108891000001089.00");
    expect(r.because[0]?.en).toContain("€ 108.891.000.001.089,00");
  });

  test("an invoice with a line supplied before the VAT table starts is listed, its other lines taxed", () => {
    const rules: BillingRules = {
      ...mdoBilling,
      vatRates: {
        ...mdoBilling.vatRates,
        reduced: [{ from: date("2019-01-01"), value: "9", citations: [] }],
      },
    };
    const b = invoiceTotalsBatch(
      [
        invoice([line("1", 1000, "2019-01-01")]),
        invoice([line("1", 1000, "2018-12-31"), line("1", 1000, "2019-01-01")]),
      ],
      rules,
    );
    expect(b.value.missingVatRate).toEqual([1]);
    expect(b.value.total).toEqual([1090, 2090]);
    expect(b.because[0]?.en).toContain("1 with line(s) supplied before the VAT table starts");
  });
});
