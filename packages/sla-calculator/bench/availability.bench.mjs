// Monthly availability (issue #18: a realistic month next to the stress input, distinct inputs,
// memory). Run: `pnpm --filter @zorgkit/sla-calculator bench` (builds first; --expose-gc).
//
// - Realistic month: 256 distinct months of March 2026, each with 8–40 outages (log-uniform
//   1 minute to 4 hours; mostly supplier causes, some excluded causes, 2–4 maintenance outages with
//   a notice of 0–30 days), timed round-robin: CPU time per call.
// - Stress: 100 000 outages in one month (up to 90 s each, the cause mix of before, 12 500
//   maintenance outages whose notice is checked; spec §10: under 100 ms), 4 distinct inputs
//   alternated, 5 warm-up and 100 timed runs: median, p99 and max wall time, and CPU time per run.
// - Memory (process.memoryUsage: heap used + ArrayBuffers): the stress input after gc, and what
//   one call allocates (the growth during the call, no gc in between — garbage included).
// - Peer and floor (issue #18): no library answers this question, so the peer is plain JS
//   (bench/plain-availability.mjs: clip, round out to minutes, sort and merge; the notice check on
//   a per-day table of working days), and the floor a loop reading every field the computation
//   must read (start, end, cause, notice) and writing one figure per month. Agreement first: D, E
//   and the measured minutes of every timed month equal zorgkit's. Then the three sides are timed
//   in the same rounds, their order rotated: realistic, each round on its own freshly generated
//   256 months (distinct inputs); stress, the 4 inputs alternated. CPU time per call, the median.
import os from "node:os";
import { holidaysOf } from "@zorgkit/core";
import { mdoHolidays } from "@zorgkit/core/presets";
import { mulberry32 } from "../../core/bench/helpers.mjs";
import { availability, compileSla, mdoSla2025, monthInterval, yearMonth } from "../dist/index.js";
import { floorAvailability, officeDays, plainAvailability } from "./plain-availability.mjs";

const quick = process.argv.includes("--quick");
const sla = compileSla(mdoSla2025, { years: { from: 2025, to: 2027 } });
const month = yearMonth("2026-03");
const { start, end } = monthInterval(month);
const gc = globalThis.gc;
const heap = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const settled = () => {
  gc?.();
  gc?.();
  return heap();
};
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const mib = (b) => `${(b / 1048576).toFixed(1)} MiB`;

// mulberry32, not the LCG `seed * 1103515245 + 12345 mod 2^31` of before: in doubles its product
// exceeds 2^53 and is rounded, so that generator fell into a short cycle (131 072 "distinct"
// starts were 9 073; 100 000 stress outages started in 11 243 minutes).
const rnd = mulberry32(42);

