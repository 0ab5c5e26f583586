/**
 * The HTTP API: each endpoint a few lines over a package function. Decoding uses the packages'
 * own decoders (issues never echo a value, BSNs masked); responses never carry a stack trace; one
 * structured log line per request (method, route pattern, status, duration, token name — no
 * personal data); one audit line per decision.
 *
 * @module
 */
import { decide, decodeRequest, maskBsnRuns, mitzRules } from "@zorgkit/consent";
import { type DecodeIssue, explainToText, formatInstant } from "@zorgkit/core";
import { compileSla, type Deadline, deadlines, decodeIncident, mdoSla2025 } from "@zorgkit/sla-calculator";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { routePath } from "hono/route";
import type { Logger } from "pino";
import { registerBilling } from "./billing.js";
import { registerComputations } from "./computations.js";
import { registerConsent } from "./consent.js";
import { registerContracts } from "./contracts.js";
import type { Db } from "./db.js";
import { decodeAgb, issue, kindOf } from "./fields.js";
import type { Gate } from "./gate.js";
import { openApiDocument } from "./openapi.js";
import { homePage } from "./page.js";
import type { Projection, RoleProjection } from "./projection.js";
import { registerRetention } from "./retention.js";
import { registerRoles } from "./roles.js";
import { registerSla } from "./sla.js";
import {
  type AppendBody,
  append,
  consentStreams,
  readStream,
  readTypedStream,
  roleStream,
  roleStreams,
  type StreamKind,
} from "./store.js";
import { createToken, type Scope, scopes, type TokenInfo, tokenLookup } from "./tokens.js";

export interface AppOptions {
  readonly db: Db;
  readonly projection: Projection;
  readonly roles: RoleProjection;
  readonly logger: Logger;
  /** Shutdown gate: once closing, every request is a 503; in-flight requests are counted. */
  readonly gate: Gate;
  /** Maximum request body in bytes (default 64 KiB). */
  readonly bodyLimit?: number;
  /** Called after an append committed (e.g. to NOTIFY other instances). */
  readonly onAppended?: (stream: string) => Promise<void>;
}

export type Env = { Variables: { token: TokenInfo | undefined } };

/** What the route modules (roles, computations) get from the app. */
export interface RouteContext {
  readonly need: (
    scope: Scope,
  ) => (c: Context<Env>, next: () => Promise<void>) => Promise<Response | undefined>;
  readonly jsonBody: (
    c: Context,
  ) => Promise<{ ok: true; value: unknown } | { ok: false; response: Response }>;
  readonly badRequest: typeof badRequest;
  readonly logger: Logger;
  /** A versioned, idempotent append to a stream of a kind (201 / 200 replayed / 400 / 409 / 422). */
  readonly appendTo: (c: Context<Env>, stream: string, kind: StreamKind) => Promise<Response>;
}

const STREAM_ID = /^[A-Za-z0-9._-]{1,64}$/;
const MAX_EVENTS = 100;

const sla = compileSla(mdoSla2025);

function badRequest(c: Context, issues: ReadonlyArray<DecodeIssue>, totalIssues = issues.length) {
  return c.json({ error: "bad-request", issues, totalIssues }, 400);
}

/** A database that is down or restarting: answer 503, not 500. */
function isUnavailable(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const code = String((e as { code?: unknown }).code ?? "");
  const msg = String((e as { message?: unknown }).message ?? "");
  return (
    /^(08|57P0)/.test(code) ||
    ["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"].includes(code) ||
    /Connection terminated|connection error|not queryable|connection.*(closed|ended)|PGlite is closed/i.test(
      msg,
    )
  );
}

function formatDeadline(d: Deadline) {
  return { ...d, due: d.due === undefined ? undefined : formatInstant(d.due) };
}

