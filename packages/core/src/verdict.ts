/**
 * The answer to every "may X?" question of zorgkit (ADR 0006 §3): `allowed`, `refused` or
 * `undetermined`, with the explanation (`because`), the steps that decided it (`reasons`) and
 * the package's own data (`details`).
 *
 * @module
 */
import * as Schema from "effect/Schema";
import { type Explained, Step } from "./explain.js";

const OUTCOMES = ["allowed", "refused", "undetermined"] as const;

/** Schema of an {@link Outcome}. */
export const Outcome = Schema.Literals(OUTCOMES);

/**
 * The outcome of a "may X?" question. `undetermined` means the facts given do not settle it
 * (a missing fact, an "ask the connection agreement" clause); the verdict's `reasons` then name
 * what is missing.
 */
export type Outcome = typeof Outcome.Type;

/** The outcomes (the one list the schema is made of). */
export const outcomes: ReadonlyArray<Outcome> = OUTCOMES;

/**
 * A verdict: an {@link Explained} outcome with the steps that decided it (`reasons`, a subset
 * of `because`) and package data (`details`: an end date, the granting roles …).
 */
export interface Verdict<D = undefined> extends Explained<Outcome> {
  readonly reasons: ReadonlyArray<Step>;
  readonly details: D;
}

/**
 * Schema of a {@link Verdict} whose `details` have the schema `details` (for JSON output, audit
 * logs and services that pass verdicts on).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { allowed, cite, step, Verdict } from "@zorgkit/core";
 *
 * const s = step({ rule: "r", citations: [cite("ACME", "1")], en: "Yes.", nl: "Ja." });
 * Schema.is(Verdict(Schema.Undefined))(allowed({ reasons: [s] })); // => true
 * ```
 */
export function Verdict<S extends Schema.Top>(details: S) {
  return Schema.Struct({
    value: Outcome,
    because: Schema.Array(Step),
    reasons: Schema.Array(Step),
    details,
  });
}

/**
 * What a verdict is made of: the deciding steps and optionally all steps; the builders take
 * `details` beside them (omitted: `undefined`, for a `Verdict<undefined>`).
 */
export interface VerdictParts {
  /** The steps that decided the question. */
  readonly reasons: ReadonlyArray<Step>;
  /**
   * Every step of the explanation, in order (default: `reasons`). A reason that is not among
   * them is appended, so `reasons` is always a subset of `because`.
   */
  readonly because?: ReadonlyArray<Step>;
}

function make<D>(value: Outcome, parts: VerdictParts, details: D): Verdict<D> {
  const because = parts.because ?? parts.reasons;
  const missing = parts.because === undefined ? [] : parts.reasons.filter((r) => !because.includes(r));
  return {
    value,
    because: missing.length === 0 ? because : [...because, ...missing],
    reasons: parts.reasons,
    details,
  };
}

/**
 * An `allowed` verdict.
 *
 * @example
 * ```ts
 * import { allowed, cite, step } from "@zorgkit/core";
 *
 * const s = step({ rule: "in-time", citations: [cite("MDO-BV", "10.2")], en: "In time.", nl: "Op tijd." });
 * allowed({ reasons: [s] }).value; // => "allowed"
 * allowed({ reasons: [s], details: { endsOn: "2026-12-31" } }).details; // => { "endsOn": "2026-12-31" }
 * ```
 */
export function allowed<D = undefined>(parts: VerdictParts & { readonly details?: D }): Verdict<D> {
  return make("allowed", parts, parts.details as D);
}

/**
 * A `refused` verdict.
 *
 * @example
 * ```ts
 * import { cite, refused, step } from "@zorgkit/core";
 *
 * const s = step({ rule: "too-late", citations: [cite("MDO-BV", "10.2")], en: "Too late.", nl: "Te laat." });
 * refused({ reasons: [s] }).value; // => "refused"
 * ```
 */
export function refused<D = undefined>(parts: VerdictParts & { readonly details?: D }): Verdict<D> {
  return make("refused", parts, parts.details as D);
}

/**
 * An `undetermined` verdict: the facts given do not settle the question; `reasons` name what
 * is missing.
 *
 * @example
 * ```ts
 * import { cite, step, undetermined } from "@zorgkit/core";
 *
 * const s = step({ rule: "ask-agreement", citations: [cite("MDO-BV", "10.5")], en: "See the agreement.", nl: "Zie de overeenkomst." });
 * undetermined({ reasons: [s] }).value; // => "undetermined"
 * ```
 */
export function undetermined<D = undefined>(parts: VerdictParts & { readonly details?: D }): Verdict<D> {
  return make("undetermined", parts, parts.details as D);
}
