// 38dc83b: every put that replaces a patient's profile and every delete pushes the old record's
// pointer to `Arena.retired`, which is never emptied, and snapshotConsentStore builds
// `new Set(arena.retired)` over all of them. V8 holds at most 2^24 (16 777 216) entries in a Set,
// so after 2^24 + 1 retirements (2^24 + 2 puts of one patient) (a day of MijnMitz changes for 18 M patients, the scale the
// population bench targets) snapshotConsentStore throws RangeError ("Set maximum size exceeded")
// instead of writing the snapshot: no snapshot can be written any more, for the life of the
// process. A snapshot is required to return its chunks (docs/guide/consent.md, Snapshots).

import { describe, expect, it } from "vitest";
import { createConsentStore, foldProfile, mitzRules, snapshotConsentStore } from "../src/index.js";
import { created } from "./fixtures.js";

const N = Number(process.env.REVIEW3_UPDATES ?? 2 ** 24 + 2);

describe("a snapshot after more than 2^24 updates (review3)", () => {
  it("snapshotConsentStore returns its chunks after 2^24 + 1 records were replaced", () => {
    const store = createConsentStore(mitzRules);
    // The smallest record: a profile with no choices (3 words), replaced N times.
    const profile = foldProfile([created("2026-01-05T09:00:00+01:00")], mitzRules);
    for (let i = 0; i < N; i++) store.put(profile);
    expect(store.size).toBe(1);
    expect(store.stats().deadBytes).toBe(N * 3 * 4 - 3 * 4);
    let chunks: ReadonlyArray<Uint8Array> | undefined;
    expect(() => {
      chunks = snapshotConsentStore(store);
    }).not.toThrow();
    expect(chunks?.length).toBeGreaterThan(0);
  }, 600_000);
});
