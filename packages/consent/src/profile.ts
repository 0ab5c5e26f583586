/**
 * The consent profile: all choices of one patient, obtained by folding the event log.
 * `profileAt(events, t)` gives the profile as it stood at any instant (time travel).
 *
 * Events are applied in order of `at` (events with equal `at` keep their input order, except
 * that the rules below make equal-instant cases deterministic). A newer choice for the same
 * (custodian, category, requesters) key replaces the older one; two choices for the same key at
 * the same instant that disagree leave the `deny` in force.
 *
 * @module
 */
import { cite, type Instant, type LocalDate } from "@zorgkit/core";
import { type CodeIndex, defaultCodeIndex } from "./codes.js";
import type { ChoiceChange, ConsentEffect, OutboxEntry } from "./effects.js";
import type { ConsentEvent, EventOf } from "./events.js";
import type { Bsn } from "./identifiers.js";
import { type Actor, type Choice, type ChoiceDraft, type Custodian, choiceKey, makeChoice } from "./model.js";
import { emergencyConsentMaxDuration } from "./presets/emergency.js";
import { mayRecord, type RecordAction } from "./representation.js";

/** A choice that waits for a parent's confirmation (MITZ §5d); it does not count in `decide`. */
export interface PendingChoice {
  readonly choice: ChoiceDraft;
  readonly needs: "parent-confirmation";
  /** Set when the pending choice is a minor's confirmation of this emergency consent. */
  readonly confirmsEmergency?: string;
  /**
   * Set when this is a minor's pending withdrawal of the objection (`deny`) `choice`: the deny
   * stays in force until a parent confirms (MITZ §5d, see `mayRecord`'s `withdrawsObjection`).
   */
  readonly withdraws?: true;
}

/** An event the fold did not apply, and why (it stays in the log; it has no effect). */
export interface RejectedEvent {
  readonly eventId: string;
  readonly at: Instant;
  readonly reason: string;
}

/** The consent profile (toestemmingsprofiel) of one patient at one instant. */
export interface ConsentProfile {
  readonly patient: Bsn | undefined;
  readonly birthDate: LocalDate | undefined;
  /** When the current profile was created; `undefined` before creation and after deletion. */
  readonly createdAt: Instant | undefined;
  /** The instant this snapshot describes (the last event applied, or the `profileAt` instant). */
  readonly asOf: Instant | undefined;
  /** Choices in force (regular choices and emergency consents, possibly expired ones). */
  readonly choices: ReadonlyArray<Choice>;
  readonly pending: ReadonlyArray<PendingChoice>;
  readonly subscription: { readonly email: string; readonly since: Instant } | undefined;
  readonly rejected: ReadonlyArray<RejectedEvent>;
  /** The instant of the last change to the profile's data (for retention). */
  readonly lastChangeAt: Instant | undefined;
}

/** A profile with no events. */
export const emptyProfile: ConsentProfile = {
  patient: undefined,
  birthDate: undefined,
  createdAt: undefined,
  asOf: undefined,
  choices: [],
  pending: [],
  subscription: undefined,
  rejected: [],
  lastChangeAt: undefined,
};

interface State {
  patient: Bsn | undefined;
  birthDate: LocalDate | undefined;
  createdAt: Instant | undefined;
  asOf: Instant | undefined;
  choices: Map<string, Choice>;
  byKey: Map<string, string>;
  pending: Map<string, PendingChoice>;
  subscription: { email: string; since: Instant } | undefined;
  rejected: Array<RejectedEvent>;
  lastChangeAt: Instant | undefined;
  /** Ids ever used for choices in the current profile. */
  usedIds: Set<string>;
}

/** Whether a choice is a permit that registers its custodian in the reference index. */
function registers(c: Choice): boolean {
  return c.decision === "permit" && c.until === undefined;
}

function custodianKey(c: Custodian): string {
  return c._tag === "Organisation" ? `O:${c.ura}` : c._tag === "ProviderType" ? `T:${c.type}` : "*";
}

function permittedCustodians(s: State): Map<string, Custodian> {
  const out = new Map<string, Custodian>();
  for (const c of s.choices.values()) if (registers(c)) out.set(custodianKey(c.custodian), c.custodian);
  return out;
}

/** Sort events by `at`, stably; a confirmation and a withdrawal of the same emergency consent at the same instant are detected by the fold.
 *
 * @example
 * ```ts
 * sortEvents([later, earlier]); // [earlier, later]
 * ```
 */
