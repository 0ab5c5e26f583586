// Tests that kill surviving mutants of src/store.ts (issue #17, docs/quality.md): the profile store
// packs profiles of the `scan` layout one after another into blocks of 65 536 numbers (a header of
// 6, then the entries), keeps larger ones as compiled objects (a negative handle), and answers as
// the patient's choices say (MITZ §2c: a choice per provider counts from its start). Small stores
// of a few profiles reach each path; only the second-block test fills one block (200 profiles).
// Every store is built inside its `it`.
import type { Instant, UraNumber } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  type ConsentEvent,
  createProfileStore,
  foldProfile,
  MEDICATION,
  mitzRules,
  RESULTS,
} from "../src/index.js";
import {
  created,
  GPS,
  gpPractice,
  HOSPITALS,
  hospitalX,
  hospitalY,
  org,
  recorded,
  request,
  type,
} from "./fixtures.js";

const ura = (i: number) => String(10_000_000 + i) as UraNumber;
/** A profile of `n` choices, each for its own custodian URA, recorded on 5 Jan 2026 from 10:00. */
const profileOf = (n: number, decision: (i: number) => "permit" | "deny" = () => "permit") => {
  const events: Array<ConsentEvent> = [created("2026-01-05T09:00:00+01:00")];
  for (let i = 0; i < n; i++)
    events.push(
      recorded(`2026-01-05T10:${String(i).padStart(2, "0")}:00+01:00`, `c${i}`, {
        custodian: org(ura(i)),
        dataCategory: ALL_DATA,
        decision: decision(i),
      }),
    );
  return foldProfile(events, mitzRules);
};
const one = (c: Parameters<typeof recorded>[2]) =>
  foldProfile(
    [created("2026-01-05T09:00:00+01:00"), recorded("2026-01-05T10:00:00+01:00", "x", c)],
    mitzRules,
  );
const LATER = "2026-02-01T10:00:00+01:00";
const asked = (at: string | Instant, custodian: UraNumber, dataCategory = RESULTS) =>
  request(at, {
    custodian: { ura: custodian, type: HOSPITALS },
    dataCategory,
    requester: { ura: gpPractice, category: GPS },
  });

describe("profiles packed one after another answer with their own choices (MITZ §2c)", () => {
  it("a permit for hospital X stays a permit after a deny for hospital Y is packed behind it, and the deny a deny", () => {
    const store = createProfileStore(mitzRules);
    const a = store.add(one({ custodian: org(hospitalX), dataCategory: ALL_DATA, decision: "permit" }));
    const b = store.add(one({ custodian: org(hospitalY), dataCategory: ALL_DATA, decision: "deny" }));
    expect([
      store.decide(asked(LATER, hospitalX), a).value,
      store.decide(asked(LATER, hospitalY), b).value,
    ]).toEqual(["Permit", "Deny"]);
  });
  it("a choice for medication of hospital X does not answer a request for results, though the next profile permits all data there", () => {
    const store = createProfileStore(mitzRules);
    store.add(one({ custodian: org(hospitalY), dataCategory: ALL_DATA, decision: "deny" }));
    const a = store.add(one({ custodian: org(hospitalX), dataCategory: MEDICATION, decision: "permit" }));
    store.add(one({ custodian: org(hospitalX), dataCategory: ALL_DATA, decision: "permit" }));
    store.add(one({ custodian: type(HOSPITALS), dataCategory: ALL_DATA, decision: "permit" }));
    const d = store.decide(asked(LATER, hospitalX), a);
    expect([d.value, d.reason, d.choice?.id]).toEqual(["NotApplicable", "no-choice", undefined]);
  });
  it("before any choice was recorded no stored profile has a choice in force, at any early instant (1970, a few ms after the epoch)", () => {
    const store = createProfileStore(mitzRules);
    const handles = [
      store.add(one({ custodian: type(HOSPITALS), dataCategory: ALL_DATA, decision: "permit" })),
      store.add(one({ custodian: org(hospitalX), dataCategory: ALL_DATA, decision: "deny" })),
      store.add(one({ custodian: type(HOSPITALS), dataCategory: ALL_DATA, decision: "permit" })),
      store.add(profileOf(3)),
    ];
    const answers = new Set<string>();
    for (const h of handles)
      for (let ms = 0; ms < 2300; ms += 7)
        for (const custodian of [hospitalX, ura(1)])
          answers.add(store.decide(asked(new Date(ms).toISOString(), custodian), h).value);
    expect([...answers]).toEqual(["NotApplicable"]);
  });
  it("a profile in the second block answers with its own choices: 200 profiles of 27 choices fill more than 65 536 numbers", () => {
    const store = createProfileStore(mitzRules);
    const handles: Array<number> = [];
    for (let k = 0; k < 200; k++)
      handles.push(store.add(profileOf(27, (i) => ((i + k) % 2 === 0 ? "permit" : "deny"))));
    const last = handles[199] as number;
    // Profile 199: custodian i is permitted when i + 199 is even, i.e. for odd i.
    expect([
      store.decide(asked(LATER, ura(1)), last).value,
      store.decide(asked(LATER, ura(2)), last).value,
    ]).toEqual(["Permit", "Deny"]);
    expect(store.compiledOf(last).choices.length).toBe(27);
  });
});

describe("which profiles are packed, which kept as objects (the module note)", () => {
  it("profiles of up to 27 choices are packed (a handle ≥ 0), the first one of the store too", () => {
    const store = createProfileStore(mitzRules);
    expect([store.add(profileOf(1)), store.add(profileOf(27))].every((h) => h >= 0)).toBe(true);
  });
  it("a profile of 28 choices is kept as a compiled object (a negative handle) whose choices compiledOf gives", () => {
    const store = createProfileStore(mitzRules);
    store.add(profileOf(2));
    const h = store.add(profileOf(28));
    expect([
      h < 0,
      store
        .compiledOf(h)
        .choices.map((c) => c.id)
        .sort(),
    ]).toEqual([true, Array.from({ length: 28 }, (_, i) => `c${i}`).sort()]);
  });
});
