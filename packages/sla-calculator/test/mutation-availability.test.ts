// Tests that kill surviving mutants of src/availability.ts (issue #17, docs/quality.md): each pins
// down a rule of the availability clauses (MDO-SLA §7.2 with its items 1 and 2 a–h, §7.1 for the
// regular maintenance windows, §2.3, §2.18) or what its explanation step records — the inputs,
// the output and the clauses — not the wording of a sentence. Figures are worked out by hand from
// the clause: B = minutes of the month, D = whole minutes touched by counted outages, E = excluded
// minutes not already in D, availability = (B − E − D) / (B − E).
import type { Citation, Explained, Step } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { availability, mergeIntervals, type Outage } from "../src/availability.js";
import { compileSla } from "../src/compile.js";
import { decodeAvailabilityInput } from "../src/decode.js";
import type { MaintenanceOverview } from "../src/maintenance.js";
import { yearMonth } from "../src/period.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { at, local, sla } from "./helpers.js";

const outage = (start: string, end: string, cause: Outage["cause"], extra: Partial<Outage> = {}): Outage =>
  ({ start: at(start), end: at(end), cause, ...extra }) as Outage;
const window = (start: string, end: string) => ({ start: at(start), end: at(end) });
const stepOf = (e: Explained<unknown>, rule: string): Step => {
  const s = e.because.find((x) => x.rule === rule);
  if (s === undefined) throw new Error(`no step ${rule} in ${e.because.map((x) => x.rule).join(", ")}`);
  return s;
};
const hasStep = (e: Explained<unknown>, rule: string): boolean => e.because.some((x) => x.rule === rule);
const articles = (cs: ReadonlyArray<Citation>): Array<string> => cs.map((c) => `${c.source} ${c.article}`);

const april = yearMonth("2026-04"); // 30 days: B = 43 200 minutes
const august = yearMonth("2026-08"); // 31 days: B = 44 640 minutes
/** The 2026 overview published Monday 1 December 2025: Saturday nights 22:00–06:00, two weeks apart. */
const overview2026: MaintenanceOverview = {
  publishedAt: at("2025-12-01T10:00:00+01:00"),
  windows: [
    window("2026-04-11T22:00:00+02:00", "2026-04-12T06:00:00+02:00"),
    window("2026-04-25T22:00:00+02:00", "2026-04-26T06:00:00+02:00"),
  ],
};
/** The same overview's three Saturday nights in August 2026 (1, 15 and 29 August), two weeks apart. */
const overviewAugust: MaintenanceOverview = {
  publishedAt: at("2025-12-01T10:00:00+01:00"),
  windows: [
    window("2026-08-01T22:00:00+02:00", "2026-08-02T06:00:00+02:00"),
    window("2026-08-15T22:00:00+02:00", "2026-08-16T06:00:00+02:00"),
    window("2026-08-29T22:00:00+02:00", "2026-08-30T06:00:00+02:00"),
  ],
};
const WINDOWS = "availability-regular-maintenance-windows";

describe("an outage's announcement belongs to maintenance only (MDO-SLA §7.2 item 1)", () => {
  it("a supplier outage with an announcement is refused by the decoder; maintenance with one is accepted", () => {
    const base = { start: "2026-04-15T10:00:00+02:00", end: "2026-04-15T11:00:00+02:00" };
    const announcedAt = "2026-03-01T10:00:00+01:00";
    expect(
      decodeAvailabilityInput({ month: "2026-04", outages: [{ ...base, cause: "supplier", announcedAt }] })
        .ok,
    ).toBe(false);
    expect(
      decodeAvailabilityInput({ month: "2026-04", outages: [{ ...base, cause: "maintenance", announcedAt }] })
        .ok,
    ).toBe(true);
  });
});

describe("mergeIntervals: the union of half-open intervals [start, end) (MDO-SLA §2.18, overlapping outages count once)", () => {
  it("empty and reversed intervals cover nothing", () => {
    expect(mergeIntervals([{ start: 3, end: 3 }])).toEqual([]);
    expect(mergeIntervals([{ start: 5, end: 2 }])).toEqual([]);
  });
  it("an interval that starts later but ends at the same point lies inside the one that starts earlier", () => {
    expect(
      mergeIntervals([
        { start: 5, end: 6 },
        { start: 0, end: 6 },
      ]),
    ).toEqual([{ start: 0, end: 6 }]);
  });
  it("an interval inside another does not shorten it", () => {
    expect(
      mergeIntervals([
        { start: 0, end: 10 },
        { start: 2, end: 5 },
      ]),
    ).toEqual([{ start: 0, end: 10 }]);
  });
});

