/**
 * Citations and explanations: every computed answer carries the steps that produced it, each
 * citing the clause it implements, as plain JSON data.
 *
 * @module
 */

/**
 * Ids of the source documents (see the seeds README): `MOZA`, `MDO-MS`, `MDO-BV`, `MDO-B1`,
 * `MDO-SLA`, `MITZ`, `VJZ`, `VGZ-GBZ`.
 */
export const sourceIds = ["MOZA", "MDO-MS", "MDO-BV", "MDO-B1", "MDO-SLA", "MITZ", "VJZ", "VGZ-GBZ"] as const;

/** One of the built-in source document ids. */
export type KnownSourceId = (typeof sourceIds)[number];

/**
 * A source document id: a built-in one, or a user-defined id for the user's own contracts
 * (`"ACME-2027"`). The `string & {}` keeps editor completion for the built-in ids.
 */
export type SourceId = KnownSourceId | (string & {});

/**
 * A reference to a clause of a source document (`MDO-BV art. 10.2`, `MDO-SLA §9.3`).
 * `article` is the clause as the document numbers it; `note` optionally says which reading
 * of the clause the library took.
 */
export interface Citation {
  readonly source: SourceId;
  readonly article: string;
  readonly note?: string;
}

/**
 * Make a {@link Citation}.
 *
 * @example
 * ```ts
 * cite("MDO-BV", "10.2"); // { source: "MDO-BV", article: "10.2" }
 * ```
 */
export function cite(source: SourceId, article: string, note?: string): Citation {
  return note === undefined ? { source, article } : { source, article, note };
}

const sectionStyle: ReadonlySet<string> = new Set(["MDO-SLA", "MDO-MS"]);

/**
 * Render a citation as people write it: `MDO-BV art. 10.2`, `MDO-SLA §9.3`, `MITZ §2d`.
 * Documents numbered in sections (`MDO-SLA`, `MDO-MS`) use `§`; the others `art.`, unless the
 * article already starts with `§` or a word.
 *
 * @example
 * ```ts
 * formatCitation(cite("MDO-BV", "10.2")); // "MDO-BV art. 10.2"
 * formatCitation(cite("MDO-SLA", "9.3")); // "MDO-SLA §9.3"
 * ```
 */
export function formatCitation(citation: Citation): string {
  const { source, article } = citation;
  if (/^[§A-Za-z]/.test(article)) return `${source} ${article}`;
  return sectionStyle.has(source) ? `${source} §${article}` : `${source} art. ${article}`;
}

/** A value that can appear among a step's inputs: plain JSON. */
export type StepValue =
  | string
  | number
  | boolean
  | null
  | ReadonlyArray<StepValue>
  | { readonly [key: string]: StepValue };

/**
 * One step of an explanation: which rule fired (`rule`, a stable machine name), with which
 * inputs, what it produced, citing which clauses, with a sentence in English and in Dutch.
 * Inputs never contain unmasked BSNs.
 */
export interface Step {
  readonly rule: string;
  readonly inputs: { readonly [key: string]: StepValue };
  readonly output?: StepValue;
  readonly citations: ReadonlyArray<Citation>;
  readonly en: string;
  readonly nl: string;
}

/** A computed value together with the steps that produced it. */
export interface Explained<A> {
  readonly value: A;
  readonly because: ReadonlyArray<Step>;
}

/**
 * Make an explanation step.
 *
 * @example
 * ```ts
 * step({
 *   rule: "notice-period",
 *   inputs: { months: 2 },
 *   citations: [cite("MDO-BV", "10.2")],
 *   en: "The customer gives 2 months' notice.",
 *   nl: "De klant zegt op met een opzegtermijn van 2 maanden.",
 * });
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
 * explained("2026-12-31", [step({ rule: "term-end", citations: [cite("MDO-BV", "10.1")], en: "…", nl: "…" })]);
 * ```
 */
export function explained<A>(value: A, because: ReadonlyArray<Step>): Explained<A> {
  return { value, because };
}

/** Languages {@link explainToText} writes. */
export type Language = "en" | "nl";

/**
 * Print an explanation as a numbered list of sentences, each followed by its citations.
 *
 * @example
 * ```ts
 * explainToText(result, "nl");
 * // "1. De klant zegt op met een opzegtermijn van 2 maanden. (MDO-BV art. 10.2)"
 * ```
 */
export function explainToText(result: Pick<Explained<unknown>, "because">, language: Language): string {
  return result.because
    .map((s, i) => {
      const refs = s.citations.map(formatCitation).join("; ");
      const sentence = language === "nl" ? s.nl : s.en;
      return `${i + 1}. ${sentence}${refs === "" ? "" : ` (${refs})`}`;
    })
    .join("\n");
}
