/**
 * Decoders for every input of the package: `unknown` in, `{ ok: true, value }` or
 * `{ ok: false, issues: [{ path, message, actual }] }` out (core's `decode`); never throws.
 *
 * @module
 */
import { decode } from "@zorgkit/core";
import { Schema } from "effect";
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
export const decodeContract = /* @__PURE__ */ (() => decode(Contract))();
/** Decode a party: `"customer"` or `"supplier"`. */
export const decodeParty = /* @__PURE__ */ (() => decode(Party))();
/** Decode the input of `tariffNotice`; an effective date before the notice date is rejected. */
export const decodeTariffNoticeInput = /* @__PURE__ */ (() => decode(TariffNoticeInput))();
/** Decode the input of `continuation`. */
export const decodeContinuationInput = /* @__PURE__ */ (() => decode(ContinuationInput))();
/** Decode conflicting provisions (at least one) for `resolveConflict`. */
export const decodeProvisions = /* @__PURE__ */ (() => decode(ConflictingProvisions))();
/** Decode liabilities for `distributeLiabilityCap` (amounts as "1000.00", never negative). */
export const decodeLiabilities = /* @__PURE__ */ (() => decode(Schema.Array(Liability)))();
/** Decode terms of use (unique version ids). */
export const decodeTermsOfUse = /* @__PURE__ */ (() => decode(TermsOfUse))();
/** Decode acceptances of terms of use. */
export const decodeAcceptances = /* @__PURE__ */ (() => decode(Schema.Array(Acceptance)))();
/** Decode the input of `confidentialityPenalty` (a party and a whole number of events). */
export const decodeConfidentialityBreachInput = /* @__PURE__ */ (() => decode(ConfidentialityBreachInput))();
/** Decode the input of `distributeLiabilityCap` (liabilities and a calendar year). */
export const decodeLiabilityCapInput = /* @__PURE__ */ (() => decode(LiabilityCapInput))();
