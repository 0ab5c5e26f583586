// Tests that kill surviving mutants of src/releases.ts (issue #17, docs/quality.md): the support of
// old major versions (MDO-SLA §11 "maximaal 1 oude hoofdversie … 2 jaar na de releasedatum
// End-of-Life"), the customer's N-2 duty (MDO-BV art. 5.2 "niet meer dan twee Releases ouder dan
// de nieuwste Release"), the lead times for subcontractors' updates (MDO-SLA §7.1) and what each
// step records — inputs, output and clauses, not the wording of its sentence.
import { date, type LocalDate } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { decodeVendorUpdate } from "../src/decode.js";
import { mdoSla2025 } from "../src/presets/mdo-sla-2025.js";
import {
  majorVersionEndOfLife,
  mayUseRelease,
  type Release,
  supportedMajorVersions,
  vendorUpdateDue,
} from "../src/releases.js";
import { sla } from "./helpers.js";

const release = (version: string, major: number, releasedOn: string): Release => ({
  version,
  major,
  releasedOn: date(releasedOn),
});
const articles = (
  s: { readonly citations: ReadonlyArray<{ source: string; article: string }> } | undefined,
) => s?.citations.map((c) => `${c.source} ${c.article}`);

describe("a major version is end-of-life 2 years after its release date (MDO-SLA 11)", () => {
  it("the end-of-life step records the release date, 2 years and 0 months, the date and MDO-SLA 11", () => {
    const r = majorVersionEndOfLife(date("2026-03-01"), sla);
    expect(r.value).toBe("2028-03-01");
    expect(r.because).toHaveLength(1);
    const s = r.because[0];
    expect(s?.rule).toBe("major-version-end-of-life");
    expect(s?.inputs).toStrictEqual({ releasedOn: "2026-03-01", years: 2, months: 0 });
    expect(s?.output).toBe("2028-03-01");
    expect(s?.citations).toEqual(mdoSla2025.releases.majorEndOfLife.citations);
  });
});

describe("the supplier supports the newest major version and at most 1 old one that is not end-of-life (MDO-SLA 11)", () => {
  it("a major version released on the day asked about is the newest that day (MDO-SLA 11)", () => {
    const releases = [release("1.0", 1, "2025-06-01"), release("2.0", 2, "2026-06-01")];
    const r = supportedMajorVersions(releases, sla, date("2026-06-01"));
    expect(r.value.map((v) => [v.major, v.reason])).toEqual([
      [2, "newest"],
      [1, "supported-old-version"],
    ]);
  });

  it("a major version's release date is its first release, also when a later minor release is listed first: 2.0 of 15 Jan 2026 is end-of-life on 15 Jan 2028 (MDO-SLA 11)", () => {
    const releases = [
      release("2.1", 2, "2026-07-15"),
      release("2.0", 2, "2026-01-15"),
      release("3.0", 3, "2027-06-01"),
    ];
    const r = supportedMajorVersions(releases, sla, date("2028-02-01"));
    const v2 = r.value.find((v) => v.major === 2);
    expect(v2).toEqual({
      major: 2,
      releasedOn: "2026-01-15",
      endOfLife: "2028-01-15",
      supported: false,
      reason: "end-of-life",
    });
  });

  it("on 1 June 2029 major 1 (2025) and 2 (2026) are end-of-life and not supported; 4 is newest, 3 the one old version (MDO-SLA 11)", () => {
    const releases = [
      release("1.0", 1, "2025-01-15"),
      release("2.0", 2, "2026-01-15"),
      release("3.0", 3, "2028-01-15"),
      release("4.0", 4, "2029-01-15"),
    ];
    const r = supportedMajorVersions(releases, sla, date("2029-06-01"));
    expect(r.value.map((v) => [v.major, v.supported, v.reason])).toEqual([
      [4, true, "newest"],
      [3, true, "supported-old-version"],
      [2, false, "end-of-life"],
      [1, false, "end-of-life"],
    ]);
    expect(r.because).toHaveLength(1);
    const s = r.because[0];
    expect(s?.rule).toBe("supported-major-versions");
    expect(s?.inputs).toStrictEqual({ on: "2029-06-01", majors: [4, 3, 2, 1] });
    expect(s?.output).toEqual([4, 3]);
    expect(s?.citations).toEqual([
      ...mdoSla2025.releases.supportedOldMajorVersions.citations,
      ...mdoSla2025.releases.majorEndOfLife.citations,
    ]);
    expect(articles(s)).toEqual(["MDO-SLA 11", "MDO-SLA 11"]);
  });
});

