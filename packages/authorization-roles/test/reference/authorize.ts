// A slow, literal reference of `authorize`: per request it re-folds the whole event log into plain
// arrays of records (no index, no bit masks, no linking), then reads the rules off those arrays.
// The compiled `authorize` must agree with it on generated logs and requests (test/differential).
import { type LocalDate, tryAddDays, tryPeriodAfter, zonedInstant } from "@zorgkit/core";
import type { AccessOutcome, AccessRequest, RoleEvent, RoleRules } from "../../src/index.js";

const INF = Number.POSITIVE_INFINITY;
interface Span {
  from: number;
  until: number;
}
const live = (x: Span, t: number) => x.from <= t && t < x.until;
const cut = (x: Span, t: number) => {
  if (x.until > t) x.until = Math.max(x.from, t);
};
// A day the instants do not reach: one past 9999 (or past 9999-12-31: undefined) starts never,
// one before 1970 before every request.
const dayStart = (d: LocalDate | undefined) => {
  if (d === undefined) return INF;
  try {
    return zonedInstant(d, 0);
  } catch {
    return d.slice(0, 4) < "1971" ? 0 : INF;
  }
};
const nextDay = (d: LocalDate | undefined) => (d === undefined ? undefined : tryAddDays(d, 1));
const afterPeriod = (
  on: LocalDate,
  length: { years?: number; months?: number; weeks?: number; days?: number },
) => dayStart(nextDay(tryPeriodAfter(on, length)?.lastDay));

interface World {
  orgs: Array<{ agb: string; provider: boolean; knownFrom: number; agbEndedOn?: LocalDate }>;
  signatories: Array<Span & { org: string; user: string }>;
  certs: Array<{ id: string; user: string; org: string; from: number; until: number; revokedAt: number }>;
  grants: Array<Span & { org: string; user: string; role: string }>;
  warnings: Array<{ org: string; at: number }>;
  suspensions: Array<Span & { org: string }>;
  maintenance: Array<Span>;
  contracts: Array<Span & { org: string; readUntil: number }>;
  medical: Array<Span & { employee: string }>;
  viewAs: Array<Span & { org: string; consent: string; employee: string }>;
  intermediaries: Array<Span & { org: string; id: string }>;
  mandates: Array<Span & { org: string; id: string; request: string }>;
  coops: Array<{ id: string; founders: Array<string> }>;
  members: Array<Span & { coop: string; org: string }>;
  contacts: Array<Span & { coop: string; user: string; org: string }>;
  coopRoles: Array<Span & { coop: string; mdo: string; org: string; user: string; role: string }>;
}

