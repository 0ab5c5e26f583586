// Tests that kill surviving mutants of src/store/snapshot.ts (issue #17, docs/quality.md): the
// loader refuses a file whose header or sections are not what the writer writes, each with the
// issue that names the section (ADR 0006: decoders never throw, the issue says which), and a
// loaded store answers and grows on like the store it was written from (MITZ §2c: the patient's
// choices decide; MITZ §4: nothing of a deleted patient is written). Every file here is edited
// by hand with its checksums written anew (a checksum shows integrity, not validity), from a
// store of one or two patients built inside its `it`.

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
import {
  BLOCK_WORDS,
  checksumWords,
  POOL_BLOCK,
  SLOT_INLINE,
  SLOT_KEY,
  SLOT_PTR,
  SLOT_RECORD,
  SLOT_WORDS,
} from "../src/internal/store-layout.js";
import { consentStoreParts } from "../src/store/consent-store.js";
import {
  created,
  emergency,
  gpActor,
  hospitalX,
  manyChoiceProfile,
  org,
  patient,
  recorded,
  request,
} from "./fixtures.js";
import { concat, rewritten, withObjectsEdited, words } from "./snapshot-bytes.js";
import { asVersion2 } from "./store-slot6-v2.js";

/** Header words, as in src/store/snapshot.ts `H`. */
const W = {
  magic0: 0,
  bom: 3,
  words: 4,
  capacity: 6,
  blocks: 8,
  lastUsed: 9,
  poolBlocks: 11,
  poolUsed: 12,
  actorsBytes: 13,
  objectsBytes: 14,
  sumTable: 15,
  sumPool: 17,
  sumActors: 18,
  uras: 20,
  sumUras: 21,
  checksum: 23,
} as const;

/** Chunk indices: header, BSN slots, URA table, …, actors, objects. */
const SLOTS = 1;
const URAS = 2;

/**
 * A profile: the patient lets every requester see the hospital's data, and the GP recorded an
 * emergency consent (a provider actor in the actors section).
 */
const profileOf = (choiceId = "c1"): ConsentProfile =>
  foldProfile(
    [
      created("2026-01-01T10:00:00+01:00"),
      recorded("2026-01-02T10:00:00+01:00", choiceId, {
        custodian: org(hospitalX),
        dataCategory: ALL_DATA,
        decision: "permit",
      }),
      emergency("2026-01-03T10:00:00+01:00", `${choiceId}-e`, gpActor, "2026-01-04T10:00:00+01:00"),
    ],
    mitzRules,
  );

const oneChoice = () => {
  const store = createConsentStore(mitzRules);
  store.put(profileOf());
  return snapshotConsentStore(store).map((c) => new Uint8Array(c));
};

const header = (chunks: ReadonlyArray<Uint8Array>) => words(chunks[0] as Uint8Array);

/** The chunks with chunk `at` replaced, its checksum (header word `sum`) and the header's written anew. */
const withChunk = (
  chunks: ReadonlyArray<Uint8Array>,
  at: number,
  bytes: Uint8Array,
  sum: number,
  patch: Record<number, number> = {},
) => {
  const out = rewritten(chunks, { ...patch, [sum]: checksumWords(words(bytes)) });
  out[at] = bytes;
  return out;
};

const load = (parts: ReadonlyArray<Uint8Array>) => loadConsentStore(concat(parts), mitzRules);

/** The load's refusal: its one issue's code and message. */
const refusal = (parts: ReadonlyArray<Uint8Array>) => {
  const r = load(parts);
  expect(r.ok).toBe(false);
  return r.ok ? { code: "", message: "" } : { code: r.issues[0]?.code, message: r.issues[0]?.message ?? "" };
};

const ascii = (text: string) => {
  const b = new Uint8Array(Math.ceil(text.length / 4) * 4);
  b.set(new TextEncoder().encode(text));
  return b;
};

/** The first occupied slot's word offset in the slots chunk. */
const liveSlot = (slots: Int32Array) => {
  for (let b = 0; b < slots.length; b += SLOT_WORDS) if (slots[b + SLOT_KEY] !== 0) return b;
  throw new Error("no live slot");
};

