import { fromEpochMillis, uraNumber } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ConsentEvent,
  type ConsentProfile,
  type ConsentRequest,
  compileProfile,
  covers,
  createArena,
  createProfileStore,
  decide,
  emergencyMaxMs,
  foldProfile,
  mitzRules,
} from "../src/index.js";
import {
  arbConsentRequest,
  arbCustodian,
  arbDataCategory,
  arbEventLog,
  arbRequesters,
} from "../src/testing.js";
import { compiled, may } from "./fixtures.js";
import { referenceDecide } from "./reference/decide.js";

/** A small arena, so that tests also cross block boundaries and allocate oversized profiles. */
const arena = createArena(240);
/** One store for all runs, so that handles cross its blocks. */
const store = createProfileStore(mitzRules);
const requests = fc.array(arbConsentRequest(), { minLength: 1, maxLength: 12 });
const withPatient = (events: ReadonlyArray<ConsentEvent>, reqs: ReadonlyArray<ConsentRequest>) => {
  const patient = events[0]!.patient;
  return aimed(
    foldProfile(events, mitzRules),
    reqs.map((r) => ({ ...r, patient })),
  );
};
/** Requests aimed at the profile's choices (same custodian, category and requester), next to the random ones. */
const aimed = (profile: ConsentProfile, reqs: ReadonlyArray<ConsentRequest>): ReadonlyArray<ConsentRequest> =>
  reqs.flatMap((r, i) => {
    const c = profile.choices[i % Math.max(1, profile.choices.length)];
    if (c === undefined) return [r];
    const custodian =
      c.custodian._tag === "Organisation"
        ? { ...r.custodian, ura: c.custodian.ura }
        : c.custodian._tag === "ProviderType"
          ? { ...r.custodian, type: c.custodian.type }
          : r.custodian;
    const requester =
      c.requesters._tag === "Organisation"
        ? { ...r.requester, ura: c.requesters.ura }
        : c.requesters._tag === "Categories"
          ? { ...r.requester, category: c.requesters.codes[i % c.requesters.codes.length]! }
          : r.requester;
    const dataCategory = covers(c.dataCategory, r.dataCategory, mitzRules) ? r.dataCategory : c.dataCategory;
    return [r, { ...r, custodian, requester, dataCategory }];
  });
const lastAt = (events: ReadonlyArray<ConsentEvent>) => Math.max(...events.map((e) => e.at));

describe("differential: compiled decide = naive reference decide (precedence rules applied literally)", () => {
  it("agree on every generated request for adults' event logs (answer and deciding choice)", () => {
    fc.assert(
      fc.property(arbEventLog(), requests, fc.boolean(), (events, reqs, coc) => {
        const profile = foldProfile(events, mitzRules);
        const layouts = [
          compileProfile(profile, mitzRules, { layout: "scan" }),
          compileProfile(profile, mitzRules, { layout: "index" }),
          compileProfile(profile, mitzRules, { layout: "scan", arena }),
        ];
        const handle = store.add(profile);
        for (const r of withPatient(events, reqs)) {
          const ref = referenceDecide(profile, r, { continuityOfCare: coc });
          const answers = [
            ...layouts.map((compiled) => decide(r, compiled, { continuityOfCare: coc })),
            store.decide(r, handle, { continuityOfCare: coc }),
          ];
          for (const fast of answers) {
            expect(fast.value).toBe(ref.value);
            expect(fast.choice?.id).toBe(ref.choice?.id);
            expect(fast.specificity === undefined).toBe(ref.choice === undefined);
          }
        }
      }),
    );
  });

  it("agree on every generated request for children's event logs (pending choices, parent confirmations)", () => {
    fc.assert(
      fc.property(arbEventLog({ ages: { min: 8, max: 17 } }), requests, (events, reqs) => {
        const profile = foldProfile(events, mitzRules);
        for (const compiled of [
          compileProfile(profile, mitzRules, { layout: "scan" }),
          compileProfile(profile, mitzRules, { layout: "index" }),
        ])
          for (const r of withPatient(events, reqs))
            expect(decide(r, compiled).value).toBe(referenceDecide(profile, r).value);
      }),
    );
  });
});

