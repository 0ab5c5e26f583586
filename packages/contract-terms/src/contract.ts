/**
 * A contract's duration as data: when it starts, how long the first term runs, how it renews,
 * each party's notice period, and the events that replace the duration (the MDO switch from
 * funded to paid, MDO-BV 10.3). Schemas are the single source of truth for the types.
 *
 * @module
 */

import type { Citation as CitationType } from "@zorgkit/core";
import { compareDates, LocalDate, termEnd } from "@zorgkit/core";
import * as Schema from "effect/Schema";

/** Schema of a {@link CitationType | Citation}: `{ source: "MDO-BV", article: "10.2" }`. */
export const Citation = Schema.Struct({
  source: Schema.String,
  article: Schema.String,
  note: Schema.optionalKey(Schema.String),
});

/** A party to the agreement: the customer (contractant, zorgaanbieder) or the supplier (VECOZO). */
export const Party = Schema.Literals(["customer", "supplier"]);
/** A party to the agreement. */
export type Party = typeof Party.Type;

/**
 * The other party.
 *
 * @example
 * ```ts
 * otherParty("customer"); // "supplier"
 * ```
 */
export function otherParty(party: Party): Party {
  return party === "customer" ? "supplier" : "customer";
}

const wholeNumber = (n: number) =>
  (Number.isSafeInteger(n) && n >= 0) || `expected a whole number ≥ 0, got ${String(n)}`;
const Count = Schema.Number.check(Schema.makeFilter(wholeNumber));

const lengthFields = {
  years: Schema.optionalKey(Count),
  months: Schema.optionalKey(Count),
  weeks: Schema.optionalKey(Count),
  days: Schema.optionalKey(Count),
  source: Schema.optionalKey(Citation),
};

function isPositiveLength(l: { years?: number; months?: number; weeks?: number; days?: number }): boolean {
  return (l.years ?? 0) + (l.months ?? 0) + (l.weeks ?? 0) + (l.days ?? 0) > 0;
}

/**
 * A positive calendar length with an optional citation: `{ months: 2, source: cite("MDO-BV", "10.2") }`.
 * Applied with core's date rule (`addLength`). A zero length is rejected: "immediate" is a kind
 * of ground, not a zero notice period.
 */
export const Length = Schema.Struct(lengthFields).check(
  Schema.makeFilter((l) => isPositiveLength(l) || "a length must be positive (at least one day)"),
);
/** A positive calendar length with an optional citation. */
export type Length = typeof Length.Type;

/** Notice period (opzegtermijn): a positive {@link Length}. */
export const NoticePeriod = Schema.Struct(lengthFields).check(
  Schema.makeFilter(
    (l) =>
      isPositiveLength(l) ||
      "a notice period must be positive; immediate termination is a ground, not a zero notice period",
  ),
);
/** Notice period (opzegtermijn). */
export type NoticePeriod = typeof NoticePeriod.Type;

/** The form a notice must take: no form named, in writing (schriftelijk), registered letter (aangetekende brief). */
export const NoticeForm = Schema.Literals(["any", "written", "registered-letter"]);
/** The form a notice must take. */
export type NoticeForm = typeof NoticeForm.Type;

/**
 * The first term (initiële looptijd): until a fixed last day (`UntilDate`, "looptijd tot 31 december
 * 2026") or a length from the start of the duration (`Length`, "18 maanden vanaf de datum waarop
 * de tarieven van toepassing zijn").
 */
export const InitialTerm = Schema.Union([
  Schema.TaggedStruct("UntilDate", { end: LocalDate, source: Schema.optionalKey(Citation) }),
  Schema.TaggedStruct("Length", { length: Length, source: Schema.optionalKey(Citation) }),
]).annotate({
  message:
    'Expected an initial term: { _tag: "UntilDate", end: "YYYY-MM-DD" } or { _tag: "Length", length: { months: n } }',
});
/** The first term of a duration. */
export type InitialTerm = typeof InitialTerm.Type;

/**
 * Tacit renewal (stilzwijgende verlenging) after the initial term: none, per calendar year
 * ("van kalenderjaar tot kalenderjaar"), or per period of N months counted from the duration's
 * anchor so month ends never drift ("jaarlijks" = 12).
 */
export const Renewal = Schema.Union([
  Schema.TaggedStruct("None", { source: Schema.optionalKey(Citation) }),
  Schema.TaggedStruct("CalendarYear", { source: Schema.optionalKey(Citation) }),
  Schema.TaggedStruct("Months", {
    months: Count.check(
      Schema.makeFilter((n: number) => n > 0 || "a renewal period must be at least 1 month"),
    ),
    source: Schema.optionalKey(Citation),
  }),
]).annotate({
  message: 'Expected a renewal: { _tag: "None" }, { _tag: "CalendarYear" } or { _tag: "Months", months: n }',
});
/** Tacit renewal rule. */
export type Renewal = typeof Renewal.Type;

