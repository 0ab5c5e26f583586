/**
 * Decoding untrusted input (JSON) into role events, event logs, access and grant requests and
 * rulebooks. Never throws; unknown keys are rejected (ADR 0006 §4) unless `unknownKeys: "ignore"`
 * (for a stored event log written by a newer version). On top of the schemas, the checks that
 * need the rulebook or the log: a role not in the catalogue, a meeting role outside the catalogue,
 * a grant that ends before it starts, an event for an organisation the log has not registered.
 *
 * @module
 */
import { type DecodeIssue, type DecodeOptions, type DecodeResult, describeShape } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { RoleEvent } from "./events.js";
import { decodeSchema, failure, issue } from "./internal/decode.js";
import { AccessRequest, GrantRequest } from "./request.js";
import { RoleRules } from "./rulebook.js";

const eventTags = Object.keys(RoleEvent.cases);

const MAX_LOG = 1_000_000;

/** The checks of one event against a rulebook (paths under `prefix`). */
function domainIssues(e: RoleEvent, rules: RoleRules, prefix: string): Array<DecodeIssue> {
  const out: Array<DecodeIssue> = [];
  const endBeforeStart = (field: string, what: string) =>
    out.push(
      issue(
        `${prefix}.${field}`,
        "end-before-start",
        `${what} ends before (or when) it starts`,
        "not after the start",
      ),
    );
  switch (e._tag) {
    case "CertificateIssued":
      if (e.validUntil <= e.validFrom) endBeforeStart("validUntil", "The certificate");
      break;
    case "RoleGranted":
    case "RoleRevoked": {
      const known =
        e.role === rules.mainContactRole.id || rules.organisationRoles.roles.some((r) => r.id === e.role);
      if (!known)
        out.push(
          issue(
            `${prefix}.role`,
            "unknown-role",
            `Unknown role; expected one of ${[rules.mainContactRole.id, ...rules.organisationRoles.roles.map((r) => r.id)].join(", ")} (${rules.id})`,
            describeShape(e.role),
          ),
        );
      if (e._tag === "RoleGranted" && e.validUntil !== undefined && e.validUntil <= (e.validFrom ?? e.at))
        endBeforeStart("validUntil", "The grant");
      if (e._tag === "RoleGranted" && e.validFrom !== undefined && e.validFrom < e.at)
        out.push(
          issue(
            `${prefix}.validFrom`,
            "invalid",
            "A grant cannot start before it is recorded (no backdating)",
            "before the event",
          ),
        );
      break;
    }
    case "AccessSuspended":
      if (e.until !== undefined && e.until <= e.at) endBeforeStart("until", "The suspension");
      break;
    case "MaintenanceStopped":
      if (e.until <= e.from) endBeforeStart("until", "The maintenance stop");
      break;
    case "ViewAsConsented":
      if (e.until <= e.at) endBeforeStart("until", "The consent");
      if (rules.viewAs === undefined)
        out.push(
          issue(`${prefix}._tag`, "not-in-rulebook", `The rulebook ${rules.id} has no view-as`, e._tag),
        );
      else if (!rules.viewAs.purposes.includes(e.purpose))
        out.push(
          issue(
            `${prefix}.purpose`,
            "invalid",
            `Unknown view-as purpose; expected one of ${rules.viewAs.purposes.join(", ")}`,
            describeShape(e.purpose),
          ),
        );
      break;
    case "MandateRecorded":
      if (e.until !== undefined && e.until <= e.at) endBeforeStart("until", "The mandate");
      if (rules.mandatePermissions === undefined)
        out.push(
          issue(`${prefix}._tag`, "not-in-rulebook", `The rulebook ${rules.id} has no mandates`, e._tag),
        );
      break;
    case "IntermediaryEngaged":
      if (rules.intermediaryPermissions === undefined)
        out.push(
          issue(
            `${prefix}._tag`,
            "not-in-rulebook",
            `The rulebook ${rules.id} has no intermediaries`,
            e._tag,
          ),
        );
      break;
    case "CooperationFormed":
    case "CooperationContactAppointed":
    case "CooperationContactRemoved":
    case "MemberAuthorisationRequested":
    case "MemberRevocationRequested":
    case "CooperationRoleGranted":
    case "CooperationRoleRevoked": {
      const c = rules.cooperations;
      if (c === undefined) {
        out.push(
          issue(`${prefix}._tag`, "not-in-rulebook", `The rulebook ${rules.id} has no cooperations`, e._tag),
        );
        break;
      }
      if (e._tag === "CooperationFormed" && new Set(e.members).size < c.minMembers.value)
        out.push(
          issue(
            `${prefix}.members`,
            "invalid",
            `A cooperation has at least ${c.minMembers.value} distinct providers`,
            `${new Set(e.members).size} distinct`,
          ),
        );
      if (e._tag === "CooperationRoleGranted" || e._tag === "CooperationRoleRevoked") {
        if (e.mdo === undefined) {
          if (e.role !== c.managerRole.id)
            out.push(
              issue(
                `${prefix}.role`,
                "unknown-role",
                `Without an mdo, the role is the manager role ${c.managerRole.id}`,
                describeShape(e.role),
              ),
            );
        } else if (!c.meetingRoles.roles.some((r) => r.id === e.role))
          out.push(
            issue(
              `${prefix}.role`,
              "unknown-role",
              `Unknown meeting role; expected one of ${c.meetingRoles.roles.map((r) => r.id).join(", ")} (${c.meetingRoles.id})`,
              describeShape(e.role),
            ),
          );
        if (e._tag === "CooperationRoleGranted" && e.validUntil !== undefined && e.validUntil <= e.at)
          endBeforeStart("validUntil", "The grant");
      }
      break;
    }
    default:
      break;
  }
  return out;
}

