/**
 * Evaluating one record against a retention policy on a day: keep, may delete, must delete,
 * held, conflict or incomplete — with the last day it must be kept (`keepUntil`), the last day it
 * may exist (`deleteBy`), the instant deletion becomes due, and the steps that decided it.
 *
 * Principles, in order (compare Microsoft Purview's principles of retention): a hold beats
 * everything; a missing fact or an unagreed period is reported, never defaulted; keeping beats
 * deleting (a minimum that outlasts a maximum is a conflict: keep, report, cite both); the longest
 * minimum wins; the shortest maximum wins. A purpose that is still running (a question being
 * handled) keeps a record, but never beyond a maximum.
 *
 * @module
 */
import {
  allowed,
  type Explained,
  explained,
  formatCitation,
  formatLength,
  fromEpochDay,
  type Instant,
  type LocalDate,
  localDateOf,
  refused,
  type Step,
  step,
  toEpochDay,
  tryFromEpochDay,
  undetermined,
  type Verdict,
  zonedInstant,
} from "@zorgkit/core";
import {
  assess,
  type ClassPlan,
  CONFLICT,
  HELD,
  INCOMPLETE,
  KEEP,
  kernelOut,
  MUST_DELETE,
  planOf,
  type ReadingOptions,
  STATUS_NAMES,
  T_DELETE_BY,
  T_KEEP_UNTIL,
  T_NOT_STARTED,
  T_OPEN_MIN,
  T_RUNNING,
  T_UNAGREED,
  T_UNLESS,
} from "./internal/kernel.js";
import { holdId, holdIsOn, type RetentionRecord } from "./record.js";
import type { ClassRule, RetentionPolicy, RetentionRule } from "./rulebook.js";

/** What a record's retention requires now. */
export type RetentionStatus = (typeof STATUS_NAMES)[number];

/** The answer of {@link evaluate}. Dates are Europe/Amsterdam calendar days. */
export interface RetentionEvaluation {
  readonly status: RetentionStatus;
  /** The last day the record must still exist (the latest minimum). */
  readonly keepUntil?: LocalDate;
  /** The last day the record may still exist (the earliest maximum or end of purpose). */
  readonly deleteBy?: LocalDate;
  /** When deletion becomes due: 00:00 Europe/Amsterdam the day after `deleteBy`. */
  readonly deleteFrom?: Instant;
  /** The rule that set `keepUntil` and the one that set `deleteBy`. */
  readonly keepRule?: string;
  readonly deleteRule?: string;
  /** The holds that are on. */
  readonly holds: ReadonlyArray<string>;
  /** Rules whose purpose still runs, or whose minimum waits for its event. */
  readonly running: ReadonlyArray<string>;
  /** What is missing when `incomplete`: `event:received`, `agreement:<rule id>`, `rules:<class>`. */
  readonly missing: ReadonlyArray<string>;
}

/** Options of {@link evaluate}, `sweep` and `schedule`. */
export type EvaluateOptions = ReadingOptions;

/** A day for a sentence: total, also for a bound before the calendar's first day. */
const dayText = (d: number): string =>
  tryFromEpochDay(d) ?? (d < 0 ? "before 0001-01-01" : "after 9999-12-31");
const FIRST_INSTANT_DAY = 1; // 1970-01-02: 00:00 Amsterdam on 1 Jan 1970 is an instant in 1969
const LAST_DAY = 2932896; // 9999-12-31

