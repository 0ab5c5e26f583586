/**
 * Differential test of `pruneBackups` against a real restic (`apt-get install restic`; run with
 * `pnpm --filter @zorgkit/retention-policy test:restic`). Snapshots are written at chosen times
 * (bench/restic-repo.mjs) and `restic forget --dry-run --json` is run with the matching
 * `--keep-within-*` options, per kind (`--tag full`, `--tag differential`).
 *
 * Where the semantics agree the kept sets must be equal: newest per day / ISO week / year in
 * Europe/Amsterdam, windows translated to restic's day counts. The documented differences are
 * tested apart: calendar windows (core's month rule, day granularity, counted from `at`) against
 * restic's `AddDate` cut-off from the newest snapshot; dependencies of differentials; time zone.
 */
import { execFileSync } from "node:child_process";
import {
  addDays,
  date,
  fromEpochDay,
  type Instant,
  type LocalDate,
  localDateOf,
  periodAfter,
  toEpochDay,
  zonedInstant,
} from "@zorgkit/core";
import { beforeAll, describe, expect, test } from "vitest";
// @ts-expect-error — a plain .mjs helper shared with the benchmark
import { makeRepo } from "../../bench/restic-repo.mjs";
import { type Backup, type BackupScheme, pruneBackups } from "../../src/backups.js";

interface Repo {
  repo: string;
  add(s: ReadonlyArray<{ time: string; tags: ReadonlyArray<string> }>): Array<string>;
  clear(): void;
  forget(options: ReadonlyArray<string>): Set<string>;
}

let available = true;
try {
  execFileSync("restic", ["version"]);
} catch {
  available = false;
}

