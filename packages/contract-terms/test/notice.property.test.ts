import { addDays, compareDates, type LocalDate } from "@zorgkit/core";
import { arbLocalDate } from "@zorgkit/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Contract, NoticePeriod, Party } from "../src/contract.js";
import { lastNoticeDay, noticeDeadline, noticeIsInTime, terminationDate } from "../src/notice.js";
import { findTerm, firstTerm, nextTerm } from "../src/terms.js";
import { arbContract, arbMdoContract, arbNoticeDate, arbNoticePeriod, arbParty } from "../src/testing.js";
import { timeline } from "../src/timeline.js";

/** Slow, obviously-correct reference: walk back day by day from the term end. */
function referenceLastNoticeDay(termEnd: LocalDate, period: NoticePeriod): LocalDate {
  let d = termEnd;
  while (!noticeIsInTime(d, period, termEnd)) d = addDays(d, -1);
  return d;
}

/** The regime (duration index) in force on `d`. */
function regimeAt(contract: Contract, d: LocalDate): number {
  let r = 0;
  contract.switches.forEach((s, i) => {
    if (compareDates(s.on, d) <= 0) r = i + 1;
  });
  return r;
}

/**
 * Slow reference for terminationDate, written from the reading itself: a notice before the start
 * has no effect; a notice received while a duration is in force, by a party the next switch lets
 * keep its end date, ends the contract at the end of the first term of that duration — run on as
 * if the switch never came — that it reaches in time; otherwise (and for the other parties) the
 * first term of the whole contract that is not cut short by a switch and that the notice reaches.
 */
function referenceTerminationDate(
  contract: Contract,
  party: Party,
  receivedOn: LocalDate,
): LocalDate | undefined {
  if (compareDates(receivedOn, contract.start) < 0) return undefined;
  const r = regimeAt(contract, receivedOn);
  const next = contract.switches[r];
  const periodOf = (c: Contract, t: { regime: number }) =>
    (t.regime === 0 ? c.duration : c.switches[t.regime - 1]!.duration).notice[party].value;
  const walk = (c: Contract, expiry = true): LocalDate | undefined => {
    let t = firstTerm(c);
    while (t !== undefined) {
      const after = nextTerm(c, t);
      if (
        !(t.cutShortBySwitch && after !== undefined) &&
        compareDates(t.end, receivedOn) >= 0 &&
        compareDates(receivedOn, referenceLastNoticeDay(t.end, periodOf(c, t))) <= 0
      ) {
        return t.end;
      }
      // A contract that does not renew expires by itself; a notice received before a switch that
      // replaces such a duration, too late for its end, ends nothing.
      if (after === undefined) return expiry && compareDates(t.end, receivedOn) >= 0 ? t.end : undefined;
      t = after;
    }
    return undefined;
  };
  if (next !== undefined && (next.cutShortTermEndableBy?.parties.includes(party) ?? true)) {
    return walk({ ...contract, switches: contract.switches.slice(0, r) }, false);
  }
  return walk(contract);
}

const arbAnyContract = fc.oneof(arbContract(), arbMdoContract());
const arbCase = arbAnyContract.chain((c) => fc.tuple(fc.constant(c), arbParty(), arbNoticeDate(c)));

describe("the notice-period rule", () => {
  it("lastNoticeDay agrees with a day-by-day reference, for any term end and notice period", () => {
    fc.assert(
      fc.property(
        arbLocalDate("1990-01-01" as LocalDate, "2150-12-31" as LocalDate),
        arbNoticePeriod(),
        (end, p) => {
          expect(lastNoticeDay(end, p)).toBe(referenceLastNoticeDay(end, p));
        },
      ),
    );
  });
});

