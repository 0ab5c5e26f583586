// Benchmarks of @zorgkit/billing (CONVENTIONS "Benchmarks", issue #18; not part of `pnpm test`):
// 1. a monthly invoice run (`invoiceTotals` + `dueDate` per invoice) on a realistic month (1–3
//    lines, the MDO price list's shape) and on a stress month (20 lines, three VAT categories,
//    quantities with decimals); in the same rounds `invoiceTotalsBatch` (totals only) against
//    plain-JS totals kept per invoice (the due date left out of both);
// 2. statutory interest (`statutoryInterestBatch`) on a realistic dunning run (claims 1–365 days
//    overdue on one run date) and on a stress run (3 years of rate changes and anniversaries).
// Each comparison has three sides, timed in the same rounds: zorgkit, the plain-JS version a team
// would write in an afternoon (bench/plain.ts: the same answers, no explanation) and the floor (a
// loop that only reads every field the computation must read and writes one figure per item).
// Agreement first: zorgkit equals the slow reference (BigInt) and the plain-JS version on every
// checked item before anything is timed. Every timed round gets its own freshly generated
// inputs from mulberry32 (no replayed working set; the bench prints how many are distinct in
// content); time is CPU time (`process.cpuUsage`), ratios come from the same run. Memory: `process.memoryUsage()` heapUsed + arrayBuffers after `gc()`.
// Run: `pnpm --filter @zorgkit/billing bench` (`-- --quick` for a short run).
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
  type InvoiceLine,
  invoiceDeadline,
  invoiceTotals,
  invoiceTotalsBatch,
  mdoBilling,
  statutoryInterest,
  statutoryInterestBatch,
} from "../src/index.js";
import { referenceInterest } from "../test/reference/interest-day-by-day.js";
import { floorClaims, floorInvoices, plainDueDate, plainInterest, plainTotals } from "./plain.js";

const quick = process.argv.includes("--quick");
const ROUNDS = quick ? 3 : 7; // timed rounds; one warm-up round before them
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("run with node --expose-gc (the package's bench script does)");

/**
 * mulberry32, copied from packages/core/bench/helpers.mjs (a seeded generator of numbers in
 * [0, 1)). It replaces `seed = (seed * 1103515245 + 12345) % 2147483648`, whose product exceeds
 * 2^53 in doubles and is rounded, so the sequence fell into a short cycle (issue #18).
 */
