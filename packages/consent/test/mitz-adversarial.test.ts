/**
 * Adversarial review of the Mitz adapters (issue #19): hostile notification Bundles, Consents and
 * closed questions, each test named after the rule it checks. Each of them either showed a defect
 * that is fixed (the test failed before the fix) or pins an attack that already failed.
 */
import { bsn, instant, uraNumber } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeFhirConsent,
  decodeMitzClosedQuestion,
  decodeMitzNotification,
  defaultFhirSystems,
  encodeFhirConsent,
  encodeMitzNotification,
  type FhirChoice,
  type MitzNotification,
  mitzConsentRequest,
  mitzFhirSystems,
  mitzInterop,
  mitzRules,
} from "../src/index.js";
import {
  exampleClosedQuestion,
  exampleNotificationBundle,
  fhirXmlToJson,
  fixtureXml,
  xacmlRequestAttributes,
} from "./fixtures/mitz/xml.js";

// biome-ignore lint/suspicious/noExplicitAny: FHIR JSON edited by path in hostile variants
type J = any;
const BSN = "900186021";
const bundle = (): J => exampleNotificationBundle();
const clone = <A>(a: A): A => JSON.parse(JSON.stringify(a));

/** Decoding fails with `code` (at a path matching `path`) and the error never shows the BSN. */
function fails(b: unknown, code: string, path?: RegExp) {
  const r = decodeMitzNotification(b, mitzInterop);
  expect(r.ok).toBe(false);
  if (r.ok) return undefined;
  expect(r.issues.map((i) => i.code)).toContain(code);
  if (path !== undefined)
    expect(r.issues.filter((i) => i.code === code).map((i) => i.path)).toContainEqual(
      expect.stringMatching(path),
    );
  expect(JSON.stringify(r)).not.toContain(BSN);
  return r;
}

/** One Consent as zorgkit's default systems write it (for decodeFhirConsent outside a Bundle). */
const singleConsent = (decision: "permit" | "deny"): J =>
  clone(
    encodeFhirConsent(
      {
        id: "c1",
        custodian: { _tag: "Organisation", ura: uraNumber("00000659") },
        dataCategory: "GGC002",
        requesters: { _tag: "Categories", codes: ["RPZAC005"] },
        decision,
        from: instant("2026-01-01T00:00:00Z"),
      },
      bsn(BSN),
    ),
  );

describe("a Bundle entry the decoder does not read is an error, never skipped (a withdrawal or a deny must not be lost)", () => {
  it("a DELETE of a Consent (no resource, as FHIR transactions send it) is rejected: skipping it would keep a withdrawn permit", () => {
    const b = bundle();
    b.entry.push({ request: { method: "DELETE", url: `Consent/${b.entry[0].resource.id}` } });
    fails(b, "unsupported-element", /^\$\.entry\[4\]\.request\.method$/);
  });

  it("a PATCH, GET or HEAD entry is rejected whatever resource it carries", () => {
    for (const method of ["PATCH", "GET", "HEAD"]) {
      const b = bundle();
      b.entry.push({
        fullUrl: "urn:uuid:00000000-0000-4000-8000-0000000000aa",
        resource: { resourceType: "Parameters", parameter: [] },
        request: { method, url: `Consent/${b.entry[0].resource.id}` },
      });
      fails(b, "unsupported-element", /^\$\.entry\[4\]\.request\.method$/);
    }
  });

  it("an entry without a resource type (a malformed deny) is rejected, not skipped", () => {
    const b = bundle();
    delete b.entry[1].resource.resourceType;
    fails(b, "missing", /^\$\.entry\[1\]\.resource\.resourceType$/);
  });

  it("an entry posted to Consent whose resource is not a Consent is rejected", () => {
    const b = bundle();
    b.entry[1].resource.resourceType = "consent";
    fails(b, "wrong-tag", /^\$\.entry\[1\]\.resource\.resourceType$/);
  });

  it("an unknown resource type posted elsewhere (e.g. Provenance) is still ignored, as FHIR allows", () => {
    const b = bundle();
    b.entry.push({
      fullUrl: "urn:uuid:00000000-0000-4000-8000-0000000000ab",
      resource: { resourceType: "Provenance" },
      request: { method: "POST", url: "Provenance" },
    });
    expect(decodeMitzNotification(b, mitzInterop).ok).toBe(true);
  });
});

