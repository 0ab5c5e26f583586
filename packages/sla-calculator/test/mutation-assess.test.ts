// Tests that kill surviving mutants of src/assess.ts (issue #17, docs/quality.md): each pins down
// how an incident is judged against its targets at a moment (MDO-SLA §9.3, §2.21, §2.25) or what
// its explanation step records — the inputs, the output, the clauses and the instants it states.
// The incident is a P2 received Tuesday 24 November 2026 10:00: its response (4 hours on office
// hours, Monday–Thursday 09:00–17:00) is due 14:00 the same day, its resolution (2 Werkdagen) at
// the close of Thursday 26 November, 17:00. Every result is computed inside its `it`.
import type { Citation, Explained, Step } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { assess } from "../src/assess.js";
import type { Incident } from "../src/incident.js";
import { at, incident, local, sla } from "./helpers.js";

const received = at("2026-11-24T10:00:00+01:00");
const responseDue = at("2026-11-24T14:00:00+01:00");
const p2 = (fields: Partial<Incident> = {}): Incident =>
  incident({ priority: "P2", receivedAt: received, ...fields });
const stepOf = (e: Explained<unknown>, rule: string): Step => {
  const s = e.because.find((x) => x.rule === rule);
  if (s === undefined) throw new Error(`no step ${rule} in ${e.because.map((x) => x.rule).join(", ")}`);
  return s;
};
const articles = (cs: ReadonlyArray<Citation>): Array<string> => cs.map((c) => `${c.source} ${c.article}`);
const MINUTE = 60_000;

describe("a target is met, breached or running at a moment (MDO-SLA §9.3, §2.21, §2.25)", () => {
  it("a P2 solved at 10:30 and picked up only at 16:00 has met its 14:00 response: the resolution time includes the response time (§2.21)", () => {
    const [a] = assess(
      p2({
        respondedAt: at("2026-11-24T16:00:00+01:00"),
        resolution: { reportedAt: at("2026-11-24T10:30:00+01:00") },
      }),
      sla,
      at("2026-11-30T12:00:00+01:00"),
    ).value;
    expect(a?.response.status).toBe("met");
    expect(local(a?.response.end)).toBe("2026-11-24T10:30:00+01:00");
    expect(a?.response.elapsedMs).toBe(30 * MINUTE);
  });
  it("an open P2 at 11:30 is running: 1 h 30 used, 2 h 30 left of its response, 21 h 30 of office time left of its resolution; no end is given, and each step records the status and the times and cites §9.3 with §2.25 or §2.21", () => {
    const r = assess(p2(), sla, at("2026-11-24T11:30:00+01:00"));
    const [a] = r.value;
    expect(a?.response).toStrictEqual({
      target: "response",
      clock: "officeHours",
      elapsedMs: 90 * MINUTE,
      status: "running",
      due: responseDue,
      remainingMs: 150 * MINUTE,
    });
    expect(a?.resolution).toStrictEqual({
      target: "resolution",
      clock: "officeHours",
      elapsedMs: 90 * MINUTE,
      status: "running",
      due: at("2026-11-26T17:00:00+01:00"),
      remainingMs: (5.5 + 8 + 8) * 60 * MINUTE,
    });
    const response = stepOf(r, "assess-response");
    expect(response.inputs).toStrictEqual({
      item: "INC-1",
      status: "running",
      elapsedMs: 90 * MINUTE,
      remainingMs: 150 * MINUTE,
    });
    expect(response.output).toBe("running");
    expect(articles(response.citations)).toEqual(["MDO-SLA 9.3", "MDO-SLA 2.25"]);
    expect(response.en).toContain("running: due 2026-11-24T14:00:00+01:00.");
    const resolution = stepOf(r, "assess-resolution");
    expect(resolution.output).toBe("running");
    expect(articles(resolution.citations)).toEqual(["MDO-SLA 9.3", "MDO-SLA 2.21"]);
  });
  it("asked at 09:00, before the P2 was received at 10:00, nothing is used yet: elapsed 0, all 4 hours of the response left", () => {
    const [a] = assess(p2(), sla, at("2026-11-24T09:00:00+01:00")).value;
    expect(a?.response.status).toBe("running");
    expect(a?.response.elapsedMs).toBe(0);
    expect(a?.response.remainingMs).toBe(240 * MINUTE);
  });
  it("a pick-up at exactly 14:00, the deadline, has met the response target; the step states the pick-up and the deadline (§9.3)", () => {
    const r = assess(p2({ respondedAt: responseDue }), sla, at("2026-11-24T15:00:00+01:00"));
    expect(r.value[0]?.response.status).toBe("met");
    expect(stepOf(r, "assess-response").en).toContain(
      "met: done 2026-11-24T14:00:00+01:00, due 2026-11-24T14:00:00+01:00.",
    );
  });
  it("a pick-up at 15:00 has breached the 14:00 response target; the step states both instants (§9.3)", () => {
    const r = assess(
      p2({ respondedAt: at("2026-11-24T15:00:00+01:00") }),
      sla,
      at("2026-11-24T16:00:00+01:00"),
    );
    expect(r.value[0]?.response.status).toBe("breached");
    expect(stepOf(r, "assess-response").en).toContain(
      "breached: done 2026-11-24T15:00:00+01:00, due 2026-11-24T14:00:00+01:00.",
    );
  });
  it("an open P2 is still running at exactly 14:00 and breached at 14:01, one minute of office time past its deadline (§9.3)", () => {
    expect(assess(p2(), sla, responseDue).value[0]?.response.status).toBe("running");
    const r = assess(p2(), sla, at("2026-11-24T14:01:00+01:00"));
    expect(r.value[0]?.response.status).toBe("breached");
    expect(r.value[0]?.response.remainingMs).toBe(-MINUTE);
    expect(stepOf(r, "assess-response").en).toContain(
      "breached: still open after the deadline 2026-11-24T14:00:00+01:00.",
    );
  });
  it("a P4's resolution is by agreement (In overleg) with nothing agreed: no target, no due instant, no remaining time; the step records no remaining time (§9.3)", () => {
    const r = assess(
      incident({ priority: "P4", receivedAt: received }),
      sla,
      at("2026-11-24T11:30:00+01:00"),
    );
    const resolution = r.value[0]?.resolution;
    expect(resolution?.status).toBe("no-target");
    expect(resolution).not.toHaveProperty("due");
    expect(resolution).not.toHaveProperty("remainingMs");
    const s = stepOf(r, "assess-resolution");
    expect(s.inputs).toStrictEqual({ item: "INC-1", status: "no-target", elapsedMs: 90 * MINUTE });
    expect(s.output).toBe("no-target");
    expect(s.en).toContain("resolution: no target (by agreement, none agreed).");
  });
});
