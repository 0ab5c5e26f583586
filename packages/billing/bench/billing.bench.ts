// Benchmarks of @zorgkit/billing (CONVENTIONS "Benchmarks"; not part of `pnpm test`):
// 1. a monthly invoice run: 10 000 invoices × 20 lines — totals with VAT, deadline and due date;
// 2. statutory interest for 100 000 overdue invoices over 3 years of rate changes (2023–2026:
//    seven rate changes, three anniversaries, a partial payment in a third of them).
// Each side is checked against a slow reference first (same answers), then timed; the reference
// is timed on a sample and the ratio is per item. Run: `pnpm --filter @zorgkit/billing bench`
// (`-- --quick` for a short sample).
import {
  addDays,
  cents,
  date,
  fromEpochDay,
  type LocalDate,
  multiplyMoney,
  percentageOf,
  toEpochDay,
} from "@zorgkit/core";
import {
  billingMonth,
  commercialInterestRates,
  dueDate,
  type InterestClaim,
  type Invoice,
  invoiceDeadline,
  invoiceTotals,
  mdoBilling,
  statutoryInterest,
  statutoryInterestBatch,
} from "../src/index.js";
import { referenceInterest } from "../test/reference/interest-day-by-day.js";

const quick = process.argv.includes("--quick");
let seed = 20261201;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));

function median(xs: Array<number>): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(rounds: number, f: () => void): Array<number> {
  f(); // warm-up
  const out: Array<number> = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return out;
}

// --- 1. invoices ------------------------------------------------------------------------------
const N_INV = quick ? 1000 : 10_000;
const month = billingMonth("2026-03");
const cats = ["standard", "reduced", "zero"] as const;
const invoices: Array<Invoice> = Array.from({ length: N_INV }, (_, i) => ({
  number: `2026-03-${i}`,
  month,
  invoiceDate: date("2026-04-15"),
  lines: Array.from({ length: 20 }, (_, j) => ({
    description: `line ${j}`,
    quantity: rnd() < 0.3 ? `${int(0, 99)}.${int(0, 999)}` : `${int(1, 50)}`,
    unitPrice: cents(int(1, 200_000)),
    vat: cats[int(0, 2)] as (typeof cats)[number],
    supplyDate: fromEpochDay(toEpochDay(date("2026-03-01")) + int(0, 30)),
  })),
}));

/** Slow reference: BigInt through core's multiplyMoney/percentageOf, rates by linear scan. */
function referenceTotals(inv: Invoice): number {
  const groups = new Map<string, bigint>();
  let net = 0n;
  for (const l of inv.lines) {
    const [w, d = ""] = l.quantity.split(".");
    const lineNet = multiplyMoney(l.unitPrice, BigInt(`${w}${d}`), 10n ** BigInt(d.length));
    net += BigInt(lineNet);
    let rate = "";
    for (const r of mdoBilling.vatRates[l.vat]) if (r.from <= l.supplyDate) rate = r.value;
    groups.set(`${l.vat}|${rate}`, (groups.get(`${l.vat}|${rate}`) ?? 0n) + BigInt(lineNet));
  }
  let vat = 0n;
  for (const [k, g] of groups) vat += BigInt(percentageOf(cents(Number(g)), k.split("|")[1] as string));
  return Number(net + vat);
}

let disagreements = 0;
for (const inv of invoices)
  if (invoiceTotals(inv, mdoBilling).value.total !== referenceTotals(inv)) disagreements++;
const runInvoices = () => {
  for (const inv of invoices) {
    invoiceTotals(inv, mdoBilling);
    dueDate(inv, mdoBilling);
  }
  invoiceDeadline(month, mdoBilling);
};
const invTimes = time(quick ? 2 : 5, runInvoices);
const refInvTimes = time(quick ? 1 : 3, () => {
  for (const inv of invoices) referenceTotals(inv);
});
const invMs = median(invTimes);
const refInvMs = median(refInvTimes);

// --- 2. statutory interest -------------------------------------------------------------------
const N_INT = quick ? 10_000 : 100_000;
const claims: Array<InterestClaim> = Array.from({ length: N_INT }, () => {
  const from = fromEpochDay(toEpochDay(date("2023-01-01")) + int(0, 180)) as LocalDate;
  const through = addDays(from, 3 * 365 + int(0, 30));
  const principal = int(1000, 5_000_000);
  const payments =
    rnd() < 0.33 ? [{ on: addDays(from, int(0, 1000)), amount: cents(int(100, principal)) }] : [];
  return { principal: cents(principal), defaultFrom: from, through, payments };
});
const SAMPLE = quick ? 100 : 1000;
let interestDisagreements = 0;
for (let i = 0; i < SAMPLE; i++) {
  const c = claims[i] as InterestClaim;
  const fast = statutoryInterest(c, commercialInterestRates).value.total;
  const slow = referenceInterest(c, { rows: commercialInterestRates.rows }).total;
  if (BigInt(fast) !== slow) interestDisagreements++;
}
let periods = 0;
for (const c of claims.slice(0, 1000))
  periods += statutoryInterest(c, commercialInterestRates).value.periods.length;
let batchAgrees = true;
const batch = statutoryInterestBatch(claims.slice(0, SAMPLE), commercialInterestRates).value.totals;
for (let i = 0; i < SAMPLE; i++)
  if (batch[i] !== statutoryInterest(claims[i] as InterestClaim, commercialInterestRates).value.total)
    batchAgrees = false;
if (!batchAgrees) interestDisagreements++;
const intTimes = time(quick ? 2 : 5, () => {
  statutoryInterestBatch(claims, commercialInterestRates);
});
const DETAIL = Math.min(N_INT, 10_000);
const detailTimes = time(1, () => {
  for (let i = 0; i < DETAIL; i++) statutoryInterest(claims[i] as InterestClaim, commercialInterestRates);
});
const sample = claims.slice(0, SAMPLE);
const refIntTimes = time(1, () => {
  for (const c of sample) referenceInterest(c, { rows: commercialInterestRates.rows });
});
const intMs = median(intTimes);
const refPerClaim = median(refIntTimes) / SAMPLE;

const fmt = (n: number) => Math.round(n).toLocaleString("en-US").replaceAll(",", " ");
console.log(`Node ${process.version}, ${quick ? "quick" : "full"} run`);
console.log(
  `invoices: ${N_INV} × 20 lines in ${invMs.toFixed(0)} ms (median of ${invTimes.length}) = ${fmt((N_INV / invMs) * 1000)} invoices/s; ` +
    `BigInt reference ${refInvMs.toFixed(0)} ms; ratio ${(refInvMs / invMs).toFixed(1)}×; disagreements ${disagreements}/${N_INV}`,
);
console.log(
  `interest: ${N_INT} claims over 3 years in ${intMs.toFixed(0)} ms (median of ${intTimes.length}) = ${fmt((N_INT / intMs) * 1000)} claims/s, ` +
    `${(periods / 1000).toFixed(1)} periods per claim; day-by-day reference ${(refPerClaim * 1000).toFixed(0)} µs per claim on ${SAMPLE} ` +
    `(≈ ${fmt(refPerClaim * N_INT)} ms for all); ratio ${(refPerClaim / (intMs / N_INT)).toFixed(0)}×; disagreements ${interestDisagreements}/${SAMPLE}`,
);
console.log(
  `interest with the per-period breakdown and explanation (statutoryInterest per claim): ${median(detailTimes).toFixed(0)} ms for ${DETAIL} claims`,
);
if (disagreements + interestDisagreements > 0) process.exitCode = 1;
