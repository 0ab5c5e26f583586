/**
 * Batch evaluation: `sweep` (what to delete now, what is in conflict, what cannot be evaluated)
 * and `schedule` (the deletion calendar of a date range), over an array of records or over
 * columns, so that a service can stream a table through them without building objects. Cost is
 * linear in the records; the policy is compiled once (and cached per policy object).
 *
 * @module
 */
import {
  type Explained,
  explained,
  fromEpochDay,
  type Instant,
  type LocalDate,
  localDateOf,
  type Step,
  step,
  toEpochDay,
} from "@zorgkit/core";
import type { EvaluateOptions, RetentionStatus } from "./evaluate.js";
import { eventDays } from "./evaluate.js";
import {
  assess,
  type ClassPlan,
  CONFLICT,
  HELD,
  INCOMPLETE,
  isDay,
  type KernelOut,
  kernelOut,
  MUST_DELETE,
  type PolicyPlan,
  planOf,
  STATUS_NAMES,
} from "./internal/kernel.js";
import { type Hold, holdIsOn, type RetentionRecord } from "./record.js";
import type { ClassRule, RetentionPolicy } from "./rulebook.js";

/** In an `Int32Array` event column: the event has not happened (`NaN` does the same in a float column). */
export const NO_DATE = -2147483648;

/**
 * Records as columns, one entry per record at the same index in every column (a table streamed
 * in chunks): ids, record classes (names, or codes into `names`), one column per event name with
 * the event's epoch day (days since 1970-01-01, Europe/Amsterdam date; core's `toEpochDay`) or
 * `NO_DATE`/`NaN` when it has not happened, and whether a hold is on.
 *
 * Nothing is defaulted: a class whose events do not all have a column is not evaluated (its
 * records are `incomplete` — a missing `sent` column must not read as "never sent"), and the
 * `held` column is required (pass zeros when no record is held). Without it every record is
 * `incomplete`, and so is a record whose `held` entry is missing (a shorter column, a `null`).
 */
export interface RetentionColumns {
  readonly id: ArrayLike<string>;
  readonly recordClass:
    | ArrayLike<string>
    | { readonly codes: ArrayLike<number>; readonly names: ReadonlyArray<string> };
  readonly events: { readonly [event: string]: ArrayLike<number> };
  /** Truthy when a hold is on for the record (required: zeros when none is held). */
  readonly held: ArrayLike<number | boolean>;
}

/** Records for the batch functions: an array of records, or columns. */
export type RetentionRecords = ReadonlyArray<RetentionRecord> | RetentionColumns;

/** The answer of {@link sweep}. */
export interface SweepResult {
  /** Ids of the records that must be deleted now. */
  readonly delete: ReadonlyArray<string>;
  /** Ids of the records whose minimum outlasts a maximum: kept, to be resolved. */
  readonly conflict: ReadonlyArray<string>;
  /** Ids of the records that cannot be evaluated (missing event, unagreed period, unknown class, bad date). */
  readonly incomplete: ReadonlyArray<string>;
  /** How many records have each status. */
  readonly counts: { readonly [S in RetentionStatus]: number };
}

function isColumns(r: RetentionRecords): r is RetentionColumns {
  return !Array.isArray(r);
}

type Visitor = (
  index: number,
  id: string,
  status: number,
  out: KernelOut,
  plan: ClassPlan | undefined,
) => void;

