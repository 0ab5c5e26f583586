/**
 * A compiled SLA: the definition with its business calendars compiled once, and the reading
 * options chosen, ready for fast deadline and elapsed-time queries.
 *
 * @module
 */
import { type CompiledCalendar, compileCalendar, type Instant } from "@zorgkit/core";
import type { ClockName, SlaDefinition } from "./sla.js";

/** Options that choose between readings of the text. Defaults are the library's readings. */
export interface SlaOptions {
  /**
   * `contract` (default): hour targets run on the clock the definition gives (P1 on office hours
   * ∪ standby, P2 on office hours). `24x7`: every hour target runs on a 24 × 7 clock.
   * Working-day targets always count working days.
   */
  readonly hourClock?: "contract" | "24x7";
  /** Apply the norm to response times as well (default: the definition's `normAppliesToResponse`). */
  readonly normAppliesToResponse?: boolean;
  /** The SLA applies from this instant (first MDO in production, MDO-BV art. 4.5); nothing before it is measured. */
  readonly effectiveFrom?: Instant;
  /** First and last year the calendars are compiled for (default 2020–2040). */
  readonly years?: { readonly from: number; readonly to: number };
}

/** An SLA ready for computation; build it with {@link compileSla}. */
export interface CompiledSla {
  readonly definition: SlaDefinition;
  /** Compiled calendars by clock name. */
  readonly clocks: { readonly [clock in ClockName]: CompiledCalendar };
  readonly hourClock: "contract" | "24x7";
  readonly normAppliesToResponse: boolean;
  readonly effectiveFrom: Instant | undefined;
  /**
   * @internal Memo of working-day deadlines by (local day the clock starts, number of working
   * days). Pure: it only caches values of a deterministic function of the compiled calendars.
   */
  readonly workingDayDueMemo: Map<number, Instant>;
}

/** Default compiled range of {@link compileSla}. */
export const DEFAULT_SLA_YEARS = { from: 2020, to: 2040 } as const;

/**
 * Compile an SLA definition: compiles its calendars (a few milliseconds) and fixes the reading
 * options. Compile once, reuse for every query. Instants outside the compiled years make the
 * calendar queries throw a `RangeError` naming the range; widen `years` if you need more.
 *
 * @example
 * ```ts
 * const sla = compileSla(mdoSla2025);
 * const sla24x7 = compileSla(mdoSla2025, { hourClock: "24x7" });
 * ```
 */
export function compileSla(definition: SlaDefinition, options: SlaOptions = {}): CompiledSla {
  const years = options.years ?? DEFAULT_SLA_YEARS;
  const compile = (clock: ClockName) => compileCalendar(definition.calendars[clock], years);
  return {
    definition,
    clocks: { officeHours: compile("officeHours"), p1Support: compile("p1Support"), "24x7": compile("24x7") },
    hourClock: options.hourClock ?? "contract",
    normAppliesToResponse: options.normAppliesToResponse ?? definition.normAppliesToResponse.value,
    effectiveFrom: options.effectiveFrom,
    workingDayDueMemo: new Map(),
  };
}
