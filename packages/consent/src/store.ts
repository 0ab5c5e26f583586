/**
 * A profile store: many compiled profiles packed into a few large blocks of numbers, each
 * addressed by a small integer handle. Deciding by handle reads one contiguous stretch of memory
 * (a header and the entries), instead of an object and then its entries: with a million profiles
 * in memory, where every decision is a cache miss, that halves the misses.
 *
 * Same rules, same answers as `decide(compile(profile), request)` (differential-tested); only the
 * memory layout differs. Profiles too large for the `scan` layout are kept as compiled objects.
 *
 * @module
 */
import { type CodeIndex, defaultCodeIndex } from "./codes.js";
import {
  type CompileArena,
  type CompiledProfile,
  compile,
  createArena,
  type Lookup,
  type LookupKind,
  SCAN_STRIDE,
  scanEntries,
} from "./compile.js";
import {
  answerOf,
  type ConsentAnswer,
  type ConsentDecision,
  type DecideOptions,
  Decision,
  decide,
  levelsOf,
  NO_LEVELS,
  severity,
} from "./decide.js";
import type { ConsentProfile } from "./profile.js";
import type { ConsentRequest } from "./request.js";

/** Header of a stored profile: entries length, filter all, filter types, filter URAs, BSN as a number, view index. */
const HEADER = 6;
const BLOCK_BITS = 16;
const BLOCK_SIZE = 1 << BLOCK_BITS;

/** A store of compiled profiles (see the module note). */
export interface ProfileStore {
  readonly _tag: "ProfileStore";
  /** Compile a profile into the store; returns its handle. Adding a new version gives a new handle. */
  add(profile: ConsentProfile): number;
  /** Decide a request against the profile with this handle (as `decide`). */
  decide(handle: number, request: ConsentRequest, options?: DecideOptions): ConsentDecision;
  /** The compiled profile of a handle (its choices, for explanations). */
  compiledAt(viewIndex: number): CompiledProfile;
  /** The compiled profile of a handle. */
  compiledOf(handle: number): CompiledProfile;
  /** Number of profiles added. */
  readonly size: number;
}

/**
 * Make a profile store. Profiles are never removed from a store: rebuild the store (or keep the
 * default per-profile `compile`) when profiles change often.
 *
 * @example
 * ```ts
 * const store = createProfileStore();
 * const handles = new Map(profiles.map((p) => [p.patient, store.add(p)]));
 * store.decide(handles.get(request.patient)!, request).value; // "Permit" | …
 * ```
 */
