// Review of a8fbff2 (compact slot entries, issue #18): the slot path against
// decide(compileProfile(profile)) and the reference when the store's URA table is large, so that
// the URA indices the compact entries hold cross 2^16 (the custodian value split over two words),
// 2^23 (the requester value reaching bit 31 of word 1) and the table's end at 2^24 (URAs that no
// longer fit: no inline copy). Profiles of 4–8 choices, requester masks of up to all 11 codes,
// URAs in the table that no profile names, two stores (two tables) asked in turn, a version-3
// load asked while the store it came from is still in use, replaced and deleted patients.
import type { Bsn, Instant, UraNumber } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaledAtLeast, unscaledDown } from "../../../tools/testkit/runs.js";
import {
  ALL_DATA,
  type ConsentEvent,
  type ConsentProfile,
  type ConsentRequest,
  type ConsentStore,
  type Custodian,
  compileProfile,
  createConsentStore,
  decide,
  foldProfile,
  loadConsentStore,
  MEDICATION,
  mitzCodeLists2026,
  mitzRules,
  RESULTS,
  type Requesters,
  snapshotConsentStore,
  TREATMENT_DATA,
} from "../src/index.js";
import { bsnNumber, SLOT_INLINE, SLOT_RECORD } from "../src/internal/store-layout.js";
import { consentStoreParts } from "../src/store/consent-store.js";
import { created, emergency, emergencyConfirmed, recorded, withdrawn } from "./fixtures.js";
import { referenceDecide } from "./reference/decide.js";
import { concat } from "./snapshot-bytes.js";
import { asVersion2 } from "./store-slot6-v2.js";

const ura = (n: number) => String(n).padStart(8, "0") as UraNumber;
/** URAs the profiles name (interned after the filler, in this order). */
const NAMED: ReadonlyArray<UraNumber> = Array.from({ length: 48 }, (_, i) => ura(10_000_000 + i * 104_729));
/** URAs in the table (filler) that no profile names, and URAs not in the table at all. */
const FILLER_BASE = 40_000_000;
const UNKNOWN: ReadonlyArray<UraNumber> = [ura(FILLER_BASE), ura(FILLER_BASE + 1), ura(9_999_999), ura(0)];
const TYPES = mitzCodeLists2026.requesterCategories.map((c) => c.code);
const CATEGORIES = [ALL_DATA, TREATMENT_DATA, MEDICATION, RESULTS];
const START = Date.parse("2026-01-05T10:00:00Z");
const iso = (ms: number) => new Date(ms).toISOString();

const arbCustodian: fc.Arbitrary<Custodian> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(...NAMED).map((u) => ({ _tag: "Organisation", ura: u }) as Custodian),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...TYPES).map((t) => ({ _tag: "ProviderType", type: t }) as Custodian),
  },
  { weight: 1, arbitrary: fc.constant({ _tag: "AllCustodians" } as Custodian) },
);
const arbRequesters: fc.Arbitrary<Requesters> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(...NAMED).map((u) => ({ _tag: "Organisation", ura: u }) as Requesters),
  },
  {
    weight: 2,
    arbitrary: fc
      .uniqueArray(fc.constantFrom(...TYPES), { minLength: 1, maxLength: TYPES.length })
      .map((codes) => ({ _tag: "Categories", codes }) as unknown as Requesters),
  },
  { weight: 1, arbitrary: fc.constant({ _tag: "AllRequesters" } as Requesters) },
);
const arbStep = fc.record({
  kind: fc.constantFrom("choice", "choice", "choice", "choice", "choice", "confirmed", "withdraw"),
  custodian: arbCustodian,
  dataCategory: fc.constantFrom(...CATEGORIES),
  requesters: arbRequesters,
  decision: fc.constantFrom("permit" as const, "deny" as const),
  minutes: fc.integer({ min: 1, max: 90 }),
});
type Step = typeof arbStep extends fc.Arbitrary<infer T> ? T : never;

