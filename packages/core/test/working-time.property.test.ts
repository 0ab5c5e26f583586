import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BusinessCalendar } from "../src/business-calendar.js";
import { addDays, fromEpochDay, type LocalDate, toEpochDay } from "../src/dates.js";
import type { Instant } from "../src/instant.js";
import { layoutOf } from "../src/internal/calendar-layout.js";
import { alwaysOpen, mdoOfficeHours, mdoP1Support, mdoStandby } from "../src/presets/calendars.js";
import { arbBusinessCalendar, arbDstWeekendInstant, arbInstant } from "../src/testing/calendar.js";
import {
  addWorkingDays,
  addWorkingTime,
  type CompiledCalendar,
  compileCalendar,
  isOpen,
  isWorkingDay,
  nextOpening,
  workingDaysBetween,
  workingTimeBetween,
} from "../src/working-time.js";
import {
  refAddWorkingDays,
  refAddWorkingTime,
  refIsOpen,
  refIsWorkingDay,
  refWorkingDaysBetween,
  refWorkingTimeBetween,
} from "./reference/working-time.js";

const MINUTE = 60_000;
const HOUR = 3_600_000;

const compiled = new WeakMap<BusinessCalendar, CompiledCalendar>();
function compile(cal: BusinessCalendar): CompiledCalendar {
  let c = compiled.get(cal);
  if (c === undefined) {
    c = compileCalendar(cal, { from: 2024, to: 2031 });
    compiled.set(cal, c);
  }
  return c;
}

const presets = fc.constantFrom(mdoOfficeHours, mdoStandby, mdoP1Support, alwaysOpen);
const anyCalendar = fc.oneof(
  { weight: 3, arbitrary: arbBusinessCalendar() },
  { weight: 1, arbitrary: presets },
);
/** Whole-minute instants in 2025–2030, half of them on DST weekends. */
const anyInstant = fc.oneof(
  arbDstWeekendInstant(),
  arbInstant({ from: "2025-01-01T00:00:00Z", to: "2030-12-31T00:00:00Z" }),
);
const arbDate = fc
  .integer({ min: toEpochDay("2025-01-01" as LocalDate), max: toEpochDay("2030-12-31" as LocalDate) })
  .map(fromEpochDay);

