/**
 * Statutory retention periods the sources rely on: the NEN 7513 audit log (at least 5 years, as
 * MDO-B1 and MITZ §4 state it) and the medical record under the WGBO (art. 7:454 lid 3 BW).
 *
 * @module
 */
import { cite } from "@zorgkit/core";
import type { RetentionPolicy } from "../rulebook.js";

/**
 * The statutory minimums:
 *
 * - `audit-log` — at least 5 years from writing (NEN 7513; figure as MDO-B1 "5 jaar (wettelijk)"
 *   and MITZ §4 state it — the standard itself is not among the sources). A minimum only: this
 *   preset sets no maximum.
 * - `medical-record` — at least 20 years from the last change in the record, "of zoveel langer als
 *   redelijkerwijs uit de zorg van een goed hulpverlener voortvloeit" (art. 7:454 lid 3 BW, since
 *   1 January 2020): a minimum, never a maximum.
 *
 * @example
 * ```ts
 * import { date, instant } from "@zorgkit/core";
 * import { evaluate, statutoryRetention } from "@zorgkit/retention-policy";
 *
 * const dossier = { id: "d1", recordClass: "medical-record", events: { created: date("2001-03-01"), "last-changed": date("2020-02-29") } };
 * evaluate(dossier, statutoryRetention, instant("2026-12-01T12:00:00+01:00")).value.keepUntil; // => "2040-02-29"
 * ```
 */
export const statutoryRetention: RetentionPolicy = {
  id: "statutory",
  classes: {
    "audit-log": {
      description: "Audit log of access to patient data (NEN 7513)",
      requiredEvents: ["written"],
      laterEvents: [],
    },
    "medical-record": {
      description: "Medical record (dossier) under the WGBO",
      requiredEvents: ["created", "last-changed"],
      laterEvents: [],
    },
  },
  rules: [
    {
      id: "nen7513-logging-5-years",
      recordClass: "audit-log",
      rule: { _tag: "AfterEvent", event: "written", duration: { years: 5 }, bound: "min" },
      citations: [
        cite("NEN 7513", "bewaartermijn logging", "5 years, as MDO-B1 and MITZ §4 state it"),
        cite("MDO-B1", "Bewaartermijnen", "Logging conform NEN 7513: 5 jaar (wettelijk)"),
      ],
    },
    {
      id: "wgbo-medical-record-20-years",
      recordClass: "medical-record",
      rule: { _tag: "AfterEvent", event: "last-changed", duration: { years: 20 }, bound: "min" },
      citations: [
        cite(
          "BW",
          "7:454 lid 3",
          "twintig jaren vanaf de laatste wijziging in het dossier, of zoveel langer als goede zorg vraagt",
        ),
      ],
    },
  ],
};
