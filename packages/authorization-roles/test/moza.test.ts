import { describe, expect, test } from "vitest";
import { authorize, compileRoles, mayGrant, mozaRoles, type RoleEvent } from "../src/index.js";
import { appointMainContact, ev, grant, ORG_A, ORG_B, organisation, portal, t } from "./fixtures.js";

const base = (): Array<RoleEvent> => [
  ...organisation(ORG_A, "2026-01-05", ["ann", "bob", "cas"]),
  ...organisation(ORG_B, "2026-01-05", ["dirk"]),
  appointMainContact(ORG_A, "2026-01-06", "ann"),
  grant(ORG_A, "2026-01-07", "ann", "bob", "cost-ceiling"),
];
const scopeA = { _tag: "Organisation", organisation: ORG_A } as const;
const decide = (events: ReadonlyArray<RoleEvent>, req: ReturnType<typeof portal>, at: string) =>
  authorize(req, compileRoles(events, mozaRoles), t(at)).value;

describe("MOZA 1.3 — login with a valid personal certificate linked to the organisation's AGB code", () => {
  test("a user with a role and a valid certificate of the organisation is allowed, naming the granting role", () => {
    expect(decide(base(), portal("bob", ORG_A, "view-cost-ceiling"), "2026-02-01")).toEqual({
      decision: "allow",
      grantingRoles: ["cost-ceiling"],
    });
  });
  test("another person's certificate does not work (strictly personal)", () => {
    const req = {
      ...portal("bob", ORG_A, "view-cost-ceiling"),
      subject: { _tag: "User", user: "bob", certificate: "c-cas" },
    } as never;
    expect(decide(base(), req, "2026-02-01")).toMatchObject({ decision: "deny", failedCheck: "certificate" });
  });
  test("a certificate linked to another organisation's AGB code gives no access to this one", () => {
    const req = { ...portal("dirk", ORG_A, "view-cost-ceiling") } as never;
    expect(decide(base(), req, "2026-02-01")).toMatchObject({ decision: "deny", failedCheck: "certificate" });
  });
  test("an expired or revoked certificate is denied", () => {
    const events = [...base(), ev("CertificateRevoked", "2026-03-01", { certificate: "c-bob" as never })];
    expect(decide(events, portal("bob", ORG_A, "view-cost-ceiling"), "2026-02-28")).toMatchObject({
      decision: "allow",
    });
    expect(decide(events, portal("bob", ORG_A, "view-cost-ceiling"), "2026-03-01")).toMatchObject({
      failedCheck: "certificate",
    });
    expect(decide(base(), portal("bob", ORG_A, "view-cost-ceiling"), "2031-01-02")).toMatchObject({
      failedCheck: "certificate",
    });
  });
});

describe("MOZA 1.4 — the portal is for providers only", () => {
  test("an organisation registered as a non-provider is denied before anything else is checked", () => {
    const events = organisation("03111111", "2026-01-05", ["eve"], false);
    expect(decide(events, portal("eve", "03111111", "view-cost-ceiling"), "2026-02-01")).toMatchObject({
      decision: "deny",
      failedCheck: "provider-only",
    });
  });
  test("an unknown organisation is denied (organisation-known)", () => {
    expect(decide(base(), portal("bob", "09999999", "view-cost-ceiling"), "2026-02-01")).toMatchObject({
      failedCheck: "organisation-known",
    });
  });
});

