import { date, explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { afterTermination, assignment, continuation } from "../src/after-termination.js";
import { mdo2025 } from "../src/presets/mdo-2025.js";

describe("continuation on request (MDO-BV 10.8)", () => {
  it("after an end on 31 Dec 2027 the contract continues for 12 months until 31 Dec 2028 (MDO-BV 10.8)", () => {
    const r = continuation(
      {
        endDate: date("2027-12-31"),
        eligibleCase: true,
        requestedOn: date("2027-11-15"),
      },
      mdo2025,
    ).value;
    expect(r).toMatchObject({
      first: { start: "2028-01-01", end: "2028-12-31" },
      extensionRequestDeadline: "2028-11-30",
      afterwards: "ends",
      accessUntil: "2028-12-31",
    });
  });
  it("an extension requested on 30 Nov 2028, one month before the continuation ends, adds 6 months until 30 Jun 2029; then consultation (MDO-BV 10.8)", () => {
    const r = continuation(
      {
        endDate: date("2027-12-31"),
        eligibleCase: true,
        requestedOn: date("2027-11-15"),
        extensionRequestedOn: date("2028-11-30"),
      },
      mdo2025,
    );
    expect(r.value).toMatchObject({
      extension: { start: "2029-01-01", end: "2029-06-30" },
      afterwards: "by-consultation",
      accessUntil: "2029-06-30",
    });
    expect(explainToText(r, "en")).toContain("by consultation");
  });
  it("an extension requested on 1 Dec 2028 is too late (MDO-BV 10.8)", () => {
    const r = continuation(
      {
        endDate: date("2027-12-31"),
        eligibleCase: true,
        requestedOn: date("2027-11-15"),
        extensionRequestedOn: date("2028-12-01"),
      },
      mdo2025,
    ).value;
    expect(r.extension).toBeUndefined();
    expect(r.accessUntil).toBe("2028-12-31");
  });
  it("continuation after an end on 31 Aug 2027 is counted from 1 Sep so the 6-month extension ends on 28 Feb 2029 (core's date rule)", () => {
    const r = continuation(
      {
        endDate: date("2027-08-31"),
        eligibleCase: true,
        requestedOn: date("2027-08-01"),
        extensionRequestedOn: date("2028-07-01"),
      },
      mdo2025,
    ).value;
    expect(r.first).toEqual({ start: "2027-09-01", end: "2028-08-31" });
    expect(r.extension).toEqual({ start: "2028-09-01", end: "2029-02-28" });
  });
  it("outside the cases of Aansluitovereenkomst 1.4 a and c iii there is no continuation (MDO-BV 10.8)", () => {
    const r = continuation(
      {
        endDate: date("2027-12-31"),
        eligibleCase: false,
        requestedOn: date("2027-11-15"),
      },
      mdo2025,
    ).value;
    expect(r).toMatchObject({ eligible: false, afterwards: "ends", accessUntil: "2027-12-31" });
    expect(r.first).toBeUndefined();
  });
});

describe("after the end (MDO-BV 10.9, 6.14, 13.5)", () => {
  const r = afterTermination(date("2026-12-31"), mdo2025);
  it("data stays available for 90 days after an end on 31 Dec 2026: until 31 Mar 2027 (MDO-BV 10.9)", () => {
    expect(r.value.obligations[0]).toMatchObject({
      party: "supplier",
      action: "make-data-available",
      from: "2027-01-01",
      dueBy: "2027-03-31",
    });
  });
  it("all payments are due within 30 days after an end on 31 Dec 2026: by 30 Jan 2027 (MDO-BV 6.14)", () => {
    expect(r.value.obligations[1]).toMatchObject({
      party: "customer",
      action: "settle-all-payments",
      dueBy: "2027-01-30",
    });
  });
  it("liability, applicable law, data protection, confidentiality, IP and indemnities survive, among others (MDO-BV 13.5)", () => {
    expect(r.value.survivingClauses).toEqual([
      "liability",
      "applicable-law",
      "personal-data-protection",
      "confidentiality",
      "intellectual-property",
      "indemnities",
    ]);
    expect(r.value.survivingClausesExhaustive).toBe(false);
  });
});

describe("assignment (MDO-BV 13.2, 13.4)", () => {
  it("for a transfer on 1 Jul 2027 the supplier must inform the customer in writing by 31 Dec 2026 (6 months, MDO-BV 13.2)", () => {
    expect(assignment({ party: "supplier", transferDate: date("2027-07-01") }, mdo2025).value).toEqual({
      allowed: true,
      informBy: "2026-12-31",
    });
  });
  it("the customer may not assign the contract (MDO-BV 13.4)", () => {
    const r = assignment({ party: "customer", transferDate: date("2027-07-01") }, mdo2025);
    expect(r.value.allowed).toBe(false);
    expect(explainToText(r, "en")).toContain("MDO-BV art. 13.4");
  });
});
