import { addDays, date, zonedInstant } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { pruneBackups } from "../src/backups.js";
import { arbBackups } from "../src/testing/arbitraries.js";
import { referenceKeep, schemes } from "./reference/backups.js";

const history = fc.tuple(
  arbBackups({ days: 500, end: date("2026-12-01") }),
  fc.integer({ min: -5, max: 40 }).map((d) => zonedInstant(addDays(date("2026-12-01"), d), 12 * 60)),
  fc.constantFrom(...schemes),
  fc.constantFrom("now" as const, "newest-backup" as const),
);

describe("pruneBackups (spec §5 invariants, and a brute-force reference)", () => {
  test("keeps exactly the set the scheme demands (reference), the newest backup and every base of a kept differential", () => {
    fc.assert(
      fc.property(history, ([backups, at, scheme, windowFrom]) => {
        const r = pruneBackups(backups, scheme, at, { windowFrom }).value;
        const kept = new Set(r.keep);
        expect(kept).toEqual(referenceKeep(backups, scheme, at, windowFrom));
        const newest = [...backups].filter((b) => b.takenAt <= at).sort((a, b) => b.takenAt - a.takenAt)[0];
        if (newest !== undefined) expect(kept.has(newest.id)).toBe(true);
        for (const b of backups)
          if (b.kind === "differential" && kept.has(b.id)) expect(kept.has(b.base!)).toBe(true);
        expect(r.keep.length + r.delete.length).toBe(backups.length);
      }),
      { numRuns: 100 },
    );
  });

  test("is idempotent: pruning the kept set again deletes nothing", () => {
    fc.assert(
      fc.property(history, ([backups, at, scheme, windowFrom]) => {
        const kept = new Set(pruneBackups(backups, scheme, at, { windowFrom }).value.keep);
        const again = pruneBackups(
          backups.filter((b) => kept.has(b.id)),
          scheme,
          at,
          { windowFrom },
        ).value;
        expect(again.delete).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
