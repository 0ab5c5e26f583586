/**
 * Organisation isolation (spec §7; MOZA 1.6, 1.7; MDO-BV 3.2; MDO-SLA §10.1): an event made by
 * someone without the authority at its instant — a user of another organisation, a former main
 * contact, a non-contact — is not applied. It is listed in `rejected` with the rule and its
 * citations, and no decision changes. Worked examples first, then properties over generated logs.
 */
import { fromEpochMillis } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  type AccessRequest,
  authorize,
  compileRoles,
  mdoRoles,
  mozaRoles,
  type RoleEvent,
  type RoleRules,
} from "../src/index.js";
import {
  arbAccessRequest,
  arbRoleEventLog,
  arbRoleInstant,
  defaultUniverse,
  homeOf,
} from "../src/testing.js";
import { appointMainContact, ev, grant, ORG_A, ORG_B, portal, t, twoOrganisations } from "./fixtures.js";
import { referenceAuthorize } from "./reference/authorize.js";

// A: ann main contact, bob cost-ceiling; B: dirk main contact.
const base = twoOrganisations;
const revoke = (by: string, user: string, role: string, at = "2026-02-01") =>
  ev("RoleRevoked", at, {
    organisation: ORG_A as never,
    by: by as never,
    user: user as never,
    role: role as never,
  });
const bobReads = portal("bob", ORG_A, "view-cost-ceiling");
const annManages = portal("ann", ORG_A, "manage-authorisations");
/** Both answers, the compiled and the literal reference (they must agree on every example). */
const both = (
  events: ReadonlyArray<RoleEvent>,
  r: AccessRequest,
  at: string,
  rules: RoleRules = mozaRoles,
) => {
  const compiled = authorize(r, compileRoles(events, rules), t(at)).value;
  expect(referenceAuthorize(events, rules, r, t(at))).toEqual(compiled);
  return compiled.decision;
};
const notes = (events: ReadonlyArray<RoleEvent>, rules: RoleRules = mozaRoles) =>
  compileRoles(events, rules).rejected.map((n) => [
    n.tag,
    n.rule,
    n.citations.map((c) => `${c.source} ${c.article}`),
  ]);

describe("MOZA 1.6 — a role is revoked only by the one who may grant it, at that instant", () => {
  test("the main contact of another organisation revoking a role in A changes nothing and is rejected with its citation", () => {
    const events = [...base(), revoke("dirk", "bob", "cost-ceiling")];
    expect(both(events, bobReads, "2026-02-02")).toBe("allow");
    expect(notes(events)).toEqual([["RoleRevoked", "grant-by-main-contact", ["MOZA 1.5", "MOZA 1.6"]]]);
  });
  test("the signatory of another organisation revoking A's main contact changes nothing (MOZA 1.7)", () => {
    const events = [...base(), revoke(`sig-${ORG_B}`, "ann", "main-contact")];
    expect(both(events, annManages, "2026-02-02")).toBe("allow");
    expect(notes(events)).toEqual([
      ["RoleRevoked", "grant-main-contact-by-signatory", ["MOZA 1.6", "MOZA 1.7"]],
    ]);
  });
  test("an employee of A without the main-contact role revoking a colleague's role changes nothing", () => {
    const events = [...base(), revoke("bob", "bob", "cost-ceiling")];
    expect(both(events, bobReads, "2026-02-02")).toBe("allow");
    expect(notes(events).map((n) => n[1])).toEqual(["grant-by-main-contact"]);
  });
  test("the main contact of A revokes: denied from that instant, allowed just before", () => {
    const events = [...base(), revoke("ann", "bob", "cost-ceiling")];
    expect(both(events, bobReads, "2026-02-01T08:59:59.999+01:00")).toBe("allow");
    expect(both(events, bobReads, "2026-02-01")).toBe("deny");
    expect(notes(events)).toEqual([]);
  });
  test("a main contact whose certificate was revoked revokes nothing (MOZA 1.3: roles are managed in the portal)", () => {
    const events = [
      ...base(),
      ev("CertificateRevoked", "2026-01-20", { certificate: "c-ann" as never }),
      revoke("ann", "bob", "cost-ceiling"),
    ];
    expect(both(events, bobReads, "2026-02-02")).toBe("allow");
    expect(notes(events)).toEqual([["RoleRevoked", "grant-by-main-contact", ["MOZA 1.5", "MOZA 1.6"]]]);
  });
  test("a replaced main contact revokes nothing after the replacement: the role stays until the new main contact revokes it", () => {
    // This is the reading that makes "revoking never turns a deny into an allow" hold only for the
    // revoked person's own decisions: without the replacement, ann's revocation on 1 Feb would apply.
    const events = [
      ...base(),
      appointMainContact(ORG_A, "2026-01-20", "bob"),
      revoke("ann", "bob", "cost-ceiling"),
    ];
    expect(both(events, bobReads, "2026-02-02")).toBe("allow");
    expect(notes(events).map((n) => n[1])).toEqual(["grant-by-main-contact"]);
    expect(
      both([...events, revoke("bob", "bob", "cost-ceiling", "2026-02-03")], bobReads, "2026-02-04"),
    ).toBe("deny");
  });
  test("a rejection note carries ids, the rule and its citations only (no names, no BSN)", () => {
    const [n] = compileRoles([...base(), revoke("dirk", "bob", "cost-ceiling")], mozaRoles).rejected;
    expect(Object.keys(n ?? {}).sort()).toEqual(["citations", "en", "eventId", "rule", "tag"]);
    expect(n?.en).not.toMatch(/dirk|bob|\d{9}/);
  });
});

