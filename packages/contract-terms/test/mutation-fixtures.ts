// Contracts shared by the mutation tests (issue #17, docs/quality.md): each is defined once here
// and imported by the test files that need it.
import { date } from "@zorgkit/core";
import type { Contract } from "../src/contract.js";

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
