/**
 * The layouts of a compiled profile and the storage scans over them (internal: the exports map
 * closes `./internal/*`, ADR 0006 §5). Both scans find, for one data category, the matching
 * choices that no other matching choice supersedes (precedence by dominance, see
 * `precedence.ts`), and answer with one packed number (see {@link packFound}), so that no scratch
 * object is shared between calls.
 *
 * @internal
 * @module
 */
import type { CodeIndex } from "../codes.js";
import type { Bsn } from "../identifiers.js";
import type { Choice } from "../model.js";
import type { ConsentRules } from "../rulebook.js";

/** One choice in a compiled cell of the `index` layout. */
export interface CompiledEntry {
  readonly choice: Choice;
  /** Position of the choice in the profile's `choices`. */
  readonly position: number;
  /** 0 permit, 1 deny, 2 an unconfirmed emergency consent (a permit that never supersedes a deny). */
  readonly kind: 0 | 1 | 2;
  readonly from: number;
  /** Exclusive end; `Infinity` when open. */
  readonly until: number;
  /** From this instant the choice's validity cannot be established; `Infinity` when never. */
  readonly indeterminateFrom: number;
  /** Custodian level: 2 organisation, 1 provider type, 0 every custodian. */
  readonly custodianLevel: number;
  /** Depth of the choice's data category. */
  readonly depth: number;
  /** Requester kind: 2 organisation, 1 categories, 0 every requester. */
  readonly requesterKind: number;
  /** For `Categories`: the requester-category indices, sorted, without duplicates. */
  readonly requesterCategories: ReadonlyArray<number> | undefined;
}

/**
 * Fields of one entry of the `scan` layout, packed in one array of numbers (stride
 * {@link SCAN_STRIDE}): rank, custodian kind (2 organisation, 1 provider type, 0 every custodian),
 * custodian value (URA as a number, or the type's index), category index, requester kind
 * (2 organisation, 1 categories, 0 every requester), requester URA as a number, requester-category
 * bit mask, from, until, indeterminate-from, kind (0 permit, 1 deny, 2 unconfirmed emergency
 * consent), index of the choice in `choices`.
 */
export const SCAN_STRIDE = 12;

/** Largest number of entries compiled to the `scan` layout by default. */
export const SCAN_LIMIT = 27;

/** Largest number of entries the `scan` layout can hold at all (one bit per entry in a 32-bit mask). */
export const SCAN_MAX = 31;

/** Choices of one custodian level and one data category, by requester level. */
export interface CompiledCell {
  org: Map<string, Array<CompiledEntry>> | undefined;
  cat: Array<Array<CompiledEntry> | undefined> | undefined;
  all: Array<CompiledEntry> | undefined;
}

/** Cells of one custodian, by data-category index. */
export type CompiledNode = Array<CompiledCell | undefined>;

/** Where one profile's packed `scan` entries are, and its custodian filter. */
export interface ScanStorage {
  readonly scan: ArrayLike<number> | undefined;
  readonly scanStart: number;
  readonly scanEnd: number;
  /**
   * A filter on the custodian, so that most requests about a custodian the profile does not
   * mention are answered without touching the entries: whether a choice names every custodian,
   * a bit per provider-type index named, and a 31-bit Bloom filter of the URAs named (bit
   * `ura mod 31`). Only ever says "maybe"; never changes an answer.
   */
  readonly filterAll: boolean;
  readonly filterTypes: number;
  readonly filterUras: number;
}

/** The full layout of a compiled profile (the public type is `CompiledProfile`). */
export interface CompiledLayout extends ScanStorage {
  readonly _tag: "CompiledProfile";
  readonly patient: Bsn | undefined;
  /** The BSN as a number (NaN when the profile has no patient): compared without touching the string. */
  readonly patientNumber: number;
  readonly rules: ConsentRules;
  readonly index: CodeIndex;
  /** The `index` layout (large profiles); `undefined` when the `scan` layout is used. */
  readonly indexed: IndexedLayout | undefined;
  readonly choices: ReadonlyArray<Choice>;
  readonly pendingCount: number;
  readonly unknownCodes: ReadonlyArray<Choice>;
}

