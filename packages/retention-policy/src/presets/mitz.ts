/**
 * Retention in MijnMitz (`MITZ` §4): the consent profile's data while the profile is active,
 * deleted with the profile; the logging 5 years "volgens de wettelijke afspraken".
 *
 * @module
 */
import { cite } from "@zorgkit/core";
import type { RetentionPolicy } from "../rulebook.js";

const s4 = (note: string) => cite("MITZ", "§4", note);

/**
 * MITZ §4 as a retention policy, over the record classes that `@zorgkit/consent`'s
 * `retentionFacts` produce (`mitz-profile`, `audit-log`).
 *
 * Reading (stated in the guide): the 5-year logging period is statutory (NEN 7513) and is read
 * as both a minimum and a maximum — the log is kept 5 years and deleted after; the maximum carries
 * the reading `statutory-period-as-maximum`, so `{ statutoryPeriodAsMaximum: false }` keeps it longer.
 *
 * @example
 * ```ts
 * import { date, instant } from "@zorgkit/core";
 * import { evaluate, mitzRetention } from "@zorgkit/retention-policy";
 *
 * const profile = { id: "p1", recordClass: "mitz-profile", events: { created: date("2026-01-05"), "profile-deleted": date("2026-06-30") } };
 * evaluate(profile, mitzRetention, instant("2026-07-01T00:00:00+02:00")).value.status; // => "must-delete"
 * ```
 */
export const mitzRetention: RetentionPolicy = {
  id: "mitz",
  classes: {
    "mitz-profile": {
      description: "The patient's consent profile in MijnMitz",
      requiredEvents: ["created"],
      laterEvents: ["last-changed", "profile-deleted"],
    },
    "audit-log": {
      description: "Logging of the profile and of consent checks (NEN 7513)",
      requiredEvents: ["written"],
      laterEvents: [],
    },
  },
  rules: [
    {
      id: "profile-while-active",
      recordClass: "mitz-profile",
      rule: { _tag: "WhileActive", until: "profile-deleted" },
      citations: [s4("bewaard zolang jouw toestemmingsprofiel actief is; verwijderd met het profiel")],
    },
    {
      id: "logging-5-years-min",
      recordClass: "audit-log",
      rule: { _tag: "AfterEvent", event: "written", duration: { years: 5 }, bound: "min" },
      citations: [s4("De logging wordt volgens de wettelijke afspraken 5 jaar bewaard")],
    },
    {
      id: "logging-5-years-max",
      recordClass: "audit-log",
      rule: { _tag: "AfterEvent", event: "written", duration: { years: 5 }, bound: "max" },
      reading: "statutory-period-as-maximum",
      citations: [s4("5 jaar bewaard: read as also a maximum (this library's reading)")],
    },
  ],
};
