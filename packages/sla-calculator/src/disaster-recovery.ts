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
  Instant as InstantSchema,
  type LocalDate,
  step,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { type CompiledSla, definitionOf } from "./compile.js";
import type { SlaDefinition } from "./sla.js";

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

/** Result of {@link recoveryPoint}. */
export interface RpoResult {
  readonly met: boolean;
  /** The most recent backup at or before `at` (absent when there is none). */
  readonly lastBackup?: Instant;
  /** Data that would be lost by a disaster at `at`: `at − lastBackup` in ms (absent without a backup). */
  readonly exposureMs?: number;
  /** Gaps between consecutive backups (since `since`) longer than the RPO. */
  readonly gapsOverRpo: ReadonlyArray<{ readonly from: Instant; readonly to: Instant }>;
}

/**
 * Whether the recovery point objective holds at `at` (MDO-SLA §7.5, §2.26): the RPO (24 hours)
 * is the agreed time between two consecutive backups, which bounds the data lost in a disaster.
 * It holds when the last backup is at most 24 hours before `at` and, when `since` is given, no two
 * consecutive backups in `[since, at]` are more than 24 hours apart. The RPO is a target
 * ("streeftijd") for disaster recovery. Retention of backups is `@zorgkit/retention-policy`'s.
 * (Renamed from `rpoMet`; the result's `met` says whether it holds.)
 *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 * import { mdoSla2025, recoveryPoint } from "@zorgkit/sla-calculator";
 *
 * const r = recoveryPoint([instant("2026-05-01T02:00:00+02:00")], mdoSla2025, instant("2026-05-02T01:00:00+02:00"));
 * r.value.met; // => true
 * ```
 */
export function recoveryPoint(
  backupTimes: ReadonlyArray<Instant>,
  rulebook: CompiledSla | SlaDefinition,
  at: Instant,
  options: { readonly since?: Instant } = {},
): Explained<RpoResult> {
  const sla: SlaDefinition = definitionOf(rulebook);
  const rpoMs = sla.disasterRecovery.rpo.value.hours * MS_PER_HOUR;
  const sorted = backupTimes.filter((t) => t <= at).sort((a, b) => a - b);
  const last = sorted[sorted.length - 1];
  const exposure = last === undefined ? undefined : at - last;
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
  const met = exposure !== undefined && exposure <= rpoMs && gaps.length === 0;
  const value: RpoResult =
    last === undefined || exposure === undefined
      ? { met, gapsOverRpo: gaps }
      : { met, lastBackup: last, exposureMs: exposure, gapsOverRpo: gaps };
  return explained(value, [
    step({
      rule: "rpo",
      inputs: {
        at: formatInstant(at),
        lastBackup: last === undefined ? null : formatInstant(last),
        gaps: gaps.length,
      },
      output: met,
      citations: sla.disasterRecovery.rpo.citations,
      en:
        last === undefined
          ? "There is no backup before this moment: the recovery point objective is not met."
          : `The last backup was ${durationText(exposure as number, "en")} earlier${gaps.length > 0 ? `, and ${gaps.length} gap(s) between backups exceed the RPO` : ""}; the RPO of ${sla.disasterRecovery.rpo.value.hours} hours is ${met ? "met" : "not met"}.`,
      nl:
        last === undefined
          ? "Er is geen back-up vóór dit moment: de RPO wordt niet gehaald."
          : `De laatste back-up was ${durationText(exposure as number, "nl")} eerder; de RPO van ${sla.disasterRecovery.rpo.value.hours} uur wordt ${met ? "gehaald" : "niet gehaald"}.`,
    }),
  ]);
}

/** Status of a recovery against the RTO. */
export type RtoStatus = "met" | "missed" | "running" | "running-missed";

/** A disaster: when the incident happened and, once done, when the service was available again. */
export const Recovery = Schema.Struct({
  incidentAt: InstantSchema,
  restoredAt: Schema.optionalKey(InstantSchema),
}).check(
  Schema.makeFilter(
    (r) =>
      r.restoredAt !== undefined && r.restoredAt < r.incidentAt ? "restoredAt is before incidentAt" : true,
    {
      expected: "a recovery after the incident",
    },
  ),
);
/** A disaster and its recovery. */
export type Recovery = typeof Recovery.Type;

