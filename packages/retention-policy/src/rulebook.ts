/**
 * The retention rulebook (ADR 0007): record classes with the events that can happen to their
 * records, and retention rules over them — each rule one clause of a source, citing it. Plain
 * data, decodable from JSON (`decodeRetentionPolicy`); the presets in `src/presets/` are values
 * of this schema. Logic modules import the schemas from here, presets import them too.
 *
 * @module
 */
import { BoundedArray, type DateLength, formatLength } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { BoundedRecord, maxChars } from "./internal/limits.js";
import { Citation, RetentionLength } from "./internal/shared.js";

export { Citation, RetentionLength };

const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * A machine name of a record class, an event or a rule: lower-case words joined by hyphens
 * (`contact-form`, `profile-deleted`), at most 64 characters.
 */
export const RetentionName = Schema.String.check(
  maxChars(64, "a name has at most 64 characters"),
  Schema.isPattern(NAME, { message: "use lower-case words joined by hyphens, e.g. profile-deleted" }),
);
/** A machine name (`contact-form`, `processed`). */
export type RetentionName = typeof RetentionName.Type;

/**
 * `max`: a storage limit — the record must be gone after the period ("maximaal", GDPR art. 5(1)(e)).
 * `min`: a retention duty — the record must exist at least until the period ends ("ten minste",
 * "wettelijk").
 */
export const Bound = Schema.Literals(["max", "min"]);
/** `max` or `min`. */
export type Bound = typeof Bound.Type;

/**
 * The kinds of rule, in the wording of the sources:
 *
 * - `AfterEvent` — a period counted from an event on the record; `bound` says whether it is a
 *   maximum or a minimum. With `unless`, the rule does not apply once that event has happened
 *   within the period, i.e. by its last day ("bij niet opsturen formulier maximaal 2 maanden":
 *   `unless: "sent"`); an exception that comes later does not lift a maximum already passed.
 * - `WhileActive` — kept while a state lasts; must be gone once `until` happens (plus `grace`).
 * - `UntilProcessed` — kept while being processed, gone right after `processed`, and at the latest
 *   `max` after `received` ("maximaal één jaar, maar na verwerking direct vernietigd").
 * - `Immediately` — destroyed directly after the event ("direct na verwerking vernietigd").
 * - `NotStored` — records of the class are never stored (a PDF generated in the session).
 * - `ByAgreement` — the parties agree the period; without `agreed` the rule is incomplete and
 *   records under it are reported `incomplete`, never given a default.
 */
export const RetentionRule = Schema.TaggedUnion({
  AfterEvent: {
    event: RetentionName,
    duration: RetentionLength,
    bound: Bound,
    unless: Schema.optionalKey(RetentionName),
  },
  WhileActive: { until: RetentionName, grace: Schema.optionalKey(RetentionLength) },
  UntilProcessed: { received: RetentionName, processed: RetentionName, max: RetentionLength },
  Immediately: { event: RetentionName },
  NotStored: {},
  ByAgreement: {
    agreed: Schema.optionalKey(
      Schema.Struct({ event: RetentionName, duration: RetentionLength, bound: Bound }),
    ),
  },
});
/** A retention rule. */
export type RetentionRule = typeof RetentionRule.Type;

/**
 * Readings a rule can carry, which an option of `evaluate`/`sweep` can switch off.
 * `statutory-period-as-maximum`: the rule reads a statutory period ("5 jaar (wettelijk)") as also
 * a maximum; `{ statutoryPeriodAsMaximum: false }` drops such rules (keep longer).
 */
export const RuleReading = Schema.Literals(["statutory-period-as-maximum"]);
/** A reading a rule carries. */
export type RuleReading = typeof RuleReading.Type;

const Text = Schema.String.check(Schema.isMaxLength(500, { message: "at most 500 characters" }));

/** One rule for one record class, citing the clauses it implements. */
export const ClassRule = Schema.Struct({
  /** Unique within the policy; explanations and results name rules by it. */
  id: RetentionName,
  recordClass: RetentionName,
  rule: RetentionRule,
  citations: BoundedArray(Citation, 20).check(
    Schema.isMinLength(1, { message: "every rule cites at least one clause" }),
  ),
  reading: Schema.optionalKey(RuleReading),
  description: Schema.optionalKey(Text),
});
/** A rule for a class of records. */
export type ClassRule = typeof ClassRule.Type;

