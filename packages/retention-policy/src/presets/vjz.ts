/**
 * The retention table of the Volgjezorg privacy statement (`VJZ`, version 2.3.1, April 2022):
 * §2 (the text per form and the table "Bewaartermijn") and §4 ("Bewaartermijn").
 *
 * @module
 */
import { cite } from "@zorgkit/core";
import type { RetentionPolicy } from "../rulebook.js";

const row = (n: number, note?: string) => cite("VJZ", `§2 table, row ${n}`, note);

/**
 * VJZ §2 and §4 as a retention policy. Record classes and their rules:
 *
 * - `contact-form` — kept while the question is handled, gone once answered (row 1, §4).
 * - `phone-recording` — at most 30 days (§2, item 3).
 * - `consent-form-digid` — one consent or withdrawal via DigiD: kept while handled, destroyed
 *   right after processing, at most 1 year from submission (row 2, §2, §4).
 * - `consent-form-pdf` — without DigiD: not stored (§2).
 * - `overview-request` — kept while the request is handled, then at most 6 months after
 *   processing; at most 2 months from creation when the form is not sent within them (row 3, §2, §4).
 * - `withdraw-all-request` — the same, and at most 1 year from creation (§2 "maximaal één jaar").
 * - `request-documents` — the mandatory documents of both requests: destroyed right after
 *   processing (§4).
 * - `notification-subscription` — while subscribed; e-mail and BSN removed on unsubscribing
 *   (row 4, §4).
 * - `reference-index-entry` — the BSN in the LSP reference index: removed directly after a
 *   withdrawal has been processed by the provider (§2, "Formulier voor het intrekken").
 * - `ip-log` — IP address for security logging: at most 6 months (row 5).
 *
 * @example
 * ```ts
 * import { date, instant } from "@zorgkit/core";
 * import { evaluate, vjzRetention } from "@zorgkit/retention-policy";
 *
 * const form = { id: "f1", recordClass: "overview-request", events: { created: date("2026-01-31") } };
 * evaluate(form, vjzRetention, instant("2026-04-01T09:00:00+02:00")).value.status; // => "must-delete"
 * ```
 */
