import { addWorkingTime, compileCalendar, type Instant } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "../src/assess.js";
import { dueAt, elapsedWorkingTime, workingDayDeadline } from "../src/deadlines.js";
import type { Incident } from "../src/incident.js";
import type { Priority } from "../src/sla.js";
import { arbIncident, arbPriority } from "../src/testing.js";
import { arbInstantIn, sla, sla24x7, slaSupport } from "./helpers.js";
import { referenceDue, referenceWorkingMinutes } from "./reference/deadlines-reference.js";

const arbTarget = fc.constantFrom("response" as const, "resolution" as const);
// Include both DST weekends of 2026 and Whitsun/Ascension.
const arbStart = fc.oneof(
  arbInstantIn(Date.UTC(2026, 2, 20), Date.UTC(2026, 3, 10)),
  arbInstantIn(Date.UTC(2026, 4, 8), Date.UTC(2026, 4, 30)),
  arbInstantIn(Date.UTC(2026, 9, 15), Date.UTC(2026, 10, 5)),
  arbInstantIn(Date.UTC(2026, 11, 15), Date.UTC(2027, 0, 5)),
  arbInstantIn(),
);

describe("the fast deadlines agree with a minute-stepping reference (differential)", () => {
  it("every response and resolution deadline equals the reference, on the contract clocks", () => {
    fc.assert(
      fc.property(arbPriority(), arbTarget, arbStart, (p, t, start) => {
        const target = sla.definition.targets[p][t];
        expect(dueAt({ priority: p, target: t, start }, sla)).toBe(
          referenceDue(sla.definition, target, start, "contract"),
        );
        expect(dueAt({ priority: p, target: t, start }, slaSupport)).toBe(
          referenceDue(sla.definition, target, start, "support"),
        );
      }),
      { numRuns: 150 },
    );
  });

  it("every hour-target deadline equals the reference on the 24 × 7 clock", () => {
    fc.assert(
      fc.property(fc.constantFrom<Priority>("P1", "P2"), arbStart, (p, start) => {
        const target = sla.definition.targets[p].resolution;
        expect(dueAt({ priority: p, target: "resolution", start }, sla24x7)).toBe(
          referenceDue(sla.definition, target, start, "24x7"),
        );
      }),
      { numRuns: 60 },
    );
  });

  it("elapsed working time equals the number of open minutes stepped by the reference", () => {
    fc.assert(
      fc.property(arbPriority(), arbStart, fc.integer({ min: 0, max: 20_000 }), (p, start, minutes) => {
        const end = (start + minutes * 60_000) as Instant;
        const cal = sla.definition.calendars[p === "P1" ? "p1Support" : "officeHours"];
        expect(elapsedWorkingTime({ priority: p, target: "response", from: start, to: end }, sla)).toBe(
          referenceWorkingMinutes(cal, start, end) * 60_000,
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe("invariants of deadlines (spec §9)", () => {
  it("a deadline is never before the start", () => {
    fc.assert(
      fc.property(arbPriority(), arbTarget, arbStart, (p, t, start) => {
        const due = dueAt({ priority: p, target: t, start }, sla);
        expect(due === undefined || due >= start).toBe(true);
      }),
    );
  });

  it("deadlines are monotone in the start instant", () => {
    fc.assert(
      fc.property(
        arbPriority(),
        arbTarget,
        arbStart,
        fc.integer({ min: 0, max: 10_000 }),
        (p, t, s1, delta) => {
          const s2 = (s1 + delta * 60_000) as Instant;
          const d1 = dueAt({ priority: p, target: t, start: s1 }, sla);
          const d2 = dueAt({ priority: p, target: t, start: s2 }, sla);
          expect(d1 === undefined || d2 === undefined || d1 <= d2).toBe(true);
        },
      ),
    );
  });

  it("deadlines are monotone in the target length (working days and working time)", () => {
    fc.assert(
      fc.property(arbStart, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (s, a, b) => {
        const [n1, n2] = a <= b ? [a, b] : [b, a];
        const office = compileCalendar(sla.definition.calendars.officeHours, sla.years);
        expect(
          workingDayDeadline({ start: s, days: n1 }, sla).due <=
            workingDayDeadline({ start: s, days: n2 }, sla).due,
        ).toBe(true);
        expect(addWorkingTime(office, s, n1 * 3_600_000) <= addWorkingTime(office, s, n2 * 3_600_000)).toBe(
          true,
        );
      }),
    );
  });

  it("the working time between the start and an hour-target deadline equals the target", () => {
    fc.assert(
      fc.property(fc.constantFrom<Priority>("P1", "P2"), arbTarget, arbStart, (p, t, start) => {
        const target = sla.definition.targets[p][t];
        if (target.kind !== "working-time") return;
        const due = dueAt({ priority: p, target: t, start }, sla) as Instant;
        expect(elapsedWorkingTime({ priority: p, target: t, from: start, to: due }, sla)).toBe(
          target.hours * 3_600_000,
        );
      }),
    );
  });

  it("a faster response never turns a met target into a breach", () => {
    fc.assert(
      fc.property(
        arbIncident(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        arbInstantIn(),
        (i, fraction, now) => {
          if (i.respondedAt === undefined) return;
          const faster = (i.receivedAt + Math.floor((i.respondedAt - i.receivedAt) * fraction)) as Instant;
          const before = assess(i, sla, now).value[0]?.response.status;
          const after = assess({ ...i, respondedAt: faster } as Incident, sla, now).value[0]?.response.status;
          if (before === "met") expect(after).toBe("met");
        },
      ),
    );
  });
});
