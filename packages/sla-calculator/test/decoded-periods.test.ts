import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { availability } from "../src/availability.js";
import { decodeAvailabilityInput, decodeQuarterData } from "../src/decode.js";
import { quarterData } from "../src/structural-failure.js";
import { at, sla } from "./helpers.js";

const pad = (n: number, w: number) => String(n).padStart(w, "0");

// Every month and quarter the decoders accept can be evaluated: before 1970 core refuses
// Europe/Amsterdam instants, so such a month must be refused at decoding (ADR 0006 §1), not
// decode and then throw a RangeError in availability (MDO-SLA §2.3 availability per month).
describe("a decoded month or quarter can always be evaluated (MDO-SLA §2.3, MDO-BV 2.12)", () => {
  it("months before 1970 (0001-01, 1969-12) and quarters before 1970 are refused at decoding with the range", () => {
    for (const month of ["0001-01", "1969-12"]) {
      const r = decodeAvailabilityInput({ month, outages: [] });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]?.message).toContain("out of range (1970–9998)");
    }
    expect(decodeQuarterData({ quarter: "1969-Q4", p1Incidents: [], months: [] }).ok).toBe(false);
  });

  it("availability of every decodable month 1970-01 … 9998-12 without outages is 100 % of its minutes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 9998 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const r = decodeAvailabilityInput({ month: `${pad(y, 4)}-${pad(m, 2)}`, outages: [] });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const v = availability(r.value, sla).value;
        expect(v.downtimeMinutes).toBe(0);
        expect(v.monthMinutes).toBeGreaterThanOrEqual(28 * 1440 - 60);
      }),
      {
        numRuns: 200,
        examples: [
          [1970, 1],
          [9998, 12],
          [2026, 3],
          [2026, 10],
        ],
      },
    );
  });

  it("quarterData of every decodable quarter without incidents builds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 9998 }), fc.integer({ min: 1, max: 4 }), (y, q) => {
        const r = decodeQuarterData({ quarter: `${pad(y, 4)}-Q${q}`, p1Incidents: [], months: [] });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const d = quarterData(
          { quarter: r.value.quarter, incidents: [], months: [] },
          sla,
          at("2030-01-01T00:00:00Z"),
        );
        expect(d.p1Incidents).toEqual([]);
      }),
      {
        numRuns: 100,
        examples: [
          [1970, 1],
          [9998, 4],
        ],
      },
    );
  });
});
