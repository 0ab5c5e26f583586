/**
 * Response and resolution deadlines (reactietijd / oplostijd), MDO-SLA §9.3 on the clocks of §4.1
 * (office hours) and §4.2 (standby), and their assessment: met, breached or running.
 *
 * Two kinds of target:
 * - hour targets ("1 uur", "4 uur", "24 uur") are open time on a clock: P1 on office hours ∪
 *   standby (`p1Support`), P2 on office hours — or every minute with the `24x7` option;
 * - working-day targets ("N Werkdagen") end at the close of office hours on the N-th working day
 *   after the day the clock starts. When the report arrives outside office hours the clock starts
 *   at the next opening and that day is day 0 (reported Friday 16:00 → day 0 is Monday).
 *
 * @module
 */
import {
  addDays,
  addWorkingDays,
  addWorkingTime,
  type CompiledCalendar,
  cite,
  type Explained,
  explained,
  formatInstant,
  holidayOn,
  type Instant,
  isOpen,
  isoWeekday,
  isWorkingDay,
  type LocalDate,
  localDateOf,
  nextOpening,
  offsetAt,
  type Step,
  step,
  weekdayKeys,
  workingTimeBetween,
  zonedInstant,
} from "@zorgkit/core";
import type { CompiledSla } from "./compile.js";
import { type Incident, type MeasuredItem, measuredItems } from "./incident.js";
import type { Priority } from "./priority.js";
import { type ClockName, citationsOf, type TimeTarget } from "./sla.js";

const MS_PER_HOUR = 3_600_000;

/** Which of a priority's two targets. */
export type TargetName = "response" | "resolution";

/**
 * The close of the calendar on a date: the end of its last opening interval that day. Computed
 * from core's working time (all open time of the day elapsed after local midnight).
 *
 * @example
 * ```ts
 * closeOfDay(sla.clocks.officeHours, date("2026-11-27")); // Friday 27 Nov 2026 15:30
 * ```
 */
export function closeOfDay(cal: CompiledCalendar, d: LocalDate): Instant {
  const tz = cal.calendar.timeZone;
  const dayStart = zonedInstant(d, 0, tz);
  const open = workingTimeBetween(cal, dayStart, zonedInstant(addDays(d, 1), 0, tz));
  return addWorkingTime(cal, dayStart, open);
}

/** How a working-day deadline was found. */
export interface WorkingDayDeadline {
  /** When the clock starts: the receipt, or the next opening when received outside office hours. */
  readonly clockStart: Instant;
  /** Day 0: the local date of the clock start. */
  readonly dayZero: LocalDate;
  /** The N-th working day after day 0. */
  readonly dueDay: LocalDate;
  /** The close of office hours on the due day. */
  readonly due: Instant;
}

/**
 * "N Werkdagen" (MDO-SLA §9.3, §2.35): the close of office hours on the N-th working day after
 * the day the clock starts; a report outside office hours starts the clock at the next opening
 * (this library's reading).
 *
 * @example
 * ```ts
 * workingDayDeadline(sla.clocks.officeHours, instant("2026-11-24T10:00:00+01:00"), 1).due; // Wed 25 Nov 17:00
 * ```
 */
export function workingDayDeadline(
  office: CompiledCalendar,
  start: Instant,
  days: number,
): WorkingDayDeadline {
  const clockStart = isOpen(office, start) ? start : nextOpening(office, start);
  const dayZero = localDateOf(clockStart, office.calendar.timeZone);
  const dueDay = addWorkingDays(office, dayZero, days);
  return { clockStart, dayZero, dueDay, due: closeOfDay(office, dueDay) };
}

const MS_PER_DAY = 86_400_000;

/**
 * The due instant of "N Werkdagen" from `start` on the SLA's office hours — the fast path of
 * {@link workingDayDeadline}: the answer depends only on the local day the clock starts, so it is
 * looked up in the compiled SLA's memo after two binary searches.
 *
 * @example
 * ```ts
 * workingDayDue(sla, instant("2026-11-27T16:00:00+01:00"), 1); // Tue 1 Dec 2026 17:00
 * ```
 */
