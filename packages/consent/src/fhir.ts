/**
 * Mitz FHIR `Consent` adapter (spec §9; public Mitz FHIR profile `Consent-Mitz-Notify`): a
 * choice to and from a FHIR R4 `Consent` resource as plain JSON (no FHIR library needed).
 *
 * Mapping: `status` active = permit, inactive = deny; `provision.actor` with role `CST` =
 * custodian (by URA, by provider type, or every custodian); `category` = data category; an
 * extension lists the requester categories (or the requesting organisation); `provision.purpose`
 * = `TREAT`; `provision.period` = when the choice counts.
 *
 * The naming systems for BSN and URA are the Dutch national ones; the `urn:zorgkit:…` systems and
 * the extension URL are this library's, because the sources do not give Mitz's (override them
 * with {@link FhirSystems}).
 *
 * @module
 */
import {
  type DecodeIssue,
  type DecodeResult,
  decode,
  decodeFailure,
  describeShape,
  Instant,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { codeIndexOf } from "./codes.js";
import { Bsn, UraNumber } from "./identifiers.js";
import type { Choice, Custodian, Requesters } from "./model.js";
import type { ConsentRules } from "./rulebook.js";

/** The systems and URLs the adapter writes and reads. */
export interface FhirSystems {
  readonly bsn: string;
  readonly ura: string;
  readonly providerType: string;
  readonly allCustodians: string;
  readonly dataCategory: string;
  readonly requesterCategory: string;
  readonly requestersExtension: string;
  readonly profile: string;
}

/** Default systems. */
export const defaultFhirSystems: FhirSystems = {
  bsn: "http://fhir.nl/fhir/NamingSystem/bsn",
  ura: "http://fhir.nl/fhir/NamingSystem/ura",
  providerType: "urn:zorgkit:mitz:provider-type",
  allCustodians: "urn:zorgkit:mitz:all-custodians",
  dataCategory: "urn:zorgkit:mitz:gegevenscategorie",
  requesterCategory: "urn:zorgkit:mitz:rpzac",
  requestersExtension: "urn:zorgkit:mitz:extension:requesters",
  profile: "urn:zorgkit:mitz:Consent-Mitz-Notify",
};

const CST = "CST";
const PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
const ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
const SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";

/** The part of a choice a FHIR `Consent` carries. */
export type FhirChoice = Pick<
  Choice,
  "id" | "custodian" | "dataCategory" | "requesters" | "decision" | "from"
> & {
  readonly until?: Instant | undefined;
};

/** A FHIR `Consent` resource as JSON (the subset this adapter uses). */
export interface FhirConsent {
  readonly resourceType: "Consent";
  readonly id: string;
  readonly meta: { readonly profile: ReadonlyArray<string> };
  readonly status: "active" | "inactive";
  readonly scope: { readonly coding: ReadonlyArray<{ readonly system: string; readonly code: string }> };
  readonly category: ReadonlyArray<{
    readonly coding: ReadonlyArray<{ readonly system: string; readonly code: string }>;
  }>;
  readonly patient: { readonly identifier: { readonly system: string; readonly value: string } };
  readonly dateTime: string;
  readonly extension?: ReadonlyArray<FhirExtension>;
  readonly provision: {
    readonly period: { readonly start: string; readonly end?: string };
    readonly actor: ReadonlyArray<{
      readonly role: { readonly coding: ReadonlyArray<{ readonly system: string; readonly code: string }> };
      readonly reference: { readonly identifier: { readonly system: string; readonly value: string } };
    }>;
    readonly purpose: ReadonlyArray<{ readonly system: string; readonly code: string }>;
  };
}

/** An extension entry: a requester category (valueCoding) or a requesting organisation (valueIdentifier). */
export type FhirExtension =
  | { readonly url: string; readonly valueCoding: { readonly system: string; readonly code: string } }
  | { readonly url: string; readonly valueIdentifier: { readonly system: string; readonly value: string } };

const iso = (ms: number) => new Date(ms).toISOString();

function custodianIdentifier(c: Custodian, sys: FhirSystems): { system: string; value: string } {
  switch (c._tag) {
    case "Organisation":
      return { system: sys.ura, value: c.ura };
    case "ProviderType":
      return { system: sys.providerType, value: c.type };
    case "AllCustodians":
      return { system: sys.allCustodians, value: "*" };
  }
}

function requestersExtension(r: Requesters, sys: FhirSystems): ReadonlyArray<FhirExtension> {
  switch (r._tag) {
    case "AllRequesters":
      return [];
    case "Categories":
      return r.codes.map((code) => ({
        url: sys.requestersExtension,
        valueCoding: { system: sys.requesterCategory, code },
      }));
    case "Organisation":
      return [{ url: sys.requestersExtension, valueIdentifier: { system: sys.ura, value: r.ura } }];
  }
}

/**
 * Encode a choice as a Mitz FHIR `Consent`.
 *
 * @example
 * ```ts
 * import { bsn, instant, uraNumber } from "@zorgkit/core";
 * import { encodeFhirConsent } from "@zorgkit/consent";
 *
 * const resource = encodeFhirConsent(
 *   {
 *     id: "c-1",
 *     custodian: { _tag: "Organisation", ura: uraNumber("00001111") },
 *     dataCategory: "zorgkit:results",
 *     requesters: { _tag: "AllRequesters" },
 *     decision: "permit",
 *     from: instant("2026-01-05T09:00:00+01:00"),
 *     until: undefined,
 *   },
 *   bsn("111222333"),
 * );
 * resource.status; // => "active"
 * ```
 */
export function encodeFhirConsent(
  choice: FhirChoice,
  patient: Bsn,
  options: { readonly systems?: FhirSystems } = {},
): FhirConsent {
  const systems = options.systems ?? defaultFhirSystems;
  const ext = requestersExtension(choice.requesters, systems);
  return {
    resourceType: "Consent",
    id: choice.id,
    meta: { profile: [systems.profile] },
    status: choice.decision === "permit" ? "active" : "inactive",
    scope: { coding: [{ system: SCOPE, code: "patient-privacy" }] },
    category: [{ coding: [{ system: systems.dataCategory, code: choice.dataCategory }] }],
    patient: { identifier: { system: systems.bsn, value: patient } },
    dateTime: iso(choice.from),
    ...(ext.length === 0 ? {} : { extension: ext }),
    provision: {
      period:
        choice.until === undefined
          ? { start: iso(choice.from) }
          : { start: iso(choice.from), end: iso(choice.until) },
      actor: [
        {
          role: { coding: [{ system: PARTICIPATION, code: CST }] },
          reference: { identifier: custodianIdentifier(choice.custodian, systems) },
        },
      ],
      purpose: [{ system: ACT_REASON, code: "TREAT" }],
    },
  };
}

const Coding = Schema.Struct({ system: Schema.String, code: Schema.String });
const Identifier = Schema.Struct({ system: Schema.String, value: Schema.String });
const FhirConsentShape = Schema.Struct({
  resourceType: Schema.Literal("Consent"),
  id: Schema.String,
  status: Schema.Literals(["active", "inactive"]),
  category: Schema.NonEmptyArray(Schema.Struct({ coding: Schema.NonEmptyArray(Coding) })),
  patient: Schema.Struct({ identifier: Identifier }),
  extension: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        url: Schema.String,
        valueCoding: Schema.optionalKey(Coding),
        valueIdentifier: Schema.optionalKey(Identifier),
      }),
    ),
  ),
  provision: Schema.Struct({
    period: Schema.Struct({ start: Instant, end: Schema.optionalKey(Instant) }),
    actor: Schema.NonEmptyArray(
      Schema.Struct({
        role: Schema.Struct({ coding: Schema.NonEmptyArray(Coding) }),
        reference: Schema.Struct({ identifier: Identifier }),
      }),
    ),
    purpose: Schema.NonEmptyArray(Coding),
  }),
});
// FHIR: resources may carry elements this adapter does not use; they are ignored (the standard's
// own rule), unlike zorgkit's own shapes (ADR 0006 §4).
const decodeShape = decode(FhirConsentShape, { unknownKeys: "ignore" });
const isBsn = Schema.is(Bsn);
const isUra = Schema.is(UraNumber);

