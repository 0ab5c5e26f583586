/**
 * The consent store's memory (internal: the exports map closes `./internal/*`, ADR 0006 §5):
 * an arena of 32-bit words holding one record per patient (format in `layout.ts`,
 * {@link STORE_HEADER}), a typed-array hash from BSN to record, a pool of choice ids and a table
 * of actors. No JS object per patient or per choice: a profile is materialised only when a
 * decision's choice or explanation is read.
 *
 * @internal
 * @module
 */

import * as Schema from "effect/Schema";
import type { CodeIndex } from "../codes.js";
import type { Bsn, UraNumber } from "../identifiers.js";
import { Actor, type Choice, type ChoiceOrigin, type Custodian, type Requesters } from "../model.js";
import { specificityRank } from "../precedence.js";
import type { ConsentProfile } from "../profile.js";
import {
  COLD_CONFIRMED_BY,
  COLD_INDETERMINATE,
  COLD_ORDER,
  COLD_RECORDED_AT,
  COLD_UNTIL,
  STORE_COMPACT,
  STORE_HEADER,
  STORE_HOT,
  storedInstant,
} from "./layout.js";

const TWO_32 = 4_294_967_296;

/** Words per arena block (16 MiB); a record never straddles two blocks. */
export const BLOCK_BITS = 22;
export const BLOCK_WORDS = 1 << BLOCK_BITS;
const BLOCK_MASK = BLOCK_WORDS - 1;

/** Most entries a packed record holds (positions take 5 bits); larger profiles are kept as objects. */
export const STORE_MAX_CHOICES = 31;
/** Largest record: header, hot parts and the largest cold parts. */
const MAX_RECORD = STORE_HEADER + STORE_MAX_CHOICES * (STORE_HOT + 4 + 2 + 1 + 2 + 2 + 1 + 6);
const MAX_PENDING = 1 << 25;
const MAX_ACTORS = 1 << 22;

// ---------------------------------------------------------------------------------------------
// The arena of records
// ---------------------------------------------------------------------------------------------

/** Append-only blocks of words; a record's address (a "pointer") is its global word index. */
export class Arena {
  readonly blocks: Array<Int32Array> = [];
  /** Words used in the last block. */
  used = BLOCK_WORDS;
  /** Words of records no patient points to any more (replaced or deleted). */
  dead = 0;
  /**
   * Pointers of the records retired since this arena was made or loaded. They stay in memory (a
   * decision read after the change still names the choice that decided it); a snapshot writes
   * them as zeros, so a deleted patient's BSN and choices are not in the file (MITZ §4).
   */
  readonly retired: Array<number> = [];

  /** Retire the record at `ptr` (replaced or deleted). */
  retire(ptr: number): void {
    this.dead += recordLength(this.block(ptr), offsetOf(ptr));
    this.retired.push(ptr);
  }

  /** Copy `words[0..length)` into the arena; returns the record's pointer. */
  append(words: Int32Array, length: number): number {
    if (this.used + length > BLOCK_WORDS) {
      this.blocks.push(new Int32Array(BLOCK_WORDS));
      this.used = 0;
    }
    const block = this.blocks[this.blocks.length - 1] as Int32Array;
    block.set(words.subarray(0, length), this.used);
    const ptr = (this.blocks.length - 1) * BLOCK_WORDS + this.used;
    this.used += length;
    return ptr;
  }

  block(ptr: number): Int32Array {
    return this.blocks[ptr >>> BLOCK_BITS] as Int32Array;
  }

  /** Words in use over all blocks. */
  get words(): number {
    return this.blocks.length === 0 ? 0 : (this.blocks.length - 1) * BLOCK_WORDS + this.used;
  }
}

/** Offset of a pointer in its block. */
export function offsetOf(ptr: number): number {
  return ptr & BLOCK_MASK;
}

/** Size in words of the record at `r` in block `t`. */
export function recordLength(t: Int32Array, r: number): number {
  const n = (t[r] as number) & 31;
  let c = r + STORE_HEADER + STORE_HOT * n;
  for (let i = 0; i < n; i++) c += coldLength(t, c);
  return c - r;
}

