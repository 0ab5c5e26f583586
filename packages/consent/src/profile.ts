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
import {
  type Citation,
  formatCitation,
  type Instant,
  type LocalDate,
  localDateOf,
  type Step,
  step,
  tryFromEpochMillis,
} from "@zorgkit/core";
import { codeIndexOf } from "./codes.js";
import type { ChoiceChange, ConsentEffect, NotifyPatient, OutboxEntry } from "./effects.js";
import type { ConsentEvent, ConsentEventTag, EventOf } from "./events.js";
import type { Bsn } from "./identifiers.js";
import { maskBsnRuns } from "./ids.js";
import { type Actor, type Choice, type ChoiceDraft, type Custodian, choiceKey, makeChoice } from "./model.js";
import { type MayRecordOptions, mayRecord, type RecordAction } from "./representation.js";
import { type ConsentClauses, type ConsentRules, emergencyMaxMs } from "./rulebook.js";

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
export interface ConsentRejectedEvent {
  /** The event's id (a BSN-shaped run in it is masked). */
  readonly eventId: string;
  readonly at: Instant;
  /** Why, in English (the step's `en`; no BSN). */
  readonly reason: string;
  /** The rule that refused the event, with its citations, in both languages. */
  readonly step: Step;
}

/** The consent profile (toestemmingsprofiel) of one patient at one instant. */
export interface ConsentProfile {
  readonly patient: Bsn | undefined;
  readonly birthDate: LocalDate | undefined;
  /** Where the birth date comes from (MITZ §4 is silent): the BRP, or stated when the profile was made. */
  readonly birthDateSource: "brp" | "stated" | undefined;
  /** When the current profile was created; `undefined` before creation and after deletion. */
  readonly createdAt: Instant | undefined;
  /** The instant this snapshot describes (the last event applied, or the `profileAt` instant). */
  readonly asOf: Instant | undefined;
  /** Choices in force (regular choices and emergency consents, possibly expired ones). */
  readonly choices: ReadonlyArray<Choice>;
  readonly pending: ReadonlyArray<PendingChoice>;
  readonly subscription: { readonly email: string; readonly since: Instant } | undefined;
  readonly rejected: ReadonlyArray<ConsentRejectedEvent>;
  /** The instant of the last change to the profile's data (for retention). */
  readonly lastChangeAt: Instant | undefined;
}

