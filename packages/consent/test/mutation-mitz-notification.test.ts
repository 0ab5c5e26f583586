// Tests that kill surviving mutants of src/mitz/notification.ts (issue #17, docs/quality.md): the
// Mitz notification Bundle (ADR 0010 §1, §2, §4; spec consent §9). Decoding: one patient per
// Bundle, every entry classified or rejected (a non-Consent posted to Consent, a modifier, a Consent
// without dateTime), resources of other types ignored as FHIR says. Encoding: what Mitz cannot
// express is refused, one Organization per custodian with one organisation type, urn:uuid
// references that are valid FHIR ids. Every result is computed inside its `it`; rulebooks that a
// test changes are fresh objects (the code index is cached per rulebook object).
import { type Bsn, bsn, instant, maskBsn, uraNumber } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  decodeMitzNotification,
  encodeMitzNotification,
  type FhirChoice,
  type MitzInterop,
  type MitzNotification,
  mitzFhirSystems,
  mitzInterop,
} from "../src/index.js";
import { exampleNotificationBundle } from "./fixtures/mitz/xml.js";
import { patient as otherPatient, PHARMACIES } from "./fixtures.js";

// biome-ignore lint/suspicious/noExplicitAny: FHIR JSON edited by path in a test
type J = any;

/** The real example Bundle (two Consents, the Patient, the custodian Organization), a fresh copy. */
const example = (): J => exampleNotificationBundle();
const EXAMPLE_BSN = bsn("900186021");
const BSN_SYSTEM = mitzFhirSystems.bsn;
const decode = (b: unknown) => decodeMitzNotification(b, mitzInterop);
const issuesOf = (b: unknown) => {
  const r = decode(b);
  return r.ok ? [] : r.issues.map((i) => [i.path, i.code]);
};
/** What the example means, in short: its patient and each Consent's id and decision. */
const gist = (b: unknown) => {
  const r = decode(b);
  return r.ok
    ? { patient: r.value.patient, consents: r.value.consents.map((c) => [c.choice.id, c.choice.decision]) }
    : { issues: r.issues.map((i) => [i.path, i.code]) };
};
const EXAMPLE_GIST = {
  patient: EXAMPLE_BSN,
  consents: [
    ["27b7bc07-7a6a-4545-a813-0f0bba89b09c", "permit"],
    ["99d561ea-caaa-442f-88dc-e6d753d79c73", "deny"],
  ],
};
const patientEntry = (b: J): J => b.entry.find((e: J) => e.resource.resourceType === "Patient");
const orgEntry = (b: J): J => b.entry.find((e: J) => e.resource.resourceType === "Organization");
const observation = (fullUrl?: string): J => ({
  ...(fullUrl === undefined ? {} : { fullUrl }),
  resource: { resourceType: "Observation", status: "final" },
  request: { method: "POST", url: "Observation" },
});

describe("decodeMitzNotification: the Bundle itself (ADR 0010 §4)", () => {
  it("a resource that is not a Bundle is refused at $.resourceType (wrong-tag) and nothing else is read (ADR 0010 §4)", () => {
    const b = example();
    b.resourceType = "Patient";
    expect(issuesOf(b)).toEqual([["$.resourceType", "wrong-tag"]]);
  });

  it("a Bundle without entries, or with an entry that is not a list, is refused as missing its entries at $.entry (ADR 0010 §4)", () => {
    const none = example();
    delete none.entry;
    const notAList = example();
    notAList.entry = "Consent";
    expect(issuesOf(none)).toEqual([["$.entry", "missing"]]);
    expect(issuesOf(notAList)).toEqual([["$.entry", "missing"]]);
  });

  it("an empty batch Bundle is refused for both: not a transaction, and no entries (ADR 0010 §4)", () => {
    expect(issuesOf({ resourceType: "Bundle", type: "batch", entry: [] })).toEqual([
      ["$.type", "invalid"],
      ["$.entry", "missing"],
    ]);
  });

  it("a Bundle with only the Patient and the Organization holds no choice: refused as missing a Consent (ADR 0010 §4)", () => {
    const b = example();
    b.entry = b.entry.filter((e: J) => e.resource.resourceType !== "Consent");
    expect(issuesOf(b)).toEqual([["$.entry", "missing"]]);
  });

  it("a Bundle whose only Consent is unreadable is refused for that Consent, not also as holding no Consent (ADR 0010 §1, §4)", () => {
    const b = example();
    b.entry.splice(1, 1);
    b.entry[0].resource.implicitRules = "http://example.org/rules";
    expect(issuesOf(b)).toEqual([["$.entry[0].resource.implicitRules", "unknown-modifier"]]);
  });

  it("a null entry is classified (no resource type), never a crash of the decoder (ADR 0010 §1; ADR 0006 §4)", () => {
    const b = example();
    b.entry.push(null);
    expect(issuesOf(b)).toEqual([["$.entry[4].resource.resourceType", "missing"]]);
  });
});