/** Words of the cold part of one entry at `c`. */
function coldLength(t: Int32Array, c: number): number {
  const meta = t[c + 1] as number;
  let w = 4;
  if ((meta & COLD_RECORDED_AT) !== 0) w += 2;
  if ((meta & COLD_CONFIRMED_BY) !== 0) w += 1;
  if ((meta & COLD_UNTIL) !== 0) w += 2;
  if ((meta & COLD_INDETERMINATE) !== 0) w += 2;
  if ((meta & COLD_ORDER) !== 0) w += 1 + Math.ceil((t[c + w] as number) / 6);
  return w;
}

// ---------------------------------------------------------------------------------------------
// The hash from BSN to record
// ---------------------------------------------------------------------------------------------

/** Words per slot of the BSN hash: one 64-byte cache line. */
export const SLOT_WORDS = 16;
/** Most choices whose decision words a slot holds inline (the common case: 1–6 choices). */
export const INLINE_CHOICES = 6;
/** Word of a slot: the record pointer (arena pointer ≥ 0, object profile ≤ -2). */
export const SLOT_PTR = 0;
/**
 * Word of a slot: the record's header with bit 31 set ({@link SLOT_INLINE}: the slot's entries
 * follow, in the compact form), or `-1` (no inline copy); the scan starts here.
 */
export const SLOT_RECORD = 1;
/** Word of a slot: BSN + 1 (0: empty), in the inline record's patient word (the scan does not read it). */
export const SLOT_KEY = 3;
/** Words per compact entry of a slot's inline copy (after {@link SLOT_KEY}). */
export const SLOT_ENTRY = STORE_COMPACT;
/** The mark (bit 31) of an inline header in a slot: records' headers are ≥ 0. */
export const SLOT_INLINE = -2_147_483_648;
/** Largest custodian or requester value a compact entry holds (24 bits). */
const COMPACT_MAX = (1 << 24) - 1;

/**
 * The URAs named by the slots' compact entries, each once: a URA (8 digits, up to 99 999 999)
 * does not fit the 24 bits of a compact entry's value, its index in this table does. Append-only
 * (an index stays valid for the table's life; a snapshot writes the table), at most 2^24 - 1 URAs.
 */
export class UraTable {
  /** Index → URA (as a number). */
  readonly uras: Array<number> = [];
  private readonly index = new Map<number, number>();

  get size(): number {
    return this.uras.length;
  }

  /** The index of a URA number, -1 when it is not in the table. */
  find(ura: number): number {
    return this.index.get(ura) ?? -1;
  }

  /** Keep the next index unused (a snapshot's place of a URA no live slot names: -1, matching no URA). */
  reserve(): void {
    this.uras.push(-1);
  }

  /** The index of a URA number, added when new; -1 when the table is full. */
  intern(ura: number): number {
    const known = this.index.get(ura);
    if (known !== undefined) return known;
    // At most 2^24 - 1 URAs: one short of both the 24-bit value and V8's largest Map (2^24 entries).
    if (this.uras.length >= COMPACT_MAX) return -1;
    this.index.set(ura, this.uras.length);
    return this.uras.push(ura) - 1;
  }
}

/** Largest table (slots); 2^30 words of slots. */
const MAX_CAPACITY = 1 << 26;

/**
 * Open addressing with linear probing over slots of {@link SLOT_WORDS} words: the record pointer,
 * then an inline copy of the record's header (head with {@link SLOT_INLINE} set, the `from`
 * bound, BSN + 1 in the header's patient word) and of its decision words in a compact form of
 * {@link SLOT_ENTRY} words per entry when the profile has at most {@link INLINE_CHOICES} choices
 * (see {@link compactEntries}); 0 marks an empty slot, deletion shifts the following entries back
 * (no tombstones). A decision on an inline profile with no timed choice, asked after its last
 * `from`, reads the slot only (one random read); the others read the record in the arena too.
 * The home slot is a multiplicative hash of the BSN scaled to the capacity, so any capacity works
 * (no power of two).
 */
