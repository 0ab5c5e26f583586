import { explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { handlingOrder, priority } from "../src/priority.js";
import type { Level } from "../src/sla.js";

describe("priority from impact × urgency (MDO-SLA §9.2)", () => {
  const table: Array<[Level, Level, string]> = [
    ["high", "high", "P1"],
    ["high", "medium", "P2"],
    ["high", "low", "P3"],
    ["medium", "high", "P2"],
    ["medium", "medium", "P3"],
    ["medium", "low", "P4"],
    ["low", "high", "P3"],
    ["low", "medium", "P4"],
    ["low", "low", "P4"],
  ];
  it.each(table)("impact %s and urgency %s give %s", (impact, urgency, expected) => {
    expect(priority({ impact, urgency }, mdoSla2025).value).toBe(expected);
  });

  it("a deviation in confidentiality is always P1, even with small impact and no urgency (MDO-SLA §7.4)", () => {
    const p = priority({ impact: "low", urgency: "low", confidentialityDeviation: true }, mdoSla2025);
    expect(p.value).toBe("P1");
    expect(explainToText(p, "en")).toContain("MDO-SLA §7.4");
  });
});

describe("handling order: priority first, then date of receipt (MDO-SLA §9.3)", () => {
  it("a P1 received later is handled before an earlier P3, and equal priorities go by receipt", () => {
    const items = [
      { id: "p3-late", priority: "P3" as const, receivedAt: 300 },
      { id: "p1", priority: "P1" as const, receivedAt: 400 },
      { id: "p3-early", priority: "P3" as const, receivedAt: 100 },
    ];
    expect(handlingOrder(items).map((i) => i.id)).toEqual(["p1", "p3-early", "p3-late"]);
  });
});
