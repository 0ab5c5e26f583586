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
//   bench script does): a compiled SLA (the first of the process, and each further one), and its
//   memo after the P3 queries.
//
// - Peers (issue #18): dayjs-business-time 1.0.4 (the stronger peer) and moment-business-time
//   2.0.0 (+ moment-timezone), the versions core's bench uses, loaded from @zorgkit/core's
//   devDependencies. The fair call for an SLA deadline in hours is an addition of working
//   minutes on the target's clock (PEERS.md: their "+1 day" is a working day, not 24 working
//   hours): P1 "24 uur" (support reading) = dayjs(t).addBusinessMinutes(1440) on the P1 support
//   hours, P2 "4 uur" = addBusinessMinutes(240) on office hours, elapsed time =
//   dayjs(a).businessMinutesDiff(dayjs(b)); "15 Werkdagen" (the close of office hours on the 15th
//   working day after the day the clock starts) = c = isBusinessTime() ? t : nextBusinessTime(),
//   then c.addBusinessDays(15), then lastBusinessTime() from the next local midnight. moment gets
//   the same (moment.tz(…, "Europe/Amsterdam"), addWorkingTime(n, "minutes"), workingDiff).
//   Every peer answer is compared with sla's before the peer is timed (distinct starts, a few
//   hundred per query: the peers walk day by day). dayjs-business-time works in local time: the
//   process runs with TZ=Europe/Amsterdam (set below, before the peers load).
// - Floors (physical limit): a plain loop doing only the dependent reads of each query over the
//   same compiled arrays — the start's bucket, its interval's prefix sum, the target's bucket in
//   the prefix-sum index, that interval's start and prefix sum (additions); both instants'
//   buckets and their intervals' start and prefix sum (elapsed); the start's bucket and interval
//   plus one read of the same memo Map (N Werkdagen, memo warm).
process.env.TZ = "Europe/Amsterdam";

import { createRequire } from "node:module";
import os from "node:os";
import { addWorkingTime, compileCalendar, holidaysOf, workingTimeBetween } from "@zorgkit/core";
import { mdoHolidays, mdoOfficeHours, mdoP1Support } from "@zorgkit/core/presets";
import { configurePeers as configurePeersOf, mulberry32 } from "../../core/bench/helpers.mjs";
import { compileSla, dueAt, elapsedWorkingTime, mdoSla2025, workingDayDeadline } from "../dist/index.js";

const coreRequire = createRequire(new URL("../../core/package.json", import.meta.url));
const { layoutOf } = await import(
  new URL("../../core/dist/internal/calendar-layout.js", import.meta.url).href
);

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
// Each further compile (the zone's offset table is cached by now): 8 held, the average.
const heldSlas = [];
for (let k = 0; k < 8; k++) heldSlas.push(compileSla(mdoSla2025, { years, hourClock: "support" }));
const m2 = mem();
const slaDefault = compileSla(mdoSla2025, { years });
const p1 = compileCalendar(mdoP1Support, years);
const office = compileCalendar(mdoOfficeHours, years);

// mulberry32, not the LCG `seed * 1103515245 + 12345 mod 2^31` of before: in doubles its product
// exceeds 2^53 and is rounded, so that generator fell into a short cycle (131 072 "distinct"
// starts were 9 073; 100 000 stress outages started in 11 243 minutes).
const rnd = mulberry32(20260604);
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
// 3. Peers and floors
const moment = coreRequire("moment-timezone");
coreRequire("moment-business-time");
const dayjs = coreRequire("dayjs");
dayjs.extend(coreRequire("dayjs-business-time"));
const ZONE = "Europe/Amsterdam";
const holidayDates = [];
for (let y = years.from - 1; y <= years.to + 1; y++)
  for (const h of holidaysOf(mdoHolidays, y)) holidayDates.push(h.date);
