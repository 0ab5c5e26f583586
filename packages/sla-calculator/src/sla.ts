/**
 * The shape of an SLA as data: every figure a contract states, with its unit and its clauses,
 * and every clause the calculator's explanations cite. A leaf module: the logic and the presets
 * import it, it imports neither. A new SLA is a new value of {@link SlaDefinition} — in code, or
 * decoded from JSON with `decodeSlaDefinition` — not new code.
 *
 * @module
 */
import {
  BusinessCalendar,
  Citations,
  DateLength,
  Figure,
  LocalDate,
  Ratio,
  WholeNumber,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";

/** A rule without a figure: only the clauses an explanation cites for it. */
const Clause = Schema.Struct({ citations: Citations });

const PositiveHours = Schema.Number.check(
  Schema.isFinite(),
  Schema.isGreaterThan(0),
  Schema.isLessThanOrEqualTo(100_000),
);

/** Priority (prioriteit) of an incident or change: P1 is the most urgent (MDO-SLA §2.23, §9.2). */
export const Priority = Schema.Literals(["P1", "P2", "P3", "P4"]);
/** Priority (prioriteit), `P1`–`P4`. */
export type Priority = typeof Priority.Type;

/** The priorities from most to least urgent (from the {@link Priority} schema). */
export const priorities: ReadonlyArray<Priority> = Priority.literals;

/**
 * Impact or urgency level (impact / urgentie), MDO-SLA §9.2.
 * Impact: `high` = very large (several departments, business-critical), `medium` = one
 * department, several users, `low` = a few users, not business-critical.
 * Urgency: `high` = cannot work, `medium` = temporarily not working is acceptable, `low` = a
 * workaround is possibly available.
 */
export const Level = Schema.Literals(["high", "medium", "low"]);
/** Impact or urgency level. */
export type Level = typeof Level.Type;

/**
 * Cause of an outage (oorzaak van niet-beschikbaarheid), MDO-SLA §7.2 item 2:
 * - `supplier` — the supplier's own service or infrastructure (counts);
 * - `subcontractor` — a subcontractor's or platform supplier's service: part of the
 *   Infrastructure (§2.12, §2.33), so it counts;
 * - `maintenance` — agreed maintenance (a): excluded inside a valid published maintenance window
 *   or when announced in time on its own (§7.1, §7.2 item 1), else it counts;
 * - `customer-ict` — incidents in the customer's ICT environment (b);
 * - `no-technical-influence` — services the supplier has no technical influence on (c);
 * - `attack` — (D)DoS or malware attack, including ransomware (d);
 * - `incorrect-use` — incorrect use by the customer (e);
 * - `breach-of-agreement` — acting against the agreement (f);
 * - `attributable-to-customer` — otherwise attributable to the customer (g);
 * - `force-majeure` — force majeure (h).
 */
export const OutageCause = Schema.Literals([
  "supplier",
  "subcontractor",
  "maintenance",
  "customer-ict",
  "no-technical-influence",
  "attack",
  "incorrect-use",
  "breach-of-agreement",
  "attributable-to-customer",
  "force-majeure",
]);
/** Cause of an outage. */
export type OutageCause = typeof OutageCause.Type;

/** Every outage cause (from the {@link OutageCause} schema). */
export const outageCauses: ReadonlyArray<OutageCause> = OutageCause.literals;

/**
 * The named clocks an SLA's targets run on. `officeHours` are the supplier's office hours
 * (kantoortijden), `p1Support` the hours in which a P1 incident is worked on (office hours ∪
 * standby, beschikbaarheidsdienst), `24x7` every minute.
 */
export const ClockName = Schema.Literals(["officeHours", "p1Support", "24x7"]);
/** A named clock. */
export type ClockName = typeof ClockName.Type;

/**
 * A maximum response or resolution time (maximale reactietijd / oplostijd).
 * - `working-time`: an amount of open time on a clock ("1 uur", "4 uur", "24 uur"); `supportClock`
 *   is the clock of the other reading where the text allows one (P1 resolution: office hours ∪
 *   standby), chosen with the compile option `hourClock: "support"`.
 * - `working-days`: "N Werkdagen" — ends at the close of office hours on the N-th working day
 *   after the day the clock starts.
 * - `by-agreement`: "In overleg" — no target unless one is agreed for the incident.
 */
export const TimeTarget = Schema.Union([
  Schema.Struct({
    kind: Schema.Literal("working-time"),
    hours: PositiveHours,
    clock: ClockName,
    supportClock: Schema.optionalKey(ClockName),
    citations: Citations,
  }),
  Schema.Struct({
    kind: Schema.Literal("working-days"),
    days: WholeNumber.check(Schema.isLessThanOrEqualTo(4095)),
    citations: Citations,
  }),
  Schema.Struct({ kind: Schema.Literal("by-agreement"), citations: Citations }),
]);
/** A maximum response or resolution time. */
export type TimeTarget = typeof TimeTarget.Type;

/** The two targets of a priority and the share of incidents that must meet them. */
export const PriorityTargets = Schema.Struct({
  response: TimeTarget,
  resolution: TimeTarget,
  /** Norm: the minimum share of incidents handled within time. */
  norm: Figure(Ratio),
});
/** The targets of one priority. */
export type PriorityTargets = typeof PriorityTargets.Type;

/** A length of time stated in hours (24 uur). */
const Hours = Schema.Struct({ hours: PositiveHours });

const MatrixRow = Schema.Struct({ high: Priority, medium: Priority, low: Priority });
const FilerRole = Schema.Literals(["any-employee", "registered-contact"]);

/**
 * Everything the calculator needs to know about an SLA: the figures, the calendars of its clocks
 * and the clauses its explanations cite. The schema is the single definition of a valid SLA;
 * `decodeSlaDefinition` reads one from JSON.
 */
export const SlaDefinition = Schema.Struct({
  /** Source document id used in citations, e.g. `MDO-SLA`. */
  id: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(64)),
  version: Schema.String.check(Schema.isMaxLength(64)),
  /** Date of the version. */
  versionDate: LocalDate,
  /**
   * The business calendars of the clocks: `officeHours` also defines working days (werkdagen);
   * `24x7` is the availability window and the round-the-clock clock.
   */
  calendars: Schema.Struct({
    officeHours: BusinessCalendar,
    p1Support: BusinessCalendar,
    "24x7": BusinessCalendar,
  }),
  /** Impact × urgency → priority (prioriteitstelling). */
  priorityMatrix: Figure(Schema.Struct({ high: MatrixRow, medium: MatrixRow, low: MatrixRow })),
  /** A deviation in confidentiality is always handled at this priority. */
  confidentialityPriority: Figure(Priority),
  /** Response and resolution targets per priority. */
  targets: Schema.Struct({
    P1: PriorityTargets,
    P2: PriorityTargets,
    P3: PriorityTargets,
    P4: PriorityTargets,
  }),
  /** Apply the norm to response times too (the norm's footnote speaks of handling only). */
  normAppliesToResponse: Figure(Schema.Boolean),
  /** The clock starts at the receipt of the report (reactietijd, oplostijd). */
  clockStart: Clause,
  /** What the response time is (receipt to pick-up). */
  responseTime: Clause,
  /** What the resolution time is (receipt to solution, including the response time). */
  resolutionTime: Clause,
  /** Priorities for which the reporter must also phone; the clock still starts at receipt. */
  phoneCall: Figure(Schema.Array(Priority).check(Schema.isMaxLength(4))),
  /** An incident the supplier opens itself: whom it informs, how and when. */
  supplierOpenedNotice: Figure(
    Schema.Struct({
      priorities: Schema.Array(Priority).check(Schema.isMaxLength(4)),
      form: Schema.Literals(["e-mail"]),
      timing: Schema.Literals(["without-delay"]),
    }),
  ),
  /** Remaining work after a partial solution continues at a lower priority. */
  partialSolution: Clause,
  /** Incidents are attributed to the period they were received in (compliance, reporting). */
  compliancePeriod: Clause,
  /** Monthly availability. */
  availability: Schema.Struct({
    /** Minimum availability per calendar month. */
    target: Figure(Ratio),
    /** The availability window and measuring period (24 × 7, per month). */
    window: Clause,
    /** Minutes not or only partly available. */
    unavailableMinutes: Clause,
    /** Causes whose unavailability is not attributed to the supplier. */
    excludedCauses: Figure(Schema.Array(OutageCause).check(Schema.isMaxLength(10))),
    /** Maintenance outside a valid maintenance window is excluded only when announced in time. */
    maintenanceNoticeRequired: Figure(Schema.Boolean),
    /** Maintenance inside a valid published maintenance window is excluded without its own notice. */
    regularWindowsExcluded: Figure(Schema.Boolean),
  }),
  /** Notice for maintenance and for work that affects availability. */
  maintenanceNotice: Figure(
    Schema.Struct({ workingDays: WholeNumber.check(Schema.isLessThanOrEqualTo(4095)) }),
  ),
  /** Regular maintenance outside office hours: preferred times and frequency. */
  regularMaintenance: Figure(
    Schema.Struct({
      /** Preferably finished before this minute of the day (08:00 = 480). */
      preferredEndBeforeMinute: WholeNumber.check(Schema.isLessThanOrEqualTo(1440)),
      /** Preferably started after this minute of the day (18:00 = 1080). */
      preferredStartAfterMinute: WholeNumber.check(Schema.isLessThanOrEqualTo(1440)),
      /** At most once per this many days. */
      atMostOncePerDays: WholeNumber.check(Schema.isLessThanOrEqualTo(366)),
    }),
  ),
  /** Lead times for installing subcontractors' updates. */
  vendorUpdates: Figure(Schema.Struct({ critical: DateLength, nonCritical: DateLength })),
  /** Release support. */
  releases: Schema.Struct({
    /** Old major versions supported besides the newest. */
    supportedOldMajorVersions: Figure(WholeNumber),
    /** A major version is end-of-life this long after its release date. */
    majorEndOfLife: Figure(DateLength),
    /** The customer's release may be at most this many releases older than the newest (N-2). */
    maxReleasesBehind: Figure(WholeNumber),
    /** Planned releases per year. */
    releasesPerYear: Figure(WholeNumber),
  }),
  /** Security incident / data breach: reported to the controller, if possible, within. */
  breachNotice: Figure(Schema.Struct({ hours: PositiveHours, bestEffort: Schema.Boolean })),
  /** Performance alerts. */
  performanceAlerts: Figure(
    Schema.Struct({
      absoluteMs: Schema.Number.check(Schema.isFinite(), Schema.isGreaterThan(0)),
      baselineFactor: Schema.Number.check(Schema.isFinite(), Schema.isGreaterThan(0)),
    }),
  ),
  /** Disaster recovery objectives and the recovery test. */
  disasterRecovery: Schema.Struct({
    rpo: Figure(Hours),
    rto: Figure(Hours),
    recoveryTestEvery: Figure(DateLength),
  }),
  /** When the service levels are "structurally" not met. */
  structuralFailure: Figure(
    Schema.Struct({
      lateP1PerQuarter: WholeNumber.check(Schema.isGreaterThan(0)),
      consecutiveQuartersMissingAvailability: WholeNumber.check(Schema.isGreaterThan(0)),
      /** From this many customers asking, the supplier consults the umbrella organisation(s) instead. */
      umbrellaConsultationFromRequests: WholeNumber,
    }),
  ),
  /** Change requests are handled at this priority. */
  changeRequestPriority: Figure(Priority),
  /** Who may file a report (melding). */
  reportsFiledBy: Figure(FilerRole),
  /** Who may file a change request (wijziging). */
  changeRequestsFiledBy: Figure(FilerRole),
  /** A report not solved directly but with a workaround is classified as a problem. */
  problemIdentification: Clause,
  /** Support is not owed while a payment obligation is unmet. */
  supportRequiresPayment: Figure(Schema.Boolean),
  /** The monthly service-level report. */
  monthlyReport: Clause,
});
/** Everything the calculator needs to know about an SLA. */
export type SlaDefinition = typeof SlaDefinition.Type;
