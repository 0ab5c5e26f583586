/**
 * SLA streams: one contract's incidents and outages, append-only with versions, 409 and
 * idempotency like the other streams (`sla-<contract>`), and the month report over what is stored
 * (`monthlyReport` of @zorgkit/sla-calculator, MDO SLA 2025).
 *
 * Events: `{ _tag: "IncidentRecorded", incident }` and `{ _tag: "OutageRecorded", outage }`, each
 * payload decoded by the package's `decodeIncident` / `decodeOutage`. This service's reading: an
 * incident recorded again under the same id is an update (its resolution, a priority change) and
 * replaces the earlier record in the report; outages are all counted.
 *
 * @module
 */
import type { DecodeIssue, DecodeResult } from "@zorgkit/core";
import { buildReport, renderHtml } from "@zorgkit/example-sla-report";
import {
  compileSla,
  decodeIncident,
  decodeOutage,
  decodeYearMonth,
  type Incident,
  mdoSla2025,
  monthlyReport,
  type Outage,
} from "@zorgkit/sla-calculator";
import type { Context, Hono } from "hono";
import type { Env, RouteContext } from "./app.js";
import type { Db } from "./db.js";
import { decodeFields, type FieldDecoder, instantField, issue, kindOf, oneOf } from "./fields.js";
import { readStream, readTypedStream, type StreamKind, type Validation } from "./store.js";

const sla = compileSla(mdoSla2025);
const CONTRACT = /^[A-Za-z0-9._-]{1,60}$/;

/** The stream id of a contract's incidents and outages. */
export const slaStream = (contract: string): string => `sla-${contract}`;

type SlaEvent =
  | { readonly _tag: "IncidentRecorded"; readonly incident: Incident }
  | { readonly _tag: "OutageRecorded"; readonly outage: Outage };

const incidentField: FieldDecoder<Incident> = (u) => decodeIncident(u);
const outageField: FieldDecoder<Outage> = (u) => decodeOutage(u);

/** One SLA event, decoded by the package's decoders (issues under `$.incident` / `$.outage`). */
export function decodeSlaEvent(u: unknown) {
  const tag = typeof u === "object" && u !== null ? (u as { _tag?: unknown })._tag : undefined;
  if (tag === "IncidentRecorded")
    return decodeFields(u, { _tag: oneOf(["IncidentRecorded"] as const), incident: incidentField });
  if (tag === "OutageRecorded")
    return decodeFields(u, { _tag: oneOf(["OutageRecorded"] as const), outage: outageField });
  return {
    ok: false as const,
    issues: [issue("$._tag", "invalid", "one of IncidentRecorded, OutageRecorded", kindOf(tag))],
    totalIssues: 1,
  };
}

/** A contract's SLA events: each decoded on its own (the payloads are independent records). */
export const slaStreams: StreamKind = {
  type: "sla",
  validate: (_stream, _existing, events) => validateEach(events, decodeSlaEvent),
};

/** The stored incidents (the last record of each id) and outages of a contract. */
export async function storedSla(
  db: Db,
  stream: string,
): Promise<{ incidents: Incident[]; outages: Outage[] }> {
  const byId = new Map<string, Incident>();
  const outages: Outage[] = [];
  for (const row of await readStream(db, stream)) {
    const r = decodeSlaEvent(row.payload);
    if (!r.ok) continue; // validated on append
    const e = r.value as SlaEvent;
    if (e._tag === "IncidentRecorded") byId.set(e.incident.id, e.incident);
    else outages.push(e.outage);
  }
  return { incidents: [...byId.values()], outages };
}

/**
 * A stream's path parameter (a contract, account or holder id): 1–60 of A-Z a-z 0-9 . _ - and
 * never a BSN; `bad` is the issue (naming only the length, nothing echoed).
 */
export function idParam(name: string) {
  return {
    parse(raw: string | undefined): string | undefined {
      const v = raw ?? "";
      return CONTRACT.test(v) && !/\d{9}/.test(v) ? v : undefined;
    },
    bad: (raw: string | undefined) => [
      issue(
        `$.params.${name}`,
        "invalid",
        `a${/^[aeiou]/.test(name) ? "n" : ""} ${name} id is 1–60 of A-Z a-z 0-9 . _ - and never a BSN (no run of 9 digits)`,
        `string of ${(raw ?? "").length} characters`,
      ),
    ],
  };
}

