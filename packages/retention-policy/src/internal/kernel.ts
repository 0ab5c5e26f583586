/**
 * The evaluation kernel shared by `evaluate`, `sweep` and `schedule`: a policy compiled per
 * record class into rule plans over epoch days, and one allocation-free function that combines
 * the rules for one record on one day. Period ends always come from core's `periodAfter` (the
 * library's one date rule), memoised per length.
 *
 * @module
 * @internal
 */
import { type DateLength, fromEpochDay, toEpochDay, tryPeriodAfter } from "@zorgkit/core";
import type { ClassRule, RetentionPolicy } from "../rulebook.js";

/** Status codes, in the order they win (a lower code wins). */
export const HELD = 0;
export const INCOMPLETE = 1;
export const CONFLICT = 2;
export const MUST_DELETE = 3;
export const KEEP = 4;
export const MAY_DELETE = 5;

export const STATUS_NAMES = ["held", "incomplete", "conflict", "must-delete", "keep", "may-delete"] as const;

const MIN_DAY = -719162; // 0001-01-01
const MAX_DAY = 2932896; // 9999-12-31

/** Rule plan kinds. */
export const K_MIN = 0;
export const K_MAX = 1;
export const K_WHILE = 2;
export const K_UNTIL_PROCESSED = 3;
export const K_IMMEDIATELY = 4;
export const K_NOT_STORED = 5;
export const K_UNAGREED = 6;

/** Period end (last day) of a fixed length after an event day, memoised; `NaN` if out of range. */
export type LastDay = (eventDay: number) => number;

const TABLE_BASE = -25567; // 1900-01-01
const TABLE_SIZE = 1 << 17; // ≈ 358 years
const TAG = 1 << 30;

const lastDayCache = new Map<string, LastDay>();
const MAX_TABLES = 64;
let tables = 0;

/** The last day of `periodAfter(event, length)` as an epoch day (core's rule), memoised. */
export function lastDayOf(length: DateLength): LastDay {
  const key = `${length.years ?? 0},${length.months ?? 0},${length.weeks ?? 0},${length.days ?? 0}`;
  const cached = lastDayCache.get(key);
  if (cached !== undefined) return cached;
  let table: Int32Array | undefined;
  // A period that would end after 9999-12-31 ends "never within the calendar": that last day.
  const safe = (e: number): number => {
    // counted from after the calendar's last day (an open minimum on 9999-12-31 counts from tomorrow)
    if (e > MAX_DAY) return MAX_DAY;
    const p = tryPeriodAfter(fromEpochDay(e), length);
    return p === undefined ? MAX_DAY : toEpochDay(p.lastDay);
  };
  const f: LastDay = (e) => {
    const i = e - TABLE_BASE;
    if (i >= 0 && i < TABLE_SIZE) {
      if (table === undefined) {
        // at most MAX_TABLES lengths get a table (512 kB each); others are computed each time
        if (tables >= MAX_TABLES) return safe(e);
        tables++;
        table = new Int32Array(TABLE_SIZE);
      }
      const v = table[i] as number;
      if (v !== 0) return v - TAG;
      const r = safe(e);
      table[i] = r + TAG;
      return r;
    }
    return safe(e);
  };
  lastDayCache.set(key, f);
  return f;
}

/** One rule of a class, compiled. Event fields are slots into the class's event list, or -1. */
export interface RulePlan {
  readonly ruleIndex: number;
  readonly rule: ClassRule;
  readonly kind: number;
  readonly event: number;
  readonly second: number; // unless (K_MAX), processed (K_UNTIL_PROCESSED)
  readonly end: LastDay | undefined;
}

/** A record class, compiled. */
export interface ClassPlan {
  readonly name: string;
  /** Event names; the first `required` are the required ones. */
  readonly events: ReadonlyArray<string>;
  readonly required: number;
  readonly rules: ReadonlyArray<RulePlan>;
}

/** A compiled policy. */
export interface PolicyPlan {
  readonly policy: RetentionPolicy;
  readonly classes: ReadonlyMap<string, ClassPlan>;
  readonly classList: ReadonlyArray<ClassPlan>;
  /** The rules the options switched off (by reading). */
  readonly skipped: ReadonlyArray<ClassRule>;
}

/** Options that change a reading of the rulebook. */
export interface ReadingOptions {
  /**
   * `false` drops the rules marked `statutory-period-as-maximum` (keep such records longer than the
   * statutory period, e.g. the NEN 7513 log beyond 5 years). Default `true`: the presets' reading.
   */
  readonly statutoryPeriodAsMaximum?: boolean;
}

const planCache = new WeakMap<RetentionPolicy, [PolicyPlan | undefined, PolicyPlan | undefined]>();

