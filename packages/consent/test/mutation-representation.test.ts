// Tests that kill surviving mutants of src/representation.ts (issue #17, docs/quality.md): who may
// record, confirm, withdraw, delete, subscribe, create a profile, correct the birth date and record
// or confirm an emergency consent, by the patient's age (MITZ §1c, §2d, §4, §5c, §5d, §6a–c; issue
// #10 decisions 1 and 6). Each case checks the verdict, the status and what is still needed, and
// the deciding step's rule and the clauses it cites — not the wording of a sentence. Every result
// is computed inside its `it` (perTest coverage).
import { type Citation, date, instant, type LocalDate } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { type Actor, ageGroupOf, type MayRecordOptions, mayRecord, mitzRules } from "../src/index.js";
import { gpActor, parent, self } from "./fixtures.js";

const AT = instant("2026-06-01T10:00:00+02:00");
const ADULT = date("1990-01-01"); // 36 on the day: 16 or older (MITZ §5d)
const TEEN = date("2012-01-01"); // 14: between 12 and 16 (MITZ §5d)
const CHILD = date("2018-01-01"); // 8: under 12 (MITZ §5d)
const UNBORN = date("2026-09-01"); // a birth date on record after the day
const legalRep: Actor = { _tag: "Parent", relation: "legal-representative" };
const authRep: Actor = { _tag: "AuthorisedRepresentative" };
const onRequest = { treatmentRelationship: true, onPatientRequest: true } as const;

const articles = (cs: ReadonlyArray<Citation>) => cs.map((c) => `${c.source} ${c.article}`);

/** The verdict of `mayRecord` under the Mitz rulebook on 1 June 2026, with its deciding step. */
function verdictOf(actor: Actor, birthDate: LocalDate, options: MayRecordOptions = {}) {
  const v = mayRecord({ ...options, actor, birthDate }, mitzRules, AT);
  const decision = v.reasons[0];
  return {
    value: v.value,
    status: v.details.status,
    needs: v.details.needs,
    rule: decision?.rule,
    cites: articles(decision?.citations ?? []),
    texts: [decision?.en, decision?.nl],
  };
}

interface Case {
  readonly name: string;
  readonly actor: Actor;
  readonly birthDate: LocalDate;
  readonly options?: MayRecordOptions;
  /** `allowed` with its status (`undefined` where the action is not a recording), or `refused`. */
  readonly expected: readonly ["allowed", "active" | "pending" | undefined] | readonly ["refused"];
  readonly rule: string;
  readonly cites: ReadonlyArray<string>;
}

function check(c: Case): void {
  const r = verdictOf(c.actor, c.birthDate, c.options);
  const [value, status] = c.expected;
  expect(r.value).toBe(value);
  expect(r.status).toBe(status);
  // only a pending recording still waits for a parent (MITZ §5d)
  expect(r.needs).toEqual(status === "pending" ? ["parent-confirmation"] : []);
  expect(r.rule).toBe(c.rule);
  expect(r.cites).toEqual(c.cites);
  for (const text of r.texts) expect(typeof text === "string" && text.length > 0).toBe(true);
}

const S5C = "MITZ §5c";
const S5D = "MITZ §5d";
const S6A = "MITZ §6a";

