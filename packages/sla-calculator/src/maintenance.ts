/**
 * Maintenance notice (MDO-SLA §7.1, §7.2 item 1) and regular maintenance in the published
 * maintenance windows (§7.1 "jaaroverzicht regulier Onderhoud").
 *
 * @module
 */
import {
  BoundedArray,
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
import { layoutOf, type SlaLayout } from "./internal/compiled.js";
import { MAX_WINDOWS } from "./internal/limits.js";
import { workingDayDeadlineOn, workingDayDue } from "./internal/working-days.js";

/**
 * What is announced:
 * - `affects-availability`: work with impact on availability (§7.2 item 1) — announced at the
 *   latest 10 working days ahead, no exception;
 * - `unplanned`: unplanned maintenance (§7.1) — at least 10 working days ahead, unless
 *   `exception` is `security-incident` or `urgent-change` (then the contact is informed, no notice
 *   period applies).
 */
export type MaintenanceKind = "affects-availability" | "unplanned";

/** An announcement of maintenance, as {@link maintenanceNotice} reads it. */
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
          ? "an exception (security incident, urgent change) applies only to unplanned maintenance"
          : true,
    { expected: "an announcement before the start" },
  ),
);
/** An announcement of maintenance. */
export type MaintenanceAnnouncement = typeof MaintenanceAnnouncement.Type;

/** Result of {@link maintenanceNotice}. */
export interface MaintenanceNotice {
  /** The announcement came in time (or no notice period applies). */
  readonly inTime: boolean;
  /** The earliest start that the announcement allows (absent when the notice period does not apply). */
  readonly earliestStart?: Instant;
  /** The notice period does not apply (unplanned maintenance for a security incident or urgent change). */
  readonly exempt: boolean;
}

/**
 * Whether maintenance was announced in time (MDO-SLA §7.1, §7.2 item 1): the start must be at or
 * after the close of office hours on the 10th working day after the day of the announcement — the
 * same rule as working-day targets (an announcement outside office hours counts from the next
 * opening). Announced Monday 2 March 2026 → earliest start Monday 16 March 2026 17:00, so a
 * weekend window on 14–15 March is late. (Renamed from `maintenanceNoticeOk`; the result says
 * `inTime`.)
 *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 * import { compileSla, maintenanceNotice, mdoSla2025 } from "@zorgkit/sla-calculator";
 *
 * const sla = compileSla(mdoSla2025);
 * const r = maintenanceNotice(
 *   { announcedAt: instant("2026-03-02T10:00:00+01:00"), startsAt: instant("2026-03-14T22:00:00+01:00"), kind: "affects-availability" },
 *   sla,
 * );
 * r.value.inTime; // => false
 * ```
 */
