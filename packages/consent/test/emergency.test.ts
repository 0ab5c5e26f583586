import { formatInstant, type Instant, instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  type ConsentEvent,
  decide,
  decodeEvent,
  foldProfile,
  MEDICATION,
  mitzRules,
  profileAt,
  RESULTS,
} from "../src/index.js";
import {
  compiled,
  confirmedByParent,
  created,
  emergency,
  emergencyConfirmed,
  GPS,
  gpActor,
  gpPractice,
  hospitalX,
  hospitalY,
  org,
  parent,
  patient,
  recorded,
  request,
  withdrawn,
} from "./fixtures.js";

const H = 3_600_000;
const t0 = instant("2026-03-28T10:00:00+01:00"); // Saturday, CET; DST starts Sunday 29 March
const plus = (ms: number) => (t0 + ms) as Instant;
const ask = (at: Instant, requesterUra = gpPractice) =>
  request(at, { dataCategory: RESULTS, requester: { ura: requesterUra, category: GPS } });
const base = [created("2026-03-01T10:00:00+01:00"), emergency("2026-03-28T10:00:00+01:00", "em")];

describe("emergency consent: at most 72 hours of elapsed time (MITZ §2d, §6a)", () => {
  it("recorded Saturday 28 March 2026 10:00 CET, it expires Tuesday 31 March 2026 11:00 CEST (DST does not shorten it)", () => {
    const p = foldProfile(base, mitzRules);
    expect(formatInstant(p.choices[0]?.until as number)).toBe("2026-03-31T11:00:00+02:00");
  });

  it("permits the recording provider at 71 h 59 min", () => {
    expect(decide(ask(plus(71 * H + 59 * 60_000)), compiled(foldProfile(base, mitzRules))).value).toBe(
      "Permit",
    );
  });

  it("no longer permits anything at 72 h: no event is needed for the expiry", () => {
    const d = decide(ask(plus(72 * H)), compiled(foldProfile(base, mitzRules)));
    expect(d.value).toBe("NotApplicable");
  });

  it("covers every custodian and every data category, but only the recording provider as requester", () => {
    const p = foldProfile(base, mitzRules);
    const other = request(plus(H), {
      dataCategory: MEDICATION,
      custodian: { ura: hospitalY, type: "RPZAC003" },
    });
    expect(decide(other, compiled(p)).value).toBe("Permit");
    expect(decide(request(plus(H), { dataCategory: ALL_DATA }), compiled(p)).value).toBe("Permit");
    expect(decide(ask(plus(H), hospitalX), compiled(p)).value).toBe("NotApplicable");
  });

  it("a recorded 'no' for a named custodian still wins over an emergency consent (more specific)", () => {
    const p = foldProfile(
      [
        ...base,
        recorded("2026-03-28T10:30:00+01:00", "no-x", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "deny",
        }),
      ],
      mitzRules,
    );
    expect(decide(ask(plus(2 * H)), compiled(p)).value).toBe("Deny");
  });

  it("ends earlier when withdrawn", () => {
    const events = [...base, withdrawn("2026-03-28T20:00:00+01:00", "em")];
    expect(decide(ask(plus(9 * H)), compiled(profileAt(events, mitzRules, plus(9 * H)))).value).toBe(
      "Permit",
    );
    expect(decide(ask(plus(10 * H)), compiled(profileAt(events, mitzRules, plus(10 * H)))).value).toBe(
      "NotApplicable",
    );
  });

  it("a shorter validity than 72 hours is respected", () => {
    const p = foldProfile(
      [
        created("2026-03-01T10:00:00+01:00"),
        emergency("2026-03-28T10:00:00+01:00", "em", undefined, "2026-03-29T10:00:00+02:00"),
      ],
      mitzRules,
    );
    expect(decide(ask(plus(23 * H - 1)), compiled(p)).value).toBe("Permit");
    expect(decide(ask(plus(23 * H)), compiled(p)).value).toBe("NotApplicable");
  });
});

describe("emergency consent only by a treating provider (MITZ §6a: 'Alleen zorgaanbieders die jou behandelen')", () => {
  const untreated = (flag: boolean | undefined) => {
    const { treatmentRelationship: _, ...rest } = emergency("2026-03-28T10:00:00+01:00", "em") as Extract<
      ConsentEvent,
      { _tag: "EmergencyConsentRecorded" }
    >;
    return flag === undefined ? rest : { ...rest, treatmentRelationship: flag };
  };

  it.each([
    ["states it does not treat the patient", false],
    ["does not state a treatment relationship", undefined],
  ] as const)("an emergency consent by a provider that %s is not applied and permits nothing", (_, flag) => {
    const p = foldProfile([created("2026-03-01T10:00:00+01:00"), untreated(flag)], mitzRules);
    expect(p.choices).toEqual([]);
    expect(p.rejected[0]?.reason).toMatch(/treat the patient/);
    expect(decide(ask(plus(H)), compiled(p)).value).toBe("NotApplicable");
  });
});

