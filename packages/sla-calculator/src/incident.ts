/**
 * Incidents (meldingen van het type Incident) as the calculator reads them: when the report was
 * received, its priority, when it was picked up and when it was solved — and the priority
 * changes during its life.
 *
 * @module
 */
import {
  BoundedArray,
  type Explained,
  explained,
  formatInstant,
  Instant,
  type Step,
  step,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { type CompiledSla, definitionOf } from "./compile.js";
import { MAX_PER_INCIDENT } from "./internal/limits.js";
import { confidentialityStep, priorityRank } from "./priority.js";
import { Priority, type SlaDefinition } from "./sla.js";

const NonEmptyString = Schema.String.check(
  Schema.isMaxLength(1000),
  Schema.makeFilter((s: string) => (s.trim().length > 0 ? true : "must not be empty"), {
    expected: "a non-empty string",
  }),
);

/**
 * The data every incident report must contain (MDO-SLA §9.4): a description, the number of
 * users affected, when it first occurred (moment / action), whether it can be reproduced,
 * optional attachments (personal data masked by the customer), and the priority the customer
 * expects (per the §9.2 matrix).
 */
export const IncidentReport = Schema.Struct({
  /** Omschrijving van het Incident. */
  description: NonEmptyString,
  /** Aantal Gebruikers dat hiervan hinder ondervindt. */
  usersAffected: Schema.Number.check(Schema.isInt(), Schema.isGreaterThanOrEqualTo(0)),
  /** Wanneer het Incident zich voor het eerst heeft voorgedaan (tijdstip/actie). */
  firstOccurred: Schema.Struct({
    at: Instant,
    action: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(1000))),
  }),
  /** Of het Incident gereproduceerd kan worden. */
  reproducible: Schema.Boolean,
  /** Foto/video ter onderbouwing (references, e.g. file names or URLs). */
  attachments: Schema.optionalKey(
    BoundedArray(Schema.String.check(Schema.isMaxLength(2000)), MAX_PER_INCIDENT),
  ),
  /** Volgens Contractant verwachte Prioriteit. */
  expectedPriority: Priority,
});
/** The required contents of an incident report (MDO-SLA §9.4). */
export type IncidentReport = typeof IncidentReport.Type;

/**
 * When the incident counts as solved (oplostijd ends, MDO-SLA §2.21): the earliest of the
 * supplier's report that it is solved (possibly with a workaround), the demonstrable attempt to
 * report it, and the moment the service is available again. Give whichever are known.
 */
export const IncidentResolution = Schema.Struct({
  reportedAt: Schema.optionalKey(Instant),
  attemptedReportAt: Schema.optionalKey(Instant),
  serviceRestoredAt: Schema.optionalKey(Instant),
}).check(
  Schema.makeFilter(
    (r) =>
      r.reportedAt !== undefined || r.attemptedReportAt !== undefined || r.serviceRestoredAt !== undefined
        ? true
        : "a resolution needs at least one of reportedAt, attemptedReportAt, serviceRestoredAt",
    { expected: "a resolution with at least one instant" },
  ),
);
/** The moments that end the resolution time. */
export type IncidentResolution = typeof IncidentResolution.Type;

/**
 * A change of priority while the incident is open.
 * - `partly-solved`: the incident was partly solved (e.g. with a workaround) at `at`; the
 *   remaining work continues at the lower priority `to` (MDO-SLA §9.3 last paragraph).
 * - `reclassified`: the priority was corrected (e.g. after an escalation, §9.1); the incident is
 *   measured at `to` from its receipt.
 */
export const PriorityChange = Schema.Struct({
  at: Instant,
  to: Priority,
  reason: Schema.Literals(["partly-solved", "reclassified"]),
});
/** A change of priority during an incident. */
export type PriorityChange = typeof PriorityChange.Type;

