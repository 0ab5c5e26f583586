import { addWorkingDays, compileCalendar, date, euros, explainToText } from "@zorgkit/core";
import { mdoOfficeHours } from "@zorgkit/core/presets";
import { describe, expect, test } from "vitest";
import {
  billingMonth,
  decodeInvoice,
  directDebitDate,
  dueDate,
  type Invoice,
  invoiceDeadline,
  invoiceTotals,
  mdoBilling,
} from "../src/index.js";

const line = (
  unitPrice: string,
  supplyDate = "2026-03-31",
  quantity = "1",
  vat: "standard" | "reduced" | "zero" = "standard",
) => ({
  description: "MDO",
  quantity,
  unitPrice: euros(unitPrice),
  vat,
  supplyDate: date(supplyDate),
});

describe("the monthly invoice run (MDO-BV 6.9)", () => {
  test("March 2026: Easter Monday 6 April pushes the 10th working day from 14 to 15 April; due 15 May; in default from 16 May", () => {
    // Working days after Tue 31 Mar: 1, 2, 3 Apr (Good Friday is open under the MDO holiday set),
    // [Mon 6 Apr Easter Monday closed], 7, 8, 9, 10, 13, 14, 15 Apr → the 10th is 15 April.
    const deadline = invoiceDeadline(billingMonth("2026-03"), mdoBilling);
    expect(deadline.value).toBe("2026-04-15");
    expect(explainToText(deadline, "en")).toContain("2026-04-06 (Tweede Paasdag)");
    // without the holiday the same count would end a day earlier
    const plain = compileCalendar(
      { ...mdoOfficeHours, holidays: { ...mdoOfficeHours.holidays, days: [] } },
      { from: 2026, to: 2026 },
    );
    expect(addWorkingDays(plain, date("2026-03-31"), 10)).toBe("2026-04-14");
    // an invoice run sent on the last permitted day
    const run = ["A-1", "A-2", "A-3"].map((number) => ({ number, invoiceDate: deadline.value }));
    for (const inv of run) {
      expect(dueDate(inv, mdoBilling).value).toBe("2026-05-15");
      expect(directDebitDate(inv, mdoBilling).value).toBe("2026-04-23");
    }
  });

  test("December 2026: New Year's Day 1 Jan 2027 pushes the 10th working day to 15 January (Christmas falls before any month's window)", () => {
    // Thu 31 Dec; [Fri 1 Jan closed]; 4–8 Jan (5), 11–15 Jan (10)
    expect(invoiceDeadline(billingMonth("2026-12"), mdoBilling).value).toBe("2027-01-15");
    // November 2026: 30 Nov is a Monday; 1–4 Dec (4), 7–11 Dec (9), 14 Dec (10): Christmas is weeks later
    expect(invoiceDeadline(billingMonth("2026-11"), mdoBilling).value).toBe("2026-12-14");
  });

  test("an invoice dated 15 Apr 2026 is due 15 May 2026 (30 days)", () => {
    expect(dueDate({ invoiceDate: date("2026-04-15") }, mdoBilling).value).toBe("2026-05-15");
    expect(dueDate({ invoiceDate: date("2026-12-31") }, mdoBilling).value).toBe("2027-01-30");
  });

  test("direct debit on the 23rd on or after the invoice date, across the year end", () => {
    expect(directDebitDate({ invoiceDate: date("2026-12-23") }, mdoBilling).value).toBe("2026-12-23");
    expect(directDebitDate({ invoiceDate: date("2026-12-24") }, mdoBilling).value).toBe("2027-01-23");
  });
});

