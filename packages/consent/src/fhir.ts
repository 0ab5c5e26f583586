/**
 * Mitz FHIR `Consent` adapter (spec §9; Mitz FHIR profile `Consent-Mitz-Notify`): a choice to and
 * from a FHIR R4 `Consent` resource as plain JSON (no FHIR library needed).
 *
 * Mapping: `status` active = permit, inactive = deny, and `provision.type` when present must agree
 * (active + `deny` is an objection, never a permit); `provision.actor` with role `CST` = custodian;
 * `category` = data category; one extension per requester category (`valueCoding` or, as Mitz
 * sends it, `valueCodeableConcept`) or the requesting organisation (`valueIdentifier`);
 * `provision.purpose` = `TREAT`; `provision.period` = when the choice counts, or `dateTime` as its
 * start when there is no period.
 *
 * Two sets of systems: {@link defaultFhirSystems} (this library's `urn:zorgkit:…` URLs, for
 * zorgkit-to-zorgkit exchange) and {@link mitzFhirSystems} (the real Mitz URLs, as a real Mitz
 * client sends them). Every field can be overridden. The notification Bundle (references by
 * `urn:uuid`) is in `mitz/notification.ts`.
 *
 * Safety rules of the decoder (FHIR: unknown elements are ignored, unknown modifiers and value
 * types are errors): a requesters extension whose value it does not understand, a modifier
 * extension anywhere in the Consent (the provision's actors included) or `implicitRules`, a
 * non-custodian actor, nested provisions or provision elements that narrow the
 * consent (`action`, `class`, `code`, `data`, `dataPeriod`, `securityLabel`) are rejected — ignoring
 * them would widen what the patient allowed.
 *
 * @module
 */
