// The consent store's compact slot entries (issue #18: the BSN hash slot answers for profiles of up
// to 6 choices, the URAs they name as indices in the store's URA table) against
// decide(compileProfile(profile)) and the reference, on the slot path and the record path, built
// and loaded from a snapshot of version 3 and of version 2 (whose inline copies are written anew).
import { type Bsn, explainToText, type Instant, type UraNumber } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaledAtLeast } from "../../../tools/testkit/runs.js";
import {
  ALL_DATA,
  type ConsentEvent,
  type ConsentProfile,
  type ConsentRequest,
  type ConsentRules,
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
import {
  bsnNumber,
  checksumWords,
  INLINE_CHOICES,
  SLOT_INLINE,
  SLOT_KEY,
  SLOT_RECORD,
  SLOT_WORDS,
} from "../src/internal/store-layout.js";
import { consentStoreParts } from "../src/store/consent-store.js";
import { created, emergency, emergencyConfirmed, GPS, HOSPITALS, recorded, withdrawn } from "./fixtures.js";
import { referenceDecide } from "./reference/decide.js";
import { concat, HEADER, words } from "./snapshot-bytes.js";
import { asVersion2 } from "./store-slot6-v2.js";

const ura = (s: string) => s as UraNumber;
/**
 * URAs the profiles name: small numbers (an index of one can be the value of another), URAs that
 * share their low 24 or 16 bits (a value cut to 24 bits would confuse them), large ones, and 30
 * more, so that indices and values differ.
 */
const NAMED: ReadonlyArray<UraNumber> = [
  ...["00000000", "00000001", "00000002", "00000003", "00000005", "00000007"],
  ...["00001111", String(1111 + 2 ** 24), String(1111 + 2 * 2 ** 24)],
  ...["00002222", String(2222 + 2 ** 16).padStart(8, "0"), "99999999", "83886079"],
  ...Array.from({ length: 30 }, (_, i) => String(10_000_000 + i * 7919)),
].map(ura);
/** URAs no profile names: some share low bits with named ones; one is not 8 digits (a cast). */
const UNKNOWN: ReadonlyArray<UraNumber> = [
  String(1111 + 3 * 2 ** 24),
  "00000004",
  "00000006",
  String(2222 + 2 * 2 ** 16).padStart(8, "0"),
  "1111",
].map(ura);
const TYPES = mitzCodeLists2026.requesterCategories.map((c) => c.code);
const CATEGORIES = [ALL_DATA, TREATMENT_DATA, MEDICATION, RESULTS];
const START = Date.parse("2026-01-05T10:00:00Z");
const iso = (ms: number) => new Date(ms).toISOString();

const arbCustodian: fc.Arbitrary<Custodian> = fc.oneof(
  {
    weight: 3,
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
    weight: 2,
    arbitrary: fc.constantFrom(...NAMED).map((u) => ({ _tag: "Organisation", ura: u }) as Requesters),
  },
  {
    weight: 2,
    arbitrary: fc
      .uniqueArray(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 4 })
      .map((codes) => ({ _tag: "Categories", codes }) as unknown as Requesters),
  },
  { weight: 1, arbitrary: fc.constant({ _tag: "AllRequesters" } as Requesters) },
);
/** One event of a log: a choice (most), an emergency consent (confirmed or not), a withdrawal. */
const arbStep = fc.record({
  kind: fc.constantFrom("choice", "choice", "choice", "choice", "emergency", "confirmed", "withdraw"),
  custodian: arbCustodian,
  dataCategory: fc.constantFrom(...CATEGORIES),
  requesters: arbRequesters,
  decision: fc.constantFrom("permit" as const, "deny" as const),
  minutes: fc.integer({ min: 1, max: 90 }),
});
type Step = typeof arbStep extends fc.Arbitrary<infer T> ? T : never;

const everyCustodian = { _tag: "AllCustodians" } as Custodian;
const everyRequester = { _tag: "AllRequesters" } as Requesters;
const organisation = (u: UraNumber) => ({ _tag: "Organisation", ura: u }) as Custodian & Requesters;
/** A choice for all data, a minute after the step before. */
const step = (custodian: Custodian, requesters: Requesters, decision: "permit" | "deny"): Step => ({
  kind: "choice",
  custodian,
  dataCategory: ALL_DATA,
  requesters,
  decision,
  minutes: 1,
});

