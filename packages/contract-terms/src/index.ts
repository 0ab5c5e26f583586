/**
 * `@zorgkit/contract-terms`: the time-based clauses of an agreement as dates — terms and renewals,
 * notice deadlines, termination grounds, what follows termination, precedence of documents, money
 * clauses and terms-of-use acceptance — every result explained with its citations. Presets: the
 * MDO agreement (MDO-BV, MDO-MS) and the terms of use of MOZA and MITZ.
 *
 * @module
 */
export {
  type AfterTermination,
  type AfterTerminationFigures,
  type Assignment,
  afterTermination,
  assignment,
  type Continuation,
  ContinuationInput,
  continuation,
  type DateRange,
  type Obligation,
  type SurvivingClause,
} from "./after-termination.js";
export {
  Citation,
  Contract,
  Duration,
  DurationSwitch,
  InitialTerm,
  initialTermEnd,
  Length,
  NoticeForm,
  NoticePeriod,
  otherParty,
  Party,
  Renewal,
} from "./contract.js";
export {
  decodeAcceptances,
  decodeConfidentialityBreachInput,
  decodeContinuationInput,
  decodeContract,
  decodeLiabilities,
  decodeLiabilityCapInput,
  decodeParty,
  decodeProvisions,
  decodeTariffNoticeInput,
  decodeTermsOfUse,
} from "./decoders.js";
export {
  decodeTerminationClaim,
  forceMajeureTerminationFrom,
  type GroundDefinition,
  type GroundEffect,
  GroundId,
  groundIds,
  type MayTerminateOptions,
  mayTerminate,
  TerminationClaim,
  type TerminationDecision,
  type TerminationFigures,
} from "./grounds.js";
export {
  type ApplicableCap,
  type CapDistribution,
  ConfidentialityBreachInput,
  type ConfidentialityPenalty,
  confidentialityPenalty,
  distributeLiabilityCap,
  Liability,
  LiabilityCapInput,
  type MoneyClauseFigures,
} from "./money-clauses.js";
export {
  lastNoticeDay,
  type NoticeDeadline,
  type NoticeEffect,
  noticeCanEndTerm,
  noticeDeadline,
  noticeFormFor,
  noticeIsInTime,
  noticePeriodFor,
  terminationDate,
} from "./notice.js";
export {
  ConflictingProvisions,
  type PrecedenceRanking,
  Provision,
  type Resolution,
  rankOf,
  resolveConflict,
} from "./precedence.js";
export {
  mdoAfterTermination,
  mdoContract,
  mdoCutShortTermEndableBy,
  mdoFunded,
  mdoGrounds,
  mdoMoneyClauses,
  mdoPaid,
  mdoPrecedence,
  mdoStartsOnSigning,
  mdoSwitchToPaidSource,
  mdoTariffFigures,
  mdoTerminationFigures,
  switchToPaid,
} from "./presets/mdo-2025.js";
export { mitzTerms, mozaTerms, withVersions } from "./presets/terms-of-use.js";
export {
  TariffChange,
  TariffNoticeFigures,
  TariffNoticeInput,
  type TariffNoticeResult,
  tariffNotice,
} from "./tariffs.js";
export { findTerm, firstTerm, nextTerm, type Term, termAt, termsBetween } from "./terms.js";
export {
  Acceptance,
  AcceptancePolicy,
  TermsOfUse,
  type TermsStatus,
  TermsVersion,
  termsStatus,
} from "./terms-of-use.js";
export {
  type Timeline,
  type TimelineEvent,
  type TimelineEventKind,
  timeline,
  timelineEventKinds,
} from "./timeline.js";
export { type TimelineSvgOptions, timelineToSvg } from "./timeline-svg.js";
