/**
 * `mitzRules`: the MijnMitz rulebook — the Mitz code lists of November 2026, the 72 hours of an
 * emergency consent and the age thresholds 12 and 16 — each figure with its clause (MITZ).
 *
 * @module
 */
import { type Citation, cite } from "@zorgkit/core";
import type { ConsentRules } from "../rulebook.js";
import { mitzCodeLists2026 } from "./mitz-codes-2026.js";

/**
 * The MijnMitz rulebook. Spread it and replace a figure (with its citation) for another
 * registry's rules.
 *
 * @example
 * ```ts
 * import { mitzRules } from "@zorgkit/consent";
 *
 * mitzRules.emergencyConsentMaxHours.value; // => 72
 * mitzRules.ownConsentAge.value; // => 16
 * ```
 */
export const mitzRules: ConsentRules = {
  name: "MijnMitz",
  codeLists: mitzCodeLists2026,
  emergencyConsentMaxHours: {
    value: 72,
    citations: [
      cite(
        "MITZ",
        "§2d",
        "'Deze toestemming geldt maximaal 72 uur': elapsed time, so DST changes do not matter",
      ),
      cite("MITZ", "§6a", "'In spoedsituaties … voor maximaal 72 uur'"),
    ],
  },
  jointConsentAge: {
    value: 12,
    citations: [
      cite("MITZ", "§5d", "'Als je tussen de 12 en 16 jaar bent geven jij en je ouder allebei toestemming'"),
    ],
  },
  ownConsentAge: {
    value: 16,
    citations: [cite("MITZ", "§5d", "'Ben je 16 jaar of ouder dan geef jij de toestemming zelf'")],
  },
  clauses: {
    profileCreation: cite("MITZ", "§1c"),
    choices: cite("MITZ", "§2c"),
    emergency: cite("MITZ", "§2d"),
    treatmentOnly: cite("MITZ", "§2f"),
    permitIsNotExchange: cite("MITZ", "§3a"),
    profileData: cite("MITZ", "§4"),
    representatives: cite("MITZ", "§5c"),
    minors: cite("MITZ", "§5d"),
    providerRecords: cite("MITZ", "§6a"),
    notifications: cite("MITZ", "§6b"),
    providerImports: cite("MITZ", "§6c"),
    precedence: cite(
      "nl-generic-functions",
      "Consent rules",
      "rules 1-5 and 7 read literally: supersession by dominance, objections win among the incomparable (this library's reading)",
    ),
    profileRetention: cite("MITZ", "§4", "kept while the profile is active; deleted with the profile"),
    subscriptionRetention: cite("VJZ", "§4", "while subscribed; e-mail and BSN removed on unsubscribe"),
    loggingRetention: cite("MITZ", "§4", "logging kept 5 years by law (NEN 7513)"),
  },
};

/** Citation of the precedence rules (`mitzRules.clauses.precedence`). */
export const precedenceCitation: Citation = mitzRules.clauses.precedence;