describe("decodeMitzNotification: every entry is classified or rejected, other resource types are ignored (ADR 0010 §1)", () => {
  it("two entries of another resource type without fullUrl are ignored, not taken for two entries with one fullUrl (FHIR; ADR 0010 §1)", () => {
    const b = example();
    b.entry.push(observation(), observation());
    expect(gist(b)).toEqual(EXAMPLE_GIST);
  });

  it("an entry without a request (no method) is read: only a method other than POST or PUT is refused (ADR 0010 §1)", () => {
    const b = example();
    delete patientEntry(b).request;
    expect(gist(b)).toEqual(EXAMPLE_GIST);
  });

  it("entries sent with PUT are read like POST (ADR 0010 §1)", () => {
    const b = example();
    for (const e of b.entry) e.request.method = "PUT";
    expect(gist(b)).toEqual(EXAMPLE_GIST);
  });

  it("a Patient posted to Consent/<id> is refused (an entry posted to Consent must hold a Consent) (ADR 0010 §1)", () => {
    const b = example();
    patientEntry(b).request.url = "Consent/123";
    expect(issuesOf(b)).toEqual([["$.entry[2].resource.resourceType", "wrong-tag"]]);
  });

  it("a Patient posted to a url that only contains the word Consent, or to a url that is not a string, is read (ADR 0010 §1)", () => {
    const query = example();
    patientEntry(query).request.url = "Patient?name=Consent";
    const notAString = example();
    patientEntry(notAString).request.url = ["Consent"];
    expect(gist(query)).toEqual(EXAMPLE_GIST);
    expect(gist(notAString)).toEqual(EXAMPLE_GIST);
  });

  it("a resource of another type is ignored with whatever it carries (active false, implicitRules, a modifier extension, a link) (FHIR; ADR 0010 §1)", () => {
    const b = example();
    const o = observation("urn:uuid:5f1c8f3e-7d7a-4c1e-9a55-0d1e3c1b2a99");
    o.resource.active = false;
    o.resource.implicitRules = "http://example.org/rules";
    o.resource.modifierExtension = [{ url: "http://example.org/x", valueBoolean: true }];
    o.resource.link = [{ other: { reference: "Patient/1" }, type: "replaced-by" }];
    b.entry.push(o);
    expect(gist(b)).toEqual(EXAMPLE_GIST);
  });

  it("a Patient with implicitRules is refused (a modifier element) (ADR 0010 §1)", () => {
    const b = example();
    patientEntry(b).resource.implicitRules = "http://example.org/rules";
    expect(issuesOf(b)).toEqual([["$.entry[2].resource.implicitRules", "unknown-modifier"]]);
  });

  it("an Organization with a link element is read: only Patient.link is a modifier (ADR 0010 §1)", () => {
    const b = example();
    orgEntry(b).resource.link = [{ other: { reference: "Organization/1" }, type: "replaced-by" }];
    expect(gist(b)).toEqual(EXAMPLE_GIST);
  });
});

