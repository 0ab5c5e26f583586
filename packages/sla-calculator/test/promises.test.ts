import { date } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { breachNoticeDue, breachNoticeStatus } from "../src/breach-notice.js";
import { recoveryPoint, recoveryTestDue, recoveryTime } from "../src/disaster-recovery.js";
import { maintenanceNotice, regularMaintenanceCheck } from "../src/maintenance.js";
import { performanceAlerts } from "../src/performance.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import {
  majorVersionEndOfLife,
  mayUseRelease,
  type Release,
  supportedMajorVersions,
  vendorUpdateDue,
} from "../src/releases.js";
import { at, local, sla } from "./helpers.js";

describe("maintenance notice: 10 working days (MDO-SLA §7.1, §7.2 item 1)", () => {
  const announcedAt = at("2026-03-02T10:00:00+01:00");

  it("maintenance announced Monday 2 March 2026 may start from Monday 16 March 2026 17:00", () => {
    const r = maintenanceNotice(
      { announcedAt, startsAt: at("2026-03-16T17:00:00+01:00"), kind: "affects-availability" },
      sla,
    );
    expect(local(r.value.earliestStart)).toBe("2026-03-16T17:00:00+01:00");
    expect(r.value.inTime).toBe(true);
  });

  it("a weekend window on 14–15 March 2026 announced on Monday 2 March is late", () => {
    const r = maintenanceNotice(
      { announcedAt, startsAt: at("2026-03-14T22:00:00+01:00"), kind: "affects-availability" },
      sla,
    );
    expect(r.value.inTime).toBe(false);
  });

  it("unplanned maintenance for a security incident needs no notice period, work affecting availability always does", () => {
    const startsAt = at("2026-03-03T22:00:00+01:00");
    expect(
      maintenanceNotice({ announcedAt, startsAt, kind: "unplanned", exception: "security-incident" }, sla)
        .value,
    ).toEqual({
      inTime: true,
      exempt: true,
    });
    expect(maintenanceNotice({ announcedAt, startsAt, kind: "unplanned" }, sla).value.inTime).toBe(false);
  });

  it("regular maintenance during office hours, outside the preferred times or within 2 weeks of the last one is reported", () => {
    const r = regularMaintenanceCheck(
      {
        publishedAt: at("2025-12-01T10:00:00+01:00"),
        windows: [
          { start: at("2026-03-03T19:00:00+01:00"), end: at("2026-03-03T23:00:00+01:00") },
          { start: at("2026-03-10T16:00:00+01:00"), end: at("2026-03-10T19:00:00+01:00") },
        ],
      },
      sla,
    ).value;
    expect(r.map((f) => [f.duringOfficeHours, f.outsidePreferredTimes, f.tooFrequent])).toEqual([
      [false, false, false],
      [true, true, true],
    ]);
  });
});

