// Kills the surviving mutants of batch.ts (issue #17): the deletion calendar's range ends, a
// conflict whose minimum ends inside the range, events dated after `range.from`, dated holds on
// the due day, and the column input of `schedule`. Expected values come from the clauses and from
// the calendar's documented reading (TSDoc of `schedule` / `DeletionSchedule`), not from a run.
import { date, type LocalDate, toEpochDay } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import { type RetentionColumns, schedule, sweep } from "../src/batch.js";
import { statutoryRetention } from "../src/presets/statutory.js";
import { vjzRetention } from "../src/presets/vjz.js";
import type { Hold } from "../src/record.js";
import type { RetentionPolicy } from "../src/rulebook.js";
import { combinedAuditLogPolicy as combined, judge, on, rec } from "./helpers.js";

const range = (from: string, to: string) => ({ from: date(from), to: date(to) });
const day = (d: string) => toEpochDay(date(d) as LocalDate);

// VJZ §2 item 3: a call recorded on 31 Jan 2026 may exist through 2 Mar (30 days), must go from 3 Mar.
const call = (id: string, holds?: ReadonlyArray<Hold>) =>
  rec("phone-recording", { recorded: "2026-01-31" }, { id, ...(holds ? { holds } : {}) });

describe("schedule: the ends of the range (VJZ §2 item 3)", () => {
  test("a recording due on 3 Mar 2026 is on the calendar of a range that ends on 3 Mar, not of one that ends on 2 Mar (VJZ §2 item 3)", () => {
    const inRange = schedule([call("a")], vjzRetention, range("2026-03-01", "2026-03-03")).value;
    expect(inRange.days).toEqual([{ date: "2026-03-03", ids: ["a"] }]);
    expect(inRange.overdue).toEqual([]);
    const before = schedule([call("a")], vjzRetention, range("2026-03-01", "2026-03-02")).value;
    expect(before).toEqual({ days: [], overdue: [], conflict: [], incomplete: [], held: [] });
  });

  test("two recordings due on the same day are both listed on that day (VJZ §2 item 3)", () => {
    const s = schedule([call("a"), call("b")], vjzRetention, range("2026-03-01", "2026-03-31")).value;
    expect(s.days).toEqual([{ date: "2026-03-03", ids: ["a", "b"] }]);
  });

  test("a recording already past its 30 days on the first day is overdue, not on a day (VJZ §2 item 3)", () => {
    const s = schedule([call("a")], vjzRetention, range("2026-03-03", "2026-03-31")).value;
    expect(s.overdue).toEqual(["a"]);
    expect(s.days).toEqual([]);
  });
});

describe("schedule: dated holds on the due day (VJZ §2 item 3, holds beat the maximum)", () => {
  test("a hold placed on the due day itself postpones the deletion to the day it is lifted", () => {
    const h: Hold = { id: "complaint-1", placedOn: date("2026-03-03"), liftedOn: date("2026-03-10") };
    const s = schedule([call("a", [h])], vjzRetention, range("2026-03-01", "2026-03-31")).value;
    expect(s.days).toEqual([{ date: "2026-03-10", ids: ["a"] }]);
  });

  test("a hold placed after the due day does not move the deletion (the record is due before it)", () => {
    const h: Hold = { id: "complaint-1", placedOn: date("2026-03-05"), liftedOn: date("2026-03-10") };
    const s = schedule([call("a", [h])], vjzRetention, range("2026-03-01", "2026-03-31")).value;
    expect(s.days).toEqual([{ date: "2026-03-03", ids: ["a"] }]);
  });

  test("a second hold that is on when the first is lifted postpones the deletion again", () => {
    // listed in this order, the second hold is only on from the day the first is lifted
    const holds: ReadonlyArray<Hold> = [
      { id: "complaint-2", placedOn: date("2026-03-10"), liftedOn: date("2026-03-20") },
      { id: "complaint-1", placedOn: date("2026-03-01"), liftedOn: date("2026-03-10") },
    ];
    const s = schedule([call("a", holds)], vjzRetention, range("2026-03-01", "2026-03-31")).value;
    expect(s.days).toEqual([{ date: "2026-03-20", ids: ["a"] }]);
  });
});

