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
import { created, hospitalX, org, patient, recorded } from "./fixtures.js";
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
