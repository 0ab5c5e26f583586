// Tests that kill surviving mutants of src/effects.ts (issue #17, docs/quality.md): a patient who
// subscribed to notifications is told when data was exchanged and when a consent was processed
// (VJZ §2, MITZ §6b); a patient who is not subscribed, or a profile without a patient (not yet
// created or deleted), gets no notification. Every result inside its `it`.
import { instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { foldProfile, mitzRules, notifyConsentProcessed, notifyDataExchanged } from "../src/index.js";
import { created, hospitalX, org, patient, subscribed } from "./fixtures.js";

const AT = instant("2026-12-01T10:00:00+01:00");
const exchange = { requesterUra: "00003333", dataCategory: "GGC002", at: AT };
const processed = { custodian: org(hospitalX), at: AT };
const subscribedProfile = () =>
  foldProfile([created("2026-01-05T09:00:00+01:00"), subscribed("2026-01-06T09:00:00+01:00")], mitzRules);
const notSubscribed = () => foldProfile([created("2026-01-05T09:00:00+01:00")], mitzRules);
const noPatient = { patient: undefined, subscription: { email: "p@example.org" } };

describe("notifications go to subscribed patients only (VJZ §2, MITZ §6b)", () => {
  it("a subscribed patient is notified of a data exchange and of a processed consent, at the e-mail address given", () => {
    const to = { patient, email: "p@example.org" };
    expect([
      notifyDataExchanged(subscribedProfile(), exchange),
      notifyConsentProcessed(subscribedProfile(), processed),
    ]).toEqual([
      { _tag: "NotifyDataExchanged", ...to, ...exchange },
      { _tag: "NotifyConsentProcessed", ...to, ...processed },
    ]);
  });
  it("a patient who is not subscribed, or a subscription without a patient, gets neither notification", () => {
    expect([
      notifyDataExchanged(notSubscribed(), exchange),
      notifyDataExchanged(noPatient, exchange),
      notifyConsentProcessed(notSubscribed(), processed),
      notifyConsentProcessed(noPatient, processed),
    ]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
