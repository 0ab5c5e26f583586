/**
 * Append-only event streams with a per-stream version, and idempotent appends.
 *
 * An append names the version it expects the stream to be at. Inside one transaction it reads the
 * stream's current version, validates the new events against the whole stream (the package's own
 * decoders: a consent stream is one patient's event log), and inserts them at the next versions.
 * Two concurrent appends that both read version n both try to insert n+1; the primary key
 * `(stream_id, version)` lets exactly one commit and the other gets a conflict — never a lost write.
 *
 * Streams have a type (`consent`: one patient's consent events; `roles`: one organisation's role
 * events); the type decides the validation, and a stream never changes type.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { decodeRoleEvent, decodeRoleEventLog, mozaRoles } from "@zorgkit/authorization-roles";
import { decodeEvent, decodeEventLog, mitzRules } from "@zorgkit/consent";
import type { DecodeIssue, DecodeResult } from "@zorgkit/core";
import type { Db, Queryable } from "./db.js";

export interface AppendBody {
  readonly expectedVersion: number;
  readonly events: ReadonlyArray<unknown>;
}

export interface Appended {
  readonly stream: string;
  readonly fromVersion: number;
  readonly version: number;
  readonly appended: number;
}

export type AppendResult =
  | { readonly kind: "appended"; readonly body: Appended; readonly replayed: boolean }
  | { readonly kind: "conflict"; readonly expectedVersion: number; readonly currentVersion: number }
  | { readonly kind: "invalid"; readonly issues: ReadonlyArray<DecodeIssue>; readonly totalIssues: number }
  | { readonly kind: "key-reused" };

/** Postgres' unique_violation. */
const UNIQUE_VIOLATION = "23505";

function isUniqueViolation(e: unknown): e is { code: string; constraint?: string } {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === UNIQUE_VIOLATION;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function rebase(issues: ReadonlyArray<DecodeIssue>, map: (path: string) => string): DecodeIssue[] {
  return issues.map((i) => ({ ...i, path: map(i.path) }));
}

export type Validation =
  | { ok: true; events: ReadonlyArray<{ readonly _tag: string }> }
  | { ok: false; issues: DecodeIssue[]; totalIssues: number };

/** A kind of stream: its type name and how an append to it is validated. */
export interface StreamKind {
  readonly type: "consent" | "roles" | "sla" | "billing" | "retention";
  /** Validate `events` as the continuation of the stream `stream` whose stored payloads are `existing`. */
  validate(stream: string, existing: ReadonlyArray<unknown>, events: ReadonlyArray<unknown>): Validation;
}

/**
 * Decode each new event on its own (issues at `$.events[i]…`), then the whole log — stored events
 * and new ones together — so the log's own rules hold (unique ids, order, one subject).
 */
export function validateWith(
  existing: ReadonlyArray<unknown>,
  events: ReadonlyArray<unknown>,
  one: (e: unknown) => DecodeResult<{ readonly _tag: string }>,
  log: (all: ReadonlyArray<unknown>) => DecodeResult<ReadonlyArray<{ readonly _tag: string }>>,
): Validation {
  const issues: DecodeIssue[] = [];
  let total = 0;
  events.forEach((e, i) => {
    const r = one(e);
    if (!r.ok) {
      issues.push(...rebase(r.issues, (p) => p.replace(/^\$/, `$.events[${i}]`)));
      total += r.totalIssues;
    }
  });
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, 100), totalIssues: total };
  const all = log([...existing, ...events]);
  if (!all.ok) {
    const n = existing.length;
    return {
      ok: false,
      issues: rebase(all.issues, (p) =>
        p.replace(/^\$\[(\d+)\]/, (_, k: string) =>
          Number(k) >= n ? `$.events[${Number(k) - n}]` : `(stored event ${Number(k) + 1})`,
        ),
      ),
      totalIssues: all.totalIssues,
    };
  }
  return { ok: true, events: all.value.slice(existing.length) };
}

/** One patient's consent events (Mitz rules): one patient, unique ids, nothing before the profile. */
export const consentStreams: StreamKind = {
  type: "consent",
  validate: (_stream, existing, events) =>
    validateWith(
      existing,
      events,
      (e) => decodeEvent(e, mitzRules),
      (all) => decodeEventLog(all, mitzRules, { unknownKeys: "ignore" }),
    ),
};

/** The stream id of an organisation's role events. */
export const roleStream = (organisation: string): string => `org-${organisation}`;

/**
 * One organisation's role events (the MOZA portal rulebook, `mozaRoles`): each event names the
 * stream's organisation; the log starts with its registration (the package's log rules).
 */
export const roleStreams: StreamKind = {
  type: "roles",
  validate(stream, existing, events) {
    const issues: DecodeIssue[] = [];
    events.forEach((e, i) => {
      const org =
        typeof e === "object" && e !== null ? (e as { organisation?: unknown }).organisation : undefined;
      if (typeof org !== "string" || roleStream(org) !== stream)
        issues.push({
          path: `$.events[${i}].organisation`,
          code: "invalid",
          message:
            "an organisation's stream holds events of that organisation only (cooperation and service-wide events are not exposed here)",
          actual: typeof org === "string" ? `string of ${org.length} characters` : typeof org,
        } as DecodeIssue);
    });
    if (issues.length > 0) return { ok: false, issues, totalIssues: issues.length };
    return validateWith(
      existing,
      events,
      (e) => decodeRoleEvent(e, mozaRoles),
      (all) => decodeRoleEventLog(all, mozaRoles, { unknownKeys: "ignore" }),
    );
  },
};

