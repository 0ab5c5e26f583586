/**
 * Figures and dated tables (ADR 0007 §2): every figure of a rulebook carries its citations, and
 * figures that change over time (interest rates, VAT rates) are tables keyed by the date from
 * which each value is in force.
 *
 * @module
 */
import * as Schema from "effect/Schema";
import { BoundedArray } from "./bounded.js";
import { type Citation, Citations } from "./citation.js";
import { LocalDate } from "./dates.js";

/** A figure: a value with the clauses it comes from. */
export interface Figure<A> {
  readonly value: A;
  readonly citations: ReadonlyArray<Citation>;
}

/**
 * Schema of a {@link Figure} whose value has the schema `value`:
 * `{ value, citations: ReadonlyArray<Citation> }`.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { DateLength, Figure } from "@zorgkit/core";
 *
 * const NoticePeriod = Figure(DateLength);
 * Schema.is(NoticePeriod)({ value: { months: 2 }, citations: [{ source: "MDO-BV", article: "10.2" }] }); // => true
 * Schema.is(NoticePeriod)({ value: { months: 2 } }); // => false
 * ```
 */
export function Figure<S extends Schema.Top>(value: S) {
  return Schema.Struct({ value, citations: Citations });
}

/** One row of a {@link DatedTable}: the value in force from `from` on (until the next row). */
export interface DatedEntry<A> extends Figure<A> {
  readonly from: LocalDate;
}

/** A dated table: rows sorted by `from`, strictly ascending; the first row starts the table. */
export type DatedTable<A> = ReadonlyArray<DatedEntry<A>>;

/** Maximum number of rows of a decoded {@link DatedTable}. */
export const MAX_DATED_ROWS = 10_000;

function orderProblem(rows: ReadonlyArray<unknown>) {
  for (let i = 1; i < rows.length; i++) {
    const prev = rows[i - 1] as { readonly from: string };
    const cur = rows[i] as { readonly from: string };
    if (!(prev.from < cur.from)) {
      return {
        path: [i, "from"],
        issue: `Expected the rows sorted by "from", each after the one before (row ${i} is not after row ${i - 1})`,
      };
    }
  }
  return true;
}

/**
 * Schema of a {@link DatedTable} of values with the schema `value`: at most 10 000 rows
 * `{ from, value, citations }`, sorted by `from` with no date twice.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { DatedTable } from "@zorgkit/core";
 *
 * const Rates = DatedTable(Schema.String);
 * const citations = [{ source: "BW", article: "6:120" }];
 * Schema.is(Rates)([{ from: "2026-01-01", value: "8", citations }, { from: "2026-07-01", value: "7.5", citations }]); // => true
 * Schema.is(Rates)([{ from: "2026-07-01", value: "7.5", citations }, { from: "2026-01-01", value: "8", citations }]); // => false
 * ```
 */
export function DatedTable<S extends Schema.Top>(value: S) {
  return BoundedArray(Schema.Struct({ from: LocalDate, value, citations: Citations }), MAX_DATED_ROWS).check(
    Schema.makeFilter<ReadonlyArray<unknown>>(orderProblem, { expected: "rows sorted by their from date" }),
  );
}

/**
 * The row of a dated table in force on a day: the last row whose `from` is on or before `day`;
 * `undefined` before the first row. O(log n).
 *
 * @example
 * ```ts
 * import { date, entryOn } from "@zorgkit/core";
 *
 * const table = [
 *   { from: date("2026-01-01"), value: "8", citations: [] },
 *   { from: date("2026-07-01"), value: "7.5", citations: [] },
 * ];
 * entryOn(table, date("2026-07-01"))?.from; // => "2026-07-01"
 * ```
 */
export function entryOn<A>(table: DatedTable<A>, day: LocalDate): DatedEntry<A> | undefined {
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((table[mid] as DatedEntry<A>).from <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : table[lo - 1];
}

/**
 * The value of a dated table in force on a day (see {@link entryOn}); `undefined` before the
 * first row.
 *
 * @example
 * ```ts
 * import { date, valueOn } from "@zorgkit/core";
 *
 * const table = [
 *   { from: date("2026-01-01"), value: "8", citations: [] },
 *   { from: date("2026-07-01"), value: "7.5", citations: [] },
 * ];
 * valueOn(table, date("2026-06-30")); // => "8"
 * valueOn(table, date("2026-07-01")); // => "7.5"
 * valueOn(table, date("2025-12-31")); // => undefined
 * ```
 */
export function valueOn<A>(table: DatedTable<A>, day: LocalDate): A | undefined {
  return entryOn(table, day)?.value;
}