describe("recording a choice, by age and actor (MITZ §5c, §5d, §6a, §6c)", () => {
  const cases: ReadonlyArray<Case> = [
    {
      name: "a patient of 16 or older records alone and it counts at once (MITZ §5d)",
      actor: self,
      birthDate: ADULT,
      expected: ["allowed", "active"],
      rule: "patient-16-decides-alone",
      cites: [S5D],
    },
    {
      name: "a legal representative of an adult records for the patient (MITZ §5c)",
      actor: legalRep,
      birthDate: ADULT,
      expected: ["allowed", "active"],
      rule: "representative-of-adult",
      cites: [S5C],
    },
    {
      name: "an authorised representative of an adult records for the patient (MITZ §5c)",
      actor: authRep,
      birthDate: ADULT,
      expected: ["allowed", "active"],
      rule: "representative-of-adult",
      cites: [S5C],
    },
    {
      name: "a parent cannot record for a patient of 16 or older, who decides alone (MITZ §5d)",
      actor: parent,
      birthDate: ADULT,
      expected: ["refused"],
      rule: "patient-16-decides-alone",
      cites: [S5D],
    },
    {
      name: "a child of 14 records first and waits for a parent (MITZ §5d: 'jij en je ouder allebei')",
      actor: self,
      birthDate: TEEN,
      expected: ["allowed", "pending"],
      rule: "child-12-15-then-parent",
      cites: [S5D],
    },
    {
      name: "a child of 8 logs in first and a parent confirms: pending (MITZ §5d)",
      actor: self,
      birthDate: CHILD,
      expected: ["allowed", "pending"],
      rule: "under-12-parent-confirms",
      cites: [S5D],
    },
    {
      name: "a deny by a child of 8 also waits for a parent: under 12 a parent decides (MITZ §5d)",
      actor: self,
      birthDate: CHILD,
      options: { decision: "deny" },
      expected: ["allowed", "pending"],
      rule: "under-12-parent-confirms",
      cites: [S5D],
    },
    {
      name: "a parent cannot record first for a child of 14: the child's DigiD comes first (MITZ §5d)",
      actor: parent,
      birthDate: TEEN,
      expected: ["refused"],
      rule: "child-logs-in-first",
      cites: [S5D],
    },
    {
      name: "an authorised representative cannot record for a child of 14 (MITZ §5c, §5d; this library's reading)",
      actor: authRep,
      birthDate: TEEN,
      expected: ["refused"],
      rule: "authorised-representative-of-minor",
      cites: [S5C, S5D],
    },
    {
      name: "an authorised representative cannot record for a child of 8 (MITZ §5c, §5d)",
      actor: authRep,
      birthDate: CHILD,
      expected: ["refused"],
      rule: "authorised-representative-of-minor",
      cites: [S5C, S5D],
    },
    {
      name: "a deny by a child of 14 counts at once (MITZ §5d; issue #10 decision 1)",
      actor: self,
      birthDate: TEEN,
      options: { decision: "deny" },
      expected: ["allowed", "active"],
      rule: "refusal-12-15-counts-at-once",
      cites: [S5D],
    },
    {
      name: "a deny by a parent of a child of 14 counts at once (MITZ §5d; issue #10 decision 1)",
      actor: parent,
      birthDate: TEEN,
      options: { decision: "deny" },
      expected: ["allowed", "active"],
      rule: "refusal-12-15-counts-at-once",
      cites: [S5D],
    },
    {
      name: "an authorised representative cannot record a deny for a child of 14 either (MITZ §5c, §5d)",
      actor: authRep,
      birthDate: TEEN,
      options: { decision: "deny" },
      expected: ["refused"],
      rule: "authorised-representative-of-minor",
      cites: [S5C, S5D],
    },
    {
      name: "nobody records for a patient not born yet by the date on record (MITZ §5d)",
      actor: self,
      birthDate: UNBORN,
      expected: ["refused"],
      rule: "patient-not-born",
      cites: [S5D],
    },
    {
      name: "a treating provider the patient did not ask cannot record (MITZ §6a)",
      actor: gpActor,
      birthDate: ADULT,
      options: { treatmentRelationship: true },
      expected: ["refused"],
      rule: "provider-only-on-request",
      cites: [S6A],
    },
    {
      name: "a provider that does not treat the patient cannot record, even when asked (MITZ §6a)",
      actor: gpActor,
      birthDate: ADULT,
      options: { onPatientRequest: true },
      expected: ["refused"],
      rule: "provider-needs-treatment-relationship",
      cites: [S6A],
    },
    {
      name: "a treating provider records an adult's choice on request and it counts at once (MITZ §6a)",
      actor: gpActor,
      birthDate: ADULT,
      options: onRequest,
      expected: ["allowed", "active"],
      rule: "provider-records-on-request",
      cites: [S6A],
    },
    {
      name: "a treating provider's recording for a child of 14 waits for a parent (MITZ §6a, §5d)",
      actor: gpActor,
      birthDate: TEEN,
      options: onRequest,
      expected: ["allowed", "pending"],
      rule: "provider-records-on-request",
      cites: [S6A, S5D],
    },
    {
      name: "a deny a treating provider records for a child of 14 counts at once (MITZ §6a, §5d; issue #10 decision 1)",
      actor: gpActor,
      birthDate: TEEN,
      options: { ...onRequest, decision: "deny" },
      expected: ["allowed", "active"],
      rule: "provider-records-on-request",
      cites: [S6A],
    },
    {
      name: "a deny a treating provider records for a child of 8 waits for a parent: the 12–15 rule does not apply (MITZ §6a, §5d)",
      actor: gpActor,
      birthDate: CHILD,
      options: { ...onRequest, decision: "deny" },
      expected: ["allowed", "pending"],
      rule: "provider-records-on-request",
      cites: [S6A, S5D],
    },
    {
      name: "a provider adds a consent an adult gave it earlier, without a request (MITZ §6c)",
      actor: gpActor,
      birthDate: ADULT,
      options: { imported: true },
      expected: ["allowed", "active"],
      rule: "provider-imports-earlier-consent",
      cites: ["MITZ §6c"],
    },
    {
      name: "an imported consent of a child of 14 waits for a parent (MITZ §6c, §5d)",
      actor: gpActor,
      birthDate: TEEN,
      options: { imported: true },
      expected: ["allowed", "pending"],
      rule: "provider-imports-earlier-consent",
      cites: ["MITZ §6c"],
    },
  ];
  it.each(cases)("$name", (c) => check(c));
});