/** A sentence for a rule, in English and Dutch, with its figures from the rulebook. */
export function describeRule(rule: RetentionRule): { en: string; nl: string } {
  switch (rule._tag) {
    case "AfterEvent": {
      const en = `${rule.bound === "max" ? "at most" : "at least"} ${formatLength(rule.duration)} after ${rule.event}`;
      const nl = `${rule.bound === "max" ? "maximaal" : "ten minste"} ${formatLength(rule.duration, "nl")} na ${rule.event}`;
      return rule.unless === undefined
        ? { en, nl }
        : { en: `${en}, unless ${rule.unless}`, nl: `${nl}, tenzij ${rule.unless}` };
    }
    case "WhileActive":
      return rule.grace === undefined
        ? { en: `while active, until ${rule.until}`, nl: `zolang actief, tot ${rule.until}` }
        : {
            en: `while active, until ${formatLength(rule.grace)} after ${rule.until}`,
            nl: `zolang actief, tot ${formatLength(rule.grace, "nl")} na ${rule.until}`,
          };
    case "UntilProcessed":
      return {
        en: `until ${rule.processed}, at most ${formatLength(rule.max)} after ${rule.received}`,
        nl: `tot ${rule.processed}, maximaal ${formatLength(rule.max, "nl")} na ${rule.received}`,
      };
    case "Immediately":
      return { en: `destroyed right after ${rule.event}`, nl: `direct na ${rule.event} vernietigd` };
    case "NotStored":
      return { en: "not stored", nl: "niet bewaard" };
    case "ByAgreement":
      return rule.agreed === undefined
        ? {
            en: "a period by agreement, not yet agreed",
            nl: "een termijn in onderling overleg, nog niet afgesproken",
          }
        : {
            en: `as agreed: ${rule.agreed.bound === "max" ? "at most" : "at least"} ${formatLength(rule.agreed.duration)} after ${rule.agreed.event}`,
            nl: `zoals afgesproken: ${rule.agreed.bound === "max" ? "maximaal" : "ten minste"} ${formatLength(rule.agreed.duration, "nl")} na ${rule.agreed.event}`,
          };
  }
}

function ruleStep(rule: ClassRule, outcome: number, day: number): Step {
  const d = describeRule(rule.rule);
  const on = Number.isNaN(day) ? undefined : dayText(day);
  const [en, nl, output]: [string, string, string | undefined] = (() => {
    switch (outcome) {
      case T_KEEP_UNTIL:
        return [`must be kept through ${on}`, `moet bewaard blijven t/m ${on}`, on];
      case T_DELETE_BY:
        return [`may exist through ${on} at the latest`, `mag uiterlijk t/m ${on} bestaan`, on];
      case T_RUNNING:
        return on === undefined
          ? ["its purpose still runs: keep it", "het doel loopt nog: bewaren", undefined]
          : [
              `its purpose still runs: keep it, through ${on} at the latest`,
              `het doel loopt nog: bewaren, uiterlijk t/m ${on}`,
              on,
            ];
      case T_OPEN_MIN:
        return [
          `the minimum has not started (its event has not happened): keep it, at least through ${on}`,
          `de minimumtermijn is nog niet begonnen: bewaren, ten minste t/m ${on}`,
          undefined,
        ];
      case T_NOT_STARTED:
        return [
          "its event has not happened: no bound yet",
          "de gebeurtenis heeft nog niet plaatsgevonden: nog geen termijn",
          undefined,
        ];
      case T_UNLESS:
        return [
          `does not apply: the exception happened on ${on}`,
          `geldt niet: de uitzondering vond plaats op ${on}`,
          undefined,
        ];
      default:
        return [
          "no period has been agreed: the record cannot be evaluated",
          "er is geen termijn afgesproken: niet te beoordelen",
          undefined,
        ];
    }
  })();
  return step({
    rule: `retention-${rule.rule._tag === "AfterEvent" ? `after-event-${rule.rule.bound}` : kebab(rule.rule._tag)}`,
    inputs: { rule: rule.id, recordClass: rule.recordClass },
    ...(output === undefined ? {} : { output }),
    citations: rule.citations,
    en: `Rule ${rule.id} (${d.en}): ${en}.`,
    nl: `Regel ${rule.id} (${d.nl}): ${nl}.`,
  });
}

function kebab(tag: string): string {
  return tag.replace(/[A-Z]/g, (c, i: number) => (i === 0 ? c.toLowerCase() : `-${c.toLowerCase()}`));
}