/** Walk records: compute the kernel answer for each on `today` (an epoch day). */
function walk(
  records: RetentionRecords,
  plan: PolicyPlan,
  today: number,
  visit: Visitor,
  ignoreHolds = false,
): void {
  const out = kernelOut();
  const scratch = new Float64Array(64);
  const todayDate = fromEpochDay(today);
  if (!isColumns(records)) {
    for (let i = 0; i < records.length; i++) {
      const r = records[i] as RetentionRecord;
      const cp = plan.classes.get(r.recordClass);
      const holds = r.holds;
      let held = false;
      if (holds !== undefined && !ignoreHolds)
        for (const h of holds)
          if (holdIsOn(h, todayDate)) {
            held = true;
            break;
          }
      // a hold beats everything, also an unknown class (as in evaluate)
      if (cp === undefined) {
        visit(i, r.id, held ? HELD : INCOMPLETE, out, undefined);
        continue;
      }
      eventDays(cp, r, scratch);
      assess(cp, scratch, today, held, out);
      visit(i, r.id, out.status, out, cp);
    }
    return;
  }
  const n = records.id.length;
  const rc = records.recordClass;
  const coded = "codes" in rc;
  const names: ReadonlyArray<string> = coded ? (rc as { names: ReadonlyArray<string> }).names : [];
  const codes: ArrayLike<number> | undefined = coded ? (rc as { codes: ArrayLike<number> }).codes : undefined;
  const nameColumn: ArrayLike<string> | undefined = coded ? undefined : (rc as ArrayLike<string>);
  const classByCode: Array<ClassPlan | undefined> = names.map((nm) => plan.classes.get(nm));
  // per class: the column of each event slot
  const columnsOf = new Map<ClassPlan, Array<ArrayLike<number> | undefined>>();
  const incompleteClass = new Set<ClassPlan>();
  for (const cp of plan.classList) {
    const cols = cp.events.map((e) => (Object.hasOwn(records.events, e) ? records.events[e] : undefined));
    if (cols.some((c) => c === undefined)) incompleteClass.add(cp);
    columnsOf.set(cp, cols);
  }
  const held = ignoreHolds ? undefined : records.held;
  // the held column is required even when holds are applied later (schedule)
  const noHeldColumn = (records.held as unknown) === undefined || (records.held as unknown) === null;
  const ids = records.id;
  for (let i = 0; i < n; i++) {
    const cp =
      codes !== undefined ? classByCode[codes[i] as number] : plan.classes.get(nameColumn?.[i] as string);
    if (cp === undefined) {
      visit(i, ids[i] as string, held?.[i] ? HELD : INCOMPLETE, out, undefined);
      continue;
    }
    const cols = columnsOf.get(cp) as Array<ArrayLike<number> | undefined>;
    // a held column shorter than the ids (or a null in it) is not "not held": nothing is defaulted
    const heldValue = noHeldColumn ? undefined : (records.held[i] as unknown);
    if (heldValue === undefined || heldValue === null || incompleteClass.has(cp)) {
      visit(i, ids[i] as string, !noHeldColumn && held?.[i] ? HELD : INCOMPLETE, out, cp);
      continue;
    }
    let bad = false;
    for (let s = 0; s < cols.length; s++) {
      const col = cols[s];
      const v = col === undefined ? Number.NaN : (col[i] as number);
      if (v === NO_DATE || Number.isNaN(v)) scratch[s] = Number.NaN;
      else if (isDay(v)) scratch[s] = v;
      else {
        bad = true;
        scratch[s] = Number.NaN;
      }
    }
    const h = held !== undefined && !!held[i];
    if (bad && !h) {
      visit(i, ids[i] as string, INCOMPLETE, out, cp);
      continue;
    }
    assess(cp, scratch, today, h, out);
    visit(i, ids[i] as string, out.status, out, cp);
  }
}

function emptyCounts(): { [S in RetentionStatus]: number } {
  return { held: 0, incomplete: 0, conflict: 0, "must-delete": 0, keep: 0, "may-delete": 0 };
}

function summary(
  policy: RetentionPolicy,
  counts: { [S in RetentionStatus]: number },
  byRule: ReadonlyArray<number>,
  on: LocalDate,
  what: string,
): Array<Step> {
  const steps: Array<Step> = [];
  byRule.forEach((count, i) => {
    if (count === 0) return;
    const r = policy.rules[i] as ClassRule;
    steps.push(
      step({
        rule: "retention-batch-rule",
        inputs: { rule: r.id, recordClass: r.recordClass },
        output: count,
        citations: r.citations,
        en: `${count} record(s) of class ${r.recordClass} ${what} under rule ${r.id}.`,
        nl: `${count} record(s) van klasse ${r.recordClass}: ${what === "must be deleted" ? "moeten worden verwijderd" : "worden verwijderd"} volgens regel ${r.id}.`,
      }),
    );
  });
  const parts = STATUS_NAMES.map((s) => `${s} ${counts[s]}`).join(", ");
  steps.push(
    step({
      rule: "retention-batch-counts",
      inputs: { on, policy: policy.id },
      output: { ...counts },
      citations: [],
      en: `On ${on}: ${parts}.`,
      nl: `Op ${on}: ${parts}.`,
    }),
  );
  return steps;
}