export function sortEvents(events: ReadonlyArray<ConsentEvent>): ReadonlyArray<ConsentEvent> {
  return events
    .map((e, i) => [e, i] as const)
    .sort((a, b) => a[0].at - b[0].at || a[1] - b[1])
    .map(([e]) => e);
}

class Folder {
  readonly s: State = {
    patient: undefined,
    birthDate: undefined,
    createdAt: undefined,
    asOf: undefined,
    choices: new Map(),
    byKey: new Map(),
    pending: new Map(),
    subscription: undefined,
    rejected: [],
    lastChangeAt: undefined,
    usedIds: new Set(),
  };
  readonly effects: Array<OutboxEntry> = [];
  /** (choiceId, at) of emergency confirmations that coincide with a withdrawal. */
  readonly conflicts = new Set<string>();

  constructor(
    readonly collectEffects: boolean,
    readonly rootCategory: string,
  ) {}

  reject(e: ConsentEvent, reason: string): undefined {
    this.s.rejected.push({ eventId: e.eventId, at: e.at, reason });
    return undefined;
  }

  allowed(
    e: ConsentEvent,
    action: RecordAction,
    extra: {
      onPatientRequest?: boolean | undefined;
      treatmentRelationship?: boolean | undefined;
      imported?: boolean;
      withdrawsObjection?: boolean;
    } = {},
  ): { status: "active" | "pending" | undefined } | undefined {
    const birthDate = this.s.birthDate as LocalDate;
    const options = {
      action,
      ...(extra.onPatientRequest === undefined ? {} : { onPatientRequest: extra.onPatientRequest }),
      ...(extra.treatmentRelationship === undefined
        ? {}
        : { treatmentRelationship: extra.treatmentRelationship }),
      ...(extra.imported === undefined ? {} : { imported: extra.imported }),
      ...(extra.withdrawsObjection === undefined ? {} : { withdrawsObjection: extra.withdrawsObjection }),
    };
    const r = mayRecord(e.actor, { birthDate }, e.at, options);
    if (!r.value.allowed) {
      this.reject(e, r.because[r.because.length - 1]?.en ?? "not allowed");
      return undefined;
    }
    return { status: r.value.status };
  }

  emit(e: ConsentEvent, effect: ConsentEffect): void {
    if (this.collectEffects) this.effects.push({ eventId: e.eventId, effect });
  }

  notify(
    e: ConsentEvent,
    change: ChoiceChange,
    choiceId: string | undefined,
    custodians: ReadonlyArray<Custodian>,
  ): void {
    if (!this.collectEffects) return;
    const patient = this.s.patient as Bsn;
    if (this.s.subscription !== undefined) {
      this.emit(e, {
        _tag: "NotifyPatient",
        patient,
        email: this.s.subscription.email,
        change,
        choiceId,
        by: e.actor,
        at: e.at,
      });
    }
    const seen = new Set<string>();
    for (const c of custodians) {
      const k = custodianKey(c);
      if (seen.has(k)) continue;
      seen.add(k);
      this.emit(e, { _tag: "InformCustodian", patient, custodian: c, change, choiceId, at: e.at });
    }
  }

  /** Put a choice in force, replacing the older choice with the same key. */
  activate(c: Choice): void {
    const key = choiceKey(c);
    const oldId = this.s.byKey.get(key);
    if (oldId !== undefined) {
      const old = this.s.choices.get(oldId);
      if (old !== undefined && old.from === c.from && old.decision === "deny" && c.decision === "permit") {
        // Equal instants: deny stays in force (deny wins ties); the permit is kept out.
        return;
      }
      this.s.choices.delete(oldId);
    }
    this.s.choices.set(c.id, c);
    this.s.byKey.set(key, c.id);
  }

  remove(id: string): Choice | undefined {
    const c = this.s.choices.get(id);
    if (c === undefined) return undefined;
    this.s.choices.delete(id);
    const key = choiceKey(c);
    if (this.s.byKey.get(key) === id) this.s.byKey.delete(key);
    return c;
  }

