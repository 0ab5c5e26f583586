// Range audit: the month decoder accepts 1970-01..9998-12 and the instant decoder instants up to
// 9999-12-30, while every generator with outages draws them in 2025–2028 (src/testing.ts's
// default range, the differential tests' fixed months). Only outage-free months were run across
// the whole range (decoded-periods.test.ts). Here decoded months with outages near the 32-bit
// second limits (2038-01, 2106-02), the compilable years' end (2199-12), far on (5000-06) and at
// the end (9998-12) go through the fast path (sorted, merged intervals) against the minute sweep
// it replaced and the minute-by-minute reference.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaledAtLeast } from "../../../tools/testkit/runs.js";
import { availability, type Outage } from "../src/availability.js";
import { compileSla } from "../src/compile.js";
import { deadlines } from "../src/deadlines.js";
import { decodeAvailabilityInput, decodeIncidents } from "../src/decode.js";
import type { Incident } from "../src/incident.js";
import { monthInterval, yearMonth } from "../src/period.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { arbOutageJson } from "../src/testing.js";
import { sla } from "./helpers.js";
import { referenceMinutes } from "./reference/availability-reference.js";
import { sweepAvailability } from "./reference/availability-sweep.js";

const DAY = 86_400_000;
const months = ["1970-01", "2038-01", "2106-02", "2199-12", "2200-03", "5000-10", "9998-12"].map((m) =>
  yearMonth(m),
);
const pad = (n: number, w: number) => String(n).padStart(w, "0");
const anyMonth = fc
  .tuple(fc.integer({ min: 1970, max: 9998 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => yearMonth(`${pad(y, 4)}-${pad(m, 2)}`));

const arbCase = fc.oneof(fc.constantFrom(...months), anyMonth).chain((month) => {
  const { start, end } = monthInterval(month);
  // from 3 days before the month (clipping) to its end; never before 1970 or past 9999-12-30
  const range = { from: Math.max(0, start - 3 * DAY), to: Math.min(end, 253402214340000) };
  return fc.tuple(
    fc.constant(month),
    // maintenance as customer-ict: the notice rule reads the office calendar (compiled 2020–2040)
    fc
      .array(arbOutageJson(range), { maxLength: 25 })
      .map((os) =>
        os.map((o) =>
          o.cause === "maintenance" ? { start: o.start, end: o.end, cause: "customer-ict" } : o,
        ),
      ),
  );
});

describe("range audit: availability of decoded months 1970-01..9998-12 with outages (MDO-SLA §7.2)", () => {
  it("the merged intervals equal the minute sweep and the minute-by-minute reference, near 2038, 2106, 2199 and 9998", () => {
    let downtime = 0;
    let far = 0;
    const excluded = new Set<string>(sla.definition.availability.excludedCauses.value);
    fc.assert(
      fc.property(arbCase, ([month, json]) => {
        const decoded = decodeAvailabilityInput({ month, outages: json });
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        const input = decoded.value;
        const fast = availability(input, sla);
        expect(fast).toEqual(sweepAvailability(input, sla));
        const { start, end } = monthInterval(input.month);
        const ref = referenceMinutes(input.outages, start, end, (o: Outage) => !excluded.has(o.cause));
        expect(fast.value.downtimeMinutes).toBe(ref.downtime);
        expect(fast.value.excludedMinutes).toBe(ref.excludedOnly);
        if (fast.value.downtimeMinutes > 0) {
          downtime++;
          if (start > Date.UTC(2106, 1, 7)) far++;
        }
      }),
      { numRuns: 150 },
    );
    expect(downtime).toBeGreaterThanOrEqual(scaledAtLeast(30));
    expect(far).toBeGreaterThanOrEqual(scaledAtLeast(20));
  });
});

// The calendars compile for 1970–2199 at most (core's COMPILABLE_YEARS), the decoders accept months
// to 9998-12 and instants to 9999-12-30: past 2199 no `years` option makes these inputs evaluable.
describe("range audit: decoded inputs past the compilable years (MDO-SLA §7.1 notice, §9.3 targets)", () => {
  const widest = compileSla(mdoSla2025, { years: { from: 1970, to: 2199 } });
  const maintenance = (y: string) =>
    decodeAvailabilityInput({
      month: `${y}-03`,
      outages: [
        {
          start: `${y}-03-10T10:00:00+01:00`,
          end: `${y}-03-10T11:00:00+01:00`,
          cause: "maintenance",
          announcedAt: `${y}-02-01T10:00:00+01:00`,
        },
      ],
    });

  it("an announced maintenance outage in 2199-03 is evaluated on the widest compiled SLA (60 minutes excluded)", () => {
    const d = maintenance("2199");
    expect(d.ok).toBe(true);
    if (d.ok) expect(availability(d.value, widest).value.excludedMinutes).toBe(60);
  });

  // This library's reading (guide, "No clock, no I/O"): an instant outside the compiled years makes
  // the calendar queries throw a RangeError naming the range, never a guessed answer; past 2199 no
  // compiled SLA holds it. (The range audit had these as it.fails tests expecting answers.)
  const outside = /outside the compiled range: calendar "MDO office hours" is compiled for 1970–2199/;
  it("availability of decoded month 2200-03 with an announced maintenance outage throws the RangeError naming the compiled years (MDO-SLA §7.1)", () => {
    const d = maintenance("2200");
    expect(d.ok).toBe(true);
    if (d.ok) expect(() => availability(d.value, widest)).toThrow(outside);
  });

  it("deadlines of a decoded P2 incident received 2200-03-10 throw the RangeError naming the compiled years (MDO-SLA §9.3)", () => {
    const d = decodeIncidents([{ id: "INC-1", receivedAt: "2200-03-10T10:00:00+01:00", priority: "P2" }]);
    expect(d.ok).toBe(true);
    if (d.ok) expect(() => deadlines(d.value[0] as Incident, widest)).toThrow(outside);
  });
});
