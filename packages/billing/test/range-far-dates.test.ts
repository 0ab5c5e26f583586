// Range audit: billing's generators draw invoice and claim dates in 2014–2026 and amounts up to
// € 10 million (now and then near 2^53 cents for interest), while the date decoder accepts any day
// 0001-01-01..9999-12-31 for invoice, supply, payment and default dates, and amounts up to the
// € 1 000 000 000 000 bound. Here the batch functions are compared with the single-item ones
// (and interest with the day-by-day BigInt reference) before the rate tables start, after they
// end (provisional rates), at 2099 and up to 9999; and the date functions are run on decoded
// invoices and accounts dated at the end of the calendar.
import { cents, date, fromEpochDay, type LocalDate, toEpochDay } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaledAtLeast } from "../../../tools/testkit/runs.js";
import {
  commercialInterestRates,
  decodeAccount,
  decodeInterestClaim,
  decodeInvoice,
  decodeMaternityClaim,
  directDebitDate,
  dueDate,
  type InterestClaim,
  invoiceTotals,
  invoiceTotalsBatch,
  mdoBilling,
  settleClaim,
  statusAt,
  statutoryInterest,
  statutoryInterestBatch,
  statutoryInterestRates,
  vgzMaternityClaims,
} from "../src/index.js";
import { referenceInterest } from "./reference/interest-day-by-day.js";

const LAST = toEpochDay(date("9999-12-31"));
const euro = (c: number) =>
  `${c < 0 ? "-" : ""}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, "0")}`;