/** The `index` layout: entries by custodian (URA map, type map, every custodian). */
export interface IndexedLayout {
  readonly org: Map<string, CompiledNode> | undefined;
  readonly type: Map<string, CompiledNode> | undefined;
  readonly all: CompiledNode | undefined;
}

/** Whether a `deny` among a compiled profile's unknown-code choices cannot be placed. */
export function hasUnreadableDeny(cp: CompiledLayout): boolean {
  return cp.unknownCodes.length !== 0 && cp.unknownCodes.some((c) => c.decision === "deny");
}

// ---------------------------------------------------------------------------------------------
// The packed answer of a scan: kind + 4 × objection + 8 × (deciding + 1) + 8 × 2^21 × (conflict + 1)
// ---------------------------------------------------------------------------------------------

/** Answer kinds: 0 no matching choice, 1 permit, 2 deny, 3 indeterminate. */
export type FoundKind = 0 | 1 | 2 | 3;

const POSITIONS = 2_097_152; // 2^21: positions of choices in a profile stay below this

/** Most choices a compiled profile can hold (positions are packed in 21 bits). */
export const MAX_CHOICES = POSITIONS - 2;

/**
 * Pack a scan's answer in one number: the kind, whether a deny overruled a matching emergency
 * consent (`objection`), the position of the deciding choice and of the other choice of the
 * conflict (-1 for none). Exact in a double (below 2^46).
 */
export function packFound(kind: FoundKind, objection: 0 | 1, deciding: number, conflict: number): number {
  return kind + 4 * objection + 8 * (deciding + 1) + 8 * POSITIONS * (conflict + 1);
}

/** The kind of a packed answer. */
export function foundKind(found: number): FoundKind {
  return (found % 4) as FoundKind;
}

/** Whether a deny overruled a matching emergency consent. */
export function foundObjection(found: number): boolean {
  return Math.floor(found / 4) % 2 === 1;
}

/** Position of the deciding choice, -1 for none. */
export function foundDeciding(found: number): number {
  return (Math.floor(found / 8) % POSITIONS) - 1;
}

/** Position of the other choice of the conflict, -1 for none. */
export function foundConflict(found: number): number {
  return Math.floor(found / (8 * POSITIONS)) - 1;
}

// ---------------------------------------------------------------------------------------------
// The `scan` layout
// ---------------------------------------------------------------------------------------------

/** Requester dimension: entry at `a` at least as specific as entry at `b` (both match). */
function packedRequestersAtLeast(t: ArrayLike<number>, a: number, b: number): boolean {
  const rb = t[b + 4] as number;
  const ra = t[a + 4] as number;
  return (
    rb === 0 || ra === 2 || (ra === 1 && rb === 1 && ((t[a + 6] as number) & ~(t[b + 6] as number)) === 0)
  );
}

/** Entry at `a` supersedes entry at `b` (dominance; an unconfirmed emergency consent never supersedes a deny). */
function packedSupersedes(t: ArrayLike<number>, depth: ReadonlyArray<number>, a: number, b: number): boolean {
  const ca = t[a + 1] as number;
  const cb = t[b + 1] as number;
  if (ca < cb) return false;
  const da = depth[t[a + 3] as number] as number;
  const db = depth[t[b + 3] as number] as number;
  if (da < db || !packedRequestersAtLeast(t, a, b)) return false;
  if (!(ca > cb || da > db || !packedRequestersAtLeast(t, b, a))) return false;
  return !(t[a + 10] === 2 && t[b + 10] === 1);
}

/**
 * The `scan` walk over one profile's packed entries `t[start..end)` for one data category (the
 * storage fields are passed one by one, so the walk sees numbers only): the custodian filter
 * first, then a bit mask of the matching entries, then the ones no other supersedes. Returns the
 * packed answer (0 when no choice matches).
 */
