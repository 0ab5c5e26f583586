// Tests that kill surviving mutants of src/compliance.ts (issue #17, docs/quality.md): the
// attribution of incidents to the period `[start, end)` in which they were received (MDO-SLA §9.3,
// §13), nothing measured before the SLA took effect (MDO-BV art. 4.5), the 90 % norm per priority
// and target (§9.3; applying it to response times is this library's reading) and what each
// compliance step records — its inputs, output and clauses, not the wording of its sentence.
import { formatInstant, type Instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { compileSla } from "../src/compile.js";
import { compliance } from "../src/compliance.js";
import type { Incident } from "../src/incident.js";
import { monthInterval, yearMonth } from "../src/period.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { at, incident, sla } from "./helpers.js";

const years = { from: 2026, to: 2027 };
/** November 2026: [Sun 1 Nov 00:00 CET, Tue 1 Dec 00:00 CET). */
const november = () => monthInterval(yearMonth("2026-11"));
const endOfMonth = at("2026-12-01T00:00:00+01:00");

/** A P2 received at `receivedAt`, picked up after 30 minutes and solved the next day at 12:00. */
const p2 = (id: string, receivedAt: Instant): Incident =>
  incident({
    id,
    receivedAt,
    priority: "P2",
    respondedAt: (receivedAt + 30 * 60_000) as Instant,
    resolution: { reportedAt: (receivedAt + 26 * 3_600_000) as Instant },
  });

describe("incidents are attributed to the period in which they were received, [start, end) (MDO-SLA 9.3, 13)", () => {
  it("a P2 received at the first instant of November (Sun 1 Nov 00:00) counts in November (MDO-SLA 9.3, 13)", () => {
    const r = compliance(
      { incidents: [p2("first", at("2026-11-01T00:00:00+01:00"))], period: november() },
      sla,
      endOfMonth,
    );
    expect(r.value.byPriority.P2.response.count).toBe(1);
    expect(r.value.byPriority.P2.resolution.count).toBe(1);
    expect(r.value.items.map((x) => x.item.id)).toEqual(["first"]);
  });

  it("a P2 received at the period's end (Tue 1 Dec 00:00) does not count in November, nor one received later (MDO-SLA 9.3, 13)", () => {
    const r = compliance(
      {
        incidents: [
          p2("december", at("2026-12-01T00:00:00+01:00")),
          p2("later", at("2026-12-02T10:00:00+01:00")),
        ],
        period: november(),
      },
      sla,
      at("2026-12-05T00:00:00+01:00"),
    );
    expect(r.value.byPriority.P2.response.count).toBe(0);
    expect(r.value.byPriority.P2.resolution.count).toBe(0);
    expect(r.value.items).toEqual([]);
  });
});

describe("nothing received before the SLA took effect is measured (MDO-BV art. 4.5)", () => {
  it("with the SLA in effect from Tue 10 Nov 2026 10:00, a P2 received at 10:00 is measured and one received at 09:59 is not (MDO-BV 4.5)", () => {
    const effectiveFrom = at("2026-11-10T10:00:00+01:00");
    const compiled = compileSla(mdoSla2025, { effectiveFrom, years });
    const r = compliance(
      {
        incidents: [p2("on-time", effectiveFrom), p2("before", at("2026-11-10T09:59:00+01:00"))],
        period: november(),
      },
      compiled,
      endOfMonth,
    );
    expect(r.value.notMeasured).toBe(1);
    expect(r.value.items.map((x) => x.item.id)).toEqual(["on-time"]);
    expect(r.value.byPriority.P2.resolution.count).toBe(1);
  });
});

describe("the 90 % norm per priority and target (MDO-SLA 9.3)", () => {
  it("with the norm not applied to response times it still applies to resolution times: one P2 solved in time holds it (MDO-SLA 9.3)", () => {
    const compiled = compileSla(mdoSla2025, { normAppliesToResponse: false, years });
    const r = compliance(
      { incidents: [p2("x", at("2026-11-03T10:00:00+01:00"))], period: november() },
      compiled,
      endOfMonth,
    );
    const { response, resolution } = r.value.byPriority.P2;
    expect(response.normApplies).toBe(false);
    expect(Object.keys(response)).not.toContain("normHolds");
    expect(resolution.normApplies).toBe(true);
    expect(resolution.normHolds).toBe(true);
  });

  it("a target with nothing decided yet has no normHolds key at all (MDO-SLA 9.3)", () => {
    const running = incident({ id: "open", receivedAt: at("2026-11-30T10:00:00+01:00"), priority: "P3" });
    const r = compliance({ incidents: [running], period: november() }, sla, at("2026-11-30T11:00:00+01:00"));
    const resolution = r.value.byPriority.P3.resolution;
    expect([resolution.count, resolution.running]).toEqual([1, 1]);
    expect(Object.keys(resolution)).not.toContain("normHolds");
    expect(Object.keys(r.value.byPriority.P1.response)).not.toContain("normHolds");
  });
});

describe("the compliance steps record the period, the tallies, the verdict and the clauses (MDO-SLA 9.3, 13)", () => {
  it("one P2 in November gives the period step and one step per target of P2 only, none for targets without items (MDO-SLA 9.3, 13)", () => {
    const period = november();
    const r = compliance({ incidents: [p2("x", at("2026-11-03T10:00:00+01:00"))], period }, sla, endOfMonth);
    expect(r.because.map((s) => s.rule)).toEqual([
      "compliance-period",
      "compliance-response",
      "compliance-resolution",
    ]);
    const [periodStep, response, resolution] = r.because;
    expect(periodStep?.inputs).toStrictEqual({
      start: formatInstant(period.start),
      end: formatInstant(period.end),
      notMeasured: 0,
    });
    expect(periodStep?.inputs.start).toBe("2026-11-01T00:00:00+01:00");
    expect(periodStep?.citations).toEqual(mdoSla2025.compliancePeriod.citations);
    expect(response?.inputs).toStrictEqual({ priority: "P2", met: 1, breached: 0, running: 0, noTarget: 0 });
    expect(response?.output).toBe(true);
    expect(response?.citations).toEqual([
      ...mdoSla2025.targets.P2.norm.citations,
      ...mdoSla2025.normAppliesToResponse.citations,
    ]);
    expect(resolution?.inputs).toStrictEqual({
      priority: "P2",
      met: 1,
      breached: 0,
      running: 0,
      noTarget: 0,
    });
    expect(resolution?.output).toBe(true);
    expect(resolution?.citations).toEqual(mdoSla2025.targets.P2.norm.citations);
  });

  it("a P2 response 5 office hours late breaches the norm (output false); a running resolution has output null (MDO-SLA 9.3)", () => {
    const late = incident({
      id: "late",
      receivedAt: at("2026-11-03T10:00:00+01:00"),
      priority: "P2",
      respondedAt: at("2026-11-03T15:00:00+01:00"),
    });
    const r = compliance({ incidents: [late], period: november() }, sla, at("2026-11-03T16:00:00+01:00"));
    const response = r.because.find((s) => s.rule === "compliance-response");
    const resolution = r.because.find((s) => s.rule === "compliance-resolution");
    expect(response?.inputs).toStrictEqual({ priority: "P2", met: 0, breached: 1, running: 0, noTarget: 0 });
    expect(response?.output).toBe(false);
    expect(resolution?.inputs).toStrictEqual({
      priority: "P2",
      met: 0,
      breached: 0,
      running: 1,
      noTarget: 0,
    });
    expect(resolution?.output).toBeNull();
  });
});
