import { date } from "@zorgkit/core";
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
    expect(terminationDate(signed, "customer", date("2026-10-31")).value?.endDate).toBe("2026-12-31");
  });
  it("a customer notice received on 1 Nov 2026, the day after the last possible day, ends the contract only on 31 Dec 2027 (MDO-BV 10.2)", () => {
    expect(terminationDate(signed, "customer", date("2026-11-01")).value?.endDate).toBe("2027-12-31");
  });
  it("a supplier notice received on 1 Jun 2026 ends the funded MDO contract only on 31 Dec 2028 (24 months, MDO-BV 10.2)", () => {
    expect(terminationDate(signed, "supplier", date("2026-06-01")).value?.endDate).toBe("2028-12-31");
  });
  it("on 1 Jun 2026 the customer's last notice day is 31 Oct 2026 for the end on 31 Dec 2026 (MDO-BV 10.2)", () => {
    const r = noticeDeadline(signed, "customer", date("2026-06-01")).value;
    expect(r?.deadline).toBe("2026-10-31");
    expect(r?.endDate).toBe("2026-12-31");
  });
  it("on 1 Jun 2026 the supplier's next notice day is 31 Dec 2026, to end the contract on 31 Dec 2028 (MDO-BV 10.2)", () => {
    const r = noticeDeadline(signed, "supplier", date("2026-06-01")).value;
    expect(r?.deadline).toBe("2026-12-31");
    expect(r?.endDate).toBe("2028-12-31");
  });
  it("explains the result with the clause", () => {
    const r = terminationDate(signed, "customer", date("2026-10-31"));
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
    expect(noticeDeadline(paid, "customer", date("2027-09-15")).value?.deadline).toBe("2028-08-31");
    expect(terminationDate(paid, "customer", date("2028-08-31")).value?.endDate).toBe("2029-02-28");
    expect(terminationDate(paid, "customer", date("2028-09-01")).value?.endDate).toBe("2030-02-28");
  });
});
