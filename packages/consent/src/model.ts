/**
 * The consent model (MITZ §2c): a choice (toestemmingskeuze) is given **to a custodian**
 * (bronhouder: an organisation by URA number, a type of provider, or every provider), **for a data
 * category**, **towards requesters** (categories of consulting providers, one organisation, or
 * all), with decision `permit` or `deny`. The choices of one patient form the consent profile.
 *
 * @module
 */
import { BoundedArray, type Instant } from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { UraNumber, UziNumber } from "./identifiers.js";
import { MAX_CODE_LIST_ENTRIES } from "./rulebook.js";

/** A code of a code list (checked against the code lists in use when decoding). */
export const Code = Schema.String.check(
  Schema.isPattern(/^[A-Za-z0-9][A-Za-z0-9:._-]{0,63}$/, {
    message: "a code is 1–64 letters, digits or : . _ -",
  }),
);

/** `permit` (toestemming) or `deny` (a recorded "no", an objection). */
export const ChoiceEffect = Schema.Literals(["permit", "deny"]);
export type ChoiceEffect = typeof ChoiceEffect.Type;

/**
 * Custodian (bronhouder): the provider holding the data. Specificity (see `precedence.ts`):
 * `Organisation` > `ProviderType` > `AllCustodians`.
 */
export const Custodian = Schema.TaggedUnion({
  /** A named organisation, by URA number. */
  Organisation: { ura: UraNumber },
  /** Every provider of a type (provider type codes = the requester category list). */
  ProviderType: { type: Code },
  /** Every provider (used by emergency consent, MITZ §2d). */
  AllCustodians: {},
});
export type Custodian = typeof Custodian.Type;

/**
 * Requesters (raadplegers): who may consult. Specificity: `Organisation` > `Categories` > `AllRequesters`.
 */
export const Requesters = Schema.TaggedUnion({
  /** One named organisation (the provider that recorded an emergency consent, MITZ §2d). */
  Organisation: { ura: UraNumber },
  /**
   * Named requester categories (Mitz RPZAC codes): at least one, and at most as many as a
   * rulebook's code list may hold (1000), the length checked before any code is read.
   */
  Categories: {
    codes: BoundedArray(Code, MAX_CODE_LIST_ENTRIES).pipe(
      Schema.decodeTo(Schema.NonEmptyArray(Code).check(Schema.isMaxLength(MAX_CODE_LIST_ENTRIES))),
    ),
  },
  /** Every requester. */
  AllRequesters: {},
});
export type Requesters = typeof Requesters.Type;

/**
 * Who did something. A provider is always identified by its URA number and the acting
 * professional's UZI number and role (MITZ §6b: the patient can always see who recorded a choice).
 */
export const Actor = Schema.TaggedUnion({
  /** The patient, logged in with DigiD (MITZ §1c, §5b). */
  Patient: {},
  /** A parent with authority (gezaghebbende ouder) or a legal representative (wettelijk vertegenwoordiger), MITZ §5c–d. */
  Parent: { relation: Schema.Literals(["parent", "legal-representative"]) },
  /** Someone the patient authorised (gemachtigde), MITZ §5c. */
  AuthorisedRepresentative: {},
  /** A provider, identified (MITZ §6b). */
  Provider: {
    ura: UraNumber,
    uzi: UziNumber,
    role: Schema.String.check(Schema.isPattern(/^\S.{0,63}$/, { message: "a role code is required" })),
  },
});
export type Actor = typeof Actor.Type;

/** How a choice entered the profile. */
export const ChoiceOrigin = Schema.Literals(["patient-portal", "provider", "import", "emergency"]);
export type ChoiceOrigin = typeof ChoiceOrigin.Type;

/**
 * A choice in force in a profile (or waiting for a parent's confirmation, see `pending`).
 * `from` is the instant it started to count; `until` (exclusive) is set only for an unconfirmed
 * emergency consent; `indeterminateFrom` marks an emergency consent whose validity cannot be
 * established from that instant on (confirmed and withdrawn at the same instant).
 */
export interface Choice {
  readonly id: string;
  readonly custodian: Custodian;
  readonly dataCategory: string;
  readonly requesters: Requesters;
  readonly decision: ChoiceEffect;
  readonly from: Instant;
  readonly until: Instant | undefined;
  readonly indeterminateFrom: Instant | undefined;
  readonly recordedAt: Instant;
  readonly recordedBy: Actor;
  readonly origin: ChoiceOrigin;
  /**
   * Who made the choice count by confirming it, when that is not who recorded it: the parent of
   * a minor (MITZ §5d), or the patient confirming an emergency consent (MITZ §2d). Shown in the
   * explanation, so the patient can always see who recorded the choice (MITZ §6b).
   */
  readonly confirmedBy: Actor | undefined;
}

/** The fields of a choice before it counts (a pending choice). */
export type ChoiceDraft = Omit<Choice, "from" | "until" | "indeterminateFrom" | "confirmedBy">;

