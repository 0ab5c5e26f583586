import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeBackupTimes,
  decodeIncident,
  decodeIncidents,
  decodeMaintenanceAnnouncement,
  decodeMonthlyReportRequest,
  decodeOutage,
  decodeOutages,
  decodePerformanceMeasurement,
  decodePriorityInput,
  decodeQuarter,
  decodeQuarterData,
  decodeRelease,
  decodeReportingPeriod,
  decodeVendorUpdate,
  decodeYearMonth,
} from "../src/decode.js";
import {
  arbIncidentJson,
  arbInvalidIncidentJson,
  arbInvalidOutageJson,
  arbOutageJson,
} from "../src/testing.js";
import { incidentsJson, outagesJson } from "./fixtures/worked-month.js";

const messages = (r: { ok: boolean; issues?: ReadonlyArray<{ path: string; message: string }> }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => `${i.path}: ${i.message}`);

describe("decoding rejects bad input with a readable message (spec §8)", () => {
  it("an outage whose end is before its start", () => {
    const r = decodeOutage({
      start: "2026-04-07T11:00:00+02:00",
      end: "2026-04-07T10:00:00+02:00",
      cause: "supplier",
    });
    expect(messages(r)).toEqual(["$: end is before start"]);
  });

  it("an instant without an offset", () => {
    const r = decodeIncident({ id: "INC-1", receivedAt: "2026-11-24T10:00:00", priority: "P2" });
    expect(messages(r).join()).toContain("$.receivedAt: a local date-time without an offset is ambiguous");
  });

  it("an unknown priority and an unknown cause", () => {
    expect(
      messages(decodeIncident({ id: "I", receivedAt: "2026-11-24T10:00:00Z", priority: "P5" })).join(),
    ).toContain("$.priority");
    const r = decodeOutage({
      start: "2026-04-07T10:00:00Z",
      end: "2026-04-07T11:00:00Z",
      cause: "solar-flare",
    });
    expect(messages(r).join()).toContain("$.cause");
  });

  it("a response before the report was received", () => {
    const r = decodeIncident({
      id: "INC-1",
      receivedAt: "2026-11-24T10:00:00+01:00",
      respondedAt: "2026-11-24T09:00:00+01:00",
      priority: "P2",
    });
    expect(messages(r)).toEqual(["$: respondedAt is before receivedAt"]);
  });

  it("remaining work after a partial solution must get a lower priority (MDO-SLA §9.3)", () => {
    const r = decodeIncident({
      id: "INC-1",
      receivedAt: "2026-11-24T10:00:00+01:00",
      priority: "P2",
      priorityChanges: [{ at: "2026-11-24T12:00:00+01:00", to: "P1", reason: "partly-solved" }],
    });
    expect(messages(r).join()).toContain("lower priority");
  });

  it("a negative duration", () => {
    expect(messages(decodePerformanceMeasurement({ durationMs: -5 })).join()).toContain("$.durationMs");
  });

  it("an impossible month, quarter or date", () => {
    expect(decodeYearMonth("2026-13").ok).toBe(false);
    expect(decodeQuarter("2026-Q5").ok).toBe(false);
    expect(decodeRelease({ version: "1.0", major: 1, releasedOn: "2026-02-30" }).ok).toBe(false);
  });

  it("maintenance announced after it starts, or an exception for work that affects availability", () => {
    expect(
      messages(
        decodeMaintenanceAnnouncement({
          announcedAt: "2026-03-02T10:00:00+01:00",
          startsAt: "2026-03-01T10:00:00+01:00",
          kind: "unplanned",
        }),
      ),
    ).toEqual(["$: startsAt is before announcedAt"]);
    expect(
      decodeMaintenanceAnnouncement({
        announcedAt: "2026-03-02T10:00:00+01:00",
        startsAt: "2026-03-03T10:00:00+01:00",
        kind: "affects-availability",
        exception: "urgent-change",
      }).ok,
    ).toBe(false);
  });

  it("an update installed before it was available, and a period that ends before it starts", () => {
    expect(
      messages(decodeVendorUpdate({ availableOn: "2026-08-31", critical: true, installedOn: "2026-08-01" })),
    ).toEqual(["$: installedOn is before availableOn"]);
    expect(
      messages(
        decodeReportingPeriod({ start: "2026-05-01T00:00:00+02:00", end: "2026-04-01T00:00:00+02:00" }),
      ),
    ).toEqual(["$: end is before start"]);
  });

  it("a monthly report request decodes the worked month and points at a bad outage inside it", () => {
    const request = {
      month: "2026-04",
      incidents: incidentsJson,
      outages: outagesJson,
    };
    expect(decodeMonthlyReportRequest(request).ok).toBe(true);
    const bad = {
      ...request,
      outages: [
        ...outagesJson,
        { start: "2026-04-02T10:00:00+02:00", end: "2026-04-02T09:00:00+02:00", cause: "supplier" },
      ],
    };
    expect(messages(decodeMonthlyReportRequest(bad))).toEqual(["$.outages[3]: end is before start"]);
  });

  it("every problem in a list is reported, with its path", () => {
    const r = decodeOutages([
      { start: "2026-04-07T10:00:00Z", end: "2026-04-07T11:00:00Z", cause: "supplier" },
      { start: "2026-04-07T10:00:00", end: "2026-04-07T11:00:00Z", cause: "x" },
    ]);
    expect(messages(r).map((m) => m.split(":")[0])).toEqual(["$[1].start", "$[1].cause"]);
  });
});

describe("decoders accept valid input and reject near-misses (generated)", () => {
  it("every generated incident and outage on the wire decodes", () => {
    fc.assert(
      fc.property(arbIncidentJson(), (i) => {
        expect(decodeIncident(i).ok).toBe(true);
      }),
    );
    fc.assert(
      fc.property(arbOutageJson(), (o) => {
        expect(decodeOutage(o).ok).toBe(true);
      }),
    );
  });

  it("every generated near-miss is rejected", () => {
    fc.assert(
      fc.property(arbInvalidIncidentJson(), (i) => {
        expect(decodeIncident(i).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(arbInvalidOutageJson(), (o) => {
        expect(decodeOutage(o).ok).toBe(false);
      }),
    );
  });
});

describe("decoders never throw, whatever they are given (fc.anything)", () => {
  const decoders = {
    decodeIncident,
    decodeIncidents,
    decodeOutage,
    decodeOutages,
    decodePriorityInput,
    decodeYearMonth,
    decodeQuarter,
    decodeQuarterData,
    decodeMaintenanceAnnouncement,
    decodePerformanceMeasurement,
    decodeRelease,
    decodeVendorUpdate,
    decodeReportingPeriod,
    decodeMonthlyReportRequest,
    decodeBackupTimes,
  };
  it.each(Object.entries(decoders))("%s returns a result for any value", (_name, d) => {
    fc.assert(
      fc.property(
        fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true }),
        (u) => {
          const r = d(u);
          expect(typeof r.ok).toBe("boolean");
        },
      ),
    );
  });
});
