/**
 * Citations and explanations: every computed answer carries the steps that produced it, each
 * citing the clause it implements, as plain JSON data.
 *
 * How a citation is written comes from data: a citation's own `style`, else the style table
 * passed in (by default `sourceStyles` of `@zorgkit/core/presets`), else `art.` (ADR 0007 §3).
 *
 * @module
 */
import * as Schema from "effect/Schema";
import { BoundedString } from "./bounded.js";
import { type Citation, type CitationStyle, Citations, type SourceStyles } from "./citation.js";
import { type KnownSourceId, sourceIds, sourceStyles } from "./presets/sources.js";

export { Citation, CitationStyle, Citations, citationStyles, type SourceStyles } from "./citation.js";
export { type KnownSourceId, sourceIds };

/**
 * A source document id: a built-in one, or a user-defined id for the user's own contracts
 * (`"ACME-2027"`). The `string & {}` keeps editor completion for the built-in ids.
 */
export type SourceId = KnownSourceId | (string & {});

/** Optional parts of a citation made with {@link cite}. */
export interface CiteOptions {
  /** Which reading of the clause the library took. */
  readonly note?: string;
  /** How to write this citation, overriding the source's style. */
  readonly style?: CitationStyle;
}

/**
 * Make a {@link Citation}. The third argument is a note, or `{ note, style }`.
 *
 * @example
 * ```ts
 * import { cite } from "@zorgkit/core";
 *
 * cite("MDO-BV", "10.2"); // => { "source": "MDO-BV", "article": "10.2" }
 * cite("ACME", "4", { style: "section" }); // => { "source": "ACME", "article": "4", "style": "section" }
 * ```
 */
export function cite(source: SourceId, article: string, noteOrOptions?: string | CiteOptions): Citation {
  const options: CiteOptions =
    noteOrOptions === undefined
      ? {}
      : typeof noteOrOptions === "string"
        ? { note: noteOrOptions }
        : noteOrOptions;
  return {
    source,
    article,
    ...(options.note === undefined ? {} : { note: options.note }),
    ...(options.style === undefined ? {} : { style: options.style }),
  };
}

/**
 * Render a citation as people write it: `MDO-BV art. 10.2`, `MDO-SLA §9.3`, `MITZ §2d`.
 * The style is the citation's own `style`, else the source's entry in `styles` (default: the
 * built-in `sourceStyles`), else `"article"`. Without an own style, an article that already
 * starts with `§` or a word is written as given.
 *
 * @example
 * ```ts
 * import { cite, formatCitation } from "@zorgkit/core";
 *
 * formatCitation(cite("MDO-BV", "10.2")); // => "MDO-BV art. 10.2"
 * formatCitation(cite("MDO-SLA", "9.3")); // => "MDO-SLA §9.3"
 * formatCitation(cite("ACME", "4.1")); // => "ACME art. 4.1"
 * formatCitation(cite("ACME", "4.1"), { ACME: "section" }); // => "ACME §4.1"
 * formatCitation(cite("ACME", "4.1", { style: "plain" })); // => "ACME 4.1"
 * ```
 */
export function formatCitation(citation: Citation, styles: SourceStyles = sourceStyles): string {
  const { source, article } = citation;
  const own = citation.style;
  if (own === undefined && /^[§A-Za-z]/.test(article)) return `${source} ${article}`;
  const style = own ?? styles[source] ?? "article";
  switch (style) {
    case "plain":
      return `${source} ${article}`;
    case "section":
      return article.startsWith("§") ? `${source} ${article}` : `${source} §${article}`;
    case "article":
      return /^art\b/.test(article) ? `${source} ${article}` : `${source} art. ${article}`;
  }
}

/** A value that can appear among a step's inputs: plain JSON. */
export type StepValue = Schema.Json;

/**
 * Schema of one explanation step: which rule fired (`rule`, a stable machine name), with which
 * inputs, what it produced, citing which clauses, with a sentence in English and in Dutch.
 * Inputs never contain unmasked BSNs.
 */