function profileOf(steps: ReadonlyArray<Step>, bsn: string): ConsentProfile {
  const events: Array<ConsentEvent> = [created(iso(START - 3_600_000))];
  let at = START;
  steps.forEach((s, i) => {
    at += s.minutes * 60_000;
    if (s.kind === "confirmed") {
      events.push(emergency(iso(at), `e${i}`));
      events.push(emergencyConfirmed(iso(at + 30_000), `e${i}`));
    } else if (s.kind === "withdraw" && i > 0) events.push(withdrawn(iso(at), `c${i - 1}`));
    else events.push(recorded(iso(at), `c${i}`, s));
  });
  return { ...foldProfile(events, mitzRules), patient: bsn as Bsn };
}

function requestsOf(profile: ConsentProfile, picks: ReadonlyArray<number>): ReadonlyArray<ConsentRequest> {
  const choices = profile.choices;
  const last = choices.reduce((m, c) => Math.max(m, c.from), START);
  const all = [...NAMED, ...UNKNOWN];
  return picks.map((k, i) => {
    const c = choices[k % Math.max(1, choices.length)];
    const aimed = c !== undefined && i % 4 !== 3;
    const pick = (j: number) => all[j % all.length] as UraNumber;
    return {
      patient: profile.patient as Bsn,
      custodian: {
        ura: aimed && c.custodian._tag === "Organisation" ? c.custodian.ura : pick(k * 7 + i),
        type:
          aimed && c.custodian._tag === "ProviderType"
            ? c.custodian.type
            : (TYPES[(k + i) % TYPES.length] as string),
      },
      dataCategory:
        aimed && i % 3 === 0 ? c.dataCategory : (CATEGORIES[(k + i) % CATEGORIES.length] as string),
      requester: {
        ura: aimed && c.requesters._tag === "Organisation" ? c.requesters.ura : pick(k * 13 + 2 * i),
        category:
          aimed && c.requesters._tag === "Categories"
            ? (c.requesters.codes[i % c.requesters.codes.length] as string)
            : (TYPES[(k * 3 + i) % TYPES.length] as string),
        professional: { uzi: "000000011", role: "01.015" },
      },
      purpose: "TREAT",
      treatmentRelationship: true,
      at: [last + 1_000, last + 86_400_000 * 4, (c?.from ?? START) - 1][i % 3] as Instant,
    } as ConsentRequest;
  });
}

const view = (d: ReturnType<typeof decide>) => [
  d.value,
  d.reason,
  d.choice?.id,
  d.conflict?.id,
  d.specificity,
];

function fromSlot(store: ConsentStore, r: ConsentRequest): boolean {
  const { table } = consentStoreParts(store);
  const b = table.find(bsnNumber(r.patient));
  if (b < 0) return false;
  const head = table.slots[b + SLOT_RECORD] as number;
  const bound = table.slots[b + SLOT_RECORD + 1] as number;
  return head !== -1 && (head & 32) === 0 && bound !== -1 && r.at >= (bound >>> 0) * 1000;
}

interface Case {
  readonly profile: ConsentProfile;
  readonly requests: ReadonlyArray<ConsentRequest>;
}

/** Every request of every case, the stores asked in turn; returns how many came from a slot. */
function check(stores: ReadonlyArray<ConsentStore>, cases: ReadonlyArray<Case>): number {
  let slot = 0;
  for (const { profile, requests } of cases) {
    const compiled = compileProfile(profile, mitzRules);
    for (const r of requests) {
      const slow = decide(r, compiled);
      expect(slow.value).toBe(referenceDecide(profile, r, {}).value);
      for (const s of stores) {
        if (fromSlot(s, r)) slot++;
        expect([r, view(s.decide(r))]).toEqual([r, view(slow)]);
      }
    }
  }
  return slot;
}