/** @internal Fill `days` with the record's event days (NaN when absent). */
export function eventDays(plan: ClassPlan, record: RetentionRecord, days: Float64Array): void {
  for (let s = 0; s < plan.events.length; s++) {
    const name = plan.events[s] as string;
    const d = Object.hasOwn(record.events, name) ? record.events[name] : undefined;
    days[s] = d === undefined ? Number.NaN : toEpochDay(d);
  }
}

const unknownClassStep = (record: RetentionRecord, policy: RetentionPolicy): Step =>
  step({
    rule: "retention-unknown-class",
    inputs: { recordClass: record.recordClass, policy: policy.id },
    citations: [],
    en: `Policy ${policy.id} has no record class ${record.recordClass}: the record cannot be evaluated.`,
    nl: `Beleid ${policy.id} kent de klasse ${record.recordClass} niet: niet te beoordelen.`,
  });

/**
 * Evaluate one record against a policy at an instant. Total: `deleteFrom` is omitted when the
 * instant would fall before 1970 (core refuses earlier Amsterdam instants) or after 9999. The day that counts is the Europe/Amsterdam
 * date of `at`; events dated after it are treated as not yet happened. Status, first match wins:
 * `held` (a hold is on) > `incomplete` (a required event, an agreed period or any rule for the
 * class is missing) > `conflict` (a minimum that ends after a maximum still runs: keep, report,
 * both rules cited)
 * > `must-delete` (past `deleteBy`; from 00:00 the next day) > `keep` (within a minimum, or a
 * purpose still runs) > `may-delete`.
 *
 * @example
 * ```ts
 * import { date, instant } from "@zorgkit/core";
 * import { evaluate, vjzRetention } from "@zorgkit/retention-policy";
 *
 * const ipLog = { id: "ip-1", recordClass: "ip-log", events: { written: date("2026-08-31") } };
 * evaluate(ipLog, vjzRetention, instant("2027-02-28T23:59:00+01:00")).value.status; // => "may-delete"
 * evaluate(ipLog, vjzRetention, instant("2027-03-01T00:00:00+01:00")).value.deleteBy; // => "2027-02-28"
 * evaluate(ipLog, vjzRetention, instant("2027-03-01T00:00:00+01:00")).value.status; // => "must-delete"
 * ```
 */
