/**
 * `@zorgkit/billing/testing`: fast-check arbitraries of billing values — valid ones, and
 * near-misses for decoder tests — so teams can property-test their own services with realistic
 * data. Requires `fast-check` (optional peer).
 *
 * @module
 */
import { cents, fromEpochDay, type LocalDate, type Money, toEpochDay } from "@zorgkit/core";
import fc from "fast-check";
import type { InterestClaim } from "./interest.js";
import type { BillingMonth, Invoice, InvoiceLine } from "./invoices.js";

/**
 * Amounts owed at hand-over, from € 0,00 to € 10.000.000,00.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { collectionCosts, mdoCollectionCosts } from "@zorgkit/billing";
 * import { arbAmountOwed } from "@zorgkit/billing/testing";
 *
 * fc.assert(fc.property(arbAmountOwed(), (m) => m === 0 || collectionCosts(m, mdoCollectionCosts).value >= 100000));
 * ```
 */
export function arbAmountOwed(): fc.Arbitrary<Money> {
  return fc.integer({ min: 0, max: 1_000_000_000 }).map(cents);
}

const arbDay = (from: string, to: string) =>
  fc.integer({ min: toEpochDay(from as LocalDate), max: toEpochDay(to as LocalDate) }).map(fromEpochDay);

/**
 * Invoice lines: quantities 0–1 000 with up to three decimals, unit prices € −100 to € 10 000,
 * the three VAT categories, supply dates in the billed month (2015–2026).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { invoiceTotals, mdoBilling } from "@zorgkit/billing";
 * import { arbInvoice } from "@zorgkit/billing/testing";
 *
 * fc.assert(fc.property(arbInvoice(), (inv) => {
 *   const t = invoiceTotals(inv, mdoBilling).value;
 *   return t.total === t.net + t.vatTotal;
 * }));
 * ```
 */
export function arbInvoice(maxLines = 25): fc.Arbitrary<Invoice> {
  return fc
    .record({
      year: fc.integer({ min: 2015, max: 2026 }),
      month: fc.integer({ min: 1, max: 12 }),
      n: fc.nat({ max: 999 }),
    })
    .chain(({ year, month, n }) => {
      const mm = `${month}`.padStart(2, "0");
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const line: fc.Arbitrary<InvoiceLine> = fc.record({
        description: fc.constantFrom("MDO per provider", "MDO per unique MDO", "support"),
        quantity: fc
          .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 999 }), fc.boolean())
          .map(([w, d, dec]) => (dec ? `${w}.${`${d}`.padStart(3, "0")}` : `${w}`)),
        unitPrice: fc.integer({ min: -10_000, max: 1_000_000 }).map(cents),
        vat: fc.constantFrom("standard" as const, "reduced" as const, "zero" as const),
        supplyDate: arbDay(`${year}-${mm}-01`, `${year}-${mm}-${last}`),
      });
      return fc.record({
        number: fc.constant(`${year}-${mm}-${n}`),
        month: fc.constant(`${year}-${mm}` as BillingMonth),
        invoiceDate: arbDay(`${year}-${mm}-01`, `${year}-${mm}-${last}`).map((d) =>
          fromEpochDay(toEpochDay(d) + last),
        ),
        lines: fc.array(line, { maxLength: maxLines }),
      });
    });
}

/**
 * Claims in default between 2015 and 2026 over up to three years, with up to four payments.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { commercialInterestRates, statutoryInterest } from "@zorgkit/billing";
 * import { arbInterestClaim } from "@zorgkit/billing/testing";
 *
 * fc.assert(fc.property(arbInterestClaim(), (c) => statutoryInterest(c, commercialInterestRates).value.total >= 0));
 * ```
 */
export function arbInterestClaim(): fc.Arbitrary<InterestClaim> {
  return fc
    .record({
      principal: fc.integer({ min: 0, max: 100_000_000 }),
      from: fc.integer({
        min: toEpochDay("2015-01-01" as LocalDate),
        max: toEpochDay("2025-12-31" as LocalDate),
      }),
      span: fc.integer({ min: 0, max: 1096 }),
      payments: fc.array(
        fc.record({
          offset: fc.integer({ min: -30, max: 1096 }),
          amount: fc.integer({ min: 1, max: 50_000_000 }),
        }),
        { maxLength: 4 },
      ),
    })
    .map(({ principal, from, span, payments }) => ({
      principal: cents(principal),
      defaultFrom: fromEpochDay(from),
      through: fromEpochDay(from + span),
      payments: payments.map((p) => ({
        on: fromEpochDay(from + Math.min(p.offset, span)),
        amount: cents(p.amount),
      })),
    }));
}
