/**
 * The Mitz notification: a FHIR transaction `Bundle` of `Consent-Mitz-Notify` Consents with the
 * Patient and the custodian Organization they reference by `urn:uuid` (as a real Mitz client
 * sends it). Decoding resolves the references to the patient's BSN and the custodian's URA and
 * organisation type; encoding writes the same shape.
 *
 * What Mitz cannot express is refused by the encoder, never written lossily: a custodian by
 * provider type or "every custodian" (encode one Consent per custodian organisation), a requesting
 * organisation, "all requesters" (unless expanded explicitly to every category) and the
 * library-local root category (unless written explicitly as Mitz's highest, `GGC002`).
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
import {
  decodeFhirConsentAt,
  type EncodeFhirConsentOptions,
  encodeFhirConsent,
  type FhirChoice,
  type FhirConsent,
  fhirChoiceProblem,
  guarded,
} from "../fhir.js";
import { type Bsn, maskBsn } from "../identifiers.js";
import type { MitzInterop } from "../presets/mitz-interop.js";
import { carriesModifier, own, tooMany } from "./json.js";

/** One Consent of a notification. */
export interface MitzNotifiedConsent {
  /** The choice; its custodian is an organisation (Mitz has no other kind). */
  readonly choice: FhirChoice;
  /** `Consent.dateTime`: when the choice was recorded. */
  readonly recordedAt: Instant;
  /** The custodian Organization's type (Nictiz organisation type, e.g. `Z3`), kept apart from requester categories. */
  readonly custodianOrganisationType: string | undefined;
}

/** A decoded notification: one patient, one or more Consents. */
export interface MitzNotification {
  readonly patient: Bsn;
  readonly consents: ReadonlyArray<MitzNotifiedConsent>;
}

/** A FHIR `Bundle` entry as this adapter writes it. */
export interface FhirBundleEntry {
  readonly fullUrl: string;
  readonly resource: FhirConsent | MitzPatient | MitzOrganization;
  readonly request: { readonly method: "POST"; readonly url: string };
}

/** The Patient of a notification. */
export interface MitzPatient {
  readonly resourceType: "Patient";
  readonly id: string;
  readonly identifier: ReadonlyArray<{ readonly system: string; readonly value: string }>;
}

/** The custodian Organization of a notification. */
export interface MitzOrganization {
  readonly resourceType: "Organization";
  readonly id: string;
  readonly identifier: ReadonlyArray<{ readonly system: string; readonly value: string }>;
  readonly type?: ReadonlyArray<{
    readonly coding: ReadonlyArray<{
      readonly system: string;
      readonly version?: string;
      readonly code: string;
    }>;
  }>;
}

/** A notification Bundle as JSON. */
export interface FhirBundle {
  readonly resourceType: "Bundle";
  readonly id?: string;
  readonly type: "transaction";
  readonly entry: ReadonlyArray<FhirBundleEntry>;
}

const shape = (u: unknown) => describeShape(u);
const MAX_ENTRIES = 1000;

/**
 * Decode a Mitz notification Bundle. Every Consent must reference the same Patient (by BSN) and a
 * custodian Organization in the Bundle; a reference to a resource that is not in the Bundle, a
 * second patient, or a Consent's own patient identifier that differs from its Patient's BSN is an
 * error (BSNs masked). Every entry is classified or rejected, never skipped: a request other
 * than POST/PUT (a DELETE carries no resource), an entry without a resource type, a non-Consent
 * posted to `Consent`, a modifier extension (on the entry, its request, the Patient, the
 * Organization or anywhere in a Consent), two Consents with one id, or one custodian with two
 * organisation types is an error; resources of other types are ignored (FHIR). Never throws.
 *
 * @example
 * ```ts
 * import { decodeMitzNotification, mitzInterop } from "@zorgkit/consent";
 *
 * decodeMitzNotification({ resourceType: "Bundle", type: "transaction", entry: [] }, mitzInterop).ok; // => false
 * ```
 */
export function decodeMitzNotification(input: unknown, interop: MitzInterop): DecodeResult<MitzNotification> {
  return guarded(() => decodeBundle(input, interop));
}

