import type { Instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { compileSla } from "../src/compile.js";
import { compliance as complianceOf } from "../src/compliance.js";
import type { Incident } from "../src/incident.js";
import { monthInterval, yearMonth } from "../src/period.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { at, incident, sla } from "./helpers.js";

/** `compliance` of incidents over a period (the examples below were written incidents first). */
const compliance = (
  incidents: ReadonlyArray<Incident>,
  compiled: typeof sla,
  period: { readonly start: Instant; readonly end: Instant },
  now: Instant,
) => complianceOf({ incidents, period }, compiled, now);

// P2 received Tuesday 10:00 → resolution due Thursday 17:00 (2 working days).
const p2 = (id: string, day: string, solved?: string): Incident =>
  incident({
    id,
    receivedAt: at(`2026-11-${day}T10:00:00+01:00`),
    priority: "P2",
    respondedAt: at(`2026-11-${day}T10:30:00+01:00`),
    ...(solved === undefined ? {} : { resolution: { reportedAt: at(solved) } }),
  });

const november = monthInterval(yearMonth("2026-11"));
const endOfMonth = at("2026-11-30T23:00:00+01:00");

describe("compliance with the 90 % norm per priority and target (MDO-SLA §9.3)", () => {
  // 9 met, 1 breached, 2 running.
  const incidents: Array<Incident> = [
    ...Array.from({ length: 9 }, (_, k) => p2(`met-${k}`, "03", "2026-11-04T12:00:00+01:00")),
    p2("late", "03", "2026-11-06T09:00:00+01:00"),
    p2("open-1", "30"),
    p2("open-2", "30"),
  ];

  it("9 met, 1 breached and 2 running is 90 %: the norm holds, running incidents stay out of the denominator", () => {
    const r = compliance(incidents, sla, november, endOfMonth).value.byPriority.P2.resolution;
    expect([r.count, r.met, r.breached, r.running]).toEqual([12, 9, 1, 2]);
    expect(r.share).toEqual({ numerator: 9, denominator: 10 });
    expect(r.percent).toBe("90.0");
    expect(r.normHolds).toBe(true);
  });

  it("8 met and 2 breached is 80 %: the norm does not hold", () => {
    const r = compliance(
      [...incidents, p2("late-2", "03", "2026-11-09T09:00:00+01:00")].slice(1),
      sla,
      november,
      endOfMonth,
    ).value.byPriority.P2.resolution;
    expect([r.met, r.breached]).toEqual([8, 2]);
    expect(r.normHolds).toBe(false);
  });

  it("incidents are attributed to the month in which they were received", () => {
    const oct = p2("october", "03", "2026-11-04T12:00:00+01:00");
    const received = { ...oct, receivedAt: at("2026-10-30T10:00:00+01:00") };
    const r = compliance([received], sla, november, endOfMonth).value.byPriority.P2.resolution;
    expect(r.count).toBe(0);
    expect(r.normHolds).toBeUndefined();
  });

  it("a P4 without an agreed resolution deadline is counted as 'no target', not as met", () => {
    const p4 = incident({
      id: "p4",
      receivedAt: at("2026-11-03T10:00:00+01:00"),
      priority: "P4",
      resolution: { reportedAt: at("2026-11-20T10:00:00+01:00") },
    });
    const r = compliance([p4], sla, november, endOfMonth).value.byPriority.P4.resolution;
    expect([r.count, r.met, r.noTarget]).toEqual([1, 0, 1]);
    expect(r.share).toBeUndefined();
  });

  it("the norm is applied to response times by default, and not with normAppliesToResponse: false", () => {
    const slow = incident({
      id: "slow",
      receivedAt: at("2026-11-03T10:00:00+01:00"),
      priority: "P2",
      respondedAt: at("2026-11-03T15:00:00+01:00"),
    });
    expect(compliance([slow], sla, november, endOfMonth).value.byPriority.P2.response.normHolds).toBe(false);
    const lenient = compileSla(mdoSla2025, { normAppliesToResponse: false });
    expect(
      compliance([slow], lenient, november, endOfMonth).value.byPriority.P2.response.normHolds,
    ).toBeUndefined();
  });

  it("incidents received before the SLA took effect (first MDO in production, MDO-BV art. 4.5) are not measured", () => {
    const later = compileSla(mdoSla2025, { effectiveFrom: at("2026-11-15T00:00:00+01:00") });
    const r = compliance(incidents, later, november, endOfMonth).value;
    expect(r.notMeasured).toBe(10);
    expect(r.byPriority.P2.resolution.count).toBe(2);
  });
});

describe("another SLA preset's norm is shown as stated", () => {
  it("a 92,5 % norm reads '92.5 %' in the explanation, not '92 %'", () => {
    const norm = {
      value: { numerator: 925, denominator: 1000 },
      citations: mdoSla2025.targets.P2.norm.citations,
    };
    const def = {
      ...mdoSla2025,
      targets: { ...mdoSla2025.targets, P2: { ...mdoSla2025.targets.P2, norm } },
    };
    const c = compliance(
      [
        incident({
          receivedAt: at("2026-05-04T10:00:00+02:00"),
          priority: "P2",
          respondedAt: at("2026-05-04T10:30:00+02:00"),
        }),
      ],
      compileSla(def),
      monthInterval(yearMonth("2026-05")),
      at("2026-06-01T00:00:00+02:00"),
    );
    expect(c.because.map((s) => s.en).join("\n")).toContain("the 92.5 % norm holds");
  });
});

describe("an empty reporting period (start = end; this library's reading, guide §3)", () => {
  it("counts nothing and gives no share and no norm verdict, even with an incident received at its start", () => {
    const start = at("2026-11-03T10:00:00+01:00");
    const c = compliance(
      [p2("at-start", "03", "2026-11-04T12:00:00+01:00")],
      sla,
      { start, end: start },
      endOfMonth,
    ).value.byPriority.P2;
    for (const target of [c.response, c.resolution]) {
      expect(target).toMatchObject({ count: 0, met: 0, breached: 0, running: 0, noTarget: 0 });
      expect(target.share).toBeUndefined();
      expect(target.normHolds).toBeUndefined();
    }
  });
});
