// The store appends a record per put and leaves the old one in memory (a decision read after the
// change still names the choice that decided it). snapshotConsentStore wrote the arena as it was,
// retired records included, so after a patient deleted the profile (MITZ §4: "Als jij besluit om
// je toestemmingsprofiel te verwijderen, worden jouw gegevens in MijnMitz ook verwijderd") and the
// service deleted the patient from the store, every later snapshot still held that patient's BSN
// and choices (found by review). Retired records are now written as zeros; their space stays
// (`stats().deadBytes`, docs/guide/consent.md, Updates).

import { bsn, type UraNumber, uraNumber } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  createConsentStore,
  foldProfile,
  loadConsentStore,
  mitzRules,
  snapshotConsentStore,
} from "../src/index.js";
import { consentStoreParts } from "../src/store/consent-store.js";
import { created, HOSPITALS, hospitalX, org, patient, recorded, request } from "./fixtures.js";
import { concat, words } from "./snapshot-bytes.js";
import { asVersion2 } from "./store-slot6-v2.js";

const profile = () =>
  foldProfile(
    [
      created("2026-01-05T09:00:00+01:00"),
      recorded("2026-01-05T10:00:00+01:00", "c1", {
        custodian: org(hospitalX),
        dataCategory: ALL_DATA,
        decision: "deny",
      }),
    ],
    mitzRules,
  );

describe("a deleted or replaced patient's record is not in the snapshot (MITZ §4)", () => {
  it("after delete, no word of the snapshot is the patient's BSN; the loaded store has the record's space as dead bytes, all zero", () => {
    const store = createConsentStore(mitzRules);
    expect(store.put(profile())).toBe(true);
    expect(store.delete(patient)).toBe(true);
    const file = concat(snapshotConsentStore(store));
    expect([...words(file)].includes(Number(patient))).toBe(false);
    const loaded = loadConsentStore(file, mitzRules);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) {
      expect(loaded.value.has(patient)).toBe(false);
      expect(loaded.value.stats().deadBytes).toBe(store.stats().deadBytes);
      expect(store.stats().deadBytes).toBeGreaterThan(0);
    }
  });
});

describe("retired records between live ones: the snapshot zeroes only them", () => {
  const uraOf = (i: number) => uraNumber(`0000${5000 + i}`);
  const profileOf = (b: string, ura: UraNumber, decision: "permit" | "deny") =>
    foldProfile(
      [
        { ...created("2026-01-05T09:00:00+01:00"), patient: bsn(b) },
        {
          ...recorded("2026-01-05T10:00:00+01:00", "c1", {
            custodian: org(ura),
            dataCategory: ALL_DATA,
            decision,
          }),
          patient: bsn(b),
        },
      ],
      mitzRules,
    );
  // Valid BSNs (11-check): the fixtures' patient and three more.
  const bsns = ["111222333", "123456782", "999999990", "100000009"] as const;
  const ask = (b: string, ura: UraNumber) => ({
    ...request("2026-02-01T13:00:00+01:00", { custodian: { ura, type: HOSPITALS }, dataCategory: ALL_DATA }),
    patient: bsn(b),
  });
  it("deleted and replaced patients leave no BSN or old URA in the file; a decision made before still names its choice; the others answer as before", () => {
    const store = createConsentStore(mitzRules);
    bsns.forEach((b, i) => {
      expect(store.put(profileOf(b, uraOf(i), "permit"))).toBe(true);
    });
    const before = store.decide(ask(bsns[1], uraOf(1)));
    expect(before.value).toBe("Permit");
    expect(store.delete(bsn(bsns[1]))).toBe(true);
    expect(store.put(profileOf(bsns[2], uraOf(9), "deny"))).toBe(true);
    // Records stay in memory: the decision made before the delete still names the choice that decided it.
    expect(before.choice?.id).toBe("c1");
    const file = concat(snapshotConsentStore(store));
    const w = [...words(file)];
    expect(w.includes(Number(bsns[1]))).toBe(false);
    expect(w.filter((x) => x === Number(bsns[2])).length).toBe(1); // the new record's patient word
    expect(w.includes(Number(uraOf(1)))).toBe(false);
    expect(w.includes(Number(uraOf(2)))).toBe(false);
    const loaded = loadConsentStore(file, mitzRules);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.has(bsn(bsns[1]))).toBe(false);
    expect(loaded.value.stats().deadBytes).toBe(store.stats().deadBytes);
    for (const [b, ura, value] of [
      [bsns[0], uraOf(0), "Permit"],
      [bsns[2], uraOf(9), "Deny"],
      [bsns[2], uraOf(2), "NotApplicable"],
      [bsns[3], uraOf(3), "Permit"],
    ] as const) {
      expect([b, store.decide(ask(b, ura)).value]).toEqual([b, value]);
      expect([b, loaded.value.decide(ask(b, ura)).value]).toEqual([b, value]);
    }
  });
});

// Review of 38dc83b: the fix zeroes retired records when a snapshot is written, from the list
// `Arena.retired` of records retired since the store was made or LOADED. A snapshot written
// before 38dc83b carries the same format version (2 at HEAD), so it loads without a word; its
// deleted and replaced patients' records are not in `retired` of the loaded store, nothing else
// finds them (a load does not walk the records), and every later snapshot writes them again with
// the deleted patient's BSN and choices - for the life of the deployment, unless the operator
// knows to rebuild. The guide (consent.md, Updates and deletions) says: "a deleted patient's BSN
// and choices are not in the file, nor in a store loaded from it (MITZ §4, 'worden jouw gegevens
// ... verwijderd')"; the changeset gives no upgrade step. Required: such a file is refused
// (snapshot-version: rebuild), or the snapshot of the store loaded from it has no word of the
// deleted patient's BSN.
//
// The old file is made exactly as the old writer made it: the writer's only change in 38dc83b was
// zeroing `arena.retired`, so a snapshot with that list emptied is the old bytes - written as
// version 2 (the format of that writer; version 3, issue #18, always zeroes them).
describe("a snapshot written before 38dc83b, holding a deleted patient's record (MITZ §4)", () => {
  it("is refused as snapshot-version, or the next snapshot of the loaded store has no word of the BSN", () => {
    const store = createConsentStore(mitzRules);
    expect(store.put(profile())).toBe(true);
    expect(store.delete(patient)).toBe(true);
    consentStoreParts(store).arena.retired.length = 0; // the writer before 38dc83b
    const old = asVersion2(store);
    expect([...words(old)].includes(Number(patient))).toBe(true);
    const loaded = loadConsentStore(old, mitzRules);
    if (!loaded.ok) {
      expect(loaded.issues[0]?.code).toBe("snapshot-version");
      return;
    }
    expect(loaded.value.has(patient)).toBe(false);
    const again = concat(snapshotConsentStore(loaded.value));
    expect([...words(again)].includes(Number(patient))).toBe(false);
  });
});
