/**
 * Notification of a security incident or data breach to the controller (MDO-SLA §9.1).
 *
 * @module
 */
import {
  type Explained,
  explained,
  formatInstant,
  type Instant,
  Instant as InstantSchema,
  step,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { type CompiledSla, definitionOf } from "./compile.js";
import type { SlaDefinition } from "./sla.js";

const MS_PER_HOUR = 3_600_000;

/** A security incident or data breach: when the supplier became aware of it and, once done, when it notified the controller. */
export const BreachNotice = Schema.Struct({
  awareAt: InstantSchema,
  notifiedAt: Schema.optionalKey(InstantSchema),
}).check(
  Schema.makeFilter(
    (b) => (b.notifiedAt !== undefined && b.notifiedAt < b.awareAt ? "notifiedAt is before awareAt" : true),
    {
      expected: "a notice after awareness",
    },
  ),
);
/** A security incident or data breach to be notified. */
export type BreachNotice = typeof BreachNotice.Type;

/** The breach-notice target: due by, and whether it is a best-effort target ("zo mogelijk"). */
export interface BreachNoticeDue {
  readonly dueBy: Instant;
  /** `true`: missing it is a missed target, not a breach of a hard obligation. */
  readonly bestEffort: boolean;
}

function dueOf(def: SlaDefinition, notice: BreachNotice): Explained<BreachNoticeDue> {
  const { hours, bestEffort } = def.breachNotice.value;
  const dueBy = (notice.awareAt + hours * MS_PER_HOUR) as Instant;
  const aware = formatInstant(notice.awareAt);
  return explained({ dueBy, bestEffort }, [
    step({
      rule: "breach-notice-due",
      inputs: { awareAt: aware, hours },
      output: formatInstant(dueBy),
      citations: def.breachNotice.citations,
      en: `Aware of the security incident or data breach at ${aware}: report it to the controller${bestEffort ? " if possible" : ""} by ${formatInstant(dueBy)} (${hours} hours, 24 × 7).`,
      nl: `Kennis genomen op ${aware}: ${bestEffort ? "zo mogelijk " : ""}melden aan de verwerkingsverantwoordelijke vóór ${formatInstant(dueBy)} (${hours} uur).`,
    }),
  ]);
}

/**
 * When a security incident or data breach should be reported to the controller: "zo mogelijk"
 * (if possible) within 24 hours after the supplier became aware of it (MDO-SLA §9.1). The 24 hours
 * are elapsed hours on a 24 × 7 clock (across a DST switch the local time moves by an hour).
 *
 * @example
 * ```ts
 * import { formatInstant, instant } from "@zorgkit/core";
 * import { breachNoticeDue, mdoSla2025 } from "@zorgkit/sla-calculator";
 *
 * const due = breachNoticeDue({ awareAt: instant("2026-03-06T18:00:00+01:00") }, mdoSla2025).value;
 * formatInstant(due.dueBy); // => "2026-03-07T18:00:00+01:00"
 * due.bestEffort; // => true
 * ```
 */
export function breachNoticeDue(
  notice: BreachNotice,
  sla: CompiledSla | SlaDefinition,
): Explained<BreachNoticeDue> {
  return dueOf(definitionOf(sla), notice);
}

/** Status of a breach notice: reported in time, reported late (target missed), or still open. */
export type BreachNoticeStatus = "in-time" | "target-missed" | "open" | "open-target-missed";

/**
 * Whether the breach notice met its target at `at` (MDO-SLA §9.1), as a target status — never a
 * hard breach, since the clause says "zo mogelijk".
 *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 * import { breachNoticeStatus, mdoSla2025 } from "@zorgkit/sla-calculator";
 *
 * const notice = { awareAt: instant("2026-03-06T18:00:00+01:00"), notifiedAt: instant("2026-03-07T09:00:00+01:00") };
 * breachNoticeStatus(notice, mdoSla2025, instant("2026-03-08T00:00:00+01:00")).value; // => "in-time"
 * ```
 */
export function breachNoticeStatus(
  notice: BreachNotice,
  sla: CompiledSla | SlaDefinition,
  at: Instant,
): Explained<BreachNoticeStatus> {
  const due = dueOf(definitionOf(sla), notice);
  const { notifiedAt } = notice;
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
