// Tests that kill surviving mutants of src/decide.ts (issue #17, docs/quality.md): the answer and
// reason of the consent check (spec §3, MITZ §2c, §2d, §2f, §3a, §5d; issue #10 decisions 2–3), the
// choice it names for a broader category, and what each explanation step names and cites — not
// the wording of a sentence. Each case is checked on `decide` and on the profile store (the two
// scan loops of `decideWith`). Every result is computed inside its `it` (perTest coverage).
import type { Citation, Step } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  type ConsentDecision,
  type ConsentEvent,
  type ConsentProfile,
  type ConsentRequest,
  createConsentStore,
  createProfileStore,
  decide,
  foldProfile,
  MEDICATION,
  mitzRules,
  RESULTS,
  TREATMENT_DATA,
} from "../src/index.js";
import {
  allRequesters,
  categories,
  compiled,
  created,
  emergency,
  emergencyConfirmed,
  GPS,
  gpPractice,
  HOSPITALS,
  hospitalX,
  hospitalY,
  org,
  type patient,
  recorded,
  request,
  type,
  withdrawn,
} from "./fixtures.js";

const at = "2026-02-01T10:00:00+01:00";
const fold = (...events: Array<ConsentEvent>): ConsentProfile =>
  foldProfile([created("2026-01-05T09:00:00+01:00"), ...events], mitzRules);

/** The decision of `decide`; the profile store and the consent store must agree on value, reason and choices. */
function both(r: ConsentRequest, p: ConsentProfile): ConsentDecision {
  const d = decide(r, compiled(p));
  const want = [d.value, d.reason, d.choice?.id, d.conflict?.id];
  const store = createProfileStore(mitzRules);
  const s = store.decide(r, store.add(p));
  expect([s.value, s.reason, s.choice?.id, s.conflict?.id]).toEqual(want);
  const records = createConsentStore(mitzRules);
  expect(records.put(p)).toBe(true);
  const c = records.decide(r);
  expect([c.value, c.reason, c.choice?.id, c.conflict?.id]).toEqual(want);
  return d;
}
const rules = (d: ConsentDecision) => d.because.map((s) => s.rule);
const stepOf = (d: ConsentDecision, rule: string): Step => {
  const s = d.because.find((x) => x.rule === rule);
  if (s === undefined) throw new Error(`no step ${rule} in ${rules(d).join(", ")}`);
  return s;
};
const articles = (cs: ReadonlyArray<Citation>) => cs.map((c) => `${c.source} ${c.article}`);

