/**
 * TEMPORARY stand-ins for the shared vocabulary that `@zorgkit/core` is adding (issue #9):
 * `Citation`, `DateLength`, `WholeNumber`, `Figure`, `Verdict` and the total `tryX` date
 * variants, and the Hoge Raad month rule for periods after an event (issue #11 item 1). Each is
 * replaced by core's export as soon as core announces it; this module is then deleted.
 *
 * @module
 * @internal
 */
import {
  addDays,
  addLength,
  type Citation as CitationType,
  dateFromParts,
  dateParts,
  daysInMonth,
  type Explained,
  type LocalDate,
  type Step,
  termEnd,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";

/** A citation as data. @internal */
export const Citation: Schema.Codec<CitationType> = Schema.Struct({
  source: Schema.String.check(Schema.isMaxLength(100)),
  article: Schema.String.check(Schema.isMaxLength(100)),
  note: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(1000))),
});

/** A whole number ≥ 0. @internal */
export const WholeNumber = Schema.Number.check(
  Schema.makeFilter((n: number) => (Number.isSafeInteger(n) && n >= 0) || "expected a whole number ≥ 0"),
);

/** A calendar length. @internal */
export const DateLength = Schema.Struct({
  years: Schema.optionalKey(WholeNumber),
  months: Schema.optionalKey(WholeNumber),
  weeks: Schema.optionalKey(WholeNumber),
  days: Schema.optionalKey(WholeNumber),
});

/** A figure: a value with its citations. @internal */
export function Figure<S extends Schema.Top>(value: S) {
  return Schema.Struct({ value, citations: Schema.Array(Citation).check(Schema.isMaxLength(20)) });
}

/** The three outcomes of a "may X?" question. @internal */
export type Outcome = "allowed" | "refused" | "undetermined";

/** A "may X?" answer. @internal */
export interface Verdict<D = undefined> extends Explained<Outcome> {
  readonly reasons: ReadonlyArray<Step>;
  readonly details: D;
}

function verdict<D>(
  value: Outcome,
  details: D,
  because: ReadonlyArray<Step>,
  reasons: ReadonlyArray<Step>,
): Verdict<D> {
  return { value, because, reasons, details };
}
/** @internal */
export const allowed = <D>(details: D, because: ReadonlyArray<Step>, reasons: ReadonlyArray<Step>) =>
  verdict("allowed", details, because, reasons);
/** @internal */
export const refused = <D>(details: D, because: ReadonlyArray<Step>, reasons: ReadonlyArray<Step>) =>
  verdict("refused", details, because, reasons);
/** @internal */
export const undetermined = <D>(details: D, because: ReadonlyArray<Step>, reasons: ReadonlyArray<Step>) =>
  verdict("undetermined", details, because, reasons);

function total<A>(f: () => A): A | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}
/** @internal */
export const tryAddDays = (d: LocalDate, n: number) => total(() => addDays(d, n));
/** @internal */
export const tryAddLength = (
  d: LocalDate,
  l: { years?: number; months?: number; weeks?: number; days?: number },
) => total(() => addLength(d, l));
/** @internal */
export const tryTermEnd = (
  d: LocalDate,
  l: { years?: number; months?: number; weeks?: number; days?: number },
) => total(() => termEnd(d, l));

/**
 * The last day of the period of `length` after an event on `d` (HR 1 September 2017,
 * ECLI:NL:HR:2017:2225): months and years land on the event's day number in the target month,
 * or that month's last day when it lacks one; then weeks and days are added. @internal
 */
export function tryPeriodAfterLastDay(
  d: LocalDate,
  l: { years?: number; months?: number; weeks?: number; days?: number },
): LocalDate | undefined {
  const months = (l.years ?? 0) * 12 + (l.months ?? 0);
  const days = (l.weeks ?? 0) * 7 + (l.days ?? 0);
  const { year, month, day } = dateParts(d);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (y < 1 || y > 9999) return undefined;
  const landed = dateFromParts(y, m, Math.min(day, daysInMonth(y, m)));
  return tryAddDays(landed, days);
}
