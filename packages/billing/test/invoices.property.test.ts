import { cents, euros, type Money, multiplyMoney, percentageOf } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  collectionCosts,
  Invoice,
  invoiceTotals,
  mdoBilling,
  mdoCollectionCosts,
  statutoryCollectionCosts,
} from "../src/index.js";
import { arbAmountOwed, arbInvoice } from "../src/testing.js";

describe("invoice invariants (spec §8)", () => {
  test("the generated invoices are valid invoices", () => {
    fc.assert(
      fc.property(arbInvoice(), (inv) => {
        expect(Schema.is(Invoice)(inv)).toBe(true);
      }),
    );
  });

  test("totals equal the sum of the lines plus VAT, under both roundings, and each rounding is what it says", () => {
    fc.assert(
      fc.property(
        arbInvoice(),
        fc.constantFrom("per-invoice" as const, "per-line" as const),
        (inv, vatRounding) => {
          const t = invoiceTotals(inv, mdoBilling, { vatRounding }).value;
          const lineNets = t.lines.reduce((s, l) => s + l.net, 0);
          expect(t.net).toBe(lineNets);
          expect(t.vatTotal).toBe(t.vat.reduce((s, g) => s + g.vat, 0));
          expect(t.total).toBe(t.net + t.vatTotal);
          for (const g of t.vat) {
            const lines = t.lines.filter(
              (l, i) => l.vatPercent === g.percent && inv.lines[i]?.vat === g.category,
            );
            expect(g.net).toBe(lines.reduce((s, l) => s + l.net, 0));
            // exact VAT of the group in hundredths of a cent: |vat − net × p| ≤ 0.5 cent per rounding
            const exact = (g.net * Number(g.percent) * 100) / 100; // in 1/100 cent (percent ≤ 2 decimals here)
            const slack = vatRounding === "per-line" ? 50 * lines.length : 50;
            expect(Math.abs(g.vat * 100 - exact)).toBeLessThanOrEqual(slack + 1e-6);
          }
        },
      ),
    );
  });
});

describe("collection-cost invariants (spec §8)", () => {
  for (const [name, rule] of [
    ["MDO-BV 6.11", mdoCollectionCosts],
    ["statutory scale", statutoryCollectionCosts],
  ] as const) {
    test(`${name}: never below the minimum on an amount owed, and monotone in the amount owed`, () => {
      fc.assert(
        fc.property(arbAmountOwed(), fc.integer({ min: 0, max: 10_000_000 }), (owed, extra) => {
          const a = collectionCosts(owed, rule).value;
          const b = collectionCosts(cents(owed + extra) as Money, rule).value;
          if (owed > 0) expect(a).toBeGreaterThanOrEqual(rule.minimum);
          else expect(a).toBe(0);
          expect(b).toBeGreaterThanOrEqual(a);
        }),
      );
    });
  }
  test("MDO minimum € 1.000 up to € 20.000 owed", () => {
    expect(collectionCosts(euros("20000.00"), mdoCollectionCosts).value).toBe(euros("1000.00"));
  });
});

/** Independent reference: core's BigInt multiplyMoney/percentageOf, rates by a linear scan. */
function referenceInvoice(
  inv: Invoice,
  vatRounding: "per-invoice" | "per-line",
): { net: number; vat: number } {
  const groups = new Map<string, { percent: string; net: bigint; vat: bigint }>();
  let net = 0n;
  for (const l of inv.lines) {
    const [w, d = ""] = l.quantity.split(".");
    const lineNet = multiplyMoney(l.unitPrice, BigInt(`${w}${d}`), 10n ** BigInt(d.length));
    net += BigInt(lineNet);
    let percent: string | undefined;
    for (const r of mdoBilling.vatRates[l.vat]) if (r.from <= l.supplyDate) percent = r.value;
    if (percent === undefined) continue;
    const key = `${l.vat}|${percent}`;
    const g = groups.get(key) ?? { percent, net: 0n, vat: 0n };
    g.net += BigInt(lineNet);
    if (vatRounding === "per-line") g.vat += BigInt(percentageOf(lineNet, percent));
    groups.set(key, g);
  }
  let vat = 0n;
  for (const g of groups.values())
    vat += vatRounding === "per-line" ? g.vat : BigInt(percentageOf(cents(Number(g.net)), g.percent));
  return { net: Number(net), vat: Number(vat) };
}

describe("invoiceTotals agrees with a BigInt reference (core's multiplyMoney and percentageOf)", () => {
  test("net and VAT, both roundings, including negative unit prices and three-decimal quantities", () => {
    fc.assert(
      fc.property(
        arbInvoice(40),
        fc.constantFrom("per-invoice" as const, "per-line" as const),
        (inv, vatRounding) => {
          const t = invoiceTotals(inv, mdoBilling, { vatRounding }).value;
          expect({ net: t.net, vat: t.vatTotal }).toEqual(referenceInvoice(inv, vatRounding));
        },
      ),
      { numRuns: 300 },
    );
  });
});