export function evaluate(
  record: RetentionRecord,
  policy: RetentionPolicy,
  at: Instant,
  options?: EvaluateOptions,
): Explained<RetentionEvaluation> {
  const todayDate = localDateOf(at);
  const today = toEpochDay(todayDate);
  const policyPlan = planOf(policy, options);
  const plan = policyPlan.classes.get(record.recordClass);
  const holdsOn = (record.holds ?? []).filter((h) => holdIsOn(h, todayDate)).map(holdId);
  if (plan === undefined) {
    return explained(
      {
        status: holdsOn.length > 0 ? "held" : "incomplete",
        holds: holdsOn,
        running: [],
        missing: [`class:${record.recordClass}`],
      },
      [unknownClassStep(record, policy)],
    );
  }
  const days = new Float64Array(plan.events.length);
  eventDays(plan, record, days);
  const trace: Array<readonly [number, number, number]> = [];
  const out = assess(plan, days, today, holdsOn.length > 0, kernelOut(), trace);
  const rules = policy.rules;
  const because: Array<Step> = [];
  for (const r of policyPlan.skipped)
    if (r.recordClass === record.recordClass)
      because.push(
        step({
          rule: "retention-reading-off",
          inputs: { rule: r.id, reading: r.reading ?? "" },
          citations: r.citations,
          en: `Rule ${r.id} (${describeRule(r.rule).en}) is not applied: the option keeps such records longer than the statutory period.`,
          nl: `Regel ${r.id} (${describeRule(r.rule).nl}) wordt niet toegepast: de optie bewaart zulke gegevens langer dan de wettelijke termijn.`,
        }),
      );
  for (const [ruleIndex, outcome, day] of trace)
    because.push(ruleStep(rules[ruleIndex] as ClassRule, outcome, day));
  const runningRules = trace
    .filter(([, o]) => o === T_RUNNING || o === T_OPEN_MIN)
    .map(([i]) => rules[i] as ClassRule);
  const running = runningRules.map((r) => r.id);
  const missing: Array<string> = [];
  if (out.missingRequired >= 0) {
    for (let s = 0; s < plan.required; s++)
      if (!((days[s] as number) <= today)) missing.push(`event:${plan.events[s]}`);
  }
  for (const [i, o] of trace) if (o === T_UNAGREED) missing.push(`agreement:${(rules[i] as ClassRule).id}`);
  if (plan.rules.length === 0) missing.push(`rules:${record.recordClass}`);
  const status = STATUS_NAMES[out.status] as RetentionStatus;
  const keepUntil = Number.isNaN(out.keepUntil) ? undefined : tryFromEpochDay(out.keepUntil);
  // a "not stored" class on 0001-01-01 has its last day before the calendar: reported without it
  const deleteBy = Number.isNaN(out.deleteBy) ? undefined : tryFromEpochDay(out.deleteBy);
  const keepRule = out.keepRule >= 0 ? (rules[out.keepRule] as ClassRule) : undefined;
  const deleteRule = out.deleteRule >= 0 ? (rules[out.deleteRule] as ClassRule) : undefined;
  because.push(
    statusStep(out.status, {
      holdsOn,
      missing,
      keepUntil,
      deleteBy,
      keepRule,
      deleteRule,
      runningRules,
      today: todayDate,
    }),
  );
  const value: RetentionEvaluation = {
    status,
    ...(keepUntil === undefined ? {} : { keepUntil }),
    ...(deleteBy === undefined ? {} : { deleteBy }),
    // the instant exists from 1970 (core refuses earlier Amsterdam instants) until 9999-12-31
    ...(deleteBy === undefined || out.deleteBy + 1 < FIRST_INSTANT_DAY || out.deleteBy + 1 > LAST_DAY
      ? {}
      : { deleteFrom: zonedInstant(fromEpochDay(out.deleteBy + 1), 0) }),
    ...(keepRule === undefined ? {} : { keepRule: keepRule.id }),
    ...(deleteRule === undefined ? {} : { deleteRule: deleteRule.id }),
    holds: holdsOn,
    running,
    missing,
  };
  return explained(value, because);
}

