/**
 * Internal: the compiled role state — the fold of the event log into per-organisation records,
 * with every fact kept as half-open intervals of epoch milliseconds `[from, until)`, so that a
 * decision at any instant is a few look-ups and comparisons. Its layout is not public.
 *
 * @module
 * @internal
 */
import { type Citation, type LocalDate, tryAddDays, tryPeriodAfter, zonedInstant } from "@zorgkit/core";
import type { RoleEvent, RoleEventOf } from "../events.js";
import type { GrantRequest } from "../request.js";
import type { AccessCheck, RoleRules, RuleId } from "../rulebook.js";

/** Far future. */
export const OPEN = Number.POSITIVE_INFINITY;

/** A time-bounded grant of one role (index into the rulebook's role table). */
export interface Grant {
  readonly role: number;
  readonly from: number;
  until: number;
}

/** The roles one user holds in one scope, as a flat list of grants. */
export class GrantList {
  readonly grants: Array<Grant> = [];
  /** Flat `[role, from, until]*` copy built by {@link freeze} (a plain array: no typed-array overhead per user). */
  flat: ReadonlyArray<number> = [];
  add(role: number, from: number, until: number): void {
    this.grants.push({ role, from, until });
  }
  cut(role: number, at: number): boolean {
    let cut = false;
    for (const g of this.grants) {
      if (g.role === role && g.until > at) {
        g.until = Math.max(g.from, at);
        cut = true;
      }
    }
    return cut;
  }
  holds(role: number, at: number): boolean {
    for (const g of this.grants) if (g.role === role && g.from <= at && at < g.until) return true;
    return false;
  }
  freeze(): void {
    const f: Array<number> = [];
    for (const g of this.grants) f.push(g.role, g.from, g.until);
    this.flat = f;
  }
}

export const EMPTY_GRANTS = new GrantList();

/** Intervals `[from, until)`. */
export class Intervals {
  readonly list: Array<{ from: number; until: number }> = [];
  open(from: number, until = OPEN): void {
    this.list.push({ from, until });
  }
  close(at: number): boolean {
    let closed = false;
    for (const i of this.list) {
      if (i.until > at) {
        i.until = Math.max(i.from, at);
        closed = true;
      }
    }
    return closed;
  }
  contains(at: number): boolean {
    for (const i of this.list) if (i.from <= at && at < i.until) return true;
    return false;
  }
  isOpenAt(at: number): boolean {
    return this.contains(at);
  }
}

export interface Suspension {
  readonly from: number;
  until: number;
  readonly reason: string;
}

export interface ContractPeriod {
  readonly from: number;
  until: number;
  /** End of the read-only window after the contract's end (= `until` while it runs). */
  readUntil: number;
  endedOn: LocalDate | undefined;
}

export interface ViewAsConsent {
  readonly employee: string;
  readonly purpose: string;
  readonly from: number;
  until: number;
}

export interface Mandate {
  readonly request: string;
  readonly from: number;
  until: number;
}

export class OrgState {
  revokedFrom = OPEN;
  agbEndedOn: LocalDate | undefined = undefined;
  readonly suspensions: Array<Suspension> = [];
  readonly warnings: Array<number> = [];
  readonly contracts: Array<ContractPeriod> = [];
  readonly signatories = new Map<string, Intervals>();
  readonly grants = new Map<string, GrantList>();
  readonly viewAs = new Map<string, ViewAsConsent>();
  readonly intermediaries = new Map<string, Intervals>();
  readonly mandates = new Map<string, Mandate>();
  /** Certificates per holder. */
  readonly certs = new Map<string, Array<CertState>>();
  /** Users who hold or held the main-contact role (for replacement). */
  readonly mainContacts = new Set<string>();
  constructor(
    readonly agb: string,
    readonly provider: boolean,
    readonly knownFrom: number,
  ) {}
  grantsOf(user: string): GrantList {
    let g = this.grants.get(user);
    if (g === undefined) {
      g = new GrantList();
      this.grants.set(user, g);
    }
    return g;
  }
}

/** The shared value of an allow (kept structurally equal to the public `AccessOutcome`). */
export interface AllowValue {
  readonly decision: "allow";
  readonly grantingRoles: ReadonlyArray<string>;
}

export class CertState {
  revokedAt = OPEN;
  grants: GrantList = EMPTY_GRANTS;
  /** The organisation's AGB code (the same string as `org.agb`, read without touching `org`). */
  orgAgb: string;
  constructor(
    readonly id: string,
    readonly user: string,
    readonly org: OrgState,
    readonly validFrom: number,
    readonly validUntil: number,
  ) {
    this.orgAgb = org.agb;
  }
}

export class CooperationState {
  readonly founders: ReadonlyArray<string>;
  /** Authorised member organisations. */
  readonly members = new Map<string, Intervals>();
  /** Cooperation contacts: user → appointments (organisation, from, until). */
  readonly contacts = new Map<string, Array<{ organisation: string; from: number; until: number }>>();
  /** Manager and meeting roles: key `mdo \0 organisation \0 user` (mdo empty for the manager role). */
  readonly roles = new Map<string, GrantList>();
  /** Manager grants per user: (organisation, grants). */
  readonly managers = new Map<string, Array<{ organisation: string; grants: GrantList }>>();
  constructor(
    readonly id: string,
    founders: ReadonlyArray<string>,
  ) {
    this.founders = founders;
  }
  rolesOf(mdo: string, organisation: string, user: string): GrantList {
    const key = `${mdo}\u0000${organisation}\u0000${user}`;
    let g = this.roles.get(key);
    if (g === undefined) {
      g = new GrantList();
      this.roles.set(key, g);
    }
    return g;
  }
  memberAt(organisation: string, at: number): boolean {
    return this.members.get(organisation)?.contains(at) === true;
  }
  memberCountAt(at: number): number {
    let n = 0;
    for (const m of this.members.values()) if (m.contains(at)) n++;
    return n;
  }
  contactAt(user: string, at: number): string | undefined {
    for (const c of this.contacts.get(user) ?? []) if (c.from <= at && at < c.until) return c.organisation;
    return undefined;
  }
  contactCountAt(at: number): number {
    let n = 0;
    for (const user of this.contacts.keys()) if (this.contactAt(user, at) !== undefined) n++;
    return n;
  }
}

