import { describe, expect, it } from "vitest";
import { availability, type Outage } from "../src/availability.js";
import { type MaintenanceOverview, regularMaintenanceCheck } from "../src/maintenance.js";
import { yearMonth } from "../src/period.js";
import { at, sla } from "./helpers.js";

const window = (start: string, end: string) => ({ start: at(start), end: at(end) });

// MDO-SLA §7.1 Onderhoudsvenster: "Regulier Onderhoud buiten Kantoortijden … 1 x per 2 weken".
// The frequency limits the windows outside office hours (variant 2); a window inside office hours
// (variant 1, "zonder noemenswaardige impact") is no such moment.
describe("the two-week rule counts only maintenance windows outside office hours (MDO-SLA §7.1)", () => {
  const overview: MaintenanceOverview = {
    publishedAt: at("2025-12-01T10:00:00+01:00"),
    windows: [
      // Wednesday 8 April 2026 10:00–11:00: inside office hours (variant 1).
      window("2026-04-08T10:00:00+02:00", "2026-04-08T11:00:00+02:00"),
      // Saturday 11 April 22:00 – Sunday 06:00: outside office hours, the first such window.
      window("2026-04-11T22:00:00+02:00", "2026-04-12T06:00:00+02:00"),
      // Saturday 25 April: exactly 14 days later — allowed.
      window("2026-04-25T22:00:00+02:00", "2026-04-26T06:00:00+02:00"),
      // Friday 8 May 18:00: 13 days later — too frequent.
      window("2026-05-08T18:00:00+02:00", "2026-05-08T23:00:00+02:00"),
    ],
  };

  it("the Saturday night window three days after an office-hours window is not too frequent and is valid; 14 days later is allowed, 13 days is not", () => {
    const f = regularMaintenanceCheck(overview, sla).value;
    expect(f.map((x) => [x.duringOfficeHours, x.tooFrequent, x.valid])).toEqual([
      [true, false, false],
      [false, false, true],
      [false, false, true],
      [false, true, false],
    ]);
  });

  it("maintenance on Saturday 11 April 23:00–01:00 inside that window is excluded from April's availability", () => {
    const r = availability(
      {
        month: yearMonth("2026-04"),
        outages: [
          {
            start: at("2026-04-11T23:00:00+02:00"),
            end: at("2026-04-12T01:00:00+02:00"),
            cause: "maintenance",
            id: "M",
          } as Outage,
        ],
        maintenanceOverviews: [overview],
      },
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(0);
    expect(r.excludedMinutes).toBe(120);
  });

  it("a window straddling the Friday 15:30 close (15:00–20:00) is during office hours and still counts as a moment outside them: the next night window is too frequent", () => {
    const f = regularMaintenanceCheck(
      {
        publishedAt: at("2025-12-01T10:00:00+01:00"),
        windows: [
          window("2026-04-10T15:00:00+02:00", "2026-04-10T20:00:00+02:00"),
          window("2026-04-11T22:00:00+02:00", "2026-04-12T06:00:00+02:00"),
        ],
      },
      sla,
    ).value;
    expect(f.map((x) => [x.duringOfficeHours, x.tooFrequent, x.valid])).toEqual([
      [true, false, false],
      [false, true, false],
    ]);
  });
});
