/**
 * Retention facts for `@zorgkit/retention-policy` (MITZ §4, VJZ §2 and §4). Two stores with
 * different rules: the profile's own data (kept while the profile is active, deleted when the
 * patient deletes it) and the NEN 7513 audit log (kept 5 years, not deleted with the profile);
 * plus the notification subscription (e-mail and BSN kept while subscribed).
 *
 * A fact is a record as `evaluate(record, policy, now)` consumes it: its record class and the
 * dates (Europe/Amsterdam) of the events its rules count from.
 *
 * @module
 */
import { type Citation, type LocalDate, localDateOf } from "@zorgkit/core";
import type { ConsentAuditRecord } from "./audit.js";
import type { ConsentEvent } from "./events.js";
import { sortEvents } from "./profile.js";
import type { ConsentRules } from "./rulebook.js";

/** Record classes this package produces. */
export type ConsentRecordClass = "mitz-profile" | "audit-log" | "notification-subscription";

/** A record for the retention policy: class, event dates, holds. */
export interface RetentionFact {
  readonly id: string;
  readonly recordClass: ConsentRecordClass;
  /** Event name → date: `created`, `last-changed`, `profile-deleted`, `written`, `subscribed`, `unsubscribed`. */
  readonly events: Readonly<Record<string, LocalDate>>;
  readonly holds: ReadonlyArray<string>;
  readonly source: Citation;
}

/**
 * The retention facts of an event log: one `mitz-profile` record per profile lifetime
 * (created → profile-deleted), one `notification-subscription` record per subscription
 * (subscribed → unsubscribed), and one `audit-log` record per event (written on its date).
 *
 * @example
 * ```ts
 * import { bsn, date, instant } from "@zorgkit/core";
 * import { mitzRules, retentionFacts } from "@zorgkit/consent";
 *
 * const facts = retentionFacts([
 *   { _tag: "ProfileCreated", eventId: "e1", at: instant("2026-01-05T09:00:00+01:00"), patient: bsn("111222333"), actor: { _tag: "Patient" }, birthDate: date("1980-05-17") },
 * ], mitzRules);
 * facts.map((f) => f.recordClass); // => ["audit-log", "mitz-profile"]
 * ```
 */
export function retentionFacts(
  events: ReadonlyArray<ConsentEvent>,
  rules: ConsentRules,
): ReadonlyArray<RetentionFact> {
  const out: Array<RetentionFact> = [];
  let profile: { id: string; events: Record<string, LocalDate> } | undefined;
  let subscription: { id: string; events: Record<string, LocalDate> } | undefined;
  const profileSource = rules.clauses.profileRetention;
  const subscriptionSource = rules.clauses.subscriptionRetention;
  const loggingSource = rules.clauses.loggingRetention;
  const closeSubscription = () => {
    if (subscription !== undefined)
      out.push({
        ...subscription,
        recordClass: "notification-subscription",
        holds: [],
        source: subscriptionSource,
      });
    subscription = undefined;
  };
  for (const e of sortEvents(events)) {
    const day = localDateOf(e.at);
    out.push({
      id: `audit:${e.eventId}`,
      recordClass: "audit-log",
      events: { written: day },
      holds: [],
      source: loggingSource,
    });
    if (e._tag === "ProfileCreated" && profile === undefined) {
      profile = { id: `profile:${e.eventId}`, events: { created: day, "last-changed": day } };
      continue;
    }
    if (profile === undefined) continue;
    if (e._tag === "NotificationsSubscribed") {
      closeSubscription();
      subscription = { id: `subscription:${e.eventId}`, events: { subscribed: day } };
    } else if (e._tag === "NotificationsUnsubscribed" && subscription !== undefined) {
      subscription.events.unsubscribed = day;
      closeSubscription();
    } else {
      profile.events["last-changed"] = day;
    }
    if (e._tag === "ProfileDeleted") {
      profile.events["profile-deleted"] = day;
      if (subscription !== undefined) subscription.events.unsubscribed = day;
      closeSubscription();
      out.push({ ...profile, recordClass: "mitz-profile", holds: [], source: profileSource });
      profile = undefined;
    }
  }
  closeSubscription();
  if (profile !== undefined)
    out.push({ ...profile, recordClass: "mitz-profile", holds: [], source: profileSource });
  return out;
}

/**
 * The retention fact of a consent-check audit record (NEN 7513 log, kept 5 years from the day it
 * was logged — `record.loggedAt`, not the instant the check was about).
 *
 * @example
 * ```ts
 * import { bsn, instant, uraNumber, uziNumber } from "@zorgkit/core";
 * import { auditRecord, auditRetentionFact, compileProfile, decide, foldProfile, mitzRules } from "@zorgkit/consent";
 *
 * const request = {
 *   patient: bsn("111222333"),
 *   custodian: { ura: uraNumber("00001111"), type: "RPZAC104" },
 *   dataCategory: "GGC012",
 *   requester: { ura: uraNumber("00003333"), category: "RPZAC001", professional: { uzi: uziNumber("000000011"), role: "01.015" } },
 *   purpose: "TREAT",
 *   treatmentRelationship: true,
 *   at: instant("2026-12-01T10:00:00+01:00"),
 * };
 * const fact = auditRetentionFact("check-42", auditRecord(request, decide(request, compileProfile(foldProfile([], mitzRules), mitzRules)), mitzRules));
 * fact.recordClass; // => "audit-log"
 * ```
 */
export function auditRetentionFact(id: string, record: ConsentAuditRecord): RetentionFact {
  return {
    id: `audit:${id}`,
    recordClass: "audit-log",
    events: { written: localDateOf(record.loggedAt) },
    holds: [],
    source: record.source,
  };
}
