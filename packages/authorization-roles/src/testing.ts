/**
 * `@zorgkit/authorization-roles/testing`: fast-check arbitraries of the package's domain values —
 * role catalogues, event logs over a small universe of organisations and users (so that grants,
 * revocations, suspensions and AGB ends collide often), access and grant requests, and near-miss
 * raw events for decoder tests. Requires `fast-check` (optional peer).
 *
 * @module
 */
import type { Instant } from "@zorgkit/core";
import fc from "fast-check";
import type { RoleCatalogue } from "./catalogue.js";
import type { RoleEvent } from "./events.js";
import type { AccessRequest, GrantRequest } from "./request.js";
import type { RoleRules } from "./rulebook.js";

const identifier = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);

/**
 * Valid role catalogues: unique role ids, each with a few permissions and a citation.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import * as Schema from "effect/Schema";
 * import { RoleCatalogue } from "@zorgkit/authorization-roles";
 * import { arbRoleCatalogue } from "@zorgkit/authorization-roles/testing";
 * fc.assert(fc.property(arbRoleCatalogue(), (c) => Schema.is(RoleCatalogue)(c)));
 * ```
 */
export function arbRoleCatalogue(): fc.Arbitrary<RoleCatalogue> {
  return fc.record({
    id: identifier,
    roles: fc.uniqueArray(
      fc.record({
        id: identifier,
        name: fc.string({ minLength: 1 }),
        nameNl: fc.string({ minLength: 1 }),
        permissions: fc.array(identifier, { maxLength: 6 }),
        source: fc.record({
          source: fc.constantFrom("MOZA", "MDO-BV"),
          article: fc.constantFrom("1.6", "1.11", "2.1"),
        }),
      }),
      { selector: (r) => r.id, maxLength: 8 },
    ),
  });
}

/** The small universe the log and request arbitraries draw from. */
export interface RoleUniverse {
  /** AGB codes; the last one is registered as a non-provider. */
  readonly organisations: ReadonlyArray<string>;
  /**
   * Users; user i holds certificate `c-<user>` of provider organisation i mod (n − 1), the last user
   * one of the non-provider (and each signatory `sig-<org>` one of its organisation).
   */
  readonly users: ReadonlyArray<string>;
  /** The first instant (epoch ms); events and requests fall in the following `hours`. */
  readonly start: number;
  readonly hours: number;
}

/** The default universe: three organisations, six users, 2026-01-01 plus 60 days. */
export const defaultUniverse: RoleUniverse = {
  organisations: ["01123456", "02765432", "05444444", "03999999"],
  users: ["u0", "u1", "u2", "u3", "u4", "u5", "u6"],
  start: Date.UTC(2026, 0, 1),
  hours: 24 * 60,
};

const HOUR = 3_600_000;

/**
 * The organisation of a user's certificate in a universe.
 *
 * @example
 * ```ts
 * import { defaultUniverse, homeOf } from "@zorgkit/authorization-roles/testing";
 * homeOf(defaultUniverse, "u1"); // => "02765432"
 * ```
 */
export function homeOf(universe: RoleUniverse, user: string): string {
  if (user.startsWith("sig-")) return user.slice(4);
  const i = universe.users.indexOf(user);
  const n = universe.organisations.length;
  if (i < 0) return universe.organisations[0] as string;
  if (i === universe.users.length - 1) return universe.organisations[n - 1] as string;
  return universe.organisations[i % Math.max(1, n - 1)] as string;
}

/**
 * The events every generated log starts with: organisations (the last a non-provider), signatories,
 * certificates, contracts, a main contact per provider, a written warning, a view-as consent, and
 * for a rulebook with cooperations one cooperation with its contact, members, manager and meeting
 * roles — so that generated requests reach allows on every path.
 *
 * @example
 * ```ts
 * import { compileRoles, mozaRoles } from "@zorgkit/authorization-roles";
 * import { defaultUniverse, universeSetup } from "@zorgkit/authorization-roles/testing";
 * compileRoles(universeSetup(defaultUniverse, mozaRoles), mozaRoles).rejected.length; // => 0
 * ```
 */
