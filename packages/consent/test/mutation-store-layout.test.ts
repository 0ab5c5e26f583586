// Tests that kill surviving mutants of src/internal/store-layout.ts (issue #17, docs/quality.md):
// the store's memory keeps each patient's choices as words (MITZ §2c: every choice counts as the
// patient recorded it), so a packed record must read back as the profile it was packed from, its
// length must be the words it spans (the dead-word count of a retired record), the BSN hash must
// find every patient it holds after growing and after deletions (no patient lost, none kept), and
// a profile the record cannot hold must be refused (-1: the store keeps it as an object). Small
// profiles and tables of 16–64 slots reach each path; two tests use one or two 16 MiB blocks to
// reach a block's end. Every result is computed inside its `it`.
import type { Bsn, Instant } from "@zorgkit/core";
import { describe, expect, it } from "vitest";
import { codeIndexOf, indexCodeLists } from "../src/codes.js";
import {
  type Actor,
  ALL_DATA,
  type Choice,
  type ConsentProfile,
  foldProfile,
  mitzCodeLists2026,
  mitzRules,
  RESULTS,
} from "../src/index.js";
import {
  ActorTable,
  Arena,
  BLOCK_WORDS,
  BsnTable,
  bsnNumber,
  compactEntries,
  IdPool,
  POOL_BLOCK,
  packedRecord,
  packProfile,
  recordLength,
  unpackProfile,
} from "../src/internal/store-layout.js";
import {
  categories,
  confirmedByParent,
  created,
  GPS,
  gpActor,
  HOSPITALS,
  hospitalX,
  hospitalY,
  org,
  PHARMACIES,
  parent,
  recorded,
  type,
} from "./fixtures.js";

const index = () => codeIndexOf(mitzRules);

/** A profile of two choices (one confirmed by a parent), recorded on 5 Jan 2026. */
const base = (): ConsentProfile =>
  foldProfile(
    [
      created("2026-01-05T09:00:00+01:00"),
      recorded("2026-01-05T10:00:00+01:00", "c0", {
        custodian: org(hospitalX),
        dataCategory: ALL_DATA,
        decision: "permit",
      }),
      recorded(
        "2026-01-05T10:01:00+01:00",
        "c1",
        { custodian: org(hospitalY), dataCategory: RESULTS, decision: "deny" },
        parent,
      ),
      confirmedByParent("2026-01-05T10:02:00+01:00", "c1"),
    ],
    mitzRules,
  );

/** The profile with its choices replaced (each a copy of the first choice with `patch`). */
const withChoices = (patches: ReadonlyArray<Partial<Choice>>): ConsentProfile => {
  const p = base();
  const first = p.choices[0] as Choice;
  return { ...p, choices: patches.map((patch, i) => ({ ...first, id: `x${i}`, ...patch }) as Choice) };
};

/** Pack `profile` with fresh tables; its length, and (when packed) what the record reads back as. */
function roundTrip(profile: ConsentProfile) {
  const ids = new IdPool();
  const actors = new ActorTable();
  const length = packProfile(profile, index(), ids, actors);
  if (length < 0) return { length, record: undefined, back: undefined };
  const record = packedRecord.slice(0, length);
  return { length, record, back: unpackProfile(record, 0, index(), ids, actors) };
}

/** The 2026 code lists with `extra` more requester categories (R0, R1, …) after the real ones. */
const widerIndex = (extra: number) => {
  const lists = {
    ...mitzCodeLists2026,
    requesterCategories: [
      ...mitzCodeLists2026.requesterCategories,
      ...Array.from({ length: extra }, (_, i) => ({
        ...mitzCodeLists2026.requesterCategories[0],
        code: `R${i}`,
      })),
    ],
  };
  return indexCodeLists(lists as typeof mitzCodeLists2026);
};

const ms = (s: string) => Date.parse(s) as Instant;

