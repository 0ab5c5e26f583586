/**
 * Role catalogues as data: which roles exist in a portal or service and which permissions each
 * role carries. A catalogue is configuration; the presets cite the clauses they come from.
 *
 * @module
 */
import { BoundedArray, Citation, isBoundedLength } from "@zorgkit/core";
import * as Schema from "effect/Schema";

/** The most roles a catalogue holds, and permissions a role holds (checked before the items). */
export const MAX_CATALOGUE_ITEMS = 500;

const Identifier = Schema.String.check(
  isBoundedLength(64),
  Schema.isPattern(/^[a-z][a-z0-9-]*$/, {
    message: "use lower-case words joined by hyphens, e.g. view-requests",
  }),
);

/** A role (autorisatierol): a named set of permissions matching a job function. */
export const RoleDefinition = Schema.Struct({
  id: Identifier,
  name: Schema.String.check(isBoundedLength(200), Schema.isMinLength(1)),
  nameNl: Schema.String.check(isBoundedLength(200), Schema.isMinLength(1)),
  permissions: BoundedArray(Identifier, MAX_CATALOGUE_ITEMS),
  /** Where the role comes from; a role that is this library's preset says so in `note`. */
  source: Citation,
});
/** A role definition. */
export type RoleDefinition = typeof RoleDefinition.Type;

/** A catalogue of roles, with unique role ids. */
export const RoleCatalogue = Schema.Struct({
  id: Identifier,
  roles: BoundedArray(RoleDefinition, MAX_CATALOGUE_ITEMS).check(
    Schema.makeFilter((roles: ReadonlyArray<RoleDefinition>) => {
      const seen = new Set<string>();
      for (const r of roles) {
        if (seen.has(r.id)) return `role id "${r.id}" appears twice`;
        seen.add(r.id);
      }
      return true;
    }),
  ),
});
/** A role catalogue. */
export type RoleCatalogue = typeof RoleCatalogue.Type;

/**
 * The permissions a set of roles carries together (a user may hold several roles), sorted.
 *
 * @example
 * ```ts
 * import { mozaPortalRoles, permissionsOf } from "@zorgkit/authorization-roles";
 * permissionsOf(mozaPortalRoles, ["digital-mail", "request-status"]); // => ["read-digital-mail", "view-request-status"]
 * ```
 */
export function permissionsOf(
  catalogue: RoleCatalogue,
  roleIds: ReadonlyArray<string>,
): ReadonlyArray<string> {
  const wanted = new Set(roleIds);
  const result = new Set<string>();
  for (const role of catalogue.roles) {
    if (wanted.has(role.id)) for (const p of role.permissions) result.add(p);
  }
  return [...result].sort();
}

/**
 * The roles of a catalogue that carry a permission — the answer to "which role does this
 * employee need for that function?" (need-to-know, MOZA 1.6).
 *
 * @example
 * ```ts
 * import { mdoMeetingRoles, rolesWithPermission } from "@zorgkit/authorization-roles";
 * rolesWithPermission(mdoMeetingRoles, "edit-report"); // => ["chair", "minute-taker"]
 * ```
 */
export function rolesWithPermission(catalogue: RoleCatalogue, permission: string): ReadonlyArray<string> {
  return catalogue.roles.filter((r) => r.permissions.includes(permission)).map((r) => r.id);
}

/**
 * The citation of a role, or `undefined` when the catalogue has no such role.
 *
 * @example
 * ```ts
 * import { mdoMeetingRoles, roleSource } from "@zorgkit/authorization-roles";
 * roleSource(mdoMeetingRoles, "chair"); // => { "source": "MDO-BV", "article": "1.11", "note": "permissions are this library's preset" }
 * ```
 */
export function roleSource(catalogue: RoleCatalogue, roleId: string): Citation | undefined {
  return catalogue.roles.find((r) => r.id === roleId)?.source;
}
