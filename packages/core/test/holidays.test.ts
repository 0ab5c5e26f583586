import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { isoWeekday } from "../src/dates.js";
import { dutchPublicHolidays, easterSunday, type HolidayKey, holidaysOf } from "../src/holidays.js";
import { mdoHolidays, termijnenwetHolidays } from "../src/presets/holidays.js";

/** The oracle's Dutch names of the days we list, mapped to our keys. */
const oracleKeys: Record<string, HolidayKey> = {
  Nieuwjaar: "newYear",
  "Goede Vrijdag": "goodFriday",
  Pasen: "easterSunday",
  "Tweede paasdag": "easterMonday",
  Koningsdag: "kingsDay",
  Koninginnedag: "kingsDay",
  Bevrijdingsdag: "liberationDay",
  Hemelvaartsdag: "ascension",
  Pinksteren: "whitSunday",
  "Tweede pinksterdag": "whitMonday",
  Kerstmis: "christmas",
  "Tweede kerstdag": "boxingDay",
};

const nl = new Holidays("NL");

function oracle(year: number): Array<{ date: string; key: HolidayKey; type: string }> {
  return nl
    .getHolidays(year)
    .filter((h) => oracleKeys[h.name] !== undefined)
    .map((h) => ({ date: h.date.slice(0, 10), key: oracleKeys[h.name] as HolidayKey, type: h.type }));
}

const years = Array.from({ length: 2100 - 1970 + 1 }, (_, i) => 1970 + i);

describe("Dutch public holidays agree with the date-holidays package for 1970–2100", () => {
  it("with Good Friday and Liberation Day every year, every day matches the oracle's list", () => {
    for (const year of years) {
      const ours = dutchPublicHolidays(year, { goodFriday: true, liberationDay: "yearly" })
        .map((h) => `${h.date} ${h.key}`)
        .sort();
      const theirs = oracle(year)
        .map(({ date, key }) => `${date} ${key}`)
        .sort();
      expect(ours, `year ${year}`).toEqual(theirs);
    }
  });

  it("the oracle types Good Friday as a school holiday and Liberation Day as an observance/school day, the rest as public", () => {
    for (const year of years) {
      for (const h of oracle(year)) {
        if (h.key === "goodFriday" || h.key === "liberationDay") expect(h.type).not.toBe("public");
        else expect(h.type, `${h.key} ${year}`).toBe("public");
      }
    }
  });

  it("by default (no Good Friday, 5 May every year) we differ from the oracle's public days exactly by Liberation Day", () => {
    for (const year of years) {
      const ours = dutchPublicHolidays(year).map((h) => `${h.date} ${h.key}`);
      const publicDays = oracle(year)
        .filter((h) => h.type === "public")
        .map((h) => `${h.date} ${h.key}`);
      expect(
        ours.filter((d) => !publicDays.includes(d)),
        `year ${year}`,
      ).toEqual([`${year}-05-05 liberationDay`]);
      expect(
        publicDays.filter((d) => !ours.includes(d)),
        `year ${year}`,
      ).toEqual([]);
    }
  });

  it("5 May coincides with Ascension Day in 2005 and 2016: both are listed, the date is closed once", () => {
    for (const year of [2005, 2016]) {
      const onFifth = dutchPublicHolidays(year).filter((h) => h.date === `${year}-05-05`);
      expect(onFifth.map((h) => h.key).sort()).toEqual(["ascension", "liberationDay"]);
    }
  });
});