/** Default days: before the tables (1971–2001), after them (2027–2099), far on (2100–9996). */
const arbFrom = fc.oneof(
  fc.integer({ min: toEpochDay(date("1971-01-01")), max: toEpochDay(date("2001-12-31")) }),
  fc.integer({ min: toEpochDay(date("2026-06-01")), max: toEpochDay(date("2099-12-31")) }),
  fc.integer({ min: toEpochDay(date("2100-01-01")), max: LAST - 1200 }),
  fc.integer({ min: LAST - 1300, max: LAST }),
);
const arbPrincipal = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 1_000_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2 ** 31 - 100, max: 2 ** 31 + 100 }) },
  { weight: 1, arbitrary: fc.integer({ min: 10_000_000_000_000, max: 100_000_000_000_000 - 1_000_000 }) },
);
/** Decoded claims (the wire form: euro strings, ISO dates), spans up to 3.5 years. */
const arbClaim = fc
  .record({
    principal: arbPrincipal,
    from: arbFrom,
    span: fc.integer({ min: -1, max: 1300 }),
    payments: fc.array(
      fc.record({
        offset: fc.integer({ min: 0, max: 1300 }),
        amount: fc.integer({ min: 1, max: 200_000_000 }),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ principal, from, span, payments }) => {
    const through = Math.min(from + span, LAST);
    const json = {
      principal: euro(principal),
      defaultFrom: fromEpochDay(from),
      through: fromEpochDay(through),
      payments: payments
        .filter((p) => from + p.offset <= through)
        .map((p) => ({ on: fromEpochDay(from + p.offset), amount: euro(p.amount) })),
    };
    const d = decodeInterestClaim(json);
    if (!d.ok) throw new Error(`generated claim does not decode: ${JSON.stringify(d.issues)}`);
    return d.value;
  });

const outcome = (f: () => unknown) => {
  try {
    return { ok: f() };
  } catch (e) {
    return { threw: (e as Error).constructor.name };
  }
};

describe("range audit: statutory interest before the rate tables, after them and up to 9999 (BW 6:119/6:119a)", () => {
  for (const [name, table] of [
    ["commercial", commercialInterestRates],
    ["ordinary", statutoryInterestRates],
  ] as const) {
    it(`${name}: statutoryInterest, statutoryInterestBatch and the day-by-day reference agree`, () => {
      const seen = { far: 0, beforeTable: 0, bigAndFar: 0 };
      fc.assert(
        fc.property(
          fc.array(arbClaim, { minLength: 1, maxLength: 4 }),
          (claims: ReadonlyArray<InterestClaim>) => {
            const single = claims.map((c) => outcome(() => statutoryInterest(c, table).value));
            const batch = outcome(() => statutoryInterestBatch(claims, table).value);
            if (single.some((s) => "threw" in s)) {
              expect(batch).toEqual({ threw: "RangeError" });
              return;
            }
            expect("ok" in batch).toBe(true);
            if (!("ok" in batch)) return;
            const b = batch.ok as { totals: ReadonlyArray<number> };
            claims.forEach((c, i) => {
              const s = (single[i] as { ok: ReturnType<typeof statutoryInterest>["value"] }).ok;
              expect(b.totals[i]).toBe(s.total);
              const slow = referenceInterest(
                {
                  principal: c.principal,
                  defaultFrom: c.defaultFrom,
                  through: c.through,
                  payments: c.payments ?? [],
                  costs: [],
                },
                { rows: table.rows },
                "carried",
              );
              expect({
                total: BigInt(s.total),
                principal: BigInt(s.outstanding.principal),
                interest: BigInt(s.outstanding.interest),
              }).toEqual({ total: slow.total, principal: slow.principal, interest: slow.interest });
              if (c.defaultFrom > "2100-01-01" && s.total > 0) seen.far++;
              if (c.defaultFrom < "2002-01-01") seen.beforeTable++;
              if (c.defaultFrom > "2100-01-01" && c.principal > 10_000_000_000_000) seen.bigAndFar++;
            });
          },
        ),
        { numRuns: 60 },
      );
      for (const [what, n] of Object.entries(seen)) expect(n, what).toBeGreaterThanOrEqual(scaledAtLeast(5));
    });
  }
});

/** Decoded invoices of a month 1971–2099 dated up to 9999, supply dates 0001..9999, Σ |q × p| up to € 10^12. */
const arbInvoiceJson = fc
  .record({
    year: fc.integer({ min: 1971, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    late: fc.oneof(
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 0, max: LAST - toEpochDay(date("2100-01-31")) }),
    ),
    lines: fc.array(
      fc.record({
        quantity: fc.oneof(
          fc.constantFrom("1", "0.001", "1000.5", "0"),
          fc
            .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }))
            .map(([w, d]) => `${w}.${String(d).padStart(3, "0")}`),
        ),
        unitPrice: fc.oneof(
          fc.integer({ min: -1_000_000, max: 100_000_000 }),
          fc.integer({ min: 2 ** 31 - 50, max: 2 ** 31 + 50 }),
          fc.integer({ min: -100_000_000_000_000 / 8, max: 100_000_000_000_000 / 8 }),
        ),
        vat: fc.constantFrom("standard", "reduced", "zero"),
        supply: fc.integer({ min: toEpochDay(date("0001-01-01")), max: LAST }),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ year, month, late, lines }) => {
    const mm = String(month).padStart(2, "0");
    const first = toEpochDay(`${year}-${mm}-01` as LocalDate);
    return {
      number: "n",
      month: `${year}-${mm}`,
      invoiceDate: fromEpochDay(Math.min(first + late, LAST)),
      lines: lines.map((l) => ({
        description: "x",
        quantity: l.quantity,
        unitPrice: euro(l.unitPrice),
        vat: l.vat,
        supplyDate: fromEpochDay(l.supply),
      })),
    };
  });

describe("range audit: invoice totals with supply dates 0001..9999 and amounts near 2^31 and the € 10^12 bound (MDO-BV 6.15)", () => {
  it("invoiceTotalsBatch equals invoiceTotals invoice by invoice, on decoded invoices", () => {
    let big = 0;
    let decoded = 0;
    fc.assert(
      fc.property(
        fc.array(arbInvoiceJson, { minLength: 1, maxLength: 5 }),
        fc.constantFrom("per-invoice" as const, "per-line" as const),
        (jsons, vatRounding) => {
          const invoices = jsons.flatMap((j) => {
            const d = decodeInvoice(j);
            return d.ok ? [d.value] : [];
          });
          decoded += invoices.length;
          const batch = invoiceTotalsBatch(invoices, mdoBilling, { vatRounding }).value;
          invoices.forEach((inv, i) => {
            const one = invoiceTotals(inv, mdoBilling, { vatRounding }).value;
            expect({ net: batch.net[i], vat: batch.vatTotal[i], total: batch.total[i] }).toEqual({
              net: one.net,
              vat: one.vatTotal,
              total: one.total,
            });
            expect(Number.isSafeInteger(one.total)).toBe(true);
            if (Math.abs(one.net) > 2 ** 40) big++;
          });
        },
      ),
      { numRuns: 200 },
    );
    expect(decoded).toBeGreaterThanOrEqual(scaledAtLeast(150));
    expect(big).toBeGreaterThanOrEqual(scaledAtLeast(20));
  });
});

// The date functions on decoded invoices and accounts dated at the end of the calendar.
describe("range audit: due and direct-debit dates of decoded invoices dated in December 9999 (MDO-BV 6.9)", () => {
  const invoiceOn = (invoiceDate: string) => {
    const d = decodeInvoice({ number: "n", month: "2099-12", invoiceDate, lines: [] });
    expect(d.ok).toBe(true);
    if (!d.ok) throw new Error("does not decode");
    return d.value;
  };
  it("an invoice dated 9999-12-01, 9999-12-20 or 9999-12-24 is refused by decodeInvoice (the last invoice date is 9990-01-02, whose due date under the longest payment term, 3 650 days, is 9999-12-31); dueDate and directDebitDate have a date for every invoice it accepts (test/range-invoice-birth-dates.test.ts)", () => {
    for (const invoiceDate of ["9999-12-01", "9999-12-20", "9999-12-24"])
      expect(decodeInvoice({ number: "n", month: "2099-12", invoiceDate, lines: [] }).ok).toBe(false);
    const last = invoiceOn("9990-01-02");
    expect(dueDate(last, mdoBilling).value).toBe("9990-02-01");
    expect(directDebitDate(last, mdoBilling).value).toBe("9990-01-23");
  });
  it("an account with an invoice dated 9999-12-20 is refused by decodeAccount (its due date would pass 9999-12-31; the last date under MDO is 9999-11-30); statusAt has a status for every account it accepts (test/range-account-dates.test.ts)", () => {
    const a = decodeAccount(
      { invoices: [{ number: "A", invoiceDate: "9999-12-20", amount: "100.00" }], events: [] },
      mdoBilling,
    );
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.issues[0]?.path).toBe("$.invoices[0].invoiceDate");
    const b = decodeAccount(
      { invoices: [{ number: "A", invoiceDate: "9999-11-30", amount: "100.00" }], events: [] },
      mdoBilling,
    );
    expect(b.ok).toBe(true);
    if (b.ok)
      expect(statusAt(b.value, mdoBilling, date("9999-12-31")).value.invoices[0]?.principal).toBe(
        cents(10000),
      );
  });
});

