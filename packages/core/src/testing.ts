/**
 * `@zorgkit/core/testing`: fast-check arbitraries of core's domain values (valid ones and
 * near-misses), for property tests in your own services. Requires `fast-check` (optional peer).
 *
 * @module
 */
export * from "./testing/calendar.js";
export * from "./testing/dates.js";
export * from "./testing/identifiers.js";
export * from "./testing/money.js";
