/**
 * Response and resolution deadlines (reactietijd / oplostijd) of an incident, on the clocks the
 * SLA definition names. Every clause cited comes from the definition.
 *
 * Two kinds of target:
 * - hour targets ("1 uur", "4 uur", "24 uur") are open time on a clock — in the MDO preset the P1
 *   response on office hours ∪ standby, the P1 resolution round the clock, the P2 response on
 *   office hours;
 * - working-day targets ("N Werkdagen") end at the close of office hours on the N-th working day
 *   after the day the clock starts. When the report arrives outside office hours the clock starts
 *   at the next opening and that day is day 0 (reported Friday 16:00 → day 0 is Monday).
 *
 * @module
 */
import {
  addDays,
  addWorkingTime,
  type CompiledCalendar,
  type Explained,
  explained,
  formatInstant,
  holidayOn,
  type Instant,
  isoWeekday,
  isWorkingDay,
  type LocalDate,
  type Step,
  step,
  weekdayKeys,
  workingTimeBetween,
} from "@zorgkit/core";
import type { CompiledSla } from "./compile.js";
import type { Incident } from "./incident.js";
import { clockUnder, layoutOf, type SlaLayout } from "./internal/compiled.js";
import {
  closeOfDayOn,
  type WorkingDayDeadline,
  workingDayDeadlineOn,
  workingDayDue,
} from "./internal/working-days.js";
import { confidentialityStep } from "./priority.js";
import type { ClockName, Priority, SlaDefinition, TimeTarget } from "./sla.js";

export type { WorkingDayDeadline } from "./internal/working-days.js";

const MS_PER_HOUR = 3_600_000;

/** Which of a priority's two targets. */
export type TargetName = "response" | "resolution";

/**
 * The close of office hours on a date: the end of its last opening interval that day (on the
 * SLA's `officeHours` calendar).
 *
 * @example
 * ```ts
 * import { date, formatInstant } from "@zorgkit/core";
 * import { closeOfDay, compileSla, mdoSla2025 } from "@zorgkit/sla-calculator";
 *
 * const sla = compileSla(mdoSla2025);
 * formatInstant(closeOfDay(date("2026-11-27"), sla)); // => "2026-11-27T15:30:00+01:00"
 * ```
 */
export function closeOfDay(day: LocalDate, sla: CompiledSla): Instant {
  return closeOfDayOn(layoutOf(sla).clocks.officeHours, day);
}

/**
 * "N Werkdagen" (MDO-SLA §9.3, §2.35): the close of office hours on the N-th working day after
 * the day the clock starts; a report outside office hours starts the clock at the next opening
 * (this library's reading).
 *
 * @example
 * ```ts
 * import { formatInstant, instant } from "@zorgkit/core";
 * import { compileSla, mdoSla2025, workingDayDeadline } from "@zorgkit/sla-calculator";
 *
 * const sla = compileSla(mdoSla2025);
 * const w = workingDayDeadline({ start: instant("2026-11-24T10:00:00+01:00"), days: 1 }, sla);
 * formatInstant(w.due); // => "2026-11-25T17:00:00+01:00"
 * ```
 */
export function workingDayDeadline(
  query: { readonly start: Instant; readonly days: number },
  sla: CompiledSla,
): WorkingDayDeadline {
  return workingDayDeadlineOn(layoutOf(sla).clocks.officeHours, query.start, query.days);
}

function clockIn(layout: SlaLayout, target: TimeTarget): ClockName {
  return clockUnder(layout.hourClock, target);
}

/**
 * The clock a target runs on under the compiled readings (working-day targets count office
 * time).
 *
 * @example
 * ```ts
 * import { clockOf, compileSla, mdoSla2025 } from "@zorgkit/sla-calculator";
 *
 * clockOf(mdoSla2025.targets.P1.resolution, compileSla(mdoSla2025)); // => "24x7"
 * clockOf(mdoSla2025.targets.P1.resolution, compileSla(mdoSla2025, { hourClock: "support" })); // => "p1Support"
 * ```
 */
