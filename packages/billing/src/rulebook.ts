/**
 * The billing rulebooks as data (ADR 0007): {@link InterestTable} (statutory interest rates by
 * effective date) and {@link BillingRules} (every figure of a contract's payment clauses, each
 * with its citations). Logic modules and presets both import this leaf module.
 *
 * @module
 */
import {
  BoundedArray,
  BoundedString,
  BusinessCalendar,
  Citations,
  DatedTable,
  Figure,
  LocalDate,
  Money,
  WholeNumberBetween,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { LONGEST_PAYMENT_TERM_DAYS } from "./internal/limits.js";

const Cited = Schema.Struct({ citations: Citations });

const PERCENT = /^(0|[1-9]\d{0,2})(\.\d{1,4})?$/;

/**
 * A percentage as a decimal string with at most four decimals, 0–100 (`"12.25"`, `"5"`, `"0"`).
 * Strings, so a rate never passes through a float.
 */
export const Percent = Schema.String.check(
  Schema.makeFilter(
    (s: string) =>
      (s.length <= 9 && PERCENT.test(s) && Number(s) <= 100) ||
      'expected a percentage 0–100 as a decimal string with at most four decimals, e.g. "12.25"',
  ),
);
/** See {@link Percent}. */
export type Percent = typeof Percent.Type;

/**
 * A dated table of percentages (ADR 0007 §2): `[{ from, value, citations }]`, sorted by `from`,
 * each row in force until the next starts. Duplicate or unsorted starts (overlaps) are rejected.
 */
export const PercentTable = DatedTable(Percent).check(
  Schema.makeFilter(
    (rows: ReadonlyArray<unknown>) => rows.length > 0 || "a dated table needs at least one row",
  ),
);
/** See {@link PercentTable}. */
export type PercentTable = typeof PercentTable.Type;

/**
 * A table of statutory interest rates (art. 6:119 / 6:119a BW, or a user's own): rows of
 * `{ from, value: percent per year, citations }`, sorted, each in force until the next row
 * starts; `through` is the last day the table is known to cover. A day after `through` is
 * computed at the last rate and flagged as provisional; a day before the first row has no rate.
 * Rows with duplicate or unsorted start dates (overlaps) are rejected; gaps cannot occur (each
 * row runs until the next).
 */
export const InterestTable = Schema.Struct({
  name: BoundedString(200),
  rows: PercentTable,
  through: LocalDate,
  /** The clause(s) of the rate itself. */
  citations: Citations,
  /** The clause that adds a year's interest to the base after each year (art. 6:119 lid 2 BW). */
  compounding: Cited,
  /** The clause that applies a payment to costs, then interest, then principal (art. 6:44 BW). */
  imputation: Cited,
}).check(
  Schema.makeFilter((t: { rows: ReadonlyArray<{ from: string }>; through: string }) => {
    const last = t.rows[t.rows.length - 1];
    return last === undefined || t.through >= last.from
      ? undefined
      : {
          path: ["through"],
          issue: `the table ends (${t.through}) before its last row starts (${last.from})`,
        };
  }),
);
/** See {@link InterestTable}. */
export type InterestTable = typeof InterestTable.Type;

const Count = WholeNumberBetween;

/** A band of a staggered collection-cost scale: `percent` % of the part up to `upTo` (none: no limit). */
export const CollectionCostBand = Schema.Struct({
  upTo: Schema.optionalKey(Money),
  percent: Percent,
});

/**
 * A collection-cost rule: a scale of bands (one band for a flat percentage), a minimum, an
 * optional maximum, the clause it comes from. Rejected: bands whose upper bounds do not rise, a
 * band after the unbounded one, a negative minimum, a maximum below the minimum.
 */
export const CollectionCostRule = Schema.Struct({
  id: BoundedString(64),
  bands: BoundedArray(CollectionCostBand, 20).check(
    Schema.makeFilter((bs: ReadonlyArray<unknown>) => bs.length >= 1 || "at least one band"),
    // a scale is read band after band: each bound above the previous one, none after an unbounded band
    Schema.makeFilter((bs: ReadonlyArray<{ upTo?: number }>) => {
      let lower = 0;
      for (let i = 0; i < bs.length; i++) {
        const up = (bs[i] as { upTo?: number }).upTo;
        if (up === undefined) {
          if (i < bs.length - 1)
            return { path: [i + 1], issue: "a band after the unbounded band is never reached" };
        } else if (up <= lower)
          return {
            path: [i, "upTo"],
            issue: "each band's upper bound must be above the previous one (and above € 0,00)",
          };
        else lower = up;
      }
      return undefined;
    }),
  ),
  minimum: Money.check(Schema.makeFilter((m: number) => m >= 0 || "expected an amount of € 0,00 or more")),
  maximum: Schema.optionalKey(Money),
  citations: Citations,
}).check(
  Schema.makeFilter((r: { minimum: number; maximum?: number }) =>
    r.maximum === undefined || r.maximum >= r.minimum
      ? undefined
      : { path: ["maximum"], issue: "the maximum is below the minimum" },
  ),
);
/** See {@link CollectionCostRule}. */
export type CollectionCostRule = typeof CollectionCostRule.Type;

/** VAT categories with their dated rates. */
export const VatCategory = Schema.Literals(["standard", "reduced", "zero"]);
/** See {@link VatCategory}. */
export type VatCategory = typeof VatCategory.Type;

/** The two cost-allocation keys of MDO-BV 6.4: per connected provider, or per unique MDO (PHR). */
export const AllocationKey = Schema.Literals(["per-provider", "per-mdo"]);
/** See {@link AllocationKey}. */
export type AllocationKey = typeof AllocationKey.Type;

/**
 * Every figure of a contract's payment clauses (ADR 0007): the preset `mdoBilling` holds MDO-BV
 * art. 6 and 2.15; a team spreads it and replaces a figure with its own contract's.
 *
 * - `funded`: the service is free while centrally funded (6.1).
 * - `maxMarginPercent`: cost price plus at most this margin (6.3).
 * - `allocationKeys`: the keys voted on by majority (6.4).
 * - `indexation`: changes per calendar year (6.6); `interimIncrease`: the extra increase (6.7).
 * - `invoiceWorkingDays` on `officeCalendar`: the invoice is sent within N working days after the
 *   month (6.9); `paymentTermDays`: due N days after the invoice date; `directDebitDay`: the day of
 *   the month a direct debit is collected; `noSetOff`: the set-off exclusion.
 * - `vatRates`: a dated table per category (6.15 states the rate on the invoice).
 * - `maxReminders`, `interest` (6.10); `collectionCosts` (6.11); `suspension` (6.12);
 *   `blockingNeedsFormalNotice` (2.15); `dissolutionDemands` (6.13); `afterEndDays` (6.14).
 */
export const BillingRules = Schema.Struct({
  name: BoundedString(200),
  funded: Cited,
  maxMarginPercent: Figure(Percent),
  allocationKeys: Cited,
  indexation: Figure(
    Schema.Struct({ perCalendarYear: Count(1, 12), bases: BoundedArray(BoundedString(64), 10) }),
  ),
  interimIncrease: Cited,
  officeCalendar: BusinessCalendar.check(
    // with no weekday open there is no working day: every invoice deadline (6.9) would throw
    Schema.makeFilter((c: { weekly: Record<string, ReadonlyArray<unknown>> }) =>
      Object.values(c.weekly).some((day) => day.length > 0)
        ? undefined
        : { path: ["weekly"], issue: "the office calendar has no open weekday, so no working day" },
    ),
  ),
  invoiceWorkingDays: Figure(Count(0, 250)),
  paymentTermDays: Figure(Count(0, LONGEST_PAYMENT_TERM_DAYS)),
  directDebitDay: Figure(Count(1, 28)),
  noSetOff: Cited,
  vatRates: Schema.Struct({
    standard: PercentTable,
    reduced: PercentTable,
    zero: PercentTable,
    citations: Citations,
  }),
  maxReminders: Figure(Count(0, 10)),
  interest: Schema.Struct({ table: InterestTable, citations: Citations }),
  collectionCosts: CollectionCostRule,
  suspension: Cited,
  blockingNeedsFormalNotice: Cited,
  dissolutionDemands: Figure(Count(1, 10)),
  afterEndDays: Figure(Count(0, 3650)),
});
/** See {@link BillingRules}. */
export type BillingRules = typeof BillingRules.Type;
