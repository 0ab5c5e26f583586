/**
 * `mitzInterop`: what it takes to speak to Mitz itself — the FHIR systems of `Consent-Mitz-Notify`
 * 3.8.0, the XACML attribute ids, categories and OIDs of the closed question ("gesloten vraag"),
 * and the table from the Nictiz organisation type (`Z3` …) that Mitz messages carry to the Mitz
 * requester category (`RPZAC…`) that the patient's choices name. All of it data; spread the preset
 * to override any part.
 *
 * Sources: nuts-foundation/nuts-knooppunt (a real Mitz client) at commit `9beca4c`,
 * `component/mitz/example/example_notification_bundle.xml`, `component/mitz/xacml/xacml.go`,
 * `component/mitz/xacml/example/example.xml`, `component/pdp/mitz.go`; the organisation-type names
 * of the Nictiz code system `2.16.840.1.113883.2.4.15.1060` (RoleCodeNL, organisations).
 *
 * **The type → category table is this library's reading.** VZVZ's own mapping appendix (Mitz
 * afsprakenstelsel, toestemmingscatalogus) was not available to us. The table lists only the types
 * whose name leaves no doubt about the category; an organisation type that is not in it is an
 * error when a request is built, never a guess. Replace it with VZVZ's table when you have it.
 *
 * @module
 */
import { type Citation, cite } from "@zorgkit/core";
import { type FhirSystems, mitzFhirSystems } from "../fhir.js";
import type { ConsentRules } from "../rulebook.js";
import { mitzRules } from "./mitz.js";

/** One row of the organisation-type table: a Nictiz organisation type and the Mitz requester category it falls under. */
export interface OrganisationTypeEntry {
  /** Nictiz organisation type code (`2.16.840.1.113883.2.4.15.1060`), e.g. `Z3`. */
  readonly type: string;
  /** The type's name in the code system. */
  readonly nl: string;
  /** The Mitz requester category (RPZAC code). */
  readonly category: string;
  readonly citations: ReadonlyArray<Citation>;
}

/** The organisation type → requester category table. */
export interface OrganisationTypeTable {
  readonly version: string;
  readonly entries: ReadonlyArray<OrganisationTypeEntry>;
}

/** Attribute ids, categories and HL7 OIDs of the Mitz closed question (XACML 3.0, IHE APPC). */
export interface MitzXacmlSystems {
  readonly categories: {
    readonly subject: string;
    readonly resource: string;
    readonly action: string;
    readonly environment: string;
  };
  readonly ids: {
    /** resource: the patient (II, BSN root). */
    readonly patient: string;
    /** resource: the custodian's organisation type (CV). */
    readonly custodianType: string;
    /** resource: the custodian's URA (II). */
    readonly custodianUra: string;
    /** action: the data category (CV, gegevenscategorie). */
    readonly dataCategory: string;
    /** subject: the responsible professional's role (CV, UZI role codes). */
    readonly role: string;
    /** subject: the practitioner acting on mandate (II, UZI root), optional. */
    readonly mandated: string;
    /** subject: the responsible professional's UZI number (II, UZI root). */
    readonly professional: string;
    /** subject: the requesting organisation's URA (II). */
    readonly requesterUra: string;
    /** subject: the requesting organisation's type (CV). */
    readonly requesterType: string;
    /** environment: the purpose of use (CV). */
    readonly purpose: string;
  };
  readonly dataTypes: { readonly ii: string; readonly cv: string };
  readonly oids: {
    readonly bsn: string;
    readonly ura: string;
    readonly uzi: string;
    readonly organisationType: string;
    readonly dataCategory: string;
    readonly role: string;
    readonly purpose: string;
  };
  /** `assigningAuthorityName` written on UZI identifiers. */
  readonly uziAssigningAuthority: string;
}

/** Everything the Mitz adapters read: the consent rulebook, the FHIR and XACML systems, the organisation-type table. */
export interface MitzInterop {
  readonly rules: ConsentRules;
  readonly fhir: FhirSystems;
  readonly xacml: MitzXacmlSystems;
  readonly organisationTypes: OrganisationTypeTable;
}

const KNOOPPUNT = "nuts-knooppunt";
const byName = (name: string, category: string) =>
  cite(
    "Nictiz RoleCodeNL 2.16.840.1.113883.2.4.15.1060",
    name,
    `this library's reading: '${name}' falls under ${category} by its name; VZVZ's mapping appendix was not available`,
  );
const row = (type: string, nl: string, category: string): OrganisationTypeEntry => ({
  type,
  nl,
  category,
  citations: [byName(nl, category)],
});

