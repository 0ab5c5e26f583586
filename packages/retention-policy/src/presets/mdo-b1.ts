/**
 * The retention table of the MDO processing annex (`MDO-B1`, "Bewaartermijnen").
 *
 * @module
 */
import { cite } from "@zorgkit/core";
import type { RetentionPolicy } from "../rulebook.js";

const table = (row: string, note: string) => cite("MDO-B1", `Bewaartermijnen, ${row}`, note);

/**
 * MDO-B1's retention table as a policy:
 *
 * - `patient-registration` (N.A.W., BSN, birth date, sex, health data) and `mdo-report` — "Partijen
 *   maken in onderling overleg nadere afspraken": by agreement. Until the parties agree a period
 *   (`byAgreement({ event, duration, bound })` in your copy of the preset) records of these
 *   classes are evaluated `incomplete` — never given a default.
 * - `radiology-images` delivered through the Twiin portal — 14 days, read as a maximum counted
 *   from receipt.
 * - `audit-log` (NEN 7513) — "5 jaar (wettelijk)": kept at least 5 years from writing and deleted
 *   after (minimum = maximum, this library's reading); the maximum carries the reading
 *   `statutory-period-as-maximum`, so `{ statutoryPeriodAsMaximum: false }` keeps logs longer.
 *
 * @example
 * ```ts
 * import { date, instant } from "@zorgkit/core";
 * import { evaluate, mdoB1Retention } from "@zorgkit/retention-policy";
 *
 * const log = { id: "log-1", recordClass: "audit-log", events: { written: date("2021-12-01") } };
 * evaluate(log, mdoB1Retention, instant("2026-12-02T00:00:00+01:00")).value.status; // => "must-delete"
 * evaluate(log, mdoB1Retention, instant("2026-12-02T00:00:00+01:00"), { statutoryPeriodAsMaximum: false }).value.status; // => "may-delete"
 * ```
 */
export const mdoB1Retention: RetentionPolicy = {
  id: "mdo-b1",
  classes: {
    "patient-registration": {
      description:
        "Personal data for registering a patient for an MDO (name, address, BSN, birth date, sex, health data)",
      requiredEvents: ["registered"],
      laterEvents: ["mdo-held", "closed"],
    },
    "mdo-report": {
      description: "MDO report (verslag)",
      requiredEvents: ["written"],
      laterEvents: ["closed"],
    },
    "radiology-images": {
      description: "Radiology images delivered through the Twiin portal",
      requiredEvents: ["received"],
      laterEvents: [],
    },
    "audit-log": {
      description: "Logging per NEN 7513 (metadata)",
      requiredEvents: ["written"],
      laterEvents: [],
    },
  },
  rules: [
    {
      id: "patient-registration-by-agreement",
      recordClass: "patient-registration",
      rule: { _tag: "ByAgreement" },
      citations: [
        table(
          "Persoonsgegevens voor aanmelding patiënt",
          "Partijen maken in onderling overleg nadere afspraken",
        ),
      ],
    },
    {
      id: "mdo-report-by-agreement",
      recordClass: "mdo-report",
      rule: { _tag: "ByAgreement" },
      citations: [table("MDO-verslag", "Partijen maken in onderling overleg nadere afspraken")],
    },
    {
      id: "radiology-14-days",
      recordClass: "radiology-images",
      rule: { _tag: "AfterEvent", event: "received", duration: { days: 14 }, bound: "max" },
      citations: [
        table(
          "Radiologische beelden (aangeleverd via Twiin-portaal)",
          "14 dagen: a maximum from receipt (this library's reading)",
        ),
      ],
    },
    {
      id: "logging-5-years-min",
      recordClass: "audit-log",
      rule: { _tag: "AfterEvent", event: "written", duration: { years: 5 }, bound: "min" },
      citations: [table("Logging", "Logging conform NEN 7513: 5 jaar (wettelijk)")],
    },
    {
      id: "logging-5-years-max",
      recordClass: "audit-log",
      rule: { _tag: "AfterEvent", event: "written", duration: { years: 5 }, bound: "max" },
      reading: "statutory-period-as-maximum",
      citations: [table("Logging", "5 jaar (wettelijk): read as also a maximum (this library's reading)")],
    },
  ],
};
