// Review of 38dc83b (profiles kept as objects): a deleted or replaced profile kept as an object is
// written to the snapshot as `null` (so its BSN and choices leave the file, MITZ §4), and
// loadConsentStore pushes `undefined` for it into `objects`; but storeOf starts its
// `deadObjects` count at 0, so the loaded store's `stats().objectProfiles`
// (`objects.length - deadObjects`) counts the deleted patient's profile as a live one. The guide
// (consent.md, "A profile a record cannot hold ... is kept as a compiled object ...;
// `store.stats().objectProfiles` counts them") and store-snapshot.test.ts ("a loaded snapshot ...
// stats() toEqual store.stats()") require the loaded store to count what the saved one did.
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  type ConsentProfile,
  createConsentStore,
  foldProfile,
  loadConsentStore,
  mitzRules,
  snapshotConsentStore,
} from "../src/index.js";
import { created, type hospitalX, org, patient, recorded } from "./fixtures.js";
import { concat } from "./snapshot-bytes.js";

/** 40 choices: more than a packed record holds, so the store keeps the profile as an object. */
function largeProfile(): ConsentProfile {
  const events = [created("2026-01-05T09:00:00+01:00")];
  for (let i = 0; i < 40; i++)
    events.push(
      recorded(`2026-01-05T10:${String(i).padStart(2, "0")}:00+01:00`, `c${i}`, {
        custodian: org(String(10_000_000 + i) as typeof hospitalX),
        dataCategory: ALL_DATA,
        decision: i % 2 === 0 ? "permit" : "deny",
      }),
    );
  return foldProfile(events, mitzRules);
}

describe("a deleted profile kept as an object, after a snapshot and a load (review3)", () => {
  it("the loaded store's stats equal the saved store's: no object profile", () => {
    const store = createConsentStore(mitzRules);
    expect(store.put(largeProfile())).toBe(true);
    expect(store.stats().objectProfiles).toBe(1);
    expect(store.delete(patient)).toBe(true);
    expect(store.stats().objectProfiles).toBe(0);
    const loaded = loadConsentStore(concat(snapshotConsentStore(store)), mitzRules);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.has(patient)).toBe(false);
    expect(loaded.value.stats()).toEqual(store.stats());
  });

  it("replaced by a packed profile: the loaded store counts no object profile either", () => {
    const store = createConsentStore(mitzRules);
    store.put(largeProfile());
    store.put(foldProfile([created("2026-01-05T09:00:00+01:00")], mitzRules));
    expect(store.stats().objectProfiles).toBe(0);
    const loaded = loadConsentStore(concat(snapshotConsentStore(store)), mitzRules);
    expect(loaded.ok && loaded.value.stats().objectProfiles).toBe(0);
  });
});
