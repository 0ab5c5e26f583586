// Tests that kill surviving mutants of src/grounds.ts (issue #17, docs/quality.md): each pins down
// a rule of the termination grounds (MDO-BV 10.1–10.7, 6.8, 6.13, 11.3) or what the verdict's
// explanation must name — the inputs, the output, the clause — not the wording of a sentence.
// Every verdict is computed inside its `it` (Stryker's per-test coverage does not see `describe`
// bodies).
import { type Citation, date, type Explained, type Step } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import type { Contract, Party } from "../src/contract.js";
import { decodeTerminationClaim } from "../src/decode.js";
import type { GroundDefinition } from "../src/figures.js";
import { forceMajeureTerminationFrom, mayTerminate, type TerminationClaim } from "../src/grounds.js";
import { mdo2025, mdoContract, switchToPaid } from "../src/presets/mdo-2025.js";
import { oneOff } from "./mutation-fixtures.js";

const stepOf = (e: Explained<unknown>, rule: string): Step => {
  const s = e.because.find((x) => x.rule === rule);
  if (s === undefined) throw new Error(`no step ${rule} in ${e.because.map((x) => x.rule).join(", ")}`);
  return s;
};
const articles = (cs: ReadonlyArray<Citation>): Array<string> => cs.map((c) => `${c.source} ${c.article}`);
const rules = (e: Explained<unknown>): Array<string> => e.because.map((s) => s.rule);

type Facts = TerminationClaim extends infer C
  ? C extends unknown
    ? Omit<C, "contract" | "party" | "receivedOn">
    : never
  : never;
const funded = mdoContract({ signedOn: date("2026-03-01") });
const paid = switchToPaid(funded, date("2027-01-01"));
const claim = (
  facts: Facts,
  party: Party,
  receivedOn: string,
  contract: Contract = funded,
): TerminationClaim => ({ ...facts, contract, party, receivedOn: date(receivedOn) }) as TerminationClaim;
const decide = (facts: Facts, party: Party, receivedOn: string, contract: Contract = funded) =>
  mayTerminate(claim(facts, party, receivedOn, contract), mdo2025);
/** mdo2025 with one ground replaced by `change`. */
const withGround = (id: GroundDefinition["id"], change: Partial<GroundDefinition>) => ({
  ...mdo2025,
  grounds: mdo2025.grounds.map((g) => (g.id === id ? { ...g, ...change } : g)),
});
const json = { contract: JSON.parse(JSON.stringify(funded)), party: "supplier", receivedOn: "2026-06-01" };