  apply(e: ConsentEvent): undefined {
    const s = this.s;
    s.asOf = e.at;
    if (e._tag === "ProfileCreated") {
      if (s.createdAt !== undefined) return this.reject(e, "A profile already exists for this patient.");
      if (s.patient !== undefined && s.patient !== e.patient)
        return this.reject(e, "The event belongs to another patient.");
      s.patient = e.patient;
      s.birthDate = e.birthDate;
      s.createdAt = e.at;
      s.lastChangeAt = e.at;
      return;
    }
    if (s.createdAt === undefined)
      return this.reject(
        e,
        "There is no profile at this instant (before its creation or after its deletion).",
      );
    if (s.patient !== e.patient) return this.reject(e, "The event belongs to another patient.");
    const before = this.collectEffects ? permittedCustodians(s) : undefined;
    this.applyToProfile(e);
    if (before !== undefined) {
      const after = permittedCustodians(s);
      const patient = s.patient as Bsn;
      for (const [k, c] of after)
        if (!before.has(k))
          this.emit(e, { _tag: "RegisterInReferenceIndex", patient, custodian: c, at: e.at });
      for (const [k, c] of before)
        if (!after.has(k))
          this.emit(e, { _tag: "DeregisterFromReferenceIndex", patient, custodian: c, at: e.at });
    }
  }

