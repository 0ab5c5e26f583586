// Tests that kill surviving mutants of src/audit.ts (issue #17, docs/quality.md): the audit record
// of an access decision carries the NEN 7513 fields — who (kind, pseudonymous id, certificate), for
// which organisation, which action on which resource, when (UTC and Amsterdam local time), the
// outcome and the deciding check (spec §3, §5; MOZA 3.3; VGZ-GBZ machtiging; MDO-BV 8.4). The
// records are compared whole with `toStrictEqual`, so a field that should be absent is absent.
// Every result is computed inside its `it` (perTest coverage).
import { describe, expect, it } from "vitest";
import { type AccessRequest, authorize, compileRoles, mozaRoles, type RoleEvent } from "../src/index.js";
import { appointMainContact, ev, grant, ORG_A, organisation, portal, t } from "./fixtures.js";

const base = (): Array<RoleEvent> => [
  ...organisation(ORG_A, "2026-01-05", ["ann", "bob", "cas"]),
  appointMainContact(ORG_A, "2026-01-06", "ann"),
  grant(ORG_A, "2026-01-07", "ann", "bob", "cost-ceiling"),
  ev("MedicalDataAuthorisation", "2026-01-01", { employee: "vgz-7" as never, authorised: true }),
  ev("ViewAsConsented", "2026-02-01", {
    organisation: ORG_A as never,
    by: "ann" as never,
    consent: "va-1" as never,
    employee: "vgz-7" as never,
    purpose: "solve-incident" as never,
    until: t("2026-02-08"),
  }),
];
// 2 February 2026, 09:00 in Amsterdam (winter time) = 08:00 UTC.
const when = "2026-02-02";
const decideAt = (r: AccessRequest) => authorize(r, compileRoles(base(), mozaRoles), t(when));
const request = (subject: unknown, resource: unknown, action = "view-cost-ceiling") =>
  ({
    subject,
    organisation: ORG_A,
    action,
    resource,
    facts: { terms: { status: "ok" } },
  }) as AccessRequest;

/** The fields every record of a request on 2 February 2026, 09:00 Amsterdam, for A has. */
const common = {
  type: "access-check",
  at: t(when),
  atLocal: "2026-02-02T09:00:00+01:00",
  organisation: ORG_A,
} as const;

describe("the audit record of an access decision (NEN 7513 fields; spec §5)", () => {
  it("an allowed portal request: user, certificate, organisation, action, account, both clocks, the granting role, no failedCheck (MOZA 1.3, 1.5)", () => {
    const d = decideAt(portal("bob", ORG_A, "view-cost-ceiling"));
    expect(d.value.decision).toBe("allow");
    expect(d.audit).toStrictEqual({
      ...common,
      action: "view-cost-ceiling",
      resource: "account",
      decision: "allow",
      grantingRoles: ["cost-ceiling"],
      actor: { kind: "user", id: "bob", certificate: "c-bob" },
    });
  });
  it("a denied request names the first check that failed (MOZA 1.3: another person's certificate)", () => {
    const d = decideAt(request({ _tag: "User", user: "bob", certificate: "c-cas" }, { _tag: "Account" }));
    expect(d.audit).toStrictEqual({
      ...common,
      action: "view-cost-ceiling",
      resource: "account",
      decision: "deny",
      failedCheck: "certificate",
      grantingRoles: [],
      actor: { kind: "user", id: "bob", certificate: "c-cas" },
    });
  });
  it("a view-as session names the insurer employee and the consent it ran under, with no certificate (MOZA 3.3)", () => {
    const d = decideAt(
      request({ _tag: "InsurerEmployee", employee: "vgz-7", consent: "va-1" }, { _tag: "Account" }),
    );
    expect(d.value.decision).toBe("allow");
    expect(d.audit).toStrictEqual({
      ...common,
      action: "view-cost-ceiling",
      resource: "account",
      decision: "allow",
      grantingRoles: ["view-as"],
      actor: { kind: "insurer-employee", id: "vgz-7" },
      viewAs: { consent: "va-1" },
    });
  });
  it("acting for a patient names the mandate and the prior-authorisation request by its id only (VGZ-GBZ machtiging)", () => {
    const d = decideAt(
      request(
        { _tag: "ActingForPatient", user: "cas", certificate: "c-cas", mandate: "m-1" },
        { _tag: "PriorAuthorisation", request: "pa-77" },
        "file-prior-authorisation",
      ),
    );
    expect(d.audit).toStrictEqual({
      ...common,
      action: "file-prior-authorisation",
      resource: "prior-authorisation:pa-77",
      decision: d.value.decision,
      grantingRoles: d.value.grantingRoles,
      ...(d.value.failedCheck === undefined ? {} : { failedCheck: d.value.failedCheck }),
      actor: { kind: "acting-for-patient", id: "cas", certificate: "c-cas" },
      mandate: "m-1",
    });
  });
  it("an intermediary is named by its id, and an MDO resource as mdo:<cooperation>/<mdo> (MDO-BV 8.4, 1.11)", () => {
    const d = decideAt(
      request(
        { _tag: "Intermediary", intermediary: "int-1" },
        { _tag: "Mdo", cooperation: "coop-1", mdo: "mdo-9" },
      ),
    );
    expect(d.value.decision).toBe("deny");
    expect(d.audit).toStrictEqual({
      ...common,
      action: "view-cost-ceiling",
      resource: "mdo:coop-1/mdo-9",
      decision: "deny",
      failedCheck: d.value.failedCheck,
      grantingRoles: [],
      actor: { kind: "intermediary", id: "int-1" },
    });
    expect(d.value.failedCheck).toBeDefined();
  });
  it("the local time follows Amsterdam summer time: 09:00 CEST is 07:00 UTC (spec §5)", () => {
    const at = t("2026-07-01T09:00:00+02:00");
    const d = authorize(portal("bob", ORG_A, "view-cost-ceiling"), compileRoles(base(), mozaRoles), at);
    expect([d.audit.at, d.audit.atLocal]).toEqual([t("2026-07-01T07:00:00Z"), "2026-07-01T09:00:00+02:00"]);
  });
});