export const vjzRetention: RetentionPolicy = {
  id: "vjz",
  classes: {
    "contact-form": {
      description: "Contact form: sex, name, phone, e-mail of a question or remark",
      requiredEvents: ["received"],
      laterEvents: ["answered"],
    },
    "phone-recording": {
      description: "Recording of a call to customer service (training and quality)",
      requiredEvents: ["recorded"],
      laterEvents: [],
    },
    "consent-form-digid": {
      description:
        "Form to give or withdraw one consent, sent with DigiD (VECOZO Opt-in); processed = the provider has processed the choice in its information system",
      requiredEvents: ["submitted"],
      laterEvents: ["processed"],
    },
    "consent-form-pdf": {
      description: "Form to give or withdraw one consent without DigiD (becomes a PDF)",
      requiredEvents: ["created"],
      laterEvents: [],
    },
    "overview-request": {
      description: "Request for an overview of exchanged information (sent by post)",
      requiredEvents: ["created"],
      laterEvents: ["sent", "processed"],
    },
    "withdraw-all-request": {
      description: "Request to withdraw all consents",
      requiredEvents: ["created"],
      laterEvents: ["sent", "processed"],
    },
    "request-documents": {
      description: "Mandatory documents of an overview or withdraw-all request",
      requiredEvents: ["received"],
      laterEvents: ["processed"],
    },
    "notification-subscription": {
      description: "Subscription to notifications: e-mail address and BSN",
      requiredEvents: ["subscribed"],
      laterEvents: ["unsubscribed"],
    },
    "reference-index-entry": {
      description: "The patient's BSN in the LSP reference index (Verwijsindex), registered after a yes",
      requiredEvents: ["registered"],
      laterEvents: ["withdrawal-processed"],
    },
    "ip-log": {
      description: "IP address for security, logging, control and supervision",
      requiredEvents: ["written"],
      laterEvents: [],
    },
  },
  rules: [
    {
      id: "contact-form-while-handled",
      recordClass: "contact-form",
      rule: { _tag: "WhileActive", until: "answered" },
      citations: [
        row(1, "Zo lang je vraag in behandeling is"),
        cite("VJZ", "§4", "Om je vraag afdoende te beantwoorden"),
      ],
    },
    {
      id: "phone-recording-30-days",
      recordClass: "phone-recording",
      rule: { _tag: "AfterEvent", event: "recorded", duration: { days: 30 }, bound: "max" },
      citations: [cite("VJZ", "§2 item 3", "maximaal 30 dagen bewaard")],
    },
    {
      id: "consent-form-until-processed",
      recordClass: "consent-form-digid",
      rule: { _tag: "UntilProcessed", received: "submitted", processed: "processed", max: { years: 1 } },
      citations: [
        row(2, "Zolang je aanvraag in behandeling is; maximaal 1 jaar"),
        cite(
          "VJZ",
          "§2",
          "formulier vernietigd zodra verwerkt; maximaal één jaar, maar na verwerking direct vernietigd",
        ),
        cite(
          "VJZ",
          "§4",
          "Nadat de verwerking is gedaan, verwijderen wij je contactgegevens. In ieder geval na één jaar",
        ),
      ],
    },
    {
      id: "consent-form-pdf-not-stored",
      recordClass: "consent-form-pdf",
      rule: { _tag: "NotStored" },
      citations: [cite("VJZ", "§2", "De ingevulde gegevens worden niet in het portaal bewaard")],
    },
    {
      id: "overview-6-months-after-processing",
      recordClass: "overview-request",
      // kept while the request is handled (VJZ §4 "bewaard voor de tijd die nodig is"), then at most 6 months
      rule: { _tag: "WhileActive", until: "processed", grace: { months: 6 } },
      citations: [
        row(3, "Na verwerking nog maximaal 6 maanden"),
        cite("VJZ", "§2", "Verwerkte verzoeken worden maximaal een half jaar bewaard"),
        cite("VJZ", "§4", "Nadat je aanvraag is afgehandeld, maximaal 6 maanden"),
      ],
    },
    {
      id: "overview-unsent-2-months",
      recordClass: "overview-request",
      rule: { _tag: "AfterEvent", event: "created", duration: { months: 2 }, bound: "max", unless: "sent" },
      citations: [row(3, "Bij niet opsturen formulier maximaal 2 maanden")],
    },
    {
      id: "withdraw-all-6-months-after-processing",
      recordClass: "withdraw-all-request",
      // kept while the request is handled (VJZ §4 "bewaard voor de tijd die nodig is"), then at most 6 months
      rule: { _tag: "WhileActive", until: "processed", grace: { months: 6 } },
      citations: [
        row(3, "Na verwerking nog maximaal 6 maanden"),
        cite("VJZ", "§4", "Nadat je aanvraag is afgehandeld, maximaal 6 maanden"),
      ],
    },
    {
      id: "withdraw-all-1-year",
      recordClass: "withdraw-all-request",
      // counted from when the data are stored (created), not from sending: a storage maximum
      rule: { _tag: "AfterEvent", event: "created", duration: { years: 1 }, bound: "max" },
      citations: [cite("VJZ", "§2", "Bij intrekken van al je toestemmingen: maximaal één jaar bewaard")],
    },
    {
      id: "withdraw-all-unsent-2-months",
      recordClass: "withdraw-all-request",
      rule: { _tag: "AfterEvent", event: "created", duration: { months: 2 }, bound: "max", unless: "sent" },
      citations: [row(3, "Bij niet opsturen formulier maximaal 2 maanden")],
    },
    {
      id: "request-documents-destroyed-after-processing",
      recordClass: "request-documents",
      rule: { _tag: "Immediately", event: "processed" },
      citations: [cite("VJZ", "§4", "De verplichte documenten worden direct na verwerking vernietigd")],
    },
    {
      id: "subscription-while-subscribed",
      recordClass: "notification-subscription",
      rule: { _tag: "WhileActive", until: "unsubscribed" },
      citations: [
        row(4, "Zolang je bent aangemeld"),
        cite("VJZ", "§4", "Zodra je je afmeldt, verwijderen wij je e-mailadres en BSN"),
      ],
    },
    {
      id: "reference-index-removed-after-withdrawal",
      recordClass: "reference-index-entry",
      rule: { _tag: "Immediately", event: "withdrawal-processed" },
      citations: [
        cite(
          "VJZ",
          "§2",
          "Direct nadat je je toestemming hebt ingetrokken en jouw zorgaanbieder dat heeft verwerkt, wordt je BSN uit de Verwijsindex verwijderd",
        ),
      ],
    },
    {
      id: "ip-log-6-months",
      recordClass: "ip-log",
      rule: { _tag: "AfterEvent", event: "written", duration: { months: 6 }, bound: "max" },
      citations: [row(5, "Gerechtvaardigd belang, 6 maanden: read as a maximum")],
    },
  ],
};
