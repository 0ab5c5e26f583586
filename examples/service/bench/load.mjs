// The load generator of the service benchmark, run as its own process (bench/http.mjs starts it):
// autocannon against the service on loopback, bounded in time; prints one JSON line.
// argv[2]: { url, token, mode: "decisions" | "appends", seconds, connections, bodiesFile?, from?, run? }
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { demoEvents } from "../dist/demo.js";

const cfg = JSON.parse(process.argv[2]);
const headers = { authorization: `Bearer ${cfg.token}`, "content-type": "application/json" };
let n = 0;
const requests =
  cfg.mode === "decisions"
    ? (() => {
        const bodies = JSON.parse(readFileSync(cfg.bodiesFile, "utf8"));
        return [
          {
            method: "POST",
            path: "/consent/decisions",
            setupRequest: (r) => ({ ...r, body: bodies[n++ % bodies.length] }),
          },
        ];
      })()
    : [
        {
          method: "POST",
          setupRequest: (r) => {
            const i = cfg.from + n++;
            return {
              ...r,
              path: `/streams/bench-${cfg.run}-${i}/events`,
              body: JSON.stringify({ expectedVersion: 0, events: demoEvents(i) }),
            };
          },
        },
      ];
const cpu0 = process.cpuUsage();
const r = await autocannon({
  url: cfg.url,
  connections: cfg.connections,
  duration: cfg.seconds,
  headers,
  requests,
});
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    rps: r.requests.average,
    total: r.requests.total,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    duration: r.duration,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  }),
);