describe("schedule: a statutory minimum in conflict with a maximum (NEN 7513 5 years vs VJZ row 5)", () => {
  const log = rec("audit-log", { written: "2026-01-01" }, { id: "log" });

  test("a log written on 1 Jan 2026 must be kept through 1 Jan 2031: on that day it is still in conflict, not must-delete", () => {
    expect(judge(log, combined, on("2031-01-01", "23:59"))).toEqual({
      status: "conflict",
      keepUntil: "2031-01-01",
      deleteBy: "2026-07-01",
    });
  });

  test("a conflict whose 5-year minimum ends on 1 Jan 2031 is scheduled on 2 Jan 2031, the first day after the minimum (NEN 7513, VJZ row 5)", () => {
    const s = schedule([log], combined, range("2030-12-01", "2031-01-02")).value;
    expect(s.days).toEqual([{ date: "2031-01-02", ids: ["log"] }]);
    expect(s.conflict).toEqual([]);
  });

  test("the same log as columns is scheduled on 2 Jan 2031 too: the day is re-assessed from the column's date (NEN 7513, VJZ row 5)", () => {
    const c: RetentionColumns = {
      id: ["log"],
      recordClass: ["audit-log"],
      events: { written: Int32Array.from([day("2026-01-01")]) },
      held: [0],
    };
    expect(schedule(c, combined, range("2030-12-01", "2031-01-31")).value.days).toEqual([
      { date: "2031-01-02", ids: ["log"] },
    ]);
  });

  test("a conflict whose minimum ends after the range is reported as conflict, not scheduled (NEN 7513, VJZ row 5)", () => {
    const s = schedule([log], combined, range("2030-12-01", "2031-01-01")).value;
    expect(s.days).toEqual([]);
    expect(s.conflict).toEqual(["log"]);
  });

  test("a record that is simply kept through the range is neither scheduled nor reported as conflict (VJZ §2 item 3)", () => {
    const s = schedule([call("a")], vjzRetention, range("2026-02-01", "2026-02-28")).value;
    expect(s).toEqual({ days: [], overdue: [], conflict: [], incomplete: [], held: [] });
  });
});

describe("schedule: events dated after the first day are not anticipated (VJZ row 3)", () => {
  test("an overview request unsent on 15 Feb is due on 2 Mar (2 months after creation) although it is sent on 20 Feb (VJZ §2 table row 3)", () => {
    // On 15 Feb the request has not been sent: at most 2 months after creation, 1 Jan → through 1 Mar.
    const r = rec("overview-request", { created: "2026-01-01", sent: "2026-02-20" }, { id: "o" });
    const s = schedule([r], vjzRetention, range("2026-02-15", "2026-03-31")).value;
    expect(s.days).toEqual([{ date: "2026-03-02", ids: ["o"] }]);
  });
});

describe("schedule over columns (VJZ §2 item 3)", () => {
  const columns = (held: ReadonlyArray<number>): RetentionColumns => ({
    id: ["a", "b"],
    recordClass: ["phone-recording", "phone-recording"],
    events: { recorded: Int32Array.from([day("2026-01-31"), day("2026-02-02")]) },
    held,
  });

  test("recordings as columns fall due on the same days as the records: 3 Mar and 5 Mar 2026 (VJZ §2 item 3)", () => {
    const s = schedule(columns([0, 0]), vjzRetention, range("2026-03-01", "2026-03-31")).value;
    expect(s.days).toEqual([
      { date: "2026-03-03", ids: ["a"] },
      { date: "2026-03-05", ids: ["b"] },
    ]);
    expect(s.held).toEqual([]);
  });

  test("a record whose held entry is set stays out of the calendar and is listed as held", () => {
    const s = schedule(columns([1, 0]), vjzRetention, range("2026-03-01", "2026-03-31")).value;
    expect(s.days).toEqual([{ date: "2026-03-05", ids: ["b"] }]);
    expect(s.held).toEqual(["a"]);
  });

  test("a record of a class the policy does not know is incomplete in the calendar", () => {
    const c: RetentionColumns = {
      id: ["x"],
      recordClass: ["fax-log"],
      events: { recorded: Int32Array.from([day("2026-01-31")]) },
      held: [0],
    };
    expect(schedule(c, vjzRetention, range("2026-03-01", "2026-03-31")).value.incomplete).toEqual(["x"]);
  });

  test("a held column that is null makes every record incomplete in sweep (nothing is defaulted)", () => {
    const c = { ...columns([0, 0]), held: null as unknown as ReadonlyArray<number> };
    const s = sweep(c, vjzRetention, on("2026-03-10")).value;
    expect(s.delete).toEqual([]);
    expect(s.incomplete).toEqual(["a", "b"]);
  });
});

