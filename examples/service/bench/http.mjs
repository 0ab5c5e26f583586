// Bounded loopback benchmark of the reference service (issue #15). This process runs the service
// (PGlite in memory, or DATABASE_URL) with PATIENTS demo patients; the load generator (autocannon,
// bench/load.mjs) runs in a separate process. Measured in one run: consent decisions over HTTP
// (p50/p99, req/s), the same decisions through the package directly in this process (decode +
// decide on the same projection), and appends/s (a new stream of 3 events each) with 32 clients.
// Run: pnpm --filter @zorgkit/example-service bench   (PATIENTS=100000 SECONDS=10 CONNECTIONS=32)
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { decide, decodeRequest, mitzRules } from "@zorgkit/consent";
import pino from "pino";
import { demoRequest } from "../dist/demo.js";
import { startService } from "../dist/service.js";
import { createToken } from "../dist/tokens.js";

const patients = Number(process.env.PATIENTS ?? 100_000);
const seconds = Number(process.env.SECONDS ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 32);
const databaseUrl = process.env.DATABASE_URL || undefined;
const cpuSeconds = (u) => (u.user + u.system) / 1e6;
const round = (x, d = 0) => Number(x.toFixed(d));

const load0 = loadavg()[0];
let t = performance.now();
let c = process.cpuUsage();
const s = await startService({ databaseUrl, demoPatients: patients, logger: pino({ level: "silent" }) });
const startup = {
  seconds: (performance.now() - t) / 1000,
  cpu: cpuSeconds(process.cpuUsage(c)),
  seeded: s.seeded,
};
const rssMb = process.memoryUsage().rss / 2 ** 20;
console.log(
  `database ${s.db.kind}; ${s.projection.size} consent streams in the projection; start ${round(startup.seconds, 1)} s (${round(startup.cpu, 1)} CPU-s) ${startup.seeded ? `incl. seeding ${patients} patients` : "(demo data already there)"}; RSS ${round(rssMb)} MiB`,
);
if (s.projection.size < patients) throw new Error(`expected ≥ ${patients} streams`);

const token = await createToken(s.db, `bench-${Date.now()}`, ["decisions:read", "events:append"]);
const server = serve({ fetch: s.app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise((r) => server.once("listening", r));
const url = `http://127.0.0.1:${server.address().port}`;
// 4 096 requests over patients spread through the population.
const bodies = Array.from({ length: 4096 }, (_, k) => JSON.stringify(demoRequest((k * 7919) % patients)));
const bodiesFile = join(tmpdir(), `zk-bench-bodies-${process.pid}.json`);
writeFileSync(bodiesFile, JSON.stringify(bodies));

// Same answers first: HTTP and the package directly.
for (const b of bodies.slice(0, 50)) {
  const viaHttp = await (
    await fetch(`${url}/consent/decisions`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: b,
    })
  ).json();
  const req = decodeRequest(JSON.parse(b), mitzRules);
  const direct = decide(req.value, s.projection.profileFor(req.value.patient));
  if (viaHttp.decision !== direct.value || viaHttp.decision !== "Deny")
    throw new Error("HTTP and direct disagree");
}

/** Run the load generator in its own process while measuring this (the service's) CPU time. */
function load(mode, extra = {}) {
  const cfg = JSON.stringify({ url, token, mode, seconds, connections, bodiesFile, ...extra });
  return new Promise((resolve, reject) => {
    const c0 = process.cpuUsage();
    const child = spawn(process.execPath, [fileURLToPath(new URL("load.mjs", import.meta.url)), cfg], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`load generator exited ${code}`));
      resolve({
        ...JSON.parse(out.trim().split("\n").at(-1)),
        serverCpuSeconds: cpuSeconds(process.cpuUsage(c0)),
      });
    });
  });
}

const http = await load("decisions");

// The package directly, same requests, same projection (decoding included, as the handler does).
t = performance.now();
c = process.cpuUsage();
let ops = 0;
while (performance.now() - t < seconds * 1000) {
  for (const b of bodies) {
    const req = decodeRequest(JSON.parse(b), mitzRules);
    decide(req.value, s.projection.profileFor(req.value.patient));
  }
  ops += bodies.length;
}
const directSeconds = (performance.now() - t) / 1000;
const direct = { rps: ops / directSeconds, perCpu: ops / cpuSeconds(process.cpuUsage(c)) };

const appends = await load("appends", { from: patients + 1_000_000, run: Date.now().toString(36) });
const load1 = loadavg()[0];
server.close();
await s.close();

const perCpu = (r) => r.total / r.serverCpuSeconds;
console.log(
  `node ${process.version}; ${seconds} s per run; ${connections} connections; load generator in its own process`,
);
console.log(
  `decisions over HTTP: ${round(http.rps)} req/s, p50 ${http.p50} ms, p99 ${http.p99} ms, non-2xx ${http.non2xx}, errors ${http.errors}; ${round(perCpu(http))} per service CPU-s (load generator ${round(http.cpuSeconds, 1)} CPU-s)`,
);
console.log(
  `decisions in-process (decode + decide): ${round(direct.rps)} /s, ${round(direct.perCpu)} per CPU-s → HTTP costs ×${round(direct.rps / http.rps, 1)} wall, ×${round(direct.perCpu / perCpu(http), 1)} per CPU-s`,
);
console.log(
  `appends (new stream, 3 events each): ${round(appends.rps)} req/s, p50 ${appends.p50} ms, p99 ${appends.p99} ms, non-2xx ${appends.non2xx}, errors ${appends.errors}; ${round(perCpu(appends))} per service CPU-s`,
);
console.log(`load average (1 min) ${round(load0, 1)} → ${round(load1, 1)}`);
