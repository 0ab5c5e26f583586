/**
 * `@zorgkit/core/calendar`: calendar dates and the date rule, Dutch public holidays, business
 * calendars and working time in Europe/Amsterdam, and the MDO calendar presets.
 *
 * @module
 */

export * from "./business-calendar.js";
export * from "./dates.js";
export * from "./holidays.js";
export * from "./instant.js";
export * from "./presets/calendars.js";
export * from "./working-time.js";
