/**
 * Maintenance notice (MDO-SLA §7.1, §7.2 item 1) and regular maintenance (§7.1).
 *
 * @module
 */
import {
  type Explained,
  explained,
  formatInstant,
  formatMinute,
  type Instant,
  Instant as InstantSchema,
  isOpen,
  localDateOf,
  offsetAt,
  step,
  workingTimeBetween,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import type { CompiledSla } from "./compile.js";
import { workingDayDeadline } from "./deadlines.js";
import { citationsOf } from "./sla.js";

/**
 * What is announced:
 * - `affects-availability`: work with impact on availability (§7.2 item 1) — announced at the
 *   latest 10 working days ahead, no exception;
 * - `unplanned`: unplanned maintenance (§7.1) — at least 10 working days ahead, unless
 *   `exception` is `security-incident` or `urgent-change` (then the contact is informed, no notice
 *   period applies).
 */
export type MaintenanceKind = "affects-availability" | "unplanned";

/** An announcement of maintenance, as {@link maintenanceNoticeOk} reads it. */
export const MaintenanceAnnouncement = Schema.Struct({
  announcedAt: InstantSchema,
  startsAt: InstantSchema,
  kind: Schema.Literals(["affects-availability", "unplanned"]),
  exception: Schema.optionalKey(Schema.Literals(["security-incident", "urgent-change"])),
}).check(
  Schema.makeFilter(
    (n) =>
      n.startsAt < n.announcedAt
        ? "startsAt is before announcedAt"
        : n.exception !== undefined && n.kind !== "unplanned"
          ? "an exception (security incident, urgent change) applies only to unplanned maintenance (MDO-SLA §7.1)"
          : true,
    { expected: "an announcement before the start" },
  ),
);
/** An announcement of maintenance. */
export type MaintenanceAnnouncement = typeof MaintenanceAnnouncement.Type;

/** Result of {@link maintenanceNoticeOk}. */
export interface MaintenanceNotice {
  readonly ok: boolean;
  /** The earliest start that the announcement allows (`null` when the notice period does not apply). */
  readonly earliestStart: Instant | null;
  /** The notice period does not apply (unplanned maintenance for a security incident or urgent change). */
  readonly exempt: boolean;
}

/**
 * Whether maintenance was announced in time (MDO-SLA §7.1, §7.2 item 1): the start must be at or
 * after the close of office hours on the 10th working day after the day of the announcement — the
 * same rule as working-day targets (an announcement outside office hours counts from the next
 * opening). Announced Monday 2 March 2026 → earliest start Monday 16 March 2026 17:00, so a
 * weekend window on 14–15 March is late.
 *
 * @example
 * ```ts
 * maintenanceNoticeOk({ announcedAt, startsAt, kind: "affects-availability" }, sla).value.ok;
 * ```
 */
export function maintenanceNoticeOk(
  notice: {
    readonly announcedAt: Instant;
    readonly startsAt: Instant;
    readonly kind: MaintenanceKind;
    readonly exception?: "security-incident" | "urgent-change";
  },
  sla: CompiledSla,
): Explained<MaintenanceNotice> {
  const def = sla.definition;
  const days = def.maintenanceNotice.value.workingDays;
  const citations = citationsOf(def.maintenanceNotice.source);
  if (notice.kind === "unplanned" && notice.exception !== undefined) {
    return explained({ ok: true, earliestStart: null, exempt: true }, [
      step({
        rule: "maintenance-notice-exempt",
        inputs: { exception: notice.exception },
        output: true,
        citations,
        en: `Unplanned maintenance for a${notice.exception === "security-incident" ? " security incident" : "n urgent change"} needs no ${days} working days' notice; the contact person is informed.`,
        nl: `Ongepland onderhoud wegens een ${notice.exception === "security-incident" ? "beveiligingsincident" : "urgente wijziging"} hoeft niet ${days} werkdagen vooraf te worden aangekondigd.`,
      }),
    ]);
  }
  const w = workingDayDeadline(sla.clocks.officeHours, notice.announcedAt, days);
  const ok = notice.startsAt >= w.due;
  return explained({ ok, earliestStart: w.due, exempt: false }, [
    step({
      rule: "maintenance-notice",
      inputs: {
        announcedAt: formatInstant(notice.announcedAt),
        startsAt: formatInstant(notice.startsAt),
        workingDays: days,
        kind: notice.kind,
      },
      output: ok,
      citations,
      en: `Announced ${formatInstant(notice.announcedAt)}: ${days} working days later, the earliest start is ${formatInstant(w.due)} (close of office hours on ${w.dueDay}); starting ${formatInstant(notice.startsAt)} is ${ok ? "in time" : "too early — the notice was late"}.`,
      nl: `Aangekondigd ${formatInstant(notice.announcedAt)}: na ${days} werkdagen is de vroegste start ${formatInstant(w.due)}; starten op ${formatInstant(notice.startsAt)} is ${ok ? "tijdig aangekondigd" : "te laat aangekondigd"}.`,
    }),
  ]);
}

/** Findings about regular maintenance windows. */
export interface RegularMaintenanceFinding {
  readonly window: { readonly start: Instant; readonly end: Instant };
  /** It overlaps office hours (regular maintenance with impact is outside office hours). */
  readonly duringOfficeHours: boolean;
  /** It is neither finished before 08:00 nor started after 18:00 (a preference, "waar mogelijk"). */
  readonly outsidePreferredTimes: boolean;
  /** It starts less than 14 days after the previous window (at most once per 2 weeks). */
  readonly tooFrequent: boolean;
}

function minuteOfDay(at: Instant, tz: string): number {
  const local = at + offsetAt(at, tz);
  return Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / 60_000);
}