describe("withdrawing a choice and lifting an objection (MITZ §5c, §5d, §6a)", () => {
  const w = { action: "withdraw" } as const;
  const lift = { action: "withdraw", withdrawsObjection: true } as const;
  const cases: ReadonlyArray<Case> = [
    {
      name: "a patient of 16 or older withdraws alone (MITZ §5d)",
      actor: self,
      birthDate: ADULT,
      options: w,
      expected: ["allowed", undefined],
      rule: "adult-or-representative-acts",
      cites: [S5C, S5D],
    },
    {
      name: "a legal representative of an adult withdraws (MITZ §5c)",
      actor: legalRep,
      birthDate: ADULT,
      options: w,
      expected: ["allowed", undefined],
      rule: "adult-or-representative-acts",
      cites: [S5C, S5D],
    },
    {
      name: "a parent cannot withdraw for a patient of 16 or older (MITZ §5d)",
      actor: parent,
      birthDate: ADULT,
      options: w,
      expected: ["refused"],
      rule: "patient-16-decides-alone",
      cites: [S5D],
    },
    {
      name: "a child of 14 withdraws alone: withdrawing never needs two (MITZ §5d; this library's reading)",
      actor: self,
      birthDate: TEEN,
      options: w,
      expected: ["allowed", undefined],
      rule: "withdrawal-needs-one",
      cites: [S5D],
    },
    {
      name: "a parent of a child of 14 withdraws alone (MITZ §5d; this library's reading)",
      actor: parent,
      birthDate: TEEN,
      options: w,
      expected: ["allowed", undefined],
      rule: "withdrawal-needs-one",
      cites: [S5D],
    },
    {
      name: "an authorised representative cannot withdraw for a child of 14 (MITZ §5c, §5d)",
      actor: authRep,
      birthDate: TEEN,
      options: w,
      expected: ["refused"],
      rule: "authorised-representative-of-minor",
      cites: [S5C, S5D],
    },
    {
      name: "a parent withdraws for a child of 8 (MITZ §5d: under 12 a parent decides)",
      actor: parent,
      birthDate: CHILD,
      options: w,
      expected: ["allowed", undefined],
      rule: "under-12-parent-decides",
      cites: [S5D],
    },
    {
      name: "a child of 8 cannot withdraw alone (MITZ §5d: under 12 a parent decides)",
      actor: self,
      birthDate: CHILD,
      options: w,
      expected: ["refused"],
      rule: "under-12-parent-decides",
      cites: [S5D],
    },
    {
      name: "nobody withdraws for a patient not born yet by the date on record (MITZ §5d)",
      actor: self,
      birthDate: UNBORN,
      options: w,
      expected: ["refused"],
      rule: "patient-not-born",
      cites: [S5D],
    },
    {
      name: "a treating provider withdraws an adult's choice on request (MITZ §6a)",
      actor: gpActor,
      birthDate: ADULT,
      options: { ...w, ...onRequest },
      expected: ["allowed", undefined],
      rule: "provider-withdraws-on-request",
      cites: [S6A],
    },
    {
      name: "a treating provider withdraws a choice of a child of 14 on request (MITZ §6a)",
      actor: gpActor,
      birthDate: TEEN,
      options: { ...w, ...onRequest },
      expected: ["allowed", undefined],
      rule: "provider-withdraws-on-request",
      cites: [S6A],
    },
    {
      name: "a treating provider the patient did not ask cannot withdraw (MITZ §6a)",
      actor: gpActor,
      birthDate: ADULT,
      options: { ...w, treatmentRelationship: true },
      expected: ["refused"],
      rule: "provider-only-on-request",
      cites: [S6A],
    },
    {
      name: "a child of 14 lifting an objection gives consent: pending until a parent confirms (MITZ §5d; this library's reading)",
      actor: self,
      birthDate: TEEN,
      options: lift,
      expected: ["allowed", "pending"],
      rule: "child-12-15-lifts-objection-then-parent",
      cites: [S5D],
    },
    {
      name: "a parent cannot lift a 14-year-old's objection first (MITZ §5d; this library's reading)",
      actor: parent,
      birthDate: TEEN,
      options: lift,
      expected: ["refused"],
      rule: "child-logs-in-first",
      cites: [S5D],
    },
    {
      name: "an authorised representative cannot lift a 14-year-old's objection (MITZ §5c, §5d)",
      actor: authRep,
      birthDate: TEEN,
      options: lift,
      expected: ["refused"],
      rule: "authorised-representative-of-minor",
      cites: [S5C, S5D],
    },
    {
      name: "a treating provider lifts a 14-year-old's objection on request, pending a parent (MITZ §6a, §5d)",
      actor: gpActor,
      birthDate: TEEN,
      options: { ...lift, ...onRequest },
      expected: ["allowed", "pending"],
      rule: "provider-lifts-objection-of-minor",
      cites: [S6A, S5D],
    },
    {
      name: "a treating provider lifts an 8-year-old's objection on request, pending a parent (MITZ §6a, §5d)",
      actor: gpActor,
      birthDate: CHILD,
      options: { ...lift, ...onRequest },
      expected: ["allowed", "pending"],
      rule: "provider-lifts-objection-of-minor",
      cites: [S6A, S5D],
    },
    {
      name: "a treating provider the patient did not ask cannot lift a minor's objection (MITZ §6a)",
      actor: gpActor,
      birthDate: TEEN,
      options: { ...lift, treatmentRelationship: true },
      expected: ["refused"],
      rule: "provider-only-on-request",
      cites: [S6A],
    },
    {
      name: "a parent lifts an 8-year-old's objection alone (MITZ §5d: under 12 a parent decides)",
      actor: parent,
      birthDate: CHILD,
      options: lift,
      expected: ["allowed", undefined],
      rule: "under-12-parent-decides",
      cites: [S5D],
    },
    {
      name: "a child of 8 cannot lift its objection alone (MITZ §5d)",
      actor: self,
      birthDate: CHILD,
      options: lift,
      expected: ["refused"],
      rule: "under-12-parent-decides",
      cites: [S5D],
    },
    {
      name: "nobody lifts an objection for a patient not born yet (MITZ §5d)",
      actor: self,
      birthDate: UNBORN,
      options: lift,
      expected: ["refused"],
      rule: "patient-not-born",
      cites: [S5D],
    },
  ];
  it.each(cases)("$name", (c) => check(c));
});

