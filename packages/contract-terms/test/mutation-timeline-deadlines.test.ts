// Tests that kill surviving mutants of src/timeline.ts (issue #17, docs/quality.md): the notice
// deadlines the timeline lists for each party, derived from the notice-period rule (MDO-BV 10.2,
// 10.3: "met inachtneming van de overeengekomen opzegtermijn"; the day of receipt does not count)
// and this library's reading of a switch (a notice received before it is judged by the duration
// then in force: MDO-BV 10.2 for the customer, 6.3 for the supplier). Every expected date is worked
// out from those rules in the comments; results are computed inside each `it`.
import { cite, date, type LocalDate } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import type { Contract, Party } from "../src/contract.js";
import { noticeRuleNote, terminationDate } from "../src/notice.js";
import { mdoContract, switchToPaid } from "../src/presets/mdo-2025.js";
import { type Timeline, timeline } from "../src/timeline.js";
import { calendarYear, duration, monthlyContract, oneOff, untilDate } from "./mutation-fixtures.js";

const range = (contract: Contract, from: string, to: string): Timeline =>
  timeline({ contract, from: date(from), to: date(to) });
/** A party's notice deadlines as `[last day, end date]`, in timeline order. */
const deadlines = (tl: Timeline, party: Party): Array<[LocalDate, LocalDate | undefined]> =>
  tl.events.filter((e) => e.kind === "notice-deadline" && e.party === party).map((e) => [e.date, e.endDate]);
describe("a notice deadline cites the party's notice clause with the notice rule (MDO-BV 10.2)", () => {
  it("the customer's 31 Oct 2026 and the supplier's 31 Dec 2026 deadline each cite MDO-BV 10.2 with the day-of-receipt note", () => {
    const tl = range(mdoContract({ signedOn: date("2026-03-01") }), "2026-03-01", "2026-12-31");
    const withNote = [{ ...cite("MDO-BV", "10.2"), note: noticeRuleNote }];
    const byParty = (p: Party) => tl.events.filter((e) => e.kind === "notice-deadline" && e.party === p);
    expect(byParty("customer").map((e) => [e.date, e.citations])).toEqual([["2026-10-31", withNote]]);
    // 24 months: the last day to end the contract on 31 Dec 2028 is 31 Dec 2026.
    expect(byParty("supplier").map((e) => [e.date, e.endDate, e.citations])).toEqual([
      ["2026-12-31", "2028-12-31", withNote],
    ]);
  });
});

