/**
 * `npm start`: the service on PGlite (data in `.data/`, demo data on first start) or, with
 * `DATABASE_URL`, on PostgreSQL. Prints a fresh demo token with every scope. SIGINT/SIGTERM stop
 * accepting connections, answer new requests with 503, let in-flight requests (appends) finish,
 * then close the database and exit 0.
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
/**
 * Graceful stop: from the signal on every new request is answered 503 (Connection: close), also
 * those already received but not yet started; requests in flight — appends — finish, commit and
 * are answered; then the database closes, the server stops and the process exits 0 (1 if
 * something was still running after 10 s).
 */
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  service.logger.info(
    { signal, inFlight: service.gate.inFlight },
    "shutting down: finishing in-flight requests",
  );
  const drained = await service.close(10_000).catch(() => false);
  const s = server as unknown as { closeAllConnections?: () => void };
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Answers being written get a moment (a 503 carries Connection: close), then the rest is closed.
  await Promise.race([closed, new Promise((r) => setTimeout(r, 1_000))]);
  s.closeAllConnections?.();
  service.logger.info({ drained }, "stopped");
  process.exit(drained ? 0 : 1);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