/** Compile a policy (cached per policy object and reading). */
export function planOf(policy: RetentionPolicy, options?: ReadingOptions): PolicyPlan {
  const keepLonger = options?.statutoryPeriodAsMaximum === false ? 1 : 0;
  let entry = planCache.get(policy);
  if (entry === undefined) {
    entry = [undefined, undefined];
    planCache.set(policy, entry);
  }
  const hit = entry[keepLonger];
  if (hit !== undefined) return hit;
  const classes = new Map<string, ClassPlan>();
  const skipped: Array<ClassRule> = [];
  const byClass = new Map<string, Array<RulePlan>>();
  const slotsOf = new Map<string, Map<string, number>>();
  for (const [name, c] of Object.entries(policy.classes)) {
    const events = [...c.requiredEvents, ...c.laterEvents];
    slotsOf.set(name, new Map(events.map((e, i) => [e, i])));
    byClass.set(name, []);
    classes.set(name, { name, events, required: c.requiredEvents.length, rules: byClass.get(name) ?? [] });
  }
  policy.rules.forEach((rule, ruleIndex) => {
    const slots = slotsOf.get(rule.recordClass);
    const list = byClass.get(rule.recordClass);
    if (slots === undefined || list === undefined) return; // not a valid policy; decoding rejects it
    if (keepLonger === 1 && rule.reading === "statutory-period-as-maximum") {
      skipped.push(rule);
      return;
    }
    const slot = (e: string | undefined) => (e === undefined ? -1 : (slots.get(e) ?? -2));
    const r = rule.rule;
    const base = { ruleIndex, rule };
    switch (r._tag) {
      case "AfterEvent":
        list.push({
          ...base,
          kind: r.bound === "min" ? K_MIN : K_MAX,
          event: slot(r.event),
          second: r.bound === "max" ? slot(r.unless) : -1,
          end: lastDayOf(r.duration),
        });
        break;
      case "WhileActive":
        list.push({
          ...base,
          kind: K_WHILE,
          event: slot(r.until),
          second: -1,
          end: r.grace === undefined ? undefined : lastDayOf(r.grace),
        });
        break;
      case "UntilProcessed":
        list.push({
          ...base,
          kind: K_UNTIL_PROCESSED,
          event: slot(r.received),
          second: slot(r.processed),
          end: lastDayOf(r.max),
        });
        break;
      case "Immediately":
        list.push({ ...base, kind: K_IMMEDIATELY, event: slot(r.event), second: -1, end: undefined });
        break;
      case "NotStored":
        list.push({ ...base, kind: K_NOT_STORED, event: -1, second: -1, end: undefined });
        break;
      case "ByAgreement":
        if (r.agreed === undefined)
          list.push({ ...base, kind: K_UNAGREED, event: -1, second: -1, end: undefined });
        else
          list.push({
            ...base,
            kind: r.agreed.bound === "min" ? K_MIN : K_MAX,
            event: slot(r.agreed.event),
            second: -1,
            end: lastDayOf(r.agreed.duration),
          });
        break;
    }
  });
  const plan: PolicyPlan = { policy, classes, classList: [...classes.values()], skipped };
  entry[keepLonger] = plan;
  return plan;
}

/** Rule outcome codes for a trace. */
export const T_KEEP_UNTIL = 0;
export const T_DELETE_BY = 1;
export const T_RUNNING = 2;
export const T_OPEN_MIN = 3;
export const T_NOT_STARTED = 4;
export const T_UNLESS = 5;
export const T_UNAGREED = 6;

/** The combined answer for one record on one day; reused between calls (no allocation). */
export interface KernelOut {
  status: number;
  keepUntil: number; // NaN: none
  deleteBy: number; // NaN: none
  keepRule: number; // rule index, -1
  deleteRule: number;
  /** A purpose still runs, or a minimum waits for its event. */
  running: boolean;
  /** Lower bound of a minimum whose event has not happened yet (NaN: none). */
  openMinLower: number;
  missingRequired: number; // slot of the first missing required event, -1
  unagreed: number; // rule index of the first unagreed rule, -1
}

/** A fresh output slot. */
export function kernelOut(): KernelOut {
  return {
    status: MAY_DELETE,
    keepUntil: Number.NaN,
    deleteBy: Number.NaN,
    keepRule: -1,
    deleteRule: -1,
    running: false,
    openMinLower: Number.NaN,
    missingRequired: -1,
    unagreed: -1,
  };
}

/** Whether an epoch day value is a valid calendar day. */
export function isDay(v: number): boolean {
  return Number.isSafeInteger(v) && v >= MIN_DAY && v <= MAX_DAY;
}

/**
 * Combine the rules of a class for one record on day `today` (epoch day). `days[slot]` is the
 * event's epoch day, or NaN when the event has not happened; events after `today` count as not
 * happened. Writes into `out`. With `trace`, pushes `[ruleIndex, outcome, day]` per rule.
 */
