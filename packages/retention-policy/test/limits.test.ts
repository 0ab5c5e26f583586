// Resource bounds (issue #17, docs/guide/limits.md): every list and map a decoder reads has a
// maximum size, checked before any item is decoded, so a hostile input of a million items is
// refused with one `too-many` issue instead of decoded item by item (a million backups used to
// take 45 s and 440 MB to refuse).
import { describe, expect, it } from "vitest";
import { type BoundCase, itChecksListBounds, junk } from "../../../tools/testkit/limits.js";
import {
  decodeBackupScheme,
  decodeBackups,
  decodeRetentionPolicy,
  decodeRetentionRecord,
  decodeRetentionRecords,
  mdoSlaBackupScheme,
  vjzRetention,
} from "../src/index.js";

const junkKeys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, "no date"]));
const policy = JSON.parse(JSON.stringify(vjzRetention));
const scheme = JSON.parse(JSON.stringify(mdoSlaBackupScheme));
const record = { id: "r1", recordClass: "phone-recording", events: { created: "2026-01-05" } };

const cases: ReadonlyArray<BoundCase> = [
  ["decodeRetentionRecords", 100_000, (n) => decodeRetentionRecords(junk(n), vjzRetention), "$"],
  ["decodeBackups", 100_000, (n) => decodeBackups(junk(n)), "$"],
  [
    "decodeRetentionPolicy (rules)",
    10_000,
    (n) => decodeRetentionPolicy({ ...policy, rules: junk(n) }),
    "$.rules",
  ],
  [
    "decodeRetentionPolicy (classes)",
    1000,
    (n) => decodeRetentionPolicy({ ...policy, classes: junkKeys(n) }),
    "$.classes",
  ],
  ["decodeBackupScheme (rules)", 50, (n) => decodeBackupScheme({ ...scheme, rules: junk(n) }), "$.rules"],
  [
    "decodeRetentionRecord (events)",
    40,
    (n) => decodeRetentionRecord({ ...record, events: junkKeys(n) }, vjzRetention),
    "$.events",
  ],
  [
    "decodeRetentionRecord (holds)",
    100,
    (n) => decodeRetentionRecord({ ...record, holds: junk(n) }, vjzRetention),
    "$.holds",
  ],
];

describe("list and map bounds are checked before the items", () => {
  itChecksListBounds(cases);
  it("a million backups are refused at once", () => {
    const r = decodeBackups(junk(1_000_000));
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(["$ too-many"]);
  });
});

describe("a long name is refused by its length, before its pattern", () => {
  it("a policy id of 10⁷ characters: one too-long issue with the package's message", () => {
    const r = decodeRetentionPolicy({ ...policy, id: "a".repeat(10_000_000) });
    expect(r.ok ? [] : r.issues.filter((i) => i.path === "$.id").map((i) => [i.code, i.message])).toEqual([
      ["too-long", "a name has at most 64 characters"],
    ]);
  });
  it("a time zone of 10⁷ characters: refused by length, not looked up", () => {
    const r = decodeBackupScheme({ ...scheme, timeZone: "E".repeat(10_000_000) });
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(["$.timeZone too-long"]);
  });
  it("64 characters pass the length check (then the pattern decides)", () => {
    const r = decodeRetentionPolicy({ ...policy, id: "a".repeat(64) });
    expect(r.ok).toBe(true);
  });
});
