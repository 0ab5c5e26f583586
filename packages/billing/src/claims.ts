/**
 * Claims for maternity care (geboortezorg) against an insurer's rules: which lines are paid
 * (contracted midwifery only for caregivers registered as qualified; non-contracted care up to the
 * list's maximum tariff), where a claim goes and with which attachments, and the maternity period.
 * The rules and their clauses come from the {@link ClaimRules} passed (preset `vgzMaternityClaims`).
 *
 * @module
 */
import {
  addDays,
  BoundedArray,
  BoundedString,
  Citations,
  type Explained,
  explained,
  Figure,
  formatEuro,
  LocalDate,
  Money,
  type Step,
  step,
  toDecimalString,
  WholeNumberBetween,
} from "@zorgkit/core";
import * as Schema from "effect/Schema";
import { BirthDate } from "./internal/date-range.js";
import { LONGEST_MATERNITY_WEEKS, MAX_SUM_TEXT, sumWithin } from "./internal/limits.js";

/** Kinds of maternity care the rules distinguish. */
export const CareType = Schema.Literals(["midwifery", "prenatal-screening", "maternity-care"]);
/** See {@link CareType}: `midwifery` (verloskunde), `prenatal-screening` (SEO and NT), `maternity-care` (kraamzorg). */
export type CareType = typeof CareType.Type;

const Cited = Schema.Struct({ citations: Citations });
const Route = Schema.Struct({
  route: Schema.Literals(["insurer", "insured"]),
  /** How the claim is sent (e.g. "VECOZO EI standard"). */
  channel: BoundedString(200),
  attachments: BoundedArray(BoundedString(200), 20),
  citations: Citations,
});

/**
 * An insurer's claim rules: the care types whose contracted claims need a caregiver registered as
 * qualified (and reported in the contract questionnaire), the reimbursement cap for non-contracted
 * care, the routes for non-contracted claims per care type, the maternity period after birth, and
 * who receives a prior-authorisation decision.
 */
export const ClaimRules = Schema.Struct({
  name: BoundedString(200),
  qualificationRequiredFor: Figure(BoundedArray(CareType, 3)),
  nonContractedCap: Cited,
  nonContractedRoutes: Schema.Struct({
    midwifery: Route,
    "prenatal-screening": Route,
    "maternity-care": Route,
  }),
  maternityWeeksAfterBirth: Figure(WholeNumberBetween(0, LONGEST_MATERNITY_WEEKS)),
  authorisationDecision: Cited,
});
/** See {@link ClaimRules}. */
export type ClaimRules = typeof ClaimRules.Type;

const positive = Money.check(Schema.makeFilter((m: number) => m > 0 || "expected an amount above € 0,00"));

/** One claim line: an id, the caregiver who delivered it, the tariff code, the amount, the date. */
export const ClaimLine = Schema.Struct({
  id: BoundedString(64),
  caregiver: BoundedString(64),
  code: BoundedString(32),
  amount: positive,
  date: LocalDate,
});
/** See {@link ClaimLine}. */
export type ClaimLine = typeof ClaimLine.Type;

/**
 * A claim: care type, whether the provider has a contract, the lines, the insurer's registration
 * of the individual caregivers (qualified for which care types, and whether that was reported in
 * the questionnaire when the contract was made), the maximum tariffs of the insurer's list for
 * non-contracted care, and the pregnancy (start and birth) to check the maternity period.
 */
export const MaternityClaim = Schema.Struct({
  careType: CareType,
  contracted: Schema.Boolean,
  lines: BoundedArray(ClaimLine, 10_000),
  registrations: BoundedArray(
    Schema.Struct({
      caregiver: BoundedString(64),
      qualifiedFor: BoundedArray(CareType, 3),
      reported: Schema.Boolean,
    }),
    10_000,
  ),
  maxTariffs: Schema.optionalKey(
    BoundedArray(
      Schema.Struct({
        code: BoundedString(32),
        max: Money.check(Schema.makeFilter((m: number) => m >= 0 || "expected an amount of € 0,00 or more")),
      }),
      10_000,
    ),
  ),
  pregnancy: Schema.optionalKey(Schema.Struct({ start: LocalDate, birth: Schema.optionalKey(BirthDate) })),
}).check(
  Schema.makeFilter((c: { pregnancy?: { start: string; birth?: string } }) =>
    c.pregnancy?.birth !== undefined && c.pregnancy.birth < c.pregnancy.start
      ? { path: ["pregnancy", "birth"], issue: "the birth is before the start of the pregnancy" }
      : undefined,
  ),
  // one registration per caregiver and one maximum per code: with two, which one holds is a guess
  // (a later "qualified" entry must not pay a line an earlier entry refuses)
  Schema.makeFilter(
    (c: {
      lines: ReadonlyArray<{ amount: number }>;
      registrations: ReadonlyArray<{ caregiver: string }>;
      maxTariffs?: ReadonlyArray<{ code: string }>;
    }) => {
      const seen = new Set<string>();
      for (let i = 0; i < c.registrations.length; i++) {
        const g = (c.registrations[i] as { caregiver: string }).caregiver;
        if (seen.has(g))
          return { path: ["registrations", i, "caregiver"], issue: "the caregiver is registered twice" };
        seen.add(g);
      }
      const codes = new Set<string>();
      const tariffs = c.maxTariffs ?? [];
      for (let i = 0; i < tariffs.length; i++) {
        const k = (tariffs[i] as { code: string }).code;
        if (codes.has(k))
          return { path: ["maxTariffs", i, "code"], issue: "the code has two maximum tariffs" };
        codes.add(k);
      }
      return sumWithin(c.lines)
        ? undefined
        : { path: ["lines"], issue: `the lines add up to more than ${MAX_SUM_TEXT}` };
    },
  ),
);
/** See {@link MaternityClaim}. */
export type MaternityClaim = typeof MaternityClaim.Type;