export function clockOf(target: TimeTarget, sla: CompiledSla): ClockName {
  return clockIn(layoutOf(sla), target);
}

/** A query for one target's deadline: the priority, which target, and when the clock starts. */
export interface DueAtQuery {
  readonly priority: Priority;
  readonly target: TargetName;
  readonly start: Instant;
}

/** The due instant of a target from `start` (fast path, no explanation). @internal */
export function dueIn(
  layout: SlaLayout,
  priority: Priority,
  name: TargetName,
  start: Instant,
): Instant | undefined {
  const t = layout.resolved[priority][name];
  if (t.kind === 0) return addWorkingTime(t.calendar, start, t.ms);
  if (t.kind === 1) return workingDayDue(layout, start, t.days);
  return undefined;
}

/**
 * The deadline of one target for a clock started at `start`, without explanation (the fast
 * path): `undefined` for a target "by agreement".
 *
 * @example
 * ```ts
 * import { formatInstant, instant } from "@zorgkit/core";
 * import { compileSla, dueAt, mdoSla2025 } from "@zorgkit/sla-calculator";
 *
 * const sla = compileSla(mdoSla2025);
 * const due = dueAt({ priority: "P1", target: "resolution", start: instant("2026-03-06T17:00:00+01:00") }, sla);
 * due === undefined ? "none" : formatInstant(due); // => "2026-03-07T17:00:00+01:00"
 * ```
 */
export function dueAt(query: DueAtQuery, sla: CompiledSla): Instant | undefined {
  // The hot path, written out (no helper calls besides core's): one lookup of the resolved target.
  const layout = sla as unknown as SlaLayout;
  const t = layout.resolved[query.priority][query.target];
  if (t.kind === 0) return addWorkingTime(t.calendar, query.start, t.ms);
  if (t.kind === 1) return workingDayDue(layout, query.start, t.days);
  return undefined;
}

/** A query for the working time used between two instants on a target's clock. */
export interface ElapsedQuery {
  readonly priority: Priority;
  readonly target: TargetName;
  readonly from: Instant;
  readonly to: Instant;
}

/**
 * Working time (ms) on a target's clock between two instants — how much of the target has been
 * used (negative when `to` is before `from`).
 *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 * import { compileSla, elapsedWorkingTime, mdoSla2025 } from "@zorgkit/sla-calculator";
 *
 * const sla = compileSla(mdoSla2025);
 * const from = instant("2026-05-22T14:00:00+02:00"); // Friday before Whit Monday
 * const to = instant("2026-05-26T10:00:00+02:00");
 * elapsedWorkingTime({ priority: "P2", target: "response", from, to }, sla); // => 9000000
 * ```
 */
export function elapsedWorkingTime(query: ElapsedQuery, sla: CompiledSla): number {
  const layout = sla as unknown as SlaLayout;
  return workingTimeBetween(layout.resolved[query.priority][query.target].calendar, query.from, query.to);
}

/**
 * What {@link deadlines} reads of an incident: the fields of a decoded {@link Incident} that the
 * deadlines depend on (an `Incident` is one).
 */
export type DeadlineInput = Pick<Incident, "receivedAt" | "priority"> &
  Partial<
    Pick<
      Incident,
      "confidentialityDeviation" | "agreedResolutionDueAt" | "openedBy" | "reportedVia" | "phonedAt"
    >
  >;

/** A deadline with the clock it was computed on; `due` is absent when the target is by agreement and none was agreed. */
export interface Deadline {
  readonly due?: Instant;
  readonly clock: ClockName;
  readonly target: TimeTarget;
}

/**
 * An obligation the supplier has because of the incident (an Accord-style result): for an
 * incident it opened itself, inform its customers — in the MDO SLA by e-mail without delay.
 */
export interface SupplierNotice {
  readonly party: "supplier";
  readonly action: "inform-customers";
  readonly form: "e-mail";
  readonly timing: "without-delay";
  /** From when: the creation of the incident. */
  readonly from: Instant;
  readonly citations: SlaDefinition["supplierOpenedNotice"]["citations"];
}

