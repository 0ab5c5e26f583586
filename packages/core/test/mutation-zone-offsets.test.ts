// Tests that pin down rules of zone-offsets.ts that surviving mutants showed were not asserted
// (issue #17): the offset read from Intl counts years before year 1 astronomically (1 BC is year
// 0, 2 BC is year −1, as ISO 8601 does), and the transitions between two instants are those in the
// half-open span (from, to] the function documents. Every result is computed inside its `it`.
import { describe, expect, it } from "vitest";
import { instant } from "../src/instant.js";
import { intlOffsetAt, transitionsBetween } from "../src/zone-offsets.js";

const HOUR = 3_600_000;

/** 15 June of an astronomical year (0 = 1 BC, −1 = 2 BC), 12:00 UTC. */
const juneOf = (year: number): number => {
  const d = new Date(Date.UTC(2000, 5, 15, 12));
  d.setUTCFullYear(year);
  return d.getTime();
};

describe("offsets before year 1 (ISO 8601 astronomical years)", () => {
  it("UTC's offset is 0 in 2 BC and in 1 BC too (the era is read: 2 BC is year −1, not year 2)", () => {
    expect(intlOffsetAt(juneOf(-1), "UTC")).toBe(0);
    expect(intlOffsetAt(juneOf(0), "UTC")).toBe(0);
    expect(intlOffsetAt(juneOf(1), "UTC")).toBe(0);
  });
});

describe("transitions in (from, to]", () => {
  it("Amsterdam's spring change of 29 March 2026 (01:00Z) is in (00:59:59Z, 01:00Z] but not in (01:00Z, +1 day]", () => {
    const change = instant("2026-03-29T01:00:00Z");
    expect(transitionsBetween(change - 1000, change, "Europe/Amsterdam")).toEqual([
      { at: change, offset: 2 * HOUR },
    ]);
    expect(transitionsBetween(change, change + 24 * HOUR, "Europe/Amsterdam")).toEqual([]);
    // the autumn change (25 October 2026, 01:00Z) lies in the last 128-day chunk scanned, after `to`
    expect(
      transitionsBetween(change + 24 * HOUR, instant("2026-10-25T00:59:59Z"), "Europe/Amsterdam"),
    ).toEqual([]);
  });
});
