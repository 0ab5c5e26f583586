import { date, explainToText } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import { schedule, sweep } from "../src/batch.js";
import { evaluate } from "../src/evaluate.js";
import { mdoB1Retention } from "../src/presets/mdo-b1.js";
import { statutoryRetention } from "../src/presets/statutory.js";
import { vjzRetention } from "../src/presets/vjz.js";
import type { RetentionPolicy } from "../src/rulebook.js";
import { combinedAuditLogPolicy as combined, judge, on, rec } from "./helpers.js";

describe("legal holds beat everything", () => {
  const call = (holds?: ReadonlyArray<unknown>) =>
    rec("phone-recording", { recorded: "2026-01-31" }, holds ? { holds: holds as never } : undefined);

  test("a hold placed on 15 Feb and lifted on 10 Apr: held in between, must-delete from the day it is lifted", () => {
    const r = call([{ id: "complaint-12", placedOn: date("2026-02-15"), liftedOn: date("2026-04-10") }]);
    expect(judge(r, vjzRetention, on("2026-02-14")).status).toBe("may-delete");
    expect(judge(r, vjzRetention, on("2026-03-05")).status).toBe("held");
    expect(judge(r, vjzRetention, on("2026-04-09", "23:59")).status).toBe("held");
    expect(judge(r, vjzRetention, on("2026-04-10", "00:00")).status).toBe("must-delete");
    expect(evaluate(r, vjzRetention, on("2026-03-05")).value.holds).toEqual(["complaint-12"]);
  });

  test("the deletion calendar moves the deletion to the day the hold is lifted", () => {
    const r = call([{ id: "complaint-12", placedOn: date("2026-02-15"), liftedOn: date("2026-04-10") }]);
    const s = schedule([r], vjzRetention, { from: date("2026-03-01"), to: date("2026-04-30") }).value;
    expect(s.days).toEqual([{ date: "2026-04-10", ids: ["phone-recording-1"] }]);
    const notLifted = call([{ id: "complaint-12", placedOn: date("2026-02-15") }]);
    expect(
      schedule([notLifted], vjzRetention, { from: date("2026-03-01"), to: date("2026-04-30") }).value.held,
    ).toEqual(["phone-recording-1"]);
  });

  test("an undated hold: held while listed; removing it lifts it", () => {
    expect(judge(call(["case-7"]), vjzRetention, on("2026-06-01")).status).toBe("held");
    expect(judge(call([]), vjzRetention, on("2026-06-01")).status).toBe("must-delete");
    const text = explainToText(evaluate(call(["case-7"]), vjzRetention, on("2026-06-01")), "en");
    expect(text).toContain("A hold is on");
    expect(text).not.toContain("case-7"); // hold ids may name a case: not in sentences
  });

  test("sweep never lists a held record for deletion", () => {
    const s = sweep([call(["case-7"]), { ...call(), id: "free" }], vjzRetention, on("2026-06-01")).value;
    expect(s.delete).toEqual(["free"]);
    expect(s.counts.held).toBe(1);
  });
});

describe("a statutory minimum conflicting with a storage maximum: keep, report, cite both", () => {
  const log = rec("audit-log", { written: "2026-01-01" });

  test("the status is conflict from the start and stays conflict after the maximum has passed — never must-delete", () => {
    for (const day of ["2026-01-01", "2026-07-02", "2030-12-31"])
      expect(judge(log, combined, on(day))).toEqual({
        status: "conflict",
        keepUntil: "2031-01-01",
        deleteBy: "2026-07-01",
      });
    expect(judge(log, combined, on("2031-01-02")).status).toBe("must-delete");
  });

  test("the explanation cites both rules", () => {
    const r = evaluate(log, combined, on("2026-08-01"));
    const last = r.because.at(-1)!;
    expect(last.citations.map((c) => c.source)).toEqual(expect.arrayContaining(["NEN 7513", "VJZ"]));
    expect(r.value.keepRule).toBe("nen7513-logging-5-years");
    expect(r.value.deleteRule).toBe("ip-log-6-months");
  });

  test("sweep reports it under conflict", () => {
    expect(sweep([log], combined, on("2026-08-01")).value.conflict).toEqual(["audit-log-1"]);
  });

  test("MDO-B1's min = max logging is not a conflict (equal bounds)", () => {
    expect(judge(rec("audit-log", { written: "2026-01-01" }), mdoB1Retention, on("2026-08-01")).status).toBe(
      "keep",
    );
  });
});

