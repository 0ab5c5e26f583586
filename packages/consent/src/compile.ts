/**
 * `compileProfile(profile, rules)`: a decision structure for a profile, so that a decision costs
 * O(number of specificity levels) steps — at most 3 custodian levels × (the category's depth + 1)
 * × 3 requester levels = 27 cells for the Mitz code lists — independent of the profile's size.
 *
 * Two layouts, chosen by size (both in `internal/layout.ts`, closed to users):
 * - `scan` (profiles with at most 27 entries, i.e. nearly all real profiles): the entries in one
 *   flat array of numbers sorted from most to least specific; a decision walks it once. Small and
 *   cache-friendly.
 * - `index` (larger profiles): entries indexed by custodian (URA map / type map / every custodian),
 *   then data category, then requester (URA map / category / all); a decision looks at the at most
 *   27 cells that can match.
 *
 * @module
 */
import { codeIndexOf } from "./codes.js";
import type { Bsn } from "./identifiers.js";
import {
  type CompiledEntry,
  type CompiledLayout,
  type CompiledNode,
  MAX_CHOICES,
  SCAN_LIMIT,
  SCAN_MAX,
  SCAN_STRIDE,
  uraKey,
} from "./internal/layout.js";
import type { Choice } from "./model.js";
import { specificityRank } from "./precedence.js";
import type { ConsentProfile } from "./profile.js";
import type { ConsentRules } from "./rulebook.js";

/**
 * A profile compiled for fast decisions (see {@link compileProfile}). Opaque: its layout (packed
 * entries, indexes) is internal; only these fields are public.
 */
export interface CompiledProfile {
  readonly _tag: "CompiledProfile";
  readonly patient: Bsn | undefined;
  /** The rulebook the profile was compiled against (its code lists decide what matches). */
  readonly rules: ConsentRules;
  /** Every choice of the profile (in the profile's order). */
  readonly choices: ReadonlyArray<Choice>;
  /** Number of pending choices (they do not count, MITZ §5d). */
  readonly pendingCount: number;
  /** Choices left out because their codes are not in the code lists. */
  readonly unknownCodes: ReadonlyArray<Choice>;
}

