// `ConsentStore.put` refuses a profile its snapshot could not load again (issue #17): before, a
// profile with a cast URA was stored (as an object), and the next `loadConsentStore` of the
// store's snapshot refused the whole file as "corrupted" — a service could not restart.
import { uraNumber } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  type ConsentProfile,
  createConsentStore,
  foldProfile,
  loadConsentStore,
  mitzRules,
  RESULTS,
  snapshotConsentStore,
} from "../src/index.js";
import { created, emergency, gpActor, hospitalX, org, patient, recorded, request } from "./fixtures.js";
import { concat } from "./snapshot-bytes.js";

const BSN = patient;
const valid: ConsentProfile = {
  ...foldProfile(
    [
      created("2026-01-05T09:00:00+01:00"),
      recorded("2026-01-05T10:00:00+01:00", "c1", {
        custodian: org(hospitalX),
        dataCategory: ALL_DATA,
        decision: "deny",
      }),
    ],
    mitzRules,
  ),
  patient: BSN,
};
const withUra = (ura: string): ConsentProfile => ({
  ...valid,
  choices: valid.choices.map((c) => ({ ...c, custodian: { _tag: "Organisation", ura: ura as never } })),
});
const withFrom = (from: number): ConsentProfile => ({
  ...valid,
  choices: valid.choices.map((c) => ({ ...c, from }) as never),
});

describe("ConsentStore.put refuses what its snapshot could not load", () => {
  for (const [name, profile] of [
    ["a URA of 7 digits", withUra("1234567")],
    ['a URA "1e0" (Number reads it as 1)', withUra("1e0")],
    ["a URA with a space", withUra(" 00000001")],
    ["a `from` that is not a number", withFrom(Number.NaN)],
    // JSON writes -Infinity as null, read back as "no end": an unconfirmed emergency consent
    // would have come back confirmed (review of e07a4ff)
    [
      "an emergency consent with `until` -Infinity",
      {
        ...valid,
        choices: valid.choices.map((c) => ({ ...c, origin: "emergency", until: -Infinity }) as never),
      },
    ],
    [
      "an `indeterminateFrom` of Infinity",
      { ...valid, choices: valid.choices.map((c) => ({ ...c, indeterminateFrom: Infinity }) as never) },
    ],
    // the packed path took any strings as a provider's fields; a profile of many choices (kept as
    // an object) was refused for the same actor
    [
      "a provider recorded it with a URA of 1 digit",
      {
        ...valid,
        choices: valid.choices.map((c) => ({ ...c, recordedBy: { ...gpActor, ura: "1" } }) as never),
      },
    ],
  ] as const)
    it(`throws a TypeError for ${name}, keeps the patient's stored profile, and the snapshot still loads`, () => {
      const store = createConsentStore(mitzRules);
      expect(store.put(valid)).toBe(true);
      const ask = request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS });
      const before = store.decide(ask);
      expect(before.value).toBe("Deny");
      let message = "";
      try {
        store.put(profile);
      } catch (e) {
        expect(e).toBeInstanceOf(TypeError);
        message = (e as Error).message;
      }
      expect(message).toContain("decodeEventLog");
      expect(message).not.toContain(BSN);
      expect(store.size).toBe(1);
      expect(store.decide(ask)).toEqual(before);
      const loaded = loadConsentStore(concat(snapshotConsentStore(store)), mitzRules);
      expect(loaded.ok).toBe(true);
      if (loaded.ok) expect(loaded.value.decide(ask)).toEqual(before);
    });

  it("keeps a valid profile that is stored as an object (more choices than a packed record holds) and reloads it", () => {
    const events = [created("2026-01-05T09:00:00+01:00")];
    for (let i = 0; i < 40; i++)
      events.push(
        recorded(`2026-01-05T10:${String(i).padStart(2, "0")}:00+01:00`, `c${i}`, {
          custodian: org(uraNumber(String(10_000_000 + i))),
          dataCategory: ALL_DATA,
          decision: i % 2 === 0 ? "deny" : "permit",
        }),
      );
    const big = { ...foldProfile(events, mitzRules), patient: BSN };
    const store = createConsentStore(mitzRules);
    expect(store.put(big)).toBe(true);
    expect(store.stats().objectProfiles).toBe(1);
    const loaded = loadConsentStore(concat(snapshotConsentStore(store)), mitzRules);
    expect(loaded.ok).toBe(true);
    const ask = request("2026-02-01T10:00:00+01:00", {
      custodian: { ura: uraNumber("10000007"), type: "RPZAC104" },
      dataCategory: RESULTS,
    });
    expect(store.decide(ask).value).toBe("Permit");
    if (loaded.ok) expect(loaded.value.decide(ask)).toEqual(store.decide(ask));
  });

  it("a refused profile interns nothing: the provider of its valid first choice is not in the store's actors or its next snapshot", () => {
    const store = createConsentStore(mitzRules);
    store.put(valid);
    const before = store.stats().actors;
    const snapshot = concat(snapshotConsentStore(store));
    const newProvider = { _tag: "Provider", ura: "00004444", uzi: "999999990", role: "01.015" };
    const two = {
      ...valid,
      choices: [
        { ...(valid.choices[0] as object), id: "a", recordedBy: newProvider },
        { ...(valid.choices[0] as object), id: "b", recordedBy: { _tag: "Robot" } },
      ] as never,
    };
    expect(() => store.put(two)).toThrow(TypeError);
    expect(store.stats().actors).toBe(before);
    expect(concat(snapshotConsentStore(store))).toEqual(snapshot);
  });

  it("keeps an emergency consent recorded at the last instant whose 72-hour end the range holds (kept as an object: 32 choices), and reloads it (a later one is refused by decodeEventLog, rejected by foldProfile: review2-far-until)", () => {
    const events = [created("2026-01-05T09:00:00+01:00")];
    for (let i = 0; i < 32; i++)
      events.push(
        recorded(`2026-01-05T10:${String(i).padStart(2, "0")}:00+01:00`, `c${i}`, {
          custodian: org(uraNumber(String(10_000_000 + i))),
          dataCategory: ALL_DATA,
          decision: "deny",
        }),
      );
    events.push(
      emergency("9999-12-27T23:59:59.999Z", "e1", gpActor, undefined, {
        basis: "legal-basis",
        legalBasis: "WGBO art. 7:465",
      }),
    );
    const p = { ...foldProfile(events, mitzRules), patient: BSN };
    const e = p.choices.find((c) => c.id === "e1");
    expect(e?.until).toBe(Date.parse("9999-12-30T23:59:59.999Z"));
    const store = createConsentStore(mitzRules);
    expect(store.put(p)).toBe(true);
    expect(store.stats().objectProfiles).toBe(1);
    const loaded = loadConsentStore(concat(snapshotConsentStore(store)), mitzRules);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.value.compiledOf(BSN)?.choices).toEqual(store.compiledOf(BSN)?.choices);
  });
});