function decodeBundle(input: unknown, interop: MitzInterop): DecodeResult<MitzNotification> {
  const issues: Array<DecodeIssue> = [];
  const bad = (path: string, code: string, message: string, actual: unknown) =>
    issues.push({ path, code, message, actual: shape(actual) });
  if (own(input, "resourceType") !== "Bundle")
    return decodeFailure([
      {
        path: "$.resourceType",
        code: "wrong-tag",
        message: "Expected a Bundle",
        actual: shape(own(input, "resourceType")),
      },
    ]);
  if (own(input, "implicitRules") !== undefined)
    bad(
      "$.implicitRules",
      "unknown-modifier",
      "implicitRules (a modifier) is not understood",
      own(input, "implicitRules"),
    );
  if (own(input, "type") !== "transaction")
    bad("$.type", "invalid", "Expected a transaction Bundle", own(input, "type"));
  const entries = own(input, "entry");
  if (!Array.isArray(entries) || entries.length === 0)
    return decodeFailure([
      ...issues,
      { path: "$.entry", code: "missing", message: "Expected the Bundle's entries", actual: shape(entries) },
    ]);
  if (entries.length > MAX_ENTRIES) return tooMany("$.entry", entries, MAX_ENTRIES, "entries");
  const byUrl = new Map<string, unknown>();
  entries.forEach((e: unknown, i: number) => {
    const url = own(e, "fullUrl");
    if (typeof url !== "string") return;
    if (byUrl.has(url)) bad(`$.entry[${i}].fullUrl`, "invalid", "Two entries have the same fullUrl", url);
    else byUrl.set(url, own(e, "resource"));
  });
  const resolve = (reference: string) => byUrl.get(reference);
  const consents: Array<MitzNotifiedConsent> = [];
  const patients: Array<{ bsn: Bsn; index: number }> = [];
  const consentIds = new Set<string>();
  const organisationTypes = new Map<string, string | undefined>();
  const modifier = (path: string, value: unknown) =>
    bad(
      path,
      "unknown-modifier",
      "A modifier extension is not understood, so the Bundle cannot be read",
      value,
    );
  entries.forEach((e: unknown, i: number) => {
    const at = `$.entry[${i}]`;
    const request = own(e, "request");
    if (carriesModifier(own(e, "modifierExtension")))
      modifier(`${at}.modifierExtension`, own(e, "modifierExtension"));
    if (carriesModifier(own(request, "modifierExtension")))
      modifier(`${at}.request.modifierExtension`, own(request, "modifierExtension"));
    const method = own(request, "method");
    if (method !== undefined && method !== "POST" && method !== "PUT") {
      // A DELETE (which carries no resource), PATCH, GET or HEAD is not a choice to record: skipping
      // a DELETE would keep a withdrawn permit, reading its resource as a choice could permit.
      bad(`${at}.request.method`, "unsupported-element", "Expected request method POST or PUT", method);
      return;
    }
    const resource = own(e, "resource");
    const type = own(resource, "resourceType");
    if (typeof type !== "string") {
      // An entry this decoder cannot even classify may be a Consent (a deny): never skipped.
      bad(`${at}.resource.resourceType`, "missing", "Expected a resource with its resourceType", type);
      return;
    }
    const url = own(request, "url");
    if (typeof url === "string" && /^Consent(?:[/?]|$)/.test(url) && type !== "Consent") {
      bad(`${at}.resource.resourceType`, "wrong-tag", "An entry posted to Consent must hold a Consent", type);
      return;
    }
    if (type === "Patient" || type === "Organization") {
      if (carriesModifier(own(resource, "modifierExtension")))
        modifier(`${at}.resource.modifierExtension`, own(resource, "modifierExtension"));
      if (own(resource, "implicitRules") !== undefined)
        modifier(`${at}.resource.implicitRules`, own(resource, "implicitRules"));
      // Modifier elements in R4: `active` false says the record is not to be treated as valid;
      // `Patient.link` may say this is not the patient's main record.
      const active = own(resource, "active");
      if (active !== undefined && active !== true)
        bad(`${at}.resource.active`, "unsupported-element", `Expected an active ${type} record`, active);
      if (type === "Patient" && carriesModifier(own(resource, "link")))
        bad(
          `${at}.resource.link`,
          "unsupported-element",
          "A Patient linked to another record (a modifier) is not followed; send the patient's own record",
          own(resource, "link"),
        );
    }
    if (type === "Patient") {
      const bsns = [
        ...new Set(
          (Array.isArray(own(resource, "identifier")) ? (own(resource, "identifier") as Array<unknown>) : [])
            .filter((id) => own(id, "system") === interop.fhir.bsn)
            .map((id) => own(id, "value")),
        ),
      ];
      for (const b of bsns) if (typeof b === "string") patients.push({ bsn: b as Bsn, index: i });
      return;
    }
    if (type !== "Consent") return;
    const r = decodeFhirConsentAt(
      resource,
      interop.rules,
      { systems: interop.fhir, resolve },
      `$.entry[${i}].resource`,
    );
    if (!r.ok) {
      issues.push(...r.issues);
      return;
    }
    if (r.value.recordedAt === undefined) {
      bad(
        `$.entry[${i}].resource.dateTime`,
        "missing",
        "Expected dateTime (when the choice was recorded)",
        undefined,
      );
      return;
    }
    const { choice, custodianOrganisationType } = r.value;
    if (consentIds.has(choice.id)) {
      bad(`${at}.resource.id`, "invalid", "Two Consents in this Bundle have the same id", choice.id);
      return;
    }
    consentIds.add(choice.id);
    if (choice.custodian._tag === "Organisation") {
      const ura = choice.custodian.ura;
      if (organisationTypes.has(ura) && organisationTypes.get(ura) !== custodianOrganisationType) {
        bad(
          `${at}.resource.provision.actor[0].reference`,
          "invalid",
          "One custodian organisation has two organisation types in this Bundle",
          custodianOrganisationType,
        );
        return;
      }
      organisationTypes.set(ura, custodianOrganisationType);
    }
    consents.push({
      choice: r.value.choice,
      recordedAt: r.value.recordedAt,
      custodianOrganisationType: r.value.custodianOrganisationType,
    });
    if (!patients.some((p) => p.bsn === r.value.patient)) patients.push({ bsn: r.value.patient, index: i });
  });
  if (consents.length === 0 && issues.length === 0)
    bad("$.entry", "missing", "Expected at least one Consent", entries);
  const distinct = [...new Set(patients.map((p) => p.bsn))];
  if (distinct.length > 1)
    bad(
      "$.entry",
      "patient-mismatch",
      `A notification is about one patient; this Bundle names ${distinct.length} (${distinct.map((b) => maskBsn(b)).join(", ")})`,
      entries,
    );
  if (issues.length > 0) return decodeFailure(issues);
  return { ok: true, value: { patient: distinct[0] as Bsn, consents } };
}

