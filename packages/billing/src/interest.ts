/**
 * Statutory interest (wettelijke rente) on a sum in default, exact to the cent: periods split at
 * every rate change, every anniversary of the default and every payment; actual/365; periods in
 * whole cents, rounded half-up; after each full year of default the year's interest is added to
 * the base; payments go to costs, then interest, then principal. The rates and the clauses come
 * from the {@link InterestTable} the caller passes.
 *
 * Readings (see docs/guide/billing.md §5):
 * - Days: interest runs for every day from `defaultFrom` up to and including `through`
 *   ("tot en met de dag waarop de schuldenaar de geldsom heeft voldaan"); a payment on day p
 *   still bears interest for day p and lowers the base from p + 1.
 * - Day count actual/365: each day is 1/365 of the yearly rate, in leap years too (a year of
 *   default that contains 29 February earns 366/365 of the yearly rate).
 * - Year of default k runs from the k-th anniversary of `defaultFrom` (same day and month; for a
 *   default starting on 29 February, 1 March in common years). The interest of that year is added
 *   to the base on the anniversary.
 * - Rounding: every period (a run of days with one base, one rate, one year of default;
 *   consecutive table rows with the same rate are one period) is in whole cents, rounded half-up
 *   and carried: within a year of default the periods add up to the year's exact interest rounded
 *   once, so a payment never raises the interest. `{ rounding: "each-period" }` rounds each period
 *   on its own.
 * - A payment pays costs incurred by its date, then interest — the oldest first (interest already
 *   added to the base, then the current year's) — then principal. What is left is reported as
 *   `overpaid`, never silently dropped.
 *
 * @module
 */
