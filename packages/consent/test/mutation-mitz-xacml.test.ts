// Tests that kill surviving mutants of src/mitz/xacml.ts (issue #17, docs/quality.md): the Mitz
// closed question (ADR 0010 §5, §6; spec consent §3, §9, §10). Each known attribute's value must be
// a code or number without spaces; a missing attribute is reported once, as missing, not also as an
// invalid BSN, URA or category; UZI numbers have 9 digits; a library-local category is refused only
// where the systems say so; the optional mandate is absent when not sent; an organisation type the
// table does not list, or lists twice, is named as such. Decoding never throws (ADR 0006 §4).
// Every result is computed inside its `it`; changed tables are fresh objects.
import { describe, expect, it } from "vitest";
import {
  decodeMitzClosedQuestion,
  type MitzClosedQuestion,
  type MitzInterop,
  mitzConsentRequest,
  mitzInterop,
} from "../src/index.js";
import { exampleClosedQuestion } from "./fixtures/mitz/xml.js";
import { uzi as mandatedUzi } from "./fixtures.js";

// biome-ignore lint/suspicious/noExplicitAny: XACML attributes edited by path in a test
type J = any;

const ids = mitzInterop.xacml.ids;
type Field = keyof typeof ids;
/** The real example closed question's attributes (nuts-knooppunt example.xml), a fresh copy. */
const attributes = (): Array<J> => exampleClosedQuestion();
const indexOf = (attrs: Array<J>, f: Field) => attrs.findIndex((a) => a.attributeId === ids[f]);
const without = (f: Field) => attributes().filter((a) => a.attributeId !== ids[f]);
/** The example's attributes with a practitioner acting on mandate (an II with the UZI root, like the professional). */
const withMandate = (uzi: string): Array<J> => {
  const attrs = attributes();
  const professional = attrs[indexOf(attrs, "professional")];
  attrs.push({
    ...professional,
    attributeId: ids.mandated,
    value: { ...professional.value, extension: uzi },
  });
  return attrs;
};
/** The example closed question, decoded (call inside an `it`). */
const asked = (): MitzClosedQuestion => {
  const r = decodeMitzClosedQuestion(attributes(), mitzInterop);
  if (!r.ok) throw new Error("the example closed question does not decode");
  return r.value;
};
const issuesOf = (input: unknown, interop: MitzInterop = mitzInterop) => {
  const r = decodeMitzClosedQuestion(input, interop);
  return r.ok ? [] : r.issues.map((i) => [i.path, i.code]);
};
const AT = Date.parse("2026-12-01T10:00:00+01:00") as Parameters<typeof mitzConsentRequest>[2];

describe("decodeMitzClosedQuestion: the input is a list of attributes (ADR 0006 §4)", () => {
  it("an object or a string is refused as wrong-type at $, never read as a list (ADR 0006 §4)", () => {
    expect(issuesOf({ attributeId: ids.patient })).toEqual([["$", "wrong-type"]]);
    expect(issuesOf("attributes")).toEqual([["$", "wrong-type"]]);
  });
});

describe("decodeMitzClosedQuestion: each value is a code or number without spaces (ADR 0010 §6)", () => {
  it("a role code with a space is refused at its value.code, not read as the role (ADR 0010 §6)", () => {
    const attrs = attributes();
    const i = indexOf(attrs, "role");
    attrs[i].value.code = "01 015";
    expect(issuesOf(attrs)).toContainEqual([`$[${i}].value.code`, "wrong-type"]);
  });

  it("a role code given as a number is refused at its value.code, not read as the role (ADR 0010 §6)", () => {
    const attrs = attributes();
    const i = indexOf(attrs, "role");
    attrs[i].value.code = 1015;
    expect(issuesOf(attrs)).toContainEqual([`$[${i}].value.code`, "wrong-type"]);
  });

  it("a BSN given as a number is refused as wrong-type at its value.extension, not read on as a failed 11-check (ADR 0010 §6; spec consent §10)", () => {
    const attrs = attributes();
    const i = indexOf(attrs, "patient");
    attrs[i].value.extension = 900186021;
    const issues = issuesOf(attrs);
    expect(issues).toContainEqual([`$[${i}].value.extension`, "wrong-type"]);
    expect(issues.filter(([, code]) => code === "bsn-checksum")).toEqual([]);
  });
});

