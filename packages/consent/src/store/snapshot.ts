/**
 * Snapshots of a {@link ConsentStore}: the store's typed arrays written as they are, after a
 * versioned header with a checksum per section, so that a service restart loads the population
 * at the speed of reading a file instead of folding every event log again.
 *
 * Pure: the caller does the I/O. {@link snapshotConsentStore} gives the bytes as a list of chunks
 * (views of the store's arrays, no copy) to write in order; {@link loadConsentStore} reads through
 * a `read(into, position)` callback straight into the new store's arrays (one copy, from the file).
 *
 * Format version 3 (little-endian 32-bit words): magic `ZKCSTORE`, version, byte-order mark,
 * header length, a fingerprint of the code lists, the sizes, a checksum per section and one over
 * the header; then the BSN hash (16-word slots with the decision words of profiles of up to 6
 * choices inline, in the compact form), the URA table the compact entries index, the records
 * (only the used words), the id pool, the actors and the profiles kept as objects (JSON). A
 * version-2 file (inline copies of up to 4 choices as the records' words, no URA table) is
 * loaded by writing every slot's inline copy anew from its record; version 1 (2-word slots) is
 * refused. A file of another version, another byte order, other code lists, a short file or a
 * checksum that does not match is refused with an issue saying which.
 *
 * @module
 */
import type { DecodeIssue, DecodeResult } from "@zorgkit/core";
import { decodeFailure } from "@zorgkit/core";
import { type CompiledProfile, compileProfile, layoutOf } from "../compile.js";
import type { Bsn } from "../identifiers.js";
import { STORE_HEADER, STORE_HOT } from "../internal/layout.js";
import {
  ActorTable,
  Arena,
  BLOCK_BITS,
  BLOCK_WORDS,
  BsnTable,
  bsnNumber,
  checksumWords,
  IdPool,
  INLINE_CHOICES,
  offsetOf,
  POOL_BLOCK,
  recordLength,
  SLOT_ENTRY,
  SLOT_INLINE,
  SLOT_KEY,
  SLOT_PTR,
  SLOT_RECORD,
  SLOT_WORDS,
} from "../internal/store-layout.js";
import { type Actor, makeChoice } from "../model.js";
import { emptyProfile } from "../profile.js";
import type { ConsentRules } from "../rulebook.js";
import { type ConsentStore, consentStoreParts, storeOf } from "./consent-store.js";
import { isStoredProfile, type ObjectProfile, storedFormOf } from "./stored-profile.js";

/** The snapshot format this library writes and reads. */
export const CONSENT_STORE_SNAPSHOT_VERSION = 3;

/** The earlier format this library still loads (its slots' inline copies are written anew). */
const PREVIOUS_VERSION = 2;
/** Most URAs in a URA table: the 24 bits of a compact entry's value. */
const MAX_URAS = 1 << 24;
/** Largest URA (8 digits). */
const MAX_URA = 99_999_999;
/** Words of zeros written per chunk for retired records. */
const ZERO_SLICE = 1 << 16;
const zeroWords = new Int32Array(ZERO_SLICE);

const MAGIC_0 = 0x53434b5a; // "ZKCS"
const MAGIC_1 = 0x45524f54; // "TORE"
const BOM = 0x01020304;
const HEADER_WORDS = 24;

/** Fields of the header, by word. */
const H = {
  magic0: 0,
  magic1: 1,
  version: 2,
  bom: 3,
  words: 4,
  fingerprint: 5,
  capacity: 6,
  patients: 7,
  blocks: 8,
  lastUsed: 9,
  dead: 10,
  poolBlocks: 11,
  poolUsed: 12,
  actorsBytes: 13,
  objectsBytes: 14,
  sumTable: 15,
  sumArena: 16,
  sumPool: 17,
  sumActors: 18,
  sumObjects: 19,
  uras: 20,
  sumUras: 21,
  checksum: HEADER_WORDS - 1,
} as const;

