// Tests that kill surviving mutants of src/authorize.ts (issue #17, docs/quality.md): each access
// check at its boundary instants (MOZA 1.3, 1.4, 4.1, 4.2, 5.2, 1.2; MDO-BV 2.1, 10.9, 1.17, 2.2,
// 8.4; MOZA 3.3; VGZ-GBZ machtiging), which checks apply to which subject and resource, the role
// that grants on the slow path as well as the fast one, and what the explanation and the audit
// record say (the step per check, its citations, the figures a sentence states). The explanation
// re-runs the checks without the fast path, so the steps pin the checks also where the decision is
// answered from the fast window. Every result is computed inside its `it` (perTest coverage).
import { date, fromEpochMillis, type Instant, zonedInstant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  type AccessDecision,
  type AccessRequest,
  authorize,
  compileRoles,
  mdoRoles,
  mozaRoles,
  type RoleEvent,
  type RoleRules,
} from "../src/index.js";
import { appointMainContact, ev, grant, ORG_A, ORG_B, organisation, portal, t } from "./fixtures.js";

const ORG_C = "03222222";
const COOP = "coop-noord";

/** The decision of a request at an instant (ISO string, or a day at 09:00 Amsterdam). */
const decide = (
  events: ReadonlyArray<RoleEvent>,
  rules: RoleRules,
  request: AccessRequest,
  at: string | Instant,
): AccessDecision => authorize(request, compileRoles(events, rules), typeof at === "string" ? t(at) : at);
/** The explanation as `rule:pass|fail`, in order. */
/** What each step's English sentence is about (a step must not explain another rule). */
const SUBJECT_OF: Readonly<Record<string, string>> = {
  "organisation-known": "registered",
  "provider-only": "provider",
  certificate: "certificate",
  "agb-revocation": "AGB code",
  suspension: "suspended",
  maintenance: "maintenance",
  "terms-of-use": "terms",
  contract: "contract",
  "read-only-window": "contract",
  payment: "payment",
  "cooperation-member": "cooperation",
  "user-authorised": "authorised this user",
  "view-as-consent": "consent",
  "view-as-medical-data": "medical data",
  "view-as-read-only": "Looking along",
  "intermediary-engaged": "engaged",
  "intermediary-connection-only": "connection",
  mandate: "patient",
  permission: "role",
};

/**
 * The explanation as `rule:pass|fail`, in order; each step must explain itself in a sentence of
 * its own in en and nl (ADR 0007), not the bare rule id.
 */
const trail = (d: AccessDecision) =>
  d.because.map((s) => {
    for (const text of [s.en, s.nl]) {
      expect(typeof text, `${s.rule} ${s.output}`).toBe("string");
      expect(text.length > 20 && text !== s.rule, `${s.rule} ${s.output}: ${text}`).toBe(true);
    }
    expect(s.en).not.toBe(s.nl);
    expect(s.en, s.rule).toContain(SUBJECT_OF[s.rule]);
    return `${s.rule}:${s.output}`;
  });
const last = (d: AccessDecision) => d.because[d.because.length - 1];
const ms = (at: string, delta: number) => fromEpochMillis(t(at) + delta);

/** A role granted from a later instant (the grant is made now, it takes effect then). */
const grantFrom = (org: string, at: string, by: string, user: string, role: string, from: string) =>
  ev("RoleGranted", at, {
    organisation: org as never,
    by: by as never,
    user: user as never,
    role: role as never,
    validFrom: t(from),
  } as never);

// ---------------------------------------------------------------------------------------------
// MOZA: the provider portal
// ---------------------------------------------------------------------------------------------

/** A: ann main contact, bob cost-ceiling, pia prior-authorisation; B: dirk main contact. */
const moza = (): Array<RoleEvent> => [
  ...organisation(ORG_A, "2026-01-05", ["ann", "bob", "cas", "pia"]),
  ...organisation(ORG_B, "2026-01-05", ["dirk"]),
  appointMainContact(ORG_A, "2026-01-06", "ann"),
  appointMainContact(ORG_B, "2026-01-06", "dirk"),
  grant(ORG_A, "2026-01-07", "ann", "bob", "cost-ceiling"),
  grant(ORG_A, "2026-01-07", "ann", "pia", "prior-authorisation"),
];
const MOZA_PASS_ALL = [
  "organisation-known:pass",
  "provider-only:pass",
  "certificate:pass",
  "agb-revocation:pass",
  "suspension:pass",
  "maintenance:pass",
  "terms-of-use:pass",
];

/** moza() and a second certificate of bob's, valid from 1 Mar to 1 Apr 2026 09:00. */
const withSecondCertificate = (): Array<RoleEvent> => [
  ...moza(),
  ev("CertificateIssued", "2026-01-10", {
    certificate: "c-bob-2" as never,
    user: "bob" as never,
    organisation: ORG_A as never,
    validFrom: t("2026-03-01"),
    validUntil: t("2026-04-01"),
  }),
];

describe("MOZA 1.3: the organisation is known from its registration, the certificate is its own and valid", () => {
  it("MOZA 1.3: at the instant of the registration the organisation is known; a millisecond before it is not", () => {
    const events = organisation(ORG_A, "2026-01-05", ["ann"]);
    const at = decide(events, mozaRoles, portal("ann", ORG_A, "view-cost-ceiling"), "2026-01-05");
    expect(trail(at)).toEqual([...MOZA_PASS_ALL, "permission:fail"]);
    const before = decide(events, mozaRoles, portal("ann", ORG_A, "view-cost-ceiling"), ms("2026-01-05", -1));
    expect(before.value).toEqual({ decision: "deny", failedCheck: "organisation-known", grantingRoles: [] });
    expect(trail(before)).toEqual(["organisation-known:fail"]);
  });

  it("MOZA 1.3: a certificate linked to another organisation's AGB code does not make that organisation known or valid", () => {
    // dirk's certificate is linked to B; asked for A it fails `certificate`, for an unregistered code `organisation-known`
    const forA = decide(moza(), mozaRoles, portal("dirk", ORG_A, "manage-authorisations"), "2026-02-01");
    expect(forA.value).toMatchObject({ decision: "deny", failedCheck: "certificate" });
    expect(trail(forA)).toEqual(["organisation-known:pass", "provider-only:pass", "certificate:fail"]);
    const forUnknown = decide(
      moza(),
      mozaRoles,
      portal("dirk", "09999999", "manage-authorisations"),
      "2026-02-01",
    );
    expect(forUnknown.value).toMatchObject({ decision: "deny", failedCheck: "organisation-known" });
    expect(trail(forUnknown)).toEqual(["organisation-known:fail"]);
  });

  it("MOZA 1.3: the certificate is strictly personal: another user's certificate of the same organisation fails", () => {
    const req = {
      ...portal("bob", ORG_A, "view-cost-ceiling"),
      subject: { _tag: "User", user: "bob", certificate: "c-cas" },
    };
    const d = decide(moza(), mozaRoles, req as AccessRequest, "2026-02-01");
    expect(d.value).toMatchObject({ decision: "deny", failedCheck: "certificate" });
    expect(trail(d)).toEqual(["organisation-known:pass", "provider-only:pass", "certificate:fail"]);
  });

  it("MOZA 1.3: a certificate is valid from its validFrom (inclusive) until its validUntil (exclusive)", () => {
    const events = withSecondCertificate();
    const req = {
      ...portal("bob", ORG_A, "view-cost-ceiling"),
      subject: { _tag: "User", user: "bob", certificate: "c-bob-2" },
    } as AccessRequest;
    const at = (x: string | Instant) => decide(events, mozaRoles, req, x);
    expect(at(ms("2026-03-01", -1)).value).toMatchObject({ decision: "deny", failedCheck: "certificate" });
    expect(at("2026-03-01").value).toEqual({ decision: "allow", grantingRoles: ["cost-ceiling"] });
    expect(trail(at("2026-03-01"))).toEqual([...MOZA_PASS_ALL, "permission:pass"]);
    expect(trail(at(ms("2026-04-01", -1)))).toEqual([...MOZA_PASS_ALL, "permission:pass"]);
    expect(at("2026-04-01").value).toMatchObject({ decision: "deny", failedCheck: "certificate" });
    expect(trail(at("2026-04-01"))).toEqual([
      "organisation-known:pass",
      "provider-only:pass",
      "certificate:fail",
    ]);
  });

  it("MOZA 1.3: before its validFrom the certificate fails first, even when a later check (the terms) would fail too", () => {
    const events = withSecondCertificate();
    const req = {
      ...portal("bob", ORG_A, "view-cost-ceiling", { facts: { terms: { status: "must-accept" } } }),
      subject: { _tag: "User", user: "bob", certificate: "c-bob-2" },
    } as AccessRequest;
    const d = decide(events, mozaRoles, req, "2026-02-01");
    expect(d.value).toEqual({ decision: "deny", failedCheck: "certificate", grantingRoles: [] });
    expect(trail(d)).toEqual(["organisation-known:pass", "provider-only:pass", "certificate:fail"]);
  });

  it("MOZA 1.3 / 5.2 (a rulebook that checks the stop before the certificate): an unknown certificate fails at certificate, a stop first at maintenance", () => {
    const rules: RoleRules = {
      ...mozaRoles,
      checks: ["organisation-known", "provider-only", "maintenance", "certificate", "terms-of-use"],
    };
    const events = [
      ...moza(),
      ev("MaintenanceStopped", "2026-01-10", {
        from: t("2026-03-01"),
        until: t("2026-03-02"),
        reason: "upgrade" as never,
      }),
    ];
    const req = {
      ...portal("bob", ORG_A, "view-cost-ceiling"),
      subject: { _tag: "User", user: "bob", certificate: "c-nobody" },
    } as AccessRequest;
    const d = decide(events, rules, req, "2026-02-01");
    expect(d.value).toEqual({ decision: "deny", failedCheck: "certificate", grantingRoles: [] });
    expect(trail(d)).toEqual([
      "organisation-known:pass",
      "provider-only:pass",
      "maintenance:pass",
      "certificate:fail",
    ]);
    expect(decide(events, rules, req, "2026-03-01").value).toEqual({
      decision: "deny",
      failedCheck: "maintenance",
      grantingRoles: [],
    });
  });

  it("MOZA 1.3: a revoked certificate fails from the instant of the revocation", () => {
    const events = [...moza(), ev("CertificateRevoked", "2026-03-01", { certificate: "c-bob" as never })];
    const req = portal("bob", ORG_A, "view-cost-ceiling");
    expect(trail(decide(events, mozaRoles, req, ms("2026-03-01", -1)))).toEqual([
      ...MOZA_PASS_ALL,
      "permission:pass",
    ]);
    const d = decide(events, mozaRoles, req, "2026-03-01");
    expect(d.value).toMatchObject({ decision: "deny", failedCheck: "certificate" });
    expect(trail(d)).toEqual(["organisation-known:pass", "provider-only:pass", "certificate:fail"]);
  });
});

