// A choice whose `from` lies after 2106-02-07 (2^32 seconds): the packed record's bound of the
// entries' `from` does not fit its 32-bit word and is stored as -1. That -1 was read as 2106, so a
// request between 2106 and the choice's `from` was answered as if the choice were in force: a
// permit recorded for 2150 permitted in 2120 (found by review, issue #17). Decoded events reach it.
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  compileProfile,
  createConsentStore,
  decide,
  decodeEventLog,
  foldProfile,
  loadConsentStore,
  mitzRules,
  RESULTS,
  snapshotConsentStore,
} from "../src/index.js";
import { created, hospitalX, org, recorded, request } from "./fixtures.js";
import { concat } from "./snapshot-bytes.js";

/** A profile of `n` choices: a permit for hospital X from `from`, then n - 1 denies for others from 2026. */
function profile(n: number, from: string) {
  const events = [created("2026-01-05T09:00:00+01:00")];
  for (let i = 1; i < n; i++)
    events.push(
      recorded(`2026-01-05T10:${String(i).padStart(2, "0")}:00+01:00`, `d${i}`, {
        custodian: org(`0000${2000 + i}` as never),
        dataCategory: ALL_DATA,
        decision: "deny",
      }),
    );
  events.push(recorded(from, "p", { custodian: org(hospitalX), dataCategory: ALL_DATA, decision: "permit" }));
  return foldProfile(events, mitzRules);
}

describe("a choice from after 2106 is not in force before its from (the store's 32-bit bound)", () => {
  for (const n of [1, 4, 6]) // inline in the slot (≤ 4 choices) and read from the record
    for (const [from, asked, expected] of [
      ["2150-01-01T00:00:00Z", "2120-01-01T00:00:00Z", "NotApplicable"],
      ["2150-01-01T00:00:00Z", "2150-01-01T00:00:00Z", "Permit"],
      ["2150-01-01T00:00:00Z", "2106-02-07T06:28:15Z", "NotApplicable"],
      ["2106-02-07T06:28:14Z", "2106-02-07T06:28:15Z", "Permit"],
    ] as const)
      it(`${n} choice(s), the permit from ${from}, asked at ${asked}: ${expected}, as decide says, also after a snapshot`, () => {
        const p = profile(n, from);
        expect(p.choices.length).toBe(n);
        const ask = request(asked, { dataCategory: RESULTS });
        expect(decide(ask, compileProfile(p, mitzRules)).value).toBe(expected);
        const store = createConsentStore(mitzRules);
        expect(store.put(p)).toBe(true);
        expect(store.stats().objectProfiles).toBe(0);
        expect(store.decide(ask).value).toBe(expected);
        const loaded = loadConsentStore(concat(snapshotConsentStore(store)), mitzRules);
        expect(loaded.ok && loaded.value.decide(ask).value).toBe(expected);
      });
});

describe("the last instants: an event the decoder accepts folds (core's range ends 9999-12-30 UTC)", () => {
  const json = (at: string) => [
    {
      _tag: "ProfileCreated",
      eventId: "e1",
      at: "2026-01-05T09:00:00+01:00",
      patient: "111222333",
      actor: { _tag: "Patient" },
      birthDate: "1980-05-17",
    },
    {
      _tag: "ChoiceRecorded",
      eventId: "e2",
      at,
      patient: "111222333",
      actor: { _tag: "Patient" },
      choiceId: "c1",
      custodian: { _tag: "Organisation", ura: "00001111" },
      dataCategory: "zorgkit:all",
      requesters: { _tag: "AllRequesters" },
      decision: "permit",
    },
  ];
  it("9999-12-31T23:00Z (Amsterdam: 10000-01-01) is refused by decodeEventLog; 9999-12-30T23:00Z decodes and folds", () => {
    expect(decodeEventLog(json("9999-12-31T23:00:00Z"), mitzRules).ok).toBe(false);
    const ok = decodeEventLog(json("9999-12-30T23:00:00Z"), mitzRules);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(foldProfile(ok.value, mitzRules).choices.map((c) => c.id)).toEqual(["c1"]);
  });
});
