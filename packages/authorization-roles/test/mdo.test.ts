import { describe, expect, test } from "vitest";
import { authorize, compileRoles, mayGrant, mdoRoles, type RoleEvent } from "../src/index.js";
import { appointMainContact, ev, grant, ORG_A, ORG_B, organisation, t } from "./fixtures.js";

const ORG_C = "03222222";
const COOP = "coop-noord";

/** Three providers with contracts; A and B form a cooperation; A's "kim" is the cooperation contact. */
const base = (): Array<RoleEvent> => [
  ...organisation(ORG_A, "2026-01-05", ["kim", "lia", "max"]),
  ...organisation(ORG_B, "2026-01-05", ["noa"]),
  ...organisation(ORG_C, "2026-01-05", ["oli"]),
  ...[ORG_A, ORG_B, ORG_C].map((o) => ev("ContractStarted", "2026-01-05", { organisation: o as never })),
  appointMainContact(ORG_A, "2026-01-06", "kim"),
  appointMainContact(ORG_B, "2026-01-06", "noa"),
  grant(ORG_A, "2026-01-07", "kim", "lia", "mdo-user"),
  grant(ORG_A, "2026-01-07", "kim", "kim", "mdo-user"),
  grant(ORG_B, "2026-01-07", "noa", "noa", "mdo-user"),
  ev("CooperationFormed", "2026-01-08", { cooperation: COOP as never, members: [ORG_A, ORG_B] as never }),
  ev("CooperationContactAppointed", "2026-01-08", {
    cooperation: COOP as never,
    user: "kim" as never,
    organisation: ORG_A as never,
  }),
  ev("MemberAuthorisationRequested", "2026-01-09", {
    cooperation: COOP as never,
    by: "kim" as never,
    organisation: ORG_A as never,
  }),
  ev("MemberAuthorisationRequested", "2026-01-09", {
    cooperation: COOP as never,
    by: "kim" as never,
    organisation: ORG_B as never,
  }),
  ev("CooperationRoleGranted", "2026-01-10", {
    cooperation: COOP as never,
    by: "kim" as never,
    user: "kim" as never,
    organisation: ORG_A as never,
    role: "mdo-manager" as never,
  }),
  ev("CooperationRoleGranted", "2026-01-11", {
    cooperation: COOP as never,
    mdo: "mdo-1" as never,
    by: "kim" as never,
    user: "lia" as never,
    organisation: ORG_A as never,
    role: "minute-taker" as never,
  }),
  ev("CooperationRoleGranted", "2026-01-11", {
    cooperation: COOP as never,
    mdo: "mdo-1" as never,
    by: "kim" as never,
    user: "noa" as never,
    organisation: ORG_B as never,
    role: "participant" as never,
  }),
];

const mdoReq = (
  user: string,
  org: string,
  action: string,
  mdo = "mdo-1",
  payment: "paid" | "overdue" | "not-due" = "not-due",
) =>
  ({
    subject: { _tag: "User", user, certificate: `c-${user}` },
    organisation: org,
    action,
    resource: { _tag: "Mdo", cooperation: COOP, mdo },
    facts: { payment },
  }) as never;
const decide = (events: ReadonlyArray<RoleEvent>, req: never, at: string) =>
  authorize(req, compileRoles(events, mdoRoles), t(at)).value;

describe("MDO-BV 1.11 / MDO-SLA §10.1 — the MDO manager gives users a role per MDO", () => {
  test("the minute-taker may edit the report of that MDO, and the explanation names the role", () => {
    expect(decide(base(), mdoReq("lia", ORG_A, "edit-report"), "2026-02-01")).toEqual({
      decision: "allow",
      grantingRoles: ["minute-taker"],
    });
  });
  test("a participant of another member organisation may comment but not edit the report", () => {
    expect(decide(base(), mdoReq("noa", ORG_B, "comment"), "2026-02-01")).toMatchObject({
      decision: "allow",
    });
    expect(decide(base(), mdoReq("noa", ORG_B, "edit-report"), "2026-02-01")).toMatchObject({
      failedCheck: "permission",
    });
  });
  test("a role in one MDO gives nothing in another MDO of the same cooperation", () => {
    expect(decide(base(), mdoReq("lia", ORG_A, "view-report", "mdo-2"), "2026-02-01")).toMatchObject({
      failedCheck: "permission",
    });
  });
  test("a meeting role given by someone who is not an MDO manager is not applied", () => {
    const events = [
      ...base(),
      ev("CooperationRoleGranted", "2026-01-12", {
        cooperation: COOP as never,
        mdo: "mdo-1" as never,
        by: "lia" as never,
        user: "lia" as never,
        organisation: ORG_A as never,
        role: "chair" as never,
      }),
    ];
    expect(compileRoles(events, mdoRoles).rejected.map((r) => r.rule)).toEqual([
      "grant-meeting-role-by-manager",
    ]);
  });
  test("mayGrant: the manager may give a meeting role to a user of a member, not to a user of a non-member", () => {
    const roles = compileRoles(base(), mdoRoles);
    const g = (grantee: string, organisation: string) =>
      mayGrant(
        {
          grantor: "kim",
          grantee,
          role: "chair",
          scope: { _tag: "Mdo", cooperation: COOP, mdo: "mdo-1", organisation },
        } as never,
        roles,
        t("2026-02-01"),
      ).value;
    expect(g("noa", ORG_B)).toBe("allowed");
    expect(g("oli", ORG_C)).toBe("refused");
  });
});

