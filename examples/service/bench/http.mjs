// Bounded loopback benchmark (issue #15): consent decisions over HTTP vs the package directly, in
// one process, and appends/s with 32 connections. PGlite in memory, or DATABASE_URL.
// Run: pnpm --filter @zorgkit/example-service bench   (PATIENTS=100000 SECONDS=5)
import { serve } from "@hono/node-server";
import { decide, decodeRequest, mitzRules } from "@zorgkit/consent";
import autocannon from "autocannon";
import pino from "pino";
import { demoEvents, demoRequest, demoStream } from "../dist/demo.js";
import { startService } from "../dist/service.js";
import { readAll } from "../dist/store.js";
import { createToken } from "../dist/tokens.js";

const patients = Number(process.env.PATIENTS ?? 100_000);
const seconds = Number(process.env.SECONDS ?? 5);
const databaseUrl = process.env.DATABASE_URL || undefined;
const s = await startService({ databaseUrl, logger: pino({ level: "silent" }) });
let t = performance.now();
// Seed in bulk (the demo events are the ones the append path validates in the tests).
for (let from = 0; from < patients; from += 2000) {
  const ids = [],
    vs = [],
    types = [],
    payloads = [];
  for (let i = from; i < Math.min(patients, from + 2000); i++)
    demoEvents(i).forEach((e, k) => {
      ids.push(`bench-${demoStream(i)}`);
      vs.push(k + 1);
      types.push(e._tag);
      payloads.push(JSON.stringify(e));
    });
  await s.db.query(
    "insert into events (stream_id, version, event_type, payload) select * from unnest($1::text[], $2::int[], $3::text[], $4::jsonb[]) on conflict do nothing",
    [ids, vs, types, payloads],
  );
}
for (const [id, rows] of await readAll(s.db)) s.projection.apply(id, rows);
console.log(
  `seeded ${patients} patients, projection of ${s.projection.size} streams in ${((performance.now() - t) / 1000).toFixed(1)} s`,
);
const token = await createToken(s.db, "bench", ["decisions:read", "events:append"]);
const server = serve({ fetch: s.app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise((r) => server.once("listening", r));
const url = `http://127.0.0.1:${server.address().port}`;
const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
const bodies = Array.from({ length: 1000 }, (_, k) => JSON.stringify(demoRequest((k * 7919) % patients)));

// Same answers first: HTTP and the package directly.
for (const b of bodies.slice(0, 20)) {
  const viaHttp = await (
    await fetch(`${url}/consent/decisions`, { method: "POST", headers, body: b })
  ).json();
  const req = decodeRequest(JSON.parse(b), mitzRules);
  const direct = decide(req.value, s.projection.profileFor(req.value.patient));
  if (viaHttp.decision !== direct.value || viaHttp.decision !== "Deny")
    throw new Error("HTTP and direct disagree");
}

let n = 0;
const decisions = await autocannon({
  url: `${url}/consent/decisions`,
  connections: 32,
  duration: seconds,
  method: "POST",
  headers,
  requests: [{ setupRequest: (r) => ({ ...r, body: bodies[n++ % bodies.length] }) }],
});
// The package directly, same requests (decoding included, as the handler does).
t = performance.now();
let ops = 0;
while (performance.now() - t < seconds * 1000) {
  for (let k = 0; k < 1000; k++) {
    const req = decodeRequest(JSON.parse(bodies[k]), mitzRules);
    decide(req.value, s.projection.profileFor(req.value.patient));
  }
  ops += 1000;
}
const directRate = ops / ((performance.now() - t) / 1000);
let m = 0;
const appends = await autocannon({
  url,
  connections: 32,
  duration: seconds,
  method: "POST",
  headers,
  requests: [
    {
      setupRequest: (r) => {
        const i = patients + m++;
        return {
          ...r,
          path: `/streams/bench-new-${i}/events`,
          body: JSON.stringify({ expectedVersion: 0, events: demoEvents(i) }),
        };
      },
    },
  ],
});
const lat = (r) => `p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`;
console.log(
  `database: ${s.db.kind}; ${patients} patients; ${seconds} s per run; 32 connections; node ${process.version}`,
);
console.log(
  `decisions over HTTP: ${Math.round(decisions.requests.average)} req/s, ${lat(decisions)}, non-2xx ${decisions.non2xx}, errors ${decisions.errors}`,
);
console.log(
  `decisions in-process (decode + decide): ${Math.round(directRate)} /s → HTTP costs ×${(directRate / decisions.requests.average).toFixed(1)}`,
);
console.log(
  `appends (new stream, 3 events each): ${Math.round(appends.requests.average)} req/s, ${lat(appends)}, non-2xx ${appends.non2xx}, errors ${appends.errors}`,
);
server.close();
await s.close();
