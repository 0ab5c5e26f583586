// Tests that pin down rules of instant.ts that surviving mutants showed were not asserted
// (issue #17): what an instant on the wire is (core spec §1 "Wire format": ISO-8601 with an
// offset or Z; RFC 3339 §5.6 for the fields), the supported range 1970-01-01 to
// 9999-12-30T23:59:59.999Z (ADR 0006 §4: `tryX` gives undefined, the others throw), and how an
// instant is written back (RFC 3339 §4.3: `-00:00` means "offset unknown", so a known zero offset
// is `+00:00`, and `Z` is UTC itself). Every result is computed inside its `it`.
import * as Schema from "effect/Schema";
import { describe, expect, it } from "vitest";
import {
  formatInstant,
  fromEpochMillis,
  Instant,
  instant,
  instantProblem,
  offsetAt,
  tryFromEpochMillis,
  tryInstant,
} from "../src/instant.js";
import { mdoOfficeHours } from "../src/presets/calendars.js";
import { compileCalendar, isOpen } from "../src/working-time.js";

const HOUR = 3_600_000;
/** 2026-01-01T00:00:00Z, worked out: 20 454 days after 1970-01-01. */
const NEW_YEAR_2026 = 20_454 * 86_400_000;
/** 9999-12-30T23:59:59.999Z, the last supported instant (2 932 895 days, less 1 ms). */
const LAST = 2_932_896 * 86_400_000 - 1;
/** 0001-01-01T00:00:00Z: 719 162 days before 1970-01-01. */
const YEAR_ONE = -719_162 * 86_400_000;

describe("what an instant string is (core spec §1 wire format, RFC 3339 §5.6)", () => {
  it("a string that is no date-time at all is refused with the expected form named", () => {
    expect(instantProblem("not a date")).toMatch(/^expected an ISO-8601 date-time with an offset, e\.g\./);
    expect(instantProblem("2026-03-29T01:30:00+01:00")).toBeUndefined();
  });

  it("the seconds may be left out: 2026-01-01T00:00Z is 2026-01-01T00:00:00Z", () => {
    expect(instant("2026-01-01T00:00Z")).toBe(NEW_YEAR_2026);
    expect(tryInstant("2026-01-01T01:00+01:00")).toBe(NEW_YEAR_2026);
  });

  it("year 0000 is no calendar year; 0001 is one, but before 1970", () => {
    expect(instantProblem("0000-01-01T00:00:00Z")).toBe("year 0000 is not a calendar year");
    expect(instantProblem("0001-01-01T00:00:00Z")).toMatch(/^instants before 1970 are not supported/);
  });

  it("month 00 and month 13 do not exist; months 01 and 12 do", () => {
    expect(instantProblem("2026-00-01T00:00:00Z")).toBe("month 00 does not exist");
    expect(instantProblem("2026-13-01T00:00:00Z")).toBe("month 13 does not exist");
    expect(tryInstant("2026-13-01T00:00:00Z")).toBeUndefined();
    expect(tryInstant("2026-00-15T00:00:00Z")).toBeUndefined();
    expect(tryInstant("2026-12-31T00:00:00Z")).toBe(NEW_YEAR_2026 + 364 * 24 * HOUR);
    expect(tryInstant("2026-01-01T00:00:00Z")).toBe(NEW_YEAR_2026);
  });

  it("30 February and day 00 do not exist (the Gregorian calendar, ADR 0003)", () => {
    expect(instantProblem("2026-02-30T00:00:00Z")).toBe("day 30 does not exist in 2026-02");
    expect(instantProblem("2026-01-00T00:00:00Z")).toBe("day 00 does not exist in 2026-01");
    expect(tryInstant("2026-02-29T00:00:00Z")).toBeUndefined();
    expect(tryInstant("2028-02-29T00:00:00Z")).toBe(NEW_YEAR_2026 + (2 * 365 + 31 + 28) * 24 * HOUR);
  });

  it("hour 24, minute 60 and second 60 do not exist (leap seconds are not supported)", () => {
    expect(instantProblem("2026-01-01T24:00:00Z")).toBe("hour 24 does not exist");
    expect(instantProblem("2026-01-01T00:60:00Z")).toBe("minute 60 does not exist");
    expect(instantProblem("2026-12-31T23:59:60Z")).toBe(
      "second 60 does not exist (leap seconds are not supported)",
    );
    expect(tryInstant("2026-12-31T23:59:60Z")).toBeUndefined();
    expect(tryInstant("2026-12-31T23:59:59Z")).toBe(NEW_YEAR_2026 + 365 * 24 * HOUR - 1000);
  });

  it("an offset has hours up to 18 and minutes up to 59: +18:00 and +05:59 are offsets, +19:00 and +01:60 are not", () => {
    expect(tryInstant("2026-01-01T18:00:00+18:00")).toBe(NEW_YEAR_2026);
    expect(tryInstant("2026-01-01T05:59:00+05:59")).toBe(NEW_YEAR_2026);
    expect(instantProblem("2026-01-01T00:00:00+19:00")).toBe("offset +19:00 is not a UTC offset");
    expect(instantProblem("2026-01-01T00:00:00+01:60")).toBe("offset +01:60 is not a UTC offset");
    expect(tryInstant("2026-01-01T00:00:00+01:60")).toBeUndefined();
  });

  it("digits after the milliseconds are cut off: .1239 is 123 ms, never 1239 ms", () => {
    expect(instant("2026-01-01T00:00:00.1239Z")).toBe(NEW_YEAR_2026 + 123);
    expect(instant("2026-01-01T00:00:00.5Z")).toBe(NEW_YEAR_2026 + 500);
  });

  it("a string over 64 characters is refused for its length; one of 64 for its form", () => {
    expect(instantProblem(`2026-01-01T00:00:00Z${" ".repeat(45)}`)).toBe(
      "expected an ISO-8601 date-time with an offset of at most 64 characters",
    );
    expect(instantProblem(`2026-01-01T00:00:00Z${" ".repeat(44)}`)).toMatch(
      /^expected an ISO-8601 date-time with an offset, e\.g\./,
    );
  });

  it("tryInstant is total (ADR 0006): null and a String object are not instant strings", () => {
    expect(tryInstant(null as unknown as string)).toBeUndefined();
    expect(tryInstant(new String("2026-01-01T00:00:00Z") as unknown as string)).toBeUndefined();
  });
});

