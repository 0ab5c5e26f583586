import {
  addDays,
  date,
  type Instant,
  type LocalDate,
  localDateOf,
  toEpochDay,
  zonedInstant,
} from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { scaledAtLeast } from "../../../tools/testkit/runs.js";
import { NO_DATE, type RetentionColumns, schedule, sweep } from "../src/batch.js";
import { evaluate } from "../src/evaluate.js";
import { mitzRetention } from "../src/presets/mitz.js";
import { statutoryRetention } from "../src/presets/statutory.js";
import { vjzRetention } from "../src/presets/vjz.js";
import type { RetentionRecord } from "../src/record.js";
import type { RetentionPolicy } from "../src/rulebook.js";
import {
  arbRecordFor,
  arbRetentionInstant,
  arbRetentionPolicy,
  arbRetentionRecord,
} from "../src/testing/arbitraries.js";
import { referenceEvaluate } from "./reference/evaluate.js";

const uniqueIds = (records: ReadonlyArray<RetentionRecord>) => records.map((r, i) => ({ ...r, id: `r${i}` }));

// records dated around the instant, so that deletions fall due within short ranges too
const batch = fc.tuple(arbRetentionPolicy(), arbRetentionInstant()).chain(([policy, at]) => {
  const day = localDateOf(at);
  const range = { from: addDays(day, -1500), to: addDays(day, 30) };
  return fc.tuple(
    fc.constant(policy),
    fc.array(arbRetentionRecord(Object.keys(policy.classes).length, range), { maxLength: 40 }).map(uniqueIds),
    fc.constant(at),
  );
});

function toColumns(records: ReadonlyArray<RetentionRecord>, coded: boolean, at: Instant): RetentionColumns {
  const names = ["c0", "c1", "c2", "unknown"];
  const events: Record<string, Int32Array> = {};
  for (const e of ["start", "e1", "e2", "e3"]) {
    const col = new Int32Array(records.length).fill(NO_DATE);
    records.forEach((r, i) => {
      const d = r.events[e];
      if (d !== undefined) col[i] = toEpochDay(d);
    });
    events[e] = col;
  }
  const today = localDateOf(at);
  const held = Uint8Array.from(records, (r) =>
    (r.holds ?? []).some(
      (h) =>
        typeof h === "string" || (h.placedOn <= today && (h.liftedOn === undefined || today < h.liftedOn)),
    )
      ? 1
      : 0,
  );
  return {
    id: records.map((r) => r.id),
    recordClass: coded
      ? { codes: Uint8Array.from(records, (r) => names.indexOf(r.recordClass)), names }
      : records.map((r) => r.recordClass),
    events,
    held,
  };
}

const expected = (records: ReadonlyArray<RetentionRecord>, policy: RetentionPolicy, at: Instant) => {
  const of = (s: string) =>
    records.filter((r) => referenceEvaluate(r, policy, at).status === s).map((r) => r.id);
  return { delete: of("must-delete"), conflict: of("conflict"), incomplete: of("incomplete") };
};

describe("sweep agrees with evaluate and with the reference", () => {
  test("over an array of records", () => {
    fc.assert(
      fc.property(batch, ([policy, records, at]) => {
        const got = sweep(records, policy, at).value;
        expect({ delete: got.delete, conflict: got.conflict, incomplete: got.incomplete }).toEqual(
          expected(records, policy, at),
        );
        const counts: Record<string, number> = {};
        for (const r of records) {
          const s = evaluate(r, policy, at).value.status;
          counts[s] = (counts[s] ?? 0) + 1;
        }
        for (const [s, n] of Object.entries(got.counts)) expect(n).toBe(counts[s] ?? 0);
      }),
      { numRuns: 300 },
    );
  });

  test("over columns (class names or codes, Int32 event days, a held flag)", () => {
    fc.assert(
      fc.property(batch, fc.boolean(), ([policy, records, at], coded) => {
        const got = sweep(toColumns(records, coded, at), policy, at).value;
        expect({ delete: got.delete, conflict: got.conflict, incomplete: got.incomplete }).toEqual(
          expected(records, policy, at),
        );
      }),
      { numRuns: 300 },
    );
  });

  test("a column value that is not a day makes the record incomplete, never a deletion", () => {
    const policy: RetentionPolicy = {
      id: "p",
      classes: { c0: { description: "x", requiredEvents: ["start"], laterEvents: [] } },
      rules: [
        {
          id: "r",
          recordClass: "c0",
          rule: { _tag: "AfterEvent", event: "start", duration: { days: 1 }, bound: "max" },
          citations: [{ source: "TEST", article: "1" }],
        },
      ],
    };
    const cols: RetentionColumns = {
      id: ["a", "b", "c"],
      recordClass: ["c0", "c0", "c0"],
      events: { start: [1.5, 1e12, 20000] },
      held: [0, 0, 0],
    };
    const r = sweep(cols, policy, zonedInstant(date("2026-01-01"), 0)).value;
    expect(r.incomplete).toEqual(["a", "b"]);
    expect(r.delete).toEqual(["c"]);
  });
});

