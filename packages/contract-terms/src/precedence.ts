/**
 * Precedence (rangorde): when provisions of the contract documents conflict, the document with the
 * lower rank wins (MDO-MS §3.1, MDO-BV 13.3). The ranking is data; an unknown document is an
 * error, never a silent last place.
 *
 * @module
 */
import { BoundedArray, type Explained, explained, step } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { ShortText } from "./contract.js";
import type { Agreement, PrecedenceRanking } from "./figures.js";

/** A provision of a contract document: the document id, and optionally the clause and its text. */
export const Provision = Schema.Struct({
  document: ShortText,
  clause: Schema.optionalKey(ShortText),
  text: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(10_000))),
});
/** A provision of a contract document. */
export type Provision = typeof Provision.Type;

/** The provisions that conflict: at least one, at most 1 000 (an empty list says so, not "Missing key"). */
export const ConflictingProvisions = BoundedArray(Provision, 1000).check(
  Schema.makeFilter(
    (ps: ReadonlyArray<Provision>) =>
      ps.length > 0 || "at least one provision is needed to resolve a conflict",
  ),
);

/** The outcome of {@link resolveConflict}. */
export type PrecedenceResolution =
  | { readonly _tag: "Winner"; readonly provision: Provision; readonly rank: number }
  /** The best-ranked provisions share a rank: the ranking does not decide between them. */
  | { readonly _tag: "Tie"; readonly provisions: ReadonlyArray<Provision>; readonly rank: number }
  /** A provision names a document the ranking does not know: an error, not a last place. */
  | { readonly _tag: "UnknownDocument"; readonly documents: ReadonlyArray<string> };

/**
 * The rank of a document in the agreement's precedence ranking, or `undefined` when the ranking
 * does not know it.
 *
 * @example
 * ```ts
 * import { mdo2025, rankOf } from "@zorgkit/contract-terms";
 * rankOf("processing-agreement", mdo2025); // => 1
 * ```
 */
export function rankOf(document: string, agreement: Pick<Agreement, "precedence">): number | undefined {
  return rankIn(document, agreement.precedence);
}

function rankIn(document: string, ranking: PrecedenceRanking): number | undefined {
  return ranking.ranks.find((r) => r.documents.includes(document))?.rank;
}

/**
 * Which of conflicting provisions wins: the one from the document with the lowest rank in the
 * agreement's ranking (MDO: MDO-MS §3.1, MDO-BV 13.3). When several provisions share the best rank — Annex 1 and
 * Annex 2 of the special terms, or two clauses of one document — the ranking does not decide: a
 * `Tie`. An unknown document (or no provisions) gives `UnknownDocument`.
 *
 * @example
 * ```ts
 * import { mdo2025, resolveConflict } from "@zorgkit/contract-terms";
 * resolveConflict(
 *   [{ document: "connection-agreement", clause: "8.2" }, { document: "mdo-special-terms", clause: "13.1" }],
 *   mdo2025,
 * ).value;
 * // => { "_tag": "Winner", "provision": { "document": "mdo-special-terms", "clause": "13.1" }, "rank": 2 }
 * ```
 */
export function resolveConflict(
  provisions: ReadonlyArray<Provision>,
  agreement: Pick<Agreement, "precedence">,
): Explained<PrecedenceResolution> {
  const ranking = agreement.precedence;
  const unknown = provisions.map((p) => p.document).filter((d) => rankIn(d, ranking) === undefined);
  if (unknown.length > 0 || provisions.length === 0) {
    return explained<PrecedenceResolution>({ _tag: "UnknownDocument", documents: [...new Set(unknown)] }, [
      step({
        rule: "unknown-document",
        inputs: { documents: [...new Set(unknown)] },
        citations: ranking.citations,
        en:
          provisions.length === 0
            ? "No provisions were given."
            : `The ranking does not know ${unknown.join(", ")}; a conflict with it cannot be resolved.`,
        nl:
          provisions.length === 0
            ? "Er zijn geen bepalingen opgegeven."
            : `De rangorde kent ${unknown.join(", ")} niet; een tegenstrijdigheid daarmee is niet op te lossen.`,
      }),
    ]);
  }
  const ranked = provisions.map((p) => ({ provision: p, rank: rankIn(p.document, ranking)! }));
  // a loop, not Math.min(...ranks): a spread of many provisions overflows the stack
  let best = Number.POSITIVE_INFINITY;
  for (const r of ranked) if (r.rank < best) best = r.rank;
  const winners = ranked.filter((r) => r.rank === best).map((r) => r.provision);
  const rankInfo = ranking.ranks.find((r) => r.rank === best)!;
  const listed = ranked.map((r) => ({ document: r.provision.document, rank: r.rank }));
  const name = (p: Provision) => `${p.document}${p.clause === undefined ? "" : ` ${p.clause}`}`;
  if (winners.length > 1) {
    return explained<PrecedenceResolution>({ _tag: "Tie", provisions: winners, rank: best }, [
      step({
        rule: "precedence-tie",
        inputs: { provisions: listed },
        citations: ranking.citations,
        en: `${winners.map(name).join(" and ")} share rank ${best} (${rankInfo.en}); the ranking does not decide between them.`,
        nl: `${winners.map(name).join(" en ")} hebben dezelfde rang ${best} (${rankInfo.nl}); de rangorde beslist niet tussen hen.`,
      }),
    ]);
  }
  const winner = winners[0]!;
  return explained<PrecedenceResolution>({ _tag: "Winner", provision: winner, rank: best }, [
    step({
      rule: "precedence",
      inputs: { provisions: listed },
      output: winner.document,
      citations: ranking.citations,
      en: `A document with a lower number prevails: ${name(winner)} (rank ${best}, ${rankInfo.en}) wins.`,
      nl: `Bepalingen uit een document met een lager nummer prevaleren: ${name(winner)} (rang ${best}, ${rankInfo.nl}) gaat voor.`,
    }),
  ]);
}
