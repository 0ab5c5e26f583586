/**
 * The precedence of choices (Generic Function Consent rules of nl-generic-functions, read
 * literally — issue #10, decision 3; ADR 0008): a choice **supersedes** another only if it is at
 * least as specific in every dimension and more specific in one; among the matching choices that
 * no other matching choice supersedes, any `deny` wins (objections win among the incomparable).
 * Never the order of events. Per dimension:
 *
 * 1. custodian: named organisation (2) › provider type (1) › every custodian (0);
 * 2. data category: a narrower category › the category that contains it (depth 2 › 1 › 0 along
 *    the chain of a requested category);
 * 3. requesters: named organisation (2) › a set of named categories (1) › every requester (0); a
 *    set is more specific than a strict superset of it; overlapping sets without containment are
 *    incomparable.
 *
 * An unconfirmed emergency consent never supersedes a `deny` (decision 2). The rank below is not
 * the precedence: it only orders the entries of a compiled profile and names, among several
 * choices that qualify, the most specific one.
 *
 * @module
 */
import type { CodeIndex } from "./codes.js";
import type { Custodian, Requesters } from "./model.js";

/** Specificity of a custodian: organisation 2, provider type 1, every custodian 0.
 *
 * @example
 * ```ts
 * custodianLevel({ _tag: "ProviderType", type: "RPZAC104" }); // 1
 * ```
 */
export function custodianLevel(c: Custodian): 0 | 1 | 2 {
  return c._tag === "Organisation" ? 2 : c._tag === "ProviderType" ? 1 : 0;
}

/** Specificity of requesters: organisation 2, named categories 1, every requester 0.
 *
 * @example
 * ```ts
 * requesterLevel({ _tag: "AllRequesters" }); // 0
 * ```
 */
export function requesterLevel(r: Requesters): 0 | 1 | 2 {
  return r._tag === "Organisation" ? 2 : r._tag === "Categories" ? 1 : 0;
}

/** The specificity of a choice as a tuple (custodian, category depth, requesters). */
export interface Specificity {
  readonly custodian: number;
  readonly category: number;
  readonly requesters: number;
}

/**
 * One number per specificity, ordered like {@link compareSpecificity} (higher = more specific); the order of a compiled profile's entries, not the precedence.
 *
 * @example
 * ```ts
 * import { codeIndexOf, mitzRules, specificityRank } from "@zorgkit/consent";
 *
 * const index = codeIndexOf(mitzRules);
 * specificityRank({ custodian: 2, category: 0, requesters: 0 }, index) > specificityRank({ custodian: 1, category: 2, requesters: 2 }, index); // => true
 * ```
 */
export function specificityRank(s: Specificity, index: Pick<CodeIndex, "maxDepth">): number {
  return (s.custodian * (index.maxDepth + 1) + s.category) * 3 + s.requesters;
}

/** Compare two specificities by rank (custodian, then category, then requester level): the order in which a compiled profile lists its entries and names a choice — not the precedence (see the module note).
 *
 * @example
 * ```ts
 * compareSpecificity({ custodian: 2, category: 0, requesters: 0 }, { custodian: 1, category: 2, requesters: 2 }) > 0; // => true
 * ```
 */
export function compareSpecificity(a: Specificity, b: Specificity): number {
  return a.custodian - b.custodian || a.category - b.category || a.requesters - b.requesters;
}
