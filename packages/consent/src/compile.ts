/**
 * `compile(profile)`: a decision structure for a profile, so that a decision costs
 * O(number of specificity levels) steps — at most 3 custodian levels × (the category's depth + 1)
 * × 3 requester levels = 27 for the Mitz code lists — independent of the profile's size.
 *
 * Two layouts, chosen by size (both bounded by the number of levels):
 * - `scan` (profiles with at most {@link SCAN_LIMIT} entries, i.e. nearly all real profiles): the
 *   entries in one flat array sorted from most to least specific; a decision walks it until the
 *   first level that matches. Small and cache-friendly.
 * - `index` (larger profiles): entries indexed by custodian (URA map / type map / every custodian),
 *   then data category, then requester (URA map / category / all); a decision does one look-up per
 *   level.
 *
 * @module
 */
import { type CodeIndex, defaultCodeIndex } from "./codes.js";
import type { Bsn } from "./identifiers.js";
import type { Choice } from "./model.js";
import { specificityRank } from "./precedence.js";
import type { ConsentProfile } from "./profile.js";

/** One choice in a compiled cell. */
export interface CompiledEntry {
  readonly choice: Choice;
  readonly deny: boolean;
  readonly from: number;
  /** Exclusive end; `Infinity` when open. */
  readonly until: number;
  /** From this instant the choice's validity cannot be established; `Infinity` when never. */
  readonly indeterminateFrom: number;
}

/**
 * Fields of one entry of the `scan` layout, packed in one array of numbers (stride
 * {@link SCAN_STRIDE}) so that a profile's entries sit next to each other in memory: rank,
 * custodian kind (2 organisation, 1 provider type, 0 every custodian), custodian value (URA as a
 * number, or the type's index), category index, requester kind (2 organisation, 1 categories,
 * 0 every requester), requester URA as a number, requester-category bit mask, from, until,
 * indeterminate-from, deny (1) or permit (0), index of the choice in `choices`.
 */
export const SCAN_STRIDE = 12;

/** Largest number of entries compiled to the `scan` layout (see the module note). */
export const SCAN_LIMIT = 27;

/** Choices of one custodian level and one data category, by requester level. */
export interface CompiledCell {
  org: Map<string, Array<CompiledEntry>> | undefined;
  cat: Array<Array<CompiledEntry> | undefined> | undefined;
  all: Array<CompiledEntry> | undefined;
}

/** Cells of one custodian, by data-category index. */
export type CompiledNode = Array<CompiledCell | undefined>;

/** A profile compiled for fast decisions (see {@link compile}). */
export interface CompiledProfile {
  readonly _tag: "CompiledProfile";
  readonly patient: Bsn | undefined;
  /** The BSN as a number (NaN when the profile has no patient): compared without touching the string. */
  readonly patientNumber: number;
  readonly index: CodeIndex;
  readonly org: Map<string, CompiledNode> | undefined;
  readonly type: Map<string, CompiledNode> | undefined;
  readonly all: CompiledNode | undefined;
  /**
   * The `scan` layout, when chosen (then `org`, `type` and `all` are unused): packed entries, most
   * specific first, in `scan[scanStart]` up to (not including) `scan[scanEnd]`.
   */
  readonly scan: ReadonlyArray<number> | Float64Array | undefined;
  readonly scanStart: number;
  readonly scanEnd: number;
  /**
   * `filterAll`, `filterTypes`, `filterUras`: a filter on the custodian, kept in the compiled object itself so that most requests about a
   * custodian the profile does not mention are answered without touching the entries: whether a
   * choice names every custodian, a bit per provider-type index named, and a 31-bit Bloom filter of
   * the URAs named (bit `ura mod 31`). Only ever says "maybe"; never changes an answer.
   */
  readonly filterAll: boolean;
  readonly filterTypes: number;
  readonly filterUras: number;
  /** Every choice of the profile (in the profile's order). */
  readonly choices: ReadonlyArray<Choice>;
  /** Number of pending choices (they do not count, MITZ §5d). */
  readonly pendingCount: number;
  /** Choices left out because their codes are not in the code lists. */
  readonly unknownCodes: ReadonlyArray<Choice>;
}

