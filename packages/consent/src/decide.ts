/**
 * The consent check (Mitz closed authorisation question, XACML-style answer):
 * `decide(profile, request)` → `Permit | Deny | NotApplicable | Indeterminate`, with the deciding
 * choice and the explanation.
 *
 * @module
 */
import { type Citation, cite, type Explained, formatInstant, type Step, step } from "@zorgkit/core";
import { type CompiledProfile, compile, type Lookup, type LookupKind, lookupCategory } from "./compile.js";
import { maskBsn } from "./identifiers.js";
import { type Choice, describeActor, describeCustodian, describeRequesters } from "./model.js";
import { precedenceCitation, type Specificity } from "./precedence.js";
import type { ConsentProfile } from "./profile.js";
import type { ConsentRequest } from "./request.js";

/** The four answers of the consent check. */
export type ConsentAnswer = "Permit" | "Deny" | "NotApplicable" | "Indeterminate";

/** Why the answer is what it is. */
export type DecisionReason =
  | "patient-mismatch"
  | "purpose-not-allowed"
  | "no-treatment-relationship"
  | "choice"
  | "no-choice"
  | "partial-choice";

/** Options of {@link decide}. */
export interface DecideOptions {
  /**
   * Accept purpose `COC` (continuity of care) next to `TREAT`. Off by default. When on, a COC
   * request is checked against the recorded choices exactly like a TREAT request (this library's
   * reading: "assumed consent" is the adapter's call on `NotApplicable`, not a silent Permit).
   */
  readonly continuityOfCare?: boolean;
}

/** The answer of {@link decide}: an {@link Explained} answer plus the deciding choice. */
export interface ConsentDecision extends Explained<ConsentAnswer> {
  readonly value: ConsentAnswer;
  readonly reason: DecisionReason;
  /** The choice that decided (for `Permit`, `Deny` by a choice, `Indeterminate`). */
  readonly choice: Choice | undefined;
  /** Specificity of the deciding choice's match. */
  readonly specificity: Specificity | undefined;
  /** Explanation steps (computed on first access; BSNs masked). */
  readonly because: ReadonlyArray<Step>;
}

const S2f = cite("MITZ", "§2f");
const S2c = cite("MITZ", "§2c");
const S3a = cite("MITZ", "§3a");
const S2d = cite("MITZ", "§2d");
const S5d = cite("MITZ", "§5d");

export const answerOf: ReadonlyArray<ConsentAnswer> = ["NotApplicable", "Permit", "Deny", "Indeterminate"];

/** Specificity packed in one number: custodian × 4096 + category × 64 + requesters; -1 for none. */
export const NO_LEVELS = -1;

/** Where a decision's compiled profile comes from: the profile itself, or a store that holds it. */
export interface CompiledSource {
  readonly _tag: string;
  compiledAt?(viewIndex: number): CompiledProfile;
}

/**
 * A decision (internal class; the public type is {@link ConsentDecision}).
 *
 * Its inputs (the request with the patient's BSN, the compiled profile) are held in
 * ECMAScript-private fields: spreading, `JSON.stringify`, `util.inspect` / `console.log` and
 * `Object.values` show only the public fields, so logging a decision never shows a BSN.
 */
