// Issue #10: a property per decision, over generated profiles and event sequences.
import { type Bsn, fromEpochMillis, type Instant } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Actor,
  ALL_DATA,
  type Choice,
  ConsentEvent,
  type ConsentRequest,
  type Custodian,
  choiceKey,
  consentsFor,
  decide,
  decodeEvent,
  decodeEventLog,
  emergencyMaxMs,
  foldProfile,
  MEDICATION,
  mitzRules,
  RESULTS,
  TREATMENT_DATA,
} from "../src/index.js";
import {
  arbConsentRequest,
  arbCustodian,
  arbDataCategory,
  arbEventLog,
  arbProviderActor,
  arbRequesters,
} from "../src/testing.js";
import { compiled } from "./fixtures.js";
import { matchesRequest, supersedesFor } from "./reference/decide.js";

const MINUTE = 60_000;
/** An event as it is on the wire (instants as ISO-8601 strings). */
const wire = (e: ConsentEvent): Record<string, unknown> =>
  Schema.encodeSync(ConsentEvent)(e) as unknown as Record<string, unknown>;
const lastAt = (events: ReadonlyArray<ConsentEvent>) => Math.max(...events.map((e) => e.at));
const parent: Actor = { _tag: "Parent", relation: "parent" };
const child: Actor = { _tag: "Patient" };

/** A leaf category the choice's category covers. */
const leafUnder = (category: string, pick: boolean) =>
  category === ALL_DATA || category === TREATMENT_DATA ? (pick ? RESULTS : MEDICATION) : category;

/** A request aimed at a choice: its custodian, a leaf of its category, one of its requesters. */
function aimedAt(
  c: Pick<Choice, "custodian" | "dataCategory" | "requesters">,
  r: ConsentRequest,
  pick: boolean,
) {
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
        ? { ...r.requester, category: c.requesters.codes[pick ? 0 : c.requesters.codes.length - 1]! }
        : r.requester;
  return { ...r, custodian, requester, dataCategory: leafUnder(c.dataCategory, pick) };
}

const arbAnyCustodian = (): fc.Arbitrary<Custodian> =>
  fc.oneof(arbCustodian(), fc.constant<Custodian>({ _tag: "AllCustodians" }));

const arbScope = () =>
  fc.record({ custodian: arbAnyCustodian(), dataCategory: arbDataCategory(), requesters: arbRequesters() });

const recordEvent = (
  patient: Bsn,
  id: string,
  at: number,
  actor: Actor,
  scope: { custodian: Custodian; dataCategory: string; requesters: Choice["requesters"] },
  decision: "permit" | "deny",
): ConsentEvent => ({
  _tag: "ChoiceRecorded",
  eventId: `ev-${id}`,
  at: fromEpochMillis(at),
  patient,
  actor,
  choiceId: id,
  ...scope,
  decision,
  ...(actor._tag === "Provider" ? { onPatientRequest: true, treatmentRelationship: true } : {}),
});

