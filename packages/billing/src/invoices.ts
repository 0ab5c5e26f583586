/**
 * Monthly invoices: when they must be sent, when they are due, when a direct debit is collected,
 * and their totals with VAT at the rate in force on each line's supply date — exact to the cent.
 * The figures (10 working days, the office calendar, 30 days, the 23rd, the VAT tables) come from
 * the {@link BillingRules} the caller passes.
 *
 * There is deliberately **no set-off operation**: a customer may not set off invoiced amounts
 * against anything it claims from the supplier (MDO-BV 6.9 in the MDO preset), so a counterclaim
 * never appears as an input that lowers what is due. Record a counterclaim in your own system as a
 * separate claim; pay or credit it separately.
 *
 * @module
 */
import {
  addDays,
  addWorkingDays,
  BoundedArray,
  BoundedString,
  dateFromParts,
  dateParts,
  daysInMonth,
  divideRounded,
  type Explained,
  entryOn,
  explained,
  formatEuro,
  holidayOn,
  LocalDate,
  Money,
  parsePercentage,
  type Step,
  step,
  toDecimalString,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { BILLING_YEARS, officeCalendar } from "./internal/calendar.js";
import { InvoiceDate } from "./internal/date-range.js";
import { MAX_SUM_CENTS, MAX_SUM_TEXT } from "./internal/limits.js";
import { type BillingRules, VatCategory } from "./rulebook.js";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A calendar month `YYYY-MM`, years 1971–2099 (the months an invoice can bill). */
export const BillingMonth = Schema.String.check(
  Schema.makeFilter((s: string) => {
    const m = s.length === 7 ? MONTH.exec(s) : null;
    if (m === null) return "expected a month YYYY-MM";
    const y = Number(m[1]);
    return (
      (y >= BILLING_YEARS.from && y <= BILLING_YEARS.to) ||
      `expected a year ${BILLING_YEARS.from}–${BILLING_YEARS.to}`
    );
  }),
).pipe(Schema.brand("BillingMonth"));
/** See {@link BillingMonth}. */
export type BillingMonth = typeof BillingMonth.Type;

/**
 * Build a {@link BillingMonth} from a literal you know is valid; throws `TypeError` otherwise.
 *
 * @example
 * ```ts
 * import { billingMonth } from "@zorgkit/billing";
 * billingMonth("2026-03"); // => "2026-03"
 * ```
 */
export function billingMonth(s: string): BillingMonth {
  if (!Schema.is(BillingMonth)(s)) throw new TypeError(`Not a billing month YYYY-MM (1971–2099): "${s}"`);
  return s;
}

function monthBounds(month: string): { first: LocalDate; last: LocalDate } {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return { first: dateFromParts(y, m, 1), last: dateFromParts(y, m, daysInMonth(y, m)) };
}

const QUANTITY = /^(0|[1-9]\d{0,8})(\.\d{1,3})?$/;

/** A quantity: a non-negative decimal string with at most three decimals (`"20"`, `"1.5"`). */
export const Quantity = Schema.String.check(
  Schema.makeFilter(
    (s: string) =>
      (s.length <= 13 && QUANTITY.test(s)) ||
      'expected a quantity of 0 or more with at most three decimals, e.g. "20" or "1.5"',
  ),
);

/** One invoice line: quantity × unit price (excluding VAT), its VAT category and supply date. */
export const InvoiceLine = Schema.Struct({
  description: BoundedString(200),
  quantity: Quantity,
  unitPrice: Money,
  vat: VatCategory,
  supplyDate: LocalDate,
});
/** See {@link InvoiceLine}. */
export type InvoiceLine = typeof InvoiceLine.Type;

/**
 * A monthly invoice: number, the month it bills, the invoice date, up to 10 000 lines. An invoice
 * date before the billed month is rejected, and so are lines adding up to more than
 * € 1 000 000 000 000 excluding VAT (so that every decoded invoice can be totalled exactly).
 */
export const Invoice = Schema.Struct({
  number: BoundedString(64),
  month: BillingMonth,
  invoiceDate: InvoiceDate,
  lines: BoundedArray(InvoiceLine, 10_000),
}).check(
  Schema.makeFilter((i: { month: string; invoiceDate: string }) =>
    i.invoiceDate >= `${i.month}-01`
      ? undefined
      : {
          path: ["invoiceDate"],
          issue: `the invoice date (${i.invoiceDate}) is before the month it bills (${i.month})`,
        },
  ),
  // every decoded invoice can be totalled: Σ |quantity × unit price| within the bound, VAT (≤ 100 %) on top stays safe
  Schema.makeFilter((i: { lines: ReadonlyArray<{ quantity: string; unitPrice: number }> }) => {
    let s = 0;
    for (const l of i.lines) s += Number(l.quantity) * Math.abs(l.unitPrice);
    return s <= MAX_SUM_CENTS
      ? undefined
      : { path: ["lines"], issue: `the lines add up to more than ${MAX_SUM_TEXT} excluding VAT` };
  }),
);
/** See {@link Invoice}. */
export type Invoice = typeof Invoice.Type;

/**
 * The last day to send the invoice for a month: the N-th working day after the month ends on the
 * supplier's office calendar (MDO: 10 working days, MDO-BV 6.9; the office calendar closes on
 * weekends and holidays, MDO-SLA §2.8/§2.35). The month's own last day never counts.
 *
 * @example
 * ```ts
 * import { billingMonth, invoiceDeadline, mdoBilling } from "@zorgkit/billing";
 *
 * // March 2026: Easter Monday 6 April is no working day, so the 10th working day is 15 April
 * invoiceDeadline(billingMonth("2026-03"), mdoBilling).value; // => "2026-04-15"
 * ```
 */
export function invoiceDeadline(month: BillingMonth, rules: BillingRules): Explained<LocalDate> {
  const cal = officeCalendar(rules.officeCalendar);
  const { last } = monthBounds(month);
  const n = rules.invoiceWorkingDays.value;
  const deadline = addWorkingDays(cal, last, n);
  const skipped: Array<string> = [];
  for (let d = addDays(last, 1); d < deadline; d = addDays(d, 1)) {
    const h = holidayOn(cal, d);
    if (h !== undefined) skipped.push(`${d} (${h.nameNl})`);
  }
  const holidays = skipped.length === 0 ? "" : `; not counted: ${skipped.join(", ")}`;
  const feestdagen = skipped.length === 0 ? "" : `; niet meegeteld: ${skipped.join(", ")}`;
  return explained(deadline, [
    step({
      rule: "invoice-deadline",
      inputs: { month, workingDays: n, calendar: rules.officeCalendar.name },
      output: deadline,
      citations: [...rules.invoiceWorkingDays.citations, ...rules.officeCalendar.sources],
      en: `The invoice for ${month} is due to be sent within ${n} working days after the month ends: by ${deadline}${holidays}.`,
      nl: `De factuur over ${month} wordt binnen ${n} werkdagen na afloop van de maand verstuurd: uiterlijk ${deadline}${feestdagen}.`,
    }),
  ]);
}

/**
 * The last day to pay an invoice: the invoice date plus the payment term in calendar days (MDO:
 * 30 days, MDO-BV 6.9). The customer is in default from the next day if not paid in full.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { dueDate, mdoBilling } from "@zorgkit/billing";
 *
 * dueDate({ invoiceDate: date("2026-04-15") }, mdoBilling).value; // => "2026-05-15"
 * ```
 */
export function dueDate(invoice: Pick<Invoice, "invoiceDate">, rules: BillingRules): Explained<LocalDate> {
  const days = rules.paymentTermDays.value;
  const due = addDays(invoice.invoiceDate, days);
  return explained(due, [
    step({
      rule: "due-date",
      inputs: { invoiceDate: invoice.invoiceDate, days },
      output: due,
      citations: rules.paymentTermDays.citations,
      en: `An invoice dated ${invoice.invoiceDate} must be paid within ${days} days: by ${due}.`,
      nl: `Een factuur gedateerd ${invoice.invoiceDate} moet binnen ${days} dagen betaald zijn: uiterlijk ${due}.`,
    }),
  ]);
}

/**
 * When a direct debit for an invoice is collected: the first `directDebitDay` of a month (MDO: the
 * 23rd, "rond de 23ste", MDO-BV 6.9) on or after the invoice date — for an invoice sent within
 * the deadline, the 23rd of the month after the billed month. "Rond" (around) means the bank may
 * collect a few days either side; the date is the planned one.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { directDebitDate, mdoBilling } from "@zorgkit/billing";
 *
 * directDebitDate({ invoiceDate: date("2026-04-15") }, mdoBilling).value; // => "2026-04-23"
 * directDebitDate({ invoiceDate: date("2026-04-24") }, mdoBilling).value; // => "2026-05-23"
 * ```
 */
export function directDebitDate(
  invoice: Pick<Invoice, "invoiceDate">,
  rules: BillingRules,
): Explained<LocalDate> {
  const day = rules.directDebitDay.value;
  const { year, month, day: d } = dateParts(invoice.invoiceDate);
  const on =
    d <= day
      ? dateFromParts(year, month, day)
      : month === 12
        ? dateFromParts(year + 1, 1, day)
        : dateFromParts(year, month + 1, day);
  return explained(on, [
    step({
      rule: "direct-debit-date",
      inputs: { invoiceDate: invoice.invoiceDate, day },
      output: on,
      citations: rules.directDebitDay.citations,
      en: `A direct debit is collected around day ${day} of the month: for an invoice dated ${invoice.invoiceDate}, on or about ${on}.`,
      nl: `Een automatische incasso wordt rond de ${day}e van de maand geïncasseerd: voor een factuur van ${invoice.invoiceDate} rond ${on}.`,
    }),
  ]);
}

/** How VAT is rounded to cents: once per rate over the invoice (default), or per line. */
export type VatRounding = "per-invoice" | "per-line";

/** Options of {@link invoiceTotals}. */
export interface InvoiceTotalsOptions {
  /**
   * `"per-invoice"` (default): the VAT of each rate is computed on the sum of the lines at that
   * rate and rounded once, half-up — the invoice shows one VAT amount per rate. `"per-line"`: each
   * line's VAT is rounded half-up and the amounts are added.
   */
  readonly vatRounding?: VatRounding;
}

/** One line's amounts. */
export interface InvoiceLineTotal {
  readonly net: Money;
  readonly vatPercent: string | undefined;
  /** The line's own VAT, rounded (only under `"per-line"` rounding). */
  readonly vat?: Money;
}

/** The VAT of one rate over the invoice (the invoice states the rate, MDO-BV 6.15). */
export interface VatGroup {
  readonly category: VatCategory;
  readonly percent: string;
  readonly net: Money;
  readonly vat: Money;
}

/** The result of {@link invoiceTotals}. */
export interface InvoiceTotals {
  readonly lines: ReadonlyArray<InvoiceLineTotal>;
  readonly vat: ReadonlyArray<VatGroup>;
  readonly net: Money;
  readonly vatTotal: Money;
  readonly total: Money;
  readonly vatRounding: VatRounding;
  /** Indexes of lines whose supply date is before the VAT table's first row (no VAT computed). */
  readonly missingVatRate: ReadonlyArray<number>;
}

const quantityCache = new Map<string, { num: number; den: number }>();
function quantityFraction(q: string): { num: number; den: number } {
  let f = quantityCache.get(q);
  if (f === undefined) {
    const [w, dec = ""] = q.split(".");
    f = { num: Number(`${w}${dec}`), den: 10 ** dec.length };
    if (quantityCache.size < 10_000) quantityCache.set(q, f);
  }
  return f;
}

/** `p / q` half-up (away from zero on a half) for safe integers, q > 0. */
function roundSigned(p: number, q: number): number {
  if (q === 1) return p;
  const neg = p < 0;
  const a = neg ? -p : p;
  let t = Math.floor(a / q);
  let r = a - t * q;
  if (r < 0) {
    t -= 1;
    r += q;
  } else if (r >= q) {
    t += 1;
    r -= q;
  }
  const v = 2 * r >= q ? t + 1 : t;
  return neg ? -v : v;
}

function mulRound(amount: number, num: number, den: number): number {
  const p = amount * num;
  if (Number.isSafeInteger(p) && Math.abs(p) <= Number.MAX_SAFE_INTEGER / 2) return roundSigned(p, den);
  return Number(divideRounded(BigInt(amount) * BigInt(num), BigInt(den), "half-up"));
}

const percentCache = new Map<string, { num: number; den: number }>();
function percentFraction(p: string): { num: number; den: number } {
  let f = percentCache.get(p);
  if (f === undefined) {
    const x = parsePercentage(p);
    f = { num: Number(x.numerator), den: Number(x.denominator) };
    if (percentCache.size < 1000) percentCache.set(p, f);
  }
  return f;
}

/**
 * An invoice's totals: each line is quantity × unit price rounded half-up to the cent; VAT at
 * the rate of the line's category in force on its supply date (so a rate change mid-month is
 * applied line by line, MDO-BV 6.15); VAT rounded per rate over the invoice (default) or per
 * line; `total = net + VAT` exactly. A line supplied before the VAT table starts gets no VAT and is
 * listed in `missingVatRate`.
 *
 * @example
 * ```ts
 * import { date, euros } from "@zorgkit/core";
 * import { billingMonth, invoiceTotals, mdoBilling } from "@zorgkit/billing";
 *
 * const invoice = {
 *   number: "2026-0042",
 *   month: billingMonth("2026-03"),
 *   invoiceDate: date("2026-04-15"),
 *   lines: [
 *     { description: "MDO per provider", quantity: "1", unitPrice: euros("10.50"), vat: "standard" as const, supplyDate: date("2026-03-31") },
 *     { description: "MDO per provider", quantity: "1", unitPrice: euros("10.50"), vat: "standard" as const, supplyDate: date("2026-03-31") },
 *   ],
 * };
 * // 21 % of € 21,00 = € 4,41
 * invoiceTotals(invoice, mdoBilling).value.vatTotal; // => 441
 * // 2 × 2.205 → 2 × € 2,21
 * invoiceTotals(invoice, mdoBilling, { vatRounding: "per-line" }).value.vatTotal; // => 442
 * ```
 */
export function invoiceTotals(
  invoice: Invoice,
  rules: BillingRules,
  options: InvoiceTotalsOptions = {},
): Explained<InvoiceTotals> {
  const rounding: VatRounding = options.vatRounding ?? "per-invoice";
  const lines: Array<InvoiceLineTotal> = [];
  const groups = new Map<string, { category: VatCategory; percent: string; net: number; vat: number }>();
  const missing: Array<number> = [];
  let net = 0;
  for (let i = 0; i < invoice.lines.length; i++) {
    const line = invoice.lines[i] as InvoiceLine;
    const q = quantityFraction(line.quantity);
    const lineNet = mulRound(line.unitPrice, q.num, q.den);
    net += lineNet;
    const row = entryOn(rules.vatRates[line.vat], line.supplyDate);
    if (row === undefined) {
      missing.push(i);
      lines.push({ net: lineNet as Money, vatPercent: undefined });
      continue;
    }
    const key = `${line.vat}|${row.value}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = { category: line.vat, percent: row.value, net: 0, vat: 0 };
      groups.set(key, g);
    }
    g.net += lineNet;
    if (rounding === "per-line") {
      const p = percentFraction(row.value);
      const v = mulRound(lineNet, p.num, p.den);
      g.vat += v;
      lines.push({ net: lineNet as Money, vatPercent: row.value, vat: v as Money });
    } else lines.push({ net: lineNet as Money, vatPercent: row.value });
  }
  const vat: Array<VatGroup> = [];
  let vatTotal = 0;
  const steps: Array<Step> = [];
  for (const g of groups.values()) {
    const v =
      rounding === "per-line"
        ? g.vat
        : mulRound(g.net, percentFraction(g.percent).num, percentFraction(g.percent).den);
    vatTotal += v;
    vat.push({ category: g.category, percent: g.percent, net: g.net as Money, vat: v as Money });
    steps.push(
      step({
        rule: "invoice-vat",
        inputs: { category: g.category, percent: g.percent, net: toDecimalString(g.net as Money), rounding },
        output: toDecimalString(v as Money),
        citations: rules.vatRates.citations,
        en: `VAT ${g.percent} % (${g.category}) on ${formatEuro(g.net as Money)}: ${formatEuro(v as Money)}, rounded half-up ${rounding === "per-line" ? "per line" : "once over the invoice"}.`,
        nl: `Btw ${g.percent} % (${g.category}) over ${formatEuro(g.net as Money)}: ${formatEuro(v as Money)}, half-up afgerond ${rounding === "per-line" ? "per regel" : "eenmaal over de factuur"}.`,
      }),
    );
  }
  if (missing.length > 0) {
    steps.push(
      step({
        rule: "invoice-vat-rate-missing",
        inputs: { lines: missing },
        citations: rules.vatRates.citations,
        en: `No VAT rate is known for the supply date of line(s) ${missing.join(", ")}: no VAT computed for them. Pass a VAT table that covers those dates.`,
        nl: `Voor de leverdatum van regel(s) ${missing.join(", ")} is geen btw-tarief bekend: daarover is geen btw berekend. Geef een btw-tabel die die datums dekt.`,
      }),
    );
  }
  const total = net + vatTotal;
  if (!Number.isSafeInteger(total) || !Number.isSafeInteger(net)) {
    throw new RangeError("invoiceTotals: the invoice total is outside the safe range of ±90 trillion euros");
  }
  steps.push(
    step({
      rule: "invoice-total",
      inputs: { number: invoice.number, lines: invoice.lines.length },
      output: toDecimalString(total as Money),
      citations: rules.vatRates.citations,
      en: `Invoice ${invoice.number}: ${formatEuro(net as Money)} excluding VAT + ${formatEuro(vatTotal as Money)} VAT = ${formatEuro(total as Money)}.`,
      nl: `Factuur ${invoice.number}: ${formatEuro(net as Money)} exclusief btw + ${formatEuro(vatTotal as Money)} btw = ${formatEuro(total as Money)}.`,
    }),
  );
  return explained(
    {
      lines,
      vat,
      net: net as Money,
      vatTotal: vatTotal as Money,
      total: total as Money,
      vatRounding: rounding,
      missingVatRate: missing,
    },
    steps,
  );
}

/** The result of {@link invoiceTotalsBatch}: one entry per invoice, in the order given. */
export interface InvoiceBatch {
  /** Net (excluding VAT) per invoice: Σ of its lines, each quantity × unit price half-up. */
  readonly net: ReadonlyArray<Money>;
  /** VAT per invoice. */
  readonly vatTotal: ReadonlyArray<Money>;
  /** `net + vatTotal` per invoice. */
  readonly total: ReadonlyArray<Money>;
  /** VAT per rate per invoice, as {@link InvoiceTotals} `vat` (in the order the rates first occur). */
  readonly vat: ReadonlyArray<ReadonlyArray<VatGroup>>;
  readonly vatRounding: VatRounding;
  /**
   * Indexes of invoices with a line supplied before its VAT table's first row: no VAT is computed
   * for such a line, so that invoice's `vatTotal` and `total` lack it. Ask {@link invoiceTotals}
   * which lines (`missingVatRate`), or pass a table that covers their supply dates.
   */
  readonly missingVatRate: ReadonlyArray<number>;
}

/** A rulebook's VAT tables, read once per batch: per category its rows, each with a slot per rate. */
interface CompiledVat {
  readonly froms: { readonly [c in VatCategory]: ReadonlyArray<string> };
  readonly slots: { readonly [c in VatCategory]: ReadonlyArray<number> };
  readonly category: ReadonlyArray<VatCategory>;
  readonly percent: ReadonlyArray<string>;
  readonly num: ReadonlyArray<number>;
  readonly den: ReadonlyArray<number>;
}

const CATEGORIES: ReadonlyArray<VatCategory> = ["standard", "reduced", "zero"];

/** One slot per (category, percent), as `invoiceTotals` groups lines (rows of equal rate share one). */
function compileVat(rules: BillingRules): CompiledVat {
  const froms = { standard: [] as Array<string>, reduced: [] as Array<string>, zero: [] as Array<string> };
  const slots = { standard: [] as Array<number>, reduced: [] as Array<number>, zero: [] as Array<number> };
  const category: Array<VatCategory> = [];
  const percent: Array<string> = [];
  const num: Array<number> = [];
  const den: Array<number> = [];
  for (const c of CATEGORIES) {
    const bySlot = new Map<string, number>();
    for (const row of rules.vatRates[c]) {
      let s = bySlot.get(row.value);
      if (s === undefined) {
        s = category.length;
        bySlot.set(row.value, s);
        const f = percentFraction(row.value);
        category.push(c);
        percent.push(row.value);
        num.push(f.num);
        den.push(f.den);
      }
      froms[c].push(row.from);
      slots[c].push(s);
    }
  }
  return { froms, slots, category, percent, num, den };
}

/**
 * The slot of the last row starting on or before `day`, or −1 before the first row: the last row
 * first (most lines are supplied after a table's last change), else a binary search.
 */
function slotOn(froms: ReadonlyArray<string>, slots: ReadonlyArray<number>, day: string): number {
  let hi = froms.length - 1;
  if (hi >= 0 && (froms[hi] as string) <= day) return slots[hi] as number;
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((froms[mid] as string) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? -1 : (slots[lo - 1] as number);
}

/**
 * A {@link Quantity} `"12.250"` as 12250 over 1000, read digit by digit (no strings built). A
 * string that is not one (typed input that skipped the decoder: `"1e3"`, `"-1"`) is read as
 * `invoiceTotals` reads it, so the two never differ.
 */
function readQuantity(q: string, out: { num: number; den: number }): void {
  let num = 0;
  let den = 1;
  let frac = false;
  for (let i = 0; i < q.length; i++) {
    const c = q.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      num = num * 10 + (c - 48);
      if (frac) den *= 10;
    } else if (c === 46 && !frac && i > 0) frac = true;
    else {
      const f = quantityFraction(q);
      out.num = f.num;
      out.den = f.den;
      return;
    }
  }
  out.num = num;
  out.den = den;
}

/** A sum of safe integers kept exact at any length: a number while small, carried into a BigInt. */
const CARRY_AT = 2 ** 52;
class ExactSum {
  private small = 0;
  private carried = 0n;
  add(x: number): void {
    this.small += x;
    if (this.small > CARRY_AT || this.small < -CARRY_AT) {
      this.carried += BigInt(this.small);
      this.small = 0;
    }
  }
  /** The sum as a decimal string of euros (`"-12.05"`) and as Dutch euro text (`"€ -12,05"`). */
  text(): { decimal: string; euro: string } {
    const s = this.carried + BigInt(this.small);
    const neg = s < 0n;
    const abs = neg ? -s : s;
    const whole = `${abs / 100n}`;
    const fraction = `${abs % 100n}`.padStart(2, "0");
    const sign = neg ? "-" : "";
    return {
      decimal: `${sign}${whole}.${fraction}`,
      euro: `€ ${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${fraction}`,
    };
  }
}

/**
 * The totals of many invoices at once (a monthly invoice run): the same computation as
 * {@link invoiceTotals}, invoice by invoice — each line quantity × unit price half-up, VAT at the
 * rate of its category in force on its supply date (MDO-BV 6.15 in the MDO preset), rounded per
 * rate over the invoice (default) or per line — without the per-line amounts and the
 * explanation: one summary step for the run. Ask `invoiceTotals` for the invoice whose lines and
 * explanation you print.
 *
 * Size: no maximum; time and memory are linear in the lines (each invoice bounded as
 * {@link decodeInvoice} bounds it: 10 000 lines, € 1 000 000 000 000), and the run's total in the
 * summary step is exact at any length. docs/guide/limits.md gives the time of 10⁶ invoices.
 *
 * @example
 * ```ts
 * import { date, euros } from "@zorgkit/core";
 * import { billingMonth, invoiceTotalsBatch, mdoBilling } from "@zorgkit/billing";
 *
 * const line = (unitPrice: string, vat: "standard" | "reduced", supplyDate: string) => ({
 *   description: "MDO per provider", quantity: "1.5", unitPrice: euros(unitPrice), vat, supplyDate: date(supplyDate),
 * });
 * const run = invoiceTotalsBatch(
 *   [
 *     { number: "1", month: billingMonth("2026-03"), invoiceDate: date("2026-04-01"), lines: [line("10.50", "standard", "2026-03-31")] },
 *     // the reduced rate went from 6 % to 9 % on 1 January 2019: each line at the rate of its supply date
 *     { number: "2", month: billingMonth("2018-12"), invoiceDate: date("2019-01-10"),
 *       lines: [line("100.00", "reduced", "2018-12-31"), line("100.00", "reduced", "2019-01-01")] },
 *   ],
 *   mdoBilling,
 * );
 * // 1.5 × € 10,50 = € 15,75; 21 % = € 3,3075 → € 3,31
 * run.value.total; // => [1906, 32250]
 * run.value.vat[1]?.map((g) => `${g.percent} %: ${g.vat}`); // => ["6 %: 900", "9 %: 1350"]
 * ```
 */
export function invoiceTotalsBatch(
  invoices: ReadonlyArray<Invoice>,
  rules: BillingRules,
  options: InvoiceTotalsOptions = {},
): Explained<InvoiceBatch> {
  const rounding: VatRounding = options.vatRounding ?? "per-invoice";
  const perLine = rounding === "per-line";
  const t = compileVat(rules);
  const slotNet = new Float64Array(t.category.length);
  const slotVat = new Float64Array(t.category.length);
  const slotUsed = new Int32Array(t.category.length); // invoice index + 1 that last used the slot
  const order = new Int32Array(t.category.length); // the invoice's slots in the order they occur
  let used = 0;
  const q = { num: 0, den: 1 };
  const n = invoices.length;
  const nets: Array<Money> = new Array(n);
  const vats: Array<Money> = new Array(n);
  const totals: Array<Money> = new Array(n);
  const groups: Array<ReadonlyArray<VatGroup>> = new Array(n);
  const missing: Array<number> = [];
  const sum = new ExactSum();
  for (let i = 0; i < n; i++) {
    const lines = (invoices[i] as Invoice).lines;
    used = 0;
    let net = 0;
    let lacksRate = false;
    for (let j = 0; j < lines.length; j++) {
      const line = lines[j] as InvoiceLine;
      readQuantity(line.quantity, q);
      const lineNet = mulRound(line.unitPrice, q.num, q.den);
      net += lineNet;
      const s = slotOn(t.froms[line.vat], t.slots[line.vat], line.supplyDate);
      if (s < 0) {
        lacksRate = true;
        continue;
      }
      if (slotUsed[s] !== i + 1) {
        slotUsed[s] = i + 1;
        slotNet[s] = 0;
        slotVat[s] = 0;
        order[used++] = s;
      }
      slotNet[s] = (slotNet[s] as number) + lineNet;
      if (perLine)
        slotVat[s] = (slotVat[s] as number) + mulRound(lineNet, t.num[s] as number, t.den[s] as number);
    }
    let vatTotal = 0;
    const vat: Array<VatGroup> = new Array(used);
    for (let k = 0; k < used; k++) {
      const s = order[k] as number;
      const g = slotNet[s] as number;
      const v = perLine ? (slotVat[s] as number) : mulRound(g, t.num[s] as number, t.den[s] as number);
      vatTotal += v;
      vat[k] = {
        category: t.category[s] as VatCategory,
        percent: t.percent[s] as string,
        net: g as Money,
        vat: v as Money,
      };
    }
    const total = net + vatTotal;
    if (!Number.isSafeInteger(total) || !Number.isSafeInteger(net)) {
      throw new RangeError(
        `invoiceTotalsBatch: the total of invoice ${i} is outside the safe range of ±90 trillion euros`,
      );
    }
    nets[i] = net as Money;
    vats[i] = vatTotal as Money;
    totals[i] = total as Money;
    groups[i] = vat;
    if (lacksRate) missing.push(i);
    sum.add(total);
  }
  const { decimal, euro } = sum.text();
  const per = perLine ? "per line" : "once per rate over each invoice";
  const perNl = perLine ? "per regel" : "eenmaal per tarief over elke factuur";
  return explained(
    { net: nets, vatTotal: vats, total: totals, vat: groups, vatRounding: rounding, missingVatRate: missing },
    [
      step({
        rule: "invoice-batch",
        inputs: { invoices: n, rounding, missingVatRate: missing.length },
        output: decimal,
        citations: rules.vatRates.citations,
        en: `Totals of ${n} invoice(s): ${euro} including VAT at the rate in force on each line's supply date, rounded half-up ${per}${missing.length > 0 ? `; ${missing.length} with line(s) supplied before the VAT table starts (no VAT computed for those lines)` : ""}.`,
        nl: `Totalen van ${n} factuur/facturen: ${euro} inclusief btw tegen het tarief op de leverdatum van elke regel, half-up afgerond ${perNl}${missing.length > 0 ? `; ${missing.length} met regel(s) geleverd vóór het begin van de btw-tabel (daarover geen btw berekend)` : ""}.`,
      }),
    ],
  );
}
