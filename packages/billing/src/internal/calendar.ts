/**
 * Internal: the office calendar of a rulebook, compiled once per calendar object (a pure memo:
 * the same calendar value always compiles to the same table).
 *
 * @module
 * @internal
 */
import { type BusinessCalendar, type CompiledCalendar, compileCalendar } from "@zorgkit/core";

const compiled = new WeakMap<BusinessCalendar, CompiledCalendar>();

/** Years the billing functions accept dates in (the decoders bound dates to this range). */
export const BILLING_YEARS = { from: 1971, to: 2099 } as const;

/**
 * The compiled office calendar, 1970–2110: an invoice deadline for a month up to 2099 plus up to
 * 250 working days (the rulebook's bound) fits for any week with an open day and the usual
 * holidays; a calendar closed for years by `closedDates` can still run past it (a RangeError).
 */
export function officeCalendar(cal: BusinessCalendar): CompiledCalendar {
  const memo = compiled.get(cal);
  if (memo !== undefined) return memo;
  const c = compileCalendar(cal, { from: 1970, to: 2110 });
  compiled.set(cal, c);
  return c;
}