/** An event the fold did not apply, and why. */
export interface RejectedEvent {
  readonly eventId: string;
  readonly tag: RoleEvent["_tag"];
  readonly rule: RuleId;
  readonly en: string;
  /** The rulebook's citations of the rule. */
  readonly citations: ReadonlyArray<Citation>;
}

/** The role table: every role of the rulebook with its permission mask. */
export class RoleTable {
  readonly ids: Array<string> = [];
  readonly index = new Map<string, number>();
  readonly permissions = new Map<string, number>();
  readonly permissionIds: Array<string> = [];
  /** Role masks: `masks[role * words + (p >>> 5)]`. */
  masks: Uint32Array = new Uint32Array(0);
  words = 1;
  readonly orgRoles: ReadonlySet<number>;
  readonly meetingRoles: ReadonlySet<number>;
  readonly mainContact: number;
  readonly manager: number;
  readonly readOnly: ReadonlySet<number>;
  readonly intermediary: ReadonlySet<number>;
  readonly mandate: ReadonlySet<number>;
  readonly userAuthorisation: number;
  constructor(rules: RoleRules) {
    const roleDefs: Array<{ id: string; permissions: ReadonlyArray<string>; kind: string }> = [
      ...rules.organisationRoles.roles.map((r) => ({ ...r, kind: "org" })),
      { ...rules.mainContactRole, kind: "main" },
      ...(rules.cooperations === undefined
        ? []
        : [
            { ...rules.cooperations.managerRole, kind: "manager" },
            ...rules.cooperations.meetingRoles.roles.map((r) => ({ ...r, kind: "meeting" })),
          ]),
    ];
    const perm = (p: string) => {
      let i = this.permissions.get(p);
      if (i === undefined) {
        i = this.permissionIds.length;
        this.permissions.set(p, i);
        this.permissionIds.push(p);
      }
      return i;
    };
    for (const r of roleDefs) for (const p of r.permissions) perm(p);
    for (const p of rules.readOnlyPermissions) perm(p);
    for (const p of rules.intermediaryPermissions ?? []) perm(p);
    for (const p of rules.mandatePermissions ?? []) perm(p);
    this.userAuthorisation =
      rules.cooperations === undefined ? -1 : perm(rules.cooperations.userAuthorisation);
    this.words = Math.max(1, Math.ceil(this.permissionIds.length / 32));
    const orgRoles = new Set<number>();
    const meetingRoles = new Set<number>();
    let main = -1;
    let manager = -1;
    const masks: Array<number> = [];
    roleDefs.forEach((r, i) => {
      this.ids.push(r.id);
      // Meeting roles may share ids with organisation roles: the index key includes the kind.
      this.index.set(`${r.kind}:${r.id}`, i);
      const row = new Array<number>(this.words).fill(0);
      for (const p of r.permissions) {
        const pi = perm(p);
        row[pi >>> 5] = ((row[pi >>> 5] ?? 0) | (1 << (pi & 31))) >>> 0;
      }
      masks.push(...row);
      if (r.kind === "org") orgRoles.add(i);
      else if (r.kind === "meeting") meetingRoles.add(i);
      else if (r.kind === "main") main = i;
      else manager = i;
    });
    this.masks = Uint32Array.from(masks);
    this.kind = Uint8Array.from(
      roleDefs.map((r) => (r.kind === "org" ? 0 : r.kind === "main" ? 1 : r.kind === "manager" ? 2 : 3)),
    );
    this.orgRoles = orgRoles;
    this.meetingRoles = meetingRoles;
    this.mainContact = main;
    this.manager = manager;
    this.readOnly = new Set(rules.readOnlyPermissions.map(perm));
    this.intermediary = new Set((rules.intermediaryPermissions ?? []).map(perm));
    this.mandate = new Set((rules.mandatePermissions ?? []).map(perm));
  }
  /** The index of an organisation role, or -1. */
  orgRole(id: string): number {
    const i = this.index.get(`org:${id}`);
    return i === undefined ? -1 : i;
  }
  /** The index of a meeting role, or -1. */
  meetingRole(id: string): number {
    const i = this.index.get(`meeting:${id}`);
    return i === undefined ? -1 : i;
  }
  readonly #valuesFor = new Map<string, ReadonlyArray<AllowValue | undefined>>();
  /** Per permission, the allow value for a set of roles held together (shared per set). */
  valuesFor(roles: ReadonlyArray<number>): ReadonlyArray<AllowValue | undefined> {
    const key = roles.join(",");
    let v = this.#valuesFor.get(key);
    if (v === undefined) {
      const out: Array<AllowValue | undefined> = [];
      for (let p = 0; p < this.permissionIds.length; p++) {
        const granting = [
          ...new Set(roles.filter((r) => this.grants(r, p)).map((r) => this.ids[r] as string)),
        ].sort();
        out.push(
          granting.length === 0
            ? undefined
            : granting.length === 1
              ? this.allowOne(roles.find((r) => this.grants(r, p)) as number)
              : Object.freeze({ decision: "allow" as const, grantingRoles: Object.freeze(granting) }),
        );
      }
      v = Object.freeze(out);
      this.#valuesFor.set(key, v);
    }
    return v;
  }
  /** Per role: 0 organisation role, 1 main contact, 2 manager, 3 meeting role. */
  kind: Uint8Array = new Uint8Array(0);
  readonly #allowOne: Array<
    { readonly decision: "allow"; readonly grantingRoles: ReadonlyArray<string> } | undefined
  > = [];
  /** The shared value of an allow granted by one role. */
  allowOne(role: number): { readonly decision: "allow"; readonly grantingRoles: ReadonlyArray<string> } {
    let v = this.#allowOne[role];
    if (v === undefined) {
      v = Object.freeze({
        decision: "allow" as const,
        grantingRoles: Object.freeze([this.ids[role] as string]),
      });
      this.#allowOne[role] = v;
    }
    return v;
  }
  grants(role: number, permission: number): boolean {
    return ((this.masks[role * this.words + (permission >>> 5)] ?? 0) >>> (permission & 31)) % 2 === 1;
  }
}

