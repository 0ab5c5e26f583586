import { date } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { vendorUpdateDue } from "../src/releases.js";

const lastDay = (availableOn: string, critical: boolean) =>
  vendorUpdateDue({ availableOn: date(availableOn), critical }, mdoSla2025).value.lastDay;

describe("update lead times end on the corresponding day of the target month (MDO-SLA §7.1; HR 1 September 2017, ECLI:NL:HR:2017:2225)", () => {
  it("a non-critical update available on Sunday 28 February 2027 must be installed by 28 August 2027, not 31 August", () => {
    expect(lastDay("2027-02-28", false)).toBe("2027-08-28");
  });

  it("a non-critical update available on Tuesday 29 February 2028 must be installed by 29 August 2028", () => {
    expect(lastDay("2028-02-29", false)).toBe("2028-08-29");
  });

  it("a critical update available on 30 April 2026 must be installed by 30 July 2026", () => {
    expect(lastDay("2026-04-30", true)).toBe("2026-07-30");
  });

  it("a non-critical update available on 30 June 2026 must be installed by 30 December 2026", () => {
    expect(lastDay("2026-06-30", false)).toBe("2026-12-30");
  });

  it("a critical update available on 30 September 2026 must be installed by 30 December 2026", () => {
    expect(lastDay("2026-09-30", true)).toBe("2026-12-30");
  });

  it("a non-critical update available on 31 August 2026 must be installed by 28 February 2027 (February has no 31st)", () => {
    expect(lastDay("2026-08-31", false)).toBe("2027-02-28");
  });

  it("a critical update available on 31 January 2027 must be installed by 30 April 2027", () => {
    expect(lastDay("2027-01-31", true)).toBe("2027-04-30");
  });

  it("an update installed on its last day is in time, one installed the day after is late", () => {
    const due = (installedOn: string) =>
      vendorUpdateDue(
        { availableOn: date("2027-02-28"), critical: false, installedOn: date(installedOn) },
        mdoSla2025,
      ).value.inTime;
    expect(due("2027-08-28")).toBe(true);
    expect(due("2027-08-29")).toBe(false);
  });
});
