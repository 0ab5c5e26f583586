// Tests that kill surviving mutants of src/performance.ts (issue #17, docs/quality.md): the two
// alerts of MDO-SLA §7.7 ("alert wanneer een actie langer duurt dan 10 seconden", "alert wanneer
// een actie 10 x langer duurt dan de baseline") and what the alerts step records — its inputs,
// output, clause and the baseline figure it states.
import { describe, expect, it } from "vitest";
import { performanceAlerts } from "../src/performance.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { sla } from "./helpers.js";

describe("performance alerts (MDO-SLA §7.7)", () => {
  it("an action of 850 ms against a baseline of 600 ms raises no alert: not over 10 s, not over 10 × 600 ms (MDO-SLA 7.7)", () => {
    expect(performanceAlerts({ durationMs: 850, baselineMs: 600 }, sla).value).toEqual([]);
  });

  it("an action of 12 s without an agreed baseline raises only the 10-second alert (MDO-SLA 7.7)", () => {
    expect(performanceAlerts({ durationMs: 12_000 }, sla).value).toEqual(["slower-than-absolute-limit"]);
  });

  it("an action of 500 ms without an agreed baseline raises no alert (MDO-SLA 7.7)", () => {
    expect(performanceAlerts({ durationMs: 500 }, mdoSla2025).value).toEqual([]);
  });

  it("an action of exactly 10 × the baseline (2 000 ms against 200 ms) raises no alert, 2 001 ms does (MDO-SLA 7.7, 'langer')", () => {
    expect(performanceAlerts({ durationMs: 2_000, baselineMs: 200 }, sla).value).toEqual([]);
    expect(performanceAlerts({ durationMs: 2_001, baselineMs: 200 }, sla).value).toEqual([
      "slower-than-baseline-factor",
    ]);
  });

  it("the alerts step records the duration, the baseline, the alerts and MDO-SLA 7.7, and states the 600 ms baseline (MDO-SLA 7.7)", () => {
    const r = performanceAlerts({ durationMs: 6_500, baselineMs: 600 }, sla);
    expect(r.value).toEqual(["slower-than-baseline-factor"]);
    expect(r.because).toHaveLength(1);
    const s = r.because[0];
    expect(s?.rule).toBe("performance-alerts");
    expect(s?.inputs).toStrictEqual({ durationMs: 6_500, baselineMs: 600 });
    expect(s?.output).toEqual(["slower-than-baseline-factor"]);
    expect(s?.citations).toEqual(mdoSla2025.performanceAlerts.citations);
    expect(s?.citations.map((c) => `${c.source} ${c.article}`)).toEqual(["MDO-SLA 7.7"]);
    expect(s?.en).toContain("10 × the baseline of 600 ms");
    expect(s?.en).not.toContain("none agreed");
  });

  it("without a baseline the step records baselineMs null and says none was agreed (MDO-SLA 7.7)", () => {
    const s = performanceAlerts({ durationMs: 500 }, sla).because[0];
    expect(s?.inputs).toStrictEqual({ durationMs: 500, baselineMs: null });
    expect(s?.en).toContain("none agreed");
    expect(s?.en).not.toContain("baseline of");
  });
});