/** Result of {@link deadlines}. */
export interface Deadlines {
  readonly priority: Priority;
  readonly responseDue: Deadline;
  readonly resolutionDue: Deadline;
  /** What the supplier must do besides meeting the targets (empty for most incidents). */
  readonly obligations: ReadonlyArray<SupplierNotice>;
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
    if (weekday === undefined || cal.definition.weekly[weekday].length === 0) continue;
    const h = holidayOn(cal, d);
    if (h !== undefined) out.push(`${d} (${h.name})`);
  }
  return out;
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

const labels = (priority: Priority, name: TargetName) => ({
  en: `${priority} ${name}`,
  nl: `${priority} ${name === "response" ? "reactietijd" : "oplostijd"}`,
});

/** An hour target ("1 uur", "24 uur"): open time on a clock. */
function hourTargetRule(
  layout: SlaLayout,
  priority: Priority,
  name: TargetName,
  t: Extract<TimeTarget, { kind: "working-time" }>,
  start: Instant,
): { deadline: Deadline; step: Step } {
  const clock = clockIn(layout, t);
  const cal = layout.clocks[clock];
  const tz = cal.definition.timeZone;
  const due = addWorkingTime(cal, start, t.hours * MS_PER_HOUR);
  const label = labels(priority, name);
  // A round-the-clock count needs no calendar clause; the others cite their calendar's clauses.
  const clockCites = clock === "24x7" ? [] : cal.definition.sources;
  return {
    deadline: { due, clock, target: t },
    step: step({
      rule: "hour-target",
      inputs: { priority, target: name, hours: t.hours, clock, start: formatInstant(start, tz) },
      output: formatInstant(due, tz),
      citations: [...t.citations, ...clockCites],
      en: `${label.en}: ${describeTarget(t, "en")} on ${clockWords[clock].en}, counted from ${formatInstant(start, tz)}${clock === "24x7" ? "" : " (closed time does not count)"}: due ${formatInstant(due, tz)}.`,
      nl: `${label.nl}: ${describeTarget(t, "nl")} binnen ${clockWords[clock].nl}, gerekend vanaf ${formatInstant(start, tz)}: uiterlijk ${formatInstant(due, tz)}.`,
    }),
  };
}

/** A working-day target ("N Werkdagen"): the close of office hours on the N-th working day after day 0. */
function workingDayRule(
  layout: SlaLayout,
  priority: Priority,
  name: TargetName,
  t: Extract<TimeTarget, { kind: "working-days" }>,
  start: Instant,
): { deadline: Deadline; step: Step } {
  const cal = layout.clocks.officeHours;
  const tz = cal.definition.timeZone;
  const w = workingDayDeadlineOn(cal, start, t.days);
  const skipped = skippedDays(cal, w.dayZero, w.dueDay);
  const startedLater = w.clockStart !== start;
  const label = labels(priority, name);
  const clockStart = formatInstant(w.clockStart, tz);
  const due = formatInstant(w.due, tz);
  return {
    deadline: { due: w.due, clock: "officeHours", target: t },
    step: step({
      rule: "working-day-target",
      inputs: {
        priority,
        target: name,
        workingDays: t.days,
        received: formatInstant(start, tz),
        clockStart,
        dayZero: w.dayZero,
        holidaysSkipped: skipped,
      },
      output: due,
      citations: [...t.citations, ...cal.definition.sources],
      en: `${label.en}: ${describeTarget(t, "en")}. ${startedLater ? `Received outside office hours, so the clock starts at the next opening, ${clockStart}; day 0` : "Day 0"} is ${w.dayZero}; the ${ordinal(t.days)} working day after it is ${w.dueDay}${skipped.length > 0 ? ` (not working days: ${skipped.join(", ")})` : ""}; due at the close of office hours: ${due}.`,
      nl: `${label.nl}: ${describeTarget(t, "nl")}. ${startedLater ? `Gemeld buiten kantoortijden, dus de klok start bij de volgende opening, ${clockStart}; dag 0` : "Dag 0"} is ${w.dayZero}; de ${t.days}e werkdag daarna is ${w.dueDay}${skipped.length > 0 ? ` (geen werkdag: ${skipped.join(", ")})` : ""}; uiterlijk bij sluiting van kantoortijden: ${due}.`,
    }),
  };
}

