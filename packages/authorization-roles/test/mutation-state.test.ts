// Tests that kill surviving mutants of src/internal/state.ts (issue #17, docs/quality.md): the
// compiled role state — the permission table of a rulebook, the maintenance stops (MOZA 5.2), the
// suspensions (MOZA 4.2), the certificate checks the fast path answers without the full checks
// (MOZA 1.3, 1.4), the fold's refusals of events (MOZA 1.5–1.7, 4.2; MDO-BV 1.17, 3.2) and the
// certificate look-up table. Every expected value is the clause's, worked out by hand; every
// result is computed inside its `it` (perTest coverage), on a fresh rulebook object where a cache
// per object could hide a mutant.
import { cite, type Instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  type AccessRequest,
  authorize,
  compileRoles,
  mayGrant,
  mdoRoles,
  mozaRoles,
  type RoleEvent,
  type RoleRules,
} from "../src/index.js";
import { appointMainContact, ev, grant, ORG_A, ORG_B, organisation, portal, t } from "./fixtures.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A: signatory sig-A, main contact ann, employees bob and cas; B: dirk (certificates until 2031). */
const base = (): Array<RoleEvent> => [
  ...organisation(ORG_A, "2026-01-05", ["ann", "bob", "cas"]),
  ...organisation(ORG_B, "2026-01-05", ["dirk"]),
  appointMainContact(ORG_A, "2026-01-06", "ann"),
  appointMainContact(ORG_B, "2026-01-06", "dirk"),
  grant(ORG_A, "2026-01-07", "ann", "bob", "cost-ceiling"),
];

/** The outcome of `user`'s request with certificate `certificate` for `org` at an instant. */
const outcome = (
  events: ReadonlyArray<RoleEvent>,
  rules: RoleRules,
  user: string,
  org: string,
  action: string,
  at: number,
  certificate = `c-${user}`,
  extra: Partial<AccessRequest> = {},
) =>
  authorize(
    { ...portal(user, org, action, extra), subject: { _tag: "User", user, certificate } } as AccessRequest,
    compileRoles(events, rules),
    at as Instant,
  ).value;

const failed = (...args: Parameters<typeof outcome>) => {
  const v = outcome(...args);
  return v.decision === "allow" ? `allow ${v.grantingRoles.join(",")}` : v.failedCheck;
};

// ---------------------------------------------------------------------------------------------
// The permission table (MOZA 1.5: a role grants exactly its permissions)
// ---------------------------------------------------------------------------------------------

/** A portal rulebook with 40 roles `r0 … r39`, role `rk` granting only permission `pk` (two mask words). */
const wide = (): RoleRules => ({
  ...mozaRoles,
  organisationRoles: {
    id: "wide",
    roles: Array.from({ length: 40 }, (_, k) => ({
      id: `r${k}`,
      name: `Role ${k}`,
      nameNl: `Rol ${k}`,
      permissions: [`p${k}`],
      source: cite("MOZA", "1.5"),
    })),
  },
  readOnlyPermissions: [],
});

describe("the permission table beyond 32 permissions: a role grants exactly its own permissions (MOZA 1.5)", () => {
  const events = (role: string): Array<RoleEvent> => [
    ...organisation(ORG_A, "2026-01-05", ["ann", "bob"]),
    appointMainContact(ORG_A, "2026-01-06", "ann"),
    grant(ORG_A, "2026-01-07", "ann", "bob", role),
  ];
  it("MOZA 1.5: a holder of r35 may p35 (the second mask word), not p3 (the same bit in the first word) nor p34", () => {
    const rules = wide();
    const at = t("2026-02-02");
    expect(failed(events("r35"), rules, "bob", ORG_A, "p35", at)).toBe("allow r35");
    expect(failed(events("r35"), rules, "bob", ORG_A, "p3", at)).toBe("permission");
    expect(failed(events("r35"), rules, "bob", ORG_A, "p34", at)).toBe("permission");
    expect(failed(events("r35"), rules, "bob", ORG_A, "p36", at)).toBe("permission");
  });
  it("MOZA 1.5: a holder of r3 may p3, not p35 nor p39; a holder of r39 may p39 only", () => {
    const rules = wide();
    const at = t("2026-02-02");
    expect(failed(events("r3"), rules, "bob", ORG_A, "p3", at)).toBe("allow r3");
    expect(failed(events("r3"), rules, "bob", ORG_A, "p35", at)).toBe("permission");
    expect(failed(events("r3"), rules, "bob", ORG_A, "p39", at)).toBe("permission");
    expect(failed(events("r39"), rules, "bob", ORG_A, "p39", at)).toBe("allow r39");
    expect(failed(events("r39"), rules, "bob", ORG_A, "p7", at)).toBe("permission");
  });
  it("MOZA 1.6: the main contact's own permission (manage-authorisations, after the 40) is the main contact's only", () => {
    const rules = wide();
    const at = t("2026-02-02");
    expect(failed(events("r0"), rules, "ann", ORG_A, "manage-authorisations", at)).toBe("allow main-contact");
    expect(failed(events("r0"), rules, "bob", ORG_A, "manage-authorisations", at)).toBe("permission");
    expect(failed(events("r0"), rules, "ann", ORG_A, "p0", at)).toBe("permission");
  });
});

describe("several roles granting one action are all named, once each, sorted (spec §5)", () => {
  /** Two roles sharing `view-cost-ceiling`, the later-listed one with the earlier name. */
  const shared = (): RoleRules => ({
    ...mozaRoles,
    organisationRoles: {
      id: "shared",
      roles: [
        {
          id: "zeta",
          name: "Zeta",
          nameNl: "Zeta",
          permissions: ["view-cost-ceiling", "deliver-information"],
          source: cite("MOZA", "2.1"),
        },
        {
          id: "alpha",
          name: "Alpha",
          nameNl: "Alpha",
          permissions: ["view-cost-ceiling"],
          source: cite("MOZA", "2.1"),
        },
        {
          id: "mid",
          name: "Mid",
          nameNl: "Mid",
          permissions: ["read-digital-mail"],
          source: cite("MOZA", "2.1"),
        },
      ],
    },
  });
  const events = (): Array<RoleEvent> => [
    ...organisation(ORG_A, "2026-01-05", ["ann", "bob"]),
    appointMainContact(ORG_A, "2026-01-06", "ann"),
    grant(ORG_A, "2026-01-07", "ann", "bob", "zeta"),
    grant(ORG_A, "2026-01-07", "ann", "bob", "mid"),
    grant(ORG_A, "2026-01-08", "ann", "bob", "alpha"),
    grant(ORG_A, "2026-01-09", "ann", "bob", "zeta"),
  ];
  it("spec §5: bob holds zeta (twice), mid and alpha; view-cost-ceiling is granted by alpha and zeta, in that order", () => {
    const v = outcome(events(), shared(), "bob", ORG_A, "view-cost-ceiling", t("2026-02-02"));
    expect(v).toEqual({ decision: "allow", grantingRoles: ["alpha", "zeta"] });
  });
  it("spec §5: deliver-information by zeta alone, read-digital-mail by mid alone, view-request-status by none", () => {
    const rules = shared();
    const at = t("2026-02-02");
    expect(outcome(events(), rules, "bob", ORG_A, "deliver-information", at)).toEqual({
      decision: "allow",
      grantingRoles: ["zeta"],
    });
    expect(outcome(events(), rules, "bob", ORG_A, "read-digital-mail", at)).toEqual({
      decision: "allow",
      grantingRoles: ["mid"],
    });
    expect(failed(events(), rules, "bob", ORG_A, "view-request-status", at)).toBe("permission");
  });
});

// ---------------------------------------------------------------------------------------------
// Maintenance stops (MOZA 5.2): each stop [from, until), in any order, overlapping or not
// ---------------------------------------------------------------------------------------------

