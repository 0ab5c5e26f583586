// Kills the surviving mutants of backups.ts and of the backup decoders in decode.ts (issue #17):
// ISO-week and month buckets, a backup taken exactly at `at`, which backup is the newest, where
// windows are counted from, the local day of a backup early on 1 Jan 1970 west of UTC, and the
// checks of decodeBackups. Expected values come from MDO-SLA §7.6 and the documented readings.
import { cite, instant } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import { type Backup, type BackupRule, type BackupScheme, pruneBackups } from "../src/backups.js";
import { decodeBackups } from "../src/decode.js";
import { mdoSlaBackupScheme } from "../src/presets/mdo-sla-backups.js";

const scheme = (rule: Omit<BackupRule, "citations" | "id">, timeZone = "Europe/Amsterdam"): BackupScheme => ({
  id: "test-scheme",
  timeZone,
  rules: [{ id: "the-rule", citations: [cite("MDO-SLA", "7.6", "test scheme")], ...rule }],
});
const full = (id: string, takenAt: string): Backup => ({ id, kind: "full", takenAt: instant(takenAt) });
const keptBy = (r: ReturnType<typeof pruneBackups>, id: string) =>
  r.value.decisions.find((d) => d.id === id)?.keptBy ?? [];

describe("pruneBackups: buckets (MDO-SLA §7.6 'per week', 'per jaar')", () => {
  test("newest per ISO week: of Monday 23 and Tuesday 24 Nov 2026 (week 48) only Tuesday is kept; Monday 30 Nov starts week 49", () => {
    const weekly = scheme({ kind: "full", keep: "newest-per-week", for: { years: 1 } });
    const r = pruneBackups(
      [
        full("mon-23", "2026-11-23T02:00:00+01:00"),
        full("tue-24", "2026-11-24T02:00:00+01:00"),
        full("mon-30", "2026-11-30T02:00:00+01:00"),
      ],
      weekly,
      instant("2026-12-01T12:00:00+01:00"),
    );
    expect(r.value.keep).toEqual(["tue-24", "mon-30"]);
    expect(r.value.delete).toEqual(["mon-23"]);
  });

  test("newest per ISO week in 2027 (1 Jan a Friday): Monday 22 and Tuesday 23 Nov 2027 are one week, only Tuesday is kept", () => {
    const weekly = scheme({ kind: "full", keep: "newest-per-week", for: { years: 1 } });
    const r = pruneBackups(
      [full("mon-22", "2027-11-22T02:00:00+01:00"), full("tue-23", "2027-11-23T02:00:00+01:00")],
      weekly,
      instant("2027-12-01T12:00:00+01:00"),
    );
    expect(r.value.delete).toEqual(["mon-22"]);
  });

  test("two rules of the same id that both keep a backup list the id once in keptBy", () => {
    const twice: BackupScheme = {
      id: "twice",
      timeZone: "Europe/Amsterdam",
      rules: [
        {
          id: "keep-full",
          kind: "full",
          keep: "every",
          for: { months: 2 },
          citations: [cite("MDO-SLA", "7.6", "test")],
        },
        {
          id: "keep-full",
          kind: "full",
          keep: "newest-per-week",
          for: { months: 2 },
          citations: [cite("MDO-SLA", "7.6", "test")],
        },
      ],
    };
    const r = pruneBackups(
      [full("new", "2026-11-29T02:00:00+01:00"), full("old", "2026-11-22T02:00:00+01:00")],
      twice,
      instant("2026-12-10T12:00:00+01:00"),
    );
    expect(keptBy(r, "old")).toEqual(["keep-full"]);
  });

  test("newest per month: a backup in October and one in November 2026 are both kept", () => {
    const monthly = scheme({ kind: "full", keep: "newest-per-month", for: { years: 1 } });
    const r = pruneBackups(
      [full("oct", "2026-10-15T02:00:00+02:00"), full("nov", "2026-11-15T02:00:00+01:00")],
      monthly,
      instant("2026-12-01T12:00:00+01:00"),
    );
    expect(r.value.delete).toEqual([]);
    expect(keptBy(r, "oct")).toEqual(["the-rule"]);
  });
});

describe("pruneBackups: the newest backup and the counting day (MDO-SLA §7.6)", () => {
  test("a full backup taken exactly at `at` is judged by the rules and is the newest, not 'after-at'", () => {
    const at = "2026-12-10T02:00:00+01:00";
    const r = pruneBackups([full("f", at)], mdoSlaBackupScheme, instant(at));
    expect(keptBy(r, "f")).toEqual(["newest", "weekly-full-2-months", "yearly-full-20-years"]);
  });

  test("the newest is the most recent backup, also when it is listed first: an older full backup of the same year outside 2 months is deleted (MDO-SLA §7.6)", () => {
    const r = pruneBackups(
      [full("f-new", "2026-11-29T02:00:00+01:00"), full("f-old", "2026-01-04T02:00:00+01:00")],
      mdoSlaBackupScheme,
      instant("2026-12-10T12:00:00+01:00"),
    );
    expect(r.value.delete).toEqual(["f-old"]);
    expect(keptBy(r, "f-new")).toContain("newest");
  });

  test("two backups taken at the same instant: the first listed is the newest (ties by input order)", () => {
    const r = pruneBackups(
      [full("first", "2026-11-01T02:00:00+01:00"), full("second", "2026-11-01T02:00:00+01:00")],
      scheme({ kind: "full", keep: "every", for: { days: 14 } }),
      instant("2026-12-10T12:00:00+01:00"),
    );
    expect(r.value.keep).toEqual(["first"]);
    expect(r.value.delete).toEqual(["second"]);
  });

  describe("windows are counted from the day of `at` by default, from the newest backup on request", () => {
    const fortnight = scheme({ kind: "full", keep: "every", for: { days: 14 } });
    const at = instant("2026-12-10T12:00:00+01:00");
    // listed newest first, so that the newest backup has index 0
    const list = [full("f-10", "2026-11-10T02:00:00+01:00"), full("f-01", "2026-11-01T02:00:00+01:00")];

    test("by default, 14 days after 1 Nov and after 10 Nov have both ended on 10 Dec: only the newest is kept", () => {
      const r = pruneBackups(list, fortnight, at);
      expect(r.value.delete).toEqual(["f-01"]);
      expect(keptBy(r, "f-10")).toEqual(["newest"]);
    });

    test("with windowFrom 'newest-backup' (10 Nov) the backup of 1 Nov is still within its 14 days", () => {
      const r = pruneBackups(list, fortnight, at, { windowFrom: "newest-backup" });
      expect(r.value.delete).toEqual([]);
      expect(keptBy(r, "f-01")).toEqual(["the-rule"]);
    });
  });
});