describe("MOZA 1.4: the portal is for providers only", () => {
  it("MOZA 1.4: a non-provider's employee is denied at provider-only, and the explanation stops there", () => {
    const events = organisation("03111111", "2026-01-05", ["eve"], false);
    const d = decide(events, mozaRoles, portal("eve", "03111111", "view-cost-ceiling"), "2026-02-01");
    expect(d.value).toEqual({ decision: "deny", failedCheck: "provider-only", grantingRoles: [] });
    expect(trail(d)).toEqual(["organisation-known:pass", "provider-only:fail"]);
    expect(last(d)?.citations).toEqual([{ source: "MOZA", article: "1.4" }]);
  });

  it("MOZA 1.4: another employee's certificate of a non-provider fails provider-only first, not certificate", () => {
    const events = organisation("03111111", "2026-01-05", ["eve", "fay"], false);
    const req = {
      ...portal("fay", "03111111", "view-cost-ceiling"),
      subject: { _tag: "User", user: "fay", certificate: "c-eve" },
    };
    const d = decide(events, mozaRoles, req as AccessRequest, "2026-02-01");
    expect(d.value).toEqual({ decision: "deny", failedCheck: "provider-only", grantingRoles: [] });
    expect(trail(d)).toEqual(["organisation-known:pass", "provider-only:fail"]);
  });

  it("MOZA 1.5: an action no role of the rulebook knows is denied by default, also on the fast path", () => {
    const d = decide(moza(), mozaRoles, portal("bob", ORG_A, "delete-everything"), "2026-02-01");
    expect(d.value).toEqual({ decision: "deny", failedCheck: "permission", grantingRoles: [] });
    expect(trail(d)).toEqual([...MOZA_PASS_ALL, "permission:fail"]);
    expect(last(d)?.en).toBe("No role of the user grants delete-everything here (deny by default).");
  });
});

describe("MOZA 4.1: certificates revoked automatically 6 months after the AGB code ended", () => {
  const ended = () => [
    ...moza(),
    ev("AgbCodeEnded", "2026-08-31", { organisation: ORG_A as never, on: "2026-08-31" as never }),
  ];
  const req = () => portal("bob", ORG_A, "view-cost-ceiling");

  it("MOZA 4.1: AGB code ended 31 Aug 2026: allowed until the end of 28 Feb 2027, denied from 1 Mar 2027 00:00", () => {
    const before = decide(ended(), mozaRoles, req(), "2027-02-28T23:59:59.999+01:00");
    expect(before.value).toEqual({ decision: "allow", grantingRoles: ["cost-ceiling"] });
    expect(trail(before)).toEqual([...MOZA_PASS_ALL, "permission:pass"]);
    const from = decide(ended(), mozaRoles, req(), "2027-03-01T00:00:00+01:00");
    expect(from.value).toEqual({ decision: "deny", failedCheck: "agb-revocation", grantingRoles: [] });
    expect(trail(from)).toEqual([
      "organisation-known:pass",
      "provider-only:pass",
      "certificate:pass",
      "agb-revocation:fail",
    ]);
    expect(last(from)?.citations).toEqual([{ source: "MOZA", article: "4.1" }]);
  });

  it("MOZA 4.1: the explanation states the day the code ended, the day of the revocation and the 6 months", () => {
    const before = decide(ended(), mozaRoles, req(), "2027-02-01");
    const passed = before.because.find((s) => s.rule === "agb-revocation");
    expect(passed?.en).toContain("ended on 2026-08-31");
    expect(passed?.en).toContain("revoked on 2027-03-01 (6 months later)");
    expect(passed?.nl).toContain("opgeheven op 2026-08-31");
    expect(passed?.nl).toContain("intrekking op 2027-03-01 (6 maanden later)");
    const from = decide(ended(), mozaRoles, req(), "2027-03-01T00:00:00+01:00");
    expect(last(from)?.en).toContain("revoked automatically on 2027-03-01, 6 months later");
    expect(last(from)?.nl).toContain("ingetrokken op 2027-03-01, 6 maanden later");
    const notEnded = decide(moza(), mozaRoles, req(), "2027-03-01");
    expect(notEnded.because.find((s) => s.rule === "agb-revocation")?.en).toBe(
      "The organisation's AGB code has not ended.",
    );
  });

  it.each([
    [{ months: 1 }, "1 month", "1 maand"],
    [
      { years: 1, months: 2, weeks: 1, days: 1 },
      "1 year and 2 months and 1 week and 1 day",
      "1 jaar en 2 maanden en 1 week en 1 dag",
    ],
    [{ years: 2, weeks: 2, days: 3 }, "2 years and 2 weeks and 3 days", "2 jaar en 2 weken en 3 dagen"],
    [{ days: 0 }, "0 days", "0 dagen"],
    [{ years: 1, days: 0 }, "1 year", "1 jaar"],
  ])("MOZA 4.1 (the delay is the rulebook's figure): a delay of %j is stated as %s", (value, en, nl) => {
    const rules: RoleRules = {
      ...mozaRoles,
      agbRevocationDelay: { value, citations: [{ source: "MOZA", article: "4.1" }] },
    };
    const passed = decide(ended(), rules, req(), "2026-08-31T12:00:00+02:00").because.find(
      (s) => s.rule === "agb-revocation",
    );
    expect(passed?.output).toBe("pass");
    expect(passed?.en).toContain(`(${en} later)`);
    expect(passed?.nl).toContain(`(${nl} later)`);
    const denied = decide(ended(), rules, req(), "2030-06-01");
    expect(denied.value).toMatchObject({ decision: "deny", failedCheck: "agb-revocation" });
    expect(last(denied)?.en).toContain(`, ${en} later.`);
    expect(last(denied)?.nl).toContain(`, ${nl} later.`);
  });

  it.each([
    [{ months: 1 }, "2026-10-01"],
    [{ days: 0 }, "2026-09-01"],
  ])(
    "MOZA 4.1: with a delay of %j the certificates stop at the start of %s (Amsterdam)",
    (value, revokedOn) => {
      const rules: RoleRules = {
        ...mozaRoles,
        agbRevocationDelay: { value, citations: [{ source: "MOZA", article: "4.1" }] },
      };
      const start = zonedInstant(date(revokedOn), 0);
      expect(decide(ended(), rules, req(), fromEpochMillis(start - 1)).value).toMatchObject({
        decision: "allow",
      });
      const d = decide(ended(), rules, req(), start);
      expect(d.value).toMatchObject({ decision: "deny", failedCheck: "agb-revocation" });
      expect(last(d)?.en).toContain(`revoked automatically on ${revokedOn}`);
    },
  );
});

