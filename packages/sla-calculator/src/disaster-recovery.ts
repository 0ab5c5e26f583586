/**
 * Disaster recovery objectives (MDO-SLA §7.5) and the yearly recovery test (§7.6).
 *
 * @module
 */
import {
  addLength,
  type Explained,
  explained,
  formatInstant,
  type Instant,
  type LocalDate,
  step,
} from "@zorgkit/core";
import { citationsOf, type SlaDefinition } from "./sla.js";

const MS_PER_HOUR = 3_600_000;

/**
 * A non-negative duration in words, exactly (no fractions of an hour in explanations):
 * "23 hours 59 minutes 59 seconds", "23 uur 59 minuten 59 seconden".
 */
function durationText(ms: number, language: "en" | "nl"): string {
  const total = Math.floor(ms / 1000);
  const names =
    language === "en"
      ? { h: ["hour", "hours"], m: ["minute", "minutes"], s: ["second", "seconds"] }
      : { h: ["uur", "uur"], m: ["minuut", "minuten"], s: ["seconde", "seconden"] };
  const parts: Array<[number, Array<string>]> = [
    [Math.floor(total / 3600), names.h],
    [Math.floor((total % 3600) / 60), names.m],
    [total % 60, names.s],
  ];
  const words = parts.filter(([n]) => n !== 0).map(([n, [one, many]]) => `${n} ${n === 1 ? one : many}`);
  return words.length === 0 ? `0 ${names.s[1]}` : words.join(" ");
}

/** Result of {@link rpoMet}. */
export interface RpoResult {
  readonly met: boolean;
  /** The most recent backup at or before `at` (`null` when there is none). */
  readonly lastBackup: Instant | null;
  /** Data that would be lost by a disaster at `at`: `at − lastBackup` in ms (`null` without a backup). */
  readonly exposureMs: number | null;
  /** Gaps between consecutive backups (since `since`) longer than the RPO. */
  readonly gapsOverRpo: ReadonlyArray<{ readonly from: Instant; readonly to: Instant }>;
}

/**
 * Whether the recovery point objective holds at `at` (MDO-SLA §7.5, §2.26): the RPO (24 hours)
 * is the agreed time between two consecutive backups, which bounds the data lost in a disaster.
 * It holds when the last backup is at most 24 hours before `at` and, when `since` is given, no two
 * consecutive backups in `[since, at]` are more than 24 hours apart. The RPO is a target
 * ("streeftijd") for disaster recovery. Retention of backups is `@zorgkit/retention-policy`'s.
 *
 * @example
 * ```ts
 * rpoMet([instant("2026-05-01T02:00:00+02:00")], instant("2026-05-02T01:00:00+02:00"), mdoSla2025).value.met; // true
 * ```
 */
export function rpoMet(
  backupTimes: ReadonlyArray<Instant>,
  at: Instant,
  sla: SlaDefinition,
  options: { readonly since?: Instant } = {},
): Explained<RpoResult> {
  const rpoMs = sla.disasterRecovery.rpo.value.hours * MS_PER_HOUR;
  const sorted = backupTimes.filter((t) => t <= at).sort((a, b) => a - b);
  const last = sorted[sorted.length - 1] ?? null;
  const exposure = last === null ? null : at - last;
  const gaps: Array<{ from: Instant; to: Instant }> = [];
  if (options.since !== undefined) {
    const since = options.since;
    const inRange = sorted.filter((t) => t >= since);
    for (let k = 1; k < inRange.length; k++) {
      const from = inRange[k - 1] as Instant;
      const to = inRange[k] as Instant;
      if (to - from > rpoMs) gaps.push({ from, to });
    }
  }
  const met = exposure !== null && exposure <= rpoMs && gaps.length === 0;
  return explained({ met, lastBackup: last, exposureMs: exposure, gapsOverRpo: gaps }, [
    step({
      rule: "rpo",
      inputs: {
        at: formatInstant(at),
        lastBackup: last === null ? null : formatInstant(last),
        gaps: gaps.length,
      },
      output: met,
      citations: citationsOf(sla.disasterRecovery.rpo.source),
      en:
        last === null
          ? "There is no backup before this moment: the recovery point objective is not met."
          : `The last backup was ${durationText(exposure as number, "en")} earlier${gaps.length > 0 ? `, and ${gaps.length} gap(s) between backups exceed the RPO` : ""}; the RPO of ${sla.disasterRecovery.rpo.value.hours} hours is ${met ? "met" : "not met"}.`,
      nl:
        last === null
          ? "Er is geen back-up vóór dit moment: de RPO wordt niet gehaald."
          : `De laatste back-up was ${durationText(exposure as number, "nl")} eerder; de RPO van ${sla.disasterRecovery.rpo.value.hours} uur wordt ${met ? "gehaald" : "niet gehaald"}.`,
    }),
  ]);
}

