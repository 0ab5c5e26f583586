import { bsn, instant, uraNumber, uziNumber } from "@zorgkit/core";
import { arbBsn, arbUraNumber, arbUziNumber } from "@zorgkit/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeMitzClosedQuestion,
  type MitzClosedQuestion,
  mitzConsentRequest,
  mitzInterop,
  mitzOrganisationTypes2026,
  mitzXacmlAttributes,
} from "../src/index.js";
import { exampleClosedQuestion } from "./fixtures/mitz/xml.js";

/** What the real example closed question asks (nuts-knooppunt component/mitz/xacml/example/example.xml). */
const expected: MitzClosedQuestion = {
  patient: bsn("900186021"),
  custodian: { ura: uraNumber("00000659"), organisationType: "Z3" },
  dataCategory: "GGC002",
  requester: {
    ura: uraNumber("00000666"),
    organisationType: "Z3",
    professional: { uzi: uziNumber("000095254"), role: "01.015" },
  },
  purpose: "TREAT",
};
const clone = <A>(a: A): A => JSON.parse(JSON.stringify(a));
const at = instant("2026-12-01T10:00:00+01:00");

describe("the real Mitz closed question (nuts-knooppunt example, issue #19)", () => {
  it("parses: BSN in the resource (II, BSN root), custodian URA and type, GGC002 as the action's event code, UZI as provider identifier, purpose TREAT in the environment", () => {
    expect(decodeMitzClosedQuestion(exampleClosedQuestion(), mitzInterop)).toEqual({
      ok: true,
      value: expected,
    });
  });

  it("builds back exactly the example's attributes: ids, categories, data types, OIDs, CIBG, order", () => {
    expect(clone(mitzXacmlAttributes(expected, mitzInterop))).toEqual(exampleClosedQuestion());
  });

  it("becomes a consent-check request: organisation type Z3 (huisartspraktijk) → RPZAC001, treatment relationship true by default, at the moment given", () => {
    expect(mitzConsentRequest(expected, mitzInterop, at)).toEqual({
      ok: true,
      value: {
        patient: expected.patient,
        custodian: { ura: expected.custodian.ura, type: "RPZAC001" },
        dataCategory: "GGC002",
        requester: {
          ura: expected.requester.ura,
          category: "RPZAC001",
          professional: expected.requester.professional,
        },
        purpose: "TREAT",
        treatmentRelationship: true,
        at,
      },
    });
    const r = mitzConsentRequest(expected, mitzInterop, at, { treatmentRelationship: false });
    expect(r.ok && r.value.treatmentRelationship).toBe(false);
  });

  it("an organisation type the table does not list is an error, never a guessed category", () => {
    const r = mitzConsentRequest(
      { ...expected, requester: { ...expected.requester, organisationType: "K3" } },
      mitzInterop,
      at,
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues).toMatchObject([
        { path: "$.requester.organisationType", code: "unmapped-organisation-type" },
      ]);
  });

  it("the organisation-type table is data: a team's own table decides", () => {
    const own = {
      ...mitzInterop,
      organisationTypes: {
        version: "own",
        entries: [{ type: "Z3", nl: "x", category: "RPZAC005", citations: [] }],
      },
    };
    const r = mitzConsentRequest(expected, own, at);
    expect(r.ok && r.value.requester.category).toBe("RPZAC005");
  });

  it("every table row names a requester category of the code lists", () => {
    const codes = new Set(mitzInterop.rules.codeLists.requesterCategories.map((c) => c.code));
    for (const e of mitzOrganisationTypes2026.entries) expect(codes.has(e.category)).toBe(true);
  });
});

const arbQuestion = (): fc.Arbitrary<MitzClosedQuestion> =>
  fc
    .record({
      patient: arbBsn(),
      custodianUra: arbUraNumber(),
      custodianType: fc.constantFrom(...mitzOrganisationTypes2026.entries.map((e) => e.type)),
      dataCategory: fc.constantFrom("GGC002", "GGC012", "GGC013"),
      requesterUra: arbUraNumber(),
      requesterType: fc.constantFrom(...mitzOrganisationTypes2026.entries.map((e) => e.type)),
      uzi: arbUziNumber(),
      role: fc.constantFrom("01.015", "17.000", "30.000"),
      mandated: fc.option(arbUziNumber(), { nil: undefined }),
      purpose: fc.constantFrom("TREAT" as const, "COC" as const),
    })
    .map((q) => ({
      patient: q.patient,
      custodian: { ura: q.custodianUra, organisationType: q.custodianType },
      dataCategory: q.dataCategory,
      requester: {
        ura: q.requesterUra,
        organisationType: q.requesterType,
        professional: { uzi: q.uzi, role: q.role },
        ...(q.mandated === undefined ? {} : { mandated: q.mandated }),
      },
      purpose: q.purpose,
    }));