/** The profile of a log of choices (1–8 of them, one minute or more apart), emergency consents and withdrawals. */
function profileOf(steps: ReadonlyArray<Step>, bsn: string): ConsentProfile {
  const events: Array<ConsentEvent> = [created(iso(START - 3_600_000))];
  let at = START;
  steps.forEach((s, i) => {
    at += s.minutes * 60_000;
    if (s.kind === "emergency" || s.kind === "confirmed") {
      events.push(emergency(iso(at), `e${i}`));
      if (s.kind === "confirmed") events.push(emergencyConfirmed(iso(at + 30_000), `e${i}`));
    } else if (s.kind === "withdraw" && i > 0) events.push(withdrawn(iso(at), `c${i - 1}`));
    else events.push(recorded(iso(at), `c${i}`, s));
  });
  return { ...foldProfile(events, mitzRules), patient: bsn as Bsn };
}

/** Requests aimed at the profile's choices and at other parties, after every choice, before some, far later. */
function requestsOf(profile: ConsentProfile, picks: ReadonlyArray<number>): ReadonlyArray<ConsentRequest> {
  const choices = profile.choices;
  const last = choices.reduce((m, c) => Math.max(m, c.from), START);
  const all = [...NAMED, ...UNKNOWN];
  const out: Array<ConsentRequest> = [];
  picks.forEach((k, i) => {
    const c = choices[k % Math.max(1, choices.length)];
    const aimed = c !== undefined && i % 4 !== 3;
    const custodianUra =
      aimed && c.custodian._tag === "Organisation"
        ? c.custodian.ura
        : (all[(k * 7 + i) % all.length] as UraNumber);
    const custodianType =
      aimed && c.custodian._tag === "ProviderType"
        ? c.custodian.type
        : (TYPES[(k + i) % TYPES.length] as string);
    const requesterUra =
      aimed && c.requesters._tag === "Organisation"
        ? c.requesters.ura
        : (all[(k * 13 + 2 * i) % all.length] as UraNumber);
    const requesterCategory =
      aimed && c.requesters._tag === "Categories"
        ? (c.requesters.codes[i % c.requesters.codes.length] as string)
        : (TYPES[(k * 3 + i) % TYPES.length] as string);
    const dataCategory =
      aimed && i % 3 === 0 ? c.dataCategory : (CATEGORIES[(k + i) % CATEGORIES.length] as string);
    const times = [last + 1_000, last + 86_400_000 * 4, (c?.from ?? START) - 1, c?.from ?? START];
    out.push({
      patient: profile.patient as Bsn,
      custodian: { ura: custodianUra, type: custodianType },
      dataCategory,
      requester: {
        ura: requesterUra,
        category: requesterCategory,
        professional: { uzi: "000000011", role: "01.015" },
      },
      purpose: "TREAT",
      treatmentRelationship: true,
      at: times[i % times.length] as Instant,
    } as ConsentRequest);
  });
  return out;
}

const view = (d: ReturnType<typeof decide>) => [
  d.value,
  d.reason,
  d.choice?.id,
  d.conflict?.id,
  d.specificity,
  explainToText(d, "en"),
];

/** Whether the store answers `r` from the slot alone (its own test in `decide`). */
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

/** Every case against decide(compileProfile) and the reference; counts of requests answered from the slot, by profile size. */
function check(
  store: ConsentStore,
  cases: ReadonlyArray<Case>,
  rules: ConsentRules = mitzRules,
): Array<number> {
  const slotBySize = Array.from({ length: 9 }, () => 0);
  for (const { profile, requests } of cases) {
    const compiled = compileProfile(profile, rules);
    for (const r of requests) {
      if (fromSlot(store, r))
        slotBySize[profile.choices.length] = (slotBySize[profile.choices.length] as number) + 1;
      const fast = store.decide(r);
      const slow = decide(r, compiled);
      expect(view(fast)).toEqual(view(slow));
      expect(fast.value).toBe(referenceDecide(profile, r, {}).value);
    }
  }
  return slotBySize;
}

