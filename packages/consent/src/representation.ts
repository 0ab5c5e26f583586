/**
 * Who may record, confirm or withdraw a choice (MITZ §5b–d, §6a–c), by the patient's age.
 *
 * Age uses core's `ageOn` on the Europe/Amsterdam date of the event (born 29 February → a year
 * older on 1 March in common years).
 *
 * @module
 */
import {
  ageOn,
  allowed,
  type Citation,
  type Verdict as CoreVerdict,
  type Instant,
  type LocalDate,
  localDateOf,
  refused,
  type Step,
  step,
} from "@zorgkit/core";
import type { Actor } from "./model.js";
import { type ConsentClauses, type ConsentRules, emergencyHoursText } from "./rulebook.js";

/** What the actor wants to do. */
export type RecordAction =
  | "record"
  | "confirm"
  | "withdraw"
  | "delete-profile"
  | "subscribe"
  | "record-emergency"
  | "confirm-emergency"
  | "create-profile"
  | "correct-birth-date";

/** Age group of the patient on the day of the action (MITZ §5d). */
export type AgeGroup = "unborn" | "under-12" | "12-15" | "16-plus";

/** The details of {@link mayRecord}'s verdict. */
export interface MayRecordDetails {
  /** For a recording: whether it counts at once (`active`) or waits for a parent (`pending`). */
  readonly status: "active" | "pending" | undefined;
  /** What is still needed before it counts. */
  readonly needs: ReadonlyArray<"parent-confirmation">;
  readonly ageGroup: AgeGroup;
  readonly age: number;
}

/** The circumstances of the action (part of a {@link RecordAttempt}). */
export interface MayRecordOptions {
  /** Default `"record"`. */
  readonly action?: RecordAction;
  /** A provider acts because the patient asked (MITZ §6a). */
  readonly onPatientRequest?: boolean;
  /** The provider treats the patient (MITZ §6a, §2d). */
  readonly treatmentRelationship?: boolean;
  /** The recording imports a consent given earlier to the provider (MITZ §6c). */
  readonly imported?: boolean;
  /**
   * The withdrawal lifts an objection (a `deny`): a broader permit may then apply again, so for a
   * patient under 16 it is giving consent and follows the recording rules (MITZ §5d).
   */
  readonly withdrawsObjection?: boolean;
  /**
   * For `record`: the decision recorded. A `deny` by or for a 12–15-year-old counts at once —
   * consent needs the child and a parent, so either may refuse (issue #10, decision 1; MITZ §5d,
   * as WGBO art. 7:450 lid 2). Default `"permit"` (the stricter rule).
   */
  readonly decision?: "permit" | "deny";
  /** For `record-emergency`: the basis of the emergency consent (MITZ §2d). */
  readonly basis?: "patient-agreed" | "legal-basis";
  /** For `record-emergency` with `basis: "patient-agreed"`: who agreed, when it is not the patient. */
  readonly agreedBy?: Actor;
  /** For `correct-birth-date`: where the corrected date comes from. */
  readonly birthDateSource?: "brp" | "stated";
  /** For `correct-birth-date`: where the date on record came from. */
  readonly currentBirthDateSource?: "brp" | "stated";
}

/** What someone wants to do for a patient: the subject of {@link mayRecord}. */
export interface RecordAttempt extends MayRecordOptions {
  readonly actor: Actor;
  /** The patient's birth date on record. */
  readonly birthDate: LocalDate;
}

/** The age group of an age, by the rulebook's thresholds (MITZ §5d: 12 and 16).
 *
 * @example
 * ```ts
 * import { ageGroupOf, mitzRules } from "@zorgkit/consent";
 *
 * ageGroupOf(12, mitzRules); // => "12-15"
 * ageGroupOf(16, mitzRules); // => "16-plus"
 * ```
 */
