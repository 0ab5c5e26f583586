import { type Bsn, explainToText } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  type ConsentProfile,
  type ConsentRequest,
  type ConsentStore,
  compileProfile,
  createConsentStore,
  decide,
  foldProfile,
  mitzRules,
  RESULTS,
} from "../src/index.js";
import {
  BsnTable,
  bsnNumber,
  INLINE_CHOICES,
  SLOT_INLINE,
  SLOT_KEY,
  SLOT_PTR,
  SLOT_RECORD,
  SLOT_WORDS,
} from "../src/internal/store-layout.js";
import { consentStoreParts } from "../src/store/consent-store.js";
import {
  allRequesters,
  categories,
  created,
  GPS,
  gpPractice,
  hospitalX,
  hospitalY,
  org,
  recorded,
  request,
  type,
} from "./fixtures.js";

const custodians = [org(hospitalX), org(hospitalY), type(GPS)];

/**
 * A profile of `n` choices recorded on 2026-01-05 at 10:00, 10:01, … (custodians, categories and
 * requesters vary: 12 different scopes in a row, so that up to 12 choices stay distinct).
 */
function profileOf(n: number, bsn: string, offset = 0): ConsentProfile {
  const events = [created("2026-01-05T09:00:00+01:00")];
  for (let i = 0; i < n; i++)
    events.push(
      recorded(`2026-01-05T10:${String(i).padStart(2, "0")}:00+01:00`, `c${i}`, {
        custodian: custodians[(i + offset) % custodians.length] as (typeof custodians)[number],
        dataCategory: (i + offset) % 2 === 0 ? ALL_DATA : RESULTS,
        requesters: Math.floor((i + offset) / 6) % 2 === 0 ? allRequesters : categories(GPS),
        decision: (i + offset) % 3 === 1 ? "deny" : "permit",
      }),
    );
  return { ...foldProfile(events, mitzRules), patient: bsn as Bsn };
}

/** Requests after every choice (the slot answers), between two choices (the record answers), for each custodian. */
function requestsFor(bsn: string): ReadonlyArray<ConsentRequest> {
  const out: Array<ConsentRequest> = [];
  for (const at of ["2026-01-05T09:30:00+01:00", "2026-01-05T10:02:30+01:00", "2026-06-01T10:00:00+02:00"])
    for (const ura of [hospitalX, hospitalY, gpPractice])
      for (const dataCategory of [ALL_DATA, RESULTS])
        out.push({
          ...request(at, { dataCategory, custodian: { ura, type: ura === gpPractice ? GPS : "RPZAC104" } }),
          patient: bsn as Bsn,
        });
  return out;
}

const view = (d: ReturnType<typeof decide>) => [
  d.value,
  d.reason,
  d.choice?.id,
  d.conflict?.id,
  explainToText(d, "en"),
  explainToText(d, "nl"),
];

function expectSameAsDecide(store: ConsentStore, profile: ConsentProfile | undefined, bsn: string): void {
  const cp = profile === undefined ? undefined : compileProfile(profile, mitzRules);
  for (const r of requestsFor(bsn)) {
    const expected =
      cp === undefined ? decide(r, compileProfile({ ...profileOf(0, bsn) }, mitzRules)) : decide(r, cp);
    expect(view(store.decide(r))).toEqual(view(expected));
  }
}

/** The slot's inline record header, or undefined when the patient has no slot. */
function inlineHead(store: ConsentStore, bsn: string): number | undefined {
  const { table } = consentStoreParts(store);
  const b = table.find(bsnNumber(bsn));
  return b < 0 ? undefined : (table.slots[b + SLOT_RECORD] as number);
}

