/**
 * The MDO contract durations and the constructors of MDO contracts (`mdoContract`,
 * `switchToPaid`): the part of the MDO agreement a contract carries (MDO-BV 10.2, 10.3, 6.3,
 * MDO-MS §4 row 2). A module of its own so that building a contract does not bundle the whole
 * rulebook; `mdo2025` (./mdo-2025.ts) includes these figures.
 *
 * @module
 */
import { cite, date, type LocalDate } from "@zorgkit/core";
import type { Contract, ContractDuration, SwitchNoticeRule } from "../contract.js";

/** The funded MDO duration (MDO-BV 10.2). @internal */
export const funded = {
  name: "funded MDO",
  initialTerm: {
    _tag: "UntilDate",
    end: date("2026-12-31"),
    citations: [
      cite("MDO-BV", "10.2", "'looptijd tot 31 december 2026' read as up to and including 31 December 2026"),
    ],
  },
  renewal: { _tag: "CalendarYear", citations: [cite("MDO-BV", "10.2")] },
  notice: {
    customer: { value: { months: 2 }, citations: [cite("MDO-BV", "10.2")] },
    supplier: { value: { months: 24 }, citations: [cite("MDO-BV", "10.2")] },
  },
  noticeForm: {
    value: "any",
    citations: [cite("MDO-BV", "10.2", "10.2 names no form; 10.3 requires writing")],
  },
} as const satisfies ContractDuration;

/** The paid MDO duration (MDO-BV 10.3, 6.3). @internal */
export const paid = {
  name: "paid MDO",
  initialTerm: { _tag: "Length", length: { months: 18 }, citations: [cite("MDO-BV", "10.3")] },
  renewal: {
    _tag: "Months",
    months: 12,
    citations: [cite("MDO-BV", "10.3", "'jaarlijks' = per 12 months from the tariff date")],
  },
  notice: {
    customer: { value: { months: 6 }, citations: [cite("MDO-BV", "10.3")] },
    supplier: { value: { months: 12 }, citations: [cite("MDO-BV", "10.3")] },
  },
  noticeForm: { value: "written", citations: [cite("MDO-BV", "10.3")] },
} as const satisfies ContractDuration;

/** Whose notice before the switch to paid keeps its end date (MDO-BV 10.2, 6.3). @internal */
export const paidSwitchRule = {
  parties: ["customer"],
  citations: [
    cite(
      "MDO-BV",
      "10.2",
      "a customer's notice received before the switch to paid keeps the end date it had under 10.2 (this library's reading); leaving at the tariff date is the 6.5 ground",
    ),
    cite(
      "MDO-BV",
      "6.3",
      "'zullen wij de Overeenkomst … minimaal achttien (18) maanden continueren': the supplier's notice reaches a paid term at the earliest",
    ),
  ],
} as const satisfies SwitchNoticeRule;

/** Where the MDO agreement says the contract starts (MDO-MS §4 row 2). @internal */
export const startCitations = [
  cite(
    "MDO-MS",
    "4 row 2",
    "'treedt de Overeenkomst in werking zodra deze door u is ondertekend'; not repeated in MDO-BV 10.2",
  ),
];

/** The clause of the switch to paid (MDO-BV 10.3). @internal */
export const paidSwitchCitations = [
  cite("MDO-BV", "10.3", "the paid duration replaces 10.2 from the tariff date"),
];

/**
 * A funded MDO contract signed on `signedOn` (MDO-MS §4 row 2, MDO-BV 10.2). Throws a
 * `RangeError` for a signing date after 31 December 2026: 10.2 does not say how long a contract
 * signed later runs (see the guide); model it with your own duration.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mdoContract } from "@zorgkit/contract-terms";
 * mdoContract({ signedOn: date("2026-03-01") }).duration.name; // => "funded MDO"
 * ```
 */
export function mdoContract(options: { readonly signedOn: LocalDate }): Contract {
  if (options.signedOn > funded.initialTerm.end) {
    throw new RangeError(
      `MDO-BV 10.2 fixes the first term until ${funded.initialTerm.end}; a contract signed on ${options.signedOn} is not covered`,
    );
  }
  return {
    start: options.signedOn,
    startCitations,
    duration: funded,
    switches: [],
  };
}

/**
 * The contract with the funded → paid switch on `tariffsApplyFrom` (MDO-BV 10.3): the funded term
 * in progress ends the day before, the paid initial term of 18 months starts that day. A
 * customer's notice received before the switch keeps its funded end date (MDO-BV 10.2, this
 * library's reading); the supplier's reaches a paid term at the earliest (MDO-BV 6.3). Throws a
 * `RangeError` when the date is not after the start (or the previous switch).
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mdoContract, switchToPaid, termAt } from "@zorgkit/contract-terms";
 * const paid = switchToPaid(mdoContract({ signedOn: date("2026-03-01") }), date("2027-08-31"));
 * termAt(paid, date("2028-01-01")).value?.end; // => "2029-02-28"
 * ```
 */
export function switchToPaid(contract: Contract, tariffsApplyFrom: LocalDate): Contract {
  const previous = contract.switches.at(-1)?.on ?? contract.start;
  if (tariffsApplyFrom <= previous) {
    throw new RangeError(`the switch (${tariffsApplyFrom}) must come after ${previous}`);
  }
  return {
    ...contract,
    switches: [
      ...contract.switches,
      {
        on: tariffsApplyFrom,
        duration: paid,
        citations: paidSwitchCitations,
        cutShortTermEndableBy: paidSwitchRule,
      },
    ],
  };
}