export function ageGroupOf(age: number, rules: ConsentRules): AgeGroup {
  if (age < 0) return "unborn";
  if (age < rules.jointConsentAge.value) return "under-12";
  if (age < rules.ownConsentAge.value) return "12-15";
  return "16-plus";
}

interface Verdict {
  readonly allowed: boolean;
  readonly status?: "active" | "pending";
  readonly rule: string;
  readonly citations: ReadonlyArray<Citation>;
  readonly en: string;
  readonly nl: string;
}

const no = (rule: string, citations: Verdict["citations"], en: string, nl: string): Verdict => ({
  allowed: false,
  rule,
  citations,
  en,
  nl,
});

/** A provider acts only on the patient's request and only when it treats the patient (MITZ §6a). */
function providerConditions(options: MayRecordOptions, k: ConsentClauses): Verdict | undefined {
  if (options.imported === true) return undefined;
  if (options.treatmentRelationship !== true)
    return no(
      "provider-needs-treatment-relationship",
      [k.providerRecords],
      "Only providers that treat the patient may record choices for the patient.",
      "Alleen zorgaanbieders die de patiënt behandelen mogen keuzes voor de patiënt vastleggen.",
    );
  if (options.onPatientRequest !== true)
    return no(
      "provider-only-on-request",
      [k.providerRecords],
      "A provider may record a choice only when the patient asks for it.",
      "Een zorgaanbieder mag een keuze alleen vastleggen als de patiënt daarom vraagt.",
    );
  return undefined;
}

function recordRule(actor: Actor, group: AgeGroup, options: MayRecordOptions, k: ConsentClauses): Verdict {
  if (actor._tag === "Provider") {
    const blocked = providerConditions(options, k);
    if (blocked !== undefined) return blocked;
    const pending = group !== "16-plus" && !(group === "12-15" && options.decision === "deny");
    return {
      allowed: true,
      status: pending ? "pending" : "active",
      rule: options.imported === true ? "provider-imports-earlier-consent" : "provider-records-on-request",
      citations:
        options.imported === true
          ? [k.providerImports]
          : pending
            ? [k.providerRecords, k.minors]
            : [k.providerRecords],
      en:
        (options.imported === true
          ? "The provider adds a consent the patient gave it earlier."
          : "The treating provider records the choice at the patient's request.") +
        (pending ? " The patient is under 16, so a parent must confirm it before it counts." : ""),
      nl:
        (options.imported === true
          ? "De zorgaanbieder voegt een eerder aan hem gegeven toestemming toe."
          : "De behandelend zorgaanbieder legt de keuze vast op verzoek van de patiënt.") +
        (pending ? " De patiënt is jonger dan 16, dus een ouder moet de keuze eerst bevestigen." : ""),
    };
  }
  switch (group) {
    case "unborn":
      return no(
        "patient-not-born",
        [k.minors],
        "The patient was not born yet.",
        "De patiënt was nog niet geboren.",
      );
    case "16-plus":
      if (actor._tag === "Parent" && actor.relation === "parent")
        return no(
          "patient-16-decides-alone",
          [k.minors],
          "The patient is 16 or older and gives consent alone; a parent cannot record it.",
          "De patiënt is 16 of ouder en geeft zelf toestemming; een ouder kan die niet vastleggen.",
        );
      return {
        allowed: true,
        status: "active",
        rule: actor._tag === "Patient" ? "patient-16-decides-alone" : "representative-of-adult",
        citations: actor._tag === "Patient" ? [k.minors] : [k.representatives],
        en:
          actor._tag === "Patient"
            ? "The patient is 16 or older and records the choice alone."
            : "A representative authorised by the patient or by law records the choice.",
        nl:
          actor._tag === "Patient"
            ? "De patiënt is 16 of ouder en legt de keuze zelf vast."
            : "Een door de patiënt of de wet aangewezen vertegenwoordiger legt de keuze vast.",
      };
    case "12-15":
    case "under-12":
      if (group === "12-15" && options.decision === "deny" && actor._tag !== "AuthorisedRepresentative")
        return {
          allowed: true,
          status: "active",
          rule: "refusal-12-15-counts-at-once",
          citations: [k.minors],
          en: `The patient is 12–15: consent needs the child and a parent, so ${actor._tag === "Parent" ? "a parent" : "the child"} may refuse alone; the objection counts at once (this library's reading, as WGBO art. 7:450 lid 2).`,
          nl: `De patiënt is 12–15: toestemming vraagt kind en ouder allebei, dus ${actor._tag === "Parent" ? "een ouder" : "het kind"} mag alleen weigeren; het bezwaar telt meteen (lezing van deze bibliotheek, zoals WGBO art. 7:450 lid 2).`,
        };
      if (actor._tag === "Patient")
        return {
          allowed: true,
          status: "pending",
          rule: group === "12-15" ? "child-12-15-then-parent" : "under-12-parent-confirms",
          citations: [k.minors],
          en:
            group === "12-15"
              ? "The patient is 12–15: the child records first, then a parent confirms; until then the choice is pending."
              : "The patient is under 12: after the child's login a parent confirms the choice; until then it is pending.",
          nl:
            group === "12-15"
              ? "De patiënt is 12–15: eerst legt het kind vast, daarna bevestigt een ouder; tot dan is de keuze in afwachting."
              : "De patiënt is jonger dan 12: na het inloggen van het kind bevestigt een ouder de keuze; tot dan is die in afwachting.",
        };
      if (actor._tag === "Parent")
        return no(
          "child-logs-in-first",
          [k.minors],
          "For a patient under 16 the child's DigiD comes first and a parent then confirms; a parent cannot record a choice first.",
          "Bij een patiënt jonger dan 16 wordt eerst met de DigiD van het kind ingelogd en bevestigt een ouder daarna; een ouder kan niet eerst vastleggen.",
        );
      return no(
        "authorised-representative-of-minor",
        [k.representatives, k.minors],
        "For a patient under 16 the child and a parent record together; an authorised representative cannot (this library's reading).",
        "Bij een patiënt jonger dan 16 leggen kind en ouder samen vast; een gemachtigde kan dat niet (lezing van deze bibliotheek).",
      );
  }
}

