import { arbBsn } from "@zorgkit/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeFhirConsent,
  defaultFhirSystems,
  encodeFhirConsent,
  type FhirChoice,
  fhirChoiceProblem,
  idProblem,
  mitzFhirSystems,
  mitzRules,
} from "../src/index.js";
import { arbFhirChoice } from "../src/testing.js";
import { GPS, hospitalX, org, PHARMACIES, patient, request } from "./fixtures.js";

const choice: FhirChoice = {
  id: "c1",
  custodian: org(hospitalX),
  dataCategory: "GGC002",
  requesters: { _tag: "Categories", codes: [PHARMACIES] },
  decision: "permit",
  from: request("2026-01-01T00:00:00Z", { dataCategory: "GGC002" }).at,
};
const json = (c: FhirChoice, systems = defaultFhirSystems) =>
  JSON.parse(JSON.stringify(encodeFhirConsent(c, patient, { systems })));

describe("FHIR Consent safety (issue #19): nothing the decoder does not understand widens a choice", () => {
  it("a requesters extension with a value type the decoder does not know is an error, never 'all requesters'", () => {
    for (const value of [
      { valueString: PHARMACIES },
      { valueReference: { reference: "Organization/1" } },
      {},
    ]) {
      const r = json(choice);
      r.extension = [{ url: defaultFhirSystems.requestersExtension, ...value }];
      const d = decodeFhirConsent(r, mitzRules);
      expect(d.ok).toBe(false);
    }
  });

  it("valueCodeableConcept is read (as Mitz sends the requester category), also under the default systems", () => {
    const r = json(choice);
    r.extension = [
      {
        url: defaultFhirSystems.requestersExtension,
        valueCodeableConcept: { coding: [{ system: defaultFhirSystems.requesterCategory, code: GPS }] },
      },
    ];
    const d = decodeFhirConsent(r, mitzRules);
    expect(d.ok && d.value.choice.requesters).toEqual({ _tag: "Categories", codes: [GPS] });
  });

  it("a requester coding in another code system is an error", () => {
    const r = json(choice);
    r.extension[0].valueCoding.system = "http://example.org/other";
    expect(decodeFhirConsent(r, mitzRules).ok).toBe(false);
  });

  it("a permit is written with provision.type permit; a deny without one (status inactive), as Mitz does", () => {
    expect(encodeFhirConsent(choice, patient).provision.type).toBe("permit");
    expect(encodeFhirConsent({ ...choice, decision: "deny" }, patient).provision.type).toBeUndefined();
  });

  it("status active with provision.type deny decodes as a deny; an unknown provision.type is an error", () => {
    const r = json(choice);
    r.provision.type = "deny";
    const d = decodeFhirConsent(r, mitzRules);
    expect(d.ok && d.value.choice.decision).toBe("deny");
    r.provision.type = "maybe";
    expect(decodeFhirConsent(r, mitzRules).ok).toBe(false);
  });

  it("without provision.period the start is dateTime; without either the Consent is rejected", () => {
    const r = json(choice, mitzFhirSystems);
    expect(r.provision.period).toBeUndefined();
    const d = decodeFhirConsent(r, mitzRules, { systems: mitzFhirSystems });
    expect(d.ok && d.value.choice.from).toBe(choice.from);
    delete r.dateTime;
    const e = decodeFhirConsent(r, mitzRules, { systems: mitzFhirSystems });
    expect(e.ok).toBe(false);
    if (!e.ok) expect(e.issues[0]?.path).toBe("$.provision.period");
  });

  it("the purpose system is overridable: Mitz's http://hl7.org/fhir/v3/ActReason is read under mitzFhirSystems, not under the defaults", () => {
    const r = json(choice, mitzFhirSystems);
    expect(r.provision.purpose).toEqual([{ system: "http://hl7.org/fhir/v3/ActReason", code: "TREAT" }]);
    expect(decodeFhirConsent(r, mitzRules, { systems: mitzFhirSystems }).ok).toBe(true);
    expect(
      decodeFhirConsent(r, mitzRules, { systems: { ...mitzFhirSystems, purpose: undefined as never } }).ok,
    ).toBe(false);
  });

  it("a literal reference outside a Bundle is an error (nothing to resolve it against)", () => {
    const r = json(choice, mitzFhirSystems);
    r.patient = { reference: "urn:uuid:2083dda0-4a90-4b37-87fe-3c974399dbe2" };
    const d = decodeFhirConsent(r, mitzRules, { systems: mitzFhirSystems });
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.issues[0]?.code).toBe("unresolved-reference");
  });

  it("encodeFhirConsent refuses (RangeError) what the systems cannot express; fhirChoiceProblem says why first", () => {
    const c: FhirChoice = { ...choice, custodian: { _tag: "AllCustodians" } };
    expect(fhirChoiceProblem(c, { systems: mitzFhirSystems })).toMatch(/every custodian/);
    expect(() => encodeFhirConsent(c, patient, { systems: mitzFhirSystems })).toThrow(RangeError);
    expect(fhirChoiceProblem(c)).toBeUndefined();
  });

  it("property: under mitzFhirSystems every expressible choice round-trips (inline identifiers)", () => {
    fc.assert(
      fc.property(arbFhirChoice(), arbBsn(), (c, bsn) => {
        fc.pre(fhirChoiceProblem(c, { systems: mitzFhirSystems }) === undefined);
        fc.pre(idProblem(c.id) === undefined); // a BSN-shaped id is rejected on decoding
        const back = decodeFhirConsent(
          JSON.parse(JSON.stringify(encodeFhirConsent(c, bsn, { systems: mitzFhirSystems }))),
          mitzRules,
          { systems: mitzFhirSystems },
        );
        expect(back).toEqual({ ok: true, value: { patient: bsn, choice: c } });
      }),
    );
  });
});
