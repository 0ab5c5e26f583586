/**
 * The access decision: `authorize(request, roles, at)` runs the rulebook's checks in order,
 * stops at the first that fails, and allows only when a role grants the action (deny by
 * default). The explanation lists the checks that ran, the failed one with its citation, and on
 * allow the granting roles; the audit record (NEN 7513 fields) holds no BSN.
 *
 * @module
 */
import { type Explained, type Instant, type Step, step } from "@zorgkit/core";
import { type AccessAuditRecord, auditRecordOf } from "./audit.js";
import { type CompiledRoles, stateOf } from "./compile.js";
import {
  type CertState,
  contractActive,
  type GrantList,
  MAX_MINUTE,
  MINUTE,
  type OrgState,
  type RoleState,
  revocationDay,
  SPLIT,
} from "./internal/state.js";
import type { AccessOutcome } from "./outcome.js";
import type { AccessRequest } from "./request.js";
import { type AccessCheck, type RuleId, ruleCitations } from "./rulebook.js";

/** An access decision: the outcome, the ordered checks, and the audit record. */
export interface AccessDecision extends Explained<AccessOutcome> {
  /** The NEN 7513 audit record of this decision (no BSN). */
  readonly audit: AccessAuditRecord;
}

// ---------------------------------------------------------------------------------------------
// Evaluation (one code path for the decision and its explanation)
// ---------------------------------------------------------------------------------------------

/** Mutable scratch context of one evaluation (no allocation on the hot path). */
interface Ctx {
  s: RoleState;
  r: AccessRequest;
  at: number;
  org: OrgState | undefined;
  cert: CertState | undefined;
  permission: number;
  readWindow: boolean;
  granted: GrantList | undefined;
  grantedLabel: string | undefined;
}

const ALLOWED = "allowed" as const;

/** Whether an access check applies to this kind of subject and resource. */
function applies(check: AccessCheck, r: AccessRequest): boolean {
  const person = r.subject._tag === "User" || r.subject._tag === "ActingForPatient";
  switch (check) {
    case "terms-of-use":
      return person;
    case "cooperation-member":
    case "user-authorised":
      return r.resource._tag === "Mdo";
    default:
      return true;
  }
}

/** Run one access check; `true` when it passes. */
function runCheck(check: AccessCheck | RuleId, c: Ctx): boolean {
  const { s, r, at } = c;
  switch (check) {
    case "organisation-known": {
      // The certificate's organisation is the request's organisation in nearly every request:
      // take it from there and save a look-up (the same OrgState object either way).
      const sub = r.subject;
      let o: OrgState | undefined;
      if (sub._tag === "User" || sub._tag === "ActingForPatient") {
        const cert = s.certificates.get(sub.certificate);
        c.cert = cert;
        if (cert !== undefined && cert.org.agb === r.organisation) o = cert.org;
      }
      if (o === undefined) o = s.orgs.get(r.organisation);
      c.org = o !== undefined && o.knownFrom <= at ? o : undefined;
      return c.org !== undefined;
    }
    case "provider-only":
      return (c.org as OrgState).provider;
    case "certificate": {
      const sub = r.subject;
      if (sub._tag !== "User" && sub._tag !== "ActingForPatient") return true;
      const cert = c.cert;
      return (
        cert !== undefined &&
        cert.org === c.org &&
        cert.user === sub.user &&
        cert.validFrom <= at &&
        at < cert.validUntil &&
        at < cert.revokedAt
      );
    }
    case "agb-revocation":
      return at < (c.org as OrgState).revokedFrom;
    case "suspension": {
      for (const x of (c.org as OrgState).suspensions) if (x.from <= at && at < x.until) return false;
      return true;
    }
    case "maintenance":
      return !s.inMaintenance(at);
    case "terms-of-use":
      return r.facts?.terms?.status === "ok";
    case "contract": {
      const o = c.org as OrgState;
      if (contractActive(o, at)) return true;
      if (!s.table.readOnly.has(c.permission)) return false;
      for (const k of o.contracts)
        if (k.until <= at && at < k.readUntil) {
          c.readWindow = true;
          return true;
        }
      return false;
    }
    case "payment": {
      const p = r.facts?.payment;
      return p === "paid" || p === "not-due";
    }
    case "cooperation-member": {
      const res = r.resource;
      if (res._tag !== "Mdo") return true;
      const coop = s.cooperations.get(res.cooperation);
      const min = s.rules.cooperations?.minMembers.value ?? 2;
      return coop?.memberAt(r.organisation, at) === true && coop.memberCountAt(at) >= min;
    }
    case "user-authorised": {
      const t = s.table;
      const g = c.cert?.grants;
      if (g === undefined || t.userAuthorisation < 0) return false;
      return grantingIn(s, g, t.userAuthorisation, at, true) !== undefined;
    }
    case "view-as-consent": {
      const sub = r.subject;
      if (sub._tag !== "InsurerEmployee") return true;
      const v = (c.org as OrgState).viewAs.get(sub.consent);
      return v !== undefined && v.employee === sub.employee && v.from <= at && at < v.until;
    }
    case "view-as-medical-data": {
      const sub = r.subject;
      if (sub._tag !== "InsurerEmployee") return true;
      return s.medicalData.get(sub.employee)?.contains(at) === true;
    }
    case "view-as-read-only":
      return s.table.readOnly.has(c.permission);
    case "intermediary-engaged": {
      const sub = r.subject;
      if (sub._tag !== "Intermediary") return true;
      return (c.org as OrgState).intermediaries.get(sub.intermediary)?.contains(at) === true;
    }
    default:
      return true;
  }
}