describe("incomplete: never a silent default", () => {
  test("MDO-B1 patient registration data without an agreed period cannot be evaluated", () => {
    const r = evaluate(
      rec("patient-registration", { registered: "2026-01-05" }),
      mdoB1Retention,
      on("2036-01-01"),
    );
    expect(r.value.status).toBe("incomplete");
    expect(r.value.missing).toEqual(["agreement:patient-registration-by-agreement"]);
    expect(
      sweep([rec("patient-registration", { registered: "2026-01-05" })], mdoB1Retention, on("2036-01-01"))
        .value.delete,
    ).toEqual([]);
  });
  test("once the parties agree (2 years after the MDO was held, at most) the same record is evaluated", () => {
    const agreed: RetentionPolicy = {
      ...mdoB1Retention,
      rules: mdoB1Retention.rules.map((r) =>
        r.id === "patient-registration-by-agreement"
          ? {
              ...r,
              rule: {
                _tag: "ByAgreement",
                agreed: { event: "mdo-held", duration: { years: 2 }, bound: "max" },
              },
            }
          : r,
      ),
    };
    const r = rec("patient-registration", { registered: "2026-01-05", "mdo-held": "2026-02-10" });
    expect(judge(r, agreed, on("2028-02-11", "00:00"))).toEqual({
      status: "must-delete",
      keepUntil: undefined,
      deleteBy: "2028-02-10",
    });
  });
  test("a record without its required event, or of an unknown class, is incomplete", () => {
    expect(evaluate(rec("ip-log", {}), vjzRetention, on("2026-01-01")).value.missing).toEqual([
      "event:written",
    ]);
    expect(
      evaluate(rec("fax-log", { written: "2026-01-01" }), vjzRetention, on("2026-06-01")).value.status,
    ).toBe("incomplete");
  });
  test("an event dated after the evaluation day counts as not yet happened", () => {
    const form = rec("contact-form", { received: "2026-03-02", answered: "2026-03-20" });
    expect(judge(form, vjzRetention, on("2026-03-10")).status).toBe("keep");
  });
});

describe("the option to keep statutory logs longer (MDO-B1 and MITZ §4 'min = max' reading)", () => {
  test("with statutoryPeriodAsMaximum: false the log is may-delete after 5 years, not must-delete, and the step says why", () => {
    const log = rec("audit-log", { written: "2021-06-01" });
    expect(judge(log, mdoB1Retention, on("2026-07-01")).status).toBe("must-delete");
    const longer = evaluate(log, mdoB1Retention, on("2026-07-01"), { statutoryPeriodAsMaximum: false });
    expect(longer.value.status).toBe("may-delete");
    expect(longer.because.map((s) => s.rule)).toContain("retention-reading-off");
    // the minimum is not affected: before 5 years it is still keep
    expect(judge(log, mdoB1Retention, on("2025-07-01"), { statutoryPeriodAsMaximum: false }).status).toBe(
      "keep",
    );
  });
});

describe("mayDelete: the same answer as a Verdict", () => {
  test("allowed, refused (keep, held, conflict), undetermined (incomplete)", async () => {
    const { mayDelete } = await import("../src/evaluate.js");
    const at = on("2026-08-01");
    expect(mayDelete(rec("ip-log", { written: "2026-01-01" }), vjzRetention, at).value).toBe("allowed");
    expect(
      mayDelete(rec("ip-log", { written: "2026-01-01" }, { holds: ["x"] }), vjzRetention, at).value,
    ).toBe("refused");
    expect(mayDelete(rec("audit-log", { written: "2026-01-01" }), mdoB1Retention, at).value).toBe("refused");
    const v = mayDelete(rec("patient-registration", { registered: "2026-01-01" }), mdoB1Retention, at);
    expect(v.value).toBe("undetermined");
    expect(v.details.missing).toEqual(["agreement:patient-registration-by-agreement"]);
    expect(v.because.includes(v.reasons[0]!)).toBe(true);
  });
});

describe("combinePolicies: the rules of several sources together", () => {
  test("VJZ's IP maximum and the statutory log minimum on one class give a conflict; MITZ min = max plus NEN 7513 min is not one", async () => {
    const { combinePolicies } = await import("../src/rulebook.js");
    const { decodeRetentionPolicy } = await import("../src/decode.js");
    const { mitzRetention } = await import("../src/presets/mitz.js");
    const both = combinePolicies("mitz-statutory", [mitzRetention, statutoryRetention, mdoB1Retention]);
    expect(decodeRetentionPolicy(both).ok).toBe(true);
    // the same rule id in MITZ and MDO-B1 gets its policy's prefix
    expect(both.rules.map((r) => r.id)).toEqual(
      expect.arrayContaining(["mitz-logging-5-years-min", "mdo-b1-logging-5-years-min"]),
    );
    const log = rec("audit-log", { written: "2021-06-01" });
    expect(judge(log, both, on("2026-06-01"))).toEqual({
      status: "keep",
      keepUntil: "2026-06-01",
      deleteBy: "2026-06-01",
    });
    expect(judge(log, both, on("2026-06-02", "00:00")).status).toBe("must-delete");
  });
});
