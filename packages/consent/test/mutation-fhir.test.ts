// Tests that kill surviving mutants of src/fhir.ts (issue #17, docs/quality.md): the FHIR Consent
// adapter of spec §9 — what the encoder writes (codings, the requesters extension, the root
// category, the period), and what the decoder refuses: a patient or custodian reference that does
// not name exactly one BSN / URA number or disagrees with the inline identifier, an organisation
// type that is not one code, a requester extension that is not one category or one organisation,
// a scope, purpose, role or period that is not the one the profile fixes (MITZ §2c: a choice per
// custodian, per kind of data, towards requesters; CONVENTIONS: a value type or code the decoder
// does not understand is an error, never a silent default; ADR 0006 §4: issues name the path).
// Every result is computed inside its `it` (perTest coverage).
import { instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { decodeFhirConsentAt } from "../src/fhir.js";
import {
  ALL_DATA,
  decodeFhirConsent,
  defaultFhirSystems,
  type EncodeFhirConsentOptions,
  encodeFhirConsent,
  type FhirChoice,
  type FhirSystems,
  MEDICATION,
  mitzFhirSystems,
  mitzRules,
} from "../src/index.js";
import {
  allRequesters,
  categories,
  GPS,
  hospitalX,
  hospitalY,
  org,
  PHARMACIES,
  patient,
  type,
} from "./fixtures.js";

// biome-ignore lint/suspicious/noExplicitAny: FHIR JSON edited by path
type J = any;

const URA = defaultFhirSystems.ura;
const BSN_SYSTEM = defaultFhirSystems.bsn;
const NICTIZ_TYPE = mitzFhirSystems.organisationType as string;
const ORG_REF = "urn:uuid:custodian";
const PATIENT_REF = "urn:uuid:patient";

const choice = (over: Partial<FhirChoice> = {}): FhirChoice => ({
  id: "c1",
  custodian: org(hospitalX),
  dataCategory: "GGC002",
  requesters: categories(PHARMACIES),
  decision: "permit",
  from: instant("2026-01-05T09:00:00+01:00"),
  ...over,
});
/** The Consent as JSON (what a client sends), from the encoder. */
const json = (c: FhirChoice = choice(), options: EncodeFhirConsentOptions = {}): J =>
  JSON.parse(JSON.stringify(encodeFhirConsent(c, patient, options)));
const organization = (extra: Record<string, unknown> = {}, uras: ReadonlyArray<unknown> = [hospitalX]) => ({
  resourceType: "Organization",
  identifier: uras.map((value) => ({ system: URA, value })),
  ...extra,
});
/** A Consent whose custodian is the literal reference ORG_REF. */
const byReference = (systems: FhirSystems = defaultFhirSystems, identifier?: unknown): J => {
  const r = json(choice(), { systems });
  r.provision.actor[0].reference = {
    reference: ORG_REF,
    ...(identifier === undefined ? {} : { identifier }),
  };
  return r;
};
const resolving =
  (resources: Record<string, unknown>) =>
  (reference: string): unknown =>
    resources[reference];
/** [path, code] of each issue (empty when the Consent decodes). */
const issues = (
  input: unknown,
  systems: FhirSystems = defaultFhirSystems,
  resolve?: (reference: string) => unknown,
) => {
  const r = decodeFhirConsent(input, mitzRules, resolve === undefined ? { systems } : { systems, resolve });
  return r.ok ? [] : r.issues.map((i) => [i.path, i.code]);
};
const custodianOf = (input: unknown, systems: FhirSystems, resolve: (reference: string) => unknown) => {
  const r = decodeFhirConsentAt(input, mitzRules, { systems, resolve }, "$");
  return r.ok
    ? [r.value.choice.custodian, r.value.custodianOrganisationType]
    : r.issues.map((i) => [i.path, i.code]);
};
const ACTOR_REF = "$.provision.actor[0].reference";

describe("the encoder (spec §9)", () => {
  it("a coding without a code-system version has no version element at all (FHIR JSON leaves absent elements out; spec §9)", () => {
    const r = encodeFhirConsent(choice(), patient);
    expect(Object.keys(r.category[0]?.coding[0] ?? {})).toEqual(["system", "code"]);
    expect(Object.keys(r.scope.coding[0] ?? {})).toEqual(["system", "code"]);
  });
  it("with systems that write 'all requesters' as no extension, expandAllRequesters changes nothing: no extension, read back as all requesters (spec §9, MITZ §2c)", () => {
    const c = choice({ requesters: allRequesters });
    const r = json(c, { expandAllRequesters: mitzRules });
    expect(r.extension).toBeUndefined();
    expect(decodeFhirConsent(r, mitzRules)).toEqual({ ok: true, value: { patient, choice: c } });
  });
  it("rootCategoryAs rewrites only the root category: a medication choice stays medication under Mitz systems (MITZ §2c: the choice is per kind of data)", () => {
    const r = encodeFhirConsent(choice({ dataCategory: MEDICATION }), patient, {
      systems: mitzFhirSystems,
      rootCategoryAs: { root: ALL_DATA, code: "GGC002" },
    });
    expect(r.category[0]?.coding[0]?.code).toBe(MEDICATION);
  });
  it("the default systems always write provision.period, also for an open choice recorded at its start (FhirSystems.period 'always'; spec §9)", () => {
    const r = encodeFhirConsent(choice(), patient);
    expect(r.provision.period).toEqual({ start: "2026-01-05T08:00:00.000Z" });
  });
  it("a decoded choice without a period end carries no until element (spec §9 round trip)", () => {
    const r = decodeFhirConsent(json(), mitzRules);
    expect(r.ok && Object.keys(r.value.choice).sort()).toEqual(
      ["custodian", "dataCategory", "decision", "from", "id", "requesters"].sort(),
    );
  });
});

describe("the patient: one BSN, inline or by reference (spec §9, ADR 0006 §4)", () => {
  it("an inline identifier under another system than the BSN naming system is refused, even with a valid BSN value (spec consent §9)", () => {
    const r = json();
    r.patient.identifier.system = URA;
    expect(issues(r)).toEqual([["$.patient.identifier.system", "invalid"]]);
  });
  it("a referenced Patient with its BSN and a local patient number is that BSN: identifiers of other systems are not BSNs (spec consent §9)", () => {
    const r = json();
    r.patient = { reference: PATIENT_REF };
    const p = {
      resourceType: "Patient",
      identifier: [
        { system: "urn:oid:2.16.840.1.113883.2.4.6.3.99", value: "12345" },
        { system: BSN_SYSTEM, value: patient },
      ],
    };
    const d = decodeFhirConsent(r, mitzRules, { resolve: resolving({ [PATIENT_REF]: p }) });
    expect(d.ok && d.value.patient).toBe(patient);
  });
  it("an inline BSN that agrees with the referenced Patient's is read (only a disagreement is a patient-mismatch) (spec consent §9)", () => {
    const r = json();
    r.patient = { reference: PATIENT_REF, identifier: { system: BSN_SYSTEM, value: patient } };
    const p = { resourceType: "Patient", identifier: [{ system: BSN_SYSTEM, value: patient }] };
    const d = decodeFhirConsent(r, mitzRules, { resolve: resolving({ [PATIENT_REF]: p }) });
    expect(d.ok && d.value.patient).toBe(patient);
  });
});

describe("the custodian: one organisation by URA number, a provider type or every custodian (MITZ §2c, spec §9)", () => {
  it("a literal custodian reference outside a Bundle is an unresolved-reference issue at the actor's reference, not an exception (MITZ §2c, spec consent §9)", () => {
    expect(issues(byReference())).toEqual([[ACTOR_REF, "unresolved-reference"]]);
  });
  it("a referenced Organization with two URA numbers is refused: the custodian must be one organisation (MITZ §2c, spec consent §9)", () => {
    const resolve = resolving({ [ORG_REF]: organization({}, [hospitalX, hospitalY]) });
    expect(issues(byReference(), defaultFhirSystems, resolve)).toEqual([[ACTOR_REF, "invalid"]]);
  });
  it("a reference with an inline URA identifier that agrees with the Organization is read as that organisation (MITZ §2c, spec consent §9)", () => {
    const resolve = resolving({ [ORG_REF]: organization() });
    const d = decodeFhirConsent(
      byReference(defaultFhirSystems, { system: URA, value: hospitalX }),
      mitzRules,
      {
        resolve,
      },
    );
    expect(d.ok && d.value.choice.custodian).toEqual(org(hospitalX));
  });
  it("a reference with an inline URA identifier of another organisation is refused (MITZ §2c, spec consent §9)", () => {
    const resolve = resolving({ [ORG_REF]: organization() });
    const r = byReference(defaultFhirSystems, { system: URA, value: hospitalY });
    expect(issues(r, defaultFhirSystems, resolve)).toEqual([[ACTOR_REF, "invalid"]]);
  });
  it("a reference with the same number under another identifier system (a provider type) is refused (MITZ §2c, spec consent §9)", () => {
    const resolve = resolving({ [ORG_REF]: organization() });
    const r = byReference(defaultFhirSystems, { system: defaultFhirSystems.providerType, value: hospitalX });
    expect(issues(r, defaultFhirSystems, resolve)).toEqual([[ACTOR_REF, "invalid"]]);
  });
  it("systems without an organisation-type system read no type: untyped codings of the Organization are ignored (MITZ §2c, spec consent §9)", () => {
    const resolve = resolving({
      [ORG_REF]: organization({ type: [{ coding: [{ code: "Z3" }, { code: "V4" }] }] }),
    });
    expect(custodianOf(byReference(), defaultFhirSystems, resolve)).toEqual([org(hospitalX), undefined]);
  });
  it("Mitz systems read the Nictiz organisation type and ignore codings of other systems (MITZ §2c, spec consent §9)", () => {
    const type = [
      {
        coding: [
          { system: "urn:example:local-type", code: "HOSP" },
          { system: NICTIZ_TYPE, code: "Z3" },
        ],
      },
    ];
    const resolve = resolving({ [ORG_REF]: organization({ type }) });
    expect(custodianOf(byReference(mitzFhirSystems), mitzFhirSystems, resolve)).toEqual([
      org(hospitalX),
      "Z3",
    ]);
  });
  it("an Organization with two Nictiz organisation types is refused (MITZ §2c, spec consent §9)", () => {
    const type = [
      { coding: [{ system: NICTIZ_TYPE, code: "Z3" }] },
      { coding: [{ system: NICTIZ_TYPE, code: "V4" }] },
    ];
    const resolve = resolving({ [ORG_REF]: organization({ type }) });
    expect(custodianOf(byReference(mitzFhirSystems), mitzFhirSystems, resolve)).toEqual([
      [ACTOR_REF, "invalid"],
    ]);
  });
  it("an Organization whose one Nictiz organisation type is not a string code is refused (MITZ §2c, spec consent §9)", () => {
    const resolve = resolving({
      [ORG_REF]: organization({ type: [{ coding: [{ system: NICTIZ_TYPE, code: 3 }] }] }),
    });
    expect(custodianOf(byReference(mitzFhirSystems), mitzFhirSystems, resolve)).toEqual([
      [ACTOR_REF, "invalid"],
    ]);
  });
  it("an actor reference with neither identifier nor reference is a missing custodian, not an exception (MITZ §2c, spec consent §9)", () => {
    const r = json();
    r.provision.actor[0].reference = {};
    expect(issues(r)).toEqual([[ACTOR_REF, "missing"]]);
  });
  it("a custodian URA identifier that is not 8 digits is refused (MITZ §2c, spec consent §9)", () => {
    const r = json();
    r.provision.actor[0].reference.identifier.value = "0000111";
    expect(issues(r)).toEqual([[ACTOR_REF, "invalid"]]);
  });
  it("a custodian under an unknown identifier system is refused at the reference, even with the value '*' (never a provider type or every custodian) (MITZ §2c, spec consent §9)", () => {
    const r = json();
    r.provision.actor[0].reference.identifier = { system: "urn:example:custodian", value: "*" };
    expect(issues(r)).toEqual([[ACTOR_REF, "invalid"]]);
  });
  it("Mitz systems have no every-custodian system: zorgkit's all-custodians identifier is refused (MITZ §2c, spec consent §9)", () => {
    const r = json(choice(), { systems: mitzFhirSystems });
    r.provision.actor[0].reference.identifier = { system: defaultFhirSystems.allCustodians, value: "*" };
    expect(issues(r, mitzFhirSystems)).toEqual([[ACTOR_REF, "invalid"]]);
  });
  it("a provider-type custodian whose code is not a provider category of the code lists is refused (MITZ §2c, spec consent §9)", () => {
    expect(issues(json(choice({ custodian: type("RPZAC999") })))).toEqual([["$.provision.actor", "invalid"]]);
  });
  it("only a role CST of the HL7 ParticipationType system makes an actor the custodian (MITZ §2c, spec consent §9)", () => {
    const r = json();
    r.provision.actor[0].role.coding = [{ system: "urn:example:roles", code: "CST" }];
    expect(issues(r)).toEqual([["$.provision.actor", "invalid"]]);
  });
});

describe("the requesters extension: one category or one organisation each (MITZ §2c, spec §9)", () => {
  const ext = (...values: ReadonlyArray<Record<string, unknown>>) =>
    values.map((v) => ({ url: defaultFhirSystems.requestersExtension, ...v }));
  const cat = (code: unknown) => ({ valueCoding: { system: defaultFhirSystems.requesterCategory, code } });
  const ura = (value: string, system = URA) => ({ valueIdentifier: { system, value } });
  const withExt = (extension: unknown, systems: FhirSystems = defaultFhirSystems): J => {
    const r = json(choice(), { systems });
    r.extension = extension;
    return r;
  };

  it("a valueCodeableConcept with two requester categories is refused: one extension names one category (MITZ §2c, spec consent §9)", () => {
    const two = { valueCodeableConcept: { coding: [cat(PHARMACIES).valueCoding, cat(GPS).valueCoding] } };
    expect(issues(withExt(ext(two)))).toEqual([["$.extension[0]", "invalid"]]);
  });
  it("a requester coding whose code is not a string is refused at that extension (MITZ §2c, spec consent §9)", () => {
    expect(issues(withExt(ext(cat(5))))).toEqual([["$.extension[0]", "invalid"]]);
  });
  it("a value type the decoder does not know (valueString) is unknown-value-type, not a malformed organisation (MITZ §2c, spec consent §9)", () => {
    expect(issues(withExt(ext({ valueString: PHARMACIES })))).toEqual([
      ["$.extension[0]", "unknown-value-type"],
    ]);
  });
  it("Mitz systems cannot express a requesting organisation: a valueIdentifier is unknown-value-type, and the only issue (MITZ §2c, spec consent §9)", () => {
    const r = withExt(
      ext(ura(hospitalY)).map((e) => ({ ...e, url: mitzFhirSystems.requestersExtension })),
      mitzFhirSystems,
    );
    expect(issues(r, mitzFhirSystems)).toEqual([["$.extension[0]", "unknown-value-type"]]);
  });
  it("a requesting organisation whose URA is not 8 digits is refused (MITZ §2c, spec consent §9)", () => {
    expect(issues(withExt(ext(ura("123"))))).toEqual([["$.extension[0]", "invalid"]]);
  });
  it("a requesting organisation under another identifier system than URA is refused (MITZ §2c, spec consent §9)", () => {
    expect(issues(withExt(ext(ura(hospitalY, BSN_SYSTEM))))).toEqual([["$.extension[0]", "invalid"]]);
  });
  it("a requesting organisation beside a requester category is refused: requesters are either categories or one organisation (MITZ §2c, spec consent §9)", () => {
    const r = decodeFhirConsent(withExt(ext(ura(hospitalY), cat(PHARMACIES))), mitzRules);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code, i.actual])).toEqual([
      ["$.extension", "invalid", "array of 2"],
    ]);
  });
  it("two requesting organisations are refused (MITZ §2c, spec consent §9)", () => {
    expect(issues(withExt(ext(ura(hospitalX), ura(hospitalY))))).toEqual([["$.extension", "invalid"]]);
  });
  it("a requester category that is not in the code lists is refused (MITZ §2c, spec consent §9)", () => {
    expect(issues(withExt(ext(cat("RPZAC999"))))).toEqual([["$.extension", "invalid"]]);
  });
  it("an unrelated extension (another url, no requester coding) leaves the choice for all requesters (MITZ §2c, spec consent §9)", () => {
    const r = withExt([{ url: "http://example.org/fhir/StructureDefinition/note", valueString: "x" }]);
    const d = decodeFhirConsent(r, mitzRules);
    expect(d.ok && d.value.choice.requesters).toEqual(allRequesters);
  });
});

