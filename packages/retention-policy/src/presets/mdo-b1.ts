import { cite } from "@zorgkit/core";
import type { RetentionPolicy } from "../rules.js";

/**
 * The retention table of MDO-B1 ("Bewaartermijnen"): patient registration data and the MDO
 * report by agreement between the parties; radiology images delivered through the Twiin portal
 * 14 days; logging per NEN 7513 5 years ("wettelijk").
 *
 * Readings (this library's, stated in the docs): the 14 days count from receipt and are a
 * maximum; the 5-year logging period counts from writing and is a statutory minimum.
 */
export const mdoB1Retention: RetentionPolicy = {
  id: "mdo-b1",
  rules: [
    {
      recordClass: "patient-registration",
      description:
        "Personal data for registering a patient (name, address, BSN, birth date, sex, health data)",
      rule: { _tag: "ByAgreement" },
      source: cite("MDO-B1", "Bewaartermijnen", "Partijen maken in onderling overleg nadere afspraken"),
    },
    {
      recordClass: "mdo-report",
      description: "MDO report (verslag)",
      rule: { _tag: "ByAgreement" },
      source: cite("MDO-B1", "Bewaartermijnen", "Partijen maken in onderling overleg nadere afspraken"),
    },
    {
      recordClass: "radiology-images",
      description: "Radiology images delivered through the Twiin portal",
      rule: { _tag: "AfterEvent", event: "received", duration: { days: 14 }, bound: "max" },
      source: cite("MDO-B1", "Bewaartermijnen", "counted from receipt, a maximum: this library's reading"),
    },
    {
      recordClass: "audit-log",
      description: "Logging per NEN 7513",
      rule: { _tag: "AfterEvent", event: "written", duration: { years: 5 }, bound: "min" },
      source: cite(
        "MDO-B1",
        "Bewaartermijnen",
        "5 jaar (wettelijk): a statutory minimum counted from writing",
      ),
    },
  ],
};

/**
 * Statutory periods the sources rely on: NEN 7513 audit logs at least 5 years from writing;
 * the WGBO medical record 20 years from the last change (art. 7:454 lid 3 BW, since 2020).
 */
export const statutoryRetention: RetentionPolicy = {
  id: "statutory",
  rules: [
    {
      recordClass: "audit-log",
      description: "Audit log of access to patient data (NEN 7513)",
      rule: { _tag: "AfterEvent", event: "written", duration: { years: 5 }, bound: "min" },
      source: cite("NEN-7513", "5 years"),
    },
    {
      recordClass: "medical-record",
      description: "Medical record (WGBO)",
      rule: { _tag: "AfterEvent", event: "last-changed", duration: { years: 20 }, bound: "min" },
      source: cite("BW", "7:454 lid 3"),
    },
  ],
};
