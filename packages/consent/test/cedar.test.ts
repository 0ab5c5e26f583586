import { fromEpochMillis } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaledAtLeast } from "../../../tools/testkit/runs.js";
import { compileProfile, decide, foldProfile, MEDICATION, mitzRules, RESULTS } from "../src/index.js";
import { arbConsentRequest, arbEventLog } from "../src/testing.js";
import { CEDAR_SLOTS, cedarDecide } from "./reference/cedar.js";
import { referenceDecide } from "./reference/decide.js";

describe("differential: the same policy in Cedar gives the same answers (benchmark peer)", () => {
  it("agrees with decide and the reference on generated profiles (emergency consents included) and leaf-category requests, under precedence by dominance", () => {
    let compared = 0;
    fc.assert(
      fc.property(
        arbEventLog(),
        fc.array(arbConsentRequest(), { minLength: 1, maxLength: 8 }),
        (events, reqs) => {
          const profile = foldProfile(events, mitzRules);
          expect(profile.choices.length).toBeLessThanOrEqual(CEDAR_SLOTS);
          const compiled = compileProfile(profile, mitzRules);
          for (const [i, r0] of reqs.entries()) {
            const c = profile.choices[i % Math.max(1, profile.choices.length)];
            const r = {
              ...r0,
              patient: events[0]!.patient,
              dataCategory: i % 2 === 0 ? RESULTS : MEDICATION,
              at: fromEpochMillis(r0.at),
              custodian:
                c?.custodian._tag === "Organisation"
                  ? { ...r0.custodian, ura: c.custodian.ura }
                  : c?.custodian._tag === "ProviderType"
                    ? { ...r0.custodian, type: c.custodian.type }
                    : r0.custodian,
            };
            const ours = decide(r, compiled).value;
            expect(ours).toBe(referenceDecide(profile, r).value);
            if (ours === "Indeterminate") continue;
            expect(cedarDecide(profile.choices, r)).toBe(ours);
            compared++;
          }
        },
      ),
      { numRuns: 100 },
    );
    expect(compared).toBeGreaterThan(scaledAtLeast(300));
  });
});