/**
 * Sweep records at an instant: the ids to delete now, the ids in conflict and the ids that cannot
 * be evaluated, with counts per status. Same answers as {@link evaluate} per record. Accepts an
 * array of records or {@link RetentionColumns}.
 *
 * @example
 * ```ts
 * import { date, instant } from "@zorgkit/core";
 * import { sweep, vjzRetention } from "@zorgkit/retention-policy";
 *
 * const records = [
 *   { id: "a", recordClass: "ip-log", events: { written: date("2026-01-01") } },
 *   { id: "b", recordClass: "ip-log", events: { written: date("2026-06-01") } },
 *   { id: "c", recordClass: "ip-log", events: { written: date("2026-01-01") }, holds: ["case-7"] },
 * ];
 * sweep(records, vjzRetention, instant("2026-07-02T08:00:00+02:00")).value.delete; // => ["a"]
 * ```
 */
export function sweep(
  records: RetentionRecords,
  policy: RetentionPolicy,
  at: Instant,
  options?: EvaluateOptions,
): Explained<SweepResult> {
  const plan = planOf(policy, options);
  const on = localDateOf(at);
  const today = toEpochDay(on);
  const del: Array<string> = [];
  const conflict: Array<string> = [];
  const incomplete: Array<string> = [];
  const counts = emptyCounts();
  const tally = new Array<number>(6).fill(0);
  const byRule = new Array<number>(policy.rules.length).fill(0);
  walk(records, plan, today, (_i, id, status, out) => {
    tally[status] = (tally[status] as number) + 1;
    if (status === MUST_DELETE) {
      del.push(id);
      byRule[out.deleteRule] = (byRule[out.deleteRule] as number) + 1;
    } else if (status === CONFLICT) conflict.push(id);
    else if (status === INCOMPLETE) incomplete.push(id);
  });
  STATUS_NAMES.forEach((s, i) => {
    counts[s] = tally[i] as number;
  });
  return explained(
    { delete: del, conflict, incomplete, counts },
    summary(policy, counts, byRule, on, "must be deleted"),
  );
}

/** The answer of {@link schedule}: the deletion calendar of a range. */
export interface DeletionSchedule {
  /** Days in the range on which deletions fall due, with the ids due that day (from 00:00). */
  readonly days: ReadonlyArray<{ readonly date: LocalDate; readonly ids: ReadonlyArray<string> }>;
  /** Already due on the first day of the range. */
  readonly overdue: ReadonlyArray<string>;
  /** In conflict on the first day and not due within the range (a conflict whose minimum ends in the range is scheduled on the day after). */
  readonly conflict: ReadonlyArray<string>;
  /** Not evaluable. */
  readonly incomplete: ReadonlyArray<string>;
  /** Due in the range but held throughout the rest of it. */
  readonly held: ReadonlyArray<string>;
}