describe("decodeMitzClosedQuestion: a missing attribute is reported once, as missing (ADR 0010 §6; spec consent §10)", () => {
  for (const f of [
    "patient",
    "custodianUra",
    "requesterUra",
    "dataCategory",
    "purpose",
    "professional",
  ] as const)
    it(`without the ${f} attribute: one issue, missing at $ (ADR 0010 §6)`, () => {
      expect(issuesOf(without(f))).toEqual([["$", "missing"]]);
    });
});

describe("decodeMitzClosedQuestion: UZI numbers have 9 digits (spec consent §10)", () => {
  it("a professional UZI number of 5 digits is refused at its value.extension (spec consent §10)", () => {
    const attrs = attributes();
    const i = indexOf(attrs, "professional");
    attrs[i].value.extension = "95254";
    expect(issuesOf(attrs)).toEqual([[`$[${i}].value.extension`, "invalid"]]);
  });

  it("a mandated UZI number of 5 digits is refused at its value.extension (spec consent §10)", () => {
    const attrs = withMandate("00011");
    const i = indexOf(attrs, "mandated");
    expect(issuesOf(attrs)).toEqual([[`$[${i}].value.extension`, "invalid"]]);
  });
});

describe("decodeMitzClosedQuestion: the optional mandate (ADR 0010 §6)", () => {
  it("a question without the mandated attribute has no mandated key; with it, the mandated UZI number (ADR 0010 §6)", () => {
    const plain = decodeMitzClosedQuestion(attributes(), mitzInterop);
    const mandated = decodeMitzClosedQuestion(withMandate(mandatedUzi), mitzInterop);
    expect(plain.ok && Object.keys(plain.value.requester)).toEqual([
      "ura",
      "organisationType",
      "professional",
    ]);
    expect(mandated.ok && mandated.value.requester.mandated).toBe(mandatedUzi);
  });
});

describe("decodeMitzClosedQuestion: the library-local root category (ADR 0010 §3)", () => {
  const local = () => {
    const attrs = attributes();
    attrs[indexOf(attrs, "dataCategory")].value.code = "zorgkit:all";
    return attrs;
  };

  it("under the Mitz systems (localCategories refuse) zorgkit:all is refused at the data category's value.code (ADR 0010 §3)", () => {
    const attrs = local();
    expect(issuesOf(attrs)).toEqual([[`$[${indexOf(attrs, "dataCategory")}].value.code`, "invalid"]]);
  });

  it("under systems that write local categories, zorgkit:all is read as the root category (ADR 0010 §3)", () => {
    const interop: MitzInterop = { ...mitzInterop, fhir: { ...mitzInterop.fhir, localCategories: "write" } };
    const r = decodeMitzClosedQuestion(local(), interop);
    expect(r.ok && r.value.dataCategory).toBe("zorgkit:all");
  });
});

describe("mitzConsentRequest: an organisation type is mapped only when the table settles it (ADR 0010 §5)", () => {
  it("a type the table does not list is named unmapped-organisation-type (ADR 0010 §5)", () => {
    const question = asked();
    const r = mitzConsentRequest(
      { ...question, requester: { ...question.requester, organisationType: "ZZ9" } },
      mitzInterop,
      AT,
    );
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([
      ["$.requester.organisationType", "unmapped-organisation-type"],
    ]);
  });

  it("a type the table lists under two requester categories is named ambiguous-organisation-type (ADR 0010 §5)", () => {
    const table = mitzInterop.organisationTypes;
    const z3 = table.entries.find((e) => e.type === "Z3");
    expect(z3).toBeDefined();
    const twice: MitzInterop = {
      ...mitzInterop,
      organisationTypes: {
        ...table,
        entries: [
          ...table.entries,
          ...(z3 ? [{ ...z3, category: z3.category === "RPZAC001" ? "RPZAC005" : "RPZAC001" }] : []),
        ],
      },
    };
    const r = mitzConsentRequest(asked(), twice, AT);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([
      ["$.custodian.organisationType", "ambiguous-organisation-type"],
      ["$.requester.organisationType", "ambiguous-organisation-type"],
    ]);
  });
});