/**
 * Lifting an objection of a patient under 16 (this library's reading of MITZ §5d): withdrawing a
 * `deny` can let a broader permit apply again, so it is giving consent — "jij en je ouder allebei"
 * at 12–15, in the fixed order (the child first, a parent confirms); a provider's withdrawal on
 * request waits for a parent, as its recording does. Under 12 a parent decides alone.
 */
function liftObjectionRule(
  actor: Actor,
  group: AgeGroup,
  options: MayRecordOptions,
  k: ConsentClauses,
): Verdict | undefined {
  if (options.withdrawsObjection !== true || group === "16-plus" || group === "unborn") return undefined;
  const pending = (rule: string, citations: Verdict["citations"], en: string, nl: string): Verdict => ({
    allowed: true,
    status: "pending",
    rule,
    citations,
    en,
    nl,
  });
  if (actor._tag === "Provider") {
    const blocked = providerConditions(options, k);
    if (blocked !== undefined) return blocked;
    return pending(
      "provider-lifts-objection-of-minor",
      [k.providerRecords, k.minors],
      "The treating provider withdraws the objection at the patient's request; the patient is under 16, so a parent must confirm it before it counts.",
      "De behandelend zorgaanbieder trekt het bezwaar in op verzoek van de patiënt; de patiënt is jonger dan 16, dus een ouder moet dit eerst bevestigen.",
    );
  }
  if (group === "under-12") return undefined;
  if (actor._tag === "Patient")
    return pending(
      "child-12-15-lifts-objection-then-parent",
      [k.minors],
      "Withdrawing an objection lets data be shared again, so at 12–15 the child and a parent both consent: pending until a parent confirms (this library's reading).",
      "Een bezwaar intrekken laat weer delen toe, dus bij 12–15 geven kind en ouder allebei toestemming: in afwachting tot een ouder bevestigt (lezing van deze bibliotheek).",
    );
  if (actor._tag === "Parent")
    return no(
      "child-logs-in-first",
      [k.minors],
      "Withdrawing a 12–15-year-old's objection lets data be shared again: the child withdraws first and a parent confirms; a parent cannot do it alone (this library's reading).",
      "Het bezwaar van een kind van 12–15 intrekken laat weer delen toe: eerst trekt het kind in en daarna bevestigt een ouder; een ouder kan dat niet alleen (lezing van deze bibliotheek).",
    );
  return no(
    "authorised-representative-of-minor",
    [k.representatives, k.minors],
    "For a patient under 16 an authorised representative cannot act (this library's reading).",
    "Bij een patiënt jonger dan 16 kan een gemachtigde niet handelen (lezing van deze bibliotheek).",
  );
}

