import { addDays, date, type Instant, instant, localDateOf, toEpochDay, zonedInstant } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type Backup, pruneBackups } from "../src/backups.js";
import { NO_DATE, type RetentionColumns, schedule, sweep } from "../src/batch.js";
import { decodeBackupScheme, decodeBackups, decodeRetentionRecord } from "../src/decode.js";
import { evaluate } from "../src/evaluate.js";
import { mdoB1Retention } from "../src/presets/mdo-b1.js";
import { mdoSlaBackupScheme as mdo } from "../src/presets/mdo-sla-backups.js";
import { mitzRetention } from "../src/presets/mitz.js";
import { statutoryRetention } from "../src/presets/statutory.js";
import { vjzRetention as vjz } from "../src/presets/vjz.js";
import type { RetentionRecord } from "../src/record.js";
import { combinePolicies, type RetentionPolicy } from "../src/rulebook.js";
import { arbRetentionInstant, arbRetentionPolicy, arbRetentionRecord } from "../src/testing/arbitraries.js";
import { judge, on, rec } from "./helpers.js";

describe("must-delete from 00:00 Europe/Amsterdam the next day, also on DST nights", () => {
  // ip-log, 6 months: written 24 Apr 2026 → last day 24 Oct 2026; 25 Oct 2026 is the last-October Sunday
  const ipLog = rec("ip-log", { written: "2026-04-24" });
  test("last day Saturday 24 Oct 2026: must-delete from 25 Oct 00:00 CEST (22:00 UTC on 24 Oct)", () => {
    const v = evaluate(ipLog, vjz, on("2026-10-24")).value;
    expect(v.deleteBy).toBe("2026-10-24");
    expect(v.deleteFrom).toBe(instant("2026-10-24T22:00:00Z"));
    expect(evaluate(ipLog, vjz, instant("2026-10-24T21:59:59Z")).value.status).toBe("may-delete");
    expect(evaluate(ipLog, vjz, instant("2026-10-24T22:00:00Z")).value.status).toBe("must-delete");
  });
  test("last day Sunday 25 Oct 2026 (25 hours long): must-delete from 26 Oct 00:00 CET (23:00 UTC on 25 Oct)", () => {
    const r = rec("ip-log", { written: "2026-04-25" });
    const v = evaluate(r, vjz, on("2026-10-25")).value;
    expect(v.deleteBy).toBe("2026-10-25");
    expect(v.deleteFrom).toBe(instant("2026-10-25T23:00:00Z"));
    // 23:30 CET on the Sunday (after the clocks went back) is still the last day
    expect(evaluate(r, vjz, instant("2026-10-25T22:30:00Z")).value.status).toBe("may-delete");
    expect(evaluate(r, vjz, instant("2026-10-25T23:00:00Z")).value.status).toBe("must-delete");
    const s = sweep([r], vjz, instant("2026-10-25T22:59:59Z")).value;
    expect(s.delete).toEqual([]);
    expect(sweep([r], vjz, instant("2026-10-25T23:00:00Z")).value.delete).toEqual([r.id]);
  });
  test("last day Saturday 28 Mar 2026 before the spring change: must-delete from 29 Mar 00:00 CET (23:00 UTC)", () => {
    const r = rec("ip-log", { written: "2025-09-28" });
    expect(evaluate(r, vjz, on("2026-03-28")).value.deleteFrom).toBe(instant("2026-03-28T23:00:00Z"));
  });
});

describe("VJZ §4: a request is kept for the time needed to handle it", () => {
  test("an overview request sent and not yet processed is kept (its purpose still runs), not may-delete", () => {
    const sent = rec("overview-request", { created: "2026-01-31", sent: "2026-02-01" });
    expect(judge(sent, vjz, on("2026-06-01")).status).toBe("keep");
  });
  test("a withdraw-all request sent and not yet processed is kept until processing or its year ends", () => {
    const sent = rec("withdraw-all-request", { created: "2026-01-31", sent: "2026-02-01" });
    expect(judge(sent, vjz, on("2026-06-01")).status).toBe("keep");
  });
  test("after processing the overview may exist 6 more months and no longer", () => {
    const done = rec("overview-request", {
      created: "2026-08-20",
      sent: "2026-08-20",
      processed: "2026-08-31",
    });
    expect(judge(done, vjz, on("2026-09-01"))).toEqual({
      status: "may-delete",
      keepUntil: undefined,
      deleteBy: "2027-02-28",
    });
    expect(judge(done, vjz, on("2027-03-01", "00:00")).status).toBe("must-delete");
  });
});