function mulberry32(initial: number): () => number {
  let seed = initial;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(20261201);
const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
/** Log-uniform integer in [min, max]. */
const logInt = (min: number, max: number) => Math.floor(min * (max / min) ** rnd());

/** cyrb53, a 53-bit string hash: to count distinct inputs without holding their keys. */
function hash53(str: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
/** How many of the sets' items differ in content (`key` leaves out ids such as the invoice number). */
function distinct<T>(sets: ReadonlyArray<ReadonlyArray<T>>, key: (x: T) => string): number {
  const seen = new Set<number>();
  for (const set of sets) for (const x of set) seen.add(hash53(key(x)));
  return seen.size;
}
const invoiceKey = (inv: Invoice) =>
  `${inv.invoiceDate};${inv.lines.map((l) => `${l.quantity}|${l.unitPrice}|${l.vat}|${l.supplyDate}`).join(";")}`;
const claimKey = (c: InterestClaim) =>
  `${c.principal}|${c.defaultFrom}|${c.through};${(c.payments ?? []).map((p) => `${p.on}|${p.amount}`).join(";")}`;

const median = (xs: ReadonlyArray<number>) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US").replaceAll(",", " ");
const mib = (b: number) => `${(b / 1048576).toFixed(1)} MiB`;
function heapAndBuffers(): number {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}
/**
 * Bytes that `make()`'s result keeps alive (heap + arrayBuffers after gc). The call site's
 * feedback keeps the last `make` (and what it captured) alive: `forget()` before a new case.
 */
function retained<T>(make: () => T): { value: T; bytes: number } {
  const before = heapAndBuffers();
  const value = make();
  return { value, bytes: heapAndBuffers() - before };
}

const forget = () => retained(() => null);

interface Side<S> {
  readonly name: string;
  readonly run: (set: S) => number;
}
/**
 * Round 0 warms every side up on `sets[0]`; rounds 1..R time every side on `sets[r]` (its own,
 * never seen before), the order of the sides rotated per round. CPU time per item of the median
 * round.
 */
function compare<S>(sides: ReadonlyArray<Side<S>>, sets: ReadonlyArray<S>, items: number) {
  const cpu = sides.map(() => [] as Array<number>);
  const wall = sides.map(() => [] as Array<number>);
  let sink = 0;
  for (let r = 0; r < sets.length; r++) {
    for (let k = 0; k < sides.length; k++) {
      const s = (k + r) % sides.length;
      const side = sides[s] as Side<S>;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      sink += side.run(sets[r] as S);
      const w = performance.now() - t0;
      const c = process.cpuUsage(c0);
      if (r === 0) continue;
      (cpu[s] as Array<number>).push((c.user + c.system) / 1000 / items);
      (wall[s] as Array<number>).push(w / items);
    }
  }
  return { cpuMsPerItem: cpu.map(median), wallMsPerItem: wall.map(median), sink };
}

// --- 1. invoices ------------------------------------------------------------------------------
const N_INV = quick ? 2000 : 10_000;
const month = billingMonth("2026-03");
const firstOfMonth = toEpochDay(date("2026-03-01"));
const lastOfMonth = date("2026-03-31");
const cats = ["standard", "reduced", "zero"] as const;

/** Stress: 20 lines, the three VAT categories, 30 % quantities with up to three decimals. */
function stressInvoice(i: number): Invoice {
  return {
    number: `2026-03-S${i}`,
    month,
    invoiceDate: date("2026-04-15"),
    lines: Array.from({ length: 20 }, (_, j) => ({
      description: `line ${j}`,
      quantity: rnd() < 0.3 ? `${int(0, 99)}.${int(0, 999)}` : `${int(1, 50)}`,
      unitPrice: cents(int(1, 200_000)),
      vat: cats[int(0, 2)] as (typeof cats)[number],
      supplyDate: fromEpochDay(firstOfMonth + int(0, 30)),
    })),
  };
}

/**
 * Realistic: an MDO customer's month — the service per connected provider (1–400 providers, one
 * of a few tariffs), in 35 % an hours line (quarter hours), in 15 % a one-off line; standard VAT,
 * supplied on the month's last day; invoice dates on the first working days of the next month.
 */
const TARIFFS = [1050, 1260, 1575, 2100] as const;
function realisticInvoice(i: number): Invoice {
  const lines: Array<InvoiceLine> = [
    {
      description: "MDO per aangesloten zorgverlener",
      quantity: `${logInt(1, 400)}`,
      unitPrice: cents(TARIFFS[int(0, 3)] as number),
      vat: "standard",
      supplyDate: lastOfMonth,
    },
  ];
  if (rnd() < 0.35)
    lines.push({
      description: "Ondersteuning (uren)",
      quantity: `${int(1, 12)}.${["0", "25", "5", "75"][int(0, 3)]}`,
      unitPrice: cents(int(85, 140) * 100),
      vat: "standard",
      supplyDate: fromEpochDay(firstOfMonth + int(0, 30)),
    });
  if (rnd() < 0.15)
    lines.push({
      description: "Aansluitkosten",
      quantity: "1",
      unitPrice: cents(int(100, 2500) * 100),
      vat: "standard",
      supplyDate: fromEpochDay(firstOfMonth + int(0, 30)),
    });
  return {
    number: `2026-03-R${i}`,
    month,
    invoiceDate: fromEpochDay(toEpochDay(date("2026-04-01")) + int(0, 9)),
    lines,
  };
}

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

const invoiceSides: ReadonlyArray<Side<ReadonlyArray<Invoice>>> = [
  {
    name: "zorgkit invoiceTotals + dueDate",
    run: (set) => {
      let s = 0;
      for (const inv of set) {
        s += invoiceTotals(inv, mdoBilling).value.total;
        s += dueDate(inv, mdoBilling).value.length;
      }
      return s;
    },
  },
  {
    name: "plain JS (totals + due date, no explanation)",
    run: (set) => {
      let s = 0;
      for (const inv of set) {
        s += plainTotals(inv).total;
        s += plainDueDate(inv.invoiceDate, 30).length;
      }
      return s;
    },
  },
  { name: "floor (read every field, write one figure)", run: (set) => floorInvoices(set) },
  {
    name: "zorgkit invoiceTotalsBatch (totals only, one summary step)",
    run: (set) => invoiceTotalsBatch(set, mdoBilling).value.total.length,
  },
  {
    name: "plain JS totals only, kept per invoice",
    run: (set) => {
      const out = new Array<ReturnType<typeof plainTotals>>(set.length);
      for (let i = 0; i < set.length; i++) out[i] = plainTotals(set[i] as Invoice);
      return out.length;
    },
  },
];

interface Report {
  readonly label: string;
  readonly lines: Array<string>;
  failed: boolean;
}
const report: Array<Report> = [];

function invoiceCase(label: string, make: (i: number) => Invoice) {
  const out: Report = { label, lines: [], failed: false };
  forget();
  const one = retained(() => Array.from({ length: N_INV }, (_, i) => make(i)));
  const sets = [
    one.value,
    ...Array.from({ length: ROUNDS }, () => Array.from({ length: N_INV }, (_, i) => make(i))),
  ];
  // agreement: every invoice of every set against the plain version (totals and due date), the
  // first set also against the BigInt reference
  let vsRef = 0;
  let vsPlain = 0;
  for (const inv of sets[0] as Array<Invoice>)
    if (invoiceTotals(inv, mdoBilling).value.total !== referenceTotals(inv)) vsRef++;
  let vsBatch = 0;
  for (const set of sets) {
    const b = invoiceTotalsBatch(set, mdoBilling).value;
    set.forEach((inv, i) => {
      const z = invoiceTotals(inv, mdoBilling).value;
      const p = plainTotals(inv);
      if (z.total !== p.total || z.net !== p.net || z.vatTotal !== p.vat) vsPlain++;
      if (dueDate(inv, mdoBilling).value !== plainDueDate(inv.invoiceDate, 30)) vsPlain++;
      const same = JSON.stringify(b.vat[i]) === JSON.stringify(z.vat);
      if (!same || b.net[i] !== z.net || b.vatTotal[i] !== z.vatTotal || b.total[i] !== z.total) vsBatch++;
    });
  }
  const checked = sets.length * N_INV;
  out.lines.push(
    `agreement: ${N_INV - vsRef}/${N_INV} equal to the BigInt reference; ${checked - vsPlain}/${checked} totals and due dates equal to plain JS; ` +
      `${checked - vsBatch}/${checked} invoiceTotalsBatch entries (net, VAT per rate, VAT, total) equal to invoiceTotals`,
    `inputs: ${fmt(distinct(sets, invoiceKey))} distinct invoices (content, number left out) of ${fmt(checked)} generated`,
  );
  if (vsRef + vsPlain + vsBatch > 0) {
    out.failed = true;
    report.push(out);
    return;
  }
  const t = compare(invoiceSides, sets, N_INV);
  const c0 = process.cpuUsage();
  for (const inv of sets[1] as Array<Invoice>) referenceTotals(inv);
  const c = process.cpuUsage(c0);
  const refMs = (c.user + c.system) / 1000 / N_INV;
  const [z, p, f, zb, pb] = t.cpuMsPerItem as [number, number, number, number, number];
  const [zw, pw, fw, zbw, pbw] = t.wallMsPerItem as [number, number, number, number, number];
  out.lines.push(
    `zorgkit ${(z * 1000).toFixed(2)} µs/invoice CPU (${fmt(1000 / z)} invoices per CPU-second; wall ${(zw * 1000).toFixed(2)} µs)`,
    `plain JS ${(p * 1000).toFixed(2)} µs/invoice CPU (wall ${(pw * 1000).toFixed(2)} µs); floor ${(f * 1000).toFixed(3)} µs (wall ${(fw * 1000).toFixed(3)} µs); BigInt reference ${(refMs * 1000).toFixed(2)} µs (one round)`,
    `ratios per CPU-second: zorgkit = ${(p / z).toFixed(2)} × plain JS, ${(refMs / z).toFixed(1)} × BigInt reference; floor / zorgkit = ${(f / z).toFixed(3)} (zorgkit is ${(z / f).toFixed(0)} × the floor)`,
    `invoiceTotalsBatch ${(zb * 1000).toFixed(2)} µs/invoice CPU (${fmt(1000 / zb)} invoices per CPU-second; wall ${(zbw * 1000).toFixed(2)} µs); plain JS totals only, kept ${(pb * 1000).toFixed(2)} µs (wall ${(pbw * 1000).toFixed(2)} µs)`,
    `ratios per CPU-second: invoiceTotalsBatch = ${(pb / zb).toFixed(2)} × plain JS totals (zorgkit batch takes ${(zb / pb).toFixed(2)} × its time), ${(z / zb).toFixed(1)} × invoiceTotals + dueDate; ${(zb / f).toFixed(0)} × the floor`,
  );
  // memory: the inputs, and what the results keep alive when a caller holds them
  let lines = 0;
  for (const inv of one.value) lines += inv.lines.length;
  const zr = retained(() => one.value.map((inv) => invoiceTotals(inv, mdoBilling)));
  const dr = retained(() => one.value.map((inv) => dueDate(inv, mdoBilling)));
  const pr = retained(() => one.value.map((inv) => plainTotals(inv)));
  const br = retained(() => invoiceTotalsBatch(one.value, mdoBilling));
  out.lines.push(
    `memory (heap + arrayBuffers after gc): ${N_INV} invoices in ${lines} lines ${mib(one.bytes)} (${fmt(one.bytes / N_INV)} B per invoice); ` +
      `invoiceTotals results held ${fmt(zr.bytes / N_INV)} B per invoice (explanation included), dueDate ${fmt(dr.bytes / N_INV)} B, plain JS ${fmt(pr.bytes / N_INV)} B, ` +
      `invoiceTotalsBatch ${fmt(br.bytes / N_INV)} B (its arrays and VAT groups)`,
  );
  void br.value;
  void zr.value.length;
  void dr.value.length;
  void pr.value.length;
  report.push(out);
  return t.sink;
}

// --- 2. statutory interest -------------------------------------------------------------------
const N_INT = quick ? 20_000 : 100_000;

/** Stress: in default from the first half of 2023 through 3 years + 0–30 days; a payment in a third. */
function stressClaim(): InterestClaim {
  const from = fromEpochDay(toEpochDay(date("2023-01-01")) + int(0, 180)) as LocalDate;
  const through = addDays(from, 3 * 365 + int(0, 30));
  const principal = int(1000, 5_000_000);
  const payments =
    rnd() < 0.33 ? [{ on: addDays(from, int(0, 1000)), amount: cents(int(100, principal)) }] : [];
  return { principal: cents(principal), defaultFrom: from, through, payments };
}

/**
 * Realistic: a dunning run on 15 June 2026 over open invoices 1–365 days overdue (log-uniform:
 * most a few weeks), € 25–€ 25 000 (log-uniform), a partial payment in a fifth; most claims see
 * no rate change, some one or two, none an anniversary.
 */
const RUN_DAY = toEpochDay(date("2026-06-15"));
function realisticClaim(): InterestClaim {
  const overdue = logInt(1, 366);
  const from = fromEpochDay(RUN_DAY - overdue + 1);
  const principal = logInt(2500, 2_500_000);
  const payments =
    rnd() < 0.2
      ? [{ on: fromEpochDay(RUN_DAY - int(0, overdue - 1)), amount: cents(int(100, principal)) }]
      : [];
  return { principal: cents(principal), defaultFrom: from, through: fromEpochDay(RUN_DAY), payments };
}

const interestSides: ReadonlyArray<Side<ReadonlyArray<InterestClaim>>> = [
  {
    name: "zorgkit statutoryInterestBatch",
    run: (set) => statutoryInterestBatch(set, commercialInterestRates).value.totals.length,
  },
  { name: "plain JS (integer cents, carried rounding)", run: (set) => plainInterestBatch(set) },
  { name: "floor (read every field, write one figure)", run: (set) => floorClaims(set) },
];
const plainOut = new Float64Array(N_INT);
function plainInterestBatch(set: ReadonlyArray<InterestClaim>): number {
  for (let i = 0; i < set.length; i++) plainOut[i] = plainInterest(set[i] as InterestClaim);
  return set.length;
}

function interestCase(label: string, make: () => InterestClaim) {
  const out: Report = { label, lines: [], failed: false };
  forget();
  const one = retained(() => Array.from({ length: N_INT }, make));
  const sets = [one.value, ...Array.from({ length: ROUNDS }, () => Array.from({ length: N_INT }, make))];
  const SAMPLE = quick ? 100 : 1000;
  let vsRef = 0;
  for (let i = 0; i < SAMPLE; i++) {
    const c = one.value[i] as InterestClaim;
    const slow = referenceInterest(c, { rows: commercialInterestRates.rows }).total;
    if (BigInt(statutoryInterest(c, commercialInterestRates).value.total) !== slow) vsRef++;
  }
  let vsPlain = 0;
  let vsSingle = 0;
  for (const set of sets) {
    const totals = statutoryInterestBatch(set, commercialInterestRates).value.totals;
    for (let i = 0; i < set.length; i++) if (totals[i] !== plainInterest(set[i] as InterestClaim)) vsPlain++;
  }
  for (let i = 0; i < SAMPLE; i++) {
    const c = one.value[i] as InterestClaim;
    if (statutoryInterest(c, commercialInterestRates).value.total !== plainInterest(c)) vsSingle++;
  }
  let periods = 0;
  for (const c of one.value.slice(0, 1000))
    periods += statutoryInterest(c, commercialInterestRates).value.periods.length;
  const checked = sets.length * N_INT;
  out.lines.push(
    `inputs: ${fmt(distinct(sets, claimKey))} distinct claims of ${fmt(checked)} generated`,
    `agreement: ${SAMPLE - vsRef}/${SAMPLE} equal to the day-by-day BigInt reference; ${checked - vsPlain}/${checked} batch totals equal to plain JS; ` +
      `statutoryInterest = plain JS on ${SAMPLE - vsSingle}/${SAMPLE}; ${(periods / 1000).toFixed(1)} periods per claim`,
  );
  if (vsRef + vsPlain + vsSingle > 0) {
    out.failed = true;
    report.push(out);
    return;
  }
  const t = compare(interestSides, sets, N_INT);
  const sample = (sets[1] as Array<InterestClaim>).slice(0, SAMPLE);
  let c0 = process.cpuUsage();
  for (const c of sample) referenceInterest(c, { rows: commercialInterestRates.rows });
  let c = process.cpuUsage(c0);
  const refMs = (c.user + c.system) / 1000 / SAMPLE;
  const detailSet = (sets[2] as Array<InterestClaim>).slice(0, Math.min(N_INT, 10_000));
  c0 = process.cpuUsage();
  for (const cl of detailSet) statutoryInterest(cl, commercialInterestRates);
  c = process.cpuUsage(c0);
  const detailMs = (c.user + c.system) / 1000 / detailSet.length;
  const [z, p, f] = t.cpuMsPerItem as [number, number, number];
  const [zw, pw, fw] = t.wallMsPerItem as [number, number, number];
  out.lines.push(
    `zorgkit batch ${(z * 1000).toFixed(3)} µs/claim CPU (${fmt(1000 / z)} claims per CPU-second; wall ${(zw * 1000).toFixed(3)} µs)`,
    `plain JS ${(p * 1000).toFixed(3)} µs/claim CPU (wall ${(pw * 1000).toFixed(3)} µs); floor ${(f * 1000).toFixed(3)} µs (wall ${(fw * 1000).toFixed(3)} µs); ` +
      `day-by-day reference ${(refMs * 1000).toFixed(0)} µs on ${SAMPLE}; statutoryInterest with breakdown and explanation ${(detailMs * 1000).toFixed(1)} µs on ${detailSet.length}`,
    `ratios per CPU-second: zorgkit batch = ${(p / z).toFixed(2)} × plain JS, ${fmt(refMs / z)} × day-by-day reference; floor / zorgkit = ${(f / z).toFixed(3)} (zorgkit is ${(z / f).toFixed(0)} × the floor); statutoryInterest = ${(detailMs / z).toFixed(0)} × the batch`,
  );
  const br = retained(() => statutoryInterestBatch(one.value, commercialInterestRates));
  const sr = retained(() =>
    one.value.slice(0, 10_000).map((cl) => statutoryInterest(cl, commercialInterestRates)),
  );
  out.lines.push(
    `memory (heap + arrayBuffers after gc): ${N_INT} claims ${mib(one.bytes)} (${fmt(one.bytes / N_INT)} B per claim); batch result held ${fmt(br.bytes / N_INT)} B per claim; ` +
      `statutoryInterest results held ${fmt(sr.bytes / sr.value.length)} B per claim (breakdown and explanation)`,
  );
  void br.value;
  report.push(out);
  return t.sink;
}

const load0 = (await import("node:os")).loadavg();
console.log(
  `Node ${process.version}, ${quick ? "quick" : "full"} run, ${ROUNDS} timed rounds (+1 warm-up), each on its own inputs; load average ${load0.map((x) => x.toFixed(2)).join(" ")}`,
);
const runCase = (f: () => void) => {
  f();
  const r = report.at(-1) as Report;
  console.log(`\n${r.label}`);
  for (const l of r.lines) console.log(`  ${l}`);
};
runCase(() =>
  invoiceCase(`invoices, realistic month: ${N_INV} invoices of 1–3 lines (MDO price list)`, realisticInvoice),
);
runCase(() => invoiceCase(`invoices, stress month: ${N_INV} invoices × 20 lines`, stressInvoice));
runCase(() =>
  interestCase(`interest, realistic dunning run: ${N_INT} claims 1–365 days overdue`, realisticClaim),
);
runCase(() => interestCase(`interest, stress: ${N_INT} claims over 3 years`, stressClaim));
{
  const c0 = process.cpuUsage();
  for (let i = 0; i < 1000; i++) invoiceDeadline(month, mdoBilling);
  const c = process.cpuUsage(c0);
  console.log(`\ninvoiceDeadline (once per run): ${((c.user + c.system) / 1000).toFixed(2)} µs CPU per call`);
}
console.log(
  `load average at the end ${(await import("node:os"))
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
);
if (report.some((r) => r.failed)) process.exitCode = 1;
