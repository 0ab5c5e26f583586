import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeAcceptances,
  decodeConfidentialityBreachInput,
  decodeContinuationInput,
  decodeContract,
  decodeLiabilities,
  decodeLiabilityCapInput,
  decodeParty,
  decodeProvisions,
  decodeTariffNoticeInput,
  decodeTermsOfUse,
} from "../src/decoders.js";
import { decodeTerminationClaim } from "../src/grounds.js";
import { arbContract, arbInvalidContractInput, arbMdoContract } from "../src/testing.js";

const decoders = {
  decodeContract,
  decodeParty,
  decodeTariffNoticeInput,
  decodeContinuationInput,
  decodeProvisions,
  decodeLiabilities,
  decodeTermsOfUse,
  decodeAcceptances,
  decodeTerminationClaim,
  decodeConfidentialityBreachInput,
  decodeLiabilityCapInput,
};

describe("decoders never throw (spec §7)", () => {
  for (const [name, decode] of Object.entries(decoders)) {
    it(`${name} returns a result, never an exception, for any input`, () => {
      fc.assert(
        fc.property(
          fc.anything({
            withBigInt: true,
            withDate: true,
            withMap: true,
            withSet: true,
            withNullPrototype: true,
          }),
          (u) => {
            const r = decode(u);
            expect(typeof r.ok).toBe("boolean");
            if (!r.ok) for (const i of r.issues) expect(typeof i.message).toBe("string");
          },
        ),
      );
    });
  }
});

describe("contract arbitraries", () => {
  it("every generated contract (generic or MDO) decodes from its JSON", () => {
    fc.assert(
      fc.property(fc.oneof(arbContract(), arbMdoContract()), (c) => {
        expect(decodeContract(JSON.parse(JSON.stringify(c))).ok).toBe(true);
      }),
    );
  });
  it("every near-miss contract input is rejected with at least one readable issue", () => {
    fc.assert(
      fc.property(arbInvalidContractInput(), (u) => {
        const r = decodeContract(u);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});
