/**
 * The Mitz closed question ("gesloten vraag", XACML 3.0 with the IHE APPC attributes) as a real
 * Mitz client builds it (nuts-foundation/nuts-knooppunt `component/mitz/xacml/xacml.go`): the
 * patient, the custodian's URA and organisation type in the resource; the data category as the
 * action's event code; the responsible professional's UZI number and role, an optional
 * practitioner acting on mandate, the requesting organisation's URA and type in the subject; the
 * purpose of use in the environment. Values are HL7 v3 typed: `II` (root OID + extension) and `CV`
 * (code + code-system OID).
 *
 * The attributes are data; the SOAP 1.2 / WS-Addressing envelope, the SAML2 XACML profile wrapper,
 * the XML signature and mTLS stay the adapter's job.
 *
 * Mitz sends no treatment relationship and no moment: {@link mitzConsentRequest} takes `at` (the
 * moment the question is answered) and states its treatment-relationship default.
 *
 * @module
 */
import {
  type DecodeIssue,
  type DecodeResult,
  decodeFailure,
  describeShape,
  type Instant,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { codeIndexOf } from "../codes.js";
import { decodeRequest } from "../decode.js";
import { guarded } from "../fhir.js";
import { Bsn, UraNumber, UziNumber } from "../identifiers.js";
import type { MitzInterop } from "../presets/mitz-interop.js";
import type { ConsentRequest } from "../request.js";
import { failure, MAX_XACML_ATTRIBUTES, own, tooMany } from "./json.js";

/** An HL7 v3 instance identifier (`II`): the root OID names the identifier system. */
export interface Hl7InstanceIdentifier {
  readonly root: string;
  readonly extension: string;
  readonly assigningAuthorityName?: string;
}

/** An HL7 v3 coded value (`CV`). */
export interface Hl7CodedValue {
  readonly code: string;
  readonly codeSystem: string;
}

/** One attribute of the closed question. */
export interface MitzXacmlAttribute {
  readonly category: string;
  readonly attributeId: string;
  readonly dataType: string;
  readonly value: Hl7InstanceIdentifier | Hl7CodedValue;
}

/** The closed question as Mitz asks it: organisation types, not requester categories. */
export interface MitzClosedQuestion {
  readonly patient: Bsn;
  readonly custodian: { readonly ura: UraNumber; readonly organisationType: string };
  /** The data category (event code); the knooppunt always asks `GGC002`. */
  readonly dataCategory: string;
  readonly requester: {
    readonly ura: UraNumber;
    readonly organisationType: string;
    /** The responsible professional: the one who mandated, when `mandated` is given. */
    readonly professional: { readonly uzi: UziNumber; readonly role: string };
    /** The practitioner acting on mandate (delegation), when there is one. */
    readonly mandated?: UziNumber;
  };
  /** `TREAT` (explicit consent) or `COC` (the knooppunt: "assumed consent"). */
  readonly purpose: "TREAT" | "COC";
}

type Field = keyof MitzInterop["xacml"]["ids"];
type Kind = "ii" | "cv";
interface FieldSpec {
  readonly field: Field;
  readonly category: keyof MitzInterop["xacml"]["categories"];
  readonly kind: Kind;
  readonly oid: keyof MitzInterop["xacml"]["oids"];
  readonly optional: boolean;
}

/** The attributes in the order the knooppunt writes them. */
const FIELDS: ReadonlyArray<FieldSpec> = [
  { field: "patient", category: "resource", kind: "ii", oid: "bsn", optional: false },
  { field: "custodianType", category: "resource", kind: "cv", oid: "organisationType", optional: false },
  { field: "custodianUra", category: "resource", kind: "ii", oid: "ura", optional: false },
  { field: "dataCategory", category: "action", kind: "cv", oid: "dataCategory", optional: false },
  { field: "role", category: "subject", kind: "cv", oid: "role", optional: false },
  { field: "mandated", category: "subject", kind: "ii", oid: "uzi", optional: true },
  { field: "professional", category: "subject", kind: "ii", oid: "uzi", optional: false },
  { field: "requesterUra", category: "subject", kind: "ii", oid: "ura", optional: false },
  { field: "requesterType", category: "subject", kind: "cv", oid: "organisationType", optional: false },
  { field: "purpose", category: "environment", kind: "cv", oid: "purpose", optional: false },
];

/**
 * The closed question's attributes, in the knooppunt's order, with HL7 typed values.
 *
 * @example
 * ```ts
 * import { bsn, uraNumber, uziNumber } from "@zorgkit/core";
 * import { mitzInterop, mitzXacmlAttributes } from "@zorgkit/consent";
 *
 * const attrs = mitzXacmlAttributes(
 *   {
 *     patient: bsn("111222333"),
 *     custodian: { ura: uraNumber("00001111"), organisationType: "Z3" },
 *     dataCategory: "GGC002",
 *     requester: { ura: uraNumber("00003333"), organisationType: "A1",
 *       professional: { uzi: uziNumber("000000011"), role: "01.015" } },
 *     purpose: "TREAT",
 *   },
 *   mitzInterop,
 * );
 * attrs[0]?.value; // => {"root": "2.16.840.1.113883.2.4.6.3", "extension": "111222333"}
 * ```
 */
export function mitzXacmlAttributes(
  question: MitzClosedQuestion,
  interop: MitzInterop,
): ReadonlyArray<MitzXacmlAttribute> {
  const x = interop.xacml;
  const values: Record<Field, string | undefined> = {
    patient: question.patient,
    custodianType: question.custodian.organisationType,
    custodianUra: question.custodian.ura,
    dataCategory: question.dataCategory,
    role: question.requester.professional.role,
    mandated: question.requester.mandated,
    professional: question.requester.professional.uzi,
    requesterUra: question.requester.ura,
    requesterType: question.requester.organisationType,
    purpose: question.purpose,
  };
  return FIELDS.flatMap((f): Array<MitzXacmlAttribute> => {
    const v = values[f.field];
    if (v === undefined) return [];
    const root = x.oids[f.oid];
    const value: Hl7InstanceIdentifier | Hl7CodedValue =
      f.kind === "cv"
        ? { code: v, codeSystem: root }
        : f.oid === "uzi"
          ? { root, extension: v, assigningAuthorityName: x.uziAssigningAuthority }
          : { root, extension: v };
    return [
      {
        category: x.categories[f.category],
        attributeId: x.ids[f.field],
        dataType: f.kind === "cv" ? x.dataTypes.cv : x.dataTypes.ii,
        value,
      },
    ];
  });
}

const isBsn = Schema.is(Bsn);
const isUra = Schema.is(UraNumber);
const isUzi = Schema.is(UziNumber);
const CODE = /^\S{1,64}$/;

/**
 * Parse the closed question's attributes (as {@link mitzXacmlAttributes} writes them, or as read
 * from the knooppunt's XML). Each known attribute must have its category, data type and root or
 * code-system OID; a BSN must pass the 11-check; the data category must be in the rulebook's code
 * lists (the same code index as the FHIR decoder). Attributes with other ids are ignored (XACML);
 * a known one given twice is an error. Never throws; errors never show a BSN.
 *
 * @example
 * ```ts
 * import { decodeMitzClosedQuestion, mitzInterop } from "@zorgkit/consent";
 *
 * decodeMitzClosedQuestion([], mitzInterop).ok; // => false
 * ```
 */
export function decodeMitzClosedQuestion(
  input: unknown,
  interop: MitzInterop,
): DecodeResult<MitzClosedQuestion> {
  return guarded(() => decodeQuestion(input, interop));
}

function decodeQuestion(input: unknown, interop: MitzInterop): DecodeResult<MitzClosedQuestion> {
  if (!Array.isArray(input))
    return failure("$", "wrong-type", "Expected an array of XACML attributes", input);
  if (input.length > MAX_XACML_ATTRIBUTES) return tooMany("$", input, MAX_XACML_ATTRIBUTES, "attributes");
  const x = interop.xacml;
  const issues: Array<DecodeIssue> = [];
  const bad = (path: string, code: string, message: string, actual: unknown) =>
    issues.push({ path, code, message, actual: describeShape(actual) });
  const found = new Map<Field, { value: string; index: number }>();
  input.forEach((raw: unknown, i: number) => {
    const id = own(raw, "attributeId");
    const spec = FIELDS.find((f) => x.ids[f.field] === id);
    if (spec === undefined) return;
    const path = `$[${i}]`;
    if (found.has(spec.field)) {
      bad(`${path}.attributeId`, "invalid", "Attribute given twice", id);
      return;
    }
    if (own(raw, "category") !== x.categories[spec.category])
      bad(
        `${path}.category`,
        "invalid",
        `Expected category ${x.categories[spec.category]}`,
        own(raw, "category"),
      );
    const dataType = spec.kind === "cv" ? x.dataTypes.cv : x.dataTypes.ii;
    if (own(raw, "dataType") !== dataType)
      bad(`${path}.dataType`, "invalid", `Expected data type ${dataType}`, own(raw, "dataType"));
    const value = own(raw, "value");
    const oid = x.oids[spec.oid];
    const [valueKey, oidKey] = spec.kind === "cv" ? ["code", "codeSystem"] : ["extension", "root"];
    if (own(value, oidKey) !== oid)
      bad(`${path}.value.${oidKey}`, "invalid", `Expected ${oidKey} ${oid}`, own(value, oidKey));
    const v = own(value, valueKey);
    if (typeof v !== "string" || !CODE.test(v)) {
      bad(`${path}.value.${valueKey}`, "wrong-type", "Expected a code or number without spaces", v);
      return;
    }
    found.set(spec.field, { value: v, index: i });
  });
  for (const f of FIELDS)
    if (!f.optional && !found.has(f.field))
      bad(
        "$",
        "missing",
        `Expected the attribute ${x.ids[f.field]} (${x.categories[f.category]})`,
        undefined,
      );
  const get = (f: Field) => found.get(f)?.value;
  const at = (f: Field, sub: string) => `$[${found.get(f)?.index ?? 0}].value.${sub}`;
  const patient = get("patient");
  if (patient !== undefined && !isBsn(patient))
    bad(
      at("patient", "extension"),
      "bsn-checksum",
      "Expected a BSN of 9 digits that passes the 11-check",
      patient,
    );
  for (const f of ["custodianUra", "requesterUra"] as const) {
    const v = get(f);
    if (v !== undefined && !isUra(v))
      bad(at(f, "extension"), "invalid", "Expected a URA number of 8 digits", v);
  }
  for (const f of ["professional", "mandated"] as const) {
    const v = get(f);
    if (v !== undefined && !isUzi(v))
      bad(at(f, "extension"), "invalid", "Expected a UZI number of 9 digits", v);
  }
  const index = codeIndexOf(interop.rules);
  const category = get("dataCategory");
  if (category !== undefined && !index.categoryIndex.has(category))
    bad(
      at("dataCategory", "code"),
      "invalid",
      `Unknown data category code (${index.lists.version})`,
      category,
    );
  else if (
    category !== undefined &&
    interop.fhir.localCategories === "refuse" &&
    category.startsWith("zorgkit:")
  )
    bad(at("dataCategory", "code"), "invalid", "A library-local data category is not a Mitz code", category);
  const purpose = get("purpose");
  if (purpose !== undefined && purpose !== "TREAT" && purpose !== "COC")
    bad(at("purpose", "code"), "invalid", "Expected purpose of use TREAT or COC", purpose);
  if (issues.length > 0) return decodeFailure(issues);
  const mandated = get("mandated");
  return {
    ok: true,
    value: {
      patient: patient as Bsn,
      custodian: { ura: get("custodianUra") as UraNumber, organisationType: get("custodianType") as string },
      dataCategory: category as string,
      requester: {
        ura: get("requesterUra") as UraNumber,
        organisationType: get("requesterType") as string,
        professional: { uzi: get("professional") as UziNumber, role: get("role") as string },
        ...(mandated === undefined ? {} : { mandated: mandated as UziNumber }),
      },
      purpose: purpose as "TREAT" | "COC",
    },
  };
}

/** Options of {@link mitzConsentRequest}. */
export interface MitzConsentRequestOptions {
  /**
   * Whether the requester treats the patient. Mitz's closed question has no such attribute: the
   * requester states it by asking with purpose `TREAT` (or `COC`). Default `true`; pass `false`
   * when the adapter knows there is no treatment relationship (then `decide` answers `Deny`).
   */
  readonly treatmentRelationship?: boolean;
}

/**
 * The consent-check request of a Mitz closed question, answered at `at` (Mitz sends no moment;
 * the library never reads the clock). The organisation types are mapped to requester categories
 * with the interop's table: a type the table does not list, or lists under two categories, is an
 * error, never a guess. The
 * professional is the responsible one (the mandating practitioner when there is a mandate).
 *
 * @example
 * ```ts
 * import { bsn, instant, uraNumber, uziNumber } from "@zorgkit/core";
 * import { mitzConsentRequest, mitzInterop } from "@zorgkit/consent";
 *
 * const r = mitzConsentRequest(
 *   {
 *     patient: bsn("111222333"),
 *     custodian: { ura: uraNumber("00001111"), organisationType: "Z3" },
 *     dataCategory: "GGC002",
 *     requester: { ura: uraNumber("00003333"), organisationType: "A1",
 *       professional: { uzi: uziNumber("000000011"), role: "01.015" } },
 *     purpose: "TREAT",
 *   },
 *   mitzInterop,
 *   instant("2026-12-01T10:00:00+01:00"),
 * );
 * r.ok && r.value.requester.category; // => "RPZAC005"
 * ```
 */
export function mitzConsentRequest(
  question: MitzClosedQuestion,
  interop: MitzInterop,
  at: Instant,
  options: MitzConsentRequestOptions = {},
): DecodeResult<ConsentRequest> {
  const table = interop.organisationTypes;
  const issues: Array<DecodeIssue> = [];
  // Every row for the type: a table that lists a type under two categories decides nothing (its
  // first row would silently win), and a type it does not list is never guessed.
  const categoryOf = (path: string, type: string): string | undefined => {
    const categories = [...new Set(table.entries.filter((e) => e.type === type).map((e) => e.category))];
    if (categories.length === 1) return categories[0];
    issues.push({
      path,
      code: categories.length === 0 ? "unmapped-organisation-type" : "ambiguous-organisation-type",
      message:
        categories.length === 0
          ? `The organisation type is not in the organisation-type table (${table.version}); no requester category is assumed`
          : `The organisation-type table (${table.version}) lists this type under ${categories.length} requester categories; none is assumed`,
      actual: describeShape(type),
    });
    return undefined;
  };
  const custodianType = categoryOf("$.custodian.organisationType", question.custodian.organisationType);
  const requesterCategory = categoryOf("$.requester.organisationType", question.requester.organisationType);
  if (issues.length > 0) return decodeFailure(issues);
  return decodeRequest(
    {
      patient: question.patient,
      custodian: { ura: question.custodian.ura, type: custodianType },
      dataCategory: question.dataCategory,
      requester: {
        ura: question.requester.ura,
        category: requesterCategory,
        professional: {
          uzi: question.requester.professional.uzi,
          role: question.requester.professional.role,
        },
      },
      purpose: question.purpose,
      treatmentRelationship: options.treatmentRelationship ?? true,
      at: new Date(at).toISOString(),
    },
    interop.rules,
  );
}
