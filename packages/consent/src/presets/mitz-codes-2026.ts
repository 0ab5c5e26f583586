/**
 * The Mitz code lists as data: requester categories ("raadplegende zorgaanbiedercategorie",
 * RPZAC) and data categories ("gegevenscategorie") with their hierarchy.
 *
 * Where the values come from: the sources (MITZ §2c) fix only that choices are made "per (type)
 * zorgaanbieder" and per "soort gegevens". The codes are Mitz's own, as published:
 * - the seven RPZAC codes and `GGC002` as a real Mitz client sends them (nuts-foundation/
 *   nuts-knooppunt `component/mitz/example/example_notification_bundle.xml`, code-system version
 *   `3960100`, with their display names);
 * - `GGC012` results and `GGC013` medication, both under `GGC002`, from VZVZ's Mitz
 *   afsprakenstelsel, "Bijlage | Gegevenscategorieën" (a higher category covers the lower ones).
 *
 * **"All data" has no Mitz code**: Mitz's highest category is `GGC002`. The root `zorgkit:all` is
 * this library's own, above `GGC002`; it is never sent to Mitz (the Mitz encoders refuse it unless
 * told to write it as `GGC002`, see `mitz/notification.ts`) and Mitz never sends it.
 *
 * @module
 */
import { cite } from "@zorgkit/core";
import type { CodeLists } from "../rulebook.js";

const fromSpec = (note: string) => cite("MITZ", "§2c", note);
const KNOOPPUNT =
  "as sent by a real Mitz client (nuts-foundation/nuts-knooppunt example_notification_bundle.xml, code-system version 3960100)";
const VZVZ_CATEGORIES = "VZVZ Mitz afsprakenstelsel, 'Bijlage | Gegevenscategorieën'";

/** The Mitz code lists as of December 2026 (code-system version `3960100`). */
export const mitzCodeLists2026: CodeLists = {
  version: "mitz-2026-12",
  requesterCategories: [
    {
      code: "RPZAC001",
      en: "GPs and GP out-of-hours posts",
      nl: "huisartsen en huisartsenposten",
      citations: [fromSpec(`RPZAC001 ${KNOOPPUNT}`)],
    },
    {
      code: "RPZAC003",
      en: "mental health care (GGZ)",
      nl: "geestelijke gezondheidszorg (GGZ)",
      citations: [fromSpec(`RPZAC003 ${KNOOPPUNT}`)],
    },
    {
      code: "RPZAC004",
      en: "nursing and care",
      nl: "verpleging en verzorging",
      citations: [fromSpec(`RPZAC004 ${KNOOPPUNT}`)],
    },
    {
      code: "RPZAC005",
      en: "pharmacies",
      nl: "apotheken",
      citations: [fromSpec(`RPZAC005 ${KNOOPPUNT}`)],
    },
    {
      code: "RPZAC103",
      en: "other care (dentists, paramedics, youth health care)",
      nl: "overige zorg (tandartsen, paramedici, jeugdgezondheidszorg)",
      citations: [fromSpec(`RPZAC103 ${KNOOPPUNT}`)],
    },
    {
      code: "RPZAC104",
      en: "hospitals, medical centres, clinics, laboratories and diagnostic centres",
      nl: "ziekenhuizen, medische centra, klinieken, laboratoria en diagnostische centra",
      citations: [fromSpec(`RPZAC104 ${KNOOPPUNT}`)],
    },
    {
      code: "RPZAC200",
      en: "providers in the EU outside the Netherlands",
      nl: "zorgaanbieders in de Europese Unie buiten Nederland",
      citations: [fromSpec(`RPZAC200 ${KNOOPPUNT}`)],
    },
  ],
  dataCategories: [
    {
      code: "zorgkit:all",
      parent: undefined,
      en: "all data",
      nl: "alle gegevens",
      citations: [
        fromSpec(
          `'soort gegevens'; the code is library-local: Mitz has no category above GGC002 (${VZVZ_CATEGORIES})`,
        ),
      ],
    },
    {
      code: "GGC002",
      parent: "zorgkit:all",
      en: "treatment data",
      nl: "behandelgegevens",
      citations: [
        fromSpec(`GGC002 Behandelgegevens ${KNOOPPUNT}; the highest Mitz category (${VZVZ_CATEGORIES})`),
      ],
    },
    {
      code: "GGC012",
      parent: "GGC002",
      en: "results",
      nl: "uitslagen",
      citations: [fromSpec(`GGC012 Uitslagen, under GGC002 (${VZVZ_CATEGORIES})`)],
    },
    {
      code: "GGC013",
      parent: "GGC002",
      en: "medication",
      nl: "medicatiegegevens",
      citations: [fromSpec(`GGC013 Medicatiegegevens, under GGC002 (${VZVZ_CATEGORIES})`)],
    },
  ],
};

/** Code of the root data category ("all data") in {@link mitzCodeLists2026}: library-local, Mitz has no code above GGC002. */
export const ALL_DATA = "zorgkit:all";
/** Treatment data (behandelgegevens). */
export const TREATMENT_DATA = "GGC002";
/** Results (uitslagen), Mitz `GGC012`. */
export const RESULTS = "GGC012";
/** Medication data (medicatiegegevens), Mitz `GGC013`. */
export const MEDICATION = "GGC013";
