// The brute-force reference of pruneBackups (spec §5): the set a scheme demands, over every pair
// of backups, with ISO weeks done by Date — independent of the library's code. A period past the
// calendar's end reaches 9999-12-31 (this reference's reading, as the kernel's). Used by
// backups.property.test.ts and the range audit (range-backups.test.ts), with the schemes both run.
import { type Instant, type LocalDate, localDateOf, tryPeriodAfter } from "@zorgkit/core";
import type { Backup, BackupScheme } from "../../src/backups.js";
import { mdoSlaBackupScheme } from "../../src/presets/mdo-sla-backups.js";

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
export function referenceKeep(
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

/** The MDO scheme and a restic-like one (weekly, daily, monthly, yearly). */
export const schemes: ReadonlyArray<BackupScheme> = [
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