import {
  BoundedArray,
  type Citation,
  civilFromDays,
  daysFromCivil,
  divideRounded,
  type Explained,
  explained,
  formatEuro,
  fromEpochDay,
  isLeapYear,
  LocalDate,
  Money,
  parsePercentage,
  type Step,
  step,
  toDecimalString,
  toEpochDay,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { MAX_SUM_TEXT, sumWithin } from "./internal/limits.js";
import type { InterestTable } from "./rulebook.js";

const positive = Schema.makeFilter((m: number) => m > 0 || "expected an amount above € 0,00");
const nonNegative = Schema.makeFilter((m: number) => m >= 0 || "expected an amount of € 0,00 or more");

/** A payment on a date (a positive amount). */
export const InterestPayment = Schema.Struct({ on: LocalDate, amount: Money.check(positive) });
/** See {@link InterestPayment}. */
export type InterestPayment = typeof InterestPayment.Type;

/** Costs (e.g. extrajudicial collection costs) owed from a date. */
export const InterestCost = Schema.Struct({ on: LocalDate, amount: Money.check(positive) });
/** See {@link InterestCost}. */
export type InterestCost = typeof InterestCost.Type;

/**
 * The subject of {@link statutoryInterest}: a principal in default from `defaultFrom` (the first
 * day interest runs: the day after the last day of payment), computed up to and including
 * `through`, with the payments made and the costs owed. Rejected at decoding: a negative
 * principal, amounts with more than two decimals, `through` more than a day before
 * `defaultFrom`, a payment after `through`, more than 1 000 payments, a principal plus costs or
 * payments adding up to more than € 1 000 000 000 000 (so that the result stays exact in cents).
 */
export const InterestClaim = Schema.Struct({
  principal: Money.check(nonNegative),
  defaultFrom: LocalDate,
  through: LocalDate,
  payments: Schema.optionalKey(BoundedArray(InterestPayment, 1000)),
  costs: Schema.optionalKey(BoundedArray(InterestCost, 100)),
}).check(
  Schema.makeFilter(
    (c: {
      principal: number;
      defaultFrom: string;
      through: string;
      payments?: ReadonlyArray<{ on: string; amount: number }>;
      costs?: ReadonlyArray<{ amount: number }>;
    }) => {
      if (!sumWithin(c.costs ?? [], c.principal))
        return {
          path: ["principal"],
          issue: `the principal plus the costs exceed ${MAX_SUM_TEXT} (the interest could not be computed exactly)`,
        };
      if (!sumWithin(c.payments ?? []))
        return { path: ["payments"], issue: `the payments add up to more than ${MAX_SUM_TEXT}` };
      if (toEpochDay(c.through as LocalDate) < toEpochDay(c.defaultFrom as LocalDate) - 1)
        return {
          path: ["through"],
          issue: `through (${c.through}) is more than a day before defaultFrom (${c.defaultFrom})`,
        };
      const late = (c.payments ?? []).findIndex((p) => p.on > c.through);
      return late < 0
        ? undefined
        : { path: ["payments", late, "on"], issue: `a payment after the last day computed (${c.through})` };
    },
  ),
);
/** See {@link InterestClaim}. */
export type InterestClaim = typeof InterestClaim.Type;

/** One period of the breakdown: a run of days with one base, one rate and one year of default. */
export interface InterestPeriod {
  readonly from: LocalDate;
  readonly through: LocalDate;
  readonly days: number;
  /** The amount interest is computed on: unpaid principal plus interest added at anniversaries. */
  readonly base: Money;
  /** The yearly rate, percent. */
  readonly percent: string;
  /** `base × percent/100 × days/365`, half-up to the cent. */
  readonly interest: Money;
  /** Year of default (1 = the first year). */
  readonly year: number;
  /** The period runs past the last day the table covers: computed at the last known rate. */
  readonly provisional?: true;
}

/** How one payment was applied (art. 6:44 BW order). */
export interface AppliedPayment {
  readonly on: LocalDate;
  readonly amount: Money;
  readonly toCosts: Money;
  readonly toInterest: Money;
  readonly toPrincipal: Money;
  /** The part that exceeded everything owed on that day. */
  readonly overpaid: Money;
}

/** The result of {@link statutoryInterest}. */
export interface StatutoryInterest {
  /** Interest accrued over all periods. */
  readonly total: Money;
  readonly periods: ReadonlyArray<InterestPeriod>;
  readonly payments: ReadonlyArray<AppliedPayment>;
  /** Interest added to the base at anniversaries of the default. */
  readonly capitalized: Money;
  /** Still owed after `through`: costs incurred by then, interest, principal, and their sum. */
  readonly outstanding: {
    readonly costs: Money;
    readonly interest: Money;
    readonly principal: Money;
    readonly total: Money;
  };
  /** Sum of payment parts that exceeded what was owed (reported, never dropped). */
  readonly overpaid: Money;
  /** First day computed at the last known rate because the table ends before it. */
  readonly provisionalFrom?: LocalDate;
  /** Days before the table's first row: no rate is known, no interest computed for them. */
  readonly rateUnknown?: { readonly from: LocalDate; readonly through: LocalDate };
}

interface CompiledRates {
  readonly starts: ReadonlyArray<number>;
  /** Rate numerators over the common denominator `den` (a percent as a fraction of 1). */
  readonly nums: ReadonlyArray<bigint>;
  readonly den: bigint;
  readonly percents: ReadonlyArray<string>;
  readonly citations: ReadonlyArray<ReadonlyArray<Citation>>;
  readonly through: number;
}

const compiledTables = new WeakMap<InterestTable, CompiledRates>();

/** The table as arrays, equal consecutive rates merged (one period, one rounding). */
function compileRates(table: InterestTable): CompiledRates {
  const memo = compiledTables.get(table);
  if (memo !== undefined) return memo;
  const starts: Array<number> = [];
  const fractions: Array<{ numerator: bigint; denominator: bigint }> = [];
  const percents: Array<string> = [];
  const citations: Array<ReadonlyArray<Citation>> = [];
  for (const row of table.rows) {
    const f = parsePercentage(row.value);
    const last = fractions[fractions.length - 1];
    if (last !== undefined && last.numerator * f.denominator === f.numerator * last.denominator) {
      citations[citations.length - 1] = [...(citations[citations.length - 1] ?? []), ...row.citations];
      continue;
    }
    starts.push(toEpochDay(row.from));
    fractions.push(f);
    percents.push(row.value);
    citations.push(row.citations);
  }
  const den = fractions.reduce((d, f) => lcm(d, f.denominator), 1n);
  const nums = fractions.map((f) => f.numerator * (den / f.denominator));
  const compiled = { starts, nums, den, percents, citations, through: toEpochDay(table.through) };
  compiledTables.set(table, compiled);
  return compiled;
}

/** Epoch day of the k-th anniversary of an epoch day (29 February → 1 March in common years). */
function anniversary(start: { year: number; month: number; day: number }, k: number): number {
  const y = start.year + k;
  if (start.month === 2 && start.day === 29 && !isLeapYear(y)) return daysFromCivil(y, 3, 1);
  return daysFromCivil(y, start.month, start.day);
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

const SAFE_HALF = Math.floor(Number.MAX_SAFE_INTEGER / 2);

/** `p / q` half-up for non-negative safe integers p and q (exact: the float quotient is corrected). */
function roundHalfUp(p: number, q: number): number {
  let t = Math.floor(p / q);
  let r = p - t * q;
  if (r < 0) {
    t -= 1;
    r += q;
  } else if (r >= q) {
    t += 1;
    r -= q;
  }
  return 2 * r >= q ? t + 1 : t;
}

/**
 * Exact interest of one year of default, in units of 1/q cent (q = the table's common
 * denominator × 365), in a number while it stays safe and in a BigInt after; `add` returns the
 * whole cents a period adds under the chosen rounding.
 */
class YearAccrual {
  private num = 0;
  private big: bigint | undefined;
  private rounded = 0;
  constructor(
    private readonly q: number,
    private readonly qBig: bigint,
    private readonly carry: boolean,
  ) {}
  reset(): void {
    this.num = 0;
    this.big = undefined;
    this.rounded = 0;
  }
  add(base: number, num: bigint, days: number): number {
    const n = Number(num);
    const f = n * days;
    if (
      this.big === undefined &&
      this.qBig < 1n << 40n &&
      Number.isSafeInteger(f) &&
      base <= Math.floor(SAFE_HALF / Math.max(f, 1))
    ) {
      const part = base * f;
      if (!this.carry) return roundHalfUp(part, this.q);
      if (this.num + part <= SAFE_HALF) {
        this.num += part;
        const r = roundHalfUp(this.num, this.q);
        const d = r - this.rounded;
        this.rounded = r;
        return d;
      }
    }
    const part = BigInt(base) * num * BigInt(days);
    if (!this.carry) return Number(divideRounded(part, this.qBig, "half-up"));
    this.big = (this.big ?? BigInt(this.num)) + part;
    const r = Number(divideRounded(this.big, this.qBig, "half-up"));
    const d = r - this.rounded;
    this.rounded = r;
    return d;
  }
}

/**
 * Options of {@link statutoryInterest}. `rounding`:
 * - `"carried"` (default): every period is in whole cents, and within a year of default the
 *   periods add up to that year's exact interest rounded half-up once — period k gets
 *   round(S_k) − round(S_(k−1)) of the running exact sum S. Rounding never accumulates, and a
 *   payment can never raise the interest.
 * - `"each-period"`: each period rounded half-up on its own (the literal reading of "half-up per
 *   period"); splitting a period at a payment can then add a cent.
 */
export interface StatutoryInterestOptions {
  readonly rounding?: "carried" | "each-period";
}

const eur = (m: number) => formatEuro(m as Money);

/**
 * Statutory interest on a claim in default, with the per-period breakdown and how each payment
 * was applied. Rates, and the clauses cited for them, come from `table` (the commercial rate
 * `commercialInterestRates`, the ordinary rate `statutoryInterestRates`, or your own).
 *
 * @example
 * ```ts
 * import { date, euros } from "@zorgkit/core";
 * import { commercialInterestRates, statutoryInterest } from "@zorgkit/billing";
 *
 * // € 10.000 in default from 16 May 2026, computed through 15 June 2026: 31 days at 10.15 %
 * const r = statutoryInterest(
 *   { principal: euros("10000.00"), defaultFrom: date("2026-05-16"), through: date("2026-06-15") },
 *   commercialInterestRates,
 * );
 * // cents: 10 000 × 10.15 % × 31/365 = 86.2055 → € 86,21
 * r.value.total; // => 8621
 * ```
 */
export function statutoryInterest(
  claim: InterestClaim,
  table: InterestTable,
  options: StatutoryInterestOptions = {},
): Explained<StatutoryInterest> {
  return computeInterest(claim, table, options, true);
}

/**
 * The computation behind {@link statutoryInterest}; with `detail` false it skips the breakdown
 * and the explanation (for batch runs and internal checks).
 *
 * @internal
 */
export function computeInterest(
  claim: InterestClaim,
  table: InterestTable,
  options: StatutoryInterestOptions,
  detail: boolean,
): Explained<StatutoryInterest> {
  const rates = compileRates(table);
  const qBig = rates.den * 365n;
  const accrual = new YearAccrual(Number(qBig), qBig, options.rounding !== "each-period");
  const D = toEpochDay(claim.defaultFrom);
  const T = toEpochDay(claim.through);
  const pays = [...(claim.payments ?? [])]
    .map((p, i) => ({ day: toEpochDay(p.on), on: p.on, amount: p.amount as number, i }))
    .sort((a, b) => a.day - b.day || a.i - b.i);
  // `afterPayments` (internal, from statusAt): the cost arose after that many of its day's payments
  // (a hand-over recorded after a payment that day), so those payments do not go to it (6:44)
  const costs = [...(claim.costs ?? [])]
    .map((c) => ({
      day: toEpochDay(c.on),
      amount: c.amount as number,
      after: (c as { afterPayments?: number }).afterPayments ?? 0,
    }))
    .sort((a, b) => a.day - b.day || a.after - b.after);
  const steps: Array<Step> = [];
  const periods: Array<InterestPeriod> = [];
  const applied: Array<AppliedPayment> = [];
  let principal = claim.principal as number;
  let icap = 0;
  let iopen = 0;
  let costsOwed = 0;
  let ci = 0;
  let total = 0;
  let capitalized = 0;
  let overpaid = 0;

  /** Costs owed by day `day`, before the payment that is the `nth` (0-based) of that day. */
  const takeCostsUntil = (day: number, nth = Number.POSITIVE_INFINITY) => {
    while (ci < costs.length) {
      const c = costs[ci] as { day: number; amount: number; after: number };
      if (c.day > day || (c.day === day && c.after > nth)) break;
      costsOwed += c.amount;
      ci += 1;
    }
  };
  let payDay = Number.NaN;
  let nthOfDay = 0;
  const pay = (p: { day: number; on: LocalDate; amount: number }) => {
    nthOfDay = p.day === payDay ? nthOfDay + 1 : 0;
    payDay = p.day;
    takeCostsUntil(p.day, nthOfDay);
    let left = p.amount;
    const toCosts = Math.min(left, costsOwed);
    costsOwed -= toCosts;
    left -= toCosts;
    const toCap = Math.min(left, icap);
    icap -= toCap;
    left -= toCap;
    const toOpen = Math.min(left, iopen);
    iopen -= toOpen;
    left -= toOpen;
    const toPrincipal = Math.min(left, principal);
    principal -= toPrincipal;
    left -= toPrincipal;
    overpaid += left;
    if (!detail) return;
    const a: AppliedPayment = {
      on: p.on,
      amount: p.amount as Money,
      toCosts: toCosts as Money,
      toInterest: (toCap + toOpen) as Money,
      toPrincipal: toPrincipal as Money,
      overpaid: left as Money,
    };
    applied.push(a);
    steps.push(
      step({
        rule: "payment-imputation",
        inputs: { on: p.on, amount: toDecimalString(a.amount) },
        output: {
          costs: toDecimalString(a.toCosts),
          interest: toDecimalString(a.toInterest),
          principal: toDecimalString(a.toPrincipal),
          overpaid: toDecimalString(a.overpaid),
        },
        citations: table.imputation.citations,
        en: `The payment of ${eur(p.amount)} on ${p.on} goes to costs ${eur(toCosts)}, interest ${eur(toCap + toOpen)}, principal ${eur(toPrincipal)}${left > 0 ? `; ${eur(left)} exceeds what was owed` : ""}.`,
        nl: `De betaling van ${eur(p.amount)} op ${p.on} gaat naar kosten ${eur(toCosts)}, rente ${eur(toCap + toOpen)}, hoofdsom ${eur(toPrincipal)}${left > 0 ? `; ${eur(left)} is meer dan verschuldigd was` : ""}.`,
      }),
    );
  };

  let pi = 0;
  while (pi < pays.length && (pays[pi] as { day: number }).day < D) pay(pays[pi++] as (typeof pays)[number]);

  const start = civilFromDays(D);
  let year = 1;
  let yearEnd = anniversary(start, 1);
  let ri = -1;
  while (ri + 1 < rates.starts.length && (rates.starts[ri + 1] as number) <= D) ri += 1;
  let unknownThrough = -1;
  let cursor = D;
  while (cursor <= T) {
    let end = T + 1;
    if (yearEnd < end) end = yearEnd;
    const nextRate =
      ri + 1 < rates.starts.length ? (rates.starts[ri + 1] as number) : Number.POSITIVE_INFINITY;
    if (nextRate < end) end = nextRate;
    const nextPay = pi < pays.length ? (pays[pi] as { day: number }).day + 1 : Number.POSITIVE_INFINITY;
    if (nextPay < end) end = nextPay;
    const base = principal + icap;
    const days = end - cursor;
    if (ri < 0) unknownThrough = end - 1;
    else if (base > 0) {
      const interest = accrual.add(base, rates.nums[ri] as bigint, days);
      if (
        !Number.isSafeInteger(base + costsOwed + iopen + interest) ||
        !Number.isSafeInteger(total + interest)
      )
        throw new RangeError(
          "statutoryInterest: the amount owed leaves the safe range of about € 90 trillion (a rate table with very high rates over a long span); no inexact amount is returned",
        );
      iopen += interest;
      total += interest;
      if (detail) {
        const from = fromEpochDay(cursor);
        const through = fromEpochDay(end - 1);
        const percent = rates.percents[ri] as string;
        const provisional = end - 1 > rates.through;
        periods.push(
          provisional
            ? {
                from,
                through,
                days,
                base: base as Money,
                percent,
                interest: interest as Money,
                year,
                provisional: true,
              }
            : { from, through, days, base: base as Money, percent, interest: interest as Money, year },
        );
        steps.push(
          step({
            rule: "interest-period",
            inputs: { from, through, days, base: toDecimalString(base as Money), percent },
            output: toDecimalString(interest as Money),
            citations: rates.citations[ri] as ReadonlyArray<Citation>,
            en: `${from} to ${through} (${days} days): ${eur(base)} × ${percent} % × ${days}/365 = ${eur(interest)}${provisional ? " (provisional: past the end of the rate table)" : ""}.`,
            nl: `${from} t/m ${through} (${days} dagen): ${eur(base)} × ${percent} % × ${days}/365 = ${eur(interest)}${provisional ? " (voorlopig: na het einde van de rentetabel)" : ""}.`,
          }),
        );
      }
    }
    cursor = end;
    while (pi < pays.length && (pays[pi] as { day: number }).day === cursor - 1)
      pay(pays[pi++] as (typeof pays)[number]);
    // (an anniversary after `through` is not reached: nothing is added to the base on a day not computed)
    if (cursor === yearEnd && cursor <= T) {
      if (detail && iopen > 0) {
        steps.push(
          step({
            rule: "interest-compounding",
            inputs: { year, anniversary: fromEpochDay(cursor) },
            output: toDecimalString(iopen as Money),
            citations: table.compounding.citations,
            en: `After year ${year} of default, its unpaid interest of ${eur(iopen)} is added to the base from ${fromEpochDay(cursor)}.`,
            nl: `Na jaar ${year} van het verzuim wordt de onbetaalde rente van ${eur(iopen)} vanaf ${fromEpochDay(cursor)} bij de grondslag opgeteld.`,
          }),
        );
      }
      icap += iopen;
      capitalized += iopen;
      iopen = 0;
      accrual.reset();
      year += 1;
      yearEnd = anniversary(start, year);
    }
    if (cursor === nextRate) ri += 1;
  }
  takeCostsUntil(T);
  const outstandingInterest = icap + iopen;
  const result: StatutoryInterest = {
    total: total as Money,
    periods,
    payments: applied,
    capitalized: capitalized as Money,
    outstanding: {
      costs: costsOwed as Money,
      interest: outstandingInterest as Money,
      principal: principal as Money,
      total: (costsOwed + outstandingInterest + principal) as Money,
    },
    overpaid: overpaid as Money,
    ...(T > rates.through && T >= D ? { provisionalFrom: fromEpochDay(Math.max(D, rates.through + 1)) } : {}),
    ...(unknownThrough >= D
      ? { rateUnknown: { from: claim.defaultFrom, through: fromEpochDay(unknownThrough) } }
      : {}),
  };
  if (!detail) return explained(result, steps);
  if (result.rateUnknown !== undefined) {
    steps.unshift(
      step({
        rule: "interest-rate-unknown",
        inputs: { from: result.rateUnknown.from, through: result.rateUnknown.through, table: table.name },
        citations: table.citations,
        en: `The table "${table.name}" has no rate before ${table.rows[0]?.from ?? "its first row"}: no interest is computed from ${result.rateUnknown.from} to ${result.rateUnknown.through}. Pass a table that covers these days.`,
        nl: `De tabel "${table.name}" heeft geen rente vóór ${table.rows[0]?.from ?? "de eerste rij"}: over ${result.rateUnknown.from} t/m ${result.rateUnknown.through} is geen rente berekend. Geef een tabel die deze dagen dekt.`,
      }),
    );
  }
  if (result.provisionalFrom !== undefined) {
    steps.push(
      step({
        rule: "interest-rate-provisional",
        inputs: { from: result.provisionalFrom, tableThrough: table.through },
        citations: table.citations,
        en: `The table "${table.name}" ends on ${table.through}; from ${result.provisionalFrom} the last known rate is used, so the amount is provisional.`,
        nl: `De tabel "${table.name}" loopt tot en met ${table.through}; vanaf ${result.provisionalFrom} is het laatst bekende percentage gebruikt, dus het bedrag is voorlopig.`,
      }),
    );
  }
  steps.push(
    step({
      rule: "interest-total",
      inputs: {
        principal: toDecimalString(claim.principal),
        defaultFrom: claim.defaultFrom,
        through: claim.through,
      },
      output: toDecimalString(result.total),
      citations: table.citations,
      en: `Statutory interest from ${claim.defaultFrom} through ${claim.through}: ${eur(total)} over ${periods.length} period(s) in whole cents, rounded half-up${options.rounding === "each-period" ? " per period" : " (carried within each year of default)"}.`,
      nl: `Wettelijke rente van ${claim.defaultFrom} t/m ${claim.through}: ${eur(total)} over ${periods.length} periode(s) in hele centen, half-up afgerond${options.rounding === "each-period" ? " per periode" : " (doorgeschoven binnen elk verzuimjaar)"}.`,
    }),
  );
  return explained(result, steps);
}

/** The result of {@link statutoryInterestBatch}: one entry per claim, in the order given. */
export interface InterestBatch {
  /** Interest accrued per claim. */
  readonly totals: ReadonlyArray<Money>;
  /** Still owed per claim after its `through` (costs, interest and principal). */
  readonly outstanding: ReadonlyArray<Money>;
  /** Overpayment per claim (reported, never dropped). */
  readonly overpaid: ReadonlyArray<Money>;
  /** Indexes of claims computed partly at the last known rate (past the table's end). */
  readonly provisional: ReadonlyArray<number>;
  /** Indexes of claims with days before the table's first row (no interest for those days). */
  readonly rateUnknown: ReadonlyArray<number>;
}

/**
 * Statutory interest for many claims at once (a dunning run): the same computation as
 * {@link statutoryInterest}, claim by claim, without the per-period breakdown and explanation —
 * one summary step for the run. Ask `statutoryInterest` for the claim whose breakdown you need.
 *
 * @example
 * ```ts
 * import { date, euros } from "@zorgkit/core";
 * import { commercialInterestRates, statutoryInterestBatch } from "@zorgkit/billing";
 *
 * const r = statutoryInterestBatch(
 *   [
 *     { principal: euros("10000.00"), defaultFrom: date("2026-05-16"), through: date("2026-06-15") },
 *     { principal: euros("5000.00"), defaultFrom: date("2024-06-16"), through: date("2024-07-15") },
 *   ],
 *   commercialInterestRates,
 * );
 * r.value.totals; // => [8621, 5086]
 * ```
 */
export function statutoryInterestBatch(
  claims: ReadonlyArray<InterestClaim>,
  table: InterestTable,
  options: StatutoryInterestOptions = {},
): Explained<InterestBatch> {
  const totals: Array<Money> = new Array(claims.length);
  const outstanding: Array<Money> = new Array(claims.length);
  const overpaid: Array<Money> = new Array(claims.length);
  const provisional: Array<number> = [];
  const rateUnknown: Array<number> = [];
  let sum = 0;
  for (let i = 0; i < claims.length; i++) {
    const r = computeInterest(claims[i] as InterestClaim, table, options, false).value;
    totals[i] = r.total;
    outstanding[i] = r.outstanding.total;
    overpaid[i] = r.overpaid;
    sum += r.total;
    if (r.provisionalFrom !== undefined) provisional.push(i);
    if (r.rateUnknown !== undefined) rateUnknown.push(i);
  }
  return explained({ totals, outstanding, overpaid, provisional, rateUnknown }, [
    step({
      rule: "interest-batch",
      inputs: {
        claims: claims.length,
        table: table.name,
        provisional: provisional.length,
        rateUnknown: rateUnknown.length,
      },
      output: toDecimalString(sum as Money),
      citations: table.citations,
      en: `Statutory interest for ${claims.length} claim(s): ${eur(sum)} in total${provisional.length > 0 ? `; ${provisional.length} partly past the end of the rate table (provisional)` : ""}${rateUnknown.length > 0 ? `; ${rateUnknown.length} with days before its first row (no interest for those days)` : ""}.`,
      nl: `Wettelijke rente over ${claims.length} vordering(en): ${eur(sum)} in totaal${provisional.length > 0 ? `; ${provisional.length} deels na het einde van de rentetabel (voorlopig)` : ""}${rateUnknown.length > 0 ? `; ${rateUnknown.length} met dagen vóór de eerste rij (daarover geen rente)` : ""}.`,
    }),
  ]);
}