/** Decode each new event on its own with `one` (issues at `$.events[i]…`). */
export function validateEach(
  events: ReadonlyArray<unknown>,
  one: (u: unknown) => DecodeResult<unknown>,
): Validation {
  const issues: DecodeIssue[] = [];
  let total = 0;
  const ok: Array<{ _tag: string }> = [];
  events.forEach((e, i) => {
    const r = one(e);
    if (r.ok) ok.push(r.value as { _tag: string });
    else {
      issues.push(...r.issues.map((x) => ({ ...x, path: x.path.replace(/^\$/, `$.events[${i}]`) })));
      total += r.totalIssues;
    }
  });
  return issues.length > 0
    ? { ok: false, issues: issues.slice(0, 100), totalIssues: total }
    : { ok: true, events: ok };
}

/**
 * The routes of a stream type keyed by an id in the path (`<base>/:<param>`): `POST …/events`
 * (events:append, the versioned append) and `GET …/events` (admin); `post(suffix, handle)`
 * registers a computation over the stream (decisions:read, the JSON body passed on).
 */
export function streamRoutes(
  app: Hono<Env>,
  ctx: RouteContext,
  db: Db,
  s: { base: string; param: string; stream: (id: string) => string; kind: StreamKind },
) {
  const { need, jsonBody, badRequest, appendTo } = ctx;
  const { parse, bad } = idParam(s.param);
  const withStream =
    (handle: (c: Context<Env>, stream: string) => Promise<Response>) => async (c: Context<Env>) => {
      const id = parse(c.req.param(s.param));
      return id === undefined ? badRequest(c, bad(c.req.param(s.param))) : handle(c, s.stream(id));
    };
  const path = `${s.base}/:${s.param}`;
  app.post(
    `${path}/events`,
    need("events:append"),
    withStream((c, stream) => appendTo(c, stream, s.kind)),
  );
  app.get(
    `${path}/events`,
    need("admin"),
    withStream(async (c, stream) => {
      const { type, rows } = await readTypedStream(db, stream);
      return c.json({ stream, type: type ?? null, version: rows.length, events: rows });
    }),
  );
  return {
    post(
      suffix: string,
      handle: (c: Context<Env>, stream: string, body: unknown) => Response | Promise<Response>,
    ) {
      app.post(
        `${path}/${suffix}`,
        need("decisions:read"),
        withStream(async (c, stream) => {
          const body = await jsonBody(c);
          return body.ok ? handle(c, stream, body.value) : body.response;
        }),
      );
    },
  };
}

export function registerSla(app: Hono<Env>, ctx: RouteContext, db: Db): void {
  const { badRequest } = ctx;
  const routes = streamRoutes(app, ctx, db, {
    base: "/sla/contracts",
    param: "contract",
    stream: slaStream,
    kind: slaStreams,
  });

  // The month report (MDO SLA 2025) over the contract's stored incidents and outages, judged at `at`.
  routes.post("monthly-report", async (c, stream, body) => {
    const r = decodeFields(body, { month: (u) => decodeYearMonth(u), at: instantField });
    if (!r.ok) return badRequest(c, r.issues, r.totalIssues);
    const stored = await storedSla(db, stream);
    const e = monthlyReport({ month: r.value.month, ...stored }, sla, r.value.at);
    return c.json({ ...e.value, because: e.because });
  });

  // The same month as the SLA report's self-contained HTML page with its charts
  // (examples/sla-report: every figure from @zorgkit/sla-calculator).
  routes.post("monthly-report.html", async (c, stream, body) => {
    const r = decodeFields(body, { month: (u) => decodeYearMonth(u), at: instantField });
    if (!r.ok) return badRequest(c, r.issues, r.totalIssues);
    const stored = await storedSla(db, stream);
    const report = buildReport(
      { period: { kind: "month", month: r.value.month }, ...stored },
      sla,
      r.value.at,
    );
    return c.html(renderHtml(report));
  });
}
