import { addDays, date, explainToText, type Instant, instant, zonedInstant } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import { type Backup, pruneBackups } from "../src/backups.js";
import { mdoSlaBackupScheme as mdo } from "../src/presets/mdo-sla-backups.js";

/** 20+ years of the MDO-SLA §7.6 scheme: a full backup every Sunday 02:00, a differential every other day 03:00. */
function history(from: string, days: number): Array<Backup> {
  const out: Array<Backup> = [];
  let base: string | undefined;
  for (let k = 0; k < days; k++) {
    const d = addDays(date(from), k);
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || base === undefined) {
      base = `full-${d}`;
      out.push({ id: base, kind: "full", takenAt: zonedInstant(d, 120) });
    } else out.push({ id: `diff-${d}`, kind: "differential", base, takenAt: zonedInstant(d, 180) });
  }
  return out;
}

describe("MDO-SLA §7.6: full weekly 2 months, differential daily 14 days, full yearly 20 years", () => {
  const backups = history("2006-01-01", 7670); // to 2026-12-31
  const at: Instant = instant("2026-12-01T12:00:00+01:00");
  const r = pruneBackups(backups, mdo, at).value;
  const kept = new Map(r.decisions.map((d) => [d.id, d.keptBy]));

  test("every weekly full backup of the last 2 months is kept (2 Oct 2026 onwards: its 2 months end on or after 1 Dec)", () => {
    expect(kept.get("full-2026-10-04")).toContain("weekly-full-2-months");
    expect(kept.has("full-2026-09-27") && kept.get("full-2026-09-27")?.includes("weekly-full-2-months")).toBe(
      false,
    );
  });

  test("differentials are kept 14 days: 17 Nov 2026 is the oldest kept", () => {
    const diffs = r.decisions
      .filter((d) => d.id.startsWith("diff-") && d.keep)
      .map((d) => d.id)
      .sort();
    expect(diffs[0]).toBe("diff-2026-11-17");
  });

  test("the newest full backup of each calendar year is kept 20 years: 2006's (31 Dec 2006) through 31 Dec 2026", () => {
    const yearly = r.decisions.filter((d) => d.keptBy.includes("yearly-full-20-years")).map((d) => d.id);
    expect(yearly.length).toBe(21); // 2006 … 2026
    expect(yearly).toContain("full-2006-12-31");
    expect(yearly).not.toContain("full-2006-12-24");
    expect(yearly).toContain("full-2026-11-29"); // this year's newest so far
    const later = pruneBackups(backups, mdo, instant("2027-01-01T00:00:00+01:00")).value;
    expect(later.decisions.find((d) => d.id === "full-2006-12-31")?.keep).toBe(false);
  });

  test("a full backup is never deleted while a kept differential depends on it", () => {
    const byId = new Map(backups.map((b) => [b.id, b]));
    for (const d of r.decisions)
      if (d.keep && d.id.startsWith("diff-"))
        expect(
          kept.has((byId.get(d.id) as Backup).base!) && r.keep.includes((byId.get(d.id) as Backup).base!),
        ).toBe(true);
    // the oldest kept differential (17 Nov, a Tuesday) depends on the full of Sunday 15 Nov
    expect(kept.get("full-2026-11-15")).toEqual(
      expect.arrayContaining(["weekly-full-2-months", "base-of:diff-2026-11-17"]),
    );
  });

  test("a base outside its own window is kept for its differential", () => {
    const small: Array<Backup> = [
      { id: "f", kind: "full", takenAt: instant("2026-01-04T02:00:00+01:00") },
      { id: "d", kind: "differential", base: "f", takenAt: instant("2026-11-30T03:00:00+01:00") },
    ];
    const p = pruneBackups(small, mdo, at).value;
    expect(p.decisions).toEqual([
      { id: "f", keep: true, keptBy: ["yearly-full-20-years", "base-of:d"] },
      { id: "d", keep: true, keptBy: ["newest", "daily-differential-14-days"] },
    ]);
  });

  test("the explanation cites MDO-SLA §7.6 for each rule", () => {
    const text = explainToText(pruneBackups(backups, mdo, at), "en");
    expect(text).toContain("MDO-SLA §7.6");
    expect(text).toContain("Kept ");
  });
});
