/**
 * Assemble a running service: open the database (PGlite in a folder by default, PostgreSQL with
 * `DATABASE_URL`), migrate, seed demo data into an empty database, load the projection, and
 * (PostgreSQL) LISTEN for other instances' appends.
 *
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pino, { type Logger } from "pino";
import { createApp } from "./app.js";
import { type Db, migrate, openPglite, openPostgres } from "./db.js";
import { demoEvents, demoOrganisation, demoRoleEvents, demoStream } from "./demo.js";
import { createGate, type Gate } from "./gate.js";
import {
  createProjection,
  createRoleProjection,
  type Projection,
  type RoleProjection,
} from "./projection.js";
import {
  consentStreams,
  readAll,
  readTypedStream,
  roleStream,
  roleStreams,
  type StreamKind,
} from "./store.js";

const migrationsDir = fileURLToPath(new URL("../migrations/", import.meta.url));

export function migrationFiles(): Array<{ name: string; sql: string }> {
  return readdirSync(migrationsDir)
    .filter((f) => f.endsWith(".sql"))
    .map((name) => ({ name, sql: readFileSync(migrationsDir + name, "utf8") }));
}

export interface ServiceOptions {
  /** PostgreSQL URL; undefined: PGlite. */
  readonly databaseUrl?: string | undefined;
  /** PGlite data folder; undefined: in memory. */
  readonly dataDir?: string | undefined;
  /** Seed this many demo patients into an empty database (0: none). */
  readonly demoPatients?: number;
  readonly logger?: Logger;
  readonly bodyLimit?: number;
}

export interface Service {
  readonly app: ReturnType<typeof createApp>;
  readonly db: Db;
  readonly projection: Projection;
  readonly roles: RoleProjection;
  readonly logger: Logger;
  readonly gate: Gate;
  /** Whether demo data was seeded by this start (the database was empty). */
  readonly seeded: boolean;
  /**
   * Graceful stop: new requests get 503, requests in flight (appends) finish and are answered,
   * then the listener and the database close. Resolves `false` if in-flight requests were still
   * running after `timeoutMs` (the database is closed anyway).
   */
  close(timeoutMs?: number): Promise<boolean>;
}

/**
 * Insert demo streams in batches, each validated as an append would be (the same decoders); on a
 * shared database a concurrent seeder's rows are left as they are.
 */
export async function seedStreams(
  db: Db,
  streams: ReadonlyArray<{ stream: string; events: ReadonlyArray<unknown> }>,
  kind: StreamKind,
  batch = 2000,
): Promise<void> {
  for (let from = 0; from < streams.length; from += batch) {
    const ids: string[] = [];
    const versions: number[] = [];
    const types: string[] = [];
    const payloads: string[] = [];
    for (const { stream, events } of streams.slice(from, from + batch)) {
      const v = kind.validate(stream, [], events);
      if (!v.ok) throw new Error(`demo data did not decode: ${v.issues[0]?.path} ${v.issues[0]?.code}`);
      v.events.forEach((e, k) => {
        ids.push(stream);
        versions.push(k + 1);
        types.push(e._tag);
        payloads.push(JSON.stringify(events[k]));
      });
    }
    await db.query(
      `insert into events (stream_id, version, event_type, payload, stream_type)
       select s, v, t, p, $5 from unnest($1::text[], $2::int[], $3::text[], $4::jsonb[]) as x(s, v, t, p)
       on conflict do nothing`,
      [ids, versions, types, payloads, kind.type],
    );
  }
}

export const NOTIFY_CHANNEL = "zorgkit_events";

export async function startService(opts: ServiceOptions = {}): Promise<Service> {
  const logger = opts.logger ?? pino({ level: process.env.LOG_LEVEL ?? "info" });
  const db =
    opts.databaseUrl === undefined ? await openPglite(opts.dataDir) : await openPostgres(opts.databaseUrl);
  await migrate(db, migrationFiles());

  let seeded = false;
  const demo = opts.demoPatients ?? 0;
  // Demo data is created once: when its first stream is absent (a shared database may already
  // hold other streams, e.g. another instance's or a test's).
  if (
    demo > 0 &&
    (await db.query("select 1 from events where stream_id = $1 limit 1", [demoStream(0)])).rows.length === 0
  ) {
    await seedStreams(
      db,
      Array.from({ length: demo }, (_, i) => ({ stream: demoStream(i), events: demoEvents(i) })),
      consentStreams,
    );
    await seedStreams(db, [{ stream: roleStream(demoOrganisation), events: demoRoleEvents() }], roleStreams);
    seeded = true;
  }

  const projection = createProjection();
  for (const [stream, rows] of await readAll(db, "consent")) projection.apply(stream, rows);
  const roles = createRoleProjection();
  for (const [stream, rows] of await readAll(db, "roles")) roles.apply(stream, rows);
  const refresh = async (stream: string) => {
    const { type, rows } = await readTypedStream(db, stream);
    if (type === "roles") roles.apply(stream, rows);
    else if (type === "consent") projection.apply(stream, rows);
  };

  let unlisten: (() => Promise<void>) | undefined;
  let onAppended: ((stream: string) => Promise<void>) | undefined;
  if (db.kind === "postgres") {
    // Other instances on the same database: their appends arrive as NOTIFY with the stream id.
    unlisten = await db.listen(NOTIFY_CHANNEL, (stream) => {
      const done =
        stream === "*"
          ? Promise.all([readAll(db, "consent"), readAll(db, "roles")]).then(([c, r]) => {
              for (const [id, rows] of c) projection.apply(id, rows);
              for (const [id, rows] of r) roles.apply(id, rows);
            })
          : refresh(stream);
      done.catch((e: unknown) => logger.warn({ err: String(e) }, "projection refresh failed"));
    });
    onAppended = async (stream) => {
      await db.query("select pg_notify($1, $2)", [NOTIFY_CHANNEL, stream]);
    };
  }

  const gate = createGate();
  const app = createApp({
    db,
    projection,
    roles,
    gate,
    logger,
    ...(opts.bodyLimit === undefined ? {} : { bodyLimit: opts.bodyLimit }),
    ...(onAppended === undefined ? {} : { onAppended }),
  });
  return {
    app,
    db,
    projection,
    roles,
    logger,
    gate,
    seeded,
    async close(timeoutMs = 10_000) {
      const drained = await gate.close(timeoutMs);
      await unlisten?.();
      await db.close();
      return drained;
    },
  };
}
