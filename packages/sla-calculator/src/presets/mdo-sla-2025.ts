/**
 * The MDO SLA as data: Bijlage 2 "Service Level Agreement Dienst MDO, Productieomgeving",
 * version 1.0 of 4 June 2025 (`MDO-SLA`), with the articles of the Bijzondere voorwaarden
 * (`MDO-BV`) that rank above it and set SLA figures (art. 2.10 b support and payment, art. 2.12
 * structural failure, art. 5.2 N-2). Every value cites the clauses it comes from; the logic
 * modules cite nothing themselves.
 *
 * @module
 */
import { cite, date } from "@zorgkit/core";
import { alwaysOpen, mdoOfficeHours, mdoP1Support } from "@zorgkit/core/presets";
import type { SlaDefinition } from "../sla.js";

const sla = (article: string, note?: string) => cite("MDO-SLA", article, note);
const norm90 = { value: { numerator: 90, denominator: 100 }, citations: [sla("9.3")] };

/**
 * The MDO SLA 2025 preset (MDO-SLA 1.0, 4 June 2025).
 *
 * Readings this preset takes where the text leaves room (see docs/guide/sla-calculator.md):
 * the P1 response ("1 uur") runs on office hours ∪ standby, the P1 resolution ("24 uur") round
 * the clock (the support-calendar reading is the compile option `hourClock: "support"`), the P2
 * response on office hours; "N Werkdagen" ends at the close of office hours on the N-th working
 * day; the 90 % norm also applies to response times; maintenance inside a valid published
 * maintenance window is excluded from the availability without its own notice.
 *
 * @example
 * ```ts
 * import { mdoSla2025 } from "@zorgkit/sla-calculator";
 *
 * mdoSla2025.targets.P2.resolution.kind; // => "working-days"
 * mdoSla2025.targets.P1.resolution.kind === "working-time" && mdoSla2025.targets.P1.resolution.clock; // => "24x7"
 * ```
 */
