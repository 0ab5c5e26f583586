// Deadline and elapsed-time queries of @zorgkit/sla-calculator side by side with the raw
// compiled-calendar queries of @zorgkit/core, in one process, on calendars compiled for 10 years
// (2026–2035). Checks first that both sides give the same answers, then reports ops/s, median and
// p99 (per batch of 1 000 queries) and the ratio. Run: `pnpm bench` (builds first).
import { addWorkingTime, compileCalendar, workingTimeBetween } from "@zorgkit/core";
import { mdoOfficeHours, mdoP1Support } from "@zorgkit/core/presets";
import { Bench } from "tinybench";
import { compileSla, dueAt, elapsedWorkingTime, mdoSla2025, workingDayDeadline } from "../dist/index.js";

const BATCH = 1_000;
const years = { from: 2026, to: 2035 };
// The P1 resolution on the P1 support calendar (the `support` reading) keeps the comparison with
// core's addWorkingTime on mdoP1Support; the default reading runs it round the clock.
const sla = compileSla(mdoSla2025, { years, hourClock: "support" });
const p1 = compileCalendar(mdoP1Support, years);
const office = compileCalendar(mdoOfficeHours, years);

// Deterministic pseudo-random instants on whole minutes in 2026–2034 (answers stay in range).
let seed = 20260604;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const from = Date.UTC(2026, 0, 1);
const span = Date.UTC(2034, 11, 1) - from;
const starts = Array.from({ length: BATCH }, () => from + Math.floor((rnd() * span) / 60_000) * 60_000);
const ends = starts.map((s) => s + Math.floor(rnd() * 30 * 86_400_000));
const DAY_24H = 24 * 3_600_000;

// 1. Same answers.
for (let k = 0; k < BATCH; k++) {
  const s = starts[k];
  if (dueAt({ priority: "P1", target: "resolution", start: s }, sla) !== addWorkingTime(p1, s, DAY_24H))
    throw new Error(`P1 deadline differs at ${s}`);
  if (
    elapsedWorkingTime({ priority: "P2", target: "response", from: s, to: ends[k] }, sla) !==
    workingTimeBetween(office, s, ends[k])
  ) {
    throw new Error(`elapsed time differs at ${s}`);
  }
  if (
    dueAt({ priority: "P3", target: "resolution", start: s }, sla) !==
    workingDayDeadline({ start: s, days: 15 }, sla).due
  )
    throw new Error(`P3 deadline differs at ${s}`);
}

let sink = 0;
const bench = new Bench({ time: 1_500, warmupTime: 300 });
bench
  .add("core addWorkingTime (P1 calendar, 24 h)", () => {
    for (let k = 0; k < BATCH; k++) sink += addWorkingTime(p1, starts[k], DAY_24H);
  })
  .add("sla dueAt P1 resolution (24 h on P1 support)", () => {
    for (let k = 0; k < BATCH; k++)
      sink += dueAt({ priority: "P1", target: "resolution", start: starts[k] }, sla);
  })
  .add("core workingTimeBetween (office hours)", () => {
    for (let k = 0; k < BATCH; k++) sink += workingTimeBetween(office, starts[k], ends[k]);
  })
  .add("sla elapsedWorkingTime P2 response", () => {
    for (let k = 0; k < BATCH; k++)
      sink += elapsedWorkingTime({ priority: "P2", target: "response", from: starts[k], to: ends[k] }, sla);
  })
  .add("sla dueAt P3 resolution (15 working days)", () => {
    for (let k = 0; k < BATCH; k++)
      sink += dueAt({ priority: "P3", target: "resolution", start: starts[k] }, sla);
  });
await bench.run();

const rows = bench.tasks.map((t) => {
  const r = t.result;
  return {
    name: t.name,
    opsPerSec: Math.round(r.throughput.mean * BATCH),
    medianUsPerQuery: +((r.latency.p50 * 1000) / BATCH).toFixed(3),
    p99UsPerQuery: +((r.latency.p99 * 1000) / BATCH).toFixed(3),
  };
});
console.table(rows);
const ops = Object.fromEntries(rows.map((r) => [r.name, r.opsPerSec]));
const ratio = (a, b) => (ops[a] / ops[b]).toFixed(2);
console.log(
  `ratio sla dueAt P1 / core addWorkingTime: ${ratio("sla dueAt P1 resolution (24 h on P1 support)", "core addWorkingTime (P1 calendar, 24 h)")}`,
);
console.log(
  `ratio sla elapsedWorkingTime / core workingTimeBetween: ${ratio("sla elapsedWorkingTime P2 response", "core workingTimeBetween (office hours)")}`,
);
console.log(`(checksum ${sink % 997})`);
