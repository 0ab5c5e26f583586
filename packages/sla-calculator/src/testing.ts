/**
 * `@zorgkit/sla-calculator/testing`: fast-check arbitraries of the calculator's domain values —
 * valid incidents and outages (decoded and on the wire) and near-misses that decoding must reject —
 * so teams can property-test their own services with realistic data. Requires `fast-check`
 * (optional peer dependency).
 *
 * @example
 * ```ts
 * import { arbIncident, arbInvalidOutageJson } from "@zorgkit/sla-calculator/testing";
 * // import { arbIncident, arbInvalidOutageJson } from "@zorgkit/sla-calculator/testing";
 * // Your service's own checks go where these are:
 * fc.assert(fc.property(arbIncident(), (i) => i.receivedAt > 0));
 * fc.assert(fc.property(arbInvalidOutageJson(), (o) => !decodeOutage(o).ok));
 * ```
 *
 * @module
 */
import type { Instant } from "@zorgkit/core";
import fc from "fast-check";
import type { Outage } from "./availability.js";
import type { Incident } from "./incident.js";
import type { PriorityInput } from "./priority.js";
import { Level, OutageCause, Priority } from "./sla.js";

const MS_PER_MINUTE = 60_000;

/** A range of instants (epoch ms). Default: the years 2026–2027. */
export interface InstantRange {
  readonly from?: number;
  readonly to?: number;
}

const DEFAULT_FROM = Date.UTC(2025, 11, 31, 23, 0); // 2026-01-01T00:00 Amsterdam
const DEFAULT_TO = Date.UTC(2027, 11, 31, 23, 0);

/** An instant on a whole minute in `[from, to)` (core's `arbInstant` takes ISO bounds; this one epoch ms). */
function instantIn(range: InstantRange = {}): fc.Arbitrary<Instant> {
  const from = Math.ceil((range.from ?? DEFAULT_FROM) / MS_PER_MINUTE);
  const to = Math.floor((range.to ?? DEFAULT_TO) / MS_PER_MINUTE) - 1;
  return fc.integer({ min: from, max: to }).map((m) => (m * MS_PER_MINUTE) as Instant);
}

/**
 * A priority P1–P4.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbPriority(), (p) => Schema.is(Priority)(p)));
 * ```
 */
export function arbPriority(): fc.Arbitrary<Priority> {
  return fc.constantFrom<Priority>(...Priority.literals);
}

/**
 * An impact or urgency level.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbLevel(), arbLevel(), (impact, urgency) => priority({ impact, urgency }, mdoSla2025).value !== undefined));
 * ```
 */
export function arbLevel(): fc.Arbitrary<Level> {
  return fc.constantFrom<Level>(...Level.literals);
}

/**
 * Impact, urgency and (sometimes) a confidentiality deviation.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbPriorityInput(), (i) => i.confidentialityDeviation !== true || priority(i, mdoSla2025).value === "P1"));
 * ```
 */
export function arbPriorityInput(): fc.Arbitrary<PriorityInput> {
  return fc
    .record({
      impact: arbLevel(),
      urgency: arbLevel(),
      confidentialityDeviation: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ confidentialityDeviation, ...rest }) =>
      confidentialityDeviation === undefined ? rest : { ...rest, confidentialityDeviation },
    );
}

/** Durations up to about 3 weeks, in minutes, biased to short ones. */
const arbMinutes = fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 30_000 }));

/**
 * A decoded incident received in `range`, sometimes picked up, sometimes solved (by one of the
 * three §2.21 moments).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbIncident(), (i) => Schema.is(Incident)(i)));
 * ```
 */
export function arbIncident(range: InstantRange = {}): fc.Arbitrary<Incident> {
  return fc
    .record({
      id: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim().length > 0),
      receivedAt: instantIn(range),
      priority: arbPriority(),
      responseAfter: fc.option(arbMinutes, { nil: undefined }),
      resolutionAfter: fc.option(arbMinutes, { nil: undefined }),
      resolutionKind: fc.constantFrom("reportedAt", "attemptedReportAt", "serviceRestoredAt"),
    })
    .map(({ id, receivedAt, priority, responseAfter, resolutionAfter, resolutionKind }) => {
      const base: Record<string, unknown> = { id, receivedAt, priority };
      if (responseAfter !== undefined) base.respondedAt = receivedAt + responseAfter * MS_PER_MINUTE;
      if (resolutionAfter !== undefined) {
        base.resolution = { [resolutionKind]: receivedAt + resolutionAfter * MS_PER_MINUTE };
      }
      return base as Incident;
    });
}

