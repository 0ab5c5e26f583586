// Tests that kill surviving mutants of src/store/stored-profile.ts (issue #17, docs/quality.md):
// the check a profile kept as an object (more than 31 choices) passes before `ConsentStore.put`
// stores it — its instants whole epoch milliseconds ≥ 0 (1970-01-01T00:00:00Z itself included, as
// every instant decoder takes it), and a value JSON cannot write refused with a `TypeError`, not
// another error. Decisions asked follow MITZ §2c (a choice per provider counts from its start).
import type { Instant, UraNumber } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  type ConsentProfile,
  createConsentStore,
  foldProfile,
  mitzRules,
  RESULTS,
} from "../src/index.js";
import { created, org, patient, recorded, request } from "./fixtures.js";

const ura = (i: number) => String(10_000_000 + i) as UraNumber;
/** 32 permits, one per custodian URA (one more than a packed record holds: kept as an object). */
const many = (): ConsentProfile =>
  foldProfile(
    [
      created("2026-01-05T09:00:00+01:00"),
      ...Array.from({ length: 32 }, (_, i) =>
        recorded(`2026-01-05T10:${String(i).padStart(2, "0")}:00+01:00`, `c${i}`, {
          custodian: org(ura(i)),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
      ),
    ],
    mitzRules,
  );
const withChoices = (
  p: ConsentProfile,
  f: (c: ConsentProfile["choices"][number]) => object,
): ConsentProfile => ({
  ...p,
  choices: p.choices.map((c) => f(c) as never),
});
const askOf = (custodian: UraNumber) =>
  request("2026-02-01T10:00:00+01:00", {
    custodian: { ura: custodian, type: "RPZAC104" },
    dataCategory: RESULTS,
  });

describe("a profile kept as an object holds instants as whole epoch milliseconds ≥ 0 (MITZ §2c: its choices count from `from`)", () => {
  it("choices recorded at 1970-01-01T00:00:00Z (epoch 0) are stored, and permit from then on", () => {
    const store = createConsentStore(mitzRules);
    const p = withChoices(many(), (c) => ({ ...c, from: 0 as Instant, recordedAt: 0 as Instant }));
    expect(store.put(p)).toBe(true);
    expect(store.stats().objectProfiles).toBe(1);
    expect(store.decide(askOf(ura(5))).value).toBe("Permit");
  });
  it("a choice from 1 ms before 1970 (no decoder gives it) is refused with a TypeError and nothing is stored", () => {
    const store = createConsentStore(mitzRules);
    const p = withChoices(many(), (c) => (c.id === "c3" ? { ...c, from: -1 } : c));
    expect(() => store.put(p)).toThrow(TypeError);
    expect([store.size, store.has(patient)]).toEqual([0, false]);
  });
});

describe("a profile JSON cannot write is refused with a TypeError (its snapshot could not hold it)", () => {
  for (const [name, extra] of [
    ["a BigInt", () => ({ note: 1n })],
    [
      "a cycle",
      () => {
        const o: { self?: object } = {};
        o.self = o;
        return { note: o };
      },
    ],
  ] as const)
    it(`a choice carrying ${name} in a field of its own: put throws a TypeError and stores nothing`, () => {
      const store = createConsentStore(mitzRules);
      const p = withChoices(many(), (c) => (c.id === "c0" ? { ...c, ...extra() } : c));
      expect(() => store.put(p)).toThrow(TypeError);
      expect([store.size, store.has(patient)]).toEqual([0, false]);
    });
});
