// Kills the surviving mutants of evaluate.ts in the evaluation's value (issue #17): `running`,
// `missing`, the rule ids, the optional fields, `deleteFrom` at the ends of the instant range, the
// answer for an unknown class, and `mayDelete`'s reasons. The explanation sentences are left out.
import { date, zonedInstant } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import { evaluate, mayDelete } from "../src/evaluate.js";
import { mdoB1Retention } from "../src/presets/mdo-b1.js";
import { statutoryRetention } from "../src/presets/statutory.js";
import { vjzRetention } from "../src/presets/vjz.js";
import type { RetentionPolicy } from "../src/rulebook.js";
import { on, rec } from "./helpers.js";

// A policy built for the cases the presets lack: a class with two required events, a minimum
// counted from a later event, and a class without rules.
const custom: RetentionPolicy = {
  id: "custom",
  classes: {
    contract: {
      description: "a signed contract",
      requiredEvents: ["created", "signed"],
      laterEvents: ["ended"],
    },
    orphan: { description: "a class no rule covers", requiredEvents: ["created"], laterEvents: [] },
  },
  rules: [
    {
      id: "contract-1-year-after-end",
      recordClass: "contract",
      rule: { _tag: "AfterEvent", event: "ended", duration: { years: 1 }, bound: "min" },
      citations: [],
    },
  ],
};

describe("evaluate: the rules still running (VJZ §2 table row 1)", () => {
  test("a contact form whose question is not answered yet: its purpose runs, kept, running = the while-handled rule (VJZ §2 table row 1)", () => {
    const v = evaluate(rec("contact-form", { received: "2026-03-02" }), vjzRetention, on("2026-03-05")).value;
    expect(v.status).toBe("keep");
    expect(v.running).toEqual(["contact-form-while-handled"]);
  });

  test("an answered contact form: nothing runs any more, and the while-handled rule (the policy's first) set deleteBy (VJZ §2 table row 1, §4)", () => {
    const v = evaluate(
      rec("contact-form", { received: "2026-03-02", answered: "2026-03-04" }),
      vjzRetention,
      on("2026-03-05"),
    ).value;
    expect(v.status).toBe("must-delete");
    expect(v.running).toEqual([]);
    expect(v.deleteBy).toBe("2026-03-04");
    expect(v.deleteRule).toBe("contact-form-while-handled");
  });

  test("a minimum counted from an event that has not happened waits for it: listed as running", () => {
    const v = evaluate(
      rec("contract", { created: "2026-01-01", signed: "2026-01-02" }),
      custom,
      on("2026-03-01"),
    ).value;
    expect(v.running).toEqual(["contract-1-year-after-end"]);
    expect(v.missing).toEqual([]);
  });

  test("an elapsed maximum is not running (VJZ §2 table row 5)", () => {
    const v = evaluate(rec("ip-log", { written: "2026-01-01" }), vjzRetention, on("2026-08-01")).value;
    expect(v.running).toEqual([]);
  });
});

describe("evaluate: what is missing is named, nothing defaulted", () => {
  test("of two required events, only the one that is absent is listed; one dated on the evaluation day has happened", () => {
    const v = evaluate(rec("contract", { created: "2026-03-01" }), custom, on("2026-03-01")).value;
    expect(v.status).toBe("incomplete");
    expect(v.missing).toEqual(["event:signed"]);
  });

  test("a required event dated after the evaluation day counts as missing", () => {
    const v = evaluate(
      rec("contract", { created: "2026-03-02", signed: "2026-03-01" }),
      custom,
      on("2026-03-01"),
    ).value;
    expect(v.missing).toEqual(["event:created"]);
  });

  test("a class without any rule is incomplete with rules:<class> missing", () => {
    const v = evaluate(rec("orphan", { created: "2026-01-01" }), custom, on("2026-03-01")).value;
    expect(v.status).toBe("incomplete");
    expect(v.missing).toEqual(["rules:orphan"]);
  });

  test("a record of a class the policy does not know: incomplete, nothing running, class:<name> missing, one step", () => {
    const r = evaluate(rec("fax-log", { written: "2026-01-01" }), vjzRetention, on("2026-06-01"));
    expect(r.value).toStrictEqual({
      status: "incomplete",
      holds: [],
      running: [],
      missing: ["class:fax-log"],
    });
    expect(r.because.map((s) => s.rule)).toEqual(["retention-unknown-class"]);
  });
});

describe("evaluate: optional fields are absent, not undefined", () => {
  test("a recording within its 30 days has deleteBy but no keepUntil or keepRule key (VJZ §2 item 3)", () => {
    const v = evaluate(
      rec("phone-recording", { recorded: "2026-01-31" }),
      vjzRetention,
      on("2026-02-10"),
    ).value;
    expect(Object.keys(v)).not.toContain("keepUntil");
    expect(Object.keys(v)).not.toContain("keepRule");
    expect(v.deleteBy).toBe("2026-03-02");
  });

  test("an unanswered contact form has no deleteBy key (its purpose runs) (VJZ §2 table row 1)", () => {
    const v = evaluate(rec("contact-form", { received: "2026-03-02" }), vjzRetention, on("2026-03-05")).value;
    expect(Object.keys(v)).not.toContain("deleteBy");
    expect(Object.keys(v)).not.toContain("deleteFrom");
  });
});

