/**
 * Internal: the last dates the decoders accept, so that every date a rule derives from a decoded
 * subject is still a `LocalDate` (core's range ends on 9999-12-31). This library's reading (see
 * the limits guide): a date whose due date, maternity period or after-end term would pass the end
 * of the year 9999 is refused with an issue at its path, rather than computed into a crash or
 * shortened to the last day without saying so.
 *
 * @module
 * @internal
 */
import { fromEpochDay, LocalDate, toEpochDay } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import type { BillingRules } from "../rulebook.js";
import { LONGEST_MATERNITY_WEEKS, LONGEST_PAYMENT_TERM_DAYS } from "./limits.js";

const LAST_DAY = toEpochDay("9999-12-31" as LocalDate);

/**
 * 9990-01-02: the last invoice date a rulebook-free decoder accepts — its due date under the
 * longest payment term any rulebook may hold (3 650 days) is 9999-12-31, and its direct debit, in
 * the same or the next month, falls in 9990.
 */
export const LAST_INVOICE_DATE = fromEpochDay(LAST_DAY - LONGEST_PAYMENT_TERM_DAYS);

/** 9999-01-01: the last birth date whose maternity period (at most 52 weeks after it) ends in 9999. */
export const LAST_BIRTH_DATE = fromEpochDay(LAST_DAY - LONGEST_MATERNITY_WEEKS * 7);

const onOrBefore = (last: LocalDate, what: string, why: string) =>
  LocalDate.check(
    Schema.makeFilter((d: LocalDate) => d <= last || `expected ${what} on or before ${last}: ${why}`),
  );

/** An invoice date a due date can be computed from under any rulebook. */
export const InvoiceDate = onOrBefore(
  LAST_INVOICE_DATE,
  "an invoice date",
  `the due date ${LONGEST_PAYMENT_TERM_DAYS} days later (the longest payment term a rulebook may hold) must fall in 9999 or before`,
);

/** A birth date whose maternity period can be computed under any claim rulebook. */
export const BirthDate = onOrBefore(
  LAST_BIRTH_DATE,
  "a birth date",
  `the maternity period up to ${LONGEST_MATERNITY_WEEKS} weeks after it (the longest a rulebook may hold) must end in 9999 or before`,
);

/**
 * The last date an account may hold under `rules`: `statusAt` moves a due date at most
 * `max(paymentTermDays, afterEndDays)` days past a date of the account (the invoice date, an
 * event's day, the end of a notice's term) and counts default from the day after — which must
 * still be a `LocalDate`.
 */
export function lastAccountDate(rules: Pick<BillingRules, "paymentTermDays" | "afterEndDays">): LocalDate {
  return fromEpochDay(LAST_DAY - Math.max(rules.paymentTermDays.value, rules.afterEndDays.value) - 1);
}
