/**
 * `@zorgkit/core/calendar`: calendar dates and the date rule, Dutch public holidays, business
 * calendars and working time in Europe/Amsterdam.
 *
 * @module
 */
export * from "./dates.js";
export * from "./instant.js";