describe("the switch to paid (MDO-BV 10.2, 10.3, 6.3)", () => {
  it("the supplier has no deadline in the funded term the switch cuts short: its notice reaches a paid term (MDO-BV 6.3)", () => {
    // Signed 1 Sep 2025, paid from 1 Jul 2028. Supplier, 24 months (10.2): 31 Dec 2025 ends the
    // contract on 31 Dec 2027. Then 12 months (10.3) to the end of the paid initial term of 18
    // months (30 Jun 2028 + 18 months = 31 Dec 2029): 31 Dec 2028; its first renewal: 31 Dec 2029.
    const c = switchToPaid(mdoContract({ signedOn: date("2025-09-01") }), date("2028-07-01"));
    expect(deadlines(range(c, "2025-09-01", "2029-12-31"), "supplier")).toEqual([
      ["2025-12-31", "2027-12-31"],
      ["2028-12-31", "2029-12-31"],
      ["2029-12-31", "2030-12-31"],
    ]);
  });
  it("paid from 1 Dec 2027: the customer's last days are 31 Oct 2027 to end on 31 Dec 2027 and 30 Nov 2027, the day before the switch, to end on 31 Dec 2028 (MDO-BV 10.2)", () => {
    // 2 months (10.2): 31 Oct 2026 → 31 Dec 2026, 31 Oct 2027 → 31 Dec 2027; 31 Oct 2028 → 31 Dec
    // 2028 would be after the switch, so the last day a funded notice can give is 30 Nov 2027.
    // Paid initial term 1 Dec 2027 – 31 May 2029, 6 months (10.3): 30 Nov 2028.
    const c = switchToPaid(mdoContract({ signedOn: date("2026-03-01") }), date("2027-12-01"));
    expect(deadlines(range(c, "2026-03-01", "2028-12-31"), "customer")).toEqual([
      ["2026-10-31", "2026-12-31"],
      ["2027-10-31", "2027-12-31"],
      ["2027-11-30", "2028-12-31"],
      ["2028-11-30", "2029-05-31"],
    ]);
  });
  it("paid from 1 Nov 2027: a customer's notice on 31 Oct 2027, the day before the switch, ends the contract on 31 Dec 2027 — no later funded end date is left (MDO-BV 10.2)", () => {
    // Paid initial term 1 Nov 2027 – 30 Apr 2029, 6 months: 31 Oct 2028.
    const c = switchToPaid(mdoContract({ signedOn: date("2026-03-01") }), date("2027-11-01"));
    expect(deadlines(range(c, "2026-03-01", "2028-12-31"), "customer")).toEqual([
      ["2026-10-31", "2026-12-31"],
      ["2027-10-31", "2027-12-31"],
      ["2028-10-31", "2029-04-30"],
    ]);
    expect(
      terminationDate({ contract: c, party: "customer", receivedOn: date("2027-10-31") }).value?.endDate,
    ).toBe("2027-12-31");
  });
  it("signed on 31 Oct 2026 and paid from 1 Dec 2026: the signing day is the customer's last day to end the contract on 31 Dec 2026 (MDO-MS §4 row 2, MDO-BV 10.2)", () => {
    const c = switchToPaid(mdoContract({ signedOn: date("2026-10-31") }), date("2026-12-01"));
    // 30 Nov 2026 (the day before the switch) for 31 Dec 2027; paid 1 Dec 2026 – 31 May 2028:
    // 6 months → 30 Nov 2027.
    expect(deadlines(range(c, "2026-10-31", "2027-12-31"), "customer")).toEqual([
      ["2026-10-31", "2026-12-31"],
      ["2026-11-30", "2027-12-31"],
      ["2027-11-30", "2028-05-31"],
    ]);
  });
  it("a switch that names no parties adds no citation of its own to a kept deadline: only the notice clause", () => {
    const own = [cite("OWN", "4.1")];
    const three = { value: { months: 3 }, citations: own };
    const c: Contract = {
      ...oneOff,
      duration: { ...oneOff.duration, notice: { customer: three, supplier: three } },
    };
    // 3 months before 31 Dec 2027: 30 Sep 2027, before the switch on 1 Nov 2027.
    const e = range(c, "2027-09-30", "2027-09-30").events.filter((x) => x.kind === "notice-deadline");
    expect(e.map((x) => [x.party, x.endDate, x.citations])).toEqual([
      ["customer", "2027-12-31", [{ ...own[0], note: noticeRuleNote }]],
      ["supplier", "2027-12-31", [{ ...own[0], note: noticeRuleNote }]],
    ]);
  });
});

