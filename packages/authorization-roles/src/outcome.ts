/**
 * The value of an access decision (a leaf module: `authorize` and the audit record both use it).
 *
 * @module
 */
import type { RuleId } from "./rulebook.js";

/** The value of an access decision. */
export interface AccessOutcome {
  readonly decision: "allow" | "deny";
  /** The first check that failed (on deny; absent on allow). */
  readonly failedCheck?: RuleId;
  /** The roles that grant the action (on allow): role ids, or `view-as`, `intermediary`, `mandate`. */
  readonly grantingRoles: ReadonlyArray<string>;
}
