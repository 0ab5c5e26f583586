// Tests that kill surviving mutants of src/structural-failure.ts (issue #17, docs/quality.md): each
// pins down a rule of MDO-BV art. 2.12 (three new or stand-alone P1 incidents not solved within
// the P1 maximum resolution time in a quarter, or availability missed in three consecutive
// quarters) or what its explanation step records — the inputs, the output and the clause. The P1
// maximum resolution time is 24 hours round the clock (MDO-SLA §9.3, the contract's reading).
// Every result is computed inside its `it` (perTest coverage).
import type { Citation, Explained, Step } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { compileSla } from "../src/compile.js";
import { decodeQuarterData } from "../src/decode.js";
import { quarter, yearMonth } from "../src/period.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import {
  type QuarterData,
  type QuarterP1Incident,
  quarterData,
  structuralFailure,
} from "../src/structural-failure.js";
import { at, incident, sla } from "./helpers.js";

const p1 = (id: string, standAlone: boolean, resolutionExceeded: boolean) => ({
  id,
  standAlone,
  resolutionExceeded,
});
const late = (id: string) => p1(id, true, true);
const month = (m: string, targetMet: boolean) => ({ month: yearMonth(m), targetMet });
const missedQuarter = (q: string, m: string): QuarterData => ({
  quarter: quarter(q),
  p1Incidents: [],
  months: [month(m, false)],
});
/** 2026-Q1 given twice, with these P1 incidents in its first and second entry. */
const twiceQ1 = (first: Array<QuarterP1Incident>, second: Array<QuarterP1Incident>) =>
  structuralFailure(
    [
      { quarter: quarter("2026-Q1"), p1Incidents: first, months: [] },
      { quarter: quarter("2026-Q1"), p1Incidents: second, months: [] },
    ],
    mdoSla2025,
  );
const stepOf = (e: Explained<unknown>, rule: string): Step => {
  const s = e.because.find((x) => x.rule === rule);
  if (s === undefined) throw new Error(`no step ${rule} in ${e.because.map((x) => x.rule).join(", ")}`);
  return s;
};
const articles = (cs: ReadonlyArray<Citation>): Array<string> => cs.map((c) => `${c.source} ${c.article}`);

describe("a quarter's data is decoded (MDO-BV art. 2.12)", () => {
  it("2026-Q2 with its P1 incidents and the months April and June is valid", () => {
    const r = decodeQuarterData({
      quarter: "2026-Q2",
      p1Incidents: [{ id: "A", standAlone: true, resolutionExceeded: false }],
      months: [
        { month: "2026-04", targetMet: true },
        { month: "2026-06", targetMet: false },
      ],
    });
    expect(r.ok).toBe(true);
  });
});

