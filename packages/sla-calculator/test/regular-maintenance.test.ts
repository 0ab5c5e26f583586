import { explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { availability, type Outage } from "../src/availability.js";
import { decodeAvailabilityInput, decodeMaintenanceOverview } from "../src/decode.js";
import { type MaintenanceOverview, regularMaintenanceCheck } from "../src/maintenance.js";
import { yearMonth } from "../src/period.js";
import { at, sla } from "./helpers.js";

const outage = (start: string, end: string, cause: Outage["cause"], extra: Partial<Outage> = {}): Outage =>
  ({ start: at(start), end: at(end), cause, ...extra }) as Outage;
const window = (start: string, end: string) => ({ start: at(start), end: at(end) });

/** The yearly overview of 2026, published on Monday 1 December 2025: every other Saturday night. */
const overview2026: MaintenanceOverview = {
  publishedAt: at("2025-12-01T10:00:00+01:00"),
  windows: [
    window("2026-04-11T22:00:00+02:00", "2026-04-12T06:00:00+02:00"),
    window("2026-04-25T22:00:00+02:00", "2026-04-26T06:00:00+02:00"),
  ],
};
const april = yearMonth("2026-04");

describe("regular maintenance in a published maintenance window is excluded without its own notice (MDO-SLA §7.1, §7.2 item 2 a)", () => {
  it("maintenance on Saturday 11 April 2026 23:00–01:00, inside a window of the yearly overview published 1 December 2025, is excluded although it has no announcement of its own", () => {
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-11T23:00:00+02:00", "2026-04-12T01:00:00+02:00", "maintenance", { id: "M" }),
        ],
        maintenanceOverviews: [overview2026],
      },
      sla,
    );
    expect(r.value.downtimeMinutes).toBe(0);
    expect(r.value.excludedMinutes).toBe(120);
    expect(r.value.maintenanceAnnouncedLate).toEqual([]);
    expect(explainToText(r, "en")).toContain("regular maintenance window");
  });

  it("without the yearly overview the same maintenance counts as downtime (it was not announced)", () => {
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-11T23:00:00+02:00", "2026-04-12T01:00:00+02:00", "maintenance", { id: "M" }),
        ],
      },
      sla,
    );
    expect(r.value.downtimeMinutes).toBe(120);
    expect(r.value.maintenanceAnnouncedLate).toEqual(["M"]);
  });

  it("maintenance running past the end of the window counts for the minutes outside it: 23:00–07:00 with the window ending 06:00 costs 60 minutes", () => {
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-11T23:00:00+02:00", "2026-04-12T07:00:00+02:00", "maintenance", { id: "M" }),
        ],
        maintenanceOverviews: [overview2026],
      },
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(60);
    expect(r.excludedMinutes).toBe(420);
    expect(r.maintenanceAnnouncedLate).toEqual(["M"]);
    expect(r.downtime[0]?.outages).toEqual(["M"]);
  });

  it("a supplier outage inside a maintenance window counts: only maintenance is excluded", () => {
    const r = availability(
      {
        month: april,
        outages: [outage("2026-04-11T23:00:00+02:00", "2026-04-12T00:00:00+02:00", "supplier")],
        maintenanceOverviews: [overview2026],
      },
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(60);
  });

  it("maintenance outside every window still needs its own 10-working-day announcement (MDO-SLA §7.2 item 1)", () => {
    const late = outage("2026-04-18T23:00:00+02:00", "2026-04-19T01:00:00+02:00", "maintenance", {
      id: "late",
      announcedAt: at("2026-04-13T10:00:00+02:00"),
    });
    const inTime = outage("2026-04-18T23:00:00+02:00", "2026-04-19T01:00:00+02:00", "maintenance", {
      id: "in-time",
      announcedAt: at("2026-03-30T10:00:00+02:00"),
    });
    const withLate = availability(
      { month: april, outages: [late], maintenanceOverviews: [overview2026] },
      sla,
    );
    expect(withLate.value.downtimeMinutes).toBe(120);
    const withInTime = availability(
      { month: april, outages: [inTime], maintenanceOverviews: [overview2026] },
      sla,
    );
    expect(withInTime.value.downtimeMinutes).toBe(0);
  });
});

