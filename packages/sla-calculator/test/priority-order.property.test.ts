import type { Instant } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deadlines } from "../src/deadlines.js";
import type { Priority } from "../src/sla.js";
import { arbInstantIn, sla } from "./helpers.js";

// Receipt instants across both DST weekends of 2026, Easter, King's Day, Whitsun, Christmas and
// any minute of 2026–2027.
const arbReceipt = fc.oneof(
  arbInstantIn(Date.UTC(2026, 2, 20), Date.UTC(2026, 3, 10)),
  arbInstantIn(Date.UTC(2026, 3, 20), Date.UTC(2026, 4, 30)),
  arbInstantIn(Date.UTC(2026, 9, 15), Date.UTC(2026, 10, 5)),
  arbInstantIn(Date.UTC(2026, 11, 15), Date.UTC(2027, 0, 5)),
  arbInstantIn(),
);
const order: ReadonlyArray<Priority> = ["P1", "P2", "P3", "P4"];

describe("a higher priority is never due later than a lower one (MDO-SLA §9.1 'Incidenten met een hogere Prioriteit hebben altijd voorrang')", () => {
  it.each(["response", "resolution"] as const)(
    "under the default MDO preset, for every receipt instant, the %s deadlines of P1 ≤ P2 ≤ P3 ≤ P4",
    (target) => {
      fc.assert(
        fc.property(arbReceipt, (receivedAt: Instant) => {
          const dues = order.map((priority) => {
            const d = deadlines({ receivedAt, priority }, sla).value;
            return (target === "response" ? d.responseDue : d.resolutionDue).due;
          });
          for (let k = 0; k + 1 < dues.length; k++) {
            const higher = dues[k];
            const lower = dues[k + 1];
            if (higher === undefined || lower === undefined) continue; // "In overleg": no target
            expect(higher).toBeLessThanOrEqual(lower);
          }
        }),
        { numRuns: 400 },
      );
    },
  );

  it("the P4 resolution ('In overleg') is the only target without a deadline", () => {
    const d = deadlines({ receivedAt: Date.UTC(2026, 4, 4, 8) as Instant, priority: "P4" }, sla).value;
    expect(d.resolutionDue.due).toBeUndefined();
    expect(d.responseDue.due).toBeDefined();
  });
});
