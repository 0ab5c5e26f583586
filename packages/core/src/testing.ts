/**
 * `@zorgkit/core/testing`: fast-check arbitraries of core's domain values (valid ones and
 * near-misses), and the minute-stepping reference implementation of working time, for property
 * and differential tests in your own services. Requires `fast-check` (optional peer) for the
 * arbitraries.
 *
 * @module
 */
export {
  type ArbBusinessCalendarOptions,
  type ArbInstantOptions,
  arbBusinessCalendar,
  arbDayHours,
  arbDstWeekendInstant,
  arbInstant,
} from "./testing/calendar.js";
export { arbInvalidLocalDateString, arbLocalDate } from "./testing/dates.js";
export {
  arbAgbCode,
  arbBsn,
  arbInvalidAgbCode,
  arbInvalidBsn,
  arbInvalidUraNumber,
  arbInvalidUziNumber,
  arbUraNumber,
  arbUziNumber,
} from "./testing/identifiers.js";
export { arbInvalidMoneyString, arbMoney, arbMoneyString } from "./testing/money.js";
export {
  refAddWorkingDays,
  refAddWorkingTime,
  refIsOpen,
  refIsWorkingDay,
  refOpeningHours,
  refWorkingDaysBetween,
  refWorkingTimeBetween,
} from "./testing/working-time-reference.js";