/**
 * A decoded outage starting in `range`, up to a few days long, on any second; maintenance is
 * sometimes announced (in time or not).
 *
 * @example
 * ```ts
 * const sla = compileSla(mdoSla2025);
 * fc.assert(fc.property(fc.array(arbOutage()), (outages) => availability({ month: yearMonth("2026-04"), outages }, sla).value.downtimeMinutes >= 0));
 * ```
 */
export function arbOutage(range: InstantRange = {}): fc.Arbitrary<Outage> {
  return fc
    .record({
      start: instantIn(range),
      offsetSeconds: fc.integer({ min: 0, max: 59 }),
      lengthSeconds: fc.oneof(fc.integer({ min: 0, max: 3_600 }), fc.integer({ min: 0, max: 4 * 86_400 })),
      cause: fc.constantFrom<OutageCause>(...OutageCause.literals),
      announcedDaysBefore: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    })
    .map(({ start, offsetSeconds, lengthSeconds, cause, announcedDaysBefore }) => {
      const s = start + offsetSeconds * 1000;
      const o: Record<string, unknown> = { start: s, end: s + lengthSeconds * 1000, cause };
      if (cause === "maintenance" && announcedDaysBefore !== undefined) {
        o.announcedAt = s - announcedDaysBefore * 86_400_000;
      }
      return o as Outage;
    });
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * An incident on the wire (ISO strings with offset) that decodes.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbIncidentJson(), (json) => decodeIncident(json).ok));
 * ```
 */
export function arbIncidentJson(range: InstantRange = {}): fc.Arbitrary<Record<string, unknown>> {
  return arbIncident(range).map((i) => {
    const out: Record<string, unknown> = { id: i.id, receivedAt: iso(i.receivedAt), priority: i.priority };
    if (i.respondedAt !== undefined) out.respondedAt = iso(i.respondedAt);
    if (i.resolution !== undefined) {
      out.resolution = Object.fromEntries(
        Object.entries(i.resolution).map(([k, v]) => [k, iso(v as number)]),
      );
    }
    return out;
  });
}

/**
 * An outage on the wire that decodes.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbOutageJson(), (json) => decodeOutage(json).ok));
 * ```
 */
export function arbOutageJson(range: InstantRange = {}): fc.Arbitrary<Record<string, unknown>> {
  return arbOutage(range).map((o) => {
    const out: Record<string, unknown> = { start: iso(o.start), end: iso(o.end), cause: o.cause };
    if (o.announcedAt !== undefined) out.announcedAt = iso(o.announcedAt);
    return out;
  });
}

/**
 * Near-misses of an outage on the wire that decoding must reject: end before start, a local time
 * without offset, an unknown cause, an impossible date, a missing field, a number instead of a
 * string.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbInvalidOutageJson(), (json) => !decodeOutage(json).ok));
 * ```
 */
export function arbInvalidOutageJson(range: InstantRange = {}): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(arbOutageJson(range), fc.integer({ min: 0, max: 5 })).map(([o, k]) => {
    const start = o.start as string;
    switch (k) {
      case 0:
        return { ...o, start: o.end, end: iso(Date.parse(start) - 60_000) };
      case 1:
        return { ...o, start: start.replace(/\.\d{3}Z$/, "") };
      case 2:
        return { ...o, cause: "solar-flare" };
      case 3:
        return { ...o, start: `${start.slice(0, 5)}02-30${start.slice(10)}` };
      case 4: {
        const { cause: _cause, ...rest } = o;
        return rest;
      }
      default:
        return { ...o, end: Date.parse(o.end as string) };
    }
  });
}

/**
 * Near-misses of an incident on the wire that decoding must reject: response before receipt,
 * unknown priority ("P5", "p1"), a local time without offset, an empty id.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbInvalidIncidentJson(), (json) => !decodeIncident(json).ok));
 * ```
 */
export function arbInvalidIncidentJson(range: InstantRange = {}): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(arbIncidentJson(range), fc.integer({ min: 0, max: 4 })).map(([i, k]) => {
    const received = i.receivedAt as string;
    switch (k) {
      case 0:
        return { ...i, respondedAt: iso(Date.parse(received) - 60_000) };
      case 1:
        return { ...i, priority: "P5" };
      case 2:
        return { ...i, priority: "p1" };
      case 3:
        return { ...i, receivedAt: received.replace(/\.\d{3}Z$/, "") };
      default:
        return { ...i, id: "  " };
    }
  });
}