describe("the batch explanations name their rule, inputs, counts and clauses (VJZ §2 item 3, row 5)", () => {
  const data = (
    steps: ReadonlyArray<{ rule: string; inputs: unknown; output?: unknown; citations: unknown }>,
  ) => steps.map((s) => ({ rule: s.rule, inputs: s.inputs, output: s.output, citations: s.citations }));
  const ipRule = vjzRetention.rules.find((r) => r.id === "ip-log-6-months")!;

  test("sweep: one step per rule that deleted records, with its count and citations, then the counts per status", () => {
    const records = [
      rec("ip-log", { written: "2026-01-01" }, { id: "a" }),
      rec("ip-log", { written: "2026-06-01" }, { id: "b" }),
      rec("ip-log", { written: "2026-01-01" }, { id: "c", holds: ["case-7"] }),
      rec("fax-log", { written: "2026-01-01" }, { id: "d" }),
    ];
    const r = sweep(records, vjzRetention, on("2026-07-02"));
    expect(data(r.because)).toEqual([
      {
        rule: "retention-batch-rule",
        inputs: { rule: "ip-log-6-months", recordClass: "ip-log" },
        output: 1,
        citations: ipRule.citations,
      },
      {
        rule: "retention-batch-counts",
        inputs: { on: "2026-07-02", policy: "vjz" },
        output: { held: 1, incomplete: 1, conflict: 0, "must-delete": 1, keep: 0, "may-delete": 1 },
        citations: [],
      },
    ]);
  });

  test("schedule: the counts step counts the due, held, conflicting and incomplete records of the range", () => {
    const combined: RetentionPolicy = {
      id: "combined",
      classes: {
        ...vjzRetention.classes,
        "audit-log": { description: "access log", requiredEvents: ["written"], laterEvents: [] },
      },
      rules: [
        ...vjzRetention.rules,
        ...statutoryRetention.rules.filter((r) => r.recordClass === "audit-log"),
        { ...ipRule, id: "audit-ip-6-months", recordClass: "audit-log" },
      ],
    };
    const records = [
      call("due-1"),
      rec("phone-recording", { recorded: "2026-01-01" }, { id: "overdue" }),
      call("held", ["case-7"]),
      rec("audit-log", { written: "2026-01-01" }, { id: "conflict" }),
      rec("fax-log", { written: "2026-01-01" }, { id: "unknown" }),
    ];
    const r = schedule(records, combined, range("2026-03-01", "2026-03-31"));
    expect(r.value.days).toEqual([{ date: "2026-03-03", ids: ["due-1"] }]);
    expect(r.value.overdue).toEqual(["overdue"]);
    expect(r.value.held).toEqual(["held"]);
    const counts = r.because.at(-1)!;
    expect(counts.rule).toBe("retention-batch-counts");
    expect(counts.inputs).toEqual({ on: "2026-03-01", policy: "combined" });
    expect(counts.output).toEqual({
      held: 1,
      incomplete: 1,
      conflict: 1,
      "must-delete": 2,
      keep: 0,
      "may-delete": 0,
    });
    const phoneRule = vjzRetention.rules.find((x) => x.id === "phone-recording-30-days")!;
    expect(data(r.because.slice(0, -1))).toEqual([
      {
        rule: "retention-batch-rule",
        inputs: { rule: "phone-recording-30-days", recordClass: "phone-recording" },
        output: 2,
        citations: phoneRule.citations,
      },
    ]);
  });
});

describe("schedule: a range that ends before it starts", () => {
  test("has no days, and its explanation is the counts step alone, all zero", () => {
    const r = schedule([call("a")], vjzRetention, range("2026-03-31", "2026-03-01"));
    expect(r.value).toEqual({ days: [], overdue: [], conflict: [], incomplete: [], held: [] });
    expect(r.because.map((s) => [s.rule, s.output])).toEqual([
      [
        "retention-batch-counts",
        { held: 0, incomplete: 0, conflict: 0, "must-delete": 0, keep: 0, "may-delete": 0 },
      ],
    ]);
  });
});
