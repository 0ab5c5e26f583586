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
import { type Citation, cite } from "@zorgkit/core";

/** One entry of a code list. */
export interface CodeEntry {
  readonly code: string;
  readonly en: string;
  readonly nl: string;
  readonly source: Citation;
}

/** A data category: its parent (`undefined` for the root "all data"). */
export interface DataCategoryEntry extends CodeEntry {
  readonly parent: string | undefined;
}

/** A versioned set of code lists. */
export interface CodeLists {
  readonly version: string;
  /** Categories of requesting providers; also used as the custodian's provider type. */
  readonly requesterCategories: ReadonlyArray<CodeEntry>;
  /** Data categories; exactly one has no parent (the root). */
  readonly dataCategories: ReadonlyArray<DataCategoryEntry>;
}

const fromSpec = (note: string) => cite("MITZ", "§2c", note);

/** The code lists as of the spec of November 2026. */
export const mitzCodeLists2026: CodeLists = {
  version: "mitz-2026-11",
  requesterCategories: [
    {
      code: "RPZAC001",
      en: "GPs and GP out-of-hours posts",
      nl: "huisartsen en huisartsenposten",
      source: fromSpec("RPZAC001 per Mitz's public technical profile, quoted in spec/consent.md §1"),
    },
    {
      code: "RPZAC003",
      en: "mental health care (GGZ)",
      nl: "geestelijke gezondheidszorg (GGZ)",
      source: fromSpec("RPZAC003 per Mitz's public technical profile, quoted in spec/consent.md §1"),
    },
    {
      code: "RPZAC004",
      en: "nursing and care",
      nl: "verpleging en verzorging",
      source: fromSpec("RPZAC004 per Mitz's public technical profile, quoted in spec/consent.md §1"),
    },
    {
      code: "RPZAC005",
      en: "pharmacies",
      nl: "apotheken",
      source: fromSpec("RPZAC005 per Mitz's public technical profile, quoted in spec/consent.md §1"),
    },
    {
      code: "RPZAC103",
      en: "other care (dentists, paramedics, youth health care)",
      nl: "overige zorg (tandartsen, paramedici, jeugdgezondheidszorg)",
      source: fromSpec("RPZAC103 per Mitz's public technical profile, quoted in spec/consent.md §1"),
    },
    {
      code: "RPZAC104",
      en: "hospitals, medical centres, clinics, laboratories and diagnostic centres",
      nl: "ziekenhuizen, medische centra, klinieken, laboratoria en diagnostische centra",
      source: fromSpec("RPZAC104 per Mitz's public technical profile, quoted in spec/consent.md §1"),
    },
    {
      code: "RPZAC200",
      en: "providers in the EU outside the Netherlands",
      nl: "zorgaanbieders in de EU buiten Nederland",
      source: fromSpec("RPZAC200 per Mitz's public technical profile, quoted in spec/consent.md §1"),
    },
  ],
  dataCategories: [
    {
      code: "zorgkit:all",
      parent: undefined,
      en: "all data",
      nl: "alle gegevens",
      source: fromSpec(
        "'soort gegevens'; the code is library-local, no Mitz code for 'all data' in the sources",
      ),
    },
    {
      code: "GGC002",
      parent: "zorgkit:all",
      en: "treatment data",
      nl: "behandelgegevens",
      source: fromSpec("GGC002 per Mitz's public technical profile, quoted in spec/consent.md §1"),
    },
    {
      code: "zorgkit:results",
      parent: "GGC002",
      en: "results",
      nl: "uitslagen",
      source: fromSpec("spec/consent.md §1; the code is library-local, no Mitz code in the sources"),
    },
    {
      code: "zorgkit:medication",
      parent: "GGC002",
      en: "medication",
      nl: "medicatiegegevens",
      source: fromSpec("spec/consent.md §1; the code is library-local, no Mitz code in the sources"),
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