/** The channel a report came in by (MDO-SLA §4, §2.17). */
export const ReportChannel = Schema.Literals(["phone", "e-mail", "website", "customer-portal"]);
/** A report channel. */
export type ReportChannel = typeof ReportChannel.Type;

/**
 * An incident as measured against the SLA.
 *
 * `receivedAt` is the receipt of the report (ontvangen Melding) — for an incident the supplier
 * opens itself (§9.1), its creation; `respondedAt` the pick-up (registration, first contact and
 * start of diagnosis, §2.25); `resolution` the end of the resolution time (§2.21).
 */
export const Incident = Schema.Struct({
  id: NonEmptyString,
  receivedAt: Instant,
  /** Who opened it: the customer's report, or the supplier itself (monitoring, §9.1). */
  openedBy: Schema.optionalKey(Schema.Literals(["customer", "supplier"])),
  /** The channel of the report (§4, §2.17): phone, e-mail, website or customer portal. */
  reportedVia: Schema.optionalKey(ReportChannel),
  /**
   * When the contact person also phoned (§9.2 asks for a call for a P1). The clock still starts
   * at `receivedAt` (this library's reading).
   */
  phonedAt: Schema.optionalKey(Instant),
  /** The priority assigned by the supplier (§2.23). */
  priority: Priority,
  /** A deviation in confidentiality: always the SLA's confidentiality priority (P1, §7.4). */
  confidentialityDeviation: Schema.optionalKey(Schema.Boolean),
  respondedAt: Schema.optionalKey(Instant),
  resolution: Schema.optionalKey(IncidentResolution),
  /** For a target "by agreement" (P4 resolution, "In overleg"): the agreed deadline. */
  agreedResolutionDueAt: Schema.optionalKey(Instant),
  /**
   * Not a new or stand-alone incident: the id of the incident it belongs to (a repeat of the same
   * disruption). Used only for structural failure (MDO-BV art. 2.12).
   */
  relatedTo: Schema.optionalKey(NonEmptyString),
  priorityChanges: Schema.optionalKey(BoundedArray(PriorityChange, MAX_PER_INCIDENT)),
  report: Schema.optionalKey(IncidentReport),
}).check(Schema.makeFilter((i) => incidentProblem(i) ?? true, { expected: "instants in order" }));
/** An incident (decoded). */
export type Incident = typeof Incident.Type;

function incidentProblem(i: {
  readonly receivedAt: number;
  readonly priority: Priority;
  readonly respondedAt?: number;
  readonly phonedAt?: number;
  readonly agreedResolutionDueAt?: number;
  readonly resolution?: IncidentResolution;
  readonly priorityChanges?: ReadonlyArray<PriorityChange>;
}): string | undefined {
  if (i.respondedAt !== undefined && i.respondedAt < i.receivedAt) return "respondedAt is before receivedAt";
  if (i.phonedAt !== undefined && i.phonedAt < i.receivedAt) return "phonedAt is before receivedAt";
  if (i.agreedResolutionDueAt !== undefined && i.agreedResolutionDueAt < i.receivedAt) {
    return "agreedResolutionDueAt is before receivedAt";
  }
  const r = i.resolution;
  if (r !== undefined) {
    for (const key of ["reportedAt", "attemptedReportAt", "serviceRestoredAt"] as const) {
      const v = r[key];
      if (v !== undefined && v < i.receivedAt) return `resolution.${key} is before receivedAt`;
    }
  }
  let previousAt = i.receivedAt;
  let current = i.priority;
  for (const [k, c] of (i.priorityChanges ?? []).entries()) {
    if (c.at < previousAt) return `priorityChanges[${k}].at is before the receipt or the previous change`;
    if (c.reason === "partly-solved" && priorityRank(c.to) <= priorityRank(current)) {
      return `priorityChanges[${k}]: remaining work after a partial solution gets a lower priority than ${current}, not ${c.to}`;
    }
    const end = resolvedAt(i);
    if (c.reason === "partly-solved" && end !== undefined && c.at > end) {
      return `priorityChanges[${k}].at is after the incident was solved`;
    }
    previousAt = c.at;
    current = c.to;
  }
  return undefined;
}