describe("vendor updates and releases (MDO-SLA §7.1, §11; MDO-BV art. 5.2)", () => {
  it("a critical update available on 31 August 2026 must be installed by 30 November 2026, a non-critical one by 28 February 2027", () => {
    expect(
      vendorUpdateDue({ availableOn: date("2026-08-31"), critical: true }, mdoSla2025).value.lastDay,
    ).toBe("2026-11-30");
    expect(
      vendorUpdateDue({ availableOn: date("2026-08-31"), critical: false }, mdoSla2025).value.lastDay,
    ).toBe("2027-02-28");
    expect(
      vendorUpdateDue(
        { availableOn: date("2026-08-31"), critical: true, installedOn: date("2026-12-01") },
        mdoSla2025,
      ).value.inTime,
    ).toBe(false);
  });

  it("a major version released on 1 March 2026 is end-of-life on 1 March 2028", () => {
    expect(majorVersionEndOfLife(date("2026-03-01"), mdoSla2025).value).toBe("2028-03-01");
  });

  const releases: Array<Release> = [
    { version: "1.0", major: 1, releasedOn: date("2025-09-01") },
    { version: "1.1", major: 1, releasedOn: date("2025-12-01") },
    { version: "2.0", major: 2, releasedOn: date("2026-06-01") },
    { version: "2.1", major: 2, releasedOn: date("2026-12-01") },
    { version: "3.0", major: 3, releasedOn: date("2027-06-01") },
  ];

  it("the supplier supports the newest major version and at most one old one that is not end-of-life", () => {
    const on = supportedMajorVersions(releases, mdoSla2025, date("2027-06-15")).value;
    expect(on.map((v) => [v.major, v.supported, v.reason])).toEqual([
      [3, true, "newest"],
      [2, true, "supported-old-version"],
      [1, false, "too-many-old-versions"],
    ]);
    const before = supportedMajorVersions(releases, mdoSla2025, date("2027-05-31")).value;
    expect(before.find((v) => v.major === 1)?.reason).toBe("supported-old-version");
    expect(majorVersionEndOfLife(date("2025-09-01"), mdoSla2025).value).toBe("2027-09-01");
    const twoYearsOn = supportedMajorVersions(releases.slice(0, 4), mdoSla2025, date("2027-09-01")).value;
    expect(twoYearsOn.find((v) => v.major === 1)?.reason).toBe("end-of-life");
  });

  it("the customer may use a release at most two releases older than the newest (N-2)", () => {
    const allowed = mayUseRelease({ releases, inUse: "2.0" }, mdoSla2025, date("2027-07-01"));
    expect(allowed.value).toBe("allowed");
    expect(allowed.details).toEqual({ releasesBehind: 2, newest: "3.0" });
    expect(allowed.reasons.map((r) => r.rule)).toEqual(["release-n-minus-2"]);
    expect(mayUseRelease({ releases, inUse: "1.1" }, mdoSla2025, date("2027-07-01")).value).toBe("refused");
  });

  it("whether the customer may use a release that is not among the releases given is undetermined", () => {
    const r = mayUseRelease({ releases, inUse: "9.9" }, mdoSla2025, date("2027-07-01"));
    expect(r.value).toBe("undetermined");
    expect(r.details).toEqual({ newest: "3.0" });
  });
});

describe("breach notice, performance alerts, disaster recovery (MDO-SLA §9.1, §7.7, §7.5, §7.6)", () => {
  it("a data breach the supplier became aware of on Friday 18:00 should be reported by Saturday 18:00, as a best-effort target", () => {
    const r = breachNoticeDue({ awareAt: at("2026-03-06T18:00:00+01:00") }, mdoSla2025).value;
    expect(local(r.dueBy)).toBe("2026-03-07T18:00:00+01:00");
    expect(r.bestEffort).toBe(true);
    expect(
      breachNoticeStatus(
        { awareAt: at("2026-03-06T18:00:00+01:00"), notifiedAt: at("2026-03-07T19:00:00+01:00") },
        mdoSla2025,
        at("2026-03-08T00:00:00+01:00"),
      ).value,
    ).toBe("target-missed");
  });

  it("the 24 hours of the breach notice are elapsed hours: aware Saturday 28 March 2026 12:00 CET, due Sunday 29 March 13:00 CEST", () => {
    expect(local(breachNoticeDue({ awareAt: at("2026-03-28T12:00:00+01:00") }, mdoSla2025).value.dueBy)).toBe(
      "2026-03-29T13:00:00+02:00",
    );
  });

  it("an action over 10 seconds, or over 10 × the baseline, raises an alert; exactly 10 seconds does not", () => {
    expect(performanceAlerts({ durationMs: 10_000 }, mdoSla2025).value).toEqual([]);
    expect(performanceAlerts({ durationMs: 10_001 }, mdoSla2025).value).toEqual([
      "slower-than-absolute-limit",
    ]);
    expect(performanceAlerts({ durationMs: 2_001, baselineMs: 200 }, mdoSla2025).value).toEqual([
      "slower-than-baseline-factor",
    ]);
  });

  it("the RPO of 24 hours holds when the last backup is at most 24 hours old and no two backups are more than 24 hours apart", () => {
    const backups = [
      at("2026-05-01T02:00:00+02:00"),
      at("2026-05-02T02:00:00+02:00"),
      at("2026-05-03T03:00:00+02:00"),
    ];
    expect(recoveryPoint(backups, mdoSla2025, at("2026-05-03T12:00:00+02:00")).value.met).toBe(true);
    expect(
      recoveryPoint(backups, mdoSla2025, at("2026-05-03T12:00:00+02:00"), {
        since: at("2026-05-01T00:00:00+02:00"),
      }).value.met,
    ).toBe(false);
    expect(recoveryPoint(backups, mdoSla2025, at("2026-05-04T03:00:01+02:00")).value.met).toBe(false);
    expect(recoveryPoint([], mdoSla2025, at("2026-05-04T03:00:00+02:00")).value.lastBackup).toBeUndefined();
  });

  it("the RPO explanation states the age of the last backup exactly, in hours, minutes and seconds", () => {
    const r = recoveryPoint([at("2026-05-01T02:00:01+02:00")], mdoSla2025, at("2026-05-02T02:00:00+02:00"));
    expect(r.value.met).toBe(true);
    expect(r.because[0]?.en).toContain("The last backup was 23 hours 59 minutes 59 seconds earlier");
    expect(r.because[0]?.nl).toContain("De laatste back-up was 23 uur 59 minuten 59 seconden eerder");
    const whole = recoveryPoint(
      [at("2026-05-01T02:00:00+02:00")],
      mdoSla2025,
      at("2026-05-01T08:00:00+02:00"),
    );
    expect(whole.because[0]?.en).toContain("The last backup was 6 hours earlier");
  });

  it("the RTO of 24 hours is met when the service is available again within 24 hours of the disaster", () => {
    const disaster = at("2026-05-01T10:00:00+02:00");
    expect(
      recoveryTime(
        { incidentAt: disaster, restoredAt: at("2026-05-02T10:00:00+02:00") },
        mdoSla2025,
        disaster,
      ).value,
    ).toBe("met");
    expect(
      recoveryTime(
        { incidentAt: disaster, restoredAt: at("2026-05-02T10:00:01+02:00") },
        mdoSla2025,
        disaster,
      ).value,
    ).toBe("missed");
    expect(recoveryTime({ incidentAt: disaster }, mdoSla2025, at("2026-05-02T11:00:00+02:00")).value).toBe(
      "running-missed",
    );
  });

  it("a full recovery test is due once a year after the previous one", () => {
    expect(recoveryTestDue({ lastTest: date("2026-05-12") }, mdoSla2025, date("2027-05-13")).value).toEqual({
      dueBy: "2027-05-12",
      overdue: true,
    });
    expect(
      recoveryTestDue({ lastTest: date("2026-05-12") }, mdoSla2025, date("2027-05-13"), {
        reading: "calendar-year",
      }).value,
    ).toEqual({
      dueBy: "2027-12-31",
      overdue: false,
    });
    expect(recoveryTestDue({}, mdoSla2025, date("2027-05-13")).value.overdue).toBe(true);
  });
});

