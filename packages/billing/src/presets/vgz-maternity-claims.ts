/**
 * VGZ's rules for maternity-care claims (VGZ-GBZ, the provider page on geboortezorg) as data.
 *
 * @module
 */
import { cite } from "@zorgkit/core";
import type { ClaimRules } from "../claims.js";

const page = (section: string, note?: string) =>
  cite("VGZ-GBZ", section, note === undefined ? { style: "plain" } : { note, style: "plain" });

/**
 * VGZ-GBZ. Readings (docs/guide/billing.md §6):
 * - "Niet volledige betaling van verloskundige zorg mét overeenkomst … indien de individuele
 *   zorgverlener niet bevoegd is … óf indien de bevoegdheid … niet is gemeld via de digitale
 *   vragenlijst": lines by such a caregiver are not paid; the rule is stated for midwifery only.
 * - Non-contracted care: reimbursed up to the list "Maximale vergoedingen niet-gecontracteerde
 *   zorgaanbieders" (the list itself is input: `maxTariffs`).
 * - Routes without a contract: kraamzorg to the insured with a copy of the diploma and the signed
 *   LIP form (the insured claims and pays the provider); midwifery and SEO/NT to VGZ by the VECOZO
 *   EI standard. The page states no route for contracted care.
 * - Maternity care: pregnancy, birth and "de periode tot en met 6 weken na de bevalling".
 */
export const vgzMaternityClaims: ClaimRules = {
  name: "VGZ geboortezorg (provider page)",
  qualificationRequiredFor: {
    value: ["midwifery"],
    citations: [page("partial payment", "stated for verloskundige zorg with a contract")],
  },
  nonContractedCap: { citations: [page("no contract")] },
  nonContractedRoutes: {
    midwifery: {
      route: "insurer",
      channel: "VECOZO EI standard",
      attachments: [],
      citations: [page("verloskunde")],
    },
    "prenatal-screening": {
      route: "insurer",
      channel: "VECOZO EI standard",
      attachments: [],
      citations: [page("verloskunde", "SEO and NT-meting")],
    },
    "maternity-care": {
      route: "insured",
      channel: "invoice to the insured, who claims it from VGZ and pays the provider",
      attachments: ["a copy of the caregiver's diploma", "a copy of the completed and signed LIP form"],
      citations: [page("kraamzorg")],
    },
  },
  maternityWeeksAfterBirth: { value: 6, citations: [page("care", "'tot en met 6 weken na de bevalling'")] },
  authorisationDecision: { citations: [page("machtiging")] },
};