describe("the decoders keep the facts a ground depends on in range", () => {
  it.each([-1, 1.5])("%s written demands is not a whole number ≥ 0 (MDO-BV 6.13 counts demands)", (n) => {
    const r = decodeTerminationClaim({
      ...json,
      ground: "dissolution-non-payment",
      writtenDemands: n,
      stillUnpaid: true,
      customerHasSuspensionRight: false,
    });
    expect(r.ok).toBe(false);
  });
  it("zero written demands decodes, and is refused: repeated demands are required (MDO-BV 6.13)", () => {
    const r = decodeTerminationClaim({
      ...json,
      ground: "dissolution-non-payment",
      writtenDemands: 0,
      stillUnpaid: true,
      customerHasSuspensionRight: false,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = mayTerminate(r.value, mdo2025);
    expect(v.value).toBe("refused");
    expect(v.reasons[0]!.rule).toBe("condition-not-met");
    expect(articles(v.reasons[0]!.citations)).toContain("MDO-BV 6.13");
  });
  it("a force majeure that ends on the day it starts decodes; one that ends the day before does not (MDO-BV 11.3)", () => {
    const fm = { ...json, ground: "force-majeure", forceMajeureOf: "supplier", agreedSolution: false };
    expect(decodeTerminationClaim({ ...fm, since: "2026-03-01", endedOn: "2026-03-01" }).ok).toBe(true);
    expect(decodeTerminationClaim({ ...fm, since: "2026-03-01" }).ok).toBe(true);
    expect(decodeTerminationClaim({ ...fm, since: "2026-03-01", endedOn: "2026-02-28" }).ok).toBe(false);
  });
});

describe("force majeure lasting longer than 30 days (MDO-BV 11.3)", () => {
  it("the duration step names the start and the 30 days, gives the first day and cites 11.3", () => {
    const r = forceMajeureTerminationFrom(date("2026-03-01"), mdo2025);
    expect(r.because).toHaveLength(1);
    const s = stepOf(r, "force-majeure-duration");
    expect(s.inputs).toEqual({ start: "2026-03-01", longerThan: "30 days" });
    expect(s.output).toBe("2026-04-01");
    expect(articles(s.citations)).toEqual(["MDO-BV 11.3"]);
    expect(s.en).toContain("from 2026-04-01");
    expect(s.nl).toContain("vanaf 2026-04-01");
  });
  it("force majeure from 15 Dec 9999 cannot last 30 days in the calendar: no day, output null", () => {
    const r = forceMajeureTerminationFrom(date("9999-12-15"), mdo2025);
    expect(r.value).toBeUndefined();
    expect(stepOf(r, "force-majeure-duration").output).toBeNull();
  });
  const fm = {
    ground: "force-majeure",
    forceMajeureOf: "supplier",
    since: date("2026-03-01"),
    agreedSolution: false,
  } as const;
  it("a termination received on 31 Mar 2026, the 30th day, is too early: refused, naming the first possible day (MDO-BV 11.3)", () => {
    const v = decide(fm, "customer", "2026-03-31");
    expect(v.value).toBe("refused");
    expect(rules(v)).toEqual(["ground-force-majeure", "force-majeure-duration", "force-majeure-too-short"]);
    const s = v.reasons[0]!;
    expect(s.rule).toBe("force-majeure-too-short");
    expect(s.inputs).toEqual({ receivedOn: "2026-03-31", from: "2026-04-01" });
    expect(articles(s.citations)).toEqual(["MDO-BV 11.3"]);
  });
  it("a force majeure still going on 1 Apr 2026 allows immediate termination without damages (MDO-BV 11.3)", () => {
    const v = decide(fm, "customer", "2026-04-01");
    expect(v.value).toBe("allowed");
    expect(v.details).toMatchObject({
      lastDay: "2026-04-01",
      consequences: ["no-damages-for-terminating-party"],
    });
    expect(rules(v)).toEqual([
      "ground-force-majeure",
      "force-majeure-duration",
      "no-damages",
      "immediate-effect",
    ]);
    expect(articles(stepOf(v, "no-damages").citations)).toContain("MDO-BV 11.3");
  });
  it("a force majeure that ended on 10 Apr 2026 gives no right on 11 Apr: the step names the days and the 'duurt' reading", () => {
    const v = decide({ ...fm, endedOn: date("2026-04-10") }, "customer", "2026-04-11");
    expect(v.value).toBe("refused");
    expect(rules(v)).toEqual(["ground-force-majeure", "force-majeure-duration", "force-majeure-ended"]);
    const s = v.reasons[0]!;
    expect(s.inputs).toEqual({ receivedOn: "2026-04-11", endedOn: "2026-04-10", from: "2026-04-01" });
    expect(articles(s.citations)).toContain("MDO-BV 11.3");
    expect(s.citations.every((c) => c.note?.includes("only while it lasts") === true)).toBe(true);
  });
});

describe("each ground's steps: the ground, its conditions, its effect", () => {
  it("the ground step names the ground, the party and the day of receipt; a met condition adds no step (MDO-BV 10.5 a)", () => {
    const v = decide({ ground: "mutual-consent", bothPartiesAgree: true }, "supplier", "2026-06-01");
    expect(v.value).toBe("allowed");
    expect(rules(v)).toEqual(["ground-mutual-consent", "immediate-effect"]);
    expect(v.because[0]!.inputs).toEqual({
      ground: "mutual-consent",
      party: "supplier",
      receivedOn: "2026-06-01",
    });
    expect(v.details).toEqual({
      ground: "mutual-consent",
      scope: "whole-or-part",
      form: "any",
      lastDay: "2026-06-01",
      consequences: [],
    });
    expect(v.reasons[0]!.inputs).toEqual({ receivedOn: "2026-06-01" });
    expect(v.reasons[0]!.output).toBe("2026-06-01");
  });
  it("a condition not met is one step naming the day of receipt, and the refusal keeps the ground's form and scope (MDO-BV 10.5 a)", () => {
    const v = decide({ ground: "mutual-consent", bothPartiesAgree: false }, "supplier", "2026-06-01");
    expect(v.value).toBe("refused");
    expect(rules(v)).toEqual(["ground-mutual-consent", "condition-not-met"]);
    expect(v.reasons[0]!.inputs).toEqual({ receivedOn: "2026-06-01" });
    expect(v.details).toEqual({
      ground: "mutual-consent",
      scope: "whole-or-part",
      form: "any",
      consequences: [],
    });
  });
  it.each([
    [
      { ground: "undue-advantage", advantageOfferedWithoutWrittenPermission: true },
      "customer",
      "immediate-effect",
    ],
    [
      {
        ground: "business-transfer",
        transferredOutsideGroup: true,
        goalsChangedSoContinuationCannotBeRequired: true,
      },
      "customer",
      "notice-period-from-receipt",
    ],
    [
      { ground: "tariff-not-accepted", tariffAppliesFrom: date("2026-07-01") },
      "customer",
      "as-of-tariff-date",
    ],
    [
      { ground: "non-payment", tariffCharged: true, unpaidAfterReasonableTerm: true },
      "supplier",
      "effective-date-not-stated",
    ],
    [
      {
        ground: "ip-claim-no-alternative",
        productSubjectOfIpClaim: true,
        noAlternativeCommerciallyFeasible: true,
      },
      "supplier",
      "effective-date-not-stated",
    ],
  ] as const)("%o met: the ground step, then the effect step only", (facts, party, effect) => {
    const v = decide(facts as Facts, party, "2026-06-01");
    expect(v.value).toBe("allowed");
    expect(rules(v)).toEqual([`ground-${facts.ground}`, effect]);
    expect(v.details.consequences).toEqual([]);
  });
  it("business transfer: the notice period runs from receipt — 2 months from 1 Jun 2026 to 1 Aug 2026 — citing 10.6 and the customer's notice clause", () => {
    const v = decide(
      {
        ground: "business-transfer",
        transferredOutsideGroup: true,
        goalsChangedSoContinuationCannotBeRequired: true,
      },
      "customer",
      "2026-06-01",
    );
    expect(v.details.lastDay).toBe("2026-08-01");
    const s = stepOf(v, "notice-period-from-receipt");
    expect(s.inputs).toEqual({ receivedOn: "2026-06-01", period: "2 months" });
    expect(s.output).toBe("2026-08-01");
    expect(articles(s.citations)).toEqual(["MDO-BV 10.6", "MDO-BV 10.2"]);
    expect(s.en).toContain("is 2026-08-01");
    expect(s.nl).toContain("is 2026-08-01");
  });
  it("a tariff not accepted ends the contract as of the tariff date: last day 30 Jun 2026 for a tariff from 1 Jul (MDO-BV 6.5)", () => {
    const v = decide(
      { ground: "tariff-not-accepted", tariffAppliesFrom: date("2026-07-01") },
      "customer",
      "2026-06-01",
    );
    expect(v.details.lastDay).toBe("2026-06-30");
    const s = stepOf(v, "as-of-tariff-date");
    expect(s.inputs).toEqual({ tariffAppliesFrom: "2026-07-01" });
    expect(s.output).toBe("2026-06-30");
    expect(s.en).toContain("is 2026-06-30");
    expect(s.nl).toContain("is 2026-06-30");
  });
  it("non-payment states no effective date: allowed without a last day, the step naming the day of receipt (MDO-BV 6.12)", () => {
    const v = decide(
      { ground: "non-payment", tariffCharged: true, unpaidAfterReasonableTerm: true },
      "supplier",
      "2026-06-01",
    );
    expect(Object.keys(v.details)).not.toContain("lastDay");
    expect(stepOf(v, "effective-date-not-stated").inputs).toEqual({ receivedOn: "2026-06-01" });
  });
  it("dissolution for non-payment after two written demands: all claims due at once, in the steps and the details (MDO-BV 6.13)", () => {
    const facts = {
      ground: "dissolution-non-payment",
      writtenDemands: 2,
      stillUnpaid: true,
      customerHasSuspensionRight: false,
    } as const;
    const v = decide(facts, "supplier", "2026-06-01");
    expect(v.value).toBe("allowed");
    expect(v.details.consequences).toEqual(["all-claims-due-at-once"]);
    expect(rules(v)).toEqual(["ground-dissolution-non-payment", "all-claims-due", "immediate-effect"]);
    expect(decide({ ...facts, stillUnpaid: false }, "supplier", "2026-06-01").value).toBe("refused");
  });
  it("too few demands is refused citing both the ground and the two-demand reading (MDO-BV 6.13)", () => {
    const v = decide(
      {
        ground: "dissolution-non-payment",
        writtenDemands: 1,
        stillUnpaid: true,
        customerHasSuspensionRight: false,
      },
      "supplier",
      "2026-06-01",
    );
    const cs = v.reasons[0]!.citations;
    expect(cs).toEqual([
      ...mdo2025.grounds.find((g) => g.id === "dissolution-non-payment")!.citations,
      ...mdo2025.termination.dissolutionMinimumWrittenDemands.citations,
    ]);
  });
});

describe("an indexation increase not accepted (MDO-BV 6.8)", () => {
  const base = {
    ground: "indexation-increase-not-accepted",
    notificationDate: date("2026-11-01"),
    effectiveDate: date("2027-01-01"),
  } as const;
  it("a registered letter received 27 Nov 2026, after the 25-day window, is too late; the step names the days and cites 6.8", () => {
    const v = decide({ ...base, change: "indexation-increase" }, "customer", "2026-11-27");
    expect(v.value).toBe("refused");
    const s = v.reasons[0]!;
    expect(s.rule).toBe("termination-letter-late");
    expect(s.inputs).toEqual({ receivedOn: "2026-11-27", letterDeadline: "2026-11-26" });
    expect(s.citations).toEqual(mdo2025.tariffNotice.terminationWindow.citations);
    expect(rules(v)).toEqual([
      "ground-indexation-increase-not-accepted",
      "tariff-advance-notice",
      "increase-termination-window",
      "termination-letter-late",
    ]);
  });
  it("a decrease gives no termination right, also after a late notice: the reason is the decrease step (MDO-BV 6.8)", () => {
    const v = decide(
      { ...base, notificationDate: date("2026-12-20"), change: "indexation-decrease" },
      "customer",
      "2026-12-21",
    );
    expect(v.value).toBe("refused");
    expect(v.reasons[0]!.rule).toBe("decrease-no-termination-right");
    expect(rules(v)).toEqual([
      "ground-indexation-increase-not-accepted",
      "tariff-advance-notice",
      "tariff-notice-late",
      "decrease-no-termination-right",
    ]);
  });
  it("an interim increase gives no termination right (MDO-BV 6.8)", () => {
    const v = decide({ ...base, change: "interim-increase" }, "customer", "2026-11-10");
    expect(v.value).toBe("refused");
    expect(v.reasons[0]!.rule).toBe("interim-increase-no-termination-right");
  });
  it("a notification dated on the effective date is late but counts as valid for the customer: the letter within 25 days ends the contract the day before (this library's reading of 6.8)", () => {
    const v = decide(
      { ...base, notificationDate: date("2027-01-01"), change: "indexation-increase" },
      "customer",
      "2027-01-20",
    );
    expect(v.value).toBe("allowed");
    expect(v.details.lastDay).toBe("2026-12-31");
  });
});

describe("who, when and under which agreement (MDO-BV 10.1, 10.2, 10.3)", () => {
  it("the customer may not invoke non-payment: the refusal names the party and the ground, with only the ground step before it", () => {
    const v = decide(
      { ground: "non-payment", tariffCharged: true, unpaidAfterReasonableTerm: true },
      "customer",
      "2026-06-01",
    );
    expect(v.value).toBe("refused");
    expect(rules(v)).toEqual(["ground-non-payment", "party-may-not-invoke"]);
    expect(v.reasons[0]!.inputs).toEqual({ party: "customer", ground: "non-payment" });
    expect(v.reasons[0]!.en).toMatch(/^The customer may not/);
    expect(v.details).toEqual({
      ground: "non-payment",
      scope: "whole-or-part",
      form: "any",
      consequences: [],
    });
  });
  it("a termination received the day before the contract starts is refused citing the start clause; on the start day it is not (MDO-MS §4 row 2)", () => {
    const v = decide({ ground: "mutual-consent", bothPartiesAgree: true }, "customer", "2026-02-28");
    expect(v.value).toBe("refused");
    const s = v.reasons[0]!;
    expect(s.rule).toBe("termination-before-contract");
    expect(s.inputs).toEqual({ receivedOn: "2026-02-28", start: "2026-03-01" });
    expect(s.citations).toEqual(funded.startCitations);
    expect(s.citations.length).toBeGreaterThan(0);
    expect(decide({ ground: "mutual-consent", bothPartiesAgree: true }, "customer", "2026-03-01").value).toBe(
      "allowed",
    );
  });
  it("a contract without start citations: the before-start step cites nothing", () => {
    const { startCitations: _, ...bare } = funded;
    const v = decide({ ground: "mutual-consent", bothPartiesAgree: true }, "customer", "2026-02-28", bare);
    expect(v.reasons[0]!.citations).toEqual([]);
  });
  it("a contract that has ended without renewal cannot be terminated: nothing in force, the step names the day", () => {
    const once: Contract = {
      ...funded,
      duration: { ...funded.duration, renewal: { _tag: "None", citations: [] } },
    };
    const v = decide({ ground: "mutual-consent", bothPartiesAgree: true }, "customer", "2027-03-01", once);
    expect(v.value).toBe("refused");
    const s = v.reasons[0]!;
    expect(s.rule).toBe("no-contract-in-force");
    expect(s.inputs).toEqual({ receivedOn: "2027-03-01" });
    expect(s.citations).toEqual([]);
  });
  it("a ground the agreement does not have is refused by the closed list (MDO-BV 10.1)", () => {
    const agreement = { ...mdo2025, grounds: mdo2025.grounds.filter((g) => g.id !== "mutual-consent") };
    const v = mayTerminate(
      claim({ ground: "mutual-consent", bothPartiesAgree: true }, "customer", "2026-06-01"),
      agreement,
    );
    expect(v.value).toBe("refused");
    expect(v.details).toEqual({ ground: "mutual-consent", scope: "whole", consequences: [] });
    expect(v.reasons[0]!.inputs).toEqual({ ground: "mutual-consent" });
    expect(articles(v.reasons[0]!.citations)).toEqual(["MDO-BV 10.1"]);
  });
  it("a ground in the connection agreement is undetermined, with no form and the step naming the ground (MDO-MS §4 row 3)", () => {
    const v = decide({ ground: "insolvency" }, "customer", "2026-06-01");
    expect(v.value).toBe("undetermined");
    expect(v.details).toEqual({ ground: "insolvency", scope: "whole", consequences: [] });
    expect(Object.keys(v.details)).not.toContain("form");
    expect(rules(v)).toEqual(["ground-insolvency", "ground-conditions-not-in-sources"]);
    expect(v.reasons[0]!.inputs).toEqual({ ground: "insolvency" });
  });
  it("a regular notice is allowed with the notice step as its reason (MDO-BV 10.2)", () => {
    const v = decide({ ground: "regular-notice" }, "customer", "2026-10-31");
    expect(v.value).toBe("allowed");
    expect(v.reasons[0]!.rule).toBe(v.because.at(-1)!.rule);
    expect(v.reasons[0]!.rule).toBe("notice-ends-term");
    expect(v.because[0]!.rule).toBe("ground-regular-notice");
    expect(v.because.every((s) => typeof s.rule === "string")).toBe(true);
  });
  it("a ground whose form is per duration takes the form of the duration in force: written under the paid regime (MDO-BV 10.3)", () => {
    const agreement = withGround("regular-notice", { effect: "immediate" });
    const v = mayTerminate(claim({ ground: "regular-notice" }, "supplier", "2027-06-30", paid), agreement);
    expect(v.value).toBe("allowed");
    expect(v.details.form).toBe("written");
  });
  it("a ground taking effect as of a tariff date, on a claim that names none, is undetermined", () => {
    const agreement = withGround("mutual-consent", { effect: "as-of-tariff-date" });
    const v = mayTerminate(
      claim({ ground: "mutual-consent", bothPartiesAgree: true }, "customer", "2026-06-01"),
      agreement,
    );
    expect(v.value).toBe("undetermined");
    expect(v.details).toEqual({
      ground: "mutual-consent",
      scope: "whole-or-part",
      form: "any",
      consequences: [],
    });
    expect(rules(v)).toEqual(["ground-mutual-consent", "no-tariff-date"]);
    expect(v.reasons[0]!.inputs).toEqual({ ground: "mutual-consent" });
  });
});

describe("edges of the calendar and of the agreement's figures", () => {
  const fm = { ground: "force-majeure", forceMajeureOf: "supplier", agreedSolution: false } as const;
  it("force majeure from 15 Dec 9999 cannot last 30 days before the calendar ends: a termination on 31 Dec 9999 is refused (MDO-BV 11.3)", () => {
    const v = decide({ ...fm, since: date("9999-12-15") }, "customer", "9999-12-31");
    expect(v.value).toBe("refused");
    expect(v.reasons[0]!.rule).toBe("force-majeure-too-short");
    expect(v.reasons[0]!.inputs).toEqual({ receivedOn: "9999-12-31", from: null });
  });
  it("only the supplier's force majeure counts (MDO-BV 11.1: 'wij'): the customer's own is refused, citing 11.1 and the ground", () => {
    const figures = mdo2025.termination.forceMajeure;
    const v = mayTerminate(
      claim({ ...fm, forceMajeureOf: "customer", since: date("2026-03-01") }, "supplier", "2026-06-01"),
      mdo2025,
    );
    expect(v.value).toBe("refused");
    const s = v.reasons[0]!;
    expect(s.citations).toEqual([
      ...figures.of.citations,
      ...mdo2025.grounds.find((g) => g.id === "force-majeure")!.citations,
    ]);
    expect(s.en).toContain("Only force majeure of the supplier counts");
    expect(s.nl).toContain("Alleen overmacht van de leverancier telt");
  });
  it("a regular notice that ends no term — too late for a non-renewing term that a switch replaces — is refused with that step (MDO-BV 10.2)", () => {
    const v = decide({ ground: "regular-notice" }, "customer", "2027-10-15", oneOff);
    expect(v.value).toBe("refused");
    expect(v.reasons[0]!.rule).toBe("notice-before-switch-ends-nothing");
    expect(v.details).toEqual({
      ground: "regular-notice",
      scope: "whole",
      form: "written",
      consequences: [],
    });
  });
});
