import { percentNumber } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { availability as availabilityOf, mergeIntervals, type Outage } from "../src/availability.js";
import { maintenanceNotice, regularMaintenanceCheck } from "../src/maintenance.js";
import { monthInterval, type YearMonth, yearMonth } from "../src/period.js";
import { arbOutage } from "../src/testing.js";
import { sla } from "./helpers.js";
import { referenceMinutes } from "./reference/availability-reference.js";

const march = yearMonth("2026-03");
const { start: marchStart, end: marchEnd } = monthInterval(march);
// Outages starting a little before March up to its end (so clipping is exercised).
const range = { from: marchStart - 3 * 86_400_000, to: marchEnd };
const arbOutages = fc.array(arbOutage(range), { maxLength: 25 });
const modes = fc.constantFrom("removed-from-b" as const, "kept-in-b" as const);
const availability = (
  outages: ReadonlyArray<Outage>,
  month: YearMonth,
  compiled: typeof sla,
  options: Parameters<typeof availabilityOf>[2] = {},
) => availabilityOf({ month, outages }, compiled, options);
// Maintenance windows in March 2026 (some overlap office hours or come too often: invalid).
const arbWindows = fc.array(
  fc
    .tuple(fc.integer({ min: 0, max: 31 * 24 * 4 - 1 }), fc.integer({ min: 1, max: 12 * 4 }))
    .map(([q, len]) => ({ start: marchStart + q * 900_000 + 30_000, end: marchStart + (q + len) * 900_000 })),
  { maxLength: 3 },
);
const publishedAt = Date.UTC(2025, 11, 1, 9);

describe("availability agrees with a minute-by-minute reference (differential)", () => {
  it("D and the excluded minutes equal the reference's marked minutes, with the real notice rule and published maintenance windows", () => {
    fc.assert(
      fc.property(arbOutages, arbWindows, (outages, windows) => {
        const overview = { publishedAt, windows } as unknown as Parameters<typeof regularMaintenanceCheck>[0];
        const r = availabilityOf({ month: march, outages, maintenanceOverviews: [overview] }, sla).value;
        const excluded = new Set(sla.definition.availability.excludedCauses.value);
        const valid = regularMaintenanceCheck(overview, sla)
          .value.filter((f) => f.valid)
          .map((f) => f.window);
        const announcedInTime = (o: Outage) =>
          o.announcedAt !== undefined &&
          maintenanceNotice(
            { announcedAt: o.announcedAt, startsAt: o.start, kind: "affects-availability" },
            sla,
          ).value.inTime;
        // The outage's part in [a, b) outside every valid window has positive length.
        const outsideWindows = (o: Outage, a: number, b: number) => {
          let t = Math.max(o.start, a);
          const end = Math.min(o.end, b);
          for (const w of [...valid].sort((x, y) => x.start - y.start)) {
            if (w.end <= t || w.start >= end) continue;
            if (w.start > t) return true;
            t = w.end;
            if (t >= end) return false;
          }
          return t < end;
        };
        const counts = (o: Outage, a: number, b: number) =>
          !excluded.has(o.cause) ||
          (o.cause === "maintenance" && !announcedInTime(o) && outsideWindows(o, a, b));
        const ref = referenceMinutes(outages, marchStart, marchEnd, counts);
        expect(r.downtimeMinutes).toBe(ref.downtime);
        expect(r.excludedMinutes).toBe(ref.excludedOnly);
      }),
      { numRuns: 60 },
    );
  });
});

describe("invariants of availability (spec §9)", () => {
  it("0 ≤ D ≤ B and availability lies between 0 and 100 %", () => {
    fc.assert(
      fc.property(arbOutages, modes, (outages, mode) => {
        const r = availability(outages, march, sla, { excludedMinutes: mode }).value;
        expect(r.downtimeMinutes).toBeGreaterThanOrEqual(0);
        expect(r.downtimeMinutes).toBeLessThanOrEqual(r.monthMinutes);
        expect(r.downtimeMinutes).toBeLessThanOrEqual(r.measuredMinutes);
        const pct = percentNumber(r.availability);
        expect(pct).toBeGreaterThanOrEqual(0);
        expect(pct).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("adding an outage never raises availability", () => {
    fc.assert(
      fc.property(arbOutages, arbOutage(range), modes, (outages, extra, mode) => {
        const before = availability(outages, march, sla, { excludedMinutes: mode }).value.availability;
        const after = availability([...outages, extra], march, sla, { excludedMinutes: mode }).value
          .availability;
        expect(BigInt(after.numerator) * BigInt(before.denominator)).toBeLessThanOrEqual(
          BigInt(before.numerator) * BigInt(after.denominator),
        );
      }),
    );
  });

  it("an excluded outage never changes D", () => {
    const excludedCause = fc.constantFrom(
      "customer-ict" as const,
      "attack" as const,
      "force-majeure" as const,
      "incorrect-use" as const,
    );
    fc.assert(
      fc.property(arbOutages, arbOutage(range), excludedCause, (outages, extra, cause) => {
        const before = availability(outages, march, sla).value.downtimeMinutes;
        const after = availability([...outages, { ...extra, cause } as Outage], march, sla).value
          .downtimeMinutes;
        expect(after).toBe(before);
      }),
    );
  });

  it("merging is idempotent and order-independent", () => {
    const arbIntervals = fc.array(
      fc
        .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 100 }))
        .map(([s, l]) => ({ start: s, end: s + l })),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arbIntervals, fc.nat(), (xs, seed) => {
        const merged = mergeIntervals(xs);
        expect(mergeIntervals(merged)).toEqual(merged);
        const shuffled = [...xs].sort((a, b) => ((a.start * 31 + seed) % 97) - ((b.start * 31 + seed) % 97));
        expect(mergeIntervals(shuffled)).toEqual(merged);
      }),
    );
  });

  it("the order of the outages does not change the month's figures", () => {
    fc.assert(
      fc.property(arbOutages, (outages) => {
        const a = availability(outages, march, sla).value;
        const b = availability([...outages].reverse(), march, sla).value;
        expect([b.downtimeMinutes, b.excludedMinutes, b.percent]).toEqual([
          a.downtimeMinutes,
          a.excludedMinutes,
          a.percent,
        ]);
      }),
    );
  });
});