function replay(events: ReadonlyArray<RoleEvent>, rules: RoleRules): World {
  const w: World = {
    orgs: [],
    signatories: [],
    certs: [],
    grants: [],
    warnings: [],
    suspensions: [],
    maintenance: [],
    contracts: [],
    medical: [],
    viewAs: [],
    intermediaries: [],
    mandates: [],
    coops: [],
    members: [],
    contacts: [],
    coopRoles: [],
  };
  const main = rules.mainContactRole.id;
  const catalogue = rules.organisationRoles.roles.map((r) => r.id);
  const known = (agb: string, t: number) => w.orgs.some((o) => o.agb === agb && o.knownFrom <= t);
  const isSig = (org: string, u: string, t: number) =>
    w.signatories.some((x) => x.org === org && x.user === u && live(x, t));
  const isMain = (org: string, u: string, t: number) =>
    w.grants.some((g) => g.org === org && g.user === u && g.role === main && live(g, t));
  // A certificate also stops when the organisation's certificates are revoked after its AGB end (MOZA 4.1).
  const agbRevoked = (org: string, t: number) => {
    const o = w.orgs.find((x) => x.agb === org);
    return (
      o?.agbEndedOn !== undefined &&
      rules.agbRevocationDelay !== undefined &&
      t >= afterPeriod(o.agbEndedOn, rules.agbRevocationDelay.value)
    );
  };
  const employee = (org: string, u: string, t: number) =>
    !agbRevoked(org, t) &&
    w.certs.some((c) => c.org === org && c.user === u && c.from <= t && t < c.until && t < c.revokedAt);
  const member = (coop: string, org: string, t: number) =>
    w.members.some((m) => m.coop === coop && m.org === org && live(m, t));
  const contact = (coop: string, u: string, t: number) =>
    w.contacts.some((c) => c.coop === coop && c.user === u && live(c, t));
  const manager = (coop: string, u: string, t: number) =>
    w.coopRoles.some(
      (r) => r.coop === coop && r.mdo === "" && r.user === u && live(r, t) && member(coop, r.org, t),
    );
  const contractLive = (org: string, t: number) => w.contracts.some((c) => c.org === org && live(c, t));
  const sorted = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at - b.e.at || a.i - b.i)
    .map((x) => x.e);
  for (const e of sorted) {
    const t = e.at;
    if (
      "organisation" in e &&
      e._tag !== "OrganisationRegistered" &&
      !e._tag.startsWith("Cooperation") &&
      !e._tag.startsWith("Member") &&
      !known(e.organisation, t)
    )
      continue;
    switch (e._tag) {
      case "OrganisationRegistered":
        if (!w.orgs.some((o) => o.agb === e.organisation))
          w.orgs.push({ agb: e.organisation, provider: e.provider, knownFrom: t });
        break;
      case "AgbCodeEnded": {
        const o = w.orgs.find((x) => x.agb === e.organisation);
        if (o !== undefined && (o.agbEndedOn === undefined || e.on < o.agbEndedOn)) o.agbEndedOn = e.on;
        break;
      }
      case "SignatoryRegistered":
        if (!isSig(e.organisation, e.user, t))
          w.signatories.push({ org: e.organisation, user: e.user, from: t, until: INF });
        break;
      case "SignatoryRemoved":
        for (const x of w.signatories) if (x.org === e.organisation && x.user === e.user) cut(x, t);
        break;
      case "CertificateIssued":
        if (!w.certs.some((c) => c.id === e.certificate) && e.validUntil > e.validFrom)
          w.certs.push({
            id: e.certificate,
            user: e.user,
            org: e.organisation,
            from: e.validFrom,
            until: e.validUntil,
            revokedAt: INF,
          });
        break;
      case "CertificateRevoked": {
        const c = w.certs.find((x) => x.id === e.certificate);
        if (c !== undefined) c.revokedAt = Math.min(c.revokedAt, t);
        break;
      }
      case "RoleGranted": {
        const from = e.validFrom ?? t;
        const until = e.validUntil ?? INF;
        if (until <= from || from < t) break;
        const isMainRole = e.role === main;
        if (!isMainRole && !catalogue.includes(e.role)) break;
        if (isMainRole ? !isSig(e.organisation, e.by, t) : !isMain(e.organisation, e.by, t)) break;
        // A main contact acts in the portal with a valid certificate of the organisation (MOZA 1.3).
        if (!isMainRole && !employee(e.organisation, e.by, t)) break;
        if (!employee(e.organisation, e.user, t)) break;
        if (isMainRole)
          for (const g of w.grants) if (g.org === e.organisation && g.role === main) cut(g, from);
        w.grants.push({ org: e.organisation, user: e.user, role: e.role, from, until });
        break;
      }
      case "RoleRevoked":
        if (e.role !== main && !catalogue.includes(e.role)) break;
        // Only the grant's authority revokes: the signatory the main contact, the main contact (with a valid certificate) the rest.
        if (e.role === main ? !isSig(e.organisation, e.by, t) : !isMain(e.organisation, e.by, t)) break;
        if (e.role !== main && !employee(e.organisation, e.by, t)) break;
        for (const g of w.grants)
          if (g.org === e.organisation && g.user === e.user && g.role === e.role) cut(g, t);
        break;
      case "SuspensionWarned":
        w.warnings.push({ org: e.organisation, at: t });
        break;
      case "AccessSuspended": {
        const until = e.until ?? INF;
        if (until <= t) break;
        if (
          rules.suspensionNeedsWarning.value &&
          !w.warnings.some((x) => x.org === e.organisation && x.at < t)
        )
          break;
        w.suspensions.push({ org: e.organisation, from: t, until });
        break;
      }
      case "SuspensionLifted":
        for (const x of w.suspensions) if (x.org === e.organisation && live(x, t)) x.until = t;
        break;
      case "MaintenanceStopped":
        if (e.until > e.from) w.maintenance.push({ from: e.from, until: e.until });
        break;
      case "ContractStarted":
        if (!contractLive(e.organisation, t))
          w.contracts.push({ org: e.organisation, from: t, until: INF, readUntil: INF });
        break;
      case "ContractEnded": {
        const end = dayStart(nextDay(e.on));
        const c = w.contracts.find((x) => x.org === e.organisation && x.from < end && x.until > end);
        if (c === undefined) break;
        c.until = end;
        c.readUntil = Math.max(
          end,
          rules.readWindowAfterContract === undefined
            ? end
            : afterPeriod(e.on, rules.readWindowAfterContract.value),
        );
        break;
      }
      case "MedicalDataAuthorisation":
        if (e.authorised) {
          if (!w.medical.some((m) => m.employee === e.employee && live(m, t)))
            w.medical.push({ employee: e.employee, from: t, until: INF });
        } else for (const m of w.medical) if (m.employee === e.employee) cut(m, t);
        break;
      case "ViewAsConsented":
        if (w.viewAs.some((v) => v.org === e.organisation && v.consent === e.consent)) break;
        if (e.until <= t || !(rules.viewAs?.purposes ?? []).includes(e.purpose)) break;
        if (
          !isSig(e.organisation, e.by, t) &&
          !(isMain(e.organisation, e.by, t) && employee(e.organisation, e.by, t))
        )
          break;
        w.viewAs.push({
          org: e.organisation,
          consent: e.consent,
          employee: e.employee,
          from: t,
          until: e.until,
        });
        break;
      case "ViewAsWithdrawn":
        if (
          !isSig(e.organisation, e.by, t) &&
          !(isMain(e.organisation, e.by, t) && employee(e.organisation, e.by, t))
        )
          break;
        for (const v of w.viewAs) if (v.org === e.organisation && v.consent === e.consent) cut(v, t);
        break;
      case "IntermediaryEngaged":
        if (
          !isSig(e.organisation, e.by, t) &&
          !(isMain(e.organisation, e.by, t) && employee(e.organisation, e.by, t))
        )
          break;
        if (!w.intermediaries.some((x) => x.org === e.organisation && x.id === e.intermediary && live(x, t)))
          w.intermediaries.push({ org: e.organisation, id: e.intermediary, from: t, until: INF });
        break;
      case "IntermediaryReleased":
        if (
          !isSig(e.organisation, e.by, t) &&
          !(isMain(e.organisation, e.by, t) && employee(e.organisation, e.by, t))
        )
          break;
        for (const x of w.intermediaries) if (x.org === e.organisation && x.id === e.intermediary) cut(x, t);
        break;
      case "MandateRecorded": {
        const until = e.until ?? INF;
        if (w.mandates.some((m) => m.org === e.organisation && m.id === e.mandate) || until <= t) break;
        w.mandates.push({ org: e.organisation, id: e.mandate, request: e.request, from: t, until });
        break;
      }
      case "MandateEnded":
        for (const m of w.mandates) if (m.org === e.organisation && m.id === e.mandate) cut(m, t);
        break;
      case "CooperationFormed": {
        const c = rules.cooperations;
        if (c === undefined || w.coops.some((x) => x.id === e.cooperation)) break;
        const founders = [...new Set(e.members)];
        if (founders.length < c.minMembers.value) break;
        if (!founders.every((m) => w.orgs.some((o) => o.agb === m && o.knownFrom <= t && o.provider))) break;
        w.coops.push({ id: e.cooperation, founders });
        break;
      }
      case "CooperationContactAppointed": {
        const coop = w.coops.find((x) => x.id === e.cooperation);
        const max = rules.cooperations?.maxContacts.value ?? 0;
        if (coop === undefined) break;
        // a founder before its first authorisation, or a member now (a founder revoked has left)
        const founder =
          coop.founders.includes(e.organisation) &&
          !w.members.some((m) => m.coop === coop.id && m.org === e.organisation);
        if (!founder && !member(coop.id, e.organisation, t)) break;
        if (!employee(e.organisation, e.user, t)) break;
        if (contact(coop.id, e.user, t)) break;
        const users = new Set(w.contacts.filter((c) => c.coop === coop.id && live(c, t)).map((c) => c.user));
        if (users.size >= max) break;
        w.contacts.push({ coop: coop.id, user: e.user, org: e.organisation, from: t, until: INF });
        break;
      }
      case "CooperationContactRemoved":
        for (const c of w.contacts) if (c.coop === e.cooperation && c.user === e.user) cut(c, t);
        break;
      case "MemberAuthorisationRequested": {
        if (!w.coops.some((x) => x.id === e.cooperation) || !contact(e.cooperation, e.by, t)) break;
        if (!w.orgs.some((o) => o.agb === e.organisation && o.knownFrom <= t && o.provider)) break;
        if (rules.checks.includes("contract") && !contractLive(e.organisation, t)) break;
        if (!member(e.cooperation, e.organisation, t))
          w.members.push({ coop: e.cooperation, org: e.organisation, from: t, until: INF });
        break;
      }
      case "MemberRevocationRequested":
        if (!contact(e.cooperation, e.by, t)) break;
        for (const m of w.members) if (m.coop === e.cooperation && m.org === e.organisation) cut(m, t);
        break;
      case "CooperationRoleGranted": {
        const c = rules.cooperations;
        if (c === undefined || !w.coops.some((x) => x.id === e.cooperation)) break;
        const until = e.validUntil ?? INF;
        if (until <= t) break;
        if (e.mdo === undefined) {
          if (
            e.role !== c.managerRole.id ||
            !member(e.cooperation, e.organisation, t) ||
            !contact(e.cooperation, e.by, t)
          )
            break;
        } else if (
          !c.meetingRoles.roles.some((r) => r.id === e.role) ||
          !member(e.cooperation, e.organisation, t) ||
          !manager(e.cooperation, e.by, t)
        )
          break;
        w.coopRoles.push({
          coop: e.cooperation,
          mdo: e.mdo ?? "",
          org: e.organisation,
          user: e.user,
          role: e.role,
          from: t,
          until,
        });
        break;
      }
      case "CooperationRoleRevoked": {
        const c = rules.cooperations;
        if (c === undefined || !w.coops.some((x) => x.id === e.cooperation)) break;
        const valid =
          e.mdo === undefined
            ? e.role === c.managerRole.id
            : c.meetingRoles.roles.some((r) => r.id === e.role);
        if (!valid) break;
        if (e.mdo === undefined ? !contact(e.cooperation, e.by, t) : !manager(e.cooperation, e.by, t)) break;
        for (const r of w.coopRoles)
          if (
            r.coop === e.cooperation &&
            r.mdo === (e.mdo ?? "") &&
            r.org === e.organisation &&
            r.user === e.user &&
            r.role === e.role
          )
            cut(r, t);
        break;
      }
      default:
        break;
    }
  }
  return w;
}

