// Range audit: the deadline generators start incidents in 2026–2027 on the SLA compiled for
// 2020–2040, while compileSla accepts any years 1970–2199 and the incident decoder instants to
// 9999. Here SLAs compiled for 1970–1972, 2036–2040 (the 2038-01-19 second limit), 2104–2108
// (2106-02-07) and 2195–2199 (the last compilable years) give the deadlines of the minute-stepping
// reference; a deadline past the compiled years is a RangeError (documented in compileSla).
import type { Instant } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileSla } from "../src/compile.js";
import { dueAt } from "../src/deadlines.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { arbPriority } from "../src/testing.js";
import { arbInstantIn } from "./helpers.js";
import { referenceDue } from "./reference/deadlines-reference.js";

const regions = [
  { from: 1970, to: 1972, near: Date.UTC(1970, 0, 2) },
  { from: 2036, to: 2040, near: Date.UTC(2038, 0, 19, 3, 14, 7) },
  { from: 2104, to: 2108, near: Date.UTC(2106, 1, 7, 6, 28, 15) },
  { from: 2195, to: 2199, near: Date.UTC(2199, 11, 20) },
];
const DAY = 86_400_000;

describe.each(regions)(
  "range audit: deadlines on the SLA compiled for $from–$to (MDO-SLA §9.3)",
  (region) => {
    const compiled = {
      contract: compileSla(mdoSla2025, { years: { from: region.from, to: region.to } }),
      support: compileSla(mdoSla2025, { years: { from: region.from, to: region.to }, hourClock: "support" }),
    };
    const end = Date.UTC(region.to + 1, 0, 1) - 3_600_000; // the compiled range ends 1 January 00:00 Amsterdam (CET)
    const arbStart = fc.oneof(
      arbInstantIn(
        Math.max(Date.UTC(region.from, 0, 1), region.near - 10 * DAY),
        Math.min(end - DAY, region.near + 10 * DAY),
      ),
      arbInstantIn(Date.UTC(region.from, 0, 1), end - DAY),
    );
    it("every response and resolution deadline equals the reference, on the contract and support clocks", () => {
      fc.assert(
        fc.property(
          arbPriority(),
          fc.constantFrom("response" as const, "resolution" as const),
          arbStart,
          (p, t, start) => {
            const target = mdoSla2025.targets[p][t];
            for (const reading of ["contract", "support"] as const) {
              const ref = referenceDue(mdoSla2025, target, start as Instant, reading);
              const q = { priority: p, target: t, start: start as Instant };
              if (ref !== undefined && ref > end)
                expect(() => dueAt(q, compiled[reading])).toThrow(RangeError);
              else expect(dueAt(q, compiled[reading])).toBe(ref);
            }
          },
        ),
        { numRuns: 80 },
      );
    });
  },
);
