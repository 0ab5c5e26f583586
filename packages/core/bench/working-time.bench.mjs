// Side-by-side benchmark: zorgkit's compiled working time vs moment-business-time 2.0 (+ moment-timezone).
//
//   pnpm --filter @zorgkit/core build && pnpm --filter @zorgkit/core bench
//   (or, from packages/core after a build: node bench/working-time.bench.mjs [--quick])
//
// Same calendar on both sides: Mon–Thu 09:00–17:00, Fri 09:00–15:30, Europe/Amsterdam, the MDO
// holiday set (national holidays, 5 May every year, no Good Friday) for 2024–2036. Same queries:
// start instants in 2025–2034 on whole minutes, additions of 1 minute … 20 working days
// (20 × 8 h), spans of 0 … 30 days. First both sides must agree on every answer of a sample;
// any disagreement is settled by a minute-by-minute arbiter (the reference rule of
// test/reference/working-time.ts) and reported. Then both are timed.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { fileURLToPath } from "node:url";

const dist = new URL("../dist/calendar.js", import.meta.url);
if (!existsSync(fileURLToPath(dist))) {
  console.error(
    "bench: build @zorgkit/core first (pnpm --filter @zorgkit/core build): dist/calendar.js is missing",
  );
  process.exit(1);
}
const zk = await import(dist.href);
// The layout is internal (ADR 0006 §5); the bench reads it by file only to report its size.
const { layoutOf } = await import(new URL("../dist/internal/calendar-layout.js", import.meta.url).href);
const require = createRequire(import.meta.url);
const moment = require("moment-timezone");
require("moment-business-time");

const quick = process.argv.includes("--quick");
const ZONE = "Europe/Amsterdam";
const MINUTE = 60_000;
const SAMPLE = quick ? 300 : 2_000; // per operation, for the agreement check
const PEER_TIMED = quick ? 200 : 1_500; // per operation, timed on the peer
const OURS_TIMED = 200_000; // per operation and round (5 rounds), timed on zorgkit

// ---------------------------------------------------------------------------------------------
// The calendar on both sides
const presets = await import(new URL("../dist/presets/index.js", import.meta.url).href);
const office = zk.compileCalendar(presets.mdoOfficeHours, { from: 2024, to: 2036 });
const holidayDates = [];
for (let y = 2024; y <= 2036; y++)
  for (const h of zk.holidaysOf(presets.mdoHolidays, y)) holidayDates.push(h.date);
moment.updateLocale("nl", {
  workinghours: {
    0: null,
    1: ["09:00:00", "17:00:00"],
    2: ["09:00:00", "17:00:00"],
    3: ["09:00:00", "17:00:00"],
    4: ["09:00:00", "17:00:00"],
    5: ["09:00:00", "15:30:00"],
    6: null,
  },
  holidays: [...new Set(holidayDates)],
});
moment.locale("nl");

const peerAdd = (a, minutes) => moment.tz(a, ZONE).clone().addWorkingTime(minutes, "minutes").valueOf();
const peerBetween = (a, b) => moment.tz(b, ZONE).workingDiff(moment.tz(a, ZONE), "minutes");
const oursAdd = (a, minutes) => zk.addWorkingTime(office, a, minutes * MINUTE);
const oursBetween = (a, b) => zk.workingTimeBetween(office, a, b) / MINUTE;

// ---------------------------------------------------------------------------------------------
// Queries (seeded, so every run asks the same questions)
let seed = 20260604;
const rand = () => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const fromMin = Date.UTC(2025, 0, 1) / MINUTE;
const toMin = Date.UTC(2034, 11, 1) / MINUTE;
function queries(n) {
  const a = new Float64Array(n);
  const d = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    a[i] = (fromMin + Math.floor(rand() * (toMin - fromMin))) * MINUTE;
    d[i] = 1 + Math.floor(rand() * 20 * 8 * 60); // up to 20 working days of 8 hours
    b[i] = a[i] + Math.floor(rand() * 30 * 1440) * MINUTE; // spans up to 30 days
  }
  return { a, d, b };
}