/** The organisation types whose Mitz category their name settles (December 2026). */
export const mitzOrganisationTypes2026: OrganisationTypeTable = {
  version: "zorgkit-2026-12",
  entries: [
    row("Z3", "Huisartspraktijk (zelfstandig of groepspraktijk)", "RPZAC001"),
    row("H1", "Huisartsinstelling", "RPZAC001"),
    row("N6", "Huisartsenpost (t.b.v. dienstwaarneming)", "RPZAC001"),
    row("G5", "Geestelijke Gezondheidszorg", "RPZAC003"),
    row("X3", "Verplegings- of verzorgingsinstelling", "RPZAC004"),
    row("R5", "Verpleeghuis", "RPZAC004"),
    row("M1", "Verzorgingstehuis", "RPZAC004"),
    row("T2", "Thuiszorg", "RPZAC004"),
    row("A1", "Apotheekinstelling", "RPZAC005"),
    row("J8", "Openbare apotheek", "RPZAC005"),
    row("JGZ", "Jeugdgezondheidszorg", "RPZAC103"),
    row("V4", "Ziekenhuis", "RPZAC104"),
    row("L1", "Laboratorium", "RPZAC104"),
    row("Z5", "Diagnostisch centrum", "RPZAC104"),
  ],
};

/** The XACML attributes exactly as nuts-knooppunt's `component/mitz/xacml/xacml.go` writes them. */
export const mitzXacmlSystems: MitzXacmlSystems = {
  categories: {
    subject: "urn:oasis:names:tc:xacml:1.0:subject-category:access-subject",
    resource: "urn:oasis:names:tc:xacml:3.0:attribute-category:resource",
    action: "urn:oasis:names:tc:xacml:3.0:attribute-category:action",
    environment: "urn:oasis:names:tc:xacml:3.0:attribute-category:environment",
  },
  ids: {
    patient: "urn:oasis:names:tc:xacml:2.0:resource:resource-id",
    custodianType: "urn:ihe:iti:appc:2016:document-entry:healthcare-facility-type-code",
    custodianUra: "urn:ihe:iti:appc:2016:author-institution:id",
    dataCategory: "urn:ihe:iti:appc:2016:document-entry:event-code",
    role: "urn:oasis:names:tc:xacml:2.0:subject:role",
    mandated: "urn:nl:otv:names:tc:1.0:subject:mandated",
    professional: "urn:ihe:iti:xua:2017:subject:provider-identifier",
    requesterUra: "urn:nl:otv:names:tc:1.0:subject:provider-institution",
    requesterType: "urn:nl:otv:names:tc:1.0:subject:consulting-healthcare-facility-type-code",
    purpose: "urn:oasis:names:tc:xspa:1.0:subject:purposeofuse",
  },
  dataTypes: { ii: "urn:hl7-org:v3#II", cv: "urn:hl7-org:v3#CV" },
  oids: {
    bsn: "2.16.840.1.113883.2.4.6.3",
    ura: "2.16.528.1.1007.3.3",
    uzi: "2.16.528.1.1007.3.1",
    organisationType: "2.16.840.1.113883.2.4.15.1060",
    dataCategory: "2.16.840.1.113883.2.4.3.111.5.10.1",
    role: "2.16.840.1.113883.2.4.15.111",
    purpose: "2.16.840.1.113883.1.11.20448",
  },
  uziAssigningAuthority: "CIBG",
};

/**
 * The Mitz interop preset: {@link mitzRules}, `mitzFhirSystems`, {@link mitzXacmlSystems},
 * {@link mitzOrganisationTypes2026}.
 *
 * @example
 * ```ts
 * import { mitzInterop } from "@zorgkit/consent";
 *
 * mitzInterop.xacml.oids.bsn; // => "2.16.840.1.113883.2.4.6.3"
 * ```
 */
export const mitzInterop: MitzInterop = {
  rules: mitzRules,
  fhir: mitzFhirSystems,
  xacml: mitzXacmlSystems,
  organisationTypes: mitzOrganisationTypes2026,
};

/** Where the preset's systems come from (for documentation and explanations). */
export const mitzInteropSources: ReadonlyArray<Citation> = [
  cite(
    KNOOPPUNT,
    "component/mitz/example/example_notification_bundle.xml",
    "commit 9beca4c, Consent-Mitz-Notify 3.8.0",
  ),
  cite(KNOOPPUNT, "component/mitz/xacml/xacml.go", "commit 9beca4c, the closed question"),
];