/** The whole compiled state. */
export class RoleState {
  readonly orgs = new Map<string, OrgState>();
  readonly certificates = new Map<string, CertState>();
  readonly cooperations = new Map<string, CooperationState>();
  readonly maintenance: Array<{ from: number; until: number; reason: string }> = [];
  readonly medicalData = new Map<string, Intervals>();
  readonly rejected: Array<RejectedEvent> = [];
  readonly table: RoleTable;
  readonly needsTerms: boolean;
  readonly needsPayment: boolean;
  readonly needsMaintenance: boolean;
  /** The checks that read a fact of the request or the clock only, in the rulebook's order. */
  readonly factChecks: ReadonlyArray<"terms-of-use" | "payment" | "maintenance">;
  /**
   * Whether, for a request that presents certificate `c` of the right organisation for another
   * user, `certificate` is the first check to fail (only `organisation-known` and `provider-only`
   * may come before it; otherwise the caller runs the full checks).
   */
  certificateFirstFails(c: CertState, at: number): boolean {
    for (const check of this.checks) {
      if (check === "certificate") return true;
      if (check === "organisation-known") {
        if (c.org.knownFrom > at) return false;
      } else if (check === "provider-only") {
        if (!c.org.provider) return false;
      } else return false;
    }
    return false;
  }
  /**
   * For a user's request whose certificate is unknown or linked to another organisation's AGB code:
   * the first failing check when it is `organisation-known`, `provider-only` or `certificate` (the
   * only checks the rulebook may put before the certificate without the caller running them), or
   * `undefined` when the full checks must run.
   */
  foreignCertificateFails(organisation: string, at: number): RuleId | undefined {
    const o = this.orgs.get(organisation);
    for (const check of this.checks) {
      if (check === "certificate") return "certificate";
      if (check === "organisation-known") {
        if (o === undefined || o.knownFrom > at) return "organisation-known";
      } else if (check === "provider-only") {
        if (!(o as OrgState).provider) return "provider-only";
      } else return undefined;
    }
    return undefined;
  }
  /**
   * After a certificate's fast window (`at` at or after its end): the first failing check when it is
   * the certificate's end, the AGB revocation, a suspension or a fact check (each only where the
   * rulebook puts it before any other check), or `undefined` when the full checks must run. Valid
   * only for certificates that have a window: then the organisation is known and a provider.
   */
  afterWindow(
    c: CertState,
    r: { readonly facts?: { readonly terms?: { readonly status: string }; readonly payment?: string } },
    at: number,
  ): RuleId | undefined {
    const certUntil = Math.min(c.validUntil, c.revokedAt);
    const agbUntil = c.org.revokedFrom;
    for (const check of this.checks) {
      switch (check) {
        case "organisation-known":
        case "provider-only":
          break;
        case "suspension":
          for (const x of c.org.suspensions) if (x.from <= at && at < x.until) return "suspension";
          break;
        case "certificate":
          if (at >= certUntil) return "certificate";
          break;
        case "agb-revocation":
          if (at >= agbUntil) return "agb-revocation";
          break;
        case "terms-of-use":
          if (r.facts?.terms?.status !== "ok") return "terms-of-use";
          break;
        case "payment":
          if (r.facts?.payment !== "paid" && r.facts?.payment !== "not-due") return "payment";
          break;
        case "maintenance":
          if (this.inMaintenance(at)) return "maintenance";
          break;
        default:
          return undefined;
      }
    }
    return undefined;
  }
  /**
   * The hot-path layout (built by {@link fold}): an open-addressing table keyed by a hash of the
   * certificate id computed at compile time (slot `h & mask`, linear probing; {@link fastSlot}), with
   * no objects per certificate. Slot `i` holds `slotStrings[3i..3i+2]` = the certificate id, its
   * organisation's AGB code and its holder (24 bytes of pointers), and `slotInts[8i..8i+7]` (one
   * aligned 32-byte block) = hash + 1 (0: empty), the fast window `[fromMinute, untilMinute)` in whole
   * minutes inside the exact window — while `fromMinute·60 000 <= at < untilMinute·60 000` every
   * organisation and certificate check of the rulebook passes and the holder's grants do not change —,
   * `base`, the offset of the slot's value set in `values` (-1: no window), and the certificate's index
   * in `certList` (read only outside the window). Inside the window the answer for
   * permission `p` is `values[base + p]` (undefined: no role grants it).
   */
  slotInts: Int32Array = new Int32Array(8);
  slotStrings: Array<string> = ["", "", ""];
  mask = 0;
  readonly certList: Array<CertState> = [];
  values: Array<AllowValue | undefined> = [];
  permissionCount = 0;
  /** The slot of a certificate id, or -1. */
  fastSlot(id: string): number {
    const h = hashId(id) + 1;
    const ints = this.slotInts;
    const mask = this.mask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const k = ints[i * 8] as number;
      if (k === 0) return -1;
      if (k === h && this.slotStrings[i * 3] === id) return i;
    }
  }
  /**
   * For a certificate without a fast window, presented by its holder for its own organisation: the
   * first failing check when it is `organisation-known` or `provider-only` (a non-provider's
   * certificates), or `undefined` when the full checks must run.
   */
  ownOrganisationFails(c: CertState, at: number): RuleId | undefined {
    for (const check of this.checks) {
      if (check === "organisation-known") {
        if (!(c.org.knownFrom <= at)) return check;
      } else if (check === "provider-only") {
        if (!c.org.provider) return check;
      } else return undefined;
    }
    return undefined;
  }
  /** The maintenance stops merged: sorted, disjoint `[from, until)` pairs. */
  stops: Float64Array = new Float64Array(0);
  /** Whether `at` falls in a maintenance stop (binary search over {@link stops}). */
  inMaintenance(at: number): boolean {
    const f = this.stops;
    let lo = 0;
    let hi = f.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((f[mid * 2] as number) <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && at < (f[(lo - 1) * 2 + 1] as number);
  }
  /**
   * The checks as run: the rulebook's order, with `organisation-known` first and `certificate` (the
   * subject's identity) always present, even for a hand-built rulebook that omits them (the schema
   * requires both; this keeps `authorize` total and deny-biased for any `RoleRules` value).
   */
  readonly checks: ReadonlyArray<AccessCheck>;
  constructor(readonly rules: RoleRules) {
    const rest = rules.checks.filter((c) => c !== "organisation-known" && c !== "certificate");
    const i = rules.checks.indexOf("certificate");
    const withIdentity: Array<AccessCheck> = [...rest];
    withIdentity.splice(
      i < 0 ? 0 : Math.max(0, rules.checks.slice(0, i).filter((c) => c !== "organisation-known").length),
      0,
      "certificate",
    );
    this.checks = ["organisation-known", ...withIdentity];
    this.table = new RoleTable(rules);
    this.factChecks = this.checks.filter(
      (c): c is "terms-of-use" | "payment" | "maintenance" =>
        c === "terms-of-use" || c === "payment" || c === "maintenance",
    );
    this.needsTerms = this.checks.includes("terms-of-use");
    this.needsPayment = this.checks.includes("payment");
    this.needsMaintenance = this.checks.includes("maintenance");
  }
}