console.log(
  `sla-calculator availability — ${new Date().toISOString()}, node ${process.version}, ${os.cpus()[0]?.model ?? "?"} (${os.cpus().length} logical cores)`,
);
console.log(
  `load average at start ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
);

// 1. Realistic months
const realisticCauses = [
  "supplier",
  "supplier",
  "supplier",
  "supplier",
  "subcontractor",
  "customer-ict",
  "force-majeure",
];
function realisticMonth(k) {
  const count = 8 + Math.floor(rnd() * 33);
  const outages = [];
  for (let j = 0; j < count; j++) {
    const minutes = Math.round(Math.exp(rnd() * Math.log(240)));
    const s = start + Math.floor(rnd() * (end - start - minutes * 60_000));
    const maintenance = j < 2 + (k % 3);
    const o = {
      id: `M${k}-${j}`,
      start: s,
      end: s + minutes * 60_000,
      cause: maintenance ? "maintenance" : realisticCauses[Math.floor(rnd() * realisticCauses.length)],
    };
    if (maintenance) o.announcedAt = s - Math.floor(rnd() * 30) * 86_400_000;
    outages.push(o);
  }
  return outages;
}
const months = Array.from({ length: 256 }, (_, k) => realisticMonth(k));
const outagesPerMonth = months.reduce((s, m) => s + m.length, 0) / months.length;
let sink = 0;
for (let r = 0; r < 3; r++)
  for (const outages of months) sink += availability({ month, outages }, sla).value.downtimeMinutes;
const perCall = [];
const realisticRounds = quick ? 5 : 21;
for (let r = 0; r < realisticRounds; r++) {
  const c0 = cpuMs();
  for (const outages of months) sink += availability({ month, outages }, sla).value.downtimeMinutes;
  perCall.push(((cpuMs() - c0) * 1000) / months.length);
}
perCall.sort((a, b) => a - b);
console.log(
  `1. realistic month (256 distinct months, ${outagesPerMonth.toFixed(1)} outages each on average): ` +
    `${perCall[Math.floor(perCall.length / 2)].toFixed(1)} µs CPU per call (median of ${realisticRounds} rounds; fastest ${perCall[0].toFixed(1)} µs)`,
);

// Peer and floor: agreement on every month, then the three sides in the same rounds.
const holidayDates = [];
for (let y = 2024; y <= 2028; y++) for (const h of holidaysOf(mdoHolidays, y)) holidayDates.push(h.date);
const days = officeDays(holidayDates, 2024, 2028);
const excludedCauses = new Set(mdoSla2025.availability.excludedCauses.value);
const noticeDays = mdoSla2025.maintenanceNotice.value.workingDays;
const plain = (outages) => plainAvailability(start, end, outages, excludedCauses, days, noticeDays);
function agree(sets) {
  let wrong = 0;
  let checked = 0;
  let example;
  for (const set of sets)
    for (const outages of set) {
      const z = availability({ month, outages }, sla).value;
      const p = plain(outages);
      checked++;
      if (
        z.downtimeMinutes !== p.downtime ||
        z.excludedMinutes !== p.excluded ||
        z.measuredMinutes !== p.measured
      ) {
        wrong++;
        example ??= `zorgkit D ${z.downtimeMinutes} E ${z.excludedMinutes}, plain D ${p.downtime} E ${p.excluded}`;
      }
    }
  return { wrong, checked, example };
}
const sides = [
  ["zorgkit", (outages) => availability({ month, outages }, sla).value.downtimeMinutes],
  ["plain JS", (outages) => plain(outages).downtime],
  ["floor", (outages) => floorAvailability(outages)],
];
/** Rounds over `sets` (round 0 warms up); per round every side runs over the round's set, order rotated. */
function compare(sets, calls) {
  const cpu = sides.map(() => []);
  for (let r = 0; r < sets.length; r++)
    for (let k = 0; k < sides.length; k++) {
      const i = (k + r) % sides.length;
      const run = sides[i][1];
      const c0 = cpuMs();
      for (const outages of sets[r]) sink += run(outages);
      if (r > 0) cpu[i].push(((cpuMs() - c0) * 1000) / calls);
    }
  return cpu.map((xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
}
const compareLine = (label, a, [z, p, f]) =>
  `${label}: ${a.checked - a.wrong}/${a.checked} months equal to plain JS (D, E, measured)${a.example ? ` — e.g. ${a.example}` : ""}; ` +
  (a.wrong > 0
    ? "not timed"
    : `CPU per call zorgkit ${z.toFixed(1)} µs, plain JS ${p.toFixed(1)} µs, floor ${f.toFixed(2)} µs; zorgkit ÷ plain JS ${(z / p).toFixed(1)} ×, zorgkit ÷ floor ${(z / f).toFixed(0)} ×`);
{
  const sets = Array.from({ length: realisticRounds + 1 }, (_, r) =>
    Array.from({ length: 256 }, (_, k) => realisticMonth(1000 * (r + 1) + k)),
  );
  const a = agree(sets);
  console.log(
    compareLine(
      `   peer and floor, realistic (${realisticRounds} rounds, each on its own 256 freshly generated months)`,
      a,
      a.wrong > 0 ? [] : compare(sets, 256),
    ),
  );
}

// 2. Stress
const N = 100_000;
const RUNS = quick ? 20 : 100;
const causes = [
  "supplier",
  "supplier",
  "supplier",
  "subcontractor",
  "customer-ict",
  "attack",
  "force-majeure",
  "maintenance",
];
const m0 = settled();
const inputs = Array.from({ length: 4 }, (_, v) =>
  Array.from({ length: N }, (_, k) => {
    const s = start - 3_600_000 + Math.floor(rnd() * (end - start + 7_200_000));
    const cause = causes[k % causes.length];
    const o = { id: `O${v}-${k}`, start: s, end: s + Math.floor(rnd() * 90_000), cause };
    if (cause === "maintenance") o.announcedAt = s - Math.floor(rnd() * 30) * 86_400_000;
    return o;
  }),
);
const inputBytes = (settled() - m0) / inputs.length;
const times = [];
const cpu = [];
let grown = 0;
let last;
for (let r = 0; r < RUNS + 5; r++) {
  const outages = inputs[r % inputs.length];
  const h0 = heap();
  const c0 = cpuMs();
  const t0 = performance.now();
  last = availability({ month, outages }, sla);
  const t1 = performance.now();
  const c1 = cpuMs();
  if (r >= 5) {
    times.push(t1 - t0);
    cpu.push(c1 - c0);
    grown = Math.max(grown, heap() - h0);
  }
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const q = (xs, p) => xs[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)];
console.log(
  `2. stress: ${N} outages in one month, ${RUNS} runs over 4 distinct inputs: wall median ${q(times, 0.5).toFixed(1)} ms, p99 ${q(times, 0.99).toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms; ` +
    `CPU median ${q(cpu, 0.5).toFixed(1)} ms, p99 ${q(cpu, 0.99).toFixed(1)} ms (target under 100 ms: wall p99 ${q(times, 0.99) < 100 ? "met" : "NOT met"}, CPU p99 ${q(cpu, 0.99) < 100 ? "met" : "NOT met"})`,
);
{
  const a = agree([inputs]);
  const rounds = quick ? 9 : 41;
  const sets = Array.from({ length: rounds }, (_, r) => [inputs[r % inputs.length]]);
  console.log(
    compareLine(
      `   peer and floor, stress (${rounds - 1} rounds over the 4 inputs)`,
      a,
      a.wrong > 0 ? [] : compare(sets, 1),
    ),
  );
}
console.log(
  `3. memory (heap used + ArrayBuffers${gc === undefined ? "; gc not exposed, run with --expose-gc" : ""}): one stress input ${mib(inputBytes)} (${Math.round(inputBytes / N)} B per outage); ` +
    `one call grows them by up to ${mib(grown)} (largest over the runs; garbage included)`,
);
console.log(
  `   last result: downtime ${last.value.downtimeMinutes} min, excluded ${last.value.excludedMinutes} min, ${last.value.percent} %`,
);
console.log(
  `load average at end ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")} (checksum ${sink % 997})`,
);