describe("MDO-BV 3.2 — cooperation contacts: authorise and revoke members, carry out or assign the MDO-manager role", () => {
  test("a provider that is not an authorised member is denied even with a meeting role given earlier", () => {
    const events = [
      ...base(),
      ev("MemberRevocationRequested", "2026-03-01", {
        cooperation: COOP as never,
        by: "kim" as never,
        organisation: ORG_B as never,
      }),
    ];
    expect(decide(events, mdoReq("noa", ORG_B, "comment"), "2026-02-28")).toMatchObject({
      decision: "allow",
    });
    expect(decide(events, mdoReq("noa", ORG_B, "comment"), "2026-03-02")).toMatchObject({
      failedCheck: "cooperation-member",
    });
  });
  test("only a registered cooperation contact's request authorises a member", () => {
    const events = [
      ...base(),
      ev("MemberAuthorisationRequested", "2026-01-12", {
        cooperation: COOP as never,
        by: "lia" as never,
        organisation: ORG_C as never,
      }),
    ];
    expect(compileRoles(events, mdoRoles).rejected.map((r) => r.rule)).toEqual(["member-request-by-contact"]);
  });
  test("only a provider that contracted the service can be authorised as a member", () => {
    const events = [
      ...base(),
      ev("ContractEnded", "2026-01-10", { organisation: ORG_C as never, on: "2026-01-10" as never }),
      ev("MemberAuthorisationRequested", "2026-01-12", {
        cooperation: COOP as never,
        by: "kim" as never,
        organisation: ORG_C as never,
      }),
    ];
    expect(compileRoles(events, mdoRoles).rejected.map((r) => r.rule)).toEqual(["contract"]);
  });
  test("the number of cooperation contacts is limited by the rulebook's figure", () => {
    const max = mdoRoles.cooperations?.maxContacts.value ?? 0;
    const extra = Array.from({ length: max }, (_, i) => [
      ev("CertificateIssued", "2026-01-12", {
        certificate: `c-x${i}` as never,
        user: `x${i}` as never,
        organisation: ORG_A as never,
        validFrom: t("2026-01-12"),
        validUntil: t("2031-01-01"),
      }),
      ev("CooperationContactAppointed", "2026-01-12", {
        cooperation: COOP as never,
        user: `x${i}` as never,
        organisation: ORG_A as never,
      }),
    ]).flat();
    const roles = compileRoles([...base(), ...extra], mdoRoles);
    expect(roles.rejected.map((r) => r.rule)).toEqual(["cooperation-contact-limit"]);
  });
  test("a cooperation contact must hold a valid certificate of the member organisation named (a user of C cannot be A's contact)", () => {
    const events = [
      ...base(),
      ev("CooperationContactAppointed", "2026-01-12", {
        cooperation: COOP as never,
        user: "oli" as never,
        organisation: ORG_A as never,
      }),
      // oli (of C) then asks to revoke B: not a contact, so nothing happens
      ev("MemberRevocationRequested", "2026-01-13", {
        cooperation: COOP as never,
        by: "oli" as never,
        organisation: ORG_B as never,
      }),
    ];
    const roles = compileRoles(events, mdoRoles);
    expect(roles.rejected.map((r) => [r.tag, r.rule, r.citations])).toEqual([
      [
        "CooperationContactAppointed",
        "cooperation-member",
        [
          { source: "MDO-BV", article: "3.2" },
          { source: "MDO-BV", article: "1.17" },
        ],
      ],
      ["MemberRevocationRequested", "member-request-by-contact", [{ source: "MDO-BV", article: "3.2" }]],
    ]);
    expect(authorize(mdoReq("noa", ORG_B, "comment"), roles, t("2026-01-14")).value.decision).toBe("allow");
  });
  test("only a cooperation contact assigns the MDO-manager role", () => {
    const roles = compileRoles(base(), mdoRoles);
    const g = (grantor: string) =>
      mayGrant(
        {
          grantor,
          grantee: "lia",
          role: "mdo-manager",
          scope: { _tag: "Cooperation", cooperation: COOP, organisation: ORG_A },
        } as never,
        roles,
        t("2026-02-01"),
      );
    expect(g("kim").value).toBe("allowed");
    expect(g("lia").value).toBe("refused");
    expect(g("lia").details.rule).toBe("grant-manager-by-contact");
  });
  test("the MDO manager may manage the team", () => {
    expect(decide(base(), mdoReq("kim", ORG_A, "manage-mdo-team"), "2026-02-01")).toEqual({
      decision: "allow",
      grantingRoles: ["mdo-manager"],
    });
  });
});

