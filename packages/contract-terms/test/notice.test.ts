import { date, explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { lastNoticeDay, noticeDeadline, noticeIsInTime, terminationDate } from "../src/notice.js";
import { mdoContract, switchToPaid } from "../src/presets/mdo-2025.js";
import { termAt } from "../src/terms.js";

const signed = mdoContract({ signedOn: date("2026-03-01") });

describe("the notice-period rule (day of receipt does not count)", () => {
  it("a 2-month notice must be received by 31 Oct 2026 to end a term on 31 Dec 2026 (MDO-BV 10.2)", () => {
    expect(lastNoticeDay(date("2026-12-31"), { months: 2 })).toBe("2026-10-31");
  });
  it("a 24-month notice must be received by 31 Dec 2024 to end a term on 31 Dec 2026 (MDO-BV 10.2)", () => {
    expect(lastNoticeDay(date("2026-12-31"), { months: 24 })).toBe("2024-12-31");
  });
  it("a 1-month notice must be received by 31 Jan 2027 to end a term on 28 Feb 2027", () => {
    expect(lastNoticeDay(date("2027-02-28"), { months: 1 })).toBe("2027-01-31");
  });
  it("a 6-month notice must be received by 29 Feb 2028 (leap day) to end a term on 31 Aug 2028 (MDO-BV 10.3)", () => {
    expect(lastNoticeDay(date("2028-08-31"), { months: 6 })).toBe("2028-02-29");
    expect(noticeIsInTime(date("2028-02-29"), { months: 6 }, date("2028-08-31"))).toBe(true);
    expect(noticeIsInTime(date("2028-03-01"), { months: 6 }, date("2028-08-31"))).toBe(false);
  });
});

describe("terminationDate and noticeDeadline on the funded MDO contract (MDO-BV 10.2)", () => {
  it("a notice received on 31 Oct 2026 ends the funded MDO contract on 31 Dec 2026 (MDO-BV 10.2)", () => {
    expect(
      terminationDate({ contract: signed, party: "customer", receivedOn: date("2026-10-31") }).value?.endDate,
    ).toBe("2026-12-31");
  });
  it("a customer notice received on 1 Nov 2026, the day after the last possible day, ends the contract only on 31 Dec 2027 (MDO-BV 10.2)", () => {
    expect(
      terminationDate({ contract: signed, party: "customer", receivedOn: date("2026-11-01") }).value?.endDate,
    ).toBe("2027-12-31");
  });
  it("a supplier notice received on 1 Jun 2026 ends the funded MDO contract only on 31 Dec 2028 (24 months, MDO-BV 10.2)", () => {
    expect(
      terminationDate({ contract: signed, party: "supplier", receivedOn: date("2026-06-01") }).value?.endDate,
    ).toBe("2028-12-31");
  });
  it("on 1 Jun 2026 the customer's last notice day is 31 Oct 2026 for the end on 31 Dec 2026 (MDO-BV 10.2)", () => {
    const r = noticeDeadline({ contract: signed, party: "customer" }, date("2026-06-01")).value;
    expect(r?.deadline).toBe("2026-10-31");
    expect(r?.endDate).toBe("2026-12-31");
  });
  it("on 1 Jun 2026 the supplier's next notice day is 31 Dec 2026, to end the contract on 31 Dec 2028 (MDO-BV 10.2)", () => {
    const r = noticeDeadline({ contract: signed, party: "supplier" }, date("2026-06-01")).value;
    expect(r?.deadline).toBe("2026-12-31");
    expect(r?.endDate).toBe("2028-12-31");
  });
  it("explains the result with the clause", () => {
    const r = terminationDate({ contract: signed, party: "customer", receivedOn: date("2026-10-31") });
    expect(
      r.because.flatMap((s) => s.citations).some((c) => c.source === "MDO-BV" && c.article === "10.2"),
    ).toBe(true);
  });
});

describe("the paid MDO contract (MDO-BV 10.3)", () => {
  const paid = switchToPaid(signed, date("2027-08-31"));
  it("an 18-month paid term starting on 31 Aug 2027 ends on 28 Feb 2029 (MDO-BV 10.3, core's date rule)", () => {
    const t = termAt(paid, date("2028-06-01")).value;
    expect(t).toMatchObject({ start: "2027-08-31", end: "2029-02-28", kind: "initial" });
  });
  it("the yearly renewals of that paid term end on 28 Feb each year, counted from 31 Aug 2027 (MDO-BV 10.3)", () => {
    expect(termAt(paid, date("2029-03-01")).value).toMatchObject({
      start: "2029-03-01",
      end: "2030-02-28",
      kind: "renewal",
    });
    expect(termAt(paid, date("2032-01-01")).value).toMatchObject({ start: "2031-03-01", end: "2032-02-29" });
  });
  it("the switch in the middle of the 2027 renewal year ends the funded term on 30 Aug 2027 (MDO-BV 10.3)", () => {
    expect(termAt(paid, date("2027-08-30")).value).toMatchObject({
      start: "2027-01-01",
      end: "2027-08-30",
      kind: "renewal",
      cutShortBySwitch: true,
    });
  });
  it("a customer notice after the switch needs 6 months before the end of the paid term (MDO-BV 10.3)", () => {
    expect(noticeDeadline({ contract: paid, party: "customer" }, date("2027-09-15")).value?.deadline).toBe(
      "2028-08-31",
    );
    expect(
      terminationDate({ contract: paid, party: "customer", receivedOn: date("2028-08-31") }).value?.endDate,
    ).toBe("2029-02-28");
    expect(
      terminationDate({ contract: paid, party: "customer", receivedOn: date("2028-09-01") }).value?.endDate,
    ).toBe("2030-02-28");
  });
});

describe("the supplier's notice and the switch to paid (MDO-BV 6.3, 10.2)", () => {
  // Signed 1 Sep 2025; the service becomes paid on 1 Jul 2028, cutting the 2028 funded term short.
  const early = switchToPaid(mdoContract({ signedOn: date("2025-09-01") }), date("2028-07-01"));
  it("a supplier notice received on 15 Jun 2026 cannot end the contract on 30 Jun 2028, the day before the switch: the supplier that starts charging continues at least 18 months, so the contract ends on 31 Dec 2029 (MDO-BV 6.3, 10.3)", () => {
    const r = terminationDate({ contract: early, party: "supplier", receivedOn: date("2026-06-15") });
    expect(r.value?.endDate).toBe("2029-12-31");
    expect(r.because.some((s) => s.citations.some((c) => c.source === "MDO-BV" && c.article === "6.3"))).toBe(
      true,
    );
  });
  it("the supplier gets no notice deadline for the day before the switch (MDO-BV 6.3)", () => {
    expect(
      noticeDeadline({ contract: early, party: "supplier" }, date("2026-06-01")).value?.endDate,
    ).not.toBe("2028-06-30");
    expect(noticeDeadline({ contract: early, party: "supplier" }, date("2026-06-01")).value?.endDate).toBe(
      "2029-12-31",
    );
  });
  // Changed reading (issue #11 item 8): this notice used to end the contract on 30 Jun 2028, the
  // day before the switch. Under 10.2 it was aimed at 31 Dec 2028; leaving as of the tariff date
  // is the separate 6.5 ground, which the customer must invoke expressly.
  it("a customer notice received on 30 Apr 2028, before the switch to paid on 1 Jul 2028, keeps the end date 10.2 gives it: 31 Dec 2028, not 30 Jun 2028 (MDO-BV 10.2, 6.5)", () => {
    const r = terminationDate({ contract: early, party: "customer", receivedOn: date("2028-04-30") });
    expect(r.value).toMatchObject({ endDate: "2028-12-31", keptAcrossSwitchOn: "2028-07-01", form: "any" });
    expect(explainToText(r, "en")).toContain("keeps the end date");
  });
});

describe("notices around month ends and leap years", () => {
  const feb: import("../src/contract.js").Contract = {
    start: date("2026-03-01"),
    duration: {
      name: "monthly",
      initialTerm: { _tag: "UntilDate", end: date("2027-02-28"), citations: [] },
      renewal: { _tag: "Months", months: 12, citations: [] },
      notice: {
        customer: { value: { months: 1 }, citations: [] },
        supplier: { value: { months: 1 }, citations: [] },
      },
      noticeForm: { value: "written", citations: [] },
    },
    switches: [],
  };
  it("a 1-month notice received on 31 Jan 2027 ends a term on 28 Feb 2027; one received on 1 Feb 2027 does not", () => {
    expect(
      terminationDate({ contract: feb, party: "customer", receivedOn: date("2027-01-31") }).value?.endDate,
    ).toBe("2027-02-28");
    expect(
      terminationDate({ contract: feb, party: "customer", receivedOn: date("2027-02-01") }).value?.endDate,
    ).toBe("2028-02-29");
  });
  it("in a leap year the 1-month deadline for a term ending on 29 Feb 2028 is 31 Jan 2028 (day after: 1 Feb)", () => {
    expect(lastNoticeDay(date("2028-02-29"), { months: 1 })).toBe("2028-01-31");
    expect(noticeIsInTime(date("2028-02-01"), { months: 1 }, date("2028-02-29"))).toBe(false);
  });
  it("a 2-month notice received on 29 Feb 2028 reaches a term ending on 30 Apr 2028", () => {
    expect(noticeIsInTime(date("2028-02-29"), { months: 2 }, date("2028-04-30"))).toBe(true);
    expect(noticeIsInTime(date("2028-03-01"), { months: 2 }, date("2028-04-30"))).toBe(false);
  });
  it("the paid MDO customer's 6-month deadline for 28 Feb 2029 is 31 Aug 2028; 1 Sep 2028 is one day too late (MDO-BV 10.3)", () => {
    const paid = switchToPaid(signed, date("2027-08-31"));
    expect(
      terminationDate({ contract: paid, party: "customer", receivedOn: date("2028-08-31") }).value?.endDate,
    ).toBe("2029-02-28");
    expect(
      terminationDate({ contract: paid, party: "customer", receivedOn: date("2028-09-01") }).value?.endDate,
    ).toBe("2030-02-28");
  });
  it("a notice after the end of a contract that does not renew has no effect", () => {
    const once = { ...feb, duration: { ...feb.duration, renewal: { _tag: "None" as const, citations: [] } } };
    expect(
      terminationDate({ contract: once, party: "customer", receivedOn: date("2027-03-01") }).value,
    ).toBeUndefined();
    expect(
      terminationDate({ contract: once, party: "customer", receivedOn: date("2027-02-10") }).value,
    ).toMatchObject({
      endDate: "2027-02-28",
      expiresWithoutNotice: true,
    });
    expect(noticeDeadline({ contract: once, party: "customer" }, date("2027-02-10")).value).toBeUndefined();
  });
  it("the paid MDO notice must be in writing; the funded one names no form (MDO-BV 10.2, 10.3)", () => {
    const paid = switchToPaid(signed, date("2027-08-31"));
    expect(
      terminationDate({ contract: signed, party: "customer", receivedOn: date("2026-06-01") }).value?.form,
    ).toBe("any");
    expect(
      terminationDate({ contract: paid, party: "customer", receivedOn: date("2028-06-01") }).value?.form,
    ).toBe("written");
  });
});