describe("no matching choice: NotApplicable, and why (spec §3, MITZ §2c)", () => {
  it("a profile whose only choice is for another custodian gives NotApplicable with reason no-choice", () => {
    const d = both(
      request(at, { dataCategory: MEDICATION }),
      fold(
        recorded(at.replace("02-01", "01-06"), "y", {
          custodian: org(hospitalY),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
      ),
    );
    expect([d.value, d.reason, d.choice]).toEqual(["NotApplicable", "no-choice", undefined]);
    const s = stepOf(d, "no-choice-recorded");
    expect(s.inputs).toEqual({ pendingChoices: 0 });
    expect(articles(s.citations)).toEqual(["MITZ §2c"]);
  });
  it("consent for medication only, asked for all treatment data: NotApplicable with reason partial-choice", () => {
    const d = both(
      request(at, { dataCategory: TREATMENT_DATA }),
      fold(
        recorded("2026-01-06T10:00:00+01:00", "med", {
          custodian: org(hospitalX),
          dataCategory: MEDICATION,
          decision: "permit",
        }),
      ),
    );
    expect([d.value, d.reason]).toEqual(["NotApplicable", "partial-choice"]);
    expect(rules(d)).toContain("partial-choice");
  });
  it("a requested data category outside the code lists: NotApplicable with reason no-choice, even with consent for all data", () => {
    const d = both(
      request(at, { dataCategory: "GGC999" }),
      fold(
        recorded("2026-01-06T10:00:00+01:00", "all", {
          custodian: type(HOSPITALS),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
      ),
    );
    expect([d.value, d.reason]).toEqual(["NotApplicable", "no-choice"]);
  });
  it("a requester category outside the code lists matches no choice for named requester categories: NotApplicable", () => {
    // RPZAC003 is the second requester code of the 2026 lists: an unknown category must not be read as it.
    const d = both(
      request(at, { dataCategory: MEDICATION, requester: { ura: gpPractice, category: "RPZAC999" } }),
      fold(
        recorded("2026-01-06T10:00:00+01:00", "c", {
          custodian: type(HOSPITALS),
          dataCategory: ALL_DATA,
          requesters: categories("RPZAC003"),
          decision: "permit",
        }),
      ),
    );
    expect([d.value, d.reason]).toEqual(["NotApplicable", "no-choice"]);
  });
  it("a minor's choice waiting for a parent's confirmation does not count, and the no-choice step names it and cites MITZ §5d", () => {
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00", "2012-01-01"),
        recorded("2026-01-02T10:00:00+01:00", "a", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
      ],
      mitzRules,
    );
    const d = both(request(at, { dataCategory: MEDICATION }), p);
    expect([d.value, d.reason]).toEqual(["NotApplicable", "no-choice"]);
    const s = stepOf(d, "no-choice-recorded");
    expect(s.inputs).toEqual({ pendingChoices: 1 });
    expect(articles(s.citations)).toEqual(["MITZ §2c", "MITZ §5d"]);
  });
});

describe("the answer's reason (spec §3; issue #10 decision 2)", () => {
  it("a permit on record gives Permit with reason choice, and the explanation ends with MITZ §3a (permit is not exchange)", () => {
    const d = both(
      request(at, { dataCategory: MEDICATION }),
      fold(
        recorded("2026-01-06T10:00:00+01:00", "ok", {
          custodian: type(HOSPITALS),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
      ),
    );
    expect([d.value, d.reason, d.choice?.id]).toEqual(["Permit", "choice", "ok"]);
    expect(rules(d)).toEqual([
      "purpose-and-treatment-relationship",
      "most-specific-choice",
      "permit-is-not-exchange",
    ]);
    expect(articles(stepOf(d, "permit-is-not-exchange").citations)).toEqual(["MITZ §3a"]);
  });
  it("a deny on record gives Deny with reason choice; the explanation ends with the recorded objection (MITZ §2c)", () => {
    const d = both(
      request(at, { dataCategory: MEDICATION }),
      fold(
        recorded("2026-01-06T10:00:00+01:00", "no", {
          custodian: type(HOSPITALS),
          dataCategory: ALL_DATA,
          decision: "deny",
        }),
      ),
    );
    expect([d.value, d.reason, d.choice?.id]).toEqual(["Deny", "choice", "no"]);
    expect(rules(d)).toEqual([
      "purpose-and-treatment-relationship",
      "most-specific-choice",
      "recorded-objection",
    ]);
    const last = d.because[d.because.length - 1] as Step;
    expect([last.output, articles(last.citations)]).toEqual(["Deny", ["MITZ §2c"]]);
  });
  it("an emergency consent against a deny on record: Deny, objection-on-record, the step names both and cites MITZ §2d", () => {
    const r = request("2026-03-28T11:00:00+01:00", {
      dataCategory: RESULTS,
      requester: { ura: gpPractice, category: GPS },
    });
    const d = both(
      r,
      fold(
        recorded("2026-01-06T10:00:00+01:00", "nee", {
          custodian: type(HOSPITALS),
          dataCategory: ALL_DATA,
          decision: "deny",
        }),
        emergency("2026-03-28T10:00:00+01:00", "em"),
      ),
    );
    expect([d.value, d.reason, d.choice?.id, d.conflict?.id]).toEqual([
      "Deny",
      "objection-on-record",
      "nee",
      "em",
    ]);
    const s = stepOf(d, "emergency-consent-does-not-override-objection");
    expect(s.inputs).toEqual({ objection: "nee", emergencyConsent: "em" });
    expect(articles(s.citations)[0]).toBe("MITZ §2d");
    expect(s.citations).toContainEqual(mitzRules.clauses.precedence);
  });
  it("'hospital X: all data: ja' and 'hospitals: medication: nee' are incomparable: the objection wins, the step names both and cites the precedence rules", () => {
    const d = both(
      request(at, { dataCategory: MEDICATION }),
      fold(
        recorded("2026-01-06T10:00:00+01:00", "x-all", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
        recorded("2026-01-06T10:01:00+01:00", "h-med", {
          custodian: type(HOSPITALS),
          dataCategory: MEDICATION,
          decision: "deny",
        }),
      ),
    );
    expect([d.value, d.reason, d.choice?.id, d.conflict?.id]).toEqual(["Deny", "choice", "h-med", "x-all"]);
    const s = stepOf(d, "objection-wins-among-incomparable");
    expect(s.inputs).toEqual({ objection: "h-med", consent: "x-all" });
    expect(s.citations).toEqual([mitzRules.clauses.precedence]);
  });
  it("an unreadable objection (codes of other lists) does not hide a readable deny that matches: Deny, not Indeterminate", () => {
    const d = both(
      request(at, { dataCategory: RESULTS }),
      fold(
        recorded("2026-01-06T10:00:00+01:00", "no-ggz", {
          custodian: org(hospitalX),
          dataCategory: "mitz:GGC999",
          decision: "deny",
        }),
        recorded("2026-01-06T10:01:00+01:00", "no", {
          custodian: type(HOSPITALS),
          dataCategory: ALL_DATA,
          decision: "deny",
        }),
      ),
    );
    expect([d.value, d.reason, d.choice?.id]).toEqual(["Deny", "choice", "no"]);
  });
  it("an unreadable objection alone makes the check Indeterminate; the step counts the unreadable choices and cites MITZ §2c", () => {
    const d = both(
      request(at, { dataCategory: RESULTS }),
      fold(
        recorded("2026-01-06T10:00:00+01:00", "yes", {
          custodian: type(HOSPITALS),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
        recorded("2026-01-06T10:01:00+01:00", "no-ggz", {
          custodian: org(hospitalX),
          dataCategory: "mitz:GGC999",
          decision: "deny",
        }),
      ),
    );
    expect([d.value, d.reason]).toEqual(["Indeterminate", "unreadable-objection"]);
    const s = stepOf(d, "objection-cannot-be-read");
    expect(s.inputs).toEqual({ unknownCodes: 1 });
    expect(articles(s.citations)).toEqual(["MITZ §2c"]);
  });
  it("an emergency consent confirmed and withdrawn at the same instant: Indeterminate, and the step names it and cites MITZ §2d", () => {
    const p = fold(
      emergency("2026-03-28T10:00:00+01:00", "em"),
      emergencyConfirmed("2026-03-28T20:00:00+01:00", "em"),
      withdrawn("2026-03-28T20:00:00+01:00", "em"),
    );
    const d = both(
      request("2026-03-29T10:00:00+02:00", {
        dataCategory: RESULTS,
        requester: { ura: gpPractice, category: GPS },
      }),
      p,
    );
    expect([d.value, d.choice?.id]).toEqual(["Indeterminate", "em"]);
    const s = stepOf(d, "validity-cannot-be-established");
    expect([s.inputs, s.output, articles(s.citations)]).toEqual([
      { choiceId: "em" },
      "Indeterminate",
      ["MITZ §2d"],
    ]);
    expect(rules(d)).not.toContain("recorded-objection");
  });
});

describe("a broader category is the most severe of its own and its narrower categories' answers; the first decides (spec §3)", () => {
  it("asked for treatment data with 'hospitals: all data: ja' and 'hospital X: medication: ja', the choice named is the one for the requested category itself", () => {
    const d = both(
      request(at, { dataCategory: TREATMENT_DATA }),
      fold(
        recorded("2026-01-06T10:00:00+01:00", "h-all", {
          custodian: type(HOSPITALS),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
        recorded("2026-01-06T10:01:00+01:00", "x-med", {
          custodian: org(hospitalX),
          dataCategory: MEDICATION,
          decision: "permit",
        }),
      ),
    );
    expect([d.value, d.choice?.id]).toEqual(["Permit", "h-all"]);
  });
});

describe("the deciding choice's specificity and the precondition steps (spec §3, MITZ §2f)", () => {
  it("the category depth of the deciding choice: all data 0, treatment data 1, medication 2", () => {
    const depth = (dataCategory: string) =>
      both(
        request(at, { dataCategory: MEDICATION }),
        fold(
          recorded("2026-01-06T10:00:00+01:00", "c", {
            custodian: org(hospitalX),
            dataCategory,
            decision: "permit",
          }),
        ),
      ).specificity?.category;
    expect([ALL_DATA, TREATMENT_DATA, MEDICATION].map(depth)).toEqual([0, 1, 2]);
  });
  it("the most-specific-choice step names the choice, its levels and when it was recorded, citing MITZ §2c and the precedence rules only", () => {
    const d = both(
      request(at, { dataCategory: MEDICATION }),
      fold(
        recorded("2026-01-06T10:00:00+01:00", "c", {
          custodian: org(hospitalX),
          dataCategory: TREATMENT_DATA,
          requesters: allRequesters,
          decision: "permit",
        }),
      ),
    );
    const s = stepOf(d, "most-specific-choice");
    expect(s.inputs).toEqual({
      choiceId: "c",
      decision: "permit",
      custodianLevel: 2,
      categoryDepth: 1,
      requesterLevel: 0,
      recordedAt: "2026-01-06T10:00:00+01:00",
    });
    expect(s.citations).toEqual([mitzRules.clauses.choices, mitzRules.clauses.precedence]);
  });
  it("the explanation is computed once: reading `because` twice gives the same steps", () => {
    const d = both(request(at, { dataCategory: MEDICATION }), fold());
    expect(d.because).toBe(d.because);
  });
  it("a profile of another patient: Indeterminate; the step is profile-of-another-patient citing MITZ §2c", () => {
    const d = decide(
      { ...request(at, { dataCategory: MEDICATION }), patient: "999999990" as typeof patient },
      compiled(fold()),
    );
    expect([d.value, d.reason]).toEqual(["Indeterminate", "patient-mismatch"]);
    expect(d.because.map((s) => [s.rule, s.output, articles(s.citations)])).toEqual([
      ["profile-of-another-patient", "Indeterminate", ["MITZ §2c"]],
    ]);
  });
  it("no treatment relationship: Deny; the only step is treatment-relationship-required citing MITZ §2f", () => {
    const d = both(request(at, { dataCategory: MEDICATION, treatmentRelationship: false }), fold());
    expect(d.because.map((s) => [s.rule, s.output, articles(s.citations)])).toEqual([
      ["treatment-relationship-required", "Deny", ["MITZ §2f"]],
    ]);
  });
  it("purpose TREAT with a treatment relationship: the first step says the check applies (output true, MITZ §2f)", () => {
    const d = both(request(at, { dataCategory: MEDICATION }), fold());
    const s = d.because[0] as Step;
    expect([s.rule, s.output, articles(s.citations)]).toEqual([
      "purpose-and-treatment-relationship",
      true,
      ["MITZ §2f"],
    ]);
  });
});
