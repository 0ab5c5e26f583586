/**
 * Audit records of consent checks, NEN 7513 style (who asked, for which patient, what, when,
 * the answer). Audit records are data for the audit log; unlike explanations they hold the BSN
 * unmasked, because the audit log is where it belongs (kept 5 years, MITZ §4).
 *
 * @module
 */
import { type Citation, formatInstant, type Instant } from "@zorgkit/core";
import type { ConsentAnswer, ConsentDecision, DecisionReason } from "./decide.js";
import type { Bsn } from "./identifiers.js";
import type { ConsentRequest } from "./request.js";
import type { ConsentRules } from "./rulebook.js";

/** One audit-log record of a consent check (NEN 7513: who, what, for whom, when, outcome). */
export interface ConsentAuditRecord {
  readonly type: "consent-check";
  /** When the check was asked about (the request's `at`; in the past for a time-travel check). */
  readonly at: Instant;
  /**
   * When the check was made and logged (the NEN 7513 log's own timestamp; the 5-year retention
   * counts from it). Defaults to `at` when the caller does not pass it.
   */
  readonly loggedAt: Instant;
  /** The same instant in Europe/Amsterdam local time with offset. */
  readonly atLocal: string;
  /** Who asked: the requesting organisation and the acting professional. */
  readonly user: {
    readonly ura: string;
    readonly uzi: string;
    readonly role: string;
    readonly category: string;
  };
  /** For which patient (unmasked: the audit log is where the BSN belongs). */
  readonly patient: Bsn;
  readonly custodian: { readonly ura: string; readonly type: string };
  readonly dataCategory: string;
  readonly purpose: string;
  readonly treatmentRelationship: boolean;
  readonly decision: ConsentAnswer;
  readonly reason: DecisionReason;
  /** Id of the deciding choice, when a choice decided. */
  readonly decidingChoiceId: string | undefined;
  readonly source: Citation;
}

/** Options of {@link auditRecord}. */
export interface AuditRecordOptions {
  /**
   * When the check was made (the library never reads the clock). Pass it for time-travel checks
   * (`profileAt(events, t)` with a request about `t` in the past): the audit record is written now,
   * and its 5-year retention (MITZ §4) counts from now, not from `t`. Default: the request's `at`.
   */
  readonly loggedAt?: Instant;
}

/**
 * Turn a decision into an audit record.
 *
 * @example
 * ```ts
 * import { bsn, instant, uraNumber, uziNumber } from "@zorgkit/core";
 * import { auditRecord, compileProfile, decide, foldProfile, mitzRules } from "@zorgkit/consent";
 *
 * const request = {
 *   patient: bsn("111222333"),
 *   custodian: { ura: uraNumber("00001111"), type: "RPZAC104" },
 *   dataCategory: "GGC012",
 *   requester: { ura: uraNumber("00003333"), category: "RPZAC001", professional: { uzi: uziNumber("000000011"), role: "01.015" } },
 *   purpose: "TREAT",
 *   treatmentRelationship: true,
 *   at: instant("2026-12-01T10:00:00+01:00"),
 * };
 * const d = decide(request, compileProfile(foldProfile([], mitzRules), mitzRules));
 * const record = auditRecord(request, d, mitzRules, { loggedAt: instant("2026-12-01T10:00:05+01:00") });
 * record.decision; // => "NotApplicable"
 * record.patient; // => "111222333"
 * ```
 */
export function auditRecord(
  request: ConsentRequest,
  decision: ConsentDecision,
  rules: ConsentRules,
  options: AuditRecordOptions = {},
): ConsentAuditRecord {
  return {
    type: "consent-check",
    at: request.at,
    loggedAt: options.loggedAt ?? request.at,
    atLocal: formatInstant(request.at),
    user: {
      ura: request.requester.ura,
      uzi: request.requester.professional.uzi,
      role: request.requester.professional.role,
      category: request.requester.category,
    },
    patient: request.patient,
    custodian: { ura: request.custodian.ura, type: request.custodian.type },
    dataCategory: request.dataCategory,
    purpose: request.purpose,
    treatmentRelationship: request.treatmentRelationship,
    decision: decision.value,
    reason: decision.reason,
    decidingChoiceId: decision.choice?.id,
    source: rules.clauses.loggingRetention,
  };
}
