/**
 * "May X?" answers in the shape of ADR 0006 §3 (`allowed` / `refused` / `undetermined`, the
 * deciding steps as `reasons`, package data as `details`).
 *
 * @module
 * @internal
 */
import type { Explained, Step } from "@zorgkit/core";

/** The three answers to "may X?". */
export type SlaOutcome = "allowed" | "refused" | "undetermined";

/** A verdict (ADR 0006 §3): an explained outcome, the steps that decided it, package details. */
export interface SlaVerdict<D = undefined> extends Explained<SlaOutcome> {
  readonly reasons: ReadonlyArray<Step>;
  readonly details: D;
}

/** Build a verdict whose deciding steps are `reasons` (a subset of `because`). */
export function verdict<D>(
  outcome: SlaOutcome,
  because: ReadonlyArray<Step>,
  reasons: ReadonlyArray<Step>,
  details: D,
): SlaVerdict<D> {
  return { value: outcome, because, reasons, details };
}
