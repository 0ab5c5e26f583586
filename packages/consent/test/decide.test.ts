import { bsn, explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  compileProfile,
  decide,
  foldProfile,
  MEDICATION,
  mitzRules,
  profileAt,
  RESULTS,
  TREATMENT_DATA,
} from "../src/index.js";
import {
  allRequesters,
  categories,
  compiled,
  created,
  GPS,
  gpPractice,
  HOSPITALS,
  hospitalX,
  hospitalY,
  org,
  PHARMACIES,
  patient,
  recorded,
  request,
  type,
  withdrawn,
} from "./fixtures.js";

describe("consent check: purpose and treatment relationship (MITZ §2f)", () => {
  const profile = foldProfile(
    [
      created("2026-01-05T09:00:00+01:00"),
      recorded("2026-01-05T09:10:00+01:00", "c1", {
        custodian: type(HOSPITALS),
        dataCategory: ALL_DATA,
        decision: "permit",
      }),
    ],
    mitzRules,
  );

  it("a request for treatment by a treating provider is checked against the choices: Permit", () => {
    expect(
      decide(request("2026-02-01T10:00:00+01:00", { dataCategory: MEDICATION }), compiled(profile)).value,
    ).toBe("Permit");
  });

  it("a request with purpose HPAYMT is denied even though consent is on record (data only for treatment)", () => {
    const d = decide(
      request("2026-02-01T10:00:00+01:00", { dataCategory: MEDICATION, purpose: "HPAYMT" }),
      compiled(profile),
    );
    expect(d.value).toBe("Deny");
    expect(d.reason).toBe("purpose-not-allowed");
    expect(d.because[0]?.citations).toContainEqual({ source: "MITZ", article: "§2f" });
  });

  it("a requester without a treatment relationship is denied", () => {
    const d = decide(
      request("2026-02-01T10:00:00+01:00", { dataCategory: MEDICATION, treatmentRelationship: false }),
      compiled(profile),
    );
    expect(d.value).toBe("Deny");
    expect(d.reason).toBe("no-treatment-relationship");
  });

  it("purpose COC is denied by default and checked like TREAT when continuity of care is switched on", () => {
    const r = request("2026-02-01T10:00:00+01:00", { dataCategory: MEDICATION, purpose: "COC" });
    expect(decide(r, compiled(profile)).value).toBe("Deny");
    expect(decide(r, compiled(profile), { continuityOfCare: true }).value).toBe("Permit");
  });
});

