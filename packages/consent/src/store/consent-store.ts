/**
 * The consent store: the consent profiles of a whole population (18 000 000 patients fit in a
 * few GiB) in typed arrays, keyed by BSN, answering `decide` with the BSN look-up included.
 *
 * Memory: one record of 32-bit words per patient (a 3-word header, 3 words per choice for the
 * decision, 4 or more per choice for the explanation: id, actor, instants), a hash from BSN to
 * record of 16-word slots (one cache line) that also hold a compact copy of the decision words of
 * profiles with at most 6 choices (2 words per choice; the URAs they name as indices in a table
 * of the store), so that most decisions read one slot only, a pool of choice ids and a table of
 * actors. No JS object per patient
 * or per choice: a decision's `choice`, `conflict` and `because` materialise the profile when
 * read. The few profiles a record cannot hold (more than 31 choices, codes outside the code
 * lists …) are kept as compiled objects and answer through the same pipeline.
 *
 * Same rules, same answers as `decide(request, compileProfile(profile, rules))`
 * (differential-tested); only the storage scan differs (`internal/layout.ts`).
 *
 * @module
 */

import { codeIndexOf } from "../codes.js";
import { type CompiledProfile, compileProfile, layoutOf } from "../compile.js";
import { type ConsentDecision, type DecideOptions, decide, decideWith, noOptions } from "../decide.js";
import type { Bsn } from "../identifiers.js";
import { type ScanStorage, slotScan } from "../internal/layout.js";
import {
  ActorTable,
  Arena,
  BLOCK_WORDS,
  BsnTable,
  bsnNumber,
  IdPool,
  offsetOf,
  POOL_BLOCK,
  packedRecord,
  packProfile,
  SLOT_PTR,
  SLOT_RECORD,
  unpackProfile,
} from "../internal/store-layout.js";
import { type ConsentProfile, emptyProfile } from "../profile.js";
import type { ConsentRequest } from "../request.js";
import type { ConsentRules } from "../rulebook.js";
import { reloadable } from "./stored-profile.js";

/** What a {@link ConsentStore} holds and how much memory it takes (its typed arrays). */
export interface ConsentStoreStats {
  /** Patients in the store. */
  readonly patients: number;
  /** Patients kept as compiled objects (profiles a packed record cannot hold). */
  readonly objectProfiles: number;
  /** Bytes of the typed arrays: the BSN hash, the records, the id pool. */
  readonly bytes: number;
  /** Of which the BSN hash. */
  readonly hashBytes: number;
  /** Of which records of profiles since replaced or deleted (reclaimed by a snapshot and load). */
  readonly deadBytes: number;
  /** Distinct provider actors held once for all choices. */
  readonly actors: number;
}

/** Options of {@link createConsentStore} and {@link buildConsentStore}. */
export interface ConsentStoreOptions {
  /** Size the BSN hash for this many patients up front (no rehash while loading). */
  readonly expectedPatients?: number;
}

/** Progress of {@link buildConsentStore}. */
export interface ConsentStoreProgress {
  /** Profiles read so far. */
  readonly profiles: number;
  /** The store's typed-array bytes so far. */
  readonly bytes: number;
}

/** Options of {@link buildConsentStore}. */
export interface BuildConsentStoreOptions extends ConsentStoreOptions {
  /** Called every `progressEvery` profiles and once at the end. */
  readonly onProgress?: (progress: ConsentStoreProgress) => void;
  /** Profiles between two progress calls (default 100 000). */
  readonly progressEvery?: number;
}

/** A store of the consent profiles of a population (see the module note). */
export interface ConsentStore {
  readonly _tag: "ConsentStore";
  /** The rulebook every stored profile is packed against (its code lists number the codes). */
  readonly rules: ConsentRules;
  /** Number of patients. */
  readonly size: number;
  /**
   * Put a patient's profile in the store, replacing the one it had: the incremental update after
   * an event was appended to that patient's log (`put(foldProfile(log, rules))`). Returns `false`
   * (and stores nothing) for a profile without a patient. Throws a `TypeError` (and stores
   * nothing) for a profile holding a value no decoder gives — a URA that is not 8 digits, an
   * instant that is not a finite number, an unknown actor, reached only through a cast — which a
   * snapshot of the store could not load again (`loadConsentStore` checks what it reads).
   */
  put(profile: ConsentProfile): boolean;
  /** Remove a patient; returns whether the patient was in the store. */
  delete(patient: Bsn): boolean;
  /** Whether the patient is in the store. */
  has(patient: Bsn): boolean;
  /** The patient's compiled profile (materialised; its choices as the profile had them), or `undefined`. */
  compiledOf(patient: Bsn): CompiledProfile | undefined;
  /**
   * Decide a request against the profile of the request's patient, looked up by BSN: the answer
   * of `decide(request, compileProfile(profile, rules), options)`. A patient not in the store has
   * no choices (`NotApplicable` once the purpose and treatment relationship hold).
   */
  decide(request: ConsentRequest, options?: DecideOptions): ConsentDecision;
  /** What the store holds and its memory. */
  stats(): ConsentStoreStats;
}