/** Both peers get the calendar's weekly hours and the same holiday dates (global configuration). */
const configurePeers = (cal) => configurePeersOf(moment, dayjs, cal, holidayDates);
const dayjsWorkingDays = (t, days) => {
  const d = dayjs(t);
  const c = d.isBusinessTime() ? d : d.nextBusinessTime();
  return c.addBusinessDays(days).add(1, "day").startOf("day").lastBusinessTime().valueOf();
};
const PEER_N = process.argv.includes("--quick") ? { dayjs: 30, moment: 10 } : { dayjs: 200, moment: 40 };
const queries = [
  {
    name: "P1 resolution, 24 h on the P1 support hours",
    calendar: mdoP1Support,
    ours: (a) => dueAt({ priority: "P1", target: "resolution", start: a }, sla),
    dayjs: (a) => dayjs(a).addBusinessMinutes(1440).valueOf(),
    moment: (a) => moment.tz(a, ZONE).addWorkingTime(1440, "minutes").valueOf(),
    oursLoop: mk("F({ priority: 'P1', target: 'resolution', start: S[i] }, sla)", {
      F: dueAt,
      sla,
      S: starts,
    }),
    floor: "add",
    cal: p1,
    span: false,
  },
  {
    name: "P2 response, 4 h on office hours",
    calendar: mdoOfficeHours,
    ours: (a) => dueAt({ priority: "P2", target: "response", start: a }, sla),
    dayjs: (a) => dayjs(a).addBusinessMinutes(240).valueOf(),
    moment: (a) => moment.tz(a, ZONE).addWorkingTime(240, "minutes").valueOf(),
    oursLoop: mk("F({ priority: 'P2', target: 'response', start: S[i] }, sla)", { F: dueAt, sla, S: starts }),
    floor: "add",
    cal: office,
    span: false,
  },
  {
    name: "P2 response elapsed, spans ≤ 30 days on office hours",
    calendar: mdoOfficeHours,
    ours: (a, b) => elapsedWorkingTime({ priority: "P2", target: "response", from: a, to: b }, sla) / 60_000,
    dayjs: (a, b) => dayjs(a).businessMinutesDiff(dayjs(b)),
    moment: (a, b) => moment.tz(b, ZONE).workingDiff(moment.tz(a, ZONE), "minutes"),
    oursLoop: mk("F({ priority: 'P2', target: 'response', from: S[i], to: E[i] }, sla)", {
      F: elapsedWorkingTime,
      sla,
      S: starts,
      E: ends,
    }),
    floor: "span",
    cal: office,
    span: true,
  },
  {
    name: "P3 resolution, 15 Werkdagen (memo warm)",
    calendar: mdoOfficeHours,
    ours: (a) => dueAt({ priority: "P3", target: "resolution", start: a }, fresh),
    dayjs: (a) => dayjsWorkingDays(a, 15),
    moment: undefined,
    oursLoop: p3,
    floor: "memo",
    cal: office,
    span: false,
  },
];
const floorLoop = (kind, cal) => {
  const L = layoutOf(cal);
  const head = ["S", "C", "SI", "CI", "rs", "k", "ck", "A", "B", "M", "n"];
  const body = {
    add: "const t = C[SI[((A[i] - rs) * k) | 0]] + H; const j = CI[(t * ck) | 0]; s += S[j] + (t - C[j]);",
    span: "const x = SI[((A[i] - rs) * k) | 0]; const y = SI[((B[i] - rs) * k) | 0]; s += C[y] - C[x] + S[y] - S[x];",
    memo: "s += S[SI[((A[i] - rs) * k) | 0]] + (M.get(Math.floor((A[i] + 3600000) / 86400000) * 4096 + 15) ?? 0);",
  }[kind];
  const H = kind === "add" ? (cal === p1 ? H24 : 4 * 3_600_000) : 0;
  const f = new Function(...head, "H", `let s = 0; for (let i = 0; i < n; i++) { ${body} } return s;`);
  return () =>
    f(
      L.starts,
      L.cum,
      L.startIndex,
      L.cumIndex,
      L.rangeStart,
      L.startScale,
      L.cumScale,
      starts,
      ends,
      fresh.workingDayDueMemo,
      N,
      H,
    );
};
const peerStarts = (n) =>
  Array.from({ length: n }, () => {
    const a = from + Math.floor((rnd() * span) / 60_000) * 60_000;
    return [a, a + Math.floor(rnd() * 30 * 1440) * 60_000];
  });
const shown = (x) => (typeof x === "number" && x > 1e11 ? new Date(x).toISOString() : String(x));
function timePeer(f, qs) {
  for (let i = 0; i < 3; i++) f(...qs[i]);
  let sink = 0;
  const c0 = cpuMs();
  for (const q of qs) sink += f(...q);
  return { ns: ((cpuMs() - c0) * 1e6) / qs.length, sink };
}
console.log(
  `\n3. peers and floors (agreement on every peer query first; dayjs ${PEER_N.dayjs}, moment ${PEER_N.moment} distinct starts per query; zorgkit and the floors ${N} distinct, ${ROUNDS} rounds):`,
);
console.log(
  "| query | zorgkit ns | floor ns | zorgkit ÷ floor | dayjs-business-time µs | dayjs ÷ zorgkit | moment-business-time µs | moment ÷ zorgkit |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
);
let peerWrong = 0;
for (const q of queries) {
  configurePeers(q.calendar);
  const agreement = [];
  const peerNs = {};
  for (const peer of ["dayjs", "moment"]) {
    if (q[peer] === undefined) continue;
    const qs = peerStarts(PEER_N[peer]);
    let wrong = 0;
    const examples = [];
    for (const [a, b] of qs) {
      const mine = q.ours(a, b);
      const theirs = q[peer](a, b);
      if (theirs !== mine) {
        wrong++;
        if (examples.length < 2)
          examples.push(
            `${shown(a)}${q.span ? ` → ${shown(b)}` : ""}: sla ${shown(mine)}, ${peer} ${shown(theirs)}`,
          );
      }
    }
    peerWrong += wrong;
    agreement.push(
      `${peer} ${qs.length - wrong}/${qs.length} equal${examples.length ? ` (e.g. ${examples.join("; ")})` : ""}`,
    );
    peerNs[peer] = wrong === 0 ? timePeer(q[peer], qs).ns : undefined;
  }
  const mine = time(q.oursLoop);
  const floor = time(floorLoop(q.floor, q.cal));
  const us = (x) => (x === undefined ? "—" : (x / 1000).toFixed(1));
  const ratio = (x) => (x === undefined ? "—" : `${Math.round(x / mine).toLocaleString("en-US")} ×`);
  console.log(
    `| ${q.name} | ${mine.toFixed(1)} | ${floor.toFixed(1)} | ${(mine / floor).toFixed(1)} × | ${us(peerNs.dayjs)} | ${ratio(peerNs.dayjs)} | ${us(peerNs.moment)} | ${ratio(peerNs.moment)} |`,
  );
  console.log(`  agreement: ${agreement.join("; ")}`);
}
if (peerWrong > 0)
  console.log(`  ${peerWrong} peer answers differ from sla's: those peers are not timed on that query`);

console.log(
  `\n4. memory (heap used + ArrayBuffers after gc${gc === undefined ? " — gc not exposed, run with --expose-gc: figures include garbage" : ""}): ` +
    `one compiled SLA ${kib(m1 - m0)} (the first of the process), ${kib((m2 - m1) / heldSlas.length)} each further one (average of ${heldSlas.length} held); its P3 memo after ${N} distinct starts ${kib(memo)}`,
);
console.log(
  `load average at end ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
);
