import { cite } from "@zorgkit/core";
import type { RoleRules } from "../rulebook.js";
import { mozaPortalRoles } from "./catalogues.js";

const M = (article: string, note?: string) => cite("MOZA", article, note);

/**
 * The insurer's provider portal (Mijn Omgeving Zorgaanbieders, terms of 28 April 2025): login with
 * a personal certificate linked to the organisation's AGB code (1.3), providers only (1.4), the
 * signatory appoints the main contact, who grants functional roles (1.5–1.7), certificates revoked
 * 6 months after the AGB code ends (4.1), suspension (4.2), maintenance stops (5.2), the current
 * terms accepted (1.2), view-as with consent for testing or incidents (3.3), and the provider acting
 * for the patient on a prior-authorisation request (VGZ-GBZ).
 */
export const mozaRoles: RoleRules = {
  id: "moza",
  name: "Mijn Omgeving Zorgaanbieders (MOZA)",
  checks: [
    "organisation-known",
    "provider-only",
    "certificate",
    "agb-revocation",
    "suspension",
    "maintenance",
    "terms-of-use",
  ],
  organisationRoles: mozaPortalRoles,
  mainContactRole: {
    id: "main-contact",
    name: "Main contact",
    nameNl: "Hoofdcontactpersoon",
    permissions: ["manage-authorisations"],
    source: M("1.6"),
  },
  readOnlyPermissions: ["read-digital-mail", "view-request-status", "view-cost-ceiling"],
  agbRevocationDelay: { value: { months: 6 }, citations: [M("4.1")] },
  suspensionNeedsWarning: { value: false, citations: [M("4.2", "the terms name no prior warning")] },
  viewAs: { purposes: ["test-functions", "solve-incident"] },
  mandatePermissions: ["file-prior-authorisation", "answer-follow-up-questions"],
  rules: {
    "organisation-known": [M("1.3")],
    "provider-only": [M("1.4")],
    certificate: [M("1.3")],
    "agb-revocation": [M("4.1")],
    suspension: [M("4.2")],
    maintenance: [M("5.2")],
    "terms-of-use": [M("1.2")],
    permission: [M("1.5"), M("2.4 b")],
    "view-as-consent": [M("3.3")],
    "view-as-purpose": [M("3.3")],
    "view-as-medical-data": [M("3.3")],
    "view-as-read-only": [M("3.3", "read-only is this library's reading of 'meekijken'")],
    "view-as-consent-by-administrator": [
      M("3.3", "the signatory or the main contact consents: this library's reading"),
    ],
    mandate: [cite("VGZ-GBZ", "machtiging")],
    "grant-main-contact-by-signatory": [M("1.6"), M("1.7")],
    "grant-by-main-contact": [M("1.5"), M("1.6")],
    "grant-same-organisation": [M("1.6")],
    "grant-role-in-catalogue": [M("1.5")],
    "suspension-warning": [M("4.2")],
  },
};
