/**
 * `@zorgkit/core`: the shared kernel of zorgkit — calendars and working time, money,
 * identifiers, citations and explanations.
 *
 * @module
 */
export * from "./calendar.js";
export * from "./decode.js";
export * from "./explain.js";
export * from "./identifiers.js";
export * from "./money.js";
