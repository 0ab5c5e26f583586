// A version-2 snapshot (before the compact slot entries of issue #18) made from a store, for the
// tests of loading one: the records, ids, actors and objects are as version 3 writes them.
import type { ConsentStore } from "../src/index.js";
import { STORE_HEADER, STORE_HOT } from "../src/internal/layout.js";
import {
  checksumWords,
  offsetOf,
  SLOT_KEY,
  SLOT_PTR,
  SLOT_RECORD,
  SLOT_WORDS,
} from "../src/internal/store-layout.js";
import { consentStoreParts } from "../src/store/consent-store.js";
import { snapshotConsentStore } from "../src/store/snapshot.js";
import { concat, HEADER, words } from "./snapshot-bytes.js";

/**
 * The bytes a version-2 library wrote for this store: slots with the records' own words inline for
 * profiles of at most 4 choices (head ≥ 0, BSN + 1 in the patient word), no URA table, version 2.
 */
export function asVersion2(store: ConsentStore): Uint8Array {
  const chunks = snapshotConsentStore(store);
  const { table, arena } = consentStoreParts(store);
  const slots = new Int32Array(table.slots);
  for (let b = 0; b < slots.length; b += SLOT_WORDS) {
    const key = slots[b + SLOT_KEY] as number;
    if (key === 0) continue;
    const ptr = slots[b + SLOT_PTR] as number;
    slots.fill(0, b + SLOT_RECORD, b + SLOT_WORDS);
    slots[b + SLOT_RECORD] = -1;
    if (ptr >= 0) {
      const block = arena.block(ptr);
      const r = offsetOf(ptr);
      const n = (block[r] as number) & 31;
      if (n <= 4) slots.set(block.subarray(r, r + STORE_HEADER + STORE_HOT * n), b + SLOT_RECORD);
    }
    slots[b + SLOT_KEY] = key;
  }
  const header = words(new Uint8Array(chunks[0] as Uint8Array));
  header[2] = 2;
  header[15] = checksumWords(slots);
  header[20] = 0;
  header[21] = 0;
  header[HEADER.checksum] = checksumWords(header.subarray(0, HEADER.checksum));
  // chunks: header, slots, URA table, records …; version 2 had no URA table.
  return concat([new Uint8Array(header.buffer), new Uint8Array(slots.buffer), ...chunks.slice(3)]);
}