describe("modifier extensions anywhere in what is read are errors (FHIR: an unknown modifier must not be ignored)", () => {
  it("a modifier extension on the custodian actor is rejected", () => {
    const b = bundle();
    b.entry[0].resource.provision.actor[0].modifierExtension = [
      { url: "http://example.org/except", valueBoolean: true },
    ];
    fails(b, "unknown-modifier", /^\$\.entry\[0\]\.resource\.provision\.actor\[0\]\.modifierExtension$/);
  });

  it("a modifier extension given as an object instead of an array is rejected, not read as absent", () => {
    const b = bundle();
    b.entry[0].resource.modifierExtension = { url: "http://example.org/x", valueBoolean: true };
    fails(b, "unknown-modifier", /^\$\.entry\[0\]\.resource\.modifierExtension$/);
    const c = bundle();
    c.entry[0].resource.provision.modifierExtension = { url: "http://example.org/x", valueBoolean: true };
    fails(c, "unknown-modifier", /^\$\.entry\[0\]\.resource\.provision\.modifierExtension$/);
  });

  it("implicitRules on the Consent or the Bundle is rejected (a modifier element: rules the reader does not know)", () => {
    const b = bundle();
    b.entry[0].resource.implicitRules = "http://example.org/rules";
    fails(b, "unknown-modifier", /^\$\.entry\[0\]\.resource\.implicitRules$/);
    const c = bundle();
    c.implicitRules = "http://example.org/rules";
    fails(c, "unknown-modifier", /^\$\.implicitRules$/);
  });

  it("a modifier extension on the referenced Patient or Organization, or on the entry and its request, is rejected", () => {
    const mod = [{ url: "http://example.org/x", valueBoolean: true }];
    const b = bundle();
    b.entry[2].resource.modifierExtension = mod;
    fails(b, "unknown-modifier", /^\$\.entry\[2\]\.resource\.modifierExtension$/);
    const c = bundle();
    c.entry[3].resource.modifierExtension = mod;
    fails(c, "unknown-modifier", /^\$\.entry\[3\]\.resource\.modifierExtension$/);
    const d = bundle();
    d.entry[1].modifierExtension = mod;
    fails(d, "unknown-modifier", /^\$\.entry\[1\]\.modifierExtension$/);
    const e = bundle();
    e.entry[1].request.modifierExtension = mod;
    fails(e, "unknown-modifier", /^\$\.entry\[1\]\.request\.modifierExtension$/);
  });

  it("the modifier elements of Patient and Organization (R4): active false or a Patient.link is rejected, not read past", () => {
    const b = bundle();
    b.entry[2].resource.active = false;
    fails(b, "unsupported-element", /^\$\.entry\[2\]\.resource\.active$/);
    const c = bundle();
    c.entry[2].resource.link = [{ other: { reference: "Patient/other" }, type: "replaced-by" }];
    fails(c, "unsupported-element", /^\$\.entry\[2\]\.resource\.link$/);
    const d = bundle();
    d.entry[3].resource.active = false;
    fails(d, "unsupported-element", /^\$\.entry\[3\]\.resource\.active$/);
    const e = bundle();
    e.entry[2].resource.active = true;
    e.entry[3].resource.active = true;
    expect(decodeMitzNotification(e, mitzInterop).ok).toBe(true);
  });

  it("an empty modifierExtension array carries nothing and is accepted", () => {
    const b = bundle();
    b.entry[0].resource.modifierExtension = [];
    b.entry[0].resource.provision.actor[0].modifierExtension = [];
    expect(decodeMitzNotification(b, mitzInterop).ok).toBe(true);
  });

  it("a modifier extension on a single Consent's actor is rejected by decodeFhirConsent too", () => {
    const r = singleConsent("deny");
    r.provision.actor[0].modifierExtension = [{ url: "http://example.org/x", valueBoolean: true }];
    const d = decodeFhirConsent(r, mitzRules, { systems: defaultFhirSystems });
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.issues.map((i) => i.path)).toContain("$.provision.actor[0].modifierExtension");
  });
});