/** Validate consent events as the continuation of a consent stream (kept for callers of the first version). */
export function validateAppend(existing: ReadonlyArray<unknown>, events: ReadonlyArray<unknown>): Validation {
  return consentStreams.validate("", existing, events);
}

export async function currentVersion(q: Queryable, stream: string): Promise<number> {
  const r = await q.query<{ v: number }>(
    "select coalesce(max(version), 0)::int as v from events where stream_id = $1",
    [stream],
  );
  return r.rows[0]?.v ?? 0;
}

export interface StoredEvent {
  readonly version: number;
  readonly payload: unknown;
}

export async function readStream(q: Queryable, stream: string): Promise<StoredEvent[]> {
  return (await readTypedStream(q, stream)).rows;
}

/** A stream's events and its type (`undefined` for a stream with no events). */
export async function readTypedStream(
  q: Queryable,
  stream: string,
): Promise<{ type: string | undefined; rows: StoredEvent[] }> {
  const r = await q.query<{ version: number; payload: unknown; stream_type: string }>(
    "select version, payload, stream_type from events where stream_id = $1 order by version",
    [stream],
  );
  return {
    type: r.rows[0]?.stream_type,
    rows: r.rows.map((x) => ({ version: x.version, payload: x.payload })),
  };
}

async function replay(db: Queryable, key: string, requestHash: string): Promise<AppendResult | undefined> {
  const r = await db.query<{ request_hash: string; response: Appended }>(
    "select request_hash, response from idempotency_keys where key = $1",
    [key],
  );
  const row = r.rows[0];
  if (row === undefined) return undefined;
  if (row.request_hash !== requestHash) return { kind: "key-reused" };
  return { kind: "appended", body: row.response, replayed: true };
}

/**
 * Append `body.events` to `stream` if it is at `body.expectedVersion`. With an idempotency key, a
 * repeated request returns the first result and records nothing; the same key with a different
 * request is refused.
 */
export async function append(
  db: Db,
  stream: string,
  body: AppendBody,
  idempotencyKey: string | undefined,
  kind: StreamKind = consentStreams,
): Promise<AppendResult> {
  const requestHash = sha256(JSON.stringify([kind.type, stream, body]));
  if (idempotencyKey !== undefined) {
    const first = await replay(db, idempotencyKey, requestHash);
    if (first !== undefined) return first;
  }
  try {
    return await db.transaction(async (tx): Promise<AppendResult> => {
      const { type, rows: stored } = await readTypedStream(tx, stream);
      if (type !== undefined && type !== kind.type)
        return {
          kind: "invalid",
          issues: [
            {
              path: "$.params.id",
              code: "invalid",
              message: `the stream holds ${type} events, not ${kind.type} events`,
              actual: "string",
            } as DecodeIssue,
          ],
          totalIssues: 1,
        };
      const current = stored.length === 0 ? 0 : (stored[stored.length - 1]?.version ?? 0);
      if (current !== body.expectedVersion) {
        // A retry that raced its own first attempt: the first one's result, not a conflict.
        if (idempotencyKey !== undefined) {
          const first = await replay(tx, idempotencyKey, requestHash);
          if (first !== undefined) return first;
        }
        return { kind: "conflict", expectedVersion: body.expectedVersion, currentVersion: current };
      }
      const valid = kind.validate(
        stream,
        stored.map((s) => s.payload),
        body.events,
      );
      if (!valid.ok) return { kind: "invalid", issues: valid.issues, totalIssues: valid.totalIssues };
      const versions = body.events.map((_, i) => current + i + 1);
      await tx.query(
        `insert into events (stream_id, version, event_type, payload, stream_type)
         select $1, v, t, p, $5 from unnest($2::int[], $3::text[], $4::jsonb[]) as x(v, t, p)`,
        [
          stream,
          versions,
          valid.events.map((e) => e._tag),
          body.events.map((e) => JSON.stringify(e)),
          kind.type,
        ],
      );
      const result: Appended = {
        stream,
        fromVersion: current + 1,
        version: current + body.events.length,
        appended: body.events.length,
      };
      if (idempotencyKey !== undefined) {
        await tx.query(
          "insert into idempotency_keys (key, stream_id, request_hash, response) values ($1, $2, $3, $4)",
          [idempotencyKey, stream, requestHash, JSON.stringify(result)],
        );
      }
      return { kind: "appended", body: result, replayed: false };
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    if (idempotencyKey !== undefined) {
      // The same request committed concurrently (on PostgreSQL the loser usually trips over the
      // events' primary key, not the key's): answer with its result.
      const first = await replay(db, idempotencyKey, requestHash);
      if (first !== undefined) return first;
    }
    // Another append took the version between our read and our insert.
    return {
      kind: "conflict",
      expectedVersion: body.expectedVersion,
      currentVersion: await currentVersion(db, stream),
    };
  }
}

/** Every stream of a type with its stored payloads, in version order (a projection's start). */
export async function readAll(
  db: Db,
  type: StreamKind["type"] = "consent",
): Promise<Map<string, StoredEvent[]>> {
  const r = await db.query<{ stream_id: string; version: number; payload: unknown }>(
    "select stream_id, version, payload from events where stream_type = $1 order by stream_id, version",
    [type],
  );
  const out = new Map<string, StoredEvent[]>();
  for (const row of r.rows) {
    let s = out.get(row.stream_id);
    if (s === undefined) {
      s = [];
      out.set(row.stream_id, s);
    }
    s.push({ version: row.version, payload: row.payload });
  }
  return out;
}