describe("VJZ §2: withdraw-all data are kept at most one year from when they are stored (created)", () => {
  test("created 31 Jan 2026, sent 31 Mar 2026, never processed: must be gone after 31 Jan 2027", () => {
    const r = rec("withdraw-all-request", { created: "2026-01-31", sent: "2026-03-31" });
    expect(judge(r, vjz, on("2027-02-01", "00:00"))).toEqual({
      status: "must-delete",
      keepUntil: undefined,
      deleteBy: "2027-01-31",
    });
  });
});

describe("VJZ §2 table row 3: a form unsent for 2 months had to be gone; sending it later does not revive it", () => {
  test("created 1 Jan 2026, unsent through 1 Mar (must-delete from 2 Mar), sent 15 Mar: still must-delete", () => {
    const unsent = rec("overview-request", { created: "2026-01-01" });
    expect(judge(unsent, vjz, on("2026-03-10")).status).toBe("must-delete");
    const late = rec("overview-request", { created: "2026-01-01", sent: "2026-03-15" });
    expect(judge(late, vjz, on("2026-03-16"))).toMatchObject({
      status: "must-delete",
      deleteBy: "2026-03-01",
    });
    const lateWithdraw = rec("withdraw-all-request", { created: "2026-01-01", sent: "2026-03-15" });
    expect(judge(lateWithdraw, vjz, on("2026-03-16")).status).toBe("must-delete");
  });
  test("sent on the last day of the 2 months: the 2-month rule no longer applies", () => {
    const r = rec("overview-request", { created: "2026-01-01", sent: "2026-03-01" });
    expect(judge(r, vjz, on("2026-03-05")).deleteBy).toBeUndefined();
  });
});

describe("a hold beats everything and ends when lifted", () => {
  const ipLog = rec("ip-log", { written: "2025-01-01" });
  test("a hold on an incomplete record: held", () => {
    const r = { ...rec("withdraw-all-request", {}), holds: ["h1"] } as RetentionRecord;
    expect(evaluate(r, vjz, on("2026-06-01")).value.status).toBe("held");
  });
  test("a hold lifted on 1 Jun 2026: held through 31 May, must-delete from 1 Jun", () => {
    const r = { ...ipLog, holds: [{ id: "h1", placedOn: date("2025-05-01"), liftedOn: date("2026-06-01") }] };
    expect(evaluate(r, vjz, on("2026-05-31", "23:59")).value.status).toBe("held");
    expect(evaluate(r, vjz, on("2026-06-01", "00:00")).value.status).toBe("must-delete");
    expect(sweep([r], vjz, on("2026-06-01", "00:00")).value.delete).toEqual([r.id]);
    expect(sweep([r], vjz, on("2026-05-31")).value.delete).toEqual([]);
  });
  test("a hold placed tomorrow does not hold today", () => {
    const r = { ...ipLog, holds: [{ id: "h1", placedOn: date("2026-06-02") }] };
    expect(evaluate(r, vjz, on("2026-06-01")).value.status).toBe("must-delete");
  });
  test("schedule: a hold lifted within the range makes the deletion due on the lifting day", () => {
    const r = { ...ipLog, holds: [{ id: "h1", placedOn: date("2025-05-01"), liftedOn: date("2026-06-10") }] };
    const s = schedule([r], vjz, { from: date("2026-06-01"), to: date("2026-06-30") }).value;
    expect(s.days).toEqual([{ date: "2026-06-10", ids: [r.id] }]);
  });
  test("hold ids never appear in the explanation (they may name a patient)", () => {
    const r = { ...ipLog, holds: ["court-case-999999990"] };
    const text = JSON.stringify(evaluate(r, vjz, on("2026-06-01")).because);
    expect(text).not.toContain("999999990");
  });
});