/**
 * Decode one role event against a rulebook: the schema (unknown keys rejected), then the checks
 * that need the rulebook (known roles and meeting roles, ends after starts, view-as purposes).
 * Never throws.
 *
 * @example
 * ```ts
 * import { decodeRoleEvent, mozaRoles } from "@zorgkit/authorization-roles";
 * const r = decodeRoleEvent(
 *   { _tag: "RoleGranted", eventId: "e1", at: "2026-01-05T09:00:00+01:00", organisation: "01123456", by: "ann", user: "bob", role: "admin" },
 *   mozaRoles,
 * );
 * r.ok ? "ok" : r.issues.map((i) => `${i.path} ${i.code}`); // => ["$.role unknown-role"]
 * ```
 */
export function decodeRoleEvent(
  input: unknown,
  rules: RoleRules,
  options: DecodeOptions = {},
): DecodeResult<RoleEvent> {
  const r = decodeSchema(RoleEvent, input, options, eventTags);
  if (!r.ok) return failure(r.issues, options);
  const issues = domainIssues(r.value, rules, "$");
  return issues.length === 0 ? { ok: true, value: r.value } : failure(issues, options);
}

function organisationsOf(e: RoleEvent): ReadonlyArray<[string, string]> {
  switch (e._tag) {
    case "OrganisationRegistered":
    case "MaintenanceStopped":
    case "MedicalDataAuthorisation":
    case "CertificateRevoked":
    case "CooperationContactRemoved":
      return [];
    case "CooperationFormed":
      return e.members.map((m, i) => [`members[${i}]`, m]);
    default:
      return [["organisation", e.organisation]];
  }
}

/**
 * Decode an event log (an array): every event against the rulebook, then the log's own rules —
 * unique event ids, and every event's organisation registered earlier in the log (an
 * `OrganisationRegistered` at or before the event's instant). At most 1 000 000 events.
 * Never throws.
 *
 * @example
 * ```ts
 * import { decodeRoleEventLog, mozaRoles } from "@zorgkit/authorization-roles";
 * const r = decodeRoleEventLog(
 *   [{ _tag: "SignatoryRegistered", eventId: "e1", at: "2026-01-05T09:00:00+01:00", organisation: "01123456", user: "sig" }],
 *   mozaRoles,
 * );
 * r.ok ? "ok" : r.issues.map((i) => `${i.path} ${i.code}`); // => ["$[0].organisation unknown-organisation"]
 * ```
 */