export function universeSetup(universe: RoleUniverse, rules: RoleRules): Array<RoleEvent> {
  const at = universe.start as Instant;
  const until = (universe.start + universe.hours * HOUR * 2) as Instant;
  const n = universe.organisations.length;
  const out: Array<RoleEvent> = [];
  universe.organisations.forEach((org, i) => {
    out.push({
      _tag: "OrganisationRegistered",
      eventId: `org-${org}`,
      at,
      organisation: org,
      provider: i < n - 1,
    } as RoleEvent);
    out.push({
      _tag: "SignatoryRegistered",
      eventId: `sig-${org}`,
      at,
      organisation: org,
      user: `sig-${org}`,
    } as RoleEvent);
    out.push({
      _tag: "CertificateIssued",
      eventId: `cert-sig-${org}`,
      at,
      certificate: `c-sig-${org}`,
      user: `sig-${org}`,
      organisation: org,
      validFrom: at,
      validUntil: until,
    } as RoleEvent);
    if (rules.checks.includes("contract"))
      out.push({ _tag: "ContractStarted", eventId: `k-${org}`, at, organisation: org } as RoleEvent);
  });
  for (const u of universe.users)
    out.push({
      _tag: "CertificateIssued",
      eventId: `cert-${u}`,
      at,
      certificate: `c-${u}`,
      user: u,
      organisation: homeOf(universe, u),
      validFrom: at,
      validUntil: until,
    } as RoleEvent);
  // The first user of each provider is its main contact from the start; the first provider has had
  // a written warning (so that suspensions apply under a rulebook that needs one).
  universe.organisations.slice(0, -1).forEach((org) => {
    const first = universe.users.find((x) => homeOf(universe, x) === org);
    if (first !== undefined)
      out.push({
        _tag: "RoleGranted",
        eventId: `mc-${org}`,
        at,
        organisation: org,
        by: `sig-${org}`,
        user: first,
        role: rules.mainContactRole.id,
      } as RoleEvent);
  });
  out.push({
    _tag: "MedicalDataAuthorisation",
    eventId: "med-vgz-1",
    at,
    employee: "vgz-1",
    authorised: true,
  } as RoleEvent);
  if (rules.viewAs !== undefined) {
    const o = universe.organisations[0] as string;
    out.push({
      _tag: "ViewAsConsented",
      eventId: "va-setup",
      at,
      organisation: o,
      by: `sig-${o}`,
      consent: "va-0",
      employee: "vgz-1",
      purpose: rules.viewAs.purposes[0],
      until,
    } as RoleEvent);
  }
  if (rules.mandatePermissions !== undefined) {
    // A mandate of a patient in the first provider, and the role for it for that provider's users.
    const o = universe.organisations[0] as string;
    const role = rules.organisationRoles.roles.find((r) =>
      r.permissions.some((p) => rules.mandatePermissions?.includes(p)),
    );
    out.push({
      _tag: "MandateRecorded",
      eventId: "mandate-setup",
      at,
      organisation: o,
      mandate: "m-0",
      request: "pa-0",
    } as RoleEvent);
    const main = universe.users.find((x) => homeOf(universe, x) === o);
    if (role !== undefined && main !== undefined)
      for (const user of universe.users.filter((x) => homeOf(universe, x) === o))
        out.push({
          _tag: "RoleGranted",
          eventId: `pa-role-${user}`,
          at,
          organisation: o,
          by: main,
          user,
          role: role.id,
        } as RoleEvent);
  }
  out.push({
    _tag: "SuspensionWarned",
    eventId: "warned",
    at,
    organisation: universe.organisations[0],
    reason: "warning",
  } as RoleEvent);
  if (rules.cooperations !== undefined) {
    const providers = universe.organisations.slice(0, -1);
    const contact = universe.users.find((x) => homeOf(universe, x) === providers[0]) as string;
    const c = rules.cooperations;
    out.push({
      _tag: "CooperationFormed",
      eventId: "coop-1",
      at,
      cooperation: "coop-1",
      members: providers,
    } as unknown as RoleEvent);
    out.push({
      _tag: "CooperationContactAppointed",
      eventId: "coop-1-contact",
      at,
      cooperation: "coop-1",
      user: contact,
      organisation: providers[0],
    } as RoleEvent);
    for (const o of providers)
      out.push({
        _tag: "MemberAuthorisationRequested",
        eventId: `coop-1-${o}`,
        at,
        cooperation: "coop-1",
        by: contact,
        organisation: o,
      } as RoleEvent);
    // Every provider user is authorised for the service by the main contact.
    const userRole =
      c.userAuthorisation === undefined
        ? undefined
        : rules.organisationRoles.roles.find((r) => r.permissions.includes(c.userAuthorisation));
    if (userRole !== undefined)
      universe.users.forEach((user) => {
        const home = homeOf(universe, user);
        const main = universe.users.find((x) => homeOf(universe, x) === home);
        if (providers.includes(home) && main !== undefined)
          out.push({
            _tag: "RoleGranted",
            eventId: `ua-${user}`,
            at,
            organisation: home,
            by: main,
            user,
            role: userRole.id,
          } as RoleEvent);
      });
    // The contact carries out the MDO-manager role and gives every user of the providers a meeting role in mdo-1.
    out.push({
      _tag: "CooperationRoleGranted",
      eventId: "coop-1-manager",
      at,
      cooperation: "coop-1",
      by: contact,
      user: contact,
      organisation: providers[0],
      role: c.managerRole.id,
    } as RoleEvent);
    universe.users.forEach((user, i) => {
      const role = c.meetingRoles.roles[i % Math.max(1, c.meetingRoles.roles.length)]?.id;
      if (role !== undefined && providers.includes(homeOf(universe, user)))
        out.push({
          _tag: "CooperationRoleGranted",
          eventId: `coop-1-m-${user}`,
          at,
          cooperation: "coop-1",
          mdo: "mdo-1",
          by: contact,
          user,
          organisation: homeOf(universe, user),
          role,
        } as RoleEvent);
    });
  }
  return out;
}

