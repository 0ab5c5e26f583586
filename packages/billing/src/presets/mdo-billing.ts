/**
 * The MDO payment clauses as data: `mdoBilling`, the {@link BillingRules} of MDO-BV art. 6 and
 * 2.15 (Bijzondere voorwaarden Dienst MDO, 1.0, 4 June 2025), with the Dutch VAT rates and the
 * commercial statutory interest rate. Every figure cites its clause.
 *
 * @module
 */
import { cite, date } from "@zorgkit/core";
import { mdoOfficeHours } from "@zorgkit/core/presets";
import type { BillingRules } from "../rulebook.js";
import { mdoCollectionCosts } from "./collection-costs.js";
import { commercialInterestRates } from "./interest-rates.js";

const wetOb = (note: string) => cite("Wet OB 1968", "9", note);

/**
 * MDO-BV art. 6 and 2.15. Readings this preset takes (docs/guide/billing.md):
 * - "wettelijke rente" (6.10) is the commercial rate of art. 6:119a BW (both parties act in the
 *   course of business); swap in `statutoryInterestRates` for the ordinary rate of art. 6:119.
 * - The office calendar for "10 werkdagen" (6.9) is MDO-SLA's office calendar (`mdoOfficeHours`:
 *   weekends and the MDO holiday set closed).
 * - Collection costs are MDO-BV 6.11 (5 %, at least € 1.000, once per hand-over).
 */
export const mdoBilling: BillingRules = {
  name: "MDO-BV art. 6 (1.0, 4 June 2025)",
  funded: { citations: [cite("MDO-BV", "6.1")] },
  maxMarginPercent: { value: "5", citations: [cite("MDO-BV", "6.3"), cite("MDO-BV", "6.2")] },
  allocationKeys: { citations: [cite("MDO-BV", "6.4")] },
  indexation: {
    value: { perCalendarYear: 1, bases: ["CBS DPI section J", "inflation"] },
    citations: [cite("MDO-BV", "6.6")],
  },
  interimIncrease: { citations: [cite("MDO-BV", "6.7")] },
  officeCalendar: mdoOfficeHours,
  invoiceWorkingDays: { value: 10, citations: [cite("MDO-BV", "6.9")] },
  paymentTermDays: { value: 30, citations: [cite("MDO-BV", "6.9")] },
  directDebitDay: { value: 23, citations: [cite("MDO-BV", "6.9", "'rond de 23ste': the planned day")] },
  noSetOff: { citations: [cite("MDO-BV", "6.9")] },
  vatRates: {
    standard: [
      { from: date("2001-01-01"), value: "19", citations: [wetOb("standard rate 19 % from 1 Jan 2001")] },
      { from: date("2012-10-01"), value: "21", citations: [wetOb("standard rate 21 % from 1 Oct 2012")] },
    ],
    reduced: [
      { from: date("2001-01-01"), value: "6", citations: [wetOb("reduced rate 6 % (table I)")] },
      {
        from: date("2019-01-01"),
        value: "9",
        citations: [wetOb("reduced rate 9 % from 1 Jan 2019 (table I)")],
      },
    ],
    zero: [{ from: date("2001-01-01"), value: "0", citations: [wetOb("zero rate (table II)")] }],
    citations: [cite("MDO-BV", "6.15"), cite("MDO-BV", "6.6", "tariffs exclude VAT and other levies")],
  },
  maxReminders: { value: 2, citations: [cite("MDO-BV", "6.10")] },
  interest: {
    table: commercialInterestRates,
    citations: [cite("MDO-BV", "6.10", "'wettelijke rente' read as art. 6:119a BW (commercial)")],
  },
  collectionCosts: mdoCollectionCosts,
  suspension: { citations: [cite("MDO-BV", "6.12")] },
  blockingNeedsFormalNotice: { citations: [cite("MDO-BV", "2.15")] },
  dissolutionDemands: {
    value: 2,
    citations: [
      cite("MDO-BV", "6.13", "'herhaaldelijke schriftelijke aanmaning' = at least two written demands"),
    ],
  },
  afterEndDays: { value: 30, citations: [cite("MDO-BV", "6.14")] },
};