/** The slots chunk with one live slot's words changed, its checksum written anew. */
const withSlot = (chunks: ReadonlyArray<Uint8Array>, patch: (slots: Int32Array, b: number) => void) => {
  const slots = new Int32Array(words(chunks[SLOTS] as Uint8Array));
  patch(slots, liveSlot(slots));
  return withChunk(chunks, SLOTS, new Uint8Array(slots.buffer), W.sumTable);
};

/** A profile of 41 choices, the first 40 deny: kept as an object; the last permits. */
const largeProfile = (): ConsentProfile => manyChoiceProfile(() => "deny");

describe("loadConsentStore refuses a header that is not the writer's, naming why", () => {
  it("no ZKCSTORE mark: snapshot-format, even when the rest is a snapshot with its checksum", () => {
    const r = refusal(rewritten(oneChoice(), { [W.magic0]: 0x12345678 }));
    expect(r).toEqual({ code: "snapshot-format", message: expect.stringContaining("ZKCSTORE") });
  });

  it("the other byte order: snapshot-format naming the byte order", () => {
    const r = refusal(rewritten(oneChoice(), { [W.bom]: 0x04030201 }));
    expect(r).toEqual({ code: "snapshot-format", message: expect.stringContaining("byte order") });
  });

  it("a header of another length, or a header checksum that does not match: the header's checksum issue", () => {
    expect(refusal(rewritten(oneChoice(), { [W.words]: 25 })).message).toContain("header");
    const chunks = oneChoice();
    const h = header(chunks);
    h[W.checksum] = (h[W.checksum] as number) ^ 1;
    expect(refusal(chunks).message).toContain("header");
  });

  it("a capacity the table cannot have (under 16): the sizes, not the slots", () => {
    expect(refusal(rewritten(oneChoice(), { [W.capacity]: 15 })).message).toContain("sizes");
  });
});

describe("loadConsentStore checks the URA table (version 3)", () => {
  it("a count below 0 or above 2^24 is refused as sizes; exactly 2^24 in a short file as cut short", () => {
    expect(refusal(rewritten(oneChoice(), { [W.uras]: -1 })).message).toContain("sizes");
    expect(refusal(rewritten(oneChoice(), { [W.uras]: (1 << 24) + 1 })).message).toContain("sizes");
    expect(refusal(rewritten(oneChoice(), { [W.uras]: 1 << 24 })).code).toBe("snapshot-truncated");
  });

  it("a URA table that does not match its checksum", () => {
    expect(refusal(rewritten(oneChoice(), { [W.sumUras]: 7 })).message).toContain("URAs");
  });

  it("a URA below 0 (other than the -1 of a place left free) or above 8 digits", () => {
    for (const ura of [-5, 100_000_000]) {
      const chunks = oneChoice();
      const table = new Int32Array(words(chunks[URAS] as Uint8Array));
      table[0] = ura;
      expect(refusal(withChunk(chunks, URAS, new Uint8Array(table.buffer), W.sumUras)).message).toContain(
        "URAs",
      );
    }
  });
});

