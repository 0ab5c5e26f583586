/**
 * Events: the only way a consent profile changes (append-only). Each event says when it
 * happened (`at`), who did it (`actor`), for which patient, and what it was about.
 *
 * @module
 */
import { BoundedString, Instant, isBoundedLength, LocalDate } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { Bsn } from "./identifiers.js";
import { idProblem } from "./ids.js";
import { Actor, ChoiceEffect, Code, Custodian, Requesters } from "./model.js";

/**
 * An id of a choice or an event: 1–128 letters, digits or `: . _ -`, and never a BSN inside
 * (issue #10, decision 8: ids are printed in explanations; use an opaque id such as a UUID).
 */
const Id = Schema.String.check(
  Schema.isPattern(/^[A-Za-z0-9][A-Za-z0-9:._-]{0,127}$/, {
    message: "an id is 1–128 letters, digits or : . _ -",
  }),
  Schema.makeFilter((id: string) => idProblem(id) ?? true),
);

/** Where a birth date comes from: the BRP (the population register, via DigiD) or stated by someone. */
const BirthDateSource = Schema.Literals(["brp", "stated"]);

const common = { eventId: Id, at: Instant, patient: Bsn, actor: Actor };

/** The consent events as one tagged union (`_tag`). */
export const ConsentEvent = Schema.TaggedUnion({
  /**
   * The patient's profile is created (MITZ §4: the birth date is part of the profile). Only the
   * patient, a representative of a patient of 16 or older, a treating provider on the patient's
   * request (`onPatientRequest`, `treatmentRelationship`) or an import (`source: "import"`) may
   * create it (MITZ §1c, §5b–d, §6a, §6c). `birthDateSource` says where the birth date comes from
   * (absent: `"stated"`).
   */
  ProfileCreated: {
    ...common,
    birthDate: LocalDate,
    birthDateSource: Schema.optionalKey(BirthDateSource),
    source: Schema.optionalKey(Schema.Literals(["portal", "import"])),
    onPatientRequest: Schema.optionalKey(Schema.Boolean),
    treatmentRelationship: Schema.optionalKey(Schema.Boolean),
  },
  /**
   * The birth date on record is corrected (MITZ §4). A date from the BRP replaces any date; a
   * stated date only a stated one, and only the patient states one.
   */
  BirthDateCorrected: {
    ...common,
    birthDate: LocalDate,
    birthDateSource: BirthDateSource,
    onPatientRequest: Schema.optionalKey(Schema.Boolean),
    treatmentRelationship: Schema.optionalKey(Schema.Boolean),
  },
  /**
   * A choice is recorded (MITZ §2c). `source: "import"` marks a consent given earlier to the
   * provider and added when it joins Mitz (MITZ §6c). A provider recording on the patient's
   * behalf states that the patient asked (`onPatientRequest`) and that it treats the patient
   * (`treatmentRelationship`), MITZ §6a.
   */
  ChoiceRecorded: {
    ...common,
    choiceId: Id,
    custodian: Custodian,
    dataCategory: Code,
    requesters: Requesters,
    decision: ChoiceEffect,
    source: Schema.optionalKey(Schema.Literals(["portal", "import"])),
    onPatientRequest: Schema.optionalKey(Schema.Boolean),
    treatmentRelationship: Schema.optionalKey(Schema.Boolean),
  },
  /** A choice (or an emergency consent) is withdrawn (intrekken), VJZ §2. */
  ChoiceWithdrawn: {
    ...common,
    choiceId: Id,
    onPatientRequest: Schema.optionalKey(Schema.Boolean),
    treatmentRelationship: Schema.optionalKey(Schema.Boolean),
  },
  /** All choices are withdrawn at once ("alle toestemmingen intrekken"), VJZ §2. */
  AllChoicesWithdrawn: { ...common },
  /**
   * A treating provider records temporary consent to fetch the patient's data in acute care
   * (MITZ §2d, §6a): with the patient's agreement, or — when the patient cannot give it — on a
   * legal basis that must be named. Valid `[at, validUntil)`, at most 72 hours. The provider
   * states that it treats the patient (`treatmentRelationship: true`, MITZ §6a: "Alleen
   * zorgaanbieders die jou behandelen mogen voor jou toestemmingen vastleggen"); without it the
   * fold does not apply the event.
   */
  EmergencyConsentRecorded: {
    ...common,
    choiceId: Id,
    basis: Schema.Literals(["patient-agreed", "legal-basis"]),
    treatmentRelationship: Schema.optionalKey(Schema.Boolean),
    /** The legal basis named (at most 1000 characters). */
    legalBasis: Schema.optionalKey(BoundedString(1000)),
    /**
     * With `basis: "patient-agreed"` for a patient under 16: the parent or legal representative
     * who agreed (MITZ §2d with §5d; issue #10, decision 7).
     */
    agreedBy: Schema.optionalKey(Actor),
    validUntil: Schema.optionalKey(Instant),
  },
  /** The patient confirms an emergency consent ("zelf in MijnMitz bevestigt"), MITZ §2d. */
  EmergencyConsentConfirmed: { ...common, choiceId: Id },
  /** A parent or legal representative confirms a minor's pending choice (MITZ §5d). */
  RepresentativeConfirmed: { ...common, choiceId: Id },
  /** The patient deletes the profile (MITZ §4). */
  ProfileDeleted: { ...common },
  /** The patient subscribes to notifications with an e-mail address (MITZ §6b, VJZ §2). */
  NotificationsSubscribed: {
    ...common,
    /** At most 254 characters (RFC 5321), checked before the pattern. */
    email: Schema.String.check(
      isBoundedLength(254),
      Schema.isPattern(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: "expected an e-mail address" }),
    ),
  },
  /** The patient unsubscribes: the e-mail address and BSN leave the subscription data (VJZ §4). */
  NotificationsUnsubscribed: { ...common },
});

/** A consent event. */
export type ConsentEvent = typeof ConsentEvent.Type;
/** The tag of a consent event. */
export type ConsentEventTag = ConsentEvent["_tag"];
/** The event of a tag. */
export type EventOf<T extends ConsentEventTag> = Extract<ConsentEvent, { _tag: T }>;
