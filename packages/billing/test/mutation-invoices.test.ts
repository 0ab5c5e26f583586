// Tests that kill the surviving mutants of src/invoices.ts (issue #17, docs/quality.md).
// MDO-BV 6.9: the invoice within 10 working days after the month (office calendar), paid within 30
// days of the invoice date, a direct debit around the 23rd; MDO-BV 6.15: VAT at the rate in force
// on each line's supply date, stated per rate. Amounts are quantity × unit price half-up to the
// cent. Expected values are worked out by hand (or in BigInt below), never copied from a run.
import { cite, date } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import {
  billingMonth,
  decodeInvoice,
  directDebitDate,
  dueDate,
  invoiceDeadline,
  invoiceTotals,
  invoiceTotalsBatch,
  mdoBilling,
} from "../src/index.js";

type LineInput = { quantity: string; unitPrice: string; vat: string; supplyDate: string };
const line = (
  quantity: string,
  unitPrice: string,
  vat = "standard",
  supplyDate = "2026-03-31",
): LineInput => ({
  quantity,
  unitPrice,
  vat,
  supplyDate,
});

/** A decoded invoice (the decoder must accept it). */
function invoice(
  lines: ReadonlyArray<LineInput>,
  month = "2026-03",
  invoiceDate = "2026-04-15",
  number = "2026-0042",
) {
  const r = decodeInvoice({
    number,
    month,
    invoiceDate,
    lines: lines.map((l) => ({ description: "MDO per provider", ...l })),
  });
  if (!r.ok) throw new Error(`the test invoice must decode: ${JSON.stringify(r.issues)}`);
  return r.value;
}

const issuePaths = (input: unknown): ReadonlyArray<string> => {
  const r = decodeInvoice(input);
  return r.ok ? [] : r.issues.map((i) => i.path);
};
const raw = (month: string, invoiceDate: string, lines: ReadonlyArray<LineInput>) => ({
  number: "1",
  month,
  invoiceDate,
  lines: lines.map((l) => ({ description: "MDO", ...l })),
});

describe("decoding an invoice: the months it can bill and its bounds", () => {
  test("billing months run from 1971-01 to 2099-12; 1970-12, 2100-01 and month 13 are refused", () => {
    expect(billingMonth("1971-01")).toBe("1971-01");
    expect(billingMonth("2099-12")).toBe("2099-12");
    expect(() => billingMonth("1970-12")).toThrow(TypeError);
    expect(() => billingMonth("2100-01")).toThrow(TypeError);
    expect(() => billingMonth("2026-13")).toThrow(TypeError);
    expect(issuePaths(raw("1970-12", "1971-01-05", [line("1", "1.00")]))).toContain("$.month");
    expect(issuePaths(raw("2100-01", "2100-02-05", [line("1", "1.00")]))).toContain("$.month");
  });

  test("an invoice dated on the first day of the month it bills is accepted; the day before is not", () => {
    expect(issuePaths(raw("2026-03", "2026-03-01", [line("1", "1.00")]))).toEqual([]);
    expect(issuePaths(raw("2026-03", "2026-02-28", [line("1", "1.00")]))).toEqual(["$.invoiceDate"]);
  });

  test("lines adding up to exactly € 1 000 000 000 000 excluding VAT are accepted; one cent more is refused at $.lines", () => {
    expect(issuePaths(raw("2026-03", "2026-04-15", [line("1", "1000000000000.00")]))).toEqual([]);
    expect(
      issuePaths(raw("2026-03", "2026-04-15", [line("1", "999999999999.99"), line("1", "-0.02")])),
    ).toEqual(["$.lines"]);
  });
});

