/**
 * The one definition of a citation (ADR 0006 §2, ADR 0007 §2–3): a schema, its type, and how a
 * source numbers its clauses (`MDO-SLA §9.3` but `MDO-BV art. 10.2`) as data.
 *
 * A leaf module: it imports nothing of zorgkit but the bounded-input helpers, so presets and
 * logic can both import it without cycles.
 *
 * @module
 */
import * as Schema from "effect/Schema";
import { BoundedArray, BoundedString } from "./bounded.js";

const CITATION_STYLES = ["section", "article", "plain"] as const;

/**
 * How a citation is written: `"section"` → `MDO-SLA §9.3`, `"article"` → `MDO-BV art. 10.2`,
 * `"plain"` → the article as given (`MITZ §2d`, `VJZ Bewaartermijnen`).
 */
export const CitationStyle = Schema.Literals(CITATION_STYLES);

/** See {@link CitationStyle}. */
export type CitationStyle = typeof CitationStyle.Type;

/** The citation styles (the one list the schema is made of). */
export const citationStyles: ReadonlyArray<CitationStyle> = CITATION_STYLES;

const NonEmpty = (max: number) =>
  BoundedString(max).check(
    Schema.makeFilter((s: string) => s.length > 0 || "Expected a non-empty string", {
      expected: "a non-empty string",
    }),
  );

/**
 * Schema of a citation, the reference to a clause of a source document:
 * `{ source: "MDO-BV", article: "10.2" }`, optionally with a `note` (which reading of the
 * clause was taken) and a `style` (how to write it, overriding the source's style).
 *
 * - `source`: a document id, 1–64 characters (a built-in id such as `MDO-SLA`, or your own).
 * - `article`: the clause as the document numbers it, 1–200 characters.
 * - `note`: at most 2 000 characters.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { Citation } from "@zorgkit/core";
 *
 * Schema.is(Citation)({ source: "MDO-BV", article: "10.2" }); // => true
 * Schema.is(Citation)({ source: "MDO-BV", article: "" }); // => false
 * ```
 */
export const Citation = Schema.Struct({
  source: NonEmpty(64),
  article: NonEmpty(200),
  note: Schema.optionalKey(BoundedString(2000)),
  style: Schema.optionalKey(CitationStyle),
});

/** A reference to a clause of a source document (see the {@link Citation} schema). */
export type Citation = typeof Citation.Type;

/**
 * Schema of the citations of a figure or a step: an array of at most 100 {@link Citation}s.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { Citations } from "@zorgkit/core";
 *
 * Schema.is(Citations)([{ source: "MDO-SLA", article: "9.3" }]); // => true
 * ```
 */
export const Citations = BoundedArray(Citation, 100);

/**
 * How each source numbers its clauses, by source id. A source that is not listed is written
 * with `art.` (ADR 0007 §3). The built-in table is `sourceStyles` in `@zorgkit/core/presets`.
 */
export type SourceStyles = { readonly [source: string]: CitationStyle };
