/**
 * The consent check as flat XACML 3.0 request attributes with string values (spec §9): zorgkit's
 * own form, one attribute per request field, for zorgkit-to-zorgkit use (override the ids with
 * {@link XacmlAttributeIds}). The question exactly as Mitz asks it — the IHE APPC ids, purpose in
 * the environment, the data category as the action's event code, HL7 II/CV values with OIDs,
 * organisation types instead of requester categories, `mandated` — is `mitz/xacml.ts`
 * (`decodeMitzClosedQuestion`, `mitzXacmlAttributes`, `mitzConsentRequest`).
 *
 * @module
 */
import { type DecodeIssue, type DecodeResult, decodeFailure, describeShape } from "@zorgkit/core";
import { decodeRequest } from "./decode.js";
import { failure, MAX_XACML_ATTRIBUTES, tooMany } from "./mitz/json.js";
import type { ConsentRequest } from "./request.js";
import type { ConsentRules } from "./rulebook.js";

/** XACML 3.0 attribute categories. */
export const XACML_CATEGORY = {
  subject: "urn:oasis:names:tc:xacml:1.0:subject-category:access-subject",
  resource: "urn:oasis:names:tc:xacml:3.0:attribute-category:resource",
  action: "urn:oasis:names:tc:xacml:3.0:attribute-category:action",
  environment: "urn:oasis:names:tc:xacml:3.0:attribute-category:environment",
} as const;

/** One attribute of a request. */
export interface XacmlAttribute {
  readonly category: string;
  readonly attributeId: string;
  readonly dataType: string;
  readonly value: string;
}

/** Attribute ids of the request fields. */
export interface XacmlAttributeIds {
  readonly patientBsn: string;
  readonly custodianUra: string;
  readonly custodianType: string;
  readonly dataCategory: string;
  readonly requesterUra: string;
  readonly requesterCategory: string;
  readonly professionalUzi: string;
  readonly professionalRole: string;
  readonly purpose: string;
  readonly treatmentRelationship: string;
  readonly at: string;
}

/** Default attribute ids (library-defined; see the module note). */
export const defaultXacmlAttributeIds: XacmlAttributeIds = {
  patientBsn: "urn:zorgkit:consent:resource:patient-bsn",
  custodianUra: "urn:zorgkit:consent:resource:custodian-ura",
  custodianType: "urn:zorgkit:consent:resource:custodian-type",
  dataCategory: "urn:zorgkit:consent:resource:data-category",
  requesterUra: "urn:zorgkit:consent:subject:organization-ura",
  requesterCategory: "urn:zorgkit:consent:subject:organization-category",
  professionalUzi: "urn:oasis:names:tc:xacml:1.0:subject:subject-id",
  professionalRole: "urn:oasis:names:tc:xacml:2.0:subject:role",
  purpose: "urn:oasis:names:tc:xspa:1.0:subject:purposeofuse",
  treatmentRelationship: "urn:zorgkit:consent:subject:treatment-relationship",
  at: "urn:oasis:names:tc:xacml:1.0:environment:current-dateTime",
};

const STRING = "http://www.w3.org/2001/XMLSchema#string";
const BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean";
const DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime";

/**
 * The XACML request attributes of a consent check.
 *
 * @example
 * ```ts
 * import { bsn, instant, uraNumber, uziNumber } from "@zorgkit/core";
 * import { xacmlAttributes } from "@zorgkit/consent";
 *
 * const request = {
 *   patient: bsn("111222333"),
 *   custodian: { ura: uraNumber("00001111"), type: "RPZAC104" },
 *   dataCategory: "GGC012",
 *   requester: { ura: uraNumber("00003333"), category: "RPZAC001", professional: { uzi: uziNumber("000000011"), role: "01.015" } },
 *   purpose: "TREAT",
 *   treatmentRelationship: true,
 *   at: instant("2026-12-01T10:00:00+01:00"),
 * };
 * xacmlAttributes(request).length > 0; // => true
 * ```
 */