describe("MDO-BV 6.9: when the invoice is sent, due and collected", () => {
  test("January 2026 (no holiday in the 10 working days): sent by Fri 13 Feb, every field of the step", () => {
    const r = invoiceDeadline(billingMonth("2026-01"), mdoBilling);
    expect(r.value).toBe("2026-02-13");
    expect(r.because).toHaveLength(1);
    const s = r.because[0];
    expect(s?.rule).toBe("invoice-deadline");
    expect(s?.inputs).toEqual({
      month: "2026-01",
      workingDays: 10,
      calendar: mdoBilling.officeCalendar.name,
    });
    expect(s?.citations).toEqual([cite("MDO-BV", "6.9"), ...mdoBilling.officeCalendar.sources]);
    expect(s?.en).toBe(
      "The invoice for 2026-01 is due to be sent within 10 working days after the month ends: by 2026-02-13.",
    );
    expect(s?.nl).toBe(
      "De factuur over 2026-01 wordt binnen 10 werkdagen na afloop van de maand verstuurd: uiterlijk 2026-02-13.",
    );
  });

  test("March 2026: the Easter holidays in the window (Sunday 5 and Monday 6 April) are listed as not counted", () => {
    const r = invoiceDeadline(billingMonth("2026-03"), mdoBilling);
    expect(r.value).toBe("2026-04-15");
    expect(r.because[0]?.en).toContain(
      "by 2026-04-15; not counted: 2026-04-05 (Eerste Paasdag), 2026-04-06 (Tweede Paasdag).",
    );
    expect(r.because[0]?.nl).toContain(
      "uiterlijk 2026-04-15; niet meegeteld: 2026-04-05 (Eerste Paasdag), 2026-04-06 (Tweede Paasdag).",
    );
  });

  test("an invoice dated 15 Apr 2026 is due 30 days later, 15 May, with its step", () => {
    const r = dueDate({ invoiceDate: date("2026-04-15") }, mdoBilling);
    expect(r.value).toBe("2026-05-15");
    expect(r.because).toHaveLength(1);
    expect(r.because[0]?.rule).toBe("due-date");
    expect(r.because[0]?.inputs).toEqual({ invoiceDate: "2026-04-15", days: 30 });
    expect(r.because[0]?.output).toBe("2026-05-15");
    expect(r.because[0]?.citations).toEqual([cite("MDO-BV", "6.9")]);
  });

  test("a direct debit after the 23rd of April is collected on 23 May; after the 23rd of December on 23 January", () => {
    expect(directDebitDate({ invoiceDate: date("2026-04-24") }, mdoBilling).value).toBe("2026-05-23");
    expect(directDebitDate({ invoiceDate: date("2026-11-30") }, mdoBilling).value).toBe("2026-12-23");
    expect(directDebitDate({ invoiceDate: date("2026-12-24") }, mdoBilling).value).toBe("2027-01-23");
    expect(directDebitDate({ invoiceDate: date("2026-04-23") }, mdoBilling).value).toBe("2026-04-23");
  });

  test("the direct-debit step records the invoice date and the day, citing MDO-BV 6.9", () => {
    const r = directDebitDate({ invoiceDate: date("2026-04-24") }, mdoBilling);
    expect(r.because).toHaveLength(1);
    expect(r.because[0]?.rule).toBe("direct-debit-date");
    expect(r.because[0]?.inputs).toEqual({ invoiceDate: "2026-04-24", day: 23 });
    expect(r.because[0]?.output).toBe("2026-05-23");
    expect(r.because[0]?.citations).toEqual(mdoBilling.directDebitDay.citations);
    expect(r.because[0]?.citations[0]?.article).toBe("6.9");
  });
});

describe("MDO-BV 6.15: VAT per rate, rounded once over the invoice or per line", () => {
  // 2 × € 10,50 at 21 %: € 4,41 once over the invoice (21 % of € 21,00), € 4,42 per line (2 × 2.205 → 2 × 2.21)
  const twoLines = () => invoice([line("1", "10.50"), line("1", "10.50")]);

  test("rounded once over the invoice: the lines carry no VAT of their own, and the steps say so", () => {
    const r = invoiceTotals(twoLines(), mdoBilling);
    expect(r.value.vatTotal).toBe(441);
    expect(r.value.lines).toStrictEqual([
      { net: 1050, vatPercent: "21" },
      { net: 1050, vatPercent: "21" },
    ]);
    expect(r.because.map((s) => s.rule)).toEqual(["invoice-vat", "invoice-total"]);
    const vat = r.because[0];
    expect(vat?.inputs).toEqual({
      category: "standard",
      percent: "21",
      net: "21.00",
      rounding: "per-invoice",
    });
    expect(vat?.output).toBe("4.41");
    expect(vat?.en).toBe("VAT 21 % (standard) on € 21,00: € 4,41, rounded half-up once over the invoice.");
    expect(vat?.nl).toBe(
      "Btw 21 % (standard) over € 21,00: € 4,41, half-up afgerond eenmaal over de factuur.",
    );
    const total = r.because[1];
    expect(total?.inputs).toEqual({ number: "2026-0042", lines: 2 });
    expect(total?.output).toBe("25.41");
  });

  test("rounded per line: each line's own VAT, and the sentences say per line", () => {
    const r = invoiceTotals(twoLines(), mdoBilling, { vatRounding: "per-line" });
    expect(r.value.vatTotal).toBe(442);
    expect(r.value.lines).toStrictEqual([
      { net: 1050, vatPercent: "21", vat: 221 },
      { net: 1050, vatPercent: "21", vat: 221 },
    ]);
    expect(r.because[0]?.en).toBe("VAT 21 % (standard) on € 21,00: € 4,42, rounded half-up per line.");
    expect(r.because[0]?.nl).toBe("Btw 21 % (standard) over € 21,00: € 4,42, half-up afgerond per regel.");
  });

  test("a line supplied before the VAT table starts (1 Jan 2001) gets no VAT, is listed, and a step says which", () => {
    const inv = invoice(
      [line("1", "100.00", "standard", "2000-12-31"), line("1", "100.00", "standard", "2001-01-01")],
      "2000-12",
      "2001-01-10",
    );
    const r = invoiceTotals(inv, mdoBilling);
    expect(r.value.lines).toStrictEqual([
      { net: 10000, vatPercent: undefined },
      { net: 10000, vatPercent: "19" },
    ]);
    expect(r.value.missingVatRate).toEqual([0]);
    expect(r.value.vat).toEqual([{ category: "standard", percent: "19", net: 10000, vat: 1900 }]);
    expect(r.value.total).toBe(21900);
    expect(r.because.map((s) => s.rule)).toEqual([
      "invoice-vat",
      "invoice-vat-rate-missing",
      "invoice-total",
    ]);
    expect(r.because[1]?.inputs).toEqual({ lines: [0] });
    expect(r.because[1]?.citations).toEqual(mdoBilling.vatRates.citations);
  });

  test("an invoice whose every line has a rate has no missing-rate step", () => {
    const r = invoiceTotals(invoice([line("2", "10.00")]), mdoBilling);
    expect(r.value.missingVatRate).toEqual([]);
    expect(r.because.map((s) => s.rule)).toEqual(["invoice-vat", "invoice-total"]);
  });

  test("a line of 1.001 × € 90 000 000 004,99 is exact to the cent beyond 2^53: € 90 090 000 004,99 (half-up)", () => {
    // 9 000 000 000 499 cents × 1001 / 1000 = 9 009 000 000 499.499 → 9 009 000 000 499 cents
    const exact = (9_000_000_000_499n * 1001n) / 1000n;
    expect(exact).toBe(9_009_000_000_499n);
    const single = invoice([line("1.001", "90000000004.99", "zero")]);
    expect(invoiceTotals(single, mdoBilling).value.net).toBe(Number(exact));
    expect(invoiceTotalsBatch([single], mdoBilling).value.net).toEqual([Number(exact)]);
  });
});

