import { compileCalendar, workingTimeBetween } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "../src/assess.js";
import { Outage } from "../src/availability.js";
import { Incident } from "../src/incident.js";
import { PriorityInput } from "../src/priority.js";
import { arbIncident, arbOutage, arbPriorityInput } from "../src/testing.js";
import { sla } from "./helpers.js";

describe("the arbitraries of @zorgkit/sla-calculator/testing generate valid domain values", () => {
  it("every generated incident, outage and priority input satisfies its schema", () => {
    fc.assert(
      fc.property(arbIncident(), arbOutage(), arbPriorityInput(), (i, o, p) => {
        expect(Schema.is(Incident)(i)).toBe(true);
        expect(Schema.is(Outage)(o)).toBe(true);
        expect(Schema.is(PriorityInput)(p)).toBe(true);
      }),
    );
  });
});

const clocks = {
  officeHours: compileCalendar(sla.definition.calendars.officeHours, sla.years),
  p1Support: compileCalendar(sla.definition.calendars.p1Support, sla.years),
  "24x7": compileCalendar(sla.definition.calendars["24x7"], sla.years),
};

describe("assess is consistent with its deadlines", () => {
  it("met means ended by the deadline, breached means ended after it or open past it, and elapsed + remaining = the working time to the deadline", () => {
    fc.assert(
      fc.property(arbIncident(), fc.integer({ min: 0, max: 60 * 24 * 40 }), (i, minutesLater) => {
        const at = i.receivedAt + minutesLater * 60_000;
        for (const item of assess(i, sla, at as never).value) {
          for (const a of [item.response, item.resolution]) {
            if (a.due === undefined) {
              expect(a.status).toBe("no-target");
              continue;
            }
            const end = a.end;
            if (a.status === "met") expect(end !== undefined && end <= a.due).toBe(true);
            if (a.status === "breached") expect(end !== undefined ? end > a.due : at > a.due).toBe(true);
            if (a.status === "running") expect(end === undefined && at <= a.due).toBe(true);
            const toDeadline = workingTimeBetween(clocks[a.clock], item.item.receivedAt, a.due);
            expect(a.elapsedMs + (a.remainingMs ?? 0)).toBe(toDeadline);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
