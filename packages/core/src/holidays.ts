/**
 * Dutch public holidays (feestdagen) and holiday rule sets as data.
 *
 * {@link dutchPublicHolidays} lists the dated holidays of a year; a {@link HolidayRules} value
 * says which of them a business calendar closes on (the 5 May rule, Good Friday on or off), so
 * that the contractual reading is configuration, not code. The rule sets themselves are data in
 * `@zorgkit/core/presets` (`mdoHolidays`, `termijnenwetHolidays`).
 *
 * @module
 */
import * as Schema from "effect/Schema";
import { BoundedArray } from "./bounded.js";
import { Citations } from "./citation.js";
import {
  addDays,
  dateFromParts,
  daysFromCivil,
  epochDayWeekday,
  fromEpochDay,
  type LocalDate,
} from "./dates.js";

/** The named Dutch holidays this module knows, in calendar order. */
export const holidayKeys = [
  "newYear",
  "goodFriday",
  "easterSunday",
  "easterMonday",
  "kingsDay",
  "liberationDay",
  "ascension",
  "whitSunday",
  "whitMonday",
  "christmas",
  "boxingDay",
] as const;

/** Schema of one of {@link holidayKeys}. */
export const HolidayKey = Schema.Literals(holidayKeys);

/** One of {@link holidayKeys}. */
export type HolidayKey = typeof HolidayKey.Type;

/** Schema of a {@link LiberationDayRule}. */
export const LiberationDayRule = Schema.Literals(["yearly", "lustrum", "never"]);

/** How often Liberation Day (5 May, Bevrijdingsdag) is a day off: every year, every fifth year, or never. */
export type LiberationDayRule = typeof LiberationDayRule.Type;

/** A dated holiday. `name` is English, `nameNl` Dutch. */
export interface Holiday {
  readonly date: LocalDate;
  readonly key: HolidayKey;
  readonly name: string;
  readonly nameNl: string;
}

/** Options of {@link dutchPublicHolidays}. */
export interface DutchHolidayOptions {
  /** Include Good Friday (Goede Vrijdag). Default `false`. */
  readonly goodFriday?: boolean;
  /**
   * Liberation Day (5 May): `"yearly"` (default), `"lustrum"` (only in years divisible by 5:
   * 2025, 2030, …) or `"never"`. Never before 1945.
   */
  readonly liberationDay?: LiberationDayRule;
  /** Only these named days (default: all of {@link holidayKeys}; the two options above still apply). */
  readonly only?: ReadonlyArray<HolidayKey>;
}

const NAMES: Record<HolidayKey, readonly [string, string]> = {
  newYear: ["New Year's Day", "Nieuwjaarsdag"],
  goodFriday: ["Good Friday", "Goede Vrijdag"],
  easterSunday: ["Easter Sunday", "Eerste Paasdag"],
  easterMonday: ["Easter Monday", "Tweede Paasdag"],
  kingsDay: ["King's Day", "Koningsdag"],
  liberationDay: ["Liberation Day", "Bevrijdingsdag"],
  ascension: ["Ascension Day", "Hemelvaartsdag"],
  whitSunday: ["Whit Sunday", "Eerste Pinksterdag"],
  whitMonday: ["Whit Monday", "Tweede Pinksterdag"],
  christmas: ["Christmas Day", "Eerste Kerstdag"],
  boxingDay: ["Boxing Day", "Tweede Kerstdag"],
};

/** First and last year for which the Gregorian computus below is checked (1900–2199). */
export const HOLIDAY_YEARS = { from: 1900, to: 2199 } as const;

/**
 * Easter Sunday of a year by the Gregorian computus (the anonymous "Meeus/Jones/Butcher"
 * algorithm). Valid for every Gregorian year; this library checks 1900–2199.
 *
 * @example
 * ```ts
 * import { easterSunday } from "@zorgkit/core";
 *
 * easterSunday(2026); // => "2026-04-05"
 * easterSunday(2038); // => "2038-04-25"
 * ```
 */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dateFromParts(year, month, day);
}

/**
 * The date on which the monarch's birthday (King's Day / Queen's Day) is a holiday, following
 * the same history as the `date-holidays` package: 31 August until 1948; 30 April from 1949,
 * moved to Monday 1 May when the 30th is a Sunday (until 1979) or to Saturday 29 April (1980–2013);
 * from 2014 King's Day, 27 April, moved to Saturday 26 April when the 27th is a Sunday.
 */
