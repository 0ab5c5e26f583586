// Tests that kill surviving mutants of src/incident.ts (issue #17, docs/quality.md): the order of an
// incident's instants that decodeIncident enforces (the receipt first, MDO-SLA §2.21, §2.25, §9.2,
// §9.3), the end of the resolution time (§2.21: the earliest moment given), and the items an
// incident is measured as (§7.4 confidentiality, §9.2 reclassification, §9.3 partial solution).
// Every result is computed inside its `it` (perTest coverage).
import { describe, expect, it } from "vitest";
import { decodeIncident } from "../src/decode.js";
import { measuredItems, resolvedAt } from "../src/incident.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { at, incident } from "./helpers.js";

const messages = (r: { ok: boolean; issues?: ReadonlyArray<{ path: string; message: string }> }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => `${i.path}: ${i.message}`);
const articles = (cs: ReadonlyArray<{ readonly source: string; readonly article: string }>) =>
  cs.map((c) => `${c.source} ${c.article}`);
/** The items of an incident received Tuesday 24 Nov 2026 10:00 with the fields given. */
const itemsOf = (fields: Omit<Parameters<typeof incident>[0], "receivedAt">) =>
  measuredItems(incident({ receivedAt: at("2026-11-24T10:00:00+01:00"), ...fields }), mdoSla2025);
/** A P2 received Tuesday 24 Nov 2026 10:00 with the extra fields given, as JSON for decodeIncident. */
const p2 = (extra: Record<string, unknown>) => ({
  id: "INC-1",
  receivedAt: "2026-11-24T10:00:00+01:00",
  priority: "P2",
  ...extra,
});

describe("decodeIncident: every instant of an incident is at or after its receipt (MDO-SLA §2.21, §9.2, §9.3)", () => {
  it("§2.21: a resolution must name at least one of the moments that end the resolution time", () => {
    expect(messages(decodeIncident(p2({ resolution: {} })))).toEqual([
      "$.resolution: a resolution needs at least one of reportedAt, attemptedReportAt, serviceRestoredAt",
    ]);
  });

  it("§9.2: a phone call at or after the receipt is accepted, one before it is refused", () => {
    expect(decodeIncident(p2({ phonedAt: "2026-11-24T10:00:00+01:00" })).ok).toBe(true);
    expect(decodeIncident(p2({ phonedAt: "2026-11-24T10:05:00+01:00" })).ok).toBe(true);
    expect(messages(decodeIncident(p2({ phonedAt: "2026-11-24T09:59:00+01:00" })))).toEqual([
      "$: phonedAt is before receivedAt",
    ]);
  });

  it("§9.3 (In overleg): an agreed resolution deadline at or after the receipt is accepted, one before it is refused", () => {
    expect(decodeIncident(p2({ agreedResolutionDueAt: "2026-11-24T10:00:00+01:00" })).ok).toBe(true);
    expect(decodeIncident(p2({ agreedResolutionDueAt: "2026-12-01T17:00:00+01:00" })).ok).toBe(true);
    expect(messages(decodeIncident(p2({ agreedResolutionDueAt: "2026-11-24T09:00:00+01:00" })))).toEqual([
      "$: agreedResolutionDueAt is before receivedAt",
    ]);
  });

  it("§2.21: a resolution moment before the receipt is refused, naming the moment", () => {
    expect(messages(decodeIncident(p2({ resolution: { reportedAt: "2026-11-24T09:00:00+01:00" } })))).toEqual(
      ["$: resolution.reportedAt is before receivedAt"],
    );
    expect(
      messages(
        decodeIncident(
          p2({
            resolution: {
              reportedAt: "2026-11-24T12:00:00+01:00",
              serviceRestoredAt: "2026-11-24T09:00:00+01:00",
            },
          }),
        ),
      ),
    ).toEqual(["$: resolution.serviceRestoredAt is before receivedAt"]);
    expect(decodeIncident(p2({ resolution: { reportedAt: "2026-11-24T12:00:00+01:00" } })).ok).toBe(true);
  });

  it("§9.2: a priority change before the receipt is refused; a reclassification at the receipt itself is accepted", () => {
    expect(
      messages(
        decodeIncident(
          p2({ priorityChanges: [{ at: "2026-11-24T09:00:00+01:00", to: "P1", reason: "reclassified" }] }),
        ),
      ),
    ).toEqual(["$: priorityChanges[0].at is before the receipt or the previous change"]);
    expect(
      decodeIncident(
        p2({ priorityChanges: [{ at: "2026-11-24T10:00:00+01:00", to: "P1", reason: "reclassified" }] }),
      ).ok,
    ).toBe(true);
  });

  it("§9.2: a reclassification may raise the priority (P3 → P1); §9.3: remaining work may not keep the same priority", () => {
    expect(
      decodeIncident({
        id: "INC-1",
        receivedAt: "2026-11-24T10:00:00+01:00",
        priority: "P3",
        priorityChanges: [{ at: "2026-11-24T11:00:00+01:00", to: "P1", reason: "reclassified" }],
      }).ok,
    ).toBe(true);
    expect(
      messages(
        decodeIncident(
          p2({ priorityChanges: [{ at: "2026-11-24T11:00:00+01:00", to: "P2", reason: "partly-solved" }] }),
        ),
      ),
    ).toEqual([
      "$: priorityChanges[0]: remaining work after a partial solution gets a lower priority than P2, not P2",
    ]);
  });

  it("§9.3, §2.21: a partial solution after the incident was solved is refused; one before it or at that moment is accepted", () => {
    const solved = { reportedAt: "2026-11-24T15:00:00+01:00" };
    const partly = (t: string) =>
      p2({ resolution: solved, priorityChanges: [{ at: t, to: "P3", reason: "partly-solved" }] });
    expect(messages(decodeIncident(partly("2026-11-24T15:00:01+01:00")))).toEqual([
      "$: priorityChanges[0].at is after the incident was solved",
    ]);
    expect(decodeIncident(partly("2026-11-24T15:00:00+01:00")).ok).toBe(true);
    expect(decodeIncident(partly("2026-11-24T12:00:00+01:00")).ok).toBe(true);
  });

  it("§9.2 (this library's reading): a reclassification recorded after the incident was solved is accepted — it corrects the priority from the receipt", () => {
    expect(
      decodeIncident(
        p2({
          resolution: { reportedAt: "2026-11-24T15:00:00+01:00" },
          priorityChanges: [{ at: "2026-11-25T09:00:00+01:00", to: "P3", reason: "reclassified" }],
        }),
      ).ok,
    ).toBe(true);
  });
});