describe("the rest of the Consent (spec §9, ADR 0006 §4)", () => {
  it("a shape failure counts all its issues: 100 categories with a wrong system and code each give 200 (ADR 0006 §4: totalIssues counts all)", () => {
    const r = json();
    r.category = Array.from({ length: 100 }, () => ({ coding: [{ system: 1, code: 2 }] }));
    const d = decodeFhirConsent(r, mitzRules);
    expect(d.ok ? undefined : [d.issues.length, d.totalIssues]).toEqual([100, 200]);
  });
  it("an unrelated extension on the provision is ignored (FHIR: elements the reader does not use) (spec consent §9)", () => {
    const r = json();
    r.provision.extension = [{ url: "http://example.org/fhir/StructureDefinition/note", valueString: "x" }];
    expect(issues(r)).toEqual([]);
  });
  it("the requesters extension on the custodian actor is refused: there it would not be read (spec consent §9)", () => {
    const r = json();
    r.provision.actor[0].extension = r.extension;
    expect(issues(r)).toEqual([["$.provision", "unsupported-element"]]);
  });
  it("a scope coding patient-privacy of another system than HL7 consentscope is refused (spec consent §9)", () => {
    const r = json();
    r.scope.coding = [{ system: "urn:example:scope", code: "patient-privacy" }];
    expect(issues(r)).toEqual([["$.scope", "invalid"]]);
  });
  it("a purpose of the ActReason system other than TREAT is refused (spec consent §9)", () => {
    const r = json();
    r.provision.purpose = [{ system: "http://terminology.hl7.org/CodeSystem/v3-ActReason", code: "HRESCH" }];
    expect(issues(r)).toEqual([["$.provision.purpose", "invalid"]]);
  });
  it("a period that ends at its start is refused: the end must lie after the start (spec consent §9)", () => {
    const r = json();
    r.provision.period = { start: "2026-01-05T08:00:00.000Z", end: "2026-01-05T08:00:00.000Z" };
    expect(issues(r)).toEqual([["$.provision.period.end", "invalid"]]);
  });
});