export function workingDayDue(sla: CompiledSla, start: Instant, days: number): Instant {
  const office = sla.clocks.officeHours;
  const clockStart = isOpen(office, start) ? start : nextOpening(office, start);
  if (!Number.isSafeInteger(days) || days < 0 || days >= 4096)
    return workingDayDeadline(office, start, days).due;
  const day = Math.floor((clockStart + offsetAt(clockStart, office.calendar.timeZone)) / MS_PER_DAY);
  const key = day * 4096 + days;
  let due = sla.workingDayDueMemo.get(key);
  if (due === undefined) {
    due = workingDayDeadline(office, clockStart, days).due;
    sla.workingDayDueMemo.set(key, due);
  }
  return due;
}

/** The clock a target runs on (working-day targets count office time). *
 * @example
 * ```ts
 * clockOf(sla, mdoSla2025.targets.P1.response); // "p1Support" ("24x7" with { hourClock: "24x7" })
 * ```
 */
export function clockOf(sla: CompiledSla, target: TimeTarget): ClockName {
  if (target.kind !== "working-time") return "officeHours";
  return sla.hourClock === "24x7" ? "24x7" : target.clock;
}

/**
 * The deadline of one target for a clock started at `start`, without explanation (the fast
 * path): `null` for a target "by agreement".
 *
 * @example
 * ```ts
 * dueAt(sla, "P1", "resolution", instant("2026-03-06T17:00:00+01:00")); // Wed 11 March 2026 08:00
 * ```
 */
export function dueAt(
  sla: CompiledSla,
  priority: Priority,
  target: TargetName,
  start: Instant,
): Instant | null {
  const t = sla.definition.targets[priority][target];
  switch (t.kind) {
    case "working-time":
      return addWorkingTime(sla.clocks[clockOf(sla, t)], start, t.hours * MS_PER_HOUR);
    case "working-days":
      return workingDayDue(sla, start, t.days);
    case "by-agreement":
      return null;
  }
}

/**
 * Working time (ms) on a target's clock between two instants — how much of the target has been
 * used (negative when `to` is before `from`).
 *
 * @example
 * ```ts
 * elapsedWorkingTime(sla, "P2", "response", receivedAt, respondedAt); // 5_400_000
 * ```
 */
export function elapsedWorkingTime(
  sla: CompiledSla,
  priority: Priority,
  target: TargetName,
  from: Instant,
  to: Instant,
): number {
  return workingTimeBetween(sla.clocks[clockOf(sla, sla.definition.targets[priority][target])], from, to);
}

/** Input of {@link deadlines}: what is needed to compute them. */
export interface DeadlineInput {
  readonly receivedAt: Instant;
  readonly priority: Priority;
  readonly confidentialityDeviation?: boolean;
  readonly agreedResolutionDueAt?: Instant;
}

/** A deadline with the clock it was computed on; `due: null` when the target is by agreement and none was agreed. */
export interface Deadline {
  readonly due: Instant | null;
  readonly clock: ClockName;
  readonly target: TimeTarget;
}

/** Result of {@link deadlines}. */
export interface Deadlines {
  readonly priority: Priority;
  readonly responseDue: Deadline;
  readonly resolutionDue: Deadline;
}

function describeTarget(t: TimeTarget, language: "en" | "nl"): string {
  switch (t.kind) {
    case "working-time":
      return language === "en" ? `${t.hours} hour${t.hours === 1 ? "" : "s"}` : `${t.hours} uur`;
    case "working-days":
      return language === "en"
        ? `${t.days} working day${t.days === 1 ? "" : "s"}`
        : `${t.days} ${t.days === 1 ? "Werkdag" : "Werkdagen"}`;
    case "by-agreement":
      return language === "en" ? "by agreement" : "in overleg";
  }
}

const clockWords: { readonly [c in ClockName]: { en: string; nl: string } } = {
  officeHours: { en: "office hours", nl: "kantoortijden" },
  p1Support: { en: "office hours and standby hours", nl: "kantoortijden en beschikbaarheidsdienst" },
  "24x7": { en: "a 24 × 7 clock", nl: "een 24 x 7 klok" },
};

function skippedDays(cal: CompiledCalendar, from: LocalDate, to: LocalDate): Array<string> {
  const out: Array<string> = [];
  for (let d = addDays(from, 1); d < to; d = addDays(d, 1)) {
    if (isWorkingDay(cal, d)) continue;
    // Name holidays only where they close a day that would otherwise have been open.
    const weekday = weekdayKeys[isoWeekday(d) - 1];
    if (weekday === undefined || cal.calendar.weekly[weekday].length === 0) continue;
    const h = holidayOn(cal, d);
    if (h !== undefined) out.push(`${d} (${h.name})`);
  }
  return out;
}

