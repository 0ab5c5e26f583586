import { bsn, explainToText, instant } from "@zorgkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ALL_DATA,
  buildConsentStore,
  type ConsentProfile,
  type ConsentStore,
  compileProfile,
  createConsentStore,
  decide,
  emptyProfile,
  foldProfile,
  loadConsentStore,
  mitzCodeLists2026,
  mitzRules,
  RESULTS,
  snapshotConsentStore,
} from "../src/index.js";
import { BsnTable } from "../src/internal/store-layout.js";
import { makeChoice } from "../src/model.js";
import { arbEventLog } from "../src/testing.js";
import { created, GPS, hospitalX, manyChoiceProfile, org, patient, recorded, request } from "./fixtures.js";

const join = (chunks: ReadonlyArray<Uint8Array>): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

/** A profile of 41 choices, alternating permit and deny: the store keeps it as an object. */
const largeProfile = (): ConsentProfile => manyChoiceProfile((i) => (i % 2 === 0 ? "permit" : "deny"));

function sampleStore(): { store: ConsentStore; profiles: Array<ConsentProfile> } {
  const store = createConsentStore(mitzRules);
  const profiles = fc
    .sample(arbEventLog({ ages: { min: 8, max: 80 } }), { numRuns: 200, seed: 18 })
    .map((l) => foldProfile(l, mitzRules));
  for (const p of profiles) store.put(p);
  const large = largeProfile();
  store.put(large);
  return { store, profiles: [...profiles, large] };
}

const answers = (store: ConsentStore, profiles: ReadonlyArray<ConsentProfile>) =>
  profiles.flatMap((p) =>
    p.patient === undefined
      ? []
      : [ALL_DATA, RESULTS].map((dataCategory) => {
          const d = store.decide(
            request("2026-06-01T10:00:00+02:00", { dataCategory, patient: p.patient } as never),
          );
          return [d.value, d.reason, d.choice?.id];
        }),
  );

describe("snapshots of the consent store", () => {
  it("a loaded snapshot holds the same patients and answers the same, packed and object profiles alike", () => {
    const { store, profiles } = sampleStore();
    expect(store.stats().objectProfiles).toBe(1);
    const loaded = loadConsentStore(join(snapshotConsentStore(store)), mitzRules);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    expect(loaded.value.size).toBe(store.size);
    expect(loaded.value.stats()).toEqual(store.stats());
    expect(answers(loaded.value, profiles)).toEqual(answers(store, profiles));
    for (const p of profiles)
      if (p.patient !== undefined)
        expect(loaded.value.compiledOf(p.patient)?.choices).toEqual(store.compiledOf(p.patient)?.choices);
  });

  it("loads through a read callback that returns a few bytes at a time, and the loaded store takes updates", () => {
    const { store } = sampleStore();
    const bytes = join(snapshotConsentStore(store));
    const loaded = loadConsentStore((into, position) => {
      const part = bytes.subarray(position, Math.min(position + 1000, position + into.length));
      into.set(part);
      return part.length;
    }, mitzRules);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const s = loaded.value;
    const before = s.size;
    s.put(
      foldProfile(
        [
          created("2026-01-05T09:00:00+01:00"),
          recorded("2026-01-05T09:10:00+01:00", "no", {
            custodian: org(hospitalX),
            dataCategory: ALL_DATA,
            decision: "deny",
          }),
        ],
        mitzRules,
      ),
    );
    expect(s.decide(request("2026-02-01T10:00:00+01:00", { dataCategory: RESULTS })).value).toBe("Deny");
    expect(s.size).toBe(store.has(patient) ? before : before + 1);
  });

  it("refuses a file of another version, another kind, other code lists, cut short or corrupted in any section, saying which", () => {
    const { store } = sampleStore();
    const bytes = join(snapshotConsentStore(store));
    const code = (b: Uint8Array, rules = mitzRules) => {
      const r = loadConsentStore(b, rules);
      return r.ok ? "ok" : r.issues[0]?.code;
    };
    expect(code(bytes)).toBe("ok");
    const version = bytes.slice();
    new DataView(version.buffer).setInt32(8, 1, true);
    expect(code(version)).toBe("snapshot-version");
    const r = loadConsentStore(version, mitzRules);
    expect(r.ok ? "" : r.issues[0]?.message).toContain(
      "format version 1; this library reads versions 2 and 3",
    );
    expect(
      code(new TextEncoder().encode("not a snapshot at all, just some text......................")),
    ).toBe("snapshot-format");
    expect(code(bytes.subarray(0, bytes.length - 7))).toBe("snapshot-truncated");
    expect(code(bytes.subarray(0, 50))).toBe("snapshot-truncated");
    const otherLists = {
      ...mitzRules,
      codeLists: {
        ...mitzCodeLists2026,
        requesterCategories: mitzCodeLists2026.requesterCategories.slice(1),
      },
    };
    expect(code(bytes, otherLists)).toBe("snapshot-rules");
    // A flipped bit anywhere (header, hash, records, ids, actors, objects) is caught by a checksum.
    for (const at of [60, 200, 5_000, Math.floor(bytes.length / 2), bytes.length - 40, bytes.length - 2]) {
      const flipped = bytes.slice();
      flipped[at] = (flipped[at] as number) ^ 4;
      expect([at, code(flipped)]).toEqual([at, "snapshot-checksum"]);
    }
  });
});

