// The worked cases of the legal review (../shared/reviews/legal-review-2026-12.md §1, §2), each
// named as the rule it checks (issue #10).
import { explainToText, instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  type ConsentEvent,
  compileProfile,
  consentsFor,
  createProfileStore,
  decide,
  decodeEvent,
  decodeEventLog,
  foldProfile,
  MEDICATION,
  mitzRules,
  profileAt,
  RESULTS,
  replay,
} from "../src/index.js";
import {
  compiled,
  confirmedByParent,
  created,
  emergency,
  emergencyConfirmed,
  GPS,
  gpActor,
  gpPractice,
  HOSPITALS,
  hospitalX,
  org,
  parent,
  patient,
  recorded,
  request,
  self,
  type,
  uzi,
  withdrawn,
} from "./fixtures.js";

const allData = { custodian: { _tag: "AllCustodians" } as const, dataCategory: ALL_DATA };
const withdrawAll = (at: string, who = self): ConsentEvent => ({
  _tag: "AllChoicesWithdrawn",
  eventId: `all-${at}`,
  at: instant(at),
  patient,
  actor: who,
});

describe("review 1.1: a 12–15-year-old's refusal counts at once (MITZ §5d: child and parent both consent)", () => {
  // Child born 15 Mar 2010; "every custodian, all data: permit" by child + parent on 2 Jan 2024.
  const base = [
    created("2024-01-01T10:00:00+01:00", "2010-03-15"),
    recorded("2024-01-02T10:00:00+01:00", "all", { ...allData, decision: "permit" }),
    confirmedByParent("2024-01-02T10:05:00+01:00", "all"),
  ];

  it("the child's 'hospital X: nee' of 1 Feb 2024 is active at once: results at X on 1 Mar 2024 are denied", () => {
    const events = [
      ...base,
      recorded("2024-02-01T10:00:00+01:00", "no-x", {
        custodian: org(hospitalX),
        dataCategory: ALL_DATA,
        decision: "deny",
      }),
    ];
    const profile = foldProfile(events, mitzRules);
    expect(profile.pending).toEqual([]);
    const d = decide(request("2024-03-01T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile));
    expect([d.value, d.choice?.id]).toEqual(["Deny", "no-x"]);
  });

  it("a parent may record a 'nee' for a 12–15-year-old, and it counts at once", () => {
    const profile = foldProfile(
      [
        ...base,
        recorded(
          "2024-02-01T10:00:00+01:00",
          "no-x",
          { custodian: org(hospitalX), dataCategory: ALL_DATA, decision: "deny" },
          parent,
        ),
      ],
      mitzRules,
    );
    expect(
      decide(request("2024-02-02T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile)).value,
    ).toBe("Deny");
  });

  it("a 'nee' a treating provider records at the 12–15-year-old's request counts at once; a 'ja' still waits for a parent", () => {
    const flags = { onPatientRequest: true, treatmentRelationship: true };
    const profile = foldProfile(
      [
        created("2024-01-01T10:00:00+01:00", "2010-03-15"),
        recorded(
          "2024-02-01T10:00:00+01:00",
          "no-x",
          { custodian: org(hospitalX), dataCategory: MEDICATION, decision: "deny" },
          gpActor,
          flags,
        ),
        recorded("2024-02-01T10:10:00+01:00", "yes", { ...allData, decision: "permit" }, gpActor, flags),
      ],
      mitzRules,
    );
    expect(profile.choices.map((c) => c.id)).toEqual(["no-x"]);
    expect(profile.pending.map((p) => p.choice.id)).toEqual(["yes"]);
  });

  it("a 'ja' of a 12–15-year-old still needs the parent; lifting the 'nee' still needs child and parent", () => {
    const events = [
      ...base,
      recorded("2024-02-01T10:00:00+01:00", "no-x", {
        custodian: org(hospitalX),
        dataCategory: ALL_DATA,
        decision: "deny",
      }),
      withdrawn("2024-03-01T10:00:00+01:00", "no-x", self),
    ];
    const ask = (at: string) =>
      decide(request(at, { dataCategory: RESULTS }), compiled(profileAt(events, mitzRules, instant(at))));
    expect(ask("2024-03-02T10:00:00+01:00").value).toBe("Deny");
    const lifted = [...events, confirmedByParent("2024-03-02T11:00:00+01:00", "no-x")];
    expect(
      decide(
        request("2024-03-03T10:00:00+01:00", { dataCategory: RESULTS }),
        compiled(foldProfile(lifted, mitzRules)),
      ).value,
    ).toBe("Permit");
  });

  it("under 12 unchanged: the child's session records a 'nee' that waits for a parent", () => {
    const profile = foldProfile(
      [
        created("2020-01-01T10:00:00+01:00", "2016-01-01"),
        recorded("2020-02-01T10:00:00+01:00", "no-x", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "deny",
        }),
      ],
      mitzRules,
    );
    expect(profile.pending.map((p) => p.choice.id)).toEqual(["no-x"]);
  });
});

describe("review 1.2 / 2.2: an emergency consent never overrides a recorded 'nee', whatever its phrasing (MITZ §2d)", () => {
  const ask = (at: string) =>
    request(at, { dataCategory: RESULTS, requester: { ura: gpPractice, category: GPS } });

  for (const [phrasing, custodian] of [
    ["every custodian", { _tag: "AllCustodians" } as const],
    ["hospitals (RPZAC104)", type(HOSPITALS)],
    ["hospital X", org(hospitalX)],
  ] as const) {
    it(`'${phrasing}, all data: nee' + an emergency consent by a GP practice → Deny, naming the objection on record`, () => {
      const profile = foldProfile(
        [
          created("2026-03-01T10:00:00+01:00"),
          recorded("2026-03-02T10:00:00+01:00", "nee", {
            custodian,
            dataCategory: ALL_DATA,
            decision: "deny",
          }),
          emergency("2026-03-28T10:00:00+01:00", "em"),
        ],
        mitzRules,
      );
      const d = decide(ask("2026-03-28T12:00:00+01:00"), compiled(profile));
      expect([d.value, d.reason, d.choice?.id, d.conflict?.id]).toEqual([
        "Deny",
        "objection-on-record",
        "nee",
        "em",
      ]);
      const text = explainToText(d, "en");
      expect(text).toContain("does not override the objection nee on record");
      expect(text).toContain("legal basis");
    });
  }

  it("without a recorded 'nee' the emergency consent fills the gap: Permit", () => {
    const profile = foldProfile(
      [created("2026-03-01T10:00:00+01:00"), emergency("2026-03-28T10:00:00+01:00", "em")],
      mitzRules,
    );
    expect(decide(ask("2026-03-28T12:00:00+01:00"), compiled(profile)).value).toBe("Permit");
  });
});

describe("review 1.4: 'withdraw all consents' withdraws consents; objections stay (VJZ §2)", () => {
  it("a 14-year-old's 'hospital X: nee' survives a parent's withdrawal of all consents", () => {
    const events = [
      created("2024-01-01T10:00:00+01:00", "2010-03-15"),
      recorded("2024-01-02T10:00:00+01:00", "all", { ...allData, decision: "permit" }),
      confirmedByParent("2024-01-02T10:05:00+01:00", "all"),
      recorded("2024-02-01T10:00:00+01:00", "no-x", {
        custodian: org(hospitalX),
        dataCategory: ALL_DATA,
        decision: "deny",
      }),
      withdrawAll("2024-03-01T10:00:00+01:00", parent),
    ];
    const profile = foldProfile(events, mitzRules);
    expect(profile.rejected).toEqual([]);
    expect(profile.choices.map((c) => [c.id, c.decision])).toEqual([["no-x", "deny"]]);
    expect(
      decide(request("2024-03-02T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile)).value,
    ).toBe("Deny");
  });

  it("pending consents and emergency consents are withdrawn too", () => {
    const profile = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        emergency("2026-03-28T10:00:00+01:00", "em"),
        recorded("2026-03-28T11:00:00+01:00", "no", {
          custodian: org(hospitalX),
          dataCategory: MEDICATION,
          decision: "deny",
        }),
        withdrawAll("2026-03-28T12:00:00+01:00"),
      ],
      mitzRules,
    );
    expect(profile.choices.map((c) => c.id)).toEqual(["no"]);
  });
});

describe("review 1.6 / 2.4: who may create a profile (MITZ §1c, §5b–d, §6a, §6c)", () => {
  const creation = (who: ConsentEvent["actor"], extra: object = {}, birthDate = "1990-01-01") =>
    ({ ...created("2026-01-01T10:00:00+01:00", birthDate, who), ...extra }) as ConsentEvent;

  it("a provider without the patient's request and a treatment relationship cannot create it, so the patient's own creation applies", () => {
    const profile = foldProfile(
      [
        creation(gpActor),
        { ...created("2026-01-02T10:00:00+01:00", "1990-01-01"), birthDateSource: "brp" } as ConsentEvent,
      ],
      mitzRules,
    );
    expect(profile.rejected.map((r) => r.step.rule)).toEqual(["provider-needs-treatment-relationship"]);
    expect([profile.createdAt, profile.birthDateSource]).toEqual([
      instant("2026-01-02T10:00:00+01:00"),
      "brp",
    ]);
  });

  it("a treating provider on the patient's request, an import, the patient and a representative of an adult may create it", () => {
    for (const e of [
      creation(gpActor, { onPatientRequest: true, treatmentRelationship: true }),
      creation(gpActor, { source: "import" }),
      creation(self),
      creation({ _tag: "AuthorisedRepresentative" }),
      creation({ _tag: "Parent", relation: "legal-representative" }),
    ])
      expect(foldProfile([e], mitzRules).createdAt).toBeDefined();
  });

  it("a parent cannot create a minor's profile first (the child's DigiD comes first), nor an adult's", () => {
    expect(foldProfile([creation(parent, {}, "2014-01-01")], mitzRules).createdAt).toBeUndefined();
    expect(foldProfile([creation(parent, {}, "1990-01-01")], mitzRules).createdAt).toBeUndefined();
    expect(foldProfile([creation(self, {}, "2014-01-01")], mitzRules).createdAt).toBeDefined();
  });

  it("a wrong birth date can be corrected from the BRP, and the age rules follow the corrected date", () => {
    const correction: ConsentEvent = {
      _tag: "BirthDateCorrected",
      eventId: "fix",
      at: instant("2026-01-02T10:00:00+01:00"),
      patient,
      actor: self,
      birthDate: "2012-06-01" as never,
      birthDateSource: "brp",
    };
    const events = [
      creation(self, {}, "2008-06-01"),
      correction,
      recorded("2026-01-03T10:00:00+01:00", "c", {
        custodian: org(hospitalX),
        dataCategory: ALL_DATA,
        decision: "permit",
      }),
    ];
    const profile = foldProfile(events, mitzRules);
    expect([profile.birthDate, profile.birthDateSource]).toEqual(["2012-06-01", "brp"]);
    expect(profile.pending.map((p) => p.choice.id)).toEqual(["c"]); // 13 years old: a parent confirms
  });

  it("a stated birth date never replaces a BRP date", () => {
    const profile = foldProfile(
      [
        { ...creation(self, {}, "2012-06-01"), birthDateSource: "brp" } as ConsentEvent,
        {
          _tag: "BirthDateCorrected",
          eventId: "fix",
          at: instant("2026-01-02T10:00:00+01:00"),
          patient,
          actor: self,
          birthDate: "2000-06-01" as never,
          birthDateSource: "stated",
        },
      ],
      mitzRules,
    );
    expect(profile.birthDate).toBe("2012-06-01");
    expect(profile.rejected.map((r) => r.step.rule)).toEqual(["brp-date-stands"]);
  });
});

describe("review 1.8 / 2.3: consentsFor leaves emergency consents out by default (MITZ §2e, §4)", () => {
  const profile = foldProfile(
    [created("2026-03-01T10:00:00+01:00"), emergency("2026-03-28T10:00:00+01:00", "em")],
    mitzRules,
  );
  const dentist = { ura: "00009999", type: "RPZAC103" };
  const at = instant("2026-03-28T12:00:00+01:00");

  it("an unrelated custodian is not told that the patient was in acute care", () => {
    expect(consentsFor(profile, dentist, at)).toEqual([]);
  });

  it("an adapter that needs them asks with { includeEmergency: true }", () => {
    expect(consentsFor(profile, dentist, at, { includeEmergency: true }).map((c) => c.id)).toEqual(["em"]);
  });

  it("a confirmed emergency consent is a regular permit from then on and is listed like one", () => {
    const confirmed = foldProfile(
      [
        created("2026-03-01T10:00:00+01:00"),
        emergency("2026-03-28T10:00:00+01:00", "em"),
        emergencyConfirmed("2026-03-28T11:00:00+01:00", "em"),
      ],
      mitzRules,
    );
    expect(consentsFor(confirmed, dentist, at).map((c) => c.id)).toEqual(["em"]);
  });
});

describe("review 1.9 / 2.5: ids never carry a BSN", () => {
  const event = (choiceId: string) => ({
    _tag: "ChoiceRecorded",
    eventId: "e-1",
    at: "2026-01-05T10:00:00+01:00",
    patient,
    actor: { _tag: "Patient" },
    choiceId,
    custodian: { _tag: "Organisation", ura: hospitalX },
    dataCategory: ALL_DATA,
    requesters: { _tag: "AllRequesters" },
    decision: "deny",
  });

  it("a choice id with a BSN inside is rejected at decoding, asking for an opaque id", () => {
    const r = decodeEvent(event("c-111222333"), mitzRules);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.message).join()).toContain("opaque id");
      expect(JSON.stringify(r.issues)).not.toContain("111222333");
    }
  });

  it("an 8-digit run that is a BSN with its leading zero dropped is rejected too", () => {
    // 012345672 passes the 11-check
    expect(decodeEvent(event("c-12345672"), mitzRules).ok).toBe(false);
  });

  it("a UUID, a ULID and a date stamp are accepted", () => {
    expect(decodeEvent(event("0f8fad5b-d9cb-469f-a165-70867728950e"), mitzRules).ok).toBe(true);
    expect(decodeEvent(event("01ARZ3NDEKTSV4RRFFQ69G5FAV"), mitzRules).ok).toBe(true);
    expect(decodeEvent(event("choice-20261124"), mitzRules).ok).toBe(true);
    // (a date stamp that happens to pass the 11-check, 020261123, is rejected: the rule is the digits)
    expect(decodeEvent(event("choice-20261123"), mitzRules).ok).toBe(false);
  });

  it("as defence in depth, a BSN-shaped id built in code is masked in the explanation and in rejection reasons", () => {
    const events = [
      created("2026-01-05T09:00:00+01:00"),
      recorded("2026-01-05T09:10:00+01:00", "c-111222333", {
        custodian: org(hospitalX),
        dataCategory: ALL_DATA,
        decision: "deny",
      }),
      withdrawn("2026-01-06T09:10:00+01:00", "x-111222333"),
    ];
    const profile = foldProfile(events, mitzRules);
    const d = decide(request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile));
    expect(explainToText(d, "en")).not.toContain("111222333");
    expect(explainToText(d, "en")).toContain("c-*****2333");
    expect(JSON.stringify(profile.rejected)).not.toContain("111222333");
  });
});

