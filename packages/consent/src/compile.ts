/**
 * `compile(profile)`: an index of a profile's choices by (custodian, data category, requester) so
 * that a decision costs O(number of specificity levels) look-ups — at most 3 custodian levels ×
 * the category's depth + 1 × 3 requester levels — independent of the profile's size.
 *
 * @module
 */
import { type CodeIndex, defaultCodeIndex } from "./codes.js";
import type { Bsn } from "./identifiers.js";
import type { Choice } from "./model.js";
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
  readonly index: CodeIndex;
  readonly org: Map<string, CompiledNode> | undefined;
  readonly type: Map<string, CompiledNode> | undefined;
  readonly all: CompiledNode | undefined;
  /** Number of pending choices (they do not count, MITZ §5d). */
  readonly pendingCount: number;
  /** Choices left out because their codes are not in the code lists. */
  readonly unknownCodes: ReadonlyArray<Choice>;
}

/** Options of {@link compile}. */
export interface CompileOptions {
  /** Code lists in use (default: the Mitz 2026 preset). */
  readonly codeIndex?: CodeIndex;
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
  let org: Map<string, CompiledNode> | undefined;
  let type: Map<string, CompiledNode> | undefined;
  let all: CompiledNode | undefined;
  const unknownCodes: Array<Choice> = [];
  for (const choice of profile.choices) {
    const cat = index.categoryIndex.get(choice.dataCategory);
    if (cat === undefined) {
      unknownCodes.push(choice);
      continue;
    }
    let reqCats: Array<number> | undefined;
    if (choice.requesters._tag === "Categories") {
      reqCats = [];
      for (const code of choice.requesters.codes) {
        const r = index.requesterIndex.get(code);
        if (r !== undefined) reqCats.push(r);
      }
      if (reqCats.length === 0) {
        unknownCodes.push(choice);
        continue;
      }
    }
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
    const entry: CompiledEntry = {
      choice,
      deny: choice.decision === "deny",
      from: choice.from,
      until: choice.until ?? Number.POSITIVE_INFINITY,
      indeterminateFrom: choice.indeterminateFrom ?? Number.POSITIVE_INFINITY,
    };
    const rq = choice.requesters;
    if (rq._tag === "Organisation") {
      cell.org ??= new Map();
      push(cell.org, rq.ura, entry);
    } else if (reqCats !== undefined) {
      cell.cat ??= [];
      for (const r of new Set(reqCats)) {
        const list = cell.cat[r];
        if (list === undefined) cell.cat[r] = [entry];
        else list.push(entry);
      }
    } else if (cell.all === undefined) cell.all = [entry];
    else cell.all.push(entry);
  }
  return {
    _tag: "CompiledProfile",
    patient: profile.patient,
    index,
    org,
    type,
    all,
    pendingCount: profile.pending.length,
    unknownCodes,
  };
}

/** Outcome of a look-up: 0 none, 1 permit, 2 deny, 3 indeterminate. */
export type LookupKind = 0 | 1 | 2 | 3;

/** The result of {@link lookupCategory}; a mutable scratch object reused by the caller. */
export interface Lookup {
  kind: LookupKind;
  entry: CompiledEntry | undefined;
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
    out.entry = scratchEntry;
    out.categoryDepth = depth[a] as number;
    return true;
  }
  return false;
}

/**
 * Find the deciding entry for one data category (by index): the most specific level that has a
 * choice counting at `at`. Fills `out`; returns `out.kind` (0 when no choice matches).
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
  out.entry = undefined;
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