function withdrawRule(
  actor: Actor,
  group: AgeGroup,
  options: MayRecordOptions,
  what: string,
  k: ConsentClauses,
): Verdict {
  const lifting = liftObjectionRule(actor, group, options, k);
  if (lifting !== undefined) return lifting;
  if (actor._tag === "Provider") {
    const blocked = providerConditions(options, k);
    if (blocked !== undefined) return blocked;
    return {
      allowed: true,
      rule: "provider-withdraws-on-request",
      citations: [k.providerRecords],
      en: `The treating provider may ${what} at the patient's request.`,
      nl: `De behandelend zorgaanbieder mag op verzoek van de patiënt ${what === "withdraw" ? "intrekken" : "verwijderen"}.`,
    };
  }
  const ok = (rule: string, en: string, nl: string, citations = [k.minors]): Verdict => ({
    allowed: true,
    rule,
    citations,
    en,
    nl,
  });
  switch (group) {
    case "unborn":
      return no(
        "patient-not-born",
        [k.minors],
        "The patient was not born yet.",
        "De patiënt was nog niet geboren.",
      );
    case "16-plus":
      if (actor._tag === "Parent" && actor.relation === "parent")
        return no(
          "patient-16-decides-alone",
          [k.minors],
          "The patient is 16 or older and decides alone; a parent cannot act for them.",
          "De patiënt is 16 of ouder en beslist zelf; een ouder kan niet namens hem handelen.",
        );
      return ok(
        "adult-or-representative-acts",
        "The patient (16 or older) or a representative may act alone.",
        "De patiënt (16 of ouder) of een vertegenwoordiger mag dit alleen doen.",
        [k.representatives, k.minors],
      );
    case "12-15":
      if (actor._tag === "AuthorisedRepresentative")
        return no(
          "authorised-representative-of-minor",
          [k.representatives, k.minors],
          "For a patient under 16 an authorised representative cannot act (this library's reading).",
          "Bij een patiënt jonger dan 16 kan een gemachtigde niet handelen (lezing van deze bibliotheek).",
        );
      return ok(
        "withdrawal-needs-one",
        "A patient of 12–15 or a parent may each withdraw alone: withdrawing never needs two (this library's reading).",
        "Een patiënt van 12–15 of een ouder mag elk alleen intrekken: intrekken vraagt nooit twee personen (lezing van deze bibliotheek).",
      );
    case "under-12":
      if (actor._tag !== "Parent")
        return no(
          "under-12-parent-decides",
          [k.minors],
          "For a patient under 12 a parent decides.",
          "Voor een patiënt jonger dan 12 beslist een ouder.",
        );
      return ok(
        "under-12-parent-decides",
        "For a patient under 12 a parent decides.",
        "Voor een patiënt jonger dan 12 beslist een ouder.",
      );
  }
}