/** A target "by agreement" ("In overleg"): the agreed deadline, or none. */
function byAgreementRule(
  layout: SlaLayout,
  priority: Priority,
  name: TargetName,
  t: Extract<TimeTarget, { kind: "by-agreement" }>,
  agreedDue: Instant | undefined,
): { deadline: Deadline; step: Step } {
  const tz = layout.clocks.officeHours.definition.timeZone;
  const label = labels(priority, name);
  const agreed = agreedDue === undefined ? undefined : formatInstant(agreedDue, tz);
  return {
    deadline:
      agreedDue === undefined
        ? { clock: "officeHours", target: t }
        : { due: agreedDue, clock: "officeHours", target: t },
    step: step({
      rule: "target-by-agreement",
      inputs:
        agreed === undefined ? { priority, target: name } : { priority, target: name, agreedDue: agreed },
      ...(agreed === undefined ? {} : { output: agreed }),
      citations: t.citations,
      en:
        agreed === undefined
          ? `${label.en}: by agreement, and nothing was agreed: no target.`
          : `${label.en}: by agreement; the agreed deadline is ${agreed}.`,
      nl:
        agreed === undefined
          ? `${label.nl}: in overleg, en er is niets afgesproken: geen norm.`
          : `${label.nl}: in overleg; afgesproken is ${agreed}.`,
    }),
  };
}

function targetRule(
  layout: SlaLayout,
  priority: Priority,
  name: TargetName,
  start: Instant,
  agreedDue: Instant | undefined,
): { deadline: Deadline; step: Step } {
  const t = layout.definition.targets[priority][name];
  switch (t.kind) {
    case "working-time":
      return hourTargetRule(layout, priority, name, t, start);
    case "working-days":
      return workingDayRule(layout, priority, name, t, start);
    case "by-agreement":
      return byAgreementRule(layout, priority, name, t, agreedDue);
  }
}

/** The clock starts at the receipt of the report, or at the creation of a supplier-opened incident. */
function clockStartRule(def: SlaDefinition, incident: DeadlineInput): Step {
  const at = formatInstant(incident.receivedAt);
  const bySupplier = incident.openedBy === "supplier";
  return step({
    rule: "clock-start",
    inputs: { receivedAt: at, openedBy: incident.openedBy ?? "customer" },
    citations: def.clockStart.citations,
    en: bySupplier
      ? `The supplier opened the incident itself: response and resolution times run from its creation, ${at}.`
      : `Response and resolution times run from the receipt of the report, ${at}.`,
    nl: bySupplier
      ? `De leverancier heeft het incident zelf aangemaakt: reactie- en oplostijd lopen vanaf ${at}.`
      : `Reactie- en oplostijd lopen vanaf de ontvangen melding, ${at}.`,
  });
}

/** For priorities where the reporter must also phone: the clock still starts at the receipt. */
function phoneCallRule(def: SlaDefinition, incident: DeadlineInput, p: Priority): Step | undefined {
  if (!def.phoneCall.value.includes(p)) return undefined;
  if (incident.openedBy === "supplier") return undefined;
  if (
    incident.phonedAt === undefined &&
    (incident.reportedVia === undefined || incident.reportedVia === "phone")
  ) {
    return undefined;
  }
  const received = formatInstant(incident.receivedAt);
  const call = incident.phonedAt === undefined ? undefined : formatInstant(incident.phonedAt);
  return step({
    rule: "phone-call",
    inputs:
      call === undefined
        ? { priority: p, receivedAt: received }
        : { priority: p, receivedAt: received, phonedAt: call },
    citations: def.phoneCall.citations,
    en:
      call === undefined
        ? `For a ${p} the reporter should also phone; no phone call is recorded, and the clock still starts at the receipt of the report, ${received}.`
        : `For a ${p} the reporter should also phone; the call came at ${call}, and the clock still starts at the receipt of the report, ${received}.`,
    nl:
      call === undefined
        ? `Bij ${p} hoort de melder ook te bellen; er is geen telefonisch contact vastgelegd, en de klok start toch bij de ontvangen melding, ${received}.`
        : `Bij ${p} hoort de melder ook te bellen; er is gebeld op ${call}, en de klok start toch bij de ontvangen melding, ${received}.`,
  });
}