describe("deleting the profile and managing notifications (MITZ §4, §5c, §5d, §6b)", () => {
  const del = { action: "delete-profile" } as const;
  const sub = { action: "subscribe" } as const;
  const S6B = "MITZ §6b";
  const cases: ReadonlyArray<Case> = [
    {
      name: "a treating provider asked by the patient still cannot delete the profile (MITZ §4)",
      actor: gpActor,
      birthDate: ADULT,
      options: { ...del, ...onRequest },
      expected: ["refused"],
      rule: "only-patient-deletes-profile",
      cites: ["MITZ §4"],
    },
    {
      name: "a 14-year-old's profile holding objections is not deleted: that would lift them (MITZ §5d; this library's reading)",
      actor: self,
      birthDate: TEEN,
      options: { ...del, withdrawsObjection: true },
      expected: ["refused"],
      rule: "objections-of-minor-stay",
      cites: [S5D],
    },
    {
      name: "a patient of 16 or older deletes the profile alone (MITZ §5d)",
      actor: self,
      birthDate: ADULT,
      options: del,
      expected: ["allowed", undefined],
      rule: "adult-or-representative-acts",
      cites: [S5C, S5D],
    },
    {
      name: "a child of 8 cannot delete a profile holding objections; a parent decides (MITZ §5d)",
      actor: self,
      birthDate: CHILD,
      options: { ...del, withdrawsObjection: true },
      expected: ["refused"],
      rule: "under-12-parent-decides",
      cites: [S5D],
    },
    {
      name: "a provider does not subscribe to a patient's notifications (MITZ §6b)",
      actor: gpActor,
      birthDate: ADULT,
      options: sub,
      expected: ["refused"],
      rule: "only-patient-subscribes",
      cites: [S6B],
    },
    {
      name: "a patient of 16 or older subscribes (MITZ §6b)",
      actor: self,
      birthDate: ADULT,
      options: sub,
      expected: ["allowed", undefined],
      rule: "patient-subscribes",
      cites: [S6B],
    },
    {
      name: "an authorised representative of an adult manages the notifications (MITZ §5c, §6b)",
      actor: authRep,
      birthDate: ADULT,
      options: sub,
      expected: ["allowed", undefined],
      rule: "patient-subscribes",
      cites: [S6B],
    },
    {
      name: "a parent has no access to the notifications of a patient of 16 or older (MITZ §5c, §5d, §6b)",
      actor: parent,
      birthDate: ADULT,
      options: sub,
      expected: ["refused"],
      rule: "patient-16-decides-alone",
      cites: [S5C, S5D, S6B],
    },
    {
      name: "an authorised representative does not manage a 14-year-old's notifications (MITZ §5c, §5d, §6b)",
      actor: authRep,
      birthDate: TEEN,
      options: sub,
      expected: ["refused"],
      rule: "authorised-representative-of-minor",
      cites: [S5C, S5D, S6B],
    },
    {
      name: "a parent manages a 14-year-old's notifications (MITZ §5d, §6b)",
      actor: parent,
      birthDate: TEEN,
      options: sub,
      expected: ["allowed", undefined],
      rule: "patient-subscribes",
      cites: [S6B],
    },
    {
      name: "nobody subscribes for a patient not born yet (MITZ §5d)",
      actor: self,
      birthDate: UNBORN,
      options: sub,
      expected: ["refused"],
      rule: "patient-not-born",
      cites: [S5D],
    },
  ];
  it.each(cases)("$name", (c) => check(c));
});