/**
 * Whether the recovery time objective was met at `at` (MDO-SLA §7.5, §2.27): the service is
 * available again within 24 hours of the incident (a target, "streeftijd"; elapsed hours,
 * 24 × 7). (Renamed from `rtoMet`.)
 *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 * import { mdoSla2025, recoveryTime } from "@zorgkit/sla-calculator";
 *
 * const recovery = { incidentAt: instant("2026-05-01T10:00:00+02:00"), restoredAt: instant("2026-05-02T09:00:00+02:00") };
 * recoveryTime(recovery, mdoSla2025, instant("2026-05-03T00:00:00+02:00")).value; // => "met"
 * ```
 */
export function recoveryTime(
  recovery: Recovery,
  rulebook: CompiledSla | SlaDefinition,
  at: Instant,
): Explained<RtoStatus> {
  const sla: SlaDefinition = definitionOf(rulebook);
  const { incidentAt, restoredAt } = recovery;
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
      citations: sla.disasterRecovery.rto.citations,
      en: `The service must be available again by ${formatInstant(due)} (RTO ${hours} hours): ${status}.`,
      nl: `De dienst moet uiterlijk ${formatInstant(due)} weer beschikbaar zijn (RTO ${hours} uur): ${status}.`,
    }),
  ]);
}

/** Result of {@link recoveryTestDue}. */
export interface RecoveryTestDue {
  /** The last day by which the next full recovery test is due (absent: no test yet, due now). */
  readonly dueBy?: LocalDate;
  readonly overdue: boolean;
}

/**
 * When the next full recovery test (with one or more customers involved) is due (MDO-SLA §7.6,
 * "1 x per jaar"): read as at most one year after the previous test (`rolling`, default), or as
 * once in every calendar year (`calendar-year`: due by 31 December of the year after the last
 * test's year, so that every calendar year has one). `on` is the day of the question.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { mdoSla2025, recoveryTestDue } from "@zorgkit/sla-calculator";
 *
 * recoveryTestDue({ lastTest: date("2026-05-12") }, mdoSla2025, date("2027-05-13")).value; // => { "dueBy": "2027-05-12", "overdue": true }
 * ```
 */
export function recoveryTestDue(
  history: { readonly lastTest?: LocalDate },
  rulebook: CompiledSla | SlaDefinition,
  on: LocalDate,
  options: { readonly reading?: "rolling" | "calendar-year" } = {},
): Explained<RecoveryTestDue> {
  const sla: SlaDefinition = definitionOf(rulebook);
  const { lastTest } = history;
  const every = sla.disasterRecovery.recoveryTestEvery.value;
  let dueBy: LocalDate | undefined;
  if (lastTest !== undefined) {
    if (options.reading === "calendar-year") {
      const next = addLength(lastTest, every);
      dueBy = `${next.slice(0, 4)}-12-31` as LocalDate;
    } else dueBy = addLength(lastTest, every);
  }
  const overdue = dueBy === undefined ? true : on > dueBy;
  return explained(dueBy === undefined ? { overdue } : { dueBy, overdue }, [
    step({
      rule: "recovery-test-due",
      inputs: { lastTest: lastTest ?? null, on },
      output: dueBy ?? null,
      citations: sla.disasterRecovery.recoveryTestEvery.citations,
      en:
        dueBy === undefined
          ? "No full recovery test is recorded: one is due now."
          : `The next full recovery test is due by ${dueBy}${overdue ? ", and is overdue" : ""}.`,
      nl:
        dueBy === undefined
          ? "Er is geen volledige hersteltest geregistreerd: die is nu nodig."
          : `De volgende volledige hersteltest moet uiterlijk ${dueBy} plaatsvinden${overdue ? " en is te laat" : ""}.`,
    }),
  ]);
}