/** One settled line. */
export interface SettledLine {
  readonly id: string;
  readonly claimed: Money;
  readonly paid: Money;
  /** Why the line is not (fully) paid. */
  readonly reason?: string;
}

/** The result of {@link settleClaim}. */
export interface ClaimSettlement {
  readonly lines: ReadonlyArray<SettledLine>;
  readonly claimed: Money;
  readonly paid: Money;
  readonly unpaid: Money;
  /** `"full"`, `"partial"` or `"none"`. */
  readonly payment: "full" | "partial" | "none";
}

const eur = formatEuro;

/**
 * The maternity period of a pregnancy: from its start through the N-th week after the birth (this
 * library's reading of "tot en met 6 weken na de bevalling": the birth day + 42 days is the last
 * day). Without a birth date the period has no known end.
 *
 * @example
 * ```ts
 * import { date } from "@zorgkit/core";
 * import { maternityPeriod, vgzMaternityClaims } from "@zorgkit/billing";
 *
 * maternityPeriod({ start: date("2026-01-05"), birth: date("2026-09-30") }, vgzMaternityClaims).value; // => { "from": "2026-01-05", "through": "2026-11-11" }
 * ```
 */
export function maternityPeriod(
  pregnancy: { readonly start: LocalDate; readonly birth?: LocalDate },
  rules: ClaimRules,
): Explained<{ readonly from: LocalDate; readonly through?: LocalDate }> {
  const weeks = rules.maternityWeeksAfterBirth.value;
  const through = pregnancy.birth === undefined ? undefined : addDays(pregnancy.birth, weeks * 7);
  return explained(through === undefined ? { from: pregnancy.start } : { from: pregnancy.start, through }, [
    step({
      rule: "maternity-period",
      inputs: {
        start: pregnancy.start,
        ...(pregnancy.birth === undefined ? {} : { birth: pregnancy.birth }),
        weeks,
      },
      ...(through === undefined ? {} : { output: through }),
      citations: rules.maternityWeeksAfterBirth.citations,
      en:
        through === undefined
          ? `Maternity care covers the pregnancy from ${pregnancy.start}, the birth and ${weeks} weeks after it; the birth date is not given.`
          : `Maternity care covers ${pregnancy.start} through ${through}: the pregnancy, the birth on ${pregnancy.birth} and up to and including ${weeks} weeks after it.`,
      nl:
        through === undefined
          ? `Geboortezorg omvat de zwangerschap vanaf ${pregnancy.start}, de bevalling en ${weeks} weken daarna; de geboortedatum is niet opgegeven.`
          : `Geboortezorg omvat ${pregnancy.start} t/m ${through}: de zwangerschap, de bevalling op ${pregnancy.birth} en tot en met ${weeks} weken daarna.`,
    }),
  ]);
}

