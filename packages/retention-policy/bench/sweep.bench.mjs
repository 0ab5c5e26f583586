// sweep over records of 10 record classes (nine of VJZ and the NEN 7513 log), as columns (class
// codes, one Int32Array of epoch days per event, a held flag), side by side with the floor: a
// plain loop that only reads the same columns. Two inputs (issue #18): the stress input, 1 000 000
// records of which ≈ 75 % are due (never swept before), and the realistic one, the table a nightly
// sweep meets — what is left of it after the previous sweep (few records newly due each night).
// Checks first that sweep agrees with evaluate on a sample, then times every run on its own day
// (the nights after: distinct queries, the same table, as a nightly job runs), in CPU time
// (`process.cpuUsage`), sweep and floor interleaved; reports the ratio from the same run and
// memory (`process.memoryUsage()` heapUsed + arrayBuffers after gc()).
// Run: `pnpm --filter @zorgkit/retention-policy bench` (builds first). One core, briefly.
import { fromEpochDay, instant, toEpochDay } from "@zorgkit/core";
import { evaluate, mdoB1Retention, NO_DATE, sweep, vjzRetention } from "../dist/index.js";
import { cpuMs, heapAndBuffers, load, median, bytes as size } from "./measure.mjs";

const N = Number(process.env.N ?? 1_000_000);
const RUNS = Number(process.env.RUNS ?? 9);
// VJZ's classes without the reference-index entry, and MDO-B1's NEN 7513 log: 10 classes
const { "reference-index-entry": _lsp, ...vjzClasses } = vjzRetention.classes;
const policy = {
  id: "bench",
  classes: { ...vjzClasses, "audit-log": mdoB1Retention.classes["audit-log"] },
  rules: [
    ...vjzRetention.rules.filter((r) => r.recordClass !== "reference-index-entry"),
    ...mdoB1Retention.rules.filter((r) => r.recordClass === "audit-log"),
  ],
};
const names = Object.keys(policy.classes);
if (names.length !== 10) throw new Error("expected 10 classes");
const events = [
  ...new Set(names.flatMap((c) => [...policy.classes[c].requiredEvents, ...policy.classes[c].laterEvents])),
];

// mulberry32 (seeded): the LCG used before (`seed % n` of a power-of-two modulus) tied a record's
// start day to its class, so that e.g. the ip-logs fell due in bursts
let seed = 20260604;
const rnd = (n) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
};
const at = instant("2026-12-01T12:00:00+01:00");
const atNight = (k) => at + k * 86_400_000; // the sweep k nights after 1 December 2026
const today = toEpochDay("2026-12-01");

// The stress input: 1 000 000 records, never swept (2 500 days of history: ≈ 75 % due).
const mem0 = heapAndBuffers();
const codes = new Uint8Array(N);
const held = new Uint8Array(N);
const ids = new Array(N);
const cols = Object.fromEntries(events.map((e) => [e, new Int32Array(N).fill(NO_DATE)]));
for (let i = 0; i < N; i++) {
  const c = rnd(10);
  codes[i] = c;
  ids[i] = `r${i}`;
  held[i] = rnd(1000) === 0 ? 1 : 0;
  const cls = policy.classes[names[c]];
  const start = today - rnd(2500);
  for (const e of cls.requiredEvents) cols[e][i] = start;
  // a later event in two thirds, up to 400 days after the start; one that would fall after today
  // has not happened yet (not clipped to today: that piled ≈ 14 % of the events on one day)
  for (const e of cls.laterEvents)
    if (rnd(3) > 0) {
      const d = start + rnd(400);
      if (d <= today) cols[e][i] = d;
    }
}
const stress = { id: ids, recordClass: { codes, names }, events: cols, held };
const stressBytes = heapAndBuffers() - mem0;