/** Day-by-day reference for schedule: the first day in the range on which the reference says must-delete. */
function referenceSchedule(
  records: ReadonlyArray<RetentionRecord>,
  policy: RetentionPolicy,
  from: LocalDate,
  to: LocalDate,
) {
  const atDay = (d: LocalDate) => zonedInstant(d, 0);
  const days = new Map<string, Array<string>>();
  const overdue: Array<string> = [];
  for (const r0 of records) {
    // facts known on `from`
    const r = { ...r0, events: Object.fromEntries(Object.entries(r0.events).filter(([, d]) => d <= from)) };
    const first = referenceEvaluate(r, policy, atDay(from)).status;
    if (first === "must-delete") {
      overdue.push(r.id);
      continue;
    }
    if (first === "incomplete") continue;
    // the first later day in the range on which the record is must-delete
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
      if (referenceEvaluate(r, policy, atDay(d)).status === "must-delete") {
        days.set(d, [...(days.get(d) ?? []), r.id]);
        break;
      }
    }
  }
  return { days: [...days.entries()].sort().map(([date, ids]) => ({ date, ids })), overdue };
}

describe("schedule agrees with a day-by-day scan of the reference", () => {
  test("deletion days and overdue records, holds included", () => {
    let scheduled = 0;
    let overdue = 0;
    fc.assert(
      fc.property(batch, fc.integer({ min: 0, max: 120 }), ([policy, records, at], span) => {
        const from = localDateOf(at);
        const to = addDays(from, span);
        const got = schedule(records, policy, { from, to }).value;
        const want = referenceSchedule(records, policy, from, to);
        expect({ days: got.days, overdue: got.overdue }).toEqual(want);
        scheduled += got.days.length;
        overdue += got.overdue.length;
      }),
      { numRuns: 150 },
    );
    // not vacuous: records were found overdue
    expect(overdue).toBeGreaterThan(scaledAtLeast(20));
    void scheduled;
  });

  test("on the presets, records dated around the range", () => {
    let scheduled = 0;
    for (const policy of [vjzRetention, mitzRetention, statutoryRetention]) {
      fc.assert(
        fc.property(
          arbRetentionInstant().chain((at) => {
            const day = localDateOf(at);
            return fc.tuple(
              fc.constant(day),
              fc
                .array(arbRecordFor(policy, { from: addDays(day, -800), to: day, spread: 200 }), {
                  maxLength: 30,
                })
                .map(uniqueIds),
              fc.integer({ min: 0, max: 120 }),
            );
          }),
          ([from, records, span]) => {
            const to = addDays(from, span);
            const got = schedule(records, policy, { from, to }).value;
            expect({ days: got.days, overdue: got.overdue }).toEqual(
              referenceSchedule(records, policy, from, to),
            );
            scheduled += got.days.reduce((n, d) => n + d.ids.length, 0);
          },
        ),
        { numRuns: 150 },
      );
    }
    expect(scheduled).toBeGreaterThan(scaledAtLeast(10));
  });
});

describe("columns: nothing is defaulted", () => {
  const at = zonedInstant(date("2026-12-01"), 720);
  const day = toEpochDay(date("2026-01-31"));
  test("without a `sent` column, overview requests are incomplete — a missing column never reads as 'never sent'", () => {
    const cols = {
      id: ["o1"],
      recordClass: ["overview-request"],
      events: { created: [day], processed: [NO_DATE] },
      held: [0],
    };
    const r = sweep(cols, vjzRetention, at).value;
    expect([r.delete, r.incomplete]).toEqual([[], ["o1"]]);
    const full = { ...cols, events: { ...cols.events, sent: [NO_DATE] } };
    expect(sweep(full, vjzRetention, at).value.delete).toEqual(["o1"]);
  });
  test("without the held column every record is incomplete, in sweep and in schedule", () => {
    const cols = {
      id: ["a"],
      recordClass: ["ip-log"],
      events: { written: [day] },
    } as unknown as RetentionColumns;
    expect(sweep(cols, vjzRetention, at).value.incomplete).toEqual(["a"]);
    expect(
      schedule(cols, vjzRetention, { from: date("2026-03-01"), to: date("2026-12-31") }).value.incomplete,
    ).toEqual(["a"]);
  });
});