describe("a requester category is never dropped because of its extension's url", () => {
  it("a requester-category coding under another extension url is an error (a deny for RPZAC104 would silently narrow)", () => {
    const b = bundle();
    const e = clone(b.entry[1].resource.extension[1]);
    e.url = `${mitzFhirSystems.requestersExtension}|3.8.0`;
    b.entry[1].resource.extension[1] = e;
    fails(b, "unsupported-element", /^\$\.entry\[1\]\.resource\.extension\[1\]$/);
  });

  it("under the default systems, a requester-category coding under another url is an error, not 'all requesters'", () => {
    const r = singleConsent("permit");
    r.extension[0].url = "urn:example:requesters";
    const d = decodeFhirConsent(r, mitzRules);
    expect(d.ok).toBe(false);
    if (!d.ok)
      expect(d.issues.map((i) => [i.path, i.code])).toContainEqual(["$.extension[0]", "unsupported-element"]);
  });
});

describe("every custodian is read only from its exact form", () => {
  it("an every-custodian identifier with another value than '*' is an error, not a choice for every custodian", () => {
    const r = singleConsent("permit");
    r.provision.actor[0].reference.identifier = {
      system: defaultFhirSystems.allCustodians,
      value: "00000659",
    };
    const d = decodeFhirConsent(r, mitzRules);
    expect(d.ok).toBe(false);
    r.provision.actor[0].reference.identifier.value = "*";
    const e = decodeFhirConsent(r, mitzRules);
    expect(e.ok && e.value.choice.custodian).toEqual({ _tag: "AllCustodians" });
  });
});

describe("conflicting elements in one Bundle are errors", () => {
  it("two Consents with the same id are rejected (a permit and a deny under one id: which one counts?)", () => {
    const b = bundle();
    b.entry[1].resource.id = b.entry[0].resource.id;
    fails(b, "invalid", /^\$\.entry\[1\]\.resource\.id$/);
  });

  it("one custodian URA with two organisation types in two Organization entries is rejected", () => {
    const b = bundle();
    const other = clone(b.entry[3]);
    other.fullUrl = "urn:uuid:00000000-0000-4000-8000-0000000000ac";
    other.resource.type[0].coding[0].code = "V4";
    b.entry.push(other);
    b.entry[1].resource.provision.actor[0].reference.reference = other.fullUrl;
    fails(b, "invalid", /^\$\.entry\[1\]\.resource\.provision\.actor\[0\]\.reference$/);
  });

  it("two data categories on one Consent are rejected (attack fails)", () => {
    const b = bundle();
    b.entry[0].resource.category.push({
      coding: [{ system: mitzFhirSystems.dataCategory, code: "GGC013" }],
    });
    fails(b, "invalid", /^\$\.entry\[0\]\.resource\.category$/);
  });

  it("a requester category listed twice is rejected (attack fails)", () => {
    const b = bundle();
    b.entry[1].resource.extension.push(clone(b.entry[1].resource.extension[0]));
    fails(b, "invalid", /^\$\.entry\[1\]\.resource\.extension$/);
  });
});

describe("periods and date-times", () => {
  it("an end before (or at) the start is rejected and the message says the end must lie after the start", () => {
    const b = bundle();
    b.entry[0].resource.provision.period = { start: "2024-11-18T10:00:00Z", end: "2024-11-18T09:00:00Z" };
    const r = fails(b, "invalid", /provision\.period\.end$/);
    expect(r?.issues.find((i) => i.path.endsWith("period.end"))?.message).toMatch(/must lie after/);
  });

  it("a period with only an end is rejected, not read from dateTime to that end (attack fails)", () => {
    const b = bundle();
    b.entry[0].resource.provision.period = { end: "2025-11-18T09:00:00Z" };
    fails(b, "missing", /provision\.period\.start$/);
  });

  it("a date-time without an offset, or a date only, is rejected, never read in some zone (attack fails)", () => {
    for (const dt of ["2024-11-18T10:51:16", "2024-11-18", "2024-11"]) {
      const b = bundle();
      b.entry[0].resource.dateTime = dt;
      fails(b, "invalid", /entry\[0\]\.resource\.dateTime$/);
    }
  });
});

