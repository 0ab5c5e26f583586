/**
 * The compiled role state: the event log folded once into an index, so that {@link authorize}
 * and {@link mayGrant} cost a few look-ups. Opaque (ADR 0006 §5): its layout lives in
 * `src/internal/`.
 *
 * @module
 */
import type { Citation } from "@zorgkit/core";
import type { RoleEvent } from "./events.js";
import { fold, type RejectedEvent, type RoleState } from "./internal/state.js";
import type { RoleRules } from "./rulebook.js";

/** An event the fold did not apply, and why (BSN-free: ids, the rule and its citations only). */
export interface RoleEventNote {
  readonly eventId: string;
  readonly tag: RoleEvent["_tag"];
  /** The rule that refused it. */
  readonly rule: RejectedEvent["rule"];
  readonly en: string;
  /** The rulebook's citations of that rule. */
  readonly citations: ReadonlyArray<Citation>;
}

declare const CompiledRolesBrand: unique symbol;

/** The compiled role state of one rulebook (opaque). */
export interface CompiledRoles {
  readonly [CompiledRolesBrand]: "CompiledRoles";
  /** The rulebook it was compiled with. */
  readonly definition: RoleRules;
  /** How many events were folded. */
  readonly eventCount: number;
  /**
   * Events not applied, with the rule that refused them and its citations: a grant, revocation,
   * consent, withdrawal, engagement, release or member request by someone without the authority at
   * that instant (for instance a user of another organisation), an event for an unknown organisation …
   * A rejected event changes nothing in the state.
   */
  readonly rejected: ReadonlyArray<RoleEventNote>;
}

const STATE: unique symbol = Symbol("zorgkit.roles.state");

/** The internal state of a compiled value. @internal */
export function stateOf(roles: CompiledRoles): RoleState {
  const s = (roles as unknown as { [STATE]?: RoleState })[STATE];
  if (s === undefined)
    throw new TypeError("Not a CompiledRoles value: build it with compileRoles(events, rules)");
  return s;
}

/**
 * Fold a role event log into the compiled state for a rulebook. Events are applied in the order
 * of their instants (events with the same instant in the order given), so the result does not
 * depend on how the log was sorted. A grant is applied only when its grantor had the authority at
 * that instant (the signatory for the main contact, the main contact for functional roles, a
 * cooperation contact for the MDO manager, an MDO manager for meeting roles); otherwise it is
 * listed in `rejected` and changes nothing. The same holds for revocations (the grant's authority),
 * view-as consents and withdrawals, engaging and releasing an intermediary (the signatory or the main
 * contact) and member authorisation and revocation requests (a registered cooperation contact).
 *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 * import { compileRoles, mozaRoles } from "@zorgkit/authorization-roles";
 * const roles = compileRoles(
 *   [{ _tag: "OrganisationRegistered", eventId: "e1", at: instant("2026-01-05T09:00:00+01:00"), organisation: "01123456", provider: true }] as never,
 *   mozaRoles,
 * );
 * roles.rejected.length; // => 0
 * ```
 */
export function compileRoles(events: ReadonlyArray<RoleEvent>, rules: RoleRules): CompiledRoles {
  const s = fold(events, rules);
  const compiled = {
    definition: rules,
    eventCount: events.length,
    rejected: s.rejected,
  } as unknown as CompiledRoles;
  Object.defineProperty(compiled, STATE, { value: s, enumerable: false });
  return Object.freeze(compiled);
}