/** Options of {@link compile}. */
export interface CompileOptions {
  /** Code lists in use (default: the Mitz 2026 preset). */
  readonly codeIndex?: CodeIndex;
  /** Force a layout (default `"auto"`: `scan` up to {@link SCAN_LIMIT} entries). */
  readonly layout?: "auto" | "scan" | "index";
  /**
   * Pack the `scan` entries into this arena (see {@link createArena}) instead of an array of their
   * own: many profiles then share a few large blocks, which saves memory and cache misses when
   * hundreds of thousands of compiled profiles are held in memory.
   */
  readonly arena?: CompileArena;
}

const noChoices: ReadonlyArray<Choice> = Object.freeze([]);

/** A block allocator for compiled `scan` entries, shared by many profiles (see {@link createArena}). */
export interface CompileArena {
  /** Reserve `size` numbers: the block and the start offset in it. */
  readonly allocate: (size: number) => { readonly block: Float64Array; readonly start: number };
}

/**
 * An arena for {@link compile}: compiled profiles are packed into blocks of `blockSize` numbers
 * (default 65 536 = 512 KiB). A block stays in memory while any profile compiled into it is alive,
 * so use one arena for a population of profiles that lives about as long (e.g. a cache that is
 * rebuilt as a whole), and the default (no arena) for profiles recompiled one by one.
 *
 * @example
 * ```ts
 * const arena = createArena();
 * const compiled = profiles.map((p) => compile(p, { arena }));
 * ```
 */
export function createArena(blockSize = 65_536): CompileArena {
  let block = new Float64Array(blockSize);
  let used = 0;
  return {
    allocate(size: number) {
      if (size > blockSize / 8) return { block: new Float64Array(size), start: 0 };
      if (used + size > blockSize) {
        block = new Float64Array(blockSize);
        used = 0;
      }
      const start = used;
      used += size;
      return { block, start };
    },
  };
}

function push<K>(map: Map<K, Array<CompiledEntry>>, key: K, e: CompiledEntry): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [e]);
  else list.push(e);
}

/**
 * Compile a profile into an index for {@link decide}. Compile once per profile version; the
 * result is immutable in use and can be shared.
 *
 * @example
 * ```ts
 * const compiled = compile(foldProfile(events));
 * decide(compiled, request).value; // "Permit" | "Deny" | "NotApplicable" | "Indeterminate"
 * ```
 */