export function scanCategory(
  t: ArrayLike<number>,
  start: number,
  end: number,
  filterAll: boolean,
  filterTypes: number,
  filterUras: number,
  index: CodeIndex,
  custodianUra: string,
  custodianType: string,
  category: number,
  requesterUra: string,
  requesterCategory: number,
  at: number,
): number {
  // A consent-store record (`store-layout.ts`): the same walk over its own packing.
  if (t instanceof Int32Array)
    return storeScanCategory(
      t,
      start,
      index,
      custodianUra,
      custodianType,
      category,
      requesterUra,
      requesterCategory,
      at,
    );
  const cUra = uraKey(custodianUra);
  const cType = index.requesterIndex.get(custodianType) ?? -2;
  if (
    !filterAll &&
    (cType < 0 || (filterTypes & (1 << cType)) === 0) &&
    (cUra < 0 || (filterUras & (1 << (cUra % 31))) === 0)
  )
    return 0;
  const ancestors = (index.ancestorMask as ReadonlyArray<number>)[category] ?? 0;
  const requesterBit = requesterCategory >= 0 ? 1 << requesterCategory : 0;
  const rUra = uraKey(requesterUra);
  let matching = 0;
  for (let o = start, i = 0; o < end; o += SCAN_STRIDE, i++) {
    if (((ancestors >>> (t[o + 3] as number)) & 1) === 0) continue;
    const ck = t[o + 1] as number;
    if (ck === 2 ? t[o + 2] !== cUra : ck === 1 && t[o + 2] !== cType) continue;
    const rk = t[o + 4] as number;
    if (rk === 2 ? t[o + 5] !== rUra : rk === 1 && ((t[o + 6] as number) & requesterBit) === 0) continue;
    if ((t[o + 7] as number) > at || at >= (t[o + 8] as number)) continue;
    matching |= 1 << i;
  }
  if (matching === 0) return 0;
  if ((matching & (matching - 1)) === 0) {
    // One matching choice: it decides.
    const o = start + (31 - Math.clz32(matching)) * SCAN_STRIDE;
    const kind = t[o + 10] === 1 ? 2 : at >= (t[o + 9] as number) ? 3 : 1;
    return packFound(kind, 0, t[o + 11] as number, -1);
  }
  const depth = index.depth;
  let deny = -1;
  let indeterminate = -1;
  let permit = -1;
  let other = -1;
  let emergency = -1;
  for (let rest = matching; rest !== 0; rest &= rest - 1) {
    const i = 31 - Math.clz32(rest & -rest);
    const oi = start + i * SCAN_STRIDE;
    if (t[oi + 10] === 2 && emergency < 0) emergency = oi;
    let superseded = false;
    for (let others = matching & ~(1 << i); others !== 0; others &= others - 1) {
      const j = 31 - Math.clz32(others & -others);
      if (packedSupersedes(t, depth, start + j * SCAN_STRIDE, oi)) {
        superseded = true;
        break;
      }
    }
    if (superseded) continue;
    if (t[oi + 10] === 1) {
      if (deny < 0) deny = oi;
      continue;
    }
    if (other < 0) other = oi;
    if (at >= (t[oi + 9] as number)) {
      if (indeterminate < 0) indeterminate = oi;
    } else if (permit < 0) permit = oi;
  }
  if (deny >= 0) {
    const conflict = emergency >= 0 ? emergency : other;
    return packFound(
      2,
      emergency >= 0 ? 1 : 0,
      t[deny + 11] as number,
      conflict < 0 ? -1 : (t[conflict + 11] as number),
    );
  }
  if (indeterminate >= 0) return packFound(3, 0, t[indeterminate + 11] as number, -1);
  return packFound(1, 0, t[permit + 11] as number, -1);
}

// ---------------------------------------------------------------------------------------------
// The `index` layout
// ---------------------------------------------------------------------------------------------