describe("a switch to a duration whose first deadline falls before the switch", () => {
  // Funded MDO from 1 Mar 2026; from 1 Jul 2027 a 3-month initial term (to 30 Sep 2027), renewed
  // per 12 months, 6 months' notice for both; as in MDO, a customer's notice before the switch
  // keeps its 10.2 end date and the supplier's reaches the new duration (MDO-BV 10.2, 6.3).
  const short = (): Contract => {
    const paid = switchToPaid(mdoContract({ signedOn: date("2026-03-01") }), date("2027-07-01"));
    const s = paid.switches[0]!;
    const six = { months: 6 };
    return {
      ...paid,
      switches: [
        {
          ...s,
          duration: duration(
            "short",
            { _tag: "Length", length: { months: 3 }, citations: [] },
            { _tag: "Months", months: 12, citations: [] },
            six,
            six,
          ),
        },
      ],
    };
  };
  it("the supplier's last day to end the contract on 30 Sep 2027 is 31 Mar 2027, before the switch: a notice that day does end it then", () => {
    const c = short();
    expect(deadlines(range(c, "2026-03-01", "2028-06-30"), "supplier")).toEqual([
      ["2027-03-31", "2027-09-30"],
      ["2028-03-31", "2028-09-30"],
    ]);
    expect(
      terminationDate({ contract: c, party: "supplier", receivedOn: date("2027-03-31") }).value?.endDate,
    ).toBe("2027-09-30");
  });
  it("the customer gets no deadline for 30 Sep 2027: received on 31 Mar 2027, its notice keeps the funded end of 31 Dec 2027 (MDO-BV 10.2)", () => {
    const c = short();
    // Funded: 31 Oct 2026 → 31 Dec 2026; 31 Dec 2027 would need 31 Oct 2027, after the switch, so
    // the last funded day is 30 Jun 2027. New duration: 31 Mar 2028 → 30 Sep 2028.
    expect(deadlines(range(c, "2026-03-01", "2028-06-30"), "customer")).toEqual([
      ["2026-10-31", "2026-12-31"],
      ["2027-06-30", "2027-12-31"],
      ["2028-03-31", "2028-09-30"],
    ]);
    expect(
      terminationDate({ contract: c, party: "customer", receivedOn: date("2027-03-31") }).value?.endDate,
    ).toBe("2027-12-31");
  });
});

describe("a deadline before a duration starts is listed once, by the duration then in force", () => {
  it("two switches, 24 months' notice: the last day (31 Dec 2026) to end the contract on 31 Dec 2028 is listed once per party", () => {
    const years24 = { months: 24 };
    const c: Contract = {
      start: date("2026-03-01"),
      duration: duration("a", untilDate("2026-12-31"), calendarYear, years24, years24),
      switches: [
        {
          on: date("2027-06-01"),
          duration: duration("b", untilDate("2027-12-31"), calendarYear, years24, years24),
        },
        {
          on: date("2028-03-01"),
          duration: duration("c", untilDate("2028-12-31"), calendarYear, { months: 1 }, { months: 1 }),
        },
      ],
    };
    // Under "a" (in force until 31 May 2027): 31 Dec 2026 → 31 Dec 2028, and 31 May 2027 (the day
    // before the first switch) → 31 Dec 2029. Under "b" (1 Jun 2027 – 29 Feb 2028): 31 Dec 2027 →
    // 31 Dec 2029, and 29 Feb 2028 (the day before the second switch) → 31 Dec 2030. Under "c",
    // 1 month: 30 Nov 2028 → 31 Dec 2028, 30 Nov 2029 → 31 Dec 2029.
    const expected = [
      ["2026-12-31", "2028-12-31"],
      ["2027-05-31", "2029-12-31"],
      ["2027-12-31", "2029-12-31"],
      ["2028-02-29", "2030-12-31"],
      ["2028-11-30", "2028-12-31"],
      ["2029-11-30", "2029-12-31"],
    ];
    const tl = range(c, "2026-03-01", "2029-12-31");
    expect(deadlines(tl, "customer")).toEqual(expected);
    expect(deadlines(tl, "supplier")).toEqual(expected);
  });
});

describe("the first and last days a deadline can have (calendar edges)", () => {
  it("a contract from 1 Jan 0001: the supplier's 24-month deadlines for 31 Dec 0001 and 0002 would fall before the year 0001 and are not listed", () => {
    const c: Contract = {
      start: date("0001-01-01"),
      duration: duration("early", untilDate("0001-12-31"), calendarYear, { months: 2 }, { months: 24 }),
      switches: [],
    };
    const tl = range(c, "0001-01-01", "0002-12-31");
    expect(deadlines(tl, "supplier")).toEqual([
      ["0001-12-31", "0003-12-31"],
      ["0002-12-31", "0004-12-31"],
    ]);
    expect(deadlines(tl, "customer")).toEqual([
      ["0001-10-31", "0001-12-31"],
      ["0002-10-31", "0002-12-31"],
    ]);
  });
  it("the same contract switched on 1 Jul 0002 (both notices keep their end date): the supplier's last days are 31 Dec 0001 for 0003 and 30 Jun 0002 for 0004", () => {
    const c: Contract = {
      start: date("0001-01-01"),
      duration: duration("early", untilDate("0001-12-31"), calendarYear, { months: 2 }, { months: 24 }),
      switches: [
        {
          on: date("0002-07-01"),
          duration: duration("later", untilDate("0009-12-31"), calendarYear, { months: 2 }, { months: 2 }),
        },
      ],
    };
    // No notice can end the contract on 31 Dec 0002 (24 months before is in the year 0000).
    expect(deadlines(range(c, "0001-01-01", "0002-12-31"), "supplier")).toEqual([
      ["0001-12-31", "0003-12-31"],
      ["0002-06-30", "0004-12-31"],
    ]);
  });
  it("signed on 31 Oct 2026, the signing day is the customer's last day to end the contract on 31 Dec 2026 (MDO-BV 10.2)", () => {
    const tl = range(mdoContract({ signedOn: date("2026-10-31") }), "2026-10-31", "2026-12-31");
    expect(deadlines(tl, "customer")).toEqual([["2026-10-31", "2026-12-31"]]);
  });
});