export function compile(profile: ConsentProfile, options: CompileOptions = {}): CompiledProfile {
  const index = options.codeIndex ?? defaultCodeIndex;
  const unknownCodes: Array<Choice> = [];
  const prepared: Array<{
    choice: Choice;
    position: number;
    cat: number;
    reqCats: Array<number> | undefined;
    entry: CompiledEntry;
  }> = [];
  for (let position = 0; position < profile.choices.length; position++) {
    const choice = profile.choices[position] as Choice;
    const cat = index.categoryIndex.get(choice.dataCategory);
    if (cat === undefined) {
      unknownCodes.push(choice);
      continue;
    }
    if (choice.custodian._tag === "ProviderType" && !index.requesterIndex.has(choice.custodian.type)) {
      unknownCodes.push(choice);
      continue;
    }
    let reqCats: Array<number> | undefined;
    if (choice.requesters._tag === "Categories") {
      reqCats = [];
      for (const code of choice.requesters.codes) {
        const r = index.requesterIndex.get(code);
        if (r !== undefined && !reqCats.includes(r)) reqCats.push(r);
      }
      if (reqCats.length === 0) {
        unknownCodes.push(choice);
        continue;
      }
    }
    const entry: CompiledEntry = {
      choice,
      deny: choice.decision === "deny",
      from: choice.from,
      until: choice.until ?? Number.POSITIVE_INFINITY,
      indeterminateFrom: choice.indeterminateFrom ?? Number.POSITIVE_INFINITY,
    };
    prepared.push({ choice, position, cat, reqCats, entry });
  }
  let filterAll = false;
  let filterTypes = 0;
  let filterUras = 0;
  for (const { choice } of prepared) {
    const cu = choice.custodian;
    if (cu._tag === "AllCustodians") filterAll = true;
    else if (cu._tag === "ProviderType") {
      const t = index.requesterIndex.get(cu.type) as number;
      filterTypes |= t < 31 ? 1 << t : -1;
    } else filterUras |= 1 << (Number(cu.ura) % 31);
  }
  const made = (
    org: Map<string, CompiledNode> | undefined,
    type: Map<string, CompiledNode> | undefined,
    all: CompiledNode | undefined,
    scan: ReadonlyArray<number> | Float64Array | undefined,
    scanStart: number,
    scanEnd: number,
  ): CompiledProfile => ({
    // The fields a decision reads come first, so that they share the object's first cache line.
    _tag: "CompiledProfile",
    patient: profile.patient,
    patientNumber: profile.patient === undefined ? Number.NaN : Number(profile.patient),
    filterAll,
    filterTypes,
    filterUras,
    scan,
    scanStart,
    scanEnd,
    index,
    org,
    type,
    all,
    pendingCount: profile.pending.length,
    unknownCodes: unknownCodes.length === 0 ? noChoices : unknownCodes,
    choices: profile.choices,
  });
  const layout = options.layout ?? "auto";
  const scanPossible = index.ancestorMask !== undefined && index.requesterCodes.length <= 31;
  if (scanPossible && (layout === "scan" || (layout === "auto" && prepared.length <= SCAN_LIMIT))) {
    const rows = prepared
      .map(({ choice, position, cat, reqCats, entry }) => {
        const cu = choice.custodian;
        const rq = choice.requesters;
        const custodianKind = cu._tag === "Organisation" ? 2 : cu._tag === "ProviderType" ? 1 : 0;
        const requesterKind = rq._tag === "Organisation" ? 2 : rq._tag === "Categories" ? 1 : 0;
        const rank = specificityRank(
          { custodian: custodianKind, category: index.depth[cat] as number, requesters: requesterKind },
          index,
        );
        const custodianValue =
          cu._tag === "Organisation"
            ? Number(cu.ura)
            : cu._tag === "ProviderType"
              ? (index.requesterIndex.get(cu.type) ?? -1)
              : 0;
        const requesterMask = (reqCats ?? []).reduce((m, r) => m | (1 << r), 0);
        const requesterUra = rq._tag === "Organisation" ? Number(rq.ura) : 0;
        return {
          choice,
          values: [
            rank,
            custodianKind,
            custodianValue,
            cat,
            requesterKind,
            requesterUra,
            requesterMask,
            entry.from,
            entry.until,
            entry.indeterminateFrom,
            entry.deny ? 1 : 0,
            position,
          ],
        };
      })
      // Most specific first; equal ranks keep the profile's order (Array.prototype.sort is stable).
      .sort((x, y) => (y.values[0] as number) - (x.values[0] as number));
    // One packed array of doubles (V8 keeps it as a contiguous FixedDoubleArray).
    const size = rows.length * SCAN_STRIDE;
    if (options.arena !== undefined) {
      const { block, start } = options.arena.allocate(size);
      rows.forEach((r, i) => {
        block.set(r.values, start + i * SCAN_STRIDE);
      });
      return made(undefined, undefined, undefined, block, start, start + size);
    }
    // One packed array of doubles (V8 keeps it as a contiguous FixedDoubleArray).
    const scan: Array<number> = new Array<number>(size).fill(0.5);
    rows.forEach((r, i) => {
      r.values.forEach((v, j) => {
        scan[i * SCAN_STRIDE + j] = v;
      });
    });
    return made(undefined, undefined, undefined, scan, 0, size);
  }
  let org: Map<string, CompiledNode> | undefined;
  let type: Map<string, CompiledNode> | undefined;
  let all: CompiledNode | undefined;
  for (const { choice, cat, reqCats, entry } of prepared) {
    let node: CompiledNode | undefined;
    const cu = choice.custodian;
    if (cu._tag === "Organisation") {
      org ??= new Map();
      node = org.get(cu.ura);
      if (node === undefined) {
        node = [];
        org.set(cu.ura, node);
      }
    } else if (cu._tag === "ProviderType") {
      type ??= new Map();
      node = type.get(cu.type);
      if (node === undefined) {
        node = [];
        type.set(cu.type, node);
      }
    } else {
      all ??= [];
      node = all;
    }
    let cell = node[cat];
    if (cell === undefined) {
      cell = { org: undefined, cat: undefined, all: undefined };
      node[cat] = cell;
    }
    const rq = choice.requesters;
    if (rq._tag === "Organisation") {
      cell.org ??= new Map();
      push(cell.org, rq.ura, entry);
    } else if (reqCats !== undefined) {
      cell.cat ??= [];
      for (const r of reqCats) {
        const list = cell.cat[r];
        if (list === undefined) cell.cat[r] = [entry];
        else list.push(entry);
      }
    } else if (cell.all === undefined) cell.all = [entry];
    else cell.all.push(entry);
  }
  return made(org, type, all, undefined, 0, 0);
}

