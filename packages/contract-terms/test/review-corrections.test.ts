// The corrections of issue #11 items 7–12 (legal review 2026-12 §1.7, §1.12, §3, §4) and the
// callers of core's Hoge Raad month rule, each as a rule a domain expert can check.
import { cite, date, euros, explainToText, type LocalDate } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { describe, expect, it } from "vitest";
import { continuation } from "../src/after-termination.js";
import type { Contract, Party } from "../src/contract.js";
import { decodeAgreement, decodeContract } from "../src/decode.js";
import { Agreement } from "../src/figures.js";
import { mayTerminate, type TerminationClaim } from "../src/grounds.js";
import { distributeLiabilityCap } from "../src/money-clauses.js";
import {
  lastNoticeDay,
  noticeCanEndTerm,
  noticeDeadline,
  noticeIsInTime,
  terminationDate,
} from "../src/notice.js";
import { mdo2025, mdoContract, switchToPaid } from "../src/presets/mdo-2025.js";
import { tariffNotice } from "../src/tariffs.js";
import { findTerm } from "../src/terms.js";

const signed = mdoContract({ signedOn: date("2026-03-01") });
const paidFromAug2027 = switchToPaid(signed, date("2027-08-31"));

type Facts = TerminationClaim extends infer C
  ? C extends unknown
    ? Omit<C, "contract" | "party" | "receivedOn">
    : never
  : never;
const claim = (contract: Contract, party: Party, receivedOn: LocalDate, facts: Facts) =>
  ({ ...facts, contract, party, receivedOn }) as TerminationClaim;

describe("MDO-BV 13.1 applies only when the supplier is liable to several customers (item 7)", () => {
  const l = (customer: string, amount: string, on: string) => ({
    customer,
    amount: euros(amount),
    damageEventOn: date(on),
  });
  it("one customer liable for € 3 000 000 in 2027: 13.1 does not apply, nothing is allocated, and the explanation says the connection agreement's own cap (art. 8.2) governs (MDO-BV 13.1)", () => {
    const r = distributeLiabilityCap(
      { liabilities: [l("A", "3000000.00", "2027-03-01")], year: 2027 },
      mdo2025,
    );
    expect(r.value).toMatchObject({ capApplies: false, customers: 1, capped: false, allocations: [] });
    const text = explainToText(r, "en");
    expect(text).toContain("art. 8.2");
    expect(text).toContain("MDO-BV art. 13.1");
    expect(text).not.toContain("at most € 2.500.000,00");
  });
  it("two claims of one and the same customer are one customer: 13.1 does not apply (MDO-BV 13.1 'meerdere contractanten')", () => {
    const r = distributeLiabilityCap(
      { liabilities: [l("A", "2000000.00", "2027-03-01"), l("A", "2000000.00", "2027-09-01")], year: 2027 },
      mdo2025,
    ).value;
    expect(r).toMatchObject({ capApplies: false, customers: 1, allocations: [] });
  });
  it("two customers liable in 2027 share the cap: 13.1 applies (MDO-BV 13.1)", () => {
    const r = distributeLiabilityCap(
      { liabilities: [l("A", "3000000.00", "2027-03-01"), l("B", "1000000.00", "2027-06-01")], year: 2027 },
      mdo2025,
    ).value;
    expect(r).toMatchObject({ capApplies: true, customers: 2, capped: true });
  });
  it("a customer with a liability of € 0 is not liable: one customer with € 3 000 000 and one with € 0 do not make 13.1 apply (MDO-BV 13.1)", () => {
    const r = distributeLiabilityCap(
      { liabilities: [l("A", "3000000.00", "2027-03-01"), l("B", "0.00", "2027-06-01")], year: 2027 },
      mdo2025,
    ).value;
    expect(r).toMatchObject({ capApplies: false, customers: 1, allocations: [] });
  });
  it("a customer liable in another year does not count towards the customers of this year (MDO-BV 13.1 'per kalenderjaar')", () => {
    const r = distributeLiabilityCap(
      { liabilities: [l("A", "3000000.00", "2027-03-01"), l("B", "1000000.00", "2026-06-01")], year: 2027 },
      mdo2025,
    ).value;
    expect(r).toMatchObject({ capApplies: false, customers: 1, allocations: [] });
  });
});

