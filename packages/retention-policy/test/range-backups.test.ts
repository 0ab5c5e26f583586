// Range audit: arbBackups ends its histories on 2026-12-01 in every test, while the backup decoder
// accepts instants up to 9999-12-30. pruneBackups sorts times and days in Float64Arrays and reads
// the rules' periods with core's periodAfter; here histories of 500 days ending around 2038-01-19,
// 2106-02-07, in 5000 and at the end of the range are pruned and compared with the brute-force
// reference (test/reference/backups.ts).
import { addDays, date, zonedInstant } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pruneBackups } from "../src/backups.js";
import { arbBackups } from "../src/testing/arbitraries.js";
import { referenceKeep, schemes } from "./reference/backups.js";

const ends: ReadonlyArray<[string, number]> = [
  ["2038-01-25", 40],
  ["2106-02-10", 40],
  ["5000-06-30", 40],
  ["9999-12-20", 10],
];

describe.each(ends)("range audit: pruneBackups of 500 days ending %s (spec §5)", (end, after) => {
  const history = fc.tuple(
    arbBackups({ days: 500, end: date(end) }),
    fc.integer({ min: -5, max: after }).map((d) => zonedInstant(addDays(date(end), d), 12 * 60)),
    fc.constantFrom(...schemes),
    fc.constantFrom("now" as const, "newest-backup" as const),
  );
  it("keeps exactly the set the reference demands", () => {
    fc.assert(
      fc.property(history, ([backups, at, scheme, windowFrom]) => {
        const r = pruneBackups(backups, scheme, at, { windowFrom }).value;
        expect(new Set(r.keep)).toEqual(referenceKeep(backups, scheme, at, windowFrom));
        expect(r.keep.length + r.delete.length).toBe(backups.length);
      }),
      { numRuns: 40 },
    );
  });
});