/**
 * Settle a maternity-care claim line by line:
 * - a line outside the maternity period (when the pregnancy is given) is not maternity care;
 * - contracted care of a type in `rules.qualificationRequiredFor` (VGZ: midwifery) is paid only for
 *   caregivers registered as qualified for it *and* reported in the contract questionnaire —
 *   otherwise the line is unpaid, with the reason, and the claim is paid partially;
 * - non-contracted care is paid up to the maximum tariff of the insurer's list for the line's code;
 *   a code without a listed maximum is not paid (the list given does not cover it).
 *
 * @example
 * ```ts
 * import { date, euros } from "@zorgkit/core";
 * import { settleClaim, vgzMaternityClaims } from "@zorgkit/billing";
 *
 * const r = settleClaim({
 *   careType: "midwifery",
 *   contracted: true,
 *   lines: [
 *     { id: "1", caregiver: "vk-1", code: "A", amount: euros("100.00"), date: date("2026-03-01") },
 *     { id: "2", caregiver: "vk-2", code: "A", amount: euros("100.00"), date: date("2026-03-02") },
 *   ],
 *   registrations: [
 *     { caregiver: "vk-1", qualifiedFor: ["midwifery"], reported: true },
 *     { caregiver: "vk-2", qualifiedFor: ["midwifery"], reported: false },
 *   ],
 * }, vgzMaternityClaims);
 * r.value.payment; // => "partial"
 * r.value.paid; // => 10000
 * ```
 */
export function settleClaim(claim: MaternityClaim, rules: ClaimRules): Explained<ClaimSettlement> {
  const steps: Array<Step> = [];
  // (a decoded claim has one registration per caregiver and one maximum per code; given more, the
  // strictest holds: qualified only if every entry says so, the lowest maximum)
  const regs = new Map<string, { qualifiedFor: ReadonlyArray<CareType>; reported: boolean }>();
  for (const r of claim.registrations) {
    const prev = regs.get(r.caregiver);
    regs.set(
      r.caregiver,
      prev === undefined
        ? r
        : {
            qualifiedFor: prev.qualifiedFor.filter((t) => r.qualifiedFor.includes(t)),
            reported: prev.reported && r.reported,
          },
    );
  }
  const caps = new Map<string, Money>();
  for (const t of claim.maxTariffs ?? []) {
    const prev = caps.get(t.code);
    caps.set(t.code, prev === undefined || t.max < prev ? t.max : prev);
  }
  const period = claim.pregnancy === undefined ? undefined : maternityPeriod(claim.pregnancy, rules);
  if (period !== undefined) steps.push(...period.because);
  const needsQualification =
    claim.contracted && rules.qualificationRequiredFor.value.includes(claim.careType);
  const lines: Array<SettledLine> = [];
  let claimed = 0;
  let paid = 0;
  for (const line of claim.lines) {
    claimed += line.amount;
    let amount = line.amount as number;
    let reason: string | undefined;
    let citations = rules.qualificationRequiredFor.citations;
    if (
      period !== undefined &&
      (line.date < period.value.from ||
        (period.value.through !== undefined && line.date > period.value.through))
    ) {
      amount = 0;
      reason = `${line.date} is outside the maternity period (${period.value.from} to ${period.value.through ?? "…"}): not maternity care.`;
      citations = rules.maternityWeeksAfterBirth.citations;
    } else if (needsQualification) {
      const reg = regs.get(line.caregiver);
      if (reg === undefined) {
        amount = 0;
        reason = `the caregiver is not registered with the insurer.`;
      } else if (!reg.qualifiedFor.includes(claim.careType)) {
        amount = 0;
        reason = `the caregiver is not qualified for ${claim.careType}.`;
      } else if (!reg.reported) {
        amount = 0;
        reason =
          "the caregiver's qualification was not reported in the questionnaire when the contract was made.";
      }
    } else if (!claim.contracted) {
      citations = rules.nonContractedCap.citations;
      const cap = caps.get(line.code);
      if (cap === undefined) {
        amount = 0;
        reason = `no maximum tariff for code ${line.code} in the list given: not reimbursed.`;
      } else if (cap < line.amount) {
        amount = Math.max(0, cap);
        reason = `capped at the list's maximum tariff of ${eur(cap)} for code ${line.code}.`;
      }
    }
    paid += amount;
    lines.push(
      reason === undefined
        ? { id: line.id, claimed: line.amount, paid: amount as Money }
        : { id: line.id, claimed: line.amount, paid: amount as Money, reason },
    );
    if (reason !== undefined)
      steps.push(
        step({
          rule: "claim-line",
          inputs: { line: line.id, claimed: toDecimalString(line.amount) },
          output: toDecimalString(amount as Money),
          citations,
          en: `Line ${line.id}: ${eur(amount as Money)} of ${eur(line.amount)} paid — ${reason}`,
          nl: `Regel ${line.id}: ${eur(amount as Money)} van ${eur(line.amount)} betaald — ${reason}`,
        }),
      );
  }
  const payment = paid === claimed ? "full" : paid === 0 ? "none" : "partial";
  steps.push(
    step({
      rule: "claim-settlement",
      inputs: { lines: claim.lines.length, contracted: claim.contracted, careType: claim.careType },
      output: toDecimalString(paid as Money),
      citations: claim.contracted
        ? rules.qualificationRequiredFor.citations
        : rules.nonContractedCap.citations,
      en: `Claimed ${eur(claimed as Money)}, paid ${eur(paid as Money)} (${payment}).`,
      nl: `Gedeclareerd ${eur(claimed as Money)}, betaald ${eur(paid as Money)} (${payment === "full" ? "volledig" : payment === "none" ? "niets" : "gedeeltelijk"}).`,
    }),
  );
  return explained(
    { lines, claimed: claimed as Money, paid: paid as Money, unpaid: (claimed - paid) as Money, payment },
    steps,
  );
}