describe("Easter by the Gregorian computus", () => {
  it.each([
    [2024, "2024-03-31"],
    [2026, "2026-04-05"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
    [1913, "1913-03-23"],
    [2008, "2008-03-23"],
    [1943, "1943-04-25"],
  ])("Easter Sunday %i is %s", (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it("is always a Sunday between 22 March and 25 April, 1900–2199", () => {
    for (let year = 1900; year <= 2199; year++) {
      const e = easterSunday(year);
      expect(isoWeekday(e)).toBe(7);
      expect(e >= `${year}-03-22` && e <= `${year}-04-25`).toBe(true);
    }
  });

  it("Ascension is 39 days and Whit Monday 50 days after Easter (2026: 14 May, 25 May)", () => {
    const h = dutchPublicHolidays(2026);
    expect(h.find((x) => x.key === "ascension")?.date).toBe("2026-05-14");
    expect(h.find((x) => x.key === "whitMonday")?.date).toBe("2026-05-25");
  });
});

describe("King's Day and Queen's Day", () => {
  it("King's Day on a Sunday moves to Saturday: 2025 → Saturday 26 April", () => {
    const k = dutchPublicHolidays(2025).find((h) => h.key === "kingsDay");
    expect(k).toEqual({ date: "2025-04-26", key: "kingsDay", name: "King's Day", nameNl: "Koningsdag" });
  });

  it("King's Day is 27 April otherwise (2026, a Monday)", () => {
    expect(dutchPublicHolidays(2026).find((h) => h.key === "kingsDay")?.date).toBe("2026-04-27");
  });

  it("Queen's Day was 30 April before 2014, Saturday 29 April when the 30th was a Sunday (1989, 2006)", () => {
    const q = (y: number) => dutchPublicHolidays(y).find((h) => h.key === "kingsDay");
    expect(q(2013)).toMatchObject({ date: "2013-04-30", name: "Queen's Day", nameNl: "Koninginnedag" });
    expect(q(1989)?.date).toBe("1989-04-29");
    expect(q(2006)?.date).toBe("2006-04-29");
  });

  it("before 1980 a Sunday 30 April moved to Monday 1 May (1978), as date-holidays has it", () => {
    expect(dutchPublicHolidays(1978).find((h) => h.key === "kingsDay")?.date).toBe("1978-05-01");
  });
});

describe("options: Good Friday and the 5 May rule", () => {
  it("Good Friday 2026 (3 April) appears only with goodFriday: true", () => {
    expect(dutchPublicHolidays(2026).some((h) => h.key === "goodFriday")).toBe(false);
    expect(dutchPublicHolidays(2026, { goodFriday: true }).find((h) => h.key === "goodFriday")?.date).toBe(
      "2026-04-03",
    );
  });

  it("Liberation Day lustrum: 2025 and 2030 yes, 2026 no; never: no year", () => {
    const has = (y: number, rule: "yearly" | "lustrum" | "never") =>
      dutchPublicHolidays(y, { liberationDay: rule }).some((h) => h.key === "liberationDay");
    expect([has(2025, "lustrum"), has(2026, "lustrum"), has(2030, "lustrum")]).toEqual([true, false, true]);
    expect(has(2025, "never")).toBe(false);
    expect(has(2026, "yearly")).toBe(true);
  });

  it("lists are sorted by date and have English and Dutch names", () => {
    const h = dutchPublicHolidays(2027, { goodFriday: true });
    expect(h.map((x) => x.date)).toEqual([...h.map((x) => x.date)].sort());
    expect(h.every((x) => x.name.length > 0 && x.nameNl.length > 0)).toBe(true);
  });
});

describe("holiday rule sets as data", () => {
  it("the MDO preset (MDO-SLA §2.8, this library's reading): national days, 5 May every year, no Good Friday", () => {
    expect(holidaysOf(mdoHolidays, 2026).map((h) => h.date)).toEqual([
      "2026-01-01",
      "2026-04-05",
      "2026-04-06",
      "2026-04-27",
      "2026-05-05",
      "2026-05-14",
      "2026-05-24",
      "2026-05-25",
      "2026-12-25",
      "2026-12-26",
    ]);
    expect(mdoHolidays.sources[0]).toMatchObject({ source: "MDO-SLA", article: "2.8" });
  });

  it("the Algemene termijnenwet preset (ATW art. 3): Good Friday and 5 May, no Sundays listed", () => {
    expect(holidaysOf(termijnenwetHolidays, 2026).map((h) => h.key)).toEqual([
      "newYear",
      "goodFriday",
      "easterMonday",
      "kingsDay",
      "liberationDay",
      "ascension",
      "whitMonday",
      "christmas",
      "boxingDay",
    ]);
    expect(termijnenwetHolidays.sources[0]).toMatchObject({ source: "ATW", article: "3" });
  });
});
