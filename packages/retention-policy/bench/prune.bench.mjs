// pruneBackups over 20 years of daily backups (7 300: a full every Sunday, a differential on the
// other days) under MDO-SLA §7.6, and the same backups through `restic forget --dry-run --json`
// side by side (restic 0.14, snapshots written by bench/restic-repo.mjs). First checks that the
// two agree where their semantics do (restic's selections, windows translated to restic's day
// counts), then times both. Run: `pnpm --filter @zorgkit/retention-policy bench`.
import { execFileSync } from "node:child_process";
import { fromEpochDay, localDateOf, periodAfter, toEpochDay, zonedInstant } from "@zorgkit/core";
import { mdoSlaBackupScheme, pruneBackups } from "../dist/index.js";
import { makeRepo } from "./restic-repo.mjs";

const DAYS = 7300;
const end = toEpochDay(localDateOf(Date.now())) - 2; // restic ignores snapshots after the real clock
const backups = [];
let base;
for (let k = 0; k < DAYS; k++) {
  const d = fromEpochDay(end - DAYS + 1 + k);
  if (new Date(`${d}T00:00:00Z`).getUTCDay() === 0 || base === undefined) {
    base = `f-${d}`;
    backups.push({ id: base, kind: "full", takenAt: zonedInstant(d, 120) });
  } else backups.push({ id: `d-${d}`, kind: "differential", base, takenAt: zonedInstant(d, 180) });
}
const at = backups.at(-1).takenAt;

function time(fn, runs) {
  const ms = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)], max: ms[ms.length - 1] };
}

const ours = time(() => pruneBackups(backups, mdoSlaBackupScheme, at), 200);
const kept = pruneBackups(backups, mdoSlaBackupScheme, at).value.keep.length;
console.log(
  `pruneBackups, ${backups.length} backups (MDO-SLA §7.6): median ${ours.median.toFixed(2)} ms, max ${ours.max.toFixed(2)} ms; kept ${kept}`,
);
if (ours.median >= 10) process.exitCode = 1;

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
