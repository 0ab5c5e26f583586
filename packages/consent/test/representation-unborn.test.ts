// Before the patient's birth by the date on record (a birth date corrected to a later day), every
// rule refused with `patient-not-born` except three provider paths, which looked at the provider's
// conditions first: a treating provider asked by the patient could record a choice (pending),
// withdraw one and record an emergency consent (allowed, active: a permit). Now every action but
// the birth-date correction itself is refused (this library's reading, consent guide §6).
import { date, instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  type ConsentEvent,
  decide,
  foldProfile,
  type MayRecordOptions,
  mayRecord,
  mitzRules,
} from "../src/index.js";
import { compiled, created, emergency, gpActor, patient, request, self } from "./fixtures.js";

const AT = instant("2026-06-01T10:00:00+02:00");
const LATER_BIRTH = date("2026-09-01"); // on record: after the day of the action
const onRequest = { treatmentRelationship: true, onPatientRequest: true } as const;

describe("a patient not born yet by the date on record: nobody acts, the provider neither (MITZ §5d, §6a, §2d)", () => {
  it.each<[string, MayRecordOptions]>([
    ["records a choice at the patient's request (MITZ §6a)", { action: "record", ...onRequest }],
    ["withdraws a choice at the patient's request (MITZ §6a)", { action: "withdraw", ...onRequest }],
    [
      "records an emergency consent (MITZ §2d)",
      { action: "record-emergency", ...onRequest, basis: "legal-basis" },
    ],
    ["imports an earlier consent (MITZ §6c)", { action: "record", ...onRequest, imported: true }],
  ])("a treating provider who %s is refused: patient-not-born", (_name, options) => {
    const v = mayRecord({ actor: gpActor, birthDate: LATER_BIRTH, ...options }, mitzRules, AT);
    expect(v.value).toBe("refused");
    expect(v.reasons.map((s) => s.rule)).toEqual(["patient-not-born"]);
    expect(v.details).toMatchObject({ ageGroup: "unborn", status: undefined, needs: [] });
  });

  it("the birth date itself may still be corrected from the BRP (MITZ §4)", () => {
    const v = mayRecord(
      {
        actor: gpActor,
        birthDate: LATER_BIRTH,
        action: "correct-birth-date",
        birthDateSource: "brp",
        ...onRequest,
      },
      mitzRules,
      AT,
    );
    expect(v.value).toBe("allowed");
    expect(v.reasons.map((s) => s.rule)).toEqual(["birth-date-corrected"]);
  });

  it("folded: after a correction to a later birth date, a provider's emergency consent before it gives no permit", () => {
    const correction: ConsentEvent = {
      _tag: "BirthDateCorrected",
      eventId: "fix",
      at: instant("2026-03-02T10:00:00+01:00"),
      patient,
      actor: self,
      birthDate: date("2026-09-01"),
      birthDateSource: "brp",
    };
    const profile = foldProfile(
      [created("2026-03-01T10:00:00+01:00"), correction, emergency("2026-03-28T10:00:00+01:00", "em")],
      mitzRules,
    );
    expect(profile.birthDate).toBe("2026-09-01");
    expect(profile.rejected.map((r) => r.step.rule)).toEqual(["patient-not-born"]);
    const asked = request("2026-03-28T11:00:00+01:00", { dataCategory: ALL_DATA }); // the GP, of a hospital
    expect(decide(asked, compiled(profile)).value).not.toBe("Permit");
  });
});
