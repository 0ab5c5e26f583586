// The README's quick start as a program, run by test/docs.test.ts; the README and the guide show
// the part between the markers, with the import from "@zorgkit/authorization-roles".
// --- README start
import { explainToText, instant } from "@zorgkit/core";
import {
  authorize,
  compileRoles,
  decodeAccessRequest,
  decodeRoleEventLog,
  mozaRoles,
} from "../../src/index.js";

const at = "2026-01-05T09:00:00+01:00";
const org = { organisation: "01123456" };
const cert = (user: string) => ({
  certificate: `c-${user}`,
  user,
  validFrom: at,
  validUntil: "2029-01-05T00:00:00+01:00",
});
const log = decodeRoleEventLog(
  [
    { _tag: "OrganisationRegistered", eventId: "e1", at, ...org, provider: true },
    { _tag: "SignatoryRegistered", eventId: "e2", at, ...org, user: "sig" },
    { _tag: "CertificateIssued", eventId: "e3", at, ...org, ...cert("ann") },
    { _tag: "CertificateIssued", eventId: "e4", at, ...org, ...cert("bob") },
    { _tag: "RoleGranted", eventId: "e5", at, ...org, by: "sig", user: "ann", role: "main-contact" },
    { _tag: "RoleGranted", eventId: "e6", at, ...org, by: "ann", user: "bob", role: "cost-ceiling" },
    { _tag: "AgbCodeEnded", eventId: "e7", at: "2026-09-01T09:00:00+02:00", ...org, on: "2026-08-31" },
  ],
  mozaRoles,
);
const request = decodeAccessRequest({
  subject: { _tag: "User", user: "bob", certificate: "c-bob" },
  ...org,
  action: "view-cost-ceiling",
  resource: { _tag: "Account" },
  facts: { terms: { status: "ok" } },
});
if (!log.ok || !request.ok) throw new Error("bad input");
const roles = compileRoles(log.value, mozaRoles);
const bob = request.value;
authorize(bob, roles, instant("2027-02-28T12:00:00+01:00")).value;
// => { decision: "allow", grantingRoles: ["cost-ceiling"] }
const after = authorize(bob, roles, instant("2027-03-01T00:00:00+01:00"));
after.value.failedCheck;
// => "agb-revocation"
explainToText(after, "en").split("\n").at(-1);
// => "4. The AGB code ended on 2026-08-31; the certificates were revoked automatically on 2027-03-01, 6 months later. (MOZA art. 4.1)"
// --- README end

/** The results the program above produces, for the test. */
export function quickStart() {
  return {
    before: authorize(bob, roles, instant("2027-02-28T12:00:00+01:00")).value,
    after: after.value,
    text: explainToText(after, "en"),
    audit: after.audit,
  };
}
