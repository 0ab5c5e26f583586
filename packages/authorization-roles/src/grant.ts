/**
 * Who may grant what: the signatory appoints (and replaces) the main contact; the main contact
 * grants functional roles to employees of the same organisation but never the main-contact
 * role; a cooperation contact carries out or assigns the MDO-manager role; an MDO manager gives
 * meeting roles. Nobody grants a role in another organisation.
 *
 * @module
 */
import { type Instant, step } from "@zorgkit/core";
import { type CompiledRoles, stateOf } from "./compile.js";
import { checkGrant, type GrantWhy } from "./internal/state.js";
import { allowed, refused, type Verdict } from "./internal/verdict.js";
import type { GrantRequest } from "./request.js";
import { type RuleId, ruleCitations } from "./rulebook.js";

/** Details of a grant verdict. */
export interface GrantDetails {
  /** The role asked for. */
  readonly role: string;
  /** The rule that decided. */
  readonly rule: RuleId;
}

/**
 * May `grantor` give `role` to `grantee` in the scope, at `at`? A `Verdict` (allowed / refused)
 * whose reasons name the rule that decided, e.g. "the main contact may not change the
 * main-contact role; only the signatory may". The fold applies a `RoleGranted` event exactly when
 * this answer is allowed at the event's instant.
 *
 * @example
 * ```ts
 * import { instant } from "@zorgkit/core";
 * import { compileRoles, mayGrant, mozaRoles, type RoleEvent } from "@zorgkit/authorization-roles";
 * const t = (s: string) => instant(`${s}T09:00:00+01:00`);
 * const cert = (id: string, user: string) => ({ _tag: "CertificateIssued", eventId: id, at: t("2026-01-05"), certificate: id, user, organisation: "01123456", validFrom: t("2026-01-05"), validUntil: t("2029-01-05") });
 * const events = [
 *   { _tag: "OrganisationRegistered", eventId: "o", at: t("2026-01-05"), organisation: "01123456", provider: true },
 *   { _tag: "SignatoryRegistered", eventId: "s", at: t("2026-01-05"), organisation: "01123456", user: "sig" },
 *   cert("c1", "ann"), cert("c2", "bob"),
 *   { _tag: "RoleGranted", eventId: "g", at: t("2026-01-06"), organisation: "01123456", by: "sig", user: "ann", role: "main-contact" },
 * ] as Array<RoleEvent>;
 * const roles = compileRoles(events, mozaRoles);
 * const scope = { _tag: "Organisation", organisation: "01123456" } as const;
 * mayGrant({ grantor: "ann", grantee: "bob", role: "main-contact", scope } as never, roles, t("2026-02-01")).value; // => "refused"
 * mayGrant({ grantor: "ann", grantee: "bob", role: "cost-ceiling", scope } as never, roles, t("2026-02-01")).value; // => "allowed"
 * ```
 */
export function mayGrant(grant: GrantRequest, roles: CompiledRoles, at: Instant): Verdict<GrantDetails> {
  const s = stateOf(roles);
  const g = checkGrant(s, grant, at);
  const text = sentences[g.why](grant.role);
  const reason = step({
    rule: g.rule,
    inputs: { grantor: grant.grantor, grantee: grant.grantee, role: grant.role, scope: grant.scope._tag },
    output: g.pass ? "pass" : "fail",
    citations: ruleCitations(s.rules, g.rule),
    en: text.en,
    nl: text.nl,
  });
  const details = { role: grant.role, rule: g.rule };
  return g.pass ? allowed({ reasons: [reason], details }) : refused({ reasons: [reason], details });
}

const sentences: { readonly [W in GrantWhy]: (role: string) => { en: string; nl: string } } = {
  "organisation-unknown": () => ({
    en: "The organisation is not registered.",
    nl: "De organisatie is niet geregistreerd.",
  }),
  "not-in-catalogue": (role) => ({
    en: `The role ${role} is not in the catalogue.`,
    nl: `De rol ${role} staat niet in de catalogus.`,
  }),
  "main-contact-is-not-signatory": () => ({
    en: "The main contact may not change the main-contact role; only the signatory may.",
    nl: "De hoofdcontactpersoon mag de rol van hoofdcontactpersoon niet wijzigen; dat doet de tekenbevoegde.",
  }),
  "not-signatory": () => ({
    en: "Only the signatory appoints or replaces the main contact.",
    nl: "Alleen de tekenbevoegde wijst de hoofdcontactpersoon aan of vervangt die.",
  }),
  "not-main-contact": () => ({
    en: "Only the organisation's main contact grants functional roles, and only in its own organisation.",
    nl: "Alleen de hoofdcontactpersoon van de organisatie kent autorisatierollen toe, en alleen binnen de eigen organisatie.",
  }),
  "grantor-certificate": () => ({
    en: "The main contact holds no valid certificate of this organisation at that instant: roles are managed in the portal, which needs a valid personal certificate.",
    nl: "De hoofdcontactpersoon heeft op dat moment geen geldig certificaat van deze organisatie: rollen worden in de portal beheerd, waarvoor een geldig persoonlijk certificaat nodig is.",
  }),
  "not-employee": () => ({
    en: "The grantee holds no valid certificate of this organisation: roles go to employees of the same organisation.",
    nl: "De ontvanger heeft geen geldig certificaat van deze organisatie: rollen gaan naar medewerkers van dezelfde organisatie.",
  }),
  "cooperation-unknown": () => ({
    en: "The cooperation is not known.",
    nl: "Het samenwerkingsverband is niet bekend.",
  }),
  "not-member": () => ({
    en: "The grantee's organisation is not an authorised member of the cooperation.",
    nl: "De organisatie van de ontvanger is geen geautoriseerd lid van het samenwerkingsverband.",
  }),
  "manager-role-only": () => ({
    en: "For a whole cooperation only the MDO-manager role is granted.",
    nl: "Voor een heel samenwerkingsverband wordt alleen de rol MDO-manager toegekend.",
  }),
  "not-contact": () => ({
    en: "Only a cooperation contact carries out or assigns the MDO-manager role.",
    nl: "Alleen een contactpersoon samenwerkingsverband voert de rol MDO-manager uit of belegt die.",
  }),
  "not-manager": () => ({
    en: "Only an MDO manager of the cooperation gives meeting roles.",
    nl: "Alleen een MDO-manager van het samenwerkingsverband kent MDO-rollen toe.",
  }),
  "signatory-appoints-main-contact": () => ({
    en: "The signatory appoints the main contact.",
    nl: "De tekenbevoegde wijst de hoofdcontactpersoon aan.",
  }),
  "main-contact-grants": () => ({
    en: "The main contact grants a functional role to an employee of the organisation.",
    nl: "De hoofdcontactpersoon kent een autorisatierol toe aan een medewerker van de organisatie.",
  }),
  "contact-assigns-manager": () => ({
    en: "A cooperation contact assigns the MDO-manager role.",
    nl: "Een contactpersoon samenwerkingsverband belegt de rol MDO-manager.",
  }),
  "manager-gives-meeting-role": () => ({
    en: "An MDO manager gives a user a role in this MDO.",
    nl: "Een MDO-manager geeft een gebruiker een rol in dit MDO.",
  }),
};
