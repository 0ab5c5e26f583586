// Tests that kill surviving mutants of src/deadlines.ts (issue #17, docs/quality.md): each pins down
// a rule of the deadline clauses (MDO-SLA §9.1, §9.2, §9.3, §7.4 on the clocks of §4.1, §4.2,
// §2.35) or what its explanation step records — the inputs, the output and the clauses it rests
// on — not the wording of a sentence. Every result is computed inside its `it` (perTest coverage).
import type { Citation, Explained, Step } from "@zorgkit/core";
import { mdoOfficeHours } from "@zorgkit/core/presets";
import { describe, expect, it } from "vitest";
import { compileSla } from "../src/compile.js";
import { clockOf, deadlines, dueIn } from "../src/deadlines.js";
import { layoutOf } from "../src/internal/compiled.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { at, local, sla, slaSupport } from "./helpers.js";

const stepOf = (e: Explained<unknown>, rule: string): Step => {
  const s = e.because.find((x) => x.rule === rule);
  if (s === undefined) throw new Error(`no step ${rule} in ${e.because.map((x) => x.rule).join(", ")}`);
  return s;
};
const hasStep = (e: Explained<unknown>, rule: string): boolean => e.because.some((x) => x.rule === rule);
const articles = (cs: ReadonlyArray<Citation>): Array<string> => cs.map((c) => `${c.source} ${c.article}`);
const officeClauses = articles(mdoOfficeHours.sources);
/** The working-day step of a target (the resolution unless told). */
const workingDayStep = (e: Explained<unknown>, target = "resolution"): Step => {
  const s = e.because.find((x) => x.rule === "working-day-target" && x.inputs?.target === target);
  if (s === undefined) throw new Error(`no working-day step for ${target}`);
  return s;
};

describe("which clock a target runs on (MDO-SLA §9.3, §4.1, §4.2)", () => {
  it("the P1 resolution runs round the clock under the contract's reading and on office hours ∪ standby under the support reading", () => {
    expect(clockOf(mdoSla2025.targets.P1.resolution, sla)).toBe("24x7");
    expect(clockOf(mdoSla2025.targets.P1.resolution, slaSupport)).toBe("p1Support");
  });
  it("the P1 response runs on office hours ∪ standby, the P2 response on office hours, working-day targets on office hours", () => {
    expect(clockOf(mdoSla2025.targets.P1.response, sla)).toBe("p1Support");
    expect(clockOf(mdoSla2025.targets.P2.response, sla)).toBe("officeHours");
    expect(clockOf(mdoSla2025.targets.P3.response, sla)).toBe("officeHours");
  });
});

describe("the internal due-instant fast path agrees with §9.3", () => {
  it("a P1 reported Thursday 26 Nov 2026 17:30 (standby) is due for response Friday 07:30 (1 uur on office hours ∪ standby)", () => {
    expect(local(dueIn(layoutOf(sla), "P1", "response", at("2026-11-26T17:30:00+01:00")))).toBe(
      "2026-11-27T07:30:00+01:00",
    );
  });
  it("a P3 reported Tuesday 24 Nov 2026 10:00 is due for response at Wednesday's close, 17:00 (1 Werkdag)", () => {
    expect(local(dueIn(layoutOf(sla), "P3", "response", at("2026-11-24T10:00:00+01:00")))).toBe(
      "2026-11-25T17:00:00+01:00",
    );
  });
  it("a P4 resolution is by agreement (In overleg): no due instant", () => {
    expect(dueIn(layoutOf(sla), "P4", "resolution", at("2026-11-24T10:00:00+01:00"))).toBeUndefined();
  });
});

