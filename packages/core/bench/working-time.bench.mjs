// Working time, measured honestly (issue #18): zorgkit's compiled calendar against
// dayjs-business-time 1.0.4 (dayjs 1.11.23; the stronger peer) and moment-business-time 2.0.0
// (+ moment-timezone 0.6.6), per size bucket of the SLA mix, next to a physical-limit baseline.
//
//   pnpm --filter @zorgkit/core build && pnpm --filter @zorgkit/core bench
//   (the bench script runs this file with node --expose-gc, then bench/dayjs-tz-dst.mjs; from
//   packages/core after a build: node --expose-gc bench/working-time.bench.mjs [--quick])
//
// 1. Agreement, office calendar (Mon–Thu 09:00–17:00, Fri 09:00–15:30, Europe/Amsterdam, the MDO
//    holidays of 2024–2036 — zorgkit's mdoOfficeHours compiled for 2024–2036; each peer gets the
//    same weekly hours and holiday dates): every bucket, both operations, every answer compared;
//    disagreements are settled by the minute-stepping reference of @zorgkit/core/testing.
// 2. Agreement across DST: calendars open 01:00–05:00 and 00:00–24:00 every day (no holidays),
//    queries starting on the DST weekends of 2025–2034; every answer of every side is compared
//    with the minute-stepping reference, and each peer's wrong answers and throws are counted.
// 3. Timing per bucket. Additions add 1 h, 8 h, 24 h, 40 h (5 working days) and 160 h
//    (20 working days) of working time; spans (workingTimeBetween) are 1 h, 8 h, 24 h, 5 days and
//    28 days (20 working days) of calendar time. Every query is distinct: its own start instant
//    (a whole minute in 2025–2034, seeded). zorgkit: 131 072 queries per bucket and operation, each
//    loop its own compiled function (as in a caller), 7 rounds, CPU time (process.cpuUsage) per
//    query of the median round. Peers: a few hundred queries per bucket, CPU time per query over
//    all of them. Ratio = the peer's CPU time per query / zorgkit's.
// 4. Baselines over the same arrays (3 307 intervals): the loop reading its queries; two random
//    reads; the two dependent reads of an indexed lookup (bucket, then interval) without the
//    comparison; two whole-array binary searches, branchy (the algorithm before issue #18) and
//    branch-free; addWorkingTime's own chain of dependent reads (start bucket, prefix sum, target
//    bucket, start and prefix sum) without the comparisons.
// 6. Memory and compile time: a compiled calendar (2024–2036 and the default 1970–2100),
//    heapUsed + arrayBuffers after gc (process.memoryUsage; node --expose-gc), CPU time per
//    compile; the first compile of the process apart.
//
// dayjs-business-time works in the process's local time (dayjs objects are native Dates): the
// bench sets TZ=Europe/Amsterdam before loading it, which is how a service would use it. It is
// called the documented way: dayjs(t).addBusinessMinutes(n), dayjs(a).businessMinutesDiff(dayjs(b)).
process.env.TZ = "Europe/Amsterdam";

import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { fileURLToPath } from "node:url";
import {
  configurePeers as configurePeersOf,
  dailyCalendar,
  dstWeekendStart,
  mulberry32,
} from "./helpers.mjs";

const dist = new URL("../dist/calendar.js", import.meta.url);
if (!existsSync(fileURLToPath(dist))) {
  console.error(
    "bench: build @zorgkit/core first (pnpm --filter @zorgkit/core build): dist/calendar.js is missing",
  );
  process.exit(1);
}
const zk = await import(dist.href);
const presets = await import(new URL("../dist/presets/index.js", import.meta.url).href);
const testing = await import(new URL("../dist/testing.js", import.meta.url).href);
// The layout is internal (ADR 0006 §5); the bench reads it by file only for the baselines.
const { layoutOf } = await import(new URL("../dist/internal/calendar-layout.js", import.meta.url).href);
const require = createRequire(import.meta.url);
const moment = require("moment-timezone");
require("moment-business-time");
const dayjs = require("dayjs");
dayjs.extend(require("dayjs-business-time"));

