import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addLength,
  correspondingDate,
  type DateLength,
  date,
  dateParts,
  type LocalDate,
  periodAfter,
  termEnd,
  tryPeriodAfter,
} from "../src/dates.js";
import { arbLocalDate } from "../src/testing/dates.js";

// HR 1 September 2017, ECLI:NL:HR:2017:2225 (three-month appeal terms) and EU Regulation 1182/71
// art. 3(2)(c): a period of months or years after an event ends at the end of the day with the
// event's day number in the target month, or at the end of that month when it has no such day.

describe("a period of months after an event ends on the day with the event's day number (HR 1 Sep 2017)", () => {
  it("an event on 28 Feb 2027: 6 months end on 28 Aug 2027, not 31 Aug", () => {
    expect(periodAfter(date("2027-02-28"), { months: 6 })).toEqual({
      start: "2027-03-01",
      endExclusive: "2027-08-29",
      lastDay: "2027-08-28",
    });
  });

  it("an event on 29 Feb 2028: 3 months end on 29 May 2028; 1 year ends on 28 Feb 2029 (no 29th)", () => {
    expect(periodAfter(date("2028-02-29"), { months: 3 }).lastDay).toBe("2028-05-29");
    expect(periodAfter(date("2028-02-29"), { years: 1 }).lastDay).toBe("2029-02-28");
    expect(periodAfter(date("2028-02-29"), { years: 4 }).lastDay).toBe("2032-02-29");
  });

  it("an event on 30 Apr 2027: 1 month ends on 30 May 2027, not 31 May; 3 months on 30 Jul (the HR's example)", () => {
    expect(periodAfter(date("2027-04-30"), { months: 1 }).lastDay).toBe("2027-05-30");
    expect(periodAfter(date("2027-04-30"), { months: 3 }).lastDay).toBe("2027-07-30");
  });

  it("an event on 30 Jun 2026: 6 months end on 30 Dec 2026, not 31 Dec", () => {
    expect(periodAfter(date("2026-06-30"), { months: 6 }).lastDay).toBe("2026-12-30");
    expect(periodAfter(date("2026-06-30"), { months: 6 }).endExclusive).toBe("2026-12-31");
  });

  it("an event on 30 Sep 2026: 3 months end on 30 Dec 2026 (the HR's example)", () => {
    expect(periodAfter(date("2026-09-30"), { months: 3 }).lastDay).toBe("2026-12-30");
  });

  it("an event on 31 Aug 2026: 6 months end on 28 Feb 2027, the last day of February (it has no 31st)", () => {
    expect(periodAfter(date("2026-08-31"), { months: 6 }).lastDay).toBe("2027-02-28");
    expect(periodAfter(date("2027-08-31"), { months: 6 }).lastDay).toBe("2028-02-29");
    expect(periodAfter(date("2026-08-31"), { months: 1 }).lastDay).toBe("2026-09-30");
  });

  it("an event on 31 Jan 2027: 1 month ends on 28 Feb 2027; 2 months on 31 Mar 2027", () => {
    expect(periodAfter(date("2027-01-31"), { months: 1 }).lastDay).toBe("2027-02-28");
    expect(periodAfter(date("2028-01-31"), { months: 1 }).lastDay).toBe("2028-02-29");
    expect(periodAfter(date("2027-01-31"), { months: 2 }).lastDay).toBe("2027-03-31");
  });

  it("a period of days or weeks still counts whole days from the day after the event", () => {
    expect(periodAfter(date("2027-02-28"), { days: 90 }).lastDay).toBe("2027-05-29");
    expect(periodAfter(date("2027-04-30"), { weeks: 2 }).lastDay).toBe("2027-05-14");
  });

  it("months first by the HR rule, then the days: 30 Apr + 1 month and 10 days ends on 9 Jun", () => {
    expect(periodAfter(date("2027-04-30"), { months: 1, days: 10 }).lastDay).toBe("2027-06-09");
  });

  it("a term that starts on a day is unchanged: 18 months from 31 Aug 2026 end on 29 Feb 2028", () => {
    expect(termEnd(date("2026-08-31"), { months: 18 })).toBe("2028-02-29");
    expect(termEnd(date("2026-01-01"), { years: 1 })).toBe("2026-12-31");
  });

  it("correspondingDate is the last day of the period; outside the years 0001–9999 the total variant gives undefined", () => {
    expect(correspondingDate(date("2027-04-30"), { months: 1 })).toBe("2027-05-30");
    expect(tryPeriodAfter(date("9999-12-31"), { days: 1 })).toBeUndefined();
    expect(tryPeriodAfter(date("9999-12-15"), { months: 1 })).toBeUndefined();
    expect(() => periodAfter(date("9999-12-15"), { months: 1 })).toThrow(RangeError);
  });
});

/**
 * Day-by-day reference of the HR rule: walk from the event one day at a time until the target
 * month is reached, then to the day with the event's day number, or to the last day of the target
 * month (the day before the month changes) when it has none; then walk the weeks and days.
 */
function referenceLastDay(event: LocalDate, length: DateLength): LocalDate {
  const months = (length.years ?? 0) * 12 + (length.months ?? 0);
  const days = (length.weeks ?? 0) * 7 + (length.days ?? 0);
  const e = dateParts(event);
  let d = event;
  if (months > 0) {
    const target = e.year * 12 + e.month - 1 + months;
    const monthIndex = (x: LocalDate) => dateParts(x).year * 12 + dateParts(x).month - 1;
    while (monthIndex(d) < target) d = addDays(d, 1); // the 1st of the target month
    while (dateParts(d).day < e.day && monthIndex(addDays(d, 1)) === target) d = addDays(d, 1);
  }
  for (let i = 0; i < days; i++) d = addDays(d, 1);
  return d;
}

describe("periodAfter agrees with a day-by-day reference of the HR rule", () => {
  const length = fc.record(
    {
      years: fc.integer({ min: 0, max: 3 }),
      months: fc.integer({ min: 0, max: 30 }),
      weeks: fc.integer({ min: 0, max: 10 }),
      days: fc.integer({ min: 0, max: 60 }),
    },
    { requiredKeys: [] },
  );
  // Month ends and 29 February are drawn often: that is where the two readings differ.
  const monthEnd = fc
    .tuple(
      fc.integer({ min: 1970, max: 2100 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 3 }),
    )
    .map(([y, m, back]) =>
      addDays(addLength(date(`${y}-${String(m).padStart(2, "0")}-01`), { months: 1 }), -1 - back),
    );
  const event = fc.oneof(arbLocalDate(date("1900-01-01"), date("2150-12-31")), monthEnd);

  it("for every event and length: lastDay = the reference, start = event + 1, endExclusive = lastDay + 1", () => {
    fc.assert(
      fc.property(event, length, (e, len) => {
        const p = periodAfter(e, len);
        expect(p.lastDay).toBe(referenceLastDay(e, len));
        expect(p.start).toBe(addDays(e, 1));
        expect(p.endExclusive).toBe(addDays(p.lastDay, 1));
      }),
      { numRuns: 500 },
    );
  });

  it("the last day of a period of months never falls in the month after the target month", () => {
    fc.assert(
      fc.property(event, fc.integer({ min: 1, max: 36 }), (e, months) => {
        const last = dateParts(periodAfter(e, { months }).lastDay);
        const from = dateParts(e);
        expect(last.year * 12 + last.month).toBe(from.year * 12 + from.month + months);
        expect(last.day).toBeLessThanOrEqual(from.day);
      }),
    );
  });
});
