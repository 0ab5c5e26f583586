/**
 * Pruning a grandfather-father-son backup scheme (MDO-SLA §7.6): which backups to keep, and
 * which rule keeps each. The scheme is a rulebook (`BackupScheme`); the MDO-SLA preset is
 * `mdoSlaBackupScheme`. A differential backup depends on the full backup it was taken against:
 * a full backup is never deleted while a kept differential depends on it. The newest backup is
 * always kept.
 *
 * Windows are calendar periods by core's date rule on dates in the scheme's time zone: a backup
 * taken on day d and kept for L is kept through `periodAfter(d, L).lastDay`, counted to the day
 * of `at` (or, with `{ windowFrom: "newest-backup" }`, to the day of the newest backup — restic's
 * anchor). "Newest per week" uses ISO weeks.
 *
 * @module
 */
import {
  BoundedArray,
  civilFromDays,
  daysFromCivil,
  type Explained,
  explained,
  formatLength,
  fromEpochDay,
  type Instant,
  Instant as InstantSchema,
  isTimeZone,
  localDateOf,
  type Step,
  step,
  toEpochDay,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { lastDayOf } from "./internal/kernel.js";
import { maxChars } from "./internal/limits.js";
import { Citation, RetentionLength } from "./internal/shared.js";
import { RetentionName } from "./rulebook.js";

const BackupId = Schema.String.check(
  Schema.isMinLength(1, { message: "a backup id must not be empty" }),
  Schema.isMaxLength(200, { message: "a backup id has at most 200 characters" }),
);

/** `full` or `differential` (against a full backup, its `base`). */
export const BackupKind = Schema.Literals(["full", "differential"]);
/** The kind of a backup. */
export type BackupKind = typeof BackupKind.Type;

/** One backup: its kind, when it was taken, and for a differential the full backup it depends on. */
export const Backup = Schema.Struct({
  id: BackupId,
  kind: BackupKind,
  takenAt: InstantSchema,
  base: Schema.optionalKey(BackupId),
}).check(
  Schema.makeFilter((b: { kind: string; base?: string }) => {
    if (b.kind === "differential" && b.base === undefined)
      return {
        path: ["base"],
        issue: "a differential backup names the full backup it was taken against (base)",
      };
    if (b.kind === "full" && b.base !== undefined)
      return { path: ["base"], issue: "a full backup has no base" };
    return true;
  }),
);
/** A backup. */
export type Backup = typeof Backup.Type;

/** Which backups of a kind a rule keeps within its window. */
export const BackupSelection = Schema.Literals([
  "every",
  "newest-per-day",
  "newest-per-week",
  "newest-per-month",
  "newest-per-year",
]);
/** A selection. */
export type BackupSelection = typeof BackupSelection.Type;

/** One rule of a backup scheme: keep `keep` backups of `kind` for `for`. */
export const BackupRule = Schema.Struct({
  id: RetentionName,
  kind: BackupKind,
  keep: BackupSelection,
  for: RetentionLength,
  citations: BoundedArray(Citation, 20).check(
    Schema.isMinLength(1, { message: "every rule cites at least one clause" }),
  ),
});
/** A backup rule. */
export type BackupRule = typeof BackupRule.Type;

/** A backup scheme (rulebook): its rules, and the time zone its days and weeks are counted in. */
export const BackupScheme = Schema.Struct({
  id: RetentionName,
  timeZone: Schema.String.check(
    maxChars(64, "a time zone name has at most 64 characters"),
    Schema.makeFilter((s: string) => isTimeZone(s) || "an IANA time zone such as Europe/Amsterdam"),
  ),
  rules: BoundedArray(BackupRule, 50).check(
    Schema.isMinLength(1, { message: "a scheme has at least one rule" }),
    // A pruning names the rules that keep a backup by id (`keptBy`), beside its own reasons
    // `newest` and `after-at`: two rules of one id, or a rule called like a reason, would make
    // that ambiguous.
    Schema.makeFilter((rules: ReadonlyArray<BackupRule>) => {
      const ids = new Set<string>();
      const issues: Array<Schema.FilterIssue> = [];
      rules.forEach((r, i) => {
        if (r.id === "newest" || r.id === "after-at")
          issues.push({
            path: [i, "id"],
            issue: `"${r.id}" is a reason a pruning gives (keptBy); name the rule otherwise`,
          });
        else if (ids.has(r.id)) issues.push({ path: [i, "id"], issue: `rule id "${r.id}" is used twice` });
        ids.add(r.id);
      });
      return issues;
    }),
  ),
});
/** A backup scheme. */
export type BackupScheme = typeof BackupScheme.Type;

/** Options of {@link pruneBackups}. */
export interface PruneOptions {
  /**
   * Where windows are counted back from: `"now"` (default, the day of `at`) or
   * `"newest-backup"` (the day of the newest backup not after `at`, as restic does).
   */
  readonly windowFrom?: "now" | "newest-backup";
}

/** The decision for one backup. */
export interface BackupDecision {
  readonly id: string;
  readonly keep: boolean;
  /** Why it is kept: rule ids, `newest`, `base-of:<differential id>`, `after-at`. */
  readonly keptBy: ReadonlyArray<string>;
}

/** The answer of {@link pruneBackups}: one decision per backup, in input order. */
export interface BackupPruning {
  readonly decisions: ReadonlyArray<BackupDecision>;
  readonly keep: ReadonlyArray<string>;
  readonly delete: ReadonlyArray<string>;
}

/** ISO week `YYYYWW` of an epoch day: the week's Thursday decides the year. */
function isoWeekKey(epochDay: number): number {
  const weekday = (((epochDay + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  const thursday = epochDay - weekday + 3;
  const { year } = civilFromDays(thursday);
  return year * 100 + Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
}

function yearOf(epochDay: number): { year: number; month: number } {
  return civilFromDays(epochDay);
}

function bucketKey(keep: BackupSelection, epochDay: number): number {
  switch (keep) {
    case "newest-per-day":
      return epochDay;
    case "newest-per-week":
      return isoWeekKey(epochDay);
    case "newest-per-month": {
      const { year, month } = yearOf(epochDay);
      return year * 100 + month;
    }
    case "newest-per-year":
      return yearOf(epochDay).year;
    default:
      return Number.NaN;
  }
}

/**
 * Decide which backups to keep at an instant under a scheme. Each rule keeps the backups of its
 * kind it selects (`every`, or the newest per day/ISO week/month/year) whose window
 * `periodAfter(day taken, for)` has not ended on the counting day; a backup counts for every rule
 * that selects it. The newest backup is kept; a kept differential keeps its base; backups taken
 * after `at` are kept and not judged. O(n log n).
 *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 * import { mdoSlaBackupScheme, pruneBackups } from "@zorgkit/retention-policy";
 *
 * const backups = [
 *   { id: "f1", kind: "full", takenAt: instant("2026-10-04T02:00:00+02:00") },
 *   { id: "f2", kind: "full", takenAt: instant("2026-11-29T02:00:00+01:00") },
 *   { id: "d1", kind: "differential", base: "f1", takenAt: instant("2026-10-05T02:00:00+02:00") },
 *   { id: "d2", kind: "differential", base: "f2", takenAt: instant("2026-11-30T02:00:00+01:00") },
 * ] as const;
 * pruneBackups(backups, mdoSlaBackupScheme, instant("2026-12-10T12:00:00+01:00")).value.delete; // => ["f1", "d1"]
 * ```
 */
export function pruneBackups(
  backups: ReadonlyArray<Backup>,
  scheme: BackupScheme,
  at: Instant,
  options?: PruneOptions,
): Explained<BackupPruning> {
  const n = backups.length;
  const tz = scheme.timeZone;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const time = new Float64Array(n);
  for (let i = 0; i < n; i++) time[i] = (backups[i] as Backup).takenAt;
  // newest first; ties by input order
  const sorted = Array.from(order).sort((a, b) => (time[b] as number) - (time[a] as number) || a - b);
  const day = new Float64Array(n);
  for (let i = 0; i < n; i++) day[i] = localDay(time[i] as number, tz);
  const reasons: Array<Array<string> | undefined> = new Array(n);
  const add = (i: number, why: string) => {
    const r = reasons[i];
    if (r === undefined) reasons[i] = [why];
    else if (!r.includes(why)) r.push(why);
  };
  let newest = -1;
  for (const i of sorted) {
    if ((time[i] as number) > at) add(i, "after-at");
    else if (newest < 0) newest = i;
  }
  const anchor =
    options?.windowFrom === "newest-backup" && newest >= 0 ? (day[newest] as number) : localDay(at, tz);
  if (newest >= 0) add(newest, "newest");
  const counts: Array<number> = [];
  for (const rule of scheme.rules) {
    const end = lastDayOf(rule.for);
    let last = Number.NaN;
    let kept = 0;
    for (const i of sorted) {
      const b = backups[i] as Backup;
      if (b.kind !== rule.kind || (time[i] as number) > at) continue;
      const d = day[i] as number;
      if (end(d) < anchor) break; // sorted newest first: every older backup is outside too
      if (rule.keep === "every") {
        add(i, rule.id);
        kept++;
        continue;
      }
      const key = bucketKey(rule.keep, d);
      if (key !== last) {
        last = key;
        add(i, rule.id);
        kept++;
      }
    }
    counts.push(kept);
  }
  // dependencies: a kept differential keeps its base
  const byId = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const b = backups[i] as Backup;
    if (b.kind === "full" && !byId.has(b.id)) byId.set(b.id, i);
  }
  const missingBase: Array<string> = [];
  for (let i = 0; i < n; i++) {
    const b = backups[i] as Backup;
    if (b.kind !== "differential" || reasons[i] === undefined || b.base === undefined) continue;
    const base = byId.get(b.base);
    if (base === undefined) missingBase.push(b.id);
    else add(base, `base-of:${b.id}`);
  }
  const decisions: Array<BackupDecision> = [];
  const keep: Array<string> = [];
  const del: Array<string> = [];
  for (let i = 0; i < n; i++) {
    const b = backups[i] as Backup;
    const r = reasons[i];
    decisions.push({ id: b.id, keep: r !== undefined, keptBy: r ?? [] });
    (r === undefined ? del : keep).push(b.id);
  }
  const because: Array<Step> = scheme.rules.map((rule, k) =>
    step({
      rule: "backup-rule",
      inputs: { rule: rule.id, kind: rule.kind, keep: rule.keep },
      output: counts[k] as number,
      citations: rule.citations,
      en: `Rule ${rule.id}: ${rule.keep} ${rule.kind} backup kept for ${formatFor(rule, "en")} — ${counts[k]} kept.`,
      nl: `Regel ${rule.id}: ${rule.keep} ${rule.kind === "full" ? "volledige" : "differentiële"} back-up ${formatFor(rule, "nl")} bewaard — ${counts[k]} bewaard.`,
    }),
  );
  because.push(
    step({
      rule: "backup-dependencies",
      inputs: { windowFrom: fromEpochDay(anchor) },
      output: { keep: keep.length, delete: del.length },
      citations: [],
      en: `The newest backup is kept, and every full backup a kept differential depends on. Kept ${keep.length}, deleted ${del.length}.${missingBase.length > 0 ? ` ${missingBase.length} kept differential(s) name a base that is not in the list.` : ""}`,
      nl: `De nieuwste back-up blijft, en elke volledige back-up waarvan een bewaarde differentiële afhangt. Bewaard ${keep.length}, verwijderd ${del.length}.${missingBase.length > 0 ? ` ${missingBase.length} bewaarde differentiële back-up(s) noemen een basis die ontbreekt.` : ""}`,
    }),
  );
  return explained({ decisions, keep, delete: del }, because);
}

/**
 * The local day (epoch day) of an instant in `tz`, total: core refuses local times before 1970,
 * which a decoded backup from early on 1 Jan 1970 UTC has in a zone west of UTC (offsets are at
 * least -12 h, so its local day is 31 Dec 1969); earlier instants get their UTC day.
 */
function localDay(t: number, tz: string): number {
  try {
    return toEpochDay(localDateOf(t, tz));
  } catch {
    return t >= 0 ? -1 : Math.floor(t / 86_400_000);
  }
}

function formatFor(rule: BackupRule, language: "en" | "nl"): string {
  return formatLength(rule.for, language);
}