describe("consent check: most specific choice wins, deny wins ties (precedence order)", () => {
  it("a provider-type permit for hospitals is overridden by a deny for the named hospital X", () => {
    const profile = compileProfile(
      foldProfile(
        [
          created("2026-01-05T09:00:00+01:00"),
          recorded("2026-01-05T09:10:00+01:00", "type-permit", {
            custodian: type(HOSPITALS),
            dataCategory: ALL_DATA,
            decision: "permit",
          }),
          recorded("2026-01-05T09:11:00+01:00", "x-deny", {
            custodian: org(hospitalX),
            dataCategory: ALL_DATA,
            decision: "deny",
          }),
        ],
        mitzRules,
      ),
      mitzRules,
    );
    const atX = decide(request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile));
    expect(atX.value).toBe("Deny");
    expect(atX.choice?.id).toBe("x-deny");
    const atY = decide(
      request("2026-02-01T10:00:00+01:00", {
        dataCategory: RESULTS,
        custodian: { ura: hospitalY, type: HOSPITALS },
      }),
      compiled(profile),
    );
    expect(atY.value).toBe("Permit");
    expect(atY.choice?.id).toBe("type-permit");
  });

  it("the named-provider deny wins whatever the order of recording (specificity, not event order)", () => {
    const profile = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        recorded("2026-01-05T09:10:00+01:00", "x-deny", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "deny",
        }),
        recorded("2026-01-05T09:11:00+01:00", "type-permit", {
          custodian: type(HOSPITALS),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
      ],
      mitzRules,
    );
    expect(
      decide(request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile)).value,
    ).toBe("Deny");
  });

  it("an 'all data' permit with a 'medication' deny: medication is denied, results are permitted", () => {
    const profile = compileProfile(
      foldProfile(
        [
          created("2026-01-05T09:00:00+01:00"),
          recorded("2026-01-05T09:10:00+01:00", "all", {
            custodian: org(hospitalX),
            dataCategory: ALL_DATA,
            decision: "permit",
          }),
          recorded("2026-01-05T09:11:00+01:00", "no-med", {
            custodian: org(hospitalX),
            dataCategory: MEDICATION,
            decision: "deny",
          }),
        ],
        mitzRules,
      ),
      mitzRules,
    );
    expect(
      decide(request("2026-02-01T10:00:00+01:00", { dataCategory: MEDICATION }), compiled(profile)).value,
    ).toBe("Deny");
    expect(
      decide(request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile)).value,
    ).toBe("Permit");
  });

  it("a request for all treatment data is denied when its medication part is denied", () => {
    const profile = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        recorded("2026-01-05T09:10:00+01:00", "all", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
        recorded("2026-01-05T09:11:00+01:00", "no-med", {
          custodian: org(hospitalX),
          dataCategory: MEDICATION,
          decision: "deny",
        }),
      ],
      mitzRules,
    );
    const d = decide(
      request("2026-02-01T10:00:00+01:00", { dataCategory: TREATMENT_DATA }),
      compiled(profile),
    );
    expect(d.value).toBe("Deny");
    expect(d.choice?.id).toBe("no-med");
  });

  it("named requester categories beat 'all requesters' for the same custodian and category", () => {
    const profile = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        recorded("2026-01-05T09:10:00+01:00", "all-req", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "deny",
        }),
        recorded("2026-01-05T09:11:00+01:00", "gps", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          requesters: categories(GPS),
          decision: "permit",
        }),
      ],
      mitzRules,
    );
    expect(
      decide(request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile)).value,
    ).toBe("Permit");
    expect(
      decide(
        request("2026-02-01T10:00:00+01:00", {
          dataCategory: RESULTS,
          requester: { ura: gpPractice, category: PHARMACIES },
        }),
        compiled(profile),
      ).value,
    ).toBe("Deny");
  });

  it("a set of requester categories is more specific than a strict superset of it: GPs' permit beats GPs + pharmacies' deny for a GP (issue #10, decision 3)", () => {
    const profile = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        recorded("2026-01-05T09:10:00+01:00", "gps-permit", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          requesters: categories(GPS),
          decision: "permit",
        }),
        recorded("2026-01-05T09:11:00+01:00", "gps-pharm-deny", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          requesters: categories(GPS, PHARMACIES),
          decision: "deny",
        }),
      ],
      mitzRules,
    );
    const d = decide(request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile));
    expect(d.value).toBe("Permit");
    expect(d.choice?.id).toBe("gps-permit");
    const forPharmacy = decide(
      request("2026-02-01T10:00:00+01:00", {
        dataCategory: RESULTS,
        requester: { ura: gpPractice, category: PHARMACIES },
      }),
      compiled(profile),
    );
    expect([forPharmacy.value, forPharmacy.choice?.id]).toEqual(["Deny", "gps-pharm-deny"]);
  });

  it("overlapping requester sets, neither containing the other, are incomparable: the objection wins and both are named (rule 7)", () => {
    const profile = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        recorded("2026-01-05T09:10:00+01:00", "gps-hosp-permit", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          requesters: categories(GPS, HOSPITALS),
          decision: "permit",
        }),
        recorded("2026-01-05T09:11:00+01:00", "gps-pharm-deny", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          requesters: categories(GPS, PHARMACIES),
          decision: "deny",
        }),
      ],
      mitzRules,
    );
    const d = decide(request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile));
    expect([d.value, d.reason, d.choice?.id, d.conflict?.id]).toEqual([
      "Deny",
      "choice",
      "gps-pharm-deny",
      "gps-hosp-permit",
    ]);
    const text = explainToText(d, "en");
    expect(text).toContain("gps-pharm-deny");
    expect(text).toContain("gps-hosp-permit");
  });

  it("'hospital X: all data: ja' against 'hospitals: medication: nee' is Deny for X's medication: neither dominates (issue #10, decision 3)", () => {
    const profile = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        recorded("2026-01-05T09:10:00+01:00", "type-no-med", {
          custodian: type(HOSPITALS),
          dataCategory: MEDICATION,
          decision: "deny",
        }),
        recorded("2026-01-05T09:11:00+01:00", "x-all", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
      ],
      mitzRules,
    );
    const d = decide(request("2026-02-01T10:00:00+01:00", { dataCategory: MEDICATION }), compiled(profile));
    expect([d.value, d.choice?.id, d.conflict?.id]).toEqual(["Deny", "type-no-med", "x-all"]);
    expect(explainToText(d, "en")).toMatch(/x-all .*neither choice is at least as specific/);
    // X's results are not covered by the objection: X's permit decides.
    const results = decide(
      request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS }),
      compiled(profile),
    );
    expect([results.value, results.choice?.id]).toEqual(["Permit", "x-all"]);
  });

  it("'hospital X: medication: ja' beats 'hospitals: medication: nee': it dominates (at least as specific everywhere, more specific in the custodian)", () => {
    const profile = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        recorded("2026-01-05T09:10:00+01:00", "type-no-med", {
          custodian: type(HOSPITALS),
          dataCategory: MEDICATION,
          decision: "deny",
        }),
        recorded("2026-01-05T09:11:00+01:00", "x-med", {
          custodian: org(hospitalX),
          dataCategory: MEDICATION,
          decision: "permit",
        }),
      ],
      mitzRules,
    );
    const d = decide(request("2026-02-01T10:00:00+01:00", { dataCategory: MEDICATION }), compiled(profile));
    expect([d.value, d.choice?.id, d.conflict]).toEqual(["Permit", "x-med", undefined]);
    const atY = decide(
      request("2026-02-01T10:00:00+01:00", {
        dataCategory: MEDICATION,
        custodian: { ura: hospitalY, type: HOSPITALS },
      }),
      compiled(profile),
    );
    expect(atY.value).toBe("Deny");
  });

  it("a newer choice for the same custodian, category and requesters replaces the older one", () => {
    const profile = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        recorded("2026-01-05T09:10:00+01:00", "old", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "deny",
        }),
        recorded("2026-01-06T09:10:00+01:00", "new", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
      ],
      mitzRules,
    );
    expect(profile.choices.map((c) => c.id)).toEqual(["new"]);
    expect(
      decide(request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile)).value,
    ).toBe("Permit");
  });
});

