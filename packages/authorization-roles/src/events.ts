/**
 * Events: the only way the role state changes (an append-only, dated log). Each event says when
 * it was recorded (`at`) and, where a person acted, who (`by`). Grants name their grantor so the
 * fold can check the grantor's authority at that instant.
 *
 * @module
 */
import { AgbCode, Instant, LocalDate } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { PermissionId } from "./rulebook.js";

/** An opaque id (event, certificate, consent, MDO …): 1–64 letters, digits or `: . _ -`. */
export const RecordId = Schema.String.check(
  Schema.isMaxLength(64),
  Schema.isPattern(/^[A-Za-z0-9][A-Za-z0-9:._-]{0,63}$/, {
    message: "an id is 1–64 letters, digits or : . _ - (starting with a letter or digit)",
  }),
);
/** An opaque id. */
export type RecordId = typeof RecordId.Type;

/**
 * A person's pseudonymous id (a portal account, an employee number). Never a BSN: nine digits
 * on their own are refused, so a BSN cannot end up in explanations or audit records.
 */
export const UserId = RecordId.check(
  Schema.makeFilter(
    (s: string) =>
      !/^\d{9}$/.test(s) || "a user id must not be nine digits (it could be a BSN); use a pseudonymous id",
    {
      expected: "a pseudonymous user id",
    },
  ),
);
/** A person's pseudonymous id. */
export type UserId = typeof UserId.Type;

/**
 * An id that ends up in audit records and explanations (an insurer employee, a mandate, a
 * prior-authorisation request): like {@link UserId}, nine digits on their own are refused, so a BSN
 * cannot be used as the id.
 *
 * @internal
 */
export const NonBsnId = RecordId.check(
  Schema.makeFilter(
    (s: string) =>
      !/^\d{9}$/.test(s) || "an id must not be nine digits (it could be a BSN); use a pseudonymous id",
    { expected: "a pseudonymous id" },
  ),
);

const Reason = Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(500));

const common = { eventId: RecordId, at: Instant };