describe("the compiled calendar agrees with the minute-by-minute reference", () => {
  it("on whether an instant is open, for generated calendars and DST weekends", () => {
    fc.assert(
      fc.property(anyCalendar, fc.array(anyInstant, { minLength: 1, maxLength: 20 }), (cal, ts) => {
        const c = compile(cal);
        for (const t of ts) expect(isOpen(c, t)).toBe(refIsOpen(cal, t));
      }),
    );
  });

  it("on the working time between two instants at most three days apart", () => {
    fc.assert(
      fc.property(anyCalendar, anyInstant, fc.integer({ min: -3 * 1440, max: 3 * 1440 }), (cal, a, span) => {
        const b = (a + span * MINUTE) as Instant;
        expect(workingTimeBetween(compile(cal), a, b)).toBe(refWorkingTimeBetween(cal, a, b));
      }),
      { numRuns: 120 },
    );
  });

  it("on adding (and subtracting) working time, whole minutes up to 12 hours", () => {
    const maxMinutes = 6 * 1440;
    fc.assert(
      fc.property(anyCalendar, anyInstant, fc.integer({ min: -720, max: 720 }), (cal, a, minutes) => {
        const c = compile(cal);
        const d = minutes * MINUTE;
        const ref = refAddWorkingTime(cal, a, d, maxMinutes);
        if (ref === undefined) {
          // The reference gave up: the fast answer lies beyond the walked window (or outside the range).
          let fast: number | undefined;
          try {
            fast = addWorkingTime(c, a, d);
          } catch (e) {
            expect(e).toBeInstanceOf(RangeError);
            return;
          }
          expect(Math.abs(fast - a)).toBeGreaterThanOrEqual(maxMinutes * MINUTE);
        } else {
          expect(addWorkingTime(c, a, d)).toBe(ref);
        }
      }),
      { numRuns: 120 },
    );
  });

  it("on working days, the next n working days and the working days between two dates", () => {
    fc.assert(
      fc.property(
        anyCalendar,
        arbDate,
        fc.integer({ min: -4, max: 4 }),
        fc.integer({ min: -6, max: 6 }),
        (cal, d, n, span) => {
          const c = compile(cal);
          expect(isWorkingDay(c, d)).toBe(refIsWorkingDay(cal, d));
          // Only ask for n working days when the reference finds them within 15 days.
          const window = [...Array(15).keys()].filter((k) =>
            refIsWorkingDay(cal, addDays(d, n > 0 ? k + 1 : -k - 1)),
          );
          if (window.length >= Math.abs(n)) {
            expect(addWorkingDays(c, d, n)).toBe(refAddWorkingDays(cal, d, n));
          }
          const b = addDays(d, span);
          expect(workingDaysBetween(c, d, b)).toBe(refWorkingDaysBetween(cal, d, b));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("working-time invariants (fast implementation, millisecond instants)", () => {
  const msInstant = arbInstant({
    from: "2025-01-01T00:00:00Z",
    to: "2030-12-31T00:00:00Z",
    unit: "millisecond",
  });
  const cal = fc.oneof(
    presets,
    arbBusinessCalendar().filter((c) => layoutOf(compile(c)).cum[layoutOf(compile(c)).starts.length]! > 0),
  );
  const duration = fc.integer({ min: 0, max: 20 * 8 * HOUR });

  it("workingTimeBetween(a, addWorkingTime(a, d)) === d for every d ≥ 0, and for negative d", () => {
    fc.assert(
      fc.property(cal, msInstant, duration, fc.boolean(), (c0, a, d, back) => {
        const c = compile(c0);
        const dd = back ? 0 - d : d;
        let t: Instant;
        try {
          t = addWorkingTime(c, a, dd);
        } catch (e) {
          expect(e).toBeInstanceOf(RangeError);
          return;
        }
        expect(workingTimeBetween(c, a, t)).toBe(dd);
        if (dd > 0) expect(t).toBeGreaterThan(a);
      }),
      { numRuns: 500 },
    );
  });

  it("addWorkingTime is monotone in the start and in the duration", () => {
    fc.assert(
      fc.property(cal, msInstant, msInstant, duration, duration, (c0, a1, a2, d1, d2) => {
        const c = compile(c0);
        const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
        const [dl, dh] = d1 <= d2 ? [d1, d2] : [d2, d1];
        try {
          expect(addWorkingTime(c, lo, dl)).toBeLessThanOrEqual(addWorkingTime(c, hi, dl));
          expect(addWorkingTime(c, lo, dl)).toBeLessThanOrEqual(addWorkingTime(c, lo, dh));
        } catch (e) {
          expect(e).toBeInstanceOf(RangeError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("workingTimeBetween is monotone, antisymmetric and additive", () => {
    fc.assert(
      fc.property(cal, msInstant, msInstant, msInstant, (c0, a, b, x) => {
        const c = compile(c0);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(workingTimeBetween(c, x, hi)).toBeGreaterThanOrEqual(workingTimeBetween(c, x, lo));
        expect(workingTimeBetween(c, hi, x)).toBeLessThanOrEqual(workingTimeBetween(c, lo, x));
        expect(workingTimeBetween(c, b, a)).toBe(0 - workingTimeBetween(c, a, b));
        expect(workingTimeBetween(c, a, x) + workingTimeBetween(c, x, b)).toBe(workingTimeBetween(c, a, b));
        expect(workingTimeBetween(c, lo, hi)).toBeLessThanOrEqual(hi - lo);
      }),
      { numRuns: 500 },
    );
  });

  it("nextOpening is open, not before the instant, and nothing is open in between", () => {
    fc.assert(
      fc.property(cal, msInstant, (c0, a) => {
        const c = compile(c0);
        let o: Instant;
        try {
          o = nextOpening(c, a);
        } catch (e) {
          // Only when nothing opens any more before the end of the compiled range.
          expect(e).toBeInstanceOf(RangeError);
          expect(workingTimeBetween(c, a, c.range.end)).toBe(0);
          return;
        }
        expect(o).toBeGreaterThanOrEqual(a);
        expect(isOpen(c, o)).toBe(true);
        expect(workingTimeBetween(c, a, o)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("addWorkingDays and workingDaysBetween are inverse", () => {
    const wide = new Map<BusinessCalendar, CompiledCalendar>();
    fc.assert(
      fc.property(presets, arbDate, arbDate, fc.integer({ min: -300, max: 300 }), (c0, a, b, n) => {
        let c = wide.get(c0);
        if (c === undefined) {
          c = compileCalendar(c0, { from: 2020, to: 2035 });
          wide.set(c0, c);
        }
        expect(workingDaysBetween(c, a, addWorkingDays(c, a, n))).toBe(n);
        if (isWorkingDay(c, b)) expect(addWorkingDays(c, a, workingDaysBetween(c, a, b))).toBe(b);
        const m = workingDaysBetween(c, a, b);
        expect(m === 0 || (m > 0 ? b > a : b < a)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
