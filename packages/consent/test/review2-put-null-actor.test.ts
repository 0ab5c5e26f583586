// review2 (f876818): "a refused profile interns nothing" (changeset consent-put-refuses-cast.md:
// "leave the store as it was (nothing interned, the next snapshot unchanged)"; guide consent.md,
// put). packProfile interns the providers of the choices one by one and rolls them back
// (ActorTable.truncate) only when indexOf returns -1; a cast `recordedBy` of null or undefined
// makes indexOf throw (reading `_tag`), so the provider of an earlier choice stays interned: the
// store's actors and its next snapshot change although put threw.
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  type ConsentProfile,
  createConsentStore,
  foldProfile,
  mitzRules,
  snapshotConsentStore,
} from "../src/index.js";
import { created, hospitalX, org, recorded } from "./fixtures.js";
import { concat } from "./snapshot-bytes.js";

const valid: ConsentProfile = foldProfile(
  [
    created("2026-01-05T09:00:00+01:00"),
    recorded("2026-01-05T10:00:00+01:00", "c1", {
      custodian: org(hospitalX),
      dataCategory: ALL_DATA,
      decision: "deny",
    }),
  ],
  mitzRules,
);

describe("a put refused for a cast actor of null/undefined changes nothing", () => {
  for (const cast of [null, undefined])
    it(`recordedBy ${String(cast)} after a choice by a new provider: put throws and the store's actors and snapshot are unchanged`, () => {
      const store = createConsentStore(mitzRules);
      store.put(valid);
      const before = store.stats().actors;
      const snapshot = concat(snapshotConsentStore(store));
      const newProvider = { _tag: "Provider", ura: "00004444", uzi: "999999990", role: "01.015" };
      const two = {
        ...valid,
        choices: [
          { ...(valid.choices[0] as object), id: "a", recordedBy: newProvider },
          { ...(valid.choices[0] as object), id: "b", recordedBy: cast },
        ] as never,
      };
      expect(() => store.put(two)).toThrow(TypeError);
      expect(store.stats().actors).toBe(before);
      expect(concat(snapshotConsentStore(store))).toEqual(snapshot);
    });
});
