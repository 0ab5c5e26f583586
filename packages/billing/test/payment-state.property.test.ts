import { addDays, cents, date, fromEpochDay, type LocalDate, toEpochDay } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type Account, collectionCosts, mdoBilling, type PaymentEvent, statusAt } from "../src/index.js";

const start = toEpochDay(date("2024-01-01"));
const arbAccount = fc
  .record({
    invoiceDay: fc.integer({ min: start, max: start + 700 }),
    amount: fc.integer({ min: 1, max: 10_000_000 }),
    payments: fc.array(
      fc.record({
        offset: fc.integer({ min: 0, max: 200 }),
        amount: fc.integer({ min: 1, max: 10_000_000 }),
      }),
      { maxLength: 3 },
    ),
    reminders: fc.array(
      fc.record({ offset: fc.integer({ min: 25, max: 120 }), term: fc.integer({ min: 0, max: 30 }) }),
      { maxLength: 2 },
    ),
    at: fc.integer({ min: 0, max: 400 }),
  })
  .map(({ invoiceDay, amount, payments, reminders, at }) => {
    const invoiceDate = fromEpochDay(invoiceDay);
    const events: Array<PaymentEvent> = [
      ...payments.map((p) => ({
        type: "paid" as const,
        on: addDays(invoiceDate, p.offset),
        invoice: "A",
        amount: cents(p.amount),
      })),
      ...reminders.map((r) => ({
        type: "reminderSent" as const,
        on: addDays(invoiceDate, r.offset),
        invoice: "A",
        termEnds: addDays(invoiceDate, r.offset + r.term),
      })),
    ];
    const account: Account = { invoices: [{ number: "A", invoiceDate, amount: cents(amount) }], events };
    return { account, at: addDays(invoiceDate, at) as LocalDate };
  });

describe("payment state invariants", () => {
  test("amounts are never negative and add up; interest only after a reminder's term passed unpaid", () => {
    fc.assert(
      fc.property(arbAccount, ({ account, at }) => {
        const s = statusAt(account, mdoBilling, at).value;
        const i = s.invoices[0];
        if (i === undefined) throw new Error("no invoice");
        expect(i.principal).toBeGreaterThanOrEqual(0);
        expect(i.interest).toBeGreaterThanOrEqual(0);
        expect(i.outstanding).toBe(i.principal + i.interest + i.costs);
        if (i.interest > 0) {
          expect(i.interestChargeable).toBe(true);
          const passed = account.events.some(
            (e) => e.type === "reminderSent" && e.termEnds < at && e.on <= at,
          );
          expect(passed).toBe(true);
        }
        if (!account.events.some((e) => e.type === "reminderSent")) expect(i.interest).toBe(0);
      }),
    );
  });

  test("paid in full by the due date: never in default, never interest", () => {
    fc.assert(
      fc.property(arbAccount, fc.integer({ min: 0, max: 30 }), ({ account, at }, day) => {
        const inv = account.invoices[0];
        if (inv === undefined) throw new Error("no invoice");
        const full: Account = {
          ...account,
          events: [
            ...account.events,
            { type: "paid", on: addDays(inv.invoiceDate, day), invoice: "A", amount: inv.amount },
          ],
        };
        const s = statusAt(full, mdoBilling, at).value.invoices[0];
        expect(s?.interest).toBe(0);
        expect(s?.defaultFrom).toBeUndefined();
        expect(["paid", "not-due"]).toContain(s?.state);
      }),
    );
  });

  test("invoices handed over together bear the collection costs once, on their total owed", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 1, maxLength: 6 }),
        (amounts) => {
          const invoiceDate = date("2026-04-15");
          const numbers = amounts.map((_, i) => `I-${i}`);
          const events: Array<PaymentEvent> = [
            ...numbers.flatMap((n) => [
              {
                type: "reminderSent" as const,
                on: date("2026-05-20"),
                invoice: n,
                termEnds: date("2026-06-03"),
              },
              {
                type: "reminderSent" as const,
                on: date("2026-06-05"),
                invoice: n,
                termEnds: date("2026-06-19"),
              },
            ]),
            { type: "handedOver", on: date("2026-06-20"), invoices: numbers },
          ];
          const account: Account = {
            invoices: amounts.map((a, i) => ({ number: `I-${i}`, invoiceDate, amount: cents(a) })),
            events,
          };
          const s = statusAt(account, mdoBilling, date("2026-06-20")).value;
          const h = s.handOvers[0];
          expect(s.handOvers.length).toBe(1);
          expect(h?.costs).toBe(collectionCosts(h?.totalOwed ?? cents(0), mdoBilling.collectionCosts).value);
          expect(s.totals.costs).toBe(h?.costs);
        },
      ),
      { numRuns: 50 },
    );
  });
});