describe("MOZA 1.5 / 2.4 b — each employee sees only what the function's roles grant (deny by default)", () => {
  test("a user without a role is denied everything", () => {
    expect(decide(base(), portal("cas", ORG_A, "view-cost-ceiling"), "2026-02-01")).toMatchObject({
      failedCheck: "permission",
    });
  });
  test("a role grants only its own permissions", () => {
    expect(decide(base(), portal("bob", ORG_A, "read-digital-mail"), "2026-02-01")).toMatchObject({
      failedCheck: "permission",
    });
  });
  test("a time-bounded role expires by itself", () => {
    const events = [...base(), grant(ORG_A, "2026-01-07", "ann", "cas", "digital-mail", "2026-03-01")];
    expect(decide(events, portal("cas", ORG_A, "read-digital-mail"), "2026-02-28")).toMatchObject({
      decision: "allow",
    });
    expect(decide(events, portal("cas", ORG_A, "read-digital-mail"), "2026-03-01")).toMatchObject({
      decision: "deny",
    });
  });
  test("a revoked role stops at the revocation", () => {
    const events = [
      ...base(),
      ev("RoleRevoked", "2026-03-01", {
        organisation: ORG_A as never,
        by: "ann" as never,
        user: "bob" as never,
        role: "cost-ceiling" as never,
      }),
    ];
    expect(decide(events, portal("bob", ORG_A, "view-cost-ceiling"), "2026-02-28")).toMatchObject({
      decision: "allow",
    });
    expect(decide(events, portal("bob", ORG_A, "view-cost-ceiling"), "2026-03-02")).toMatchObject({
      decision: "deny",
    });
  });
  test("an action no catalogue knows is denied", () => {
    expect(decide(base(), portal("bob", ORG_A, "delete-everything"), "2026-02-01")).toMatchObject({
      failedCheck: "permission",
    });
  });
});

describe("MOZA 1.6 / 1.7 — the signatory appoints the main contact; the main contact grants functional roles", () => {
  test("the main contact may not change the main-contact role; only the signatory may (MOZA 1.7)", () => {
    const v = mayGrant(
      { grantor: "ann", grantee: "bob", role: "main-contact", scope: scopeA } as never,
      compileRoles(base(), mozaRoles),
      t("2026-02-01"),
    );
    expect(v.value).toBe("refused");
    expect(v.reasons[0]?.en).toBe(
      "The main contact may not change the main-contact role; only the signatory may.",
    );
    expect(v.reasons[0]?.citations).toContainEqual({ source: "MOZA", article: "1.7" });
  });
  test("the signatory may appoint a new main contact, who replaces the previous one", () => {
    const events = [...base(), appointMainContact(ORG_A, "2026-03-01", "cas")];
    const roles = compileRoles(events, mozaRoles);
    expect(
      mayGrant(
        { grantor: "ann", grantee: "bob", role: "digital-mail", scope: scopeA } as never,
        roles,
        t("2026-02-01"),
      ).value,
    ).toBe("allowed");
    expect(
      mayGrant(
        { grantor: "ann", grantee: "bob", role: "digital-mail", scope: scopeA } as never,
        roles,
        t("2026-03-02"),
      ).value,
    ).toBe("refused");
    expect(
      mayGrant(
        { grantor: "cas", grantee: "bob", role: "digital-mail", scope: scopeA } as never,
        roles,
        t("2026-03-02"),
      ).value,
    ).toBe("allowed");
  });
  test("a main-contact grant made by the main contact is not applied by the fold", () => {
    const events = [...base(), grant(ORG_A, "2026-02-01", "ann", "bob", "main-contact")];
    const roles = compileRoles(events, mozaRoles);
    expect(roles.rejected.map((r) => r.rule)).toEqual(["grant-main-contact-by-signatory"]);
    expect(
      mayGrant(
        { grantor: "bob", grantee: "cas", role: "digital-mail", scope: scopeA } as never,
        roles,
        t("2026-03-01"),
      ).value,
    ).toBe("refused");
  });
  test("an employee who is not the main contact cannot grant roles", () => {
    const v = mayGrant(
      { grantor: "bob", grantee: "cas", role: "digital-mail", scope: scopeA } as never,
      compileRoles(base(), mozaRoles),
      t("2026-02-01"),
    );
    expect(v.value).toBe("refused");
    expect(v.details.rule).toBe("grant-by-main-contact");
  });
  test("nobody grants a role in another organisation: A's main contact cannot grant in B, nor to B's employee in A", () => {
    const roles = compileRoles(base(), mozaRoles);
    const inB = mayGrant(
      {
        grantor: "ann",
        grantee: "dirk",
        role: "digital-mail",
        scope: { _tag: "Organisation", organisation: ORG_B },
      } as never,
      roles,
      t("2026-02-01"),
    );
    expect(inB.value).toBe("refused");
    const toB = mayGrant(
      { grantor: "ann", grantee: "dirk", role: "digital-mail", scope: scopeA } as never,
      roles,
      t("2026-02-01"),
    );
    expect(toB.value).toBe("refused");
    expect(toB.details.rule).toBe("grant-same-organisation");
  });
  test("a role that is not in the catalogue cannot be granted", () => {
    const v = mayGrant(
      { grantor: "ann", grantee: "bob", role: "superuser", scope: scopeA } as never,
      compileRoles(base(), mozaRoles),
      t("2026-02-01"),
    );
    expect(v.details.rule).toBe("grant-role-in-catalogue");
  });
});