describe("structural failure: three late new P1 incidents in a quarter, or availability missed three quarters in a row (MDO-BV art. 2.12)", () => {
  it("three late new P1 incidents in 2026-Q1 are a structural failure; the step names the quarter and the incidents and cites MDO-BV 2.12, and no 'none' step is added", () => {
    const r = structuralFailure(
      [{ quarter: quarter("2026-Q1"), p1Incidents: [late("A"), late("B"), late("C")], months: [] }],
      mdoSla2025,
    );
    expect(r.value.failing).toBe(true);
    expect(r.because.map((s) => s.rule)).toEqual(["structural-failure-late-p1"]);
    const s = stepOf(r, "structural-failure-late-p1");
    expect(s.inputs).toStrictEqual({ quarter: "2026-Q1", incidents: ["A", "B", "C"] });
    expect(s.output).toBe(true);
    expect(articles(s.citations)).toEqual(["MDO-BV 2.12"]);
  });
  it("availability missed in all four quarters of 2026 is three in a row at Q3 and again at Q4: each trigger names its last three quarters; the steps record them and cite MDO-BV 2.12", () => {
    const r = structuralFailure(
      [
        missedQuarter("2026-Q1", "2026-02"),
        missedQuarter("2026-Q2", "2026-05"),
        missedQuarter("2026-Q3", "2026-08"),
        missedQuarter("2026-Q4", "2026-11"),
      ],
      mdoSla2025,
    );
    expect(r.value.triggers).toEqual([
      { kind: "availability-missed", quarters: ["2026-Q1", "2026-Q2", "2026-Q3"] },
      { kind: "availability-missed", quarters: ["2026-Q2", "2026-Q3", "2026-Q4"] },
    ]);
    expect(r.because.map((s) => s.rule)).toEqual([
      "structural-failure-availability",
      "structural-failure-availability",
    ]);
    const s = stepOf(r, "structural-failure-availability");
    expect(s.inputs).toStrictEqual({ quarters: ["2026-Q1", "2026-Q2", "2026-Q3"] });
    expect(s.output).toBe(true);
    expect(articles(s.citations)).toEqual(["MDO-BV 2.12"]);
  });
  it("quarters given out of order (Q3, Q1, Q2 of 2026), each missing availability, are taken in calendar order: three in a row", () => {
    const r = structuralFailure(
      [
        missedQuarter("2026-Q3", "2026-08"),
        missedQuarter("2026-Q1", "2026-02"),
        missedQuarter("2026-Q2", "2026-05"),
      ],
      mdoSla2025,
    );
    expect(r.value.failing).toBe(true);
    expect(r.value.triggers).toEqual([
      { kind: "availability-missed", quarters: ["2026-Q1", "2026-Q2", "2026-Q3"] },
    ]);
    expect(r.value.quarters.map((q) => q.quarter)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3"]);
  });
  it("two late P1 incidents in 2026-Q1 and availability missed only in Q2 are no structural failure: one 'none' step over both quarters, output false, MDO-BV 2.12; each quarter names its missed months", () => {
    const r = structuralFailure(
      [
        {
          quarter: quarter("2026-Q1"),
          p1Incidents: [late("A"), late("B")],
          months: [month("2026-01", true)],
        },
        {
          quarter: quarter("2026-Q2"),
          p1Incidents: [],
          months: [month("2026-04", true), month("2026-05", false), month("2026-06", false)],
        },
      ],
      mdoSla2025,
    );
    expect(r.value.failing).toBe(false);
    expect(r.value).not.toHaveProperty("consequence");
    expect(r.value.quarters.map((q) => q.monthsMissed)).toEqual([[], ["2026-05", "2026-06"]]);
    expect(r.because).toHaveLength(1);
    const s = stepOf(r, "structural-failure-none");
    expect(s.inputs).toStrictEqual({ quarters: ["2026-Q1", "2026-Q2"] });
    expect(s.output).toBe(false);
    expect(articles(s.citations)).toEqual(["MDO-BV 2.12"]);
  });
});

describe("a quarter given twice (values built in code) is merged and never hides a structural failure (MDO-BV art. 2.12)", () => {
  it.each([
    ["as solved late and another as solved in time counts as late", p1("A", true, false)],
    ["as new and another as a repeat counts as new (the merge may not hide a failure)", p1("A", false, true)],
  ])("a late P1 one entry of 2026-Q1 lists %s: with two other late new ones, three", (_, second) => {
    const r = twiceQ1([late("A"), late("B"), late("C")], [second]);
    expect(r.value.failing).toBe(true);
    expect(r.value.quarters[0]?.lateStandAloneP1).toEqual(["A", "B", "C"]);
  });
  it("a P1 both entries of 2026-Q1 list as solved in time, or both as a repeat, does not count: with two late new ones, only two", () => {
    const inTime = twiceQ1([late("A"), late("B"), p1("C", true, false)], [p1("C", true, false)]);
    expect(inTime.value.failing).toBe(false);
    expect(inTime.value.quarters[0]?.lateStandAloneP1).toEqual(["A", "B"]);
    const repeat = twiceQ1([late("A"), late("B"), p1("C", false, true)], [p1("C", false, true)]);
    expect(repeat.value.failing).toBe(false);
    expect(repeat.value.quarters[0]?.lateStandAloneP1).toEqual(["A", "B"]);
  });
  it("a P1 the first entry of 2026-Q1 lists as solved in time (or as a repeat) and the second as new and late counts: the later entry shows the failure, so three (MDO-BV art. 2.12)", () => {
    for (const first of [p1("C", true, false), p1("C", false, true), p1("C", false, false)]) {
      const r = twiceQ1([late("A"), late("B"), first], [late("C")]);
      expect(r.value.failing).toBe(true);
      expect(r.value.quarters[0]?.lateStandAloneP1).toEqual(["A", "B", "C"]);
    }
  });
  it("a P1 one entry of 2026-Q1 lists as new but solved in time and the other as a late repeat does not count: no entry shows it new and late, so two, not three (review of baa7a64)", () => {
    for (const [first, second] of [
      [p1("X", true, false), p1("X", false, true)],
      [p1("X", false, true), p1("X", true, false)],
    ] as const) {
      const r = twiceQ1([late("A"), late("B"), first], [second]);
      expect(r.value.failing).toBe(false);
      expect(r.value.quarters[0]?.lateStandAloneP1).toEqual(["A", "B"]);
      const reversed = structuralFailure(
        [
          { quarter: quarter("2026-Q1"), p1Incidents: [second], months: [] },
          { quarter: quarter("2026-Q1"), p1Incidents: [late("A"), late("B"), first], months: [] },
        ],
        mdoSla2025,
      );
      expect(reversed.value.failing).toBe(false);
      expect([...(reversed.value.quarters[0]?.lateStandAloneP1 ?? [])].sort()).toEqual(["A", "B"]);
    }
  });
});

describe("a quarter's data built from incidents (MDO-BV art. 2.12, MDO-SLA §9.3)", () => {
  const judgedAt = at("2026-07-15T12:00:00+02:00");
  it("2026-Q2 takes the P1 incidents received from 1 April 00:00 up to (not including) 1 July 00:00, judged against 24 hours; a P2 and P1s outside the quarter are left out; a related P1 is not new", () => {
    const q = quarterData(
      {
        quarter: quarter("2026-Q2"),
        incidents: [
          incident({ id: "BEFORE", priority: "P1", receivedAt: at("2026-03-31T23:59:00+02:00") }),
          incident({
            id: "START",
            priority: "P1",
            receivedAt: at("2026-04-01T00:00:00+02:00"),
            resolution: { reportedAt: at("2026-04-01T01:00:00+02:00") },
          }),
          incident({
            id: "LATE",
            priority: "P1",
            receivedAt: at("2026-05-06T10:00:00+02:00"),
            resolution: { reportedAt: at("2026-05-08T10:00:00+02:00") },
          }),
          incident({
            id: "REPEAT",
            priority: "P1",
            receivedAt: at("2026-05-07T10:00:00+02:00"),
            relatedTo: "LATE",
          }),
          incident({ id: "P2", priority: "P2", receivedAt: at("2026-05-07T10:00:00+02:00") }),
          incident({ id: "END", priority: "P1", receivedAt: at("2026-07-01T00:00:00+02:00") }),
        ],
        months: [],
      },
      sla,
      judgedAt,
    );
    expect(q.p1Incidents).toStrictEqual([
      { id: "START", standAlone: true, resolutionExceeded: false },
      { id: "LATE", standAlone: true, resolutionExceeded: true },
      { id: "REPEAT", standAlone: false, resolutionExceeded: true },
    ]);
  });
  it("under an SLA effective from 1 May 2026 00:00 (MDO-BV art. 4.5) a P1 of 20 April is not measured; one received at 1 May 00:00 and one after it are", () => {
    const fromMay = compileSla(mdoSla2025, { effectiveFrom: at("2026-05-01T00:00:00+02:00") });
    const q = quarterData(
      {
        quarter: quarter("2026-Q2"),
        incidents: [
          incident({ id: "APRIL", priority: "P1", receivedAt: at("2026-04-20T10:00:00+02:00") }),
          incident({ id: "FIRST", priority: "P1", receivedAt: at("2026-05-01T00:00:00+02:00") }),
          incident({ id: "LATER", priority: "P1", receivedAt: at("2026-05-10T10:00:00+02:00") }),
        ],
        months: [],
      },
      fromMay,
      judgedAt,
    );
    expect(q.p1Incidents.map((i) => i.id)).toEqual(["FIRST", "LATER"]);
  });
  it("the months of 2026-Q2 are kept with their results, a month of another quarter (March) is ignored", () => {
    const q = quarterData(
      {
        quarter: quarter("2026-Q2"),
        incidents: [],
        months: [month("2026-03", false), month("2026-05", false), month("2026-06", true)],
      },
      sla,
      judgedAt,
    );
    expect(q.months).toStrictEqual([month("2026-05", false), month("2026-06", true)]);
  });
});
