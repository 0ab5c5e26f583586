import { type Bsn, bsn, instant, maskBsn, uraNumber } from "@zorgkit/core";
import { arbBsn } from "@zorgkit/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compileProfile,
  decide,
  decodeEventLog,
  decodeMitzClosedQuestion,
  decodeMitzNotification,
  encodeMitzNotification,
  type FhirChoice,
  foldProfile,
  type MitzNotification,
  mitzConsentRequest,
  mitzInterop,
} from "../src/index.js";
import { exampleClosedQuestion, exampleNotificationBundle } from "./fixtures/mitz/xml.js";

const BSN = bsn("900186021");
const CUSTODIAN = uraNumber("00000659");
const recorded = instant("2024-11-18T10:51:16.8967927Z");

/** What the real example notification means (nuts-knooppunt example_notification_bundle.xml). */
const expected: MitzNotification = {
  patient: BSN,
  consents: [
    {
      choice: {
        id: "27b7bc07-7a6a-4545-a813-0f0bba89b09c",
        custodian: { _tag: "Organisation", ura: CUSTODIAN },
        dataCategory: "GGC002",
        requesters: { _tag: "Categories", codes: ["RPZAC005"] },
        decision: "permit",
        from: recorded,
      },
      recordedAt: recorded,
      custodianOrganisationType: "Z3",
    },
    {
      choice: {
        id: "99d561ea-caaa-442f-88dc-e6d753d79c73",
        custodian: { _tag: "Organisation", ura: CUSTODIAN },
        dataCategory: "GGC002",
        requesters: {
          _tag: "Categories",
          codes: ["RPZAC001", "RPZAC104", "RPZAC004", "RPZAC003", "RPZAC103", "RPZAC200"],
        },
        decision: "deny",
        from: recorded,
      },
      recordedAt: recorded,
      custodianOrganisationType: "Z3",
    },
  ],
};

// biome-ignore lint/suspicious/noExplicitAny: FHIR JSON read by path in a test projection
type J = any;
type Json = { type: unknown; entry: Array<J> };
const clone = <A>(a: A): A => JSON.parse(JSON.stringify(a));

/**
 * The meaning of a notification Bundle, with references resolved: every element a receiver acts
 * on (profile, status, provision type, codings with system/version/code, resolved patient and
 * custodian, instants, purpose). Not compared: the narrative, displays, fullUrl values, ids of
 * the Patient and Organization.
 */
function meaning(bundle: Json) {
  const byUrl = new Map(bundle.entry.map((e) => [e.fullUrl, e.resource]));
  const codings = (cs: Array<J> | undefined) =>
    (cs ?? []).map((c) => ({ system: c.system, version: c.version, code: c.code }));
  return {
    type: bundle.type,
    requests: bundle.entry.map((e) => [e.resource.resourceType, e.request.method, e.request.url]).sort(),
    consents: bundle.entry
      .filter((e) => e.resource.resourceType === "Consent")
      .map(({ fullUrl, resource: c }) => {
        const patient = byUrl.get(c.patient.reference);
        const org = byUrl.get(c.provision.actor[0].reference.reference);
        return {
          fullUrlIsId: fullUrl === `urn:uuid:${c.id}`,
          id: c.id,
          profile: c.meta.profile,
          status: c.status,
          provisionType: c.provision.type,
          period: c.provision.period,
          scope: codings(c.scope.coding),
          category: c.category.map((cat: J) => codings(cat.coding)),
          requesters: c.extension.map((e: J) => ({
            url: e.url,
            coding: codings(e.valueCodeableConcept.coding),
          })),
          patient: patient.identifier.map((i: J) => [i.system, i.value]),
          dateTime: instant(c.dateTime),
          actorRole: codings(c.provision.actor[0].role.coding),
          custodian: org.identifier.map((i: J) => [i.system, i.value]),
          custodianType: org.type.map((t: J) => codings(t.coding)),
          purpose: codings(c.provision.purpose),
        };
      }),
  };
}