export function decodeRoleEventLog(
  input: unknown,
  rules: RoleRules,
  options: DecodeOptions = {},
): DecodeResult<ReadonlyArray<RoleEvent>> {
  if (!Array.isArray(input))
    return failure(
      [issue("$", "wrong-type", "Expected an array of role events", describeShape(input))],
      options,
    );
  if (input.length > MAX_LOG)
    return failure(
      [
        issue(
          "$",
          "too-many",
          `An event log holds at most ${MAX_LOG} events; decode it in parts`,
          describeShape(input),
        ),
      ],
      options,
    );
  const issues: Array<DecodeIssue> = [];
  const events: Array<{ e: RoleEvent; i: number }> = [];
  for (let i = 0; i < input.length; i++) {
    const r = decodeSchema(RoleEvent, input[i] as unknown, options, eventTags, `$[${i}]`);
    if (!r.ok) {
      issues.push(...r.issues);
      continue;
    }
    issues.push(...domainIssues(r.value, rules, `$[${i}]`));
    events.push({ e: r.value, i });
  }
  const ids = new Set<string>();
  const registered = new Map<string, number>();
  for (const { e } of events) {
    if (e._tag === "OrganisationRegistered") {
      const before = registered.get(e.organisation);
      if (before === undefined || e.at < before) registered.set(e.organisation, e.at);
    }
  }
  for (const { e, i } of events) {
    if (ids.has(e.eventId))
      issues.push(issue(`$[${i}].eventId`, "duplicate-id", "Event ids are unique in a log", "duplicate id"));
    ids.add(e.eventId);
    for (const [field, agb] of organisationsOf(e)) {
      const from = registered.get(agb);
      if (from === undefined || from > e.at)
        issues.push(
          issue(
            `$[${i}].${field}`,
            "unknown-organisation",
            "The organisation is not registered (OrganisationRegistered) at or before this event",
            "unregistered AGB code",
          ),
        );
    }
  }
  return issues.length === 0 ? { ok: true, value: events.map((x) => x.e) } : failure(issues, options);
}

/**
 * Decode an access request (the subject of `authorize`). Never throws.
 *
 * @example
 * ```ts
 * import { decodeAccessRequest } from "@zorgkit/authorization-roles";
 * const r = decodeAccessRequest({
 *   subject: { _tag: "User", user: "ann", certificate: "c-ann" },
 *   organisation: "0112345", action: "view-cost-ceiling", resource: { _tag: "Account" },
 * });
 * r.ok ? "ok" : r.issues.map((i) => `${i.path} ${i.code}`); // => ["$.organisation invalid"]
 * ```
 */
export function decodeAccessRequest(
  input: unknown,
  options: DecodeOptions = {},
): DecodeResult<AccessRequest> {
  const r = decodeSchema(AccessRequest, input, options);
  return r.ok ? r : failure(r.issues, options);
}

/**
 * Decode a grant request (the subject of `mayGrant`). Never throws.
 *
 * @example
 * ```ts
 * import { decodeGrantRequest } from "@zorgkit/authorization-roles";
 * const r = decodeGrantRequest({ grantor: "ann", grantee: "bob", role: "cost-ceiling", scope: { _tag: "Organisation", organisation: "01123456" }, extra: 1 });
 * r.ok ? "ok" : r.issues.map((i) => `${i.path} ${i.code}`); // => ["$.extra unexpected-key"]
 * ```
 */
export function decodeGrantRequest(input: unknown, options: DecodeOptions = {}): DecodeResult<GrantRequest> {
  const r = decodeSchema(GrantRequest, input, options);
  return r.ok ? r : failure(r.issues, options);
}

/**
 * Decode a rulebook (a team's own catalogues and figures kept in a JSON file). Never throws.
 *
 * @example
 * ```ts
 * import { decodeRoleRules, mozaRoles } from "@zorgkit/authorization-roles";
 * decodeRoleRules(JSON.parse(JSON.stringify(mozaRoles))).ok; // => true
 * ```
 */
export function decodeRoleRules(input: unknown, options: DecodeOptions = {}): DecodeResult<RoleRules> {
  const r = decodeSchema(RoleRules, input, options);
  return r.ok ? r : failure(r.issues, options);
}

/**
 * The schema of a role event valid for a rulebook (`Schema.is(RoleEventFor(rules))` agrees with
 * `decodeRoleEvent(u, rules).ok` on decoded values).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { instant } from "@zorgkit/core";
 * import { mozaRoles, RoleEventFor } from "@zorgkit/authorization-roles";
 * Schema.is(RoleEventFor(mozaRoles))({ _tag: "SignatoryRegistered", eventId: "e1", at: instant("2026-01-05T09:00:00Z"), organisation: "01123456", user: "sig" }); // => true
 * ```
 */
export function RoleEventFor(rules: RoleRules) {
  return RoleEvent.check(
    Schema.makeFilter((e: RoleEvent) => {
      const issues = domainIssues(e, rules, "$");
      return issues.length === 0 || issues.map((i) => `${i.path}: ${i.message}`).join("; ");
    }),
  );
}