/** Outcome of a look-up: 0 none, 1 permit, 2 deny, 3 indeterminate. */
export type LookupKind = 0 | 1 | 2 | 3;

/** The result of {@link lookupCategory}; a mutable scratch object reused by the caller. */
export interface Lookup {
  kind: LookupKind;
  /** The deciding choice (`index` layout). */
  choice: Choice | undefined;
  /** Position of the deciding choice in `choices` (`scan` layout; -1 otherwise). */
  choiceIndex: number;
  custodianLevel: number;
  categoryDepth: number;
  requesterLevel: number;
}

let scratchEntry: CompiledEntry | undefined;

/** Deny wins ties; then an indeterminate entry; then permit. 0 when no entry counts at `at`. */
function evaluate(list: Array<CompiledEntry> | undefined, at: number): LookupKind {
  if (list === undefined) return 0;
  let kind: LookupKind = 0;
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as CompiledEntry;
    if (e.from > at || at >= e.until) continue;
    if (e.deny) {
      scratchEntry = e;
      return 2;
    }
    if (at >= e.indeterminateFrom) {
      if (kind !== 3) scratchEntry = e;
      kind = 3;
    } else if (kind === 0) {
      scratchEntry = e;
      kind = 1;
    }
  }
  return kind;
}

function lookupNode(
  node: CompiledNode | undefined,
  ancestors: ReadonlyArray<number>,
  depth: ReadonlyArray<number>,
  reqUra: string,
  reqCat: number,
  at: number,
  out: Lookup,
): boolean {
  if (node === undefined) return false;
  for (let i = 0; i < ancestors.length; i++) {
    const a = ancestors[i] as number;
    const cell = node[a];
    if (cell === undefined) continue;
    let k: LookupKind = cell.org === undefined ? 0 : evaluate(cell.org.get(reqUra), at);
    if (k !== 0) out.requesterLevel = 2;
    else {
      k = cell.cat === undefined || reqCat < 0 ? 0 : evaluate(cell.cat[reqCat], at);
      if (k !== 0) out.requesterLevel = 1;
      else {
        k = evaluate(cell.all, at);
        if (k === 0) continue;
        out.requesterLevel = 0;
      }
    }
    out.kind = k;
    out.choice = scratchEntry?.choice;
    out.choiceIndex = -1;
    out.categoryDepth = depth[a] as number;
    return true;
  }
  return false;
}

/**
 * Find the deciding entry for one data category (by index): the most specific level that has a
 * choice counting at `at`. Fills `out`; returns `out.kind` (0 when no choice matches).
 *
 * @internal
 */