describe("loadConsentStore checks the records' and the id pool's sizes", () => {
  it("no block, or a last block used below 0 or beyond its words: sizes", () => {
    for (const patch of [{ [W.blocks]: 0 }, { [W.lastUsed]: -1 }, { [W.lastUsed]: BLOCK_WORDS + 1 }])
      expect(refusal(rewritten(oneChoice(), patch)).message).toContain("sizes");
  });

  it("a last block used to its end is a size a file can have: a short file is cut short", () => {
    expect(refusal(rewritten(oneChoice(), { [W.lastUsed]: BLOCK_WORDS })).code).toBe("snapshot-truncated");
  });

  it("no words used in the last block is a size: the records do not match their checksum", () => {
    expect(refusal(rewritten(oneChoice(), { [W.lastUsed]: 0 })).message).toContain("records");
  });

  it("a pool of fewer than 0 blocks, or its last block used below 0 or beyond its bytes: sizes", () => {
    for (const patch of [{ [W.poolBlocks]: -1 }, { [W.poolUsed]: -1 }, { [W.poolUsed]: POOL_BLOCK + 1 }])
      expect(refusal(rewritten(oneChoice(), patch)).message).toContain("sizes");
  });

  it("a pool that does not match its checksum", () => {
    expect(refusal(rewritten(oneChoice(), { [W.sumPool]: 7 })).message).toContain("choice ids");
  });

  it("a store without choice ids loads whatever its empty pool says it used, and takes ids after", () => {
    const chunks = snapshotConsentStore(createConsentStore(mitzRules)).map((c) => new Uint8Array(c));
    expect(header(chunks)[W.poolBlocks]).toBe(0);
    const r = load(rewritten(chunks, { [W.poolUsed]: 0 }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.put(profileOf())).toBe(true);
    expect(r.value.decide(request("2026-06-01T10:00:00+02:00", { dataCategory: ALL_DATA })).value).toBe(
      "Permit",
    );
  });
});

describe("a loaded store grows on like the store it was written from", () => {
  it("a new choice id goes into the pool's block it was written with (MITZ §2c: the new choice decides)", () => {
    const store = createConsentStore(mitzRules);
    store.put(profileOf());
    const r = loadConsentStore(concat(snapshotConsentStore(store)), mitzRules);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const other = { ...profileOf("second-choice"), patient: "123456782" as typeof patient };
    store.put(other);
    r.value.put(other);
    expect(r.value.stats()).toEqual(store.stats());
    expect(header(snapshotConsentStore(r.value) as Array<Uint8Array>)[W.poolBlocks]).toBe(1);
  });
});

describe("loadConsentStore checks the actors section", () => {
  const actorsOf = (text: string) => {
    const chunks = oneChoice();
    const bytes = ascii(text);
    return withChunk(chunks, chunks.length - 2, bytes, W.sumActors, { [W.actorsBytes]: bytes.length });
  };

  it("an actors section that does not match its checksum", () => {
    expect(refusal(rewritten(oneChoice(), { [W.sumActors]: 7 })).message).toContain("actors");
  });

  it("a length below 0 is refused, not thrown on", () => {
    expect(refusal(rewritten(oneChoice(), { [W.actorsBytes]: -4 })).message).toContain("actors");
  });

  it("JSON that is not a list, entries that are not three strings: corrupted actors, not thrown on", () => {
    for (const text of ["{}", "5", '["abc"]', "[5]", '[["a","b"]]', '[["a","b",5]]', "[[1,2,3]]"])
      expect(refusal(actorsOf(text)), text).toEqual({
        code: "snapshot-checksum",
        message: expect.stringContaining("actors"),
      });
  });

  it("a NUL inside the JSON (not the padding at its end) is not JSON", () => {
    expect(refusal(actorsOf("[\0\0]")).message).toContain("actors");
  });

  it("the same provider twice: corrupted actors", () => {
    const chunks = oneChoice();
    const text = new TextDecoder().decode(chunks[chunks.length - 2]).replace(/\0+$/, "");
    const entries = JSON.parse(text) as Array<[string, string, string]>;
    expect(entries.length).toBe(1);
    const [gp] = entries as [[string, string, string]];
    const other = [hospitalX, gp[1], gp[2]];
    expect(load(actorsOf(JSON.stringify([gp, other]))).ok).toBe(true);
    expect(refusal(actorsOf(JSON.stringify([gp, other, gp]))).message).toContain("actors");
  });
});

describe("loadConsentStore checks the profiles kept as objects", () => {
  it("JSON that is not a list is refused, not thrown on", () => {
    const chunks = oneChoice();
    const r = refusal(rewritten(chunks, {}, ascii("{}")));
    expect(r).toEqual({
      code: "snapshot-checksum",
      message: expect.stringContaining("profiles kept as objects"),
    });
  });

  it("a length that is not whole words is refused as corrupted, not as cut short", () => {
    const chunks = oneChoice();
    const bytes = header(chunks)[W.objectsBytes] as number;
    const r = refusal(rewritten(chunks, { [W.objectsBytes]: bytes + 1 }));
    expect(r.message).toContain("profiles kept as objects");
  });
});

describe("loadConsentStore checks each slot's pointer", () => {
  it("a pointer below 0 that names no profile kept as an object (-1) is refused", () => {
    const r = refusal(withSlot(oneChoice(), (s, b) => (s[b + SLOT_PTR] = -1)));
    expect(r.message).toContain("BSN hash slots");
  });

  it("a pointer whose record header would end past the last block's used words is refused", () => {
    const chunks = oneChoice();
    const used = header(chunks)[W.lastUsed] as number;
    for (const ptr of [used - 1, used - 2]) {
      const r = refusal(withSlot(chunks, (s, b) => (s[b + SLOT_PTR] = ptr)));
      expect(r.message).toContain("BSN hash slots");
    }
  });

  it("a pointer at the empty record (0) is inside the records: loaded, the patient has no choices there", () => {
    const r = load(
      withSlot(oneChoice(), (s, b) => {
        s[b + SLOT_PTR] = 0;
        s[b + SLOT_RECORD] = -1;
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.has(patient)).toBe(true);
    expect(r.value.decide(request("2026-06-01T10:00:00+02:00", { dataCategory: ALL_DATA })).value).toBe(
      "NotApplicable",
    );
  });

  it("an inline copy with more entries than a slot holds is refused", () => {
    const r = refusal(withSlot(oneChoice(), (s, b) => (s[b + SLOT_RECORD] = SLOT_INLINE | 7)));
    expect(r.message).toContain("BSN hash slots");
  });
});

describe("loadConsentStore refuses a file written for other code lists", () => {
  /** The rulebook with its code lists edited (a fresh object: nothing cached for it). */
  const withLists = (edit: (lists: typeof mitzRules.codeLists) => Partial<typeof mitzRules.codeLists>) => ({
    ...mitzRules,
    codeLists: { ...mitzRules.codeLists, ...edit(mitzRules.codeLists) },
  });

  it("a data category's code, its parent, or a requester code changed (same lengths): snapshot-rules", () => {
    const bytes = concat(snapshotConsentStore(createConsentStore(mitzRules)));
    const [first, second] = mitzRules.codeLists.dataCategories as [
      (typeof mitzRules.codeLists.dataCategories)[number],
      (typeof mitzRules.codeLists.dataCategories)[number],
    ];
    const child = mitzRules.codeLists.dataCategories.find((c) => c.parent !== undefined);
    expect(child).toBeDefined();
    const otherCode = (code: string) => code.slice(0, -1) + (code.endsWith("9") ? "8" : "9");
    const edits = [
      withLists((l) => ({
        dataCategories: [{ ...first, code: otherCode(first.code) }, ...l.dataCategories.slice(1)],
      })),
      withLists((l) => ({
        dataCategories: l.dataCategories.map((c) =>
          c === child ? { ...c, parent: otherCode(c.parent as string) } : c,
        ),
      })),
      withLists((l) => ({
        requesterCategories: l.requesterCategories.map((c, i) =>
          i === 0 ? { ...c, code: otherCode(c.code) } : c,
        ),
      })),
    ];
    expect(second).toBeDefined();
    expect(
      loadConsentStore(
        bytes,
        withLists(() => ({})),
      ).ok,
    ).toBe(true);
    for (const rules of edits) {
      const r = loadConsentStore(bytes, rules as typeof mitzRules);
      expect(r.ok ? "loaded" : r.issues[0]?.code).toBe("snapshot-rules");
    }
  });
});

describe("a snapshot holds nothing of a deleted patient (MITZ §4)", () => {
  it("patients deleted in another order than they were put: the file has neither, the rest answers", () => {
    const store = createConsentStore(mitzRules);
    const bsns = ["111222333", "123456782", "900186021"] as Array<typeof patient>;
    for (const b of bsns) store.put({ ...profileOf(`id-${b}`), patient: b });
    store.delete(bsns[2] as typeof patient);
    store.delete(bsns[0] as typeof patient);
    const chunks = snapshotConsentStore(store);
    const file = words(concat(chunks));
    for (const b of [bsns[0], bsns[2]]) expect(file.includes(Number(b))).toBe(false);
    const r = loadConsentStore(concat(chunks), mitzRules);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.value.has(bsns[0] as typeof patient), r.value.has(bsns[1] as typeof patient)]).toEqual([
      false,
      true,
    ]);
    const ask = { dataCategory: ALL_DATA };
    const kept = { ...request("2026-06-01T10:00:00+02:00", ask), patient: bsns[1] as typeof patient };
    expect(r.value.decide(kept).value).toBe("Permit");
  });
});

describe("a version-2 file", () => {
  const bsns = ["111222333", "123456782", "900186021"] as Array<typeof patient>;
  const ask = (b: typeof patient) => ({
    ...request("2026-06-01T10:00:00+02:00", { dataCategory: ALL_DATA }),
    patient: b,
  });
  /** A store of the three patients, the first and last deleted. */
  const twoDeleted = () => {
    const store = createConsentStore(mitzRules);
    for (const b of bsns) store.put({ ...profileOf(`id-${b}`), patient: b });
    store.delete(bsns[0] as typeof patient);
    store.delete(bsns[2] as typeof patient);
    return store;
  };

  it("written before retired records were zeroed: loaded, and no later snapshot holds the deleted patients", () => {
    const store = twoDeleted();
    const file = asVersion2(store);
    const head = words(file);
    // The records as such a library wrote them: the retired ones with their words.
    const { arena } = consentStoreParts(store);
    const raw = (arena.blocks[0] as Int32Array).subarray(0, arena.used);
    const at = 96 + (head[W.capacity] as number) * SLOT_WORDS * 4;
    file.set(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength), at);
    head[16] = checksumWords(raw);
    head[W.checksum] = checksumWords(head.subarray(0, W.checksum));
    expect(words(file).includes(Number(bsns[0]))).toBe(true);
    expect(words(file).includes(Number(bsns[2]))).toBe(true);
    const r = loadConsentStore(file, mitzRules);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.decide(ask(bsns[1] as typeof patient)).value).toBe("Permit");
    const again = words(concat(snapshotConsentStore(r.value)));
    for (const b of [bsns[0], bsns[2]]) expect(again.includes(Number(b))).toBe(false);
  });

  it("with a profile kept as an object: loaded, both patients answer as before", () => {
    const store = createConsentStore(mitzRules);
    store.put(largeProfile());
    store.put({ ...profileOf(), patient: bsns[1] as typeof patient });
    expect(consentStoreParts(store).objects.length).toBe(1);
    const r = loadConsentStore(asVersion2(store), mitzRules);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const b of [bsns[0], bsns[1]])
      expect(r.value.decide(ask(b as typeof patient)).value).toBe(
        store.decide(ask(b as typeof patient)).value,
      );
    expect(r.value.decide(ask(bsns[0] as typeof patient)).value).toBe("Permit");
  });

  it("a slot whose head is below -1 or names more than 4 inline entries is refused", () => {
    const store = createConsentStore(mitzRules);
    store.put(profileOf());
    for (const head of [-32, 5]) {
      const file = asVersion2(store);
      const h = words(file);
      const slots = new Int32Array(file.buffer, 96, (h[W.capacity] as number) * SLOT_WORDS);
      slots[liveSlot(slots) + SLOT_RECORD] = head;
      h[W.sumTable] = checksumWords(slots);
      h[W.checksum] = checksumWords(h.subarray(0, W.checksum));
      const r = loadConsentStore(file, mitzRules);
      expect(r.ok ? "loaded" : r.issues[0]?.message).toContain("BSN hash slots");
    }
  });
});

describe("a slot of a profile kept as an object", () => {
  const objectStore = () => {
    const store = createConsentStore(mitzRules);
    store.put(largeProfile());
    return snapshotConsentStore(store).map((c) => new Uint8Array(c));
  };

  it("an inline copy beside it is refused (the object answers, not a copy)", () => {
    const chunks = objectStore();
    expect(load(chunks).ok).toBe(true);
    const r = refusal(withSlot(chunks, (s, b) => (s[b + SLOT_RECORD] = SLOT_INLINE)));
    expect(r.message).toContain("BSN hash slots");
  });

  it("an object without the slot's patient is refused, not thrown on", () => {
    const r = loadConsentStore(
      withObjectsEdited(objectStore(), `"patient":"${patient}"`, '"patient":null'),
      mitzRules,
    );
    expect(r.ok ? "loaded" : r.issues[0]?.code).toBe("snapshot-checksum");
  });
});
