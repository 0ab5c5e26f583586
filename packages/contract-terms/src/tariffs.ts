/**
 * Tariff changes and the customer's right to terminate (MDO-BV 6.5–6.8): the supplier announces
 * a yearly indexation at least 25 days ahead; for an increase the customer may terminate as of
 * the effective date by a registered letter received within 25 days after the date of the
 * notification letter (dagtekening). An interim increase (6.7) gives no such right.
 *
 * @module
 */
import {
  addDays,
  type Citation,
  compareDates,
  type Explained,
  explained,
  formatLength,
  LocalDate,
  periodAfter,
  type Step,
  step,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { Citation as CitationSchema, Length } from "./contract.js";
import { lastNoticeDay } from "./notice.js";
import { mdoTariffFigures } from "./presets/mdo-2025.js";

/**
 * Kind of tariff change: the yearly indexation (DPI section J or inflation, MDO-BV 6.6) up or
 * down, or an interim extra increase (tussentijdse verhoging, MDO-BV 6.7).
 */
export const TariffChange = Schema.Literals([
  "indexation-increase",
  "indexation-decrease",
  "interim-increase",
]);
/** Kind of tariff change. */
export type TariffChange = typeof TariffChange.Type;

/** The figures of the tariff-notice rule with their citation (MDO: 25 and 25 days, MDO-BV 6.8). */
export const TariffNoticeFigures = Schema.Struct({
  advanceNotice: Length,
  terminationWindow: Length,
  source: Schema.optionalKey(CitationSchema),
  /** The clause on interim increases, which give no termination right (MDO-BV 6.7). */
  interimIncreaseSource: Schema.optionalKey(CitationSchema),
});
/** The figures of the tariff-notice rule. */
export type TariffNoticeFigures = typeof TariffNoticeFigures.Type;

/**
 * The check shared by every tariff-change input: the change may not take effect before the date
 * of its notice (MDO-BV 6.8). The issue is reported at `effectiveDate`.
 *
 * @internal
 */
export function effectiveNotBeforeNotice<T extends { readonly effectiveDate: LocalDate }>(
  noticeDateOf: (input: T) => LocalDate,
) {
  return Schema.makeFilter((input: T) => {
    const notice = noticeDateOf(input);
    return compareDates(input.effectiveDate, notice) >= 0
      ? undefined
      : {
          path: ["effectiveDate"],
          issue: `the effective date (${input.effectiveDate}) is before the date of the notice (${notice})`,
        };
  });
}

/** Input of {@link tariffNotice}; an effective date before the notice date is rejected. */
export const TariffNoticeInput = Schema.Struct({
  noticeDate: LocalDate,
  effectiveDate: LocalDate,
  change: TariffChange,
}).check(effectiveNotBeforeNotice((i) => i.noticeDate));
/** Input of {@link tariffNotice}. */
export type TariffNoticeInput = typeof TariffNoticeInput.Type;

/** What a tariff notice means for both parties. */
export interface TariffNoticeResult {
  readonly change: TariffChange;
  /** Whether the notice came at least the advance-notice period ahead; `"not-required"` for an interim increase. */
  readonly timely: boolean | "not-required";
  /** The last notice date that would have been timely for this effective date (yearly indexation only). */
  readonly latestTimelyNoticeDate?: LocalDate;
  /** Whether the customer may terminate because of this change (6.8: an indexation increase only). */
  readonly customerMayTerminate: boolean;
  /** The last day the customer's registered letter must be received. */
  readonly letterDeadline?: LocalDate;
  /** The last day of the contract if the customer terminates: the day before the new tariff applies. */
  readonly lastDay?: LocalDate;
  /** The form of the customer's termination. */
  readonly form?: "registered-letter";
}

const cites = (c: Citation | undefined): ReadonlyArray<Citation> => (c === undefined ? [] : [c]);

/**
 * What a tariff notice dated `noticeDate` for a change effective on `effectiveDate` means:
 * whether it is timely (`noticeDate + 1 day + 25 days ≤ effectiveDate`, MDO-BV 6.8), and for a
 * yearly increase the customer's last day to have a registered termination letter received
 * (`noticeDate + 25 days`, no holiday shift) and the contract's last day (the day before the
 * increase applies). Figures default to the MDO agreement's; pass another agreement's as `figures`.
 *
 * @example
 * ```ts
 * tariffNotice(date("2026-12-01"), date("2027-01-01"), "indexation-increase").value;
 * // { timely: true, latestTimelyNoticeDate: "2026-12-06", customerMayTerminate: true,
 * //   letterDeadline: "2026-12-26", lastDay: "2026-12-31", form: "registered-letter", … }
 * ```
 */
export function tariffNotice(
  noticeDate: LocalDate,
  effectiveDate: LocalDate,
  change: TariffChange,
  figures: TariffNoticeFigures = mdoTariffFigures,
): Explained<TariffNoticeResult> {
  const src = cites(figures.source);
  const steps: Array<Step> = [];
  if (change === "interim-increase") {
    steps.push(
      step({
        rule: "interim-increase-no-termination-right",
        inputs: { noticeDate, effectiveDate },
        citations: [...src, ...cites(figures.interimIncreaseSource)],
        en: "An interim increase (6.7) is not a change 'as meant in 6.6': the 25-day notice and the customer's termination right of 6.8 do not apply.",
        nl: "Een tussentijdse verhoging (6.7) is geen wijziging 'zoals bedoeld in 6.6': de termijn van 25 dagen en het opzegrecht van 6.8 gelden niet.",
      }),
    );
    return explained({ change, timely: "not-required", customerMayTerminate: false }, steps);
  }
  const latestTimelyNoticeDate = lastNoticeDay(addDays(effectiveDate, -1), figures.advanceNotice);
  const timely = compareDates(noticeDate, latestTimelyNoticeDate) <= 0;
  steps.push(
    step({
      rule: "tariff-advance-notice",
      inputs: { noticeDate, effectiveDate, advanceNotice: formatLength(figures.advanceNotice) },
      output: timely,
      citations: src,
      en: `A tariff change effective ${effectiveDate} must be announced at least ${formatLength(figures.advanceNotice)} ahead (the day of the notice does not count): on or before ${latestTimelyNoticeDate}; the notice of ${noticeDate} is ${timely ? "timely" : "late"}.`,
      nl: `Een tariefwijziging per ${effectiveDate} moet minimaal ${formatLength(figures.advanceNotice, "nl")} van tevoren worden meegedeeld (de dag van de mededeling telt niet): uiterlijk ${latestTimelyNoticeDate}; de mededeling van ${noticeDate} is ${timely ? "tijdig" : "te laat"}.`,
    }),
  );
  if (!timely) {
    steps.push(
      step({
        rule: "tariff-notice-late",
        inputs: { noticeDate, latestTimelyNoticeDate },
        citations: src,
        en: "The source does not say what a late notice means for the effective date; this library reports it and computes the customer's rights as if the notice were valid.",
        nl: "De bron zegt niet wat een te late mededeling betekent voor de ingangsdatum; deze bibliotheek meldt dit en berekent de rechten van de klant alsof de mededeling geldig is.",
      }),
    );
  }
  if (change === "indexation-decrease") {
    steps.push(
      step({
        rule: "decrease-no-termination-right",
        inputs: { change },
        citations: src,
        en: "6.8 gives the customer a termination right for an increase only.",
        nl: "Artikel 6.8 geeft de klant alleen bij een verhoging een opzegrecht.",
      }),
    );
    return explained({ change, timely, latestTimelyNoticeDate, customerMayTerminate: false }, steps);
  }
  const letterDeadline = periodAfter(noticeDate, figures.terminationWindow).lastDay;
  const lastDay = addDays(effectiveDate, -1);
  steps.push(
    step({
      rule: "increase-termination-window",
      inputs: { noticeDate, window: formatLength(figures.terminationWindow) },
      output: letterDeadline,
      citations: src,
      en: `The customer may terminate as of ${effectiveDate} by a registered letter received within ${formatLength(figures.terminationWindow)} after the date of the notification letter: by ${letterDeadline} (no shift for weekends or holidays); the contract's last day is then ${lastDay}.`,
      nl: `De klant kan opzeggen per ${effectiveDate} met een aangetekende opzegbrief die binnen ${formatLength(figures.terminationWindow, "nl")} na dagtekening van de mededeling is ontvangen: uiterlijk ${letterDeadline} (geen verschuiving voor weekend of feestdagen); de laatste dag van de overeenkomst is dan ${lastDay}.`,
    }),
  );
  return explained(
    {
      change,
      timely,
      latestTimelyNoticeDate,
      customerMayTerminate: true,
      letterDeadline,
      lastDay,
      form: "registered-letter",
    },
    steps,
  );
}