/** Options of {@link arbRoleEventLog}. */
export interface ArbLogOptions {
  readonly universe?: RoleUniverse;
  readonly maxEvents?: number;
  /** Distinct instants for all generated events (for order-independence properties). */
  readonly distinctInstants?: boolean;
}

function allPeople(u: RoleUniverse): ReadonlyArray<string> {
  return [...u.users, ...u.organisations.map((o) => `sig-${o}`)];
}

/**
 * Event logs: the universe's setup, then random grants (by anyone: signatories, main contacts,
 * plain employees — so many are refused), revocations, suspensions with and without warnings,
 * AGB ends, certificate revocations, maintenance stops, view-as consents, medical-data
 * authorisations and, for a rulebook with cooperations, cooperation events. Every event is valid
 * for the rulebook's schema.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { compileRoles, mozaRoles } from "@zorgkit/authorization-roles";
 * import { arbRoleEventLog } from "@zorgkit/authorization-roles/testing";
 * fc.assert(fc.property(arbRoleEventLog(mozaRoles), (log) => compileRoles(log, mozaRoles).eventCount === log.length));
 * ```
 */
export function arbRoleEventLog(
  rules: RoleRules,
  options: ArbLogOptions = {},
): fc.Arbitrary<Array<RoleEvent>> {
  const u = options.universe ?? defaultUniverse;
  const people = allPeople(u);
  const org = fc.constantFrom(...u.organisations);
  const person = fc.constantFrom(...people);
  const orgRole = fc.constantFrom(
    rules.mainContactRole.id,
    ...rules.organisationRoles.roles.map((r) => r.id),
  );
  const hour = fc.integer({ min: 1, max: u.hours });
  const ms = (h: number) => (u.start + h * HOUR) as Instant;
  const day = (h: number) => new Date(u.start + h * HOUR).toISOString().slice(0, 10);
  const coop = rules.cooperations;
  type Draft = (at: Instant, id: string) => RoleEvent;
  // An actor that is often the one with the authority: the signatory, the first user (main contact
  // from the start, and for the first provider the cooperation contact), or anyone.
  const firstOf = (o: string) => u.users.find((x) => homeOf(u, x) === o) ?? `sig-${o}`;
  const actorFor = (o: string, k: number, anyone: string) =>
    [`sig-${o}`, firstOf(o), anyone][k % 3] as string;
  const contactUser = firstOf(u.organisations[0] as string);
  const weighted: Array<{ weight: number; arbitrary: fc.Arbitrary<Draft> }> = [];
  const drafts: Array<fc.Arbitrary<Draft>> = [
    fc
      .tuple(
        org,
        person,
        person,
        orgRole,
        fc.option(fc.integer({ min: 1, max: u.hours }), { nil: undefined }),
      )
      .map(
        ([o, by, user, role, len]) =>
          (at, eventId) =>
            ({
              _tag: "RoleGranted",
              eventId,
              at,
              organisation: o,
              by,
              user,
              role,
              ...(len === undefined ? {} : { validUntil: (at + len * HOUR) as Instant }),
            }) as RoleEvent,
      ),
    // Revocations by the signatory, the first user (the main contact from the start) or anyone.
    fc.tuple(org, person, fc.nat(), person, orgRole).map(
      ([o, anyone, k, user, role]) =>
        (at, eventId) =>
          ({
            _tag: "RoleRevoked",
            eventId,
            at,
            organisation: o,
            by: actorFor(o, k, anyone),
            user,
            role,
          }) as RoleEvent,
    ),
    // The signatory appoints a main contact (so that grants by main contacts happen often).
    fc.constantFrom(...u.users).map((user) => (at, eventId) => {
      const o = homeOf(u, user);
      return {
        _tag: "RoleGranted",
        eventId,
        at,
        organisation: o,
        by: `sig-${o}`,
        user,
        role: rules.mainContactRole.id,
      } as RoleEvent;
    }),
    // A main contact (or anyone) grants a functional role to a colleague of the same organisation.
    fc
      .tuple(
        fc.constantFrom(...u.users),
        fc.constantFrom(...rules.organisationRoles.roles.map((r) => r.id)),
        fc.nat(),
      )
      .map(([user, role, k]) => (at, eventId) => {
        const colleagues = u.users.filter((x) => homeOf(u, x) === homeOf(u, user));
        const by = colleagues[k % colleagues.length] as string;
        return {
          _tag: "RoleGranted",
          eventId,
          at,
          organisation: homeOf(u, user),
          by,
          user,
          role,
        } as RoleEvent;
      }),
    // AGB ends from about 200 days before the start, so that the revocation falls inside the range.
    fc.tuple(org, hour).map(
      ([o, h]) =>
        (at, eventId) =>
          ({ _tag: "AgbCodeEnded", eventId, at, organisation: o, on: day(h - 24 * 200) }) as RoleEvent,
    ),
    fc.tuple(org, fc.option(fc.integer({ min: 1, max: 24 * 10 }), { nil: undefined })).map(
      ([o, len]) =>
        (at, eventId) =>
          ({
            _tag: "AccessSuspended",
            eventId,
            at,
            organisation: o,
            reason: "breach",
            ...(len === undefined ? {} : { until: (at + len * HOUR) as Instant }),
          }) as RoleEvent,
    ),
    org.map(
      (o) => (at, eventId) =>
        ({ _tag: "SuspensionWarned", eventId, at, organisation: o, reason: "warning" }) as RoleEvent,
    ),
    org.map(
      (o) => (at, eventId) => ({ _tag: "SuspensionLifted", eventId, at, organisation: o }) as RoleEvent,
    ),
    fc
      .constantFrom(...people)
      .map(
        (p) => (at, eventId) =>
          ({ _tag: "CertificateRevoked", eventId, at, certificate: `c-${p}` }) as RoleEvent,
      ),
    fc.integer({ min: 1, max: 72 }).map(
      (len) => (at, eventId) =>
        ({
          _tag: "MaintenanceStopped",
          eventId,
          at,
          from: at,
          until: (at + len * HOUR) as Instant,
          reason: "upgrade",
        }) as RoleEvent,
    ),
    fc.tuple(org, person).map(
      ([o, p]) =>
        (at, eventId) =>
          ({ _tag: "SignatoryRemoved", eventId, at, organisation: o, user: p }) as RoleEvent,
    ),
  ];
  if (rules.viewAs !== undefined) {
    const purposes = rules.viewAs.purposes;
    drafts.push(
      fc
        .tuple(
          org,
          person,
          fc.nat(),
          fc.constantFrom("vgz-1", "vgz-2"),
          fc.constantFrom(...purposes),
          fc.integer({ min: 1, max: 24 * 20 }),
          fc.nat({ max: 1 }),
        )
        .map(
          ([o, anyone, j, employee, purpose, len, k]) =>
            (at, eventId) =>
              ({
                _tag: "ViewAsConsented",
                eventId,
                at,
                organisation: o,
                by: actorFor(o, j, anyone),
                consent: `va-${k}`,
                employee,
                purpose,
                until: (at + len * HOUR) as Instant,
              }) as RoleEvent,
        ),
      fc.tuple(org, person, fc.nat(), fc.nat({ max: 1 })).map(
        ([o, anyone, j, k]) =>
          (at, eventId) =>
            ({
              _tag: "ViewAsWithdrawn",
              eventId,
              at,
              organisation: o,
              by: actorFor(o, j, anyone),
              consent: `va-${k}`,
            }) as RoleEvent,
      ),
      fc.tuple(fc.constantFrom("vgz-1", "vgz-2"), fc.boolean()).map(
        ([employee, authorised]) =>
          (at, eventId) =>
            ({ _tag: "MedicalDataAuthorisation", eventId, at, employee, authorised }) as RoleEvent,
      ),
    );
  }
  if (rules.mandatePermissions !== undefined)
    drafts.push(
      fc
        .tuple(
          org,
          fc.nat({ max: 1 }),
          fc.nat({ max: 1 }),
          fc.option(fc.integer({ min: 1, max: 24 * 20 }), { nil: undefined }),
        )
        .map(
          ([o, k, q, len]) =>
            (at, eventId) =>
              ({
                _tag: "MandateRecorded",
                eventId,
                at,
                organisation: o,
                mandate: `m-${k}`,
                request: `pa-${q}`,
                ...(len === undefined ? {} : { until: (at + len * HOUR) as Instant }),
              }) as RoleEvent,
        ),
      fc.tuple(org, fc.nat({ max: 1 })).map(
        ([o, k]) =>
          (at, eventId) =>
            ({ _tag: "MandateEnded", eventId, at, organisation: o, mandate: `m-${k}` }) as RoleEvent,
      ),
    );
  if (rules.intermediaryPermissions !== undefined)
    drafts.push(
      fc
        .tuple(
          fc.constantFrom("IntermediaryEngaged", "IntermediaryReleased"),
          org,
          person,
          fc.nat(),
          fc.constantFrom("im-1", "im-2"),
        )
        .map(
          ([_tag, o, anyone, j, intermediary]) =>
            (at, eventId) =>
              ({ _tag, eventId, at, organisation: o, by: actorFor(o, j, anyone), intermediary }) as RoleEvent,
        ),
    );
  if (coop !== undefined) {
    const coopId = fc.constantFrom("coop-1", "coop-2");
    const providers = u.organisations.slice(0, -1);
    const meeting = fc.constantFrom(...coop.meetingRoles.roles.map((r) => r.id));
    drafts.push(
      coopId.map(
        (c) => (at, eventId) =>
          ({
            _tag: "CooperationFormed",
            eventId,
            at,
            cooperation: c,
            members: [...providers],
          }) as unknown as RoleEvent,
      ),
      fc.tuple(coopId, person).map(
        ([c, user]) =>
          (at, eventId) =>
            ({
              _tag: "CooperationContactAppointed",
              eventId,
              at,
              cooperation: c,
              user,
              organisation: homeOf(u, user),
            }) as RoleEvent,
      ),
      fc.tuple(coopId, person, org).map(
        ([c, by, o]) =>
          (at, eventId) =>
            ({
              _tag: "MemberAuthorisationRequested",
              eventId,
              at,
              cooperation: c,
              by,
              organisation: o,
            }) as RoleEvent,
      ),
      fc.tuple(coopId, person, fc.boolean(), org).map(
        ([c, anyone, isContact, o]) =>
          (at, eventId) =>
            ({
              _tag: "MemberRevocationRequested",
              eventId,
              at,
              cooperation: c,
              by: isContact ? contactUser : anyone,
              organisation: o,
            }) as RoleEvent,
      ),
      fc.tuple(coopId, person, fc.boolean(), person).map(
        ([c, anyone, isContact, user]) =>
          (at, eventId) =>
            ({
              _tag: "CooperationRoleGranted",
              eventId,
              at,
              cooperation: c,
              by: isContact ? contactUser : anyone,
              user,
              organisation: homeOf(u, user),
              role: coop.managerRole.id,
            }) as RoleEvent,
      ),
      fc.tuple(coopId, fc.constantFrom("mdo-1", "mdo-2"), person, fc.boolean(), person, meeting).map(
        ([c, mdo, anyone, isContact, user, role]) =>
          (at, eventId) =>
            ({
              _tag: "CooperationRoleGranted",
              eventId,
              at,
              cooperation: c,
              mdo,
              by: isContact ? contactUser : anyone,
              user,
              organisation: homeOf(u, user),
              role,
            }) as RoleEvent,
      ),
      fc.tuple(coopId, fc.constantFrom("mdo-1", "mdo-2"), person, fc.boolean(), person, meeting).map(
        ([c, mdo, anyone, isContact, user, role]) =>
          (at, eventId) =>
            ({
              _tag: "CooperationRoleRevoked",
              eventId,
              at,
              cooperation: c,
              mdo,
              by: isContact ? contactUser : anyone,
              user,
              organisation: homeOf(u, user),
              role,
            }) as RoleEvent,
      ),
      fc.tuple(org, hour).map(
        ([o, h]) =>
          (at, eventId) =>
            ({ _tag: "ContractEnded", eventId, at, organisation: o, on: day(h) }) as RoleEvent,
      ),
    );
  }
  const max = options.maxEvents ?? 30;
  const min = Math.min(8, max);
  const hours =
    options.distinctInstants === true
      ? fc.uniqueArray(hour, { minLength: min, maxLength: max })
      : fc.array(hour, { minLength: min, maxLength: max });
  for (const [i, d] of drafts.entries()) weighted.push({ weight: i < 4 ? 3 : 1, arbitrary: d });
  return hours.chain((hs) =>
    fc
      .tuple(...hs.map(() => fc.oneof(...weighted)))
      .map((ds) => [...universeSetup(u, rules), ...ds.map((d, i) => d(ms(hs[i] as number), `g${i}`))]),
  );
}

