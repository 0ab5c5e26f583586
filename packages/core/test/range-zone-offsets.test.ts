// Range audit: the instant decoder accepts 1970-01-01..9999-12-30T23:59:59.999Z, while the
// cached offset table (zone-offsets.ts: 128-day chunks sampled every 7 days, changes found by
// bisection) is checked against Intl for 1900–2200 in Amsterdam and 1950–2150 in four other
// zones only. Here the table is compared with Intl up to the end of the range, at the 32-bit
// second limits (2038-01-19, 2106-02-07), in zones whose rules are unusual (a 2-hour DST jump,
// negative DST, DST suspended for Ramadan, a 30-minute DST, +14:00), and formatInstant/instant
// must round-trip every such instant.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatInstant, instant, localDateOf, offsetAt } from "../src/instant.js";
import { intlOffsetAt, tableOffsetAt } from "../src/zone-offsets.js";

const DAY = 86_400_000;
const MAX_MS = Date.UTC(9999, 11, 30, 23, 59, 59, 999);
const zones = [
  "Europe/Amsterdam",
  "America/New_York",
  "Australia/Lord_Howe",
  "Antarctica/Troll",
  "Europe/Dublin",
  "Africa/Casablanca",
  "America/Santiago",
  "Pacific/Kiritimati",
  "Pacific/Chatham",
  "America/St_Johns",
  "UTC",
];
const near = (t: number, days: number) =>
  fc.integer({ min: Math.max(0, t - days * DAY), max: Math.min(MAX_MS, t + days * DAY) });
const arbAt = fc.oneof(
  near(Date.UTC(2038, 0, 19, 3, 14, 7), 400),
  near(Date.UTC(2106, 1, 7, 6, 28, 15), 400),
  near(MAX_MS, 400),
  fc.integer({ min: Date.UTC(2150, 0, 1), max: MAX_MS }),
  fc.integer({ min: 0, max: MAX_MS }),
);

describe("range audit: the offset table up to 9999-12-30 (core instants)", () => {
  it("tableOffsetAt and offsetAt equal Intl's offset in eleven zones, near 2038, 2106 and 9999", () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), arbAt, (z, t) => {
        expect(tableOffsetAt(t, z)).toBe(intlOffsetAt(t, z));
        if (t >= DAY) expect(offsetAt(t, z)).toBe(intlOffsetAt(t, z));
      }),
      { numRuns: 2000 },
    );
  });

  it("every second of the two hours around each Amsterdam and New York switch of 9998 and 2105 agrees with Intl", () => {
    for (const z of ["Europe/Amsterdam", "America/New_York"])
      for (const y of [2105, 9998]) {
        // the switches: where the offset sampled every hour changes (two a year)
        let switches = 0;
        for (let t = Date.UTC(y, 0, 1); t < Date.UTC(y + 1, 0, 1); t += 3_600_000) {
          if (intlOffsetAt(t, z) === intlOffsetAt(t + 3_600_000, z)) continue;
          switches++;
          for (let s = t - 1_800_000; s < t + 5_400_000; s += 1000)
            expect(tableOffsetAt(s, z)).toBe(intlOffsetAt(s, z));
        }
        expect(switches, `${z} ${y}`).toBe(2);
      }
  });

  it("formatInstant and instant round-trip, and localDateOf is the formatted date, for instants up to 9999-12-30", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        arbAt.filter((t) => t >= DAY),
        (z, t) => {
          const s = formatInstant(t, z);
          expect(instant(s)).toBe(t);
          expect(localDateOf(t, z)).toBe(s.slice(0, 10));
        },
      ),
      {
        numRuns: 1000,
        examples: [
          ["Pacific/Kiritimati", MAX_MS],
          ["America/New_York", MAX_MS],
        ],
      },
    );
  });
});