describe("a parent's confirmation and emergency consents (MITZ §2d, §5d, §6a)", () => {
  const confirm = { action: "confirm" } as const;
  const em = { action: "record-emergency" } as const;
  const emConfirm = { action: "confirm-emergency" } as const;
  const S2D = "MITZ §2d";
  const cases: ReadonlyArray<Case> = [
    {
      name: "a parent confirms a 14-year-old's choice and it counts (MITZ §5d)",
      actor: parent,
      birthDate: TEEN,
      options: confirm,
      expected: ["allowed", "active"],
      rule: "parent-confirms",
      cites: [S5D],
    },
    {
      name: "a child of 14 cannot confirm its own choice (MITZ §5d: the parent's DigiD confirms)",
      actor: self,
      birthDate: TEEN,
      options: confirm,
      expected: ["refused"],
      rule: "parent-confirms",
      cites: [S5D],
    },
    {
      name: "a parent's confirmation does not count for a patient of 16 or older (MITZ §5d)",
      actor: parent,
      birthDate: ADULT,
      options: confirm,
      expected: ["refused"],
      rule: "parent-confirms-under-16",
      cites: [S5D],
    },
    {
      name: "a parent's confirmation does not count for a patient not born yet (MITZ §5d)",
      actor: parent,
      birthDate: UNBORN,
      options: confirm,
      expected: ["refused"],
      rule: "parent-confirms-under-16",
      cites: [S5D],
    },
    {
      name: "a patient cannot record an emergency consent: only a treating provider (MITZ §2d, §6a)",
      actor: self,
      birthDate: ADULT,
      options: { ...em, treatmentRelationship: true },
      expected: ["refused"],
      rule: "emergency-by-provider",
      cites: [S2D, S6A],
    },
    {
      name: "a provider that does not treat the patient cannot record an emergency consent (MITZ §6a)",
      actor: gpActor,
      birthDate: ADULT,
      options: em,
      expected: ["refused"],
      rule: "provider-needs-treatment-relationship",
      cites: [S6A],
    },
    {
      name: "a treating provider records an emergency consent for an adult (MITZ §2d, §6a)",
      actor: gpActor,
      birthDate: ADULT,
      options: { ...em, treatmentRelationship: true },
      expected: ["allowed", "active"],
      rule: "emergency-consent",
      cites: [S2D, S6A],
    },
    {
      name: "an emergency consent for a child of 14 needs a parent's agreement or a legal basis (MITZ §2d, §5d)",
      actor: gpActor,
      birthDate: TEEN,
      options: { ...em, treatmentRelationship: true },
      expected: ["refused"],
      rule: "minor-emergency-needs-representative-agreement",
      cites: [S2D, S5D],
    },
    {
      name: "an emergency consent for a child of 8 needs a parent's agreement or a legal basis (MITZ §2d, §5d)",
      actor: gpActor,
      birthDate: CHILD,
      options: { ...em, treatmentRelationship: true, basis: "patient-agreed" },
      expected: ["refused"],
      rule: "minor-emergency-needs-representative-agreement",
      cites: [S2D, S5D],
    },
    {
      name: "an emergency consent for a child of 14 a parent agreed to is recorded (MITZ §2d, §5d)",
      actor: gpActor,
      birthDate: TEEN,
      options: { ...em, treatmentRelationship: true, agreedBy: parent },
      expected: ["allowed", "active"],
      rule: "emergency-consent",
      cites: [S2D, S6A],
    },
    {
      name: "only the patient confirms an emergency consent, not a parent of an adult (MITZ §2d 'zelf')",
      actor: parent,
      birthDate: ADULT,
      options: emConfirm,
      expected: ["refused"],
      rule: "patient-confirms-emergency",
      cites: [S2D],
    },
    {
      name: "a patient of 16 or older confirms an emergency consent and it counts (MITZ §2d)",
      actor: self,
      birthDate: ADULT,
      options: emConfirm,
      expected: ["allowed", "active"],
      rule: "patient-confirms-emergency",
      cites: [S2D],
    },
    {
      name: "a 14-year-old's confirmation of an emergency consent waits for a parent (MITZ §2d, §5d)",
      actor: self,
      birthDate: TEEN,
      options: emConfirm,
      expected: ["allowed", "pending"],
      rule: "minor-confirms-emergency",
      cites: [S2D, S5D],
    },
    {
      name: "nobody confirms an emergency consent for a patient not born yet (MITZ §5d)",
      actor: self,
      birthDate: UNBORN,
      options: emConfirm,
      expected: ["refused"],
      rule: "patient-not-born",
      cites: [S5D],
    },
  ];
  it.each(cases)("$name", (c) => check(c));
});

