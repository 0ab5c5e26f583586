import { explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { quarter, yearMonth } from "../src/period.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { type QuarterData, structuralFailure } from "../src/structural-failure.js";

const p1 = (id: string, resolutionExceeded: boolean, standAlone = true) => ({
  id,
  standAlone,
  resolutionExceeded,
});
const months = (q: string, met: [boolean, boolean, boolean]) => {
  const first = (Number(q.slice(6)) - 1) * 3 + 1;
  return met.map((m, k) => ({
    month: yearMonth(`${q.slice(0, 4)}-${String(first + k).padStart(2, "0")}`),
    targetMet: m,
  }));
};

describe("structural failure (MDO-BV art. 2.12)", () => {
  it("a quarter with three new P1 incidents each solved too late is a structural failure", () => {
    const q: QuarterData = {
      quarter: quarter("2026-Q2"),
      p1Incidents: [p1("A", true), p1("B", true), p1("C", true), p1("D", false)],
      months: months("2026-Q2", [true, true, true]),
    };
    const r = structuralFailure([q], mdoSla2025);
    expect(r.value.failing).toBe(true);
    expect(r.value.triggers).toEqual([
      { kind: "late-p1-incidents", quarter: "2026-Q2", incidents: ["A", "B", "C"] },
    ]);
    expect(r.value.consequence?.action).toBe("meeting-with-board-member");
    expect(r.value.consequence?.umbrellaConsultationFromRequests).toBe(2);
    expect(explainToText(r, "en")).toContain("MDO-BV art. 2.12");
  });

  it("30 P1 incidents with 3 late is a structural failure although 90 % were on time", () => {
    const incidents = Array.from({ length: 30 }, (_, k) => p1(`I${k}`, k < 3));
    const r = structuralFailure(
      [{ quarter: quarter("2026-Q1"), p1Incidents: incidents, months: [] }],
      mdoSla2025,
    );
    expect(r.value.failing).toBe(true);
  });

  it("two late P1 incidents in a quarter are not a structural failure", () => {
    const r = structuralFailure(
      [{ quarter: quarter("2026-Q1"), p1Incidents: [p1("A", true), p1("B", true)], months: [] }],
      mdoSla2025,
    );
    expect(r.value.failing).toBe(false);
    expect(r.value.consequence).toBeUndefined();
  });

  it("a late repeat of an earlier incident is not new or stand-alone and does not count", () => {
    const r = structuralFailure(
      [
        {
          quarter: quarter("2026-Q1"),
          p1Incidents: [p1("A", true), p1("B", true), p1("A-again", true, false)],
          months: [],
        },
      ],
      mdoSla2025,
    );
    expect(r.value.failing).toBe(false);
  });

  it("availability missed in one month of each of three consecutive quarters is a structural failure", () => {
    const qs = ["2026-Q3", "2026-Q4", "2027-Q1"].map((q) => ({
      quarter: quarter(q),
      p1Incidents: [],
      months: months(q, [true, false, true]),
    }));
    const r = structuralFailure(qs, mdoSla2025);
    expect(r.value.triggers).toEqual([
      { kind: "availability-missed", quarters: ["2026-Q3", "2026-Q4", "2027-Q1"] },
    ]);
  });

  it("availability missed in three quarters that are not consecutive is not a structural failure", () => {
    const qs = ["2026-Q1", "2026-Q2", "2026-Q4"].map((q) => ({
      quarter: quarter(q),
      p1Incidents: [],
      months: months(q, [false, true, true]),
    }));
    expect(structuralFailure(qs, mdoSla2025).value.failing).toBe(false);
  });

  it("a quarter with all months met breaks the run of missed quarters", () => {
    const qs = [
      { quarter: quarter("2026-Q1"), p1Incidents: [], months: months("2026-Q1", [false, true, true]) },
      { quarter: quarter("2026-Q2"), p1Incidents: [], months: months("2026-Q2", [true, true, true]) },
      { quarter: quarter("2026-Q3"), p1Incidents: [], months: months("2026-Q3", [false, true, true]) },
      { quarter: quarter("2026-Q4"), p1Incidents: [], months: months("2026-Q4", [false, true, true]) },
    ];
    expect(structuralFailure(qs, mdoSla2025).value.failing).toBe(false);
  });
});

describe("structural failure from incidents (MDO-BV art. 2.12 with MDO-SLA §9.3)", () => {
  it("a quarter with three P1 incidents each solved more than 24 support hours after receipt is a structural failure", async () => {
    const { quarterData } = await import("../src/structural-failure.js");
    const { at, incident, sla } = await import("./helpers.js");
    const late = (id: string, received: string, solved: string) =>
      incident({ id, receivedAt: at(received), priority: "P1", resolution: { reportedAt: at(solved) } });
    const incidents = [
      // received Tue 10:00 → due Wed 10:00 (24 elapsed hours)
      late("P1-a", "2026-04-07T10:00:00+02:00", "2026-04-09T12:01:00+02:00"),
      late("P1-b", "2026-05-12T10:00:00+02:00", "2026-05-15T13:00:00+02:00"),
      late("P1-c", "2026-06-02T10:00:00+02:00", "2026-06-05T09:00:00+02:00"),
      late("P1-on-time", "2026-06-09T10:00:00+02:00", "2026-06-10T09:00:00+02:00"),
      { ...late("P1-repeat", "2026-06-16T10:00:00+02:00", "2026-06-19T10:00:00+02:00"), relatedTo: "P1-c" },
    ];
    const q = quarterData(
      { quarter: quarter("2026-Q2"), incidents, months: [] },
      sla,
      at("2026-07-01T00:00:00+02:00"),
    );
    const r = structuralFailure([q], sla);
    expect(r.value.failing).toBe(true);
    expect(r.value.quarters[0]?.lateStandAloneP1).toEqual(["P1-a", "P1-b", "P1-c"]);
  });
});
