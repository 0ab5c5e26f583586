/**
 * Tariff changes and the customer's right to terminate (MDO-BV 6.5–6.8): the supplier announces
 * a yearly indexation at least 25 days ahead; for an increase the customer may terminate as of
 * the effective date by a registered letter received within 25 days after the date of the
 * notification letter (dagtekening). An interim increase (6.7) gives no such right.
 *
 * @module
 */
import {
  compareDates,
  type Explained,
  explained,
  formatLength,
  LocalDate,
  type Step,
  step,
  tryAddDays,
  tryCorrespondingDate,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import type { Agreement } from "./figures.js";
import { lastNoticeDay } from "./notice.js";

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

/**
 * A tariff notice (MDO-BV 6.6–6.8): its date, the date the change takes effect and the kind of
 * change; an effective date before the notice date is rejected. Decode with `decodeTariffNotice`.
 */
export const TariffNotice = Schema.Struct({
  noticeDate: LocalDate,
  effectiveDate: LocalDate,
  change: TariffChange,
}).check(effectiveNotBeforeNotice((i) => i.noticeDate));
/** A tariff notice. */
export type TariffNotice = typeof TariffNotice.Type;

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

/**
 * What a tariff notice means: whether it is timely (for MDO: `noticeDate + 1 day + 25 days ≤
 * effectiveDate`, MDO-BV 6.8), and for a yearly increase the customer's last day to have a
 * registered termination letter received (the notice's date + 25 days, no holiday shift) and the
 * contract's last day (the day before the increase applies). An interim increase (6.7) and a
 * decrease give no termination right. Every figure comes from `agreement.tariffNotice`.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mdo2025, tariffNotice } from "@zorgkit/contract-terms";
 * const r = tariffNotice(
 *   { noticeDate: date("2026-12-01"), effectiveDate: date("2027-01-01"), change: "indexation-increase" },
 *   mdo2025,
 * ).value;
 * r.latestTimelyNoticeDate; // => "2026-12-06"
 * r.letterDeadline; // => "2026-12-26"
 * r.lastDay; // => "2026-12-31"
 * ```
 */
export function tariffNotice(
  notice: TariffNotice,
  agreement: Pick<Agreement, "tariffNotice">,
): Explained<TariffNoticeResult> {
  const { noticeDate, effectiveDate, change } = notice;
  const figures = agreement.tariffNotice;
  const advance = figures.advanceNotice.value;
  const window = figures.terminationWindow.value;
  const steps: Array<Step> = [];
  if (change === "interim-increase") {
    steps.push(
      step({
        rule: "interim-increase-no-termination-right",
        inputs: { noticeDate, effectiveDate },
        citations: [...figures.advanceNotice.citations, ...figures.interimIncrease.citations],
        en: `An interim increase is not a yearly change: the ${formatLength(advance)}' notice and the customer's termination right do not apply.`,
        nl: `Een tussentijdse verhoging is geen jaarlijkse wijziging: de termijn van ${formatLength(advance, "nl")} en het opzegrecht van de klant gelden niet.`,
      }),
    );
    return explained({ change, timely: "not-required", customerMayTerminate: false }, steps);
  }
  const dayBefore = tryAddDays(effectiveDate, -1) ?? effectiveDate;
  const latestTimelyNoticeDate = lastNoticeDay(dayBefore, advance);
  const timely =
    latestTimelyNoticeDate !== undefined && compareDates(noticeDate, latestTimelyNoticeDate) <= 0;
  steps.push(
    step({
      rule: "tariff-advance-notice",
      inputs: { noticeDate, effectiveDate, advanceNotice: formatLength(advance) },
      output: timely,
      citations: figures.advanceNotice.citations,
      en: `A tariff change effective ${effectiveDate} must be announced at least ${formatLength(advance)} ahead (the day of the notice does not count): on or before ${latestTimelyNoticeDate ?? "—"}; the notice of ${noticeDate} is ${timely ? "timely" : "late"}.`,
      nl: `Een tariefwijziging per ${effectiveDate} moet minimaal ${formatLength(advance, "nl")} van tevoren worden meegedeeld (de dag van de mededeling telt niet): uiterlijk ${latestTimelyNoticeDate ?? "—"}; de mededeling van ${noticeDate} is ${timely ? "tijdig" : "te laat"}.`,
    }),
  );
  if (!timely) {
    steps.push(
      step({
        rule: "tariff-notice-late",
        inputs: { noticeDate, latestTimelyNoticeDate: latestTimelyNoticeDate ?? null },
        citations: figures.advanceNotice.citations,
        en: "The source does not say what a late notice means for the effective date; this library reports it and computes the customer's rights as if the notice were valid.",
        nl: "De bron zegt niet wat een te late mededeling betekent voor de ingangsdatum; deze bibliotheek meldt dit en berekent de rechten van de klant alsof de mededeling geldig is.",
      }),
    );
  }
  const base =
    latestTimelyNoticeDate === undefined ? { change, timely } : { change, timely, latestTimelyNoticeDate };
  if (change === "indexation-decrease") {
    steps.push(
      step({
        rule: "decrease-no-termination-right",
        inputs: { change },
        citations: figures.terminationWindow.citations,
        en: "The customer's termination right is for an increase only.",
        nl: "Het opzegrecht van de klant geldt alleen bij een verhoging.",
      }),
    );
    return explained({ ...base, customerMayTerminate: false }, steps);
  }
  const letterDeadline = tryCorrespondingDate(noticeDate, window) ?? ("9999-12-31" as LocalDate);
  steps.push(
    step({
      rule: "increase-termination-window",
      inputs: { noticeDate, window: formatLength(window) },
      output: letterDeadline,
      citations: figures.terminationWindow.citations,
      en: `The customer may terminate as of ${effectiveDate} by a registered letter received within ${formatLength(window)} after the date of the notification letter: by ${letterDeadline} (no shift for weekends or holidays); the contract's last day is then ${dayBefore}.`,
      nl: `De klant kan opzeggen per ${effectiveDate} met een aangetekende opzegbrief die binnen ${formatLength(window, "nl")} na dagtekening van de mededeling is ontvangen: uiterlijk ${letterDeadline} (geen verschuiving voor weekend of feestdagen); de laatste dag van de overeenkomst is dan ${dayBefore}.`,
    }),
  );
  return explained(
    { ...base, customerMayTerminate: true, letterDeadline, lastDay: dayBefore, form: "registered-letter" },
    steps,
  );
}
