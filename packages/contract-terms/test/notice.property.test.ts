import { addDays, compareDates, type LocalDate } from "@zorgkit/core";
import { arbLocalDate } from "@zorgkit/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Contract, NoticePeriod, Party } from "../src/contract.js";
import { lastNoticeDay, noticeDeadline, noticeIsInTime, terminationDate } from "../src/notice.js";
import { findTerm, firstTerm, nextTerm } from "../src/terms.js";
import { arbContract, arbMdoContract, arbNoticeDate, arbNoticePeriod, arbParty } from "../src/testing.js";

/** Slow, obviously-correct reference: walk back day by day from the term end. */
function referenceLastNoticeDay(termEnd: LocalDate, period: NoticePeriod): LocalDate {
  let d = termEnd;
  while (!noticeIsInTime(d, period, termEnd)) d = addDays(d, -1);
  return d;
}

/** Slow reference for terminationDate: the first term, from the first, whose end the notice reaches. */
function referenceTerminationDate(
  contract: Contract,
  party: Party,
  receivedOn: LocalDate,
): LocalDate | undefined {
  let t = firstTerm(contract);
  while (t !== undefined) {
    const period = (t.regime === 0 ? contract.duration : contract.switches[t.regime - 1]!.duration).notice[
      party
    ];
    // A term cut short by a switch can be ended only by the parties the switch names (MDO-BV 6.3).
    const parties = t.cutShortBySwitch
      ? contract.switches[t.regime]!.cutShortTermEndableBy?.parties
      : undefined;
    const endable = parties === undefined || parties.includes(party);
    if (
      endable &&
      compareDates(t.end, receivedOn) >= 0 &&
      compareDates(receivedOn, referenceLastNoticeDay(t.end, period)) <= 0
    ) {
      return t.end;
    }
    const next = nextTerm(contract, t);
    if (next === undefined) return compareDates(t.end, receivedOn) >= 0 ? t.end : undefined;
    t = next;
  }
  return undefined;
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
        expect(terminationDate(contract, party, d).value?.endDate).toBe(
          referenceTerminationDate(contract, party, d),
        );
      }),
    );
  });

  it("is non-decreasing in the day the notice is received, and always a term end", () => {
    fc.assert(
      fc.property(
        arbCase.chain(([c, p, d]) =>
          fc.tuple(fc.constant(c), fc.constant(p), fc.constant(d), fc.integer({ min: 0, max: 800 })),
        ),
        ([contract, party, d, later]) => {
          const a = terminationDate(contract, party, d).value;
          const b = terminationDate(contract, party, addDays(d, later)).value;
          if (a !== undefined) {
            expect(findTerm(contract, a.endDate)?.end).toBe(a.endDate);
            if (b !== undefined) expect(compareDates(a.endDate, b.endDate)).toBeLessThanOrEqual(0);
          }
        },
      ),
    );
  });

  it("a longer notice period never gives an earlier termination date", () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: 1, max: 12 }), ([contract, party, d], extra) => {
        const longer = (dur: Contract["duration"]) => ({
          ...dur,
          notice: {
            ...dur.notice,
            [party]: { ...dur.notice[party], months: (dur.notice[party].months ?? 0) + extra },
          },
        });
        const stricter: Contract = {
          ...contract,
          duration: longer(contract.duration),
          switches: contract.switches.map((s) => ({ ...s, duration: longer(s.duration) })),
        };
        const a = terminationDate(contract, party, d).value;
        const b = terminationDate(stricter, party, d).value;
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
        const r = noticeDeadline(contract, party, d).value;
        if (r === undefined) return;
        expect(compareDates(d, r.deadline)).toBeLessThanOrEqual(0);
        expect(terminationDate(contract, party, r.deadline).value?.endDate).toBe(r.endDate);
        const dayAfter = terminationDate(contract, party, addDays(r.deadline, 1)).value;
        // Later, or (a contract that does not renew) the same day only because it expires by itself.
        expect(
          dayAfter === undefined || dayAfter.endDate !== r.endDate || dayAfter.expiresWithoutNotice,
        ).toBe(true);
      }),
    );
  });
});