describe("a window that breaks the rules of §7.1 or was published too late gives no exclusion (MDO-SLA §7.1, §7.2 item 1)", () => {
  it("a window overlapping office hours (Friday 10 April 2026 14:00–20:00; office closes 15:30) is not a regular window: maintenance in it counts", () => {
    const overview = {
      publishedAt: at("2025-12-01T10:00:00+01:00"),
      windows: [window("2026-04-10T14:00:00+02:00", "2026-04-10T20:00:00+02:00")],
    };
    const check = regularMaintenanceCheck(overview, sla).value[0];
    expect(check?.duringOfficeHours).toBe(true);
    expect(check?.valid).toBe(false);
    const r = availability(
      {
        month: april,
        outages: [outage("2026-04-10T16:00:00+02:00", "2026-04-10T18:00:00+02:00", "maintenance")],
        maintenanceOverviews: [overview],
      },
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(120);
  });

  it("a second window one week after the first (Saturday 18 April after Saturday 11 April) breaks 'at most once per 2 weeks': maintenance in the second counts, in the first it is excluded", () => {
    const overview = {
      publishedAt: at("2025-12-01T10:00:00+01:00"),
      windows: [
        window("2026-04-11T22:00:00+02:00", "2026-04-12T06:00:00+02:00"),
        window("2026-04-18T22:00:00+02:00", "2026-04-19T06:00:00+02:00"),
      ],
    };
    const checks = regularMaintenanceCheck(overview, sla).value;
    expect(checks.map((c) => [c.tooFrequent, c.valid])).toEqual([
      [false, true],
      [true, false],
    ]);
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-11T23:00:00+02:00", "2026-04-12T00:00:00+02:00", "maintenance", { id: "first" }),
          outage("2026-04-18T23:00:00+02:00", "2026-04-19T00:00:00+02:00", "maintenance", { id: "second" }),
        ],
        maintenanceOverviews: [overview],
      },
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(60);
    expect(r.excludedMinutes).toBe(60);
    expect(r.maintenanceAnnouncedLate).toEqual(["second"]);
  });

  it("an overview published Wednesday 1 April 2026 is too late for the window of Saturday 11 April (the 10th working day after it is Thursday 16 April, Easter Monday not counted) but in time for Saturday 25 April", () => {
    const overview = { ...overview2026, publishedAt: at("2026-04-01T10:00:00+02:00") };
    const checks = regularMaintenanceCheck(overview, sla).value;
    expect(checks.map((c) => [c.publishedInTime, c.valid])).toEqual([
      [false, false],
      [true, true],
    ]);
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-11T23:00:00+02:00", "2026-04-12T00:00:00+02:00", "maintenance"),
          outage("2026-04-25T23:00:00+02:00", "2026-04-26T00:00:00+02:00", "maintenance"),
        ],
        maintenanceOverviews: [overview],
      },
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(60);
    expect(r.excludedMinutes).toBe(60);
  });

  it("maintenance in a rule-breaking window that was announced on its own in time is excluded as 'overig aangekondigd Onderhoud'", () => {
    const overview = { ...overview2026, publishedAt: at("2026-04-01T10:00:00+02:00") };
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-11T23:00:00+02:00", "2026-04-12T00:00:00+02:00", "maintenance", {
            announcedAt: at("2026-03-20T10:00:00+01:00"),
          }),
        ],
        maintenanceOverviews: [overview],
      },
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(0);
    expect(r.excludedMinutes).toBe(60);
  });
});