/** The role events, one tagged union (`_tag`). */
export const RoleEvent = Schema.TaggedUnion({
  /** An organisation becomes known, with its AGB code; `provider: false` for a non-provider. */
  OrganisationRegistered: { ...common, organisation: AgbCode, provider: Schema.Boolean },
  /** The organisation's AGB code is ended (opgeheven) on a day. */
  AgbCodeEnded: { ...common, organisation: AgbCode, on: LocalDate },
  /** A signatory (tekenbevoegde) of the organisation is registered, e.g. from the trade register. */
  SignatoryRegistered: { ...common, organisation: AgbCode, user: UserId },
  /** A signatory is no longer one. */
  SignatoryRemoved: { ...common, organisation: AgbCode, user: UserId },
  /** A personal certificate, linked to the AGB code of one organisation, valid `[validFrom, validUntil)`. */
  CertificateIssued: {
    ...common,
    certificate: RecordId,
    user: UserId,
    organisation: AgbCode,
    validFrom: Instant,
    validUntil: Instant,
  },
  /** A certificate is revoked from `at` on. */
  CertificateRevoked: { ...common, certificate: RecordId },
  /**
   * A role is granted to a user inside an organisation: the main-contact role (by the signatory)
   * or a functional role (by the main contact). Valid `[validFrom ?? at, validUntil)`.
   */
  RoleGranted: {
    ...common,
    organisation: AgbCode,
    by: UserId,
    user: UserId,
    role: PermissionId,
    validFrom: Schema.optionalKey(Instant),
    validUntil: Schema.optionalKey(Instant),
  },
  /** A role is revoked from `at` on, by `by` (who must be allowed to grant it at that instant). */
  RoleRevoked: { ...common, organisation: AgbCode, by: UserId, user: UserId, role: PermissionId },
  /** A written warning before a suspension. */
  SuspensionWarned: { ...common, organisation: AgbCode, reason: Reason },
  /** The organisation's access is suspended from `at` until `until` (open when absent) or a lift. */
  AccessSuspended: { ...common, organisation: AgbCode, reason: Reason, until: Schema.optionalKey(Instant) },
  /** A suspension ends at `at`. */
  SuspensionLifted: { ...common, organisation: AgbCode },
  /** The service stops (partly or wholly) for maintenance `[from, until)`, for a stated reason. */
  MaintenanceStopped: { ...common, from: Instant, until: Instant, reason: Reason },
  /** The organisation's contract for the service starts at `at`. */
  ContractStarted: { ...common, organisation: AgbCode },
  /** The contract ends at the end of day `on` (the read-only window runs after it). */
  ContractEnded: { ...common, organisation: AgbCode, on: LocalDate },
  /** An insurer employee is authorised to work with medical data (or no longer, `authorised: false`). */
  MedicalDataAuthorisation: { ...common, employee: NonBsnId, authorised: Schema.Boolean },
  /** The provider consents to an insurer employee looking along, for a purpose, until an instant. */
  ViewAsConsented: {
    ...common,
    organisation: AgbCode,
    by: UserId,
    consent: RecordId,
    employee: NonBsnId,
    purpose: PermissionId,
    until: Instant,
  },
  /** The provider withdraws a view-as consent (`by`: its signatory or main contact). */
  ViewAsWithdrawn: { ...common, organisation: AgbCode, by: UserId, consent: RecordId },
  /** The provider engages an intermediary (tussenpartij) for the technical connection. */
  IntermediaryEngaged: { ...common, organisation: AgbCode, by: UserId, intermediary: RecordId },
  /** The intermediary is no longer engaged (`by`: the provider's signatory or main contact). */
  IntermediaryReleased: { ...common, organisation: AgbCode, by: UserId, intermediary: RecordId },
  /** The patient authorises the provider to act for them on one prior-authorisation request. */
  MandateRecorded: {
    ...common,
    organisation: AgbCode,
    mandate: NonBsnId,
    request: NonBsnId,
    until: Schema.optionalKey(Instant),
  },
  /** The mandate ends. */
  MandateEnded: { ...common, organisation: AgbCode, mandate: NonBsnId },
  /** A cooperation of providers is formed (its members still need authorisation). */
  CooperationFormed: {
    ...common,
    cooperation: RecordId,
    members: Schema.Array(AgbCode).check(Schema.isMaxLength(1000)),
  },
  /** The cooperation notifies a cooperation contact (a user of one of its members). */
  CooperationContactAppointed: {
    ...common,
    cooperation: RecordId,
    user: UserId,
    organisation: AgbCode,
  },
  /** A cooperation contact is removed. */
  CooperationContactRemoved: { ...common, cooperation: RecordId, user: UserId },
  /** A cooperation contact asks the supplier to authorise a member provider for the cooperation. */
  MemberAuthorisationRequested: { ...common, cooperation: RecordId, by: UserId, organisation: AgbCode },
  /** A cooperation contact asks the supplier to revoke a provider that left (`by`: a registered contact). */
  MemberRevocationRequested: { ...common, cooperation: RecordId, by: UserId, organisation: AgbCode },
  /**
   * A meeting role in one MDO (`role`), or the MDO-manager role of the cooperation (`mdo` absent,
   * `role` = the rulebook's manager role), granted to a user of a member organisation.
   */
  CooperationRoleGranted: {
    ...common,
    cooperation: RecordId,
    mdo: Schema.optionalKey(RecordId),
    by: UserId,
    user: UserId,
    organisation: AgbCode,
    role: PermissionId,
    validUntil: Schema.optionalKey(Instant),
  },
  /** A meeting role or the MDO-manager role is revoked. */
  CooperationRoleRevoked: {
    ...common,
    cooperation: RecordId,
    mdo: Schema.optionalKey(RecordId),
    by: UserId,
    user: UserId,
    organisation: AgbCode,
    role: PermissionId,
  },
});

/** A role event. */
export type RoleEvent = typeof RoleEvent.Type;
/** The tag of a role event. */
export type RoleEventTag = RoleEvent["_tag"];
/** The event of a tag. */
export type RoleEventOf<T extends RoleEventTag> = Extract<RoleEvent, { _tag: T }>;
