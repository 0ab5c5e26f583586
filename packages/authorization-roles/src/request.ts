/**
 * The questions asked of the role state: an access request ("may this subject do this action on
 * this resource for this organisation now?") and a grant request ("may this grantor give this
 * role to this grantee?").
 *
 * @module
 */
import { AgbCode } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { NonBsnId, RecordId, UserId } from "./events.js";
import { PermissionId } from "./rulebook.js";

/** Who asks. */
export const AccessSubject = Schema.TaggedUnion({
  /** A person logged in with a personal certificate. */
  User: { user: UserId, certificate: RecordId },
  /** A provider's user acting for a patient under a mandate (one prior-authorisation request). */
  ActingForPatient: { user: UserId, certificate: RecordId, mandate: NonBsnId },
  /** An insurer employee looking along in the provider's account under a view-as consent. */
  InsurerEmployee: { employee: NonBsnId, consent: RecordId },
  /** An intermediary the provider engaged for the technical connection. */
  Intermediary: { intermediary: RecordId },
});
/** Who asks. */
export type AccessSubject = typeof AccessSubject.Type;

/** What the action is on. */
export const AccessResource = Schema.TaggedUnion({
  /** The organisation's own account (portal functions, change requests, the connection). */
  Account: {},
  /** One MDO of a cooperation. */
  Mdo: { cooperation: RecordId, mdo: RecordId },
  /** One prior-authorisation request (machtigingsaanvraag). */
  PriorAuthorisation: { request: NonBsnId },
});
/** What the action is on. */
export type AccessResource = typeof AccessResource.Type;

/**
 * The terms-of-use status of the person, as `@zorgkit/contract-terms`' `termsStatus(…).value`
 * returns it (only `status` is read).
 */
export const TermsFact = Schema.Struct({
  status: Schema.Literals(["ok", "must-accept", "no-terms"]),
  version: Schema.optionalKey(Schema.Unknown),
  changedSince: Schema.optionalKey(Schema.Array(Schema.Unknown).check(Schema.isMaxLength(1000))),
  reason: Schema.optionalKey(Schema.Unknown),
});
/** The terms-of-use status fact. */
export type TermsFact = typeof TermsFact.Type;

/** Facts the caller supplies with a request (this package keeps no such state). */
export const AccessFacts = Schema.Struct({
  /** The person's terms-of-use status (from contract-terms' `termsStatus`). */
  terms: Schema.optionalKey(TermsFact),
  /**
   * For a paid service: `paid` or `not-due` when nothing blocks access; `overdue` only when the
   * customer is in default after a formal notice (billing's reminder state decides: MDO-BV 2.15
   * allows no technical blocking before that).
   */
  payment: Schema.optionalKey(Schema.Literals(["not-due", "paid", "overdue"])),
});
/** Facts supplied with a request. */
export type AccessFacts = typeof AccessFacts.Type;

/** An access request (the subject of {@link authorize}). */
export const AccessRequest = Schema.Struct({
  subject: AccessSubject,
  /** The organisation the subject acts for (its AGB code). */
  organisation: AgbCode,
  /** The permission asked for (`view-cost-ceiling`, `edit-report` …). */
  action: PermissionId,
  resource: AccessResource,
  facts: Schema.optionalKey(AccessFacts),
});
/** An access request. */
export type AccessRequest = typeof AccessRequest.Type;

/** Where a role is granted. */
export const GrantScope = Schema.TaggedUnion({
  /** Inside one organisation (main-contact role, functional roles). */
  Organisation: { organisation: AgbCode },
  /** The MDO-manager role of a cooperation, for a user of a member organisation. */
  Cooperation: { cooperation: RecordId, organisation: AgbCode },
  /** A meeting role in one MDO, for a user of a member organisation. */
  Mdo: { cooperation: RecordId, mdo: RecordId, organisation: AgbCode },
});
/** Where a role is granted. */
export type GrantScope = typeof GrantScope.Type;

/** A grant request (the subject of {@link mayGrant}). */
export const GrantRequest = Schema.Struct({
  grantor: UserId,
  grantee: UserId,
  role: PermissionId,
  scope: GrantScope,
});
/** A grant request. */
export type GrantRequest = typeof GrantRequest.Type;
