/**
 * The OpenAPI 3.1 document, its request schemas generated from the packages' own Effect schemas
 * (the same schemas the handlers decode with), so the document cannot drift from the validation.
 *
 * @module
 */
import { AccessRequest, GrantRequest, RoleEvent } from "@zorgkit/authorization-roles";
import {
  AccountFor,
  AccountInvoice,
  BillingMonth,
  InterestClaim,
  mdoBilling,
  PaymentEvent,
} from "@zorgkit/billing";
import { ConsentEvent, ConsentRequest } from "@zorgkit/consent";
import { Acceptance, Contract, Party } from "@zorgkit/contract-terms";
import { Bsn, Instant, LocalDate } from "@zorgkit/core";
import { Backup, RetentionRecord } from "@zorgkit/retention-policy";
import { Incident, Outage, YearMonth } from "@zorgkit/sla-calculator";
import * as Schema from "effect/Schema";

function jsonSchema(s: Schema.Top): unknown {
  return Schema.toJsonSchemaDocument(s, { onExcessProperty: "error" }).schema;
}

const issues = {
  type: "object",
  properties: {
    error: { type: "string" },
    issues: {
      type: "array",
      items: {
        type: "object",
        properties: {
          path: { type: "string" },
          code: { type: "string" },
          message: { type: "string" },
          actual: { type: "string" },
        },
      },
    },
    totalIssues: { type: "integer" },
  },
};

/** The request envelopes of the endpoints that take more than one value: the packages' schemas as fields. */
const envelopes = {
  AccessDecisionRequest: Schema.Struct({ request: AccessRequest, at: Instant }),
  ConsentAtRequest: Schema.Struct({ patient: Bsn, at: Instant }),
  SlaEvent: Schema.Union([
    Schema.Struct({ _tag: Schema.Literal("IncidentRecorded"), incident: Incident }),
    Schema.Struct({ _tag: Schema.Literal("OutageRecorded"), outage: Outage }),
  ]),
  BillingEvent: Schema.Union([
    Schema.Struct({ _tag: Schema.Literal("InvoiceIssued"), invoice: AccountInvoice }),
    Schema.Struct({ _tag: Schema.Literal("AccountEventRecorded"), event: PaymentEvent }),
    Schema.Struct({ _tag: Schema.Literal("SuspensionRightRecorded"), customerMaySuspend: Schema.Boolean }),
  ]),
  AccountStatusAtRequest: Schema.Struct({ at: LocalDate }),
  RetentionEvent: Schema.Struct({ _tag: Schema.Literal("RecordRecorded"), record: RetentionRecord }),
  RetentionSweepAtRequest: Schema.Struct({
    policy: Schema.Literals(["vjz", "mdo-b1", "mitz", "statutory"]),
    at: Instant,
  }),
  TermRequest: Schema.Struct({ contract: Contract, on: LocalDate }),
  TimelineRequest: Schema.Struct({ contract: Contract, from: LocalDate, to: LocalDate }),
  MonthlyReportAtRequest: Schema.Struct({ month: YearMonth, at: Instant }),
  GrantCheckRequest: Schema.Struct({ grant: GrantRequest, at: Instant }),
  RetentionEvaluationRequest: Schema.Struct({
    policy: Schema.Literals(["vjz", "mdo-b1", "mitz", "statutory"]),
    record: RetentionRecord,
    at: Instant,
  }),
  RetentionSweepRequest: Schema.Struct({
    policy: Schema.Literals(["vjz", "mdo-b1", "mitz", "statutory"]),
    records: Schema.Array(RetentionRecord),
    at: Instant,
  }),
  RetentionScheduleRequest: Schema.Struct({
    policy: Schema.Literals(["vjz", "mdo-b1", "mitz", "statutory"]),
    records: Schema.Array(RetentionRecord),
    from: LocalDate,
    to: LocalDate,
  }),
  BackupPruningRequest: Schema.Struct({ backups: Schema.Array(Backup), at: Instant }),
  InterestRequest: Schema.Struct({
    rates: Schema.Literals(["commercial", "statutory"]),
    claim: InterestClaim,
  }),
  AccountStatusRequest: Schema.Struct({ account: AccountFor(mdoBilling), at: LocalDate }),
  InvoiceDeadlineRequest: Schema.Struct({ month: BillingMonth }),
  NoticeDeadlineRequest: Schema.Struct({ contract: Contract, party: Party, on: LocalDate }),
  TermsStatusRequest: Schema.Struct({
    terms: Schema.Literals(["moza", "mitz"]),
    user: Schema.String,
    acceptances: Schema.Array(Acceptance),
    at: LocalDate,
  }),
};

