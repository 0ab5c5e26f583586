// Kills the surviving mutants of rulebook.ts and record.ts (issue #17): the events a rule names,
// the policy and record checks and the paths of their issues, the rule builders' optional parts,
// name and length limits, holds, and how combinePolicies merges classes.
import { cite, date, instant } from "@zorgkit/core";
import { describe, expect, test } from "vitest";
import { decodeRetentionPolicy, decodeRetentionRecord } from "../src/decode.js";
import { evaluate } from "../src/evaluate.js";
import { mdoB1Retention } from "../src/presets/mdo-b1.js";
import { vjzRetention } from "../src/presets/vjz.js";
import { holdId } from "../src/record.js";
import {
  afterEvent,
  byAgreement,
  combinePolicies,
  immediately,
  type RetentionPolicy,
  ruleEvents,
  unagreedRules,
  whileActive,
} from "../src/rulebook.js";
import { on, rec } from "./helpers.js";

const CITE = [cite("VJZ", "§2 table, row 3", "test rule")];
type Decoded = { ok: boolean; issues?: ReadonlyArray<{ path: string; message: string }> };
const paths = (r: Decoded) => (r.ok ? [] : (r.issues ?? []).map((i) => i.path));

describe("ruleEvents: every event a rule counts from (VJZ §2 table row 3, §4)", () => {
  test("an AfterEvent rule without unless names its one event (VJZ §2 item 3: 30 days after recording)", () => {
    expect(ruleEvents(afterEvent("recorded", { days: 30 }, "max"))).toEqual([["event", "recorded"]]);
  });
  test("an AfterEvent rule with unless names both events (VJZ row 3: at most 2 months unless sent)", () => {
    expect(ruleEvents(afterEvent("created", { months: 2 }, "max", { unless: "sent" }))).toEqual([
      ["event", "created"],
      ["unless", "sent"],
    ]);
  });
  test("an Immediately rule names its event (VJZ §4: documents destroyed right after processing)", () => {
    expect(ruleEvents(immediately("processed"))).toEqual([["event", "processed"]]);
  });
  test("an agreed ByAgreement rule names the agreed event (MDO-B1 Bewaartermijnen: 'in onderling overleg')", () => {
    expect(ruleEvents(byAgreement({ event: "mdo-held", duration: { years: 2 }, bound: "max" }))).toEqual([
      ["agreed.event", "mdo-held"],
    ]);
  });
});

describe("the rule builders keep their optional parts", () => {
  test("afterEvent with unless keeps unless (VJZ row 3)", () => {
    expect(afterEvent("created", { months: 2 }, "max", { unless: "sent" })).toEqual({
      _tag: "AfterEvent",
      event: "created",
      duration: { months: 2 },
      bound: "max",
      unless: "sent",
    });
  });
  test("whileActive with a grace period keeps it (VJZ row 3: 6 months after processing)", () => {
    expect(whileActive("processed", { months: 6 })).toEqual({
      _tag: "WhileActive",
      until: "processed",
      grace: { months: 6 },
    });
  });
  test("a length with a zero part next to a positive one is a length (1 year and 0 months)", () => {
    expect(afterEvent("written", { years: 1, months: 0 }, "min")).toMatchObject({
      duration: { years: 1, months: 0 },
    });
  });
  test("a name of 64 characters is a name; one of 65 is not", () => {
    const n64 = `a${"-b".repeat(31)}a`;
    expect(n64.length).toBe(64);
    expect(whileActive(n64)).toEqual({ _tag: "WhileActive", until: n64 });
    expect(() => whileActive(`${n64}a`)).toThrow(TypeError);
  });
});

describe("unagreedRules (MDO-B1 Bewaartermijnen: 'Partijen maken in onderling overleg nadere afspraken')", () => {
  test("once a period is agreed for patient registration, only the MDO report's rule is still unagreed", () => {
    const agreed: RetentionPolicy = {
      ...mdoB1Retention,
      rules: mdoB1Retention.rules.map((r) =>
        r.id === "patient-registration-by-agreement"
          ? { ...r, rule: byAgreement({ event: "mdo-held", duration: { years: 2 }, bound: "max" }) }
          : r,
      ),
    };
    expect(unagreedRules(agreed).map((r) => r.recordClass)).toEqual(["mdo-report"]);
  });
});

describe("decodeRetentionPolicy: the checks and their paths", () => {
  const base = (over: Partial<RetentionPolicy>): unknown => ({
    id: "p",
    classes: { form: { description: "a form", requiredEvents: ["created"], laterEvents: ["sent"] } },
    rules: [
      {
        id: "form-max",
        recordClass: "form",
        rule: afterEvent("created", { months: 2 }, "max"),
        citations: CITE,
      },
    ],
    ...over,
  });

  test("the VJZ preset decodes", () => {
    expect(decodeRetentionPolicy(vjzRetention).ok).toBe(true);
  });
  test("an event listed twice in a class is refused at the list where it repeats", () => {
    const twiceLater = base({
      classes: { form: { description: "a form", requiredEvents: ["created"], laterEvents: ["created"] } },
    });
    expect(paths(decodeRetentionPolicy(twiceLater))).toEqual(["$.classes.form.laterEvents"]);
    const twiceRequired = base({
      classes: { form: { description: "a form", requiredEvents: ["created", "created"], laterEvents: [] } },
    });
    expect(paths(decodeRetentionPolicy(twiceRequired))).toEqual(["$.classes.form.requiredEvents"]);
  });
  test("a rule id used twice is refused at the second rule's id", () => {
    const rule = {
      id: "form-max",
      recordClass: "form",
      rule: afterEvent("created", { months: 2 }, "max"),
      citations: CITE,
    };
    expect(paths(decodeRetentionPolicy(base({ rules: [rule, rule] })))).toEqual(["$.rules[1].id"]);
  });
  test("a rule for an unknown class is refused at its recordClass", () => {
    const rule = {
      id: "fax-max",
      recordClass: "fax",
      rule: afterEvent("created", { months: 2 }, "max"),
      citations: CITE,
    };
    expect(paths(decodeRetentionPolicy(base({ rules: [rule] })))).toEqual(["$.rules[0].recordClass"]);
  });
  test("the statutory-period reading on a WhileActive rule is refused at its reading", () => {
    const rule = {
      id: "form-while",
      recordClass: "form",
      rule: whileActive("sent"),
      citations: CITE,
      reading: "statutory-period-as-maximum" as const,
    };
    expect(paths(decodeRetentionPolicy(base({ rules: [rule] })))).toEqual(["$.rules[0].reading"]);
  });
});

