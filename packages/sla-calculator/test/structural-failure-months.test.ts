import { describe, expect, it } from "vitest";
import { decodeQuarterData, decodeQuarterHistory } from "../src/decode.js";
import { structuralFailure } from "../src/structural-failure.js";
import { sla } from "./helpers.js";

// MDO-BV 2.12 "drie (3) kwartalen achter elkaar de Beschikbaarheid niet wordt behaald": a month
// counts for the quarter it lies in, and for no other.
describe("a quarter's availability is judged on its own months (MDO-BV art. 2.12)", () => {
  it("one missed month (July 2026) given under 2026-Q1, Q2 and Q3 is refused at decoding, not three missed quarters in a row", () => {
    const july = { month: "2026-07", targetMet: false };
    const r = decodeQuarterHistory([
      { quarter: "2026-Q1", p1Incidents: [], months: [july] },
      { quarter: "2026-Q2", p1Incidents: [], months: [july] },
      { quarter: "2026-Q3", p1Incidents: [], months: [july] },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).toEqual(["$[0].months[0].month", "$[1].months[0].month"]);
      expect(r.issues[0]?.message).toContain("2026-07 is not a month of 2026-Q1");
    }
  });

  it("a quarter with its own three months decodes; a month of the next year's same quarter does not", () => {
    const ok = decodeQuarterData({
      quarter: "2026-Q4",
      p1Incidents: [],
      months: ["2026-10", "2026-11", "2026-12"].map((month) => ({ month, targetMet: true })),
    });
    expect(ok.ok).toBe(true);
    expect(
      decodeQuarterData({
        quarter: "2026-Q4",
        p1Incidents: [],
        months: [{ month: "2027-10", targetMet: false }],
      }).ok,
    ).toBe(false);
  });

  it("three quarters in a row across the year end (2026-Q4, 2027-Q1, 2027-Q2), each missing one of its own months, are a structural failure; with 2027-Q1 met they are not", () => {
    const history = (q1Met: boolean) => {
      const r = decodeQuarterHistory([
        { quarter: "2026-Q4", p1Incidents: [], months: [{ month: "2026-12", targetMet: false }] },
        { quarter: "2027-Q1", p1Incidents: [], months: [{ month: "2027-03", targetMet: q1Met }] },
        { quarter: "2027-Q2", p1Incidents: [], months: [{ month: "2027-04", targetMet: false }] },
      ]);
      if (!r.ok) throw new Error("history does not decode");
      return structuralFailure(r.value, sla).value.failing;
    };
    expect(history(false)).toBe(true);
    expect(history(true)).toBe(false);
  });

  it("exactly three late stand-alone P1 incidents in a quarter fail, two do not; a repeat incident does not count (MDO-BV art. 2.12 'minimaal drie (3) keer')", () => {
    const late = (id: string, standAlone = true) => ({ id, standAlone, resolutionExceeded: true });
    const run = (incidents: ReadonlyArray<ReturnType<typeof late>>) => {
      const r = decodeQuarterHistory([{ quarter: "2026-Q2", p1Incidents: incidents, months: [] }]);
      if (!r.ok) throw new Error("history does not decode");
      return structuralFailure(r.value, sla).value.failing;
    };
    expect(run([late("a"), late("b"), late("c")])).toBe(true);
    expect(run([late("a"), late("b")])).toBe(false);
    expect(run([late("a"), late("b"), late("c", false)])).toBe(false);
  });
});
