// Range audit: the generators of this package draw dates in 2020–2032 (arbRetentionDate's default),
// while the record decoder accepts any date 0001-01-01..9999-12-31 and the instant decoder any
// instant 1970-01-01..9999-12-30. The kernel memoises period ends in an Int32Array table that
// covers 1900-01-01 + 2^17 days (to 2258-11-09) and clamps ends past 9999-12-31; both edges and the
// far past/future were never generated. Here the batch paths (sweep over records and over Int32
// columns) are compared with evaluate and with the slow reference on records dated there.
import {
  addDays,
  date,
  fromEpochDay,
  type Instant,
  type LocalDate,
  localDateOf,
  toEpochDay,
  zonedInstant,
} from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
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

const LAST_START = "9999-06-14" as LocalDate;
const TABLE_END = fromEpochDay(-25567 + 2 ** 17); // first day past the kernel's memo table
const uniqueIds = (records: ReadonlyArray<RetentionRecord>) => records.map((r, i) => ({ ...r, id: `r${i}` }));

/** Anchors for `at`: the 32-bit second limits, the memo table's end, the calendar's end. */
const anchors: ReadonlyArray<LocalDate> = [
  date("1970-01-02"),
  date("2038-01-19"),
  date("2106-02-07"),
  TABLE_END,
  date("5000-06-30"),
  date("9999-12-30"),
];

const at = fc.oneof(
  fc.constantFrom(...anchors).chain((d) =>
    arbRetentionInstant({
      from: d < date("1970-01-04") ? date("1970-01-01") : addDays(d, -3),
      to: d > date("9999-12-01") ? d : addDays(d, 3),
    }),
  ),
  arbRetentionInstant({ from: date("1970-01-01"), to: date("9999-12-30") }),
);

const LAST = date("9999-12-31");
/**
 * arbRetentionRecord with its start drawn 900 days before the range's end at the latest:
 * arbRetentionRecord itself throws a RangeError for a range ending within 900 days of 9999-12-31
 * (its later events are start + 0..900 days, past the calendar).
 */
const arbRecordUpTo = (classes: number, range: { from: LocalDate; to: LocalDate }) => {
  const cap = addDays(LAST, -900);
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings, compared as strings
  const to = range.to < cap ? range.to : cap;
  const from = range.from < to ? range.from : addDays(to, -1500);
  return arbRetentionRecord(classes, { from, to });
};

// Records dated in the 1 500 days before `at` (ends fall due around it) or anywhere 0001..at.
const batch = fc.tuple(arbRetentionPolicy(), at).chain(([policy, instant]) => {
  const day = localDateOf(instant);
  const near = { from: addDays(day, -1500), to: day };
  const anywhere = { from: date("0001-01-01"), to: day };
  return fc.tuple(
    fc.constant(policy),
    fc
      .array(
        fc.oneof(
          arbRecordUpTo(Object.keys(policy.classes).length, near),
          arbRecordUpTo(Object.keys(policy.classes).length, anywhere),
        ),
        { maxLength: 20 },
      )
      .map(uniqueIds),
    fc.constant(instant),
  );
});

function columns(records: ReadonlyArray<RetentionRecord>, at: Instant): RetentionColumns {
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
  return { id: records.map((r) => r.id), recordClass: records.map((r) => r.recordClass), events, held };
}

