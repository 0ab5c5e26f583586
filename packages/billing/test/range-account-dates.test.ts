// decodeAccount refuses a date from which statusAt would derive a due date (or the first day of
// default after it) past 9999-12-31: the last date an account may hold is 9999-12-31 less the
// longer of the rulebook's payment term and after-end term, less a day (this library's reading,
// docs/guide/limits.md). Every account it accepts has its due dates and days of default on any
// day up to 9999-12-31 (interest compounded over centuries is another bound: docs/guide/billing.md).
import { date, fromEpochDay, toEpochDay } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BillingRules, decodeAccount, mdoBilling, statusAt } from "../src/index.js";

const LAST = toEpochDay(date("9999-12-31"));
const iso = (day: number) => fromEpochDay(day) as string;
const withTerms = (paymentTermDays: number, afterEndDays: number): BillingRules => ({
  ...mdoBilling,
  paymentTermDays: { ...mdoBilling.paymentTermDays, value: paymentTermDays },
  afterEndDays: { ...mdoBilling.afterEndDays, value: afterEndDays },
});
const oneInvoice = (invoiceDate: string, events: ReadonlyArray<object> = []) => ({
  invoices: [{ number: "A", invoiceDate, amount: "100.00" }],
  events,
});

describe("decodeAccount: the last date an account may hold (MDO-BV 6.9 30 days to pay, 6.14 30 days after the end)", () => {
  it("under MDO the last date is 9999-11-30: an invoice dated then has its status on 9999-12-31, due 9999-12-30", () => {
    const a = decodeAccount(oneInvoice("9999-11-30"), mdoBilling);
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    const s = statusAt(a.value, mdoBilling, date("9999-12-31")).value.invoices[0];
    expect(s?.dueDate).toBe("9999-12-30");
    expect(s?.defaultFrom).toBe("9999-12-31");
    expect(s?.principal).toBe(10000);
  });

  it("an invoice dated 9999-12-01 or 9999-12-20 is refused at its path, and the issue names the last date, not the input", () => {
    for (const invoiceDate of ["9999-12-01", "9999-12-20"]) {
      const a = decodeAccount(oneInvoice(invoiceDate), mdoBilling);
      expect(a.ok).toBe(false);
      if (a.ok) return;
      expect(a.issues).toHaveLength(1);
      expect(a.issues[0]?.path).toBe("$.invoices[0].invoiceDate");
      expect(a.issues[0]?.message).toContain("9999-11-30");
      expect(a.issues[0]?.message).not.toContain(invoiceDate);
    }
  });

  it("an event's day and a reminder's or notice's term end after the last date are refused at their paths", () => {
    const cases: Array<[object, string]> = [
      [{ type: "paid", on: "9999-12-01", invoice: "A", amount: "1.00" }, "$.events[0].on"],
      [{ type: "contractEnded", on: "9999-12-31" }, "$.events[0].on"],
      [
        { type: "reminderSent", on: "9999-11-01", invoice: "A", termEnds: "9999-12-01" },
        "$.events[0].termEnds",
      ],
      [{ type: "formalNotice", on: "9999-11-01", termEnds: "9999-12-15" }, "$.events[0].termEnds"],
    ];
    for (const [event, path] of cases) {
      const a = decodeAccount(oneInvoice("2026-01-15", [event]), mdoBilling);
      expect(a.ok).toBe(false);
      if (!a.ok) expect(a.issues[0]?.path).toBe(path);
    }
    expect(
      decodeAccount(oneInvoice("2026-01-15", [{ type: "contractEnded", on: "9999-11-30" }]), mdoBilling).ok,
    ).toBe(true);
  });

  it("the last date follows the rulebook: the longer of the two terms, less a day", () => {
    for (const [term, afterEnd] of [
      [0, 0],
      [3650, 0],
      [14, 3650],
      [3650, 3650],
    ] as const) {
      const rules = withTerms(term, afterEnd);
      const last = LAST - Math.max(term, afterEnd) - 1;
      expect(decodeAccount(oneInvoice(iso(last)), rules).ok).toBe(true);
      expect(decodeAccount(oneInvoice(iso(last + 1)), rules).ok).toBe(false);
    }
  });

  it("property: every account decoded near the end of the range has a status on the days before 9999-12-31 (within 22 years of its invoice, short of the interest bound)", () => {
    let decoded = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 0, max: 3650 }),
        // days before the last date the rulebook allows; now and then one to three days after it (refused)
        fc.array(
          fc.oneof(
            { weight: 9, arbitrary: fc.integer({ min: 0, max: 400 }) },
            fc.integer({ min: -3, max: -1 }),
          ),
          {
            minLength: 8,
            maxLength: 8,
          },
        ),
        fc.constantFrom("contractEnded", "dissolved", "none"),
        fc.integer({ min: 0, max: 8000 }),
        (term, afterEnd, back, end, atBack) => {
          const rules = withTerms(term, afterEnd);
          const last = LAST - Math.max(term, afterEnd) - 1;
          // a day after the last one, but never past 9999-12-31 (the date decoder's own bound)
          const d = (i: number) => iso(last - Math.max(back[i] as number, last - LAST));
          const ends = end === "none" ? [] : [{ type: end, on: d(7) }];
          // a term runs from the earlier of two days to the later one
          const [reminded, reminderEnds] = [d(1), d(2)].sort();
          const [noticed, noticeEnds] = [d(3), d(4)].sort();
          const input = oneInvoice(d(0), [
            { type: "reminderSent", on: reminded, invoice: "A", termEnds: reminderEnds },
            { type: "formalNotice", on: noticed, termEnds: noticeEnds },
            { type: "paid", on: d(5), invoice: "A", amount: "40.00" },
            { type: "handedOver", on: d(6), invoices: ["A"] },
            ...ends,
          ]);
          const a = decodeAccount(input, rules);
          expect(a.ok).toBe(back.every((b, i) => b >= 0 || (i === 7 && end === "none")));
          if (!a.ok) return;
          decoded++;
          const at = fromEpochDay(LAST - Math.min(atBack, LAST - last + (back[0] as number)));
          const s = statusAt(a.value, rules, at).value.invoices[0];
          expect(s?.number).toBe("A");
          expect(s !== undefined && s.dueDate <= "9999-12-31").toBe(true);
        },
      ),
      { numRuns: 300 },
    );
    expect(decoded).toBeGreaterThan(50);
  });
});