describe("consent check: no choice is not a deny", () => {
  it("without a matching choice the answer is NotApplicable ('no choice recorded'), distinct from Deny", () => {
    const profile = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        recorded("2026-01-05T09:10:00+01:00", "c1", {
          custodian: org(hospitalY),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
      ],
      mitzRules,
    );
    const d = decide(request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile));
    expect(d.value).toBe("NotApplicable");
    expect(d.choice).toBeUndefined();
  });

  it("a choice recorded after the request's instant does not count", () => {
    const profile = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        recorded("2026-03-01T09:10:00+01:00", "c1", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
      ],
      mitzRules,
    );
    expect(
      decide(request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile)).value,
    ).toBe("NotApplicable");
  });

  it("a request for all data with consent for only medication is NotApplicable (part has no choice)", () => {
    const profile = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        recorded("2026-01-05T09:10:00+01:00", "med", {
          custodian: org(hospitalX),
          dataCategory: MEDICATION,
          decision: "permit",
        }),
      ],
      mitzRules,
    );
    const d = decide(request("2026-02-01T10:00:00+01:00", { dataCategory: ALL_DATA }), compiled(profile));
    expect(d.value).toBe("NotApplicable");
    expect(d.reason).toBe("partial-choice");
  });
});

describe("a profile is only asked about its own patient", () => {
  it("a request about another patient than the profile's is Indeterminate, never a Permit", () => {
    const profile = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        recorded("2026-01-05T09:10:00+01:00", "c1", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
      ],
      mitzRules,
    );
    const other = {
      ...request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS }),
      patient: bsn("123456782"),
    };
    const d = decide(other, compiled(profile));
    expect(d.value).toBe("Indeterminate");
    expect(d.reason).toBe("patient-mismatch");
    expect(explainToText(d, "en")).not.toContain("123456782");
  });
});