describe("the consent store's inline slots (decision words of small profiles in the BSN hash)", () => {
  it("a profile of exactly the inline capacity is inline, one more is not; both answer as decide", () => {
    const store = createConsentStore(mitzRules);
    const at = profileOf(INLINE_CHOICES, "100000001");
    const above = profileOf(INLINE_CHOICES + 1, "100000002");
    store.put(at);
    store.put(above);
    expect((inlineHead(store, "100000001") as number) & 31).toBe(INLINE_CHOICES);
    expect(inlineHead(store, "100000002")).toBe(-1);
    expectSameAsDecide(store, at, "100000001");
    expectSameAsDecide(store, above, "100000002");
  });

  it("updates move a profile from inline to the record only and back, answering as the latest profile", () => {
    const store = createConsentStore(mitzRules);
    const bsn = "100000003";
    for (const n of [
      1,
      INLINE_CHOICES,
      INLINE_CHOICES + 1,
      INLINE_CHOICES + 3,
      INLINE_CHOICES,
      2,
      INLINE_CHOICES + 1,
      0,
    ]) {
      const p = profileOf(n, bsn, n);
      store.put(p);
      expect(store.size).toBe(1);
      const head = inlineHead(store, bsn) as number;
      expect(head === -1 ? "record" : head & 31).toBe(n <= INLINE_CHOICES ? n : "record");
      expectSameAsDecide(store, p, bsn);
      expect(store.compiledOf(bsn as Bsn)?.choices.map((c) => c.id)).toEqual(p.choices.map((c) => c.id));
    }
  });

  it("deletes in probing chains keep every other patient's slot, inline copy and answers (one chain that wraps around the table's end)", () => {
    // 12 patients in a 31-slot table; delete from the start, middle and end of the chain.
    const store = createConsentStore(mitzRules, { expectedPatients: 12 });
    const { table } = consentStoreParts(store);
    expect(table.capacity).toBeLessThan(40);
    // BSNs whose home slot is 29 or 30 of 31: one chain that wraps around the end of the table.
    const bsns: Array<string> = [];
    for (let k = 200_000_001; bsns.length < 12; k++)
      if (table.home(k + 1) >= table.capacity - 2) bsns.push(String(k));
    const profiles = new Map<string, ConsentProfile>();
    bsns.forEach((b, i) => {
      const p = profileOf(1 + (i % (INLINE_CHOICES + 3)), b, i);
      profiles.set(b, p);
      store.put(p);
    });
    const check = () => {
      for (const b of bsns) {
        const p = profiles.get(b);
        expect(store.has(b as Bsn)).toBe(p !== undefined);
        expectSameAsDecide(store, p, b);
        if (p === undefined) continue;
        const head = inlineHead(store, b) as number;
        expect(head === -1 ? "record" : head & 31).toBe(
          p.choices.length <= INLINE_CHOICES ? p.choices.length : "record",
        );
      }
      // Every occupied slot's key sits in its inline patient word; every empty slot is all zeros.
      const slots = consentStoreParts(store).table.slots;
      let occupied = 0;
      for (let o = 0; o < slots.length; o += SLOT_WORDS) {
        if (slots[o + SLOT_KEY] === 0)
          expect([...slots.subarray(o, o + SLOT_WORDS)].every((w) => w === 0)).toBe(true);
        else occupied++;
      }
      expect(occupied).toBe(store.size);
    };
    const homes = bsns.map((b) => table.find(bsnNumber(b)) / SLOT_WORDS);
    expect(homes.filter((h) => h < 12).length).toBeGreaterThan(0); // the chain wrapped
    check();
    for (const i of [3, 0, 11, 6, 7, 1]) {
      expect(store.delete(bsns[i] as Bsn)).toBe(true);
      profiles.delete(bsns[i] as string);
      check();
    }
    // Re-insert into the holes, inline and not.
    for (const i of [0, 6, 11]) {
      const p = profileOf(i === 6 ? INLINE_CHOICES + 1 : INLINE_CHOICES, bsns[i] as string, 1);
      profiles.set(bsns[i] as string, p);
      store.put(p);
      check();
    }
  });

  it("the table's growth moves inline copies with their keys", () => {
    const table = new BsnTable(16);
    const record = new Int32Array([2, 0, 0, 5, 6, 7, 8, 9, 10]);
    for (let k = 0; k < 200; k++) {
      record[2] = k;
      record[4] = k * 3;
      table.set(k * 104_729, k, record);
    }
    expect(table.capacity).toBeGreaterThan(200);
    for (let k = 0; k < 200; k++) {
      const b = table.find(k * 104_729);
      expect(table.slots[b + SLOT_PTR]).toBe(k);
      expect(table.slots[b + SLOT_KEY]).toBe(k * 104_729 + 1);
      // The compact copy: word 0 of each entry with the custodian value's low 16 bits, then its
      // high 8 bits and the requester value; the custodian URA 9 is index 0 of the URA table.
      expect([...table.slots.subarray(b + SLOT_RECORD, b + SLOT_RECORD + 7)]).toEqual([
        2 | SLOT_INLINE,
        0,
        k * 104_729 + 1,
        5 | ((k * 3) << 16),
        7 << 8,
        8,
        10 << 8,
      ]);
    }
  });
});
