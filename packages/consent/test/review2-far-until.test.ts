// Review of ee0f40e (core's instants end 9999-12-30T23:59:59.999Z): an emergency consent's `until`
// is derived (recording + 72 h, MITZ §2d) and passed that end for a recording the decoder
// accepted; the decision was right, but reading its explanation threw RangeError (formatInstant of
// a day in the year 10000), also through the store, and encodeFhirConsent wrote its end as
// "+010000-01-02T12:00:00.000Z", which decodeFhirConsent refuses. decodeEventLog now refuses such
// an event (give a validUntil), foldProfile rejects a typed one, and the last recording whose end
// the range holds works end to end.
import { explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  compileProfile,
  createConsentStore,
  decide,
  decodeEventLog,
  decodeFhirConsent,
  decodeRequest,
  encodeFhirConsent,
  foldProfile,
  mitzRules,
} from "../src/index.js";

const created = {
  _tag: "ProfileCreated",
  eventId: "e1",
  at: "2026-01-05T09:00:00+01:00",
  patient: "111222333",
  actor: { _tag: "Patient" },
  birthDate: "1980-05-17",
};
const emergencyAt = (at: string, extra: Record<string, unknown> = {}) => ({
  _tag: "EmergencyConsentRecorded",
  eventId: "e2",
  at,
  patient: "111222333",
  actor: { _tag: "Provider", ura: "00003333", uzi: "000000011", role: "01.015" },
  choiceId: "em1",
  basis: "patient-agreed",
  treatmentRelationship: true,
  ...extra,
});
const ask = (at: string) => ({
  patient: "111222333",
  custodian: { ura: "00001111", type: "RPZAC104" },
  dataCategory: "GGC002",
  requester: { ura: "00003333", category: "RPZAC001", professional: { uzi: "000000011", role: "01.015" } },
  purpose: "TREAT",
  treatmentRelationship: true,
  at,
});
// The last instant whose 72-hour end the range holds: 9999-12-30T23:59:59.999Z - 72 h.
const LAST = "9999-12-27T23:59:59.999Z";

describe("an emergency consent recorded in the last 72 hours of the instant range (MITZ §2d)", () => {
  it("decodeEventLog refuses one without validUntil whose end passes the range, saying to give a validUntil", () => {
    const events = decodeEventLog([created, emergencyAt("9999-12-28T00:00:00Z")], mitzRules);
    expect(events.ok).toBe(false);
    expect(JSON.stringify(events)).toMatch(/after the last instant this library holds.*give a validUntil/);
  });

  it("foldProfile rejects such a typed event (no choice, a reason), so decide does not permit on it", () => {
    const ok = decodeEventLog([created, emergencyAt(LAST)], mitzRules);
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    const past = { ...(ok.value[1] as object), at: Date.parse("9999-12-30T12:00:00Z") } as never;
    const profile = foldProfile([ok.value[0] as never, past], mitzRules);
    expect(profile.choices).toEqual([]);
    expect(profile.rejected.map((r) => r.step.rule)).toEqual(["emergency-end-beyond-range"]);
  });

  for (const [what, at, extra] of [
    ["recorded at the last such instant", LAST, {}],
    [
      "recorded later with a validUntil inside the range",
      "9999-12-30T12:00:00Z",
      { validUntil: "9999-12-30T23:00:00Z" },
    ],
  ] as const)
    it(`${what}: decide and the store permit, the explanation reads, the FHIR Consent decodes again`, () => {
      const events = decodeEventLog([created, emergencyAt(at, extra)], mitzRules);
      const request = decodeRequest(ask("9999-12-30T22:00:00Z"), mitzRules);
      expect(events.ok && request.ok).toBe(true);
      if (!events.ok || !request.ok) return;
      const profile = foldProfile(events.value, mitzRules);
      const d = decide(request.value, compileProfile(profile, mitzRules));
      expect(d.value).toBe("Permit");
      expect(explainToText(d, "en")).toMatch(/em1|emergency/i);
      const store = createConsentStore(mitzRules);
      store.put(profile);
      const s = store.decide(request.value);
      expect(s.value).toBe("Permit");
      expect(() => explainToText(s, "nl")).not.toThrow();
      const choice = profile.choices[0];
      expect(choice?.origin).toBe("emergency");
      if (choice === undefined || profile.patient === undefined) return;
      const resource = JSON.parse(JSON.stringify(encodeFhirConsent(choice, profile.patient)));
      expect(decodeFhirConsent(resource, mitzRules).ok).toBe(true);
    });
});
