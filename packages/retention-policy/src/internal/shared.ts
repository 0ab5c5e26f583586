/**
 * Schemas this package takes from core's shared vocabulary. Until core exports its `Citation`
 * and `DateLength` schemas (ADR 0006 §2), they are stated here once; this module is the single
 * place that changes when they land.
 *
 * @module
 * @internal
 */
import type { Citation as CoreCitation, DateLength } from "@zorgkit/core";
import * as Schema from "effect/Schema";

const Words = Schema.String.check(
  Schema.isMinLength(1, { message: "must not be empty" }),
  Schema.isMaxLength(200, { message: "at most 200 characters" }),
);

/** @internal A clause reference (core's `Citation`). */
export const Citation: Schema.Codec<CoreCitation> = Schema.Struct({
  source: Words,
  article: Words,
  note: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(500, { message: "at most 500 characters" }))),
});

const Part = Schema.Number.check(
  Schema.makeFilter(
    (n: number) => (Number.isSafeInteger(n) && n >= 0 && n <= 100_000) || "expected a whole number from 0 to 100000",
  ),
);

/**
 * @internal A retention length: core's `DateLength`, positive (not all parts zero) and at most
 * 1000 years, so that every decoded period can be evaluated.
 */
export const RetentionLength: Schema.Codec<DateLength> = Schema.Struct({
  years: Schema.optionalKey(Part),
  months: Schema.optionalKey(Part),
  weeks: Schema.optionalKey(Part),
  days: Schema.optionalKey(Part),
}).check(
  Schema.makeFilter((d: DateLength) => {
    const days = (d.years ?? 0) * 366 + (d.months ?? 0) * 31 + (d.weeks ?? 0) * 7 + (d.days ?? 0);
    if (days === 0) return "a retention period must be longer than zero (e.g. { months: 6 })";
    if (days > 366_000) return "a retention period is at most 1000 years";
    return true;
  }),
);
