/**
 * `@zorgkit/core/presets`: the calendars, holiday rule sets and source styles of the source
 * documents, as data (ADR 0007 §4). Core's logic names no contract; these values do.
 *
 * @module
 */
export { alwaysOpen, mdoOfficeHours, mdoP1Support, mdoStandby } from "./calendars.js";
export { mdoHolidays, termijnenwetHolidays } from "./holidays.js";
export { type KnownSourceId, sourceIds, sourceStyles } from "./sources.js";
