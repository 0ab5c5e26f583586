import { describe, expect, it } from "vitest";
import type { BusinessCalendar } from "../src/business-calendar.js";
import { opening } from "../src/business-calendar.js";
import { instant } from "../src/instant.js";
import { compileCalendar, isOpen, nextOpening } from "../src/working-time.js";
import { intlOffsetAt, transitionsBetween } from "../src/zone-offsets.js";

const HOUR = 3_600_000;

describe("offset transitions that fall exactly on the start of an internal table chunk", () => {
  // Europe/Chisinau left summer time at 2020-10-25T00:00:00Z, which is also where one of the
  // 128-day chunks of the offset table starts.
  const at = Date.UTC(2020, 9, 25);

  it("are reported by transitionsBetween (Europe/Chisinau, 25 October 2020 03:00 → 02:00)", () => {
    expect(intlOffsetAt(at - 1000, "Europe/Chisinau")).toBe(3 * HOUR);
    expect(intlOffsetAt(at, "Europe/Chisinau")).toBe(2 * HOUR);
    expect(transitionsBetween(at - HOUR, at + HOUR, "Europe/Chisinau")).toEqual([{ at, offset: 2 * HOUR }]);
  });

  it("and an opening at 03:30 on that day opens when the clock first shows 03:30 (01:30 UTC), not an hour early", () => {
    const closed: ReadonlyArray<never> = [];
    const cal: BusinessCalendar = {
      name: "Chisinau early Sunday",
      timeZone: "Europe/Chisinau",
      weekly: {
        monday: closed,
        tuesday: closed,
        wednesday: closed,
        thursday: closed,
        friday: closed,
        saturday: closed,
        sunday: [opening("03:30", "04:00")],
      },
      holidays: { days: [], liberationDay: "never", goodFriday: false, sources: [] },
      closedDates: [],
      extraOpenings: [],
      sources: [],
    };
    const c = compileCalendar(cal, { from: 2020, to: 2020 });
    expect(isOpen(c, instant("2020-10-25T00:45:00Z"))).toBe(false); // the clock shows 02:45
    expect(nextOpening(c, instant("2020-10-25T00:00:00Z"))).toBe(instant("2020-10-25T01:30:00Z"));
  });
});
