/**
 * Billing streams: one account's invoices, payments and the other dated facts `statusAt` of
 * @zorgkit/billing takes (reminders, formal notice, hand-over, suspension, dissolution, contract
 * end), append-only with versions, 409 and idempotency like the other streams
 * (`billing-<account>`), and the account's status at a date over what is stored (MDO billing rules).
 *
 * Events: `{ _tag: "InvoiceIssued", invoice }` (billing's `AccountInvoice`),
 * `{ _tag: "AccountEventRecorded", event }` (billing's `PaymentEvent`: paid, reminderSent,
 * formalNotice, handedOver, suspended, dissolved, contractEnded) and
 * `{ _tag: "SuspensionRightRecorded", customerMaySuspend }`. Each payload is decoded on its own,
 * then the stored and new events together as one account by `decodeAccount(…, mdoBilling)`
 * (unique invoice numbers, events that name stored invoices, at most two reminders per invoice).
 * This service's reading: the account's events are in the order they were recorded; the last
 * recorded suspension right holds.
 *
 * @module
 */
import {
  type Account,
  AccountInvoice,
  decodeAccount,
  mdoBilling,
  PaymentEvent,
  statusAt,
} from "@zorgkit/billing";
import { type DecodeResult, decode } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import type { Hono } from "hono";
import type { Env, RouteContext } from "./app.js";
import { eurosIn, explainedJson } from "./computations.js";
import type { Db } from "./db.js";
import { dateField, decodeFields, issue, kindOf, oneOf } from "./fields.js";
import { streamRoutes } from "./sla.js";
import { readStream, type StreamKind, validateWith } from "./store.js";

/** The stream id of an account's invoices and payments. */
export const billingStream = (account: string): string => `billing-${account}`;

const decodeInvoice = decode(AccountInvoice);
const decodePaymentEvent = decode(PaymentEvent);
const decodeBoolean = decode(Schema.Boolean);

/** One billing event, each payload decoded by billing's own schemas (issues under `$.invoice` / `$.event`). */
export function decodeBillingEvent(u: unknown): DecodeResult<unknown> {
  const tag = typeof u === "object" && u !== null ? (u as { _tag?: unknown })._tag : undefined;
  if (tag === "InvoiceIssued")
    return decodeFields(u, { _tag: oneOf(["InvoiceIssued"] as const), invoice: (x) => decodeInvoice(x) });
  if (tag === "AccountEventRecorded")
    return decodeFields(u, {
      _tag: oneOf(["AccountEventRecorded"] as const),
      event: (x) => decodePaymentEvent(x),
    });
  if (tag === "SuspensionRightRecorded")
    return decodeFields(u, {
      _tag: oneOf(["SuspensionRightRecorded"] as const),
      customerMaySuspend: (x) => decodeBoolean(x),
    });
  return {
    ok: false as const,
    issues: [
      issue(
        "$._tag",
        "invalid",
        "one of InvoiceIssued, AccountEventRecorded, SuspensionRightRecorded",
        kindOf(tag),
      ),
    ],
    totalIssues: 1,
  };
}

interface RawAccount {
  invoices: unknown[];
  events: unknown[];
  customerMaySuspend?: unknown;
}

/** The account the raw events describe, and which event each invoice and account event came from. */
function accountOf(all: ReadonlyArray<unknown>) {
  const account: RawAccount = { invoices: [], events: [] };
  const invoiceFrom: number[] = [];
  const eventFrom: number[] = [];
  all.forEach((u, i) => {
    const e = u as { _tag: string; invoice?: unknown; event?: unknown; customerMaySuspend?: unknown };
    if (e._tag === "InvoiceIssued") {
      account.invoices.push(e.invoice);
      invoiceFrom.push(i);
    } else if (e._tag === "AccountEventRecorded") {
      account.events.push(e.event);
      eventFrom.push(i);
    } else if (e._tag === "SuspensionRightRecorded") account.customerMaySuspend = e.customerMaySuspend;
  });
  return { account, invoiceFrom, eventFrom };
}

/** The whole log as one account under the MDO rules; issues point at the event that caused them. */
function decodeBillingLog(
  all: ReadonlyArray<unknown>,
): DecodeResult<ReadonlyArray<{ readonly _tag: string }>> {
  const { account, invoiceFrom, eventFrom } = accountOf(all);
  const r = decodeAccount(account, mdoBilling);
  if (r.ok) return { ok: true, value: all as ReadonlyArray<{ readonly _tag: string }> };
  const issues = r.issues.map((x) => ({
    ...x,
    path: x.path
      .replace(/^\$\.invoices\[(\d+)\]/, (_, k: string) => `$[${invoiceFrom[Number(k)]}].invoice`)
      .replace(/^\$\.events\[(\d+)\]/, (_, k: string) => `$[${eventFrom[Number(k)]}].event`)
      .replace(/^\$(?!\[)/, "$.account"),
  }));
  return { ok: false, issues, totalIssues: r.totalIssues };
}

/** An account's billing events: each decoded on its own, then the stream as one account. */
export const billingStreams: StreamKind = {
  type: "billing",
  validate: (_stream, existing, events) =>
    validateWith(
      existing,
      events,
      (e) => decodeBillingEvent(e) as DecodeResult<{ readonly _tag: string }>,
      decodeBillingLog,
    ),
};

/** The account the stored events describe (decoded by `decodeAccount` under the MDO rules). */
export async function storedAccount(db: Db, stream: string): Promise<Account> {
  const rows = await readStream(db, stream);
  const r = decodeAccount(accountOf(rows.map((x) => x.payload)).account, mdoBilling);
  // validated on append; an empty account if the stored rows no longer decode
  return r.ok ? r.value : { invoices: [], events: [] };
}

export function registerBilling(app: Hono<Env>, ctx: RouteContext, db: Db): void {
  const routes = streamRoutes(app, ctx, db, {
    base: "/billing/accounts",
    param: "account",
    stream: billingStream,
    kind: billingStreams,
  });

  // The account's invoices at a date (MDO billing rules, MDO-BV art. 6) over the stored facts:
  // the same answer as POST /billing/status with this account in the body.
  routes.post("status", async (c, stream, body) => {
    const r = decodeFields(body, { at: dateField });
    if (!r.ok) return ctx.badRequest(c, r.issues, r.totalIssues);
    const e = statusAt(await storedAccount(db, stream), mdoBilling, r.value.at);
    return explainedJson(c, e, eurosIn(e.value));
  });
}
