/**
 * The one database seam: a tiny query interface that PGlite (embedded, a data folder) and a real
 * PostgreSQL (`pg` pool, `DATABASE_URL`) both implement, so the same SQL and migrations run on both.
 *
 * @module
 */
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: ReadonlyArray<unknown>): Promise<{ rows: R[] }>;
  /** Run a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** Run `fn` in one transaction (BEGIN … COMMIT, ROLLBACK on a throw). */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Receive NOTIFY payloads on a channel; returns an unsubscribe function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Embedded PostgreSQL; `dataDir` undefined keeps the database in memory (tests). */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  return {
    kind: "pglite",
    query: (sql, params) => db.query(sql, params as unknown[]) as never,
    exec: async (sql) => {
      await db.exec(sql);
    },
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          query: (s, p) => tx.query(s, p as unknown[]) as never,
          exec: async (s) => {
            await tx.exec(s);
          },
        }),
      ),
    listen: async (channel, onPayload) => {
      const unsub = await db.listen(channel, onPayload);
      return async () => unsub();
    },
    close: () => db.close(),
  };
}

/** A real PostgreSQL server through the `pg` driver's pool. */
export async function openPostgres(url: string, poolSize = 10): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its connection emits 'error' on the pool; without a listener that
  // would crash the process. The next query reconnects.
  pool.on("error", () => {});
  // A checked-out client whose connection drops emits 'error' too; the query in flight rejects
  // with it (→ 503), so the event itself needs no handler beyond not crashing the process.
  pool.on("connect", (client) => client.on("error", () => {}));
  const listeners: pg.Client[] = [];
  return {
    kind: "postgres",
    query: (sql, params) => pool.query(sql, params as unknown[]) as never,
    exec: async (sql) => {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const result = await fn({
          query: (s, p) => client.query(s, p as unknown[]) as never,
          exec: async (s) => {
            await client.query(s);
          },
        });
        await client.query("commit");
        return result;
      } catch (e) {
        await client.query("rollback").catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload) {
      // A dedicated connection; if it drops it reconnects and reports "*" (notifications may
      // have been missed: the listener should reload everything).
      let stopped = false;
      const connect = async (): Promise<void> => {
        const client = new pg.Client({ connectionString: url });
        const retry = () => {
          const i = listeners.indexOf(client);
          if (i >= 0) listeners.splice(i, 1);
          if (!stopped) setTimeout(() => void connect().then(() => onPayload("*"), retry), 500).unref();
        };
        client.on("error", () => {});
        client.on("end", retry);
        client.on("notification", (n) => {
          if (n.channel === channel && n.payload !== undefined) onPayload(n.payload);
        });
        await client.connect();
        listeners.push(client);
        await client.query(`listen ${pg.escapeIdentifier(channel)}`);
      };
      await connect();
      return async () => {
        stopped = true;
        await Promise.all(listeners.splice(0).map((c) => c.end().catch(() => {})));
      };
    },
    async close() {
      await Promise.all(listeners.splice(0).map((c) => c.end().catch(() => {})));
      await pool.end();
    },
  };
}

/** Apply the `migrations/*.sql` files not yet applied, each in its own transaction, in name order. */
export async function migrate(
  db: Db,
  files: ReadonlyArray<{ name: string; sql: string }>,
): Promise<string[]> {
  await db.query(
    "create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())",
  );
  const applied = new Set(
    (await db.query<{ name: string }>("select name from schema_migrations")).rows.map((r) => r.name),
  );
  const done: string[] = [];
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    if (applied.has(f.name)) continue;
    await db.transaction(async (tx) => {
      // Two instances starting at once: the advisory lock lets one migrate, the other then skips.
      await tx.query("select pg_advisory_xact_lock(15015)");
      const again = await tx.query("select 1 from schema_migrations where name = $1", [f.name]);
      if (again.rows.length > 0) return;
      await tx.exec(f.sql);
      await tx.query("insert into schema_migrations (name) values ($1)", [f.name]);
    });
    done.push(f.name);
  }
  return done;
}
