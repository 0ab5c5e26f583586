import { explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { assess } from "../src/assess.js";
import { compileSla } from "../src/compile.js";
import { deadlines } from "../src/deadlines.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { at, incident, local, sla } from "./helpers.js";

const onSupportCalendar = compileSla(mdoSla2025, { hourClock: "support" });

describe("P1 resolution '24 uur' runs round the clock; P1 response '1 uur' on the P1 support calendar (MDO-SLA §9.1, §9.3, §2.21, §4.2)", () => {
  it("a P1 received Thursday 5 March 2026 16:00 must be solved by Friday 6 March 16:00, before the P2 received at the same moment (Monday 9 March 17:00)", () => {
    const receivedAt = at("2026-03-05T16:00:00+01:00");
    const p1 = deadlines({ receivedAt, priority: "P1" }, sla).value;
    const p2 = deadlines({ receivedAt, priority: "P2" }, sla).value;
    expect(local(p1.resolutionDue.due)).toBe("2026-03-06T16:00:00+01:00");
    expect(p1.resolutionDue.clock).toBe("24x7");
    expect(local(p2.resolutionDue.due)).toBe("2026-03-09T17:00:00+01:00");
    expect(local(p1.responseDue.due)).toBe("2026-03-05T17:00:00+01:00");
    expect(p1.responseDue.clock).toBe("p1Support");
  });

  it("a P1 reported Friday 6 March 2026 17:00 is due for resolution Saturday 7 March 17:00 and for response Friday 18:00", () => {
    const d = deadlines({ receivedAt: at("2026-03-06T17:00:00+01:00"), priority: "P1" }, sla);
    expect(local(d.value.resolutionDue.due)).toBe("2026-03-07T17:00:00+01:00");
    expect(local(d.value.responseDue.due)).toBe("2026-03-06T18:00:00+01:00");
    expect(explainToText(d, "en")).toContain("24 hours on a 24 × 7 clock");
  });

  it("with the support-calendar reading (option hourClock 'support') the same P1 resolution is due Wednesday 11 March 08:00", () => {
    const d = deadlines({ receivedAt: at("2026-03-06T17:00:00+01:00"), priority: "P1" }, onSupportCalendar);
    expect(local(d.value.resolutionDue.due)).toBe("2026-03-11T08:00:00+01:00");
    expect(d.value.resolutionDue.clock).toBe("p1Support");
    expect(local(d.value.responseDue.due)).toBe("2026-03-06T18:00:00+01:00");
  });

  it("24 elapsed hours across the spring DST switch end at the same local time plus one hour: received Saturday 28 March 2026 12:00, due Sunday 29 March 13:00 (+02:00)", () => {
    const d = deadlines({ receivedAt: at("2026-03-28T12:00:00+01:00"), priority: "P1" }, sla);
    expect(local(d.value.resolutionDue.due)).toBe("2026-03-29T13:00:00+02:00");
  });

  it("a P1 received Saturday 7 March 2026 10:00 has its response due Monday 9 March 08:00, after its resolution deadline Sunday 8 March 10:00", () => {
    const d = deadlines({ receivedAt: at("2026-03-07T10:00:00+01:00"), priority: "P1" }, sla).value;
    expect(local(d.responseDue.due)).toBe("2026-03-09T08:00:00+01:00");
    expect(local(d.resolutionDue.due)).toBe("2026-03-08T10:00:00+01:00");
  });

  it("that P1, solved Sunday 8 March 09:30 before anyone picked it up, met both targets: the resolution time includes the response time (MDO-SLA §2.21)", () => {
    const i = incident({
      receivedAt: at("2026-03-07T10:00:00+01:00"),
      priority: "P1",
      resolution: { serviceRestoredAt: at("2026-03-08T09:30:00+01:00") },
    });
    const [a] = assess(i, sla, at("2026-03-10T12:00:00+01:00")).value;
    expect(a?.resolution.status).toBe("met");
    expect(a?.response.status).toBe("met");
    expect(local(a?.response.end)).toBe("2026-03-08T09:30:00+01:00");
  });

  it("the same P1 solved Sunday 8 March 11:00 breached its resolution target but met its response target", () => {
    const i = incident({
      receivedAt: at("2026-03-07T10:00:00+01:00"),
      priority: "P1",
      resolution: { serviceRestoredAt: at("2026-03-08T11:00:00+01:00") },
    });
    const [a] = assess(i, sla, at("2026-03-10T12:00:00+01:00")).value;
    expect(a?.resolution.status).toBe("breached");
    expect(a?.response.status).toBe("met");
  });

  it("an open P1 received Friday 6 March 2026 17:00 is breached at Saturday 17:01 and running at 16:59", () => {
    const i = incident({ receivedAt: at("2026-03-06T17:00:00+01:00"), priority: "P1" });
    expect(assess(i, sla, at("2026-03-07T17:01:00+01:00")).value[0]?.resolution.status).toBe("breached");
    expect(assess(i, sla, at("2026-03-07T16:59:00+01:00")).value[0]?.resolution.status).toBe("running");
  });
});

describe("P1 on a holiday (MDO-SLA §2.8, §4.2 'Weekend en Feestdagen niet bereikbaar')", () => {
  it("a P1 received on King's Day, Monday 27 April 2026 10:00, is due for response Tuesday 28 April 08:00 and for resolution Tuesday 28 April 10:00", () => {
    const d = deadlines({ receivedAt: at("2026-04-27T10:00:00+02:00"), priority: "P1" }, sla).value;
    expect(local(d.responseDue.due)).toBe("2026-04-28T08:00:00+02:00");
    expect(local(d.resolutionDue.due)).toBe("2026-04-28T10:00:00+02:00");
  });
});
