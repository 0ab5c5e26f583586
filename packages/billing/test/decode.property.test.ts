import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sourceIds } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  BillingRules,
  ClaimRules,
  commercialInterestRates,
  decodeAccount,
  decodeAllocationVotes,
  decodeBillingRules,
  decodeClaimRules,
  decodeCollectionCostRule,
  decodeCostAllocation,
  decodeCostPlusInput,
  decodeFunding,
  decodeInterestClaim,
  decodeInterestTable,
  decodeInvoice,
  decodeMaternityClaim,
  decodeTariffEvents,
  decodeTariffIndexation,
  InterestTable,
  mdoBilling,
  statutoryInterestRates,
  vgzMaternityClaims,
} from "../src/index.js";

const decoders: ReadonlyArray<[string, (u: unknown) => { ok: boolean }]> = [
  ["decodeInterestClaim", decodeInterestClaim],
  ["decodeInterestTable", decodeInterestTable],
  ["decodeCollectionCostRule", decodeCollectionCostRule],
  ["decodeBillingRules", decodeBillingRules],
  ["decodeInvoice", decodeInvoice],
  ["decodeAccount", (u) => decodeAccount(u, mdoBilling)],
  ["decodeAllocationVotes", decodeAllocationVotes],
  ["decodeCostAllocation", decodeCostAllocation],
  ["decodeFunding", decodeFunding],
  ["decodeTariffIndexation", decodeTariffIndexation],
  ["decodeTariffEvents", decodeTariffEvents],
  ["decodeMaternityClaim", decodeMaternityClaim],
  ["decodeClaimRules", decodeClaimRules],
  ["decodeCostPlusInput", (u) => decodeCostPlusInput(u, mdoBilling)],
];

describe("decoders never throw (fc.anything)", () => {
  test.each(decoders)("%s", (_name, d) => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
        }),
        (u) => {
          const r = d(u);
          expect(typeof r.ok).toBe("boolean");
        },
      ),
      { numRuns: 300 },
    );
  });

  test.each(decoders)("%s on near-miss objects (valid-looking keys, garbage values)", (_name, d) => {
    const keys = [
      "principal",
      "defaultFrom",
      "through",
      "payments",
      "invoices",
      "events",
      "lines",
      "month",
      "rows",
      "amount",
      "on",
      "type",
    ];
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...keys),
          fc.oneof(fc.string(), fc.integer(), fc.constant([]), fc.constant(null), fc.object()),
        ),
        (u) => {
          expect(typeof d(u).ok).toBe("boolean");
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("the presets are valid rulebooks: encoded to JSON they decode again", () => {
  test("mdoBilling", () => {
    const json = JSON.parse(JSON.stringify(Schema.encodeSync(BillingRules)(mdoBilling)));
    expect(decodeBillingRules(json).ok).toBe(true);
  });
  test("commercialInterestRates and statutoryInterestRates", () => {
    for (const t of [commercialInterestRates, statutoryInterestRates]) {
      const json = JSON.parse(JSON.stringify(Schema.encodeSync(InterestTable)(t)));
      expect(decodeInterestTable(json).ok).toBe(true);
    }
  });
  test("vgzMaternityClaims", () => {
    expect(
      decodeClaimRules(JSON.parse(JSON.stringify(Schema.encodeSync(ClaimRules)(vgzMaternityClaims)))).ok,
    ).toBe(true);
  });
  test("a typo in a rulebook key is rejected, not ignored (ADR 0006 §4)", () => {
    const json = JSON.parse(JSON.stringify(Schema.encodeSync(BillingRules)(mdoBilling)));
    const r = decodeBillingRules({ ...json, paymentTermDay: json.paymentTermDays });
    expect(r.ok).toBe(false);
  });
});

describe("logic names no contract (ADR 0007 §1)", () => {
  const src = fileURLToPath(new URL("../src", import.meta.url));
  const files = (dir: string): Array<string> =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? (n === "presets" ? [] : files(p)) : n.endsWith(".ts") ? [p] : [];
    });
  test("outside src/presets no code calls cite( or writes a built-in source id", () => {
    const offenders: Array<string> = [];
    for (const f of files(src)) {
      // comments (TSDoc) may name the clause a function implements; code may not
      const code = readFileSync(f, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/^\s*\/\/.*$/gm, "");
      if (/\bcite\(/.test(code)) offenders.push(`${f}: cite(`);
      for (const id of sourceIds)
        if (code.includes(`"${id}"`) || code.includes(`${id} `)) offenders.push(`${f}: ${id}`);
    }
    expect(offenders).toEqual([]);
  });
});
