/**
 * The consent rulebook (ADR 0007): the code lists and the figures the rules use — the longest
 * validity of an emergency consent, the age thresholds of MITZ §5d — each with its citations.
 * Plain data in a leaf module: the logic and the presets import it, nothing else. Every function
 * that needs a figure takes the rulebook (`mitzRules`, or a team's own); there is no default.
 *
 * @module
 */
import { BoundedArray, Citation, Citations, Figure, isBoundedLength, WholeNumber } from "@zorgkit/core";
import * as Schema from "effect/Schema";

/** One entry of a code list. */
export interface CodeEntry {
  readonly code: string;
  readonly en: string;
  readonly nl: string;
  readonly citations: ReadonlyArray<Citation>;
}

/** A data category: its parent (`undefined` for the root "all data"). */
export interface DataCategoryEntry extends CodeEntry {
  readonly parent?: string | undefined;
}

/** A versioned set of code lists. */
export interface CodeLists {
  readonly version: string;
  /** Categories of requesting providers; also used as the custodian's provider type. */
  readonly requesterCategories: ReadonlyArray<CodeEntry>;
  /** Data categories; exactly one has no parent (the root). */
  readonly dataCategories: ReadonlyArray<DataCategoryEntry>;
}

/**
 * The clauses the consent rules follow, by the role they play (ADR 0007 §1: the logic cites only
 * what its rulebook names; `mitzRules` fills them with MITZ, VJZ and nl-generic-functions).
 */
export interface ConsentClauses {
  /** Who may create a profile. */
  readonly profileCreation: Citation;
  /** The choices a patient records (ja/nee per provider, data and requesters). */
  readonly choices: Citation;
  /** The emergency consent. */
  readonly emergency: Citation;
  /** Data only for the patient's treatment, by a treating provider. */
  readonly treatmentOnly: Citation;
  /** A permit is consent on record, not an exchange. */
  readonly permitIsNotExchange: Citation;
  /** The profile's data and its deletion. */
  readonly profileData: Citation;
  /** Authorised and legal representatives. */
  readonly representatives: Citation;
  /** Minors: who consents at which age. */
  readonly minors: Citation;
  /** A provider records at the patient's request. */
  readonly providerRecords: Citation;
  /** Notifications (and an identified provider). */
  readonly notifications: Citation;
  /** A provider imports consents given to it earlier. */
  readonly providerImports: Citation;
  /** The precedence of choices. */
  readonly precedence: Citation;
  /** How long the profile is kept (retention facts). */
  readonly profileRetention: Citation;
  /** How long the notification subscription is kept. */
  readonly subscriptionRetention: Citation;
  /** How long the audit log of consent checks is kept. */
  readonly loggingRetention: Citation;
}

/** The consent rulebook. */
export interface ConsentRules {
  /** A name for explanations and errors (`"MijnMitz 2026"`). */
  readonly name: string;
  readonly codeLists: CodeLists;
  /** Longest validity of an emergency consent, in hours of elapsed time (MITZ §2d: 72). */
  readonly emergencyConsentMaxHours: Figure<number>;
  /** From this age the child and a parent both consent; below it a parent decides (MITZ §5d: 12). */
  readonly jointConsentAge: Figure<number>;
  /** From this age the patient decides alone (MITZ §5d: 16). */
  readonly ownConsentAge: Figure<number>;
  /** The clauses every explanation, rejection and retention fact cites. */
  readonly clauses: ConsentClauses;
}

/**
 * The longest validity of an emergency consent in milliseconds.
 *
 * @example
 * ```ts
 * import { emergencyMaxMs, mitzRules } from "@zorgkit/consent";
 *
 * emergencyMaxMs(mitzRules); // => 259200000
 * ```
 */
export function emergencyMaxMs(rules: ConsentRules): number {
  return rules.emergencyConsentMaxHours.value * 3_600_000;
}

/**
 * "72 hours" / "72 uur", formatted from the rulebook (never written into a message).
 *
 * @example
 * ```ts
 * import { emergencyHoursText, mitzRules } from "@zorgkit/consent";
 *
 * emergencyHoursText(mitzRules); // => { "en": "72 hours", "nl": "72 uur" }
 * ```
 */
export function emergencyHoursText(rules: ConsentRules): { readonly en: string; readonly nl: string } {
  const h = rules.emergencyConsentMaxHours.value;
  return { en: `${h} hour${h === 1 ? "" : "s"}`, nl: `${h} uur` };
}

const BoundedText = (max: number) => Schema.String.check(isBoundedLength(max));

/**
 * The most entries a code list of a rulebook may hold (requester categories, data categories),
 * checked before any entry is decoded (issue code `too-many`). Mitz has 7 requester and 4 data
 * categories; a registry's list near this bound is an error upstream. It also bounds the tree
 * check of the data categories (at most entries × depth steps) and the codes one choice names.
 *
 * @internal
 */
export const MAX_CODE_LIST_ENTRIES = 1000;

const CodeEntrySchema = Schema.Struct({
  code: BoundedText(64),
  en: BoundedText(200),
  nl: BoundedText(200),
  citations: Citations,
});

/**
 * Schema of a {@link ConsentRules} rulebook, so a team can keep its own registry's code lists and
 * figures in a JSON file and decode them like any other input (ADR 0007 §1). The code lists must
 * form a tree (`codeListsProblem`).
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema";
 * import { ConsentRules, mitzRules } from "@zorgkit/consent";
 *
 * Schema.is(ConsentRules)(mitzRules); // => true
 * Schema.is(ConsentRules)({ ...mitzRules, ownConsentAge: { value: 16 } }); // => false
 * ```
 */
export const ConsentRules = Schema.Struct({
  name: BoundedText(200),
  codeLists: Schema.Struct({
    version: BoundedText(64),
    requesterCategories: BoundedArray(CodeEntrySchema, MAX_CODE_LIST_ENTRIES),
    dataCategories: BoundedArray(
      Schema.Struct({ ...CodeEntrySchema.fields, parent: Schema.optional(BoundedText(64)) }),
      MAX_CODE_LIST_ENTRIES,
    ),
  }),
  emergencyConsentMaxHours: Figure(WholeNumber),
  jointConsentAge: Figure(WholeNumber),
  ownConsentAge: Figure(WholeNumber),
  clauses: Schema.Struct({
    profileCreation: Citation,
    choices: Citation,
    emergency: Citation,
    treatmentOnly: Citation,
    permitIsNotExchange: Citation,
    profileData: Citation,
    representatives: Citation,
    minors: Citation,
    providerRecords: Citation,
    notifications: Citation,
    providerImports: Citation,
    precedence: Citation,
    profileRetention: Citation,
    subscriptionRetention: Citation,
    loggingRetention: Citation,
  }),
});