describe("each step of the month's availability records its inputs and clauses (MDO-SLA §7.2, §2.3, §2.18)", () => {
  it("April 2026 with one 60-minute unannounced maintenance outside the windows and a valid overview: B, windows, E, late maintenance, D and the percentage", () => {
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-15T20:00:00+02:00", "2026-04-15T21:00:00+02:00", "maintenance", { id: "M" }),
        ],
        maintenanceOverviews: [overview2026],
      },
      sla,
    );
    const b = stepOf(r, "availability-month-minutes");
    expect(b.inputs).toStrictEqual({ month: "2026-04" });
    expect(b.output).toBe(43_200);
    expect(articles(b.citations)).toEqual(["MDO-SLA 7.2", "MDO-SLA 2.3"]);
    const w = stepOf(r, WINDOWS);
    expect(w.inputs).toStrictEqual({ validWindows: 2, invalidWindows: 0 });
    expect(w.output).toBe(0);
    expect(articles(w.citations)).toEqual(["MDO-SLA 7.2 item 2 a", "MDO-SLA 7.1", "MDO-SLA 7.1"]);
    expect(stepOf(r, "availability-excluded").inputs).toStrictEqual({ excludedByCause: {} });
    const late = stepOf(r, "availability-maintenance-announced-late");
    expect(late.inputs).toStrictEqual({ outages: ["M"] });
    expect(articles(late.citations)).toEqual(["MDO-SLA 7.2 item 1"]);
    const d = stepOf(r, "availability-downtime");
    expect(d.inputs).toStrictEqual({ intervals: 1 });
    expect(d.output).toBe(60);
    expect(stepOf(r, "availability-percentage").inputs).toStrictEqual({
      measuredMinutes: 43_200,
      downtimeMinutes: 60,
      target: "99.7",
    });
  });
  it("a month without late maintenance has no late-maintenance step, and without overviews no windows step", () => {
    const r = availability(
      {
        month: april,
        outages: [outage("2026-04-15T20:00:00+02:00", "2026-04-15T21:00:00+02:00", "force-majeure")],
      },
      sla,
    );
    expect(hasStep(r, "availability-maintenance-announced-late")).toBe(false);
    expect(hasStep(r, WINDOWS)).toBe(false);
    expect(stepOf(r, "availability-excluded").inputs).toStrictEqual({
      excludedByCause: { "force-majeure": 60 },
    });
    expect(hasStep(availability({ month: april, outages: [], maintenanceOverviews: [] }, sla), WINDOWS)).toBe(
      false,
    );
  });
  it("a window during office hours (Wednesday 15 April 10:00–11:00) is counted invalid beside the two valid Saturday nights", () => {
    const r = availability(
      {
        month: april,
        outages: [],
        maintenanceOverviews: [
          {
            ...overview2026,
            windows: [
              ...overview2026.windows,
              window("2026-04-15T10:00:00+02:00", "2026-04-15T11:00:00+02:00"),
            ],
          },
        ],
      },
      sla,
    );
    expect(stepOf(r, WINDOWS).inputs).toStrictEqual({ validWindows: 2, invalidWindows: 1 });
  });
});

describe("a month in which nothing is measured is fully available (MDO-SLA §7.2, this library's reading: 1/1)", () => {
  it("force majeure covering all of April 2026 removes every minute from B: availability 1/1, 100 %, target met", () => {
    const r = availability(
      {
        month: april,
        outages: [outage("2026-04-01T00:00:00+02:00", "2026-05-01T00:00:00+02:00", "force-majeure")],
      },
      sla,
    ).value;
    expect(r.measuredMinutes).toBe(0);
    expect(r.availability).toEqual({ numerator: 1, denominator: 1 });
    expect(r.targetMet).toBe(true);
  });
});

describe("maintenance announced on its own must be announced 10 working days ahead (MDO-SLA §7.2 item 1, §7.1)", () => {
  // Announced Wednesday 1 April 2026 10:00: the 10th working day after it (Easter Monday 6 April is
  // a holiday) is Thursday 16 April; the notice runs out at its close, 17:00.
  const announcedAt = at("2026-04-01T10:00:00+02:00");
  it("maintenance starting Thursday 16 April 17:00 was announced in time and is excluded", () => {
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-16T17:00:00+02:00", "2026-04-16T18:00:00+02:00", "maintenance", { announcedAt }),
        ],
      },
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(0);
    expect(r.excludedMinutes).toBe(60);
  });
  it("maintenance starting a minute earlier, 16:59, was announced too late and counts", () => {
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-16T16:59:00+02:00", "2026-04-16T17:59:00+02:00", "maintenance", {
            announcedAt,
            id: "M",
          }),
        ],
      },
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(60);
    expect(r.maintenanceAnnouncedLate).toEqual(["M"]);
  });
});