describe("MDO-BV 1.17 — a cooperation is two or more providers", () => {
  test("with one authorised member left, nobody acts in its MDOs", () => {
    const events = [
      ...base(),
      ev("MemberRevocationRequested", "2026-03-01", {
        cooperation: COOP as never,
        by: "kim" as never,
        organisation: ORG_B as never,
      }),
    ];
    expect(decide(events, mdoReq("lia", ORG_A, "edit-report"), "2026-03-02")).toMatchObject({
      failedCheck: "cooperation-member",
    });
  });
  test("a cooperation formed by one provider is not applied", () => {
    const events = [
      ...base(),
      ev("CooperationFormed", "2026-01-12", {
        cooperation: "solo" as never,
        members: [ORG_A, ORG_A] as never,
      }),
    ];
    expect(compileRoles(events, mdoRoles).rejected.map((r) => r.rule)).toEqual(["cooperation-size"]);
  });
});

describe("MDO-BV 2.2 — the provider authorises its individual users", () => {
  test("a user with a meeting role but without the provider's authorisation is denied", () => {
    const events = [
      ...base(),
      ev("RoleRevoked", "2026-03-01", {
        organisation: ORG_A as never,
        by: "kim" as never,
        user: "lia" as never,
        role: "mdo-user" as never,
      }),
    ];
    expect(decide(events, mdoReq("lia", ORG_A, "edit-report"), "2026-03-02")).toMatchObject({
      failedCheck: "user-authorised",
    });
  });
});

describe("MDO-BV 2.1 — access during the agreement, on timely payment of a paid service", () => {
  test("an overdue payment denies access; a missing payment fact is denied too", () => {
    expect(
      decide(base(), mdoReq("lia", ORG_A, "edit-report", "mdo-1", "overdue"), "2026-02-01"),
    ).toMatchObject({ failedCheck: "payment" });
    const noFacts = { ...(mdoReq("lia", ORG_A, "edit-report") as object), facts: {} } as never;
    expect(decide(base(), noFacts, "2026-02-01")).toMatchObject({ failedCheck: "payment" });
  });
});

describe("MDO-BV 10.9 — 90 days after the end the data stay available to read and export", () => {
  const ended = () => [
    ...base(),
    ev("ContractEnded", "2026-06-01", { organisation: ORG_A as never, on: "2026-06-30" as never }),
  ];
  test("after the end: reading and exporting are allowed for 90 days, writing is not", () => {
    expect(decide(ended(), mdoReq("lia", ORG_A, "view-report"), "2026-07-01")).toMatchObject({
      decision: "allow",
    });
    expect(decide(ended(), mdoReq("lia", ORG_A, "edit-report"), "2026-07-01")).toMatchObject({
      failedCheck: "contract",
    });
    const d = authorize(
      mdoReq("lia", ORG_A, "view-report"),
      compileRoles(ended(), mdoRoles),
      t("2026-07-01"),
    );
    expect(d.because.map((s) => s.rule)).toContain("read-only-window");
  });
  test("the window's last day is 28 Sep 2026 (30 Jun + 90 days); from 29 Sep everything is denied", () => {
    expect(decide(ended(), mdoReq("lia", ORG_A, "view-report"), "2026-09-28T23:59:00+02:00")).toMatchObject({
      decision: "allow",
    });
    expect(decide(ended(), mdoReq("lia", ORG_A, "view-report"), "2026-09-29T00:00:00+02:00")).toMatchObject({
      failedCheck: "contract",
    });
  });
});