/**
 * The instant the resolution time ends (MDO-SLA §2.21): the earliest of the moments given, or
 * `undefined` while the incident is open.
 *
 * @example
 * ```ts
 * import { formatInstant, instant } from "@zorgkit/core";
 * import { resolvedAt } from "@zorgkit/sla-calculator";
 *
 * const end = resolvedAt({
 *   resolution: { reportedAt: instant("2026-11-26T16:20:00+01:00"), serviceRestoredAt: instant("2026-11-26T16:00:00+01:00") },
 * });
 * end === undefined ? undefined : formatInstant(end); // => "2026-11-26T16:00:00+01:00"
 * ```
 */
export function resolvedAt(i: { readonly resolution?: IncidentResolution }): number | undefined {
  const r = i.resolution;
  if (r === undefined) return undefined;
  let best: number | undefined;
  for (const v of [r.reportedAt, r.attemptedReportAt, r.serviceRestoredAt]) {
    if (v !== undefined && (best === undefined || v < best)) best = v;
  }
  return best;
}

/**
 * What is measured against the targets: an incident, or one part of it after a priority change.
 * `part` says which: the whole incident, the incident up to its partial solution, or the remaining
 * work after it.
 */
export interface MeasuredItem {
  /** The incident id, or `<id>/remaining-<k>` for remaining work after a partial solution. */
  readonly id: string;
  readonly incidentId: string;
  readonly part: "whole" | "until-partial-solution" | "remaining-work";
  readonly receivedAt: Instant;
  readonly priority: Priority;
  readonly respondedAt?: Instant;
  readonly resolvedAt?: Instant;
  readonly agreedResolutionDueAt?: Instant;
  /** Not new or stand-alone (MDO-BV art. 2.12). */
  readonly relatedTo?: string;
  /** How the incident came in (first item only): who opened it, the channel, the phone call. */
  readonly openedBy?: "customer" | "supplier";
  readonly reportedVia?: ReportChannel;
  readonly phonedAt?: Instant;
}

/**
 * The items an incident is measured as (MDO-SLA §9.3, §7.4, §2.21):
 * - a deviation in confidentiality is measured at the confidentiality priority (P1);
 * - a `reclassified` change sets the priority the incident is measured at, from its receipt;
 * - a `partly-solved` change at instant t ends the current item at t (solved with a workaround,
 *   §9.1 and §2.37, under the priority it had), and starts a new item for the remaining work at
 *   the lower priority, received — and picked up — at t. The incident's final resolution closes
 *   the last item.
 *
 * @example
 * ```ts
 * import { decodeIncident, mdoSla2025, measuredItems } from "@zorgkit/sla-calculator";
 *
 * const p1 = decodeIncident({
 *   id: "INC-1",
 *   receivedAt: "2026-11-24T10:00:00+01:00",
 *   priority: "P1",
 *   priorityChanges: [{ at: "2026-11-24T16:00:00+01:00", to: "P3", reason: "partly-solved" }],
 * });
 * p1.ok ? measuredItems(p1.value, mdoSla2025).map((x) => x.value.priority) : []; // => ["P1", "P3"]
 * ```
 */
export function measuredItems(
  incident: Incident,
  sla: CompiledSla | SlaDefinition,
): Array<Explained<MeasuredItem>> {
  return measuredItemsOf(incident, definitionOf(sla));
}