describe("each issue says why (ADR 0006 §4: readable messages that name the rule that failed)", () => {
  const messages = (input: unknown, systems: FhirSystems, resolve?: (reference: string) => unknown) => {
    const r = decodeFhirConsent(input, mitzRules, resolve === undefined ? { systems } : { systems, resolve });
    return r.ok ? [] : r.issues.map((i) => i.message);
  };
  const patientByReference = (): J => {
    const r = json();
    r.patient = { reference: PATIENT_REF };
    return r;
  };
  it("a patient reference outside a Bundle says that literal references resolve only inside a Bundle (ADR 0006 §4)", () => {
    expect(messages(patientByReference(), defaultFhirSystems)).toEqual([
      "A literal reference can only be resolved inside a Bundle",
    ]);
  });
  it("a patient reference to nothing says it names no resource; to an Organization, that it is not a Patient (ADR 0006 §4)", () => {
    expect(messages(patientByReference(), defaultFhirSystems, resolving({}))).toEqual([
      expect.stringMatching(/^The reference names no resource in the Bundle/),
    ]);
    expect(
      messages(patientByReference(), defaultFhirSystems, resolving({ [PATIENT_REF]: organization() })),
    ).toEqual(["The reference names a resource that is not a Patient"]);
  });
  it("a custodian reference to nothing says it names no resource; to a Patient, that it is not an Organization (ADR 0006 §4)", () => {
    expect(messages(byReference(), defaultFhirSystems, resolving({}))).toEqual([
      expect.stringMatching(/^The custodian reference names no resource in the Bundle/),
    ]);
    const p = { resourceType: "Patient", identifier: [{ system: BSN_SYSTEM, value: patient }] };
    expect(messages(byReference(), defaultFhirSystems, resolving({ [ORG_REF]: p }))).toEqual([
      "The custodian reference names a resource that is not an Organization",
    ]);
  });
  it("an Organization whose one URA value is not a string says it needs exactly one URA number (ADR 0006 §4)", () => {
    const resolve = resolving({ [ORG_REF]: organization({}, [659]) });
    expect(messages(byReference(), defaultFhirSystems, resolve)).toEqual([
      "Expected the custodian Organization to have exactly one URA number",
    ]);
  });
  it("an unknown value type names the value types these systems read: Mitz systems no valueIdentifier, the default systems also valueIdentifier (ADR 0006 §4)", () => {
    const valueString = (systems: FhirSystems): J => {
      const r = json(choice(), { systems });
      r.extension = [{ url: systems.requestersExtension, valueString: PHARMACIES }];
      return r;
    };
    expect(messages(valueString(mitzFhirSystems), mitzFhirSystems)).toEqual([
      expect.stringContaining("(expected valueCoding or valueCodeableConcept)"),
    ]);
    expect(messages(valueString(defaultFhirSystems), defaultFhirSystems)).toEqual([
      expect.stringContaining("(expected valueCoding, valueCodeableConcept or valueIdentifier)"),
    ]);
  });
  it("a Consent without a data category coding of the system says it needs exactly one, with the codes found (none) (ADR 0006 §4)", () => {
    const r = json();
    r.category = [{ coding: [{ system: "urn:example:other", code: "GGC002" }] }];
    const d = decodeFhirConsent(r, mitzRules);
    expect(d.ok ? [] : d.issues.map((i) => [i.path, i.message, i.actual])).toEqual([
      [
        "$.category",
        `Expected exactly one data category coding with system ${defaultFhirSystems.dataCategory}`,
        "empty array",
      ],
    ]);
  });
});