describe("the working-day step names the holidays that closed an otherwise open day (MDO-SLA §9.3, §2.35, §2.8)", () => {
  it("a P2 reported Wednesday 13 May 2026 10:00 skips Ascension Day (Thursday): due Monday 18 May 17:00, the step records its inputs and clauses", () => {
    const d = deadlines({ receivedAt: at("2026-05-13T10:00:00+02:00"), priority: "P2" }, sla);
    expect(local(d.value.resolutionDue.due)).toBe("2026-05-18T17:00:00+02:00");
    const s = workingDayStep(d);
    expect(s.inputs).toStrictEqual({
      priority: "P2",
      target: "resolution",
      workingDays: 2,
      received: "2026-05-13T10:00:00+02:00",
      clockStart: "2026-05-13T10:00:00+02:00",
      dayZero: "2026-05-13",
      holidaysSkipped: ["2026-05-14 (Ascension Day)"],
    });
    expect(s.output).toBe("2026-05-18T17:00:00+02:00");
    expect(articles(s.citations)).toEqual(["MDO-SLA 9.3", ...officeClauses]);
  });
  it("a P3 reported Monday 14 Dec 2026 is solved by Wednesday 6 Jan 2027 (15 Werkdagen); Christmas Day and New Year's Day (Fridays) are named, Boxing Day (a Saturday) is not", () => {
    const d = deadlines({ receivedAt: at("2026-12-14T10:00:00+01:00"), priority: "P3" }, sla);
    expect(local(d.value.resolutionDue.due)).toBe("2027-01-06T17:00:00+01:00");
    expect(workingDayStep(d).inputs?.holidaysSkipped).toEqual([
      "2026-12-25 (Christmas Day)",
      "2027-01-01 (New Year's Day)",
    ]);
  });
  it("a report on a Friday after closing starts the clock at Monday's opening; the weekend is not named", () => {
    const d = deadlines({ receivedAt: at("2026-11-27T16:00:00+01:00"), priority: "P3" }, sla);
    const s = workingDayStep(d, "response");
    expect(s.inputs).toMatchObject({ clockStart: "2026-11-30T09:00:00+01:00", dayZero: "2026-11-30" });
    expect(s.inputs?.holidaysSkipped).toEqual([]);
    expect(local(d.value.responseDue.due)).toBe("2026-12-01T17:00:00+01:00");
  });
  it("a holiday the calendar opens anyway (an extra opening on Ascension Day) is a working day and not skipped", () => {
    const open = compileSla({
      ...mdoSla2025,
      calendars: {
        ...mdoSla2025.calendars,
        officeHours: {
          ...mdoOfficeHours,
          extraOpenings: [{ date: "2026-05-14", start: 9 * 60, end: 17 * 60 }] as never,
        },
      },
    });
    const d = deadlines({ receivedAt: at("2026-05-13T10:00:00+02:00"), priority: "P2" }, open);
    expect(local(d.value.resolutionDue.due)).toBe("2026-05-15T15:30:00+02:00");
    expect(workingDayStep(d).inputs?.holidaysSkipped).toEqual([]);
  });
  it("a closing date that is not a holiday (Tuesday 19 May 2026) is skipped as a working day but not named as a holiday", () => {
    const closed = compileSla({
      ...mdoSla2025,
      calendars: {
        ...mdoSla2025.calendars,
        officeHours: { ...mdoOfficeHours, closedDates: ["2026-05-19"] as never },
      },
    });
    const d = deadlines({ receivedAt: at("2026-05-18T10:00:00+02:00"), priority: "P2" }, closed);
    expect(local(d.value.resolutionDue.due)).toBe("2026-05-21T17:00:00+02:00");
    expect(workingDayStep(d).inputs?.holidaysSkipped).toEqual([]);
  });
});