describe("decodeMitzNotification: one patient per Bundle (ADR 0010 §4), BSNs masked", () => {
  it("a second Patient with another BSN is refused as a second patient, both BSNs masked in the message (ADR 0010 §4; spec consent §8)", () => {
    const b = example();
    b.entry.push({
      fullUrl: "urn:uuid:0e0b7d4a-33c4-4d35-9a3e-5b8f2b1f4c11",
      resource: {
        resourceType: "Patient",
        id: "0e0b7d4a-33c4-4d35-9a3e-5b8f2b1f4c11",
        identifier: [{ system: BSN_SYSTEM, value: otherPatient }],
      },
      request: { method: "POST", url: "Patient" },
    });
    const r = decode(b);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([["$.entry", "patient-mismatch"]]);
    const message = r.ok ? "" : (r.issues[0]?.message ?? "");
    expect(message).toContain(maskBsn(EXAMPLE_BSN));
    expect(message).toContain(maskBsn(otherPatient));
    expect(message).not.toContain(EXAMPLE_BSN);
    expect(message).not.toContain(otherPatient);
  });

  it("identifiers of other systems on the Patient are not BSNs: a local patient number beside the BSN is read (ADR 0010 §4)", () => {
    const b = example();
    patientEntry(b).resource.identifier.push({
      system: "urn:oid:2.16.840.1.113883.2.4.3.11.999",
      value: "12345",
    });
    expect(gist(b)).toEqual(EXAMPLE_GIST);
  });

  it("a BSN identifier whose value is not a string names no patient (ADR 0010 §4)", () => {
    const b = example();
    b.entry.push({
      fullUrl: "urn:uuid:0e0b7d4a-33c4-4d35-9a3e-5b8f2b1f4c12",
      resource: {
        resourceType: "Patient",
        id: "0e0b7d4a-33c4-4d35-9a3e-5b8f2b1f4c12",
        identifier: [{ system: BSN_SYSTEM, value: 900186021 }],
      },
      request: { method: "POST", url: "Patient" },
    });
    expect(gist(b)).toEqual(EXAMPLE_GIST);
  });

  it("Consents that name the patient by BSN identifier only (no Patient entry) give that patient (ADR 0010 §4)", () => {
    const b = example();
    b.entry = b.entry.filter((e: J) => e.resource.resourceType !== "Patient");
    for (const e of b.entry)
      if (e.resource.resourceType === "Consent")
        e.resource.patient = { identifier: { system: BSN_SYSTEM, value: EXAMPLE_BSN } };
    expect(gist(b)).toEqual(EXAMPLE_GIST);
  });

  it("two Consents that name two patients by BSN identifier are refused as a second patient (ADR 0010 §4)", () => {
    const b = example();
    b.entry = b.entry.filter((e: J) => e.resource.resourceType !== "Patient");
    b.entry[0].resource.patient = { identifier: { system: BSN_SYSTEM, value: EXAMPLE_BSN } };
    b.entry[1].resource.patient = { identifier: { system: BSN_SYSTEM, value: otherPatient } };
    expect(issuesOf(b)).toEqual([["$.entry", "patient-mismatch"]]);
  });
});

describe("decodeMitzNotification: a Consent must say when the choice was recorded (Consent-Mitz-Notify dateTime; ADR 0010 §4)", () => {
  it("a Consent without dateTime is refused at its dateTime even when provision.period.start gives its start (ADR 0010 §4)", () => {
    const b = example();
    const c = b.entry[0].resource;
    delete c.dateTime;
    c.provision.period = { start: "2024-11-18T10:51:16.8967927Z" };
    expect(issuesOf(b)).toEqual([["$.entry[0].resource.dateTime", "missing"]]);
  });
});

// ---------------------------------------------------------------------------------------------
// Encoding

