/**
 * `@zorgkit/authorization-roles`: who may do what for which provider, and who may grant it.
 * This release holds the role catalogues as data; the decision functions follow.
 *
 * @module
 */
export {
  permissionsOf,
  RoleCatalogue,
  RoleDefinition,
  roleSource,
  rolesWithPermission,
} from "./catalogue.js";
export { mdoMeetingRoles, mozaPortalRoles } from "./presets/catalogues.js";
