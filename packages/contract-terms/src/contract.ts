/**
 * A contract's duration as data: when it starts, how long the first term runs, how it renews,
 * each party's notice period, and the events that replace the duration (the MDO switch from
 * funded to paid, MDO-BV 10.3). Schemas are the single source of truth for the types. This is a
 * leaf module: it imports only core and effect.
 *
 * Bounds (so every decoded contract can be evaluated): every length — a notice period, an initial
 * term, a renewal period — is positive and at most {@link maxContractLength} (100 years); a
 * contract has at most {@link maxSwitches} switches; names are at most 200 characters. Dates are
 * core's `LocalDate` (years 0001–9999); computations that would leave that range return
 * `undefined` instead of throwing.
 *
 * @module
 */
import {
  BoundedArray,
  BoundedString,
  Citations,
  compareDates,
  DateLength,
  Figure,
  LocalDate,
  tryTermEnd,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";

/** A short text (a name, a label): at most 200 characters. @internal */
export const ShortText = BoundedString(200);
/** A sentence (an explanation label): at most 1 000 characters. @internal */
export const Sentence = BoundedString(1000);

/** A party to the agreement: the customer (contractant, zorgaanbieder) or the supplier (VECOZO). */
export const Party = Schema.Literals(["customer", "supplier"]);
/** A party to the agreement. */
export type Party = typeof Party.Type;

/**
 * The other party.
 *
 * @example
 * ```ts
 * import { otherParty } from "@zorgkit/contract-terms";
 * otherParty("customer"); // => "supplier"
 * ```
 */
export function otherParty(party: Party): Party {
  return party === "customer" ? "supplier" : "customer";
}

/** The longest length a contract figure may state: 100 years (1 200 months, or 36 525 days). */
export const maxContractLength = { months: 1200, days: 36525 } as const;
/** The most switches a contract may carry. */
export const maxSwitches = 100;

type LengthLike = {
  readonly years?: number;
  readonly months?: number;
  readonly weeks?: number;
  readonly days?: number;
};

function lengthProblem(l: LengthLike, zeroMessage: string): string | true {
  const months = (l.years ?? 0) * 12 + (l.months ?? 0);
  const days = (l.weeks ?? 0) * 7 + (l.days ?? 0);
  if (months + days <= 0) return zeroMessage;
  // The months and days parts together: months/1200 + days/36525 ≤ 1, in whole numbers.
  if (
    months * maxContractLength.days + days * maxContractLength.months >
    maxContractLength.months * maxContractLength.days
  ) {
    return "a length may be at most 100 years (1200 months, or 36525 days, or a mix of both)";
  }
  return true;
}

/**
 * A positive calendar length of at most 100 years (core's `DateLength`): `{ months: 18 }`. A zero
 * length is rejected.
 */
export const ContractLength = DateLength.check(
  Schema.makeFilter((l: LengthLike) => lengthProblem(l, "a length must be positive (at least one day)")),
);
/** A positive calendar length of at most 100 years. */
export type ContractLength = typeof ContractLength.Type;

/**
 * Notice period (opzegtermijn): a positive {@link ContractLength}. A zero period is rejected:
 * "immediate" is a kind of ground, not a zero notice period.
 */
export const NoticePeriod = DateLength.check(
  Schema.makeFilter((l: LengthLike) =>
    lengthProblem(
      l,
      "a notice period must be positive; immediate termination is a ground, not a zero notice period",
    ),
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
  Schema.TaggedStruct("UntilDate", { end: LocalDate, citations: Citations }),
  Schema.TaggedStruct("Length", { length: ContractLength, citations: Citations }),
]).annotate({
  message:
    'Expected an initial term: { _tag: "UntilDate", end: "YYYY-MM-DD", citations } or { _tag: "Length", length: { months: n }, citations }',
});
/** The first term of a duration. */
export type InitialTerm = typeof InitialTerm.Type;

/**
 * Tacit renewal (stilzwijgende verlenging) after the initial term: none, per calendar year
 * ("van kalenderjaar tot kalenderjaar"), or per period of N months (1–1200) counted from the
 * duration's anchor so month ends never drift ("jaarlijks" = 12).
 */
export const Renewal = Schema.Union([
  Schema.TaggedStruct("None", { citations: Citations }),
  Schema.TaggedStruct("CalendarYear", { citations: Citations }),
  Schema.TaggedStruct("Months", {
    months: Schema.Number.check(
      Schema.makeFilter(
        (n: number) =>
          (Number.isSafeInteger(n) && n >= 1 && n <= maxContractLength.months) ||
          "a renewal period must be a whole number of months from 1 to 1200",
      ),
    ),
    citations: Citations,
  }),
]).annotate({
  message:
    'Expected a renewal: { _tag: "None" }, { _tag: "CalendarYear" } or { _tag: "Months", months: n }, each with citations',
});
/** Tacit renewal rule. */
export type Renewal = typeof Renewal.Type;

/**
 * A contract duration (looptijd): initial term, renewal, each party's notice period and the notice
 * form, every figure with its citations. (Named `ContractDuration`: core's `DateLength` is a
 * length; this is a contract term.)
 */
export const ContractDuration = Schema.Struct({
  /** A short name for explanations ("funded MDO"). */
  name: ShortText,
  initialTerm: InitialTerm,
  renewal: Renewal,
  notice: Schema.Struct({ customer: Figure(NoticePeriod), supplier: Figure(NoticePeriod) }),
  noticeForm: Figure(NoticeForm),
});
/** A contract duration. */
export type ContractDuration = typeof ContractDuration.Type;

/**
 * Which parties' regular notice, received before a switch, keeps the end date the replaced
 * duration gives it (this library's reading of MDO-BV 10.2/10.3, see the guide). Absent: both.
 * MDO: the customer only — a supplier that starts charging continues the contract for at least
 * 18 months (MDO-BV 6.3), so its notice reaches a term of the new duration at the earliest.
 */
export const SwitchNoticeRule = Schema.Struct({
  parties: BoundedArray(Party, 2),
  citations: Citations,
});
/** Which parties' notices given before a switch keep their end date. */
export type SwitchNoticeRule = typeof SwitchNoticeRule.Type;

/**
 * An event that replaces the duration from a date on (MDO-BV 10.3: "wordt de duur … als volgt
 * bepaald (en gewijzigd, voor zover artikel 10.2 … eerder van toepassing was)"). The term in
 * progress ends the day before; the new duration's initial term starts on `on`.
 */
export const DurationSwitch = Schema.Struct({
  on: LocalDate,
  duration: ContractDuration,
  citations: Schema.optionalKey(Citations),
  /** See {@link SwitchNoticeRule}. Absent: both parties. */
  cutShortTermEndableBy: Schema.optionalKey(SwitchNoticeRule),
});
/** An event that replaces the duration from a date on. */
export type DurationSwitch = typeof DurationSwitch.Type;

/**
 * Last day of a duration's initial term when it starts on `start`: the fixed end date, or
 * `termEnd(start, length)` (core's date rule). `undefined` only past the year 9999.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { initialTermEnd, mdo2025 } from "@zorgkit/contract-terms";
 * initialTermEnd(mdo2025.durations.paid, date("2027-08-31")); // => "2029-02-28"
 * ```
 */
export function initialTermEnd(duration: ContractDuration, start: LocalDate): LocalDate | undefined {
  const it = duration.initialTerm;
  return it._tag === "UntilDate" ? it.end : tryTermEnd(start, it.length);
}

function contractProblems(c: {
  readonly start: LocalDate;
  readonly duration: ContractDuration;
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
 * start, and later switches that replace it (at most {@link maxSwitches}).
 *
 * Rejected at decoding: dates that are not calendar dates, a term ending before it starts,
 * zero, negative or over-long (more than 100 years) lengths, an unknown party, switches out of
 * order.
 */
export const Contract = Schema.Struct({
  start: LocalDate,
  /** The clause saying when the contract starts (for MDO: MDO-MS §4 row 2, on signing). */
  startCitations: Schema.optionalKey(Citations),
  duration: ContractDuration,
  switches: BoundedArray(DurationSwitch, maxSwitches),
}).check(Schema.makeFilter((c) => contractProblems(c)));
/** A contract's duration as data. */
export type Contract = typeof Contract.Type;