/**
 * Who manages the notifications (MITZ §6b): whoever may act in MijnMitz for the patient at that
 * age (MITZ §5c–d) — so a parent has no access once the patient is 16, and an authorised
 * representative none for a patient under 16 (this library's reading, as for recording).
 * Otherwise a parent could have an adult's changes mailed to the parent's own address.
 */
function subscribeRule(actor: Actor, group: AgeGroup, k: ConsentClauses): Verdict {
  if (group === "unborn")
    return no(
      "patient-not-born",
      [k.minors],
      "The patient was not born yet.",
      "De patiënt was nog niet geboren.",
    );
  if (group === "16-plus" && actor._tag === "Parent" && actor.relation === "parent")
    return no(
      "patient-16-decides-alone",
      [k.representatives, k.minors, k.notifications],
      "The patient is 16 or older; a parent has no access to the patient's MijnMitz and cannot manage its notifications.",
      "De patiënt is 16 of ouder; een ouder heeft geen toegang tot MijnMitz van de patiënt en kan de meldingen niet beheren.",
    );
  if (group !== "16-plus" && actor._tag === "AuthorisedRepresentative")
    return no(
      "authorised-representative-of-minor",
      [k.representatives, k.minors, k.notifications],
      "For a patient under 16 an authorised representative cannot act (this library's reading).",
      "Bij een patiënt jonger dan 16 kan een gemachtigde niet handelen (lezing van deze bibliotheek).",
    );
  return {
    allowed: true,
    rule: "patient-subscribes",
    citations: [k.notifications],
    en: "The patient (or who may act for the patient at this age) manages notifications.",
    nl: "De patiënt (of wie op deze leeftijd namens de patiënt mag handelen) beheert de meldingen.",
  };
}

/**
 * Who may create a profile (issue #10, decision 6; MITZ §1c, §5b–d, §6a, §6c): the patient (for a
 * minor the child's own DigiD session first, as for recording), an authorised or legal
 * representative of a patient of 16 or older, a treating provider on the patient's request, or an
 * import of earlier consents. So a stranger's profile cannot block the patient's own.
 */
function createRule(actor: Actor, group: AgeGroup, options: MayRecordOptions, k: ConsentClauses): Verdict {
  if (group === "unborn")
    return no(
      "patient-not-born",
      [k.minors],
      "The patient was not born yet.",
      "De patiënt was nog niet geboren.",
    );
  switch (actor._tag) {
    case "Patient":
      return {
        allowed: true,
        status: "active",
        rule: "patient-creates-profile",
        citations: [k.profileCreation, k.minors],
        en: "The patient creates the profile with DigiD (for a minor: the child's own login first).",
        nl: "De patiënt maakt het profiel aan met DigiD (bij een minderjarige: eerst de eigen login van het kind).",
      };
    case "Provider": {
      if (options.imported === true)
        return {
          allowed: true,
          status: "active",
          rule: "provider-imports-earlier-consent",
          citations: [k.providerImports],
          en: "The provider creates the profile to add consents the patient gave it earlier.",
          nl: "De zorgaanbieder maakt het profiel aan om eerder aan hem gegeven toestemmingen toe te voegen.",
        };
      const blocked = providerConditions(options, k);
      if (blocked !== undefined) return blocked;
      return {
        allowed: true,
        status: "active",
        rule: "provider-creates-on-request",
        citations: [k.providerRecords],
        en: "The treating provider creates the profile at the patient's request.",
        nl: "De behandelend zorgaanbieder maakt het profiel aan op verzoek van de patiënt.",
      };
    }
    default:
      if (group !== "16-plus")
        return no(
          "child-logs-in-first",
          [k.representatives, k.minors],
          "For a patient under 16 the child's DigiD comes first; a parent or representative cannot create the profile first.",
          "Bij een patiënt jonger dan 16 komt eerst de DigiD van het kind; een ouder of vertegenwoordiger kan het profiel niet eerst aanmaken.",
        );
      if (actor._tag === "Parent" && actor.relation === "parent")
        return no(
          "patient-16-decides-alone",
          [k.minors],
          "The patient is 16 or older; a parent cannot create the profile.",
          "De patiënt is 16 of ouder; een ouder kan het profiel niet aanmaken.",
        );
      return {
        allowed: true,
        status: "active",
        rule: "representative-of-adult",
        citations: [k.representatives],
        en: "A representative authorised by the patient or by law creates the profile.",
        nl: "Een door de patiënt of de wet aangewezen vertegenwoordiger maakt het profiel aan.",
      };
  }
}

