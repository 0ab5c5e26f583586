// A typed BirthDateCorrected to a day after the correction was accepted by foldProfile (the decoder
// and a ProfileCreated with such a date were already refused). Every later action was then dated
// before the birth on record: a treating provider could still record an emergency consent (a
// permit), while the patient could no longer withdraw a permit given before. The fold now rejects
// the correction itself (`patient-not-born`, citing MITZ §5d as at creation; consent guide §6).
import { date, formatInstant, instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { ALL_DATA, type ConsentEvent, decide, decodeEventLog, foldProfile, mitzRules } from "../src/index.js";
import {
  compiled,
  created,
  emergency,
  hospitalX,
  org,
  patient,
  recorded,
  request,
  self,
  withdrawn,
} from "./fixtures.js";

const correctedTo = (birthDate: string, at = "2026-03-02T10:00:00+01:00"): ConsentEvent => ({
  _tag: "BirthDateCorrected",
  eventId: `fix-${birthDate}-${Date.parse(at)}`,
  at: instant(at),
  patient,
  actor: self,
  birthDate: date(birthDate),
  birthDateSource: "brp",
});
const permit = () =>
  recorded("2026-03-01T11:00:00+01:00", "p", {
    custodian: org(hospitalX),
    dataCategory: ALL_DATA,
    decision: "permit",
  });
const askedAt = (at: string) => request(at, { dataCategory: ALL_DATA }); // the GP, of a hospital

describe("a birth date corrected to a day after the correction (MITZ §4, §2c, §2d)", () => {
  it("is rejected by the fold with patient-not-born, as a ProfileCreated with such a date and decodeEventLog are", () => {
    const events = [created("2026-03-01T10:00:00+01:00", "1980-05-17"), correctedTo("2026-09-01")];
    const profile = foldProfile(events, mitzRules);
    expect(profile.birthDate).toBe("1980-05-17");
    expect(profile.rejected.map((r) => r.step.rule)).toEqual(["patient-not-born"]);
    expect(profile.rejected[0]?.step.citations.map((c) => `${c.source} ${c.article}`)).toEqual(["MITZ §5d"]);
  });

  it("decodeEventLog refuses the same correction at its birthDate, and accepts it with a date before the day", () => {
    const json = (birthDate: string) =>
      [created("2026-03-01T10:00:00+01:00", "1980-05-17"), correctedTo(birthDate)].map((e) => ({
        ...e,
        at: formatInstant(e.at),
      }));
    const later = decodeEventLog(json("2026-09-01"), mitzRules);
    expect(later.ok).toBe(false);
    if (!later.ok)
      expect(later.issues.map((i) => [i.path, i.message])).toEqual([
        ["$[1].birthDate", "The birth date lies after the day of the event (2026-03-02)"],
      ]);
    expect(decodeEventLog(json("2012-06-01"), mitzRules).ok).toBe(true);
  });

  it("the day is the local day in Amsterdam: at 23:30Z on 1 March it is 2 March, so 2 March is not after it", () => {
    const profile = foldProfile(
      [created("2026-03-01T10:00:00+01:00", "1980-05-17"), correctedTo("2026-03-02", "2026-03-01T23:30:00Z")],
      mitzRules,
    );
    expect(profile.rejected).toEqual([]);
    expect(profile.birthDate).toBe("2026-03-02");
    const before = foldProfile(
      [created("2026-03-01T10:00:00+01:00", "1980-05-17"), correctedTo("2026-03-02", "2026-03-01T22:59:59Z")],
      mitzRules,
    );
    expect(before.rejected.map((r) => r.step.rule)).toEqual(["patient-not-born"]);
  });

  it("a correction to the day of the correction itself is accepted (age 0 on the day of birth)", () => {
    const profile = foldProfile(
      [created("2026-03-01T10:00:00+01:00", "1980-05-17"), correctedTo("2026-03-02")],
      mitzRules,
    );
    expect(profile.birthDate).toBe("2026-03-02");
    expect(profile.rejected).toEqual([]);
  });

  it("so a permit given before can still be withdrawn afterwards: no permit left (MITZ §2c)", () => {
    const profile = foldProfile(
      [
        created("2026-03-01T10:00:00+01:00", "1980-05-17"),
        permit(),
        correctedTo("2026-09-01"),
        withdrawn("2026-03-10T10:00:00+01:00", "p"),
      ],
      mitzRules,
    );
    expect(profile.rejected.map((r) => r.step.rule)).toEqual(["patient-not-born"]);
    expect(profile.choices).toEqual([]);
    expect(decide(askedAt("2026-03-20T10:00:00+01:00"), compiled(profile)).value).not.toBe("Permit");
  });

  it("and a treating provider's emergency consent after it is judged on the birth date that stands (MITZ §2d)", () => {
    const profile = foldProfile(
      [
        created("2026-03-01T10:00:00+01:00", "1980-05-17"),
        correctedTo("2026-09-01"),
        emergency("2026-03-28T10:00:00+01:00", "em"),
      ],
      mitzRules,
    );
    expect(profile.birthDate).toBe("1980-05-17");
    expect(profile.rejected.map((r) => r.step.rule)).toEqual(["patient-not-born"]);
    expect(decide(askedAt("2026-03-28T11:00:00+01:00"), compiled(profile)).value).toBe("Permit");
  });
});