describe("review 1.10: 'with the patient's agreement' for a patient under 16 names the representative who agreed (MITZ §2d, §5d)", () => {
  const child = created("2026-01-01T10:00:00+01:00", "2017-01-01");
  const ask = request("2026-03-28T12:00:00+01:00", {
    dataCategory: RESULTS,
    requester: { ura: gpPractice, category: GPS },
  });

  it("an emergency consent 'patient-agreed' for a 9-year-old without agreedBy is not applied", () => {
    const profile = foldProfile([child, emergency("2026-03-28T10:00:00+01:00", "em")], mitzRules);
    expect(profile.choices).toEqual([]);
    expect(profile.rejected.map((r) => r.step.rule)).toEqual([
      "minor-emergency-needs-representative-agreement",
    ]);
  });

  it("with the parent who agreed, or on a legal basis, it is applied", () => {
    const agreed = foldProfile(
      [child, emergency("2026-03-28T10:00:00+01:00", "em", gpActor, undefined, { agreedBy: parent })],
      mitzRules,
    );
    expect(decide(ask, compiled(agreed)).value).toBe("Permit");
    const legal = foldProfile(
      [
        child,
        emergency("2026-03-28T10:00:00+01:00", "em", gpActor, undefined, {
          basis: "legal-basis",
          legalBasis: "WGBO art. 7:466",
        }),
      ],
      mitzRules,
    );
    expect(decide(ask, compiled(legal)).value).toBe("Permit");
  });
});