export const mdoSla2025: SlaDefinition = {
  id: "MDO-SLA",
  version: "1.0",
  versionDate: date("2025-06-04"),
  // Each calendar cites its clauses (MDO-SLA §4.1, §2.14, §2.35; §4.2; §7.2) in its `sources`.
  calendars: { officeHours: mdoOfficeHours, p1Support: mdoP1Support, "24x7": alwaysOpen },
  priorityMatrix: {
    value: {
      high: { high: "P1", medium: "P2", low: "P3" },
      medium: { high: "P2", medium: "P3", low: "P4" },
      low: { high: "P3", medium: "P4", low: "P4" },
    },
    citations: [sla("9.2")],
  },
  confidentialityPriority: { value: "P1", citations: [sla("7.4")] },
  targets: {
    P1: {
      response: {
        kind: "working-time",
        hours: 1,
        clock: "p1Support",
        citations: [sla("9.3", "1 uur"), sla("4.2", "this library's reading: on office hours ∪ standby")],
      },
      resolution: {
        kind: "working-time",
        hours: 24,
        clock: "24x7",
        supportClock: "p1Support",
        citations: [
          sla("9.3", "24 uur"),
          sla("9.1", "Incidenten met een hogere Prioriteit hebben altijd voorrang"),
          sla("2.21", "this library's reading: elapsed hours, no calendar"),
        ],
      },
      norm: norm90,
    },
    P2: {
      response: {
        kind: "working-time",
        hours: 4,
        clock: "officeHours",
        citations: [sla("9.3", "4 uur binnen een Werkdag, on office hours (§4.1)")],
      },
      resolution: { kind: "working-days", days: 2, citations: [sla("9.3", "2 Werkdagen")] },
      norm: norm90,
    },
    P3: {
      response: { kind: "working-days", days: 1, citations: [sla("9.3", "1 Werkdag")] },
      resolution: { kind: "working-days", days: 15, citations: [sla("9.3", "15 Werkdagen")] },
      norm: norm90,
    },
    P4: {
      response: { kind: "working-days", days: 3, citations: [sla("9.3", "3 Werkdagen")] },
      resolution: { kind: "by-agreement", citations: [sla("9.3", "In overleg")] },
      norm: norm90,
    },
  },
  normAppliesToResponse: {
    value: true,
    citations: [
      sla(
        "9.3",
        "the footnote speaks of incidents handled in time; applying it to response is this library's reading",
      ),
    ],
  },
  clockStart: { citations: [sla("2.25"), sla("2.21")] },
  responseTime: { citations: [sla("9.3"), sla("2.25")] },
  resolutionTime: { citations: [sla("9.3"), sla("2.21")] },
  phoneCall: {
    value: ["P1"],
    citations: [sla("9.2", "this library's reading: the clock still starts at receipt")],
  },
  supplierOpenedNotice: {
    value: { priorities: ["P1"], form: "e-mail", timing: "without-delay" },
    citations: [sla("9.1", "onverwijld via e-mail")],
  },
  partialSolution: { citations: [sla("9.3")] },
  compliancePeriod: { citations: [sla("9.3"), sla("13")] },
  availability: {
    target: {
      value: { numerator: 997, denominator: 1000 },
      citations: [sla("7.2", "99,7 % per maand, 24 x 7")],
    },
    window: { citations: [sla("2.3", "gemeten over een volledige maand")] },
    unavailableMinutes: { citations: [sla("2.18")] },
    excludedCauses: {
      value: [
        "maintenance",
        "customer-ict",
        "no-technical-influence",
        "attack",
        "incorrect-use",
        "breach-of-agreement",
        "attributable-to-customer",
        "force-majeure",
      ],
      citations: [sla("7.2 item 2 a–h"), sla("2.12", "subcontractors are part of the Infrastructure")],
    },
    maintenanceNoticeRequired: { value: true, citations: [sla("7.2 item 1")] },
    regularWindowsExcluded: {
      value: true,
      citations: [
        sla("7.2 item 2 a", "'Service Window' read as the maintenance window (Onderhoudsvenster, §2.20)"),
        sla("7.1", "jaaroverzicht regulier Onderhoud"),
      ],
    },
  },
  maintenanceNotice: {
    value: { workingDays: 10 },
    citations: [
      sla("7.1", "ongepland Onderhoud: minimaal 10 Werkdagen"),
      sla("7.2 item 1", "uiterlijk 10 Werkdagen"),
    ],
  },
  regularMaintenance: {
    value: { preferredEndBeforeMinute: 8 * 60, preferredStartAfterMinute: 18 * 60, atMostOncePerDays: 14 },
    citations: [
      sla("7.1", "buiten Kantoortijden, waar mogelijk gereed vóór 08:00 en/of ná 18:00; 1 x per 2 weken"),
    ],
  },
  vendorUpdates: {
    value: { critical: { months: 3 }, nonCritical: { months: 6 } },
    citations: [sla("7.1", "Kritisch < 3 maanden, niet kritisch < 6 maanden")],
  },
  releases: {
    supportedOldMajorVersions: { value: 1, citations: [sla("11", "maximaal 1 oude hoofdversie")] },
    majorEndOfLife: { value: { years: 2 }, citations: [sla("11", "2 jaar na de releasedatum End-of-Life")] },
    maxReleasesBehind: { value: 2, citations: [cite("MDO-BV", "5.2", "N-2")] },
    releasesPerYear: { value: 2, citations: [sla("11", "twee Releases per jaar")] },
  },
  breachNotice: {
    value: { hours: 24, bestEffort: true },
    citations: [sla("9.1", "zo mogelijk binnen 24 uur")],
  },
  performanceAlerts: {
    value: { absoluteMs: 10_000, baselineFactor: 10 },
    citations: [sla("7.7", "langer dan 10 seconden; 10 x langer dan de baseline")],
  },
  disasterRecovery: {
    rpo: { value: { hours: 24 }, citations: [sla("7.5"), sla("2.26")] },
    rto: { value: { hours: 24 }, citations: [sla("7.5"), sla("2.27")] },
    recoveryTestEvery: { value: { years: 1 }, citations: [sla("7.6", "Full recovery 1 x per jaar")] },
  },
  structuralFailure: {
    value: {
      lateP1PerQuarter: 3,
      consecutiveQuartersMissingAvailability: 3,
      umbrellaConsultationFromRequests: 2,
    },
    citations: [cite("MDO-BV", "2.12")],
  },
  changeRequestPriority: { value: "P4", citations: [sla("10.3")] },
  reportsFiledBy: { value: "any-employee", citations: [sla("4.3")] },
  changeRequestsFiledBy: { value: "registered-contact", citations: [sla("10.1")] },
  problemIdentification: { citations: [sla("12.1")] },
  supportRequiresPayment: { value: true, citations: [cite("MDO-BV", "2.10 b")] },
  monthlyReport: { citations: [sla("13")] },
};
