/**
 * `@zorgkit/contract-terms`: the time-based clauses of an agreement as dates — terms and renewals,
 * notice deadlines, termination grounds, what follows termination, precedence of documents, money
 * clauses and terms-of-use acceptance — every result explained with its citations. The rulebook
 * is an `Agreement` the caller always passes (preset: `mdo2025`); the terms of use presets are
 * MOZA and MITZ.
 *
 * @module
 */
export {
  type AfterTermination,
  type Assignment,
  AssignmentRequest,
  afterTermination,
  assignment,
  type Continuation,
  type ContinuationPeriod,
  ContinuationRequest,
  continuation,
  type Obligation,
} from "./after-termination.js";
export {
  Contract,
  ContractDuration,
  ContractLength,
  DurationSwitch,
  InitialTerm,
  initialTermEnd,
  maxContractLength,
  maxSwitches,
  NoticeForm,
  NoticePeriod,
  otherParty,
  Party,
  Renewal,
  SwitchNoticeRule,
} from "./contract.js";
export {
  decodeAcceptances,
  decodeAgreement,
  decodeAssignmentRequest,
  decodeConfidentialityBreach,
  decodeContinuationRequest,
  decodeContract,
  decodeContractNotice,
  decodeLiabilities,
  decodeLiabilityCapInput,
  decodeParty,
  decodeProvisions,
  decodeTariffNotice,
  decodeTerminationClaim,
  decodeTermsOfUse,
} from "./decode.js";
export {
  AfterTerminationFigures,
  Agreement,
  GroundDefinition,
  GroundEffect,
  GroundId,
  groundIds,
  MoneyClauseFigures,
  PrecedenceRanking,
  SurvivingClause,
  TariffNoticeFigures,
  TerminationFigures,
} from "./figures.js";
export {
  forceMajeureTerminationFrom,
  mayTerminate,
  TerminationClaim,
  type TerminationConsequence,
  type TerminationDetails,
} from "./grounds.js";
export {
  ApplicableCap,
  type CapDistribution,
  ConfidentialityBreach,
  type ConfidentialityPenalty,
  confidentialityPenalty,
  distributeLiabilityCap,
  Liability,
  LiabilityCapInput,
} from "./money-clauses.js";
export {
  ContractNotice,
  lastNoticeDay,
  type NoticeDeadline,
  type NoticeDeadlineQuery,
  type NoticeEffect,
  type NoticeTermQuery,
  noticeCanEndTerm,
  noticeDeadline,
  noticeFormFor,
  noticeIsInTime,
  noticePeriodFor,
  terminationDate,
} from "./notice.js";
export {
  ConflictingProvisions,
  type PrecedenceResolution,
  Provision,
  rankOf,
  resolveConflict,
} from "./precedence.js";
export { mdo2025 } from "./presets/mdo-2025.js";
export { mdoContract, switchToPaid } from "./presets/mdo-contract.js";
export { mitzTerms, mozaTerms, withVersions } from "./presets/terms-of-use.js";
export { TariffChange, TariffNotice, type TariffNoticeResult, tariffNotice } from "./tariffs.js";
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
  type TimelineQuery,
  timeline,
  timelineEventKinds,
} from "./timeline.js";
export { type TimelineSvgOptions, timelineToSvg } from "./timeline-svg.js";