describe("change requests, reports, problems and the payment condition (MDO-SLA §10, §4.3, §12.1; MDO-BV art. 2.10 b)", async () => {
  const { changeRequestDeadlines, mayFile, problemIdentification, supportOwed } = await import(
    "../src/changes.js"
  );

  it("only a registered contact person may file a change request; any employee may file a report", () => {
    const refused = mayFile({ kind: "change-request", registeredContact: false }, sla);
    expect(refused.value).toBe("refused");
    expect(refused.reasons.map((r) => r.citations.map((c) => `${c.source} ${c.article}`))).toEqual([
      ["MDO-SLA 10.1"],
    ]);
    expect(mayFile({ kind: "change-request", registeredContact: true }, sla).value).toBe("allowed");
    expect(mayFile({ kind: "report", registeredContact: false }, mdoSla2025).value).toBe("allowed");
  });

  it("a change request received Monday 23 November 2026 11:00 gets its response by Thursday 26 November 17:00 (P4, 3 working days)", () => {
    const d = changeRequestDeadlines({ receivedAt: at("2026-11-23T11:00:00+01:00") }, sla).value;
    expect(local(d.responseDue.due)).toBe("2026-11-26T17:00:00+01:00");
    expect(d.resolutionDue.due).toBeUndefined();
  });

  it("an incident not solved directly but with a workaround is a problem", () => {
    expect(problemIdentification({ solvedDirectly: false, workaroundAvailable: true }, sla).value).toBe(true);
    expect(problemIdentification({ solvedDirectly: true, workaroundAvailable: true }, sla).value).toBe(false);
  });

  it("no support is owed while a payment obligation is unmet", () => {
    expect(supportOwed({ paymentObligationsMet: false }, sla).value).toBe(false);
    expect(supportOwed({ paymentObligationsMet: true }, mdoSla2025).value).toBe(true);
  });
});