/** The first grant in a list whose role carries the permission at `at` (org roles only when `orgOnly`). */
function grantingIn(
  s: RoleState,
  g: GrantList,
  permission: number,
  at: number,
  orgOnly: boolean,
): number | undefined {
  const f = g.flat;
  const t = s.table;
  const masks = t.masks;
  const words = t.words;
  const word = permission >>> 5;
  const bit = permission & 31;
  for (let i = 0; i < f.length; i += 3) {
    const role = f[i] as number;
    if (
      (f[i + 1] as number) <= at &&
      at < (f[i + 2] as number) &&
      (((masks[role * words + word] as number) >>> bit) & 1) === 1
    ) {
      if (!orgOnly || (t.kind[role] as number) <= 1) return role;
    }
  }
  return undefined;
}

/** The subject-specific identity checks that stand in the place of `certificate`. */
function identityChecks(r: AccessRequest): ReadonlyArray<RuleId> {
  switch (r.subject._tag) {
    case "InsurerEmployee":
      return ["view-as-consent", "view-as-medical-data", "view-as-read-only"];
    case "Intermediary":
      return ["intermediary-engaged"];
    default:
      return ["certificate"];
  }
}

/** The final rule: which role grants the action. Sets `c.granted`/`c.grantedLabel`; returns the failing rule or undefined. */
function permissionCheck(c: Ctx): RuleId | undefined {
  const { s, r, at } = c;
  const t = s.table;
  const p = c.permission;
  if (p < 0) return "permission";
  const sub = r.subject;
  const res = r.resource;
  switch (sub._tag) {
    case "User": {
      const cert = c.cert as CertState;
      if (res._tag === "Account") {
        if (grantingIn(s, cert.grants, p, at, true) === undefined) return "permission";
        c.granted = cert.grants;
        return undefined;
      }
      if (res._tag === "Mdo") {
        const coop = s.cooperations.get(res.cooperation);
        if (coop === undefined) return "permission";
        const meeting = coop.roles.get(`${res.mdo}\u0000${r.organisation}\u0000${sub.user}`);
        if (meeting !== undefined && grantingIn(s, meeting, p, at, false) !== undefined) {
          c.granted = meeting;
          return undefined;
        }
        const manager = coop.roles.get(`\u0000${r.organisation}\u0000${sub.user}`);
        if (manager !== undefined && grantingIn(s, manager, p, at, false) !== undefined) {
          c.granted = manager;
          return undefined;
        }
        return "permission";
      }
      return "permission";
    }
    case "ActingForPatient": {
      const m = (c.org as OrgState).mandates.get(sub.mandate);
      if (
        res._tag !== "PriorAuthorisation" ||
        m === undefined ||
        m.request !== res.request ||
        !(m.from <= at && at < m.until) ||
        !t.mandate.has(p)
      )
        return "mandate";
      // The mandate is the organisation's; the employee still needs a role for the function
      // (MOZA 1.5, 2.4 b): a mandate does not widen what an employee may do.
      if (grantingIn(s, (c.cert as CertState).grants, p, at, true) === undefined) return "permission";
      c.grantedLabel = "mandate";
      return undefined;
    }
    case "InsurerEmployee": {
      // Looking along shows the account as its users see it: a read-only permission of a role
      // of the organisation's catalogue.
      if (res._tag !== "Account") return "permission";
      for (const role of t.orgRoles)
        if (t.grants(role, p)) {
          c.grantedLabel = "view-as";
          return undefined;
        }
      return "permission";
    }
    case "Intermediary": {
      if (res._tag !== "Account" || !t.intermediary.has(p)) return "intermediary-connection-only";
      c.grantedLabel = "intermediary";
      return undefined;
    }
  }
}