/** Options of {@link arbAccessRequest}. */
export interface ArbRequestOptions {
  readonly universe?: RoleUniverse;
}

/**
 * Access requests over the universe: mostly users with their own certificate (sometimes a
 * colleague's, or for another organisation), some insurer employees, intermediaries and unknown
 * subjects; every permission of the rulebook plus an unknown one; facts present or missing.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { mozaRoles } from "@zorgkit/authorization-roles";
 * import { arbAccessRequest } from "@zorgkit/authorization-roles/testing";
 * fc.sample(arbAccessRequest(mozaRoles), 1).length; // => 1
 * ```
 */
export function arbAccessRequest(
  rules: RoleRules,
  options: ArbRequestOptions = {},
): fc.Arbitrary<AccessRequest> {
  const u = options.universe ?? defaultUniverse;
  const people = allPeople(u);
  const permissions = [
    ...new Set([
      ...rules.organisationRoles.roles.flatMap((r) => r.permissions),
      ...rules.mainContactRole.permissions,
      ...rules.readOnlyPermissions,
      ...(rules.intermediaryPermissions ?? []),
      ...(rules.mandatePermissions ?? []),
      ...(rules.cooperations?.meetingRoles.roles.flatMap((r) => r.permissions) ?? []),
      ...(rules.cooperations?.managerRole.permissions ?? []),
      "not-a-permission",
    ]),
  ];
  const subject = fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .constantFrom(...people)
        .map((p) => ({ _tag: "User" as const, user: p, certificate: `c-${p}` })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...people), fc.constantFrom(...people))
        .map(([p, q]) => ({ _tag: "User" as const, user: p, certificate: `c-${q}` })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom("vgz-1", "vgz-2"), fc.nat({ max: 1 }))
        .map(([employee, k]) => ({ _tag: "InsurerEmployee" as const, employee, consent: `va-${k}` })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom("im-1", "im-2")
        .map((intermediary) => ({ _tag: "Intermediary" as const, intermediary })),
    },
    {
      weight: rules.mandatePermissions === undefined ? 0 : 2,
      arbitrary: fc.tuple(fc.constantFrom(...people), fc.nat({ max: 1 })).map(([p, k]) => ({
        _tag: "ActingForPatient" as const,
        user: p,
        certificate: `c-${p}`,
        mandate: `m-${k}`,
      })),
    },
  );
  const resource =
    rules.cooperations === undefined
      ? fc.oneof(
          fc.constant({ _tag: "Account" as const }),
          fc.nat({ max: 1 }).map((q) => ({ _tag: "PriorAuthorisation" as const, request: `pa-${q}` })),
        )
      : fc.oneof(
          fc.constant({ _tag: "Account" as const }),
          fc
            .tuple(fc.constantFrom("coop-1", "coop-2"), fc.constantFrom("mdo-1", "mdo-2"))
            .map(([cooperation, mdo]) => ({ _tag: "Mdo" as const, cooperation, mdo })),
        );
  const facts = fc.record(
    {
      terms: fc.constantFrom({ status: "ok" as const }, { status: "must-accept" as const }),
      payment: fc.constantFrom("not-due" as const, "paid" as const, "overdue" as const),
    },
    { requiredKeys: [] },
  );
  return fc
    .tuple(
      subject,
      fc.constantFrom(...u.organisations, "04000000"),
      fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      fc.constantFrom(...permissions),
      resource,
      fc.oneof(
        {
          weight: 6,
          arbitrary: facts.map((f) => ({ terms: { status: "ok" as const }, payment: "paid" as const, ...f })),
        },
        { weight: 1, arbitrary: facts },
      ),
    )
    .map(([s, organisation, own, action, res, f]) => {
      // Most users act for the organisation of their certificate.
      const home = s._tag === "User" || s._tag === "ActingForPatient" ? homeOf(u, s.user) : organisation;
      const base = { subject: s, organisation: own ? home : organisation, action, resource: res, facts: f };
      // Acting for a patient: mostly on a prior-authorisation request, mostly with a mandate's action.
      if (s._tag === "ActingForPatient" && own) {
        const mandated = rules.mandatePermissions ?? [];
        return {
          ...base,
          resource: { _tag: "PriorAuthorisation" as const, request: `pa-${s.mandate.slice(2)}` },
          action:
            mandated.length > 0 && action.length % 2 === 0
              ? (mandated[action.length % mandated.length] as string)
              : action,
        } as AccessRequest;
      }
      return base as AccessRequest;
    });
}