describe("the customer uses a release at most two releases older than the newest, N-2 (MDO-BV 5.2)", () => {
  const on = date("2027-09-01");
  /** Four releases listed out of date order: by date 2026.1, 2026.2, 2027.1, 2027.2. */
  const shuffled = (): Array<Release> => [
    release("2027.1", 1, "2027-01-10"),
    release("2026.1", 1, "2026-01-10"),
    release("2027.2", 1, "2027-07-10"),
    release("2026.2", 1, "2026-07-10"),
  ];

  it("releases are ordered by release date, not by their place in the list: 2026.1 is 3 behind 2027.2 and refused, 2026.2 is 2 behind and allowed (MDO-BV 5.2)", () => {
    const old = mayUseRelease({ releases: shuffled(), inUse: "2026.1" }, sla, on);
    expect(old.value).toBe("refused");
    expect(old.details).toStrictEqual({ releasesBehind: 3, newest: "2027.2" });
    const n2 = mayUseRelease({ releases: shuffled(), inUse: "2026.2" }, sla, on);
    expect(n2.value).toBe("allowed");
    expect(n2.details).toStrictEqual({ releasesBehind: 2, newest: "2027.2" });
    const n1 = mayUseRelease({ releases: shuffled(), inUse: "2027.1" }, sla, on);
    expect(n1.details).toStrictEqual({ releasesBehind: 1, newest: "2027.2" });
  });

  it("a release after the day asked about does not count; one released on that day does (MDO-BV 5.2)", () => {
    const releases = [...shuffled(), release("2027.3", 1, "2027-09-01"), release("2028.1", 1, "2028-01-10")];
    const r = mayUseRelease({ releases, inUse: "2026.2" }, sla, on);
    expect(r.value).toBe("refused");
    expect(r.details).toStrictEqual({ releasesBehind: 3, newest: "2027.3" });
  });

  it("two releases of the same day are ordered as listed: the one listed last is the newest (MDO-BV 5.2, this library's reading)", () => {
    const releases = [
      release("2027.2-a", 1, "2027-07-10"),
      release("2027.2-b", 1, "2027-07-10"),
      release("2027.2-c", 1, "2027-07-10"),
      release("2027.1", 1, "2027-01-10"),
    ];
    const r = mayUseRelease({ releases, inUse: "2027.2-a" }, sla, on);
    expect(r.details).toStrictEqual({ releasesBehind: 2, newest: "2027.2-c" });
    const first = mayUseRelease({ releases, inUse: "2027.1" }, sla, on);
    expect(first.value).toBe("refused");
    expect(first.details).toStrictEqual({ releasesBehind: 3, newest: "2027.2-c" });
  });

  it("the oldest of two releases, one behind, may be used (MDO-BV 5.2)", () => {
    const releases = [release("2027.1", 1, "2027-01-10"), release("2027.2", 1, "2027-07-10")];
    const r = mayUseRelease({ releases, inUse: "2027.1" }, sla, on);
    expect(r.value).toBe("allowed");
    expect(r.details).toStrictEqual({ releasesBehind: 1, newest: "2027.2" });
  });

  it("the N-2 step records the release in use, the newest, how far behind, the verdict and MDO-BV 5.2; it is the verdict's one reason (MDO-BV 5.2)", () => {
    const r = mayUseRelease({ releases: shuffled(), inUse: "2026.1" }, sla, on);
    expect(r.reasons).toHaveLength(1);
    expect(r.because).toHaveLength(1);
    const s = r.reasons[0];
    expect(s?.rule).toBe("release-n-minus-2");
    expect(s?.inputs).toStrictEqual({ inUse: "2026.1", newest: "2027.2", releasesBehind: 3 });
    expect(s?.output).toBe("refused");
    expect(s?.citations).toEqual(mdoSla2025.releases.maxReleasesBehind.citations);
    expect(articles(s)).toEqual(["MDO-BV 5.2"]);
    const allowedNow = mayUseRelease({ releases: shuffled(), inUse: "2027.2" }, sla, on);
    expect(allowedNow.reasons[0]?.inputs).toStrictEqual({
      inUse: "2027.2",
      newest: "2027.2",
      releasesBehind: 0,
    });
  });

  it("with no release out yet, whether a release may be used is undetermined: no newest, no count behind (MDO-BV 5.2)", () => {
    const r = mayUseRelease({ releases: [release("2028.1", 1, "2028-01-10")], inUse: "2028.1" }, sla, on);
    expect(r.value).toBe("undetermined");
    expect(r.details).toStrictEqual({});
    expect(Object.keys(r.details)).toEqual([]);
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]?.inputs).toStrictEqual({ inUse: "2028.1", newest: null, releasesBehind: null });
  });

  it("a release in use that is not among those given is undetermined, with the newest but no count behind (MDO-BV 5.2)", () => {
    const r = mayUseRelease({ releases: shuffled(), inUse: "2025.9" }, sla, on);
    expect(r.value).toBe("undetermined");
    expect(Object.keys(r.details)).toEqual(["newest"]);
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]?.output).toBe("undetermined");
  });
});

