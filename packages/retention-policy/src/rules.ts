/**
 * Retention rules as data (bewaartermijnen): how long a class of records must be kept, or by
 * when it must be gone, and which clause says so.
 *
 * @module
 */
import * as Schema from "effect/Schema";

const Citation = Schema.Struct({
  source: Schema.String.check(Schema.isMinLength(1)),
  article: Schema.String.check(Schema.isMinLength(1)),
  note: Schema.optionalKey(Schema.String),
});

const Count = Schema.Number.check(
  Schema.makeFilter((n: number) => (Number.isSafeInteger(n) && n >= 0) || "expected a whole number ≥ 0"),
);

/** A calendar length, applied with core's date rule (`addLength`). */
export const Duration = Schema.Struct({
  years: Schema.optionalKey(Count),
  months: Schema.optionalKey(Count),
  weeks: Schema.optionalKey(Count),
  days: Schema.optionalKey(Count),
});
/** A calendar length. */
export type Duration = typeof Duration.Type;

/**
 * Whether a period is a storage maximum (must be deleted by then — GDPR storage limitation,
 * "maximaal") or a statutory minimum (must be kept at least that long — "ten minste",
 * "wettelijk").
 */
export const Bound = Schema.Literals(["max", "min"]);
/** `max` or `min`. */
export type Bound = typeof Bound.Type;

const EventName = Schema.String.check(
  Schema.isPattern(/^[a-z][a-z0-9-]*$/, {
    message: "use lower-case words joined by hyphens, e.g. processed",
  }),
);

/**
 * One retention rule. The kinds follow the wording of the sources:
 * - `AfterEvent` — a period counted from an event on the record (received, processed, written …);
 * - `WhileActive` — kept while a state lasts, deleted when `untilEvent` happens (plus `grace`);
 * - `UntilProcessed` — deleted right after processing, at the latest `max` after receipt;
 * - `Immediately` — destroyed directly after the event;
 * - `NotStored` — the data never enters storage;
 * - `ByAgreement` — the period is for the parties to agree; `agreed` holds it once agreed.
 */
export const RetentionRule = Schema.TaggedUnion({
  AfterEvent: { event: EventName, duration: Duration, bound: Bound },
  WhileActive: { untilEvent: EventName, grace: Schema.optionalKey(Duration) },
  UntilProcessed: { max: Duration },
  Immediately: { event: EventName },
  NotStored: {},
  ByAgreement: {
    agreed: Schema.optionalKey(Schema.Struct({ event: EventName, duration: Duration, bound: Bound })),
  },
});
/** A retention rule. */
export type RetentionRule = typeof RetentionRule.Type;

/** A rule for a class of records, with the clause it comes from. */
export const ClassRule = Schema.Struct({
  recordClass: EventName,
  description: Schema.String,
  rule: RetentionRule,
  source: Citation,
});
/** A rule for a class of records. */
export type ClassRule = typeof ClassRule.Type;

/** A retention policy: the rules of one service, possibly several per record class. */
export const RetentionPolicy = Schema.Struct({ id: EventName, rules: Schema.Array(ClassRule) });
/** A retention policy. */
export type RetentionPolicy = typeof RetentionPolicy.Type;

/**
 * The rules of a policy whose period is still to be agreed (`ByAgreement` without `agreed`):
 * a policy with any of these is incomplete, and records under them get no silent default.
 *
 * @example
 * ```ts
 * unagreedRules(mdoB1Retention).map((r) => r.recordClass);
 * // ["patient-registration", "mdo-report"]
 * ```
 */
export function unagreedRules(policy: RetentionPolicy): ReadonlyArray<ClassRule> {
  return policy.rules.filter((r) => r.rule._tag === "ByAgreement" && r.rule.agreed === undefined);
}
