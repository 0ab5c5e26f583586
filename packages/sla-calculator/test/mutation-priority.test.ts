// Tests that kill surviving mutants of src/priority.ts and src/internal/compiled.ts (issue #17,
// docs/quality.md): the order of handling (MDO-SLA §9.1 "Incidenten met een hogere Prioriteit
// hebben altijd voorrang"), the matrix step (§9.2) and which clock a reading puts a target on
// (§9.3, §4.1, §4.2; working-day targets always count office time).
import { describe, expect, it } from "vitest";
import { clockOf } from "../src/deadlines.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { handlingOrder, priority, priorityRank } from "../src/priority.js";
import { at, sla, sla24x7 } from "./helpers.js";

describe("a higher priority is always handled first (MDO-SLA §9.1)", () => {
  it("P1 to P4 rank 1 to 4", () => {
    expect(["P1", "P2", "P3", "P4"].map((p) => priorityRank(p as "P1"))).toEqual([1, 2, 3, 4]);
  });
  it("a P4, a P3 and a P2 received in that order are handled P2, P3, P4", () => {
    const items = [
      { id: "a", priority: "P4" as const, receivedAt: at("2026-11-24T09:00:00+01:00") },
      { id: "b", priority: "P3" as const, receivedAt: at("2026-11-24T10:00:00+01:00") },
      { id: "c", priority: "P2" as const, receivedAt: at("2026-11-24T11:00:00+01:00") },
    ];
    expect(handlingOrder(items).map((i) => i.id)).toEqual(["c", "b", "a"]);
  });
  it("two P1s received at the same instant keep their input order", () => {
    const t = at("2026-11-24T09:00:00+01:00");
    const items = [
      { id: "x", priority: "P1" as const, receivedAt: t },
      { id: "y", priority: "P1" as const, receivedAt: t },
      { id: "z", priority: "P1" as const, receivedAt: t },
    ];
    expect(handlingOrder(items).map((i) => i.id)).toEqual(["x", "y", "z"]);
  });
});

describe("the priority matrix step records impact and urgency (MDO-SLA §9.2)", () => {
  it("impact high and urgency medium give P2, explained by the matrix step", () => {
    const r = priority({ impact: "high", urgency: "medium" }, sla);
    expect(r.value).toBe("P2");
    expect(r.because).toHaveLength(1);
    expect(r.because[0]?.rule).toBe("priority-matrix");
    expect(r.because[0]?.inputs).toStrictEqual({ impact: "high", urgency: "medium" });
    expect(r.because[0]?.output).toBe("P2");
  });
});

describe("under the 24 × 7 reading hour targets run round the clock, working-day targets still on office hours (MDO-SLA §9.3, §2.35)", () => {
  it("the P1 response runs 24 × 7, the P3 response (1 Werkdag) on office hours", () => {
    expect(clockOf(mdoSla2025.targets.P1.response, sla24x7)).toBe("24x7");
    expect(clockOf(mdoSla2025.targets.P3.response, sla24x7)).toBe("officeHours");
  });
});
