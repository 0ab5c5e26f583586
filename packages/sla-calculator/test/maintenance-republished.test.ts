import { describe, expect, it } from "vitest";
import { availability, type Outage } from "../src/availability.js";
import { type MaintenanceOverview, regularMaintenanceCheck } from "../src/maintenance.js";
import { yearMonth } from "../src/period.js";
import { at, sla } from "./helpers.js";

const window = (start: string, end: string) => ({ start: at(start), end: at(end) });

// MDO-SLA §7.2 item 1: the window must be known "uiterlijk 10 Werkdagen van tevoren". A window
// that an updated overview publishes again was known since its first publication.
describe("a window republished in a later overview keeps its first publication (MDO-SLA §7.1, §7.2 item 1)", () => {
  const april11 = window("2026-04-11T22:00:00+02:00", "2026-04-12T06:00:00+02:00");
  const first: MaintenanceOverview = { publishedAt: at("2025-12-01T10:00:00+01:00"), windows: [april11] };
  // An updated overview of Monday 6 April 2026 lists the same window again, and a new one.
  const update: MaintenanceOverview = {
    publishedAt: at("2026-04-06T10:00:00+02:00"),
    windows: [april11, window("2026-05-09T22:00:00+02:00", "2026-05-10T06:00:00+02:00")],
  };

  it("the 11 April window, published 1 December 2025 and again on 6 April 2026, is valid; maintenance in it is excluded", () => {
    for (const overviews of [
      [first, update],
      [update, first],
    ]) {
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
          maintenanceOverviews: overviews,
        },
        sla,
      ).value;
      expect(r.downtimeMinutes).toBe(0);
      expect(r.excludedMinutes).toBe(120);
    }
  });

  it("a window that only the late overview adds, or the part by which it lengthens a window, is judged by the late publication", () => {
    const longer: MaintenanceOverview = {
      publishedAt: at("2026-04-06T10:00:00+02:00"),
      windows: [window("2026-04-11T22:00:00+02:00", "2026-04-12T08:00:00+02:00")],
    };
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
        maintenanceOverviews: [first, longer],
      },
      sla,
    ).value;
    expect(r.downtimeMinutes).toBe(120);
    expect(regularMaintenanceCheck(update, sla).value.map((f) => f.publishedInTime)).toEqual([false, true]);
  });
});
