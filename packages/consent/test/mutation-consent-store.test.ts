// Tests that kill surviving mutants of src/store/consent-store.ts (issue #17, docs/quality.md):
// the progress calls of `buildConsentStore`, the memory `stats` (the typed arrays' bytes), and a
// patient number that is not 9 digits (reached only through a cast: no decoder gives one), which
// must find no patient — never the empty slot the hash keeps for "no key". The answers asked of
// the store follow MITZ §2c (a choice per provider counts from its start; no choice of the patient:
// NotApplicable). Small stores of a few profiles reach each path; every store is built in its `it`.
import { type Bsn, bsnProblem, type UraNumber } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  type Actor,
  ALL_DATA,
  buildConsentStore,
  type ConsentProfile,
  createConsentStore,
  foldProfile,
  mitzRules,
  RESULTS,
} from "../src/index.js";
import { SLOT_KEY } from "../src/internal/store-layout.js";
import { consentStoreParts } from "../src/store/consent-store.js";
import { created, gpActor, hospitalX, org, patient, recorded, request } from "./fixtures.js";

/** The first `n` valid test BSNs from 100 000 000 up (11-check), as the store tests cast them. */
const bsns = (n: number): Array<Bsn> => {
  const out: Array<Bsn> = [];
  for (let i = 100_000_000; out.length < n; i++)
    if (bsnProblem(String(i)) === undefined) out.push(String(i) as Bsn);
  return out;
};
/** A patient's profile: a permit for hospital X, all data, recorded on 5 Jan 2026 by `who`. */
const permitX = (bsn: Bsn, who?: Actor): ConsentProfile => ({
  ...foldProfile(
    [
      created("2026-01-05T09:00:00+01:00"),
      recorded(
        "2026-01-05T10:00:00+01:00",
        "c1",
        { custodian: org(hospitalX), dataCategory: ALL_DATA, decision: "permit" },
        who,
        { onPatientRequest: true, treatmentRelationship: true },
      ),
    ],
    mitzRules,
  ),
  patient: bsn,
});
const askX = (at: string, bsn: Bsn) => ({
  ...request(at, { custodian: { ura: hospitalX as UraNumber, type: "RPZAC104" }, dataCategory: RESULTS }),
  patient: bsn,
});

describe("buildConsentStore calls onProgress every `progressEvery` profiles and once at the end (its API contract)", () => {
  for (const [n, expected, name] of [
    [4, [2, 4], "after the 2nd and the 4th, not a second time at the end"],
    [3, [2, 3], "after the 2nd, and at the end for the 3rd"],
  ] as const)
    it(`${n} profiles, every 2: called ${name}`, () => {
      const seen: Array<number> = [];
      buildConsentStore(
        bsns(n).map((b) => permitX(b)),
        mitzRules,
        { progressEvery: 2, onProgress: (p) => seen.push(p.profiles) },
      );
      expect(seen).toEqual(expected);
    });
  it("without onProgress a build with progressEvery 1 stores every profile and calls nothing", () => {
    const store = buildConsentStore(
      bsns(3).map((b) => permitX(b)),
      mitzRules,
      { progressEvery: 1 },
    );
    expect(store.size).toBe(3);
  });
});

describe("ConsentStore.stats: the bytes of its typed arrays, the dead records, the distinct provider actors", () => {
  it("bytes is the BSN hash plus every arena block plus every id-pool block, each at its byte length", () => {
    const store = createConsentStore(mitzRules);
    for (const b of bsns(3)) store.put(permitX(b));
    const { table, arena, ids } = consentStoreParts(store);
    const sum = (bs: ReadonlyArray<ArrayBufferView>) => bs.reduce((n, b) => n + b.byteLength, 0);
    const s = store.stats();
    expect(arena.blocks.length).toBeGreaterThan(0);
    expect(ids.blocks.length).toBeGreaterThan(0);
    expect(s.hashBytes).toBe(table.slots.byteLength);
    expect(s.bytes).toBe(table.slots.byteLength + sum(arena.blocks) + sum(ids.blocks));
  });
  it("a replaced profile's record is dead: deadBytes is 4 bytes per word of the record it had", () => {
    const store = createConsentStore(mitzRules);
    const { arena } = consentStoreParts(store);
    const before = arena.words;
    store.put(permitX(patient));
    const words = arena.words - before;
    expect(store.stats().deadBytes).toBe(0);
    store.put(permitX(patient, gpActor));
    expect(store.stats().deadBytes).toBe(4 * words);
  });
  it("a choice recorded by a provider counts that one actor; the patient's own choices count none", () => {
    const store = createConsentStore(mitzRules);
    const [a, b] = bsns(2) as [Bsn, Bsn];
    store.put(permitX(a));
    expect(store.stats().actors).toBe(0);
    store.put(permitX(b, gpActor));
    expect(store.stats().actors).toBe(1);
  });
});

describe("a patient number that is not 9 digits finds no patient (cast only; MITZ §2c: no choice, NotApplicable)", () => {
  for (const wrong of ["12345", "1234567890", "12345678x"])
    it(`${wrong.length} characters: delete is false, compiledOf undefined, has false, size and dead records unchanged, decide NotApplicable`, () => {
      // 12 of the 16 slots taken, slot 0 among them: a misread slot would hold a patient's words
      const store = createConsentStore(mitzRules);
      for (const b of bsns(12)) store.put(permitX(b));
      expect(consentStoreParts(store).table.slots[SLOT_KEY]).not.toBe(0);
      const bad = wrong as Bsn;
      expect(store.delete(bad)).toBe(false);
      expect(store.compiledOf(bad)).toBeUndefined();
      expect(store.has(bad)).toBe(false);
      expect([store.size, store.stats().deadBytes]).toEqual([12, 0]);
      const d = store.decide(askX("2026-02-01T10:00:00+01:00", bad));
      expect([d.value, d.reason, d.choice?.id]).toEqual(["NotApplicable", "no-choice", undefined]);
    });
});

describe("a valid patient not in the store has no choices, whatever the other slots hold (MITZ §2c)", () => {
  for (const at of ["2026-02-01T10:00:00+01:00", "2040-01-01T10:00:00+01:00", "9999-01-01T10:00:00+01:00"])
    it(`asked at ${at.slice(0, 4)}: every absent patient of a hash with 12 of 16 slots taken is NotApplicable for hospital X`, () => {
      const all = bsns(24);
      const store = createConsentStore(mitzRules);
      for (const b of all.slice(0, 12)) store.put(permitX(b, gpActor));
      for (const b of all.slice(12)) {
        const d = store.decide(askX(at, b));
        expect([d.value, d.reason, d.choice?.id]).toEqual(["NotApplicable", "no-choice", undefined]);
      }
      expect(store.decide(askX(at, all[0] as Bsn)).value).toBe("Permit");
    });
});
