/**
 * Decoders for every input of the package: `unknown` in, `{ ok: true, value }` or
 * `{ ok: false, issues: [{ path, message, actual }] }` out (core's `decode`); never throws.
 *
 * @module
 */
import { decode } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { ContinuationInput } from "./after-termination.js";
import { Contract, Party } from "./contract.js";
import { ConfidentialityBreachInput, Liability, LiabilityCapInput } from "./money-clauses.js";
import { ConflictingProvisions } from "./precedence.js";
import { TariffNoticeInput } from "./tariffs.js";
import { Acceptance, TermsOfUse } from "./terms-of-use.js";

/**
 * Decode a contract: rejects a term ending before it starts, a zero or negative notice period,
 * dates that are not calendar dates (31 April), switches out of order.
 *
 * @example
 * ```ts
 * decodeContract({ start: "2026-04-31", … }); // { ok: false, issues: [{ path: "$.start", message: "day 31 does not exist in 2026-04", … }] }
 * ```
 */
export const decodeContract = decode(Contract);
/**
 * Decode a party: `"customer"` or `"supplier"`.
 *
 * @example
 * ```ts
 * decodeParty("customer"); // { ok: true, value: "customer" }
 * decodeParty("buyer"); // { ok: false, issues: [{ path: "$", message: 'Expected "customer" | "supplier"', … }] }
 * ```
 */
export const decodeParty = decode(Party);
/**
 * Decode the input of `tariffNotice` (MDO-BV 6.6–6.8); an effective date before the notice date is rejected.
 *
 * @example
 * ```ts
 * decodeTariffNoticeInput({ noticeDate: "2026-12-01", effectiveDate: "2026-11-01", change: "indexation-increase" });
 * // { ok: false, issues: [{ path: "$.effectiveDate",
 * //   message: "the effective date (2026-11-01) is before the date of the notice (2026-12-01)", … }] }
 * ```
 */
export const decodeTariffNoticeInput = decode(TariffNoticeInput);
/**
 * Decode the input of `continuation` (MDO-BV 10.8).
 *
 * @example
 * ```ts
 * decodeContinuationInput({ endDate: "2027-12-31", eligibleCase: true, requestedOn: "2027-11-31" });
 * // { ok: false, issues: [{ path: "$.requestedOn", message: "day 31 does not exist in 2027-11", … }] }
 * ```
 */
export const decodeContinuationInput = decode(ContinuationInput);
/**
 * Decode conflicting provisions (at least one) for `resolveConflict` (MDO-MS §3.1, MDO-BV 13.3).
 *
 * @example
 * ```ts
 * decodeProvisions([{ document: "mdo-special-terms", clause: "13.1" }]); // { ok: true, value: [...] }
 * decodeProvisions([]); // { ok: false, issues: [{ path: "$", message: "at least one provision is needed to resolve a conflict", … }] }
 * ```
 */
export const decodeProvisions = decode(ConflictingProvisions);
/**
 * Decode liabilities for `distributeLiabilityCap` (MDO-BV 13.1; amounts as "1000.00", never negative).
 *
 * @example
 * ```ts
 * decodeLiabilities([{ customer: "A", amount: "-5.00", damageEventOn: "2027-03-01" }]);
 * // { ok: false, issues: [{ path: "$[0].amount", message: "a liability cannot be negative", … }] }
 * ```
 */
export const decodeLiabilities = decode(Schema.Array(Liability));
/**
 * Decode terms of use (MOZA 1.2, MITZ §9; unique version ids).
 *
 * @example
 * ```ts
 * decodeTermsOfUse({ name: "MOZA", policy: "every-version", versions: [v1, { ...v1, publishedOn: "2025-05-28" }] });
 * // { ok: false, issues: [{ path: "$.versions[1].id", message: 'version id "v1" appears twice', … }] }
 * ```
 */
export const decodeTermsOfUse = decode(TermsOfUse);
/**
 * Decode acceptances of terms of use: dates, not local times.
 *
 * @example
 * ```ts
 * decodeAcceptances([{ user: "u1", versionId: "2025-04-28", acceptedOn: "2025-05-02T10:00" }]);
 * // { ok: false, issues: [{ path: "$[0].acceptedOn", message: "expected an ISO date YYYY-MM-DD", … }] }
 * ```
 */
export const decodeAcceptances = decode(Schema.Array(Acceptance));
/**
 * Decode the input of `confidentialityPenalty` (MDO-BV 12.5: a party and a whole number of events).
 *
 * @example
 * ```ts
 * decodeConfidentialityBreachInput({ breachingParty: "supplier", events: 1.5 });
 * // { ok: false, issues: [{ path: "$.events", message: "expected a whole number of events ≥ 0", … }] }
 * ```
 */
export const decodeConfidentialityBreachInput = decode(ConfidentialityBreachInput);
/**
 * Decode the input of `distributeLiabilityCap` (MDO-BV 13.1: liabilities and a calendar year).
 *
 * @example
 * ```ts
 * decodeLiabilityCapInput({ liabilities: [], year: 0 });
 * // { ok: false, issues: [{ path: "$.year", message: "expected a calendar year 1–9999", … }] }
 * ```
 */
export const decodeLiabilityCapInput = decode(LiabilityCapInput);