function measuredItemsOf(incident: Incident, sla: SlaDefinition): Array<Explained<MeasuredItem>> {
  const forced = incident.confidentialityDeviation === true;
  const forcedPriority = sla.confidentialityPriority.value;
  const changes = incident.priorityChanges ?? [];
  let priority: Priority = forced ? forcedPriority : incident.priority;
  const first: Array<Step> = [];
  if (forced) {
    first.push(confidentialityStep(sla, incident.priority));
  }
  // Reclassifications before the first partial solution apply to the incident from its receipt.
  const items: Array<Explained<MeasuredItem>> = [];
  let current: {
    id: string;
    part: MeasuredItem["part"];
    receivedAt: Instant;
    respondedAt: Instant | undefined;
    steps: Array<Step>;
  } = {
    id: incident.id,
    part: "whole",
    receivedAt: incident.receivedAt,
    respondedAt: incident.respondedAt,
    steps: first,
  };
  let k = 0;
  for (const c of changes) {
    if (c.reason === "reclassified") {
      if (forced && current.part === "whole") continue;
      current.steps.push(
        step({
          rule: "priority-reclassified",
          inputs: { from: priority, to: c.to, at: formatInstant(c.at) },
          output: c.to,
          citations: sla.priorityMatrix.citations,
          en: `The priority was corrected from ${priority} to ${c.to} at ${formatInstant(c.at)}; ${current.id} is measured at ${c.to} from its receipt.`,
          nl: `De prioriteit is op ${formatInstant(c.at)} gecorrigeerd van ${priority} naar ${c.to}; ${current.id} wordt vanaf ontvangst als ${c.to} gemeten.`,
        }),
      );
      priority = c.to;
      continue;
    }
    k++;
    items.push(
      explained(
        withOptional(
          {
            id: current.id,
            incidentId: incident.id,
            part: current.part === "whole" ? "until-partial-solution" : current.part,
            receivedAt: current.receivedAt,
            priority,
          },
          {
            respondedAt: current.respondedAt,
            resolvedAt: c.at,
            relatedTo: incident.relatedTo,
            ...(current.part === "whole" ? firstItemFacts(incident) : {}),
          },
        ),
        [
          ...current.steps,
          step({
            rule: "partly-solved",
            inputs: { at: formatInstant(c.at), remainingPriority: c.to },
            citations: sla.partialSolution.citations,
            en: `Partly solved at ${formatInstant(c.at)}: ${current.id} counts as solved then under ${priority}; the remaining work continues as a new item at ${c.to}.`,
            nl: `Deels opgelost op ${formatInstant(c.at)}: ${current.id} geldt dan als opgelost onder ${priority}; de resterende werkzaamheden gaan verder met ${c.to}.`,
          }),
        ],
      ),
    );
    priority = c.to;
    current = {
      id: `${incident.id}/remaining-${k}`,
      part: "remaining-work",
      receivedAt: c.at,
      respondedAt: c.at,
      steps: [],
    };
  }
  const end = resolvedAt(incident);
  items.push(
    explained(
      withOptional(
        {
          id: current.id,
          incidentId: incident.id,
          part: current.part,
          receivedAt: current.receivedAt,
          priority,
        },
        {
          respondedAt: current.respondedAt,
          resolvedAt: end as Instant | undefined,
          agreedResolutionDueAt: incident.agreedResolutionDueAt,
          relatedTo: incident.relatedTo,
          ...(current.part === "whole" ? firstItemFacts(incident) : {}),
        },
      ),
      current.steps,
    ),
  );
  return items;
}

/** How the incident came in: kept on the first item (remaining work is clocked from the change). */
function firstItemFacts(incident: Incident) {
  return { openedBy: incident.openedBy, reportedVia: incident.reportedVia, phonedAt: incident.phonedAt };
}

function withOptional<A extends object>(
  base: A,
  optional: { readonly [k: string]: unknown },
): A &
  Partial<
    Pick<
      MeasuredItem,
      | "respondedAt"
      | "resolvedAt"
      | "agreedResolutionDueAt"
      | "relatedTo"
      | "openedBy"
      | "reportedVia"
      | "phonedAt"
    >
  > {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, v] of Object.entries(optional)) if (v !== undefined) out[key] = v;
  return out as A;
}
