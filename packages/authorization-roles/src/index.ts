/**
 * `@zorgkit/authorization-roles`: who may do what for which provider, right now — and who may
 * change that. State folded from dated events, decisions as pure functions of (request, state,
 * instant), each with its explanation and an audit record. Presets: the insurer's provider portal
 * (`mozaRoles`) and the MDO service (`mdoRoles`).
 *
 * @module
 */
export type { AccessAuditRecord } from "./audit.js";
export { type AccessDecision, authorize } from "./authorize.js";
export {
  MAX_CATALOGUE_ITEMS,
  permissionsOf,
  RoleCatalogue,
  RoleDefinition,
  roleSource,
  rolesWithPermission,
} from "./catalogue.js";
export { type CompiledRoles, compileRoles, type RoleEventNote } from "./compile.js";
export {
  decodeAccessRequest,
  decodeGrantRequest,
  decodeRoleEvent,
  decodeRoleEventLog,
  decodeRoleRules,
  RoleEventFor,
} from "./decode.js";
export { RecordId, RoleEvent, type RoleEventOf, type RoleEventTag, UserId } from "./events.js";
export { type GrantDetails, mayGrant } from "./grant.js";
export type { AccessOutcome } from "./outcome.js";
export { mdoMeetingRoles, mozaPortalRoles } from "./presets/catalogues.js";
export { mdoRoles } from "./presets/mdo.js";
export { mozaRoles } from "./presets/moza.js";
export {
  AccessFacts,
  AccessRequest,
  AccessResource,
  AccessSubject,
  GrantRequest,
  GrantScope,
  TermsFact,
} from "./request.js";
export {
  type AccessCheck,
  accessChecks,
  CooperationRules,
  PermissionId,
  RoleRules,
  type RuleId,
  ruleCitations,
  ruleIds,
  ViewAsRules,
} from "./rulebook.js";