function kingsDay(year: number): { date: LocalDate; name: string; nameNl: string } {
  if (year < 1949) return { date: dateFromParts(year, 8, 31), name: "Queen's Day", nameNl: "Koninginnedag" };
  if (year < 2014) {
    const day = daysFromCivil(year, 4, 30);
    const sunday = epochDayWeekday(day) === 7;
    const shifted = sunday ? (year < 1980 ? day + 1 : day - 1) : day;
    return { date: fromEpochDay(shifted), name: "Queen's Day", nameNl: "Koninginnedag" };
  }
  const day = daysFromCivil(year, 4, 27);
  return {
    date: fromEpochDay(epochDayWeekday(day) === 7 ? day - 1 : day),
    name: "King's Day",
    nameNl: "Koningsdag",
  };
}

/**
 * The Dutch public holidays of a year, in date order: New Year's Day, Good Friday (only with
 * `goodFriday: true`), Easter Sunday and Monday, King's Day (27 April, Saturday 26 April when
 * the 27th is a Sunday; Queen's Day 30 April before 2014), Liberation Day (5 May, by
 * `liberationDay`), Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day.
 *
 * @example
 * ```ts
 * import { date, dutchPublicHolidays } from "@zorgkit/core";
 *
 * dutchPublicHolidays(2025).find((h) => h.key === "kingsDay"); // => {"date":"2025-04-26","key":"kingsDay","name":"King's Day","nameNl":"Koningsdag"}
 * dutchPublicHolidays(2026, { goodFriday: true, liberationDay: "lustrum" }).map((h) => h.date);
 * ```
 */
export function dutchPublicHolidays(year: number, options: DutchHolidayOptions = {}): Array<Holiday> {
  const goodFriday = options.goodFriday ?? false;
  const liberation = options.liberationDay ?? "yearly";
  const only = options.only === undefined ? undefined : new Set(options.only);
  const easter = easterSunday(year);
  const out: Array<Holiday> = [];
  const add = (key: HolidayKey, date: LocalDate, names: readonly [string, string] = NAMES[key]) => {
    if (only === undefined || only.has(key)) out.push({ date, key, name: names[0], nameNl: names[1] });
  };
  add("newYear", dateFromParts(year, 1, 1));
  if (goodFriday) add("goodFriday", addDays(easter, -2));
  add("easterSunday", easter);
  add("easterMonday", addDays(easter, 1));
  const king = kingsDay(year);
  add("kingsDay", king.date, [king.name, king.nameNl]);
  if (year >= 1945 && (liberation === "yearly" || (liberation === "lustrum" && year % 5 === 0))) {
    add("liberationDay", dateFromParts(year, 5, 5));
  }
  add("ascension", addDays(easter, 39));
  add("whitSunday", addDays(easter, 49));
  add("whitMonday", addDays(easter, 50));
  add("christmas", dateFromParts(year, 12, 25));
  add("boxingDay", dateFromParts(year, 12, 26));
  return out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/**
 * A holiday rule set as data: which named Dutch holidays close a calendar, the 5 May rule,
 * and Good Friday on or off, with the clauses the choice rests on.
 */
export const HolidayRules = Schema.Struct({
  /** Named days that are holidays (Good Friday and Liberation Day are governed by the two fields below). */
  days: BoundedArray(HolidayKey, 32),
  /** Liberation Day (5 May) every year, every fifth year, or never. */
  liberationDay: LiberationDayRule,
  /** Whether Good Friday is a holiday. */
  goodFriday: Schema.Boolean,
  /** Where the rule set comes from. */
  sources: Citations,
});

/** See {@link HolidayRules}. */
export type HolidayRules = typeof HolidayRules.Type;

/**
 * The holidays a rule set closes on in a year.
 *
 * @example
 * ```ts
 * import { date, holidaysOf } from "@zorgkit/core";
 * import { mdoHolidays } from "@zorgkit/core/presets";
 *
 * holidaysOf(mdoHolidays, 2026).map((h) => h.date); // => ["2026-01-01","2026-04-05","2026-04-06","2026-04-27","2026-05-05","2026-05-14","2026-05-24","2026-05-25","2026-12-25","2026-12-26"]
 * ```
 */
export function holidaysOf(rules: HolidayRules, year: number): Array<Holiday> {
  return dutchPublicHolidays(year, {
    goodFriday: rules.goodFriday,
    liberationDay: rules.liberationDay,
    only: [
      ...rules.days.filter((k) => k !== "goodFriday" && k !== "liberationDay"),
      "goodFriday",
      "liberationDay",
    ],
  });
}
