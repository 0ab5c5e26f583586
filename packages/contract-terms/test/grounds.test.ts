import { date, explainToText, type LocalDate } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import type { Contract, Party } from "../src/contract.js";
import { decodeTerminationClaim } from "../src/decode.js";
import { forceMajeureTerminationFrom, mayTerminate, type TerminationClaim } from "../src/grounds.js";
import { mdo2025, mdoContract, switchToPaid } from "../src/presets/mdo-2025.js";

type Facts = TerminationClaim extends infer C
  ? C extends unknown
    ? Omit<C, "contract" | "party" | "receivedOn">
    : never
  : never;
/** mayTerminate with the old test shape: `value` = { verdict, ...details }. */
function terminate(contract: Contract, party: Party, facts: Facts, receivedOn: LocalDate) {
  const v = mayTerminate({ ...facts, contract, party, receivedOn } as TerminationClaim, mdo2025);
  return { ...v, value: { verdict: v.value, ...v.details } };
}

const funded = mdoContract({ signedOn: date("2026-03-01") });
const paid = switchToPaid(funded, date("2027-01-01"));
/** The common fields of a claim as JSON. */
const json = { contract: JSON.parse(JSON.stringify(funded)), party: "customer", receivedOn: "2026-06-01" };

describe("regular notice (MDO-BV 10.2, 10.3)", () => {
  it("a customer notice received on 31 Oct 2026 ends the funded MDO contract on 31 Dec 2026 (MDO-BV 10.2)", () => {
    const r = terminate(funded, "customer", { ground: "regular-notice" }, date("2026-10-31")).value;
    expect(r).toMatchObject({ verdict: "allowed", lastDay: "2026-12-31", form: "any", scope: "whole" });
  });
  it("a supplier notice under the paid regime must be written and gives 12 months (MDO-BV 10.3)", () => {
    const r = terminate(paid, "supplier", { ground: "regular-notice" }, date("2027-06-30")).value;
    expect(r).toMatchObject({ verdict: "allowed", lastDay: "2028-06-30", form: "written" });
  });
});

describe("immediate grounds (MDO-BV 10.5)", () => {
  it("by mutual consent either party may end the contract, wholly or partly, with immediate effect (MDO-BV 10.5 a)", () => {
    const r = terminate(
      funded,
      "supplier",
      { ground: "mutual-consent", bothPartiesAgree: true },
      date("2026-05-12"),
    );
    expect(r.value).toMatchObject({ verdict: "allowed", lastDay: "2026-05-12", scope: "whole-or-part" });
    expect(explainToText(r, "en")).toContain("MDO-BV art. 10.5 a");
  });
  it("without the other party's agreement there is no mutual consent (MDO-BV 10.5 a)", () => {
    expect(
      terminate(funded, "customer", { ground: "mutual-consent", bothPartiesAgree: false }, date("2026-05-12"))
        .value.verdict,
    ).toBe("refused");
  });
  it("an advantage offered without prior written permission allows immediate termination (MDO-BV 10.5 b)", () => {
    const r = terminate(
      funded,
      "customer",
      { ground: "undue-advantage", advantageOfferedWithoutWrittenPermission: true },
      date("2026-09-01"),
    );
    expect(r.value).toMatchObject({ verdict: "allowed", lastDay: "2026-09-01" });
  });
  it("there is nothing to terminate before the contract starts", () => {
    expect(
      terminate(funded, "customer", { ground: "mutual-consent", bothPartiesAgree: true }, date("2026-01-01"))
        .value.verdict,
    ).toBe("refused");
  });
});

describe("transfer of the supplier's business (MDO-BV 10.6)", () => {
  it("received 15 Mar 2027 with the customer's 2-month notice period, the contract ends on 15 May 2027 (MDO-BV 10.6, 10.2)", () => {
    const r = terminate(
      funded,
      "customer",
      {
        ground: "business-transfer",
        transferredOutsideGroup: true,
        goalsChangedSoContinuationCannotBeRequired: true,
      },
      date("2027-03-15"),
    );
    expect(r.value).toMatchObject({ verdict: "allowed", lastDay: "2027-05-15" });
  });
  it("a transfer within the group, or without changed goals, is no ground (MDO-BV 10.6)", () => {
    const r = terminate(
      funded,
      "customer",
      {
        ground: "business-transfer",
        transferredOutsideGroup: true,
        goalsChangedSoContinuationCannotBeRequired: false,
      },
      date("2027-03-15"),
    );
    expect(r.value.verdict).toBe("refused");
  });
  it("only the customer may invoke the transfer ground (MDO-BV 10.6)", () => {
    const r = terminate(
      funded,
      "supplier",
      {
        ground: "business-transfer",
        transferredOutsideGroup: true,
        goalsChangedSoContinuationCannotBeRequired: true,
      },
      date("2027-03-15"),
    );
    expect(r.value.verdict).toBe("refused");
    expect(explainToText(r, "en")).toContain("may not invoke");
  });
});