describe("combined policies: the longest minimum and the shortest maximum win", () => {
  const all = combinePolicies("all", [mitzRetention, mdoB1Retention, statutoryRetention]);
  const log = rec("audit-log", { written: "2021-06-01" });
  test("MITZ + MDO-B1 + statutory audit log: kept through 1 Jun 2026, must-delete from 2 Jun", () => {
    expect(judge(log, all, on("2026-06-01", "23:59"))).toEqual({
      status: "keep",
      keepUntil: "2026-06-01",
      deleteBy: "2026-06-01",
    });
    expect(judge(log, all, on("2026-06-02", "00:00")).status).toBe("must-delete");
  });
  test("keep longer switches off every statutory-as-maximum rule of the combination", () => {
    expect(judge(log, all, on("2030-01-01"), { statutoryPeriodAsMaximum: false }).status).toBe("may-delete");
  });
  test("the combination has unique rule ids: combining two policies of the same id is refused", () => {
    expect(() => combinePolicies("twice", [vjz, vjz])).toThrow(TypeError);
    const ids = all.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  test("a longer minimum of another policy against a shorter maximum: conflict while the minimum runs, then must-delete", () => {
    const longer: RetentionPolicy = {
      id: "local",
      classes: { "ip-log": { description: "x", requiredEvents: ["written"], laterEvents: [] } },
      rules: [
        {
          id: "ip-log-1-year-min",
          recordClass: "ip-log",
          rule: { _tag: "AfterEvent", event: "written", duration: { years: 1 }, bound: "min" },
          citations: [{ source: "TEST", article: "1" }],
        },
      ],
    };
    const both = combinePolicies("both", [vjz, longer]);
    const r = rec("ip-log", { written: "2026-01-31" });
    expect(judge(r, both, on("2026-08-01"))).toEqual({
      status: "conflict",
      keepUntil: "2027-01-31",
      deleteBy: "2026-07-31",
    });
    expect(judge(r, both, on("2027-02-01", "00:00")).status).toBe("must-delete");
  });
});

describe("sweep over columns agrees with evaluate", () => {
  const at = on("2026-06-01");
  const day = (s: string) => toEpochDay(date(s));
  test("a class whose later event has no column is incomplete, never read as 'not happened' (documented)", () => {
    const cols: RetentionColumns = {
      id: ["a", "b"],
      recordClass: ["ip-log", "contact-form"],
      events: { written: [day("2025-01-01"), NO_DATE], received: [NO_DATE, day("2026-05-01")] },
      held: [0, 0],
    };
    const s = sweep(cols, vjz, at).value;
    expect(s.delete).toEqual(["a"]);
    expect(s.incomplete).toEqual(["b"]);
    // and held when a hold is on, as evaluate answers for a held record
    expect(sweep({ ...cols, held: [0, 1] }, vjz, at).value.counts.held).toBe(1);
  });
  test("NaN and NO_DATE in a float column mean not happened; an empty string or a fractional day is incomplete", () => {
    const cols: RetentionColumns = {
      id: ["nan", "empty", "frac"],
      recordClass: ["contact-form", "contact-form", "contact-form"],
      events: {
        received: [day("2026-05-01"), day("2026-05-01"), day("2026-05-01")],
        answered: [Number.NaN, "" as unknown as number, day("2026-05-02") + 0.5],
      },
      held: [0, 0, 0],
    };
    const s = sweep(cols, vjz, at).value;
    expect(s.counts.keep).toBe(1);
    expect(s.incomplete).toEqual(["empty", "frac"]);
  });
  test("an unknown class under a hold: sweep counts it held, as evaluate does", () => {
    const r = { ...rec("ip-log", { written: "2025-01-01" }), recordClass: "unknown-class", holds: ["h"] };
    expect(evaluate(r, vjz, at).value.status).toBe("held");
    expect(sweep([r], vjz, at).value.counts.held).toBe(1);
    const cols: RetentionColumns = { id: ["u"], recordClass: ["unknown-class"], events: {}, held: [1] };
    expect(sweep(cols, vjz, at).value.counts.held).toBe(1);
  });
});

describe("columns: a held value that is missing is never read as not held", () => {
  const cols: RetentionColumns = {
    id: ["a", "b"],
    recordClass: ["ip-log", "ip-log"],
    events: { written: [toEpochDay(date("2025-01-01")), toEpochDay(date("2025-01-01"))] },
    held: [0],
  };
  test("sweep: a held column shorter than the ids makes the uncovered records incomplete", () => {
    const s = sweep(cols, vjz, on("2026-06-01")).value;
    expect(s.delete).toEqual(["a"]);
    expect(s.incomplete).toEqual(["b"]);
    const withNull = sweep({ ...cols, held: [0, null as unknown as number] }, vjz, on("2026-06-01")).value;
    expect(withNull.incomplete).toEqual(["b"]);
  });
  test("schedule: the same records are incomplete, not scheduled", () => {
    const s = schedule(cols, vjz, { from: date("2026-06-01"), to: date("2026-06-30") }).value;
    expect(s.overdue).toEqual(["a"]);
    expect(s.incomplete).toEqual(["b"]);
  });
});

describe("decoders reject what would make evaluation wrong", () => {
  test("a later event dated before the record's first event is rejected", () => {
    const r = decodeRetentionRecord(
      {
        id: "x",
        recordClass: "consent-form-digid",
        events: { submitted: "2026-05-02", processed: "2026-05-01" },
      },
      vjz,
    );
    expect(r.ok).toBe(false);
  });
  test("a hold lifted before it was placed is rejected", () => {
    const r = decodeRetentionRecord(
      {
        id: "x",
        recordClass: "ip-log",
        events: { written: "2026-05-02" },
        holds: [{ id: "h", placedOn: "2026-05-02", liftedOn: "2026-05-01" }],
      },
      vjz,
    );
    expect(r.ok).toBe(false);
  });
  test("a differential whose base is missing or a differential is rejected", () => {
    const t = zonedInstant(date("2026-01-05"), 60);
    expect(decodeBackups([{ id: "d", kind: "differential", base: "f", takenAt: t }]).ok).toBe(false);
    expect(
      decodeBackups([
        { id: "f", kind: "differential", base: "g", takenAt: t },
        { id: "g", kind: "full", takenAt: t },
        { id: "d", kind: "differential", base: "f", takenAt: t },
      ]).ok,
    ).toBe(false);
  });
});

describe("MDO-SLA §7.6 pruneBackups", () => {
  const full = (id: string, at: Instant): Backup => ({ id, kind: "full", takenAt: at });
  test("yearly fulls per Amsterdam calendar year: a full at 23:30 UTC on 31 Dec is the next year's", () => {
    const backups = [
      full("y2024", instant("2024-12-20T02:00:00+01:00")),
      full("nye", instant("2024-12-31T23:30:00Z")), // 2025-01-01 00:30 Amsterdam
      full("y2025", instant("2025-06-01T02:00:00+02:00")),
      full("now", instant("2026-11-29T02:00:00+01:00")),
    ];
    const r = pruneBackups(backups, mdo, instant("2026-12-01T12:00:00+01:00")).value;
    const kept = new Map(r.decisions.map((d) => [d.id, d.keptBy]));
    expect(kept.get("y2024")).toContain("yearly-full-20-years");
    expect(kept.get("y2025")).toContain("yearly-full-20-years");
    expect(kept.get("nye")).toEqual([]);
  });
  test("a kept differential keeps its full base even when the base is long out of every window", () => {
    const base = full("old", instant("2026-03-01T02:00:00+01:00"));
    const diff: Backup = {
      id: "d",
      kind: "differential",
      base: "old",
      takenAt: instant("2026-11-30T03:00:00+01:00"),
    };
    const later = full("new", instant("2026-11-29T02:00:00+01:00"));
    const r = pruneBackups([base, later, diff], mdo, instant("2026-12-01T12:00:00+01:00")).value;
    expect(r.keep).toContain("old");
    expect(r.keep).toContain("d");
  });
  test("the newest backup is kept when every rule's window has passed; pruning the kept set again deletes nothing", () => {
    const backups = Array.from({ length: 40 }, (_, k) =>
      full(`f${k}`, zonedInstant(addDays(date("2000-01-01"), k * 7), 120)),
    );
    const at = instant("2026-12-01T12:00:00+01:00");
    const r = pruneBackups(backups, mdo, at).value;
    expect(r.keep).toContain("f39");
    const again = pruneBackups(
      backups.filter((b) => r.keep.includes(b.id)),
      mdo,
      at,
    ).value;
    expect(again.delete).toEqual([]);
  });
});

describe("decoded input never makes a function throw (ADR 0006 §4)", () => {
  test("pruneBackups: a decoded backup of 1 Jan 1970 00:00 UTC under a decoded scheme in a zone west of UTC", () => {
    const backups = decodeBackups([
      { id: "f0", kind: "full", takenAt: "1970-01-01T00:00:00Z" },
      { id: "f1", kind: "full", takenAt: "1970-01-01T11:00:00Z" },
    ]);
    const scheme = decodeBackupScheme({ ...mdo, timeZone: "Etc/GMT+12" });
    if (!backups.ok || !scheme.ok) throw new Error("both decode");
    const r = pruneBackups(backups.value, scheme.value, instant("1970-01-01T12:00:00Z")).value;
    // taken on 31 Dec 1969 local: the newest is kept, both as the 1969 yearly / 2-month fulls
    expect(r.keep).toEqual(["f0", "f1"]);
    const later = pruneBackups(backups.value, scheme.value, instant("2026-12-01T12:00:00Z")).value;
    expect(later.keep).toEqual(["f1"]);
  });
  test("evaluate, sweep and schedule on 9999-12-31 with a minimum still waiting for its event", () => {
    const p: RetentionPolicy = {
      id: "p",
      classes: { a: { description: "d", requiredEvents: ["x"], laterEvents: ["y"] } },
      rules: [
        {
          id: "r",
          recordClass: "a",
          rule: { _tag: "AfterEvent", event: "y", duration: { days: 1 }, bound: "min" },
          citations: [{ source: "TEST", article: "1" }],
        },
      ],
    };
    const r = rec("a", { x: "9999-12-01" });
    // the last instants are on 9999-12-30 UTC (core: every local date stays in 9999); in Amsterdam
    // this one is 9999-12-31, 00:30
    const at = instant("9999-12-31T00:30:00+01:00");
    expect(evaluate(r, p, at).value.status).toBe("keep");
    expect(sweep([r], p, at).value.counts.keep).toBe(1);
    expect(schedule([r], p, { from: date("9999-12-31"), to: date("9999-12-31") }).value.days).toEqual([]);
  });
  test("schedule: a range that ends before it starts is empty — a due record is not reported held", () => {
    const r = rec("ip-log", { written: "2026-01-01" });
    const s = schedule([r], vjz, { from: date("2026-12-01"), to: date("2026-11-01") }).value;
    expect(s).toEqual({ days: [], overdue: [], conflict: [], incomplete: [], held: [] });
  });
});

describe("spec §5: evaluate is monotone in now as the facts arrive", () => {
  test("VJZ requests: once must-delete, sending or processing the form later does not make it deletable-later", () => {
    const offset = fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.constantFrom("overview-request", "withdraw-all-request"),
        fc.integer({ min: 0, max: 3000 }),
        offset,
        offset,
        fc.integer({ min: 0, max: 800 }),
        (recordClass, c, sent, processed, atOffset) => {
          const created = addDays(date("2020-01-01"), c);
          const events: Record<string, ReturnType<typeof date>> = { created };
          if (sent !== undefined) events.sent = addDays(created, sent);
          if (processed !== undefined && sent !== undefined)
            events.processed = addDays(created, sent + processed);
          const today = addDays(created, atOffset);
          const known = Object.fromEntries(Object.entries(events).filter(([, d]) => d <= today));
          const r = { id: "r", recordClass, events: known };
          fc.pre(evaluate(r, vjz, zonedInstant(today, 720)).value.status === "must-delete");
          const later = addDays(created, 2000);
          expect(evaluate({ ...r, events }, vjz, zonedInstant(later, 720)).value.status).toBe("must-delete");
        },
      ),
      { numRuns: 500 },
    );
  });
  test("once must-delete on the facts known then, it stays must-delete whatever events happen later (holds aside)", () => {
    fc.assert(
      fc.property(
        arbRetentionPolicy().chain((policy) =>
          fc.tuple(
            fc.constant(policy),
            arbRetentionRecord(Object.keys(policy.classes).length),
            arbRetentionInstant(),
          ),
        ),
        fc.integer({ min: 1, max: 3000 }),
        ([policy, record0, at], laterDays) => {
          const { holds: _h, ...record } = record0;
          const today = localDateOf(at);
          const known = {
            ...record,
            events: Object.fromEntries(Object.entries(record.events).filter(([, d]) => d <= today)),
          };
          fc.pre(evaluate(known, policy, at).value.status === "must-delete");
          // later: every event of the record has happened (those dated after `at` arrive meanwhile)
          const last = [today, ...Object.values(record.events)].sort().at(-1) ?? today;
          const next = zonedInstant(addDays(last, laterDays), 0);
          expect(evaluate(record, policy, next).value.status).toBe("must-delete");
        },
      ),
      { numRuns: 500 },
    );
  });
});