describe("shapes and references", () => {
  it("arrays where objects are expected (patient, provision, period, valueCodeableConcept) are errors (attack fails)", () => {
    const edits: Array<(b: J) => void> = [
      (b) => {
        b.entry[0].resource.patient = [b.entry[0].resource.patient];
      },
      (b) => {
        b.entry[0].resource.provision = [b.entry[0].resource.provision];
      },
      (b) => {
        b.entry[0].resource.provision.period = [{ start: "2024-11-18T10:00:00Z" }];
      },
      (b) => {
        const e = b.entry[0].resource.extension[0];
        e.valueCodeableConcept = [e.valueCodeableConcept];
      },
      (b) => {
        b.entry[0].resource.extension = b.entry[0].resource.extension[0];
      },
    ];
    for (const edit of edits) {
      const b = bundle();
      edit(b);
      const r = decodeMitzNotification(b, mitzInterop);
      expect(r.ok).toBe(false);
      expect(JSON.stringify(r)).not.toContain(BSN);
    }
  });

  it("a relative reference (Patient/…) that no fullUrl matches is an unresolved reference, not a guess (attack fails)", () => {
    const b = bundle();
    b.entry[2].fullUrl = "https://example.org/fhir/Patient/p1";
    b.entry[0].resource.patient.reference = "Patient/p1";
    b.entry[1].resource.patient.reference = "Patient/p1";
    fails(b, "unresolved-reference", /entry\[0\]\.resource\.patient\.reference$/);
  });

  it("an Organization with a URA and an AGB code is read by its URA; the AGB code is not taken for it (no defect)", () => {
    const b = bundle();
    b.entry[3].resource.identifier.unshift({
      system: "http://fhir.nl/fhir/NamingSystem/agb-z",
      value: "01234567",
    });
    const r = decodeMitzNotification(b, mitzInterop);
    expect(r.ok && r.value.consents.map((c) => c.choice.custodian)).toEqual([
      { _tag: "Organisation", ura: "00000659" },
      { _tag: "Organisation", ura: "00000659" },
    ]);
  });

  it("an Organization with only an AGB code is not a custodian (attack fails)", () => {
    const b = bundle();
    b.entry[3].resource.identifier[0].system = "http://fhir.nl/fhir/NamingSystem/agb-z";
    fails(b, "invalid", /provision\.actor\[0\]\.reference$/);
  });

  it("an unknown extension next to the requester categories is ignored (FHIR), the categories are read as given", () => {
    const b = bundle();
    b.entry[0].resource.extension.push({ url: "http://example.org/note", valueString: "x" });
    const r = decodeMitzNotification(b, mitzInterop);
    expect(r.ok && r.value.consents[0]?.choice.requesters).toEqual({
      _tag: "Categories",
      codes: ["RPZAC005"],
    });
  });

  it("a Consent id that contains a BSN is an error (as for event ids): the choice id would carry it into logs and explanations", () => {
    const b = bundle();
    b.entry[0].resource.id = `consent-${BSN}`;
    fails(b, "invalid", /^\$\.entry\[0\]\.resource\.id$/);
  });

  it("property: the BSN never appears in an error, wherever a hostile Bundle puts it", () => {
    const leaves = (u: unknown, path: Array<string | number> = []): Array<Array<string | number>> =>
      typeof u === "string"
        ? [path]
        : Array.isArray(u)
          ? u.flatMap((v, i) => leaves(v, [...path, i]))
          : typeof u === "object" && u !== null
            ? Object.entries(u).flatMap(([k, v]) => leaves(v, [...path, k]))
            : [];
    const all = leaves(bundle());
    fc.assert(
      fc.property(
        fc.subarray(all, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(BSN, `${BSN} `, `x${BSN}`),
        (paths, value) => {
          const b = bundle();
          for (const p of paths) {
            let o = b;
            for (const k of p.slice(0, -1)) o = o[k];
            o[p[p.length - 1] as string] = value;
          }
          const r = decodeMitzNotification(b, mitzInterop);
          if (!r.ok) expect(JSON.stringify(r)).not.toContain(BSN);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the encoder never throws and never writes lossily", () => {
  const base: MitzNotification = {
    patient: bsn(BSN),
    consents: [
      {
        choice: {
          id: "27b7bc07-7a6a-4545-a813-0f0bba89b09c",
          custodian: { _tag: "Organisation", ura: uraNumber("00000659") },
          dataCategory: "GGC002",
          requesters: { _tag: "Categories", codes: ["RPZAC005"] },
          decision: "permit",
          from: instant("2024-11-18T10:51:16.896Z"),
        },
        recordedAt: instant("2024-11-18T10:51:16.896Z"),
        custodianOrganisationType: "Z3",
      },
    ],
  };
  const withChoice = (choice: Partial<FhirChoice>): MitzNotification => ({
    ...base,
    consents: [
      {
        ...(base.consents[0] as MitzNotification["consents"][number]),
        choice: { ...base.consents[0]!.choice, ...choice },
      },
    ],
  });

  it("a custodian by provider type or every custodian, under systems that can name them, is refused (a Bundle references an Organization), not a TypeError", () => {
    const interop = {
      ...mitzInterop,
      fhir: { ...defaultFhirSystems, organisationType: mitzFhirSystems.organisationType as string },
    };
    for (const custodian of [
      { _tag: "ProviderType", type: "RPZAC104" },
      { _tag: "AllCustodians" },
    ] as const) {
      let r: ReturnType<typeof encodeMitzNotification> | undefined;
      expect(() => {
        r = encodeMitzNotification(withChoice({ custodian }), interop);
      }).not.toThrow();
      expect(r?.ok).toBe(false);
      if (r !== undefined && !r.ok) expect(r.issues[0]?.code).toBe("not-expressible");
    }
  });

  it("two Consents with the same id are refused (the decoder would reject the Bundle)", () => {
    const c = base.consents[0] as MitzNotification["consents"][number];
    const r = encodeMitzNotification(
      { ...base, consents: [c, { ...c, choice: { ...c.choice, decision: "deny" } }] },
      mitzInterop,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain("$.consents[1].choice.id");
  });

  it("fullUrls that collide (a uuid option that repeats itself) are refused, not written into a Bundle the decoder rejects", () => {
    const c = base.consents[0] as MitzNotification["consents"][number];
    const r = encodeMitzNotification(
      { ...base, consents: [{ ...c, choice: { ...c.choice, id: "c-1" } }] },
      mitzInterop,
      { uuid: () => "00000000-0000-4000-8000-000000000001" },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toMatch(/fullUrl$/);
  });

  it("an organisation type is refused, not dropped, when the systems have no organisation-type system", () => {
    const { organisationType: _, ...rest } = mitzFhirSystems;
    const r = encodeMitzNotification(base, { ...mitzInterop, fhir: rest });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe("not-expressible");
  });

  it("round trip of the real example: the decoded Bundle encodes and decodes to the same notification (no defect)", () => {
    const d = decodeMitzNotification(bundle(), mitzInterop);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    const e = encodeMitzNotification(d.value, mitzInterop);
    expect(e.ok).toBe(true);
    if (!e.ok) return;
    expect(decodeMitzNotification(clone(e.value), mitzInterop)).toEqual(d);
  });
});

describe("hostile closed questions", () => {
  // biome-ignore lint/suspicious/noExplicitAny: attribute lists edited in hostile variants
  const attrs = (): Array<any> => exampleClosedQuestion();
  const mandatedId = mitzInterop.xacml.ids.mandated;
  const providerId = mitzInterop.xacml.ids.professional;

  it("a mandated practitioner without the responsible professional is an error (attack fails)", () => {
    const a = attrs();
    const p = a.find((x) => x.attributeId === providerId);
    p.attributeId = mandatedId;
    const r = decodeMitzClosedQuestion(a, mitzInterop);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.message).join(" ")).toContain(providerId);
  });

  it("`mandated` as a boolean or a coded value, not an UZI II, is an error (attack fails)", () => {
    for (const value of [true, { code: "true", codeSystem: "2.16.528.1.1007.3.1" }]) {
      const a = attrs();
      a.push({
        category: mitzInterop.xacml.categories.subject,
        attributeId: mandatedId,
        dataType: "urn:hl7-org:v3#II",
        value,
      });
      expect(decodeMitzClosedQuestion(a, mitzInterop).ok).toBe(false);
    }
  });

  it("a repeated attribute in another category (a second patient in the environment) is an error (attack fails)", () => {
    const a = attrs();
    a.push({
      ...clone(a[0]),
      category: mitzInterop.xacml.categories.environment,
      value: { ...a[0].value, extension: "111222333" },
    });
    const r = decodeMitzClosedQuestion(a, mitzInterop);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain("111222333");
    expect(JSON.stringify(r)).not.toContain(BSN);
  });

  it("a missing purpose, or an unknown one (HMARKT), is an error (attack fails)", () => {
    const purposeId = mitzInterop.xacml.ids.purpose;
    expect(
      decodeMitzClosedQuestion(
        attrs().filter((x) => x.attributeId !== purposeId),
        mitzInterop,
      ).ok,
    ).toBe(false);
    const a = attrs();
    a.find((x) => x.attributeId === purposeId).value.code = "HMARKT";
    expect(decodeMitzClosedQuestion(a, mitzInterop).ok).toBe(false);
  });

  it("property: the BSN never appears in an error, wherever a hostile question puts it (attack fails)", () => {
    const slots = attrs().flatMap((a, i) => [
      [i, "attributeId"],
      [i, "category"],
      [i, "dataType"],
      ...Object.keys(a.value).map((k) => [i, "value", k]),
    ]) as Array<[number, ...Array<string>]>;
    fc.assert(
      fc.property(
        fc.subarray(slots, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(BSN, ` ${BSN}`, "111222333"),
        (picked, v) => {
          const a = attrs();
          for (const [i, ...keys] of picked) {
            let o = a[i];
            for (const k of keys.slice(0, -1)) o = o[k];
            o[keys[keys.length - 1] as string] = v;
          }
          const r = decodeMitzClosedQuestion(a, mitzInterop);
          if (!r.ok) {
            expect(JSON.stringify(r)).not.toContain(BSN);
            expect(JSON.stringify(r)).not.toContain("111222333");
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("an attribute value given as an array of values (a bag) is an error, not its first value (attack fails)", () => {
    const a = attrs();
    a[0].value = [a[0].value, { ...a[0].value, extension: "111222333" }];
    expect(decodeMitzClosedQuestion(a, mitzInterop).ok).toBe(false);
  });
});

describe("the XML fixture readers (test code) keep what they do not understand visible to the decoders", () => {
  it("a 0..1 element given twice in FHIR XML (status active, then inactive) is a decode error, not the first value", () => {
    const xml = fixtureXml("example_notification_bundle.xml").replace(
      '<status value="active"/>',
      '<status value="active"/>\n<status value="inactive"/>',
    );
    expect(decodeMitzNotification(fhirXmlToJson(xml), mitzInterop).ok).toBe(false);
  });

  it("an XACML attribute with two values (a second patient BSN) is the attribute given twice, an error", () => {
    const xml = fixtureXml("example_xacml_request.xml").replace(
      /(<InstanceIdentifier extension="900186021"[^>]*\/>\s*<\/AttributeValue>)/,
      '$1<AttributeValue DataType="urn:hl7-org:v3#II"><InstanceIdentifier extension="111222333" root="2.16.840.1.113883.2.4.6.3" xmlns="urn:hl7-org:v3"/></AttributeValue>',
    );
    const attrs = xacmlRequestAttributes(xml);
    expect(attrs.length).toBe(exampleClosedQuestion().length + 1);
    const r = decodeMitzClosedQuestion(attrs, mitzInterop);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain("111222333");
  });
});

describe("the organisation-type table is data, and conflicting data is an error", () => {
  it("a table listing one organisation type under two requester categories is an error, not its first row", () => {
    const q = decodeMitzClosedQuestion(exampleClosedQuestion(), mitzInterop);
    expect(q.ok).toBe(true);
    if (!q.ok) return;
    const table = mitzInterop.organisationTypes;
    const doubled = {
      ...mitzInterop,
      organisationTypes: {
        ...table,
        entries: [{ ...(table.entries[8] as (typeof table.entries)[number]), type: "Z3" }, ...table.entries],
      },
    };
    const r = mitzConsentRequest(q.value, doubled, instant("2026-12-01T10:00:00+01:00"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toContain("ambiguous-organisation-type");
  });
});