describe("deadlines of terms ending after the range are found for every kind of notice period", () => {
  // 140 days, or 20 weeks, before 31 May 2027 is 11 Jan 2027; before 30 Apr 2027, 11 Dec 2026 (before
  // the start): one deadline per party in January, for a term that starts four months after it.
  it("a notice period in days (140 days) with monthly terms: 11 Jan 2027 ends the contract on 31 May 2027", () => {
    const tl = range(monthlyContract({ days: 140 }), "2027-01-01", "2027-01-31");
    expect(deadlines(tl, "customer")).toEqual([["2027-01-11", "2027-05-31"]]);
    expect(deadlines(tl, "supplier")).toEqual([["2027-01-11", "2027-05-31"]]);
  });
  it("a notice period in weeks (20 weeks) with monthly terms: 11 Jan 2027 ends the contract on 31 May 2027", () => {
    const tl = range(monthlyContract({ weeks: 20 }), "2027-01-01", "2027-01-31");
    expect(deadlines(tl, "customer")).toEqual([["2027-01-11", "2027-05-31"]]);
    expect(deadlines(tl, "supplier")).toEqual([["2027-01-11", "2027-05-31"]]);
  });
  it("a notice period in years: the supplier's 2 years (as 10.2's 24 months) give 31 Dec 2026 for 31 Dec 2028", () => {
    const c: Contract = {
      ...mdoContract({ signedOn: date("2026-03-01") }),
      duration: duration("years", untilDate("2026-12-31"), calendarYear, { months: 2 }, { years: 2 }),
    };
    expect(deadlines(range(c, "2026-03-01", "2027-01-31"), "supplier")).toEqual([
      ["2026-12-31", "2028-12-31"],
    ]);
  });
});

describe("the order of events on one day: by kind, then the customer before the supplier", () => {
  it("one month's notice, monthly terms: on 31 Jan 2027 both parties' deadlines for 28 Feb 2027 come before the term end", () => {
    // The spec's example: E = 28 Feb 2027, P = 1 month → last day 31 Jan 2027.
    const tl = range(monthlyContract({ months: 1 }), "2027-01-01", "2027-01-31");
    expect(tl.events.map((e) => [e.date, e.kind, e.party, e.endDate])).toEqual([
      ["2027-01-01", "contract-start", undefined, undefined],
      ["2027-01-31", "notice-deadline", "customer", "2027-02-28"],
      ["2027-01-31", "notice-deadline", "supplier", "2027-02-28"],
      ["2027-01-31", "term-end", undefined, undefined],
    ]);
  });
  it("the customer's deadline (2 months, for 31 Mar) is listed before the supplier's (1 month, for 28 Feb) on the same day", () => {
    const tl = range(monthlyContract({ months: 2 }, { months: 1 }), "2027-01-01", "2027-01-31");
    expect(
      tl.events.filter((e) => e.kind === "notice-deadline").map((e) => [e.date, e.party, e.endDate]),
    ).toEqual([
      ["2027-01-31", "customer", "2027-03-31"],
      ["2027-01-31", "supplier", "2027-02-28"],
    ]);
  });
});
