/**
 * The terms of use of MOZA (Mijn Omgeving Zorgaanbieders, Coöperatie VGZ) and MITZ (MijnMitz) as
 * data.
 *
 * @module
 */
import { cite, date } from "@zorgkit/core";
import type { TermsOfUse, TermsVersion } from "../terms-of-use.js";

/**
 * MOZA terms of use, version of 28 April 2025 (MOZA 1.2): every new version must be accepted before
 * the portal can be used again; accepted terms apply at once. Add later versions with
 * {@link withVersions}.
 */
export const mozaTerms = {
  name: "MOZA",
  policy: "every-version",
  versions: [{ id: "2025-04-28", publishedOn: date("2025-04-28"), requiresAcceptance: true }],
  citations: [cite("MOZA", "1.2")],
} as const satisfies TermsOfUse;

/**
 * MijnMitz terms of use (MITZ §1b, §9): accepted before first use; a change is shown at login and
 * only some versions must be accepted again. The source copy carries no version date, so the
 * versions are yours to list (see {@link withVersions}).
 */
export const mitzTerms = {
  name: "MijnMitz",
  policy: "flagged-versions",
  versions: [],
  citations: [cite("MITZ", "§1b"), cite("MITZ", "§9")],
} as const satisfies TermsOfUse;

/**
 * The terms with more versions appended.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mitzTerms, withVersions } from "@zorgkit/contract-terms";
 * const mitz = withVersions(mitzTerms, [{ id: "2024-06-01", publishedOn: date("2024-06-01"), requiresAcceptance: true }]);
 * mitz.versions.length; // => 1
 * ```
 */
export function withVersions(terms: TermsOfUse, versions: ReadonlyArray<TermsVersion>): TermsOfUse {
  return { ...terms, versions: [...terms.versions, ...versions] };
}
