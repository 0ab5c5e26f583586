// The spec's §7 invariants as property tests over generated event sequences, and the differential
// test of the compiled `authorize` against the literal reference in test/reference/.
import { addDays, addMonths, fromEpochMillis, localDateOf, zonedInstant } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { scaledAtLeast, unscaledDown } from "../../../tools/testkit/runs.js";
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
import {
  arbAccessRequest,
  arbGrantRequest,
  arbRoleEventLog,
  arbRoleInstant,
  defaultUniverse,
  homeOf,
  universeSetup,
} from "../src/testing.js";
import { referenceAuthorize } from "./reference/authorize.js";

const rulebooks: ReadonlyArray<[string, RoleRules]> = [
  ["mozaRoles", mozaRoles],
  ["mdoRoles", mdoRoles],
];

const requests = (rules: RoleRules) =>
  fc.array(fc.tuple(arbAccessRequest(rules), arbRoleInstant()), { minLength: 1, maxLength: 15 });

describe.each(rulebooks)("%s", (_name, rules) => {
  test("the compiled authorize agrees with the literal reference on every generated log and request", () => {
    fc.assert(
      fc.property(arbRoleEventLog(rules), requests(rules), (log, rs) => {
        const roles = compileRoles(log, rules);
        for (const [r, at] of rs)
          expect(authorize(r, roles, fromEpochMillis(at)).value).toEqual(
            referenceAuthorize(log, rules, r, at),
          );
      }),
      { numRuns: 300 },
    );
  });

  test("the generated data reach allows as well as each kind of deny (the differential test is not vacuous)", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(arbRoleEventLog(rules, { maxEvents: 40 }), requests(rules), (log, rs) => {
        const roles = compileRoles(log, rules);
        for (const [r, at] of rs) {
          const v = authorize(r, roles, fromEpochMillis(at)).value;
          seen.add(
            v.decision === "allow" ? `allow:${r.subject._tag}:${r.resource._tag}` : `deny:${v.failedCheck}`,
          );
        }
      }),
      { numRuns: unscaledDown(400) },
    );
    expect(seen.has("allow:User:Account"), [...seen].join(" ")).toBe(true);
    if (rules.viewAs !== undefined)
      expect(seen.has("allow:InsurerEmployee:Account"), [...seen].join(" ")).toBe(true);
    if (rules.cooperations !== undefined) expect(seen.has("allow:User:Mdo"), [...seen].join(" ")).toBe(true);
    if (rules.mandatePermissions !== undefined)
      expect(seen.has("allow:ActingForPatient:PriorAuthorisation"), [...seen].join(" ")).toBe(true);
    for (const c of rules.checks) expect(seen.has(`deny:${c}`), c).toBe(true);
    expect(seen.has("deny:permission")).toBe(true);
  });

  test("decisions do not depend on the order of events with distinct instants", () => {
    fc.assert(
      fc.property(
        arbRoleEventLog(rules, { distinctInstants: true }).chain((log) =>
          fc.tuple(
            fc.constant(log),
            fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length }),
          ),
        ),
        requests(rules),
        ([log, shuffled], rs) => {
          // the setup events share one instant; keep them in front in their order
          const setup = log.filter((e) => e.eventId.startsWith("g") === false);
          const rest = shuffled.filter((e) => e.eventId.startsWith("g"));
          const a = compileRoles(log, rules);
          const b = compileRoles([...rest, ...setup], rules);
          for (const [r, at] of rs)
            expect(authorize(r, b, fromEpochMillis(at)).value).toEqual(
              authorize(r, a, fromEpochMillis(at)).value,
            );
        },
      ),
    );
  });

  test("revoking a role never turns a deny into an allow (the revoked person's own later removals aside)", () => {
    // A revocation takes effect only from its authority (the signatory for the main contact, the
    // main contact for the rest); one made without it changes nothing (test/isolation.test.ts). So a
    // revoked main contact's later revocations, withdrawals and releases are refused, which keeps
    // what they would have removed: those events are left out of the log here (the guide's reading).
    let applied = 0;
    const removals = new Set(["RoleRevoked", "ViewAsWithdrawn", "IntermediaryReleased"]);
    fc.assert(
      fc.property(
        arbRoleEventLog(rules),
        fc.constantFrom(...defaultUniverse.organisations),
        fc.constantFrom(...defaultUniverse.users, "sig-01123456"),
        fc.constantFrom(rules.mainContactRole.id, ...rules.organisationRoles.roles.map((r) => r.id)),
        fc.nat(),
        arbRoleInstant(),
        requests(rules),
        (generated, organisation, user, role, k, at, rs) => {
          const colleagues = defaultUniverse.users.filter((x) => homeOf(defaultUniverse, x) === organisation);
          const by =
            role === rules.mainContactRole.id
              ? `sig-${organisation}`
              : (colleagues[k % Math.max(1, colleagues.length)] ?? `sig-${organisation}`);
          const log = generated.filter(
            (e) => !(removals.has(e._tag) && (e as { by?: string }).by === user && e.at >= at),
          );
          const revoke = {
            _tag: "RoleRevoked",
            eventId: "rv",
            at,
            organisation,
            by,
            user,
            role,
          } as RoleEvent;
          const before = compileRoles(log, rules);
          const after = compileRoles([...log, revoke], rules);
          if (!after.rejected.some((n) => n.eventId === "rv")) applied++;
          for (const [r, t] of rs)
            if (authorize(r, after, fromEpochMillis(t)).value.decision === "allow")
              expect(authorize(r, before, fromEpochMillis(t)).value.decision).toBe("allow");
        },
      ),
    );
    expect(applied).toBeGreaterThan(scaledAtLeast(10));
  });

  test("adding a functional role never turns an allow into a deny", () => {
    fc.assert(
      fc.property(
        arbRoleEventLog(rules),
        fc.constantFrom(...defaultUniverse.organisations),
        fc.constantFrom(...defaultUniverse.users),
        fc.constantFrom(...defaultUniverse.users),
        fc.constantFrom(...rules.organisationRoles.roles.map((r) => r.id)),
        arbRoleInstant(),
        requests(rules),
        (log, organisation, by, user, role, at, rs) => {
          const add = { _tag: "RoleGranted", eventId: "gr", at, organisation, by, user, role } as RoleEvent;
          const before = compileRoles(log, rules);
          const after = compileRoles([...log, add], rules);
          for (const [r, t] of rs)
            if (authorize(r, before, fromEpochMillis(t)).value.decision === "allow")
              expect(authorize(r, after, fromEpochMillis(t)).value.decision).toBe("allow");
        },
      ),
    );
  });

  test("a suspended organisation is denied everything until the suspension ends", () => {
    fc.assert(
      fc.property(
        arbRoleEventLog(rules),
        fc.constantFrom(...defaultUniverse.organisations),
        arbRoleInstant(),
        fc.integer({ min: 1, max: 24 * 20 }),
        requests(rules),
        (log, organisation, from, hours, rs) => {
          const until = from + hours * 3_600_000;
          const events = [
            ...log,
            { _tag: "SuspensionWarned", eventId: "w", at: from - 1, organisation, reason: "warning" },
            { _tag: "AccessSuspended", eventId: "s", at: from, organisation, reason: "breach", until },
          ] as Array<RoleEvent>;
          const roles = compileRoles(events, rules);
          for (const [r, t0] of rs) {
            const t = from + (t0 % (until - from));
            // a lift in the generated log may end it early; without one it holds for the whole span
            const lifted = log.some(
              (e) =>
                e._tag === "SuspensionLifted" && e.organisation === organisation && e.at >= from && e.at <= t,
            );
            if (r.organisation === organisation && !lifted)
              expect(authorize(r, roles, fromEpochMillis(t)).value.decision).toBe("deny");
          }
        },
      ),
    );
  });

  test("a view-as session never allows a write", () => {
    fc.assert(
      fc.property(arbRoleEventLog(rules), requests(rules), (log, rs) => {
        const roles = compileRoles(log, rules);
        for (const [r, t] of rs)
          if (r.subject._tag === "InsurerEmployee" && !rules.readOnlyPermissions.includes(r.action))
            expect(authorize(r, roles, fromEpochMillis(t)).value.decision).toBe("deny");
      }),
    );
  });

  test("every deny names its first failed check with the rulebook's citation; every allow names a granting role", () => {
    fc.assert(
      fc.property(arbRoleEventLog(rules), requests(rules), (log, rs) => {
        const roles = compileRoles(log, rules);
        for (const [r, t] of rs) {
          const d = authorize(r, roles, fromEpochMillis(t));
          const last = d.because.at(-1);
          if (d.value.decision === "deny") {
            expect(last?.output).toBe("fail");
            expect(last?.rule).toBe(d.value.failedCheck);
            expect(d.because.slice(0, -1).every((s) => s.output === "pass")).toBe(true);
          } else {
            expect(d.because.every((s) => s.output === "pass")).toBe(true);
            expect(d.value.grantingRoles.length).toBeGreaterThan(0);
          }
          expect(last?.citations).toEqual(rules.rules[last?.rule as keyof typeof rules.rules] ?? []);
          expect(d.audit.decision).toBe(d.value.decision);
        }
      }),
    );
  });
});

