// Tests that kill surviving mutants of src/internal/working-days.ts (issue #17, docs/quality.md):
// the memo of "N Werkdagen" due instants (MDO-SLA §9.3, §2.35) must never hand one clock start's
// deadline to another. Each test compiles its own SLA, so the memo starts empty.
import { opening } from "@zorgkit/core";
import { mdoOfficeHours } from "@zorgkit/core/presets";
import { describe, expect, it } from "vitest";
import { compileSla } from "../src/compile.js";
import { dueAt } from "../src/deadlines.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { at, local } from "./helpers.js";

describe("a working-day deadline depends on the local day the clock starts and on N only (MDO-SLA §9.3, §2.35)", () => {
  it("with office hours 00:30–18:00 every day, a P3 reported Tuesday 24 Nov 2026 12:00 is due Wednesday 18:00, and one reported Wednesday 00:45 is due Thursday 18:00", () => {
    const day = [opening("00:30", "18:00")];
    const early = compileSla({
      ...mdoSla2025,
      calendars: {
        ...mdoSla2025.calendars,
        officeHours: {
          ...mdoOfficeHours,
          weekly: {
            monday: day,
            tuesday: day,
            wednesday: day,
            thursday: day,
            friday: day,
            saturday: day,
            sunday: day,
          },
        },
      },
    });
    const tuesday = dueAt(
      { priority: "P3", target: "response", start: at("2026-11-24T12:00:00+01:00") },
      early,
    );
    const wednesday = dueAt(
      { priority: "P3", target: "response", start: at("2026-11-25T00:45:00+01:00") },
      early,
    );
    expect(local(tuesday)).toBe("2026-11-25T18:00:00+01:00");
    expect(local(wednesday)).toBe("2026-11-26T18:00:00+01:00");
  });
  it("a P4 response (3 Werkdagen) from Monday 5 Jan 2026 and a P2 resolution (2 Werkdagen) from Tuesday 24 Mar 2037, 4 096 days later, have their own deadlines", () => {
    const fresh = compileSla(mdoSla2025);
    const p4 = dueAt({ priority: "P4", target: "response", start: at("2026-01-05T10:00:00+01:00") }, fresh);
    const p2 = dueAt({ priority: "P2", target: "resolution", start: at("2037-03-24T10:00:00+01:00") }, fresh);
    expect(local(p4)).toBe("2026-01-08T17:00:00+01:00");
    expect(local(p2)).toBe("2037-03-26T17:00:00+01:00");
  });
});
