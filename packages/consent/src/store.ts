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
import { type CompileArena, type CompiledProfile, compile, createArena, layoutOf } from "./compile.js";
import { type ConsentDecision, type DecideOptions, decideWith } from "./decide.js";
import type { ScanStorage } from "./internal/layout.js";
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
  /** Decide a request against the profile with this handle (as `decide`: the same pipeline). */
  decide(handle: number, request: ConsentRequest, options?: DecideOptions): ConsentDecision;
  /** The compiled profile of a view index (its choices, for explanations). */
  compiledAt(viewIndex: number): CompiledProfile;
  /** The compiled profile of a handle. */
  compiledOf(handle: number): CompiledProfile;
  /** Number of profiles added. */
  readonly size: number;
}

/** The store's view of one stored profile's packed entries (one per store, refilled per decision). */
interface StoredScan extends ScanStorage {
  scan: Float64Array | undefined;
  scanStart: number;
  scanEnd: number;
  filterAll: boolean;
  filterTypes: number;
  filterUras: number;
}

/**
 * Make a profile store. Profiles are never removed from a store: rebuild the store (or keep the
 * default per-profile `compile`) when profiles change often.
 *
 * @example
 * ```ts
 * import { createProfileStore, foldProfile } from "@zorgkit/consent";
 *
 * const store = createProfileStore();
 * const handle = store.add(foldProfile([]));
 * console.log(store.size); // => 1
 * console.log(store.compiledOf(handle).choices.length); // => 0
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
  const stored: StoredScan = {
    scan: undefined,
    scanStart: 0,
    scanEnd: 0,
    filterAll: false,
    filterTypes: 0,
    filterUras: 0,
  };

  function decideStored(handle: number, request: ConsentRequest, options: DecideOptions): ConsentDecision {
    if (handle < 0) {
      const cp = layoutOf(views[-handle - 1] as CompiledProfile);
      return decideWith(cp.patientNumber, cp, cp, index, request, options, cp, -1);
    }
    const t = blocks[Math.floor(handle / BLOCK_SIZE)] as Float64Array;
    const base = handle % BLOCK_SIZE;
    stored.scan = t;
    stored.scanStart = base + HEADER;
    stored.scanEnd = base + HEADER + (t[base] as number);
    stored.filterAll = t[base + 1] === 1;
    stored.filterTypes = t[base + 2] as number;
    stored.filterUras = t[base + 3] as number;
    return decideWith(
      t[base + 4] as number,
      stored,
      undefined,
      index,
      request,
      options,
      store,
      t[base + 5] as number,
    );
  }

  const store: ProfileStore = {
    _tag: "ProfileStore",
    get size() {
      return views.length;
    },
    add(profile: ConsentProfile): number {
      lastHeader = -1;
      const compiled = layoutOf(compile(profile, { codeIndex: index, arena }));
      const viewIndex = views.push(compiled) - 1;
      const block = compiled.scan;
      if (lastHeader < 0 || !(block instanceof Float64Array) || block.length !== BLOCK_SIZE)
        return -(viewIndex + 1);
      block[lastHeader] = compiled.scanEnd - compiled.scanStart;
      block[lastHeader + 1] = compiled.filterAll ? 1 : 0;
      block[lastHeader + 2] = compiled.filterTypes;
      block[lastHeader + 3] = compiled.filterUras;
      block[lastHeader + 4] = compiled.patientNumber;
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
