import { explainToText } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ConsentDecision,
  type ConsentRequest,
  compileProfile,
  createConsentStore,
  decide,
  foldProfile,
  mitzRules,
} from "../src/index.js";
import { uraValue } from "../src/internal/layout.js";
import { arbConsentRequest, arbEventLog } from "../src/testing.js";
import { referenceDecide } from "./reference/decide.js";

/** A copy of a string with the same characters but another identity (as a decoder would make). */
const copy = <S extends string>(s: S): S => ` ${s}`.slice(1) as S;

const same = (fast: ConsentDecision, slow: ConsentDecision): void => {
  expect([fast.value, fast.reason]).toEqual([slow.value, slow.reason]);
  expect(fast.choice).toEqual(slow.choice);
  expect(fast.conflict).toEqual(slow.conflict);
  expect(fast.specificity).toEqual(slow.specificity);
  expect(explainToText(fast, "en")).toBe(explainToText(slow, "en"));
  expect(explainToText(fast, "nl")).toBe(explainToText(slow, "nl"));
};

describe("the store's hot path (one match per request, then one resolution per category)", () => {
  it("answers like decide and the reference on requests interleaved over several patients, without options", () => {
    fc.assert(
      fc.property(
        fc.array(arbEventLog({ ages: { min: 8, max: 80 } }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), arbConsentRequest(), fc.boolean()), { minLength: 1, maxLength: 24 }),
        (logs, asks) => {
          const store = createConsentStore(mitzRules);
          const profiles = logs.map((events) => foldProfile(events, mitzRules));
          for (const p of profiles) store.put(p);
          for (const [k, r, copied] of asks) {
            const profile = profiles[k % profiles.length]!;
            if (profile.patient === undefined) continue;
            // The patient's latest profile in the store (a later log may have the same patient).
            const latest = profiles.findLast((p) => p.patient === profile.patient)!;
            // Same characters, another string: the per-request memo compares by value.
            const request: ConsentRequest = copied
              ? {
                  ...r,
                  patient: profile.patient,
                  custodian: { ura: copy(r.custodian.ura), type: copy(r.custodian.type) },
                  requester: { ...r.requester, ura: copy(r.requester.ura) },
                }
              : { ...r, patient: profile.patient };
            const fast = store.decide(request);
            const slow = decide(request, compileProfile(latest, mitzRules));
            same(fast, slow);
            same(fast, decide(request, compileProfile(latest, mitzRules), {}));
            expect(fast.value).toBe(referenceDecide(latest, request, {}).value);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reads a URA as Number does, for every string", () => {
    const digits = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 0, maxLength: 10 });
    const near = fc.string({
      unit: fc.constantFrom(..."0123456789 +-.eExXbo_\u0660\u0661/:٣"),
      minLength: 0,
      maxLength: 10,
    });
    fc.assert(
      fc.property(fc.oneof(digits, near, fc.string()), (s) => {
        expect(Object.is(uraValue(s), Number(s))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    for (const s of [
      "00000000",
      "99999999",
      "0000111",
      "000011112",
      " 0001111",
      "0001111 ",
      "1e345678",
      "0x123456",
    ])
      expect(Object.is(uraValue(s), Number(s))).toBe(true);
  });
});
