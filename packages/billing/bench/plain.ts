// The plain-JS versions a team would write in an afternoon (issue #18: the strongest peer where no
// library answers the same question) and the floors, for bench/billing.bench.ts. They answer only
// what the bench asks and only for its inputs: amounts ≥ 0 and products below 2^53 (no BigInt
// fallback, no explanation, no validation); the bench checks they agree with zorgkit on every
// timed item before timing.
import type { InterestClaim, Invoice } from "../src/index.js";
import { commercialInterestRates, mdoBilling } from "../src/index.js";

const DAY = 86_400_000;
const epochDay = (isoDate: string) => Date.parse(isoDate) / DAY;

/** A decimal string as an integer over a power of ten ("12.25" → 1225 / 100). */
function fraction(s: string): { num: number; den: number } {
  const dot = s.indexOf(".");
  if (dot < 0) return { num: Number(s), den: 1 };
  return { num: Number(s.slice(0, dot) + s.slice(dot + 1)), den: 10 ** (s.length - dot - 1) };
}

interface PlainRate {
  readonly from: string;
  readonly num: number;
  readonly den: number;
}
/** The VAT table of the preset, parsed once: rate as num / den of 1. */
const VAT: { readonly [category: string]: ReadonlyArray<PlainRate> } = Object.fromEntries(
  (["standard", "reduced", "zero"] as const).map((c) => [
    c,
    mdoBilling.vatRates[c].map((r) => {
      const f = fraction(r.value);
      return { from: r.from, num: f.num, den: f.den * 100 };
    }),
  ]),
);

/**
 * Net = Σ round(unit price × quantity), VAT per rate over the invoice, half-up. `Math.round` of
 * an exact integer quotient is half-up for non-negative amounts (the halves are representable).
 */
export function plainTotals(inv: Invoice): { net: number; vat: number; total: number } {
  let net = 0;
  const groups = new Map<PlainRate, number>();
  for (const l of inv.lines) {
    const q = fraction(l.quantity);
    const n = Math.round((l.unitPrice * q.num) / q.den);
    net += n;
    const rows = VAT[l.vat] as ReadonlyArray<PlainRate>;
    let k = rows.length - 1;
    while (k > 0 && (rows[k] as PlainRate).from > l.supplyDate) k--;
    const rate = rows[k] as PlainRate;
    groups.set(rate, (groups.get(rate) ?? 0) + n);
  }
  let vat = 0;
  for (const [r, n] of groups) vat += Math.round((n * r.num) / r.den);
  return { net, vat, total: net + vat };
}

/** The due date: invoice date + days, through `Date`. */
export function plainDueDate(invoiceDate: string, days: number): string {
  return new Date(Date.parse(invoiceDate) + days * DAY).toISOString().slice(0, 10);
}

/** Interest rows as (first epoch day, rate numerator over 10 000 of 1). */
const RATES = commercialInterestRates.rows.map((r) => {
  const f = fraction(r.value);
  return { from: epochDay(r.from), num: (f.num * 10_000) / (f.den * 100) };
});
const Q = 10_000 * 365;

/**
 * Statutory interest, actual/365, periods split at rate changes, anniversaries and payments; the
 * exact sum of the year in integers (base × rate numerator × days), each period the difference
 * of the rounded running sum (carried half-up); payments to interest, then principal.
 */
export function plainInterest(c: InterestClaim): number {
  const D = epochDay(c.defaultFrom);
  const T = epochDay(c.through);
  const y = Number(c.defaultFrom.slice(0, 4));
  const m = Number(c.defaultFrom.slice(5, 7));
  const d = Number(c.defaultFrom.slice(8, 10));
  const anniversary = (k: number) => Date.UTC(y + k, m - 1, d) / DAY; // 29 Feb → 1 Mar
  const pays = (c.payments ?? []).map((p) => ({ day: epochDay(p.on), amount: p.amount as number }));
  pays.sort((a, b) => a.day - b.day);
  let principal = c.principal as number;
  let icap = 0;
  let iopen = 0;
  let total = 0;
  let exact = 0;
  let rounded = 0;
  let pi = 0;
  const pay = (amount: number) => {
    const toCap = Math.min(amount, icap);
    icap -= toCap;
    amount -= toCap;
    const toOpen = Math.min(amount, iopen);
    iopen -= toOpen;
    amount -= toOpen;
    principal -= Math.min(amount, principal);
  };
  while (pi < pays.length && (pays[pi] as { day: number }).day < D)
    pay((pays[pi++] as { amount: number }).amount);
  let year = 1;
  let yearEnd = anniversary(1);
  let ri = -1;
  while (ri + 1 < RATES.length && (RATES[ri + 1] as { from: number }).from <= D) ri++;
  let cursor = D;
  while (cursor <= T) {
    const nextRate = ri + 1 < RATES.length ? (RATES[ri + 1] as { from: number }).from : Infinity;
    const nextPay = pi < pays.length ? (pays[pi] as { day: number }).day + 1 : Infinity;
    const end = Math.min(T + 1, yearEnd, nextRate, nextPay);
    const base = principal + icap;
    if (ri >= 0 && base > 0) {
      exact += base * (RATES[ri] as { num: number }).num * (end - cursor);
      const r = Math.floor((2 * exact + Q) / (2 * Q));
      iopen += r - rounded;
      total += r - rounded;
      rounded = r;
    }
    cursor = end;
    while (pi < pays.length && (pays[pi] as { day: number }).day === cursor - 1)
      pay((pays[pi++] as { amount: number }).amount);
    if (cursor === yearEnd && cursor <= T) {
      icap += iopen;
      iopen = 0;
      exact = 0;
      rounded = 0;
      year++;
      yearEnd = anniversary(year);
    }
    if (cursor === nextRate) ri++;
  }
  return total;
}

let invoiceOut = new Float64Array(0);
/**
 * Floor of the invoice run: read every field the computation must read (invoice date; per line
 * unit price, quantity, VAT category, supply date — each string touched once) and write one
 * figure per invoice. No arithmetic beyond a sum.
 */
export function floorInvoices(set: ReadonlyArray<Invoice>): number {
  if (invoiceOut.length < set.length) invoiceOut = new Float64Array(set.length);
  for (let i = 0; i < set.length; i++) {
    const inv = set[i] as Invoice;
    let acc = inv.invoiceDate.charCodeAt(9);
    const ls = inv.lines;
    for (let j = 0; j < ls.length; j++) {
      const l = ls[j] as Invoice["lines"][number];
      acc +=
        l.unitPrice +
        l.quantity.charCodeAt(l.quantity.length - 1) +
        l.supplyDate.charCodeAt(9) +
        l.vat.length;
    }
    invoiceOut[i] = acc;
  }
  return invoiceOut[set.length - 1] as number;
}

let claimOut = new Float64Array(0);
/**
 * Floor of the interest run: read every field of every claim (principal, the two dates, each
 * payment's date and amount) and write one figure per claim.
 */
export function floorClaims(set: ReadonlyArray<InterestClaim>): number {
  if (claimOut.length < set.length) claimOut = new Float64Array(set.length);
  for (let i = 0; i < set.length; i++) {
    const c = set[i] as InterestClaim;
    let acc = (c.principal as number) + c.defaultFrom.charCodeAt(9) + c.through.charCodeAt(9);
    const ps = c.payments;
    if (ps !== undefined)
      for (let j = 0; j < ps.length; j++) {
        const p = ps[j] as { on: string; amount: number };
        acc += p.amount + p.on.charCodeAt(9);
      }
    claimOut[i] = acc;
  }
  return claimOut[set.length - 1] as number;
}
