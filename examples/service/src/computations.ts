/**
 * The stateless endpoints: each decodes its request with the package's own decoders and answers
 * with the package function's value and explanation. Retention (`evaluate`, `sweep`, `schedule`, `pruneBackups`;
 * the records come with the request, the service stores no retention facts),
 * billing (`statutoryInterest`, `statusAt`, `invoiceDeadline`), contracts (`noticeDeadline`,
 * `termsStatus`). Amounts in billing answers are decimal euro strings (`"86.21"`).
 *
 * @module
 */
import {
  BillingMonth,
  commercialInterestRates,
  decodeAccount,
  decodeInterestClaim,
  invoiceDeadline,
  mdoBilling,
  statusAt,
  statutoryInterest,
  statutoryInterestRates,
} from "@zorgkit/billing";
import {
  decodeAcceptances,
  decodeContract,
  decodeParty,
  mitzTerms,
  mozaTerms,
  noticeDeadline,
  termsStatus,
} from "@zorgkit/contract-terms";
import {
  type DecodeResult,
  decode,
  type Explained,
  explainToText,
  formatInstant,
  type Money,
  toDecimalString,
} from "@zorgkit/core";
import {
  decodeBackups,
  decodeRetentionRecord,
  decodeRetentionRecords,
  evaluate,
  mdoB1Retention,
  mdoSlaBackupScheme,
  mitzRetention,
  pruneBackups,
  type RetentionPolicy,
  schedule,
  statutoryRetention,
  sweep,
  vjzRetention,
} from "@zorgkit/retention-policy";
import type { Context, Hono } from "hono";
import type { Env, RouteContext } from "./app.js";
import {
  after,
  dateField,
  decodeFields,
  type FieldDecoder,
  instantField,
  issue,
  kindOf,
  oneOf,
} from "./fields.js";

export const retentionPolicies: Readonly<Record<string, RetentionPolicy>> = {
  vjz: vjzRetention,
  "mdo-b1": mdoB1Retention,
  mitz: mitzRetention,
  statutory: statutoryRetention,
};
export const policyNames = ["vjz", "mdo-b1", "mitz", "statutory"] as const;
const interestTables = { commercial: commercialInterestRates, statutory: statutoryInterestRates } as const;
const termsOfUse = { moza: mozaTerms, mitz: mitzTerms } as const;

/** Keys whose numbers are `Money` (cents) in billing's answers: shown as decimal euros. */
const MONEY_KEYS = new Set([
  "total",
  "capitalized",
  "overpaid",
  "costs",
  "interest",
  "principal",
  "base",
  "amount",
  "toCosts",
  "toInterest",
  "toPrincipal",
  "outstanding",
  "totalOwed",
]);

/** Billing values with their amounts as decimal strings; explanations (`because`) are left as they are. */
export function eurosIn(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(eurosIn);
  if (typeof v !== "object" || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v))
    out[k] =
      k === "because" || k === "reasons"
        ? x
        : MONEY_KEYS.has(k) && Number.isSafeInteger(x)
          ? toDecimalString(x as Money)
          : eurosIn(x);
  return out;
}

/** A user id for the terms-of-use check: 1–64 characters, never a BSN. */
const userField = (u: unknown): DecodeResult<string> =>
  typeof u === "string" && u.length > 0 && u.length <= 64 && !/\d{9}/.test(u)
    ? { ok: true, value: u }
    : {
        ok: false,
        issues: [
          issue("$", "invalid", "a user id of 1–64 characters, never a BSN (no run of 9 digits)", kindOf(u)),
        ],
        totalIssues: 1,
      };

export const explainedJson = (c: Context, e: Explained<unknown>, value: unknown) =>
  c.json({ ...(value as object), explanation: explainToText(e, "en"), because: e.because });

/** Registers `POST path` (scope decisions:read) whose handler gets the parsed JSON body. */
export const computationPoster =
  (app: Hono<Env>, { need, jsonBody }: RouteContext) =>
  (path: string, handle: (c: Context<Env>, input: unknown) => Response | Promise<Response>) =>
    app.post(path, need("decisions:read"), async (c) => {
      const body = await jsonBody(c);
      return body.ok ? handle(c, body.value) : body.response;
    });

/** A field decoded under the request's named `policy` and instant `at` (once both decoded). */
const underPolicyAt = <A>(
  dec: (u: unknown, policy: RetentionPolicy, options: { at: number }) => DecodeResult<A>,
): FieldDecoder<A> =>
  after(["policy", "at"], (u, d) =>
    dec(u, retentionPolicies[d.policy as string] as RetentionPolicy, { at: d.at as number }),
  );

