import { fromEpochMillis } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ConsentEvent,
  type ConsentProfile,
  foldProfile,
  mitzRules,
  profileAt,
  replay,
} from "../src/index.js";
import { arbEventLog } from "../src/testing.js";

/** The events that record or change a choice (MITZ §6b: "vastgelegd of gewijzigd"). */
const choiceChanging = new Set<ConsentEvent["_tag"]>([
  "ChoiceRecorded",
  "ChoiceWithdrawn",
  "AllChoicesWithdrawn",
  "EmergencyConsentRecorded",
  "EmergencyConsentConfirmed",
  "RepresentativeConfirmed",
  "ProfileDeleted",
]);
const withoutAsOf = ({ asOf: _asOf, ...rest }: ConsentProfile) => rest;

describe("time travel: profileAt (spec §2, §11)", () => {
  it("profileAt(events, mitzRules, t) equals folding only the events up to t", () => {
    fc.assert(
      fc.property(arbEventLog(), fc.integer({ min: 0, max: 11_000 }), (events, minute) => {
        const t = fromEpochMillis(events[0]!.at + minute * 60_000);
        const prefix = events.filter((e) => e.at <= t);
        expect(withoutAsOf(profileAt(events, mitzRules, t))).toEqual(
          withoutAsOf(foldProfile(prefix, mitzRules)),
        );
        expect(profileAt(events, mitzRules, t).asOf).toBe(t);
      }),
    );
  });

  it("events after t never change the profile as it stood at t (the past is not rewritten)", () => {
    fc.assert(
      fc.property(
        arbEventLog(),
        arbEventLog(),
        fc.integer({ min: 0, max: 11_000 }),
        (events, later, minute) => {
          const t = fromEpochMillis(events[0]!.at + minute * 60_000);
          const patient = events[0]!.patient;
          const shifted = later.map((e, i) => ({
            ...e,
            patient,
            eventId: `later-${i}`,
            at: fromEpochMillis(t + 1 + (e.at - later[0]!.at)),
          }));
          expect(profileAt([...events, ...shifted], mitzRules, t)).toEqual(profileAt(events, mitzRules, t));
        },
      ),
    );
  });

  it("at the last event, profileAt equals the full fold", () => {
    fc.assert(
      fc.property(arbEventLog({ minEvents: 1 }), (events) => {
        const last = fromEpochMillis(Math.max(...events.map((e) => e.at)));
        expect(withoutAsOf(profileAt(events, mitzRules, last))).toEqual(
          withoutAsOf(foldProfile(events, mitzRules)),
        );
      }),
    );
  });
});

describe("the outbox (spec §6)", () => {
  it("register and deregister effects alternate per custodian and end in the profile's permitted custodians", () => {
    fc.assert(
      fc.property(arbEventLog(), (events) => {
        const { profile, effects } = replay(events, mitzRules);
        const state = new Map<string, boolean>();
        for (const { effect } of effects) {
          if (effect._tag !== "RegisterInReferenceIndex" && effect._tag !== "DeregisterFromReferenceIndex")
            continue;
          const key = JSON.stringify(effect.custodian);
          const registered = state.get(key) ?? false;
          expect(registered).toBe(effect._tag === "DeregisterFromReferenceIndex");
          state.set(key, effect._tag === "RegisterInReferenceIndex");
        }
        const permitted = new Set(
          profile.choices
            .filter((c) => c.decision === "permit" && c.until === undefined)
            .map((c) => JSON.stringify(c.custodian)),
        );
        const registered = new Set([...state].filter(([, on]) => on).map(([k]) => k));
        expect(registered).toEqual(permitted);
      }),
    );
  });

  it("a subscribed patient gets a NotifyPatient for every applied choice event, and nobody else is notified", () => {
    fc.assert(
      fc.property(arbEventLog(), (events) => {
        const { effects } = replay(events, mitzRules);
        for (const { effect } of effects)
          if (effect._tag === "NotifyPatient") expect(effect.patient).toBe(events[0]!.patient);
        const rejected = new Set(replay(events, mitzRules).profile.rejected.map((r) => r.eventId));
        for (const { eventId } of effects) expect(rejected.has(eventId)).toBe(false);
        // every applied event that records or changes a choice notifies the patient exactly when
        // the patient was subscribed just before it (the generated instants are distinct)
        const notified = new Set(
          effects.filter((e) => e.effect._tag === "NotifyPatient").map((e) => e.eventId),
        );
        for (const e of events) {
          if (!choiceChanging.has(e._tag) || rejected.has(e.eventId)) continue;
          const subscribed =
            profileAt(events, mitzRules, fromEpochMillis(e.at - 1)).subscription !== undefined;
          expect(notified.has(e.eventId)).toBe(subscribed);
        }
      }),
    );
  });

  it("a patient subscribed from the start is notified of every applied choice event (MITZ §6b)", () => {
    fc.assert(
      fc.property(arbEventLog({ minEvents: 3 }), (generated) => {
        const [createdEvent, ...rest] = generated;
        const events: ReadonlyArray<ConsentEvent> = [
          createdEvent!,
          {
            _tag: "NotificationsSubscribed",
            eventId: "sub",
            at: fromEpochMillis(createdEvent!.at + 1),
            patient: createdEvent!.patient,
            actor: { _tag: "Patient" },
            email: "p@example.org",
          },
          ...rest.filter((e) => e._tag !== "NotificationsUnsubscribed" && e._tag !== "ProfileDeleted"),
        ];
        const { profile, effects } = replay(events, mitzRules);
        const rejected = new Set(profile.rejected.map((r) => r.eventId));
        const applied = events.filter((e) => choiceChanging.has(e._tag) && !rejected.has(e.eventId));
        const notified = effects.filter((e) => e.effect._tag === "NotifyPatient").map((e) => e.eventId);
        expect(notified).toEqual(applied.map((e) => e.eventId));
      }),
    );
  });
});