/** A contract duration (looptijd): initial term, renewal, notice periods per party and the notice form. */
export const Duration = Schema.Struct({
  /** A short name for explanations ("funded MDO"). */
  name: Schema.String,
  initialTerm: InitialTerm,
  renewal: Renewal,
  notice: Schema.Struct({ customer: NoticePeriod, supplier: NoticePeriod }),
  noticeForm: Schema.Struct({ form: NoticeForm, source: Schema.optionalKey(Citation) }),
});
/** A contract duration. */
export type Duration = typeof Duration.Type;

/**
 * An event that replaces the duration from a date on (MDO-BV 10.3: "wordt de duur … als volgt
 * bepaald (en gewijzigd, voor zover artikel 10.2 … eerder van toepassing was)"). The term in
 * progress ends the day before; the new duration's initial term starts on `on`.
 */
export const DurationSwitch = Schema.Struct({
  on: LocalDate,
  duration: Duration,
  source: Schema.optionalKey(Citation),
  /**
   * The parties whose regular notice can end the contract on the last day before the switch (the
   * term the switch cuts short). Absent: both. MDO: the customer only — a supplier that starts
   * charging continues the contract for at least 18 months (MDO-BV 6.3).
   */
  cutShortTermEndableBy: Schema.optionalKey(
    Schema.Struct({ parties: Schema.Array(Party), source: Schema.optionalKey(Citation) }),
  ),
});
/** An event that replaces the duration from a date on. */
export type DurationSwitch = typeof DurationSwitch.Type;

/**
 * Last day of a duration's initial term when it starts on `start`: the fixed end date, or
 * `termEnd(start, length)` (core's date rule). `undefined` only past the year 9999.
 *
 * @example
 * ```ts
 * initialTermEnd(mdoPaid, date("2027-08-31")); // "2029-02-28"
 * ```
 */
export function initialTermEnd(duration: Duration, start: LocalDate): LocalDate | undefined {
  const it = duration.initialTerm;
  if (it._tag === "UntilDate") return it.end;
  try {
    return termEnd(start, it.length);
  } catch {
    return undefined;
  }
}

function contractProblems(c: {
  readonly start: LocalDate;
  readonly duration: Duration;
  readonly switches: ReadonlyArray<DurationSwitch>;
}): Array<{ path: ReadonlyArray<PropertyKey>; issue: string }> {
  const problems: Array<{ path: ReadonlyArray<PropertyKey>; issue: string }> = [];
  const regimes = [
    { start: c.start, duration: c.duration, path: ["duration"] as ReadonlyArray<PropertyKey> },
    ...c.switches.map((s, i) => ({ start: s.on, duration: s.duration, path: ["switches", i, "duration"] })),
  ];
  regimes.forEach((r, i) => {
    const it = r.duration.initialTerm;
    if (it._tag === "UntilDate" && compareDates(it.end, r.start) < 0) {
      problems.push({
        path: [...r.path, "initialTerm", "end"],
        issue: `the term ends (${it.end}) before it starts (${r.start})`,
      });
    }
    const next = regimes[i + 1];
    if (next !== undefined && compareDates(next.start, r.start) <= 0) {
      problems.push({
        path: ["switches", i, "on"],
        issue: `a switch (${next.start}) must come after the start of the duration it replaces (${r.start})`,
      });
    } else if (next !== undefined && r.duration.renewal._tag === "None") {
      const end = initialTermEnd(r.duration, r.start);
      if (end !== undefined && compareDates(next.start, end) > 0) {
        problems.push({
          path: ["switches", i, "on"],
          issue: `the contract has already ended on ${end} without renewal before the switch on ${next.start}`,
        });
      }
    }
    if (it._tag === "Length" && initialTermEnd(r.duration, r.start) === undefined) {
      problems.push({ path: [...r.path, "initialTerm"], issue: "the term ends after the year 9999" });
    }
  });
  return problems;
}

/**
 * A contract's duration as data: the start (inwerkingtreding), the duration in force from the
 * start, and later switches that replace it.
 *
 * Rejected at decoding: dates that are not calendar dates, a term ending before it starts,
 * zero or negative notice periods, an unknown party, switches out of order.
 */
export const Contract = Schema.Struct({
  start: LocalDate,
  /** The clause saying when the contract starts (for MDO: MDO-MS §4 row 2, on signing). */
  startSource: Schema.optionalKey(Citation),
  duration: Duration,
  switches: Schema.Array(DurationSwitch),
}).check(Schema.makeFilter((c) => contractProblems(c)));
/** A contract's duration as data. */
export type Contract = typeof Contract.Type;