export class BsnTable {
  slots: Int32Array;
  capacity: number;
  size = 0;
  /** The URAs the compact entries name by index. */
  uras = new UraTable();

  constructor(capacity: number) {
    this.capacity = Math.max(16, Math.min(MAX_CAPACITY, Math.ceil(capacity)));
    this.slots = new Int32Array(this.capacity * SLOT_WORDS);
  }

  /** The capacity that holds `patients` at the table's load limit. */
  static capacityFor(patients: number): number {
    return Math.ceil(patients / 0.8) + 16;
  }

  home(key: number): number {
    return Math.floor(((Math.imul(key, 0x9e3779b1) >>> 0) * this.capacity) / TWO_32);
  }

  /** The word offset of the slot holding `bsn` (a number below 10^9), or -1. */
  find(bsn: number): number {
    const key = bsn + 1;
    const slots = this.slots;
    const cap = this.capacity;
    let i = this.home(key);
    for (;;) {
      const k = slots[i * SLOT_WORDS + SLOT_KEY] as number;
      if (k === key) return i * SLOT_WORDS;
      if (k === 0) return -1;
      i = i + 1 === cap ? 0 : i + 1;
    }
  }

  /** The record pointer of `bsn`, or -1 when absent (pointers are non-negative below 2^31; fallbacks are ≤ -2). */
  get(bsn: number): number {
    const b = this.find(bsn);
    return b < 0 ? -1 : (this.slots[b + SLOT_PTR] as number);
  }

  /** Write a slot's pointer and inline copy (of the record at `record[r..]` when it fits, else none). */
  fill(b: number, key: number, ptr: number, record: Int32Array | undefined, r = 0): void {
    const slots = this.slots;
    // No inline copy while the entries are written, the pointer last: should anything throw half
    // way, the slot answers from the record it pointed to before, never from a mixed copy.
    slots[b + SLOT_RECORD] = -1;
    if (record === undefined || !compactEntries(record, r, this.uras, slots, b + SLOT_KEY + 1)) {
      slots.fill(0, b + SLOT_RECORD, b + SLOT_WORDS);
      slots[b + SLOT_RECORD] = -1;
    } else {
      slots[b + SLOT_RECORD + 1] = record[r + 1] as number;
      slots[b + SLOT_RECORD] = (record[r] as number) | SLOT_INLINE;
    }
    slots[b + SLOT_KEY] = key;
    slots[b + SLOT_PTR] = ptr;
  }

  /**
   * Set the pointer of `bsn` (and the inline copy of its record, the one at `record[0..]`, when
   * given and small enough); returns the previous pointer, or -1 when it was absent.
   */
  set(bsn: number, ptr: number, record?: Int32Array): number {
    if ((this.size + 1) * 5 > this.capacity * 4) this.resize(this.capacity * 2);
    const key = bsn + 1;
    const slots = this.slots;
    const cap = this.capacity;
    let i = this.home(key);
    for (;;) {
      const b = i * SLOT_WORDS;
      const k = slots[b + SLOT_KEY] as number;
      if (k === key) {
        const old = slots[b + SLOT_PTR] as number;
        this.fill(b, key, ptr, record);
        return old;
      }
      if (k === 0) {
        this.fill(b, key, ptr, record);
        this.size++;
        return -1;
      }
      i = i + 1 === cap ? 0 : i + 1;
    }
  }

  /** Remove `bsn`; returns its pointer, or -1 when it was absent. */
  delete(bsn: number): number {
    const found = this.find(bsn);
    if (found < 0) return -1;
    let i = found / SLOT_WORDS;
    const slots = this.slots;
    const cap = this.capacity;
    const old = slots[found + SLOT_PTR] as number;
    // Backward shift: move each following entry whose home is not in (i, j] into the hole.
    let j = i;
    for (;;) {
      j = j + 1 === cap ? 0 : j + 1;
      const k = slots[j * SLOT_WORDS + SLOT_KEY] as number;
      if (k === 0) break;
      const h = this.home(k);
      const inRange = i <= j ? i < h && h <= j : i < h || h <= j;
      if (inRange) continue;
      slots.copyWithin(i * SLOT_WORDS, j * SLOT_WORDS, (j + 1) * SLOT_WORDS);
      i = j;
    }
    slots.fill(0, i * SLOT_WORDS, (i + 1) * SLOT_WORDS);
    this.size--;
    return old;
  }