/**
 * Decode a Mitz FHIR `Consent` into the patient's BSN and the choice. Never throws; errors name
 * the path and never echo a BSN.
 *
 * @example
 * ```ts
 * import { decodeFhirConsent, mitzRules } from "@zorgkit/consent";
 *
 * const r = decodeFhirConsent({ resourceType: "Patient" }, mitzRules);
 * r.ok; // => false
 * ```
 */
export function decodeFhirConsent(
  input: unknown,
  rules: ConsentRules,
  options: { readonly systems?: FhirSystems } = {},
): DecodeResult<{ readonly patient: Bsn; readonly choice: FhirChoice }> {
  const systems = options.systems ?? defaultFhirSystems;
  const index = codeIndexOf(rules);
  const r = decodeShape(input);
  if (!r.ok) return r;
  const v = r.value;
  const issues: Array<DecodeIssue> = [];
  const bad = (path: string, message: string, actual: unknown) =>
    issues.push({ path, code: "invalid", message, actual: describeShape(actual) });
  if (v.patient.identifier.system !== systems.bsn)
    bad("$.patient.identifier.system", `Expected ${systems.bsn}`, v.patient.identifier.system);
  if (!isBsn(v.patient.identifier.value))
    bad(
      "$.patient.identifier.value",
      "Expected a BSN of 9 digits that passes the 11-check",
      v.patient.identifier.value,
    );
  const custodians = v.provision.actor.filter((a) =>
    a.role.coding.some((c) => c.system === PARTICIPATION && c.code === CST),
  );
  let custodian: Custodian | undefined;
  if (custodians.length !== 1)
    bad("$.provision.actor", "Expected exactly one actor with role CST (the custodian)", custodians);
  else {
    const id = (custodians[0] as (typeof custodians)[number]).reference.identifier;
    if (id.system === systems.ura) {
      if (isUra(id.value)) custodian = { _tag: "Organisation", ura: id.value };
      else bad("$.provision.actor", "Expected a URA number of 8 digits for the custodian", id.value);
    } else if (id.system === systems.providerType) custodian = { _tag: "ProviderType", type: id.value };
    else if (id.system === systems.allCustodians) custodian = { _tag: "AllCustodians" };
    else bad("$.provision.actor", "Unknown identifier system for the custodian", id.system);
  }
  const categoryCoding = v.category.flatMap((c) => c.coding).filter((c) => c.system === systems.dataCategory);
  if (categoryCoding.length !== 1)
    bad("$.category", "Expected exactly one data category coding", categoryCoding);
  else if (!index.categoryIndex.has((categoryCoding[0] as { code: string }).code))
    bad(
      "$.category",
      `Unknown data category code (${index.lists.version})`,
      (categoryCoding[0] as { code: string }).code,
    );
  if (custodian?._tag === "ProviderType" && !index.requesterIndex.has(custodian.type))
    bad("$.provision.actor", `Unknown provider type code (${index.lists.version})`, custodian.type);
  if (!v.provision.purpose.some((p) => p.system === ACT_REASON && p.code === "TREAT"))
    bad("$.provision.purpose", "Expected purpose TREAT", v.provision.purpose);
  const ext = (v.extension ?? []).filter((e) => e.url === systems.requestersExtension);
  let requesters: Requesters | undefined;
  const orgs = ext.filter((e) => e.valueIdentifier !== undefined);
  const cats = ext.filter((e) => e.valueCoding !== undefined);
  if (orgs.length > 0 && cats.length > 0)
    bad("$.extension", "Requesters are either categories or one organisation", ext);
  else if (orgs.length > 1) bad("$.extension", "At most one requesting organisation", ext);
  else if (orgs.length === 1) {
    const id = (orgs[0] as (typeof orgs)[number]).valueIdentifier as { system: string; value: string };
    if (id.system === systems.ura && isUra(id.value)) requesters = { _tag: "Organisation", ura: id.value };
    else bad("$.extension", "Expected a URA number of 8 digits for the requesting organisation", id.value);
  } else if (cats.length > 0) {
    const codes = cats.map((e) => (e.valueCoding as { code: string }).code);
    for (const code of codes)
      if (!index.requesterIndex.has(code))
        bad("$.extension", `Unknown requester category code (${index.lists.version})`, code);
    requesters = { _tag: "Categories", codes: codes as [string, ...Array<string>] };
  } else requesters = { _tag: "AllRequesters" };
  if (v.provision.period.end !== undefined && v.provision.period.end <= v.provision.period.start)
    bad("$.provision.period.end", "The end of the period lies after its start", v.provision.period.end);
  if (issues.length > 0 || custodian === undefined || requesters === undefined || categoryCoding.length !== 1)
    return decodeFailure(issues);
  const choice: FhirChoice = {
    id: v.id,
    custodian,
    dataCategory: (categoryCoding[0] as { code: string }).code,
    requesters,
    decision: v.status === "active" ? "permit" : "deny",
    from: v.provision.period.start,
    ...(v.provision.period.end === undefined ? {} : { until: v.provision.period.end }),
  };
  return { ok: true, value: { patient: v.patient.identifier.value as Bsn, choice } };
}