describe("creating a profile (MITZ §1c, §5c, §5d, §6a, §6c; issue #10 decision 6)", () => {
  const create = { action: "create-profile" } as const;
  const cases: ReadonlyArray<Case> = [
    {
      name: "a child of 14 creates its own profile with DigiD (MITZ §1c, §5d)",
      actor: self,
      birthDate: TEEN,
      options: create,
      expected: ["allowed", "active"],
      rule: "patient-creates-profile",
      cites: ["MITZ §1c", S5D],
    },
    {
      name: "no profile is created for a patient not born yet (MITZ §5d)",
      actor: self,
      birthDate: UNBORN,
      options: create,
      expected: ["refused"],
      rule: "patient-not-born",
      cites: [S5D],
    },
    {
      name: "a provider creates the profile to import an earlier consent, without a request (MITZ §6c)",
      actor: gpActor,
      birthDate: ADULT,
      options: { ...create, imported: true },
      expected: ["allowed", "active"],
      rule: "provider-imports-earlier-consent",
      cites: ["MITZ §6c"],
    },
    {
      name: "a treating provider creates the profile on the patient's request (MITZ §6a)",
      actor: gpActor,
      birthDate: ADULT,
      options: { ...create, ...onRequest },
      expected: ["allowed", "active"],
      rule: "provider-creates-on-request",
      cites: [S6A],
    },
    {
      name: "a treating provider the patient did not ask cannot create the profile (MITZ §6a)",
      actor: gpActor,
      birthDate: ADULT,
      options: { ...create, treatmentRelationship: true },
      expected: ["refused"],
      rule: "provider-only-on-request",
      cites: [S6A],
    },
    {
      name: "an authorised representative cannot create a 14-year-old's profile first (MITZ §5c, §5d)",
      actor: authRep,
      birthDate: TEEN,
      options: create,
      expected: ["refused"],
      rule: "child-logs-in-first",
      cites: [S5C, S5D],
    },
    {
      name: "a parent cannot create a 14-year-old's profile first (MITZ §5d)",
      actor: parent,
      birthDate: TEEN,
      options: create,
      expected: ["refused"],
      rule: "child-logs-in-first",
      cites: [S5C, S5D],
    },
    {
      name: "a parent cannot create the profile of a patient of 16 or older (MITZ §5d)",
      actor: parent,
      birthDate: ADULT,
      options: create,
      expected: ["refused"],
      rule: "patient-16-decides-alone",
      cites: [S5D],
    },
    {
      name: "an authorised representative creates an adult's profile (MITZ §5c)",
      actor: authRep,
      birthDate: ADULT,
      options: create,
      expected: ["allowed", "active"],
      rule: "representative-of-adult",
      cites: [S5C],
    },
  ];
  it.each(cases)("$name", (c) => check(c));
});