const tz = "Europe/Amsterdam";
const cite = [{ source: "MDO-SLA", article: "7.6" }];
/** MDO-SLA §7.6 with restic's selections (newest per bucket) instead of "every". */
const resticLike: BackupScheme = {
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

/** ISO-8601 with the Amsterdam offset, as restic stores a snapshot taken in that zone. */
function iso(t: number): string {
  const offsetMin = Math.round(
    (zonedInstant(localDateOf(t), 0) - Date.parse(`${localDateOf(t)}T00:00:00Z`)) / -60000,
  );
  const local = new Date(t + offsetMin * 60000).toISOString().slice(0, 19);
  const sign = offsetMin >= 0 ? "+" : "-";
  const h = String(Math.floor(Math.abs(offsetMin) / 60)).padStart(2, "0");
  return `${local}${sign}${h}:${String(Math.abs(offsetMin) % 60).padStart(2, "0")}`;
}

/** A seeded history: a full every Sunday 02:00 (sometimes a second one mid-week), 0–2 differentials a day 03:00–23:00, and a last differential at 23:30. */
function history(seed: number, from: LocalDate, days: number): Array<Backup> {
  let s = seed;
  const rnd = (n: number) => {
    // The same LCG in 32-bit integer arithmetic: in doubles the product passes 2^53, is rounded,
    // and the sequence falls into a short cycle. The high bits, because the low ones of an LCG
    // modulo 2^31 repeat with a short period.
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return (s >>> 16) % n;
  };
  const out: Array<Backup> = [];
  let base: string | undefined;
  // restic takes its anchor from the newest snapshot *before the real clock*: stay in the past
  const lastDay = Math.min(toEpochDay(from) + days - 1, toEpochDay(localDateOf(Date.now())) - 2);
  for (let k = 0; toEpochDay(from) + k <= lastDay; k++) {
    const d = addDays(from, k);
    const sunday = new Date(`${d}T00:00:00Z`).getUTCDay() === 0;
    if (sunday || base === undefined || rnd(40) === 0) {
      base = `f-${d}`;
      out.push({ id: base, kind: "full", takenAt: zonedInstant(d, 120) });
    }
    const last = toEpochDay(d) === lastDay;
    const n = last ? 1 : rnd(3);
    for (let j = 0; j < n; j++) {
      const minute = last ? 23 * 60 + 30 : 180 + rnd(20 * 60);
      out.push({ id: `d-${d}-${j}`, kind: "differential", base, takenAt: zonedInstant(d, minute) });
    }
  }
  return out;
}

const dayOf = (t: number) => toEpochDay(localDateOf(t, tz));

/** The first day whose window `periodAfter(day, length)` reaches the anchor. */
function firstKeptDay(anchor: number, length: { years?: number; months?: number; days?: number }): number {
  let d = anchor;
  while (toEpochDay(periodAfter(fromEpochDay(d - 1), length).lastDay) >= anchor) d--;
  return d;
}

function ours(backups: ReadonlyArray<Backup>, scheme: BackupScheme, at: Instant): Set<string> {
  const r = pruneBackups(backups, scheme, at, { windowFrom: "newest-backup" }).value;
  // restic knows no dependencies and keeps no "newest of all kinds": compare the rule selections
  return new Set(
    r.decisions
      .filter((d) => d.keptBy.some((k) => !k.startsWith("base-of:") && k !== "newest"))
      .map((d) => d.id),
  );
}

function theirs(
  repo: Repo,
  backups: ReadonlyArray<Backup>,
  windows: { full: Array<string>; differential: Array<string> },
): Set<string> {
  repo.clear();
  repo.add(backups.map((b) => ({ time: iso(b.takenAt), tags: [b.kind, `id:${b.id}`] })));
  const full = repo.forget(["--tag", "full", ...windows.full]);
  const diff = repo.forget(["--tag", "differential", ...windows.differential]);
  return new Set([...full, ...diff]);
}

describe.skipIf(!available)("pruneBackups against restic forget --dry-run", () => {
  let repo: Repo;
  beforeAll(() => {
    repo = makeRepo("/tmp/zk-retention-restic-oracle");
  });

  /** restic day counts that make its windows equal to ours, per kind (restic anchors at the newest snapshot of the tag). */
  function translated(backups: ReadonlyArray<Backup>) {
    const newest = Math.max(...backups.map((b) => b.takenAt));
    const anchor = dayOf(newest);
    const newestOf = (kind: string) =>
      dayOf(Math.max(...backups.filter((b) => b.kind === kind).map((b) => b.takenAt)));
    const n = (kind: string, length: object) => `${newestOf(kind) - firstKeptDay(anchor, length) + 1}d`;
    return {
      full: [
        "--keep-within-weekly",
        n("full", { months: 2 }),
        "--keep-within-yearly",
        n("full", { years: 20 }),
      ],
      differential: ["--keep-within-daily", n("differential", { days: 14 })],
    };
  }

  test.each([
    [1, "2005-11-01", 7700],
    [2, "2024-02-01", 1000],
    [3, "2025-03-20", 600],
    [4, "2019-10-20", 2600],
  ])("seed %i: from %s over %i days, windows translated — the kept sets are equal", (seed, from, days) => {
    const backups = history(seed, date(from), days);
    const at = Math.max(...backups.map((b) => b.takenAt)) as Instant;
    const a = ours(backups, resticLike, at);
    const b = theirs(repo, backups, translated(backups));
    const onlyOurs = [...a].filter((x) => !b.has(x));
    const onlyTheirs = [...b].filter((x) => !a.has(x));
    expect({ onlyOurs, onlyTheirs }).toEqual({ onlyOurs: [], onlyTheirs: [] });
    expect(a.size).toBeGreaterThan(10);
  });

  test("with restic's own options (2m, 14d, 20y) the two differ only within a few days of a window's edge (AddDate vs core's month rule, instants vs days)", () => {
    for (const [seed, from, days] of [
      [5, "2006-01-31", 7600],
      [6, "2025-08-31", 450],
    ] as const) {
      const backups = history(seed, date(from), days);
      const at = Math.max(...backups.map((b) => b.takenAt)) as Instant;
      const a = ours(backups, resticLike, at);
      const b = theirs(repo, backups, {
        full: ["--keep-within-weekly", "2m", "--keep-within-yearly", "20y"],
        differential: ["--keep-within-daily", "14d"],
      });
      const anchor = dayOf(at);
      const edges = {
        full: [firstKeptDay(anchor, { months: 2 }), firstKeptDay(anchor, { years: 20 })],
        differential: [firstKeptDay(anchor, { days: 14 })],
      };
      const byId = new Map(backups.map((x) => [x.id, x]));
      const differ = [...[...a].filter((x) => !b.has(x)), ...[...b].filter((x) => !a.has(x))];
      for (const id of differ) {
        const bk = byId.get(id)!;
        const near = edges[bk.kind].some((e) => Math.abs(dayOf(bk.takenAt) - e) <= 7);
        expect({ id, near }).toEqual({ id, near: true });
      }
    }
  });

  test("documented difference: restic deletes the full backup a kept differential depends on; pruneBackups keeps it", () => {
    const backups: Array<Backup> = [
      { id: "f-old", kind: "full", takenAt: zonedInstant(date("2026-01-04"), 120) },
      { id: "d-new", kind: "differential", base: "f-old", takenAt: zonedInstant(date("2026-11-29"), 180) },
    ];
    const at = backups[1]!.takenAt;
    repo.clear();
    repo.add(backups.map((b) => ({ time: iso(b.takenAt), tags: [b.kind, `id:${b.id}`] })));
    // restic on the differentials alone keeps d-new; on the fulls its window 2m from the newest full keeps f-old only as
    // the newest full — give it a newer full so the window rule is what decides
    repo.add([{ time: iso(zonedInstant(date("2026-11-22"), 120)), tags: ["full", "id:f-new"] }]);
    const withNew: Array<Backup> = [
      ...backups,
      { id: "f-new", kind: "full", takenAt: zonedInstant(date("2026-11-22"), 120) },
    ];
    const kept = repo.forget(["--tag", "full", "--keep-within-weekly", "2m"]);
    expect(kept.has("f-old")).toBe(false);
    const p = pruneBackups(
      withNew,
      { ...resticLike, rules: resticLike.rules.filter((r) => r.id !== "yearly-full") },
      at,
    ).value;
    expect(p.decisions.find((d) => d.id === "f-old")).toEqual({
      id: "f-old",
      keep: true,
      keptBy: ["base-of:d-new"],
    });
  });

  test("documented difference: weeks are counted in the scheme's time zone; restic counts in the offset each snapshot was stored with", () => {
    // Sunday 29 Nov 2026 20:00 and Monday 30 Nov 00:30 in Amsterdam: two ISO weeks there, one in UTC.
    const backups: Array<Backup> = [
      { id: "sun", kind: "full", takenAt: zonedInstant(date("2026-11-29"), 20 * 60) },
      { id: "mon-early", kind: "full", takenAt: zonedInstant(date("2026-11-30"), 30) },
    ];
    const at = backups[1]!.takenAt;
    const weekly = { ...resticLike, rules: [resticLike.rules[0]!] };
    expect([...ours(backups, weekly, at)].sort()).toEqual(["mon-early", "sun"]);
    // snapshots stored with the Amsterdam offset (a host in that zone): restic agrees
    repo.clear();
    repo.add(backups.map((b) => ({ time: iso(b.takenAt), tags: [b.kind, `id:${b.id}`] })));
    expect([...repo.forget(["--tag", "full", "--keep-within-weekly", "2m"])].sort()).toEqual([
      "mon-early",
      "sun",
    ]);
    // stored in UTC (a host running in UTC): restic sees one week and keeps only the newer
    repo.clear();
    repo.add(backups.map((b) => ({ time: new Date(b.takenAt).toISOString(), tags: [b.kind, `id:${b.id}`] })));
    expect([...repo.forget(["--tag", "full", "--keep-within-weekly", "2m"])].sort()).toEqual(["mon-early"]);
  });
});
