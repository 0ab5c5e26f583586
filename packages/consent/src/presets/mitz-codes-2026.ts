/**
 * The Mitz code lists as data: requester categories ("raadplegende zorgaanbiedercategorie",
 * RPZAC) and data categories ("gegevenscategorie") with their hierarchy.
 *
 * Where the values come from: the sources (MITZ §2c) fix only that choices are made "per (type)
 * zorgaanbieder" and per "soort gegevens". The RPZAC codes and `GGC002` are taken from the
 * project spec (`spec/consent.md` §1, quoting Mitz's public technical profiles); the codes for
 * "all data", "results" and "medication" are **not** given anywhere we could check, so they are
 * library-local ids in the `zorgkit:` namespace — replace them with Mitz's codes by passing your
 * own {@link CodeLists} (see `codes.ts`).
 *
 * @module
 */
import { cite } from "@zorgkit/core";
import type { CodeLists } from "../rulebook.js";

const fromSpec = (note: string) => cite("MITZ", "§2c", note);

/** The code lists as of the spec of November 2026. */
export const mitzCodeLists2026: CodeLists = {
  version: "mitz-2026-11",
  requesterCategories: [
    {
      code: "RPZAC001",
      en: "GPs and GP out-of-hours posts",
      nl: "huisartsen en huisartsenposten",
      citations: [fromSpec("RPZAC001 per Mitz's public technical profile, quoted in spec/consent.md §1")],
    },
    {
      code: "RPZAC003",
      en: "mental health care (GGZ)",
      nl: "geestelijke gezondheidszorg (GGZ)",
      citations: [fromSpec("RPZAC003 per Mitz's public technical profile, quoted in spec/consent.md §1")],
    },
    {
      code: "RPZAC004",
      en: "nursing and care",
      nl: "verpleging en verzorging",
      citations: [fromSpec("RPZAC004 per Mitz's public technical profile, quoted in spec/consent.md §1")],
    },
    {
      code: "RPZAC005",
      en: "pharmacies",
      nl: "apotheken",
      citations: [fromSpec("RPZAC005 per Mitz's public technical profile, quoted in spec/consent.md §1")],
    },
    {
      code: "RPZAC103",
      en: "other care (dentists, paramedics, youth health care)",
      nl: "overige zorg (tandartsen, paramedici, jeugdgezondheidszorg)",
      citations: [fromSpec("RPZAC103 per Mitz's public technical profile, quoted in spec/consent.md §1")],
    },
    {
      code: "RPZAC104",
      en: "hospitals, medical centres, clinics, laboratories and diagnostic centres",
      nl: "ziekenhuizen, medische centra, klinieken, laboratoria en diagnostische centra",
      citations: [fromSpec("RPZAC104 per Mitz's public technical profile, quoted in spec/consent.md §1")],
    },
    {
      code: "RPZAC200",
      en: "providers in the EU outside the Netherlands",
      nl: "zorgaanbieders in de EU buiten Nederland",
      citations: [fromSpec("RPZAC200 per Mitz's public technical profile, quoted in spec/consent.md §1")],
    },
  ],
  dataCategories: [
    {
      code: "zorgkit:all",
      parent: undefined,
      en: "all data",
      nl: "alle gegevens",
      citations: [
        fromSpec("'soort gegevens'; the code is library-local, no Mitz code for 'all data' in the sources"),
      ],
    },
    {
      code: "GGC002",
      parent: "zorgkit:all",
      en: "treatment data",
      nl: "behandelgegevens",
      citations: [fromSpec("GGC002 per Mitz's public technical profile, quoted in spec/consent.md §1")],
    },
    {
      code: "zorgkit:results",
      parent: "GGC002",
      en: "results",
      nl: "uitslagen",
      citations: [fromSpec("spec/consent.md §1; the code is library-local, no Mitz code in the sources")],
    },
    {
      code: "zorgkit:medication",
      parent: "GGC002",
      en: "medication",
      nl: "medicatiegegevens",
      citations: [fromSpec("spec/consent.md §1; the code is library-local, no Mitz code in the sources")],
    },
  ],
};

/** Code of the root data category ("all data") in {@link mitzCodeLists2026}. */
export const ALL_DATA = "zorgkit:all";
/** Treatment data (behandelgegevens). */
export const TREATMENT_DATA = "GGC002";
/** Results (uitslagen). */
export const RESULTS = "zorgkit:results";
/** Medication data (medicatiegegevens). */
export const MEDICATION = "zorgkit:medication";