function requestersAtLeast(a: CompiledEntry, b: CompiledEntry): boolean {
  if (b.requesterKind === 0 || a.requesterKind === 2) return true;
  if (a.requesterKind !== 1 || b.requesterKind !== 1) return false;
  const bs = b.requesterCategories as ReadonlyArray<number>;
  return (a.requesterCategories as ReadonlyArray<number>).every((r) => bs.includes(r));
}

/** `a` supersedes `b` (the same rule as the packed scan, over entries). */
function supersedes(a: CompiledEntry, b: CompiledEntry): boolean {
  if (a.custodianLevel < b.custodianLevel || a.depth < b.depth || !requestersAtLeast(a, b)) return false;
  if (!(a.custodianLevel > b.custodianLevel || a.depth > b.depth || !requestersAtLeast(b, a))) return false;
  return !(a.kind === 2 && b.kind === 1);
}

function rankOf(e: CompiledEntry, maxDepth: number): number {
  return (e.custodianLevel * (maxDepth + 1) + e.depth) * 3 + e.requesterKind;
}

function collect(
  list: ReadonlyArray<CompiledEntry> | undefined,
  at: number,
  out: Array<CompiledEntry>,
): void {
  if (list === undefined) return;
  for (const e of list) if (e.from <= at && at < e.until) out.push(e);
}

/**
 * The `index` look-up for one data category: collect the matching entries of the at most
 * 3 × (depth + 1) × 3 cells, then the same resolution as the packed scan. Returns the packed answer.
 */
export function indexCategory(
  cp: CompiledLayout,
  custodianUra: string,
  custodianType: string,
  category: number,
  requesterUra: string,
  requesterCategory: number,
  at: number,
): number {
  const ancestors = cp.index.ancestorsOrSelf[category];
  if (ancestors === undefined) return 0;
  const matching: Array<CompiledEntry> = [];
  const ix = cp.indexed;
  if (ix === undefined) return 0;
  for (const node of [ix.org?.get(custodianUra), ix.type?.get(custodianType), ix.all]) {
    if (node === undefined) continue;
    for (const a of ancestors) {
      const cell = node[a];
      if (cell === undefined) continue;
      collect(cell.org?.get(requesterUra), at, matching);
      if (requesterCategory >= 0) collect(cell.cat?.[requesterCategory], at, matching);
      collect(cell.all, at, matching);
    }
  }
  if (matching.length === 0) return 0;
  const maxDepth = cp.index.maxDepth;
  // The order in which choices are named: most specific rank first, then the profile's order.
  matching.sort((x, y) => rankOf(y, maxDepth) - rankOf(x, maxDepth) || x.position - y.position);
  let deny: CompiledEntry | undefined;
  let indeterminate: CompiledEntry | undefined;
  let permit: CompiledEntry | undefined;
  let other: CompiledEntry | undefined;
  let emergency: CompiledEntry | undefined;
  for (const e of matching) {
    if (e.kind === 2 && emergency === undefined) emergency = e;
    if (matching.some((o) => o !== e && supersedes(o, e))) continue;
    if (e.kind === 1) {
      deny ??= e;
      continue;
    }
    other ??= e;
    if (at >= e.indeterminateFrom) indeterminate ??= e;
    else permit ??= e;
  }
  if (deny !== undefined) {
    const conflict = emergency ?? other;
    return packFound(2, emergency === undefined ? 0 : 1, deny.position, conflict?.position ?? -1);
  }
  if (indeterminate !== undefined) return packFound(3, 0, indeterminate.position, -1);
  return packFound(1, 0, (permit as CompiledEntry).position, -1);
}

// ---------------------------------------------------------------------------------------------
// The consent store's packed records (see `store-layout.ts` for how they are written)
// ---------------------------------------------------------------------------------------------

