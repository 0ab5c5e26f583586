// Issue #11 item 11 and ADR 0006 §4: every contract the decoder accepts can be evaluated — the
// domain functions are total over their input types, also at the bounds (lengths of 100 years,
// dates near 0001 and 9999).
import { addDays, fromEpochDay, type LocalDate, toEpochDay } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaledAtLeast } from "../../../tools/testkit/runs.js";
import { afterTermination, continuation } from "../src/after-termination.js";
import { decodeContract } from "../src/decode.js";
import { mayTerminate } from "../src/grounds.js";
import { lastNoticeDay, noticeDeadline, terminationDate } from "../src/notice.js";
import { mdo2025 } from "../src/presets/mdo-2025.js";
import { findTerm, termAt } from "../src/terms.js";
import { timeline } from "../src/timeline.js";

const arbDay = (min: string, max: string) =>
  fc.integer({ min: toEpochDay(min as LocalDate), max: toEpochDay(max as LocalDate) }).map(fromEpochDay);
const arbAnyDay = fc.oneof(
  arbDay("0001-01-01", "0003-12-31"),
  arbDay("1990-01-01", "2100-12-31"),
  arbDay("9990-01-01", "9999-12-31"),
);
/** Lengths up to and a little past the 100-year bound, so the decoder's edge is exercised. */
const arbLength = fc.oneof(
  fc.integer({ min: 0, max: 1250 }).map((months) => ({ months })),
  fc.integer({ min: 0, max: 37000 }).map((days) => ({ days })),
  fc
    .tuple(fc.integer({ min: 0, max: 101 }), fc.integer({ min: 0, max: 11 }))
    .map(([years, months]) => ({ years, months })),
);
const arbDurationJson = fc.record({
  name: fc.constant("generated"),
  initialTerm: fc.oneof(
    fc.record({ _tag: fc.constant("Length"), length: arbLength, citations: fc.constant([]) }),
    fc.record({ _tag: fc.constant("UntilDate"), end: arbAnyDay, citations: fc.constant([]) }),
  ),
  renewal: fc.oneof(
    fc.constant({ _tag: "None", citations: [] }),
    fc.constant({ _tag: "CalendarYear", citations: [] }),
    fc.record({
      _tag: fc.constant("Months"),
      months: fc.integer({ min: 0, max: 1300 }),
      citations: fc.constant([]),
    }),
  ),
  notice: fc.record({
    customer: fc.record({ value: arbLength, citations: fc.constant([]) }),
    supplier: fc.record({ value: arbLength, citations: fc.constant([]) }),
  }),
  noticeForm: fc.constant({ value: "written", citations: [] }),
});
const arbContractJson = fc
  .tuple(
    arbAnyDay,
    arbDurationJson,
    fc.option(fc.tuple(fc.integer({ min: 1, max: 4000 }), arbDurationJson), { nil: undefined }),
  )
  .map(([start, duration, sw]) => ({
    start,
    duration,
    switches: sw === undefined ? [] : [{ on: addDaysClamped(start, sw[0]), duration: sw[1] }],
  }));

function addDaysClamped(d: LocalDate, n: number): LocalDate {
  return toEpochDay(d) + n > toEpochDay("9999-12-31" as LocalDate)
    ? ("9999-12-31" as LocalDate)
    : addDays(d, n);
}

describe("every decoded contract can be evaluated (issue #11 item 11)", () => {
  it("the decoder rejects lengths over 100 years, and for every contract it accepts termAt, terminationDate, noticeDeadline, timeline and mayTerminate answer without throwing", () => {
    let decoded = 0;
    fc.assert(
      fc.property(arbContractJson, fc.integer({ min: -400, max: 200 * 366 }), (json, offset) => {
        const r = decodeContract(json);
        const lengths = [json.duration, ...json.switches.map((s) => s.duration)].flatMap((d) => [
          d.notice.customer.value,
          d.notice.supplier.value,
          ...(d.initialTerm._tag === "Length" ? [d.initialTerm.length] : []),
        ]);
        const tooLong = lengths.some(
          (l) =>
            ("years" in l ? (l.years ?? 0) * 12 : 0) + ("months" in l ? (l.months ?? 0) : 0) > 1200 ||
            ("days" in l ? (l.days ?? 0) : 0) > 36525,
        );
        if (tooLong) expect(r.ok).toBe(false);
        if (!r.ok) return;
        decoded += 1;
        const c = r.value;
        const day = addDaysClamped(
          c.start,
          Math.max(offset, -toEpochDay(c.start) + toEpochDay("0001-01-01" as LocalDate)),
        );
        for (const party of ["customer", "supplier"] as const) {
          expect(() => termAt(c, day)).not.toThrow();
          expect(() => terminationDate({ contract: c, party, receivedOn: day })).not.toThrow();
          expect(() => noticeDeadline({ contract: c, party }, day)).not.toThrow();
          expect(() =>
            mayTerminate({ ground: "regular-notice", contract: c, party, receivedOn: day }, mdo2025),
          ).not.toThrow();
          expect(() =>
            mayTerminate(
              {
                ground: "business-transfer",
                contract: c,
                party,
                receivedOn: day,
                transferredOutsideGroup: true,
                goalsChangedSoContinuationCannotBeRequired: true,
              },
              mdo2025,
            ),
          ).not.toThrow();
        }
        expect(() => timeline({ contract: c, from: day, to: addDaysClamped(day, 3 * 366) })).not.toThrow();
        const t = findTerm(c, day);
        if (t !== undefined) {
          expect(() => lastNoticeDay(t.end, c.duration.notice.customer.value)).not.toThrow();
          expect(() => afterTermination(t.end, mdo2025)).not.toThrow();
          expect(() =>
            continuation(
              { endDate: t.end, eligibleCase: true, requestedOn: t.end, extensionRequestedOn: t.end },
              mdo2025,
            ),
          ).not.toThrow();
        }
      }),
      { numRuns: 300 },
    );
    expect(decoded).toBeGreaterThan(scaledAtLeast(30));
  });
});