/**
 * Start of a day in Europe/Amsterdam, as epoch ms, for any day an event can name (0001–9999): a
 * day past the last instant (or past 9999-12-31, `undefined`) starts never (`OPEN`), a day before
 * the first (1970) starts at 0, before every instant a request can name. A decoded event dated at
 * the calendar's edges made the whole log fail to compile (issue #17, range audit).
 */
export function startOfDay(d: LocalDate | undefined): number {
  if (d === undefined) return OPEN;
  try {
    return zonedInstant(d, 0);
  } catch {
    return d < "5000-01-01" ? 0 : OPEN;
  }
}

/** The day after `d`, or `undefined` past 9999-12-31. */
const dayAfter = (d: LocalDate | undefined): LocalDate | undefined =>
  d === undefined ? undefined : tryAddDays(d, 1);

/** The instant the certificates stop working after the AGB code ended on `on`. */
export function revocationInstant(rules: RoleRules, on: LocalDate): number {
  const delay = rules.agbRevocationDelay;
  if (delay === undefined) return OPEN;
  return startOfDay(revocationDay(rules, on));
}

/**
 * The day the certificates are revoked after the AGB code ended on `on` (MOZA 4.1), as a date —
 * also before 1970, where {@link revocationInstant} is 0 — or `undefined` when never (no delay in
 * the rulebook, or past 9999-12-31).
 */
export function revocationDay(rules: RoleRules, on: LocalDate): LocalDate | undefined {
  const delay = rules.agbRevocationDelay;
  return delay === undefined ? undefined : dayAfter(tryPeriodAfter(on, delay.value)?.lastDay);
}

/** The end of the read-only window after a contract that ended on `on`. */
export function readWindowEnd(rules: RoleRules, on: LocalDate): number {
  const w = rules.readWindowAfterContract;
  if (w === undefined) return startOfDay(dayAfter(on));
  return startOfDay(dayAfter(tryPeriodAfter(on, w.value)?.lastDay));
}

// ---------------------------------------------------------------------------------------------
// Authority at an instant (shared by the fold and mayGrant)
// ---------------------------------------------------------------------------------------------

export function isSignatory(org: OrgState, user: string, at: number): boolean {
  return org.signatories.get(user)?.contains(at) === true;
}

export function isMainContact(state: RoleState, org: OrgState, user: string, at: number): boolean {
  return org.grants.get(user)?.holds(state.table.mainContact, at) === true;
}

/** The main contact acting in the portal: holding the role and a valid certificate of the organisation (MOZA 1.3, 1.6). */
export function actingMainContact(state: RoleState, org: OrgState, user: string, at: number): boolean {
  return isMainContact(state, org, user, at) && isEmployee(org, user, at);
}

/**
 * Whether the user holds a certificate of the organisation valid at `at`: issued, not expired, not
 * revoked, and not revoked with all of the organisation's certificates a set time after its AGB
 * code ended (`revokedFrom`).
 */
export function isEmployee(org: OrgState, user: string, at: number): boolean {
  if (at >= org.revokedFrom) return false;
  for (const c of org.certs.get(user) ?? [])
    if (c.validFrom <= at && at < c.validUntil && at < c.revokedAt) return true;
  return false;
}

export function contractActive(org: OrgState, at: number): boolean {
  for (const c of org.contracts) if (c.from <= at && at < c.until) return true;
  return false;
}