function targetDeadline(
  sla: CompiledSla,
  priority: Priority,
  name: TargetName,
  start: Instant,
  agreedDue: Instant | undefined,
): { deadline: Deadline; steps: Array<Step> } {
  const t = sla.definition.targets[priority][name];
  const clock = clockOf(sla, t);
  const cal = sla.clocks[clock];
  const tz = cal.calendar.timeZone;
  const label = `${priority} ${name}`;
  const labelNl = `${priority} ${name === "response" ? "reactietijd" : "oplostijd"}`;
  const targetCites = citationsOf(t.source);
  switch (t.kind) {
    case "working-time": {
      const due = addWorkingTime(cal, start, t.hours * MS_PER_HOUR);
      const clockCites = sla.hourClock === "24x7" ? [] : cal.calendar.sources;
      return {
        deadline: { due, clock, target: t },
        steps: [
          step({
            rule: "hour-target",
            inputs: { priority, target: name, hours: t.hours, clock, start: formatInstant(start, tz) },
            output: formatInstant(due, tz),
            citations: [...targetCites, ...clockCites],
            en: `${label}: ${describeTarget(t, "en")} on ${clockWords[clock].en}, counted from ${formatInstant(start, tz)} (closed time does not count): due ${formatInstant(due, tz)}.`,
            nl: `${labelNl}: ${describeTarget(t, "nl")} binnen ${clockWords[clock].nl}, gerekend vanaf ${formatInstant(start, tz)}: uiterlijk ${formatInstant(due, tz)}.`,
          }),
        ],
      };
    }
    case "working-days": {
      const w = workingDayDeadline(cal, start, t.days);
      const skipped = skippedDays(cal, w.dayZero, w.dueDay);
      const startedLater = w.clockStart !== start;
      return {
        deadline: { due: w.due, clock, target: t },
        steps: [
          step({
            rule: "working-day-target",
            inputs: {
              priority,
              target: name,
              workingDays: t.days,
              received: formatInstant(start, tz),
              clockStart: formatInstant(w.clockStart, tz),
              dayZero: w.dayZero,
              holidaysSkipped: skipped,
            },
            output: formatInstant(w.due, tz),
            citations: [...targetCites, ...cal.calendar.sources],
            en: `${label}: ${describeTarget(t, "en")}. ${startedLater ? `Received outside office hours, so the clock starts at the next opening, ${formatInstant(w.clockStart, tz)}; day 0` : "Day 0"} is ${w.dayZero}; the ${ordinal(t.days)} working day after it is ${w.dueDay}${skipped.length > 0 ? ` (not working days: ${skipped.join(", ")})` : ""}; due at the close of office hours: ${formatInstant(w.due, tz)}.`,
            nl: `${labelNl}: ${describeTarget(t, "nl")}. ${startedLater ? `Gemeld buiten kantoortijden, dus de klok start bij de volgende opening, ${formatInstant(w.clockStart, tz)}; dag 0` : "Dag 0"} is ${w.dayZero}; de ${t.days}e werkdag daarna is ${w.dueDay}${skipped.length > 0 ? ` (geen werkdag: ${skipped.join(", ")})` : ""}; uiterlijk bij sluiting van kantoortijden: ${formatInstant(w.due, tz)}.`,
          }),
        ],
      };
    }
    case "by-agreement": {
      const due = agreedDue ?? null;
      return {
        deadline: { due, clock, target: t },
        steps: [
          step({
            rule: "target-by-agreement",
            inputs: { priority, target: name, agreedDue: due === null ? null : formatInstant(due, tz) },
            output: due === null ? null : formatInstant(due, tz),
            citations: targetCites,
            en:
              due === null
                ? `${label}: by agreement, and nothing was agreed: no target.`
                : `${label}: by agreement; the agreed deadline is ${formatInstant(due, tz)}.`,
            nl:
              due === null
                ? `${labelNl}: in overleg, en er is niets afgesproken: geen norm.`
                : `${labelNl}: in overleg; afgesproken is ${formatInstant(due, tz)}.`,
          }),
        ],
      };
    }
  }
}

