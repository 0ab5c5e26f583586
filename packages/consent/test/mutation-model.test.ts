// Tests that kill surviving mutants of src/model.ts (issue #17, docs/quality.md): when a choice
// counts (`isValidAt`: from ≤ at < until, MITZ §2d's 72 hours end exclusive), the key under which a
// newer choice replaces an older one (`choiceKey`, spec consent §2; requester codes in any order
// are one key), and the descriptions of actor, custodian and requesters the explanations show, so
// the patient can see who recorded a choice (MITZ §6b). Every result is computed inside its `it`.
import { instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  type Actor,
  ALL_DATA,
  type Choice,
  choiceKey,
  describeActor,
  describeCustodian,
  describeRequesters,
  foldProfile,
  isValidAt,
  mitzRules,
} from "../src/index.js";
import { makeChoice } from "../src/model.js";
import {
  allRequesters,
  categories,
  created,
  GPS,
  gpActor,
  HOSPITALS,
  hospitalX,
  org,
  PHARMACIES,
  recorded,
  self,
  type,
} from "./fixtures.js";

const FROM = instant("2026-03-28T10:00:00+01:00");
const HOUR = 3_600_000;
const choice = (until: number | undefined): Choice =>
  makeChoice(
    {
      id: "em-1",
      custodian: org(hospitalX),
      dataCategory: ALL_DATA,
      requesters: allRequesters,
      decision: "permit",
      recordedAt: FROM,
      recordedBy: gpActor,
      origin: "emergency",
    },
    FROM,
    until === undefined ? undefined : instant(new Date(until).toISOString()),
  );

describe("isValidAt: a choice counts from its start up to, not at, its end (MITZ §2d)", () => {
  it("an emergency consent of 72 hours counts at its start and 1 ms before the 72nd hour, not 1 ms before its start nor at the 72nd hour (MITZ §2d)", () => {
    const c = choice(FROM + 72 * HOUR);
    expect([FROM - 1, FROM, FROM + 72 * HOUR - 1, FROM + 72 * HOUR].map((t) => isValidAt(c, t))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
  it("a choice without an end counts from its start on, years later too, and not before it (MITZ §2c)", () => {
    const c = choice(undefined);
    expect([FROM - 1, FROM, FROM + 10 * 365 * 24 * HOUR].map((t) => isValidAt(c, t))).toEqual([
      false,
      true,
      true,
    ]);
  });
});

describe("choiceKey: a newer choice for the same custodian, category and requesters replaces the older one (spec consent §2, MITZ §2c)", () => {
  it("every custodian and every requester are written as '*', a provider type as T:, an organisation as O:", () => {
    expect([
      choiceKey({ custodian: { _tag: "AllCustodians" }, dataCategory: ALL_DATA, requesters: allRequesters }),
      choiceKey({ custodian: type(HOSPITALS), dataCategory: "GGC002", requesters: categories(GPS) }),
      choiceKey({ custodian: org(hospitalX), dataCategory: "GGC002", requesters: allRequesters }),
    ]).toEqual([`*|${ALL_DATA}|*`, `T:${HOSPITALS}|GGC002|C:${GPS}`, `O:${hospitalX}|GGC002|*`]);
  });
  it("the same requester categories in another order and repeated are one key", () => {
    expect(
      choiceKey({
        custodian: org(hospitalX),
        dataCategory: ALL_DATA,
        requesters: categories(PHARMACIES, GPS, GPS),
      }),
    ).toBe(
      choiceKey({
        custodian: org(hospitalX),
        dataCategory: ALL_DATA,
        requesters: categories(GPS, PHARMACIES),
      }),
    );
  });
  it("a deny for requesters GP, pharmacy replaces the earlier permit for pharmacy, GP: one choice in force, the deny", () => {
    const p = foldProfile(
      [
        created("2026-01-01T10:00:00+01:00"),
        recorded("2026-01-02T10:00:00+01:00", "a", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          requesters: categories(PHARMACIES, GPS),
          decision: "permit",
        }),
        recorded("2026-01-03T10:00:00+01:00", "b", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          requesters: categories(GPS, PHARMACIES),
          decision: "deny",
        }),
      ],
      mitzRules,
    );
    expect(p.choices.map((c) => [c.id, c.decision])).toEqual([["b", "deny"]]);
  });
});

describe("the descriptions in an explanation name who recorded the choice and what it is about (MITZ §6b)", () => {
  it("each kind of actor is described as itself", () => {
    const actors: ReadonlyArray<Actor> = [
      self,
      { _tag: "Parent", relation: "parent" },
      { _tag: "Parent", relation: "legal-representative" },
      { _tag: "AuthorisedRepresentative" },
      gpActor,
    ];
    expect(actors.map((a) => describeActor(a))).toEqual([
      { en: "the patient", nl: "de patiënt" },
      { en: "a parent", nl: "een ouder" },
      { en: "a legal representative", nl: "een wettelijk vertegenwoordiger" },
      { en: "an authorised representative", nl: "een gemachtigde" },
      {
        en: "provider URA 00003333 (professional UZI 000000011, role 01.015)",
        nl: "zorgaanbieder URA 00003333 (zorgverlener UZI 000000011, rol 01.015)",
      },
    ]);
  });
  it("each kind of custodian is described as itself", () => {
    expect(
      [org(hospitalX), type(HOSPITALS), { _tag: "AllCustodians" } as const].map(describeCustodian),
    ).toEqual([
      { en: "custodian URA 00001111", nl: "bronhouder URA 00001111" },
      { en: "every custodian of type RPZAC104", nl: "elke bronhouder van type RPZAC104" },
      { en: "every custodian", nl: "elke bronhouder" },
    ]);
  });
  it("each kind of requesters is described as itself", () => {
    expect(
      [{ _tag: "Organisation", ura: hospitalX } as const, categories(GPS, PHARMACIES), allRequesters].map(
        describeRequesters,
      ),
    ).toEqual([
      { en: "requester URA 00001111", nl: "opvrager URA 00001111" },
      { en: "requesters of RPZAC001, RPZAC005", nl: "opvragers van RPZAC001, RPZAC005" },
      { en: "every requester", nl: "elke opvrager" },
    ]);
  });
});
