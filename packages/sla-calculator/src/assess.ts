/**
 * Assessment of an incident against its targets at a moment: met, breached, running or no
 * target, with the working time used and left (MDO-SLA §9.3, §2.21, §2.25).
 *
 * @module
 */
import {
  type Explained,
  explained,
  formatInstant,
  type Instant,
  type Step,
  step,
  workingTimeBetween,
} from "@zorgkit/core";
import type { CompiledSla } from "./compile.js";
import { type Deadline, deadlinesIn, type TargetName } from "./deadlines.js";
import { type Incident, type MeasuredItem, measuredItems } from "./incident.js";
import { layoutOf, type SlaLayout } from "./internal/compiled.js";
import type { ClockName } from "./sla.js";

/** Status of one target. */
export type TargetStatus = "met" | "breached" | "running" | "no-target";

/** Assessment of one target of one measured item. */
export interface TargetAssessment {
  readonly target: TargetName;
  readonly status: TargetStatus;
  /** The deadline; absent without a target. */
  readonly due?: Instant;
  /**
   * The pick-up (response; the resolution when no earlier pick-up is recorded, since the
   * resolution time includes the response time, MDO-SLA §2.21) or the end of the resolution time,
   * when known.
   */
  readonly end?: Instant;
  readonly clock: ClockName;
  /** Working time on the clock from the receipt to the end (or to `at` while running). */
  readonly elapsedMs: number;
  /**
   * Working time on the clock from the end (or `at`) to the deadline: negative by the open time
   * that passed after the deadline. A target missed only by closed time (due at 17:00, fixed at
   * 19:00 the same evening) is `breached` with `remainingMs` 0 — read `status`, not the sign.
   * Absent without a target.
   */
  readonly remainingMs?: number;
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
 * incident was picked up at the latest when it was solved. This is also why a P1 received outside
 * the support hours and solved before its response deadline has met its response target.
 */
function responseEnd(item: MeasuredItem): Instant | undefined {
  const { respondedAt, resolvedAt } = item;
  if (respondedAt === undefined) return resolvedAt;
  if (resolvedAt === undefined) return respondedAt;
  return Math.min(resolvedAt, respondedAt) as Instant;
}

function assessTarget(
  layout: SlaLayout,
  item: MeasuredItem,
  name: TargetName,
  deadline: Deadline,
  at: Instant,
): TargetAssessment {
  const end = name === "response" ? responseEnd(item) : item.resolvedAt;
  const cal = layout.clocks[deadline.clock];
  const until = end ?? (at > item.receivedAt ? at : item.receivedAt);
  const elapsedMs = workingTimeBetween(cal, item.receivedAt, until);
  const base = { target: name, clock: deadline.clock, elapsedMs, ...(end === undefined ? {} : { end }) };
  if (deadline.due === undefined) return { ...base, status: "no-target" };
  const status: TargetStatus =
    end !== undefined
      ? end <= deadline.due
        ? "met"
        : "breached"
      : at > deadline.due
        ? "breached"
        : "running";
  return { ...base, status, due: deadline.due, remainingMs: workingTimeBetween(cal, until, deadline.due) };
}

/** One target's verdict as a sentence. */
function statusRule(layout: SlaLayout, item: MeasuredItem, a: TargetAssessment): Step {
  const def = layout.definition;
  const tz = layout.clocks[a.clock].definition.timeZone;
  const due = a.due === undefined ? "" : formatInstant(a.due, tz);
  const end = a.end === undefined ? "" : formatInstant(a.end, tz);
  const s = (() => {
    switch (a.status) {
      case "met":
        return { en: `met: done ${end}, due ${due}.`, nl: `gehaald: ${end}, uiterlijk ${due}.` };
      case "breached":
        return a.end === undefined
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
  })();
  const inputs =
    a.remainingMs === undefined
      ? { item: item.id, status: a.status, elapsedMs: a.elapsedMs }
      : { item: item.id, status: a.status, elapsedMs: a.elapsedMs, remainingMs: a.remainingMs };
  return step({
    rule: `assess-${a.target}`,
    inputs,
    output: a.status,
    citations: (a.target === "response" ? def.responseTime : def.resolutionTime).citations,
    en: `${item.id} ${item.priority} ${a.target}: ${s.en}`,
    nl: `${item.id} ${item.priority} ${a.target === "response" ? "reactietijd" : "oplostijd"}: ${s.nl}`,
  });
}

/**
 * Assess an incident on a compiled layout.
 *
 * @internal
 */
export function assessIn(
  layout: SlaLayout,
  incident: Incident,
  at: Instant,
): Explained<ReadonlyArray<ItemAssessment>> {
  const out: Array<ItemAssessment> = [];
  const steps: Array<Step> = [];
  for (const { value: item, because } of measuredItems(incident, layout.definition)) {
    steps.push(...because);
    const d = deadlinesIn(layout, item);
    steps.push(...d.because);
    const response = assessTarget(layout, item, "response", d.value.responseDue, at);
    const resolution = assessTarget(layout, item, "resolution", d.value.resolutionDue, at);
    steps.push(statusRule(layout, item, response), statusRule(layout, item, resolution));
    out.push({ item, response, resolution });
  }
  return explained(out, steps);
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
 * import { instant } from "@zorgkit/core";
 * import { assess, compileSla, decodeIncident, mdoSla2025 } from "@zorgkit/sla-calculator";
 *
 * const sla = compileSla(mdoSla2025);
 * const decoded = decodeIncident({ id: "INC-7", receivedAt: "2026-05-22T14:00:00+02:00", priority: "P2", respondedAt: "2026-05-26T10:00:00+02:00" });
 * if (decoded.ok) {
 *   const [a] = assess(decoded.value, sla, instant("2026-05-26T12:00:00+02:00")).value;
 *   a?.response.status; // => "met"
 *   a?.resolution.status; // => "running"
 * }
 * ```
 */
export function assess(
  incident: Incident,
  sla: CompiledSla,
  at: Instant,
): Explained<ReadonlyArray<ItemAssessment>> {
  return assessIn(layoutOf(sla), incident, at);
}