describe("evaluate: deleteFrom at the ends of the instant range (VJZ §2 item 3)", () => {
  const call = (recorded: string) => rec("phone-recording", { recorded });

  test("deleteBy 1 Jan 1970 (recorded 2 Dec 1969): deletion is due from 00:00 on 2 Jan 1970", () => {
    const v = evaluate(call("1969-12-02"), vjzRetention, on("1970-01-05")).value;
    expect(v.deleteBy).toBe("1970-01-01");
    expect(v.deleteFrom).toEqual(zonedInstant(date("1970-01-02"), 0));
  });

  test("deleteBy 31 Dec 1969: 00:00 Amsterdam on 1 Jan 1970 is before the first instant, so no deleteFrom", () => {
    const v = evaluate(call("1969-12-01"), vjzRetention, on("1970-01-05")).value;
    expect(v.deleteBy).toBe("1969-12-31");
    expect(Object.keys(v)).not.toContain("deleteFrom");
  });

  test("deleteBy 30 Dec 9999: deletion is due from 00:00 on 31 Dec 9999; deleteBy 31 Dec 9999 has no next day", () => {
    const last = evaluate(call("9999-11-30"), vjzRetention, on("9999-12-01")).value;
    expect(last.deleteBy).toBe("9999-12-30");
    expect(last.deleteFrom).toEqual(zonedInstant(date("9999-12-31"), 0));
    const none = evaluate(call("9999-12-01"), vjzRetention, on("9999-12-02")).value;
    expect(none.deleteBy).toBe("9999-12-31");
    expect(Object.keys(none)).not.toContain("deleteFrom");
  });
});

describe("evaluate: the statutory-period reading is reported only for its own class (MDO-B1 Bewaartermijnen)", () => {
  test("with statutoryPeriodAsMaximum: false, a patient-registration record's steps do not mention the skipped logging rule", () => {
    const r = evaluate(
      rec("patient-registration", { registered: "2026-01-05" }),
      mdoB1Retention,
      on("2026-06-01"),
      {
        statutoryPeriodAsMaximum: false,
      },
    );
    expect(r.because.map((s) => s.rule)).not.toContain("retention-reading-off");
    const log = evaluate(rec("audit-log", { written: "2021-06-01" }), mdoB1Retention, on("2026-07-01"), {
      statutoryPeriodAsMaximum: false,
    });
    expect(log.because.map((s) => s.rule)).toContain("retention-reading-off");
  });
});

describe("mayDelete: reasons are the status step (ADR 0006 §3)", () => {
  test("a must-delete recording: allowed, with exactly one reason, the last step (VJZ §2 item 3)", () => {
    const v = mayDelete(rec("phone-recording", { recorded: "2026-01-31" }), vjzRetention, on("2026-03-10"));
    expect(v.value).toBe("allowed");
    expect(v.reasons).toEqual([v.because.at(-1)]);
    expect(v.because.length).toBeGreaterThan(1);
  });

  test("an unsent overview request past 2 months: three steps, one reason — the status step (VJZ §2 table row 3)", () => {
    const v = mayDelete(rec("overview-request", { created: "2026-01-01" }), vjzRetention, on("2026-03-10"));
    expect(v.value).toBe("allowed");
    expect(v.because.length).toBe(3);
    expect(v.reasons).toEqual([v.because.at(-1)]);
  });

  test("the status step of a must-delete record cites the rule that set deleteBy (VJZ §2 item 3)", () => {
    const r = evaluate(rec("phone-recording", { recorded: "2026-01-31" }), vjzRetention, on("2026-03-10"));
    const rule = vjzRetention.rules.find((x) => x.id === "phone-recording-30-days")!;
    expect(r.because.at(-1)?.citations).toEqual(rule.citations);
  });
});