function ordinal(n: number): string {
  const s =
    n % 100 >= 11 && n % 100 <= 13
      ? "th"
      : n % 10 === 1
        ? "st"
        : n % 10 === 2
          ? "nd"
          : n % 10 === 3
            ? "rd"
            : "th";
  return `${n}${s}`;
}

/**
 * The response and resolution deadlines of an incident (MDO-SLA §9.3 on the clocks of §4.1 and
 * §4.2). The clock starts at the receipt of the report — also for a P1 reported by e-mail only
 * (§9.2 asks for a phone call too) — or, for an incident the supplier opened itself, at its
 * creation (§9.1). A deviation in confidentiality is always P1 (§7.4).
 *
 * @example
 * ```ts
 * const sla = compileSla(mdoSla2025);
 * deadlines({ receivedAt: instant("2026-03-06T17:00:00+01:00"), priority: "P1" }, sla).value.resolutionDue.due;
 * // Wed 11 March 2026 08:00 (+01:00) — on office hours ∪ standby; Sat 7 March 17:00 with { hourClock: "24x7" }
 * ```
 */
export function deadlines(incident: DeadlineInput, sla: CompiledSla): Explained<Deadlines> {
  const forced = incident.confidentialityDeviation === true;
  const p = forced ? sla.definition.confidentialityPriority.value : incident.priority;
  const steps: Array<Step> = [];
  if (forced && p !== incident.priority) {
    steps.push(
      step({
        rule: "confidentiality-override",
        inputs: { assigned: incident.priority },
        output: p,
        citations: citationsOf(sla.definition.confidentialityPriority.source),
        en: `A deviation in confidentiality is handled as ${p}, whatever priority was assigned (${incident.priority}).`,
        nl: `Een afwijking op de vertrouwelijkheid wordt opgepakt als ${p} (toegekend was ${incident.priority}).`,
      }),
    );
  }
  steps.push(
    step({
      rule: "clock-start",
      inputs: { receivedAt: formatInstant(incident.receivedAt) },
      citations: [cite(sla.definition.id, "2.25"), cite(sla.definition.id, "2.21")],
      en: `Response and resolution times run from the receipt of the report, ${formatInstant(incident.receivedAt)}.`,
      nl: `Reactie- en oplostijd lopen vanaf de ontvangen melding, ${formatInstant(incident.receivedAt)}.`,
    }),
  );
  const response = targetDeadline(sla, p, "response", incident.receivedAt, undefined);
  const resolution = targetDeadline(
    sla,
    p,
    "resolution",
    incident.receivedAt,
    incident.agreedResolutionDueAt,
  );
  return explained({ priority: p, responseDue: response.deadline, resolutionDue: resolution.deadline }, [
    ...steps,
    ...response.steps,
    ...resolution.steps,
  ]);
}

/** Status of one target. */
export type TargetStatus = "met" | "breached" | "running" | "no-target";

/** Assessment of one target of one measured item. */
export interface TargetAssessment {
  readonly target: TargetName;
  readonly status: TargetStatus;
  readonly due: Instant | null;
  /**
   * The pick-up (response; the resolution when no earlier pick-up is recorded, since the
   * resolution time includes the response time, MDO-SLA §2.21) or the end of the resolution time,
   * if known.
   */
  readonly end: Instant | null;
  readonly clock: ClockName;
  /** Working time on the clock from the receipt to the end (or to `at` while running). */
  readonly elapsedMs: number;
  /**
   * Working time on the clock from the end (or `at`) to the deadline: negative by the open time
   * that passed after the deadline. A target missed only by closed time (due at 17:00, fixed at
   * 19:00 the same evening) is `breached` with `remainingMs` 0 — read `status`, not the sign.
   * `null` without a target.
   */
  readonly remainingMs: number | null;
}

/** Assessment of one measured item (an incident, or a part of it after a partial solution). */
export interface ItemAssessment {
  readonly item: MeasuredItem;
  readonly response: TargetAssessment;
  readonly resolution: TargetAssessment;
}

/**
 * The end of the response time: the pick-up, or the resolution when that came first or no pick-up
 * was recorded — the resolution time includes the response time (MDO-SLA §2.21), so a solved
 * incident was picked up at the latest when it was solved.
 */