describe("decision 9: event logs", () => {
  it("duplicate event ids are rejected (effects are keyed by them)", () => {
    const e = { ...created("2026-01-01T10:00:00+01:00"), at: "2026-01-01T10:00:00+01:00" };
    const r = decodeEventLog([e, { ...e, at: "2026-01-02T10:00:00+01:00" }], mitzRules);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.message)).toContain("Event ids must be unique in a log");
  });

  it("decodeEventLog never throws, even on an array or an object whose getters throw", () => {
    const evilArray: Array<unknown> = [];
    Object.defineProperty(evilArray, 0, {
      get() {
        throw new Error("boom");
      },
      enumerable: true,
    });
    evilArray.length = 1;
    const evilObject = Object.defineProperty({}, "_tag", {
      get() {
        throw new Error("boom");
      },
      enumerable: true,
    });
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    for (const input of [evilArray, [evilObject], revoked.proxy])
      expect(decodeEventLog(input, mitzRules).ok).toBe(false);
  });
});

describe("decision 10: a confirmed emergency consent becomes a lasting 'every custodian, all data' permit, and says so", () => {
  const events = [
    created("2026-03-01T10:00:00+01:00"),
    {
      _tag: "NotificationsSubscribed",
      eventId: "sub",
      at: instant("2026-03-01T11:00:00+01:00"),
      patient,
      actor: self,
      email: "p@example.org",
    } as ConsentEvent,
    emergency("2026-03-28T10:00:00+01:00", "em"),
    emergencyConfirmed("2026-03-28T11:00:00+01:00", "em"),
  ];

  it("the explanation names the lasting scope", () => {
    const d = decide(
      request("2026-06-01T10:00:00+02:00", {
        dataCategory: MEDICATION,
        requester: { ura: gpPractice, category: GPS },
      }),
      compiled(foldProfile(events, mitzRules)),
    );
    expect(d.value).toBe("Permit");
    expect(explainToText(d, "en")).toContain("a lasting permit for every custodian and all data");
    expect(explainToText(d, "nl")).toContain("blijvende toestemming voor elke bronhouder en alle gegevens");
  });

  it("the notification to the patient carries the lasting scope", () => {
    const notify = replay(events, mitzRules)
      .effects.map((e) => e.effect)
      .find((e) => e._tag === "NotifyPatient" && e.change === "emergency-confirmed");
    expect(notify?._tag === "NotifyPatient" && notify.lasting).toEqual({
      custodian: { _tag: "AllCustodians" },
      dataCategory: ALL_DATA,
      requesters: { _tag: "Organisation", ura: gpPractice },
    });
  });
});

