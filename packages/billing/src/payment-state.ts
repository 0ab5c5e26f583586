/**
 * What happens when invoices are not paid, as a pure state machine over dated events: default
 * from the day after the due date, at most N reminders, statutory interest from the first day of
 * default once the last reminder's term has passed unpaid, hand-over for collection with the
 * collection costs once per hand-over, suspension only after a formal notice of default,
 * dissolution after repeated written demands, and everything due soon after the agreement ends.
 * Every figure and clause comes from the {@link BillingRules} the caller passes.
 *
 * Readings (docs/guide/billing.md §4): a reminder is valid only while the invoice is in default;
 * interest becomes chargeable when the term of the last reminder sent so far has passed and the
 * principal was not paid in full by the end of that term, and then runs from the first day of
 * default; hand-over needs the maximum number of reminders and the last one's term passed; the
 * written demands for dissolution are the invoice's valid reminders and the formal notices sent
 * while it was in default, counted on distinct days; after dissolution every invoice is due at
 * once, after any other end within the after-end term (an invoice dated later keeps its own term).
 *
 * @module
 */
import {
  addDays,
  allocate,
  allowed,
  BoundedArray,
  BoundedString,
  compareDates,
  type Explained,
  explained,
  formatEuro,
  LocalDate,
  Money,
  type Outcome,
  refused,
  type Step,
  step,
  toDecimalString,
  undetermined,
  type Verdict,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { collectionCosts } from "./collection-costs.js";
import { computeInterest } from "./interest.js";
import { lastAccountDate } from "./internal/date-range.js";
import { MAX_SUM_TEXT, sumWithin } from "./internal/limits.js";
import type { BillingRules } from "./rulebook.js";

/** An invoice of the account: its number, date and amount (including VAT). */
export const AccountInvoice = Schema.Struct({
  number: BoundedString(64),
  invoiceDate: LocalDate,
  amount: Money.check(Schema.makeFilter((m: number) => m >= 0 || "expected an amount of € 0,00 or more")),
});
/** See {@link AccountInvoice}. */
export type AccountInvoice = typeof AccountInvoice.Type;

const positive = Money.check(Schema.makeFilter((m: number) => m > 0 || "expected an amount above € 0,00"));

/** The dated events of an account. */
export const PaymentEvent = Schema.Union([
  Schema.Struct({
    type: Schema.Literal("paid"),
    on: LocalDate,
    invoice: BoundedString(64),
    amount: positive,
  }),
  Schema.Struct({
    type: Schema.Literal("reminderSent"),
    on: LocalDate,
    invoice: BoundedString(64),
    termEnds: LocalDate,
  }),
  Schema.Struct({
    type: Schema.Literal("formalNotice"),
    on: LocalDate,
    termEnds: Schema.optionalKey(LocalDate),
  }),
  Schema.Struct({
    type: Schema.Literal("handedOver"),
    on: LocalDate,
    invoices: BoundedArray(BoundedString(64), 10_000).check(
      Schema.makeFilter((xs: ReadonlyArray<string>) => xs.length >= 1 || "1 to 10000 invoices"),
      Schema.makeFilter(
        (xs: ReadonlyArray<string>) =>
          new Set(xs).size === xs.length ||
          "an invoice is listed twice in one hand-over (its amount would count twice in the collection costs)",
      ),
    ),
  }),
  Schema.Struct({ type: Schema.Literal("suspended"), on: LocalDate }),
  Schema.Struct({ type: Schema.Literal("dissolved"), on: LocalDate }),
  Schema.Struct({ type: Schema.Literal("contractEnded"), on: LocalDate }),
]);
/** See {@link PaymentEvent}. */
export type PaymentEvent = typeof PaymentEvent.Type;

const AccountShape = Schema.Struct({
  invoices: BoundedArray(AccountInvoice, 10_000),
  events: BoundedArray(PaymentEvent, 10_000),
  /** Whether the customer has a right to suspend its own performance (blocks dissolution, 6.13); absent = not known. */
  customerMaySuspend: Schema.optionalKey(Schema.Boolean),
});

type AccountData = typeof AccountShape.Type;

type AccountRules = Pick<BillingRules, "maxReminders" | "paymentTermDays" | "afterEndDays">;

function accountProblem(a: AccountData, rules: AccountRules) {
  const maxReminders = rules.maxReminders.value;
  // every sum statusAt forms (principal, payments, the total owed at a hand-over) stays exact in cents
  if (!sumWithin(a.invoices))
    return { path: ["invoices"], issue: `the invoices add up to more than ${MAX_SUM_TEXT}` };
  const paid: Array<{ amount: number }> = [];
  for (const e of a.events) if (e.type === "paid") paid.push(e);
  if (!sumWithin(paid))
    return { path: ["events"], issue: `the payments add up to more than ${MAX_SUM_TEXT}` };
  // every due date statusAt derives (a date plus the payment or after-end term, and the day after it) stays a LocalDate
  const last = lastAccountDate(rules);
  const late = (what: string) =>
    `expected ${what} on or before ${last}: under this rulebook a due date ${Math.max(rules.paymentTermDays.value, rules.afterEndDays.value)} days later and the first day of default after it must fall in 9999 or before`;
  const numbers = new Set<string>();
  for (let i = 0; i < a.invoices.length; i++) {
    if ((a.invoices[i] as AccountInvoice).invoiceDate > last)
      return { path: ["invoices", i, "invoiceDate"], issue: late("an invoice date") };
    const n = (a.invoices[i] as AccountInvoice).number;
    if (numbers.has(n)) return { path: ["invoices", i, "number"], issue: "duplicate invoice number" };
    numbers.add(n);
  }
  const reminders = new Map<string, number>();
  for (let i = 0; i < a.events.length; i++) {
    const e = a.events[i] as PaymentEvent;
    if (e.on > last) return { path: ["events", i, "on"], issue: late("an event's day") };
    if ("termEnds" in e && e.termEnds !== undefined && e.termEnds > last)
      return { path: ["events", i, "termEnds"], issue: late("the end of a term") };
    const refs = e.type === "handedOver" ? e.invoices : "invoice" in e ? [e.invoice] : [];
    for (const r of refs)
      if (!numbers.has(r))
        return { path: ["events", i], issue: "the event names an invoice that is not in the account" };
    if (e.type === "reminderSent") {
      if (e.termEnds < e.on)
        return { path: ["events", i, "termEnds"], issue: "the reminder's term ends before it was sent" };
      const n = (reminders.get(e.invoice) ?? 0) + 1;
      reminders.set(e.invoice, n);
      if (n > maxReminders)
        return {
          path: ["events", i],
          issue: `reminder ${n} for one invoice: at most ${maxReminders} reminders are sent`,
        };
    }
    if (e.type === "formalNotice" && e.termEnds !== undefined && e.termEnds < e.on)
      return { path: ["events", i, "termEnds"], issue: "the notice's term ends before it was given" };
  }
  return undefined;
}

/**
 * The schema of an account under a rulebook (ADR 0006: rulebook-dependent validity is a schema
 * factory): unique invoice numbers, events that name known invoices, at most
 * `rules.maxReminders` reminders per invoice (a third MDO reminder is rejected), terms that do not
 * end before they start, and no date after the last one the rulebook allows (9999-12-31 less the longer of
 * `paymentTermDays` and `afterEndDays`, less a day: the due dates and first days of default
 * `statusAt` derives must still be dates; MDO: 9999-11-30).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { AccountFor, mdoBilling } from "@zorgkit/billing";
 *
 * Schema.is(AccountFor(mdoBilling))({ invoices: [], events: [] }); // => true
 * ```
 */
export const AccountFor = (rules: AccountRules) =>
  AccountShape.check(Schema.makeFilter((a: AccountData) => accountProblem(a, rules)));

/** An account: invoices, dated events and what is known about the customer's right of suspension. */
export type Account = AccountData;

/** Where an invoice stands on the day asked. */
export type InvoiceState = "not-due" | "paid" | "in-default" | "interest-bearing" | "handed-over";

/** One invoice's status. */
export interface InvoiceStatus {
  readonly number: string;
  readonly state: InvoiceState;
  readonly dueDate: LocalDate;
  /** First day of default (the day after the due date), when the invoice was not paid by then. */
  readonly defaultFrom?: LocalDate;
  readonly reminders: number;
  /** Whether statutory interest may be charged (the last reminder's term passed unpaid). */
  readonly interestChargeable: boolean;
  readonly principal: Money;
  readonly interest: Money;
  readonly costs: Money;
  readonly outstanding: Money;
  /** Payments beyond everything owed (reported, never dropped). */
  readonly overpaid: Money;
  readonly handedOver?: LocalDate;
  /** The interest is computed at the last known rate from this day on (the rate table ends earlier): provisional. */
  readonly interestProvisionalFrom?: LocalDate;
}

/** One hand-over for collection: the invoices together, the total owed then, the costs once. */
export interface HandOver {
  readonly on: LocalDate;
  readonly invoices: ReadonlyArray<string>;
  readonly totalOwed: Money;
  readonly costs: Money;
}

/** An event the rules did not allow, with the reason; it has no effect. */
export interface PaymentRejectedEvent {
  readonly index: number;
  readonly type: PaymentEvent["type"];
  readonly reason: string;
}

/** The result of {@link statusAt}. */
export interface AccountStatus {
  readonly at: LocalDate;
  readonly invoices: ReadonlyArray<InvoiceStatus>;
  readonly handOvers: ReadonlyArray<HandOver>;
  readonly totals: {
    readonly principal: Money;
    readonly interest: Money;
    readonly costs: Money;
    readonly outstanding: Money;
  };
  /** A valid suspension is in force (until everything is paid). */
  readonly suspended: boolean;
  readonly dissolved?: LocalDate;
  readonly contractEnded?: LocalDate;
  /** Every payment obligation is due by this day (dissolution: at once; other end: after-end term). */
  readonly allDueBy?: LocalDate;
  readonly rejected: ReadonlyArray<PaymentRejectedEvent>;
  /** What the supplier may do on `at`. */
  readonly may: {
    readonly remind: Verdict<{ readonly invoices: ReadonlyArray<string> }>;
    readonly handOver: Verdict<{ readonly invoices: ReadonlyArray<string> }>;
    readonly suspend: Verdict<undefined>;
    readonly dissolve: Verdict<undefined>;
  };
}

interface Work {
  readonly inv: AccountInvoice;
  due: LocalDate;
  /** The invoice's own due date (before an end of the agreement moved it): interest runs from the day after. */
  readonly originalDue: LocalDate;
  payments: Array<{ on: LocalDate; amount: Money }>;
  reminders: Array<{ on: LocalDate; termEnds: LocalDate }>;
  handedOver?: LocalDate;
  /** `afterPayments`: how many of that day's payments came before the hand-over (they do not pay its costs). */
  costs: Array<{ on: LocalDate; amount: Money; afterPayments: number }>;
}

const eur = formatEuro;

function verdict<D>(outcome: Outcome, reasons: ReadonlyArray<Step>, details: D): Verdict<D> {
  const parts = { reasons, details };
  return outcome === "allowed"
    ? allowed(parts)
    : outcome === "refused"
      ? refused(parts)
      : undetermined(parts);
}

function paidBy(w: Work, day: LocalDate): number {
  let s = 0;
  for (const p of w.payments) if (p.on <= day) s += p.amount;
  return s;
}

function defaultFromOf(w: Work): LocalDate | undefined {
  return paidBy(w, w.due) >= w.inv.amount ? undefined : addDays(w.due, 1);
}

/** Chargeable from which reminder: the last one sent by `day` whose term ended before `day`, unpaid by its end. */
function interestChargeableOn(w: Work, day: LocalDate): boolean {
  let last: { on: LocalDate; termEnds: LocalDate } | undefined;
  for (const r of w.reminders) if (r.on <= day) last = r;
  return last !== undefined && last.termEnds < day && paidBy(w, last.termEnds) < w.inv.amount;
}

function owedOn(w: Work, day: LocalDate, rules: BillingRules, withCosts: boolean, detail = false) {
  const from = defaultFromOf(w);
  if (from !== undefined && interestChargeableOn(w, day)) {
    const r = computeInterest(
      {
        principal: w.inv.amount,
        // interest "met ingang van de datum waarop de oorspronkelijke betaaltermijn is verstreken":
        // a due date moved earlier by the end of the agreement does not start interest earlier
        defaultFrom: from > w.originalDue ? from : addDays(w.originalDue, 1),
        through: day,
        payments: w.payments.filter((p) => p.on <= day),
        costs: withCosts ? w.costs.filter((c) => c.on <= day) : [],
      },
      rules.interest.table,
      {},
      detail,
    );
    return {
      chargeable: true,
      ...r.value.outstanding,
      overpaid: r.value.overpaid,
      explanation: r.because,
      provisionalFrom: r.value.provisionalFrom,
    };
  }
  const paid = paidBy(w, day);
  const costs = withCosts ? w.costs.filter((c) => c.on <= day).reduce((s, c) => s + c.amount, 0) : 0;
  let left = paid;
  const toCosts = Math.min(left, costs);
  left -= toCosts;
  const toPrincipal = Math.min(left, w.inv.amount);
  left -= toPrincipal;
  const principal = w.inv.amount - toPrincipal;
  return {
    chargeable: false,
    costs: (costs - toCosts) as Money,
    interest: 0 as Money,
    principal: principal as Money,
    total: (costs - toCosts + principal) as Money,
    overpaid: left as Money,
    explanation: [] as ReadonlyArray<Step>,
    provisionalFrom: undefined as LocalDate | undefined,
  };
}

/**
 * The payment status of an account on a day: each invoice's state, what is outstanding
 * (principal, statutory interest once chargeable, collection costs), the hand-overs, events the
 * rules did not allow (with the reason), and what the supplier may do now — remind, hand over,
 * suspend, dissolve — as verdicts. Events dated after `at` are not looked at.
 *
 * @example
 * ```ts
 * import { date, euros } from "@zorgkit/core";
 * import { mdoBilling, statusAt } from "@zorgkit/billing";
 *
 * const account = {
 *   invoices: [{ number: "A-1", invoiceDate: date("2026-04-15"), amount: euros("1000.00") }],
 *   events: [],
 * };
 * statusAt(account, mdoBilling, date("2026-05-15")).value.invoices[0]?.state; // => "not-due"
 * statusAt(account, mdoBilling, date("2026-05-16")).value.invoices[0]?.state; // => "in-default"
 * statusAt(account, mdoBilling, date("2026-05-16")).value.invoices[0]?.defaultFrom; // => "2026-05-16"
 * ```
 */
export function statusAt(account: Account, rules: BillingRules, at: LocalDate): Explained<AccountStatus> {
  const steps: Array<Step> = [];
  const rejected: Array<PaymentRejectedEvent> = [];
  const term = rules.paymentTermDays.value;
  const max = rules.maxReminders.value;
  const work = new Map<string, Work>();
  for (const inv of account.invoices)
    work.set(inv.number, {
      inv,
      due: addDays(inv.invoiceDate, term),
      originalDue: addDays(inv.invoiceDate, term),
      payments: [],
      reminders: [],
      costs: [],
    });
  const events = account.events
    .map((e, index) => ({ e, index }))
    .filter(({ e }) => e.on <= at)
    .sort((a, b) => compareDates(a.e.on, b.e.on) || a.index - b.index);

  // The end of the agreement moves due dates first: it is a fact about the contract, not a step of the dunning.
  let dissolved: LocalDate | undefined;
  let ended: LocalDate | undefined;
  const notices: Array<{ on: LocalDate; termEnds?: LocalDate }> = [];
  const reject = (index: number, type: PaymentEvent["type"], reason: string) => {
    rejected.push({ index, type, reason });
    steps.push(
      step({
        rule: "event-rejected",
        inputs: { index, type },
        citations:
          type === "reminderSent"
            ? rules.maxReminders.citations
            : type === "handedOver"
              ? rules.collectionCosts.citations
              : type === "suspended"
                ? [...rules.suspension.citations, ...rules.blockingNeedsFormalNotice.citations]
                : type === "dissolved"
                  ? rules.dissolutionDemands.citations
                  : [],
        en: `Event ${index} (${type}) has no effect: ${reason}`,
        nl: `Gebeurtenis ${index} (${type}) heeft geen gevolg: ${reason}`,
      }),
    );
  };
  const handOvers: Array<HandOver> = [];
  let suspendedOn: LocalDate | undefined;

  const unpaidAfterLastTerm = (day: LocalDate) =>
    [...work.values()].filter((w) => {
      const last = w.reminders.length >= max ? w.reminders[max - 1] : undefined;
      return last !== undefined && last.termEnds < day && owedOn(w, day, rules, true).total > 0;
    });
  const validNotice = (day: LocalDate, w: Work) =>
    notices.some((n) => {
      const from = defaultFromOf(w);
      return (
        from !== undefined && n.on >= from && n.on < day && (n.termEnds === undefined || n.termEnds < day)
      );
    });
  const demandsFor = (w: Work, day: LocalDate) => {
    const from = defaultFromOf(w);
    if (from === undefined) return 0;
    const days = new Set<string>();
    for (const r of w.reminders) if (r.on <= day) days.add(r.on);
    for (const n of notices) if (n.on >= from && n.on <= day) days.add(n.on);
    return days.size;
  };

  const moveDueDates = (by: LocalDate) => {
    for (const w of work.values()) if (w.inv.invoiceDate <= by && by < w.due) w.due = by;
  };

  for (const { e, index } of events) {
    switch (e.type) {
      case "paid": {
        work.get(e.invoice)?.payments.push({ on: e.on, amount: e.amount });
        break;
      }
      case "reminderSent": {
        const w = work.get(e.invoice);
        if (w === undefined) break;
        const from = defaultFromOf(w);
        if (from === undefined || e.on < from)
          reject(index, e.type, `invoice ${e.invoice} is not in default on ${e.on}.`);
        else if (paidBy(w, e.on) >= w.inv.amount)
          reject(index, e.type, `invoice ${e.invoice} was paid by ${e.on}.`);
        else if (w.reminders.length >= max) reject(index, e.type, `at most ${max} reminders are sent.`);
        else w.reminders.push({ on: e.on, termEnds: e.termEnds });
        break;
      }
      case "formalNotice": {
        notices.push(e.termEnds === undefined ? { on: e.on } : { on: e.on, termEnds: e.termEnds });
        break;
      }
      case "handedOver": {
        const ws: Array<Work> = [];
        let problem: string | undefined;
        const listed = new Set<string>();
        for (const n of e.invoices) {
          const w = work.get(n);
          if (w === undefined) continue;
          // an invoice listed twice would count twice in the total owed, and so in the costs (6.11)
          if (listed.has(n)) {
            problem = `invoice ${n} is listed twice in the hand-over.`;
            continue;
          }
          listed.add(n);
          const last = w.reminders.length >= max ? w.reminders[max - 1] : undefined;
          if (w.handedOver !== undefined)
            problem = `invoice ${n} was already handed over on ${w.handedOver}.`;
          else if (last === undefined)
            problem = `invoice ${n} has ${w.reminders.length} of the ${max} reminders.`;
          else if (!(last.termEnds < e.on))
            problem = `the term of reminder ${max} for invoice ${n} runs until ${last.termEnds}.`;
          else if (owedOn(w, e.on, rules, true).total <= 0) problem = `invoice ${n} is paid.`;
          ws.push(w);
        }
        if (problem !== undefined) {
          reject(index, e.type, problem);
          break;
        }
        const owed = ws.map((w) => owedOn(w, e.on, rules, true).total as number);
        const totalOwed = owed.reduce((s, x) => s + x, 0) as Money;
        const costs = collectionCosts(totalOwed, rules.collectionCosts);
        steps.push(...costs.because);
        const shares = owed.some((x) => x > 0) ? allocate(costs.value, owed) : owed.map(() => 0 as Money);
        ws.forEach((w, i) => {
          w.handedOver = e.on;
          const share = shares[i] ?? (0 as Money);
          if (share > 0)
            w.costs.push({
              on: e.on,
              amount: share,
              afterPayments: w.payments.filter((p) => p.on === e.on).length,
            });
        });
        handOvers.push({ on: e.on, invoices: e.invoices, totalOwed, costs: costs.value });
        steps.push(
          step({
            rule: "hand-over",
            inputs: { on: e.on, invoices: [...e.invoices], totalOwed: toDecimalString(totalOwed) },
            output: toDecimalString(costs.value),
            citations: rules.collectionCosts.citations,
            en: `On ${e.on}, ${e.invoices.length} invoice(s) owing ${eur(totalOwed)} together were handed over for collection; the collection costs of ${eur(costs.value)} are charged once for the hand-over.`,
            nl: `Op ${e.on} zijn ${e.invoices.length} factu(u)r(en) met samen ${eur(totalOwed)} verschuldigd uit handen gegeven; de incassokosten van ${eur(costs.value)} gelden eenmaal voor deze overdracht.`,
          }),
        );
        break;
      }
      case "suspended": {
        const due = unpaidAfterLastTerm(e.on);
        if (due.length === 0)
          reject(index, e.type, `no invoice is unpaid after the term of its reminder ${max}.`);
        else if (!due.some((w) => validNotice(e.on, w)))
          reject(
            index,
            e.type,
            "use may not be blocked before a formal notice of default was given and its term has passed.",
          );
        else if (suspendedOn === undefined) suspendedOn = e.on;
        break;
      }
      case "dissolved": {
        const need = rules.dissolutionDemands.value;
        // (the due dates move below, once the dissolution is accepted)
        const candidates = [...work.values()].filter(
          (w) => owedOn(w, e.on, rules, true).total > 0 && demandsFor(w, e.on) >= need,
        );
        if (account.customerMaySuspend === true)
          reject(index, e.type, "the customer has a right to suspend its performance.");
        else if (candidates.length === 0)
          reject(index, e.type, `no unpaid invoice has had ${need} written demands on distinct days.`);
        else if (dissolved === undefined) {
          dissolved = e.on;
          if (ended === undefined) ended = e.on;
          moveDueDates(e.on);
        }
        break;
      }
      case "contractEnded": {
        if (ended === undefined) {
          ended = e.on;
          moveDueDates(addDays(e.on, rules.afterEndDays.value));
        }
        break;
      }
    }
  }

  // Due dates after the end: at once after dissolution, else within the after-end term.
  let allDueBy: LocalDate | undefined;
  if (dissolved !== undefined) allDueBy = dissolved;
  else if (ended !== undefined) allDueBy = addDays(ended, rules.afterEndDays.value);
  if (allDueBy !== undefined) {
    moveDueDates(allDueBy);
    steps.push(
      step({
        rule: dissolved !== undefined ? "dissolution-all-due" : "after-end-all-due",
        inputs: { ended: ended ?? allDueBy },
        output: allDueBy,
        citations:
          dissolved !== undefined ? rules.dissolutionDemands.citations : rules.afterEndDays.citations,
        en:
          dissolved !== undefined
            ? `The agreement was dissolved on ${dissolved}: every claim is due at once.`
            : `The agreement ended on ${ended}: every payment obligation is due within ${rules.afterEndDays.value} days, by ${allDueBy}.`,
        nl:
          dissolved !== undefined
            ? `De overeenkomst is op ${dissolved} ontbonden: alle vorderingen zijn direct opeisbaar.`
            : `De overeenkomst is op ${ended} geëindigd: alle betalingsverplichtingen binnen ${rules.afterEndDays.value} dagen, uiterlijk ${allDueBy}.`,
      }),
    );
  }

  const statuses: Array<InvoiceStatus> = [];
  let tp = 0;
  let ti = 0;
  let tc = 0;
  for (const w of work.values()) {
    const from = defaultFromOf(w);
    const o = owedOn(w, at, rules, true, true);
    const state: InvoiceState =
      o.total <= 0
        ? "paid"
        : at <= w.due
          ? "not-due"
          : w.handedOver !== undefined
            ? "handed-over"
            : o.chargeable
              ? "interest-bearing"
              : "in-default";
    tp += o.principal;
    ti += o.interest;
    tc += o.costs;
    const base = {
      number: w.inv.number,
      state,
      dueDate: w.due,
      reminders: w.reminders.length,
      interestChargeable: o.chargeable,
      principal: o.principal,
      interest: o.interest,
      costs: o.costs,
      outstanding: o.total,
      overpaid: o.overpaid,
    };
    statuses.push({
      ...base,
      ...(from !== undefined && state !== "not-due" ? { defaultFrom: from } : {}),
      ...(w.handedOver !== undefined ? { handedOver: w.handedOver } : {}),
      ...(o.chargeable && o.provisionalFrom !== undefined
        ? { interestProvisionalFrom: o.provisionalFrom }
        : {}),
    });
    if (state === "in-default" || state === "interest-bearing" || state === "handed-over") {
      steps.push(
        step({
          rule: "invoice-default",
          inputs: { invoice: w.inv.number, dueDate: w.due, reminders: w.reminders.length },
          output: state,
          citations: [...rules.paymentTermDays.citations, ...rules.maxReminders.citations],
          en: `Invoice ${w.inv.number} was due on ${w.due} and is in default from ${from ?? addDays(w.due, 1)}; ${w.reminders.length} of at most ${max} reminders sent; ${o.chargeable ? `the last reminder's term passed unpaid, so statutory interest (${eur(o.interest)} outstanding) runs from the first day of default` : "no statutory interest is charged until the term of a reminder has passed unpaid"}.`,
          nl: `Factuur ${w.inv.number} moest uiterlijk ${w.due} betaald zijn en is in verzuim vanaf ${from ?? addDays(w.due, 1)}; ${w.reminders.length} van maximaal ${max} herinneringen verstuurd; ${o.chargeable ? `de termijn van de laatste herinnering is onbetaald verstreken, dus de wettelijke rente (${eur(o.interest)} open) loopt vanaf de eerste dag van verzuim` : "wettelijke rente wordt pas berekend als de termijn van een herinnering onbetaald is verstreken"}.`,
        }),
      );
      if (o.chargeable) steps.push(...o.explanation.filter((s) => s.rule !== "interest-period"));
    }
  }
  const outstanding = tp + ti + tc;
  const suspended = suspendedOn !== undefined && outstanding > 0;
  if (suspendedOn !== undefined) {
    steps.push(
      step({
        rule: "suspension",
        inputs: { from: suspendedOn },
        output: suspended,
        citations: [...rules.suspension.citations, ...rules.blockingNeedsFormalNotice.citations],
        en: suspended
          ? `The service is suspended from ${suspendedOn} until everything is paid; the payment obligation stays.`
          : `The service was suspended from ${suspendedOn}; everything is now paid, so the suspension ends.`,
        nl: suspended
          ? `De dienst is opgeschort vanaf ${suspendedOn} totdat alles is betaald; de betalingsverplichting blijft.`
          : `De dienst was opgeschort vanaf ${suspendedOn}; alles is nu betaald, dus de opschorting eindigt.`,
      }),
    );
  }

  // What the supplier may do on `at`.
  const remindable = [...work.values()].filter((w) => {
    const from = defaultFromOf(w);
    return (
      from !== undefined && from <= at && w.reminders.length < max && owedOn(w, at, rules, true).total > 0
    );
  });
  const remindStep = step({
    rule: "may-remind",
    inputs: { invoices: remindable.map((w) => w.inv.number) },
    citations: rules.maxReminders.citations,
    en:
      remindable.length > 0
        ? `A reminder may be sent for ${remindable.map((w) => w.inv.number).join(", ")} (in default, fewer than ${max} reminders).`
        : `No invoice is in default with fewer than ${max} reminders.`,
    nl:
      remindable.length > 0
        ? `Voor ${remindable.map((w) => w.inv.number).join(", ")} mag een herinnering worden gestuurd (in verzuim, minder dan ${max} herinneringen).`
        : `Geen factuur is in verzuim met minder dan ${max} herinneringen.`,
  });
  const handable = unpaidAfterLastTerm(at).filter((w) => w.handedOver === undefined);
  const handStep = step({
    rule: "may-hand-over",
    inputs: { invoices: handable.map((w) => w.inv.number) },
    citations: rules.collectionCosts.citations,
    en:
      handable.length > 0
        ? `${handable.map((w) => w.inv.number).join(", ")} may be handed over for collection (the term of reminder ${max} passed unpaid); hand them over together to charge the collection costs once.`
        : `No invoice may be handed over: none is unpaid after the term of reminder ${max}.`,
    nl:
      handable.length > 0
        ? `${handable.map((w) => w.inv.number).join(", ")} mag uit handen worden gegeven (termijn van herinnering ${max} onbetaald verstreken); geef ze samen uit handen, dan gelden de incassokosten eenmaal.`
        : `Geen factuur mag uit handen worden gegeven: geen enkele is onbetaald na de termijn van herinnering ${max}.`,
  });
  const suspendable = unpaidAfterLastTerm(at);
  const noticed = suspendable.some((w) => validNotice(at, w));
  const suspendCitations = [...rules.suspension.citations, ...rules.blockingNeedsFormalNotice.citations];
  const suspendVerdict: Verdict<undefined> =
    suspendable.length === 0
      ? verdict(
          "refused",
          [
            step({
              rule: "may-suspend",
              inputs: {},
              citations: rules.suspension.citations,
              en: `Suspension needs an invoice unpaid after the term of reminder ${max}; there is none.`,
              nl: `Opschorten kan pas bij een factuur die na de termijn van herinnering ${max} onbetaald is; die is er niet.`,
            }),
          ],
          undefined,
        )
      : !noticed
        ? verdict(
            "refused",
            [
              step({
                rule: "may-suspend-formal-notice",
                inputs: {},
                citations: rules.blockingNeedsFormalNotice.citations,
                en: "Blocking use needs a formal notice of default first, given while in default and with its term passed; none was given.",
                nl: "Blokkeren van het gebruik vereist eerst een ingebrekestelling, gegeven tijdens het verzuim en met verstreken termijn; die is er niet.",
              }),
            ],
            undefined,
          )
        : verdict(
            "allowed",
            [
              step({
                rule: "may-suspend",
                inputs: {},
                citations: suspendCitations,
                en: "The service may be suspended until everything is paid (the last reminder's term passed unpaid and a formal notice of default was given); the clause keeps this for the utmost case — that judgement is yours — and the payment obligation stays.",
                nl: "De dienst mag worden opgeschort tot alles is betaald (termijn van de laatste herinnering onbetaald verstreken en ingebrekestelling gegeven); het artikel bewaart dit voor het uiterste geval — dat oordeel is aan u — en de betalingsverplichting blijft.",
              }),
            ],
            undefined,
          );
  const need = rules.dissolutionDemands.value;
  const demanded = [...work.values()].filter(
    (w) => owedOn(w, at, rules, true).total > 0 && demandsFor(w, at) >= need,
  );
  const dissolveCitations = rules.dissolutionDemands.citations;
  const dissolveVerdict: Verdict<undefined> =
    dissolved !== undefined
      ? verdict(
          "refused",
          [
            step({
              rule: "may-dissolve",
              inputs: { dissolved },
              citations: dissolveCitations,
              en: `The agreement was already dissolved on ${dissolved}.`,
              nl: `De overeenkomst is al op ${dissolved} ontbonden.`,
            }),
          ],
          undefined,
        )
      : demanded.length === 0
        ? verdict(
            "refused",
            [
              step({
                rule: "may-dissolve",
                inputs: { need },
                citations: dissolveCitations,
                en: `Dissolution needs an unpaid invoice after ${need} written demands on distinct days; there is none.`,
                nl: `Ontbinding vereist een onbetaalde factuur na ${need} schriftelijke aanmaningen op verschillende dagen; die is er niet.`,
              }),
            ],
            undefined,
          )
        : account.customerMaySuspend === true
          ? verdict(
              "refused",
              [
                step({
                  rule: "may-dissolve-suspension-right",
                  inputs: {},
                  citations: dissolveCitations,
                  en: "The customer has a right to suspend its performance, so the agreement may not be dissolved.",
                  nl: "De klant heeft een opschortingsrecht, dus de overeenkomst mag niet worden ontbonden.",
                }),
              ],
              undefined,
            )
          : account.customerMaySuspend === undefined
            ? verdict(
                "undetermined",
                [
                  step({
                    rule: "may-dissolve-suspension-right",
                    inputs: {},
                    citations: dissolveCitations,
                    en: `After ${need} written demands the agreement may be dissolved in writing with immediate effect, unless the customer has a right of suspension — not given (customerMaySuspend).`,
                    nl: `Na ${need} schriftelijke aanmaningen mag de overeenkomst schriftelijk per direct worden ontbonden, tenzij de klant een opschortingsrecht heeft — niet opgegeven (customerMaySuspend).`,
                  }),
                ],
                undefined,
              )
            : verdict(
                "allowed",
                [
                  step({
                    rule: "may-dissolve",
                    inputs: { need },
                    citations: dissolveCitations,
                    en: `After ${need} written demands the agreement may be dissolved in writing with immediate effect; every claim then becomes due at once.`,
                    nl: `Na ${need} schriftelijke aanmaningen mag de overeenkomst schriftelijk per direct worden ontbonden; alle vorderingen worden dan direct opeisbaar.`,
                  }),
                ],
                undefined,
              );
  const status: AccountStatus = {
    at,
    invoices: statuses,
    handOvers,
    totals: {
      principal: tp as Money,
      interest: ti as Money,
      costs: tc as Money,
      outstanding: outstanding as Money,
    },
    suspended,
    ...(dissolved !== undefined ? { dissolved } : {}),
    ...(ended !== undefined ? { contractEnded: ended } : {}),
    ...(allDueBy !== undefined ? { allDueBy } : {}),
    rejected,
    may: {
      remind: verdict(remindable.length > 0 ? "allowed" : "refused", [remindStep], {
        invoices: remindable.map((w) => w.inv.number),
      }),
      handOver: verdict(handable.length > 0 ? "allowed" : "refused", [handStep], {
        invoices: handable.map((w) => w.inv.number),
      }),
      suspend: suspendVerdict,
      dissolve: dissolveVerdict,
    },
  };
  return explained(status, steps);
}