/** The parts of a store (for snapshots). @internal */
export interface ConsentStoreParts {
  readonly rules: ConsentRules;
  readonly table: BsnTable;
  readonly arena: Arena;
  readonly ids: IdPool;
  readonly actors: ActorTable;
  readonly objects: Array<CompiledProfile | undefined>;
}

const partsOf = new WeakMap<ConsentStore, ConsentStoreParts>();

/** The parts of a store. @internal */
export function consentStoreParts(store: ConsentStore): ConsentStoreParts {
  return partsOf.get(store) as ConsentStoreParts;
}

/** The record of a patient without a profile: no choices, no patient. */
const emptyRecord = new Int32Array([0, 0, -1]);

/**
 * Make an empty consent store for `rules`. Fill it with `put` (one profile at a time, e.g. from a
 * database cursor) or use {@link buildConsentStore}.
 *
 * @example
 * ```ts
 * import { createConsentStore, foldProfile, mitzRules } from "@zorgkit/consent";
 *
 * const store = createConsentStore(mitzRules);
 * store.put(foldProfile([], mitzRules)); // => false
 * store.size; // => 0
 * ```
 */
export function createConsentStore(rules: ConsentRules, options: ConsentStoreOptions = {}): ConsentStore {
  const arena = new Arena();
  arena.append(emptyRecord, emptyRecord.length);
  return storeOf({
    rules,
    table: new BsnTable(BsnTable.capacityFor(options.expectedPatients ?? 0)),
    arena,
    ids: new IdPool(),
    actors: new ActorTable(),
    objects: [],
  });
}

/**
 * Build a consent store by streaming profiles through it: each profile is packed as it comes and
 * not kept, so memory while loading is the store's own (grown in 16 MiB blocks) plus one profile.
 * Later profiles of the same patient replace earlier ones. Throws like {@link ConsentStore.put}
 * for a profile holding a value no decoder gives (the build stops there).
 *
 * @example
 * ```ts
 * import { buildConsentStore, foldProfile, mitzRules } from "@zorgkit/consent";
 *
 * const seen: Array<number> = [];
 * const store = buildConsentStore([foldProfile([], mitzRules)], mitzRules, { onProgress: (p) => seen.push(p.profiles) });
 * seen; // => [1]
 * store.size; // => 0
 * ```
 */
export function buildConsentStore(
  profiles: Iterable<ConsentProfile>,
  rules: ConsentRules,
  options: BuildConsentStoreOptions = {},
): ConsentStore {
  const store = createConsentStore(rules, options);
  const every = Math.max(1, Math.floor(options.progressEvery ?? 100_000));
  const report = options.onProgress;
  let count = 0;
  for (const profile of profiles) {
    store.put(profile);
    count++;
    if (report !== undefined && count % every === 0) report({ profiles: count, bytes: store.stats().bytes });
  }
  if (report !== undefined && count % every !== 0) report({ profiles: count, bytes: store.stats().bytes });
  return store;
}