describe("unannounced maintenance is excluded inside valid windows only, and counts outside them (MDO-SLA §7.2 item 2 a, §7.1)", () => {
  it("maintenance ending exactly when a window starts (11 April 21:00–22:00) counts whole and excludes nothing", () => {
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-11T21:00:00+02:00", "2026-04-11T22:00:00+02:00", "maintenance", { id: "M" }),
        ],
        maintenanceOverviews: [overview2026],
      },
      sla,
    );
    expect(r.value.downtimeMinutes).toBe(60);
    expect(r.value.excludedByCause).toStrictEqual({});
    expect(r.value.maintenanceAnnouncedLate).toEqual(["M"]);
  });
  it("maintenance starting exactly when a window ends (12 April 06:00–07:00) counts whole and excludes nothing", () => {
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-12T06:00:00+02:00", "2026-04-12T07:00:00+02:00", "maintenance", { id: "M" }),
        ],
        maintenanceOverviews: [overview2026],
      },
      sla,
    );
    expect(r.value.downtimeMinutes).toBe(60);
    expect(r.value.excludedByCause).toStrictEqual({});
  });
  it("maintenance starting with the window (11 April 22:00–23:00) is wholly inside it: no downtime, not late", () => {
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-11T22:00:00+02:00", "2026-04-11T23:00:00+02:00", "maintenance", { id: "M" }),
        ],
        maintenanceOverviews: [overview2026],
      },
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(0);
    expect(r.downtime).toEqual([]);
    expect(r.maintenanceAnnouncedLate).toEqual([]);
    expect(r.excludedByCause).toStrictEqual({ maintenance: 60 });
  });
  it("maintenance 11 April 21:00–23:00 counts the hour before the window as late maintenance", () => {
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-11T21:00:00+02:00", "2026-04-11T23:00:00+02:00", "maintenance", { id: "M" }),
        ],
        maintenanceOverviews: [overview2026],
      },
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(60);
    expect(r.downtime).toHaveLength(1);
    expect(local(r.downtime[0]?.start)).toBe("2026-04-11T21:00:00+02:00");
    expect(r.downtime[0]?.lateMaintenance).toBe(true);
    expect(r.maintenanceAnnouncedLate).toEqual(["M"]);
    expect(r.excludedMinutes).toBe(60);
  });
  it("unannounced maintenance over all of August 2026 counts except its three valid Saturday-night windows: D = 39 480, E = 1 440", () => {
    const r = availability(
      {
        month: august,
        outages: [
          outage("2026-08-01T21:00:00+02:00", "2026-08-30T07:00:00+02:00", "maintenance", { id: "M" }),
        ],
        maintenanceOverviews: [overviewAugust],
      },
      sla,
    );
    expect(stepOf(r, WINDOWS).inputs).toStrictEqual({ validWindows: 3, invalidWindows: 0 });
    expect(r.value.downtimeMinutes).toBe(60 + 19_680 + 19_680 + 60);
    expect(r.value.excludedMinutes).toBe(3 * 480);
    expect(r.value.measuredMinutes).toBe(44_640 - 1_440);
    expect(r.value.downtime.map((i) => i.minutes)).toEqual([60, 19_680, 19_680, 60]);
    expect(r.value.downtime.every((i) => i.lateMaintenance && i.outages.join() === "M")).toBe(true);
  });
  it("five unannounced maintenance reports in August 2026 (four of 1–16 Aug over two windows, one of 29–30 Aug over the third) count 19 920 minutes and exclude the three windows, 1 440", () => {
    const twoWindows = () => outage("2026-08-01T21:00:00+02:00", "2026-08-16T07:00:00+02:00", "maintenance");
    const r = availability(
      {
        month: august,
        outages: [
          twoWindows(),
          twoWindows(),
          twoWindows(),
          twoWindows(),
          outage("2026-08-29T21:00:00+02:00", "2026-08-30T07:00:00+02:00", "maintenance"),
        ],
        maintenanceOverviews: [overviewAugust],
      },
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(60 + 19_680 + 60 + 60 + 60);
    expect(r.excludedMinutes).toBe(3 * 480);
    expect(r.excludedByCause).toStrictEqual({ maintenance: 3 * 480 });
  });
  it("when the SLA does not exclude regular windows, unannounced maintenance inside one counts whole", () => {
    const noWindows = compileSla({
      ...mdoSla2025,
      availability: {
        ...mdoSla2025.availability,
        regularWindowsExcluded: { ...mdoSla2025.availability.regularWindowsExcluded, value: false },
      },
    });
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-11T23:00:00+02:00", "2026-04-12T01:00:00+02:00", "maintenance", { id: "M" }),
        ],
        maintenanceOverviews: [overview2026],
      },
      noWindows,
    ).value;
    expect(r.downtimeMinutes).toBe(120);
    expect(r.excludedMinutes).toBe(0);
    expect(r.maintenanceAnnouncedLate).toEqual(["M"]);
  });
});