/** An incident the supplier opened itself at a notified priority: inform the customers. */
function supplierNoticeRule(
  def: SlaDefinition,
  incident: DeadlineInput,
  p: Priority,
): { obligation: SupplierNotice; step: Step } | undefined {
  const rule = def.supplierOpenedNotice;
  if (incident.openedBy !== "supplier" || !rule.value.priorities.includes(p)) return undefined;
  const from = formatInstant(incident.receivedAt);
  return {
    obligation: {
      party: "supplier",
      action: "inform-customers",
      form: rule.value.form,
      timing: rule.value.timing,
      from: incident.receivedAt,
      citations: rule.citations,
    },
    step: step({
      rule: "supplier-opened-notice",
      inputs: { priority: p, createdAt: from },
      output: "inform-customers",
      citations: rule.citations,
      en: `The supplier opened this ${p} incident itself (${from}): it informs its customers by e-mail without delay.`,
      nl: `De leverancier heeft dit ${p}-incident zelf aangemaakt (${from}): zij stelt haar contractant(en) onverwijld via e-mail op de hoogte.`,
    }),
  };
}

/**
 * The deadlines of an incident on a compiled layout (shared with the assessment).
 *
 * @internal
 */
export function deadlinesIn(layout: SlaLayout, incident: DeadlineInput): Explained<Deadlines> {
  const def = layout.definition;
  const forced = incident.confidentialityDeviation === true;
  const p = forced ? def.confidentialityPriority.value : incident.priority;
  const steps: Array<Step> = [];
  if (forced && p !== incident.priority) steps.push(confidentialityStep(def, incident.priority));
  steps.push(clockStartRule(def, incident));
  const phone = phoneCallRule(def, incident, p);
  if (phone !== undefined) steps.push(phone);
  const response = targetRule(layout, p, "response", incident.receivedAt, undefined);
  const resolution = targetRule(layout, p, "resolution", incident.receivedAt, incident.agreedResolutionDueAt);
  steps.push(response.step, resolution.step);
  const notice = supplierNoticeRule(def, incident, p);
  if (notice !== undefined) steps.push(notice.step);
  return explained(
    {
      priority: p,
      responseDue: response.deadline,
      resolutionDue: resolution.deadline,
      obligations: notice === undefined ? [] : [notice.obligation],
    },
    steps,
  );
}

/**
 * The response and resolution deadlines of an incident (MDO-SLA §9.3 on the clocks of §4.1 and
 * §4.2; in the MDO preset the P1 resolution runs round the clock). The clock starts at the
 * receipt of the report — also for a P1 reported by e-mail only, although §9.2 asks for a phone
 * call too — or, for an incident the supplier opened itself, at its creation (§9.1); for such a
 * P1 the result carries the obligation to inform the customers by e-mail without delay. A
 * deviation in confidentiality is always P1 (§7.4).
 *
 * @example
 * ```ts
 * import { formatInstant, instant } from "@zorgkit/core";
 * import { compileSla, deadlines, mdoSla2025 } from "@zorgkit/sla-calculator";
 *
 * const sla = compileSla(mdoSla2025);
 * const d = deadlines({ receivedAt: instant("2026-03-06T17:00:00+01:00"), priority: "P1" }, sla).value;
 * formatInstant(d.responseDue.due ?? 0); // => "2026-03-06T18:00:00+01:00"
 * formatInstant(d.resolutionDue.due ?? 0); // => "2026-03-07T17:00:00+01:00"
 * ```
 */
export function deadlines(incident: DeadlineInput, sla: CompiledSla): Explained<Deadlines> {
  return deadlinesIn(layoutOf(sla), incident);
}