/** A store over existing parts (a new store, or one loaded from a snapshot). @internal */
export function storeOf(parts: ConsentStoreParts): ConsentStore {
  const { rules, table, arena, ids, actors, objects } = parts;
  const index = codeIndexOf(rules);
  const view: { -readonly [K in keyof ScanStorage]: ScanStorage[K] } = {
    scan: undefined,
    scanStart: 0,
    scanEnd: 0,
    filterAll: true,
    filterTypes: 0,
    filterUras: 0,
  };
  let memoPtr = -1;
  let memo: CompiledProfile | undefined;
  /** The compiled profile of a record (records never change, so the last one is kept). */
  function materialise(ptr: number): CompiledProfile {
    if (ptr === memoPtr && memo !== undefined) return memo;
    const stored = unpackProfile(arena.block(ptr), offsetOf(ptr), index, ids, actors);
    const cp = layoutOf(
      compileProfile({ ...emptyProfile, patient: stored.patient, choices: stored.choices }, rules),
    );
    memo = { ...cp, pendingCount: stored.pendingCount } as CompiledProfile;
    memoPtr = ptr;
    return memo;
  }
  const source = { _tag: "ConsentStore", compiledAt: materialise };
  // A loaded store's deleted object profiles are the file's nulls.
  let deadObjects = objects.reduce((n, o) => (o === undefined ? n + 1 : n), 0);
  function retire(old: number): void {
    if (old >= 0) arena.retire(old);
    else if (old <= -2) {
      objects[-2 - old] = undefined;
      deadObjects++;
    }
  }
  const store: ConsentStore = {
    _tag: "ConsentStore",
    rules,
    get size() {
      return table.size;
    },
    put(profile: ConsentProfile): boolean {
      const bsn = profile.patient === undefined ? -1 : bsnNumber(profile.patient);
      if (bsn < 0) return false;
      const length = packProfile(profile, index, ids, actors);
      let ptr: number;
      if (length >= 0) ptr = arena.append(packedRecord, length);
      else {
        const cp = compileProfile(profile, rules);
        if (!reloadable(cp))
          throw new TypeError(
            "ConsentStore.put: the profile holds a value no decoder gives (a URA that is not 8 digits, an instant that is not a finite number, an unknown actor or origin) and could not be reloaded from a snapshot; fold it from decoded events (decodeEventLog)",
          );
        ptr = -2 - objects.length;
        objects.push(cp);
      }
      retire(length >= 0 ? table.set(bsn, ptr, packedRecord) : table.set(bsn, ptr));
      return true;
    },
    delete(patient: Bsn): boolean {
      const bsn = bsnNumber(patient);
      if (bsn < 0) return false;
      const old = table.delete(bsn);
      retire(old);
      return old !== -1;
    },
    has(patient: Bsn): boolean {
      const bsn = bsnNumber(patient);
      return bsn >= 0 && table.find(bsn) >= 0;
    },
    compiledOf(patient: Bsn): CompiledProfile | undefined {
      const bsn = bsnNumber(patient);
      const ptr = bsn < 0 ? -1 : table.get(bsn);
      if (ptr === -1) return undefined;
      return ptr <= -2 ? (objects[-2 - ptr] as CompiledProfile) : materialise(ptr);
    },
    decide(request: ConsentRequest, options: DecideOptions = noOptions): ConsentDecision {
      const bsn = bsnNumber(request.patient);
      const b = bsn < 0 ? -1 : table.find(bsn);
      if (b < 0) {
        view.scan = arena.block(0);
        view.scanStart = 0;
        return decideWith(Number.NaN, view, undefined, false, index, request, options, source, 0);
      }
      const slots = table.slots;
      const ptr = slots[b + SLOT_PTR] as number;
      const head = slots[b + SLOT_RECORD] as number;
      // One read: the slot's inline copy of the decision words (compact entries, their URAs as
      // indices in the table's URA table), when the scan needs no instants (no timed choice, asked
      // at or after every choice's `from`; the scan's own test). No copy: the head is -1.
      if (
        head !== -1 &&
        (head & 32) === 0 &&
        (slots[b + SLOT_RECORD + 1] as number) !== -1 &&
        request.at >= ((slots[b + SLOT_RECORD + 1] as number) >>> 0) * 1000
      ) {
        view.scan = slots;
        view.scanStart = b + SLOT_RECORD;
        slotScan.uras = table.uras;
        return decideWith(Number.NaN, view, undefined, false, index, request, options, source, ptr);
      }
      if (ptr <= -2) return decide(request, objects[-2 - ptr] as CompiledProfile, options);
      const p = Math.max(ptr, 0);
      view.scan = arena.block(p);
      view.scanStart = offsetOf(p);
      return decideWith(Number.NaN, view, undefined, false, index, request, options, source, p);
    },
    stats(): ConsentStoreStats {
      const hashBytes = table.slots.byteLength;
      return {
        patients: table.size,
        objectProfiles: objects.length - deadObjects,
        bytes: hashBytes + arena.blocks.length * BLOCK_WORDS * 4 + ids.blocks.length * POOL_BLOCK,
        hashBytes,
        deadBytes: arena.dead * 4,
        actors: actors.actors.length - 4,
      };
    },
  };
  partsOf.set(store, parts);
  return store;
}