/**
 * Check regular maintenance windows (MDO-SLA §7.1): outside office hours, preferably finished
 * before 08:00 or started after 18:00 ("waar mogelijk", a preference, reported but not a breach),
 * at most once per 2 weeks (two windows whose starts are less than 14 × 24 hours apart; read on
 * local dates: 14 calendar days).
 *
 * @example
 * ```ts
 * regularMaintenanceCheck([{ start, end }], sla).value[0]?.duringOfficeHours; // false
 * ```
 */
export function regularMaintenanceCheck(
  windows: ReadonlyArray<{ readonly start: Instant; readonly end: Instant }>,
  sla: CompiledSla,
): Explained<ReadonlyArray<RegularMaintenanceFinding>> {
  const rule = sla.definition.regularMaintenance.value;
  const office = sla.clocks.officeHours;
  const tz = office.calendar.timeZone;
  const sorted = [...windows].sort((a, b) => a.start - b.start);
  let previousDay: number | undefined;
  const findings = sorted.map((w) => {
    const duringOfficeHours =
      w.end > w.start ? workingTimeBetween(office, w.start, w.end) > 0 : isOpen(office, w.start);
    const endMinute = minuteOfDay(w.end, tz);
    const startMinute = minuteOfDay(w.start, tz);
    const sameDay = localDateOf(w.start, tz) === localDateOf(w.end, tz);
    const finishedEarly = sameDay && endMinute <= rule.preferredEndBeforeMinute;
    const startedLate = startMinute >= rule.preferredStartAfterMinute;
    const day = Math.floor((w.start + offsetAt(w.start, tz)) / 86_400_000);
    const tooFrequent = previousDay !== undefined && day - previousDay < rule.atMostOncePerDays;
    previousDay = day;
    return {
      window: w,
      duringOfficeHours,
      outsidePreferredTimes: !(finishedEarly || startedLate),
      tooFrequent,
    };
  });
  return explained(findings, [
    step({
      rule: "regular-maintenance",
      inputs: {
        windows: findings.length,
        duringOfficeHours: findings.filter((f) => f.duringOfficeHours).length,
        tooFrequent: findings.filter((f) => f.tooFrequent).length,
      },
      citations: citationsOf(sla.definition.regularMaintenance.source),
      en: `Regular maintenance is outside office hours, preferably finished before ${formatMinute(rule.preferredEndBeforeMinute)} or started after ${formatMinute(rule.preferredStartAfterMinute)}, at most once per ${rule.atMostOncePerDays} days.`,
      nl: `Regulier onderhoud vindt buiten kantoortijden plaats, waar mogelijk gereed vóór ${formatMinute(rule.preferredEndBeforeMinute)} of ná ${formatMinute(rule.preferredStartAfterMinute)}, maximaal 1 x per ${rule.atMostOncePerDays} dagen.`,
    }),
  ]);
}
