/**
 * Append-only event streams with a per-stream version, and idempotent appends.
 *
 * An append names the version it expects the stream to be at. Inside one transaction it reads the
 * stream's current version, validates the new events against the whole stream (the package's own
 * decoders: a consent stream is one patient's event log), and inserts them at the next versions.
 * Two concurrent appends that both read version n both try to insert n+1; the primary key
 * `(stream_id, version)` lets exactly one commit and the other gets a conflict — never a lost write.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { type ConsentEvent, decodeEvent, decodeEventLog, mitzRules } from "@zorgkit/consent";
import type { DecodeIssue } from "@zorgkit/core";
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

/** Validate `events` as the continuation of the stream whose stored payloads are `existing`. */
export function validateAppend(
  existing: ReadonlyArray<unknown>,
  events: ReadonlyArray<unknown>,
):
  | { ok: true; events: ReadonlyArray<ConsentEvent> }
  | { ok: false; issues: DecodeIssue[]; totalIssues: number } {
  const issues: DecodeIssue[] = [];
  let total = 0;
  events.forEach((e, i) => {
    const r = decodeEvent(e, mitzRules);
    if (!r.ok) {
      issues.push(...rebase(r.issues, (p) => p.replace(/^\$/, `$.events[${i}]`)));
      total += r.totalIssues;
    }
  });
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, 100), totalIssues: total };
  // The stream's own rules (one patient, unique event ids, nothing before the profile's creation),
  // checked over the stored events and the new ones together.
  const log = decodeEventLog([...existing, ...events], mitzRules, { unknownKeys: "ignore" });
  if (!log.ok) {
    const n = existing.length;
    return {
      ok: false,
      issues: rebase(log.issues, (p) =>
        p.replace(/^\$\[(\d+)\]/, (_, k: string) =>
          Number(k) >= n ? `$.events[${Number(k) - n}]` : `(stored event ${Number(k) + 1})`,
        ),
      ),
      totalIssues: log.totalIssues,
    };
  }
  return { ok: true, events: log.value.slice(existing.length) };
}

export async function currentVersion(q: Queryable, stream: string): Promise<number> {
  const r = await q.query<{ v: number }>(
    "select coalesce(max(version), 0)::int as v from events where stream_id = $1",
    [stream],
  );
  return r.rows[0]?.v ?? 0;
}

export async function readStream(
  q: Queryable,
  stream: string,
): Promise<Array<{ version: number; payload: unknown }>> {
  const r = await q.query<{ version: number; payload: unknown }>(
    "select version, payload from events where stream_id = $1 order by version",
    [stream],
  );
  return r.rows;
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
): Promise<AppendResult> {
  const requestHash = sha256(JSON.stringify([stream, body]));
  if (idempotencyKey !== undefined) {
    const first = await replay(db, idempotencyKey, requestHash);
    if (first !== undefined) return first;
  }
  try {
    return await db.transaction(async (tx): Promise<AppendResult> => {
      const stored = await readStream(tx, stream);
      const current = stored.length === 0 ? 0 : (stored[stored.length - 1]?.version ?? 0);
      if (current !== body.expectedVersion) {
        // A retry that raced its own first attempt: the first one's result, not a conflict.
        if (idempotencyKey !== undefined) {
          const first = await replay(tx, idempotencyKey, requestHash);
          if (first !== undefined) return first;
        }
        return { kind: "conflict", expectedVersion: body.expectedVersion, currentVersion: current };
      }
      const valid = validateAppend(
        stored.map((s) => s.payload),
        body.events,
      );
      if (!valid.ok) return { kind: "invalid", issues: valid.issues, totalIssues: valid.totalIssues };
      const versions = body.events.map((_, i) => current + i + 1);
      await tx.query(
        `insert into events (stream_id, version, event_type, payload)
         select $1, v, t, p from unnest($2::int[], $3::text[], $4::jsonb[]) as x(v, t, p)`,
        [stream, versions, valid.events.map((e) => e._tag), body.events.map((e) => JSON.stringify(e))],
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

/** Every stream with its stored payloads, in version order (the projection's start). */
export async function readAll(db: Db): Promise<Map<string, Array<{ version: number; payload: unknown }>>> {
  const r = await db.query<{ stream_id: string; version: number; payload: unknown }>(
    "select stream_id, version, payload from events order by stream_id, version",
  );
  const out = new Map<string, Array<{ version: number; payload: unknown }>>();
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
