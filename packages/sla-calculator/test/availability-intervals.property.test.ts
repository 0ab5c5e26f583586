/**
 * Issue #18: `availability` sorts and merges intervals instead of sweeping every minute of the
 * month. The minute sweep it used before is the reference (test/reference/availability-sweep.ts);
 * here the whole result — D, E, the excluded minutes per cause (and their key order), the downtime
 * intervals with their outages and causes, the late maintenance, the explanation steps and their
 * citations — must be the same on generated months with many overlapping outages, exclusions and
 * maintenance windows, DST months, outages partly outside the month, zero-length outages and
 * instants inside a minute.
 */
import { instant, offsetAt } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaledAtLeast } from "../../../tools/testkit/runs.js";
import { type AvailabilityOptions, availability, type Outage, outageParts } from "../src/availability.js";
import { compileSla } from "../src/compile.js";
import { monthInterval, type YearMonth, yearMonth } from "../src/period.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { monthlyReport } from "../src/report.js";
import { outageCauses } from "../src/sla.js";
import { madeAt, workedMonth } from "./fixtures/worked-month.js";
import { sla } from "./helpers.js";
import { sweepAvailability } from "./reference/availability-sweep.js";

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

// DST months first (March: 44 580 minutes, October: 44 700), a leap February, ordinary months.
const months = ["2026-03", "2026-10", "2025-03", "2027-10", "2028-02", "2026-04", "2026-12", "2027-01"].map(
  (m) => yearMonth(m),
);
/** The SLA in effect from inside a month: mid-March 2026 inside a minute, and in October's repeated hour. */
const slas = [
  sla,
  compileSla(mdoSla2025, { effectiveFrom: instant("2026-03-15T10:00:30.250+01:00") }),
  compileSla(mdoSla2025, { effectiveFrom: instant("2026-10-25T02:30:00+01:00") }),
];

/** Instants where outages crowd: the month's edges, the DST change (if any), mid-month midnight. */
function anchors(month: YearMonth): Array<number> {
  const { start, end } = monthInterval(month);
  const out: Array<number> = [start, end, start + 15 * DAY];
  for (let t: number = start; t < end; t += HOUR)
    if (offsetAt(t + HOUR, "Europe/Amsterdam") !== offsetAt(t, "Europe/Amsterdam")) out.push(t + HOUR);
  return out;
}

const arbNear = (month: YearMonth) => {
  const { start, end } = monthInterval(month);
  return fc.oneof(
    // near an anchor in whole minutes, or to the millisecond
    fc
      .tuple(fc.constantFrom(...anchors(month)), fc.integer({ min: -240, max: 240 }))
      .map(([a, m]) => a + m * MINUTE),
    fc
      .tuple(fc.constantFrom(...anchors(month)), fc.integer({ min: -3 * HOUR, max: 3 * HOUR }))
      .map(([a, ms]) => a + ms),
    // anywhere from a few days before the month to a day after it
    fc.integer({ min: start - 3 * DAY, max: end + DAY }),
  );
};
const arbLength = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 2 * MINUTE }),
  fc.integer({ min: 0, max: 600 }).map((m) => m * MINUTE),
  fc.integer({ min: 0, max: 2 * DAY }),
);
const arbCause = fc.oneof(
  { arbitrary: fc.constant("supplier" as const), weight: 3 },
  { arbitrary: fc.constantFrom(...outageCauses), weight: 3 },
  { arbitrary: fc.constant("maintenance" as const), weight: 2 },
);

const arbOutage = (month: YearMonth, cause: fc.Arbitrary<Outage["cause"]> = arbCause) =>
  fc
    .record({
      start: arbNear(month),
      length: arbLength,
      cause,
      notice: fc.option(fc.integer({ min: 0, max: 30 * DAY }), { nil: undefined }),
      id: fc.option(fc.constantFrom("a", "b", "c", "d"), { nil: undefined }),
    })
    .map(({ start, length, cause, notice, id }) => {
      const o: { [k: string]: unknown } = { start, end: start + length, cause };
      if (id !== undefined) o.id = id;
      if (cause === "maintenance" && notice !== undefined) o.announcedAt = start - notice;
      return o as unknown as Outage;
    });