/**
 * A record class: what the records are, the events every record has from the start
 * (`requiredEvents`, e.g. `received`) and those that may happen later (`laterEvents`, e.g.
 * `processed`). A later event that a record lacks has not happened yet.
 */
export const RecordClass = Schema.Struct({
  description: Text,
  requiredEvents: BoundedArray(RetentionName, 20).check(
    Schema.isMinLength(1, { message: "a class has at least one event every record has (e.g. received)" }),
  ),
  laterEvents: BoundedArray(RetentionName, 20),
});
/** A record class definition. */
export type RecordClass = typeof RecordClass.Type;

/**
 * The events a rule counts from or ends at, with the field that names each.
 *
 * @example
 * ```ts
 * import { ruleEvents, untilProcessed } from "@zorgkit/retention-policy";
 *
 * ruleEvents(untilProcessed({ received: "submitted", processed: "processed", max: { years: 1 } })); // => [["received", "submitted"], ["processed", "processed"]]
 * ```
 */
export function ruleEvents(rule: RetentionRule): ReadonlyArray<readonly [field: string, event: string]> {
  switch (rule._tag) {
    case "AfterEvent":
      return rule.unless === undefined
        ? [["event", rule.event]]
        : [
            ["event", rule.event],
            ["unless", rule.unless],
          ];
    case "WhileActive":
      return [["until", rule.until]];
    case "UntilProcessed":
      return [
        ["received", rule.received],
        ["processed", rule.processed],
      ];
    case "Immediately":
      return [["event", rule.event]];
    case "NotStored":
      return [];
    case "ByAgreement":
      return rule.agreed === undefined ? [] : [["agreed.event", rule.agreed.event]];
  }
}

function policyIssues(p: {
  readonly classes: { readonly [k: string]: RecordClass };
  readonly rules: ReadonlyArray<ClassRule>;
}): Array<Schema.FilterIssue> {
  const issues: Array<Schema.FilterIssue> = [];
  for (const [name, c] of Object.entries(p.classes)) {
    const seen = new Set<string>();
    [...c.requiredEvents, ...c.laterEvents].forEach((e, i) => {
      if (seen.has(e)) {
        const inRequired = i < c.requiredEvents.length;
        issues.push({
          path: ["classes", name, inRequired ? "requiredEvents" : "laterEvents"],
          issue: `event "${e}" is listed twice in class "${name}"`,
        });
      }
      seen.add(e);
    });
  }
  const ids = new Set<string>();
  p.rules.forEach((r, i) => {
    if (ids.has(r.id)) issues.push({ path: ["rules", i, "id"], issue: `rule id "${r.id}" is used twice` });
    ids.add(r.id);
    const c = Object.hasOwn(p.classes, r.recordClass) ? p.classes[r.recordClass] : undefined;
    if (c === undefined) {
      issues.push({
        path: ["rules", i, "recordClass"],
        issue: `unknown record class "${r.recordClass}"; the policy defines ${Object.keys(p.classes).join(", ") || "no classes"}`,
      });
      return;
    }
    const events = new Set([...c.requiredEvents, ...c.laterEvents]);
    for (const [field, e] of ruleEvents(r.rule)) {
      if (!events.has(e))
        issues.push({
          path: ["rules", i, "rule", ...field.split(".")],
          issue: `event "${e}" never occurs in class "${r.recordClass}" (its events: ${[...events].join(", ")})`,
        });
    }
    if (
      r.reading === "statutory-period-as-maximum" &&
      !(r.rule._tag === "AfterEvent" && r.rule.bound === "max")
    )
      issues.push({
        path: ["rules", i, "reading"],
        issue: "the reading statutory-period-as-maximum belongs on an AfterEvent rule with bound max",
      });
  });
  return issues;
}

/**
 * The retention rulebook of a service: its record classes and the rules over them. Decoding
 * checks that every rule names a defined class and only events that occur in that class, and
 * that rule ids are unique.
 */