/**
 * Who may correct the birth date on record (issue #10, decision 6; MITZ §4 lists the birth date
 * among the profile's data but does not say where it comes from): a date from the BRP by anyone
 * who may act for the patient; a stated date only by the patient, and never over a BRP date
 * (this library's reading).
 */
function correctBirthDateRule(
  actor: Actor,
  group: AgeGroup,
  options: MayRecordOptions,
  k: ConsentClauses,
): Verdict {
  if (options.birthDateSource !== "brp") {
    if (options.currentBirthDateSource === "brp")
      return no(
        "brp-date-stands",
        [k.profileData],
        "The birth date on record comes from the BRP; only another BRP date corrects it.",
        "De vastgelegde geboortedatum komt uit de BRP; alleen een andere BRP-datum verbetert die.",
      );
    if (actor._tag === "Patient" && group !== "16-plus")
      return no(
        "minor-birth-date-from-brp",
        [k.profileData, k.minors],
        "The patient is under 16 by the date on record: a minor's birth date is corrected from the BRP, not stated, so a child cannot state itself into the 16+ rules.",
        "De patiënt is volgens de vastgelegde datum jonger dan 16: de geboortedatum van een minderjarige wordt uit de BRP verbeterd, niet opgegeven, zodat een kind zich niet in de 16+-regels kan opgeven.",
      );
    if (actor._tag !== "Patient")
      return no(
        "patient-states-birth-date",
        [k.profileData],
        "Only the patient states a birth date; others correct it from the BRP.",
        "Alleen de patiënt geeft zelf een geboortedatum op; anderen verbeteren die uit de BRP.",
      );
  }
  if (actor._tag === "Provider") {
    const blocked = providerConditions(options, k);
    if (blocked !== undefined) return blocked;
  } else if (actor._tag !== "Patient") {
    const r = createRule(actor, group === "unborn" ? "16-plus" : group, options, k);
    if (!r.allowed && !(actor._tag === "Parent" && group !== "16-plus"))
      return { ...r, rule: "correct-birth-date-not-allowed" };
  }
  return {
    allowed: true,
    status: "active",
    rule: "birth-date-corrected",
    citations: [k.profileData],
    en: `The birth date is corrected (${options.birthDateSource === "brp" ? "from the BRP" : "as stated by the patient"}); every age rule uses the corrected date from now on.`,
    nl: `De geboortedatum wordt verbeterd (${options.birthDateSource === "brp" ? "uit de BRP" : "zoals de patiënt opgeeft"}); elke leeftijdsregel gebruikt vanaf nu de verbeterde datum.`,
  };
}