/** Options of {@link compileProfile}. */
export interface CompileProfileOptions {
  /** Force a layout (default `"auto"`: `scan` up to 27 entries; `scan` holds at most 31). */
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
 * An arena for {@link compileProfile}: compiled profiles are packed into blocks of `blockSize` numbers
 * (default 65 536 = 512 KiB). A block stays in memory while any profile compiled into it is alive,
 * so use one arena for a population of profiles that lives about as long (e.g. a cache that is
 * rebuilt as a whole), and the default (no arena) for profiles recompiled one by one.
 *
 * @example
 * ```ts
 * import { compileProfile, createArena, foldProfile, mitzRules } from "@zorgkit/consent";
 *
 * const arena = createArena();
 * const compiled = [foldProfile([], mitzRules)].map((p) => compileProfile(p, mitzRules, { arena }));
 * compiled.length; // => 1
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
 * The internal layout of a compiled profile.
 *
 * @internal
 */
export function layoutOf(cp: CompiledProfile): CompiledLayout {
  return cp as CompiledLayout;
}

/**
 * Whether a choice is an emergency consent that has not been confirmed (MITZ §2d).
 *
 * @internal
 */
export function isUnconfirmedEmergency(c: Choice): boolean {
  return c.origin === "emergency" && c.until !== undefined;
}

/**
 * Compile a profile into an index for {@link decide}. Compile once per profile version; the
 * result is immutable in use and can be shared. Throws `RangeError` for a profile of more than
 * 2 097 150 choices (a programming error: no patient records that many).
 *
 * @example
 * ```ts
 * import { compileProfile, foldProfile, mitzRules } from "@zorgkit/consent";
 *
 * const compiled = compileProfile(foldProfile([], mitzRules), mitzRules);
 * compiled.choices.length; // => 0
 * ```
 */
export function compileProfile(
  profile: ConsentProfile,
  rules: ConsentRules,
  options: CompileProfileOptions = {},
): CompiledProfile {
  const index = codeIndexOf(rules);
  if (profile.choices.length > MAX_CHOICES)
    throw new RangeError(`compileProfile: a profile holds at most ${MAX_CHOICES} choices`);
  const unknownCodes: Array<Choice> = [];
  const prepared: Array<{
    choice: Choice;
    cat: number;
    reqCats: Array<number> | undefined;
    entry: CompiledEntry;
  }> = [];
  let unknownIds: Map<string, number> | undefined;
  let maskFits = true;
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
      let known = 0;
      for (const code of choice.requesters.codes) {
        let r = index.requesterIndex.get(code);
        if (r !== undefined) known++;
        else {
          // A code outside the code lists matches no request, but it still makes the set larger:
          // a profile-local id after the known codes, so that {GPs} is not read as a superset of
          // {GPs, X} (the set comparison of precedence.ts is over the recorded codes).
          unknownIds ??= new Map();
          r = unknownIds.get(code);
          if (r === undefined) {
            r = index.requesterCodes.length + unknownIds.size;
            unknownIds.set(code, r);
          }
        }
        if (!reqCats.includes(r)) reqCats.push(r);
      }
      if (known === 0) {
        unknownCodes.push(choice);
        continue;
      }
      reqCats.sort((a, b) => a - b);
      if ((reqCats[reqCats.length - 1] as number) >= 31) maskFits = false;
    }
    const cu = choice.custodian;
    const rq = choice.requesters;
    const entry: CompiledEntry = {
      choice,
      position,
      kind: choice.decision === "deny" ? 1 : isUnconfirmedEmergency(choice) ? 2 : 0,
      from: choice.from,
      until: choice.until ?? Number.POSITIVE_INFINITY,
      indeterminateFrom: choice.indeterminateFrom ?? Number.POSITIVE_INFINITY,
      custodianLevel: cu._tag === "Organisation" ? 2 : cu._tag === "ProviderType" ? 1 : 0,
      depth: index.depth[cat] as number,
      requesterKind: rq._tag === "Organisation" ? 2 : rq._tag === "Categories" ? 1 : 0,
      requesterCategories: reqCats,
    };
    prepared.push({ choice, cat, reqCats, entry });
  }
  let filterAll = false;
  let filterTypes = 0;
  let filterUras = 0;
  // The scan compares URAs by their keys, which are exact only for 8 digits: a URA of another form
  // (a caller without types, a snapshot edited by hand) keeps the profile in the `index` layout,
  // which compares the strings.
  let urasPack = true;
  for (const { choice } of prepared) {
    const cu = choice.custodian;
    const rq = choice.requesters;
    if (rq._tag === "Organisation" && uraKey(rq.ura) < 0) urasPack = false;
    if (cu._tag === "AllCustodians") filterAll = true;
    else if (cu._tag === "ProviderType") {
      const t = index.requesterIndex.get(cu.type) as number;
      filterTypes |= t < 31 ? 1 << t : -1;
    } else {
      const key = uraKey(cu.ura);
      if (key < 0) urasPack = false;
      else filterUras |= 1 << (key % 31);
    }
  }
  const made = (
    org: Map<string, CompiledNode> | undefined,
    type: Map<string, CompiledNode> | undefined,
    all: CompiledNode | undefined,
    scan: ArrayLike<number> | undefined,
    scanStart: number,
    scanEnd: number,
  ): CompiledLayout => ({
    // The fields a decision reads come first, so that they share the object's first cache line.
    _tag: "CompiledProfile",
    patient: profile.patient,
    patientNumber: profile.patient === undefined ? Number.NaN : Number(profile.patient),
    rules,
    filterAll,
    filterTypes,
    filterUras,
    scan,
    scanStart,
    scanEnd,
    index,
    indexed: org === undefined && type === undefined && all === undefined ? undefined : { org, type, all },
    pendingCount: profile.pending.length,
    unknownCodes: unknownCodes.length === 0 ? noChoices : unknownCodes,
    choices: profile.choices,
  });
  const layout = options.layout ?? "auto";
  const scanPossible =
    index.ancestorMask !== undefined &&
    index.requesterCodes.length <= 31 &&
    maskFits &&
    urasPack &&
    prepared.length <= SCAN_MAX;
  if (scanPossible && (layout === "scan" || (layout === "auto" && prepared.length <= SCAN_LIMIT))) {
    const rows = prepared
      .map(({ choice, cat, entry }) => {
        const cu = choice.custodian;
        const rq = choice.requesters;
        const rank = specificityRank(
          { custodian: entry.custodianLevel, category: entry.depth, requesters: entry.requesterKind },
          index,
        );
        const custodianValue =
          cu._tag === "Organisation"
            ? uraKey(cu.ura)
            : cu._tag === "ProviderType"
              ? (index.requesterIndex.get(cu.type) ?? -1)
              : 0;
        const requesterMask = (entry.requesterCategories ?? []).reduce((m, r) => m | (1 << r), 0);
        const requesterUra = rq._tag === "Organisation" ? uraKey(rq.ura) : 0;
        return [
          rank,
          entry.custodianLevel,
          custodianValue,
          cat,
          entry.requesterKind,
          requesterUra,
          requesterMask,
          entry.from,
          entry.until,
          entry.indeterminateFrom,
          entry.kind,
          entry.position,
        ];
      })
      // Most specific first; equal ranks keep the profile's order (Array.prototype.sort is stable).
      .sort((x, y) => (y[0] as number) - (x[0] as number));
    const size = rows.length * SCAN_STRIDE;
    if (options.arena !== undefined) {
      const { block, start } = options.arena.allocate(size);
      rows.forEach((r, i) => {
        block.set(r, start + i * SCAN_STRIDE);
      });
      return made(undefined, undefined, undefined, block, start, start + size);
    }
    // One packed array of doubles (V8 keeps it as a contiguous FixedDoubleArray).
    const scan: Array<number> = new Array<number>(size).fill(0.5);
    rows.forEach((r, i) => {
      r.forEach((v, j) => {
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