describe("tariffs (MDO-BV 6.5, 6.8)", () => {
  it("a customer who does not accept the tariff applying from 1 Jan 2027 may terminate as of that date: last day 31 Dec 2026 (MDO-BV 6.5)", () => {
    const r = terminate(
      funded,
      "customer",
      { ground: "tariff-not-accepted", tariffAppliesFrom: date("2027-01-01") },
      date("2026-12-20"),
    );
    expect(r.value).toMatchObject({ verdict: "allowed", lastDay: "2026-12-31", scope: "whole-or-part" });
  });
  it("once the tariff applies, terminating as of its date is no longer possible (MDO-BV 6.5, this library's reading)", () => {
    const r = terminate(
      funded,
      "customer",
      { ground: "tariff-not-accepted", tariffAppliesFrom: date("2027-01-01") },
      date("2027-01-01"),
    );
    expect(r.value.verdict).toBe("refused");
  });
  const increase = {
    ground: "indexation-increase-not-accepted",
    notificationDate: date("2026-12-01"),
    effectiveDate: date("2027-01-01"),
    change: "indexation-increase",
  } as const;
  it("a registered letter received on 26 Dec 2026, 25 days after a notification dated 1 Dec, ends the contract as of 1 Jan 2027 (MDO-BV 6.8)", () => {
    const r = terminate(paid, "customer", increase, date("2026-12-26")).value;
    expect(r).toMatchObject({ verdict: "allowed", lastDay: "2026-12-31", form: "registered-letter" });
  });
  it("a registered letter received on 27 Dec 2026 is one day too late (MDO-BV 6.8)", () => {
    expect(terminate(paid, "customer", increase, date("2026-12-27")).value.verdict).toBe("refused");
  });
  it("a decrease or an interim increase gives no 6.8 termination right (MDO-BV 6.8, 6.7)", () => {
    expect(
      terminate(paid, "customer", { ...increase, change: "indexation-decrease" }, date("2026-12-05")).value
        .verdict,
    ).toBe("refused");
    expect(
      terminate(paid, "customer", { ...increase, change: "interim-increase" }, date("2026-12-05")).value
        .verdict,
    ).toBe("refused");
  });
});

describe("non-payment (MDO-BV 10.7, 6.13)", () => {
  it("the supplier may terminate when a charged tariff stays unpaid after a reasonable term, but 10.7 fixes no date (MDO-BV 10.7)", () => {
    const r = terminate(
      paid,
      "supplier",
      { ground: "non-payment", tariffCharged: true, unpaidAfterReasonableTerm: true },
      date("2027-06-01"),
    );
    expect(r.value.verdict).toBe("allowed");
    expect(r.value.lastDay).toBeUndefined();
  });
  it("10.7 does not apply to the free, funded service (MDO-BV 10.7)", () => {
    const r = terminate(
      funded,
      "supplier",
      { ground: "non-payment", tariffCharged: false, unpaidAfterReasonableTerm: true },
      date("2026-06-01"),
    );
    expect(r.value.verdict).toBe("refused");
  });
  const dissolution = {
    ground: "dissolution-non-payment",
    writtenDemands: 2,
    stillUnpaid: true,
    customerHasSuspensionRight: false,
  } as const;
  it("after two written demands the supplier may dissolve in writing with immediate effect and all claims fall due (MDO-BV 6.13)", () => {
    const r = terminate(paid, "supplier", dissolution, date("2027-06-01")).value;
    expect(r).toMatchObject({
      verdict: "allowed",
      lastDay: "2027-06-01",
      form: "written",
      consequences: ["all-claims-due-at-once"],
    });
  });
  it("one written demand is not 'repeated' (MDO-BV 6.13, read as at least two)", () => {
    expect(
      terminate(paid, "supplier", { ...dissolution, writtenDemands: 1 }, date("2027-06-01")).value.verdict,
    ).toBe("refused");
  });
  it("a customer with a right of suspension cannot be dissolved against (MDO-BV 6.13)", () => {
    expect(
      terminate(paid, "supplier", { ...dissolution, customerHasSuspensionRight: true }, date("2027-06-01"))
        .value.verdict,
    ).toBe("refused");
  });
  it("the customer cannot invoke the supplier's dissolution ground (MDO-BV 6.13)", () => {
    expect(terminate(paid, "customer", dissolution, date("2027-06-01")).value.verdict).toBe("refused");
  });
});