function rule(actor: Actor, group: AgeGroup, options: MayRecordOptions, rules: ConsentRules): Verdict {
  const k = rules.clauses;
  const action = options.action ?? "record";
  switch (action) {
    case "record":
      return recordRule(actor, group, options, k);
    case "withdraw":
      return withdrawRule(actor, group, options, "withdraw", k);
    case "delete-profile":
      if (actor._tag === "Provider")
        return no(
          "only-patient-deletes-profile",
          [k.profileData],
          "Only the patient (or a representative) deletes the profile.",
          "Alleen de patiënt (of een vertegenwoordiger) verwijdert het profiel.",
        );
      if (options.withdrawsObjection === true && group === "12-15")
        return no(
          "objections-of-minor-stay",
          [k.minors],
          "The profile of a 12–15-year-old holds objections: deleting it would lift them, and lifting an objection needs the child and a parent. Withdraw the objections first (the child, then a parent confirms); this library's reading.",
          "Het profiel van een kind van 12–15 bevat bezwaren: verwijderen zou die opheffen, en een bezwaar opheffen vraagt kind en ouder. Trek de bezwaren eerst in (het kind, daarna bevestigt een ouder); lezing van deze bibliotheek.",
        );
      return withdrawRule(actor, group, { ...options, withdrawsObjection: false }, "delete the profile", k);
    case "subscribe":
      if (actor._tag === "Provider")
        return no(
          "only-patient-subscribes",
          [k.notifications],
          "Only the patient subscribes to notifications.",
          "Alleen de patiënt meldt zich aan voor meldingen.",
        );
      return subscribeRule(actor, group, k);
    case "confirm":
      if (actor._tag !== "Parent")
        return no(
          "parent-confirms",
          [k.minors],
          "Only a parent or legal representative confirms a minor's choice.",
          "Alleen een ouder of wettelijk vertegenwoordiger bevestigt de keuze van een minderjarige.",
        );
      if (group === "16-plus" || group === "unborn")
        return no(
          "parent-confirms-under-16",
          [k.minors],
          "A parent's confirmation only counts while the patient is under 16; from 16 the patient records a new choice alone (this library's reading).",
          "De bevestiging van een ouder telt alleen zolang de patiënt jonger is dan 16; vanaf 16 legt de patiënt zelf een nieuwe keuze vast (lezing van deze bibliotheek).",
        );
      return {
        allowed: true,
        status: "active",
        rule: "parent-confirms",
        citations: [k.minors],
        en: "A parent confirms the choice after the child's login; from now on it counts.",
        nl: "Een ouder bevestigt de keuze na het inloggen van het kind; vanaf nu telt die.",
      };
    case "record-emergency":
      if (actor._tag !== "Provider")
        return no(
          "emergency-by-provider",
          [k.emergency, k.providerRecords],
          "Only an identified, treating provider records an emergency consent.",
          "Alleen een geïdentificeerde, behandelend zorgaanbieder legt een spoedtoestemming vast.",
        );
      if (options.treatmentRelationship !== true)
        return no(
          "provider-needs-treatment-relationship",
          [k.providerRecords],
          "Only providers that treat the patient may record an emergency consent.",
          "Alleen zorgaanbieders die de patiënt behandelen mogen een spoedtoestemming vastleggen.",
        );
      if (
        options.basis !== "legal-basis" &&
        (group === "under-12" || group === "12-15") &&
        options.agreedBy?._tag !== "Parent"
      )
        return no(
          "minor-emergency-needs-representative-agreement",
          [k.emergency, k.minors],
          "The patient is under 16: 'with the patient's agreement' names the parent or legal representative who agreed (agreedBy), or the emergency consent is recorded on a legal basis (this library's reading).",
          "De patiënt is jonger dan 16: 'met instemming' noemt de ouder of wettelijk vertegenwoordiger die instemde (agreedBy), of de spoedtoestemming wordt op een wettelijke grondslag vastgelegd (lezing van deze bibliotheek).",
        );
      return {
        allowed: true,
        status: "active",
        rule: "emergency-consent",
        citations: [k.emergency, k.providerRecords],
        en: `A treating provider records a temporary consent (at most ${emergencyHoursText(rules).en}) in acute care.`,
        nl: `Een behandelend zorgaanbieder legt bij acute zorg een tijdelijke toestemming (maximaal ${emergencyHoursText(rules).nl}) vast.`,
      };
    case "create-profile":
      return createRule(actor, group, options, k);
    case "correct-birth-date":
      return correctBirthDateRule(actor, group, options, k);
    case "confirm-emergency":
      if (actor._tag !== "Patient")
        return no(
          "patient-confirms-emergency",
          [k.emergency],
          "Only the patient confirms an emergency consent ('zelf').",
          "Alleen de patiënt bevestigt een spoedtoestemming ('zelf').",
        );
      if (group === "16-plus")
        return {
          allowed: true,
          status: "active",
          rule: "patient-confirms-emergency",
          citations: [k.emergency],
          en: "The patient confirms the emergency consent; it becomes a regular choice: a lasting permit for every custodian and all data towards the provider that recorded it.",
          nl: "De patiënt bevestigt de spoedtoestemming; die wordt een gewone keuze: een blijvende toestemming voor elke bronhouder en alle gegevens naar de zorgaanbieder die haar vastlegde.",
        };
      if (group === "unborn")
        return no(
          "patient-not-born",
          [k.minors],
          "The patient was not born yet.",
          "De patiënt was nog niet geboren.",
        );
      return {
        allowed: true,
        status: "pending",
        rule: "minor-confirms-emergency",
        citations: [k.emergency, k.minors],
        en: "The patient is under 16: the confirmation becomes a regular choice once a parent confirms it (this library's reading).",
        nl: "De patiënt is jonger dan 16: de bevestiging wordt een gewone keuze zodra een ouder die bevestigt (lezing van deze bibliotheek).",
      };
  }
}

