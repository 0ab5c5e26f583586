import { formatInstant, type Instant, instant } from "@zorgkit/core";
import { arbInstant } from "@zorgkit/core/testing";
import type fc from "fast-check";
import { compileSla } from "../src/compile.js";
import type { Incident } from "../src/incident.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";

/** The MDO SLA compiled once for all tests (2020–2040). */
export const sla = compileSla(mdoSla2025);
/** The same SLA with every hour target on a 24 × 7 clock. */
export const sla24x7 = compileSla(mdoSla2025, { hourClock: "24x7" });
/** The same SLA with the support-calendar reading: the P1 resolution on office hours ∪ standby. */
export const slaSupport = compileSla(mdoSla2025, { hourClock: "support" });

/** Local Amsterdam ISO rendering of an instant, for readable assertions. */
export const local = (t: Instant | number | undefined): string | undefined =>
  t === undefined ? undefined : formatInstant(t);

export const at = instant;

/** A decoded incident from a few fields. */
export function incident(fields: Partial<Incident> & Pick<Incident, "receivedAt" | "priority">): Incident {
  return { id: "INC-1", ...fields } as Incident;
}

/** Whole-minute instants in [from, to] (epoch ms; default the years 2026–2027), by core's arbitrary. */
export function arbInstantIn(
  from: number = Date.UTC(2025, 11, 31, 23),
  to: number = Date.UTC(2027, 11, 31, 22, 59),
): fc.Arbitrary<Instant> {
  return arbInstant({ from: from as Instant, to: to as Instant });
}
