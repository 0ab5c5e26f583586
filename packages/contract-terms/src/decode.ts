/**
 * Every decoder of the package: `unknown` in, core's `DecodeResult` out (`{ ok: true, value }` or
 * `{ ok: false, issues }`); they never throw. Each decodes to exactly the input type of the
 * function it feeds (ADR 0006 §1).
 *
 * @module
 */
import { BoundedArray, type DecodeResult, decode } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { AssignmentRequest, ContinuationRequest } from "./after-termination.js";
import { Contract, Party } from "./contract.js";
import { Agreement, GroundId } from "./figures.js";
import { TerminationClaim } from "./grounds.js";
import { ConfidentialityBreach, Liability, LiabilityCapInput } from "./money-clauses.js";
import { ContractNotice } from "./notice.js";
import { ConflictingProvisions } from "./precedence.js";
import { TariffNotice } from "./tariffs.js";
import { Acceptance, TermsOfUse } from "./terms-of-use.js";

/**
 * Decode an agreement (the rulebook) from JSON: every figure with its citations, lengths positive
 * and at most 100 years, grounds from the known list.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { Agreement, decodeAgreement, mdo2025 } from "@zorgkit/contract-terms";
 * // The JSON form writes amounts as euro strings ("10000.00").
 * const json = JSON.stringify(Schema.encodeSync(Agreement)(mdo2025));
 * decodeAgreement(JSON.parse(json)).ok; // => true
 * decodeAgreement({ ...JSON.parse(json), grounds: [{ id: "boredom" }] }).ok; // => false
 * ```
 */
export const decodeAgreement = decode(Agreement);

/**
 * Decode a contract: rejects a term ending before it starts, a zero, negative or over-long
 * (more than 100 years) length, dates that are not calendar dates (31 April), switches out of
 * order.
 *
 * @example
 * ```ts
 * import { decodeContract, mdoContract } from "@zorgkit/contract-terms";
 * import { date } from "@zorgkit/core";
 * const c = JSON.parse(JSON.stringify(mdoContract({ signedOn: date("2026-03-01") })));
 * decodeContract(c).ok; // => true
 * decodeContract({ ...c, start: "2026-04-31" }).ok; // => false
 * ```
 */
export const decodeContract = decode(Contract);

/**
 * Decode a regular notice for `terminationDate`: the contract, the party and the day of receipt.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { decodeContractNotice, mdoContract } from "@zorgkit/contract-terms";
 * const contract = JSON.parse(JSON.stringify(mdoContract({ signedOn: date("2026-03-01") })));
 * decodeContractNotice({ contract, party: "customer", receivedOn: "2026-10-31" }).ok; // => true
 * decodeContractNotice({ contract, party: "customer", receivedOn: "2026-10-32" }).ok; // => false
 * ```
 */
export const decodeContractNotice = decode(ContractNotice);

/**
 * Decode a party: `"customer"` or `"supplier"`.
 *
 * @example
 * ```ts
 * import { decodeParty } from "@zorgkit/contract-terms";
 * decodeParty("customer"); // => { "ok": true, "value": "customer" }
 * decodeParty("buyer").ok; // => false
 * ```
 */
export const decodeParty = decode(Party);

const decodeGround = decode(Schema.Struct({ ground: GroundId }));
const decodeClaim = decode(TerminationClaim);

/**
 * Decode a termination claim for `mayTerminate` (its contract, party, day of receipt, ground and
 * facts); an unknown ground gets its own message naming the known ones.
 *
 * @example
 * ```ts
 * import { decodeTerminationClaim } from "@zorgkit/contract-terms";
 * decodeTerminationClaim({ ground: "boredom" }).ok; // => false
 * ```
 */
export function decodeTerminationClaim(input: unknown): DecodeResult<TerminationClaim> {
  const g = decodeGround(
    typeof input === "object" && input !== null && "ground" in input ? { ground: input.ground } : input,
  );
  return g.ok ? decodeClaim(input) : g;
}

