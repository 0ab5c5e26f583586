/**
 * `npm start`: the service on PGlite (data in `.data/`, demo data on first start) or, with
 * `DATABASE_URL`, on PostgreSQL. Prints a fresh demo token with every scope. SIGINT/SIGTERM stop
 * accepting connections, let in-flight requests (appends) finish, then close the database.
 */
import { serve } from "@hono/node-server";
import { startService } from "./service.js";
import { createToken } from "./tokens.js";

const port = Number(process.env.PORT ?? 3000);
const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = process.env.DATA_DIR ?? ".data";
const demoPatients = Number(process.env.DEMO_PATIENTS ?? 3);

const service = await startService({
  databaseUrl,
  dataDir: databaseUrl === undefined ? dataDir : undefined,
  demoPatients,
});
const token = await createToken(service.db, `demo-${new Date().toISOString()}`, [
  "decisions:read",
  "events:append",
  "admin",
]);
const server = serve(
  { fetch: service.app.fetch, port, hostname: process.env.HOST ?? "127.0.0.1" },
  (info) => {
    const where = databaseUrl === undefined ? `PGlite in ${dataDir}/` : "PostgreSQL (DATABASE_URL)";
    console.log(`
zorgkit reference service on http://localhost:${info.port}/  (${where}, ${service.projection.size} consent streams${service.seeded ? ", demo data created" : ""})
Demo token (all scopes; shown once, stored hashed):

  export TOKEN=${token}

Try:  curl -s -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
        -d @examples/service/requests/decision.json http://localhost:${info.port}/consent/decisions
`);
  },
);

let stopping = false;
function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  service.logger.info({ signal }, "shutting down: finishing in-flight requests");
  const timer = setTimeout(() => process.exit(1), 10_000);
  server.close(async () => {
    await service.close();
    clearTimeout(timer);
    process.exit(0);
  });
  // Idle keep-alive sockets would hold close() open.
  (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
