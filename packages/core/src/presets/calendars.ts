/**
 * Business calendars of the MDO SLA (MDO-SLA, version 1.0, 4 June 2025) as data, each citing
 * its clause. Compile them with `compileCalendar` before use.
 *
 * @module
 */
import { type BusinessCalendar, opening, type WeeklyHours } from "../business-calendar.js";
import { cite } from "../explain.js";
import type { HolidayRules } from "../holidays.js";
import { mdoHolidays } from "./holidays.js";

const noHolidays: HolidayRules = { days: [], liberationDay: "never", goodFriday: false, sources: [] };

const closed: ReadonlyArray<never> = [];

const officeWeek: WeeklyHours = {
  monday: [opening("09:00", "17:00")],
  tuesday: [opening("09:00", "17:00")],
  wednesday: [opening("09:00", "17:00")],
  thursday: [opening("09:00", "17:00")],
  friday: [opening("09:00", "15:30")],
  saturday: closed,
  sunday: closed,
};

/**
 * VECOZO's office hours (Kantoortijden, MDO-SLA §2.14): Monday–Thursday 09:00–17:00, Friday
 * 09:00–15:30 (MDO-SLA §4.1), closed on weekends and on the holidays of {@link mdoHolidays}
 * (MDO-SLA §2.8, this library's reading). Its working days are the Werkdagen of MDO-SLA §2.35.
 */
export const mdoOfficeHours: BusinessCalendar = {
  name: "MDO office hours",
  timeZone: "Europe/Amsterdam",
  weekly: officeWeek,
  holidays: mdoHolidays,
  closedDates: [],
  extraOpenings: [],
  sources: [
    cite("MDO-SLA", "4.1"),
    cite("MDO-SLA", "2.14"),
    cite("MDO-SLA", "2.35", "a working day (Werkdag) is a day with office hours"),
    ...mdoHolidays.sources,
  ],
};

/**
 * The availability service (Beschikbaarheidsdienst) for P1 incidents outside office hours
 * (MDO-SLA §4.2): Monday–Friday 07:00–09:00, Monday–Thursday 17:00–18:00, Friday 15:30–18:00;
 * not reachable on weekends and holidays.
 */
export const mdoStandby: BusinessCalendar = {
  name: "MDO standby",
  timeZone: "Europe/Amsterdam",
  weekly: {
    monday: [opening("07:00", "09:00"), opening("17:00", "18:00")],
    tuesday: [opening("07:00", "09:00"), opening("17:00", "18:00")],
    wednesday: [opening("07:00", "09:00"), opening("17:00", "18:00")],
    thursday: [opening("07:00", "09:00"), opening("17:00", "18:00")],
    friday: [opening("07:00", "09:00"), opening("15:30", "18:00")],
    saturday: closed,
    sunday: closed,
  },
  holidays: mdoHolidays,
  closedDates: [],
  extraOpenings: [],
  sources: [cite("MDO-SLA", "4.2"), ...mdoHolidays.sources],
};

/**
 * The hours in which a P1 incident is worked on: office hours (§4.1) together with the standby
 * hours (§4.2) — Monday–Friday 07:00–18:00, closed on weekends and holidays. That P1 clocks run
 * on this calendar is this library's reading of MDO-SLA §9.3.
 */
export const mdoP1Support: BusinessCalendar = {
  name: "MDO P1 support (office hours and standby)",
  timeZone: "Europe/Amsterdam",
  weekly: {
    monday: [opening("07:00", "18:00")],
    tuesday: [opening("07:00", "18:00")],
    wednesday: [opening("07:00", "18:00")],
    thursday: [opening("07:00", "18:00")],
    friday: [opening("07:00", "18:00")],
    saturday: closed,
    sunday: closed,
  },
  holidays: mdoHolidays,
  closedDates: [],
  extraOpenings: [],
  sources: [
    cite("MDO-SLA", "4.1"),
    cite("MDO-SLA", "4.2"),
    cite("MDO-SLA", "9.3", "this library's reading: P1 clocks run on office hours and standby hours"),
    ...mdoHolidays.sources,
  ],
};

const allDay = [opening("00:00", "24:00")];

/**
 * Always open, 24 × 7 in Europe/Amsterdam — the availability window of MDO-SLA §7.2. A day
 * is 23 hours on the last Sunday of March and 25 hours on the last Sunday of October (March 2026
 * has 44 580 open minutes, October 2026 has 44 700).
 */
export const alwaysOpen: BusinessCalendar = {
  name: "24 × 7",
  timeZone: "Europe/Amsterdam",
  weekly: {
    monday: allDay,
    tuesday: allDay,
    wednesday: allDay,
    thursday: allDay,
    friday: allDay,
    saturday: allDay,
    sunday: allDay,
  },
  holidays: noHolidays,
  closedDates: [],
  extraOpenings: [],
  sources: [cite("MDO-SLA", "7.2", "availability window 24 × 7")],
};
