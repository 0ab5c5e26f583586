// Resource bounds (issue #17, docs/guide/limits.md): every list a decoder reads has a maximum
// length, checked before any item is decoded (core's BoundedArray), so a hostile list of a
// million items is refused with one `too-many` issue instead of being decoded item by item —
// a contract with a million switches used to take over a minute to refuse.
import * as Schema from "effect/Schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BoundCase, itChecksListBounds, junk } from "../../../tools/testkit/limits.js";
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

const contract = Schema.encodeSync(Contract)(
  fc.sample(arbContract(), { numRuns: 1, seed: 17 })[0] as Contract,
);
const agreement = Schema.encodeSync(Agreement)(mdo2025);
const terms = JSON.parse(JSON.stringify(mozaTerms));

const cases: ReadonlyArray<BoundCase> = [
  [
    "decodeContract (switches)",
    maxSwitches,
    (n) => decodeContract({ ...contract, switches: junk(n) }),
    "$.switches",
  ],
  ["decodeLiabilities", 100_000, (n) => decodeLiabilities(junk(n)), "$"],
  [
    "decodeLiabilityCapInput",
    100_000,
    (n) => decodeLiabilityCapInput({ liabilities: junk(n), year: 2027 }),
    "$.liabilities",
  ],
  ["decodeAcceptances", 100_000, (n) => decodeAcceptances(junk(n)), "$"],
  ["decodeProvisions", 1000, (n) => decodeProvisions(junk(n)), "$"],
  [
    "decodeTermsOfUse (versions)",
    10_000,
    (n) => decodeTermsOfUse({ ...terms, versions: junk(n) }),
    "$.versions",
  ],
  ["decodeAgreement (grounds)", 50, (n) => decodeAgreement({ ...agreement, grounds: junk(n) }), "$.grounds"],
];

describe("list bounds are checked before the items", () => {
  itChecksListBounds(cases);
  it("a million switches are refused at once", () => {
    const r = decodeContract({ ...contract, switches: junk(1_000_000) });
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(["$.switches too-many"]);
  });
});