describe("mozaRoles", () => {
  test("no sequence of grants made by main contacts ever gives anyone the main-contact role", () => {
    fc.assert(
      fc.property(arbRoleEventLog(mozaRoles, { maxEvents: 40 }), requests(mozaRoles), (log, rs) => {
        const roles = compileRoles(log, mozaRoles);
        // who a signatory appointed: the only possible holders of the main-contact role
        const appointed = new Set(
          log
            .filter(
              (e) =>
                e._tag === "RoleGranted" && e.role === "main-contact" && e.by === `sig-${e.organisation}`,
            )
            .map((e) => `${(e as { organisation: string }).organisation}/${(e as { user: string }).user}`),
        );
        for (const [r, t] of rs) {
          const manage = { ...r, action: "manage-authorisations" } as AccessRequest;
          const d = authorize(manage, roles, fromEpochMillis(t)).value;
          if (d.decision === "allow" && manage.subject._tag === "User")
            expect(appointed.has(`${manage.organisation}/${manage.subject.user}`)).toBe(true);
        }
        // and a main contact asking to pass the role on is refused
        for (const o of defaultUniverse.organisations)
          for (const u of defaultUniverse.users)
            for (const [, t] of rs) {
              const isMain =
                authorize(
                  {
                    subject: { _tag: "User", user: u, certificate: `c-${u}` },
                    organisation: o,
                    action: "manage-authorisations",
                    resource: { _tag: "Account" },
                    facts: { terms: { status: "ok" } },
                  } as AccessRequest,
                  roles,
                  fromEpochMillis(t),
                ).value.decision === "allow";
              if (isMain)
                expect(
                  mayGrant(
                    {
                      grantor: u,
                      grantee: "u0",
                      role: "main-contact",
                      scope: { _tag: "Organisation", organisation: o },
                    } as never,
                    roles,
                    fromEpochMillis(t),
                  ).value,
                ).toBe("refused");
            }
      }),
    );
  });

  test("mayGrant never allows a grant in an organisation where the grantor is neither signatory nor main contact", () => {
    fc.assert(
      fc.property(arbRoleEventLog(mozaRoles), arbGrantRequest(mozaRoles), arbRoleInstant(), (log, g, t) => {
        const roles = compileRoles(log, mozaRoles);
        const v = mayGrant(g, roles, fromEpochMillis(t));
        if (v.value !== "allowed") return;
        const org = (g.scope as { organisation: string }).organisation;
        const asUser = (action: string) =>
          authorize(
            {
              subject: { _tag: "User", user: g.grantor, certificate: `c-${g.grantor}` },
              organisation: org,
              action,
              resource: { _tag: "Account" },
              facts: { terms: { status: "ok" } },
            } as AccessRequest,
            roles,
            fromEpochMillis(t),
          );
        if (g.role === "main-contact") expect(g.grantor).toBe(`sig-${org}`);
        else expect(asUser("manage-authorisations").value.failedCheck === "permission").toBe(false);
      }),
    );
  });

  test("nothing done in organisation A changes a decision in organisation B", () => {
    const [A] = defaultUniverse.organisations;
    fc.assert(
      fc.property(arbRoleEventLog(mozaRoles, { maxEvents: 40 }), requests(mozaRoles), (log, rs) => {
        const inA = (e: RoleEvent) =>
          "organisation" in e && e.organisation === A && e._tag !== "OrganisationRegistered";
        const withA = compileRoles(log, mozaRoles);
        const withoutA = compileRoles(
          log.filter((e) => !inA(e)),
          mozaRoles,
        );
        for (const [r, t] of rs)
          if (r.organisation !== A)
            expect(authorize(r, withA, fromEpochMillis(t)).value).toEqual(
              authorize(r, withoutA, fromEpochMillis(t)).value,
            );
      }),
    );
  });

  test("after an AGB code has ended more than 6 months ago, every request of that organisation is denied", () => {
    fc.assert(
      fc.property(
        arbRoleEventLog(mozaRoles),
        fc.constantFrom(...defaultUniverse.organisations),
        arbRoleInstant(),
        requests(mozaRoles),
        (log, organisation, at, rs) => {
          const on = localDateOf(at);
          const roles = compileRoles(
            [...log, { _tag: "AgbCodeEnded", eventId: "agb", at, organisation, on } as RoleEvent],
            mozaRoles,
          );
          // 7 months later is past the revocation under either month rule; 1 day later the certificates still work
          const gone = zonedInstant(addMonths(addDays(on, 1), 7), 0);
          for (const [r] of rs)
            if (r.organisation === organisation)
              expect(authorize(r, roles, gone).value.decision).toBe("deny");
        },
      ),
    );
  });
});

describe("the generated data", () => {
  test.each(rulebooks)(
    "the setup of the default universe is applied without a rejection (%s)",
    (_name, rules) => {
      const roles = compileRoles(universeSetup(defaultUniverse, rules), rules);
      expect(roles.rejected).toEqual([]);
    },
  );
});