describe("the hour-target step records its clock and cites the clock's clauses only when it has one (MDO-SLA §9.3, §2.21, §4.1)", () => {
  it("the P1 resolution (24 uur, elapsed) cites §9.3, §9.1 and §2.21 and no calendar clause", () => {
    const d = deadlines({ receivedAt: at("2026-03-06T17:00:00+01:00"), priority: "P1" }, sla);
    const s = d.because.find((x) => x.rule === "hour-target" && x.inputs?.target === "resolution");
    expect(s?.inputs).toStrictEqual({
      priority: "P1",
      target: "resolution",
      hours: 24,
      clock: "24x7",
      start: "2026-03-06T17:00:00+01:00",
    });
    expect(s?.output).toBe("2026-03-07T17:00:00+01:00");
    expect(articles(s?.citations ?? [])).toEqual(["MDO-SLA 9.3", "MDO-SLA 9.1", "MDO-SLA 2.21"]);
  });
  it("the P2 response (4 uur on office hours) cites §9.3 and the office-hours clauses", () => {
    const d = deadlines({ receivedAt: at("2026-05-22T14:00:00+02:00"), priority: "P2" }, sla);
    const s = d.because.find((x) => x.rule === "hour-target" && x.inputs?.target === "response");
    expect(s?.inputs).toStrictEqual({
      priority: "P2",
      target: "response",
      hours: 4,
      clock: "officeHours",
      start: "2026-05-22T14:00:00+02:00",
    });
    expect(s?.output).toBe("2026-05-26T11:30:00+02:00");
    expect(articles(s?.citations ?? [])).toEqual(["MDO-SLA 9.3", ...officeClauses]);
  });
});

describe("a P4 resolution is by agreement (MDO-SLA §9.3 'In overleg')", () => {
  it("nothing agreed: no due instant at all, and the step records no agreed deadline and no output", () => {
    const d = deadlines({ receivedAt: at("2026-11-24T10:00:00+01:00"), priority: "P4" }, sla);
    expect(Object.hasOwn(d.value.resolutionDue, "due")).toBe(false);
    expect(d.value.resolutionDue.clock).toBe("officeHours");
    const s = stepOf(d, "target-by-agreement");
    expect(s.inputs).toStrictEqual({ priority: "P4", target: "resolution" });
    expect(Object.hasOwn(s, "output")).toBe(false);
    expect(articles(s.citations)).toEqual(["MDO-SLA 9.3"]);
  });
  it("an agreed deadline of 4 Dec 2026 12:00 is the due instant and the step's input and output", () => {
    const d = deadlines(
      {
        receivedAt: at("2026-11-24T10:00:00+01:00"),
        priority: "P4",
        agreedResolutionDueAt: at("2026-12-04T12:00:00+01:00"),
      },
      sla,
    );
    expect(local(d.value.resolutionDue.due)).toBe("2026-12-04T12:00:00+01:00");
    const s = stepOf(d, "target-by-agreement");
    expect(s.inputs).toStrictEqual({
      priority: "P4",
      target: "resolution",
      agreedDue: "2026-12-04T12:00:00+01:00",
    });
    expect(s.output).toBe("2026-12-04T12:00:00+01:00");
  });
});

describe("the clock starts at the receipt of the report, or at the creation of a supplier-opened incident (MDO-SLA §9.1, §2.25, §2.21)", () => {
  it("an incident without `openedBy` was reported by the customer: the clock-start step records the receipt", () => {
    const d = deadlines({ receivedAt: at("2026-11-24T10:00:00+01:00"), priority: "P2" }, sla);
    const s = stepOf(d, "clock-start");
    expect(s.inputs).toStrictEqual({ receivedAt: "2026-11-24T10:00:00+01:00", openedBy: "customer" });
    expect(articles(s.citations)).toEqual(["MDO-SLA 2.25", "MDO-SLA 2.21"]);
  });
  it("a P1 the supplier opened itself records the creation and obliges it to inform its customers by e-mail without delay (§9.1)", () => {
    const d = deadlines(
      { receivedAt: at("2026-11-24T10:00:00+01:00"), priority: "P1", openedBy: "supplier" },
      sla,
    );
    expect(stepOf(d, "clock-start").inputs).toStrictEqual({
      receivedAt: "2026-11-24T10:00:00+01:00",
      openedBy: "supplier",
    });
    const s = stepOf(d, "supplier-opened-notice");
    expect(s.inputs).toStrictEqual({ priority: "P1", createdAt: "2026-11-24T10:00:00+01:00" });
    expect(s.output).toBe("inform-customers");
    expect(d.value.obligations).toHaveLength(1);
    expect(d.value.obligations[0]).toMatchObject({ form: "e-mail", timing: "without-delay" });
  });
});

