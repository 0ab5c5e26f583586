/**
 * The rulebook of authorization-roles (ADR 0007): role and permission catalogues, the ordered
 * access checks a service runs, the figures (delays, windows, limits) and the citation of every
 * rule — all as data the caller passes. The logic in this package names no contract: every
 * citation in an explanation and every figure in a sentence comes from a `RoleRules` value.
 *
 * @module
 */
import {
  BoundedArray,
  type Citation,
  Citations,
  DateLength,
  Figure,
  isBoundedLength,
  WholeNumber,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { RoleCatalogue, RoleDefinition } from "./catalogue.js";

const ShortText = Schema.String.check(isBoundedLength(200), Schema.isMinLength(1));

/** A permission or role id: lower-case words joined by hyphens (`view-cost-ceiling`). */
export const PermissionId = Schema.String.check(
  isBoundedLength(64),
  Schema.isPattern(/^[a-z][a-z0-9-]*$/, {
    message: "use lower-case words joined by hyphens, e.g. view-requests",
  }),
);

/**
 * The access checks a service can run, in the order the rulebook lists them. `permission`
 * (a role grants the action) is not in this list: it always runs last, so nothing is allowed
 * without a role that grants it (deny by default).
 */
export const accessChecks = [
  "organisation-known",
  "provider-only",
  "certificate",
  "agb-revocation",
  "suspension",
  "maintenance",
  "terms-of-use",
  "contract",
  "payment",
  "cooperation-member",
  "user-authorised",
] as const;
/** One of {@link accessChecks}. */
export type AccessCheck = (typeof accessChecks)[number];

/**
 * Every rule that produces an explanation step, so that each step can cite the rulebook:
 * the access checks, the checks that belong to a kind of subject (view-as, intermediary,
 * acting for a patient), the final permission check, and the rules of granting.
 */
export const ruleIds = [
  ...accessChecks,
  "permission",
  "read-only-window",
  "view-as-consent",
  "view-as-purpose",
  "view-as-medical-data",
  "view-as-read-only",
  "intermediary-engaged",
  "intermediary-connection-only",
  "mandate",
  "grant-main-contact-by-signatory",
  "grant-by-main-contact",
  "grant-same-organisation",
  "grant-role-in-catalogue",
  "grant-meeting-role-by-manager",
  "grant-manager-by-contact",
  "cooperation-contact-limit",
  "cooperation-size",
  "member-request-by-contact",
  "suspension-warning",
  "view-as-consent-by-administrator",
] as const;
/** One of {@link ruleIds}. */
export type RuleId = (typeof ruleIds)[number];

const ruleIdSet: ReadonlySet<string> = new Set(ruleIds);

const Rules = Schema.Record(Schema.String, Citations).check(
  Schema.makeFilter((r: Readonly<Record<string, unknown>>) => {
    const unknown = Object.keys(r).filter((k) => !ruleIdSet.has(k));
    return (
      unknown.length === 0 ||
      `unknown rule id(s): ${unknown.slice(0, 3).join(", ")}; expected one of ${ruleIds.join(", ")}`
    );
  }),
);

/** MDO cooperations (samenwerkingsverbanden) and per-meeting roles. */
export const CooperationRules = Schema.Struct({
  /** The least number of providers in a cooperation (a cooperation is "two or more"). */
  minMembers: Figure(WholeNumber),
  /** The most cooperation contacts a cooperation may register (set by the supplier). */
  maxContacts: Figure(WholeNumber),
  /** The role a cooperation contact carries out or assigns; it manages MDO teams. */
  managerRole: RoleDefinition,
  /** Per-meeting roles the manager gives users (an open catalogue). */
  meetingRoles: RoleCatalogue,
  /** The organisation-level permission a provider gives its users to use the service at all. */
  userAuthorisation: PermissionId,
});

/** View-as (looking along in a provider's account). */
export const ViewAsRules = Schema.Struct({
  /** The purposes a view-as consent may name. */
  purposes: BoundedArray(PermissionId, 20).check(Schema.isMinLength(1)),
});

/**
 * A service's rulebook: which checks it runs, its catalogues and its figures.
 *
 * Figures are present exactly when a check needs them (a rulebook with the `agb-revocation`
 * check carries `agbRevocationDelay`, one with `contract` carries `readWindowAfterContract`).
 */
export const RoleRules = Schema.Struct({
  id: PermissionId,
  name: ShortText,
  /** The access checks, in the order they run. */
  checks: BoundedArray(Schema.Literals(accessChecks), accessChecks.length).check(
    Schema.makeFilter(
      (cs: ReadonlyArray<string>) => new Set(cs).size === cs.length || "a check appears twice",
    ),
  ),
  /** The functional roles the main contact grants inside an organisation. */
  organisationRoles: RoleCatalogue,
  /** The main-contact role: granted, changed and revoked only by the signatory. */
  mainContactRole: RoleDefinition,
  /** Permissions that only read or export (allowed in view-as and in the read-only window). */
  readOnlyPermissions: BoundedArray(PermissionId, 200),
  /** How long after the AGB code ends the certificates keep working (`{ months: 6 }`). */
  agbRevocationDelay: Schema.optionalKey(Figure(DateLength)),
  /** How long after the contract ends the read-only permissions stay (`{ days: 90 }`). */
  readWindowAfterContract: Schema.optionalKey(Figure(DateLength)),
  /** Whether a suspension needs a prior written warning to take effect. */
  suspensionNeedsWarning: Figure(Schema.Boolean),
  viewAs: Schema.optionalKey(ViewAsRules),
  /** Permissions an intermediary (technical connection only) may use. */
  intermediaryPermissions: Schema.optionalKey(BoundedArray(PermissionId, 50)),
  /** Permissions of a provider acting for a patient, on that request only. */
  mandatePermissions: Schema.optionalKey(BoundedArray(PermissionId, 50)),
  cooperations: Schema.optionalKey(CooperationRules),
  /** The clauses behind each rule (`rules["certificate"]`), cited in every step it produces. */
  rules: Rules,
}).check(
  Schema.makeFilter((r: RoleRulesShape) => {
    if (r.checks[0] !== "organisation-known" || !r.checks.includes("certificate"))
      return "the checks start with organisation-known and include certificate (the identity of the subject)";
    if (r.checks.includes("agb-revocation") && r.agbRevocationDelay === undefined)
      return "the agb-revocation check needs the figure agbRevocationDelay";
    if (r.checks.includes("contract") && r.readWindowAfterContract === undefined)
      return "the contract check needs the figure readWindowAfterContract";
    if (r.checks.includes("cooperation-member") && r.cooperations === undefined)
      return "the cooperation-member check needs the cooperations section";
    if (r.organisationRoles.roles.some((x) => x.id === r.mainContactRole.id))
      return "the main-contact role must not be in the organisation catalogue (only the signatory grants it)";
    return true;
  }),
);

interface RoleRulesShape {
  readonly checks: ReadonlyArray<string>;
  readonly agbRevocationDelay?: unknown;
  readonly readWindowAfterContract?: unknown;
  readonly cooperations?: unknown;
  readonly organisationRoles: { readonly roles: ReadonlyArray<{ readonly id: string }> };
  readonly mainContactRole: { readonly id: string };
}

/** A service's rulebook. */
export type RoleRules = typeof RoleRules.Type;

/**
 * The citations of a rule in a rulebook (empty when the rulebook cites none).
 *
 * @example
 * ```ts
 * import { mozaRoles, ruleCitations } from "@zorgkit/authorization-roles";
 * ruleCitations(mozaRoles, "agb-revocation"); // => [{ "source": "MOZA", "article": "4.1" }]
 * ```
 */
export function ruleCitations(rules: RoleRules, rule: RuleId): ReadonlyArray<Citation> {
  return rules.rules[rule] ?? [];
}