describe("subcontractors' updates: critical within 3 months, others within 6 (MDO-SLA 7.1)", () => {
  const decodes = (u: unknown): boolean => decodeVendorUpdate(u).ok;

  it("an update not yet installed, and one installed on the day it became available, are valid; one installed before is not (MDO-SLA 7.1)", () => {
    expect(decodes({ availableOn: "2026-08-31", critical: true })).toBe(true);
    expect(decodes({ availableOn: "2026-08-31", critical: false, installedOn: "2026-08-31" })).toBe(true);
    expect(decodes({ availableOn: "2026-08-31", critical: false, installedOn: "2026-09-01" })).toBe(true);
    expect(decodes({ availableOn: "2026-08-31", critical: true, installedOn: "2026-08-30" })).toBe(false);
  });

  it("an update not installed has no inTime key; its step records installedOn null, the last day and MDO-SLA 7.1", () => {
    const r = vendorUpdateDue({ availableOn: date("2026-08-31"), critical: true }, sla);
    expect(r.value).toStrictEqual({ lastDay: "2026-11-30" });
    expect(Object.keys(r.value)).toEqual(["lastDay"]);
    expect(r.because).toHaveLength(1);
    const s = r.because[0];
    expect(s?.rule).toBe("vendor-update-lead-time");
    expect(s?.inputs).toStrictEqual({ availableOn: "2026-08-31", critical: true, installedOn: null });
    expect(s?.output).toBe("2026-11-30");
    expect(s?.citations).toEqual(mdoSla2025.vendorUpdates.citations);
    expect(articles(s)).toEqual(["MDO-SLA 7.1"]);
  });

  it("a non-critical update of 31 Aug 2026 installed on 1 Mar 2027 was late; the step records the installation date (MDO-SLA 7.1)", () => {
    const installedOn: LocalDate = date("2027-03-01");
    const r = vendorUpdateDue({ availableOn: date("2026-08-31"), critical: false, installedOn }, sla);
    expect(r.value).toStrictEqual({ lastDay: "2027-02-28", inTime: false });
    expect(r.because[0]?.inputs).toStrictEqual({
      availableOn: "2026-08-31",
      critical: false,
      installedOn: "2027-03-01",
    });
  });
});