  resize(capacity: number): void {
    const old = this.slots;
    const oldCap = this.capacity;
    this.capacity = Math.min(MAX_CAPACITY, Math.max(16, capacity));
    if (this.capacity === oldCap) throw new RangeError("ConsentStore: at most 53 687 091 patients");
    this.slots = new Int32Array(this.capacity * SLOT_WORDS);
    const slots = this.slots;
    const cap = this.capacity;
    for (let o = 0; o < oldCap; o++) {
      const k = old[o * SLOT_WORDS + SLOT_KEY] as number;
      if (k === 0) continue;
      let i = this.home(k);
      while ((slots[i * SLOT_WORDS + SLOT_KEY] as number) !== 0) i = i + 1 === cap ? 0 : i + 1;
      slots.set(old.subarray(o * SLOT_WORDS, (o + 1) * SLOT_WORDS), i * SLOT_WORDS);
    }
  }
}

/** A BSN as a number, or -1 when it is not 9 digits. */
export function bsnNumber(bsn: string): number {
  if (bsn.length !== 9) return -1;
  let n = 0;
  for (let i = 0; i < 9; i++) {
    const d = bsn.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Write the compact form of the record at `t[r..]`'s entries to `out[o..]` ({@link SLOT_ENTRY}
 * words each, the rest of the slot zeroed), interning the URAs it names in `uras`; false (and
 * nothing usable written) when the record has more than {@link INLINE_CHOICES} entries, a
 * requester-category mask above 24 bits, or a URA the full table cannot take. Entry word 0: the
 * record entry's word 0 (bits 0–15: kind, custodian kind, requester kind, category, position)
 * and the low 16 bits of the custodian value; word 1: the custodian value's high 8 bits and the
 * requester value (24 bits) from bit 8. The values: a URA's index in `uras`, a provider type's
 * index, a requester-category mask, as the record's (0 for "every").
 */
export function compactEntries(
  t: Int32Array,
  r: number,
  uras: UraTable,
  out: Int32Array,
  o: number,
): boolean {
  const n = (t[r] as number) & 31;
  if (n > INLINE_CHOICES) return false;
  for (let i = 0, e = r + STORE_HEADER; i < n; i++, e += STORE_HOT) {
    const w0 = t[e] as number;
    const ck = (w0 >>> 2) & 3;
    const rk = (w0 >>> 4) & 3;
    const cv = ck === 2 ? uras.intern(t[e + 1] as number) : (t[e + 1] as number);
    const rv = rk === 2 ? uras.intern(t[e + 2] as number) : (t[e + 2] as number);
    if (cv < 0 || cv > COMPACT_MAX || rv < 0 || rv > COMPACT_MAX) return false;
    out[o + SLOT_ENTRY * i] = (w0 & 0xffff) | ((cv & 0xffff) << 16);
    out[o + SLOT_ENTRY * i + 1] = (cv >>> 16) | (rv << 8);
  }
  out.fill(0, o + SLOT_ENTRY * n, o + SLOT_ENTRY * INLINE_CHOICES);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Choice ids and actors
// ---------------------------------------------------------------------------------------------

/** Bytes per id-pool block. */
export const POOL_BLOCK = 1 << 22;
const DEDUPE_LIMIT = 1 << 16;

/**
 * Choice ids as bytes (length, then the characters, each below 256), in append-only blocks; an
 * id's reference is its global byte offset. The first 65 536 distinct ids are shared between
 * choices (generated ids such as `c1` repeat across patients); later ones are stored per choice.
 */
export class IdPool {
  readonly blocks: Array<Uint8Array> = [];
  used = POOL_BLOCK;
  readonly dedupe = new Map<string, number>();

  intern(id: string): number {
    const known = this.dedupe.get(id);
    if (known !== undefined) return known;
    if (this.used + id.length + 1 > POOL_BLOCK) {
      this.blocks.push(new Uint8Array(POOL_BLOCK));
      this.used = 0;
    }
    const b = this.blocks[this.blocks.length - 1] as Uint8Array;
    const ref = (this.blocks.length - 1) * POOL_BLOCK + this.used;
    b[this.used] = id.length;
    for (let i = 0; i < id.length; i++) b[this.used + 1 + i] = id.charCodeAt(i);
    this.used += id.length + 1;
    if (this.dedupe.size < DEDUPE_LIMIT) this.dedupe.set(id, ref);
    return ref;
  }

  read(ref: number): string {
    const b = this.blocks[Math.floor(ref / POOL_BLOCK)] as Uint8Array;
    const o = ref % POOL_BLOCK;
    const len = b[o] as number;
    let s = "";
    for (let i = 0; i < len; i++) s += String.fromCharCode(b[o + 1 + i] as number);
    return s;
  }

  /** Bytes in use over all blocks. */
  get bytes(): number {
    return this.blocks.length === 0 ? 0 : (this.blocks.length - 1) * POOL_BLOCK + this.used;
  }
}

/** Whether an id can be pooled: 1–255 characters, each below 256. */
function poolable(id: string): boolean {
  if (typeof id !== "string" || id.length === 0 || id.length > 255) return false;
  for (let i = 0; i < id.length; i++) if (id.charCodeAt(i) > 255) return false;
  return true;
}

/** The actors choices name, each once: the four without data first, then providers as they come. */
export class ActorTable {
  readonly actors: Array<Actor> = [
    Object.freeze({ _tag: "Patient" }),
    Object.freeze({ _tag: "Parent", relation: "parent" }),
    Object.freeze({ _tag: "Parent", relation: "legal-representative" }),
    Object.freeze({ _tag: "AuthorisedRepresentative" }),
  ];
  readonly providers = new Map<string, number>();

  /** Forget the providers interned after the first `length` actors (a profile that was not packed). */
  truncate(length: number): void {
    while (this.actors.length > length) {
      const a = this.actors.pop() as Actor & { readonly _tag: "Provider" };
      this.providers.delete(`${a.ura}\u0000${a.uzi}\u0000${a.role}`);
    }
  }

  /** The actor's index, or -1 when it cannot be stored (an unknown shape, or the table is full). */
  indexOf(a: Actor): number {
    // A cast `null` or non-object would throw on `_tag` before `packProfile`'s rollback.
    if (typeof a !== "object" || a === null) return -1;
    switch (a._tag) {
      case "Patient":
        return 0;
      case "Parent":
        return a.relation === "parent" ? 1 : a.relation === "legal-representative" ? 2 : -1;
      case "AuthorisedRepresentative":
        return 3;
      case "Provider": {
        if (typeof a.ura !== "string" || typeof a.uzi !== "string" || typeof a.role !== "string") return -1;
        const key = `${a.ura}\u0000${a.uzi}\u0000${a.role}`;
        const known = this.providers.get(key);
        if (known !== undefined) return known;
        // A provider a decoder would refuse (a cast URA, UZI or role) is not interned: its profile
        // is kept as an object, where `put` refuses it like the snapshot's check would.
        if (this.actors.length >= MAX_ACTORS || !isActor(a)) return -1;
        const i =
          this.actors.push(Object.freeze({ _tag: "Provider", ura: a.ura, uzi: a.uzi, role: a.role })) - 1;
        this.providers.set(key, i);
        return i;
      }
      default:
        return -1;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Packing a profile
// ---------------------------------------------------------------------------------------------

const isActor = Schema.is(Actor);

const ORIGINS: ReadonlyArray<ChoiceOrigin> = ["patient-portal", "provider", "import", "emergency"];
const scratch = new Int32Array(MAX_RECORD + 8);
const URA = /^\d{8}$/;

function instantOk(x: unknown): x is number {
  return typeof x === "number" && Number.isSafeInteger(x) && x >= 0;
}

function putInstant(out: Int32Array, at: number, ms: number): void {
  const hi = Math.floor(ms / TWO_32);
  out[at] = hi;
  out[at + 1] = (ms - hi * TWO_32) | 0;
}

interface Prepared {
  readonly choice: Choice;
  readonly position: number;
  readonly rank: number;
  readonly w0: number;
  readonly w1: number;
  readonly w2: number;
  /** Requester-category indices in the recorded order when that is not ascending. */
  readonly order: ReadonlyArray<number> | undefined;
}

/**
 * Pack a profile into a record; returns its length in words (in {@link packedRecord}), or -1
 * when the profile needs what a record cannot hold (then the store keeps a compiled object):
 * more than 31 choices, codes outside the code lists, repeated requester codes, ids or actors of
 * other shapes, instants that are not whole milliseconds since 1970.
 */
export function packProfile(
  profile: ConsentProfile,
  index: CodeIndex,
  ids: IdPool,
  actors: ActorTable,
): number {
  const choices = profile.choices;
  const n = choices.length;
  if (n > STORE_MAX_CHOICES || profile.pending.length >= MAX_PENDING) return -1;
  if (index.ancestorMask === undefined || index.requesterCodes.length > 31) return -1;
  const patient = profile.patient === undefined ? -1 : bsnNumber(profile.patient);
  if (patient < 0) return -1;
  const prepared: Array<Prepared> = [];
  let maxFrom = 0;
  let timed = false;
  for (let position = 0; position < n; position++) {
    const c = choices[position] as Choice;
    const cat = index.categoryIndex.get(c.dataCategory);
    if (cat === undefined || !poolable(c.id) || !instantOk(c.from) || !instantOk(c.recordedAt)) return -1;
    if (c.until !== undefined && !instantOk(c.until)) return -1;
    if (c.indeterminateFrom !== undefined && !instantOk(c.indeterminateFrom)) return -1;
    if (ORIGINS.indexOf(c.origin) < 0 || (c.decision !== "permit" && c.decision !== "deny")) return -1;
    const cu = c.custodian;
    let ck: number;
    let w1 = 0;
    if (cu._tag === "Organisation") {
      if (typeof cu.ura !== "string" || !URA.test(cu.ura)) return -1;
      ck = 2;
      w1 = Number(cu.ura);
    } else if (cu._tag === "ProviderType") {
      const t = index.requesterIndex.get(cu.type);
      if (t === undefined) return -1;
      ck = 1;
      w1 = t;
    } else if (cu._tag === "AllCustodians") ck = 0;
    else return -1;
    const rq = c.requesters;
    let rk: number;
    let w2 = 0;
    let order: Array<number> | undefined;
    if (rq._tag === "Organisation") {
      if (typeof rq.ura !== "string" || !URA.test(rq.ura)) return -1;
      rk = 2;
      w2 = Number(rq.ura);
    } else if (rq._tag === "Categories") {
      if (!Array.isArray(rq.codes) || rq.codes.length === 0) return -1;
      rk = 1;
      let last = -1;
      let ascending = true;
      const seen: Array<number> = [];
      for (const code of rq.codes) {
        const r = index.requesterIndex.get(code);
        if (r === undefined || (w2 & (1 << r)) !== 0) return -1;
        w2 |= 1 << r;
        if (r < last) ascending = false;
        last = r;
        seen.push(r);
      }
      if (!ascending) order = seen;
    } else if (rq._tag === "AllRequesters") rk = 0;
    else return -1;
    const kind = c.decision === "deny" ? 1 : c.origin === "emergency" && c.until !== undefined ? 2 : 0;
    if (c.until !== undefined || c.indeterminateFrom !== undefined) timed = true;
    if (c.from > maxFrom) maxFrom = c.from;
    prepared.push({
      choice: c,
      position,
      rank: specificityRank({ custodian: ck, category: index.depth[cat] as number, requesters: rk }, index),
      w0: kind | (ck << 2) | (rk << 4) | (cat << 6) | (position << 11),
      w1,
      w2,
      order,
    });
  }
  // Actors and ids last: nothing is interned for a profile that cannot be packed (the providers
  // interned for its earlier choices are forgotten again).
  const actorOf: Array<number> = [];
  const confirmerOf: Array<number> = [];
  const actorsBefore = actors.actors.length;
  for (const p of prepared) {
    const a = actors.indexOf(p.choice.recordedBy);
    const b = p.choice.confirmedBy === undefined ? 0 : actors.indexOf(p.choice.confirmedBy);
    if (a < 0 || b < 0) {
      actors.truncate(actorsBefore);
      return -1;
    }
    actorOf.push(a);
    confirmerOf.push(b);
  }
  // Most specific first; equal ranks keep the profile's order (as `compileProfile`'s scan layout).
  const order = prepared
    .map((_, i) => i)
    .sort((x, y) => (prepared[y] as Prepared).rank - (prepared[x] as Prepared).rank || x - y);
  const out = scratch;
  const bound = Math.ceil(maxFrom / 1000);
  out[0] = n | (timed ? 32 : 0) | (profile.pending.length << 6);
  out[1] = bound >= TWO_32 ? -1 : bound | 0;
  out[2] = patient;
  let w = STORE_HEADER;
  for (const i of order) {
    const p = prepared[i] as Prepared;
    out[w] = p.w0;
    out[w + 1] = p.w1;
    out[w + 2] = p.w2;
    w += STORE_HOT;
  }
  for (const i of order) {
    const p = prepared[i] as Prepared;
    const c = p.choice;
    const differs = c.recordedAt !== c.from;
    out[w] = ids.intern(c.id);
    out[w + 1] =
      (actorOf[i] as number) |
      (ORIGINS.indexOf(c.origin) << 22) |
      (differs ? COLD_RECORDED_AT : 0) |
      (c.confirmedBy !== undefined ? COLD_CONFIRMED_BY : 0) |
      (c.until !== undefined ? COLD_UNTIL : 0) |
      (c.indeterminateFrom !== undefined ? COLD_INDETERMINATE : 0) |
      (p.order !== undefined ? COLD_ORDER : 0);
    putInstant(out, w + 2, c.from);
    w += 4;
    if (differs) {
      putInstant(out, w, c.recordedAt);
      w += 2;
    }
    if (c.confirmedBy !== undefined) out[w++] = confirmerOf[i] as number;
    if (c.until !== undefined) {
      putInstant(out, w, c.until);
      w += 2;
    }
    if (c.indeterminateFrom !== undefined) {
      putInstant(out, w, c.indeterminateFrom);
      w += 2;
    }
    if (p.order !== undefined) {
      out[w] = p.order.length;
      for (let k = 0; k < p.order.length; k += 6) {
        let word = 0;
        for (let m = 0; m < 6 && k + m < p.order.length; m++) word |= (p.order[k + m] as number) << (5 * m);
        out[w + 1 + k / 6] = word;
      }
      w += 1 + Math.ceil(p.order.length / 6);
    }
  }
  return w;
}

/** The words {@link packProfile} wrote last. */
export const packedRecord: Int32Array = scratch;

// ---------------------------------------------------------------------------------------------
// Materialising a profile
// ---------------------------------------------------------------------------------------------

/** The parts of a profile a record holds: the patient, the choices in the profile's order, the pending count. */
export interface StoredProfile {
  readonly patient: Bsn | undefined;
  readonly choices: ReadonlyArray<Choice>;
  readonly pendingCount: number;
}

/** Rebuild the profile of the record at `r` in block `t` (fresh objects; actors are shared and frozen). */
export function unpackProfile(
  t: Int32Array,
  r: number,
  index: CodeIndex,
  ids: IdPool,
  actors: ActorTable,
): StoredProfile {
  const head = t[r] as number;
  const n = head & 31;
  const choices: Array<Choice> = new Array<Choice>(n);
  let c = r + STORE_HEADER + STORE_HOT * n;
  for (let e = 0; e < n; e++) {
    const o = r + STORE_HEADER + STORE_HOT * e;
    const w0 = t[o] as number;
    const meta = t[c + 1] as number;
    const id = ids.read((t[c] as number) >>> 0);
    const from = storedInstant(t, c + 2);
    c += 4;
    let recordedAt = from;
    if ((meta & COLD_RECORDED_AT) !== 0) {
      recordedAt = storedInstant(t, c);
      c += 2;
    }
    let confirmedBy: Actor | undefined;
    if ((meta & COLD_CONFIRMED_BY) !== 0) confirmedBy = actors.actors[t[c++] as number];
    let until: number | undefined;
    if ((meta & COLD_UNTIL) !== 0) {
      until = storedInstant(t, c);
      c += 2;
    }
    let indeterminateFrom: number | undefined;
    if ((meta & COLD_INDETERMINATE) !== 0) {
      indeterminateFrom = storedInstant(t, c);
      c += 2;
    }
    let order: Array<number> | undefined;
    if ((meta & COLD_ORDER) !== 0) {
      const len = t[c] as number;
      order = [];
      for (let k = 0; k < len; k++)
        order.push(((t[c + 1 + Math.floor(k / 6)] as number) >>> (5 * (k % 6))) & 31);
      c += 1 + Math.ceil(len / 6);
    }
    const ck = (w0 >>> 2) & 3;
    const rk = (w0 >>> 4) & 3;
    const w1 = t[o + 1] as number;
    const w2 = t[o + 2] as number;
    const custodian: Custodian =
      ck === 2
        ? { _tag: "Organisation", ura: String(w1).padStart(8, "0") as UraNumber }
        : ck === 1
          ? { _tag: "ProviderType", type: index.requesterCodes[w1] as string }
          : { _tag: "AllCustodians" };
    let requesters: Requesters;
    if (rk === 2) requesters = { _tag: "Organisation", ura: String(w2).padStart(8, "0") as UraNumber };
    else if (rk === 1) {
      const codes: Array<string> = [];
      if (order !== undefined) for (const i of order) codes.push(index.requesterCodes[i] as string);
      else
        for (let i = 0; i < 31; i++) if ((w2 & (1 << i)) !== 0) codes.push(index.requesterCodes[i] as string);
      requesters = { _tag: "Categories", codes: codes as unknown as readonly [string, ...Array<string>] };
    } else requesters = { _tag: "AllRequesters" };
    choices[(w0 >>> 11) & 31] = {
      id,
      custodian,
      dataCategory: index.categoryCodes[(w0 >>> 6) & 31] as string,
      requesters,
      decision: (w0 & 3) === 1 ? "deny" : "permit",
      from: from as Choice["from"],
      until: until as Choice["until"],
      indeterminateFrom: indeterminateFrom as Choice["indeterminateFrom"],
      recordedAt: recordedAt as Choice["recordedAt"],
      recordedBy: actors.actors[meta & ((1 << 22) - 1)] as Actor,
      origin: ORIGINS[(meta >>> 22) & 3] as ChoiceOrigin,
      confirmedBy,
    };
  }
  return {
    patient: (t[r + 2] as number) < 0 ? undefined : (String(t[r + 2]).padStart(9, "0") as Bsn),
    choices,
    pendingCount: head >>> 6,
  };
}

// ---------------------------------------------------------------------------------------------
// Checksum
// ---------------------------------------------------------------------------------------------

/**
 * A 32-bit checksum over words (FNV-1a over 32-bit words): any change to a single word changes
 * it (each step is a bijection), other corruption goes unnoticed with probability 2^-32.
 */
export function checksumWords(words: Int32Array, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ (words[i] as number), 0x01000193);
  return h >>> 0;
}