describe("MOZA 4.2 / 5.2: a suspension and a maintenance stop deny during [from, until)", () => {
  it("MOZA 4.2: suspended from its instant (inclusive) until its end (exclusive)", () => {
    const events = [
      ...moza(),
      ev("AccessSuspended", "2026-03-01", {
        organisation: ORG_A as never,
        reason: "misuse" as never,
        until: t("2026-03-10"),
      }),
    ];
    const req = portal("bob", ORG_A, "view-cost-ceiling");
    const at = (x: string | Instant) => decide(events, mozaRoles, req, x);
    expect(trail(at(ms("2026-03-01", -1)))).toEqual([...MOZA_PASS_ALL, "permission:pass"]);
    for (const x of ["2026-03-01", ms("2026-03-10", -1)]) {
      const d = at(x);
      expect(d.value).toEqual({ decision: "deny", failedCheck: "suspension", grantingRoles: [] });
      expect(trail(d)).toEqual([
        "organisation-known:pass",
        "provider-only:pass",
        "certificate:pass",
        "agb-revocation:pass",
        "suspension:fail",
      ]);
    }
    expect(at("2026-03-10").value).toEqual({ decision: "allow", grantingRoles: ["cost-ceiling"] });
    expect(trail(at("2026-03-10"))).toEqual([...MOZA_PASS_ALL, "permission:pass"]);
  });

  it("MOZA 5.2: a maintenance stop denies, after the organisation's checks and before the terms", () => {
    const events = [
      ...moza(),
      ev("MaintenanceStopped", "2026-01-10", {
        from: t("2026-03-01"),
        until: t("2026-03-02"),
        reason: "upgrade" as never,
      }),
    ];
    const d = decide(events, mozaRoles, portal("bob", ORG_A, "view-cost-ceiling"), "2026-03-01");
    expect(d.value).toMatchObject({ decision: "deny", failedCheck: "maintenance" });
    expect(trail(d)).toEqual([...MOZA_PASS_ALL.slice(0, 5), "maintenance:fail"]);
    expect(last(d)?.citations).toEqual([{ source: "MOZA", article: "5.2" }]);
  });
});

describe("MOZA 1.2: the current terms of use accepted (persons only)", () => {
  it.each([
    ["must-accept", { terms: { status: "must-accept" } }],
    ["no-terms", { terms: { status: "no-terms" } }],
    ["not given", {}],
  ])("MOZA 1.2: a user whose terms status is %s is denied at terms-of-use", (_, facts) => {
    const d = decide(
      moza(),
      mozaRoles,
      portal("bob", ORG_A, "view-cost-ceiling", { facts } as never),
      "2026-02-01",
    );
    expect(d.value).toEqual({ decision: "deny", failedCheck: "terms-of-use", grantingRoles: [] });
    expect(trail(d)).toEqual([...MOZA_PASS_ALL.slice(0, 6), "terms-of-use:fail"]);
    expect(last(d)?.citations).toEqual([{ source: "MOZA", article: "1.2" }]);
  });

  it("MOZA 1.2: a request without any facts is denied at terms-of-use", () => {
    const { facts: _, ...bare } = portal("bob", ORG_A, "view-cost-ceiling");
    const d = decide(moza(), mozaRoles, bare as AccessRequest, "2026-02-01");
    expect(d.value).toEqual({ decision: "deny", failedCheck: "terms-of-use", grantingRoles: [] });
    expect(trail(d)).toEqual([...MOZA_PASS_ALL.slice(0, 6), "terms-of-use:fail"]);
    expect(last(d)?.en).toBe("The terms-of-use status was not given with the request.");
  });

  it("MOZA 1.2: the explanation tells a missing terms status from one not accepted", () => {
    const missing = decide(
      moza(),
      mozaRoles,
      portal("bob", ORG_A, "view-cost-ceiling", { facts: {} }),
      "2026-02-01",
    );
    expect(last(missing)?.en).toBe("The terms-of-use status was not given with the request.");
    const refused = decide(
      moza(),
      mozaRoles,
      portal("bob", ORG_A, "view-cost-ceiling", { facts: { terms: { status: "must-accept" } } }),
      "2026-02-01",
    );
    expect(last(refused)?.en).toBe("The user has not accepted the current terms of use.");
  });

  it("MOZA 1.2 / VGZ-GBZ: a user acting for a patient is a person too: terms not accepted deny", () => {
    const events = [
      ...moza(),
      ev("MandateRecorded", "2026-01-10", {
        organisation: ORG_A as never,
        mandate: "m-1" as never,
        request: "req-1" as never,
      }),
    ];
    const d = decide(
      events,
      mozaRoles,
      {
        subject: { _tag: "ActingForPatient", user: "pia", certificate: "c-pia", mandate: "m-1" },
        organisation: ORG_A,
        action: "file-prior-authorisation",
        resource: { _tag: "PriorAuthorisation", request: "req-1" },
        facts: { terms: { status: "must-accept" } },
      } as AccessRequest,
      "2026-02-01",
    );
    expect(d.value).toMatchObject({ decision: "deny", failedCheck: "terms-of-use" });
  });
});

// ---------------------------------------------------------------------------------------------
// MOZA 3.3: view-as
// ---------------------------------------------------------------------------------------------

const viewAs = (): Array<RoleEvent> => [
  ...moza(),
  ev("MedicalDataAuthorisation", "2026-01-08", { employee: "vgz-1" as never, authorised: true }),
  ev("MedicalDataAuthorisation", "2026-01-08", { employee: "vgz-2" as never, authorised: true }),
  ev("ViewAsConsented", "2026-02-01", {
    organisation: ORG_A as never,
    by: `sig-${ORG_A}` as never,
    consent: "cons-1" as never,
    employee: "vgz-1" as never,
    purpose: "solve-incident" as never,
    until: t("2026-03-01"),
  }),
];
const insurer = (
  employee: string,
  action: string,
  resource: AccessRequest["resource"] = { _tag: "Account" },
) =>
  ({
    subject: { _tag: "InsurerEmployee", employee, consent: "cons-1" },
    organisation: ORG_A,
    action,
    resource,
  }) as AccessRequest;
const VIEW_AS_PASS = [
  "organisation-known:pass",
  "provider-only:pass",
  "view-as-consent:pass",
  "view-as-medical-data:pass",
  "view-as-read-only:pass",
  "agb-revocation:pass",
  "suspension:pass",
  "maintenance:pass",
];