describe("the consent store's bookkeeping", () => {
  it("put replaces a patient's profile, delete removes it, and decisions made before keep their choice", () => {
    const store = createConsentStore(mitzRules);
    const deny = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        recorded("2026-01-05T09:10:00+01:00", "no", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "deny",
        }),
      ],
      mitzRules,
    );
    const permit = foldProfile(
      [
        created("2026-01-05T09:00:00+01:00"),
        recorded("2026-01-05T09:10:00+01:00", "yes", {
          custodian: org(hospitalX),
          dataCategory: ALL_DATA,
          decision: "permit",
        }),
      ],
      mitzRules,
    );
    const r = request("2026-02-01T10:00:00+01:00", {
      dataCategory: RESULTS,
      requester: { ura: hospitalX, category: GPS },
    } as never);
    expect(store.put(emptyProfile)).toBe(false);
    expect(store.put(deny)).toBe(true);
    const first = store.decide(r);
    expect(store.put(permit)).toBe(true);
    expect(store.size).toBe(1);
    const second = store.decide(r);
    expect([first.value, second.value]).toEqual(["Deny", "Permit"]);
    expect([first.choice?.id, second.choice?.id, first.choice?.id]).toEqual(["no", "yes", "no"]);
    expect(store.stats().deadBytes).toBeGreaterThan(0);
    expect(store.delete(patient)).toBe(true);
    expect([store.has(patient), store.delete(patient), store.size]).toEqual([false, false, 0]);
    expect(store.decide(r).value).toBe("NotApplicable");
    expect(store.compiledOf(patient)).toBeUndefined();
  });

  it("an emergency consent confirmed and withdrawn at the same instant is Indeterminate from then on, as decide says", () => {
    const at = instant("2026-03-01T10:00:00+01:00");
    const choice = makeChoice(
      {
        id: "em",
        custodian: { _tag: "AllCustodians" },
        dataCategory: ALL_DATA,
        requesters: { _tag: "Organisation", ura: hospitalX },
        decision: "permit",
        recordedAt: at,
        recordedBy: { _tag: "Patient" },
        origin: "emergency",
      },
      at,
      undefined,
      instant("2026-03-02T10:00:00+01:00"),
    );
    const store = createConsentStore(mitzRules);
    store.put({ ...emptyProfile, patient, choices: [choice] });
    const ask = (when: string) =>
      store.decide(
        request(when, { dataCategory: RESULTS, requester: { ura: hospitalX, category: GPS } } as never),
      ).value;
    expect([
      ask("2026-03-01T12:00:00+01:00"),
      ask("2026-03-03T12:00:00+01:00"),
      ask("2026-02-01T12:00:00+01:00"),
    ]).toEqual(["Permit", "Indeterminate", "NotApplicable"]);
  });

  it("the BSN hash keeps every key through inserts, replacements and deletions that shift entries back (model: a Map)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 60 })), { maxLength: 300 }),
        (ops) => {
          const table = new BsnTable(16);
          const model = new Map<number, number>();
          ops.forEach(([insert, k], i) => {
            const key = k * 7_919_993;
            if (insert) {
              expect(table.set(key, i)).toBe(model.get(key) ?? -1);
              model.set(key, i);
            } else {
              expect(table.delete(key)).toBe(model.get(key) ?? -1);
              model.delete(key);
            }
          });
          expect(table.size).toBe(model.size);
          for (let k = 0; k <= 60; k++) expect(table.get(k * 7_919_993)).toBe(model.get(k * 7_919_993) ?? -1);
        },
      ),
    );
  });

  it("a profile too large for a record is kept as an object and answers as decide does", () => {
    const large = largeProfile();
    const store = buildConsentStore([large], mitzRules);
    const r = request("2026-02-01T10:00:00+01:00", {
      dataCategory: RESULTS,
      requester: { ura: hospitalX, category: GPS },
    } as never);
    const a = store.decide(r);
    const b = decide(r, compileProfile(large, mitzRules));
    expect([store.stats().objectProfiles, a.value, a.choice?.id]).toEqual([1, b.value, b.choice?.id]);
    expect(explainToText(a, "en")).toBe(explainToText(b, "en"));
  });

  it("buildConsentStore reports progress every progressEvery profiles and once at the end", () => {
    const seen: Array<number> = [];
    const profiles = fc.sample(arbEventLog(), { numRuns: 25, seed: 7 }).map((l) => foldProfile(l, mitzRules));
    const store = buildConsentStore(profiles, mitzRules, {
      progressEvery: 10,
      onProgress: (p) => seen.push(p.profiles),
    });
    expect(seen).toEqual([10, 20, 25]);
    expect(store.size).toBe(new Set(profiles.map((p) => p.patient)).size);
  });

  it("a BSN that is not 9 digits finds no patient", () => {
    const store = createConsentStore(mitzRules);
    expect(store.has("12345" as never)).toBe(false);
    expect(store.has(bsn("111222333"))).toBe(false);
  });
});
