/**
 * The consent check's question (Mitz closed authorisation question): may this custodian make
 * this kind of data available to this requester now?
 *
 * @module
 */
import { Instant } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { Bsn, UraNumber, UziNumber } from "./identifiers.js";
import { Code } from "./model.js";

/** A consent-check request. */
export const ConsentRequest = Schema.Struct({
  patient: Bsn,
  /** The custodian asked to make data available: its URA and its provider type. */
  custodian: Schema.Struct({ ura: UraNumber, type: Code }),
  dataCategory: Code,
  /** The requesting provider, its category, and the acting professional. */
  requester: Schema.Struct({
    ura: UraNumber,
    category: Code,
    professional: Schema.Struct({
      uzi: UziNumber,
      role: Schema.String.check(Schema.isPattern(/^\S.{0,63}$/, { message: "a role code is required" })),
    }),
  }),
  /** Purpose of use (HL7 v3 ActReason): `TREAT`, `COC`, … */
  purpose: Schema.String.check(
    Schema.isPattern(/^[A-Z][A-Z0-9_-]{0,31}$/, {
      message: "a purpose is an upper-case code such as TREAT",
    }),
  ),
  /** Whether the requester treats the patient (behandelrelatie), MITZ §2f. */
  treatmentRelationship: Schema.Boolean,
  at: Instant,
});

/** A consent-check request. */
export type ConsentRequest = typeof ConsentRequest.Type;
