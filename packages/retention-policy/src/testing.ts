/**
 * `@zorgkit/retention-policy/testing`: fast-check arbitraries of retention rules.
 * Requires `fast-check` (optional peer).
 *
 * @module
 */
import fc from "fast-check";
import type { Duration, RetentionRule } from "./rules.js";

const event = fc.constantFrom("received", "processed", "written", "last-changed", "unsubscribed");

/**
 * Calendar lengths of up to 30 years.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbDuration(), (d) => Schema.is(Duration)(d)));
 * ```
 */
export function arbDuration(): fc.Arbitrary<Duration> {
  return fc.record(
    { years: fc.nat(30), months: fc.nat(24), weeks: fc.nat(10), days: fc.nat(400) },
    { requiredKeys: [] },
  );
}

/**
 * Valid retention rules of every kind.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbRetentionRule(), (r) => Schema.is(RetentionRule)(r)));
 * ```
 */
export function arbRetentionRule(): fc.Arbitrary<RetentionRule> {
  return fc.oneof(
    fc.record({
      _tag: fc.constant("AfterEvent" as const),
      event,
      duration: arbDuration(),
      bound: fc.constantFrom("max" as const, "min" as const),
    }),
    fc.record({ _tag: fc.constant("WhileActive" as const), untilEvent: event }),
    fc.record({ _tag: fc.constant("UntilProcessed" as const), max: arbDuration() }),
    fc.record({ _tag: fc.constant("Immediately" as const), event }),
    fc.constant({ _tag: "NotStored" as const }),
    fc.constant({ _tag: "ByAgreement" as const }),
  );
}
