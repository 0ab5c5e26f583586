import { fromEpochMillis } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ConsentEvent, compile, decide, foldProfile, MEDICATION, RESULTS } from "../src/index.js";
import { arbConsentRequest, arbEventLog } from "../src/testing.js";
import { cedarDecide } from "./reference/cedar.js";

const regularOnly = (events: ReadonlyArray<ConsentEvent>) =>
  events.filter((e) => e._tag !== "EmergencyConsentRecorded" && e._tag !== "EmergencyConsentConfirmed");

describe("differential: the same policy in Cedar gives the same answers (benchmark peer)", () => {
  it("agrees with decide on generated profiles and leaf-category requests after every choice was recorded", () => {
    fc.assert(
      fc.property(
        arbEventLog(),
        fc.array(arbConsentRequest(), { minLength: 1, maxLength: 8 }),
        (log, reqs) => {
          const events = regularOnly(log);
          const profile = foldProfile(events);
          const compiled = compile(profile);
          const after = Math.max(...events.map((e) => e.at)) + 1;
          for (const [i, r0] of reqs.entries()) {
            const c = profile.choices[i % Math.max(1, profile.choices.length)];
            const r = {
              ...r0,
              patient: events[0]!.patient,
              dataCategory: i % 2 === 0 ? RESULTS : MEDICATION,
              at: fromEpochMillis(Math.max(r0.at, after)),
              custodian:
                c?.custodian._tag === "Organisation"
                  ? { ...r0.custodian, ura: c.custodian.ura }
                  : c?.custodian._tag === "ProviderType"
                    ? { ...r0.custodian, type: c.custodian.type }
                    : r0.custodian,
            };
            expect(cedarDecide(profile.choices, r)).toBe(decide(compiled, r).value);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
