import { date, localDateOf } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { evaluate } from "../src/evaluate.js";
import type { RetentionRecord } from "../src/record.js";
import { type RetentionPolicy as Policy, RetentionPolicy } from "../src/rulebook.js";
import {
  arbRetentionInstant,
  arbRetentionLength,
  arbRetentionPolicy,
  arbRetentionRecord,
} from "../src/testing/arbitraries.js";
import { referenceEvaluate } from "./reference/evaluate.js";

const policyAndRecord = arbRetentionPolicy().chain((policy) =>
  fc.tuple(
    fc.constant(policy),
    arbRetentionRecord(Object.keys(policy.classes).length),
    arbRetentionInstant(),
  ),
);

const withoutHolds = (r: RetentionRecord): RetentionRecord => {
  const { holds: _h, ...rest } = r;
  return rest;
};

describe("evaluate agrees with the slow reference (spec §2 read literally)", () => {
  test("generated policies are valid rulebooks", () => {
    fc.assert(fc.property(arbRetentionPolicy(), (p) => Schema.is(RetentionPolicy)(p)));
  });

  test("status, keepUntil and deleteBy equal the reference's on generated policies, records and instants", () => {
    fc.assert(
      fc.property(policyAndRecord, fc.boolean(), ([policy, record, at], keepLonger) => {
        const options = keepLonger ? { statutoryPeriodAsMaximum: false } : {};
        const got = evaluate(record, policy, at, options).value;
        const want = referenceEvaluate(record, policy, at, options);
        expect({ status: got.status, keepUntil: got.keepUntil, deleteBy: got.deleteBy }).toEqual(want);
      }),
      { numRuns: 2000 },
    );
  });

  test("every status occurs among the generated cases (the comparison is not vacuous)", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(policyAndRecord, ([policy, record, at]) => {
        seen.add(evaluate(record, policy, at).value.status);
      }),
      { numRuns: 2000 },
    );
    expect([...seen].sort()).toEqual(["conflict", "held", "incomplete", "keep", "may-delete", "must-delete"]);
  });
});

describe("spec §5 invariants", () => {
  test("a held record is never must-delete", () => {
    fc.assert(
      fc.property(policyAndRecord, ([policy, record, at]) => {
        const held = { ...record, holds: ["legal-hold"] };
        expect(evaluate(held, policy, at).value.status).toBe("held");
      }),
    );
  });

  const addRule = (
    policy: Policy,
    recordClass: string,
    bound: "min" | "max",
    duration: object,
    event: string,
  ): Policy => ({
    ...policy,
    rules: [
      ...policy.rules,
      {
        id: "added",
        recordClass,
        rule: { _tag: "AfterEvent", event, duration, bound },
        citations: [{ source: "TEST", article: "added" }],
      },
    ],
  });

  test("adding a min rule never moves keepUntil earlier; adding a max rule never moves deleteBy later", () => {
    fc.assert(
      fc.property(
        policyAndRecord,
        arbRetentionLength(),
        fc.constantFrom("start", "e1", "e2", "e3"),
        ([policy, record, at], duration, event) => {
          const before = evaluate(record, policy, at).value;
          const withMin = evaluate(
            record,
            addRule(policy, record.recordClass, "min", duration, event),
            at,
          ).value;
          const withMax = evaluate(
            record,
            addRule(policy, record.recordClass, "max", duration, event),
            at,
          ).value;
          if (before.keepUntil !== undefined) expect(withMin.keepUntil! >= before.keepUntil).toBe(true);
          if (before.deleteBy !== undefined) expect(withMax.deleteBy! <= before.deleteBy).toBe(true);
        },
      ),
    );
  });

  test("evaluate is monotone in now: once must-delete, later instants stay must-delete", () => {
    fc.assert(
      fc.property(policyAndRecord, fc.integer({ min: 1, max: 3000 }), ([policy, record0, at], later) => {
        const record = withoutHolds(record0);
        const first = evaluate(record, policy, at).value;
        fc.pre(first.status === "must-delete");
        // the facts known at `at` (events dated later have not happened yet) stay the facts
        const today = localDateOf(at);
        const known = {
          ...record,
          events: Object.fromEntries(Object.entries(record.events).filter(([, d]) => d <= today)),
        };
        expect(evaluate(known, policy, at).value.status).toBe("must-delete");
        const next = (at + later * 3_600_000 * 7) as typeof at;
        expect(evaluate(known, policy, next).value.status).toBe("must-delete");
      }),
      { numRuns: 1000 },
    );
  });
});

describe("domain functions are total (ADR 0006 §4)", () => {
  test("evaluate, mayDelete, sweep and schedule never throw for dates anywhere in 0001–9999 and instants from 1970 through 9999-12-31", async () => {
    const { sweep, schedule } = await import("../src/batch.js");
    const { mayDelete } = await import("../src/evaluate.js");
    // records start by 9997 so that their later events (up to 900 days on) stay in the calendar
    const wide = { from: date("0001-01-01"), to: date("9997-06-30") };
    fc.assert(
      fc.property(
        arbRetentionPolicy(),
        fc.array(arbRetentionRecord(3, wide), { maxLength: 5 }),
        arbRetentionInstant({ from: date("1970-01-02"), to: date("9999-12-31") }),
        (policy, records, at) => {
          for (const r of records) {
            evaluate(r, policy, at);
            mayDelete(r, policy, at);
          }
          sweep(records, policy, at);
          const from = localDateOf(at);
          schedule(records, policy, { from, to: from });
        },
      ),
      { numRuns: 500 },
    );
  });
});
