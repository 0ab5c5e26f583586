// pruneBackups over 20 years of daily backups (7 300: a full every Sunday, a differential on the
// other days) under MDO-SLA §7.6 — the stress input, a history never pruned — and the realistic
// one: the daily prune of a history that was pruned the day before (365 consecutive days, each
// its own input: yesterday's kept backups plus today's). Each beside the floor (a loop that reads
// every backup's fields and writes one flag per backup), in CPU time (`process.cpuUsage`), with
// memory (`process.memoryUsage()` heapUsed + arrayBuffers after gc()). Then the same 7 300 backups
// through `restic forget --dry-run --json` side by side (restic 0.14, snapshots written by
// bench/restic-repo.mjs): first checks that the two agree where their semantics do (restic's
// selections, windows translated to restic's day counts), then times both (wall time: restic is
// a child process). Run: `pnpm --filter @zorgkit/retention-policy bench`.
import { execFileSync } from "node:child_process";
import { fromEpochDay, localDateOf, periodAfter, toEpochDay, zonedInstant } from "@zorgkit/core";
import { mdoSlaBackupScheme, pruneBackups } from "../dist/index.js";
import { cpuMs, heapAndBuffers, load, median } from "./measure.mjs";
import { makeRepo } from "./restic-repo.mjs";

const DAYS = 7300;
const end = toEpochDay(localDateOf(Date.now())) - 2; // restic ignores snapshots after the real clock
/** 7 300 daily backups ending on epoch day `last`: a full every Sunday (and the first day), differentials between. */
function history(last) {
  const list = [];
  let base;
  for (let k = 0; k < DAYS; k++) {
    const d = fromEpochDay(last - DAYS + 1 + k);
    if (new Date(`${d}T00:00:00Z`).getUTCDay() === 0 || base === undefined) {
      base = `f-${d}`;
      list.push({ id: base, kind: "full", takenAt: zonedInstant(d, 120) });
    } else list.push({ id: `d-${d}`, kind: "differential", base, takenAt: zonedInstant(d, 180) });
  }
  return list;
}
const backups = history(end);
const at = backups.at(-1).takenAt;

function time(fn, runs) {
  const ms = [];
  const cpu = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn(r);
    ms.push(performance.now() - t0);
    cpu.push(cpuMs(process.cpuUsage(c0)));
  }
  return { median: median(ms), max: Math.max(...ms), cpu: median(cpu) };
}

/** Floor: read every backup's fields (id, kind, base, time) once and write one flag per backup. */
let flags = new Uint8Array(0);
function floor(list) {
  if (flags.length < list.length) flags = new Uint8Array(list.length);
  let acc = 0;
  for (let i = 0; i < list.length; i++) {
    const b = list[i];
    acc = (acc + b.takenAt + b.id.length + b.kind.length + (b.base === undefined ? 0 : b.base.length)) | 0;
    flags[i] = acc & 1;
  }
  return acc;
}

/**
 * pruneBackups and the floor interleaved, `passes` times over all `inputs` (each a distinct
 * query, in order); CPU time per backup of the median pass.
 */
function compare(inputs, ats, passes) {
  const n = inputs.reduce((s, x) => s + x.length, 0);
  const z = [];
  const f = [];
  let sink = 0;
  const a = () => {
    const c0 = process.cpuUsage();
    for (let k = 0; k < inputs.length; k++)
      sink ^= pruneBackups(inputs[k], mdoSlaBackupScheme, ats[k]).value.keep.length;
    z.push(cpuMs(process.cpuUsage(c0)) / n);
  };
  const b = () => {
    const c0 = process.cpuUsage();
    for (let k = 0; k < inputs.length; k++) sink ^= floor(inputs[k]);
    f.push(cpuMs(process.cpuUsage(c0)) / n);
  };
  for (let r = 0; r < passes; r++) {
    if (r % 2 === 0) {
      a();
      b();
    } else {
      b();
      a();
    }
  }
  return { prune: median(z), floor: median(f), perCall: (median(z) * n) / inputs.length, sink };
}

console.log(`Node ${process.version}, load average ${load()}`);

