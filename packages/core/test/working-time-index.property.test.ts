// Differential tests for the bucket indexes of a compiled calendar (issue #18): every query that
// goes through `startIndex` / `cumIndex` (one comparison when a bucket holds one value, a search
// within the bucket otherwise) must answer exactly what a plain binary search over the whole
// arrays answers — at and next to every boundary (interval starts and ends, prefix-sum values) —
// and, on calendars whose openings cross the DST hours, what the minute-stepping reference answers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BusinessCalendar } from "../src/business-calendar.js";
import type { LocalDate } from "../src/dates.js";
import type { Instant } from "../src/instant.js";
import { layoutOf } from "../src/internal/calendar-layout.js";
import { alwaysOpen, mdoOfficeHours, mdoP1Support, mdoStandby } from "../src/presets/calendars.js";
import { arbBusinessCalendar, arbDstWeekendInstant } from "../src/testing/calendar.js";
import {
  addWorkingTime,
  type CompiledCalendar,
  compileCalendar,
  isOpen,
  nextOpening,
  workingTimeBetween,
} from "../src/working-time.js";
import { refAddWorkingTime, refWorkingTimeBetween } from "./reference/working-time.js";

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** The queries answered by plain binary searches over the whole arrays (the algorithm before the indexes). */
function plain(c: CompiledCalendar) {
  const L = layoutOf(c);
  const { starts, ends, cum } = L;
  const n = starts.length;
  const firstAbove = (a: Float64Array, lo: number, hi: number, x: number, orEqual: boolean) => {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const v = a[mid] as number;
      if (orEqual ? v <= x : v < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const openBefore = (t: number) => {
    const i = firstAbove(starts, 0, n, t, true) - 1;
    return i < 0 ? 0 : (cum[i] as number) + Math.min(t, ends[i] as number) - (starts[i] as number);
  };
  return {
    between: (a: number, b: number) => openBefore(b) - openBefore(a),
    isOpen: (t: number) => {
      const i = firstAbove(starts, 0, n, t, true) - 1;
      return i >= 0 && t < (ends[i] as number);
    },
    nextOpening: (t: number): number | undefined => {
      const i = firstAbove(starts, 0, n, t, true);
      if (i > 0 && t < (ends[i - 1] as number)) return t;
      return i === n ? undefined : (starts[i] as number);
    },
    /** undefined where the compiled calendar must throw (answer outside the range). */
    add: (a: number, d: number): number | undefined => {
      if (d === 0) return a;
      const target = openBefore(a) + d;
      if (target < 0 || target > (cum[n] as number)) return undefined;
      const i =
        d > 0 ? firstAbove(cum, 1, n + 1, target, false) - 1 : firstAbove(cum, 0, n, target, true) - 1;
      return (starts[i] as number) + (target - (cum[i] as number));
    },
  };
}

function addOrUndefined(c: CompiledCalendar, a: number, d: number): number | undefined {
  try {
    return addWorkingTime(c, a as Instant, d);
  } catch (e) {
    expect(e).toBeInstanceOf(RangeError);
    return undefined;
  }
}

function nextOpeningOrUndefined(c: CompiledCalendar, t: number): number | undefined {
  try {
    return nextOpening(c, t as Instant);
  } catch (e) {
    expect(e).toBeInstanceOf(RangeError);
    return undefined;
  }
}

/**
 * Twelve one-minute openings on one day and one whole day, compiled for 1970–2100: the starts and
 * the prefix sums bunch into few buckets (a search within a bucket).
 */
const bunched: BusinessCalendar = {
  ...mdoOfficeHours,
  name: "bunched",
  weekly: {
    monday: [],
    tuesday: [],
    wednesday: [],
    thursday: [],
    friday: [],
    saturday: [],
    sunday: [],
  },
  extraOpenings: [
    ...Array.from({ length: 12 }, (_, k) => ({
      date: "2030-06-03" as LocalDate,
      start: 480 + k * 2,
      end: 481 + k * 2,
    })),
    { date: "2031-01-02" as LocalDate, start: 0, end: 1440 },
  ],
};

/** Opening across the switch hours every day, and round the clock (merged into one long interval). */
const nightly = (start: number, end: number): BusinessCalendar => ({
  ...mdoOfficeHours,
  name: `daily ${start}–${end}`,
  holidays: { days: [], liberationDay: "never", goodFriday: false, sources: [] },
  weekly: Object.fromEntries(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map((k) => [
      k,
      [{ start, end }],
    ]),
  ) as unknown as BusinessCalendar["weekly"],
});
const dstCalendars = [nightly(60, 300), nightly(150, 240), nightly(0, 1440), alwaysOpen];

const fixed: Array<[string, CompiledCalendar]> = [
  ["office 2024–2036", compileCalendar(mdoOfficeHours, { from: 2024, to: 2036 })],
  ["office 1970–2100", compileCalendar(mdoOfficeHours)],
  ["standby 2024–2036", compileCalendar(mdoStandby, { from: 2024, to: 2036 })],
  ["P1 support 2026–2035", compileCalendar(mdoP1Support, { from: 2026, to: 2035 })],
  ["bunched 1970–2100", compileCalendar(bunched)],
  ...dstCalendars.map((cal): [string, CompiledCalendar] => [
    `${cal.name} 2024–2031`,
    compileCalendar(cal, { from: 2024, to: 2031 }),
  ]),
];

/** Instants at, just before and just after the interval boundaries, plus anywhere in the range. */
function arbProbe(c: CompiledCalendar): fc.Arbitrary<number> {
  const L = layoutOf(c);
  const n = L.starts.length;
  const anywhere = fc.integer({ min: L.rangeStart, max: L.rangeEnd });
  if (n === 0) return anywhere;
  const boundary = fc
    .tuple(fc.integer({ min: 0, max: n - 1 }), fc.boolean(), fc.constantFrom(-1, 0, 1, -MINUTE, MINUTE))
    .map(([k, atEnd, off]) => ((atEnd ? L.ends[k] : L.starts[k]) as number) + off)
    .filter((t) => t >= L.rangeStart && t <= L.rangeEnd);
  return fc.oneof(boundary, anywhere);
}

describe("the bucket indexes answer as plain binary searches over the whole arrays", () => {
  it("cover both ways a query is answered: one comparison per bucket, and a search within a bucket", () => {
    const flags = fixed.map(([, c]) => layoutOf(c));
    expect(flags.some((L) => L.startSingle)).toBe(true);
    expect(flags.some((L) => !L.startSingle)).toBe(true);
    expect(flags.some((L) => L.cumSingle)).toBe(true);
    expect(flags.some((L) => !L.cumSingle)).toBe(true);
    // The office calendar, the bench's and sla-calculator's, takes the one-comparison way.
    const office = layoutOf(fixed[0]?.[1] as CompiledCalendar);
    expect([office.startSingle, office.cumSingle]).toEqual([true, true]);
  });

  for (const [name, c] of fixed) {
    const p = plain(c);
    const L = layoutOf(c);
    const n = L.starts.length;
    it(`${name}: isOpen, nextOpening and workingTimeBetween at and next to every kind of boundary`, () => {
      fc.assert(
        fc.property(arbProbe(c), arbProbe(c), (a, b) => {
          expect(isOpen(c, a as Instant)).toBe(p.isOpen(a));
          expect(nextOpeningOrUndefined(c, a)).toBe(p.nextOpening(a));
          expect(workingTimeBetween(c, a as Instant, b as Instant)).toBe(p.between(a, b));
        }),
        { numRuns: 400 },
      );
    });

    it(`${name}: addWorkingTime with durations that end on, just before and just after a prefix sum`, () => {
      const duration = fc.oneof(
        fc.integer({ min: -40 * 8 * HOUR, max: 40 * 8 * HOUR }),
        // Durations whose target is exactly a cum value (± 1 ms): the bucket edges of cumIndex.
        fc
          .tuple(fc.integer({ min: 0, max: n }), fc.constantFrom(-1, 0, 1))
          .map(([k, off]) => [k, off] as const),
      );
      fc.assert(
        fc.property(arbProbe(c), duration, (a, dd) => {
          const d =
            typeof dd === "number"
              ? dd
              : (L.cum[dd[0]] as number) + dd[1] - (p.between(L.rangeStart, a) as number);
          expect(addOrUndefined(c, a, d)).toBe(p.add(a, d));
        }),
        { numRuns: 400 },
      );
    });
  }

  it("generated calendars (random weekly hours, extra openings, time zones): all four queries", () => {
    fc.assert(
      fc.property(
        arbBusinessCalendar(),
        fc.constantFrom({ from: 2024, to: 2031 }, { from: 1990, to: 2040 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: -1, max: 1 })), {
          minLength: 8,
          maxLength: 8,
        }),
        fc.integer({ min: -10 * 24 * HOUR, max: 10 * 24 * HOUR }),
        (cal, years, picks, d) => {
          const c = compileCalendar(cal, years);
          const L = layoutOf(c);
          const p = plain(c);
          const n = L.starts.length;
          const probes = picks.map(([r, off], k) => {
            if (n === 0 || k % 2 === 1) return Math.floor(L.rangeStart + r * (L.rangeEnd - L.rangeStart));
            const i = Math.min(n - 1, Math.floor(r * n));
            const t = ((k % 4 === 0 ? L.starts[i] : L.ends[i]) as number) + off;
            return Math.min(L.rangeEnd, Math.max(L.rangeStart, t));
          });
          for (const a of probes) {
            expect(isOpen(c, a as Instant)).toBe(p.isOpen(a));
            expect(nextOpeningOrUndefined(c, a)).toBe(p.nextOpening(a));
            expect(addOrUndefined(c, a, d)).toBe(p.add(a, d));
            for (const b of probes)
              expect(workingTimeBetween(c, a as Instant, b as Instant)).toBe(p.between(a, b));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("on calendars open across 02:00–03:00, the indexed queries agree with the minute-stepping reference", () => {
  const compiled = new Map(dstCalendars.map((cal) => [cal, compileCalendar(cal, { from: 2024, to: 2031 })]));
  const cal = fc.constantFrom(...dstCalendars);

  it("workingTimeBetween over DST weekends", () => {
    fc.assert(
      fc.property(
        cal,
        arbDstWeekendInstant(),
        fc.integer({ min: -2 * 1440, max: 2 * 1440 }),
        (c0, a, span) => {
          const b = (a + span * MINUTE) as Instant;
          expect(workingTimeBetween(compiled.get(c0) as CompiledCalendar, a, b)).toBe(
            refWorkingTimeBetween(c0, a, b),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it("addWorkingTime over DST weekends, forwards and backwards", () => {
    fc.assert(
      fc.property(cal, arbDstWeekendInstant(), fc.integer({ min: -300, max: 300 }), (c0, a, minutes) => {
        const ref = refAddWorkingTime(c0, a, minutes * MINUTE, 8 * 1440);
        expect(ref).toBeDefined();
        expect(addWorkingTime(compiled.get(c0) as CompiledCalendar, a, minutes * MINUTE)).toBe(ref);
      }),
      { numRuns: 150 },
    );
  });
});