function statusStep(
  status: number,
  c: {
    holdsOn: ReadonlyArray<string>;
    missing: ReadonlyArray<string>;
    keepUntil: LocalDate | undefined;
    deleteBy: LocalDate | undefined;
    keepRule: ClassRule | undefined;
    deleteRule: ClassRule | undefined;
    /** The rules whose purpose still runs (they keep the record without a last day yet). */
    runningRules: ReadonlyArray<ClassRule>;
    today: LocalDate;
  },
): Step {
  const cites = [...(c.keepRule?.citations ?? []), ...(c.deleteRule?.citations ?? [])];
  const s = (en: string, nl: string, citations = cites) =>
    step({
      rule: "retention-status",
      inputs: { on: c.today },
      output: STATUS_NAMES[status] as string,
      citations,
      en,
      nl,
    });
  switch (status) {
    case HELD:
      return s(
        `A hold is on (${c.holdsOn.length}): nothing may be deleted, whatever the rules say.`,
        `Er geldt een bewaarplicht wegens blokkade (${c.holdsOn.length}): niets mag worden verwijderd.`,
        [],
      );
    case INCOMPLETE:
      return s(
        `Cannot be evaluated: missing ${c.missing.join(", ")}. Nothing is deleted by default.`,
        `Niet te beoordelen: ontbreekt ${c.missing.join(", ")}. Er wordt niets standaard verwijderd.`,
        [],
      );
    case CONFLICT:
      return s(
        `Conflict: rule ${c.keepRule?.id ?? "(a minimum still waiting for its event)"} requires keeping it${c.keepUntil === undefined ? "" : ` through ${c.keepUntil}`}, rule ${c.deleteRule?.id} requires it gone after ${c.deleteBy}. Keep it and resolve the conflict.`,
        `Conflict: regel ${c.keepRule?.id ?? "(een minimumtermijn die nog moet beginnen)"} eist bewaren${c.keepUntil === undefined ? "" : ` t/m ${c.keepUntil}`}, regel ${c.deleteRule?.id} eist verwijderen na ${c.deleteBy}. Bewaren en het conflict oplossen.`,
      );
    case MUST_DELETE:
      return s(
        `Must be deleted: the last day it could exist was ${c.deleteBy} (rule ${c.deleteRule?.id}).`,
        `Moet worden verwijderd: de laatste dag was ${c.deleteBy} (regel ${c.deleteRule?.id}).`,
      );
    case KEEP: {
      const required = c.keepUntil !== undefined && c.today <= c.keepUntil;
      // kept because a purpose still runs: the clauses of those rules are what keeps it
      const runs = c.runningRules.length === 0 ? "" : ` (rule ${c.runningRules.map((r) => r.id).join(", ")})`;
      const runsNl = runs === "" ? "" : ` (regel ${c.runningRules.map((r) => r.id).join(", ")})`;
      return s(
        required
          ? `Keep: required through ${c.keepUntil} (rule ${c.keepRule?.id}).`
          : `Keep: its purpose still runs${runs}.`,
        required
          ? `Bewaren: verplicht t/m ${c.keepUntil} (regel ${c.keepRule?.id}).`
          : `Bewaren: het doel loopt nog${runsNl}.`,
        required ? cites : [...new Set([...cites, ...c.runningRules.flatMap((r) => r.citations)])],
      );
    }
    default:
      return s(
        c.deleteBy === undefined
          ? "May be deleted: nothing requires keeping it."
          : `May be deleted: nothing requires keeping it; it must be gone after ${c.deleteBy}.`,
        c.deleteBy === undefined
          ? "Mag worden verwijderd: niets vereist bewaren."
          : `Mag worden verwijderd: niets vereist bewaren; uiterlijk na ${c.deleteBy} verwijderd.`,
      );
  }
}

/** @internal Render a rule's citations (used in the batch summaries). */
export function citationText(rule: ClassRule): string {
  return rule.citations.map((c) => formatCitation(c)).join("; ");
}

/**
 * "May this record be deleted now?" as core's `Verdict` (ADR 0006 §3): `allowed` when it is
 * `must-delete` or `may-delete`, `refused` when it is `keep`, `held` or in `conflict`,
 * `undetermined` when `incomplete`. `reasons` is the status step; `details` the full evaluation.
 *
 * @example
 * ```ts
 * import { date, instant } from "@zorgkit/core";
 * import { mayDelete, vjzRetention } from "@zorgkit/retention-policy";
 *
 * const form = { id: "c1", recordClass: "contact-form", events: { received: date("2026-03-02") } };
 * mayDelete(form, vjzRetention, instant("2026-03-05T12:00:00+01:00")).value; // => "refused"
 * mayDelete({ ...form, events: { ...form.events, answered: date("2026-03-04") } }, vjzRetention, instant("2026-03-05T12:00:00+01:00")).value; // => "allowed"
 * ```
 */
export function mayDelete(
  record: RetentionRecord,
  policy: RetentionPolicy,
  at: Instant,
  options?: EvaluateOptions,
): Verdict<RetentionEvaluation> {
  const r = evaluate(record, policy, at, options);
  const parts = { reasons: r.because.slice(-1), because: r.because, details: r.value };
  switch (r.value.status) {
    case "must-delete":
    case "may-delete":
      return allowed(parts);
    case "incomplete":
      return undetermined(parts);
    default:
      return refused(parts);
  }
}