describe("a monthly invoice run (MDO-BV 6.15 in the batch)", () => {
  test("100 credit invoices of € −999 999 999 999,99 add up exactly: € −99 999 999 999 999,00", () => {
    const credit = invoice([line("1", "-999999999999.99", "zero")]);
    const run = invoiceTotalsBatch(
      Array.from({ length: 100 }, () => credit),
      mdoBilling,
    );
    expect(run.value.total[99]).toBe(-99_999_999_999_999);
    expect(run.because[0]?.output).toBe("-99999999999999.00");
    expect(run.because[0]?.en).toContain("€ -99.999.999.999.999,00 including VAT");
  });

  test("a run with one credit note of € 12,05 totals € −12,05; an empty run € 0,00", () => {
    const credit = invoice([line("1", "-12.05", "zero")]);
    expect(invoiceTotalsBatch([credit], mdoBilling).because[0]?.output).toBe("-12.05");
    const empty = invoiceTotalsBatch([], mdoBilling);
    expect(empty.because[0]?.output).toBe("0.00");
    expect(empty.because[0]?.inputs).toEqual({ invoices: 0, rounding: "per-invoice", missingVatRate: 0 });
  });

  test("the run's step: counts, rounding, and the missing-rate clause only when a line lacks a rate", () => {
    const ok = invoice([line("1", "10.00")]);
    const early = invoice([line("1", "10.00", "standard", "2000-12-31")], "2000-12", "2001-01-10");
    const plain = invoiceTotalsBatch([ok], mdoBilling);
    expect(plain.because[0]?.inputs).toEqual({ invoices: 1, rounding: "per-invoice", missingVatRate: 0 });
    expect(plain.because[0]?.en).toBe(
      "Totals of 1 invoice(s): € 12,10 including VAT at the rate in force on each line's supply date, rounded half-up once per rate over each invoice.",
    );
    expect(plain.because[0]?.nl).toBe(
      "Totalen van 1 factuur/facturen: € 12,10 inclusief btw tegen het tarief op de leverdatum van elke regel, half-up afgerond eenmaal per tarief over elke factuur.",
    );
    const lacking = invoiceTotalsBatch([ok, early], mdoBilling, { vatRounding: "per-line" });
    expect(lacking.value.missingVatRate).toEqual([1]);
    expect(lacking.because[0]?.inputs).toEqual({ invoices: 2, rounding: "per-line", missingVatRate: 1 });
    expect(lacking.because[0]?.en).toContain(
      "rounded half-up per line; 1 with line(s) supplied before the VAT table starts (no VAT computed for those lines).",
    );
    expect(lacking.because[0]?.nl).toContain(
      "half-up afgerond per regel; 1 met regel(s) geleverd vóór het begin van de btw-tabel (daarover geen btw berekend).",
    );
  });
});