describe("a regular notice received before the switch to paid keeps its MDO-BV 10.2 end date (item 8)", () => {
  it("a customer notice received on 15 Jun 2027, before the switch on 31 Aug 2027, ends the contract on 31 Dec 2027 as 10.2 gives it, not on 30 Aug 2027 (MDO-BV 10.2; legal review 1.12)", () => {
    const r = terminationDate({
      contract: paidFromAug2027,
      party: "customer",
      receivedOn: date("2027-06-15"),
    });
    expect(r.value).toMatchObject({ endDate: "2027-12-31", keptAcrossSwitchOn: "2027-08-31", form: "any" });
    expect(explainToText(r, "en")).toContain("MDO-BV art. 10.2");
  });
  it("leaving as of the tariff date is the separate 6.5 ground: invoked on 15 Jun 2027 for tariffs from 31 Aug 2027 it ends the contract on 30 Aug 2027 (MDO-BV 6.5)", () => {
    const v = mayTerminate(
      claim(paidFromAug2027, "customer", date("2027-06-15"), {
        ground: "tariff-not-accepted",
        tariffAppliesFrom: date("2027-08-31"),
      }),
      mdo2025,
    );
    expect(v.value).toBe("allowed");
    expect(v.details.lastDay).toBe("2027-08-30");
  });
  it("the same day as regular notice, mayTerminate gives 31 Dec 2027 (MDO-BV 10.2)", () => {
    const v = mayTerminate(
      claim(paidFromAug2027, "customer", date("2027-06-15"), { ground: "regular-notice" }),
      mdo2025,
    );
    expect(v).toMatchObject({ value: "allowed", details: { lastDay: "2027-12-31", form: "any" } });
  });
  it("on 1 Jun 2027 the customer's last day to end the contract on 31 Dec 2027 is 30 Aug 2027, the day before the switch; a notice of 31 Aug 2027 is judged by the paid duration and ends it on 28 Feb 2029 (MDO-BV 10.2, 10.3)", () => {
    expect(
      noticeDeadline({ contract: paidFromAug2027, party: "customer" }, date("2027-06-01")).value,
    ).toMatchObject({
      deadline: "2027-08-30",
      endDate: "2027-12-31",
      keptAcrossSwitchOn: "2027-08-31",
    });
    expect(
      terminationDate({ contract: paidFromAug2027, party: "customer", receivedOn: date("2027-08-30") }).value
        ?.endDate,
    ).toBe("2027-12-31");
    expect(
      terminationDate({ contract: paidFromAug2027, party: "customer", receivedOn: date("2027-08-31") }).value
        ?.endDate,
    ).toBe("2029-02-28");
  });
  it("no regular notice ends the contract on 30 Aug 2027, the last day before the switch: noticeCanEndTerm refuses it for both parties", () => {
    const cut = findTerm(paidFromAug2027, date("2027-08-30"))!;
    expect(cut.cutShortBySwitch).toBe(true);
    for (const party of ["customer", "supplier"] as const) {
      const v = noticeCanEndTerm({ contract: paidFromAug2027, term: cut, party });
      expect(v.value).toBe("refused");
      expect(v.because).toEqual(expect.arrayContaining([...v.reasons]));
    }
    expect(
      noticeCanEndTerm({
        contract: paidFromAug2027,
        term: findTerm(paidFromAug2027, date("2026-06-01"))!,
        party: "customer",
      }).value,
    ).toBe("allowed");
  });
  it("a notice received after the switch is judged by the paid duration: 6 months, in writing (MDO-BV 10.3)", () => {
    expect(
      terminationDate({ contract: paidFromAug2027, party: "customer", receivedOn: date("2027-09-15") }).value,
    ).toMatchObject({
      endDate: "2029-02-28",
      form: "written",
    });
    expect(
      terminationDate({ contract: paidFromAug2027, party: "customer", receivedOn: date("2027-09-15") }).value
        ?.keptAcrossSwitchOn,
    ).toBeUndefined();
  });
});