describe("MOZA 3.3 — a view-as consent is given and withdrawn only by the signatory or the main contact", () => {
  const consent = ev("ViewAsConsented", "2026-01-08", {
    organisation: ORG_A as never,
    by: "ann" as never,
    consent: "va-1" as never,
    employee: "vgz-1" as never,
    purpose: "solve-incident" as never,
    until: t("2026-03-01"),
  });
  const medical = ev("MedicalDataAuthorisation", "2026-01-05", {
    employee: "vgz-1" as never,
    authorised: true,
  });
  const look = {
    subject: { _tag: "InsurerEmployee", employee: "vgz-1", consent: "va-1" },
    organisation: ORG_A,
    action: "view-cost-ceiling",
    resource: { _tag: "Account" },
  } as AccessRequest;
  const withdraw = (by: string) =>
    ev("ViewAsWithdrawn", "2026-02-01", {
      organisation: ORG_A as never,
      by: by as never,
      consent: "va-1" as never,
    });
  test("another organisation's main contact cannot withdraw A's consent; A's main contact can", () => {
    const events = [...base(), medical, consent];
    expect(both([...events, withdraw("dirk")], look, "2026-02-02")).toBe("allow");
    expect(notes([...events, withdraw("dirk")])).toEqual([
      ["ViewAsWithdrawn", "view-as-consent-by-administrator", ["MOZA 3.3"]],
    ]);
    expect(both([...events, withdraw("ann")], look, "2026-02-02")).toBe("deny");
    expect(both([...events, withdraw(`sig-${ORG_A}`)], look, "2026-02-02")).toBe("deny");
  });
  test("another organisation's signatory cannot consent for A", () => {
    const foreign = ev("ViewAsConsented", "2026-01-08", {
      organisation: ORG_A as never,
      by: `sig-${ORG_B}` as never,
      consent: "va-1" as never,
      employee: "vgz-1" as never,
      purpose: "solve-incident" as never,
      until: t("2026-03-01"),
    });
    expect(both([...base(), medical, foreign], look, "2026-02-02")).toBe("deny");
  });
});

