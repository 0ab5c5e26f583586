/**
 * Holiday rule sets as data: the MDO reading of "Feestdagen" (MDO-SLA §2.8) and the statutory
 * list of the Algemene termijnenwet art. 3. Each value is a {@link HolidayRules}; the logic in
 * `holidays.ts` knows no contract.
 *
 * @module
 */
import { cite } from "../explain.js";
import type { HolidayKey, HolidayRules } from "../holidays.js";

/** The national holidays (without Good Friday and Liberation Day, which have their own fields). */
const nationalDays: ReadonlyArray<HolidayKey> = [
  "newYear",
  "easterSunday",
  "easterMonday",
  "kingsDay",
  "ascension",
  "whitSunday",
  "whitMonday",
  "christmas",
  "boxingDay",
];

/**
 * The MDO holiday set — this library's reading of MDO-SLA §2.8 ("Feestdagen": the days of the
 * most recent CAO Zorgverzekeraars, national holidays, and days VECOZO announced closing). The
 * CAO's list could not be checked, so the preset takes the national holidays, Liberation Day
 * every year and no Good Friday. Add VECOZO's announced closing days as `closedDates` of the
 * calendar. Change `goodFriday`/`liberationDay` to follow a different reading.
 *
 * @example
 * ```ts
 * import { holidaysOf } from "@zorgkit/core";
 * import { mdoHolidays } from "@zorgkit/core/presets";
 *
 * holidaysOf(mdoHolidays, 2026).map((h) => h.date).slice(0, 5); // => ["2026-01-01", "2026-04-05", "2026-04-06", "2026-04-27", "2026-05-05"]
 * ```
 */
export const mdoHolidays: HolidayRules = {
  days: nationalDays,
  liberationDay: "yearly",
  goodFriday: false,
  sources: [
    cite(
      "MDO-SLA",
      "2.8",
      "this library's reading: national holidays, 5 May every year, no Good Friday (the CAO Zorgverzekeraars list could not be checked)",
    ),
  ],
};

/**
 * The generally recognised holidays of the Algemene termijnenwet art. 3 (cited as the
 * user-defined source id `ATW`): New Year's Day, Easter Monday, Ascension Day, Whit Monday,
 * Christmas and Boxing Day, King's Day and 5 May every year; Good Friday is treated alike
 * (as the spec states). Easter and Whit Sunday are Sundays, which the Act treats as non-working
 * through the weekly hours of the calendar.
 *
 * @example
 * ```ts
 * import { holidaysOf } from "@zorgkit/core";
 * import { termijnenwetHolidays } from "@zorgkit/core/presets";
 *
 * holidaysOf(termijnenwetHolidays, 2026).map((h) => h.key).includes("goodFriday"); // => true
 * ```
 */
export const termijnenwetHolidays: HolidayRules = {
  days: ["newYear", "easterMonday", "kingsDay", "ascension", "whitMonday", "christmas", "boxingDay"],
  liberationDay: "yearly",
  goodFriday: true,
  sources: [
    cite(
      "ATW",
      "3",
      "Algemene termijnenwet art. 3 lid 1; Good Friday treated alike (equated under lid 2, as the spec states)",
    ),
  ],
};