/** The reference decision. */
export function referenceAuthorize(
  events: ReadonlyArray<RoleEvent>,
  rules: RoleRules,
  r: AccessRequest,
  t: number,
): AccessOutcome {
  const w = replay(events, rules);
  const deny = (failedCheck: AccessOutcome["failedCheck"]): AccessOutcome =>
    ({ decision: "deny", failedCheck, grantingRoles: [] }) as AccessOutcome;
  const allow = (roles: Array<string>): AccessOutcome => ({
    decision: "allow",
    grantingRoles: [...new Set(roles)].sort(),
  });
  const sub = r.subject;
  const person = sub._tag === "User" || sub._tag === "ActingForPatient";
  const org = w.orgs.find((o) => o.agb === r.organisation && o.knownFrom <= t);
  const roleDefs = [...rules.organisationRoles.roles, rules.mainContactRole];
  const permsOf = (role: string) => roleDefs.find((x) => x.id === role)?.permissions ?? [];
  const readOnly = rules.readOnlyPermissions.includes(r.action);
  for (const check of rules.checks) {
    if (check === "certificate") {
      if (person) {
        const ok = w.certs.some(
          (c) =>
            c.id === sub.certificate &&
            c.org === r.organisation &&
            c.user === sub.user &&
            c.from <= t &&
            t < c.until &&
            t < c.revokedAt,
        );
        if (!ok) return deny("certificate");
      } else if (sub._tag === "InsurerEmployee") {
        if (
          !w.viewAs.some(
            (v) =>
              v.org === r.organisation &&
              v.consent === sub.consent &&
              v.employee === sub.employee &&
              live(v, t),
          )
        )
          return deny("view-as-consent");
        if (!w.medical.some((m) => m.employee === sub.employee && live(m, t)))
          return deny("view-as-medical-data");
        if (!readOnly) return deny("view-as-read-only");
      } else if (
        !w.intermediaries.some((x) => x.org === r.organisation && x.id === sub.intermediary && live(x, t))
      )
        return deny("intermediary-engaged");
      continue;
    }
    if (check === "organisation-known" && org === undefined) return deny(check);
    if (org === undefined) continue;
    if (check === "provider-only" && !org.provider) return deny(check);
    if (
      check === "agb-revocation" &&
      org.agbEndedOn !== undefined &&
      rules.agbRevocationDelay !== undefined &&
      t >= afterPeriod(org.agbEndedOn, rules.agbRevocationDelay.value)
    )
      return deny(check);
    if (check === "suspension" && w.suspensions.some((x) => x.org === org.agb && live(x, t)))
      return deny(check);
    if (check === "maintenance" && w.maintenance.some((m) => live(m, t))) return deny(check);
    if (check === "terms-of-use" && person && r.facts?.terms?.status !== "ok") return deny(check);
    if (check === "contract") {
      const running = w.contracts.some((c) => c.org === org.agb && live(c, t));
      const window =
        readOnly && w.contracts.some((c) => c.org === org.agb && c.until <= t && t < c.readUntil);
      if (!running && !window) return deny(check);
    }
    if (check === "payment" && r.facts?.payment !== "paid" && r.facts?.payment !== "not-due")
      return deny(check);
    if (check === "cooperation-member" && r.resource._tag === "Mdo") {
      const res = r.resource;
      const members = new Set(
        w.members.filter((m) => m.coop === res.cooperation && live(m, t)).map((m) => m.org),
      );
      if (
        !w.coops.some((c) => c.id === res.cooperation) ||
        !members.has(org.agb) ||
        members.size < (rules.cooperations?.minMembers.value ?? 2)
      )
        return deny(check);
    }
    if (check === "user-authorised" && r.resource._tag === "Mdo") {
      const p = rules.cooperations?.userAuthorisation ?? "";
      if (
        !person ||
        !w.grants.some(
          (g) => g.org === r.organisation && g.user === sub.user && live(g, t) && permsOf(g.role).includes(p),
        )
      )
        return deny(check);
    }
  }
  // The final rule.
  const allPermissions = new Set([
    ...roleDefs.flatMap((x) => x.permissions),
    ...(rules.cooperations === undefined
      ? []
      : [
          ...rules.cooperations.managerRole.permissions,
          ...rules.cooperations.meetingRoles.roles.flatMap((x) => x.permissions),
          rules.cooperations.userAuthorisation,
        ]),
    ...rules.readOnlyPermissions,
    ...(rules.intermediaryPermissions ?? []),
    ...(rules.mandatePermissions ?? []),
  ]);
  if (!allPermissions.has(r.action)) return deny("permission");
  const res = r.resource;
  switch (sub._tag) {
    case "User": {
      if (res._tag === "Account") {
        const roles = w.grants
          .filter(
            (g) =>
              g.org === r.organisation &&
              g.user === sub.user &&
              live(g, t) &&
              permsOf(g.role).includes(r.action),
          )
          .map((g) => g.role);
        return roles.length > 0 ? allow(roles) : deny("permission");
      }
      if (res._tag === "Mdo") {
        const c = rules.cooperations;
        if (c === undefined || !w.coops.some((x) => x.id === res.cooperation)) return deny("permission");
        const mine = (mdo: string) =>
          w.coopRoles.filter(
            (x) =>
              x.coop === res.cooperation && x.mdo === mdo && x.org === r.organisation && x.user === sub.user,
          );
        const meetingPerms = (role: string) =>
          c.meetingRoles.roles.find((x) => x.id === role)?.permissions ?? [];
        const meeting = mine(res.mdo);
        if (meeting.some((x) => live(x, t) && meetingPerms(x.role).includes(r.action)))
          return allow(
            meeting.filter((x) => live(x, t) && meetingPerms(x.role).includes(r.action)).map((x) => x.role),
          );
        const mgr = mine("").filter((x) => live(x, t) && c.managerRole.permissions.includes(r.action));
        return mgr.length > 0 ? allow([c.managerRole.id]) : deny("permission");
      }
      return deny("permission");
    }
    case "ActingForPatient": {
      const m = w.mandates.find((x) => x.org === r.organisation && x.id === sub.mandate);
      const ok =
        res._tag === "PriorAuthorisation" &&
        m !== undefined &&
        m.request === res.request &&
        live(m, t) &&
        (rules.mandatePermissions ?? []).includes(r.action);
      if (!ok) return deny("mandate");
      const hasRole = w.grants.some(
        (g) =>
          g.org === r.organisation && g.user === sub.user && live(g, t) && permsOf(g.role).includes(r.action),
      );
      return hasRole ? allow(["mandate"]) : deny("permission");
    }
    case "InsurerEmployee":
      return res._tag === "Account" &&
        rules.organisationRoles.roles.some((x) => x.permissions.includes(r.action))
        ? allow(["view-as"])
        : deny("permission");
    case "Intermediary":
      return res._tag === "Account" && (rules.intermediaryPermissions ?? []).includes(r.action)
        ? allow(["intermediary"])
        : deny("intermediary-connection-only");
  }
}