/**
 * A consent-store record, in 32-bit words: a header of {@link STORE_HEADER} words (the number of
 * entries in bits 0–4, bit 5 "an entry has an end or an indeterminate-from instant", the pending
 * count from bit 6; an upper bound in seconds of the entries' `from` — -1 when it is 2^32 or more
 * (a `from` after 2106-02-07), and then a scan reads the exact instants; the BSN), then
 * {@link STORE_HOT} words per entry, most specific first — word 0: kind (bits 0–1, as
 * `CompiledEntry.kind`), custodian kind (2–3), requester kind (4–5), category (6–10), position
 * in the profile's choices (11–15); word 1: the custodian's URA as a number or its type index;
 * word 2: the requester's URA as a number or the requester-category bit mask — then the entries'
 * cold parts (ids, actors, exact instants), read only for explanations and time checks.
 */
export const STORE_HEADER = 3;

/** Words per entry in the hot part of a consent-store record. */
export const STORE_HOT = 3;

/**
 * Words per entry of a BSN-hash slot's compact inline copy (`store-layout.ts`, `compactEntries`):
 * word 0 bits 0–15 as a record entry's word 0, the custodian value's low 16 bits above; word 1
 * the custodian value's high 8 bits, the requester value from bit 8. The entries follow the
 * copied header (marked by bit 31 of its first word) like a record's hot words follow its header.
 */
export const STORE_COMPACT = 2;

/** Cold-part flags of a consent-store entry (word 1 of the cold part, from bit 22 up). */
export const COLD_RECORDED_AT = 1 << 24;
export const COLD_CONFIRMED_BY = 1 << 25;
export const COLD_UNTIL = 1 << 26;
export const COLD_INDETERMINATE = 1 << 27;
export const COLD_ORDER = 1 << 28;

const TWO_32 = 4_294_967_296;
const storeFrom = new Float64Array(32);
const storeUntil = new Float64Array(32);
const storeIndeterminate = new Float64Array(32);

/** An instant stored as two words (high, low). */
export function storedInstant(t: Int32Array, at: number): number {
  return (t[at] as number) * TWO_32 + ((t[at + 1] as number) >>> 0);
}

/** Walk a record's cold parts and fill the scratch arrays with each entry's from, until and indeterminate-from. */
function storeTimes(t: Int32Array, r: number, n: number): void {
  let c = r + STORE_HEADER + STORE_HOT * n;
  for (let i = 0; i < n; i++) {
    const meta = t[c + 1] as number;
    storeFrom[i] = storedInstant(t, c + 2);
    c += 4;
    if ((meta & COLD_RECORDED_AT) !== 0) c += 2;
    if ((meta & COLD_CONFIRMED_BY) !== 0) c += 1;
    if ((meta & COLD_UNTIL) !== 0) {
      storeUntil[i] = storedInstant(t, c);
      c += 2;
    } else storeUntil[i] = Number.POSITIVE_INFINITY;
    if ((meta & COLD_INDETERMINATE) !== 0) {
      storeIndeterminate[i] = storedInstant(t, c);
      c += 2;
    } else storeIndeterminate[i] = Number.POSITIVE_INFINITY;
    if ((meta & COLD_ORDER) !== 0) c += 1 + Math.ceil((t[c] as number) / 6);
  }
}

/** Requester dimension over two store entries' first words and values: `a` at least as specific as `b`. */
function storeRequestersAtLeast(wa: number, va: number, wb: number, vb: number): boolean {
  const rb = (wb >>> 4) & 3;
  const ra = (wa >>> 4) & 3;
  return rb === 0 || ra === 2 || (ra === 1 && rb === 1 && (va & ~vb) === 0);
}

/** The requester value of the store entry at `o`: a record's word 2, or a compact entry's 24 bits. */
function storeRequesterValue(t: Int32Array, o: number, compact: boolean): number {
  return compact ? (t[o + 1] as number) >>> 8 : (t[o + 2] as number);
}