describe("a continuation request (MDO-BV 10.8) received after the contract ended is refused (item 9)", () => {
  it("a request received on 1 Feb 2028, after the contract ended on 31 Dec 2027, is refused with the reason (MDO-BV 10.8)", () => {
    const r = continuation(
      { endDate: date("2027-12-31"), eligibleCase: true, requestedOn: date("2028-02-01") },
      mdo2025,
    );
    expect(r.value).toMatchObject({
      request: "received-after-end",
      afterwards: "ends",
      accessUntil: "2027-12-31",
    });
    expect(r.value.first).toBeUndefined();
    expect(explainToText(r, "en")).toContain("after the contract ended");
  });
  it("a request received on the contract's last day, 31 Dec 2027, is granted: 12 months from 1 Jan 2028 (MDO-BV 10.8)", () => {
    const r = continuation(
      { endDate: date("2027-12-31"), eligibleCase: true, requestedOn: date("2027-12-31") },
      mdo2025,
    ).value;
    expect(r).toMatchObject({ request: "granted", first: { start: "2028-01-01", end: "2028-12-31" } });
  });
});

describe("a notice dated before the contract exists is refused (item 10)", () => {
  it("a customer notice received on 1 Feb 2026, before the contract signed on 1 Mar 2026, has no effect (MDO-MS §4 row 2)", () => {
    const r = terminationDate({ contract: signed, party: "customer", receivedOn: date("2026-02-01") });
    expect(r.value).toBeUndefined();
    expect(explainToText(r, "en")).toContain("before the contract exists");
    expect(explainToText(r, "en")).toContain("MDO-MS §4 row 2");
  });
  it("mayTerminate refuses a regular notice received before the contract starts", () => {
    const v = mayTerminate(
      claim(signed, "customer", date("2026-02-01"), { ground: "regular-notice" }),
      mdo2025,
    );
    expect(v.value).toBe("refused");
    expect(v.details.lastDay).toBeUndefined();
  });
  it("asked in 2024, the supplier's deadline is not 31 Dec 2024 (before the contract exists) but the first one on or after the start (MDO-BV 10.2)", () => {
    const r = noticeDeadline({ contract: signed, party: "supplier" }, date("2024-06-01")).value;
    expect(r).toMatchObject({ deadline: "2026-12-31", endDate: "2028-12-31" });
  });
});