export const RetentionPolicy = Schema.Struct({
  id: RetentionName,
  classes: BoundedRecord(RetentionName, RecordClass, 1000, "at most 1000 record classes"),
  rules: BoundedArray(ClassRule, 10_000),
}).check(Schema.makeFilter(policyIssues));
/** A retention policy (rulebook). */
export type RetentionPolicy = typeof RetentionPolicy.Type;

/**
 * The rules of a policy whose period is still to be agreed (`ByAgreement` without `agreed`):
 * a policy with any of these is incomplete, and records under them are evaluated `incomplete`.
 *
 * @example
 * ```ts
 * import { mdoB1Retention, unagreedRules } from "@zorgkit/retention-policy";
 *
 * unagreedRules(mdoB1Retention).map((r) => r.recordClass); // => ["patient-registration", "mdo-report"]
 * ```
 */
export function unagreedRules(policy: RetentionPolicy): ReadonlyArray<ClassRule> {
  return policy.rules.filter((r) => r.rule._tag === "ByAgreement" && r.rule.agreed === undefined);
}

function lengthOrThrow(d: DateLength, what: string): DateLength {
  const parts = [d.years, d.months, d.weeks, d.days];
  if (parts.some((n) => n !== undefined && (!Number.isSafeInteger(n) || n < 0)) || parts.every((n) => !n))
    throw new TypeError(
      `${what}: expected a positive length (a number of days, weeks, months or years), got ${formatLength(d)}`,
    );
  return d;
}

function nameOrThrow(s: string, what: string): string {
  if (!NAME.test(s) || s.length > 64)
    throw new TypeError(`${what}: "${s}" is not a name (lower-case words joined by hyphens)`);
  return s;
}

/**
 * A period counted from an event: a maximum (`"max"`) or a minimum (`"min"`).
 *
 * @example
 * ```ts
 * import { afterEvent } from "@zorgkit/retention-policy";
 *
 * afterEvent("written", { months: 6 }, "max"); // => { "_tag": "AfterEvent", "event": "written", "duration": { "months": 6 }, "bound": "max" }
 * ```
 */
export function afterEvent(
  event: string,
  duration: DateLength,
  bound: Bound,
  options?: { readonly unless?: string },
): RetentionRule {
  const base = {
    _tag: "AfterEvent" as const,
    event: nameOrThrow(event, "afterEvent"),
    duration: lengthOrThrow(duration, "afterEvent"),
    bound,
  };
  return options?.unless === undefined
    ? base
    : { ...base, unless: nameOrThrow(options.unless, "afterEvent") };
}

/**
 * Kept while a state lasts; gone once `until` happens (after `grace`, if given).
 *
 * @example
 * ```ts
 * import { whileActive } from "@zorgkit/retention-policy";
 *
 * whileActive("unsubscribed"); // => { "_tag": "WhileActive", "until": "unsubscribed" }
 * ```
 */
export function whileActive(until: string, grace?: DateLength): RetentionRule {
  const base = { _tag: "WhileActive" as const, until: nameOrThrow(until, "whileActive") };
  return grace === undefined ? base : { ...base, grace: lengthOrThrow(grace, "whileActive") };
}

/**
 * Kept while being processed, destroyed right after processing, and at the latest `max` after
 * receipt.
 *
 * @example
 * ```ts
 * import { untilProcessed } from "@zorgkit/retention-policy";
 *
 * untilProcessed({ received: "submitted", processed: "processed", max: { years: 1 } }); // => { "_tag": "UntilProcessed", "received": "submitted", "processed": "processed", "max": { "years": 1 } }
 * ```
 */
export function untilProcessed(r: {
  readonly received: string;
  readonly processed: string;
  readonly max: DateLength;
}): RetentionRule {
  return {
    _tag: "UntilProcessed",
    received: nameOrThrow(r.received, "untilProcessed"),
    processed: nameOrThrow(r.processed, "untilProcessed"),
    max: lengthOrThrow(r.max, "untilProcessed"),
  };
}

/**
 * Destroyed directly after the event.
 *
 * @example
 * ```ts
 * import { immediately } from "@zorgkit/retention-policy";
 *
 * immediately("processed"); // => { "_tag": "Immediately", "event": "processed" }
 * ```
 */