export function lookupCategory(
  cp: CompiledProfile,
  custodianUra: string,
  custodianType: string,
  category: number,
  requesterUra: string,
  requesterCategory: number,
  at: number,
  out: Lookup,
): LookupKind {
  out.kind = 0;
  out.choice = undefined;
  out.choiceIndex = -1;
  if (cp.scan !== undefined)
    return scanLookup(cp, custodianUra, custodianType, category, requesterUra, requesterCategory, at, out);
  const ancestors = cp.index.ancestorsOrSelf[category];
  if (ancestors === undefined) return 0;
  const depth = cp.index.depth;
  if (
    cp.org !== undefined &&
    lookupNode(cp.org.get(custodianUra), ancestors, depth, requesterUra, requesterCategory, at, out)
  ) {
    out.custodianLevel = 2;
    return out.kind;
  }
  if (
    cp.type !== undefined &&
    lookupNode(cp.type.get(custodianType), ancestors, depth, requesterUra, requesterCategory, at, out)
  ) {
    out.custodianLevel = 1;
    return out.kind;
  }
  if (lookupNode(cp.all, ancestors, depth, requesterUra, requesterCategory, at, out)) {
    out.custodianLevel = 0;
    return out.kind;
  }
  return 0;
}

function scanLookup(
  cp: CompiledProfile,
  custodianUra: string,
  custodianType: string,
  category: number,
  requesterUra: string,
  requesterCategory: number,
  at: number,
  out: Lookup,
): LookupKind {
  return scanEntries(
    cp.scan as ReadonlyArray<number>,
    cp.scanStart,
    cp.scanEnd,
    cp.filterAll,
    cp.filterTypes,
    cp.filterUras,
    cp.index,
    custodianUra,
    custodianType,
    category,
    requesterUra,
    requesterCategory,
    at,
    out,
  );
}

/**
 * The `scan` walk over packed entries `t[start..end)` (internal; shared with the profile store):
 * the custodian filter first, then the entries from most to least specific until the first level
 * that matches. Fills `out`; returns `out.kind`.
 *
 * @internal
 */
export function scanEntries(
  t: ReadonlyArray<number> | Float64Array,
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
  out: Lookup,
): LookupKind {
  out.choice = undefined;
  const ancestors = (index.ancestorMask as ReadonlyArray<number>)[category] ?? 0;
  const requesterBit = requesterCategory >= 0 ? 1 << requesterCategory : 0;
  const cUra = Number(custodianUra);
  const cType = index.requesterIndex.get(custodianType) ?? -2;
  const rUra = Number(requesterUra);
  if (
    !filterAll &&
    (cType < 0 || (filterTypes & (1 << cType)) === 0) &&
    (filterUras & (1 << (cUra % 31))) === 0
  ) {
    out.kind = 0;
    out.choiceIndex = -1;
    return 0;
  }
  let found = -1;
  let kind: LookupKind = 0;
  let hit = -1;
  for (let o = start; o < end; o += SCAN_STRIDE) {
    const rank = t[o] as number;
    if (found >= 0 && rank < found) break;
    if (((ancestors >>> (t[o + 3] as number)) & 1) === 0) continue;
    const ck = t[o + 1] as number;
    if (ck === 2 ? t[o + 2] !== cUra : ck === 1 && t[o + 2] !== cType) continue;
    const rk = t[o + 4] as number;
    if (rk === 2 ? t[o + 5] !== rUra : rk === 1 && ((t[o + 6] as number) & requesterBit) === 0) continue;
    if ((t[o + 7] as number) > at || at >= (t[o + 8] as number)) continue;
    if (found < 0) {
      found = rank;
      out.custodianLevel = ck;
      out.categoryDepth = index.depth[t[o + 3] as number] as number;
      out.requesterLevel = rk;
    }
    if (t[o + 10] === 1) {
      kind = 2;
      hit = o;
      break;
    }
    if (at >= (t[o + 9] as number)) {
      if (kind !== 3) hit = o;
      kind = 3;
    } else if (kind === 0) {
      kind = 1;
      hit = o;
    }
  }
  out.kind = kind;
  // The choice itself is looked up only when someone asks for it (saves two cache misses here).
  out.choiceIndex = hit < 0 ? -1 : (t[hit + 11] as number);
  return kind;
}
