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
import { demoEvents, demoStream } from "./demo.js";
import { createProjection, type Projection } from "./projection.js";
import { append, readAll, readStream } from "./store.js";

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
  readonly logger: Logger;
  /** Whether demo data was seeded by this start (the database was empty). */
  readonly seeded: boolean;
  close(): Promise<void>;
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
    for (let i = 0; i < demo; i++) {
      const r = await append(db, demoStream(i), { expectedVersion: 0, events: demoEvents(i) }, undefined);
      if (r.kind !== "appended" && r.kind !== "conflict")
        throw new Error(`demo data did not decode: ${r.kind}`);
    }
    seeded = true;
  }

  const projection = createProjection();
  for (const [stream, rows] of await readAll(db)) projection.apply(stream, rows);

  let unlisten: (() => Promise<void>) | undefined;
  let onAppended: ((stream: string) => Promise<void>) | undefined;
  if (db.kind === "postgres") {
    // Other instances on the same database: their appends arrive as NOTIFY with the stream id.
    unlisten = await db.listen(NOTIFY_CHANNEL, (stream) => {
      const refresh =
        stream === "*"
          ? readAll(db).then((all) => {
              for (const [id, rows] of all) projection.apply(id, rows);
            })
          : readStream(db, stream).then((rows) => projection.apply(stream, rows));
      refresh.catch((e: unknown) => logger.warn({ err: String(e) }, "projection refresh failed"));
    });
    onAppended = async (stream) => {
      await db.query("select pg_notify($1, $2)", [NOTIFY_CHANNEL, stream]);
    };
  }

  const app = createApp({
    db,
    projection,
    logger,
    ...(opts.bodyLimit === undefined ? {} : { bodyLimit: opts.bodyLimit }),
    ...(onAppended === undefined ? {} : { onAppended }),
  });
  return {
    app,
    db,
    projection,
    logger,
    seeded,
    async close() {
      await unlisten?.();
      await db.close();
    },
  };
}
