/**
 * Internal: the "may X?" answer of ADR 0006 §3, until core exports `Verdict` and its
 * constructors (announced for 10:00 UTC); then this module re-exports core's.
 *
 * @module
 * @internal
 */
import type { Explained, Step } from "@zorgkit/core";

/** The three answers of a "may X?" question. */
export type Outcome = "allowed" | "refused" | "undetermined";

/** A "may X?" answer: the outcome, every step, the deciding steps and package data. */
export interface Verdict<D = undefined> extends Explained<Outcome> {
  readonly reasons: ReadonlyArray<Step>;
  readonly details: D;
}

/** Build an allowed verdict. @internal */
export function allowed<D>(because: ReadonlyArray<Step>, reasons: ReadonlyArray<Step>, details: D): Verdict<D> {
  return { value: "allowed", because, reasons, details };
}

/** Build a refused verdict. @internal */
export function refused<D>(because: ReadonlyArray<Step>, reasons: ReadonlyArray<Step>, details: D): Verdict<D> {
  return { value: "refused", because, reasons, details };
}

/** Build an undetermined verdict. @internal */
export function undetermined<D>(because: ReadonlyArray<Step>, reasons: ReadonlyArray<Step>, details: D): Verdict<D> {
  return { value: "undetermined", because, reasons, details };
}