describe("correcting the birth date (MITZ §4; issue #10 decision 6, this library's reading)", () => {
  const fix = { action: "correct-birth-date" } as const;
  const brp = { ...fix, birthDateSource: "brp" } as const;
  const stated = { ...fix, birthDateSource: "stated" } as const;
  const S4 = "MITZ §4";
  const cases: ReadonlyArray<Case> = [
    {
      name: "an adult states a corrected birth date over a stated one (MITZ §4)",
      actor: self,
      birthDate: ADULT,
      options: { ...stated, currentBirthDateSource: "stated" },
      expected: ["allowed", "active"],
      rule: "birth-date-corrected",
      cites: [S4],
    },
    {
      name: "a stated date does not replace a BRP date (MITZ §4)",
      actor: self,
      birthDate: ADULT,
      options: { ...stated, currentBirthDateSource: "brp" },
      expected: ["refused"],
      rule: "brp-date-stands",
      cites: [S4],
    },
    {
      name: "another BRP date does replace a BRP date (MITZ §4)",
      actor: self,
      birthDate: ADULT,
      options: { ...brp, currentBirthDateSource: "brp" },
      expected: ["allowed", "active"],
      rule: "birth-date-corrected",
      cites: [S4],
    },
    {
      name: "a child of 14 cannot state itself a new birth date (MITZ §4, §5d)",
      actor: self,
      birthDate: TEEN,
      options: stated,
      expected: ["refused"],
      rule: "minor-birth-date-from-brp",
      cites: [S4, S5D],
    },
    {
      name: "a parent of a child of 14 cannot state a birth date: only the patient states one (MITZ §4)",
      actor: parent,
      birthDate: TEEN,
      options: stated,
      expected: ["refused"],
      rule: "patient-states-birth-date",
      cites: [S4],
    },
    {
      name: "an authorised representative of an adult cannot state a birth date (MITZ §4)",
      actor: authRep,
      birthDate: ADULT,
      options: stated,
      expected: ["refused"],
      rule: "patient-states-birth-date",
      cites: [S4],
    },
    {
      name: "a treating provider asked by the patient corrects the birth date from the BRP (MITZ §4, §6a)",
      actor: gpActor,
      birthDate: ADULT,
      options: { ...brp, ...onRequest },
      expected: ["allowed", "active"],
      rule: "birth-date-corrected",
      cites: [S4],
    },
    {
      name: "a treating provider the patient did not ask cannot correct the birth date (MITZ §6a)",
      actor: gpActor,
      birthDate: ADULT,
      options: { ...brp, treatmentRelationship: true },
      expected: ["refused"],
      rule: "provider-only-on-request",
      cites: [S6A],
    },
    {
      name: "an authorised representative of a child of 14 cannot correct the birth date (MITZ §5c, §5d)",
      actor: authRep,
      birthDate: TEEN,
      options: brp,
      expected: ["refused"],
      rule: "correct-birth-date-not-allowed",
      cites: [S5C, S5D],
    },
    {
      name: "a parent of a child of 14 corrects the birth date from the BRP (MITZ §4, §5d)",
      actor: parent,
      birthDate: TEEN,
      options: brp,
      expected: ["allowed", "active"],
      rule: "birth-date-corrected",
      cites: [S4],
    },
    {
      name: "a parent of a patient of 16 or older cannot correct the birth date (MITZ §5d)",
      actor: parent,
      birthDate: ADULT,
      options: brp,
      expected: ["refused"],
      rule: "correct-birth-date-not-allowed",
      cites: [S5D],
    },
    {
      name: "an authorised representative of an adult corrects the birth date from the BRP (MITZ §4, §5c)",
      actor: authRep,
      birthDate: ADULT,
      options: brp,
      expected: ["allowed", "active"],
      rule: "birth-date-corrected",
      cites: [S4],
    },
    {
      name: "a birth date on record after the day is corrected from the BRP by an authorised representative, as for an adult (MITZ §4, §5c)",
      actor: authRep,
      birthDate: UNBORN,
      options: brp,
      expected: ["allowed", "active"],
      rule: "birth-date-corrected",
      cites: [S4],
    },
  ];
  it.each(cases)("$name", (c) => check(c));
});

