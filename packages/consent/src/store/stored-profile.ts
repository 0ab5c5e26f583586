/**
 * A profile the consent store keeps as an object (internal: not in the package's exports map), as
 * its snapshot writes it — JSON, `null` for an absent field — and
 * the check both sides make: `loadConsentStore` refuses a snapshot whose objects fail it, so
 * `ConsentStore.put` refuses such a profile before it is stored (issue #17: a profile with a cast
 * URA was stored, then made the whole snapshot unloadable at the next restart).
 *
 * @internal
 * @module
 */
import { WholeNumber } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import type { CompiledProfile } from "../compile.js";
import { Bsn } from "../identifiers.js";
import { MAX_CHOICES } from "../internal/layout.js";
import { Actor, type Choice, ChoiceEffect, ChoiceOrigin, Code, Custodian, Requesters } from "../model.js";

/** A profile kept as an object, as the snapshot holds it. */
export interface ObjectProfile {
  readonly patient: string | undefined;
  readonly pendingCount: number;
  readonly choices: ReadonlyArray<Choice>;
}

/**
 * An instant as the store keeps it: whole epoch milliseconds ≥ 0, as a packed record takes them
 * (`until` is derived — an emergency consent's recording + 72 hours — and stays within the instant
 * range for decoded events, which refuse a later end; a typed profile may still hold one past it).
 */
const StoredMs = Schema.Number.check(
  Schema.makeFilter((n: number) => (Number.isSafeInteger(n) && n >= 0) || "whole epoch milliseconds ≥ 0"),
);

/**
 * A profile kept as an object as the snapshot holds it (JSON: `null` for an absent field), checked
 * before it is compiled: its bytes passed their checksum, which is integrity, not validity (a file
 * edited by hand or written by another program). Its URAs are 8 digits and its actors valid like a
 * decoded event's; its instants are as a packed record takes them ({@link StoredMs}).
 */
const StoredProfile = Schema.Struct({
  patient: Schema.optional(Schema.NullOr(Bsn)),
  pendingCount: WholeNumber,
  choices: Schema.Array(
    Schema.Struct({
      id: Schema.String,
      custodian: Custodian,
      dataCategory: Code,
      requesters: Requesters,
      decision: ChoiceEffect,
      from: StoredMs,
      until: Schema.optional(Schema.NullOr(StoredMs)),
      indeterminateFrom: Schema.optional(Schema.NullOr(StoredMs)),
      recordedAt: StoredMs,
      recordedBy: Actor,
      origin: ChoiceOrigin,
      confirmedBy: Schema.optional(Schema.NullOr(Actor)),
    }),
  ).check(Schema.isMaxLength(MAX_CHOICES)),
});

/** Whether a value read from a snapshot's objects section is a profile the store can hold. */
export const isStoredProfile = Schema.is(StoredProfile);

/** The snapshot's form of a compiled profile kept as an object (before `JSON.stringify`). */
export function storedFormOf(cp: CompiledProfile): ObjectProfile {
  return { patient: cp.patient, pendingCount: cp.pendingCount, choices: cp.choices };
}

/**
 * Whether a compiled profile survives the snapshot's round trip unchanged: it passes
 * {@link isStoredProfile} as it is (so no instant is `NaN` or infinite, which JSON would write as
 * `null`, read back as "absent"), and again once written as JSON and read back. False for values a
 * decoder never gives (a cast URA that is not 8 digits, an unknown actor) and for what JSON cannot
 * hold (cycles).
 */
export function reloadable(cp: CompiledProfile): boolean {
  const stored = storedFormOf(cp);
  if (!isStoredProfile(stored)) return false;
  let text: string;
  try {
    text = JSON.stringify(stored);
  } catch {
    return false;
  }
  return isStoredProfile(JSON.parse(text));
}
