// Tests that kill surviving mutants of src/period.ts (issue #17, docs/quality.md): the months and
// quarters the SLA measures over (MDO-SLA §7.2 per month, §9.3 and MDO-BV art. 2.12 per quarter) —
// what the decoders and the literal builders accept, the quarter of a month, a quarter's interval,
// and a reporting period (start ≤ end). Every result is computed inside its `it`.
import { formatInstant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { decodeQuarter, decodeReportingPeriod, decodeYearMonth } from "../src/decode.js";
import { quarter, quarterInterval, quarterOfMonth, yearMonth } from "../src/period.js";

const messages = (r: { ok: boolean; issues?: ReadonlyArray<{ path: string; message: string }> }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => `${i.path}: ${i.message}`);

describe("months and quarters: what the decoders accept (MDO-SLA §7.2, §9.3)", () => {
  it("a month not written YYYY-MM is refused with a message, not an exception", () => {
    expect(messages(decodeYearMonth("2026-3"))).toEqual(["$: expected a month YYYY-MM, e.g. 2026-03"]);
  });

  it("month 00 and month 13 do not exist; 01 and 12 do", () => {
    expect(messages(decodeYearMonth("2026-00"))).toEqual(["$: month 00 does not exist"]);
    expect(messages(decodeYearMonth("2026-13"))).toEqual(["$: month 13 does not exist"]);
    expect(decodeYearMonth("2026-01").ok).toBe(true);
    expect(decodeYearMonth("2026-12").ok).toBe(true);
  });

  it("year 9999 is out of range for a month (its next month would be in year 10000); 9998 is not", () => {
    expect(messages(decodeYearMonth("9999-01"))).toEqual(["$: year 9999 is out of range (1970–9998)"]);
    expect(decodeYearMonth("9998-12").ok).toBe(true);
  });

  it("a quarter not written YYYY-Qn is refused with a message; year 9999 is out of range, 9998 is not", () => {
    expect(messages(decodeQuarter("2026-Q5"))).toEqual(["$: expected a quarter YYYY-Qn, e.g. 2026-Q1"]);
    expect(messages(decodeQuarter("9999-Q1"))).toEqual(["$: year 9999 is out of range (1970–9998)"]);
    expect(decodeQuarter("9998-Q4").ok).toBe(true);
  });

  it("the literal builders throw a TypeError for an impossible month or quarter (ADR 0006 §2)", () => {
    expect(() => yearMonth("2026-13")).toThrow(TypeError);
    expect(() => quarter("2026-Q0")).toThrow(TypeError);
    expect(yearMonth("2026-12")).toBe("2026-12");
    expect(quarter("2026-Q4")).toBe("2026-Q4");
  });
});

describe("quarters of months and their intervals (MDO-BV art. 2.12, MDO-SLA §9.3)", () => {
  it("January–March are Q1, April Q2, September Q3, December Q4", () => {
    expect(
      ["2026-01", "2026-03", "2026-04", "2026-09", "2026-12"].map((m) => quarterOfMonth(yearMonth(m))),
    ).toEqual(["2026-Q1", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
  });

  it("2026-Q4 runs from 1 October 00:00 (summer time) to 1 January 2027 00:00 (winter time), Amsterdam", () => {
    const { start, end } = quarterInterval(quarter("2026-Q4"));
    expect(formatInstant(start)).toBe("2026-10-01T00:00:00+02:00");
    expect(formatInstant(end)).toBe("2027-01-01T00:00:00+01:00");
  });
});

describe("a reporting period: the end may not be before the start (MDO-SLA §9.3, §13)", () => {
  it("a month-long period and an empty one (start = end) are accepted", () => {
    expect(
      decodeReportingPeriod({ start: "2026-04-01T00:00:00+02:00", end: "2026-05-01T00:00:00+02:00" }).ok,
    ).toBe(true);
    expect(
      decodeReportingPeriod({ start: "2026-04-01T00:00:00+02:00", end: "2026-04-01T00:00:00+02:00" }).ok,
    ).toBe(true);
  });
});