export function immediately(event: string): RetentionRule {
  return { _tag: "Immediately", event: nameOrThrow(event, "immediately") };
}

/**
 * Records of the class are never stored.
 *
 * @example
 * ```ts
 * import { notStored } from "@zorgkit/retention-policy";
 *
 * notStored(); // => { "_tag": "NotStored" }
 * ```
 */
export function notStored(): RetentionRule {
  return { _tag: "NotStored" };
}

/**
 * A period the parties agree; without `agreed` the rule is incomplete.
 *
 * @example
 * ```ts
 * import { byAgreement } from "@zorgkit/retention-policy";
 *
 * byAgreement(); // => { "_tag": "ByAgreement" }
 * byAgreement({ event: "written", duration: { years: 2 }, bound: "max" }); // => { "_tag": "ByAgreement", "agreed": { "event": "written", "duration": { "years": 2 }, "bound": "max" } }
 * ```
 */
export function byAgreement(agreed?: {
  readonly event: string;
  readonly duration: DateLength;
  readonly bound: Bound;
}): RetentionRule {
  if (agreed === undefined) return { _tag: "ByAgreement" };
  return {
    _tag: "ByAgreement",
    agreed: {
      event: nameOrThrow(agreed.event, "byAgreement"),
      duration: lengthOrThrow(agreed.duration, "byAgreement"),
      bound: agreed.bound,
    },
  };
}

/**
 * One policy from several (a service under VJZ that keeps its NEN 7513 log too): classes of the
 * same name are merged (the union of their events; an event required by any is required), rules
 * are concatenated, a rule id used by two policies gets its policy's id as prefix. With the rules
 * of every source together, the evaluation's principles apply across them: the longest minimum
 * and the shortest maximum win, and a statutory minimum that outlasts a storage maximum is a
 * conflict. Throws a `TypeError` when rule ids would still collide (two policies of the same id).
 *
 * @example
 * ```ts
 * import { date, instant } from "@zorgkit/core";
 * import { combinePolicies, evaluate, mitzRetention, statutoryRetention } from "@zorgkit/retention-policy";
 *
 * const both = combinePolicies("mitz-and-statutory", [mitzRetention, statutoryRetention]);
 * both.rules.filter((r) => r.recordClass === "audit-log").map((r) => r.id); // => ["logging-5-years-min", "logging-5-years-max", "nen7513-logging-5-years"]
 * const log = { id: "l1", recordClass: "audit-log", events: { written: date("2021-06-01") } };
 * evaluate(log, both, instant("2026-06-02T00:00:00+02:00")).value.status; // => "must-delete"
 * ```
 */
export function combinePolicies(id: string, policies: ReadonlyArray<RetentionPolicy>): RetentionPolicy {
  nameOrThrow(id, "combinePolicies");
  const classes: Record<string, RecordClass> = {};
  for (const p of policies)
    for (const [name, c] of Object.entries(p.classes)) {
      const prev = Object.hasOwn(classes, name) ? classes[name] : undefined;
      if (prev === undefined) {
        classes[name] = c;
        continue;
      }
      const required = [...new Set([...prev.requiredEvents, ...c.requiredEvents])];
      const later = [...new Set([...prev.laterEvents, ...c.laterEvents])].filter(
        (e) => !required.includes(e),
      );
      classes[name] = { description: prev.description, requiredEvents: required, laterEvents: later };
    }
  const count = new Map<string, number>();
  for (const p of policies) for (const r of p.rules) count.set(r.id, (count.get(r.id) ?? 0) + 1);
  const rules = policies.flatMap((p) =>
    p.rules.map((r) =>
      (count.get(r.id) ?? 0) > 1 ? { ...r, id: nameOrThrow(`${p.id}-${r.id}`, "combinePolicies") } : r,
    ),
  );
  // two policies of the same id would still collide after prefixing: the explanations and
  // results name rules by id, so a duplicate would make them ambiguous
  const ids = new Set<string>();
  for (const r of rules) {
    if (ids.has(r.id))
      throw new TypeError(
        `combinePolicies: rule id "${r.id}" occurs twice after prefixing; give each policy its own id`,
      );
    ids.add(r.id);
  }
  return { id, classes, rules };
}
