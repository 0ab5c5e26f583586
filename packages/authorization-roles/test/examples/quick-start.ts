// The README's quick start, run by test/docs.test.ts. Only the part between the markers is shown.
import { explainToText, instant } from "@zorgkit/core";
import {
  authorize,
  compileRoles,
  decodeAccessRequest,
  decodeRoleEventLog,
  mozaRoles,
} from "../../src/index.js";

const cert = (id: string, user: string) => ({
  _tag: "CertificateIssued",
  eventId: id,
  at: "2026-01-05T09:00:00+01:00",
  certificate: id,
  user,
  organisation: "01123456",
  validFrom: "2026-01-05T00:00:00+01:00",
  validUntil: "2029-01-05T00:00:00+01:00",
});
const eventsJson: unknown = [
  {
    _tag: "OrganisationRegistered",
    eventId: "o1",
    at: "2026-01-05T09:00:00+01:00",
    organisation: "01123456",
    provider: true,
  },
  {
    _tag: "SignatoryRegistered",
    eventId: "s1",
    at: "2026-01-05T09:00:00+01:00",
    organisation: "01123456",
    user: "sig",
  },
  cert("c-ann", "ann"),
  cert("c-bob", "bob"),
  {
    _tag: "RoleGranted",
    eventId: "g1",
    at: "2026-01-06T09:00:00+01:00",
    organisation: "01123456",
    by: "sig",
    user: "ann",
    role: "main-contact",
  },
  {
    _tag: "RoleGranted",
    eventId: "g2",
    at: "2026-01-07T09:00:00+01:00",
    organisation: "01123456",
    by: "ann",
    user: "bob",
    role: "cost-ceiling",
  },
  {
    _tag: "AgbCodeEnded",
    eventId: "a1",
    at: "2026-09-01T09:00:00+02:00",
    organisation: "01123456",
    on: "2026-08-31",
  },
];
const requestJson: unknown = {
  subject: { _tag: "User", user: "bob", certificate: "c-bob" },
  organisation: "01123456",
  action: "view-cost-ceiling",
  resource: { _tag: "Account" },
  facts: { terms: { status: "ok" } },
};

/** Runs the quick start; returns what it printed. */
export function quickStart() {
  // --- README start
  const events = decodeRoleEventLog(eventsJson, mozaRoles);
  const request = decodeAccessRequest(requestJson);
  if (!events.ok || !request.ok) throw new Error("bad input");
  const roles = compileRoles(events.value, mozaRoles);
  const before = authorize(request.value, roles, instant("2027-02-28T12:00:00+01:00"));
  const after = authorize(request.value, roles, instant("2027-03-01T00:00:00+01:00"));
  console.log(before.value); // { decision: "allow", grantingRoles: ["cost-ceiling"] }
  console.log(after.value.failedCheck); // "agb-revocation"
  console.log(explainToText(after, "en")); // … revoked automatically on 2027-03-01 … (MOZA art. 4.1)
  // --- README end
  return { before: before.value, after: after.value, text: explainToText(after, "en"), audit: after.audit };
}