// The stress input: 20 histories of 7 300 backups never pruned, ending on 20 consecutive days
// (distinct queries), each pruned at its newest backup.
const stressInputs = Array.from({ length: 20 }, (_, k) => (k === 0 ? backups : history(end - k)));
const stressAts = stressInputs.map((list) => list.at(-1).takenAt);
const ours = time((r) => pruneBackups(stressInputs[r % 20], mdoSlaBackupScheme, stressAts[r % 20]), 200);
const kept = pruneBackups(backups, mdoSlaBackupScheme, at).value.keep.length;
compare(stressInputs, stressAts, 1); // warm-up
const stress = compare(stressInputs, stressAts, 9);
console.log(
  `pruneBackups, stress: ${backups.length} backups never pruned (MDO-SLA §7.6), 20 distinct histories: wall median ${ours.median.toFixed(2)} ms, max ${ours.max.toFixed(2)} ms; CPU median ${ours.cpu.toFixed(2)} ms; kept ${kept}`,
);
console.log(
  `  per backup (CPU, median of 9 passes over the 20): pruneBackups ${(stress.prune * 1e6).toFixed(0)} ns, floor ${(stress.floor * 1e6).toFixed(1)} ns; ratio pruneBackups / floor ${(stress.prune / stress.floor).toFixed(0)}×`,
);
if (ours.median >= 10) process.exitCode = 1;

// The realistic input: prune every day for a year, each day's input the backups kept the day
// before plus the new one (distinct queries). Agreement first: each day's kept set equals that of
// pruning the whole unpruned history at the same instant.
const DAILY = 365;
const full = [...backups];
let pruned = pruneBackups(backups, mdoSlaBackupScheme, at).value.keep.map((id) =>
  backups.find((b) => b.id === id),
);
let lastFull = [...backups].reverse().find((b) => b.kind === "full").id;
const daily = [];
const dailyAt = [];
let differ = 0;
for (let k = 1; k <= DAILY; k++) {
  const d = fromEpochDay(end + k);
  let b;
  if (new Date(`${d}T00:00:00Z`).getUTCDay() === 0) {
    lastFull = `f-${d}`;
    b = { id: lastFull, kind: "full", takenAt: zonedInstant(d, 120) };
  } else b = { id: `d-${d}`, kind: "differential", base: lastFull, takenAt: zonedInstant(d, 180) };
  full.push(b);
  const input = [...pruned, b];
  const res = pruneBackups(input, mdoSlaBackupScheme, b.takenAt).value;
  const once = new Set(pruneBackups(full, mdoSlaBackupScheme, b.takenAt).value.keep);
  if (res.keep.length !== once.size || res.keep.some((id) => !once.has(id))) differ++;
  daily.push(input);
  dailyAt.push(b.takenAt);
  const keep = new Set(res.keep);
  pruned = input.filter((x) => keep.has(x.id));
}
const sizes = daily.map((x) => x.length);
console.log(
  `pruneBackups, realistic: the daily prune of a pruned history, ${DAILY} days (${Math.min(...sizes)}–${Math.max(...sizes)} backups per call); ` +
    `kept set equal to pruning the whole history on ${DAILY - differ}/${DAILY} days`,
);
if (differ > 0) process.exitCode = 1;
compare(daily, dailyAt, 1); // warm-up
const real = compare(daily, dailyAt, 9);
console.log(
  `  per call (CPU, median of 9 passes over the ${DAILY} days): ${(real.perCall * 1000).toFixed(1)} µs; per backup: pruneBackups ${(real.prune * 1e6).toFixed(0)} ns, floor ${(real.floor * 1e6).toFixed(1)} ns; ratio pruneBackups / floor ${(real.prune / real.floor).toFixed(0)}×`,
);

// Memory: the 7 300 backup objects, and what one answer keeps alive.
{
  const m0 = heapAndBuffers();
  const copy = history(end - 1000); // fresh objects and strings
  const m1 = heapAndBuffers();
  const res = pruneBackups(copy, mdoSlaBackupScheme, at);
  const m2 = heapAndBuffers();
  console.log(
    `  memory (heap + arrayBuffers after gc): ${copy.length} backups ${((m1 - m0) / 1024).toFixed(0)} KiB (${((m1 - m0) / copy.length).toFixed(0)} B each); ` +
      `the answer (a decision per backup) holds ${((m2 - m1) / 1024).toFixed(0)} KiB (${((m2 - m1) / copy.length).toFixed(0)} B per backup)`,
  );
  void res.value.keep.length;
}