export function createProfileStore(options: { readonly codeIndex?: CodeIndex } = {}): ProfileStore {
  const index = options.codeIndex ?? defaultCodeIndex;
  const blocks: Array<Float64Array> = [];
  const views: Array<CompiledProfile> = [];
  const inner = createArena(BLOCK_SIZE);
  let lastBlock: Float64Array | undefined;
  let lastHeader = -1;
  const arena: CompileArena = {
    allocate(size: number) {
      const { block, start } = inner.allocate(size + HEADER);
      if (block !== lastBlock) {
        blocks.push(block);
        lastBlock = block;
      }
      lastHeader = start;
      return { block, start: start + HEADER };
    },
  };
  const scratch: Lookup = {
    kind: 0,
    choice: undefined,
    choiceIndex: -1,
    custodianLevel: 0,
    categoryDepth: 0,
    requesterLevel: 0,
  };

  function no(
    answer: ConsentAnswer,
    reason: ConsentDecision["reason"],
    request: ConsentRequest,
    viewIndex: number,
    options: DecideOptions,
  ): ConsentDecision {
    return new Decision(answer, reason, undefined, -1, NO_LEVELS, request, store, viewIndex, options);
  }

  function decideStored(handle: number, request: ConsentRequest, options: DecideOptions): ConsentDecision {
    if (handle < 0) return decide(views[-handle - 1] as CompiledProfile, request, options);
    const t = blocks[Math.floor(handle / BLOCK_SIZE)] as Float64Array;
    const base = handle % BLOCK_SIZE;
    const viewIndex = t[base + 5] as number;
    const bsn = t[base + 4] as number;
    if (!Number.isNaN(bsn) && Number(request.patient) !== bsn)
      return no("Indeterminate", "patient-mismatch", request, viewIndex, options);
    if (request.purpose !== "TREAT" && !(options.continuityOfCare === true && request.purpose === "COC"))
      return no("Deny", "purpose-not-allowed", request, viewIndex, options);
    if (!request.treatmentRelationship)
      return no("Deny", "no-treatment-relationship", request, viewIndex, options);
    const cat = index.categoryIndex.get(request.dataCategory);
    if (cat === undefined) return no("NotApplicable", "no-choice", request, viewIndex, options);
    const reqCat = index.requesterIndex.get(request.requester.category) ?? -1;
    const subtree = index.subtree[cat] as ReadonlyArray<number>;
    const start = base + HEADER;
    const end = start + (t[base] as number);
    const fAll = t[base + 1] === 1;
    const fTypes = t[base + 2] as number;
    const fUras = t[base + 3] as number;
    const custodian = request.custodian;
    const requester = request.requester;
    if (subtree.length === 1) {
      const k = scanEntries(
        t,
        start,
        end,
        fAll,
        fTypes,
        fUras,
        index,
        custodian.ura,
        custodian.type,
        cat,
        requester.ura,
        reqCat,
        request.at,
        scratch,
      );
      if (k === 0) return no("NotApplicable", "no-choice", request, viewIndex, options);
      return new Decision(
        answerOf[k] as ConsentAnswer,
        "choice",
        undefined,
        scratch.choiceIndex,
        levelsOf(scratch),
        request,
        store,
        viewIndex,
        options,
      );
    }
    let worstRank = -1;
    let worst: LookupKind = 0;
    let decisiveIndex = -1;
    let levels = NO_LEVELS;
    let sawPermit = false;
    for (const c of subtree) {
      const k = scanEntries(
        t,
        start,
        end,
        fAll,
        fTypes,
        fUras,
        index,
        custodian.ura,
        custodian.type,
        c,
        requester.ura,
        reqCat,
        request.at,
        scratch,
      );
      const r = severity[k];
      if (k === 1) sawPermit = true;
      if (r > worstRank) {
        worstRank = r;
        worst = k;
        decisiveIndex = k === 0 ? -1 : scratch.choiceIndex;
        levels = k === 0 ? NO_LEVELS : levelsOf(scratch);
      }
    }
    if (worst === 0)
      return no("NotApplicable", sawPermit ? "partial-choice" : "no-choice", request, viewIndex, options);
    return new Decision(
      answerOf[worst] as ConsentAnswer,
      "choice",
      undefined,
      decisiveIndex,
      levels,
      request,
      store,
      viewIndex,
      options,
    );
  }

  const store: ProfileStore = {
    _tag: "ProfileStore",
    get size() {
      return views.length;
    },
    add(profile: ConsentProfile): number {
      lastHeader = -1;
      const compiled = compile(profile, { codeIndex: index, arena });
      const viewIndex = views.push(compiled) - 1;
      const block = compiled.scan;
      if (lastHeader < 0 || !(block instanceof Float64Array) || block.length !== BLOCK_SIZE)
        return -(viewIndex + 1);
      block[lastHeader] = compiled.scanEnd - compiled.scanStart;
      block[lastHeader + 1] = compiled.filterAll ? 1 : 0;
      block[lastHeader + 2] = compiled.filterTypes;
      block[lastHeader + 3] = compiled.filterUras;
      block[lastHeader + 4] = compiled.patient === undefined ? Number.NaN : Number(compiled.patient);
      block[lastHeader + 5] = viewIndex;
      return (blocks.length - 1) * BLOCK_SIZE + lastHeader;
    },
    compiledAt(viewIndex: number): CompiledProfile {
      return views[viewIndex] as CompiledProfile;
    },
    compiledOf(handle: number): CompiledProfile {
      if (handle < 0) return views[-handle - 1] as CompiledProfile;
      const t = blocks[Math.floor(handle / BLOCK_SIZE)] as Float64Array;
      return views[t[(handle % BLOCK_SIZE) + 5] as number] as CompiledProfile;
    },
    decide(handle: number, request: ConsentRequest, options: DecideOptions = {}): ConsentDecision {
      return decideStored(handle, request, options);
    },
  };
  return store;
}

/** Stride of a stored entry (the same packing as the `scan` layout). */
export const STORE_ENTRY_STRIDE = SCAN_STRIDE;