const quick = process.argv.includes("--quick");
const ZONE = "Europe/Amsterdam";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const AGREE = quick ? 12 : 60; // per bucket and operation (office agreement)
const DST_SAMPLE = quick ? 60 : 300; // per calendar and operation
const OURS = quick ? 1 << 15 : 1 << 17; // distinct queries per bucket and operation
const ROUNDS = quick ? 3 : 7;
const PEER = { dayjs: quick ? 20 : 150, moment: quick ? 8 : 60 }; // timed queries per bucket and operation

const BUCKETS = [
  { name: "1 h", add: 60, span: 60 },
  { name: "8 h", add: 480, span: 480 },
  { name: "1 day", add: 1440, span: 1440 },
  { name: "5 days", add: 5 * 480, span: 5 * 1440 },
  { name: "20 working days", add: 20 * 480, span: 28 * 1440 },
];

// ---------------------------------------------------------------------------------------------
// Calendars
const firstCompile = process.cpuUsage();
const office = zk.compileCalendar(presets.mdoOfficeHours, { from: 2024, to: 2036 });
const firstCompileMs = ((u) => (u.user + u.system) / 1000)(process.cpuUsage(firstCompile));
const officeHolidays = [];
for (let y = 2024; y <= 2036; y++)
  for (const h of zk.holidaysOf(presets.mdoHolidays, y)) officeHolidays.push(h.date);
const dstCalendars = [dailyCalendar(60, 300, ZONE), dailyCalendar(0, 1440, ZONE)];

/** Configure both peers for a calendar's weekly hours (minutes) and holiday dates. */
const configurePeers = (cal, holidays) => configurePeersOf(moment, dayjs, cal, holidays);

const peers = {
  dayjs: {
    label: "dayjs-business-time",
    add: (a, minutes) => dayjs(a).addBusinessMinutes(minutes).valueOf(),
    between: (a, b) => dayjs(a).businessMinutesDiff(dayjs(b)),
  },
  moment: {
    label: "moment-business-time",
    add: (a, minutes) => moment.tz(a, ZONE).addWorkingTime(minutes, "minutes").valueOf(),
    between: (a, b) => moment.tz(b, ZONE).workingDiff(moment.tz(a, ZONE), "minutes"),
  },
};
const ours = (c) => ({
  add: (a, minutes) => zk.addWorkingTime(c, a, minutes * MINUTE),
  between: (a, b) => zk.workingTimeBetween(c, a, b) / MINUTE,
});
const arbiter = (cal) => ({
  add: (a, minutes) => testing.refAddWorkingTime(cal, a, minutes * MINUTE, 60 * 1440),
  between: (a, b) => testing.refWorkingTimeBetween(cal, a, b) / MINUTE,
});

// ---------------------------------------------------------------------------------------------
// Queries (seeded)
const rand = mulberry32(20260604);
const fromMin = Date.UTC(2025, 0, 1) / MINUTE;
const toMin = Date.UTC(2034, 11, 1) / MINUTE;
function starts(n) {
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = (fromMin + Math.floor(rand() * (toMin - fromMin))) * MINUTE;
  return a;
}
const dstStart = () => dstWeekendStart(rand, zk, ZONE);

// ---------------------------------------------------------------------------------------------
const fmt = (t) => (typeof t === "number" && t > 1e11 ? zk.formatInstant(t, ZONE) : String(t));
const nf = (x, digits = 0) =>
  x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
function tryCall(f) {
  try {
    return { value: f() };
  } catch (e) {
    return { error: e instanceof Error ? e.message.slice(0, 80) : String(e) };
  }
}

