/**
 * Internal: the pieces of ADR 0006/0007 that `@zorgkit/core` is adding (a `Citation` schema,
 * `Figure`, dated tables with `valueOn`, `Verdict`). Billing keeps its own small copies here until
 * core's land, so the package follows the contract from birth; the public API exposes only the
 * shapes, never these names.
 *
 * @module
 * @internal
 */
import { type Citation, compareDates, type Explained, type LocalDate, type Step } from "@zorgkit/core";
import * as Schema from "effect/Schema";

const MAX_TEXT = 500;

/** A bounded string (ADR 0006 §4: every string schema has a maximum length). */
export const Text = (max = MAX_TEXT) =>
  Schema.String.check(Schema.makeFilter((s: string) => s.length <= max || `at most ${max} characters`));

/** A citation as data. */
export const CitationSchema = Schema.Struct({
  source: Text(64),
  article: Text(64),
  note: Schema.optionalKey(Text(1000)),
});

/** Citations of a figure (at most 20). */
export const Citations = Schema.Array(CitationSchema).check(
  Schema.makeFilter((xs: ReadonlyArray<unknown>) => xs.length <= 20 || "at most 20 citations"),
);

/** `{ value, citations }` of a schema (ADR 0007 §2). */
export function FigureOf<S extends Schema.Top>(value: S) {
  return Schema.Struct({ value, citations: Citations });
}

/** A figure: a value and the clauses it comes from. */
export interface FigureValue<A> {
  readonly value: A;
  readonly citations: ReadonlyArray<Citation>;
}

/** One row of a dated table. */
export interface DatedRow<A> {
  readonly from: LocalDate;
  readonly value: A;
  readonly citations: ReadonlyArray<Citation>;
}

/** Rows sorted by `from`, strictly ascending (no duplicate start: that would be an overlap). */
export function sortedRowsProblem(rows: ReadonlyArray<{ readonly from: string }>): string | undefined {
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]?.from ?? "";
    const b = rows[i]?.from ?? "";
    if (b === a) return `rows ${i - 1} and ${i} both start on ${b} (overlapping rows)`;
    if (b < a) return `row ${i} starts before row ${i - 1}: rows must be sorted by their start date`;
  }
  return undefined;
}

/** The check of a dated table: at least one row, at most 1 000, sorted, no duplicate start. */
export const datedRows = Schema.makeFilter((rows: ReadonlyArray<{ readonly from: string }>) => {
  if (rows.length === 0) return "a dated table needs at least one row";
  if (rows.length > 1000) return "at most 1000 rows";
  return sortedRowsProblem(rows) ?? true;
});

/** The row in force on a day (the last row starting on or before it), or `undefined` before the first row. */
export function rowOn<A>(table: ReadonlyArray<DatedRow<A>>, day: LocalDate): DatedRow<A> | undefined {
  let lo = 0;
  let hi = table.length - 1;
  let found: DatedRow<A> | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const row = table[mid] as DatedRow<A>;
    if (compareDates(row.from, day) <= 0) {
      found = row;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** ADR 0006 §3 outcome of a "may X?" question. */
export type Outcome = "allowed" | "refused" | "undetermined";

/** ADR 0006 §3 verdict (core's `Verdict<D>` shape). */
export interface VerdictOf<D = undefined> extends Explained<Outcome> {
  readonly reasons: ReadonlyArray<Step>;
  readonly details: D;
}

/** Build a verdict: `because` holds all steps, `reasons` the deciding ones. */
export function verdict<D>(
  outcome: Outcome,
  reasons: ReadonlyArray<Step>,
  details: D,
  because: ReadonlyArray<Step> = reasons,
): VerdictOf<D> {
  return { value: outcome, because, reasons, details };
}