export function assess(
  plan: ClassPlan,
  days: ArrayLike<number>,
  today: number,
  held: boolean,
  out: KernelOut,
  trace?: Array<readonly [number, number, number]>,
): KernelOut {
  let keepUntil = Number.NaN;
  let deleteBy = Number.NaN;
  let keepRule = -1;
  let deleteRule = -1;
  let running = false;
  let openMinLower = Number.NaN;
  let missing = -1;
  let unagreed = -1;
  for (let s = 0; s < plan.required; s++) {
    const d = days[s] as number;
    if (!(d <= today)) {
      missing = s;
      break;
    }
  }
  const rules = plan.rules;
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i] as RulePlan;
    const e = r.event >= 0 ? (days[r.event] as number) : Number.NaN;
    const happened = e <= today; // false for NaN
    switch (r.kind) {
      case K_MIN:
        if (happened) {
          const end = (r.end as LastDay)(e);
          if (!(end <= keepUntil)) {
            keepUntil = end;
            keepRule = r.ruleIndex;
          }
          trace?.push([r.ruleIndex, T_KEEP_UNTIL, end]);
        } else {
          running = true;
          const lower = (r.end as LastDay)(today + 1);
          if (!(lower <= openMinLower)) openMinLower = lower;
          trace?.push([r.ruleIndex, T_OPEN_MIN, lower]);
        }
        break;
      case K_MAX: {
        // The exception ("bij niet opsturen": unless sent) counts only when it happened within
        // the period: a form unsent through its last day had to be gone, and sending it later
        // does not revive it (VJZ §2 table row 3; evaluate stays monotone in now).
        const u = r.second >= 0 ? (days[r.second] as number) : Number.NaN;
        if (u <= today && !(happened && u > (r.end as LastDay)(e))) {
          trace?.push([r.ruleIndex, T_UNLESS, u]);
          break;
        }
        if (happened) {
          const end = (r.end as LastDay)(e);
          if (!(end >= deleteBy)) {
            deleteBy = end;
            deleteRule = r.ruleIndex;
          }
          trace?.push([r.ruleIndex, T_DELETE_BY, end]);
        } else trace?.push([r.ruleIndex, T_NOT_STARTED, Number.NaN]);
        break;
      }
      case K_WHILE:
        if (happened) {
          const end = r.end === undefined ? e : r.end(e);
          if (!(end >= deleteBy)) {
            deleteBy = end;
            deleteRule = r.ruleIndex;
          }
          trace?.push([r.ruleIndex, T_DELETE_BY, end]);
        } else {
          running = true;
          trace?.push([r.ruleIndex, T_RUNNING, Number.NaN]);
        }
        break;
      case K_UNTIL_PROCESSED: {
        const p = days[r.second] as number;
        if (!happened) {
          trace?.push([r.ruleIndex, T_NOT_STARTED, Number.NaN]);
          break;
        }
        let end = (r.end as LastDay)(e);
        if (p <= today && p < end) end = p;
        else if (!(p <= today)) running = true;
        if (!(end >= deleteBy)) {
          deleteBy = end;
          deleteRule = r.ruleIndex;
        }
        trace?.push([r.ruleIndex, p <= today ? T_DELETE_BY : T_RUNNING, end]);
        break;
      }
      case K_IMMEDIATELY:
        if (happened) {
          if (!(e >= deleteBy)) {
            deleteBy = e;
            deleteRule = r.ruleIndex;
          }
          trace?.push([r.ruleIndex, T_DELETE_BY, e]);
        } else {
          running = true;
          trace?.push([r.ruleIndex, T_RUNNING, Number.NaN]);
        }
        break;
      case K_NOT_STORED: {
        // Never stored: the record may not exist on any day, from its first event on.
        let first = Number.NaN;
        for (let s = 0; s < plan.events.length; s++) {
          const d = days[s] as number;
          if (d <= today && !(d >= first)) first = d;
        }
        const end = (Number.isNaN(first) ? today : first) - 1;
        if (!(end >= deleteBy)) {
          deleteBy = end;
          deleteRule = r.ruleIndex;
        }
        trace?.push([r.ruleIndex, T_DELETE_BY, end]);
        break;
      }
      case K_UNAGREED:
        if (unagreed < 0) unagreed = r.ruleIndex;
        trace?.push([r.ruleIndex, T_UNAGREED, Number.NaN]);
        break;
    }
  }
  let status: number;
  if (held) status = HELD;
  else if (missing >= 0 || unagreed >= 0 || rules.length === 0) status = INCOMPLETE;
  // a minimum that outlasts a maximum, while the minimum still runs
  else if (
    !Number.isNaN(deleteBy) &&
    ((keepUntil > deleteBy && today <= keepUntil) || openMinLower > deleteBy)
  )
    status = CONFLICT;
  else if (today > deleteBy) status = MUST_DELETE;
  else if (today <= keepUntil || running) status = KEEP;
  else status = MAY_DELETE;
  out.status = status;
  out.keepUntil = keepUntil;
  out.deleteBy = deleteBy;
  out.keepRule = keepRule;
  out.deleteRule = deleteRule;
  out.running = running;
  out.openMinLower = openMinLower;
  out.missingRequired = missing;
  out.unagreed = unagreed;
  return out;
}