/** Store entry at `a` supersedes the one at `b` (the rule of {@link scanCategory}); `compact`: slot entries. */
function storeSupersedes(
  t: Int32Array,
  depth: ReadonlyArray<number>,
  a: number,
  b: number,
  compact: boolean,
): boolean {
  const wa = t[a] as number;
  const wb = t[b] as number;
  const ca = (wa >>> 2) & 3;
  const cb = (wb >>> 2) & 3;
  if (ca < cb) return false;
  const da = depth[(wa >>> 6) & 31] as number;
  const db = depth[(wb >>> 6) & 31] as number;
  const va = storeRequesterValue(t, a, compact);
  const vb = storeRequesterValue(t, b, compact);
  if (da < db || !storeRequestersAtLeast(wa, va, wb, vb)) return false;
  if (!(ca > cb || da > db || !storeRequestersAtLeast(wb, vb, wa, va))) return false;
  return !((wa & 3) === 2 && (wb & 3) === 1);
}

/**
 * The scan of one consent-store record (`t`, from word `r`) for one data category: the same
 * answer as {@link scanCategory} over the same profile's packed entries. Instants are read from
 * the cold parts only when some entry has an end or the request is older than the header's bound.
 */
export function storeScanCategory(
  t: Int32Array,
  r: number,
  index: CodeIndex,
  custodianUra: string,
  custodianType: string,
  category: number,
  requesterUra: string,
  requesterCategory: number,
  at: number,
): number {
  const any = storeMatchAny(t, r, index, custodianUra, custodianType, requesterUra, requesterCategory, at);
  return any === 0 ? 0 : storeResolveCategory(t, r, any, index, category, at);
}

/**
 * The first half of {@link storeScanCategory}, the same for every data category of a request: a
 * bit mask of the record's entries that match the custodian, the requester and the instant
 * (whatever their category). Fills the scratch instants that {@link storeResolveCategory} reads,
 * so call that one next, on the same record and instant. 0 when no entry matches.
 */
export function storeMatchAny(
  t: Int32Array,
  r: number,
  index: CodeIndex,
  custodianUra: string,
  custodianType: string,
  requesterUra: string,
  requesterCategory: number,
  at: number,
): number {
  const head = t[r] as number;
  const n = head & 31;
  if (n === 0) return 0;
  if (head < 0)
    return slotMatchAny(t, r, n, index, custodianUra, custodianType, requesterUra, requesterCategory);
  // A request is usually asked once per record: its URAs' keys are kept for the next record.
  if (custodianUra !== memo.custodianUra) {
    memo.custodianUra = custodianUra;
    memo.cUra = uraKey(custodianUra);
  }
  if (custodianType !== memo.custodianType || index !== memo.index) {
    memo.custodianType = custodianType;
    memo.index = index;
    memo.cType = index.requesterIndex.get(custodianType) ?? -2;
  }
  if (requesterUra !== memo.requesterUra) {
    memo.requesterUra = requesterUra;
    memo.rUra = uraKey(requesterUra);
  }
  const cUra = memo.cUra;
  const cType = memo.cType;
  const rUra = memo.rUra;
  const requesterBit = requesterCategory >= 0 ? 1 << requesterCategory : 0;
  // The bound -1 is "not below 2^32 seconds" (a `from` after 2106-02-07): the instants decide then.
  const timed = (head & 32) !== 0 || (t[r + 1] as number) === -1 || at < ((t[r + 1] as number) >>> 0) * 1000;
  if (timed) storeTimes(t, r, n);
  let matching = 0;
  for (let i = 0, o = r + STORE_HEADER; i < n; i++, o += STORE_HOT) {
    const w = t[o] as number;
    const ck = (w >>> 2) & 3;
    if (ck === 2 ? t[o + 1] !== cUra : ck === 1 && t[o + 1] !== cType) continue;
    const rk = (w >>> 4) & 3;
    if (rk === 2 ? t[o + 2] !== rUra : rk === 1 && ((t[o + 2] as number) & requesterBit) === 0) continue;
    if (timed && ((storeFrom[i] as number) > at || at >= (storeUntil[i] as number))) continue;
    matching |= 1 << i;
  }
  return matching;
}