describe("the supported range: 1970-01-01T00:00:00Z to 9999-12-30T23:59:59.999Z (ADR 0006 §4)", () => {
  it("0 ms (1970-01-01T00:00:00Z) is the first instant, for both epoch-millisecond builders", () => {
    expect(tryFromEpochMillis(0)).toBe(0);
    expect(fromEpochMillis(0)).toBe(0);
    expect(tryFromEpochMillis(-1)).toBeUndefined();
  });

  it("9999-12-30T23:59:59.999Z is the last instant; one ms later is refused", () => {
    expect(fromEpochMillis(LAST)).toBe(LAST);
    expect(() => fromEpochMillis(LAST + 1)).toThrow(RangeError);
    expect(tryFromEpochMillis(LAST + 1)).toBeUndefined();
  });

  it("the schema's type side holds only that range, and says which end a number misses", () => {
    expect(Schema.is(Instant)(LAST)).toBe(true);
    expect(Schema.is(Instant)(LAST + 1)).toBe(false);
    expect(String(Schema.encodeUnknownResult(Instant)(LAST + 1))).toMatch(
      /not after 9999-12-30T23:59:59\.999Z/,
    );
    expect(String(Schema.encodeUnknownResult(Instant)(-1))).toMatch(/instants before 1970 are not supported/);
    expect(String(Schema.encodeUnknownResult(Instant)(1.5))).toMatch(/not after 9999-12-30/);
  });

  it("an offset asked before 1970 names the instant in local time with its offset", () => {
    expect(() => offsetAt(-1, "UTC")).toThrow(/^1969-12-31T23:59:59\.999Z in UTC: instants before 1970/);
    expect(() => offsetAt(-HOUR - 1, "Europe/Amsterdam")).toThrow(
      /^1969-12-31T23:59:59\.999\+01:00 in Europe\/Amsterdam: instants before 1970/,
    );
    expect(() => offsetAt(YEAR_ONE, "UTC")).toThrow(/^0001-01-01T00:00:00Z in UTC: instants before 1970/);
    // before 0001-01-01 there is no LocalDate to show: the milliseconds are named
    expect(() => offsetAt(YEAR_ONE - 1, "UTC")).toThrow(/^-62135596800001 ms in UTC: instants before 1970/);
  });

  it("an instant past a calendar's compiled range is named in the calendar's local time, up to the last instant", () => {
    const cal = compileCalendar(mdoOfficeHours, { from: 2026, to: 2026 });
    expect(() => isOpen(cal, LAST as Instant)).toThrow(
      /^Instant 9999-12-31T00:59:59\.999\+01:00 is outside the compiled range/,
    );
  });
});

describe("writing an instant back (RFC 3339 §4.3)", () => {
  it("UTC is written with Z; Amsterdam with +01:00 in winter", () => {
    const at = instant("2026-01-15T12:00:00Z");
    expect(formatInstant(at, "UTC")).toBe("2026-01-15T12:00:00Z");
    expect(formatInstant(at)).toBe("2026-01-15T13:00:00+01:00");
  });

  it("a zone at offset zero that is not UTC (London in winter) is written +00:00, never Z or -00:00", () => {
    const at = instant("2026-01-15T12:00:00Z");
    expect(formatInstant(at, "Europe/London")).toBe("2026-01-15T12:00:00+00:00");
    expect(formatInstant(instant("2026-07-15T12:00:00Z"), "Europe/London")).toBe("2026-07-15T13:00:00+01:00");
  });
});