describe("invoice totals and VAT (MDO-BV 6.15)", () => {
  const invoice = (lines: Invoice["lines"]): Invoice => ({
    number: "2026-0001",
    month: billingMonth("2026-03"),
    invoiceDate: date("2026-04-15"),
    lines,
  });

  test("per-invoice rounding is the default: two lines of € 10,50 at 21 % give € 4,41 VAT; per line € 4,42", () => {
    const inv = invoice([line("10.50"), line("10.50")]);
    const a = invoiceTotals(inv, mdoBilling).value;
    expect(a.vatRounding).toBe("per-invoice");
    expect(a.vat).toEqual([{ category: "standard", percent: "21", net: euros("21.00"), vat: euros("4.41") }]);
    expect(a.total).toBe(euros("25.41"));
    const b = invoiceTotals(inv, mdoBilling, { vatRounding: "per-line" }).value;
    expect(b.lines.map((l) => l.vat)).toEqual([euros("2.21"), euros("2.21")]); // 2.205 → 2.21
    expect(b.total).toBe(euros("25.42"));
  });

  test("the rate follows each line's supply date: reduced 6 % on 31 Dec 2018, 9 % on 1 Jan 2019", () => {
    const inv: Invoice = {
      number: "X",
      month: billingMonth("2018-12"),
      invoiceDate: date("2019-01-10"),
      lines: [line("100.00", "2018-12-31", "1", "reduced"), line("100.00", "2019-01-01", "1", "reduced")],
    };
    const t = invoiceTotals(inv, mdoBilling).value;
    expect(t.vat.map((g) => [g.percent, g.vat])).toEqual([
      ["6", euros("6.00")],
      ["9", euros("9.00")],
    ]);
    expect(t.lines.map((l) => l.vatPercent)).toEqual(["6", "9"]);
  });

  test("quantities with decimals: 1.5 × € 0,33 = 0.495 → € 0,50; totals equal lines plus VAT", () => {
    const t = invoiceTotals(
      invoice([line("0.33", "2026-03-31", "1.5"), line("19.99", "2026-03-31", "3", "zero")]),
      mdoBilling,
    ).value;
    expect(t.lines.map((l) => l.net)).toEqual([euros("0.50"), euros("59.97")]);
    expect(t.net).toBe(euros("60.47"));
    expect(t.vatTotal).toBe(euros("0.11")); // 21 % of 0.50 = 0.105 → 0.11; 0 % of 59.97 = 0
    expect(t.total).toBe(euros("60.58"));
  });

  test("the explanation states each VAT rate on the invoice", () => {
    const text = explainToText(invoiceTotals(invoice([line("10.00")]), mdoBilling), "nl");
    expect(text).toContain("Btw 21 % (standard)");
    expect(text).toContain("MDO-BV art. 6.15");
  });
});

describe("decoding invoices (spec §7)", () => {
  const ok = {
    number: "1",
    month: "2026-03",
    invoiceDate: "2026-04-15",
    lines: [
      { description: "MDO", quantity: "2", unitPrice: "10.00", vat: "standard", supplyDate: "2026-03-31" },
    ],
  };
  test("a valid invoice decodes", () => {
    expect(decodeInvoice(ok).ok).toBe(true);
  });
  test.each([
    ["an invoice date before the month it bills", { ...ok, invoiceDate: "2026-02-28" }, "$.invoiceDate"],
    ["a negative quantity", { ...ok, lines: [{ ...ok.lines[0], quantity: "-1" }] }, "$.lines[0].quantity"],
    [
      "an amount with three decimals",
      { ...ok, lines: [{ ...ok.lines[0], unitPrice: "10.001" }] },
      "$.lines[0].unitPrice",
    ],
    [
      "a non-numeric amount",
      { ...ok, lines: [{ ...ok.lines[0], unitPrice: "ten" }] },
      "$.lines[0].unitPrice",
    ],
    ["an unknown VAT category", { ...ok, lines: [{ ...ok.lines[0], vat: "high" }] }, "$.lines[0].vat"],
    ["a month 13", { ...ok, month: "2026-13" }, "$.month"],
  ])("rejects %s at %s", (_name, input, path) => {
    const r = decodeInvoice(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(path);
  });
});