describe("a packed record reads back as the profile it was packed from (MITZ §2c)", () => {
  it("MITZ §2c: recorded-at, confirmer, until and indeterminate-from come back, and the record is as long as packed", () => {
    const p = withChoices([
      { recordedAt: ms("2026-01-05T10:05:00Z"), confirmedBy: parent, recordedBy: parent },
      {
        indeterminateFrom: ms("2026-03-01T00:00:00Z"),
        until: ms("2026-04-01T00:00:00Z"),
        origin: "emergency",
        recordedBy: gpActor,
        custodian: type(HOSPITALS),
      },
      { recordedBy: { _tag: "AuthorisedRepresentative" }, decision: "deny", dataCategory: RESULTS },
    ]);
    const { length, record, back } = roundTrip(p);
    expect(length).toBeGreaterThan(0);
    expect(recordLength(record as Int32Array, 0)).toBe(length);
    expect(back?.patient).toBe(p.patient);
    expect(back?.choices).toEqual(p.choices);
  });

  it("MITZ §2c: the folded profile with a parent's confirmation reads back unchanged", () => {
    const p = base();
    const { length, record, back } = roundTrip(p);
    expect(recordLength(record as Int32Array, 0)).toBe(length);
    expect(back?.choices).toEqual(p.choices);
  });

  it("MITZ §2c: requester categories keep the order they were recorded in, also past six codes", () => {
    const codes = [...index().requesterCodes].reverse();
    expect(codes.length).toBeGreaterThanOrEqual(7);
    const rec = codes.slice(0, 7) as [string, ...Array<string>];
    const p = withChoices([{ requesters: categories(...rec) }, { requesters: categories(GPS, PHARMACIES) }]);
    const { length, record, back } = roundTrip(p);
    expect(recordLength(record as Int32Array, 0)).toBe(length);
    expect(back?.choices).toEqual(p.choices);
  });

  it("MITZ §2c: twelve requester categories in a recorded, non-ascending order read back in that order", () => {
    const ix = widerIndex(6);
    const codes = [...ix.requesterCodes];
    const rec = [codes[0], ...codes.slice(1).reverse()] as [string, ...Array<string>];
    expect(rec.length).toBe(13);
    const p = withChoices([{ requesters: categories(...rec) }, { requesters: categories(GPS) }]);
    const ids = new IdPool();
    const actors = new ActorTable();
    packedRecord.fill(-7);
    const length = packProfile(p, ix, ids, actors);
    const record = packedRecord.slice(0, length);
    expect(recordLength(record, 0)).toBe(length);
    expect(unpackProfile(record, 0, ix, ids, actors).choices).toEqual(p.choices);
  });

  it("MITZ §2c: a slot's compact copy holds requester masks up to 24 bits, the rest of the slot zeroed", () => {
    const ix = widerIndex(20);
    const pack = (codes: [string, ...Array<string>]) => {
      const length = packProfile(
        withChoices([{ requesters: categories(...codes) }]),
        ix,
        new IdPool(),
        new ActorTable(),
      );
      expect(length).toBeGreaterThan(0);
      const out = new Int32Array(16).fill(7);
      return { ok: compactEntries(packedRecord.slice(0, length), 0, new BsnTable(16).uras, out, 4), out };
    };
    const fits = pack(ix.requesterCodes.slice(0, 24) as [string, ...Array<string>]);
    expect(fits.ok).toBe(true);
    expect([...fits.out.subarray(6, 16)]).toEqual(new Array(10).fill(0));
    expect(pack([ix.requesterCodes[24] as string]).ok).toBe(false);
  });

  it("MITZ §2c: no compact copy names a requester URA the full URA table could not take", () => {
    const length = packProfile(
      withChoices([{ custodian: type(HOSPITALS), requesters: { _tag: "Organisation", ura: hospitalY } }]),
      index(),
      new IdPool(),
      new ActorTable(),
    );
    const uras = new BsnTable(16).uras;
    (uras.uras as Array<number>).length = (1 << 24) - 1;
    expect(compactEntries(packedRecord.slice(0, length), 0, uras, new Int32Array(16), 4)).toBe(false);
  });

  it("MITZ §2c: choices of equal specificity keep the profile's order in the record (the first recorded wins a tie)", () => {
    const p = withChoices([
      { custodian: org(hospitalY) },
      { custodian: org(hospitalX) },
      { custodian: org(hospitalY) },
    ]);
    const { record } = roundTrip(p);
    const positions = [0, 1, 2].map((e) => (((record as Int32Array)[3 + 3 * e] as number) >>> 11) & 31);
    expect(positions).toEqual([0, 1, 2]);
  });

  it("MITZ §2c, §2d: a record marks a deny as a deny and only a timed emergency permit as an emergency permit", () => {
    const until = ms("2026-02-01T00:00:00Z");
    const p = withChoices([
      { origin: "patient-portal" },
      { decision: "deny" },
      { origin: "emergency", until, recordedBy: gpActor },
      { origin: "emergency", recordedBy: gpActor },
      { until },
    ]);
    const { record } = roundTrip(p);
    const kinds = [0, 1, 2, 3, 4].map((e) => ((record as Int32Array)[3 + 3 * e] as number) & 3);
    expect(kinds).toEqual([0, 1, 2, 0, 0]);
  });

  it("MITZ §2c: the record's from-bound is the latest start of any choice, in seconds rounded up", () => {
    const p = withChoices([{ from: ms("2026-03-01T00:00:00.500Z") }, { from: ms("2026-01-01T00:00:00Z") }]);
    const { record } = roundTrip(p);
    expect((record as Int32Array)[1]).toBe(Math.ceil(ms("2026-03-01T00:00:00.500Z") / 1000));
  });

  it("MITZ §2c: a from-bound of 2^32 seconds or more is stored as -1 (no bound), not as its low bits", () => {
    const far = 4_294_967_296 * 1000;
    const p = withChoices([{ from: far as Instant, recordedAt: far as Instant }]);
    const { record } = roundTrip(p);
    expect((record as Int32Array)[1]).toBe(-1);
  });
});