describe("pruneBackups: the local day of a backup whose local time is before 1970 (documented reading)", () => {
  // 1970-01-01T00:00Z is 31 Dec 1969 19:00 in New York: core refuses local times before 1970, and
  // the backup's local day is taken as 31 Dec 1969.
  const daily = scheme({ kind: "full", keep: "newest-per-day", for: { years: 10 } }, "America/New_York");
  const at = instant("1970-01-03T12:00:00Z");

  test("a backup at 1970-01-01T00:00Z (31 Dec 1969 in New York) and one on 1 Jan 1970 local are on different days: both kept", () => {
    const r = pruneBackups(
      [full("dec-31", "1970-01-01T00:00:00Z"), full("jan-01", "1970-01-01T06:00:00Z")],
      daily,
      at,
    );
    expect(r.value.delete).toEqual([]);
  });

  test("a backup at 1970-01-01T00:00Z and one on 2 Jan 1970 local are on different days: both kept", () => {
    const r = pruneBackups(
      [full("dec-31", "1970-01-01T00:00:00Z"), full("jan-02", "1970-01-02T06:00:00Z")],
      daily,
      at,
    );
    expect(r.value.delete).toEqual([]);
  });
});

describe("decodeBackups: the checks of a list (MDO-SLA §7.6 full and differential backups)", () => {
  test("a full backup and a differential taken after it against it decode", () => {
    const r = decodeBackups([
      { id: "f1", kind: "full", takenAt: "2026-11-29T02:00:00+01:00" },
      { id: "d1", kind: "differential", base: "f1", takenAt: "2026-11-30T02:00:00+01:00" },
    ]);
    expect(r.ok).toBe(true);
  });

  test("a full backup that names a base is refused at its base", () => {
    const r = decodeBackups([{ id: "f1", kind: "full", base: "f0", takenAt: "2026-11-29T02:00:00+01:00" }]);
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      "$[0].base: a full backup has no base",
    ]);
  });

  test("with { at }: a backup taken exactly at `at` decodes, one taken after it is refused at its takenAt", () => {
    const at = instant("2026-12-01T00:00:00+01:00");
    const ok = decodeBackups([{ id: "f1", kind: "full", takenAt: "2026-12-01T00:00:00+01:00" }], { at });
    expect(ok.ok).toBe(true);
    const late = decodeBackups(
      [
        { id: "f1", kind: "full", takenAt: "2026-11-30T00:00:00+01:00" },
        { id: "f2", kind: "full", takenAt: "2026-12-01T00:00:01+01:00" },
      ],
      { at },
    );
    expect(late.ok ? [] : late.issues.map((i) => i.path)).toEqual(["$[1].takenAt"]);
  });
});

describe("pruneBackups: the steps name each rule with its count, and the counting day (MDO-SLA §7.6)", () => {
  test("the TSDoc example: one full kept by the 2-month rule, one differential by the 14-day rule, one full as the yearly one; 2 kept, 2 deleted", () => {
    const backups: ReadonlyArray<Backup> = [
      full("f1", "2026-10-04T02:00:00+02:00"),
      full("f2", "2026-11-29T02:00:00+01:00"),
      { id: "d1", kind: "differential", base: "f1", takenAt: instant("2026-10-05T02:00:00+02:00") },
      { id: "d2", kind: "differential", base: "f2", takenAt: instant("2026-11-30T02:00:00+01:00") },
    ];
    const r = pruneBackups(backups, mdoSlaBackupScheme, instant("2026-12-10T12:00:00+01:00"));
    expect(r.value.delete).toEqual(["f1", "d1"]);
    expect(
      r.because.map((s) => ({ rule: s.rule, inputs: s.inputs, output: s.output, citations: s.citations })),
    ).toEqual([
      ...mdoSlaBackupScheme.rules.map((rule) => ({
        rule: "backup-rule",
        inputs: { rule: rule.id, kind: rule.kind, keep: rule.keep },
        output: 1,
        citations: rule.citations,
      })),
      {
        rule: "backup-dependencies",
        inputs: { windowFrom: "2026-12-10" },
        output: { keep: 2, delete: 2 },
        citations: [],
      },
    ]);
  });
});
