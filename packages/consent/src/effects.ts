/**
 * Effects as data (an outbox): the library never sends a message or touches the reference
 * index; it returns what an adapter must do.
 *
 * **BSN.** Every effect carries the patient's BSN unmasked in its `patient` field, and nowhere
 * else: the adapter needs it to address the work — the custodian registers or deregisters *the
 * BSN* in the LSP reference index and checks the patient in its own system (VJZ §2), and the
 * notification subscription is kept by e-mail address and BSN (VJZ §2, §4). Treat the outbox as
 * patient data; never copy `patient` into the text of an e-mail or a log line (mask it with
 * `maskBsn` from `@zorgkit/core`).
 *
 * @module
 */
import type { Instant } from "@zorgkit/core";
import type { Bsn } from "./identifiers.js";
import type { Actor, Custodian, Requesters } from "./model.js";

/** What changed in the profile, for notifications. */
export type ChoiceChange =
  | "recorded"
  | "recorded-pending"
  | "withdrawn"
  | "all-withdrawn"
  | "confirmed-by-representative"
  | "emergency-recorded"
  | "emergency-confirmed"
  | "profile-deleted";

/**
 * Tell the subscribed patient that a choice was recorded or changed — by anyone, the patient
 * included — with who, what and when (MITZ §6b).
 */
export interface NotifyPatient {
  readonly _tag: "NotifyPatient";
  /** Unmasked: the subscription's key (VJZ §2). Not for the e-mail's text. */
  readonly patient: Bsn;
  readonly email: string;
  readonly change: ChoiceChange;
  readonly choiceId: string | undefined;
  readonly by: Actor;
  readonly at: Instant;
  /**
   * For a confirmed emergency consent (`emergency-confirmed`, or `confirmed-by-representative`
   * for a minor): the lasting permit it has become — every custodian, all data, towards the
   * provider that recorded it (MITZ §2d; issue #10, decision 10). Otherwise `undefined`.
   */
  readonly lasting:
    | { readonly custodian: Custodian; readonly dataCategory: string; readonly requesters: Requesters }
    | undefined;
}

/** Tell the subscribed patient a consent was processed (VJZ §2, "meldingen" 1). For adapters that know it. */
export interface NotifyConsentProcessed {
  readonly _tag: "NotifyConsentProcessed";
  readonly patient: Bsn;
  readonly email: string;
  readonly custodian: Custodian;
  readonly at: Instant;
}

/** Tell the subscribed patient data was exchanged (VJZ §2, "meldingen" 2). For adapters that know it. */
export interface NotifyDataExchanged {
  readonly _tag: "NotifyDataExchanged";
  readonly patient: Bsn;
  readonly email: string;
  readonly requesterUra: string;
  readonly dataCategory: string;
  readonly at: Instant;
}

/** The custodian registers the BSN in the LSP reference index (VJZ §2: on a "yes"). */
export interface RegisterInReferenceIndex {
  readonly _tag: "RegisterInReferenceIndex";
  /** Unmasked: the BSN that is registered ("meldt hij jouw BSN aan", VJZ §2). */
  readonly patient: Bsn;
  readonly custodian: Custodian;
  readonly at: Instant;
}

/** The custodian removes the BSN from the LSP reference index (VJZ §2: on withdrawal). */
export interface DeregisterFromReferenceIndex {
  readonly _tag: "DeregisterFromReferenceIndex";
  /** Unmasked: the BSN that is removed ("meldt jouw BSN af", VJZ §2). */
  readonly patient: Bsn;
  readonly custodian: Custodian;
  readonly at: Instant;
}

/**
 * The custodian is told a choice towards it changed, so it processes it in its own system
 * (VJZ §2: "je zorgaanbieder krijgt hiervan een melding"; withdrawing all consents informs every
 * custodian involved).
 */
export interface InformCustodian {
  readonly _tag: "InformCustodian";
  /** Unmasked: the custodian checks the patient in its own system (VJZ §2). */
  readonly patient: Bsn;
  readonly custodian: Custodian;
  readonly change: ChoiceChange;
  readonly choiceId: string | undefined;
  readonly at: Instant;
}

/** An effect to perform. */
export type ConsentEffect =
  | NotifyPatient
  | NotifyConsentProcessed
  | NotifyDataExchanged
  | RegisterInReferenceIndex
  | DeregisterFromReferenceIndex
  | InformCustodian;

/** An effect with the event that caused it. */
export interface OutboxEntry {
  readonly eventId: string;
  readonly effect: ConsentEffect;
}

/**
 * Build a {@link NotifyDataExchanged} for a subscribed patient (VJZ §2). Returns `undefined`
 * when the patient is not subscribed.
 *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 * import { foldProfile, mitzRules, notifyDataExchanged } from "@zorgkit/consent";
 *
 * const profile = foldProfile([], mitzRules); // not subscribed
 * notifyDataExchanged(profile, { requesterUra: "00001234", dataCategory: "GGC002", at: instant("2026-12-01T10:00:00+01:00") }); // => undefined
 * ```
 */
export function notifyDataExchanged(
  profile: {
    readonly patient: Bsn | undefined;
    readonly subscription: { readonly email: string } | undefined;
  },
  exchange: { readonly requesterUra: string; readonly dataCategory: string; readonly at: Instant },
): NotifyDataExchanged | undefined {
  if (profile.patient === undefined || profile.subscription === undefined) return undefined;
  return {
    _tag: "NotifyDataExchanged",
    patient: profile.patient,
    email: profile.subscription.email,
    ...exchange,
  };
}

/**
 * Build a {@link NotifyConsentProcessed} for a subscribed patient (VJZ §2). Returns `undefined`
 * when the patient is not subscribed.
 *
 * @example
 * ```ts
 * import { instant, uraNumber } from "@zorgkit/core";
 * import { foldProfile, mitzRules, notifyConsentProcessed } from "@zorgkit/consent";
 *
 * const profile = foldProfile([], mitzRules); // not subscribed
 * const custodian = { _tag: "Organisation" as const, ura: uraNumber("00001111") };
 * notifyConsentProcessed(profile, { custodian, at: instant("2026-12-01T10:00:00+01:00") }); // => undefined
 * ```
 */
export function notifyConsentProcessed(
  profile: {
    readonly patient: Bsn | undefined;
    readonly subscription: { readonly email: string } | undefined;
  },
  processed: { readonly custodian: Custodian; readonly at: Instant },
): NotifyConsentProcessed | undefined {
  if (profile.patient === undefined || profile.subscription === undefined) return undefined;
  return {
    _tag: "NotifyConsentProcessed",
    patient: profile.patient,
    email: profile.subscription.email,
    ...processed,
  };
}
