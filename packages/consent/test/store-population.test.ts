import { explainToText } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ConsentProfile,
  type ConsentRequest,
  compileProfile,
  covers,
  createConsentStore,
  decide,
  foldProfile,
  mitzRules,
} from "../src/index.js";
import { arbConsentRequest, arbEventLog } from "../src/testing.js";
import { referenceDecide } from "./reference/decide.js";

/** Requests aimed at the profile's choices (same custodian, category and requester), next to the random ones. */
const aimed = (profile: ConsentProfile, reqs: ReadonlyArray<ConsentRequest>): ReadonlyArray<ConsentRequest> =>
  reqs.flatMap((r, i) => {
    const c = profile.choices[i % Math.max(1, profile.choices.length)];
    if (c === undefined) return [r];
    const custodian =
      c.custodian._tag === "Organisation"
        ? { ...r.custodian, ura: c.custodian.ura }
        : c.custodian._tag === "ProviderType"
          ? { ...r.custodian, type: c.custodian.type }
          : r.custodian;
    const requester =
      c.requesters._tag === "Organisation"
        ? { ...r.requester, ura: c.requesters.ura }
        : c.requesters._tag === "Categories"
          ? { ...r.requester, category: c.requesters.codes[i % c.requesters.codes.length]! }
          : r.requester;
    const dataCategory = covers(c.dataCategory, r.dataCategory, mitzRules) ? r.dataCategory : c.dataCategory;
    // Also at the edges of the choice's validity (just before and at `from`, `until`), to take the
    // path that reads the exact instants.
    const edges = [c.from - 1, c.from, ...(c.until === undefined ? [] : [c.until - 1, c.until])];
    return [
      r,
      { ...r, custodian, requester, dataCategory },
      ...edges.map((at) => ({ ...r, custodian, requester, dataCategory, at }) as ConsentRequest),
    ];
  });

const requests = fc.array(arbConsentRequest(), { minLength: 1, maxLength: 8 });
/** One store for all runs, so that records and replaced profiles pile up across runs. */
const store = createConsentStore(mitzRules);

describe("the consent store answers exactly like decide(compileProfile(profile)) and the reference", () => {
  it("same answer, reason, deciding and conflicting choice and explanation on generated logs and requests", () => {
    fc.assert(
      fc.property(arbEventLog({ ages: { min: 8, max: 80 } }), requests, fc.boolean(), (events, reqs, coc) => {
        const profile = foldProfile(events, mitzRules);
        const patient = events[0]!.patient;
        expect(store.put(profile)).toBe(profile.patient !== undefined);
        const compiled = compileProfile(profile, mitzRules);
        for (const r of aimed(
          profile,
          reqs.map((x) => ({ ...x, patient })),
        )) {
          const options = { continuityOfCare: coc };
          const fast = store.decide(r, options);
          const slow = decide(r, compiled, options);
          const ref = referenceDecide(profile, r, options);
          expect([fast.value, fast.reason]).toEqual([slow.value, slow.reason]);
          expect(fast.value).toBe(ref.value);
          expect(fast.choice).toEqual(slow.choice);
          expect(fast.conflict).toEqual(slow.conflict);
          expect(fast.specificity).toEqual(slow.specificity);
          expect(explainToText(fast, "en")).toBe(explainToText(slow, "en"));
          expect(explainToText(fast, "nl")).toBe(explainToText(slow, "nl"));
        }
        if (profile.patient !== undefined)
          expect(store.compiledOf(patient)?.choices).toEqual(profile.choices);
      }),
      { numRuns: 300 },
    );
  });
});