const load = (bytes: Uint8Array, rules: ConsentRules = mitzRules): ConsentStore => {
  const r = loadConsentStore(bytes, rules);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe("the consent store's slot answers for profiles of up to 6 choices exactly like decide and the reference", () => {
  it("on generated profiles of 1–8 choices (organisation custodians and requesters of 43 URAs, unknown URAs, category masks, broad categories, emergency consents, requests before a from), built, loaded from version 3 and from version 2", () => {
    const store = createConsentStore(mitzRules);
    // Profiles naming the URAs in reverse order first: a URA's index is not its place in NAMED.
    [...NAMED].reverse().forEach((u, i) => {
      store.put(profileOf([step(organisation(u), everyRequester, "permit")], String(900_000_000 + i)));
    });
    const cases: Array<Case> = [];
    let next = 100_000_000;
    fc.assert(
      fc.property(
        fc.array(arbStep, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat({ max: 1000 }), { minLength: 8, maxLength: 24 }),
        (steps, picks) => {
          const profile = profileOf(steps, String(next++));
          expect(store.put(profile)).toBe(true);
          const c = { profile, requests: requestsOf(profile, picks) };
          cases.push(c);
          check(store, [c]);
        },
      ),
      { numRuns: 500, seed: 20261201 },
    );
    // Replaced and deleted patients between the live ones (dead records: a version-2 load zeroes them).
    const extra = cases
      .slice(0, 60)
      .map((c, i) => ({ ...c.profile, patient: String(800_000_000 + i) as Bsn }));
    for (const p of extra) store.put(p);
    extra.forEach((p, i) => {
      if (i % 2 === 0) store.delete(p.patient as Bsn);
      else store.put({ ...(cases[i + 1] as Case).profile, patient: p.patient });
    });
    const built = check(store, cases);
    // Not vacuous: profiles of 5 and 6 choices answered from the slot, 7–8 never.
    expect(built[5]).toBeGreaterThan(scaledAtLeast(50));
    expect(built[6]).toBeGreaterThan(scaledAtLeast(20));
    expect((built[7] as number) + (built[8] as number)).toBe(0);
    const v3 = load(concat(snapshotConsentStore(store)));
    expect(check(v3, cases)).toEqual(built);
    const v2 = load(asVersion2(store));
    expect(check(v2, cases)).toEqual(built);
    // A version-2 file from before 38dc83b (retired records not zeroed) answers the same.
    const retired = [...consentStoreParts(store).arena.retired];
    consentStoreParts(store).arena.retired.length = 0;
    const unzeroed = asVersion2(store);
    consentStoreParts(store).arena.retired.push(...retired);
    expect(check(load(unzeroed), cases)).toEqual(built);
    // The same slots hold inline copies (URA indices may differ: the rebuild interns in slot order).
    const heads = (s: ConsentStore) =>
      consentStoreParts(s).table.slots.filter(
        (_, i) => i % SLOT_WORDS === SLOT_RECORD || i % SLOT_WORDS === SLOT_KEY,
      );
    expect(heads(v2)).toEqual(heads(store));
  });

  it("on profiles of 2–6 choices that differ only in overlapping requester-category sets (dominance by the masks), answered from the slot", () => {
    const store = createConsentStore(mitzRules);
    const codes = TYPES.slice(0, 3);
    const cases: Array<Case> = [];
    let next = 300_000_000;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            codes: fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 3 }),
            deny: fc.boolean(),
            custodian: fc.constantFrom(everyCustodian, organisation(NAMED[7] as UraNumber)),
          }),
          { minLength: 2, maxLength: 6 },
        ),
        (choices) => {
          const steps = choices.map((c) =>
            step(
              c.custodian,
              { _tag: "Categories", codes: c.codes } as unknown as Requesters,
              c.deny ? "deny" : "permit",
            ),
          );
          const profile = profileOf(steps, String(next++));
          store.put(profile);
          const requests = codes.flatMap((category) =>
            [NAMED[7] as UraNumber, NAMED[8] as UraNumber].map(
              (u) =>
                ({
                  patient: profile.patient as Bsn,
                  custodian: { ura: u, type: HOSPITALS },
                  dataCategory: ALL_DATA,
                  requester: { ura: u, category, professional: { uzi: "000000011", role: "01.015" } },
                  purpose: "TREAT",
                  treatmentRelationship: true,
                  at: (START + 86_400_000) as Instant,
                }) as ConsentRequest,
            ),
          );
          for (const r of requests) expect(fromSlot(store, r)).toBe(true);
          cases.push({ profile, requests });
          check(store, [{ profile, requests }]);
        },
      ),
      { numRuns: 400, seed: 20261202 },
    );
    check(load(concat(snapshotConsentStore(store))), cases);
  });

  it("a URA unknown to the table when first asked about matches the deny of a profile put later that names it", () => {
    const store = createConsentStore(mitzRules);
    const late = ura("12345678");
    const ask = (bsn: string): ConsentRequest =>
      ({
        patient: bsn as Bsn,
        custodian: { ura: late, type: HOSPITALS },
        dataCategory: ALL_DATA,
        requester: { ura: late, category: GPS, professional: { uzi: "000000011", role: "01.015" } },
        purpose: "TREAT",
        treatmentRelationship: true,
        at: (START + 86_400_000) as Instant,
      }) as ConsentRequest;
    store.put(profileOf([step(everyCustodian, everyRequester, "permit")], "100000001"));
    const first = ask("100000001");
    expect(store.decide(first).value).toBe("Permit");
    for (const [i, named] of [
      [step(organisation(late), everyRequester, "deny")],
      [step(everyCustodian, organisation(late), "deny")],
    ].entries()) {
      const bsn = `10000001${i}`;
      const p = profileOf([step(everyCustodian, everyRequester, "permit"), ...named], bsn);
      store.put(p);
      // The same URA strings as the request before (the memo is per table size, not per string).
      const r = { ...first, patient: bsn as Bsn };
      expect(fromSlot(store, r)).toBe(true);
      expect(store.decide(r).value).toBe("Deny");
      expect(decide(r, compileProfile(p, mitzRules)).value).toBe("Deny");
    }
  });

  it("two stores, two URA tables: index 0 of one store is not the URA of index 0 of the other", () => {
    const a = createConsentStore(mitzRules);
    const b = createConsentStore(mitzRules);
    const x = ura("00001111");
    const y = ura(String(1111 + 2 ** 24));
    const deny = (u: UraNumber, bsn: string) =>
      profileOf([step(organisation(u), everyRequester, "deny")], bsn);
    a.put(deny(x, "100000001"));
    b.put(deny(y, "100000001"));
    const r = (u: UraNumber): ConsentRequest =>
      ({
        patient: "100000001" as Bsn,
        custodian: { ura: u, type: HOSPITALS },
        dataCategory: ALL_DATA,
        requester: { ura: x, category: GPS, professional: { uzi: "000000011", role: "01.015" } },
        purpose: "TREAT",
        treatmentRelationship: true,
        at: (START + 86_400_000) as Instant,
      }) as ConsentRequest;
    for (const u of [x, y, x, y]) {
      expect([u, a.decide(r(u)).value]).toEqual([u, u === x ? "Deny" : "NotApplicable"]);
      expect([u, b.decide(r(u)).value]).toEqual([u, u === y ? "Deny" : "NotApplicable"]);
    }
  });

  it("a rulebook of 30 requester codes: a mask above 24 bits gets no inline copy (the record answers), one below does", () => {
    const extra = Array.from({ length: 23 }, (_, i) => ({
      code: `RX${i}`,
      en: `RX${i}`,
      nl: `RX${i}`,
      citations: [],
    }));
    const rules = {
      ...mitzRules,
      codeLists: {
        ...mitzCodeLists2026,
        version: "test-30",
        requesterCategories: [...mitzCodeLists2026.requesterCategories, ...extra],
      },
    } as unknown as ConsentRules;
    const store = createConsentStore(rules);
    const high = "RX22"; // index 29
    const mk = (codes: ReadonlyArray<string>, bsn: string): ConsentProfile => {
      const events = [
        created(iso(START - 3_600_000)),
        recorded(iso(START), "c0", {
          custodian: { _tag: "AllCustodians" },
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
        recorded(iso(START + 60_000), "c1", {
          custodian: { _tag: "AllCustodians" },
          dataCategory: ALL_DATA,
          requesters: { _tag: "Categories", codes } as unknown as Requesters,
          decision: "deny",
        }),
      ];
      return { ...foldProfile(events, rules), patient: bsn as Bsn };
    };
    const above = mk([GPS, high], "100000001");
    const below = mk([GPS, "RX10"], "100000002");
    store.put(above);
    store.put(below);
    const { table } = consentStoreParts(store);
    expect(table.slots[table.find(100000001) + SLOT_RECORD]).toBe(-1);
    expect((table.slots[table.find(100000002) + SLOT_RECORD] as number) & SLOT_INLINE).toBe(SLOT_INLINE);
    const cases = [above, below].map((profile) => ({
      profile,
      requests: [GPS, high, "RX10", "RX9", TYPES[1] as string].map(
        (category) =>
          ({
            patient: profile.patient as Bsn,
            custodian: { ura: ura("00001111"), type: HOSPITALS },
            dataCategory: ALL_DATA,
            requester: { ura: ura("00002222"), category, professional: { uzi: "000000011", role: "01.015" } },
            purpose: "TREAT",
            treatmentRelationship: true,
            at: (START + 86_400_000) as Instant,
          }) as ConsentRequest,
      ),
    }));
    for (const { profile, requests } of cases)
      for (const r of requests)
        expect(view(store.decide(r))).toEqual(view(decide(r, compileProfile(profile, rules))));
    expect(store.decide(cases[0]!.requests[1]!).value).toBe("Deny");
    expect(store.decide(cases[1]!.requests[2]!).value).toBe("Deny");
  });

  it("a loaded version-3 file is refused when a slot's inline copy has more than 6 entries or names a URA index outside the table", () => {
    const store = createConsentStore(mitzRules);
    const named = (u: UraNumber, bsn: string, asRequester: boolean) =>
      profileOf(
        [
          asRequester
            ? step(everyCustodian, organisation(u), "deny")
            : step(organisation(u), everyRequester, "deny"),
        ],
        bsn,
      );
    store.put(named(ura("00001111"), "100000001", false));
    store.put(named(ura("00002222"), "100000002", true));
    const chunks = snapshotConsentStore(store);
    expect(load(concat(chunks)).size).toBe(2);
    /** The file with word `at` of the slots set to `value`, its checksums written anew. */
    const edited = (at: number, value: number) => {
      const slots = new Int32Array(words(new Uint8Array(chunks[1] as Uint8Array)));
      slots[at] = value;
      const header = words(new Uint8Array(chunks[0] as Uint8Array));
      header[15] = checksumWords(slots);
      header[HEADER.checksum] = checksumWords(header.subarray(0, HEADER.checksum));
      return concat([new Uint8Array(header.buffer), new Uint8Array(slots.buffer), ...chunks.slice(2)]);
    };
    const { table } = consentStoreParts(store);
    const b1 = table.find(100000001);
    const b2 = table.find(100000002);
    const message = (bytes: Uint8Array) => {
      const r = loadConsentStore(bytes, mitzRules);
      return r.ok ? "loaded" : r.issues[0]?.message;
    };
    const refused = "The snapshot's BSN hash slots do not match their checksum: the file is corrupted";
    // The table holds 2 URAs: index 2 is outside it (custodian, then requester value).
    const word0 = table.slots[b1 + SLOT_KEY + 1] as number;
    expect(message(edited(b1 + SLOT_KEY + 1, word0 | (2 << 16)))).toBe(refused);
    expect(message(edited(b2 + SLOT_KEY + 2, 2 << 8))).toBe(refused);
    expect(message(edited(b2 + SLOT_KEY + 2, 1 << 8))).toBe("loaded");
    expect(message(edited(b1 + SLOT_RECORD, SLOT_INLINE | (INLINE_CHOICES + 1)))).toBe(refused);
    expect(message(edited(b1 + SLOT_RECORD, 1))).toBe(refused); // not marked inline
  });
});