  applyToProfile(e: Exclude<ConsentEvent, EventOf<"ProfileCreated">>): undefined {
    const s = this.s;
    switch (e._tag) {
      case "ChoiceRecorded": {
        const imported = e.source === "import";
        if (s.usedIds.has(e.choiceId)) return this.reject(e, `Choice id ${e.choiceId} is already used.`);
        if (
          imported &&
          (e.custodian._tag !== "Organisation" ||
            e.actor._tag !== "Provider" ||
            e.custodian.ura !== e.actor.ura)
        )
          return this.reject(
            e,
            "An imported consent is one given earlier to the importing provider itself (MITZ §6c).",
          );
        const ok = this.allowed(e, "record", {
          onPatientRequest: e.onPatientRequest,
          treatmentRelationship: e.treatmentRelationship,
          imported,
        });
        if (ok === undefined) return;
        s.usedIds.add(e.choiceId);
        const base: ChoiceDraft = {
          id: e.choiceId,
          custodian: e.custodian,
          dataCategory: e.dataCategory,
          requesters: e.requesters,
          decision: e.decision,
          recordedAt: e.at,
          recordedBy: e.actor,
          origin: imported ? "import" : e.actor._tag === "Provider" ? "provider" : "patient-portal",
        };
        s.lastChangeAt = e.at;
        if (ok.status === "pending") {
          s.pending.set(e.choiceId, { choice: base, needs: "parent-confirmation" });
          this.notify(e, "recorded-pending", e.choiceId, []);
        } else {
          this.activate(makeChoice(base, e.at));
          this.notify(e, "recorded", e.choiceId, [e.custodian]);
        }
        return;
      }
      case "ChoiceWithdrawn": {
        const existing = s.choices.get(e.choiceId);
        const pending = s.pending.get(e.choiceId);
        if (existing === undefined && pending === undefined)
          return this.reject(e, `There is no choice ${e.choiceId} in force or pending to withdraw.`);
        if (this.conflicts.has(`${e.choiceId}@${e.at}`)) {
          return this.reject(
            e,
            "This withdrawal coincides with a confirmation of the same emergency consent; its validity cannot be established.",
          );
        }
        const ok = this.allowed(e, "withdraw", {
          onPatientRequest: e.onPatientRequest,
          treatmentRelationship: e.treatmentRelationship,
          withdrawsObjection: existing?.decision === "deny",
        });
        if (ok === undefined) return;
        s.lastChangeAt = e.at;
        if (ok.status === "pending" && existing !== undefined) {
          // A minor lifts an objection: the deny stays in force until a parent confirms (MITZ §5d).
          s.pending.set(e.choiceId, {
            choice: {
              id: existing.id,
              custodian: existing.custodian,
              dataCategory: existing.dataCategory,
              requesters: existing.requesters,
              decision: existing.decision,
              recordedAt: e.at,
              recordedBy: e.actor,
              origin: existing.origin,
            },
            needs: "parent-confirmation",
            withdraws: true,
          });
          this.notify(e, "recorded-pending", e.choiceId, []);
          return;
        }
        if (existing !== undefined) this.remove(e.choiceId);
        s.pending.delete(e.choiceId);
        this.notify(e, "withdrawn", e.choiceId, existing === undefined ? [] : [existing.custodian]);
        return;
      }
      case "AllChoicesWithdrawn": {
        const ok = this.allowed(e, "withdraw");
        if (ok === undefined) return;
        const involved = [...s.choices.values()].map((c) => c.custodian);
        s.choices.clear();
        s.byKey.clear();
        s.pending.clear();
        s.lastChangeAt = e.at;
        this.notify(e, "all-withdrawn", undefined, involved);
        return;
      }
      case "EmergencyConsentRecorded": {
        if (s.usedIds.has(e.choiceId)) return this.reject(e, `Choice id ${e.choiceId} is already used.`);
        const ok = this.allowed(e, "record-emergency", { treatmentRelationship: e.treatmentRelationship });
        if (ok === undefined || e.actor._tag !== "Provider") return;
        s.usedIds.add(e.choiceId);
        const until = Math.min(
          e.validUntil ?? Number.POSITIVE_INFINITY,
          e.at + emergencyConsentMaxDuration.ms,
        ) as Instant;
        s.choices.set(
          e.choiceId,
          makeChoice(
            {
              id: e.choiceId,
              custodian: { _tag: "AllCustodians" },
              dataCategory: this.rootCategory,
              requesters: { _tag: "Organisation", ura: e.actor.ura },
              decision: "permit",
              recordedAt: e.at,
              recordedBy: e.actor,
              origin: "emergency",
            },
            e.at,
            until,
          ),
        );
        s.lastChangeAt = e.at;
        this.notify(e, "emergency-recorded", e.choiceId, []);
        return;
      }
      case "EmergencyConsentConfirmed": {
        const em = s.choices.get(e.choiceId);
        if (em === undefined || em.origin !== "emergency")
          return this.reject(e, `There is no emergency consent ${e.choiceId} to confirm.`);
        if (em.until === undefined)
          return this.reject(e, `Emergency consent ${e.choiceId} is already confirmed.`);
        const ok = this.allowed(e, "confirm-emergency");
        if (ok === undefined) return;
        s.lastChangeAt = e.at;
        const conflict = this.conflicts.has(`${e.choiceId}@${e.at}`);
        if (ok.status === "pending") {
          s.pending.set(`${e.choiceId}`, {
            choice: {
              id: em.id,
              custodian: em.custodian,
              dataCategory: em.dataCategory,
              requesters: em.requesters,
              decision: em.decision,
              recordedAt: e.at,
              recordedBy: e.actor,
              origin: em.origin,
            },
            needs: "parent-confirmation",
            confirmsEmergency: e.choiceId,
          });
          this.notify(e, "recorded-pending", e.choiceId, []);
          return;
        }
        this.confirmEmergency(em, e.at, conflict, e.actor);
        this.notify(e, "emergency-confirmed", e.choiceId, []);
        return;
      }
      case "RepresentativeConfirmed": {
        const p = s.pending.get(e.choiceId);
        if (p === undefined) return this.reject(e, `There is no pending choice ${e.choiceId} to confirm.`);
        const ok = this.allowed(e, "confirm");
        if (ok === undefined) return;
        s.pending.delete(e.choiceId);
        s.lastChangeAt = e.at;
        if (p.withdraws === true) {
          const lifted = this.remove(e.choiceId);
          this.notify(e, "withdrawn", e.choiceId, lifted === undefined ? [] : [lifted.custodian]);
          return;
        }
        if (p.confirmsEmergency !== undefined) {
          const em = s.choices.get(p.confirmsEmergency);
          if (em !== undefined && em.origin === "emergency" && em.until !== undefined) {
            this.confirmEmergency(em, e.at, false, e.actor);
          } else {
            this.activate(makeChoice(p.choice, e.at, undefined, undefined, e.actor));
          }
        } else {
          this.activate(makeChoice(p.choice, e.at, undefined, undefined, e.actor));
        }
        this.notify(e, "confirmed-by-representative", e.choiceId, [p.choice.custodian]);
        return;
      }
      case "ProfileDeleted": {
        const ok = this.allowed(e, "delete-profile");
        if (ok === undefined) return;
        const involved = [...s.choices.values()].map((c) => c.custodian);
        this.notify(e, "profile-deleted", undefined, involved);
        s.choices.clear();
        s.byKey.clear();
        s.pending.clear();
        s.subscription = undefined;
        s.createdAt = undefined;
        s.birthDate = undefined;
        s.usedIds.clear();
        s.lastChangeAt = e.at;
        return;
      }
      case "NotificationsSubscribed": {
        const ok = this.allowed(e, "subscribe");
        if (ok === undefined) return;
        s.subscription = { email: e.email, since: e.at };
        return;
      }
      case "NotificationsUnsubscribed": {
        const ok = this.allowed(e, "subscribe");
        if (ok === undefined) return;
        // VJZ §4: the e-mail address and BSN leave the subscription data.
        s.subscription = undefined;
        return;
      }
    }
  }

