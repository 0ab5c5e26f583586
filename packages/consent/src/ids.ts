/**
 * Ids of choices and events never carry a BSN (issue #10, decision 8; CONVENTIONS: no personal
 * data in explanations). Ids are printed in explanations, rejection reasons and audit records, so
 * a BSN inside one would leak.
 *
 * This library's reading of "contains a BSN": a **maximal** run of 9 digits, or of 8 digits read
 * with a leading zero, that passes the 11-check. A well-formed UUID or ULID is never rejected
 * (its digit runs are chance); other digit runs (date stamps such as `20261124`) pass unless
 * they happen to pass the 11-check (`20261123` does: `020261123`).
 *
 * @module
 */
import { isValidBsn } from "@zorgkit/core";

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const ULID = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;

/** Whether a maximal digit run is BSN-shaped: 9 digits, or 8 read zero-padded, passing the 11-check. */
function isBsnRun(run: string): boolean {
  if (run.length === 9) return isValidBsn(run);
  if (run.length === 8) return isValidBsn(`0${run}`);
  return false;
}

/**
 * Why an id is not acceptable because it contains a BSN, or `undefined` when it is fine.
 *
 * @example
 * ```ts
 * import { idProblem } from "@zorgkit/consent";
 *
 * idProblem("c-111222333") !== undefined; // => true
 * idProblem("0f8fad5b-d9cb-469f-a165-70867728950e"); // => undefined
 * idProblem("choice-20261124"); // => undefined
 * ```
 */
export function idProblem(id: string): string | undefined {
  if (UUID.test(id) || ULID.test(id)) return undefined;
  for (const run of id.match(/\d+/g) ?? [])
    if (isBsnRun(run)) return "an id must not contain a BSN; use an opaque id (UUID or ULID)";
  return undefined;
}

/**
 * Mask every BSN-shaped digit run in a text (defence in depth for ids printed in explanations
 * and rejection reasons): all but the last four digits become `*`.
 *
 * @example
 * ```ts
 * import { maskBsnRuns } from "@zorgkit/consent";
 *
 * maskBsnRuns("choice c-111222333"); // => "choice c-*****2333"
 * ```
 */
export function maskBsnRuns(text: string): string {
  return text.replace(/\d+/g, (run) =>
    isBsnRun(run) ? `${"*".repeat(run.length - 4)}${run.slice(-4)}` : run,
  );
}