describe("emergency consent: confirmation by the patient (MITZ §2d)", () => {
  it("a confirmation at 71 h turns it into a regular choice without a gap: still permitted at 72 h and a year later", () => {
    const events = [...base, { ...emergencyConfirmed("2026-03-31T10:00:00+02:00", "em") }];
    const p = foldProfile(events, mitzRules);
    expect(p.choices[0]?.until).toBeUndefined();
    expect(p.choices[0]?.from).toBe(t0);
    expect(decide(ask(plus(72 * H)), compiled(p)).value).toBe("Permit");
    expect(decide(ask(plus(365 * 24 * H)), compiled(p)).value).toBe("Permit");
    expect(decide(ask(plus(H)), compiled(p)).value).toBe("Permit");
  });

  it("a confirmation after expiry records a new regular choice from the confirmation on; the gap stays uncovered", () => {
    const events = [...base, emergencyConfirmed("2026-03-31T12:00:00+02:00", "em")]; // 73 h
    const p = foldProfile(events, mitzRules);
    expect(decide(ask(plus(72 * H + 30 * 60_000)), compiled(p)).value).toBe("NotApplicable");
    expect(decide(ask(plus(73 * H)), compiled(p)).value).toBe("Permit");
    expect(
      decide(
        ask(plus(72 * H + 30 * 60_000)),
        compiled(profileAt(events, mitzRules, plus(72 * H + 30 * 60_000))),
      ).value,
    ).toBe("NotApplicable");
    expect(decide(ask(plus(10 * H)), compiled(profileAt(events, mitzRules, plus(10 * H)))).value).toBe(
      "Permit",
    );
  });

  it("a confirmation by a patient under 16 becomes regular only when a parent confirms it", () => {
    const events = [
      created("2026-03-01T10:00:00+01:00", "2012-01-01"),
      emergency("2026-03-28T10:00:00+01:00", "em", gpActor, undefined, { agreedBy: parent }),
    ];
    const pending = foldProfile(
      [...events, emergencyConfirmed("2026-03-29T10:00:00+02:00", "em")],
      mitzRules,
    );
    expect(decide(ask(plus(80 * H)), compiled(pending)).value).toBe("NotApplicable");
    const confirmed = foldProfile(
      [
        ...events,
        emergencyConfirmed("2026-03-29T10:00:00+02:00", "em"),
        confirmedByParent("2026-03-29T12:00:00+02:00", "em"),
      ],
      mitzRules,
    );
    expect(decide(ask(plus(80 * H)), compiled(confirmed)).value).toBe("Permit");
  });

  it("an emergency consent confirmed and withdrawn at the same instant is Indeterminate from then on", () => {
    const events = [
      ...base,
      emergencyConfirmed("2026-03-28T20:00:00+01:00", "em"),
      withdrawn("2026-03-28T20:00:00+01:00", "em"),
    ];
    const p = foldProfile(events, mitzRules);
    expect(decide(ask(plus(5 * H)), compiled(p)).value).toBe("Permit");
    const d = decide(ask(plus(10 * H)), compiled(p));
    expect(d.value).toBe("Indeterminate");
    expect(d.choice?.id).toBe("em");
    // the same events in the other order give the same answer
    expect(decide(ask(plus(10 * H)), compiled(foldProfile([...events].reverse(), mitzRules))).value).toBe(
      "Indeterminate",
    );
  });
});

describe("emergency consent: bad input is rejected at decoding (spec §10)", () => {
  const json = (validUntil?: string, extra: Record<string, unknown> = {}) => ({
    _tag: "EmergencyConsentRecorded",
    eventId: "e9",
    at: "2026-03-28T10:00:00+01:00",
    patient,
    actor: { _tag: "Provider", ura: gpPractice, uzi: "000000011", role: "01.015" },
    choiceId: "em",
    basis: "patient-agreed",
    ...(validUntil === undefined ? {} : { validUntil }),
    ...extra,
  });

  it("an emergency consent of exactly 72 hours is accepted", () => {
    expect(decodeEvent(json("2026-03-31T11:00:00+02:00"), mitzRules).ok).toBe(true);
  });

  it("an emergency consent longer than 72 hours is rejected with a readable message", () => {
    const r = decodeEvent(json("2026-03-31T11:00:01+02:00"), mitzRules);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/at most 72 hours/);
  });

  it("without the patient's agreement the legal basis must be named", () => {
    expect(decodeEvent(json(undefined, { basis: "legal-basis" }), mitzRules).ok).toBe(false);
    expect(
      decodeEvent(json(undefined, { basis: "legal-basis", legalBasis: "WGBO art. 7:466" }), mitzRules).ok,
    ).toBe(true);
  });

  it("an emergency consent recorded by the patient instead of a provider is rejected", () => {
    expect(decodeEvent(json(undefined, { actor: { _tag: "Patient" } }), mitzRules).ok).toBe(false);
  });
});