describe("MOZA 4.1 — certificates revoked automatically 6 months after the AGB code ends", () => {
  const ended = () => [
    ...base(),
    ev("AgbCodeEnded", "2026-09-01", { organisation: ORG_A as never, on: "2026-08-31" as never }),
  ];
  test("AGB code ended 31 Aug 2026: access until 28 Feb 2027, denied from 1 Mar 2027", () => {
    expect(
      decide(ended(), portal("bob", ORG_A, "view-cost-ceiling"), "2027-02-28T23:59:59+01:00"),
    ).toMatchObject({ decision: "allow" });
    const d = authorize(
      portal("bob", ORG_A, "view-cost-ceiling"),
      compileRoles(ended(), mozaRoles),
      t("2027-03-01T00:00:00+01:00"),
    );
    expect(d.value).toMatchObject({ decision: "deny", failedCheck: "agb-revocation" });
    const last = d.because.at(-1);
    expect(last?.citations).toEqual([{ source: "MOZA", article: "4.1" }]);
    expect(last?.en).toContain("2027-03-01");
  });
  test("AGB code ended 28 Feb 2027: the 6 months end on 28 Aug 2027 (Hoge Raad month rule), denied from 29 Aug", () => {
    const events = [
      ...base(),
      ev("AgbCodeEnded", "2027-03-01", { organisation: ORG_A as never, on: "2027-02-28" as never }),
    ];
    expect(
      decide(events, portal("bob", ORG_A, "view-cost-ceiling"), "2027-08-28T23:59:59+02:00"),
    ).toMatchObject({ decision: "allow" });
    expect(
      decide(events, portal("bob", ORG_A, "view-cost-ceiling"), "2027-08-29T00:00:00+02:00"),
    ).toMatchObject({ failedCheck: "agb-revocation" });
  });
  test("AGB code ended 30 Apr 2026: certificates work through 30 Oct 2026", () => {
    const events = [
      ...base(),
      ev("AgbCodeEnded", "2026-05-01", { organisation: ORG_A as never, on: "2026-04-30" as never }),
    ];
    expect(
      decide(events, portal("bob", ORG_A, "view-cost-ceiling"), "2026-10-30T12:00:00+01:00"),
    ).toMatchObject({ decision: "allow" });
    expect(
      decide(events, portal("bob", ORG_A, "view-cost-ceiling"), "2026-10-31T00:00:00+01:00"),
    ).toMatchObject({ failedCheck: "agb-revocation" });
  });
  test("the revocation needs no event: it is derived from time, and applies to every user and role", () => {
    expect(decide(ended(), portal("ann", ORG_A, "manage-authorisations"), "2027-06-01")).toMatchObject({
      failedCheck: "agb-revocation",
    });
  });
  test("another organisation is unaffected", () => {
    const events = [
      ...ended(),
      appointMainContact(ORG_B, "2026-01-08", "dirk"),
      grant(ORG_B, "2026-01-09", "dirk", "dirk", "cost-ceiling"),
    ];
    expect(decide(events, portal("dirk", ORG_B, "view-cost-ceiling"), "2027-06-01")).toMatchObject({
      decision: "allow",
    });
  });
});