// ---------------------------------------------------------------------------------------------
// Arbiter: minute by minute, local time from dist/instant.js, the holiday list, the weekly hours.
// It checks the wall-clock time of each minute against the hours of its date; for this calendar
// (no opening boundary between 02:00 and 03:00) that is the rule of test/reference/working-time.ts.
const holidaySet = new Set(holidayDates);
const weekly = presets.mdoOfficeHours.weekly;
const keys = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
function arbiterOpen(t) {
  const d = zk.localDateOf(t, ZONE);
  if (holidaySet.has(d)) return false;
  const wall = t + zk.offsetAt(t, ZONE);
  const minute = Math.floor((wall - Math.floor(wall / 86_400_000) * 86_400_000) / MINUTE);
  return weekly[keys[zk.isoWeekday(d) - 1]].some((i) => i.start <= minute && minute < i.end);
}
function arbiterAdd(a, minutes) {
  let t = a;
  let left = minutes;
  while (left > 0) {
    if (arbiterOpen(t)) left--;
    t += MINUTE;
  }
  return t;
}
function arbiterBetween(a, b) {
  let n = 0;
  for (let t = a; t < b; t += MINUTE) if (arbiterOpen(t)) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
const fmt = (t) => zk.formatInstant(t, ZONE);
const nf = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const pct = (xs, p) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};

console.log(`working-time benchmark — ${new Date().toISOString()}`);
console.log(
  `node ${process.version}, ${os.cpus()[0]?.model ?? "?"} (${os.cpus().length} cores), ${os.platform()} ${os.arch()}`,
);
console.log(
  `load average ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")} (the numbers below are noisy when it is high)`,
);
console.log(
  `calendar: ${office.definition.name}, ${layoutOf(office).starts.length} open intervals 2024–2036\n`,
);

// 1. Agreement
const sample = queries(SAMPLE);
const disagreements = [];
let lastLog = performance.now();
for (let i = 0; i < SAMPLE; i++) {
  const a = sample.a[i];
  const d = sample.d[i];
  const b = sample.b[i];
  const oa = oursAdd(a, d);
  const pa = peerAdd(a, d);
  if (oa !== pa) {
    const truth = arbiterAdd(a, d);
    disagreements.push({
      op: "add",
      query: `${fmt(a)} + ${d} min`,
      zorgkit: fmt(oa),
      peer: fmt(pa),
      arbiter: fmt(truth),
    });
  }
  const ob = oursBetween(a, b);
  const pb = peerBetween(a, b);
  if (ob !== pb) {
    const truth = arbiterBetween(a, b);
    disagreements.push({
      op: "between",
      query: `${fmt(a)} → ${fmt(b)}`,
      zorgkit: ob,
      peer: pb,
      arbiter: truth,
    });
  }
  if (performance.now() - lastLog > 2000) {
    lastLog = performance.now();
    console.log(
      `  agreement check: ${i + 1}/${SAMPLE} query pairs, ${disagreements.length} disagreements so far`,
    );
  }
}
console.log(`1. agreement on ${SAMPLE} additions and ${SAMPLE} spans: ${disagreements.length} disagreements`);
for (const x of disagreements.slice(0, 20)) console.log("   ", JSON.stringify(x));
const ourWrong = disagreements.filter((x) => x.zorgkit !== x.arbiter).length;
const peerWrong = disagreements.filter((x) => x.peer !== x.arbiter).length;
if (disagreements.length > 0)
  console.log(`   arbiter: zorgkit wrong in ${ourWrong}, moment-business-time wrong in ${peerWrong}`);

// 2. Timing: the peer on a few thousand queries
function timePeer(label, n, fn) {
  const q = queries(n);
  const times = new Float64Array(n);
  let sink = 0;
  let last = performance.now();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    sink += fn(q, i);
    times[i] = performance.now() - s;
    if (performance.now() - last > 2000) {
      last = performance.now();
      console.log(`  ${label}: ${i + 1}/${n}`);
    }
  }
  const total = performance.now() - t0;
  return {
    opsPerSec: (n / total) * 1000,
    medianUs: pct(times, 0.5) * 1000,
    p99Us: pct(times, 0.99) * 1000,
    sink,
  };
}