export function registerComputations(app: Hono<Env>, ctx: RouteContext): void {
  const { badRequest } = ctx;
  const post = computationPoster(app, ctx);

  // Retention: what a record's retention requires at an instant.
  post("/retention/evaluations", (c, input) => {
    const r = decodeFields(input, {
      policy: oneOf(policyNames),
      at: instantField,
      record: underPolicyAt(decodeRetentionRecord),
    });
    if (!r.ok) return badRequest(c, r.issues, r.totalIssues);
    const e = evaluate(r.value.record, retentionPolicies[r.value.policy] as RetentionPolicy, r.value.at);
    const v = e.value;
    return explainedJson(c, e, {
      ...v,
      deleteFrom: v.deleteFrom === undefined ? undefined : formatInstant(v.deleteFrom),
    });
  });

  // Retention: which of a set of records must be deleted now (the facts come with the request;
  // the service stores no retention facts).
  post("/retention/sweep", (c, input) => {
    const r = decodeFields(input, {
      policy: oneOf(policyNames),
      at: instantField,
      records: underPolicyAt(decodeRetentionRecords),
    });
    if (!r.ok) return badRequest(c, r.issues, r.totalIssues);
    const e = sweep(r.value.records, retentionPolicies[r.value.policy] as RetentionPolicy, r.value.at);
    return explainedJson(c, e, e.value);
  });

  // Retention: the deletion calendar of a set of records for a range of days (facts known on `from`).
  post("/retention/schedule", (c, input) => {
    const r = decodeFields(input, {
      policy: oneOf(policyNames),
      from: dateField,
      to: dateField,
      records: after(["policy"], (u, d) =>
        decodeRetentionRecords(u, retentionPolicies[d.policy as string] as RetentionPolicy),
      ),
    });
    if (!r.ok) return badRequest(c, r.issues, r.totalIssues);
    const e = schedule(r.value.records, retentionPolicies[r.value.policy] as RetentionPolicy, {
      from: r.value.from,
      to: r.value.to,
    });
    return explainedJson(c, e, e.value);
  });

  // Retention: which backups of a set to keep and which to delete (MDO-SLA §7.6 scheme).
  post("/retention/backups", (c, input) => {
    const r = decodeFields(input, {
      at: instantField,
      backups: after(["at"], (u, d) => decodeBackups(u, { at: d.at as number })),
    });
    if (!r.ok) return badRequest(c, r.issues, r.totalIssues);
    const e = pruneBackups(r.value.backups, mdoSlaBackupScheme, r.value.at);
    return explainedJson(c, e, e.value);
  });

  // Billing: statutory (6:119 BW) or commercial (6:119a BW) interest over a late payment.
  post("/billing/interest", (c, input) => {
    const r = decodeFields(input, {
      rates: oneOf(["commercial", "statutory"] as const),
      claim: decodeInterestClaim,
    });
    if (!r.ok) return badRequest(c, r.issues, r.totalIssues);
    const e = statutoryInterest(r.value.claim, interestTables[r.value.rates]);
    return explainedJson(c, e, eurosIn(e.value));
  });

  // Billing: an account's invoices at a date under the MDO billing rules (MDO-BV art. 6).
  post("/billing/status", (c, input) => {
    const r = decodeFields(input, { at: dateField, account: (u) => decodeAccount(u, mdoBilling) });
    if (!r.ok) return badRequest(c, r.issues, r.totalIssues);
    const e = statusAt(r.value.account, mdoBilling, r.value.at);
    return explainedJson(c, e, eurosIn(e.value));
  });

  // Billing: the last day to invoice a month's use (MDO-BV art. 6).
  post("/billing/invoice-deadline", (c, input) => {
    const r = decodeFields(input, { month: decode(BillingMonth) });
    if (!r.ok) return badRequest(c, r.issues, r.totalIssues);
    const e = invoiceDeadline(r.value.month, mdoBilling);
    return explainedJson(c, e, { month: r.value.month, deadline: e.value });
  });

  // Contracts: the last day a party's notice must be received, and the end it then gives.
  post("/contracts/notice-deadline", (c, input) => {
    const r = decodeFields(input, { contract: decodeContract, party: decodeParty, on: dateField });
    if (!r.ok) return badRequest(c, r.issues, r.totalIssues);
    const e = noticeDeadline({ contract: r.value.contract, party: r.value.party }, r.value.on);
    const v = e.value;
    return explainedJson(
      c,
      e,
      v === undefined
        ? {
            deadline: null,
            endDate: null,
            note: "the contract does not renew and no term can still be ended by notice",
          }
        : v,
    );
  });

  // Contracts: whether a user may continue or must first accept a terms-of-use version.
  post("/contracts/terms-status", (c, input) => {
    const r = decodeFields(input, {
      terms: oneOf(["moza", "mitz"] as const),
      user: userField,
      acceptances: decodeAcceptances,
      at: dateField,
    });
    if (!r.ok) return badRequest(c, r.issues, r.totalIssues);
    const e = termsStatus(termsOfUse[r.value.terms], r.value.acceptances, r.value.user, r.value.at);
    return explainedJson(c, e, e.value);
  });
}