/**
 * May someone record (or confirm, withdraw, …) a choice for a patient at instant `at`, and what
 * is still needed before it counts? (ADR 0006: `mayX(subject, rulebook, at)` → core's `Verdict`.)
 *
 * - 16 or older: the patient alone, or an authorised / legal representative (MITZ §5c–d).
 * - 12–15: the child records, then a parent confirms; pending until then (MITZ §5d). A `deny`
 *   by the child or a parent counts at once: either may refuse (issue #10, decision 1).
 * - Under 12: after the child's login a parent confirms the choice (MITZ §5d).
 * - A provider: only when it treats the patient and the patient asked (MITZ §6a).
 *
 * @example
 * ```ts
 * import { date, instant } from "@zorgkit/core";
 * import { mayRecord, mitzRules } from "@zorgkit/consent";
 *
 * const v = mayRecord({ actor: { _tag: "Patient" }, birthDate: date("2012-06-01") }, mitzRules, instant("2026-11-23T10:00:00+01:00"));
 * v.value; // => "allowed"
 * v.details; // => { "status": "pending", "needs": ["parent-confirmation"], "ageGroup": "12-15", "age": 14 }
 * ```
 */
export function mayRecord(
  attempt: RecordAttempt,
  rules: ConsentRules,
  at: Instant,
): CoreVerdict<MayRecordDetails> {
  const { actor, birthDate, ...options } = attempt;
  const day = localDateOf(at);
  const age = ageOn(birthDate, day);
  const group = ageGroupOf(age, rules);
  const v = rule(actor, group, options, rules);
  const ageStep: Step = step({
    rule: "age-on-the-day",
    inputs: { birthDate, on: day },
    output: age,
    citations: [...rules.jointConsentAge.citations, ...rules.ownConsentAge.citations].slice(0, 1),
    en: `On ${day} the patient is ${age < 0 ? "not born yet" : `${age} years old`}.`,
    nl: `Op ${day} is de patiënt ${age < 0 ? "nog niet geboren" : `${age} jaar oud`}.`,
  });
  const decisionStep = step({
    rule: v.rule,
    inputs: { actor: actor._tag, action: options.action ?? "record", ageGroup: group },
    output: v.allowed,
    citations: v.citations,
    en: v.en,
    nl: v.nl,
  });
  const details: MayRecordDetails = {
    status: v.allowed ? v.status : undefined,
    needs: v.allowed && v.status === "pending" ? ["parent-confirmation"] : [],
    ageGroup: group,
    age,
  };
  const parts = { reasons: [decisionStep], because: [ageStep, decisionStep], details };
  return v.allowed ? allowed(parts) : refused(parts);
}