describe("MDO-BV 2.6, 3.2 / MDO-SLA §10.1 — intermediaries and cooperation requests", () => {
  const COOP = "coop-x";
  const mdoBase = (): Array<RoleEvent> => [
    ...base().filter((e) => !(e._tag === "RoleGranted" && e.role === "cost-ceiling")),
    ...[ORG_A, ORG_B].map((o) => ev("ContractStarted", "2026-01-05", { organisation: o as never })),
    ev("IntermediaryEngaged", "2026-01-08", {
      organisation: ORG_A as never,
      by: "ann" as never,
      intermediary: "im-1" as never,
    }),
    ev("CooperationFormed", "2026-01-08", { cooperation: COOP as never, members: [ORG_A, ORG_B] as never }),
    ev("CooperationContactAppointed", "2026-01-08", {
      cooperation: COOP as never,
      user: "ann" as never,
      organisation: ORG_A as never,
    }),
    ...[ORG_A, ORG_B].map((o) =>
      ev("MemberAuthorisationRequested", "2026-01-09", {
        cooperation: COOP as never,
        by: "ann" as never,
        organisation: o as never,
      }),
    ),
    grant(ORG_B, "2026-01-09", "dirk", "dirk", "mdo-user"),
    ev("CooperationRoleGranted", "2026-01-10", {
      cooperation: COOP as never,
      by: "ann" as never,
      user: "ann" as never,
      organisation: ORG_A as never,
      role: "mdo-manager" as never,
    }),
    ev("CooperationRoleGranted", "2026-01-11", {
      cooperation: COOP as never,
      mdo: "mdo-1" as never,
      by: "ann" as never,
      user: "dirk" as never,
      organisation: ORG_B as never,
      role: "participant" as never,
    }),
  ];
  const connect = {
    subject: { _tag: "Intermediary", intermediary: "im-1" },
    organisation: ORG_A,
    action: "use-connection",
    resource: { _tag: "Account" },
    facts: { payment: "paid" },
  } as AccessRequest;
  const dirkComments = {
    subject: { _tag: "User", user: "dirk", certificate: "c-dirk" },
    organisation: ORG_B,
    action: "comment",
    resource: { _tag: "Mdo", cooperation: COOP, mdo: "mdo-1" },
    facts: { payment: "paid" },
  } as AccessRequest;
  test("another organisation's main contact cannot release A's intermediary", () => {
    const release = (by: string) =>
      ev("IntermediaryReleased", "2026-02-01", {
        organisation: ORG_A as never,
        by: by as never,
        intermediary: "im-1" as never,
      });
    expect(both([...mdoBase(), release("dirk")], connect, "2026-02-02", mdoRoles)).toBe("allow");
    expect(notes([...mdoBase(), release("dirk")], mdoRoles)).toEqual([
      ["IntermediaryReleased", "intermediary-engaged", ["MDO-BV 8.4", "MDO-BV 2.6"]],
    ]);
    expect(both([...mdoBase(), release("ann")], connect, "2026-02-02", mdoRoles)).toBe("deny");
  });
  test("only a registered contact asks to revoke a member; B's main contact revoking A (or itself) changes nothing", () => {
    const revokeMember = (by: string, o: string) =>
      ev("MemberRevocationRequested", "2026-02-01", {
        cooperation: COOP as never,
        by: by as never,
        organisation: o as never,
      });
    const events = [...mdoBase(), revokeMember("dirk", ORG_A), revokeMember("dirk", ORG_B)];
    expect(both(events, dirkComments, "2026-02-02", mdoRoles)).toBe("allow");
    expect(notes(events, mdoRoles)).toEqual([
      ["MemberRevocationRequested", "member-request-by-contact", ["MDO-BV 3.2"]],
      ["MemberRevocationRequested", "member-request-by-contact", ["MDO-BV 3.2"]],
    ]);
    // The contact's request is the authority (MDO-BV 3.2: "mogen wij uitgaan van de juistheid daarvan").
    expect(both([...mdoBase(), revokeMember("ann", ORG_B)], dirkComments, "2026-02-02", mdoRoles)).toBe(
      "deny",
    );
  });
  test("a meeting role is revoked only by an MDO manager; the manager role only by a contact", () => {
    const revokeMeeting = (by: string) =>
      ev("CooperationRoleRevoked", "2026-02-01", {
        cooperation: COOP as never,
        mdo: "mdo-1" as never,
        by: by as never,
        user: "dirk" as never,
        organisation: ORG_B as never,
        role: "participant" as never,
      });
    expect(both([...mdoBase(), revokeMeeting("dirk")], dirkComments, "2026-02-02", mdoRoles)).toBe("allow");
    expect(notes([...mdoBase(), revokeMeeting("dirk")], mdoRoles).map((n) => n[1])).toEqual([
      "grant-meeting-role-by-manager",
    ]);
    expect(both([...mdoBase(), revokeMeeting("ann")], dirkComments, "2026-02-02", mdoRoles)).toBe("deny");
    const revokeManager = ev("CooperationRoleRevoked", "2026-02-01", {
      cooperation: COOP as never,
      by: "dirk" as never,
      user: "ann" as never,
      organisation: ORG_A as never,
      role: "mdo-manager" as never,
    });
    expect(notes([...mdoBase(), revokeManager], mdoRoles).map((n) => n[1])).toEqual([
      "grant-manager-by-contact",
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over generated logs
// ---------------------------------------------------------------------------------------------

const u = defaultUniverse;
const rulebooks: ReadonlyArray<[string, RoleRules]> = [
  ["mozaRoles", mozaRoles],
  ["mdoRoles", mdoRoles],
];
/** The people of an organisation in the universe: its signatory and the users whose certificate it issued. */
const actorsOf = (o: string) => [`sig-${o}`, ...u.users.filter((x) => homeOf(u, x) === o)];
const people = [...u.users, ...u.organisations.map((o) => `sig-${o}`)];

/** Every event kind that names an actor (`by`), by one of `actors`, aimed at anything in the universe. */
function arbEventBy(rules: RoleRules, actors: ReadonlyArray<string>): fc.Arbitrary<RoleEvent> {
  const by = fc.constantFrom(...actors);
  const org = fc.constantFrom(...u.organisations);
  const user = fc.constantFrom(...people);
  const at = arbRoleInstant();
  const role = fc.constantFrom(rules.mainContactRole.id, ...rules.organisationRoles.roles.map((r) => r.id));
  const id = fc.nat({ max: 1 });
  const kinds: Array<fc.Arbitrary<Record<string, unknown>>> = [
    fc.record({ _tag: fc.constant("RoleGranted"), at, organisation: org, by, user, role }),
    fc.record({ _tag: fc.constant("RoleRevoked"), at, organisation: org, by, user, role }),
  ];
  if (rules.viewAs !== undefined)
    kinds.push(
      fc.record({
        _tag: fc.constant("ViewAsConsented"),
        at,
        organisation: org,
        by,
        consent: id.map((k) => `va-x${k}`),
        employee: fc.constantFrom("vgz-1", "vgz-2"),
        purpose: fc.constantFrom(...rules.viewAs.purposes),
        until: at.map((x) => x + 10 * 86_400_000),
      }),
      fc.record({
        _tag: fc.constant("ViewAsWithdrawn"),
        at,
        organisation: org,
        by,
        consent: id.map((k) => `va-${k}`),
      }),
    );
  if (rules.intermediaryPermissions !== undefined)
    kinds.push(
      fc.record({
        _tag: fc.constantFrom("IntermediaryEngaged", "IntermediaryReleased"),
        at,
        organisation: org,
        by,
        intermediary: fc.constantFrom("im-1", "im-2"),
      }),
    );
  const c = rules.cooperations;
  if (c !== undefined) {
    const coop = fc.constantFrom("coop-1", "coop-2");
    const mdo = fc.constantFrom("mdo-1", "mdo-2");
    const meeting = fc.constantFrom(...c.meetingRoles.roles.map((r) => r.id));
    kinds.push(
      fc.record({
        _tag: fc.constantFrom("MemberAuthorisationRequested", "MemberRevocationRequested"),
        at,
        cooperation: coop,
        by,
        organisation: org,
      }),
      fc.record({
        _tag: fc.constantFrom("CooperationRoleGranted", "CooperationRoleRevoked"),
        at,
        cooperation: coop,
        by,
        user,
        organisation: org,
        role: fc.constant(c.managerRole.id),
      }),
      fc.record({
        _tag: fc.constantFrom("CooperationRoleGranted", "CooperationRoleRevoked"),
        at,
        cooperation: coop,
        mdo,
        by,
        user,
        organisation: org,
        role: meeting,
      }),
    );
  }
  return fc.oneof(...kinds).map((e) => e as unknown as RoleEvent);
}

/** A cooperation office (contact, MDO manager) given to one of `actors` in the log. */
const givesOffice = (e: RoleEvent, actors: ReadonlyArray<string>) =>
  (e._tag === "CooperationContactAppointed" && actors.includes(e.user)) ||
  (e._tag === "CooperationRoleGranted" && e.mdo === undefined && actors.includes(e.user));

describe.each(rulebooks)("%s — isolation over generated logs", (_name, rules) => {
  // B: the second provider; its people hold no authority elsewhere (certificates only of B, no
  // cooperation office: the generated log's offices for B's people are dropped).
  const B = u.organisations[1] as string;
  const actorsB = actorsOf(B);
  test("no event by an actor of organisation B changes any decision about another organisation; each is rejected", () => {
    fc.assert(
      fc.property(
        arbRoleEventLog(rules, { maxEvents: 30 }),
        fc.array(arbEventBy(rules, actorsB), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(arbAccessRequest(rules), arbRoleInstant()), { minLength: 1, maxLength: 15 }),
        (generated, attacks, rs) => {
          const log = generated.filter((e) => !givesOffice(e, actorsB));
          const byB = attacks.map((e, i) => ({ ...e, eventId: `x${i}` }) as RoleEvent);
          const before = compileRoles(log, rules);
          const after = compileRoles([...log, ...byB], rules);
          for (const [r, at] of rs)
            if (r.organisation !== B)
              expect(authorize(r, after, fromEpochMillis(at)).value).toEqual(
                authorize(r, before, fromEpochMillis(at)).value,
              );
          // Every such event aimed outside B's own account is reported (cooperation events included:
          // B's people are no contacts or managers).
          const rejected = new Set(after.rejected.map((n) => n.eventId));
          for (const e of byB)
            if (
              !("organisation" in e) ||
              e.organisation !== B ||
              e._tag.startsWith("Cooperation") ||
              e._tag.startsWith("Member")
            )
              expect(rejected.has(e.eventId), `${e._tag} ${JSON.stringify(e)}`).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("the reference agrees: events by B's actors leave the reference's decisions about other organisations unchanged", () => {
    fc.assert(
      fc.property(
        arbRoleEventLog(rules, { maxEvents: 20 }),
        fc.array(arbEventBy(rules, actorsB), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(arbAccessRequest(rules), arbRoleInstant()), { minLength: 1, maxLength: 6 }),
        (generated, attacks, rs) => {
          const log = generated.filter((e) => !givesOffice(e, actorsB));
          const all = [...log, ...attacks.map((e, i) => ({ ...e, eventId: `x${i}` }) as RoleEvent)];
          for (const [r, at] of rs)
            if (r.organisation !== B)
              expect(referenceAuthorize(all, rules, r, at)).toEqual(referenceAuthorize(log, rules, r, at));
        },
      ),
      { numRuns: 100 },
    );
  });

  test("a revocation by someone without the authority changes no decision at all", () => {
    fc.assert(
      fc.property(
        arbRoleEventLog(rules),
        fc.constantFrom(...u.organisations),
        fc.constantFrom(...people),
        fc.constantFrom(rules.mainContactRole.id, ...rules.organisationRoles.roles.map((r) => r.id)),
        arbRoleInstant(),
        fc.array(fc.tuple(arbAccessRequest(rules), arbRoleInstant()), { minLength: 1, maxLength: 15 }),
        (log, organisation, user, role, at, rs) => {
          const r0 = {
            _tag: "RoleRevoked",
            eventId: "rv",
            at,
            organisation,
            by: "nobody",
            user,
            role,
          } as RoleEvent;
          const before = compileRoles(log, rules);
          const after = compileRoles([...log, r0], rules);
          expect(after.rejected.map((n) => n.eventId)).toContain("rv");
          for (const [r, t0] of rs)
            expect(authorize(r, after, fromEpochMillis(t0)).value).toEqual(
              authorize(r, before, fromEpochMillis(t0)).value,
            );
        },
      ),
    );
  });
});
