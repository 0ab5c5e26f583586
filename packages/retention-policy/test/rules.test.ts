import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  mdoB1Retention,
  RetentionPolicy,
  RetentionRule,
  statutoryRetention,
  unagreedRules,
} from "../src/index.js";
import { arbRetentionRule } from "../src/testing.js";

describe("retention rule tables", () => {
  test("MDO-B1 leaves the patient registration data and the MDO report to the parties' agreement", () => {
    expect(unagreedRules(mdoB1Retention).map((r) => r.recordClass)).toEqual([
      "patient-registration",
      "mdo-report",
    ]);
  });

  test("MDO-B1 keeps radiology images from the Twiin portal at most 14 days", () => {
    const rule = mdoB1Retention.rules.find((r) => r.recordClass === "radiology-images")?.rule;
    expect(rule).toEqual({ _tag: "AfterEvent", event: "received", duration: { days: 14 }, bound: "max" });
  });

  test("NEN 7513 logging is a statutory minimum of 5 years in both MDO-B1 and the statutory table", () => {
    for (const policy of [mdoB1Retention, statutoryRetention]) {
      const rule = policy.rules.find((r) => r.recordClass === "audit-log")?.rule;
      expect(rule).toMatchObject({ _tag: "AfterEvent", duration: { years: 5 }, bound: "min" });
    }
  });

  test("an agreed period makes a by-agreement rule complete", () => {
    const agreed = {
      ...mdoB1Retention,
      rules: mdoB1Retention.rules.map((r) =>
        r.rule._tag === "ByAgreement"
          ? {
              ...r,
              rule: {
                _tag: "ByAgreement" as const,
                agreed: { event: "written", duration: { years: 2 }, bound: "max" as const },
              },
            }
          : r,
      ),
    };
    expect(unagreedRules(agreed)).toEqual([]);
  });

  test("the presets decode with the policy schema and every rule cites a source", () => {
    for (const policy of [mdoB1Retention, statutoryRetention]) {
      expect(Schema.is(RetentionPolicy)(policy)).toBe(true);
      expect(policy.rules.every((r) => r.source.article.length > 0)).toBe(true);
    }
  });

  test("a negative or fractional duration is rejected with a readable message", () => {
    const r = Schema.decodeUnknownResult(RetentionRule)(
      { _tag: "AfterEvent", event: "received", duration: { days: -1, months: 1.5 }, bound: "max" },
      { errors: "all" },
    );
    expect(r._tag).toBe("Failure");
    expect(r._tag === "Failure" ? r.failure.message : "").toContain("expected a whole number ≥ 0");
  });

  test("generated rules are valid, and decoding arbitrary input never throws", () => {
    fc.assert(fc.property(arbRetentionRule(), (rule) => Schema.is(RetentionRule)(rule)));
    const decode = Schema.decodeUnknownResult(RetentionPolicy);
    fc.assert(fc.property(fc.anything(), (u) => decode(u, { errors: "all" })._tag === "Failure"));
  });
});