const URA_A = uraNumber("00000659");
const URA_B = uraNumber("00001111");
const RECORDED = instant("2026-01-05T09:00:00+01:00");
const choice = (id: string, ura = URA_A, dataCategory = "GGC002"): FhirChoice => ({
  id,
  custodian: { _tag: "Organisation", ura },
  dataCategory,
  requesters: { _tag: "Categories", codes: [PHARMACIES] },
  decision: "permit",
  from: RECORDED,
});
const notification = (
  ...consents: Array<{ choice: FhirChoice; type?: string | undefined }>
): MitzNotification => ({
  patient: EXAMPLE_BSN as Bsn,
  consents: consents.map((c) => ({
    choice: c.choice,
    recordedAt: RECORDED,
    custodianOrganisationType: c.type,
  })),
});
const encodeIssues = (n: MitzNotification, interop: MitzInterop = mitzInterop, options = {}) => {
  const r = encodeMitzNotification(n, interop, options);
  return r.ok ? [] : r.issues.map((i) => [i.path, i.code]);
};
const resources = (n: MitzNotification, interop: MitzInterop = mitzInterop): Array<J> => {
  const r = encodeMitzNotification(n, interop);
  return r.ok ? r.value.entry.map((e) => e.resource as J) : [];
};
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const { organisationType: _noOrganisationType, ...systemsWithoutOrganisationType } = mitzFhirSystems;
const { codeSystemVersion: _noVersion, ...systemsWithoutVersion } = mitzFhirSystems;