describe("MOZA 4.2 — on breach of the terms access may be (temporarily) stopped", () => {
  test("a suspended organisation is denied everything until the suspension ends", () => {
    const events = [
      ...base(),
      ev("AccessSuspended", "2026-03-01", {
        organisation: ORG_A as never,
        reason: "breach of 2.5",
        until: t("2026-04-01"),
      }),
    ];
    expect(decide(events, portal("bob", ORG_A, "view-cost-ceiling"), "2026-03-15")).toMatchObject({
      failedCheck: "suspension",
    });
    expect(decide(events, portal("bob", ORG_A, "view-cost-ceiling"), "2026-04-01")).toMatchObject({
      decision: "allow",
    });
  });
  test("a lifted suspension ends early", () => {
    const events = [
      ...base(),
      ev("AccessSuspended", "2026-03-01", { organisation: ORG_A as never, reason: "breach" }),
      ev("SuspensionLifted", "2026-03-10", { organisation: ORG_A as never }),
    ];
    expect(decide(events, portal("bob", ORG_A, "view-cost-ceiling"), "2026-03-09")).toMatchObject({
      failedCheck: "suspension",
    });
    expect(decide(events, portal("bob", ORG_A, "view-cost-ceiling"), "2026-03-10")).toMatchObject({
      decision: "allow",
    });
  });
});

describe("MOZA 1.2 — the current terms must be accepted (status from contract-terms' termsStatus)", () => {
  test("must-accept and a missing status are denied", () => {
    expect(
      decide(
        base(),
        portal("bob", ORG_A, "view-cost-ceiling", { facts: { terms: { status: "must-accept" } } }),
        "2026-02-01",
      ),
    ).toMatchObject({
      failedCheck: "terms-of-use",
    });
    expect(
      decide(base(), portal("bob", ORG_A, "view-cost-ceiling", { facts: {} }), "2026-02-01"),
    ).toMatchObject({ failedCheck: "terms-of-use" });
  });
});

describe("MOZA 5.2 — access may be stopped for maintenance", () => {
  test("inside a maintenance stop everything is denied; after it, allowed again", () => {
    const events = [
      ...base(),
      ev("MaintenanceStopped", "2026-02-20", {
        from: t("2026-03-01T22:00:00+01:00"),
        until: t("2026-03-02T02:00:00+01:00"),
        reason: "database upgrade",
      }),
    ];
    expect(
      decide(events, portal("bob", ORG_A, "view-cost-ceiling"), "2026-03-01T23:00:00+01:00"),
    ).toMatchObject({ failedCheck: "maintenance" });
    expect(
      decide(events, portal("bob", ORG_A, "view-cost-ceiling"), "2026-03-02T02:00:00+01:00"),
    ).toMatchObject({ decision: "allow" });
  });
});