describe("the age step and the decision step's inputs (MITZ §5d: 12 and 16)", () => {
  it("the age group follows the thresholds 12 and 16; a negative age is not born yet (MITZ §5d)", () => {
    expect([-1, 0, 11, 12, 15, 16].map((a) => ageGroupOf(a, mitzRules))).toEqual([
      "unborn",
      "under-12",
      "under-12",
      "12-15",
      "12-15",
      "16-plus",
    ]);
  });

  it("a patient born after the day is in the age group 'unborn', not 'under-12' (MITZ §5d)", () => {
    const v = mayRecord({ actor: self, birthDate: UNBORN }, mitzRules, AT);
    expect(v.details).toMatchObject({ ageGroup: "unborn" });
    expect(v.details.age).toBeLessThan(0);
  });

  it("the explanation starts with the patient's age on the day, citing MITZ §5d once, then the decision", () => {
    const v = mayRecord({ actor: self, birthDate: ADULT, action: "withdraw" }, mitzRules, AT);
    expect(v.because.map((s) => s.rule)).toEqual(["age-on-the-day", "adult-or-representative-acts"]);
    const age = v.because[0];
    expect(age?.inputs).toEqual({ birthDate: "1990-01-01", on: "2026-06-01" });
    expect(age?.output).toBe(36);
    expect(articles(age?.citations ?? [])).toEqual([S5D]);
    expect(age?.en).toContain("36 years old");
    expect(age?.nl).toContain("36 jaar oud");
  });

  it("a patient born on the day is 0 years old, not 'not born yet' (MITZ §5d)", () => {
    const v = mayRecord({ actor: self, birthDate: date("2026-06-01") }, mitzRules, AT);
    expect(v.details).toMatchObject({ age: 0, ageGroup: "under-12" });
    expect(v.because[0]?.en).toContain("0 years old");
    expect(v.because[0]?.nl).toContain("0 jaar oud");
  });

  it("for a birth date after the day the age step says the patient was not born yet (MITZ §5d)", () => {
    const v = mayRecord({ actor: self, birthDate: UNBORN }, mitzRules, AT);
    expect(v.because[0]?.en).toContain("not born yet");
    expect(v.because[0]?.nl).toContain("nog niet geboren");
  });

  it("the decision step names the actor, the action asked and the age group (default action: record)", () => {
    const asked = mayRecord({ actor: parent, birthDate: TEEN, action: "confirm" }, mitzRules, AT);
    const plain = mayRecord({ actor: self, birthDate: CHILD }, mitzRules, AT);
    expect(asked.reasons[0]?.inputs).toEqual({ actor: "Parent", action: "confirm", ageGroup: "12-15" });
    expect(plain.reasons[0]?.inputs).toEqual({ actor: "Patient", action: "record", ageGroup: "under-12" });
  });
});

describe("each explanation states the actor, the age group and the basis that decided (MITZ §5c, §5d, §6a, §6c, §4)", () => {
  const texts = (actor: Actor, birthDate: LocalDate, options: MayRecordOptions = {}) => {
    const [en, nl] = verdictOf(actor, birthDate, options).texts;
    return { en, nl };
  };

  it("an imported consent is explained as given earlier (MITZ §6c), a recording on request as asked (MITZ §6a)", () => {
    const imported = texts(gpActor, ADULT, { imported: true });
    const asked = texts(gpActor, ADULT, onRequest);
    expect(imported.en).toContain("gave it earlier");
    expect(imported.nl).toContain("eerder aan hem gegeven");
    expect(asked.en).toContain("at the patient's request");
    expect(asked.nl).toContain("op verzoek van de patiënt");
  });

  it("for a patient of 16 or older the explanation names the patient or the representative who recorded (MITZ §5c, §5d)", () => {
    const alone = texts(self, ADULT);
    const rep = texts(authRep, ADULT);
    expect(alone.en).toContain("records the choice alone");
    expect(alone.nl).toContain("legt de keuze zelf vast");
    expect(rep.en).toContain("A representative");
    expect(rep.nl).toContain("vertegenwoordiger legt de keuze vast");
  });

  it("a refusal for a 12–15-year-old names who refused: the child or a parent (MITZ §5d; issue #10 decision 1)", () => {
    const child = texts(self, TEEN, { decision: "deny" });
    const byParent = texts(parent, TEEN, { decision: "deny" });
    expect(child.en).toContain("so the child may refuse alone");
    expect(child.nl).toContain("dus het kind mag alleen weigeren");
    expect(byParent.en).toContain("so a parent may refuse alone");
    expect(byParent.nl).toContain("dus een ouder mag alleen weigeren");
  });

  it("a child's pending recording states its age group: 12–15 or under 12 (MITZ §5d)", () => {
    const teen = texts(self, TEEN);
    const child = texts(self, CHILD);
    expect(teen.en).toContain("The patient is 12–15");
    expect(teen.nl).toContain("De patiënt is 12–15");
    expect(child.en).toContain("The patient is under 12");
    expect(child.nl).toContain("De patiënt is jonger dan 12");
  });

  it("a provider's withdrawal on request is explained as withdrawing, in Dutch 'intrekken' (MITZ §6a)", () => {
    const r = texts(gpActor, ADULT, { action: "withdraw", ...onRequest });
    expect(r.en).toContain("may withdraw at the patient's request");
    expect(r.nl).toContain("mag op verzoek van de patiënt intrekken");
  });

  it("a corrected birth date states where it comes from: the BRP or the patient (MITZ §4)", () => {
    const fromBrp = texts(self, ADULT, { action: "correct-birth-date", birthDateSource: "brp" });
    const stated = texts(self, ADULT, { action: "correct-birth-date", birthDateSource: "stated" });
    expect(fromBrp.en).toContain("(from the BRP)");
    expect(fromBrp.nl).toContain("(uit de BRP)");
    expect(stated.en).toContain("(as stated by the patient)");
    expect(stated.nl).toContain("(zoals de patiënt opgeeft)");
  });
});
