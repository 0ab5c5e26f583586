/**
 * A profile store: many compiled profiles packed into a few large blocks of numbers, each
 * addressed by a small integer handle. Deciding by handle reads one contiguous stretch of memory
 * (a header and the entries), instead of an object and then its entries: with a million profiles
 * in memory, where every decision is a cache miss, that halves the misses.
 *
 * Same rules, same answers as `decide(request, compileProfile(profile, rules))` (differential-tested); only the
 * memory layout differs. Profiles too large for the `scan` layout are kept as compiled objects.
 *
 * @module
 */
import { codeIndexOf } from "./codes.js";
import { type CompileArena, type CompiledProfile, compileProfile, createArena, layoutOf } from "./compile.js";
import { type ConsentDecision, type DecideOptions, decideWith } from "./decide.js";
import { hasUnreadableDeny, type ScanStorage } from "./internal/layout.js";
import type { ConsentProfile } from "./profile.js";
import type { ConsentRequest } from "./request.js";
import type { ConsentRules } from "./rulebook.js";

/**
 * Header of a stored profile: entries length, flags (1: a choice names every custodian; 2: a deny
 * with codes outside the code lists), filter types, filter URAs, BSN as a number, view index.
 */
const HEADER = 6;
const BLOCK_BITS = 16;
const BLOCK_SIZE = 1 << BLOCK_BITS;

/** A store of compiled profiles (see the module note). */
export interface ProfileStore {
  readonly _tag: "ProfileStore";
  /** Compile a profile into the store; returns its handle. Adding a new version gives a new handle. */
  add(profile: ConsentProfile): number;
  /** The rulebook every stored profile is compiled against. */
  readonly rules: ConsentRules;
  /** Decide a request against the profile with this handle (as `decide(request, profile)`: the same pipeline). */
  decide(request: ConsentRequest, handle: number, options?: DecideOptions): ConsentDecision;
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
 * default per-profile `compileProfile`) when profiles change often.
 *
 * @example
 * ```ts
 * import { createProfileStore, foldProfile, mitzRules } from "@zorgkit/consent";
 *
 * const store = createProfileStore(mitzRules);
 * const handle = store.add(foldProfile([], mitzRules));
 * store.size; // => 1
 * store.compiledOf(handle).choices.length; // => 0
 * ```
 */
export function createProfileStore(rules: ConsentRules): ProfileStore {
  const index = codeIndexOf(rules);
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

  function decideStored(request: ConsentRequest, handle: number, options: DecideOptions): ConsentDecision {
    if (handle < 0) {
      const cp = layoutOf(views[-handle - 1] as CompiledProfile);
      return decideWith(cp.patientNumber, cp, cp, hasUnreadableDeny(cp), index, request, options, cp, -1);
    }
    const t = blocks[Math.floor(handle / BLOCK_SIZE)] as Float64Array;
    const base = handle % BLOCK_SIZE;
    stored.scan = t;
    stored.scanStart = base + HEADER;
    stored.scanEnd = base + HEADER + (t[base] as number);
    const flags = t[base + 1] as number;
    stored.filterAll = (flags & 1) === 1;
    stored.filterTypes = t[base + 2] as number;
    stored.filterUras = t[base + 3] as number;
    return decideWith(
      t[base + 4] as number,
      stored,
      undefined,
      (flags & 2) === 2,
      index,
      request,
      options,
      store,
      t[base + 5] as number,
    );
  }

  const store: ProfileStore = {
    _tag: "ProfileStore",
    rules,
    get size() {
      return views.length;
    },
    add(profile: ConsentProfile): number {
      lastHeader = -1;
      const compiled = layoutOf(compileProfile(profile, rules, { arena }));
      const viewIndex = views.push(compiled) - 1;
      const block = compiled.scan;
      if (lastHeader < 0 || !(block instanceof Float64Array) || block.length !== BLOCK_SIZE)
        return -(viewIndex + 1);
      block[lastHeader] = compiled.scanEnd - compiled.scanStart;
      block[lastHeader + 1] = (compiled.filterAll ? 1 : 0) + (hasUnreadableDeny(compiled) ? 2 : 0);
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
    decide(request: ConsentRequest, handle: number, options: DecideOptions = {}): ConsentDecision {
      return decideStored(request, handle, options);
    },
  };
  return store;
}