export class Decision implements ConsentDecision {
  #cachedBecause: ReadonlyArray<Step> | undefined = undefined;
  readonly #choiceRef: Choice | undefined;
  readonly #choiceIndex: number;
  readonly #levels: number;
  readonly #request: ConsentRequest;
  readonly #source: CompiledProfile | CompiledSource;
  readonly #viewIndex: number;
  readonly #options: DecideOptions;
  constructor(
    readonly value: ConsentAnswer,
    readonly reason: DecisionReason,
    choiceRef: Choice | undefined,
    choiceIndex: number,
    levels: number,
    request: ConsentRequest,
    source: CompiledProfile | CompiledSource,
    viewIndex: number,
    options: DecideOptions,
  ) {
    this.#choiceRef = choiceRef;
    this.#choiceIndex = choiceIndex;
    this.#levels = levels;
    this.#request = request;
    this.#source = source;
    this.#viewIndex = viewIndex;
    this.#options = options;
  }
  get #profile(): CompiledProfile {
    const s = this.#source;
    return s._tag === "CompiledProfile"
      ? (s as CompiledProfile)
      : ((s as CompiledSource).compiledAt as (i: number) => CompiledProfile)(this.#viewIndex);
  }
  get choice(): Choice | undefined {
    if (this.#choiceRef !== undefined) return this.#choiceRef;
    return this.#choiceIndex >= 0 ? this.#profile.choices[this.#choiceIndex] : undefined;
  }
  get specificity(): Specificity | undefined {
    const l = this.#levels;
    if (l < 0) return undefined;
    return { custodian: Math.floor(l / 4096), category: Math.floor(l / 64) % 64, requesters: l % 64 };
  }
  get because(): ReadonlyArray<Step> {
    if (this.#cachedBecause === undefined)
      this.#cachedBecause = explainDecision(this, this.#request, this.#profile, this.#options);
    return this.#cachedBecause;
  }
  toJSON(): object {
    return {
      value: this.value,
      reason: this.reason,
      choice: this.choice,
      specificity: this.specificity,
      because: this.because,
    };
  }
}

function isCompiled(p: ConsentProfile | CompiledProfile): p is CompiledProfile {
  return (p as CompiledProfile)._tag === "CompiledProfile";
}

const scratch: Lookup = {
  kind: 0,
  choice: undefined,
  choiceIndex: -1,
  custodianLevel: 0,
  categoryDepth: 0,
  requesterLevel: 0,
};

/**
 * Decide a consent-check request against a profile (compile it first with {@link compile} when
 * it is asked more than once).
 *
 * - A profile of another patient than the request's → `Indeterminate` (the facts conflict).
 * - The purpose must be treatment (`TREAT`) and the requester must treat the patient: data may
 *   only be consulted when needed for the patient's treatment (MITZ §2f). Otherwise `Deny`.
 * - The most specific matching choice that counts at `request.at` decides; equally specific
 *   choices that disagree → `Deny` (see `precedence.ts` for the total order).
 * - No matching choice → `NotApplicable` (pending choices of minors do not count, MITZ §5d).
 * - A request for a broader data category is answered for every category it contains: `Deny` if
 *   any is denied, `Indeterminate` if any is, `Permit` only when all are permitted, else
 *   `NotApplicable`.
 * - `Permit` means consent is on record, not that data will be exchanged (MITZ §3a).
 *
 * @example
 * ```ts
 * const d = decide(compile(profile), request);
 * d.value; // "Deny"
 * explainToText(d, "en");
 * ```
 */
export function decide(
  profile: ConsentProfile | CompiledProfile,
  request: ConsentRequest,
  options: DecideOptions = {},
): ConsentDecision {
  return decideCompiled(isCompiled(profile) ? profile : compile(profile), request, options);
}

/** A decision reached before any choice was looked at (wrong patient, purpose, no relationship). */
function beforeAnyChoice(
  value: ConsentAnswer,
  reason: DecisionReason,
  request: ConsentRequest,
  cp: CompiledProfile,
  options: DecideOptions,
): ConsentDecision {
  return new Decision(value, reason, undefined, -1, NO_LEVELS, request, cp, -1, options);
}

function decideCompiled(
  cp: CompiledProfile,
  request: ConsentRequest,
  options: DecideOptions,
): ConsentDecision {
  const patientNumber = cp.patientNumber;
  if (!Number.isNaN(patientNumber) && Number(request.patient) !== patientNumber)
    return beforeAnyChoice("Indeterminate", "patient-mismatch", request, cp, options);
  const purposeOk =
    request.purpose === "TREAT" || (options.continuityOfCare === true && request.purpose === "COC");
  if (!purposeOk) return beforeAnyChoice("Deny", "purpose-not-allowed", request, cp, options);
  if (!request.treatmentRelationship)
    return beforeAnyChoice("Deny", "no-treatment-relationship", request, cp, options);
  const index = cp.index;
  const cat = index.categoryIndex.get(request.dataCategory);
  if (cat === undefined)
    return new Decision("NotApplicable", "no-choice", undefined, -1, NO_LEVELS, request, cp, -1, options);
  const reqCat = index.requesterIndex.get(request.requester.category) ?? -1;
  const subtree = index.subtree[cat] as ReadonlyArray<number>;
  const at = request.at;
  if (subtree.length === 1) {
    const k = lookupCategory(
      cp,
      request.custodian.ura,
      request.custodian.type,
      cat,
      request.requester.ura,
      reqCat,
      at,
      scratch,
    );
    if (k === 0)
      return new Decision("NotApplicable", "no-choice", undefined, -1, NO_LEVELS, request, cp, -1, options);
    return new Decision(
      answerOf[k] as ConsentAnswer,
      "choice",
      scratch.choice,
      scratch.choiceIndex,
      levelsOf(scratch),
      request,
      cp,
      -1,
      options,
    );
  }
  // A broader category: combine its own answer with every narrower category's.
  // Severity: Deny 3 > Indeterminate 2 > NotApplicable 1 > Permit 0; the first most severe decides.
  let worstRank = -1;
  let worst: LookupKind = 0;
  let decisive: Choice | undefined;
  let decisiveIndex = -1;
  let levels = NO_LEVELS;
  let sawPermit = false;
  for (const c of subtree) {
    const k = lookupCategory(
      cp,
      request.custodian.ura,
      request.custodian.type,
      c,
      request.requester.ura,
      reqCat,
      at,
      scratch,
    );
    const r = severity[k];
    if (k === 1) sawPermit = true;
    if (r > worstRank) {
      worstRank = r;
      worst = k;
      decisive = k === 0 ? undefined : scratch.choice;
      decisiveIndex = k === 0 ? -1 : scratch.choiceIndex;
      levels = k === 0 ? NO_LEVELS : levelsOf(scratch);
    }
  }
  if (worst === 0)
    return new Decision(
      "NotApplicable",
      sawPermit ? "partial-choice" : "no-choice",
      undefined,
      -1,
      NO_LEVELS,
      request,
      cp,
      -1,
      options,
    );
  return new Decision(
    answerOf[worst] as ConsentAnswer,
    "choice",
    decisive,
    decisiveIndex,
    levels,
    request,
    cp,
    -1,
    options,
  );
}

/** Severity when combining categories: Deny 3 > Indeterminate 2 > NotApplicable 1 > Permit 0. */
export const severity: Readonly<Record<LookupKind, number>> = { 0: 1, 1: 0, 2: 3, 3: 2 };

/**
 * The specificity levels of a look-up, for the explanation.
 *
 * @internal
 */
export function levelsOf(l: Lookup): number {
  return l.custodianLevel * 4096 + l.categoryDepth * 64 + l.requesterLevel;
}

function when(at: number): string {
  return formatInstant(at);
}

function explainDecision(
  d: ConsentDecision,
  request: ConsentRequest,
  cp: CompiledProfile,
  options: DecideOptions,
): ReadonlyArray<Step> {
  const steps: Array<Step> = [];
  const inputs = {
    patient: maskBsn(request.patient),
    custodianUra: request.custodian.ura,
    custodianType: request.custodian.type,
    dataCategory: request.dataCategory,
    requesterUra: request.requester.ura,
    requesterCategory: request.requester.category,
    purpose: request.purpose,
    treatmentRelationship: request.treatmentRelationship,
    at: when(request.at),
  };
  const accepted = options.continuityOfCare === true ? "TREAT or COC" : "TREAT";
  if (d.reason === "patient-mismatch") {
    steps.push(
      step({
        rule: "profile-of-another-patient",
        inputs,
        output: "Indeterminate",
        citations: [S2c],
        en: `The request is about patient ${maskBsn(request.patient)}, but the profile belongs to another patient: Indeterminate.`,
        nl: `Het verzoek gaat over patiënt ${maskBsn(request.patient)}, maar het profiel hoort bij een andere patiënt: Indeterminate.`,
      }),
    );
    return steps;
  }
  if (d.reason === "purpose-not-allowed") {
    steps.push(
      step({
        rule: "purpose-must-be-treatment",
        inputs,
        output: "Deny",
        citations: [S2f],
        en: `Purpose ${request.purpose} is not ${accepted}: data may only be consulted when needed for the patient's treatment, so the answer is Deny.`,
        nl: `Doel ${request.purpose} is niet ${accepted}: gegevens mogen alleen worden geraadpleegd als dat nodig is voor de behandeling, dus het antwoord is Deny.`,
      }),
    );
    return steps;
  }
  if (d.reason === "no-treatment-relationship") {
    steps.push(
      step({
        rule: "treatment-relationship-required",
        inputs,
        output: "Deny",
        citations: [S2f],
        en: `Requester URA ${request.requester.ura} has no treatment relationship with patient ${maskBsn(request.patient)}, so the answer is Deny.`,
        nl: `Opvrager URA ${request.requester.ura} heeft geen behandelrelatie met patiënt ${maskBsn(request.patient)}, dus het antwoord is Deny.`,
      }),
    );
    return steps;
  }
  steps.push(
    step({
      rule: "purpose-and-treatment-relationship",
      inputs,
      output: true,
      citations: [S2f],
      en: `Purpose ${request.purpose} and a treatment relationship: the consent check applies.`,
      nl: `Doel ${request.purpose} en een behandelrelatie: de toestemmingscontrole is van toepassing.`,
    }),
  );
  if (d.choice === undefined) {
    const pending = cp.pendingCount > 0;
    const citations: Array<Citation> = pending ? [S2c, S5d] : [S2c];
    steps.push(
      step({
        rule: d.reason === "partial-choice" ? "partial-choice" : "no-choice-recorded",
        inputs: { pendingChoices: cp.pendingCount },
        output: "NotApplicable",
        citations,
        en:
          (d.reason === "partial-choice"
            ? `Consent is on record for only part of ${request.dataCategory}; for the rest no choice is recorded: NotApplicable.`
            : `No choice is recorded for custodian URA ${request.custodian.ura} (type ${request.custodian.type}), ${request.dataCategory} and requester ${request.requester.category}: NotApplicable (Mitz is opt-in: the adapter decides).`) +
          (pending
            ? ` ${cp.pendingCount} pending choice(s) wait for a parent's confirmation and do not count.`
            : ""),
        nl:
          (d.reason === "partial-choice"
            ? `Er is alleen voor een deel van ${request.dataCategory} toestemming vastgelegd; voor de rest geen keuze: NotApplicable.`
            : `Er is geen keuze vastgelegd voor bronhouder URA ${request.custodian.ura} (type ${request.custodian.type}), ${request.dataCategory} en opvrager ${request.requester.category}: NotApplicable (Mitz is opt-in: de adapter beslist).`) +
          (pending
            ? ` ${cp.pendingCount} keuze(s) wachten op bevestiging door een ouder en tellen niet mee.`
            : ""),
      }),
    );
    return steps;
  }
  const c = d.choice;
  const cu = describeCustodian(c.custodian);
  const rq = describeRequesters(c.requesters);
  const by = describeActor(c.recordedBy);
  const confirmed = c.confirmedBy === undefined ? undefined : describeActor(c.confirmedBy);
  const spec = d.specificity as Specificity;
  const emergency = c.origin === "emergency" && c.until !== undefined;
  steps.push(
    step({
      rule: "most-specific-choice",
      inputs: {
        choiceId: c.id,
        decision: c.decision,
        custodianLevel: spec.custodian,
        categoryDepth: spec.category,
        requesterLevel: spec.requesters,
        recordedAt: when(c.recordedAt),
      },
      output: c.decision,
      citations: emergency ? [S2c, S2d, precedenceCitation] : [S2c, precedenceCitation],
      en: `The most specific choice that counts is ${c.id}: ${c.decision} for ${cu.en}, ${c.dataCategory}, ${rq.en}, recorded ${when(c.recordedAt)} by ${by.en}${confirmed === undefined ? "" : `, confirmed by ${confirmed.en}`}${emergency ? `, an emergency consent valid until ${when(c.until as number)}` : ""}. Equally specific choices that disagree resolve to deny.`,
      nl: `De meest specifieke geldende keuze is ${c.id}: ${c.decision === "permit" ? "toestemming" : "geen toestemming"} voor ${cu.nl}, ${c.dataCategory}, ${rq.nl}, vastgelegd ${when(c.recordedAt)} door ${by.nl}${confirmed === undefined ? "" : `, bevestigd door ${confirmed.nl}`}${emergency ? `, een spoedtoestemming geldig tot ${when(c.until as number)}` : ""}. Bij gelijk specifieke keuzes die verschillen wint geen toestemming.`,
    }),
  );
  if (d.value === "Indeterminate") {
    steps.push(
      step({
        rule: "validity-cannot-be-established",
        inputs: { choiceId: c.id },
        output: "Indeterminate",
        citations: [S2d],
        en: `Emergency consent ${c.id} was confirmed and withdrawn at the same instant: its validity cannot be established, so the answer is Indeterminate.`,
        nl: `Spoedtoestemming ${c.id} is op hetzelfde moment bevestigd en ingetrokken: de geldigheid is niet vast te stellen, dus het antwoord is Indeterminate.`,
      }),
    );
  } else if (d.value === "Permit") {
    steps.push(
      step({
        rule: "permit-is-not-exchange",
        inputs: {},
        output: "Permit",
        citations: [S3a],
        en: "Permit: consent is on record; the custodian still decides whether sharing is needed for good care.",
        nl: "Permit: er is toestemming vastgelegd; de bronhouder beslist nog of delen nodig is voor goede zorg.",
      }),
    );
  } else {
    steps.push(
      step({
        rule: "recorded-objection",
        inputs: {},
        output: "Deny",
        citations: [S2c],
        en: "Deny: the patient recorded a 'no' for this.",
        nl: "Deny: de patiënt heeft hiervoor 'nee' vastgelegd.",
      }),
    );
  }
  return steps;
}
