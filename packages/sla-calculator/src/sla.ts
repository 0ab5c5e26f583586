/**
 * The shape of an SLA as data: every figure a contract states, with its unit and its clause.
 * Logic modules read these values; they never contain a number from a contract. A new SLA is a
 * new value of {@link SlaDefinition}, not new code.
 *
 * @module
 */
import type { BusinessCalendar, Citation } from "@zorgkit/core";
import type { Level, Priority } from "./priority.js";

/** An exact fraction, used for norms and targets (90 % = 90/100, 99,7 % = 997/1000). */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * The named clocks an SLA's targets run on. `officeHours` are the supplier's office hours
 * (kantoortijden), `p1Support` the hours in which a P1 incident is worked on (office hours ∪
 * standby, beschikbaarheidsdienst), `24x7` every minute.
 */
export type ClockName = "officeHours" | "p1Support" | "24x7";

/**
 * A maximum response or resolution time (maximale reactietijd / oplostijd).
 * - `working-time`: an amount of open time on a clock ("1 uur", "4 uur", "24 uur").
 * - `working-days`: "N Werkdagen" — ends at the close of office hours on the N-th working day
 *   after the day the clock starts (see {@link deadlines}).
 * - `by-agreement`: "In overleg" — no target unless one is agreed for the incident.
 */
export type TimeTarget =
  | {
      readonly kind: "working-time";
      readonly hours: number;
      readonly clock: ClockName;
      readonly source: Citation;
    }
  | { readonly kind: "working-days"; readonly days: number; readonly source: Citation }
  | { readonly kind: "by-agreement"; readonly source: Citation };

/** The two targets of a priority and the share of incidents that must meet them. */
export interface PriorityTargets {
  readonly response: TimeTarget;
  readonly resolution: TimeTarget;
  /** Norm: the minimum share of incidents handled within time. */
  readonly norm: { readonly value: Ratio; readonly source: Citation };
}

/** Causes of unavailability. See {@link OutageCause} for their meaning. */
export type OutageCauseName =
  | "supplier"
  | "subcontractor"
  | "maintenance"
  | "customer-ict"
  | "no-technical-influence"
  | "attack"
  | "incorrect-use"
  | "breach-of-agreement"
  | "attributable-to-customer"
  | "force-majeure";

/** A figure with the clause it comes from. */
export interface Cited<A> {
  readonly value: A;
  readonly source: Citation | ReadonlyArray<Citation>;
}

/** A length of time stated in hours (24 uur). */
export interface Hours {
  readonly hours: number;
}

/** A length of time stated in months or years (3 maanden, 2 jaar). */
export interface CalendarLength {
  readonly years?: number;
  readonly months?: number;
}

/** Everything the calculator needs to know about an SLA. */
export interface SlaDefinition {
  /** Source document id used in citations, e.g. `MDO-SLA`. */
  readonly id: string;
  readonly version: string;
  /** Date of the version, ISO `YYYY-MM-DD`. */
  readonly versionDate: string;
  /**
   * The business calendars of the clocks: `officeHours` also defines working days (werkdagen);
   * `24x7` is the availability window and the clock of the `24x7` option.
   */
  readonly calendars: { readonly [clock in ClockName]: BusinessCalendar };
  /** Impact × urgency → priority (prioriteitstelling). */
  readonly priorityMatrix: Cited<{
    readonly [impact in Level]: { readonly [urgency in Level]: Priority };
  }>;
  /** A deviation in confidentiality is always handled at this priority. */
  readonly confidentialityPriority: Cited<Priority>;
  /** Response and resolution targets per priority. */
  readonly targets: { readonly [p in Priority]: PriorityTargets };
  /** Apply the norm to response times too (the norm's footnote speaks of handling only). */
  readonly normAppliesToResponse: Cited<boolean>;
  /** Monthly availability. */
  readonly availability: {
    /** Minimum availability per calendar month. */
    readonly target: Cited<Ratio>;
    /** Causes whose unavailability is not attributed to the supplier. */
    readonly excludedCauses: Cited<ReadonlyArray<OutageCauseName>>;
    /** Maintenance counts as announced only with this many working days' notice. */
    readonly maintenanceNoticeRequired: Cited<boolean>;
  };
  /** Notice for maintenance and for work that affects availability. */
  readonly maintenanceNotice: Cited<{ readonly workingDays: number }>;
  /** Regular maintenance outside office hours: preferred times and frequency. */
  readonly regularMaintenance: Cited<{
    /** Preferably finished before this minute of the day (08:00 = 480). */
    readonly preferredEndBeforeMinute: number;
    /** Preferably started after this minute of the day (18:00 = 1080). */
    readonly preferredStartAfterMinute: number;
    /** At most once per this many days. */
    readonly atMostOncePerDays: number;
  }>;
  /** Lead times for installing subcontractors' updates. */
  readonly vendorUpdates: Cited<{ readonly critical: CalendarLength; readonly nonCritical: CalendarLength }>;
  /** Release support. */
  readonly releases: {
    /** Old major versions supported besides the newest. */
    readonly supportedOldMajorVersions: Cited<number>;
    /** A major version is end-of-life this long after its release date. */
    readonly majorEndOfLife: Cited<CalendarLength>;
    /** The customer's release may be at most this many releases older than the newest (N-2). */
    readonly maxReleasesBehind: Cited<number>;
    /** Planned releases per year. */
    readonly releasesPerYear: Cited<number>;
  };
  /** Security incident / data breach: reported to the controller, if possible, within. */
  readonly breachNotice: Cited<Hours & { readonly bestEffort: boolean }>;
  /** Performance alerts. */
  readonly performanceAlerts: Cited<{ readonly absoluteMs: number; readonly baselineFactor: number }>;
  /** Disaster recovery objectives and the recovery test. */
  readonly disasterRecovery: {
    readonly rpo: Cited<Hours>;
    readonly rto: Cited<Hours>;
    readonly recoveryTestEvery: Cited<CalendarLength>;
  };
  /** When the service levels are "structurally" not met. */
  readonly structuralFailure: Cited<{
    readonly lateP1PerQuarter: number;
    readonly consecutiveQuartersMissingAvailability: number;
    /** From this many customers asking, the supplier consults the umbrella organisation(s) instead. */
    readonly umbrellaConsultationFromRequests: number;
  }>;
  /** Change requests are handled at this priority. */
  readonly changeRequestPriority: Cited<Priority>;
}

/** The citations of a {@link Cited} figure as a list. *
 * @example
 * ```ts
 * citationsOf(mdoSla2025.maintenanceNotice.source); // [MDO-SLA §7.1, MDO-SLA §7.2 item 1]
 * ```
 */
export function citationsOf(source: Citation | ReadonlyArray<Citation>): ReadonlyArray<Citation> {
  return isCitationList(source) ? source : [source];
}

function isCitationList(source: Citation | ReadonlyArray<Citation>): source is ReadonlyArray<Citation> {
  return Array.isArray(source);
}
