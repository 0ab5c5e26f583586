// An obviously-correct, slow reference for statutory interest (CONVENTIONS "Cedar"): it walks
// the claim one calendar day at a time with JavaScript Date arithmetic, looks the rate up by a
// linear scan of the table rows, accrues each day's exact interest in BigInt (units of
// 1/(denominator × 365) cent), and rounds only when a run of days with the same base, the same
// rate and the same year of default ends — or when a payment needs the interest owed in cents.
// It shares no code with src/interest.ts beyond the input types.

export interface RefClaim {
  readonly principal: number; // cents
  readonly defaultFrom: string;
  readonly through: string;
  readonly payments?: ReadonlyArray<{ readonly on: string; readonly amount: number }>;
  readonly costs?: ReadonlyArray<{ readonly on: string; readonly amount: number }>;
}

export interface RefTable {
  readonly rows: ReadonlyArray<{ readonly from: string; readonly value: string }>;
}

export interface RefResult {
  readonly total: bigint;
  readonly principal: bigint;
  readonly interest: bigint;
  readonly costs: bigint;
  readonly overpaid: bigint;
  readonly capitalized: bigint;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** "12.25" → [1225n, 10000n] (a percent as a fraction of 1). */
function fraction(percent: string): [bigint, bigint] {
  const [whole, dec = ""] = percent.split(".");
  return [BigInt(`${whole}${dec}`), 100n * 10n ** BigInt(dec.length)];
}

function roundHalfUp(n: bigint, d: bigint): bigint {
  const t = n / d;
  return (n % d) * 2n >= d ? t + 1n : t;
}

/** Anniversary k of a date by Date.UTC's own overflow rule (29 Feb + 1 year → 1 Mar). */
function anniversaryMs(start: string, k: number): number {
  const d = new Date(ms(start));
  return Date.UTC(d.getUTCFullYear() + k, d.getUTCMonth(), d.getUTCDate());
}

export function referenceInterest(
  claim: RefClaim,
  table: RefTable,
  rounding: "carried" | "each-period" = "carried",
): RefResult {
  // one common denominator for all rows
  let den = 1n;
  for (const r of table.rows) {
    const [, d] = fraction(r.value);
    while (den % d !== 0n) den *= 10n;
  }
  const q = den * 365n;
  let principal = BigInt(claim.principal);
  let icap = 0n;
  let iopen = 0n;
  let costsOwed = 0n;
  let overpaid = 0n;
  let total = 0n;
  let capitalized = 0n;
  const costs = [...(claim.costs ?? [])].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const costTaken = costs.map(() => false);
  const payments = (claim.payments ?? []).map((p, i) => ({ ...p, i }));
  payments.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.i - b.i));

  const pay = (day: string, amount: bigint) => {
    costs.forEach((c, i) => {
      if (!costTaken[i] && c.on <= day) {
        costsOwed += BigInt(c.amount);
        costTaken[i] = true;
      }
    });
    let left = amount;
    for (const take of ["costs", "icap", "iopen", "principal"] as const) {
      const owed =
        take === "costs" ? costsOwed : take === "icap" ? icap : take === "iopen" ? iopen : principal;
      // biome-ignore lint/complexity/useMathMinMax: bigint operands (Math.min takes numbers)
      const x = left < owed ? left : owed;
      left -= x;
      if (take === "costs") costsOwed -= x;
      else if (take === "icap") icap -= x;
      else if (take === "iopen") iopen -= x;
      else principal -= x;
    }
    overpaid += left;
  };

  // payments before the default
  for (const p of payments) if (p.on < claim.defaultFrom) pay(p.on, BigInt(p.amount));

  // running group: exact sum (units 1/q cent) since the start of the year of default, and the cents recognised
  let groupKey = "";
  let groupExact = 0n; // exact units of the current run
  let yearExact = 0n;
  let yearRecognised = 0n;
  let year = 0;
  const flush = () => {
    if (groupKey === "") return;
    let cents: bigint;
    if (rounding === "each-period") cents = roundHalfUp(groupExact, q);
    else {
      yearExact += groupExact;
      const r = roundHalfUp(yearExact, q);
      cents = r - yearRecognised;
      yearRecognised = r;
    }
    iopen += cents;
    total += cents;
    groupKey = "";
    groupExact = 0n;
  };

  for (let t = ms(claim.defaultFrom); t <= ms(claim.through); t += DAY) {
    const day = iso(t);
    // which year of default is this day in?
    let y = 0;
    while (anniversaryMs(claim.defaultFrom, y + 1) <= t) y += 1;
    if (y !== year) {
      flush();
      icap += iopen;
      capitalized += iopen;
      iopen = 0n;
      yearExact = 0n;
      yearRecognised = 0n;
      year = y;
    }
    let rate: string | undefined;
    for (const r of table.rows) if (r.from <= day) rate = r.value;
    const base = principal + icap;
    if (rate !== undefined && base > 0n) {
      const [n, d] = fraction(rate);
      const num = n * (den / d);
      const key = `${num}|${base}|${year}`;
      if (key !== groupKey) {
        flush();
        groupKey = key;
      }
      groupExact += base * num;
    } else flush();
    const todays = payments.filter((p) => p.on === day);
    if (todays.length > 0) {
      flush();
      for (const p of todays) pay(day, BigInt(p.amount));
    }
  }
  flush();
  costs.forEach((c, i) => {
    if (!costTaken[i] && c.on <= claim.through) costsOwed += BigInt(c.amount);
  });
  return { total, principal, interest: icap + iopen, costs: costsOwed, overpaid, capitalized };
}