describe("the decoder bounds notice periods and durations so every decoded contract can be evaluated (item 11)", () => {
  const valid = JSON.parse(JSON.stringify(signed));
  const withNotice = (value: unknown) => ({
    ...valid,
    duration: { ...valid.duration, notice: { ...valid.duration.notice, customer: { value, citations: [] } } },
  });
  it("a notice period of 120 000 months is rejected at decoding: at most 100 years", () => {
    const r = decodeContract(withNotice({ months: 120000 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.message).join(" ")).toMatch(/at most|1200|12000/);
  });
  it("months and days together count towards the 100 years: { months: 1200, days: 36525 } (200 years) is rejected, { months: 600, days: 18262 } decodes", () => {
    const r = decodeContract(withNotice({ months: 1200, days: 36525 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.message).join(" ")).toMatch(/at most 100 years/);
    expect(decodeContract(withNotice({ months: 1199, days: 31 })).ok).toBe(false);
    expect(decodeContract(withNotice({ months: 600, days: 18262 })).ok).toBe(true);
    expect(decodeContract(withNotice({ months: 1200 })).ok).toBe(true);
    expect(decodeContract(withNotice({ days: 36525 })).ok).toBe(true);
  });
  it("a notice period of exactly 100 years decodes, and the contract can be evaluated", () => {
    const r = decodeContract(withNotice({ years: 100 }));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(() =>
        terminationDate({ contract: r.value, party: "customer", receivedOn: date("2026-06-01") }),
      ).not.toThrow();
      expect(
        terminationDate({ contract: r.value, party: "customer", receivedOn: date("2026-06-01") }).value
          ?.endDate,
      ).toBe("2126-12-31");
    }
  });
  it("a renewal of 5000 months and an initial term of 1300 months are rejected", () => {
    expect(
      decodeContract({
        ...valid,
        duration: { ...valid.duration, renewal: { _tag: "Months", months: 5000, citations: [] } },
      }).ok,
    ).toBe(false);
    expect(
      decodeContract({
        ...valid,
        duration: {
          ...valid.duration,
          initialTerm: { _tag: "Length", length: { months: 1300 }, citations: [] },
        },
      }).ok,
    ).toBe(false);
  });
  it("near the year 9999 the computations answer undefined instead of throwing", () => {
    const late = decodeContract({
      ...valid,
      start: "9999-06-01",
      duration: { ...valid.duration, initialTerm: { _tag: "UntilDate", end: "9999-12-31", citations: [] } },
    });
    expect(late.ok).toBe(true);
    if (late.ok) {
      expect(() =>
        noticeDeadline({ contract: late.value, party: "supplier" }, date("9999-07-01")),
      ).not.toThrow();
      expect(
        terminationDate({ contract: late.value, party: "supplier", receivedOn: date("9999-07-01") }).value,
      ).toMatchObject({
        endDate: "9999-12-31",
        expiresWithoutNotice: true,
      });
    }
  });
});

describe("termination grounds (item 12)", () => {
  const ip = {
    ground: "ip-claim-no-alternative",
    productSubjectOfIpClaim: true,
    noAlternativeCommerciallyFeasible: true,
  } as const;
  it("the supplier may end the agreement wholly or partly when the product is the subject of a third party's IP claim and no alternative is commercially feasible; the text fixes no date (MDO-BV 9.6)", () => {
    const v = mayTerminate(claim(signed, "supplier", date("2026-06-01"), ip), mdo2025);
    expect(v).toMatchObject({ value: "allowed", details: { scope: "whole-or-part" } });
    expect(v.details.lastDay).toBeUndefined();
    expect(explainToText(v, "en")).toContain("MDO-BV art. 9.6");
  });
  it("when an alternative is commercially feasible, or there is no IP claim, 9.6 gives no right; the customer cannot invoke it (MDO-BV 9.6)", () => {
    expect(
      mayTerminate(
        claim(signed, "supplier", date("2026-06-01"), { ...ip, noAlternativeCommerciallyFeasible: false }),
        mdo2025,
      ).value,
    ).toBe("refused");
    expect(
      mayTerminate(
        claim(signed, "supplier", date("2026-06-01"), { ...ip, productSubjectOfIpClaim: false }),
        mdo2025,
      ).value,
    ).toBe("refused");
    expect(mayTerminate(claim(signed, "customer", date("2026-06-01"), ip), mdo2025).value).toBe("refused");
  });
  const fm = (of: Party) =>
    ({
      ground: "force-majeure",
      forceMajeureOf: of,
      since: date("2026-03-01"),
      agreedSolution: false,
    }) as const;
  it("only the supplier's force majeure counts: the customer's own force majeure of 1 Mar 2026 gives neither party a right on 1 Jun 2026 (MDO-BV 11.1, 11.3)", () => {
    for (const party of ["customer", "supplier"] as const) {
      const v = mayTerminate(claim(signed, party, date("2026-06-01"), fm("customer")), mdo2025);
      expect(v.value).toBe("refused");
      expect(explainToText(v, "en")).toContain("MDO-BV art. 11.1");
    }
  });
  it("the supplier's force majeure of 1 Mar 2026 lets the customer terminate on 1 Apr 2026 (MDO-BV 11.1, 11.3)", () => {
    expect(mayTerminate(claim(signed, "customer", date("2026-04-01"), fm("supplier")), mdo2025).value).toBe(
      "allowed",
    );
  });
  it("the 10.5 b ground says what the text says: it names only VECOZO's companies (MDO-BV 10.5 b)", () => {
    const g = mdo2025.grounds.find((x) => x.id === "undue-advantage")!;
    expect(g.en).toContain("VECOZO's companies");
    expect(g.citations[0]?.note).toContain("names only VECOZO's companies");
  });
  it("the grounds are a closed list: a ground the agreement does not have is refused, citing MDO-BV 10.1", () => {
    const without = { ...mdo2025, grounds: mdo2025.grounds.filter((g) => g.id !== "undue-advantage") };
    const v = mayTerminate(
      claim(signed, "customer", date("2026-06-01"), {
        ground: "undue-advantage",
        advantageOfferedWithoutWrittenPermission: true,
      }),
      without,
    );
    expect(v.value).toBe("refused");
    expect(explainToText(v, "en")).toContain("MDO-BV art. 10.1");
  });
  it("a connection-agreement ground (insolvency) is undetermined, and the reason says the conditions are not among the sources (MDO-MS §4 row 3)", () => {
    const v = mayTerminate(claim(signed, "customer", date("2026-06-01"), { ground: "insolvency" }), mdo2025);
    expect(v.value).toBe("undetermined");
    expect(v.reasons.map((s) => s.en).join(" ")).toContain("not among the sources");
  });
});

describe("periods after an event use the Hoge Raad month rule (HR 1 Sep 2017, ECLI:NL:HR:2017:2225)", () => {
  const transfer = {
    ground: "business-transfer",
    transferredOutsideGroup: true,
    goalsChangedSoContinuationCannotBeRequired: true,
  } as const;
  it("a transfer notice received on 28 Feb 2027 ends the funded contract on 28 Apr 2027, not 30 Apr: 2 months end on the corresponding day (MDO-BV 10.6, 10.2)", () => {
    const v = mayTerminate(claim(signed, "customer", date("2027-02-28"), transfer), mdo2025);
    expect(v.details.lastDay).toBe("2027-04-28");
  });
  it("under the paid duration, a transfer notice received on 29 Feb 2028 ends the contract on 29 Aug 2028, not 31 Aug (MDO-BV 10.6, 10.3)", () => {
    const v = mayTerminate(claim(paidFromAug2027, "customer", date("2028-02-29"), transfer), mdo2025);
    expect(v.details.lastDay).toBe("2028-08-29");
  });
  it("a 1-month notice received on 30 Apr reaches a term ending on 30 May; one received on 1 May does not", () => {
    expect(noticeIsInTime(date("2027-04-30"), { months: 1 }, date("2027-05-30"))).toBe(true);
    expect(noticeIsInTime(date("2027-05-01"), { months: 1 }, date("2027-05-30"))).toBe(false);
    expect(lastNoticeDay(date("2027-05-30"), { months: 1 })).toBe("2027-04-30");
  });
  it("last notice days for term ends after events on 30 Jun, 31 Aug, 30 Sep, 31 Jan and 29 Feb", () => {
    expect(lastNoticeDay(date("2026-12-30"), { months: 6 })).toBe("2026-06-30");
    expect(lastNoticeDay(date("2027-02-28"), { months: 6 })).toBe("2026-08-31");
    expect(lastNoticeDay(date("2027-03-30"), { months: 6 })).toBe("2026-09-30");
    expect(lastNoticeDay(date("2027-02-28"), { months: 1 })).toBe("2027-01-31");
    expect(lastNoticeDay(date("2029-02-28"), { months: 12 })).toBe("2028-02-29");
  });
  it("days are unaffected: force majeure from 31 Jan 2026 allows termination from 3 Mar 2026, not on 2 Mar (30 days from the next day, MDO-BV 11.3)", () => {
    const at = (d: string) =>
      mayTerminate(
        claim(signed, "customer", date(d), {
          ground: "force-majeure",
          forceMajeureOf: "supplier",
          since: date("2026-01-31"),
          agreedSolution: false,
        }),
        mdo2025,
      ).value;
    expect(at("2026-03-02")).toBe("refused");
    expect(at("2026-03-03")).toBe("allowed");
  });
});

describe("the rulebook is data the caller passes (ADR 0007)", () => {
  it("the mdo2025 preset decodes from its JSON form", () => {
    expect(decodeAgreement(JSON.parse(JSON.stringify(Schema.encodeSync(Agreement)(mdo2025)))).ok).toBe(true);
  });
  it("an agreement with a 30-day advance notice for tariff changes gives its own deadline, not MDO's 25 days", () => {
    const own = {
      ...mdo2025,
      tariffNotice: {
        ...mdo2025.tariffNotice,
        advanceNotice: { value: { days: 30 }, citations: [cite("ACME-2027", "4.1")] },
      },
    };
    const notice = {
      noticeDate: date("2026-12-01"),
      effectiveDate: date("2027-01-01"),
      change: "indexation-increase",
    } as const;
    expect(tariffNotice(notice, own).value.latestTimelyNoticeDate).toBe("2026-12-01");
    expect(tariffNotice(notice, mdo2025).value.latestTimelyNoticeDate).toBe("2026-12-06");
    expect(explainToText(tariffNotice(notice, own), "en")).toContain("ACME-2027 art. 4.1");
  });
});