/**
 * The second half of {@link storeScanCategory}: of the entries `any` (from {@link storeMatchAny}
 * on the same record and instant), the ones whose category contains `category`, resolved by
 * dominance. Returns the packed answer (0 when none matches).
 */
export function storeResolveCategory(
  t: Int32Array,
  r: number,
  any: number,
  index: CodeIndex,
  category: number,
  at: number,
): number {
  const ancestors = (index.ancestorMask as ReadonlyArray<number>)[category] ?? 0;
  const first = r + STORE_HEADER;
  // A slot's compact inline copy (header marked by bit 31): the same words 0, 2 words apart.
  const compact = (t[r] as number) < 0;
  const hot = compact ? STORE_COMPACT : STORE_HOT;
  let matching = 0;
  for (let rest = any; rest !== 0; rest &= rest - 1) {
    const i = 31 - Math.clz32(rest & -rest);
    if (((ancestors >>> (((t[first + i * hot] as number) >>> 6) & 31)) & 1) !== 0) matching |= 1 << i;
  }
  if (matching === 0) return 0;
  const timed =
    ((t[r] as number) & 32) !== 0 || (t[r + 1] as number) === -1 || at < ((t[r + 1] as number) >>> 0) * 1000;
  if ((matching & (matching - 1)) === 0) {
    const i = 31 - Math.clz32(matching);
    const w = t[first + i * hot] as number;
    const kind = (w & 3) === 1 ? 2 : timed && at >= (storeIndeterminate[i] as number) ? 3 : 1;
    return packFound(kind, 0, (w >>> 11) & 31, -1);
  }
  const depth = index.depth;
  let deny = -1;
  let indeterminate = -1;
  let permit = -1;
  let other = -1;
  let emergency = -1;
  for (let rest = matching; rest !== 0; rest &= rest - 1) {
    const i = 31 - Math.clz32(rest & -rest);
    const oi = first + i * hot;
    const kind = (t[oi] as number) & 3;
    if (kind === 2 && emergency < 0) emergency = oi;
    let superseded = false;
    for (let others = matching & ~(1 << i); others !== 0; others &= others - 1) {
      const j = 31 - Math.clz32(others & -others);
      if (storeSupersedes(t, depth, first + j * hot, oi, compact)) {
        superseded = true;
        break;
      }
    }
    if (superseded) continue;
    if (kind === 1) {
      if (deny < 0) deny = oi;
      continue;
    }
    if (other < 0) other = oi;
    if (timed && at >= (storeIndeterminate[i] as number)) {
      if (indeterminate < 0) indeterminate = oi;
    } else if (permit < 0) permit = oi;
  }
  if (deny >= 0) {
    const conflict = emergency >= 0 ? emergency : other;
    return packFound(
      2,
      emergency >= 0 ? 1 : 0,
      storePosition(t, deny),
      conflict < 0 ? -1 : storePosition(t, conflict),
    );
  }
  if (indeterminate >= 0) return packFound(3, 0, storePosition(t, indeterminate), -1);
  return packFound(1, 0, storePosition(t, permit), -1);
}

/**
 * {@link storeMatchAny} over a BSN-hash slot's compact inline copy (`t[r]` marked by bit 31, `n`
 * entries): the same matching entries as over the record it copies. Its URAs are indices in the
 * store's URA table ({@link slotScan}), so the request's URAs are looked up there (once per
 * request: memoised); a URA the table does not hold matches no entry, as no record names it. The
 * consent store reads a slot only for a profile with no timed choice, asked at or after every
 * choice's `from`, so no instant is compared.
 */