console.log(`working-time benchmark — ${new Date().toISOString()}${quick ? " (--quick)" : ""}`);
console.log(
  `node ${process.version}, ${os.cpus()[0]?.model ?? "?"} (${os.cpus().length} logical cores), ${os.platform()} ${os.arch()}`,
);
console.log(
  `load average at start ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
);
const L = layoutOf(office);
console.log(
  `office calendar: ${office.definition.name}, ${L.starts.length} open intervals 2024–2036, ` +
    `bucket indexes ${L.startIndex.length} + ${L.cumIndex.length} entries (one value per bucket: ${L.startSingle && L.cumSingle})\n`,
);

// 1. Agreement on the office calendar
configurePeers(presets.mdoOfficeHours, officeHolidays);
const officeArbiter = arbiter(presets.mdoOfficeHours);
let oursWrong = 0;
const officeTally = { dayjs: { wrong: 0, threw: 0, n: 0 }, moment: { wrong: 0, threw: 0, n: 0 } };
const examples = [];
for (const bucket of BUCKETS) {
  const a = starts(AGREE);
  for (let i = 0; i < AGREE; i++) {
    for (const op of ["add", "between"]) {
      const arg = op === "add" ? bucket.add : a[i] + bucket.span * MINUTE;
      const mine = ours(office)[op](a[i], arg);
      let truth;
      for (const p of ["dayjs", "moment"]) {
        const r = tryCall(() => peers[p][op](a[i], arg));
        officeTally[p].n++;
        if (r.error !== undefined) officeTally[p].threw++;
        if (r.value === mine) continue;
        truth ??= officeArbiter[op](a[i], arg);
        if (r.error === undefined && r.value !== truth) officeTally[p].wrong++;
        if (mine !== truth) oursWrong++;
        if (examples.length < 6)
          examples.push({
            calendar: "office",
            op,
            from: fmt(a[i]),
            arg: op === "add" ? `${arg} min` : fmt(arg),
            zorgkit: fmt(mine),
            peer: p,
            answer: r.error ?? fmt(r.value),
            arbiter: fmt(truth),
          });
      }
    }
  }
}
console.log(
  `1. agreement, office calendar (${AGREE} additions and ${AGREE} spans per bucket, ${BUCKETS.length} buckets):`,
);
for (const p of ["dayjs", "moment"])
  console.log(
    `   ${peers[p].label}: ${officeTally[p].wrong} wrong, ${officeTally[p].threw} threw, of ${officeTally[p].n}`,
  );

// 2. Agreement across DST
console.log(
  `\n2. agreement across DST (${DST_SAMPLE} additions and ${DST_SAMPLE} spans per calendar, starts on DST weekends 2025–2034; arbiter: minute-stepping reference):`,
);
const dstRows = [];
for (const cal of dstCalendars) {
  const compiled = zk.compileCalendar(cal, { from: 2024, to: 2036 });
  configurePeers(cal, []);
  const ref = arbiter(cal);
  const tally = { zorgkit: {}, dayjs: {}, moment: {} };
  for (const side of Object.keys(tally))
    for (const op of ["add", "between"]) tally[side][op] = { wrong: 0, threw: 0 };
  for (let i = 0; i < DST_SAMPLE; i++) {
    const a = dstStart();
    const args = {
      add: [60, 180, 480, 1440][i % 4],
      between: a + (1 + Math.floor(rand() * 3 * 1440)) * MINUTE,
    };
    for (const op of ["add", "between"]) {
      const truth = ref[op](a, args[op]);
      const sides = { zorgkit: ours(compiled)[op], dayjs: peers.dayjs[op], moment: peers.moment[op] };
      for (const [side, f] of Object.entries(sides)) {
        const r = tryCall(() => f(a, args[op]));
        if (r.error !== undefined) tally[side][op].threw++;
        else if (r.value !== truth) tally[side][op].wrong++;
        if (side === "zorgkit" && r.value !== truth) oursWrong++;
        if (
          (r.error !== undefined || r.value !== truth) &&
          examples.filter((x) => x.calendar === cal.name && x.peer === side).length < 2
        )
          examples.push({
            calendar: cal.name,
            op,
            from: fmt(a),
            arg: op === "add" ? `${args[op]} min` : fmt(args[op]),
            peer: side,
            answer: r.error ?? fmt(r.value),
            arbiter: fmt(truth),
          });
      }
    }
  }
  for (const side of Object.keys(tally)) {
    const t = tally[side];
    const line = `${cal.name}: ${side === "zorgkit" ? "zorgkit" : peers[side].label} — add: ${t.add.wrong} wrong, ${t.add.threw} threw; between: ${t.between.wrong} wrong, ${t.between.threw} threw (of ${DST_SAMPLE} each)`;
    dstRows.push(line);
    console.log(`   ${line}`);
  }
}
console.log("   examples:");
for (const x of examples) console.log("    ", JSON.stringify(x));

// 3. Timing per bucket
configurePeers(presets.mdoOfficeHours, officeHolidays);
const loopSrc = (call) => `let s = 0; for (let i = 0; i < n; i++) s += ${call}; return s;`;
/** A loop compiled on its own (new Function), so that its call site sees one callee, as in a caller. */
function oursLoop(op, a, arg) {
  const call = op === "add" ? "F(c, A[i], X)" : "F(c, A[i], A[i] + X)";
  const f = new Function("F", "c", "A", "X", "n", loopSrc(call));
  const F = op === "add" ? zk.addWorkingTime : zk.workingTimeBetween;
  return () => f(F, office, a, arg, a.length);
}
function timeLoop(run, n) {
  for (let w = 0; w < 3; w++) run(); // warm-up: optimised before the timed rounds
  const per = [];
  let sink = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = cpuMs();
    sink += run();
    per.push(((cpuMs() - c0) * 1e6) / n);
  }
  return { ns: median(per), min: Math.min(...per), sink };
}
function timePeer(f, a, arg, op) {
  const n = a.length;
  for (let i = 0; i < 5; i++) op === "add" ? f(a[i], arg) : f(a[i], a[i] + arg * MINUTE); // warm-up
  const wall = new Float64Array(n);
  let sink = 0;
  const c0 = cpuMs();
  for (let i = 0; i < n; i++) {
    const w = performance.now();
    sink += op === "add" ? f(a[i], arg) : f(a[i], a[i] + arg * MINUTE);
    wall[i] = performance.now() - w;
  }
  return { us: ((cpuMs() - c0) * 1000) / n, medianUs: median(wall) * 1000, sink };
}
console.log(
  `\n3. timing, office calendar: zorgkit ${OURS} distinct queries × ${ROUNDS} rounds; dayjs-business-time ${PEER.dayjs}, moment-business-time ${PEER.moment} distinct queries per bucket and operation`,
);
console.log(
  "| bucket | operation | zorgkit ns/query | dayjs-business-time µs/query | ratio | moment-business-time µs/query | ratio |",
);
console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
const minRatio = { add: Infinity, between: Infinity };
const oursNs = { add: [], between: [] };
for (const bucket of BUCKETS) {
  for (const op of ["add", "between"]) {
    const arg = op === "add" ? bucket.add : bucket.span;
    const a = starts(OURS);
    const mine = timeLoop(oursLoop(op, a, op === "add" ? arg * MINUTE : arg * MINUTE), OURS);
    oursNs[op].push(mine.ns);
    const pa = starts(PEER.dayjs);
    const pm = starts(PEER.moment);
    const d = timePeer(peers.dayjs[op], pa, arg, op);
    const m = timePeer(peers.moment[op], pm, arg, op);
    const rd = (d.us * 1000) / mine.ns;
    const rm = (m.us * 1000) / mine.ns;
    minRatio[op] = Math.min(minRatio[op], rd);
    const name =
      op === "add"
        ? `addWorkingTime + ${arg / 60} h`
        : `workingTimeBetween, span ${bucket.name === "20 working days" ? "28 days" : bucket.name}`;
    console.log(
      `| ${bucket.name} | ${name} | ${nf(mine.ns, 1)} | ${nf(d.us, 1)} | ${nf(rd)} × | ${nf(m.us, 1)} | ${nf(rm)} × |`,
    );
  }
}

// 4. Baselines over the same arrays
const { starts: S, cum: C, startIndex: SI, startScale } = L;
const n = S.length;
const NB = OURS;
const qa = starts(NB);
const qb = Float64Array.from(qa, (x) => x + Math.floor(rand() * 30 * 1440) * MINUTE);
const I = Int32Array.from({ length: NB }, () => Math.floor(rand() * n));
const J = Int32Array.from({ length: NB }, () => Math.floor(rand() * (n + 1)));
const rs = L.rangeStart;
const base = {
  "the loop reading its queries (two Float64Array reads per query)": new Function(
    "A",
    "B",
    "n",
    loopSrc("A[i] + B[i]"),
  ).bind(null, qa, qb, NB),
  "two random reads of the interval arrays (indexes precomputed)": new Function(
    "S",
    "C",
    "I",
    "J",
    "n",
    loopSrc("S[I[i]] + C[J[i]]"),
  ).bind(null, S, C, I, J, NB),
  "two indexed lookups without the comparison (bucket read, then interval read; × 2)": new Function(
    "S",
    "SI",
    "rs",
    "k",
    "A",
    "B",
    "n",
    loopSrc("S[SI[((A[i] - rs) * k) | 0]] + S[SI[((B[i] - rs) * k) | 0]]"),
  ).bind(null, S, SI, rs, startScale, qa, qb, NB),
  "two whole-array binary searches, branchy (before issue #18)": new Function(
    "S",
    "A",
    "B",
    "n",
    "N",
    `const ub = (x) => { let lo = 0, hi = N; while (lo < hi) { const mid = (lo + hi) >>> 1; if (S[mid] <= x) lo = mid + 1; else hi = mid; } return lo; };
     ${loopSrc("ub(A[i]) + ub(B[i])")}`,
  ).bind(null, S, qa, qb, NB, n),
  "two whole-array binary searches, branch-free": new Function(
    "S",
    "A",
    "B",
    "n",
    "N",
    `const ub = (x) => { let lo = 0, len = N; while (len > 1) { const half = len >>> 1; lo = S[lo + half - 1] <= x ? lo + half : lo; len -= half; } return len === 1 && S[lo] <= x ? lo + 1 : lo; };
     ${loopSrc("ub(A[i]) + ub(B[i])")}`,
  ).bind(null, S, qa, qb, NB, n),
};
const betweenLoop = new Function("F", "c", "A", "B", "n", loopSrc("F(c, A[i], B[i])")).bind(
  null,
  zk.workingTimeBetween,
  office,
  qa,
  qb,
  NB,
);
const addLoop = new Function("F", "c", "A", "n", loopSrc("F(c, A[i], (1 + (i & 8191)) * 60000)")).bind(
  null,
  zk.addWorkingTime,
  office,
  qa,
  NB,
);
// addWorkingTime's own floor: the dependent reads it must do — the start's bucket, then its
// interval's prefix sum, then the target's bucket in the prefix-sum index, then that interval's
// start and prefix sum — without the comparisons and range checks.
const { cum: CU, cumIndex: CI, cumScale } = L;
const addFloor = new Function(
  "S",
  "C",
  "SI",
  "CI",
  "rs",
  "k",
  "ck",
  "A",
  "n",
  `let s = 0; for (let i = 0; i < n; i++) { const t = C[SI[((A[i] - rs) * k) | 0]] + (1 + (i & 8191)) * 60000; const j = CI[(t * ck) | 0]; s += S[j] + (t - C[j]); } return s;`,
).bind(null, S, CU, SI, CI, rs, startScale, cumScale, qa, NB);
const mineB = timeLoop(betweenLoop, NB);
const mineA = timeLoop(addLoop, NB);
console.log(
  `\n4. physical-limit baselines (same arrays: ${n} starts, ${n + 1} prefix sums; ${NB} distinct queries, spans ≤ 30 days, additions ≤ 136 h):`,
);
console.log(
  "| loop | ns/query | zorgkit workingTimeBetween / this | zorgkit addWorkingTime / this |\n| --- | ---: | ---: | ---: |",
);
const baseRows = [
  ...Object.entries(base),
  [
    "addWorkingTime's dependent reads without the comparisons (start bucket → prefix sum → target bucket → start + prefix sum)",
    addFloor,
  ],
];
for (const [name, run] of baseRows) {
  const r = timeLoop(run, NB);
  console.log(`| ${name} | ${nf(r.ns, 1)} | ${nf(mineB.ns / r.ns, 1)} × | ${nf(mineA.ns / r.ns, 1)} × |`);
}
console.log(`| zorgkit workingTimeBetween (mixed spans) | ${nf(mineB.ns, 1)} | 1.0 × | — |`);
console.log(`| zorgkit addWorkingTime (mixed durations) | ${nf(mineA.ns, 1)} | — | 1.0 × |`);

// 5. The other calendar queries (no peer: both peers walk day by day for these too)
const dayDates = Array.from({ length: 1 << 14 }, () =>
  zk.localDateOf(Date.UTC(2025, 0, 1) + Math.floor(rand() * 3650) * DAY, ZONE),
);
const dayN = Int32Array.from({ length: 1 << 14 }, () => Math.floor(rand() * 41) - 20);
const others = {
  isOpen: new Function("F", "c", "A", "n", loopSrc("(F(c, A[i]) ? 1 : 0)")).bind(
    null,
    zk.isOpen,
    office,
    qa,
    NB,
  ),
  nextOpening: new Function("F", "c", "A", "n", loopSrc("F(c, A[i])")).bind(
    null,
    zk.nextOpening,
    office,
    qa,
    NB,
  ),
  "addWorkingDays (±20)": new Function(
    "F",
    "c",
    "D",
    "K",
    "n",
    loopSrc("F(c, D[i & 16383], K[i & 16383]).length"),
  ).bind(null, zk.addWorkingDays, office, dayDates, dayN, NB),
  workingDaysBetween: new Function(
    "F",
    "c",
    "D",
    "n",
    loopSrc("F(c, D[i & 16383], D[(i + 1) & 16383])"),
  ).bind(null, zk.workingDaysBetween, office, dayDates, NB),
  isWorkingDay: new Function("F", "c", "D", "n", loopSrc("(F(c, D[i & 16383]) ? 1 : 0)")).bind(
    null,
    zk.isWorkingDay,
    office,
    dayDates,
    NB,
  ),
  "offsetAt (Europe/Amsterdam)": new Function("F", "A", "Z", "n", loopSrc("F(A[i], Z)")).bind(
    null,
    zk.offsetAt,
    qa,
    ZONE,
    NB,
  ),
};
console.log("\n5. other queries, office calendar:\n| operation | ns/query |\n| --- | ---: |");
for (const [name, run] of Object.entries(others)) console.log(`| ${name} | ${nf(timeLoop(run, NB).ns, 1)} |`);

// 6. Memory: what a compiled calendar keeps alive (process.memoryUsage heapUsed + arrayBuffers
// after gc; the zone's offset table is already cached by then, so it is not in these figures).
const gc = globalThis.gc;
const settled = () => {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
};
const kib = (b) => `${nf(b / 1024, 1)} KiB`;
console.log(
  `\n6. memory of a compiled calendar (heapUsed + arrayBuffers after gc${gc === undefined ? " — gc not exposed, run with node --expose-gc: figures include garbage" : ""}; the zone's offset table cached before):`,
);
console.log(
  "| calendar | intervals | heapUsed | arrayBuffers | total | CPU ms per compile |\n| --- | ---: | ---: | ---: | ---: | ---: |",
);
for (const [label, years] of [
  ["mdoOfficeHours 2024–2036 (the bench's calendar)", { from: 2024, to: 2036 }],
  ["mdoOfficeHours 1970–2100 (the default range)", undefined],
]) {
  const held = [];
  const m0 = settled();
  const c0 = cpuMs();
  for (let k = 0; k < 8; k++) held.push(zk.compileCalendar(presets.mdoOfficeHours, years));
  const compileMs = (cpuMs() - c0) / held.length;
  const m1 = settled();
  const heap = (m1.heap - m0.heap) / held.length;
  const buffers = (m1.buffers - m0.buffers) / held.length;
  console.log(
    `| ${label} | ${layoutOf(held[0]).starts.length} | ${kib(heap)} | ${kib(buffers)} | ${kib(heap + buffers)} | ${nf(compileMs, 2)} |`,
  );
}

console.log(
  `first compile of the process (2024–2036, includes reading the zone's offset transitions from Intl): ${nf(firstCompileMs, 1)} ms CPU`,
);

const worst = (xs) => Math.max(...xs);
console.log(
  `\nload average at end ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
);
console.log(
  `targets: ≤ 100 ns per query (worst bucket: addWorkingTime ${nf(worst(oursNs.add), 1)} ns, workingTimeBetween ${nf(worst(oursNs.between), 1)} ns) — ${worst(oursNs.add) <= 100 && worst(oursNs.between) <= 100 ? "met" : "NOT met"}; ` +
    `≥ 1 000 × dayjs-business-time in every bucket (lowest: add ${nf(minRatio.add)} ×, between ${nf(minRatio.between)} ×) — ${minRatio.add >= 1000 && minRatio.between >= 1000 ? "met" : "NOT met"}`,
);
if (oursWrong > 0) {
  console.error(`zorgkit disagreed with the minute-stepping reference ${oursWrong} times: failing`);
  process.exitCode = 1;
}