/**
 * Instants within the universe's range (and a little beyond it, where certificates have expired).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbRoleInstant } from "@zorgkit/authorization-roles/testing";
 * fc.sample(arbRoleInstant(), 1).length; // => 1
 * ```
 */
export function arbRoleInstant(universe: RoleUniverse = defaultUniverse): fc.Arbitrary<Instant> {
  return fc
    .integer({ min: 0, max: universe.hours * 3 })
    .map((h) => (universe.start + h * HOUR + 1_800_000) as Instant);
}

/**
 * Grant requests over the universe (any grantor, grantee, role of the organisation catalogue or the
 * main-contact role).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { mozaRoles } from "@zorgkit/authorization-roles";
 * import { arbGrantRequest } from "@zorgkit/authorization-roles/testing";
 * fc.sample(arbGrantRequest(mozaRoles), 1)[0]?.scope._tag; // => "Organisation"
 * ```
 */
export function arbGrantRequest(
  rules: RoleRules,
  universe: RoleUniverse = defaultUniverse,
): fc.Arbitrary<GrantRequest> {
  const people = allPeople(universe);
  return fc
    .tuple(
      fc.constantFrom(...people),
      fc.constantFrom(...people),
      fc.constantFrom(rules.mainContactRole.id, ...rules.organisationRoles.roles.map((r) => r.id)),
      fc.constantFrom(...universe.organisations),
    )
    .map(
      ([grantor, grantee, role, organisation]) =>
        ({ grantor, grantee, role, scope: { _tag: "Organisation", organisation } }) as GrantRequest,
    );
}

