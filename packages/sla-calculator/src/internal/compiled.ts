/**
 * The layout of a compiled SLA: compiled calendars by clock, the readings chosen, each target
 * resolved to its clock, and the memo of working-day deadlines. The compiled object *is* this
 * layout; the public type `CompiledSla` shows only `definition`, `years` and `readings`. Not part
 * of the public API (the exports map closes `./internal/*`).
 *
 * @module
 * @internal
 */
import type { CompiledCalendar, Instant } from "@zorgkit/core";
import type { ClockName, Priority, SlaDefinition, TimeTarget } from "../sla.js";

/** Which clock hour targets run on: the definition's, the targets' support clocks, or 24 × 7. */
export type HourClockReading = "contract" | "support" | "24x7";

/**
 * A target resolved for the fast path: `kind` 0 = open time `ms` on `calendar`, 1 = `days`
 * working days, 2 = no target. One shape for all, so the lookups stay monomorphic.
 */
export interface ResolvedTarget {
  readonly kind: 0 | 1 | 2;
  readonly clock: ClockName;
  readonly calendar: CompiledCalendar;
  readonly ms: number;
  readonly days: number;
  readonly target: TimeTarget;
}

/** The internal layout of a compiled SLA. */
export interface SlaLayout {
  readonly [LAYOUT]: true;
  readonly definition: SlaDefinition;
  readonly years: { readonly from: number; readonly to: number };
  readonly readings: {
    readonly hourClock: HourClockReading;
    readonly normAppliesToResponse: boolean;
    readonly effectiveFrom?: Instant;
  };
  readonly clocks: { readonly [clock in ClockName]: CompiledCalendar };
  readonly hourClock: HourClockReading;
  readonly normAppliesToResponse: boolean;
  readonly effectiveFrom: Instant | undefined;
  /** Every target of every priority, resolved to its clock under the readings. */
  readonly resolved: {
    readonly [p in Priority]: { readonly response: ResolvedTarget; readonly resolution: ResolvedTarget };
  };
  /**
   * Memo of working-day deadlines by (local day the clock starts, number of working days). Pure:
   * it only caches values of a deterministic function of the compiled calendars.
   */
  readonly workingDayDueMemo: Map<number, Instant>;
}

/** The brand of a compiled SLA's layout. */
export const LAYOUT: unique symbol = Symbol("zorgkit.sla.compiled");

/** The layout of a compiled SLA (the compiled object itself). */
export function layoutOf(sla: object): SlaLayout {
  return sla as SlaLayout;
}

/** Whether a value is a compiled SLA (and not a plain definition). */
export function hasLayout(u: object): u is SlaLayout {
  return LAYOUT in u;
}

/** The clock a target runs on under a reading (working-day targets count office time). */
export function clockUnder(reading: HourClockReading, target: TimeTarget): ClockName {
  if (target.kind !== "working-time") return "officeHours";
  if (reading === "24x7") return "24x7";
  if (reading === "support") return target.supportClock ?? target.clock;
  return target.clock;
}
