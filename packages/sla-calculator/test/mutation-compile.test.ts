// Tests that kill surviving mutants of src/compile.ts (issue #17, docs/quality.md): a compiled SLA
// keeps the readings and years chosen, and resolves every target to its clock and amount — hour
// targets on their calendar, "N Werkdagen" at the close of the N-th working day, "In overleg"
// without a due instant (MDO-SLA §9.3 on the clocks of §4.1, §4.2, §2.35). Each test compiles its
// own SLA (a fresh object), and every result is computed inside its `it`.
import { describe, expect, it } from "vitest";
import { compileSla } from "../src/compile.js";
import { dueAt, elapsedWorkingTime } from "../src/deadlines.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { at, local } from "./helpers.js";

const HOUR = 3_600_000;
/** Tuesday 24 November 2026 10:00, inside office hours (Monday–Thursday 09:00–17:00). */
const tuesday = at("2026-11-24T10:00:00+01:00");

describe("a compiled SLA keeps the readings and years chosen (MDO-SLA §9.3, MDO-BV art. 4.5)", () => {
  it("by default the contract's clocks, the definition's norm on response, no start date and the years 2020–2040", () => {
    const sla = compileSla(mdoSla2025);
    expect(sla.readings).toStrictEqual({ hourClock: "contract", normAppliesToResponse: true });
    expect(sla.years).toStrictEqual({ from: 2020, to: 2040 });
  });
  it("the support reading, no norm on response, effective from 1 May 2026 and the years 2026–2027 are kept as given", () => {
    const sla = compileSla(mdoSla2025, {
      hourClock: "support",
      normAppliesToResponse: false,
      effectiveFrom: at("2026-05-01T00:00:00+02:00"),
      years: { from: 2026, to: 2027 },
    });
    expect(sla.readings).toStrictEqual({
      hourClock: "support",
      normAppliesToResponse: false,
      effectiveFrom: at("2026-05-01T00:00:00+02:00"),
    });
    expect(sla.years).toStrictEqual({ from: 2026, to: 2027 });
  });
});

describe("every target is resolved to its clock and amount (MDO-SLA §9.3, §4.1, §4.2, §2.35)", () => {
  it("a P2 received Tuesday 24 November 2026 10:00 is due for response at 14:00 (4 hours on office hours)", () => {
    const sla = compileSla(mdoSla2025);
    expect(local(dueAt({ priority: "P2", target: "response", start: tuesday }, sla))).toBe(
      "2026-11-24T14:00:00+01:00",
    );
  });
  it("a P3 received Tuesday 24 November 2026 10:00 is due for response at Wednesday's close, 17:00 (1 Werkdag), for resolution on Tuesday 15 December 17:00 (15 Werkdagen)", () => {
    const sla = compileSla(mdoSla2025);
    expect(local(dueAt({ priority: "P3", target: "response", start: tuesday }, sla))).toBe(
      "2026-11-25T17:00:00+01:00",
    );
    expect(local(dueAt({ priority: "P3", target: "resolution", start: tuesday }, sla))).toBe(
      "2026-12-15T17:00:00+01:00",
    );
  });
  it("a P4 resolution is by agreement (In overleg): no due instant, and its working time counts on office hours like every target that is not an hour target (8 hours from Tuesday 10:00 to Wednesday 10:00)", () => {
    const sla = compileSla(mdoSla2025);
    expect(dueAt({ priority: "P4", target: "resolution", start: tuesday }, sla)).toBeUndefined();
    expect(
      elapsedWorkingTime(
        { priority: "P4", target: "resolution", from: tuesday, to: at("2026-11-25T10:00:00+01:00") },
        sla,
      ),
    ).toBe(8 * HOUR);
  });
  it("the P1 resolution runs round the clock under the contract's reading (24 hours from Friday 6 March 2026 17:00 is Saturday 17:00) and not at all on a Saturday morning under the support reading", () => {
    const contract = compileSla(mdoSla2025);
    const support = compileSla(mdoSla2025, { hourClock: "support" });
    expect(
      local(
        dueAt({ priority: "P1", target: "resolution", start: at("2026-03-06T17:00:00+01:00") }, contract),
      ),
    ).toBe("2026-03-07T17:00:00+01:00");
    const saturday = {
      priority: "P1",
      target: "resolution",
      from: at("2026-03-07T10:00:00+01:00"),
      to: at("2026-03-07T12:00:00+01:00"),
    } as const;
    expect(elapsedWorkingTime(saturday, contract)).toBe(2 * HOUR);
    expect(elapsedWorkingTime(saturday, support)).toBe(0);
  });
  it("from Tuesday 10:00 to Wednesday 10:00 a P2 response has used 8 office hours (10:00–17:00 and 09:00–10:00)", () => {
    const sla = compileSla(mdoSla2025);
    expect(
      elapsedWorkingTime(
        { priority: "P2", target: "response", from: tuesday, to: at("2026-11-25T10:00:00+01:00") },
        sla,
      ),
    ).toBe(8 * HOUR);
  });
});
