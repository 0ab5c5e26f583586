import * as Schema from "effect/Schema";
import { describe, expect, it } from "vitest";
import { ageOn, date } from "../src/dates.js";
import { decode } from "../src/decode.js";
import {
  formatInstant,
  fromEpochMillis,
  Instant,
  instant,
  localDateOf,
  offsetAt,
  tryFromEpochMillis,
  tryInstant,
  zonedInstant,
} from "../src/instant.js";
import { mdoOfficeHours } from "../src/presets/calendars.js";
import { COMPILABLE_YEARS, compileCalendar, isOpen } from "../src/working-time.js";
import { tableOffsetAt } from "../src/zone-offsets.js";

// Issue #11 item 2: before 1970 the zone data Node ships for Europe/Amsterdam is not Amsterdam's
// own history, and before 1892 its offsets are fractions of a minute.

describe("instants before 1970 are refused with an error that says why", () => {
  it("the zone data really is unusable there: 1891 has an offset of 17.5 minutes", () => {
    expect(tableOffsetAt(Date.UTC(1891, 5, 1), "Europe/Amsterdam") / 60_000).toBe(17.5);
  });

  it("instant(), fromEpochMillis() and the Instant schema refuse 1969-12-31T23:59:59Z", () => {
    expect(() => instant("1969-12-31T23:59:59Z")).toThrow(/before 1970.*not Amsterdam's own history/);
    expect(() => fromEpochMillis(-1000)).toThrow(/before 1970/);
    expect(tryInstant("1891-06-01T12:00:00Z")).toBeUndefined();
    expect(tryFromEpochMillis(-1)).toBeUndefined();
    const r = decode(Instant)("1891-06-01T12:00:00+00:17");
    expect(r.ok ? "" : r.issues[0]?.message).toMatch(/instants before 1970 are not supported/);
    expect(Schema.is(Instant)(-1)).toBe(false);
    expect(Schema.is(Instant)(0)).toBe(true);
  });

  it("1970-01-01T00:00:00Z itself is an instant", () => {
    expect(instant("1970-01-01T00:00:00Z")).toBe(0);
    expect(formatInstant(instant("1970-01-01T00:00:00Z"))).toBe("1970-01-01T01:00:00+01:00");
  });

  it("local times before 1970 are refused: formatInstant no longer prints +00:17.5", () => {
    expect(() => formatInstant(Date.UTC(1891, 5, 1))).toThrow(/before 1970/);
    expect(() => offsetAt(Date.UTC(1950, 0, 1))).toThrow(/before 1970/);
    expect(() => localDateOf(Date.UTC(1969, 6, 1))).toThrow(/before 1970/);
    expect(() => zonedInstant(date("1969-12-31"), 9 * 60)).toThrow(/before 1970/);
    // 1970-01-01T00:00 in Amsterdam is 1969-12-31T23:00Z: a compiled calendar starts there.
    expect(formatInstant(-3_600_000)).toBe("1970-01-01T00:00:00+01:00");
  });

  it("a calendar cannot be compiled for years before 1970; from 1970 it can", () => {
    expect(COMPILABLE_YEARS.from).toBe(1970);
    expect(() => compileCalendar(mdoOfficeHours, { from: 1969, to: 1980 })).toThrow(
      /before 1970 the runtime's time-zone data is not the zone's own history/,
    );
    expect(() => compileCalendar(mdoOfficeHours, { from: 1900, to: 1950 })).toThrow(RangeError);
    const cal = compileCalendar(mdoOfficeHours, { from: 1970, to: 1971 });
    expect(cal.range.start).toBe(-3_600_000);
    expect(isOpen(cal, instant("1970-01-02T09:30:00+01:00"))).toBe(true);
  });

  it("plain dates are unaffected: someone born on 12 May 1950 is 76 on 12 May 2026", () => {
    expect(ageOn(date("1950-05-12"), date("2026-05-12"))).toBe(76);
    expect(date("1892-01-01")).toBe("1892-01-01");
  });
});