describe("decoding the yearly overview", () => {
  it("a window whose end is not after its start is rejected", () => {
    const r = decodeMaintenanceOverview({
      publishedAt: "2025-12-01T10:00:00+01:00",
      windows: [{ start: "2026-04-11T22:00:00+02:00", end: "2026-04-11T22:00:00+02:00" }],
    });
    expect(r.ok).toBe(false);
  });

  it("an availability input with month, outages and overviews decodes from JSON", () => {
    const r = decodeAvailabilityInput({
      month: "2026-04",
      outages: [
        { start: "2026-04-11T23:00:00+02:00", end: "2026-04-12T01:00:00+02:00", cause: "maintenance" },
      ],
      maintenanceOverviews: [
        {
          publishedAt: "2025-12-01T10:00:00+01:00",
          windows: [{ start: "2026-04-11T22:00:00+02:00", end: "2026-04-12T06:00:00+02:00" }],
        },
      ],
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(availability(r.value, sla).value.excludedMinutes).toBe(120);
  });
});

describe("edge cases of the maintenance windows", () => {
  it("Saturday 22:00–24:00 and Sunday 00:00–06:00 given as two windows are one night, not two moments of maintenance", () => {
    const overview = {
      publishedAt: at("2025-12-01T10:00:00+01:00"),
      windows: [
        window("2026-04-11T22:00:00+02:00", "2026-04-12T00:00:00+02:00"),
        window("2026-04-12T00:00:00+02:00", "2026-04-12T06:00:00+02:00"),
      ],
    };
    const checks = regularMaintenanceCheck(overview, sla).value;
    expect(checks.map((c) => c.valid)).toEqual([true]);
    const r = availability(
      {
        month: april,
        outages: [outage("2026-04-11T23:00:00+02:00", "2026-04-12T02:00:00+02:00", "maintenance")],
        maintenanceOverviews: [overview],
      },
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(0);
  });

  it("maintenance spanning two valid windows counts the minutes between them", () => {
    const overview = {
      publishedAt: at("2025-12-01T10:00:00+01:00"),
      windows: [
        window("2026-04-11T22:00:00+02:00", "2026-04-12T06:00:00+02:00"),
        window("2026-04-25T22:00:00+02:00", "2026-04-26T06:00:00+02:00"),
      ],
    };
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-12T05:00:00+02:00", "2026-04-25T23:00:00+02:00", "maintenance", { id: "long" }),
        ],
        maintenanceOverviews: [overview],
      },
      sla,
    ).value;
    // 05:00–06:00 on the 12th and 22:00–23:00 on the 25th are excluded; the 13 days 16 hours between count.
    expect(r.excludedMinutes).toBe(120);
    expect(r.downtimeMinutes).toBe((13 * 24 + 16) * 60);
  });

  it("the first window of a year is checked against the last window of the previous year when both overviews are given", () => {
    const previous = {
      publishedAt: at("2024-12-02T10:00:00+01:00"),
      windows: [window("2025-12-27T22:00:00+01:00", "2025-12-28T06:00:00+01:00")],
    };
    const current = {
      publishedAt: at("2025-12-01T10:00:00+01:00"),
      windows: [window("2026-01-03T22:00:00+01:00", "2026-01-04T06:00:00+01:00")],
    };
    const r = availability(
      {
        month: yearMonth("2026-01"),
        outages: [outage("2026-01-03T23:00:00+01:00", "2026-01-04T00:00:00+01:00", "maintenance")],
        maintenanceOverviews: [previous, current],
      },
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(60);
  });

  it("an overview with a misspelt key is rejected, not read without it (ADR 0006 §4)", () => {
    const r = decodeMaintenanceOverview({
      publishedAt: "2025-12-01T10:00:00+01:00",
      window: [{ start: "2026-04-11T22:00:00+02:00", end: "2026-04-12T06:00:00+02:00" }],
    });
    expect(r.ok).toBe(false);
  });
});

describe("the explanation's minutes of maintenance in regular windows count each minute once (MDO-SLA §7.2 item 2 a)", () => {
  const windowStep = (outages: ReadonlyArray<Outage>) =>
    availability({ month: april, outages, maintenanceOverviews: [overview2026] }, sla).because.find(
      (s) => s.rule === "availability-regular-maintenance-windows",
    );

  it("two records of the same maintenance, Saturday 11 April 2026 22:00–23:00 in a valid window, exclude 60 minutes, and the step says 60 (not 120)", () => {
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-11T22:00:00+02:00", "2026-04-11T23:00:00+02:00", "maintenance", { id: "M-1" }),
          outage("2026-04-11T22:00:00+02:00", "2026-04-11T23:00:00+02:00", "maintenance", { id: "M-2" }),
        ],
        maintenanceOverviews: [overview2026],
      },
      sla,
    );
    expect(r.value.excludedMinutes).toBe(60);
    expect(r.because.find((s) => s.rule === "availability-regular-maintenance-windows")?.output).toBe(60);
  });

  it("overlapping maintenance 22:00–00:00 and 23:00–01:00 in the window of 11 April excludes 180 minutes, and the step says 180", () => {
    const step = windowStep([
      outage("2026-04-11T22:00:00+02:00", "2026-04-12T00:00:00+02:00", "maintenance", { id: "M-1" }),
      outage("2026-04-11T23:00:00+02:00", "2026-04-12T01:00:00+02:00", "maintenance", { id: "M-2" }),
    ]);
    expect(step?.output).toBe(180);
  });

  it("maintenance in both windows of April adds up: 60 minutes on 11 April and 30 on 25 April make 90", () => {
    const step = windowStep([
      outage("2026-04-11T22:00:00+02:00", "2026-04-11T23:00:00+02:00", "maintenance", { id: "M-1" }),
      outage("2026-04-25T23:00:00+02:00", "2026-04-25T23:30:00+02:00", "maintenance", { id: "M-2" }),
    ]);
    expect(step?.output).toBe(90);
  });
});

describe("the step's minutes of maintenance in regular windows leave out minutes that are downtime anyway (MDO-SLA §7.2 item 2 a)", () => {
  it("late-announced maintenance 11 April 22:00–23:00 in a valid window during a supplier outage of the same hour: D = 60, E = 0, and the step says 0", () => {
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-11T22:00:00+02:00", "2026-04-11T23:00:00+02:00", "maintenance", { id: "M" }),
          outage("2026-04-11T22:00:00+02:00", "2026-04-11T23:00:00+02:00", "supplier", { id: "S" }),
        ],
        maintenanceOverviews: [overview2026],
      },
      sla,
    );
    expect(r.value.downtimeMinutes).toBe(60);
    expect(r.value.excludedMinutes).toBe(0);
    expect(r.because.find((s) => s.rule === "availability-regular-maintenance-windows")?.output).toBe(0);
  });

  it("the same maintenance 22:00–00:00 with the supplier outage 22:30–23:00: 90 of its 120 minutes are excluded, and the step says 90", () => {
    const r = availability(
      {
        month: april,
        outages: [
          outage("2026-04-11T22:00:00+02:00", "2026-04-12T00:00:00+02:00", "maintenance", { id: "M" }),
          outage("2026-04-11T22:30:00+02:00", "2026-04-11T23:00:00+02:00", "supplier", { id: "S" }),
        ],
        maintenanceOverviews: [overview2026],
      },
      sla,
    );
    expect(r.value.excludedMinutes).toBe(90);
    expect(r.because.find((s) => s.rule === "availability-regular-maintenance-windows")?.output).toBe(90);
  });
});
