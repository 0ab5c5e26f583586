// Range audit: arbBackups ends its histories on 2026-12-01 in every test, while the backup decoder
// accepts instants up to 9999-12-30. pruneBackups sorts times and days in Float64Arrays and reads
// the rules' periods with core's periodAfter; here histories of 500 days ending around 2038-01-19,
// 2106-02-07, in 5000 and at the end of the range are pruned and compared with the brute-force
// reference of backups.property.test.ts (copied: test files do not export).
import {
  addDays,
  date,
  type Instant,
  type LocalDate,
  localDateOf,
  tryPeriodAfter,
  zonedInstant,
} from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Backup, type BackupScheme, pruneBackups } from "../src/backups.js";
import { mdoSlaBackupScheme } from "../src/presets/mdo-sla-backups.js";
import { arbBackups } from "../src/testing/arbitraries.js";

const LAST = "9999-12-31" as LocalDate;

/** ISO week of a date via the Thursday rule, done with Date (independent of the library's code). */
function isoWeek(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  const wd = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - wd + 3);
  const y = t.getUTCFullYear();
  const w = 1 + Math.floor((t.getTime() - Date.UTC(y, 0, 1)) / 86_400_000 / 7);
  return `${y}-W${w}`;
}

const bucket = (keep: string, d: string) =>
  keep === "newest-per-day"
    ? d
    : keep === "newest-per-week"
      ? isoWeek(d)
      : keep === "newest-per-month"
        ? d.slice(0, 7)
        : d.slice(0, 4);

/** Reference: the set the scheme demands, by brute force over every pair. */
function referenceKeep(
  backups: ReadonlyArray<Backup>,
  scheme: BackupScheme,
  at: Instant,
  windowFrom: "now" | "newest-backup",
) {
  const past = backups.filter((b) => b.takenAt <= at);
  const newest = [...past].sort((a, b) => b.takenAt - a.takenAt)[0];
  const anchor = localDateOf(
    windowFrom === "newest-backup" && newest !== undefined ? newest.takenAt : at,
    scheme.timeZone,
  );
  const keep = new Set<string>(backups.filter((b) => b.takenAt > at).map((b) => b.id));
  if (newest !== undefined) keep.add(newest.id);
  for (const rule of scheme.rules) {
    const within = past.filter(
      (b) =>
        b.kind === rule.kind &&
        // a period past the calendar's end reaches 9999-12-31 (this reference's reading, as the kernel's)
        (tryPeriodAfter(localDateOf(b.takenAt, scheme.timeZone), rule.for)?.lastDay ?? LAST) >= anchor,
    );
    for (const b of within) {
      if (rule.keep === "every") keep.add(b.id);
      else {
        const k = bucket(rule.keep, localDateOf(b.takenAt, scheme.timeZone));
        const newer = within.some(
          (o) =>
            o !== b &&
            bucket(rule.keep, localDateOf(o.takenAt, scheme.timeZone)) === k &&
            (o.takenAt > b.takenAt || (o.takenAt === b.takenAt && backups.indexOf(o) < backups.indexOf(b))),
        );
        if (!newer) keep.add(b.id);
      }
    }
  }
  for (const b of backups)
    if (b.kind === "differential" && keep.has(b.id) && b.base !== undefined) keep.add(b.base);
  return keep;
}

const schemes: ReadonlyArray<BackupScheme> = [
  mdoSlaBackupScheme,
  {
    id: "restic-like",
    timeZone: "Europe/Amsterdam",
    rules: [
      {
        id: "w",
        kind: "full",
        keep: "newest-per-week",
        for: { months: 2 },
        citations: [{ source: "T", article: "1" }],
      },
      {
        id: "d",
        kind: "differential",
        keep: "newest-per-day",
        for: { days: 14 },
        citations: [{ source: "T", article: "2" }],
      },
      {
        id: "m",
        kind: "full",
        keep: "newest-per-month",
        for: { months: 7 },
        citations: [{ source: "T", article: "3" }],
      },
      {
        id: "y",
        kind: "full",
        keep: "newest-per-year",
        for: { years: 2 },
        citations: [{ source: "T", article: "4" }],
      },
    ],
  },
];

const ends: ReadonlyArray<[string, number]> = [
  ["2038-01-25", 40],
  ["2106-02-10", 40],
  ["5000-06-30", 40],
  ["9999-12-20", 10],
];

describe.each(ends)("range audit: pruneBackups of 500 days ending %s (spec §5)", (end, after) => {
  const history = fc.tuple(
    arbBackups({ days: 500, end: date(end) }),
    fc.integer({ min: -5, max: after }).map((d) => zonedInstant(addDays(date(end), d), 12 * 60)),
    fc.constantFrom(...schemes),
    fc.constantFrom("now" as const, "newest-backup" as const),
  );
  it("keeps exactly the set the reference demands", () => {
    fc.assert(
      fc.property(history, ([backups, at, scheme, windowFrom]) => {
        const r = pruneBackups(backups, scheme, at, { windowFrom }).value;
        expect(new Set(r.keep)).toEqual(referenceKeep(backups, scheme, at, windowFrom));
        expect(r.keep.length + r.delete.length).toBe(backups.length);
      }),
      { numRuns: 40 },
    );
  });
});