/**
 * Raw JSON-like events that are near misses: a valid event with one field broken (an AGB code of
 * 7 digits, an unknown role, an end before the start, a local time without offset, an extra key).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { decodeRoleEvent, mozaRoles } from "@zorgkit/authorization-roles";
 * import { arbNearMissEvent } from "@zorgkit/authorization-roles/testing";
 * fc.assert(fc.property(arbNearMissEvent(), (raw) => !decodeRoleEvent(raw, mozaRoles).ok));
 * ```
 */
export function arbNearMissEvent(): fc.Arbitrary<Record<string, unknown>> {
  const good = {
    _tag: "RoleGranted",
    eventId: "e1",
    at: "2026-01-05T09:00:00+01:00",
    organisation: "01123456",
    by: "ann",
    user: "bob",
    role: "digital-mail",
  };
  return fc.constantFrom<Record<string, unknown>>(
    { ...good, organisation: "0112345" },
    { ...good, organisation: "011234567" },
    { ...good, role: "administrator" },
    { ...good, validUntil: "2026-01-05T08:00:00+01:00" },
    { ...good, at: "2026-01-05T09:00:00" },
    { ...good, validUntill: "2026-02-05T09:00:00+01:00" },
    { ...good, _tag: "RoleGrant" },
    { ...good, user: "123456782" },
    { ...good, eventId: "" },
  );
}