  /**
   * MITZ §2d, this library's reading: confirmed while still valid → a regular choice without a
   * gap; confirmed after expiry → a new regular choice from the confirmation on.
   */
  confirmEmergency(em: Choice, at: Instant, conflict: boolean, by: Actor): void {
    const stillValid = em.until !== undefined && at < em.until;
    const regular = makeChoice(em, stillValid ? em.from : at, undefined, conflict ? at : undefined, by);
    this.s.choices.delete(em.id);
    this.activate(regular);
  }

  snapshot(asOf: Instant | undefined): ConsentProfile {
    const s = this.s;
    return {
      patient: s.patient,
      birthDate: s.birthDate,
      createdAt: s.createdAt,
      asOf: asOf ?? s.asOf,
      choices: [...s.choices.values()],
      pending: [...s.pending.values()],
      subscription: s.subscription,
      rejected: s.rejected,
      lastChangeAt: s.lastChangeAt,
    };
  }
}

/** The root data category ("all data") of a code index.
 *
 * @example
 * ```ts
 * rootCategoryOf(defaultCodeIndex); // "zorgkit:all"
 * ```
 */
export function rootCategoryOf(index: CodeIndex): string {
  return index.categoryCodes[index.depth.indexOf(0)] as string;
}

/** Options of the fold. */
export interface FoldOptions {
  /** Code lists in use (default: the Mitz 2026 preset); emergency consents cover its root category. */
  readonly codeIndex?: CodeIndex;
}

function run(events: ReadonlyArray<ConsentEvent>, collectEffects: boolean, options: FoldOptions): Folder {
  const f = new Folder(collectEffects, rootCategoryOf(options.codeIndex ?? defaultCodeIndex));
  const sorted = sortEvents(events);
  const confirms = new Set<string>();
  for (const e of sorted) if (e._tag === "EmergencyConsentConfirmed") confirms.add(`${e.choiceId}@${e.at}`);
  for (const e of sorted)
    if (e._tag === "ChoiceWithdrawn" && confirms.has(`${e.choiceId}@${e.at}`))
      f.conflicts.add(`${e.choiceId}@${e.at}`);
  for (const e of sorted) f.apply(e);
  return f;
}

/**
 * Fold an event log into the profile and the effects the events caused (the outbox).
 *
 * @example
 * ```ts
 * const { profile, effects } = replay(events);
 * ```
 */
export function replay(
  events: ReadonlyArray<ConsentEvent>,
  options: FoldOptions = {},
): {
  readonly profile: ConsentProfile;
  readonly effects: ReadonlyArray<OutboxEntry>;
} {
  const f = run(events, true, options);
  return { profile: f.snapshot(undefined), effects: f.effects };
}

/**
 * The profile as it stood at `at`: the fold of only the events up to and including `at`
 * (time travel: "what had the patient agreed to when this data was fetched?").
 *
 * @example
 * ```ts
 * const then = profileAt(events, instant("2026-03-01T12:00:00+01:00"));
 * decide(then, { ...request, at: then.asOf! });
 * ```
 */
export function profileAt(
  events: ReadonlyArray<ConsentEvent>,
  at: Instant,
  options: FoldOptions = {},
): ConsentProfile {
  const f = run(
    events.filter((e) => e.at <= at),
    false,
    options,
  );
  return f.snapshot(at);
}

/** The profile after all events (no effects collected).
 *
 * @example
 * ```ts
 * foldProfile(events).choices.map((c) => c.id);
 * ```
 */
export function foldProfile(events: ReadonlyArray<ConsentEvent>, options: FoldOptions = {}): ConsentProfile {
  return run(events, false, options).snapshot(undefined);
}

/**
 * The choices granted to a custodian that count at `at` (MITZ §2e: a provider sees the consents
 * the patient gives it): choices naming its URA, its provider type, or every custodian.
 *
 * @example
 * ```ts
 * consentsFor(profile, { ura: "00001234", type: "RPZAC104" }, at);
 * ```
 */
export function consentsFor(
  profile: ConsentProfile,
  custodian: { readonly ura: string; readonly type?: string },
  at: Instant,
): ReadonlyArray<Choice> {
  return profile.choices.filter((c) => {
    const cu = c.custodian;
    const matches =
      cu._tag === "AllCustodians" ||
      (cu._tag === "Organisation" && cu.ura === custodian.ura) ||
      (cu._tag === "ProviderType" && cu.type === custodian.type);
    return matches && c.from <= at && (c.until === undefined || at < c.until);
  });
}

/** Citation of the replacement rule (spec §2, MITZ §2c: choices are made and changed). */
export const replacementCitation = cite(
  "MITZ",
  "§2c",
  "a newer choice for the same key replaces the older one",
);