describe("the real Mitz notification Bundle (nuts-knooppunt example, issue #19)", () => {
  it("decodes to a permit for pharmacies and a deny for the six other categories, at custodian URA 00000659 (type Z3), for BSN 900186021", () => {
    expect(decodeMitzNotification(exampleNotificationBundle(), mitzInterop)).toEqual({
      ok: true,
      value: expected,
    });
  });

  it("encodes back to a Bundle equal to the example in every field that carries meaning", () => {
    const back = encodeMitzNotification(expected, mitzInterop);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(meaning(clone(back.value) as unknown as Json)).toEqual(
      meaning(exampleNotificationBundle() as Json),
    );
  });

  it("the real closed question against the real notification: the GP practice (Z3 → RPZAC001) is denied, a pharmacy (A1 → RPZAC005) is permitted", () => {
    const log = decodeEventLog(
      [
        {
          _tag: "ProfileCreated",
          eventId: "e0",
          at: "2024-11-01T09:00:00Z",
          patient: BSN,
          actor: { _tag: "Patient" },
          birthDate: "1980-05-17",
        },
        ...expected.consents.map((c, i) => ({
          _tag: "ChoiceRecorded",
          eventId: `e${i + 1}`,
          at: new Date(c.recordedAt).toISOString(),
          patient: BSN,
          actor: { _tag: "Patient" },
          choiceId: c.choice.id,
          custodian: c.choice.custodian,
          dataCategory: c.choice.dataCategory,
          requesters: c.choice.requesters,
          decision: c.choice.decision,
        })),
      ],
      mitzInterop.rules,
    );
    expect(log.ok).toBe(true);
    const question = decodeMitzClosedQuestion(exampleClosedQuestion(), mitzInterop);
    expect(question.ok).toBe(true);
    if (!log.ok || !question.ok) return;
    const profile = compileProfile(foldProfile(log.value, mitzInterop.rules), mitzInterop.rules);
    const at = instant("2026-12-01T10:00:00+01:00");
    const gp = mitzConsentRequest(question.value, mitzInterop, at);
    const pharmacy = mitzConsentRequest(
      { ...question.value, requester: { ...question.value.requester, organisationType: "A1" } },
      mitzInterop,
      at,
    );
    expect(gp.ok && decide(gp.value, profile).value).toBe("Deny");
    expect(pharmacy.ok && decide(pharmacy.value, profile).value).toBe("Permit");
  });
});

const arbMitzChoice = (): fc.Arbitrary<FhirChoice> =>
  fc
    .record({
      id: fc.uuid({ version: 4 }),
      ura: fc.constantFrom("00000659", "00001111", "00002222"),
      dataCategory: fc.constantFrom("GGC002", "GGC012", "GGC013"),
      codes: fc.uniqueArray(
        fc.constantFrom("RPZAC001", "RPZAC003", "RPZAC004", "RPZAC005", "RPZAC103", "RPZAC104", "RPZAC200"),
        {
          minLength: 1,
          maxLength: 7,
        },
      ),
      decision: fc.constantFrom("permit" as const, "deny" as const),
      from: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
      hours: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
    })
    .map(
      ({ ura, codes, hours, from, ...rest }): FhirChoice => ({
        ...rest,
        custodian: { _tag: "Organisation", ura: uraNumber(ura) },
        requesters: { _tag: "Categories", codes: codes as [string, ...Array<string>] },
        from: instant(new Date(from).toISOString()),
        ...(hours === undefined ? {} : { until: instant(new Date(from + hours * 3_600_000).toISOString()) }),
      }),
    );

const typeOf = (ura: string) => ({ "00000659": "Z3", "00001111": "V4", "00002222": undefined })[ura];

describe("property: notification round trip under the Mitz preset", () => {
  it("encode then decode gives the same patient, choices, recording moments and organisation types", () => {
    fc.assert(
      fc.property(
        arbBsn(),
        fc.array(fc.tuple(arbMitzChoice(), fc.integer({ min: 0, max: 3_600_000 })), {
          minLength: 1,
          maxLength: 5,
        }),
        (patient, rows) => {
          const n: MitzNotification = {
            patient,
            consents: rows.map(([choice, later]) => ({
              choice,
              recordedAt: instant(new Date(choice.from + later).toISOString()),
              custodianOrganisationType: typeOf((choice.custodian as { ura: string }).ura),
            })),
          };
          const bundle = encodeMitzNotification(n, mitzInterop);
          expect(bundle.ok).toBe(true);
          if (!bundle.ok) return;
          expect(decodeMitzNotification(clone(bundle.value), mitzInterop)).toEqual({ ok: true, value: n });
        },
      ),
    );
  });
});

