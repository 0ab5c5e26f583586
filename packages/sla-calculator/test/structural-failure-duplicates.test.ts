import { describe, expect, it } from "vitest";
import { decodeQuarterHistory } from "../src/decode.js";
import { quarter, yearMonth } from "../src/period.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { structuralFailure } from "../src/structural-failure.js";

const late = (id: string) => ({ id, standAlone: true, resolutionExceeded: true });
const missed = (m: string) => ({ month: yearMonth(m), targetMet: false });

describe("the same quarter given twice must not hide a structural failure (MDO-BV art. 2.12)", () => {
  it("decoding rejects a quarter history that names 2026-Q1 twice, naming the second entry", () => {
    const r = decodeQuarterHistory([
      { quarter: "2026-Q1", p1Incidents: [], months: [] },
      { quarter: "2026-Q1", p1Incidents: [], months: [] },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).toEqual(["$[1].quarter"]);
      expect(r.issues[0]?.message).toContain("2026-Q1");
    }
  });

  it("decoding accepts a history of distinct quarters in any order", () => {
    const r = decodeQuarterHistory([
      { quarter: "2026-Q2", p1Incidents: [], months: [] },
      { quarter: "2026-Q1", p1Incidents: [], months: [] },
    ]);
    expect(r.ok).toBe(true);
  });

  it("three late P1s of 2026-Q1 split over two entries for 2026-Q1 are still three late P1s in one quarter", () => {
    const r = structuralFailure(
      [
        { quarter: quarter("2026-Q1"), p1Incidents: [late("A"), late("B")], months: [] },
        { quarter: quarter("2026-Q1"), p1Incidents: [late("C")], months: [] },
      ],
      mdoSla2025,
    );
    expect(r.value.failing).toBe(true);
    expect(r.value.triggers).toEqual([
      { kind: "late-p1-incidents", quarter: "2026-Q1", incidents: ["A", "B", "C"] },
    ]);
  });

  it("an incident listed in both entries of a quarter counts once", () => {
    const r = structuralFailure(
      [
        { quarter: quarter("2026-Q1"), p1Incidents: [late("A"), late("B")], months: [] },
        { quarter: quarter("2026-Q1"), p1Incidents: [late("B")], months: [] },
      ],
      mdoSla2025,
    );
    expect(r.value.failing).toBe(false);
  });

  it("availability missed in Q1, Q2 and Q3 2026 is three consecutive quarters even when Q2 is given twice, once with a month met", () => {
    const r = structuralFailure(
      [
        { quarter: quarter("2026-Q1"), p1Incidents: [], months: [missed("2026-02")] },
        { quarter: quarter("2026-Q2"), p1Incidents: [], months: [missed("2026-05")] },
        {
          quarter: quarter("2026-Q2"),
          p1Incidents: [],
          months: [{ month: yearMonth("2026-04"), targetMet: true }],
        },
        { quarter: quarter("2026-Q3"), p1Incidents: [], months: [missed("2026-09")] },
      ],
      mdoSla2025,
    );
    expect(r.value.failing).toBe(true);
    expect(r.value.triggers).toEqual([
      { kind: "availability-missed", quarters: ["2026-Q1", "2026-Q2", "2026-Q3"] },
    ]);
    expect(r.value.quarters.map((q) => q.quarter)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3"]);
  });
});