describe("a profile the record cannot hold is refused (-1: kept as an object)", () => {
  const refused = (patch: Record<string, unknown>) =>
    roundTrip(withChoices([{}, patch as Partial<Choice>])).length;

  it("MITZ §2c: code lists a record cannot index (no category mask, more than 31 requester categories) are not packed", () => {
    const p = base();
    const ix = index();
    const pack = (i: ReturnType<typeof index>) => packProfile(p, i, new IdPool(), new ActorTable());
    expect(pack({ ...ix, ancestorMask: undefined })).toBe(-1);
    expect(pack({ ...ix, requesterCodes: Array.from({ length: 32 }, (_, i) => `R${i}`) })).toBe(-1);
    expect(pack(ix)).toBeGreaterThan(0);
  });
  it("MITZ §2c: a profile without a patient is not packed", () => {
    expect(roundTrip({ ...base(), patient: undefined as unknown as Bsn }).length).toBe(-1);
  });
  it("MITZ §2c: an unknown origin, an unknown decision, a cast custodian or requester shape are not packed", () => {
    expect(refused({ origin: "fax" })).toBe(-1);
    expect(refused({ decision: "maybe" })).toBe(-1);
    expect(refused({ custodian: { _tag: "Organisation", ura: "1234abcd" } })).toBe(-1);
    expect(refused({ custodian: { _tag: "ProviderType", type: "NOPE" } })).toBe(-1);
    expect(refused({ custodian: { _tag: "Everyone" } })).toBe(-1);
    expect(refused({ requesters: { _tag: "Everyone" } })).toBe(-1);
    expect(refused({ requesters: { _tag: "Categories", codes: [GPS, GPS] } })).toBe(-1);
    expect(refused({ requesters: { _tag: "Categories", codes: [] } })).toBe(-1);
    expect(refused({ requesters: { _tag: "Categories", codes: ["NOPE"] } })).toBe(-1);
    expect(refused({ custodian: { _tag: "Organisation", ura: 12_345_678 } })).toBe(-1);
  });
  it("MITZ §2c: an actor of another shape (recorder or confirmer) is not packed", () => {
    expect(refused({ recordedBy: { _tag: "Robot" } })).toBe(-1);
    expect(refused({ confirmedBy: { _tag: "Parent", relation: "uncle" } })).toBe(-1);
  });
  it("MITZ §2c: ids of 1–255 characters below 256 are packed and read back; longer ones or wider characters are not", () => {
    const long = "a".repeat(255);
    const ok = roundTrip(withChoices([{ id: long }, { id: "\u00ff" }]));
    expect(ok.back?.choices.map((c) => c.id)).toEqual([long, "\u00ff"]);
    expect(refused({ id: "a".repeat(256) })).toBe(-1);
    expect(refused({ id: "a\u0100" })).toBe(-1);
  });
});