describe("review 2.1: precedence by dominance; objections win among the incomparable (nl-generic-functions rules 1–5, 7)", () => {
  const at = "2026-02-01T10:00:00+01:00";
  const hospitalsNoMedication = recorded("2026-01-05T09:10:00+01:00", "hosp-no-med", {
    custodian: type(HOSPITALS),
    dataCategory: MEDICATION,
    decision: "deny",
  });

  it("'hospital X: medication: ja' beats 'hospitals: medication: nee' (it dominates)", () => {
    const profile = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        hospitalsNoMedication,
        recorded("2026-01-05T09:11:00+01:00", "x-med", {
          custodian: org(hospitalX),
          dataCategory: MEDICATION,
          decision: "permit",
        }),
      ],
      mitzRules,
    );
    expect(decide(request(at, { dataCategory: MEDICATION }), compiled(profile)).value).toBe("Permit");
  });

  it("'hospital X: all data: ja' against 'hospitals: medication: nee' is Deny for X's medication, naming both", () => {
    const profile = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        hospitalsNoMedication,
        recorded("2026-01-05T09:11:00+01:00", "x-all", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
      ],
      mitzRules,
    );
    const d = decide(request(at, { dataCategory: MEDICATION }), compiled(profile));
    expect([d.value, d.choice?.id, d.conflict?.id]).toEqual(["Deny", "hosp-no-med", "x-all"]);
    expect(explainToText(d, "nl")).toContain("x-all");
  });

  it("the professional's identification does not change the answer (uzi is not part of the precedence)", () => {
    const profile = foldProfile([created("2026-01-05T09:00:00+01:00"), hospitalsNoMedication], mitzRules);
    const r = request(at, { dataCategory: MEDICATION });
    expect(
      decide(
        { ...r, requester: { ...r.requester, professional: { uzi, role: "17.000" } } },
        compiled(profile),
      ).value,
    ).toBe("Deny");
  });
});