describe("decision 1: a refusal by a 12–15-year-old counts at once (MITZ §5d)", () => {
  it("a deny recorded at 12–15 by the child, a parent or a provider at the child's request is in force at once, and until child and parent lift it no request it matches is a Permit unless a choice that supersedes it decides", () => {
    fc.assert(
      fc.property(
        arbEventLog({ ages: { min: 12, max: 14 }, noDeletions: true }),
        arbScope(),
        fc.constantFrom<"child" | "parent" | "provider">("child", "parent", "provider"),
        arbProviderActor(),
        // later events without a parent's confirmation: the child's and a parent's own moves
        fc.array(
          fc.record({
            kind: fc.constantFrom(
              "child-permit",
              "child-deny",
              "child-lift",
              "parent-lift",
              "withdraw-all",
              "emergency",
            ),
            scope: arbScope(),
            byParent: fc.boolean(),
          }),
          { maxLength: 6 },
        ),
        fc.array(arbConsentRequest({ includeNonTreatment: false }), { minLength: 1, maxLength: 6 }),
        (log, scope, who, provider, later, reqs) => {
          const patient = log[0]!.patient;
          let t = lastAt(log) + MINUTE;
          const actor = who === "child" ? child : who === "parent" ? parent : provider;
          const events: Array<ConsentEvent> = [
            ...log,
            recordEvent(patient, "refusal", t, actor, scope, "deny"),
          ];
          later.forEach((l, i) => {
            t += MINUTE;
            const base = { eventId: `later-${i}`, at: fromEpochMillis(t), patient };
            if (l.kind === "child-permit" || l.kind === "child-deny")
              events.push(
                recordEvent(
                  patient,
                  `later-${i}`,
                  t,
                  child,
                  l.scope,
                  l.kind === "child-permit" ? "permit" : "deny",
                ),
              );
            else if (l.kind === "child-lift" || l.kind === "parent-lift")
              events.push({
                _tag: "ChoiceWithdrawn",
                ...base,
                actor: l.kind === "child-lift" ? child : parent,
                choiceId: "refusal",
              });
            else if (l.kind === "withdraw-all")
              events.push({ _tag: "AllChoicesWithdrawn", ...base, actor: l.byParent ? parent : child });
            else
              events.push({
                _tag: "EmergencyConsentRecorded",
                ...base,
                actor: provider,
                choiceId: `em-${i}`,
                basis: "patient-agreed",
                agreedBy: parent,
                treatmentRelationship: true,
              });
          });
          const profile = foldProfile(events, mitzRules);
          // The refusal is in force at once (a later deny of the child for the same key may replace it).
          const refusal = profile.choices.find((c) => choiceKey(c) === choiceKey(scope));
          expect(refusal?.decision).toBe("deny");
          for (const [i, r0] of reqs.entries()) {
            const r = { ...aimedAt(scope, r0, i % 2 === 0), patient, at: fromEpochMillis(t + MINUTE) };
            const d = decide(r, compiled(profile));
            if (d.value !== "Permit") continue;
            expect(matchesRequest(refusal!, r)).toBe(true);
            expect(supersedesFor(r, d.choice!, refusal!)).toBe(true);
          }
        },
      ),
    );
  });
});

describe("decision 2: an emergency consent never overrides a recorded deny (MITZ §2d)", () => {
  it("adding an emergency consent never turns a Deny into a Permit", () => {
    fc.assert(
      fc.property(
        arbEventLog({ noDeletions: true }),
        arbProviderActor(),
        fc.array(arbConsentRequest(), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 72 * 60 - 1 }),
        (log, provider, reqs, minutes) => {
          const patient = log[0]!.patient;
          const t = lastAt(log) + MINUTE;
          const em: ConsentEvent = {
            _tag: "EmergencyConsentRecorded",
            eventId: "em",
            at: fromEpochMillis(t),
            patient,
            actor: provider,
            choiceId: "em",
            basis: "legal-basis",
            legalBasis: "WGBO art. 7:466",
            treatmentRelationship: true,
          };
          const before = foldProfile(log, mitzRules);
          const after = foldProfile([...log, em], mitzRules);
          for (const r0 of reqs) {
            const r = {
              ...r0,
              patient,
              requester: { ...r0.requester, ura: provider.ura },
              at: fromEpochMillis(t + minutes * MINUTE),
            };
            if (decide(r, compiled(before)).value === "Deny")
              expect(decide(r, compiled(after)).value).toBe("Deny");
          }
        },
      ),
    );
  });

  it("whatever the deny's specificity, a deny matching the request and an emergency consent give Deny with reason objection-on-record", () => {
    fc.assert(
      fc.property(
        arbScope(),
        arbProviderActor(),
        arbConsentRequest({ includeNonTreatment: false }),
        fc.boolean(),
        (scope, provider, r0, pick) => {
          const patient = r0.patient;
          const t = Date.UTC(2026, 0, 2);
          const profile = foldProfile(
            [
              {
                _tag: "ProfileCreated",
                eventId: "created",
                at: fromEpochMillis(t),
                patient,
                actor: child,
                birthDate: "1980-01-01" as never,
              },
              recordEvent(patient, "nee", t + MINUTE, child, scope, "deny"),
              {
                _tag: "EmergencyConsentRecorded",
                eventId: "em",
                at: fromEpochMillis(t + 2 * MINUTE),
                patient,
                actor: provider,
                choiceId: "em",
                basis: "patient-agreed",
                treatmentRelationship: true,
              },
            ],
            mitzRules,
          );
          const r = aimedAt(scope, { ...r0, at: fromEpochMillis(t + 3 * MINUTE) }, pick);
          const d = decide(
            {
              ...r,
              requester: {
                ...r.requester,
                ura: scope.requesters._tag === "Organisation" ? r.requester.ura : provider.ura,
              },
            },
            compiled(profile),
          );
          expect([d.value, d.reason, d.choice?.id]).toEqual(["Deny", "objection-on-record", "nee"]);
        },
      ),
    );
  });

  it("an emergency consent never permits anything 72 hours after it was recorded (unconfirmed)", () => {
    fc.assert(
      fc.property(
        arbEventLog(),
        arbProviderActor(),
        arbConsentRequest(),
        fc.nat(10_000),
        (log, provider, r0, extra) => {
          const patient = log[0]!.patient;
          const t = lastAt(log) + MINUTE;
          const profile = foldProfile(
            [
              ...log,
              {
                _tag: "EmergencyConsentRecorded",
                eventId: "em",
                at: fromEpochMillis(t),
                patient,
                actor: provider,
                choiceId: "em",
                basis: "patient-agreed",
                treatmentRelationship: true,
              },
            ],
            mitzRules,
          );
          const r = {
            ...r0,
            patient,
            requester: { ...r0.requester, ura: provider.ura },
            at: fromEpochMillis(t + emergencyMaxMs(mitzRules) + extra * MINUTE),
          };
          expect(decide(r, compiled(profile)).choice?.id).not.toBe("em");
        },
      ),
    );
  });
});

