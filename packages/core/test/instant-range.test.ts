// The last instant is 9999-12-30T23:59:59.999Z (issue #17, found by review): at 9999-12-31T23:00Z
// Amsterdam's local date is 10000-01-01, which no LocalDate holds, so `localDateOf` threw
// on an instant the decoders had accepted — and with it every rule that asks for the day.
import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromEpochMillis, Instant, instant, localDateOf, tryFromEpochMillis } from "../src/index.js";

const LAST = Date.parse("9999-12-30T23:59:59.999Z");
const decodes = (s: string) => Schema.decodeUnknownExit(Instant)(s)._tag === "Success";

describe("every instant has a local date in every time zone (the range ends 9999-12-30 UTC)", () => {
  it("the last instant is accepted, the next refused, by the decoder and the constructors", () => {
    expect(decodes("9999-12-30T23:59:59.999Z")).toBe(true);
    expect(decodes("9999-12-31T00:00:00Z")).toBe(false);
    expect(decodes("9999-12-31T23:00:00Z")).toBe(false);
    expect(decodes("9999-12-31T00:59:59+01:00")).toBe(true); // 9999-12-30T23:59:59Z
    expect(tryFromEpochMillis(LAST)).toBe(LAST);
    expect(tryFromEpochMillis(LAST + 1)).toBeUndefined();
    expect(() => fromEpochMillis(LAST + 1)).toThrow(RangeError);
    expect(() => instant("9999-12-31T12:00:00Z")).toThrow(/9999-12-30T23:59:59.999Z/);
  });

  it("localDateOf gives a date for any accepted instant, in Amsterdam, at +14:00 and at -12:00", () => {
    const late = fc.integer({ min: LAST - 5 * 86_400_000, max: LAST });
    fc.assert(
      fc.property(
        late,
        fc.constantFrom("Europe/Amsterdam", "Pacific/Kiritimati", "Etc/GMT+12"),
        (ms, zone) => {
          const d = localDateOf(ms as Instant, zone);
          expect(d <= "9999-12-31").toBe(true);
        },
      ),
    );
    expect(localDateOf(LAST as Instant, "Pacific/Kiritimati")).toBe("9999-12-31");
    expect(localDateOf(LAST as Instant)).toBe("9999-12-31");
  });
});
