import { cite } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import { sweep } from "../src/batch.js";
import { decodeRetentionRecords } from "../src/decode.js";
import { mitzRetention } from "../src/presets/mitz.js";
import { vjzRetention } from "../src/presets/vjz.js";
import { judge, on, rec } from "./helpers.js";

// What @zorgkit/consent's retentionFacts produce for a profile created 5 Jan 2026, subscribed to
// notifications, unsubscribed 1 Mar and deleted 30 Jun (its documented shape, consumed as data).
const facts = [
  {
    id: "audit:e1",
    recordClass: "audit-log",
    events: { written: "2026-01-05" },
    holds: [],
    source: cite("MITZ", "§4", "logging kept 5 years by law (NEN 7513)"),
  },
  {
    id: "audit:e2",
    recordClass: "audit-log",
    events: { written: "2026-02-01" },
    holds: [],
    source: cite("MITZ", "§4"),
  },
  {
    id: "subscription:e2",
    recordClass: "notification-subscription",
    events: { subscribed: "2026-02-01", unsubscribed: "2026-03-01" },
    holds: [],
    source: cite("VJZ", "§4", "while subscribed; e-mail and BSN removed on unsubscribe"),
  },
  {
    id: "profile:e1",
    recordClass: "mitz-profile",
    events: { created: "2026-01-05", "last-changed": "2026-06-30", "profile-deleted": "2026-06-30" },
    holds: [],
    source: cite("MITZ", "§4", "kept while the profile is active; deleted with the profile"),
  },
];

describe("MITZ §4: profile data while the profile is active; logging 5 years", () => {
  test("consent's retention facts decode under the MITZ and VJZ policies, their source citation carried along", () => {
    const mitz = decodeRetentionRecords(
      facts.filter((f) => f.recordClass !== "notification-subscription"),
      mitzRetention,
    );
    const vjz = decodeRetentionRecords(
      facts.filter((f) => f.recordClass === "notification-subscription"),
      vjzRetention,
    );
    expect([mitz.ok, vjz.ok]).toEqual([true, true]);
  });

  test("the profile is kept while active and must be deleted the day after the patient deletes it", () => {
    expect(
      judge(rec("mitz-profile", { created: "2026-01-05" }), mitzRetention, on("2035-01-01")).status,
    ).toBe("keep");
    const r = decodeRetentionRecords(facts, {
      ...mitzRetention,
      classes: { ...mitzRetention.classes, ...vjzRetention.classes },
    });
    expect(r.ok).toBe(true);
    const s = sweep(
      facts.filter((f) => f.recordClass !== "notification-subscription") as never,
      mitzRetention,
      on("2026-07-01", "00:00"),
    ).value;
    expect(s.delete).toEqual(["profile:e1"]);
  });

  test("the log is not deleted with the profile: kept 5 years from writing, deleted after (min = max reading)", () => {
    const logs = facts.filter((f) => f.recordClass === "audit-log") as never;
    expect(sweep(logs, mitzRetention, on("2031-01-05")).value.counts.keep).toBe(2);
    expect(sweep(logs, mitzRetention, on("2031-01-06", "00:00")).value.delete).toEqual(["audit:e1"]);
    expect(
      sweep(logs, mitzRetention, on("2031-01-06"), { statutoryPeriodAsMaximum: false }).value.delete,
    ).toEqual([]);
  });

  test("the subscription's e-mail and BSN must go the day after unsubscribing (VJZ §4)", () => {
    const sub = facts.filter((f) => f.recordClass === "notification-subscription") as never;
    expect(sweep(sub, vjzRetention, on("2026-03-02", "00:00")).value.delete).toEqual(["subscription:e2"]);
  });
});