export const Step = Schema.Struct({
  rule: BoundedString(200),
  inputs: Schema.Record(Schema.String, Schema.Json),
  output: Schema.optionalKey(Schema.Json),
  citations: Citations,
  en: BoundedString(10_000),
  nl: BoundedString(10_000),
});

/** One step of an explanation (see the {@link Step} schema). */
export type Step = typeof Step.Type;

/** A computed value together with the steps that produced it. */
export interface Explained<A> {
  readonly value: A;
  readonly because: ReadonlyArray<Step>;
}

/**
 * Schema of an {@link Explained} value whose `value` has the schema `value` (for JSON output
 * and for services that pass explanations on).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { Explained } from "@zorgkit/core";
 *
 * Schema.is(Explained(Schema.String))({ value: "2026-12-31", because: [] }); // => true
 * ```
 */
export function Explained<S extends Schema.Top>(value: S) {
  return Schema.Struct({ value, because: Schema.Array(Step) });
}

/**
 * Make an explanation step.
 *
 * @example
 * ```ts
 * import { cite, step } from "@zorgkit/core";
 *
 * const s = step({
 *   rule: "notice-period",
 *   inputs: { months: 2 },
 *   citations: [cite("MDO-BV", "10.2")],
 *   en: "The customer gives 2 months' notice.",
 *   nl: "De klant zegt op met een opzegtermijn van 2 maanden.",
 * });
 * s.inputs; // => { "months": 2 }
 * ```
 */
export function step(s: {
  rule: string;
  inputs?: { readonly [key: string]: StepValue };
  output?: StepValue;
  citations: ReadonlyArray<Citation>;
  en: string;
  nl: string;
}): Step {
  const base = { rule: s.rule, inputs: s.inputs ?? {}, citations: s.citations, en: s.en, nl: s.nl };
  return s.output === undefined ? base : { ...base, output: s.output };
}

/**
 * Pair a value with its explanation.
 *
 * @example
 * ```ts
 * import { cite, explained, step } from "@zorgkit/core";
 *
 * const s = step({ rule: "term-end", citations: [cite("MDO-BV", "10.1")], en: "The term ends.", nl: "De termijn eindigt." });
 * explained("2026-12-31", [s]).value; // => "2026-12-31"
 * ```
 */
export function explained<A>(value: A, because: ReadonlyArray<Step>): Explained<A> {
  return { value, because };
}

/** Schema of the languages {@link explainToText} writes: `"en"` and `"nl"`. */
export const Language = Schema.Literals(["en", "nl"]);

/** Languages {@link explainToText} writes. */
export type Language = typeof Language.Type;

/** Options of {@link explainToText}. */
export interface ExplainToTextOptions {
  /** How sources number their clauses (default: the built-in `sourceStyles`). */
  readonly styles?: SourceStyles;
}

/**
 * Print an explanation as a numbered list of sentences, each followed by its citations.
 *
 * @example
 * ```ts
 * import { cite, explained, explainToText, step } from "@zorgkit/core";
 *
 * const s = step({
 *   rule: "notice-period",
 *   citations: [cite("MDO-BV", "10.2")],
 *   en: "The customer gives 2 months' notice.",
 *   nl: "De klant zegt op met een opzegtermijn van 2 maanden.",
 * });
 * explainToText(explained(true, [s]), "nl"); // => "1. De klant zegt op met een opzegtermijn van 2 maanden. (MDO-BV art. 10.2)"
 * ```
 */
export function explainToText(
  result: Pick<Explained<unknown>, "because">,
  language: Language,
  options: ExplainToTextOptions = {},
): string {
  const styles = options.styles ?? sourceStyles;
  return result.because
    .map((s, i) => {
      const refs = s.citations.map((c) => formatCitation(c, styles)).join("; ");
      const sentence = language === "nl" ? s.nl : s.en;
      return `${i + 1}. ${sentence}${refs === "" ? "" : ` (${refs})`}`;
    })
    .join("\n");
}