describe("resolvedAt: the resolution time ends at the earliest moment given (MDO-SLA §2.21)", () => {
  it("§2.21: only the supplier's report given → that report", () => {
    expect(resolvedAt({ resolution: { reportedAt: at("2026-11-26T16:20:00+01:00") } })).toBe(
      at("2026-11-26T16:20:00+01:00"),
    );
  });

  it("§2.21: the report at 16:00 before the restore at 16:20 → 16:00; the attempt at 15:00 before both → 15:00", () => {
    expect(
      resolvedAt({
        resolution: {
          reportedAt: at("2026-11-26T16:00:00+01:00"),
          serviceRestoredAt: at("2026-11-26T16:20:00+01:00"),
        },
      }),
    ).toBe(at("2026-11-26T16:00:00+01:00"));
    expect(
      resolvedAt({
        resolution: {
          reportedAt: at("2026-11-26T16:00:00+01:00"),
          attemptedReportAt: at("2026-11-26T15:00:00+01:00"),
          serviceRestoredAt: at("2026-11-26T16:20:00+01:00"),
        },
      }),
    ).toBe(at("2026-11-26T15:00:00+01:00"));
  });
});

describe("measuredItems: what an incident is measured as (MDO-SLA §7.4, §9.2, §9.3)", () => {
  it("an incident without changes is one whole item with only the keys it has, and no steps", () => {
    const items = itemsOf({ priority: "P3" });
    expect(items).toHaveLength(1);
    expect(items[0]?.value).toStrictEqual({
      id: "INC-1",
      incidentId: "INC-1",
      part: "whole",
      receivedAt: at("2026-11-24T10:00:00+01:00"),
      priority: "P3",
    });
    expect(items[0]?.because).toEqual([]);
  });

  it("§7.4: a deviation in confidentiality reported as P4 is measured as P1, with the override step citing §7.4", () => {
    const items = itemsOf({
      priority: "P4",
      confidentialityDeviation: true,
    });
    expect(items.map((x) => x.value.priority)).toEqual(["P1"]);
    const s = items[0]?.because[0];
    expect(items[0]?.because).toHaveLength(1);
    expect(s?.rule).toBe("confidentiality-override");
    expect(s?.inputs).toEqual({ assigned: "P4" });
    expect(s?.output).toBe("P1");
    expect(articles(s?.citations ?? [])).toEqual(["MDO-SLA 7.4"]);
  });

  it("§7.4: confidentialityDeviation false is no deviation: the P4 stays P4, without an override step", () => {
    const items = itemsOf({
      priority: "P4",
      confidentialityDeviation: false,
    });
    expect(items.map((x) => x.value.priority)).toEqual(["P4"]);
    expect(items[0]?.because).toEqual([]);
  });

  it("§7.4: “in alle gevallen” P1 — a reclassification of a confidentiality incident is ignored", () => {
    const items = itemsOf({
      priority: "P4",
      confidentialityDeviation: true,
      priorityChanges: [{ at: at("2026-11-24T11:00:00+01:00"), to: "P3", reason: "reclassified" }],
    });
    expect(items.map((x) => x.value.priority)).toEqual(["P1"]);
    expect(items[0]?.because.map((s) => s.rule)).toEqual(["confidentiality-override"]);
  });

  it("§7.4, §9.3 (this library's reading): the remaining work of a confidentiality incident may be reclassified", () => {
    const items = itemsOf({
      priority: "P1",
      confidentialityDeviation: true,
      priorityChanges: [
        { at: at("2026-11-24T12:00:00+01:00"), to: "P3", reason: "partly-solved" },
        { at: at("2026-11-24T13:00:00+01:00"), to: "P2", reason: "reclassified" },
      ],
    });
    expect(items.map((x) => x.value.priority)).toEqual(["P1", "P2"]);
    expect(items[1]?.because.map((s) => s.rule)).toEqual(["priority-reclassified"]);
  });

  it("§9.2: a reclassification P3 → P2 measures the whole incident at P2 from its receipt, with a step citing §9.2", () => {
    const items = itemsOf({
      priority: "P3",
      priorityChanges: [{ at: at("2026-11-24T11:30:00+01:00"), to: "P2", reason: "reclassified" }],
    });
    expect(items).toHaveLength(1);
    expect(items[0]?.value).toMatchObject({
      part: "whole",
      priority: "P2",
      receivedAt: at("2026-11-24T10:00:00+01:00"),
    });
    const s = items[0]?.because[0];
    expect(s?.rule).toBe("priority-reclassified");
    expect(s?.inputs).toEqual({ from: "P3", to: "P2", at: "2026-11-24T11:30:00+01:00" });
    expect(s?.output).toBe("P2");
    expect(articles(s?.citations ?? [])).toEqual(["MDO-SLA 9.2"]);
  });

  it("§9.3: two partial solutions (P1 → P2 at 12:00, P2 → P3 at 14:00) give three items; how the incident came in stays on the first", () => {
    const items = itemsOf({
      priority: "P1",
      openedBy: "customer",
      reportedVia: "phone",
      phonedAt: at("2026-11-24T10:02:00+01:00"),
      respondedAt: at("2026-11-24T10:30:00+01:00"),
      resolution: { reportedAt: at("2026-11-25T16:00:00+01:00") },
      priorityChanges: [
        { at: at("2026-11-24T12:00:00+01:00"), to: "P2", reason: "partly-solved" },
        { at: at("2026-11-24T14:00:00+01:00"), to: "P3", reason: "partly-solved" },
      ],
    });
    expect(items.map((x) => x.value)).toStrictEqual([
      {
        id: "INC-1",
        incidentId: "INC-1",
        part: "until-partial-solution",
        receivedAt: at("2026-11-24T10:00:00+01:00"),
        priority: "P1",
        respondedAt: at("2026-11-24T10:30:00+01:00"),
        resolvedAt: at("2026-11-24T12:00:00+01:00"),
        openedBy: "customer",
        reportedVia: "phone",
        phonedAt: at("2026-11-24T10:02:00+01:00"),
      },
      {
        id: "INC-1/remaining-1",
        incidentId: "INC-1",
        part: "remaining-work",
        receivedAt: at("2026-11-24T12:00:00+01:00"),
        priority: "P2",
        respondedAt: at("2026-11-24T12:00:00+01:00"),
        resolvedAt: at("2026-11-24T14:00:00+01:00"),
      },
      {
        id: "INC-1/remaining-2",
        incidentId: "INC-1",
        part: "remaining-work",
        receivedAt: at("2026-11-24T14:00:00+01:00"),
        priority: "P3",
        respondedAt: at("2026-11-24T14:00:00+01:00"),
        resolvedAt: at("2026-11-25T16:00:00+01:00"),
      },
    ]);
  });

  it("§9.3: each item ended by a partial solution has a partly-solved step (its moment, the remaining priority, citing §9.3); the last item none", () => {
    const items = itemsOf({
      priority: "P1",
      priorityChanges: [
        { at: at("2026-11-24T12:00:00+01:00"), to: "P2", reason: "partly-solved" },
        { at: at("2026-11-24T14:00:00+01:00"), to: "P3", reason: "partly-solved" },
      ],
    });
    expect(items.map((x) => x.because.map((s) => s.rule))).toEqual([
      ["partly-solved"],
      ["partly-solved"],
      [],
    ]);
    const s = items[1]?.because[0];
    expect(s?.inputs).toEqual({ at: "2026-11-24T14:00:00+01:00", remainingPriority: "P3" });
    expect(articles(s?.citations ?? [])).toEqual(["MDO-SLA 9.3"]);
  });
});