describe("encodeMitzNotification (ADR 0010 §4)", () => {
  it("a notification without Consents is refused at $.consents (a Bundle holds at least one Consent) (ADR 0010 §4)", () => {
    expect(encodeIssues({ patient: EXAMPLE_BSN, consents: [] })).toEqual([["$.consents", "missing"]]);
  });

  it("a custodian without organisation type is encoded under systems that have no organisation-type system (ADR 0010 §4)", () => {
    const interop: MitzInterop = { ...mitzInterop, fhir: systemsWithoutOrganisationType };
    const written = resources(notification({ choice: choice("c-1") }), interop);
    expect(written.map((r) => r.resourceType)).toEqual(["Consent", "Patient", "Organization"]);
    expect(Object.keys(written[2])).not.toContain("type");
  });

  it("a custodian with an organisation type is refused under systems that have no organisation-type system (it would be dropped) (ADR 0010 §4)", () => {
    const interop: MitzInterop = { ...mitzInterop, fhir: systemsWithoutOrganisationType };
    expect(encodeIssues(notification({ choice: choice("c-1"), type: "Z3" }), interop)).toEqual([
      ["$.consents[0].choice", "not-expressible"],
    ]);
  });

  it("one custodian with two organisation types is refused at the second Consent's type (ADR 0010 §4)", () => {
    expect(
      encodeIssues(
        notification({ choice: choice("c-1"), type: "Z3" }, { choice: choice("c-2"), type: "V4" }),
      ),
    ).toEqual([["$.consents[1].custodianOrganisationType", "invalid"]]);
  });

  it("two Consents of one custodian share its one Organization entry (ADR 0010 §4)", () => {
    const written = resources(
      notification({ choice: choice("c-1"), type: "Z3" }, { choice: choice("c-2"), type: "Z3" }),
    );
    expect(written.map((r) => r.resourceType)).toEqual(["Consent", "Consent", "Patient", "Organization"]);
  });

  it("the Patient's and each Organization's id is its urn:uuid without the prefix, a valid FHIR id (FHIR id; ADR 0010 §4)", () => {
    const r = encodeMitzNotification(
      notification({ choice: choice("c-1"), type: "Z3" }, { choice: choice("c-2", URA_B), type: "V4" }),
      mitzInterop,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const others = r.value.entry.filter((e) => e.resource.resourceType !== "Consent");
    expect(others).toHaveLength(3);
    for (const e of others) {
      expect(`urn:uuid:${e.resource.id}`).toBe(e.fullUrl);
      expect(e.resource.id).toMatch(FHIR_ID);
    }
  });

  it("the default urn:uuids are valid UUIDs, numbered within the Bundle per kind (organisations and Consents in order) (ADR 0010 §4)", () => {
    const r = encodeMitzNotification(
      notification(
        { choice: choice("c-1"), type: "Z3" },
        { choice: choice("c-2", URA_B), type: "V4" },
        { choice: choice("c-3", uraNumber("00002222")), type: "A1" },
      ),
      mitzInterop,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const urls = r.value.entry.map((e) => e.fullUrl);
    for (const u of urls) expect(u).toMatch(UUID);
    expect(new Set(urls).size).toBe(urls.length);
    const tail = (u: string) => Number.parseInt(u.slice(-12), 16);
    const of = (type: string) =>
      r.value.entry.filter((e) => e.resource.resourceType === type).map((e) => tail(e.fullUrl));
    for (const numbers of [of("Consent"), of("Organization")])
      expect(numbers.map((n) => n - (numbers[0] as number))).toEqual([0, 1, 2]);
  });

  it("the custodian's organisation type is written with the code-system version only when the systems have one (ADR 0010 §2)", () => {
    const withVersion = resources(notification({ choice: choice("c-1"), type: "Z3" }));
    const without = resources(notification({ choice: choice("c-1"), type: "Z3" }), {
      ...mitzInterop,
      fhir: systemsWithoutVersion,
    });
    expect(withVersion[2].type).toEqual([
      { coding: [{ system: mitzFhirSystems.organisationType, version: "3960100", code: "Z3" }] },
    ]);
    expect(without[2].type).toHaveLength(1);
    expect(without[2].type[0].coding).toHaveLength(1);
    expect(Object.entries(without[2].type[0].coding[0])).toEqual([
      ["system", mitzFhirSystems.organisationType],
      ["code", "Z3"],
    ]);
  });

  it("the Bundle carries the id option when given, and no id key when not (ADR 0006 §3)", () => {
    const n = notification({ choice: choice("c-1"), type: "Z3" });
    const given = encodeMitzNotification(n, mitzInterop, { id: "n-1" });
    const none = encodeMitzNotification(n, mitzInterop);
    expect(given.ok && given.value.id).toBe("n-1");
    expect(none.ok && Object.keys(none.value)).toEqual(["resourceType", "type", "entry"]);
  });
});

describe("encodeMitzNotification: the library-local root as Mitz's highest category (ADR 0010 §3)", () => {
  const root = mitzInterop.rules.codeLists.dataCategories.find((c) => c.parent === undefined);

  it("found by having no parent, wherever the rulebook lists it: zorgkit:all is written as the root's first child GGC002 (ADR 0010 §3)", () => {
    const lists = mitzInterop.rules.codeLists;
    const reordered: MitzInterop = {
      ...mitzInterop,
      rules: {
        ...mitzInterop.rules,
        codeLists: {
          ...lists,
          dataCategories: [...lists.dataCategories.filter((c) => c !== root), ...(root ? [root] : [])],
        },
      },
    };
    expect(reordered.rules.codeLists.dataCategories[0]?.code).toBe("GGC002");
    const r = encodeMitzNotification(
      notification({ choice: choice("c-1", URA_A, "zorgkit:all"), type: "Z3" }),
      reordered,
      { rootCategoryAsMitzRoot: true },
    );
    expect(r.ok).toBe(true);
    const consent = r.ok ? (r.value.entry[0]?.resource as J) : undefined;
    expect(consent?.category?.[0]?.coding?.map((c: J) => c.code)).toEqual(["GGC002"]);
  });

  it("a rulebook whose root has no child has no Mitz category for it: zorgkit:all is refused, never written without a code (ADR 0010 §3)", () => {
    const only: MitzInterop = {
      ...mitzInterop,
      rules: {
        ...mitzInterop.rules,
        codeLists: { ...mitzInterop.rules.codeLists, dataCategories: root ? [root] : [] },
      },
    };
    expect(
      encodeIssues(notification({ choice: choice("c-1", URA_A, "zorgkit:all"), type: "Z3" }), only, {
        rootCategoryAsMitzRoot: true,
      }),
    ).toEqual([["$.consents[0].choice", "not-expressible"]]);
  });
});