/** Options of {@link encodeMitzNotification}. */
export interface EncodeMitzNotificationOptions {
  /** The Bundle's id. */
  readonly id?: string;
  /**
   * Makes the `urn:uuid` of the Patient and of each Organization (`kind`, and the URA for an
   * organisation). Default: fixed UUIDs numbered within the Bundle (a transaction's `urn:uuid`s
   * only need to be unique inside it); a Consent whose id is a UUID keeps it as its fullUrl.
   */
  readonly uuid?: (kind: "Patient" | "Organization" | "Consent", index: number) => string;
  /** See {@link EncodeFhirConsentOptions.expandAllRequesters}: pass `interop.rules` to list every category. */
  readonly expandAllRequesters?: boolean;
  /** Write the library-local root category as Mitz's highest category (`GGC002`). */
  readonly rootCategoryAsMitzRoot?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const counterUuid = (kind: "Patient" | "Organization" | "Consent", index: number) =>
  `00000000-0000-4000-8000-${({ Patient: 1, Organization: 2, Consent: 3 }[kind] * 1_000_000_000 + index)
    .toString(16)
    .padStart(12, "0")}`;

/**
 * Encode a notification as a Mitz transaction Bundle: each Consent, then the Patient, then each
 * custodian Organization (with its organisation type), referenced by `urn:uuid`. Returns the
 * Bundle, or the issues for the choices Mitz cannot express (see the module note); never throws.
 *
 * @example
 * ```ts
 * import { bsn, instant, uraNumber } from "@zorgkit/core";
 * import { encodeMitzNotification, mitzInterop } from "@zorgkit/consent";
 *
 * const r = encodeMitzNotification(
 *   {
 *     patient: bsn("111222333"),
 *     consents: [{
 *       choice: { id: "c-1", custodian: { _tag: "Organisation", ura: uraNumber("00001111") },
 *         dataCategory: "GGC002", requesters: { _tag: "Categories", codes: ["RPZAC005"] },
 *         decision: "permit", from: instant("2026-01-05T09:00:00+01:00") },
 *       recordedAt: instant("2026-01-05T09:00:00+01:00"),
 *       custodianOrganisationType: "Z3",
 *     }],
 *   },
 *   mitzInterop,
 * );
 * r.ok && r.value.entry.length; // => 3
 * ```
 */
export function encodeMitzNotification(
  notification: MitzNotification,
  interop: MitzInterop,
  options: EncodeMitzNotificationOptions = {},
): DecodeResult<FhirBundle> {
  const sys = interop.fhir;
  const uuid = options.uuid ?? counterUuid;
  const issues: Array<DecodeIssue> = [];
  const root = interop.rules.codeLists.dataCategories.find((c) => c.parent === undefined)?.code;
  const topMitz = interop.rules.codeLists.dataCategories.find((c) => c.parent === root)?.code;
  const fhirOptions: EncodeFhirConsentOptions = {
    systems: sys,
    ...(options.expandAllRequesters === true ? { expandAllRequesters: interop.rules } : {}),
    ...(options.rootCategoryAsMitzRoot === true && root !== undefined && topMitz !== undefined
      ? { rootCategoryAs: { root, code: topMitz } }
      : {}),
  };
  if (notification.consents.length === 0)
    issues.push({
      path: "$.consents",
      code: "missing",
      message: "Expected at least one Consent",
      actual: "array of 0",
    });
  const patientUrl = `urn:uuid:${uuid("Patient", 0)}`;
  const orgs = new Map<string, { url: string; type: string | undefined }>();
  const ids = new Set<string>();
  const refuse = (i: number, message: string, actual: string) =>
    issues.push({ path: `$.consents[${i}].choice`, code: "not-expressible", message, actual });
  notification.consents.forEach((c, i) => {
    const problem = fhirChoiceProblem(c.choice, fhirOptions);
    if (problem !== undefined) {
      refuse(i, problem, c.choice.custodian._tag);
      return;
    }
    if (c.choice.custodian._tag !== "Organisation") {
      refuse(
        i,
        "a notification Bundle references the custodian as an Organization; encode one Consent per custodian organisation",
        c.choice.custodian._tag,
      );
      return;
    }
    if (c.custodianOrganisationType !== undefined && sys.organisationType === undefined) {
      refuse(
        i,
        "these systems have no organisation-type system; the custodian's organisation type would be dropped",
        "string",
      );
      return;
    }
    if (ids.has(c.choice.id))
      issues.push({
        path: `$.consents[${i}].choice.id`,
        code: "invalid",
        message: "Two Consents in this notification have the same id",
        actual: shape(c.choice.id),
      });
    ids.add(c.choice.id);
    const known = orgs.get(c.choice.custodian.ura);
    if (known === undefined)
      orgs.set(c.choice.custodian.ura, {
        url: `urn:uuid:${uuid("Organization", orgs.size)}`,
        type: c.custodianOrganisationType,
      });
    else if (known.type !== c.custodianOrganisationType)
      issues.push({
        path: `$.consents[${i}].custodianOrganisationType`,
        code: "invalid",
        message: "One custodian organisation has two organisation types in this notification",
        actual: shape(c.custodianOrganisationType),
      });
  });
  if (issues.length > 0) return decodeFailure(issues);
  const consentEntries: Array<FhirBundleEntry> = notification.consents.map((c, i) => {
    const id = UUID.test(c.choice.id) ? c.choice.id : uuid("Consent", i);
    const ura = (c.choice.custodian as { ura: string }).ura;
    return {
      fullUrl: `urn:uuid:${id}`,
      resource: encodeFhirConsent(c.choice, notification.patient, {
        ...fhirOptions,
        patientReference: patientUrl,
        custodianReference: (orgs.get(ura) as { url: string }).url,
        recordedAt: c.recordedAt,
      }),
      request: { method: "POST", url: "Consent" },
    };
  });
  const patientEntry: FhirBundleEntry = {
    fullUrl: patientUrl,
    resource: {
      resourceType: "Patient",
      id: patientUrl.slice("urn:uuid:".length),
      identifier: [{ system: sys.bsn, value: notification.patient }],
    },
    request: { method: "POST", url: "Patient" },
  };
  const orgEntries: Array<FhirBundleEntry> = [...orgs].map(([ura, o]) => ({
    fullUrl: o.url,
    resource: {
      resourceType: "Organization",
      id: o.url.slice("urn:uuid:".length),
      identifier: [{ system: sys.ura, value: ura }],
      ...(o.type === undefined || sys.organisationType === undefined
        ? {}
        : {
            type: [
              {
                coding: [
                  sys.codeSystemVersion === undefined
                    ? { system: sys.organisationType, code: o.type }
                    : { system: sys.organisationType, version: sys.codeSystemVersion, code: o.type },
                ],
              },
            ],
          }),
    },
    request: { method: "POST", url: "Organization" },
  }));
  const entries = [...consentEntries, patientEntry, ...orgEntries];
  const urls = new Set<string>();
  for (const [i, e] of entries.entries()) {
    if (urls.has(e.fullUrl))
      issues.push({
        path: `$.entry[${i}].fullUrl`,
        code: "invalid",
        message:
          "Two entries would have the same fullUrl (check the uuid option); the decoder would reject the Bundle",
        actual: shape(e.fullUrl),
      });
    urls.add(e.fullUrl);
  }
  if (issues.length > 0) return decodeFailure(issues);
  return {
    ok: true,
    value: {
      resourceType: "Bundle",
      ...(options.id === undefined ? {} : { id: options.id }),
      type: "transaction",
      entry: entries,
    },
  };
}