export function xacmlAttributes(
  request: ConsentRequest,
  ids: XacmlAttributeIds = defaultXacmlAttributeIds,
): ReadonlyArray<XacmlAttribute> {
  const a = (category: string, attributeId: string, value: string, dataType = STRING): XacmlAttribute => ({
    category,
    attributeId,
    dataType,
    value,
  });
  const C = XACML_CATEGORY;
  return [
    a(C.resource, ids.patientBsn, request.patient),
    a(C.resource, ids.custodianUra, request.custodian.ura),
    a(C.resource, ids.custodianType, request.custodian.type),
    a(C.resource, ids.dataCategory, request.dataCategory),
    a(C.subject, ids.requesterUra, request.requester.ura),
    a(C.subject, ids.requesterCategory, request.requester.category),
    a(C.subject, ids.professionalUzi, request.requester.professional.uzi),
    a(C.subject, ids.professionalRole, request.requester.professional.role),
    a(C.subject, ids.purpose, request.purpose),
    a(C.subject, ids.treatmentRelationship, String(request.treatmentRelationship), BOOLEAN),
    a(C.environment, ids.at, new Date(request.at).toISOString(), DATETIME),
  ];
}

/**
 * Parse XACML request attributes back into a consent-check request (then decoded like any
 * request). At most 100 attributes, refused by the list's length before any is read (issue code
 * `too-many`); attributes with other ids are ignored. Never throws.
 *
 * @example
 * ```ts
 * import { bsn, instant, uraNumber, uziNumber } from "@zorgkit/core";
 * import { decodeXacmlAttributes, mitzRules, xacmlAttributes } from "@zorgkit/consent";
 *
 * const request = {
 *   patient: bsn("111222333"),
 *   custodian: { ura: uraNumber("00001111"), type: "RPZAC104" },
 *   dataCategory: "GGC012",
 *   requester: { ura: uraNumber("00003333"), category: "RPZAC001", professional: { uzi: uziNumber("000000011"), role: "01.015" } },
 *   purpose: "TREAT",
 *   treatmentRelationship: true,
 *   at: instant("2026-12-01T10:00:00+01:00"),
 * };
 * const r = decodeXacmlAttributes(xacmlAttributes(request), mitzRules);
 * r.ok && r.value.purpose; // => "TREAT"
 * ```
 */
export function decodeXacmlAttributes(
  input: unknown,
  rules: ConsentRules,
  ids: XacmlAttributeIds = defaultXacmlAttributeIds,
): DecodeResult<ConsentRequest> {
  if (!Array.isArray(input))
    return failure("$", "wrong-type", "Expected an array of XACML attributes", input);
  if (input.length > MAX_XACML_ATTRIBUTES) return tooMany("$", input, MAX_XACML_ATTRIBUTES, "attributes");
  const values = new Map<string, unknown>();
  const issues: Array<DecodeIssue> = [];
  input.forEach((raw: unknown, i: number) => {
    if (typeof raw !== "object" || raw === null) {
      issues.push({
        path: `$[${i}]`,
        code: "wrong-type",
        message: "Expected an attribute object",
        actual: describeShape(raw),
      });
      return;
    }
    const r = raw as Record<string, unknown>;
    const id = r.attributeId;
    if (typeof id !== "string") {
      issues.push({
        path: `$[${i}].attributeId`,
        code: "wrong-type",
        message: "Expected a string",
        actual: describeShape(id),
      });
      return;
    }
    if (values.has(id))
      issues.push({
        path: `$[${i}].attributeId`,
        code: "invalid",
        message: "Attribute given twice",
        actual: "duplicate",
      });
    values.set(id, r.value);
  });
  if (issues.length > 0) return decodeFailure(issues);
  const tr = values.get(ids.treatmentRelationship);
  return decodeRequest(
    {
      patient: values.get(ids.patientBsn),
      custodian: { ura: values.get(ids.custodianUra), type: values.get(ids.custodianType) },
      dataCategory: values.get(ids.dataCategory),
      requester: {
        ura: values.get(ids.requesterUra),
        category: values.get(ids.requesterCategory),
        professional: { uzi: values.get(ids.professionalUzi), role: values.get(ids.professionalRole) },
      },
      purpose: values.get(ids.purpose),
      treatmentRelationship: tr === "true" ? true : tr === "false" ? false : tr,
      at: values.get(ids.at),
    },
    rules,
  );
}
