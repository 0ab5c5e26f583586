// Tests that kill surviving mutants of src/disaster-recovery.ts (issue #17, docs/quality.md): each
// pins down a rule of MDO-SLA §7.5 (RPO and RTO of 24 hours, defined in §2.26 and §2.27) or §7.6
// ("Full recovery 1 x per jaar"), or what its explanation step records — the inputs, the output and
// the clauses it rests on. Every result is computed inside its `it` (perTest coverage).
import { date, formatInstant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { decodeRecovery } from "../src/decode.js";
import { recoveryPoint, recoveryTestDue, recoveryTime } from "../src/disaster-recovery.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import { at } from "./helpers.js";

const HOUR = 3_600_000;
/** recoveryPoint over backups since Friday 1 May 2026 00:00 (Amsterdam), at the moment given. */
const rpoSinceMay1 = (backups: ReadonlyArray<string>, moment: string) =>
  recoveryPoint(
    backups.map((b) => at(b)),
    mdoSla2025,
    at(moment),
    { since: at("2026-05-01T00:00:00+02:00") },
  );
const articles = (cs: ReadonlyArray<{ readonly source: string; readonly article: string }>) =>
  cs.map((c) => `${c.source} ${c.article}`);

describe("the recovery point objective: at most 24 hours between backups and since the last one (MDO-SLA §7.5, §2.26)", () => {
  it("§7.5: the last backup is the latest one at or before the moment asked, whatever order the backups are given in", () => {
    const r = recoveryPoint(
      [at("2026-05-02T02:00:00+02:00"), at("2026-05-03T02:00:00+02:00"), at("2026-05-01T02:00:00+02:00")],
      mdoSla2025,
      at("2026-05-03T12:00:00+02:00"),
    );
    expect(formatInstant(r.value.lastBackup as number)).toBe("2026-05-03T02:00:00+02:00");
    expect(r.value.exposureMs).toBe(10 * HOUR);
    expect(r.value.met).toBe(true);
  });

  it("§7.5: the backups given in descending order (three of them) still give the newest as the last one", () => {
    const r = recoveryPoint(
      [at("2026-05-03T02:00:00+02:00"), at("2026-05-02T02:00:00+02:00"), at("2026-05-01T02:00:00+02:00")],
      mdoSla2025,
      at("2026-05-03T12:00:00+02:00"),
    );
    expect(formatInstant(r.value.lastBackup as number)).toBe("2026-05-03T02:00:00+02:00");
    expect(r.value.met).toBe(true);
  });

  it("§7.5: a backup taken after the moment asked does not count: 34 hours since the last one, not met", () => {
    const r = recoveryPoint(
      [at("2026-05-01T02:00:00+02:00"), at("2026-05-03T02:00:00+02:00")],
      mdoSla2025,
      at("2026-05-02T12:00:00+02:00"),
    );
    expect(formatInstant(r.value.lastBackup as number)).toBe("2026-05-01T02:00:00+02:00");
    expect(r.value.exposureMs).toBe(34 * HOUR);
    expect(r.value.met).toBe(false);
  });

  it("§7.5: a backup taken at the very moment asked counts: nothing would be lost", () => {
    const r = recoveryPoint([at("2026-05-02T12:00:00+02:00")], mdoSla2025, at("2026-05-02T12:00:00+02:00"));
    expect(r.value).toStrictEqual({
      met: true,
      lastBackup: at("2026-05-02T12:00:00+02:00"),
      exposureMs: 0,
      gapsOverRpo: [],
    });
  });

  it("§7.5, §2.26: exactly 24 hours since the last backup still meets the RPO of 24 hours", () => {
    const r = recoveryPoint([at("2026-05-01T02:00:00+02:00")], mdoSla2025, at("2026-05-02T02:00:00+02:00"));
    expect(r.value.exposureMs).toBe(24 * HOUR);
    expect(r.value.met).toBe(true);
  });

  it("§7.5: without any backup the RPO is not met, and the result has no last backup or exposure", () => {
    const r = recoveryPoint([], mdoSla2025, at("2026-05-02T02:00:00+02:00"));
    expect(r.value).toStrictEqual({ met: false, gapsOverRpo: [] });
    expect(Object.keys(r.value)).toEqual(["met", "gapsOverRpo"]);
  });

  it("§2.26: backups exactly 24 hours apart since `since` leave no gap over the RPO", () => {
    const r = rpoSinceMay1(
      ["2026-05-01T02:00:00+02:00", "2026-05-02T02:00:00+02:00", "2026-05-03T02:00:00+02:00"],
      "2026-05-03T12:00:00+02:00",
    );
    expect(r.value.gapsOverRpo).toEqual([]);
    expect(r.value.met).toBe(true);
  });

  it("§2.26: a gap of 25 hours between two backups since `since` is reported with its ends, and the RPO is not met", () => {
    const r = rpoSinceMay1(
      ["2026-05-01T02:00:00+02:00", "2026-05-02T03:00:00+02:00", "2026-05-03T02:00:00+02:00"],
      "2026-05-03T12:00:00+02:00",
    );
    expect(r.value.gapsOverRpo).toEqual([
      { from: at("2026-05-01T02:00:00+02:00"), to: at("2026-05-02T03:00:00+02:00") },
    ]);
    expect(r.value.met).toBe(false);
  });

  it("§2.26: a gap before `since` does not count", () => {
    const r = rpoSinceMay1(
      ["2026-04-28T02:00:00+02:00", "2026-05-01T02:00:00+02:00", "2026-05-02T02:00:00+02:00"],
      "2026-05-02T12:00:00+02:00",
    );
    expect(r.value.gapsOverRpo).toEqual([]);
    expect(r.value.met).toBe(true);
  });

  it("§2.26: a backup taken exactly at `since` opens the range: 25 hours to the next one is a gap", () => {
    const r = rpoSinceMay1(
      ["2026-05-01T00:00:00+02:00", "2026-05-02T01:00:00+02:00"],
      "2026-05-02T02:00:00+02:00",
    );
    expect(r.value.gapsOverRpo).toEqual([
      { from: at("2026-05-01T00:00:00+02:00"), to: at("2026-05-02T01:00:00+02:00") },
    ]);
    expect(r.value.met).toBe(false);
  });

  it("§7.5, §2.26: the rpo step records the moment, the last backup and the number of gaps, and cites §7.5 and §2.26", () => {
    const r = rpoSinceMay1(
      ["2026-05-01T02:00:00+02:00", "2026-05-02T03:00:00+02:00"],
      "2026-05-02T12:00:00+02:00",
    );
    expect(r.because).toHaveLength(1);
    const s = r.because[0];
    expect(s?.rule).toBe("rpo");
    expect(s?.inputs).toEqual({
      at: "2026-05-02T12:00:00+02:00",
      lastBackup: "2026-05-02T03:00:00+02:00",
      gaps: 1,
    });
    expect(s?.output).toBe(false);
    expect(articles(s?.citations ?? [])).toEqual(["MDO-SLA 7.5", "MDO-SLA 2.26"]);
    expect(s?.en).toContain("9 hours earlier, and 1 gap(s) between backups exceed the RPO");
  });

  it("§7.5: the rpo step without a backup records none and says so instead of stating an age", () => {
    const r = recoveryPoint([], mdoSla2025, at("2026-05-02T12:00:00+02:00"));
    const s = r.because[0];
    expect(s?.inputs).toEqual({ at: "2026-05-02T12:00:00+02:00", lastBackup: null, gaps: 0 });
    expect(s?.en).toContain("There is no backup before this moment");
    expect(s?.nl).toContain("Er is geen back-up vóór dit moment");
  });

  it("§7.5: the rpo sentence states the age exactly in the singular and a zero age as 0 seconds, and names no gap when there is none", () => {
    const one = recoveryPoint([at("2026-05-01T02:00:00+02:00")], mdoSla2025, at("2026-05-01T03:01:01+02:00"));
    expect(one.because[0]?.en).toBe(
      "The last backup was 1 hour 1 minute 1 second earlier; the RPO of 24 hours is met.",
    );
    const zero = recoveryPoint(
      [at("2026-05-01T02:00:00+02:00")],
      mdoSla2025,
      at("2026-05-01T02:00:00+02:00"),
    );
    expect(zero.because[0]?.en).toBe("The last backup was 0 seconds earlier; the RPO of 24 hours is met.");
    expect(zero.because[0]?.nl).toBe(
      "De laatste back-up was 0 seconden eerder; de RPO van 24 uur wordt gehaald.",
    );
  });
});

describe("the recovery time objective: available again within 24 hours of the incident (MDO-SLA §7.5, §2.27)", () => {
  it("§7.5: a recovery still running 23 hours after the incident is running", () => {
    const r = recoveryTime(
      { incidentAt: at("2026-05-01T10:00:00+02:00") },
      mdoSla2025,
      at("2026-05-02T09:00:00+02:00"),
    );
    expect(r.value).toBe("running");
  });

  it("§7.5: exactly 24 hours after the incident a running recovery has not yet missed the RTO", () => {
    const r = recoveryTime(
      { incidentAt: at("2026-05-01T10:00:00+02:00") },
      mdoSla2025,
      at("2026-05-02T10:00:00+02:00"),
    );
    expect(r.value).toBe("running");
  });

  it("§7.5, §2.27: the rto step records the incident and the restore, its status, and cites §7.5 and §2.27", () => {
    const r = recoveryTime(
      { incidentAt: at("2026-05-01T10:00:00+02:00"), restoredAt: at("2026-05-02T09:00:00+02:00") },
      mdoSla2025,
      at("2026-05-03T00:00:00+02:00"),
    );
    expect(r.because).toHaveLength(1);
    const s = r.because[0];
    expect(s?.rule).toBe("rto");
    expect(s?.inputs).toEqual({
      incidentAt: "2026-05-01T10:00:00+02:00",
      restoredAt: "2026-05-02T09:00:00+02:00",
    });
    expect(s?.output).toBe("met");
    expect(articles(s?.citations ?? [])).toEqual(["MDO-SLA 7.5", "MDO-SLA 2.27"]);
    expect(s?.en).toContain("by 2026-05-02T10:00:00+02:00 (RTO 24 hours)");
  });

  it("§7.5: the rto step of a recovery still running records no restore", () => {
    const r = recoveryTime(
      { incidentAt: at("2026-05-01T10:00:00+02:00") },
      mdoSla2025,
      at("2026-05-01T12:00:00+02:00"),
    );
    expect(r.because[0]?.inputs).toEqual({ incidentAt: "2026-05-01T10:00:00+02:00", restoredAt: null });
  });

  it("§7.5: decodeRecovery rejects a restore before the incident and accepts one at or after it, or none", () => {
    expect(
      decodeRecovery({ incidentAt: "2026-05-01T10:00:00+02:00", restoredAt: "2026-05-01T09:59:59+02:00" }),
    ).toMatchObject({ ok: false, issues: [{ path: "$", message: "restoredAt is before incidentAt" }] });
    expect(
      decodeRecovery({ incidentAt: "2026-05-01T10:00:00+02:00", restoredAt: "2026-05-01T10:00:00+02:00" }),
    ).toEqual({
      ok: true,
      value: { incidentAt: at("2026-05-01T10:00:00+02:00"), restoredAt: at("2026-05-01T10:00:00+02:00") },
    });
    expect(
      decodeRecovery({ incidentAt: "2026-05-01T10:00:00+02:00", restoredAt: "2026-05-02T09:00:00+02:00" }).ok,
    ).toBe(true);
    expect(decodeRecovery({ incidentAt: "2026-05-01T10:00:00+02:00" })).toEqual({
      ok: true,
      value: { incidentAt: at("2026-05-01T10:00:00+02:00") },
    });
  });
});

describe("the yearly full recovery test (MDO-SLA §7.6, “Full recovery 1 x per jaar”)", () => {
  it("§7.6: on the day the next test is due it is not yet overdue", () => {
    const r = recoveryTestDue({ lastTest: date("2026-05-12") }, mdoSla2025, date("2027-05-12"));
    expect(r.value).toStrictEqual({ dueBy: "2027-05-12", overdue: false });
  });

  it("§7.6: without a recorded test one is due now, and the result has no due date", () => {
    const r = recoveryTestDue({}, mdoSla2025, date("2027-05-13"));
    expect(r.value).toStrictEqual({ overdue: true });
    expect(Object.keys(r.value)).toEqual(["overdue"]);
  });

  it("§7.6: the recovery-test-due step records the last test, the day asked and the due day, and cites §7.6", () => {
    const r = recoveryTestDue({ lastTest: date("2026-05-12") }, mdoSla2025, date("2027-05-13"));
    expect(r.because).toHaveLength(1);
    const s = r.because[0];
    expect(s?.rule).toBe("recovery-test-due");
    expect(s?.inputs).toEqual({ lastTest: "2026-05-12", on: "2027-05-13" });
    expect(s?.output).toBe("2027-05-12");
    expect(articles(s?.citations ?? [])).toEqual(["MDO-SLA 7.6"]);
    expect(s?.en).toContain("due by 2027-05-12, and is overdue");
    expect(s?.nl).toContain("uiterlijk 2027-05-12 plaatsvinden en is te laat");
  });

  it("§7.6: the step without a recorded test has no last test and no due day, and says one is due now", () => {
    const r = recoveryTestDue({}, mdoSla2025, date("2027-05-13"));
    const s = r.because[0];
    expect(s?.inputs).toEqual({ lastTest: null, on: "2027-05-13" });
    expect(s?.output).toBeNull();
    expect(s?.en).toContain("one is due now");
    expect(s?.nl).toContain("die is nu nodig");
  });
});
