// Deadline and elapsed-time queries of @zorgkit/sla-calculator next to the compiled-calendar
// queries of @zorgkit/core they rest on, in one process, on calendars compiled for 2026–2035
// (issue #18: distinct queries, memory). Run: `pnpm --filter @zorgkit/sla-calculator bench`.
//
// - Every query is distinct: 131 072 start instants (whole minutes in 2026–2034, seeded) per
//   operation, spans up to 30 days; no small working set replayed.
// - Every answer of the sla side is checked against core's first (all of them).
// - Each timed loop is its own compiled function (a call site with one callee, as in a caller);
//   7 rounds after a warm-up; CPU time (process.cpuUsage) per query of the median round.
// - "N Werkdagen" deadlines are memoised per (local day the clock starts, N) in the compiled SLA:
//   the first pass over 131 072 distinct starts (cold, a freshly compiled SLA) fills the memo, the
//   rounds after it read it.
// - Memory (process.memoryUsage: heap used + ArrayBuffers, after gc; run with --expose-gc, as the
//   bench script does): a compiled SLA, and its memo after the P3 queries.
import os from "node:os";
import { addWorkingTime, compileCalendar, workingTimeBetween } from "@zorgkit/core";
import { mdoOfficeHours, mdoP1Support } from "@zorgkit/core/presets";
import { compileSla, dueAt, elapsedWorkingTime, mdoSla2025, workingDayDeadline } from "../dist/index.js";

const N = process.argv.includes("--quick") ? 1 << 15 : 1 << 17;
const ROUNDS = 7;
const years = { from: 2026, to: 2035 };
const H24 = 24 * 3_600_000;

const gc = globalThis.gc;
const mem = () => {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const kib = (b) => `${(b / 1024).toFixed(0)} KiB`;

console.log(
  `sla-calculator deadlines — ${new Date().toISOString()}, node ${process.version}, ${os.cpus()[0]?.model ?? "?"} (${os.cpus().length} logical cores)`,
);
console.log(
  `load average at start ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
);

// Memory of a compiled SLA (three calendars for 10 years, resolved targets).
const m0 = mem();
const sla = compileSla(mdoSla2025, { years, hourClock: "support" });
const m1 = mem();
const slaDefault = compileSla(mdoSla2025, { years });
const p1 = compileCalendar(mdoP1Support, years);
const office = compileCalendar(mdoOfficeHours, years);

let seed = 20260604;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const from = Date.UTC(2026, 0, 1);
const span = Date.UTC(2034, 11, 1) - from;
const starts = new Float64Array(N);
const ends = new Float64Array(N);
for (let k = 0; k < N; k++) {
  starts[k] = from + Math.floor((rnd() * span) / 60_000) * 60_000;
  ends[k] = starts[k] + Math.floor(rnd() * 30 * 1440) * 60_000;
}

// 1. Same answers, all N.
for (let k = 0; k < N; k++) {
  const s = starts[k];
  if (dueAt({ priority: "P1", target: "resolution", start: s }, sla) !== addWorkingTime(p1, s, H24))
    throw new Error(`P1 deadline differs at ${s}`);
  if (
    elapsedWorkingTime({ priority: "P2", target: "response", from: s, to: ends[k] }, sla) !==
    workingTimeBetween(office, s, ends[k])
  )
    throw new Error(`elapsed time differs at ${s}`);
}
for (let k = 0; k < N; k += 64) {
  const s = starts[k];
  if (
    dueAt({ priority: "P3", target: "resolution", start: s }, sla) !==
    workingDayDeadline({ start: s, days: 15 }, sla).due
  )
    throw new Error(`P3 deadline differs at ${s}`);
}
console.log(
  `1. agreement: ${N} P1 deadlines and ${N} P2 elapsed times equal core's; ${N / 64} P3 deadlines equal workingDayDeadline's`,
);

// 2. Timing
const loop = (body, ...names) =>
  new Function(...names, "n", `let s = 0; for (let i = 0; i < n; i++) s += ${body}; return s;`);
function time(run) {
  for (let w = 0; w < 3; w++) run();
  const per = [];
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = cpuMs();
    run();
    per.push(((cpuMs() - c0) * 1e6) / N);
  }
  return median(per);
}
const mk = (body, args) => {
  const f = loop(body, ...Object.keys(args));
  const vals = Object.values(args);
  return () => f(...vals, N);
};
const tasks = [
  [
    "core addWorkingTime (P1 support calendar, 24 h)",
    mk("F(c, S[i], H)", { F: addWorkingTime, c: p1, S: starts, H: H24 }),
  ],
  [
    "sla dueAt P1 resolution (support reading)",
    mk("F({ priority: 'P1', target: 'resolution', start: S[i] }, sla)", { F: dueAt, sla, S: starts }),
  ],
  [
    "sla dueAt P1 resolution (default: 24 × 7)",
    mk("F({ priority: 'P1', target: 'resolution', start: S[i] }, sla)", {
      F: dueAt,
      sla: slaDefault,
      S: starts,
    }),
  ],
  [
    "core workingTimeBetween (office hours)",
    mk("F(c, S[i], E[i])", { F: workingTimeBetween, c: office, S: starts, E: ends }),
  ],
  [
    "sla elapsedWorkingTime P2 response",
    mk("F({ priority: 'P2', target: 'response', from: S[i], to: E[i] }, sla)", {
      F: elapsedWorkingTime,
      sla,
      S: starts,
      E: ends,
    }),
  ],
];
const rows = [];
for (const [name, run] of tasks) rows.push([name, time(run)]);

// P3: cold (fresh SLA, memo empty, one pass) and warm (the rounds after).
const fresh = compileSla(mdoSla2025, { years, hourClock: "support" });
const p3 = mk("F({ priority: 'P3', target: 'resolution', start: S[i] }, sla)", {
  F: dueAt,
  sla: fresh,
  S: starts,
});
const mBeforeMemo = mem();
const c0 = cpuMs();
p3();
const cold = ((cpuMs() - c0) * 1e6) / N;
const memo = mem() - mBeforeMemo;
rows.push(["sla dueAt P3 resolution (15 Werkdagen), first pass: memo filled", cold]);
rows.push(["sla dueAt P3 resolution (15 Werkdagen), memo warm", time(p3)]);

console.log(
  `\n2. timing (${N} distinct queries per operation, ${ROUNDS} rounds, CPU time per query of the median round):`,
);
console.log("| operation | ns/query | queries per CPU-second |\n| --- | ---: | ---: |");
for (const [name, ns] of rows)
  console.log(`| ${name} | ${ns.toFixed(1)} | ${Math.round(1e9 / ns).toLocaleString("en-US")} |`);
const ns = Object.fromEntries(rows);
console.log(
  `ratio sla / core (time per query): dueAt P1 (support) ${(ns["sla dueAt P1 resolution (support reading)"] / ns["core addWorkingTime (P1 support calendar, 24 h)"]).toFixed(2)} ×, ` +
    `elapsedWorkingTime ${(ns["sla elapsedWorkingTime P2 response"] / ns["core workingTimeBetween (office hours)"]).toFixed(2)} ×`,
);
console.log(
  `\n3. memory (heap used + ArrayBuffers after gc${gc === undefined ? " — gc not exposed, run with --expose-gc: figures include garbage" : ""}): ` +
    `one compiled SLA ${kib(m1 - m0)}; its P3 memo after ${N} distinct starts ${kib(memo)}`,
);
console.log(
  `load average at end ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
);
