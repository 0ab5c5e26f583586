import fc from "fast-check";
import { fromEpochDay, type LocalDate, toEpochDay } from "../dates.js";

/**
 * Valid {@link LocalDate}s between two dates (inclusive), default 1900-01-01 to 2199-12-31.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { isLocalDate } from "@zorgkit/core";
 * import { arbLocalDate } from "@zorgkit/core/testing";
 *
 * fc.sample(arbLocalDate(), 50).every((d) => isLocalDate(d)); // => true
 * ```
 */
export function arbLocalDate(
  min: LocalDate = "1900-01-01" as LocalDate,
  max: LocalDate = "2199-12-31" as LocalDate,
): fc.Arbitrary<LocalDate> {
  return fc.integer({ min: toEpochDay(min), max: toEpochDay(max) }).map(fromEpochDay);
}

/**
 * Strings that look like dates but are not valid {@link LocalDate}s (near-misses).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { isLocalDate } from "@zorgkit/core";
 * import { arbInvalidLocalDateString } from "@zorgkit/core/testing";
 *
 * fc.sample(arbInvalidLocalDateString(), 50).every((s) => !isLocalDate(s)); // => true
 * ```
 */
export function arbInvalidLocalDateString(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(
      "2026-02-29",
      "2026-13-01",
      "2026-00-10",
      "2026-04-31",
      "0000-01-01",
      "2026-1-01",
      "26-01-01",
    ),
    fc
      .tuple(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 29, max: 99 }),
      )
      .filter(
        ([y, m, d]) =>
          d >
          (m === 2
            ? (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
              ? 29
              : 28
            : [4, 6, 9, 11].includes(m)
              ? 30
              : 31),
      )
      .map(([y, m, d]) => `${`${y}`.padStart(4, "0")}-${`${m}`.padStart(2, "0")}-${`${d}`.padStart(2, "0")}`),
    fc.string().filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s)),
  );
}
