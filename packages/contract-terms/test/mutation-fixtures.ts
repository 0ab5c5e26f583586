// Contracts shared by the mutation tests (issue #17, docs/quality.md): each is defined once here
// and imported by the test files that need it.
import { type Citation, date } from "@zorgkit/core";
import type { Contract, ContractDuration, NoticePeriod } from "../src/contract.js";

/**
 * A duration that does not renew, replaced by a switch before it expires; the switch names no
 * parties, so both parties' notices before it keep the end date the duration gives them.
 */
export const oneOff: Contract = {
  start: date("2027-01-01"),
  duration: {
    name: "one-off",
    initialTerm: { _tag: "UntilDate", end: date("2027-12-31"), citations: [] },
    renewal: { _tag: "None", citations: [] },
    notice: {
      customer: { value: { months: 3 }, citations: [] },
      supplier: { value: { months: 3 }, citations: [] },
    },
    noticeForm: { value: "written", citations: [] },
  },
  switches: [
    {
      on: date("2027-11-01"),
      duration: {
        name: "yearly",
        initialTerm: { _tag: "Length", length: { months: 12 }, citations: [] },
        renewal: { _tag: "CalendarYear", citations: [] },
        notice: {
          customer: { value: { months: 1 }, citations: [] },
          supplier: { value: { months: 1 }, citations: [] },
        },
        noticeForm: { value: "any", citations: [] },
      },
    },
  ],
};

/** A duration with one set of citations for both notice periods and no notice form. */
export const duration = (
  name: string,
  initialTerm: ContractDuration["initialTerm"],
  renewal: ContractDuration["renewal"],
  customer: NoticePeriod,
  supplier: NoticePeriod,
  citations: ReadonlyArray<Citation> = [],
): ContractDuration => ({
  name,
  initialTerm,
  renewal,
  notice: { customer: { value: customer, citations }, supplier: { value: supplier, citations } },
  noticeForm: { value: "any", citations: [] },
});
/** An initial term until a fixed last day. */
export const untilDate = (end: string): ContractDuration["initialTerm"] => ({
  _tag: "UntilDate",
  end: date(end),
  citations: [],
});
/** Renewal per calendar year. */
export const calendarYear: ContractDuration["renewal"] = { _tag: "CalendarYear", citations: [] };
/** Renewal per month. */
export const monthly: ContractDuration["renewal"] = { _tag: "Months", months: 1, citations: [] };
/** Calendar-month terms from 1 Jan 2027 (the first until 31 Jan 2027), one notice period for both. */
export const monthlyContract = (customer: NoticePeriod, supplier: NoticePeriod = customer): Contract => ({
  start: date("2027-01-01"),
  duration: duration("monthly", untilDate("2027-01-31"), monthly, customer, supplier),
  switches: [],
});