/** A profile with no events. */
export const emptyProfile: ConsentProfile = {
  patient: undefined,
  birthDate: undefined,
  birthDateSource: undefined,
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
  birthDateSource: "brp" | "stated" | undefined;
  createdAt: Instant | undefined;
  asOf: Instant | undefined;
  choices: Map<string, Choice>;
  byKey: Map<string, string>;
  pending: Map<string, PendingChoice>;
  subscription: { email: string; since: Instant } | undefined;
  rejected: Array<ConsentRejectedEvent>;
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
 * import { instant } from "@zorgkit/core";
 * import { sortEvents } from "@zorgkit/consent";
 *
 * sortEvents([]).length; // => 0
 * ```
 */
export function sortEvents(events: ReadonlyArray<ConsentEvent>): ReadonlyArray<ConsentEvent> {
  return events
    .map((e, i) => [e, i] as const)
    .sort((a, b) => a[0].at - b[0].at || a[1] - b[1])
    .map(([e]) => e);
}

/** A rejection of the fold's own (not a `mayRecord` rule), with its citation. */
interface Refusal {
  readonly rule: string;
  readonly citations: ReadonlyArray<Citation>;
  readonly en: string;
  readonly nl: string;
}

type Handlers = {
  readonly [T in ConsentEventTag]: (e: EventOf<T>) => undefined;
};

class Folder {
  readonly s: State = {
    patient: undefined,
    birthDate: undefined,
    birthDateSource: undefined,
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

  readonly rootCategory: string;
  /** The clauses the fold's own refusals cite (ADR 0007: from the rulebook). */
  readonly k: ConsentClauses;

  constructor(
    readonly collectEffects: boolean,
    readonly rules: ConsentRules,
  ) {
    this.rootCategory = rootCategoryOf(rules);
    this.k = rules.clauses;
  }

  /** Record a rejected event: a refusal of the fold's own, or the deciding step of `mayRecord`. */
  reject(e: ConsentEvent, refusal: Refusal | Step): undefined {
    const st =
      "output" in refusal
        ? refusal
        : step({
            rule: refusal.rule,
            inputs: { event: e._tag },
            output: false,
            citations: refusal.citations,
            en: maskBsnRuns(refusal.en),
            nl: maskBsnRuns(refusal.nl),
          });
    this.s.rejected.push({ eventId: maskBsnRuns(e.eventId), at: e.at, reason: maskBsnRuns(st.en), step: st });
    return undefined;
  }

  allowed(e: ConsentEvent, action: RecordAction, extra: MayRecordOptions = {}, birthDate?: LocalDate) {
    const r = mayRecord(
      { ...extra, action, actor: e.actor, birthDate: birthDate ?? (this.s.birthDate as LocalDate) },
      this.rules,
      e.at,
    );
    if (r.value !== "allowed") {
      const reason = r.reasons[0];
      if (reason !== undefined) this.reject(e, reason);
      return undefined;
    }
    return { status: r.details.status };
  }

  emit(e: ConsentEvent, effect: ConsentEffect): void {
    if (this.collectEffects) this.effects.push({ eventId: e.eventId, effect });
  }

  notify(
    e: ConsentEvent,
    change: ChoiceChange,
    choiceId: string | undefined,
    custodians: ReadonlyArray<Custodian>,
    lasting: NotifyPatient["lasting"] = undefined,
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
        lasting,
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

  /**
   * A choice now in force makes older pending choices for the same key obsolete: a parent's later
   * confirmation of a minor's earlier "ja" must not replace the "nee" the minor recorded after it
   * (a newer choice for the same key replaces the older one, MITZ §2c; this library's reading).
   */
  dropStalePending(c: ChoiceDraft): void {
    const key = choiceKey(c);
    for (const [id, p] of this.s.pending)
      if (
        p.withdraws !== true &&
        p.choice.recordedAt <= c.recordedAt &&
        p.choice.id !== c.id &&
        choiceKey(p.choice) === key
      )
        this.s.pending.delete(id);
  }

  /** Whether the choice in force for the draft's key is a deny recorded at or after the draft. */
  objectionNotOlder(c: ChoiceDraft): boolean {
    const id = this.s.byKey.get(choiceKey(c));
    const old = id === undefined ? undefined : this.s.choices.get(id);
    return old !== undefined && old.decision === "deny" && old.recordedAt >= c.recordedAt;
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
    if (e._tag === "ProfileCreated") return this.handlers.ProfileCreated(e);
    if (s.createdAt === undefined)
      return this.reject(e, {
        rule: "no-profile",
        citations: [this.k.profileData],
        en: "There is no profile at this instant (before its creation or after its deletion).",
        nl: "Er is op dit moment geen profiel (voor het aanmaken of na het verwijderen).",
      });
    if (s.patient !== e.patient) return this.reject(e, anotherPatient(this.k));
    const before = this.collectEffects ? permittedCustodians(s) : undefined;
    (this.handlers[e._tag] as (e: ConsentEvent) => undefined)(e);
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

  /** One handler per event type (the rule each event follows). */
  readonly handlers: Handlers = {
    /**
     * Only the patient, a representative of a patient of 16 or older, a treating provider on the
     * patient's request or an import creates the profile (MITZ §1c, §5b–d, §6a, §6c; issue #10,
     * decision 6). A refused creation leaves the way open for the patient's own.
     */
    ProfileCreated: (e) => {
      const s = this.s;
      if (s.createdAt !== undefined)
        return this.reject(e, {
          rule: "profile-exists",
          citations: [this.k.profileData],
          en: "A profile already exists for this patient.",
          nl: "Er bestaat al een profiel voor deze patiënt.",
        });
      if (s.patient !== undefined && s.patient !== e.patient) return this.reject(e, anotherPatient(this.k));
      const ok = this.allowed(
        e,
        "create-profile",
        {
          ...optional("onPatientRequest", e.onPatientRequest),
          ...optional("treatmentRelationship", e.treatmentRelationship),
          imported: e.source === "import",
        },
        e.birthDate,
      );
      if (ok === undefined) return;
      s.patient = e.patient;
      s.birthDate = e.birthDate;
      s.birthDateSource = e.birthDateSource ?? "stated";
      s.createdAt = e.at;
      s.lastChangeAt = e.at;
      return;
    },
    BirthDateCorrected: (e) => {
      // As for ProfileCreated (and decodeEventLog): a birth date after the day would put every
      // later action before the birth, where no one may act and nothing could be withdrawn.
      if (e.birthDate > localDateOf(e.at))
        return this.reject(e, {
          rule: "patient-not-born",
          citations: [this.k.minors],
          en: "The corrected birth date lies after the day of the correction: the patient would not be born yet.",
          nl: "De verbeterde geboortedatum ligt na de dag van de verbetering: de patiënt zou nog niet geboren zijn.",
        });
      const ok = this.allowed(e, "correct-birth-date", {
        birthDateSource: e.birthDateSource,
        ...optional("currentBirthDateSource", this.s.birthDateSource),
        ...optional("onPatientRequest", e.onPatientRequest),
        ...optional("treatmentRelationship", e.treatmentRelationship),
      });
      if (ok === undefined) return;
      this.s.birthDate = e.birthDate;
      this.s.birthDateSource = e.birthDateSource;
      this.s.lastChangeAt = e.at;
      return;
    },
    ChoiceRecorded: (e) => {
      const s = this.s;
      const imported = e.source === "import";
      if (s.usedIds.has(e.choiceId)) return this.reject(e, idUsed(e.choiceId, this.k));
      if (
        imported &&
        (e.custodian._tag !== "Organisation" ||
          e.actor._tag !== "Provider" ||
          e.custodian.ura !== e.actor.ura)
      )
        return this.reject(e, {
          rule: "import-for-the-importing-provider",
          citations: [this.k.providerImports],
          en: `An imported consent is one given earlier to the importing provider itself (${formatCitation(this.k.providerImports)}).`,
          nl: `Een geïmporteerde toestemming is eerder aan de importerende zorgaanbieder zelf gegeven (${formatCitation(this.k.providerImports)}).`,
        });
      const ok = this.allowed(e, "record", {
        ...optional("onPatientRequest", e.onPatientRequest),
        ...optional("treatmentRelationship", e.treatmentRelationship),
        imported,
        decision: e.decision,
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
        this.dropStalePending(base);
        this.notify(e, "recorded", e.choiceId, [e.custodian]);
      }
      return;
    },
    ChoiceWithdrawn: (e) => {
      const s = this.s;
      const existing = s.choices.get(e.choiceId);
      const pending = s.pending.get(e.choiceId);
      if (existing === undefined && pending === undefined)
        return this.reject(e, {
          rule: "nothing-to-withdraw",
          citations: [this.k.choices],
          en: `There is no choice ${e.choiceId} in force or pending to withdraw.`,
          nl: `Er is geen geldende of wachtende keuze ${e.choiceId} om in te trekken.`,
        });
      if (this.conflicts.has(`${e.choiceId}@${e.at}`))
        return this.reject(e, {
          rule: "withdrawal-coincides-with-confirmation",
          citations: [this.k.emergency],
          en: "This withdrawal coincides with a confirmation of the same emergency consent; its validity cannot be established.",
          nl: "Deze intrekking valt samen met een bevestiging van dezelfde spoedtoestemming; de geldigheid is niet vast te stellen.",
        });
      const ok = this.allowed(e, "withdraw", {
        ...optional("onPatientRequest", e.onPatientRequest),
        ...optional("treatmentRelationship", e.treatmentRelationship),
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
    },
    /**
     * "Withdraw all consents" withdraws consents (VJZ §2 speaks of *toestemmingen*): permits,
     * emergency consents and pending permits (a minor's pending lifting of an objection
     * included). Recorded objections stay, so lifting a minor's objection keeps its two-person
     * rule (issue #10, decision 4).
     */
    AllChoicesWithdrawn: (e) => {
      const s = this.s;
      const ok = this.allowed(e, "withdraw");
      if (ok === undefined) return;
      const withdrawn = [...s.choices.values()].filter((c) => c.decision === "permit");
      for (const c of withdrawn) this.remove(c.id);
      for (const [id, p] of s.pending)
        if (p.choice.decision === "permit" || p.withdraws === true || p.confirmsEmergency !== undefined)
          s.pending.delete(id);
      s.lastChangeAt = e.at;
      this.notify(
        e,
        "all-withdrawn",
        undefined,
        withdrawn.map((c) => c.custodian),
      );
      return;
    },
    EmergencyConsentRecorded: (e) => {
      const s = this.s;
      if (s.usedIds.has(e.choiceId)) return this.reject(e, idUsed(e.choiceId, this.k));
      // A typed event past the instant range (decodeEventLog refuses it): its end would be a day
      // no explanation or FHIR resource can write.
      if (e.validUntil === undefined && tryFromEpochMillis(e.at + emergencyMaxMs(this.rules)) === undefined)
        return this.reject(e, {
          rule: "emergency-end-beyond-range",
          citations: [this.k.emergency],
          en: "This emergency consent would end after 9999-12-30T23:59:59.999Z, the last instant this library holds.",
          nl: "Deze spoedtoestemming zou eindigen na 9999-12-30T23:59:59.999Z, het laatste moment dat deze bibliotheek kent.",
        });
      const ok = this.allowed(e, "record-emergency", {
        ...optional("treatmentRelationship", e.treatmentRelationship),
        basis: e.basis,
        ...optional("agreedBy", e.agreedBy),
      });
      if (ok === undefined || e.actor._tag !== "Provider") return;
      s.usedIds.add(e.choiceId);
      const until = Math.min(
        e.validUntil ?? Number.POSITIVE_INFINITY,
        e.at + emergencyMaxMs(this.rules),
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
    },
    EmergencyConsentConfirmed: (e) => {
      const s = this.s;
      const em = s.choices.get(e.choiceId);
      if (em === undefined || em.origin !== "emergency")
        return this.reject(e, {
          rule: "no-emergency-consent",
          citations: [this.k.emergency],
          en: `There is no emergency consent ${e.choiceId} to confirm.`,
          nl: `Er is geen spoedtoestemming ${e.choiceId} om te bevestigen.`,
        });
      if (em.until === undefined)
        return this.reject(e, {
          rule: "emergency-consent-already-confirmed",
          citations: [this.k.emergency],
          en: `Emergency consent ${e.choiceId} is already confirmed.`,
          nl: `Spoedtoestemming ${e.choiceId} is al bevestigd.`,
        });
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
      this.notify(e, "emergency-confirmed", e.choiceId, [], lastingScope(em));
      return;
    },
    RepresentativeConfirmed: (e) => {
      const s = this.s;
      const p = s.pending.get(e.choiceId);
      if (p === undefined)
        return this.reject(e, {
          rule: "nothing-to-confirm",
          citations: [this.k.minors],
          en: `There is no pending choice ${e.choiceId} to confirm.`,
          nl: `Er is geen wachtende keuze ${e.choiceId} om te bevestigen.`,
        });
      const ok = this.allowed(e, "confirm");
      if (ok === undefined) return;
      if (
        p.withdraws !== true &&
        p.confirmsEmergency === undefined &&
        p.choice.decision === "permit" &&
        this.objectionNotOlder(p.choice)
      ) {
        // A deny for the same key recorded at the same instant as (or after) the pending choice is
        // in force: the tie goes to the deny, whatever the input order (module note; MITZ §5d).
        s.pending.delete(e.choiceId);
        return this.reject(e, {
          rule: "objection-recorded-with-or-after-pending-choice",
          citations: [this.k.choices, this.k.minors],
          en: `A "no" for the same custodian, data and requesters was recorded at the same instant as pending choice ${e.choiceId} or after it: the "no" stays in force and the pending choice lapses.`,
          nl: `Een "nee" voor dezelfde bronhouder, gegevens en opvragers is op hetzelfde moment als de wachtende keuze ${e.choiceId} of daarna vastgelegd: het "nee" blijft gelden en de wachtende keuze vervalt.`,
        });
      }
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
          this.notify(e, "confirmed-by-representative", e.choiceId, [], lastingScope(em));
          return;
        }
      }
      this.activate(makeChoice(p.choice, e.at, undefined, undefined, e.actor));
      this.notify(e, "confirmed-by-representative", e.choiceId, [p.choice.custodian]);
      return;
    },
    ProfileDeleted: (e) => {
      const s = this.s;
      const ok = this.allowed(e, "delete-profile", {
        withdrawsObjection: [...s.choices.values()].some((c) => c.decision === "deny"),
      });
      if (ok === undefined) return;
      const involved = [...s.choices.values()].map((c) => c.custodian);
      this.notify(e, "profile-deleted", undefined, involved);
      s.choices.clear();
      s.byKey.clear();
      s.pending.clear();
      s.subscription = undefined;
      s.createdAt = undefined;
      s.birthDate = undefined;
      s.birthDateSource = undefined;
      s.usedIds.clear();
      s.lastChangeAt = e.at;
      return;
    },
    NotificationsSubscribed: (e) => {
      const ok = this.allowed(e, "subscribe");
      if (ok === undefined) return;
      this.s.subscription = { email: e.email, since: e.at };
      return;
    },
    NotificationsUnsubscribed: (e) => {
      const ok = this.allowed(e, "subscribe");
      if (ok === undefined) return;
      // VJZ §4: the e-mail address and BSN leave the subscription data.
      this.s.subscription = undefined;
      return;
    },
  };

  /**
   * MITZ §2d, this library's reading: confirmed while still valid → a regular choice without a
   * gap; confirmed after expiry → a new regular choice from the confirmation on. Either way a
   * lasting "every custodian, all data" permit towards the recording provider (decision 10).
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
      birthDateSource: s.birthDateSource,
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

const anotherPatient = (k: ConsentClauses): Refusal => ({
  rule: "event-of-another-patient",
  citations: [k.profileData],
  en: "The event belongs to another patient.",
  nl: "De gebeurtenis hoort bij een andere patiënt.",
});

const idUsed = (id: string, k: ConsentClauses): Refusal => ({
  rule: "choice-id-used",
  citations: [k.choices],
  en: `Choice id ${id} is already used.`,
  nl: `Keuze-id ${id} is al in gebruik.`,
});

/** What a confirmed emergency consent becomes: a lasting permit of this scope (decision 10). */
function lastingScope(em: Choice): NotifyPatient["lasting"] {
  return { custodian: em.custodian, dataCategory: em.dataCategory, requesters: em.requesters };
}

/** `{ [key]: value }` when the value is defined, else `{}` (exact optional properties). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The root data category ("all data") of a rulebook's code lists (what an emergency consent covers).
 *
 * @example
 * ```ts
 * import { mitzRules, rootCategoryOf } from "@zorgkit/consent";
 *
 * rootCategoryOf(mitzRules); // => "zorgkit:all"
 * ```
 */
export function rootCategoryOf(rules: ConsentRules): string {
  const index = codeIndexOf(rules);
  return index.categoryCodes[index.depth.indexOf(0)] as string;
}

function run(events: ReadonlyArray<ConsentEvent>, collectEffects: boolean, rules: ConsentRules): Folder {
  const f = new Folder(collectEffects, rules);
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
 * import { mitzRules, replay } from "@zorgkit/consent";
 *
 * const { profile, effects } = replay([], mitzRules);
 * effects.length; // => 0
 * profile.choices.length; // => 0
 * ```
 */
export function replay(
  events: ReadonlyArray<ConsentEvent>,
  rules: ConsentRules,
): {
  readonly profile: ConsentProfile;
  readonly effects: ReadonlyArray<OutboxEntry>;
} {
  const f = run(events, true, rules);
  return { profile: f.snapshot(undefined), effects: f.effects };
}

/**
 * The profile as it stood at `at`: the fold of only the events up to and including `at`
 * (time travel: "what had the patient agreed to when this data was fetched?").
 *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 * import { mitzRules, profileAt } from "@zorgkit/consent";
 *
 * const then = profileAt([], mitzRules, instant("2026-03-01T12:00:00+01:00"));
 * then.createdAt; // => undefined
 * ```
 */
export function profileAt(
  events: ReadonlyArray<ConsentEvent>,
  rules: ConsentRules,
  at: Instant,
): ConsentProfile {
  const f = run(
    events.filter((e) => e.at <= at),
    false,
    rules,
  );
  return f.snapshot(at);
}

/** The profile after all events (no effects collected).
 *
 * @example
 * ```ts
 * import { foldProfile, mitzRules } from "@zorgkit/consent";
 *
 * foldProfile([], mitzRules).choices.length; // => 0
 * ```
 */
export function foldProfile(events: ReadonlyArray<ConsentEvent>, rules: ConsentRules): ConsentProfile {
  return run(events, false, rules).snapshot(undefined);
}

/** Options of {@link consentsFor}. */
export interface ConsentsForOptions {
  /**
   * Also list unconfirmed emergency consents (default `false`): an emergency consent is addressed
   * to the provider that recorded it, so listing it for every custodian would tell a dentist that
   * the patient was in acute care (MITZ §2e, §4; issue #10, decision 5). For an adapter that knows
   * the custodian is being asked by that requester.
   */
  readonly includeEmergency?: boolean;
}

/**
 * The choices granted to a custodian that count at `at` (MITZ §2e: a provider sees the consents
 * the patient gives it): choices naming its URA, its provider type, or every custodian.
 * Unconfirmed emergency consents are left out unless `{ includeEmergency: true }`; a confirmed
 * one is a regular permit and is listed like one.
 *
 * @example
 * ```ts
 * import { instant, uraNumber } from "@zorgkit/core";
 * import { consentsFor, foldProfile, mitzRules } from "@zorgkit/consent";
 *
 * const listed = consentsFor(foldProfile([], mitzRules), { ura: uraNumber("00001234"), type: "RPZAC104" }, instant("2026-12-01T10:00:00+01:00"));
 * listed.length; // => 0
 * ```
 */
export function consentsFor(
  profile: ConsentProfile,
  custodian: { readonly ura: string; readonly type?: string },
  at: Instant,
  options: ConsentsForOptions = {},
): ReadonlyArray<Choice> {
  const withEmergency = options.includeEmergency === true;
  return profile.choices.filter((c) => {
    const cu = c.custodian;
    const matches =
      cu._tag === "AllCustodians" ||
      (cu._tag === "Organisation" && cu.ura === custodian.ura) ||
      (cu._tag === "ProviderType" && cu.type === custodian.type);
    if (!withEmergency && c.origin === "emergency" && c.until !== undefined) return false;
    return matches && c.from <= at && (c.until === undefined || at < c.until);
  });
}