/** The result of {@link claimRoute}. */
export interface ClaimRoute {
  /** `"insurer"`: the provider claims from the insurer; `"insured"`: the provider invoices the insured, who claims; `"per-contract"`: the rules state no route for contracted care — the contract governs. */
  readonly route: "insurer" | "insured" | "per-contract";
  readonly channel?: string;
  readonly attachments: ReadonlyArray<string>;
}

/**
 * Where a claim goes and what it needs. Non-contracted care follows the rulebook's route per care
 * type (VGZ: midwifery and prenatal screening to the insurer by the VECOZO EI standard;
 * maternity care invoiced to the insured with a copy of the diploma and the signed LIP form, the
 * insured claims and pays the provider). For contracted care the source states no route: the
 * answer is `"per-contract"`.
 *
 * @example
 * ```ts
 * import { claimRoute, vgzMaternityClaims } from "@zorgkit/billing";
 *
 * claimRoute({ careType: "maternity-care", contracted: false }, vgzMaternityClaims).value.route; // => "insured"
 * claimRoute({ careType: "midwifery", contracted: false }, vgzMaternityClaims).value.channel; // => "VECOZO EI standard"
 * claimRoute({ careType: "midwifery", contracted: true }, vgzMaternityClaims).value.route; // => "per-contract"
 * ```
 */
export function claimRoute(
  subject: { readonly careType: CareType; readonly contracted: boolean },
  rules: ClaimRules,
): Explained<ClaimRoute> {
  if (subject.contracted)
    return explained({ route: "per-contract", attachments: [] }, [
      step({
        rule: "claim-route-contracted",
        inputs: { careType: subject.careType },
        citations: rules.nonContractedCap.citations,
        en: "The rules state routes only for non-contracted care; for contracted care the contract governs.",
        nl: "De regels noemen alleen routes voor niet-gecontracteerde zorg; voor gecontracteerde zorg geldt het contract.",
      }),
    ]);
  const r = rules.nonContractedRoutes[subject.careType];
  return explained({ route: r.route, channel: r.channel, attachments: r.attachments }, [
    step({
      rule: "claim-route",
      inputs: { careType: subject.careType, contracted: false },
      output: r.route,
      citations: r.citations,
      en:
        r.route === "insurer"
          ? `Without a contract, ${subject.careType} is claimed from the insurer (${r.channel}).`
          : `Without a contract, ${subject.careType} is invoiced to the insured (${r.channel}) with: ${r.attachments.join("; ")}.`,
      nl:
        r.route === "insurer"
          ? `Zonder contract wordt ${subject.careType} bij de verzekeraar gedeclareerd (${r.channel}).`
          : `Zonder contract gaat de nota voor ${subject.careType} naar de verzekerde (${r.channel}) met: ${r.attachments.join("; ")}.`,
    }),
  ]);
}

/**
 * Who receives the decision on a prior-authorisation request: the insured, and a copy to the
 * provider when the provider filed the request on the patient's behalf.
 *
 * @example
 * ```ts
 * import { authorisationDecisionRecipients, vgzMaternityClaims } from "@zorgkit/billing";
 *
 * authorisationDecisionRecipients({ filedByProvider: true }, vgzMaternityClaims).value; // => ["insured", "provider (copy)"]
 * ```
 */
export function authorisationDecisionRecipients(
  request: { readonly filedByProvider: boolean },
  rules: ClaimRules,
): Explained<ReadonlyArray<"insured" | "provider (copy)">> {
  const to: Array<"insured" | "provider (copy)"> = request.filedByProvider
    ? ["insured", "provider (copy)"]
    : ["insured"];
  return explained(to, [
    step({
      rule: "authorisation-decision-recipients",
      inputs: { filedByProvider: request.filedByProvider },
      output: to,
      citations: rules.authorisationDecision.citations,
      en: request.filedByProvider
        ? "The decision goes to the insured, with a copy to the provider who filed the request on the patient's behalf."
        : "The decision goes to the insured.",
      nl: request.filedByProvider
        ? "De uitkomst gaat naar de verzekerde, met een kopie naar de zorgaanbieder die de aanvraag namens de patiënt indiende."
        : "De uitkomst gaat naar de verzekerde.",
    }),
  ]);
}
