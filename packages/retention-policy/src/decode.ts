/**
 * Decoders for every input of the package (spec §4): policies, records, backups and backup
 * schemes. `unknown` in, `DecodeResult` out (core's `decode`); never throws; unknown keys are
 * rejected unless `{ unknownKeys: "ignore" }` (stored records from a newer version); `maxIssues`
 * caps the issues returned; messages name what was expected and never contain the input's values.
 *
 * @module
 */
import { BoundedArray, type DecodeOptions, type DecodeResult, decode, localDateOf } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { Backup, BackupScheme } from "./backups.js";
import { MAX_BACKUPS, MAX_RECORDS } from "./internal/limits.js";
import { type RecordCheckOptions, type RetentionRecord, RetentionRecordFor } from "./record.js";
import { RetentionPolicy } from "./rulebook.js";

/**
 * Decode a retention policy (rulebook) from JSON: every rule names a defined class and only
 * events that occur in it; periods are positive.
 *
 * @example
 * ```ts
 * import { decodeRetentionPolicy } from "@zorgkit/retention-policy";
 *
 * const r = decodeRetentionPolicy({
 *   id: "mine",
 *   classes: { "ip-log": { description: "IP addresses", requiredEvents: ["written"], laterEvents: [] } },
 *   rules: [{ id: "ip", recordClass: "ip-log", citations: [{ source: "OWN", article: "1" }],
 *             rule: { _tag: "WhileActive", until: "closed" } }],
 * });
 * r.ok; // => false
 * ```
 */
export const decodeRetentionPolicy: (
  input: unknown,
  options?: DecodeOptions,
) => DecodeResult<RetentionPolicy> = decode(RetentionPolicy);

/**
 * Decode a record under a policy: its class must be defined, its events must be the class's,
 * the required ones present; with `{ at }`, no event may be dated after the evaluation day.
 *
 * @example
 * ```ts
 * import { date, instant } from "@zorgkit/core";
 * import { decodeRetentionRecord, vjzRetention } from "@zorgkit/retention-policy";
 *
 * const r = decodeRetentionRecord(
 *   { id: "r1", recordClass: "ip-log", events: { written: date("2027-01-01") } },
 *   vjzRetention,
 *   { at: instant("2026-12-01T12:00:00+01:00") },
 * );
 * r.ok; // => false
 * ```
 */
export function decodeRetentionRecord(
  input: unknown,
  policy: RetentionPolicy,
  options?: RecordCheckOptions & DecodeOptions,
): DecodeResult<RetentionRecord> {
  return decode(RetentionRecordFor(policy, options))(input, options);
}

/**
 * Decode a list of records under a policy (issues name the index, `$[3].events.processed`).
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { decodeRetentionRecords, vjzRetention } from "@zorgkit/retention-policy";
 *
 * decodeRetentionRecords([{ id: "r1", recordClass: "fax-log", events: {} }], vjzRetention).ok; // => false
 * ```
 */
export function decodeRetentionRecords(
  input: unknown,
  policy: RetentionPolicy,
  options?: RecordCheckOptions & DecodeOptions,
): DecodeResult<ReadonlyArray<RetentionRecord>> {
  return decode(BoundedArray(RetentionRecordFor(policy, options), MAX_RECORDS))(input, options);
}

const BackupList = BoundedArray(Backup, MAX_BACKUPS).check(
  Schema.makeFilter((list: ReadonlyArray<Backup>) => {
    const issues: Array<Schema.FilterIssue> = [];
    const byId = new Map<string, Backup>();
    list.forEach((b, i) => {
      if (byId.has(b.id))
        issues.push({ path: [i, "id"], issue: "backup ids are unique; this id is used twice" });
      else byId.set(b.id, b);
    });
    list.forEach((b, i) => {
      if (b.kind !== "differential" || b.base === undefined) return;
      const base = byId.get(b.base);
      if (base === undefined) issues.push({ path: [i, "base"], issue: "the base is not among the backups" });
      else if (base.kind !== "full")
        issues.push({ path: [i, "base"], issue: "the base of a differential is a full backup" });
      else if (base.takenAt > b.takenAt)
        issues.push({ path: [i, "base"], issue: "the base was taken after the differential" });
    });
    return issues;
  }),
);

/**
 * Decode a list of backups: each has a kind; a differential names its base, which is a full
 * backup in the list taken before it; ids are unique. With `{ at }`, no backup is after `at`.
 *
 * @example
 * ```ts
 * import { decodeBackups } from "@zorgkit/retention-policy";
 *
 * decodeBackups([{ id: "d1", kind: "differential", takenAt: "2026-11-30T02:00:00+01:00" }]).ok; // => false
 * ```
 */
export function decodeBackups(
  input: unknown,
  options?: { readonly at?: number } & DecodeOptions,
): DecodeResult<ReadonlyArray<Backup>> {
  const at = options?.at;
  const schema =
    at === undefined
      ? BackupList
      : BackupList.check(
          Schema.makeFilter((list: ReadonlyArray<Backup>) =>
            list.flatMap((b, i) =>
              b.takenAt > at
                ? [{ path: [i, "takenAt"], issue: `taken after the evaluation instant (${localDateOf(at)})` }]
                : [],
            ),
          ),
        );
  return decode(schema)(input, options);
}

/**
 * Decode a backup scheme (rulebook).
 *
 * @example
 * ```ts
 * import { decodeBackupScheme } from "@zorgkit/retention-policy";
 *
 * decodeBackupScheme({ id: "mine", timeZone: "Europe/Amsterdamm", rules: [] }).ok; // => false
 * ```
 */
export const decodeBackupScheme: (input: unknown, options?: DecodeOptions) => DecodeResult<BackupScheme> =
  decode(BackupScheme);