// 1. Same answers: sweep over columns vs evaluate per record on a sample. The first sweep of the
// process fills core's period-end memo on the way (timed: the cold run).
function agree(columns, when, sample) {
  const n = columns.id.length;
  const deleted = new Set(sweep(columns, policy, when).value.delete);
  let checked = 0;
  for (let i = 0; i < n; i += Math.max(1, Math.ceil(n / sample))) {
    const cls = policy.classes[names[columns.recordClass.codes[i]]];
    const ev = {};
    for (const e of [...cls.requiredEvents, ...cls.laterEvents])
      if (columns.events[e][i] !== NO_DATE) ev[e] = fromEpochDay(columns.events[e][i]);
    const record = {
      id: columns.id[i],
      recordClass: names[columns.recordClass.codes[i]],
      events: ev,
      ...(columns.held[i] ? { holds: ["h"] } : {}),
    };
    const s = evaluate(record, policy, when).value.status;
    if ((s === "must-delete") !== deleted.has(columns.id[i]))
      throw new Error(`sweep and evaluate differ on ${columns.id[i]}: ${s}`);
    checked++;
  }
  return checked;
}
const c0 = process.cpuUsage();
const t0 = performance.now();
const first = sweep(stress, policy, at).value;
const cold = { cpu: cpuMs(process.cpuUsage(c0)), wall: performance.now() - t0 };
const checkedStress = agree(stress, at, 20_000) + agree(stress, atNight(RUNS), 5_000);

// The realistic input: the table a nightly sweep meets — what the sweep of the night before left
// (its due records deleted), so a few records fall due each night. Night 1 sweeps what the sweep
// of 1 December left, night r what night r − 1 left: every night its own table.
function without(columns, deleted) {
  const gone = new Set(deleted);
  const keep = [];
  for (let i = 0; i < columns.id.length; i++) if (!gone.has(columns.id[i])) keep.push(i);
  return {
    id: keep.map((i) => columns.id[i]),
    recordClass: { codes: Uint8Array.from(keep, (i) => columns.recordClass.codes[i]), names },
    events: Object.fromEntries(events.map((e) => [e, Int32Array.from(keep, (i) => columns.events[e][i])])),
    held: Uint8Array.from(keep, (i) => columns.held[i]),
  };
}
const mem1 = heapAndBuffers();
const realistic = without(stress, first.delete);
const realisticBytes = heapAndBuffers() - mem1; // the ids are shared with the stress table
const M = realistic.id.length;
const nightly = [realistic];
for (let r = 1; r < RUNS; r++) {
  const prev = nightly[r - 1];
  nightly.push(without(prev, sweep(prev, policy, atNight(r)).value.delete));
}
const checkedRealistic =
  agree(realistic, atNight(1), 20_000) + agree(nightly[RUNS - 1], atNight(RUNS), 5_000);

// 2. The floor: read the same columns (class, every event column of the class, held) and fold them.
function floorOf(columns) {
  const slotCols = names.map((c) =>
    [...policy.classes[c].requiredEvents, ...policy.classes[c].laterEvents].map((e) => columns.events[e]),
  );
  const cc = columns.recordClass.codes;
  const hc = columns.held;
  const n = columns.id.length;
  return () => {
    let acc = 0;
    for (let i = 0; i < n; i++) {
      const cs = slotCols[cc[i]];
      for (let s = 0; s < cs.length; s++) acc = (acc + cs[s][i]) | 0;
      acc ^= hc[i];
    }
    return acc;
  };
}