function slotMatchAny(
  t: Int32Array,
  r: number,
  n: number,
  index: CodeIndex,
  custodianUra: string,
  custodianType: string,
  requesterUra: string,
  requesterCategory: number,
): number {
  const uras = slotScan.uras;
  if (uras === undefined) throw new Error("ConsentStore: a slot scanned without its URA table");
  // A URA unknown before may have been interned since: the memo holds for one table at one size.
  if (uras !== slotMemo.uras || uras.size !== slotMemo.size) {
    slotMemo.uras = uras;
    slotMemo.size = uras.size;
    slotMemo.custodianUra = undefined;
    slotMemo.requesterUra = undefined;
  }
  if (custodianUra !== slotMemo.custodianUra) {
    const k = uraKey(custodianUra);
    slotMemo.custodianUra = custodianUra;
    slotMemo.cIndex = k < 0 ? -1 : uras.find(k);
  }
  if (requesterUra !== slotMemo.requesterUra) {
    const k = uraKey(requesterUra);
    slotMemo.requesterUra = requesterUra;
    slotMemo.rIndex = k < 0 ? -1 : uras.find(k);
  }
  if (custodianType !== memo.custodianType || index !== memo.index) {
    memo.custodianType = custodianType;
    memo.index = index;
    memo.cType = index.requesterIndex.get(custodianType) ?? -2;
  }
  const cIndex = slotMemo.cIndex;
  const cType = memo.cType;
  const rIndex = slotMemo.rIndex;
  const requesterBit = requesterCategory >= 0 ? 1 << requesterCategory : 0;
  let matching = 0;
  for (let i = 0, o = r + STORE_HEADER; i < n; i++, o += STORE_COMPACT) {
    const w = t[o] as number;
    const v = t[o + 1] as number;
    const ck = (w >>> 2) & 3;
    const c = (w >>> 16) | ((v & 0xff) << 16);
    if (ck === 2 ? c !== cIndex : ck === 1 && c !== cType) continue;
    const rk = (w >>> 4) & 3;
    if (rk === 2 ? v >>> 8 !== rIndex : rk === 1 && ((v >>> 8) & requesterBit) === 0) continue;
    matching |= 1 << i;
  }
  return matching;
}

/**
 * What a slot scan needs of the store's URA table (`UraTable` in `store-layout.ts`, which imports
 * this module: a structural type here keeps the two modules free of an import cycle).
 */
export interface UraIndex {
  /** URAs in the table (it only grows). */
  readonly size: number;
  /** The index of a URA number, -1 when it is not in the table. */
  find(ura: number): number;
}

/** The URA table of the slot the next scan reads (set by the consent store before it scans a slot). */
export const slotScan = { uras: undefined as UraIndex | undefined };

/** The last slot request's URAs as indices in the table `uras` of `size` URAs (see {@link slotMatchAny}). */
const slotMemo = {
  uras: undefined as UraIndex | undefined,
  size: -1,
  custodianUra: undefined as string | undefined,
  cIndex: -1,
  requesterUra: undefined as string | undefined,
  rIndex: -1,
};

/**
 * A URA as the packed layouts compare it: the number its 8 digits spell, or -1 for any other
 * string. The packed layouts hold only URAs of 8 digits (numbers ≥ 0; a profile with another one
 * is not packed), so two URAs have the same key exactly when they are the same string — unlike
 * `Number`, which reads `" 00000001"`, `"1e0"` and `"0x1"` as the URA 00000001. A request's
 * URA of another form (a caller without types, a snapshot edited by hand) matches no packed URA,
 * as it matches none in the reference `decide`.
 */
export function uraKey(ura: string): number {
  if (ura.length !== 8) return -1;
  let v = 0;
  for (let i = 0; i < 8; i++) {
    const d = ura.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** `Number(ura)`, without the call for the usual 8 digits (any other string: `Number` itself). */
export function uraValue(ura: string): number {
  const key = uraKey(ura);
  return key >= 0 ? key : Number(ura);
}

/** Position in the profile's choices of the store entry at `o`. */
function storePosition(t: Int32Array, o: number): number {
  return ((t[o] as number) >>> 11) & 31;
}

/** The last request's custodian and requester as numbers (see {@link storeScanCategory}). */
const memo = {
  custodianUra: "",
  cUra: -1,
  custodianType: "",
  index: undefined as CodeIndex | undefined,
  cType: -2,
  requesterUra: "",
  rUra: -1,
};