function responseEnd(item: MeasuredItem): Instant | undefined {
  const { respondedAt, resolvedAt } = item;
  if (respondedAt === undefined) return resolvedAt;
  if (resolvedAt === undefined) return respondedAt;
  return Math.min(resolvedAt, respondedAt) as Instant;
}

function assessTarget(
  sla: CompiledSla,
  item: MeasuredItem,
  name: TargetName,
  deadline: Deadline,
  at: Instant,
): TargetAssessment {
  const end = (name === "response" ? responseEnd(item) : item.resolvedAt) ?? null;
  const cal = sla.clocks[deadline.clock];
  const until = end ?? (at > item.receivedAt ? at : item.receivedAt);
  const elapsedMs = workingTimeBetween(cal, item.receivedAt, until);
  if (deadline.due === null) {
    return {
      target: name,
      status: "no-target",
      due: null,
      end,
      clock: deadline.clock,
      elapsedMs,
      remainingMs: null,
    };
  }
  const status: TargetStatus =
    end !== null ? (end <= deadline.due ? "met" : "breached") : at > deadline.due ? "breached" : "running";
  const remainingMs = workingTimeBetween(cal, until, deadline.due);
  return { target: name, status, due: deadline.due, end, clock: deadline.clock, elapsedMs, remainingMs };
}

function statusSentence(a: TargetAssessment, tz: string): { en: string; nl: string } {
  const due = a.due === null ? "" : formatInstant(a.due, tz);
  const end = a.end === null ? "" : formatInstant(a.end, tz);
  switch (a.status) {
    case "met":
      return { en: `met: done ${end}, due ${due}.`, nl: `gehaald: ${end}, uiterlijk ${due}.` };
    case "breached":
      return a.end === null
        ? { en: `breached: still open after the deadline ${due}.`, nl: `overschreden: nog open na ${due}.` }
        : { en: `breached: done ${end}, due ${due}.`, nl: `overschreden: ${end}, uiterlijk ${due}.` };
    case "running":
      return { en: `running: due ${due}.`, nl: `loopt: uiterlijk ${due}.` };
    case "no-target":
      return {
        en: "no target (by agreement, none agreed).",
        nl: "geen norm (in overleg, niets afgesproken).",
      };
  }
}

/**
 * Assess an incident against its targets at instant `at` (the caller's "now"): for each measured
 * item (the incident, or its parts after a partial solution, §9.3) and each target, met /
 * breached / running / no-target, with the elapsed and remaining working time. An item whose
 * response or resolution is recorded is judged by that moment; an open one is breached once `at`
 * is past its deadline, and running before. A solved item without a recorded pick-up (or with one
 * after the solution) has its response ended at the solution: the resolution time includes the
 * response time (§2.21).
 *
 * @example
 * ```ts
 * const a = assess(incident, sla, instant("2026-05-27T12:00:00+02:00"));
 * a.value[0]?.resolution.status; // "running"
 * ```
 */
export function assess(
  incident: Incident,
  sla: CompiledSla,
  at: Instant,
): Explained<ReadonlyArray<ItemAssessment>> {
  const items = measuredItems(incident, sla.definition);
  const out: Array<ItemAssessment> = [];
  const steps: Array<Step> = [];
  for (const { value: item, because } of items) {
    steps.push(...because);
    const d = deadlines(item, sla);
    steps.push(...d.because);
    const response = assessTarget(sla, item, "response", d.value.responseDue, at);
    const resolution = assessTarget(sla, item, "resolution", d.value.resolutionDue, at);
    for (const a of [response, resolution]) {
      const tz = sla.clocks[a.clock].calendar.timeZone;
      const s = statusSentence(a, tz);
      steps.push(
        step({
          rule: `assess-${a.target}`,
          inputs: { item: item.id, status: a.status, elapsedMs: a.elapsedMs, remainingMs: a.remainingMs },
          output: a.status,
          citations: [
            cite(sla.definition.id, "9.3"),
            cite(sla.definition.id, a.target === "response" ? "2.25" : "2.21"),
          ],
          en: `${item.id} ${item.priority} ${a.target}: ${s.en}`,
          nl: `${item.id} ${item.priority} ${a.target === "response" ? "reactietijd" : "oplostijd"}: ${s.nl}`,
        }),
      );
    }
    out.push({ item, response, resolution });
  }
  return explained(out, steps);
}
