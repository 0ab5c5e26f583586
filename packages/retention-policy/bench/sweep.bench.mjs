// sweep over 1 000 000 records of 10 record classes (nine of VJZ and the NEN 7513 log), as columns
// (class codes, one Int32Array of epoch days per event, a held flag), side by side with the floor:
// a plain loop that only reads the same columns. Checks first that sweep agrees with evaluate on a
// sample, then reports records/s, median and p99 over repeated runs, and the ratio.
// Run: `pnpm --filter @zorgkit/retention-policy bench` (builds first). One core, briefly.
import { fromEpochDay, instant, toEpochDay } from "@zorgkit/core";
import { evaluate, mdoB1Retention, NO_DATE, sweep, vjzRetention } from "../dist/index.js";

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

let seed = 20260604;
const rnd = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const at = instant("2026-12-01T12:00:00+01:00");
const today = toEpochDay("2026-12-01");
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
  for (const e of cls.laterEvents) if (rnd(3) > 0) cols[e][i] = Math.min(today, start + rnd(400));
}
const columns = { id: ids, recordClass: { codes, names }, events: cols, held };

// 1. Same answers: sweep over columns vs evaluate per record on a sample.
const result = sweep(columns, policy, at).value;
const deleted = new Set(result.delete);
for (let i = 0; i < N; i += Math.ceil(N / 20_000)) {
  const cls = policy.classes[names[codes[i]]];
  const ev = {};
  for (const e of [...cls.requiredEvents, ...cls.laterEvents])
    if (cols[e][i] !== NO_DATE) ev[e] = fromEpochDay(cols[e][i]);
  const record = {
    id: ids[i],
    recordClass: names[codes[i]],
    events: ev,
    ...(held[i] ? { holds: ["h"] } : {}),
  };
  const s = evaluate(record, policy, at).value.status;
  if ((s === "must-delete") !== deleted.has(ids[i]))
    throw new Error(`sweep and evaluate differ on ${ids[i]}: ${s}`);
}

// 2. The floor: read the same columns (class, every event column of the class, held) and fold them.
const slotCols = names.map((c) =>
  [...policy.classes[c].requiredEvents, ...policy.classes[c].laterEvents].map((e) => cols[e]),
);
function floor() {
  let acc = 0;
  for (let i = 0; i < N; i++) {
    const cs = slotCols[codes[i]];
    for (let s = 0; s < cs.length; s++) acc = (acc + cs[s][i]) | 0;
    acc ^= held[i];
  }
  return acc;
}

function time(fn) {
  const ms = [];
  let sink = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const v = fn();
    ms.push(performance.now() - t0);
    sink ^= typeof v === "number" ? v : v.value.delete.length;
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)], p99: ms[ms.length - 1], sink };
}

const sw = time(() => sweep(columns, policy, at));
const fl = time(floor);
const fmt = (x) => x.toFixed(1);
console.log(
  `sweep, ${N} records, 10 classes, columns: median ${fmt(sw.median)} ms, max ${fmt(sw.p99)} ms, ${Math.round(N / (sw.median / 1000)).toLocaleString("en")} records/s`,
);
console.log(`floor (read the same columns): median ${fmt(fl.median)} ms, max ${fmt(fl.p99)} ms`);
console.log(
  `ratio sweep / floor: ${(sw.median / fl.median).toFixed(1)}×; must-delete ${result.delete.length}, conflict ${result.conflict.length}, incomplete ${result.incomplete.length}`,
);
if (sw.median >= 1000) {
  console.error("sweep over 1 000 000 records took ≥ 1 s");
  process.exitCode = 1;
}
