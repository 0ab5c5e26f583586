/**
 * Code lists compiled for look-ups: the data-category hierarchy (a choice for a category covers
 * its descendants) and the requester categories, each numbered once so that compiled profiles
 * use array indices instead of strings.
 *
 * @module
 */
import type { CodeLists, ConsentRules } from "./rulebook.js";

/** Code lists prepared for fast look-ups. Build once with {@link indexCodeLists}. */
export interface CodeIndex {
  readonly lists: CodeLists;
  /** Data category code → index. */
  readonly categoryIndex: ReadonlyMap<string, number>;
  readonly categoryCodes: ReadonlyArray<string>;
  /** Depth of each category (root = 0). */
  readonly depth: ReadonlyArray<number>;
  /** For each category: itself and its ancestors, deepest first. */
  readonly ancestorsOrSelf: ReadonlyArray<ReadonlyArray<number>>;
  /** For each category: itself and all its descendants (pre-order). */
  readonly subtree: ReadonlyArray<ReadonlyArray<number>>;
  /** For each category: a bit mask of itself and its ancestors (when there are at most 31 categories). */
  readonly ancestorMask: ReadonlyArray<number> | undefined;
  readonly maxDepth: number;
  /** Requester category (= provider type) code → index. */
  readonly requesterIndex: ReadonlyMap<string, number>;
  readonly requesterCodes: ReadonlyArray<string>;
}

/**
 * Why code lists are unusable (cycle, unknown parent, duplicates, no single root), or `undefined`.
 *
 * @example
 * ```ts
 * import { codeListsProblem, mitzCodeLists2026 } from "@zorgkit/consent";
 *
 * codeListsProblem(mitzCodeLists2026); // => undefined
 * codeListsProblem({ ...mitzCodeLists2026, dataCategories: [] }); // => "the data categories need exactly one root, found 0"
 * ```
 */
export function codeListsProblem(lists: CodeLists): string | undefined {
  const codes = new Set<string>();
  for (const c of lists.dataCategories) {
    if (codes.has(c.code)) return `data category ${c.code} is listed twice`;
    codes.add(c.code);
  }
  const roots = lists.dataCategories.filter((c) => c.parent === undefined);
  if (roots.length !== 1) return `the data categories need exactly one root, found ${roots.length}`;
  for (const c of lists.dataCategories) {
    if (c.parent !== undefined && !codes.has(c.parent))
      return `data category ${c.code} has unknown parent ${c.parent}`;
  }
  const byCode = new Map(lists.dataCategories.map((c) => [c.code, c]));
  for (const c of lists.dataCategories) {
    let cur: string | undefined = c.code;
    let steps = 0;
    while (cur !== undefined) {
      if (steps++ > lists.dataCategories.length) return `data category ${c.code} is in a cycle`;
      cur = byCode.get(cur)?.parent;
    }
  }
  const req = new Set<string>();
  for (const r of lists.requesterCategories) {
    if (req.has(r.code)) return `requester category ${r.code} is listed twice`;
    req.add(r.code);
  }
  return undefined;
}

/**
 * Prepare code lists for look-ups. Throws `RangeError` for code lists that are not a tree
 * (a programming error in a preset, not user input).
 *
 * @example
 * ```ts
 * import { indexCodeLists, mitzCodeLists2026 } from "@zorgkit/consent";
 *
 * const index = indexCodeLists(mitzCodeLists2026);
 * const medication = index.categoryIndex.get("GGC013") ?? -1;
 * index.ancestorsOrSelf[medication]?.map((i) => index.categoryCodes[i]); // => ["GGC013", "GGC002", "zorgkit:all"]
 * ```
 */
export function indexCodeLists(lists: CodeLists): CodeIndex {
  const problem = codeListsProblem(lists);
  if (problem !== undefined) throw new RangeError(`Unusable code lists ${lists.version}: ${problem}`);
  const categoryCodes = lists.dataCategories.map((c) => c.code);
  const categoryIndex = new Map(categoryCodes.map((c, i) => [c, i]));
  const parentOf = lists.dataCategories.map((c) =>
    c.parent === undefined ? -1 : (categoryIndex.get(c.parent) as number),
  );
  const ancestorsOrSelf = categoryCodes.map((_, i) => {
    const chain: Array<number> = [];
    for (let cur = i; cur !== -1; cur = parentOf[cur] as number) chain.push(cur);
    return chain;
  });
  const depth = ancestorsOrSelf.map((a) => a.length - 1);
  const subtree = categoryCodes.map((_, i) => {
    const out: Array<number> = [];
    const visit = (n: number) => {
      out.push(n);
      parentOf.forEach((p, child) => {
        if (p === n) visit(child);
      });
    };
    visit(i);
    return out;
  });
  const requesterCodes = lists.requesterCategories.map((r) => r.code);
  const ancestorMask =
    categoryCodes.length <= 31
      ? ancestorsOrSelf.map((chain) => chain.reduce((m, a) => m | (1 << a), 0))
      : undefined;
  return {
    lists,
    categoryIndex,
    categoryCodes,
    depth,
    ancestorsOrSelf,
    subtree,
    ancestorMask,
    maxDepth: Math.max(...depth),
    requesterIndex: new Map(requesterCodes.map((c, i) => [c, i])),
    requesterCodes,
  };
}

const indexes = new WeakMap<CodeLists, CodeIndex>();

/**
 * The code index of a rulebook's code lists (built once per code lists, then cached).
 *
 * @example
 * ```ts
 * import { codeIndexOf, mitzRules } from "@zorgkit/consent";
 *
 * codeIndexOf(mitzRules).maxDepth; // => 2
 * ```
 */
export function codeIndexOf(rules: Pick<ConsentRules, "codeLists">): CodeIndex {
  let index = indexes.get(rules.codeLists);
  if (index === undefined) {
    index = indexCodeLists(rules.codeLists);
    indexes.set(rules.codeLists, index);
  }
  return index;
}

/**
 * Whether a choice for data category `choice` covers a request for `requested` (the same
 * category or one of its descendants). Unknown codes cover nothing.
 *
 * @example
 * ```ts
 * import { covers, mitzRules } from "@zorgkit/consent";
 *
 * covers("zorgkit:all", "GGC013", mitzRules); // => true
 * covers("GGC013", "GGC002", mitzRules); // => false
 * ```
 */
export function covers(choice: string, requested: string, rules: Pick<ConsentRules, "codeLists">): boolean {
  const index = codeIndexOf(rules);
  const c = index.categoryIndex.get(choice);
  const r = index.categoryIndex.get(requested);
  if (c === undefined || r === undefined) return false;
  return (index.ancestorsOrSelf[r] as ReadonlyArray<number>).includes(c);
}