import {
  BoundedArray,
  type DecodeIssue,
  type DecodeResult,
  decode,
  decodeFailure,
  describeShape,
  Instant,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { codeIndexOf } from "./codes.js";
import { Bsn, maskBsn, UraNumber } from "./identifiers.js";
import { idProblem } from "./ids.js";
import { asArray, failure, modifierExtensions, own } from "./mitz/json.js";
import type { Choice, Custodian, Requesters } from "./model.js";
import type { ConsentRules } from "./rulebook.js";

/** The systems and URLs the adapter writes and reads. */
export interface FhirSystems {
  readonly bsn: string;
  readonly ura: string;
  /** Identifier system of a provider-type custodian; `undefined`: not expressible (Mitz). */
  readonly providerType: string | undefined;
  /** Identifier system of "every custodian"; `undefined`: not expressible (Mitz). */
  readonly allCustodians: string | undefined;
  readonly dataCategory: string;
  readonly requesterCategory: string;
  readonly requestersExtension: string;
  readonly profile: string;
  /** The `provision.purpose` system (default `http://terminology.hl7.org/CodeSystem/v3-ActReason`). */
  readonly purpose?: string;
  /** Code-system version written on the category, requester and scope codings (Mitz: `3960100`). */
  readonly codeSystemVersion?: string;
  /** The `Organization.type` system of a custodian (Mitz: the Nictiz organisation-type naming system). */
  readonly organisationType?: string;
  /**
   * How "all requesters" is written: `"no-extension"` (no requesters extension; the default) or
   * `"refuse"` (Mitz names the categories: a Consent without one is rejected, encoding
   * `AllRequesters` is an error unless expanded explicitly).
   */
  readonly allRequesters?: "no-extension" | "refuse";
  /** Whether a requesting organisation (`valueIdentifier`) is expressible (default `true`; Mitz: `false`). */
  readonly requesterOrganisation?: boolean;
  /**
   * `"always"` (the default) writes `provision.period`; `"when-bounded"` (Mitz) only for a choice
   * with an end or whose start is not its `dateTime`.
   */
  readonly period?: "always" | "when-bounded";
  /** How a requester category is written: `"valueCoding"` (the default) or `"valueCodeableConcept"` (Mitz). Both are read. */
  readonly requesterValue?: "valueCoding" | "valueCodeableConcept";
  /**
   * Whether library-local data categories (codes in the `zorgkit:` namespace, such as the root
   * `zorgkit:all`) may be written: `"write"` (the default) or `"refuse"` (Mitz has no such codes).
   */
  readonly localCategories?: "write" | "refuse";
}

/** Default systems (library-defined `urn:zorgkit:…` URLs for zorgkit-to-zorgkit exchange). */
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

/**
 * The systems a real Mitz client uses in `Consent-Mitz-Notify` 3.8.0 (nuts-foundation/
 * nuts-knooppunt `component/mitz/example/example_notification_bundle.xml`): the `gegevenscategorie`
 * and `raadplegende-zorgaanbiedercategorie` code systems (version `3960100`), the
 * `OTV-ProviderCategory` extension, purpose `http://hl7.org/fhir/v3/ActReason`, the Nictiz
 * organisation-type naming system. Mitz has no provider-type or every-custodian custodian and no
 * requesting organisation; it lists requester categories and writes no `provision.period`.
 *
 * @example
 * ```ts
 * import { mitzFhirSystems } from "@zorgkit/consent";
 *
 * mitzFhirSystems.requestersExtension; // => "http://fhir.nl/StructureDefinition/OTV-ProviderCategory"
 * ```
 */
export const mitzFhirSystems: FhirSystems = {
  bsn: "http://fhir.nl/fhir/NamingSystem/bsn",
  ura: "http://fhir.nl/fhir/NamingSystem/ura",
  providerType: undefined,
  allCustodians: undefined,
  dataCategory: "http://fhir.nl/otv/CodeSystem/gegevenscategorie",
  requesterCategory: "http://fhir.nl/otv/CodeSystem/raadplegende-zorgaanbiedercategorie",
  requestersExtension: "http://fhir.nl/StructureDefinition/OTV-ProviderCategory",
  profile: "http://vzvz.nl/fhir/StructureDefinition/Consent-Mitz-Notify|3.8.0",
  purpose: "http://hl7.org/fhir/v3/ActReason",
  codeSystemVersion: "3960100",
  organisationType: "http://nictiz.nl/fhir/NamingSystem/organization-type",
  allRequesters: "refuse",
  requesterOrganisation: false,
  period: "when-bounded",
  requesterValue: "valueCodeableConcept",
  localCategories: "refuse",
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

/** A coding as written (version and display when known). */
export interface FhirCoding {
  readonly system: string;
  readonly version?: string;
  readonly code: string;
  readonly display?: string;
}

/** A FHIR `Reference`: a logical identifier, or a literal reference (`urn:uuid:…` in a Bundle); the encoder writes one of them. */
export interface FhirReference {
  readonly identifier?: { readonly system: string; readonly value: string };
  readonly reference?: string;
}

/** A FHIR `Consent` resource as JSON (the subset this adapter uses). */
export interface FhirConsent {
  readonly resourceType: "Consent";
  readonly id: string;
  readonly meta: { readonly profile: ReadonlyArray<string> };
  readonly extension?: ReadonlyArray<FhirExtension>;
  readonly status: "active" | "inactive";
  readonly scope: { readonly coding: ReadonlyArray<FhirCoding> };
  readonly category: ReadonlyArray<{ readonly coding: ReadonlyArray<FhirCoding> }>;
  readonly patient: FhirReference;
  readonly dateTime: string;
  readonly provision: {
    readonly type?: "permit" | "deny";
    readonly period?: { readonly start: string; readonly end?: string };
    readonly actor: ReadonlyArray<{
      readonly role: { readonly coding: ReadonlyArray<FhirCoding> };
      readonly reference: FhirReference;
    }>;
    readonly purpose: ReadonlyArray<FhirCoding>;
  };
}

/**
 * An extension entry: a requester category (`valueCoding`, or `valueCodeableConcept` as Mitz
 * writes it) or a requesting organisation (`valueIdentifier`).
 */
export type FhirExtension =
  | { readonly url: string; readonly valueCoding: FhirCoding }
  | { readonly url: string; readonly valueCodeableConcept: { readonly coding: ReadonlyArray<FhirCoding> } }
  | { readonly url: string; readonly valueIdentifier: { readonly system: string; readonly value: string } };

/** Options of {@link encodeFhirConsent} and {@link fhirChoiceProblem}. */
export interface EncodeFhirConsentOptions {
  readonly systems?: FhirSystems;
  /** The patient reference to write instead of the inline BSN identifier (a Bundle's `urn:uuid`). */
  readonly patientReference?: string;
  /** The custodian reference to write instead of the inline URA identifier (a Bundle's `urn:uuid`). */
  readonly custodianReference?: string;
  /** The moment the choice was recorded (`dateTime`); default: `from`. */
  readonly recordedAt?: Instant;
  /**
   * Write `AllRequesters` as every requester category of these code lists (an explicit expansion,
   * for systems that refuse "all requesters"; the decoder then reads the listed categories).
   */
  readonly expandAllRequesters?: ConsentRules;
  /**
   * Write the root category (`zorgkit:all`, which Mitz has no code for) as this code — Mitz's
   * highest category `GGC002` — an explicit expansion; without it such a choice is refused
   * under {@link mitzFhirSystems}.
   */
  readonly rootCategoryAs?: { readonly root: string; readonly code: string };
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Why a choice cannot be written with these systems and options (a custodian type or every
 * custodian, a requesting organisation, all requesters, or a category that the systems cannot
 * express), or `undefined` when it can.
 *
 * @example
 * ```ts
 * import { fhirChoiceProblem, mitzFhirSystems } from "@zorgkit/consent";
 * import { instant } from "@zorgkit/core";
 *
 * const problem = fhirChoiceProblem(
 *   { id: "c-1", custodian: { _tag: "AllCustodians" }, dataCategory: "GGC002",
 *     requesters: { _tag: "Categories", codes: ["RPZAC005"] }, decision: "permit",
 *     from: instant("2026-01-05T09:00:00+01:00") },
 *   { systems: mitzFhirSystems },
 * );
 * problem; // => "these systems cannot express a choice for every custodian; encode one Consent per custodian organisation"
 * ```
 */
export function fhirChoiceProblem(
  choice: FhirChoice,
  options: EncodeFhirConsentOptions = {},
): string | undefined {
  const sys = options.systems ?? defaultFhirSystems;
  if (choice.custodian._tag === "ProviderType" && sys.providerType === undefined)
    return "these systems cannot express a custodian by provider type; encode one Consent per custodian organisation";
  if (choice.custodian._tag === "AllCustodians" && sys.allCustodians === undefined)
    return "these systems cannot express a choice for every custodian; encode one Consent per custodian organisation";
  if (choice.requesters._tag === "Organisation" && sys.requesterOrganisation === false)
    return "these systems cannot express a requesting organisation, only requester categories";
  if (
    choice.requesters._tag === "AllRequesters" &&
    sys.allRequesters === "refuse" &&
    options.expandAllRequesters === undefined
  )
    return "these systems name the requester categories; pass expandAllRequesters to list every category of the code lists";
  if (
    sys.localCategories === "refuse" &&
    choice.dataCategory.startsWith("zorgkit:") &&
    options.rootCategoryAs?.root !== choice.dataCategory
  )
    return "these systems have no code for a library-local category such as 'all data'; pass rootCategoryAs to write the root as the highest category (Mitz: GGC002)";
  return undefined;
}

function coding(system: string, code: string, version: string | undefined): FhirCoding {
  return version === undefined ? { system, code } : { system, version, code };
}

function custodianIdentifier(c: Custodian, sys: FhirSystems): { system: string; value: string } {
  switch (c._tag) {
    case "Organisation":
      return { system: sys.ura, value: c.ura };
    case "ProviderType":
      return { system: sys.providerType as string, value: c.type };
    case "AllCustodians":
      return { system: sys.allCustodians as string, value: "*" };
  }
}

function requestersExtension(
  r: Requesters,
  sys: FhirSystems,
  expandWith: ConsentRules | undefined,
): ReadonlyArray<FhirExtension> {
  const category = (code: string): FhirExtension =>
    sys.requesterValue !== "valueCodeableConcept"
      ? {
          url: sys.requestersExtension,
          valueCoding: coding(sys.requesterCategory, code, sys.codeSystemVersion),
        }
      : {
          url: sys.requestersExtension,
          valueCodeableConcept: { coding: [coding(sys.requesterCategory, code, sys.codeSystemVersion)] },
        };
  switch (r._tag) {
    case "AllRequesters":
      return expandWith === undefined || sys.allRequesters !== "refuse"
        ? []
        : codeIndexOf(expandWith).requesterCodes.map(category);
    case "Categories":
      return r.codes.map(category);
    case "Organisation":
      return [{ url: sys.requestersExtension, valueIdentifier: { system: sys.ura, value: r.ura } }];
  }
}

/**
 * Encode a choice as a FHIR `Consent`. With {@link defaultFhirSystems} every choice can be
 * written; other systems may not express some (see {@link fhirChoiceProblem}, and
 * `encodeMitzNotification`, which reports them as issues). Throws `RangeError` for such a choice —
 * a programming error: check `fhirChoiceProblem` first.
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
 *     dataCategory: "GGC012",
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
  options: EncodeFhirConsentOptions = {},
): FhirConsent {
  const problem = fhirChoiceProblem(choice, options);
  if (problem !== undefined) throw new RangeError(`encodeFhirConsent: ${problem}`);
  const systems = options.systems ?? defaultFhirSystems;
  const version = systems.codeSystemVersion;
  const ext = requestersExtension(choice.requesters, systems, options.expandAllRequesters);
  const category =
    options.rootCategoryAs !== undefined && choice.dataCategory === options.rootCategoryAs.root
      ? options.rootCategoryAs.code
      : choice.dataCategory;
  // Without a period the decoder takes `dateTime` as the start: write one whenever they differ.
  const writePeriod =
    systems.period !== "when-bounded" ||
    choice.until !== undefined ||
    (options.recordedAt !== undefined && options.recordedAt !== choice.from);
  return {
    resourceType: "Consent",
    id: choice.id,
    meta: { profile: [systems.profile] },
    ...(ext.length === 0 ? {} : { extension: ext }),
    status: choice.decision === "permit" ? "active" : "inactive",
    scope: { coding: [coding(SCOPE, "patient-privacy", version)] },
    category: [{ coding: [coding(systems.dataCategory, category, version)] }],
    patient:
      options.patientReference === undefined
        ? { identifier: { system: systems.bsn, value: patient } }
        : { reference: options.patientReference },
    dateTime: iso(options.recordedAt ?? choice.from),
    provision: {
      ...(choice.decision === "permit" ? { type: "permit" as const } : {}),
      ...(writePeriod
        ? {
            period:
              choice.until === undefined
                ? { start: iso(choice.from) }
                : { start: iso(choice.from), end: iso(choice.until) },
          }
        : {}),
      actor: [
        {
          role: { coding: [{ system: PARTICIPATION, code: CST }] },
          reference:
            options.custodianReference === undefined
              ? { identifier: custodianIdentifier(choice.custodian, systems) }
              : { reference: options.custodianReference },
        },
      ],
      purpose: [{ system: systems.purpose ?? ACT_REASON, code: "TREAT" }],
    },
  };
}

/**
 * The most items of each list of a Consent that the decoder reads (`category`, a category's and
 * a role's `coding`, `extension`, `provision.actor`, `provision.purpose`), checked before any
 * item is decoded (issue code `too-many`). A Consent has one data category, one actor and one
 * extension per requester category (Mitz: 7); the rest is room for codings of other systems.
 */
const MAX_FHIR_LIST = 100;
/**
 * The most objects and arrays one Consent may hold (itself included), whatever is nested in the
 * elements the decoder ignores: they are walked for modifier extensions, and the walk stops here.
 * A Mitz Consent holds about 30.
 */
const MAX_FHIR_ELEMENTS = 10_000;

const Str = Schema.String.check(Schema.isMaxLength(4096));
/** A list the decoder reads: at most {@link MAX_FHIR_LIST} items, counted before any is decoded. */
const List = <S extends Schema.Top>(item: S) => BoundedArray(item, MAX_FHIR_LIST);
const NonEmptyList = <S extends Schema.Top>(item: S) => List(item).check(Schema.isMinLength(1));
const Coding = Schema.Struct({ system: Str, code: Str });
const Identifier = Schema.Struct({ system: Str, value: Str });
const Reference = Schema.Struct({
  identifier: Schema.optionalKey(Identifier),
  reference: Schema.optionalKey(Str),
});
const FhirConsentShape = Schema.Struct({
  resourceType: Schema.Literal("Consent"),
  id: Str,
  status: Schema.Literals(["active", "inactive"]),
  category: NonEmptyList(Schema.Struct({ coding: NonEmptyList(Coding) })),
  patient: Reference,
  dateTime: Schema.optionalKey(Instant),
  extension: Schema.optionalKey(List(Schema.Struct({ url: Str }))),
  provision: Schema.Struct({
    type: Schema.optionalKey(Str),
    period: Schema.optionalKey(Schema.Struct({ start: Instant, end: Schema.optionalKey(Instant) })),
    actor: NonEmptyList(
      Schema.Struct({
        role: Schema.Struct({ coding: NonEmptyList(Coding) }),
        reference: Reference,
      }),
    ),
    purpose: NonEmptyList(Coding),
  }),
});
// FHIR: resources may carry elements this adapter does not use; they are ignored (the standard's
// own rule), unlike zorgkit's own shapes (ADR 0006 §4) — except the modifiers and narrowing
// elements checked below.
const decodeShape = decode(FhirConsentShape, { unknownKeys: "ignore" });
const isBsn = Schema.is(Bsn);
const isUra = Schema.is(UraNumber);

/** Provision elements that narrow what a Consent covers; this adapter cannot keep them, so it rejects them. */
const NARROWING = ["action", "securityLabel", "class", "code", "data", "dataPeriod", "provision"] as const;

/** Options of {@link decodeFhirConsent}. */
export interface DecodeFhirConsentOptions {
  readonly systems?: FhirSystems;
  /**
   * Resolves a literal reference (`Reference.reference`, e.g. `urn:uuid:…`) to the resource it
   * names, or `undefined`. Given by the Bundle decoder; without it a literal reference is an error.
   */
  readonly resolve?: (reference: string) => unknown;
}

/** What the decoder reads from one Consent (the Bundle decoder uses all of it). */
export interface DecodedFhirConsent {
  readonly patient: Bsn;
  readonly choice: FhirChoice;
  /** `dateTime`: when the choice was recorded. */
  readonly recordedAt: Instant | undefined;
  /** The custodian Organization's type (e.g. Nictiz `Z3`), when the reference resolved to one that has it. */
  readonly custodianOrganisationType: string | undefined;
}

type Issues = Array<DecodeIssue>;

function readPatient(
  ref: { readonly identifier?: { system: string; value: string }; readonly reference?: string },
  sys: FhirSystems,
  resolve: DecodeFhirConsentOptions["resolve"],
  path: string,
  issues: Issues,
): Bsn | undefined {
  const bad = (p: string, code: string, message: string, actual: unknown) =>
    issues.push({ path: `${path}${p}`, code, message, actual: describeShape(actual) });
  let inline: Bsn | undefined;
  if (ref.identifier !== undefined) {
    if (ref.identifier.system !== sys.bsn)
      bad(".identifier.system", "invalid", `Expected ${sys.bsn}`, ref.identifier.system);
    else if (!isBsn(ref.identifier.value))
      bad(
        ".identifier.value",
        "bsn-checksum",
        "Expected a BSN of 9 digits that passes the 11-check",
        ref.identifier.value,
      );
    else inline = ref.identifier.value as Bsn;
  }
  if (ref.reference === undefined) {
    if (ref.identifier === undefined)
      bad("", "missing", "Expected the patient as a BSN identifier or a reference to a Patient", ref);
    return inline;
  }
  const resource = resolve?.(ref.reference);
  if (resolve === undefined) {
    bad(
      ".reference",
      "unresolved-reference",
      "A literal reference can only be resolved inside a Bundle",
      ref.reference,
    );
    return undefined;
  }
  if (own(resource, "resourceType") !== "Patient") {
    bad(
      ".reference",
      "unresolved-reference",
      resource === undefined
        ? "The reference names no resource in the Bundle (expected a Patient entry with this fullUrl)"
        : "The reference names a resource that is not a Patient",
      ref.reference,
    );
    return undefined;
  }
  const bsns = asArray(own(resource, "identifier")).filter((i) => own(i, "system") === sys.bsn);
  const values = [...new Set(bsns.map((i) => own(i, "value")))];
  if (values.length !== 1) {
    bad(".reference", "invalid", "Expected the referenced Patient to have exactly one BSN", bsns);
    return undefined;
  }
  const value = values[0];
  if (!isBsn(value)) {
    bad(
      ".reference",
      "bsn-checksum",
      "The referenced Patient's BSN is not 9 digits that pass the 11-check",
      value,
    );
    return undefined;
  }
  if (inline !== undefined && inline !== value) {
    bad(
      "",
      "patient-mismatch",
      `The patient identifier (${maskBsn(inline)}) is not the referenced Patient's BSN (${maskBsn(value as Bsn)})`,
      ref,
    );
    return undefined;
  }
  return value as Bsn;
}

function readCustodian(
  ref: { readonly identifier?: { system: string; value: string }; readonly reference?: string },
  sys: FhirSystems,
  resolve: DecodeFhirConsentOptions["resolve"],
  path: string,
  issues: Issues,
): { custodian: Custodian; organisationType: string | undefined } | undefined {
  const bad = (code: string, message: string, actual: unknown) =>
    issues.push({ path, code, message, actual: describeShape(actual) });
  let identifier = ref.identifier;
  let organisationType: string | undefined;
  if (ref.reference !== undefined) {
    if (resolve === undefined) {
      bad("unresolved-reference", "A literal reference can only be resolved inside a Bundle", ref.reference);
      return undefined;
    }
    const resource = resolve(ref.reference);
    if (own(resource, "resourceType") !== "Organization") {
      bad(
        "unresolved-reference",
        resource === undefined
          ? "The custodian reference names no resource in the Bundle (expected an Organization entry with this fullUrl)"
          : "The custodian reference names a resource that is not an Organization",
        ref.reference,
      );
      return undefined;
    }
    const uras = asArray(own(resource, "identifier")).filter((i) => own(i, "system") === sys.ura);
    const values = [...new Set(uras.map((i) => own(i, "value")))];
    if (values.length !== 1 || typeof values[0] !== "string") {
      bad("invalid", "Expected the custodian Organization to have exactly one URA number", uras);
      return undefined;
    }
    if (
      ref.identifier !== undefined &&
      (ref.identifier.system !== sys.ura || ref.identifier.value !== values[0])
    ) {
      bad(
        "invalid",
        "The custodian identifier is not the referenced Organization's URA number",
        ref.identifier,
      );
      return undefined;
    }
    identifier = { system: sys.ura, value: values[0] };
    if (sys.organisationType !== undefined) {
      const types = [
        ...new Set(
          asArray(own(resource, "type"))
            .flatMap((t) => asArray(own(t, "coding")))
            .filter((c) => own(c, "system") === sys.organisationType)
            .map((c) => own(c, "code")),
        ),
      ];
      if (types.length > 1 || (types.length === 1 && typeof types[0] !== "string")) {
        bad("invalid", "Expected at most one organisation type for the custodian Organization", types);
        return undefined;
      }
      organisationType = types[0] as string | undefined;
    }
  }
  if (identifier === undefined) {
    bad("missing", "Expected the custodian as a URA identifier or a reference to an Organization", ref);
    return undefined;
  }
  if (identifier.system === sys.ura) {
    if (isUra(identifier.value))
      return { custodian: { _tag: "Organisation", ura: identifier.value as UraNumber }, organisationType };
    bad("invalid", "Expected a URA number of 8 digits for the custodian", identifier.value);
  } else if (sys.providerType !== undefined && identifier.system === sys.providerType)
    return { custodian: { _tag: "ProviderType", type: identifier.value }, organisationType };
  else if (sys.allCustodians !== undefined && identifier.system === sys.allCustodians) {
    // Only the exact form the encoder writes: a malformed value is never read as "every custodian".
    if (identifier.value === "*") return { custodian: { _tag: "AllCustodians" }, organisationType };
    bad("invalid", "Expected the value '*' for every custodian", identifier.value);
  } else bad("invalid", "Unknown identifier system for the custodian", identifier.system);
  return undefined;
}

type RequesterEntry =
  | { readonly kind: "category"; readonly code: string }
  | { readonly kind: "organisation"; readonly ura: string };

function readRequesterExtension(
  raw: unknown,
  sys: FhirSystems,
  path: string,
  issues: Issues,
): RequesterEntry | undefined {
  const bad = (code: string, message: string, actual: unknown) =>
    issues.push({ path, code, message, actual: describeShape(actual) });
  const valueKeys = Object.keys(raw as object).filter((k) => k.startsWith("value"));
  if (valueKeys.length !== 1) {
    bad("invalid", "Expected exactly one value[x] in the requesters extension", valueKeys);
    return undefined;
  }
  const key = valueKeys[0] as string;
  const value = own(raw, key);
  if (key === "valueCoding" || key === "valueCodeableConcept") {
    const codings = key === "valueCoding" ? [value] : asArray(own(value, "coding"));
    const ours = codings.filter((c) => own(c, "system") === sys.requesterCategory);
    const codes = [...new Set(ours.map((c) => own(c, "code")))];
    if (codes.length !== 1 || typeof codes[0] !== "string") {
      bad(
        "invalid",
        `Expected exactly one requester category coding with system ${sys.requesterCategory}`,
        codings,
      );
      return undefined;
    }
    return { kind: "category", code: codes[0] };
  }
  if (key === "valueIdentifier" && sys.requesterOrganisation !== false) {
    const system = own(value, "system");
    const ura = own(value, "value");
    if (system === sys.ura && isUra(ura)) return { kind: "organisation", ura: ura as string };
    bad("invalid", "Expected a URA number of 8 digits for the requesting organisation", ura);
    return undefined;
  }
  bad(
    "unknown-value-type",
    `The requesters extension's ${key} is not understood (expected ${
      sys.requesterOrganisation === false
        ? "valueCoding or valueCodeableConcept"
        : "valueCoding, valueCodeableConcept or valueIdentifier"
    }); it is never read as "all requesters"`,
    value,
  );
  return undefined;
}

/**
 * @internal Runs a decoder over raw input that may be hostile (a getter that throws, a proxy): the
 * boundary guard of ADR 0006 §4 "decoding never throws", not control flow.
 */
export function guarded<A>(run: () => DecodeResult<A>): DecodeResult<A> {
  try {
    return run();
  } catch {
    return failure("$", "undecodable", "The input could not be read as JSON data", {});
  }
}

/** @internal The decoder behind {@link decodeFhirConsent} and the notification Bundle; issue paths start at `path`. */
export function decodeFhirConsentAt(
  input: unknown,
  rules: ConsentRules,
  options: DecodeFhirConsentOptions,
  path: string,
): DecodeResult<DecodedFhirConsent> {
  const systems = options.systems ?? defaultFhirSystems;
  const index = codeIndexOf(rules);
  const r = decodeShape(input);
  if (!r.ok)
    return path === "$"
      ? r
      : decodeFailure(r.issues.map((i) => ({ ...i, path: `${path}${i.path.slice(1)}` })));
  const v = r.value;
  const issues: Issues = [];
  const bad = (p: string, message: string, actual: unknown, code = "invalid") =>
    issues.push({ path: `${path}${p}`, code, message, actual: describeShape(actual) });
  const rawProvision = own(input, "provision");
  // Anywhere in the Consent (the resource, the provision, each actor …), in any shape but an empty array.
  const modifiers = modifierExtensions(input, MAX_FHIR_ELEMENTS);
  if (modifiers === undefined)
    return failure(
      path,
      "too-many",
      `Expected a Consent of at most ${MAX_FHIR_ELEMENTS} elements (objects and arrays), found more`,
      input,
    );
  for (const m of modifiers)
    bad(
      m.path,
      "A modifier extension is not understood, so the Consent cannot be read",
      m.value,
      "unknown-modifier",
    );
  if (own(input, "implicitRules") !== undefined)
    bad(
      ".implicitRules",
      "implicitRules (a modifier: rules this reader does not know) is not understood, so the Consent cannot be read",
      own(input, "implicitRules"),
      "unknown-modifier",
    );
  for (const k of NARROWING)
    if (own(rawProvision, k) !== undefined)
      bad(
        `.provision.${k}`,
        `provision.${k} narrows the Consent and is not supported; it is not ignored`,
        own(rawProvision, k),
        "unsupported-element",
      );

  const misplaced = [
    ...asArray(own(rawProvision, "extension")),
    ...asArray(own(rawProvision, "actor")).flatMap((a) => asArray(own(a, "extension"))),
  ].filter((e) => own(e, "url") === systems.requestersExtension);
  if (misplaced.length > 0)
    bad(
      ".provision",
      "The requesters extension belongs on the Consent itself; here it would not be read",
      misplaced,
      "unsupported-element",
    );

  // A requester category under another url (a versioned or misspelt extension url) would be dropped:
  // a deny would narrow, and a Consent left without a requesters extension read as "all requesters".
  asArray(own(input, "extension")).forEach((e, i) => {
    if (own(e, "url") === systems.requestersExtension) return;
    const codings = [own(e, "valueCoding"), ...asArray(own(own(e, "valueCodeableConcept"), "coding"))];
    if (codings.some((c) => own(c, "system") === systems.requesterCategory))
      bad(
        `.extension[${i}]`,
        `A requester category in an extension with another url than ${systems.requestersExtension}; it is not ignored`,
        own(e, "url"),
        "unsupported-element",
      );
  });

  // The id becomes the choice id, which events, logs and explanations carry: never a BSN (as for event ids).
  const badId = idProblem(v.id);
  if (badId !== undefined) bad(".id", `The Consent's id: ${badId}`, v.id);

  const patient = readPatient(v.patient, systems, options.resolve, `${path}.patient`, issues);

  const custodianActors = v.provision.actor.filter((a) =>
    a.role.coding.some((c) => c.system === PARTICIPATION && c.code === CST),
  );
  let custodian: { custodian: Custodian; organisationType: string | undefined } | undefined;
  if (custodianActors.length !== 1 || v.provision.actor.length !== 1)
    bad(
      ".provision.actor",
      "Expected exactly one actor, with role CST (the custodian); other actors would narrow the Consent",
      v.provision.actor,
    );
  else
    custodian = readCustodian(
      (custodianActors[0] as (typeof custodianActors)[number]).reference,
      systems,
      options.resolve,
      `${path}.provision.actor[0].reference`,
      issues,
    );

  const categoryCodes = [
    ...new Set(
      v.category
        .flatMap((c) => c.coding)
        .filter((c) => c.system === systems.dataCategory)
        .map((c) => c.code),
    ),
  ];
  const dataCategory = categoryCodes.length === 1 ? (categoryCodes[0] as string) : undefined;
  if (dataCategory === undefined)
    bad(
      ".category",
      `Expected exactly one data category coding with system ${systems.dataCategory}`,
      categoryCodes,
    );
  else if (!index.categoryIndex.has(dataCategory))
    bad(".category", `Unknown data category code (${index.lists.version})`, dataCategory);
  else if (systems.localCategories === "refuse" && dataCategory.startsWith("zorgkit:"))
    // Mitz never sends a library-local code; read as one it would cover every category.
    bad(".category", "A library-local data category is not a code of these systems", dataCategory);
  if (custodian?.custodian._tag === "ProviderType" && !index.requesterIndex.has(custodian.custodian.type))
    bad(".provision.actor", `Unknown provider type code (${index.lists.version})`, custodian.custodian.type);
  // Consent.scope is a modifier in FHIR R4: a research or treatment-directive Consent is not a privacy choice.
  const scopes = asArray(own(own(input, "scope"), "coding"));
  if (!scopes.some((c) => own(c, "system") === SCOPE && own(c, "code") === "patient-privacy"))
    bad(".scope", `Expected scope patient-privacy (${SCOPE})`, own(input, "scope"));
  const purposeSystem = systems.purpose ?? ACT_REASON;
  if (!v.provision.purpose.some((p) => p.system === purposeSystem && p.code === "TREAT"))
    bad(".provision.purpose", `Expected purpose TREAT (${purposeSystem})`, v.provision.purpose);

  const entries: Array<RequesterEntry> = [];
  const rawExt = asArray(own(input, "extension"));
  rawExt.forEach((e, i) => {
    if (own(e, "url") !== systems.requestersExtension) return;
    const entry = readRequesterExtension(e, systems, `${path}.extension[${i}]`, issues);
    if (entry !== undefined) entries.push(entry);
  });
  let requesters: Requesters | undefined;
  const orgs = entries.filter((e) => e.kind === "organisation");
  const cats = entries.filter((e) => e.kind === "category");
  if (orgs.length > 0 && cats.length > 0)
    bad(".extension", "Requesters are either categories or one organisation", entries);
  else if (orgs.length > 1) bad(".extension", "At most one requesting organisation", entries);
  else if (orgs.length === 1)
    requesters = { _tag: "Organisation", ura: (orgs[0] as { ura: string }).ura as UraNumber };
  else if (cats.length > 0) {
    const codes = cats.map((e) => e.code);
    for (const code of codes)
      if (!index.requesterIndex.has(code))
        bad(".extension", `Unknown requester category code (${index.lists.version})`, code);
    if (new Set(codes).size !== codes.length)
      bad(".extension", "A requester category is listed twice", codes);
    requesters = { _tag: "Categories", codes: codes as [string, ...Array<string>] };
  } else if (rawExt.some((e) => own(e, "url") === systems.requestersExtension)) {
    // every requesters extension was unreadable: reported above, never "all requesters"
  } else if (systems.allRequesters === "refuse")
    bad(
      ".extension",
      "Expected at least one requester category extension; a Consent without one is not read as 'all requesters'",
      rawExt,
      "missing",
    );
  else requesters = { _tag: "AllRequesters" };

  let decision: "permit" | "deny" | undefined;
  const type = v.provision.type;
  if (type !== undefined && type !== "permit" && type !== "deny")
    bad(".provision.type", "Expected provision.type permit or deny", type);
  else if (v.status === "active") decision = type === "deny" ? "deny" : "permit";
  else if (type === "permit")
    bad(
      ".provision.type",
      "An inactive Consent with provision.type permit is contradictory; it is not read",
      type,
      "contradiction",
    );
  else decision = "deny";

  const from = v.provision.period?.start ?? v.dateTime;
  if (from === undefined)
    bad(
      ".provision.period",
      "Expected provision.period.start or dateTime (when the choice starts)",
      undefined,
      "missing",
    );
  const until = v.provision.period?.end;
  if (from !== undefined && until !== undefined && until <= from)
    bad(".provision.period.end", "The end of the period must lie after its start", until);

  if (
    issues.length > 0 ||
    patient === undefined ||
    custodian === undefined ||
    requesters === undefined ||
    dataCategory === undefined ||
    decision === undefined ||
    from === undefined
  )
    return decodeFailure(issues);
  const choice: FhirChoice = {
    id: v.id,
    custodian: custodian.custodian,
    dataCategory,
    requesters,
    decision,
    from,
    ...(until === undefined ? {} : { until }),
  };
  return {
    ok: true,
    value: { patient, choice, recordedAt: v.dateTime, custodianOrganisationType: custodian.organisationType },
  };
}

/**
 * Decode a FHIR `Consent` into the patient's BSN and the choice. Never throws; errors name the
 * path and never echo a BSN (a BSN in a message is masked). Pass `{ systems: mitzFhirSystems }`
 * for a Consent as Mitz writes it; a Consent inside a notification Bundle (literal `urn:uuid`
 * references) is read with `decodeMitzNotification`.
 *
 * Bounds (issue #17; code `too-many`, checked before the items are decoded): at most 100 items in
 * each list it reads (`category`, a category's and a role's `coding`, `extension`,
 * `provision.actor`, `provision.purpose`) and at most 10 000 objects and arrays in the whole
 * Consent (the elements it ignores included, since it looks for modifier extensions in all of
 * them); strings of at most 4096 characters (instants 64).
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
  options: DecodeFhirConsentOptions = {},
): DecodeResult<{ readonly patient: Bsn; readonly choice: FhirChoice }> {
  const r = guarded(() => decodeFhirConsentAt(input, rules, options, "$"));
  return r.ok ? { ok: true, value: { patient: r.value.patient, choice: r.value.choice } } : r;
}