describe("range audit: sweep, evaluate and the reference agree on records dated 0001..9999 (retention spec §2)", () => {
  it("statuses, keepUntil and deleteBy agree for instants 1970..9999, near 2038, 2106, the memo table's end and 9999", () => {
    const seen = { checked: 0, deleteAfter2106: 0, keepPastTable: 0, endAt9999: 0 };
    fc.assert(
      fc.property(batch, ([policy, records, instant]) => {
        const single = records.map((r) => evaluate(r, policy, instant).value);
        // the reference reads core's periodAfter directly: it throws where an end passes 9999-12-31
        // (the kernel reads such an end as 9999-12-31); there evaluate is the oracle for the batch
        for (const [i, r] of records.entries()) {
          let ref: ReturnType<typeof referenceEvaluate> | undefined;
          try {
            ref = referenceEvaluate(r, policy, instant);
          } catch {
            ref = undefined;
          }
          const s = single[i];
          if (s?.status === "must-delete" && instant > Date.UTC(2106, 1, 8)) seen.deleteAfter2106++;
          if (s?.keepUntil !== undefined && s.keepUntil >= TABLE_END) seen.keepPastTable++;
          if (s?.deleteBy === LAST || s?.keepUntil === LAST) seen.endAt9999++;
          if (ref === undefined) continue;
          seen.checked++;
          expect({ status: s?.status, keepUntil: s?.keepUntil, deleteBy: s?.deleteBy }).toEqual(ref);
        }
        const of = (s: string) => records.filter((_, i) => single[i]?.status === s).map((r) => r.id);
        const want = { delete: of("must-delete"), conflict: of("conflict"), incomplete: of("incomplete") };
        const got = sweep(records, policy, instant).value;
        expect({ delete: got.delete, conflict: got.conflict, incomplete: got.incomplete }).toEqual(want);
        const cols = sweep(columns(records, instant), policy, instant).value;
        expect({ delete: cols.delete, conflict: cols.conflict, incomplete: cols.incomplete }).toEqual(want);
      }),
      { numRuns: 300 },
    );
    // not vacuous: the far regions were reached
    for (const [what, n] of Object.entries(seen)) expect(n, what).toBeGreaterThanOrEqual(scaledAtLeast(10));
  });

  it("arbRetentionRecord and arbRecordFor with a range ending 9999-12-31 draw records there (later events stop at the calendar's last day; they threw a RangeError)", () => {
    const records = fc.sample(arbRetentionRecord(1, { from: date("9999-01-01"), to: LAST }), 200);
    const days = records.flatMap((r) => Object.values(r.events));
    expect(days.every((d) => d >= "9999-01-01" && d <= LAST)).toBe(true);
    expect(days.filter((d) => d === LAST).length).toBeGreaterThan(0);
    const policy = fc.sample(arbRetentionPolicy(), 1)[0] as RetentionPolicy;
    const forPolicy = fc.sample(
      arbRecordFor(policy, { from: date("9999-06-01"), to: LAST, spread: 900 }),
      100,
    );
    expect(forPolicy.flatMap((r) => Object.values(r.events)).every((d) => d <= LAST)).toBe(true);
  });
});

/** Day by day with evaluate (the reference throws past 9999): the first day in the range that is must-delete. */
function scanSchedule(
  records: ReadonlyArray<RetentionRecord>,
  policy: RetentionPolicy,
  from: LocalDate,
  to: LocalDate,
) {
  const atDay = (d: LocalDate) => zonedInstant(d, 0);
  const days = new Map<string, Array<string>>();
  const overdue: Array<string> = [];
  for (const r0 of records) {
    const r = { ...r0, events: Object.fromEntries(Object.entries(r0.events).filter(([, d]) => d <= from)) };
    const first = evaluate(r, policy, atDay(from)).value.status;
    if (first === "must-delete") {
      overdue.push(r.id);
      continue;
    }
    if (first === "incomplete") continue;
    for (let d = from; d < to; ) {
      d = addDays(d, 1);
      if (evaluate(r, policy, atDay(d)).value.status === "must-delete") {
        days.set(d, [...(days.get(d) ?? []), r.id]);
        break;
      }
    }
  }
  return { days: [...days.entries()].sort().map(([date, ids]) => ({ date, ids })), overdue };
}

describe("range audit: schedule near 2106-02-07, the memo table's end and 9999-12-31 (retention spec §2)", () => {
  const ranges: ReadonlyArray<[LocalDate, number]> = [
    [date("2106-01-20"), 60],
    [addDays(TABLE_END, -30), 60],
    [date("9999-10-30"), 60],
  ];
  it.each(ranges)(
    "from %s: deletion days and overdue records equal a day-by-day scan with evaluate",
    (from, span) => {
      const to = addDays(from, span);
      let scheduled = 0;
      let overdue = 0;
      // generated policies, and the presets with records of their classes (spread ≤ 200 days)
      const cases = fc.oneof(
        fc
          .tuple(
            arbRetentionPolicy(),
            fc.array(arbRecordUpTo(3, { from: addDays(from, -1500), to: from }), { maxLength: 25 }),
          )
          .map(([policy, rs]) => ({ policy, records: uniqueIds(rs) })),
        fc.constantFrom(vjzRetention, mitzRetention, statutoryRetention).chain((policy) =>
          fc
            // arbRecordFor's later events are start + 0..spread days: start 200 days before 9999-12-31 at the latest
            .array(
              arbRecordFor(policy, {
                from: addDays(from, -800),
                // biome-ignore lint/complexity/useMathMinMax: ISO date strings, compared as strings
                to: from < LAST_START ? from : LAST_START,
                spread: 200,
              }),
              { maxLength: 25 },
            )
            .map((rs) => ({ policy, records: uniqueIds(rs) })),
        ),
      );
      fc.assert(
        fc.property(cases, ({ policy, records }) => {
          const got = schedule(records, policy, { from, to }).value;
          expect({ days: got.days, overdue: got.overdue }).toEqual(scanSchedule(records, policy, from, to));
          scheduled += got.days.length;
          overdue += got.overdue.length;
        }),
        { numRuns: 60 },
      );
      // near 9999 most periods run past the calendar (then deleteBy is 9999-12-31): overdue records only
      if (from < "9999-01-01") expect(scheduled).toBeGreaterThanOrEqual(1);
      expect(overdue).toBeGreaterThanOrEqual(scaledAtLeast(20));
    },
  );
});
