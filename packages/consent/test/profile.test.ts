import { instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  auditRecord,
  auditRetentionFact,
  type ConsentEvent,
  consentsFor,
  decide,
  foldProfile,
  mitzRules,
  notifyDataExchanged,
  RESULTS,
  replay,
  retentionFacts,
} from "../src/index.js";
import {
  compiled,
  created,
  gpActor,
  HOSPITALS,
  hospitalX,
  hospitalY,
  org,
  patient,
  recorded,
  request,
  self,
  subscribed,
  type,
  withdrawn,
} from "./fixtures.js";

const permitX = { custodian: org(hospitalX), dataCategory: ALL_DATA, decision: "permit" as const };
const permitY = { custodian: org(hospitalY), dataCategory: ALL_DATA, decision: "permit" as const };
const tags = (effects: ReadonlyArray<{ effect: { _tag: string } }>) => effects.map((e) => e.effect._tag);

describe("notifications (MITZ §6b, VJZ §2)", () => {
  it("a subscribed patient is notified of every recorded or changed choice, also the patient's own, with who and when", () => {
    const { effects } = replay(
      [
        created("2026-01-01T10:00:00+01:00"),
        subscribed("2026-01-01T10:01:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "c1", permitX),
        recorded("2026-01-03T10:00:00+01:00", "c2", permitY, gpActor, {
          onPatientRequest: true,
          treatmentRelationship: true,
        }),
        withdrawn("2026-01-04T10:00:00+01:00", "c1"),
      ],
      mitzRules,
    );
    const notes = effects.map((e) => e.effect).filter((e) => e._tag === "NotifyPatient");
    expect(notes.map((n) => [n.change, n.choiceId, n.by._tag])).toEqual([
      ["recorded", "c1", "Patient"],
      ["recorded", "c2", "Provider"],
      ["withdrawn", "c1", "Patient"],
    ]);
    expect(notes[1]?.at).toBe(instant("2026-01-03T10:00:00+01:00"));
  });

  it("a patient who is not subscribed gets no notifications", () => {
    const { effects } = replay(
      [created("2026-01-01T10:00:00+01:00"), recorded("2026-01-02T10:00:00+01:00", "c1", permitX)],
      mitzRules,
    );
    expect(tags(effects)).not.toContain("NotifyPatient");
  });

  it("unsubscribing removes the e-mail address from the subscription data and stops notifications", () => {
    const { profile, effects } = replay(
      [
        created("2026-01-01T10:00:00+01:00"),
        subscribed("2026-01-01T10:01:00+01:00"),
        {
          _tag: "NotificationsUnsubscribed",
          eventId: "u1",
          at: instant("2026-01-01T11:00:00+01:00"),
          patient,
          actor: self,
        },
        recorded("2026-01-02T10:00:00+01:00", "c1", permitX),
      ],
      mitzRules,
    );
    expect(profile.subscription).toBeUndefined();
    expect(tags(effects)).not.toContain("NotifyPatient");
  });

  it("data-exchanged and consent-processed notifications exist for adapters that know them (VJZ §2)", () => {
    const { profile } = replay(
      [created("2026-01-01T10:00:00+01:00"), subscribed("2026-01-01T10:01:00+01:00")],
      mitzRules,
    );
    const n = notifyDataExchanged(profile, {
      requesterUra: hospitalY,
      dataCategory: RESULTS,
      at: instant("2026-01-05T10:00:00+01:00"),
    });
    expect(n?._tag).toBe("NotifyDataExchanged");
  });
});

describe("LSP reference index per custodian (VJZ §2)", () => {
  it("the first active permit for a custodian registers the BSN; a second permit for it does not register again", () => {
    const { effects } = replay(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "c1", permitX),
        recorded("2026-01-02T11:00:00+01:00", "c2", { ...permitX, dataCategory: RESULTS }),
      ],
      mitzRules,
    );
    const reg = effects.filter((e) => e.effect._tag === "RegisterInReferenceIndex");
    expect(reg).toHaveLength(1);
    expect(reg[0]?.effect).toMatchObject({ patient, custodian: org(hospitalX) });
  });

  it("permits for A and B, A withdrawn: deregister for A only", () => {
    const { effects } = replay(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "a", permitX),
        recorded("2026-01-02T11:00:00+01:00", "b", permitY),
        withdrawn("2026-01-03T10:00:00+01:00", "a"),
      ],
      mitzRules,
    );
    const dereg = effects.filter((e) => e.effect._tag === "DeregisterFromReferenceIndex");
    expect(dereg.map((e) => e.effect)).toEqual([
      {
        _tag: "DeregisterFromReferenceIndex",
        patient,
        custodian: org(hospitalX),
        at: instant("2026-01-03T10:00:00+01:00"),
      },
    ]);
  });

  it("replacing a permit by a deny deregisters the custodian", () => {
    const { effects } = replay(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "a", permitX),
        recorded("2026-01-03T10:00:00+01:00", "a2", { ...permitX, decision: "deny" }),
      ],
      mitzRules,
    );
    expect(tags(effects)).toContain("DeregisterFromReferenceIndex");
  });

  it("withdrawing all consents informs every custodian whose consent is withdrawn and deregisters each; the objection stays (VJZ §2, issue #10 decision 4)", () => {
    const { effects } = replay(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "a", permitX),
        recorded("2026-01-02T11:00:00+01:00", "b", permitY),
        recorded("2026-01-02T12:00:00+01:00", "t", {
          custodian: type(HOSPITALS),
          dataCategory: ALL_DATA,
          decision: "deny",
        }),
        {
          _tag: "AllChoicesWithdrawn",
          eventId: "all",
          at: instant("2026-01-05T10:00:00+01:00"),
          patient,
          actor: self,
        },
      ],
      mitzRules,
    );
    const last = effects.filter((e) => e.eventId === "all").map((e) => e.effect);
    expect(last.filter((e) => e._tag === "InformCustodian")).toHaveLength(2);
    expect(last.filter((e) => e._tag === "DeregisterFromReferenceIndex")).toHaveLength(2);
  });

  it("a pending choice of a minor registers nothing until a parent confirms it", () => {
    const { effects } = replay(
      [
        created("2026-01-01T10:00:00+01:00", "2012-01-01"),
        recorded("2026-01-02T10:00:00+01:00", "a", permitX),
      ],
      mitzRules,
    );
    expect(tags(effects)).not.toContain("RegisterInReferenceIndex");
  });
});