describe("MOZA 3.3 — view-as: consent, purpose, medical-data authorisation, time bound, read-only", () => {
  const viewAs = (): Array<RoleEvent> => [
    ...base(),
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
  const req = (action: string) =>
    ({
      subject: { _tag: "InsurerEmployee", employee: "vgz-7", consent: "va-1" },
      organisation: ORG_A,
      action,
      resource: { _tag: "Account" },
    }) as never;
  test("an authorised employee reads the account while the consent lasts; the audit record names the session", () => {
    const d = authorize(req("view-cost-ceiling"), compileRoles(viewAs(), mozaRoles), t("2026-02-02"));
    expect(d.value).toEqual({ decision: "allow", grantingRoles: ["view-as"] });
    expect(d.audit).toMatchObject({
      actor: { kind: "insurer-employee", id: "vgz-7" },
      viewAs: { consent: "va-1" },
      decision: "allow",
    });
  });
  test("a view-as session never writes", () => {
    expect(
      authorize(req("deliver-information"), compileRoles(viewAs(), mozaRoles), t("2026-02-02")).value,
    ).toMatchObject({ failedCheck: "view-as-read-only" });
  });
  test("after the consent ends, or without medical-data authorisation, it is denied", () => {
    expect(
      authorize(req("view-cost-ceiling"), compileRoles(viewAs(), mozaRoles), t("2026-02-08")).value,
    ).toMatchObject({ failedCheck: "view-as-consent" });
    const events = [
      ...viewAs(),
      ev("MedicalDataAuthorisation", "2026-02-03", { employee: "vgz-7" as never, authorised: false }),
    ];
    expect(
      authorize(req("view-cost-ceiling"), compileRoles(events, mozaRoles), t("2026-02-04")).value,
    ).toMatchObject({ failedCheck: "view-as-medical-data" });
  });
  test("a consent given by an ordinary employee is not applied; another employee's consent does not work", () => {
    const events = [
      ...base(),
      ev("ViewAsConsented", "2026-02-01", {
        organisation: ORG_A as never,
        by: "bob" as never,
        consent: "va-2" as never,
        employee: "vgz-7" as never,
        purpose: "test-functions" as never,
        until: t("2026-02-08"),
      }),
    ];
    expect(compileRoles(events, mozaRoles).rejected.map((r) => r.rule)).toEqual([
      "view-as-consent-by-administrator",
    ]);
    const other = {
      subject: { _tag: "InsurerEmployee", employee: "vgz-8", consent: "va-1" },
      organisation: ORG_A,
      action: "view-cost-ceiling",
      resource: { _tag: "Account" },
    } as never;
    expect(authorize(other, compileRoles(viewAs(), mozaRoles), t("2026-02-02")).value).toMatchObject({
      failedCheck: "view-as-consent",
    });
  });
});

describe("VGZ-GBZ machtiging — the provider acts for the patient on that request only", () => {
  const events = (): Array<RoleEvent> => [
    ...base(),
    ev("MandateRecorded", "2026-02-01", {
      organisation: ORG_A as never,
      mandate: "m-1" as never,
      request: "pa-77" as never,
    }),
  ];
  const req = (request: string, action: string) =>
    ({
      subject: { _tag: "ActingForPatient", user: "cas", certificate: "c-cas", mandate: "m-1" },
      organisation: ORG_A,
      action,
      resource: { _tag: "PriorAuthorisation", request },
      facts: { terms: { status: "ok" } },
    }) as never;
  test("filing and answering follow-up questions on the mandated request is allowed to an employee whose function covers it", () => {
    const withRole = [...events(), grant(ORG_A, "2026-02-01", "ann", "cas", "prior-authorisation")];
    expect(
      authorize(req("pa-77", "file-prior-authorisation"), compileRoles(withRole, mozaRoles), t("2026-02-02"))
        .value,
    ).toEqual({
      decision: "allow",
      grantingRoles: ["mandate"],
    });
    expect(
      authorize(
        req("pa-77", "answer-follow-up-questions"),
        compileRoles(withRole, mozaRoles),
        t("2026-02-02"),
      ).value.decision,
    ).toBe("allow");
  });
  test("a mandate does not widen what an employee may do: without the role it is denied (MOZA 1.5, 2.4 b)", () => {
    expect(
      authorize(req("pa-77", "file-prior-authorisation"), compileRoles(events(), mozaRoles), t("2026-02-02"))
        .value,
    ).toMatchObject({ failedCheck: "permission" });
  });
  test("another request, or another action, is not covered", () => {
    expect(
      authorize(req("pa-78", "file-prior-authorisation"), compileRoles(events(), mozaRoles), t("2026-02-02"))
        .value,
    ).toMatchObject({ failedCheck: "mandate" });
    expect(
      authorize(req("pa-77", "view-cost-ceiling"), compileRoles(events(), mozaRoles), t("2026-02-02")).value,
    ).toMatchObject({ failedCheck: "mandate" });
  });
});

describe("a hand-built rulebook without the identity checks stays deny-biased", () => {
  test("checks that omit organisation-known and certificate still check the certificate first", () => {
    const loose = { ...mozaRoles, checks: ["terms-of-use"] } as typeof mozaRoles;
    const roles = compileRoles(base(), loose);
    const forged = {
      ...portal("bob", ORG_A, "view-cost-ceiling"),
      subject: { _tag: "User", user: "bob", certificate: "c-cas" },
    } as never;
    expect(authorize(forged, roles, t("2026-02-01")).value).toMatchObject({
      decision: "deny",
      failedCheck: "certificate",
    });
    expect(
      authorize(portal("bob", "09999999", "view-cost-ceiling"), roles, t("2026-02-01")).value,
    ).toMatchObject({ failedCheck: "organisation-known" });
    expect(authorize(portal("bob", ORG_A, "view-cost-ceiling"), roles, t("2026-02-01")).value.decision).toBe(
      "allow",
    );
  });
});

describe("adversarial: escalation and crossing organisations (MOZA 1.6, 1.7)", () => {
  test("the signatory of A cannot make B's employee main contact of A", () => {
    const v = mayGrant(
      { grantor: `sig-${ORG_A}`, grantee: "dirk", role: "main-contact", scope: scopeA } as never,
      compileRoles(base(), mozaRoles),
      t("2026-02-01"),
    );
    expect(v.details.rule).toBe("grant-same-organisation");
  });
  test("a removed signatory can no longer appoint a main contact", () => {
    const events = [
      ...base(),
      ev("SignatoryRemoved", "2026-02-01", { organisation: ORG_A as never, user: `sig-${ORG_A}` as never }),
      appointMainContact(ORG_A, "2026-02-02", "bob"),
    ];
    const roles = compileRoles(events, mozaRoles);
    expect(roles.rejected.map((r) => r.rule)).toEqual(["grant-main-contact-by-signatory"]);
    expect(decide(events, portal("bob", ORG_A, "manage-authorisations"), "2026-03-01")).toMatchObject({
      failedCheck: "permission",
    });
  });
  test("a main contact revoking the main-contact role is refused with MOZA 1.7 and changes nothing", () => {
    const events = [
      ...base(),
      ev("RoleRevoked", "2026-02-01", {
        organisation: ORG_A as never,
        by: "ann" as never,
        user: "ann" as never,
        role: "main-contact" as never,
      }),
    ];
    const roles = compileRoles(events, mozaRoles);
    expect(roles.rejected.map((r) => [r.rule, r.citations])).toEqual([
      [
        "grant-main-contact-by-signatory",
        [
          { source: "MOZA", article: "1.6" },
          { source: "MOZA", article: "1.7" },
        ],
      ],
    ]);
    expect(
      authorize(portal("ann", ORG_A, "manage-authorisations"), roles, t("2026-02-02")).value.decision,
    ).toBe("allow");
  });
  test("a user with certificates of two organisations holds roles only where they were granted", () => {
    const events = [
      ...base(),
      ev("CertificateIssued", "2026-01-05", {
        certificate: "c-bob-b" as never,
        user: "bob" as never,
        organisation: ORG_B as never,
        validFrom: t("2026-01-05"),
        validUntil: t("2031-01-01"),
      }),
    ];
    const inB = {
      ...portal("bob", ORG_B, "view-cost-ceiling"),
      subject: { _tag: "User", user: "bob", certificate: "c-bob-b" },
    } as never;
    expect(decide(events, inB, "2026-02-01")).toMatchObject({ failedCheck: "permission" });
    const wrongCert = {
      ...portal("bob", ORG_A, "view-cost-ceiling"),
      subject: { _tag: "User", user: "bob", certificate: "c-bob-b" },
    } as never;
    expect(decide(events, wrongCert, "2026-02-01")).toMatchObject({ failedCheck: "certificate" });
  });
});