describe("the tables behind the records", () => {
  it("MITZ §2c: the same provider and the same id are stored once (one index, one reference)", () => {
    const actors = new ActorTable();
    const a = actors.indexOf(gpActor);
    expect(actors.indexOf({ ...gpActor } as Actor)).toBe(a);
    const ids = new IdPool();
    expect(ids.bytes).toBe(0);
    const ref = ids.intern("c1");
    expect(ids.intern("c1")).toBe(ref);
    expect(ids.bytes).toBe(3);
  });

  it("MITZ §2c: a provider with a cast URA, UZI or role is not taken for the stored provider it spells", () => {
    const actors = new ActorTable();
    const a = actors.indexOf(gpActor);
    expect(a).toBeGreaterThan(3);
    const provider = gpActor as Actor & { readonly _tag: "Provider" };
    for (const field of ["ura", "uzi", "role"] as const) {
      const spelled = { toString: () => provider[field] };
      expect(actors.indexOf({ ...gpActor, [field]: spelled } as unknown as Actor)).toBe(-1);
    }
  });

  it("MITZ §2c: a reserved URA index names no URA, and a full URA table takes no new URA", () => {
    const t = new BsnTable(16);
    t.uras.reserve();
    expect(t.uras.uras).toEqual([-1]);
    expect(t.uras.intern(1111)).toBe(1);
    (t.uras.uras as Array<number>).length = (1 << 24) - 1;
    expect(t.uras.intern(2222)).toBe(-1);
    expect(t.uras.intern(1111)).toBe(1);
  });

  it("MITZ §2c: a BSN is a number only when it is nine digits", () => {
    expect(bsnNumber("111222333")).toBe(111_222_333);
    expect(bsnNumber("11122233")).toBe(-1);
    expect(bsnNumber("11122233x")).toBe(-1);
    expect(bsnNumber("11122233/")).toBe(-1);
  });

  it("MITZ §2c: a full actor table refuses a new provider", () => {
    const actors = new ActorTable();
    (actors.actors as Array<Actor>).length = 1 << 22;
    expect(actors.indexOf(gpActor)).toBe(-1);
  });

  it("MITZ §4: a fresh arena has retired nothing and uses no words; a record that fills a block stays in it", () => {
    const arena = new Arena();
    expect(arena.retired).toEqual([]);
    expect(arena.words).toBe(0);
    const words = new Int32Array(8).fill(7);
    expect(arena.append(words, 8)).toBe(0);
    expect(arena.words).toBe(8);
    arena.used = BLOCK_WORDS - 8;
    expect(arena.append(words, 8)).toBe(BLOCK_WORDS - 8);
    expect(arena.blocks.length).toBe(1);
    expect(arena.append(words, 4)).toBe(BLOCK_WORDS);
    expect(arena.words).toBe(BLOCK_WORDS + 4);
    expect(arena.block(BLOCK_WORDS)[0]).toBe(7);
  });

  it("MITZ §2c: an id that fills a pool block stays in it, the next starts the second block", () => {
    const ids = new IdPool();
    ids.intern("a");
    ids.used = POOL_BLOCK - 3;
    const r1 = ids.intern("bc");
    expect(r1).toBe(POOL_BLOCK - 3);
    const r2 = ids.intern("de");
    expect(r2).toBe(POOL_BLOCK);
    expect([ids.read(r1), ids.read(r2)]).toEqual(["bc", "de"]);
    expect(ids.bytes).toBe(POOL_BLOCK + 3);
  });
});

describe("the BSN hash finds every patient it holds (none lost, none kept)", () => {
  it("MITZ §2c: a table sized for n patients holds them without growing", () => {
    for (const n of [10, 1000]) {
      const t = new BsnTable(BsnTable.capacityFor(n));
      const cap = t.capacity;
      expect(cap * 0.8).toBeGreaterThanOrEqual(n);
      for (let i = 0; i < n; i++) t.set(100_000_000 + i * 7919, i);
      expect(t.capacity).toBe(cap);
    }
  });

  it("MITZ §4: deleting the first of a cluster that wraps past the last slot keeps the wrapped patient findable", () => {
    const t = new BsnTable(16);
    const withHome = (h: number, skip = 0) => {
      let found = 0;
      for (let b = 0; ; b++) if (t.home(b + 1) === h && found++ === skip) return b;
    };
    const a = withHome(14) as number;
    const b = withHome(15) as number;
    const c = withHome(15, 1) as number;
    t.set(a, 1);
    t.set(b, 2);
    t.set(c, 3);
    expect(t.delete(a)).toBe(1);
    expect([t.get(a), t.get(b), t.get(c)]).toEqual([-1, 2, 3]);
  });

  it("MITZ §4: growing the table keeps patients whose homes collide at the new capacity", () => {
    const t = new BsnTable(16);
    const wide = new BsnTable(32);
    const withHome = (h: number) => {
      const out: Array<number> = [];
      for (let b = 0; out.length < 2; b++) if (wide.home(b + 1) === h) out.push(b);
      return out;
    };
    // Two patients whose home is the last slot (the second wraps to slot 0), two whose home is slot 0.
    const bsns = [...withHome(31), ...withHome(0)];
    for (const [i, b] of bsns.entries()) t.set(b, i);
    t.resize(32);
    expect(t.capacity).toBe(32);
    expect(bsns.map((b) => t.get(b))).toEqual([0, 1, 2, 3]);
  });

  it("MITZ §4: after growing and after deletions in a full, wrapping table every kept patient is found and no deleted one", () => {
    const wrong: Array<string> = [];
    for (let seed = 1; seed <= 40; seed++) {
      const t = new BsnTable(16);
      const live = new Map<number, number>();
      let x = seed;
      const next = () => {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        return x;
      };
      for (let step = 0; step < 120; step++) {
        const bsn = next() % 40;
        if (next() % 3 === 0 && live.has(bsn)) {
          if (t.delete(bsn) !== live.get(bsn)) wrong.push(`${seed}/${step}: delete ${bsn}`);
          live.delete(bsn);
        } else {
          t.set(bsn, step);
          live.set(bsn, step);
        }
        for (let b = 0; b < 40; b++)
          if (t.get(b) !== (live.get(b) ?? -1)) wrong.push(`${seed}/${step}: get ${b}`);
      }
      if (t.size !== live.size) wrong.push(`${seed}: size`);
    }
    expect(wrong).toEqual([]);
  });
});