/** A fingerprint of the code lists: records number categories and requester codes by their position. */
function fingerprint(rules: ConsentRules): number {
  const lists = rules.codeLists;
  const text = JSON.stringify([
    lists.dataCategories.map((c) => [c.code, c.parent ?? null]),
    lists.requesterCategories.map((c) => c.code),
  ]);
  const words = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) words[i] = text.charCodeAt(i);
  return checksumWords(words);
}

/** Bytes padded to whole words. */
function padded(bytes: Uint8Array): Uint8Array {
  if (bytes.length % 4 === 0) return bytes;
  const out = new Uint8Array(bytes.length + 4 - (bytes.length % 4));
  out.set(bytes);
  return out;
}

function wordsOf(bytes: Uint8Array): Int32Array {
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

/**
 * Whether a loaded BSN table can be used: its count is its occupied slots, with room left to
 * probe (a look-up ends at an empty slot), each pointing at a record's place inside the arena's
 * used words or at a profile kept as an object of the slot's patient, with an inline copy (if
 * any) of the file's version: version 3, at most {@link INLINE_CHOICES} compact entries whose
 * URA indices are inside the URA table; version 2, at most 4 entries (the copy is then written
 * anew, {@link rebuildInline}). The pointers and indices are numbers from the file like the
 * sizes: an edited one made `decide` throw a `TypeError` (a profile that is not there), read past
 * the records, or a look-up never end. The records' words and the keys' places are not checked
 * (reading every record would double the time of a load): like every byte, they are as their
 * checksum shows them, so a file edited with its checksums written anew can still answer
 * wrongly, never throw or hang.
 */
function slotsConsistent(
  table: BsnTable,
  arena: Arena,
  objects: ReadonlyArray<CompiledProfile | undefined>,
  version: number,
): boolean {
  const slots = table.slots;
  const words = arena.words;
  const last = arena.blocks.length - 1;
  const uras = table.uras.size;
  let occupied = 0;
  for (let b = 0; b < slots.length; b += SLOT_WORDS) {
    const key = slots[b + SLOT_KEY] as number;
    if (key === 0) continue;
    occupied++;
    const ptr = slots[b + SLOT_PTR] as number;
    const inline = slots[b + SLOT_RECORD] as number;
    if (ptr <= -2) {
      const o = objects[-2 - ptr];
      if (o === undefined || o.patient === undefined || bsnNumber(o.patient) !== key - 1 || inline !== -1)
        return false;
    } else if (
      ptr < 0 ||
      ptr >= words ||
      offsetOf(ptr) + STORE_HEADER > (ptr >>> BLOCK_BITS === last ? arena.used : BLOCK_WORDS)
    )
      return false;
    if (inline === -1) continue;
    if (version === PREVIOUS_VERSION) {
      if (inline < 0 || (inline & 31) > 4) return false;
      continue;
    }
    const n = inline & 31;
    if ((inline & SLOT_INLINE) === 0 || n > INLINE_CHOICES) return false;
    for (let i = 0, o = b + SLOT_KEY + 1; i < n; i++, o += SLOT_ENTRY) {
      const w = slots[o] as number;
      const v = slots[o + 1] as number;
      if (((w >>> 2) & 3) === 2 && ((w >>> 16) | ((v & 0xff) << 16)) >= uras) return false;
      if (((w >>> 4) & 3) === 2 && v >>> 8 >= uras) return false;
    }
  }
  // A full table would make a look-up of an absent patient never end.
  return occupied === table.size && occupied * 5 <= table.capacity * 4;
}

/**
 * The URA table as the snapshot writes it: the URAs some live slot's compact entries name, and -1
 * in the places of the others (named only by patients since deleted or replaced: not in the
 * file, MITZ §4; the places keep the indices of the rest).
 */
function referencedUras(table: BsnTable): Int32Array {
  const slots = table.slots;
  const used = new Uint8Array(table.uras.size);
  for (let b = 0; b < slots.length; b += SLOT_WORDS) {
    const head = slots[b + SLOT_RECORD] as number;
    if ((slots[b + SLOT_KEY] as number) === 0 || head === -1) continue;
    for (let i = 0, o = b + SLOT_KEY + 1; i < (head & 31); i++, o += SLOT_ENTRY) {
      const w = slots[o] as number;
      const v = slots[o + 1] as number;
      if (((w >>> 2) & 3) === 2) used[(w >>> 16) | ((v & 0xff) << 16)] = 1;
      if (((w >>> 4) & 3) === 2) used[v >>> 8] = 1;
    }
  }
  return Int32Array.from(table.uras.uras, (u, i) => (used[i] === 1 ? u : -1));
}

/**
 * Zero every word of the records no slot points to (a version-2 file written before retired
 * records were zeroed still holds deleted patients' BSNs and choices: MITZ §4), so that no later
 * snapshot writes them again. The gaps between the live records (the empty record at pointer 0
 * and the slots' pointers, sorted) are zeroed whole, without reading the dead records' lengths
 * (a version-2 file written after 38dc83b has them zeroed already).
 */
function zeroDeadRecords(table: BsnTable, arena: Arena): void {
  const slots = table.slots;
  const live = new Int32Array(table.size + 1);
  let count = 1; // pointer 0: the empty record
  for (let b = 0; b < slots.length && count < live.length; b += SLOT_WORDS)
    if ((slots[b + SLOT_KEY] as number) !== 0 && (slots[b + SLOT_PTR] as number) >= 0)
      live[count++] = slots[b + SLOT_PTR] as number;
  const sorted = live.subarray(0, count).sort();
  const last = arena.blocks.length - 1;
  let k = 0;
  arena.blocks.forEach((block, i) => {
    const base = i * BLOCK_WORDS;
    const used = i === last ? arena.used : BLOCK_WORDS;
    let at = 0;
    for (; k < sorted.length && (sorted[k] as number) < base + used; k++) {
      const r = (sorted[k] as number) - base;
      if (r > at) block.fill(0, at, r);
      at = Math.max(at, Math.min(used, r + recordLength(block, r)));
    }
    if (used > at) block.fill(0, at, used);
  });
}

/**
 * Write every slot's inline copy anew from its record (a version-2 file: the records are as
 * version 3 writes them, the slots' copies are not). A record whose hot words would not be inside
 * its block's used words gets no copy (the record answers, as it did).
 */
function rebuildInline(table: BsnTable, arena: Arena): void {
  const slots = table.slots;
  const last = arena.blocks.length - 1;
  for (let b = 0; b < slots.length; b += SLOT_WORDS) {
    const key = slots[b + SLOT_KEY] as number;
    if (key === 0) continue;
    const ptr = slots[b + SLOT_PTR] as number;
    if (ptr < 0) {
      table.fill(b, key, ptr, undefined);
      continue;
    }
    const block = arena.block(ptr);
    const r = offsetOf(ptr);
    const used = ptr >>> BLOCK_BITS === last ? arena.used : BLOCK_WORDS;
    const fits = r + STORE_HEADER + STORE_HOT * ((block[r] as number) & 31) <= used;
    table.fill(b, key, ptr, fits ? block : undefined, r);
  }
}

/**
 * The bytes of a snapshot of the store, as chunks to write in order (most are views of the
 * store's own arrays: write them before changing the store).
 *
 * @example
 * ```ts
 * import { createConsentStore, loadConsentStore, mitzRules, snapshotConsentStore } from "@zorgkit/consent";
 *
 * const chunks = snapshotConsentStore(createConsentStore(mitzRules));
 * const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
 * chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
 * const loaded = loadConsentStore(bytes, mitzRules);
 * loaded.ok && loaded.value.size; // => 0
 * ```
 */
export function snapshotConsentStore(store: ConsentStore): ReadonlyArray<Uint8Array> {
  const { rules, table, arena, ids, actors, objects } = consentStoreParts(store);
  const header = new Int32Array(HEADER_WORDS);
  const chunks: Array<Uint8Array> = [new Uint8Array(header.buffer)];
  const tableBytes = new Uint8Array(table.slots.buffer, table.slots.byteOffset, table.slots.byteLength);
  chunks.push(tableBytes);
  const uraWords = referencedUras(table);
  chunks.push(new Uint8Array(uraWords.buffer));
  let sumArena = checksumWords(new Int32Array(0));
  const pushWords = (words: Int32Array): void => {
    if (words.length === 0) return;
    sumArena = checksumWords(words, sumArena);
    chunks.push(new Uint8Array(words.buffer, words.byteOffset, words.byteLength));
  };
  // Retired records (replaced or deleted patients) are written as zeros: no deleted patient's BSN
  // or choices in the file (MITZ §4); their space stays, as `stats().deadBytes` says. No pointer
  // is retired twice; adjacent retired records make one run of zeros, written in slices of one
  // shared buffer (a long-running service may have retired millions).
  const retired = Int32Array.from(arena.retired).sort();
  let zeroRun = 0;
  const flushZeros = (): void => {
    for (; zeroRun > 0; zeroRun -= Math.min(zeroRun, ZERO_SLICE))
      pushWords(zeroWords.subarray(0, Math.min(zeroRun, ZERO_SLICE)));
  };
  let d = 0;
  arena.blocks.forEach((b, i) => {
    const used = i === arena.blocks.length - 1 ? arena.used : BLOCK_WORDS;
    const base = i * BLOCK_WORDS;
    let at = 0;
    for (; d < retired.length && (retired[d] as number) < base + used; d++) {
      const r = (retired[d] as number) - base;
      if (r > at) {
        flushZeros();
        pushWords(b.subarray(at, r));
      }
      const length = recordLength(b, r);
      zeroRun += length;
      at = r + length;
    }
    if (used > at) {
      flushZeros();
      pushWords(b.subarray(at, used));
    }
  });
  flushZeros();
  let sumPool = checksumWords(new Int32Array(0));
  ids.blocks.forEach((b, i) => {
    const used = i === ids.blocks.length - 1 ? Math.ceil(ids.used / 4) * 4 : POOL_BLOCK;
    const bytes = b.subarray(0, used);
    sumPool = checksumWords(wordsOf(bytes), sumPool);
    chunks.push(bytes);
  });
  const encoder = new TextEncoder();
  const providers = actors.actors.slice(4).map((a) => (a._tag === "Provider" ? [a.ura, a.uzi, a.role] : []));
  const actorBytes = padded(encoder.encode(JSON.stringify(providers)));
  const live: Array<ObjectProfile | null> = objects.map((cp) => (cp === undefined ? null : storedFormOf(cp)));
  const objectBytes = padded(encoder.encode(JSON.stringify(live)));
  chunks.push(actorBytes, objectBytes);
  header[H.magic0] = MAGIC_0;
  header[H.magic1] = MAGIC_1;
  header[H.version] = CONSENT_STORE_SNAPSHOT_VERSION;
  header[H.bom] = BOM;
  header[H.words] = HEADER_WORDS;
  header[H.fingerprint] = fingerprint(rules);
  header[H.capacity] = table.capacity;
  header[H.patients] = table.size;
  header[H.blocks] = arena.blocks.length;
  header[H.lastUsed] = arena.used;
  header[H.dead] = arena.dead;
  header[H.poolBlocks] = ids.blocks.length;
  header[H.poolUsed] = ids.used;
  header[H.actorsBytes] = actorBytes.length;
  header[H.objectsBytes] = objectBytes.length;
  header[H.sumTable] = checksumWords(table.slots);
  header[H.sumArena] = sumArena;
  header[H.sumPool] = sumPool;
  header[H.sumActors] = checksumWords(wordsOf(actorBytes));
  header[H.sumObjects] = checksumWords(wordsOf(objectBytes));
  header[H.uras] = uraWords.length;
  header[H.sumUras] = checksumWords(uraWords);
  header[H.checksum] = checksumWords(header.subarray(0, H.checksum));
  return chunks;
}

/**
 * Where {@link loadConsentStore} reads from: the bytes themselves, or a function that fills
 * `into` with the bytes at `position` and returns how many it read (e.g.
 * `(into, position) => fs.readSync(fd, into, 0, into.length, position)`).
 */
export type ConsentStoreSource = Uint8Array | ((into: Uint8Array, position: number) => number);

const issue = (code: string, message: string, actual: string): DecodeIssue => ({
  path: "$",
  code,
  message,
  actual,
});

/**
 * Load a store from a snapshot written by {@link snapshotConsentStore}, for the same code lists.
 * Never throws for bad bytes (errors thrown by a `read` callback propagate): a version-2 file is
 * loaded with every slot's inline copy written anew from its record (a one-off pass over the
 * slots; snapshot the store again to write version 3); a file of another format version
 * (`snapshot-version`), byte order or kind (`snapshot-format`), for other code
 * lists (`snapshot-rules`), cut short (`snapshot-truncated`) or with a section whose checksum does
 * not match (`snapshot-checksum`) is refused. Bounded (issue #17): every size the header
 * declares is checked against the source (its last byte is read) before a section of that size is
 * allocated, so a short file that declares a 4 GB table is refused as cut short; the profiles kept
 * as objects are checked like decoded input (BSN, 8-digit URAs, known shapes) before they are
 * compiled, since a checksum shows integrity, not validity; and each patient's slot must point
 * inside the records or at that patient's profile kept as an object, in a table with room to probe
 * (an edited pointer made `decide` throw or read past the records).
 *
 * @example
 * ```ts
 * import { loadConsentStore, mitzRules } from "@zorgkit/consent";
 *
 * const r = loadConsentStore(new Uint8Array(96), mitzRules);
 * r.ok ? "loaded" : r.issues[0]?.code; // => "snapshot-format"
 * ```
 */
export function loadConsentStore(
  source: ConsentStoreSource,
  rules: ConsentRules,
): DecodeResult<ConsentStore> {
  const read =
    typeof source === "function"
      ? source
      : (into: Uint8Array, position: number) => {
          const part = source.subarray(position, position + into.length);
          into.set(part);
          return part.length;
        };
  let position = 0;
  const probe = new Uint8Array(1);
  /**
   * Whether the source holds `bytes` more bytes from `position` on (its last one is read): every
   * size comes from the header, so a section is allocated only once the bytes are known to be there.
   */
  const holds = (bytes: number): boolean =>
    bytes <= 0 || (Number.isSafeInteger(bytes) && read(probe, position + bytes - 1) > 0);
  /** Fill `into` completely; false when the source ends first. */
  const fill = (into: Uint8Array): boolean => {
    let done = 0;
    while (done < into.length) {
      const n = read(into.subarray(done), position + done);
      if (!(n > 0)) return false;
      done += n;
    }
    position += into.length;
    return true;
  };
  const truncated = () =>
    decodeFailure([
      issue(
        "snapshot-truncated",
        "The snapshot ends before its last section: the file is cut short",
        `${position} bytes`,
      ),
    ]);
  const header = new Int32Array(HEADER_WORDS);
  const notSnapshot = () =>
    decodeFailure([
      issue("snapshot-format", "Not a consent-store snapshot (no ZKCSTORE mark at the start)", "bytes"),
    ]);
  if (!fill(new Uint8Array(header.buffer, 0, 8))) return notSnapshot();
  if (header[H.magic0] !== MAGIC_0 || header[H.magic1] !== MAGIC_1) return notSnapshot();
  if (!fill(new Uint8Array(header.buffer, 8))) return truncated();
  if (header[H.bom] !== BOM)
    return decodeFailure([
      issue("snapshot-format", "The snapshot was written on a machine of the other byte order", "bytes"),
    ]);
  const version = header[H.version] as number;
  if (version !== CONSENT_STORE_SNAPSHOT_VERSION && version !== PREVIOUS_VERSION)
    return decodeFailure([
      issue(
        "snapshot-version",
        `The snapshot has format version ${header[H.version]}; this library reads versions ${PREVIOUS_VERSION} and ${CONSENT_STORE_SNAPSHOT_VERSION}: rebuild the store from the event logs`,
        `version ${header[H.version]}`,
      ),
    ]);
  if (
    header[H.words] !== HEADER_WORDS ||
    checksumWords(header.subarray(0, H.checksum)) !== (header[H.checksum] as number) >>> 0
  )
    return decodeFailure([
      issue(
        "snapshot-checksum",
        "The snapshot's header does not match its checksum: the file is corrupted",
        "bytes",
      ),
    ]);
  if ((header[H.fingerprint] as number) >>> 0 !== fingerprint(rules))
    return decodeFailure([
      issue(
        "snapshot-rules",
        `The snapshot was written for other code lists than ${rules.codeLists.version}: load it with the rulebook it was built with, or rebuild`,
        "bytes",
      ),
    ]);
  const corrupted = (section: string) =>
    decodeFailure([
      issue(
        "snapshot-checksum",
        `The snapshot's ${section} do not match their checksum: the file is corrupted`,
        "bytes",
      ),
    ]);
  const capacity = header[H.capacity] as number;
  if (!holds(capacity * SLOT_WORDS * 4)) return truncated();
  const table = new BsnTable(capacity);
  if (table.capacity !== capacity) return corrupted("sizes");
  if (!fill(new Uint8Array(table.slots.buffer))) return truncated();
  if (checksumWords(table.slots) !== (header[H.sumTable] as number) >>> 0) return corrupted("BSN hash slots");
  table.size = header[H.patients] as number;
  if (version === CONSENT_STORE_SNAPSHOT_VERSION) {
    const count = header[H.uras] as number;
    if (count < 0 || count > MAX_URAS) return corrupted("sizes");
    if (!holds(count * 4)) return truncated();
    const words = new Int32Array(count);
    if (!fill(new Uint8Array(words.buffer))) return truncated();
    if (checksumWords(words) !== (header[H.sumUras] as number) >>> 0) return corrupted("URAs");
    for (let i = 0; i < count; i++) {
      const ura = words[i] as number;
      if (ura === -1) table.uras.reserve();
      else if (ura < 0 || ura > MAX_URA || table.uras.intern(ura) !== i) return corrupted("URAs");
    }
  }
  const arena = new Arena();
  const blocks = header[H.blocks] as number;
  const lastUsed = header[H.lastUsed] as number;
  if (blocks < 1 || lastUsed < 0 || lastUsed > BLOCK_WORDS) return corrupted("sizes");
  let sumArena = checksumWords(new Int32Array(0));
  for (let i = 0; i < blocks; i++) {
    const used = i === blocks - 1 ? lastUsed : BLOCK_WORDS;
    if (!holds(used * 4)) return truncated();
    const block = new Int32Array(BLOCK_WORDS);
    const words = block.subarray(0, used);
    if (!fill(new Uint8Array(block.buffer, 0, used * 4))) return truncated();
    sumArena = checksumWords(words, sumArena);
    arena.blocks.push(block);
  }
  if (sumArena !== (header[H.sumArena] as number) >>> 0) return corrupted("records");
  arena.used = lastUsed;
  arena.dead = header[H.dead] as number;
  const ids = new IdPool();
  const poolBlocks = header[H.poolBlocks] as number;
  const poolUsed = header[H.poolUsed] as number;
  if (poolBlocks < 0 || poolUsed < 0 || poolUsed > POOL_BLOCK) return corrupted("sizes");
  let sumPool = checksumWords(new Int32Array(0));
  for (let i = 0; i < poolBlocks; i++) {
    const used = i === poolBlocks - 1 ? Math.ceil(poolUsed / 4) * 4 : POOL_BLOCK;
    if (!holds(used)) return truncated();
    const block = new Uint8Array(POOL_BLOCK);
    if (!fill(block.subarray(0, used))) return truncated();
    sumPool = checksumWords(wordsOf(block.subarray(0, used)), sumPool);
    ids.blocks.push(block);
  }
  if (sumPool !== (header[H.sumPool] as number) >>> 0) return corrupted("choice ids");
  ids.used = poolBlocks === 0 ? POOL_BLOCK : poolUsed;
  const json = (bytes: number, sum: number): unknown => {
    if (bytes < 0 || bytes % 4 !== 0) return undefined;
    if (!holds(bytes)) return truncated;
    const b = new Uint8Array(bytes);
    if (!fill(b)) return truncated;
    if (checksumWords(wordsOf(b)) !== sum >>> 0) return corrupted;
    const text = new TextDecoder().decode(b).replace(/\0+$/, "");
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  };
  const providers = json(header[H.actorsBytes] as number, header[H.sumActors] as number);
  if (providers === truncated) return truncated();
  if (providers === corrupted || !Array.isArray(providers)) return corrupted("actors");
  const actors = new ActorTable();
  for (const p of providers) {
    if (!Array.isArray(p) || p.length !== 3 || !p.every((x) => typeof x === "string"))
      return corrupted("actors");
    const actor = { _tag: "Provider", ura: p[0], uzi: p[1], role: p[2] } as Actor;
    const at = actors.indexOf(actor);
    // A provider no decoder gives (a cast URA, UZI or role): earlier versions packed any three
    // strings; this one refuses them in `put`, so such a file can only come from before.
    if (at === -1)
      return decodeFailure([
        issue(
          "snapshot-version",
          "The snapshot holds a provider actor that is not valid (its URA, UZI or role is not what a decoder gives), written by an earlier version from a cast profile: rebuild the store from the event logs",
          "actors",
        ),
      ]);
    if (at !== actors.actors.length - 1) return corrupted("actors");
  }
  const stored = json(header[H.objectsBytes] as number, header[H.sumObjects] as number);
  if (stored === truncated) return truncated();
  if (stored === corrupted || !Array.isArray(stored)) return corrupted("profiles kept as objects");
  const objects: Array<CompiledProfile | undefined> = [];
  for (const o of stored as ReadonlyArray<ObjectProfile | null>) {
    if (o === null) {
      objects.push(undefined);
      continue;
    }
    if (!isStoredProfile(o)) return corrupted("profiles kept as objects");
    const choices = o.choices.map((c) =>
      makeChoice(
        c,
        c.from,
        c.until ?? undefined,
        c.indeterminateFrom ?? undefined,
        c.confirmedBy ?? undefined,
      ),
    );
    const cp = layoutOf(
      compileProfile(
        { ...emptyProfile, patient: (o.patient ?? undefined) as Bsn | undefined, choices },
        rules,
      ),
    );
    objects.push({ ...cp, pendingCount: o.pendingCount } as CompiledProfile);
  }
  if (!slotsConsistent(table, arena, objects, version)) return corrupted("BSN hash slots");
  if (version === PREVIOUS_VERSION) {
    if ((header[H.dead] as number) > 0) zeroDeadRecords(table, arena);
    rebuildInline(table, arena);
  }
  return { ok: true, value: storeOf({ rules, table, arena, ids, actors, objects }) };
}
