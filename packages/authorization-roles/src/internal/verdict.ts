/**
 * Internal: the "may X?" answer of ADR 0006 §3 is core's `Verdict`, built with core's
 * `allowed` / `refused`; re-exported here so the package imports it from one place.
 *
 * @module
 * @internal
 */
export { allowed, type Outcome, refused, undetermined, type Verdict } from "@zorgkit/core";