describe("time travel (spec §2)", () => {
  const events = [
    created("2026-01-05T09:00:00+01:00"),
    recorded("2026-01-05T09:10:00+01:00", "c1", {
      custodian: org(hospitalX),
      dataCategory: ALL_DATA,
      decision: "permit",
    }),
    withdrawn("2026-03-01T12:00:00+01:00", "c1"),
  ];

  it("data fetched on 15 Feb 2026 was covered by the consent that was withdrawn on 1 Mar 2026", () => {
    const then = profileAt(
      events,
      mitzRules,
      request("2026-02-15T10:00:00+01:00", { dataCategory: RESULTS }).at,
    );
    expect(
      decide(request("2026-02-15T10:00:00+01:00", { dataCategory: RESULTS }), compiled(then)).value,
    ).toBe("Permit");
  });

  it("after the withdrawal on 1 Mar 2026 the same request has no consent on record", () => {
    const now = profileAt(
      events,
      mitzRules,
      request("2026-03-02T10:00:00+01:00", { dataCategory: RESULTS }).at,
    );
    expect(decide(request("2026-03-02T10:00:00+01:00", { dataCategory: RESULTS }), compiled(now)).value).toBe(
      "NotApplicable",
    );
  });

  it("at the very instant of the withdrawal the consent no longer counts", () => {
    const t = request("2026-03-01T12:00:00+01:00", { dataCategory: RESULTS });
    expect(decide(t, compiled(profileAt(events, mitzRules, t.at))).value).toBe("NotApplicable");
    const justBefore = { ...t, at: (t.at - 1) as typeof t.at };
    expect(decide(justBefore, compiled(profileAt(events, mitzRules, justBefore.at))).value).toBe("Permit");
  });
});

describe("explanations", () => {
  it("explain the deciding choice with citations, and never show the BSN unmasked", () => {
    const profile = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        recorded("2026-01-05T09:10:00+01:00", "x-deny", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "deny",
        }),
      ],
      mitzRules,
    );
    for (const treatmentRelationship of [true, false]) {
      const d = decide(
        request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS, treatmentRelationship }),
        compiled(profile),
      );
      const text = `${explainToText(d, "en")}\n${explainToText(d, "nl")}\n${JSON.stringify(d)}`;
      expect(text).not.toContain(patient);
      expect(text).toContain("*****2333");
    }
    const d = decide(request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile));
    expect(explainToText(d, "en")).toContain("x-deny");
    expect(d.because.some((s) => s.citations.some((c) => c.source === "nl-generic-functions"))).toBe(true);
  });

  it("explain that a Permit is consent on record, not a promise of exchange (MITZ §3a)", () => {
    const profile = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        recorded("2026-01-05T09:10:00+01:00", "ok", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "permit",
          requesters: allRequesters,
        }),
      ],
      mitzRules,
    );
    const d = decide(request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile));
    expect(d.because.at(-1)?.citations).toContainEqual({ source: "MITZ", article: "§3a" });
  });
});