/** Night r sweeps `tables[r − 1]` (RUNS nights), sweep and floor interleaved (order alternating); CPU and wall time per run. */
function time(tables) {
  const floors = tables.map(floorOf);
  floors[0]();
  const sw = { cpu: [], wall: [] };
  const fl = { cpu: [], wall: [] };
  let sink = 0;
  let due = 0;
  const one = (side, fn) => {
    const c = process.cpuUsage();
    const t = performance.now();
    const v = fn();
    side.wall.push(performance.now() - t);
    side.cpu.push(cpuMs(process.cpuUsage(c)));
    return v;
  };
  for (let r = 1; r <= RUNS; r++) {
    const doSweep = () => {
      const res = sweep(tables[r - 1], policy, atNight(r)).value;
      due += res.delete.length;
      return res.delete.length;
    };
    if (r % 2 === 0) {
      sink ^= one(sw, doSweep);
      sink ^= one(fl, floors[r - 1]);
    } else {
      sink ^= one(fl, floors[r - 1]);
      sink ^= one(sw, doSweep);
    }
  }
  const max = (xs) => Math.max(...xs);
  return {
    sweep: { cpu: median(sw.cpu), wall: median(sw.wall), wallMax: max(sw.wall) },
    floor: { cpu: median(fl.cpu), wall: median(fl.wall) },
    due: due / RUNS,
    sink,
  };
}

/** What a sweep's answer keeps alive, and heap + arrayBuffers right after one call (garbage included). */
function memoryOf(columns) {
  const before = heapAndBuffers();
  const res = sweep(columns, policy, atNight(1));
  const m = process.memoryUsage();
  const grown = m.heapUsed + m.arrayBuffers - before;
  const held = heapAndBuffers() - before;
  return {
    grown,
    held,
    ids: res.value.delete.length + res.value.conflict.length + res.value.incomplete.length,
  };
}

console.log(
  `Node ${process.version}, load average ${load()}; ${RUNS} nights per input, sweep and floor interleaved`,
);
const fmt = (x) => x.toFixed(1);
const perRec = (ms, n) => `${((ms * 1e6) / n).toFixed(1)} ns/record`;
const sizes = nightly.map((t) => t.id.length);
for (const [label, columns, tables, n, bytes, checked] of [
  [`stress: ${N} records, never swept`, stress, nightly.map(() => stress), N, stressBytes, checkedStress],
  [
    `realistic: ${Math.min(...sizes)}–${M} records, each night what the sweep of the night before left`,
    realistic,
    nightly,
    M,
    realisticBytes,
    checkedRealistic,
  ],
]) {
  const t = time(tables);
  const m = memoryOf(columns);
  console.log(
    `\nsweep, ${label} (10 classes, columns); agreement with evaluate on ${checked} sampled records`,
  );
  console.log(
    `  sweep: CPU median ${fmt(t.sweep.cpu)} ms (${perRec(t.sweep.cpu, n)}, ${Math.round(n / (t.sweep.cpu / 1000)).toLocaleString("en")} records per CPU-second); wall median ${fmt(t.sweep.wall)} ms, max ${fmt(t.sweep.wallMax)} ms; ${Math.round(t.due).toLocaleString("en")} due per night`,
  );
  console.log(
    `  floor (read the same columns): CPU median ${fmt(t.floor.cpu)} ms (${perRec(t.floor.cpu, n)}); wall median ${fmt(t.floor.wall)} ms`,
  );
  console.log(
    `  ratio sweep / floor per CPU-second: ${(t.sweep.cpu / t.floor.cpu).toFixed(1)}× (wall ${(t.sweep.wall / t.floor.wall).toFixed(1)}×)`,
  );
  console.log(
    `  memory (heap + arrayBuffers after gc): the columns ${size(bytes)} (${(bytes / n).toFixed(1)} B per record${columns === realistic ? ", ids shared with the stress table" : ""}); ` +
      `one sweep's answer holds ${size(m.held)} (${m.ids.toLocaleString("en")} ids listed); heap + arrayBuffers right after the call +${size(m.grown)} (garbage included)`,
  );
  if (columns === stress && t.sweep.wall >= 1000) {
    console.error("sweep over 1 000 000 records took ≥ 1 s");
    process.exitCode = 1;
  }
}
console.log(
  `\nfirst sweep of the process (stress input; core's period-end memo filled on the way): CPU ${fmt(cold.cpu)} ms, wall ${fmt(cold.wall)} ms; must-delete ${first.delete.length}, conflict ${first.conflict.length}, incomplete ${first.incomplete.length}`,
);
console.log(`load average at the end ${load()}`);