// 3. Timing: zorgkit, 5 rounds over the same n queries in batches of 1 000; queries/s is the
// median round (the machine is shared), median/p99 per query are over all batch means.
function timeOurs(label, n, fn) {
  const q = queries(n);
  let sink = 0;
  for (let i = 0; i < 20_000; i++) sink += fn(q, i % n); // warm-up
  const batch = 1000;
  const perQuery = [];
  const rounds = [];
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    for (let start = 0; start < n; start += batch) {
      const s = performance.now();
      const end = Math.min(n, start + batch);
      for (let i = start; i < end; i++) sink += fn(q, i);
      perQuery.push(((performance.now() - s) / (end - start)) * 1000);
    }
    rounds.push((n / (performance.now() - t0)) * 1000);
  }
  void label;
  return { opsPerSec: pct(rounds, 0.5), medianUs: pct(perQuery, 0.5), p99Us: pct(perQuery, 0.99), sink };
}

const addQ = (q, i) => peerAdd(q.a[i], q.d[i]);
const betweenQ = (q, i) => peerBetween(q.a[i], q.b[i]);
console.log(`\n2. timing moment-business-time on ${PEER_TIMED} queries per operation …`);
const peerA = timePeer("moment addWorkingTime", PEER_TIMED, addQ);
const peerB = timePeer("moment workingDiff", PEER_TIMED, betweenQ);
console.log(`3. timing zorgkit on ${OURS_TIMED} queries per operation …`);
const oursA = timeOurs("addWorkingTime", OURS_TIMED, (q, i) => oursAdd(q.a[i], q.d[i]));
const oursB = timeOurs("workingTimeBetween", OURS_TIMED, (q, i) => oursBetween(q.a[i], q.b[i]));
const oursMixed = timeOurs("mixed", OURS_TIMED, (q, i) =>
  i & 1 ? oursAdd(q.a[i], q.d[i]) : oursBetween(q.a[i], q.b[i]),
);

// Working-day queries (no peer comparison: moment-business-time's day arithmetic is a day-by-day walk too).
const dayDates = Array.from({ length: 4096 }, () =>
  zk.localDateOf(Date.UTC(2025, 0, 1) + Math.floor(rand() * 3650) * 86_400_000, ZONE),
);
const dayN = Int32Array.from({ length: 4096 }, () => Math.floor(rand() * 41) - 20);
const oursDays = timeOurs(
  "addWorkingDays",
  OURS_TIMED,
  (_q, i) => zk.addWorkingDays(office, dayDates[i & 4095], dayN[i & 4095]).length,
);
const oursDaysBetween = timeOurs("workingDaysBetween", OURS_TIMED, (_q, i) =>
  zk.workingDaysBetween(office, dayDates[i & 4095], dayDates[(i + 1) & 4095]),
);
const oursIsWorkingDay = timeOurs("isWorkingDay", OURS_TIMED, (_q, i) =>
  zk.isWorkingDay(office, dayDates[i & 4095]) ? 1 : 0,
);

const row = (name, r) =>
  `| ${name} | ${nf.format(r.opsPerSec)} | ${r.medianUs.toFixed(r.medianUs < 10 ? 3 : 0)} µs | ${r.p99Us.toFixed(r.p99Us < 10 ? 3 : 0)} µs |`;
console.log("\n| operation | queries/s | median | p99 |\n| --- | ---: | ---: | ---: |");
console.log(row("zorgkit addWorkingTime", oursA));
console.log(row("zorgkit workingTimeBetween", oursB));
console.log(row("zorgkit mixed (half each)", oursMixed));
console.log(row("zorgkit addWorkingDays (±20)", oursDays));
console.log(row("zorgkit workingDaysBetween", oursDaysBetween));
console.log(row("zorgkit isWorkingDay", oursIsWorkingDay));
console.log(row("moment-business-time addWorkingTime", peerA));
console.log(row("moment-business-time workingDiff", peerB));
console.log(
  `\nratio: addWorkingTime ${nf.format(oursA.opsPerSec / peerA.opsPerSec)} ×, workingTimeBetween ${nf.format(oursB.opsPerSec / peerB.opsPerSec)} ×`,
);
const targetOk =
  oursMixed.opsPerSec >= 2_000_000 &&
  oursA.opsPerSec / peerA.opsPerSec >= 1000 &&
  oursB.opsPerSec / peerB.opsPerSec >= 1000;
console.log(`targets (≥ 2 000 000 queries/s, ≥ 1 000 × the peer): ${targetOk ? "met" : "NOT met"}`);
if (ourWrong > 0) {
  console.error("zorgkit disagreed with the arbiter: failing");
  process.exitCode = 1;
}
