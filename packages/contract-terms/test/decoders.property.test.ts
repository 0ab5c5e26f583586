import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeAcceptances,
  decodeAgreement,
  decodeAssignmentRequest,
  decodeConfidentialityBreach,
  decodeContinuationRequest,
  decodeContract,
  decodeContractNotice,
  decodeLiabilities,
  decodeLiabilityCapInput,
  decodeParty,
  decodeProvisions,
  decodeTariffNotice,
  decodeTerminationClaim,
  decodeTermsOfUse,
} from "../src/decode.js";
import { arbContract, arbInvalidContractInput, arbMdoContract } from "../src/testing.js";

const decoders = {
  decodeContract,
  decodeContractNotice,
  decodeParty,
  decodeTariffNotice,
  decodeContinuationRequest,
  decodeProvisions,
  decodeLiabilities,
  decodeTermsOfUse,
  decodeAcceptances,
  decodeTerminationClaim,
  decodeConfidentialityBreach,
  decodeLiabilityCapInput,
  decodeAgreement,
  decodeAssignmentRequest,
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