describe("MOZA 3.3: an insurer employee looks along only with a running consent, medical-data authorisation, read-only", () => {
  it("MOZA 3.3: the consented employee reads the account from the consent's instant; terms of use are not asked of them", () => {
    const d = decide(viewAs(), mozaRoles, insurer("vgz-1", "view-cost-ceiling"), "2026-02-01");
    expect(d.value).toEqual({ decision: "allow", grantingRoles: ["view-as"] });
    expect(trail(d)).toEqual([...VIEW_AS_PASS, "permission:pass"]);
    expect(last(d)?.inputs).toMatchObject({ grantingRoles: "view-as" });
    expect(d.audit).toMatchObject({
      actor: { kind: "insurer-employee", id: "vgz-1" },
      viewAs: { consent: "cons-1" },
    });
  });

  it("MOZA 3.3: not before the consent, not from its end, not for another employee", () => {
    for (const [employee, at] of [
      ["vgz-1", ms("2026-02-01", -1)],
      ["vgz-1", "2026-03-01"],
      ["vgz-2", "2026-02-10"],
    ] as const) {
      const d = decide(viewAs(), mozaRoles, insurer(employee, "view-cost-ceiling"), at);
      expect(d.value, `${employee} ${at}`).toEqual({
        decision: "deny",
        failedCheck: "view-as-consent",
        grantingRoles: [],
      });
      expect(trail(d)).toEqual(["organisation-known:pass", "provider-only:pass", "view-as-consent:fail"]);
    }
    expect(
      decide(viewAs(), mozaRoles, insurer("vgz-1", "view-cost-ceiling"), ms("2026-03-01", -1)).value,
    ).toMatchObject({
      decision: "allow",
    });
  });

  it("MOZA 3.3: an employee not authorised for medical data is denied; a changing action is denied as not read-only", () => {
    const events = [
      ...viewAs(),
      ev("MedicalDataAuthorisation", "2026-02-05", { employee: "vgz-1" as never, authorised: false }),
    ];
    const medical = decide(events, mozaRoles, insurer("vgz-1", "view-cost-ceiling"), "2026-02-10");
    expect(medical.value).toMatchObject({ decision: "deny", failedCheck: "view-as-medical-data" });
    expect(trail(medical)).toEqual([...VIEW_AS_PASS.slice(0, 3), "view-as-medical-data:fail"]);
    const write = decide(viewAs(), mozaRoles, insurer("vgz-1", "deliver-information"), "2026-02-10");
    expect(write.value).toMatchObject({ decision: "deny", failedCheck: "view-as-read-only" });
    expect(trail(write)).toEqual([...VIEW_AS_PASS.slice(0, 4), "view-as-read-only:fail"]);
  });

  it("MOZA 3.3: an employee never authorised for medical data is denied at view-as-medical-data", () => {
    const events = [
      ...viewAs(),
      ev("ViewAsConsented", "2026-02-01", {
        organisation: ORG_A as never,
        by: `sig-${ORG_A}` as never,
        consent: "cons-3" as never,
        employee: "vgz-3" as never,
        purpose: "test-functions" as never,
        until: t("2026-03-01"),
      }),
    ];
    const req = {
      ...insurer("vgz-3", "view-cost-ceiling"),
      subject: { _tag: "InsurerEmployee", employee: "vgz-3", consent: "cons-3" },
    };
    const d = decide(events, mozaRoles, req as AccessRequest, "2026-02-10");
    expect(d.value).toEqual({ decision: "deny", failedCheck: "view-as-medical-data", grantingRoles: [] });
    expect(trail(d)).toEqual([...VIEW_AS_PASS.slice(0, 3), "view-as-medical-data:fail"]);
  });

  it("MOZA 3.3: looking along is in the account only: a prior-authorisation request is denied by permission", () => {
    const d = decide(
      viewAs(),
      mozaRoles,
      insurer("vgz-1", "view-cost-ceiling", { _tag: "PriorAuthorisation", request: "req-1" }),
      "2026-02-10",
    );
    expect(d.value).toEqual({ decision: "deny", failedCheck: "permission", grantingRoles: [] });
    expect(trail(d)).toEqual([...VIEW_AS_PASS, "permission:fail"]);
  });

  it("MOZA 3.3: a read-only permission no functional role of the catalogue carries is not shown by looking along", () => {
    // the main contact's permission made read-only: no organisation role carries it
    const rules: RoleRules = {
      ...mozaRoles,
      readOnlyPermissions: [...mozaRoles.readOnlyPermissions, "manage-authorisations"],
    };
    const d = decide(viewAs(), rules, insurer("vgz-1", "manage-authorisations"), "2026-02-10");
    expect(d.value).toEqual({ decision: "deny", failedCheck: "permission", grantingRoles: [] });
    const first = decide(viewAs(), mozaRoles, insurer("vgz-1", "read-digital-mail"), "2026-02-10");
    expect(first.value).toEqual({ decision: "allow", grantingRoles: ["view-as"] });
  });
});

// ---------------------------------------------------------------------------------------------
// VGZ-GBZ: the provider acting for the patient on a prior-authorisation request
// ---------------------------------------------------------------------------------------------

const mandated = (): Array<RoleEvent> => [
  ...moza(),
  ev("MandateRecorded", "2026-02-01", {
    organisation: ORG_A as never,
    mandate: "m-1" as never,
    request: "req-1" as never,
    until: t("2026-03-01"),
  }),
];
const acting = (
  user: string,
  action: string,
  resource: AccessRequest["resource"] = { _tag: "PriorAuthorisation", request: "req-1" },
  mandate = "m-1",
) =>
  ({
    subject: { _tag: "ActingForPatient", user, certificate: `c-${user}`, mandate },
    organisation: ORG_A,
    action,
    resource,
    facts: { terms: { status: "ok" } },
  }) as AccessRequest;

