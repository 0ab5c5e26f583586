import { cite } from "@zorgkit/core";
import type { RoleRules } from "../rulebook.js";
import { mdoMeetingRoles } from "./catalogues.js";

const B = (article: string, note?: string) => cite("MDO-BV", article, note);
const S = (article: string, note?: string) => cite("MDO-SLA", article, note);

/**
 * The MDO service (Bijzondere voorwaarden Dienst MDO 1.0 and its SLA): the provider authorises its
 * users (2.2); a cooperation of two or more providers (1.17) has contacts, at most a number the
 * supplier sets (3.2), who ask to authorise or revoke member providers and carry out or assign the
 * MDO-manager role (3.2); the MDO manager gives users a role per MDO (1.11, SLA §10.1); access during
 * the agreement, on timely payment for a paid service (2.1); suspension after a written warning
 * (7.10 b); the data readable for 90 days after the end (10.9); no third party except an
 * intermediary (8.4, 2.6); change requests only by registered contacts (SLA §10.1).
 */
export const mdoRoles: RoleRules = {
  id: "mdo",
  name: "Dienst MDO",
  checks: [
    "organisation-known",
    "provider-only",
    "certificate",
    "suspension",
    "maintenance",
    "contract",
    "payment",
    "cooperation-member",
    "user-authorised",
  ],
  organisationRoles: {
    id: "mdo-organisation",
    roles: [
      {
        id: "mdo-user",
        name: "MDO user",
        nameNl: "Gebruiker Dienst MDO",
        permissions: ["use-mdo", "file-report", "export-data"],
        source: B("2.2", "one organisation role for using the service is this library's preset"),
      },
      {
        id: "registered-contact",
        name: "Registered contact",
        nameNl: "Contactpersoon",
        permissions: ["file-change-request", "file-report"],
        source: S("10.1"),
      },
    ],
  },
  mainContactRole: {
    id: "main-contact",
    name: "Main contact",
    nameNl: "Hoofdcontactpersoon",
    permissions: ["manage-authorisations"],
    source: B(
      "2.2",
      "the provider's administrator is its main contact (Aansluitovereenkomst Bijlage 2): this library's reading",
    ),
  },
  readOnlyPermissions: ["view-case", "view-report", "export-data"],
  readWindowAfterContract: { value: { days: 90 }, citations: [B("10.9")] },
  suspensionNeedsWarning: { value: true, citations: [B("7.10 b")] },
  intermediaryPermissions: ["use-connection"],
  cooperations: {
    minMembers: { value: 2, citations: [B("1.17")] },
    maxContacts: {
      value: 3,
      citations: [
        B(
          "3.2",
          "the supplier sets the maximum; 3 is this library's placeholder — set the figure VECOZO announced",
        ),
      ],
    },
    managerRole: {
      id: "mdo-manager",
      name: "MDO manager",
      nameNl: "MDO-manager",
      permissions: ["manage-mdo-team"],
      source: B("1.11"),
    },
    meetingRoles: mdoMeetingRoles,
    userAuthorisation: "use-mdo",
  },
  rules: {
    "organisation-known": [B("3.2")],
    "provider-only": [B("1.20")],
    certificate: [B("1.2")],
    suspension: [B("7.10 b")],
    maintenance: [S("7.1")],
    contract: [B("2.1"), B("10.9")],
    "read-only-window": [B("10.9")],
    payment: [B("2.1")],
    "cooperation-member": [B("3.2"), B("1.17")],
    "user-authorised": [B("2.2")],
    permission: [B("1.11"), S("10.1")],
    "intermediary-engaged": [B("8.4"), B("2.6")],
    "intermediary-connection-only": [B("8.4", "connection-only rights are this library's reading")],
    "grant-main-contact-by-signatory": [B("2.2")],
    "grant-by-main-contact": [B("2.2"), S("10.1")],
    "grant-same-organisation": [B("2.2")],
    "grant-role-in-catalogue": [B("1.11")],
    "grant-meeting-role-by-manager": [B("1.11"), S("10.1")],
    "grant-manager-by-contact": [B("3.2")],
    "cooperation-contact-limit": [B("3.2")],
    "cooperation-size": [B("1.17")],
    "member-request-by-contact": [B("3.2")],
    "suspension-warning": [B("7.10 b")],
  },
};