const err = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
const secured = { security: [{ bearer: [] }] };
const common = {
  "400": err("bad input: the decoding issues (BSN masked)"),
  "401": err("missing or unknown token"),
  "403": err("token lacks the scope"),
  "503": err("the database is unavailable, or the service is shutting down (retry)"),
};
const json = (ref: string) => ({
  required: true,
  content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } },
});

/** The body of an append to a stream whose events are `event` (a component schema). */
const appendRequest = (event: string) => ({
  type: "object",
  required: ["expectedVersion", "events"],
  additionalProperties: false,
  properties: {
    expectedVersion: { type: "integer", minimum: 0 },
    events: { type: "array", minItems: 1, maxItems: 100, items: { $ref: `#/components/schemas/${event}` } },
  },
});

/** An append to a stream: expected version, idempotency key, 201 / 409 / 422. */
const appendOperation = (summary: string, ref: string) => ({
  summary,
  ...secured,
  parameters: [
    { name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", maxLength: 200 } },
  ],
  requestBody: json(ref),
  responses: {
    "201": { description: "appended (200 with Idempotent-Replayed: true for a retried request)" },
    ...common,
    "409": err("the stream is not at expectedVersion"),
    "422": err("the idempotency key was used for a different request"),
  },
});

/** A stream's id in the path (a contract, account or holder): never a BSN. */
const idPath = (name: string, description: string) => [
  {
    name,
    in: "path",
    required: true,
    schema: { type: "string", pattern: "^[A-Za-z0-9._-]{1,60}$" },
    description: `${description} (never a BSN: no run of 9 digits)`,
  },
];

/** Reading a stream (scope admin). */
const readOperation = (summary: string) => ({
  summary: `${summary} (scope admin)`,
  ...secured,
  responses: { "200": { description: "the stream's events with versions" }, ...common },
});

/** A computation endpoint: decisions:read, a request envelope, an explained answer. */
const computation = (summary: string, ref: string, answer: string) => ({
  post: {
    summary: `${summary} (scope decisions:read)`,
    ...secured,
    requestBody: json(ref),
    responses: {
      "200": { description: `${answer}, with explanation (text) and because (steps with citations)` },
      ...common,
    },
  },
});

const holderSweep = computation(
  "which of the holder's stored records must be deleted at an instant under a named policy (sweep): the answer of /retention/sweep for those records",
  "RetentionSweepAtRequest",
  "the ids to delete, in conflict and incomplete, with counts",
).post;

export function openApiDocument(): unknown {
  return {
    openapi: "3.1.0",
    info: {
      title: "zorgkit reference service",
      version: "0.0.0",
      description:
        "The zorgkit packages behind HTTP: consent event streams and decisions (@zorgkit/consent, Mitz rules), organisation role streams and access decisions (@zorgkit/authorization-roles, MOZA portal rules), SLA deadlines (@zorgkit/sla-calculator, MDO SLA 2025), retention streams per holder, retention, sweep and backup decisions (@zorgkit/retention-policy), billing streams per account, statutory interest, account status and invoice deadlines (@zorgkit/billing, MDO billing rules), notice deadlines and terms-of-use status (@zorgkit/contract-terms). Billing amounts are decimal euro strings. Request schemas are generated from the packages' Effect schemas; the service decodes with the same schemas and its rulebook checks (known codes, event-log rules).",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    components: {
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description: "scopes: decisions:read, events:append, admin",
        },
      },
      schemas: {
        ConsentRequest: jsonSchema(ConsentRequest),
        ConsentEvent: jsonSchema(ConsentEvent),
        Incident: jsonSchema(Incident),
        RoleEvent: jsonSchema(RoleEvent),
        ...Object.fromEntries(Object.entries(envelopes).map(([k, v]) => [k, jsonSchema(v)])),
        RoleAppendRequest: appendRequest("RoleEvent"),
        SlaAppendRequest: appendRequest("SlaEvent"),
        BillingAppendRequest: appendRequest("BillingEvent"),
        RetentionAppendRequest: appendRequest("RetentionEvent"),
        AppendRequest: {
          type: "object",
          required: ["expectedVersion", "events"],
          additionalProperties: false,
          properties: {
            expectedVersion: {
              type: "integer",
              minimum: 0,
              description: "the stream's version this append follows (0: a new stream)",
            },
            events: {
              type: "array",
              minItems: 1,
              maxItems: 100,
              items: { $ref: "#/components/schemas/ConsentEvent" },
            },
          },
        },
        Error: issues,
      },
    },
    paths: {
      "/health": {
        get: {
          summary: "liveness and database check",
          responses: { "200": { description: "ok" }, "503": err("database unavailable") },
        },
      },
      "/streams/{id}/events": {
        parameters: [
          {
            name: "id",
            in: "path",
            required: true,
            schema: { type: "string", pattern: "^[A-Za-z0-9._-]{1,64}$" },
            description: "a pseudonymous stream id (one patient's consent events); never a BSN",
          },
        ],
        post: appendOperation(
          "append consent events at an expected version (scope events:append)",
          "AppendRequest",
        ),
        get: {
          summary: "read a stream (scope admin)",
          ...secured,
          responses: { "200": { description: "the stream's events with versions" }, ...common },
        },
      },
      "/consent/decisions": {
        post: {
          summary: "the Mitz consent check against the in-memory projection (scope decisions:read)",
          ...secured,
          requestBody: json("ConsentRequest"),
          responses: {
            "200": {
              description:
                "Permit | Deny | NotApplicable | Indeterminate with the deciding choice and explanation",
            },
            ...common,
          },
        },
      },
      "/consent/profiles": computation(
        "the patient's consent profile as it stood at an instant (profileAt over the stored events; the BSN only in the body, not in the answer)",
        "ConsentAtRequest",
        "exists, createdAt, asOf, the choices in force, pending and rejected events",
      ),
      "/consent/fhir": {
        post: {
          summary:
            "the patient's consent profile at an instant as a Mitz notification Bundle (FHIR Consent-Mitz-Notify, encodeMitzNotification) (scope decisions:read)",
          ...secured,
          requestBody: json("ConsentAtRequest"),
          responses: {
            "200": { description: "a FHIR transaction Bundle (application/fhir+json)" },
            ...common,
            "422": err("a choice Mitz cannot express (the encoder's issues), or no choice to export"),
          },
        },
      },
      "/sla/deadlines": {
        post: {
          summary:
            "response and resolution deadlines of an incident under the MDO SLA 2025 (scope decisions:read)",
          ...secured,
          requestBody: json("Incident"),
          responses: { "200": { description: "deadlines with explanation" }, ...common },
        },
      },
      "/sla/contracts/{contract}/events": {
        parameters: [
          {
            name: "contract",
            in: "path",
            required: true,
            schema: { type: "string", pattern: "^[A-Za-z0-9._-]{1,60}$" },
            description: "the contract whose incidents and outages the stream sla-<contract> holds",
          },
        ],
        post: appendOperation(
          "record incidents and outages of a contract at an expected version (scope events:append); an incident recorded again under its id replaces the earlier record",
          "SlaAppendRequest",
        ),
        get: {
          summary: "read a contract's SLA stream (scope admin)",
          ...secured,
          responses: { "200": { description: "the stream's events with versions" }, ...common },
        },
      },
      "/sla/contracts/{contract}/monthly-report": {
        parameters: [
          {
            name: "contract",
            in: "path",
            required: true,
            schema: { type: "string", pattern: "^[A-Za-z0-9._-]{1,60}$" },
          },
        ],
        ...computation(
          "the month report (monthlyReport, MDO SLA 2025) over the contract's stored incidents and outages, judged at an instant",
          "MonthlyReportAtRequest",
          "the service-level report document: availability, per-priority targets, breaches",
        ),
      },
      "/sla/contracts/{contract}/monthly-report.html": {
        parameters: [
          {
            name: "contract",
            in: "path",
            required: true,
            schema: { type: "string", pattern: "^[A-Za-z0-9._-]{1,60}$" },
          },
        ],
        post: {
          summary:
            "the same month as the SLA report's self-contained HTML page with charts (examples/sla-report) (scope decisions:read)",
          ...secured,
          requestBody: json("MonthlyReportAtRequest"),
          responses: {
            "200": {
              description: "a self-contained HTML page (inline SVG charts, no scripts)",
              content: { "text/html": {} },
            },
            ...common,
          },
        },
      },
      "/billing/accounts/{account}/events": {
        parameters: idPath(
          "account",
          "the account whose invoices and payments the stream billing-<account> holds",
        ),
        post: appendOperation(
          "record an account's invoices, payments and other dated facts (reminders, formal notice, hand-over, suspension, dissolution, contract end) at an expected version (scope events:append); the stream as a whole is one valid account under the MDO billing rules",
          "BillingAppendRequest",
        ),
        get: readOperation("read an account's billing stream"),
      },
      "/billing/accounts/{account}/status": {
        parameters: idPath("account", "the account"),
        ...computation(
          "the account's invoices at a date (statusAt, MDO billing rules) over its stored facts: the answer of /billing/status for that account",
          "AccountStatusAtRequest",
          "each invoice's state, interest, costs and what is outstanding (decimal euro strings)",
        ),
      },
      "/retention/holders/{holder}/events": {
        parameters: idPath(
          "holder",
          "the holder whose retention records the stream retention-<holder> holds",
        ),
        post: appendOperation(
          "record retention records (their dated events and holds) at an expected version (scope events:append); a record recorded again under its id replaces the earlier one",
          "RetentionAppendRequest",
        ),
        get: readOperation("read a holder's retention stream"),
      },
      "/retention/holders/{holder}/sweep": {
        parameters: idPath("holder", "the holder"),
        post: {
          ...holderSweep,
          responses: {
            ...holderSweep.responses,
            "422": err("the stored records do not fit the named policy (its issues, by stored record)"),
          },
        },
      },
      "/organisations/{agb}/role-events": {
        parameters: [
          {
            name: "agb",
            in: "path",
            required: true,
            schema: { type: "string", pattern: "^[0-9]{8}$" },
            description: "the organisation's AGB code; its stream holds its role events",
          },
        ],
        post: appendOperation(
          "append role events of the organisation at an expected version (scope events:append); the first is its OrganisationRegistered",
          "RoleAppendRequest",
        ),
        get: {
          summary: "read an organisation's role events (scope admin)",
          ...secured,
          responses: { "200": { description: "the stream's events with versions" }, ...common },
        },
      },
      "/roles/decisions": computation(
        "authorize: may this subject do this action for the organisation at this instant (MOZA portal rules), from the in-memory compiled role state; one audit line",
        "AccessDecisionRequest",
        "allow | deny, the failed check, the granting roles and the NEN 7513 audit record",
      ),
      "/roles/grants": computation(
        "mayGrant: may the grantor give this role at this instant",
        "GrantCheckRequest",
        "allowed | refused | undetermined with the deciding rule",
      ),
      "/retention/evaluations": computation(
        "a record's retention at an instant under a named policy (vjz, mdo-b1, mitz, statutory)",
        "RetentionEvaluationRequest",
        "status (keep, may-delete, must-delete …), keepUntil, deleteBy, deleteFrom, the rules and holds",
      ),
      "/retention/sweep": computation(
        "which of the given records must be deleted now under a named policy (sweep; the facts come with the request, nothing is stored)",
        "RetentionSweepRequest",
        "delete, conflict and incomplete ids and the counts per status",
      ),
      "/retention/schedule": computation(
        "the deletion calendar of the given records for a range of days under a named policy (schedule; facts as known on from)",
        "RetentionScheduleRequest",
        "the days with the ids due, overdue, conflict, incomplete, held",
      ),
      "/retention/backups": computation(
        "which backups of a set to keep and delete at an instant (MDO-SLA §7.6 scheme)",
        "BackupPruningRequest",
        "a decision per backup and the keep and delete lists",
      ),
      "/billing/interest": computation(
        "statutory (6:119 BW) or commercial (6:119a BW) interest on a late payment",
        "InterestRequest",
        "the total, the periods with their rates, payments applied, what is outstanding",
      ),
      "/billing/status": computation(
        "an account's invoices at a date under the MDO billing rules",
        "AccountStatusRequest",
        "per invoice its state, due date, reminders, interest, costs; what the supplier may do",
      ),
      "/billing/invoice-deadline": computation(
        "the last day to invoice a month's use (MDO billing rules)",
        "InvoiceDeadlineRequest",
        "the deadline",
      ),
      "/contracts/notice-deadline": computation(
        "the last day a party's notice must be received to end the contract, and the end date",
        "NoticeDeadlineRequest",
        "deadline, endDate, the term, the notice period and form (null when no term can be ended)",
      ),
      "/contracts/term": computation(
        "the term (initial or renewal) in force on a date (termAt)",
        "TermRequest",
        "the term (start, end, kind, regime) or null before the start or after the end",
      ),
      "/contracts/timeline": {
        post: {
          summary:
            "every dated event of a contract in [from, to] (timeline): start, switches, renewals, term ends, each party's last notice day; at most 100 years (scope decisions:read)",
          ...secured,
          requestBody: json("TimelineRequest"),
          responses: { "200": { description: "from, to and the events with citations" }, ...common },
        },
      },
      "/contracts/timeline/svg": {
        post: {
          summary: "the same timeline drawn as SVG by the package (timelineToSvg) (scope decisions:read)",
          ...secured,
          requestBody: json("TimelineRequest"),
          responses: { "200": { description: "image/svg+xml" }, ...common },
        },
      },
      "/contracts/terms-status": computation(
        "whether a user may continue or must first accept a terms-of-use version (moza, mitz)",
        "TermsStatusRequest",
        "ok | must-accept | no-terms with the version",
      ),
      "/admin/tokens": {
        post: {
          summary: "create a token (scope admin); the token is shown once",
          ...secured,
          responses: { "201": { description: "the new token" }, ...common },
        },
      },
    },
  };
}