describe("a custodian sees the consents granted to it (MITZ §2e)", () => {
  it("consentsFor lists the choices naming its URA or its provider type, not those of others", () => {
    const profile = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "a", permitX),
        recorded("2026-01-02T11:00:00+01:00", "b", permitY),
        recorded("2026-01-02T12:00:00+01:00", "t", {
          custodian: type(HOSPITALS),
          dataCategory: ALL_DATA,
          decision: "deny",
        }),
      ],
      mitzRules,
    );
    const seen = consentsFor(
      profile,
      { ura: hospitalX, type: HOSPITALS },
      instant("2026-02-01T00:00:00+01:00"),
    );
    expect(seen.map((c) => c.id).sort()).toEqual(["a", "t"]);
  });
});

describe("profile lifecycle", () => {
  it("events before the profile's creation are rejected and change nothing", () => {
    const profile = foldProfile(
      [recorded("2025-12-31T10:00:00+01:00", "early", permitX), created("2026-01-01T10:00:00+01:00")],
      mitzRules,
    );
    expect(profile.choices).toEqual([]);
    expect(profile.rejected.map((r) => r.eventId)).toHaveLength(1);
  });

  it("deleting the profile removes every choice and deregisters every custodian", () => {
    const { profile, effects } = replay(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "a", permitX),
        {
          _tag: "ProfileDeleted",
          eventId: "del",
          at: instant("2026-02-01T10:00:00+01:00"),
          patient,
          actor: self,
        },
      ],
      mitzRules,
    );
    expect(profile.choices).toEqual([]);
    expect(profile.createdAt).toBeUndefined();
    expect(tags(effects)).toContain("DeregisterFromReferenceIndex");
  });
});