const arbOverview = (month: YearMonth) => {
  const { start } = monthInterval(month);
  return fc
    .record({
      // published well ahead (windows can be valid) or shortly before the month (too late)
      publishedAt: fc.oneof(fc.constant(start - 60 * DAY), fc.integer({ min: start - 20 * DAY, max: start })),
      windows: fc.array(
        fc
          .tuple(arbNear(month), fc.integer({ min: MINUTE, max: 12 * HOUR }))
          .map(([s, len]) => ({ start: s, end: s + len })),
        { maxLength: 4 },
      ),
    })
    .map(
      (o) => o as unknown as NonNullable<Parameters<typeof availability>[0]["maintenanceOverviews"]>[number],
    );
};

const arbCase = fc.constantFrom(...months).chain((month) =>
  fc.record({
    month: fc.constant(month),
    // Some outages start where the one before ends (exactly, a millisecond or half a minute
    // either side, a minute later): touching and just-not-touching minutes.
    outages: fc
      .array(
        fc.tuple(
          arbOutage(month),
          fc.option(fc.constantFrom(-MINUTE, -1, 0, 1, MINUTE / 2, MINUTE), { nil: undefined }),
        ),
        { maxLength: 40 },
      )
      .map((xs) => {
        const out: Array<Outage> = [];
        for (const [o, chained] of xs) {
          const previous = out[out.length - 1];
          if (chained === undefined || previous === undefined) out.push(o);
          else {
            const start = previous.end + chained;
            out.push({
              ...o,
              start,
              end: start + (o.end - o.start),
              ...(o.announcedAt === undefined ? {} : { announcedAt: start - (o.start - o.announcedAt) }),
            } as Outage);
          }
        }
        return out;
      }),
    overviews: fc.option(fc.array(arbOverview(month), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    sla: fc.constantFrom(0, 1, 2), // an index into slas (the compiled SLA prints too long)
    options: fc.constantFrom<AvailabilityOptions>(
      {},
      { excludedMinutes: "kept-in-b" },
      { timeZone: "UTC" },
      { excludedMinutes: "kept-in-b", timeZone: "Europe/Amsterdam" },
    ),
  }),
);

describe("availability by merged intervals equals the minute sweep it replaced (differential, issue #18)", () => {
  it("every figure, interval, key order and explanation step is the same on generated months (MDO-SLA §7.2, §2.18, §7.1)", () => {
    const seen = {
      touching: 0,
      merged: 0,
      excludedUnderDowntime: 0,
      inWindow: 0,
      causes: 0,
      dst: 0,
      effectiveFrom: 0,
      lateIds: 0,
    };
    fc.assert(
      fc.property(arbCase, ({ month, outages, overviews, sla: which, options }) => {
        const compiled = slas[which] as (typeof slas)[number];
        const input =
          overviews === undefined ? { month, outages } : { month, outages, maintenanceOverviews: overviews };
        const fast = availability(input, compiled, options);
        const ref = sweepAvailability(input, compiled, options);
        expect(fast).toEqual(ref);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(ref));
        const v = fast.value;
        const byCause = Object.values(v.excludedByCause);
        if (v.downtime.some((i) => i.outages.length > 1)) seen.merged++;
        // Two counted outages that touch only once rounded out to minutes (or exactly).
        const ms = monthInterval(month).start;
        const counted = outages.filter((o) => o.cause === "supplier" || o.cause === "subcontractor");
        const ends = new Set(counted.map((o) => Math.ceil((o.end - ms) / MINUTE)));
        if (counted.some((o) => o.end > o.start && ends.has(Math.floor((o.start - ms) / MINUTE))))
          seen.touching++;
        if (byCause.some((m) => m > v.excludedMinutes) && v.downtimeMinutes > 0) seen.excludedUnderDowntime++;
        if (
          fast.because.some(
            (s) => s.rule === "availability-regular-maintenance-windows" && Number(s.output) > 0,
          )
        )
          seen.inWindow++;
        if (byCause.length >= 2) seen.causes++;
        if ((v.monthMinutes === 44_580 || v.monthMinutes === 44_700) && v.downtimeMinutes > 0) seen.dst++;
        if (compiled !== sla && v.downtimeMinutes > 0 && v.monthMinutes < 40_000) seen.effectiveFrom++;
        if (v.maintenanceAnnouncedLate.length > 0) seen.lateIds++;
      }),
      { numRuns: 300 },
    );
    // The generator reaches what the sweep and the merge could disagree on.
    for (const [what, count] of Object.entries(seen))
      expect(count, what).toBeGreaterThanOrEqual(scaledAtLeast(5));
  });

  it("the same on months of thousands of outages, where the parts are ordered by a counting sort (MDO-SLA §7.2)", () => {
    let countingCounted = 0;
    let countingExcluded = 0;
    const excludedCause = fc.constantFrom(
      ...outageCauses.filter((c) => c !== "supplier" && c !== "subcontractor"),
    );
    const countedCause = fc.constantFrom("supplier" as const, "subcontractor" as const);
    const arbLarge = fc.constantFrom(...months).chain((month) =>
      fc.record({
        month: fc.constant(month),
        outages: fc
          .tuple(fc.constantFrom(100, 5000, 7000), fc.constantFrom(100, 5000, 7000))
          .chain(([c, x]) =>
            fc.tuple(
              fc.array(arbOutage(month, countedCause), { minLength: c, maxLength: c }),
              fc.array(arbOutage(month, excludedCause), { minLength: x, maxLength: x }),
            ),
          )
          .map(([c, x]) =>
            c.flatMap((o, k) => (k < x.length ? [o, x[k] as Outage] : [o])).concat(x.slice(c.length)),
          ),
        overviews: fc.array(arbOverview(month), { maxLength: 2 }),
        sla: fc.constantFrom(0, 1, 2),
      }),
    );
    fc.assert(
      fc.property(arbLarge, ({ month, outages, overviews, sla: which }) => {
        const compiled = slas[which] as (typeof slas)[number];
        const input = { month, outages, maintenanceOverviews: overviews };
        const fast = availability(input, compiled);
        const ref = sweepAvailability(input, compiled);
        // The figures first (a readable difference), then the whole result without a diff of megabytes.
        const figures = (r: typeof fast) => {
          const { downtime, ...rest } = r.value;
          return { ...rest, intervals: downtime.length };
        };
        expect(figures(fast)).toEqual(figures(ref));
        expect(JSON.stringify(fast) === JSON.stringify(ref)).toBe(true);
        const parts = outageParts(input, compiled, {});
        if (parts.counted >= parts.totalMinutes / 16) countingCounted++;
        if (parts.excluded >= parts.totalMinutes / 16) countingExcluded++;
      }),
      // No shrinking: a month of thousands of outages shrinks for minutes; the seed and path replay it.
      { numRuns: 16, endOnFailure: true },
    );
    expect(countingCounted).toBeGreaterThanOrEqual(scaledAtLeast(2));
    expect(countingExcluded).toBeGreaterThanOrEqual(scaledAtLeast(2));
  });

  it("the same on the edges written out: zero-length, sub-minute, month edges, the DST hours, nested and touching outages", () => {
    const at = instant;
    const cases: Array<{ month: YearMonth; outages: Array<Outage> }> = [
      {
        month: yearMonth("2026-03"),
        outages: [
          { start: at("2026-03-29T01:30:00+01:00"), end: at("2026-03-29T03:30:00+02:00"), cause: "supplier" },
          {
            start: at("2026-03-29T01:59:59.999+01:00"),
            end: at("2026-03-29T03:00:00.001+02:00"),
            cause: "attack",
          },
          { start: at("2026-03-31T23:59:30+02:00"), end: at("2026-04-01T00:30:00+02:00"), cause: "supplier" },
          {
            start: at("2026-02-28T23:00:00+01:00"),
            end: at("2026-03-01T00:00:00.001+01:00"),
            cause: "force-majeure",
          },
          { start: at("2026-03-10T10:00:00+01:00"), end: at("2026-03-10T10:00:00+01:00"), cause: "supplier" },
        ] as Array<Outage>,
      },
      {
        month: yearMonth("2026-10"),
        outages: [
          {
            start: at("2026-10-25T02:30:00+02:00"),
            end: at("2026-10-25T02:30:00+01:00"),
            cause: "supplier",
            id: "x",
          },
          {
            start: at("2026-10-25T02:00:00+02:00"),
            end: at("2026-10-25T03:00:00+01:00"),
            cause: "customer-ict",
          },
          {
            start: at("2026-10-25T02:10:00+01:00"),
            end: at("2026-10-25T02:20:00+01:00"),
            cause: "subcontractor",
          },
          {
            start: at("2026-10-25T03:00:00+01:00"),
            end: at("2026-10-25T03:05:00+01:00"),
            cause: "supplier",
            id: "x",
          },
          { start: at("2026-10-12T10:00:40+02:00"), end: at("2026-10-12T10:00:50+02:00"), cause: "supplier" },
          {
            start: at("2026-10-12T10:00:50+02:00"),
            end: at("2026-10-12T10:01:00+02:00"),
            cause: "maintenance",
          },
        ] as Array<Outage>,
      },
    ];
    for (const c of cases) {
      for (const compiled of slas) {
        expect(availability(c, compiled)).toEqual(sweepAvailability(c, compiled));
        expect(availability(c, compiled, { excludedMinutes: "kept-in-b" })).toEqual(
          sweepAvailability(c, compiled, { excludedMinutes: "kept-in-b" }),
        );
      }
    }
    // One figure from the cases checked by hand: March 29's 01:30–03:30 is 60 minutes (02:00–03:00
    // does not exist), 23:59:30–24:00 on 31 March is one minute, so D = 61.
    expect(availability(cases[0] as (typeof cases)[0], sla).value.downtimeMinutes).toBe(61);
  });

  it("the worked examples: April 2026 (99.697 %, missed; 99.701 % kept in B) and the guide's worked month", () => {
    const april = {
      month: yearMonth("2026-04"),
      outages: [
        {
          start: instant("2026-04-11T22:00:00+02:00"),
          end: instant("2026-04-12T08:00:00+02:00"),
          cause: "maintenance",
          announcedAt: instant("2026-03-20T10:00:00+01:00"),
        },
        {
          start: instant("2026-04-15T10:00:00+02:00"),
          end: instant("2026-04-15T12:09:00+02:00"),
          cause: "supplier",
        },
      ] as Array<Outage>,
    };
    expect(availability(april, sla)).toEqual(sweepAvailability(april, sla));
    expect(availability(april, sla).value.percent).toBe("99.697");
    expect(availability(april, sla, { excludedMinutes: "kept-in-b" })).toEqual(
      sweepAvailability(april, sla, { excludedMinutes: "kept-in-b" }),
    );
    const request = workedMonth;
    const input =
      request.maintenanceOverviews === undefined
        ? { month: request.month, outages: request.outages }
        : {
            month: request.month,
            outages: request.outages,
            maintenanceOverviews: request.maintenanceOverviews,
          };
    expect(availability(input, sla)).toEqual(sweepAvailability(input, sla));
    expect(monthlyReport(request, sla, madeAt).value.availability.percent).toBe(
      sweepAvailability(input, sla).value.percent,
    );
  });
});
