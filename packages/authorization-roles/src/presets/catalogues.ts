import { cite } from "@zorgkit/core";
import type { RoleCatalogue } from "../catalogue.js";

/**
 * The provider portal's functional roles (MOZA 2.1 names the portal's functions: digital mail,
 * status updates on requests, cost-ceiling insight, delivering information). The split into one
 * role per function is this library's preset; the main contact grants them by job function
 * (MOZA 1.6).
 */
export const mozaPortalRoles: RoleCatalogue = {
  id: "moza-portal",
  roles: [
    {
      id: "digital-mail",
      name: "Digital mail",
      nameNl: "Digitaal postvak",
      permissions: ["read-digital-mail"],
      source: cite("MOZA", "2.1", "one role per portal function is this library's preset"),
    },
    {
      id: "request-status",
      name: "Status of requests",
      nameNl: "Status aanvragen",
      permissions: ["view-request-status"],
      source: cite("MOZA", "2.1", "one role per portal function is this library's preset"),
    },
    {
      id: "cost-ceiling",
      name: "Cost ceiling insight",
      nameNl: "Inzage zorgkostenplafond",
      permissions: ["view-cost-ceiling"],
      source: cite("MOZA", "2.1", "one role per portal function is this library's preset"),
    },
    {
      id: "deliver-information",
      name: "Deliver information",
      nameNl: "Informatie aanleveren",
      permissions: ["deliver-information"],
      source: cite("MOZA", "2.1", "one role per portal function is this library's preset"),
    },
    {
      id: "prior-authorisation",
      name: "Prior-authorisation requests",
      nameNl: "Machtigingsaanvragen",
      permissions: ["file-prior-authorisation", "answer-follow-up-questions"],
      source: cite(
        "VGZ-GBZ",
        "machtiging",
        "a role for filing requests on the patient's behalf is this library's preset",
      ),
    },
  ],
};

/**
 * Per-meeting roles an MDO manager gives users. MDO-BV 1.11 names chair, minute-taker and
 * participant as examples ("Voorbeelden hiervan zijn"), so the catalogue is open; the
 * permissions per role are this library's preset, not the source's.
 */
export const mdoMeetingRoles: RoleCatalogue = {
  id: "mdo-meeting",
  roles: [
    {
      id: "chair",
      name: "Chair",
      nameNl: "Voorzitter",
      permissions: [
        "manage-agenda",
        "lead-meeting",
        "finalise-report",
        "edit-report",
        "view-case",
        "view-report",
      ],
      source: cite("MDO-BV", "1.11", "permissions are this library's preset"),
    },
    {
      id: "minute-taker",
      name: "Minute-taker",
      nameNl: "Notulist",
      permissions: ["write-report", "edit-report", "view-case", "view-report"],
      source: cite("MDO-BV", "1.11", "permissions are this library's preset"),
    },
    {
      id: "participant",
      name: "Participant",
      nameNl: "Deelnemer",
      permissions: ["view-case", "comment", "view-report"],
      source: cite("MDO-BV", "1.11", "permissions are this library's preset"),
    },
  ],
};