describe("the windows step gives the unannounced maintenance minutes a valid window excludes, once each and not those already in D (MDO-SLA §7.2 item 2 a, §2.18)", () => {
  it("two such outages listed later one first (25 April, then 11 April, 23:00–24:00 each) exclude 120 minutes", () => {
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-25T23:00:00+02:00", "2026-04-26T00:00:00+02:00", "maintenance"),
          outage("2026-04-11T23:00:00+02:00", "2026-04-12T00:00:00+02:00", "maintenance"),
        ],
        maintenanceOverviews: [overview2026],
      },
      sla,
    );
    expect(stepOf(r, WINDOWS).output).toBe(120);
    expect(r.value.excludedMinutes).toBe(120);
  });
  it("an outage 23:00–01:00 inside another 22:00–02:00 in the same window excludes the 240 minutes once", () => {
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-11T22:00:00+02:00", "2026-04-12T02:00:00+02:00", "maintenance"),
          outage("2026-04-11T23:00:00+02:00", "2026-04-12T01:00:00+02:00", "maintenance"),
        ],
        maintenanceOverviews: [overview2026],
      },
      sla,
    );
    expect(stepOf(r, WINDOWS).output).toBe(240);
  });
  it("with supplier outages on 1 April, inside the window (23:00–24:00) and on 20 April, the window excludes 240 − 60 = 180 minutes", () => {
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-01T10:00:00+02:00", "2026-04-01T11:00:00+02:00", "supplier"),
          outage("2026-04-11T22:00:00+02:00", "2026-04-12T02:00:00+02:00", "maintenance"),
          outage("2026-04-11T23:00:00+02:00", "2026-04-12T00:00:00+02:00", "supplier"),
          outage("2026-04-20T10:00:00+02:00", "2026-04-20T11:00:00+02:00", "supplier"),
        ],
        maintenanceOverviews: [overview2026],
      },
      sla,
    );
    expect(stepOf(r, WINDOWS).output).toBe(180);
    expect(r.value.downtimeMinutes).toBe(180);
    expect(r.value.excludedMinutes).toBe(180);
  });
});

describe("each downtime interval names the outages merged into it, once each (MDO-SLA §2.18)", () => {
  it("three separate supplier outages A, B, C give three intervals naming A, B and C", () => {
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-01T10:00:00+02:00", "2026-04-01T11:00:00+02:00", "supplier", { id: "A" }),
          outage("2026-04-02T10:00:00+02:00", "2026-04-02T11:00:00+02:00", "supplier", { id: "B" }),
          outage("2026-04-03T10:00:00+02:00", "2026-04-03T11:00:00+02:00", "customer-ict", { id: "X" }),
          outage("2026-04-04T10:00:00+02:00", "2026-04-04T11:00:00+02:00", "supplier", { id: "C" }),
        ],
      },
      sla,
    ).value;
    expect(r.downtime.map((i) => i.outages)).toEqual([["A"], ["B"], ["C"]]);
    expect(r.downtime.map((i) => i.causes)).toEqual([["supplier"], ["supplier"], ["supplier"]]);
  });
  it("late maintenance split by a window inside one supplier outage is named once in the merged interval", () => {
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-11T20:00:00+02:00", "2026-04-12T08:00:00+02:00", "supplier", { id: "S" }),
          outage("2026-04-11T21:00:00+02:00", "2026-04-12T07:00:00+02:00", "maintenance", { id: "M" }),
        ],
        maintenanceOverviews: [overview2026],
      },
      sla,
    ).value;
    expect(r.downtime).toHaveLength(1);
    expect(r.downtime[0]?.outages).toEqual(["S", "M"]);
    expect(r.downtimeMinutes).toBe(720);
  });
  it("2 800 one-minute supplier outages a minute apart (the counting-sort path) and one excluded outage: D = 2 800 in 2 800 intervals", () => {
    const start = at("2026-04-01T00:00:00+02:00");
    const outages: Array<Outage> = [];
    for (let k = 0; k < 2_800; k++) {
      const s = start + (2 * k + 1) * 60_000;
      outages.push({ start: s, end: s + 60_000, cause: "supplier" } as Outage);
    }
    outages.push(outage("2026-04-20T10:00:00+02:00", "2026-04-20T11:00:00+02:00", "force-majeure"));
    const r = availability({ month: april, outages }, sla).value;
    expect(r.downtimeMinutes).toBe(2_800);
    expect(r.downtime).toHaveLength(2_800);
    expect(local(r.downtime[0]?.start)).toBe("2026-04-01T00:01:00+02:00");
    expect(r.excludedMinutes).toBe(60);
  });
});