describe("retention facts for @zorgkit/retention-policy (MITZ §4, VJZ §4)", () => {
  const events: Array<ConsentEvent> = [
    created("2026-01-01T10:00:00+01:00"),
    subscribed("2026-01-01T10:01:00+01:00"),
    recorded("2026-01-02T10:00:00+01:00", "a", permitX),
    { _tag: "ProfileDeleted", eventId: "del", at: instant("2026-02-01T23:30:00Z"), patient, actor: self },
  ];

  it("the profile's data is one record kept while active and deleted with the profile", () => {
    const facts = retentionFacts(events, mitzRules);
    const profile = facts.filter((f) => f.recordClass === "mitz-profile");
    expect(profile).toHaveLength(1);
    expect(profile[0]?.events).toMatchObject({ created: "2026-01-01", "profile-deleted": "2026-02-02" });
  });

  it("every event is an audit-log record written on its Amsterdam date, not deleted with the profile", () => {
    const facts = retentionFacts(events, mitzRules).filter((f) => f.recordClass === "audit-log");
    expect(facts).toHaveLength(events.length);
    expect(facts.every((f) => f.events["profile-deleted"] === undefined)).toBe(true);
  });

  it("the subscription is a record that ends when the patient unsubscribes or deletes the profile", () => {
    const sub = retentionFacts(events, mitzRules).filter(
      (f) => f.recordClass === "notification-subscription",
    );
    expect(sub[0]?.events).toEqual({ subscribed: "2026-01-01", unsubscribed: "2026-02-02" });
  });
});

describe("audit records (NEN 7513 style)", () => {
  it("a decision becomes an audit record with who asked, for which patient (BSN present), what, when, answer and deciding choice", () => {
    const profile = foldProfile(
      [created("2026-01-01T10:00:00+01:00"), recorded("2026-01-02T10:00:00+01:00", "a", permitX)],
      mitzRules,
    );
    const r = request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS });
    const rec = auditRecord(r, decide(r, compiled(profile)), mitzRules);
    expect(rec).toMatchObject({
      type: "consent-check",
      patient,
      decision: "Permit",
      decidingChoiceId: "a",
      user: { ura: r.requester.ura, uzi: r.requester.professional.uzi, role: "01.015" },
      atLocal: "2026-02-01T10:00:00+01:00",
    });
    expect(auditRetentionFact("x", rec).events).toEqual({ written: "2026-02-01" });
  });
});

describe("audit records of time-travel checks (NEN 7513, MITZ §4: 5 years from logging)", () => {
  it("a check made on 23 Nov 2026 about 1 Jun 2020 is an audit record written on 23 Nov 2026, not in 2020", () => {
    const profile = foldProfile(
      [created("2020-01-01T10:00:00+01:00"), recorded("2020-01-02T10:00:00+01:00", "a", permitX)],
      mitzRules,
    );
    const r = request("2020-06-01T10:00:00+02:00", { dataCategory: RESULTS });
    const loggedAt = instant("2026-11-23T09:00:00+01:00");
    const rec = auditRecord(r, decide(r, compiled(profile)), mitzRules, { loggedAt });
    expect(rec.at).toBe(r.at);
    expect(rec.loggedAt).toBe(loggedAt);
    // written in 2026: kept until 2031, not already past its 5 years on the day it was written
    expect(auditRetentionFact("tt", rec).events).toEqual({ written: "2026-11-23" });
  });

  it("without a logging instant the record is taken as written at the request's instant", () => {
    const profile = foldProfile([created("2026-01-01T10:00:00+01:00")], mitzRules);
    const r = request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS });
    expect(auditRecord(r, decide(r, compiled(profile)), mitzRules).loggedAt).toBe(r.at);
  });
});