describe("MDO-BV 7.10 b — the supplier may suspend production access after a written warning", () => {
  test("a suspension without a prior written warning is not applied", () => {
    const events = [
      ...base(),
      ev("AccessSuspended", "2026-03-01", { organisation: ORG_A as never, reason: "suspected breach" }),
    ];
    const roles = compileRoles(events, mdoRoles);
    expect(roles.rejected.map((r) => r.rule)).toEqual(["suspension-warning"]);
    expect(authorize(mdoReq("lia", ORG_A, "edit-report"), roles, t("2026-03-02")).value.decision).toBe(
      "allow",
    );
  });
  test("after a written warning the suspension denies everything", () => {
    const events = [
      ...base(),
      ev("SuspensionWarned", "2026-02-20", { organisation: ORG_A as never, reason: "suspected breach" }),
      ev("AccessSuspended", "2026-03-01", { organisation: ORG_A as never, reason: "suspected breach" }),
    ];
    expect(decide(events, mdoReq("lia", ORG_A, "edit-report"), "2026-03-02")).toMatchObject({
      failedCheck: "suspension",
    });
  });
});

describe("MDO-BV 8.4 / 2.6 — no third party except an intermediary, with connection-only rights", () => {
  const events = () => [
    ...base(),
    ev("IntermediaryEngaged", "2026-01-12", {
      organisation: ORG_A as never,
      by: "kim" as never,
      intermediary: "koppel-bv" as never,
    }),
  ];
  const req = (intermediary: string, action: string) =>
    ({
      subject: { _tag: "Intermediary", intermediary },
      organisation: ORG_A,
      action,
      resource: { _tag: "Account" },
      facts: { payment: "not-due" },
    }) as never;
  test("the engaged intermediary uses the connection, and nothing else", () => {
    expect(decide(events(), req("koppel-bv", "use-connection"), "2026-02-01")).toEqual({
      decision: "allow",
      grantingRoles: ["intermediary"],
    });
    expect(decide(events(), req("koppel-bv", "view-report"), "2026-02-01")).toMatchObject({
      failedCheck: "intermediary-connection-only",
    });
  });
  test("any other third party is denied", () => {
    expect(decide(events(), req("other-bv", "use-connection"), "2026-02-01")).toMatchObject({
      failedCheck: "intermediary-engaged",
    });
  });
});

describe("MDO-SLA §10.1 — change requests only by registered contacts", () => {
  const account = (user: string, action: string) =>
    ({
      subject: { _tag: "User", user, certificate: `c-${user}` },
      organisation: ORG_A,
      action,
      resource: { _tag: "Account" },
      facts: { payment: "not-due" },
    }) as never;
  test("a registered contact files a change request; an ordinary user files reports but no change requests", () => {
    const events = [...base(), grant(ORG_A, "2026-01-12", "kim", "max", "registered-contact")];
    expect(decide(events, account("max", "file-change-request"), "2026-02-01")).toEqual({
      decision: "allow",
      grantingRoles: ["registered-contact"],
    });
    expect(decide(events, account("lia", "file-change-request"), "2026-02-01")).toMatchObject({
      failedCheck: "permission",
    });
    expect(decide(events, account("lia", "file-report"), "2026-02-01")).toMatchObject({ decision: "allow" });
  });
});

describe("adversarial: MDO roles do not cross organisations", () => {
  test("a meeting role granted for a user's organisation B is not usable with a certificate of A", () => {
    const events = [
      ...base(),
      ev("CertificateIssued", "2026-01-05", {
        certificate: "c-noa-a" as never,
        user: "noa" as never,
        organisation: ORG_A as never,
        validFrom: t("2026-01-05"),
        validUntil: t("2031-01-01"),
      }),
      grant(ORG_A, "2026-01-12", "kim", "noa", "mdo-user"),
    ];
    const req = {
      ...(mdoReq("noa", ORG_A, "comment") as object),
      subject: { _tag: "User", user: "noa", certificate: "c-noa-a" },
    } as never;
    expect(decide(events, req, "2026-02-01")).toMatchObject({ failedCheck: "permission" });
  });
  test("an MDO manager whose organisation left the cooperation can no longer give meeting roles", () => {
    const events = [
      ...base(),
      ev("MemberRevocationRequested", "2026-02-01", {
        cooperation: COOP as never,
        by: "kim" as never,
        organisation: ORG_A as never,
      }),
    ];
    const roles = compileRoles(events, mdoRoles);
    const g = mayGrant(
      {
        grantor: "kim",
        grantee: "noa",
        role: "chair",
        scope: { _tag: "Mdo", cooperation: COOP, mdo: "mdo-1", organisation: ORG_B },
      } as never,
      roles,
      t("2026-02-02"),
    );
    expect(g.value).toBe("refused");
    expect(g.details.rule).toBe("grant-meeting-role-by-manager");
  });
});
