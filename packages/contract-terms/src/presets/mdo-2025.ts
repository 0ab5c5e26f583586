/**
 * The MDO agreement (VECOZO, Dienst Multidisciplinair Overleg): the figures of the Bijzondere
 * voorwaarden 1.0 of 4 June 2025 (`MDO-BV`) and the management summary (`MDO-MS`) as data. Every
 * figure is a typed value with its citation; the logic elsewhere never contains these numbers.
 *
 * @module
 */
import { cite, date, type LocalDate } from "@zorgkit/core";
import type { Contract, Duration } from "../contract.js";

/**
 * Funded MDO (MDO-BV 10.2, MDO-MS §4 row 2): while Zorgverzekeraars Nederland fully funds the
 * service. Runs until 31 December 2026, then renews tacitly per calendar year. Notice: customer
 * 2 months, supplier (VECOZO) 24 months. 10.2 names no form for the notice.
 */
export const mdoFunded = {
  name: "funded MDO",
  initialTerm: {
    _tag: "UntilDate",
    end: date("2026-12-31"),
    source: cite(
      "MDO-BV",
      "10.2",
      "'looptijd tot 31 december 2026' read as up to and including 31 December 2026",
    ),
  },
  renewal: { _tag: "CalendarYear", source: cite("MDO-BV", "10.2") },
  notice: {
    customer: { months: 2, source: cite("MDO-BV", "10.2") },
    supplier: { months: 24, source: cite("MDO-BV", "10.2") },
  },
  noticeForm: { form: "any", source: cite("MDO-BV", "10.2", "10.2 names no form; 10.3 requires writing") },
} as const satisfies Duration;

/**
 * Paid MDO (MDO-BV 10.3, 6.3): when the service becomes paid and the customer accepts the
 * tariffs. Initial term 18 months from the date the tariffs apply, then tacit yearly renewal,
 * each renewal counted from that date. Notice in writing: customer 6 months, supplier 12 months.
 */
export const mdoPaid = {
  name: "paid MDO",
  initialTerm: { _tag: "Length", length: { months: 18 }, source: cite("MDO-BV", "10.3") },
  renewal: {
    _tag: "Months",
    months: 12,
    source: cite("MDO-BV", "10.3", "'jaarlijks' = per 12 months from the tariff date"),
  },
  notice: {
    customer: { months: 6, source: cite("MDO-BV", "10.3") },
    supplier: { months: 12, source: cite("MDO-BV", "10.3") },
  },
  noticeForm: { form: "written", source: cite("MDO-BV", "10.3") },
} as const satisfies Duration;

/** Where the MDO agreement says the contract starts: when the customer signs it. */
export const mdoStartsOnSigning = cite(
  "MDO-MS",
  "4 row 2",
  "'treedt de Overeenkomst in werking zodra deze door u is ondertekend'; not repeated in MDO-BV 10.2",
);

/** Citation of the switch from funded to paid (MDO-BV 10.3, 6.2, 6.3). */
export const mdoSwitchToPaidSource = cite(
  "MDO-BV",
  "10.3",
  "the paid duration replaces 10.2 from the tariff date",
);

/**
 * A funded MDO contract signed on `signedOn` (MDO-MS §4 row 2, MDO-BV 10.2). Throws a
 * `RangeError` for a signing date after 31 December 2026: 10.2 does not say how long a contract
 * signed later runs (see the guide); model it with your own duration.
 *
 * @example
 * ```ts
 * const contract = mdoContract({ signedOn: date("2026-03-01") });
 * ```
 */
export function mdoContract(options: { readonly signedOn: LocalDate }): Contract {
  if (options.signedOn > mdoFunded.initialTerm.end) {
    throw new RangeError(
      `MDO-BV 10.2 fixes the first term until ${mdoFunded.initialTerm.end}; a contract signed on ${options.signedOn} is not covered`,
    );
  }
  return { start: options.signedOn, duration: mdoFunded, switches: [] };
}

/**
 * The contract with the funded → paid switch on `tariffsApplyFrom` (MDO-BV 10.3): the funded term
 * in progress ends the day before, the paid initial term of 18 months starts that day. Throws a
 * `RangeError` when the date is not after the start (or the previous switch).
 *
 * @example
 * ```ts
 * const paid = switchToPaid(mdoContract({ signedOn: date("2026-03-01") }), date("2027-08-31"));
 * termAt(paid, date("2028-01-01")).value; // { start: "2027-08-31", end: "2029-02-28", kind: "initial", … }
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
      { on: tariffsApplyFrom, duration: mdoPaid, source: mdoSwitchToPaidSource },
    ],
  };
}