export function isManager(
  state: RoleState,
  coop: CooperationState,
  user: string,
  at: number,
): string | undefined {
  for (const m of coop.managers.get(user) ?? [])
    if (m.grants.holds(state.table.manager, at) && coop.memberAt(m.organisation, at)) return m.organisation;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Who may grant what (one rule for the fold and for mayGrant)
// ---------------------------------------------------------------------------------------------

/** Why a grant is allowed or refused. */
export type GrantWhy =
  | "organisation-unknown"
  | "not-in-catalogue"
  | "main-contact-is-not-signatory"
  | "not-signatory"
  | "not-main-contact"
  | "grantor-certificate"
  | "not-employee"
  | "cooperation-unknown"
  | "not-member"
  | "manager-role-only"
  | "not-contact"
  | "not-manager"
  | "signatory-appoints-main-contact"
  | "main-contact-grants"
  | "contact-assigns-manager"
  | "manager-gives-meeting-role";

/** The outcome of the grant rule. */
export interface GrantCheck {
  readonly pass: boolean;
  readonly rule: RuleId;
  readonly why: GrantWhy;
}

const grantCheck = (pass: boolean, rule: RuleId, why: GrantWhy): GrantCheck => ({ pass, rule, why });

/** May the grant be made at `at`? */
export function checkGrant(s: RoleState, grant: GrantRequest, at: number): GrantCheck {
  const t = s.table;
  const scope = grant.scope;
  switch (scope._tag) {
    case "Organisation": {
      const o = s.orgs.get(scope.organisation);
      if (o === undefined || o.knownFrom > at)
        return grantCheck(false, "organisation-known", "organisation-unknown");
      const main = grant.role === s.rules.mainContactRole.id;
      if (!main && t.orgRole(grant.role) < 0)
        return grantCheck(false, "grant-role-in-catalogue", "not-in-catalogue");
      if (main && !isSignatory(o, grant.grantor, at))
        return grantCheck(
          false,
          "grant-main-contact-by-signatory",
          isMainContact(s, o, grant.grantor, at) ? "main-contact-is-not-signatory" : "not-signatory",
        );
      if (!main && !isMainContact(s, o, grant.grantor, at))
        return grantCheck(false, "grant-by-main-contact", "not-main-contact");
      // The main contact manages roles in the portal, logged in with a valid personal certificate
      // of the organisation (MOZA 1.3, 1.6): a main contact whose certificate expired or was revoked
      // grants nothing.
      if (!main && !isEmployee(o, grant.grantor, at))
        return grantCheck(false, "grant-by-main-contact", "grantor-certificate");
      if (!isEmployee(o, grant.grantee, at))
        return grantCheck(false, "grant-same-organisation", "not-employee");
      return main
        ? grantCheck(true, "grant-main-contact-by-signatory", "signatory-appoints-main-contact")
        : grantCheck(true, "grant-by-main-contact", "main-contact-grants");
    }
    case "Cooperation":
    case "Mdo": {
      const rules = s.rules.cooperations;
      const c = s.cooperations.get(scope.cooperation);
      if (rules === undefined || c === undefined)
        return grantCheck(false, "cooperation-member", "cooperation-unknown");
      if (scope._tag === "Cooperation") {
        if (grant.role !== rules.managerRole.id)
          return grantCheck(false, "grant-role-in-catalogue", "manager-role-only");
      } else if (t.meetingRole(grant.role) < 0)
        return grantCheck(false, "grant-role-in-catalogue", "not-in-catalogue");
      if (!c.memberAt(scope.organisation, at)) return grantCheck(false, "cooperation-member", "not-member");
      if (scope._tag === "Cooperation")
        return c.contactAt(grant.grantor, at) === undefined
          ? grantCheck(false, "grant-manager-by-contact", "not-contact")
          : grantCheck(true, "grant-manager-by-contact", "contact-assigns-manager");
      return isManager(s, c, grant.grantor, at) === undefined
        ? grantCheck(false, "grant-meeting-role-by-manager", "not-manager")
        : grantCheck(true, "grant-meeting-role-by-manager", "manager-gives-meeting-role");
    }
  }
}

/**
 * May `by` revoke `role` in the scope at `at`? The authority of the grant (signatory for the main
 * contact; the main contact, logged in with a valid certificate of the organisation, for functional
 * roles; a cooperation contact for the MDO manager; an MDO manager for meeting roles), without the
 * grant's conditions on the grantee (a role is revoked from a former employee too).
 */
export function checkRevocation(
  s: RoleState,
  scope: GrantRequest["scope"],
  role: string,
  by: string,
  at: number,
): GrantCheck {
  switch (scope._tag) {
    case "Organisation": {
      const o = s.orgs.get(scope.organisation);
      if (o === undefined || o.knownFrom > at)
        return grantCheck(false, "organisation-known", "organisation-unknown");
      if (role === s.rules.mainContactRole.id)
        return isSignatory(o, by, at)
          ? grantCheck(true, "grant-main-contact-by-signatory", "signatory-appoints-main-contact")
          : grantCheck(
              false,
              "grant-main-contact-by-signatory",
              isMainContact(s, o, by, at) ? "main-contact-is-not-signatory" : "not-signatory",
            );
      if (!isMainContact(s, o, by, at)) return grantCheck(false, "grant-by-main-contact", "not-main-contact");
      if (!isEmployee(o, by, at)) return grantCheck(false, "grant-by-main-contact", "grantor-certificate");
      return grantCheck(true, "grant-by-main-contact", "main-contact-grants");
    }
    case "Cooperation":
    case "Mdo": {
      const c = s.cooperations.get(scope.cooperation);
      if (c === undefined) return grantCheck(false, "cooperation-member", "cooperation-unknown");
      if (scope._tag === "Cooperation")
        return c.contactAt(by, at) === undefined
          ? grantCheck(false, "grant-manager-by-contact", "not-contact")
          : grantCheck(true, "grant-manager-by-contact", "contact-assigns-manager");
      return isManager(s, c, by, at) === undefined
        ? grantCheck(false, "grant-meeting-role-by-manager", "not-manager")
        : grantCheck(true, "grant-meeting-role-by-manager", "manager-gives-meeting-role");
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The fold
// ---------------------------------------------------------------------------------------------

type Handler<T extends RoleEvent["_tag"]> = (s: RoleState, e: RoleEventOf<T>) => void;

function reject(s: RoleState, e: RoleEvent, rule: RuleId, en: string): void {
  s.rejected.push({ eventId: e.eventId, tag: e._tag, rule, en, citations: s.rules.rules[rule] ?? [] });
}

/**
 * Whether the event's actor is the organisation's signatory or its main contact acting with a valid
 * certificate of it (MOZA 1.3, 1.6); otherwise the event is rejected under `rule`.
 */
function byAdministrator(
  s: RoleState,
  o: OrgState,
  e: RoleEvent & { readonly by: string },
  rule: RuleId,
  en: string,
): boolean {
  if (isSignatory(o, e.by, e.at) || actingMainContact(s, o, e.by, e.at)) return true;
  reject(s, e, rule, en);
  return false;
}

function orgOf(s: RoleState, e: RoleEvent & { organisation: string }): OrgState | undefined {
  const o = s.orgs.get(e.organisation);
  if (o === undefined || o.knownFrom > e.at)
    reject(s, e, "organisation-known", "The event is for an organisation that is not registered (yet).");
  return o === undefined || o.knownFrom > e.at ? undefined : o;
}

const handlers: { [T in RoleEvent["_tag"]]: Handler<T> } = {
  OrganisationRegistered: (s, e) => {
    if (s.orgs.has(e.organisation))
      return reject(s, e, "organisation-known", "The organisation is already registered.");
    s.orgs.set(e.organisation, new OrgState(e.organisation, e.provider, e.at));
  },
  AgbCodeEnded: (s, e) => {
    const o = orgOf(s, e);
    if (o === undefined) return;
    if (o.agbEndedOn === undefined || e.on < o.agbEndedOn) {
      o.agbEndedOn = e.on;
      o.revokedFrom = revocationInstant(s.rules, e.on);
    }
  },
  SignatoryRegistered: (s, e) => {
    const o = orgOf(s, e);
    if (o === undefined) return;
    let i = o.signatories.get(e.user);
    if (i === undefined) {
      i = new Intervals();
      o.signatories.set(e.user, i);
    }
    if (!i.contains(e.at)) i.open(e.at);
  },
  SignatoryRemoved: (s, e) => {
    const o = orgOf(s, e);
    o?.signatories.get(e.user)?.close(e.at);
  },
  CertificateIssued: (s, e) => {
    const o = orgOf(s, e);
    if (o === undefined) return;
    if (s.certificates.has(e.certificate))
      return reject(s, e, "certificate", "The certificate id is already issued.");
    if (e.validUntil <= e.validFrom)
      return reject(s, e, "certificate", "The certificate ends before it starts.");
    const c = new CertState(e.certificate, e.user, o, e.validFrom, e.validUntil);
    s.certificates.set(e.certificate, c);
    const list = o.certs.get(e.user);
    if (list === undefined) o.certs.set(e.user, [c]);
    else list.push(c);
  },
  CertificateRevoked: (s, e) => {
    const c = s.certificates.get(e.certificate);
    if (c === undefined) return reject(s, e, "certificate", "The certificate is not known.");
    c.revokedAt = Math.min(c.revokedAt, e.at);
  },
  RoleGranted: (s, e) => {
    const o = orgOf(s, e);
    if (o === undefined) return;
    const t = s.table;
    const from = e.validFrom ?? e.at;
    const until = e.validUntil ?? OPEN;
    if (until <= from) return reject(s, e, "grant-role-in-catalogue", "The grant ends before it starts.");
    if (from < e.at)
      return reject(s, e, "grant-role-in-catalogue", "A grant cannot start before it is recorded.");
    const g = checkGrant(
      s,
      {
        grantor: e.by,
        grantee: e.user,
        role: e.role,
        scope: { _tag: "Organisation", organisation: e.organisation },
      } as GrantRequest,
      e.at,
    );
    if (!g.pass) return reject(s, e, g.rule, `The grant is refused (${g.why}).`);
    if (e.role === s.rules.mainContactRole.id) {
      // One main contact at a time: the appointment replaces the previous one.
      for (const u of o.mainContacts) o.grants.get(u)?.cut(t.mainContact, from);
      o.mainContacts.add(e.user);
      o.grantsOf(e.user).add(t.mainContact, from, until);
      return;
    }
    o.grantsOf(e.user).add(t.orgRole(e.role), from, until);
  },
  RoleRevoked: (s, e) => {
    const o = orgOf(s, e);
    if (o === undefined) return;
    const t = s.table;
    const main = e.role === s.rules.mainContactRole.id;
    const role = main ? t.mainContact : t.orgRole(e.role);
    if (role < 0)
      return reject(s, e, "grant-role-in-catalogue", "The role is not in the organisation's role catalogue.");
    // The same authority as for the grant, at the revocation's instant; anyone else's revocation
    // (another organisation's main contact, a former main contact …) changes nothing.
    const a = checkRevocation(s, { _tag: "Organisation", organisation: e.organisation }, e.role, e.by, e.at);
    if (!a.pass) return reject(s, e, a.rule, `The revocation is refused (${a.why}).`);
    o.grants.get(e.user)?.cut(role, e.at);
  },
  SuspensionWarned: (s, e) => {
    const o = orgOf(s, e);
    o?.warnings.push(e.at);
  },
  AccessSuspended: (s, e) => {
    const o = orgOf(s, e);
    if (o === undefined) return;
    const until = e.until ?? OPEN;
    if (until <= e.at) return reject(s, e, "suspension", "The suspension ends before it starts.");
    if (s.rules.suspensionNeedsWarning.value && !o.warnings.some((w) => w < e.at))
      return reject(s, e, "suspension-warning", "A suspension needs a prior written warning.");
    o.suspensions.push({ from: e.at, until, reason: e.reason });
  },
  SuspensionLifted: (s, e) => {
    const o = orgOf(s, e);
    if (o === undefined) return;
    for (const x of o.suspensions) if (x.until > e.at && x.from <= e.at) x.until = e.at;
  },
  MaintenanceStopped: (s, e) => {
    if (e.until <= e.from) return reject(s, e, "maintenance", "The maintenance stop ends before it starts.");
    s.maintenance.push({ from: e.from, until: e.until, reason: e.reason });
  },
  ContractStarted: (s, e) => {
    const o = orgOf(s, e);
    if (o === undefined) return;
    if (contractActive(o, e.at)) return;
    o.contracts.push({ from: e.at, until: OPEN, readUntil: OPEN, endedOn: undefined });
  },
  ContractEnded: (s, e) => {
    const o = orgOf(s, e);
    if (o === undefined) return;
    const end = startOfDay(dayAfter(e.on));
    const c = o.contracts.find((x) => x.from < end && x.until > end);
    if (c === undefined) return reject(s, e, "contract", "No running contract ends on that day.");
    c.until = end;
    c.endedOn = e.on;
    c.readUntil = Math.max(end, readWindowEnd(s.rules, e.on));
  },
  MedicalDataAuthorisation: (s, e) => {
    let i = s.medicalData.get(e.employee);
    if (i === undefined) {
      i = new Intervals();
      s.medicalData.set(e.employee, i);
    }
    if (e.authorised) {
      if (!i.contains(e.at)) i.open(e.at);
    } else i.close(e.at);
  },
  ViewAsConsented: (s, e) => {
    const o = orgOf(s, e);
    if (o === undefined) return;
    if (o.viewAs.has(e.consent)) return reject(s, e, "view-as-consent", "The consent id is already used.");
    if (e.until <= e.at) return reject(s, e, "view-as-consent", "The consent ends before it starts.");
    if (!(s.rules.viewAs?.purposes ?? []).includes(e.purpose))
      return reject(s, e, "view-as-purpose", "The purpose is not one the rulebook allows for view-as.");
    if (
      !byAdministrator(
        s,
        o,
        e,
        "view-as-consent-by-administrator",
        "Only the signatory or the main contact consents for the organisation.",
      )
    )
      return;
    o.viewAs.set(e.consent, { employee: e.employee, purpose: e.purpose, from: e.at, until: e.until });
  },
  ViewAsWithdrawn: (s, e) => {
    const o = orgOf(s, e);
    if (o === undefined) return;
    if (
      !byAdministrator(
        s,
        o,
        e,
        "view-as-consent-by-administrator",
        "Only the signatory or the main contact withdraws a consent of the organisation.",
      )
    )
      return;
    const c = o.viewAs.get(e.consent);
    if (c !== undefined && c.until > e.at) c.until = Math.max(c.from, e.at);
  },
  IntermediaryEngaged: (s, e) => {
    const o = orgOf(s, e);
    if (o === undefined) return;
    if (
      !byAdministrator(
        s,
        o,
        e,
        "intermediary-engaged",
        "Only the signatory or the main contact engages an intermediary for the organisation.",
      )
    )
      return;
    let i = o.intermediaries.get(e.intermediary);
    if (i === undefined) {
      i = new Intervals();
      o.intermediaries.set(e.intermediary, i);
    }
    if (!i.contains(e.at)) i.open(e.at);
  },
  IntermediaryReleased: (s, e) => {
    const o = orgOf(s, e);
    if (o === undefined) return;
    if (
      !byAdministrator(
        s,
        o,
        e,
        "intermediary-engaged",
        "Only the signatory or the main contact releases an intermediary of the organisation.",
      )
    )
      return;
    o.intermediaries.get(e.intermediary)?.close(e.at);
  },
  MandateRecorded: (s, e) => {
    const o = orgOf(s, e);
    if (o === undefined) return;
    if (o.mandates.has(e.mandate)) return reject(s, e, "mandate", "The mandate id is already used.");
    const until = e.until ?? OPEN;
    if (until <= e.at) return reject(s, e, "mandate", "The mandate ends before it starts.");
    o.mandates.set(e.mandate, { request: e.request, from: e.at, until });
  },
  MandateEnded: (s, e) => {
    const m = orgOf(s, e)?.mandates.get(e.mandate);
    if (m !== undefined && m.until > e.at) m.until = Math.max(m.from, e.at);
  },
  CooperationFormed: (s, e) => {
    const rules = s.rules.cooperations;
    if (rules === undefined) return reject(s, e, "cooperation-member", "This rulebook has no cooperations.");
    if (s.cooperations.has(e.cooperation))
      return reject(s, e, "cooperation-member", "The cooperation already exists.");
    const founders = [...new Set(e.members)];
    if (founders.length < rules.minMembers.value)
      return reject(
        s,
        e,
        "cooperation-size",
        `A cooperation has at least ${rules.minMembers.value} providers.`,
      );
    for (const m of founders) {
      const o = s.orgs.get(m);
      if (o === undefined || o.knownFrom > e.at || !o.provider)
        return reject(s, e, "cooperation-size", "Every member of a cooperation is a registered provider.");
    }
    s.cooperations.set(e.cooperation, new CooperationState(e.cooperation, founders));
  },
  CooperationContactAppointed: (s, e) => {
    const rules = s.rules.cooperations;
    const c = s.cooperations.get(e.cooperation);
    if (rules === undefined || c === undefined)
      return reject(s, e, "cooperation-member", "The cooperation is not known.");
    // A founder counts as a member for its contacts until it is first authorised (the first
    // contact must exist to ask for the authorisations); once authorised, only while it is one —
    // a founder whose authorisation was revoked has left the cooperation.
    const founder = c.founders.includes(e.organisation) && !c.members.has(e.organisation);
    if (!founder && !c.memberAt(e.organisation, e.at))
      return reject(s, e, "cooperation-member", "A cooperation contact works for one of its members.");
    const home = s.orgs.get(e.organisation);
    if (home === undefined || !isEmployee(home, e.user, e.at))
      return reject(
        s,
        e,
        "cooperation-member",
        "A cooperation contact holds a valid certificate of the member organisation named.",
      );
    if (c.contactAt(e.user, e.at) !== undefined) return;
    if (c.contactCountAt(e.at) >= rules.maxContacts.value)
      return reject(
        s,
        e,
        "cooperation-contact-limit",
        `A cooperation has at most ${rules.maxContacts.value} contacts.`,
      );
    const list = c.contacts.get(e.user) ?? [];
    list.push({ organisation: e.organisation, from: e.at, until: OPEN });
    c.contacts.set(e.user, list);
  },
  CooperationContactRemoved: (s, e) => {
    for (const x of s.cooperations.get(e.cooperation)?.contacts.get(e.user) ?? [])
      if (x.until > e.at) x.until = Math.max(x.from, e.at);
  },
  MemberAuthorisationRequested: (s, e) => {
    const c = s.cooperations.get(e.cooperation);
    if (c === undefined) return reject(s, e, "cooperation-member", "The cooperation is not known.");
    if (c.contactAt(e.by, e.at) === undefined)
      return reject(
        s,
        e,
        "member-request-by-contact",
        "Only a registered cooperation contact asks to authorise a member.",
      );
    const o = s.orgs.get(e.organisation);
    if (o === undefined || o.knownFrom > e.at || !o.provider)
      return reject(s, e, "cooperation-member", "Only a registered provider can be authorised as a member.");
    if (s.rules.checks.includes("contract") && !contractActive(o, e.at))
      return reject(s, e, "contract", "Only a provider that contracted the service can be authorised.");
    let i = c.members.get(e.organisation);
    if (i === undefined) {
      i = new Intervals();
      c.members.set(e.organisation, i);
    }
    if (!i.contains(e.at)) i.open(e.at);
  },
  MemberRevocationRequested: (s, e) => {
    const c = s.cooperations.get(e.cooperation);
    if (c === undefined) return reject(s, e, "cooperation-member", "The cooperation is not known.");
    if (c.contactAt(e.by, e.at) === undefined)
      return reject(
        s,
        e,
        "member-request-by-contact",
        "Only a registered cooperation contact asks to revoke a member.",
      );
    c.members.get(e.organisation)?.close(e.at);
  },
  CooperationRoleGranted: (s, e) => {
    const c = s.cooperations.get(e.cooperation);
    if (c === undefined) return reject(s, e, "cooperation-member", "The cooperation is not known.");
    const t = s.table;
    const until = e.validUntil ?? OPEN;
    if (until <= e.at) return reject(s, e, "grant-role-in-catalogue", "The grant ends before it starts.");
    const scope =
      e.mdo === undefined
        ? { _tag: "Cooperation" as const, cooperation: e.cooperation, organisation: e.organisation }
        : { _tag: "Mdo" as const, cooperation: e.cooperation, mdo: e.mdo, organisation: e.organisation };
    const g = checkGrant(s, { grantor: e.by, grantee: e.user, role: e.role, scope } as GrantRequest, e.at);
    if (!g.pass) return reject(s, e, g.rule, `The grant is refused (${g.why}).`);
    if (e.mdo === undefined) {
      const list = c.rolesOf("", e.organisation, e.user);
      list.add(t.manager, e.at, until);
      const ms = c.managers.get(e.user) ?? [];
      if (!ms.some((m) => m.grants === list)) ms.push({ organisation: e.organisation, grants: list });
      c.managers.set(e.user, ms);
      return;
    }
    c.rolesOf(e.mdo, e.organisation, e.user).add(t.meetingRole(e.role), e.at, until);
  },
  CooperationRoleRevoked: (s, e) => {
    const c = s.cooperations.get(e.cooperation);
    if (c === undefined) return reject(s, e, "cooperation-member", "The cooperation is not known.");
    const t = s.table;
    const role =
      e.mdo === undefined
        ? e.role === s.rules.cooperations?.managerRole.id
          ? t.manager
          : -1
        : t.meetingRole(e.role);
    if (role < 0) return reject(s, e, "grant-role-in-catalogue", "The role is not in the catalogue.");
    const scope =
      e.mdo === undefined
        ? { _tag: "Cooperation" as const, cooperation: e.cooperation, organisation: e.organisation }
        : { _tag: "Mdo" as const, cooperation: e.cooperation, mdo: e.mdo, organisation: e.organisation };
    const a = checkRevocation(s, scope, e.role, e.by, e.at);
    if (!a.pass) return reject(s, e, a.rule, `The revocation is refused (${a.why}).`);
    c.roles.get(`${e.mdo ?? ""}\u0000${e.organisation}\u0000${e.user}`)?.cut(role, e.at);
  },
};

/** Fold events (sorted by instant; equal instants keep their order) into a state. */
export function fold(events: ReadonlyArray<RoleEvent>, rules: RoleRules): RoleState {
  const s = new RoleState(rules);
  const order = events.map((e, i) => ({ e, i })).sort((a, b) => a.e.at - b.e.at || a.i - b.i);
  for (const { e } of order) (handlers[e._tag] as Handler<typeof e._tag>)(s, e as never);
  // Link each certificate to its holder's grants, and freeze the grant lists for the hot path.
  for (const o of s.orgs.values()) for (const g of o.grants.values()) g.freeze();
  for (const c of s.cooperations.values()) for (const g of c.roles.values()) g.freeze();
  for (const c of s.certificates.values()) c.grants = c.org.grants.get(c.user) ?? EMPTY_GRANTS;
  s.maintenance.sort((a, b) => a.from - b.from);
  // The union of the maintenance stops as sorted, disjoint [from, until) pairs (binary search).
  const merged: Array<number> = [];
  for (const m of s.maintenance) {
    const last = merged.length - 1;
    if (last > 0 && m.from <= (merged[last] as number))
      merged[last] = Math.max(merged[last] as number, m.until);
    else merged.push(m.from, m.until);
  }
  s.stops = Float64Array.from(merged);
  const n = s.certificates.size;
  let size = 8;
  while (size < n * 2) size *= 2;
  const mask = size - 1;
  const ints = new Int32Array(size * 8);
  const strings = new Array<string>(size * 3).fill("");
  const setOf = new Map<ReadonlyArray<AllowValue | undefined>, number>();
  const values: Array<AllowValue | undefined> = [];
  const pc = s.table.permissionIds.length;
  s.permissionCount = pc;
  let i = 0;
  for (const c of s.certificates.values()) {
    const f = prepareFast(s, c);
    const h = hashId(c.id) + 1;
    let slot = h & mask;
    while (ints[slot * 8] !== 0) slot = (slot + 1) & mask;
    const b = slot * 8;
    ints[b] = h;
    ints[b + 3] = -1;
    ints[b + 4] = i;
    if (f !== undefined) {
      let k = setOf.get(f.values);
      if (k === undefined) {
        k = setOf.size;
        setOf.set(f.values, k);
        for (let p = 0; p < pc; p++) values.push(f.values[p]);
      }
      // whole minutes inside the exact window; an end beyond MAX_MINUTE is capped (and then marked)
      ints[b + 1] = Math.min(MAX_MINUTE, Math.ceil(Math.max(0, f.from) / MINUTE));
      ints[b + 2] = Math.min(MAX_MINUTE, Math.floor(f.until / MINUTE));
      ints[b + 3] = k * pc;
    }
    strings[slot * 3] = c.id;
    strings[slot * 3 + 1] = c.orgAgb;
    strings[slot * 3 + 2] = c.user;
    s.certList.push(c);
    i++;
  }
  s.slotInts = ints;
  s.slotStrings = strings;
  s.mask = mask;
  s.values = values;
  return s;
}

/** Milliseconds per minute (the resolution of the fast windows). */
export const MINUTE = 60_000;
/** The last minute a fast window may end at (an Int32Array entry; far beyond year 6000). */
export const MAX_MINUTE = 2 ** 31 - 2;

/** FNV-1a over the UTF-16 code units of an id, as a non-negative small integer. */
export function hashId(id: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

/** 2^30: an instant kept as two small integers `hi * SPLIT + lo` (never a boxed double). */
export const SPLIT = 1_073_741_824;

/** Compute a certificate's fast window and its per-permission answers (shared per role set). */
function prepareFast(
  s: RoleState,
  c: CertState,
): { from: number; until: number; values: ReadonlyArray<AllowValue | undefined> } | undefined {
  const checks = s.checks;
  const o = c.org;
  let from = Math.max(c.validFrom, o.knownFrom);
  let until = Math.min(c.validUntil, c.revokedAt);
  if (checks.includes("provider-only") && !o.provider) return undefined;
  if (checks.includes("agb-revocation")) until = Math.min(until, o.revokedFrom);
  if (checks.includes("contract")) {
    const k = o.contracts[0];
    if (o.contracts.length !== 1 || k === undefined) return undefined;
    from = Math.max(from, k.from);
    until = Math.min(until, k.until);
  }
  const roles = new Set<number>();
  for (const g of c.grants.grants) {
    if (g.until <= g.from) continue;
    from = Math.max(from, g.from);
    until = Math.min(until, g.until);
    roles.add(g.role);
  }
  if (checks.includes("suspension") && o.suspensions.length > 0) {
    // The longest stretch of [from, until) outside every suspension (the window is one interval).
    const cuts = o.suspensions.filter((x) => x.from < x.until).sort((a, b) => a.from - b.from);
    let bestFrom = from;
    let bestUntil = from;
    let cur = from;
    for (const x of cuts) {
      if (x.until <= cur) continue;
      if (x.from >= until) break;
      if (Math.min(x.from, until) - cur > bestUntil - bestFrom) {
        bestFrom = cur;
        bestUntil = Math.min(x.from, until);
      }
      cur = Math.max(cur, x.until);
    }
    if (until - cur > bestUntil - bestFrom) {
      bestFrom = cur;
      bestUntil = until;
    }
    from = bestFrom;
    until = bestUntil;
  }
  if (!(from < until)) return undefined;
  return { from, until, values: s.table.valuesFor([...roles].sort((a, b) => a - b)) };
}
