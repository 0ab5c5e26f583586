// Review of a8fbff2 (issue #18): the version-2 loader zeroes the words between live records
// (`zeroDeadRecords`) when the file holds dead ones (a writer before 38dc83b) and writes every
// slot's compact copy anew from its record. Over two arena blocks: a dead record last in block 0
// (before the block's unused tail), a live record first in block 1, live and dead records in
// turn, and the last block's used words. Every live patient answers as before; no dead patient's
// BSN is in the next snapshot (MITZ §4).
import type { Bsn, Instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  type ConsentProfile,
  type ConsentRequest,
  createConsentStore,
  foldProfile,
  loadConsentStore,
  mitzRules,
  snapshotConsentStore,
} from "../src/index.js";
import { BLOCK_BITS, bsnNumber, SLOT_INLINE, SLOT_PTR, SLOT_RECORD } from "../src/internal/store-layout.js";
import { consentStoreParts } from "../src/store/consent-store.js";
import { allRequesters, created, GPS, HOSPITALS, hospitalX, org, recorded, type } from "./fixtures.js";
import { concat, words } from "./snapshot-bytes.js";
import { asVersion2 } from "./store-slot6-v2.js";

const everyone = { _tag: "AllCustodians" } as const;
/** Six choices: a deny for hospital X, permits around it (an inline copy of 6 entries). */
const base = foldProfile(
  [
    created("2026-01-05T09:00:00Z"),
    recorded("2026-01-05T10:00:00Z", "c0", {
      custodian: everyone,
      dataCategory: ALL_DATA,
      decision: "permit",
    }),
    recorded("2026-01-05T10:01:00Z", "c1", {
      custodian: org(hospitalX),
      dataCategory: ALL_DATA,
      decision: "deny",
    }),
    recorded("2026-01-05T10:02:00Z", "c2", {
      custodian: type(GPS),
      dataCategory: ALL_DATA,
      decision: "permit",
    }),
    recorded("2026-01-05T10:03:00Z", "c3", {
      custodian: type(HOSPITALS),
      dataCategory: ALL_DATA,
      decision: "permit",
      requesters: allRequesters,
    }),
    recorded("2026-01-05T10:04:00Z", "c4", {
      custodian: everyone,
      dataCategory: "GGC013",
      decision: "permit",
    }),
    recorded("2026-01-05T10:05:00Z", "c5", {
      custodian: everyone,
      dataCategory: "GGC002",
      decision: "permit",
    }),
  ],
  mitzRules,
);
// Even BSNs: a slot key (BSN + 1) is never another patient's BSN.
const bsnOf = (i: number) => String(300_000_000 + 2 * i) as Bsn;
const profileOf = (i: number): ConsentProfile => ({ ...base, patient: bsnOf(i) });
const ask = (patient: Bsn): ConsentRequest =>
  ({
    patient,
    custodian: { ura: hospitalX, type: HOSPITALS },
    dataCategory: ALL_DATA,
    requester: { ura: "00009999", category: GPS, professional: { uzi: "000000011", role: "01.015" } },
    purpose: "TREAT",
    treatmentRelationship: true,
    at: Date.parse("2026-02-01T00:00:00Z") as Instant,
  }) as ConsentRequest;

describe("review4: a version-2 file with dead records over two arena blocks", () => {
  it("loads with every live record intact (block ends, the last block's used words) and no dead BSN in the next snapshot", () => {
    const store = createConsentStore(mitzRules, { expectedPatients: 120_000 });
    const { table, arena } = consentStoreParts(store);
    let n = 0;
    while (arena.blocks.length < 2 || arena.used < 120_000) store.put(profileOf(n++));
    const ptrOf = (i: number) => table.slots[table.find(bsnNumber(bsnOf(i))) + SLOT_PTR] as number;
    // The last patient of block 0 and the first of block 1.
    let firstOf1 = 0;
    while (ptrOf(firstOf1) >>> BLOCK_BITS === 0) firstOf1++;
    const lastOf0 = firstOf1 - 1;
    expect(ptrOf(firstOf1) % (1 << BLOCK_BITS)).toBe(0);
    const dead = new Set<number>();
    const kill = (i: number) => {
      dead.add(300_000_000 + 2 * i);
      if (i % 2 === 0) store.delete(bsnOf(i));
      else store.put({ ...profileOf(i), choices: base.choices.slice(0, 2) }); // replaced: a new record
    };
    for (let i = 0; i < n; i += 3) kill(i);
    if (!dead.has(300_000_000 + 2 * lastOf0)) kill(lastOf0);
    if (dead.has(300_000_000 + 2 * firstOf1)) throw new Error("pick another stride");
    expect(n).toBeGreaterThan(firstOf1 + 2_000);
    kill(n - 1); // the last record of the last block (if not already)
    // A run of adjacent dead records longer than one 64 Ki-word slice of zeros (a version-3 writer).
    for (let i = firstOf1 + 10; i < firstOf1 + 1_610; i++) if (!dead.has(300_000_000 + 2 * i)) kill(i);
    // Replaced patients are alive with a new record: not dead for the BSN check.
    for (let i = 1; i < n; i += 2)
      if (dead.has(300_000_000 + 2 * i) && store.has(bsnOf(i))) dead.delete(300_000_000 + 2 * i);
    const expected = Array.from({ length: n }, (_, i) =>
      store.has(bsnOf(i)) ? store.decide(ask(bsnOf(i))).value : "gone",
    );
    expect(expected.filter((v) => v === "Deny").length).toBeGreaterThan(n / 2);
    // The file a writer before 38dc83b made: retired records not zeroed.
    const retired = [...arena.retired];
    arena.retired.length = 0;
    const old = asVersion2(store);
    arena.retired.push(...retired);
    const r = loadConsentStore(old, mitzRules);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const loaded = r.value;
    const { table: lt } = consentStoreParts(loaded);
    for (let i = 0; i < n; i++) {
      const b = bsnOf(i);
      const got = loaded.has(b) ? loaded.decide(ask(b)).value : "gone";
      if (got !== expected[i]) expect([i, got]).toEqual([i, expected[i]]);
    }
    // The slot copies were written anew (6 entries inline) for the live patients of 6 choices.
    const head = lt.slots[lt.find(bsnNumber(bsnOf(firstOf1))) + SLOT_RECORD] as number;
    expect([head & SLOT_INLINE, head & 31]).toEqual([SLOT_INLINE, 6]);
    const hits = (bytes: Uint8Array) => [...words(bytes)].filter((w) => dead.has(w)).length;
    expect(hits(old)).toBeGreaterThan(0); // the old file held them
    expect(hits(concat(snapshotConsentStore(loaded)))).toBe(0);
    const v3 = concat(snapshotConsentStore(store));
    expect(hits(v3)).toBe(0);
    const again = loadConsentStore(v3, mitzRules);
    if (!again.ok) throw new Error(JSON.stringify(again.issues));
    for (let i = 0; i < n; i++) {
      const b = bsnOf(i);
      const got = again.value.has(b) ? again.value.decide(ask(b)).value : "gone";
      if (got !== expected[i]) expect([i, got]).toEqual([i, expected[i]]);
    }
  }, 120_000);
});
