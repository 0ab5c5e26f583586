import { explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { availability as availabilityOf, mergeIntervals, type Outage } from "../src/availability.js";
import { compileSla } from "../src/compile.js";
import { type YearMonth, yearMonth } from "../src/period.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { monthlyReport } from "../src/report.js";
import { at, sla } from "./helpers.js";

/** `availability` of a month's outages (the examples below were written outage list first). */
const availability = (
  outages: ReadonlyArray<Outage>,
  month: YearMonth,
  compiled: typeof sla,
  options: Parameters<typeof availabilityOf>[2] = {},
) => availabilityOf({ month, outages }, compiled, options);

const outage = (start: string, end: string, cause: Outage["cause"], extra: Partial<Outage> = {}): Outage =>
  ({ start: at(start), end: at(end), cause, ...extra }) as Outage;

describe("B: the minutes of a calendar month in the 24 × 7 window, DST-aware (MDO-SLA §7.2, §2.3)", () => {
  it("March 2026 has 44 580 minutes because the clocks go forward on Sunday 29 March", () => {
    expect(availability([], yearMonth("2026-03"), sla).value.monthMinutes).toBe(44_580);
  });

  it("October 2026 has 44 700 minutes because the clocks go back on Sunday 25 October", () => {
    expect(availability([], yearMonth("2026-10"), sla).value.monthMinutes).toBe(44_700);
  });

  it("April 2026 has 43 200 minutes, and a month without outages is 100 % available", () => {
    const r = availability([], yearMonth("2026-04"), sla).value;
    expect(r.monthMinutes).toBe(43_200);
    expect(r.percent).toBe("100.000");
    expect(r.targetMet).toBe(true);
  });
});

describe("D: minutes not or only partly available (MDO-SLA §2.18)", () => {
  it("an outage from 01:30 to 03:30 local time on 29 March 2026 lasts 60 minutes, because 02:00–03:00 does not exist", () => {
    const r = availability(
      [outage("2026-03-29T01:30:00+01:00", "2026-03-29T03:30:00+02:00", "supplier")],
      yearMonth("2026-03"),
      sla,
    );
    expect(r.value.downtimeMinutes).toBe(60);
  });

  it("an outage from the first 02:30 to the second 02:30 on 25 October 2026 lasts 60 minutes", () => {
    const r = availability(
      [outage("2026-10-25T02:30:00+02:00", "2026-10-25T02:30:00+01:00", "supplier")],
      yearMonth("2026-10"),
      sla,
    );
    expect(r.value.downtimeMinutes).toBe(60);
  });

  it("a minute counts whole when any part of it is unavailable: 10:00:30 to 10:01:10 costs 2 minutes", () => {
    const r = availability(
      [outage("2026-04-07T10:00:30+02:00", "2026-04-07T10:01:10+02:00", "supplier")],
      yearMonth("2026-04"),
      sla,
    );
    expect(r.value.downtimeMinutes).toBe(2);
  });

  it("overlapping and touching outages are merged and each minute counted once", () => {
    const r = availability(
      [
        outage("2026-04-07T10:00:00+02:00", "2026-04-07T10:30:00+02:00", "supplier", { id: "a" }),
        outage("2026-04-07T10:20:00+02:00", "2026-04-07T11:00:00+02:00", "subcontractor", { id: "b" }),
        outage("2026-04-07T11:00:00+02:00", "2026-04-07T11:10:00+02:00", "supplier", { id: "c" }),
      ],
      yearMonth("2026-04"),
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(70);
    expect(r.downtime).toHaveLength(1);
    expect(r.downtime[0]?.outages).toEqual(["a", "b", "c"]);
    expect(r.downtime[0]?.causes).toEqual(["supplier", "subcontractor"]);
  });

  it("an outage running into the next month counts only its minutes inside the month", () => {
    const r = availability(
      [outage("2026-04-30T23:00:00+02:00", "2026-05-01T01:00:00+02:00", "supplier")],
      yearMonth("2026-04"),
      sla,
    );
    expect(r.value.downtimeMinutes).toBe(60);
  });

  it("an outage of the platform supplier counts: subcontractors are part of the Infrastructure (MDO-SLA §2.12, §2.33)", () => {
    const r = availability(
      [outage("2026-04-07T10:00:00+02:00", "2026-04-07T11:00:00+02:00", "subcontractor")],
      yearMonth("2026-04"),
      sla,
    );
    expect(r.value.downtimeMinutes).toBe(60);
  });
});

describe("exclusions (MDO-SLA §7.2 item 2) and maintenance notice (§7.2 item 1)", () => {
  it("maintenance announced on Monday 2 March 2026 for the weekend of 14–15 March was announced too late and counts as downtime", () => {
    const r = availability(
      [
        outage("2026-03-14T22:00:00+01:00", "2026-03-15T02:00:00+01:00", "maintenance", {
          id: "MW-1",
          announcedAt: at("2026-03-02T10:00:00+01:00"),
        }),
      ],
      yearMonth("2026-03"),
      sla,
    );
    expect(r.value.downtimeMinutes).toBe(240);
    expect(r.value.excludedMinutes).toBe(0);
    expect(r.value.maintenanceAnnouncedLate).toEqual(["MW-1"]);
    expect(explainToText(r, "en")).toContain("not announced in time");
  });

  it("the same maintenance announced on Friday 20 February 2026 is excluded", () => {
    const r = availability(
      [
        outage("2026-03-14T22:00:00+01:00", "2026-03-15T02:00:00+01:00", "maintenance", {
          announcedAt: at("2026-02-20T10:00:00+01:00"),
        }),
      ],
      yearMonth("2026-03"),
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(0);
    expect(r.excludedMinutes).toBe(240);
    expect(r.excludedByCause).toEqual({ maintenance: 240 });
    expect(r.monthMinutes - r.measuredMinutes).toBe(240);
  });

  it("unannounced maintenance counts as downtime", () => {
    const r = availability(
      [outage("2026-04-07T22:00:00+02:00", "2026-04-07T23:00:00+02:00", "maintenance")],
      yearMonth("2026-04"),
      sla,
    );
    expect(r.value.downtimeMinutes).toBe(60);
  });

  it.each([
    "customer-ict",
    "no-technical-influence",
    "attack",
    "incorrect-use",
    "breach-of-agreement",
    "attributable-to-customer",
    "force-majeure",
  ] as const)("unavailability caused by %s is not attributed to the supplier", (cause) => {
    const r = availability(
      [outage("2026-04-07T10:00:00+02:00", "2026-04-07T11:00:00+02:00", cause)],
      yearMonth("2026-04"),
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(0);
    expect(r.excludedByCause[cause]).toBe(60);
  });

  it("an excluded outage overlapping downtime does not change D and its overlap is not removed from B twice", () => {
    const r = availability(
      [
        outage("2026-04-07T10:00:00+02:00", "2026-04-07T11:00:00+02:00", "supplier"),
        outage("2026-04-07T10:30:00+02:00", "2026-04-07T12:00:00+02:00", "force-majeure"),
      ],
      yearMonth("2026-04"),
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(60);
    expect(r.excludedMinutes).toBe(60);
    expect(r.excludedByCause["force-majeure"]).toBe(90);
  });
});

describe("the 99,7 % target and both readings of B (MDO-SLA §7.2)", () => {
  const april = [
    outage("2026-04-11T22:00:00+02:00", "2026-04-12T08:00:00+02:00", "maintenance", {
      announcedAt: at("2026-03-20T10:00:00+01:00"),
    }),
    outage("2026-04-15T10:00:00+02:00", "2026-04-15T12:09:00+02:00", "supplier"),
  ];

  it("April 2026 with 600 minutes of announced maintenance and 129 minutes of downtime is 99.697 %, missed, when excluded minutes leave B", () => {
    const r = availability(april, yearMonth("2026-04"), sla).value;
    expect([r.excludedMinutes, r.downtimeMinutes, r.measuredMinutes]).toEqual([600, 129, 42_600]);
    expect(r.percent).toBe("99.697");
    expect(r.targetMet).toBe(false);
    expect(r.allowedDowntimeMinutes).toBe(127);
    expect(r.remainingDowntimeMinutes).toBe(-2);
  });

  it("the same month is 99.701 %, met, when excluded minutes are kept in B", () => {
    const r = availability(april, yearMonth("2026-04"), sla, { excludedMinutes: "kept-in-b" }).value;
    expect(r.percent).toBe("99.701");
    expect(r.targetMet).toBe(true);
    expect(r.remainingDowntimeMinutes).toBe(0);
  });

  it("in April 2026 (43 200 minutes) 129 minutes of downtime still meets 99,7 % and 130 minutes misses it", () => {
    const base = outage("2026-04-15T10:00:00+02:00", "2026-04-15T12:09:00+02:00", "supplier");
    expect(availability([base], yearMonth("2026-04"), sla).value.targetMet).toBe(true);
    const more = outage("2026-04-15T10:00:00+02:00", "2026-04-15T12:10:00+02:00", "supplier");
    expect(availability([more], yearMonth("2026-04"), sla).value.targetMet).toBe(false);
  });
});

describe("mergeIntervals", () => {
  it("merges overlapping and touching intervals and drops empty ones", () => {
    expect(
      mergeIntervals([
        { start: 5, end: 8 },
        { start: 0, end: 5 },
        { start: 10, end: 12 },
        { start: 11, end: 11 },
      ]),
    ).toEqual([
      { start: 0, end: 8 },
      { start: 10, end: 12 },
    ]);
  });
});

describe("the SLA applies from the first MDO in production (MDO-BV art. 4.5)", () => {
  it("with the SLA effective from Wednesday 15 April 2026 00:00, April has 23 040 minutes (16 days) to measure and earlier outages do not count", async () => {
    const { compileSla } = await import("../src/compile.js");
    const { mdoSla2025 } = await import("../src/presets/mdo-sla-2025.js");
    const fromMid = compileSla(mdoSla2025, { effectiveFrom: at("2026-04-15T00:00:00+02:00") });
    const r = availability(
      [
        outage("2026-04-14T10:00:00+02:00", "2026-04-14T11:00:00+02:00", "supplier"),
        outage("2026-04-14T23:30:00+02:00", "2026-04-15T00:30:00+02:00", "supplier"),
      ],
      yearMonth("2026-04"),
      fromMid,
    ).value;
    expect(r.monthMinutes).toBe(16 * 1440);
    expect(r.downtimeMinutes).toBe(30);
  });
});

describe("another SLA preset's target is shown as stated, not truncated", () => {
  it("a 99,95 % target reads '99.95 %' in the explanation and in the monthly report, not '99.9 %'", () => {
    const def = {
      ...mdoSla2025,
      availability: {
        ...mdoSla2025.availability,
        target: {
          value: { numerator: 9995, denominator: 10000 },
          citations: mdoSla2025.availability.target.citations,
        },
      },
    };
    const strict = compileSla(def);
    const r = availability([], yearMonth("2026-04"), strict);
    expect(explainToText(r, "en")).toContain("the 99.95 % target is met");
    expect(explainToText(r, "nl")).toContain("de norm van 99.95 % is gehaald");
    const report = monthlyReport(
      { month: yearMonth("2026-04"), incidents: [], outages: [] },
      strict,
      at("2026-05-01T00:00:00+02:00"),
    ).value;
    expect(report.availability.targetPercent).toBe("99.95");
  });
});

describe("a downtime interval's lateMaintenance says why maintenance counts (MDO-SLA §7.2 items 1 and 2 a)", () => {
  const lateOutage = outage("2026-03-14T22:00:00+01:00", "2026-03-15T02:00:00+01:00", "maintenance", {
    id: "MW-1",
    announcedAt: at("2026-03-02T09:00:00+01:00"),
  });

  it("maintenance announced too late counts, and its interval is flagged late", () => {
    const r = availability([lateOutage], yearMonth("2026-03"), sla).value;
    expect(r.downtimeMinutes).toBe(240);
    expect(r.downtime.map((i) => [i.minutes, i.lateMaintenance])).toEqual([[240, true]]);
  });

  it("under an agreement that does not exclude maintenance, maintenance counts as any outage: not flagged late, not listed as announced late", () => {
    const def = {
      ...mdoSla2025,
      availability: {
        ...mdoSla2025.availability,
        excludedCauses: {
          value: mdoSla2025.availability.excludedCauses.value.filter((c) => c !== "maintenance"),
          citations: mdoSla2025.availability.excludedCauses.citations,
        },
      },
    };
    const r = availability([lateOutage], yearMonth("2026-03"), compileSla(def)).value;
    expect(r.downtimeMinutes).toBe(240);
    expect(r.maintenanceAnnouncedLate).toEqual([]);
    expect(r.downtime.map((i) => [i.minutes, i.causes, i.lateMaintenance])).toEqual([
      [240, ["maintenance"], false],
    ]);
  });

  it("a supplier outage merged with maintenance announced in time is not flagged late", () => {
    const r = availability(
      [
        outage("2026-03-14T21:00:00+01:00", "2026-03-14T22:30:00+01:00", "supplier"),
        outage("2026-03-14T22:00:00+01:00", "2026-03-15T02:00:00+01:00", "maintenance", {
          announcedAt: at("2026-02-20T09:00:00+01:00"),
        }),
      ],
      yearMonth("2026-03"),
      sla,
    ).value;
    expect(r.downtime.map((i) => [i.minutes, i.lateMaintenance])).toEqual([[90, false]]);
  });
});