/**
 * Make a {@link Choice} with every field in a fixed order (one object shape for all choices,
 * which keeps V8's hidden classes shared and profiles small in memory).
 *
 * @example
 * ```ts
 * import { instant, uraNumber } from "@zorgkit/core";
 *
 * const c = makeChoice(
 *   {
 *     id: "c-1",
 *     custodian: { _tag: "Organisation", ura: uraNumber("00001111") },
 *     dataCategory: "zorgkit:all",
 *     requesters: { _tag: "AllRequesters" },
 *     decision: "permit",
 *     recordedAt: instant("2026-01-05T09:10:00+01:00"),
 *     recordedBy: { _tag: "Patient" },
 *     origin: "patient-portal",
 *   },
 *   instant("2026-01-05T09:10:00+01:00"),
 * );
 * c.until; // => undefined
 * ```
 */
export function makeChoice(
  draft: ChoiceDraft,
  from: Instant,
  until: Instant | undefined = undefined,
  indeterminateFrom: Instant | undefined = undefined,
  confirmedBy: Actor | undefined = undefined,
): Choice {
  return {
    id: draft.id,
    custodian: draft.custodian,
    dataCategory: draft.dataCategory,
    requesters: draft.requesters,
    decision: draft.decision,
    from,
    until,
    indeterminateFrom,
    recordedAt: draft.recordedAt,
    recordedBy: draft.recordedBy,
    origin: draft.origin,
    confirmedBy,
  };
}

/** Whether a choice counts at an instant: `from ≤ at < until`.
 *
 * @example
 * ```ts
 * import { instant, uraNumber } from "@zorgkit/core";
 *
 * const from = instant("2026-03-28T10:00:00+01:00");
 * const emergency = makeChoice(
 *   {
 *     id: "em-1",
 *     custodian: { _tag: "AllCustodians" },
 *     dataCategory: "zorgkit:all",
 *     requesters: { _tag: "Organisation", ura: uraNumber("00003333") },
 *     decision: "permit",
 *     recordedAt: from,
 *     recordedBy: { _tag: "Patient" },
 *     origin: "emergency",
 *   },
 *   from,
 *   instant("2026-03-31T11:00:00+02:00"),
 * );
 * isValidAt(emergency, from + 71 * 3_600_000); // => true
 * isValidAt(emergency, from + 72 * 3_600_000); // => false
 * ```
 */
export function isValidAt(choice: Choice, at: number): boolean {
  return choice.from <= at && (choice.until === undefined || at < choice.until);
}

/** The key under which a newer choice replaces an older one (custodian, category, requesters).
 *
 * @example
 * ```ts
 * choiceKey({ custodian: { _tag: "ProviderType", type: "RPZAC104" }, dataCategory: "GGC002", requesters: { _tag: "AllRequesters" } });
 * // "T:RPZAC104|GGC002|*"
 * ```
 */
export function choiceKey(c: Pick<Choice, "custodian" | "dataCategory" | "requesters">): string {
  const cu =
    c.custodian._tag === "Organisation"
      ? `O:${c.custodian.ura}`
      : c.custodian._tag === "ProviderType"
        ? `T:${c.custodian.type}`
        : "*";
  const rq =
    c.requesters._tag === "Organisation"
      ? `O:${c.requesters.ura}`
      : c.requesters._tag === "Categories"
        ? `C:${[...new Set(c.requesters.codes)].sort().join(",")}`
        : "*";
  return `${cu}|${c.dataCategory}|${rq}`;
}

/** A short English/Dutch description of an actor, without BSNs.
 *
 * @example
 * ```ts
 * describeActor({ _tag: "Patient" }).nl; // "de patiënt"
 * ```
 */
export function describeActor(a: Actor): { en: string; nl: string } {
  switch (a._tag) {
    case "Patient":
      return { en: "the patient", nl: "de patiënt" };
    case "Parent":
      return a.relation === "parent"
        ? { en: "a parent", nl: "een ouder" }
        : { en: "a legal representative", nl: "een wettelijk vertegenwoordiger" };
    case "AuthorisedRepresentative":
      return { en: "an authorised representative", nl: "een gemachtigde" };
    case "Provider":
      return {
        en: `provider URA ${a.ura} (professional UZI ${a.uzi}, role ${a.role})`,
        nl: `zorgaanbieder URA ${a.ura} (zorgverlener UZI ${a.uzi}, rol ${a.role})`,
      };
  }
}

/** A short description of a custodian.
 *
 * @example
 * ```ts
 * describeCustodian({ _tag: "AllCustodians" }).en; // "every custodian"
 * ```
 */
export function describeCustodian(c: Custodian): { en: string; nl: string } {
  switch (c._tag) {
    case "Organisation":
      return { en: `custodian URA ${c.ura}`, nl: `bronhouder URA ${c.ura}` };
    case "ProviderType":
      return { en: `every custodian of type ${c.type}`, nl: `elke bronhouder van type ${c.type}` };
    case "AllCustodians":
      return { en: "every custodian", nl: "elke bronhouder" };
  }
}

/** A short description of requesters.
 *
 * @example
 * ```ts
 * describeRequesters({ _tag: "Categories", codes: ["RPZAC001"] }).en; // "requesters of RPZAC001"
 * ```
 */
export function describeRequesters(r: Requesters): { en: string; nl: string } {
  switch (r._tag) {
    case "Organisation":
      return { en: `requester URA ${r.ura}`, nl: `opvrager URA ${r.ura}` };
    case "Categories":
      return { en: `requesters of ${r.codes.join(", ")}`, nl: `opvragers van ${r.codes.join(", ")}` };
    case "AllRequesters":
      return { en: "every requester", nl: "elke opvrager" };
  }
}
