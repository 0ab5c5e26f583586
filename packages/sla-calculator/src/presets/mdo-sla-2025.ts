/**
 * The MDO SLA as data: Bijlage 2 "Service Level Agreement Dienst MDO, Productieomgeving",
 * version 1.0 of 4 June 2025 (`MDO-SLA`), with the two articles of the Bijzondere voorwaarden
 * (`MDO-BV`) that rank above it and set SLA figures (art. 2.12 structural failure, art. 5.2 N-2).
 * Every value cites the clause it comes from.
 *
 * @module
 */
import { alwaysOpen, cite, mdoOfficeHours, mdoP1Support } from "@zorgkit/core";
import type { SlaDefinition } from "../sla.js";

const sla = (article: string, note?: string) => cite("MDO-SLA", article, note);

/**
 * The MDO SLA 2025 preset (MDO-SLA 1.0, 4 June 2025).
 *
 * Readings this preset takes where the text leaves room (see docs/guide/sla-calculator.md):
 * hour targets of P1 run on office hours ∪ standby, of P2 on office hours; "N Werkdagen" ends at
 * the close of office hours on the N-th working day; the 90 % norm also applies to response times.
 *
 * @example
 * ```ts
 * import { mdoSla2025 } from "@zorgkit/sla-calculator";
 * mdoSla2025.targets.P2.resolution; // { kind: "working-days", days: 2, source: MDO-SLA §9.3 }
 * ```
 */
export const mdoSla2025: SlaDefinition = {
  id: "MDO-SLA",
  version: "1.0",
  versionDate: "2025-06-04",
  // Each calendar cites its clauses (MDO-SLA §4.1, §2.14, §2.35; §4.2; §7.2) in its `sources`.
  calendars: { officeHours: mdoOfficeHours, p1Support: mdoP1Support, "24x7": alwaysOpen },
  priorityMatrix: {
    value: {
      high: { high: "P1", medium: "P2", low: "P3" },
      medium: { high: "P2", medium: "P3", low: "P4" },
      low: { high: "P3", medium: "P4", low: "P4" },
    },
    source: sla("9.2"),
  },
  confidentialityPriority: { value: "P1", source: sla("7.4") },
  targets: {
    P1: {
      response: {
        kind: "working-time",
        hours: 1,
        clock: "p1Support",
        source: sla("9.3", "1 uur, on office hours ∪ standby (§4.1, §4.2)"),
      },
      resolution: {
        kind: "working-time",
        hours: 24,
        clock: "p1Support",
        source: sla("9.3", "24 uur, on office hours ∪ standby (§4.1, §4.2)"),
      },
      norm: { value: { numerator: 90, denominator: 100 }, source: sla("9.3") },
    },
    P2: {
      response: {
        kind: "working-time",
        hours: 4,
        clock: "officeHours",
        source: sla("9.3", "4 uur binnen een Werkdag, on office hours (§4.1)"),
      },
      resolution: { kind: "working-days", days: 2, source: sla("9.3", "2 Werkdagen") },
      norm: { value: { numerator: 90, denominator: 100 }, source: sla("9.3") },
    },
    P3: {
      response: { kind: "working-days", days: 1, source: sla("9.3", "1 Werkdag") },
      resolution: { kind: "working-days", days: 15, source: sla("9.3", "15 Werkdagen") },
      norm: { value: { numerator: 90, denominator: 100 }, source: sla("9.3") },
    },
    P4: {
      response: { kind: "working-days", days: 3, source: sla("9.3", "3 Werkdagen") },
      resolution: { kind: "by-agreement", source: sla("9.3", "In overleg") },
      norm: { value: { numerator: 90, denominator: 100 }, source: sla("9.3") },
    },
  },
  normAppliesToResponse: {
    value: true,
    source: sla(
      "9.3",
      "the footnote speaks of incidents handled in time; applying it to response is this library's reading",
    ),
  },
  availability: {
    target: { value: { numerator: 997, denominator: 1000 }, source: sla("7.2", "99,7 % per maand, 24 x 7") },
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
      source: [sla("7.2 item 2 a–h"), sla("2.12", "subcontractors are part of the Infrastructure")],
    },
    maintenanceNoticeRequired: { value: true, source: sla("7.2 item 1") },
  },
  maintenanceNotice: {
    value: { workingDays: 10 },
    source: [
      sla("7.1", "ongepland Onderhoud: minimaal 10 Werkdagen"),
      sla("7.2 item 1", "uiterlijk 10 Werkdagen"),
    ],
  },
  regularMaintenance: {
    value: { preferredEndBeforeMinute: 8 * 60, preferredStartAfterMinute: 18 * 60, atMostOncePerDays: 14 },
    source: sla(
      "7.1",
      "buiten Kantoortijden, waar mogelijk gereed vóór 08:00 en/of ná 18:00; 1 x per 2 weken",
    ),
  },
  vendorUpdates: {
    value: { critical: { months: 3 }, nonCritical: { months: 6 } },
    source: sla("7.1", "Kritisch < 3 maanden, niet kritisch < 6 maanden"),
  },
  releases: {
    supportedOldMajorVersions: { value: 1, source: sla("11", "maximaal 1 oude hoofdversie") },
    majorEndOfLife: { value: { years: 2 }, source: sla("11", "2 jaar na de releasedatum End-of-Life") },
    maxReleasesBehind: { value: 2, source: cite("MDO-BV", "5.2", "N-2") },
    releasesPerYear: { value: 2, source: sla("11", "twee Releases per jaar") },
  },
  breachNotice: {
    value: { hours: 24, bestEffort: true },
    source: sla("9.1", "zo mogelijk binnen 24 uur"),
  },
  performanceAlerts: {
    value: { absoluteMs: 10_000, baselineFactor: 10 },
    source: sla("7.7", "langer dan 10 seconden; 10 x langer dan de baseline"),
  },
  disasterRecovery: {
    rpo: { value: { hours: 24 }, source: sla("7.5") },
    rto: { value: { hours: 24 }, source: sla("7.5") },
    recoveryTestEvery: { value: { years: 1 }, source: sla("7.6", "Full recovery 1 x per jaar") },
  },
  structuralFailure: {
    value: {
      lateP1PerQuarter: 3,
      consecutiveQuartersMissingAvailability: 3,
      umbrellaConsultationFromRequests: 2,
    },
    source: cite("MDO-BV", "2.12"),
  },
  changeRequestPriority: { value: "P4", source: sla("10.3") },
};