describe("decodeRetentionRecord: events and holds", () => {
  const policy: RetentionPolicy = {
    id: "p",
    classes: {
      contract: { description: "a contract", requiredEvents: ["created", "signed"], laterEvents: ["ended"] },
    },
    rules: [
      {
        id: "contract-min",
        recordClass: "contract",
        rule: afterEvent("ended", { years: 1 }, "min"),
        citations: CITE,
      },
    ],
  };
  const contract = (events: Record<string, string>, holds?: ReadonlyArray<unknown>) => ({
    id: "c1",
    recordClass: "contract",
    events,
    ...(holds ? { holds } : {}),
  });

  test("a later event is checked against the earliest required event, whichever is listed first", () => {
    // earliest required event 1 Mar: an end on 3 Mar is after it
    expect(
      decodeRetentionRecord(
        contract({ created: "2026-03-01", signed: "2026-03-05", ended: "2026-03-03" }),
        policy,
      ).ok,
    ).toBe(true);
    expect(
      decodeRetentionRecord(
        contract({ created: "2026-03-05", signed: "2026-03-01", ended: "2026-03-03" }),
        policy,
      ).ok,
    ).toBe(true);
    const early = decodeRetentionRecord(
      contract({ created: "2026-03-05", signed: "2026-03-01", ended: "2026-02-28" }),
      policy,
    );
    expect(paths(early)).toEqual(["$.events.ended"]);
  });
  test("a later event on the day of the first event, or absent, is fine", () => {
    expect(
      decodeRetentionRecord(
        contract({ created: "2026-03-01", signed: "2026-03-01", ended: "2026-03-01" }),
        policy,
      ).ok,
    ).toBe(true);
    expect(decodeRetentionRecord(contract({ created: "2026-03-01", signed: "2026-03-01" }), policy).ok).toBe(
      true,
    );
  });
  test("a record of an unknown class is refused at its recordClass", () => {
    expect(
      paths(decodeRetentionRecord({ id: "r", recordClass: "fax-log", events: {} }, vjzRetention)),
    ).toEqual(["$.recordClass"]);
  });
  test("a hold lifted on the day it is placed is valid; one lifted before it is placed is refused at liftedOn", () => {
    const ev = { created: "2026-03-01", signed: "2026-03-01" };
    expect(
      decodeRetentionRecord(
        contract(ev, [{ id: "h", placedOn: "2026-03-02", liftedOn: "2026-03-02" }]),
        policy,
      ).ok,
    ).toBe(true);
    expect(
      paths(
        decodeRetentionRecord(
          contract(ev, [{ id: "h", placedOn: "2026-03-02", liftedOn: "2026-03-01" }]),
          policy,
        ),
      ),
    ).toEqual(["$.holds[0].liftedOn"]);
  });
  test("with { at }: a hold placed after the evaluation day is refused at its placedOn; one placed that day is valid", () => {
    const ev = { created: "2026-03-01", signed: "2026-03-01" };
    const at = instant("2026-03-10T12:00:00+01:00");
    expect(
      paths(decodeRetentionRecord(contract(ev, [{ id: "h", placedOn: "2026-03-11" }]), policy, { at })),
    ).toEqual(["$.holds[0].placedOn"]);
    expect(
      decodeRetentionRecord(contract(ev, [{ id: "h", placedOn: "2026-03-10" }, "case-7"]), policy, { at }).ok,
    ).toBe(true);
  });
  test("an undated hold is named by its id (holdId), also in the evaluation's holds", () => {
    expect(holdId("case-7")).toBe("case-7");
    expect(holdId({ id: "case-8", placedOn: date("2026-03-01") })).toBe("case-8");
    const r = rec("ip-log", { written: "2026-01-01" }, { holds: ["case-7"] });
    expect(evaluate(r, vjzRetention, on("2026-08-01")).value.holds).toEqual(["case-7"]);
  });
});

describe("combinePolicies merges classes of the same name", () => {
  test("the union of the events; an event required by either is required, not later", () => {
    const p = (id: string, requiredEvents: Array<string>, laterEvents: Array<string>): RetentionPolicy => ({
      id,
      classes: { form: { description: `form of ${id}`, requiredEvents, laterEvents } },
      rules: [],
    });
    const both = combinePolicies("both", [p("one", ["created"], ["sent"]), p("two", ["sent"], ["closed"])]);
    expect(both.classes.form).toEqual({
      description: "form of one",
      requiredEvents: ["created", "sent"],
      laterEvents: ["closed"],
    });
  });
});
