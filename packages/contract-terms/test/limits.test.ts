// Resource bounds (issue #17, docs/guide/limits.md): every list a decoder reads has a maximum
// length, checked before any item is decoded (core's BoundedArray), so a hostile list of a
// million items is refused with one `too-many` issue instead of being decoded item by item —
// a contract with a million switches used to take over a minute to refuse.
import type { DecodeIssue } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  Agreement,
  Contract,
  decodeAcceptances,
  decodeAgreement,
  decodeContract,
  decodeLiabilities,
  decodeLiabilityCapInput,
  decodeProvisions,
  decodeTermsOfUse,
  maxSwitches,
  mdo2025,
  mozaTerms,
} from "../src/index.js";
import { arbContract } from "../src/testing.js";

type Result = {
  readonly ok: boolean;
  readonly issues?: ReadonlyArray<DecodeIssue>;
  readonly totalIssues?: number;
};
const junk = (n: number) => new Array(n).fill({ not: "an item" });
const contract = Schema.encodeSync(Contract)(
  fc.sample(arbContract(), { numRuns: 1, seed: 17 })[0] as Contract,
);
const agreement = Schema.encodeSync(Agreement)(mdo2025);
const terms = JSON.parse(JSON.stringify(mozaTerms));

const cases: ReadonlyArray<readonly [string, number, (xs: unknown[]) => Result, string]> = [
  [
    "decodeContract (switches)",
    maxSwitches,
    (xs) => decodeContract({ ...contract, switches: xs }),
    "$.switches",
  ],
  ["decodeLiabilities", 100_000, (xs) => decodeLiabilities(xs), "$"],
  [
    "decodeLiabilityCapInput",
    100_000,
    (xs) => decodeLiabilityCapInput({ liabilities: xs, year: 2027 }),
    "$.liabilities",
  ],
  ["decodeAcceptances", 100_000, (xs) => decodeAcceptances(xs), "$"],
  ["decodeProvisions", 1000, (xs) => decodeProvisions(xs), "$"],
  ["decodeTermsOfUse (versions)", 10_000, (xs) => decodeTermsOfUse({ ...terms, versions: xs }), "$.versions"],
  ["decodeAgreement (grounds)", 50, (xs) => decodeAgreement({ ...agreement, grounds: xs }), "$.grounds"],
];

describe("list bounds are checked before the items", () => {
  it.each(cases)("%s: %d + 1 items are refused with one too-many issue", (_, max, call, path) => {
    const r = call(junk(max + 1));
    expect(r.ok).toBe(false);
    expect(r.issues?.filter((i) => i.path.startsWith(path))).toEqual([
      expect.objectContaining({ path, code: "too-many" }),
    ]);
  });
  it.each(cases)(
    "%s: %d items are decoded item by item (the bound itself is allowed)",
    (_, max, call, path) => {
      const r = call(junk(max));
      expect(r.ok).toBe(false);
      expect(r.issues?.some((i) => i.code === "too-many")).toBe(false);
      expect(r.issues?.some((i) => i.path.startsWith(`${path}[0]`))).toBe(true);
    },
  );
  it("a million switches are refused at once", () => {
    const r = decodeContract({ ...contract, switches: junk(1_000_000) });
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(["$.switches too-many"]);
  });
});