export function createApp(opts: AppOptions): Hono<Env> {
  const { db, projection, roles, logger, gate } = opts;
  const lookup = tokenLookup(db);
  const app = new Hono<Env>();

  const logLine = (c: Context<Env>, started: number) =>
    logger.info({
      method: c.req.method,
      route: c.res.status === 404 ? undefined : routePath(c),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 100) / 100,
      token: c.get("token")?.name,
    });

  app.use(async (c, next) => {
    const started = performance.now();
    c.set("token", undefined);
    if (!gate.enter()) {
      // Shutting down: no new work (the client retries, e.g. on another instance).
      c.header("Connection", "close");
      c.header("Retry-After", "1");
      const r = c.json({ error: "shutting-down" }, 503);
      logger.info({ method: c.req.method, status: 503, ms: 0 });
      return r;
    }
    try {
      await next();
    } finally {
      gate.leave();
    }
    logLine(c, started);
    return undefined;
  });

  app.use(
    bodyLimit({
      maxSize: opts.bodyLimit ?? 64 * 1024,
      onError: (c) => c.json({ error: "payload-too-large", limit: opts.bodyLimit ?? 64 * 1024 }, 413),
    }),
  );

  const need = (scope: Scope) =>
    async function auth(c: Context<Env>, next: () => Promise<void>) {
      const header = c.req.header("authorization") ?? "";
      const m = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header);
      const info = m?.[1] === undefined ? undefined : await lookup(m[1]);
      if (info === undefined) {
        c.header("WWW-Authenticate", 'Bearer realm="zorgkit"');
        return c.json({ error: header === "" ? "missing-token" : "invalid-token" }, 401);
      }
      c.set("token", info);
      if (!info.scopes.includes(scope)) return c.json({ error: "insufficient-scope", required: scope }, 403);
      await next();
      return undefined;
    };

  async function jsonBody(
    c: Context,
  ): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
    const text = await c.req.text();
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      return {
        ok: false,
        response: badRequest(c, [
          issue("$", "undecodable", "the body is not JSON", `string of ${text.length} characters`),
        ]),
      };
    }
  }

  app.get("/", (c) => c.html(homePage()));
  app.get("/openapi.json", (c) => c.json(openApiDocument() as object));
  app.get("/health", async (c) => {
    try {
      await db.query("select 1");
      // inFlight: the other requests being handled now (this one not counted).
      return c.json({
        status: "ok",
        database: db.kind,
        streams: projection.size,
        organisations: roles.size,
        inFlight: gate.inFlight - 1,
      });
    } catch {
      return c.json({ status: "unavailable", database: db.kind }, 503);
    }
  });

  /**
   * An append to a stream of `kind`: the body's shape, the idempotency key, then the store's
   * versioned append; a committed append refreshes this instance's projection and notifies others.
   */
  async function appendTo(c: Context<Env>, stream: string, kind: StreamKind) {
    const key = c.req.header("idempotency-key");
    if (key !== undefined && (key.length === 0 || key.length > 200)) {
      return badRequest(c, [
        issue(
          "$.headers.idempotency-key",
          "too-long",
          "an idempotency key is 1–200 characters",
          `string of ${key.length} characters`,
        ),
      ]);
    }
    const body = await jsonBody(c);
    if (!body.ok) return body.response;
    const b = body.value as Partial<AppendBody> & Record<string, unknown>;
    const issues: DecodeIssue[] = [];
    if (typeof b !== "object" || b === null || Array.isArray(b)) {
      return badRequest(c, [
        issue("$", "wrong-type", "expected an object { expectedVersion, events }", kindOf(b)),
      ]);
    }
    for (const k of Object.keys(b)) {
      if (k !== "expectedVersion" && k !== "events")
        issues.push(
          issue(`$.${maskBsnRuns(k).slice(0, 40)}`, "unexpected-key", "unexpected key", kindOf(b[k])),
        );
    }
    if (!("expectedVersion" in b))
      issues.push(issue("$.expectedVersion", "missing", "expectedVersion is required", "undefined"));
    else if (!Number.isSafeInteger(b.expectedVersion) || (b.expectedVersion as number) < 0)
      issues.push(
        issue(
          "$.expectedVersion",
          "invalid",
          "expectedVersion is a whole number ≥ 0",
          kindOf(b.expectedVersion),
        ),
      );
    if (!("events" in b)) issues.push(issue("$.events", "missing", "events is required", "undefined"));
    else if (!Array.isArray(b.events) || b.events.length === 0)
      issues.push(issue("$.events", "wrong-type", "events is a non-empty array", kindOf(b.events)));
    else if (b.events.length > MAX_EVENTS)
      issues.push(
        issue(
          "$.events",
          "too-many",
          `at most ${MAX_EVENTS} events per append`,
          `array of ${b.events.length}`,
        ),
      );
    if (issues.length > 0) return badRequest(c, issues);

    const r = await append(db, stream, b as AppendBody, key, kind);
    switch (r.kind) {
      case "invalid":
        return badRequest(c, r.issues, r.totalIssues);
      case "conflict":
        return c.json(
          {
            error: "version-conflict",
            stream,
            expectedVersion: r.expectedVersion,
            currentVersion: r.currentVersion,
          },
          409,
        );
      case "key-reused":
        return c.json(
          { error: "idempotency-key-reused", message: "this key was used for a different request" },
          422,
        );
      case "appended": {
        if (!r.replayed) {
          const rows = await readStream(db, stream);
          if (kind.type === "roles") roles.apply(stream, rows);
          else if (kind.type === "consent") projection.apply(stream, rows);
          await opts
            .onAppended?.(stream)
            .catch((e: unknown) => logger.warn({ err: String(e) }, "notify failed"));
          return c.json(r.body, 201);
        }
        c.header("Idempotent-Replayed", "true");
        return c.json(r.body, 200);
      }
    }
  }

  app.post("/streams/:id/events", need("events:append"), async (c) => {
    const stream = c.req.param("id") ?? "";
    if (!STREAM_ID.test(stream) || /\d{9}/.test(stream)) {
      return badRequest(c, [
        issue(
          "$.params.id",
          "invalid",
          "a stream id is 1–64 of A-Z a-z 0-9 . _ - and never a BSN (no run of 9 digits)",
          `string of ${stream.length} characters`,
        ),
      ]);
    }
    return appendTo(c, stream, consentStreams);
  });

  app.get("/streams/:id/events", need("admin"), async (c) => {
    const stream = c.req.param("id") ?? "";
    if (!STREAM_ID.test(stream))
      return badRequest(c, [issue("$.params.id", "invalid", "not a stream id", "string")]);
    const { type, rows } = await readTypedStream(db, stream);
    return c.json({ stream, type: type ?? null, version: rows.length, events: rows });
  });

  const organisationParam = (c: Context<Env>) => {
    const agb = decodeAgb(c.req.param("agb"));
    return agb.ok
      ? ({ ok: true, stream: roleStream(agb.value) } as const)
      : ({
          ok: false,
          response: badRequest(
            c,
            agb.issues.map((i) => ({ ...i, path: `$.params.agb${i.path.slice(1)}` })),
          ),
        } as const);
  };

  app.post("/organisations/:agb/role-events", need("events:append"), async (c) => {
    const org = organisationParam(c);
    return org.ok ? appendTo(c, org.stream, roleStreams) : org.response;
  });

  app.get("/organisations/:agb/role-events", need("admin"), async (c) => {
    const org = organisationParam(c);
    if (!org.ok) return org.response;
    const { type, rows } = await readTypedStream(db, org.stream);
    return c.json({ stream: org.stream, type: type ?? null, version: rows.length, events: rows });
  });

  app.post("/consent/decisions", need("decisions:read"), async (c) => {
    const body = await jsonBody(c);
    if (!body.ok) return body.response;
    const req = decodeRequest(body.value, mitzRules);
    if (!req.ok) return badRequest(c, req.issues, req.totalIssues);
    const d = decide(req.value, projection.profileFor(req.value.patient));
    logger.info({
      audit: "consent-decision",
      who: c.get("token")?.name,
      when: new Date().toISOString(),
      what: {
        custodian: req.value.custodian.ura,
        requester: req.value.requester.ura,
        dataCategory: req.value.dataCategory,
        purpose: req.value.purpose,
        at: formatInstant(req.value.at),
      },
      outcome: d.value,
      reason: d.reason,
      choice: d.choice?.id,
    });
    return c.json({
      decision: d.value,
      reason: d.reason,
      choice: d.choice?.id,
      conflict: d.conflict?.id,
      explanation: explainToText(d, "en"),
      because: d.because,
    });
  });

  app.post("/sla/deadlines", need("decisions:read"), async (c) => {
    const body = await jsonBody(c);
    if (!body.ok) return body.response;
    const inc = decodeIncident(body.value);
    if (!inc.ok) return badRequest(c, inc.issues, inc.totalIssues);
    const d = deadlines(inc.value, sla);
    return c.json({
      priority: d.value.priority,
      responseDue: formatDeadline(d.value.responseDue),
      resolutionDue: formatDeadline(d.value.resolutionDue),
      obligations: d.value.obligations,
      explanation: explainToText(d, "en"),
      because: d.because,
    });
  });

  app.post("/admin/tokens", need("admin"), async (c) => {
    const body = await jsonBody(c);
    if (!body.ok) return body.response;
    const b = body.value as { name?: unknown; scopes?: unknown };
    const issues: DecodeIssue[] = [];
    if (typeof b?.name !== "string" || !/^[\w .-]{1,64}$/.test(b.name))
      issues.push(issue("$.name", "invalid", "a name of 1–64 letters, digits, space . _ -", kindOf(b?.name)));
    if (
      !Array.isArray(b?.scopes) ||
      b.scopes.length === 0 ||
      !b.scopes.every((s) => (scopes as ReadonlyArray<unknown>).includes(s))
    )
      issues.push(
        issue("$.scopes", "invalid", `a non-empty list of ${scopes.join(", ")}`, kindOf(b?.scopes)),
      );
    if (issues.length > 0) return badRequest(c, issues);
    const token = await createToken(db, b.name as string, b.scopes as Scope[]);
    return c.json({ name: b.name, scopes: b.scopes, token }, 201);
  });

  const ctx: RouteContext = { need, jsonBody, badRequest, logger, appendTo };
  registerRoles(app, ctx, roles);
  registerComputations(app, ctx);
  registerConsent(app, ctx, db, projection);
  registerSla(app, ctx, db);
  registerBilling(app, ctx, db);
  registerRetention(app, ctx, db);
  registerContracts(app, ctx);

  app.notFound((c) => c.json({ error: "not-found" }, 404));
  app.onError((err, c) => {
    if (isUnavailable(err)) {
      logger.warn({ err: err.message }, "database unavailable");
      return c.json({ error: "database-unavailable" }, 503);
    }
    logger.error({ err: maskBsnRuns(err.message) }, "unhandled error");
    return c.json({ error: "internal" }, 500);
  });
  return app;
}