describe("invariants of the consent check (spec §11)", () => {
  it("decide is deterministic and independent of the order of events with distinct timestamps", () => {
    fc.assert(
      fc.property(
        arbEventLog().chain((events) =>
          fc.tuple(fc.constant(events), fc.shuffledSubarray([...events], { minLength: events.length })),
        ),
        requests,
        ([events, shuffled], reqs) => {
          const a = compileProfile(foldProfile(events, mitzRules), mitzRules);
          const b = compileProfile(foldProfile(shuffled, mitzRules), mitzRules);
          for (const r of withPatient(events, reqs)) {
            const x = decide(r, compiled(a));
            const y = decide(r, compiled(b));
            expect([y.value, y.choice?.id]).toEqual([x.value, x.choice?.id]);
            expect(decide(r, compiled(a)).value).toBe(x.value);
          }
        },
      ),
    );
  });

  it("withdrawing a permit never turns a Deny into a Permit", () => {
    fc.assert(
      fc.property(arbEventLog({ noDeletions: true }), requests, fc.nat(), (events, reqs, pick) => {
        const before = foldProfile(events, mitzRules);
        const permits = before.choices.filter((c) => c.decision === "permit");
        fc.pre(permits.length > 0);
        const target = permits[pick % permits.length]!;
        const at = fromEpochMillis(lastAt(events) + 1);
        const after = foldProfile(
          [
            ...events,
            {
              _tag: "ChoiceWithdrawn",
              eventId: "w",
              at,
              patient: events[0]!.patient,
              actor: { _tag: "Patient" },
              choiceId: target.id,
            },
          ],
          mitzRules,
        );
        for (const r of withPatient(events, reqs)) {
          const req = { ...r, at: fromEpochMillis(Math.max(r.at, at)) };
          if (decide(req, compiled(before)).value === "Deny")
            expect(decide(req, compiled(after)).value).not.toBe("Permit");
        }
      }),
    );
  });

  it("adding a more specific deny never turns a Deny into a Permit (nor anything else into a Permit)", () => {
    fc.assert(
      fc.property(
        arbEventLog({ noDeletions: true }),
        requests,
        arbCustodian(),
        arbDataCategory(),
        arbRequesters(),
        (events, reqs, custodian, dataCategory, requesters) => {
          const before = foldProfile(events, mitzRules);
          const at = fromEpochMillis(lastAt(events) + 1);
          const after = foldProfile(
            [
              ...events,
              {
                _tag: "ChoiceRecorded",
                eventId: "d",
                at,
                patient: events[0]!.patient,
                actor: { _tag: "Patient" },
                choiceId: "new-deny",
                custodian,
                dataCategory,
                requesters,
                decision: "deny",
              },
            ],
            mitzRules,
          );
          for (const r of withPatient(events, reqs)) {
            const req = { ...r, at: fromEpochMillis(Math.max(r.at, at)) };
            if (decide(req, compiled(before)).value !== "Permit")
              expect(decide(req, compiled(after)).value).not.toBe("Permit");
          }
        },
      ),
    );
  });

  it("an emergency consent never permits anything 72 hours or more after it was recorded without confirmation", () => {
    fc.assert(
      fc.property(
        arbEventLog(),
        requests,
        fc.integer({ min: 0, max: 5000 }),
        (events, reqs, extraMinutes) => {
          const profile = compileProfile(foldProfile(events, mitzRules), mitzRules);
          const confirmed = new Set(
            events.filter((e) => e._tag === "EmergencyConsentConfirmed").map((e) => e.choiceId),
          );
          const emergencies = events.filter(
            (e) => e._tag === "EmergencyConsentRecorded" && !confirmed.has(e.choiceId),
          );
          for (const em of emergencies) {
            if (em._tag !== "EmergencyConsentRecorded" || em.actor._tag !== "Provider") continue;
            for (const r of withPatient(events, reqs)) {
              const req = {
                ...r,
                requester: { ...r.requester, ura: em.actor.ura },
                at: fromEpochMillis(em.at + emergencyMaxMs(mitzRules) + extraMinutes * 60_000),
              };
              expect(decide(req, compiled(profile)).choice?.id).not.toBe(em.choiceId);
            }
          }
        },
      ),
    );
  });

  it("a pending choice (a minor's choice before a parent confirms) never permits anything", () => {
    fc.assert(
      fc.property(arbEventLog({ ages: { min: 8, max: 15 } }), requests, (events, reqs) => {
        const profile = foldProfile(events, mitzRules);
        // (a minor's pending withdrawal of an objection keeps that deny in force: not a pending choice)
        const pending = new Set(profile.pending.filter((p) => p.withdraws !== true).map((p) => p.choice.id));
        const confirmedIds = new Set(
          events.filter((e) => e._tag === "RepresentativeConfirmed").map((e) => e.choiceId),
        );
        for (const r of withPatient(events, reqs)) {
          const d = decide(r, compiled(profile));
          if (d.choice !== undefined) {
            // (a minor's confirmation of an emergency consent is pending under the emergency's id
            // while the emergency consent itself still runs its 72 hours)
            if (d.choice.origin !== "emergency" || d.choice.until === undefined)
              expect(pending.has(d.choice.id)).toBe(false);
            // a choice that was pending when recorded counts only after a parent's confirmation
            const c = d.choice;
            const wasPending =
              c.origin !== "emergency" &&
              may(c.recordedBy, { birthDate: profile.birthDate! }, c.recordedAt, {
                onPatientRequest: true,
                treatmentRelationship: true,
                imported: c.origin === "import",
                decision: c.decision,
              }).value.status === "pending";
            if (wasPending) expect(confirmedIds.has(c.id)).toBe(true);
          }
        }
      }),
    );
  });
});