describe("decision 3: precedence by dominance, objections win among the incomparable", () => {
  it("adding a deny never turns a Deny (or anything else) into a Permit", () => {
    fc.assert(
      fc.property(
        arbEventLog({ noDeletions: true }),
        arbScope(),
        fc.array(arbConsentRequest(), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (log, scope, reqs, pick) => {
          const patient = log[0]!.patient;
          const t = lastAt(log) + MINUTE;
          const before = foldProfile(log, mitzRules);
          const after = foldProfile(
            [...log, recordEvent(patient, "new-deny", t, child, scope, "deny")],
            mitzRules,
          );
          for (const r0 of reqs)
            for (const r of [r0, aimedAt(scope, r0, pick)]) {
              const req = { ...r, patient, at: fromEpochMillis(Math.max(r.at, t)) };
              if (decide(req, compiled(before)).value !== "Permit")
                expect(decide(req, compiled(after)).value).not.toBe("Permit");
            }
        },
      ),
    );
  });

  it("adding a permit that does not supersede the deciding deny cannot override it", () => {
    fc.assert(
      fc.property(
        arbEventLog({ noDeletions: true }),
        arbScope(),
        fc.array(arbConsentRequest(), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (log, scope, reqs, pick) => {
          const patient = log[0]!.patient;
          const t = lastAt(log) + MINUTE;
          const before = foldProfile(log, mitzRules);
          const after = foldProfile(
            [...log, recordEvent(patient, "new-permit", t, child, scope, "permit")],
            mitzRules,
          );
          const added = after.choices.find((c) => c.id === "new-permit");
          for (const r0 of reqs)
            for (const r of [r0, aimedAt(scope, r0, pick)]) {
              // leaf categories: a broader request combines its parts, each decided like this
              const req = {
                ...r,
                patient,
                dataCategory: leafUnder(r.dataCategory, pick),
                at: fromEpochMillis(Math.max(r.at, t)),
              };
              const d = decide(req, compiled(before));
              if (d.value !== "Deny" || d.choice === undefined || added === undefined) continue;
              if (matchesRequest(added, req) && supersedesFor(req, added, d.choice)) continue;
              // a permit with the deny's own key replaces it: the patient changed the choice
              if (choiceKey(added) === choiceKey(d.choice)) continue;
              expect(decide(req, compiled(after)).value).toBe("Deny");
            }
        },
      ),
    );
  });
});

describe("decision 4: 'withdraw all consents' withdraws consents, never objections (VJZ §2)", () => {
  it("withdraw-all never removes a deny, and leaves no permit in force", () => {
    fc.assert(
      fc.property(arbEventLog({ ages: { min: 8, max: 60 } }), fc.boolean(), (log, byParent) => {
        const patient = log[0]!.patient;
        const before = foldProfile(log, mitzRules);
        const all: ConsentEvent = {
          _tag: "AllChoicesWithdrawn",
          eventId: "all",
          at: fromEpochMillis(lastAt(log) + MINUTE),
          patient,
          actor: byParent ? parent : child,
        };
        const after = foldProfile([...log, all], mitzRules);
        const applied = !after.rejected.some((r) => r.eventId === "all");
        const ids = (cs: ReadonlyArray<Choice>) => cs.map((c) => c.id);
        expect(ids(after.choices)).toEqual(
          expect.arrayContaining(ids(before.choices.filter((c) => c.decision === "deny"))),
        );
        if (applied && before.createdAt !== undefined) {
          expect(after.choices.filter((c) => c.decision === "permit")).toEqual([]);
          expect(after.pending.filter((p) => p.choice.decision === "permit")).toEqual([]);
        } else expect(ids(after.choices)).toEqual(ids(before.choices));
      }),
    );
  });
});

describe("decision 5: consentsFor never lists another provider's emergency consent unless asked (MITZ §2e)", () => {
  it("unconfirmed emergency consents are left out by default and listed with { includeEmergency: true }", () => {
    fc.assert(
      fc.property(arbEventLog(), arbCustodian(), fc.nat(12_000), (log, custodian, minutes) => {
        const profile = foldProfile(log, mitzRules);
        const at = fromEpochMillis(log[0]!.at + minutes * MINUTE) as Instant;
        const who =
          custodian._tag === "Organisation"
            ? { ura: custodian.ura, type: "RPZAC103" }
            : { ura: "00009999", type: custodian._tag === "ProviderType" ? custodian.type : "RPZAC001" };
        const isEmergency = (c: Choice) => c.origin === "emergency" && c.until !== undefined;
        const listed = consentsFor(profile, who, at);
        expect(listed.filter(isEmergency)).toEqual([]);
        const asked = consentsFor(profile, who, at, { includeEmergency: true });
        expect(asked.filter((c) => !isEmergency(c))).toEqual(listed);
        expect(asked.filter(isEmergency).map((c) => c.id)).toEqual(
          profile.choices
            .filter((c) => isEmergency(c) && c.from <= at && at < (c.until as number))
            .map((c) => c.id),
        );
      }),
    );
  });
});

describe("decision 6: who may create a profile (MITZ §1c, §5b–d, §6a, §6c)", () => {
  it("a creation by someone not allowed (a provider without request, a parent first) never blocks the patient's own", () => {
    fc.assert(
      fc.property(
        arbEventLog({ ages: { min: 0, max: 80 }, noDeletions: true }),
        arbProviderActor(),
        fc.boolean(),
        (log, provider, asParent) => {
          const created = log[0] as Extract<ConsentEvent, { _tag: "ProfileCreated" }>;
          const squatter: ConsentEvent = {
            ...created,
            eventId: "squat",
            at: fromEpochMillis(created.at - MINUTE),
            actor: asParent ? { _tag: "Parent", relation: "parent" } : provider,
            birthDate: "1950-01-01" as never,
          };
          const profile = foldProfile([squatter, ...log], mitzRules);
          expect(profile.createdAt).toBe(created.at);
          expect(profile.birthDate).toBe(created.birthDate);
        },
      ),
    );
  });
});

describe("decision 8: ids never carry a BSN", () => {
  it("an id with a valid BSN as a maximal digit run is rejected; a UUID or ULID never is", () => {
    fc.assert(
      fc.property(
        arbEventLog({ minEvents: 1, maxEvents: 1 }),
        fc.constantFrom("111222333", "123456782", "012345672", "999999990"),
        fc.stringMatching(/^[a-z]{1,6}-?$/),
        fc.uuid(),
        fc.ulid(),
        (log, bsnLike, prefix, uuid, ulid) => {
          const e = log[log.length - 1]!;
          expect(decodeEvent({ ...wire(e), eventId: `${prefix}${bsnLike}` }, mitzRules).ok).toBe(false);
          for (const id of [uuid, ulid]) {
            expect(decodeEvent({ ...wire(e), eventId: id }, mitzRules).ok).toBe(true);
          }
        },
      ),
    );
  });
});

describe("decision 9: event logs", () => {
  it("decodeEventLog never throws, for any input", () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        expect(typeof decodeEventLog(u, mitzRules).ok).toBe("boolean");
        expect(typeof decodeEventLog([u, u], mitzRules).ok).toBe("boolean");
      }),
    );
  });

  it("a log with a duplicated event id is rejected", () => {
    fc.assert(
      fc.property(arbEventLog({ minEvents: 1 }), fc.nat(), (log, pick) => {
        const json = log.map(wire);
        expect(decodeEventLog(json, mitzRules).ok).toBe(true);
        const i = 1 + (pick % (json.length - 1));
        json[i] = { ...json[i]!, eventId: json[0]!.eventId };
        expect(decodeEventLog(json, mitzRules).ok).toBe(false);
      }),
    );
  });
});
