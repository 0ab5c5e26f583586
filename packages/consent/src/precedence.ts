/**
 * The precedence order of choices (Generic Function Consent rules of nl-generic-functions, as
 * quoted in spec/consent.md §3): the most specific matching choice wins; when equally specific
 * choices disagree, `deny` wins. Specificity is a **total order** on (custodian, data category,
 * requesters), compared lexicographically in that order — never the order of events:
 *
 * 1. custodian: named organisation (2) > provider type (1) > every custodian (0);
 * 2. data category: deeper in the hierarchy wins (medication 2 > treatment data 1 > all data 0);
 * 3. requesters: named organisation (2) > named requester categories (1) > every requester (0).
 *
 * So a choice for a named custodian beats any choice for a provider type, whatever the data
 * categories (this library's reading of the order in which the spec lists the three rules).
 *
 * @module
 */
import { type Citation, cite } from "@zorgkit/core";
import type { CodeIndex } from "./codes.js";
import type { Custodian, Requesters } from "./model.js";

/** Citation of the precedence rules. */
export const precedenceCitation: Citation = cite(
  "nl-generic-functions",
  "Consent rules",
  "most specific wins, deny wins ties; the lexicographic order (custodian, category, requesters) is this library's",
);

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
 * One number per specificity, ordered like the lexicographic comparison (higher = more specific).
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

/** Compare two specificities: negative when `a` is less specific than `b`.
 *
 * @example
 * ```ts
 * compareSpecificity({ custodian: 2, category: 0, requesters: 0 }, { custodian: 1, category: 2, requesters: 2 }); // > 0
 * ```
 */
export function compareSpecificity(a: Specificity, b: Specificity): number {
  return a.custodian - b.custodian || a.category - b.category || a.requesters - b.requesters;
}