/** Evaluate a request; returns the first failing rule, or `ALLOWED`. Fills `c`. */
function evaluate(c: Ctx): RuleId | typeof ALLOWED {
  const checks = c.s.checks;
  for (let i = 0; i < checks.length; i++) {
    const check = checks[i] as AccessCheck;
    if (check === "certificate") {
      const tag = c.r.subject._tag;
      if (tag === "User" || tag === "ActingForPatient") {
        if (!runCheck("certificate", c)) return "certificate";
      } else for (const id of identityChecks(c.r)) if (!runCheck(id, c)) return id;
      continue;
    }
    if (!applies(check, c.r)) continue;
    if (!runCheck(check, c)) return check;
  }
  const failed = permissionCheck(c);
  return failed === undefined ? ALLOWED : failed;
}

function newCtx(s: RoleState, r: AccessRequest, at: number): Ctx {
  const p = s.table.permissions.get(r.action);
  return {
    s,
    r,
    at,
    org: undefined,
    cert: undefined,
    permission: p === undefined ? -1 : p,
    readWindow: false,
    granted: undefined,
    grantedLabel: undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// The decision object (explanation and audit record computed on first access)
// ---------------------------------------------------------------------------------------------

const NO_ROLES: ReadonlyArray<string> = Object.freeze([]);

class Decision implements AccessDecision {
  #because: ReadonlyArray<Step> | undefined = undefined;
  #audit: AccessAuditRecord | undefined = undefined;
  readonly #s: RoleState;
  readonly #r: AccessRequest;
  // `at` split into two small integers (V8 keeps both inline; a double field would be boxed).
  readonly #hi: number;
  readonly #lo: number;
  readonly value: AccessOutcome;
  constructor(s: RoleState, r: AccessRequest, at: number, value: AccessOutcome) {
    this.#s = s;
    this.#r = r;
    const hi = Math.floor(at / SPLIT);
    this.#hi = hi;
    this.#lo = at - hi * SPLIT;
    this.value = value;
  }
  get #at(): number {
    return this.#hi * SPLIT + this.#lo;
  }
  get because(): ReadonlyArray<Step> {
    if (this.#because === undefined) this.#because = explain(newCtx(this.#s, this.#r, this.#at));
    return this.#because;
  }
  get audit(): AccessAuditRecord {
    if (this.#audit === undefined) this.#audit = auditRecordOf(this.#r, this.#at as Instant, this.value);
    return this.#audit;
  }
  toJSON(): { value: AccessOutcome; because: ReadonlyArray<Step>; audit: AccessAuditRecord } {
    return { value: this.value, because: this.because, audit: this.audit };
  }
}

/**
 * The fast path for a user on the organisation's account inside the certificate's fast window
 * (state.ts `prepareFast`): the same answer as the full checks, from one look-up. `undefined`
 * when the full checks must run (outside the window, a fact missing, a maintenance stop …).
 */
function fast(s: RoleState, r: AccessRequest, at: number): AccessOutcome | undefined {
  const sub = r.subject;
  if (sub._tag !== "User" || r.resource._tag !== "Account") return undefined;
  const slot = s.fastSlot(sub.certificate);
  if (slot < 0) return foreign(s, r.organisation, at);
  const strings = s.slotStrings;
  if (strings[slot * 3 + 1] !== r.organisation) return foreign(s, r.organisation, at);
  const ints = s.slotInts;
  const b = slot * 8;
  if (strings[slot * 3 + 2] !== sub.user)
    return s.certificateFirstFails(s.certList[ints[b + 4] as number] as CertState, at)
      ? DENY_CERTIFICATE
      : undefined;
  const base = ints[b + 3] as number;
  const untilMinute = ints[b + 2] as number;
  if (!((ints[b + 1] as number) * MINUTE <= at && at < untilMinute * MINUTE)) {
    const c = ints[b + 4] as number;
    if (base < 0) {
      const failed = s.ownOrganisationFails(s.certList[c] as CertState, at);
      return failed === undefined ? undefined : denyValue(failed);
    }
    // before the window, in its boundary minutes, or beyond a capped end: the full checks
    if (!(at >= (untilMinute + 1) * MINUTE) || untilMinute >= MAX_MINUTE) return undefined;
    // certainly after the exact end of the window
    const failed = s.afterWindow(s.certList[c] as CertState, r, at);
    return failed === undefined ? undefined : denyValue(failed);
  }
  // Inside the window every other check passes, so the first failing check is the first failing
  // fact check in the rulebook's order.
  const facts = s.factChecks;
  for (let j = 0; j < facts.length; j++) {
    const check = facts[j];
    if (check === "terms-of-use") {
      if (r.facts?.terms?.status !== "ok") return DENY_TERMS;
    } else if (check === "payment") {
      const pay = r.facts?.payment;
      if (pay !== "paid" && pay !== "not-due") return DENY_PAYMENT;
    } else if (s.inMaintenance(at)) return DENY_MAINTENANCE;
  }
  const p = s.table.permissions.get(r.action);
  if (p === undefined) return DENY_PERMISSION;
  return s.values[base + p] ?? DENY_PERMISSION;
}

/** An unknown certificate or one of another organisation: organisation-known, provider-only or certificate fails. */
function foreign(s: RoleState, organisation: string, at: number): AccessOutcome | undefined {
  const failed = s.foreignCertificateFails(organisation, at);
  return failed === undefined ? undefined : denyValue(failed);
}

const denyValues = new Map<RuleId, AccessOutcome>();
/** The (shared, frozen) value of a deny by a rule. */
function denyValue(rule: RuleId): AccessOutcome {
  let v = denyValues.get(rule);
  if (v === undefined) {
    v = Object.freeze({ decision: "deny" as const, failedCheck: rule, grantingRoles: NO_ROLES });
    denyValues.set(rule, v);
  }
  return v;
}

const DENY_PERMISSION = denyValue("permission");
const DENY_CERTIFICATE = denyValue("certificate");
const DENY_TERMS = denyValue("terms-of-use");
const DENY_PAYMENT = denyValue("payment");
const DENY_MAINTENANCE = denyValue("maintenance");

const labelValues = new Map<string, AccessOutcome>();
/** The value of an allow: shared and frozen when one role (or a view-as, intermediary, mandate) grants. */
function allowValue(c: Ctx): AccessOutcome {
  const label = c.grantedLabel;
  if (label !== undefined) {
    let v = labelValues.get(label);
    if (v === undefined) {
      v = Object.freeze({ decision: "allow" as const, grantingRoles: Object.freeze([label]) });
      labelValues.set(label, v);
    }
    return v;
  }
  const g = c.granted;
  if (g === undefined) return { decision: "allow", grantingRoles: NO_ROLES };
  const t = c.s.table;
  const f = g.flat;
  let only = -1;
  let several = false;
  for (let i = 0; i < f.length; i += 3) {
    const role = f[i] as number;
    if ((f[i + 1] as number) <= c.at && c.at < (f[i + 2] as number) && t.grants(role, c.permission)) {
      if (only < 0 || only === role) only = role;
      else several = true;
    }
  }
  if (!several && only >= 0) return t.allowOne(only);
  return { decision: "allow", grantingRoles: grantingRoles(c) };
}

function grantingRoles(c: Ctx): ReadonlyArray<string> {
  if (c.grantedLabel !== undefined) return [c.grantedLabel];
  const g = c.granted;
  if (g === undefined) return NO_ROLES;
  const t = c.s.table;
  const out = new Set<string>();
  const f = g.flat;
  for (let i = 0; i < f.length; i += 3) {
    const role = f[i] as number;
    if ((f[i + 1] as number) <= c.at && c.at < (f[i + 2] as number) && t.grants(role, c.permission))
      out.add(t.ids[role] as string);
  }
  return [...out].sort();
}

/**
 * Decide an access request at an instant: the rulebook's checks in order (organisation known,
 * provider only, the personal certificate linked to the organisation's AGB code, certificates
 * revoked a set time after the AGB code ended, suspension, maintenance stop, terms of use,
 * contract with its read-only window, payment, cooperation membership …), then the role that
 * grants the action. Deny by default: nothing is allowed without a role (or a view-as consent,
 * an intermediary engagement, a mandate) that grants it. Total: never throws for a decoded
 * request.
 *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 * import { authorize, compileRoles, decodeAccessRequest, decodeRoleEventLog, mozaRoles } from "@zorgkit/authorization-roles";
 * const at = "2026-01-05T09:00:00+01:00";
 * const org = { organisation: "01123456" };
 * const log = decodeRoleEventLog([
 *   { _tag: "OrganisationRegistered", eventId: "e1", at, ...org, provider: true },
 *   { _tag: "SignatoryRegistered", eventId: "e2", at, ...org, user: "sig" },
 *   { _tag: "CertificateIssued", eventId: "e3", at, ...org, certificate: "c-ann", user: "ann", validFrom: at, validUntil: "2029-01-05T00:00:00+01:00" },
 *   { _tag: "RoleGranted", eventId: "e4", at, ...org, by: "sig", user: "ann", role: "main-contact" },
 * ], mozaRoles);
 * const request = decodeAccessRequest({
 *   subject: { _tag: "User", user: "ann", certificate: "c-ann" }, ...org,
 *   action: "view-cost-ceiling", resource: { _tag: "Account" }, facts: { terms: { status: "ok" } },
 * });
 * if (log.ok && request.ok) {
 *   const roles = compileRoles(log.value, mozaRoles);
 *   authorize(request.value, roles, instant("2026-02-01T09:00:00+01:00")).value; // => { "decision": "deny", "failedCheck": "permission", "grantingRoles": [] }
 *   authorize({ ...request.value, action: "manage-authorisations" }, roles, instant("2026-02-01T09:00:00+01:00")).value; // => { "decision": "allow", "grantingRoles": ["main-contact"] }
 * }
 * ```
 */
export function authorize(request: AccessRequest, roles: CompiledRoles, at: Instant): AccessDecision {
  const s = stateOf(roles);
  const quick = fast(s, request, at);
  if (quick !== undefined) return new Decision(s, request, at, quick);
  const c = newCtx(s, request, at);
  const result = evaluate(c);
  return new Decision(s, request, at, result === ALLOWED ? allowValue(c) : denyValue(result));
}

// ---------------------------------------------------------------------------------------------
// Explanation
// ---------------------------------------------------------------------------------------------

interface Sentence {
  readonly en: string;
  readonly nl: string;
}

function sentence(rule: RuleId, pass: boolean, c: Ctx): Sentence {
  const r = c.r;
  const o = c.org;
  switch (rule) {
    case "organisation-known":
      return pass
        ? {
            en: `Organisation ${r.organisation} is registered.`,
            nl: `Organisatie ${r.organisation} is geregistreerd.`,
          }
        : {
            en: `Organisation ${r.organisation} is not registered.`,
            nl: `Organisatie ${r.organisation} is niet geregistreerd.`,
          };
    case "provider-only":
      return pass
        ? { en: "The organisation is a healthcare provider.", nl: "De organisatie is een zorgaanbieder." }
        : {
            en: "The service is for healthcare providers only.",
            nl: "De dienst is alleen voor zorgaanbieders.",
          };
    case "certificate":
      return pass
        ? {
            en: "The personal certificate is valid and linked to the organisation's AGB code.",
            nl: "Het persoonlijke certificaat is geldig en gekoppeld aan de AGB-code van de organisatie.",
          }
        : {
            en: "No valid personal certificate of this user linked to the organisation's AGB code.",
            nl: "Geen geldig persoonlijk certificaat van deze gebruiker, gekoppeld aan de AGB-code van de organisatie.",
          };
    case "agb-revocation": {
      const delay = c.s.rules.agbRevocationDelay;
      // The day itself, not the instant: one before 1970 starts at instant 0 (state.ts startOfDay).
      const when = o?.agbEndedOn === undefined ? "—" : (revocationDay(c.s.rules, o.agbEndedOn) ?? "—");
      const ended = o?.agbEndedOn ?? "—";
      const len = delay === undefined ? { en: "", nl: "" } : lengthText(delay.value);
      return o?.agbEndedOn === undefined
        ? {
            en: "The organisation's AGB code has not ended.",
            nl: "De AGB-code van de organisatie is niet opgeheven.",
          }
        : pass
          ? {
              en: `The AGB code ended on ${ended}; the certificates work until they are revoked on ${when} (${len.en} later).`,
              nl: `De AGB-code is opgeheven op ${ended}; de certificaten werken tot de intrekking op ${when} (${len.nl} later).`,
            }
          : {
              en: `The AGB code ended on ${ended}; the certificates were revoked automatically on ${when}, ${len.en} later.`,
              nl: `De AGB-code is opgeheven op ${ended}; de certificaten zijn automatisch ingetrokken op ${when}, ${len.nl} later.`,
            };
    }
    case "suspension":
      return pass
        ? {
            en: "The organisation's access is not suspended.",
            nl: "De toegang van de organisatie is niet opgeschort.",
          }
        : {
            en: "The organisation's access is suspended.",
            nl: "De toegang van de organisatie is (tijdelijk) stopgezet.",
          };
    case "maintenance":
      return pass
        ? {
            en: "The service is not in a maintenance stop.",
            nl: "De dienst is niet stopgezet voor onderhoud.",
          }
        : { en: "The service is stopped for maintenance.", nl: "De dienst is stopgezet voor onderhoud." };
    case "terms-of-use": {
      const st = r.facts?.terms?.status;
      return pass
        ? {
            en: "The user accepted the current terms of use.",
            nl: "De gebruiker heeft de geldende gebruiksvoorwaarden geaccepteerd.",
          }
        : st === undefined
          ? {
              en: "The terms-of-use status was not given with the request.",
              nl: "De status van de gebruiksvoorwaarden is niet meegegeven.",
            }
          : {
              en: "The user has not accepted the current terms of use.",
              nl: "De gebruiker heeft de geldende gebruiksvoorwaarden niet geaccepteerd.",
            };
    }
    case "read-only-window":
    case "contract": {
      const w = c.s.rules.readWindowAfterContract;
      const len = w === undefined ? { en: "", nl: "" } : lengthText(w.value);
      return pass
        ? c.readWindow
          ? {
              en: `The contract has ended; for ${len.en} after its end the data stay available to read and export.`,
              nl: `De overeenkomst is beëindigd; ${len.nl} na het einde blijven de gegevens beschikbaar om te lezen en te exporteren.`,
            }
          : {
              en: "The organisation's contract for the service runs.",
              nl: "De overeenkomst van de organisatie voor de dienst loopt.",
            }
        : {
            en: "The organisation has no running contract for the service (and this is not a read or export within the window after its end).",
            nl: "De organisatie heeft geen lopende overeenkomst voor de dienst (en dit is geen lezen of exporteren binnen de termijn na het einde).",
          };
    }
    case "payment": {
      const p = r.facts?.payment;
      return pass
        ? { en: "No payment is overdue.", nl: "Er is geen betaling achterstallig." }
        : p === undefined
          ? {
              en: "The payment status was not given with the request.",
              nl: "De betaalstatus is niet meegegeven.",
            }
          : {
              en: "Access to the paid service depends on timely payment, and a payment is overdue.",
              nl: "Toegang tot de betaalde dienst vereist tijdige betaling, en een betaling is achterstallig.",
            };
    }
    case "cooperation-member":
      return pass
        ? {
            en: "The organisation is an authorised member of the cooperation.",
            nl: "De organisatie is geautoriseerd lid van het samenwerkingsverband.",
          }
        : {
            en: "The organisation is not an authorised member of a cooperation of enough providers.",
            nl: "De organisatie is geen geautoriseerd lid van een samenwerkingsverband met voldoende zorgaanbieders.",
          };
    case "user-authorised":
      return pass
        ? {
            en: "The provider authorised this user for the service.",
            nl: "De zorgaanbieder heeft deze gebruiker geautoriseerd voor de dienst.",
          }
        : {
            en: "The provider has not authorised this user for the service.",
            nl: "De zorgaanbieder heeft deze gebruiker niet geautoriseerd voor de dienst.",
          };
    case "view-as-consent":
      return pass
        ? {
            en: "The provider consented to this insurer employee looking along, and the consent lasts.",
            nl: "De zorgaanbieder heeft toestemming gegeven voor meekijken door deze medewerker, en die loopt nog.",
          }
        : {
            en: "No running view-as consent of the provider for this employee.",
            nl: "Geen lopende toestemming van de zorgaanbieder voor meekijken door deze medewerker.",
          };
    case "view-as-medical-data":
      return pass
        ? {
            en: "The employee is authorised to work with medical data.",
            nl: "De medewerker is bevoegd om met medische gegevens te werken.",
          }
        : {
            en: "The employee is not authorised to work with medical data.",
            nl: "De medewerker is niet bevoegd om met medische gegevens te werken.",
          };
    case "view-as-read-only":
      return pass
        ? {
            en: "Looking along only reads, and this action reads.",
            nl: "Meekijken is alleen lezen, en deze handeling leest.",
          }
        : {
            en: "Looking along is read-only; this action changes or sends.",
            nl: "Meekijken is alleen lezen; deze handeling wijzigt of verstuurt.",
          };
    case "intermediary-engaged":
      return pass
        ? {
            en: "The provider engaged this intermediary.",
            nl: "De zorgaanbieder heeft deze tussenpartij ingeschakeld.",
          }
        : {
            en: "No third party other than an intermediary engaged by the provider gets access.",
            nl: "Een derde die geen door de zorgaanbieder ingeschakelde tussenpartij is, krijgt geen toegang.",
          };
    case "intermediary-connection-only":
      return pass
        ? {
            en: "An intermediary uses the technical connection.",
            nl: "Een tussenpartij gebruikt de technische koppeling.",
          }
        : {
            en: "An intermediary has connection rights only.",
            nl: "Een tussenpartij heeft alleen rechten voor de koppeling.",
          };
    case "mandate":
      return pass
        ? {
            en: "The patient authorised the provider to act for them on this request.",
            nl: "De patiënt heeft de zorgaanbieder gemachtigd om namens hem op te treden voor deze aanvraag.",
          }
        : {
            en: "No running mandate of the patient covers this action on this request.",
            nl: "Geen lopende machtiging van de patiënt dekt deze handeling op deze aanvraag.",
          };
    case "permission":
      return pass
        ? { en: `A role of the user grants ${r.action}.`, nl: `Een rol van de gebruiker geeft ${r.action}.` }
        : {
            en: `No role of the user grants ${r.action} here (deny by default).`,
            nl: `Geen rol van de gebruiker geeft hier ${r.action} (standaard geweigerd).`,
          };
    default:
      // The grant and view-as rules are explained where they are checked, not here.
      return { en: rule, nl: rule };
  }
}

function lengthText(l: { years?: number; months?: number; weeks?: number; days?: number }): Sentence {
  const en: Array<string> = [];
  const nl: Array<string> = [];
  const add = (n: number | undefined, e1: string, e2: string, n1: string, n2: string) => {
    if (n === undefined || n === 0) return;
    en.push(`${n} ${n === 1 ? e1 : e2}`);
    nl.push(`${n} ${n === 1 ? n1 : n2}`);
  };
  add(l.years, "year", "years", "jaar", "jaar");
  add(l.months, "month", "months", "maand", "maanden");
  add(l.weeks, "week", "weeks", "week", "weken");
  add(l.days, "day", "days", "dag", "dagen");
  return { en: en.join(" and ") || "0 days", nl: nl.join(" en ") || "0 dagen" };
}

function explain(c0: Ctx): ReadonlyArray<Step> {
  // Re-run the same checks in order on a fresh context, recording a step per check.
  const c = newCtx(c0.s, c0.r, c0.at);
  const steps: Array<Step> = [];
  const rules = c.s.rules;
  const push = (rule: RuleId, pass: boolean, extra: Record<string, string> = {}) => {
    const s = sentence(rule, pass, c);
    steps.push(
      step({
        rule,
        inputs: { organisation: c.r.organisation, action: c.r.action, ...extra },
        output: pass ? "pass" : "fail",
        citations: ruleCitations(rules, rule),
        en: s.en,
        nl: s.nl,
      }),
    );
    return pass;
  };
  for (const check of c.s.checks) {
    const ids: ReadonlyArray<RuleId> =
      check === "certificate" ? identityChecks(c.r) : applies(check, c.r) ? [check] : [];
    for (const id of ids) {
      const pass = runCheck(id, c);
      if (id === "contract" && pass && c.readWindow) push("read-only-window", true);
      else push(id, pass);
      if (!pass) return steps;
    }
  }
  const failed = permissionCheck(c);
  if (failed !== undefined) {
    push(failed, false);
    return steps;
  }
  const roles = grantingRoles(c);
  push(
    c.grantedLabel === "mandate"
      ? "mandate"
      : c.grantedLabel === "intermediary"
        ? "intermediary-connection-only"
        : "permission",
    true,
    {
      grantingRoles: roles.join(", "),
    },
  );
  return steps;
}
