/**
 * Notification of a security incident or data breach to the controller (MDO-SLA §9.1).
 *
 * @module
 */
import { type Explained, explained, formatInstant, type Instant, step } from "@zorgkit/core";
import { citationsOf, type SlaDefinition } from "./sla.js";

const MS_PER_HOUR = 3_600_000;

/** The breach-notice target: due by, and whether it is a best-effort target ("zo mogelijk"). */
export interface BreachNoticeDue {
  readonly dueBy: Instant;
  /** `true`: missing it is a missed target, not a breach of a hard obligation. */
  readonly bestEffort: boolean;
}

/**
 * When a security incident or data breach should be reported to the controller: "zo mogelijk"
 * (if possible) within 24 hours after the supplier became aware of it (MDO-SLA §9.1). The 24 hours
 * are elapsed hours on a 24 × 7 clock (across a DST switch the local time moves by an hour).
 *
 * @example
 * ```ts
 * breachNoticeDue(instant("2026-03-06T18:00:00+01:00"), mdoSla2025).value.dueBy; // Saturday 7 March 18:00
 * ```
 */
export function breachNoticeDue(awareAt: Instant, sla: SlaDefinition): Explained<BreachNoticeDue> {
  const { hours, bestEffort } = sla.breachNotice.value;
  const dueBy = (awareAt + hours * MS_PER_HOUR) as Instant;
  return explained({ dueBy, bestEffort }, [
    step({
      rule: "breach-notice-due",
      inputs: { awareAt: formatInstant(awareAt), hours },
      output: formatInstant(dueBy),
      citations: citationsOf(sla.breachNotice.source),
      en: `Aware of the security incident or data breach at ${formatInstant(awareAt)}: report it to the controller${bestEffort ? " if possible" : ""} by ${formatInstant(dueBy)} (${hours} hours, 24 × 7).`,
      nl: `Kennis genomen op ${formatInstant(awareAt)}: ${bestEffort ? "zo mogelijk " : ""}melden aan de verwerkingsverantwoordelijke vóór ${formatInstant(dueBy)} (${hours} uur).`,
    }),
  ]);
}

/** Status of a breach notice: reported in time, reported late (target missed), or still open. */
export type BreachNoticeStatus = "in-time" | "target-missed" | "open" | "open-target-missed";

/**
 * Whether the breach notice met its target (MDO-SLA §9.1), as a target status — never a hard
 * breach, since the clause says "zo mogelijk".
 *
 * @example
 * ```ts
 * breachNoticeStatus(awareAt, notifiedAt, now, mdoSla2025).value; // "in-time"
 * ```
 */
export function breachNoticeStatus(
  awareAt: Instant,
  notifiedAt: Instant | undefined,
  at: Instant,
  sla: SlaDefinition,
): Explained<BreachNoticeStatus> {
  const due = breachNoticeDue(awareAt, sla);
  const status: BreachNoticeStatus =
    notifiedAt !== undefined
      ? notifiedAt <= due.value.dueBy
        ? "in-time"
        : "target-missed"
      : at <= due.value.dueBy
        ? "open"
        : "open-target-missed";
  return explained(status, due.because);
}