/**
 * Decode a tariff notice for `tariffNotice` (MDO-BV 6.6–6.8); an effective date before the notice
 * date is rejected.
 *
 * @example
 * ```ts
 * import { decodeTariffNotice } from "@zorgkit/contract-terms";
 * decodeTariffNotice({ noticeDate: "2026-12-01", effectiveDate: "2026-11-01", change: "indexation-increase" }).ok;
 * // => false
 * ```
 */
export const decodeTariffNotice = decode(TariffNotice);

/**
 * Decode a continuation request for `continuation` (MDO-BV 10.8).
 *
 * @example
 * ```ts
 * import { decodeContinuationRequest } from "@zorgkit/contract-terms";
 * decodeContinuationRequest({ endDate: "2027-12-31", eligibleCase: true, requestedOn: "2027-11-31" }).ok;
 * // => false
 * ```
 */
export const decodeContinuationRequest = decode(ContinuationRequest);

/**
 * Decode an assignment request for `assignment` (MDO-BV 13.2, 13.4).
 *
 * @example
 * ```ts
 * import { decodeAssignmentRequest } from "@zorgkit/contract-terms";
 * decodeAssignmentRequest({ party: "supplier", transferDate: "2027-07-01" }).ok; // => true
 * ```
 */
export const decodeAssignmentRequest = decode(AssignmentRequest);

/**
 * Decode conflicting provisions (at least one) for `resolveConflict` (MDO-MS §3.1, MDO-BV 13.3).
 *
 * @example
 * ```ts
 * import { decodeProvisions } from "@zorgkit/contract-terms";
 * decodeProvisions([{ document: "mdo-special-terms", clause: "13.1" }]).ok; // => true
 * decodeProvisions([]).ok; // => false
 * ```
 */
export const decodeProvisions = decode(ConflictingProvisions);

/**
 * Decode liabilities (amounts as "1000.00", never negative; at most 100 000).
 *
 * @example
 * ```ts
 * import { decodeLiabilities } from "@zorgkit/contract-terms";
 * decodeLiabilities([{ customer: "A", amount: "-5.00", damageEventOn: "2027-03-01" }]).ok; // => false
 * ```
 */
export const decodeLiabilities = decode(BoundedArray(Liability, 100_000));

/**
 * Decode the input of `distributeLiabilityCap` (MDO-BV 13.1: liabilities, a calendar year, other caps).
 *
 * @example
 * ```ts
 * import { decodeLiabilityCapInput } from "@zorgkit/contract-terms";
 * decodeLiabilityCapInput({ liabilities: [], year: 0 }).ok; // => false
 * ```
 */
export const decodeLiabilityCapInput = decode(LiabilityCapInput);

/**
 * Decode a confidentiality breach for `confidentialityPenalty` (MDO-BV 12.5: a party and a whole
 * number of events).
 *
 * @example
 * ```ts
 * import { decodeConfidentialityBreach } from "@zorgkit/contract-terms";
 * decodeConfidentialityBreach({ breachingParty: "supplier", events: 1.5 }).ok; // => false
 * ```
 */
export const decodeConfidentialityBreach = decode(ConfidentialityBreach);

/**
 * Decode terms of use (MOZA 1.2, MITZ §9; unique version ids).
 *
 * @example
 * ```ts
 * import { decodeTermsOfUse, mozaTerms } from "@zorgkit/contract-terms";
 * decodeTermsOfUse(JSON.parse(JSON.stringify(mozaTerms))).ok; // => true
 * ```
 */
export const decodeTermsOfUse = decode(TermsOfUse);

/**
 * Decode acceptances of terms of use: dates, not local times (at most 100 000).
 *
 * @example
 * ```ts
 * import { decodeAcceptances } from "@zorgkit/contract-terms";
 * decodeAcceptances([{ user: "u1", versionId: "2025-04-28", acceptedOn: "2025-05-02T10:00" }]).ok; // => false
 * ```
 */
export const decodeAcceptances = decode(BoundedArray(Acceptance, 100_000));