describe("maintenance stops: denied exactly inside the union of the stops (MOZA 5.2)", () => {
  const D = t("2026-03-02");
  const stop = (from: number, until: number) =>
    ({
      _tag: "MaintenanceStopped",
      eventId: `m${from}-${until}`,
      at: t("2026-02-01"),
      from,
      until,
      reason: "maintenance",
    }) as unknown as RoleEvent;
  // given out of order: [D+1h, D+3h) contains [D+2h, D+2h30); [D+5h, D+7h) overlaps [D+6h, D+9h);
  // [D+9h, D+10h) touches it; [D+12h, D+13h) stands alone; [D+20h, D+21h) is the last
  const stops = () => [
    stop(D + 12 * HOUR, D + 13 * HOUR),
    stop(D + 6 * HOUR, D + 9 * HOUR),
    stop(D + 2 * HOUR, D + 2.5 * HOUR),
    stop(D + 20 * HOUR, D + 21 * HOUR),
    stop(D + HOUR, D + 3 * HOUR),
    stop(D + 9 * HOUR, D + 10 * HOUR),
    stop(D + 5 * HOUR, D + 7 * HOUR),
  ];
  const cases: ReadonlyArray<readonly [number, string]> = [
    [D, "allow cost-ceiling"],
    [D + HOUR - 1, "allow cost-ceiling"],
    [D + HOUR, "maintenance"],
    [D + 2.75 * HOUR, "maintenance"], // inside the first, after the contained one
    [D + 3 * HOUR - 1, "maintenance"],
    [D + 3 * HOUR, "allow cost-ceiling"],
    [D + 4 * HOUR, "allow cost-ceiling"],
    [D + 5 * HOUR, "maintenance"],
    [D + 8 * HOUR, "maintenance"], // after the first of the overlapping pair ends
    [D + 9 * HOUR, "maintenance"], // where the touching one starts
    [D + 10 * HOUR - 1, "maintenance"],
    [D + 10 * HOUR, "allow cost-ceiling"],
    [D + 12 * HOUR - 1, "allow cost-ceiling"],
    [D + 12.5 * HOUR, "maintenance"],
    [D + 13 * HOUR, "allow cost-ceiling"],
    [D + 20 * HOUR, "maintenance"],
    [D + 21 * HOUR - 1, "maintenance"],
    [D + 21 * HOUR, "allow cost-ceiling"],
    [D + 30 * HOUR, "allow cost-ceiling"],
  ];
  it("MOZA 5.2: at each instant, denied under maintenance exactly inside a stop (seven stops, given out of order)", () => {
    const events = [...base(), ...stops()];
    const got = cases.map(([at]) => failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", at));
    expect(got).toEqual(cases.map(([, want]) => want));
  });
  it("MOZA 5.2: one stop alone, and two stops one inside the other", () => {
    const one = [...base(), stop(D + HOUR, D + 3 * HOUR)];
    expect(
      [D + HOUR - 1, D + HOUR, D + 3 * HOUR - 1, D + 3 * HOUR].map((at) =>
        failed(one, mozaRoles, "bob", ORG_A, "view-cost-ceiling", at),
      ),
    ).toEqual(["allow cost-ceiling", "maintenance", "maintenance", "allow cost-ceiling"]);
    const nested = [...base(), stop(D + HOUR, D + 10 * HOUR), stop(D + 2 * HOUR, D + 3 * HOUR)];
    expect(
      [D + 2 * HOUR, D + 5 * HOUR, D + 10 * HOUR - 1, D + 10 * HOUR].map((at) =>
        failed(nested, mozaRoles, "bob", ORG_A, "view-cost-ceiling", at),
      ),
    ).toEqual(["maintenance", "maintenance", "maintenance", "allow cost-ceiling"]);
  });
  it("MOZA 5.2: a stop that ends before it starts is refused and stops nothing", () => {
    const roles = compileRoles(
      [...base(), stop(D + 3 * HOUR, D + HOUR), stop(D + 5 * HOUR, D + 5 * HOUR)],
      mozaRoles,
    );
    expect(roles.rejected.map((r) => r.rule)).toEqual(["maintenance", "maintenance"]);
    expect(
      authorize(portal("bob", ORG_A, "view-cost-ceiling"), roles, (D + 2 * HOUR) as Instant).value.decision,
    ).toBe("allow");
  });
});

// ---------------------------------------------------------------------------------------------
// Suspensions (MOZA 4.2): the organisation is denied exactly while a suspension runs
// ---------------------------------------------------------------------------------------------

describe("suspensions: denied exactly while one runs, however many there are (MOZA 4.2)", () => {
  const D = t("2026-03-02");
  const suspend = (at: number, until?: number) =>
    ({
      _tag: "AccessSuspended",
      eventId: `s${at}`,
      at,
      organisation: ORG_A,
      reason: "misuse",
      ...(until === undefined ? {} : { until }),
    }) as unknown as RoleEvent;
  const lift = (at: number) =>
    ({ _tag: "SuspensionLifted", eventId: `l${at}`, at, organisation: ORG_A }) as unknown as RoleEvent;
  it("MOZA 4.2: suspensions of 1, 4 and 2 days (the longest free stretch lies between them) deny exactly their days", () => {
    const events = [
      ...base(),
      suspend(D + 2 * DAY, D + 3 * DAY),
      suspend(D + 10 * DAY, D + 14 * DAY),
      suspend(D + 30 * DAY, D + 32 * DAY),
    ];
    const at = (d: number, ms = 0) =>
      failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", D + d * DAY + ms);
    expect([
      at(0),
      at(2, -1),
      at(2),
      at(3, -1),
      at(3),
      at(6),
      at(10, -1),
      at(10),
      at(12),
      at(14, -1),
      at(14),
      at(20),
    ]).toEqual([
      "allow cost-ceiling",
      "allow cost-ceiling",
      "suspension",
      "suspension",
      "allow cost-ceiling",
      "allow cost-ceiling",
      "allow cost-ceiling",
      "suspension",
      "suspension",
      "suspension",
      "allow cost-ceiling",
      "allow cost-ceiling",
    ]);
    expect([at(29), at(30), at(31), at(32, -1), at(32), at(40)]).toEqual([
      "allow cost-ceiling",
      "suspension",
      "suspension",
      "suspension",
      "allow cost-ceiling",
      "allow cost-ceiling",
    ]);
  });
  it("MOZA 4.2: overlapping suspensions given out of order deny their union; the stretch after them is free", () => {
    const events = [
      ...base(),
      suspend(D + 5 * DAY, D + 8 * DAY),
      suspend(D + 4 * DAY, D + 6 * DAY),
      suspend(D + 1 * DAY, D + 2 * DAY),
    ];
    const at = (d: number, ms = 0) =>
      failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", D + d * DAY + ms);
    expect([
      at(0),
      at(1),
      at(2),
      at(3),
      at(4),
      at(5, 12 * HOUR),
      at(6, 12 * HOUR),
      at(8, -1),
      at(8),
      at(100),
    ]).toEqual([
      "allow cost-ceiling",
      "suspension",
      "allow cost-ceiling",
      "allow cost-ceiling",
      "suspension",
      "suspension",
      "suspension",
      "suspension",
      "allow cost-ceiling",
      "allow cost-ceiling",
    ]);
  });
  it("MOZA 4.2: a suspension without an end denies from its start on; one lifted denies until the lifting only", () => {
    const open = [...base(), suspend(D + 3 * DAY)];
    const at = (events: ReadonlyArray<RoleEvent>, d: number, ms = 0) =>
      failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", D + d * DAY + ms);
    expect([at(open, 3, -1), at(open, 3), at(open, 300)]).toEqual([
      "allow cost-ceiling",
      "suspension",
      "suspension",
    ]);
    const lifted = [...base(), suspend(D + 3 * DAY), lift(D + 5 * DAY), suspend(D + 20 * DAY, D + 21 * DAY)];
    expect([
      at(lifted, 3),
      at(lifted, 5, -1),
      at(lifted, 5),
      at(lifted, 19),
      at(lifted, 20),
      at(lifted, 21),
    ]).toEqual([
      "suspension",
      "suspension",
      "allow cost-ceiling",
      "allow cost-ceiling",
      "suspension",
      "allow cost-ceiling",
    ]);
  });
  it("MOZA 4.2: a suspension lifted at its start, or before the holder's certificate, denies nothing afterwards", () => {
    const events = [
      ...base(),
      suspend(D + 3 * DAY),
      lift(D + 3 * DAY),
      suspend(t("2026-01-05") + HOUR, t("2026-01-05") + 2 * HOUR),
    ];
    const at = (d: number) => failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", D + d * DAY);
    expect([at(2), at(3), at(4)]).toEqual(["allow cost-ceiling", "allow cost-ceiling", "allow cost-ceiling"]);
  });
  it("MOZA 4.2 and 1.3: after the certificate expires during a suspension, the certificate is named (it comes first)", () => {
    const events = [
      ...base(),
      ev("CertificateIssued", "2026-01-05", {
        certificate: "c-eve" as never,
        user: "eve" as never,
        organisation: ORG_A as never,
        validFrom: t("2026-01-05"),
        validUntil: (D + 10 * DAY) as never,
      }),
      grant(ORG_A, "2026-01-07", "ann", "eve", "cost-ceiling"),
      suspend(D + 2 * DAY, D + 3 * DAY),
      suspend(D + 8 * DAY, D + 20 * DAY),
    ];
    const at = (d: number) => failed(events, mozaRoles, "eve", ORG_A, "view-cost-ceiling", D + d * DAY);
    expect([at(1), at(2), at(5), at(9), at(11), at(25)]).toEqual([
      "allow cost-ceiling",
      "suspension",
      "allow cost-ceiling",
      "suspension",
      "certificate",
      "certificate",
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The certificate checks answered before the full checks (MOZA 1.3, 1.4)
// ---------------------------------------------------------------------------------------------

const ORG_C = "03111111";
const ORG_N = "04222222";
const UNKNOWN = "09999999";

/** base() plus C (a provider registered on 1 Feb) and N (not a provider) with employee nel. */
const withCandN = (): Array<RoleEvent> => [
  ...base(),
  ...organisation(ORG_C, "2026-02-01", ["cor"]),
  ...organisation(ORG_N, "2026-01-05", ["nel", "noa"], false),
];

describe("a certificate of another user or organisation, or none known: the first failing check (MOZA 1.3, 1.4)", () => {
  it("MOZA 1.3: another organisation's certificate, another user's certificate and an unknown one fail certificate", () => {
    const at = t("2026-02-02");
    const events = withCandN();
    expect(failed(events, mozaRoles, "dirk", ORG_A, "view-cost-ceiling", at, "c-dirk")).toBe("certificate");
    expect(failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", at, "c-ann")).toBe("certificate");
    expect(failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", at, "c-nobody")).toBe("certificate");
    expect(failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", at)).toBe("allow cost-ceiling");
  });
  it("MOZA 1.3: for an organisation not registered, organisation-known fails first, whatever the certificate", () => {
    const at = t("2026-02-02");
    const events = withCandN();
    expect(failed(events, mozaRoles, "bob", UNKNOWN, "view-cost-ceiling", at, "c-nobody")).toBe(
      "organisation-known",
    );
    expect(failed(events, mozaRoles, "bob", UNKNOWN, "view-cost-ceiling", at)).toBe("organisation-known");
  });
  it("MOZA 1.3: an organisation is known from the instant it is registered: 1 ms before, organisation-known; at it, certificate", () => {
    const from = t("2026-02-01");
    const events = withCandN();
    // a foreign certificate (dirk's, of B) for C
    expect(failed(events, mozaRoles, "dirk", ORG_C, "x", from - 1, "c-dirk")).toBe("organisation-known");
    expect(failed(events, mozaRoles, "dirk", ORG_C, "x", from, "c-dirk")).toBe("certificate");
    // C's own certificate presented by another user
    expect(failed(events, mozaRoles, "dirk", ORG_C, "x", from - 1, "c-cor")).toBe("organisation-known");
    expect(failed(events, mozaRoles, "dirk", ORG_C, "x", from, "c-cor")).toBe("certificate");
    // C's certificate by its holder, before C is known and at it (no role yet)
    expect(failed(events, mozaRoles, "cor", ORG_C, "x", from - 1)).toBe("organisation-known");
    expect(failed(events, mozaRoles, "cor", ORG_C, "x", from)).toBe("permission");
  });
  it("MOZA 1.4: for an organisation that is not a provider, provider-only fails before the certificate is looked at", () => {
    const at = t("2026-02-02");
    const events = withCandN();
    expect(failed(events, mozaRoles, "dirk", ORG_N, "x", at, "c-dirk")).toBe("provider-only");
    expect(failed(events, mozaRoles, "noa", ORG_N, "x", at, "c-nel")).toBe("provider-only");
    expect(failed(events, mozaRoles, "nel", ORG_N, "x", at, "c-nobody")).toBe("provider-only");
    expect(failed(events, mozaRoles, "nel", ORG_N, "x", at)).toBe("provider-only");
  });
  it("a rulebook that checks the certificate before provider-only: the certificate fails first for a non-provider", () => {
    const rules: RoleRules = {
      ...mozaRoles,
      checks: ["organisation-known", "certificate", "provider-only", "terms-of-use"],
    };
    const at = t("2026-02-02");
    const events = withCandN();
    expect(failed(events, rules, "dirk", ORG_N, "x", at, "c-dirk")).toBe("certificate");
    expect(failed(events, rules, "noa", ORG_N, "x", at, "c-nel")).toBe("certificate");
    expect(failed(events, rules, "nel", ORG_N, "x", at)).toBe("provider-only");
    expect(failed(events, rules, "bob", ORG_A, "view-cost-ceiling", at)).toBe("allow cost-ceiling");
  });
  it("a rulebook that checks the suspension before the certificate: a foreign certificate during a suspension fails suspension (MOZA 4.2)", () => {
    const rules: RoleRules = {
      ...mozaRoles,
      checks: ["organisation-known", "suspension", "provider-only", "certificate", "terms-of-use"],
    };
    const events = [
      ...withCandN(),
      ev("AccessSuspended", "2026-02-10", {
        organisation: ORG_A as never,
        reason: "misuse" as never,
        until: t("2026-02-12"),
      } as never),
      ev("AccessSuspended", "2026-02-10", {
        organisation: ORG_N as never,
        reason: "misuse" as never,
        until: t("2026-02-12"),
      } as never),
    ];
    const during = t("2026-02-11");
    const after = t("2026-02-13");
    expect(failed(events, rules, "dirk", ORG_A, "view-cost-ceiling", during, "c-dirk")).toBe("suspension");
    expect(failed(events, rules, "bob", ORG_A, "view-cost-ceiling", during, "c-ann")).toBe("suspension");
    expect(failed(events, rules, "bob", ORG_A, "view-cost-ceiling", during)).toBe("suspension");
    expect(failed(events, rules, "nel", ORG_N, "x", during)).toBe("suspension");
    expect(failed(events, rules, "dirk", ORG_A, "view-cost-ceiling", after, "c-dirk")).toBe("certificate");
    expect(failed(events, rules, "bob", ORG_A, "view-cost-ceiling", after, "c-ann")).toBe("certificate");
    expect(failed(events, rules, "nel", ORG_N, "x", after)).toBe("provider-only");
    expect(failed(events, rules, "bob", ORG_A, "view-cost-ceiling", after)).toBe("allow cost-ceiling");
  });
  it("a hand-built rulebook without certificate or organisation-known still checks both, organisation-known first, the certificate next (MOZA 1.3)", () => {
    const noCert: RoleRules = {
      ...mozaRoles,
      checks: ["organisation-known", "provider-only", "terms-of-use"] as never,
    };
    const at = t("2026-02-02");
    const events = withCandN();
    expect(failed(events, noCert, "dirk", ORG_N, "x", at, "c-dirk")).toBe("certificate");
    expect(failed(events, noCert, "dirk", ORG_A, "view-cost-ceiling", at, "c-dirk")).toBe("certificate");
    expect(failed(events, noCert, "bob", ORG_A, "view-cost-ceiling", at)).toBe("allow cost-ceiling");
    const neither: RoleRules = { ...mozaRoles, checks: ["provider-only", "suspension"] as never };
    expect(failed(events, neither, "bob", UNKNOWN, "view-cost-ceiling", at)).toBe("organisation-known");
    expect(failed(events, neither, "dirk", ORG_N, "x", at, "c-dirk")).toBe("certificate");
    expect(failed(events, neither, "bob", ORG_A, "view-cost-ceiling", at)).toBe("allow cost-ceiling");
  });
  it("a rulebook listing organisation-known after other checks still runs it first (MOZA 1.3)", () => {
    const late: RoleRules = {
      ...mozaRoles,
      checks: ["provider-only", "organisation-known", "certificate", "terms-of-use"] as never,
    };
    const at = t("2026-02-02");
    const events = withCandN();
    expect(failed(events, late, "bob", UNKNOWN, "x", at, "c-dirk")).toBe("organisation-known");
    expect(failed(events, late, "dirk", ORG_N, "x", at, "c-dirk")).toBe("provider-only");
    expect(failed(events, late, "dirk", ORG_A, "x", at, "c-dirk")).toBe("certificate");
  });
});

// ---------------------------------------------------------------------------------------------
// After a certificate's fast window: the first failing check in the rulebook's order
// ---------------------------------------------------------------------------------------------

/** bob: cost-ceiling until 1 Mar, certificate until 2028; A's AGB code ends 31 May (revoked 1 Dec). */
const bobUntilMarch = (): Array<RoleEvent> => [
  ...organisation(ORG_A, "2026-01-05", ["ann"]),
  appointMainContact(ORG_A, "2026-01-06", "ann"),
  ev("CertificateIssued", "2026-01-05", {
    certificate: "c-bob" as never,
    user: "bob" as never,
    organisation: ORG_A as never,
    validFrom: t("2026-01-05"),
    validUntil: t("2028-01-01"),
  }),
  grant(ORG_A, "2026-01-07", "ann", "bob", "cost-ceiling", "2026-03-01"),
  ev("AgbCodeEnded", "2026-05-31", { organisation: ORG_A as never, on: "2026-05-31" as never }),
];

describe("after the holder's role or certificate ends, the first failing check in the rulebook's order (MOZA 1.3, 1.2, 4.1, 5.2)", () => {
  /** bobUntilMarch() and eve, whose certificate ends on 1 Apr, and a maintenance stop on 10 Mar. */
  const events = (): Array<RoleEvent> => [
    ...bobUntilMarch(),
    ev("CertificateIssued", "2026-01-05", {
      certificate: "c-eve" as never,
      user: "eve" as never,
      organisation: ORG_A as never,
      validFrom: t("2026-01-05"),
      validUntil: t("2026-04-01"),
    }),
    grant(ORG_A, "2026-01-07", "ann", "eve", "cost-ceiling"),
    ev("MaintenanceStopped", "2026-01-07", {
      from: t("2026-03-10"),
      until: t("2026-03-11"),
      reason: "upgrade" as never,
    } as never),
  ];
  const noTerms = { facts: {} } as Partial<AccessRequest>;
  it("MOZA 1.5, 1.2: after bob's role ended, terms not accepted fail terms-of-use; accepted, the permission fails", () => {
    const at = t("2026-03-05");
    expect(failed(events(), mozaRoles, "bob", ORG_A, "view-cost-ceiling", at, "c-bob", noTerms)).toBe(
      "terms-of-use",
    );
    expect(failed(events(), mozaRoles, "bob", ORG_A, "view-cost-ceiling", at)).toBe("permission");
    expect(failed(events(), mozaRoles, "bob", ORG_A, "view-cost-ceiling", t("2026-02-27"))).toBe(
      "allow cost-ceiling",
    );
  });
  it("MOZA 5.2: after bob's role ended, a maintenance stop fails before the terms and the permission", () => {
    const at = t("2026-03-10") + HOUR;
    expect(failed(events(), mozaRoles, "bob", ORG_A, "view-cost-ceiling", at, "c-bob", noTerms)).toBe(
      "maintenance",
    );
    expect(failed(events(), mozaRoles, "bob", ORG_A, "view-cost-ceiling", at)).toBe("maintenance");
    expect(failed(events(), mozaRoles, "eve", ORG_A, "view-cost-ceiling", at)).toBe("maintenance");
  });
  it("MOZA 1.3: after eve's certificate ended, the certificate fails before the terms and the maintenance stop", () => {
    expect(failed(events(), mozaRoles, "eve", ORG_A, "view-cost-ceiling", t("2026-03-31"))).toBe(
      "allow cost-ceiling",
    );
    expect(
      failed(events(), mozaRoles, "eve", ORG_A, "view-cost-ceiling", t("2026-04-02"), "c-eve", noTerms),
    ).toBe("certificate");
    expect(failed(events(), mozaRoles, "eve", ORG_A, "view-cost-ceiling", t("2026-04-02"))).toBe(
      "certificate",
    );
    expect(failed(events(), mozaRoles, "eve", ORG_A, "view-cost-ceiling", t("2026-12-02"))).toBe(
      "certificate",
    );
  });
  it("MOZA 4.1: AGB code ended 31 May → certificates revoked from 1 Dec 2026 00:00; then agb-revocation fails before the terms", () => {
    const revoked = t("2026-12-01T00:00:00+01:00");
    expect(failed(events(), mozaRoles, "ann", ORG_A, "manage-authorisations", revoked - 1)).toBe(
      "allow main-contact",
    );
    expect(failed(events(), mozaRoles, "ann", ORG_A, "manage-authorisations", revoked)).toBe(
      "agb-revocation",
    );
    expect(
      failed(events(), mozaRoles, "ann", ORG_A, "manage-authorisations", revoked + DAY, "c-ann", noTerms),
    ).toBe("agb-revocation");
    expect(
      failed(events(), mozaRoles, "bob", ORG_A, "view-cost-ceiling", revoked + DAY, "c-bob", noTerms),
    ).toBe("agb-revocation");
  });
  it("a rulebook with the payment check (MDO-BV 2.1): after the role ended, an overdue or missing payment fails payment; paid or not due, the permission", () => {
    const rules: RoleRules = {
      ...mozaRoles,
      checks: [...mozaRoles.checks, "payment"],
      rules: { ...mozaRoles.rules, payment: [cite("MDO-BV", "2.1")] },
    };
    const at = t("2026-03-05");
    const pay = (payment?: string) =>
      failed(events(), rules, "bob", ORG_A, "view-cost-ceiling", at, "c-bob", {
        facts: { terms: { status: "ok" }, ...(payment === undefined ? {} : { payment }) },
      } as never);
    expect([pay("overdue"), pay(undefined), pay("paid"), pay("not-due")]).toEqual([
      "payment",
      "payment",
      "permission",
      "permission",
    ]);
    const payIn = (payment?: string) =>
      failed(events(), rules, "bob", ORG_A, "view-cost-ceiling", t("2026-02-02"), "c-bob", {
        facts: { terms: { status: "ok" }, ...(payment === undefined ? {} : { payment }) },
      } as never);
    expect([payIn("overdue"), payIn(undefined), payIn("paid"), payIn("not-due")]).toEqual([
      "payment",
      "payment",
      "allow cost-ceiling",
      "allow cost-ceiling",
    ]);
  });
  it("a rulebook with payment before the terms: after the role ended, an overdue payment is named, not the terms (MDO-BV 2.1)", () => {
    const rules: RoleRules = {
      ...mozaRoles,
      checks: [
        "organisation-known",
        "provider-only",
        "certificate",
        "agb-revocation",
        "suspension",
        "payment",
        "maintenance",
        "terms-of-use",
      ],
    };
    const at = t("2026-03-10") + HOUR;
    const req = (payment: string, terms: string) =>
      failed(events(), rules, "bob", ORG_A, "view-cost-ceiling", at, "c-bob", {
        facts: { terms: { status: terms }, payment },
      } as never);
    expect([req("overdue", "must-accept"), req("paid", "must-accept"), req("paid", "ok")]).toEqual([
      "payment",
      "maintenance",
      "maintenance",
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The fold: which events it applies, which it refuses, and with what rule
// ---------------------------------------------------------------------------------------------

const rejectedRules = (events: ReadonlyArray<RoleEvent>, rules: RoleRules = mozaRoles) =>
  compileRoles(events, rules).rejected.map((r) => `${r.tag}:${r.rule}`);

describe("the fold: organisations, AGB codes, signatories and certificates (MOZA 1.3, 1.6, 4.1)", () => {
  it("MOZA 1.3: a second registration of an organisation is refused and does not change whether it is a provider", () => {
    const events = [
      ...base(),
      ev("OrganisationRegistered", "2026-01-20", { organisation: ORG_A as never, provider: false }),
    ];
    expect(rejectedRules(events)).toEqual(["OrganisationRegistered:organisation-known"]);
    expect(failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", t("2026-02-02"))).toBe(
      "allow cost-ceiling",
    );
  });
  it("MOZA 1.3: events for an organisation not registered (yet) are refused under organisation-known and change nothing", () => {
    const events = [
      ev("SignatoryRegistered", "2026-01-04", { organisation: ORG_A as never, user: "sig-x" as never }),
      ev("AgbCodeEnded", "2026-01-04", { organisation: ORG_A as never, on: "2026-01-01" as never }),
      ...base(),
      ev("AccessSuspended", "2026-01-20", {
        organisation: UNKNOWN as never,
        reason: "misuse" as never,
      } as never),
    ];
    expect(rejectedRules(events)).toEqual([
      "SignatoryRegistered:organisation-known",
      "AgbCodeEnded:organisation-known",
      "AccessSuspended:organisation-known",
    ]);
    expect(failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", t("2026-08-02"))).toBe(
      "allow cost-ceiling",
    );
  });
  it("MOZA 4.1: of two AGB-end events the earlier date counts (ended 31 Mar → revoked from 1 Oct), in either order", () => {
    const end = (at: string, on: string) =>
      ev("AgbCodeEnded", at, { organisation: ORG_A as never, on: on as never });
    const oct1 = t("2026-10-01T00:00:00+02:00");
    for (const events of [
      [...base(), end("2026-04-01", "2026-03-31"), end("2026-06-01", "2026-05-31")],
      [...base(), end("2026-06-01", "2026-05-31"), end("2026-06-02", "2026-03-31")],
    ]) {
      expect(failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", oct1 - 1)).toBe(
        "allow cost-ceiling",
      );
      expect(failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", oct1)).toBe("agb-revocation");
    }
  });
  it("MOZA 1.6: a removed signatory appoints no main contact; registered again, it does; registering twice changes nothing", () => {
    const sig = `sig-${ORG_A}`;
    const events = [
      ...base(),
      ev("SignatoryRegistered", "2026-01-10", { organisation: ORG_A as never, user: sig as never }),
      ev("SignatoryRemoved", "2026-01-20", { organisation: ORG_A as never, user: sig as never }),
      appointMainContact(ORG_A, "2026-01-21", "cas"),
      ev("SignatoryRegistered", "2026-01-25", { organisation: ORG_A as never, user: sig as never }),
      appointMainContact(ORG_A, "2026-01-26", "cas"),
    ];
    expect(rejectedRules(events)).toEqual(["RoleGranted:grant-main-contact-by-signatory"]);
    expect(failed(events, mozaRoles, "cas", ORG_A, "manage-authorisations", t("2026-01-25"))).toBe(
      "permission",
    );
    expect(failed(events, mozaRoles, "cas", ORG_A, "manage-authorisations", t("2026-01-27"))).toBe(
      "allow main-contact",
    );
    // the appointment replaced ann (one main contact at a time)
    expect(failed(events, mozaRoles, "ann", ORG_A, "manage-authorisations", t("2026-01-27"))).toBe(
      "permission",
    );
    expect(failed(events, mozaRoles, "ann", ORG_A, "manage-authorisations", t("2026-01-25"))).toBe(
      "allow main-contact",
    );
  });
  it("MOZA 1.3: a certificate id issued twice, or ending at or before its start, is refused; the first stays", () => {
    const cert = (at: string, id: string, user: string, from: number, until: number) =>
      ev("CertificateIssued", at, {
        certificate: id as never,
        user: user as never,
        organisation: ORG_A as never,
        validFrom: from as never,
        validUntil: until as never,
      });
    const T = t("2026-01-10");
    const events = [
      ...base(),
      cert("2026-01-10", "c-bob", "cas", T, T + DAY),
      cert("2026-01-10", "c-x", "cas", T, T),
      cert("2026-01-10", "c-y", "cas", T, T - 1),
      cert("2026-01-10", "c-z", "cas", T, T + 1),
    ];
    expect(rejectedRules(events)).toEqual([
      "CertificateIssued:certificate",
      "CertificateIssued:certificate",
      "CertificateIssued:certificate",
    ]);
    expect(failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", t("2026-02-02"))).toBe(
      "allow cost-ceiling",
    );
    expect(failed(events, mozaRoles, "cas", ORG_A, "x", T, "c-z")).toBe("permission");
    expect(failed(events, mozaRoles, "cas", ORG_A, "x", T + 1, "c-z")).toBe("certificate");
  });
  it("MOZA 1.3: revoking an unknown certificate is refused; of two revocations the earlier counts", () => {
    const revoke = (at: string, id: string) => ev("CertificateRevoked", at, { certificate: id as never });
    const events = [
      ...base(),
      revoke("2026-02-10", "c-bob"),
      revoke("2026-02-20", "c-bob"),
      revoke("2026-02-10", "c-nobody"),
    ];
    expect(rejectedRules(events)).toEqual(["CertificateRevoked:certificate"]);
    expect(failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", t("2026-02-10") - 1)).toBe(
      "allow cost-ceiling",
    );
    expect(failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", t("2026-02-10"))).toBe("certificate");
    expect(failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", t("2026-02-15"))).toBe("certificate");
    // the certificate comes before the terms (MOZA 1.3, 1.2): a revoked one is named even without accepted terms
    expect(
      failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", t("2026-02-15"), "c-bob", {
        facts: {},
      } as never),
    ).toBe("certificate");
  });
});

describe("the fold: grants and revocations (MOZA 1.5–1.7)", () => {
  const at = (s: string) => t(s);
  it("MOZA 1.5: a grant ending at or before its start, or starting before it is recorded, is refused", () => {
    const g = (validFrom: number | undefined, validUntil: number | undefined) =>
      ({
        _tag: "RoleGranted",
        eventId: `g${validFrom}-${validUntil}`,
        at: at("2026-02-01"),
        organisation: ORG_A,
        by: "ann",
        user: "cas",
        role: "digital-mail",
        ...(validFrom === undefined ? {} : { validFrom }),
        ...(validUntil === undefined ? {} : { validUntil }),
      }) as unknown as RoleEvent;
    const T = at("2026-02-01");
    const events = [
      ...base(),
      g(T, T),
      g(undefined, T),
      g(T - 1, T + DAY),
      g(T + DAY, T + DAY),
      g(T + 2 * DAY, T + 3 * DAY),
    ];
    expect(rejectedRules(events)).toEqual([
      "RoleGranted:grant-role-in-catalogue",
      "RoleGranted:grant-role-in-catalogue",
      "RoleGranted:grant-role-in-catalogue",
      "RoleGranted:grant-role-in-catalogue",
    ]);
    const mail = (when: number) => failed(events, mozaRoles, "cas", ORG_A, "read-digital-mail", when);
    expect([
      mail(T),
      mail(T + DAY),
      mail(T + 2 * DAY - 1),
      mail(T + 2 * DAY),
      mail(T + 3 * DAY - 1),
      mail(T + 3 * DAY),
    ]).toEqual([
      "permission",
      "permission",
      "permission",
      "allow digital-mail",
      "allow digital-mail",
      "permission",
    ]);
  });
  it("MOZA 1.7: a main contact appointed to start later replaces the previous one at that start, not at the appointment", () => {
    const events = [
      ...base(),
      {
        _tag: "RoleGranted",
        eventId: "mc-later",
        at: at("2026-02-01"),
        organisation: ORG_A,
        by: `sig-${ORG_A}`,
        user: "cas",
        role: "main-contact",
        validFrom: at("2026-03-01"),
      } as unknown as RoleEvent,
    ];
    const manage = (user: string, when: string) =>
      failed(events, mozaRoles, user, ORG_A, "manage-authorisations", at(when));
    expect([
      manage("ann", "2026-02-15"),
      manage("cas", "2026-02-15"),
      manage("ann", "2026-03-02"),
      manage("cas", "2026-03-02"),
    ]).toEqual(["allow main-contact", "permission", "permission", "allow main-contact"]);
  });
  it("MOZA 1.7: appointing a third main contact ends the second; the first stays ended", () => {
    const events = [
      ...base(),
      appointMainContact(ORG_A, "2026-02-01", "bob"),
      appointMainContact(ORG_A, "2026-03-01", "cas"),
    ];
    const manage = (user: string, when: string) =>
      failed(events, mozaRoles, user, ORG_A, "manage-authorisations", at(when));
    expect([
      manage("ann", "2026-02-15"),
      manage("bob", "2026-02-15"),
      manage("bob", "2026-03-02"),
      manage("cas", "2026-03-02"),
      manage("ann", "2026-03-02"),
    ]).toEqual(["permission", "allow main-contact", "permission", "allow main-contact", "permission"]);
  });
  it("MOZA 1.5, 1.6: the main contact revokes a role at an instant; a role not in the catalogue, or a revocation by another, is refused", () => {
    const revoke = (when: string, by: string, role: string) =>
      ev("RoleRevoked", when, {
        organisation: ORG_A as never,
        by: by as never,
        user: "bob" as never,
        role: role as never,
      });
    const events = [
      ...base(),
      revoke("2026-02-01", "cas", "cost-ceiling"),
      revoke("2026-02-01", "ann", "no-such-role"),
      revoke("2026-02-10", "ann", "cost-ceiling"),
    ];
    expect(rejectedRules(events)).toEqual([
      "RoleRevoked:grant-by-main-contact",
      "RoleRevoked:grant-role-in-catalogue",
    ]);
    const view = (when: number) => failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", when);
    expect([
      view(at("2026-02-05")),
      view(at("2026-02-10") - 1),
      view(at("2026-02-10")),
      view(at("2026-03-10")),
    ]).toEqual(["allow cost-ceiling", "allow cost-ceiling", "permission", "permission"]);
  });
  it("MOZA 1.7: the signatory revokes the main-contact role; the main contact cannot revoke it", () => {
    const revoke = (when: string, by: string) =>
      ev("RoleRevoked", when, {
        organisation: ORG_A as never,
        by: by as never,
        user: "ann" as never,
        role: "main-contact" as never,
      });
    const events = [...base(), revoke("2026-02-01", "ann"), revoke("2026-02-10", `sig-${ORG_A}`)];
    expect(rejectedRules(events)).toEqual(["RoleRevoked:grant-main-contact-by-signatory"]);
    const manage = (when: string) =>
      failed(events, mozaRoles, "ann", ORG_A, "manage-authorisations", at(when));
    expect([manage("2026-02-05"), manage("2026-02-11")]).toEqual(["allow main-contact", "permission"]);
  });
  it("MOZA 1.5: a role revoked before a later-starting grant of it begins cuts that grant to nothing", () => {
    const events = [
      ...base(),
      {
        _tag: "RoleGranted",
        eventId: "later",
        at: at("2026-02-01"),
        organisation: ORG_A,
        by: "ann",
        user: "cas",
        role: "digital-mail",
        validFrom: at("2026-03-01"),
      } as unknown as RoleEvent,
      ev("RoleRevoked", "2026-02-10", {
        organisation: ORG_A as never,
        by: "ann" as never,
        user: "cas" as never,
        role: "digital-mail" as never,
      }),
    ];
    expect(rejectedRules(events)).toEqual([]);
    expect(failed(events, mozaRoles, "cas", ORG_A, "read-digital-mail", at("2026-03-05"))).toBe("permission");
    expect(failed(events, mozaRoles, "cas", ORG_A, "read-digital-mail", at("2026-02-05"))).toBe("permission");
  });
});

describe("the fold: suspensions (MOZA 4.2, MDO-BV 7.10 b)", () => {
  it("MOZA 4.2: a suspension ending at or before its start is refused; lifting after a suspension ended does not revive it", () => {
    const D = t("2026-03-02");
    const events = [
      ...base(),
      {
        _tag: "AccessSuspended",
        eventId: "s0",
        at: D,
        organisation: ORG_A,
        reason: "x",
        until: D,
      } as unknown as RoleEvent,
      {
        _tag: "AccessSuspended",
        eventId: "s1",
        at: D + DAY,
        organisation: ORG_A,
        reason: "x",
        until: D + 2 * DAY,
      } as unknown as RoleEvent,
      {
        _tag: "SuspensionLifted",
        eventId: "l1",
        at: D + 5 * DAY,
        organisation: ORG_A,
      } as unknown as RoleEvent,
    ];
    expect(rejectedRules(events)).toEqual(["AccessSuspended:suspension"]);
    const view = (when: number) => failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", when);
    expect([view(D), view(D + DAY), view(D + 2 * DAY), view(D + 3 * DAY), view(D + 6 * DAY)]).toEqual([
      "allow cost-ceiling",
      "suspension",
      "allow cost-ceiling",
      "allow cost-ceiling",
      "allow cost-ceiling",
    ]);
  });
  it("MDO-BV 7.10 b: a suspension needs a written warning strictly before it; a warning at the same instant is not prior", () => {
    const rules: RoleRules = {
      ...mozaRoles,
      suspensionNeedsWarning: { value: true, citations: [cite("MDO-BV", "7.10 b")] },
    };
    const warn = (when: string) =>
      ev("SuspensionWarned", when, { organisation: ORG_A as never, reason: "late payment" as never });
    const suspend = (when: string, until: string) =>
      ev("AccessSuspended", when, {
        organisation: ORG_A as never,
        reason: "late payment" as never,
        until: t(until),
      } as never);
    const same = [...base(), warn("2026-03-02"), suspend("2026-03-02", "2026-03-05")];
    expect(rejectedRules(same, rules)).toEqual(["AccessSuspended:suspension-warning"]);
    expect(failed(same, rules, "bob", ORG_A, "view-cost-ceiling", t("2026-03-03"))).toBe(
      "allow cost-ceiling",
    );
    const none = [...base(), suspend("2026-03-02", "2026-03-05")];
    expect(rejectedRules(none, rules)).toEqual(["AccessSuspended:suspension-warning"]);
    const prior = [...base(), warn("2026-03-01"), suspend("2026-03-02", "2026-03-05")];
    expect(rejectedRules(prior, rules)).toEqual([]);
    expect(failed(prior, rules, "bob", ORG_A, "view-cost-ceiling", t("2026-03-03"))).toBe("suspension");
    // MOZA 4.2 names no warning: the same suspension without one applies
    expect(rejectedRules(none, mozaRoles)).toEqual([]);
  });
});

describe("the certificate look-up table holds every certificate (MOZA 1.3)", () => {
  it("MOZA 1.3: with 60 employees each holding a role, each is allowed with its own certificate and refused with a neighbour's", () => {
    const users = Array.from({ length: 60 }, (_, i) => `u${i}`);
    const roles = ["digital-mail", "request-status", "cost-ceiling"] as const;
    const actions = ["read-digital-mail", "view-request-status", "view-cost-ceiling"] as const;
    const events = [
      ...organisation(ORG_A, "2026-01-05", ["ann", ...users]),
      appointMainContact(ORG_A, "2026-01-06", "ann"),
      ...users.map((u, i) => grant(ORG_A, "2026-01-07", "ann", u, roles[i % 3] as string)),
    ];
    const compiled = compileRoles(events, mozaRoles);
    const at = t("2026-02-02") as Instant;
    const ask = (user: string, certificate: string, action: string) => {
      const v = authorize(
        { ...portal(user, ORG_A, action), subject: { _tag: "User", user, certificate } } as AccessRequest,
        compiled,
        at,
      ).value;
      return v.decision === "allow" ? `allow ${v.grantingRoles.join(",")}` : v.failedCheck;
    };
    const own = users.map((u, i) => ask(u, `c-${u}`, actions[i % 3] as string));
    expect(own).toEqual(users.map((_, i) => `allow ${roles[i % 3]}`));
    const other = users.map((u, i) => ask(u, `c-${users[(i + 1) % 60]}`, actions[i % 3] as string));
    expect(other).toEqual(users.map(() => "certificate"));
    const wrong = users.map((u, i) => ask(u, `c-${u}`, actions[(i + 1) % 3] as string));
    expect(wrong).toEqual(users.map(() => "permission"));
    expect(ask("ann", "c-ann", "manage-authorisations")).toBe("allow main-contact");
    expect(ask("ann", "c-u60", "manage-authorisations")).toBe("certificate");
  });
});

// ---------------------------------------------------------------------------------------------
// The fold: view-as consents, medical-data authorisation (MOZA 3.3), intermediaries (MDO-BV 8.4),
// mandates (VGZ-GBZ machtiging)
// ---------------------------------------------------------------------------------------------

describe("the fold: view-as consents and the medical-data authorisation (MOZA 3.3)", () => {
  const consent = (
    when: string,
    by: string,
    id: string,
    purpose: string,
    until: number,
    employee = "vgz-7",
  ) =>
    ev("ViewAsConsented", when, {
      organisation: ORG_A as never,
      by: by as never,
      consent: id as never,
      employee: employee as never,
      purpose: purpose as never,
      until: until as never,
    });
  const withdraw = (when: string, by: string, id: string) =>
    ev("ViewAsWithdrawn", when, { organisation: ORG_A as never, by: by as never, consent: id as never });
  const medical = (when: string, authorised: boolean) =>
    ev("MedicalDataAuthorisation", when, { employee: "vgz-7" as never, authorised });
  const look = (events: ReadonlyArray<RoleEvent>, id: string, when: number, action = "view-cost-ceiling") => {
    const v = authorize(
      {
        subject: { _tag: "InsurerEmployee", employee: "vgz-7", consent: id },
        organisation: ORG_A,
        action,
        resource: { _tag: "Account" },
      } as never,
      compileRoles(events, mozaRoles),
      when as Instant,
    ).value;
    return v.decision === "allow" ? `allow ${v.grantingRoles.join(",")}` : v.failedCheck;
  };
  it("MOZA 3.3: a consent id used twice, one ending at its start, and one for a purpose the rulebook does not allow are refused", () => {
    const T = t("2026-02-01");
    const events = [
      ...base(),
      medical("2026-01-01", true),
      consent("2026-02-01", "ann", "va-1", "solve-incident", t("2026-02-08")),
      consent("2026-02-02", "ann", "va-1", "test-functions", t("2026-03-08"), "vgz-8"),
      consent("2026-02-01", "ann", "va-2", "solve-incident", T),
      consent("2026-02-01", "ann", "va-3", "marketing", t("2026-02-08")),
    ];
    expect(rejectedRules(events)).toEqual([
      "ViewAsConsented:view-as-consent",
      "ViewAsConsented:view-as-purpose",
      "ViewAsConsented:view-as-consent",
    ]);
    expect([
      look(events, "va-1", t("2026-02-03")),
      look(events, "va-1", t("2026-02-08")),
      look(events, "va-2", T),
      look(events, "va-3", T + HOUR),
    ]).toEqual(["allow view-as", "view-as-consent", "view-as-consent", "view-as-consent"]);
  });
  it("MOZA 3.3: the signatory consents; an employee, another organisation's main contact, or a main contact without a valid certificate does not", () => {
    const events = [
      ...base(),
      medical("2026-01-01", true),
      ev("CertificateRevoked", "2026-01-20", { certificate: "c-ann" as never }),
      consent("2026-02-01", `sig-${ORG_A}`, "va-1", "test-functions", t("2026-02-08")),
      consent("2026-02-01", "bob", "va-2", "test-functions", t("2026-02-08")),
      consent("2026-02-01", "dirk", "va-3", "test-functions", t("2026-02-08")),
      consent("2026-02-01", "ann", "va-4", "test-functions", t("2026-02-08")),
    ];
    expect(rejectedRules(events)).toEqual([
      "ViewAsConsented:view-as-consent-by-administrator",
      "ViewAsConsented:view-as-consent-by-administrator",
      "ViewAsConsented:view-as-consent-by-administrator",
    ]);
    const at = t("2026-02-03");
    expect(["va-1", "va-2", "va-3", "va-4"].map((id) => look(events, id, at))).toEqual([
      "allow view-as",
      "view-as-consent",
      "view-as-consent",
      "view-as-consent",
    ]);
  });
  it("MOZA 3.3: a withdrawal by the main contact ends the consent at its instant; one by an employee is refused and changes nothing", () => {
    const events = [
      ...base(),
      medical("2026-01-01", true),
      consent("2026-02-01", "ann", "va-1", "solve-incident", t("2026-02-20")),
      consent("2026-02-01", "ann", "va-2", "solve-incident", t("2026-02-05")),
      withdraw("2026-02-03", "bob", "va-1"),
      withdraw("2026-02-10", "ann", "va-1"),
      withdraw("2026-02-10", "ann", "va-2"),
    ];
    expect(rejectedRules(events)).toEqual(["ViewAsWithdrawn:view-as-consent-by-administrator"]);
    const w = t("2026-02-10");
    expect([
      look(events, "va-1", t("2026-02-04")),
      look(events, "va-1", w - 1),
      look(events, "va-1", w),
      look(events, "va-1", t("2026-02-15")),
    ]).toEqual(["allow view-as", "allow view-as", "view-as-consent", "view-as-consent"]);
    // withdrawing a consent that already ended does not move its end
    expect([look(events, "va-2", t("2026-02-05") - 1), look(events, "va-2", t("2026-02-07"))]).toEqual([
      "allow view-as",
      "view-as-consent",
    ]);
  });
  it("MOZA 3.3: the medical-data authorisation runs from its grant to its withdrawal; granting it twice, then withdrawing once, ends it", () => {
    const events = [
      ...base(),
      medical("2026-01-10", true),
      medical("2026-01-20", true),
      consent("2026-02-01", "ann", "va-1", "solve-incident", t("2026-04-01")),
      medical("2026-02-10", false),
      medical("2026-03-01", true),
    ];
    const at = (s: string) => look(events, "va-1", t(s));
    expect([
      at("2026-02-05"),
      at("2026-02-09"),
      at("2026-02-10"),
      at("2026-02-20"),
      at("2026-03-01"),
      at("2026-03-15"),
    ]).toEqual([
      "allow view-as",
      "allow view-as",
      "view-as-medical-data",
      "view-as-medical-data",
      "allow view-as",
      "allow view-as",
    ]);
    expect(look(events, "va-1", t("2026-03-15"), "deliver-information")).toBe("view-as-read-only");
  });
});

describe("the fold: intermediaries (MDO-BV 8.4, 2.6) and mandates (VGZ-GBZ machtiging)", () => {
  /** MDO: A with a contract, kim main contact, lia employee. */
  const mdoBase = (): Array<RoleEvent> => [
    ...organisation(ORG_A, "2026-01-05", ["kim", "lia"]),
    ev("ContractStarted", "2026-01-05", { organisation: ORG_A as never }),
    appointMainContact(ORG_A, "2026-01-06", "kim"),
  ];
  const engage = (
    when: string,
    by: string,
    tag: "IntermediaryEngaged" | "IntermediaryReleased" = "IntermediaryEngaged",
  ) => ev(tag, when, { organisation: ORG_A as never, by: by as never, intermediary: "link-1" as never });
  const connect = (events: ReadonlyArray<RoleEvent>, when: string) => {
    const v = authorize(
      {
        subject: { _tag: "Intermediary", intermediary: "link-1" },
        organisation: ORG_A,
        action: "use-connection",
        resource: { _tag: "Account" },
        facts: { payment: "not-due" },
      } as never,
      compileRoles(events, mdoRoles),
      t(when),
    ).value;
    return v.decision === "allow" ? `allow ${v.grantingRoles.join(",")}` : v.failedCheck;
  };
  it("MDO-BV 8.4: engaged by the main contact, the intermediary connects until released; an employee engages or releases nothing", () => {
    const events = [
      ...mdoBase(),
      engage("2026-02-01", "lia"),
      engage("2026-02-02", "kim"),
      engage("2026-02-03", "kim"),
      engage("2026-02-05", "lia", "IntermediaryReleased"),
      engage("2026-02-10", `sig-${ORG_A}`, "IntermediaryReleased"),
    ];
    expect(compileRoles(events, mdoRoles).rejected.map((r) => `${r.tag}:${r.rule}`)).toEqual([
      "IntermediaryEngaged:intermediary-engaged",
      "IntermediaryReleased:intermediary-engaged",
    ]);
    expect(
      ["2026-02-01", "2026-02-02", "2026-02-06", "2026-02-10", "2026-02-20"].map((d) => connect(events, d)),
    ).toEqual([
      "intermediary-engaged",
      "allow intermediary",
      "allow intermediary",
      "intermediary-engaged",
      "intermediary-engaged",
    ]);
  });
  it("MDO-BV 8.4: engaged again after its release, it connects again", () => {
    const events = [
      ...mdoBase(),
      engage("2026-02-02", "kim"),
      engage("2026-02-10", "kim", "IntermediaryReleased"),
      engage("2026-03-01", "kim"),
    ];
    expect(["2026-02-05", "2026-02-20", "2026-03-02"].map((d) => connect(events, d))).toEqual([
      "allow intermediary",
      "intermediary-engaged",
      "allow intermediary",
    ]);
  });
  const mandate = (when: string, id: string, request: string, until?: number) =>
    ev("MandateRecorded", when, {
      organisation: ORG_A as never,
      mandate: id as never,
      request: request as never,
      ...(until === undefined ? {} : { until }),
    } as never);
  const act = (events: ReadonlyArray<RoleEvent>, id: string, request: string, when: number) => {
    const v = authorize(
      {
        subject: { _tag: "ActingForPatient", user: "cas", certificate: "c-cas", mandate: id },
        organisation: ORG_A,
        action: "file-prior-authorisation",
        resource: { _tag: "PriorAuthorisation", request },
        facts: { terms: { status: "ok" } },
      } as never,
      compileRoles(events, mozaRoles),
      when as Instant,
    ).value;
    return v.decision === "allow" ? `allow ${v.grantingRoles.join(",")}` : v.failedCheck;
  };
  it("VGZ-GBZ: a mandate id recorded twice, or one ending at its start, is refused; the first one stands, on its own request", () => {
    const T = t("2026-02-01");
    const events = [
      ...base(),
      grant(ORG_A, "2026-01-08", "ann", "cas", "prior-authorisation"),
      mandate("2026-02-01", "m-1", "req-1", t("2026-03-01")),
      mandate("2026-02-02", "m-1", "req-2"),
      mandate("2026-02-01", "m-2", "req-2", T),
    ];
    expect(rejectedRules(events)).toEqual(["MandateRecorded:mandate", "MandateRecorded:mandate"]);
    expect([
      act(events, "m-1", "req-1", t("2026-02-05")),
      act(events, "m-1", "req-2", t("2026-02-05")),
      act(events, "m-2", "req-2", T),
      act(events, "m-1", "req-1", t("2026-03-01")),
    ]).toEqual(["allow mandate", "mandate", "mandate", "mandate"]);
  });
  it("VGZ-GBZ: a mandate without an end runs until it is ended; ending it after its own end does not move the end", () => {
    const events = [
      ...base(),
      grant(ORG_A, "2026-01-08", "ann", "cas", "prior-authorisation"),
      mandate("2026-02-01", "m-1", "req-1"),
      mandate("2026-02-01", "m-2", "req-2", t("2026-02-05")),
      ev("MandateEnded", "2026-03-01", { organisation: ORG_A as never, mandate: "m-1" as never }),
      ev("MandateEnded", "2026-03-01", { organisation: ORG_A as never, mandate: "m-2" as never }),
    ];
    expect([
      act(events, "m-1", "req-1", t("2026-02-20")),
      act(events, "m-1", "req-1", t("2026-03-01") - 1),
      act(events, "m-1", "req-1", t("2026-03-01")),
      act(events, "m-2", "req-2", t("2026-02-20")),
    ]).toEqual(["allow mandate", "allow mandate", "mandate", "mandate"]);
  });
});

// ---------------------------------------------------------------------------------------------
// The fold: cooperations, contacts, members and MDO roles (MDO-BV 1.11, 1.17, 3.2; MDO-SLA §10.1)
// ---------------------------------------------------------------------------------------------

describe("the fold: cooperations (MDO-BV 1.11, 1.17, 3.2)", () => {
  const COOP = "coop-1";
  const c = <T extends RoleEvent["_tag"]>(tag: T, when: string, fields: Record<string, unknown>) =>
    ev(tag, when, { cooperation: COOP, ...fields } as never);
  /** A (kim, lia), B (noa), C (oli) providers with contracts, N (nel) not a provider; A and B form COOP. */
  const coopBase = (): Array<RoleEvent> => [
    ...organisation(ORG_A, "2026-01-05", ["kim", "lia", "max"]),
    ...organisation(ORG_B, "2026-01-05", ["noa"]),
    ...organisation(ORG_C, "2026-01-05", ["oli"]),
    ...organisation(ORG_N, "2026-01-05", ["nel"], false),
    ...[ORG_A, ORG_B, ORG_C, ORG_N].map((o) =>
      ev("ContractStarted", "2026-01-05", { organisation: o as never }),
    ),
    appointMainContact(ORG_A, "2026-01-06", "kim"),
    appointMainContact(ORG_B, "2026-01-06", "noa"),
    grant(ORG_A, "2026-01-07", "kim", "kim", "mdo-user"),
    grant(ORG_A, "2026-01-07", "kim", "lia", "mdo-user"),
    grant(ORG_B, "2026-01-07", "noa", "noa", "mdo-user"),
    c("CooperationFormed", "2026-01-08", { members: [ORG_A, ORG_B] }),
    c("CooperationContactAppointed", "2026-01-08", { user: "kim", organisation: ORG_A }),
    c("MemberAuthorisationRequested", "2026-01-09", { by: "kim", organisation: ORG_A }),
    c("MemberAuthorisationRequested", "2026-01-09", { by: "kim", organisation: ORG_B }),
    c("CooperationRoleGranted", "2026-01-10", {
      by: "kim",
      user: "kim",
      organisation: ORG_A,
      role: "mdo-manager",
    }),
    c("CooperationRoleGranted", "2026-01-11", {
      mdo: "mdo-1",
      by: "kim",
      user: "lia",
      organisation: ORG_A,
      role: "minute-taker",
    }),
  ];
  const rej = (events: ReadonlyArray<RoleEvent>) => rejectedRules(events, mdoRoles);
  const inMdo = (
    events: ReadonlyArray<RoleEvent>,
    user: string,
    org: string,
    action: string,
    when: number,
    mdo = "mdo-1",
  ) => {
    const v = authorize(
      {
        subject: { _tag: "User", user, certificate: `c-${user}` },
        organisation: org,
        action,
        resource: { _tag: "Mdo", cooperation: COOP, mdo },
        facts: { payment: "not-due" },
      } as never,
      compileRoles(events, mdoRoles),
      when as Instant,
    ).value;
    return v.decision === "allow" ? `allow ${v.grantingRoles.join(",")}` : v.failedCheck;
  };
  it("the set-up applies without a rejection, and lia writes the report of mdo-1 (MDO-BV 1.11)", () => {
    expect(rej(coopBase())).toEqual([]);
    expect(inMdo(coopBase(), "lia", ORG_A, "write-report", t("2026-02-01"))).toBe("allow minute-taker");
  });
  it("MDO-BV 1.17: a cooperation under a rulebook without cooperations, a second one with the same id, or one of fewer than two distinct registered providers is refused", () => {
    const form = (when: string, id: string, members: ReadonlyArray<string>) =>
      ev("CooperationFormed", when, { cooperation: id, members } as never);
    expect(rejectedRules([...base(), form("2026-02-01", "k", [ORG_A, ORG_B])], mozaRoles)).toEqual([
      "CooperationFormed:cooperation-member",
    ]);
    const events = [
      ...coopBase(),
      form("2026-02-01", COOP, [ORG_A, ORG_C]),
      form("2026-02-01", "k1", [ORG_A, ORG_A]),
      form("2026-02-01", "k2", [ORG_A, ORG_N]),
      form("2026-02-01", "k3", [ORG_A, UNKNOWN]),
      form("2026-02-01", "k4", [ORG_C]),
      form("2026-02-01", "k5", [ORG_A, ORG_C, ORG_A]),
      ...organisation("05333333", "2026-03-01", ["pim"]),
      form("2026-02-01", "k6", [ORG_A, "05333333"]),
      form("2026-03-01", "k7", [ORG_A, "05333333"]),
    ];
    expect(rej(events)).toEqual([
      "CooperationFormed:cooperation-member",
      "CooperationFormed:cooperation-size",
      "CooperationFormed:cooperation-size",
      "CooperationFormed:cooperation-size",
      "CooperationFormed:cooperation-size",
      "CooperationFormed:cooperation-size",
    ]);
  });
  it("MDO-BV 3.2: contacts up to the rulebook's maximum (3); a fourth is refused; once one is removed, another may be appointed", () => {
    const appoint = (when: string, user: string, org = ORG_A) =>
      c("CooperationContactAppointed", when, { user, organisation: org });
    const events = [
      ...coopBase(),
      appoint("2026-02-01", "lia"),
      appoint("2026-02-01", "noa", ORG_B),
      appoint("2026-02-01", "kim"), // already a contact: nothing changes, nothing refused
      appoint("2026-02-02", "max"),
      c("CooperationContactRemoved", "2026-02-03", { user: "lia" }),
      appoint("2026-02-04", "max"),
      // lia, no longer a contact, asks to revoke B: refused; max, a contact now, may
      c("MemberRevocationRequested", "2026-02-05", { by: "lia", organisation: ORG_B }),
      c("MemberRevocationRequested", "2026-02-06", { by: "max", organisation: ORG_B }),
    ];
    expect(rej(events)).toEqual([
      "CooperationContactAppointed:cooperation-contact-limit",
      "MemberRevocationRequested:member-request-by-contact",
    ]);
    expect(
      inMdo(
        [
          ...events,
          c("CooperationRoleGranted", "2026-01-12", {
            mdo: "mdo-1",
            by: "kim",
            user: "noa",
            organisation: ORG_B,
            role: "participant",
          }),
        ],
        "noa",
        ORG_B,
        "comment",
        t("2026-02-05"),
      ),
    ).toBe("allow participant");
    expect(
      inMdo(
        [
          ...events,
          c("CooperationRoleGranted", "2026-01-12", {
            mdo: "mdo-1",
            by: "kim",
            user: "noa",
            organisation: ORG_B,
            role: "participant",
          }),
        ],
        "noa",
        ORG_B,
        "comment",
        t("2026-02-07"),
      ),
    ).toBe("cooperation-member");
  });
  it("MDO-BV 3.2: a contact of a provider that is neither a founder nor a member, of a founder that left, or not employed by the organisation named, is refused", () => {
    const appoint = (when: string, user: string, org: string) =>
      c("CooperationContactAppointed", when, { user, organisation: org });
    const events = [
      ...coopBase(),
      appoint("2026-02-01", "oli", ORG_C),
      appoint("2026-02-01", "oli", ORG_A),
      c("MemberRevocationRequested", "2026-02-02", { by: "kim", organisation: ORG_B }),
      appoint("2026-02-03", "noa", ORG_B),
      ev("CooperationContactAppointed", "2026-02-03", {
        cooperation: "nope",
        user: "lia",
        organisation: ORG_A,
      } as never),
    ];
    expect(rej(events)).toEqual([
      "CooperationContactAppointed:cooperation-member",
      "CooperationContactAppointed:cooperation-member",
      "CooperationContactAppointed:cooperation-member",
      "CooperationContactAppointed:cooperation-member",
    ]);
  });
  it("MDO-BV 3.2: only a provider with a contract is authorised; an unknown cooperation, a non-provider or an unknown organisation is refused", () => {
    const ask = (when: string, org: string, coop = COOP) =>
      ev("MemberAuthorisationRequested", when, { cooperation: coop, by: "kim", organisation: org } as never);
    const events = [
      ...coopBase(),
      ask("2026-02-01", ORG_N),
      ask("2026-02-01", UNKNOWN),
      ask("2026-02-01", ORG_C, "nope"),
      ev("MemberRevocationRequested", "2026-02-01", {
        cooperation: "nope",
        by: "kim",
        organisation: ORG_B,
      } as never),
      ev("ContractEnded", "2026-02-01", { organisation: ORG_C as never, on: "2026-02-01" as never }),
      ask("2026-02-03", ORG_C),
      ask("2026-02-03", ORG_A),
    ];
    expect(rej(events)).toEqual([
      "MemberAuthorisationRequested:cooperation-member",
      "MemberAuthorisationRequested:cooperation-member",
      "MemberAuthorisationRequested:cooperation-member",
      "MemberRevocationRequested:cooperation-member",
      "MemberAuthorisationRequested:contract",
    ]);
  });
  it("MDO-BV 1.11, 3.2: a time-bounded MDO role stops at its end; one ending at its start, or in an unknown cooperation, is refused", () => {
    const events = [
      ...coopBase(),
      c("CooperationRoleGranted", "2026-02-01", {
        mdo: "mdo-2",
        by: "kim",
        user: "lia",
        organisation: ORG_A,
        role: "chair",
        validUntil: t("2026-02-10"),
      }),
      c("CooperationRoleGranted", "2026-02-01", {
        mdo: "mdo-3",
        by: "kim",
        user: "lia",
        organisation: ORG_A,
        role: "chair",
        validUntil: t("2026-02-01"),
      }),
      ev("CooperationRoleGranted", "2026-02-01", {
        cooperation: "nope",
        mdo: "mdo-2",
        by: "kim",
        user: "lia",
        organisation: ORG_A,
        role: "chair",
      } as never),
      grant(ORG_A, "2026-01-07", "kim", "max", "mdo-user"),
      c("CooperationRoleGranted", "2026-02-01", {
        by: "kim",
        user: "max",
        organisation: ORG_A,
        role: "mdo-manager",
        validUntil: t("2026-02-05"),
      }),
      c("CooperationRoleGranted", "2026-02-02", {
        mdo: "mdo-4",
        by: "max",
        user: "lia",
        organisation: ORG_A,
        role: "chair",
      }),
      c("CooperationRoleGranted", "2026-02-06", {
        mdo: "mdo-5",
        by: "max",
        user: "lia",
        organisation: ORG_A,
        role: "chair",
      }),
    ];
    expect(rej(events)).toEqual([
      "CooperationRoleGranted:grant-role-in-catalogue",
      "CooperationRoleGranted:cooperation-member",
      "CooperationRoleGranted:grant-meeting-role-by-manager",
    ]);
    const lead = (mdo: string, when: number) => inMdo(events, "lia", ORG_A, "lead-meeting", when, mdo);
    expect([
      lead("mdo-2", t("2026-02-09")),
      lead("mdo-2", t("2026-02-10") - 1),
      lead("mdo-2", t("2026-02-10")),
      lead("mdo-3", t("2026-02-01")),
      lead("mdo-4", t("2026-02-20")),
      lead("mdo-5", t("2026-02-20")),
    ]).toEqual(["allow chair", "allow chair", "permission", "permission", "allow chair", "permission"]);
    expect([
      inMdo(events, "max", ORG_A, "manage-mdo-team", t("2026-02-04")),
      inMdo(events, "max", ORG_A, "manage-mdo-team", t("2026-02-05")),
    ]).toEqual(["allow mdo-manager", "permission"]);
  });
  it("MDO-BV 1.11, 3.2: the manager revokes a meeting role, the contact the manager role; an unknown role, cooperation or revoker is refused", () => {
    const revoke = (when: string, fields: Record<string, unknown>) =>
      c("CooperationRoleRevoked", when, fields);
    const events = [
      ...coopBase(),
      revoke("2026-02-01", {
        mdo: "mdo-1",
        by: "lia",
        user: "lia",
        organisation: ORG_A,
        role: "minute-taker",
      }),
      revoke("2026-02-01", {
        mdo: "mdo-1",
        by: "kim",
        user: "lia",
        organisation: ORG_A,
        role: "no-such-role",
      }),
      revoke("2026-02-01", { by: "kim", user: "kim", organisation: ORG_A, role: "chair" }),
      ev("CooperationRoleRevoked", "2026-02-01", {
        cooperation: "nope",
        mdo: "mdo-1",
        by: "kim",
        user: "lia",
        organisation: ORG_A,
        role: "minute-taker",
      } as never),
      revoke("2026-02-01", { by: "lia", user: "kim", organisation: ORG_A, role: "mdo-manager" }),
      revoke("2026-02-10", {
        mdo: "mdo-1",
        by: "kim",
        user: "lia",
        organisation: ORG_A,
        role: "minute-taker",
      }),
    ];
    expect(rej(events)).toEqual([
      "CooperationRoleRevoked:grant-meeting-role-by-manager",
      "CooperationRoleRevoked:grant-role-in-catalogue",
      "CooperationRoleRevoked:grant-role-in-catalogue",
      "CooperationRoleRevoked:cooperation-member",
      "CooperationRoleRevoked:grant-manager-by-contact",
    ]);
    const write = (when: number) => inMdo(events, "lia", ORG_A, "write-report", when);
    expect([write(t("2026-02-05")), write(t("2026-02-10") - 1), write(t("2026-02-10"))]).toEqual([
      "allow minute-taker",
      "allow minute-taker",
      "permission",
    ]);
    const manager = [
      ...coopBase(),
      revoke("2026-02-10", { by: "kim", user: "kim", organisation: ORG_A, role: "mdo-manager" }),
    ];
    expect(rej(manager)).toEqual([]);
    expect([
      inMdo(manager, "kim", ORG_A, "manage-mdo-team", t("2026-02-05")),
      inMdo(manager, "kim", ORG_A, "manage-mdo-team", t("2026-02-10")),
    ]).toEqual(["allow mdo-manager", "permission"]);
  });
});

describe("the fold: contracts and the read-only window after the end (MDO-BV 2.1, 10.9)", () => {
  const mdoA = (): Array<RoleEvent> => [
    ...organisation(ORG_A, "2026-01-05", ["kim", "lia"]),
    ev("ContractStarted", "2026-01-05", { organisation: ORG_A as never }),
    appointMainContact(ORG_A, "2026-01-06", "kim"),
    grant(ORG_A, "2026-01-07", "kim", "lia", "mdo-user"),
  ];
  const onAccount = (events: ReadonlyArray<RoleEvent>, action: string, when: number) =>
    failed(events, mdoRoles, "lia", ORG_A, action, when, "c-lia", { facts: { payment: "not-due" } } as never);
  it("MDO-BV 10.9: a contract ended on 30 Jun runs to 1 Jul 00:00; reading and export stay 90 days, to 29 Sep 00:00", () => {
    const events = [
      ...mdoA(),
      ev("ContractEnded", "2026-06-30", { organisation: ORG_A as never, on: "2026-06-30" as never }),
    ];
    const jul1 = t("2026-07-01T00:00:00+02:00");
    const sep29 = t("2026-09-29T00:00:00+02:00");
    expect([
      onAccount(events, "file-report", jul1 - 1),
      onAccount(events, "file-report", jul1),
      onAccount(events, "export-data", jul1),
    ]).toEqual(["allow mdo-user", "contract", "allow mdo-user"]);
    expect([onAccount(events, "export-data", sep29 - 1), onAccount(events, "export-data", sep29)]).toEqual([
      "allow mdo-user",
      "contract",
    ]);
  });
  it("MDO-BV 2.1: a second start while the contract runs adds nothing, so the one end ends it; a later start opens a new contract", () => {
    const events = [
      ...mdoA(),
      ev("ContractStarted", "2026-03-01", { organisation: ORG_A as never }),
      ev("ContractEnded", "2026-06-30", { organisation: ORG_A as never, on: "2026-06-30" as never }),
      ev("ContractStarted", "2026-12-01", { organisation: ORG_A as never }),
    ];
    expect(rejectedRules(events, mdoRoles)).toEqual([]);
    expect([
      onAccount(events, "file-report", t("2026-07-02")),
      onAccount(events, "file-report", t("2026-12-02")),
    ]).toEqual(["contract", "allow mdo-user"]);
  });
  it("MDO-BV 2.1: an end with no contract running that day, or dated before the contract started, is refused", () => {
    const events = [
      ...mdoA(),
      ev("ContractEnded", "2026-01-06", { organisation: ORG_A as never, on: "2026-01-04" as never }),
      ev("ContractEnded", "2026-03-01", { organisation: ORG_A as never, on: "2026-02-27" as never }),
      ev("ContractEnded", "2026-03-02", { organisation: ORG_A as never, on: "2026-03-01" as never }),
    ];
    expect(rejectedRules(events, mdoRoles)).toEqual(["ContractEnded:contract", "ContractEnded:contract"]);
  });
});

describe("two certificate ids with the same hash are still told apart (MOZA 1.3)", () => {
  // hashId("c-41936") === hashId("c-133960") (FNV-1a, 30 bits): the look-up must compare the ids
  const cert = (id: string, user: string) =>
    ev("CertificateIssued", "2026-01-05", {
      certificate: id as never,
      user: user as never,
      organisation: ORG_A as never,
      validFrom: t("2026-01-05"),
      validUntil: t("2031-01-01"),
    });
  it("MOZA 1.3: each holder is allowed with its own certificate and refused with the other's, in either order of issue", () => {
    for (const order of [
      ["c-41936", "c-133960"],
      ["c-133960", "c-41936"],
    ] as const) {
      const events = [
        ...organisation(ORG_A, "2026-01-05", ["ann"]),
        cert(order[0], "ua"),
        cert(order[1], "ub"),
        appointMainContact(ORG_A, "2026-01-06", "ann"),
        grant(ORG_A, "2026-01-07", "ann", "ua", "digital-mail"),
        grant(ORG_A, "2026-01-07", "ann", "ub", "cost-ceiling"),
      ];
      const at = t("2026-02-02");
      expect([
        failed(events, mozaRoles, "ua", ORG_A, "read-digital-mail", at, order[0]),
        failed(events, mozaRoles, "ub", ORG_A, "view-cost-ceiling", at, order[1]),
        failed(events, mozaRoles, "ua", ORG_A, "read-digital-mail", at, order[1]),
        failed(events, mozaRoles, "ub", ORG_A, "view-cost-ceiling", at, order[0]),
        failed(events, mozaRoles, "ub", ORG_A, "read-digital-mail", at, order[1]),
      ]).toEqual(["allow digital-mail", "allow cost-ceiling", "certificate", "certificate", "permission"]);
    }
  });
});

describe("the rulebook's checks decide which facts stop access (ADR 0007; MOZA 5.2, 1.2; MDO-BV 2.1)", () => {
  it("a rulebook without the maintenance check is not stopped by a maintenance stop; with it, it is (MOZA 5.2)", () => {
    const events = [
      ...base(),
      ev("MaintenanceStopped", "2026-02-01", {
        from: t("2026-03-02"),
        until: t("2026-03-03"),
        reason: "upgrade" as never,
      } as never),
    ];
    const noStop: RoleRules = { ...mozaRoles, checks: mozaRoles.checks.filter((c) => c !== "maintenance") };
    const at = t("2026-03-02") + HOUR;
    expect(failed(events, noStop, "bob", ORG_A, "view-cost-ceiling", at)).toBe("allow cost-ceiling");
    expect(failed(events, { ...mozaRoles }, "bob", ORG_A, "view-cost-ceiling", at)).toBe("maintenance");
  });
  it("inside the holder's window the facts fail in the rulebook's order: payment listed before the terms is named first (MDO-BV 2.1, MOZA 1.2)", () => {
    const payFirst: RoleRules = {
      ...mozaRoles,
      checks: [
        "organisation-known",
        "provider-only",
        "certificate",
        "agb-revocation",
        "suspension",
        "payment",
        "maintenance",
        "terms-of-use",
      ],
    };
    const termsFirst: RoleRules = { ...mozaRoles, checks: [...mozaRoles.checks, "payment"] };
    const events = [
      ...base(),
      ev("MaintenanceStopped", "2026-02-01", {
        from: t("2026-03-02"),
        until: t("2026-03-03"),
        reason: "upgrade" as never,
      } as never),
    ];
    const ask = (rules: RoleRules, payment: string, terms: string, at: number) =>
      failed(events, rules, "bob", ORG_A, "view-cost-ceiling", at, "c-bob", {
        facts: { terms: { status: terms }, payment },
      } as never);
    const before = t("2026-02-02");
    const during = t("2026-03-02") + HOUR;
    expect([
      ask(payFirst, "overdue", "must-accept", before),
      ask(termsFirst, "overdue", "must-accept", before),
    ]).toEqual(["payment", "terms-of-use"]);
    expect([
      ask(payFirst, "paid", "must-accept", during),
      ask(payFirst, "overdue", "ok", during),
      ask(termsFirst, "overdue", "must-accept", during),
    ]).toEqual(["maintenance", "payment", "maintenance"]);
    expect([ask(payFirst, "paid", "must-accept", before), ask(payFirst, "not-due", "ok", before)]).toEqual([
      "terms-of-use",
      "allow cost-ceiling",
    ]);
  });
  it("MDO-BV 2.1: a provider that never contracted the service is denied under contract, also for its main contact", () => {
    const events = [
      ...organisation(ORG_A, "2026-01-05", ["kim", "lia"]),
      appointMainContact(ORG_A, "2026-01-06", "kim"),
      grant(ORG_A, "2026-01-07", "kim", "lia", "mdo-user"),
    ];
    const ask = (user: string, action: string) =>
      failed(events, mdoRoles, user, ORG_A, action, t("2026-02-02"), `c-${user}`, {
        facts: { payment: "not-due" },
      } as never);
    expect([
      ask("lia", "export-data"),
      ask("lia", "file-report"),
      ask("kim", "manage-authorisations"),
    ]).toEqual(["contract", "contract", "contract"]);
  });
  it("MDO-BV 2.1: with a second contract after the first ended, the roles work again, the main contact's too (MDO-BV 2.2)", () => {
    const events = [
      ...organisation(ORG_A, "2026-01-05", ["kim", "lia"]),
      ev("ContractStarted", "2026-01-05", { organisation: ORG_A as never }),
      appointMainContact(ORG_A, "2026-01-06", "kim"),
      grant(ORG_A, "2026-01-07", "kim", "lia", "mdo-user"),
      ev("ContractEnded", "2026-01-31", { organisation: ORG_A as never, on: "2026-01-31" as never }),
      ev("ContractStarted", "2026-06-01", { organisation: ORG_A as never }),
    ];
    const ask = (user: string, action: string, at: string) =>
      failed(events, mdoRoles, user, ORG_A, action, t(at), `c-${user}`, {
        facts: { payment: "paid" },
      } as never);
    expect([
      ask("lia", "file-report", "2026-03-02"),
      ask("lia", "export-data", "2026-03-02"),
      ask("kim", "manage-authorisations", "2026-03-02"),
    ]).toEqual(["contract", "allow mdo-user", "contract"]);
    expect([
      ask("lia", "file-report", "2026-06-02"),
      ask("lia", "view-report", "2026-06-02"),
      ask("kim", "manage-authorisations", "2026-06-02"),
    ]).toEqual(["allow mdo-user", "permission", "allow main-contact"]);
  });
});

describe("the authority to grant at the grant's instant (MOZA 1.3, 1.5–1.7, 4.1)", () => {
  it("MOZA 1.5: revoking one role of a user leaves the user's other roles", () => {
    const events = [
      ...base(),
      grant(ORG_A, "2026-01-08", "ann", "bob", "digital-mail"),
      ev("RoleRevoked", "2026-02-01", {
        organisation: ORG_A as never,
        by: "ann" as never,
        user: "bob" as never,
        role: "cost-ceiling" as never,
      }),
    ];
    const at = t("2026-02-02");
    expect([
      failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", at),
      failed(events, mozaRoles, "bob", ORG_A, "read-digital-mail", at),
    ]).toEqual(["permission", "allow digital-mail"]);
  });
  it("MOZA 1.6, 1.7: a main contact appointed to start on 1 Mar grants nothing before; the one replaced grants nothing from then", () => {
    const events = [
      ...base(),
      {
        _tag: "RoleGranted",
        eventId: "mc-later",
        at: t("2026-02-01"),
        organisation: ORG_A,
        by: `sig-${ORG_A}`,
        user: "cas",
        role: "main-contact",
        validFrom: t("2026-03-01"),
      } as unknown as RoleEvent,
      grant(ORG_A, "2026-02-15", "cas", "bob", "digital-mail"),
      grant(ORG_A, "2026-02-15", "ann", "bob", "request-status"),
      grant(ORG_A, "2026-03-01", "ann", "bob", "deliver-information"),
      grant(ORG_A, "2026-03-01", "cas", "bob", "prior-authorisation"),
    ];
    expect(rejectedRules(events)).toEqual([
      "RoleGranted:grant-by-main-contact",
      "RoleGranted:grant-by-main-contact",
    ]);
    const at = t("2026-03-02");
    expect(
      ["read-digital-mail", "view-request-status", "deliver-information", "file-prior-authorisation"].map(
        (a) => failed(events, mozaRoles, "bob", ORG_A, a, at),
      ),
    ).toEqual(["permission", "allow request-status", "permission", "allow prior-authorisation"]);
  });
  it("MOZA 1.3, 4.1: once the certificates are revoked after the AGB end, the main contact grants nothing and no one is granted", () => {
    const events = [
      ...base(),
      ev("AgbCodeEnded", "2026-01-31", { organisation: ORG_A as never, on: "2026-01-31" as never }),
      grant(ORG_A, "2026-07-31", "ann", "cas", "digital-mail"),
      grant(ORG_A, "2026-08-01T00:00:00+02:00", "ann", "cas", "request-status"),
      appointMainContact(ORG_A, "2026-08-02", "cas"),
    ];
    // ended 31 Jan → revoked from 1 Aug 00:00 (MOZA 4.1): the grant of 31 Jul applies, the later ones not
    expect(rejectedRules(events)).toEqual([
      "RoleGranted:grant-by-main-contact",
      "RoleGranted:grant-same-organisation",
    ]);
  });
  it("MOZA 1.3, 1.6: a main contact between two certificates, or after the last one expired, grants nothing", () => {
    const cert = (id: string, from: string, until: string) =>
      ev("CertificateIssued", "2026-01-05", {
        certificate: id as never,
        user: "ann" as never,
        organisation: ORG_A as never,
        validFrom: t(from),
        validUntil: t(until),
      });
    const events = [
      ...organisation(ORG_A, "2026-01-05", ["bob"]),
      cert("c-ann1", "2026-01-05", "2026-01-20"),
      cert("c-ann2", "2026-02-01", "2026-03-01"),
      appointMainContact(ORG_A, "2026-01-10", "ann"),
      grant(ORG_A, "2026-01-25", "ann", "bob", "deliver-information"),
      grant(ORG_A, "2026-02-01", "ann", "bob", "digital-mail"),
      grant(ORG_A, "2026-02-28", "ann", "bob", "cost-ceiling"),
      grant(ORG_A, "2026-03-01", "ann", "bob", "request-status"),
    ];
    expect(rejectedRules(events)).toEqual([
      "RoleGranted:grant-by-main-contact",
      "RoleGranted:grant-by-main-contact",
    ]);
  });
  it("MDO-BV 1.11, 3.2: an MDO manager of a provider that left the cooperation gives no meeting role", () => {
    const COOP = "coop-2";
    const c = (tag: RoleEvent["_tag"], when: string, fields: Record<string, unknown>) =>
      ev(tag, when, { cooperation: COOP, ...fields } as never);
    const events = [
      ...organisation(ORG_A, "2026-01-05", ["kim", "lia"]),
      ...organisation(ORG_B, "2026-01-05", ["noa"]),
      ...[ORG_A, ORG_B].map((o) => ev("ContractStarted", "2026-01-05", { organisation: o as never })),
      c("CooperationFormed", "2026-01-08", { members: [ORG_A, ORG_B] }),
      c("CooperationContactAppointed", "2026-01-08", { user: "kim", organisation: ORG_A }),
      c("MemberAuthorisationRequested", "2026-01-09", { by: "kim", organisation: ORG_A }),
      c("MemberAuthorisationRequested", "2026-01-09", { by: "kim", organisation: ORG_B }),
      c("CooperationRoleGranted", "2026-01-10", {
        by: "kim",
        user: "noa",
        organisation: ORG_B,
        role: "mdo-manager",
      }),
      c("CooperationRoleGranted", "2026-01-11", {
        mdo: "m1",
        by: "noa",
        user: "lia",
        organisation: ORG_A,
        role: "chair",
      }),
      c("MemberRevocationRequested", "2026-02-01", { by: "kim", organisation: ORG_B }),
      c("CooperationRoleGranted", "2026-02-02", {
        mdo: "m2",
        by: "noa",
        user: "lia",
        organisation: ORG_A,
        role: "chair",
      }),
      c("CooperationRoleGranted", "2026-02-02", {
        by: "kim",
        user: "noa",
        organisation: ORG_B,
        role: "mdo-manager",
      }),
    ];
    expect(rejectedRules(events, mdoRoles)).toEqual([
      "CooperationRoleGranted:grant-meeting-role-by-manager",
      "CooperationRoleGranted:cooperation-member",
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Second round: the survivors of the main run that the first round did not reach
// ---------------------------------------------------------------------------------------------

describe("after the fast window, at the exact ends and without the facts (MOZA 1.3, 1.2, 4.1, 4.2)", () => {
  const events = bobUntilMarch;
  const bare = (user: string) =>
    ({
      subject: { _tag: "User", user, certificate: `c-${user}` },
      organisation: ORG_A,
      action: "view-cost-ceiling",
      resource: { _tag: "Account" },
    }) as never;
  it("MOZA 1.3: at the exact end of the certificate, after the AGB revocation, the certificate is named first", () => {
    expect(failed(events(), mozaRoles, "bob", ORG_A, "view-cost-ceiling", t("2028-01-01"))).toBe(
      "certificate",
    );
    expect(failed(events(), mozaRoles, "bob", ORG_A, "view-cost-ceiling", t("2028-01-01") - 1)).toBe(
      "agb-revocation",
    );
  });
  it("MOZA 4.1: at the exact revocation instant (1 Dec 00:00), without accepted terms, agb-revocation is named", () => {
    const revoked = t("2026-12-01T00:00:00+01:00");
    expect(
      failed(events(), mozaRoles, "bob", ORG_A, "view-cost-ceiling", revoked, "c-bob", {
        facts: {},
      } as never),
    ).toBe("agb-revocation");
  });
  it("MOZA 1.2: a request with no facts at all after the role ended fails terms-of-use (and payment, where payment comes first)", () => {
    expect(
      authorize(bare("bob"), compileRoles(events(), mozaRoles), t("2026-03-05") as Instant).value,
    ).toMatchObject({ failedCheck: "terms-of-use" });
    const payFirst: RoleRules = {
      ...mozaRoles,
      checks: ["organisation-known", "provider-only", "certificate", "payment", "terms-of-use"],
    };
    expect(
      authorize(bare("bob"), compileRoles(events(), payFirst), t("2026-03-05") as Instant).value,
    ).toMatchObject({ failedCheck: "payment" });
    const termsFirst: RoleRules = { ...mozaRoles, checks: [...mozaRoles.checks, "payment"] };
    expect(
      failed(events(), termsFirst, "bob", ORG_A, "view-cost-ceiling", t("2026-03-05"), "c-bob", {
        facts: { terms: { status: "must-accept" }, payment: "overdue" },
      } as never),
    ).toBe("terms-of-use");
  });
  it("MOZA 4.2: after the window, at a suspension's exact start and inside it, without accepted terms, suspension is named", () => {
    const D = t("2026-02-02");
    const withSuspensions = [
      ...events(),
      {
        _tag: "AccessSuspended",
        eventId: "s1",
        at: D + 10 * DAY,
        organisation: ORG_A,
        reason: "x",
        until: D + 11 * DAY,
      } as unknown as RoleEvent,
      {
        _tag: "AccessSuspended",
        eventId: "s2",
        at: D + 13 * DAY,
        organisation: ORG_A,
        reason: "x",
        until: D + 16 * DAY,
      } as unknown as RoleEvent,
    ];
    const ask = (at: number) =>
      failed(withSuspensions, mozaRoles, "bob", ORG_A, "view-cost-ceiling", at, "c-bob", {
        facts: {},
      } as never);
    // bob's window is [7 Jan, 12 Feb); 13 Feb on lies after it
    expect([ask(D + 13 * DAY), ask(D + 14 * DAY), ask(D + 16 * DAY)]).toEqual([
      "suspension",
      "suspension",
      "terms-of-use",
    ]);
  });
  it("MDO-BV 2.1: after the contract ended, an overdue payment does not hide the contract (it comes first)", () => {
    const ev2 = [
      ...organisation(ORG_A, "2026-01-05", ["kim", "lia"]),
      ev("ContractStarted", "2026-01-05", { organisation: ORG_A as never }),
      appointMainContact(ORG_A, "2026-01-06", "kim"),
      grant(ORG_A, "2026-01-07", "kim", "lia", "mdo-user"),
      ev("ContractEnded", "2026-06-30", { organisation: ORG_A as never, on: "2026-06-30" as never }),
    ];
    expect(
      failed(ev2, mdoRoles, "lia", ORG_A, "file-report", t("2026-07-05"), "c-lia", {
        facts: { payment: "overdue" },
      } as never),
    ).toBe("contract");
  });
});

describe("a non-provider's own certificate, at and before the registration (MOZA 1.3, 1.4)", () => {
  it("MOZA 1.3, 1.4: before N is registered, organisation-known; from the registration instant on, provider-only", () => {
    const events = withCandN();
    const from = t("2026-01-05");
    expect([
      failed(events, mozaRoles, "nel", ORG_N, "x", from - 1),
      failed(events, mozaRoles, "nel", ORG_N, "x", from),
    ]).toEqual(["organisation-known", "provider-only"]);
  });
});

describe("the fold, second round (MOZA 1.3, 1.5, 1.6, 3.3, 4.1, 4.2; MDO-BV 2.1, 3.2, 8.4; VGZ-GBZ)", () => {
  it("events for an organisation that is not registered are refused, not a crash (MOZA 1.3)", () => {
    const x = UNKNOWN as never;
    const events = [
      ...base(),
      ev("SignatoryRemoved", "2026-02-01", { organisation: x, user: "sig" as never }),
      ev("SuspensionWarned", "2026-02-01", { organisation: x, reason: "r" as never }),
      ev("SuspensionLifted", "2026-02-01", { organisation: x }),
      ev("ContractStarted", "2026-02-01", { organisation: x }),
      ev("ContractEnded", "2026-02-01", { organisation: x, on: "2026-02-01" as never }),
      ev("ViewAsConsented", "2026-02-01", {
        organisation: x,
        by: "ann" as never,
        consent: "v" as never,
        employee: "e" as never,
        purpose: "solve-incident" as never,
        until: t("2026-03-01"),
      }),
      ev("IntermediaryReleased", "2026-02-01", {
        organisation: x,
        by: "ann" as never,
        intermediary: "i" as never,
      }),
      ev("MandateRecorded", "2026-02-01", {
        organisation: x,
        mandate: "m" as never,
        request: "q" as never,
      } as never),
      ev("CooperationContactRemoved", "2026-02-01", { cooperation: "nope" as never, user: "ann" as never }),
    ];
    expect(rejectedRules(events)).toEqual(
      Array.from({ length: 8 }, (_, i) => `${events[events.length - 9 + i]?._tag}:organisation-known`),
    );
  });
  it("ADR 0007: a refusal under a rule the rulebook cites nothing for carries no citation (MOZA has no cooperations)", () => {
    const roles = compileRoles(
      [
        ...base(),
        ev("CooperationFormed", "2026-02-01", { cooperation: "k", members: [ORG_A, ORG_B] } as never),
      ],
      mozaRoles,
    );
    expect(roles.rejected.map((r) => [r.rule, r.citations])).toEqual([["cooperation-member", []]]);
  });
  it("MOZA 1.5: a grant of a role not in the catalogue is refused; under MDO a view-as consent is refused (no purposes)", () => {
    expect(rejectedRules([...base(), grant(ORG_A, "2026-02-01", "ann", "bob", "no-such-role")])).toEqual([
      "RoleGranted:grant-role-in-catalogue",
    ]);
    const mdo = [
      ...organisation(ORG_A, "2026-01-05", ["kim"]),
      appointMainContact(ORG_A, "2026-01-06", "kim"),
      ev("ViewAsConsented", "2026-02-01", {
        organisation: ORG_A as never,
        by: "kim" as never,
        consent: "v" as never,
        employee: "e" as never,
        purpose: "solve-incident" as never,
        until: t("2026-03-01"),
      }),
      ev("ContractStarted", "2026-02-01", { organisation: ORG_A as never }),
      ev("ContractEnded", "2026-02-01", { organisation: ORG_A as never, on: "9999-12-01" as never }),
    ];
    expect(rejectedRules(mdo, mdoRoles)).toEqual(["ViewAsConsented:view-as-purpose"]);
    // a contract ended on 9999-12-01: its 90-day window runs past 9999, so export stays open
    const v = failed(
      [...mdo, grant(ORG_A, "2026-01-07", "kim", "kim", "mdo-user")],
      mdoRoles,
      "kim",
      ORG_A,
      "export-data",
      t("2026-03-01"),
      "c-kim",
      { facts: { payment: "paid" } } as never,
    );
    expect(v).toBe("allow mdo-user");
  });
  it("MOZA: a contract event folded under a rulebook without the contract check compiles and changes nothing", () => {
    const events = [
      ...base(),
      ev("ContractStarted", "2026-02-01", { organisation: ORG_A as never }),
      ev("ContractEnded", "2026-03-01", { organisation: ORG_A as never, on: "2026-03-01" as never }),
    ];
    expect(rejectedRules(events)).toEqual([]);
    expect(failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", t("2026-04-01"))).toBe(
      "allow cost-ceiling",
    );
  });
  it("MDO-BV 2.1: a contract that starts at midnight is not ended by an end dated the day before", () => {
    const events = [
      ...organisation(ORG_A, "2026-01-05", ["kim"]),
      ev("ContractStarted", "2026-03-01T00:00:00+01:00", { organisation: ORG_A as never }),
      ev("ContractEnded", "2026-03-02", { organisation: ORG_A as never, on: "2026-02-28" as never }),
    ];
    expect(rejectedRules(events, mdoRoles)).toEqual(["ContractEnded:contract"]);
  });
  it("MOZA 4.1: an AGB code ended before 1970 revoked the certificates before every instant a request can name", () => {
    const events = [
      ...base(),
      ev("AgbCodeEnded", "2026-02-01", { organisation: ORG_A as never, on: "1960-01-31" as never }),
    ];
    expect(failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", t("2026-02-02"))).toBe(
      "agb-revocation",
    );
  });
  it("MOZA 1.5: a role granted and revoked at the organisation's registration instant is cut at that instant", () => {
    const events = [
      ...organisation(ORG_A, "2026-01-05", ["ann", "bob"]),
      appointMainContact(ORG_A, "2026-01-05", "ann"),
      grant(ORG_A, "2026-01-05", "ann", "bob", "cost-ceiling"),
      ev("RoleRevoked", "2026-01-05", {
        organisation: ORG_A as never,
        by: "ann" as never,
        user: "bob" as never,
        role: "cost-ceiling" as never,
      }),
    ];
    expect(rejectedRules(events)).toEqual([]);
    expect(failed(events, mozaRoles, "bob", ORG_A, "view-cost-ceiling", t("2026-01-06"))).toBe("permission");
  });
  it("MOZA 3.3: the medical-data authorisation counts from its first grant, also when granted again later", () => {
    const events = [
      ...base(),
      ev("MedicalDataAuthorisation", "2026-01-10", { employee: "vgz-7" as never, authorised: true }),
      ev("ViewAsConsented", "2026-01-12", {
        organisation: ORG_A as never,
        by: "ann" as never,
        consent: "va" as never,
        employee: "vgz-7" as never,
        purpose: "solve-incident" as never,
        until: t("2026-04-01"),
      }),
      ev("MedicalDataAuthorisation", "2026-01-20", { employee: "vgz-7" as never, authorised: true }),
      ev("MedicalDataAuthorisation", "2026-02-10", { employee: "vgz-7" as never, authorised: false }),
      ev("MedicalDataAuthorisation", "2026-02-20", { employee: "vgz-7" as never, authorised: false }),
    ];
    const look = (at: string) =>
      authorize(
        {
          subject: { _tag: "InsurerEmployee", employee: "vgz-7", consent: "va" },
          organisation: ORG_A,
          action: "view-cost-ceiling",
          resource: { _tag: "Account" },
        } as never,
        compileRoles(events, mozaRoles),
        t(at),
      ).value.decision;
    expect([look("2026-01-15"), look("2026-02-05"), look("2026-02-15"), look("2026-02-25")]).toEqual([
      "allow",
      "allow",
      "deny",
      "deny",
    ]);
  });
  it("MDO-BV 8.4: an intermediary released twice stays released from the first release", () => {
    const events = [
      ...organisation(ORG_A, "2026-01-05", ["kim"]),
      ev("ContractStarted", "2026-01-05", { organisation: ORG_A as never }),
      appointMainContact(ORG_A, "2026-01-06", "kim"),
      ev("IntermediaryEngaged", "2026-02-01", {
        organisation: ORG_A as never,
        by: "kim" as never,
        intermediary: "link" as never,
      }),
      ev("IntermediaryReleased", "2026-02-10", {
        organisation: ORG_A as never,
        by: "kim" as never,
        intermediary: "link" as never,
      }),
      ev("IntermediaryReleased", "2026-02-20", {
        organisation: ORG_A as never,
        by: "kim" as never,
        intermediary: "link" as never,
      }),
    ];
    const v = authorize(
      {
        subject: { _tag: "Intermediary", intermediary: "link" },
        organisation: ORG_A,
        action: "use-connection",
        resource: { _tag: "Account" },
        facts: { payment: "paid" },
      } as never,
      compileRoles(events, mdoRoles),
      t("2026-02-15"),
    ).value;
    expect(v).toMatchObject({ failedCheck: "intermediary-engaged" });
  });
});

describe("the fold, second round: cooperations (MDO-BV 1.11, 3.2)", () => {
  const COOP = "coop-3";
  const c = (tag: RoleEvent["_tag"], when: string, fields: Record<string, unknown>) =>
    ev(tag, when, { cooperation: COOP, ...fields } as never);
  const setUp = (): Array<RoleEvent> => [
    ...organisation(ORG_A, "2026-01-05", ["kim", "lia"]),
    ...organisation(ORG_B, "2026-01-05", ["noa"]),
    ...[ORG_A, ORG_B].map((o) => ev("ContractStarted", "2026-01-05", { organisation: o as never })),
    appointMainContact(ORG_A, "2026-01-06", "kim"),
    grant(ORG_A, "2026-01-07", "kim", "lia", "mdo-user"),
    c("CooperationFormed", "2026-01-08", { members: [ORG_A, ORG_B] }),
    c("CooperationContactAppointed", "2026-01-08", { user: "kim", organisation: ORG_A }),
    c("MemberAuthorisationRequested", "2026-01-09", { by: "kim", organisation: ORG_A }),
    c("MemberAuthorisationRequested", "2026-01-09", { by: "kim", organisation: ORG_B }),
    c("CooperationRoleGranted", "2026-01-10", {
      by: "kim",
      user: "kim",
      organisation: ORG_A,
      role: "mdo-manager",
    }),
  ];
  const inMdo = (events: ReadonlyArray<RoleEvent>, action: string, at: string) => {
    const v = authorize(
      {
        subject: { _tag: "User", user: "lia", certificate: "c-lia" },
        organisation: ORG_A,
        action,
        resource: { _tag: "Mdo", cooperation: COOP, mdo: "m1" },
        facts: { payment: "paid" },
      } as never,
      compileRoles(events, mdoRoles),
      t(at),
    ).value;
    return v.decision === "allow" ? `allow ${v.grantingRoles.join(",")}` : v.failedCheck;
  };
  it("MDO-BV 1.11: two meeting roles of one user in one MDO both count", () => {
    const events = [
      ...setUp(),
      c("CooperationRoleGranted", "2026-01-11", {
        mdo: "m1",
        by: "kim",
        user: "lia",
        organisation: ORG_A,
        role: "minute-taker",
      }),
      c("CooperationRoleGranted", "2026-01-12", {
        mdo: "m1",
        by: "kim",
        user: "lia",
        organisation: ORG_A,
        role: "chair",
      }),
    ];
    expect([
      inMdo(events, "write-report", "2026-02-01"),
      inMdo(events, "lead-meeting", "2026-02-01"),
    ]).toEqual(["allow minute-taker", "allow chair"]);
  });
  it("MDO-BV 1.11, 3.2: a manager role in the cooperation scope only; a meeting role outside the catalogue is refused", () => {
    const events = [
      ...setUp(),
      c("CooperationRoleGranted", "2026-01-11", {
        by: "kim",
        user: "lia",
        organisation: ORG_A,
        role: "chair",
      }),
      c("CooperationRoleGranted", "2026-01-11", {
        mdo: "m1",
        by: "kim",
        user: "lia",
        organisation: ORG_A,
        role: "no-such-role",
      }),
    ];
    expect(rejectedRules(events, mdoRoles)).toEqual([
      "CooperationRoleGranted:grant-role-in-catalogue",
      "CooperationRoleGranted:grant-role-in-catalogue",
    ]);
  });
  it("MDO-BV 3.2: a member re-authorised after its revocation was a member in its first period too", () => {
    const events = [
      ...setUp(),
      c("CooperationRoleGranted", "2026-01-11", {
        mdo: "m1",
        by: "kim",
        user: "lia",
        organisation: ORG_A,
        role: "minute-taker",
      }),
      c("MemberRevocationRequested", "2026-02-01", { by: "kim", organisation: ORG_B }),
      c("MemberAuthorisationRequested", "2026-03-01", { by: "kim", organisation: ORG_B }),
    ];
    expect([
      inMdo(events, "write-report", "2026-01-20"),
      inMdo(events, "write-report", "2026-02-10"),
      inMdo(events, "write-report", "2026-03-02"),
    ]).toEqual(["allow minute-taker", "cooperation-member", "allow minute-taker"]);
  });
  it("MDO-BV 3.2: a provider is authorised only once registered", () => {
    const events = [
      ...setUp(),
      ...organisation("05333333", "2026-03-01", ["pim"]),
      c("MemberAuthorisationRequested", "2026-02-01", { by: "kim", organisation: "05333333" }),
    ];
    expect(rejectedRules(events, mdoRoles)).toEqual(["MemberAuthorisationRequested:cooperation-member"]);
  });
  it("MDO-BV 3.2: a contact acts from the appointment to the removal (removed twice: from the first), not at the removal instant", () => {
    const events = [
      ...setUp(),
      c("CooperationContactAppointed", "2026-02-01", { user: "lia", organisation: ORG_A }),
      c("MemberRevocationRequested", "2026-02-02", { by: "lia", organisation: ORG_B }),
      c("MemberAuthorisationRequested", "2026-02-03", { by: "lia", organisation: ORG_B }),
      c("CooperationContactRemoved", "2026-02-04", { user: "lia" }),
      c("MemberRevocationRequested", "2026-02-04", { by: "lia", organisation: ORG_B }),
      c("CooperationContactRemoved", "2026-02-10", { user: "lia" }),
      c("MemberRevocationRequested", "2026-02-06", { by: "lia", organisation: ORG_B }),
    ];
    expect(rejectedRules(events, mdoRoles)).toEqual([
      "MemberRevocationRequested:member-request-by-contact",
      "MemberRevocationRequested:member-request-by-contact",
    ]);
    // on the compiled state: lia assigns the manager role on 2 Feb, not on 6 Feb (after the first removal)
    const roles = compileRoles(events, mdoRoles);
    const assign = (at: string) =>
      mayGrant(
        {
          grantor: "lia",
          grantee: "lia",
          role: "mdo-manager",
          scope: { _tag: "Cooperation", cooperation: COOP, organisation: ORG_A },
        } as never,
        roles,
        t(at),
      ).value;
    expect([assign("2026-02-02"), assign("2026-02-06")]).toEqual(["allowed", "refused"]);
  });
});

describe("mayGrant outside the known organisations and cooperations (spec §2; MOZA 1.5; MDO-BV 1.11)", () => {
  it("refused for an organisation not registered, a role not in the catalogue, an unknown cooperation, and a cooperation under MOZA", () => {
    const roles = compileRoles(base(), mozaRoles);
    const mdo = compileRoles(base(), mdoRoles);
    const at = t("2026-02-02") as Instant;
    const ask = (r: ReturnType<typeof compileRoles>, role: string, scope: unknown) => {
      const v = mayGrant({ grantor: "ann", grantee: "bob", role, scope } as never, r, at);
      return `${v.value} ${v.details.rule}`;
    };
    expect([
      ask(roles, "digital-mail", { _tag: "Organisation", organisation: UNKNOWN }),
      ask(roles, "no-such-role", { _tag: "Organisation", organisation: ORG_A }),
      ask(mdo, "chair", { _tag: "Mdo", cooperation: "nope", mdo: "m", organisation: ORG_A }),
      ask(mdo, "mdo-manager", { _tag: "Cooperation", cooperation: "nope", organisation: ORG_A }),
      ask(roles, "mdo-manager", { _tag: "Cooperation", cooperation: "nope", organisation: ORG_A }),
      ask(roles, "digital-mail", { _tag: "Organisation", organisation: ORG_A }),
    ]).toEqual([
      "refused organisation-known",
      "refused grant-role-in-catalogue",
      "refused cooperation-member",
      "refused cooperation-member",
      "refused cooperation-member",
      "allowed grant-by-main-contact",
    ]);
  });
});

describe("third round: the authority on the compiled state before an appointment, and before 1970 (MOZA 1.6, 4.1; MDO-BV 3.2)", () => {
  it("MOZA 1.6, 4.1: after an AGB code ended before 1970, the main contact holds no valid certificate and grants nothing", () => {
    const events = [
      ...base(),
      ev("AgbCodeEnded", "2026-02-01", { organisation: ORG_A as never, on: "1960-01-31" as never }),
      grant(ORG_A, "2026-02-02", "ann", "cas", "digital-mail"),
    ];
    expect(rejectedRules(events)).toEqual(["RoleGranted:grant-by-main-contact"]);
  });
  it("MDO-BV 3.2: a user appointed cooperation contact on 1 Feb assigns the manager role from then, not on 31 Jan", () => {
    const COOP = "coop-4";
    const c = (tag: RoleEvent["_tag"], when: string, fields: Record<string, unknown>) =>
      ev(tag, when, { cooperation: COOP, ...fields } as never);
    const events = [
      ...organisation(ORG_A, "2026-01-05", ["kim"]),
      ...organisation(ORG_B, "2026-01-05", ["noa"]),
      ...[ORG_A, ORG_B].map((o) => ev("ContractStarted", "2026-01-05", { organisation: o as never })),
      c("CooperationFormed", "2026-01-08", { members: [ORG_A, ORG_B] }),
      c("CooperationContactAppointed", "2026-01-08", { user: "noa", organisation: ORG_B }),
      c("MemberAuthorisationRequested", "2026-01-09", { by: "noa", organisation: ORG_A }),
      c("MemberAuthorisationRequested", "2026-01-09", { by: "noa", organisation: ORG_B }),
      c("CooperationContactAppointed", "2026-02-01", { user: "kim", organisation: ORG_A }),
    ];
    const roles = compileRoles(events, mdoRoles);
    const assign = (at: number) =>
      mayGrant(
        {
          grantor: "kim",
          grantee: "kim",
          role: "mdo-manager",
          scope: { _tag: "Cooperation", cooperation: COOP, organisation: ORG_A },
        } as never,
        roles,
        at as Instant,
      ).value;
    expect([assign(t("2026-01-31")), assign(t("2026-02-01") - 1), assign(t("2026-02-01"))]).toEqual([
      "refused",
      "refused",
      "allowed",
    ]);
  });
});
