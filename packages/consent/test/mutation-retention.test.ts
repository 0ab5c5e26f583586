// Tests that kill surviving mutants of src/retention.ts (issue #17, docs/quality.md): the retention
// facts of an event log. MITZ §4: the profile's data is kept while the profile is active and
// deleted with it (one `mitz-profile` record per lifetime, created → profile-deleted), the logging
// 5 years (one `audit-log` record per event, written on its day); VJZ §4: the notification
// subscription is kept while subscribed (one record per subscription, subscribed → unsubscribed,
// closed when the profile is deleted). No record carries a hold. Every result inside its `it`.
import { type Citation, date, instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  auditRecord,
  auditRetentionFact,
  type ConsentEvent,
  compileProfile,
  decide,
  foldProfile,
  mitzRules,
  RESULTS,
  retentionFacts,
} from "../src/index.js";
import { created, hospitalX, org, patient, recorded, request, self, subscribed } from "./fixtures.js";

const plain = (at: string, tag: "ProfileDeleted" | "NotificationsUnsubscribed"): ConsentEvent => ({
  _tag: tag,
  eventId: `${tag}@${at}`,
  at: instant(at),
  patient,
  actor: self,
});
const permitX = { custodian: org(hospitalX), dataCategory: ALL_DATA, decision: "permit" as const };
const { profileRetention, subscriptionRetention, loggingRetention } = mitzRules.clauses;
const audit = (e: ConsentEvent, day: string) => ({
  id: `audit:${e.eventId}`,
  recordClass: "audit-log",
  events: { written: date(day) },
  holds: [],
  source: loggingRetention,
});
const record = (
  id: string,
  recordClass: string,
  events: Record<string, string>,
  source: Citation,
): Record<string, unknown> => ({
  id,
  recordClass,
  events: Object.fromEntries(Object.entries(events).map(([k, v]) => [k, date(v)])),
  holds: [],
  source,
});
const profileRecord = (eventId: string | undefined, events: Record<string, string>) =>
  record(`profile:${eventId}`, "mitz-profile", events, profileRetention);
const subscriptionRecord = (eventId: string | undefined, events: Record<string, string>) =>
  record(`subscription:${eventId}`, "notification-subscription", events, subscriptionRetention);

describe("retentionFacts: the profile, its subscriptions and the log (MITZ §4, VJZ §4)", () => {
  it("a profile with two subscriptions, deleted, then a new open profile: each record with its dates, no holds", () => {
    const ev = [
      created("2026-01-05T09:00:00+01:00"),
      subscribed("2026-01-06T09:00:00+01:00"),
      recorded("2026-01-07T09:00:00+01:00", "a", permitX),
      plain("2026-01-08T09:00:00+01:00", "NotificationsUnsubscribed"),
      subscribed("2026-01-09T09:00:00+01:00"),
      plain("2026-01-10T09:00:00+01:00", "ProfileDeleted"),
      created("2026-02-01T09:00:00+01:00"),
      recorded("2026-02-02T09:00:00+01:00", "b", permitX),
    ] as const;
    const id = (i: number) => ev[i]?.eventId;
    expect(retentionFacts(ev, mitzRules)).toEqual([
      audit(ev[0], "2026-01-05"),
      audit(ev[1], "2026-01-06"),
      audit(ev[2], "2026-01-07"),
      audit(ev[3], "2026-01-08"),
      subscriptionRecord(id(1), { subscribed: "2026-01-06", unsubscribed: "2026-01-08" }),
      audit(ev[4], "2026-01-09"),
      audit(ev[5], "2026-01-10"),
      subscriptionRecord(id(4), { subscribed: "2026-01-09", unsubscribed: "2026-01-10" }),
      profileRecord(id(0), {
        created: "2026-01-05",
        "last-changed": "2026-01-10",
        "profile-deleted": "2026-01-10",
      }),
      audit(ev[6], "2026-02-01"),
      audit(ev[7], "2026-02-02"),
      profileRecord(id(6), { created: "2026-02-01", "last-changed": "2026-02-02" }),
    ]);
  });
  it("a subscription open at the end of the log is a record without an unsubscribed date, the profile's last change is its last choice", () => {
    const ev = [
      created("2026-03-01T09:00:00+01:00"),
      recorded("2026-03-02T09:00:00+01:00", "a", permitX),
      subscribed("2026-03-03T09:00:00+01:00"),
    ];
    expect(retentionFacts(ev, mitzRules).filter((f) => f.recordClass !== "audit-log")).toEqual([
      subscriptionRecord(ev[2]?.eventId, { subscribed: "2026-03-03" }),
      profileRecord(ev[0]?.eventId, { created: "2026-03-01", "last-changed": "2026-03-02" }),
    ]);
  });
  it("a profile deleted without a subscription, and an unsubscribe without one, give no subscription record", () => {
    const ev = [
      created("2026-03-01T09:00:00+01:00"),
      plain("2026-03-02T09:00:00+01:00", "NotificationsUnsubscribed"),
      plain("2026-03-03T09:00:00+01:00", "ProfileDeleted"),
    ];
    expect(retentionFacts(ev, mitzRules).filter((f) => f.recordClass !== "audit-log")).toEqual([
      profileRecord(ev[0]?.eventId, {
        created: "2026-03-01",
        "last-changed": "2026-03-03",
        "profile-deleted": "2026-03-03",
      }),
    ]);
  });
  it("events before the profile exists are logged only: no profile or subscription record starts from them", () => {
    const ev = [
      subscribed("2026-03-01T09:00:00+01:00"),
      recorded("2026-03-02T09:00:00+01:00", "a", permitX),
      plain("2026-03-03T09:00:00+01:00", "ProfileDeleted"),
    ];
    expect(retentionFacts(ev, mitzRules).map((f) => [f.id, f.recordClass])).toEqual(
      ev.map((e) => [`audit:${e.eventId}`, "audit-log"]),
    );
  });
  it("a second ProfileCreated while the profile exists (refused, MITZ §4) does not start a new profile record", () => {
    const ev = [created("2026-03-01T09:00:00+01:00"), created("2026-03-02T09:00:00+01:00")];
    expect(
      retentionFacts(ev, mitzRules)
        .filter((f) => f.recordClass === "mitz-profile")
        .map((f) => [f.id, f.events.created]),
    ).toEqual([[`profile:${ev[0]?.eventId}`, date("2026-03-01")]]);
  });
});

describe("auditRetentionFact: a consent check's log record is kept from the day it was logged (MITZ §4)", () => {
  it("a check about 1 December logged on 2 December is one audit-log record written on 2 December, no holds", () => {
    const r = request("2026-12-01T23:30:00+01:00", { dataCategory: RESULTS });
    const record = auditRecord(
      r,
      decide(r, compileProfile(foldProfile([], mitzRules), mitzRules)),
      mitzRules,
      {
        loggedAt: instant("2026-12-02T00:10:00+01:00"),
      },
    );
    expect(auditRetentionFact("check-42", record)).toEqual({
      id: "audit:check-42",
      recordClass: "audit-log",
      events: { written: date("2026-12-02") },
      holds: [],
      source: loggingRetention,
    });
  });
});
