import { date, explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { assess } from "../src/assess.js";
import { closeOfDay, deadlines, dueAt } from "../src/deadlines.js";
import { at, incident, local, sla, sla24x7, slaSupport } from "./helpers.js";

describe("P1: 1 hour response on office hours and standby; 24 hours resolution round the clock, or on the support calendar as an option (MDO-SLA §9.3, §4.1, §4.2)", () => {
  it("with the support-calendar reading a P1 reported Friday 6 March 2026 17:00 must be solved by Wednesday 11 March 08:00", () => {
    const d = deadlines({ receivedAt: at("2026-03-06T17:00:00+01:00"), priority: "P1" }, slaSupport);
    expect(local(d.value.resolutionDue.due)).toBe("2026-03-11T08:00:00+01:00");
    expect(local(d.value.responseDue.due)).toBe("2026-03-06T18:00:00+01:00");
    expect(d.value.resolutionDue.clock).toBe("p1Support");
  });

  it("with the 24 × 7 option the same P1 is due Saturday 7 March 17:00", () => {
    const d = deadlines({ receivedAt: at("2026-03-06T17:00:00+01:00"), priority: "P1" }, sla24x7);
    expect(local(d.value.resolutionDue.due)).toBe("2026-03-07T17:00:00+01:00");
    expect(d.value.resolutionDue.clock).toBe("24x7");
  });

  it("a P1 reported Thursday 26 November 2026 17:30 (standby hours) gets its response by Friday 07:30 and its resolution by Friday 17:30 (24 elapsed hours)", () => {
    const d = deadlines({ receivedAt: at("2026-11-26T17:30:00+01:00"), priority: "P1" }, sla);
    expect(local(d.value.responseDue.due)).toBe("2026-11-27T07:30:00+01:00");
    expect(local(d.value.resolutionDue.due)).toBe("2026-11-27T17:30:00+01:00");
  });

  it("with the support-calendar reading the same P1 is due for resolution Tuesday 1 December 08:30", () => {
    const d = deadlines({ receivedAt: at("2026-11-26T17:30:00+01:00"), priority: "P1" }, slaSupport);
    expect(local(d.value.resolutionDue.due)).toBe("2026-12-01T08:30:00+01:00");
  });

  it("a confidentiality deviation reported as P4 is handled as P1 (MDO-SLA §7.4)", () => {
    const d = deadlines(
      { receivedAt: at("2026-11-26T10:00:00+01:00"), priority: "P4", confidentialityDeviation: true },
      sla,
    );
    expect(d.value.priority).toBe("P1");
    expect(local(d.value.responseDue.due)).toBe("2026-11-26T11:00:00+01:00");
  });
});

describe("P2: 4 hours response on office hours, 2 working days resolution (MDO-SLA §9.3)", () => {
  it("a P2 reported Friday 22 May 2026 14:00, before Whit Monday, gets its response by Tuesday 26 May 11:30", () => {
    const d = deadlines({ receivedAt: at("2026-05-22T14:00:00+02:00"), priority: "P2" }, sla);
    expect(local(d.value.responseDue.due)).toBe("2026-05-26T11:30:00+02:00");
  });

  it("the same P2 must be solved by the close of office hours on Wednesday 27 May 2026 (Whit Monday is not a working day)", () => {
    const d = deadlines({ receivedAt: at("2026-05-22T14:00:00+02:00"), priority: "P2" }, sla);
    expect(local(d.value.resolutionDue.due)).toBe("2026-05-27T17:00:00+02:00");
    expect(explainToText(d, "en")).toContain("Whit Monday");
  });
});

describe("working-day targets end at the close of office hours on the N-th working day (MDO-SLA §9.3, §2.35)", () => {
  it("a P3 reported Tuesday 24 November 2026 10:00 gets its response by Wednesday 17:00", () => {
    expect(
      local(dueAt({ priority: "P3", target: "response", start: at("2026-11-24T10:00:00+01:00") }, sla)),
    ).toBe("2026-11-25T17:00:00+01:00");
  });

  it("a P3 reported Thursday 26 November 2026 10:00 gets its response by Friday 15:30 (Friday closes at 15:30)", () => {
    expect(
      local(dueAt({ priority: "P3", target: "response", start: at("2026-11-26T10:00:00+01:00") }, sla)),
    ).toBe("2026-11-27T15:30:00+01:00");
  });

  it("a P3 reported Friday 27 November 2026 16:00, after the 15:30 close, starts its clock Monday 09:00: response by Tuesday 17:00, resolution by Monday 21 December 17:00", () => {
    const d = deadlines({ receivedAt: at("2026-11-27T16:00:00+01:00"), priority: "P3" }, sla);
    expect(local(d.value.responseDue.due)).toBe("2026-12-01T17:00:00+01:00");
    expect(local(d.value.resolutionDue.due)).toBe("2026-12-21T17:00:00+01:00");
    expect(explainToText(d, "en")).toContain("clock starts at the next opening, 2026-11-30T09:00:00+01:00");
  });

  it("a P4 response is due the close of office hours three working days later", () => {
    expect(
      local(dueAt({ priority: "P4", target: "response", start: at("2026-11-23T11:00:00+01:00") }, sla)),
    ).toBe("2026-11-26T17:00:00+01:00");
  });

  it("office hours close at 17:00 Monday to Thursday and 15:30 on Friday", () => {
    expect(local(closeOfDay(date("2026-11-26"), sla))).toBe("2026-11-26T17:00:00+01:00");
    expect(local(closeOfDay(date("2026-11-27"), sla))).toBe("2026-11-27T15:30:00+01:00");
  });
});

describe("P4 resolution is by agreement (In overleg)", () => {
  it("without an agreed deadline a P4 resolution has no target", () => {
    const d = deadlines({ receivedAt: at("2026-11-23T11:00:00+01:00"), priority: "P4" }, sla);
    expect(d.value.resolutionDue.due).toBeUndefined();
  });

  it("with an agreed deadline a P4 resolution is measured against it", () => {
    const agreed = at("2026-12-15T12:00:00+01:00");
    const d = deadlines(
      { receivedAt: at("2026-11-23T11:00:00+01:00"), priority: "P4", agreedResolutionDueAt: agreed },
      sla,
    );
    expect(d.value.resolutionDue.due).toBe(agreed);
  });
});

describe("assess: met, breached or running (MDO-SLA §9.3, §2.21, §2.25)", () => {
  it("a P3 fix at 19:00 on the due day is a breach", () => {
    const i = incident({
      receivedAt: at("2026-11-24T10:00:00+01:00"),
      priority: "P3",
      respondedAt: at("2026-11-25T19:00:00+01:00"),
    });
    const [a] = assess(i, sla, at("2026-11-30T12:00:00+01:00")).value;
    expect(a?.response.status).toBe("breached");
    expect(a?.response.remainingMs).toBe(0);
  });

  it("a P2 picked up after 1.5 office hours has met its response target with 2.5 hours to spare", () => {
    const i = incident({
      receivedAt: at("2026-05-22T14:00:00+02:00"),
      priority: "P2",
      respondedAt: at("2026-05-26T10:00:00+02:00"),
    });
    const [a] = assess(i, sla, at("2026-05-26T10:00:00+02:00")).value;
    expect(a?.response.status).toBe("met");
    expect(a?.response.elapsedMs).toBe(2.5 * 3_600_000);
    expect(a?.response.remainingMs).toBe(1.5 * 3_600_000);
    expect(a?.resolution.status).toBe("running");
  });

  it("with the support-calendar reading an open P1 is breached once the assessment moment is past its deadline", () => {
    const i = incident({ receivedAt: at("2026-03-06T17:00:00+01:00"), priority: "P1" });
    const [a] = assess(i, slaSupport, at("2026-03-11T08:01:00+01:00")).value;
    expect(a?.resolution.status).toBe("breached");
    const [b] = assess(i, slaSupport, at("2026-03-11T07:59:00+01:00")).value;
    expect(b?.resolution.status).toBe("running");
  });

  it("the resolution time ends at the earliest of the solved report, the attempt to report and the service being available again (MDO-SLA §2.21)", () => {
    const i = incident({
      receivedAt: at("2026-11-24T10:00:00+01:00"),
      priority: "P2",
      resolution: {
        reportedAt: at("2026-11-27T10:00:00+01:00"),
        serviceRestoredAt: at("2026-11-26T16:00:00+01:00"),
      },
    });
    const [a] = assess(i, sla, at("2026-12-01T00:00:00+01:00")).value;
    expect(local(a?.resolution.end)).toBe("2026-11-26T16:00:00+01:00");
    expect(a?.resolution.status).toBe("met");
  });

  it("a partly solved P1 counts as solved at the workaround under P1, and the remaining work is a new P3 item clocked from then (MDO-SLA §9.3)", () => {
    const i = incident({
      receivedAt: at("2026-11-24T10:00:00+01:00"),
      priority: "P1",
      respondedAt: at("2026-11-24T10:20:00+01:00"),
      priorityChanges: [{ at: at("2026-11-24T16:00:00+01:00"), to: "P3", reason: "partly-solved" }],
      resolution: { reportedAt: at("2026-12-10T12:00:00+01:00") },
    });
    const items = assess(i, sla, at("2026-12-20T00:00:00+01:00")).value;
    expect(
      items.map((x: (typeof items)[number]) => [x.item.id, x.item.priority, x.resolution.status]),
    ).toEqual([
      ["INC-1", "P1", "met"],
      ["INC-1/remaining-1", "P3", "met"],
    ]);
    expect(local(items[1]?.resolution.due)).toBe("2026-12-15T17:00:00+01:00");
  });

  it("an incident solved before its response deadline without a recorded pick-up has met its response target: the resolution time includes the response time (MDO-SLA §2.21)", () => {
    const i = incident({
      receivedAt: at("2026-11-23T10:00:00+01:00"),
      priority: "P2",
      resolution: { reportedAt: at("2026-11-23T10:30:00+01:00") },
    });
    const [a] = assess(i, sla, at("2026-11-30T10:00:00+01:00")).value;
    expect(a?.resolution.status).toBe("met");
    expect(a?.response.status).toBe("met");
    expect(local(a?.response.end)).toBe("2026-11-23T10:30:00+01:00");
    expect(a?.response.elapsedMs).toBe(30 * 60_000);
  });

  it("an incident solved after its response deadline without a recorded pick-up has breached its response target", () => {
    const i = incident({
      receivedAt: at("2026-11-23T10:00:00+01:00"),
      priority: "P2",
      resolution: { reportedAt: at("2026-11-23T15:00:00+01:00") },
    });
    const [a] = assess(i, sla, at("2026-11-23T15:00:00+01:00")).value;
    expect(a?.response.status).toBe("breached");
    expect(a?.resolution.status).toBe("met");
  });

  it("a reclassified incident is measured at its new priority from its receipt", () => {
    const i = incident({
      receivedAt: at("2026-11-24T10:00:00+01:00"),
      priority: "P3",
      priorityChanges: [{ at: at("2026-11-24T11:00:00+01:00"), to: "P2", reason: "reclassified" }],
    });
    const [a] = assess(i, sla, at("2026-11-24T12:00:00+01:00")).value;
    expect(a?.item.priority).toBe("P2");
    expect(local(a?.response.due)).toBe("2026-11-24T14:00:00+01:00");
  });
});