describe("what Mitz cannot express is refused by the encoder, never written lossily", () => {
  const base = expected.consents[0]!;
  const refuse = (choice: Partial<FhirChoice>, pattern: RegExp) => {
    const r = encodeMitzNotification(
      { patient: BSN, consents: [{ ...base, choice: { ...base.choice, ...choice } }] },
      mitzInterop,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe("not-expressible");
      expect(r.issues[0]?.message).toMatch(pattern);
    }
  };
  it("a custodian by provider type or every custodian", () => {
    refuse({ custodian: { _tag: "ProviderType", type: "RPZAC104" } }, /provider type/);
    refuse({ custodian: { _tag: "AllCustodians" } }, /every custodian/);
  });
  it("a requesting organisation", () => {
    refuse({ requesters: { _tag: "Organisation", ura: uraNumber("00003333") } }, /requesting organisation/);
  });
  it("all requesters, unless expanded explicitly to every category of the code lists", () => {
    refuse({ requesters: { _tag: "AllRequesters" } }, /expandAllRequesters/);
    const n = {
      patient: BSN,
      consents: [{ ...base, choice: { ...base.choice, requesters: { _tag: "AllRequesters" as const } } }],
    };
    const r = encodeMitzNotification(n, mitzInterop, { expandAllRequesters: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const back = decodeMitzNotification(clone(r.value), mitzInterop);
    expect(back.ok && back.value.consents[0]?.choice.requesters).toEqual({
      _tag: "Categories",
      codes: mitzInterop.rules.codeLists.requesterCategories.map((c) => c.code),
    });
  });
  it("the library-local root 'all data', unless written explicitly as Mitz's highest category GGC002", () => {
    refuse({ dataCategory: "zorgkit:all" }, /rootCategoryAs/);
    const n = {
      patient: BSN,
      consents: [{ ...base, choice: { ...base.choice, dataCategory: "zorgkit:all" } }],
    };
    const r = encodeMitzNotification(n, mitzInterop, { rootCategoryAsMitzRoot: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const back = decodeMitzNotification(clone(r.value), mitzInterop);
    expect(back.ok && back.value.consents[0]?.choice.dataCategory).toBe("GGC002");
  });
});

describe("hostile notifications: each a clear error, the BSN masked", () => {
  const bundle = () => exampleNotificationBundle() as Json;
  const fails = (b: unknown, code: string, path?: RegExp) => {
    const r = decodeMitzNotification(b, mitzInterop);
    expect(r.ok).toBe(false);
    if (r.ok) return undefined;
    expect(r.issues.map((i) => i.code)).toContain(code);
    if (path !== undefined) expect(r.issues.find((i) => i.code === code)?.path).toMatch(path);
    expect(JSON.stringify(r)).not.toContain("900186021");
    return r;
  };

  it("an unknown value type in the requester-category extension (valueString) is an error, not 'all requesters'", () => {
    const b = bundle();
    const ext = b.entry[0]!.resource.extension[0];
    delete ext.valueCodeableConcept;
    ext.valueString = "RPZAC005";
    fails(b, "unknown-value-type", /^\$\.entry\[0\]\.resource\.extension\[0\]$/);
  });

  it("a requester-category extension with two values is an error", () => {
    const b = bundle();
    b.entry[0]!.resource.extension[0].valueCoding = {
      system: mitzInterop.fhir.requesterCategory,
      code: "RPZAC001",
    };
    fails(b, "invalid", /extension\[0\]/);
  });

  it("a Consent without any requester-category extension is an error, not 'all requesters'", () => {
    const b = bundle();
    delete b.entry[0]!.resource.extension;
    fails(b, "missing", /entry\[0\]\.resource\.extension/);
  });

  it("a patient reference missing from the Consent is an error", () => {
    const b = bundle();
    b.entry[0]!.resource.patient = {};
    fails(b, "missing", /entry\[0\]\.resource\.patient/);
  });

  it("a reference to a resource that is not in the Bundle is an error (patient and custodian)", () => {
    const b = bundle();
    b.entry[0]!.resource.patient.reference = "urn:uuid:00000000-0000-4000-8000-00000000dead";
    b.entry[1]!.resource.provision.actor[0].reference.reference =
      "urn:uuid:00000000-0000-4000-8000-00000000beef";
    const r = fails(b, "unresolved-reference");
    expect(r?.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        "$.entry[0].resource.patient.reference",
        "$.entry[1].resource.provision.actor[0].reference",
      ]),
    );
  });

  it("a custodian reference that names the Patient is an error", () => {
    const b = bundle();
    b.entry[0]!.resource.provision.actor[0].reference.reference = b.entry[2]!.fullUrl;
    fails(b, "unresolved-reference", /actor\[0\]\.reference/);
  });

  it("a Consent whose own patient identifier differs from its Patient's BSN is an error naming both BSNs masked", () => {
    const b = bundle();
    b.entry[0]!.resource.patient.identifier = {
      system: "http://fhir.nl/fhir/NamingSystem/bsn",
      value: "111222333",
    };
    const r = fails(b, "patient-mismatch", /entry\[0\]\.resource\.patient$/);
    expect(r?.issues.find((i) => i.code === "patient-mismatch")?.message).toContain(maskBsn(BSN));
    expect(JSON.stringify(r)).not.toContain("111222333");
  });

  it("two Consents about different patients in one Bundle is an error (BSNs masked)", () => {
    const b = bundle();
    const other = clone(b.entry[2]!);
    other.fullUrl = "urn:uuid:00000000-0000-4000-8000-000000000abc";
    other.resource.identifier[0].value = "111222333";
    b.entry.push(other);
    b.entry[1]!.resource.patient.reference = other.fullUrl;
    const r = fails(b, "patient-mismatch", /^\$\.entry$/);
    expect(JSON.stringify(r)).not.toContain("111222333");
  });

  it("a Patient with two different BSNs is an error", () => {
    const b = bundle();
    b.entry[2]!.resource.identifier.push({
      system: "http://fhir.nl/fhir/NamingSystem/bsn",
      value: "111222333",
    });
    fails(b, "invalid", /patient\.reference/);
  });

  it("a Patient whose BSN fails the 11-check is an error without the number", () => {
    const b = bundle();
    b.entry[2]!.resource.identifier[0].value = "900186022";
    const r = fails(b, "bsn-checksum");
    expect(JSON.stringify(r)).not.toContain("900186022");
  });

  it("status active with provision.type deny is a deny, not a permit; inactive with permit is rejected", () => {
    const b = bundle();
    b.entry[0]!.resource.provision.type = "deny";
    const r = decodeMitzNotification(b, mitzInterop);
    expect(r.ok && r.value.consents[0]?.choice.decision).toBe("deny");
    const c = bundle();
    c.entry[1]!.resource.provision.type = "permit";
    fails(c, "contradiction", /entry\[1\]\.resource\.provision\.type/);
  });

  it("a nested provision, a provision.data restriction or a recipient actor is rejected, never ignored", () => {
    for (const [k, v] of [
      ["provision", [{ type: "deny" }]],
      ["data", [{ meaning: "instance", reference: { reference: "Observation/1" } }]],
    ] as const) {
      const b = bundle();
      b.entry[0]!.resource.provision[k] = v;
      fails(b, "unsupported-element", new RegExp(`provision\\.${k}$`));
    }
    const b = bundle();
    b.entry[0]!.resource.provision.actor.push({
      role: {
        coding: [{ system: "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", code: "IRCP" }],
      },
      reference: { reference: b.entry[3]!.fullUrl },
    });
    fails(b, "invalid", /provision\.actor$/);
  });

  it("a Consent entry sent with request method DELETE is rejected, not read as a choice", () => {
    const b = bundle();
    b.entry[0]!.request.method = "DELETE";
    fails(b, "unsupported-element", /entry\[0\]\.request\.method$/);
  });

  it("a requester-category extension on the provision instead of the Consent is rejected, not ignored", () => {
    const b = bundle();
    b.entry[0]!.resource.provision.extension = b.entry[0]!.resource.extension;
    fails(b, "unsupported-element", /entry\[0\]\.resource\.provision$/);
  });

  it("a Mitz Consent claiming the library-local root 'zorgkit:all' is rejected (Mitz has no such code; it would cover everything)", () => {
    const b = bundle();
    b.entry[0]!.resource.category[0].coding[0].code = "zorgkit:all";
    fails(b, "invalid", /entry\[0\]\.resource\.category$/);
  });

  it("a Consent with another scope (research) or none is rejected: scope is a modifier in FHIR R4", () => {
    const b = bundle();
    b.entry[0]!.resource.scope.coding[0].code = "research";
    fails(b, "invalid", /entry\[0\]\.resource\.scope$/);
    const c = bundle();
    delete c.entry[1]!.resource.scope;
    fails(c, "invalid", /entry\[1\]\.resource\.scope$/);
  });

  it("a modifier extension is rejected", () => {
    const b = bundle();
    b.entry[0]!.resource.modifierExtension = [{ url: "http://example.org/x", valueBoolean: true }];
    fails(b, "unknown-modifier");
  });

  it("a Bundle that is not a transaction, has no entries or repeats a fullUrl is an error", () => {
    const b = bundle();
    b.type = "collection";
    fails(b, "invalid", /^\$\.type$/);
    fails({ resourceType: "Bundle", type: "transaction", entry: [] }, "missing");
    const c = bundle();
    c.entry[3]!.fullUrl = c.entry[2]!.fullUrl;
    fails(c, "invalid", /entry\[3\]\.fullUrl/);
  });

  it("decoding any value whatsoever never throws", () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        expect(() => decodeMitzNotification(u, mitzInterop)).not.toThrow();
        expect(() =>
          decodeMitzNotification({ resourceType: "Bundle", type: "transaction", entry: [u] }, mitzInterop),
        ).not.toThrow();
      }),
    );
    const hostile = {
      resourceType: "Bundle",
      type: "transaction",
      get entry(): never {
        throw new Error("boom");
      },
    };
    expect(decodeMitzNotification(hostile, mitzInterop).ok).toBe(false);
  });
});

describe("one Bundle, one patient (types)", () => {
  it("the decoded patient is the Patient's BSN", () => {
    const r = decodeMitzNotification(exampleNotificationBundle(), mitzInterop);
    const p: Bsn | undefined = r.ok ? r.value.patient : undefined;
    expect(p).toBe(BSN);
  });
});