describe("force majeure (MDO-BV 11.3)", () => {
  it("force majeure starting 1 Mar 2026 allows termination from 1 Apr 2026: the 30 calendar days run from the day after (MDO-BV 11.3)", () => {
    expect(forceMajeureTerminationFrom(date("2026-03-01"), mdo2025).value).toBe("2026-04-01");
    const fm = {
      ground: "force-majeure",
      forceMajeureOf: "supplier",
      since: date("2026-03-01"),
      agreedSolution: false,
    } as const;
    expect(terminate(funded, "customer", fm, date("2026-03-31")).value.verdict).toBe("refused");
    expect(terminate(funded, "customer", fm, date("2026-04-01")).value).toMatchObject({
      verdict: "allowed",
      lastDay: "2026-04-01",
      form: "registered-letter",
      consequences: ["no-damages-for-terminating-party"],
    });
  });
  it("force majeure from 1 Mar 2026 that ended on 15 Mar 2026 lasted only 15 days: no termination on 1 Jun 2026 (MDO-BV 11.3)", () => {
    const fm = {
      ground: "force-majeure",
      forceMajeureOf: "supplier",
      since: date("2026-03-01"),
      endedOn: date("2026-03-15"),
      agreedSolution: false,
    } as const;
    expect(terminate(funded, "customer", fm, date("2026-06-01")).value.verdict).toBe("refused");
  });
  it("force majeure that lasted from 1 Mar to 30 Apr 2026 allows termination on 30 Apr, not after it ended (MDO-BV 11.3 'duurt')", () => {
    const fm = {
      ground: "force-majeure",
      forceMajeureOf: "supplier",
      since: date("2026-03-01"),
      endedOn: date("2026-04-30"),
      agreedSolution: false,
    } as const;
    expect(terminate(funded, "supplier", fm, date("2026-04-30")).value.verdict).toBe("allowed");
    expect(terminate(funded, "supplier", fm, date("2026-05-01")).value.verdict).toBe("refused");
  });
  it("a force-majeure claim that ends before it starts is rejected", () => {
    const r = decodeTerminationClaim({
      ...json,
      ground: "force-majeure",
      forceMajeureOf: "supplier",
      since: "2026-03-01",
      endedOn: "2026-02-28",
      agreedSolution: false,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toBe("$.endedOn");
  });
  it("with an agreed solution force majeure is no ground (MDO-BV 11.3)", () => {
    const fm = {
      ground: "force-majeure",
      forceMajeureOf: "supplier",
      since: date("2026-03-01"),
      agreedSolution: true,
    } as const;
    expect(terminate(funded, "supplier", fm, date("2026-06-01")).value.verdict).toBe("refused");
  });
});

describe("connection-agreement grounds (MDO-MS §4 row 3)", () => {
  it("insolvency, change of law and a supervisor's claim are listed for both parties, details in the connection agreement", () => {
    for (const ground of ["insolvency", "change-of-law", "supervisor-claim"] as const) {
      expect(terminate(funded, "customer", { ground }, date("2026-06-01")).value.verdict).toBe(
        "undetermined",
      );
    }
  });
  it("all AGB codes ended is a ground for the supplier only (MDO-MS §4 row 3)", () => {
    expect(
      terminate(funded, "supplier", { ground: "all-agb-codes-ended" }, date("2026-06-01")).value.verdict,
    ).toBe("undetermined");
    expect(
      terminate(funded, "customer", { ground: "all-agb-codes-ended" }, date("2026-06-01")).value.verdict,
    ).toBe("refused");
  });
  it("every ground of the MDO preset cites its source", () => {
    for (const g of mdo2025.grounds) expect(g.citations.length).toBeGreaterThan(0);
  });
});

describe("decoding termination claims", () => {
  it("an unknown ground is rejected with the list of known grounds", () => {
    const r = decodeTerminationClaim({ ground: "boredom" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.path).toBe("$.ground");
      expect(r.issues[0]?.message).toContain("force-majeure");
    }
  });
  it("a force-majeure claim with an impossible start date is rejected", () => {
    const r = decodeTerminationClaim({
      ...json,
      ground: "force-majeure",
      forceMajeureOf: "supplier",
      since: "2026-02-30",
      agreedSolution: false,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toBe("$.since");
  });
  it("a tariff-increase claim whose effective date is before the date of the notification is rejected (spec §7, MDO-BV 6.8)", () => {
    const r = decodeTerminationClaim({
      ...json,
      ground: "indexation-increase-not-accepted",
      notificationDate: "2026-12-01",
      effectiveDate: "2026-11-01",
      change: "indexation-increase",
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.path).toBe("$.effectiveDate");
      expect(r.issues[0]?.message).toContain("before the date of the notice");
    }
  });
  it("mayTerminate does not allow a tariff-increase termination whose effective date is before the notification (MDO-BV 6.8)", () => {
    const claim = {
      ground: "indexation-increase-not-accepted",
      notificationDate: date("2026-12-01"),
      effectiveDate: date("2026-11-01"),
      change: "indexation-increase",
    } as const;
    expect(terminate(paid, "customer", claim, date("2026-12-10")).value.verdict).toBe("refused");
  });
  it("a valid claim decodes", () => {
    expect(
      decodeTerminationClaim({
        ...json,
        ground: "force-majeure",
        forceMajeureOf: "supplier",
        since: "2026-03-01",
        agreedSolution: false,
      }).ok,
    ).toBe(true);
  });
});
