import * as Result from "effect/Result";
import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addLength,
  addMonths,
  addYears,
  ageOn,
  date,
  dateParts,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  isoWeekday,
  LocalDate,
  periodAfter,
  termEnd,
  toEpochDay,
} from "../src/dates.js";
import { arbInvalidLocalDateString, arbLocalDate } from "../src/testing/dates.js";

describe("the date rule: a day that does not exist moves to the first of the next month", () => {
  it("31 Aug 2026 + 6 months = 1 Mar 2027", () => {
    expect(addMonths(date("2026-08-31"), 6)).toBe("2027-03-01");
  });

  it("30 Jan 2026 + 1 month = 1 Mar 2026; 31 Jan 2028 + 1 month = 1 Mar 2028; 29 Jan 2028 + 1 month = 29 Feb", () => {
    expect(addMonths(date("2026-01-30"), 1)).toBe("2026-03-01");
    expect(addMonths(date("2028-01-31"), 1)).toBe("2028-03-01");
    expect(addMonths(date("2028-01-29"), 1)).toBe("2028-02-29");
  });

  it("29 Feb 2028 + 1 year = 1 Mar 2029; + 4 years = 29 Feb 2032", () => {
    expect(addYears(date("2028-02-29"), 1)).toBe("2029-03-01");
    expect(addYears(date("2028-02-29"), 4)).toBe("2032-02-29");
  });

  it("31 Dec 2026 + 2 months = 1 Mar 2027; 31 Mar 2026 − 1 month = 1 Mar 2026", () => {
    expect(addMonths(date("2026-12-31"), 2)).toBe("2027-03-01");
    expect(addMonths(date("2026-03-31"), -1)).toBe("2026-03-01");
  });

  it("6 months after processing on 31 Aug 2026 run from 1 Sep 2026 through 28 Feb 2027 (February has no 31st)", () => {
    expect(periodAfter(date("2026-08-31"), { months: 6 })).toEqual({
      start: "2026-09-01",
      endExclusive: "2027-03-01",
      lastDay: "2027-02-28",
    });
  });

  it("a term of 18 months from 31 Aug 2026 ends on 29 Feb 2028; a 1-year term from 1 Jan ends 31 Dec", () => {
    expect(termEnd(date("2026-08-31"), { months: 18 })).toBe("2028-02-29");
    expect(termEnd(date("2026-01-01"), { years: 1 })).toBe("2026-12-31");
  });

  it("someone born on 29 Feb 2012 turns 13 on 1 Mar 2025 and 12 on 29 Feb 2024", () => {
    expect(ageOn(date("2012-02-29"), date("2024-02-29"))).toBe(12);
    expect(ageOn(date("2012-02-29"), date("2025-02-28"))).toBe(12);
    expect(ageOn(date("2012-02-29"), date("2025-03-01"))).toBe(13);
  });

  it("month ends + 1 month: 31 Jan → 1 Mar, 28 Feb → 28 Mar, 31 Mar → 1 May, 30 Apr → 30 May, 29 Feb 2028 → 29 Mar", () => {
    const ends = ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2028-02-29"].map(date);
    expect(ends.map((d) => addMonths(d, 1))).toEqual([
      "2026-03-01",
      "2026-03-28",
      "2026-05-01",
      "2026-05-30",
      "2028-03-29",
    ]);
  });
});

describe("date rule properties", () => {
  const arbDate = arbLocalDate(date("1900-01-01"), date("2199-12-31"));
  const months = fc.integer({ min: -600, max: 600 });

  it("addMonths keeps the day of the month, or gives the 1st of the following month when the day does not exist", () => {
    fc.assert(
      fc.property(arbDate, months, (d, n) => {
        const a = dateParts(d);
        const r = dateParts(addMonths(d, n));
        const index = a.year * 12 + a.month - 1 + n;
        const ty = Math.floor(index / 12);
        const tm = index - ty * 12 + 1;
        if (a.day <= daysInMonth(ty, tm)) expect([r.year, r.month, r.day]).toEqual([ty, tm, a.day]);
        else expect([r.year * 12 + r.month - 1, r.day]).toEqual([index + 1, 1]);
      }),
    );
  });

  it("addMonths is monotone in the date (never goes back) and composes from the anchor without drift", () => {
    fc.assert(
      fc.property(arbDate, arbDate, fc.integer({ min: 0, max: 240 }), (a, b, n) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(addMonths(lo, n) <= addMonths(hi, n)).toBe(true);
        // Anniversaries of a 31st computed from the anchor land on the 31st whenever it exists.
        const anchor = date("2026-01-31");
        const r = addMonths(anchor, n);
        expect(r.endsWith("-31") || r.endsWith("-01")).toBe(true);
      }),
    );
  });

  it("ageOn: age n is reached exactly on addYears(birth, n)", () => {
    fc.assert(
      fc.property(
        arbLocalDate(date("1900-01-01"), date("2099-12-31")),
        fc.integer({ min: 1, max: 100 }),
        (b, n) => {
          const birthday = addYears(b, n);
          expect(ageOn(b, birthday)).toBe(n);
          expect(ageOn(b, addDays(birthday, -1))).toBe(n - 1);
          expect(ageOn(b, b)).toBe(0);
        },
      ),
    );
  });

  it("ageOn is monotone in the date and −1 before birth", () => {
    fc.assert(
      fc.property(arbDate, arbDate, arbDate, (b, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(ageOn(b, lo)).toBeLessThanOrEqual(ageOn(b, hi));
        if (lo < b) expect(ageOn(b, lo)).toBe(-1);
      }),
    );
  });

  it("periodAfter starts the day after the event and its last day is the day before endExclusive", () => {
    const length = fc.record({
      years: fc.integer({ min: 0, max: 5 }),
      months: fc.integer({ min: 0, max: 30 }),
      days: fc.integer({ min: 0, max: 120 }),
    });
    fc.assert(
      fc.property(arbLocalDate(date("1900-01-01"), date("2150-12-31")), length, (e, len) => {
        const p = periodAfter(e, len);
        expect(daysBetween(e, p.start)).toBe(1);
        expect(daysBetween(p.lastDay, p.endExclusive)).toBe(1);
        if (len.years + len.months + len.days > 0) expect(p.endExclusive > p.start).toBe(true);
        // Periods of days only are unchanged by the HR reading: start + length.
        if (len.years + len.months === 0) expect(p.endExclusive).toBe(addLength(p.start, len));
      }),
    );
  });

  it("epoch days round-trip and weekdays advance by one per day", () => {
    fc.assert(
      fc.property(arbDate, (d) => {
        expect(fromEpochDay(toEpochDay(d))).toBe(d);
        expect(isoWeekday(addDays(d, 1))).toBe((isoWeekday(d) % 7) + 1);
      }),
    );
  });
});

describe("the LocalDate schema", () => {
  const decodeDate = Schema.decodeUnknownResult(LocalDate);

  it("accepts real dates and rejects near misses with a reason", () => {
    expect(Result.isSuccess(decodeDate("2028-02-29"))).toBe(true);
    for (const bad of ["2026-02-29", "2026-13-01", "2026-1-01", "0000-01-01", "2026-04-31"]) {
      expect(Result.isFailure(decodeDate(bad)), bad).toBe(true);
    }
    fc.assert(
      fc.property(arbInvalidLocalDateString(), (s) => {
        expect(Result.isFailure(decodeDate(s))).toBe(true);
      }),
    );
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        expect(() => decodeDate(u, { errors: "all" })).not.toThrow();
      }),
    );
  });
});
