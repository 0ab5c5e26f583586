/**
 * The MDO agreement (VECOZO, Dienst Multidisciplinair Overleg) as one rulebook value, `mdo2025`:
 * the figures of the Bijzondere voorwaarden 1.0 of 4 June 2025 (`MDO-BV`) and the management
 * summary (`MDO-MS`), each with its citations. The logic elsewhere never contains these numbers
 * or clause ids (ADR 0007).
 *
 * @module
 */
import { cite, euros } from "@zorgkit/core";
import type { Agreement } from "../figures.js";
import { funded, paid, paidSwitchCitations, paidSwitchRule, startCitations } from "./mdo-contract.js";

/**
 * The MDO agreement as a rulebook: pass it to every function that needs a figure
 * (`mayTerminate(claim, mdo2025)`). Durations: `funded` (MDO-BV 10.2, MDO-MS §4 row 2: until
 * 31 December 2026, then per calendar year; notice customer 2 months, supplier 24 months, no form
 * named) and `paid` (MDO-BV 10.3, 6.3: 18 months from the tariff date, then per 12 months from
 * that date; notice in writing, customer 6 months, supplier 12 months).
 */
export const mdo2025 = {
  name: "MDO 2025",
  start: { citations: startCitations },
  durations: { funded, paid },
  switches: {
    paid: { citations: paidSwitchCitations, cutShortTermEndableBy: paidSwitchRule },
  },
  grounds: [
    {
      id: "regular-notice",
      invokedBy: ["customer", "supplier"],
      effect: "end-of-term",
      form: "per-duration",
      scope: "whole",
      citations: [cite("MDO-BV", "10.2"), cite("MDO-BV", "10.3")],
      en: "Regular notice with the notice period of the duration, to the end of a term",
      nl: "Reguliere opzegging met inachtneming van de opzegtermijn, tegen het einde van een termijn",
    },
    {
      id: "mutual-consent",
      invokedBy: ["customer", "supplier"],
      effect: "immediate",
      form: "any",
      scope: "whole-or-part",
      citations: [cite("MDO-BV", "10.5 a")],
      en: "Mutual consent: immediate effect, no notice period",
      nl: "Wederzijds goedvinden: met onmiddellijke ingang, zonder opzegtermijn",
    },
    {
      id: "undue-advantage",
      invokedBy: ["customer", "supplier"],
      effect: "immediate",
      form: "any",
      scope: "whole-or-part",
      citations: [
        cite(
          "MDO-BV",
          "10.5 b",
          "'aan een persoon, die deel uitmaakt van een van onze bedrijven': the text names only VECOZO's companies",
        ),
      ],
      en: "An advantage offered or given, without the other party's prior written permission, to a person who is part of one of VECOZO's companies or to one of their subordinates or representatives (the text names only VECOZO's companies): immediate effect",
      nl: "Voordeel aangeboden of verschaft, zonder voorafgaande schriftelijke toestemming van de andere partij, aan een persoon die deel uitmaakt van een van de bedrijven van VECOZO of aan een van diens ondergeschikten of vertegenwoordigers (de tekst noemt alleen de bedrijven van VECOZO): met onmiddellijke ingang",
    },
    {
      id: "business-transfer",
      invokedBy: ["customer"],
      effect: "notice-period-from-receipt",
      form: "any",
      scope: "whole-or-part",
      citations: [
        cite(
          "MDO-BV",
          "10.6",
          "notice period counted from receipt, not to a term end (this library's reading)",
        ),
      ],
      en: "The supplier transfers its business outside its group and its goals change so much that continuing cannot reasonably be required",
      nl: "Overdracht van de onderneming buiten de groep waardoor de doelstellingen dusdanig wijzigen dat voortzetting redelijkerwijs niet kan worden verlangd",
    },
    {
      id: "tariff-not-accepted",
      invokedBy: ["customer"],
      effect: "as-of-tariff-date",
      form: "any",
      scope: "whole-or-part",
      citations: [cite("MDO-BV", "6.5")],
      en: "The customer does not accept the tariff or the additional conditions: terminate as of the date the tariff applies",
      nl: "Niet akkoord met het tarief of de aanvullende voorwaarden: opzeggen tegen de datum waarop het tarief van toepassing wordt",
    },
    {
      id: "indexation-increase-not-accepted",
      invokedBy: ["customer"],
      effect: "as-of-tariff-date",
      form: "registered-letter",
      scope: "whole",
      citations: [cite("MDO-BV", "6.8"), cite("MDO-BV", "6.6")],
      en: "The customer does not accept a yearly tariff increase: registered letter received within 25 days after the date of the notification",
      nl: "Niet akkoord met een jaarlijkse tariefverhoging: aangetekende opzegbrief binnen 25 dagen na dagtekening van de mededeling ontvangen",
    },
    {
      id: "non-payment",
      invokedBy: ["supplier"],
      effect: "not-stated",
      form: "any",
      scope: "whole-or-part",
      citations: [cite("MDO-BV", "10.7")],
      en: "When a tariff is charged: the customer does not pay, not even after a reasonable term",
      nl: "Bij betaalde dienst: de klant voldoet niet aan de betalingsverplichtingen, ook niet na een redelijke termijn",
    },
    {
      id: "dissolution-non-payment",
      invokedBy: ["supplier"],
      effect: "immediate",
      form: "written",
      scope: "whole",
      citations: [cite("MDO-BV", "6.13")],
      en: "Still no payment after repeated written demands, unless the customer has a right of suspension: written dissolution with immediate effect",
      nl: "Geen betaling na herhaaldelijke schriftelijke aanmaning, tenzij een opschortingsrecht toekomt: schriftelijke ontbinding per direct",
    },
    {
      id: "ip-claim-no-alternative",
      invokedBy: ["supplier"],
      effect: "not-stated",
      form: "any",
      scope: "whole-or-part",
      citations: [
        cite(
          "MDO-BV",
          "9.6",
          "'Als naar onze mening geen van de voorgaande alternatieven commercieel haalbaar zijn': the supplier's own judgement, an input fact; no notice period or effective date is stated",
        ),
      ],
      en: "The product is (or in the supplier's opinion will likely be) the subject of a third party's IP claim and, in the supplier's opinion, none of the alternatives (acquire the right, replace, modify) is commercially feasible",
      nl: "Het Product is (of wordt naar het oordeel van de leverancier waarschijnlijk) onderwerp van een inbreukclaim van een derde en naar het oordeel van de leverancier is geen van de alternatieven (recht verwerven, vervangen, aanpassen) commercieel haalbaar",
    },
    {
      id: "force-majeure",
      invokedBy: ["customer", "supplier"],
      effect: "immediate",
      form: "registered-letter",
      scope: "whole-or-part",
      citations: [cite("MDO-BV", "11.3")],
      en: "The supplier's force majeure lasting longer than 30 calendar days without an agreed solution",
      nl: "Overmacht aan de zijde van de leverancier die langer dan dertig kalenderdagen duurt zonder overeengekomen passende oplossing",
    },
    {
      id: "insolvency",
      invokedBy: ["customer", "supplier"],
      effect: "see-connection-agreement",
      form: "see-connection-agreement",
      scope: "whole",
      citations: [cite("MDO-MS", "4 row 3", "Aansluitovereenkomst art. 1.4, which is not among the sources")],
      en: "Suspension of payments (surseance) or bankruptcy — the conditions are in the connection agreement (art. 1.4), which is not among the sources",
      nl: "Surseance van betaling of faillissement — de voorwaarden staan in de aansluitovereenkomst (art. 1.4), die niet tot de bronnen behoort",
    },
    {
      id: "change-of-law",
      invokedBy: ["customer", "supplier"],
      effect: "see-connection-agreement",
      form: "see-connection-agreement",
      scope: "whole",
      citations: [cite("MDO-MS", "4 row 3", "Aansluitovereenkomst art. 1.4, which is not among the sources")],
      en: "Change of laws and regulations — the conditions are in the connection agreement (art. 1.4), which is not among the sources",
      nl: "Wijziging van wet- en regelgeving — de voorwaarden staan in de aansluitovereenkomst (art. 1.4), die niet tot de bronnen behoort",
    },
    {
      id: "supervisor-claim",
      invokedBy: ["customer", "supplier"],
      effect: "see-connection-agreement",
      form: "see-connection-agreement",
      scope: "whole",
      citations: [cite("MDO-MS", "4 row 3", "Aansluitovereenkomst art. 1.4, which is not among the sources")],
      en: "A claim by a supervisor (aanspraak toezichthouder) — the conditions are in the connection agreement (art. 1.4), which is not among the sources",
      nl: "Aanspraak van een toezichthouder — de voorwaarden staan in de aansluitovereenkomst (art. 1.4), die niet tot de bronnen behoort",
    },
    {
      id: "all-agb-codes-ended",
      invokedBy: ["supplier"],
      effect: "see-connection-agreement",
      form: "see-connection-agreement",
      scope: "whole",
      citations: [cite("MDO-MS", "4 row 3", "Aansluitovereenkomst art. 1.4, which is not among the sources")],
      en: "All the customer's AGB codes have ended (via Vektis) — the conditions are in the connection agreement (art. 1.4), which is not among the sources",
      nl: "Alle AGB-codes zijn beëindigd (via Vektis) — de voorwaarden staan in de aansluitovereenkomst (art. 1.4), die niet tot de bronnen behoort",
    },
  ],
  termination: {
    closedList: {
      citations: [
        cite(
          "MDO-BV",
          "10.1",
          "'uitsluitend … zoals omschreven in de Overeenkomst': the grounds are a closed list",
        ),
      ],
    },
    forceMajeure: {
      longerThan: {
        value: { days: 30 },
        citations: [cite("MDO-BV", "11.3", "the 30 calendar days run from the day after the start")],
      },
      of: {
        value: ["supplier"],
        citations: [
          cite(
            "MDO-BV",
            "11.1",
            "'Wij zijn gerechtigd om ons op overmacht te beroepen': only the supplier's force majeure counts",
          ),
        ],
      },
    },
    dissolutionMinimumWrittenDemands: {
      value: 2,
      citations: [cite("MDO-BV", "6.13", "'herhaaldelijke schriftelijke aanmaning' read as at least two")],
    },
  },
  tariffNotice: {
    advanceNotice: { value: { days: 25 }, citations: [cite("MDO-BV", "6.8")] },
    terminationWindow: {
      value: { days: 25 },
      citations: [
        cite(
          "MDO-BV",
          "6.8",
          "'binnen 25 dagen na dagtekening': the letter's date + 25 days, no holiday shift",
        ),
      ],
    },
    interimIncrease: { citations: [cite("MDO-BV", "6.7")] },
  },
  money: {
    confidentialityPenalty: {
      value: euros("10000.00"),
      citations: [
        cite(
          "MDO-BV",
          "12.5",
          "the text says 'verbeurt de andere partij … van de overtredende partij'; read as: the breaching party owes the other party",
        ),
      ],
    },
    liabilityCap: {
      perCalendarYear: euros("2500000.00"),
      service: "MDO",
      citations: [
        cite(
          "MDO-BV",
          "13.1",
          "'in redelijkheid' read as pro rata to the established liabilities (this library's choice)",
        ),
      ],
      minimumCustomers: {
        value: 2,
        citations: [
          cite(
            "MDO-BV",
            "13.1",
            "'jegens meerdere contractanten van VECOZO aansprakelijk': the cap applies only when the supplier is liable to several customers",
          ),
        ],
      },
      otherwise: {
        en: "the cap of the connection agreement (Aansluitovereenkomst art. 8.2, not among the sources) governs; each customer's part may be bounded by that per-customer cap",
        nl: "geldt de aansprakelijkheidsbeperking van de aansluitovereenkomst (art. 8.2, niet tot de bronnen behorend); het deel van elke contractant kan door die beperking zijn begrensd",
        citations: [
          cite(
            "MDO-BV",
            "13.1",
            "'In afwijking van artikel 8.2, tweede volzin, van de aansluitovereenkomst'",
          ),
        ],
      },
    },
  },
  afterTermination: {
    continuation: {
      first: { months: 12 },
      extension: { months: 6 },
      requestExtensionAtLeast: { months: 1 },
      citations: [
        cite(
          "MDO-BV",
          "10.8",
          "only in the cases of Aansluitovereenkomst 1.4 a and c iii (an input fact); 'gecontinueerd' presupposes a running contract, so the request must be received by its last day (this library's reading)",
        ),
      ],
    },
    dataAvailable: { value: { days: 90 }, citations: [cite("MDO-BV", "10.9")] },
    paymentsSettled: { value: { days: 30 }, citations: [cite("MDO-BV", "6.14")] },
    survivingClauses: {
      clauses: [
        "liability",
        "applicable-law",
        "personal-data-protection",
        "confidentiality",
        "intellectual-property",
        "indemnities",
      ],
      exhaustive: false,
      citations: [cite("MDO-BV", "13.5", "'onder meer': the list is not exhaustive")],
    },
    assignment: {
      supplierInformsAtLeast: { value: { months: 6 }, citations: [cite("MDO-BV", "13.2")] },
      customerMayAssign: { value: false, citations: [cite("MDO-BV", "13.4")] },
    },
  },
  precedence: {
    ranks: [
      {
        rank: 1,
        documents: ["processing-agreement"],
        en: "Annex 4 to the connection agreement: the generic processing agreement (verwerkersovereenkomst)",
        nl: "Bijlage 4 bij de aansluitovereenkomst: de generieke verwerkersovereenkomst",
      },
      {
        rank: 2,
        documents: ["mdo-special-terms"],
        en: "The main text of the MDO special terms (Bijzondere voorwaarden Dienst MDO)",
        nl: "De hoofdtekst van de Bijzondere voorwaarden Dienst MDO",
      },
      {
        rank: 3,
        documents: ["mdo-annex-1-processing", "mdo-annex-2-sla"],
        en: "The annexes to the MDO special terms (Annex 1 processing of personal data, Annex 2 SLA)",
        nl: "De bijlagen bij de Bijzondere voorwaarden Dienst MDO (Bijlage 1 verwerking, Bijlage 2 SLA)",
      },
      {
        rank: 4,
        documents: [
          "connection-agreement",
          "connection-agreement-annex-1",
          "connection-agreement-annex-2",
          "connection-agreement-annex-3",
        ],
        en: "The connection agreement (Aansluitovereenkomst) with its annexes, except Annex 4",
        nl: "De aansluitovereenkomst inclusief bijlagen, met uitzondering van Bijlage 4",
      },
    ],
    citations: [cite("MDO-MS", "3.1"), cite("MDO-BV", "13.3")],
  },
} as const satisfies Agreement;

export { mdoContract, switchToPaid } from "./mdo-contract.js";
