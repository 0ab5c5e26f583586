// Review of loadConsentStore's checks (issue #17, 9039e73): the sizes in the header and the
// profiles kept as objects are checked, but a patient's slot in the BSN table holds a pointer
// too — a number from the file like any size. Edited (the checksums written anew, as
// test/snapshot-bytes.ts does), the snapshot loaded, and then `decide` threw a TypeError (a
// pointer to no profile kept as an object) or answered from words past the records (a pointer past
// the arena: NotApplicable for a patient whose choice denies). A slot must point inside the
// records or at a profile kept as an object of its own patient, and the table must leave room to
// probe. (The records' words are not read at load, which would double its time: a file edited
// with its checksums written anew can still answer wrongly, e.g. two slots' pointers swapped —
// it can no longer throw or hang.)
import { describe, expect, it } from "vitest";
import {
  type ConsentEvent,
  createConsentStore,
  foldProfile,
  loadConsentStore,
  mitzRules,
  snapshotConsentStore,
} from "../src/index.js";
import { checksumWords, SLOT_KEY, SLOT_PTR, SLOT_RECORD, SLOT_WORDS } from "../src/internal/store-layout.js";
import { categories, created, GPS, hospitalX, org, patient, recorded, request } from "./fixtures.js";
import { concat, rewritten, words } from "./snapshot-bytes.js";

const SUM_TABLE = 15;
const PATIENTS = 7;
const other = "999998456";

/** A log of `patient` (or another BSN) with one choice; `twice` names GPs twice (kept as an object). */
function log(
  decision: "permit" | "deny",
  twice: boolean,
  bsn: string = patient,
): ReadonlyArray<ConsentEvent> {
  return [
    created("2026-01-01T10:00:00+01:00"),
    recorded("2026-01-02T10:00:00+01:00", "c1", {
      custodian: org(hospitalX),
      dataCategory: "GGC002",
      requesters: twice ? categories(GPS, GPS) : categories(GPS),
      decision,
    }),
  ].map((e) => ({ ...e, patient: bsn }) as ConsentEvent);
}

/** The snapshot with its BSN slots edited (`edit` gets the slots' words), the checksums written anew. */
function editedSlots(
  chunks: ReadonlyArray<Uint8Array>,
  edit: (slots: Int32Array, occupied: ReadonlyArray<number>) => void,
  header: Record<number, number> = {},
): Uint8Array {
  const table = new Uint8Array(chunks[1] as Uint8Array);
  const slots = words(table);
  const occupied: Array<number> = [];
  for (let b = 0; b < slots.length; b += SLOT_WORDS) if (slots[b + SLOT_KEY] !== 0) occupied.push(b);
  edit(slots, occupied);
  return concat(
    rewritten([chunks[0] as Uint8Array, table, ...chunks.slice(2)], {
      [SUM_TABLE]: checksumWords(slots),
      ...header,
    }),
  );
}

const asked = request("2026-03-01T10:00:00+01:00", { dataCategory: "GGC012" });
const expectRefused = (bytes: Uint8Array) => {
  const r = loadConsentStore(bytes, mitzRules);
  expect(
    r.ok
      ? `loaded, decide: ${(() => {
          try {
            return r.value.decide(asked).value;
          } catch (e) {
            return String(e);
          }
        })()}`
      : r.issues.map((i) => i.code),
  ).toEqual(["snapshot-checksum"]);
};

describe("review: a snapshot whose BSN slots were edited is refused, never loaded to throw or answer for another patient", () => {
  it("unedited, both kinds of profile load and answer (the edits below are the only change)", () => {
    for (const twice of [false, true]) {
      const store = createConsentStore(mitzRules);
      store.put(foldProfile(log("deny", twice), mitzRules));
      const loaded = loadConsentStore(
        editedSlots(snapshotConsentStore(store), () => {}),
        mitzRules,
      );
      expect(loaded.ok && loaded.value.decide(asked).value).toBe("Deny");
    }
  });

  it("a pointer to no profile kept as an object (decide threw a TypeError), to none at all (-1) or past the records", () => {
    for (const twice of [false, true])
      for (const ptr of [-3, -7, -1, 123_456, 2 ** 30]) {
        const store = createConsentStore(mitzRules);
        store.put(foldProfile(log("deny", twice), mitzRules));
        expectRefused(
          editedSlots(snapshotConsentStore(store), (s, [b]) => {
            s[(b as number) + SLOT_PTR] = ptr;
            s[(b as number) + SLOT_RECORD] = -1;
          }),
        );
      }
  });

  it("an inline copy of more entries than a slot holds (the fast read would run into the next slots)", () => {
    const store = createConsentStore(mitzRules);
    store.put(foldProfile(log("deny", false), mitzRules));
    expectRefused(
      editedSlots(snapshotConsentStore(store), (s, [b]) => {
        s[(b as number) + SLOT_RECORD] = ((s[(b as number) + SLOT_RECORD] as number) & ~31) | 31;
      }),
    );
  });

  it("a profile kept as an object that another patient's slot points at", () => {
    const store = createConsentStore(mitzRules);
    store.put(foldProfile(log("deny", true), mitzRules));
    store.put(foldProfile(log("permit", false, other), mitzRules));
    expectRefused(
      editedSlots(snapshotConsentStore(store), (s, slots) => {
        const [objectSlot, recordSlot] = [...slots].sort(
          (x, y) => (s[x + SLOT_PTR] as number) - (s[y + SLOT_PTR] as number),
        ) as [number, number];
        s[recordSlot + SLOT_PTR] = s[objectSlot + SLOT_PTR] as number;
        s[recordSlot + SLOT_RECORD] = -1;
      }),
    );
  });

  it("a table without an empty slot (a look-up of an absent patient would never end) or whose count is not its patients'", () => {
    const store = createConsentStore(mitzRules);
    store.put(foldProfile(log("deny", false), mitzRules));
    const chunks = snapshotConsentStore(store);
    expectRefused(
      editedSlots(
        chunks,
        (s, [first]) => {
          // Every slot a copy of the patient's (other keys, the same record's place).
          for (let b = 0; b < s.length; b += SLOT_WORDS)
            if (b !== first) s.set(s.subarray(first as number, (first as number) + SLOT_WORDS), b);
          for (let b = 0, k = 1; b < s.length; b += SLOT_WORDS, k++) if (b !== first) s[b + SLOT_KEY] = k;
        },
        { [PATIENTS]: 16 },
      ),
    );
    expectRefused(editedSlots(chunks, () => {}, { [PATIENTS]: 0 }));
  });
});
