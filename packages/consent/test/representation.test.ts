import { date, explainToText, instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { ALL_DATA, decide, foldProfile, mitzRules, profileAt, RESULTS, replay } from "../src/index.js";
import {
  compiled,
  confirmedByParent,
  created,
  gpActor,
  hospitalX,
  hospitalY,
  may,
  org,
  parent,
  patient,
  recorded,
  request,
  self,
  withdrawn,
} from "./fixtures.js";

const at = (iso: string) => instant(iso);
const choiceX = { custodian: org(hospitalX), dataCategory: ALL_DATA, decision: "permit" as const };

describe("who may record by age (MITZ §5d)", () => {
  it("a patient of 16 or older records a choice alone and it counts at once", () => {
    const r = may(self, { birthDate: date("2008-06-01") }, at("2024-06-01T10:00:00+02:00"));
    expect(r.value).toMatchObject({ allowed: true, status: "active", ageGroup: "16-plus", age: 16 });
  });

  it("a patient of 15 records a choice that is pending until a parent confirms", () => {
    const r = may(self, { birthDate: date("2008-06-01") }, at("2024-05-31T10:00:00+02:00"));
    expect(r.value).toMatchObject({
      allowed: true,
      status: "pending",
      needs: ["parent-confirmation"],
      ageGroup: "12-15",
    });
  });

  it("for a child under 12 the child's login comes first and a parent confirms: pending", () => {
    const r = may(self, { birthDate: date("2016-01-01") }, at("2026-01-01T10:00:00+01:00"));
    expect(r.value).toMatchObject({ allowed: true, status: "pending", ageGroup: "under-12" });
  });

  it("a parent cannot record first for a child under 16 (fixed order: the child's DigiD first)", () => {
    expect(
      may(parent, { birthDate: date("2012-01-01") }, at("2026-01-01T10:00:00+01:00")).value.allowed,
    ).toBe(false);
  });

  it("a parent cannot record for a patient of 16 or older; a legal representative and an authorised representative can", () => {
    const adult = { birthDate: date("1990-01-01") };
    const t = at("2026-01-01T10:00:00+01:00");
    expect(may(parent, adult, t).value.allowed).toBe(false);
    expect(may({ _tag: "Parent", relation: "legal-representative" }, adult, t).value.status).toBe("active");
    expect(may({ _tag: "AuthorisedRepresentative" }, adult, t).value.status).toBe("active");
  });

  it("a provider records only when it treats the patient and the patient asked (MITZ §6a)", () => {
    const adult = { birthDate: date("1990-01-01") };
    const t = at("2026-01-01T10:00:00+01:00");
    expect(may(gpActor, adult, t, { treatmentRelationship: true }).value.allowed).toBe(false);
    expect(may(gpActor, adult, t, { onPatientRequest: true }).value.allowed).toBe(false);
    expect(may(gpActor, adult, t, { onPatientRequest: true, treatmentRelationship: true }).value.status).toBe(
      "active",
    );
  });
});

describe("a child turning 12 and 16, born on 29 February", () => {
  it("born 29 Feb 2012: on 28 Feb 2024 the child is 11 and cannot withdraw alone; on 29 Feb 2024 it is 12 and can", () => {
    const child = { birthDate: date("2012-02-29") };
    const before = may(self, child, at("2024-02-28T12:00:00+01:00"), { action: "withdraw" });
    const on = may(self, child, at("2024-02-29T12:00:00+01:00"), { action: "withdraw" });
    expect(before.value).toMatchObject({ allowed: false, age: 11 });
    expect(on.value).toMatchObject({ allowed: true, age: 12 });
  });

  it("born 29 Feb 2008: a choice on 28 Feb 2024 (15) is pending, on 29 Feb 2024 (16) it counts at once", () => {
    const teen = { birthDate: date("2008-02-29") };
    expect(may(self, teen, at("2024-02-28T23:59:00+01:00")).value.status).toBe("pending");
    expect(may(self, teen, at("2024-02-29T00:00:00+01:00")).value.status).toBe("active");
  });

  it("born 29 Feb 2088: in the common year 2100 the child turns 12 on 1 March, not on 28 February", () => {
    const child = { birthDate: date("2088-02-29") };
    expect(may(self, child, at("2100-02-28T12:00:00+01:00")).value.age).toBe(11);
    expect(may(self, child, at("2100-03-01T00:00:00+01:00")).value.age).toBe(12);
  });

  it("born 29 Feb 2084: in the common year 2100 the patient turns 16 on 1 March and only then decides alone", () => {
    const teen = { birthDate: date("2084-02-29") };
    expect(may(self, teen, at("2100-02-28T23:59:00+01:00")).value.status).toBe("pending");
    expect(may(self, teen, at("2100-03-01T00:00:00+01:00")).value.status).toBe("active");
  });

  it("age is taken on the Amsterdam date: 23:30 UTC on the day before the 16th birthday is already the birthday", () => {
    const teen = { birthDate: date("2008-06-01") };
    expect(may(self, teen, at("2024-05-31T23:30:00Z")).value.age).toBe(16);
  });
});

describe("pending choices of minors (MITZ §5d)", () => {
  const events = [
    created("2024-01-01T10:00:00+01:00", "2010-03-15"),
    recorded("2024-01-02T10:00:00+01:00", "c1", choiceX),
  ];

  it("a 13-year-old's choice does not count in decide while pending", () => {
    const profile = foldProfile(events, mitzRules);
    expect(profile.pending.map((p) => p.choice.id)).toEqual(["c1"]);
    expect(
      decide(request("2024-01-03T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile)).value,
    ).toBe("NotApplicable");
  });

  it("once a parent confirms it counts from the confirmation on", () => {
    const profile = foldProfile([...events, confirmedByParent("2024-01-03T10:00:00+01:00", "c1")], mitzRules);
    expect(
      decide(request("2024-01-03T09:59:00+01:00", { dataCategory: RESULTS }), compiled(profile)).value,
    ).toBe("NotApplicable");
    expect(
      decide(request("2024-01-03T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile)).value,
    ).toBe("Permit");
  });

  it("a choice made at 12–15 and confirmed stays in force after the 16th birthday", () => {
    const profile = foldProfile([...events, confirmedByParent("2024-01-03T10:00:00+01:00", "c1")], mitzRules);
    expect(
      decide(request("2027-01-01T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile)).value,
    ).toBe("Permit");
  });

  it("a choice made for a child under 12 stays in force after the 12th birthday", () => {
    const profile = foldProfile(
      [
        created("2020-01-01T10:00:00+01:00", "2015-01-01"),
        recorded("2020-01-02T10:00:00+01:00", "c1", choiceX),
        confirmedByParent("2020-01-02T10:05:00+01:00", "c1"),
      ],
      mitzRules,
    );
    expect(
      decide(request("2028-01-01T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile)).value,
    ).toBe("Permit");
  });

  it("a 12–15-year-old or a parent may each withdraw alone", () => {
    const confirmed = [...events, confirmedByParent("2024-01-03T10:00:00+01:00", "c1")];
    for (const who of [self, parent]) {
      const p = foldProfile([...confirmed, withdrawn("2024-01-04T10:00:00+01:00", "c1", who)], mitzRules);
      expect(p.choices).toEqual([]);
      expect(p.rejected).toEqual([]);
    }
  });

  it("a parent's confirmation without a pending choice is rejected and changes nothing", () => {
    const p = foldProfile(
      [
        created("2024-01-01T10:00:00+01:00", "2010-03-15"),
        confirmedByParent("2024-01-02T10:00:00+01:00", "zz"),
      ],
      mitzRules,
    );
    expect(p.rejected).toHaveLength(1);
  });
});

describe("provider-recorded choices (MITZ §6a–c)", () => {
  it("a choice recorded by a treating provider on request counts and shows who recorded it (URA + UZI)", () => {
    const { profile } = replay(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "c1", choiceX, gpActor, {
          onPatientRequest: true,
          treatmentRelationship: true,
        }),
      ],
      mitzRules,
    );
    expect(profile.choices[0]?.recordedBy).toEqual(gpActor);
    expect(profile.choices[0]?.origin).toBe("provider");
  });

  it("a choice recorded by a provider without the patient's request is rejected", () => {
    const { profile } = replay(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "c1", choiceX, gpActor, { treatmentRelationship: true }),
      ],
      mitzRules,
    );
    expect(profile.choices).toEqual([]);
    expect(profile.rejected[0]?.reason).toMatch(/only when the patient asks/);
  });

  it("a consent given earlier to the provider is imported with its own source marker (MITZ §6c)", () => {
    const { profile } = replay(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded(
          "2026-01-02T10:00:00+01:00",
          "old",
          {
            custodian: org(gpActor._tag === "Provider" ? gpActor.ura : hospitalX),
            dataCategory: ALL_DATA,
            decision: "permit",
          },
          gpActor,
          { source: "import" },
        ),
      ],
      mitzRules,
    );
    expect(profile.choices[0]?.origin).toBe("import");
  });

  it("an import naming another custodian than the importing provider is rejected", () => {
    const { profile } = replay(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "old", choiceX, gpActor, { source: "import" }),
      ],
      mitzRules,
    );
    expect(profile.choices).toEqual([]);
  });
});

describe("notifications follow the same representation rules (MITZ §5c–d, §6b)", () => {
  const adult = { birthDate: date("1990-01-01") };
  const t = at("2026-01-01T10:00:00+01:00");

  it("a parent cannot subscribe to (or unsubscribe from) the notifications of a patient of 16 or older", () => {
    expect(may(parent, adult, t, { action: "subscribe" }).value.allowed).toBe(false);
    expect(may(self, adult, t, { action: "subscribe" }).value.allowed).toBe(true);
    expect(
      may({ _tag: "Parent", relation: "legal-representative" }, adult, t, { action: "subscribe" }).value
        .allowed,
    ).toBe(true);
  });

  it("an adult's choices are not mailed to a parent who subscribed with the parent's own address", () => {
    const { profile, effects } = replay(
      [
        created("2026-01-01T10:00:00+01:00", "1990-01-01"),
        {
          _tag: "NotificationsSubscribed",
          eventId: "s-parent",
          at: at("2026-01-01T11:00:00+01:00"),
          patient,
          actor: parent,
          email: "parent@example.org",
        },
        recorded("2026-01-02T10:00:00+01:00", "c1", choiceX),
      ],
      mitzRules,
    );
    expect(profile.subscription).toBeUndefined();
    expect(profile.rejected.map((r) => r.eventId)).toEqual(["s-parent"]);
    expect(effects.map((e) => e.effect._tag)).not.toContain("NotifyPatient");
  });

  it("an authorised representative cannot subscribe for a patient under 16 (as for recording)", () => {
    const teen = { birthDate: date("2012-01-01") };
    expect(may({ _tag: "AuthorisedRepresentative" }, teen, t, { action: "subscribe" }).value.allowed).toBe(
      false,
    );
    expect(may(self, teen, t, { action: "subscribe" }).value.allowed).toBe(true);
    expect(may(parent, teen, t, { action: "subscribe" }).value.allowed).toBe(true);
  });
});

describe("lifting an objection of a 12–15-year-old needs the child and a parent (MITZ §5d)", () => {
  // Hospitals may share all data (child + parent); the child objected to GGZ custodian X
  // (child + parent). Withdrawing that objection lets X share again: that is giving consent.
  const events = [
    created("2024-01-01T10:00:00+01:00", "2010-03-15"),
    recorded("2024-01-02T10:00:00+01:00", "all", {
      custodian: { _tag: "AllCustodians" },
      dataCategory: ALL_DATA,
      decision: "permit",
    }),
    confirmedByParent("2024-01-02T10:05:00+01:00", "all"),
    recorded("2024-01-02T10:10:00+01:00", "no-x", { ...choiceX, decision: "deny" }),
    confirmedByParent("2024-01-02T10:15:00+01:00", "no-x"),
  ];
  const ask = (later: typeof events, t: string) =>
    decide(
      request(t, { dataCategory: RESULTS }),
      compiled(profileAt(events.concat(later), mitzRules, at(t))),
    );

  it("a parent alone cannot withdraw the 14-year-old's objection: X still may not share", () => {
    const later = [withdrawn("2024-06-01T10:00:00+02:00", "no-x", parent)];
    expect(ask(later, "2024-06-02T10:00:00+02:00").value).toBe("Deny");
  });

  it("the child's withdrawal of its objection waits for a parent's confirmation, then counts", () => {
    const childOnly = [withdrawn("2024-06-01T10:00:00+02:00", "no-x", self)];
    expect(ask(childOnly, "2024-06-02T10:00:00+02:00").value).toBe("Deny");
    const both = [...childOnly, confirmedByParent("2024-06-01T10:05:00+02:00", "no-x")];
    expect(ask(both, "2024-06-01T10:04:00+02:00").value).toBe("Deny");
    expect(ask(both, "2024-06-01T10:05:00+02:00").value).toBe("Permit");
  });

  it("withdrawing consent (a permit) still needs only one of them", () => {
    const later = [withdrawn("2024-06-01T10:00:00+02:00", "all", parent)];
    expect(ask(later, "2024-06-02T10:00:00+02:00").value).toBe("Deny");
    expect(
      decide(
        request("2024-06-02T10:00:00+02:00", {
          dataCategory: RESULTS,
          custodian: { ura: hospitalY, type: "RPZAC104" },
        }),
        compiled(foldProfile(events.concat(later), mitzRules)),
      ).value,
    ).toBe("NotApplicable");
  });

  it("mayRecord says so: withdrawing an objection at 12–15 is pending for the child and refused for a parent first", () => {
    const teen = { birthDate: date("2010-03-15") };
    const t = at("2024-06-01T10:00:00+02:00");
    const opts = { action: "withdraw" as const, withdrawsObjection: true };
    expect(may(self, teen, t, opts).value).toMatchObject({ allowed: true, status: "pending" });
    expect(may(parent, teen, t, opts).value.allowed).toBe(false);
    expect(may(self, { birthDate: date("1990-01-01") }, t, opts).value.allowed).toBe(true);
  });
});

describe("the patient can always see who recorded a choice, the confirming parent included (MITZ §6b)", () => {
  it("a choice for a child under 12 names the parent who confirmed it, in the choice and in the explanation", () => {
    const profile = foldProfile(
      [
        created("2020-01-01T10:00:00+01:00", "2017-01-01"),
        recorded("2020-01-02T10:00:00+01:00", "c1", choiceX),
        confirmedByParent("2020-01-02T10:05:00+01:00", "c1"),
      ],
      mitzRules,
    );
    expect(profile.choices[0]?.confirmedBy).toEqual(parent);
    const d = decide(request("2020-02-01T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile));
    expect(d.value).toBe("Permit");
    expect(explainToText(d, "en")).toMatch(/confirmed .*by a parent/);
    expect(explainToText(d, "nl")).toMatch(/bevestigd .*door een ouder/);
  });

  it("a choice of an adult has no confirming party", () => {
    const profile = foldProfile(
      [created("2026-01-01T10:00:00+01:00"), recorded("2026-01-02T10:00:00+01:00", "c1", choiceX)],
      mitzRules,
    );
    expect(profile.choices[0]?.confirmedBy).toBeUndefined();
    const d = decide(request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS }), compiled(profile));
    expect(explainToText(d, "en")).not.toMatch(/confirmed/);
  });
});
