import { explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { deadlines } from "../src/deadlines.js";
import { decodeIncident } from "../src/decode.js";
import { at, local, sla } from "./helpers.js";

describe("a P1 the supplier notices itself: customers are informed 'onverwijld via e-mail' (MDO-SLA §9.1)", () => {
  it("a P1 VECOZO opened itself on Tuesday 24 November 2026 10:00 obliges VECOZO to inform its customers by e-mail without delay", () => {
    const d = deadlines(
      { receivedAt: at("2026-11-24T10:00:00+01:00"), priority: "P1", openedBy: "supplier" },
      sla,
    );
    expect(d.value.obligations).toEqual([
      {
        party: "supplier",
        action: "inform-customers",
        form: "e-mail",
        timing: "without-delay",
        from: at("2026-11-24T10:00:00+01:00"),
        citations: [{ source: "MDO-SLA", article: "9.1", note: "onverwijld via e-mail" }],
      },
    ]);
    expect(explainToText(d, "en")).toContain("by e-mail without delay");
    expect(explainToText(d, "nl")).toContain("onverwijld via e-mail");
  });

  it("the clock of a P1 VECOZO opened itself starts at its creation", () => {
    const d = deadlines(
      { receivedAt: at("2026-11-24T10:00:00+01:00"), priority: "P1", openedBy: "supplier" },
      sla,
    );
    expect(local(d.value.responseDue.due)).toBe("2026-11-24T11:00:00+01:00");
  });

  it("a P1 reported by the customer creates no such obligation", () => {
    const d = deadlines(
      { receivedAt: at("2026-11-24T10:00:00+01:00"), priority: "P1", openedBy: "customer" },
      sla,
    );
    expect(d.value.obligations).toEqual([]);
  });

  it("a P2 VECOZO opened itself creates no such obligation (the clause names P1 only)", () => {
    const d = deadlines(
      { receivedAt: at("2026-11-24T10:00:00+01:00"), priority: "P2", openedBy: "supplier" },
      sla,
    );
    expect(d.value.obligations).toEqual([]);
  });

  it("a confidentiality deviation VECOZO found itself, assigned P3, is a P1 and creates the obligation (MDO-SLA §7.4, §9.1)", () => {
    const d = deadlines(
      {
        receivedAt: at("2026-11-24T10:00:00+01:00"),
        priority: "P3",
        confidentialityDeviation: true,
        openedBy: "supplier",
      },
      sla,
    );
    expect(d.value.priority).toBe("P1");
    expect(d.value.obligations.map((o) => o.action)).toEqual(["inform-customers"]);
  });
});

describe("an e-mail-only P1 starts its clock at receipt (MDO-SLA §9.2, this library's reading)", () => {
  it("a P1 reported by e-mail on Tuesday 24 November 2026 10:00 without the phone call §9.2 asks for is due for response at 11:00", () => {
    const d = deadlines(
      { receivedAt: at("2026-11-24T10:00:00+01:00"), priority: "P1", reportedVia: "e-mail" },
      sla,
    );
    expect(local(d.value.responseDue.due)).toBe("2026-11-24T11:00:00+01:00");
    expect(explainToText(d, "en")).toContain("no phone call is recorded");
  });

  it("a P1 reported by e-mail at 10:00 and phoned in at 10:45 is still due for response at 11:00, one hour after receipt, not after the call", () => {
    const d = deadlines(
      {
        receivedAt: at("2026-11-24T10:00:00+01:00"),
        priority: "P1",
        reportedVia: "e-mail",
        phonedAt: at("2026-11-24T10:45:00+01:00"),
      },
      sla,
    );
    expect(local(d.value.responseDue.due)).toBe("2026-11-24T11:00:00+01:00");
    expect(local(d.value.resolutionDue.due)).toBe("2026-11-25T10:00:00+01:00");
  });

  it("decoding rejects a phone call recorded before the report was received", () => {
    const r = decodeIncident({
      id: "INC-1",
      receivedAt: "2026-11-24T10:00:00+01:00",
      priority: "P1",
      phonedAt: "2026-11-24T09:00:00+01:00",
    });
    expect(r.ok).toBe(false);
  });
});

describe("an incident report contains at least the data of MDO-SLA §9.4", () => {
  const report = {
    description: "MDO-overleg opent niet; foutmelding 500",
    usersAffected: 12,
    firstOccurred: { at: "2026-11-24T09:40:00+01:00", action: "openen van een MDO" },
    reproducible: true,
    attachments: ["screenshot-1.png"],
    expectedPriority: "P2",
  };
  const withReport = (r: unknown) =>
    decodeIncident({ id: "INC-1", receivedAt: "2026-11-24T10:00:00+01:00", priority: "P2", report: r });

  it("a report with a description, the users affected, the first occurrence, reproducibility and the expected priority decodes", () => {
    const r = withReport(report);
    expect(r.ok).toBe(true);
  });

  it.each(["description", "usersAffected", "firstOccurred", "reproducible", "expectedPriority"])(
    "a report without %s is rejected",
    (field) => {
      const { [field]: _omitted, ...rest } = report as Record<string, unknown>;
      const r = withReport(rest);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(`$.report.${field}`);
    },
  );

  it("attachments and the action at first occurrence are optional", () => {
    const { attachments: _a, ...rest } = report;
    expect(withReport({ ...rest, firstOccurred: { at: "2026-11-24T09:40:00+01:00" } }).ok).toBe(true);
  });

  it("a blank description, a negative or fractional number of users, a first occurrence without offset and a priority P5 are rejected", () => {
    expect(withReport({ ...report, description: "   " }).ok).toBe(false);
    expect(withReport({ ...report, usersAffected: -1 }).ok).toBe(false);
    expect(withReport({ ...report, usersAffected: 2.5 }).ok).toBe(false);
    expect(withReport({ ...report, firstOccurred: { at: "2026-11-24T09:40:00" } }).ok).toBe(false);
    expect(withReport({ ...report, expectedPriority: "P5" }).ok).toBe(false);
  });
});

describe("the assessment of a supplier-opened incident keeps how it came in", () => {
  it("assessing a P1 VECOZO opened itself explains that its clock runs from its creation", async () => {
    const { assess } = await import("../src/assess.js");
    const i = {
      id: "MON-1",
      receivedAt: at("2026-11-24T10:00:00+01:00"),
      priority: "P1" as const,
      openedBy: "supplier" as const,
    };
    const r = assess(i, sla, at("2026-11-24T12:00:00+01:00"));
    expect(r.value[0]?.item.openedBy).toBe("supplier");
    expect(explainToText(r, "en")).toContain("The supplier opened the incident itself");
    expect(explainToText(r, "en")).toContain("by e-mail without delay");
  });
});