export function maintenanceNotice(
  notice: MaintenanceAnnouncement,
  sla: CompiledSla,
): Explained<MaintenanceNotice> {
  const def = layoutOf(sla).definition;
  const days = def.maintenanceNotice.value.workingDays;
  const citations = def.maintenanceNotice.citations;
  if (notice.kind === "unplanned" && notice.exception !== undefined) {
    return explained({ inTime: true, exempt: true }, [
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
  const w = workingDayDeadlineOn(layoutOf(sla).clocks.officeHours, notice.announcedAt, days);
  const inTime = notice.startsAt >= w.due;
  return explained({ inTime, earliestStart: w.due, exempt: false }, [
    step({
      rule: "maintenance-notice",
      inputs: {
        announcedAt: formatInstant(notice.announcedAt),
        startsAt: formatInstant(notice.startsAt),
        workingDays: days,
        kind: notice.kind,
      },
      output: inTime,
      citations,
      en: `Announced ${formatInstant(notice.announcedAt)}: ${days} working days later, the earliest start is ${formatInstant(w.due)} (close of office hours on ${w.dueDay}); starting ${formatInstant(notice.startsAt)} is ${inTime ? "in time" : "too early — the notice was late"}.`,
      nl: `Aangekondigd ${formatInstant(notice.announcedAt)}: na ${days} werkdagen is de vroegste start ${formatInstant(w.due)}; starten op ${formatInstant(notice.startsAt)} is ${inTime ? "tijdig aangekondigd" : "te laat aangekondigd"}.`,
    }),
  ]);
}

/** A maintenance window `[start, end)` of the yearly overview; the end is after the start. */
export const MaintenanceWindow = Schema.Struct({ start: InstantSchema, end: InstantSchema }).check(
  Schema.makeFilter((w) => (w.end <= w.start ? "end is not after start" : true), {
    expected: "a window with start < end",
  }),
);
/** A maintenance window. */
export type MaintenanceWindow = typeof MaintenanceWindow.Type;

/**
 * The yearly overview of regular maintenance (jaaroverzicht regulier Onderhoud, MDO-SLA §7.1) as
 * published on the supplier's website: the windows and when the overview was published. At most
 * 400 windows per overview.
 */
export const MaintenanceOverview = Schema.Struct({
  publishedAt: InstantSchema,
  windows: BoundedArray(MaintenanceWindow, MAX_WINDOWS),
});
/** A published yearly overview of regular maintenance. */
export type MaintenanceOverview = typeof MaintenanceOverview.Type;

/** Findings about one window of a yearly overview. */
export interface RegularMaintenanceFinding {
  readonly window: MaintenanceWindow;
  /** It overlaps office hours (regular maintenance with impact is outside office hours). */
  readonly duringOfficeHours: boolean;
  /** It is neither finished before 08:00 nor started after 18:00 (a preference, "waar mogelijk"). */
  readonly outsidePreferredTimes: boolean;
  /**
   * It starts less than 14 days after the previous window outside office hours (at most once per
   * 2 weeks); windows wholly inside office hours neither break nor count for this rule.
   */
  readonly tooFrequent: boolean;
  /** The overview was published at least 10 working days before the window starts (§7.2 item 1). */
  readonly publishedInTime: boolean;
  /**
   * A regular window: outside office hours, not too frequent, published in time. Maintenance
   * inside a valid window is excluded from the availability without its own notice.
   */
  readonly valid: boolean;
}

function minuteOfDay(at: Instant, tz: string): number {
  const local = at + offsetAt(at, tz);
  return Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / 60_000);
}

/**
 * The findings for every window of the overviews, sorted by start.
 *
 * @internal
 */
export function windowFindings(
  layout: SlaLayout,
  overviews: ReadonlyArray<MaintenanceOverview>,
): Array<RegularMaintenanceFinding> {
  const rule = layout.definition.regularMaintenance.value;
  const days = layout.definition.maintenanceNotice.value.workingDays;
  const office = layout.clocks.officeHours;
  const tz = office.definition.timeZone;
  const sorted = overviews
    .flatMap((o) => o.windows.map((window) => ({ window, publishedAt: o.publishedAt })))
    .sort((a, b) => a.window.start - b.window.start || a.publishedAt - b.publishedAt);
  // Overlapping or touching windows are one window (Saturday 22:00–24:00 and Sunday 00:00–06:00 is
  // one night, not two maintenance moments), known from the later of the publications that add to
  // it. A window an updated overview publishes again (or a part of one already published) adds
  // nothing: it was known since its first publication (§7.2 item 1).
  const all: Array<{ window: MaintenanceWindow; publishedAt: Instant }> = [];
  for (const w of sorted) {
    const last = all[all.length - 1];
    if (last !== undefined && w.window.start <= last.window.end) {
      if (w.window.end <= last.window.end) continue;
      last.window = { start: last.window.start, end: w.window.end } as MaintenanceWindow;
      if (w.publishedAt > last.publishedAt) last.publishedAt = w.publishedAt;
    } else all.push({ window: w.window, publishedAt: w.publishedAt });
  }
  let previousDay: number | undefined;
  return all.map(({ window: w, publishedAt }) => {
    const officeTime = w.end > w.start ? workingTimeBetween(office, w.start, w.end) : 0;
    const duringOfficeHours = w.end > w.start ? officeTime > 0 : isOpen(office, w.start);
    // "Regulier Onderhoud buiten Kantoortijden … 1 x per 2 weken": a window wholly inside office
    // hours (§7.1 variant 1, no impact) is not a moment outside them and does not count.
    const outsideOffice = w.end - w.start > officeTime;
    const sameDay = localDateOf(w.start, tz) === localDateOf(w.end, tz);
    const finishedEarly = sameDay && minuteOfDay(w.end, tz) <= rule.preferredEndBeforeMinute;
    const startedLate = minuteOfDay(w.start, tz) >= rule.preferredStartAfterMinute;
    const day = Math.floor((w.start + offsetAt(w.start, tz)) / 86_400_000);
    const tooFrequent =
      outsideOffice && previousDay !== undefined && day - previousDay < rule.atMostOncePerDays;
    if (outsideOffice) previousDay = day;
    const publishedInTime = publishedAt <= w.start && w.start >= workingDayDue(layout, publishedAt, days);
    return {
      window: w,
      duringOfficeHours,
      outsidePreferredTimes: !(finishedEarly || startedLate),
      tooFrequent,
      publishedInTime,
      valid: !duringOfficeHours && !tooFrequent && publishedInTime,
    };
  });
}

/**
 * Check the windows of the published yearly overview(s) of regular maintenance (MDO-SLA §7.1,
 * §7.2 item 1) — overlapping or touching windows count as one — each window outside office hours, at most once per 2 weeks (two windows outside office hours whose
 * local start dates are less than 14 days apart: the later one breaks the rule), and published at
 * least 10 working days before it starts (the notice rule of §7.2 item 1). "Preferably finished
 * before 08:00 or started after 18:00" is "waar mogelijk": reported, not a breach. A window that
 * passes is `valid`: maintenance in it is excluded from the availability without its own notice.
 *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 * import { compileSla, mdoSla2025, regularMaintenanceCheck } from "@zorgkit/sla-calculator";
 *
 * const sla = compileSla(mdoSla2025);
 * const overview = {
 *   publishedAt: instant("2025-12-01T10:00:00+01:00"),
 *   windows: [{ start: instant("2026-04-11T22:00:00+02:00"), end: instant("2026-04-12T06:00:00+02:00") }],
 * };
 * regularMaintenanceCheck(overview, sla).value[0]?.valid; // => true
 * ```
 */
export function regularMaintenanceCheck(
  overview: MaintenanceOverview,
  sla: CompiledSla,
): Explained<ReadonlyArray<RegularMaintenanceFinding>> {
  const layout = layoutOf(sla);
  const def = layout.definition;
  const rule = def.regularMaintenance.value;
  const findings = windowFindings(layout, [overview]);
  return explained(findings, [
    step({
      rule: "regular-maintenance",
      inputs: {
        windows: findings.length,
        duringOfficeHours: findings.filter((f) => f.duringOfficeHours).length,
        tooFrequent: findings.filter((f) => f.tooFrequent).length,
        publishedLate: findings.filter((f) => !f.publishedInTime).length,
      },
      output: findings.filter((f) => f.valid).length,
      citations: [...def.regularMaintenance.citations, ...def.maintenanceNotice.citations],
      en: `Regular maintenance is outside office hours, preferably finished before ${formatMinute(rule.preferredEndBeforeMinute)} or started after ${formatMinute(rule.preferredStartAfterMinute)}, at most once per ${rule.atMostOncePerDays} days, in windows published at least ${def.maintenanceNotice.value.workingDays} working days ahead: ${findings.filter((f) => f.valid).length} of ${findings.length} windows qualify.`,
      nl: `Regulier onderhoud vindt buiten kantoortijden plaats, waar mogelijk gereed vóór ${formatMinute(rule.preferredEndBeforeMinute)} of ná ${formatMinute(rule.preferredStartAfterMinute)}, maximaal 1 x per ${rule.atMostOncePerDays} dagen, in vensters die minstens ${def.maintenanceNotice.value.workingDays} werkdagen vooraf zijn gepubliceerd: ${findings.filter((f) => f.valid).length} van ${findings.length} vensters voldoen.`,
    }),
  ]);
}