describe("evaluate: each step names its rule, inputs, the day it produced and its clauses", () => {
  const data = (
    steps: ReadonlyArray<{ rule: string; inputs: unknown; output?: unknown; citations: unknown }>,
  ) => steps.map((s) => ({ rule: s.rule, inputs: s.inputs, output: s.output, citations: s.citations }));
  const ruleOf = (id: string) => vjzRetention.rules.find((r) => r.id === id)!;

  test("a recording of 31 Jan 2026: the 30-day maximum's step gives 2 Mar, the status step must-delete on 10 Mar (VJZ §2 item 3)", () => {
    const r = evaluate(rec("phone-recording", { recorded: "2026-01-31" }), vjzRetention, on("2026-03-10"));
    const cites = ruleOf("phone-recording-30-days").citations;
    expect(data(r.because)).toEqual([
      {
        rule: "retention-after-event-max",
        inputs: { rule: "phone-recording-30-days", recordClass: "phone-recording" },
        output: "2026-03-02",
        citations: cites,
      },
      { rule: "retention-status", inputs: { on: "2026-03-10" }, output: "must-delete", citations: cites },
    ]);
  });

  test("a consent form not yet processed: its step gives the 1-year bound, 1 Mar 2027 (VJZ §2 table row 2)", () => {
    const r = evaluate(
      rec("consent-form-digid", { submitted: "2026-03-01" }),
      vjzRetention,
      on("2026-03-10"),
    );
    expect(data(r.because)[0]).toEqual({
      rule: "retention-until-processed",
      inputs: { rule: "consent-form-until-processed", recordClass: "consent-form-digid" },
      output: "2027-03-01",
      citations: ruleOf("consent-form-until-processed").citations,
    });
  });

  test("an unanswered contact form: the while-handled step has no day; an overview request sent in time: the unsent-2-months step has none either (VJZ row 1, row 3)", () => {
    const form = evaluate(rec("contact-form", { received: "2026-03-02" }), vjzRetention, on("2026-03-05"));
    expect("output" in form.because[0]!).toBe(false);
    const sent = evaluate(
      rec("overview-request", { created: "2026-01-01", sent: "2026-01-10" }),
      vjzRetention,
      on("2026-03-10"),
    );
    const unless = sent.because.find(
      (s) => (s.inputs as { rule?: string }).rule === "overview-unsent-2-months",
    )!;
    expect("output" in unless).toBe(false);
    expect(unless.citations).toEqual(ruleOf("overview-unsent-2-months").citations);
  });

  test("a record of an unknown class: the one step names the class and the policy, and cites nothing", () => {
    const r = evaluate(rec("fax-log", { written: "2026-01-01" }), vjzRetention, on("2026-06-01"));
    expect(data(r.because)).toEqual([
      {
        rule: "retention-unknown-class",
        inputs: { recordClass: "fax-log", policy: "vjz" },
        output: undefined,
        citations: [],
      },
    ]);
  });

  test("the reading-off step names the rule not applied and its reading (MDO-B1 Bewaartermijnen, NEN 7513)", () => {
    const r = evaluate(rec("audit-log", { written: "2021-06-01" }), mdoB1Retention, on("2026-07-01"), {
      statutoryPeriodAsMaximum: false,
    });
    const off = r.because.find((s) => s.rule === "retention-reading-off")!;
    expect(off.inputs).toEqual({ rule: "logging-5-years-max", reading: "statutory-period-as-maximum" });
  });

  test("held and incomplete status steps cite nothing: no rule decided them", () => {
    const held = evaluate(
      rec("ip-log", { written: "2026-01-01" }, { holds: ["case-7"] }),
      vjzRetention,
      on("2026-08-01"),
    );
    expect(held.because.at(-1)).toMatchObject({ rule: "retention-status", output: "held", citations: [] });
    const incomplete = evaluate(rec("ip-log", {}), vjzRetention, on("2026-08-01"));
    expect(incomplete.because.at(-1)).toMatchObject({
      rule: "retention-status",
      output: "incomplete",
      citations: [],
    });
  });
});

describe("evaluate: a minimum's step gives the last day to keep (NEN 7513 bewaartermijn logging, 5 years)", () => {
  test("a log written on 1 Jun 2021: the minimum's step gives 1 Jun 2026", () => {
    const r = evaluate(rec("audit-log", { written: "2021-06-01" }), statutoryRetention, on("2024-01-01"));
    const min = r.because.find((s) => s.rule === "retention-after-event-min")!;
    expect(min.output).toBe("2026-06-01");
    expect(r.value.keepUntil).toBe("2026-06-01");
  });
});

describe("evaluate: the status step cites the rule that bounds the record (NEN 7513 bewaartermijn logging)", () => {
  test("a log written on 1 Jun 2021, on 2 Jun 2026: may be deleted, and the status step cites exactly the 5-year minimum", () => {
    const r = evaluate(rec("audit-log", { written: "2021-06-01" }), statutoryRetention, on("2026-06-02"));
    expect(r.value.status).toBe("may-delete");
    const min = statutoryRetention.rules.find((x) => x.id === "nen7513-logging-5-years")!;
    expect(r.because.at(-1)?.citations).toEqual(min.citations);
  });
});

describe("evaluate: a record kept because its purpose runs cites the clause that keeps it (VJZ §2 table row 1)", () => {
  test("an unanswered contact form: the keep step names the while-handled rule and carries its citations", () => {
    const r = evaluate(rec("contact-form", { received: "2026-03-02" }), vjzRetention, on("2026-03-05"));
    const rule = vjzRetention.rules.find((x) => x.id === "contact-form-while-handled");
    const last = r.because.at(-1);
    expect(r.value.status).toBe("keep");
    expect(last?.rule).toBe("retention-status");
    expect(rule?.citations.length).toBeGreaterThan(0);
    expect(last?.citations).toEqual(rule?.citations);
    expect(last?.en).toContain("contact-form-while-handled");
  });
});
