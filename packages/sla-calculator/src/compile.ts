/**
 * A compiled SLA: the definition with its business calendars compiled once, and the reading
 * options chosen, ready for fast deadline and elapsed-time queries. Opaque: its layout lives in
 * `internal/compiled.ts`.
 *
 * @module
 */
import { compileCalendar, type Instant } from "@zorgkit/core";
import {
  clockUnder,
  type HourClockReading,
  hasLayout,
  LAYOUT,
  type ResolvedTarget,
  type SlaLayout,
} from "./internal/compiled.js";
import type { ClockName, Priority, SlaDefinition, TimeTarget } from "./sla.js";

const MS_PER_HOUR = 3_600_000;

/** Options that choose between readings of the text. Defaults are the library's readings. */
export interface SlaOptions {
  /**
   * `contract` (default): hour targets run on the clock the definition gives (in the MDO preset:
   * P1 response on office hours ∪ standby, P1 resolution round the clock, P2 response on office
   * hours). `support`: hour targets that name a `supportClock` run on it (MDO: the P1 resolution
   * on office hours ∪ standby). `24x7`: every hour target runs round the clock. Working-day
   * targets always count working days.
   */
  readonly hourClock?: HourClockReading;
  /** Apply the norm to response times as well (default: the definition's `normAppliesToResponse`). */
  readonly normAppliesToResponse?: boolean;
  /** The SLA applies from this instant (first MDO in production, MDO-BV art. 4.5); nothing before it is measured. */
  readonly effectiveFrom?: Instant;
  /** First and last year the calendars are compiled for (default 2020–2040). */
  readonly years?: { readonly from: number; readonly to: number };
}

declare const CompiledSlaBrand: unique symbol;

/**
 * An SLA ready for computation; build it with {@link compileSla}. Opaque apart from the
 * definition it was compiled from, the years it covers and the readings chosen.
 */
export interface CompiledSla {
  readonly [CompiledSlaBrand]: "CompiledSla";
  readonly definition: SlaDefinition;
  /** The years the calendars are compiled for; queries outside them throw a `RangeError`. */
  readonly years: { readonly from: number; readonly to: number };
  /** The readings chosen at compile time. */
  readonly readings: {
    readonly hourClock: HourClockReading;
    readonly normAppliesToResponse: boolean;
    readonly effectiveFrom?: Instant;
  };
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
 * import { compileSla, mdoSla2025 } from "@zorgkit/sla-calculator";
 *
 * const sla = compileSla(mdoSla2025);
 * const onSupportHours = compileSla(mdoSla2025, { hourClock: "support" });
 * sla.readings.hourClock; // => "contract"
 * onSupportHours.readings.hourClock; // => "support"
 * ```
 */
export function compileSla(definition: SlaDefinition, options: SlaOptions = {}): CompiledSla {
  const years = options.years ?? DEFAULT_SLA_YEARS;
  const compile = (clock: ClockName) => compileCalendar(definition.calendars[clock], years);
  const clocks = {
    officeHours: compile("officeHours"),
    p1Support: compile("p1Support"),
    "24x7": compile("24x7"),
  };
  const hourClock = options.hourClock ?? "contract";
  const normAppliesToResponse = options.normAppliesToResponse ?? definition.normAppliesToResponse.value;
  const resolve = (target: TimeTarget): ResolvedTarget => {
    const clock = clockUnder(hourClock, target);
    const calendar = clocks[clock];
    switch (target.kind) {
      case "working-time":
        return { kind: 0, clock, calendar, ms: target.hours * MS_PER_HOUR, days: 0, target };
      case "working-days":
        return { kind: 1, clock, calendar, ms: 0, days: target.days, target };
      case "by-agreement":
        return { kind: 2, clock, calendar, ms: 0, days: 0, target };
    }
  };
  const row = (p: Priority) => ({
    response: resolve(definition.targets[p].response),
    resolution: resolve(definition.targets[p].resolution),
  });
  const layout: SlaLayout = {
    [LAYOUT]: true,
    definition,
    years: { from: years.from, to: years.to },
    readings:
      options.effectiveFrom === undefined
        ? { hourClock, normAppliesToResponse }
        : { hourClock, normAppliesToResponse, effectiveFrom: options.effectiveFrom },
    clocks,
    hourClock,
    normAppliesToResponse,
    effectiveFrom: options.effectiveFrom,
    resolved: { P1: row("P1"), P2: row("P2"), P3: row("P3"), P4: row("P4") },
    workingDayDueMemo: new Map(),
  };
  return layout as unknown as CompiledSla;
}

/**
 * The definition behind a compiled SLA or a plain definition: functions that only read figures
 * accept either (ADR 0006 §1).
 *
 * @internal
 */
export function definitionOf(sla: CompiledSla | SlaDefinition): SlaDefinition {
  return hasLayout(sla) ? (sla as CompiledSla).definition : (sla as SlaDefinition);
}