describe("adversarial reading (MITZ §2, §5, §6, VJZ): no Permit for data the patient refused", () => {
  it("an objection whose codes are not in the rulebook's code lists makes the check Indeterminate, never Permit", () => {
    const events = [
      created("2026-01-05T09:00:00+01:00"),
      recorded("2026-01-05T09:10:00+01:00", "yes", { ...allData, decision: "permit" }),
      recorded("2026-01-05T09:11:00+01:00", "no-ggz", {
        custodian: org(hospitalX),
        dataCategory: "mitz:GGC999", // a category of other code lists
        decision: "deny",
      }),
    ];
    const profile = foldProfile(events, mitzRules);
    const r = request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS });
    const d = decide(r, compileProfile(profile, mitzRules));
    expect([d.value, d.reason]).toEqual(["Indeterminate", "unreadable-objection"]);
    const store = createProfileStore(mitzRules);
    expect(store.decide(r, store.add(profile)).value).toBe("Indeterminate");
    expect(explainToText(d, "en")).toContain("cannot be read");
  });

  it("a 12–15-year-old's profile with objections cannot be deleted (that would lift them without child and parent)", () => {
    const events = [
      created("2024-01-01T10:00:00+01:00", "2010-03-15"),
      recorded("2024-02-01T10:00:00+01:00", "no-x", {
        custodian: org(hospitalX),
        dataCategory: ALL_DATA,
        decision: "deny",
      }),
      {
        _tag: "ProfileDeleted",
        eventId: "del",
        at: instant("2024-03-01T10:00:00+01:00"),
        patient,
        actor: parent,
      } as ConsentEvent,
    ];
    const profile = foldProfile(events, mitzRules);
    expect(profile.createdAt).toBeDefined();
    expect(profile.rejected.map((r) => r.step.rule)).toEqual(["objections-of-minor-stay"]);
  });

  it("a minor cannot state itself older: a stated birth-date correction under 16 is refused (BRP only)", () => {
    const profile = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00", "2012-06-01"),
        {
          _tag: "BirthDateCorrected",
          eventId: "fix",
          at: instant("2026-01-02T10:00:00+01:00"),
          patient,
          actor: self,
          birthDate: "2000-06-01" as never,
          birthDateSource: "stated",
        },
      ],
      mitzRules,
    );
    expect(profile.birthDate).toBe("2012-06-01");
    expect(profile.rejected.map((r) => r.step.rule)).toEqual(["minor-birth-date-from-brp"]);
  });
});

describe("adversarial reading: a stale 'ja' never overrides a later 'nee' of the same child", () => {
  it("a 14-year-old's pending 'ja' for hospital X, then the child's 'nee' for X: a parent's later confirmation of the 'ja' does not count", () => {
    const x = { custodian: org(hospitalX), dataCategory: ALL_DATA } as const;
    const events = [
      created("2024-01-01T10:00:00+01:00", "2010-03-15"),
      recorded("2024-02-01T10:00:00+01:00", "ja", { ...x, decision: "permit" }),
      recorded("2024-02-02T10:00:00+01:00", "nee", { ...x, decision: "deny" }),
      confirmedByParent("2024-02-03T10:00:00+01:00", "ja"),
    ];
    const profile = foldProfile(events, mitzRules);
    expect(profile.choices.map((c) => [c.id, c.decision])).toEqual([["nee", "deny"]]);
    expect(profile.rejected.map((r) => r.step.rule)).toEqual(["nothing-to-confirm"]);
    const d = decide(
      request("2024-03-01T10:00:00+01:00", { dataCategory: RESULTS }),
      compileProfile(profile, mitzRules),
    );
    expect(d.value).toBe("Deny");
  });
});