/** Status of a recovery against the RTO. */
export type RtoStatus = "met" | "missed" | "running" | "running-missed";

/**
 * Whether the recovery time objective was met (MDO-SLA §7.5, §2.27): the service is available
 * again within 24 hours of the incident (a target, "streeftijd"; elapsed hours, 24 × 7).
 *
 * @example
 * ```ts
 * rtoMet(disasterAt, restoredAt, now, mdoSla2025).value; // "met"
 * ```
 */
export function rtoMet(
  incidentAt: Instant,
  restoredAt: Instant | undefined,
  at: Instant,
  sla: SlaDefinition,
): Explained<RtoStatus> {
  const hours = sla.disasterRecovery.rto.value.hours;
  const due = incidentAt + hours * MS_PER_HOUR;
  const status: RtoStatus =
    restoredAt !== undefined
      ? restoredAt <= due
        ? "met"
        : "missed"
      : at <= due
        ? "running"
        : "running-missed";
  return explained(status, [
    step({
      rule: "rto",
      inputs: {
        incidentAt: formatInstant(incidentAt),
        restoredAt: restoredAt === undefined ? null : formatInstant(restoredAt),
      },
      output: status,
      citations: citationsOf(sla.disasterRecovery.rto.source),
      en: `The service must be available again by ${formatInstant(due)} (RTO ${hours} hours): ${status}.`,
      nl: `De dienst moet uiterlijk ${formatInstant(due)} weer beschikbaar zijn (RTO ${hours} uur): ${status}.`,
    }),
  ]);
}

/** Result of {@link recoveryTestDue}. */
export interface RecoveryTestDue {
  /** The last day by which the next full recovery test is due (`null`: no test yet, due now). */
  readonly dueBy: LocalDate | null;
  readonly overdue: boolean;
}

/**
 * When the next full recovery test (with one or more customers involved) is due (MDO-SLA §7.6,
 * "1 x per jaar"): read as at most one year after the previous test (`rolling`, default), or as
 * once in every calendar year (`calendar-year`: due by 31 December of the year after the last
 * test's year… i.e. every calendar year must have one).
 *
 * @example
 * ```ts
 * recoveryTestDue(date("2026-05-12"), date("2027-05-13"), mdoSla2025).value; // { dueBy: "2027-05-12", overdue: true }
 * ```
 */
export function recoveryTestDue(
  lastTest: LocalDate | undefined,
  on: LocalDate,
  sla: SlaDefinition,
  options: { readonly reading?: "rolling" | "calendar-year" } = {},
): Explained<RecoveryTestDue> {
  const every = sla.disasterRecovery.recoveryTestEvery.value;
  let dueBy: LocalDate | null = null;
  if (lastTest !== undefined) {
    if (options.reading === "calendar-year") {
      const next = addLength(lastTest, every);
      dueBy = `${next.slice(0, 4)}-12-31` as LocalDate;
    } else dueBy = addLength(lastTest, every);
  }
  const overdue = dueBy === null ? true : on > dueBy;
  return explained({ dueBy, overdue }, [
    step({
      rule: "recovery-test-due",
      inputs: { lastTest: lastTest ?? null, on },
      output: dueBy,
      citations: citationsOf(sla.disasterRecovery.recoveryTestEvery.source),
      en:
        dueBy === null
          ? "No full recovery test is recorded: one is due now."
          : `The next full recovery test is due by ${dueBy}${overdue ? ", and is overdue" : ""}.`,
      nl:
        dueBy === null
          ? "Er is geen volledige hersteltest geregistreerd: die is nu nodig."
          : `De volgende volledige hersteltest moet uiterlijk ${dueBy} plaatsvinden${overdue ? " en is te laat" : ""}.`,
    }),
  ]);
}