const load = (bytes: Uint8Array): ConsentStore => {
  const r = loadConsentStore(bytes, mitzRules);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

/** A store whose URA table already holds `filler` URAs no profile names. */
function storeWith(filler: number): ConsentStore {
  const store = createConsentStore(mitzRules);
  const uras = consentStoreParts(store).table.uras;
  for (let i = 0; i < filler; i++) uras.intern(FILLER_BASE + i);
  expect(uras.size).toBe(filler);
  return store;
}

function run(filler: number, seed: number, runs: number): { store: ConsentStore; cases: Array<Case> } {
  const store = storeWith(filler);
  const cases: Array<Case> = [];
  let next = 100_000_000;
  fc.assert(
    fc.property(
      fc.array(arbStep, { minLength: 4, maxLength: 8 }),
      fc.array(fc.nat({ max: 1000 }), { minLength: 6, maxLength: 15 }),
      (steps, picks) => {
        const profile = profileOf(steps, String(next++));
        expect(store.put(profile)).toBe(true);
        const c = { profile, requests: requestsOf(profile, picks) };
        cases.push(c);
        check([store], [c]);
      },
    ),
    { numRuns: runs, seed },
  );
  // Replaced and deleted patients (their URAs stay in the table); fewer when FC_NUM_RUNS scales the runs down.
  for (let i = 0; i < Math.min(40, cases.length - 1); i++) {
    const p = { ...(cases[i] as Case).profile, patient: String(800_000_000 + i) as Bsn };
    store.put(p);
    if (i % 2 === 0) store.delete(p.patient as Bsn);
    else store.put({ ...(cases[i + 1] as Case).profile, patient: p.patient });
  }
  const slot = check([store], cases);
  expect(slot).toBeGreaterThan(scaledAtLeast(runs));
  // A version-3 load asked in turn with the store it came from (two tables, one memo).
  const v3 = load(concat(snapshotConsentStore(store)));
  expect(check([store, v3, store], cases)).toBe(3 * slot);
  // The loaded store takes new URAs at new places; the old store too; ask both in turn again.
  const fresh = ura(77_777_777);
  const deny = profileOf(
    [
      {
        kind: "choice",
        custodian: { _tag: "AllCustodians" },
        dataCategory: ALL_DATA,
        requesters: { _tag: "AllRequesters" },
        decision: "permit",
        minutes: 1,
      },
      {
        kind: "choice",
        custodian: { _tag: "Organisation", ura: fresh } as Custodian,
        dataCategory: ALL_DATA,
        requesters: { _tag: "AllRequesters" },
        decision: "deny",
        minutes: 1,
      },
    ],
    "199999999",
  );
  v3.put(deny);
  store.put(deny);
  const extra = {
    profile: deny,
    requests: requestsOf(deny, [1, 2, 5, 9]).map((r) => ({
      ...r,
      custodian: { ...r.custodian, ura: fresh },
    })),
  };
  check([store, v3, store, v3], [...cases.slice(0, 30), extra]);
  if (filler < 1 << 23) {
    const v2 = load(asVersion2(store));
    check([v2, store], cases.slice(0, 60));
  }
  return { store, cases };
}

describe("review4: compact slot entries with a large URA table answer like decide and the reference", () => {
  it("indices crossing 2^16 (the custodian value split over two words)", () => {
    run(65_536 - 20, 4_1, 200);
  }, 120_000);

  it("the table's end at 2^24 - 1 URAs, one short of V8's largest Map (indices above 2^23: bit 31 of word 1 set; URAs that no longer fit give no inline copy)", () => {
    // the table must reach its end: 60 runs at any FC_NUM_RUNS (unscaledDown), not fewer
    const { store, cases } = run((1 << 24) - 24, 4_3, unscaledDown(60));
    const { table } = consentStoreParts(store);
    expect(table.uras.size).toBe((1 << 24) - 1);
    // Not vacuous: small profiles inline (URA indices above 2^23) and small ones refused a copy.
    const heads = cases
      .filter((c) => c.profile.choices.length <= 6)
      .map((c) => table.slots[table.find(bsnNumber(c.profile.patient as Bsn)) + SLOT_RECORD] as number);
    expect(heads.filter((h) => h === -1).length).toBeGreaterThan(5);
    expect(heads.filter((h) => (h & SLOT_INLINE) === SLOT_INLINE).length).toBeGreaterThan(5);
  }, 300_000);
});
