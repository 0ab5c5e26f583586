// Review of a8fbff2 (issue #18): a patient whose slot holds a compact inline copy, replaced by a
// profile the store keeps as an object (more than 31 choices), and back: the slot's copy must go
// with the record it copied (else the old inline permit answers for the new deny).
import type { Bsn, Instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  type ConsentEvent,
  type ConsentProfile,
  type ConsentRequest,
  compileProfile,
  createConsentStore,
  decide,
  foldProfile,
  loadConsentStore,
  mitzRules,
  snapshotConsentStore,
} from "../src/index.js";
import { bsnNumber, SLOT_RECORD } from "../src/internal/store-layout.js";
import { consentStoreParts } from "../src/store/consent-store.js";
import { created, GPS, HOSPITALS, hospitalX, org, recorded, type } from "./fixtures.js";
import { concat } from "./snapshot-bytes.js";

const bsn = "123456782" as Bsn;
const at = (m: number) => new Date(Date.parse("2026-01-05T10:00:00Z") + m * 60_000).toISOString();
function profile(permits: number, deny: boolean): ConsentProfile {
  const events: Array<ConsentEvent> = [created(at(-60))];
  // Distinct scopes: the first for every hospital, the others each for one organisation.
  for (let i = 0; i < permits; i++)
    events.push(
      recorded(at(i), `p${i}`, {
        custodian: i === 0 ? type(HOSPITALS) : org(String(20_000_000 + i) as typeof hospitalX),
        dataCategory: ALL_DATA,
        decision: "permit",
      }),
    );
  if (deny)
    events.push(
      recorded(at(permits), "d", { custodian: org(hospitalX), dataCategory: ALL_DATA, decision: "deny" }),
    );
  return { ...foldProfile(events, mitzRules), patient: bsn };
}
const request = {
  patient: bsn,
  custodian: { ura: hospitalX, type: HOSPITALS },
  dataCategory: ALL_DATA,
  requester: { ura: "00009999", category: GPS, professional: { uzi: "000000011", role: "01.015" } },
  purpose: "TREAT",
  treatmentRelationship: true,
  at: Date.parse("2026-03-01T00:00:00Z") as Instant,
} as ConsentRequest;

describe("review4: an inline patient replaced by an object profile and back", () => {
  it("answers from the new profile every time, built and loaded", () => {
    const store = createConsentStore(mitzRules);
    const { table } = consentStoreParts(store);
    const head = () => table.slots[table.find(bsnNumber(bsn)) + SLOT_RECORD] as number;
    const steps: Array<[ConsentProfile, string]> = [
      [profile(2, false), "Permit"], // inline permit
      [profile(31, true), "Deny"], // 32 choices: an object profile
      [profile(1, false), "Permit"],
      [profile(40, false), "Permit"],
      [profile(3, true), "Deny"],
      [profile(32, false), "Permit"],
    ];
    for (const [p, value] of steps) {
      store.put(p);
      expect(decide(request, compileProfile(p, mitzRules)).value).toBe(value);
      expect([p.choices.length, store.decide(request).value]).toEqual([p.choices.length, value]);
      expect([p.choices.length, head() !== -1]).toEqual([p.choices.length, p.choices.length <= 6]);
      const r = loadConsentStore(concat(snapshotConsentStore(store)), mitzRules);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      expect([p.choices.length, r.value.decide(request).value]).toEqual([p.choices.length, value]);
    }
  });
});