describe("a P1 reported without a phone call still starts at the receipt (MDO-SLA §9.2, this library's reading)", () => {
  const received = "2026-11-24T10:00:00+01:00";
  it("a P1 with no channel recorded, or reported by phone, needs no phone-call step", () => {
    expect(hasStep(deadlines({ receivedAt: at(received), priority: "P1" }, sla), "phone-call")).toBe(false);
    expect(
      hasStep(
        deadlines({ receivedAt: at(received), priority: "P1", reportedVia: "phone" }, sla),
        "phone-call",
      ),
    ).toBe(false);
  });
  it("a P1 reported by e-mail without a call records that no call came, citing §9.2", () => {
    const d = deadlines({ receivedAt: at(received), priority: "P1", reportedVia: "e-mail" }, sla);
    const s = stepOf(d, "phone-call");
    expect(s.inputs).toStrictEqual({ priority: "P1", receivedAt: received });
    expect(articles(s.citations)).toEqual(["MDO-SLA 9.2"]);
    expect(local(d.value.responseDue.due)).toBe("2026-11-24T11:00:00+01:00");
  });
  it("a P1 reported by phone with the call recorded at 10:20 names the call; the response is still due 11:00", () => {
    const d = deadlines(
      {
        receivedAt: at(received),
        priority: "P1",
        reportedVia: "phone",
        phonedAt: at("2026-11-24T10:20:00+01:00"),
      },
      sla,
    );
    expect(stepOf(d, "phone-call").inputs).toStrictEqual({
      priority: "P1",
      receivedAt: received,
      phonedAt: "2026-11-24T10:20:00+01:00",
    });
    expect(local(d.value.responseDue.due)).toBe("2026-11-24T11:00:00+01:00");
  });
  it("a P2 reported by e-mail needs no call (§9.2 asks it for P1 only)", () => {
    const d = deadlines({ receivedAt: at(received), priority: "P2", reportedVia: "e-mail" }, sla);
    expect(hasStep(d, "phone-call")).toBe(false);
  });
  it("a P1 the supplier opened itself has no reporter to phone", () => {
    const d = deadlines(
      { receivedAt: at(received), priority: "P1", openedBy: "supplier", reportedVia: "e-mail" },
      sla,
    );
    expect(hasStep(d, "phone-call")).toBe(false);
  });
});

describe("a deviation in confidentiality is always P1 (MDO-SLA §7.4)", () => {
  const received = "2026-11-24T10:00:00+01:00";
  it("a P4 with a confidentiality deviation records the override from P4 to P1", () => {
    const d = deadlines({ receivedAt: at(received), priority: "P4", confidentialityDeviation: true }, sla);
    const s = stepOf(d, "confidentiality-override");
    expect(s.inputs).toStrictEqual({ assigned: "P4" });
    expect(s.output).toBe("P1");
    expect(articles(s.citations)).toEqual(["MDO-SLA 7.4"]);
  });
  it("a P1 with a deviation is not overridden, and a P4 without one keeps P4 without an override step", () => {
    const p1 = deadlines({ receivedAt: at(received), priority: "P1", confidentialityDeviation: true }, sla);
    expect(hasStep(p1, "confidentiality-override")).toBe(false);
    const p4 = deadlines({ receivedAt: at(received), priority: "P4" }, sla);
    expect(p4.value.priority).toBe("P4");
    expect(hasStep(p4, "confidentiality-override")).toBe(false);
  });
});