let hasRestic = true;
try {
  execFileSync("restic", ["version"]);
} catch {
  hasRestic = false;
}
if (!hasRestic) {
  console.log("restic not installed: skipped (apt-get install restic)");
} else {
  const tz = "Europe/Amsterdam";
  const cite = [{ source: "MDO-SLA", article: "7.6" }];
  const resticLike = {
    id: "restic-like",
    timeZone: tz,
    rules: [
      { id: "weekly-full", kind: "full", keep: "newest-per-week", for: { months: 2 }, citations: cite },
      {
        id: "daily-differential",
        kind: "differential",
        keep: "newest-per-day",
        for: { days: 14 },
        citations: cite,
      },
      { id: "yearly-full", kind: "full", keep: "newest-per-year", for: { years: 20 }, citations: cite },
    ],
  };
  const dayOf = (t) => toEpochDay(localDateOf(t, tz));
  const anchor = dayOf(at);
  const first = (length) => {
    let d = anchor;
    while (toEpochDay(periodAfter(fromEpochDay(d - 1), length).lastDay) >= anchor) d--;
    return d;
  };
  const newestOf = (kind) => dayOf(Math.max(...backups.filter((b) => b.kind === kind).map((b) => b.takenAt)));
  const n = (kind, length) => `${newestOf(kind) - first(length) + 1}d`;
  const fullOpts = [
    "--tag",
    "full",
    "--keep-within-weekly",
    n("full", { months: 2 }),
    "--keep-within-yearly",
    n("full", { years: 20 }),
  ];
  const diffOpts = ["--tag", "differential", "--keep-within-daily", n("differential", { days: 14 })];
  const repo = makeRepo("/tmp/zk-retention-restic-bench");
  const iso = (t) => {
    const local = localDateOf(t, tz);
    const off = (Date.parse(`${local}T00:00:00Z`) - zonedInstant(local, 0)) / 60000;
    return `${new Date(t + off * 60000).toISOString().slice(0, 19)}+0${off / 60}:00`;
  };
  repo.add(backups.map((b) => ({ time: iso(b.takenAt), tags: [b.kind, `id:${b.id}`] })));
  const theirs = new Set([...repo.forget(fullOpts), ...repo.forget(diffOpts)]);
  const mine = new Set(
    pruneBackups(backups, resticLike, at, { windowFrom: "newest-backup" })
      .value.decisions.filter((d) => d.keptBy.some((k) => !k.startsWith("base-of:") && k !== "newest"))
      .map((d) => d.id),
  );
  const differ =
    [...mine].filter((x) => !theirs.has(x)).length + [...theirs].filter((x) => !mine.has(x)).length;
  if (differ > 0) throw new Error(`restic and pruneBackups disagree on ${differ} backups`);
  const r = time(() => {
    repo.forget(fullOpts);
    repo.forget(diffOpts);
  }, 3);
  const restic1 = time(() => repo.forget(["--keep-within-daily", "14d"]), 3);
  const ourLike = time(() => pruneBackups(backups, resticLike, at, { windowFrom: "newest-backup" }), 200);
  console.log(
    `agreement: restic and pruneBackups keep the same ${mine.size} backups (restic-like selections, translated windows)`,
  );
  console.log(`pruneBackups (restic-like scheme): median ${ourLike.median.toFixed(2)} ms`);
  console.log(
    `restic forget --dry-run --json (two runs, full and differential): median ${r.median.toFixed(0)} ms (process start, key derivation, reading ${backups.length} snapshots)`,
  );
  console.log(`restic forget --dry-run --json, one run: median ${restic1.median.toFixed(0)} ms`);
  console.log(`ratio restic (two runs) / pruneBackups: ${(r.median / ourLike.median).toFixed(0)}×`);
}