describe("terminationDate (spec §8)", () => {
  it("agrees with a slow reference that walks every term from the first", () => {
    fc.assert(
      fc.property(arbCase, ([contract, party, d]) => {
        expect(terminationDate({ contract, party, receivedOn: d }).value?.endDate).toBe(
          referenceTerminationDate(contract, party, d),
        );
      }),
    );
  });

  it("is non-decreasing in the day the notice is received while one duration is in force, and always a term end of that duration run on uncut", () => {
    fc.assert(
      fc.property(
        arbCase.chain(([c, p, d]) =>
          fc.tuple(fc.constant(c), fc.constant(p), fc.constant(d), fc.integer({ min: 0, max: 800 })),
        ),
        ([contract, party, d, later]) => {
          const a = terminationDate({ contract, party, receivedOn: d }).value;
          const d2 = addDays(d, later);
          const b = terminationDate({ contract, party, receivedOn: d2 }).value;
          if (a !== undefined) {
            const view: Contract = { ...contract, switches: contract.switches.slice(0, a.term.regime) };
            expect(findTerm(view, a.endDate)?.end ?? findTerm(contract, a.endDate)?.end).toBe(a.endDate);
            if (b !== undefined && regimeAt(contract, d) === regimeAt(contract, d2))
              expect(compareDates(a.endDate, b.endDate)).toBeLessThanOrEqual(0);
          }
        },
      ),
    );
  });

  it("for MDO contracts it is non-decreasing across the switch to paid too (MDO-BV 10.2, 10.3, 6.3)", () => {
    fc.assert(
      fc.property(
        arbMdoContract().chain((c) =>
          fc.tuple(fc.constant(c), arbParty(), arbNoticeDate(c), fc.integer({ min: 0, max: 800 })),
        ),
        ([contract, party, d, later]) => {
          const a = terminationDate({ contract, party, receivedOn: d }).value;
          const b = terminationDate({
            contract: contract,
            party,
            receivedOn: addDays(d, later),
          }).value;
          if (a !== undefined && b !== undefined)
            expect(compareDates(a.endDate, b.endDate)).toBeLessThanOrEqual(0);
        },
      ),
    );
  });

  it("a notice received before the contract starts has no effect (issue #11 item 10)", () => {
    fc.assert(
      fc.property(
        arbAnyContract.chain((c) => fc.tuple(fc.constant(c), arbParty(), fc.integer({ min: 1, max: 3000 }))),
        ([contract, party, before]) => {
          expect(
            terminationDate({
              contract: contract,
              party,
              receivedOn: addDays(contract.start, -before),
            }).value,
          ).toBeUndefined();
        },
      ),
    );
  });

  it("a longer notice period never gives an earlier termination date (the durations' notice periods all made longer)", () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: 1, max: 12 }), ([contract, party, d], extra) => {
        const longer = (dur: Contract["duration"]) => ({
          ...dur,
          notice: {
            ...dur.notice,
            [party]: {
              ...dur.notice[party],
              value: { ...dur.notice[party].value, months: (dur.notice[party].value.months ?? 0) + extra },
            },
          },
        });
        const stricter: Contract = {
          ...contract,
          duration: longer(contract.duration),
          switches: contract.switches.map((s) => ({ ...s, duration: longer(s.duration) })),
        };
        const a = terminationDate({ contract, party, receivedOn: d }).value;
        const b = terminationDate({ contract: stricter, party, receivedOn: d }).value;
        if (a !== undefined && b !== undefined)
          expect(compareDates(a.endDate, b.endDate)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe("noticeDeadline (spec §8)", () => {
  it("a notice received on the deadline ends the contract at that term's end; one received the day after does not", () => {
    fc.assert(
      fc.property(arbCase, ([contract, party, d]) => {
        const r = noticeDeadline({ contract, party }, d).value;
        if (r === undefined) return;
        expect(compareDates(d, r.deadline)).toBeLessThanOrEqual(0);
        expect(terminationDate({ contract, party, receivedOn: r.deadline }).value?.endDate).toBe(r.endDate);
        const dayAfter = terminationDate({
          contract: contract,
          party,
          receivedOn: addDays(r.deadline, 1),
        }).value;
        // Later, or (a contract that does not renew) the same day only because it expires by itself.
        expect(
          dayAfter === undefined || dayAfter.endDate !== r.endDate || dayAfter.expiresWithoutNotice,
        ).toBe(true);
      }),
    );
  });
});

describe("timeline deadlines", () => {
  it("every deadline noticeDeadline gives within the range is on the timeline, for the same party and end date", () => {
    fc.assert(
      fc.property(
        arbAnyContract.chain((c) =>
          fc.tuple(fc.constant(c), arbParty(), fc.integer({ min: 0, max: 5 * 366 })),
        ),
        ([contract, party, offset]) => {
          const to = addDays(contract.start, 6 * 366);
          const tl = timeline({ contract, from: contract.start, to });
          const r = noticeDeadline({ contract, party }, addDays(contract.start, offset)).value;
          if (r === undefined || compareDates(r.deadline, to) > 0) return;
          expect(
            tl.events.some(
              (e) =>
                e.kind === "notice-deadline" &&
                e.party === party &&
                e.date === r.deadline &&
                e.endDate === r.endDate,
            ),
          ).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
