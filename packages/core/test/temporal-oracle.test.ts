import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { addDays, correspondingDate, date, type LocalDate, periodAfter } from "../src/dates.js";
import { formatInstant, localDateOf, offsetAt, zonedInstant } from "../src/instant.js";
import { arbLocalDate } from "../src/testing/dates.js";

// ADR 0003: Temporal (temporal-polyfill) is the test oracle. Its PlainDate.add({ years, months })
// constrains a missing day to the month's last day — exactly the Hoge Raad's rule for a period
// after an event (HR 1 Sep 2017, ECLI:NL:HR:2017:2225) — and its ZonedDateTime knows the zone.

const plain = (d: LocalDate) => Temporal.PlainDate.from(d);

describe("the period rule agrees with Temporal's constrained month arithmetic", () => {
  const length = fc.record(
    {
      years: fc.integer({ min: 0, max: 20 }),
      months: fc.integer({ min: 0, max: 40 }),
      weeks: fc.integer({ min: 0, max: 20 }),
      days: fc.integer({ min: 0, max: 400 }),
    },
    { requiredKeys: [] },
  );
  const events = fc.oneof(
    arbLocalDate(date("1900-01-01"), date("2150-12-31")),
    fc.constantFrom(
      ...[
        "2027-02-28",
        "2028-02-29",
        "2027-04-30",
        "2026-06-30",
        "2026-09-30",
        "2026-08-31",
        "2027-01-31",
      ].map(date),
    ),
  );

  it("correspondingDate(d, length) = Temporal d.add({ years, months }).add({ weeks, days })", () => {
    fc.assert(
      fc.property(events, length, (d, len) => {
        const t = plain(d)
          .add({ years: len.years ?? 0, months: len.months ?? 0 })
          .add({ weeks: len.weeks ?? 0, days: len.days ?? 0 });
        expect(correspondingDate(d, len)).toBe(t.toString());
        expect(periodAfter(d, len).endExclusive).toBe(t.add({ days: 1 }).toString());
      }),
      { numRuns: 500 },
    );
  });

  it("addDays agrees with Temporal", () => {
    fc.assert(
      fc.property(events, fc.integer({ min: -100_000, max: 100_000 }), (d, n) => {
        expect(addDays(d, n)).toBe(plain(d).add({ days: n }).toString());
      }),
    );
  });
});

describe("Europe/Amsterdam conversions agree with Temporal's ZonedDateTime (1970–2100)", () => {
  const zone = "Europe/Amsterdam";
  const instants = fc.integer({ min: Date.UTC(1970, 0, 2), max: Date.UTC(2100, 11, 31) });

  it("offsetAt, localDateOf and formatInstant", () => {
    fc.assert(
      fc.property(instants, (ms) => {
        const z = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
        expect(offsetAt(ms, zone)).toBe(z.offsetNanoseconds / 1e6);
        expect(localDateOf(ms, zone)).toBe(z.toPlainDate().toString());
        const t = z.toString({ timeZoneName: "never", smallestUnit: "millisecond" });
        expect(formatInstant(ms, zone)).toBe(
          t.endsWith(".000+01:00") || t.endsWith(".000+02:00") ? t.replace(".000", "") : t,
        );
      }),
      { numRuns: 500 },
    );
  });

  it("zonedInstant resolves gaps and folds as Temporal's 'compatible' and 'later'", () => {
    const dates = arbLocalDate(date("1970-01-02"), date("2100-12-31"));
    // DST switch days are drawn often: the last Sundays of March and October.
    const switchDays = fc
      .tuple(fc.integer({ min: 1981, max: 2100 }), fc.constantFrom(3, 10))
      .map(([y, m]) => {
        const last = Temporal.PlainDate.from({ year: y, month: m, day: 31 });
        return date(last.subtract({ days: last.dayOfWeek % 7 }).toString());
      });
    fc.assert(
      fc.property(
        fc.oneof(dates, switchDays),
        fc.integer({ min: 0, max: 1439 }),
        fc.constantFrom("compatible", "later") as fc.Arbitrary<"compatible" | "later">,
        (d, minute, disambiguation) => {
          const pdt = Temporal.PlainDateTime.from(d).add({ minutes: minute });
          const expected = pdt.toZonedDateTime(zone, { disambiguation }).epochMilliseconds;
          expect(zonedInstant(d, minute, zone, disambiguation)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
