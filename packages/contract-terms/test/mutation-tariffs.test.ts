// Tests that kill surviving mutants of src/tariffs.ts (issue #17, docs/quality.md): the tariff
// notice rule of MDO-BV 6.6–6.8 (25 days' notice, the day of the notice not counted; a registered
// letter within 25 days after the notice for an indexation increase) and what each step names.
import { type Citation, date, type Explained, type Step } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { decodeTariffNotice } from "../src/decode.js";
import { mdo2025 } from "../src/presets/mdo-2025.js";
import { type TariffChange, tariffNotice } from "../src/tariffs.js";

const stepOf = (e: Explained<unknown>, rule: string): Step => {
  const s = e.because.find((x) => x.rule === rule);
  if (s === undefined) throw new Error(`no step ${rule} in ${e.because.map((x) => x.rule).join(", ")}`);
  return s;
};
const articles = (cs: ReadonlyArray<Citation>): Array<string> => cs.map((c) => `${c.source} ${c.article}`);
const notice = (noticeDate: string, effectiveDate: string, change: TariffChange) =>
  tariffNotice({ noticeDate: date(noticeDate), effectiveDate: date(effectiveDate), change }, mdo2025);

describe("a tariff change may not take effect before its notice (MDO-BV 6.8)", () => {
  it("a change effective on the notice's own date decodes; one effective the day before does not", () => {
    expect(
      decodeTariffNotice({
        noticeDate: "2026-12-01",
        effectiveDate: "2026-12-01",
        change: "indexation-increase",
      }).ok,
    ).toBe(true);
    expect(
      decodeTariffNotice({
        noticeDate: "2026-12-01",
        effectiveDate: "2026-11-30",
        change: "indexation-increase",
      }).ok,
    ).toBe(false);
  });
});

describe("the tariff notice steps name their inputs (MDO-BV 6.7, 6.8)", () => {
  it("an interim increase: one step naming both dates, citing 6.8 and 6.7", () => {
    const r = notice("2026-12-01", "2027-01-01", "interim-increase");
    const s = stepOf(r, "interim-increase-no-termination-right");
    expect(s.inputs).toEqual({ noticeDate: "2026-12-01", effectiveDate: "2027-01-01" });
    expect(articles(s.citations)).toEqual(["MDO-BV 6.8", "MDO-BV 6.7"]);
  });
  it("a timely increase (notice 1 Dec 2026 for 1 Jan 2027, timely until 6 Dec): no late step; letter by 26 Dec (MDO-BV 6.8)", () => {
    const r = notice("2026-12-01", "2027-01-01", "indexation-increase");
    expect(r.value).toMatchObject({
      timely: true,
      latestTimelyNoticeDate: "2026-12-06",
      letterDeadline: "2026-12-26",
    });
    expect(r.because.map((s) => s.rule)).toEqual(["tariff-advance-notice", "increase-termination-window"]);
    const advance = stepOf(r, "tariff-advance-notice");
    expect(advance.inputs).toEqual({
      noticeDate: "2026-12-01",
      effectiveDate: "2027-01-01",
      advanceNotice: "25 days",
    });
    expect(advance.en).toContain("on or before 2026-12-06");
    expect(advance.nl).toContain("uiterlijk 2026-12-06");
    const window = stepOf(r, "increase-termination-window");
    expect(window.inputs).toEqual({ noticeDate: "2026-12-01", window: "25 days" });
    expect(window.output).toBe("2026-12-26");
  });
  it("a late decrease (notice 7 Dec 2026 for 1 Jan 2027): the late step names the notice and the last timely day, then the decrease step (MDO-BV 6.8)", () => {
    const r = notice("2026-12-07", "2027-01-01", "indexation-decrease");
    expect(r.value).toEqual({
      change: "indexation-decrease",
      timely: false,
      latestTimelyNoticeDate: "2026-12-06",
      customerMayTerminate: false,
    });
    expect(stepOf(r, "tariff-notice-late").inputs).toEqual({
      noticeDate: "2026-12-07",
      latestTimelyNoticeDate: "2026-12-06",
    });
    expect(stepOf(r, "decrease-no-termination-right").inputs).toEqual({ change: "indexation-decrease" });
  });
  it("a change effective 10 Jan 0001 has no timely notice day in the calendar: late, and no last timely day is reported", () => {
    const r = notice("0001-01-01", "0001-01-10", "indexation-decrease");
    expect(r.value).toEqual({ change: "indexation-decrease", timely: false, customerMayTerminate: false });
    expect(Object.keys(r.value)).not.toContain("latestTimelyNoticeDate");
    expect(stepOf(r, "tariff-notice-late").inputs).toEqual({
      noticeDate: "0001-01-01",
      latestTimelyNoticeDate: null,
    });
  });
});
