import { explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  type ConsentRules,
  compileProfile,
  decide,
  decodeConsentRules,
  decodeEvent,
  foldProfile,
  mitzRules,
  RESULTS,
} from "../src/index.js";
import { created, emergency, GPS, gpPractice, request } from "./fixtures.js";

/** A team's own registry: emergency consents of at most 48 hours, cited to its own terms. */
const own: ConsentRules = {
  ...mitzRules,
  name: "Own registry",
  emergencyConsentMaxHours: { value: 48, citations: [{ source: "OWN", article: "4.2" }] },
};

describe("the rulebook is data the caller passes (ADR 0007)", () => {
  it("mitzRules decodes from its own JSON, and a rulebook without its figures does not", () => {
    const r = decodeConsentRules(JSON.parse(JSON.stringify(mitzRules)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.emergencyConsentMaxHours.value).toBe(72);
    expect(
      decodeConsentRules({ ...JSON.parse(JSON.stringify(mitzRules)), ownConsentAge: { value: 16 } }).ok,
    ).toBe(false);
  });

  it("code lists that are not a tree are rejected", () => {
    const json = JSON.parse(JSON.stringify(mitzRules));
    json.codeLists.dataCategories.push({ ...json.codeLists.dataCategories[0] });
    expect(decodeConsentRules(json).ok).toBe(false);
  });

  it("an emergency consent expires after the rulebook's hours, and messages state the rulebook's figure", () => {
    const events = [created("2026-03-01T10:00:00+01:00"), emergency("2026-03-28T10:00:00+01:00", "em")];
    const ask = (at: string) =>
      request(at, { dataCategory: RESULTS, requester: { ura: gpPractice, category: GPS } });
    const ownProfile = compileProfile(foldProfile(events, own), own);
    const mitzProfile = compileProfile(foldProfile(events, mitzRules), mitzRules);
    // 50 hours later: past 48, within 72
    expect(decide(ask("2026-03-30T13:00:00+02:00"), ownProfile).value).toBe("NotApplicable");
    expect(decide(ask("2026-03-30T13:00:00+02:00"), mitzProfile).value).toBe("Permit");
    const tooLong = {
      _tag: "EmergencyConsentRecorded",
      eventId: "e-x",
      at: "2026-03-28T10:00:00+01:00",
      patient: "111222333",
      actor: { _tag: "Provider", ura: gpPractice, uzi: "000000011", role: "01.015" },
      choiceId: "em-x",
      basis: "patient-agreed",
      treatmentRelationship: true,
      validUntil: "2026-03-30T20:00:00+02:00",
    };
    const r = decodeEvent(tooLong, own);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.message).join()).toContain("at most 48 hours (Own registry)");
    expect(decodeEvent(tooLong, mitzRules).ok).toBe(true);
    expect(explainToText(decide(ask("2026-03-28T12:00:00+01:00"), ownProfile), "en")).toContain("OWN");
  });
});