describe("VGZ-GBZ machtiging: acting for the patient on that request only, with the employee's own role (MOZA 1.5)", () => {
  it("VGZ-GBZ: the mandate's request, from its instant until its end, an action of the mandate, and a role for it", () => {
    const d = decide(mandated(), mozaRoles, acting("pia", "file-prior-authorisation"), "2026-02-01");
    expect(d.value).toEqual({ decision: "allow", grantingRoles: ["mandate"] });
    expect(trail(d)).toEqual([...MOZA_PASS_ALL, "mandate:pass"]);
    expect(last(d)?.inputs).toMatchObject({ grantingRoles: "mandate" });
    expect(last(d)?.citations).toEqual([{ source: "VGZ-GBZ", article: "machtiging" }]);
    expect(d.audit).toMatchObject({ actor: { kind: "acting-for-patient", id: "pia" }, mandate: "m-1" });
    expect(
      decide(mandated(), mozaRoles, acting("pia", "answer-follow-up-questions"), ms("2026-03-01", -1)).value,
    ).toEqual({ decision: "allow", grantingRoles: ["mandate"] });
  });

  it.each([
    ["before the mandate", acting("pia", "file-prior-authorisation"), ms("2026-02-01", -1)],
    ["at its end", acting("pia", "file-prior-authorisation"), "2026-03-01"],
    [
      "for another request",
      acting("pia", "file-prior-authorisation", { _tag: "PriorAuthorisation", request: "req-2" }),
      "2026-02-10",
    ],
    ["on the account", acting("pia", "file-prior-authorisation", { _tag: "Account" }), "2026-02-10"],
    ["under an unknown mandate", acting("pia", "file-prior-authorisation", undefined, "m-9"), "2026-02-10"],
    ["for an action outside the mandate", acting("bob", "view-cost-ceiling"), "2026-02-10"],
  ])("VGZ-GBZ: %s the mandate does not cover the action", (_, req, at) => {
    const d = decide(mandated(), mozaRoles, req, at);
    expect(d.value).toEqual({ decision: "deny", failedCheck: "mandate", grantingRoles: [] });
    expect(trail(d)).toEqual([...MOZA_PASS_ALL, "mandate:fail"]);
  });

  it("MOZA 1.5: an action no role of the rulebook knows is denied by permission, also under a mandate", () => {
    const d = decide(mandated(), mozaRoles, acting("pia", "delete-everything"), "2026-02-10");
    expect(d.value).toEqual({ decision: "deny", failedCheck: "permission", grantingRoles: [] });
    expect(trail(d)).toEqual([...MOZA_PASS_ALL, "permission:fail"]);
  });

  it("MOZA 1.5 / 2.4 b: a mandate does not widen what the employee may do: without the role it is denied by permission", () => {
    for (const user of ["bob", "ann", "cas"]) {
      const d = decide(mandated(), mozaRoles, acting(user, "file-prior-authorisation"), "2026-02-10");
      expect(d.value, user).toEqual({ decision: "deny", failedCheck: "permission", grantingRoles: [] });
      expect(trail(d)).toEqual([...MOZA_PASS_ALL, "permission:fail"]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// MDO: contract, payment, cooperation, per-meeting roles, intermediaries
// ---------------------------------------------------------------------------------------------

/** A and B contract MDO and form a cooperation (both authorised); kim contact and manager; lia minute-taker of mdo-1. */
const mdo = (): Array<RoleEvent> => [
  ...organisation(ORG_A, "2026-01-05", ["kim", "lia", "max", "ria"]),
  ...organisation(ORG_B, "2026-01-05", ["noa"]),
  ...[ORG_A, ORG_B].map((o) => ev("ContractStarted", "2026-01-05", { organisation: o as never })),
  appointMainContact(ORG_A, "2026-01-06", "kim"),
  appointMainContact(ORG_B, "2026-01-06", "noa"),
  grant(ORG_A, "2026-01-07", "kim", "lia", "mdo-user"),
  grant(ORG_A, "2026-01-07", "kim", "kim", "mdo-user"),
  grant(ORG_A, "2026-01-07", "kim", "ria", "registered-contact"),
  ev("CooperationFormed", "2026-01-08", { cooperation: COOP as never, members: [ORG_A, ORG_B] as never }),
  ev("CooperationContactAppointed", "2026-01-08", {
    cooperation: COOP as never,
    user: "kim" as never,
    organisation: ORG_A as never,
  }),
  ...[ORG_A, ORG_B].map((o) =>
    ev("MemberAuthorisationRequested", "2026-01-09", {
      cooperation: COOP as never,
      by: "kim" as never,
      organisation: o as never,
    }),
  ),
  ev("CooperationRoleGranted", "2026-01-10", {
    cooperation: COOP as never,
    by: "kim" as never,
    user: "kim" as never,
    organisation: ORG_A as never,
    role: "mdo-manager" as never,
  }),
  ...["lia", "ria"].map((user) =>
    ev("CooperationRoleGranted", "2026-01-11", {
      cooperation: COOP as never,
      mdo: "mdo-1" as never,
      by: "kim" as never,
      user: user as never,
      organisation: ORG_A as never,
      role: "minute-taker" as never,
    }),
  ),
];
const inMdo = (
  user: string,
  action: string,
  payment: "paid" | "not-due" | "overdue" | "none" = "not-due",
  mdoId = "mdo-1",
) =>
  ({
    subject: { _tag: "User", user, certificate: `c-${user}` },
    organisation: ORG_A,
    action,
    resource: { _tag: "Mdo", cooperation: COOP, mdo: mdoId },
    ...(payment === "none" ? {} : { facts: { payment } }),
  }) as AccessRequest;
const onAccount = (user: string, action: string, payment: "paid" | "not-due" | "overdue" = "not-due") =>
  ({ ...inMdo(user, action, payment), resource: { _tag: "Account" } }) as AccessRequest;
const MDO_PASS = [
  "organisation-known:pass",
  "provider-only:pass",
  "certificate:pass",
  "suspension:pass",
  "maintenance:pass",
  "contract:pass",
  "payment:pass",
  "cooperation-member:pass",
  "user-authorised:pass",
];
const ACCOUNT_PASS = MDO_PASS.slice(0, 7);

describe("MDO-BV 2.1 / 10.9: access during the agreement; after its end 90 days to read and export only", () => {
  const ended = () => [
    ...mdo(),
    ev("ContractEnded", "2026-06-01", { organisation: ORG_A as never, on: "2026-06-30" as never }),
  ];

  it("MDO-BV 2.1: the running contract passes; without a contract the organisation is denied at contract", () => {
    const running = decide(mdo(), mdoRoles, inMdo("lia", "edit-report"), "2026-06-30");
    expect(running.value).toEqual({ decision: "allow", grantingRoles: ["minute-taker"] });
    expect(trail(running)).toEqual([...MDO_PASS, "permission:pass"]);
    const none = organisation(ORG_C, "2026-01-05", ["oli"]);
    const d = decide(
      none,
      mdoRoles,
      { ...onAccount("oli", "file-report"), organisation: ORG_C } as AccessRequest,
      "2026-02-01",
    );
    expect(d.value).toEqual({ decision: "deny", failedCheck: "contract", grantingRoles: [] });
    expect(trail(d)).toEqual([...ACCOUNT_PASS.slice(0, 5), "contract:fail"]);
  });

  it("MDO-BV 10.9: ended on 30 Jun 2026, a read is allowed from 1 Jul 00:00 to the end of 28 Sep (90 days), as the read-only window", () => {
    for (const at of ["2026-07-01T00:00:00+02:00", "2026-09-28T23:59:59.999+02:00"]) {
      const d = decide(ended(), mdoRoles, inMdo("lia", "view-report"), at);
      expect(d.value, at).toEqual({ decision: "allow", grantingRoles: ["minute-taker"] });
      expect(trail(d)).toEqual([
        ...MDO_PASS.slice(0, 5),
        "read-only-window:pass",
        ...MDO_PASS.slice(6),
        "permission:pass",
      ]);
      const step = d.because.find((s) => s.rule === "read-only-window");
      expect(step?.citations).toEqual([{ source: "MDO-BV", article: "10.9" }]);
      expect(step?.en).toContain("for 90 days after its end");
      expect(step?.nl).toContain("90 dagen na het einde");
    }
    const after = decide(ended(), mdoRoles, inMdo("lia", "view-report"), "2026-09-29T00:00:00+02:00");
    expect(after.value).toEqual({ decision: "deny", failedCheck: "contract", grantingRoles: [] });
    expect(trail(after)).toEqual([...MDO_PASS.slice(0, 5), "contract:fail"]);
  });

  it("MDO-BV 2.1 / 10.9: before a contract starts there is no window to read in: a read is denied at contract", () => {
    const events = [
      ...organisation(ORG_C, "2026-01-05", ["oli"]),
      appointMainContact(ORG_C, "2026-01-06", "oli"),
      grant(ORG_C, "2026-01-07", "oli", "oli", "mdo-user"),
      ev("ContractStarted", "2026-03-01", { organisation: ORG_C as never }),
    ];
    const req = { ...onAccount("oli", "export-data"), organisation: ORG_C } as AccessRequest;
    const d = decide(events, mdoRoles, req, "2026-02-01");
    expect(d.value).toEqual({ decision: "deny", failedCheck: "contract", grantingRoles: [] });
    expect(trail(d)).toEqual([...ACCOUNT_PASS.slice(0, 5), "contract:fail"]);
    expect(decide(events, mdoRoles, req, "2026-03-01").value).toEqual({
      decision: "allow",
      grantingRoles: ["mdo-user"],
    });
  });

  it("MDO-BV 10.9: up to the contract's last instant it runs (no window step); a change in the window is denied", () => {
    const lastInstant = decide(
      ended(),
      mdoRoles,
      inMdo("lia", "edit-report"),
      "2026-06-30T23:59:59.999+02:00",
    );
    expect(trail(lastInstant)).toEqual([...MDO_PASS, "permission:pass"]);
    const change = decide(ended(), mdoRoles, inMdo("lia", "edit-report"), "2026-07-01T00:00:00+02:00");
    expect(change.value).toEqual({ decision: "deny", failedCheck: "contract", grantingRoles: [] });
    expect(trail(change)).toEqual([...MDO_PASS.slice(0, 5), "contract:fail"]);
  });
});

describe("MDO-BV 2.1: access to the paid service depends on timely payment", () => {
  it.each(["paid", "not-due"] as const)("MDO-BV 2.1: payment %s passes", (payment) => {
    const d = decide(mdo(), mdoRoles, inMdo("lia", "view-report", payment), "2026-02-01");
    expect(d.value).toEqual({ decision: "allow", grantingRoles: ["minute-taker"] });
  });
  it.each([
    ["overdue", "Access to the paid service depends on timely payment, and a payment is overdue."],
    ["none", "The payment status was not given with the request."],
  ] as const)("MDO-BV 2.1: payment %s denies at payment", (payment, en) => {
    const d = decide(mdo(), mdoRoles, inMdo("lia", "view-report", payment), "2026-02-01");
    expect(d.value).toEqual({ decision: "deny", failedCheck: "payment", grantingRoles: [] });
    expect(trail(d)).toEqual([...MDO_PASS.slice(0, 6), "payment:fail"]);
    expect(last(d)?.en).toBe(en);
    expect(last(d)?.citations).toEqual([{ source: "MDO-BV", article: "2.1" }]);
  });
});

describe("MDO-BV 2.1: payment on the organisation's account (answered from the fast window)", () => {
  it.each([
    ["paid", { decision: "allow", grantingRoles: ["mdo-user"] }],
    ["not-due", { decision: "allow", grantingRoles: ["mdo-user"] }],
    ["overdue", { decision: "deny", failedCheck: "payment", grantingRoles: [] }],
  ] as const)("MDO-BV 2.1: payment %s on the account", (payment, value) => {
    const d = decide(mdo(), mdoRoles, onAccount("lia", "use-mdo", payment), "2026-02-01");
    expect(d.value).toEqual(value);
    expect(trail(d)).toEqual(
      value.decision === "allow"
        ? [...ACCOUNT_PASS, "permission:pass"]
        : [...ACCOUNT_PASS.slice(0, 6), "payment:fail"],
    );
  });
  it("MDO-BV 2.1: no payment status given denies at payment (an empty facts object or none at all)", () => {
    const { facts: _, ...bare } = onAccount("lia", "use-mdo");
    for (const req of [{ ...bare, facts: {} }, bare] as Array<AccessRequest>) {
      const d = decide(mdo(), mdoRoles, req, "2026-02-01");
      expect(d.value).toEqual({ decision: "deny", failedCheck: "payment", grantingRoles: [] });
      expect(trail(d)).toEqual([...ACCOUNT_PASS.slice(0, 6), "payment:fail"]);
    }
  });
});

describe("MDO-BV 3.2 / 1.17 / 2.2: an authorised member of a cooperation of two or more, and a user the provider authorised", () => {
  it("MDO-BV 1.17: a cooperation of exactly two authorised members passes; one left alone is denied", () => {
    expect(trail(decide(mdo(), mdoRoles, inMdo("lia", "view-report"), "2026-02-01"))).toEqual([
      ...MDO_PASS,
      "permission:pass",
    ]);
    const events = [
      ...mdo(),
      ev("MemberRevocationRequested", "2026-01-20", {
        cooperation: COOP as never,
        by: "kim" as never,
        organisation: ORG_B as never,
      }),
    ];
    const d = decide(events, mdoRoles, inMdo("lia", "view-report"), "2026-02-01");
    expect(d.value).toEqual({ decision: "deny", failedCheck: "cooperation-member", grantingRoles: [] });
    expect(trail(d)).toEqual([...MDO_PASS.slice(0, 7), "cooperation-member:fail"]);
  });

  it("MDO-BV 1.17 (the least size is the rulebook's figure): with a minimum of 3, a cooperation left with 2 is denied", () => {
    const coop = mdoRoles.cooperations as NonNullable<RoleRules["cooperations"]>;
    const rules: RoleRules = {
      ...mdoRoles,
      cooperations: { ...coop, minMembers: { value: 3, citations: coop.minMembers.citations } },
    };
    const events = [
      ...organisation(ORG_A, "2026-01-05", ["kim", "lia"]),
      ...organisation(ORG_B, "2026-01-05", ["noa"]),
      ...organisation(ORG_C, "2026-01-05", ["oli"]),
      ...[ORG_A, ORG_B, ORG_C].map((o) => ev("ContractStarted", "2026-01-05", { organisation: o as never })),
      appointMainContact(ORG_A, "2026-01-06", "kim"),
      grant(ORG_A, "2026-01-07", "kim", "lia", "mdo-user"),
      ev("CooperationFormed", "2026-01-08", {
        cooperation: COOP as never,
        members: [ORG_A, ORG_B, ORG_C] as never,
      }),
      ev("CooperationContactAppointed", "2026-01-08", {
        cooperation: COOP as never,
        user: "kim" as never,
        organisation: ORG_A as never,
      }),
      ...[ORG_A, ORG_B, ORG_C].map((o) =>
        ev("MemberAuthorisationRequested", "2026-01-09", {
          cooperation: COOP as never,
          by: "kim" as never,
          organisation: o as never,
        }),
      ),
      ev("MemberRevocationRequested", "2026-02-01", {
        cooperation: COOP as never,
        by: "kim" as never,
        organisation: ORG_C as never,
      }),
    ];
    expect(trail(decide(events, rules, inMdo("lia", "view-report"), "2026-01-20"))).toEqual([
      ...MDO_PASS,
      "permission:fail",
    ]);
    const d = decide(events, rules, inMdo("lia", "view-report"), "2026-02-01");
    expect(d.value).toEqual({ decision: "deny", failedCheck: "cooperation-member", grantingRoles: [] });
  });

  it("MDO-BV 3.2: an organisation that is not an authorised member, or an unknown cooperation, is denied", () => {
    const events = [
      ...mdo(),
      ...organisation(ORG_C, "2026-01-05", ["oli"]),
      ev("ContractStarted", "2026-01-05", { organisation: ORG_C as never }),
    ];
    const notMember = decide(
      events,
      mdoRoles,
      { ...inMdo("oli", "view-report"), organisation: ORG_C } as AccessRequest,
      "2026-02-01",
    );
    expect(notMember.value).toMatchObject({ decision: "deny", failedCheck: "cooperation-member" });
    const unknown = decide(
      mdo(),
      mdoRoles,
      {
        ...inMdo("lia", "view-report"),
        resource: { _tag: "Mdo", cooperation: "coop-zuid", mdo: "mdo-1" },
      } as AccessRequest,
      "2026-02-01",
    );
    expect(unknown.value).toMatchObject({ decision: "deny", failedCheck: "cooperation-member" });
  });

  it("MDO-BV 2.2: a meeting role without the provider's authorisation (the use-mdo role) is denied at user-authorised", () => {
    // ria holds a meeting role but only the registered-contact role of her organisation
    const d = decide(mdo(), mdoRoles, inMdo("ria", "view-report"), "2026-02-01");
    expect(d.value).toEqual({ decision: "deny", failedCheck: "user-authorised", grantingRoles: [] });
    expect(trail(d)).toEqual([...MDO_PASS.slice(0, 8), "user-authorised:fail"]);
    expect(last(d)?.citations).toEqual([{ source: "MDO-BV", article: "2.2" }]);
  });

  it("MDO-BV 2.2: the cooperation checks apply to MDO resources only: on the account they are not run", () => {
    // ria is not authorised for MDO use; her organisation role still works on the account
    const d = decide(mdo(), mdoRoles, onAccount("ria", "file-change-request"), "2026-02-01");
    expect(d.value).toEqual({ decision: "allow", grantingRoles: ["registered-contact"] });
    expect(trail(d)).toEqual([...ACCOUNT_PASS, "permission:pass"]);
  });
});

describe("MDO-BV 1.11 / MDO-SLA §10.1: the role per MDO, or the MDO manager's role", () => {
  it("MDO-BV 1.11: the manager manages the team of any MDO of the cooperation; a meeting role only its own MDO", () => {
    const manager = decide(
      mdo(),
      mdoRoles,
      inMdo("kim", "manage-mdo-team", "not-due", "mdo-7"),
      "2026-02-01",
    );
    expect(manager.value).toEqual({ decision: "allow", grantingRoles: ["mdo-manager"] });
    expect(last(manager)?.inputs).toMatchObject({ grantingRoles: "mdo-manager" });
    const other = decide(mdo(), mdoRoles, inMdo("lia", "view-report", "not-due", "mdo-7"), "2026-02-01");
    expect(other.value).toEqual({ decision: "deny", failedCheck: "permission", grantingRoles: [] });
    expect(trail(other)).toEqual([...MDO_PASS, "permission:fail"]);
    expect(last(other)?.citations).toEqual([
      { source: "MDO-BV", article: "1.11" },
      { source: "MDO-SLA", article: "10.1" },
    ]);
  });

  it("MDO-BV 1.11: a meeting role that lacks the action falls back to the manager's role, and the organisation role gives nothing in an MDO", () => {
    const events = [
      ...mdo(),
      ev("CooperationRoleGranted", "2026-01-11", {
        cooperation: COOP as never,
        mdo: "mdo-1" as never,
        by: "kim" as never,
        user: "kim" as never,
        organisation: ORG_A as never,
        role: "participant" as never,
      }),
    ];
    expect(decide(events, mdoRoles, inMdo("kim", "manage-mdo-team"), "2026-02-01").value).toEqual({
      decision: "allow",
      grantingRoles: ["mdo-manager"],
    });
    expect(decide(events, mdoRoles, inMdo("kim", "comment"), "2026-02-01").value).toEqual({
      decision: "allow",
      grantingRoles: ["participant"],
    });
    // export-data is lia's organisation role (mdo-user), not a role of the meeting
    expect(decide(mdo(), mdoRoles, inMdo("lia", "export-data"), "2026-02-01").value).toEqual({
      decision: "deny",
      failedCheck: "permission",
      grantingRoles: [],
    });
  });

  it("MDO-BV 1.11: a meeting role held twice in one MDO names the role once", () => {
    const events = [
      ...mdo(),
      ev("CooperationRoleGranted", "2026-01-12", {
        cooperation: COOP as never,
        mdo: "mdo-1" as never,
        by: "kim" as never,
        user: "lia" as never,
        organisation: ORG_A as never,
        role: "minute-taker" as never,
        validUntil: t("2026-06-01"),
      }),
    ];
    const d = decide(events, mdoRoles, inMdo("lia", "edit-report"), "2026-02-01");
    expect(d.value).toEqual({ decision: "allow", grantingRoles: ["minute-taker"] });
    expect(last(d)?.inputs).toMatchObject({ grantingRoles: "minute-taker" });
  });

  it("MDO-BV 1.11: two meeting roles that both carry the action are both named, sorted", () => {
    const events = [
      ...mdo(),
      ev("CooperationRoleGranted", "2026-01-12", {
        cooperation: COOP as never,
        mdo: "mdo-1" as never,
        by: "kim" as never,
        user: "lia" as never,
        organisation: ORG_A as never,
        role: "participant" as never,
      }),
    ];
    const d = decide(events, mdoRoles, inMdo("lia", "view-case"), "2026-02-01");
    expect(d.value).toEqual({ decision: "allow", grantingRoles: ["minute-taker", "participant"] });
    expect(last(d)?.inputs).toMatchObject({ grantingRoles: "minute-taker, participant" });
    // only one of them carries `comment`
    expect(decide(events, mdoRoles, inMdo("lia", "comment"), "2026-02-01").value).toEqual({
      decision: "allow",
      grantingRoles: ["participant"],
    });
  });

  it("MDO-BV 1.11: a meeting role ended by its validUntil grants nothing from then", () => {
    const events = [
      ...mdo(),
      ev("CooperationRoleGranted", "2026-01-12", {
        cooperation: COOP as never,
        mdo: "mdo-2" as never,
        by: "kim" as never,
        user: "lia" as never,
        organisation: ORG_A as never,
        role: "chair" as never,
        validUntil: t("2026-03-01"),
      }),
    ];
    expect(
      decide(events, mdoRoles, inMdo("lia", "view-report", "not-due", "mdo-2"), ms("2026-03-01", -1)).value,
    ).toEqual({
      decision: "allow",
      grantingRoles: ["chair"],
    });
    expect(
      decide(events, mdoRoles, inMdo("lia", "view-report", "not-due", "mdo-2"), "2026-03-01").value,
    ).toMatchObject({
      decision: "deny",
      failedCheck: "permission",
    });
  });
});

describe("MDO-BV 8.4 / 2.6: no third party except an intermediary the provider engaged, for the connection only", () => {
  const engaged = () => [
    ...mdo(),
    ev("IntermediaryEngaged", "2026-01-12", {
      organisation: ORG_A as never,
      by: "kim" as never,
      intermediary: "koppel-bv" as never,
    }),
    ev("IntermediaryReleased", "2026-03-01", {
      organisation: ORG_A as never,
      by: "kim" as never,
      intermediary: "koppel-bv" as never,
    }),
  ];
  const third = (
    intermediary: string,
    action: string,
    resource: AccessRequest["resource"] = { _tag: "Account" },
  ) =>
    ({
      subject: { _tag: "Intermediary", intermediary },
      organisation: ORG_A,
      action,
      resource,
      facts: { payment: "not-due" },
    }) as AccessRequest;
  const ENGAGED = [
    "organisation-known:pass",
    "provider-only:pass",
    "intermediary-engaged:pass",
    ...ACCOUNT_PASS.slice(3),
  ];

  it("MDO-BV 8.4: the engaged intermediary uses the connection on the account, from its engagement until its release", () => {
    const d = decide(engaged(), mdoRoles, third("koppel-bv", "use-connection"), "2026-01-12");
    expect(d.value).toEqual({ decision: "allow", grantingRoles: ["intermediary"] });
    expect(trail(d)).toEqual([...ENGAGED, "intermediary-connection-only:pass"]);
    expect(last(d)?.inputs).toMatchObject({ grantingRoles: "intermediary" });
    expect(d.audit).toMatchObject({ actor: { kind: "intermediary", id: "koppel-bv" } });
    for (const at of [ms("2026-01-12", -1), "2026-03-01"]) {
      const x = decide(engaged(), mdoRoles, third("koppel-bv", "use-connection"), at);
      expect(x.value).toEqual({ decision: "deny", failedCheck: "intermediary-engaged", grantingRoles: [] });
      expect(trail(x)).toEqual([
        "organisation-known:pass",
        "provider-only:pass",
        "intermediary-engaged:fail",
      ]);
    }
    expect(
      decide(engaged(), mdoRoles, third("other-bv", "use-connection"), "2026-02-01").value,
    ).toMatchObject({
      failedCheck: "intermediary-engaged",
    });
  });

  it("MDO-BV 8.4: an action no role of the rulebook knows is denied by permission (deny by default), for an intermediary too", () => {
    const d = decide(engaged(), mdoRoles, third("koppel-bv", "delete-everything"), "2026-02-01");
    expect(d.value).toEqual({ decision: "deny", failedCheck: "permission", grantingRoles: [] });
    expect(trail(d)).toEqual([...ENGAGED, "permission:fail"]);
  });

  it("MDO-BV 8.4: an intermediary has connection rights only: another action, or another resource, is denied", () => {
    const action = decide(engaged(), mdoRoles, third("koppel-bv", "file-report"), "2026-02-01");
    expect(action.value).toEqual({
      decision: "deny",
      failedCheck: "intermediary-connection-only",
      grantingRoles: [],
    });
    expect(trail(action)).toEqual([...ENGAGED, "intermediary-connection-only:fail"]);
    const resource = decide(
      engaged(),
      mdoRoles,
      third("koppel-bv", "use-connection", { _tag: "PriorAuthorisation", request: "req-1" }),
      "2026-02-01",
    );
    expect(resource.value).toEqual({
      decision: "deny",
      failedCheck: "intermediary-connection-only",
      grantingRoles: [],
    });
    // in an MDO the provider's authorisation of a user is asked, which an intermediary is not (MDO-BV 2.2)
    const inMeeting = decide(
      engaged(),
      mdoRoles,
      third("koppel-bv", "use-connection", { _tag: "Mdo", cooperation: COOP, mdo: "mdo-1" }),
      "2026-02-01",
    );
    expect(inMeeting.value).toMatchObject({ decision: "deny", failedCheck: "user-authorised" });
  });
});

// ---------------------------------------------------------------------------------------------
// The role that grants, on the slow path (a grant that starts later keeps the fast window shut)
// ---------------------------------------------------------------------------------------------

describe("MOZA 1.5 / 2.4 b: the role that grants the action, also where the full checks run", () => {
  const later = (): Array<RoleEvent> => [
    ...organisation(ORG_A, "2026-01-05", ["ann", "bob"]),
    appointMainContact(ORG_A, "2026-01-06", "ann"),
    grant(ORG_A, "2026-01-07", "ann", "bob", "digital-mail"),
    grant(ORG_A, "2026-01-07", "ann", "bob", "request-status"),
    grantFrom(ORG_A, "2026-01-07", "ann", "bob", "cost-ceiling", "2030-01-01"),
    grantFrom(ORG_A, "2026-01-07", "ann", "ann", "cost-ceiling", "2030-01-01"),
  ];

  it("MOZA 1.5: the functional role grants its permission (the first permission of the catalogue too)", () => {
    const d = decide(later(), mozaRoles, portal("bob", ORG_A, "read-digital-mail"), "2026-02-01");
    expect(d.value).toEqual({ decision: "allow", grantingRoles: ["digital-mail"] });
    expect(trail(d)).toEqual([...MOZA_PASS_ALL, "permission:pass"]);
    expect(last(d)?.inputs).toEqual({
      organisation: ORG_A,
      action: "read-digital-mail",
      grantingRoles: "digital-mail",
    });
    expect(last(d)?.citations).toEqual([
      { source: "MOZA", article: "1.5" },
      { source: "MOZA", article: "2.4 b" },
    ]);
  });

  it("MOZA 1.5: a role that starts later grants nothing yet; a permission nobody holds is denied by default", () => {
    const notYet = decide(later(), mozaRoles, portal("bob", ORG_A, "view-cost-ceiling"), "2026-02-01");
    expect(notYet.value).toEqual({ decision: "deny", failedCheck: "permission", grantingRoles: [] });
    expect(trail(notYet)).toEqual([...MOZA_PASS_ALL, "permission:fail"]);
    expect(decide(later(), mozaRoles, portal("bob", ORG_A, "view-cost-ceiling"), "2030-01-01").value).toEqual(
      {
        decision: "allow",
        grantingRoles: ["cost-ceiling"],
      },
    );
    expect(
      decide(later(), mozaRoles, portal("bob", ORG_A, "view-request-status"), "2026-02-01").value,
    ).toEqual({
      decision: "allow",
      grantingRoles: ["request-status"],
    });
    const unknown = decide(later(), mozaRoles, portal("bob", ORG_A, "delete-everything"), "2026-02-01");
    expect(unknown.value).toEqual({ decision: "deny", failedCheck: "permission", grantingRoles: [] });
    expect(trail(unknown)).toEqual([...MOZA_PASS_ALL, "permission:fail"]);
  });

  it("MOZA 1.5: a role grants from the instant it is granted; a time-bounded role not at its end", () => {
    const at = decide(moza(), mozaRoles, portal("bob", ORG_A, "view-cost-ceiling"), "2026-01-07");
    expect(at.value).toEqual({ decision: "allow", grantingRoles: ["cost-ceiling"] });
    expect(trail(at)).toEqual([...MOZA_PASS_ALL, "permission:pass"]);
    expect(last(at)?.inputs).toMatchObject({ grantingRoles: "cost-ceiling" });
    const events = [
      ...mdo(),
      grant(ORG_A, "2026-01-07", "kim", "max", "registered-contact", "2026-03-01"),
      grant(ORG_A, "2026-01-07", "kim", "max", "mdo-user"),
    ];
    const before = decide(events, mdoRoles, onAccount("max", "file-report"), ms("2026-03-01", -1));
    expect(before.value).toEqual({ decision: "allow", grantingRoles: ["mdo-user", "registered-contact"] });
    const end = decide(events, mdoRoles, onAccount("max", "file-report"), "2026-03-01");
    expect(end.value).toEqual({ decision: "allow", grantingRoles: ["mdo-user"] });
    expect(last(end)?.inputs).toMatchObject({ grantingRoles: "mdo-user" });
    const gone = decide(events, mdoRoles, onAccount("max", "file-change-request"), "2026-03-01");
    expect(gone.value).toEqual({ decision: "deny", failedCheck: "permission", grantingRoles: [] });
    expect(trail(gone)).toEqual([...ACCOUNT_PASS, "permission:fail"]);
  });

  it("MOZA 1.6: the main contact's own role grants managing the authorisations", () => {
    const d = decide(later(), mozaRoles, portal("ann", ORG_A, "manage-authorisations"), "2026-02-01");
    expect(d.value).toEqual({ decision: "allow", grantingRoles: ["main-contact"] });
    expect(last(d)?.inputs).toMatchObject({ grantingRoles: "main-contact" });
  });

  it("MOZA 1.5: the portal's account is the only user resource: an MDO or a prior-authorisation request is denied by permission", () => {
    for (const resource of [
      { _tag: "Mdo", cooperation: COOP, mdo: "mdo-1" },
      { _tag: "PriorAuthorisation", request: "req-1" },
    ]) {
      const d = decide(
        later(),
        mozaRoles,
        portal("bob", ORG_A, "read-digital-mail", { resource } as never),
        "2026-02-01",
      );
      expect(d.value, resource._tag).toEqual({
        decision: "deny",
        failedCheck: "permission",
        grantingRoles: [],
      });
      expect(trail(d)).toEqual([...MOZA_PASS_ALL, "permission:fail"]);
    }
  });

  it("MDO-SLA §10.1 / MDO-BV 2.2: two organisation roles that both carry the action are both named, sorted", () => {
    const events = [
      ...mdo(),
      grant(ORG_A, "2026-01-07", "kim", "max", "registered-contact"),
      grant(ORG_A, "2026-01-07", "kim", "max", "mdo-user"),
      grantFrom(ORG_A, "2026-01-07", "kim", "max", "registered-contact", "2030-01-01"),
    ];
    const d = decide(events, mdoRoles, onAccount("max", "file-report"), "2026-02-01");
    expect(d.value).toEqual({ decision: "allow", grantingRoles: ["mdo-user", "registered-contact"] });
    expect(last(d)?.inputs).toMatchObject({ grantingRoles: "mdo-user, registered-contact" });
    expect(decide(events, mdoRoles, onAccount("max", "file-change-request"), "2026-02-01").value).toEqual({
      decision: "allow",
      grantingRoles: ["registered-contact"],
    });
  });
});

describe("MDO-BV 2.2 / MDO-SLA §10.1: every organisation role that carries the action is named, and only those", () => {
  it("MDO-SLA §10.1: the first role of the catalogue granted first, a second after it: both named", () => {
    // lia holds mdo-user (the catalogue's first role) from 7 Jan; registered-contact is added
    const events = [
      ...mdo(),
      grant(ORG_A, "2026-01-12", "kim", "lia", "registered-contact"),
      grantFrom(ORG_A, "2026-01-12", "kim", "lia", "registered-contact", "2030-01-01"),
    ];
    const d = decide(events, mdoRoles, onAccount("lia", "file-report"), "2026-02-01");
    expect(d.value).toEqual({ decision: "allow", grantingRoles: ["mdo-user", "registered-contact"] });
  });

  it("MDO-SLA §10.1: a second role granted at the very instant asked about is named too", () => {
    const events = [
      ...mdo(),
      grant(ORG_A, "2026-01-12", "kim", "lia", "registered-contact"),
      grantFrom(ORG_A, "2026-01-12", "kim", "lia", "registered-contact", "2030-01-01"),
    ];
    const d = decide(events, mdoRoles, onAccount("lia", "file-report"), "2026-01-12");
    expect(d.value).toEqual({ decision: "allow", grantingRoles: ["mdo-user", "registered-contact"] });
    expect(last(d)?.inputs).toMatchObject({ grantingRoles: "mdo-user, registered-contact" });
  });

  it("MDO-SLA §10.1: a role that starts later is not named while another role grants now", () => {
    const events = [
      ...mdo(),
      grantFrom(ORG_A, "2026-01-12", "kim", "lia", "registered-contact", "2030-01-01"),
    ];
    const d = decide(events, mdoRoles, onAccount("lia", "file-report"), "2026-02-01");
    expect(d.value).toEqual({ decision: "allow", grantingRoles: ["mdo-user"] });
    expect(last(d)?.inputs).toMatchObject({ grantingRoles: "mdo-user" });
  });
});

describe("ADR 0007: the decision object: its audit record, its explanation, its JSON", () => {
  it("the audit record holds the instant asked about (NEN 7513), exactly to the millisecond", () => {
    for (const at of [
      "2026-02-01T09:00:00.001+01:00",
      "2031-12-31T23:59:59.999+01:00",
      "1970-01-01T01:00:00.000+01:00",
    ]) {
      const d = decide(moza(), mozaRoles, portal("bob", ORG_A, "view-cost-ceiling"), at);
      expect(d.audit.at, at).toBe(t(at));
    }
  });

  it("the explanation is computed once, and the JSON carries value, explanation and audit record", () => {
    const d = decide(moza(), mozaRoles, portal("bob", ORG_A, "view-cost-ceiling"), "2026-02-01");
    expect(d.because).toBe(d.because);
    expect(d.audit).toBe(d.audit);
    expect(JSON.parse(JSON.stringify(d))).toEqual({
      value: { decision: "allow", grantingRoles: ["cost-ceiling"] },
      because: JSON.parse(JSON.stringify(d.because)),
      audit: JSON.parse(JSON.stringify(d.audit)),
    });
    expect(
      d.because.every((s) => s.inputs.organisation === ORG_A && s.inputs.action === "view-cost-ceiling"),
    ).toBe(true);
  });
});