describe("property: closed question round trip under the Mitz preset", () => {
  it("build then parse gives the same question (mandate included)", () => {
    fc.assert(
      fc.property(arbQuestion(), (q) => {
        expect(decodeMitzClosedQuestion(clone(mitzXacmlAttributes(q, mitzInterop)), mitzInterop)).toEqual({
          ok: true,
          value: q,
        });
      }),
    );
  });

  it("a mandate is the subject's `mandated` II (UZI root, CIBG), written before the provider identifier", () => {
    const q = { ...expected, requester: { ...expected.requester, mandated: uziNumber("000000011") } };
    const attrs = mitzXacmlAttributes(q, mitzInterop);
    const ids = attrs.map((a) => a.attributeId);
    expect(ids.indexOf("urn:nl:otv:names:tc:1.0:subject:mandated")).toBe(
      ids.indexOf("urn:ihe:iti:xua:2017:subject:provider-identifier") - 1,
    );
    expect(attrs.find((a) => a.attributeId.endsWith(":mandated"))).toEqual({
      category: "urn:oasis:names:tc:xacml:1.0:subject-category:access-subject",
      attributeId: "urn:nl:otv:names:tc:1.0:subject:mandated",
      dataType: "urn:hl7-org:v3#II",
      value: { root: "2.16.528.1.1007.3.1", extension: "000000011", assigningAuthorityName: "CIBG" },
    });
  });
});

describe("hostile closed questions: each a clear error, the BSN never shown", () => {
  const attrs = () => exampleClosedQuestion();
  const fails = (input: unknown, code: string, path: RegExp) => {
    const r = decodeMitzClosedQuestion(input, mitzInterop);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.find((i) => i.code === code)?.path).toMatch(path);
    expect(JSON.stringify(r)).not.toContain("900186021");
  };

  it("a BSN under another root OID (not 2.16.840.1.113883.2.4.6.3) is an error", () => {
    const a = attrs();
    a[0]!.value.root = "2.16.528.1.1007.3.3";
    fails(a, "invalid", /^\$\[0\]\.value\.root$/);
  });

  it("a BSN that fails the 11-check is an error without the number", () => {
    const a = attrs();
    a[0]!.value.extension = "900186022";
    fails(a, "bsn-checksum", /^\$\[0\]\.value\.extension$/);
    expect(JSON.stringify(decodeMitzClosedQuestion(a, mitzInterop))).not.toContain("900186022");
  });

  it("the purpose in the subject instead of the environment is an error", () => {
    const a = attrs();
    a[8]!.category = "urn:oasis:names:tc:xacml:1.0:subject-category:access-subject";
    fails(a, "invalid", /^\$\[8\]\.category$/);
  });

  it("a coded value sent as II, or a code under another code system, is an error", () => {
    const a = attrs();
    a[3]!.dataType = "urn:hl7-org:v3#II";
    fails(a, "invalid", /^\$\[3\]\.dataType$/);
    const b = attrs();
    b[3]!.value.codeSystem = "2.16.840.1.113883.2.4.15.1060";
    fails(b, "invalid", /^\$\[3\]\.value\.codeSystem$/);
  });

  it("a data category outside the code lists, or a purpose other than TREAT/COC, is an error", () => {
    const a = attrs();
    a[3]!.value.code = "GGC007";
    fails(a, "invalid", /^\$\[3\]\.value\.code$/);
    const l = attrs();
    l[3]!.value.code = "zorgkit:all";
    fails(l, "invalid", /^\$\[3\]\.value\.code$/);
    const b = attrs();
    b[8]!.value.code = "HRESCH";
    fails(b, "invalid", /^\$\[8\]\.value\.code$/);
  });

  it("a missing required attribute or one given twice is an error", () => {
    fails(
      attrs().filter((x) => !x.attributeId.endsWith("provider-institution")),
      "missing",
      /^\$$/,
    );
    const a = attrs();
    a.push(clone(a[0]!));
    fails(a, "invalid", /^\$\[9\]\.attributeId$/);
  });

  it("parsing any value whatsoever never throws", () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        expect(() => decodeMitzClosedQuestion(u, mitzInterop)).not.toThrow();
        expect(() => decodeMitzClosedQuestion([u], mitzInterop)).not.toThrow();
      }),
    );
  });
});