describe("range audit: the maternity period of a decoded claim with a birth in December 9999 (VGZ maternity claims)", () => {
  const claimBorn = (birth: string) => {
    const d = decodeMaternityClaim({
      careType: "maternity-care",
      contracted: true,
      lines: [{ id: "l1", code: "A", caregiver: "x", date: birth, amount: "10.00" }],
      registrations: [{ caregiver: "x", qualifiedFor: ["maternity-care"], reported: true }],
      pregnancy: { start: "9998-03-01", birth },
    });
    expect(d.ok).toBe(true);
    if (!d.ok) throw new Error("does not decode");
    return d.value;
  };
  it("a birth on 9999-01-01 settles the line in full; a birth on 9999-11-01 or 9999-12-01 is refused by decodeMaternityClaim (the period, up to 52 weeks after the birth under any rulebook, would pass 9999-12-31; test/range-invoice-birth-dates.test.ts)", () => {
    expect(settleClaim(claimBorn("9999-01-01"), vgzMaternityClaims).value.payment).toBe("full");
    for (const birth of ["9999-11-01", "9999-12-01"]) {
      const r = decodeMaternityClaim({
        careType: "maternity-care",
        contracted: true,
        lines: [{ id: "l1", code: "A", caregiver: "x", date: birth, amount: "10.00" }],
        registrations: [{ caregiver: "x", qualifiedFor: ["maternity-care"], reported: true }],
        pregnancy: { start: "9999-03-01", birth },
      });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(["$.pregnancy.birth"]);
    }
  });
});