describe("objections win among incomparable choices (precedence by dominance, rule 7)", () => {
  it("two choices for the same custodian and category whose requester sets overlap without one containing the other give Deny", () => {
    fc.assert(
      fc.property(
        arbEventLog({ maxEvents: 4, noDeletions: true }),
        arbCustodian(),
        arbDataCategory(),
        fc.boolean(),
        arbConsentRequest({ includeNonTreatment: false }),
        (events, custodian, dataCategory, denyFirst, r) => {
          const patient = events[0]!.patient;
          const t = lastAt(events);
          const mk = (
            id: string,
            at: number,
            codes: [string, ...Array<string>],
            decision: "permit" | "deny",
          ): ConsentEvent => ({
            _tag: "ChoiceRecorded",
            eventId: id,
            at: fromEpochMillis(at),
            patient,
            actor: { _tag: "Patient" },
            choiceId: id,
            custodian,
            dataCategory,
            requesters: { _tag: "Categories", codes },
            decision,
          });
          // Only the profile's creation from the generated log: a generated choice for the same
          // custodian with a subset of the requester sets would rightly supersede both.
          const all = [
            events[0]!,
            mk("tie-a", t + 1, ["RPZAC001", "RPZAC005"], denyFirst ? "deny" : "permit"),
            mk("tie-b", t + 2, ["RPZAC001", "RPZAC003"], denyFirst ? "permit" : "deny"),
          ];
          const profile = foldProfile(all, mitzRules);
          const req: ConsentRequest = {
            ...r,
            patient,
            custodian: {
              // a URA no generated choice names, so nothing more specific than the tie matches
              ura: custodian._tag === "Organisation" ? custodian.ura : uraNumber("99999999"),
              type: custodian._tag === "ProviderType" ? custodian.type : r.custodian.type,
            },
            dataCategory,
            requester: { ...r.requester, category: "RPZAC001" },
            at: fromEpochMillis(t + 3),
          };
          const ref = referenceDecide(profile, req);
          for (const layout of ["scan", "index"] as const) {
            const d = decide(req, compiled(compileProfile(profile, mitzRules, { layout })));
            expect(d.value).toBe(ref.value);
            expect(d.value).toBe("Deny");
          }
        },
      ),
    );
  });
});

describe("decide never throws for well-typed requests", () => {
  it("answers one of the four values for any generated profile and request", () => {
    fc.assert(
      fc.property(arbEventLog({ ages: { min: 0, max: 90 } }), requests, (events, reqs) => {
        const profile = compileProfile(foldProfile(events, mitzRules), mitzRules);
        for (const r of reqs) {
          const d = decide(r, compiled(profile));
          expect(["Permit", "Deny", "NotApplicable", "Indeterminate"]).toContain(d.value);
          expect(d.because.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
