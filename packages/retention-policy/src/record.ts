/**
 * A retention record: one stored record as the policy sees it — its class, the dates of the
 * events its rules count from, and the legal holds on it. Consent's `retentionFacts` produce
 * records of this shape (their `source` citation is carried along and not used).
 *
 * @module
 */
import { BoundedArray, type LocalDate, LocalDate as LocalDateSchema, localDateOf } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { BoundedRecord } from "./internal/limits.js";
import { Citation } from "./internal/shared.js";
import { RetentionName, type RetentionPolicy } from "./rulebook.js";

const HoldId = Schema.String.check(
  Schema.isMinLength(1, { message: "a hold id must not be empty" }),
  Schema.isMaxLength(200, { message: "a hold id has at most 200 characters" }),
);

/**
 * A legal hold (a litigation hold, a request of the supervisory authority): while it is on,
 * nothing may be deleted. A plain id is a hold that is on; a dated hold is on from `placedOn`
 * and, once `liftedOn` is set, off from that day.
 */
export const Hold = Schema.Union([
  HoldId,
  Schema.Struct({
    id: HoldId,
    placedOn: LocalDateSchema,
    liftedOn: Schema.optionalKey(LocalDateSchema),
  }).check(
    Schema.makeFilter(
      (h: { placedOn: string; liftedOn?: string }) =>
        h.liftedOn === undefined ||
        h.liftedOn >= h.placedOn || {
          path: ["liftedOn"],
          issue: "a hold is lifted on or after the day it is placed",
        },
    ),
  ),
]);
/** A legal hold. */
export type Hold = typeof Hold.Type;

/**
 * The id of a hold.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { holdId } from "@zorgkit/retention-policy";
 *
 * holdId({ id: "case-7", placedOn: date("2026-03-01") }); // => "case-7"
 * ```
 */
export function holdId(h: Hold): string {
  return typeof h === "string" ? h : h.id;
}

/**
 * Whether a hold is on during a day.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { holdIsOn } from "@zorgkit/retention-policy";
 *
 * holdIsOn({ id: "case-7", placedOn: date("2026-03-01"), liftedOn: date("2026-06-01") }, date("2026-06-01")); // => false
 * ```
 */
export function holdIsOn(h: Hold, day: LocalDate): boolean {
  if (typeof h === "string") return true;
  return h.placedOn <= day && (h.liftedOn === undefined || day < h.liftedOn);
}

const RecordId = Schema.String.check(
  Schema.isMinLength(1, { message: "a record id must not be empty" }),
  Schema.isMaxLength(200, { message: "a record id has at most 200 characters" }),
);

const RecordFields = {
  id: RecordId,
  recordClass: RetentionName,
  events: BoundedRecord(RetentionName, LocalDateSchema, 40, "at most 40 events"),
  holds: Schema.optionalKey(BoundedArray(Hold, 100)),
  /** Where the record came from (consent's facts carry one); not used by the evaluation. */
  source: Schema.optionalKey(Citation),
};

/**
 * A retention record, without the checks against a policy (for those, {@link RetentionRecordFor}).
 */
export const RetentionRecord = Schema.Struct(RecordFields);
/** A retention record: `{ id, recordClass, events: { received: "2026-01-05", … }, holds? }`. */
export type RetentionRecord = typeof RetentionRecord.Type;

/** Options of {@link RetentionRecordFor} and `decodeRetentionRecord`. */
export interface RecordCheckOptions {
  /** When the record will be evaluated: events dated after this day (Europe/Amsterdam) are rejected. */
  readonly at?: number;
}

/**
 * The issues of a record against a policy (spec §4): an unknown class, an event the class does
 * not have, a required event missing, a later event dated before the first required one, an
 * event in the future relative to `at`. `decodeRetentionRecord` reports them with paths.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { recordIssues, vjzRetention } from "@zorgkit/retention-policy";
 *
 * recordIssues({ id: "r1", recordClass: "ip-log", events: { writen: date("2026-01-01") } }, vjzRetention).length; // => 2
 * ```
 */
export function recordIssues(
  r: RetentionRecord,
  policy: RetentionPolicy,
  options?: RecordCheckOptions,
): Array<Schema.FilterIssue> {
  const issues: Array<Schema.FilterIssue> = [];
  const c = Object.hasOwn(policy.classes, r.recordClass) ? policy.classes[r.recordClass] : undefined;
  if (c === undefined) {
    issues.push({
      path: ["recordClass"],
      issue: `unknown record class for policy "${policy.id}"; expected one of ${Object.keys(policy.classes).join(", ")}`,
    });
    return issues;
  }
  const known = new Set([...c.requiredEvents, ...c.laterEvents]);
  for (const e of Object.keys(r.events))
    if (!known.has(e))
      issues.push({
        path: ["events", e],
        issue: `class "${r.recordClass}" has no event "${e}"; its events are ${[...known].join(", ")}`,
      });
  let first: string | undefined;
  for (const e of c.requiredEvents) {
    const d = Object.hasOwn(r.events, e) ? r.events[e] : undefined;
    if (d === undefined)
      issues.push({ path: ["events", e], issue: `every "${r.recordClass}" record has the event "${e}"` });
    else if (first === undefined || d < first) first = d;
  }
  if (first !== undefined)
    for (const e of c.laterEvents) {
      const d = Object.hasOwn(r.events, e) ? r.events[e] : undefined;
      if (d !== undefined && d < first)
        issues.push({ path: ["events", e], issue: `"${e}" is dated before the record's first event` });
    }
  if (options?.at !== undefined) {
    const today = localDateOf(options.at);
    for (const [e, d] of Object.entries(r.events))
      if (d > today)
        issues.push({ path: ["events", e], issue: `"${e}" is dated after the evaluation day ${today}` });
    for (const [i, h] of (r.holds ?? []).entries())
      if (typeof h !== "string" && h.placedOn > today)
        issues.push({
          path: ["holds", i, "placedOn"],
          issue: `a hold placed after the evaluation day ${today}`,
        });
  }
  return issues;
}

/**
 * The schema of a record valid under a policy (ADR 0006 §2: rulebook-dependent validity is a
 * schema factory, so `Schema.is` and `decodeRetentionRecord` agree).
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import * as Schema from "effect/Schema";
 * import { RetentionRecordFor, vjzRetention } from "@zorgkit/retention-policy";
 *
 * Schema.is(RetentionRecordFor(vjzRetention))({ id: "r1", recordClass: "ip-log", events: { written: date("2026-01-01") } }); // => true
 * ```
 */
export function RetentionRecordFor(policy: RetentionPolicy, options?: RecordCheckOptions) {
  return RetentionRecord.check(Schema.makeFilter((r: RetentionRecord) => recordIssues(r, policy, options)));
}