/** A date range, both ends included. */
export interface ScheduleRange {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/**
 * The deletion calendar for a range of days: on which day each record's deletion falls due,
 * from the facts known on `range.from` (events dated later are not yet known). A dated hold
 * postpones a deletion to the day it is lifted; an undated hold (or `held` in columns) keeps the
 * record out of the calendar. Records due before the range are `overdue`. A range whose `to` is
 * before its `from` has no days: everything is empty.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { schedule, vjzRetention } from "@zorgkit/retention-policy";
 *
 * const records = [{ id: "call-1", recordClass: "phone-recording", events: { recorded: date("2026-01-31") } }];
 * schedule(records, vjzRetention, { from: date("2026-03-01"), to: date("2026-03-31") }).value.days; // => [{ "date": "2026-03-03", "ids": ["call-1"] }]
 * ```
 */
export function schedule(
  records: RetentionRecords,
  policy: RetentionPolicy,
  range: ScheduleRange,
  options?: EvaluateOptions,
): Explained<DeletionSchedule> {
  const plan = planOf(policy, options);
  const from = toEpochDay(range.from);
  const to = toEpochDay(range.to);
  // a range that ends before it starts has no days: nothing falls due in it (and nothing is "held")
  if (to < from)
    return explained(
      { days: [], overdue: [], conflict: [], incomplete: [], held: [] },
      summary(policy, emptyCounts(), [], range.from, `fall due between ${range.from} and ${range.to}`),
    );
  const buckets = new Map<number, Array<string>>();
  const overdue: Array<string> = [];
  const conflict: Array<string> = [];
  const incomplete: Array<string> = [];
  const held: Array<string> = [];
  const counts = emptyCounts();
  const byRule = new Array<number>(policy.rules.length).fill(0);
  const probe = kernelOut();
  const scratch = new Float64Array(64);
  const array = isColumns(records) ? undefined : records;
  const columnsHeld = isColumns(records) ? records.held : undefined;
  // Evaluate without holds first; holds are applied to the due day afterwards.
  walk(
    records,
    plan,
    from,
    (i, id, status, out, cp) => {
      if (status === INCOMPLETE) {
        incomplete.push(id);
        counts.incomplete++;
        return;
      }
      let due: number;
      const rule = out.deleteRule;
      if (status === MUST_DELETE) due = from;
      else {
        // The first day on which the record is must-delete, holds aside: the day after deleteBy,
        // or — when a minimum outlasts the maximum — the day after that minimum ends.
        const deleteBy = out.deleteBy;
        const keepUntil = out.keepUntil;
        if (Number.isNaN(deleteBy) || cp === undefined) return;
        if (array !== undefined) eventDays(cp, array[i] as RetentionRecord, scratch);
        else copyColumns(records as RetentionColumns, cp, i, scratch);
        // the facts known on `from`: later events are not anticipated
        for (let s = 0; s < cp.events.length; s++) if ((scratch[s] as number) > from) scratch[s] = Number.NaN;
        due = Math.max(deleteBy + 1, from + 1);
        if (
          due <= to &&
          assess(cp, scratch, due, false, probe).status === CONFLICT &&
          !Number.isNaN(keepUntil)
        )
          due = Math.max(keepUntil + 1, due);
        if (due > to || assess(cp, scratch, due, false, probe).status !== MUST_DELETE) {
          if (status === CONFLICT) {
            conflict.push(id);
            counts.conflict++;
          }
          return;
        }
      }
      // holds
      if (columnsHeld?.[i]) due = Number.POSITIVE_INFINITY;
      else if (array !== undefined) due = firstUnheldDay((array[i] as RetentionRecord).holds, due);
      if (due > to) {
        held.push(id);
        counts.held++;
      } else if (due === from && status === MUST_DELETE) {
        overdue.push(id);
        counts["must-delete"]++;
        byRule[rule] = (byRule[rule] as number) + 1;
      } else {
        let b = buckets.get(due);
        if (b === undefined) {
          b = [];
          buckets.set(due, b);
        }
        b.push(id);
        counts["must-delete"]++;
        byRule[rule] = (byRule[rule] as number) + 1;
      }
    },
    true,
  );
  const days = [...buckets.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([d, ids]) => ({ date: fromEpochDay(d), ids }));
  return explained(
    { days, overdue, conflict, incomplete, held },
    summary(policy, counts, byRule, range.from, `fall due between ${range.from} and ${range.to}`),
  );
}

function copyColumns(c: RetentionColumns, cp: ClassPlan, i: number, scratch: Float64Array): void {
  for (let s = 0; s < cp.events.length; s++) {
    const e = cp.events[s] as string;
    const col = Object.hasOwn(c.events, e) ? c.events[e] : undefined;
    const v = col === undefined ? Number.NaN : (col[i] as number);
    scratch[s] = v === NO_DATE || !isDay(v) ? Number.NaN : v;
  }
}

/** The first day on or after `day` on which none of the holds is on (Infinity if never). */
function firstUnheldDay(holds: ReadonlyArray<Hold> | undefined, day: number): number {
  if (holds === undefined || holds.length === 0) return day;
  let d = day;
  for (let changed = true; changed; ) {
    changed = false;
    for (const h of holds) {
      if (typeof h === "string") return Number.POSITIVE_INFINITY;
      const placed = toEpochDay(h.placedOn);
      const lifted = h.liftedOn === undefined ? Number.POSITIVE_INFINITY : toEpochDay(h.liftedOn);
      if (placed <= d && d < lifted) {
        d = lifted;
        changed = true;
        if (d === Number.POSITIVE_INFINITY) return d;
      }
    }
  }
  return d;
}
